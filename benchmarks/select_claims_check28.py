"""Draw the twenty-eighth claims check set (``data/claims_check28.jsonl``, issue 13, round 29): SHORTER articles (the
held-out half's kind), round 29's blind claims draw, the rule fixed and committed before any article was read.

Rule: check27's (``select_claims_check27.py``: :class:`ClaimsDraw` of ``draws.py``, check7's rule) with a new seed,
articles of 400–3,000 characters (:data:`CHARS`) and check22's to check27's hash region (``in_range3`` of
``draws.py``): ``sha1(url)``'s second-to-last hex digit a DIGIT ``0``–``9`` (:data:`HASH_RANGE`, ``draws.DIGITS``)
**and** its third-from-last in ``c``–``f`` (:data:`THIRD_DIGITS`, ``draws.ROUND29_CLAIMS2_THIRD``: round 17's blind
digits, never sampled by helpers, whose fresh samples take ``0``–``9``, ``a``, ``b`` there). At least
``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then ``politics`` by the head (title + first 400
characters), as every claims draw. :data:`AVOID`: every annotated file of ``benchmarks/data/`` at round 29's start
(``draws.ROUND29_FILES``, check27, tune38 and rowjudge6 among them) and the search articles.

Kept from check27: an article is avoided when its url is an avoided one, or its url without its query string and
fragment (and a trailing ``/``) is an avoided url's (``bare_url`` of ``select_claims_check27.py``, its al-Watan
over-exclusion kept as committed there), or its content's hash (``sha1(content)[:12]``) is an avoided record's
``content_sha1`` (``copied_urls``).

New in check28 (round 28's lesson: three of check27's 13 articles were another paper's print of the same agency story
as a released claims text, under another url and with another content hash): **the copy check is by content**. An
article is also avoided when **50 % or more of its six-word runs** (:data:`RUN` = 6 consecutive words, a word being a
``\\w+`` run of its content; :func:`runs`) **occur in one annotated text** (:data:`SHARE` = 0.5; the share is the
article's runs found in that one text over all of the article's distinct runs; :func:`near_copy_urls`). The
annotated texts are the corpus contents of every url of :data:`AVOID` and of ``claims_judged18.jsonl``
(:data:`TEXT_FILES`; only urls are read from those files, never their annotations; the texts are hashed into runs
by the script and never printed). The copy check runs over the articles of the hash region and length only, through
``select_by_head``'s ``keep``, before the pools are shuffled, so nothing is dropped after the draw.

* check28: seed :data:`SEED` (2028), conflict 12, politics 1 (13 articles). The region may be thin after the new
  check: a pool with fewer articles gives what it has (the set then has fewer than 13); nothing is dropped or
  redrawn after reading.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose urls are excluded.

Usage::

    python benchmarks/select_claims_check28.py [--shared ../shared]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench_claims import _corpus, select_by_head
from draws import (
    DATA,
    DIGITS,
    MIN_CUES,
    ROUND29_CLAIMS2_THIRD,
    ROUND29_FILES,
    SEARCH_ARTICLES,
    ClaimsDraw,
    claims_main,
)
from select_claims_check4 import POLITICS
from select_claims_check27 import bare_url

SEED = 2028
SIZES = (("conflict", 12), ("politics", 1))
HASH_RANGE = DIGITS
THIRD_DIGITS = ROUND29_CLAIMS2_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND29_FILES, SEARCH_ARTICLES)
#: the files whose articles' texts the copy check compares with (AVOID and the claims judgments of round 18, whose
#: records key their article as ``article``)
TEXT_FILES = (*AVOID, "claims_judged18.jsonl")
#: words in a run, and the share of an article's runs found in one annotated text that makes it a copy
RUN = 6
SHARE = 0.5
CHECK28 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check28's hash range (see the module docstring)
in_range = CHECK28.in_range

_WORD = re.compile(r"\w+")


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    """The distinct runs of ``n`` consecutive words (``\\w+``) of ``text``."""
    words = _WORD.findall(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def avoided_urls() -> set[str]:
    """The urls of :data:`AVOID` (``ClaimsDraw.avoided_urls``)."""
    return CHECK28.avoided_urls()


def _records(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hashes_of(files: tuple[str, ...]) -> set[str]:
    """The ``content_sha1`` of every record of ``files`` that carries one (nothing else of the records is read)."""
    return {sha for name in files for r in _records(name) if isinstance(sha := r.get("content_sha1"), str)}


def urls_of(files: tuple[str, ...]) -> set[str]:
    """The urls of every record of ``files`` (its ``key``, or ``article`` for the judgments; nothing else)."""
    out: set[str] = set()
    for name in files:
        for r in _records(name):
            key = r.get("key") if isinstance(r.get("key"), dict) else r.get("article")
            if isinstance(key, dict) and isinstance(key.get("url"), str):
                out.add(key["url"])
            elif isinstance(r.get("url"), str):
                out.add(r["url"])
    return out


def hash_copies(corpus: list[tuple[str, dict[str, Any]]], hashes: set[str]) -> set[str]:
    """The urls of the corpus articles whose content hash is in ``hashes`` (a copy under another url)."""
    return {
        a["url"]
        for _, a in corpus
        if isinstance(a.get("url"), str)
        and hashlib.sha1((a.get("content") or "").encode("utf-8")).hexdigest()[:12] in hashes
    }


def run_copies(
    corpus: list[tuple[str, dict[str, Any]]],
    annotated: set[str],
    in_region: Callable[[str], bool],
    chars: tuple[int, int],
) -> set[str]:
    """The urls of the corpus articles in ``in_region`` and of ``chars`` length that share :data:`SHARE` or more of
    their six-word runs with one annotated text (the articles of the ``annotated`` urls in the corpus)."""
    texts = sorted({a.get("content") or "" for _, a in corpus if a.get("url") in annotated} - {""})
    index = run_index(texts)
    out: set[str] = set()
    for _, a in corpus:
        url, content = a.get("url"), a.get("content") or ""
        if not isinstance(url, str) or url in annotated or not in_region(url):
            continue
        if not chars[0] <= len(content) <= chars[1]:
            continue
        mine = runs(content)
        if mine and any(n >= SHARE * len(mine) for n in overlaps(content, index).values()):
            out.add(url)
    return out


def copy_checked_draw(
    folder: Path,
    seed: int,
    sizes: tuple[tuple[str, int], ...],
    avoid: set[str],
    chars: tuple[int, int],
    in_region: Callable[[str], bool],
    copies: Callable[[list[tuple[str, dict[str, Any]]]], set[str]],
) -> list[dict[str, Any]]:
    """``ClaimsDraw``'s draw by head with the bare-url exclusion of ``avoid`` and the urls ``copies`` gives for the
    corpus left out before the pools are taken (check28's rule; check29 and later pass their own constants)."""
    bare = {bare_url(u) for u in avoid}
    left_out = copies(_corpus(folder))

    def keep(url: str) -> bool:
        return in_region(url) and bare_url(url) not in bare and url not in left_out

    return select_by_head(folder, seed, sizes, avoid, chars, MIN_CUES, POLITICS, keep=keep)


def avoided_hashes() -> set[str]:
    """The ``content_sha1`` of every record of :data:`AVOID` that carries one (nothing else of the records is read)."""
    return hashes_of(AVOID)


def text_urls() -> set[str]:
    """The urls of every record of :data:`TEXT_FILES` (its ``key``, or ``article`` for the judgments; nothing else)."""
    return urls_of(TEXT_FILES)


def copied_urls(corpus: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The urls of the corpus articles whose content hash is an avoided record's (a copy under another url)."""
    return hash_copies(corpus, avoided_hashes())


def overlaps(content: str, index: dict[tuple[str, ...], set[int]]) -> Counter[int]:
    """For each annotated text (by its number in ``index``), how many of ``content``'s distinct runs it holds."""
    counts: Counter[int] = Counter()
    for run in runs(content):
        for i in index.get(run, ()):
            counts[i] += 1
    return counts


def run_index(texts: list[str]) -> dict[tuple[str, ...], set[int]]:
    """Each six-word run of ``texts`` and the numbers of the texts that hold it."""
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        for run in runs(text):
            index[run].add(i)
    return index


def near_copy_urls(corpus: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The urls of the corpus articles of the hash region and length that share :data:`SHARE` or more of their
    six-word runs with one annotated text (:func:`text_urls`' articles in the corpus)."""
    return run_copies(corpus, text_urls(), in_range, CHARS)


def select(folder: Path) -> list[dict[str, Any]]:
    """check28's drawn articles (zip, url, pool, ...): ``ClaimsDraw``'s draw with the bare-url, content-hash and
    six-word-run exclusions of the module docstring applied before the pools are taken."""
    return copy_checked_draw(
        folder, SEED, SIZES, avoided_urls(), CHARS, in_range, lambda c: copied_urls(c) | near_copy_urls(c)
    )


main = partial(claims_main, __doc__ or "", {"check28": select})


if __name__ == "__main__":
    raise SystemExit(main())
