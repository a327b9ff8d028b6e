"""Round 21 (issue 12, helper evp2): false rows on unseen articles that tell no political violence of the day.

Five constructions, each seen in three or more articles of a fresh draw of the helpers' range (400 + 3,000 articles)
and of the tuning files (docs/events.md, "Round 21: false rows on unseen articles (helper evp2)"):

- a headline that tells an accident, a disaster or an animal's deed: the deaths its body tells with no weapon named
  have no attacker (rasd.stages.events.story_kind / no_happening; event_sentence_cues.yaml accident_headline);
- a court's sentence: the killing word of "الحكم عليه بالقتل قصاصا", and in a story headlined by the sentence carried
  out the crime and the arrest it retells (sentence_headline, sentence_after, sentence_before);
- a crime story (a headline of drugs, blackmail, robbery, harassment, a family's killing): its arrests are policing
  when no word of terror or an armed group is told (crime_headline, political_words); the killing stays an attack;
- an arrest wished for in a condemnation, "brought to justice" after it and no verb of a done arrest before it
  (brought_to_justice, arrest_done);
- a happening told with its own day three weeks or more before the report beside a happening of the report's own
  weeks: background retold, an event but no ACLED row (rasd.events.output.background_rows; a lone old happening is
  the article's story, left to the date step: test_events_round12_rows).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _violent(text: str, title: str | None = None, published: str = "2015-08-10") -> list[dict[str, Any]]:
    return [e for e in rows(text, title, published) if e["acled_event_type"] in VIOLENT]


# ------------------------------------------------------------------------------------------ accident headlines

_CRASH = (
    "لقي ثلاثة أشخاص مصرعهم وأصيب اثنان آخران مساء أمس إثر اصطدام مركبتين على طريق الطائف الرياض، "
    "وباشرت فرق الهلال الأحمر نقل المصابين إلى مستشفى الملك فيصل."
)


def test_deaths_in_a_road_accident_are_no_row() -> None:
    assert _violent(_CRASH, "مصرع ثلاثة أشخاص في حادث تصادم على طريق الطائف") == []


def test_an_animal_in_the_headline_is_no_attacker() -> None:
    text = (
        "هاجم تمساح صيادا كان يقف على ضفة نهر في ولاية أوديشا شرق الهند صباح أمس، وأصيب الرجل بجروح بالغة في "
        "ساقه نقل على إثرها إلى المستشفى."
    )
    assert _violent(text, "تمساح يهاجم صيادا في نهر بالهند") == []


def test_an_accident_headline_takes_the_deaths_of_its_body() -> None:
    text = (
        "لقي شخص مصرعه وأصيب أربعة آخرون من جنسيات مختلفة مساء أمس في حادث على طريق الهجرة بالمدينة المنورة، "
        "ونقلت فرق الهلال الأحمر المصابين إلى مستشفى الملك فهد."
    )
    assert _violent(text, "مصرع وإصابة خمسة أشخاص في حادث انقلاب بطريق الهجرة") == []


def test_a_bombing_told_under_a_crash_headline_keeps_its_row() -> None:
    title = "مقتل جنديين في تحطم مروحية وخمسة شرطيين بانفجار في أفغانستان"
    text = (
        "قتل جنديان أفغانيان أمس عندما تحطمت مروحية عسكرية في ولاية هلمند بسبب عطل فني. وفي ولاية قندهار قتل "
        "خمسة من رجال الشرطة في انفجار عبوة ناسفة زرعت على جانب طريق، ولم تعلن أي جهة مسؤوليتها عن الهجوم."
    )
    found = _violent(text, title)
    assert [e["acled_sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"]
    assert (found[0].get("fatalities") or {}).get("value") == 5


def test_the_same_deaths_under_an_attack_headline_stay_a_row() -> None:
    text = (
        "لقي ثلاثة أشخاص مصرعهم وأصيب اثنان آخران مساء أمس إثر إطلاق مسلحين النار على سيارتهم في مدينة العريش، "
        "وباشرت فرق الإسعاف نقل المصابين إلى المستشفى."
    )
    assert len(_violent(text, "مقتل ثلاثة أشخاص بهجوم مسلح في العريش")) == 1


# ---------------------------------------------------------------------------------------------- a court's sentence

_SENTENCE = (
    "وأوضح بيان وزارة الداخلية أن الجاني طعن مواطنا بسكين في جازان فأرداه قتيلا، وبعد إحالته إلى المحكمة صدر "
    "بحقه حكم يقضي بالقتل قصاصا أيدته محكمة الاستئناف، ونفذ الحكم اليوم الأحد."
)


def test_a_sentence_carried_out_is_no_killing_of_the_day() -> None:
    assert rows(_SENTENCE, "تنفيذ حكم القتل في قاتل بمنطقة جازان") == []


def test_the_killing_word_of_a_sentence_is_no_killing() -> None:
    text = "وأحيل الجاني إلى المحكمة العامة في جازان فصدر بحقه صك شرعي يقضي بثبوت ما نسب إليه والحكم عليه بالقتل قصاصا."
    assert _violent(text) == []


# ----------------------------------------------------------------------------------------------- crime stories


def test_an_arrest_for_blackmail_is_no_row() -> None:
    text = (
        "تمكنت شرطة منطقة تبوك من القبض على شاب في العقد الثاني من العمر إثر قيامه بتهديد فتاة بنشر صورها عبر "
        "مواقع التواصل الاجتماعي."
    )
    assert rows(text, "القبض على شاب ابتز فتاة عشرينية في تبوك") == []


def test_a_father_who_shot_his_son_stays_an_attack_and_his_arrest_is_no_row() -> None:
    text = (
        "أطلق مواطن في الثلاثين من عمره النار على ابنه البالغ من العمر عشر سنوات مساء أمس في أحد أحياء مدينة "
        "حائل فأرداه قتيلا. وأوضح الناطق الإعلامي بشرطة المنطقة أن الشرطة تمكنت من القبض على الجاني بعد ساعات."
    )
    found = rows(text, "ثلاثيني يقتل ابنه بطلق ناري في حائل")
    assert [e["acled_sub_event_type"] for e in found] == ["Attack"]


def test_an_arrest_for_recruiting_to_an_armed_group_stays_a_row() -> None:
    text = "ألقت الشرطة الإسبانية أمس القبض على شاب في مدينة مليلة بتهمة تجنيد نساء للقتال في صفوف تنظيم داعش في سوريا."
    found = rows(text, "القبض على شاب يجند نساء لتنظيم داعش في مليلة")
    assert [e["acled_sub_event_type"] for e in found] == ["Arrests"]


# ---------------------------------------------------------------------------------------- an arrest wished for


def test_an_arrest_wished_for_in_a_condemnation_is_no_row() -> None:
    text = "وأعرب الوزير عن أمله في إلقاء القبض على مرتكبي التفجير الإرهابي في أبها وتقديمهم إلى المحاكمة."
    assert [e for e in rows(text) if e["acled_sub_event_type"] == "Arrests"] == []


def test_an_arrest_done_and_brought_to_justice_stays_a_row() -> None:
    text = (
        "وأعلنت شرطة منطقة مكة المكرمة أن دورياتها تمكنت أمس من القبض على ثلاثة مطلوبين في حي الصفا بجدة "
        "وتقديمهم إلى القضاء بعد التحقيق معهم."
    )
    assert [e["acled_sub_event_type"] for e in rows(text)].count("Arrests") == 1


# -------------------------------------------------------------------------------------------- background retold

_SOUSSE = (
    "وتراجعت حجوزات الفنادق في تونس بنسبة كبيرة بعد الهجوم الذي نفذه مسلح على فندق في مدينة سوسة في 26 يونيو "
    "الماضي وأدى إلى مقتل 38 سائحا أغلبهم من البريطانيين. وفي سياق متصل، قتل شرطي أمس في هجوم شنه مسلحون على "
    "دورية أمنية في ولاية القصرين."
)


def _dates(published: str) -> list[tuple[str, bool]]:
    return [
        (e["date"]["value"], e["acled_row"]) for e in events(_SOUSSE, published) if e["acled_event_type"] in VIOLENT
    ]


def test_an_attack_of_six_weeks_before_told_beside_the_day_s_news_is_no_row() -> None:
    assert _dates("2015-08-10") == [("2015-06-26", False), ("2015-08-09", True)]  # the old attack stays an event


def test_the_same_attack_told_within_three_weeks_is_a_row() -> None:
    assert _dates("2015-07-05") == [("2015-06-26", True), ("2015-07-04", True)]
