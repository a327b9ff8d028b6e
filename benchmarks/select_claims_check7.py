"""Draw the seventh and eighth claims check sets (``data/claims_check7.jsonl``, ``data/claims_check8.jsonl``,
issue 13, round 11), both rules fixed and committed before any article was read.

Rule: check6's (``select_claims_check6.py``) with new seeds and round 11's hash range. Every SaudiNewsNet article
whose ``content`` is 400–900 characters long, with at least :data:`MIN_CUES` reported-speech words (``SPEECH`` of
``bench_claims.py``), whose url is in none of the annotated files :data:`AVOID` (every file ``benchmarks/data/``
held at the draw, plus ``events_tune10.jsonl``, drawn at the same time from the other hash digits) and whose
``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is in :data:`HASH_RANGE` (round 11:
two helpers draw at once, events tune10 from ``0``–``7``). Pools, tried in this order: ``conflict`` (the title +
first 400 characters match ``VIOLENCE`` of ``select_events_dev.py``) and ``politics`` (title + first 400
characters match ``POLITICS`` of ``select_claims_check4.py``); each pool is sorted by (zip, url), shuffled with
``random.Random(f"{seed}:{pool}")`` and the first articles taken, a title already taken skipped (``take_titled`` of
``bench_claims.py``).

* check7: seed :data:`SEED` (1313), conflict 18, politics 12.
* check8: seed :data:`SEED8` (1314), conflict 12, politics 8, check7's draw excluded as well.

Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check7.py [--shared ../shared] [--set check7|check8]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import _all_annotated_urls, select_by_head
from select_claims_check4 import POLITICS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SEED = 1313
SEED8 = 1314
MIN_CHARS, MAX_CHARS = 400, 900
MIN_CUES = 4
SIZES = (("conflict", 18), ("politics", 12))
SIZES8 = (("conflict", 12), ("politics", 8))
HASH_RANGE = frozenset("89abcdef")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-04, round 11), and the round's other blind
#: draw (``events_tune10.jsonl``, hash digits 0-7, so it cannot overlap; left out when not yet written).
AVOID = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_args_audit.jsonl",
    "events_dev.jsonl",
    "events_rowjudge.jsonl",
    "events_sentences.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_tune7.jsonl",
    "events_tune8.jsonl",
    "events_tune9.jsonl",
    "events_tune10.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
    "search_articles/articles.jsonl",
)


def in_range(url: str) -> bool:
    """Whether the second-to-last hex digit of ``url``'s SHA-1 is in this draw's hash range."""
    return bool(url) and hashlib.sha1(url.encode()).hexdigest()[-2] in HASH_RANGE


def avoided_urls() -> set[str]:
    """The urls of :data:`AVOID` (a file not yet written is skipped: only ``events_tune10.jsonl`` can be)."""
    return _all_annotated_urls(tuple(n for n in AVOID if (DATA / n).exists()))


def select(folder: Path) -> list[dict[str, Any]]:
    """check7's draw (see the module docstring)."""
    return select_by_head(
        folder, SEED, SIZES, avoided_urls(), (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS, keep=in_range
    )


def select8(folder: Path) -> list[dict[str, Any]]:
    """check8's draw: check7's rule with :data:`SEED8` and :data:`SIZES8`, check7's draw excluded."""
    avoid = avoided_urls() | {r["url"] for r in select(folder)}
    return select_by_head(folder, SEED8, SIZES8, avoid, (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS, keep=in_range)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("--set", dest="which", choices=("check7", "check8"), default="check7")
    args = parser.parse_args(argv)
    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}")
        return 0
    for row in (select if args.which == "check7" else select8)(folder):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
