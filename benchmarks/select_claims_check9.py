"""Draw the ninth and tenth claims check sets (``data/claims_check9.jsonl``, ``data/claims_check10.jsonl``, issue 13,
round 13), both rules fixed and committed before any article was read.

Rule: check7's (``select_claims_check7.py``) with new seeds. Every SaudiNewsNet article whose ``content`` is 400–900
characters long, with at least :data:`MIN_CUES` reported-speech words (``SPEECH`` of ``bench_claims.py``), whose url
is in none of the annotated files :data:`AVOID` (every file ``benchmarks/data/`` held at the draw) and whose
``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is in :data:`HASH_RANGE` (round 13:
the events blind file ``events_tune15.jsonl`` is drawn at the same time from ``0``–``7``, so the two cannot overlap).
Pools, tried in this order: ``conflict`` (the title + first 400 characters match ``VIOLENCE`` of
``select_events_dev.py``) and ``politics`` (title + first 400 characters match ``POLITICS`` of
``select_claims_check4.py``); each pool is sorted by (zip, url), shuffled with ``random.Random(f"{seed}:{pool}")`` and
the first articles taken, a title already taken skipped (``take_titled`` of ``bench_claims.py``).

* check9: seed :data:`SEED` (1315), conflict 15, politics 10.
* check10: seed :data:`SEED10` (1316), conflict 9, politics 6, check9's draw excluded as well.

Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check9.py [--shared ../shared] [--set check9|check10]
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
SEED = 1315
SEED10 = 1316
MIN_CHARS, MAX_CHARS = 400, 900
MIN_CUES = 4
SIZES = (("conflict", 15), ("politics", 10))
SIZES10 = (("conflict", 9), ("politics", 6))
HASH_RANGE = frozenset("89abcdef")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 13). The round's events blind files
#: (``events_tune15.jsonl``, ``events_tune16.jsonl``) are drawn from hash digits 0-7 and cannot overlap.
AVOID = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_args_audit.jsonl",
    "events_dev.jsonl",
    "events_rowjudge.jsonl",
    "events_sentences.jsonl",
    "events_sentences8.jsonl",
    "events_sentences9.jsonl",
    "events_sentences10.jsonl",
    "events_sentences11.jsonl",
    "events_sentences12.jsonl",
    "events_sentences_wire.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_tune7.jsonl",
    "events_tune8.jsonl",
    "events_tune9.jsonl",
    "events_tune10.jsonl",
    "events_tune11.jsonl",
    "events_tune12.jsonl",
    "events_tune13.jsonl",
    "events_tune14.jsonl",
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
    """The urls of :data:`AVOID`."""
    return _all_annotated_urls(AVOID)


def select(folder: Path) -> list[dict[str, Any]]:
    """check9's draw (see the module docstring)."""
    return select_by_head(
        folder, SEED, SIZES, avoided_urls(), (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS, keep=in_range
    )


def select10(folder: Path) -> list[dict[str, Any]]:
    """check10's draw: check9's rule with :data:`SEED10` and :data:`SIZES10`, check9's draw excluded."""
    avoid = avoided_urls() | {r["url"] for r in select(folder)}
    return select_by_head(folder, SEED10, SIZES10, avoid, (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS, keep=in_range)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("--set", dest="which", choices=("check9", "check10"), default="check9")
    args = parser.parse_args(argv)
    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}")
        return 0
    for row in (select if args.which == "check9" else select10)(folder):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
