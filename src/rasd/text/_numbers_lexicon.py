"""The number vocabulary of ``resources/ar/numbers.yaml`` in normalized form (internal to :mod:`rasd.text.numbers`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.matcher import evict_least_seen
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.text.numbers import Approx


@dataclass(frozen=True, slots=True)
class _Vague:
    value: float
    min: float
    max: float | None
    before_scale: float


@dataclass(frozen=True, slots=True)
class _Lex:
    unit: float | None = None
    teen_unit: float | None = None
    teen_ten: bool = False
    ten: float | None = None
    hundred: float | None = None
    hundred_word: bool = False
    scale: float | None = None
    scale_form: str = ""
    fraction: float | None = None
    vague: _Vague | None = None
    quant: _Vague | None = None
    dual: bool = False
    dual_time: bool = False
    ordinal: int | None = None


@dataclass(frozen=True, slots=True)
class _Word:
    lex: _Lex
    prefix: int  # code points of proclitics (and article) before the stem
    article: bool  # the prefix ends with the article ال
    conj: bool  # the prefix starts with و


# Proclitic combinations tried before a lexicon word, shortest first. لل is ل + the article.
_PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك")
_ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "لل", "ولل", "فلل")
#: The prefixes above grouped by their first letter (same order within a letter: the plain ones first, shortest
#: first), so that a word whose first letter starts no proclitic costs one lookup.
_PREFIXES_BY_FIRST: dict[str, tuple[tuple[str, bool], ...]] = {}
for _p, _article in [*((p, False) for p in _PREFIXES), *((p, True) for p in _ARTICLE_PREFIXES)]:
    _PREFIXES_BY_FIRST[_p[0]] = (*_PREFIXES_BY_FIRST.get(_p[0], ()), (_p, _article))
del _p, _article
# Tokens that are only proclitics, written before digits: بـ450، الـ 500، و200.
_CLITIC_ONLY = frozenset(_PREFIXES + _ARTICLE_PREFIXES)
_HEDGE_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول")
# Trailing hedges that must follow the number directly.
_ADJACENT_ONLY = frozenset({"ونيف", "فاكثر", "او اكثر"})
_DASHES = frozenset({"-", "–", "—"})
#: Words whose analysis :meth:`_Lexicon.analyse` keeps; when full, the most seen half stays (see
#: :func:`rasd.text.matcher.evict_least_seen`).
#: 30,000 rather than 100,000 for a batch worker's memory (docs/measurements.md#memory).
_CACHE_LIMIT = 30_000
_UNSEEN = object()  # a word not in the analysis cache (None is a cached answer)


def _norm_key(key: str) -> tuple[str, ...]:
    return tuple(normalize(str(key)).split())


class _Lexicon:
    """The number vocabulary of ``resources/ar/numbers.yaml`` in normalized form."""

    def __init__(self, data: dict[str, Any], months: dict[str, Any]) -> None:
        try:
            self._build(data, months)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResourceError(
                f"resource 'ar/numbers.yaml' is malformed ({exc!r}); fix the entry or reinstall"
            ) from exc
        self._cache: dict[str, _Word | None] = {}
        #: the last three letters of every entry of three letters or more: a word that ends in none of them and is
        #: no entry itself has no reading (a reading is an entry of three letters or more after the proclitics,
        #: so it ends the word), which :meth:`analyse` answers without trying the proclitics or caching it
        #: (round 27: ~85% of the word types of a news text)
        self.tails = frozenset(w[-3:] for w in self.words if len(w) >= 3)

    def _build(self, data: dict[str, Any], months: dict[str, Any]) -> None:
        entries: dict[str, dict[str, Any]] = {}

        def add(key: str, **fields: Any) -> None:
            (word,) = _norm_key(key)
            entries.setdefault(word, {}).update(fields)

        for k, v in data["units"].items():
            add(k, unit=float(v))
        for k, v in data["teen_units"].items():
            add(k, teen_unit=float(v))
        for k in data["teen_tens"]:
            add(k, teen_ten=True)
        for k, v in data["tens"].items():
            add(k, ten=float(v))
        for k, v in data["hundreds"].items():
            add(k, hundred=float(v))
        for k in data["hundred_words"]:
            add(k, hundred_word=True)
        for k, v in data["scales"].items():
            add(k, scale=float(v["value"]), scale_form=str(v["form"]))
        for k, v in data["fractions"].items():
            add(k, fraction=float(v))
        for k, v in data["vague"].items():
            add(k, vague=_vague(v))
        for k, v in data["quantifiers"].items():
            add(k, quant=_vague(v))
        for k in data["dual_nouns"]:
            add(k, dual=True)
        for k in data["dual_time_nouns"]:
            add(k, dual_time=True)
        for k, v in data["ordinals"].items():
            add(k, ordinal=int(v))
        self.words: dict[str, _Lex] = {w: _Lex(**f) for w, f in entries.items()}
        self.teen_tens = frozenset(w for w, lex in self.words.items() if lex.teen_ten)
        self.not_numbers = frozenset(_norm_key(k)[0] for k in data["not_numbers"])
        self.hedges_before = _Phrases({k: _approx(v) for k, v in data["hedges_before"].items()}, _HEDGE_PREFIXES)
        self.hedges_after = _Phrases({k: _approx(v) for k, v in data["hedges_after"].items()}, ("",))
        self.quant_phrases = _Phrases({k: _vague(v) for k, v in data["quantifier_phrases"].items()}, _HEDGE_PREFIXES)
        self.range_openers = _Phrases({k: True for k in data["range_openers"]}, ("", "و", "ف"))
        # words that may start a match although they are not number words themselves
        self.starts = frozenset(
            [*self.hedges_before.index, *self.range_openers.index, *self.quant_phrases.index, *_CLITIC_ONLY]
        )
        self.range_joiners = frozenset(_norm_key(k)[0] for k in data["range_joiners"])
        self.change_words = frozenset(_norm_key(k)[0] for k in data["change_words"])
        self.year_words = frozenset(_norm_key(k)[0] for k in data["year_words"])
        self.year_suffixes = frozenset(_norm_key(k)[0] for k in data["year_suffixes"])
        self.time_before = frozenset(_norm_key(k)[0] for k in data["time_words_before"])
        self.time_after = frozenset(_norm_key(k)[0] for k in data["time_words_after"])
        names = [_norm_key(k) for table in ("gregorian", "english", "hijri") for k in months.get(table, {})]
        self.month_first = frozenset(n[0] for n in names if n)
        self.month_last = frozenset(n[-1] for n in names if n)
        self.month_latin = frozenset(_norm_key(k)[0] for k in months.get("english", {}))
        self.id_words = frozenset(_norm_key(k)[0] for k in data["id_words_before"])

    def analyse(self, word: str) -> _Word | None:
        """The lexicon entry of ``word`` (normalized) after stripping proclitics, or None."""
        out = self._cache.get(word, _UNSEEN)
        if out is not _UNSEEN:
            return out  # type: ignore[return-value]
        if word[-3:] not in self.tails and word not in self.words:
            return None  # no entry ends the word (see ``tails``): not cached
        out = self._analyse(word)
        if len(self._cache) >= _CACHE_LIMIT:
            # the most seen half stays (counts of the lexicon matchers): the frequent words are not analysed again
            evict_least_seen(self._cache, _CACHE_LIMIT // 2)
        self._cache[word] = out
        return out

    def _analyse(self, word: str) -> _Word | None:
        lex = self.words.get(word)
        if lex is not None:
            return _Word(lex, 0, False, False)
        # the proclitic readings of the word's first letter, in the order of _PREFIXES then _ARTICLE_PREFIXES
        for p, article in _PREFIXES_BY_FIRST.get(word[:1], ()):
            # a stem of two letters after a proclitic is too ambiguous: لست is "I am not", not ل + ست
            if word.startswith(p) and len(word) - len(p) >= 3:
                lex = self.words.get(word[len(p) :])
                if lex is not None:
                    if article and ("ال" + word[len(p) :]) in self.not_numbers:
                        return None
                    return _Word(lex, len(p), article, p.startswith("و"))
        return None

    def stem(self, word: str, table: frozenset[str]) -> bool:
        """Whether ``word`` is in ``table``, possibly behind a proclitic (بالساعة، وعام)."""
        if word in table:
            return True
        return any(word.startswith(p) and word[len(p) :] in table for p in ("و", "ف", "ب", "ل", "ك", "وب", "وال"))


def _vague(v: dict[str, Any]) -> _Vague:
    mx = v.get("max")
    return _Vague(
        value=float(v["value"]),
        min=float(v["min"]),
        max=None if mx is None else float(mx),
        before_scale=float(v.get("before_scale", v["value"])),
    )


_T = TypeVar("_T")


class _Phrases(Generic[_T]):
    """Multi-word phrases indexed by their first word as written (proclitic included), longest first."""

    def __init__(self, table: dict[str, _T], prefixes: Sequence[str]) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], _T, int]]] = {}
        for key, value in table.items():
            words = _norm_key(key)
            for p in prefixes:
                self.index.setdefault(p + words[0], []).append((words, value, len(p)))
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_yaml("ar/numbers.yaml")
    months = load_yaml("ar/months.yaml")
    return _Lexicon(data, months)


def _approx(value: str) -> Approx:
    from rasd.text.numbers import Approx

    return Approx(value)
