"""Round 30 (helper se2): ``places.lead_place`` reads the body only up to its lead sentence (the patch
/tmp/se2/places.py.patch of round 30), with the spans round 29's scan of every sentence gave."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

import rasd.events.places as P
from rasd.document import Span


# ------------------------------------------------------------------------------------------ lead place
def _ctx(text: str, title_end: int) -> SimpleNamespace:
    sentences = []
    for part in re.finditer(r"[^.\n]+[.\n]?", text):
        a, b = part.start(), part.end()
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            sentences.append(Span(a, b))
    title = SimpleNamespace(kind="title", start=0, end=title_end)
    doc = SimpleNamespace(text=text, blocks=[title], post_at=lambda offset: None)
    return SimpleNamespace(doc=doc, sentences=sentences)


def _lead_spans_reference(ctx: SimpleNamespace) -> list[tuple[int, int]]:
    """Round 29's spans of ``lead_place``: every body sentence read, then the first of more than 40 characters."""
    doc = ctx.doc
    title_end = next((b.end for b in doc.blocks if str(b.kind) == "title"), 0)
    spans = [(0, title_end)] if title_end and not P.is_dateline(doc.text[:title_end]) else []
    body = [
        s
        for s in ctx.sentences
        if s.start >= title_end and not doc.post_at(s.start) and not P.is_dateline(doc.text[s.start : s.end])
    ]
    if body:
        first = next((s for s in body if s.end - s.start > 40), body[0])
        spans.append((first.start, first.end))
    return spans


@pytest.mark.parametrize(
    "body",
    [
        "\nالرياض - واس\nقال مصدر أمني إن دورية تعرضت لإطلاق نار قرب الحدود الجنوبية للمملكة. ولم يصب أحد.",
        "\nقصف.\nتواصلت الاشتباكات بين الجيش والمسلحين في الأحياء الشرقية لمدينة درعا منذ الصباح.",
        "\nقصف.\nهدوء.\n",
        "\n",
    ],
)
def test_lead_place_reads_the_body_up_to_its_first_long_sentence(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    title = "مقتل ثلاثة في هجوم على حاجز"
    ctx = _ctx(title + body, len(title))
    expected = _lead_spans_reference(ctx)
    asked: list[tuple[int, int]] = []
    datelines: list[str] = []
    is_dateline = P.is_dateline

    def counted(sentence: str) -> bool:
        datelines.append(sentence)
        return is_dateline(sentence)

    monkeypatch.setattr(P, "clause_places", lambda ctx, a, b, venues=False: asked.append((a, b)) or [])
    monkeypatch.setattr(P, "is_dateline", counted)
    assert P.lead_place(ctx) is None  # type: ignore[arg-type]
    assert asked == expected
    body_sentences = [s for s in ctx.sentences if s.start >= len(title)]
    long_at = next((i for i, s in enumerate(body_sentences) if s.end - s.start > 40), None)
    if long_at is not None and long_at + 1 < len(body_sentences):
        assert len(datelines) < 1 + len(body_sentences)  # the sentences after the lead one are not read
