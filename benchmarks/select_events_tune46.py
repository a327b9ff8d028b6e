"""Draw the forty-sixth events tune file (``data/events_tune46.jsonl``) from SaudiNewsNet.

Round 36: a fourth **blind** file of LONGER articles, after tune43, tune44 and tune45 (their first runs: P 0.688,
0.667 and 0.696; long articles are where precision falls). The rule, the seed and the sizes were fixed (and this
script committed) before any article was drawn or read; the articles are coded by hand (helper bt32) before rasd is
run on them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune45's (``select_events_tune45.py``: tune40's :class:`ContentAwareDraw` reused as it is:
:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools, ``BATTLE`` of
``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``) with

* a new seed (``SEED = 20362046``);
* content of **3,001-8,000 characters** (:data:`CHARS`, both bounds included as ``draw_by_place`` and
  ``ContentAwareDraw`` read them, so an article of exactly 3,000 characters is left out): round 36 splits its two
  blind draws by LENGTH, claims check35 taking 400-3,000 characters in the same second-to-last digits;
* **a new region**: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f`` (``HASH_DIGITS`` =
  :data:`draws.ROUND18_LONG_DIGITS`) and the third-from-last in ``8``, ``9``, ``a``-``f`` (``THIRD_DIGITS`` =
  :data:`draws.ROUND36_EVENTS_THIRD`; long articles there were last drawn by round 18). Round 36's claims check35 takes
  a-f with any third-from-last digit (:data:`draws.ROUND36_CLAIMS_THIRD`) but only articles of 400-3,000 characters,
  so the two cannot meet; the helpers' fresh range has a second-to-last 0-9, so neither meets it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND36_FILES` (every annotated file at round 36's start, round 35's released
  tune45, check34 and rowjudge13 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES` (yemen 4) and 2 negatives, **decided before the draw**. Counted by bt32 (counts and lengths
  only: no title, url or text printed or read) with this rule's region, length and exclusions (ROUND36_FILES and the
  copy exclusions; pool words on title + head, as ``draw_by_place`` does): yemen 5 (four of 3,001-6,000 characters:
  3,262, 3,843, 4,173, 4,332; one of 7,556), syria 0, iraq 0, libya 0, egypt 0, palestine 0, saudi_border 0,
  negatives 26 (19 of 3,001-6,000). Every pool but yemen is empty here, so the brief's 9-10 articles cannot be
  reached with its sizes: yemen 4 (the brief's 3-4; one of the five is left for a later round, and with four of five
  articles under 6,000 characters two long round-ups are unlikely, though the counts cannot tell a round-up from a
  single story), syria, iraq, libya, egypt, palestine and saudi_border 0 (empty pools; a size of 0 keeps tune8's
  pools and their order), 2 negatives (the brief's 1-2). 6 articles in all when every pool is full.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune46.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND36_EVENTS_THIRD, ROUND36_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20362046
#: the second-to-last hex digits of sha1(url) this draw may take (a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 36's events digits: 8, 9, a-f)
THIRD_DIGITS = ROUND36_EVENTS_THIRD
#: content length in characters (min, max), both included: 3,000 exactly is claims check35's
CHARS = (3001, 8000)
SIZES = {"yemen": 4, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: every annotated file at round 36's start
EXCLUDED_FILES = ROUND36_FILES

RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
