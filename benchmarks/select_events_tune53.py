"""Draw the fifty-third events tune file (``data/events_tune53.jsonl``) from SaudiNewsNet.

Round 41's SECOND blind events file of SHORT articles, in round 41's ADDED lead region: tune52 (region 9, 250-1,500
characters) found every place pool there empty after the exclusions and gave 4 scored events in 9 articles, so the
lead took the second-to-last digit 8 as well (``draws.ROUND41_BLIND_SECOND``). The rule, the region, the seed and the
sizes were fixed (and this script committed) before any article was drawn or read; the articles are coded by hand
(helper bt39) before rasd is run on them, and the lead scores the first run as it comes out. No rule is changed for
it.

Rule: tune51's and tune52's exactly (tune48's: tune40's :class:`ContentAwareDraw` with tune8's place pools and the
negatives, then tune47's added ``elsewhere`` pool of articles whose CONTENT holds at least
:data:`select_events_tune48.MIN_BATTLE` (3) battle words: tune48's :class:`ElsewhereDraw` and :func:`elsewhere`
reused as they are) with

* a new seed (``SEED = 20412053``);
* content of **250-3,000 characters** (:data:`CHARS` = :data:`draws.ROUND41_EVENTS_B_CHARS`, both bounds included);
* **round 41's added lead region**: the second-to-last hex digit of ``sha1(url)`` is ``8`` (``HASH_DIGITS`` =
  :data:`draws.ROUND41_BLIND_SECOND`; helpers' fresh samples take ``0``-``7`` from round 42 on,
  :data:`draws.FRESH_SECOND_42`; round 41's helpers, briefed before, sampled 0-8 to read what their changes altered,
  never annotating) and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` = :data:`draws.ROUND41_EVENTS_B_THIRD`;
  8-f of the region is left for later claims draws). Round 41's tune52 and check40 took region 9, so neither can meet
  this one;
* ``EXCLUDED_FILES``: :data:`draws.ROUND41_B_FILES` (every annotated file now: :data:`draws.ROUND41_FILES` plus this
  round's blind ``events_tune52.jsonl`` and ``claims_check40.jsonl``, read for their keys, urls and content hashes
  only), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same stripped content, content
  hash, and 50 % or more of an article's distinct six-word runs shared with ONE annotated text:
  :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, :data:`NEGATIVES` negatives and :data:`ELSEWHERE`, **decided before the draw**. Counted by bt39
  (counts and lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (785
  articles of the region and length; 102 of them excluded by key and 89 more by the copy exclusions, 594 left; pool
  words on title + head, as ``draw_by_place`` does): with no file excluded the place pools held yemen 19, syria 10,
  iraq 4, libya 2, egypt 3, palestine 1 (39; and 44 negatives, 16 elsewhere) — after the exclusions **every place pool
  is empty** (earlier files annotated or copied them all); negatives 23 (387-2,519 characters); the elsewhere pool 4
  battle heads naming no place of tune8's pools, not negative-pool heads, with 3 or more battle words in their content
  (815, 1,213, 1,299, 2,382 characters; 8 with 2 or more, 25 with 1 or more: not this rule's). Sizes: every place pool
  0 (all they have; a size of 0 keeps tune8's pools and their order), 3 negatives (the brief's), elsewhere 4 (all the
  pool has): **7 articles** in all, under the brief's 18-22: the rule's pools hold no more conflict articles (4), the
  brief fixes the negatives at 3, and tune51's and tune52's precedent adds nothing to reach a size, so nothing is
  added.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune53.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND41_B_FILES, ROUND41_BLIND_SECOND, ROUND41_EVENTS_B_CHARS, ROUND41_EVENTS_B_THIRD
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import MIN_BATTLE, ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20412053
#: the second-to-last hex digits of sha1(url) this draw may take (round 41's added lead region: 8)
HASH_DIGITS = ROUND41_BLIND_SECOND
#: ... and the third-from-last (tune53's digits: 0-7)
THIRD_DIGITS = ROUND41_EVENTS_B_THIRD
#: content length in characters (min, max), both included
CHARS = ROUND41_EVENTS_B_CHARS
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 3
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 4
#: every annotated file now (round 41's tune52 and check40 among them)
EXCLUDED_FILES = ROUND41_B_FILES

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
