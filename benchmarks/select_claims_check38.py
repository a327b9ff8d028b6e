"""Draw the thirty-eighth claims check set (``data/claims_check38.jsonl``, issue 13, round 39): LONG articles of
6,001–10,000 characters, round 39's blind claims draw, the rule fixed and committed before any article was read.

Rule: check37's (``select_claims_check37.py``: :class:`ClaimsDraw` of ``draws.py``, check7's rule, with check27's
bare-url and content-hash exclusions and check28's six-word-run copy check) with a new seed, round 39's claims region
(``in_range3`` of ``draws.py``): ``sha1(url)``'s second-to-last hex digit in ``a``–``f`` (:data:`HASH_RANGE`,
``draws.ROUND18_LONG_DIGITS``: never sampled by helpers, whose fresh samples take a digit there) with a third-from-last
digit ``8``–``f`` (:data:`THIRD_DIGITS`, ``draws.ROUND39_CLAIMS_THIRD``; round 39's events tune49 takes ``0``–``7``, so
the two draws cannot meet). **Length fixed by the lead for round 39: 6,001–10,000 characters** (:data:`CHARS`;
check37 took 3,001–6,000 in this region, whose conflict pool is spent). Counted at round 39's start before this rule
was written, by a script that printed pool sizes only (no title, url or text): at 6,001–10,000 characters the region's
conflict / politics pools held 17 / 43 articles before the exclusions, 8 / 34 after the url exclusion, 8 / 34 after
check27's bare-url and content-hash ones and **8 / 34 after check28's content check** (at 3,001–6,000 they held
54 / 156, 7 / 115, 3 / 107 and 3 / 103: check37's six now excluded). **Sizes: conflict 4, politics 1 (5 articles)**,
fixed before the draw: these articles are about twice check37's length (3,001–6,000 characters gave 68 claims in 6
articles, about 11 each), so five should give the 70–90 claims the round aims at; the count is not changed after the
draw, whatever the claims come to. Every earlier draw of the region (claims checks and events tune files of a–f,
round 38's check37 among them) is avoided as every annotated file's. At least ``draws.MIN_CUES`` reported-speech words,
pools ``conflict`` then ``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`:
every annotated file of ``benchmarks/data/`` at round 39's start (``draws.ROUND39_FILES``, check37 and tune48 among
them) and the search articles.

Kept from check27 to check38: an article is avoided when its url is an avoided one, or its url without its query
string and fragment (and a trailing ``/``) is an avoided url's (``bare_url`` of ``select_claims_check27.py``, its
al-Watan over-exclusion kept as committed there), or its content's hash (``sha1(content)[:12]``) is an avoided
record's ``content_sha1`` (:func:`copied_urls`), or **50 % or more of its distinct six-word runs** (``runs`` of
``select_claims_check28.py``: 6 consecutive ``\\w+`` words; :data:`RUN`, :data:`SHARE`) **occur in one annotated
text** (:func:`near_copy_urls`). The annotated texts are the corpus contents of every url of :data:`AVOID` and of
``claims_judged18.jsonl`` (:data:`TEXT_FILES`; only urls are read from those files, never their annotations; the
texts are hashed into runs by the script and never printed). The exclusions run over the articles of the hash region
and length only, through ``select_by_head``'s ``keep``, before the pools are shuffled, so nothing is dropped after the
draw.

* check38: seed :data:`SEED` (20392038), conflict 4, politics 1 (5 articles). A pool with fewer articles gives what
  it has (the set then has fewer than 5); nothing is dropped or redrawn after reading.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose urls are excluded. Round 39's other blind files (events tune49, rowjudge16 if any) are
not read.

Usage::

    python benchmarks/select_claims_check38.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from bench_claims import _corpus
from draws import (
    ROUND18_LONG_DIGITS,
    ROUND39_CLAIMS_THIRD,
    ROUND39_FILES,
    SEARCH_ARTICLES,
    ClaimsDraw,
    claims_main,
)
from select_claims_check27 import bare_url
from select_claims_check28 import (
    RUN,
    SHARE,
    copy_checked_draw,
    hash_copies,
    hashes_of,
    run_copies,
    runs,
    urls_of,
)

__all__ = ["RUN", "SHARE", "_corpus", "bare_url", "runs"]

SEED = 20392038
SIZES = (("conflict", 4), ("politics", 1))
HASH_RANGE = ROUND18_LONG_DIGITS
THIRD_DIGITS = ROUND39_CLAIMS_THIRD
CHARS = (6001, 10000)
AVOID = (*ROUND39_FILES, SEARCH_ARTICLES)
#: the files whose articles' texts the copy check compares with (AVOID and the claims judgments of round 18, whose
#: records key their article as ``article``)
TEXT_FILES = (*AVOID, "claims_judged18.jsonl")
CHECK38 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check38's hash range (see the module docstring)
in_range = CHECK38.in_range


def avoided_urls() -> set[str]:
    """The urls of :data:`AVOID` (``ClaimsDraw.avoided_urls``)."""
    return CHECK38.avoided_urls()


def avoided_hashes() -> set[str]:
    """The ``content_sha1`` of every record of :data:`AVOID` that carries one (nothing else of the records is read)."""
    return hashes_of(AVOID)


def text_urls() -> set[str]:
    """The urls of every record of :data:`TEXT_FILES` (its ``key``, or ``article`` for the judgments; nothing else)."""
    return urls_of(TEXT_FILES)


def copied_urls(corpus: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The urls of the corpus articles whose content hash is an avoided record's (a copy under another url)."""
    return hash_copies(corpus, avoided_hashes())


def near_copy_urls(corpus: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The urls of the corpus articles of the hash region and length that share :data:`SHARE` or more of their
    six-word runs with one annotated text (:func:`text_urls`' articles in the corpus)."""
    return run_copies(corpus, text_urls(), in_range, CHARS)


def select(folder: Path) -> list[dict[str, Any]]:
    """check38's drawn articles (zip, url, pool, ...): ``ClaimsDraw``'s draw with the bare-url, content-hash and
    six-word-run exclusions of the module docstring applied before the pools are taken (check28's
    ``copy_checked_draw``)."""
    return copy_checked_draw(
        folder, SEED, SIZES, avoided_urls(), CHARS, in_range, lambda c: copied_urls(c) | near_copy_urls(c)
    )


main = partial(claims_main, __doc__ or "", {"check38": select})


if __name__ == "__main__":
    raise SystemExit(main())
