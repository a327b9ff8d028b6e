"""One happening named again by a bare noun of attack at its town (round 34, helper mg22).

Long reports tell their main happening first and then let a ministry, an envoy or a monitor tell it again in its own
words: "وقالت وزارة الداخلية في بيان: «إن هجوما إرهابيا وقع في مدينة سوروتش …»" after the suicide bombing the lead
told at Suruc; "… والد الطفل علي الذي قتل في هجوم متعمد على منزلهم في قرية دوما في 31 يوليو" in an envoy's statement
a page after the arson at Duma. The second telling names no weapon of its own (a noun of lists.retelling_nouns of
``event_duplicate_cues.yaml``: هجوم، اعتداء، حادث، مجزرة، جريمة) and the steps before keep it as a row of its own,
typed as a clash or an attack, because its words do not match the first row's sub-type and its sentence is far
from it.

:func:`retold_by_noun` folds such a row into the first violent row of the article told at the *same town* (one
place key, a populated place, the later row placed by its own clause and typed as a bare noun is: a clash or an
attack), on the same day (one day apart at most), or, when the later telling carries its own earlier day (a
statement's "في 31 يوليو"), up to a week before the first row's. Not when the later row is "another", an aim, a
cause or recalled, a sentence kept the two apart or their doers tell two acts, both tell exact counts of dead that
differ, the later row's town is one end of a road ("بين مدينتي أجدابيا وطبرق"), the first row is an air raid (a
bare attack noun names a ground attack), or two rows of the town on two days could be the one named again. The
kept row keeps its type, place, day and figures.

Counted on fresh articles (round 34): the bare shape (same town, same day, a bare noun) met two pairs in 468 war
articles, both two happenings (a truck bomb's "هجوم بشاحنة مفخخة" under a day's "سلسلة هجمات" in Kabul: typed a
bombing, not bare; an attack on a road's checkpoint after an air raid on the town: the road and the air guards)."""

from __future__ import annotations

import re

from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.merge.clauses import kept_apart
from rasd.events.merge.doers import two_doers
from rasd.events.merge.happening import absorb_keeping, recalled
from rasd.events.merge.retold import _count, _day, _own_timex
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.resources.cues import CueFile
from rasd.text.matcher import strip_proclitics

#: A bare noun of attack, incident or crime that names no weapon (lists.retelling_nouns), normalized.
_NOUNS = CueFile("ar/event_duplicate_cues.yaml").normalized_words("retelling_nouns")
#: A word of the text.
_A_WORD = re.compile(r"[\u0621-\u064A]+")
#: How many days before the first row's day a later telling with a day of its own may date the happening.
_EARLIER_DAYS = 7
#: The sub-types a bare noun of attack is typed as when its words name no weapon (a clash, an attack on civilians).
_BARE_TYPES = frozenset({"Armed clash", "Attack"})
#: Raids from the air: a bare noun of attack does not name them again (هاجمت طائرة حربية مواقع … then "الهجوم الذي
#: استهدف بوابة الـ200 الأمنية": a ground attack of its own).
_FROM_AIR = frozenset({"Air/drone strike"})
#: A place told "between" two places (على الطريق الرابط بين مدينتي أجدابيا وطبرق) is a road, not the town.
_BETWEEN = re.compile(r"(?<![\u0621-\u064a])بين(?![\u0621-\u064a])")
#: How many characters before a place name "بين" makes it one end of a road.
_BETWEEN_CHARS = 16
#: Statuses of a row that did not happen (or not yet).
_UNREAL = frozenset({"future", "hypothetical", "denied"})


def _noun(ctx: Context, c: Candidate) -> bool:
    """Whether the row's trigger is one bare noun of lists.retelling_nouns (with a proclitic or the article)."""
    words = _A_WORD.findall(ctx.doc.text[c.start : c.end])
    return len(words) == 1 and any(stem in _NOUNS for _, stem in strip_proclitics(words[0]))


def _town(c: Candidate) -> bool:
    """Whether the row is placed at a populated place (a town, a village, a quarter), not a province or a region."""
    if c.place is None:
        return False
    return str((c.place.geo or {}).get("feature") or "").startswith("PPL")


def _between(ctx: Context, c: Candidate) -> bool:
    """Whether the row's place is named after "بين" (one end of a road or a front between two places)."""
    if c.place is None:
        return False
    return bool(_BETWEEN.search(ctx.doc.text, max(0, c.place.start - _BETWEEN_CHARS), c.place.start))


def _plain(c: Candidate) -> bool:
    return (
        c.granularity == "discrete"
        and c.cls.acled_type in VIOLENT
        and c.status not in _UNREAL
        and not (c.another or c.purpose or c.cause or recalled(c))
    )


def _days_fit(ctx: Context, first: Candidate, later: Candidate) -> bool:
    """One day (one day apart at most), or the later telling's own day up to a week before the first row's."""
    da, db = _day(first), _day(later)
    if da is None or db is None:
        return False
    gap = (da - db).days
    if abs(gap) <= 1:
        return True
    return 0 < gap <= _EARLIER_DAYS and _own_timex(ctx, later, later.sentence)


def retold_by_noun(ctx: Context, later: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The first row ``later`` tells again by a bare noun at its town (the module's docstring), or ``None``."""
    if not (_plain(later) and _noun(ctx, later) and _town(later) and later.place_from == "clause"):
        return None
    if later.cls.acled_sub_type not in _BARE_TYPES or _between(ctx, later):
        return None
    key = place_key(later.place) if later.place is not None else None
    before = [
        o
        for o in cands
        if o is not later
        and o.start < later.start
        and ctx.sentence_index(o.start) < ctx.sentence_index(later.start)
        and _plain(o)
        and o.place is not None
        and place_key(o.place) == key
    ]
    if not before:
        return None
    first = min(before, key=lambda o: o.start)
    if first.cls.acled_sub_type in _FROM_AIR:
        return None
    if any(o is not first and _days_fit(ctx, o, later) and _day(o) != _day(first) for o in before):
        return None  # (two happenings told at the town on two days: which one is named again is not told)
    if not _days_fit(ctx, first, later) or kept_apart(first, later) or two_doers(ctx, first, later):
        return None
    ca, cb = _count(first), _count(later)
    if ca is not None and cb is not None and ca != cb:
        return None
    return first


def fold_retold_noun(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a later row told by a bare noun of attack at a town into the first row told there
    (:func:`retold_by_noun`); the kept row keeps its type, place, day and figures."""
    out = list(cands)
    for c in sorted(cands, key=lambda x: x.start):
        if c not in out:
            continue
        keep = retold_by_noun(ctx, c, out)
        if keep is None:
            continue
        absorb_keeping(keep, c)
        out.remove(c)
    return out
