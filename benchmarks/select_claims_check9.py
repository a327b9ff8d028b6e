"""Draw the ninth and tenth claims check sets (``data/claims_check9.jsonl``, ``data/claims_check10.jsonl``, issue 13,
round 13), both rules fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, ``select_claims_check7.py``) with new seeds, in the hash
range :data:`HASH_RANGE` (``8``–``f``: the events blind file ``events_tune15.jsonl`` is drawn at the same time from
``0``–``7``, so the two cannot overlap). :data:`AVOID`: every file ``benchmarks/data/`` held at the draw.

* check9: seed :data:`SEED` (1315), conflict 15, politics 10.
* check10: seed :data:`SEED10` (1316), conflict 9, politics 6, check9's draw excluded as well.

Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check9.py [--shared ../shared] [--set check9|check10]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND13_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1315
SEED10 = 1316
SIZES = (("conflict", 15), ("politics", 10))
SIZES10 = (("conflict", 9), ("politics", 6))
HASH_RANGE = frozenset("89abcdef")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 13). The round's events blind files
#: (``events_tune15.jsonl``, ``events_tune16.jsonl``) are drawn from hash digits 0-7 and cannot overlap.
AVOID = (*ROUND13_FILES, SEARCH_ARTICLES)
CHECK9 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID)
CHECK10 = ClaimsDraw(SEED10, SIZES10, HASH_RANGE, AVOID, after=CHECK9)
#: check9's draw (see the module docstring); check10's: check9's rule with :data:`SEED10` and :data:`SIZES10`,
#: check9's draw excluded
in_range, avoided_urls, select, select10 = CHECK9.in_range, CHECK9.avoided_urls, CHECK9.select, CHECK10.select

main = partial(claims_main, __doc__ or "", {"check9": select, "check10": select10})


if __name__ == "__main__":
    raise SystemExit(main())
