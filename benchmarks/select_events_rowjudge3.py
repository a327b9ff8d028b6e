"""Draw the articles of the third row-judgment file (``data/events_rowjudge3.jsonl``) from SaudiNewsNet.

Issue 12, round 16 (helper fp5): precision on fresh news, measured again. Every discrete ACLED row rasd gives at the
tree of round 16's start (83e2876) on fresh articles is judged by hand with the rules of the first two row-judgment
files (``select_events_rowjudge.py``, round 10; ``select_events_rowjudge2.py``, round 15). The rule and the seed were
fixed, and this script written, before any article was read; nothing is redrawn.

Rule: ``select_events_rowjudge2.py``'s (imported: round 10's place pools, clash words and 250–2,000 characters of
``content``, ``draw_by_place`` of ``select_events_dev.py``) with

* a new seed, ``SEED = 20261620``;
* the pools sized by :data:`SIZES` (about 50 articles, most from the event-bearing place pools) and
  :data:`NEGATIVES` from the negative pool;
* only urls whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is ``0``–``9``
  (``a``–``f`` are the blind draws' range);
* every annotated file of ``benchmarks/data/`` at the draw left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES`: ``draws.ROUND15_FILES`` — both earlier row-judgment files included — and every file
  written since: claims check13 and events tune19; the ``events_dev_heldout_*`` and ``agreement/`` files are second
  codings of articles whose keys are already left out, and are not read).

Usage::

    python benchmarks/select_events_rowjudge3.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import ROUND15_FILES
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_rowjudge import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune10 import in_range

SEED = 20261620
#: the second-to-last hex digits of sha1(url) this draw may take (round 16: helper fp5)
HASH_DIGITS = frozenset("0123456789")
SIZES = {"yemen": 13, "syria": 10, "iraq": 10, "libya": 4, "egypt": 6, "palestine": 5, "saudi_border": 4}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (*ROUND15_FILES, "claims_check13.jsonl", "events_tune19.jsonl")


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return [(name, pattern, SIZES[name]) for name, pattern, _ in PLACE_POOLS]


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"), HASH_DIGITS)]
    return draw_by_place(mine, skip, pools(), BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
