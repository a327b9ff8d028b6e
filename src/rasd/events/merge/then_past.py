"""A happening told "at that time" of a day weeks or more before the news is background (round 32, helper bg3).

A report recalls what happened before its news and goes on telling it in the past's own time: "وكان أبو سياف … قتل
في 15 مايو في عملية نادرة … واعلن البيت الابيض حينذاك ان الولايات المتحدة حققت انجازا … بقتلها السبت هذا القيادي"
(an article of August). The word "at that time" (آنذاك، حينذاك، وقتذاك، في ذلك الحين) says the sentence's time is the
time told before it, not the news'; a weekday in that sentence ("السبت") is that time's weekday, and the date step,
which reads it as the last Saturday before the report, gives the recalled happening the news' week.

:func:`keep_out_then` takes the day off a row (background: the event stays, no row) when every mention of it stands
in a sentence that holds such a word, and the time that word points back to (the last full or partial date written
before it, in its sentence or the three before, none of which itself says "at that time") ends ten days or more
before the report (:data:`rasd.events.merge.background.BACKGROUND_DAYS`). A row whose "then" points back to a day of
the news ("هاجم مسلحون الحاجز أمس … وكان الجنود آنذاك") keeps its day. The words that may also mean "then, at
once" in the news' own time (حينها، وقتها، يومها، في حينه) are not read."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from rasd.events.context import Context
from rasd.events.merge.happening import _UNREAL
from rasd.events.model import Candidate
from rasd.resources.cues import merge_cue_alt as cue_alt

_AR = r"[\u0621-\u064A]"
#: "at that time" (lists.then_words)
_THEN = re.compile(r"(?<!" + _AR + r")(?:" + cue_alt("then_words") + r")(?!" + _AR + r")")
#: A written date: a year, a month of a year, a day.
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: How many sentences before the word's own its time is looked for.
_BACK_SENTENCES = 3


def _end_of(value: str) -> dt.date | None:
    """The last day of a written date's span (the year's last day, the month's, the day)."""
    m = _VALUE.match(value)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(3):
        try:
            return dt.date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 12, 31) if 1 <= year <= 9999 else None


def then_time(ctx: Context, at: int) -> dt.date | None:
    """The end of the time the "then" word of the sentence holding ``at`` points back to (the module's docstring),
    or None when the sentence says no "then" or no written date stands before it."""
    text = ctx.doc.text
    i = ctx.sentence_index(at)
    s = ctx.sentences[i]
    word = _THEN.search(text, s.start, s.end)
    if word is None:
        return None
    spans = [(s.start, word.start())]
    for j in range(i - 1, max(-1, i - 1 - _BACK_SENTENCES), -1):
        p = ctx.sentences[j]
        if _THEN.search(text, p.start, p.end):
            break  # (a sentence of "then" itself: its dates are that time's, read from further back)
        spans.append((p.start, p.end))
    for lo, hi in spans:
        told = [x for x in ctx.doc.timexes if lo <= x.start < hi and x.type == "DATE" and x.value]
        for x in sorted(told, key=lambda x: x.start, reverse=True):
            end = _end_of(str(x.value))
            if end is not None:
                return end
    return None


def told_then(ctx: Context, c: Candidate, today: dt.date, days: int) -> bool:
    """Whether every mention of row ``c`` stands in a sentence of "then" pointing back ``days`` or more before
    ``today``."""
    starts = {c.start} | {m.start for m in c.mentions}
    for a in starts:
        end = then_time(ctx, a)
        if end is None or (today - end).days < days:
            return False
    return True


def keep_out_then(ctx: Context, cands: list[Candidate], today: dt.date, days: int) -> list[Candidate]:
    """Every row told only "at that time" of a day ``days`` or more before ``today`` loses its day (background: the
    event stays, no row)."""
    for c in cands:
        if c.cls.acled_type is None or c.granularity != "discrete" or c.status in _UNREAL:
            continue
        if not (c.date or {}).get("value"):
            continue
        if told_then(ctx, c, today, days):
            c.date = {"value": None, "range": None, "time_precision": None, "timex": None, "note": "background"}
    return cands
