"""Draw the articles of the tenth events tune file (``data/events_tune10.jsonl``) from SaudiNewsNet.

Issue 12, round 11: a fresh blind measure of the events code at the start and at the end of the round. The rule and
the seed were fixed (and this script committed) before any article was read; the articles were coded by hand before
rasd was run on them, and the lead runs the start and the end code on them. No rule is changed for it.

Rule (``select_events_tune8.py``'s, with a new seed and round 11's hash range):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: every events, claims and places file there when it was drawn, both halves of the dev set by
  key, tune8, tune9 and the row judgments included), whose title was not taken before, and whose
  ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is one of ``HASH_DIGITS`` (round 11's
  draws by two helpers at once cannot overlap: each takes its own digits).
* ``head`` = title + the first 400 characters of ``content``; pools as in tune8, first match wins: ``yemen`` 5,
  ``syria`` 5, ``iraq`` 5, ``libya`` 3, ``egypt`` 3, ``palestine`` 3, ``saudi_border`` 2; ``negative`` 4.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261222`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune10.py [--shared ../shared]
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune9 import EXCLUDED_FILES as TUNE9_EXCLUDED

SEED = 20261222
#: the second-to-last hex digits of sha1(url) this draw may take (round 11: helper be's range)
HASH_DIGITS = frozenset("01234567")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
POOLS: list[tuple[str, str, int]] = [(name, pattern, SIZES[name]) for name, pattern, _ in PLACE_POOLS]
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (*TUNE9_EXCLUDED, "events_tune9.jsonl")


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def in_range(url: str | None, digits: frozenset[str] = HASH_DIGITS) -> bool:
    """Whether the second-to-last hex digit of the url's SHA-1 is one of ``digits``."""
    return bool(url) and hashlib.sha1(str(url).encode()).hexdigest()[-2] in digits


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"))]
    return draw_by_place(mine, skip, POOLS, BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
