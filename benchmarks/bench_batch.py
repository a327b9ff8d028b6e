"""``rasd batch`` with 1 and with 2 local workers on the same N SaudiNewsNet articles: speed-up, equal output.

Writes the first N articles (default 3000) of ``SHARED/data/news/saudinewsnet`` as a temporary JSONL (the field
names of SCHEMA.md), runs :func:`rasd.batch.run_batch` on it with ``--workers 1`` and ``--workers 2`` into two
folders, and checks that both give the same documents; with ``--check-extract`` also that they equal
:func:`rasd.extract_path` on the same file (one more single-core pass). It prints documents/s for each run, the
speed-up, the peak resident memory of a worker process and each worker's CPU time: on a busy machine the wall-time
speed-up says more about the other jobs than about rasd, the CPU-time one (1 worker's CPU time over the busiest of
the 2 workers') does not. Exit status 1 when an output differs.

With ``--workers 2`` (one run only) and ``-n 0`` (every article) it is the whole-corpus check of issue 10: one
``rasd batch`` over all 31,030 articles, then every document read back from the Parquet tables is counted
(none lost, in input order), its errors listed (only empty articles may have one) and every span checked
against the text (``--check-spans``); the peak memory of each worker process is printed.

Each run's workers import rasd when they start: on a working tree that others edit meanwhile, the runs can use
different code and their outputs differ. Run it on a copy then (``cp -r src /tmp/snap/`` and
``PYTHONPATH=/tmp/snap/src``; the workers inherit it).

Usage (from the project root; needs the ``batch`` extra)::

    python benchmarks/bench_batch.py [--shared ../shared] [-n 3000] [--partition-size 250] [--check-extract]
    python benchmarks/bench_batch.py -n 0 --workers 2 --check-spans     # the whole corpus
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

from bench_ingest import span_problems
from corpus import iter_articles

from rasd import extract_path
from rasd.batch import read_documents, run_batch


def write_jsonl(shared: Path, n: int, path: Path) -> int:
    """Write the first ``n`` articles as JSONL; return how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for a in iter_articles(shared / "data" / "news" / "saudinewsnet", n or None):
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


def check_documents(out: Path, src: Path) -> bool:
    """Read a batch folder back: one document per input line, in order; errors only on empty articles; every span
    inside its text and equal to it. Prints the worker peaks from the done-markers and what it found."""
    peaks: dict[str, float] = {}
    for marker in (out / "_done").glob("*.json"):
        m = json.loads(marker.read_text(encoding="utf-8"))
        peaks[m["worker"]] = max(peaks.get(m["worker"], 0.0), m["max_rss_mb"])
    print(f"  peak memory per worker: {', '.join(f'{v:.0f} MB' for v in sorted(peaks.values()))}")
    with src.open(encoding="utf-8") as fh:
        empty = [not (json.loads(line).get("text") or "").strip() for line in fh]
    n = errors = unexpected = bad = spans = events = claims = 0
    for i, doc in enumerate(read_documents(out)):
        n += 1
        if doc.get("errors"):
            errors += 1
            if not empty[i]:
                unexpected += 1
                if unexpected <= 5:
                    print(f"  document {i}: unexpected error {doc['errors'][0]}")
        problems = span_problems(doc)
        bad += len(problems)
        for problem in problems[:2]:
            print(f"  document {i}: {problem}")
        spans += sum(len(doc.get(k) or []) for k in ("entities", "timexes", "quantities", "events", "claims"))
        events += len(doc.get("events") or [])
        claims += len(doc.get("claims") or [])
    ok = n == len(empty) and unexpected == 0 and bad == 0
    print(
        f"  {len(empty)} documents in, {n} read back; {errors} with an error ({sum(empty)} empty articles), "
        f"{unexpected} other; {events} events, {claims} claims, {spans} layer items; {bad} bad spans -> "
        f"{'OK' if ok else 'FAILED'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--check-extract", action="store_true", help="also compare with rasd.extract_path")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)")
    parser.add_argument("--check-spans", action="store_true", help="count the documents and check every span")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "saudinewsnet.jsonl"
        n = write_jsonl(args.shared, args.n, src)
        size = src.stat().st_size / 1e6
        print(f"{n} SaudiNewsNet articles, {size:.1f} MB of JSONL, partitions of {args.partition_size}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        results = {}
        same = True
        for workers in args.workers:
            out = Path(tmp) / f"out{workers}"
            report = run_batch([src], out, workers=workers, partition_size=args.partition_size)
            assert not report.failed, report.failed
            results[workers] = report
            cpus = sorted(report.worker_cpu_seconds.values(), reverse=True)
            print(
                f"--workers {workers}: {report.seconds:6.1f} s, {report.docs_per_second:6.1f} documents/s, "
                f"{report.with_errors} with recorded errors, peak worker memory {report.max_rss_mb:.0f} MB, "
                f"worker CPU {' + '.join(f'{c:.1f}' for c in cpus)} s; load average after: "
                f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}",
                flush=True,
            )
            if args.check_spans:
                same = check_documents(Path(tmp) / f"out{workers}", src) and same
        if sorted(results) != [1, 2]:
            return 0 if same else 1
        one, two = (list(read_documents(Path(tmp) / f"out{w}")) for w in (1, 2))
        same = same and one == two
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
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
