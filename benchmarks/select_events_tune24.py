"""Draw the articles of the twenty-fourth events tune file (``data/events_tune24.jsonl``) from SaudiNewsNet.

Issue 12, round 17c: a **tuning** file of longer articles. Round 17 found rasd's precision on fresh long articles its
weakest figure (tune22, blind, 1,501-4,000 characters: 0.52 P); round 18's helpers tune on long articles and need coded
material that is theirs to read (tune23, drawn at the same time by helper bt10 from the third digits c-f, is blind).
The rule and the seed were fixed (and this script committed) before any article was read; the articles are coded by
hand (helper bt11) before rasd is run on them, and the first run is reported as it came out. No rule is changed for it.

Rule: tune22's (``select_events_tune22.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20261724``);
* content of **1,501-4,000 characters** (:data:`CHARS`);
* the helpers' hash range (``draws.in_range3``): the second-to-last hex digit of ``sha1(url)`` a digit ``0``-``9``
  (``HASH_DIGITS`` = :data:`draws.DIGITS`) **and** the third-from-last in ``0``-``9 a b`` (``THIRD_DIGITS``), so
  that no round-17 blind draw (third digit c-f) can meet it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND17C_FILES`, ``ROUND17_FILES`` and every file written this round before it
  (``events_tune21.jsonl``, ``events_tune22.jsonl``, ``events_sentences22.jsonl``, ``claims_check15.jsonl``,
  ``events_rowjudge4.jsonl``), by (zip date, url) key only; ``events_tune23.jsonl`` did not exist when this was drawn
  and its range (third digit c-f) is disjoint from this one;
* sizes :data:`SIZES` (yemen 4, syria 4, iraq 2, libya 1, egypt 2, palestine 2, saudi_border 1) and 2 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune24.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND17C_FILES, PlaceDraw

SEED = 20261724
#: the second-to-last hex digits of sha1(url) this draw may take (round 17's rule: a digit 0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (the helpers' range: not round 17's blind c-f)
THIRD_DIGITS = frozenset("0123456789ab")
#: content length in characters (min, max), both included: longer than every earlier tune file's
CHARS = (1501, 4000)
SIZES = {"yemen": 4, "syria": 4, "iraq": 2, "libya": 1, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 2
#: round 17's start files and every file written this round before this draw (a later file changes nothing)
EXCLUDED_FILES = ROUND17C_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
