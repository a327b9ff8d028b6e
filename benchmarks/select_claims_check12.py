"""Draw the twelfth claims check set (``data/claims_check12.jsonl``, issue 13, round 14), the rule fixed and committed
before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check9.py`` and
``select_claims_check11.py`` used it) with a new seed and round 14's hash digits for this file
(:data:`HASH_RANGE`: ``6``–``a``, second-to-last; the round's other blind draws take other digits: events tune18
``0``–``5``, sentence batch 13 ``b``–``f``, so none can overlap). :data:`AVOID`: every annotated file
``benchmarks/data/`` held at the draw, claims_check11 and events_tune17 included (by url only: their annotations are
not read).

* check12: seed :data:`SEED` (1418), conflict 15, politics 10.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check12.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND13_WAVE2_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1418
SIZES = (("conflict", 15), ("politics", 10))
HASH_RANGE = frozenset("6789a")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 14), but the held-out agreement files
#: (their articles are events_dev.jsonl's held-out half, excluded through events_dev.jsonl) and the coder-2 files of
#: ``agreement/`` (second codings of articles already in the files listed).
ROUND14_FILES = (*ROUND13_WAVE2_FILES, "claims_check11.jsonl", "events_tune17.jsonl")
AVOID = (*ROUND14_FILES, SEARCH_ARTICLES)
CHECK12 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID)
#: check12's draw (see the module docstring)
in_range, avoided_urls, select = CHECK12.in_range, CHECK12.avoided_urls, CHECK12.select

main = partial(claims_main, __doc__ or "", {"check12": select})


if __name__ == "__main__":
    raise SystemExit(main())
