"""Draw the articles of the twenty-third events tune file (``data/events_tune23.jsonl``) from SaudiNewsNet.

Issue 12, round 17c: a second blind measure of the events code on **longer** articles (tune22, the first, gave 0.52 P
on its first run; round 18 works on long articles and needs a file it has not seen). The rule is tune22's with a new
seed and new pool sizes; the seed was fixed (and this script committed) before any article was read; the articles are
coded by hand before rasd is run on them (the coder, helper bt10, never runs rasd on them). No rule is changed for it.

Rule: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py`` (tune8's place pools,
``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20261723``);
* content of **1,501–4,000 characters** (:data:`CHARS`, tune22's range);
* round 17's hash rule (``draws.in_range3``): the second-to-last hex digit of ``sha1(url)`` a digit ``0``–``9``
  (``HASH_DIGITS`` = :data:`draws.DIGITS`) **and** the third-from-last in ``c d e f`` (``THIRD_DIGITS``);
* ``EXCLUDED_FILES``: :data:`draws.ROUND17C_FILES`, ``ROUND17_FILES`` and every file written this round before it
  (``events_tune21.jsonl``, ``events_tune22.jsonl``, ``events_sentences22.jsonl``, ``claims_check15.jsonl``,
  ``events_rowjudge4.jsonl``; tune24, drawn at the same time by helper bt11 from the other third-from-last digits,
  did not exist yet and cannot overlap), by (zip date, url) key only; the ``events_dev_heldout_*`` files are the dev
  set's held-out articles, already left out by ``events_dev.jsonl``'s keys, and are not read;
* sizes :data:`SIZES` (yemen 4, syria 4, iraq 2, libya 1, egypt 2, palestine 2, saudi_border 1) and 2 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune23.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND17C_FILES, PlaceDraw

SEED = 20261723
#: the second-to-last hex digits of sha1(url) this draw may take (round 17's rule: a digit 0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 17's blind range)
THIRD_DIGITS = frozenset("cdef")
#: content length in characters (min, max), both included: tune22's range
CHARS = (1501, 4000)
SIZES = {"yemen": 4, "syria": 4, "iraq": 2, "libya": 1, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 2
#: round 17's start files and the blind files written this round before this draw (a later file changes nothing)
EXCLUDED_FILES = ROUND17C_FILES


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
