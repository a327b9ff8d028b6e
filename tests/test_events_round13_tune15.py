"""Round 13's blind events file (benchmarks/data/events_tune15.jsonl, helper bt3): annotations only, the shape it was
coded to, the hash range it was drawn from (select_events_tune15.py: the second-to-last hex digit of sha1(url) in
0-7), disjoint from every other annotated file of benchmarks/data/, and read by bench_events' --split tune15."""

from __future__ import annotations

import hashlib
import sys

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: articles, negatives, scored events (discrete, not historical) as coded
TUNE15 = (27, 13, 26)


def test_tune15_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored = TUNE15
    records = _records("events_tune15.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == "tune15" and r["claims_coded"] is False and r["claims"] == [] for r in records)
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


def test_tune15_disjoint_from_every_other_annotated_file() -> None:
    drawn = {_key(r) for r in _records("events_tune15.jsonl")}
    urls = {url for _, url in drawn}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != "events_tune15.jsonl":
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


def test_bench_reads_tune15() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events as bench

    assert bench.DATA_TUNE15 == DATA / "events_tune15.jsonl" and "tune15" in bench.SPLITS
    assert "tune15" in bench.TUNE_SPLITS
