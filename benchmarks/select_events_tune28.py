"""Draw the articles of the twenty-eighth events tune file (``data/events_tune28.jsonl``) from SaudiNewsNet.

Round 20: a **blind** file of SHORTER articles (up to 3,000 characters), the held-out half's kind (its articles are
250-1,500 characters; round 19's blind files were long). The rule and the seed were fixed (and this script committed)
before any article was read; the articles are coded by hand (helper bt15) before rasd is run on them, and the lead
scores the first run as it comes out. No rule is changed for it.

Rule: tune27's (``select_events_tune27.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20262028``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 20's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``0``-``7``
  (``THIRD_DIGITS`` = :data:`draws.ROUND20_EVENTS_THIRD`; claims' check18 takes ``8``-``b`` and sentence batch 24
  ``c``-``f`` beside it, so none of them can meet);
* ``EXCLUDED_FILES``: :data:`draws.ROUND20_FILES` (every annotated file at round 20's start, round 19's released
  tune27, check17 and rowjudge5 among them), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 3, syria 3, iraq 3, libya 2, egypt 2, palestine 2, saudi_border 2) and 3 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune28.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND20_EVENTS_THIRD, ROUND20_FILES, PlaceDraw

SEED = 20262028
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 20's events digits: 0-7)
THIRD_DIGITS = ROUND20_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 2}
NEGATIVES = 3
#: every annotated file at round 20's start
EXCLUDED_FILES = ROUND20_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
