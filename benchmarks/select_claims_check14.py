"""Draw the fourteenth claims check set (``data/claims_check14.jsonl``, issue 13, round 16), the rule fixed and
committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check13.py`` used it) with a new seed and the hash digits given to this file (:data:`HASH_RANGE`:
``d``–``f``, second-to-last). :data:`AVOID`: every annotated file of ``benchmarks/data/`` held at the draw
(claims_check11 to check13, events_tune17 to tune20, the row-judge files and the sentence batches 1–21 included; by
url only: their annotations are not read), so the draw cannot overlap events tune20 (drawn in the same digits
this round) nor any other file.

* check14: seed :data:`SEED` (1620), conflict 15, politics 10.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check14.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND16_FILES as _ROUND16_DRAW_FILES
from draws import SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1620
SIZES = (("conflict", 15), ("politics", 10))
HASH_RANGE = frozenset("def")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 16), but the held-out agreement files
#: (their articles are events_dev.jsonl's held-out half, excluded through events_dev.jsonl) and the coder-2 files of
#: ``agreement/`` (second codings of articles already in the files listed).
ROUND16_CHECK14_FILES = (
    *_ROUND16_DRAW_FILES,
    "events_tune20.jsonl",
    "events_rowjudge3.jsonl",
    "events_sentences20.jsonl",
    "events_sentences21.jsonl",
)
AVOID = (*ROUND16_CHECK14_FILES, SEARCH_ARTICLES)
CHECK14 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID)
#: check14's draw (see the module docstring)
in_range, avoided_urls, select = CHECK14.in_range, CHECK14.avoided_urls, CHECK14.select

main = partial(claims_main, __doc__ or "", {"check14": select})


if __name__ == "__main__":
    raise SystemExit(main())
