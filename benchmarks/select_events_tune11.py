"""Draw the articles of the eleventh events tune file (``data/events_tune11.jsonl``) from SaudiNewsNet.

Issue 12, round 11: a second blind file beside tune10, for the same start- and end-of-round measure of the events
code. The rule and the seed were fixed (and this script committed) before any article was read; the articles were
coded by hand before rasd was run on them. No rule is changed for it.

Rule (``select_events_tune10.py``'s, with a new seed and tune9's smaller pools):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: tune10's list and tune10 itself; round 11's claims check7, drawn at the same time from the
  other second-to-last digits, is disjoint by construction), whose title was not taken before, and whose
  ``hashlib.sha1(url.encode()).hexdigest()[-2]`` is one of tune10's ``HASH_DIGITS``.
* Pools as in tune8, first match wins: ``yemen`` 3, ``syria`` 3, ``iraq`` 3, ``libya`` 2, ``egypt`` 2, ``palestine``
  2, ``saudi_border`` 1; ``negative`` 4.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261223`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune11.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune10 import EXCLUDED_FILES as TUNE10_EXCLUDED
from select_events_tune10 import in_range

SEED = 20261223
SIZES = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
POOLS: list[tuple[str, str, int]] = [(name, pattern, SIZES[name]) for name, pattern, _ in PLACE_POOLS]
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (*TUNE10_EXCLUDED, "events_tune10.jsonl")


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"))]
    return draw_by_place(mine, skip, POOLS, BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
