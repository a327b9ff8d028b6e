"""Draw the articles of the fourth row-judgment file (``data/events_rowjudge4.jsonl``) from SaudiNewsNet.

Issue 12, round 17 (helper fp6): precision on fresh news, measured a fourth time. Every discrete ACLED row rasd gives
at the tree of round 17's start (efd485b) on fresh articles is judged by hand with the rules of the earlier
row-judgment files (``select_events_rowjudge.py``, round 10; ``select_events_rowjudge2.py``, round 15;
``select_events_rowjudge3.py``, round 16). The rule and the seed were fixed, and this script committed, before any
article was read; nothing is redrawn.

Rule: ``select_events_rowjudge3.py``'s (imported: round 10's place pools and clash words, ``draw_by_place`` of
``select_events_dev.py``) with

* a new seed, ``SEED = 20261730``;
* longer articles, 250–3,000 characters of ``content`` (:data:`MIN_CHARS`, :data:`MAX_CHARS`: the short conflict
  articles of the corpus are nearly all annotated now);
* the pools sized by :data:`SIZES` (about 45 articles from the event-bearing place pools) and :data:`NEGATIVES` from
  the negative pool;
* round 17's helpers' hash range: only urls whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (second-to-last hex
  digit) is ``0``–``9`` **and** whose ``[-3]`` (third from last) is ``0``–``9``, ``a`` or ``b``
  (``draws.in_range3`` with :data:`THIRD_DIGITS`; ``c``–``f`` there are round 17's blind draws);
* every annotated file of ``benchmarks/data/`` at the draw left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES`: ``draws.ROUND17_FILES`` — the three earlier row-judgment files included — and the files
  written this round: events tune21, sentence batch 22 and claims check15, read for their keys only; the
  ``events_dev_heldout_*`` and ``agreement/`` files are second codings of articles whose keys are already left out,
  and are not read).

Usage::

    python benchmarks/select_events_rowjudge4.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import DIGITS, ROUND17_FILES, in_range3
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_rowjudge import BATTLE, PLACE_POOLS

SEED = 20261730
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (round 17's helpers' range)
THIRD_DIGITS = frozenset("0123456789ab")
SIZES = {"yemen": 12, "syria": 10, "iraq": 6, "libya": 3, "egypt": 6, "palestine": 4, "saudi_border": 4}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (*ROUND17_FILES, "events_tune21.jsonl", "events_sentences22.jsonl", "claims_check15.jsonl")


def excluded_keys(files: tuple[str, ...] = EXCLUDED_FILES) -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES`` (or of ``files``: a later row-judgment draw's)."""
    return annotated_keys(files)


def pools(sizes: dict[str, int] = SIZES) -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES` (or ``sizes``)."""
    return [(name, pattern, sizes[name]) for name, pattern, _ in PLACE_POOLS]


def draw(
    rows: list[tuple[str, dict]],
    skip: set[tuple[str, str]],
    *,
    seed: int = SEED,
    sizes: dict[str, int] = SIZES,
    negatives: int = NEGATIVES,
    hash_digits: frozenset[str] = HASH_DIGITS,
    third_digits: frozenset[str] = THIRD_DIGITS,
    chars: tuple[int, int] = (MIN_CHARS, MAX_CHARS),
) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool; a later row-judgment draw (rowjudge5) passes its own
    seed, pool sizes, negatives, hash range and length."""
    mine = [(z, a) for z, a in rows if in_range3(a.get("url"), third_digits, hash_digits)]
    return draw_by_place(mine, skip, pools(sizes), BATTLE, negatives, seed, chars)


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
