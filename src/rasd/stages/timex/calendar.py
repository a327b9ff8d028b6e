"""Calendar arithmetic and TimeML value formatting for the date stage.

Values follow TimeML (TIMEX3): ``2019-05-19`` (day), ``2019-W20`` (ISO week), ``2019-W20-WE`` (weekend),
``2019-05`` (month), ``2019-Q2`` / ``2019-H1`` (quarter, half), ``2019-SU`` (season), ``2019`` (year),
``201`` (decade), ``20`` (century, the 21st), ``2019-05-19TEV`` / ``2019-05-20T10:30`` (times), durations
``P3D``, ``PT2H``, ``P26Y``, ``P2DE``, ``P1CE`` and ``PXD`` (an unspecified number of days).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from hijridate import Gregorian, Hijri

#: Day-level units and their TimeML duration letter; units below a day take the ``PT`` form.
_DURATION_LETTER = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "DE", "CE": "CE", "H": "H", "MIN": "M", "S": "S"}
_TIME_UNITS = frozenset({"H", "MIN", "S"})

_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WEEK_RE = re.compile(r"^\d{4}-W\d{2}")
_MONTH_RE = re.compile(r"^\d{4}-\d{2}$")


def duration_value(n: float | None, unit: str) -> str:
    """TimeML duration: ``(3, "D")`` → ``P3D``, ``(2, "H")`` → ``PT2H``, ``(None, "Y")`` → ``PXY``."""
    count = "X" if n is None else str(int(n)) if n == int(n) else f"{n:g}"
    letter = _DURATION_LETTER[unit]
    return f"PT{count}{letter}" if unit in _TIME_UNITS else f"P{count}{letter}"


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clipped to the target month's length."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError(f"year {year} out of range")
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (negative: back). Hours, minutes and seconds move by whole days only when
    they add up to at least a day (the reference date has no clock time)."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Y":
        return add_months(d, 12 * n)
    if unit == "DE":
        return add_months(d, 120 * n)
    if unit == "CE":
        return add_months(d, 1200 * n)
    seconds = {"H": 3600, "MIN": 60, "S": 1}[unit] * n
    return d + dt.timedelta(days=int(seconds / 86400))


def iso_week(d: dt.date) -> str:
    """ISO week value of a day: ``2019-W20``."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def value_at(d: dt.date, unit: str) -> str:
    """The TimeML value of the period of granularity ``unit`` that contains ``d``."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat()
    if unit == "W":
        return iso_week(d)
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"  # CE


def week_span(d: dt.date, first_day: int) -> tuple[str, str]:
    """(Round 16, tx) The first and last days (ISO) of the week that holds ``d``, for a week that starts on
    ``first_day`` (Monday = 0; Saturday, 5, for the week of Arabic news: ``ar/time.yaml`` ``week_calendar``)."""
    start = d - dt.timedelta(days=(d.weekday() - first_day) % 7)
    return start.isoformat(), (start + dt.timedelta(days=6)).isoformat()


def weekend_span(iso_week_value: str, days: tuple[int, ...]) -> tuple[str, str] | None:
    """(Round 16, tx) The days (ISO first and last) of the weekend of a TimeML week (``2015-W52``: the weekend is
    ``days`` of that Monday-to-Sunday week, Friday to Sunday by default), or None for a value that is no week."""
    m = re.match(r"^(\d{4})-W(\d{2})", iso_week_value)
    if m is None or not days:
        return None
    try:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    first, last = monday + dt.timedelta(days=min(days)), monday + dt.timedelta(days=max(days))
    return first.isoformat(), last.isoformat()


def month_part_span(month_value: str, days: tuple[int, int]) -> tuple[str, str] | None:
    """(Round 38, tm1) The first and last days (ISO) of a part of a month (``2015-08``, ``(1, 10)`` →
    ``2015-08-01``–``2015-08-10``; the last day cut to the month's length), or None for a value that is no month."""
    if not _MONTH_RE.match(month_value):
        return None
    year, month = int(month_value[:4]), int(month_value[5:7])
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    last = calendar.monthrange(year, month)[1]
    lo, hi = max(1, min(days[0], last)), max(1, min(days[1], last))
    return dt.date(year, month, lo).isoformat(), dt.date(year, month, hi).isoformat()


def past_span(ref: dt.date, days: int) -> tuple[str, str]:
    """(Round 16, tx) The ``days`` days before the reference date, up to it (ISO first and last)."""
    return (ref - dt.timedelta(days=days)).isoformat(), ref.isoformat()


def precision_of(value: str | None) -> int | None:
    """ACLED ``time_precision`` of a value: 1 day or time, 2 week, 3 month; None for coarser or references."""
    if value is None:
        return None
    if _DAY_RE.match(value):
        return 1
    if _WEEK_RE.match(value):
        return 2
    if _MONTH_RE.match(value):
        return 3
    return None


def range_precision(start: dt.date, end: dt.date) -> int | None:
    """ACLED precision of an event known only to fall between two days: 2 within a week, 3 within a month."""
    days = abs((end - start).days)
    if days == 0:
        return 1
    if days <= 7:
        return 2
    if days <= 31:
        return 3
    return None


def parse_day(value: str | None) -> dt.date | None:
    """The day of a day-level value (``2019-05-19`` or ``2019-05-19TEV``), else None."""
    if value is None or not _DAY_RE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    """The latest day with ``weekday`` (Monday = 0) on or before ``ref``."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_on_or_after(ref: dt.date, weekday: int) -> dt.date:
    """The earliest day with ``weekday`` (Monday = 0) on or after ``ref``."""
    return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``date(year, month, day)`` or None when it does not exist (31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Gregorian day of a Hijri (Umm al-Qura) date; None outside hijridate's range (1343-1500 AH) or invalid."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_month_range(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian days of a Hijri month, or None outside the supported range."""
    try:
        h = Hijri(year, month, 1)
        first = h.to_gregorian()
        length = h.month_length()
    except (ValueError, OverflowError):
        return None
    start = dt.date(first.year, first.month, first.day)
    return start, start + dt.timedelta(days=length - 1)


def hijri_year_range(year: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian days of a Hijri year, or None outside the supported range."""
    first = hijri_month_range(year, 1)
    last = hijri_month_range(year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def to_hijri(d: dt.date) -> tuple[int, int, int] | None:
    """Hijri (year, month, day) of a Gregorian day, or None outside the supported range."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day
