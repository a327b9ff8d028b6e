"""Draw the seventh and eighth claims check sets (``data/claims_check7.jsonl``, ``data/claims_check8.jsonl``,
issue 13, round 11), both rules fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check6's rule, ``select_claims_check6.py``) with new seeds and round 11's
hash range (:data:`HASH_RANGE`: ``8``–``f``; two helpers draw at once, events tune10 from ``0``–``7``). :data:`AVOID`:
every file ``benchmarks/data/`` held at the draw, plus ``events_tune10.jsonl``, drawn at the same time from the other
hash digits.

* check7: seed :data:`SEED` (1313), conflict 18, politics 12.
* check8: seed :data:`SEED8` (1314), conflict 12, politics 8, check7's draw excluded as well.

Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check7.py [--shared ../shared] [--set check7|check8]
"""

from __future__ import annotations

from functools import partial

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

main = partial(claims_main, __doc__ or "", {"check7": select, "check8": select8})


if __name__ == "__main__":
    raise SystemExit(main())
