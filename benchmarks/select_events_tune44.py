"""Draw the forty-fourth events tune file (``data/events_tune44.jsonl``) from SaudiNewsNet.

Round 34: a second **blind** file of LONGER articles (3,000-8,000 characters). tune43, round 33's first long blind
file in many rounds, scored P 0.550 R 0.759 at its first run: long articles are where precision falls, and a second
long file makes that measure less noisy. The rule, the seed and the sizes were fixed (and this script committed)
before any article was drawn or read; the articles are coded by hand (helper bt30) before rasd is run on them, and the
lead scores the first run as it comes out. No rule is changed for it.

Rule: tune43's (``select_events_tune43.py``: tune40's :class:`ContentAwareDraw` reused as it is:
:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools, ``BATTLE`` of
``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``) with

* a new seed (``SEED = 20342044``);
* content of **3,000-8,000 characters** (:data:`CHARS`), as tune43;
* **tune43's region again**: the second-to-last hex digit of ``sha1(url)`` a digit ``0``-``9`` (``HASH_DIGITS`` =
  :data:`draws.DIGITS`; round 34's claims check33 takes a-f) and the third-from-last in ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND34_EVENTS_THIRD`, outside the helpers' fresh range, whose third-from-last is
  0-9, a, b; check33's second-to-last a-f cannot meet it); tune43's own articles are excluded by ROUND34_FILES;
* ``EXCLUDED_FILES``: :data:`draws.ROUND34_FILES` (every annotated file at round 34's start, round 33's released
  tune43, check32 and rowjudge11 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES` (yemen 3, syria 2, iraq 1, egypt 1, palestine 1) and 1 negative, **decided before the draw**.
  bt29's counts of this range after ROUND33_FILES and the copy checks were yemen 14, syria 7, egypt 2, palestine 2,
  iraq 1, negatives 20, of which tune43 took yemen 3, syria 3, egypt 1, palestine 1 and 1 negative. Counted again by
  bt30 (counts only: no title, url or text printed or read) with this rule's region, length and exclusions
  (ROUND34_FILES and the copy exclusions; pool words on title + head, as ``draw_by_place`` does): yemen 11, syria 4,
  iraq 1, egypt 1, palestine 1, libya 0, saudi_border 0, negatives 19. Long articles take longer to code, so the file
  is kept to 9 articles: yemen 3 (over a quarter of its pool, some left for a later round), syria 2 (half), iraq 1,
  egypt 1 and palestine 1 (each pool's last article), libya and saudi_border 0 (empty; a size of 0 keeps tune8's pools
  and their order), 1 negative. 9 articles in all when every pool is full.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune44.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND34_EVENTS_THIRD, ROUND34_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20342044
#: the second-to-last hex digits of sha1(url) this draw may take (0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 34's events digits, tune41-tune43's region: c-f)
THIRD_DIGITS = ROUND34_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (3000, 8000)
SIZES = {"yemen": 3, "syria": 2, "iraq": 1, "libya": 0, "egypt": 1, "palestine": 1, "saudi_border": 0}
NEGATIVES = 1
#: every annotated file at round 34's start
EXCLUDED_FILES = ROUND34_FILES

RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
