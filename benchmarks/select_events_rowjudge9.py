"""Draw the articles of the ninth row-judgment file (``data/events_rowjudge9.jsonl``) from SaudiNewsNet.

Issue 12, round 31 (helper fp10): precision and recall on fresh news, measured a ninth time. Every discrete ACLED row
rasd gives at the tree of round 31's start (w0 = ca2c88a) on fresh articles is judged by hand with the rules of the
earlier row-judgment files (``select_events_rowjudge8.py``, round 30, and before it), and the events it missed are
listed; the lead re-runs the set at the round's end to count the true rows kept, the false rows gone and the missed
events found on news no rule was made on. The rule and the seed were fixed, and this script committed, before any
article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge8.py``'s (rowjudge4's place pools and clash words, the helpers' fresh hash range,
250-3,000 characters, copies and near copies of annotated texts left out) with

* a new seed, ``SEED = 20312909``;
* every annotated file of ``benchmarks/data/`` at round 31's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND31_FILES``: the eight earlier row-judgment files, tune40 and check29 among
  them), every copy (``select_events_tune38.copies_of_excluded``) and every near copy (rowjudge7's
  :func:`near_copies`, 50 % of six-word runs in one annotated text); round 31's blind tune41 takes a second-to-last
  ``0``-``9`` with a third-from-last ``c``-``f`` and check30 a second-to-last ``a``-``f``: neither can meet this draw;
* the clash-headed place pools (rowjudge8's: a pool's place and a clash word of ``BATTLE`` in the head, title + first
  ``HEAD_CHARS`` characters) are **spent**: counted before the draw (no seed involved), the range holds yemen 27,
  syria 5, egypt 2 of them by key, but every one is a copy (yemen 17, syria 5, egypt 1) or a near copy (yemen 10,
  egypt 1) of an annotated text, so :data:`SIZES` are all 0;
* so a second tier of place pools, new in this file (:data:`BODY_SIZES`, pools named ``<place>_body``): an article
  whose head names a pool's place (the first pool in rowjudge4's order wins) without a clash word, and whose
  content has a clash word of ``BATTLE`` somewhere below the head. Counted before the draw after every exclusion:
  yemen 54, syria 44, iraq 30, egypt 59, palestine 15, saudi_border 23, libya 1. Taken: yemen 7, syria 5, iraq 4,
  egypt 4, palestine 2, saudi_border 2, libya 1 (25 articles: news of the conflict countries where fighting is told
  in the body, the kind of article where rows are both found and wrongly made);
* :data:`NEGATIVES` 5 from the negative pool (rowjudge8's rule: no pool of either tier, the head has a violence or
  war word and a sport, economy, culture or politics topic word; 359 after the exclusions).

Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` (``take_from_pools``), a title already taken skipped.

Usage::

    python benchmarks/select_events_rowjudge9.py [--shared ../shared]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
import select_events_rowjudge7 as seventh
from draws import DIGITS, ROUND31_FILES, in_range3
from select_events_dev import HEAD_CHARS, NEGATIVE_POOLS, VIOLENCE, WAR_WORDS, print_draw, take_from_pools
from select_events_tune7 import BATTLE
from select_events_tune38 import copies_of_excluded

SEED = 20312909
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
#: rowjudge8's clash-headed place pools: spent in this range after the exclusions
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: the second tier: the place in the head, a clash word only in the body
BODY_SIZES = {"yemen": 7, "syria": 5, "iraq": 4, "libya": 1, "egypt": 4, "palestine": 2, "saudi_border": 2}
NEGATIVES = 5
#: every annotated file of ``benchmarks/data/`` at round 31's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND31_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = seventh.SHARE


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """rowjudge7's near copies (the same hash range, length and share as this draw's)."""
    assert (seventh.MIN_CHARS, seventh.MAX_CHARS, seventh.THIRD_DIGITS) == (MIN_CHARS, MAX_CHARS, THIRD_DIGITS)
    return seventh.near_copies(rows, skip)


def pool_of(article: dict[str, Any]) -> str | None:
    """The pool of one article of the right length: a clash-headed place pool's name, ``<place>_body`` (the place in
    the head, a clash word only below it), ``negative``, or ``None``."""
    content = article.get("content") or ""
    head = (article.get("title") or "") + " " + content[:HEAD_CHARS]
    place = next((name for name, pattern, _ in pools() if re.search(pattern, head)), None)
    if place is not None and BATTLE.search(head):
        return place
    if place is not None and BATTLE.search(content):
        return f"{place}_body"
    topics = [re.compile(p) for _, p, _ in NEGATIVE_POOLS]
    if (VIOLENCE.search(head) or WAR_WORDS.search(head)) and any(t.search(head) for t in topics):
        return "negative"
    return None


def sizes() -> dict[str, int]:
    """How many each pool gives, in the order the pools are taken."""
    return SIZES | {f"{name}_body": n for name, n in BODY_SIZES.items()} | {"negative": NEGATIVES}


def candidates(
    rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each pool's articles: the hash range and the length, none of ``skip``."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name in sizes()}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in skip or not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        if not in_range3(a.get("url"), THIRD_DIGITS, HASH_DIGITS):
            continue
        name = pool_of(a)
        if name is not None:
            out[name].append((zip_date, a))
    return out


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples, pool by pool, the copies and near copies of the skipped articles
    skipped too."""
    left_out = skip | copies_of_excluded(rows, skip) | near_copies(rows, skip)
    return take_from_pools(candidates(rows, left_out), sizes(), SEED)


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
