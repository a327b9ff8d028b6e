"""``rasd batch``: the command-line side of :func:`rasd.batch.runner.run_batch` (progress on standard error).

The lead's ``rasd/cli.py`` wires it in::

    add_batch_parser(subparsers)              # while building the parser
    "batch": run_batch_command                # in the command table: run_batch_command(args, out) -> int
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import RasdError
from rasd.settings import NER_MODES, parse_iso_date


def _published(value: str) -> str:
    try:
        return parse_iso_date(value, what="--published")
    except RasdError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_batch_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``batch`` command to an ``argparse`` subparsers object."""
    from rasd.ingest import FORMATS

    batch: argparse.ArgumentParser = subparsers.add_parser(
        "batch", help="run the pipeline over a corpus on a Dask cluster and write Parquet tables (batch extra)"
    )
    batch.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="article files, folders, JSONL files")
    batch.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder of the Parquet tables")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="a running Dask scheduler to send the work to")
    where.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: one per core)")
    batch.add_argument(
        "--partition-size", type=int, default=250, metavar="N", help="documents per partition (default 250)"
    )
    batch.add_argument("--input-format", choices=FORMATS, help="read the inputs in this format instead of by suffix")
    batch.add_argument("--published", type=_published, metavar="YYYY-MM-DD", help="set/override the publication date")
    batch.add_argument("--ner", choices=NER_MODES, default="fast", help="name tagging mode, as for rasd extract")
    batch.add_argument("--quiet", action="store_true", help="no progress lines on standard error")
    return batch


def run_batch_command(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``rasd batch``; exit code 1 when a partition failed (a rerun retries it), else 0."""
    from rasd.batch.runner import Progress, run_batch
    from rasd.settings import Settings

    def show(p: Progress) -> None:
        rate = p.documents_done / p.elapsed if p.elapsed else 0.0
        failed = f", {p.failed} partitions failed" if p.failed else ""
        print(
            f"rasd batch: {p.partitions_done}/{p.partitions_total} partitions, "
            f"{p.documents_done}/{p.documents_total} documents, {p.with_errors} with errors{failed} "
            f"({p.elapsed:.0f} s, {rate:.1f} documents/s)",
            file=sys.stderr,
            flush=True,
        )

    report = run_batch(
        args.inputs,
        args.out,
        scheduler=args.scheduler,
        workers=args.workers,
        partition_size=args.partition_size,
        fmt=args.input_format,
        settings=Settings(published=args.published, ner=args.ner),
        progress=None if args.quiet else show,
    )
    out.write(
        f"{report.out}: {report.partitions} partitions, {report.documents} documents; this run: "
        f"{report.processed_documents} documents in {report.seconds:.1f} s ({report.docs_per_second:.1f}/s), "
        f"{report.with_errors} with recorded errors, {report.skipped_partitions} partitions already done, "
        f"peak worker memory {report.max_rss_mb:.0f} MB\n"
    )
    if report.skipped_files:
        out.write(f"skipped {len(report.skipped_files)} files that are not articles, e.g. {report.skipped_files[0]}\n")
    for key, reason in report.failed:
        out.write(f"partition {key} failed: {reason}\n")
    if report.failed:
        out.write(f"{len(report.failed)} partitions failed; run the same command again to retry them\n")
        return 1
    return 0
