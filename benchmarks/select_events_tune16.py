"""Draw the articles of the sixteenth events tune file (``data/events_tune16.jsonl``) from SaudiNewsNet.

Issue 12, round 13: a second fresh blind measure of the events code, beside tune15. The rule and the seed were fixed
(and this script committed) before any article was read; the articles are coded by hand before rasd is run on them
(the coder never runs rasd on them). No rule is changed for it.

Rule (``select_events_tune15.py``'s, with a new seed and tune14's sizes, in the same hash range):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: every committed ``.jsonl`` file there when this script was written — tune12 to tune15, claims
  check9, sentence batches 8–12 and the wire set included, both halves of the dev set by key; claims check10, then
  being coded, draws from ``8``–``f`` only), whose title was not taken before, and whose
  ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is one of ``HASH_DIGITS`` (``0``
  to ``7``: helper bt3's range in round 13, disjoint from the other draws of the round).
* ``head`` = title + the first 400 characters of ``content``; pools as in tune8, first match wins: ``yemen`` 4,
  ``syria`` 4, ``iraq`` 4, ``libya`` 2, ``egypt`` 2, ``palestine`` 2, ``saudi_border`` 1; ``negative`` 3.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261306`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn (a pool with fewer articles in the hash range gives what it has).

The rule is :class:`PlaceDraw` of ``draws.py``; this script holds its parameters.

Usage::

    python benchmarks/select_events_tune16.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import ROUND13_TUNE16_FILES, PlaceDraw

SEED = 20261306
#: the second-to-last hex digits of sha1(url) this draw may take (round 13: helper bt3's range)
HASH_DIGITS = frozenset("01234567")
SIZES = {"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 3
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND13_TUNE16_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw


def main(argv: list[str] | None = None) -> int:
    return RULE.main(__doc__ or "", argv)


if __name__ == "__main__":
    raise SystemExit(main())
