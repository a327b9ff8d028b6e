"""Draw the articles of the seventh events tune file (``data/events_tune7.jsonl``) from SaudiNewsNet.

Issue 12, round 9b: round 9's trigger rules scored P 0.765 R 0.867 on tune6, the file they were tuned on, but the
held-out half moved from P/R 0.724/0.636 to 0.690/0.606, so this file is a fresh blind measure of the round-9 code
(and, run on commit d267427, of the round-8 code), taken *before* any rule is changed for it. The rule was fixed
before any article was read; the articles were coded by hand before rasd was run on them, and the first scores are
recorded in ``docs/events.md`` (section "Round 9b: blind check").

Rule (``select_events_tune6.py``'s, with a new seed, Palestine and Saudi-border pools and no Afghanistan/Somalia):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: every events, claims and places file there when it was drawn, tune6 and the args audit
  included), and whose title was not taken before.
* ``head`` = title + the first 400 characters of ``content``. An article is in a positive pool when its head has a
  clash, front, territory, shelling or blast word (``BATTLE``) and a place of the pool's country; pools are tried in
  this order, first match wins: ``yemen`` 3, ``syria`` 3, ``iraq`` 3, ``libya`` 2, ``egypt`` 2, ``palestine`` 2,
  ``saudi_border`` 1.
* Negative pool ``negative`` (4): no positive pool matched, the head matches the dev set's ``VIOLENCE`` or
  ``WAR_WORDS`` and a topic word of a negative pool (sport, economy, culture, politics).
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261213`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune7.py [--shared ../shared]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import annotated_keys, draw_by_place, print_draw, words
from select_events_tune5 import PLACE_POOLS as TUNE5_POOLS
from select_events_tune6 import BATTLE_WORDS as TUNE6_BATTLE_WORDS

SEED = 20261213
MIN_CHARS, MAX_CHARS = 250, 1500

#: tune6's words plus blast and air-strike words
BATTLE_WORDS = (*TUNE6_BATTLE_WORDS, "تفجير", "انفجار", "غارة", "غارات")
BATTLE = re.compile(words(*BATTLE_WORDS))
# (pool, place pattern, how many), tried in order
#: tune5's Yemen, Syria, Iraq and Libya pools (their place words) with this draw's sizes, then pools of its own
PLACE_POOLS: list[tuple[str, str, int]] = [
    *((name, pattern, n) for (name, pattern, _), n in zip(TUNE5_POOLS[:4], (3, 3, 3, 2), strict=True)),
    ("egypt", words("سيناء", "العريش", "الشيخ زويد", "مصر", "مصري", "مصرية"), 2),
    (
        "palestine",
        words("غزة", "الضفة", "القدس", "الخليل", "نابلس", "جنين", "فلسطين", "فلسطيني", "فلسطينية", "الاحتلال"),
        2,
    ),
    ("saudi_border", words("جازان", "نجران", "ظهران الجنوب", "الحد الجنوبي", "الحدود الجنوبية"), 1),
]
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "claims_check3.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_args_audit.jsonl",
    "claims_check4.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    return draw_by_place(rows, skip, PLACE_POOLS, BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
