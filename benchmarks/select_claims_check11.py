"""Draw the eleventh claims check set (``data/claims_check11.jsonl``, issue 13, round 13, wave 2), the rule fixed and
committed before any article was read.

Rule: check7's (``select_claims_check7.py``, as ``select_claims_check9.py`` used it) with a new seed and the other
hash digits. Every SaudiNewsNet article whose ``content`` is 400–900 characters long, with at least :data:`MIN_CUES`
reported-speech words (``SPEECH`` of ``bench_claims.py``), whose url is in none of the annotated files :data:`AVOID`
(every file ``benchmarks/data/`` held at the draw, claims_check9/check10 and events_tune15/tune16 included) and whose
``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is in :data:`HASH_RANGE` (``0``–``7``:
the round's other wave-2 blind file, ``events_tune17.jsonl``, is drawn at the same time from ``8``–``f``, so the two
cannot overlap). Pools, tried in this order: ``conflict`` (the title + first 400 characters match ``VIOLENCE`` of
``select_events_dev.py``) and ``politics`` (title + first 400 characters match ``POLITICS`` of
``select_claims_check4.py``); each pool is sorted by (zip, url), shuffled with ``random.Random(f"{seed}:{pool}")`` and
the first articles taken, a title already taken skipped (``take_titled`` of ``bench_claims.py``).

* check11: seed :data:`SEED` (1317), conflict 15, politics 10.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

The rule is :class:`ClaimsDraw` of ``draws.py``; this script holds its parameters.

Usage::

    python benchmarks/select_claims_check11.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import ROUND13_WAVE2_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1317
SIZES = (("conflict", 15), ("politics", 10))
HASH_RANGE = frozenset("01234567")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 13, wave 2), but the held-out
#: agreement files (their articles are events_dev.jsonl's held-out half, excluded through events_dev.jsonl).
AVOID = (*ROUND13_WAVE2_FILES, SEARCH_ARTICLES)
CHECK11 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID)
#: check11's draw (see the module docstring)
in_range, avoided_urls, select = CHECK11.in_range, CHECK11.avoided_urls, CHECK11.select


def main(argv: list[str] | None = None) -> int:
    return claims_main(__doc__ or "", {"check11": select}, argv)


if __name__ == "__main__":
    raise SystemExit(main())
