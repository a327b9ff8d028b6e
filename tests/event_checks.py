"""Shared helpers of the events rule tests (tests/test_events_rules*.py): a text run through the whole pipeline as a
JSONL line with a publication date, and its events, ACLED rows, event types and sub-event types."""

from __future__ import annotations

import json
from typing import Any

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

PIPE = Pipeline()


def events(text: str, published: str = "2015-08-10", *, title: str | None = None) -> list[dict[str, Any]]:
    """The events of ``text`` (under ``title`` when given) published on ``published``; a stage error fails the test."""
    line = {"title": title, "text": text, "published": published}
    doc = read_line(json.dumps(line, ensure_ascii=False).encode("utf-8"))
    PIPE.run(doc)
    assert not doc.errors, doc.errors
    return doc.events


def rows(text: str, title: str | None = None, published: str = "2015-08-10") -> list[dict[str, Any]]:
    """The events of ``text`` (under ``title`` when given) that are ACLED rows."""
    return [e for e in events(text, published, title=title) if e["acled_row"]]


def subs(text: str) -> list[str]:
    """The ACLED sub-event types of the rows of ``text``."""
    return [e["acled_sub_event_type"] for e in rows(text)]


def types(text: str) -> list[str]:
    """The ACLED event types of the rows of ``text``."""
    return [e["acled_event_type"] for e in rows(text)]
