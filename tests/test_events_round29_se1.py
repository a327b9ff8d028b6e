"""Round 29 (helper se1): the events stage's time, every output byte kept.

Speed only: each test compares a new shortcut with the code it replaces (kept here as the reference) or with the
slow path it skips, on sentences written for these tests and on random texts built from their words.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import pairwise
from types import SimpleNamespace
from typing import Any

import pytest

import rasd.text.matcher as M
from rasd.document import Span
from rasd.events import context as C
from rasd.events.coding import triggers as T
from rasd.events.coding.readers import _WORD_AT
from rasd.events.lexicon import cue_matcher, event_lexicon, word_set
from rasd.text.cache import shrink_to_most_used
from rasd.text.matcher import LexiconMatcher, SharedReadings, strip_proclitics
from rasd.text.normalize import normalize, normalize_words

_SENTENCES = [
    "قالت مصادر محلية إن طائرات حربية قصفت بلدة في ريف إدلب، فيما تواصلت الاشتباكات على أطراف المدينة.",
    "وأكد الناطق باسم الشرطة أن دورية تعرضت لإطلاق نار في حين كانت تقوم بمهمة تفتيش قرب السوق الشعبي",
    "بينما أعلن الجيش سيطرته على التلال المحيطة، إلا أن المسلحين ما زالوا يتحصنون في الأحياء الشرقية",
    "وبالتزامن مع ذلك، شهدت العاصمة وسط حالة من التوتر مظاهرات غير أن قوات الأمن لم تتدخل لتفريقها؛ كما خرج آخرون",
    "ويأتي الهجوم عقب أيام من تفجير استهدف حافلة للركاب، وذلك بعدما هدد التنظيم بتوسيع عملياته حيث تتمركز قواته",
    "في حينه لم يعلق المسؤولون، ولكن مصادر قالت لوكالة الأنباء: الا ان الوضع هادئ\nوفي حين عاد السكان إلى منازلهم",
    "ﻻ أحد يعلم، كما قيل في  حين آخر، الا  ان الأمور بعدما هدأت عادت إلى سابق عهدها وفيما بعد",
    "انطلقت دورة تدريبية على إطلاق النار للمجندين الجدد، وتدريبات على اقتحام المباني وتفكيك العبوات الناسفة",
    "شارك المتطوعون في التدريب على الإسعافات الأولية، على أن يبدأ التدريب على القتال لاحقا في معسكر الشمال",
]


# ---------------------------------------------------------------------------------------------- matcher
def _shrink_reference(cache: dict[str, object], uses: Counter[str], keep: int) -> None:
    """shrink_to_most_used as it was written before round 29 (Python loops), the reference for the C-level one that
    the matcher and the NER features now share (the lead's review moved se1's _shrink into rasd.text.cache)."""
    if len(cache) <= keep:
        return
    if keep <= 0:
        cache.clear()
        return
    keys = list(cache)
    counts = [uses.get(k, 0) for k in keys]
    cut = sorted(counts, reverse=True)[keep - 1]
    kept = [k for k, c in zip(keys, counts, strict=True) if c > cut]
    kept += [k for k, c in zip(keys, counts, strict=True) if c == cut][: keep - len(kept)]
    values = {k: cache[k] for k in kept}
    cache.clear()
    cache.update(values)


def test_shrink_keeps_what_shrink_to_most_used_kept_in_its_order() -> None:
    assert M._shrink is shrink_to_most_used
    rng = random.Random(29)
    for _ in range(300):
        n = rng.randint(0, 60)
        keys = [f"w{rng.randint(0, 200)}" for _ in range(n)]
        cache = {k: (k, i) for i, k in enumerate(keys)}
        uses = Counter({k: rng.randint(0, 5) for k in keys if rng.random() < 0.8})
        keep = rng.randint(-1, len(cache) + 2)
        a, b = dict(cache), dict(cache)
        _shrink_reference(a, uses, keep)
        M._shrink(b, uses, keep)
        assert list(a.items()) == list(b.items())


def test_proclitic_strings_are_every_prefix_a_reading_strips() -> None:
    words = ("وبالمدينة", "فللقرية", "كالبحر", "والقصف", "فبالقوات", "وكالعادة")
    seen = {p for w in words for p, _ in strip_proclitics(w)}
    assert seen - {""} <= M._PROCLITICS
    assert {p[0] for p in M._PROCLITICS} == M._PROCLITIC_FIRSTS


def _words_of(texts: list[str]) -> set[str]:
    out: set[str] = set()
    for t in texts:
        out.update(normalize(w) for w in re.findall(r"[^\W\d_]+", t))
    rng = random.Random(3)
    letters = "وفبلكالقصفمدينةعتحرير"
    for _ in range(3000):  # words the tests do not guess: random letters, proclitic-looking starts among them
        out.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
    return out


@pytest.mark.parametrize("which", ["cues", "triggers", "small"])
def test_the_stricter_opening_test_misses_no_reading(which: str) -> None:
    if which == "cues":
        m: Any = cue_matcher()
    elif which == "triggers":
        m = event_lexicon().triggers
    else:
        m = LexiconMatcher(
            [("مدينة", 1), ("الغوطة الشرقية", 2), ("اللاذقية", 3), ("حلب", 4), ("قصف", 5), ("بين", 6)],
            keep_whole=("بين",),
        )
    words = _words_of(_SENTENCES)
    words.update({"بالمدينه", "للغوطه", "للاذقيه", "وبالقصف", "فلحلب", "كالمدينه", "المدينه", "وبين", "ولل", "وبال"})
    opened = 0
    for w in words:
        readings = m._readings(w)
        if readings:
            assert m._may_read(w), w  # a word with a reading always passes
            opened += 1
        assert m._read(w) == readings, w
    assert opened > 0


def test_shared_rows_equal_each_members_readings() -> None:
    shared = SharedReadings()
    a = LexiconMatcher([("مدينة", 1), ("الغوطة الشرقية", 2), ("في حين", 3)], shared=shared)
    b = LexiconMatcher([("قصف", "x"), ("اللاذقية", "y"), ("بين", "z")], shared=shared, keep_whole=("بين",))
    for text in _SENTENCES:
        an = M._analyze(M.cached_view(text))
        rows = shared.rows(an)
        for word, row in zip(an.words, rows, strict=True):
            assert row == (a._readings(word), b._readings(word))


def test_view_words_are_the_analysis_words() -> None:
    view = M.cached_view(_SENTENCES[0] + " https://example.com/كما كما")
    words, starts = M.view_words(view)
    an = M._analyze(view)
    assert words is an.words and starts is an.starts
    assert "كما" in words


# ---------------------------------------------------------------------------------------------- clauses
def _old_clauses(text: str, sentences: list[Span]) -> list[tuple[int, int]]:
    """Round 28's clause loop of ``build_context``."""
    clauses: list[tuple[int, int]] = []
    for s in sentences:
        pos = s.start
        for br in C._CLAUSE_BREAK.finditer(text, s.start, s.end):
            if br.start() > pos:
                clauses.append((pos, br.start()))
            pos = br.end()
        if pos < s.end:
            clauses.append((pos, s.end))
    return clauses


