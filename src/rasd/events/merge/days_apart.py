"""The day of a happening told after "X comes a day after Y" (round 19, helper fd).

Round 18b (helper mg7) keeps Y, told after a mark of a day or more said by a verb of coming (ويأتي الهجوم غداة قتل
شرطيين، ويأتي بعد ستة أيام من تفجير انتحاري، هذه التفجيرات التي أتت غداة مقتل 23 شخصا), out of X's row in its
sentence (:func:`rasd.events.merge.clauses.day_apart`). Its day was still the one its sentence or the lead gave it
(X's day), or none: Y then had no row, or folded into X's happening told elsewhere in the article (the lead's
bombings of the day took the bombings of the day before: tune24). The mark tells the day: Y is N days before X
(غداة: one; بعد ستة أيام من: six, read from the span's duration). :func:`date_days_apart` dates Y so (unless a day is
written for it after the mark) and marks it with X's day; :func:`off_day` keeps it out of a row of that day.
Constructions of tune2, tune9, tune13, tune15, tune20, tune24 (round 18b's list of "X comes a day after Y").

Round 19 (helper st2), by the lead's ruling (1) (a happening retold with its own day is an event with that day): Y
the date step left undated ("ويأتي بعد خمسة أيام من تفجير انتحاري", an earlier event round 18b kept from a row) is
dated too — tune2's Damaturu suicide bombing six days before the day's blast, coded by the gold on its day."""

from __future__ import annotations

import datetime as dt
import re

from rasd.events.coding.readers import in_title
from rasd.events.context import Context
from rasd.events.dates import lead_end
from rasd.events.merge.clauses import _day_mark
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile
from rasd.resources.cues import merge_cue_alt as merge_alt

_CUES = CueFile("ar/event_apart_cues.yaml")

#: A day mark that puts Y on the day before X (lists.day_after_marks) and the side of a span that puts Y before X
#: (lists.span_after_sides).
_DAY_AFTER = _CUES.set("day_after_marks")
_SPAN_AFTER = _CUES.set("span_after_sides")

#: A duration of days or weeks as the timex step writes it (P6D, P2D, P1W).
_DURATION = re.compile(r"P(\d+)([DW])")

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: (round 21, mg9) A mark of a day or more after that ends right before a happening, with no verb of coming: "وبعد
#: أربعة أيام على هجوم انتحاري دام …، شن سلاح الجو التركي اليوم أولى غاراته"، "وذلك بعد 3 أيام على هجوم انتحاري"،
#: "غداة قتل شرطيين" (lists.day_after_marks, span_after_sides, fronted_span_links; event_merge_cues day_span_units).
_FRONTED = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:(?:"
    + _CUES.alt("day_after_marks")
    + r")|(?:"
    + _CUES.alt("span_after_sides")
    + r")\s+(?:\S+\s+)?(?:"
    + merge_alt("day_span_units")
    + r")\s+(?:"
    + _CUES.alt("fronted_span_links")
    + r"))\s+$"
)


def _days_before(ctx: Context, mark: re.Match[str]) -> int | None:
    """How many days before X the mark puts Y: one for the day after (غداة), the span's duration after its side
    word (بعد ستة أيام من: 6), ``None`` for a span with no count (بعد أيام على), the eve of or a span before."""
    words = mark.group(0).split()
    first = words[0] if words else ""
    if first in _DAY_AFTER or first[1:] in _DAY_AFTER:
        return 1
    if first not in _SPAN_AFTER and first[1:] not in _SPAN_AFTER:
        return None
    for x in ctx.doc.timexes:
        if x.type != "DURATION" or not (mark.start() <= x.start < mark.end()):
            continue
        found = _DURATION.fullmatch(str(x.value or ""))
        if found is not None:
            return int(found.group(1)) * (7 if found.group(2) == "W" else 1)
    return None


def _own_day(ctx: Context, y: Candidate, after: int) -> bool:
    """Whether Y's date comes from a day written for it after the mark, in its clause."""
    tid = (y.date or {}).get("timex")
    if not tid:
        return False
    return any(x.id == tid and after <= x.start < y.clause[1] for x in ctx.doc.timexes)


def _day(c: Candidate) -> str | None:
    """A candidate's day, when its date is one."""
    d = c.date or {}
    value = str(d.get("value") or "")
    return value if d.get("time_precision") == 1 and _DAY.fullmatch(value) else None


def _day_of(x: Candidate, cands: list[Candidate]) -> str | None:
    """X's day: its own, or for a definite noun with none (هذه التفجيرات التي أتت غداة …) the day of the last
    happening of its kind told before it with one (the bombings the article told, dated by their own day)."""
    if _day(x) is not None or not x.definite:
        return _day(x)
    before = [c for c in cands if c.start < x.start and c.cls.acled_type == x.cls.acled_type and _day(c)]
    return _day(max(before, key=lambda c: c.start)) if before else None


