"""Draw the forty-seventh events tune file (``data/events_tune47.jsonl``) from SaudiNewsNet.

Round 37: a **blind** file of SHORT-MEDIUM articles (1,501-3,000 characters), after round 36's tune46 of long ones
(its first run: P 0.526 R 0.588). The rule, the seed and the sizes were fixed (and this script committed) before any
article was drawn or read; the articles are coded by hand (helper bt33) before rasd is run on them, and the lead
scores the first run as it comes out. No rule is changed for it.

Rule: tune46's (``select_events_tune46.py``: tune40's :class:`ContentAwareDraw` reused as it is:
:class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of ``select_events_dev.py``, tune8's place pools, ``BATTLE`` of
``select_events_tune7.py``, tune38's ``copies_of_excluded``, tune39's ``copies_by_hash`` and tune40's
``near_copies``) with

* a new seed (``SEED = 20372047``);
* content of **1,501-3,000 characters** (:data:`CHARS`, both bounds included);
* **round 37's region**: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f`` (``HASH_DIGITS`` =
  :data:`draws.ROUND18_LONG_DIGITS`) and the third-from-last in ``0``-``7`` (``THIRD_DIGITS`` =
  :data:`draws.ROUND37_EVENTS_THIRD`). Round 37's claims check36 takes a-f with 8-f
  (:data:`draws.ROUND37_CLAIMS_THIRD`), so the two cannot meet; the helpers' fresh range has a second-to-last 0-9,
  so neither meets it;
* ``EXCLUDED_FILES``: :data:`draws.ROUND37_FILES` (every annotated file at round 37's start, round 36's released
  tune46, check35 and rowjudge14 among them), by (zip date, url) key; **and besides** tune40's copy exclusions (bare
  url, same stripped content, content hash, and 50 % or more of an article's distinct six-word runs shared with ONE
  annotated text: :data:`select_events_tune40.SHARE`);
* sizes :data:`SIZES` (yemen 1) and 2 negatives, **decided before the draw**, **plus** :data:`ELSEWHERE` articles of
  one added pool (below). Counted by bt33 (counts and lengths only: no title, url or text printed or read) with this
  rule's region, length and exclusions (1,506 articles of the region and length; 240 of them excluded by key and 154
  more by the copy exclusions; pool words on title + head, as ``draw_by_place`` does): yemen 1 (2,261 characters),
  syria 0, iraq 0, libya 0, egypt 0, palestine 0, saudi_border 0, negatives 36 after the title check (25 of
  1,501-2,250). The place pools are spent in this region at this length (rounds 20, 21 and 30 drew them), so tune8's
  pools alone give 3 articles against the brief's aim of 10-12. 81 articles left have a battle word in their head;
  61 of them name no place of tune8's pools and are not negative-pool articles (1,507-2,972 characters, 33 of
  1,501-2,000). Hence the added pool ``elsewhere`` (:func:`elsewhere`), taken AFTER tune8's pools and the negatives so
  that their draw is exactly tune46's rule's with these sizes (the strict draw is the file's ``yemen`` and
  ``negative`` records; the lead may score them alone): an article of the region, length and exclusions, not already
  drawn, whose head matches ``BATTLE`` and names no place of tune8's pools, and which is not a negative-pool article
  (its head does not match ``VIOLENCE`` or ``WAR_WORDS`` together with a topic of ``NEGATIVE_POOLS``); shuffled by
  ``random.Random(f"{SEED}:elsewhere")`` and taken as ``take_from_pools`` takes (a title already taken skipped).
  Sizes: yemen 1 (all the pool has), the empty pools 0 (a size of 0 keeps tune8's pools and their order), 2
  negatives (the brief's), elsewhere 7: 10 articles in all when every pool is full, the low end of the brief's aim,
  so that every article can be coded by hand before the round's deadline.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune47.py [--shared ../shared]
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import partial
from typing import Any

from draws import ROUND18_LONG_DIGITS, ROUND37_EVENTS_THIRD, ROUND37_FILES, in_range3
from select_events_dev import HEAD_CHARS, NEGATIVE_POOLS, VIOLENCE, WAR_WORDS
from select_events_tune7 import BATTLE
from select_events_tune39 import copies_by_hash, copies_of_excluded, excluded_hashes
from select_events_tune40 import ContentAwareDraw, bare_url, judged_urls, near_copies

__all__ = ["bare_url", "near_copies"]

SEED = 20372047
#: the second-to-last hex digits of sha1(url) this draw may take (a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 37's events digits: 0-7)
THIRD_DIGITS = ROUND37_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (1501, 3000)
SIZES = {"yemen": 1, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
#: the added pool's size: battle heads naming no place of tune8's pools, drawn after them
ELSEWHERE = 7
#: every annotated file at round 37's start
EXCLUDED_FILES = ROUND37_FILES


def _head(a: dict[str, Any]) -> str:
    return (a.get("title") or "") + " " + (a.get("content") or "")[:HEAD_CHARS]


@dataclass(frozen=True)
class ElsewhereDraw(ContentAwareDraw):
    """:class:`ContentAwareDraw` (tune46's rule with this round's constants), then ``elsewhere`` articles."""

    elsewhere: int = 0

    def draw(
        self, rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
    ) -> list[tuple[str, str, dict[str, Any]]]:
        chosen = super().draw(rows, skip)
        return chosen + elsewhere(self, rows, skip, chosen, self.elsewhere)


def elsewhere(
    rule: ContentAwareDraw,
    rows: list[tuple[str, dict[str, Any]]],
    skip: set[tuple[str, str]],
    chosen: list[tuple[str, str, dict[str, Any]]],
    size: int,
) -> list[tuple[str, str, dict[str, Any]]]:
    """``size`` (``"elsewhere"``, zip date, article) triples: articles of ``rule``'s region and length, not in ``skip``
    nor its copies (tune40's exclusions, as :meth:`ContentAwareDraw.draw` computes them) nor ``chosen``, whose head
    matches ``BATTLE``, names no place of ``rule``'s pools and is not a negative-pool head; shuffled by
    ``random.Random(f"{SEED}:elsewhere")``, a title already taken (in ``chosen`` or before) skipped."""
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
        pool.append((z, a))
    random.Random(f"{SEED}:elsewhere").shuffle(pool)
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
#: tune46's rule with this round's constants alone (the file's yemen and negative records)
STRICT = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
