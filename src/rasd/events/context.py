"""The reading context of one document for event coding: sentences, clauses, cues and entities by position.

Everything is computed once per document and looked up by offset (:mod:`bisect`), so coding a trigger costs a few
binary searches, never a rescan of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

from rasd.document import Document, Entity, Span
from rasd.events.lexicon import cue_matcher
from rasd.resources.cues import event_cue_alt as cue_alt
from rasd.resources.cues import event_cue_words as cue_words
from rasd.text._letters import beyond_bmp, bmp_pattern
from rasd.text.matcher import cached_view, view_words
from rasd.text.normalize import normalize, normalize_word

#: Where a clause ends inside a sentence: punctuation, or a conjunction that starts a new clause (وسط after في or من
#: is "in the middle of", not "amid").
#: Round 26 (sp5): written to open with one character class (punctuation or a space, then the space's conditions), so
#: that the regex engine skips from one such character to the next instead of trying the pattern at every letter; it
#: finds what ``[،,؛;:\n]|(?<!\sفي)(?<!\sمن)\s(?=(?:openers)\s)`` found (tests/test_events_round26_speed.py).
_CLAUSE_BREAK = re.compile(
    r"[،,؛;:\s](?:(?<=[،,؛;:\n])|(?<!\sفي\s)(?<!\sمن\s)"
    r"(?=(?:" + cue_alt("clause_openers") + r")\s))"
)
#: (round 29, se1) The clause breaks of one kind only: punctuation or a line break (the first branch above).
_PUNCT_BREAK = re.compile(r"[،,؛;:\n]")
#: (round 43, sp20) The characters of :data:`_PUNCT_BREAK`'s class, each found by ``str.find`` (:func:`punct_breaks`).
_PUNCT_CHARS = "،,؛;:\n"
_PLAIN_OPENER = re.compile(r"[\u0621-\u064A]+(?: [\u0621-\u064A]+)*")


def _opener_words() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]] | None:
    """(Round 29, se1) The normalized first words of the clause openers (all of them; those that open alone; the
    second words of the others): a space breaks a clause only before a word of the first set, so the text's words,
    already read by the cue matcher, say where ``_CLAUSE_BREAK`` may match at a space. None when an opener is written
    with more than an optional و and letters and spaces (then every space is tried, as before)."""
    single: set[str] = set()
    nexts: dict[str, set[str]] = {}
    for alt in cue_words("clause_openers"):
        for form in (alt[2:], "و" + alt[2:]) if alt.startswith("و?") else (alt,):
            if not _PLAIN_OPENER.fullmatch(form):
                return None
            words = form.split(" ")
            if len(words) == 1:
                single.add(normalize(form))
            else:
                nexts.setdefault(normalize(words[0]), set()).add(normalize(words[1]))
    return (
        frozenset(single) | frozenset(nexts),
        frozenset(single),
        {k: frozenset(v) for k, v in nexts.items() if k not in single},
    )


_OPENER_WORDS = _opener_words()


def clause_spans(text: str, sentences: list[Span]) -> list[tuple[int, int]]:
    """The clauses of each sentence, in order: the pieces between the matches of ``_CLAUSE_BREAK`` (round 29, se1: the
    spaces it is tried at are only those before an opener's first word, found among the words of the text's view;
    the same clauses as ``_CLAUSE_BREAK.finditer`` over each sentence, which a test checks)."""
    clauses: list[tuple[int, int]] = []
    openers = _OPENER_WORDS
    if openers is None:
        for s in sentences:
            pos = s.start
            for br in _CLAUSE_BREAK.finditer(text, s.start, s.end):
                if br.start() > pos:
                    clauses.append((pos, br.start()))
                pos = br.end()
            if pos < s.end:
                clauses.append((pos, s.end))
        return clauses
    firsts, single, nexts = openers
    view = cached_view(text)
    words, starts = view_words(view)
    offsets = view.offsets
    last = len(words) - 1
    before: list[int] = []  # where a space before an opener may stand: the character before its first word
    for i in compress(range(len(words)), map(firsts.__contains__, words)):
        w = words[i]
        if w in single or (i < last and words[i + 1] in nexts[w]):
            before.append(offsets[starts[i]] - 1)
    punct = punct_breaks(text)
    match = _CLAUSE_BREAK.match
    for s in sentences:
        a, b = s.start, s.end
        breaks = punct[bisect_left(punct, a) : bisect_left(punct, b)]
        tried = before[bisect_left(before, a) : bisect_left(before, b)]
        if tried:
            breaks.extend(p for p in tried if match(text, p, b))
            breaks = sorted(set(breaks))
        pos = a
        for cut in breaks:
            if cut > pos:
                clauses.append((pos, cut))
            pos = cut + 1
        if pos < b:
            clauses.append((pos, b))
    return clauses


def last_word(text: str, lo: int, hi: int) -> str:
    r"""The last word of ``text[lo:hi]`` as ``_WORD`` reads the slice (``_WORD.findall(text[lo:hi])[-1]``, or "" with
    none): the run of letters (``[^\W\d_]``: ``str.isalnum`` and not ``str.isdecimal``) or of digits (``\d``:
    ``str.isdecimal``) that ends at the slice's last word character, no further back than ``lo``. Round 43 (sp20): read
    back from ``hi`` a character at a time (a space and a word, most often), not every word of the slice by the regex
    (:meth:`Context.previous_word`, ~7,000 calls per 1,000 articles)."""
    k = hi
    while k > lo and not text[k - 1].isalnum():
        k -= 1
    if k == lo:
        return ""
    end = k
    digits = text[k - 1].isdecimal()
    while k > lo and text[k - 1].isalnum() and text[k - 1].isdecimal() == digits:
        k -= 1
    return text[k:end]


def punct_breaks(text: str) -> list[int]:
    """The offsets of ``text``'s punctuation breaks, in order: the starts of ``_PUNCT_BREAK.finditer(text)`` (round 43,
    sp20: each of its six characters found by ``str.find``, then the offsets sorted — a search in C per character,
    ~45 of them in a text; half the time of the regex's scan of every character and a match object a break)."""
    out: list[int] = []
    add, find = out.append, text.find
    for ch in _PUNCT_CHARS:
        i = find(ch)
        while i >= 0:
            add(i)
            i = find(ch, i + 1)
    out.sort()
    return out


