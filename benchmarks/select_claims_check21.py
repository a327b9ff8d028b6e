"""Draw the twenty-first claims check set (``data/claims_check21.jsonl``, issue 13, round 23): SHORTER articles (the
held-out half's kind), the rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check20.py`` used it) with a new seed, articles of 400–3,000 characters (:data:`CHARS`, check19's and
check20's length) and round 23's blind hash rule (``in_range3`` of ``draws.py``): ``sha1(url)``'s second-to-last hex
digit in ``a``–``f`` (:data:`HASH_RANGE`, ``draws.ROUND18_LONG_DIGITS``, never sampled by helpers) **and** its
third-from-last ``a`` or ``b`` (:data:`THIRD_DIGITS`, ``draws.ROUND23_CLAIMS_THIRD``, this file's share; round 23's
blind events draw, tune32, takes every other digit). At least ``draws.MIN_CUES`` reported-speech words, pools
``conflict`` then ``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every
annotated file of ``benchmarks/data/`` at round 23's start (``draws.ROUND23_FILES``, check20's articles among them; by
url only: their annotations are not read) and the search articles.

* check21: seed :data:`SEED` (2021), conflict 10, politics 3.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check21.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND23_CLAIMS_THIRD, ROUND23_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 2021
SIZES = (("conflict", 10), ("politics", 3))
HASH_RANGE = ROUND18_LONG_DIGITS
THIRD_DIGITS = ROUND23_CLAIMS_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND23_FILES, SEARCH_ARTICLES)
CHECK21 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check21's draw (see the module docstring)
in_range, avoided_urls, select = CHECK21.in_range, CHECK21.avoided_urls, CHECK21.select

main = partial(claims_main, __doc__ or "", {"check21": select})


if __name__ == "__main__":
    raise SystemExit(main())
