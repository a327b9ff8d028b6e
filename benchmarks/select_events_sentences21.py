"""Draw batch 21 of the events sentence set (``data/events_sentences21.jsonl``) from SaudiNewsNet.

Issue 12, round 16 (helper as19): a fresh batch of real single sentences, each given to rasd alone (no title, no
date), on **assaults and protests**, drawn after blind batches 15 and 16 were released and before any rule of this
round was written. The rule is batch 13's, run through ``select_events_sentences13.with_rule`` (not copied), with
the seed, the hash range, the sizes and the excluded files below; this script was committed before any drawn
sentence was read, the sentences were coded by hand before rasd ran on them, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261621`` (batch 13: 20261404, 14: 20261414, 15: 20261515, 18: 20261818, 19: 20262020);
* the hash range: the second-to-last hex digit of ``sha1(url)`` in 0–9 (``HASH_DIGITS``);
* batch 13's pools and order (``assault``, ``protest``, ``attack``; ``negative``), sizes assault 25, protest 20,
  attack 0, negative 15 (60 sentences);
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 19's list plus every annotated file of ``benchmarks/data/`` naming articles present at
  the draw and not listed there: ``events_sentences19.jsonl``, ``events_tune19.jsonl`` and ``claims_check13.jsonl``
  (only the urls of those files' articles are read, ``urls_in``, and their titles left out; the held-out agreement
  files of ``events_dev`` are not read: their articles are events_dev's, already excluded).

Usage::

    python benchmarks/select_events_sentences21.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences8 as batch8
import select_events_sentences13 as batch13
import select_events_sentences19 as batch19

SEED = 20261621
HASH_DIGITS = frozenset("0123456789")
SIZES = {"assault": 25, "protest": 20, "attack": 0, "negative": 15}
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


def _rule() -> dict[str, Any]:
    """This batch's parameters of batch 8's draw: the titles of every excluded file's articles are left out."""
    files = EXCLUDED_FILES
    return {"seed": SEED, "digits": HASH_DIGITS, "excluded_files": files, "sentence_files": files, "sizes": SIZES}


def _batch21_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, restored afterwards."""
    return batch13.with_rule(SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch21_rule():
        return batch8.draw(rows, pool_of=batch13.pool_of, **_rule())


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 8's ``main`` with this batch's rule)."""
    with _batch21_rule():
        return batch8.main(argv, doc=__doc__, pool_of=batch13.pool_of, **_rule())


if __name__ == "__main__":
    raise SystemExit(main())
