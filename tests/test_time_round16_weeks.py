"""Round 16 (helper tx): the week of Arabic news, the weekend of a past clause and the recent past.

Sentences written for rasd. The TimeML value of a week stays the ISO week (Monday to Sunday, as the TimeML dev set
writes it); the ``range`` gives the days the writer means: the week from Saturday (``week_calendar`` of
``ar/time.yaml``: CLDR's first day for most Arab states, one day before the Sunday week of Saudi Arabia), the weekend
Friday to Sunday. ``نهاية الأسبوع`` with no marker in a past clause read before the weekend (Monday to Thursday) is
the weekend just past. The recent past with no count (قبل أيام، منذ أيام، الأيام الأخيرة) keeps its TimeML value and
gets a range of the 7 days up to the reference date; مؤخرا and الآونة الأخيرة ("recently") get none.
"""

from __future__ import annotations

import pytest

from rasd.document import Timex
from rasd.resources import load_yaml
from rasd.stages.timex import calendar as cal
from rasd.stages.timex import find_timexes

MONDAY = "2015-08-03"
TUESDAY = "2015-08-04"
SATURDAY = "2015-08-08"
SUNDAY = "2015-08-09"


def _find(sentence: str, span: str, ref: str) -> Timex:
    xs = find_timexes(sentence, ref)
    matching = [x for x in xs if sentence[x.start : x.end] == span]
    assert matching, f"{span!r} not found in {sentence!r}; found {[sentence[x.start : x.end] for x in xs]}"
    return matching[0]


WEEKS = [
    # (sentence, span, reference date, value, range)
    (
        "قالت وزارة الداخلية هذا الأسبوع إنها أحبطت مخططا إرهابيا",
        "هذا الأسبوع",
        MONDAY,
        "2015-W32",
        ("2015-08-01", "2015-08-07"),
    ),
    # said on a Saturday: the week that starts that Saturday (the ISO value keeps the Monday-to-Sunday week)
    (
        "تشهد العاصمة هذا الأسبوع سلسلة من الاجتماعات الأمنية",
        "هذا الأسبوع",
        SATURDAY,
        "2015-W32",
        ("2015-08-08", "2015-08-14"),
    ),
    (
        "شنت الطائرات غارات مكثفة على مواقع التنظيم خلال الأسبوع الجاري",
        "الأسبوع الجاري",
        TUESDAY,
        "2015-W32",
        ("2015-08-01", "2015-08-07"),
    ),
    (
        "اندلعت مواجهات عنيفة في المدينة الأسبوع الماضي",
        "الأسبوع الماضي",
        TUESDAY,
        "2015-W31",
        ("2015-07-25", "2015-07-31"),
    ),
    ("يصل المبعوث الأممي إلى صنعاء الأسبوع المقبل", "الأسبوع المقبل", SUNDAY, "2015-W33", ("2015-08-15", "2015-08-21")),
]


@pytest.mark.parametrize(("sentence", "span", "ref", "value", "days"), WEEKS)
def test_week_range_starts_on_saturday(sentence: str, span: str, ref: str, value: str, days: tuple[str, str]) -> None:
    x = _find(sentence, span, ref)
    assert (x.value, x.range, x.time_precision) == (value, days, 2)


