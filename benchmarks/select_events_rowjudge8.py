"""Draw the articles of the eighth row-judgment file (``data/events_rowjudge8.jsonl``) from SaudiNewsNet.

Issue 12, round 30 (helper fp9): precision and recall on fresh news, measured an eighth time. Every discrete ACLED row
rasd gives at the tree of round 30's start (w0 = 5b9707c) on fresh articles is judged by hand with the rules of the
earlier row-judgment files (``select_events_rowjudge7.py``, round 29, and before it), and the events it missed are
listed; the lead re-runs the set at the round's end to count the true rows kept, the false rows gone and the missed
events found on news no rule was made on. The rule and the seed were fixed, and this script committed, before any
article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge7.py``'s (rowjudge4's place pools and clash words, ``draw_by_place`` of
``select_events_dev.py``, rowjudge7's near-copy check) with

* a new seed, ``SEED = 20302908``;
* articles of 250-3,000 characters of ``content`` (:data:`MIN_CHARS`, :data:`MAX_CHARS`);
* the helpers' fresh hash range: ``sha1(url)[-2]`` a digit ``0``-``9`` **and** ``[-3]`` in ``0``-``9``, ``a``, ``b``
  (``draws.in_range3`` with :data:`THIRD_DIGITS`; round 30's blind tune40 and check29 take a second-to-last
  ``a``-``f``, so neither can meet this draw, and neither is read);
* every annotated file of ``benchmarks/data/`` at round 30's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND30_FILES``: the seven earlier row-judgment files, tune39 and check28 among
  them), every copy of one (``select_events_tune38.copies_of_excluded``: the url without its query string, or the
  stripped content, equal to an excluded article's) and every near copy (an article of the hash range and length that
  shares 50 % or more of its distinct six-word runs with any one annotated text: ``select_events_rowjudge7``'s
  :func:`near_copies`, :data:`SHARE`);
* pool sizes :data:`SIZES` decided before the draw from the pools' counts in this range and length after all the
  exclusions (no seed involved): yemen 13, egypt 1, syria / iraq / libya / palestine / saudi_border 0, negative 384
  (the near copies left out: yemen 10, egypt 1, negative 62) -- the clash-headed place pools are nearly spent in the
  helpers' range, so every one left is taken: yemen 13, egypt 1 and :data:`NEGATIVES` 16 from the negative pool, 30
  articles.

Usage::

    python benchmarks/select_events_rowjudge8.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
import select_events_rowjudge7 as seventh
from draws import DIGITS, ROUND30_FILES
from select_events_dev import print_draw
from select_events_tune38 import copies_of_excluded

SEED = 20302908
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
SIZES = {"yemen": 13, "syria": 0, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 16
#: every annotated file of ``benchmarks/data/`` at round 30's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND30_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = seventh.SHARE


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """rowjudge7's near copies (the same hash range, length and share as this draw's)."""
    assert (seventh.MIN_CHARS, seventh.MAX_CHARS, seventh.THIRD_DIGITS) == (MIN_CHARS, MAX_CHARS, THIRD_DIGITS)
    return seventh.near_copies(rows, skip)


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples, pool by pool: rowjudge4's draw with this file's rule, the copies
    and near copies of the skipped articles skipped too."""
    return fourth.draw(
        rows,
        skip | copies_of_excluded(rows, skip) | near_copies(rows, skip),
        seed=SEED,
        sizes=SIZES,
        negatives=NEGATIVES,
        hash_digits=HASH_DIGITS,
        third_digits=THIRD_DIGITS,
        chars=(MIN_CHARS, MAX_CHARS),
    )


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
