"""Bounded word caches: shrinking keeps the most used entries."""

from __future__ import annotations

from collections import Counter

import pytest

import rasd.ner.features as features
import rasd.text.matcher as matcher
from rasd.ner.features import FeatureExtractor
from rasd.text.cache import shrink_to_most_used
from rasd.text.matcher import LexiconMatcher


def test_shrink_keeps_the_most_used_and_first_cached_on_ties() -> None:
    cache = {w: w.upper() for w in ["a", "b", "c", "d", "e"]}
    uses = Counter({"c": 5, "a": 3, "e": 3, "d": 1})
    shrink_to_most_used(cache, uses, 2)
    assert cache == {"c": "C", "a": "A"}  # a and e tie at 3: a was cached first
    shrink_to_most_used(cache, uses, 5)  # already small enough: unchanged
    assert cache == {"c": "C", "a": "A"}
    shrink_to_most_used(cache, uses, 0)
    assert cache == {}


def test_unseen_words_go_first() -> None:
    cache = {"x": 1, "y": 2, "z": 3}
    shrink_to_most_used(cache, Counter({"z": 1}), 1)
    assert cache == {"z": 3}


def test_feature_records_survive_eviction_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    fx = FeatureExtractor(lexical=False)
    words = [f"كلمة{i}" for i in range(12)]
    before = {w: fx.record(w) for w in words}
    monkeypatch.setattr(features, "_CACHE_LIMIT", 8)
    fx._records.clear()
    fx.document_context([["في", "في", "في", *words[:3]]])
    for w in words:
        fx.record(w)
    assert len(fx._records) <= 8
    assert "في" in fx._records  # the most used word stays through the evictions
    assert all(fx.record(w) == before[w] for w in words)  # a recomputed record equals the first


def test_matcher_finds_the_same_with_a_tiny_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = [("حماة", "hama"), ("ريف حماة", "rural hama"), ("دمشق", "damascus"), ("الغوطة الشرقية", "ghouta")]
    texts = [
        "قصف على ريف حماة وبدمشق اليوم",
        "اشتباكات في الغوطة الشرقية وللغوطة الشرقية قرب دمشق",
        "وفي حماة ودمشق وريف حماة هدوء",
    ] * 3
    wide = LexiconMatcher(entries)
    expected = [[(m.start, m.end, m.value) for m in wide.find_all(t)] for t in texts]
    monkeypatch.setattr(matcher, "_CACHE_LIMIT", 4)
    tiny = LexiconMatcher(entries)
    got = [[(m.start, m.end, m.value) for m in tiny.find_all(t)] for t in texts]
    assert got == expected
    assert len(tiny._cache) <= 4 + 8  # bounded: at most the limit plus one text's new words
