"""Draw the fifty-fourth events tune file (``data/events_tune54.jsonl``) from SaudiNewsNet.

Round 42's blind events file of LONGER articles, in round 41's added lead region: round 41's tune52 and tune53 found
the short conflict articles of both lead regions spent (every place pool empty after the exclusions), so the lead
fixed (``draws.py``, round 42's block, before any count) that tune54 takes the region's longer articles where tune53
stopped. The rule, the region, the seed and the sizes were fixed (and this script committed) before any article was
drawn or read; the articles are coded by hand (helper bt40) before rasd is run on them, and the lead scores the first
run as it comes out. No rule is changed for it.

Rule: tune51's and tune53's exactly (tune48's: tune40's :class:`ContentAwareDraw` with tune8's place pools and the
negatives, then tune47's added ``elsewhere`` pool of articles whose CONTENT holds at least
:data:`select_events_tune48.MIN_BATTLE` (3) battle words: tune48's :class:`ElsewhereDraw` and :func:`elsewhere`
reused as they are) with

* a new seed (``SEED = 20422054``);
* content of **3,001-8,000 characters** (:data:`CHARS` = :data:`draws.ROUND42_EVENTS_CHARS`, both bounds included);
* **round 41's added lead region**: the second-to-last hex digit of ``sha1(url)`` is ``8`` (``HASH_DIGITS`` =
  :data:`draws.ROUND41_BLIND_SECOND`; helpers' fresh samples take ``0``-``7``, :data:`draws.FRESH_SECOND_42`) and the
  third-from-last in ``0``-``7`` (``THIRD_DIGITS`` = :data:`draws.ROUND42_EVENTS_THIRD`). Round 42's claims check41
  takes the region's third-from-last ``8``-``f`` (:data:`draws.ROUND42_CLAIMS_THIRD`), so the two cannot meet; tune53
  took this region's 250-3,000 characters, so neither can it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND42_FILES` (every annotated file now: round 41's tune52, tune53 and check40
  among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same stripped content,
  content hash, and 50 % or more of an article's distinct six-word runs shared with ONE annotated text:
  :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, :data:`NEGATIVES` negatives and :data:`ELSEWHERE`, **decided before the draw**. Counted by bt40
  (counts and lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (121
  articles of the region and length; 13 of them excluded by key and 14 more by the copy exclusions, 94 left; pool
  words on title + head, as ``draw_by_place`` does): with no file excluded the place pools held yemen 6, syria 2,
  iraq 1, palestine 1, libya, egypt and saudi_border 0 (10; and 11 negatives, 4 elsewhere) — after the exclusions
  yemen 3 (3,643, 4,548, 6,897 characters), syria 2 (4,024, 4,077), every other place pool empty; negatives 8
  (3,205-7,880 characters); the elsewhere pool 3 battle heads naming no place of tune8's pools, not negative-pool
  heads, with 3 or more battle words in their content (3,816, 4,855, 5,423 characters; 3 with 2 or more, 7 with 1 or
  more: not this rule's). Sizes: yemen 3 and syria 2 (all each pool has), the empty pools 0 (a size of 0 keeps tune8's
  pools and their order), 2 negatives (the brief's), elsewhere 3 (all the pool has): **10 articles** in all, inside
  the brief's 8-11; Yemen's 3 of 10 stay under a third.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune54.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND41_BLIND_SECOND, ROUND42_EVENTS_CHARS, ROUND42_EVENTS_THIRD, ROUND42_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import MIN_BATTLE, ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20422054
#: the second-to-last hex digits of sha1(url) this draw may take (round 41's added lead region: 8)
HASH_DIGITS = ROUND41_BLIND_SECOND
#: ... and the third-from-last (round 42's events digits: 0-7)
THIRD_DIGITS = ROUND42_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = ROUND42_EVENTS_CHARS
SIZES = {"yemen": 3, "syria": 2, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 3
#: every annotated file now (round 41's tune52, tune53 and check40 among them)
EXCLUDED_FILES = ROUND42_FILES

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
