"""Round 13's third blind events file (benchmarks/data/events_tune17.jsonl, helper bt4): annotations only, the shape
it was coded to, the hash range it was drawn from (select_events_tune17.py: the second-to-last hex digit of
sha1(url) in 8-f, the other half from tune15/tune16), disjoint from every other annotated file of benchmarks/data/,
and read by bench_events' --split tune17."""

from __future__ import annotations

import hashlib
import sys

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE17 = (28, 6, 31, 16)


def test_tune17_file_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE17
    records = _records("events_tune17.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == "tune17" and r["claims_coded"] is False and r["claims"] == [] for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "89abcdef" for r in records)
    assert all(r["negative"] == (not r["events"]) for r in records)
    assert sum(r["negative"] for r in records) == n_negatives
    events = [e for r in records for e in r["events"]]
    scored = [e for e in events if e["granularity"] == "discrete" and not e["historical"]]
    assert len(scored) == n_scored and len(events) - len(scored) == n_optional
    check_events_and_no_text(records, evidence=True)
    for r in records:
        for e in r["events"]:
            assert all(
                any(v["start"] <= t["start"] and t["end"] <= v["end"] for v in e["evidence"]) for t in e["triggers"]
            )
            mention = e["location"]["mention"] if e["location"] else None
            assert mention is None or 0 <= mention["start"] < mention["end"] <= r["content_len"]


def test_tune17_disjoint_from_every_other_annotated_file() -> None:
    drawn = {_key(r) for r in _records("events_tune17.jsonl")}
    urls = {url for _, url in drawn}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != "events_tune17.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys and not urls & {url for _, url in keys}, path.name


def test_tune17_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_tune17 as sel

    assert sel.SEED == 20261307 and frozenset("89abcdef") == sel.HASH_DIGITS and sel.NEGATIVES == 4
    assert sel.SIZES == {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
    assert all((DATA / name).exists() for name in sel.EXCLUDED_FILES)
    assert {"events_tune15.jsonl", "events_tune16.jsonl", "claims_check9.jsonl", "claims_check10.jsonl"} <= set(
        sel.EXCLUDED_FILES
    )
    assert not sel.excluded_keys() & {_key(r) for r in _records("events_tune17.jsonl")}


def test_bench_reads_tune17() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events as bench

    assert bench.DATA_TUNE17 == DATA / "events_tune17.jsonl" and "tune17" in bench.SPLITS
    assert "tune17" in bench.TUNE_SPLITS
