"""Throughput of rasd.text.numbers.find_numbers on real news, with the normalization cost shown apart.

Reads N articles (default 3000) from ``SHARED/data/news/saudinewsnet/*.zip`` (each zip holds one JSON array of
articles with a ``content`` field), builds each normalized view once, then times :func:`find_numbers` given the
view. Prints characters/s for normalization and for number finding, matches per article by kind and hedge, and
checks that every span lies in its text (exit status 1 when one does not).

Usage (from the project root)::

    python benchmarks/bench_numbers.py [--shared ../shared] [-n 3000]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from pathlib import Path

from corpus import article_bodies

from rasd.text.normalize import NormalizedView, normalize_view
from rasd.text.numbers import find_numbers

ROOT = Path(__file__).resolve().parents[1]


def read_texts(shared: Path, n: int) -> list[str]:
    """The ``content`` of the first ``n`` SaudiNewsNet articles, zip by zip in date order."""
    folder = shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        raise SystemExit(f"no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
    return article_bodies(folder, n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    parser.add_argument("-n", type=int, default=3000, help="number of articles (default 3000)")
    args = parser.parse_args(argv)

    texts = read_texts(args.shared, args.n)
    t0 = time.perf_counter()
    views: list[tuple[str, NormalizedView]] = [(text, normalize_view(text)) for text in texts]
    t_norm = time.perf_counter() - t0
    chars = sum(len(t) for t, _ in views)

    t0 = time.perf_counter()
    results = [(text, find_numbers(text, view=view)) for text, view in views]
    t_find = time.perf_counter() - t0

    bad_spans = 0
    kinds: Counter[str] = Counter()
    hedges: Counter[str] = Counter()
    for text, matches in results:
        last = 0
        for m in matches:
            if not last <= m.start <= m.number_start < m.number_end <= m.end <= len(text):
                bad_spans += 1
            last = m.end
            kinds[m.kind] += 1
            hedges[m.approx.value] += 1
    total = sum(kinds.values())

    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"articles: {len(views)} ({chars / 1e6:.2f} M chars)")
    print(f"normalize_view: {t_norm:.2f} s, {chars / t_norm / 1e6:.2f} M chars/s")
    print(
        f"find_numbers (view given): {t_find:.2f} s, {chars / t_find / 1e6:.2f} M chars/s, "
        f"{len(views) / t_find:.0f} articles/s"
    )
    print(f"numbers: {total} ({total / max(1, len(views)):.1f} per article)")
    print("by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("by hedge: " + ", ".join(f"{k} {v}" for k, v in hedges.most_common()))
    print(f"spans outside their text or out of order: {bad_spans}")
    return 1 if bad_spans else 0


if __name__ == "__main__":
    sys.exit(main())
