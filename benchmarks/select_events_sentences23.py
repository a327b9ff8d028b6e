"""Draw batch 23 of the events sentence set (``data/events_sentences23.jsonl``) from SaudiNewsNet.

Issue 12, round 18 (helper bs10): a fresh blind batch of real single sentences, each given to rasd alone (no title,
no date), leaning on **assaults and protests** as batches 13, 15, 20 and 22 do. The rule is batch 22's (batch 13's,
through ``select_events_sentences13.with_rule``, not copied), with only the seed, the hash range and the excluded
files changed; this script was committed before any drawn sentence was read (the pools were counted, never read), the
sentences were coded by hand and rasd was never run on them by the coder, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261823`` (batch 13: 20261404, 15: 20261515, 20: 20261620, 21: 20261621, 22: 20261722);
* round 18's hash rule for this batch (``draws.in_range3``): the second-to-last hex digit of ``sha1(url)`` in a–f
  (``HASH_DIGITS`` = ``draws.ROUND18_LONG_DIGITS``) **and** the third-from-last in a–f (``THIRD_DIGITS``; round 18's
  other blind draws take the other third-from-last digits). Batch 8's draw tests only the second-to-last digit, so
  :func:`_batch23_rule` puts this test in place of its ``in_range`` while the draw runs (restored afterwards; no
  earlier script is edited);
* batch 13's pools and order (``assault``, ``protest``, ``attack``; ``negative``), sizes assault 45, protest 40,
  attack 0, negative 15 (100 sentences): a sentence of the attack pool is still put in it but none is taken;
* the same sentence cut (40–320 characters) and article length (content of at most 6,000 characters, batch 1's
  ``MAX_CONTENT``, which already takes the longer articles): the pools, counted before any sentence was read
  (assault 118 sentences of 86 articles, protest 23 of 22, negative 210 of 177), held far more than 40 sentences in
  this range, so the length was not changed; the protest pool gives 22 (one per article), so the batch has 82;
* ``EXCLUDED_FILES`` = ``draws.ROUND18_FILES`` (every annotated file of ``benchmarks/data/`` naming articles at round
  18's start; only the urls of their articles are read, ``urls_in``, and the titles of those articles are left out;
  the held-out agreement files of ``events_dev`` are not read: their articles are events_dev's, already excluded).

Usage::

    python benchmarks/select_events_sentences23.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import draws
import select_events_sentences13 as batch13
import select_events_sentences22 as batch22

SEED = 20261823
HASH_DIGITS = draws.ROUND18_LONG_DIGITS
THIRD_DIGITS = frozenset("abcdef")
SIZES = {"assault": 45, "protest": 40, "attack": 0, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles at round 18's start
EXCLUDED_FILES = tuple(sorted(draws.ROUND18_FILES))


def in_range(url: str | None, digits: frozenset[str] = HASH_DIGITS) -> bool:
    """This batch's hash rule: ``sha1(url)[-2]`` in ``digits`` and ``[-3]`` in :data:`THIRD_DIGITS`."""
    return draws.in_range3(url, THIRD_DIGITS, digits)


def _batch23_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, and batch 8's hash test with
    this batch's third digit, all restored afterwards (batch 22's ``sentence_rule``)."""
    return batch22.sentence_rule(
        in_range, SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES
    )


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch23_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch23_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
