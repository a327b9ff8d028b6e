"""Constants the store's commands show in ``--help``, in a module light enough for every ``rasd`` call to import
(the store's modules import sqlite-utils, which costs about 0.3 s of start-up)."""

from __future__ import annotations

#: What ``rasd export --format`` writes.
EXPORT_FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
#: Documents stored per transaction by ``rasd ingest`` unless ``--batch-size`` says otherwise.
DEFAULT_BATCH_SIZE = 50
