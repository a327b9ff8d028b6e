"""Round 31 (helper bg2): one capture told twice gives one row.

Judged fresh news shows a capture told twice with nothing between the two tellings that makes them two: a verb of
regaining and its object noun, each a trigger of its own ("واستعادت المقاومة … السيطرة على مدينة زنجبار … بعد
قتال عنيف": rowjudge8), or the news put in its context by "وتأتي" ("سيطرت قواتنا على دينسور … وتأتي السيطرة على
دينسور بعد استعادة … لبلدة باردهيري الأربعاء": rowjudge7 and a fresh article of the same wire). ACLED codes one
event per place, day and kind of act.

:func:`fold_capture_twice` folds two capture rows (changes of territory, neither a plan, a denial or a hypothesis)
into the first one told when they are placed at one place (or one inside the other) and

* the first is a verb and the second the noun of control it takes as its object (استعادت … السيطرة على، بسطت
  سيطرتها على: list ``capture_twice_objects``) in one sentence, with no clause break between them, on one day; or
* the later one's noun is the subject of "تأتي / يأتي" at its sentence's head (the news put in context: the day of
  that sentence is the context's, "الأربعاء" of Bardhere's capture).

Two captures of one sentence otherwise keep their rows, even at one place and day: "عقب السيطرة على جبل يسوف وتحرير
بلدة العين" (two places the gazetteer puts at one town) is two events in tune4's gold, and folding every capture pair of
one sentence, place and day cost three right rows (tune4, tune15, tune30) when tried this round."""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.lexicon import EventClass
from rasd.events.merge.areas import covers
from rasd.events.merge.happening import _UNREAL
from rasd.events.merge.same_toll import fold_pairs
from rasd.events.model import Candidate
from rasd.resources.cues import merge_cue_alt as cue_alt

_CAPTURES = frozenset({"capture", "recapture"})
#: "وتأتي السيطرة على دينسور": the capture noun as the subject of تأتي / يأتي at its sentence's head
_COMES = re.compile(r"\W*و?(?:" + cue_alt("backdrop_comes") + r")\s+")


#: the noun of control a verb of regaining or imposing takes as its object (استعادت السيطرة، بسطت سيطرتها)
_CONTROL = re.compile(r"(?:ال)?(?:" + cue_alt("capture_twice_objects") + r")")
#: a clause break between the verb and the noun: two clauses, not a verb and its object
_BREAK = re.compile(r"[،,.:؛!?؟\n]|(?<![\u0621-\u064A])(?:ثم|قبل|بعد)(?![\u0621-\u064A])")


def _put_in_context(ctx: Context, c: Candidate) -> bool:
    """Whether ``c``'s trigger is the subject of "تأتي / يأتي" at its sentence's head."""
    return _COMES.fullmatch(ctx.doc.text, ctx.sentence(c.start).start, c.start) is not None


def told_twice(ctx: Context, a: Candidate, b: Candidate) -> bool:
    """Whether capture rows ``a`` (told first) and ``b`` are one capture told twice (module docstring)."""
    for c in (a, b):
        if c.cls.name not in _CAPTURES or c.granularity != "discrete" or c.status in _UNREAL:
            return False
        if c.cls.acled_type is None or c.place is None:
            return False
    if not (covers(a.place, b.place) or covers(b.place, a.place)):
        return False
    if _put_in_context(ctx, b):
        return True
    day_a, day_b = (a.date or {}).get("value"), (b.date or {}).get("value")
    if not day_a or day_a != day_b or ctx.sentence_index(a.start) != ctx.sentence_index(b.start):
        return False
    # the verb and its object noun: "واستعادت المقاومة … السيطرة على مدينة زنجبار" (no clause break between)
    between = ctx.doc.text[a.end : b.start]
    return a.tense in ("past", "present") and bool(_CONTROL.match(ctx.doc.text, b.start)) and not _BREAK.search(between)


def fold_capture_twice(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold one capture told twice into its first telling, which keeps its place, day, figures and type."""

    def choose(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate, EventClass] | None:
        first, second = (a, b) if a.start <= b.start else (b, a)
        if not told_twice(ctx, first, second):
            return None
        return first, second, first.cls

    return fold_pairs(cands, choose)
