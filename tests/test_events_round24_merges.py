"""Events merged away (round 24, helper mg12).

A clause set against the one before it by a contrast word (فيما، بينما، في حين) that names a town or district of its
own tells another front of the day: the fighting still going on in another district after a capture, dead told at
another town after a capture. Such a clause was folded into the sentence's head (merge_sentence: a weak word or a toll
joins the main event of its sentence; other_province parts two provinces only), or, told by a definite noun (المعارك),
into the violent row told before it at its province. Kept merges: a toll told after the contrast word at the head's
own town or at a part of it, and at the district the head's town lies in. Every sentence below was written for these
tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, None, "2015-08-01")


def _words(row: dict[str, Any]) -> list[str]:
    return [m["trigger"]["text"] for m in row.get("mentions") or [] if m.get("trigger")]


def test_fighting_going_on_in_another_district_after_a_capture_is_a_clash_of_its_own() -> None:
    found = _rows(
        "أحكمت قوات المقاومة الشعبية سيطرتها أمس على مدينة زنجبار بمحافظة أبين، بينما تستمر المعارك في مديرية لودر "
        "شمال شرق المحافظة."
    )
    assert sorted(e["acled_sub_event_type"] for e in found) == ["Armed clash", "Government regains territory"]
    clash = next(e for e in found if e["acled_sub_event_type"] == "Armed clash")
    capture = next(e for e in found if e["acled_sub_event_type"] != "Armed clash")
    assert "المعارك" in _words(clash) and "المعارك" not in _words(capture)
    assert clash["location"]["admin1"] == capture["location"]["admin1"] == "Abyan"


def test_dead_told_at_another_town_after_a_contrast_word_are_not_the_captures_toll() -> None:
    found = _rows(
        "استعادت القوات العراقية أمس السيطرة على مدينة بيجي بعد معارك مع تنظيم داعش، فيما قتل ستة من عناصر الشرطة "
        "قرب مدينة سامراء."
    )
    clash = [e for e in found if e["acled_sub_event_type"] == "Armed clash"]
    assert len(clash) == 1 and "قتل" in _words(clash[0])
    assert all("قتل" not in _words(e) for e in found if e["acled_sub_event_type"] != "Armed clash")


def test_dead_at_the_outskirts_of_the_bombed_town_stay_the_strikes_toll() -> None:
    found = _rows(
        "ألقى الطيران المروحي أمس براميل متفجرة على مدينة اللطامنة بريف حماة، في حين قتل ثلاثة مدنيين في القصف على "
        "أطراف اللطامنة."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Air/drone strike"]
    assert "قتل" in _words(found[0])


def test_dead_at_the_head_towns_own_name_after_a_contrast_word_stay_one_row() -> None:
    found = _rows(
        "شنت طائرات التحالف غارات على مواقع الحوثيين في مدينة صعدة أمس، فيما قتل 12 مسلحا حوثيا في الغارات على مدينة "
        "صعدة."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Air/drone strike"]


def test_the_district_of_the_captured_town_is_the_same_front() -> None:
    found = _rows(
        "سيطرت المقاومة أمس على مدينة زنجبار في أبين، في حين قتل ثلاثة من عناصرها في مديرية زنجبار خلال المعارك."
    )
    assert len(found) == 1
    assert "قتل" in _words(found[0])
