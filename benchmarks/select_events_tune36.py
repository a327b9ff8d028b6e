"""Draw the articles of the thirty-sixth events tune file (``data/events_tune36.jsonl``) from SaudiNewsNet.

Round 26: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 25's
tune35 (released to tuning at round 26's start). The rule and the seed were fixed (and this script committed) before
any article was read; the articles are coded by hand (helper bt22) before rasd is run on them, and the lead scores
the first run as it comes out. No rule is changed for it.

Rule: tune35's (``select_events_tune35.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20262036``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 26's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``0``-``9`` or ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND26_EVENTS_THIRD`; the a-f / a-b region beside it is spent for claims and no
  claims set draws from it this round);
* ``EXCLUDED_FILES``: :data:`draws.ROUND26_FILES` (every annotated file at round 26's start, round 25's released
  tune35 and check24 among them), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 7, syria 3, iraq 1, egypt 2) and 3 negatives: libya, palestine and saudi_border are
  left out (tune31's to tune35's draws found their pools empty in this range and length) by a size of 0, which keeps
  tune8's pools and their order (an article whose head names Libya still goes to the libya pool, which takes none).

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune36.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND26_EVENTS_THIRD, ROUND26_FILES, PlaceDraw

SEED = 20262036
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 26's events digits: 0-9, c-f)
THIRD_DIGITS = ROUND26_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 7, "syria": 3, "iraq": 1, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 3
#: every annotated file at round 26's start
EXCLUDED_FILES = ROUND26_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
