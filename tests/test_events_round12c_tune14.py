"""Round 12c's blind events file (benchmarks/data/events_tune14.jsonl, helper bt2): annotations only, the shape it was
coded to, the hash range it was drawn from (select_events_tune14.py: the second-to-last hex digit of sha1(url) in
a b c), disjoint from every other annotated file of benchmarks/data/, and read by bench_events' --split tune14."""

from __future__ import annotations

import hashlib
import sys

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: articles, negatives, scored events (discrete, not historical) as coded
TUNE14 = (20, 10, 18)


def test_tune14_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored = TUNE14
    records = _records("events_tune14.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == "tune14" and r["claims_coded"] is False and r["claims"] == [] for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "abc" for r in records)
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
            mention = e["location"]["mention"]
            assert mention is None or 0 <= mention["start"] < mention["end"] <= r["content_len"]


def test_tune14_disjoint_from_every_other_annotated_file() -> None:
    drawn = {_key(r) for r in _records("events_tune14.jsonl")}
    urls = {url for _, url in drawn}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != "events_tune14.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys and not urls & {url for _, url in keys}, path.name


def test_tune14_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_tune14 as sel

    assert sel.SEED == 20261226 and frozenset("abc") == sel.HASH_DIGITS and sel.NEGATIVES == 3
    assert sel.SIZES == {"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
    assert all((DATA / name).exists() for name in sel.EXCLUDED_FILES)
    assert {
        "events_tune12.jsonl",
        "events_tune13.jsonl",
        "events_sentences10.jsonl",
        "events_sentences11.jsonl",
    } <= set(sel.EXCLUDED_FILES)
    assert not sel.excluded_keys() & {_key(r) for r in _records("events_tune14.jsonl")}


def test_bench_reads_tune14() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events as bench

    assert bench.DATA_TUNE14 == DATA / "events_tune14.jsonl" and "tune14" in bench.SPLITS
    assert "tune14" in bench.TUNE_SPLITS
