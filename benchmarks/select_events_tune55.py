"""Draw the fifty-fifth events tune file (``data/events_tune55.jsonl``) from SaudiNewsNet.

Round 43's blind events file, in round 41's added lead region with the third-from-last halves swapped (``draws.py``,
round 43's block, fixed by the lead before any count): events took the region's third-from-last 0-7 in rounds 41-42
(tune53: 250-3,000 characters, tune54: 3,001-8,000) and claims 8-f (check41: 8 articles), so tune55 takes 8-f at
250-8,000 characters and claims check42 takes 0-7: the two cannot meet. The rule, the region, the seed and the sizes
were fixed (and this script committed) before any article was drawn or read; the articles are coded by hand (helper
bt41) before rasd is run on them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune51's, tune53's and tune54's (tune48's: tune40's :class:`ContentAwareDraw` with tune8's place pools and the
negatives, then tune47's added ``elsewhere`` pool: tune48's :class:`ElsewhereDraw` and :func:`elsewhere` reused as they
are) with

* a new seed (``SEED = 20432055``);
* content of **250-8,000 characters** (:data:`CHARS` = :data:`draws.ROUND43_EVENTS_CHARS`, both bounds included);
* **round 41's added lead region**: the second-to-last hex digit of ``sha1(url)`` is ``8`` (``HASH_DIGITS`` =
  :data:`draws.ROUND41_BLIND_SECOND`; helpers' fresh samples take ``0``-``7``, :data:`draws.FRESH_SECOND_42`) and the
  third-from-last in ``8``-``f`` (``THIRD_DIGITS`` = :data:`draws.ROUND43_EVENTS_THIRD`: events never drew there;
  claims check41 took 8 articles there, excluded as an annotated file). Round 43's claims check42 takes the region's
  third-from-last ``0``-``7`` (:data:`draws.ROUND43_CLAIMS_THIRD`), so the two cannot meet;
* ``EXCLUDED_FILES``: :data:`draws.ROUND43_FILES` (every annotated file now: round 42's tune54 and check41 among them),
  by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same stripped content, content hash, and
  50 % or more of an article's distinct six-word runs shared with ONE annotated text:
  :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, :data:`NEGATIVES` negatives and :data:`ELSEWHERE`, **decided before the draw**, and the added
  pool's bar :data:`MIN_BATTLE` **2** battle words in the content (tune48-54's 3; see below). Counted by bt41 (counts
  and lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (pool words
  on title + head, as ``draw_by_place`` does): with no file excluded the place pools held yemen 16, syria 9, iraq 2,
  libya 3, egypt 4, palestine 4, saudi_border 2 (40; and 45 negatives, 12 elsewhere at 3 battle words) — after the
  key exclusions alone yemen 3 and every other place pool empty, and after the copy exclusions **every place pool is
  empty** (earlier files, drawn before digit 8 became the lead's, annotated or copied them all); negatives 24 (322-
  4,984 characters, 4 above 3,000); the elsewhere pool with tune54's bar of 3 battle words in the content 5 battle heads
  naming no place of tune8's pools and not negative-pool heads (617, 2,553, 3,030, 3,744, 7,372 characters), **12 with
  2 or more** (273, 583, 617, 1,190, 1,417, 1,615, 1,758, 2,553, 3,030, 3,161, 3,744, 7,372), 26 with 1 or more. The
  brief asks 12-16 articles, about 25-35 events, 2-3 negatives: with every place pool empty the bar of 3 gives 5
  conflict articles, so the bar is set at 2 (the pool's articles with 3 or more are all among the 12; the bar of 1
  would take heads whose one battle word is the head's own). Sizes: every place pool 0 (all they have; a size of 0
  keeps tune8's pools and their order), **2 negatives** (the brief's 2-3; drawn by the seed from the 24), **elsewhere
  12** (all the pool has at the bar of 2): **14 articles** in all, inside the brief's 12-16. The length mix is the
  pool's, fixed by these counts before the draw: of the 12 elsewhere articles 8 are of 250-3,000 characters and **4
  above 3,000** (a third; the negatives' 2 as the seed gives them) - most short, a few long, as the region's conflict
  news is. The countries are the pool's: its heads name no place of tune8's pools, so none could be counted before
  reading; nothing is redrawn for a country.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune55.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND41_BLIND_SECOND, ROUND43_EVENTS_CHARS, ROUND43_EVENTS_THIRD, ROUND43_FILES
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20432055
#: the second-to-last hex digits of sha1(url) this draw may take (round 41's added lead region: 8)
HASH_DIGITS = ROUND41_BLIND_SECOND
#: ... and the third-from-last (round 43's events digits: 8-f)
THIRD_DIGITS = ROUND43_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = ROUND43_EVENTS_CHARS
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 12
#: the added pool's bar: battle words in the content (tune48-54: 3; 2 here, every place pool being empty)
MIN_BATTLE = 2
#: every annotated file now (round 42's tune54 and check41 among them)
EXCLUDED_FILES = ROUND43_FILES

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
