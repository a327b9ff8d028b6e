"""Merges on unseen articles (round 21, helper mg9).

A headline told by a word that names its means (غارات، قذائف، هجوم انتحاري) is not the body's happening of another
means told in a sentence of its own: a headline of air strikes does not take in the suicide bombing the body recalls
or the shells the army fired in reply. A headline that names both means, or a body sentence that tells the
headline's means beside the other, stays one happening as before. A body sentence that turns to another matter
(من جهة أخرى) is not the lead's happening told again, as the first merge already reads it. A happening told right
after "N days after" (وبعد خمسة أيام على هجوم انتحاري، وذلك بعد يومين على تفجير) is dated N days before the day its
sentence tells. Every sentence below was written for these tests.
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str, title: str) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in rows(text, title, "2015-07-26"))


def test_a_headline_of_air_strikes_does_not_take_in_a_suicide_bombing_of_the_body() -> None:
    found = _subs(
        "شنت مقاتلات أردنية اليوم السبت غارات على مواقع لتنظيم داعش في سوريا. وكان هجوم انتحاري قد استهدف الأربعاء "
        "الماضي مركزا حدوديا في سوريا، وأودى بحياة 12 جنديا أردنيا.",
        "الأردن يشن غارات جوية على داعش في سوريا",
    )
    assert found == ["Air/drone strike", "Suicide bomb"]


def test_a_headline_of_air_strikes_does_not_take_in_the_shells_fired_in_reply() -> None:
    found = _subs(
        "شنت مقاتلات تركية فجر اليوم السبت غارات على مواقع لتنظيم داعش في سوريا. وكانت دبابات الجيش التركي قد "
        "أطلقت أمس عدة قذائف على مواقع للتنظيم قرب بلدة جرابلس.",
        "مقاتلات تركية تشن غارات على داعش في سوريا",
    )
    assert found == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_headline_of_strikes_over_the_same_strikes_stays_one_row() -> None:
    found = _subs(
        "شنت طائرات التحالف اليوم السبت غارات على مواقع للحوثيين في مدينة صعدة، ما أدى إلى تدمير مخزن للأسلحة.",
        "غارات للتحالف على مواقع الحوثيين في صعدة",
    )
    assert found == ["Air/drone strike"]


def test_strikes_and_guns_told_in_one_body_sentence_under_a_headline_of_both_stay_one_row() -> None:
    found = _subs(
        "قال مسؤول تركي إن الجيش شن غارات جوية وقصف بالمدفعية الجمعة مواقع حزب العمال الكردستاني في شمال العراق. "
        "وأضاف أن العمليات ستتواصل.",
        "قصف جوي ومدفعي تركي على مواقع الكردستاني",
    )
    assert found == ["Air/drone strike"]


def test_a_sentence_that_turns_to_another_matter_is_not_the_leads_fighting_told_again() -> None:
    found = rows(
        "قتل 20 من مسلحي الحوثي أمس السبت في معارك عنيفة مع المقاومة الشعبية في جبهات جبل صبر بمحافظة تعز. "
        "من جهة أخرى قتل ثلاثة مسلحين حوثيين في هجوم شنته المقاومة الشعبية على نقطة تفتيش في مدينة تعز.",
        "مقتل 23 من الحوثيين في معارك بتعز",
        "2015-07-26",
    )
    assert len(found) == 2


def test_without_the_turn_the_second_account_folds_into_the_leads_fighting() -> None:
    found = rows(
        "قتل 20 من مسلحي الحوثي أمس السبت في معارك عنيفة مع المقاومة الشعبية في جبهات جبل صبر بمحافظة تعز. "
        "وقتل ثلاثة مسلحين حوثيين في هجوم شنته المقاومة الشعبية على نقطة تفتيش في مدينة تعز.",
        "مقتل 23 من الحوثيين في معارك بتعز",
        "2015-07-26",
    )
    assert len(found) == 1


def _dated(text: str) -> dict[str, str]:
    return {e["acled_sub_event_type"]: (e.get("date") or {}).get("value") for e in rows(text, "", "2015-07-26")}


def test_a_bombing_told_right_after_five_days_after_is_dated_five_days_before_the_sentences_day() -> None:
    found = _dated(
        "وبعد خمسة أيام على هجوم انتحاري استهدف مركزا للشرطة في مدينة ديار بكر، شنت مقاتلات تركية اليوم السبت غارات "
        "على مواقع لحزب العمال الكردستاني في شمال العراق."
    )
    assert found["Suicide bomb"] == "2015-07-20" and found["Air/drone strike"] == "2015-07-25"


def test_a_bombing_told_after_two_days_after_at_the_sentences_end_is_dated_two_days_before() -> None:
    found = _dated(
        "قصفت المدفعية التركية أمس الجمعة مواقع لتنظيم داعش في ريف حلب، وذلك بعد يومين على تفجير انتحاري في بلدة "
        "سروج التركية."
    )
    assert found["Suicide bomb"] == "2015-07-22" and found["Shelling/artillery/missile attack"] == "2015-07-24"


def test_a_span_of_days_with_no_count_dates_nothing() -> None:
    found = _dated(
        "قصفت المدفعية التركية أمس الجمعة مواقع لتنظيم داعش في ريف حلب، وذلك بعد أيام على تفجير انتحاري في بلدة "
        "سروج التركية."
    )
    assert found.get("Suicide bomb") in (None, "2015-07-24")
