"""Round 38 (helper tm1): a position in a month names a part of it, and a bare week position its days.

Sentences written for rasd. «مطلع / أوائل / بداية الشهر» keeps TimeML's value (the month; TimeML adds mod START) and
gets a ``range`` of days 1-10, «منتصف / أواسط» 11-20, «أواخر / نهاية» 21 to the month's last day
(``month_part_days`` of ``ar/time.yaml``), ``time_precision`` 2 (ACLED: a part of a month). A year, a season or a
week keeps what it had. «مطلع الأسبوع» with no marker is the reference week with its days.
"""

from __future__ import annotations

import pytest

from rasd.document import Timex
from rasd.stages.timex import calendar as cal
from rasd.stages.timex import find_timexes

TUESDAY = "2015-08-04"


def _find(sentence: str, span: str, ref: str = TUESDAY) -> Timex:
    xs = find_timexes(sentence, ref)
    matching = [x for x in xs if sentence[x.start : x.end] == span]
    assert matching, f"{span!r} not found in {sentence!r}; found {[sentence[x.start : x.end] for x in xs]}"
    return matching[0]


MONTH_PARTS = [
    # (sentence, span, value, range)
    ("سيطر المسلحون على البلدة في مطلع الشهر الجاري", "مطلع الشهر الجاري", "2015-08", ("2015-08-01", "2015-08-10")),
    (
        "قتل جنديان في كمين نصبه مسلحون أوائل الشهر الماضي",
        "أوائل الشهر الماضي",
        "2015-07",
        ("2015-07-01", "2015-07-10"),
    ),
    ("انسحبت القوات من المعبر بداية هذا الشهر", "بداية هذا الشهر", "2015-08", ("2015-08-01", "2015-08-10")),
    ("اندلعت اشتباكات عنيفة في الحي منتصف الشهر الماضي", "منتصف الشهر الماضي", "2015-07", ("2015-07-11", "2015-07-20")),
    ("فر آلاف السكان من القرى أواخر الشهر الماضي", "أواخر الشهر الماضي", "2015-07", ("2015-07-21", "2015-07-31")),
    (
        "تعقد الأطراف جولة جديدة من المحادثات نهاية الشهر المقبل",
        "نهاية الشهر المقبل",
        "2015-09",
        ("2015-09-21", "2015-09-30"),
    ),
    ("استعاد الجيش السيطرة على التلة في أواسط يوليو", "أواسط يوليو", "2015-07", ("2015-07-11", "2015-07-20")),
    # February: the end is cut to the month's length
    ("وقع الانفجار في أواخر فبراير 2015", "أواخر فبراير 2015", "2015-02", ("2015-02-21", "2015-02-28")),
]


@pytest.mark.parametrize(("sentence", "span", "value", "days"), MONTH_PARTS)
def test_month_position_is_a_part_of_the_month(sentence: str, span: str, value: str, days: tuple[str, str]) -> None:
    x = _find(sentence, span)
    assert (x.value, x.range, x.time_precision) == (value, days, 2)


def test_bare_month_keeps_the_whole_month() -> None:
    x = _find("قتل جنديان في كمين الشهر الماضي", "الشهر الماضي")
    assert (x.value, x.range, x.time_precision) == ("2015-07", None, 3)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("ارتفعت أسعار الوقود مطلع العام الجاري", "مطلع العام الجاري", "2015"),
        ("بنيت القلعة أواخر القرن التاسع عشر", "أواخر القرن التاسع عشر", "18"),
    ],
)
def test_position_in_a_longer_period_gets_no_days(sentence: str, span: str, value: str) -> None:
    x = _find(sentence, span)
    assert (x.value, x.range) == (value, None)


def test_bare_week_position_gets_the_week_days() -> None:
    x = _find("التقى الوفدان في العاصمة مطلع الأسبوع", "مطلع الأسبوع")
    assert (x.value, x.range, x.time_precision) == ("2015-W32", ("2015-08-01", "2015-08-07"), 2)


def test_month_part_span() -> None:
    assert cal.month_part_span("2016-02", (21, 31)) == ("2016-02-21", "2016-02-29")
    assert cal.month_part_span("2015-W31", (1, 10)) is None


# ------------------------------------------------------------------------------------------------ the events stage
def _dated(text: str, kind: str) -> dict[str, object]:
    from tests.event_checks import events

    found = [e for e in events(text, published=TUESDAY) if e["acled_event_type"] == kind]
    assert found, [e["acled_event_type"] for e in events(text, published=TUESDAY)]
    date = found[0]["date"]
    assert isinstance(date, dict)
    return date


def test_event_of_last_week_gets_the_weeks_days() -> None:
    # the row logic is unchanged (an earlier week is background: its value stays the year), the date says which week
    date = _dated("وكانت القوات الحكومية قد سيطرت على مطار المدينة الأسبوع الماضي بعد معارك مع المسلحين.", "Battles")
    assert (date["value"], date["time_precision"], date["range"]) == ("2015", 2, ["2015-07-25", "2015-07-31"])


def test_event_early_this_month_gets_the_first_days() -> None:
    text = "وقتل خمسة مدنيين في غارة جوية استهدفت سوقا شعبيا في بلدة كفرنبل في مطلع الشهر الجاري."
    date = _dated(text, "Explosions/Remote violence")
    assert (date["value"], date["time_precision"], date["range"]) == ("2015-08", 2, ["2015-08-01", "2015-08-10"])


def test_a_day_outside_a_week_does_not_agree() -> None:
    from rasd.events.date_spans import day_outside_span

    week = {"value": "2015", "time_precision": 2, "timex": "X2", "range": ["2015-07-11", "2015-07-17"]}
    assert day_outside_span({"value": "2015-07-21", "time_precision": 1, "timex": "X1"}, week)
    assert day_outside_span(week, {"value": "2015-07-05", "time_precision": 1, "timex": None})
    assert not day_outside_span({"value": "2015-07-14", "time_precision": 1, "timex": "X1"}, week)
    assert not day_outside_span({"value": "2015-07-19", "time_precision": 1, "timex": "X1"}, week)  # within 2 days
    # the reference date's coarse week (no timex) and a whole month say nothing against a day
    assert not day_outside_span({"value": "2015-07-21", "time_precision": 1}, {**week, "timex": None})
    month = {"value": "2015-07", "time_precision": 3, "timex": "X2", "range": ["2015-07", "2015-07"]}
    assert not day_outside_span({"value": "2015-07-21", "time_precision": 1, "timex": "X1"}, month)


def test_acled_export_dates_a_month_part_to_its_middle() -> None:
    from rasd.export.acled import event_date

    part = {"date": {"value": "2015-08", "time_precision": 2, "timex": "X1", "range": ["2015-08-01", "2015-08-10"]}}
    assert event_date(part) == ("2015-08-05", 2)
    late = {"date": {"value": "2015-02", "time_precision": 2, "timex": "X1", "range": ["2015-02-21", "2015-02-28"]}}
    assert event_date(late) == ("2015-02-24", 2)
    month = {"date": {"value": "2015-08", "time_precision": 3, "timex": "X1", "range": ["2015-08", "2015-08"]}}
    assert event_date(month) == ("2015-08-15", 3)
