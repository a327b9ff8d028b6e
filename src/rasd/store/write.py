"""Writing documents into the store: one transaction per batch, keyed by the document id.

Steps of :func:`write_batch`:

1. Open one transaction for the whole batch (a kill in the middle leaves none of it, and a rerun redoes it).
2. For each document, in order: its key (:func:`document_key`) already stored → *unchanged*, nothing is written;
   otherwise, another document of the same URL is the latest → this one is a *revision* (its number is one
   more, the older one stops being the latest and stays stored); otherwise → *new*.
3. Write the article row (with the whole ``rasd/1`` JSON), its entities, events and their spans, claims and
   their spans, and its analysed text for search (the FTS5 index follows by trigger, in the same transaction).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rasd.errors import RasdError
from rasd.store.analyze import index_columns, normalize_name


@dataclass(frozen=True, slots=True)
class Item:
    """One document to store: its key, where it came from, and its ``rasd/1`` dict (``None`` when the reader
    already knew the key was stored and skipped the extraction)."""

    key: str
    origin: str
    doc: dict[str, Any] | None


@dataclass(slots=True)
class BatchCounts:
    """What a batch (or a whole run) did to the store."""

    new: int = 0
    unchanged: int = 0
    revised: int = 0
    errors: int = 0  # stored documents (new or revised) that carry errors
    events: int = 0  # events of the stored documents
    merged_events: int = 0  # merged events in the store after the batch (when it merged; else 0)

    def add(self, other: BatchCounts) -> None:
        """Add ``other``'s counts to these."""
        self.new += other.new
        self.unchanged += other.unchanged
        self.revised += other.revised
        self.errors += other.errors
        self.events += other.events
        self.merged_events = other.merged_events or self.merged_events


def document_key(doc: dict[str, Any], origin: str) -> str:
    """The store key: the document id (sha1 of the text); for a document without text (an input that could not
    be read) the sha1 of its origin and errors, so that two different bad inputs are two rows, and the same one
    read again is the same row."""
    if doc.get("text"):
        return str(doc["id"])
    errors = "\n".join(f"{e.get('stage')}: {e.get('message')}" for e in doc.get("errors") or [])
    return hashlib.sha1(f"rasd-unreadable\n{origin}\n{errors}".encode()).hexdigest()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _span_rows(key: str, owner: str, spans: Iterable[tuple[str, Any]]) -> Iterator[dict[str, Any]]:
    i = 0
    for role, span in spans:
        if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            yield {
                "article": key,
                "owner": owner,
                "i": i,
                "role": role,
                "start": span["start"],
                "end": span["end"],
                "text": span.get("text"),
            }
            i += 1


