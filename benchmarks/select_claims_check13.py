"""Draw the thirteenth claims check set (``data/claims_check13.jsonl``, issue 13, round 15), the rule fixed and
committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` and
``select_claims_check12.py`` used it) with a new seed and round 15's hash digits for this file
(:data:`HASH_RANGE`: ``d``–``f``, second-to-last; the round's other draw, events tune19, takes ``a``–``c``, so the two
cannot overlap). :data:`AVOID`: every annotated file of ``benchmarks/data/`` held at the draw, claims_check11,
claims_check12, events_tune17, events_tune18 and the sentence batches included (by url only: their annotations
are not read).

* check13: seed :data:`SEED` (1519), conflict 15, politics 10.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check13.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND14_FILES as _ROUND14_DRAW_FILES
from draws import SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1519
SIZES = (("conflict", 15), ("politics", 10))
HASH_RANGE = frozenset("def")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 15), but the held-out agreement files
#: (their articles are events_dev.jsonl's held-out half, excluded through events_dev.jsonl) and the coder-2 files of
#: ``agreement/`` (second codings of articles already in the files listed).
ROUND15_FILES = (
    *_ROUND14_DRAW_FILES,
    "claims_check12.jsonl",
    "events_tune18.jsonl",
    "events_rowjudge2.jsonl",
    "merge_pairs_real.jsonl",
    *(f"events_sentences{n}.jsonl" for n in range(13, 20)),
)
AVOID = (*ROUND15_FILES, SEARCH_ARTICLES)
CHECK13 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID)
#: check13's draw (see the module docstring)
in_range, avoided_urls, select = CHECK13.in_range, CHECK13.avoided_urls, CHECK13.select

main = partial(claims_main, __doc__ or "", {"check13": select})


if __name__ == "__main__":
    raise SystemExit(main())
