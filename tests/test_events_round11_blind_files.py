"""Round 11's blind events files (benchmarks/data/events_tune10.jsonl, events_tune11.jsonl): annotations only, the
shape they were coded to, the hash range they were drawn from (select_events_tune10.py, _tune11.py: the second-to-last
hex digit of sha1(url) in 0-7) and disjoint from every other annotated file of benchmarks/data/."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
}
#: split -> (articles, scored events) as coded
ROUND11 = {"tune10": (28, 28), "tune11": (18, 11)}


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(r: dict) -> tuple[str, str]:
    return r["key"]["zip"], r["key"]["url"]


@pytest.mark.parametrize("split", sorted(ROUND11))
def test_round11_blind_file_shape_hash_range_and_no_text(split: str) -> None:
    n_articles, n_scored = ROUND11[split]
    records = _records(f"events_{split}.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == split and r["claims_coded"] is False and r["claims"] == [] for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in "01234567" for r in records)
    assert all(r["negative"] == (not r["events"]) for r in records)
    scored = [e for r in records for e in r["events"] if e["granularity"] == "discrete" and not e["historical"]]
    assert len(scored) == n_scored
    for r in records:
        for e in r["events"]:
            assert e["event_type"] in TYPES and e["triggers"] and e["evidence"], (_key(r), e["id"])
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


@pytest.mark.parametrize("split", sorted(ROUND11))
def test_round11_blind_file_disjoint_from_every_other_annotated_file(split: str) -> None:
    drawn = {_key(r) for r in _records(f"events_{split}.jsonl")}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != f"events_{split}.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys, path.name
