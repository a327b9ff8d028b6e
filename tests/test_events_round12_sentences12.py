"""Round 12c's blind sentence batch 12 (benchmarks/data/events_sentences12.jsonl, helper bs3): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences12.py: batch 11's rule, seed 20261216, pools
attack 30, protest 20, arrest 10, negative 20, the second-to-last hex digit of sha1(url) in d-f) and disjoint from
every other annotated file of benchmarks/data/. Nothing here runs rasd on the batch (the lead scores it:
bench_events_sentences.py --batch12)."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter

from tests.test_events_round11_sentences8 import DATA, FIELDS, TYPES, _records
from tests.test_events_round12_sentences10 import assert_disjoint

NAME = "events_sentences12.jsonl"


def test_batch12_make_up_as_coded() -> None:
    records = _records(NAME)
    assert len(records) == 80 and all(r["batch"] == 12 for r in records)
    assert [r["id"] for r in records] == [f"s{n}" for n in range(860, 940)]
    assert Counter(r["pool"] for r in records) == {"attack": 30, "protest": 20, "arrest": 10, "negative": 20}
    assert Counter(r["gold"] for r in records) == {"event": 16, "optional": 15, "none": 49}
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == {
        "Explosions/Remote violence": 5,
        "Battles": 4,
        "Protests": 3,
        "Violence against civilians": 3,
        "Strategic developments": 1,
    }
    assert sum(1 for r in events if r["alternatives"]) == 11
    for r in records:
        assert set(r) == FIELDS and isinstance(r["note"], str) and r["note"], r["id"]
        assert not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]  # no text of the corpus
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["gold"] in ("none", "optional") and r["event_type"] is None and r["sub_event_type"] is None
            assert r["alternatives"] == [], r["id"]


def test_batch12_offsets_hash_range_and_no_text() -> None:
    for r in _records(NAME):
        span = r["sentence"]
        assert set(span) == {"start", "end", "sha1"} and len(span["sha1"]) == 12 and len(r["content_sha1"]) == 12
        assert span["start"] >= 0 and 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"]
        assert r["content_len"] <= 6000
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "def", r["id"]


def test_batch12_draw_rule_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences12 import EXCLUDED_FILES, HASH_DIGITS, SEED, SENTENCE_FILES, SIZES

    assert SEED == 20261216 and frozenset("def") == HASH_DIGITS
    assert SIZES == {"attack": 30, "protest": 20, "arrest": 10, "negative": 20}
    assert {"events_sentences10.jsonl", "events_sentences11.jsonl"} <= set(EXCLUDED_FILES)
    assert {"events_tune12.jsonl", "events_tune13.jsonl", "events_dev.jsonl"} <= set(EXCLUDED_FILES)
    assert "events_sentences11.jsonl" in SENTENCE_FILES and NAME not in EXCLUDED_FILES
    assert all((DATA / name).exists() for name in EXCLUDED_FILES)
    assert len(assert_disjoint(NAME, EXCLUDED_FILES)) == 80


def test_bench_batch12_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATA12 == DATA / NAME and bench.OUT12.name == "events_sentences12.json"
