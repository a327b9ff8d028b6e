"""Draw the articles of the thirty-ninth events tune file (``data/events_tune39.jsonl``) from SaudiNewsNet.

Round 29: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 28's
tune38 (released to tuning at round 29's start). The rule, the seed and the sizes were fixed (and this script
committed) before any article was drawn or read; the articles are coded by hand (helper bt25) before rasd is run on
them, and the lead scores the first run as it comes out. No rule is changed for it.

Rule: tune38's (``select_events_tune38.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``, and tune38's
``copies_of_excluded``) with

* a new seed (``SEED = 20292039``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 29's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) and **any** third-from-last (``THIRD_DIGITS`` =
  :data:`draws.ROUND29_EVENTS_THIRD`: the a-b region beside round 28's 0-9/c-f was spent only for claims articles,
  and round 29's claims check28 takes a second-to-last digit 0-9, so the two cannot meet);
* ``EXCLUDED_FILES``: :data:`draws.ROUND29_FILES` (every annotated file at round 29's start, round 28's released
  tune38, check27 and rowjudge6 among them), by (zip date, url) key; **and besides** tune38's copy exclusion (every
  article whose url without its query string is an excluded key's, or whose stripped content equals the content of
  an article of an excluded key: :func:`copies_of_excluded`) **plus** a content-hash check: every article whose
  ``sha1(content)[:12]`` is the ``content_sha1`` of a record of an excluded file (:func:`excluded_hashes`; only that
  field of the records is read; :func:`copies_by_hash`); ``draws.py`` is not changed;
* sizes :data:`SIZES` (yemen 5, syria 3, iraq 1, egypt 1, palestine 1) and 4 negatives, **decided before the draw**
  from the pools' counts the lead gave for this range after ROUND29_FILES (250-3,000 characters, pool words on title
  + head as ``draw_by_place`` does): third digit 0-9/c-f yemen 27, negatives 287 (the other place pools spent);
  third digit a-b syria 3, yemen 8, egypt 1, iraq 1, palestine 1, negatives 44. Every syria, iraq, egypt and
  palestine article there is is taken (3 + 1 + 1 + 1); yemen takes the rest of the 11 pooled places (5); libya and
  saudi_border are empty and take none (a size of 0, which keeps tune8's pools and their order); the negatives keep 4.
  15 articles in all when every pool is full.

A pool with fewer articles than its size (after the copy exclusions) gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune39.py [--shared ../shared]
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from draws import ROUND18_LONG_DIGITS, ROUND29_EVENTS_THIRD, ROUND29_FILES, PlaceDraw

SEED = 20292039
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 29's events digits: any)
THIRD_DIGITS = ROUND29_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 5, "syria": 3, "iraq": 1, "libya": 0, "egypt": 1, "palestine": 1, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file at round 29's start
EXCLUDED_FILES = ROUND29_FILES
DATA = Path(__file__).resolve().parent / "data"


def bare_url(url: str | None) -> str:
    """``url`` without its query string (from the first ``?`` on)."""
    return (url or "").split("?", 1)[0]


def copies_of_excluded(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (zip date, url) keys of ``rows`` not in ``skip`` whose url without its query string is an excluded
    key's, or whose stripped content equals the stripped content of an article of an excluded key."""
    bare = {bare_url(url) for _, url in skip}
    texts = {(a.get("content") or "").strip() for z, a in rows if (z, a.get("url")) in skip}
    texts.discard("")
    out: set[tuple[str, str]] = set()
    for z, a in rows:
        key = (z, a.get("url"))
        if key in skip:
            continue
        if bare_url(a.get("url")) in bare or (a.get("content") or "").strip() in texts:
            out.add(key)  # type: ignore[arg-type]
    return out


def sha12(text: str) -> str:
    """The first 12 hex digits of ``sha1(text)`` (an annotated record's ``content_sha1``)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def excluded_hashes(files: tuple[str, ...] = EXCLUDED_FILES) -> set[str]:
    """The ``content_sha1`` of every record of ``files`` that carries one (nothing else of the records is read)."""
    out: set[str] = set()
    for name in files:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                sha = json.loads(line).get("content_sha1")
                if isinstance(sha, str):
                    out.add(sha)
    return out


def copies_by_hash(rows: list[tuple[str, dict[str, Any]]], hashes: set[str]) -> set[tuple[str, str]]:
    """The (zip date, url) keys of ``rows`` whose content's :func:`sha12` is one of ``hashes``."""
    return {(z, a.get("url")) for z, a in rows if sha12(a.get("content") or "") in hashes}  # type: ignore[misc]


@dataclass(frozen=True)
class CopyAwareDraw(PlaceDraw):
    """:class:`draws.PlaceDraw` that also skips :func:`copies_of_excluded` of the keys it is given to skip and
    :func:`copies_by_hash` of the excluded files' content hashes."""

    def draw(
        self, rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
    ) -> list[tuple[str, str, dict[str, Any]]]:
        return super().draw(rows, skip | copies_of_excluded(rows, skip) | copies_by_hash(rows, excluded_hashes()))


RULE = CopyAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
