"""A definite noun of fighting told at a scene of its own (round 42, helper ev14).

Short round-ups of a front tell each fight by its dead and its place: "بمقتل 15 مسلحا … خلال اشتباكات ضارية اندلعت
قرب جبل صبر"، then "إن خمسة قتلى سقطوا في المواجهات التي دارت في قرية الأقروض بمديرية المسراخ". The second noun
is definite because a relative clause describes it, not because it names the fight told before: the steps that fold
a definite noun into an event told before (``rasd.stages.events``: the anaphor's ``kin``, and ``same_happening``'s
retelling at another place) took the second fight, its place and its dead into the first row.

:func:`own_scene` says a definite noun tells a scene of its own: a relative pronoun and a verb of witnessing or
taking place right after it (lists.own_scene_relatives, own_scene_verbs of ``event_merge_cues.yaml``), its place read
from its own clause and named within sixty characters after it, and its own dead or wounded. Such a noun is not
folded into an event told at another place (the caller compares the places)."""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.resources.cues import EVENT_MERGE_CUES

#: The relative clause right after the noun: a relative pronoun, then a verb of witnessing or taking place.
_SCENE = re.compile(
    r"\s*(?:"
    + EVENT_MERGE_CUES.alt("own_scene_relatives")
    + r")\s+(?:"
    + EVENT_MERGE_CUES.alt("own_scene_verbs")
    + r")(?![\u0621-\u064A])"
)
#: How far after the noun its place may be named.
_SCENE_CHARS = 60


def own_scene(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` is a definite noun told at a scene of its own ("سقطوا في المواجهات التي دارت في قرية الأقروض"):
    its relative clause, its own place in its clause and its own dead or wounded."""
    if not c.definite or c.tense != "noun" or c.place is None or c.place_from != "clause":
        return False
    if not (c.fatalities or c.injured):
        return False
    if not 0 < c.place.start - c.end <= _SCENE_CHARS:
        return False
    return _SCENE.match(ctx.doc.text, c.end, c.place.start) is not None