def test_opener_words_come_from_the_cue_list() -> None:
    assert C._OPENER_WORDS is not None
    firsts, single, nexts = C._OPENER_WORDS
    assert {"فيما", "وفيما", "كما", "حيث", "عقب"} <= single
    assert nexts["في"] == frozenset({"حين"}) and nexts["الا"] == frozenset({"ان"})
    assert firsts == single | set(nexts)


def test_clause_spans_as_the_regex_over_each_sentence() -> None:
    text = " ".join(_SENTENCES)
    ends = [m.end() for m in re.finditer(r"[.:\n]", text)]
    bounds = [0, *ends, len(text)]
    sentences = [Span(a, b) for a, b in pairwise(bounds) if b > a]
    got = C.clause_spans(text, sentences)
    assert got == _old_clauses(text, sentences)
    assert len(got) > len(sentences)  # openers and commas cut them
    for s in _SENTENCES:
        assert C.clause_spans(s, [Span(0, len(s))]) == _old_clauses(s, [Span(0, len(s))])


def test_clause_spans_on_random_texts() -> None:
    rng = random.Random(11)
    pieces = ["في", "حين", "وفي", "كما", "إلا", "أن", "الا", "ان", "غير", "لكن", "ولكن", "وذلك", "حيث", "وسط", "عقب"]
    pieces += ["بعدما", "فيما", "وفيما", "بينما", "من", "قال", "حينه", "كمال", "ﻻ", "كَما", "https://t.co/كما", "٢"]
    seps = [" ", " ", "  ", "\n", "\t", "\u00a0", "،", ",", "؛", ":", ".", "\u200c", "_", "-", " ، ", "\r\n", "\x1c"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.5:
            text = rng.choice(seps) + text
        n = len(text)
        cuts = sorted(rng.sample(range(n + 1), min(n + 1, rng.randint(0, 3))))
        bounds = [0, *cuts, n]
        sentences = [Span(a, b) for a, b in pairwise(bounds) if b > a] or [Span(0, n)]
        if rng.random() < 0.2 and n > 4:  # sentences that overlap
            sentences = sorted([*sentences, Span(1, n - 1)], key=lambda s: s.start)
        assert C.clause_spans(text, sentences) == _old_clauses(text, sentences), (text, sentences)


def test_clause_spans_without_opener_words_tries_every_space(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "_OPENER_WORDS", None)
    for s in _SENTENCES:
        assert C.clause_spans(s, [Span(0, len(s))]) == _old_clauses(s, [Span(0, len(s))])


# ---------------------------------------------------------------------------------------------- triggers
def _old_trained(text: str, start: int) -> bool:
    """Round 28's ``triggers._trained``."""
    training = word_set("training_words")
    before = normalize_words(_WORD_AT.findall(text[max(0, start - 60) : start])[-5:])
    on = normalize("على")
    before = [
        next((r for _, r in strip_proclitics(w) if r in training or r == on), w) if w[:1] in "وفبلا" else w
        for w in before
    ]
    if len(before) >= 2 and before[-1] == on and before[-2] in training:
        return True
    tail = before[-5:]
    joined = text[start : start + 1] == "و" or text[max(0, start - 1) : start] == "و"
    return joined and any(tail[i] in training and tail[i + 1] == normalize("على") for i in range(len(tail) - 1))


def test_trained_answers_as_before_at_every_word() -> None:
    found = 0
    for text in _SENTENCES:
        ctx = SimpleNamespace(doc=SimpleNamespace(text=text))
        for m in re.finditer(r"[^\W\d_]+", text):
            got = T._trained(ctx, m.start())  # type: ignore[arg-type]
            assert got == _old_trained(text, m.start()), (text, m.group())
            found += got
    assert found >= 3  # إطلاق، اقتحام، تفكيك … after التدريب على


# ---------------------------------------------------------------------------------------------- status
def test_doubted_per_word_as_its_bare_forms() -> None:
    from rasd.events.coding import status as S

    words = _words_of(_SENTENCES) | {normalize(w) for w in ("ادعاءات", "وبادعاءات", "مزاعم", "بمزاعم", "فادعاء", "زعم")}
    hits = 0
    for w in words:
        assert S._doubted(w) == bool(S._bare_forms(w) & S._DOUBTED), w
        hits += S._doubted(w)
    assert hits >= 1


def test_split_entry_as_the_regex_for_every_entry() -> None:
    from rasd.resources import load_yaml

    data = load_yaml("ar/events.yaml")
    surfaces: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, str):
            surfaces.append(x)
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            for y in x.values():
                walk(y)

    walk(data)
    surfaces += ["الغوطة الشرقية", "U.S.", "ريف  حماة", " حماة", "حماة ", "", "طريق-حلب", "حي 14 آذار", "2015", "ـ"]
    surfaces += ["قصف_جوي", "مدينة\u00a0حلب", "ب ٢", "حلب²", "قَصف"]
    fast = 0
    for s in surfaces:
        t = normalize(s)
        assert M._split_entry(t) == M._split_entry_regex(t), t
        fast += all(map(str.isalpha, t.split(" ")))
    assert fast > 1000
