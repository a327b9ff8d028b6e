"""Draw the articles of the twenty-sixth events tune file (``data/events_tune26.jsonl``) from SaudiNewsNet.

Round 18: a **blind** file of LONG articles. Every events file before it holds articles of at most 4,000 characters,
while the newspaper articles rasd is meant for (the seed, the hidden test) are often longer; round 18's lead needs a
blind measure of them. The rule and the seed were fixed (and this script committed) before any article was read; the
articles are coded by hand (helper bt13) before rasd is run on them, and the lead scores the first run as it comes out.
No rule is changed for it.

Rule: tune24's (``select_events_tune24.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20261826``);
* content of **4,001-12,000 characters** (:data:`CHARS`): longer than every earlier file's (tune25, drawn beside it
  from the same hash range, takes 1,501-4,000 characters, so the two cannot meet);
* round 18's blind range for long articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``4``-``9``
  (``THIRD_DIGITS``);
* ``EXCLUDED_FILES``: :data:`draws.ROUND18_FILES` (every annotated file at round 18's start), by (zip date, url) key;
* sizes :data:`SIZES` (yemen 2, syria 2, iraq 1, libya 1, egypt 1, palestine 1, saudi_border 1) and 1 negative.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune26.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_FILES, ROUND18_LONG_DIGITS, PlaceDraw

SEED = 20261826
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind long-article range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last
THIRD_DIGITS = frozenset("456789")
#: content length in characters (min, max), both included: longer than every earlier file's
CHARS = (4001, 12000)
SIZES = {"yemen": 2, "syria": 2, "iraq": 1, "libya": 1, "egypt": 1, "palestine": 1, "saudi_border": 1}
NEGATIVES = 1
#: every annotated file at round 18's start
EXCLUDED_FILES = ROUND18_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
