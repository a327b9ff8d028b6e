"""One happening read on two days: a telling dated by another happening's day (round 43, helper ev20).

The date step dates a sentence that writes no day of its own by the day told last before it. When that day belongs to
a sentence that tells another kind of happening, the telling takes a day that is not its own: the lead tells "وقصف
طيران التحالف، أمس الخميس، مواقع للحوثيين في العاصمة صنعاء", the body, after a paragraph on a capture "الأربعاء",
tells "شن طيران التحالف ست غارات على معسكر … غرب العاصمة صنعاء" with no day — and the merge, which keeps rows of
two days apart (ACLED: one event per day), left two rows of one happening a day apart. Likewise "قتل مدنيون بانفجار
ألغام في المدينة" after "نشرت القوات أمس الأحد مدرعاتها" beside "قتل 19 شخصاً جراء انفجار ألغام السبت والأحد في
المدينة" (a span of two days read as its first).

:func:`fold_day_borrowed` folds such a row into the row of the same sub-type told with a day written in a sentence of
its own, when

* both are discrete acts of violence told as done (no other happening by the text's word, no mark of apart);
* they are at one place or one area (:func:`rasd.events.merge.areas.two_places`: a city and a part of it, a province
  and a town of it) that each one's own clause or sentence tells, a day apart, and no sentence tells both;
* the one's day is written in a sentence of one of its own mentions, and the other's is borrowed: its timex stands in
  no sentence of its own mentions, and that sentence tells no happening of the same sub-type (a day borrowed from the
  sentence before that tells the same kind of act is that act's day, and the rows of that day are read by the merge
  before this step).

The row with its own day keeps its type, place and day, and the first count of dead the two tell. Rows of two days
each written for them stay apart (two strikes on one city on two days are two events), and so does a telling when
another row of its sub-type and area is told on its borrowed day (it may be that row's happening)."""

from __future__ import annotations

import datetime as dt

from rasd.events.context import Context
from rasd.events.lexicon import EventClass
from rasd.events.merge.areas import two_places
from rasd.events.merge.same_toll import fold_pairs, reported_violence
from rasd.events.model import Candidate

#: Where a row's place is its own: told in its clause or sentence (a place carried from the lead or the paragraph may
#: be another happening's: a shooting at a sit-in in the capital placed at the lead's town).
_OWN_PLACE = frozenset({"clause", "sentence"})
#: How many days apart two tellings' days may be (the window of a day's news: "أمس" and "أول من أمس" of two
#: paragraphs' other happenings).
_MOST_DAYS = 2


def _day(c: Candidate) -> dt.date | None:
    d = c.date or {}
    value = str(d.get("value") or "")
    if d.get("time_precision") != 1 or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _sentences(ctx: Context, c: Candidate) -> set[int]:
    return {ctx.sentence_index(m.start) for m in c.mentions} | {ctx.sentence_index(c.start)}


def _timex_sentence(ctx: Context, c: Candidate) -> int | None:
    """The sentence of the timex that dates ``c`` (``None`` when no timex dates it)."""
    tid = (c.date or {}).get("timex")
    if not tid:
        return None
    x = next((t for t in ctx.doc.timexes if t.id == tid), None)
    return None if x is None else ctx.sentence_index(x.start)


def _after_report(ctx: Context, c: Candidate) -> bool:
    """Whether ``c``'s day falls after the report's date: no day of a happening told as done (an hour of the day
    "الساعة 07:30 صباحًا" read on the day of a meeting's end "حتى 5 أغسطس" the paragraph before names)."""
    day, ref = _day(c), str(ctx.doc.article.reference_date or ctx.doc.article.published or "")[:10]
    return day is not None and len(ref) == 10 and day.isoformat() > ref


def own_day(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` is dated to a day written in a sentence of one of its own mentions (not after the report)."""
    at = _timex_sentence(ctx, c)
    return at is not None and _day(c) is not None and at in _sentences(ctx, c) and not _after_report(ctx, c)


def borrowed_day(ctx: Context, c: Candidate, cands: list[Candidate]) -> bool:
    """Whether ``c`` is dated to a day borrowed from a sentence that is not its own and tells no happening of its
    sub-type (another happening's day), or to a day after the report's date."""
    at = _timex_sentence(ctx, c)
    if at is None or _day(c) is None:
        return False
    if _after_report(ctx, c):
        return True
    if at in _sentences(ctx, c):
        return False
    sub = c.cls.acled_sub_type
    return not any(o is not c and o.cls.acled_sub_type == sub and at in _sentences(ctx, o) for o in cands)


def _eligible(c: Candidate) -> bool:
    """A discrete act of violence told as done, placed by its own clause or sentence, with no mark of apart."""
    if not reported_violence(c) or c.place is None or c.place_from not in _OWN_PLACE:
        return False
    return not any(q.startswith("apart:") for q in c.cues)


def _told_on_its_day(drop: Candidate, keep: Candidate, cands: list[Candidate]) -> bool:
    """Whether another row of ``drop``'s sub-type is told at its area on its (borrowed) day: the telling may be that
    row's happening (the mortar shells of the day's border attack beside the shells on a border crossing that day),
    not the one a day off."""
    day = _day(drop)
    return any(
        o is not drop
        and o is not keep
        and o.cls.acled_sub_type == drop.cls.acled_sub_type
        and _eligible(o)
        and _day(o) == day
        and o.place is not None
        and drop.place is not None
        and not two_places(o.place, drop.place)
        for o in cands
    )


def fold_day_borrowed(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a row dated by a borrowed day into the row of its sub-type and place told a day off with its own day (the
    module's docstring)."""

    def choose(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate, EventClass] | None:
        if a.cls.acled_sub_type is None or a.cls.acled_sub_type != b.cls.acled_sub_type:
            return None
        if not (_eligible(a) and _eligible(b)) or a.place is None or b.place is None or two_places(a.place, b.place):
            return None
        da, db = _day(a), _day(b)
        if da is None or db is None or not 0 < abs((da - db).days) <= _MOST_DAYS:
            return None
        if _sentences(ctx, a) & _sentences(ctx, b):
            return None
        first, later = (a, b) if a.start <= b.start else (b, a)
        pairs = [(first, later), (later, first)]
        chosen = next((p for p in pairs if own_day(ctx, p[0]) and borrowed_day(ctx, p[1], cands)), None)
        if chosen is None and borrowed_day(ctx, first, cands) and borrowed_day(ctx, later, cands):
            chosen = (first, later)  # neither day is its own: the first telling stays
        if chosen is None:
            return None
        keep, drop = chosen
        if _told_on_its_day(drop, keep, cands):
            return None
        if not keep.fatalities and drop.fatalities:
            keep.fatalities = list(drop.fatalities)
        return keep, drop, keep.cls

    return fold_pairs(cands, choose)
