"""Every hand-coded events file in benchmarks/data gives each event an ACLED sub-event type of its event type
(round 43: round 42's blind tune54 had typed five captures "Strategic developments" with a Battles sub-type; the lead
retyped them, and this keeps any file from doing it again)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.events.lexicon import ACLED_SUB_TYPES

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FILES = sorted(p.name for p in DATA.glob("events_*.jsonl"))


def test_the_files_are_found() -> None:
    assert "events_dev.jsonl" in FILES and "events_tune54.jsonl" in FILES


@pytest.mark.parametrize("name", FILES)
def test_each_sub_type_belongs_to_its_event_type(name: str) -> None:
    wrong = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for event in record.get("events") or []:
            sub = event["sub_event_type"]
            if sub not in ACLED_SUB_TYPES or ACLED_SUB_TYPES[sub] != event["event_type"]:
                wrong.append((record["key"]["url"][-40:], event.get("id"), event["event_type"], sub))
    assert not wrong, wrong
