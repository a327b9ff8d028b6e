"""Draw the articles of the row-judgment file (``data/events_rowjudge.jsonl``) from SaudiNewsNet.

Issue 12, round 10: a learned keep/drop filter over rasd's discrete ACLED rows needs many rows of the current code
on fresh articles, each judged by hand (true / false with a class). This script fixes which articles; the rows are
rasd's, judged after it ran (the file holds judgments of rows, not a blind gold set).

Rule (the tune files' ``draw_by_place``, fixed before any article was read, never redrawn):

* Only articles of 250–2,000 characters of ``content`` whose (zip date, url) is in no annotated file of
  ``benchmarks/data/`` at the draw (``EXCLUDED_FILES``), whose ``hashlib.sha1(url).hexdigest()[-1]`` is one of
  ``HASH_DIGITS`` (round 10: several helpers draw at once, each from its own hash range), and whose title was not
  taken before.
* ``head`` = title + the first 400 characters of ``content``. An article is in a positive pool when its head has a
  clash, front, territory, shelling or blast word (``select_events_tune7.BATTLE``) and a place of the pool's
  country (``select_events_tune7.PLACE_POOLS``'s patterns); pools are tried in this order, first match wins:
  ``yemen`` 25, ``syria`` 20, ``iraq`` 20, ``libya`` 10, ``egypt`` 10, ``palestine`` 10, ``saudi_border`` 5.
* Negative pool ``negative`` (15): no positive pool matched, the head matches the dev set's ``VIOLENCE`` or
  ``WAR_WORDS`` and a topic word of a negative pool (sport, economy, culture, politics) — where false rows come from.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261204`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Every drawn article is run and its rows judged as they are.
* Batch 2 (``--batch 2``, fixed after batch 1 was judged, before any of its articles was read: batch 1 gave 144 rows
  and the task asks for 200): the same rule and seed with the pools grown to ``BATCH2_SIZES`` — the next articles of
  each shuffled pool, batch 1's articles left out — ``yemen`` +12, ``syria`` +10, ``iraq`` +10, ``libya`` +5,
  ``egypt`` +5, ``palestine`` +5, ``saudi_border`` +3, ``negative`` +20 (the negative pool gave few rows but the
  false ones).

Usage::

    python benchmarks/select_events_rowjudge.py [--shared ../shared] [--batch 1|2]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import ROUND10_EXCLUDED, annotated_keys, draw_by_place, print_draw, url_in_range
from select_events_tune7 import BATTLE
from select_events_tune7 import PLACE_POOLS as TUNE7_POOLS

SEED = 20261204
MIN_CHARS, MAX_CHARS = 250, 2000
HASH_DIGITS = frozenset("56789")
SIZES = {"yemen": 25, "syria": 20, "iraq": 20, "libya": 10, "egypt": 10, "palestine": 10, "saudi_border": 5}
PLACE_POOLS: list[tuple[str, str, int]] = [(name, pattern, SIZES[name]) for name, pattern, _ in TUNE7_POOLS]
NEGATIVES = 15
BATCH2_SIZES = {name: n + extra for (name, n), extra in zip(SIZES.items(), (12, 10, 10, 5, 5, 5, 3), strict=True)}
BATCH2_NEGATIVES = NEGATIVES + 20
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND10_EXCLUDED


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def in_range(url: str | None) -> bool:
    """Whether the article's url hashes into this draw's range (``HASH_DIGITS``)."""
    return url_in_range(url, HASH_DIGITS)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]], batch: int = 1) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples of ``batch``, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"))]
    first = draw_by_place(mine, skip, PLACE_POOLS, BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))
    if batch == 1:
        return first
    pools = [(name, pattern, BATCH2_SIZES[name]) for name, pattern, _ in PLACE_POOLS]
    grown = draw_by_place(mine, skip, pools, BATTLE, BATCH2_NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))
    taken = {(z, a["url"]) for _, z, a in first}
    return [(p, z, a) for p, z, a in grown if (z, a["url"]) not in taken]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    batch = 1
    if "--batch" in args:
        at = args.index("--batch")
        batch = int(args[at + 1])
        del args[at : at + 2]
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys(), batch), args)


if __name__ == "__main__":
    raise SystemExit(main())
