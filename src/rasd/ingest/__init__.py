"""Ingest: turn article files (Markdown, HTML, plain text, JSONL) into :class:`~rasd.document.Document` objects.

Every input yields a document. An input that cannot be parsed yields a document with an empty text and an
``errors`` entry saying why; only a path that does not exist or an unknown format raises (a bad call).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasd.document import ArticleMeta, Document
from rasd.errors import InputError

FORMATS = ("markdown", "html", "text", "jsonl")
_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def detect_format(path: Path) -> str:
    """Guess the input format from the file suffix.

    Raises:
        InputError: the suffix is not one rasd reads.
    """
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the format of {str(path)!r} from its suffix; use .md, .html, .txt or .jsonl, "
            f"or pass --input-format ({'|'.join(FORMATS)})"
        )
    return fmt


def parse_string(raw: str, *, fmt: str, published: str | None = None, url: str | None = None) -> Document:
    """Parse one article given as a string in ``fmt`` (``markdown``, ``html`` or ``text``)."""
    if fmt == "markdown":
        from rasd.ingest.markdown import parse_markdown

        doc = parse_markdown(raw)
    elif fmt == "html":
        from rasd.ingest.html import parse_html

        doc = parse_html(raw)
    elif fmt == "text":
        from rasd.ingest.text import parse_text

        doc = parse_text(raw)
    else:
        raise InputError(f"unknown input format {fmt!r}; use one of markdown, html, text")
    if url and not doc.article.url:
        doc.article.url = url
    from rasd.ingest.issue_dates import anchor_to_issue

    anchor_to_issue(doc.article)  # a print issue's day in the url anchors relative dates (resources/url_dates.yaml)
    apply_published(doc, published)
    return doc


def apply_published(doc: Document, published: str | None) -> None:
    """Override the publication (and reference) date when the caller gives one."""
    if published:
        doc.article.published = published
        doc.article.reference_date = published


def error_document(stage: str, message: str, *, input_id: str | None = None) -> Document:
    """A document standing for an input that could not be read: empty text, the reason in ``errors``."""
    doc = Document(text="", article=ArticleMeta(input_id=input_id))
    doc.add_error(stage, message)
    return doc


def read_path(path: str | Path, *, fmt: str | None = None, published: str | None = None) -> Iterator[Document]:
    """Yield the documents of one input file (one for an article file, one per line for JSONL).

    Raises:
        InputError: the file does not exist or its format is unknown.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such file: {str(p)!r}")
    fmt = fmt or detect_format(p)
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        from rasd.ingest.jsonl import iter_jsonl

        with p.open("rb") as fh:
            yield from iter_jsonl(fh, published=published)
        return
    data = p.read_bytes()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield error_document("ingest", f"{p.name}: not valid UTF-8 ({exc}); re-save the file as UTF-8")
        return
    if "\x00" in raw:
        yield error_document("ingest", f"{p.name}: contains NUL bytes; this is not a text file")
        return
    try:
        doc = parse_string(raw, fmt=fmt, published=published)
    except InputError:
        raise
    except Exception as exc:  # a parser bug on odd input must not lose the article
        doc = error_document("ingest", f"{p.name}: could not parse as {fmt}: {type(exc).__name__}: {exc}")
    if doc.article.input_id is None:
        doc.article.input_id = p.name
    yield doc
