"""The held-out half's second coding and its adjudication (benchmarks/data/events_dev_heldout_*.jsonl, round 13):
the same 32 articles as the held-out half of events_dev.jsonl, annotations only, ids and links consistent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FILES = ("events_dev_heldout_coder2.jsonl", "events_dev_heldout_adjudicated.jsonl")


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(r: dict) -> tuple[str, str, str]:
    return (r["key"]["zip"], r["key"]["url"], r["content_sha1"])


def _span_ok(span: dict | None, length: int) -> bool:
    return span is None or (0 <= span["start"] < span["end"] <= length)


@pytest.mark.parametrize("name", FILES)
def test_same_articles_as_the_heldout_half(name):
    heldout = [r for r in _records("events_dev.jsonl") if r["split"] == "heldout"]
    recs = _records(name)
    assert [_key(r) for r in recs] == [_key(r) for r in heldout]
    assert all(r["split"] == "heldout" for r in recs)


@pytest.mark.parametrize("name", FILES)
def test_annotations_only_and_consistent(name):
    for r in _records(name):
        assert "content" not in r and "text" not in r  # offsets and labels only, never the article's text
        n = r["content_len"]
        ev_ids = [e["id"] for e in r["events"]]
        cl_ids = [c["id"] for c in r["claims"]]
        assert len(set(ev_ids)) == len(ev_ids) and len(set(cl_ids)) == len(cl_ids)
        assert r["negative"] == (not r["events"])  # as in events_dev.jsonl: a negative article has no event at all
        for e in r["events"]:
            assert e["event_type"] and e["sub_event_type"] and e["triggers"]
            assert all(_span_ok(s, n) for s in e["triggers"] + e.get("evidence", []))
            assert set(e.get("claims", [])) <= set(cl_ids)
        for c in r["claims"]:
            assert _span_ok(c["content"], n) and _span_ok(c["marker"], n)
            assert _span_ok((c.get("speaker") or {}).get("mention"), n)
            assert set(c.get("events", [])) <= set(ev_ids)


SECOND = {
    "events_tune15_coder2.jsonl": "events_tune15.jsonl",
    "events_tune16_coder2.jsonl": "events_tune16.jsonl",
    "claims_check9_coder2.jsonl": "claims_check9.jsonl",
    "claims_check10_coder2.jsonl": "claims_check10.jsonl",
}


@pytest.mark.parametrize("name", sorted(SECOND))
def test_fresh_files_second_coding(name):
    """benchmarks/data/agreement/: round 13's blind files coded again, blind; same articles, annotations only."""
    second = [json.loads(x) for x in (DATA / "agreement" / name).read_text(encoding="utf-8").splitlines() if x.strip()]
    first = _records(SECOND[name])
    assert [_key(r) for r in second] == [_key(r) for r in first]
    for r in second:
        assert "content" not in r and "text" not in r
        n = r["content_len"]
        for e in r.get("events", []):
            assert all(_span_ok(s, n) for s in e["triggers"] + e.get("evidence", []))
        for c in r.get("claims", []):
            assert _span_ok(c["content"], n) and _span_ok(c["marker"], n)
