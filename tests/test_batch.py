"""rasd batch: partitions, the Parquet tables, resuming, and rows equal to `rasd extract` on the same input."""

from __future__ import annotations

import itertools
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from rasd.batch.partitions import expand_inputs, plan_partitions, read_partition
from rasd.cli import main
from rasd.errors import ConfigError
from rasd.ingest import read_path

from .conftest import EXAMPLES

pytest.importorskip("distributed", reason="rasd batch needs the batch extra (dask[distributed]); make test has it")
pytest.importorskip("pyarrow", reason="rasd batch needs the batch extra (pyarrow); make test has it")

from rasd.batch import read_documents, run_batch
from rasd.batch.tables import SCHEMAS, TABLES, document_rows, rows_to_documents, to_table


def _write_odd_inputs(folder: Path) -> None:
    """Inputs that must each become a row with its error, and JSONL line-counting edge cases."""
    folder.mkdir()
    (folder / "latin1.txt").write_bytes("خبر\n".encode() + b"\xe9t\xe9 \xff\n")  # not UTF-8
    lines = [
        json.dumps({"id": 7, "title": "عاجل", "text": "قتل ثلاثة مدنيين في قصف على إدلب اليوم.", "date": "2021-03-02"}),
        "",  # an empty line: an error document
        "{not json",
        json.dumps({"id": "x", "text": "وأعلنت الوزارة عن مقتل 12 عنصرا في درعا يوم الخميس."}, ensure_ascii=False),
    ]
    (folder / "odd.jsonl").write_text("\n".join(lines), encoding="utf-8")  # no newline after the last line
    (folder / "notes.csv").write_text("not an article\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, root / "examples")
    _write_odd_inputs(root / "odd")
    return [root / "examples", root / "odd"]


def _extract(files: list[Path], tmp: Path) -> list[dict[str, Any]]:
    out = tmp / "extract.jsonl"
    assert main(["extract", *map(str, files), "--format", "jsonl", "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def batch_out(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    args = ["batch", *map(str, corpus), "--out", str(out), "--partition-size", "2", "--workers", "2", "--quiet"]
    assert main(args) == 0
    return out


# ----------------------------------------------------------------------------------------------- partitions
def test_plan_cuts_files_and_jsonl_lines_and_skips_non_articles(corpus: list[Path]) -> None:
    plan = plan_partitions(corpus, size=2)
    files, skipped = expand_inputs(corpus)
    assert [Path(s).name for s in skipped] == [Path(s).name for s in plan.skipped] == ["notes.csv"]
    # examples: 3 article files (2 + 1), a 6-line JSONL (2 + 2 + 2); odd: the .txt (1), a 4-line JSONL (2 + 2)
    assert [(p.fmt, p.n_docs) for p in plan.partitions] == [
        ("jsonl", 2),
        ("jsonl", 2),
        ("jsonl", 2),
        (None, 2),
        (None, 2),
        ("jsonl", 2),
        ("jsonl", 2),
    ]
    assert [p.first_ord for p in plan.partitions] == [0, 2, 4, 6, 8, 10, 12]
    assert plan.n_docs == sum(len(list(read_path(f))) for f in files) == 14
    assert len({p.key for p in plan.partitions}) == len(plan.partitions)
    assert [p.key for p in plan_partitions(corpus, size=2).partitions] == [p.key for p in plan.partitions]


def test_partitions_read_the_same_documents_with_the_same_line_numbers(corpus: list[Path]) -> None:
    files, _ = expand_inputs(corpus)
    want = [doc.to_dict() for f in files for doc in read_path(f)]
    got = [doc.to_dict() for part in plan_partitions(corpus, size=2).partitions for _, _, doc in read_partition(part)]
    assert got == want
    messages = [e["message"] for d in got for e in d["errors"]]
    assert any(m.startswith("line 2: empty line") for m in messages)
    assert any(m.startswith("line 3: not valid JSON") for m in messages)


def test_a_long_jsonl_line_does_not_break_the_line_count(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    body = "قصف " * 600_000  # 4.8 MB: several scan chunks
    rows = [{"text": "خبر أول."}, {"text": body}, {"text": "خبر ثالث."}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    parts = plan_partitions([path], size=1).partitions
    assert [(p.first_line, p.n_docs) for p in parts] == [(1, 1), (2, 1), (3, 1)]
    assert [doc.text for p in parts for _, _, doc in read_partition(p)][2] == "خبر ثالث."


# ----------------------------------------------------------------------------------------------- the tables
def test_batch_rows_equal_rasd_extract(corpus: list[Path], batch_out: Path, tmp_path: Path) -> None:
    files, _ = expand_inputs(corpus)
    want = _extract(files, tmp_path)
    got = list(read_documents(batch_out))
    assert len(got) == len(want) == 14
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        assert g == w, f"document {i} ({files[min(i, len(files) - 1)].name}) differs from rasd extract"


def test_every_table_has_one_file_per_partition_with_its_schema(batch_out: Path) -> None:
    import pyarrow.parquet as pq

    keys = json.loads((batch_out / "_batch.json").read_text(encoding="utf-8"))["partitions"]
    for name in TABLES:
        assert sorted(p.stem for p in (batch_out / name).glob("*.parquet")) == sorted(keys), name
        assert pq.read_schema(next((batch_out / name).glob("*.parquet"))) == SCHEMAS[name]
    assert not list(batch_out.rglob("*.tmp"))


def test_failed_articles_are_rows_with_their_error(batch_out: Path) -> None:
    import pyarrow.parquet as pq

    docs = pq.read_table(batch_out / "documents").to_pylist()
    assert sorted(r["ord"] for r in docs) == list(range(14))
    latin1 = next(r for r in docs if r["path"].endswith("latin1.txt"))
    assert latin1["n_errors"] == 1 and "not valid UTF-8" in json.loads(latin1["errors"])[0]["message"]
    broken = next(r for r in docs if r["path"].endswith("odd.jsonl") and r["line"] == 3)
    assert broken["text"] == "" and json.loads(broken["errors"])[0]["message"].startswith("line 3:")
    entities = pq.read_table(batch_out / "entities").to_pylist()
    text = {r["ord"]: r["text"] for r in docs}
    assert entities and all(text[e["ord"]][e["start"] : e["end"]] == e["text"] for e in entities)


def test_events_and_claims_keep_their_json_and_key_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    text = "قتل ثلاثة مدنيين في قصف على إدلب."
    event = {
        "id": "V1",
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Shelling/artillery/missile attack",
        "trigger": {"text": "قصف", "start": 20, "end": 23},
        "date": {"value": "2021-03-02", "range": None, "time_precision": 11, "timex": "T1"},
        "location": {"name": "Idlib", "name_ar": "إدلب", "lat": 35.93, "lon": 36.63, "entity": "E1"},
        "fatalities": {"value": 3, "approx": "exact"},
        "claims": ["C1"],
    }
    claim = {"id": "C1", "kind": "say", "speaker": {"name": "SOHR", "start": 0, "end": 3}, "channel": "report"}
    doc = {
        "schema": "rasd/1",
        "id": "abc",
        "text": text,
        "article": {"title": None, "published": "2021-03-02", "input_id": "7", "new_field": 1},
        "events": [event],
        "claims": [claim],
        "errors": [],
        "future_layer": [{"start": 0, "end": 3}],
    }
    rows = document_rows(doc, ord=5, path="a.jsonl", line=9)
    for name in TABLES:
        pq.write_table(to_table(name, rows[name]), tmp_path / f"{name}.parquet")
    back = {name: pq.read_table(tmp_path / f"{name}.parquet").to_pylist() for name in TABLES}
    (ev_row,) = back["events"]
    assert (ev_row["ord"], ev_row["doc_id"], ev_row["id"], ev_row["date"]) == (5, "abc", "V1", "2021-03-02")
    assert (ev_row["type"], ev_row["sub_type"]) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (ev_row["location_name"], ev_row["lat"], ev_row["lon"], ev_row["fatalities"]) == ("Idlib", 35.93, 36.63, 3)
    assert (back["claims"][0]["type"], back["claims"][0]["speaker"]) == ("say", "SOHR")
    (rebuilt,) = rows_to_documents(back)
    expected = {**doc, "blocks": [], "posts": [], "sentences": [], "entities": [], "timexes": [], "quantities": []}
    expected["article"] = {
        **dict.fromkeys(("title", "author", "url", "source", "language", "reference_date")),
        **doc["article"],
    }
    assert rebuilt == expected


# ----------------------------------------------------------------------------------------------- resuming
def test_rerun_skips_finished_partitions_and_redoes_a_missing_one(corpus: list[Path], batch_out: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in batch_out.rglob("*.parquet")}
    report = run_batch(corpus, batch_out, partition_size=2, workers=1)
    assert (report.skipped_partitions, report.processed_documents) == (report.partitions, 0)
    assert {p: p.stat().st_mtime_ns for p in batch_out.rglob("*.parquet")} == before

    wanted = list(read_documents(batch_out))
    key = sorted(p.stem for p in (batch_out / "_done").glob("*.json"))[3]
    (batch_out / "_done" / f"{key}.json").unlink()  # as if the run had been killed while on this partition
    (batch_out / "entities" / f"{key}.parquet").unlink()
    with pytest.raises(ConfigError, match="not finished"):
        list(read_documents(batch_out))
    report = run_batch(corpus, batch_out, partition_size=2, workers=1)
    assert (report.skipped_partitions, report.processed_documents) == (report.partitions - 1, 2)
    assert list(read_documents(batch_out)) == wanted


def test_batch_on_a_running_scheduler_gives_the_same_rows(corpus: list[Path], batch_out: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    # a scheduler started apart from rasd, as a team's cluster would be (loopback only, one in-process worker)
    with LocalCluster(
        n_workers=1,
        processes=False,
        protocol="tcp",
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    ) as cluster:
        out = tmp_path / "out"
        args = ["batch", *map(str, corpus), "--out", str(out), "--partition-size", "2"]
        assert main([*args, "--scheduler", cluster.scheduler_address, "--quiet"]) == 0
    assert list(read_documents(out)) == list(read_documents(batch_out))


def test_a_task_that_dies_leaves_no_table_file_and_no_marker(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rasd.batch import runner
    from rasd.settings import Settings

    part = plan_partitions(corpus, size=2).partitions[0]

    def dying(*args: object, **kwargs: object) -> Any:
        yield from itertools.islice(read_partition(part), 1)
        raise MemoryError("the worker ran out of memory")

    monkeypatch.setattr(runner, "read_partition", dying)
    with pytest.raises(MemoryError):
        runner.process_partition(part, str(tmp_path), Settings())
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_folder_of_another_batch_is_refused(corpus: list[Path], batch_out: Path) -> None:
    with pytest.raises(ConfigError, match="another batch"):
        run_batch(corpus, batch_out, partition_size=3, workers=1)


# ----------------------------------------------------------------------------------------------- bad calls
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "not allowed with argument"),
        (["--workers", "0"], "--workers must be at least 1"),
        (["--partition-size", "0"], "--partition-size must be at least 1"),
    ],
)
def test_bad_batch_calls_fail_at_once(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(["batch", str(EXAMPLES), "--out", str(tmp_path / "o"), *args])
    except SystemExit as exc:  # argparse's own errors
        code = int(str(exc.code))
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_missing_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError, match=r"pip install 'rasd\[batch\]'"):
        run_batch([EXAMPLES], tmp_path / "o")


def _worker_profiles() -> bool:
    import dask

    from rasd.batch import runner

    runner.release_memory()  # what a worker does after each partition: gc and, on glibc, malloc_trim
    return bool(dask.config.get("distributed.worker.profile.enabled"))


def test_local_workers_run_without_dasks_profiler() -> None:
    # Dask's sampling profiler keeps an hour of stack trees per worker: ~80 MB over 6,000 articles (docs/batch.md)
    from rasd.batch.runner import _client

    with _client(None, 1) as client:
        assert client.submit(_worker_profiles, pure=False).result() is False


def test_accurate_batch_groups_documents_and_equals_rasd_extract(corpus: list[Path], tmp_path: Path) -> None:
    # round 22 (lead): in the accurate mode a worker reads its partition through Pipeline.run_all, which tags
    # documents in groups; every row must still be rasd extract's, in order, broken inputs included
    from rasd import Pipeline, Settings

    assert Pipeline(settings=Settings(ner="accurate")).groups and not Pipeline(settings=Settings()).groups
    files, _ = expand_inputs(corpus)
    out = tmp_path / "extract.jsonl"
    assert main(["extract", *map(str, files), "--ner", "accurate", "--format", "jsonl", "-o", str(out)]) == 0
    want = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    batch = tmp_path / "out"
    args = ["batch", *map(str, corpus), "--out", str(batch), "--partition-size", "20", "--workers", "1"]
    assert main([*args, "--ner", "accurate", "--quiet"]) == 0
    got = list(read_documents(batch))
    assert len(got) == len(want) == 14
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        assert g == w, f"document {i} differs from rasd extract --ner accurate"
