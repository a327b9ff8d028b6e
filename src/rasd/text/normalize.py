"""Arabic normalization as a *view* of the text, with an offset map back to the original.

Matching (lexicons, gazetteer, dates, numbers) runs on the normalized view; results are mapped back with
:meth:`NormalizedView.to_source` so that every annotation stays a span of ``Document.text``.

Folding, one code point at a time (so most offsets stay aligned):

* alef forms أ إ آ ٱ → ا ; alef maqsura ى → ي ; teh marbuta ة → ه
* diacritics (fathatan … sukun, superscript alef, Quranic marks) and tatweel ـ are dropped
* zero-width and bidi controls (ZWNJ, ZWJ, LRM, RLM, BOM, …) are dropped
* Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic decimal/thousands separators ٫ ٬ → . ,
* Arabic punctuation ، ؛ ؟ → , ; ? ; the underscore of hashtags → space
* Persian/Urdu letter forms ک ی ه‍ → ك ي ه ; Latin letters lower-cased
* Arabic presentation forms (FB50–FDFF, FE70–FEFF) are expanded by NFKC (ﻻ → لا) before the rest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from sys import intern

_MAP: dict[int, str] = {}
for _c in "أإآٱ":
    _MAP[ord(_c)] = "ا"
_MAP[ord("ى")] = "ي"
_MAP[ord("ة")] = "ه"
_MAP[ord("ک")] = "ك"
_MAP[ord("ی")] = "ي"
_MAP[ord("ۀ")] = "ه"
_MAP[ord("ە")] = "ه"
for _i in range(10):
    _MAP[0x0660 + _i] = str(_i)
    _MAP[0x06F0 + _i] = str(_i)
_MAP[ord("٫")] = "."
_MAP[ord("٬")] = ","
_MAP[ord("،")] = ","
_MAP[ord("؛")] = ";"
_MAP[ord("؟")] = "?"
_MAP[ord("_")] = " "
_MAP[ord("\u00a0")] = " "

#: Code points removed from the view: harakat, superscript alef, Quranic annotation marks, tatweel,
#: zero-width and directional controls.
_DROP: frozenset[int] = frozenset(
    [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]
    + [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067]
    + [0x2068, 0x2069, 0xFEFF, 0x061C]
)


def _is_presentation_form(cp: int) -> bool:
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def _fold_char(ch: str) -> str:
    """The normalized form of one code point ('' when it is dropped)."""
    cp = ord(ch)
    if cp in _DROP:
        return ""
    mapped = _MAP.get(cp)
    if mapped is not None:
        return mapped
    if _is_presentation_form(cp) and unicodedata.normalize("NFKC", ch) != ch:  # ﴾ ﴿ and others NFKC keeps
        return "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", ch))
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


# Cache of single-character foldings; the alphabet of news text is small, so this stays tiny.
_FOLD_CACHE: dict[str, str] = {}


def _fold(ch: str) -> str:
    out = _FOLD_CACHE.get(ch)
    if out is None:
        out = _fold_char(ch)
        if len(_FOLD_CACHE) < 65536:
            _FOLD_CACHE[ch] = out
    return out


def normalize(text: str) -> str:
    """Return the normalized form of ``text`` (the same folding as :func:`normalize_view`)."""
    if _FOLDED_RE.search(text) is None:
        return text  # (round 26) nothing to fold: 7 in 10 of the events stage's short texts (one search, not nine)
    if _PRESENTATION_RE.search(text):
        return "".join([_fold(ch) for ch in text])
    return _fast_fold(text)


#: Words already normalized (news text repeats its words); bounded, shared by every stage that folds word by word.
#: When full it starts again (a miss costs ~1 µs, and the frequent words are back at once): 50,000 instead of a
#: 200,000 cache that kept the first words it saw, for a batch worker's memory (docs/measurements.md#memory). (Round
#: 38, mem2) 43,000, not 50,000: a str-keyed dict holds at most 43,690 entries in a 2**16-slot table (0.9 MB) and
#: moves to 2**17 slots (1.8 MB) past that, so the old bound's last 6,300 words cost as much as the first 43,690.
_WORD_CACHE_LIMIT = 43_000


class _WordCache(dict[str, str]):
    """The word cache: a word already seen is one C-level look-up (``normalize_word`` is its ``__getitem__``, no
    Python call: ~1 M calls per 1,000 articles in the claims stage alone); a new word is normalized here."""

    __slots__ = ()

    def __missing__(self, word: str) -> str:
        # (round 31, mem1) key and value interned: one string per word type, shared by every cache that keys on it
        # (the matcher's, the tagger's word records, the time lexicon's), not one copy per cache: batch worker memory
        hit = intern(normalize(word))
        if len(self) >= _WORD_CACHE_LIMIT:
            self.clear()
        self[intern(word)] = hit
        return hit


_WORD_CACHE = _WordCache()
#: :func:`normalize` of one word, cached per word type (at most 50,000 of them).
normalize_word: Callable[[str], str] = _WORD_CACHE.__getitem__


def normalize_words(words: Iterable[str]) -> list[str]:
    """:func:`normalize_word` of each word, in order: one dict lookup per word already cached instead of a call
    (a sentence's words are mostly cached; ~1 M words per 1,000 articles in the entity stage)."""
    return list(map(normalize_word, words))  # (round 31, sp11) the cache's own C-level look-up, a miss by __missing__


# Walking the text in Python one character at a time costs about 0.15 s per million characters. Without Arabic
# presentation forms every character folds to at most one character, so the same result comes from str.replace
# for the frequent foldings, one regex pass for the rare ones and one for the dropped marks (3-4x faster);
# tests/test_text_normalize.py checks that both paths agree.
_FOLD_TABLE: dict[str, str] = {chr(cp): v for cp, v in _MAP.items()}
_FOLD_TABLE.update({c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_FREQUENT = tuple((c, _FOLD_TABLE[c]) for c in "ةأإآى،")
_RARE = {c: v for c, v in _FOLD_TABLE.items() if c not in dict(_FREQUENT)}
_RARE_RE = re.compile("[" + "".join(re.escape(c) for c in _RARE) + "]")
_DROP_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_DROP)) + "]+")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
#: Any character that :func:`normalize` changes (folded, dropped, or a presentation form); a text without one is its
#: own normalized form.
_FOLDED_RE = re.compile(
    "[" + "".join(re.escape(c) for c in sorted({*_FOLD_TABLE, *map(chr, _DROP)})) + "\ufb50-\ufdff\ufe70-\ufefe]"
)


