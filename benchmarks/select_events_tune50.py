"""Draw the fiftieth events tune file (``data/events_tune50.jsonl``) from SaudiNewsNet.

Round 39's SECOND blind events file: round 39's first, tune49 (a-f / 0-7, 3,001-8,000 characters), found that
region's conflict pools spent (8 articles, 7 with no event, 1 scored event), so this draw moves to another region by
the lead's rule, fixed before any count. The rule, the region, the seed and the sizes were fixed (and this script
committed) before any article was drawn or read; the articles are coded by hand (helper bt36) before rasd is run on
them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune48's exactly (``select_events_tune48.py``: tune40's :class:`ContentAwareDraw` with tune8's place pools and
the negatives, then tune47's added ``elsewhere`` pool of articles whose CONTENT holds at least
:data:`select_events_tune48.MIN_BATTLE` (3) battle words: tune48's :class:`ElsewhereDraw` and :func:`elsewhere`
reused as they are) with

* a new seed (``SEED = 20392050``);
* the region by the lead's rule: **region A** = second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) with the third-from-last in ``8``-``f`` at **3,001-6,000
  characters**; **region B** = the same second-to-last digits with the third-from-last in ``0``-``7`` at
  8,001-12,000 characters; A is taken if its place pools hold 6 or more articles in all after every exclusion, else
  B; when B's hold fewer than 6 too, the region with more, with the elsewhere pool (tune48's 3-battle-word bar).
  Counted by bt36 (counts and lengths only: no title, url or text printed or read; pool words on title + head, as
  ``draw_by_place`` does): region A 644 articles of the region and length, 158 of them excluded by key and 47 more
  by the copy exclusions (439 left): yemen 1 (3,843 characters), syria 0, iraq 0, libya 0, egypt 0, palestine 0,
  saudi_border 0, negatives 16 (3,114-5,665 characters); 23 battle heads naming no place of tune8's pools and not
  negative-pool heads, 9 of them with 3 or more battle words in their content (3,032-5,768 characters). Region B
  42 articles, 3 excluded by key, none as copies (39 left): every place pool 0, negatives 0, elsewhere 0. Neither
  holds 6; A holds more (1 against 0) and is taken: ``THIRD_DIGITS`` = :data:`draws.ROUND39_EVENTS_B_THIRD` (8-f),
  :data:`CHARS` = :data:`draws.ROUND39_EVENTS_B_CHARS` (3,001-6,000, both bounds included). Round 39's claims check38
  takes a-f with 8-f at 6,001-10,000 characters, so the two cannot meet (by length); the helpers' fresh range has a
  second-to-last 0-9, so neither meets it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND39_EVENTS2_FILES` (every annotated file at round 39's start,
  ``draws.ROUND39_FILES``, and round 39's first blind events file ``events_tune49.jsonl``: only its keys and content
  hashes are read), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same stripped
  content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE annotated text:
  :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES`, 2 negatives and :data:`ELSEWHERE`, **decided before the draw** from the counts above: yemen 1
  (all the pool has), every other place pool 0 (a size of 0 keeps tune8's pools and their order), 2 negatives (the
  brief's), elsewhere 5 (of the 9): **8 articles** in all, the brief's aim, so that every long article can be coded
  by hand before the round's deadline (the place pools being spent, most of the file comes from the added pool).

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune50.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND39_EVENTS2_FILES, ROUND39_EVENTS_B_CHARS, ROUND39_EVENTS_B_THIRD
from select_events_tune40 import ContentAwareDraw, bare_url, near_copies
from select_events_tune48 import MIN_BATTLE, ElsewhereDraw, battle_words, elsewhere

__all__ = ["bare_url", "battle_words", "elsewhere", "near_copies"]

SEED = 20392050
#: the second-to-last hex digits of sha1(url) this draw may take (a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 39's second events region, region A: 8-f)
THIRD_DIGITS = ROUND39_EVENTS_B_THIRD
#: content length in characters (min, max), both included
CHARS = ROUND39_EVENTS_B_CHARS
SIZES = {"yemen": 1, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 5
#: every annotated file at round 39's start and round 39's first blind events file, tune49
EXCLUDED_FILES = ROUND39_EVENTS2_FILES

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
