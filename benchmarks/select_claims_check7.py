"""Draw the seventh and eighth claims check sets (``data/claims_check7.jsonl``, ``data/claims_check8.jsonl``,
issue 13, round 11), both rules fixed and committed before any article was read.

Rule: check6's (``select_claims_check6.py``) with new seeds and round 11's hash range. Every SaudiNewsNet article
whose ``content`` is 400–900 characters long, with at least :data:`MIN_CUES` reported-speech words (``SPEECH`` of
``bench_claims.py``), whose url is in none of the annotated files :data:`AVOID` (every file ``benchmarks/data/``
held at the draw, plus ``events_tune10.jsonl``, drawn at the same time from the other hash digits) and whose
``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is in :data:`HASH_RANGE` (round 11:
two helpers draw at once, events tune10 from ``0``–``7``). Pools, tried in this order: ``conflict`` (the title +
first 400 characters match ``VIOLENCE`` of ``select_events_dev.py``) and ``politics`` (title + first 400
characters match ``POLITICS`` of ``select_claims_check4.py``); each pool is sorted by (zip, url), shuffled with
``random.Random(f"{seed}:{pool}")`` and the first articles taken, a title already taken skipped (``take_titled`` of
``bench_claims.py``).

* check7: seed :data:`SEED` (1313), conflict 18, politics 12.
* check8: seed :data:`SEED8` (1314), conflict 12, politics 8, check7's draw excluded as well.

Nothing is dropped or redrawn after reading.

The rule is :class:`ClaimsDraw` of ``draws.py``; this script holds its parameters.

Usage::

    python benchmarks/select_claims_check7.py [--shared ../shared] [--set check7|check8]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import ROUND11_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1313
SEED8 = 1314
SIZES = (("conflict", 18), ("politics", 12))
SIZES8 = (("conflict", 12), ("politics", 8))
HASH_RANGE = frozenset("89abcdef")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-04, round 11), and the round's other blind
#: draw (``events_tune10.jsonl``, hash digits 0-7, so it cannot overlap; left out when not yet written).
AVOID = (*ROUND11_FILES, SEARCH_ARTICLES)
CHECK7 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, may_be_missing=("events_tune10.jsonl",))
CHECK8 = ClaimsDraw(SEED8, SIZES8, HASH_RANGE, AVOID, after=CHECK7, may_be_missing=("events_tune10.jsonl",))
#: check7's draw (see the module docstring); check8's: check7's rule with :data:`SEED8` and :data:`SIZES8`, check7's
#: draw excluded
in_range, avoided_urls, select, select8 = CHECK7.in_range, CHECK7.avoided_urls, CHECK7.select, CHECK8.select


def main(argv: list[str] | None = None) -> int:
    return claims_main(__doc__ or "", {"check7": select, "check8": select8}, argv)


if __name__ == "__main__":
    raise SystemExit(main())
