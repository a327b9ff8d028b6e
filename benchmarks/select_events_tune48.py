"""Draw the forty-eighth events tune file (``data/events_tune48.jsonl``) from SaudiNewsNet.

Round 38: a **blind** file of LONG articles (3,001-8,000 characters), after round 37's tune47 of short-medium ones
(its first run: 0 rows, 0 right of 1 event) and round 36's tune46 of long ones (P 0.526 R 0.588). The rule, the seed
and the sizes were fixed (and this script committed) before any article was drawn or read; the articles are coded by
hand (helper bt34) before rasd is run on them, and the lead scores the first run as it comes out. No rule is changed
for it.

Rule: tune47's (``select_events_tune47.py``: tune40's :class:`ContentAwareDraw` reused as it is:
:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools, ``BATTLE`` of
``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``; then tune47's added ``elsewhere`` pool) with

* a new seed (``SEED = 20382048``);
* content of **3,001-8,000 characters** (:data:`CHARS`, both bounds included);
* **round 38's region**: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f`` (``HASH_DIGITS`` =
  :data:`draws.ROUND18_LONG_DIGITS`) and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` =
  :data:`draws.ROUND38_EVENTS_THIRD`; round 36's long tune46 took 8-f there). Round 38's claims check37 takes a-f
  with 8-f (:data:`draws.ROUND38_CLAIMS_THIRD`), so the two cannot meet; the helpers' fresh range has a
  second-to-last 0-9, so neither meets it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND38_FILES` (every annotated file at round 38's start, round 37's released
  tune47 and check36 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare url, same
  stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE annotated
  text: :data:`select_events_tune40.SHARE`);
* **the added pool ``elsewhere`` takes only articles whose CONTENT holds at least** :data:`MIN_BATTLE` **(3) battle
  words** (``len(BATTLE.findall(content))``: a count by the script, not a reading), so that the file measures events
  rather than eventless articles (tune47's added pool gave 7 articles of 10 with no event: its heads' battle words
  were mostly other senses). Otherwise the pool is tune47's (:func:`elsewhere`): an article of the region, length and
  exclusions, not already drawn, whose head (title + first ``HEAD_CHARS`` characters) matches ``BATTLE`` and names no
  place of tune8's pools, and which is not a negative-pool article (its head does not match ``VIOLENCE`` or
  ``WAR_WORDS`` together with a topic of ``NEGATIVE_POOLS``); shuffled by ``random.Random(f"{SEED}:elsewhere")`` and
  taken as ``take_from_pools`` takes (a title already taken skipped); taken AFTER tune8's pools and the negatives, so
  that their draw is exactly tune46's rule's with these sizes (:data:`STRICT`; the lead may score those records
  alone);
* sizes :data:`SIZES`, 2 negatives and :data:`ELSEWHERE`, **decided before the draw**. Counted by bt34 (counts and
  lengths only: no title, url or text printed or read) with this rule's region, length and exclusions (801 articles
  of the region and length; 146 of them excluded by key and 66 more by the copy exclusions, 589 left; pool words on
  title + head, as ``draw_by_place`` does, before the title check): yemen 3 (3,331, 4,775, 5,448 characters), syria
  1 (7,225), iraq 0, libya 0, egypt 3 (3,192, 3,541, 5,633), palestine 0, saudi_border 0, negatives 33 (25 of
  3,001-6,000); the elsewhere pool 39 battle heads of which 20 hold 3 or more battle words in their content
  (3,036-7,244 characters, 14 of 3,001-6,000). Sizes: yemen 3 and syria 1 (all each pool has), egypt 1 (two left
  for a later round), the empty pools 0 (a size of 0 keeps tune8's pools and their order), 2 negatives (the
  brief's), elsewhere 1: **8 articles** in all when every pool is full, the low end of the brief's 8-10, so that
  every long article can be coded by hand before the round's deadline (long articles: about 15-25 events expected).

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune48.py [--shared ../shared]
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import partial
from typing import Any

from draws import ROUND18_LONG_DIGITS, ROUND38_EVENTS_THIRD, ROUND38_FILES, in_range3
from select_events_dev import HEAD_CHARS, NEGATIVE_POOLS, VIOLENCE, WAR_WORDS
from select_events_tune7 import BATTLE
from select_events_tune39 import copies_by_hash, copies_of_excluded, excluded_hashes
from select_events_tune40 import ContentAwareDraw, bare_url, judged_urls, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20382048
#: the second-to-last hex digits of sha1(url) this draw may take (a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 38's events digits: 0-7)
THIRD_DIGITS = ROUND38_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (3001, 8000)
SIZES = {"yemen": 3, "syria": 1, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 1
#: the fewest ``BATTLE`` matches an added-pool article's content holds
MIN_BATTLE = 3
#: every annotated file at round 38's start
EXCLUDED_FILES = ROUND38_FILES


def _head(a: dict[str, Any]) -> str:
    return (a.get("title") or "") + " " + (a.get("content") or "")[:HEAD_CHARS]


def battle_words(content: str) -> int:
    """How many ``BATTLE`` matches ``content`` holds (a count, not a reading)."""
    return len(BATTLE.findall(content))


@dataclass(frozen=True)
class ElsewhereDraw(ContentAwareDraw):
    """:class:`ContentAwareDraw` (tune46's rule with this round's constants), then ``elsewhere`` articles."""

    elsewhere: int = 0
    min_battle: int = MIN_BATTLE

    def draw(
        self, rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
    ) -> list[tuple[str, str, dict[str, Any]]]:
        chosen = super().draw(rows, skip)
        return chosen + elsewhere(self, rows, skip, chosen, self.elsewhere, self.min_battle)


def elsewhere(
    rule: ContentAwareDraw,
    rows: list[tuple[str, dict[str, Any]]],
    skip: set[tuple[str, str]],
    chosen: list[tuple[str, str, dict[str, Any]]],
    size: int,
    min_battle: int = MIN_BATTLE,
) -> list[tuple[str, str, dict[str, Any]]]:
    """``size`` (``"elsewhere"``, zip date, article) triples: articles of ``rule``'s region and length, not in ``skip``
    nor its copies (tune40's exclusions, as :meth:`ContentAwareDraw.draw` computes them) nor ``chosen``, whose head
    matches ``BATTLE``, names no place of ``rule``'s pools and is not a negative-pool head, and whose content holds
    ``min_battle`` or more ``BATTLE`` matches; shuffled by ``random.Random(f"{rule.seed}:elsewhere")``, a title
    already taken (in ``chosen`` or before) skipped."""
    low, high = rule.chars
    assert rule.third_digits is not None
    mine = [
        (z, a)
        for z, a in rows
        if in_range3(a.get("url"), rule.third_digits, rule.hash_digits) and low <= len(a.get("content") or "") <= high
    ]
    texts = [(z, a) for z, a in rows if (z, a.get("url")) in skip or a.get("url") in judged_urls()]
    near = near_copies(mine + texts, skip, judged_urls())
    extra = copies_of_excluded(rows, skip) | copies_by_hash(rows, excluded_hashes(rule.excluded_files)) | near
    out_keys = skip | extra | {(z, a.get("url")) for _, z, a in chosen}
    places = [re.compile(pattern) for _, pattern, _ in rule.pools()]
    topics = [re.compile(pattern) for _, pattern, _ in NEGATIVE_POOLS]
    pool = []
    for z, a in mine:
        if (z, a.get("url")) in out_keys:
            continue
        head = _head(a)
        if not BATTLE.search(head) or any(p.search(head) for p in places):
            continue
        if (VIOLENCE.search(head) or WAR_WORDS.search(head)) and any(t.search(head) for t in topics):
            continue
        if battle_words(a.get("content") or "") < min_battle:
            continue
        pool.append((z, a))
    random.Random(f"{rule.seed}:elsewhere").shuffle(pool)
    titles = {" ".join((a.get("title") or "").split()) for _, _, a in chosen}
    taken: list[tuple[str, str, dict[str, Any]]] = []
    for z, a in pool:
        if len(taken) >= size:
            break
        title = " ".join((a.get("title") or "").split())
        if title in titles:
            continue
        titles.add(title)
        taken.append(("elsewhere", z, a))
    return taken


RULE = ElsewhereDraw(
    SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS, elsewhere=ELSEWHERE
)
#: tune46's rule with this round's constants alone (the file's place-pool and negative records)
STRICT = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
