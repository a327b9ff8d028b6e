"""Round 14's blind sentence batch 14 (benchmarks/data/events_sentences14.jsonl, helper as14): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences14.py: batch 13's rule imported, seed 20261414,
pools assault 35, protest 30, attack 10, negative 15, the second-to-last hex digit of sha1(url) in b-f) and disjoint
from every other annotated file of benchmarks/data/, batch 13 included. Nothing here runs rasd on the batch."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter

from tests.test_events_round11_sentences8 import DATA, FIELDS, TYPES, _records
from tests.test_events_round12_sentences10 import assert_disjoint

NAME = "events_sentences14.jsonl"


def test_batch14_make_up_as_coded() -> None:
    records = _records(NAME)
    assert len(records) == 90 and all(r["batch"] == 14 for r in records)
    assert [r["id"] for r in records] == [f"s{n}" for n in range(1030, 1120)]
    assert Counter(r["pool"] for r in records) == {"assault": 35, "protest": 30, "attack": 10, "negative": 15}
    assert Counter(r["gold"] for r in records) == {"event": 13, "optional": 30, "none": 47}
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == {
        "Explosions/Remote violence": 5,
        "Violence against civilians": 4,
        "Protests": 2,
        "Battles": 2,
    }
    assert sum(1 for r in events if r["alternatives"]) == 9
    for r in records:
        assert set(r) == FIELDS and isinstance(r["note"], str) and r["note"], r["id"]
        assert not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]  # no text of the corpus
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["gold"] in ("none", "optional") and r["event_type"] is None and r["sub_event_type"] is None
            assert r["alternatives"] == [], r["id"]


def test_batch14_offsets_hash_range_and_no_text() -> None:
    for r in _records(NAME):
        span = r["sentence"]
        assert set(span) == {"start", "end", "sha1"} and len(span["sha1"]) == 12 and len(r["content_sha1"]) == 12
        assert span["start"] >= 0 and 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"]
        assert r["content_len"] <= 6000
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "bcdef", r["id"]


def test_batch14_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    from select_events_sentences14 import EXCLUDED_FILES, HASH_DIGITS, SEED, SIZES, _batch14_rule

    assert SEED == 20261414 and frozenset("bcdef") == HASH_DIGITS and SIZES == batch13.SIZES
    assert set(batch13.EXCLUDED_FILES) < set(EXCLUDED_FILES)
    assert {"events_sentences13.jsonl", "events_tune18.jsonl", "claims_check12.jsonl"} <= set(EXCLUDED_FILES)
    assert NAME not in EXCLUDED_FILES and not any("heldout" in name for name in EXCLUDED_FILES)
    assert all((DATA / name).exists() for name in EXCLUDED_FILES)
    assert len(assert_disjoint(NAME, EXCLUDED_FILES)) == 90
    before = (batch13.SEED, batch13.EXCLUDED_FILES)
    with _batch14_rule():
        assert (batch13.SEED, batch13.EXCLUDED_FILES) == (SEED, EXCLUDED_FILES)
    assert before == (batch13.SEED, batch13.EXCLUDED_FILES)


def test_bench_batch14_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATA14 == DATA / NAME and bench.OUT14.name == "events_sentences14.json"
