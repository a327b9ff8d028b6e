"""Offset-preserving building blocks: the base text, tracked strings, blanking, paragraph spans."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ingest.tracked import Tracked, keep_only, paragraph_spans, source_text, strip_span


@pytest.mark.parametrize(
    ("raw", "base"),
    [
        ("سطر\r\nثانٍ", "سطر \nثانٍ"),  # CRLF: the CR becomes a space, the newline stays
        ("سطر\rثانٍ", "سطر\nثانٍ"),  # a lone CR ends a line
        ("\ufeff\ufeffنص", "  نص"),  # byte-order marks at the start are blanked
        ("نص\ufeffنص", "نص\ufeffنص"),  # ... elsewhere it is a character like any other
        ("أ\x00ب", "أ ب"),
        ("قصف على إدلب.", "قصف على إدلب."),
    ],
)
def test_source_text(raw: str, base: str) -> None:
    assert source_text(raw) == base
    assert len(source_text(raw)) == len(raw)


@pytest.mark.parametrize(
    ("base", "ranges", "text"),
    [
        ("**روسيا** قالت", [(2, 7), (9, 14)], "  روسيا   قالت"),
        ("[#هدنة](#)\nنص", [(1, 6), (11, 13)], " #هدنة    \nنص"),
        ("أ\nب\nج", [], " \n \n "),  # newlines are never blanked
        ("abcdef", [(3, 5), (1, 4), (0, 0)], " bcde "),  # overlapping and empty ranges, in any order
    ],
)
def test_keep_only(base: str, ranges: list[tuple[int, int]], text: str) -> None:
    assert keep_only(base, ranges) == text


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("\n\n  عنوان  \nسطر\n \t\nفقرة ثانية\n\n\n", ["عنوان  \nسطر", "فقرة ثانية"]),
        ("   ", []),
        ("فقرة", ["فقرة"]),
    ],
)
def test_paragraph_spans(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in paragraph_spans(text)] == spans


def test_strip_span() -> None:
    assert strip_span("  نص \n", 0, 6) == (2, 4)
    assert strip_span("   ", 0, 3)[0] == strip_span("   ", 0, 3)[1]


def test_cut_join_and_covering_runs() -> None:
    base = "قوات &amp; فصائل"
    t = Tracked.join([Tracked.at("قوات ", 0), Tracked.covering("&", 5, 10), Tracked.at(" فصائل", 10)])
    assert t.text == "قوات & فصائل"
    assert list(t.kept()) == [(0, 5), (5, 10), (10, 16)]
    assert keep_only(base, t.kept()) == base  # the entity is kept as written
    assert list(t.cut(2, 6).kept()) == [(2, 5), (5, 10)]
    assert list(t.cut(6).kept()) == [(10, 16)]
    assert t.strip().text == t.text
    # a verbatim run continued by the next one merges into one run
    assert len(Tracked.join([Tracked.at("ab", 3), Tracked.at("cd", 5)]).runs) == 1


def test_unescape_and_remove() -> None:
    t = Tracked.at("&mdash; حساب <b>محلي</b>", 100)
    out = t.remove(re.compile(r"<[^>]*>")).unescape_html()
    assert out.text == "— حساب محلي"
    assert next(out.kept()) == (100, 107)  # the dash stands for the whole "&mdash;"


_PIECES = st.lists(st.tuples(st.text("اب ج\n", max_size=6), st.booleans()), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_PIECES, st.integers(0, 40), st.integers(0, 40))
def test_cut_keeps_each_character_at_its_offset(pieces: list[tuple[str, bool]], a: int, b: int) -> None:
    """Join verbatim and synthetic pieces of a base text, cut anywhere: kept ranges hold the cut's characters."""
    base = "".join(text for text, _ in pieces)
    parts: list[Tracked] = []
    pos = 0
    for text, verbatim in pieces:
        parts.append(Tracked.at(text, pos) if verbatim else Tracked.synthetic(text))
        pos += len(text)
    joined = Tracked.join(parts)
    assert joined.text == base
    cut = joined.cut(a, b)
    assert cut.text == base[a:b]
    expected = "".join(text for text, verbatim in pieces if verbatim)
    assert "".join(base[s:e] for s, e in joined.kept()) == expected
    for s, e in cut.kept():
        assert a <= s <= e <= max(a, b)
