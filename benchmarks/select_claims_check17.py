"""Draw the seventeenth claims check set (``data/claims_check17.jsonl``, issue 13, round 19): LONG articles, the
rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check16.py`` used it) with a new seed, articles of 3,001–12,000 characters (:data:`CHARS`; check16
took 1,501–3,000, every check set before it 400–900) and round 19's long-article hash rule (``in_range3`` of
``draws.py``): ``sha1(url)``'s second-to-last hex digit in ``a``–``f`` (:data:`HASH_RANGE`,
``draws.ROUND18_LONG_DIGITS``) **and** its third-from-last ``2``–``3`` (:data:`THIRD_DIGITS`,
``draws.ROUND19_CLAIMS_THIRD``, this file's share; round 19's blind events draw, tune27, takes ``0``–``1``). At least
``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then ``politics`` by the head (title + first 400
characters), as every claims draw. :data:`AVOID`: every annotated file of ``benchmarks/data/`` at round 19's start
(``draws.ROUND19_FILES``; by url only: their annotations are not read) and the search articles.

* check17: seed :data:`SEED` (1917), conflict 5, politics 1 (long articles hold many claims each).

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check17.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND19_CLAIMS_THIRD, ROUND19_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 1917
SIZES = (("conflict", 5), ("politics", 1))
HASH_RANGE = ROUND18_LONG_DIGITS
THIRD_DIGITS = ROUND19_CLAIMS_THIRD
CHARS = (3001, 12000)
AVOID = (*ROUND19_FILES, SEARCH_ARTICLES)
CHECK17 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check17's draw (see the module docstring)
in_range, avoided_urls, select = CHECK17.in_range, CHECK17.avoided_urls, CHECK17.select

main = partial(claims_main, __doc__ or "", {"check17": select})


if __name__ == "__main__":
    raise SystemExit(main())
