"""Draw the fourth claims check set (``data/claims_check4.jsonl``, issue 13, round 9), fixed before any coding.

Rule (seed :data:`SEED`): every SaudiNewsNet article whose ``content`` is 400–1,800 characters long, with at least
:data:`MIN_CUES` reported-speech words (``SPEECH`` of ``bench_claims.py``), whose url is in none of the annotated
files :data:`AVOID` (every file ``benchmarks/data/`` held at the draw). Pools, tried in this order: ``conflict`` (the
title + first 400 characters match ``VIOLENCE`` of ``select_events_dev.py``) 9 articles, ``politics`` (title + first
400 characters match :data:`POLITICS`) 6. Each pool is sorted by (zip, url), shuffled with
``random.Random(f"{SEED}:{pool}")`` and the first articles taken, a title already taken skipped. Nothing is dropped
or redrawn after reading.

Usage::

    python benchmarks/select_claims_check4.py [--shared ../shared]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import _all_annotated_urls, select_by_head, select_main

ROOT = Path(__file__).resolve().parents[1]
SEED = 1310
MIN_CHARS, MAX_CHARS = 400, 1800
MIN_CUES = 5
SIZES = (("conflict", 9), ("politics", 6))
POLITICS = re.compile(
    r"وزير|رئيس|حكومة|الحكومة|برلمان|مجلس|حزب|الأمم المتحدة|مفاوضات|محادثات|انتخاب|سفير|الخارجية|المعارضة|"
    r"الرئاسة|قمة|اتفاق|عقوبات|الحوثي|داعش|الأسد|النظام"
)
#: Every annotated file of ``benchmarks/data/`` at this draw.
AVOID = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
    "search_articles/articles.jsonl",
)


def select(folder: Path) -> list[dict[str, Any]]:
    """The draw (see the module docstring)."""
    avoid = _all_annotated_urls(AVOID)
    return select_by_head(folder, SEED, SIZES, avoid, (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS)


def main(argv: list[str] | None = None) -> int:
    return select_main(__doc__ or "", select, argv)


if __name__ == "__main__":
    raise SystemExit(main())
