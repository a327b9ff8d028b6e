"""Assaults in single sentences (round 15, helper as16; issue 12's hidden test: sentences of Arabic newswire given
alone, no title, no date). Sentence batch 17 (benchmarks/data/events_sentences17.jsonl, 60 real sentences leaning on
assaults) was coded by hand before rasd ran on it, scored once, then read with the misses and false events of batches
1-14 and the wire set; each rule here comes from a class of assault language that recurs in more than one of those
files or in corpus sentences (docs/events.md, "Round 15: assaults (helper as16)"), and is checked on sentences
written for rasd (none copied from a corpus), each given alone as the bench gives it.

- an assault on an abstraction (the person, honour, mankind, a homeland, a state's legitimacy, nature, property, a
  land, holiness: الاعتداء على النفس والعرض، اعتداء على البشر، شهد اعتداء على وطني، اعتداء سافرا على حرمة المسجد،
  اعتداء على هذه الأرض) is a crime, a sin or a policy judged, no one hit: batch 14 (a false attack), 11 of 166 corpus
  sentences with an assault word before على (10 false attacks removed, all read); bare property (الممتلكات) stays
  out of the list: a riot's "assault on property" is a happening told;
- the armed men an assault verb names before its على are its hands, not its victims (اعتدى أفراد من القوات
  العمومية بالضرب على مهاجرين، اعتدى عناصر الشرطة بالضرب على رجل): an attack on civilians, not an armed clash
  (output.acled_codes through subtypes.attack_on_armed): the wire set (an event typed Battles) and batch 17 (an
  optional sentence typed Battles).
"""

from __future__ import annotations

from tests.test_events_round14_assaults import told


def types(sentence: str) -> set[str]:
    return {t for t, _ in told(sentence)}


def test_assault_on_an_abstraction_is_no_event() -> None:
    # each gave a false attack before this round
    assert told("وقال النائب إن الحكومة اعتدت على شرعية الدولة ومؤسساتها.") == []
    assert told("وأكد الإمام أن الاعتداء على الأرواح في المساجد جريمة لا تغتفر.") == []
    assert told("فقد شهدت تلك السنوات اعتداء على وطني وأهله.") == []
    assert told("كان ما جرى اعتداء سافرا على حرمة المسجد وقدسيته.") == []
    assert told("وقال المحامي إن الاعتداء على النفس والعرض يعاقب عليه القانون بالسجن.") == []
    assert told("ويرى الخبراء أن الاعتداء على البيئة في المتنزهات يتزايد كل صيف.") == []
    assert told("وقال الشيخ إن قاتل الأبرياء ارتكب اعتداء على البشر كلهم.") == []
    assert told("وقال الداعية إن الاعتداء على الأعراض من كبائر الذنوب.") == []


def test_assault_on_people_or_a_place_stays_an_attack() -> None:
    vac = {"Violence against civilians"}
    assert types("أدان الوزير الاعتداء الذي تعرض له مسجد في مدينة الدمام أمس.") == vac
    assert types("اعتدى مستوطنون على مزارعين فلسطينيين في قرية بورين جنوب نابلس أمس.") == vac
    assert types("اعتدى مجهولون بالضرب على عامل آسيوي في حي النسيم بالرياض مساء أمس.") == vac
    assert types("واعتدى مسلحون على المصلين داخل مسجد في مدينة بنغازي يوم الجمعة.") == vac


def test_armed_hands_of_an_assault_verb_are_no_armed_target() -> None:
    # each was typed an armed clash before this round
    vac = {"Violence against civilians"}
    assert types("اعتدى أفراد من قوات الأمن بالضرب على مهاجرين أفارقة قرب مدينة وجدة أمس.") == vac
    assert types("واعتدى عناصر الشرطة بالضرب على سامر العلي في مدينة الخليل أمس قبل أن يقتادوه إلى التحقيق.") == vac
    assert types("اعتدى جنود الاحتلال بالضرب على عمر أبو ريان عند مدخل بلدة حزما صباح اليوم.") == vac


def test_armed_victims_of_an_assault_verb_stay_an_armed_clash() -> None:
    clash = {"Battles"}
    assert types("اعتدى مسلحون مجهولون بالسكاكين على جنود عند مدخل المعسكر في مدينة العريش أمس.") == clash
    assert types("اعتدى مجهولون بالضرب على شرطي في حي الملز بالرياض أمس.") == clash
