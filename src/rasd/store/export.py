"""Exports from the store: ACLED CSV and GeoJSON through :mod:`rasd.export`, JSONL as the stored ``rasd/1`` JSON,
Parquet in the tables of ``rasd batch`` (:mod:`rasd.batch.tables`).

The latest revision of each article is exported, in the order the articles were first stored, so a store filled
from some inputs exports what ``rasd extract --format …`` prints for the same inputs.

With ``merged``, one row per merged event (:mod:`rasd.store.merge`) instead: ACLED CSV rows whose ``source``
names every claimant and every publisher, whose fatalities are the conservative figure and whose ``notes`` list
the figures of every report; GeoJSON points; JSONL of the merged events with their reports, figures and
claimants; Parquet ``merged_events`` (ACLED's columns plus the merge's) and ``merged_reports``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
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


def export_store(
    db: sqlite_utils.Database, out: TextIO, *, fmt: str, filters: Filters | None = None, merged: bool = False
) -> int:
    """Write the stored documents (with ``merged``: the merged events) to ``out`` as ``fmt``; return the rows,
    features or documents written. Only reads the store.

    Raises:
        ConfigError: ``fmt`` is not one of :data:`EXPORT_FORMATS`, or is ``parquet`` (a folder:
            :func:`export_parquet`).
    """
    if fmt == "parquet":
        raise ConfigError("--format parquet writes a folder of Parquet files, not a stream; use export_parquet")
    if merged:
        return _export_merged(db, out, fmt=fmt, filters=filters)
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


# ------------------------------------------------------------------------------------------------ merged events
def merged_documents(db: sqlite_utils.Database, *, filters: Filters | None = None) -> Iterator[tuple[int, Document]]:
    """Each merged event as ``(id, document)``: a :class:`Document` without text holding the merged event, the
    claims of its claimants and, as its publisher, every report's publisher, so that :mod:`rasd.export` writes
    it as it writes an article's event."""
    from rasd.store.merge import iter_merged

    for m in iter_merged(db, filters=filters):
        ev = dict(m["event"])
        claims = []
        for i, c in enumerate(m["claimants"], 1):
            claims.append({"id": f"C{i}", "speaker": {k: c.get(k) for k in ("name", "name_ar", "role", "org")}})
        ev["id"] = f"M{m['id']}"
        ev["claims"] = [c["id"] for c in claims]
        first = m["reports"][0] if m["reports"] else {}
        article = ArticleMeta(source="; ".join(m["sources"]) or None, url=first.get("url"), title=first.get("title"))
        yield m["id"], Document(text="", article=article, events=[ev], claims=claims)


def _figures_note(m: dict[str, Any]) -> str:
    told = [f for f in m["figures"] if f["kind"] == "fatalities"]
    if len(m["reports"]) < 2:
        return ""
    parts = [f"{f['value']} ({f.get('source') or f['article'][:10]})" for f in told]
    note = f" Merged from {len(m['reports'])} reports ({', '.join(m['sources'])})."
    if parts:
        note += f" Fatalities reported: {', '.join(parts)}; coded: the lowest of the most specific."
    return note


