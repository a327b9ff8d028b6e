"""Plain-text ingest: the first non-empty line is the title, the rest are paragraphs split on blank lines.

**Offsets.** ``Document.text`` is the input itself: the same length, every character at its offset in the input
(for a file read by :func:`rasd.ingest.read_path`, code points of the UTF-8-decoded file). Only ``\\r`` (a space
before ``\\n``; a lone ``\\r`` becomes ``\\n``, since it ends a line), NUL and a leading byte-order mark are
blanked to spaces. The one exception is a title given apart from the body (a JSONL ``title`` field that the
body does not start with): it is written first, followed by a blank line, and the body's offsets are then
shifted by that prefix (``len(title) + 2``).

Steps:
    1. Base text (:func:`rasd.ingest.tracked.source_text`): line ends and control characters made harmless,
       same length.
    2. Paragraphs are cut at blank lines (lines holding only whitespace count as blank); each is a span with
       the whitespace around it left out, the lines inside kept as written.
    3. The first non-empty line becomes the title block (or the ``title`` argument does, see
       :func:`parse_text`); every paragraph (the rest of the first one included) becomes a paragraph block.
"""

from __future__ import annotations

import re

from rasd.document import ArticleMeta, Block, BlockKind, Document
from rasd.ingest.tracked import paragraph_spans, source_text, strip_span
from rasd.resources import load_yaml

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACES = re.compile(r"\s+")


#: Round 19 (cp2): a "link to this story" footer that repeats the headline on the body's last line
#: (resources/ar/boilerplate.yaml link_footer: "… وعدن. رابط الخبر بصحيفة الوئام: <the headline>"), with nothing after
#: its line.
_FOOTER = re.compile(
    r"(?<![\u0621-\u064A])("
    + "|".join(r"\s+".join(map(re.escape, str(c).split())) for c in load_yaml("ar/boilerplate.yaml")["link_footer"])
    + r")(?![\u0621-\u064A])[^\n]*\s*$"
)
#: ... at a line's start or after a sentence's end (الشهر المقبل. رابط الخبر), or else with the site's colon close
#: after the cue (كاتب سعودي رابط الخبر بصحيفة الوئام: …; -انتهى- رابط الخبر بصحيفة الوئام: …).
_FOOTER_OPENS = re.compile(r"(?:^|\n|[.!?؟»”\"][^\S\n]*)$")
_FOOTER_COLON = re.compile(r"[^\n:]{0,30}:")
#: The longest footer read so (the headline it repeats): a longer tail is the story's own text.
FOOTER_MAX = 300


def footer_start(text: str) -> int | None:
    """Where a "link to this story" footer (page furniture, not the story) starts in ``text``, or None: a footer cue
    (boilerplate.yaml link_footer) on the text's last line, opening it, following a sentence's end or with a colon
    close after it, with at most :data:`FOOTER_MAX` characters from it to the end and a story before it."""
    m = _FOOTER.search(text, max(0, len(text) - FOOTER_MAX - 8))
    if m is None or len(text.rstrip()) - m.start(1) > FOOTER_MAX or not text[: m.start(1)].strip():
        return None  # a footer alone (a sentence cut from its page) is all there is to read: the headline it repeats
    before = text[max(0, m.start(1) - 8) : m.start(1)]
    if not _FOOTER_OPENS.search(before) and not _FOOTER_COLON.match(text, m.end(1)):
        return None
    return m.start(1)


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


def _one_line(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def parse_text(raw: str, *, title: str | None = None) -> Document:
    """Parse a plain-text article; its text is ``raw`` itself (see the module docstring on offsets).

    Args:
        raw: the article; its first non-empty line is the title unless ``title`` is given.
        title: the title when it is known from elsewhere (a JSONL ``title`` field). ``raw`` is then the body,
            and the title is written as the first block of the text (followed by a blank line) so that it is
            searchable and every offset stays an offset into one text. When the body already begins with that
            title, it is not repeated and the text is ``raw`` itself.

    Returns:
        A :class:`Document` with a title block and paragraph blocks; an input without text gives a document
        without blocks whose ``errors`` says so.
    """
    base = source_text(raw)
    spans = paragraph_spans(base)
    prefix = ""
    head: str | None = None
    head_span: tuple[int, int] | None = None
    if title is not None and title.strip():
        head = _one_line(title)
        if spans and _one_line(base[spans[0][0] : spans[0][1]]) == head:
            head_span = spans.pop(0)
        else:
            prefix = head + "\n\n"
            head_span = (-len(prefix), -len(prefix) + len(head))
    elif spans:
        start, end = spans.pop(0)
        newline = base.find("\n", start, end)
        line_end = end if newline < 0 else newline
        head_span = strip_span(base, start, line_end)
        head = base[head_span[0] : head_span[1]]
        rest = strip_span(base, line_end, end)
        if rest[0] < rest[1]:
            spans.insert(0, rest)
    shift = len(prefix)
    blocks = [Block(BlockKind.TITLE, head_span[0] + shift, head_span[1] + shift)] if head_span else []
    blocks.extend(Block(BlockKind.PARAGRAPH, s + shift, e + shift) for s, e in spans)
    meta = ArticleMeta(title=head or None)
    doc = Document(text=prefix + base, article=meta, blocks=blocks)
    if not blocks:
        doc.add_error("ingest", "the text is empty: there is no article to read")
    return doc
