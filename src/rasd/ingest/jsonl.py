"""JSONL ingest: one article per line, exactly one document per line, in order, whatever the line holds.

A line is a JSON object with these fields (SCHEMA.md, "Inputs")::

    {"id": "…", "text" | "markdown" | "html": "…", "title": "…", "published": "YYYY-MM-DD",
     "url": "…", "source": "…", "author": "…"}

``date`` is accepted as another name for ``published`` and ``content`` for ``text`` (scraped corpora use
both). When several of ``text``/``content``/``markdown``/``html`` are present the first in that order is read:
``text`` is already clean, ``html`` is the rawest. Unknown fields are ignored.

Steps for each line:
    1. Cut the line (at most :data:`MAX_LINE_BYTES`; a longer line is skipped to its end and reported).
    2. Check the bytes: no NUL byte, valid UTF-8 (a byte-order mark on the first line is dropped).
    3. Parse JSON; it must be an object.
    4. Check field types: the article field a non-empty string, the others strings (``id`` may be an integer),
       no lone surrogates (``"\\ud800"`` escapes) or NULs in any of them, ``published`` a date.
    5. Parse the article: ``text`` with :func:`rasd.ingest.text.parse_text` (the ``title`` field, when given,
       is written as the first block: text = title + blank line + body, so that the title is searchable and
       every span indexes one text), ``markdown``/``html`` with :func:`rasd.ingest.parse_string`.
    6. Fields given on the line override what the parser found (title, author, url, source, published);
       ``source`` defaults to the URL's domain; ``--published`` overrides everything.

A line that fails a check gives :func:`rasd.ingest.error_document` whose ``errors[0].message`` starts with
``line N:`` and says why; the caller's ``id`` is kept in ``article.input_id`` whenever it could be read.

Lines: a line ends at ``\\n`` (a trailing ``\\r`` is dropped). The newline that ends the last line does not
start another one, so ``b"a\\nb\\n"`` and ``b"a\\nb"`` both hold two lines, while ``b"a\\nb\\n\\n"`` holds
three, the third empty, and gives three documents (the last an error). Python's file iteration and
``str.splitlines`` count the same way, and since rasd ends every output line with a newline, the output has
exactly as many lines as the input.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from rasd.document import Document
from rasd.ingest.meta import normalize_url, source_from_url

#: Longest line read, in bytes. News articles are a few kilobytes (the longest of the 31,030 articles of
#: SaudiNewsNet is 60 KB of UTF-8), a full HTML page with inline scripts rarely reaches 2 MB; 5 MB
#: leaves room for those and still stops a runaway line (a missing newline, a binary blob) from being
#: parsed as one giant article.
MAX_LINE_BYTES = 5 * 1024 * 1024

#: Article fields, in the order they are looked for, and the format each is parsed as.
_BODY_FIELDS = (("text", "text"), ("content", "text"), ("markdown", "markdown"), ("html", "html"))
_STRING_FIELDS = ("title", "url", "source", "author", "published", "date")
_BAD_CHARS = re.compile(r"[\x00\ud800-\udfff]")
_ID_IN_LINE = re.compile(rb'"id"\s*:\s*("(?:[^"\\\x00-\x1f]|\\.){0,200}"|-?\d{1,30}(?![\d.eE]))')
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")


class LineError(Exception):
    """Why one line cannot be read (internal: turned into an error document)."""


def iter_jsonl(stream: BinaryIO | Iterable[bytes], *, published: str | None = None) -> Iterator[Document]:
    """Yield one :class:`Document` per line of ``stream``, in order; never raises on bad data.

    Args:
        stream: a binary file (read line by line, at most :data:`MAX_LINE_BYTES` at a time) or any iterable of
            byte strings, each taken as one line (a trailing ``\\n`` or ``\\r\\n`` is dropped).
        published: ``YYYY-MM-DD`` that overrides every line's publication date (``--published``).

    Yields:
        The article's document, or for a broken line a document with empty text whose ``errors`` says why.
    """
    for number, (line, overflow) in enumerate(_lines(stream), 1):
        yield read_line(line, number=number, published=published, overflow=overflow)


def read_line(line: bytes, *, number: int = 1, published: str | None = None, overflow: int = 0) -> Document:
    """Turn one JSONL line into a document (an error document when the line is broken).

    Args:
        line: the line's bytes, without its newline.
        number: the 1-based line number, used in error messages (line 1 may start with a byte-order mark).
        published: ``YYYY-MM-DD`` overriding the line's date.
        overflow: bytes of this line beyond :data:`MAX_LINE_BYTES` that were skipped (0: the line is whole).
    """
    from rasd.ingest import apply_published, error_document

    input_id: str | None = None
    try:
        input_id = _salvage_id(line)
        obj = _decode(line, number=number, overflow=overflow)
        input_id = _input_id(obj)
        doc = _parse_object(obj)
        for error in doc.errors:
            error.message = f"line {number}: {error.message}"
    except LineError as exc:
        return error_document("ingest", f"line {number}: {exc}", input_id=input_id)
    except Exception as exc:  # a parser bug on odd input must not lose the line
        message = f"line {number}: could not parse the article: {type(exc).__name__}: {_clean(str(exc))[:300]}"
        return error_document("ingest", message, input_id=input_id)
    doc.article.input_id = input_id
    apply_published(doc, published)
    return doc


# ----------------------------------------------------------------------------------------------- reading lines
def _lines(stream: BinaryIO | Iterable[bytes]) -> Iterator[tuple[bytes, int]]:
    """Yield ``(line, overflow)``; ``overflow`` counts the bytes past :data:`MAX_LINE_BYTES` that were skipped."""
    readline = getattr(stream, "readline", None)
    if readline is None:
        for item in stream:
            data = bytes(item)
            if data.endswith(b"\n"):
                data = data[:-1]
            data = data.removesuffix(b"\r")
            yield data[:MAX_LINE_BYTES], max(0, len(data) - MAX_LINE_BYTES)
        return
    while True:
        data = readline(MAX_LINE_BYTES + 1)
        if not data:
            return
        overflow = 0
        if len(data) > MAX_LINE_BYTES and not data.endswith(b"\n"):
            # too long: read the rest of the line in chunks and throw it away
            while True:
                rest = readline(MAX_LINE_BYTES)
                overflow += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            data = data[:MAX_LINE_BYTES]
        elif data.endswith(b"\n"):
            data = data[:-1]
        yield data.removesuffix(b"\r"), overflow


# ----------------------------------------------------------------------------------------------- checking a line
def _decode(line: bytes, *, number: int, overflow: int) -> dict[str, Any]:
    if overflow:
        size = (len(line) + overflow) / 1024 / 1024
        raise LineError(f"line is {size:.1f} MB, longer than the limit of {MAX_LINE_BYTES // 1024 // 1024} MB")
    if number == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")
    if not line.strip():
        raise LineError("empty line; expected a JSON object with a text, markdown or html field")
    nul = line.find(b"\x00")
    if nul >= 0:
        raise LineError(f"contains a NUL byte at byte {nul + 1}; this is not a text line")
    try:
        raw = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LineError(
            f"not valid UTF-8: byte {exc.start + 1} ({line[exc.start : exc.start + 1]!r}) {exc.reason}; "
            "re-save the input as UTF-8"
        ) from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise LineError(f"not valid JSON: {type(exc).__name__}: {_clean(str(exc))[:200]}") from None
    if not isinstance(obj, dict):
        raise LineError(f"expected a JSON object ({{...}}), got {_json_type(obj)}")
    return obj


def _salvage_id(line: bytes) -> str | None:
    """The ``id`` of a line that may not parse, so that its error document still names the caller's article."""
    m = _ID_IN_LINE.search(line[:4096])
    if m is None:
        return None
    try:
        value = json.loads(m[1])
    except (ValueError, RecursionError):
        return None
    if isinstance(value, str) and _BAD_CHARS.search(value) is None:
        return value
    return str(value) if isinstance(value, int) else None


