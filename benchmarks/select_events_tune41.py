"""Draw the forty-first events tune file (``data/events_tune41.jsonl``) from SaudiNewsNet.

Round 31: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 30's
tune40 (released to tuning at round 31's start). The rule, the seed and the sizes were fixed (and this script
committed) before any article was drawn or read; the articles are coded by hand (helper bt27) before rasd is run on
them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune40's (``select_events_tune40.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``, tune38's
``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's ``near_copies``, its :class:`ContentAwareDraw`
reused as it is) with

* a new seed (``SEED = 20312041``);
* content of **250-3,000 characters** (:data:`CHARS`);
* **a new region** for events articles: the second-to-last hex digit of ``sha1(url)`` a digit ``0``-``9``
  (``HASH_DIGITS`` = :data:`draws.DIGITS`; a-f's syria pool is spent and round 31's claims check30 takes a-f) and the
  third-from-last in ``c``-``f`` (``THIRD_DIGITS`` = :data:`draws.ROUND31_EVENTS_THIRD`: claims check22-check28's
  region, never an events tune draw's since, and outside the helpers' fresh range, whose third-from-last is 0-9, a,
  b; check30's second-to-last a-f cannot meet it);
* ``EXCLUDED_FILES``: :data:`draws.ROUND31_FILES` (every annotated file at round 31's start, round 30's released
  tune40, check29 and rowjudge8 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`, the texts of every excluded key's article and of
  ``claims_judged18.jsonl``'s urls);
* sizes :data:`SIZES` (yemen 6, syria 4, egypt 2) and 4 negatives, **decided before the draw** from the pools'
  counts the lead gave for this range after ROUND31_FILES (250-3,000 characters, pool words on title + head as
  ``draw_by_place`` does): yemen 22, syria 8, egypt 4, negatives 141, the other place pools (iraq, libya,
  palestine, saudi_border) empty (a size of 0, which keeps tune8's pools and their order).
  Syria takes half its pool (4 of 8) and egypt half of its (2 of 4), so a later round keeps some; yemen takes 6 of
  22 (the last files were mostly Yemen: tune40 10 of 14); the negatives keep 4. 16 articles in all when every pool
  is full (the copy exclusions may leave a pool short).

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune41.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND31_EVENTS_THIRD, ROUND31_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20312041
#: the second-to-last hex digits of sha1(url) this draw may take (0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 31's events digits: c-f)
THIRD_DIGITS = ROUND31_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 6, "syria": 4, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file at round 31's start
EXCLUDED_FILES = ROUND31_FILES

RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
