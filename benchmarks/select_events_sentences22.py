"""Draw batch 22 of the events sentence set (``data/events_sentences22.jsonl``) from SaudiNewsNet.

Issue 12, round 17 (helper bs9): a fresh blind batch of real single sentences, each given to rasd alone (no title,
no date), leaning on **assaults and protests** as batches 13, 15 and 20 do. The rule is batch 13's, through
``select_events_sentences13.with_rule`` (not copied), with only the seed, the hash range, the pool sizes and the
excluded files changed; this script was committed before any drawn sentence was read, the sentences were coded by
hand and rasd was never run on them by the coder, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261722`` (batch 13: 20261404, 15: 20261515, 20: 20261620, 21: 20261621);
* round 17's hash rule (``draws.in_range3``): the second-to-last hex digit of ``sha1(url)`` a digit 0–9
  (``HASH_DIGITS``) **and** the third-from-last in c–d (``THIRD_DIGITS``; the other blind draws of round 17 take e
  and f). Batch 8's draw tests only the second-to-last digit, so :func:`_batch22_rule` also puts round 17's test in
  place of its ``in_range`` while the draw runs (restored afterwards; no earlier script is edited);
* batch 13's pools and order (``assault``, ``protest``, ``attack``; ``negative``), sizes assault 45, protest 40,
  attack 0, negative 15 (100 sentences): a sentence of the attack pool is still put in it but none is taken;
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = ``draws.ROUND17_FILES`` (every annotated file of ``benchmarks/data/`` naming articles when
  round 17's blind files were drawn; only the urls of their articles are read, ``urls_in``, and the titles of those
  articles are left out; the held-out agreement files of ``events_dev`` are not read: their articles are
  events_dev's, already excluded, and the coder-2 agreement files name articles of files already listed).

Usage::

    python benchmarks/select_events_sentences22.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import draws
import select_events_sentences8 as batch8
import select_events_sentences13 as batch13

SEED = 20261722
HASH_DIGITS = draws.DIGITS
THIRD_DIGITS = frozenset("cd")
SIZES = {"assault": 45, "protest": 40, "attack": 0, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when round 17's blind files were drawn
EXCLUDED_FILES = tuple(sorted(draws.ROUND17_FILES))


def in_range(url: str | None, digits: frozenset[str] = HASH_DIGITS) -> bool:
    """Round 17's hash rule for this batch: ``sha1(url)[-2]`` in ``digits`` and ``[-3]`` in :data:`THIRD_DIGITS`."""
    return draws.in_range3(url, THIRD_DIGITS, digits)


@contextmanager
def sentence_rule(hash_test: Callable[..., bool], **rule: Any) -> Iterator[None]:
    """Batch 13's module with a later batch's ``rule`` (``batch13.with_rule``'s names: seed, hash range, sizes,
    excluded files) and batch 8's hash test replaced by ``hash_test`` (a three-digit rule), all restored afterwards;
    batch 23 draws through it too."""
    saved = batch8.in_range
    batch8.in_range = hash_test
    try:
        with batch13.with_rule(**rule):
            yield
    finally:
        batch8.in_range = saved


def _batch22_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, and batch 8's hash test with
    round 17's third digit, all restored afterwards."""
    return sentence_rule(in_range, SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule."""
    with _batch22_rule():
        return batch13.draw(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch22_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
