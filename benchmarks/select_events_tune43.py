"""Draw the forty-third events tune file (``data/events_tune43.jsonl``) from SaudiNewsNet.

Round 33: a **blind** file of LONGER articles (3,000-8,000 characters). The short articles of tune41/tune42's region
are spent (two yemen left), and the held-out half holds articles of every length, while the long files (tune22-tune27)
were the last long draw, rounds ago. The rule, the seed and the sizes were fixed (and this script committed) before
any article was drawn or read; the articles are coded by hand (helper bt29) before rasd is run on them, and the lead
scores the first run as it comes out. No rule is changed for it.

Rule: tune42's first part (``select_events_tune42.py``'s ``RULE``, i.e. tune40's :class:`ContentAwareDraw` reused as
it is: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools,
``BATTLE`` of ``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``) with

* a new seed (``SEED = 20332043``);
* content of **3,000-8,000 characters** (:data:`CHARS`);
* **tune42's region again**: the second-to-last hex digit of ``sha1(url)`` a digit ``0``-``9`` (``HASH_DIGITS`` =
  :data:`draws.DIGITS`; round 33's claims check32 takes a-f) and the third-from-last in ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND33_EVENTS_THIRD`, outside the helpers' fresh range, whose third-from-last is
  0-9, a, b; check32's second-to-last a-f cannot meet it); tune42's own articles are excluded by ROUND33_FILES;
* ``EXCLUDED_FILES``: :data:`draws.ROUND33_FILES` (every annotated file at round 33's start, round 32's released
  tune42, check31 and rowjudge10 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES` (yemen 3, syria 3, egypt 1, palestine 1) and 1 negative, **decided before the draw**. The lead's
  counts for this range after ROUND33_FILES, before the copy exclusions (3,000-8,000 characters, pool words on title
  + head as ``draw_by_place`` does): yemen 20, syria 8, egypt 2, palestine 2, iraq 1 (negatives 24). Counted again
  (counts only: no title, url or text printed or read) after the copy exclusions, with this rule's region, length and
  exclusions: yemen 14, syria 7, egypt 2, palestine 2, iraq 1, negatives 20 (tune42's lesson: its first part came out
  short because the counts were taken before the copy checks). Long articles take longer to code, so the file is
  kept to 9 articles: yemen 3 and syria 3 (about a fifth and under half of their pools, some left for a later
  round), egypt 1 and palestine 1 (half of each), iraq 0 (its one article kept for later), libya and saudi_border 0
  (empty; a size of 0 keeps tune8's pools and their order), 1 negative (the place pools' articles are often
  negatives as coded, as in tune41 and tune42). 9 articles in all when every pool is full.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune43.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND33_EVENTS_THIRD, ROUND33_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20332043
#: the second-to-last hex digits of sha1(url) this draw may take (0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 33's events digits, tune41/tune42's region: c-f)
THIRD_DIGITS = ROUND33_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (3000, 8000)
SIZES = {"yemen": 3, "syria": 3, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 1, "saudi_border": 0}
NEGATIVES = 1
#: every annotated file at round 33's start
EXCLUDED_FILES = ROUND33_FILES

RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
