"""Aims, bases and days apart (round 19, helper st2).

لأجل before a verbal noun is an aim (event_cues.yaml aim_governors); a present verb of using or of taking as a base
before a verbal noun after ل is what the place is used for, not a deed (purpose_governors, purpose_launch); and a
happening told "N days before" the day's event, which the date step leaves undated, is an event with that day (the
lead's ruling (1); merge/days_apart.py). Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _told(found: list[dict[str, Any]], text: str) -> list[str]:
    return sorted(text[e["trigger"]["start"] : e["trigger"]["end"]] for e in found)


def test_an_arrest_after_li_ajl_is_an_aim() -> None:
    text = "وقال قائد ميداني اليوم الثلاثاء إن جهودا مركزة تبذل في مدينة الحوطة لأجل اعتقال عناصر الميليشيات الفارين."
    assert rows(text, published="2015-08-04") == []
    arrests = [e for e in events(text, published="2015-08-04") if text[e["trigger"]["start"] :].startswith("اعتقال")]
    assert arrests and arrests[0]["status"] != "reported"


def test_an_arrest_told_as_done_stays_a_row() -> None:
    text = "واعتقلت قوات الأمن اليوم الثلاثاء ثلاثة من عناصر الميليشيات في مدينة الحوطة بمحافظة لحج."
    assert len(rows(text, published="2015-08-04")) == 1


def test_shelling_a_camp_is_taken_as_a_base_for_is_no_row() -> None:
    text = "وقالت مصادر محلية اليوم الاثنين إن الميليشيات تتخذ من قلعة المدينة في زنجبار مقرا لها لقصف الأحياء السكنية."
    assert rows(text, published="2015-08-04") == []


def test_a_strike_on_the_base_keeps_its_row_and_not_the_shelling_it_was_used_for() -> None:
    text = (
        "وشنت طائرات التحالف أمس الثلاثاء غارات على معسكر اللواء 15 في زنجبار، الذي تتخذ منه الميليشيات مقرا لها "
        "لقصف الأحياء السكنية."
    )
    assert _told(rows(text, published="2015-08-05"), text) == ["غارات"]


def test_a_past_verb_of_using_tells_the_shelling_done() -> None:
    text = "واستخدمت الميليشيات الدبابات لقصف الأحياء السكنية في مدينة تعز أمس الأحد."
    assert _told(rows(text, published="2015-08-03"), text) == ["قصف"]


def test_an_attack_days_before_the_days_blast_is_a_row_of_its_own_day() -> None:
    text = (
        "قتل ستة أشخاص في انفجار عبوة ناسفة في سوق شعبي بمدينة بعقوبة صباح أمس الأحد، ويأتي الانفجار بعد ثلاثة أيام "
        "من هجوم انتحاري قتل فيه سبعة جنود عند حاجز على مدخل المدينة."
    )
    found = rows(text, published="2015-08-03")
    days = sorted(((e.get("date") or {}).get("value"), (e.get("fatalities") or {}).get("value")) for e in found)
    assert days == [("2015-07-30", 7), ("2015-08-02", 6)], found
