"""Draw batch 18 of the events sentence set (``data/events_sentences18.jsonl``) from SaudiNewsNet.

Issue 12, round 15 (helper as17): a fresh batch of real single sentences, each given to rasd alone (no title, no
date), leaning on **protests and riots** (the protest side of the hidden test's "assaults and protests"). The rule is
batch 13's, imported from ``select_events_sentences13.py`` (not copied, as batches 14 and 15 do), with only the seed,
the hash range, the pool sizes and the excluded files changed; this script was committed before any drawn sentence
was read, the sentences were coded by hand before rasd ran on them, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261818`` (batch 13: 20261404, batch 14: 20261414, batch 15: 20261515);
* the hash range: the second-to-last hex digit of ``sha1(url)`` in 5–9 (``HASH_DIGITS``; batches 15 and 16, drawn
  this round by other helpers, take a–c and d–f);
* the same pools and order, batch 13's regexes unchanged, with the sizes assault 0, protest 45, attack 0,
  negative 15 (60 sentences): a sentence with an assault or attack word still goes to that pool (the pools are tried
  in batch 13's order) but none of those is taken, so the protest pool holds protest words with no assault word;
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 15's list plus every annotated file of ``benchmarks/data/`` naming articles present at
  the draw and not listed there (none besides the held-out agreement files of ``events_dev``, which are not read:
  their articles are events_dev's, already excluded; batches 15 and 16 were not yet written when this batch was
  drawn). Only the urls and titles of those files' articles are read (``urls_in``).

Usage::

    python benchmarks/select_events_sentences18.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences13 as batch13
import select_events_sentences15 as batch15

SEED = 20261818
HASH_DIGITS = frozenset("56789")
SIZES = {"assault": 0, "protest": 45, "attack": 0, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn
EXCLUDED_FILES = tuple(sorted(batch15.EXCLUDED_FILES))


def _batch18_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, restored afterwards."""
    return batch13.with_rule(SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch18_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch18_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
