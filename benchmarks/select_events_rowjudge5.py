"""Draw the articles of the fifth row-judgment file (``data/events_rowjudge5.jsonl``) from SaudiNewsNet.

Issue 12, round 19 (helper rj5): precision on fresh LONG news, the lead's blind measure. Every discrete ACLED row rasd
gives at the tree of round 19's start on fresh articles of 3,001–12,000 characters is judged by hand with the rules of
the earlier row-judgment files (``select_events_rowjudge4.py``, round 17, and before it). The rule and the seed were
fixed, and this script committed, before any article was read; nothing is redrawn.

Rule: ``select_events_rowjudge4.py``'s (round 10's place pools and clash words, ``draw_by_place`` of
``select_events_dev.py``) with

* a new seed, ``SEED = 20261931``;
* long articles, 3,001–12,000 characters of ``content`` (:data:`MIN_CHARS`, :data:`MAX_CHARS`: round 19's long
  length; rowjudge4 took 250–3,000);
* the pools sized by :data:`SIZES` and :data:`NEGATIVES` from the negative pool;
* a blind hash range helpers never sample: only urls whose ``hashlib.sha1(url.encode()).hexdigest()[-2]``
  (second-to-last hex digit) is ``a``–``f`` (``draws.ROUND18_LONG_DIGITS``) **and** whose ``[-3]`` (third from last)
  is ``4``–``9`` or ``a``–``f`` (:data:`THIRD_DIGITS`; ``0``–``1`` there is round 19's blind events file tune27,
  ``2``–``3`` its blind claims file check17);
* every annotated file of ``benchmarks/data/`` at the draw left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES`: ``draws.ROUND19_FILES`` and round 19's two blind files, events tune27 and claims check17,
  read for their keys only).

Usage::

    python benchmarks/select_events_rowjudge5.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
from draws import ROUND18_LONG_DIGITS, ROUND19_FILES
from select_events_dev import print_draw

SEED = 20261931
MIN_CHARS, MAX_CHARS = 3001, 12000
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's long-article blind digits)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (those round 19's blind files left)
THIRD_DIGITS = frozenset("456789abcdef")
SIZES = {"yemen": 8, "syria": 8, "iraq": 5, "libya": 3, "egypt": 5, "palestine": 4, "saudi_border": 3}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (*ROUND19_FILES, "events_tune27.jsonl", "claims_check17.jsonl")


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool: rowjudge4's draw with this file's rule."""
    return fourth.draw(
        rows,
        skip,
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
