"""The store's SQLite file: where it is, how it is opened (WAL), and its schema with numbered migrations.

Tables (one row per …):

* ``articles``: stored document (``key``: the document id, sha1 of the text; a document without text, which
  stands for an input that could not be read, is keyed by its origin and error instead), with the article's
  metadata, its errors, its revision number among the documents of the same URL, and its whole ``rasd/1`` JSON;
* ``entities``, ``events``, ``claims``: one per annotation, the fields to filter on as columns, the rest in JSON;
* ``event_mentions``: every span an event stands on (its trigger and evidence, and each mention's);
* ``claim_spans``: every span of a claim (marker, content, speaker);
* ``article_index`` and its FTS5 table ``article_index_fts``: the analysed text (:mod:`rasd.store.analyze`);
* ``schema_version``: one row per migration applied.

Version 2 adds the merge across articles (:mod:`rasd.store.merge`):

* ``merged_events``: one per happening, however many articles report it (its chosen type, date, place, actors,
  conservative figures, publishers, and the whole merged event as JSON with every report, figure and claimant);
* ``merged_reports``: one per stored event that takes part (an ACLED row of a latest revision): which merged
  event it belongs to. The reports' own rows in ``events`` are never changed, so a merge is undone by deleting
  these rows (``rasd merge --rebuild``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from rasd.errors import ConfigError

#: The environment variable naming the store when ``--db`` is not given.
ENV_DB = "RASD_DB"
DEFAULT_DB = "rasd.db"


def db_path(given: str | Path | None = None) -> Path:
    """The store's path: ``given`` (``--db``), else ``$RASD_DB``, else ``./rasd.db``."""
    return Path(given or os.environ.get(ENV_DB) or DEFAULT_DB)


def _v1(db: sqlite_utils.Database) -> None:
    db.table("articles").create(
        {
            "key": str,
            "doc_id": str,
            "url": str,
            "title": str,
            "published": str,
            "source": str,
            "author": str,
            "input_id": str,
            "origin": str,
            "revision": int,
            "previous": str,
            "latest": int,
            "n_events": int,
            "n_errors": int,
            "errors": str,
            "ingested": str,
            "text": str,
            "json": str,
        },
        pk="key",
        not_null={"doc_id", "revision", "latest", "text", "json"},
        defaults={"revision": 1, "latest": 1, "n_events": 0, "n_errors": 0},
        if_not_exists=True,
    )
    db.table("articles").create_index(["url", "latest"], if_not_exists=True)
    db.table("articles").create_index(["published"], if_not_exists=True)
    db.table("entities").create(
        {
            "article": str,
            "id": str,
            "type": str,
            "text": str,
            "start": int,
            "end": int,
            "canonical": str,
            "canonical_ar": str,
            "norm": str,
            "lat": float,
            "lon": float,
            "country_iso3": str,
            "admin1": str,
            "json": str,
        },
        pk=("article", "id"),
        foreign_keys=[("article", "articles", "key")],
        if_not_exists=True,
    )
    db.table("entities").create_index(["norm"], if_not_exists=True)
    db.table("events").create(
        {
            "article": str,
            "id": str,
            "acled_event_type": str,
            "acled_sub_event_type": str,
            "status": str,
            "granularity": str,
            "acled_row": int,
            "date": str,
            "date_start": str,
            "date_end": str,
            "place": str,
            "place_ar": str,
            "place_norm": str,
            "lat": float,
            "lon": float,
            "country_iso3": str,
            "admin1": str,
            "actor1": str,
            "actor1_norm": str,
            "actor2": str,
            "actor2_norm": str,
            "fatalities": int,
            "json": str,
        },
        pk=("article", "id"),
        foreign_keys=[("article", "articles", "key")],
        if_not_exists=True,
    )
    db.table("events").create_index(["acled_event_type"], if_not_exists=True)
    db.table("events").create_index(["date"], if_not_exists=True)
    spans = {"article": str, "owner": str, "i": int, "role": str, "start": int, "end": int, "text": str}
    for name in ("event_mentions", "claim_spans"):
        db.table(name).create(
            spans, pk=("article", "owner", "i"), foreign_keys=[("article", "articles", "key")], if_not_exists=True
        )
    db.table("claims").create(
        {
            "article": str,
            "id": str,
            "speaker": str,
            "speaker_ar": str,
            "org": str,
            "channel": str,
            "direct": int,
            "date": str,
            "events": str,
            "json": str,
        },
        pk=("article", "id"),
        foreign_keys=[("article", "articles", "key")],
        if_not_exists=True,
    )
    index = db.table("article_index")
    index.create({"id": int, "article": str, "stems": str, "readings": str}, pk="id", if_not_exists=True)
    index.create_index(["article"], unique=True, if_not_exists=True)
    if not db.table("article_index_fts").exists():
        # The analysed text is plain words separated by spaces; unicode61 splits it and leaves Arabic alone.
        index.enable_fts(["stems", "readings"], create_triggers=True, tokenize="unicode61 remove_diacritics 0")