def _input_id(obj: dict[str, Any]) -> str | None:
    value = obj.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise LineError(f"field 'id' must be a string or an integer, got {_json_type(value)}")
    value = str(value)
    _check_chars("id", value)
    return value


def _parse_object(obj: dict[str, Any]) -> Document:
    from rasd.ingest import parse_string
    from rasd.ingest.issue_dates import anchor_to_issue
    from rasd.ingest.text import parse_text

    fields: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise LineError(f"field {name!r} must be a string, got {_json_type(value)}")
        if value is not None:
            _check_chars(name, value)
            value = value.strip() or None
        fields[name] = value

    body_field = next((name for name, _ in _BODY_FIELDS if obj.get(name) is not None), None)
    if body_field is None:
        present = ", ".join(repr(k[:30]) for k in list(obj)[:8]) or "none"
        raise LineError(f"no article: give a 'text', 'markdown' or 'html' field (fields present: {present})")
    body = obj[body_field]
    if not isinstance(body, str):
        raise LineError(f"field {body_field!r} must be a string, got {_json_type(body)}")
    _check_chars(body_field, body)
    if not body.strip():
        raise LineError(f"field {body_field!r} is empty: there is no article to read")

    date_field = "published" if fields["published"] else "date"
    date_value = fields[date_field]
    date = None
    if date_value:
        date = iso_date(date_value)
        if date is None:
            raise LineError(f"field {date_field!r} is not a date: {date_value[:40]!r}; write it as YYYY-MM-DD")

    fmt = dict(_BODY_FIELDS)[body_field]
    doc = parse_text(body, title=fields["title"]) if fmt == "text" else parse_string(body, fmt=fmt)
    article = doc.article
    if fields["title"]:
        article.title = " ".join(fields["title"].split())
    if fields["author"]:
        article.author = fields["author"]
    if fields["url"]:
        url = normalize_url(fields["url"])
        if url is None:  # the article is fine; say why its URL is missing rather than drop the line
            doc.add_error("ingest", f"field 'url' is not an absolute http(s) URL: {fields['url'][:80]!r}; ignored")
        article.url = url or article.url
    if fields["source"]:
        article.source = fields["source"]
    elif not article.source:
        article.source = source_from_url(article.url)
    if date:
        article.published = article.reference_date = date
    anchor_to_issue(article)  # a print issue's day in the url anchors "أمس" (resources/url_dates.yaml)
    return doc


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or date-time (``2015-07-21 02:51:32``) or a written date; else ``None``.

    The date is taken as written, in the publisher's own time zone (a ``+03:00`` suffix does not move it).
    """
    m = _ISO_DATE.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from rasd.ingest.dates import parse_date_string

    return parse_date_string(value)


def _check_chars(name: str, value: str) -> None:
    m = _BAD_CHARS.search(value)
    if m is None:
        return
    if m.group() == "\x00":
        raise LineError(f"field {name!r} contains a NUL character (\\u0000) at position {m.start()}")
    raise LineError(
        f"field {name!r} contains a lone surrogate ({ascii(m.group())[1:-1]}) at position {m.start()}; "
        "it is not valid Unicode text"
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _clean(s: str) -> str:
    """Make ``s`` safe to put in a message (no NULs or lone surrogates, which cannot be written as UTF-8)."""
    return _BAD_CHARS.sub("\ufffd", s)
