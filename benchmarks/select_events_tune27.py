"""Draw the articles of the twenty-seventh events tune file (``data/events_tune27.jsonl``) from SaudiNewsNet.

Round 19: a **blind** file of LONG articles. The seed and the hidden test are long newspaper articles; round 18's
blind long files (tune25, tune26) are released to tuning in round 19, so round 19's lead needs a new blind measure of
them. The rule and the seed were fixed (and this script committed) before any article was read; the articles are
coded by hand (helper bt14) before rasd is run on them, and the lead scores the first run as it comes out. No rule is
changed for it.

Rule: tune26's (``select_events_tune26.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20261927``);
* content of **3,001-12,000 characters** (:data:`CHARS`);
* round 19's blind range for long events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``0``-``1``
  (``THIRD_DIGITS`` = :data:`draws.ROUND19_EVENTS_THIRD`; claims' check17 takes ``2``-``3`` beside it, so the two
  cannot meet);
* ``EXCLUDED_FILES``: :data:`draws.ROUND19_FILES` (every annotated file at round 19's start), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 2, syria 2, iraq 1, libya 1, egypt 1, palestine 1, saudi_border 1) and 2 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune27.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND19_EVENTS_THIRD, ROUND19_FILES, PlaceDraw

SEED = 20261927
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind long-article range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 19's events digits: 0-1)
THIRD_DIGITS = ROUND19_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (3001, 12000)
SIZES = {"yemen": 2, "syria": 2, "iraq": 1, "libya": 1, "egypt": 1, "palestine": 1, "saudi_border": 1}
NEGATIVES = 2
#: every annotated file at round 19's start
EXCLUDED_FILES = ROUND19_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
