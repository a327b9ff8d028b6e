"""(Round 38, helper ev3) A day told aside between two commas after an act's verb, before the verb's object.

"وقصف طيران التحالف العربي، أمس، مواقع للمتمردين في محافظتي البيضاء وأبين": the context's clauses break at every
comma, so the trigger's clause ends at its subject and the day stands alone as a clause; the object, with the act's
places, is the clause after the day. Read for the place step (:func:`rasd.events.places.place_candidates` reads the
candidate's own clauses): a list of places there is the act's own list (one row a place, as in the same sentence
written without the commas), and its one place is the act's clause place rather than the sentence's.

Only a verb (past or present, or a word of both readings, قصف, opening its clause) whose clause is followed by a
clause that holds nothing but a day the time stage read (and the words of a part of a day: event_list_cues
``time_aside_words``), itself followed by a clause of the same sentence that no other trigger holds.
"""

from __future__ import annotations

from bisect import bisect_right

from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize_word

_CUES = CueFile("ar/event_list_cues.yaml")
_COMMAS = frozenset("،,")


def _time_only(ctx: Context, a: int, b: int) -> bool:
    """Whether the clause ``[a, b)`` is a day the time stage read and nothing else (its part of a day aside)."""
    text = ctx.doc.text
    days = [(x.start, x.end) for x in ctx.doc.timexes if x.type in ("DATE", "TIME") and a <= x.start < b]
    if not days:
        return False
    words = _CUES.normalized_words("time_aside_words")
    for m in ctx.word_re.finditer(text, a, b):
        if any(s <= m.start() < e for s, e in days):
            continue
        w = normalize_word(m.group())
        if w not in words and not (w[:1] in "وف" and w[1:] in words):
            return False
    return True


def object_past_time(ctx: Context, c: Candidate, taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause after a day told aside right after the verb's clause (see the module), or None."""
    if c.tense not in ("past", "present") and ctx.doc.text[c.clause[0] : c.start].strip() not in ("", "و", "ف"):
        return None  # (a verb the lexicon reads as its noun too, قصف، opens its clause: the verb)
    clauses = ctx.clauses
    i = bisect_right(ctx.clause_starts, c.clause[0]) - 1
    if i < 0 or clauses[i] != c.clause or i + 2 >= len(clauses):
        return None
    aside, obj = clauses[i + 1], clauses[i + 2]
    if obj[1] > c.sentence[1] or obj in taken:
        return None
    text = ctx.doc.text
    if text[c.clause[1] : aside[0]].strip() not in _COMMAS or text[aside[1] : obj[0]].strip() not in _COMMAS:
        return None
    return obj if _time_only(ctx, *aside) else None


def extend_past_time_asides(ctx: Context, cands: list[Candidate], taken: set[tuple[int, int]]) -> None:
    """Each verb's object clause past a day told aside joins its clauses (and ``taken``)."""
    for c in cands:
        obj = object_past_time(ctx, c, taken)
        if obj is not None:
            c.clauses.append(obj)
            taken.add(obj)
