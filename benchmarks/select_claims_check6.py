"""Draw the sixth claims check set (``data/claims_check6.jsonl``, issue 13, round 10), fixed before any coding.

Rule (seed :data:`SEED`): every SaudiNewsNet article whose ``content`` is 400–900 characters long, with at least
:data:`MIN_CUES` reported-speech words (``SPEECH`` of ``bench_claims.py``), whose url is in none of the annotated
files :data:`AVOID` (every file ``benchmarks/data/`` held at the draw) and whose
``hashlib.sha1(url.encode()).hexdigest()[-1]`` is in :data:`HASH_RANGE` (round 10: several helpers draw at once,
each from its own hash range). Pools, tried in this order: ``conflict`` (the title + first 400 characters match
``VIOLENCE`` of ``select_events_dev.py``) 18 articles, ``politics`` (title + first 400 characters match
``POLITICS`` of ``select_claims_check5.py``) 12. Each pool is sorted by (zip, url), shuffled with
``random.Random(f"{SEED}:{pool}")`` and the first articles taken, a title already taken skipped
(``take_titled`` of ``bench_claims.py``). Nothing is dropped or redrawn after reading.

Usage::

    python benchmarks/select_claims_check6.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import _all_annotated_urls, select_by_head, select_main
from select_claims_check4 import POLITICS
from select_events_dev import ROUND10_EXCLUDED, url_in_range

ROOT = Path(__file__).resolve().parents[1]
SEED = 1312
MIN_CHARS, MAX_CHARS = 400, 900
MIN_CUES = 4
SIZES = (("conflict", 18), ("politics", 12))
HASH_RANGE = frozenset("abcdef")
#: Every annotated file of ``benchmarks/data/`` at this draw.
AVOID = (*ROUND10_EXCLUDED, "search_articles/articles.jsonl")


def in_range(url: str) -> bool:
    """Whether ``url``'s sha1 ends in this draw's hash range."""
    return url_in_range(url, HASH_RANGE)


def select(folder: Path) -> list[dict[str, Any]]:
    """The draw (see the module docstring)."""
    avoid = _all_annotated_urls(AVOID)
    return select_by_head(folder, SEED, SIZES, avoid, (MIN_CHARS, MAX_CHARS), MIN_CUES, POLITICS, keep=in_range)


def main(argv: list[str] | None = None) -> int:
    return select_main(__doc__ or "", select, argv)


if __name__ == "__main__":
    raise SystemExit(main())
