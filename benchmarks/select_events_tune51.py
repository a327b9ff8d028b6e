"""Draw the fifty-first events tune file (``data/events_tune51.jsonl``) from SaudiNewsNet.

Round 40: a **blind** file of MEDIUM and LONG articles (1,501-8,000 characters) from round 40's NEW blind region,
after round 39's tune49 and tune50 found the lead-held a-f digits' long conflict articles spent (16 articles, 14 of
them eventless). The rule, the region, the seed and the sizes were fixed (and this script committed) before any
article was drawn or read; the articles are coded by hand (helper bt37) before rasd is run on them, and the lead scores
the first run as it comes out. No rule is changed for it.

Rule: tune48's exactly (``select_events_tune48.py``: tune40's :class:`ContentAwareDraw` with tune8's place pools and
the negatives, then tune47's added ``elsewhere`` pool of articles whose CONTENT holds at least
:data:`select_events_tune48.MIN_BATTLE` (3) battle words: tune48's :class:`ElsewhereDraw` and :func:`elsewhere`
reused as they are) with

* a new seed (``SEED = 20402051``);
* content of **1,501-8,000 characters** (:data:`CHARS` = :data:`draws.ROUND40_EVENTS_CHARS`, both bounds included);
* **round 40's NEW blind region**: the second-to-last hex digit of ``sha1(url)`` is ``9`` (``HASH_DIGITS`` =
  :data:`draws.ROUND40_BLIND_SECOND`, the lead's from round 40 on: helpers' fresh samples take ``0``-``8``,
  :data:`draws.FRESH_SECOND`) and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` =
  :data:`draws.ROUND40_EVENTS_THIRD`). Round 40's claims check39 takes 9 with 8-f (:data:`draws.ROUND40_CLAIMS_THIRD`),
  so the two cannot meet; the fresh range (second-to-last 0-8) cannot meet either;
* ``EXCLUDED_FILES``: :data:`draws.ROUND40_FILES` (every annotated file at round 40's start, round 39's released
  tune49, tune50 and check38 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url,
  same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, 2 negatives and :data:`ELSEWHERE`, **decided before the draw**. Counted by bt37 (counts and
  lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (390 articles
  of the region and length; 55 of them excluded by key and 62 more by the copy exclusions, 273 left; pool words on
  title + head, as ``draw_by_place`` does, before the title check): yemen 0, syria 2 (3,074, 4,038 characters),
  iraq 1 (3,119), libya 0, egypt 1 (3,677), palestine 0, saudi_border 0, negatives 11 (1,627-3,732 characters, 6 of
  them of 1,501-3,000); the elsewhere pool 11 battle heads naming no place of tune8's pools and not negative-pool
  heads, 3 of them with 3 or more battle words in their content (1,923, 2,006, 2,670 characters). Sizes: syria 2,
  iraq 1 and egypt 1 (all each pool has), the empty pools 0 (a size of 0 keeps tune8's pools and their order), 2
  negatives (the brief's), elsewhere 3 (all the pool has): **9 articles** in all, one under the brief's 10-12: the
  pools hold no more conflict articles under this rule (7 in all), and the brief fixes the negatives at 2, so nothing
  is added to reach 10.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune51.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND40_BLIND_SECOND, ROUND40_EVENTS_CHARS, ROUND40_EVENTS_THIRD, ROUND40_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import MIN_BATTLE, ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20402051
#: the second-to-last hex digits of sha1(url) this draw may take (round 40's blind region: 9)
HASH_DIGITS = ROUND40_BLIND_SECOND
#: ... and the third-from-last (round 40's events digits: 0-7)
THIRD_DIGITS = ROUND40_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = ROUND40_EVENTS_CHARS
SIZES = {"yemen": 0, "syria": 2, "iraq": 1, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 3
#: every annotated file at round 40's start
EXCLUDED_FILES = ROUND40_FILES

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
