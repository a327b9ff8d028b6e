"""The Parquet tables of ``rasd batch``: their schema, documents to rows, and rows back to ``rasd/1`` documents.

Six tables, one folder each, one file per partition (``documents/p00003-1a2b3c4d5e.parquet``, …). Every row
carries ``ord``, the document's position in the batch input (unique: the join key), and ``doc_id``, the rasd id
(the SHA-1 of the text: equal texts share it). A layer row also carries ``i``, its position in the layer.

Layer rows hold the fields of the ``rasd/1`` JSON as columns; a field the schema does not know yet lands in
``extra`` (a JSON object), so nothing is lost when the document model grows. Events and claims are stored whole
in ``json`` beside a few key columns read from it, so their schema can evolve without changing the tables.
:func:`rows_to_documents` inverts :func:`document_rows`: the batch test checks that the round trip equals
``rasd extract``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pyarrow as pa

TABLES = ("documents", "entities", "timexes", "quantities", "events", "claims")
_S, _I32, _I64, _F, _B = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_()
_KEYS = [("ord", _I64), ("doc_id", _S)]
_LAYER = [*_KEYS, ("i", _I32)]
_SPAN = [("text", _S), ("start", _I64), ("end", _I64)]

#: Column name and type of every table (docs/batch.md documents them).
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            *_KEYS,
            ("path", _S),  # the input file
            ("line", _I64),  # its line number for JSONL input, else null
            ("schema", _S),
            ("input_id", _S),
            ("title", _S),
            ("author", _S),
            ("published", _S),
            ("url", _S),
            ("source", _S),
            ("language", _S),
            ("reference_date", _S),
            ("text", _S),
            ("n_entities", _I32),
            ("n_timexes", _I32),
            ("n_quantities", _I32),
            ("n_events", _I32),
            ("n_claims", _I32),
            ("n_errors", _I32),
            ("errors", _S),  # JSON list of {"stage", "message"}
            ("blocks", _S),  # JSON lists, as in rasd/1
            ("posts", _S),
            ("sentences", _S),
            ("extra", _S),
        ]
    ),
    "entities": pa.schema(
        [
            *_LAYER,
            ("id", _S),
            ("type", _S),
            *_SPAN,
            ("canonical", _S),
            ("canonical_ar", _S),
            ("role", _S),
            ("org", _S),
            ("source", _S),
            ("actor_id", _S),
            ("acled", _S),
            ("inter", _I32),
            ("country", _S),
            ("anonymous", _B),
            ("lat", _F),  # from geo, for queries
            ("lon", _F),
            ("geo", _S),  # JSON object
            ("extra", _S),
        ]
    ),
    "timexes": pa.schema(
        [
            *_LAYER,
            ("id", _S),
            *_SPAN,
            ("type", _S),
            ("value", _S),
            ("anchor", _S),
            ("time_precision", _I32),
            ("range_start", _S),
            ("range_end", _S),
            ("extra", _S),
        ]
    ),
    "quantities": pa.schema(
        [
            *_LAYER,
            ("id", _S),
            *_SPAN,
            ("value", _F),
            ("min", _F),
            ("max", _F),
            ("approx", _S),
            ("unit", _S),
            ("extra", _S),
        ]
    ),
    "events": pa.schema(
        [
            *_LAYER,
            ("id", _S),
            ("type", _S),  # ACLED event type
            ("sub_type", _S),  # ACLED sub-event type
            ("date", _S),
            ("location_name", _S),
            ("lat", _F),
            ("lon", _F),
            ("fatalities", _I64),
            ("json", _S),  # the whole event, as in rasd/1
        ]
    ),
    "claims": pa.schema(
        [
            *_LAYER,
            ("id", _S),
            ("type", _S),  # the claim's kind (say, deny, claim_responsibility, …)
            ("speaker", _S),
            ("channel", _S),
            ("date", _S),
            ("json", _S),  # the whole claim, as in rasd/1
        ]
    ),
}

_ARTICLE = ("title", "author", "published", "url", "source", "language", "reference_date")
_DOC_KNOWN = {"schema", "id", "text", "article", "blocks", "posts", "sentences", "entities", "timexes"}
_DOC_KNOWN |= {"quantities", "events", "claims", "errors"}
_ENTITY_OPTIONAL = ("canonical", "canonical_ar", "role", "org", "source", "actor_id", "acled", "inter", "country")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _extra(obj: Mapping[str, Any], known: set[str] | tuple[str, ...]) -> str | None:
    rest = {k: v for k, v in obj.items() if k not in known}
    return _dumps(rest) if rest else None


def _number(value: float | None) -> int | float | None:
    return int(value) if value is not None and float(value).is_integer() else value


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("value") if "value" in value else value.get("name")
    return None if value is None else str(value)


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _int(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value")
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# ------------------------------------------------------------------------------------------- documents → rows
def _entity_row(e: dict[str, Any]) -> dict[str, Any]:
    geo = e.get("geo") if isinstance(e.get("geo"), dict) else None
    known = {"id", "type", "text", "start", "end", "geo", "anonymous", *_ENTITY_OPTIONAL}
    return {
        **{k: e.get(k) for k in ("id", "type", "text", "start", "end", *_ENTITY_OPTIONAL)},
        "anonymous": bool(e.get("anonymous", False)),
        "lat": _float((geo or {}).get("lat")),
        "lon": _float((geo or {}).get("lon")),
        "geo": None if e.get("geo") is None else _dumps(e["geo"]),
        "extra": _extra(e, known),
    }


def _timex_row(x: dict[str, Any]) -> dict[str, Any]:
    rng = x.get("range")
    known = {"id", "text", "start", "end", "type", "value", "anchor", "time_precision", "range"}
    return {
        **{k: x.get(k) for k in ("id", "text", "start", "end", "type", "value", "anchor", "time_precision")},
        "range_start": rng[0] if isinstance(rng, list) and len(rng) == 2 else None,
        "range_end": rng[1] if isinstance(rng, list) and len(rng) == 2 else None,
        "extra": _extra(x, known),
    }


def _quantity_row(q: dict[str, Any]) -> dict[str, Any]:
    known = ("id", "text", "start", "end", "value", "min", "max", "approx", "unit")
    return {**{k: q.get(k) for k in known}, "extra": _extra(q, known)}


def _event_row(ev: dict[str, Any]) -> dict[str, Any]:
    loc = ev.get("location")
    location: dict[str, Any] = loc if isinstance(loc, dict) else {}
    return {
        "id": _text(ev.get("id")),
        "type": _text(ev.get("acled_event_type", ev.get("type"))),
        "sub_type": _text(ev.get("acled_sub_event_type", ev.get("sub_type"))),
        "date": _text(ev.get("date")),
        "location_name": _text(location.get("name")),
        "lat": _float(location.get("lat")),
        "lon": _float(location.get("lon")),
        "fatalities": _int(ev.get("fatalities")),
        "json": _dumps(ev),
    }


def _claim_row(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": _text(c.get("id")),
        "type": _text(c.get("kind", c.get("type"))),
        "speaker": _text(c.get("speaker")),
        "channel": _text(c.get("channel")),
        "date": _text(c.get("date")),
        "json": _dumps(c),
    }


_LAYER_ROWS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "entities": _entity_row,
    "timexes": _timex_row,
    "quantities": _quantity_row,
    "events": _event_row,
    "claims": _claim_row,
}


def _doc_extra(d: dict[str, Any], article: dict[str, Any]) -> str | None:
    """Top-level fields and article fields the schema does not know, as one JSON object (``None``: none)."""
    rest = {k: v for k, v in d.items() if k not in _DOC_KNOWN}
    article_rest = {k: v for k, v in article.items() if k not in (*_ARTICLE, "input_id")}
    if article_rest:
        rest["article"] = article_rest
    return _dumps(rest) if rest else None


def document_rows(d: dict[str, Any], *, ord: int, path: str, line: int | None) -> dict[str, list[dict[str, Any]]]:
    """The rows of one ``rasd/1`` document dict in every table (the documents table gets exactly one)."""
    article = d.get("article") or {}
    keys = {"ord": ord, "doc_id": d["id"]}
    doc_row = {
        **keys,
        "path": path,
        "line": line,
        "schema": d.get("schema"),
        "input_id": None if article.get("input_id") is None else str(article["input_id"]),
        **{k: article.get(k) for k in _ARTICLE},
        "text": d["text"],
        **{f"n_{name}": len(d.get(name) or []) for name in ("entities", "timexes", "quantities", "events", "claims")},
        "n_errors": len(d.get("errors") or []),
        "errors": _dumps(d.get("errors") or []),
        **{name: _dumps(d.get(name) or []) for name in ("blocks", "posts", "sentences")},
        "extra": _doc_extra(d, article),
    }
    out: dict[str, list[dict[str, Any]]] = {"documents": [doc_row]}
    for name, to_row in _LAYER_ROWS.items():
        out[name] = [{**keys, "i": i, **to_row(item)} for i, item in enumerate(d.get(name) or [])]
    return out


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """A pyarrow table with the table's schema (an empty one when there are no rows)."""
    schema = SCHEMAS[name]
    return pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()