def _v2(db: sqlite_utils.Database) -> None:
    db.table("merged_events").create(
        {
            "id": int,
            "acled_event_type": str,
            "acled_sub_event_type": str,
            "date": str,
            "date_start": str,
            "date_end": str,
            "time_precision": int,
            "place": str,
            "place_ar": str,
            "lat": float,
            "lon": float,
            "geo_precision": int,
            "admin1": str,
            "country_iso3": str,
            "actor1": str,
            "actor2": str,
            "fatalities": int,
            "injured": int,
            "n_reports": int,
            "sources": str,
            "first_seen": str,
            "json": str,
        },
        pk="id",
        not_null={"n_reports", "json"},
        if_not_exists=True,
    )
    db.table("merged_events").create_index(["date"], if_not_exists=True)
    db.table("merged_reports").create(
        {"article": str, "event": str, "merged": int},
        pk=("article", "event"),
        foreign_keys=[("article", "articles", "key"), ("merged", "merged_events", "id")],
        if_not_exists=True,
    )
    db.table("merged_reports").create_index(["merged"], if_not_exists=True)
    db.table("events").create_index(["acled_sub_event_type", "date_start"], if_not_exists=True)


#: The migrations, in order: ``MIGRATIONS[i]`` brings a store at version ``i`` to version ``i + 1``.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    """The version a store is at (0 for a new file)."""
    if not db.table("schema_version").exists():
        return 0
    row = db.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the migrations a store lacks; return the version it is at. Each migration is idempotent, so one
    interrupted half-way is simply run again."""
    db.table("schema_version").create({"version": int, "applied": str}, pk="version", if_not_exists=True)
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise ConfigError(
            f"the store {db.conn!r} is at schema version {current}, newer than this rasd ({SCHEMA_VERSION}); "
            "upgrade rasd"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version - 1](db)
        with db.atomic():
            db.table("schema_version").insert({"version": version, "applied": dt.datetime.now(dt.UTC).isoformat()})
    return SCHEMA_VERSION


def open_store(path: str | Path | None = None, *, create: bool = True) -> sqlite_utils.Database:
    """Open the store at :func:`db_path` ``(path)`` in WAL mode, creating and migrating it as needed.

    Raises:
        ConfigError: ``create`` is false and there is no store there, or its folder does not exist, or the file
            is not a rasd store.
    """
    p = db_path(path)
    if not p.exists() and not create:
        raise ConfigError(f"no store at {str(p)!r}; run `rasd ingest PATH… --db {p}` first, or pass --db / RASD_DB")
    if not p.parent.exists():
        raise ConfigError(f"the folder of the store {str(p)!r} does not exist; create it or pass another --db")
    db = sqlite_utils.Database(p, execute_plugins=False)
    try:
        db.enable_wal()
        db.execute("PRAGMA synchronous=NORMAL")  # safe in WAL mode: a crash may lose the last commit, never corrupt
        db.execute("PRAGMA busy_timeout=10000")
        migrate(db)
    except Exception as exc:
        db.close()
        import sqlite3

        if isinstance(exc, sqlite3.DatabaseError):
            raise ConfigError(f"{str(p)!r} is not a rasd store ({exc}); pass another --db") from exc
        raise
    return db
