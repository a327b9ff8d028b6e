"""Acceptance on the seed article (read from ../shared/seed, never copied): ingested twice it is one article, and
searching الغارات finds it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rasd.store import ingest_paths, open_store, search

from .conftest import SHARED, needs_shared

SEED = SHARED / "seed" / "noonpost-2019-05-20.md"


@needs_shared
def test_the_seed_ingested_twice_is_one_article_and_search_finds_it(tmp_path: Path) -> None:
    if not SEED.is_file():
        pytest.skip(f"the seed article is not at {SEED}")
    db = tmp_path / "seed.db"
    first = ingest_paths([SEED], db=db, jobs=1)
    second = ingest_paths([SEED], db=db, jobs=1)
    assert (first.new, second.new, second.unchanged) == (1, 0, 1)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    (key,) = conn.execute("SELECT key FROM articles").fetchone()
    conn.close()
    s = open_store(db)
    hits = search(s, "الغارات")
    s.close()
    assert [h.key for h in hits] == [key] and "[" in hits[0].snippet
