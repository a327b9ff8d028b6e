"""The store: an SQLite file of extracted documents, with Arabic search and exports (``rasd ingest`` …).

* :mod:`rasd.store.schema`: where the file is (``--db``, ``$RASD_DB``, ``./rasd.db``), WAL mode, the tables and
  their numbered migrations;
* :mod:`rasd.store.write`: documents into rows, one transaction per batch, keyed by the document id (the same
  article again changes nothing; a new text at a stored URL is a revision);
* :mod:`rasd.store.ingest`: :func:`ingest_paths` (read, extract over a process pool, store) and
  :func:`load_batch_folder` (the Parquet tables of ``rasd batch``);
* :mod:`rasd.store.analyze`: the Arabic analysis behind search (normalization, proclitics, suffixes);
* :mod:`rasd.store.query`: :func:`search` (FTS5, bm25, snippets) and the :class:`Filters` shared with exports;
* :mod:`rasd.store.export`: :func:`export_store` (ACLED CSV, GeoJSON, JSONL) and :func:`export_parquet`, each of
  the stored documents or of the merged events;
* :mod:`rasd.store.merge`: the merge across articles (:func:`merge_store`, :func:`iter_merged`): one merged event
  per happening, listing every report, figure and claimant.

The store sits above the pipeline: it reads documents, and nothing below it imports it.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Public names and the module that holds each; imported on first use, so that ``rasd --help`` (which imports
#: :mod:`rasd.store.cli`) does not pay for sqlite-utils (about 0.3 s).
_EXPORTS = {
    "EXPORT_FORMATS": "export",
    "export_store": "export",
    "export_parquet": "export",
    "iter_stored": "export",
    "IngestReport": "ingest",
    "ingest_paths": "ingest",
    "load_batch_folder": "ingest",
    "SCHEMA_VERSION": "schema",
    "db_path": "schema",
    "open_store": "schema",
    "Filters": "query",
    "Hit": "query",
    "search": "query",
    "MergeCounts": "merge",
    "iter_merged": "merge",
    "merge_store": "merge",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'rasd.store' has no attribute {name!r}")
    return getattr(importlib.import_module(f"rasd.store.{module}"), name)
