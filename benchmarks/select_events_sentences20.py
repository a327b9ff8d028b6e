"""Draw batch 20 of the events sentence set (``data/events_sentences20.jsonl``) from SaudiNewsNet.

Issue 12, round 16 (helper bs8): a fresh blind batch of real single sentences, each given to rasd alone (no title,
no date), leaning on **assaults and protests** as batches 13 and 15 do. The rule is batch 13's, through
``select_events_sentences13.with_rule`` (not copied, as batches 14-19 do), with only the seed, the hash range, the
pool sizes and the excluded files changed; this script was committed before any drawn sentence was read, the
sentences were coded by hand and rasd was never run on them by the coder, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261620`` (batch 13: 20261404, batch 14: 20261414, batch 15: 20261515, batch 19: 20262020);
* the hash range: the second-to-last hex digit of ``sha1(url)`` in a–c (``HASH_DIGITS``; the other batch drawn in
  round 16 at the same time by another helper takes d–f);
* the same pools and order, batch 13's regexes unchanged, with the sizes assault 40, protest 35, attack 0,
  negative 15 (90 sentences): a sentence of the attack pool is still put in it (the pools are tried in batch 13's
  order) but none is taken;
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 19's list plus every annotated file of ``benchmarks/data/`` naming articles present at
  the draw and not listed there: ``events_sentences19.jsonl``, ``events_tune19.jsonl`` and ``claims_check13.jsonl``
  (only the urls of those files' articles are read, ``urls_in``, and the titles of those articles are left out; the
  held-out agreement files of ``events_dev`` are not read: their articles are events_dev's, already excluded).

Usage::

    python benchmarks/select_events_sentences20.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences13 as batch13
import select_events_sentences19 as batch19

SEED = 20261620
HASH_DIGITS = frozenset("abc")
SIZES = {"assault": 40, "protest": 35, "attack": 0, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn
EXCLUDED_FILES = tuple(
    sorted(
        (
            *batch19.EXCLUDED_FILES,
            "events_sentences19.jsonl",
            "events_tune19.jsonl",
            "claims_check13.jsonl",
        )
    )
)


def _batch20_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, restored afterwards."""
    return batch13.with_rule(SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch20_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch20_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
