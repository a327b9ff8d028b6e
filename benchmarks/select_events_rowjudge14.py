"""Draw the articles of the fourteenth row-judgment file (``data/events_rowjudge14.jsonl``) from SaudiNewsNet.

Issue 12, round 36 (helper fp15): precision and recall on fresh news, measured a fourteenth time. Every discrete
ACLED row rasd gives at the tree of round 36's start (w0 = 9b07876) on fresh articles is judged by hand with the
rules of the earlier row-judgment files (``select_events_rowjudge13.py``, round 35, and before it), and the events it
missed are listed, with each article's genre; the lead re-runs the set at the round's end to count the true rows
kept, the false rows gone and the missed events found on news no rule was made on. The rule, the sizes and the seed
were fixed, and this script committed, before any article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge13.py``'s (rowjudge4's place pools and clash words, the helpers' fresh hash range,
copies and near copies of annotated texts left out, rowjudge11's tiers, the 250-6,000 character band) with

* a new seed, ``SEED = 20363014``;
* every annotated file of ``benchmarks/data/`` at round 36's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND36_FILES``: the thirteen earlier row-judgment files, tune45 and check34
  among them), every copy (``select_events_tune38.copies_of_excluded``) and every near copy (rowjudge12's
  :func:`near_copies`: 50 % of six-word runs in one annotated text, this band); round 36's blind tune46 and check35
  take a second-to-last ``a``-``f``: neither can meet this draw (second-to-last ``0``-``9``);
* **changed, decided from the pool counts before the draw (no seed involved): the conflict-headed ``<place>_war``
  tier is spent**, so the clash-headed place pools (rowjudge8's, left at 0 since rowjudge12) are taken again.
  Counted after every exclusion (short + long): ``_war`` yemen 0 + 5, syria 1 + 0, egypt 1 + 0, iraq 0, palestine
  1 + 0, libya 0 + 1, saudi_border 0 (9 in all; rowjudge13 drew 22 of 26); clash-headed yemen 0 + 24, syria 0 + 21,
  egypt 0 + 8, iraq 0 + 6, palestine 0 + 3, libya 0 + 2 (all long: the short ones were spent by rowjudge8-11);
  ``_body`` yemen 18 + 14, syria 21 + 9, iraq 15 + 6, egypt 40 + 15, palestine 9 + 4, libya 0 + 2, saudi_border
  16 + 0; negative 332 + 68. Taken: the whole ``_war`` tier (:data:`WAR_SIZES`, 9), ten clash-headed articles
  (:data:`SIZES`: yemen 3, syria 3, egypt 1, iraq 1, palestine 1, libya 1 -- conflict news, and long, the kind where
  the blind files' precision falls), six body articles (:data:`BODY_SIZES`: syria 2, egypt 2, yemen 1, iraq 1) and
  :data:`NEGATIVES` 5, to keep 30 articles. The pools are taken in rowjudge13's order (clash-headed, war, body,
  negative).

fp13 and fp14 found the war tier full of features, analyses and columns; the rule is kept (it is the news a user
feeds rasd) and each article's genre is recorded in the file.

Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` (``take_from_pools``), a title already taken skipped.

Usage::

    python benchmarks/select_events_rowjudge14.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
import select_events_rowjudge11 as eleventh
import select_events_rowjudge12 as twelfth
import select_events_rowjudge13 as thirteenth
from draws import DIGITS, ROUND36_FILES, in_range3
from select_events_dev import print_draw, take_from_pools
from select_events_tune38 import copies_of_excluded

SEED = 20363014
#: rowjudge12's and rowjudge13's band
MIN_CHARS, MAX_CHARS = thirteenth.MIN_CHARS, thirteenth.MAX_CHARS
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
#: rowjudge8's clash-headed place pools (all long in this band): taken again, the war tier being spent
SIZES = {"yemen": 3, "syria": 3, "iraq": 1, "libya": 1, "egypt": 1, "palestine": 1, "saudi_border": 0}
#: the body tier's conflict-headed articles (a violence or war word in the head, no clash word there)
WAR_SIZES = {"yemen": 5, "syria": 1, "iraq": 0, "libya": 1, "egypt": 1, "palestine": 1, "saudi_border": 0}
#: the rest of rowjudge9's body tier (the place in the head, a clash word only in the body)
BODY_SIZES = {"yemen": 1, "syria": 2, "iraq": 1, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
NEGATIVES = 5
#: every annotated file of ``benchmarks/data/`` at round 36's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND36_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = twelfth.SHARE


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def in_band(content: str) -> bool:
    """Whether an article's content is of this draw's length."""
    return MIN_CHARS <= len(content) <= MAX_CHARS


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """rowjudge12's near copies (the same band, share and hash range)."""
    return twelfth.near_copies(rows, skip)


def pool_of(article: dict[str, Any]) -> str | None:
    """rowjudge11's pool of one article (a clash-headed place pool's name, ``<place>_war``, ``<place>_body``,
    ``negative`` or ``None``)."""
    return eleventh.pool_of(article)


def sizes() -> dict[str, int]:
    """How many each pool gives, in the order the pools are taken."""
    return (
        SIZES
        | {f"{name}_war": n for name, n in WAR_SIZES.items()}
        | {f"{name}_body": n for name, n in BODY_SIZES.items()}
        | {"negative": NEGATIVES}
    )


def candidates(
    rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each pool's articles: the hash range and the length, none of ``skip``."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name in sizes()}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in skip or not in_band(content):
            continue
        if not in_range3(a.get("url"), THIRD_DIGITS, HASH_DIGITS):
            continue
        name = pool_of(a)
        if name is not None and name in out:
            out[name].append((zip_date, a))
    return out


def left_out(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """``skip`` with its copies and near copies."""
    return skip | copies_of_excluded(rows, skip) | near_copies(rows, skip)


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples, pool by pool, the copies and near copies of the skipped articles
    skipped too."""
    return take_from_pools(candidates(rows, left_out(rows, skip)), sizes(), SEED)


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
