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

**The top-up (amended after the first run of this rule, before any article's text was read).** The lead's counts
were taken before the copy exclusions. Run as committed, the rule gave 6 articles: egypt 2, negatives 4, and no
yemen or syria article: after the copy exclusions (most of the range's conflict articles are copies, under other
zip dates or urls, of articles already annotated, tune41's among them) the yemen pool of this range held 0 of its
16 and the syria pool 0 of its 4. Those 6 articles are kept as they are (their titles were seen; dropping any would
be a choice made on them). Counted (counts only) after the same exclusions over every region no other draw of
round 32 or the helpers' fresh samples can meet (second-to-last a-f with a third-from-last 8-f: claims check31
takes a-f with 0-7, the helpers 0-9 with 0-9, a, b): yemen 8 (third-from-last 8 1, 9 1, a 2, c 1, d 2, e 1), syria
0, egypt 0, negatives 120; the 0-9/c-f region above holds no yemen or syria article left. So the rule is topped up
with :data:`TOPUP`: :class:`ContentAwareDraw` with the same seed, exclusions and length over second-to-last a-f
(:data:`draws.ROUND18_LONG_DIGITS`) and third-from-last :data:`TOPUP_THIRD` (8-f), taking what the first part left
short of :data:`SIZES` (yemen 6, syria 4; egypt and the negatives are full, 0). The top-up's articles follow the
first part's in the file; one whose title the first part already took is skipped (nothing is redrawn). At most
16 articles; 12 expected (yemen 6 of 8).

Usage::

    python benchmarks/select_events_tune42.py [--shared ../shared]
"""

from __future__ import annotations

from typing import Any

from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND32_EVENTS_THIRD, ROUND32_FILES
from select_events_dev import print_draw
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
excluded_keys, pools = RULE.excluded_keys, RULE.pools

#: the top-up's region: second-to-last a-f (``draws.ROUND18_LONG_DIGITS``) with a third-from-last 8-f (claims
#: check31 takes a-f with 0-7)
TOPUP_DIGITS = ROUND18_LONG_DIGITS
TOPUP_THIRD = frozenset("89abcdef")
#: what the first part left short of SIZES (yemen 6, syria 4), decided from counts before the top-up was drawn
TOPUP_SIZES = {"yemen": 6, "syria": 4, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
TOPUP_NEGATIVES = 0
TOPUP = ContentAwareDraw(
    SEED, TOPUP_DIGITS, TOPUP_SIZES, TOPUP_NEGATIVES, EXCLUDED_FILES, third_digits=TOPUP_THIRD, chars=CHARS
)


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples: :data:`RULE`'s, then :data:`TOPUP`'s (a title already taken
    skipped)."""
    first = RULE.draw(rows, skip)
    titles = {a.get("title") for _, _, a in first}
    return first + [(p, z, a) for p, z, a in TOPUP.draw(rows, skip) if a.get("title") not in titles]


def main(argv: list[str] | None = None) -> int:
    """Print the draw, one JSON line per article."""
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
