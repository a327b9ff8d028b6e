"""Plain-text ingest: the first non-empty line is the title, the rest are paragraphs split on blank lines.

Steps:
    1. Line ends are unified (CRLF and lone CR become LF) and a leading byte-order mark is dropped.
    2. The text is cut into paragraphs at blank lines (lines holding only whitespace count as blank).
    3. The first non-empty line becomes the title block (or the ``title`` argument does, see
       :func:`parse_text`); each paragraph becomes a paragraph block with its lines kept as written, only the
       whitespace at the two ends of each line trimmed.
"""

from __future__ import annotations

import re

from rasd.document import ArticleMeta, BlockKind, Document
from rasd.ingest.builder import TextBuilder

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACES = re.compile(r"\s+")


def split_paragraphs(raw: str) -> list[str]:
    """Split ``raw`` at blank lines into paragraphs, each with its lines trimmed (empty ones left out)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for chunk in _BLANK_LINE.split(raw):
        lines = [line.strip() for line in chunk.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            out.append(para)
    return out


def parse_text(raw: str, *, title: str | None = None) -> Document:
    """Parse a plain-text article.

    Args:
        raw: the article; its first non-empty line is the title unless ``title`` is given.
        title: the title when it is known from elsewhere (a JSONL ``title`` field). ``raw`` is then the body,
            and the title is written as the first block of the text so that it is searchable and every offset
            stays an offset into one text. When the body already begins with that title, it is not repeated.

    Returns:
        A :class:`Document` with a title block and paragraph blocks; an empty input gives an empty document
        whose ``errors`` says so.
    """
    paragraphs = split_paragraphs(raw.lstrip("\ufeff"))
    builder = TextBuilder()
    head: str | None = None
    if title is not None and title.strip():
        head = _SPACES.sub(" ", title).strip()
        if paragraphs and _SPACES.sub(" ", paragraphs[0]) == head:
            paragraphs.pop(0)
    elif paragraphs:
        first, _, rest = paragraphs[0].partition("\n")
        head = first
        paragraphs[0] = rest
    if head:
        builder.add_block(BlockKind.TITLE, head)
    for para in paragraphs:
        builder.add_block(BlockKind.PARAGRAPH, para)
    doc = builder.build(ArticleMeta(title=head or None))
    if not doc.text:
        doc.add_error("ingest", "the text is empty: there is no article to read")
    return doc
