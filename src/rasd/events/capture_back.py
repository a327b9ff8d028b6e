"""(Round 38, helper ev3) A capture whose place is told back by a pronoun: the place of the clause before it.

"توجهت أفواج القوات الموالية إلى مدينة شقرة الساحلية في أبين، وسيطرت عليها من دون مقاومة"، "شنوا أمس هجوما على
مواقع للحوثيين جنوبي مأرب، سيطرت خلاله المقاومة على 3 مواقع": a capture's verb needs a place of its own clause (a
place named elsewhere is no change of hands), and its clause names none — the pronoun fused to the word right after
the verb (عليها، خلاله: event_list_cues ``capture_back_pronouns``) points back at the place its sentence's clause
before named, which is the capture's own place. Only a past verb that opens its clause (with a fused و or ف or
none), not one after a relative or an auxiliary (المدن التي سيطرت عليها، نقاط كانت قوات النظام سيطرت عليها: a place
held, an earlier capture: ``capture_back_not_after``), and the finest place of the one clause right before it, in
the same sentence (a town before its province).
"""

from __future__ import annotations

import re

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.place_filters import clause_places, is_country
from rasd.events.places import place_precision
from rasd.resources.cues import CueFile

_CUES = CueFile("ar/event_list_cues.yaml")
#: The cue a capture placed this way carries: its place is its clause's own (the events stage's place loop).
PLACE_BACK = "capture_place_back"
_END = r"(?![\u0621-\u064A])"
_BACK = re.compile(r"\s+(?:" + _CUES.alt("capture_back_pronouns") + r")" + _END)


def place_told_back(ctx: Context, c: Candidate) -> Entity | None:
    """The place a capture's pronoun points back at (see the module), or None."""
    if c.cls.name not in ("capture", "recapture") or c.tense != "past":
        return None
    text = ctx.doc.text
    if not _BACK.match(text, c.end):
        return None
    w0 = ctx.word_start(c.start)
    if text[c.clause[0] : w0].strip():
        return None  # the verb does not open its clause
    if ctx.previous_word(w0) in _CUES.normalized("capture_back_not_after"):
        return None
    i = ctx.clause_starts.index(c.clause[0]) if c.clause[0] in ctx.clause_starts else -1
    if i <= 0 or ctx.clauses[i] != c.clause:
        return None
    before = ctx.clauses[i - 1]
    if before[0] < c.sentence[0]:
        return None  # the clause before is another sentence's
    places = [p for p in clause_places(ctx, *before) if not is_country(p)]
    if not places:
        return None
    return min(places, key=lambda p: (place_precision(ctx, p), c.start - p.start))
