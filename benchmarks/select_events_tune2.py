"""Draw the articles of the second events tune file (``data/events_tune2.jsonl``) from SaudiNewsNet.

A second, smaller tune set beside the dev set's ``tune`` half (issue 12, tuning round 2), drawn by a seeded rule
fixed before any article was read and coded by hand before rasd's output on them was looked at.

Rule (the dev set's pools and patterns, ``select_events_dev.py``, with these changes):

* Only articles whose (zip date, url) is **not** in ``data/events_dev.jsonl``, ``content`` 250–1,500 characters.
* One more positive pool, tried first: ``protest_arrest`` (a protest or arrest word in the head, ``PROTEST_ARREST``)
  together with a place of one of the dev set's positive pools.
* Pool sizes: protest_arrest 3, yemen 3, syria 3, iraq 3, libya 2, egypt 2, palestine 3, and one article from each
  negative pool (sport, economy, culture, politics): 23 articles.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261203``; the first *n* are taken,
  skipping a title already taken. An article whose first matching pool is ``saudi_border`` is not drawn.
  Articles are coded as they are, whatever their pool (a positive-pool article without an event is a negative).

Usage::

    python benchmarks/select_events_tune2.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import NEGATIVE_POOLS, POSITIVE_POOLS, VIOLENCE, WAR_WORDS, load, take_from_pools, words

SEED = 20261203
MIN_CHARS, MAX_CHARS = 250, 1500
HEAD_CHARS = 400
DEV = Path(__file__).resolve().parent / "data" / "events_dev.jsonl"

PROTEST_ARREST = re.compile(
    words(
        "مظاهرة",
        "مظاهرات",
        "تظاهرة",
        "تظاهرات",
        "تظاهر",
        "احتجاج",
        "احتجاجات",
        "اعتصام",
        "محتجين",
        "متظاهرين",
        "اعتقال",
        "اعتقلت",
        "القبض",
        "اختطاف",
        "اختطف",
    )
)
SIZES = {
    "protest_arrest": 3,
    "yemen": 3,
    "syria": 3,
    "iraq": 3,
    "libya": 2,
    "egypt": 2,
    "palestine": 3,
    "neg_sport": 1,
    "neg_economy": 1,
    "neg_culture": 1,
    "neg_politics": 1,
}


def draw(rows: list[tuple[str, dict]], dev_keys: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    places = [re.compile(p) for _, p, _ in POSITIVE_POOLS]
    pos = [(name, re.compile(p)) for name, p, _ in POSITIVE_POOLS]
    neg = [(name, re.compile(p)) for name, p, _ in NEGATIVE_POOLS]
    pools: dict[str, list[tuple[str, dict]]] = {name: [] for name in SIZES}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in dev_keys or not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        name = None
        if PROTEST_ARREST.search(head) and any(p.search(head) for p in places):
            name = "protest_arrest"
        elif VIOLENCE.search(head):
            name = next((n for n, p in pos if p.search(head)), None)
        if name is None and WAR_WORDS.search(head):
            name = next((n for n, p in neg if p.search(head)), None)
        if name in pools:  # saudi_border (first of the dev pools) is not drawn here
            pools[name].append((zip_date, a))
    return take_from_pools(pools, SIZES, SEED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args(argv)
    rows = load(args.shared)
    if not rows:
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    dev_keys = {
        (r["key"]["zip"], r["key"]["url"])
        for r in (json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip())
    }
    for name, zip_date, a in draw(rows, dev_keys):
        print(json.dumps({"pool": name, "zip": zip_date, "url": a["url"], "title": a.get("title")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
