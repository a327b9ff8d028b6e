"""Arabic analysis for the search index: one light stem per word at query time, every reading at index time.

Steps of :func:`word_readings` (index time, every word of an article):

1. Normalize the word (:func:`rasd.text.normalize.normalize`: alef forms → ا, ى → ي, ة → ه, diacritics and
   tatweel dropped, Arabic-Indic digits → 0-9).
2. Strip proclitics, every way they can be read, again and again: a conjunction (و ف), a preposition (ب ك ل) and
   the article (ال; ل + ال is written لل), in that order. A stem keeps at least 2 letters after a strip that
   includes the article and 3 after one without it (so وزير still gives زير, but بلد stays whole).
3. Reduce each reading's suffix: ات ون ين ه (the folded ة), when at least 2 letters remain.

:func:`query_stem` (query time) takes *one* of those readings: only a proclitic run that ends in the article is
stripped (الغارات، والغارات، بالغارة، للغارات), then the suffix is reduced. Because the query stem of a word ``q``
is always among the readings of ``q`` and of every ``P + q`` (``P`` a proclitic run), غارة، الغارات، غارات،
والغارات، بالغارات all find the same articles, and so do لبنان / بلبنان / ولبنان (where a bare ل would be
ambiguous). Words that only look inflected stay apart: مغارة (a cave) gives مغار, never غار.

Phrases (in double quotes) are matched on the query stems in order, so they are stricter than single words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rasd.errors import ConfigError
from rasd.text.normalize import normalize

#: A word: letters with the marks written on them (harakat, superscript alef, Quranic marks, tatweel are not
#: letters to ``\w``, and must not cut قُتل in two), or a run of digits.
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640])+|\d+")
_ARTICLE = "ال"
#: Letters a stem keeps after a strip that includes the article (ال + two letters: الله، التي) / without it.
_MIN_AFTER_ARTICLE = 2
_MIN_AFTER_BARE = 3
#: Letters a stem keeps after its suffix is reduced (قوة / قوات → قو; ذات stays whole).
_MIN_AFTER_SUFFIX = 2
_SUFFIXES = ("ات", "ون", "ين", "ه")


def _build_prefixes() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Every proclitic run ``(surface, has_article)`` by its first letter, longest first."""
    found: dict[str, bool] = {}
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ك", "ل"):
            for art in ("", _ARTICLE):
                surface = conj + ("لل" if prep == "ل" and art else prep + art)
                if surface:
                    found[surface] = bool(art)
    by_letter: dict[str, list[tuple[str, bool]]] = {}
    for surface, has_article in sorted(found.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        by_letter.setdefault(surface[0], []).append((surface, has_article))
    return {c: tuple(v) for c, v in by_letter.items()}


_PREFIXES = _build_prefixes()


def _strips(word: str) -> list[str]:
    """The stems one proclitic run can leave (the word itself excluded)."""
    out = []
    for surface, has_article in _PREFIXES.get(word[:1], ()):
        if word.startswith(surface):
            stem = word[len(surface) :]
            if len(stem) >= (_MIN_AFTER_ARTICLE if has_article else _MIN_AFTER_BARE):
                out.append(stem)
    return out


def _reduce_suffix(stem: str) -> str:
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_AFTER_SUFFIX:
            return stem[: -len(suffix)]
    return stem


@functools.lru_cache(maxsize=200_000)
def query_stem(word: str) -> str:
    """The one stem of ``word`` used at query time (see the module docstring); ``""`` for a word of no letters.

    Example:
        >>> [query_stem(w) for w in ("غارة", "الغارات", "غارات", "بالغارة", "مغارة")]
        ['غار', 'غار', 'غار', 'غار', 'مغار']
    """
    return _query_stem(normalize(word).lower())


@functools.lru_cache(maxsize=200_000)
def word_readings(word: str) -> tuple[str, ...]:
    """Every stem ``word`` may stand for at index time, its :func:`query_stem` first."""
    return _readings(normalize(word).lower())


@functools.lru_cache(maxsize=200_000)
def _query_stem(w: str) -> str:
    for surface, has_article in _PREFIXES.get(w[:1], ()):
        if has_article and w.startswith(surface) and len(w) - len(surface) >= _MIN_AFTER_ARTICLE:
            w = w[len(surface) :]
            break
    return _reduce_suffix(w)


@functools.lru_cache(maxsize=200_000)
def _readings(w: str) -> tuple[str, ...]:
    """:func:`word_readings` of a normalized, lower-cased word."""
    first = _query_stem(w)
    if w[:1] not in _PREFIXES:  # most words: no proclitic to read
        rest = {_reduce_suffix(w)} - {first}
        return (first, *rest)
    seen = {w}
    todo = [w]
    while todo:
        for stem in _strips(todo.pop()):
            if stem not in seen:
                seen.add(stem)
                todo.append(stem)
    return (first, *sorted({_reduce_suffix(s) for s in seen} - {first}))


def iter_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for every word (a run of letters or of digits) of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]


