"""Claims stage speed, round 41 (helper sp15; docs/measurements.md "Round 41: the claims stage's time"): each search
changed for speed against the reading before it. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import random
import re
import re._parser as sre_parse

import pytest

from rasd import extract
from rasd.claims.content import QUOTE_RE, Clauses, quote_mark_offsets
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import load_claim_lexicon
from rasd.document import Document
from rasd.stages.claims.channels import _holds_any
from rasd.stages.claims.common import _DATELINE_REACH, _dateline_end
from rasd.stages.claims.cues import (
    _CALL_GATE,
    _CALL_NOUNS,
    _COLON_RE,
    _DATELINE,
    _MET_GATE,
    _MET_VERBS,
    _QUESTION_GATE,
    _QUESTION_NOUNS,
    _RELAYING_GATE,
    _RELAYING_VERBS,
    _REPLY_GATE,
    _REPLY_NOUNS,
    literal_gate,
)
from rasd.stages.claims.sources import _colon_matches

from .test_claims import STAGES

#: news-style texts written for these tests: gate words in and out of the spans searched, colons before quotes and
#: clock times, datelines, quotation marks of four kinds
ARTICLES = [
    "عمّان - خاص\nوقال المتحدث باسم الوزارة في تصريحات نقلتها صحيفة «الغد» إن المعبر سيفتح غدا، وأضاف ردا على "
    "سؤال لـ«الرأي»: «لن نغلق الحدود». وفي اتصال هاتفي مع «المملكة» أكد مسؤول أن الاجتماع عقد عند الساعة 10:30.",
    "دمشق – وكالات: أعلن الجيش السيطرة على البلدة، والتقت «الوطن» بأحد السكان الذي قال: “القصف لم يتوقف”، "
    'فيما رد المحافظ على تساؤلات الأهالي بأن الطرق ستفتح، وكتب الناشط: "الوضع صعب" و„الماء مقطوع".',
    "تونس\nالمصدر: الوكالة الرسمية\nوقال الوزير : «سنواصل الحوار» ،ونشرته الإذاعة بعد ساعة؛ وأوردها الموقع "
    "تعليقاً على الاستفسارات.",
]

_GATES = [
    (_RELAYING_GATE, _RELAYING_VERBS),
    (_CALL_GATE, _CALL_NOUNS),
    (_QUESTION_GATE, _QUESTION_NOUNS),
    (_REPLY_GATE, _REPLY_NOUNS),
    (_MET_GATE, _MET_VERBS),
]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [extract(a, fmt="text", published="2023-03-02", stages=STAGES) for a in ARTICLES]


# ---------------------------------------------------------------------------------------------- literal gates
def test_gates_as_holds_any_on_every_span_of_written_texts() -> None:
    held = 0
    for gate, words in _GATES:
        for text in ARTICLES:
            for a in range(0, len(text) + 1, 3):
                for b in range(a, min(len(text), a + 120) + 1, 2):
                    got = gate.search(text, a, b) is not None
                    assert got == _holds_any(text, a, b, words), (gate.pattern, a, b)
                    held += got
    assert held > 1000  # the texts hold the gates' words: not a comparison of misses only


def test_gates_as_holds_any_on_random_texts() -> None:
    rnd = random.Random(41)
    for gate, words in _GATES:
        parts = [*words, *(w[:-1] for w in words), *(w[1:] for w in words), " ", "و", "ال", "«", "ً", "\n"]
        hits = 0
        for _ in range(3_000):
            text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            got = gate.search(text, a, b) is not None
            assert got == _holds_any(text, a, b, words), (gate.pattern, text, a, b)
            hits += got
        assert hits > 300


def test_literal_gate_leaves_out_words_holding_another() -> None:
    gate = literal_gate(("رد", "ردا", "رداً", "تعليقا", "تعليقاً"))
    assert gate.pattern == "رد|تعليقا"
    assert gate.search("وقال تعليقاً على القرار") is not None
    assert gate.search("وقال معلقا على القرار") is None
    assert literal_gate(("a.b",)).search("axb") is None  # the words as written, no pattern syntax


# ---------------------------------------------------------------------------------------------- colons
def test_colon_matches_as_finditer() -> None:
    for text in ARTICLES:
        assert [m.span() for m in _colon_matches(text)] == [m.span() for m in _COLON_RE.finditer(text)]
    rnd = random.Random(4101)
    chars = ':：«"“ \n\tاب1'
    hits = 0
    for _ in range(30_000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 24)))
        spans = [m.span() for m in _colon_matches(text)]
        assert spans == [m.span() for m in _COLON_RE.finditer(text)], text
        hits += len(spans) > 1
    assert hits > 1000  # several matches, of both colons, in order


# ---------------------------------------------------------------------------------------------- quotation marks
def test_quote_mark_offsets_as_finditer() -> None:
    rnd = random.Random(4102)
    chars = '«“"„»” ا\n'
    for text in [*ARTICLES, *("".join(rnd.choice(chars) for _ in range(rnd.randint(0, 20))) for _ in range(20_000))]:
        assert quote_mark_offsets(text) == [m.start() for m in QUOTE_RE.finditer(text)], text


def test_quote_marks_in_as_finditer_on_every_span(documents: list[Document]) -> None:
    marks = 0
    for doc in documents:
        cl = Clauses(DocIndex.build(doc, load_claim_lexicon()), [])
        text = doc.text
        for a in range(-2, len(text) + 3):
            for b in range(a - 3, len(text) + 3, 5):
                assert cl._quote_marks_in(a, b) == [m.start() for m in QUOTE_RE.finditer(text, max(a, 0), b)]
        marks += len(cl._quote_marks_in(0, len(text)))
    assert marks >= 8  # the texts hold marks of the four kinds


# ---------------------------------------------------------------------------------------------- datelines
def test_dateline_reach_bounds_the_pattern() -> None:
    high = sre_parse.parse(_DATELINE.pattern).getwidth()[1]
    assert high <= _DATELINE_REACH  # every match ends within the reach, at its colon
    assert _DATELINE.pattern.endswith(":")
    rnd = random.Random(4103)
    for _ in range(20_000):
        text = "".join(rnd.choice("اب -–:\n«") for _ in range(rnd.randint(0, 130)))
        m = _DATELINE.match(text)
        if m is not None:
            assert ":" in text[:_DATELINE_REACH]


def _dateline_end_before(ix: DocIndex, s0: int) -> int:
    """Round 40's :func:`_dateline_end`: the pattern matched at every sentence's start."""
    text = ix.doc.text
    p = s0
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    found = _DATELINE.match(text, p)
    if found is None or len(text[p : found.end()].split()) > 7:
        return s0
    return found.end()


def test_dateline_end_as_before(documents: list[Document]) -> None:
    moved = 0
    texts = [*documents, extract("القدس - رويترز: قال مسؤول إن المفاوضات توقفت.", fmt="text", stages=STAGES)]
    for doc in texts:
        ix = DocIndex.build(doc, load_claim_lexicon())
        for s0 in sorted({0, *(s.start for s in doc.sentences), *(t.start for t in doc.tokens)}):
            got = _dateline_end(ix, s0)
            assert got == _dateline_end_before(ix, s0)
            moved += got != s0
    assert moved >= 1  # a dateline is read past


def test_gate_words_are_the_patterns_words() -> None:
    for gate, words in _GATES:
        assert all(re.escape(w) in gate.pattern or any(v in w for v in words if v != w) for w in words)
