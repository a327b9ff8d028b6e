"""Draw the articles of the twenty-ninth events tune file (``data/events_tune29.jsonl``) from SaudiNewsNet.

Round 20: a fresh file of SHORT articles (250-1,500 characters, the held-out half's kind) for tuning. The held-out
half scores far below the short tuning pool (tune..tune21), so rasd is fit to its tuning files; this file is new
material of the held-out's kind and a first, near-blind look at what rasd gets wrong on it (helper ft). The rule and
the seed were fixed (and this script committed) before any article was read; the articles are coded by hand before
rasd is run on any of them, and the first score is taken at round 20's frozen start tree.

Rule: :class:`draws.PlaceDraw` (tune21's: tune8's place pools, ``draw_by_place`` of ``select_events_dev.py``,
``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20262029``);
* content of **250-1,500 characters** (:data:`CHARS`);
* the helpers' fresh-sample range (round 17's rule, ``draws.in_range3``): the second-to-last hex digit of
  ``sha1(url)`` a digit ``0``-``9`` (``HASH_DIGITS`` = :data:`draws.DIGITS`, never the blind draws' ``a``-``f``)
  **and** the third-from-last in ``0``-``9``, ``a``, ``b`` (:data:`THIRD_DIGITS`);
* ``EXCLUDED_FILES``: :data:`draws.ROUND20_FILES` (every annotated file at round 20's start), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 3, syria 3, iraq 3, libya 2, egypt 2, palestine 2, saudi_border 1) and 2 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune29.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND20_FILES, PlaceDraw

SEED = 20262029
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh-sample range: a digit 0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (the helpers' range of round 17's rule: 0-9, a, b)
THIRD_DIGITS = frozenset("0123456789ab")
#: content length in characters (min, max), both included
CHARS = (250, 1500)
SIZES = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 2
#: every annotated file at round 20's start
EXCLUDED_FILES = ROUND20_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
