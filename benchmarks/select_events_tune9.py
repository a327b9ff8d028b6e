"""Draw the articles of the ninth events tune file (``data/events_tune9.jsonl``) from SaudiNewsNet.

Issue 12, round 10: a second fresh blind file beside tune8, for the same end-of-round measure of the round-9 code and
of the learned row filter. The rule and the seed were fixed before any article was read; the articles were coded by
hand before rasd was run on them, and the first score is recorded in ``docs/events.md`` (section "Round 10: blind
tune8", tune9 at its end). No rule is changed for it.

Rule (``select_events_tune8.py``'s, with a new seed and smaller pools):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: tune8's list, tune8 itself and the files added in round 10 before this draw), whose title was
  not taken before, and whose ``hashlib.sha1(url.encode()).hexdigest()[-1]`` is one of tune8's ``HASH_DIGITS``.
* Pools as in tune8, first match wins: ``yemen`` 3, ``syria`` 3, ``iraq`` 3, ``libya`` 2, ``egypt`` 2, ``palestine``
  2, ``saudi_border`` 1; ``negative`` 4.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261221`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune9.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune8 import EXCLUDED_FILES as TUNE8_EXCLUDED
from select_events_tune8 import in_range

SEED = 20261221
SIZES = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
POOLS: list[tuple[str, str, int]] = [(name, pattern, SIZES[name]) for name, pattern, _ in PLACE_POOLS]
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (*TUNE8_EXCLUDED, "events_tune8.jsonl", "events_rowjudge.jsonl", "claims_check6.jsonl")


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
