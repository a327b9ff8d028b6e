"""Draw the forty-fifth events tune file (``data/events_tune45.jsonl``) from SaudiNewsNet.

Round 35: a third **blind** file of LONGER articles (3,000-8,000 characters), after tune43 and tune44 (their first
runs: P 0.550 R 0.759 and P 0.667 R 0.727; long articles are where precision falls). The rule, the seed and the sizes
were fixed (and this script committed) before any article was drawn or read; the articles are coded by hand (helper
bt31) before rasd is run on them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune44's (``select_events_tune44.py``: tune40's :class:`ContentAwareDraw` reused as it is:
:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools, ``BATTLE`` of
``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``) with

* a new seed (``SEED = 20352045``);
* content of **3,000-8,000 characters** (:data:`CHARS`), as tune43 and tune44;
* **a new region**: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f`` (``HASH_DIGITS`` =
  :data:`draws.ROUND18_LONG_DIGITS`) and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` =
  :data:`draws.ROUND35_EVENTS_THIRD`): tune43/tune44's region (0-9 with c-f) is spent for long articles; round 35's
  claims check34 takes a-f with 8, 9, c-f (:data:`draws.ROUND35_CLAIMS_THIRD`), so the two cannot meet; the helpers'
  fresh range has a second-to-last 0-9, so neither meets it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND35_FILES` (every annotated file at round 35's start, round 34's released
  tune44, check33 and rowjudge12 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES` (yemen 4, syria 2, egypt 1) and 2 negatives, **decided before the draw**. Counted by bt31
  (counts and lengths only: no title, url or text printed or read) with this rule's region, length and exclusions
  (ROUND35_FILES and the copy exclusions; pool words on title + head, as ``draw_by_place`` does): yemen 7 (all of
  3,000-6,000 characters), syria 3 (one of 3,000-6,000), iraq 0, libya 0, egypt 4 (three of 3,000-6,000),
  palestine 0, saudi_border 0, negatives 35 (27 of 3,000-6,000). The file is kept to 9 articles: yemen 4 (the brief's
  3-4; every Yemen article of the pool is under 6,000 characters, so the long round-ups of tune44, 12 events each, are
  less likely, but the counts cannot tell a round-up from a single story), syria 2 (of 3; the 3,000-6,000 preference
  would leave one), egypt 1, iraq, libya, palestine and saudi_border 0 (empty pools; a size of 0 keeps tune8's pools
  and their order), 2 negatives. 9 articles in all when every pool is full.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune45.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND35_EVENTS_THIRD, ROUND35_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20352045
#: the second-to-last hex digits of sha1(url) this draw may take (a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 35's events digits: 0-7)
THIRD_DIGITS = ROUND35_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (3000, 8000)
SIZES = {"yemen": 4, "syria": 2, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: every annotated file at round 35's start
EXCLUDED_FILES = ROUND35_FILES

RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
