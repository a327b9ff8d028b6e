"""Single sentences with war words and no event (round 16b, helper ng; issue 12's hidden test: sentences of Arabic
newswire given alone, no title, no date). The false events on the "none" sentences of batches 1-19, 21 and the wire
set were read as classes (docs/events.md, "Round 16b: sentences with war words and no event (helper ng)"); the rule
here is checked on sentences written for rasd (none copied from a corpus), each given alone as the bench gives it.

- no hand: a disease, a storm, a flood, an earthquake or a study as the subject of a war verb, right after it
  (قتلت الملاريا …، استهدفت الدراسة …) or before a verb joined to it by و or a relative pronoun (الإعصار الذي هدم …،
  وتصيب الكوليرا … وقتلت …) — triggers._non_human, event_cues.yaml ``non_human_agents``.
"""

from __future__ import annotations

from tests.test_events_round14_assaults import told

ATTACK = ("Violence against civilians", "Attack")


def types(sentence: str) -> set[str]:
    return {t for t, _ in told(sentence)}


# ------------------------------------------------------------------------------- a non-human subject
def test_disease_right_after_the_verb_is_no_killer() -> None:
    assert not told("قتلت الكوليرا أكثر من ثلاثمئة شخص في محافظة الحديدة خلال الشهر الماضي.")
    assert not told("وحصدت الأمطار الغزيرة أرواح اثني عشر شخصا في ولاية الخرطوم.")


def test_disease_before_a_joined_verb_is_no_killer() -> None:
    assert not told("وتصيب الملاريا نحو مليون شخص سنويا وقتلت عشرين ألفا العام الماضي، وفق منظمة الصحة.")
    assert not told("الكوليرا تنتشر في مخيمات النازحين وقتلت عشرات الأطفال هذا الشهر.")


def test_storm_or_virus_before_a_relative_verb() -> None:
    assert not told("وبعد الإعصار الذي ضرب الساحل الجنوبي للبلاد الذي هدم مئات المنازل، عادت الأسر إلى قراها.")
    assert not told("وقال الأطباء إن الخلايا المناعية تتصدى للفيروس، الذي يهاجم الرئتين في الأسبوع الأول.")


def test_a_study_aiming_at_a_question_is_no_attack() -> None:
    assert not told("واستهدفت الدراسة الكشف عن أسباب تراجع أعداد الطلاب في المدارس الريفية.")


def test_armed_men_keep_their_events() -> None:
    assert ATTACK in told("قتل مسلحون مجهولون ثلاثة مدنيين في قرية قرب مدينة درنة أمس.")
    assert types("هاجم مسلحون الليلة الماضية حاجزا للجيش في ريف حماة وقتلوا جنديين.")
    # a storm named in the sentence is not the subject of the armed men's verb
    assert ATTACK in told("وقتل مسلحون خمسة قرويين كانوا عائدين من مركز لعلاج الملاريا في ولاية زامفارا، وفق الشرطة.")
    assert ATTACK in told("اقتحم مسلحون مستشفى يعالج مرضى الإيدز في مدينة جوبا وقتلوا ممرضين اثنين.")
