"""The events tune files drawn after the dev set (benchmarks/data/events_tune3.jsonl, events_tune4.jsonl,
events_tune5.jsonl): annotations only, the shape each was coded to, and disjoint from every hand-coded SaudiNewsNet
file that existed when it was drawn by its seeded rule (benchmarks/select_events_tune3.py, _tune4.py, _tune5.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
#: split -> (articles, at least this many scored events or None, the annotated files it must be disjoint from)
FILES: dict[str, tuple[int, int | None, tuple[str, ...]]] = {
    "tune3": (
        25,
        None,
        ("events_dev.jsonl", "events_tune2.jsonl", "claims_tune2.jsonl", "claims_check.jsonl", "places_audit.jsonl"),
    ),
    # every annotated file of benchmarks/data/ when tune4 was drawn (select_events_tune4.py excludes them all)
    "tune4": (
        30,
        30,
        (
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
        ),
    ),
    # every annotated file of benchmarks/data/ when tune5 was drawn (select_events_tune5.py excludes them all)
    "tune5": (
        28,
        30,
        (
            "claims_check.jsonl",
            "claims_check2.jsonl",
            "claims_tune2.jsonl",
            "claims_tune3.jsonl",
            "claims_tune4.jsonl",
            "claims_tune5.jsonl",
            "events_dev.jsonl",
            "events_tune2.jsonl",
            "events_tune3.jsonl",
            "events_tune4.jsonl",
            "places_audit.jsonl",
            "places_audit2.jsonl",
            "places_audit3.jsonl",
        ),
    ),
}


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(r: dict) -> tuple[str, str]:
    return r["key"]["zip"], r["key"]["url"]


def check_events_and_no_text(records: list[dict], *, evidence: bool = False) -> None:
    """Every event typed, with triggers (and evidence when asked), spans inside the article with their sha1, and no
    article text anywhere in the records (the corpus's licence: annotations only)."""
    for r in records:
        for e in r["events"]:
            assert e["event_type"] in TYPES and e["triggers"], (_key(r), e["id"])
            assert e["evidence"] or not evidence, (_key(r), e["id"])
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


@pytest.mark.parametrize("split", sorted(FILES))
def test_tune_file_shape_and_no_text(split: str) -> None:
    n_articles, min_scored, _ = FILES[split]
    records = _records(f"events_{split}.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == split and r["claims_coded"] is False for r in records)
    negatives = [r for r in records if r["negative"]]
    assert len(negatives) >= 5 and all(not r["events"] for r in negatives)
    if min_scored is not None:
        scored = [e for r in records for e in r["events"] if e["granularity"] == "discrete" and not e["historical"]]
        assert len(scored) >= min_scored
    check_events_and_no_text(records)


@pytest.mark.parametrize("split", sorted(FILES))
def test_tune_file_disjoint_from_the_other_hand_coded_files(split: str) -> None:
    drawn = {_key(r) for r in _records(f"events_{split}.jsonl")}
    for name in FILES[split][2]:
        if (DATA / name).exists():
            keys = {_key(r) for r in _records(name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys, name


# round 10's blind files: drawn from urls whose SHA-1 ends in 0-4 (select_events_tune8.py, _tune9.py), so they are
# disjoint by construction from the row judgments (5-9) and claims check6 (a-f) drawn at the same time
ROUND10 = {"tune8": 30, "tune9": 20}


@pytest.mark.parametrize("split", sorted(ROUND10))
def test_round10_blind_files_shape_hash_range_and_disjoint(split: str) -> None:
    import hashlib

    records = _records(f"events_{split}.jsonl")
    assert len(records) == ROUND10[split] and len({_key(r) for r in records}) == ROUND10[split]
    assert all(r["split"] == split and r["claims_coded"] is False for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-1] in "01234" for r in records)
    negatives = [r for r in records if r["negative"]]
    assert len(negatives) >= 4 and all(not r["events"] for r in negatives)
    for r in records:
        for e in r["events"]:
            assert e["event_type"] in TYPES and e["triggers"], (_key(r), e["id"])
            for span in e["triggers"] + e["evidence"]:
                assert 0 <= span["start"] < span["end"] <= r["content_len"] and len(span["sha1"]) == 12
    drawn = {_key(r) for r in records}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != f"events_{split}.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys, path.name
