"""Draw the twenty-third claims check set (``data/claims_check23.jsonl``, issue 13, round 24): SHORTER articles (the
held-out half's kind), round 24's blind claims draw, the rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check22.py`` used it) with a new seed, articles of 400–3,000 characters (:data:`CHARS`, check19's to
check22's length) and check22's hash region (``in_range3`` of ``draws.py``): ``sha1(url)``'s second-to-last hex digit
a DIGIT ``0``–``9`` (:data:`HASH_RANGE`, ``draws.DIGITS``) **and** its third-from-last in ``c``–``f``
(:data:`THIRD_DIGITS`, ``draws.ROUND24_CLAIMS2_THIRD``: round 17's blind digits, never sampled by helpers, whose fresh
samples take ``0``–``9``, ``a``, ``b`` there). Round 23 found the a–f / a–b conflict pool spent
(``ROUND24_CLAIMS_THIRD`` is kept out of round 24's events draw, no claims set draws from it). At least
``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then ``politics`` by the head (title + first 400
characters), as every claims draw. :data:`AVOID`:
every annotated file of ``benchmarks/data/`` at round 24's start (``draws.ROUND24_FILES``, check21's and check22's
articles among them; by url only: their annotations are not read) and the search articles.

* check23: seed :data:`SEED` (2023), conflict 12, politics 1.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check23.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND24_CLAIMS2_THIRD, ROUND24_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 2023
SIZES = (("conflict", 12), ("politics", 1))
HASH_RANGE = DIGITS
THIRD_DIGITS = ROUND24_CLAIMS2_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND24_FILES, SEARCH_ARTICLES)
CHECK23 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check23's draw (see the module docstring)
in_range, avoided_urls, select = CHECK23.in_range, CHECK23.avoided_urls, CHECK23.select

main = partial(claims_main, __doc__ or "", {"check23": select})


if __name__ == "__main__":
    raise SystemExit(main())
