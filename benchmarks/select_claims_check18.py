"""Draw the eighteenth claims check set (``data/claims_check18.jsonl``, issue 13, round 20): SHORTER articles again
(the held-out half's kind), the rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check17.py`` used it) with a new seed, articles of 400–3,000 characters (:data:`CHARS`; check16 took
1,501–3,000, check17 3,001–12,000, every check set before them 400–900) and round 20's blind hash rule (``in_range3``
of ``draws.py``): ``sha1(url)``'s second-to-last hex digit in ``a``–``f`` (:data:`HASH_RANGE`,
``draws.ROUND18_LONG_DIGITS``, never sampled by helpers) **and** its third-from-last ``8``, ``9``, ``a`` or ``b``
(:data:`THIRD_DIGITS`, ``draws.ROUND20_CLAIMS_THIRD``, this file's share; round 20's blind events draw, tune28, takes
``0``–``7``, sentence batch 24 ``c``–``f``). At least ``draws.MIN_CUES`` reported-speech words, pools ``conflict``
then ``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every annotated
file of ``benchmarks/data/`` at round 20's start (``draws.ROUND20_FILES``; by url only: their annotations are not
read) and the search articles.

* check18: seed :data:`SEED` (2018), conflict 10, politics 3.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check18.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND18_LONG_DIGITS, ROUND20_CLAIMS_THIRD, ROUND20_FILES, SEARCH_ARTICLES, ClaimsDraw, claims_main

SEED = 2018
SIZES = (("conflict", 10), ("politics", 3))
HASH_RANGE = ROUND18_LONG_DIGITS
THIRD_DIGITS = ROUND20_CLAIMS_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND20_FILES, SEARCH_ARTICLES)
CHECK18 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check18's draw (see the module docstring)
in_range, avoided_urls, select = CHECK18.in_range, CHECK18.avoided_urls, CHECK18.select

main = partial(claims_main, __doc__ or "", {"check18": select})


if __name__ == "__main__":
    raise SystemExit(main())
