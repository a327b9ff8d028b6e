"""Round 32 (helper sp12): the events stage's share of the pipeline, with every output the same.

* ``matcher._analyze`` interns the words it splits from a text: each is the same string object as the key that every
  word cache (round 31, mem1: interned keys) holds for that word type, so a cache hit compares identities. The words,
  their offsets and every match are the same as before; a matcher whose cache (or shared table) is warm gives the
  same matches as one that reads every word afresh.
* ``normalize._fast_fold`` removes the dropped marks with ``sub`` only when a search finds one: the same folding as
  the ``sub`` it always ran (kept here as the reference), on written phrases and random texts.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

import rasd.text.normalize as N
from rasd.text import matcher
from rasd.text.normalize import normalize, normalize_view

# Sentences written for this test (news register): shelling, an arrest, a statement with diacritics and tatweel.
_TEXTS = [
    "قصفت المدفعية مواقع المسلحين في ريف حماة الشمالي، وقتل ثلاثة مدنيين بينهم طفل.",
    "اعتقلت قوات الأمن عشرة أشخاص في مدينة حمص بتهمة المشاركة في مظاهرة ضد الحكومة",
    "وأعلنـــت وزارةُ الدفاعِ أنَّ طائراتها شنّت غاراتٍ على معسكرٍ للتنظيم قرب الباب",
    "فرّ السكان إلى المخيمات بعد اشتباكات عنيفة في الأحياء الشرقية للمدينة يوم الأحد",
]


def _fresh(text: str) -> str:
    """An equal string that is another object (as a text read from another document would be)."""
    return "".join(list(text))


def test_analysed_words_are_the_interned_strings() -> None:
    for text in _TEXTS:
        view = normalize_view(_fresh(text) + " كلمةجديدةزرق")
        an = matcher._analyze(view)
        assert an.words  # the same words as the word regex finds, at the same offsets
        assert an.words == [m.group() for m in matcher._WORD_RE.finditer(view.text)]
        assert an.starts == [m.start() for m in matcher._WORD_RE.finditer(view.text)]
        for word in an.words:
            assert word is sys.intern(_fresh(word))


def test_a_warm_cache_matches_as_a_cold_one() -> None:
    entries = [("قصفت", "shell"), ("مدينة", "town"), ("ريف حماة", "rural"), ("اعتقل", "arrest"), ("غارة", "strike")]
    warm: matcher.LexiconMatcher[str] = matcher.LexiconMatcher(entries)
    shared = matcher.SharedReadings()
    a: matcher.LexiconMatcher[str] = matcher.LexiconMatcher(entries, shared=shared)
    b: matcher.LexiconMatcher[str] = matcher.LexiconMatcher(
        [("المخيمات", "camps"), ("الأمن", "security")], shared=shared
    )
    for _ in range(2):  # the second time every word is cached (and every analysed word is an interned key)
        for text in _TEXTS:
            cold: matcher.LexiconMatcher[str] = matcher.LexiconMatcher(entries)
            got = warm.find_all(_fresh(text))
            assert got == cold.find_all(_fresh(text))
            assert a.find_all(_fresh(text)) == got
            assert warm.find_all(_fresh(text), overlapping=True) == cold.find_all(_fresh(text), overlapping=True)
            lone: matcher.LexiconMatcher[str] = matcher.LexiconMatcher([("المخيمات", "camps"), ("الأمن", "security")])
            assert b.find_all(_fresh(text)) == lone.find_all(_fresh(text))
    assert [m.value for m in warm.find_all(_TEXTS[0])] == ["shell", "rural"]


def _fast_fold_before(text: str) -> str:
    """Round 31's ``_fast_fold``: the marks removed by ``sub`` in every case."""
    out = text
    for a, b in N._FREQUENT:
        if a in out:
            out = out.replace(a, b)
    if N._RARE_RE.search(out):
        out = N._RARE_RE.sub(lambda m: N._RARE[m.group()], out)
    return N._DROP_RE.sub("", out)


def test_fast_fold_as_before_on_random_texts() -> None:
    rng = random.Random(32)
    alphabet = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةأإآىؤئء،., -\n0123456789٠١٢٣ABCz") + [
        chr(cp) for cp in sorted(N._DROP)
    ]
    texts = [*_TEXTS, "", "ـ", "\u064b", "مدينة", "مَدينةٌ"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert N._fast_fold(text) == _fast_fold_before(text)
        assert normalize(text) == normalize_view(text).text


class _CountingPattern:
    """A stand-in for ``_DROP_RE`` that counts its ``sub`` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.subs = 0

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def sub(self, repl: str, text: str) -> str:
        self.subs += 1
        return self.pattern.sub(repl, text)

    def finditer(self, text: str):  # type: ignore[no-untyped-def]
        return self.pattern.finditer(text)


def test_marks_removed_only_where_there_are_some(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingPattern(N._DROP_RE)
    monkeypatch.setattr(N, "_DROP_RE", counting)
    assert N._fast_fold("قوات الأمن في مدينة حمص") == "قوات الامن في مدينه حمص"
    assert counting.subs == 0  # no mark: no sub
    assert N._fast_fold("قواتُ الأمنِ") == "قوات الامن"
    assert counting.subs == 1
