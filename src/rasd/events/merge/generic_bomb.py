"""An attack named by a bare word at a region, and the bomb of that attack told in the same sentence (round 32, bg3).

A report often names its news by a word of attack that says nothing of the weapon, placed in a region or the
country ("مقتل اثنين وإصابة ثلاثة من رجال الشرطة في هجوم إرهابي بسيناء"), and goes on, in the same sentence, with
what the attack was: a bomb that went off at a town of that region ("… وأوضح بيان للداخلية أنه أثناء سير إحدى
المدرعات بشارع … في العريش انفجرت بها عبوة ناسفة"). The words of attack give a clash row at the region and the bomb a
row at its town: one happening, two rows.

:func:`fold_generic_bomb` folds the row of the bare word into the bomb's when

* the bare word's row is told by a word of attack or of dying alone (هجوم، اعتداء، مقتل; no weapon named), placed in a
  country or a region of it (no province) or nowhere;
* the other row is an explosion or a strike from afar, placed in a province of that country (a place the region
  holds), and a mention of each stands in one sentence;
* their days meet (one day, or either undated), neither is told as another happening (هجوم آخر).

The bomb's row keeps its type, place and day; it takes the bare word's count of dead where it tells none."""

from __future__ import annotations

from typing import Any

from rasd.events.context import Context
from rasd.events.lexicon import EventClass
from rasd.events.merge.areas import covers
from rasd.events.merge.same_toll import fold_pairs, reported_violence
from rasd.events.model import Candidate


def _coarse(c: Candidate) -> bool:
    """Placed nowhere, or in a country or a region of it (no province)."""
    return c.place is None or not (c.place.geo or {}).get("admin1")


def _sentences(ctx: Context, c: Candidate) -> set[int]:
    return {ctx.sentence_index(m.start) for m in c.mentions} | {ctx.sentence_index(c.start)}


def bare_attack(ctx: Context, c: Candidate) -> bool:
    """A row told by a word of attack or of dying alone, with no weapon named (no ``means:`` cue)."""
    from rasd.events.merge.duplicates import _generic  # (duplicates imports this module)

    return (
        c.cls.acled_type != "Explosions/Remote violence"
        and _generic(ctx, c)
        and not any(q.startswith("means:") for q in c.cues)
    )


def bomb_of(ctx: Context, word: Candidate, bomb: Candidate) -> bool:
    """Whether ``bomb`` is the explosion the bare word ``word`` names (the module's docstring)."""
    from rasd.events.merge.duplicates import _days_meet  # (duplicates imports this module)

    if not (reported_violence(word) and reported_violence(bomb)) or bomb.cls.acled_type != "Explosions/Remote violence":
        return False
    if not bare_attack(ctx, word) or not _coarse(word) or bomb.place is None:
        return False
    if not (bomb.place.geo or {}).get("admin1"):
        return False
    if word.place is not None and not covers(word.place, bomb.place):
        return False
    return _days_meet(word, bomb) and bool(_sentences(ctx, word) & _sentences(ctx, bomb))


def fold_generic_bomb(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a bare word's row into the bomb its sentence tells (:func:`bomb_of`): the bomb's row keeps its type, place
    and day, and takes the bare word's count of dead where it has none."""
    tolls: dict[int, tuple[Candidate, list[tuple[int, dict[str, Any]]]]] = {}

    def choose(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate, EventClass] | None:
        for word, bomb in ((a, b), (b, a)):
            if bomb_of(ctx, word, bomb):
                if not bomb.fatalities and word.fatalities:
                    tolls[id(bomb)] = (bomb, list(word.fatalities))
                return bomb, word, bomb.cls
        return None

    out = fold_pairs(cands, choose)
    for bomb, figures in tolls.values():
        if not bomb.fatalities:
            bomb.fatalities = figures
    return out
