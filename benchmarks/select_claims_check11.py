"""Draw the eleventh claims check set (``data/claims_check11.jsonl``, issue 13, round 13, wave 2), the rule fixed and
committed before any article was read.

Rule: check7's (``select_claims_check7.py``, as ``select_claims_check9.py`` used it) with a new seed and the other
hash digits. Every SaudiNewsNet article whose ``content`` is 400–900 characters long, with at least :data:`MIN_CUES`
reported-speech words (``SPEECH`` of ``bench_claims.py``), whose url is in none of the annotated files :data:`AVOID`
(every file ``benchmarks/data/`` held at the draw, claims_check9/check10 and events_tune15/tune16 included) and whose
``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is in :data:`HASH_RANGE` (``0``–``7``:
the round's other wave-2 blind file, ``events_tune17.jsonl``, is drawn at the same time from ``8``–``f``, so the two
cannot overlap). Pools, tried in this order: ``conflict`` (the title + first 400 characters match ``VIOLENCE`` of
``select_events_dev.py``) and ``politics`` (title + first 400 characters match ``POLITICS`` of
``select_claims_check4.py``); each pool is sorted by (zip, url), shuffled with ``random.Random(f"{seed}:{pool}")`` and
the first articles taken, a title already taken skipped (``take_titled`` of ``bench_claims.py``).

* check11: seed :data:`SEED` (1317), conflict 15, politics 10.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose keys are excluded. Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check11.py [--shared ../shared]
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
SEED = 1317
MIN_CHARS, MAX_CHARS = 400, 900
MIN_CUES = 4
SIZES = (("conflict", 15), ("politics", 10))
HASH_RANGE = frozenset("01234567")
#: Every annotated file of ``benchmarks/data/`` at this draw (2026-12-05, round 13, wave 2), but the held-out
#: agreement files (their articles are events_dev.jsonl's held-out half, excluded through events_dev.jsonl).
AVOID = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "claims_check9.jsonl",
    "claims_check10.jsonl",
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
    "events_tune15.jsonl",
    "events_tune16.jsonl",
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
    """check11's draw (see the module docstring)."""
    return select_by_head(
        folder, SEED, SIZES, avoided_urls(), (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS, keep=in_range
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    args = parser.parse_args(argv)
    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}")
        return 0
    for row in select(folder):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