#: Words before a place that make it the scene of what is told (في إدلب، قرب حلب، ريف حماة …), normalized.
_LOCATIVE_WORDS = " ".join(cue_words("locative"))
_LOCATIVE = frozenset(normalize(w) for w in _LOCATIVE_WORDS.split(" "))
_WORD = re.compile(r"[^\W\d_]+|\d+")
#: (round 34, sp14) ``_WORD`` with its letters spelled out (``rasd.text._letters``): the same words in a text with no
#: character beyond the BMP, in half the time (a set of ranges, not two questions to the Unicode database a character)
_WORD_BMP = re.compile(bmp_pattern(_WORD.pattern))
#: A timex value that names a day.
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Nouns written before an actor's name that are not part of it (تنظيم «داعش»، جماعة الحوثي), normalized.
_DESCRIPTORS = frozenset(normalize(w) for w in cue_words("name_descriptors"))
#: Entity types read as places (with a country in their ``geo``) and as names.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_NAME_TYPES = frozenset({"ORG", "PER", "MISC"})


@dataclass(slots=True)
class Context:
    """Lookups over one document."""

    doc: Document
    sentences: list[Span]
    sent_starts: list[int]
    clauses: list[tuple[int, int]]
    clause_starts: list[int]
    cues: dict[str, list[int]]  # cue list name -> sorted start offsets
    cue_ends: dict[str, list[int]]
    needs: dict[int, list[int]]
    places: list[Entity]
    actors: list[Entity]
    place_starts: list[int] = field(default_factory=list)
    actor_starts: list[int] = field(default_factory=list)
    block_of: list[tuple[int, int]] = field(default_factory=list)
    names: list[Entity] = field(default_factory=list)
    name_starts: list[int] = field(default_factory=list)
    focus_country: str | None = None
    #: per-document answers of ``place_filters.clause_places``' filters, by (id of a place of ``places``, venues):
    #: each place is asked about once, not once per clause that holds it (round 20)
    scenes: dict[tuple[int, bool], bool] = field(default_factory=dict)
    #: round 26 (sp5): :meth:`previous_word` and :meth:`word_start` by offset (each offset is asked about ~5 and ~10
    #: times per document: 22,000 and 48,000 calls for 4,600 offsets per 300 articles); the text never changes
    prev_words: dict[int, str] = field(default_factory=dict)
    word_starts: dict[int, int] = field(default_factory=dict)
    #: the sorted starts of the timexes that name a day (:meth:`day_named`; read at the first question)
    day_starts: list[int] | None = None
    #: round 26 (sp5): per-document answers of other modules' pure readings of the text, by a key of their own that
    #: starts with the reading's name (``("reference_point", offset)``); one document's questions at most
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    #: (round 34, sp14) the regex that reads the words of the document: ``_WORD``, or ``_WORD_BMP`` when the document
    #: has no character beyond the BMP (:func:`build_context`)
    word_re: re.Pattern[str] = _WORD

    # ------------------------------------------------------------------------------------------ positions
    def sentence(self, offset: int) -> Span:
        i = bisect_right(self.sent_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return Span(max(0, offset), min(len(self.doc.text), offset + 1))

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def clause(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.clause_starts, offset) - 1
        if i >= 0 and self.clauses[i][0] <= offset < self.clauses[i][1]:
            return self.clauses[i]
        s = self.sentence(offset)
        return s.start, s.end

    def block(self, offset: int) -> tuple[int, int]:
        for start, end in self.block_of:
            if start <= offset < end:
                return start, end
        s = self.sentence(offset)
        return s.start, s.end

    def has(self, name: str, start: int, end: int) -> bool:
        """Whether a cue of list ``name`` starts in ``[start, end)``."""
        starts = self.cues.get(name)
        if not starts:
            return False
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def positions(self, name: str, start: int, end: int) -> list[int]:
        starts = self.cues.get(name, [])
        return starts[bisect_left(starts, start) : bisect_left(starts, end)]

    def covering(self, name: str, start: int, end: int) -> bool:
        """Whether a cue of list ``name`` covers the span ``[start, end)``."""
        starts, ends = self.cues.get(name, []), self.cue_ends.get(name, [])
        i = bisect_right(starts, start)
        return any(ends[j] >= end for j in range(max(0, i - 3), i))

    def need_met(self, index: int, start: int, end: int) -> bool:
        starts = self.needs.get(index)
        if not starts:
            return False
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def places_in(self, start: int, end: int) -> list[Entity]:
        return self.places[bisect_left(self.place_starts, start) : bisect_left(self.place_starts, end)]

    def names_in(self, start: int, end: int) -> list[Entity]:
        """Person and organisation names starting in ``[start, end)``."""
        return self.names[bisect_left(self.name_starts, start) : bisect_left(self.name_starts, end)]

    def inside_actor(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside an actor's name (وزارة الدفاع التركية holds no place of its own)."""
        i = bisect_right(self.actor_starts, start)
        return any(self.actors[j].end >= end for j in range(max(0, i - 3), i))

    def actors_in(self, start: int, end: int) -> list[Entity]:
        return self.actors[bisect_left(self.actor_starts, start) : bisect_left(self.actor_starts, end)]

    # ------------------------------------------------------------------------------------------ words
    def words_between(self, start: int, end: int) -> int:
        return len(self.word_re.findall(self.doc.text[start:end]))

    def previous_word(self, offset: int) -> str:
        """The normalized word before ``offset`` (the clitics fused to the word at ``offset`` count as one)."""
        hit = self.prev_words.get(offset)
        if hit is not None:
            return hit
        text = self.doc.text
        j = offset
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if j < offset:  # a proclitic fused to the word at offset: بـ، لـ …
            hit = normalize_word(text[j:offset])
        else:
            word = last_word(text, max(0, offset - 40), offset)
            hit = normalize_word(word) if word else ""
        self.prev_words[offset] = hit
        return hit

    def day_named(self, start: int, end: int) -> bool:
        """Whether a date or time expression that names a day (its value opens with YYYY-MM-DD) starts in
        ``[start, end)``."""
        days = self.day_starts
        if days is None:  # round 26 (sp5): their starts read once per document, then one binary search per question
            days = self.day_starts = sorted(
                x.start for x in self.doc.timexes if x.type in ("DATE", "TIME") and _A_DAY.match(str(x.value or ""))
            )
        i = bisect_left(days, start)
        return i < len(days) and days[i] < end

    def word_start(self, offset: int) -> int:
        """Where the word holding ``offset`` starts, its fused proclitics included (لطيران → ل)."""
        j = self.word_starts.get(offset)
        if j is not None:
            return j
        text = self.doc.text
        j = offset
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        self.word_starts[offset] = j
        return j

    def actor_previous_word(self, offset: int) -> str:
        """The word before an actor's name, past a descriptor written before it (ضد تنظيم «الدولة» → ضد)."""
        prev = self.previous_word(offset)
        for k in (1, 2):
            if len(prev) > k + 2 and prev[:k] in ("و", "ف", "ب", "ل", "ول", "لل", "ال") and prev[k:] in _DESCRIPTORS:
                return prev[:k]  # "مواقع لتنظيم «داعش»": the descriptor's proclitic (ل) is what stands before
        if prev in _DESCRIPTORS:
            text = self.doc.text
            j = offset
            while j > 0 and not text[j - 1].isalpha():
                j -= 1
            words = list(_WORD.finditer(text, max(0, j - 60), j))
            if len(words) >= 2:
                return self.previous_word(words[-1].start())
        return prev

    def locative(self, ent: Entity) -> bool:
        prev = self.previous_word(ent.start)
        return prev in _LOCATIVE or prev in {"ب", "وب", "فب", "بال", "وبال", "ل", "لل"}


def doc_holds(ctx: Context, name: str, pieces: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether one of ``pieces`` (normalized strings) is written anywhere in the document's normalized text, asked once
    per document and ``name`` (``ctx.memo``; round 34's sp14 wrote it for one rule of ``coding.triggers``). ``name``
    names the list in the memo; the list's :func:`_cover` is kept under the list itself.

    :func:`normalize` folds each character on its own, so what it makes of any stretch of the text is a piece of what
    it makes of the whole text, the document's normalized view: a rule that needs one of ``pieces`` in the normalized
    words of a window round a trigger (a word, or the word less its proclitics) finds nothing in a document that has
    none of them anywhere, and need not cut and normalize the window for each trigger (round 39, sp9: the rules of
    ``coding.status`` that read such a list behind this gate). The view is searched for the list's few covering
    strings first (one search, not one per word of the list, where the document holds none); where it holds some, only
    the pieces that hold one of those are searched for (round 41, sp16: a piece with none of them is in no text that
    lacks them all)."""
    key = ("doc_holds", name)
    hit = ctx.memo.get(key)
    if hit is None:
        text = cached_view(ctx.doc.text).text
        cover = _COVERS.get(pieces)
        if cover is None:
            cover = _COVERS[pieces] = _covered_by(pieces)
        hit = ctx.memo[key] = any(p in text for c, held in cover if c in text for p in held)
    return bool(hit)


#: :func:`doc_holds`' covering strings, each with the pieces that hold it, by the list (round 39, sp9: the rules'
#: lists, a few dozen at most).
_COVERS: dict[frozenset[str] | tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]] = {}


def _covered_by(pieces: Collection[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """:func:`_cover`'s strings of ``pieces``, each with the pieces that hold it."""
    return tuple((c, tuple(p for p in sorted(set(pieces)) if c in p)) for c in _cover(pieces))


def _cover(pieces: Collection[str], size: int = 4) -> tuple[str, ...]:
    """A few strings one of which every piece holds (a string of ``size`` characters of a piece, or the piece when it
    is shorter), chosen greedily, the one held by the most pieces not yet covered first (ties: the first in sorted
    order, a string with no space before one with a space): تعرض for every form of تعرض. A text that holds a piece
    holds one of them."""
    left = sorted(set(pieces))
    cover: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for p in left:
            for sub in {p[i : i + size] for i in range(max(1, len(p) - size + 1))}:
                counts[sub] = counts.get(sub, 0) + 1
        best = min(counts, key=lambda sub: (-counts[sub], " " in sub, sub))
        cover.append(best)
        left = [p for p in left if best not in p]
    return tuple(cover)


def build_context(doc: Document) -> Context:
    """Index ``doc`` for event coding."""
    text = doc.text
    view = cached_view(text)
    # every cue match, overlapping ones included, grouped by its list without building the matches (round 26)
    cues: dict[str, list[int]] = {}
    cue_ends: dict[str, list[int]] = {}
    for name, (starts, ends) in cue_matcher().spans_by_value(view).items():
        cues[name] = starts
        cue_ends[name] = ends
    needs: dict[int, list[int]] = {}
    for name, starts in list(cues.items()):
        if name.startswith("need:"):
            needs[int(name[5:])] = starts
    by_start = attrgetter("start")  # (round 30, se2: C-level keys, not a lambda per sentence or entity)
    sentences = sorted(doc.sentences, key=by_start) or [Span(0, len(text))]
    clauses = clause_spans(text, sentences)
    # (round 31, sp11) the places, actors and names in one pass over the entities, then each list sorted (a stable
    # sort of each filtered list, as the three filters over the sorted entities gave), and the focus country counted
    # in a dict: the same lists and country as three generator passes and a Counter, ~0.1 ms less per document
    places: list[Entity] = []
    actors: list[Entity] = []
    names: list[Entity] = []
    add_place, add_actor, add_name = places.append, actors.append, names.append
    for e in doc.entities:
        kind = e.type
        geo = e.geo
        if geo and kind in _PLACE_TYPES and geo.get("country_iso3"):
            add_place(e)
        if e.acled or e.inter is not None:
            add_actor(e)
        if kind in _NAME_TYPES:
            add_name(e)
    places.sort(key=by_start)
    actors.sort(key=by_start)
    names.sort(key=by_start)
    blocks = sorted((b.start, b.end) for b in doc.blocks if b.end > b.start)
    return Context(
        doc=doc,
        sentences=sentences,
        sent_starts=list(map(by_start, sentences)),
        clauses=clauses,
        clause_starts=[c[0] for c in clauses],
        cues=cues,
        cue_ends=cue_ends,
        needs=needs,
        places=places,
        actors=actors,
        place_starts=list(map(by_start, places)),
        actor_starts=list(map(by_start, actors)),
        block_of=blocks,
        names=names,
        name_starts=list(map(by_start, names)),
        focus_country=_focus_country(places),
        word_re=_WORD if beyond_bmp(text) else _WORD_BMP,
    )


def _focus_country(places: list[Entity]) -> str | None:
    """The country most of ``places`` (sorted, every one with a country) lie in: of the populated places and
    divisions, else of them all; a tie goes to the country counted first (as ``Counter.most_common(1)``)."""
    counts: dict[str, int] = {}
    for e in places:
        geo = e.geo
        if geo and str(geo.get("feature", "")).startswith(("PPL", "ADM")):
            key = str(geo["country_iso3"])
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        for e in places:
            if e.geo:
                key = str(e.geo["country_iso3"])
                counts[key] = counts.get(key, 0) + 1
    return max(counts.items(), key=itemgetter(1))[0] if counts else None
