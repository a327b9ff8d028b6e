"""Draw the articles of the seventh row-judgment file (``data/events_rowjudge7.jsonl``) from SaudiNewsNet.

Issue 12, round 29 (helper fp8): precision on fresh news, measured a seventh time. Every discrete ACLED row rasd gives
at the tree of round 29's start (w0 = 9f96377) on fresh articles is judged by hand with the rules of the earlier
row-judgment files (``select_events_rowjudge6.py``, round 28, and before it); the lead re-runs the set at the round's
end to count the true rows kept and the false rows gone on news no rule was made on. The rule and the seed were fixed,
and this script committed, before any article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge6.py``'s (rowjudge4's place pools and clash words, ``draw_by_place`` of
``select_events_dev.py``) with

* a new seed, ``SEED = 20292907``;
* articles of 250-3,000 characters of ``content`` (:data:`MIN_CHARS`, :data:`MAX_CHARS`);
* the helpers' fresh hash range: ``sha1(url)[-2]`` a digit ``0``-``9`` **and** ``[-3]`` in ``0``-``9``, ``a``, ``b``
  (``draws.in_range3`` with :data:`THIRD_DIGITS`; round 29's blind tune39 takes a second-to-last ``a``-``f`` and
  claims check28 a third-from-last ``c``-``f``, so neither can meet this draw, and neither is read);
* every annotated file of ``benchmarks/data/`` at round 29's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND29_FILES``: the six earlier row-judgment files among them), every copy of
  one (``select_events_tune38.copies_of_excluded``: the url without its query string, or the stripped content, equal
  to an excluded article's), **and, new here, every near copy**: an article of the hash range and length that shares
  50 % or more of its distinct six-word runs with any one annotated text (``select_claims_check28``'s content check,
  :func:`near_copies`; rowjudge6 drew 7 such copies and could only mark them);
* pool sizes :data:`SIZES` decided before the draw from the pools' counts in this range and length after all the
  exclusions (no seed involved): yemen 35, egypt 4, syria 1, iraq / libya / palestine / saudi_border 0, negative 388
  (the near copies left out: yemen 10, egypt 1, negative 62) -- so 30 articles (the round started late): yemen 22,
  egypt 3, syria 1 and :data:`NEGATIVES` 4 from the negative pool.

Usage::

    python benchmarks/select_events_rowjudge7.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
from draws import DIGITS, ROUND29_FILES, in_range3
from select_claims_check28 import overlaps, run_index, runs
from select_events_dev import print_draw
from select_events_tune38 import copies_of_excluded

SEED = 20292907
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
SIZES = {"yemen": 22, "syria": 1, "iraq": 0, "libya": 0, "egypt": 3, "palestine": 0, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` at round 29's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND29_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = 0.5


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (zip date, url) keys of ``rows`` not in ``skip``, in this draw's hash range and length, that share
    :data:`SHARE` or more of their distinct six-word runs with the content of one article of ``skip``."""
    texts = sorted({a.get("content") or "" for z, a in rows if (z, a.get("url")) in skip} - {""})
    index = run_index(texts)
    out: set[tuple[str, str]] = set()
    for z, a in rows:
        url, content = a.get("url"), a.get("content") or ""
        if (z, url) in skip or not isinstance(url, str) or not in_range3(url, THIRD_DIGITS, HASH_DIGITS):
            continue
        if not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        mine = runs(content)
        if mine and any(n >= SHARE * len(mine) for n in overlaps(content, index).values()):
            out.add((z, url))
    return out


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples, pool by pool: rowjudge4's draw with this file's rule, the copies
    and near copies of the skipped articles skipped too."""
    return fourth.draw(
        rows,
        skip | copies_of_excluded(rows, skip) | near_copies(rows, skip),
        seed=SEED,
        sizes=SIZES,
        negatives=NEGATIVES,
        hash_digits=HASH_DIGITS,
        third_digits=THIRD_DIGITS,
        chars=(MIN_CHARS, MAX_CHARS),
    )


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
