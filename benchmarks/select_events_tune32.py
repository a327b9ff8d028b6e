"""Draw the articles of the thirty-second events tune file (``data/events_tune32.jsonl``) from SaudiNewsNet.

Round 23: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 22's
tune31 (released to tuning at round 23's start). The rule and the seed were fixed (and this script committed) before
any article was read; the articles are coded by hand (helper bt18) before rasd is run on them, and the lead scores the
first run as it comes out. No rule is changed for it.

Rule: tune31's (``select_events_tune31.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20262032``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 23's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``0``-``9`` or ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND23_EVENTS_THIRD`; claims' check21 takes ``a``-``b`` beside it, so the two
  cannot meet);
* ``EXCLUDED_FILES``: :data:`draws.ROUND23_FILES` (every annotated file at round 23's start, round 22's released
  tune31 and check20 among them), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 5, syria 3, iraq 2, egypt 2) and 3 negatives: libya, palestine and saudi_border are
  left out (tune31's draw found their pools empty in this range and length) by a size of 0, which keeps tune8's
  pools and their order (an article whose head names Libya still goes to the libya pool, which takes none).

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune32.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND23_EVENTS_THIRD, ROUND23_FILES, PlaceDraw

SEED = 20262032
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 23's events digits: 0-9, c-f)
THIRD_DIGITS = ROUND23_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 5, "syria": 3, "iraq": 2, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 3
#: every annotated file at round 23's start
EXCLUDED_FILES = ROUND23_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
