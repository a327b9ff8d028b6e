"""``rasd export --format parquet``: the tables of ``rasd batch`` (read back, they equal the JSONL export), ACLED's
columns typed, the merged events; and bad calls."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.cli import main

from .conftest import EXAMPLES

pq = pytest.importorskip("pyarrow.parquet", reason="--format parquet needs the batch extra (pyarrow)")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("px") / "p.db"
    inputs = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".md", ".html", ".jsonl"))
    assert main(["ingest", *inputs, "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    return db


def test_parquet_holds_the_batch_tables_and_reads_back_as_the_jsonl_export(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rasd.batch.tables import SCHEMAS, TABLES, rows_to_documents

    out = tmp_path / "tables"
    assert main(["export", "--format", "parquet", "--db", str(store), "-o", str(out)]) == 0
    tables = {}
    for name in TABLES:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.schema.equals(SCHEMAS[name], check_metadata=False)
        tables[name] = table.to_pylist()
    assert main(["export", "--format", "jsonl", "--db", str(store)]) == 0
    want = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert list(rows_to_documents(tables)) == want and len(want) >= 5
    acled = pq.read_table(out / "acled.parquet").to_pylist()
    assert main(["export", "--format", "acled-csv", "--db", str(store)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["event_id_cnty"] for r in acled] == [r["event_id_cnty"] for r in rows] and acled
    assert all(isinstance(r["fatalities"], int) and isinstance(r["latitude"], float | None) for r in acled)


def test_parquet_export_keeps_the_filters_and_the_merged_events(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "strikes"
    assert (
        main(["export", "--format", "parquet", "--db", str(store), "-o", str(out), "--type", "Air/drone strike"]) == 0
    )
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    events = [json.loads(r["json"]) for r in pq.read_table(out / "events.parquet").to_pylist()]
    assert docs and len(docs) < 5 and any(e["acled_sub_event_type"] == "Air/drone strike" for e in events)
    merged = tmp_path / "merged"
    assert main(["export", "--format", "parquet", "--merged", "--db", str(store), "-o", str(merged)]) == 0
    rows = pq.read_table(merged / "merged_events.parquet").to_pylist()
    reports = pq.read_table(merged / "merged_reports.parquet").to_pylist()
    assert main(["export", "--format", "acled-csv", "--merged", "--db", str(store)]) == 0
    csv_rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["event_id_cnty"] for r in rows] == [r["event_id_cnty"] for r in csv_rows] and rows
    assert sum(r["n_reports"] for r in rows) == len(reports)


def test_parquet_needs_a_folder(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "parquet", "--db", str(store)]) == 2
    assert "-o DIR" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["export", "--format", "parquet", "--db", str(store), "-o", str(tmp_path / "file")]) == 2
    assert "is a file" in capsys.readouterr().err
