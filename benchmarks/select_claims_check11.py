"""Draw the eleventh claims check set (``data/claims_check11.jsonl``, issue 13, round 13, wave 2), the rule fixed and
committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check9.py`` used it) with a new seed
and the other hash digits (:data:`HASH_RANGE`: ``0``–``7``; the round's other wave-2 blind file,
``events_tune17.jsonl``, is drawn at the same time from ``8``–``f``, so the two cannot overlap). :data:`AVOID`: every
file ``benchmarks/data/`` held at the draw, claims_check9/check10 and events_tune15/tune16 included.

* check11: seed :data:`SEED` (1317), conflict 15, politics 10.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check11.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

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

main = partial(claims_main, __doc__ or "", {"check11": select})


if __name__ == "__main__":
    raise SystemExit(main())
