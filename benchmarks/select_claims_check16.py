"""Draw the sixteenth claims check set (``data/claims_check16.jsonl``, issue 13, round 18): LONGER articles, the
rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check15.py`` used it) with a new seed, articles of 1,501–3,000 characters (:data:`CHARS`; every
check set before this one took 400–900) and round 18's long-article hash rule (``in_range3`` of ``draws.py``):
``sha1(url)``'s second-to-last hex digit in ``a``–``f`` (:data:`HASH_RANGE`, ``draws.ROUND18_LONG_DIGITS``) **and**
its third-from-last ``0``–``3`` (:data:`THIRD_DIGITS`, this file's share; round 18's other blind long-article draws
take the other third-from-last digits). At least ``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then
``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every annotated file
of ``benchmarks/data/`` at round 18's start (``draws.ROUND18_FILES``; by url only: their annotations are not read)
and the search articles.

* check16: seed :data:`SEED` (1816), conflict 6, politics 2 (long articles hold many claims each).

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check16.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_FILES, ROUND18_LONG_DIGITS, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1816
SIZES = (("conflict", 6), ("politics", 2))
HASH_RANGE = ROUND18_LONG_DIGITS
THIRD_DIGITS = frozenset("0123")
CHARS = (1501, 3000)
AVOID = (*ROUND18_FILES, SEARCH_ARTICLES)
CHECK16 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check16's draw (see the module docstring)
in_range, avoided_urls, select = CHECK16.in_range, CHECK16.avoided_urls, CHECK16.select

main = partial(claims_main, __doc__ or "", {"check16": select})


if __name__ == "__main__":
    raise SystemExit(main())
