"""One happening rowed under two sub-types, told with the same count of dead (round 20, helper evp).

A headline and a lead that tell the dead and what killed them by words of two classes leave two violent rows of two
sub-types with one exact count of dead: "مقتل تسعة جنود في هجوم مسلح" over "اكدت الوزارة مقتل تسعة من جنود الجيش
بعد تعرضهم لاطلاق نار" (the killing folded into the headline's armed attack, "fired at" a row of its own typed an
attack on civilians: a fresh short article of round 20), "مقتل جنديين تركيين في هجوم جديد لحزب العمال" over the
lead's roadside bomb that killed the two (a clash and a bomb: rowjudge rj214, rj215). Two such rows are one
happening when the count is two or more, no two places apart (one province, or one row placed in a country or a
region only, both in one country) and a mention of one is told in a sentence of the other's: the row with fewer
mentions folds into the other, which keeps its type, place, day and figures (:func:`fold_same_toll`). Rows of one
sub-type with one count are left to the steps before, and two provinces are two happenings (خمسة قتلى في انفجار في
بعقوبة وخمسة جنود في اشتباكات قرب بيجي)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.lexicon import EventClass
from rasd.events.merge.happening import absorb
from rasd.events.merge.retold import _count
from rasd.events.model import Candidate


def row_geo(c: Candidate) -> dict[str, Any]:
    return (c.place.geo or {}) if c.place is not None else {}


def reported_violence(c: Candidate) -> bool:
    """A discrete act of violence told as done and as its own (not another happening's): the rows the folds of a row
    into a fuller one read (duplicates, generic_bomb, list_detail)."""
    return c.cls.acled_type in VIOLENT and c.granularity == "discrete" and c.status == "reported" and not c.another


def one_place(a: Candidate, b: Candidate) -> bool:
    """No two places apart: one country (where both name it) and one province, or a row with no province."""
    ga, gb = row_geo(a), row_geo(b)
    ca, cb = ga.get("country_iso3"), gb.get("country_iso3")
    if ca and cb and ca != cb:
        return False
    pa, pb = ga.get("admin1"), gb.get("admin1")
    return not pa or not pb or pa == pb


def _sentences(ctx: Context, c: Candidate) -> set[int]:
    return {ctx.sentence_index(m.start) for m in c.mentions}


def _one_happening(ctx: Context, a: Candidate, b: Candidate) -> bool:
    n = _count(a)
    return (
        n is not None
        and a.cls.acled_type in VIOLENT
        and b.cls.acled_type in VIOLENT
        and a.cls.acled_sub_type != b.cls.acled_sub_type
        and _count(b) == n
        and one_place(a, b)
        and bool(_sentences(ctx, a) & _sentences(ctx, b))
    )


def fold_pairs(
    cands: list[Candidate], choose: Callable[[Candidate, Candidate], tuple[Candidate, Candidate, EventClass] | None]
) -> list[Candidate]:
    """Fold rows two by two until no pair folds: ``choose(a, b)`` gives ``(keep, drop, cls)`` for a pair that is one
    happening (else ``None``); ``drop``'s mentions join ``keep``, which keeps its place, day and figures and takes the
    type ``cls``. Used by :func:`fold_same_toll` and ``merge.duplicates.fold_told_toll``."""
    out = list(cands)
    found = True
    while found:
        found = False
        for a, b in itertools.combinations(out, 2):
            chosen = choose(a, b)
            if chosen is None:
                continue
            keep, drop, cls = chosen
            kept = (keep.place, keep.place_precision, keep.place_from, keep.date, list(keep.fatalities))
            absorb(keep, drop)
            keep.cls = cls
            keep.place, keep.place_precision, keep.place_from, keep.date, keep.fatalities = kept
            out.remove(drop)
            found = True
            break
    return out


def fold_same_toll(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a violent row into another of another sub-type with the same exact count of dead (two or more), no two
    places apart, a mention of each in one sentence (the module's docstring); the row with more mentions (the first
    on a tie) keeps its type, place, day and figures."""

    def choose(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate, EventClass] | None:
        if not _one_happening(ctx, a, b):
            return None
        keep, drop = (a, b) if len(a.mentions) >= len(b.mentions) else (b, a)
        return keep, drop, keep.cls

    return fold_pairs(cands, choose)
