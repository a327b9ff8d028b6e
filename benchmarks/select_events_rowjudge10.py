"""Draw the articles of the tenth row-judgment file (``data/events_rowjudge10.jsonl``) from SaudiNewsNet.

Issue 12, round 32 (helper fp11): precision and recall on fresh news, measured a tenth time. Every discrete ACLED row
rasd gives at the tree of round 32's start (w0 = 0bbe288) on fresh articles is judged by hand with the rules of the
earlier row-judgment files (``select_events_rowjudge9.py``, round 31, and before it), and the events it missed are
listed; the lead re-runs the set at the round's end to count the true rows kept, the false rows gone and the missed
events found on news no rule was made on. The rule and the seed were fixed, and this script committed, before any
article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge9.py``'s (rowjudge4's place pools and clash words, the helpers' fresh hash range,
250-3,000 characters, copies and near copies of annotated texts left out, the clash-headed tier and the body tier)
with

* a new seed, ``SEED = 20322910``;
* every annotated file of ``benchmarks/data/`` at round 32's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND32_FILES``: the nine earlier row-judgment files, tune41 and check30 among
  them), every copy (``select_events_tune38.copies_of_excluded``) and every near copy (rowjudge7's
  :func:`near_copies`, 50 % of six-word runs in one annotated text); round 32's blind tune42 takes a second-to-last
  ``0``-``9`` with a third-from-last ``c``-``f`` and check31 a second-to-last ``a``-``f``: neither can meet this draw;
* the clash-headed place pools are still **spent**: counted before the draw (no seed involved), the range holds
  yemen 27, syria 5, egypt 2 of them by key, every one a copy or a near copy of an annotated text, so :data:`SIZES`
  are all 0;
* the second tier (rowjudge9's ``<place>_body`` pools: the place in the head without a clash word, a clash word of
  ``BATTLE`` below the head), counted before the draw after every exclusion: yemen 47, syria 39, iraq 24, egypt 55,
  palestine 13, saudi_border 21, libya 0 (rowjudge9 took the one there was). Taken (:data:`BODY_SIZES`):
  rowjudge9's sizes with libya's one given to yemen, the largest pool: yemen 8, syria 5, iraq 4, egypt 4,
  palestine 2, saudi_border 2 (25 articles);
* :data:`NEGATIVES` 5 from the negative pool (rowjudge8's rule; 354 after the exclusions).

Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` (``take_from_pools``), a title already taken skipped.

Usage::

    python benchmarks/select_events_rowjudge10.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
import select_events_rowjudge9 as ninth
from draws import DIGITS, ROUND32_FILES, in_range3
from select_events_dev import print_draw, take_from_pools
from select_events_tune38 import copies_of_excluded

SEED = 20322910
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
#: rowjudge8's clash-headed place pools: still spent in this range after the exclusions
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: rowjudge9's second tier (the place in the head, a clash word only in the body); libya's is empty now
BODY_SIZES = {"yemen": 8, "syria": 5, "iraq": 4, "libya": 0, "egypt": 4, "palestine": 2, "saudi_border": 2}
NEGATIVES = 5
#: every annotated file of ``benchmarks/data/`` at round 32's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND32_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = ninth.SHARE


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """rowjudge7's near copies (the same hash range, length and share as this draw's)."""
    assert (ninth.MIN_CHARS, ninth.MAX_CHARS, ninth.THIRD_DIGITS, ninth.SHARE) == (
        MIN_CHARS,
        MAX_CHARS,
        THIRD_DIGITS,
        SHARE,
    )
    return ninth.near_copies(rows, skip)


def pool_of(article: dict[str, Any]) -> str | None:
    """rowjudge9's pool of one article of the right length (a clash-headed place pool, ``<place>_body``,
    ``negative`` or ``None``)."""
    return ninth.pool_of(article)


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
