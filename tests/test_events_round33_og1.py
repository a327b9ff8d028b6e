"""Round 33 (helper og1): events told as going on, or in the pluperfect with a day of their own.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 33: events
told as going on, as a pluperfect with a day, or by an area retaken (helper og1)"):

- اقتتال (infighting) is a fighting noun like قتال when its clause tells it going on, breaking out or killing
  (events.yaml), so "لا يزال الاقتتال دائرا في …" is read by round 18b's going-on rule, "شيوع الفوضى والاقتتال" is
  not; the noun of breaking out with its pronoun (بعد تفجره، طريقة تفجرها) is no explosion;
- a fight told still going on at a named place takes no span as its date (``dates.event_date``: "… بعد تفجره منذ
  أيام" tells since when, the fight is one of the report's day), nor a day told earlier in its paragraph (round
  18b's ruling: its sentence's day, else the report's);
- a happening told in the pluperfect with a day of its own, two or more days before the event told before it
  (``events.pluperfect_day``), is another happening: not folded into the body's row of its kind told before it
  (the stage's merge loop). Its headline fold and its age (merge.retold, merge.background) are round 33's patches,
  tested in tests/test_events_round33_og1_patches.py.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _days(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("date") or {}).get("value")) for e in out if e["acled_sub_event_type"] == sub)


def test_infighting_still_going_on_in_a_town_is_a_clash_of_the_report_day() -> None:
    out = rows(
        "قال سكان إن مسلحين من الفصائل المتناحرة أقاموا حواجز في الشوارع. ولا يزال الاقتتال دائرا في مدينة زنجبار "
        "بين مسلحين قبليين وعناصر تنظيم القاعدة.",
        published="2015-08-12",
    )
    assert _days(out, "Armed clash") == ["2015-08-12"]


def test_infighting_going_on_since_days_is_no_span_and_no_explosion() -> None:
    out = rows(
        "ولا يزال الاقتتال دائرا في مدينة الحوطة بين المقاومة الشعبية والحوثيين بعد تفجره منذ أيام.",
        published="2015-08-12",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash"]
    assert _days(out, "Armed clash") == ["2015-08-12"]


def test_clashes_still_going_on_for_three_days_are_a_clash_of_the_report_day() -> None:
    out = rows(
        "ولا تزال الاشتباكات مستمرة في مدينة زنجبار منذ ثلاثة أيام بين المقاومة الشعبية والحوثيين.",
        published="2015-08-12",
    )
    assert _days(out, "Armed clash") == ["2015-08-12"]


def test_infighting_named_as_strife_is_no_clash() -> None:
    out = events(
        "وحذر المراقبون من أن الفراغ السياسي سيؤدي إلى انعدام الاستقرار وشيوع الفوضى والاقتتال في محافظة الحديدة.",
        "2015-08-12",
    )
    assert not [e for e in out if e["acled_event_type"] == "Battles"]


def test_the_breaking_out_of_fighting_is_no_explosion() -> None:
    out = events("تراجعت حدة القتال في مدينة الحوطة اليوم بعد تفجره منذ أيام بين المقاومة والحوثيين.", "2015-08-12")
    assert not [e for e in out if e["acled_event_type"] == "Explosions/Remote violence"]


def test_a_bomb_detonated_is_still_an_explosion() -> None:
    out = rows("فجر مسلحون عبوة ناسفة اليوم الأربعاء قرب دورية للشرطة في مدينة العريش.", published="2015-08-12")
    assert [e["acled_event_type"] for e in out] == ["Explosions/Remote violence"]


_OUTSKIRTS = (
    "قالت مصادر محلية اليوم الثلاثاء إن قوات المقاومة الشعبية سيطرت على مواقع للحوثيين على مشارف مدينة زنجبار. وكانت "
    "المقاومة قد سيطرت على مدينة زنجبار في الثالث من أغسطس."
)


def test_a_pluperfect_capture_with_its_own_day_is_another_capture() -> None:
    out = rows(_OUTSKIRTS, published="2015-08-12")
    assert _days(out, "Government regains territory") == ["2015-08-03", "2015-08-11"]


def test_fighting_still_going_on_is_not_dated_by_a_day_told_before_it() -> None:
    out = rows(
        "سيطرت المقاومة الشعبية اليوم على مواقع للحوثيين في مدينة عدن. وكانت المقاومة قد استعادت مطار عدن في 14 "
        "يوليو الماضي. ولا تزال الاشتباكات مستمرة في مدينة الحوطة.",
        published="2015-08-12",
    )
    assert _days(out, "Armed clash") == ["2015-08-12"]


def test_a_pluperfect_with_no_day_of_its_own_is_the_headline_capture() -> None:
    out = rows(
        "قالت مصادر محلية اليوم الثلاثاء إن قوات المقاومة الشعبية سيطرت على مدينة لودر. وكانت المقاومة قد سيطرت "
        "على أطراف مدينة لودر بعد معارك عنيفة.",
        title="المقاومة تسيطر على لودر",
        published="2015-08-12",
    )
    assert len([e for e in out if e["acled_sub_event_type"] == "Government regains territory"]) == 1
