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

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import SPEECH, _all_annotated_urls, _corpus, take_titled
from select_claims_check5 import POLITICS
from select_events_dev import ROUND10_EXCLUDED, VIOLENCE, url_in_range

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
    pools: dict[str, list[tuple[str, dict[str, Any]]]] = {p: [] for p, _ in SIZES}
    for zip_date, a in _corpus(folder):
        content = a.get("content") or ""
        url = a.get("url") or ""
        if not MIN_CHARS <= len(content) <= MAX_CHARS or url in avoid or not url or not in_range(url):
            continue
        if len(SPEECH.findall(content)) < MIN_CUES:
            continue
        head = (a.get("title") or "") + " " + content[:400]
        if VIOLENCE.search(head):
            pools["conflict"].append((zip_date, a))
        elif POLITICS.search(head):
            pools["politics"].append((zip_date, a))
    return take_titled(pools, SIZES, SEED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
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
