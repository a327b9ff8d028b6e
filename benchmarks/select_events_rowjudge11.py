"""Draw the articles of the eleventh row-judgment file (``data/events_rowjudge11.jsonl``) from SaudiNewsNet.

Issue 12, round 33 (helper fp12): precision and recall on fresh news, measured an eleventh time. Every discrete ACLED
row rasd gives at the tree of round 33's start (w0 = 18bf56e) on fresh articles is judged by hand with the rules of
the earlier row-judgment files (``select_events_rowjudge10.py``, round 32, and before it), and the events it missed
are listed; the lead re-runs the set at the round's end to count the true rows kept, the false rows gone and the
missed events found on news no rule was made on. The rule and the seed were fixed, and this script committed, before
any article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge10.py``'s (rowjudge4's place pools and clash words, the helpers' fresh hash range,
250-3,000 characters, copies and near copies of annotated texts left out, the clash-headed tier and the body tier)
with

* a new seed, ``SEED = 20333011``;
* every annotated file of ``benchmarks/data/`` at round 33's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND33_FILES``: the ten earlier row-judgment files, tune42 and check31 among
  them), every copy (``select_events_tune38.copies_of_excluded``) and every near copy (rowjudge7's
  :func:`near_copies`, 50 % of six-word runs in one annotated text); round 33's blind tune43 takes a second-to-last
  ``0``-``9`` with a third-from-last ``c``-``f`` and check32 a second-to-last ``a``-``f``: neither can meet this draw;
* the clash-headed place pools are still **spent** (counted before the draw, no seed involved: none is left after
  the exclusions), so :data:`SIZES` are all 0;
* **new: the body tier split in two, weighted towards its conflict-headed articles.** rowjudge10's body tier gave 7
  rows on 30 articles, its articles mostly politics and culture with the fighting in a background clause. A body-tier
  article whose head (title + first ``HEAD_CHARS`` characters) has a violence or war word of the dev set's
  ``VIOLENCE`` or ``WAR_WORDS`` (but no clash word of ``BATTLE``: else it would be clash-headed) now goes to a pool of
  its own, ``<place>_war``; the rest stay ``<place>_body``. Counted before the draw after every exclusion (no seed
  involved): ``_war`` yemen 18, syria 12, egypt 6, iraq 5, saudi_border 3, palestine 2, libya 0; ``_body`` yemen 18,
  syria 22, iraq 15, egypt 45, palestine 9, saudi_border 16, libya 0; negative 349. Taken (:data:`WAR_SIZES`,
  :data:`BODY_SIZES`): ``_war`` yemen 8, syria 6, iraq 3, egypt 3, saudi_border 2, palestine 1 (23 articles, half of
  the conflict-headed articles left), ``_body`` syria 1, egypt 1 (the two largest body pools, 2 articles);
* :data:`NEGATIVES` 5 from the negative pool (rowjudge8's rule).

Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` (``take_from_pools``), a title already taken skipped.

Usage::

    python benchmarks/select_events_rowjudge11.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
import select_events_rowjudge10 as tenth
from draws import DIGITS, ROUND33_FILES, in_range3
from select_events_dev import HEAD_CHARS, VIOLENCE, WAR_WORDS, print_draw, take_from_pools
from select_events_tune38 import copies_of_excluded

SEED = 20333011
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
#: rowjudge8's clash-headed place pools: spent in this range after the exclusions
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: the body tier's conflict-headed articles (a violence or war word in the head, no clash word there)
WAR_SIZES = {"yemen": 8, "syria": 6, "iraq": 3, "libya": 0, "egypt": 3, "palestine": 1, "saudi_border": 2}
#: the rest of rowjudge9's body tier (the place in the head, a clash word only in the body)
BODY_SIZES = {"yemen": 0, "syria": 1, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
NEGATIVES = 5
#: every annotated file of ``benchmarks/data/`` at round 33's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND33_FILES
#: the share of an article's distinct six-word runs found in one annotated text that makes it a near copy
SHARE = tenth.SHARE


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def near_copies(rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """rowjudge7's near copies (the same hash range, length and share as this draw's)."""
    assert (tenth.MIN_CHARS, tenth.MAX_CHARS, tenth.THIRD_DIGITS, tenth.SHARE) == (
        MIN_CHARS,
        MAX_CHARS,
        THIRD_DIGITS,
        SHARE,
    )
    return tenth.near_copies(rows, skip)


def pool_of(article: dict[str, Any]) -> str | None:
    """rowjudge10's pool of one article of the right length, its ``<place>_body`` split: ``<place>_war`` where the
    head has a violence or war word (``VIOLENCE`` / ``WAR_WORDS``), else ``<place>_body``; a clash-headed place
    pool's name, ``negative`` or ``None`` as rowjudge10's."""
    name = tenth.pool_of(article)
    if name is None or not name.endswith("_body"):
        return name
    head = (article.get("title") or "") + " " + (article.get("content") or "")[:HEAD_CHARS]
    if VIOLENCE.search(head) or WAR_WORDS.search(head):
        return name[: -len("_body")] + "_war"
    return name


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
        if (zip_date, a.get("url")) in skip or not MIN_CHARS <= len(content) <= MAX_CHARS:
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
