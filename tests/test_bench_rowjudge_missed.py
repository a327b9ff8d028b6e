"""``bench_events_rowjudge.evaluate`` counts the judged missed events an unjudged row covers (round 30) on every
row-judgment file: the older files' ``missed`` records carry no ``kind`` (rowjudge, round 15), and the count must
not stop on them (round 30's first version raised ``KeyError: 'kind'`` on ``--set rowjudge``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_events_rowjudge as bench


def _row(start: int, end: int, event_type: str = "Battles") -> dict[str, Any]:
    return {"trigger_start": start, "trigger_end": end, "event_type": event_type, "location": "X"}


@pytest.mark.parametrize("kind", [None, "capture"])
def test_missed_event_covered_with_or_without_kind(monkeypatch: pytest.MonkeyPatch, kind: str | None) -> None:
    missed: dict[str, Any] = {"start": 12, "end": 20, "event_type": "Battles", "why": "a second place"}
    if kind is not None:
        missed["kind"] = kind
    record = {
        "id": "t1",
        "key": {"zip": "2015-01-01", "url": "u"},
        "content_sha1": bench.sha12("نص"),
        "content_start": 0,
        "published": None,
        "rows": [dict(_row(0, 5), label=True, why="judged", trigger_start=0)],
        "missed": [missed],
    }
    monkeypatch.setattr(bench, "run_article", lambda pipeline, article, published: (None, 0))
    # the judged row and an unjudged one over the missed event's span
    monkeypatch.setattr(bench, "system_rows", lambda doc: [_row(0, 5), _row(10, 25)])
    out = bench.evaluate([record], {("2015-01-01", "u"): {"content": "نص"}}, pipeline=None)
    assert out["true_kept"] == 1 and out["new_rows"] == 1
    assert out["missed_events"] == 1 and out["missed_covered_by_new_rows"] == 1
    assert out["missed_covered"] == [
        {"id": "t1", "start": 12, "event_type": "Battles", "kind": kind, "why": "a second place"}
    ]