def index_columns(text: str) -> tuple[str, str]:
    """The two indexed columns of a text: its query stems in order (for phrases) and all readings (for words)."""
    stems: list[str] = []
    readings: list[str] = []
    for word in _WORD_RE.findall(normalize(text).lower()):  # normalized once, not word by word
        r = _readings(word)
        stems.append(r[0])
        readings.extend(r)
    return " ".join(stems), " ".join(readings)


def normalize_name(name: str) -> str:
    """A name reduced to its query stems (``دير الزور`` → ``دير زور``), to compare place and actor names."""
    return " ".join(query_stem(w) for _, _, w in iter_words(name))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search query: single words and quoted phrases, all of which an article must contain.

    Attributes:
        words: query stems of the words outside quotes.
        phrases: query stems of each quoted phrase, in order.
    """

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def stems(self) -> frozenset[str]:
        """Every stem of the query (to highlight in snippets)."""
        return frozenset(self.words) | frozenset(s for p in self.phrases for s in p)

    def fts(self) -> str:
        """The FTS5 MATCH expression; every stem is quoted, so no query text is ever read as FTS5 syntax."""
        parts = [f'readings : "{w}"' for w in self.words]
        for phrase in self.phrases:
            parts.append(f'stems : "{" ".join(phrase)}"' if len(phrase) > 1 else f'readings : "{phrase[0]}"')
        return " AND ".join(parts)


def parse_query(query: str) -> Query:
    """Parse ``query``: words, and phrases in double quotes ("…" or «…»).

    Raises:
        ConfigError: the query has no word (letters or digits) to search for.
    """
    text = query.replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    pieces = text.split('"')
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    for i, piece in enumerate(pieces):
        stems = tuple(s for s in (query_stem(w) for _, _, w in iter_words(piece)) if s)
        if i % 2 == 1 and len(pieces) % 2 == 1:  # inside a closed pair of quotes
            if stems:
                phrases.append(stems)
        else:
            words.extend(s for s in stems if s not in words)
    if not words and not phrases:
        raise ConfigError(f"the search query {query!r} has no word to search for; give Arabic (or Latin) words")
    return Query(tuple(words), tuple(phrases))


#: The letters normalization folds into each letter of a stem (to find a stem's words in the original text).
_FOLDED_FROM = {"ا": "اأإآٱ", "ه": "هةۀە", "ي": "يىی", "ك": "كک"}
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_ARABIC_STEM = re.compile("[\u0621-\u064a]+")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _candidates(stems: frozenset[str]) -> re.Pattern[str] | None:
    """A regex for the words of the original text that contain one of ``stems`` (marks allowed between letters),
    so that only those words are analysed; ``None`` when a stem is not plain Arabic letters."""
    if not stems or not all(_ARABIC_STEM.fullmatch(s) for s in stems):
        return None
    alts = [f"[{_MARKS}]*".join(f"[{_FOLDED_FROM.get(c, c)}]" for c in stem) for stem in sorted(stems)]
    return re.compile("|".join(alts))


_LETTERS_BEFORE = re.compile(f"(?:[^\\W\\d_]|[{_MARKS}])*\\Z")
_LETTERS_AFTER = re.compile(f"(?:[^\\W\\d_]|[{_MARKS}])*")


def _words_around(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The words of ``text`` that contain a match of ``pattern``, each once, in order."""
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # a second hit inside the same word
        before = _LETTERS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        start = before.start() if before else m.start()
        after = _LETTERS_AFTER.match(text, m.end())
        out.append((start, after.end() if after else m.end()))
    return out


def highlights(text: str, query: Query) -> list[tuple[int, int]]:
    """Spans of ``text`` whose words match the query (single words and the words of phrases alike)."""
    stems = query.stems
    pattern = _candidates(stems)
    if pattern is None or _PRESENTATION_FORMS.search(text):  # ﺍﻟﺤﻮﺛﻲ folds to letters the pattern does not list
        return [(s, e) for s, e, w in iter_words(text) if stems.intersection(word_readings(w))]
    return [(a, b) for a, b in _words_around(text, pattern) if stems.intersection(word_readings(text[a:b]))]


def snippet(text: str, spans: list[tuple[int, int]], *, width: int = 160, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of about ``width`` characters of ``text`` around the densest run of ``spans``, each one marked.

    Args:
        text: the article text.
        spans: the matches (from :func:`highlights`), in order.
        width: characters of context to show.
        mark: the strings written before and after each match.
    """
    if not spans:
        return _clean(text[:width]) + ("…" if len(text) > width else "")
    best, best_n = 0, 0
    for i, (s, _) in enumerate(spans):  # the window starting at each match that holds the most matches
        n = sum(1 for s2, _ in spans[i:] if s2 < s + width // 2)
        if n > best_n:
            best, best_n = i, n
    start = max(0, spans[best][0] - width // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + width)
    space = text.find(" ", end)
    end = space if 0 <= space - end < 20 else end
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [text[pos:s], mark[0], text[s:e], mark[1]]
        pos = e
    out.append(text[pos:end])
    return ("…" if start else "") + _clean("".join(out)) + ("…" if end < len(text) else "")


def _clean(text: str) -> str:
    return " ".join(text.split())