def _fast_fold(text: str) -> str:
    """Fold ``text`` without presentation forms; dropped marks are kept (the caller removes them)."""
    out = text
    for a, b in _FREQUENT:
        if a in out:
            out = out.replace(a, b)
    if _RARE_RE.search(out):
        out = _RARE_RE.sub(lambda m: _RARE[m.group()], out)
    # (round 32, sp12) ``sub`` only when a mark is there: a search that finds none costs a third of a ``sub`` that
    # changes nothing, and 19 in 20 of the short texts the events stage folds (a phrase, a name) have no mark
    return _DROP_RE.sub("", out) if _DROP_RE.search(out) else out


@dataclass(frozen=True, slots=True)
class NormalizedView:
    """A normalized copy of ``source`` with a map from its offsets back to ``source``.

    ``offsets[i]`` is the offset in ``source`` of the character that produced ``text[i]``;
    ``offsets[len(text)] == len(source)``.
    """

    source: str
    text: str
    offsets: tuple[int, ...]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to the span of ``source`` it came from.

        The end is extended over characters dropped by normalization only when they sit *inside* the span
        (a diacritic on the last letter is kept with it), so ``source[s:e]`` always covers the match.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalized text of length {len(self.text)}")
        s = self.offsets[start]
        if end == start:
            return s, s
        # the source character of the last normalized char, then every dropped mark right after it
        e = self.offsets[end - 1] + 1
        nxt = self.offsets[end]
        while e < nxt and _fold(self.source[e]) == "":
            e += 1
        return s, e

    def to_view(self, source_offset: int) -> int:
        """The first normalized offset at or after ``source_offset``."""
        import bisect

        return bisect.bisect_left(self.offsets, source_offset, 0, len(self.text))


#: (Round 43, sp22) The offsets 0 … 16,383 made once: a view's offsets are runs of consecutive source offsets, taken
#: as slices of this tuple (its int objects shared) instead of one new int per character; a longer text makes its own
#: (~0.65 MB for the ints and the tuple; 99% of the articles are shorter)
_IDENTITY: tuple[int, ...] = tuple(range(16_384))


def normalize_view(source: str) -> NormalizedView:
    """Normalize ``source`` and keep, for each normalized character, where it came from."""
    if _PRESENTATION_RE.search(source):
        return normalize_view_slow(source)
    folded = _fast_fold(source)
    n = len(source)
    ident: Sequence[int] = _IDENTITY if n < len(_IDENTITY) else range(n + 1)
    if len(folded) == n:
        return NormalizedView(source=source, text=folded, offsets=tuple(ident[: n + 1]))
    offsets: list[int] = []
    prev = 0
    for m in _DROP_RE.finditer(source):
        offsets.extend(ident[prev : m.start()])
        prev = m.end()
    offsets.extend(ident[prev : n + 1])
    return NormalizedView(source=source, text=folded, offsets=tuple(offsets))


def normalize_view_slow(source: str) -> NormalizedView:
    """:func:`normalize_view` one character at a time (any input; the reference the fast path is tested against)."""
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(source):
        folded = _fold(ch)
        if not folded:
            continue
        parts.append(folded)
        if len(folded) == 1:
            offsets.append(i)
        else:
            offsets.extend([i] * len(folded))
    offsets.append(len(source))
    return NormalizedView(source=source, text="".join(parts), offsets=tuple(offsets))
