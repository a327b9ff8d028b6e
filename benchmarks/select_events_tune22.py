"""Draw the articles of the twenty-second events tune file (``data/events_tune22.jsonl``) from SaudiNewsNet.

Issue 12, round 17: a blind measure of the events code on **longer** articles. Helper bt8 found that the corpus's
short conflict articles (250–1,500 characters, the length every tune file so far was drawn from) are nearly all
annotated (tune21 got 7 articles); real newspaper articles — the hidden test, the seed — are longer. The rule and the
seed were fixed (and this script committed) before any article was read; the articles are coded by hand before rasd
is run on them (the coder, helper bt9, never runs rasd on them). No rule is changed for it.

Rule: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py`` (tune8's place pools,
``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20261722``);
* content of **1,501–4,000 characters** (:data:`CHARS`; the tune files' 250–1,500 range ends where this one starts);
* round 17's hash rule (``draws.in_range3``): the second-to-last hex digit of ``sha1(url)`` a digit ``0``–``9``
  (``HASH_DIGITS`` = :data:`draws.DIGITS`) **and** the third-from-last in ``c d e f`` (``THIRD_DIGITS``);
* ``EXCLUDED_FILES``: :data:`draws.ROUND17_FILES` plus every file written this round before this draw
  (``events_tune21.jsonl``, ``events_sentences22.jsonl``, ``claims_check15.jsonl``), by (zip date, url) key only;
  the ``events_dev_heldout_*`` files are the dev set's held-out articles, already left out by ``events_dev.jsonl``'s
  keys, and are not read;
* sizes :data:`SIZES` (yemen 3, syria 3, iraq 3, libya 2, egypt 1, palestine 2, saudi_border 1) and 2 negatives.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune22.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND17_FILES, PlaceDraw

SEED = 20261722
#: the second-to-last hex digits of sha1(url) this draw may take (round 17's rule: a digit 0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 17's blind range)
THIRD_DIGITS = frozenset("cdef")
#: content length in characters (min, max), both included: longer than every earlier tune file's
CHARS = (1501, 4000)
SIZES = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 1, "palestine": 2, "saudi_border": 1}
NEGATIVES = 2
#: round 17's start files and the blind files written this round before this draw (a later file changes nothing)
EXCLUDED_FILES = (*ROUND17_FILES, "events_tune21.jsonl", "events_sentences22.jsonl", "claims_check15.jsonl")


RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
