"""Draw the fifty-second events tune file (``data/events_tune52.jsonl``) from SaudiNewsNet.

Round 41: a **blind** file of SHORT articles (250-1,500 characters: the held-out half's kind) from round 40's blind
region, where round 40 took every conflict article of 1,501-8,000 characters (tune51). The rule, the region, the seed
and the sizes were fixed (and this script committed) before any article was drawn or read; the articles are coded by
hand (helper bt38) before rasd is run on them, and the lead scores the first run as it comes out. No rule is changed
for it.

Rule: tune51's exactly (tune48's: tune40's :class:`ContentAwareDraw` with tune8's place pools and the negatives,
then tune47's added ``elsewhere`` pool of articles whose CONTENT holds at least
:data:`select_events_tune48.MIN_BATTLE` (3) battle words: tune48's :class:`ElsewhereDraw` and :func:`elsewhere`
reused as they are) with

* a new seed (``SEED = 20412052``);
* content of **250-1,500 characters** (:data:`CHARS` = :data:`draws.ROUND41_EVENTS_CHARS`, both bounds included);
* **round 40's blind region**: the second-to-last hex digit of ``sha1(url)`` is ``9`` (``HASH_DIGITS`` =
  :data:`draws.ROUND40_BLIND_SECOND`, the lead's: helpers' fresh samples take ``0``-``8``, :data:`draws.FRESH_SECOND`)
  and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` = :data:`draws.ROUND41_EVENTS_THIRD`). Round 41's claims
  check40 takes 9 with 8-f (:data:`draws.ROUND41_CLAIMS_THIRD`), so the two cannot meet; the fresh range
  (second-to-last 0-8) cannot meet either;
* ``EXCLUDED_FILES``: :data:`draws.ROUND41_FILES` (every annotated file at round 41's start, round 40's released
  tune51 and check39 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same
  stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE annotated
  text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, :data:`NEGATIVES` negatives and :data:`ELSEWHERE`, **decided before the draw**. Counted by bt38
  (counts and lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (535
  articles of the region and length; 64 of them excluded by key and 58 more by the copy exclusions, 413 left; pool words
  on title + head, as ``draw_by_place`` does): before the exclusions the place pools held yemen 11, syria 6, iraq 6,
  libya 1, egypt 6, palestine 1 (and 27 negatives) — after them **every place pool is empty** (earlier files annotated
  or copied them all); negatives 16 (301-1,457 characters); the elsewhere pool 6 battle heads naming no place of tune8's
  pools, not negative-pool heads, with 3 or more battle words in their content (546, 797, 832, 958, 1,213, 1,416
  characters; 9 with 2 or more, 21 with 1 or more: not this rule's). Sizes: every place pool 0 (all they have; a size of
  0 keeps tune8's pools and their order), 3 negatives (the brief's), elsewhere 6 (all the pool has): **9 articles** in
  all, under the brief's 18-22: the rule's pools hold no more conflict articles (6), the brief fixes the negatives at 3,
  and tune51's precedent adds nothing to reach a size, so nothing is added.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune52.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND40_BLIND_SECOND, ROUND41_EVENTS_CHARS, ROUND41_EVENTS_THIRD, ROUND41_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import MIN_BATTLE, ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20412052
#: the second-to-last hex digits of sha1(url) this draw may take (round 40's blind region: 9)
HASH_DIGITS = ROUND40_BLIND_SECOND
#: ... and the third-from-last (round 41's events digits: 0-7)
THIRD_DIGITS = ROUND41_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = ROUND41_EVENTS_CHARS
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 3
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 6
#: every annotated file at round 41's start
EXCLUDED_FILES = ROUND41_FILES

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
