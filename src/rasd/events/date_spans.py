"""(Round 38, helper tm1) Weeks and parts of a month as event dates: the time stage gives «الأسبوع الماضي» and
«مطلع الشهر الجاري» a range of days (``time_precision`` 2); an event dated by one keeps the value the row logic reads
(the year of a week that is not the article's own, the month of a month part), takes the range and precision 2
(:func:`part_span`), and does not agree with a written day outside that range when merging (:func:`day_outside_span`).
Kept apart from :mod:`rasd.events.dates` so that the merge modules can import it without that module's imports."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _days_between(earlier: str, later: str) -> int:
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return 10**6


def part_span(x: Any, value: str) -> bool:
    """(Round 38, tm1) Whether timex ``x`` is a week or a part of a month (``time_precision`` 2 with a range of days
    ten or eleven long at most) whose event ``value`` is cut to the year or the month that holds it."""
    rng = x.range
    if x.time_precision != 2 or rng is None or len(value) not in (4, 7) or x.type != "DATE":
        return False
    lo, hi = str(rng[0]), str(rng[1])
    if not (_ISO_DAY.match(lo) and _ISO_DAY.match(hi)):
        return False
    if not (lo.startswith(value) or hi.startswith(value)):
        return False
    return _days_between(lo, hi) <= 11


#: (Round 38, tm1) Days either side of a week's or a month part's range that a written day may still fall on and agree
#: (a Sunday week's last day, "مطلع الشهر" said of the 11th).
SPAN_SLACK = 2


def day_outside_span(da: dict[str, Any], db: dict[str, Any]) -> bool:
    """(Round 38, tm1) Whether one date is a day (``time_precision`` 1) and the other a week or a part of a month
    read from a timex (:func:`part_span`'s dates: value the year or the month, ``time_precision`` 2, a range of days)
    and the day falls outside that range by more than :data:`SPAN_SLACK` days: "سيطر المسلحون على البلدة الأسبوع
    الماضي" does not agree with a capture of the town told on a day of another week."""
    for day, span in ((da, db), (db, da)):
        value = str(day.get("value") or "")
        rng = span.get("range") or []
        if day.get("time_precision") != 1 or len(value) != 10 or span.get("time_precision") != 2:
            continue
        if not span.get("timex") or len(str(span.get("value") or "")) not in (4, 7) or len(rng) != 2:
            continue
        lo, hi = str(rng[0]), str(rng[1])
        if not (_ISO_DAY.match(lo) and _ISO_DAY.match(hi)):
            continue
        if _days_between(value, lo) > SPAN_SLACK or _days_between(hi, value) > SPAN_SLACK:
            return True
    return False
