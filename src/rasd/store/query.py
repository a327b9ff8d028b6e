"""Search and filter the stored articles: FTS5 over the analysed text, ranked by bm25, with Arabic snippets.

Steps of :func:`search`:

1. Parse the query (:func:`rasd.store.analyze.parse_query`): words and quoted phrases, each reduced to its stem.
2. Match it against the FTS5 index (words against every reading of the article's words, phrases against the
   stems in order), keep the latest revision of each URL, apply the filters (:class:`Filters`).
3. Rank by bm25 (lower is better, as SQLite gives it) and keep ``limit`` results.
4. For each result, find the words of the article that match and cut a snippet around the densest run of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rasd.settings import parse_iso_date
from rasd.store.analyze import highlights, normalize_name, parse_query, snippet


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters shared by search and export; ``None`` leaves a filter off. All given filters must hold.

    Attributes:
        event_type: an ACLED event type or sub-event type (any letter case): the article has such an event.
        date_from: ``YYYY-MM-DD``: the article was published on or after it, or has an event dated so.
        date_to: ``YYYY-MM-DD``: the same, on or before it.
        place: a place name in Arabic or English: an event is located there or a place entity names it.
        admin1: a first-level division (``Idlib``): an event or a place entity lies in it.
        actor: part of an actor's English name, or an Arabic name: an event has that actor.
        source: the publisher (``noonpost.com``).
    """

    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    admin1: str | None = None
    actor: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if self.date_from is not None:
            object.__setattr__(self, "date_from", parse_iso_date(self.date_from, what="--from"))
        if self.date_to is not None:
            object.__setattr__(self, "date_to", parse_iso_date(self.date_to, what="--to"))

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on the articles table ``a`` and their parameters (only the latest revisions)."""
        conds, params = ["a.latest = 1"], []
        if self.event_type:
            conds.append(
                "EXISTS (SELECT 1 FROM events e WHERE e.article = a.key AND "
                "(lower(e.acled_event_type) = lower(?) OR lower(e.acled_sub_event_type) = lower(?)))"
            )
            params += [self.event_type, self.event_type]
        if self.date_from or self.date_to:
            lo, hi = self.date_from or "0000", self.date_to or "9999"
            conds.append(
                "((a.published >= ? AND substr(a.published, 1, 10) <= ?) OR EXISTS (SELECT 1 FROM events e "
                "WHERE e.article = a.key AND e.date >= ? AND substr(e.date, 1, 10) <= ?))"
            )
            params += [lo, hi, lo, hi]
        if self.place:
            norm = normalize_name(self.place)
            conds.append(
                "(EXISTS (SELECT 1 FROM events e WHERE e.article = a.key AND "
                "(lower(e.place) = lower(?) OR e.place_norm = ? OR lower(e.admin1) = lower(?))) OR "
                "EXISTS (SELECT 1 FROM entities t WHERE t.article = a.key AND t.type IN ('GPE', 'LOC', 'FAC') AND "
                "(t.norm = ? OR lower(t.canonical) = lower(?) OR lower(t.admin1) = lower(?))))"
            )
            params += [self.place, norm, self.place, norm, self.place, self.place]
        if self.admin1:
            conds.append(
                "(EXISTS (SELECT 1 FROM events e WHERE e.article = a.key AND lower(e.admin1) = lower(?)) OR "
                "EXISTS (SELECT 1 FROM entities t WHERE t.article = a.key AND lower(t.admin1) = lower(?)))"
            )
            params += [self.admin1, self.admin1]
        if self.actor:
            norm = normalize_name(self.actor)
            like = f"%{self.actor.lower()}%"
            conds.append(
                "EXISTS (SELECT 1 FROM events e WHERE e.article = a.key AND (lower(e.actor1) LIKE ? OR "
                "lower(e.actor2) LIKE ? OR (? != '' AND (e.actor1_norm = ? OR e.actor2_norm = ?))))"
            )
            params += [like, like, norm, norm, norm]
        if self.source:
            conds.append("lower(a.source) = lower(?)")
            params.append(self.source)
        return conds, params


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result.

    Attributes:
        key: the stored document's key (its id).
        title, url, published, source: the article's metadata.
        score: the bm25 relevance (higher is a better match; SQLite's ``bm25()`` negated).
        snippet: Arabic text around the matches, each match in ``[…]``.
        highlights: ``(start, end)`` of every matching word in the document's text.
        events: ACLED ``(event type, sub-event type)`` of the article's events.
    """

    key: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    events: tuple[tuple[str | None, str | None], ...]

    def to_dict(self) -> dict[str, Any]:
        """The hit as JSON-ready data."""
        return {
            "id": self.key,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "source": self.source,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            "events": [{"acled_event_type": t, "acled_sub_event_type": s} for t, s in self.events],
        }


def search(db: sqlite_utils.Database, query: str, *, filters: Filters | None = None, limit: int = 20) -> list[Hit]:
    """The articles that match ``query`` and ``filters``, best first (see the module docstring).

    Raises:
        ConfigError: the query has no word, a date is malformed, or ``limit`` is below 1.
    """
    from rasd.errors import ConfigError

    if limit < 1:
        raise ConfigError(f"--limit must be at least 1, not {limit}")
    parsed = parse_query(query)
    conds, params = (filters or Filters()).where()
    # The FTS5 match is a subquery so that bm25() ranks the matched rows only, and filters run on few rows.
    sql = (
        "SELECT a.key, a.title, a.url, a.published, a.source, m.score FROM "
        "(SELECT rowid, bm25(article_index_fts, 1.0, 1.0) AS score FROM article_index_fts "
        "WHERE article_index_fts MATCH ?) m "
        "JOIN article_index i ON i.id = m.rowid JOIN articles a ON a.key = i.article "
        f"WHERE {' AND '.join(conds)} ORDER BY m.score, a.published DESC LIMIT ?"
    )
    rows = db.execute(sql, [parsed.fts(), *params, limit]).fetchall()
    hits = []
    for key, title, url, published, source, score in rows:
        text = db.execute("SELECT text FROM articles WHERE key = ?", [key]).fetchone()[0]
        spans = highlights(text, parsed)
        events = db.execute(
            "SELECT acled_event_type, acled_sub_event_type FROM events WHERE article = ? ORDER BY rowid", [key]
        ).fetchall()
        hits.append(
            Hit(key, title, url, published, source, -float(score), snippet(text, spans), tuple(spans), tuple(events))
        )
    return hits
