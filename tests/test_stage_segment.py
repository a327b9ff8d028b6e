"""The ``segment`` stage: sentences per block and tokens of the whole text, all valid spans."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Block, BlockKind, Document, Span
from rasd.ingest import read_path
from rasd.pipeline import Pipeline, registered_stages
from rasd.stages.segment import segment_document
from tests.conftest import SHARED, needs_shared

SEED = SHARED / "seed" / "noonpost-2019-05-20.md"


def test_stage_is_registered_with_its_layers() -> None:
    spec = registered_stages()["segment"]
    assert spec.requires == frozenset({"text"})
    assert spec.provides == frozenset({"sentences", "tokens"})
    assert spec.order == 10


def test_pipeline_fills_sentences_and_tokens() -> None:
    text = "قصف على إدلب. ونزح 1,500 شخص!"
    doc = Pipeline(["segment"]).run(Document(text=text))
    assert [text[s.start : s.end] for s in doc.sentences] == ["قصف على إدلب.", "ونزح 1,500 شخص!"]
    assert [(text[t.start : t.end], t.kind) for t in doc.tokens][:4] == [
        ("قصف", "word"),
        ("على", "word"),
        ("إدلب", "word"),
        (".", "punct"),
    ]
    assert not doc.errors and not doc.validate_spans()


@pytest.mark.parametrize(
    ("text", "blocks", "expected"),
    [
        # a title without a full stop never runs into the paragraph below it
        (
            "غارات على ريف إدلب\n\nقصفت الطائرات البلدة. وسقط قتلى.",
            [Block(BlockKind.TITLE, 0, 18), Block(BlockKind.PARAGRAPH, 20, 52)],
            ["غارات على ريف إدلب", "قصفت الطائرات البلدة.", "وسقط قتلى."],
        ),
        # blocks that touch with no separator still end sentences
        (
            "عاجلقصف مستمر. الآن",
            [Block(BlockKind.HEADING, 0, 4), Block(BlockKind.PARAGRAPH, 4, 19)],
            ["عاجل", "قصف مستمر.", "الآن"],
        ),
        # text outside blocks is split too, and no blocks at all means the whole text
        ("مقدمة. نص", [Block(BlockKind.PARAGRAPH, 7, 9)], ["مقدمة.", "نص"]),
        ("جملة. وأخرى", [], ["جملة.", "وأخرى"]),
    ],
)
def test_sentences_respect_blocks(text: str, blocks: list[Block], expected: list[str]) -> None:
    doc = Document(text=text, blocks=blocks)
    segment_document(doc)
    assert [text[s.start : s.end] for s in doc.sentences] == expected
    assert all(isinstance(s, Span) for s in doc.sentences)


_texts = st.text(alphabet=st.sampled_from(list("ابتحدرسلمنوي ةأـَ .!؟«»\n،0١#@:/")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(_texts, st.data())
def test_every_span_is_valid(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    bounds = [0, *cuts, len(text)]
    blocks = [Block(BlockKind.PARAGRAPH, a, b) for a, b in itertools.pairwise(bounds) if a < b]
    doc = Document(text=text, blocks=blocks)
    segment_document(doc)
    assert doc.validate_spans() == []
    for s in doc.sentences:
        assert s.start < s.end and not text[s.start].isspace()
    ends = [s.end for s in doc.sentences]
    starts = [s.start for s in doc.sentences]
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


@needs_shared
def test_seed_article_segments_into_valid_spans() -> None:
    (doc,) = list(read_path(SEED))
    Pipeline(["segment"]).run(doc)
    assert not doc.errors
    assert doc.validate_spans() == []
    assert len(doc.sentences) > 20
    assert any(t.kind == "hashtag" for t in doc.tokens)
    assert any(t.kind == "url" for t in doc.tokens)
    for block in doc.blocks:  # no sentence crosses a block boundary
        for s in doc.sentences:
            assert s.end <= block.start or s.start >= block.end or block.start <= s.start <= s.end <= block.end
