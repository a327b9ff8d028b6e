"""Draw the forty-second claims check set (``data/claims_check42.jsonl``, issue 13, round 43): articles of
1,001–10,000 characters in round 41's added lead region, round 43's blind claims draw, the rule fixed and committed
before any article was drawn or read.

Rule: check41's (``select_claims_check41.py``: check40's ``take_by`` / ``select_by`` — :class:`ClaimsDraw` of
``draws.py``, check7's rule, with check27's bare-url and content-hash exclusions, check28's six-word-run copy check and
check39's same-story skip) with a new seed, round 43's claims region (``in_range3`` of ``draws.py``): ``sha1(url)``'s
second-to-last hex digit ``8`` (:data:`HASH_RANGE`, ``draws.ROUND41_BLIND_SECOND``: the lead's since round 41;
helpers' fresh samples take ``0``–``7``, ``draws.FRESH_SECOND_42``) with a third-from-last digit ``0``–``7``
(:data:`THIRD_DIGITS`, ``draws.ROUND43_CLAIMS_THIRD``: the halves swapped since round 42; round 43's events tune55 takes
``8``–``f``, so the two draws cannot meet; events tune53 and tune54, which drew in ``0``–``7``, are excluded as
annotated files). **Length fixed by the lead for round 43: 1,001–10,000 characters** (:data:`CHARS`,
``draws.ROUND43_CLAIMS_CHARS``). At least ``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then
``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every annotated file of
``benchmarks/data/`` at round 43's start (``draws.ROUND43_FILES``: check41, tune53 and tune54 among them) and the
search articles.

Counted at round 43's start before this rule's count was fixed, by a script that printed pool sizes and content
lengths only (no title, url or text): at 1,001–10,000 characters the region's conflict / politics pools held **56 / 85**
articles before the exclusions (152,030 / 251,199 characters), 19 / 71 after the url exclusion, 16 / 65 after
check27's bare-url and content-hash ones and **12 / 62 after check28's content check**. The twelve conflict articles
left hold 1,144–9,738 characters (median 2,355), **44,998** in all; the 62 politics articles 1,073–8,053 (median
2,261; 181,347 in all).

**The count rule** (fixed before the draw; check41's, numbers kept; the round aims at 70–90 claims, about 2.2 claims a
thousand characters, so about 35,000 characters): conflict articles are taken in the pool's shuffled order until their
lengths total :data:`CONFLICT_CHARS` (30,000) or more, at most 30 (:data:`SIZES`); then **2 politics articles**; and —
check40's shortfall rule, kept — where the conflict articles total less than :data:`CONFLICT_CHARS`, further politics
articles are taken in the pool's shuffled order until the whole set totals :data:`TOTAL_CHARS` (35,000) or more (at
most :data:`MOST_POLITICS`, 20, politics articles in all). With the pool counted above the conflict pool (44,998
characters) is not short unless the same-story skip drops articles of it: the rule takes conflict articles until
30,000 characters and two politics articles. The count is not changed after the draw, whatever the claims come to.

**Distinct stories** (check39's rule, kept): an article that shares :data:`SAME_STORY` (20 %) or more of its distinct
six-word runs (``runs`` of ``select_claims_check28.py``) with an article already taken — or of whose runs that
article shares 20 % or more — is skipped as another print of the same story (``same_story``), and the next
article of its pool is taken instead. This runs in the pools' shuffled order, on the runs only (no text printed),
before anything is read.

Kept from check27 to check41: an article is avoided when its url is an avoided one, or its url without its query
string and fragment (and a trailing ``/``) is an avoided url's (``bare_url`` of ``select_claims_check27.py``, its
al-Watan over-exclusion kept as committed there), or its content's hash (``sha1(content)[:12]``) is an avoided
record's ``content_sha1`` (:func:`copied_urls`), or **50 % or more of its distinct six-word runs** (``runs`` of
``select_claims_check28.py``: 6 consecutive ``\\w+`` words; :data:`RUN`, :data:`SHARE`) **occur in one annotated
text** (:func:`near_copy_urls`). The annotated texts are the corpus contents of every url of :data:`AVOID` and of
``claims_judged18.jsonl`` (:data:`TEXT_FILES`; only urls are read from those files, never their annotations; the
texts are hashed into runs by the script and never printed). The exclusions run over the articles of the hash region
and length only, through ``select_by_head``'s ``keep``, before the pools are shuffled, so nothing is dropped after the
draw.

* check42: seed :data:`SEED` (20432042); conflict until 30,000 characters (at most 30), politics 2, then politics
  until 35,000 characters in all where the conflict pool fell short (at most 20 politics). A pool with fewer articles
  gives what it has; nothing is dropped or redrawn after reading.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose urls are excluded. Round 43's other blind file (events tune55, written at the same time)
is not read.

Usage::

    python benchmarks/select_claims_check42.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from bench_claims import _corpus
from draws import (
    ROUND41_BLIND_SECOND,
    ROUND43_CLAIMS_CHARS,
    ROUND43_CLAIMS_THIRD,
    ROUND43_FILES,
    SEARCH_ARTICLES,
    ClaimsDraw,
    claims_main,
)
from select_claims_check27 import bare_url
from select_claims_check28 import (
    RUN,
    SHARE,
    hash_copies,
    hashes_of,
    run_copies,
    runs,
    urls_of,
)
from select_claims_check39 import SAME_STORY
from select_claims_check40 import select_by, take_by

__all__ = ["RUN", "SAME_STORY", "SHARE", "_corpus", "bare_url", "runs"]

SEED = 20432042
#: the pools in their order and the most articles taken of each (conflict stops earlier at CONFLICT_CHARS)
SIZES = (("conflict", 30), ("politics", 2))
#: conflict articles are taken until their lengths total this many characters or more
CONFLICT_CHARS = 30000
#: where the conflict articles total less than CONFLICT_CHARS, politics articles are taken (beyond SIZES' two) until
#: the whole set totals this many characters or more
TOTAL_CHARS = 35000
#: the most politics articles the shortfall rule takes, SIZES' two included
MOST_POLITICS = 20
HASH_RANGE = ROUND41_BLIND_SECOND
THIRD_DIGITS = ROUND43_CLAIMS_THIRD
CHARS = ROUND43_CLAIMS_CHARS
AVOID = (*ROUND43_FILES, SEARCH_ARTICLES)
#: the files whose articles' texts the copy check compares with (AVOID and the claims judgments of round 18, whose
#: records key their article as ``article``)
TEXT_FILES = (*AVOID, "claims_judged18.jsonl")
CHECK42 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check42's hash range (see the module docstring)
in_range = CHECK42.in_range


def avoided_urls() -> set[str]:
    """The urls of :data:`AVOID` (``ClaimsDraw.avoided_urls``)."""
    return CHECK42.avoided_urls()


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


def take(ordered: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """check40's count rule (``select_claims_check40.take_by``) with check42's numbers: :data:`SIZES`,
    :data:`CONFLICT_CHARS`, :data:`TOTAL_CHARS` and :data:`MOST_POLITICS`."""
    return take_by(ordered, texts, SIZES, CONFLICT_CHARS, TOTAL_CHARS, MOST_POLITICS)


def select(folder: Path) -> list[dict[str, Any]]:
    """check42's drawn articles (zip, url, pool, ...): check40's ``select_by`` over :data:`CHECK42`'s region with
    :func:`take`'s count rule."""
    return select_by(folder, CHECK42, TEXT_FILES, take)


main = partial(claims_main, __doc__ or "", {"check42": select})


if __name__ == "__main__":
    raise SystemExit(main())
