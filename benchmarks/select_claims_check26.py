"""Draw the twenty-sixth claims check set (``data/claims_check26.jsonl``, issue 13, round 27): SHORTER articles (the
held-out half's kind), round 27's blind claims draw, the rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check25.py`` used it) with a new seed, articles of 400–3,000 characters (:data:`CHARS`, check19's to
check25's length) and check22's to check25's hash region (``in_range3`` of ``draws.py``): ``sha1(url)``'s
second-to-last hex digit a DIGIT ``0``–``9`` (:data:`HASH_RANGE`, ``draws.DIGITS``) **and** its third-from-last in
``c``–``f`` (:data:`THIRD_DIGITS`, ``draws.ROUND27_CLAIMS2_THIRD``: round 17's blind digits, never sampled by helpers,
whose fresh samples take ``0``–``9``, ``a``, ``b`` there). At least ``draws.MIN_CUES`` reported-speech words, pools
``conflict`` then ``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every
annotated file of ``benchmarks/data/`` at round 27's start (``draws.ROUND27_FILES``, check22's to check25's articles
among them; by url only: their annotations are not read) and the search articles.

* check26: seed :data:`SEED` (2026), conflict 12, politics 1.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check26.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND27_CLAIMS2_THIRD, ROUND27_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 2026
SIZES = (("conflict", 12), ("politics", 1))
HASH_RANGE = DIGITS
THIRD_DIGITS = ROUND27_CLAIMS2_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND27_FILES, SEARCH_ARTICLES)
CHECK26 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check26's draw (see the module docstring)
in_range, avoided_urls, select = CHECK26.in_range, CHECK26.avoided_urls, CHECK26.select

main = partial(claims_main, __doc__ or "", {"check26": select})


if __name__ == "__main__":
    raise SystemExit(main())
