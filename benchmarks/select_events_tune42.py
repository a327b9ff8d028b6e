"""Draw the forty-second events tune file (``data/events_tune42.jsonl``) from SaudiNewsNet.

Round 32: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 31's
tune41 (released to tuning at round 32's start). The rule, the seed and the sizes were fixed (and this script
committed) before any article was drawn or read; the articles are coded by hand (helper bt28) before rasd is run on
them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune41's (``select_events_tune41.py``, i.e. tune40's :class:`ContentAwareDraw` reused as it is:
:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools, ``BATTLE``
of ``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``) with

* a new seed (``SEED = 20322042``);
* content of **250-3,000 characters** (:data:`CHARS`);
* **tune41's region again**: the second-to-last hex digit of ``sha1(url)`` a digit ``0``-``9`` (``HASH_DIGITS`` =
  :data:`draws.DIGITS`; round 32's claims check31 takes a-f) and the third-from-last in ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND32_EVENTS_THIRD`, outside the helpers' fresh range, whose third-from-last
  is 0-9, a, b; check31's second-to-last a-f cannot meet it); tune41's own articles are excluded by
  ROUND32_FILES;
* ``EXCLUDED_FILES``: :data:`draws.ROUND32_FILES` (every annotated file at round 32's start, round 31's released
  tune41, check30 and rowjudge9 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES` (yemen 6, syria 4, egypt 2) and 4 negatives, **decided before the draw** from the pools'
  counts the lead gave for this range after ROUND32_FILES (250-3,000 characters, pool words on title + head as
  ``draw_by_place`` does): yemen 16, syria 4, egypt 2, negatives 137, the other place pools (iraq, libya,
  palestine, saudi_border) empty (a size of 0, which keeps tune8's pools and their order).
  Syria and egypt take what is left of their pools (4 and 2: the only non-Yemen conflict news in this range), yemen
  6 of 16 (the last files were mostly Yemen), the negatives keep 4. 16 articles in all when every pool is full (the
  copy exclusions may leave a pool short).

One long round-up: tune41's scored events sat mostly in one round-up article. The draw is not changed for it (a
length or event cap would be a new rule, read after seeing articles); the 3,000-character ceiling already bounds a
round-up, and the file's README section gives the events per article so that the lead can read any pooled score
with and without the largest article.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune42.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND32_EVENTS_THIRD, ROUND32_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20322042
#: the second-to-last hex digits of sha1(url) this draw may take (0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 32's events digits, tune41's region: c-f)
THIRD_DIGITS = ROUND32_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 6, "syria": 4, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file at round 32's start
EXCLUDED_FILES = ROUND32_FILES

RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
