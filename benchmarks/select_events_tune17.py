"""Draw the articles of the seventeenth events tune file (``data/events_tune17.jsonl``) from SaudiNewsNet.

Issue 12, round 13: a third fresh blind measure of the events code (helper bt4), beside tune15 and tune16, in the
other half of the hash range. The rule and the seed were fixed (and this script committed) before any article was
read; the articles are coded by hand before rasd is run on them (the coder never runs rasd on them). No rule is
changed for it.

Rule (``select_events_tune15.py``'s, with a new seed, tune15's sizes and helper bt4's hash range):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: every committed ``.jsonl`` file there when this script was written — tune12 to tune16, claims
  check9 and check10, sentence batches 8–12 and the wire set included, both halves of the dev set by key; the
  ``events_dev_heldout_*`` files are the dev set's held-out articles, already left out by ``events_dev.jsonl``'s keys,
  and are not read; claims check11, then being coded, draws from ``0``–``7`` only), whose title was not taken before,
  and whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is one of ``HASH_DIGITS``
  (``8`` to ``f``: helper bt4's range in round 13, disjoint from tune15, tune16 and claims check11).
* ``head`` = title + the first 400 characters of ``content``; pools as in tune8, first match wins: ``yemen`` 5,
  ``syria`` 5, ``iraq`` 5, ``libya`` 3, ``egypt`` 3, ``palestine`` 3, ``saudi_border`` 2; ``negative`` 4.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261307`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn (a pool with fewer articles in the hash range gives what it has).

Usage::

    python benchmarks/select_events_tune17.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune10 import in_range

SEED = 20261307
#: the second-to-last hex digits of sha1(url) this draw may take (round 13: helper bt4's range)
HASH_DIGITS = frozenset("89abcdef")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "claims_check9.jsonl",
    "claims_check10.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_args_audit.jsonl",
    "events_dev.jsonl",
    "events_rowjudge.jsonl",
    "events_sentences.jsonl",
    "events_sentences8.jsonl",
    "events_sentences9.jsonl",
    "events_sentences10.jsonl",
    "events_sentences11.jsonl",
    "events_sentences12.jsonl",
    "events_sentences_wire.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_tune7.jsonl",
    "events_tune8.jsonl",
    "events_tune9.jsonl",
    "events_tune10.jsonl",
    "events_tune11.jsonl",
    "events_tune12.jsonl",
    "events_tune13.jsonl",
    "events_tune14.jsonl",
    "events_tune15.jsonl",
    "events_tune16.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """tune8's place pools (name, pattern, how many) with ``SIZES``."""
    return [(name, pattern, SIZES[name]) for name, pattern, _ in PLACE_POOLS]


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """tune17's drawn (pool, zip date, article) triples, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"), HASH_DIGITS)]
    return draw_by_place(mine, skip, pools(), BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
