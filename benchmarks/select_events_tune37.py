"""Draw the articles of the thirty-seventh events tune file (``data/events_tune37.jsonl``) from SaudiNewsNet.

Round 27: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 26's
tune36 (released to tuning at round 27's start). The rule and the seed were fixed (and this script committed) before
any article was drawn or read; the articles are coded by hand (helper bt23) before rasd is run on them, and the lead
scores the first run as it comes out. No rule is changed for it.

Rule: tune36's (``select_events_tune36.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20272037``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 27's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``0``-``9`` or ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND27_EVENTS_THIRD`; the a-f / a-b region beside it is spent for claims);
* ``EXCLUDED_FILES``: :data:`draws.ROUND27_FILES` (every annotated file at round 27's start, round 26's released
  tune36 and check25 among them), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 9, egypt 2) and 4 negatives, decided before the draw from the pools' counts that
  tune36's README gives: the **syria pool is spent** (tune36 took its last 3 articles in this range and length) and
  iraq, libya, palestine and saudi_border were empty at tune35's and tune36's draws, so they take none (a size of 0,
  which keeps tune8's pools and their order: an article whose head names Syria still goes to the syria pool, which
  takes none); the 4 articles they took at tune36 are taken by the yemen pool (7 -> 9, 46 left after tune36) and the
  negatives (3 -> 4); egypt keeps 2 (3 left after tune36).

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune37.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND27_EVENTS_THIRD, ROUND27_FILES, PlaceDraw

SEED = 20272037
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 27's events digits: 0-9, c-f)
THIRD_DIGITS = ROUND27_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 9, "syria": 0, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file at round 27's start
EXCLUDED_FILES = ROUND27_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
