"""Draw the articles of the second row-judgment file (``data/events_rowjudge2.jsonl``) from SaudiNewsNet.

Issue 12, round 15 (helper fp4): precision on fresh news. Every discrete ACLED row today's rasd gives on fresh
articles is judged by hand (right event, type, place and date; or no event, background, a duplicate, a general
statement), with the rules of the first row-judgment file (``select_events_rowjudge.py``, round 10). The rule and the
seed were fixed, and this script written, before any article was read; nothing is redrawn.

Rule: ``select_events_rowjudge.py``'s (imported: its place pools, clash words and 250–2,000 characters of
``content``, ``draw_by_place`` of ``select_events_dev.py``) with

* a new seed, ``SEED = 20261919``;
* the pools grown or shrunk to :data:`SIZES` (about 60 articles, most from the event-bearing place pools) and
  :data:`NEGATIVES` from the negative pool;
* only urls whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is ``0``–``9``
  (round 15: ``a``–``f`` are this round's blind draws);
* every annotated file of ``benchmarks/data/`` at the draw left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES`: ``draws.ROUND14_FILES`` and every file written since — tune18, claims check12, sentence
  batches 13–18 included; the ``events_dev_heldout_*`` and ``agreement/`` files are second codings of articles whose
  keys are already left out, and are not read; ``merge_pairs_real.jsonl`` holds pairs of tune-half dev articles).

Usage::

    python benchmarks/select_events_rowjudge2.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import ROUND14_FILES
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_rowjudge import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune10 import in_range

SEED = 20261919
#: the second-to-last hex digits of sha1(url) this draw may take (round 15: helper fp4)
HASH_DIGITS = frozenset("0123456789")
SIZES = {"yemen": 14, "syria": 10, "iraq": 10, "libya": 6, "egypt": 6, "palestine": 6, "saudi_border": 4}
NEGATIVES = 6
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
    *ROUND14_FILES,
    "claims_check12.jsonl",
    "events_sentences13.jsonl",
    "events_sentences14.jsonl",
    "events_sentences15.jsonl",
    "events_sentences16.jsonl",
    "events_sentences17.jsonl",
    "events_sentences18.jsonl",
    "events_tune18.jsonl",
)


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
