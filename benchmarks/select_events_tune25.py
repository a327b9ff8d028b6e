"""Draw the articles of the twenty-fifth events tune file (``data/events_tune25.jsonl``) from SaudiNewsNet.

Issue 12, round 18: a new **blind** measure of the events code on **longer** articles. Round 17 found rasd's
precision on long articles its weakest figure (blind tune22 0.516 P, tune23 0.538); round 18 tunes on long articles
(tune24 and earlier) and needs a file no one has read. The rule and the seed were fixed (and this script committed)
before any article was drawn or read; the articles are coded by hand (helper bt12) before rasd is run on them (the
coder never runs rasd on them; the lead scores it). No rule is changed for it.

Rule: tune22's (:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place
pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20261825``);
* content of **1,501-4,000 characters** (:data:`CHARS`, tune22-tune24's range);
* round 18's blind hash range for longer articles (``draws.in_range3``): the second-to-last hex digit of
  ``sha1(url)`` in ``a``-``f`` (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`; rounds 11-16 spent a-f on
  articles of 250-1,500 characters only, round 17's long draws took a digit there) **and** the third-from-last in
  ``4``-``9`` (``THIRD_DIGITS``; round 18's other blind draws take the other third-from-last digits);
* ``EXCLUDED_FILES``: :data:`draws.ROUND18_FILES` (every annotated file at round 18's start, tune23 and tune24
  included), by (zip date, url) key only;
* sizes :data:`SIZES` (yemen 4, syria 4, iraq 2, libya 1, egypt 2, palestine 2, saudi_border 1) and 3 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune25.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_FILES, ROUND18_LONG_DIGITS, PlaceDraw

SEED = 20261825
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind long-article range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (this draw's share of that range; round 18's other blind draws take the others)
THIRD_DIGITS = frozenset("456789")
#: content length in characters (min, max), both included: tune22-tune24's range
CHARS = (1501, 4000)
SIZES = {"yemen": 4, "syria": 4, "iraq": 2, "libya": 1, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 3
#: every annotated file at round 18's start (a later file changes nothing)
EXCLUDED_FILES = ROUND18_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
