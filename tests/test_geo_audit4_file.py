"""The fourth places batch (benchmarks/data/places_audit4.jsonl): annotations only, the shape it was coded to, and
disjoint from every hand-coded SaudiNewsNet file that existed when benchmarks/select_places_audit4.py drew it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from select_places_audit3 import excluded  # noqa: E402  (benchmarks/ is no package)

DATA = ROOT / "benchmarks" / "data"
#: every annotated file of benchmarks/data/ when audit4 was drawn (select_places_audit4.ANNOTATED)
DRAWN_AFTER = (
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
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "search_articles/articles.jsonl",
)


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_audit4_shape_and_no_text() -> None:
    records = _records("places_audit4.jsonl")
    assert len(records) == 25
    for r in records:
        assert r["split"] == "audit4" and r["actors"] == []
        assert len(r["content_sha1"]) == 12 and r["content_len"] >= 300
        for item in r["places"] + r["casualties"]:
            span = item["mention"]
            assert set(span) == {"start", "end", "sha1"} and 0 <= span["start"] < span["end"] <= r["content_len"]
        for p in r["places"]:
            assert isinstance(p["optional"], bool) and (p["country_iso3"] is None or len(p["country_iso3"]) == 3)
        for c in r["casualties"]:
            assert c["unit"] in (None, "killed", "injured", "arrested", "displaced")
    assert sum(not p["optional"] for r in records for p in r["places"]) == 127


def test_audit4_is_disjoint_from_the_files_before_it() -> None:
    drawn = {r["key"]["url"] for r in _records("places_audit4.jsonl")}
    earlier = excluded(DRAWN_AFTER)  # every url at any depth of those files
    assert drawn and not drawn & earlier
