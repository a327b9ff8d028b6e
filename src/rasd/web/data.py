"""What the API and the pages read from the store: read-only SQL over the tables of :mod:`rasd.store.schema`.

The store is opened read-only (SQLite ``mode=ro``), one connection per request, so ``rasd serve`` never writes and
can run while ``rasd ingest`` adds articles. Search and the exports go through :mod:`rasd.store.query` and
:mod:`rasd.store.export`; listing and filtering events, entities and statistics is here. Only the latest revision of
each article is listed unless an article is asked for by its key.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from rasd.errors import ConfigError
from rasd.settings import parse_iso_date
from rasd.store.analyze import normalize_name

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_store(path: Path) -> int:
    """The schema version of the store at ``path``, after checking that it is one this rasd can read.

    Raises:
        ConfigError: no file there, not a rasd store, or a store newer than this rasd.
    """
    from rasd.store.schema import SCHEMA_VERSION

    if not path.is_file():
        raise ConfigError(
            f"no store at {str(path)!r}; run `rasd ingest PATH… --db {path}` first, or pass --db / RASD_DB"
        )
    try:
        with connect(path) as conn:
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{str(path)!r} is not a rasd store ({exc}); pass another --db") from exc
    version = int(row[0] or 0)
    if version < 1:
        raise ConfigError(f"{str(path)!r} is an empty rasd store; run `rasd ingest PATH… --db {path}` first")
    if version > SCHEMA_VERSION:
        raise ConfigError(
            f"the store {str(path)!r} is at schema version {version}, newer than this rasd ({SCHEMA_VERSION}); "
            "upgrade rasd"
        )
    return version


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the store (closed on exit)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        yield conn
    finally:
        conn.close()


def as_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """The connection wrapped for the store's own functions (search, export), which take a sqlite-utils database."""
    return sqlite_utils.Database(conn, execute_plugins=False)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store has a table ``name`` (tables other engineers may add, such as a merge table)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of ``rasd search``/``export`` applied to events themselves (not to their articles).

    Attributes:
        event_type: ACLED event type or sub-event type (any letter case); ``"none"`` for events with no type.
        date_from, date_to: ``YYYY-MM-DD``: the event's date (or date range) reaches the day on or after / before.
        place: a place name (Arabic or English) or an admin1 the event is located at.
        admin1: the event's first-level division.
        actor: part of an actor's English name, or an Arabic name.
        source: the article's publisher.
        acled_row: only events that are (true) or are not (false) ACLED rows.
    """

    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    admin1: str | None = None
    actor: str | None = None
    source: str | None = None
    acled_row: bool | None = None

    def __post_init__(self) -> None:
        if self.date_from:
            object.__setattr__(self, "date_from", parse_iso_date(self.date_from, what="from"))
        if self.date_to:
            object.__setattr__(self, "date_to", parse_iso_date(self.date_to, what="to"))

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``events e`` joined to ``articles a``, and their parameters."""
        conds: list[str] = ["a.latest = 1"]
        params: list[Any] = []
        if self.event_type and self.event_type.lower() == "none":
            conds.append("(e.acled_event_type IS NULL OR e.acled_event_type = '')")
        elif self.event_type:
            conds.append("(lower(e.acled_event_type) = lower(?) OR lower(e.acled_sub_event_type) = lower(?))")
            params += [self.event_type, self.event_type]
        if self.date_from:
            conds.append("coalesce(e.date_end, e.date) >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append("substr(coalesce(e.date_start, e.date), 1, 10) <= ?")
            params.append(self.date_to)
        if self.place:
            conds.append("(lower(e.place) = lower(?) OR e.place_norm = ? OR lower(e.admin1) = lower(?))")
            params += [self.place, normalize_name(self.place), self.place]
        if self.admin1:
            conds.append("lower(e.admin1) = lower(?)")
            params.append(self.admin1)
        if self.actor:
            norm = normalize_name(self.actor)
            like = f"%{self.actor.lower()}%"
            conds.append(
                "(lower(e.actor1) LIKE ? OR lower(e.actor2) LIKE ? OR (? != '' AND (e.actor1_norm = ? OR "
                "e.actor2_norm = ?)))"
            )
            params += [like, like, norm, norm, norm]
        if self.source:
            conds.append("lower(a.source) = lower(?)")
            params.append(self.source)
        if self.acled_row is not None:
            conds.append("e.acled_row = ?")
            params.append(1 if self.acled_row else 0)
        return conds, params


_EVENT_COLUMNS = (
    "e.article, e.id, e.acled_event_type, e.acled_sub_event_type, e.status, e.granularity, e.acled_row, e.date, "
    "e.date_start, e.date_end, e.place, e.place_ar, e.lat, e.lon, e.country_iso3, e.admin1, e.actor1, e.actor2, "
    "e.fatalities, a.title AS article_title, a.published AS article_published, a.source AS article_source"
)


def _event_item(row: dict[str, Any]) -> dict[str, Any]:
    row["acled_row"] = bool(row["acled_row"])
    row["url"] = f"/events/{row['article']}/{row['id']}"
    return row


def list_events(
    conn: sqlite3.Connection, filters: EventFilters, *, limit: int = 100, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """The events that pass ``filters`` (newest date first) and how many there are in all."""
    conds, params = filters.where()
    where = " AND ".join(conds)
    base = f"FROM events e JOIN articles a ON a.key = e.article WHERE {where}"
    total = int(conn.execute(f"SELECT count(*) {base}", params).fetchone()[0])
    rows = _rows(
        conn,
        f"SELECT {_EVENT_COLUMNS} {base} ORDER BY coalesce(e.date, '') DESC, a.rowid DESC, e.rowid LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [_event_item(r) for r in rows]


def _article_row(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    rows = _rows(conn, "SELECT * FROM articles WHERE key = ?", [key])
    return rows[0] if rows else None


def _by_id(items: list[dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    return {str(x["id"]): x for x in items or [] if isinstance(x, dict) and "id" in x}


def get_event(conn: sqlite3.Connection, article: str, event_id: str) -> dict[str, Any] | None:
    """One event with its article's metadata and text, its mentions, its claims and the entities, dates and
    figures it points at; ``None`` when there is no such event."""
    rows = _rows(
        conn,
        f"SELECT {_EVENT_COLUMNS}, e.json FROM events e JOIN articles a ON a.key = e.article "
        "WHERE e.article = ? AND e.id = ?",
        [article, event_id],
    )
    if not rows:
        return None
    row = rows[0]
    event = json.loads(row.pop("json"))
    art = _article_row(conn, article)
    assert art is not None  # the foreign key
    doc = json.loads(art["json"])
    entities, timexes, quantities = (
        _by_id(doc.get("entities")),
        _by_id(doc.get("timexes")),
        _by_id(doc.get("quantities")),
    )
    claims_by_id = _by_id(doc.get("claims"))
    claim_ids = [str(c) for c in event.get("claims") or []]
    claim_ids += [
        cid for cid, c in claims_by_id.items() if event_id in (c.get("events") or []) and cid not in claim_ids
    ]
    mentions = _rows(
        conn,
        'SELECT i, role, start, "end", text FROM event_mentions WHERE article = ? AND owner = ? ORDER BY i',
        [article, event_id],
    )
    refs: dict[str, Any] = {}
    for role in ("actor1", "actor2"):
        ent = (event.get(role) or {}).get("entity")
        if ent in entities:
            refs[role] = entities[ent]
    assoc = [
        entities[a["entity"]]
        for a in event.get("assoc_actors") or []
        if isinstance(a, dict) and a.get("entity") in entities
    ]
    loc_ent = (event.get("location") or {}).get("entity")
    if loc_ent in entities:
        refs["place"] = entities[loc_ent]
    timex = (event.get("date") or {}).get("timex")
    if timex in timexes:
        refs["date"] = timexes[timex]
    figures = {}
    for what in ("fatalities", "injured", "displaced", "arrested"):
        q = (event.get(what) or {}).get("quantity") if isinstance(event.get(what), dict) else None
        if q in quantities:
            figures[what] = quantities[q]
    return {
        **_event_item(row),
        "merged": merged_with(conn, article, event_id),
        "event": event,
        "article_meta": {
            k: art[k] for k in ("key", "title", "url", "published", "source", "author", "revision", "latest")
        },
        "text": art["text"],
        "mentions": mentions,
        "claims": [claims_by_id[c] for c in claim_ids if c in claims_by_id],
        "entities": {**refs, "assoc_actors": assoc},
        "figures": figures,
    }


def merged_with(conn: sqlite3.Connection, article: str, event_id: str) -> dict[str, Any] | None:
    """The merged event this report belongs to, with every report of it, when the store has the merge tables
    (``merged_events``, ``merged_reports``; read when present, never required); ``None`` otherwise."""
    if not (has_table(conn, "merged_reports") and has_table(conn, "merged_events")):
        return None
    try:
        found = conn.execute("SELECT merged FROM merged_reports WHERE article = ? AND event = ?", [article, event_id])
        row = found.fetchone()
        if row is None or row[0] is None:
            return None
        merged = _rows(
            conn,
            "SELECT id, n_reports, fatalities, injured, sources, date, place FROM merged_events WHERE id = ?",
            [row[0]],
        )
        reports = _rows(
            conn,
            "SELECT r.article, r.event, a.title, a.published, a.source FROM merged_reports r JOIN articles a "
            "ON a.key = r.article WHERE r.merged = ? ORDER BY a.published, a.rowid",
            [row[0]],
        )
    except sqlite3.DatabaseError:  # a merge table of another shape than this code knows
        return None
    if not merged:
        return None
    for r in reports:
        r["url"] = f"/events/{r['article']}/{r['event']}"
    return {**merged[0], "reports": reports}


def event_spans(detail: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """The spans of the event page: ``(start, end, role, label)`` for the evidence, trigger, other mentions,
    place, date, actors, figures and the claims' speaker, marker and content."""
    ev = detail["event"]
    out: list[tuple[int, int, str, str]] = []

    def add(span: Any, role: str, label: str) -> None:
        if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            out.append((span["start"], span["end"], role, label))

    add(ev.get("evidence"), "evidence", "الدليل")
    for m in ev.get("mentions") or []:
        add(m.get("evidence"), "mention", "ذكر آخر")
        add(m.get("trigger"), "trigger", "المحفّز")
    add(ev.get("trigger"), "trigger", "المحفّز")
    refs = detail["entities"]
    add(refs.get("place"), "place", "المكان")
    add(refs.get("date"), "date", "التاريخ")
    add(refs.get("actor1"), "actor", "الفاعل 1")
    add(refs.get("actor2"), "actor", "الفاعل 2")
    for a in refs.get("assoc_actors") or []:
        add(a, "actor", "فاعل مشارك")
    for q in detail["figures"].values():
        add(q, "figure", "رقم")
    for c in detail["claims"]:
        add(c.get("content"), "claim", f"ادعاء {c.get('id')}")
        add(c.get("marker"), "claim-marker", "فعل القول")
        add(c.get("speaker"), "speaker", "المتحدث")
    return out


def list_articles(
    conn: sqlite3.Connection, conds: list[str], params: list[Any], *, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """The articles passing the conditions of :meth:`rasd.store.query.Filters.where`, newest first."""
    where = " AND ".join(conds)
    total = int(conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0])
    rows = _rows(
        conn,
        "SELECT a.key AS id, a.title, a.url, a.published, a.source, a.author, a.revision, a.n_events, a.n_errors, "
        f"length(a.text) AS chars FROM articles a WHERE {where} ORDER BY coalesce(a.published, '') DESC, a.rowid DESC "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for r in rows:
        r["url_page"] = f"/articles/{r['id']}"
    return total, rows


def get_article(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """One stored article (any revision): metadata, text, errors, entities, events, claims, other revisions."""
    art = _article_row(conn, key)
    if art is None:
        return None
    doc = json.loads(art["json"])
    events = _rows(
        conn,
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.key = e.article WHERE e.article = ? "
        "ORDER BY e.rowid",
        [key],
    )
    revisions = []
    if art["url"]:
        revisions = _rows(
            conn,
            "SELECT key AS id, revision, latest, ingested FROM articles WHERE url = ? ORDER BY revision",
            [art["url"]],
        )
    full = _by_id(doc.get("events"))
    for e in events:
        e["trigger"] = (full.get(str(e["id"])) or {}).get("trigger")
    return {
        "id": art["key"],
        "title": art["title"],
        "url": art["url"],
        "published": art["published"],
        "source": art["source"],
        "author": art["author"],
        "origin": art["origin"],
        "revision": art["revision"],
        "latest": bool(art["latest"]),
        "ingested": art["ingested"],
        "errors": doc.get("errors") or [],
        "text": art["text"],
        "entities": doc.get("entities") or [],
        "timexes": doc.get("timexes") or [],
        "quantities": doc.get("quantities") or [],
        "events": [_event_item(e) for e in events],
        "claims": doc.get("claims") or [],
        "revisions": revisions,
    }


def list_entities(
    conn: sqlite3.Connection,
    *,
    entity_type: str | None = None,
    name: str | None = None,
    article: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Entities grouped by type and name (the canonical name when the lexicon gave one, else the normalized text),
    most mentioned first, with how many articles and mentions each has."""
    conds, params = ["a.latest = 1"], []
    if entity_type:
        conds.append("lower(t.type) = lower(?)")
        params.append(entity_type)
    if name:
        conds.append("(lower(t.canonical) LIKE ? OR t.norm LIKE ? OR t.canonical_ar = ?)")
        params += [f"%{name.lower()}%", f"%{normalize_name(name)}%", name]
    if article:
        conds.append("t.article = ?")
        params.append(article)
    base = (
        "FROM entities t JOIN articles a ON a.key = t.article "
        f"WHERE {' AND '.join(conds)} GROUP BY t.type, coalesce(t.canonical, t.norm)"
    )
    total = int(conn.execute(f"SELECT count(*) FROM (SELECT 1 {base})", params).fetchone()[0])
    rows = _rows(
        conn,
        "SELECT t.type, coalesce(t.canonical, t.norm) AS key, t.canonical AS name, max(t.canonical_ar) AS name_ar, "
        "min(t.text) AS text, count(DISTINCT t.article) AS articles, count(*) AS mentions, max(t.lat) AS lat, "
        f"max(t.lon) AS lon, max(t.admin1) AS admin1, max(t.country_iso3) AS country_iso3 {base} "
        "ORDER BY mentions DESC, articles DESC, key LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows


def stats(conn: sqlite3.Connection, filters: EventFilters) -> dict[str, Any]:
    """Counts for the dashboard under the event filters: totals, events per type, per day (events dated to the
    day), per day and type, per admin1. One pass over the filtered events, counted here."""
    from collections import Counter

    conds, params = filters.where()
    sql = (
        "SELECT coalesce(nullif(e.acled_event_type, ''), 'none'), e.date, coalesce(e.admin1, ''), "
        "e.lat IS NOT NULL, e.acled_row FROM events e JOIN articles a ON a.key = e.article "
        f"WHERE {' AND '.join(conds)}"
    )
    by_type: Counter[str] = Counter()
    by_day: Counter[str] = Counter()
    by_day_type: Counter[tuple[str, str]] = Counter()
    by_admin1: Counter[str] = Counter()
    located = rows = 0
    for typ, date, admin1, has_point, acled_row in conn.execute(sql, params):
        by_type[typ] += 1
        by_admin1[admin1] += 1
        located += int(has_point)
        rows += int(bool(acled_row))
        day = (date or "")[:10]
        if len(day) == 10 and _DAY.fullmatch(day):
            by_day[day] += 1
            by_day_type[(day, typ)] += 1

    def ranked(counter: Counter[str], key: str) -> list[dict[str, Any]]:
        return [{key: k, "n": n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]

    totals = {
        "articles": int(conn.execute("SELECT count(*) FROM articles WHERE latest = 1").fetchone()[0]),
        "events": sum(by_type.values()),
        "events_located": located,
        "acled_rows": rows,
    }
    return {
        "totals": totals,
        "by_type": ranked(by_type, "type"),
        "by_day": [{"date": d, "n": n} for d, n in sorted(by_day.items())],
        "by_day_type": [{"date": d, "type": t, "n": n} for (d, t), n in sorted(by_day_type.items())],
        "by_admin1": ranked(by_admin1, "admin1"),
    }


def facets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The values the filter menus offer: event types, sub-types and admin1 names present in the store."""

    def col(sql: str) -> list[str]:
        return [str(r[0]) for r in conn.execute(sql).fetchall() if r[0]]

    return {
        "types": col("SELECT DISTINCT acled_event_type FROM events ORDER BY 1"),
        "sub_types": col("SELECT DISTINCT acled_sub_event_type FROM events ORDER BY 1"),
        "admin1": col("SELECT DISTINCT admin1 FROM events ORDER BY 1"),
        "sources": col("SELECT DISTINCT source FROM articles WHERE latest = 1 ORDER BY 1"),
    }
