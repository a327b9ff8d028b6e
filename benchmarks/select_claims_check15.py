"""Draw the fifteenth claims check set (``data/claims_check15.jsonl``, issue 13, round 17), the rule fixed and
committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check14.py`` used it) with a new seed and round 17's hash rule (``in_range3`` of ``draws.py``):
``sha1(url)``'s second-to-last hex digit a digit ``0``–``9`` (:data:`HASH_RANGE`) **and** its third-from-last ``f``
(:data:`THIRD_DIGITS`, this file's share of round 17's ``c``–``f``). :data:`AVOID`: every annotated file of
``benchmarks/data/`` held at round 17's draws (``draws.ROUND17_FILES``: claims_check11 to check14, events_tune17 to
tune20, the row-judge files and the sentence batches 1–21 included; by url only: their annotations are not read) and
the search articles, as check14 did.

* check15: seed :data:`SEED` (1721), conflict 18, politics 7 (round 16's check14 found no conflict article left in
  its range; the held-out half and the hidden articles are conflict news, so this set leans on conflict).

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check15.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND17_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1721
SIZES = (("conflict", 18), ("politics", 7))
HASH_RANGE = DIGITS
THIRD_DIGITS = frozenset("f")
AVOID = (*ROUND17_FILES, SEARCH_ARTICLES)
CHECK15 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS)
#: check15's draw (see the module docstring)
in_range, avoided_urls, select = CHECK15.in_range, CHECK15.avoided_urls, CHECK15.select

main = partial(claims_main, __doc__ or "", {"check15": select})


if __name__ == "__main__":
    raise SystemExit(main())
