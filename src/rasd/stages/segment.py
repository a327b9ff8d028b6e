"""Stage ``segment``: sentences and tokens of the document text.

Steps:

1. Split each block's text into sentences with :func:`rasd.text.segment.split_sentences` (a sentence never
   crosses a block); text outside every block (or a document without blocks) is split as a whole.
2. Tokenize the whole text with :func:`rasd.text.segment.tokenize`.
"""

from __future__ import annotations

from rasd.document import Document, Span
from rasd.pipeline import stage
from rasd.settings import Settings
from rasd.text.segment import split_sentences, tokenize


def segment_document(doc: Document) -> None:
    """Fill ``doc.sentences`` and ``doc.tokens`` (replacing what was there)."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for block in sorted(doc.blocks, key=lambda b: (b.start, b.end)):
        start, end = max(block.start, pos), min(block.end, len(text))
        if start >= end:
            continue
        if start > pos:
            spans.extend(split_sentences(text, start=pos, end=start))
        spans.extend(split_sentences(text, start=start, end=end))
        pos = end
    if pos < len(text):
        spans.extend(split_sentences(text, start=pos, end=len(text)))
    doc.sentences = [Span(s, e) for s, e in spans]
    doc.tokens = tokenize(text)


@stage("segment", requires=("text",), provides=("sentences", "tokens"), order=10)
def segment(doc: Document, settings: Settings) -> None:
    """Pipeline stage: see the module docstring."""
    segment_document(doc)