def merged_acled_rows(db: sqlite_utils.Database, *, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """ACLED rows of the merged events (``event_id_cnty`` ``rasd:merged:<id>``)."""
    from rasd.export.acled import rows
    from rasd.store.merge import iter_merged

    by_id = {m["id"]: m for m in iter_merged(db, filters=filters)}
    for merged_id, doc in merged_documents(db, filters=filters):
        for row in rows([doc]):
            m = by_id[merged_id]
            row["event_id_cnty"] = f"rasd:merged:{merged_id}"
            row["notes"] += _figures_note(m)
            row["tags"] = "; ".join([t for t in (row["tags"], f"reports={len(m['reports'])}") if t])
            yield row


def _export_merged(db: sqlite_utils.Database, out: TextIO, *, fmt: str, filters: Filters | None) -> int:
    from rasd.store.merge import iter_merged

    if fmt == "acled-csv":
        import csv

        from rasd.export.acled import COLUMNS

        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        n = 0
        for row in merged_acled_rows(db, filters=filters):
            writer.writerow(row)
            n += 1
        return n
    if fmt == "geojson":
        features = []
        for m in iter_merged(db, filters=filters):
            loc = m["event"].get("location") or {}
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            props = {**m["event"], "reports": m["reports"], "sources": m["sources"], "claimants": m["claimants"]}
            features.append(
                {
                    "type": "Feature",
                    "id": f"merged:{m['id']}",
                    "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                    "properties": props,
                }
            )
        out.write(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n")
        return len(features)
    if fmt == "jsonl":
        n = 0
        for m in iter_merged(db, filters=filters):
            out.write(json.dumps(m, ensure_ascii=False) + "\n")
            n += 1
        return n
    raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


# ------------------------------------------------------------------------------------------------ Parquet
#: Columns of ``merged_events.parquet`` beyond ACLED's: the merged event's id, its reports and their figures.
MERGED_EXTRA = ("merged_id", "n_reports", "reports")


def export_parquet(
    db: sqlite_utils.Database, folder: str | Path, *, filters: Filters | None = None, merged: bool = False
) -> dict[str, int]:
    """Write Parquet files into ``folder`` (created if needed); return the rows of each file.

    Without ``merged``: the six tables of ``rasd batch`` (``documents``, ``entities``, ``timexes``,
    ``quantities``, ``events``, ``claims``; schema :data:`rasd.batch.tables.SCHEMAS`; ``ord`` is the article's
    position in the export, ``path`` where it was read from), plus ``acled.parquet``: ACLED's columns, one row per
    ACLED event. With ``merged``: ``merged_events.parquet`` (ACLED's columns, then :data:`MERGED_EXTRA`) and
    ``merged_reports.parquet`` (merged id, article, event, publisher, url, date, place, figures).

    Raises:
        ConfigError: pyarrow (the ``batch`` extra) is missing, or ``folder`` is a file.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - the batch extra is installed with the test extra
        raise ConfigError("--format parquet needs pyarrow: pip install 'rasd[batch]'") from exc
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise ConfigError(f"{str(root)!r} is a file; --format parquet writes a folder, name one with -o DIR")
    root.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}

    def write(name: str, table: Any) -> None:
        tmp = root / f".{name}.parquet.tmp"
        pq.write_table(table, tmp)
        tmp.replace(root / f"{name}.parquet")  # never a half-written file under the final name
        written[name] = table.num_rows

    if merged:
        from rasd.export.acled import COLUMNS
        from rasd.store.merge import iter_merged

        by_id = {m["id"]: m for m in iter_merged(db, filters=filters)}
        acled = []
        for row in merged_acled_rows(db, filters=filters):
            merged_id = int(row["event_id_cnty"].rsplit(":", 1)[1])
            m = by_id[merged_id]
            acled.append(
                {
                    **_acled_typed(row),
                    "merged_id": merged_id,
                    "n_reports": len(m["reports"]),
                    "reports": json.dumps(m["reports"], ensure_ascii=False),
                }
            )
        schema = pa.schema([*_acled_schema(pa, COLUMNS), ("merged_id", pa.int64()), ("n_reports", pa.int32()),
                            ("reports", pa.string())])  # fmt: skip
        write("merged_events", pa.Table.from_pylist(acled, schema=schema))
        report_rows = [
            {"merged_id": mid, **{k: r.get(k) for k in _REPORT_COLUMNS}}
            for mid, m in by_id.items()
            for r in m["reports"]
        ]
        rschema = pa.schema(
            [("merged_id", pa.int64())]
            + [(k, pa.int64() if k in ("fatalities", "injured") else pa.string()) for k in _REPORT_COLUMNS]
        )
        write("merged_reports", pa.Table.from_pylist(report_rows, schema=rschema))
        return written

    from rasd.batch.tables import TABLES, document_rows, to_table
    from rasd.export.acled import COLUMNS, rows

    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    acled_rows: list[dict[str, Any]] = []
    conds, params = (filters or Filters()).where()
    sql = f"SELECT a.json, a.origin FROM articles a WHERE {' AND '.join(conds)} ORDER BY a.rowid"
    for ord_, (text, origin) in enumerate(db.execute(sql, params)):
        d = json.loads(text)
        if not d.get("id"):
            continue  # an input that could not be read has no document id; it stays in the store with its error
        for name, part in document_rows(d, ord=ord_, path=origin or "", line=None).items():
            tables[name].extend(part)
        acled_rows.extend(_acled_typed(r) for r in rows([document_from_dict(d)]))
    for name in TABLES:
        write(name, to_table(name, tables[name]))
    write("acled", pa.Table.from_pylist(acled_rows, schema=pa.schema(_acled_schema(pa, COLUMNS))))
    return written


_REPORT_COLUMNS = ("article", "event", "source", "url", "title", "published", "acled_sub_event_type", "date",
                   "place", "place_ar", "fatalities", "injured", "status")  # fmt: skip
_ACLED_INTS = frozenset({"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                         "fatalities", "timestamp"})  # fmt: skip
_ACLED_FLOATS = frozenset({"latitude", "longitude"})


def _acled_schema(pa: Any, columns: tuple[str, ...]) -> list[tuple[str, Any]]:
    return [
        (c, pa.int64() if c in _ACLED_INTS else pa.float64() if c in _ACLED_FLOATS else pa.string()) for c in columns
    ]


def _acled_typed(row: dict[str, Any]) -> dict[str, Any]:
    """An ACLED CSV row with its numbers as numbers and its empty cells as nulls."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if v == "" or v is None:
            out[k] = None
        elif k in _ACLED_INTS:
            out[k] = int(v)
        elif k in _ACLED_FLOATS:
            out[k] = float(v)
        else:
            out[k] = str(v)
    return out
