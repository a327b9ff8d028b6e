"""Round 14's blind sentence batch 13 (benchmarks/data/events_sentences13.jsonl, helper bs5): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences13.py: batch 12's rule with a new assault pool
tried first, seed 20261404, pools assault 35, protest 30, attack 10, negative 15, the second-to-last hex digit of
sha1(url) in b-f) and disjoint from every other annotated file of benchmarks/data/. Nothing here runs rasd on the
batch (the lead scores it: bench_events_sentences.py --batch13)."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter

from tests.test_events_round11_sentences8 import DATA, FIELDS, TYPES, _records
from tests.test_events_round12_sentences10 import assert_disjoint

NAME = "events_sentences13.jsonl"


def test_batch13_make_up_as_coded() -> None:
    records = _records(NAME)
    assert len(records) == 90 and all(r["batch"] == 13 for r in records)
    assert [r["id"] for r in records] == [f"s{n}" for n in range(940, 1030)]
    assert Counter(r["pool"] for r in records) == {"assault": 35, "protest": 30, "attack": 10, "negative": 15}
    assert Counter(r["gold"] for r in records) == {"event": 20, "optional": 25, "none": 45}
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == {
        "Violence against civilians": 7,
        "Battles": 5,
        "Protests": 4,
        "Explosions/Remote violence": 3,
        "Strategic developments": 1,
    }
    assert sum(1 for r in events if r["alternatives"]) == 15
    for r in records:
        assert set(r) == FIELDS and isinstance(r["note"], str) and r["note"], r["id"]
        assert not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]  # no text of the corpus
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["gold"] in ("none", "optional") and r["event_type"] is None and r["sub_event_type"] is None
            assert r["alternatives"] == [], r["id"]


def test_batch13_offsets_hash_range_and_no_text() -> None:
    for r in _records(NAME):
        span = r["sentence"]
        assert set(span) == {"start", "end", "sha1"} and len(span["sha1"]) == 12 and len(r["content_sha1"]) == 12
        assert span["start"] >= 0 and 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"]
        assert r["content_len"] <= 6000
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "bcdef", r["id"]


def test_batch13_draw_rule_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences13 import EXCLUDED_FILES, HASH_DIGITS, SEED, SIZES

    assert SEED == 20261404 and frozenset("bcdef") == HASH_DIGITS
    assert SIZES == {"assault": 35, "protest": 30, "attack": 10, "negative": 15}
    assert {f"events_sentences{n}.jsonl" for n in ("", 8, 9, 10, 11, 12)} <= set(EXCLUDED_FILES)
    assert {f"events_tune{n}.jsonl" for n in range(2, 18)} <= set(EXCLUDED_FILES)
    assert {"events_dev.jsonl", "events_sentences_wire.jsonl", "claims_check11.jsonl"} <= set(EXCLUDED_FILES)
    assert NAME not in EXCLUDED_FILES and not any("heldout" in name for name in EXCLUDED_FILES)
    assert all((DATA / name).exists() for name in EXCLUDED_FILES)
    assert len(assert_disjoint(NAME, EXCLUDED_FILES)) == 90


def test_batch13_assault_pool_words() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences13 import pool_of

    assert pool_of("اعتدى مستوطنون على مزارع قرب القرية صباح اليوم") == "assault"
    assert pool_of("أطلق مسلحون النار على سيارة تقل موظفين") == "assault"
    assert pool_of("تعرض عامل للضرب على يد مجموعة من الشبان") == "assault"
    assert pool_of("خرج آلاف في مظاهرة وسط العاصمة") == "protest"
    assert pool_of("قتل خمسة جنود في هجوم على نقطة تفتيش") == "attack"
    assert pool_of("ارتفعت الأسعار في السوق بعد الاعتداء") == "negative"
    assert pool_of("يسود الاعتدال أجواء المنطقة اليوم") is None


def test_bench_batch13_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATA13 == DATA / NAME and bench.OUT13.name == "events_sentences13.json"
