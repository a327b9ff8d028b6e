"""Round 11's blind sentence batch 8 (benchmarks/data/events_sentences8.jsonl, helper bs): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences8.py: batch 1's rule, seed 20261231, the
second-to-last hex digit of sha1(url) in 0-7) and disjoint from every other annotated file of benchmarks/data/.
Nothing here runs rasd on the batch (the lead scores it: bench_events_sentences.py --batch8)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
NAME = "events_sentences8.jsonl"
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Air/drone strike",
        "Remote explosive/landmine/IED",
        "Shelling/artillery/missile attack",
        "Suicide bomb",
    },
    "Violence against civilians": {"Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Arrests", "Disrupted weapons use", "Looting/property destruction"},
}
FIELDS = {"id", "batch", "pool", "key", "content_len", "content_sha1", "sentence", "gold", "event_type"}
FIELDS |= {"sub_event_type", "alternatives", "note"}


def _records(name: str) -> list[dict]:
    return [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def _key(r: dict) -> tuple[str, str]:
    return r["key"]["zip"], r["key"]["url"]


def test_batch8_make_up_as_coded() -> None:
    records = _records(NAME)
    assert len(records) == 120 and all(r["batch"] == 8 for r in records)
    assert Counter(r["pool"] for r in records) == {"attack": 40, "protest": 30, "arrest": 15, "negative": 35}
    assert Counter(r["gold"] for r in records) == {"event": 26, "optional": 36, "none": 58}
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == {
        "Violence against civilians": 9,
        "Battles": 4,
        "Protests": 4,
        "Explosions/Remote violence": 4,
        "Strategic developments": 4,
        "Riots": 1,
    }
    for r in records:
        assert set(r) == FIELDS, r["id"]
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]] and r["note"], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["gold"] in ("none", "optional") and r["event_type"] is None and r["sub_event_type"] is None
            assert r["alternatives"] == [] and (r["gold"] == "none" or r["note"]), r["id"]


def test_batch8_offsets_hash_range_and_no_text() -> None:
    records = _records(NAME)
    assert len({r["id"] for r in records}) == 120 and len({r["key"]["url"] for r in records}) == 120
    assert not {r["id"] for r in records} & {r["id"] for r in _records("events_sentences.jsonl")}
    for r in records:
        span = r["sentence"]
        assert set(span) == {"start", "end", "sha1"} and len(span["sha1"]) == 12 and len(r["content_sha1"]) == 12
        assert span["start"] >= 0 and 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"]
        assert r["content_len"] <= 6000
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "01234567", r["id"]
        assert isinstance(r["note"], str) and not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]


def test_batch8_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences8 import EXCLUDED_FILES, HASH_DIGITS, SEED, SIZES
    from select_places_audit3 import excluded

    assert SEED == 20261231 and frozenset("01234567") == HASH_DIGITS
    assert SIZES == {"attack": 40, "protest": 30, "arrest": 15, "negative": 35}
    assert all((DATA / name).exists() for name in EXCLUDED_FILES)
    records = _records(NAME)
    urls = {r["key"]["url"] for r in records}
    assert not urls & excluded(EXCLUDED_FILES)
    keys = {_key(r) for r in records}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != NAME:
            assert not urls & excluded((path.name,)), path.name
            assert not keys & {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}, path.name


def test_bench_batch8_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATA8 == DATA / NAME and bench.OUT8.name == "events_sentences8.json"
