"""Round 13's blind events files (benchmarks/data/events_tune15.jsonl and events_tune16.jsonl, helper bt3):
annotations only, the shape each was coded to, the hash range they were drawn from (select_events_tune15.py and
_tune16.py: the second-to-last hex digit of sha1(url) in 0-7), disjoint from every other annotated file of
benchmarks/data/, and read by bench_events' --split tune15 / tune16."""

from __future__ import annotations

import hashlib
import sys

import pytest

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: split -> articles, negatives, scored events (discrete, not historical) as coded
ROUND13 = {"tune15": (27, 13, 26), "tune16": (18, 5, 16)}


@pytest.mark.parametrize("split", sorted(ROUND13))
def test_round13_file_shape_hash_range_and_no_text(split: str) -> None:
    n_articles, n_negatives, n_scored = ROUND13[split]
    records = _records(f"events_{split}.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == split and r["claims_coded"] is False and r["claims"] == [] for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "01234567" for r in records)
    assert all(r["negative"] == (not r["events"]) for r in records)
    assert sum(r["negative"] for r in records) == n_negatives
    scored = [e for r in records for e in r["events"] if e["granularity"] == "discrete" and not e["historical"]]
    assert len(scored) == n_scored
    check_events_and_no_text(records, evidence=True)
    for r in records:
        for e in r["events"]:
            assert all(
                any(v["start"] <= t["start"] and t["end"] <= v["end"] for v in e["evidence"]) for t in e["triggers"]
            )
            mention = e["location"]["mention"] if e["location"] else None
            assert mention is None or 0 <= mention["start"] < mention["end"] <= r["content_len"]


@pytest.mark.parametrize("split", sorted(ROUND13))
def test_round13_file_disjoint_from_every_other_annotated_file(split: str) -> None:
    drawn = {_key(r) for r in _records(f"events_{split}.jsonl")}
    urls = {url for _, url in drawn}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != f"events_{split}.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys and not urls & {url for _, url in keys}, path.name


def test_tune15_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_tune15 as sel

    assert sel.SEED == 20261305 and frozenset("01234567") == sel.HASH_DIGITS and sel.NEGATIVES == 4
    assert sel.SIZES == {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
    assert all((DATA / name).exists() for name in sel.EXCLUDED_FILES)
    assert {"events_tune12.jsonl", "events_tune13.jsonl", "events_tune14.jsonl", "events_sentences12.jsonl"} <= set(
        sel.EXCLUDED_FILES
    )
    assert not sel.excluded_keys() & {_key(r) for r in _records("events_tune15.jsonl")}


def test_tune16_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_tune16 as sel

    assert sel.SEED == 20261306 and frozenset("01234567") == sel.HASH_DIGITS and sel.NEGATIVES == 3
    assert sel.SIZES == {"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
    assert all((DATA / name).exists() for name in sel.EXCLUDED_FILES)
    assert {"events_tune15.jsonl", "claims_check9.jsonl"} <= set(sel.EXCLUDED_FILES)
    assert not sel.excluded_keys() & {_key(r) for r in _records("events_tune16.jsonl")}


def test_bench_reads_tune15_and_tune16() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events as bench

    assert bench.DATA_TUNE15 == DATA / "events_tune15.jsonl" and "tune15" in bench.SPLITS
    assert bench.DATA_TUNE16 == DATA / "events_tune16.jsonl" and "tune16" in bench.SPLITS
    assert {"tune15", "tune16"} <= set(bench.TUNE_SPLITS)