# ------------------------------------------------------------------------------------------- rows → documents
def _with_extra(obj: dict[str, Any], extra: str | None) -> dict[str, Any]:
    return {**obj, **_loads(extra)} if extra else obj


def _entity_json(r: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: r[k] for k in ("id", "type", "text", "start", "end")}
    for key in _ENTITY_OPTIONAL:
        if r[key] is not None:
            out[key] = r[key]
    if r["geo"] is not None:
        out["geo"] = _loads(r["geo"])
    if r["anonymous"]:
        out["anonymous"] = True
    return _with_extra(out, r["extra"])


def _timex_json(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: r[k] for k in ("id", "text", "start", "end", "type", "value", "anchor", "time_precision")}
    if r["range_start"] is not None or r["range_end"] is not None:
        out["range"] = [r["range_start"], r["range_end"]]
    return _with_extra(out, r["extra"])


def _quantity_json(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: r[k] for k in ("id", "text", "start", "end", "approx", "unit")}
    out |= {k: _number(r[k]) for k in ("value", "min", "max")}
    return _with_extra(out, r["extra"])


_LAYER_JSON: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "entities": _entity_json,
    "timexes": _timex_json,
    "quantities": _quantity_json,
    "events": lambda r: dict(_loads(r["json"])),
    "claims": lambda r: dict(_loads(r["json"])),
}


def rows_to_documents(tables: Mapping[str, list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Rebuild the ``rasd/1`` document dicts from the rows of one partition's tables, in input order."""
    layers: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for name, to_json in _LAYER_JSON.items():
        by_doc: dict[int, list[dict[str, Any]]] = {}
        for r in sorted(tables.get(name, []), key=lambda r: (r["ord"], r["i"])):
            by_doc.setdefault(r["ord"], []).append(to_json(r))
        layers[name] = by_doc
    for r in sorted(tables["documents"], key=lambda r: r["ord"]):
        article = {k: r[k] for k in _ARTICLE}
        if r["input_id"] is not None:
            article["input_id"] = r["input_id"]
        doc = {
            "schema": r["schema"],
            "id": r["doc_id"],
            "text": r["text"],
            "article": article,
            **{name: _loads(r[name]) for name in ("blocks", "posts", "sentences")},
            **{name: layers[name].get(r["ord"], []) for name in ("entities", "timexes", "quantities")},
            **{name: layers[name].get(r["ord"], []) for name in ("events", "claims")},
            "errors": _loads(r["errors"]),
        }
        extra = _loads(r["extra"]) or {}
        article.update(extra.pop("article", {}))
        yield {**doc, **extra}
