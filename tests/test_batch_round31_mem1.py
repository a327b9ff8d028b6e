"""Round 31 (helper mem1): the word caches a batch worker keeps hold one string per word type.

A long-running ``rasd batch`` worker keeps several bounded word caches (the normalized-word cache, the matcher's
seen-counts, proclitic readings and reading tables, the tagger's word records, the time lexicon's token analyses).
Each cache used to keep its own copy of a word (a slice of whichever text it came from); the keys and the strings in
the cached values are now interned, so the caches share one string per word type. The answers do not change and
the bounds still hold.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

import pytest

import rasd.text.normalize as normalize_mod
from rasd.ner.features import FeatureExtractor
from rasd.stages.timex.lexicon import time_lexicon
from rasd.text import matcher
from rasd.text.normalize import normalize, normalize_word

# Words of an ordinary news sentence (written for this test): "the forces shelled the villages of the
# countryside with artillery and the residents fled"; each gets a suffix of this test so the caches have not met them.
_SENTENCE = "وقصفت القوات بالمدفعية قرى الريف الشمالي ففر السكان إلى المخيمات"


def _fresh(word: str) -> str:
    """An equal string that is another object than ``word`` (as a slice of another text would be)."""
    copy = "".join(list(word))
    assert copy == word and copy is not word
    return copy


def _words(tag: str) -> list[str]:
    return [w + tag for w in _SENTENCE.split()]


def _stored_key(cache: Iterable[str], word: str) -> str:
    """The key object a cache holds for ``word``."""
    return next(k for k in cache if k == word)


def test_word_cache_keys_and_values_are_interned() -> None:
    for word in _words("يمكث"):
        canon = sys.intern(_fresh(word))
        assert normalize_word(_fresh(word)) == normalize(word)  # the same answer as the uncached function
        assert _stored_key(normalize_mod._WORD_CACHE, word) is canon
        assert normalize_word(_fresh(word)) is sys.intern(normalize(word))


def test_word_cache_bound_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize_mod, "_WORD_CACHE_LIMIT", 4)
    normalize_mod._WORD_CACHE.clear()
    words = _words("نتبع")
    for word in words:
        assert normalize_word(word) == normalize(word)
        assert len(normalize_mod._WORD_CACHE) <= 4
    normalize_mod._WORD_CACHE.clear()


def test_stripped_readings_share_interned_strings() -> None:
    word = "وبالمخيمات" + "قرط"
    canon = sys.intern(_fresh(word))
    readings = matcher.strip_proclitics(_fresh(word))
    assert readings[0] == ("", normalize(word))
    assert ("وبال", "مخيمات" + "قرط") in readings
    assert _stored_key(matcher._STRIPPED, word) is canon
    for _prefix, stem in readings[1:]:
        assert stem is sys.intern(stem)
    assert matcher.strip_proclitics(_fresh(word)) == readings  # a cached answer equals the first


def test_seen_counts_key_interned_words(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words("سلم")[: matcher._SEEN_SAMPLE]  # a multiple of the sample: counted
    canons = [sys.intern(_fresh(w)) for w in words]
    matcher._count_seen([_fresh(w) for w in words])
    for word, canon in zip(words, canons, strict=True):
        assert _stored_key(matcher._SEEN, word) is canon
        assert matcher._SEEN[word] >= 1


def test_feature_records_share_interned_strings() -> None:
    fx = FeatureExtractor(lexical=False)
    for word in _words("وشج"):
        canon = sys.intern(_fresh(word))
        record = fx.record(_fresh(word))
        assert _stored_key(fx._records, word) is canon
        assert record == FeatureExtractor(lexical=False).record(word)  # the same record from an empty cache
        for text in (record[5], record[6], record[9]):
            assert text is sys.intern(text)


def test_time_lexicon_caches_share_interned_strings() -> None:
    lex = time_lexicon()
    for word in ("وبالأمسعقث", "للعامعقث", "الخميسعقث"):
        norm = normalize(word)
        canon = sys.intern(_fresh(norm))
        info = lex.token_info(_fresh(norm))
        assert _stored_key(lex.info_cache, norm) is canon
        assert lex.token_info(_fresh(norm)) == info
        pre, key = lex.analyse(_fresh(norm))
        assert _stored_key(lex._cache, norm) is canon
        assert (pre, key) == info[:2]


def test_shared_reading_table_keys_are_interned() -> None:
    m: matcher.LexiconMatcher[str] = matcher.LexiconMatcher([("القوات", "forces"), ("مخيم", "camp")])
    text = _fresh("وصلت القواتزرق إلى المخيمزرق")
    before = m.find_all(text)
    for word in ("القواتزرق", "المخيمزرق"):
        assert _stored_key(m._cache, word) is sys.intern(_fresh(word))
    assert m.find_all(_fresh(text)) == before


def test_shared_readings_table_keys_are_interned() -> None:
    shared = matcher.SharedReadings()
    forces = matcher.LexiconMatcher([("القوات", "forces")], shared=shared)
    camps = matcher.LexiconMatcher([("مخيم", "camp")], shared=shared)
    text = _fresh("وصلت القواتنمر إلى المخيمنمر وبالقوات")
    view = matcher.cached_view(text)
    found = (forces.find_all(view), camps.find_all(view))
    for word in ("وصلت", "القواتنمر", "المخيمنمر"):
        assert _stored_key(shared.table, word) is sys.intern(_fresh(word))
    assert (forces.find_all(_fresh(text)), camps.find_all(_fresh(text))) == found
    assert [m.value for m in found[0]] == ["forces"]
