"""Draw batch 15 of the events sentence set (``data/events_sentences15.jsonl``) from SaudiNewsNet.

Issue 12, round 15 (helper bs6): a sixth fresh blind batch of real single sentences, each given to rasd alone (no
title, no date), leaning on **assaults and protests** as batches 13 and 14 do. The rule is batch 13's, imported from
``select_events_sentences13.py`` (not copied, as batch 14 does), with only the seed, the hash range, the pool sizes
and the excluded files changed; this script was committed before any drawn sentence was read, the sentences were
coded by hand and rasd was never run on them by the coder, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261515`` (batch 13: 20261404, batch 14: 20261414);
* the hash range: the second-to-last hex digit of ``sha1(url)`` in a–c (``HASH_DIGITS``; batch 16, drawn at the
  same time by another helper, takes d–f);
* the same pools and order, batch 13's regexes unchanged, with the sizes assault 40, protest 35, attack 0,
  negative 15 (90 sentences): a sentence of the attack pool is still put in it (the pools are tried in batch 13's
  order) but none is taken;
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 14's list plus every annotated file of ``benchmarks/data/`` naming articles written or
  not listed since: ``events_sentences14.jsonl`` itself, ``merge_pairs_real.jsonl`` and
  ``search_articles/articles.jsonl`` (their articles left out by url, and by title through batch 13's title rule).
  Only the urls and titles of those files' articles are read (``urls_in``); the held-out agreement files of
  ``events_dev`` are not read (their articles are events_dev's, already excluded).

Usage::

    python benchmarks/select_events_sentences15.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences13 as batch13
import select_events_sentences14 as batch14

SEED = 20261515
HASH_DIGITS = frozenset("abc")
SIZES = {"assault": 40, "protest": 35, "attack": 0, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn
EXCLUDED_FILES = tuple(
    sorted(
        (
            *batch14.EXCLUDED_FILES,
            "events_sentences14.jsonl",
            "merge_pairs_real.jsonl",
            "search_articles/articles.jsonl",
        )
    )
)


def _batch15_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, restored afterwards."""
    return batch13.with_rule(SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch15_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch15_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
