"""Draw the articles of the twelfth events tune file (``data/events_tune12.jsonl``) from SaudiNewsNet.

Issue 12, round 12: a fresh blind measure of the events code at the start and at the end of the round. The rule and
the seed were fixed (and this script committed) before any article was read; the articles are coded by hand before
rasd is run on them (the coder never runs rasd on them: the lead runs the start and the end code). No rule is changed
for it.

Rule (``select_events_tune10.py``'s, with a new seed and round 12's hash range for this draw):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: tune11's list, tune11 itself, claims check7/check8 and sentence batches 8/9 — every annotated
  file there when this script was written, both halves of the dev set by key), whose title was not taken before, and
  whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is one of ``HASH_DIGITS``
  (round 12's draws by several helpers at once cannot overlap: each takes its own digits).
* ``head`` = title + the first 400 characters of ``content``; pools as in tune8, first match wins: ``yemen`` 5,
  ``syria`` 5, ``iraq`` 5, ``libya`` 3, ``egypt`` 3, ``palestine`` 3, ``saudi_border`` 2; ``negative`` 4.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261224`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn (a pool with fewer articles in the hash range gives what it has).

``--set tune13`` draws the thirteenth file (``data/events_tune13.jsonl``) by the same rule with ``SEED13 =
20261225``, tune9's smaller pools (yemen 3, syria 3, iraq 3, libya 2, egypt 2, palestine 2, saudi_border 1,
``negative`` 4) and tune12's draw excluded as well, by key and by title (fixed here, with tune12's, before any
article was read).

Usage::

    python benchmarks/select_events_tune12.py [--shared ../shared] [--set tune12|tune13]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune10 import in_range
from select_events_tune11 import EXCLUDED_FILES as TUNE11_EXCLUDED

SEED = 20261224
SEED13 = 20261225
#: the second-to-last hex digits of sha1(url) this draw may take (round 12: helper bt's range)
HASH_DIGITS = frozenset("01234")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
SIZES13 = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
    *TUNE11_EXCLUDED,
    "events_tune11.jsonl",
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "events_sentences8.jsonl",
    "events_sentences9.jsonl",
)


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return annotated_keys(EXCLUDED_FILES)


def pools(sizes: dict[str, int]) -> list[tuple[str, str, int]]:
    """tune8's place pools (name, pattern, how many) with ``sizes``."""
    return [(name, pattern, sizes[name]) for name, pattern, _ in PLACE_POOLS]


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """tune12's drawn (pool, zip date, article) triples, pool by pool."""
    mine = [(z, a) for z, a in rows if in_range(a.get("url"), HASH_DIGITS)]
    return draw_by_place(mine, skip, pools(SIZES), BATTLE, NEGATIVES, SEED, (MIN_CHARS, MAX_CHARS))


def draw13(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """tune13's drawn triples: tune12's rule, ``SEED13``, ``SIZES13``, tune12's articles and titles excluded too."""
    first = draw(rows, skip)
    taken = {(z, a.get("url")) for _, z, a in first}
    titles = {" ".join((a.get("title") or "").split()) for _, _, a in first}
    mine = [
        (z, a)
        for z, a in rows
        if in_range(a.get("url"), HASH_DIGITS) and " ".join((a.get("title") or "").split()) not in titles
    ]
    return draw_by_place(mine, skip | taken, pools(SIZES13), BATTLE, NEGATIVES, SEED13, (MIN_CHARS, MAX_CHARS))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    which = "tune12"
    if "--set" in args:
        i = args.index("--set")
        which = args[i + 1]
        del args[i : i + 2]
    if which not in ("tune12", "tune13"):
        raise SystemExit(f"--set: tune12 or tune13, not {which!r}")
    chosen = draw if which == "tune12" else draw13
    return print_draw(__doc__ or "", lambda rows: chosen(rows, excluded_keys()), args)


if __name__ == "__main__":
    raise SystemExit(main())
