"""Draw the twentieth claims check set (``data/claims_check20.jsonl``, issue 13, round 22): SHORTER articles (the
held-out half's kind), the rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check19.py`` used it) with a new seed, articles of 400–3,000 characters (:data:`CHARS`, check19's
length) and round 22's blind hash rule (``in_range3`` of ``draws.py``): ``sha1(url)``'s second-to-last hex digit in
``a``–``f`` (:data:`HASH_RANGE`, ``draws.ROUND18_LONG_DIGITS``, never sampled by helpers) **and** its third-from-last
``a`` or ``b`` (:data:`THIRD_DIGITS`, ``draws.ROUND22_CLAIMS_THIRD``, this file's share; round 22's blind events draw,
tune31, takes every other digit). At least ``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then
``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every annotated file of
``benchmarks/data/`` at round 22's start (``draws.ROUND22_FILES``, check19's articles among them; by url only: their
annotations are not read) and the search articles.

* check20: seed :data:`SEED` (2020), conflict 10, politics 3.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check20.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND22_CLAIMS_THIRD, ROUND22_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 2020
SIZES = (("conflict", 10), ("politics", 3))
HASH_RANGE = ROUND18_LONG_DIGITS
THIRD_DIGITS = ROUND22_CLAIMS_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND22_FILES, SEARCH_ARTICLES)
CHECK20 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check20's draw (see the module docstring)
in_range, avoided_urls, select = CHECK20.in_range, CHECK20.avoided_urls, CHECK20.select

main = partial(claims_main, __doc__ or "", {"check20": select})


if __name__ == "__main__":
    raise SystemExit(main())
