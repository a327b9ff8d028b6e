"""Draw batch 14 of the events sentence set (``data/events_sentences14.jsonl``) from SaudiNewsNet.

Issue 12, round 14 (helper as14): a fifth fresh blind batch of real single sentences, each given to rasd alone (no
title, no date), leaning on **assaults and protests** as batch 13 does. The rule is batch 13's, imported from
``select_events_sentences13.py`` (not copied), with only the seed and the excluded files changed; this script was
committed before any drawn sentence was read, the sentences were coded by hand before rasd ran on them, and nothing
is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261414`` (batch 13: 20261404);
* the same pools, order and sizes (assault 35, protest 30, attack 10, negative 15: 90 sentences), the same hash range
  (the second-to-last hex digit of ``sha1(url)`` in b–f), the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 13's list plus every annotated file of ``benchmarks/data/`` written since:
  ``events_sentences13.jsonl`` itself (its articles left out by url, and by title through batch 13's title rule),
  ``events_tune18.jsonl`` and ``claims_check12.jsonl``. Only the keys of those files are read (``urls_in``); the
  held-out agreement files of ``events_dev`` are not read (their articles are events_dev's, already excluded).

Usage::

    python benchmarks/select_events_sentences14.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences13 as batch13

SEED = 20261414
HASH_DIGITS = batch13.HASH_DIGITS
SIZES = batch13.SIZES
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn
EXCLUDED_FILES = tuple(
    sorted((*batch13.EXCLUDED_FILES, "events_sentences13.jsonl", "events_tune18.jsonl", "claims_check12.jsonl"))
)


def _batch14_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed and excluded files, restored afterwards."""
    return batch13.with_rule(SEED=SEED, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's seed and
    excluded files."""
    with _batch14_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch14_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
