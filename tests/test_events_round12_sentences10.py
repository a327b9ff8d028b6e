"""Round 12's blind sentence batches 10 and 11 (benchmarks/data/events_sentences10.jsonl and 11, helper bs2):
annotations only, the make-up each was coded to, the draw it came from (select_events_sentences10.py: batches 8-9's
rule, seed 20261214; select_events_sentences11.py: half-size pools, seed 20261215; both with the second-to-last hex
digit of sha1(url) in 5-9) and disjoint from every other annotated file of benchmarks/data/. Nothing here runs rasd
on the batches (the lead scores them: bench_events_sentences.py --batch10, --batch11)."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter

from tests.test_events_round11_sentences8 import DATA, FIELDS, TYPES, _key, _records

NAME = "events_sentences10.jsonl"


def assert_disjoint(name: str, excluded_files: tuple[str, ...]) -> set[str]:
    """A blind batch shares no url with the files its draw excluded, and no url, article key or sentence id with any
    other annotated file of benchmarks/data/; returns its urls."""
    sys.path.insert(0, str(DATA.parent))
    from select_places_audit3 import excluded

    records = _records(name)
    urls, keys, ids = {r["key"]["url"] for r in records}, {_key(r) for r in records}, {r["id"] for r in records}
    assert not urls & excluded(excluded_files)
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != name:
            assert not urls & excluded((path.name,)), path.name
            others = _records(path.name)
            assert not keys & {_key(r) for r in others if isinstance(r.get("key"), dict)}, path.name
            if path.name.startswith("events_sentences"):
                assert not ids & {r.get("id") for r in others}, path.name
    return urls


def test_batch10_make_up_as_coded() -> None:
    records = _records(NAME)
    assert len(records) == 120 and all(r["batch"] == 10 for r in records)
    assert [r["id"] for r in records] == [f"s{n}" for n in range(680, 800)]
    assert Counter(r["pool"] for r in records) == {"attack": 40, "protest": 30, "arrest": 15, "negative": 35}
    assert Counter(r["gold"] for r in records) == {"event": 31, "optional": 24, "none": 65}
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == {
        "Explosions/Remote violence": 10,
        "Battles": 9,
        "Violence against civilians": 4,
        "Strategic developments": 4,
        "Protests": 3,
        "Riots": 1,
    }
    for r in records:
        assert set(r) == FIELDS, r["id"]
        assert isinstance(r["note"], str) and r["note"], r["id"]
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["gold"] in ("none", "optional") and r["event_type"] is None and r["sub_event_type"] is None
            assert r["alternatives"] == [], r["id"]


def test_batch10_offsets_hash_range_and_no_text() -> None:
    records = _records(NAME)
    assert len({r["key"]["url"] for r in records}) == 120
    for r in records:
        span = r["sentence"]
        assert set(span) == {"start", "end", "sha1"} and len(span["sha1"]) == 12 and len(r["content_sha1"]) == 12
        assert span["start"] >= 0 and 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"]
        assert r["content_len"] <= 6000
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "56789", r["id"]
        assert not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]  # no text of the corpus


def test_batch10_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences10 import EXCLUDED_FILES, HASH_DIGITS, SEED, SENTENCE_FILES

    assert SEED == 20261214 and frozenset("56789") == HASH_DIGITS
    assert {"events_sentences8.jsonl", "events_sentences9.jsonl"} <= set(EXCLUDED_FILES)
    assert set(SENTENCE_FILES) == {"events_sentences.jsonl", "events_sentences8.jsonl", "events_sentences9.jsonl"}
    assert all((DATA / name).exists() for name in EXCLUDED_FILES)
    assert_disjoint(NAME, EXCLUDED_FILES)


def test_bench_batch10_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATA10 == DATA / NAME and bench.OUT10.name == "events_sentences10.json"


# ------------------------------------------------------------------------------------------------ batch 11
NAME11 = "events_sentences11.jsonl"


def test_batch11_make_up_as_coded() -> None:
    records = _records(NAME11)
    assert len(records) == 60 and all(r["batch"] == 11 for r in records)
    assert [r["id"] for r in records] == [f"s{n}" for n in range(800, 860)]
    assert Counter(r["pool"] for r in records) == {"attack": 20, "protest": 15, "arrest": 5, "negative": 20}
    assert Counter(r["gold"] for r in records) == {"event": 15, "optional": 10, "none": 35}
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == {
        "Explosions/Remote violence": 7,
        "Battles": 5,
        "Violence against civilians": 1,
        "Strategic developments": 1,
        "Riots": 1,
    }
    for r in records:
        assert set(r) == FIELDS and isinstance(r["note"], str) and r["note"], r["id"]
        assert not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "56789", r["id"]
        span = r["sentence"]
        assert 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"] <= 6000
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["event_type"] is None and r["sub_event_type"] is None and r["alternatives"] == [], r["id"]


def test_batch11_draw_rule_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences11 import EXCLUDED_FILES, HASH_DIGITS, SEED, SENTENCE_FILES, SIZES

    assert SEED == 20261215 and frozenset("56789") == HASH_DIGITS
    assert SIZES == {"attack": 20, "protest": 15, "arrest": 5, "negative": 20}
    assert NAME in EXCLUDED_FILES and NAME in SENTENCE_FILES
    assert all((DATA / name).exists() for name in EXCLUDED_FILES)
    assert len(assert_disjoint(NAME11, EXCLUDED_FILES)) == 60


def test_bench_batch11_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATA11 == DATA / NAME11 and bench.OUT11.name == "events_sentences11.json"
