"""A short human-readable summary of a document (used by ``rasd demo`` and ``rasd extract --summary``)."""

from __future__ import annotations

from typing import Any

from rasd.document import Document


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _event_line(ev: dict[str, Any]) -> str:
    """One event as an analyst reads it: date, type, place, actors, figures, status."""
    kind = ev.get("acled_sub_event_type") or f"({ev.get('plover_type')} {ev.get('event_class')})"
    loc = ev.get("location") or {}
    place = loc.get("name") or "?"
    if loc.get("admin1") and loc.get("admin1") != place:
        place += f" ({loc['admin1']})"
    actors = " vs ".join(str(a.get("name")) for a in (ev.get("actor1"), ev.get("actor2")) if a)
    figures = ", ".join(
        f"{(ev.get(key) or {}).get('value')} {word}"
        for key, word in (("fatalities", "killed"), ("injured", "injured"), ("displaced", "displaced"))
        if ev.get(key)
    )
    flags = [ev.get("status") or "", ev.get("granularity") or ""]
    flags = [f for f in flags if f not in ("reported", "discrete", "")]
    parts = [(ev.get("date") or {}).get("value") or "no date", kind, place, actors, figures, " ".join(flags)]
    row = "" if ev.get("acled_row") else "  [not an ACLED row]"
    return " | ".join(p for p in parts if p) + row


def summarize(doc: Document) -> list[str]:
    """Return the lines of a summary of ``doc``: metadata, layer counts, posts, errors."""
    a = doc.article
    lines = [
        f"title     : {_clip(a.title or '—')}",
        f"author    : {a.author or '—'}    published: {a.published or '—'}    source: {a.source or '—'}",
        f"url       : {a.url or '—'}",
        f"text      : {len(doc.text)} chars, {len(doc.blocks)} blocks, {len(doc.sentences)} sentences, "
        f"{len(doc.tokens)} tokens",
        f"layers    : {len(doc.entities)} entities, {len(doc.timexes)} timexes, {len(doc.quantities)} quantities, "
        f"{len(doc.events)} events, {len(doc.claims)} claims",
    ]
    for p in doc.posts:
        who = p.author or "?"
        handle = f"@{p.handle}" if p.handle else ""
        lines.append(f"post      : {who} {handle} {p.date or '?'}  «{_clip(doc.text[p.start : p.end], 50)}»")
    for ev in doc.events:
        lines.append(f"event     : {_event_line(ev)}")
    for e in doc.errors:
        lines.append(f"error     : [{e.stage}] {e.message}")
    bad = doc.validate_spans()
    lines.append(f"spans     : {len(doc.iter_spans())} checked, {len(bad)} invalid")
    return lines
