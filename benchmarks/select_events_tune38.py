"""Draw the articles of the thirty-eighth events tune file (``data/events_tune38.jsonl``) from SaudiNewsNet.

Round 28: a **blind** file of SHORTER articles (250-3,000 characters), the held-out half's kind, like round 27's
tune37 (released to tuning at round 28's start). The rule and the seed were fixed (and this script committed) before
any article was drawn or read; the articles are coded by hand (helper bt24) before rasd is run on them, and the lead
scores the first run as it comes out. No rule is changed for it.

Rule: tune37's (``select_events_tune37.py``: :class:`draws.PlaceDraw`'s pools and ``draw_by_place`` of
``select_events_dev.py``, tune8's place pools, ``BATTLE`` of ``select_events_tune7.py``) with

* a new seed (``SEED = 20282038``);
* content of **250-3,000 characters** (:data:`CHARS`);
* round 28's blind range for events articles: the second-to-last hex digit of ``sha1(url)`` in ``a``-``f``
  (``HASH_DIGITS`` = :data:`draws.ROUND18_LONG_DIGITS`) **and** the third-from-last in ``0``-``9`` or ``c``-``f``
  (``THIRD_DIGITS`` = :data:`draws.ROUND28_EVENTS_THIRD`; the a-b region beside it is spent for claims);
* ``EXCLUDED_FILES``: :data:`draws.ROUND28_FILES` (every annotated file at round 28's start, round 27's released
  tune37 and check26 among them), by (zip date, url) key; **and besides** (round 27's lesson: an exact-url exclusion
  missed a copy whose url differed by a query string) every article whose url without its query string (the part
  from ``?`` on dropped) is that of an excluded key, or whose content (stripped) equals the content of an article of
  an excluded key (:func:`copies_of_excluded`; ``draws.py`` is not changed);
* sizes :data:`SIZES` (yemen 10, egypt 1) and 4 negatives, decided before the draw from the pools' counts that
  tune37's README gives (after its exclusions yemen 46, egypt 3, the others 0; tune37 took yemen 9 and egypt 2, so
  about 37 and 1 are left): the **syria, iraq, libya, palestine and saudi_border pools are spent or empty** in this
  range and length and take none (a size of 0, which keeps tune8's pools and their order: an article whose head names
  Syria still goes to the syria pool, which takes none); **egypt is nearly spent** and takes its last 1; yemen takes
  the rest of the 11 pooled places (9 -> 10) and the negatives keep 4.

A pool with fewer articles than its size gives what it has; nothing is redrawn.

Usage::

    python benchmarks/select_events_tune38.py [--shared ../shared]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from draws import ROUND18_LONG_DIGITS, ROUND28_EVENTS_THIRD, ROUND28_FILES, PlaceDraw

SEED = 20282038
#: the second-to-last hex digits of sha1(url) this draw may take (round 18's blind range: a-f)
HASH_DIGITS = ROUND18_LONG_DIGITS
#: ... and the third-from-last (round 28's events digits: 0-9, c-f)
THIRD_DIGITS = ROUND28_EVENTS_THIRD
#: content length in characters (min, max), both included
CHARS = (250, 3000)
SIZES = {"yemen": 10, "syria": 0, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file at round 28's start
EXCLUDED_FILES = ROUND28_FILES


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


@dataclass(frozen=True)
class CopyAwareDraw(PlaceDraw):
    """:class:`draws.PlaceDraw` that also skips :func:`copies_of_excluded` of the keys it is given to skip."""

    def draw(
        self, rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
    ) -> list[tuple[str, str, dict[str, Any]]]:
        return super().draw(rows, skip | copies_of_excluded(rows, skip))


RULE = CopyAwareDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS, chars=CHARS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
