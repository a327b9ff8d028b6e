"""The fourth events tune file (benchmarks/data/events_tune4.jsonl): annotations only, disjoint from every
hand-coded SaudiNewsNet file that existed when it was drawn by the seeded rule of benchmarks/select_events_tune4.py."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
}
#: the annotated files of benchmarks/data/ when tune4 was drawn (select_events_tune4.py excludes them all)
DRAWN_AFTER = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
)


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(r: dict) -> tuple[str, str]:
    return r["key"]["zip"], r["key"]["url"]


def test_tune4_shape_and_no_text() -> None:
    records = _records("events_tune4.jsonl")
    assert len(records) == 30 and len({_key(r) for r in records}) == 30
    assert all(r["split"] == "tune4" and r["claims_coded"] is False for r in records)
    negatives = [r for r in records if r["negative"]]
    assert len(negatives) >= 5 and all(not r["events"] for r in negatives)
    scored = [e for r in records for e in r["events"] if e["granularity"] == "discrete" and not e["historical"]]
    assert len(scored) >= 30
    for r in records:
        for e in r["events"]:
            assert e["event_type"] in TYPES and e["triggers"], (_key(r), e["id"])
            assert e["granularity"] in ("discrete", "aggregate")
            for span in e["triggers"] + e["evidence"]:
                assert 0 <= span["start"] < span["end"] <= r["content_len"] and len(span["sha1"]) == 12
        stack: list[object] = [r]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                assert "text" not in item and "content" not in item, _key(r)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)


def test_tune4_disjoint_from_the_other_hand_coded_files() -> None:
    tune4 = {_key(r) for r in _records("events_tune4.jsonl")}
    for name in DRAWN_AFTER:
        if (DATA / name).exists():
            keys = {_key(r) for r in _records(name) if isinstance(r.get("key"), dict)}
            assert not tune4 & keys, name
