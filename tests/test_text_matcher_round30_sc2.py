"""The claims matcher's cache of the words that may start a cue (round 30, helper sc2; docs/measurements.md "Round 30:
the claims stage's time"): ``LexiconMatcher(..., openers_only=True)`` finds what the growing cache finds, on written
articles, sentences and random word strings, and keeps no word outside its openers. Sentences written for the project
(none taken from an article)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from rasd.claims.lexicon import load_claim_lexicon
from rasd.text.matcher import _PROCLITICS, LexiconMatcher, SharedReadings, _analyze, cached_view

from .test_claims_round30_sc2 import ARTICLES


# ---------------------------------------------------------------------------------------------- the openers' cache
def _entries() -> list[tuple[str, str]]:
    """A small lexicon of cues written for the test: verbs, nouns with and without ال, a multi-word entry."""
    words = ["قال", "أكد", "أن", "إن", "بحسب", "وفقا ل", "مصدر", "المصادر", "ناشطون", "في بيان", "الناطق باسم", "لفت"]
    return [(w, w) for w in words]


def _matches(matcher: LexiconMatcher[Any], text: str, overlapping: bool = False) -> list[tuple[object, ...]]:
    return [
        (m.start, m.end, m.value, m.key, m.prefix, m.prefix_start)
        for m in matcher.find_all(text, overlapping=overlapping)
    ]


def _claim_entries() -> list[tuple[str, object]]:
    """The claims lexicon's entries as its matcher was built from them (its nodes' keys and values)."""
    out: list[tuple[str, object]] = []
    stack = list(load_claim_lexicon().matcher._root.values())
    while stack:
        node = stack.pop()
        out.extend((node.key, v) for v in node.values)
        stack.extend(node.children.values())
    return sorted(out, key=lambda kv: (kv[0], repr(kv[1])))


@pytest.mark.parametrize("article", range(len(ARTICLES)))
def test_the_openers_cache_finds_what_the_growing_cache_finds(article: int) -> None:
    lex = load_claim_lexicon()
    plain = LexiconMatcher(_claim_entries(), clitics=True, article_optional=False)
    openers = LexiconMatcher(_claim_entries(), clitics=True, article_optional=False, openers_only=True)
    text = ARTICLES[article]
    for overlapping in (False, True):
        assert _matches(openers, text, overlapping) == _matches(plain, text, overlapping)
        assert _matches(lex.matcher, text, overlapping) == _matches(plain, text, overlapping)
    # what the openers' cache keeps is what the growing cache holds for those words; it keeps no other word
    assert set(openers._cache) <= openers._openers()
    assert set(openers._cache) < set(plain._cache)
    for word, readings in openers._cache.items():
        assert _keys(readings) == _keys(plain._cache[word]), word


def _keys(readings: tuple[tuple[str, int, object], ...]) -> list[tuple[object, ...]]:
    """A word's readings by what they say (two matchers have nodes of their own)."""
    return [(prefix, art, node.key, tuple(map(repr, node.values))) for prefix, art, node in readings]  # type: ignore[attr-defined]


def test_a_word_outside_the_openers_has_no_reading() -> None:
    m = LexiconMatcher(_entries(), openers_only=True)
    openers = m._openers()
    words = {w for a in ARTICLES for w in _analyze(cached_view(a)).words}
    bare = sorted(m._bare)
    words |= {p + b for p in ("", *_PROCLITICS) for b in bare}
    words |= {p + b[:-1] for p in ("", "و", "بال") for b in bare} | {b + "ة" for b in bare} | {"ال" + b for b in bare}
    read = 0
    for w in sorted(words):
        if w not in openers:
            assert not m._may_read(w) and m._read(w) == (), w
        else:
            read += bool(m._read(w))
    assert read > 50


def test_the_openers_cache_on_written_sentences() -> None:
    openers = LexiconMatcher(_entries(), openers_only=True)
    plain = LexiconMatcher(_entries())
    for text in (
        "وقال الناطق باسم الشرطة إن الحادث وقع فجرا، وأكد مصدر أمني أن التحقيق مستمر",
        "فبحسب المصادر فإن الوفد وصل، وفقا لما أعلنته الوزارة في بيان لها",
        "ولفت ناشطون إلى أن بالمصادر والمصدر وللمصادر كلاما آخر، فقالوا إنه غير دقيق",
        "",
        "قال",
        "وقال الناطق باسم الشرطة إن الحادث وقع فجرا",  # a second time: the words read before come from the cache
    ):
        for overlapping in (False, True):
            assert _matches(openers, text, overlapping) == _matches(plain, text, overlapping), text
    assert set(openers._cache) <= openers._openers()


def test_a_shared_matcher_keeps_its_shared_table() -> None:
    shared = SharedReadings()
    m = LexiconMatcher(_entries(), shared=shared, openers_only=True)
    assert not m._openers_only
    assert _matches(m, "وقال مصدر إن الوفد وصل") == _matches(LexiconMatcher(_entries()), "وقال مصدر إن الوفد وصل")
    assert shared.table and m._opener_set is None


def test_random_words_read_the_same() -> None:
    rng = random.Random(30)
    openers = LexiconMatcher(_claim_entries(), clitics=True, article_optional=False, openers_only=True)
    plain = LexiconMatcher(_claim_entries(), clitics=True, article_optional=False)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةء"
    bare = sorted(openers._bare)
    for _ in range(300):
        words = []
        for _ in range(12):
            kind = rng.random()
            if kind < 0.4:
                words.append(rng.choice(["", "و", "ف", "ب", "ل", "ك", "وب", "ولل", "بال", "فبال"]) + rng.choice(bare))
            elif kind < 0.6:
                words.append(rng.choice(bare) + rng.choice(["", "ه", "ها", "ون"]))
            else:
                words.append("".join(rng.choice(letters) for _ in range(rng.randint(1, 7))))
        text = " ".join(words)
        assert _matches(openers, text) == _matches(plain, text), text