def _event_spans(ev: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    yield "trigger", ev.get("trigger")
    yield "evidence", ev.get("evidence")
    for m in ev.get("mentions") or []:
        if isinstance(m, dict):
            yield "mention_trigger", m.get("trigger")
            yield "mention_evidence", m.get("evidence")


def _name(obj: Any, key: str = "name") -> str | None:
    value = obj.get(key) if isinstance(obj, dict) else None
    return str(value) if value is not None else None


def _event_row(key: str, ev: dict[str, Any]) -> dict[str, Any]:
    date = ev.get("date") or {}
    rng = date.get("range") or [None, None]
    loc = ev.get("location") or {}
    a1, a2 = ev.get("actor1") or {}, ev.get("actor2") or {}
    fat = ev.get("fatalities") or {}
    return {
        "article": key,
        "id": str(ev.get("id")),
        "acled_event_type": ev.get("acled_event_type"),
        "acled_sub_event_type": ev.get("acled_sub_event_type"),
        "status": ev.get("status"),
        "granularity": ev.get("granularity"),
        "acled_row": 1 if ev.get("acled_row") else 0,
        "date": date.get("value"),
        "date_start": rng[0] if len(rng) > 0 else None,
        "date_end": rng[1] if len(rng) > 1 else None,
        "place": loc.get("name"),
        "place_ar": loc.get("name_ar"),
        "place_norm": normalize_name(loc.get("name_ar") or ""),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "country_iso3": loc.get("country_iso3") or ev.get("country_iso3"),
        "admin1": loc.get("admin1"),
        "actor1": _name(a1),
        "actor1_norm": normalize_name(_name(a1, "name_ar") or ""),
        "actor2": _name(a2),
        "actor2_norm": normalize_name(_name(a2, "name_ar") or ""),
        "fatalities": fat.get("value") if isinstance(fat.get("value"), int | float) else None,
        "json": _dumps(ev),
    }


def _entity_row(key: str, e: dict[str, Any]) -> dict[str, Any]:
    geo = e.get("geo") or {}
    return {
        "article": key,
        "id": str(e.get("id")),
        "type": e.get("type"),
        "text": e.get("text"),
        "start": e.get("start"),
        "end": e.get("end"),
        "canonical": e.get("canonical"),
        "canonical_ar": e.get("canonical_ar"),
        "norm": normalize_name(str(e.get("text") or "")),
        "lat": geo.get("lat"),
        "lon": geo.get("lon"),
        "country_iso3": geo.get("country_iso3"),
        "admin1": geo.get("admin1"),
        "json": _dumps(e),
    }


def _claim_row(key: str, c: dict[str, Any]) -> dict[str, Any]:
    sp = c.get("speaker") or {}
    return {
        "article": key,
        "id": str(c.get("id")),
        "speaker": sp.get("name") or sp.get("role"),
        "speaker_ar": sp.get("name_ar") or sp.get("text"),
        "org": sp.get("org"),
        "channel": c.get("channel"),
        "direct": None if c.get("direct") is None else int(bool(c.get("direct"))),
        "date": c.get("date"),
        "events": _dumps(c.get("events") or []),
        "json": _dumps(c),
    }


def _claim_spans(c: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    yield "marker", c.get("marker")
    yield "content", c.get("content")
    yield "speaker", c.get("speaker")


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys with one prepared statement. The tables are made by sqlite-utils
    (:mod:`rasd.store.schema`); its row-by-row ``insert_all`` was 70% of the storage time (5 of 7 s for 300
    articles), so the hot path writes with ``executemany``."""
    if not rows:
        return
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
    db.conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def _store_document(db: sqlite_utils.Database, key: str, origin: str, doc: dict[str, Any], now: str) -> bool:
    """Write one document that is not stored yet; return whether it is a revision of a stored URL."""
    article = doc.get("article") or {}
    url = article.get("url")
    revision, previous = 1, None
    if url:
        row = db.execute(
            "SELECT key, revision FROM articles WHERE url = ? AND latest = 1 ORDER BY revision DESC LIMIT 1", [url]
        ).fetchone()
        if row is not None:
            previous, revision = row[0], row[1] + 1
            db.execute("UPDATE articles SET latest = 0 WHERE url = ? AND latest = 1", [url])
    errors = doc.get("errors") or []
    events = doc.get("events") or []
    _insert(
        db,
        "articles",
        [
            {
                "key": key,
                "doc_id": doc.get("id") or key,
                "url": url,
                "title": article.get("title"),
                "published": article.get("published"),
                "source": article.get("source"),
                "author": article.get("author"),
                "input_id": None if article.get("input_id") is None else str(article["input_id"]),
                "origin": origin,
                "revision": revision,
                "previous": previous,
                "latest": 1,
                "n_events": len(events),
                "n_errors": len(errors),
                "errors": _dumps(errors),
                "ingested": now,
                "text": doc.get("text") or "",
                "json": _dumps(doc),
            }
        ],
    )
    _insert(db, "entities", [_entity_row(key, e) for e in doc.get("entities") or []])
    _insert(db, "events", [_event_row(key, ev) for ev in events])
    _insert(
        db,
        "event_mentions",
        [r for ev in events for r in _span_rows(key, str(ev.get("id")), _event_spans(ev))],
    )
    claims = doc.get("claims") or []
    _insert(db, "claims", [_claim_row(key, c) for c in claims])
    _insert(db, "claim_spans", [r for c in claims for r in _span_rows(key, str(c.get("id")), _claim_spans(c))])
    stems, readings = index_columns(doc.get("text") or "")
    _insert(db, "article_index", [{"article": key, "stems": stems, "readings": readings}])
    return previous is not None


def write_batch(db: sqlite_utils.Database, items: Iterable[Item], *, merge: bool = False) -> BatchCounts:
    """Store a batch of documents in one transaction (see the module docstring); return what it did. With
    ``merge``, the merge across articles (:func:`rasd.store.merge.update`) is brought up to date in the same
    transaction, so a kill never leaves stored events unmerged or a merge that names events not stored."""
    counts = BatchCounts()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with db.atomic():
        for item in items:
            known = db.execute("SELECT 1 FROM articles WHERE key = ?", [item.key]).fetchone() is not None
            if known:
                counts.unchanged += 1
                continue
            if item.doc is None:  # a reader skips extraction only for keys it saw stored, and rows are never deleted
                raise RasdError(f"document {item.key} from {item.origin} was not extracted and is not stored")
            if _store_document(db, item.key, item.origin, item.doc, now):
                counts.revised += 1
            else:
                counts.new += 1
            counts.errors += bool(item.doc.get("errors"))
            counts.events += len(item.doc.get("events") or [])
        if merge:
            from rasd.store.merge import update

            counts.merged_events = update(db).merged_events
    return counts


def known_keys(db: sqlite_utils.Database, keys: Iterable[str]) -> set[str]:
    """The ``keys`` already stored."""
    wanted = list(keys)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.execute(f"SELECT key FROM articles WHERE key IN ({marks})", chunk))
    return found
