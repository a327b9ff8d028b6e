"""Draw the forty-ninth events tune file (``data/events_tune49.jsonl``) from SaudiNewsNet.

Round 39: a **blind** file of LONG articles (3,001-8,000 characters), after round 38's tune48 of long ones from the
same region (its first run: 23 rows, 17 right of 20 events, P 0.739 R 0.850). The rule, the seed and the sizes were
fixed (and this script committed) before any article was drawn or read; the articles are coded by hand (helper bt35)
before rasd is run on them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune48's exactly (``select_events_tune48.py``: tune40's :class:`ContentAwareDraw` with tune8's place pools and
the negatives, then tune47's added ``elsewhere`` pool of articles whose CONTENT holds at least
:data:`select_events_tune48.MIN_BATTLE` (3) battle words: tune48's :class:`ElsewhereDraw` and :func:`elsewhere`
reused as they are) with

* a new seed (``SEED = 20392049``);
* content of **3,001-8,000 characters** (:data:`CHARS`, both bounds included);
* **round 39's region**: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f`` (``HASH_DIGITS`` =
  :data:`draws.ROUND18_LONG_DIGITS`) and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` =
  :data:`draws.ROUND39_EVENTS_THIRD`; tune48's region, whose 8 articles are excluded). Round 39's claims check38
  takes a-f with 8-f (:data:`draws.ROUND39_CLAIMS_THIRD`), so the two cannot meet; the helpers' fresh range has a
  second-to-last 0-9, so neither meets it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND39_FILES` (every annotated file at round 39's start, round 38's released
  tune48 and check37 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same
  stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE annotated
  text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, 2 negatives and :data:`ELSEWHERE`, **decided before the draw**. Counted by bt35 (counts and
  lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (801 articles
  of the region and length; 154 of them excluded by key and 66 more by the copy exclusions, 581 left; pool words on
  title + head, as ``draw_by_place`` does, before the title check): yemen 0, syria 0, iraq 0, libya 0, egypt 2
  (3,192, 3,541 characters), palestine 0, saudi_border 0, negatives 31 (24 of 3,001-6,000); the elsewhere pool 38
  battle heads of which 19 hold 3 or more battle words in their content (3,036-7,244 characters). tune48 found the
  pools nearly spent and they are: the place pools give what they have. Sizes: egypt 2 (all the pool has), every
  other place pool 0 (a size of 0 keeps tune8's pools and their order), 2 negatives (the brief's), elsewhere 4:
  **8 articles** in all, the low end of the brief's 8-10, so that every long article can be coded by hand before
  the round's deadline (long articles: about 15-25 events expected; the place pools being spent, half the file comes
  from the added pool).

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune49.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND39_EVENTS_THIRD, ROUND39_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import MIN_BATTLE, ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20392049
#: the second-to-last hex digits of sha1(url) this draw may take (a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 39's events digits: 0-7)
THIRD_DIGITS = ROUND39_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (3001, 8000)
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 4
#: every annotated file at round 39's start
EXCLUDED_FILES = ROUND39_FILES

RULE = ElsewhereDraw(
    SEED,
    HASH_DIGITS,
    SIZES,
    NEGATIVES,
    EXCLUDED_FILES,
    third_digits=THIRD_DIGITS,
    chars=CHARS,
    elsewhere=ELSEWHERE,
    min_battle=MIN_BATTLE,
)
#: tune46's rule with this round's constants alone (the file's place-pool and negative records)
STRICT = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
