"""Draw the twenty-seventh claims check set (``data/claims_check27.jsonl``, issue 13, round 28): SHORTER articles (the
held-out half's kind), round 28's blind claims draw, the rule fixed and committed before any article was read.

Rule: :class:`ClaimsDraw` of ``draws.py`` (check7's rule, as ``select_claims_check11.py`` to
``select_claims_check26.py`` used it) with a new seed, articles of 400–3,000 characters (:data:`CHARS`, check19's to
check26's length) and check22's to check26's hash region (``in_range3`` of ``draws.py``): ``sha1(url)``'s
second-to-last hex digit a DIGIT ``0``–``9`` (:data:`HASH_RANGE`, ``draws.DIGITS``) **and** its third-from-last in
``c``–``f`` (:data:`THIRD_DIGITS`, ``draws.ROUND28_CLAIMS2_THIRD``: round 17's blind digits, never sampled by helpers,
whose fresh samples take ``0``–``9``, ``a``, ``b`` there). At least ``draws.MIN_CUES`` reported-speech words, pools
``conflict`` then ``politics`` by the head (title + first 400 characters), as every claims draw. :data:`AVOID`: every
annotated file of ``benchmarks/data/`` at round 28's start (``draws.ROUND28_FILES``, check22's to check26's articles
among them) and the search articles.

New in check27 (round 27's lesson: check26's index 8 was an events-only sentence batch's text under a ``?weekly``
url): an article is avoided when its url is an avoided one, **or its url without its query string and fragment (and
a trailing ``/``) is an avoided url's** (:func:`bare_url`), **or its content's hash (``sha1(content)[:12]``, the
``content_sha1`` every annotated record carries) is an avoided record's** (:func:`copied_urls`). Only the urls and
content hashes of the avoided files are read, never their annotations. Both exclusions are applied before the pools
are shuffled (through ``keep``), so nothing is dropped after the draw.

* check27: seed :data:`SEED` (2027), conflict 12, politics 1.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. A pool with fewer articles gives what it has; nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check27.py [--shared ../shared]
"""

from __future__ import annotations

import hashlib
import json
from functools import partial
from pathlib import Path
from typing import Any

from bench_claims import _corpus, select_by_head
from draws import (
    DATA,
    DIGITS,
    MIN_CUES,
    ROUND28_CLAIMS2_THIRD,
    ROUND28_FILES,
    SEARCH_ARTICLES,
    ClaimsDraw,
    claims_main,
)
from select_claims_check4 import POLITICS

SEED = 2027
SIZES = (("conflict", 12), ("politics", 1))
HASH_RANGE = DIGITS
THIRD_DIGITS = ROUND28_CLAIMS2_THIRD
CHARS = (400, 3000)
AVOID = (*ROUND28_FILES, SEARCH_ARTICLES)
CHECK27 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check27's hash range (see the module docstring)
in_range = CHECK27.in_range


def bare_url(url: str) -> str:
    """``url`` without its query string, its fragment and a trailing ``/``."""
    return url.split("#", 1)[0].split("?", 1)[0].rstrip("/")


def avoided_urls() -> set[str]:
    """The urls of :data:`AVOID` (``ClaimsDraw.avoided_urls``)."""
    return CHECK27.avoided_urls()


def avoided_hashes() -> set[str]:
    """The ``content_sha1`` of every record of :data:`AVOID` that carries one (nothing else of the records is read)."""
    out: set[str] = set()
    for name in AVOID:
        path = DATA / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sha = json.loads(line).get("content_sha1")
                if isinstance(sha, str):
                    out.add(sha)
    return out


def copied_urls(folder: Path) -> set[str]:
    """The urls of the corpus articles whose content hash is an avoided record's (a copy under another url)."""
    hashes = avoided_hashes()
    return {
        a["url"]
        for _, a in _corpus(folder)
        if isinstance(a.get("url"), str)
        and hashlib.sha1((a.get("content") or "").encode("utf-8")).hexdigest()[:12] in hashes
    }


def select(folder: Path) -> list[dict[str, Any]]:
    """check27's drawn articles (zip, url, pool, ...): ``ClaimsDraw``'s draw with the bare-url and content-hash
    exclusions of the module docstring applied before the pools are taken."""
    avoid = avoided_urls()
    bare = {bare_url(u) for u in avoid}
    copies = copied_urls(folder)

    def keep(url: str) -> bool:
        return in_range(url) and bare_url(url) not in bare and url not in copies

    return select_by_head(folder, SEED, SIZES, avoid, CHARS, MIN_CUES, POLITICS, keep=keep)


main = partial(claims_main, __doc__ or "", {"check27": select})


if __name__ == "__main__":
    raise SystemExit(main())
