"""Dead told without a number once for one act told over a list of places (round 39, helper ev6).

"كما سيطرت على جبل X ومثلث Y، وقد خلفت الاشتباكات قتلى وجرحى"، "إن عددا آخر من عناصر التنظيم قتلوا لدى قصف التحالف
لمقرات في قريتي X وY"، "شنت طائرات التحالف غارات على مدينتي X وY أسفرت عن سقوط قتلى": one act (one trigger) gives a
row per place, and the dead told once for the act without a number are ruling (4)'s several, 10, **split evenly over
the places** as ACLED distributes a summarized toll told for several locations (``figures.share``: 5/5 over two, 4/3/3
over three) — how the released files code it (tune4's two captures 5/5, tune11's two villages 5/5, tune48's three
raided places 4/3/3). Before, such rows took 10 each when the words stood in the act's own clause (the toll counted
twice) and none at all when they stood in the rest of the sentence (``figures.unnumbered_dead`` reads a sentence
only when it tells one row).

Only when the rows are every violent row told in the sentence, the sentence counts no dead with a number, and the
rows stand at distinct towns (a province's rows keep what they have, as ``merge.tolls.share_tolls`` does).
"""

from __future__ import annotations

import re
from typing import Any

from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.figures import SEVERAL, share, unnumbered_dead
from rasd.events.gates import gated
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.resources.cues import CueFile

_CUES = CueFile("ar/event_toll_cues.yaml")
_AR = r"[\u0621-\u064A\u064B-\u0652\u0640]"
#: "A number (other) of" a side's men, then a plural verb of dying (lists.number_nouns, number_others,
#: number_dying_verbs): "إن عددا آخر من عناصر التنظيم قتلوا".
_NUMBER_DIED = gated(
    re.compile(
        rf"(?<!{_AR})(?:{_CUES.alt('number_nouns')})(?:\s+(?:{_CUES.alt('number_others')}))?\s+من"
        rf"(?:\s+{_AR}+){{1,4}}?\s+(?:{_CUES.alt('number_dying_verbs')})(?!{_AR})"
    )
)


def _vague_only(c: Candidate) -> bool:
    """Whether ``c`` holds no toll or only dead told without a number (ACLED's several)."""
    return all(f.get("approx") == "vague" and not f.get("quantity") for _, f in c.fatalities)


def _told_at(c: Candidate) -> int:
    """Where ``c``'s place is told (-1: none): the order of a list's rows."""
    return c.place.start if c.place is not None else -1


def split_vague(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Dead told without a number once for the rows of one trigger told over a list of towns: ruling (4)'s 10 split
    evenly over the rows in the order their places are told (see the module)."""
    text = ctx.doc.text
    rows = [n for n, c in enumerate(cands) if c.cls.acled_type in VIOLENT and c.granularity == "discrete"]
    told_in: dict[int, set[int]] = {}
    lists: dict[tuple[int, int], set[int]] = {}
    for n in rows:
        for m in cands[n].mentions:
            told_in.setdefault(ctx.sentence_index(m.start), set()).add(n)
            lists.setdefault((m.start, m.end), set()).add(n)
    for (start, _), group in lists.items():
        if len(group) < 2:
            continue
        i = ctx.sentence_index(start)
        if told_in.get(i) != group or not all(_vague_only(cands[n]) for n in group):
            continue
        ns = sorted(group, key=lambda n: _told_at(cands[n]))
        places = [place_key(cands[n].place) if cands[n].place is not None else None for n in ns]
        if None in places or len(set(places)) < len(places) or any((cands[n].place_precision or 3) > 2 for n in ns):
            continue
        sent = ctx.sentences[i]
        if any(
            q.unit == "killed" and q.value and q.approx != "vague" and sent.start <= q.start < sent.end
            for q in ctx.doc.quantities
        ):
            continue  # dead counted with a number in the sentence: the quantities' toll, not several
        first = ns[0]
        # the dead told in this sentence (a row's several read from a sentence of its own is that row's)
        found = (
            unnumbered_dead(ctx, cands[first], first, {i: {first}}) is not None
            or _NUMBER_DIED.search(text, sent.start, sent.end) is not None
        )
        if not found:
            continue
        for k, n in enumerate(ns):
            figure: dict[str, Any] = {
                "value": share(SEVERAL, len(ns), k),
                "approx": "vague",
                "toll": SEVERAL,
                "told_for": len(ns),
            }
            cands[n].fatalities = [(cands[n].start, figure)]
    return cands
