"""Round 12's blind events files (benchmarks/data/events_tune12.jsonl, events_tune13.jsonl): annotations only, the shape
they were coded to, the hash range they were drawn from (select_events_tune12.py, its --set tune13: the second-to-last
hex digit of sha1(url) in 0-4), disjoint from every other annotated file of benchmarks/data/, and read by
bench_events' --split tune12 / tune13."""

from __future__ import annotations

import hashlib
import sys

import pytest

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: split -> (articles, scored events) as coded
ROUND12 = {"tune12": (26, 25), "tune13": (16, 5)}


@pytest.mark.parametrize("split", sorted(ROUND12))
def test_round12_blind_file_shape_hash_range_and_no_text(split: str) -> None:
    n_articles, n_scored = ROUND12[split]
    records = _records(f"events_{split}.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == split and r["claims_coded"] is False and r["claims"] == [] for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "01234" for r in records)
    assert all(r["negative"] == (not r["events"]) for r in records)
    scored = [e for r in records for e in r["events"] if e["granularity"] == "discrete" and not e["historical"]]
    assert len(scored) == n_scored
    check_events_and_no_text(records, evidence=True)
    for r in records:
        for e in r["events"]:
            assert all(
                any(v["start"] <= t["start"] and t["end"] <= v["end"] for v in e["evidence"]) for t in e["triggers"]
            )


@pytest.mark.parametrize("split", sorted(ROUND12))
def test_round12_blind_file_disjoint_from_every_other_annotated_file(split: str) -> None:
    drawn = {_key(r) for r in _records(f"events_{split}.jsonl")}
    urls = {url for _, url in drawn}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != f"events_{split}.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys and not urls & {url for _, url in keys}, path.name


def test_round12_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_tune12 as sel

    assert sel.SEED == 20261224 and sel.SEED13 == 20261225 and frozenset("01234") == sel.HASH_DIGITS
    assert all((DATA / name).exists() for name in sel.EXCLUDED_FILES)
    excluded = sel.excluded_keys()
    assert not excluded & {_key(r) for r in _records("events_tune12.jsonl")}
    assert not excluded & {_key(r) for r in _records("events_tune13.jsonl")}


def test_bench_reads_tune12_and_tune13() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events as bench

    assert bench.DATA_TUNE12 == DATA / "events_tune12.jsonl" and "tune12" in bench.SPLITS
    assert bench.DATA_TUNE13 == DATA / "events_tune13.jsonl" and "tune13" in bench.SPLITS
    assert {"tune12", "tune13"} <= set(bench.TUNE_SPLITS)
