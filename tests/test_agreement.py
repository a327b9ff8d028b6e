"""Two hand codings compared (benchmarks/agreement.py) on synthetic records: the second coder's events and claims
are scored against the first with bench_events' matchers, aggregates kept out of the rows."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "agreement.py")
assert spec is not None and spec.loader is not None
A = importlib.util.module_from_spec(spec)
spec.loader.exec_module(A)


def event(eid: str, start: int, **kw):
    e = {
        "id": eid,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "date": "2015-08-08",
        "admin1": "Taizz",
        "location": {"lat": 13.57952, "lon": 44.02091},
        "actor1": "Houthi Movement",
        "fatalities": 2,
        "granularity": "discrete",
        "historical": False,
        "triggers": [{"start": start, "end": start + 5}],
        "evidence": [{"start": start, "end": start + 40}],
    }
    e.update(kw)
    return e


def claim(cid: str, start: int, channel: str = "statement"):
    return {
        "id": cid,
        "speaker": {"mention": {"start": start, "end": start + 8}},
        "marker": {"start": start + 9, "end": start + 12},
        "content": {"start": start + 13, "end": start + 60},
        "channel": channel,
    }


def record(events, claims, url="u1", negative=False):
    return {
        "key": {"zip": "z.zip", "url": url},
        "split": "heldout",
        "negative": negative,
        "content_sha1": "abc",
        "events": events,
        "claims": claims,
    }


def test_identical_codings_agree_fully():
    rec = record([event("E1", 0), event("E2", 100)], [claim("C1", 200)])
    res = A.agree([rec], [rec])
    assert res["events"]["per_type"]["all"]["f1"] == 1.0
    assert res["claims"]["speaker"]["f1"] == 1.0
    assert res["claims"]["channel_accuracy"] == 1.0


def test_disagreements_are_counted_each_way():
    first = record([event("E1", 0), event("E2", 100)], [claim("C1", 200), claim("C2", 300)])
    second = record(
        [event("E1", 0, fatalities=3), event("E3", 500, date="2015-08-09"), event("A1", 600, granularity="aggregate")],
        [claim("C1", 200, channel="interview")],
    )
    res = A.agree([first], [second])
    allrow = res["events"]["per_type"]["all"]
    # the aggregate is not a row; E1 agrees, E2 is missed, E3 (another day, no shared span) is extra
    assert (allrow["gold"], allrow["system"], allrow["tp"]) == (2, 2, 1)
    assert res["events"]["fields"]["fatalities"]["right"] == 0
    c = res["claims"]
    assert (c["gold"], c["system"], c["matched"]) == (2, 1, 1)
    assert c["channel_accuracy"] == 0.0
    back = A.agree([second], [first])["events"]["per_type"]["all"]
    # the other way, E2 (same day and province as the aggregate A1) matches an optional event: neither right nor false
    assert (back["gold"], back["system"], back["tp"]) == (2, 1, 1)


def test_cli_writes_counts(tmp_path):
    rec = record([event("E1", 0)], [claim("C1", 200)])
    f1, f2 = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    f1.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    f2.write_text(json.dumps(dict(rec, content_sha1="other")) + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert A.main([str(f1), str(f2), "--out", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    # a different text is reported, never scored
    assert res["second_against_first"]["articles"] == 0
    assert res["second_against_first"]["problems"]


def test_claims_files_without_events():
    rec = record([], [claim("C1", 200)])
    del rec["events"]
    res = A.agree([rec], [rec])
    assert res["events"]["per_type"]["all"]["gold"] == 0
    assert res["claims"]["matched"] == 1
