"""Exports from the store: ACLED CSV and GeoJSON through :mod:`rasd.export`, JSONL as the stored ``rasd/1`` JSON.

The latest revision of each article is exported, in the order the articles were first stored, so a store filled
from some inputs exports what ``rasd extract --format …`` prints for the same inputs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

import sqlite_utils

from rasd.document import ArticleMeta, Document, ErrorRecord
from rasd.errors import ConfigError
from rasd.store.options import EXPORT_FORMATS
from rasd.store.query import Filters


def iter_stored(db: sqlite_utils.Database, *, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """The stored ``rasd/1`` documents that pass ``filters`` (latest revisions), in the order they were stored."""
    conds, params = (filters or Filters()).where()
    sql = f"SELECT a.json FROM articles a WHERE {' AND '.join(conds)} ORDER BY a.rowid"
    for (text,) in db.execute(sql, params):
        yield json.loads(text)


def document_from_dict(d: dict[str, Any]) -> Document:
    """A :class:`Document` with what the exports read back from a ``rasd/1`` dict: the text (hence the id), the
    article's metadata, the events, claims and errors (entities, dates and figures stay inside the events)."""
    a = d.get("article") or {}
    article = ArticleMeta(
        title=a.get("title"),
        author=a.get("author"),
        published=a.get("published"),
        url=a.get("url"),
        source=a.get("source"),
        language=a.get("language") or "ar",
        reference_date=a.get("reference_date"),
        input_id=a.get("input_id"),
    )
    errors = [ErrorRecord(str(e.get("stage")), str(e.get("message"))) for e in d.get("errors") or []]
    return Document(
        text=d.get("text") or "",
        article=article,
        events=list(d.get("events") or []),
        claims=list(d.get("claims") or []),
        errors=errors,
    )


def export_store(db: sqlite_utils.Database, out: TextIO, *, fmt: str, filters: Filters | None = None) -> int:
    """Write the stored documents to ``out`` as ``fmt``; return the rows, features or documents written.

    Raises:
        ConfigError: ``fmt`` is not one of :data:`EXPORT_FORMATS`.
    """
    docs = iter_stored(db, filters=filters)
    if fmt == "acled-csv":
        from rasd.export.acled import write_csv

        return write_csv((document_from_dict(d) for d in docs), out)
    if fmt == "geojson":
        from rasd.export.geojson import feature_collection

        collection = feature_collection(document_from_dict(d) for d in docs)
        out.write(json.dumps(collection, ensure_ascii=False) + "\n")
        return len(collection["features"])
    if fmt == "jsonl":
        n = 0
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
        return n
    raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
