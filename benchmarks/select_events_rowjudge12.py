"""Draw the articles of the twelfth row-judgment file (``data/events_rowjudge12.jsonl``) from SaudiNewsNet.

Issue 12, round 34 (helper fp13): precision and recall on fresh news, measured a twelfth time. Every discrete ACLED
row rasd gives at the tree of round 34's start (w0 = 4e14451) on fresh articles is judged by hand with the rules of
the earlier row-judgment files (``select_events_rowjudge11.py``, round 33, and before it), and the events it missed
are listed; the lead re-runs the set at the round's end to count the true rows kept, the false rows gone and the
missed events found on news no rule was made on. The rule and the seed were fixed, and this script committed, before
any article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge11.py``'s (rowjudge4's place pools and clash words, the helpers' fresh hash range,
copies and near copies of annotated texts left out, the clash-headed tier, the body tier split into its
conflict-headed ``<place>_war`` pools and the rest, ``<place>_body``) with

* a new seed, ``SEED = 20343012``;
* every annotated file of ``benchmarks/data/`` at round 34's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND34_FILES``: the eleven earlier row-judgment files, tune43 and check32
  among them), every copy (``select_events_tune38.copies_of_excluded``) and every near copy (rowjudge7's rule, 50 %
  of six-word runs in one annotated text, :func:`near_copies`, here with this draw's length band); round 34's blind
  tune44 takes a second-to-last ``0``-``9`` with a third-from-last ``c``-``f`` and check33 a second-to-last
  ``a``-``f``: neither can meet this draw;
* **new: the length band widened to 250-6,000 characters** (rowjudge11's was 250-3,000): round 33's blind tune43
  (long articles, 3,000-8,000 characters) gave precision 0.550 against the short files' ~0.8, so long articles are
  where precision falls, and a measure of fresh news should hold some. Decided before any count or draw;
* the tiers kept as rowjudge11's: the war tier first, the body tier's two largest pools one each, negatives. The
  clash-headed place pools, spent for short articles, hold long ones in the wider band (counted before the draw after
  every exclusion, no seed involved: yemen 24, syria 21, egypt 8, iraq 6, palestine 3, libya 2); they are left at 0
  (:data:`SIZES`) so that the tiers stay rowjudge11's. ``_war`` pools (short + long): yemen 10 + 11, syria 6 + 7,
  egypt 3 + 4, iraq 2 + 3, palestine 1 + 4, libya 0 + 3, saudi_border 0; ``_body``: yemen 18 + 14, syria 21 + 11,
  iraq 15 + 6, egypt 43 + 15, palestine 9 + 4, libya 0 + 2, saudi_border 16 + 0; negative 342 + 69. Taken
  (:data:`WAR_SIZES`, :data:`BODY_SIZES`): ``_war`` yemen 8, syria 6, iraq 3, egypt 3, palestine 2, libya 1 (23
  articles, about half of each), ``_body`` syria 1, egypt 1 (the two largest body pools), :data:`NEGATIVES` 5.

Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` (``take_from_pools``), a title already taken skipped.

Usage::

    python benchmarks/select_events_rowjudge12.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
import select_events_rowjudge11 as eleventh
from draws import DIGITS, ROUND34_FILES, in_range3
from select_claims_check28 import overlaps, run_index, runs
from select_events_dev import print_draw, take_from_pools
from select_events_tune38 import copies_of_excluded

SEED = 20343012
#: round 34: the band widened from rowjudge11's 250-3,000 so that long articles (tune43's kind) are drawn too
MIN_CHARS, MAX_CHARS = 250, 6000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
#: rowjudge8's clash-headed place pools: left at 0 (spent for short articles; their long ones kept out of the tiers)
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: the body tier's conflict-headed articles (a violence or war word in the head, no clash word there)
WAR_SIZES = {"yemen": 8, "syria": 6, "iraq": 3, "libya": 1, "egypt": 3, "palestine": 2, "saudi_border": 0}
#: the rest of rowjudge9's body tier (the place in the head, a clash word only in the body)
BODY_SIZES = {"yemen": 0, "syria": 1, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 5
#: every annotated file of ``benchmarks/data/`` at round 34's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND34_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = 0.5


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def in_band(content: str) -> bool:
    """Whether an article's content is of this draw's length."""
    return MIN_CHARS <= len(content) <= MAX_CHARS


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """rowjudge7's near copies with this draw's band: the (zip date, url) keys of ``rows`` not in ``skip``, in the
    hash range and length, that share :data:`SHARE` or more of their distinct six-word runs with the content of one
    article of ``skip``."""
    texts = sorted({a.get("content") or "" for z, a in rows if (z, a.get("url")) in skip} - {""})
    index = run_index(texts)
    out: set[tuple[str, str]] = set()
    for z, a in rows:
        url, content = a.get("url"), a.get("content") or ""
        if (z, url) in skip or not isinstance(url, str) or not in_range3(url, THIRD_DIGITS, HASH_DIGITS):
            continue
        if not in_band(content):
            continue
        mine = runs(content)
        if mine and any(n >= SHARE * len(mine) for n in overlaps(content, index).values()):
            out.add((z, url))
    return out


def pool_of(article: dict[str, Any]) -> str | None:
    """rowjudge11's pool of one article (a clash-headed place pool's name, ``<place>_war``, ``<place>_body``,
    ``negative`` or ``None``)."""
    return eleventh.pool_of(article)


def sizes() -> dict[str, int]:
    """How many each pool gives, in the order the pools are taken."""
    return (
        SIZES
        | {f"{name}_war": n for name, n in WAR_SIZES.items()}
        | {f"{name}_body": n for name, n in BODY_SIZES.items()}
        | {"negative": NEGATIVES}
    )


def candidates(
    rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each pool's articles: the hash range and the length, none of ``skip``."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name in sizes()}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in skip or not in_band(content):
            continue
        if not in_range3(a.get("url"), THIRD_DIGITS, HASH_DIGITS):
            continue
        name = pool_of(a)
        if name is not None:
            out[name].append((zip_date, a))
    return out


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples, pool by pool, the copies and near copies of the skipped articles
    skipped too."""
    left_out = skip | copies_of_excluded(rows, skip) | near_copies(rows, skip)
    return take_from_pools(candidates(rows, left_out), sizes(), SEED)


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
