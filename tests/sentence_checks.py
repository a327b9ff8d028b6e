"""Shared checks of the single-sentence tables (tests/test_events_sentences*.py): each sentence is given alone, as a
JSONL line with no title and no date, as the hidden newswire measure gives it."""

from __future__ import annotations

import json
from typing import Any

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()
TOLD = ("reported", "claimed", "alleged")


def alone(sentence: str) -> list[dict[str, Any]]:
    """The events of ``sentence`` run alone (no title, no publication date); a stage error fails the test."""
    doc = read_line(json.dumps({"text": sentence}, ensure_ascii=False).encode("utf-8"))
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return doc.events


def assert_found_typed_undated(subs: tuple[str, ...], sentence: str) -> None:
    """A discrete, told event of one of ``subs``, with no date (nothing in the line dates it) and so no ACLED row."""
    events = alone(sentence)
    found = [
        e
        for e in events
        if e["granularity"] == "discrete" and e["acled_sub_event_type"] in subs and e["status"] in TOLD
    ]
    assert found, [(e["acled_sub_event_type"], e["status"], e["granularity"]) for e in events]
    assert found[0]["date"]["value"] is None
    assert found[0]["acled_row"] is False


def assert_no_event(sentence: str) -> None:
    """No told event of any ACLED type."""
    reported = [e for e in alone(sentence) if e["acled_event_type"] and e["status"] in TOLD]
    assert not reported, [(e["acled_sub_event_type"], e["trigger"]["text"]) for e in reported]