WEEKENDS = [
    # a past clause read on a Tuesday: the weekend just past (before: the coming one, 2015-W32-WE)
    (
        "قتل أربعة مدنيين في غارات جوية استهدفت ريف حماة نهاية الأسبوع",
        "نهاية الأسبوع",
        TUESDAY,
        "2015-W31-WE",
        ("2015-07-31", "2015-08-02"),
    ),
    (
        "واعتقلت قوات الأمن في نهاية الأسبوع عشرات المحتجين",
        "نهاية الأسبوع",
        MONDAY,
        "2015-W31-WE",
        ("2015-07-31", "2015-08-02"),
    ),
    # a future clause on a Tuesday: the coming weekend
    (
        "ستعقد الأطراف جولة جديدة من المفاوضات في نهاية الأسبوع",
        "نهاية الأسبوع",
        TUESDAY,
        "2015-W32-WE",
        ("2015-08-07", "2015-08-09"),
    ),
    # read on the weekend itself, a past clause: that weekend
    ("سقطت قذائف على حي سكني نهاية الأسبوع", "نهاية الأسبوع", SUNDAY, "2015-W32-WE", ("2015-08-07", "2015-08-09")),
    # a marker decides before the tense
    (
        "خطف مسلحون مهندسين اثنين نهاية الأسبوع الماضي",
        "نهاية الأسبوع الماضي",
        TUESDAY,
        "2015-W31-WE",
        ("2015-07-31", "2015-08-02"),
    ),
    (
        "تستأنف المدارس الدراسة في نهاية الأسبوع المقبل",
        "نهاية الأسبوع المقبل",
        TUESDAY,
        "2015-W33-WE",
        ("2015-08-14", "2015-08-16"),
    ),
    # no verb: the reference week's weekend, as before
    ("مباريات الدوري في نهاية الأسبوع", "نهاية الأسبوع", TUESDAY, "2015-W32-WE", ("2015-08-07", "2015-08-09")),
]


@pytest.mark.parametrize(("sentence", "span", "ref", "value", "days"), WEEKENDS)
def test_weekend_of_a_past_clause(sentence: str, span: str, ref: str, value: str, days: tuple[str, str]) -> None:
    x = _find(sentence, span, ref)
    assert (x.value, x.range, x.time_precision) == (value, days, 2)


RECENT = [
    # (sentence, span, type, value, range, precision)
    ("قصفت مدفعية النظام البلدة قبل أيام", "قبل أيام", "DATE", "PAST_REF", ("2015-07-28", "2015-08-04"), 2),
    ("سيطر المسلحون على الحاجز منذ أيام", "منذ أيام", "DURATION", "PXD", ("2015-07-28", "2015-08-04"), None),
    (
        "تصاعدت الهجمات على الطرق الدولية في الأيام الأخيرة",
        "الأيام الأخيرة",
        "DATE",
        "PAST_REF",
        ("2015-07-28", "2015-08-04"),
        2,
    ),
    (
        "نزح آلاف السكان خلال الأيام القليلة الماضية",
        "الأيام القليلة الماضية",
        "DATE",
        "PAST_REF",
        ("2015-07-28", "2015-08-04"),
        2,
    ),
    # "recently" reaches weeks or years back: no range
    ("اعتقلت الأجهزة الأمنية مؤخرا خلية تابعة للتنظيم", "مؤخرا", "DATE", "PAST_REF", None, None),
    ("تزايدت عمليات الاغتيال في الآونة الأخيرة", "الآونة الأخيرة", "DATE", "PAST_REF", None, None),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value", "days", "precision"), RECENT)
def test_recent_past_has_a_range(
    sentence: str, span: str, type_: str, value: str, days: tuple[str, str] | None, precision: int | None
) -> None:
    x = _find(sentence, span, TUESDAY)
    assert (x.type, x.value, x.range, x.time_precision) == (type_, value, days, precision)


def test_counted_days_and_future_unchanged() -> None:
    # a count keeps its day; days to come keep no range
    x = _find("قتل ثلاثة أشخاص قبل ثلاثة أيام", "قبل ثلاثة أيام", TUESDAY)
    assert (x.value, x.range) == ("2015-08-01", None)
    x = _find("تبدأ الحملة بعد أيام", "بعد أيام", TUESDAY)
    assert (x.value, x.range) == ("FUTURE_REF", None)


def test_week_calendar_is_data() -> None:
    week = load_yaml("ar/time.yaml")["week_calendar"]
    assert week["default"]["first_day"] == "sat"
    assert week["by_country"]["SA"] == "sun" and week["by_country"]["SY"] == "sat"
    assert cal.week_span(cal.parse_day(SUNDAY) or cal.dt.date.min, 6) == ("2015-08-09", "2015-08-15")
    assert cal.weekend_span("2015-W32", (4, 5, 6)) == ("2015-08-07", "2015-08-09")
    assert cal.weekend_span("2015", (4, 5, 6)) is None
