"""Clitic-aware lexicon matching on the normalized view, returning spans of the source text.

Every lexicon-based stage (places, actors, dates, event triggers) finds its entries with :class:`LexiconMatcher`.

How an entry matches (all comparisons on :func:`rasd.text.normalize.normalize` forms, so hamza/alef forms,
alef maqsura, teh marbuta, diacritics, tatweel and Arabic-Indic digits never matter):

* Text and entries are cut into words (runs of letters, runs of digits). A match covers whole words: it never
  starts or ends inside a word, except that proclitics may be stripped from the front of its **first** word.
* Between the words of a multi-word entry the text may have any run of spaces, hyphens or underscores
  (``#ريف_حماة`` matches ``ريف حماة``), but not a line break or other punctuation; punctuation written inside
  the entry itself (``U.S.``) must appear in the text too.
* Proclitics: an optional conjunction (و ف), then an optional preposition (ب ل ك), then an optional definite
  article (ال); ل + ال is written لل. So و، ف، ب، ل، ك، وب، فب، ول، فل، وك، فك، ال، وال، فال، بال، كال، لل،
  وبال، فبال، وكال، ولل، فلل … The stem left after stripping must keep at least two letters.
* The definite article (``article_optional=True``, the default):

  - an entry written **without** ال (``حماة``, ``مدينة``) also matches the word with the article, alone or
    after other proclitics: ``المدينة``, ``بالمدينة``, ``للمدينة``;
  - an entry written **with** ال (``الغوطة الشرقية``) needs the article in the text, which may be fused with a
    preposition: ``الغوطة``, ``والغوطة``, ``بالغوطة``, ``للغوطة`` (ل + ال) — but never ``غوطة`` or ``بغوطة``.
    Before a stem that starts with ل the fused form loses one more lam (``للاذقية`` = ل + ``اللاذقية``), and
    that spelling matches too.

  With ``article_optional=False`` the text has the article exactly when the entry does.
* The span of a match is the stem as it stands in the text: ``المدينة`` in ``بالمدينة`` for an entry
  ``المدينة`` (fewest letters stripped), but ``غوطة الشرقية`` in ``للغوطة الشرقية`` (the article's alef is not
  written there); :attr:`Match.prefix_start` gives the whole word.
* Ambiguity: at each word the reading that strips the fewest letters wins among matches of the same length (so
  ``لبنان``, ``بلدة``, ``فرنسا``, ``وادي`` stay whole when they are entries), the longest match wins over
  shorter ones, matches are taken leftmost first and, by default, do not overlap. Entries that normalize to the
  same key are all returned at that span, in the order they were given (a lexicon may be ambiguous; the caller
  decides).
* Words inside URLs (``https://…``, ``t.co/…``) are never matched.

Speed: entries are indexed by their first word (and, for entries with ال, by the word without it); each distinct
text word's proclitic readings are computed once and cached, so a text costs one regex pass, a dict lookup per
word and a comparison for each candidate continuation (see ``benchmarks/bench_text.py``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import is_, itemgetter
from sys import intern
from typing import Any, Generic, TypeVar

from rasd.errors import ConfigError
from rasd.text._letters import beyond_bmp, bmp_pattern
from rasd.text.cache import shrink_to_most_used as _shrink
from rasd.text.normalize import NormalizedView, normalize, normalize_view, normalize_word
from rasd.text.segment import find_urls

V = TypeVar("V")

_ARTICLE = "ال"
#: Minimum letters a stem keeps after its proclitics are stripped.
_MIN_STEM = 2
#: Word readings cached per matcher; when full, the most seen half stays (see :func:`evict_least_seen`). 60,000 was
#: chosen by an A/B on 3,000 articles (docs/measurements.md: 11 MB less than 200,000, about 1% more time); lowered to
#: 40,000 when a whole-corpus `rasd batch` worker reached 302 MB (target 300) after round 7 added lexicon entries.
_CACHE_LIMIT = 40_000
#: Word types whose counts :data:`_SEEN` keeps; past it the most seen half stays, their counts halved. (Round 38,
#: mem2) 84,000, not 100,000: a str-keyed dict holds at most 87,381 entries in a 2**17-slot table (1.8 MB) and moves
#: to 2**18 slots (3.7 MB) past that, so the last 13 % of the old bound cost half the Counter; one text's new words
#: (a few thousand at most) fit between 84,000 and 87,381 before the shrink. Output never depends on it.
_SEEN_LIMIT = 84_000
#: One text in this many (by its number of words) is counted in :data:`_SEEN` (see :func:`_count_seen`).
_SEEN_SAMPLE = 4
#: How often each normalized word was seen in the texts matched so far (counted once per text, in C); the word
#: caches of this module keep the most seen words when they are full, so في، من، قال are never recomputed.
_SEEN: Counter[str] = Counter()

_WORD_RE = re.compile(r"[^\W\d_]+|\d+")
_WORD_SPLIT_RE = re.compile(r"([^\W\d_]+|\d+)")
#: (round 29, sq1) the same with its letters spelled out (``rasd.text._letters``), for a text with no character
#: beyond the BMP: the same parts, ``re.split`` over the bench's 1,000 normalized texts 0.18 → 0.13 s
_WORD_SPLIT_BMP_RE = re.compile(bmp_pattern(_WORD_SPLIT_RE.pattern))
#: Characters allowed between the words of a multi-word match (besides what the entry itself has there).
_GAP_DELETE = str.maketrans("", "", " \t\u00a0\u2009\u200a\u202f-\u2010\u2011")


def _build_prefixes() -> dict[str, tuple[tuple[str, bool], ...]]:
    """All proclitic strings, grouped by their first letter, shortest first: ``{"و": (("و", False), ...)}``."""
    found: dict[str, bool] = {}
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            for art in ("", _ARTICLE):
                surface = conj + ("لل" if prep == "ل" and art else prep + art)
                if surface:
                    found[surface] = bool(art)
    by_char: dict[str, list[tuple[str, bool]]] = {}
    for surface, has_article in sorted(found.items(), key=lambda kv: (len(kv[0]), kv[0])):
        by_char.setdefault(surface[0], []).append((surface, has_article))
    return {c: tuple(v) for c, v in by_char.items()}


_PREFIXES = _build_prefixes()
#: (round 29, se1) Every proclitic string (و، بال، ولل …) and the letters they start with: a reading of a word strips
#: one of them (or none) from its front, so a word has one only when a suffix left by one is a first word of an entry.
_PROCLITICS = frozenset(p for group in _PREFIXES.values() for p, _ in group)
_PROCLITIC_FIRSTS = frozenset(_PREFIXES)


def _count_seen(words: list[str]) -> None:
    """Count one text's words in :data:`_SEEN` (bounded: past the limit the most seen half stays, halved).

    Only a sample of the texts is counted: those whose number of words is a multiple of :data:`_SEEN_SAMPLE` (a
    property of the text, not of the order texts come in). The counts only rank the words when a cache is full, and
    a sample ranks the frequent words as the whole does: on 1,000 articles counting took 0.33 s CPU, sampled 0.07 s,
    for 6% more readings computed again (each mostly one suffix test) and 7% more number-word analyses
    (docs/measurements.md, round 18). What any cache holds is a pure function of its word: output never depends on it.
    """
    if len(words) % _SEEN_SAMPLE:
        return
    _SEEN.update(map(intern, words))  # (round 31, mem1) interned: the caches' keys are one string per word type
    if len(_SEEN) > _SEEN_LIMIT:
        _shrink(_SEEN, _SEEN, _SEEN_LIMIT // 2)
        for w, c in _SEEN.items():
            _SEEN[w] = c // 2 or 1


def evict_least_seen(cache: MutableMapping[str, Any], keep: int) -> None:
    """Shrink a word cache in place to its ``keep`` most seen words (by :data:`_SEEN`; unseen words go first).

    What replaces clearing a full cache wholesale: the frequent words stay and only the rare ones are computed
    again when they come back.
    """
    _shrink(cache, _SEEN, keep)


class StemEnds:
    """What the stems of a lexicon end in, to tell a word none of whose proclitic readings can be one of them.

    Every reading of :func:`strip_proclitics` is a suffix of the (normalized) word, so a stem of three letters or more
    ends the word in its last three letters and a shorter stem is its last two or last letter. ``may_end(word)`` is
    False when neither holds: no reading of ``word`` is a stem (True does not say that one is). Most word types of a
    news text fail it, and their readings need not be computed (round 27, sp7: the time and quantities lexicons).
    """

    __slots__ = ("short", "tails")

    def __init__(self, stems: Iterable[str]) -> None:
        stems = set(stems)
        self.tails = frozenset(s[-3:] for s in stems if len(s) >= 3)
        self.short = frozenset(s for s in stems if len(s) < 3)

    def may_end(self, word: str) -> bool:
        return word[-3:] in self.tails or word[-2:] in self.short or word[-1:] in self.short


#: ``strip_proclitics`` per word type (the function is pure; callers get a fresh list each time). 30,000 (the most
#: seen half kept when full) rather than 100,000: ~20 MB less on a long batch (docs/measurements.md#memory).
_STRIPPED: dict[str, tuple[tuple[str, str], ...]] = {}
_STRIPPED_LIMIT = 30_000


def strip_proclitics(word: str) -> list[tuple[str, str]]:
    """Candidate ``(prefix, stem)`` readings of a word, the reading that strips fewest letters first.

    The word is normalized first; the first reading is always ``("", word)``. Stems keep at least two letters.

    Example:
        >>> strip_proclitics("وبالمدينة")
        [('', 'وبالمدينه'), ('و', 'بالمدينه'), ('وب', 'المدينه'), ('وبال', 'مدينه')]

    Args:
        word: one word (with or without diacritics).

    Returns:
        The readings; prefixes are normalized proclitic strings such as ``"وبال"`` or ``"لل"``.
    """
    hit = _STRIPPED.get(word)
    if hit is None:
        w = normalize_word(word)
        readings = [("", w)]
        for prefix, _ in _PREFIXES.get(w[:1], ()):
            if len(w) - len(prefix) >= _MIN_STEM and w.startswith(prefix):
                readings.append((prefix, intern(w[len(prefix) :])))
        hit = tuple(readings)
        if len(_STRIPPED) >= _STRIPPED_LIMIT:
            evict_least_seen(_STRIPPED, _STRIPPED_LIMIT // 2)
        _STRIPPED[intern(word)] = hit
    return list(hit)


# Hashable and compared by value as a frozen dataclass is, but built 4x cheaper (no frozen __setattr__ per field;
# ~270,000 matches per 1,000 articles): treat it as immutable.
@dataclass(slots=True, unsafe_hash=True)
class Match(Generic[V]):
    """One lexicon match (read-only by convention).

    Attributes:
        start: source offset of the matched stem (proclitics excluded: ``إدلب`` in ``بإدلب``).
        end: source offset just after the match.
        value: the payload given with the entry.
        key: the normalized entry that matched (words joined by one space).
        prefix: the normalized proclitics that were stripped, ``""`` if none.
        prefix_start: source offset where the first word, proclitics included, starts.
    """

    start: int
    end: int
    value: V
    key: str
    prefix: str
    prefix_start: int


class _Node(Generic[V]):
    """A node of the word trie: the entries that end here and the words that may follow."""

    __slots__ = ("article", "children", "key", "values")

    def __init__(self, key: str, article: bool) -> None:
        self.key = key  # normalized words so far, joined by one space
        self.article = article  # the first word starts with the definite article
        self.values: list[V] = []  # payloads of the entries ending here, in the order given
        self.children: dict[str, _Node[V]] = {}


# A reading of one text word that starts some entry: (prefix, article mismatch 0/1, trie node of the stem).
_Reading = tuple[str, int, _Node[V]]


def _child_key(gap_core: str, word: str) -> str:
    """Trie key of a word after the first: the word, preceded by the punctuation in its gap if any."""
    return word if not gap_core else f"{gap_core}\x1f{word}"


def _best_entries(
    found: list[tuple[int, int, int, str, _Node[V]]],
) -> list[tuple[int, int, int, str, _Node[V]]]:
    """Of the entries found at one word (:func:`_entries_at`), one per node — the shortest prefix, then the least
    rank — longest first (one entry: as it is). Shared by ``_overlapping`` and ``spans_by_value`` (round 34)."""
    if len(found) == 1:
        return found
    best: dict[int, tuple[int, int, int, str, _Node[V]]] = {}
    for cand in found:
        k = id(cand[4])
        if k not in best or cand[1:3] < best[k][1:3]:
            best[k] = cand
    return sorted(best.values(), key=lambda c: (-c[0], c[1], c[2]))


def _entries_at(
    readings: Sequence[tuple[str, int, _Node[V]]],
    i: int,
    w0: int,
    offsets: Sequence[int],
    words: Sequence[str],
    gaps: Sequence[str],
    last_word: int,
) -> list[tuple[int, int, int, str, _Node[V]]]:
    """The entries that start with word ``i`` (at ``w0`` in the view) through its ``readings``, as candidates
    ``(index of the entry's last word, prefix length, article mismatch, prefix, node)``: each reading's own node if it
    ends an entry, then every longer entry that the next words continue (a space, or a gap of joiners, between them;
    never across a line break)."""
    found: list[tuple[int, int, int, str, _Node[V]]] = []
    for prefix, mismatch, node in readings:
        plen = len(prefix)
        if plen and offsets[w0 + plen] == offsets[w0 + plen - 1]:
            continue  # the stem would start inside one source character (a ligature such as ﻻ)
        j = i
        if node.values:
            found.append((j, plen, mismatch, prefix, node))
        children = node.children
        while children and j < last_word:
            gap = gaps[j]
            j += 1  # the next word (j is read only when it continues the entry)
            if gap == " ":
                child = children.get(words[j])
            elif "\n" in gap:
                break
            else:
                child = children.get(_child_key(gap.translate(_GAP_DELETE), words[j]))
            if child is None:
                break
            if child.values:
                found.append((j, plen, mismatch, prefix, child))
            children = child.children
    return found


def _split_entry(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of an entry and what stands between them (less the joiners a text may have there)."""
    parts = text.split(" ")
    if all(map(str.isalpha, parts)):  # (round 29, se1) letters and single spaces: most entries, without the regex
        return tuple(parts), ("",) * (len(parts) - 1)
    return _split_entry_regex(text)


def _split_entry_regex(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`_split_entry` for any entry: runs of letters and runs of digits, and the characters between them."""
    words: list[str] = []
    gaps: list[str] = []
    last = -1
    for m in _WORD_RE.finditer(text):
        if last >= 0:
            gaps.append(text[last : m.start()].translate(_GAP_DELETE))
        words.append(m.group())
        last = m.end()
    return tuple(words), tuple(gaps)


@dataclass(frozen=True, slots=True)
class _Analysis:
    """The words of a normalized text: strings, start and end offsets in the view, the distinct words, and the
    characters of the view between each word and the next (``gaps[i]`` = ``text[ends[i]:starts[i + 1]]``).

    The distinct words and the gaps are read by every matcher that runs over the text (five lexicons per document):
    made once here instead of a ``set(words)`` and a slice per trie step in each ``find_all`` (round 23).
    """

    words: list[str]
    starts: list[int]
    ends: list[int]
    types: frozenset[str]
    gaps: list[str]
    #: (round 33) the text's rows in each :class:`SharedReadings` table that read it, by the table (kept with the
    #: analysis, so that they live as long as it does)
    readings: dict[SharedReadings, _TextRows] = field(default_factory=dict, compare=False, repr=False)


#: The analyses of the few most recently used normalized texts, by the text itself: stages that build their own view of
#: the same text (or of the same title or sentence) share one analysis (by the view's identity, 3,098 of 3,614
#: analyses per 300 articles were of a text analysed before).
_ANALYSES: dict[str, _Analysis] = {}


def _analyze(view: NormalizedView) -> _Analysis:
    """Words of ``view.text`` outside URLs (memoized for the few most recent texts).

    One C-level ``re.split`` and ``accumulate`` instead of a Python loop over matches: this is most of the cost
    of matching a text, so it is worth the indirection.
    """
    key = text = view.text
    hit = _ANALYSES.pop(key, None)
    if hit is not None:
        _ANALYSES[key] = hit  # the most recently used last: the document's text outlives its titles and sentences
        return hit
    urls = find_urls(text)
    if urls:  # blank out URLs (same length, so offsets hold)
        pieces: list[str] = []
        last = 0
        for us, ue in urls:
            pieces.append(text[last:us])
            pieces.append(" " * (ue - us))
            last = ue
        pieces.append(text[last:])
        text = "".join(pieces)
    split = _WORD_SPLIT_RE.split if beyond_bmp(text) else _WORD_SPLIT_BMP_RE.split
    parts = split(text)  # [gap, word, gap, word, ..., gap]
    bounds = list(accumulate(map(len, parts)))
    # (round 32, sp12) the words interned: the same string object as the key every word cache holds for it (round 31,
    # mem1), so a hit in the caches that later look the words up (the place matcher's, the events stage's shared
    # table, the claims cues') compares identities instead of reading the cold key string (docs/measurements.md)
    words = list(map(intern, parts[1::2]))
    _count_seen(words)
    starts, ends = bounds[0::2][: len(words)], bounds[1::2]
    if urls:  # the gaps as the view has them (URLs not blanked)
        vtext = view.text
        gaps = [vtext[e:s] for e, s in zip(ends[:-1], starts[1:], strict=True)]
    else:
        gaps = parts[2:-1:2]  # the gaps between words (not the text's leading and trailing ones)
    analysis = _Analysis(words, starts, ends, frozenset(words), gaps)
    if len(_ANALYSES) >= 8:
        _ANALYSES.pop(next(iter(_ANALYSES)))
    _ANALYSES[key] = analysis
    return analysis


def view_words(view: NormalizedView) -> tuple[list[str], list[int]]:
    """The words of ``view.text`` outside URLs and their starts in the view, as every matcher reads them (the analysis
    of the few most recent texts is shared, so a text matched already costs nothing more; round 29, se1)."""
    an = _analyze(view)
    return an.words, an.starts


@functools.lru_cache(maxsize=16)
def cached_view(text: str) -> NormalizedView:
    """``normalize_view(text)``, memoized for the most recent texts so that stages share one view per document."""
    return normalize_view(text)


class SharedReadings:
    """(Round 27) One table of word readings for several matchers that run over the same texts, one after the other.

    Each matcher keeps its readings per word type in a dictionary of its own, so every text costs it a look-up per
    distinct word (which are new) and one per word (their readings), in a dictionary of tens of thousands of words:
    ~250 ns each once the other stages have run. The events stage runs two matchers over every document (its cue
    lists and its triggers): joined here, a text's words are looked up once for both, and the second matcher takes
    its readings from the rows the first one read (the rows of the last few texts are kept). A row holds each member's
    readings of one word, exactly what the member alone would cache; what the table holds never changes an output.

    (Round 33, sp13) Members join in **groups** (:meth:`join`'s ``group``): a group's columns of a row are read when a
    member of that group first needs them, and until then they are ``None``. The place matcher (group ``places``, the
    geo stage) and the events stage's two matchers (group ``events``) share one table: the geo stage looks the
    document's words up, and the events stage, two stages later, takes the same rows of the same analysis without a
    look-up and reads its own columns of the words that lack them (so that their work stays in the events stage).
    """

    def __init__(self) -> None:
        self.members: list[LexiconMatcher[Any]] = []
        self.table: dict[str, tuple[tuple[_Reading[Any], ...] | None, ...]] = {}
        #: how many times the table started again: the rows an analysis keeps (:class:`_TextRows`) of another are stale
        self._generation = 0
        self._groups: dict[str, list[int]] = {}  # group -> the slots of its members
        self._opening: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        #: the rows that hold no reading, by the groups read (``()`` in theirs, ``None`` in the others'): one object
        #: each
        self._canon: dict[frozenset[str], tuple[Any, ...]] = {}
        self._blank: tuple[Any, ...] = ()
        self._empty: tuple[tuple[_Reading[Any], ...], ...] = ()

    def join(self, matcher: LexiconMatcher[Any], group: str = "") -> int:
        """Add a member (its columns read with those of the other members of ``group``); its slot in the rows (the
        table starts again, so that every row has every member)."""
        self.members.append(matcher)
        matcher._group = group
        self._rebuild()
        return len(self.members) - 1

    def leave(self, matcher: LexiconMatcher[Any]) -> None:
        """(Round 33) Remove a member (the place matcher of a recognizer replaced by one over another gazetteer); the
        others keep their readings in new slots (the table starts again)."""
        self.members.remove(matcher)
        matcher._shared = None
        matcher._cache = {}
        for slot, m in enumerate(self.members):
            m._slot = slot
            m._cache = _SlotView(self, slot)
        self._rebuild()

    def _rebuild(self) -> None:
        """The groups' slots, opening tests and rows with no reading, after the members changed."""
        self.clear()
        self._groups = {}
        for slot, m in enumerate(self.members):
            self._groups.setdefault(m._group, []).append(slot)
        of = [m._group for m in self.members]
        names = list(self._groups)
        self._canon = {}
        for mask in range(1 << len(names)):
            read = frozenset(n for k, n in enumerate(names) if mask >> k & 1)
            self._canon[read] = tuple(() if g in read else None for g in of)
        self._blank = self._canon[frozenset()]
        self._empty = self._canon[frozenset(names)]
        # a word that passes no member's opening test (see LexiconMatcher.__init__) has no reading for any member of
        # the group
        self._opening = {}
        for g, slots in self._groups.items():
            ms = [self.members[s] for s in slots]
            self._opening[g] = (
                frozenset().union(*(m._ends3 for m in ms)),
                frozenset().union(*(m._twos for m in ms)),
                frozenset().union(*(m._bare for m in ms)),
            )

    def clear(self) -> None:
        self.table.clear()
        self._generation += 1

    def rows(self, an: _Analysis, group: str | None = None) -> list[tuple[tuple[_Reading[Any], ...], ...]]:
        """Each word's row of ``an``, in the order of its words, with the columns of ``group`` read (of every group
        when None)."""
        hit = an.readings.get(self)
        if hit is None or hit.generation != self._generation:
            hit = an.readings[self] = self._look_up(an)
        for g in self._groups if group is None else (group,):
            if g not in hit.done:
                self._read_group(hit, g)
        return hit.rows

    def _look_up(self, an: _Analysis) -> _TextRows:
        """The rows the table holds for the words of ``an``, and the words it lacks (no group read yet)."""
        words = an.words
        # (round 29, se1) one look-up per word, then the words the table lacks, instead of one per word type for what
        # is missing and then one per word: ~0.06 s less per 1,000 articles
        rows = list(map(self.table.get, words))
        unread = list(compress(range(len(words)), map(is_, rows, repeat(None))))
        unread_words = list(map(words.__getitem__, unread))
        return _TextRows(self._generation, rows, unread, unread_words, dict.fromkeys(unread_words, self._blank))

    def _read_group(self, text: _TextRows, group: str) -> None:
        """Read the columns of ``group`` in the rows of the words of ``text`` the table lacks; once every group is
        read, those rows go to the table."""
        new = text.new
        done = text.done
        done.add(group)
        if not new:
            return
        slots = self._groups[group]
        # every new word has had the same groups read: the rows with no reading are one object, ``canon[done]``
        fresh = dict.fromkeys(new, self._canon[frozenset(done)])
        for w in text.rich:  # the rows with another group's readings: this group's columns read as empty
            cells = list(new[w])
            for s in slots:
                cells[s] = ()
            fresh[w] = tuple(cells)
        ends3, twos, bare = self._opening[group]
        # the opening tests of LexiconMatcher._prepare, for every member of the group at once: most words pass none
        # (no member has a reading for them); a word that passes is read by each member.
        # (round 29, se1) the suffix test asks for a proclitic string before the suffix (و، ال، بال …), not any
        # letters: 6,600 of 71,000 word types pass it instead of 18,700, for 6,200 with a reading (s1000)
        firsts, procs = _PROCLITIC_FIRSTS, _PROCLITICS
        opened = [
            w
            for w in new
            if (
                w in bare
                or (
                    w[:1] in firsts
                    and (
                        (w[:1] in procs and w[1:] in bare)
                        or (w[:2] in procs and w[2:] in bare)
                        or (w[:3] in procs and w[3:] in bare)
                        or (w[:4] in procs and w[4:] in bare)
                    )
                )
            )
            and (len(w) <= 3 or w[-3:] in ends3 or w[-2:] in twos)
        ]
        if opened:
            members = [(s, self.members[s]._may_read, self.members[s]._readings) for s in slots]
            for w in opened:
                cols = [(s, readings(w) if may_read(w) else ()) for s, may_read, readings in members]
                if any(c for _, c in cols):
                    cells = list(fresh[w])
                    for s, c in cols:
                        cells[s] = c
                    fresh[w] = tuple(cells)
                    text.rich.add(w)
        text.new = fresh
        rows = text.rows
        for i, w in zip(text.unread, text.unread_words, strict=True):
            rows[i] = fresh[w]
        if len(done) == len(self._groups):  # every column read: the rows go to the table
            table = self.table
            if len(table) + len(fresh) > _CACHE_LIMIT:
                evict_least_seen(table, max(_CACHE_LIMIT // 2 - len(fresh), 0))
            table.update(fresh)


class _TextRows:
    """(Round 33) The rows of one text in a :class:`SharedReadings` table (kept by its analysis, made when the table
    had started again ``generation`` times): every word's row in the order of the words
    (``rows``), the places and words of those the table lacked (``unread``, ``unread_words``), the rows of those words
    (``new``, by word, their columns read by the groups ``done``; ``rich`` the words with a reading)."""

    __slots__ = ("done", "generation", "new", "rich", "rows", "unread", "unread_words")

    def __init__(
        self,
        generation: int,
        rows: list[Any],
        unread: list[int],
        unread_words: list[str],
        new: dict[str, tuple[Any, ...]],
    ) -> None:
        self.generation = generation
        self.rows = rows
        self.unread = unread
        self.unread_words = unread_words
        self.new = new
        self.done: set[str] = set()
        self.rich: set[str] = set()


class _SlotView(MutableMapping[str, tuple[_Reading[V], ...]]):
    """A member's readings in a :class:`SharedReadings` table, as the member's own cache would hold them: the rows of
    the table and (round 33) those that the analyses of the most recent texts hold until every group has read them
    (for tests and inspection; matching reads the rows of its text)."""

    def __init__(self, shared: SharedReadings, slot: int) -> None:
        self._shared = shared
        self._slot = slot

    def _held(self) -> dict[str, tuple[_Reading[V], ...]]:
        """The member's readings of the words the table lacks, read for the texts of :data:`_ANALYSES`."""
        shared, slot = self._shared, self._slot
        out: dict[str, tuple[_Reading[V], ...]] = {}
        for an in _ANALYSES.values():
            text = an.readings.get(shared)
            if text is not None and text.generation == shared._generation:
                out.update((w, row[slot]) for w, row in text.new.items() if row[slot] is not None)
        return out

    def __getitem__(self, word: str) -> tuple[_Reading[V], ...]:
        row = self._shared.table.get(word)
        readings = row[self._slot] if row is not None else self._held().get(word)
        if readings is None:  # (round 33) not read by this member's group yet
            raise KeyError(word)
        return readings

    def __setitem__(self, word: str, readings: tuple[_Reading[V], ...]) -> None:
        raise TypeError("the readings of a shared table are written by SharedReadings.rows")

    def __delitem__(self, word: str) -> None:
        del self._shared.table[word]

    def __iter__(self) -> Iterator[str]:
        slot, table = self._slot, self._shared.table
        read = [w for w, row in table.items() if row[slot] is not None]
        return iter(read + [w for w in self._held() if w not in table])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def clear(self) -> None:
        self._shared.clear()


class LexiconMatcher(Generic[V]):
    """Find lexicon entries in Arabic text, tolerant of proclitics, the article and spelling variants.

    See the module docstring for the exact matching rules.

    Args:
        entries: ``(surface form, value)`` pairs; the surface may be written with hamza, diacritics or
            tatweel as it comes. Several entries may share a surface form.
        clitics: strip proclitics (و ف ب ل ك and their combinations) from the first word of a match.
        article_optional: let an entry without ال match the word with ال (and its fused forms).
        min_len: entries whose normalized letters and digits number fewer than this are skipped (they are
            listed in :attr:`skipped`).
        keep_whole: text words never read as proclitic + stem (function words such as ``بين``, ``لدى``,
            ``وحدة`` that would otherwise expose a short entry: ``وحدة`` → و + ``حدة``).
        shared: (round 27) keep the word readings in this table, with the other matchers that run over the same
            texts (see :class:`SharedReadings`); the matches are the same either way.
        group: (round 33) with ``shared``, the group of members whose readings are read together (see
            :meth:`SharedReadings.join`).
        openers_only: (round 30) cache the readings of the words that may have one only (see :meth:`_openers`), a
            fixed set read word by word as texts bring them: a text costs one intersection of its word types with
            that set and a look-up per word, and the cache, never larger than the set, is never evicted. For a
            lexicon with few first words (the claims cues: ~16,600 such words, where the growing cache held up to
            40,000). Ignored with ``shared``; the matches are the same either way.

    Raises:
        ConfigError: ``min_len`` is below 1.
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, V]],
        *,
        clitics: bool = True,
        article_optional: bool = True,
        min_len: int = 2,
        keep_whole: Iterable[str] = (),
        shared: SharedReadings | None = None,
        group: str = "",
        openers_only: bool = False,
    ) -> None:
        if min_len < 1:
            raise ConfigError(f"min_len must be at least 1, got {min_len}")
        self.clitics = clitics
        self.article_optional = article_optional
        self.min_len = min_len
        #: Surface forms that were skipped as shorter than ``min_len`` (or without any letter or digit).
        self.skipped: list[str] = []
        self._root: dict[str, _Node[V]] = {}
        self._count = 0
        self._keys: set[str] = set()
        for surface, value in entries:
            self._add(surface, value)
        self._keep_whole = frozenset(normalize(w) for w in keep_whole)
        self._cache: MutableMapping[str, tuple[_Reading[V], ...]] = {}
        # what a reading may look up is the word, a suffix of it (a stem: two letters or more) or ال + a suffix:
        # a word longer than three letters whose last three letters end no first word (nor one without its ال)
        # and whose last two are no such word has no reading (most words of a text, for most lexicons)
        bare = [*self._root, *(k[len(_ARTICLE) :] for k in self._root if k.startswith(_ARTICLE))]
        self._ends3 = frozenset(k[-3:] for k in bare if len(k) >= 3)
        self._twos = frozenset(k for k in bare if len(k) == 2)
        # (round 26) and a reading looks up the word less at most four letters of proclitics (وبال، ولل): a word none
        # of whose first five suffixes is a first word (nor one without its ال) has none (two in three words that
        # pass the test above, for the events stage's cue lists)
        self._bare = frozenset(bare)
        self._shared = shared
        self._slot = 0
        self._group = group
        self._openers_only = openers_only and shared is None
        self._opener_set: frozenset[str] | None = None
        if shared is not None:
            self._slot = shared.join(self, group)
            self._cache = _SlotView(shared, self._slot)

    def _add(self, surface: str, value: V) -> None:
        words, gaps = _split_entry(normalize(surface))
        if sum(map(len, words)) < self.min_len:
            self.skipped.append(surface)
            return
        first = words[0]
        article = first.startswith(_ARTICLE) and len(first) - len(_ARTICLE) >= _MIN_STEM
        node = self._root.get(first)
        if node is None:
            node = self._root[first] = _Node(first, article)
        for gap, word in zip(gaps, words[1:], strict=True):
            ckey = _child_key(gap, word)
            child = node.children.get(ckey)
            if child is None:
                child = node.children[ckey] = _Node(f"{node.key} {word}", article)
            node = child
        node.values.append(value)
        self._keys.add(node.key)
        self._count += 1

    def __len__(self) -> int:
        """Number of entries indexed (skipped ones excluded)."""
        return self._count

    def __contains__(self, surface: object) -> bool:
        """Whether ``surface``, normalized as entries are, is the key of an entry."""
        if not isinstance(surface, str):
            return False
        return " ".join(_split_entry(normalize(surface))[0]) in self._keys

    # ------------------------------------------------------------------------------------------- readings
    def _readings(self, word: str) -> tuple[_Reading[V], ...]:
        """The readings of a text word that start some entry, fewest stripped letters first."""
        if len(word) > 3 and word[-3:] not in self._ends3 and word[-2:] not in self._twos:
            return ()
        root = self._root
        out: list[_Reading[V]] = []
        direct = root.get(word)
        if direct is not None:
            out.append(("", 0, direct))
        if not self.clitics or word in self._keep_whole:
            return tuple(out)
        for prefix, has_article in _PREFIXES.get(word[:1], ()):
            if len(word) - len(prefix) < _MIN_STEM or not word.startswith(prefix):
                continue
            stem = word[len(prefix) :]
            node = root.get(stem)
            if node is not None and (not has_article or (self.article_optional and not node.article)):
                out.append((prefix, int(has_article), node))  # بحماة; بالمدينة for "مدينة" (article added)
            if has_article or (prefix[-1] == "ل" and stem[0] == "ل"):
                # للغوطة / بالغوطة for "الغوطة"; and للاذقية = ل + اللاذقية, written with one lam fewer
                node = root.get(_ARTICLE + stem)
                if node is not None:
                    out.append((prefix, 0, node))
        return tuple(out)

    def _may_read(self, w: str) -> bool:
        """The opening tests of :meth:`_prepare`: False when ``w`` surely has no reading (its last letters end no first
        word of an entry, or no suffix of it that a proclitic string leaves is one); most words of a text fail them."""
        if len(w) > 3 and w[-3:] not in self._ends3 and w[-2:] not in self._twos:
            return False
        bare = self._bare
        return w in bare or (
            w[:1] in _PROCLITIC_FIRSTS
            and (
                (w[:1] in _PROCLITICS and w[1:] in bare)
                or (w[:2] in _PROCLITICS and w[2:] in bare)
                or (w[:3] in _PROCLITICS and w[3:] in bare)
                or (w[:4] in _PROCLITICS and w[4:] in bare)
            )
        )

    def _read(self, word: str) -> tuple[_Reading[V], ...]:
        """:meth:`_readings` behind the opening tests of :meth:`_prepare` (what the cache holds for ``word``)."""
        return self._readings(word) if self._may_read(word) else ()

    def _openers(self) -> frozenset[str]:
        """(Round 30, helper sc2) Every word that may have a reading: each first word of an entry (or one without its
        ال: the ``bare`` words) alone or after a proclitic string (و، بال، ولل …; all of one to four letters).

        :meth:`_may_read` is True only for such a word, so any other word has no reading and what :meth:`_prepare`
        would cache for it is ``()``. Made on first use (~16,600 words for the claims cues).
        """
        found = self._opener_set
        if found is None:
            procs = ("", *_PROCLITICS)
            found = self._opener_set = frozenset(p + b for b in self._bare for p in procs)
        return found

    # ------------------------------------------------------------------------------------------- matching
    def _prepare(self, text: str | NormalizedView) -> tuple[NormalizedView, _Analysis, list[tuple[_Reading[V], ...]]]:
        """The view of ``text``, its words and each word's readings (computed once per word type and cached)."""
        view = text if isinstance(text, NormalizedView) else cached_view(text)
        an = _analyze(view)
        if self._shared is not None:  # (round 27) the rows of the table the matcher shares
            return view, an, list(map(itemgetter(self._slot), self._shared.rows(an, self._group)))
        cache = self._cache
        if self._openers_only:  # (round 30) only the words that may have a reading are read and kept
            new = an.types.intersection(self._openers()).difference(cache)
            if new:
                read = self._read
                for word in new:
                    cache[intern(word)] = read(word)
            return view, an, list(map(cache.get, an.words, repeat(())))
        missing = an.types.difference(cache)
        if missing:
            if len(cache) + len(missing) > _CACHE_LIMIT:
                evict_least_seen(cache, max(_CACHE_LIMIT // 2 - len(missing), 0))
                missing = an.types.difference(cache)
            # (round 26) the test that opens :meth:`_readings`, read here without a call: most new words (~90,000 per
            # 1,000 articles for each of the events stage's two matchers) have no reading
            ends3, twos, bare, readings = self._ends3, self._twos, self._bare, self._readings
            firsts, procs = _PROCLITIC_FIRSTS, _PROCLITICS
            for word in map(intern, missing):
                if len(word) > 3 and word[-3:] not in ends3 and word[-2:] not in twos:
                    cache[word] = ()
                elif word in bare or (
                    word[:1] in firsts
                    and (
                        (word[:1] in procs and word[1:] in bare)
                        or (word[:2] in procs and word[2:] in bare)
                        or (word[:3] in procs and word[3:] in bare)
                        or (word[:4] in procs and word[4:] in bare)
                    )
                ):
                    cache[word] = readings(word)
                else:
                    cache[word] = ()
        return view, an, list(map(cache.__getitem__, an.words))

    def find_all(self, text: str | NormalizedView, *, overlapping: bool = False) -> list[Match[V]]:
        """Find the entries in ``text``.

        Args:
            text: the source text, or its :class:`NormalizedView` (pass the view when several matchers run over
                the same text; a plain string's view is memoized for the most recent texts).
            overlapping: return every match, also those inside or across others (each entry once per span,
                with its fewest-letters reading); by default, leftmost-longest non-overlapping matches.

        Returns:
            Matches sorted by position (``start``, then longest first); offsets are offsets of the source text.
        """
        if overlapping:
            return [
                Match(s, e, value, node.key, prefix, ps)
                for s, e, node, prefix, ps in self._overlapping(text)
                for value in node.values
            ]
        view, an, all_readings = self._prepare(text)
        words, starts, ends, gaps = an.words, an.starts, an.ends, an.gaps
        offsets = view.offsets
        last_word = len(words) - 1
        out: list[Match[V]] = []
        skip_to = 0
        for i in compress(range(len(words)), all_readings):
            if i < skip_to:
                continue
            readings = all_readings[i]
            if len(readings) == 1:
                prefix, _, node = readings[0]
                children = node.children
                if not children or i == last_word or (gaps[i] == " " and words[i + 1] not in children):
                    # (round 27) as in :meth:`_overlapping`: nothing starts here; (round 30, se2) or only the word's
                    # own entry, the one match, read without :func:`_entries_at`
                    if not node.values:
                        continue
                    w0 = starts[i]
                    plen = len(prefix)
                    if plen and offsets[w0 + plen] == offsets[w0 + plen - 1]:
                        continue  # the stem would start inside one source character (a ligature such as ﻻ)
                    # (round 43, sp21) to_source's reading without the call, as in _overlapping: the source span of
                    # the stem, and the call only when marks were dropped from the view after its last letter
                    end = ends[i]
                    s, e = offsets[w0 + plen], offsets[end - 1] + 1
                    if e < offsets[end]:
                        s, e = view.to_source(w0 + plen, end)
                    ps = offsets[w0]
                    for value in node.values:
                        out.append(Match(s, e, value, node.key, prefix, ps))
                    skip_to = i + 1
                    continue
            w0 = starts[i]
            found = _entries_at(readings, i, w0, offsets, words, gaps, last_word)
            if not found:
                continue
            ps = offsets[w0]
            # most words: one reading, one entry ending there
            chosen = found[0] if len(found) == 1 else min(found, key=lambda c: (-c[0], c[1], c[2]))
            last, plen, _, prefix, node = chosen
            end = ends[last]
            s, e = offsets[w0 + plen], offsets[end - 1] + 1
            if e < offsets[end]:  # marks dropped from the view after the last letter (to_source's reading)
                s, e = view.to_source(w0 + plen, end)
            for value in node.values:
                out.append(Match(s, e, value, node.key, prefix, ps))
            skip_to = last + 1
        return out

    def _overlapping(self, text: str | NormalizedView) -> list[tuple[int, int, _Node[V], str, int]]:
        """Every match of ``text`` as ``(start, end, node, prefix, prefix_start)``, in the order of
        ``find_all(text, overlapping=True)`` (sorted by start, then longest first; ties in the order found)."""
        view, an, all_readings = self._prepare(text)
        words, starts, ends, gaps = an.words, an.starts, an.ends, an.gaps
        offsets = view.offsets
        to_source = view.to_source
        last_word = len(words) - 1
        out: list[tuple[int, int, _Node[V], str, int]] = []
        ordered = True  # whether ``out`` is already in (start, -end) order (then no sort is needed)
        prev_s, prev_e = -1, 0
        for i in compress(range(len(words)), all_readings):
            readings = all_readings[i]
            if len(readings) == 1:
                prefix, _, node = readings[0]
                children = node.children
                if not children or i == last_word or (gaps[i] == " " and words[i + 1] not in children):
                    # (round 27) one reading that ends no entry, whose next word (after one space) no entry goes on
                    # to, or the text's last word: :func:`_entries_at` finds nothing there (most of the words with a
                    # reading for the events stage's cue lists: في، من، إلى …); (round 30, se2) and one that ends an
                    # entry there is the one match :func:`_entries_at` finds, read here without the call
                    if not node.values:
                        continue
                    w0 = starts[i]
                    plen = len(prefix)
                    if plen and offsets[w0 + plen] == offsets[w0 + plen - 1]:
                        continue  # the stem would start inside one source character (a ligature such as ﻻ)
                    end = ends[i]
                    s, e = offsets[w0 + plen], offsets[end - 1] + 1
                    if e < offsets[end]:  # marks dropped from the view after the last letter (to_source's reading)
                        s, e = to_source(w0 + plen, end)
                    if s < prev_s or (s == prev_s and e > prev_e):
                        ordered = False
                    prev_s, prev_e = s, e
                    out.append((s, e, node, prefix, offsets[w0]))
                    continue
            w0 = starts[i]
            found = _entries_at(readings, i, w0, offsets, words, gaps, last_word)
            if not found:
                continue
            ps = offsets[w0]
            chosen = _best_entries(found)
            for last, plen, _, prefix, node in chosen:
                end = ends[last]
                s, e = offsets[w0 + plen], offsets[end - 1] + 1
                if e < offsets[end]:  # marks dropped from the view after the last letter (to_source's reading)
                    s, e = to_source(w0 + plen, end)
                if s < prev_s or (s == prev_s and e > prev_e):
                    ordered = False
                prev_s, prev_e = s, e
                out.append((s, e, node, prefix, ps))
        if not ordered:
            out.sort(key=lambda m: (m[0], -m[1]))  # stable, as the sort of the matches themselves
        return out

    def spans_by_value(self, text: str | NormalizedView) -> dict[V, tuple[list[int], list[int]]]:
        """The starts and ends of every match of ``text`` (overlapping ones included), grouped by value: for each
        value, the ``start`` and ``end`` of the matches of ``find_all(text, overlapping=True)`` that carry it, in that
        order, without building the matches (one dictionary per document for the events stage's cue lists).

        (Round 34, sp14) :meth:`_overlapping`'s walk with the grouping in it: the matches go to their values as they
        are found, with no list of matches between, while they come in ``(start, -end)`` order (994 of the bench's
        1,000 documents); at the first one out of that order the grouping starts again from :meth:`_overlapping`'s
        sorted list, which gives the same lists."""
        view, an, all_readings = self._prepare(text)
        words, starts, ends, gaps = an.words, an.starts, an.ends, an.gaps
        offsets = view.offsets
        last_word = len(words) - 1
        out: dict[V, tuple[list[int], list[int]]] = {}
        get = out.get
        prev_s, prev_e = -1, 0
        for i, readings in compress(enumerate(all_readings), all_readings):
            if len(readings) == 1:
                prefix, _, node = readings[0]
                children = node.children
                if not children or i == last_word or (gaps[i] == " " and words[i + 1] not in children):
                    # the one match :func:`_entries_at` would find, or none (as in :meth:`_overlapping`)
                    values = node.values
                    if not values:
                        continue
                    w0 = starts[i]
                    plen = len(prefix)
                    if plen and offsets[w0 + plen] == offsets[w0 + plen - 1]:
                        continue  # the stem would start inside one source character (a ligature such as ﻻ)
                    end = ends[i]
                    s, e = offsets[w0 + plen], offsets[end - 1] + 1
                    if e < offsets[end]:  # marks dropped from the view after the last letter (to_source's reading)
                        s, e = view.to_source(w0 + plen, end)
                    if s < prev_s or (s == prev_s and e > prev_e):
                        return self._grouped(text)
                    prev_s, prev_e = s, e
                    for value in values:
                        group = get(value)
                        if group is None:
                            out[value] = ([s], [e])
                        else:
                            group[0].append(s)
                            group[1].append(e)
                    continue
            w0 = starts[i]
            found = _entries_at(readings, i, w0, offsets, words, gaps, last_word)
            if not found:
                continue
            chosen = _best_entries(found)
            for last, plen, _, _, node in chosen:
                end = ends[last]
                s, e = offsets[w0 + plen], offsets[end - 1] + 1
                if e < offsets[end]:
                    s, e = view.to_source(w0 + plen, end)
                if s < prev_s or (s == prev_s and e > prev_e):
                    return self._grouped(text)
                prev_s, prev_e = s, e
                for value in node.values:
                    group = get(value)
                    if group is None:
                        out[value] = ([s], [e])
                    else:
                        group[0].append(s)
                        group[1].append(e)
        return out

    def _grouped(self, text: str | NormalizedView) -> dict[V, tuple[list[int], list[int]]]:
        """:meth:`spans_by_value` from the sorted list of :meth:`_overlapping` (the text's readings are kept with its
        analysis: they are not read again)."""
        out: dict[V, tuple[list[int], list[int]]] = {}
        get = out.get
        for s, e, node, _, _ in self._overlapping(text):
            for value in node.values:
                group = get(value)
                if group is None:
                    group = out[value] = ([], [])
                group[0].append(s)
                group[1].append(e)
        return out
