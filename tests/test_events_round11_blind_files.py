"""Round 11's blind events files (benchmarks/data/events_tune10.jsonl, events_tune11.jsonl): annotations only, the
shape they were coded to, the hash range they were drawn from (select_events_tune10.py, _tune11.py: the second-to-last
hex digit of sha1(url) in 0-7) and disjoint from every other annotated file of benchmarks/data/."""

from __future__ import annotations

import hashlib

import pytest

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: split -> (articles, scored events) as coded
ROUND11 = {"tune10": (28, 28), "tune11": (18, 11)}


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
    check_events_and_no_text(records, evidence=True)


@pytest.mark.parametrize("split", sorted(ROUND11))
def test_round11_blind_file_disjoint_from_every_other_annotated_file(split: str) -> None:
    drawn = {_key(r) for r in _records(f"events_{split}.jsonl")}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != f"events_{split}.jsonl":
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys, path.name
