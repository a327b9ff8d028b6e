"""(Round 38, helper ev3) A capture whose place is told back by a pronoun: the place of the clause before it.

"توجهت أفواج القوات الموالية إلى مدينة شقرة الساحلية في أبين، وسيطرت عليها من دون مقاومة"، "شنوا أمس هجوما على
مواقع للحوثيين جنوبي مأرب، سيطرت خلاله المقاومة على 3 مواقع": a capture's verb needs a place of its own clause (a
place named elsewhere is no change of hands), and its clause names none — the pronoun fused to the word right after
the verb (عليها، خلاله: event_list_cues ``capture_back_pronouns``) points back at the place its sentence's clause
before named, which is the capture's own place. Only a past verb that opens its clause (with a fused و or ف or
none), not one after a relative or an auxiliary (المدن التي سيطرت عليها، نقاط كانت قوات النظام سيطرت عليها: a place
held, an earlier capture: ``capture_back_not_after``), and the finest place of the one clause right before it, in
the same sentence (a town before its province). With no such pronoun, the place a clause that opens the sentence
fronts ("وفي تعز، التي تتجه إليها الأنظار، سيطرت المقاومة الشعبية على عدد من المباني"): the one place of that clause
when it holds nothing else but the words that front a place (في، أما، محافظة، مدينة …: event_arg_cues
``fronted_dual_openers``, ``place_kind_words``), and no clause between holds another trigger.
"""

from __future__ import annotations

import re

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.place_filters import clause_places, is_country
from rasd.events.places import place_precision
from rasd.resources.cues import CueFile, arg_cue_words
from rasd.text.normalize import normalize, normalize_word

_CUES = CueFile("ar/event_list_cues.yaml")
#: The cue a capture placed this way carries: its place is its clause's own (the events stage's place loop).
PLACE_BACK = "capture_place_back"
_END = r"(?![\u0621-\u064A])"
_BACK = re.compile(r"\s+(?:" + _CUES.alt("capture_back_pronouns") + r")" + _END)


#: The words that may stand in a fronted place's clause beside its place (وفي تعز، أما في محافظة لحج), normalized.
_FRONT_WORDS = frozenset(
    normalize(w) for w in (*arg_cue_words("fronted_dual_openers"), *arg_cue_words("place_kind_words"))
)


def place_told_back(ctx: Context, c: Candidate, taken: set[tuple[int, int]]) -> Entity | None:
    """The place a capture's pronoun points back at, or the place its sentence fronts (see the module), or None."""
    if c.cls.name not in ("capture", "recapture") or c.tense != "past":
        return None
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    if text[c.clause[0] : w0].strip():
        return None  # the verb does not open its clause
    if ctx.previous_word(w0) in _CUES.normalized("capture_back_not_after"):
        return None
    i = ctx.clause_starts.index(c.clause[0]) if c.clause[0] in ctx.clause_starts else -1
    if i <= 0 or ctx.clauses[i] != c.clause:
        return None
    if not _BACK.match(text, c.end):
        return _fronted_place(ctx, c, i, taken)
    before = ctx.clauses[i - 1]
    if before[0] < c.sentence[0]:
        return None  # the clause before is another sentence's
    places = [p for p in clause_places(ctx, *before) if not is_country(p)]
    if not places:
        return None
    return min(places, key=lambda p: (place_precision(ctx, p), c.start - p.start))


def _fronted_place(ctx: Context, c: Candidate, i: int, taken: set[tuple[int, int]]) -> Entity | None:
    """The place of a clause that opens the capture's sentence and holds nothing but it and the words that front a
    place (وفي تعز، التي تتجه إليها الأنظار، سيطرت المقاومة على عدد من المباني), when no clause between holds another
    trigger."""
    j = i
    while j > 0 and ctx.clauses[j - 1][0] >= c.sentence[0]:
        j -= 1
    if j == i or any(cl in taken for cl in ctx.clauses[j + 1 : i]):
        return None
    first = ctx.clauses[j]
    places = [p for p in clause_places(ctx, *first) if not is_country(p)]
    if len(places) != 1:
        return None
    p = places[0]
    text = ctx.doc.text
    rest = text[first[0] : p.start] + " " + text[p.end : first[1]]
    if not all(normalize_word(w) in _FRONT_WORDS for w in ctx.word_re.findall(rest)):
        return None
    return p
