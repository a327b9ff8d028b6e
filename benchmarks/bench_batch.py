"""``rasd batch`` with 1 and with 2 local workers on the same N SaudiNewsNet articles: speed-up, equal output.

Writes the first N articles (default 3000) of ``SHARED/data/news/saudinewsnet`` as a temporary JSONL (the field
names of SCHEMA.md), runs :func:`rasd.batch.run_batch` on it with ``--workers 1`` and ``--workers 2`` into two
folders, and checks that both give the same documents; with ``--check-extract`` also that they equal
:func:`rasd.extract_path` on the same file (one more single-core pass). It prints documents/s for each run, the
speed-up, the peak resident memory of a worker process and each worker's CPU time: on a busy machine the wall-time
speed-up says more about the other jobs than about rasd, the CPU-time one (1 worker's CPU time over the busiest of
the 2 workers') does not. Exit status 1 when an output differs.

Usage (from the project root; needs the ``batch`` extra)::

    python benchmarks/bench_batch.py [--shared ../shared] [-n 3000] [--partition-size 250] [--check-extract]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_articles

from rasd import extract_path
from rasd.batch import read_documents, run_batch


def write_jsonl(shared: Path, n: int, path: Path) -> int:
    """Write the first ``n`` articles as JSONL; return how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for a in iter_articles(shared / "data" / "news" / "saudinewsnet", n):
            row = {
                "id": a.get("url"),
                "title": a.get("title") or None,
                "author": a.get("author") or None,
                "text": a.get("content") or "",
                "url": a.get("url") or None,
                "source": a.get("source") or None,
                "published": (a.get("date_extracted") or "")[:10] or None,
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--check-extract", action="store_true", help="also compare with rasd.extract_path")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "saudinewsnet.jsonl"
        n = write_jsonl(args.shared, args.n, src)
        size = src.stat().st_size / 1e6
        print(f"{n} SaudiNewsNet articles, {size:.1f} MB of JSONL, partitions of {args.partition_size}")
        results = {}
        for workers in (1, 2):
            out = Path(tmp) / f"out{workers}"
            report = run_batch([src], out, workers=workers, partition_size=args.partition_size)
            assert not report.failed, report.failed
            results[workers] = report
            cpu = sorted(report.worker_cpu_seconds.values(), reverse=True)
            print(
                f"--workers {workers}: {report.seconds:6.1f} s, {report.docs_per_second:6.1f} documents/s, "
                f"{report.with_errors} with recorded errors, peak worker memory {report.max_rss_mb:.0f} MB, "
                f"worker CPU {' + '.join(f'{c:.1f}' for c in cpu)} s"
            )
        one, two = (list(read_documents(Path(tmp) / f"out{w}")) for w in (1, 2))
        same = one == two
        print(f"speed-up 2 vs 1 worker: {results[1].seconds / results[2].seconds:.2f}x; identical output: {same}")
        # Wall time depends on what else the machine runs; CPU time does not. With two idle cores the 2-worker run
        # takes as long as its busiest worker, so this ratio is the speed-up the work itself allows.
        cpu1 = sum(results[1].worker_cpu_seconds.values())
        busiest = max(results[2].worker_cpu_seconds.values())
        print(f"CPU-time speed-up (1 worker's CPU / busiest of 2 workers' CPU): {cpu1 / busiest:.2f}x")
        if args.check_extract:
            want = [json.loads(doc.to_json()) for doc in extract_path(src)]
            equal = want == one
            print(f"rows equal rasd extract: {equal}")
            same = same and equal
    cpu = platform.processor() or platform.machine()
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
