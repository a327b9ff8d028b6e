"""Draw the fortieth events tune file (``data/events_tune40.jsonl``) from SaudiNewsNet.

Round 30: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 29's
tune39 (released to tuning at round 30's start). The rule, the seed and the sizes were fixed (and this script
committed) before any article was drawn or read; the articles are coded by hand (helper bt26) before rasd is run on
them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune39's (``select_events_tune39.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``, tune38's
``copies_of_excluded`` and tune39's ``copies_by_hash``) with

* a new seed (``SEED = 20302040``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 30's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) and the third-from-last in ``0``-``7``, ``a``, ``b``
  (``THIRD_DIGITS`` = :data:`draws.ROUND30_EVENTS_THIRD`; round 30's claims check29 takes the same second-to-last
  digits with a third-from-last 8, 9, c-f, ``draws.ROUND30_CLAIMS_THIRD``, so the two cannot meet);
* ``EXCLUDED_FILES``: :data:`draws.ROUND30_FILES` (every annotated file at round 30's start, round 29's released
  tune39, check28 and rowjudge7 among them), by (zip date, url) key; **and besides** tune39's copy exclusions (an
  article whose url without its query string is an excluded key's, whose stripped content equals an excluded
  article's, or whose ``sha1(content)[:12]`` is the ``content_sha1`` of an excluded record) **plus** the content check
  of ``select_claims_check28.py`` (round 29's lesson: tune39 drew an 88 % copy of a tune19 text under another url):
  an article is also left out when **50 % or more of its distinct six-word runs** (``select_claims_check28.runs``:
  6 consecutive ``\\w+`` words) occur in **one** annotated text (:data:`SHARE`; :func:`near_copies`). The annotated
  texts are the corpus contents of every excluded key's article (and of the urls of ``claims_judged18.jsonl``, whose
  records key their article as ``article``; only keys and urls are read from the files, the texts are hashed into
  runs and never printed). The check runs over the articles of the hash range and length before the pools are
  shuffled, so nothing is dropped after the draw; ``draws.py`` is not changed;
* sizes :data:`SIZES` (yemen 10, syria 1) and 4 negatives, **decided before the draw** from the pools' counts the
  lead gave for this range after ROUND30_FILES (250-3,000 characters, pool words on title + head as
  ``draw_by_place`` does): yemen 22, syria 1, negatives 202, the other place pools (iraq, libya, egypt, palestine,
  saudi_border) empty. The one syria article is taken, yemen takes 10 (about half its pool, so a later round keeps
  some), the empty pools take none (a size of 0, which keeps tune8's pools and their order), the negatives keep 4.
  15 articles in all when every pool is full.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune40.py [--shared ../shared]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from draws import ROUND18_LONG_DIGITS, ROUND30_EVENTS_THIRD, ROUND30_FILES, PlaceDraw, in_range3
from select_claims_check28 import _records, runs
from select_events_tune39 import bare_url, copies_by_hash, copies_of_excluded, excluded_hashes, sha12

__all__ = ["bare_url", "copies_by_hash", "copies_of_excluded", "excluded_hashes", "sha12"]

SEED = 20302040
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 30's events digits: 0-7, a, b)
THIRD_DIGITS = ROUND30_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 10, "syria": 1, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file at round 30's start
EXCLUDED_FILES = ROUND30_FILES
#: the claims judgments of round 18 (not an events-draw exclusion, but annotated texts: their urls' texts are compared)
JUDGED = "claims_judged18.jsonl"
#: the share of an article's distinct six-word runs found in one annotated text that makes it a copy
SHARE = 0.5


@cache
def judged_urls() -> frozenset[str]:
    """The article urls of :data:`JUDGED` (its records' ``article`` or ``key``; nothing else is read)."""
    out: set[str] = set()
    for r in _records(JUDGED):
        key = r.get("key") if isinstance(r.get("key"), dict) else r.get("article")
        if isinstance(key, dict) and isinstance(key.get("url"), str):
            out.add(key["url"])
    return frozenset(out)


def near_copies(
    rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]], extra_urls: frozenset[str] = frozenset()
) -> set[tuple[str, str]]:
    """The (zip date, url) keys of ``rows`` not in ``skip`` that share :data:`SHARE` or more of their distinct
    six-word runs with one annotated text: the content of an article of a key of ``skip``, or of a url of
    ``extra_urls``."""
    urls = {url for _, url in skip} | set(extra_urls)
    texts = sorted({a.get("content") or "" for z, a in rows if (z, a.get("url")) in skip or a.get("url") in urls})
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, text in enumerate(t for t in texts if t):
        for run in runs(text):
            index[run].add(i)
    out: set[tuple[str, str]] = set()
    for z, a in rows:
        key = (z, a.get("url"))
        if key in skip or a.get("url") in urls:
            continue
        mine = runs(a.get("content") or "")
        counts: Counter[int] = Counter()
        for run in mine:
            for i in index.get(run, ()):
                counts[i] += 1
        if mine and any(n >= SHARE * len(mine) for n in counts.values()):
            out.add(key)  # type: ignore[arg-type]
    return out


@dataclass(frozen=True)
class ContentAwareDraw(PlaceDraw):
    """:class:`draws.PlaceDraw` that also skips tune39's copies (:func:`copies_of_excluded`, :func:`copies_by_hash`)
    and the :func:`near_copies` among the articles of its hash range and length."""

    def draw(
        self, rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
    ) -> list[tuple[str, str, dict[str, Any]]]:
        low, high = self.chars
        assert self.third_digits is not None
        third = self.third_digits
        mine = [
            (z, a)
            for z, a in rows
            if in_range3(a.get("url"), third, self.hash_digits) and low <= len(a.get("content") or "") <= high
        ]
        texts = [(z, a) for z, a in rows if (z, a.get("url")) in skip or a.get("url") in judged_urls()]
        near = near_copies(mine + texts, skip, judged_urls())
        extra = copies_of_excluded(rows, skip) | copies_by_hash(rows, excluded_hashes(self.excluded_files)) | near
        return super().draw(rows, skip | extra)


RULE = ContentAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
