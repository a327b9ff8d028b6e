"""Draw the articles of the eighth events tune file (``data/events_tune8.jsonl``) from SaudiNewsNet.

Issue 12, round 10: the five blind files tune3–tune7 pooled at their first runs to P 0.54 R 0.60, and a learned
row filter is being built this round, so this file is a fresh blind measure of the round-9 code and, at the end of
the round, of the filter. The rule and the seed were fixed before any article was read; the articles were coded by
hand before rasd was run on them, and the first score is recorded in ``docs/events.md`` (section "Round 10: blind
tune8"). No rule is changed for it.

Rule (``select_events_tune7.py``'s, with a new seed, larger pools and a hash range):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: every events, claims and places file there when it was drawn, both halves of the dev set,
  tune7 and the sentence set included), whose title was not taken before, and whose
  ``hashlib.sha1(url.encode()).hexdigest()[-1]`` is one of ``HASH_DIGITS`` (the round's draws by several helpers
  cannot overlap: each takes its own digits).
* ``head`` = title + the first 400 characters of ``content``. An article is in a positive pool when its head has a
  clash, front, territory, shelling or blast word (tune7's ``BATTLE``) and a place of the pool's country; pools are
  tried in this order, first match wins: ``yemen`` 5, ``syria`` 5, ``iraq`` 5, ``libya`` 3, ``egypt`` 3,
  ``palestine`` 3, ``saudi_border`` 2.
* Negative pool ``negative`` (4): no positive pool matched, the head matches the dev set's ``VIOLENCE`` or
  ``WAR_WORDS`` and a topic word of a negative pool (sport, economy, culture, politics).
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261220`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune8.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import ROUND10_EXCLUDED, annotated_keys, draw_by_place, print_draw, url_in_range
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS

SEED = 20261220
#: the last hex digits of sha1(url) this draw may take (round 10: helper b8's range)
HASH_DIGITS = frozenset("01234")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
POOLS: list[tuple[str, str, int]] = [(name, pattern, SIZES[name]) for name, pattern, _ in PLACE_POOLS]
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND10_EXCLUDED


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def in_range(url: str | None, digits: frozenset[str] = HASH_DIGITS) -> bool:
    """Whether the last hex digit of the url's SHA-1 is one of ``digits``."""
    return url_in_range(url, digits)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"))]
    return draw_by_place(mine, skip, POOLS, BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
