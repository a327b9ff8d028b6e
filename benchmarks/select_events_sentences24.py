"""Draw batch 24 of the events sentence set (``data/events_sentences24.jsonl``) from SaudiNewsNet.

Issue 12, round 20 (helper bs11): a fresh blind batch of real single sentences, each given to rasd alone (no title,
no date), leaning on **assaults and protests** as batches 13, 15, 20, 22 and 23 do. The rule is batch 23's (batch
22's ``sentence_rule``, i.e. batch 13's through ``select_events_sentences13.with_rule``, not copied), with only the
seed, the hash range and the excluded files changed; this script was committed before any drawn sentence was read
(the pools were counted, never read), the sentences were coded by hand and rasd was never run on them by the coder,
and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20262024`` (batch 13: 20261404, 15: 20261515, 20: 20261620, 21: 20261621, 22: 20261722, 23: 20261823);
* round 20's hash rule for this batch (``draws.in_range3``): the second-to-last hex digit of ``sha1(url)`` in a–f
  (``HASH_DIGITS`` = ``draws.ROUND18_LONG_DIGITS``) **and** the third-from-last in c–f (``THIRD_DIGITS`` =
  ``draws.ROUND20_BATCH_THIRD``; round 20's other blind draws, events tune28 and claims check18, take the other
  third-from-last digits). Batch 8's draw tests only the second-to-last digit, so :func:`_batch24_rule` puts this
  test in place of its ``in_range`` while the draw runs (restored afterwards; no earlier script is edited);
* batch 13's pools and order (``assault``, ``protest``, ``attack``; ``negative``), sizes assault 45, protest 40,
  attack 0, negative 15 (100 sentences): a sentence of the attack pool is still put in it but none is taken;
* the same sentence cut (40–320 characters); the article length WIDENED to a content of at most 12,000 characters
  (``MAX_CONTENT``; round 19's long-article cap, ``select_events_tune27.CHARS``) from batch 1's 6,000: the pools,
  counted before any sentence was read, held at 6,000 characters assault 28 sentences of 21 articles, protest none,
  negative 116 of 94 (at most 36 sentences drawn, under the 40 asked for), and at 12,000 assault 44 of 29, protest
  37 of 11, negative 146 of 113. Batch 8's draw reads batch 1's ``MAX_CONTENT`` through its own module, so
  :func:`_batch24_rule` sets it there while the draw runs (restored afterwards);
* ``EXCLUDED_FILES`` = ``draws.ROUND20_FILES`` (every annotated file of ``benchmarks/data/`` naming articles at round
  20's start; only the urls of their articles are read, ``urls_in``, and the titles of those articles are left out;
  the held-out agreement files of ``events_dev`` are not read: their articles are events_dev's, already excluded).

Usage::

    python benchmarks/select_events_sentences24.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import draws
import select_events_sentences8 as batch8
import select_events_sentences13 as batch13
import select_events_sentences22 as batch22

SEED = 20262024
HASH_DIGITS = draws.ROUND18_LONG_DIGITS
THIRD_DIGITS = draws.ROUND20_BATCH_THIRD
SIZES = {"assault": 45, "protest": 40, "attack": 0, "negative": 15}
#: the longest article content drawn from (batch 1's 6,000 widened: the pools there were thin)
MAX_CONTENT = 12000
#: every annotated file of ``benchmarks/data/`` naming corpus articles at round 20's start
EXCLUDED_FILES = tuple(sorted(draws.ROUND20_FILES))


def in_range(url: str | None, digits: frozenset[str] = HASH_DIGITS) -> bool:
    """This batch's hash rule: ``sha1(url)[-2]`` in ``digits`` and ``[-3]`` in :data:`THIRD_DIGITS`."""
    return draws.in_range3(url, THIRD_DIGITS, digits)


@contextmanager
def _batch24_rule() -> Iterator[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, and batch 8's hash test with
    this batch's third digit (batch 22's ``sentence_rule``) and batch 8's ``MAX_CONTENT`` with this batch's, all
    restored afterwards."""
    saved = batch8.MAX_CONTENT
    batch8.MAX_CONTENT = MAX_CONTENT
    try:
        with batch22.sentence_rule(
            in_range, SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES
        ):
            yield
    finally:
        batch8.MAX_CONTENT = saved


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch24_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch24_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
