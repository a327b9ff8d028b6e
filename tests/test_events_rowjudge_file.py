"""The row-judgment file (benchmarks/data/events_rowjudge.jsonl, round 10): annotations only, the shape
``bench_events_rowjudge.py`` reads, and disjoint from every other annotated SaudiNewsNet file."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge.jsonl"
CLASSES = {
    "figure_of_speech",
    "plan_threat_future",
    "hypothetical_conditional",
    "condemnation_condolence",
    "crime_accident",
    "history_anniversary",
    "retold_old",
    "duplicate",
    "wrong_type_not_acled",
    "other",
}
TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
}
ARABIC = re.compile(r"[\u0600-\u06FF]")


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 171
    assert len({r["id"] for r in recs}) == len(recs)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) >= 200
    for rec in recs:
        assert set(rec) >= {"id", "key", "published", "content_start", "content_len", "content_sha1", "rows", "missed"}
        for x in rec["rows"]:
            assert x["event_type"] in TYPES
            assert 0 <= x["trigger_start"] < x["trigger_end"] <= rec["text_len"]
            assert x["evidence_start"] <= x["trigger_start"] and x["trigger_end"] <= x["evidence_end"]
            if x["label"] is True:
                assert x["class"] is None and isinstance(x["type_ok"], bool)
            else:
                assert x["label"] is False and x["class"] in CLASSES and x["type_ok"] is None
            assert x["why"] and not ARABIC.search(x["why"])
        for m in rec["missed"]:
            assert m["event_type"] in TYPES and 0 <= m["start"] < m["end"] <= rec["text_len"]
            assert not ARABIC.search(m["why"])


def test_annotations_only_and_own_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        assert hashlib.sha1(rec["key"]["url"].encode()).hexdigest()[-1] in "56789"
        for x in rec["rows"]:
            assert "trigger" not in x


def test_disjoint_from_every_other_annotated_file() -> None:
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    for path in DATA.glob("*.jsonl"):
        if path == FILE:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            key = json.loads(line).get("key") if line.strip() else None
            if isinstance(key, dict) and "zip" in key and "url" in key:
                assert (key["zip"], key["url"]) not in mine, path.name
