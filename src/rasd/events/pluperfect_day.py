"""A happening told in the pluperfect with a day of its own (round 33, helper og1).

"وكانت القوات قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو" after the day's capture of positions near Aden,
"وكان التنظيم قد شن هجوما واسعا على البلدة صباح الأربعاء الماضي" after the day's abductions there: the auxiliary
(كان … قد) and a day of its own make the act one of that earlier day, as ACLED codes it (the lead's ruling (1): a
happening retold with its own day is an event with that day). The merges read it as another happening than the
event told before it (the stage's merge loop and the headline fold, :mod:`rasd.events.merge.retold`), whatever day
that event has; a pluperfect with no day of its own stays the recalled happening (``stages.events.retold_before``).
"""

from __future__ import annotations

import datetime as dt

from rasd.events.coding.background import pluperfect
from rasd.events.context import Context
from rasd.events.model import Candidate

#: Days at least this far before the earlier event's day make the pluperfect another happening (a day apart may be
#: the report's lag: "قد سيطرت أمس" beside the capture the report dates today).
PLUPERFECT_DAYS_APART = 2


def pluperfect_with_day(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` is told in the pluperfect (:func:`rasd.events.coding.background.pluperfect`: كان … قد before it
    in its sentence, no clause mark between, not in a relative clause) with a day of its own: its date comes from a
    timex of day precision in its own clause ("وكانت قد انتزعت السيطرة على عدن … في 17 يوليو"، "وكان التنظيم قد شن
    هجوما … صباح الأربعاء الماضي"), not a day of the sentence's main verb told before the auxiliary."""
    cd = c.date or {}
    timex = cd.get("timex")
    if not timex or cd.get("time_precision") != 1 or not pluperfect(ctx, c):
        return False
    x = next((x for x in ctx.doc.timexes if x.id == timex), None)
    return x is not None and c.clause[0] <= x.start < c.clause[1]


def pluperfect_own_day(ctx: Context, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, told after ``h``, is told in the pluperfect with a day of its own (:func:`pluperfect_with_day`)
    at least :data:`PLUPERFECT_DAYS_APART` days before ``h``'s day."""
    if c.start < h.start or not pluperfect_with_day(ctx, c):
        return False
    hv, cv = str((h.date or {}).get("value") or ""), str((c.date or {}).get("value") or "")
    if len(hv) != 10 or len(cv) != 10:
        return False
    try:
        return (dt.date.fromisoformat(hv) - dt.date.fromisoformat(cv)).days >= PLUPERFECT_DAYS_APART
    except ValueError:
        return False