def date_days_apart(ctx: Context, cands: list[Candidate]) -> None:
    """Date each happening told after "X comes N days after Y" N days before X's day (X dated to a day, Y with no
    day written for it after the mark), and mark it ``offday:`` with X's day for :func:`off_day`."""
    for y in cands:
        for x in cands:
            if x is y or x.sentence != y.sentence or not x.start < y.start:
                continue
            mark = _day_mark(ctx, x, y)
            if mark is None:
                continue
            value = _day_of(x, cands)
            n = _days_before(ctx, mark)
            if n is None or value is None:
                continue
            if not _own_day(ctx, y, mark.end()):
                day = (dt.date.fromisoformat(value) - dt.timedelta(days=n)).isoformat()
                y.date = {
                    "value": day,
                    "range": [day, day],
                    "time_precision": 1,
                    "timex": None,
                    "source": "days before the happening told before it",
                }
            y.cues.add(f"offday:{value}")
            break
    _date_fronted_spans(ctx, cands)


def _date_fronted_spans(ctx: Context, cands: list[Candidate]) -> None:
    """Round 21 (mg9): date a happening told right after a mark of N days after ("وبعد أربعة أيام على هجوم انتحاري
    دام …، شن سلاح الجو التركي اليوم أولى غاراته"، "وذلك بعد 3 أيام على هجوم انتحاري"، "غداة قتل شرطيين") N days
    before the day its sentence gave it (the day of the happening the sentence tells), unless a day is written for it
    after the mark in its clause; marked ``offday:`` like :func:`date_days_apart`'s, so it joins no row of that day. The
    construction of ft's class G (round 20): tune28, tune29 and tune9's "غداة"."""
    text = ctx.doc.text
    for y in cands:
        if any(c.startswith("offday:") for c in y.cues):
            continue
        mark = _FRONTED.search(text, max(y.sentence[0], y.start - 40), y.start)
        told = y.date or {}
        value = str(told.get("value") or "")
        # (a day its sentence tells, exact or one the report's date leaves a day's doubt on: اليوم السبت; not the
        # report's date taken for a sentence that tells none)
        if mark is None or not told.get("timex") or not _DAY.fullmatch(value):
            continue
        if told.get("time_precision") not in (1, 2):
            continue
        n = _days_before(ctx, mark)
        if n is None or _own_day(ctx, y, mark.end()):
            continue
        shift = dt.timedelta(days=n)
        day = (dt.date.fromisoformat(value) - shift).isoformat()
        span = [str(v) for v in (told.get("range") or [value, value])]
        y.date = {
            "value": day,
            "range": [(dt.date.fromisoformat(v[:10]) - shift).isoformat() for v in span],
            "time_precision": told.get("time_precision"),
            "timex": None,
            "source": "days before the happening told before it",
        }
        y.cues.add(f"offday:{value}")


def off_day(head: Candidate, c: Candidate) -> bool:
    """Whether ``c`` was told as a happening of a day other than ``head``'s: ``head`` is dated to the day ``c`` was
    told to come before (``offday:`` of :func:`date_days_apart`), ``c`` to another."""
    hd, cd = (head.date or {}), (c.date or {})
    if hd.get("time_precision") != 1 or cd.get("time_precision") != 1 or hd.get("value") == cd.get("value"):
        return False
    return f"offday:{hd.get('value')}" in c.cues or f"offday:{cd.get('value')}" in head.cues


#: (round 28, mg17) The fewest days between two happenings told one after the other in the body, the first with no day
#: of its own, that keep the second, told with its own day, a happening of its own.
_OTHER_DAY_GAP = 2


def told_another_day(ctx: Context, head: Candidate, c: Candidate) -> bool:
    """Whether ``c``, told in the body after ``head``, is another happening by its own day (round 28, helper mg17):
    ``c``'s sentence writes its day (a timex of day precision: "بعد تعرض مخازن الغاز … لقصف الحوثيين الأحد الماضي"),
    two or more days off ``head``'s, and ``head`` has no day of its own (it was told as the report's news: "فيما قصف
    الحوثيون عدة مناطق في المحافظة") but a place of its own (its clause's or sentence's). The lead's ruling (1): a
    happening retold with its own day is an event with that day. Not the other way round (a happening told with its
    day and named again with none is the one told: "تفجير … يوم الجمعة" then "وأسفر التفجير عن …"), not a headline (it
    is told undated over the body's news), not one told in the lead (the lead tells the news undated, the body its
    day), and not two happenings that both write their day (a fight told over several days: merge.happening)."""
    if in_title(ctx, head.start) or in_title(ctx, c.start) or c.start < head.start or head.start < lead_end(ctx.doc):
        return False  # (the lead tells the news undated: "فيما قتل 57 مدنيا … في قصف", then "… الأحد في قصف")
    if head.place_from not in ("clause", "sentence"):
        return False  # (placed by the lead only: "وكثفت قوات النظام … قصفها لمواقع المعارضة" has no place of its own)
    hd, cd = head.date or {}, c.date or {}
    if hd.get("timex") or not cd.get("timex") or cd.get("time_precision") != 1:
        return False
    hv, cv = str(hd.get("value") or ""), str(cd.get("value") or "")
    if not (_DAY.fullmatch(hv) and _DAY.fullmatch(cv)):
        return False
    return abs((dt.date.fromisoformat(hv) - dt.date.fromisoformat(cv)).days) >= _OTHER_DAY_GAP
