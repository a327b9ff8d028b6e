"""A short human-readable summary of a document (used by ``rasd demo`` and ``rasd extract --summary``)."""

from __future__ import annotations

from rasd.document import Document


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


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
    for e in doc.errors:
        lines.append(f"error     : [{e.stage}] {e.message}")
    bad = doc.validate_spans()
    lines.append(f"spans     : {len(doc.iter_spans())} checked, {len(bad)} invalid")
    return lines
