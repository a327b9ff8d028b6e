"""``rasd ingest``, ``search``, ``export``, ``load`` and ``merge``: the command-line side of the store (progress on
stderr).

``rasd/cli.py`` wires them in::

    add_store_parsers(subparsers)             # while building the parser
    **STORE_COMMANDS                          # in the command table: run(args, out) -> int
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import RasdError
from rasd.settings import NER_MODES, parse_iso_date


def _date(what: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        try:
            return parse_iso_date(value, what=what)
        except RasdError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return parse


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, metavar="PATH", help="the store (default: $RASD_DB, else ./rasd.db)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", dest="event_type", metavar="EVENT_TYPE", help="ACLED event type or sub-event type")
    p.add_argument("--from", dest="date_from", type=_date("--from"), metavar="YYYY-MM-DD", help="published or "
                   "event date on or after")  # fmt: skip
    p.add_argument("--to", dest="date_to", type=_date("--to"), metavar="YYYY-MM-DD", help="published or event "
                   "date on or before")  # fmt: skip
    p.add_argument("--place", metavar="NAME", help="a place (Arabic or English) an event or a place name is at")
    p.add_argument("--admin1", metavar="NAME", help="first-level division (e.g. Idlib) of an event or a place")
    p.add_argument("--actor", metavar="NAME", help="an event's actor (part of its English name, or Arabic name)")
    p.add_argument("--source", metavar="DOMAIN", help="the publisher, e.g. noonpost.com")


def add_store_parsers(subparsers: Any) -> None:
    """Add ``ingest``, ``search``, ``export``, ``load`` and ``merge`` to an ``argparse`` subparsers object."""
    from rasd.ingest import FORMATS
    from rasd.store.options import DEFAULT_BATCH_SIZE, EXPORT_FORMATS

    ing = subparsers.add_parser("ingest", help="extract articles and store them in the SQLite store (--db)")
    ing.add_argument("inputs", nargs="+", metavar="PATH", help="article files, folders, glob patterns, JSONL files")
    _add_db(ing)
    ing.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    ing.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                     help=f"documents per transaction (default {DEFAULT_BATCH_SIZE})")  # fmt: skip
    ing.add_argument("--input-format", choices=FORMATS, help="read the inputs in this format instead of by suffix")
    ing.add_argument("--published", type=_date("--published"), metavar="YYYY-MM-DD",
                     help="set/override the publication date")  # fmt: skip
    ing.add_argument("--stages", metavar="A,B,…", help="run only these stages, in this order")
    ing.add_argument("--ner", choices=NER_MODES, default="fast", help="name tagging mode, as for rasd extract")
    ing.add_argument("--quiet", action="store_true", help="no progress on standard error")

    se = subparsers.add_parser("search", help='search the stored articles in Arabic (words, "phrases", filters)')
    se.add_argument("query", metavar="QUERY", help='Arabic words (any inflection) and "quoted phrases"')
    _add_db(se)
    _add_filters(se)
    se.add_argument("--limit", type=int, default=20, metavar="N", help="results to show (default 20)")
    se.add_argument("--json", action="store_true", help="print the results as JSON")
    se.add_argument("--format", choices=("text", "json"), default=None, help="output format (json = --json)")

    ex = subparsers.add_parser("export", help="export the stored documents: ACLED CSV, GeoJSON, JSONL or Parquet")
    ex.add_argument("--format", dest="export_format", choices=EXPORT_FORMATS, required=True, help="output format")
    _add_db(ex)
    _add_filters(ex)
    ex.add_argument("--merged", action="store_true", help="one row per merged event (the same happening told by "
                    "several articles, see rasd merge) instead of one per article's event")  # fmt: skip
    # dest is not "output": rasd.cli opens an "output" as a text file, and --format parquet writes a folder
    ex.add_argument("-o", "--output", dest="export_output", type=Path, metavar="FILE",
                    help="write to FILE instead of standard output (a folder for --format parquet)")  # fmt: skip

    me = subparsers.add_parser("merge", help="merge the stored events that tell the same happening (across articles)")
    _add_db(me)
    me.add_argument("--rebuild", action="store_true", help="forget the merge and compute it again from the events")

    lo = subparsers.add_parser("load", help="store the Parquet tables of a finished `rasd batch` folder")
    lo.add_argument("folder", type=Path, metavar="DIR", help="the --out folder of rasd batch")
    _add_db(lo)
    lo.add_argument("--quiet", action="store_true", help="no progress on standard error")


def _filters(args: argparse.Namespace) -> Any:
    from rasd.store.query import Filters

    return Filters(
        event_type=args.event_type,
        date_from=args.date_from,
        date_to=args.date_to,
        place=args.place,
        admin1=args.admin1,
        actor=args.actor,
        source=args.source,
    )


class _ProgressLine:
    """A progress line on standard error: rewritten in place on a terminal, else one line every few seconds."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.tty = sys.stderr.isatty()
        self.last = time.monotonic()
        self.shown = False

    def __call__(self, p: Any) -> None:
        now = time.monotonic()
        final = p.total and p.done >= p.total
        if final and not self.shown:
            return  # short work: the summary says it all
        if not final and now - self.last < (0.5 if self.tty else 5.0):
            return
        self.last, self.shown = now, True
        self.last = now
        c = p.counts
        of = f"/{p.total}" if p.total else ""
        pct = f" {100 * p.done / p.total:3.0f}%" if p.total else ""
        rate = p.done / p.elapsed if p.elapsed else 0.0
        line = (
            f"rasd {self.what}:{pct} {p.done}{of} articles ({c.new} new, {c.unchanged} unchanged, {c.revised} "
            f"revised, {c.errors} with errors) {p.elapsed:.0f} s, {rate:.1f}/s"
        )
        if self.tty:
            print("\r" + line, end="\n" if final else "", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


def _summary(report: Any, out: TextIO) -> None:
    out.write(
        f"{report.db}: {report.total} articles in {report.seconds:.1f} s ({report.docs_per_second:.1f}/s): "
        f"{report.new} new, {report.unchanged} unchanged, {report.revised} revised; "
        f"{report.events} events, {report.errors} with errors"
        + (f"; {report.merged_events} merged events in the store" if report.merged_events else "")
        + "\n"
    )
    if report.skipped_files:
        out.write(f"skipped {len(report.skipped_files)} files that are not articles, e.g. {report.skipped_files[0]}\n")


def run_ingest(args: argparse.Namespace, out: TextIO) -> int:
    """``rasd ingest``: store the articles and print the summary."""
    from rasd.settings import Settings
    from rasd.store.ingest import ingest_paths

    stages = tuple(s.strip() for s in args.stages.split(",") if s.strip()) if args.stages else None
    report = ingest_paths(
        args.inputs,
        db=args.db,
        settings=Settings(published=args.published, stages=stages, ner=args.ner),
        fmt=args.input_format,
        jobs=args.jobs,
        batch_size=args.batch_size,
        progress=None if args.quiet else _ProgressLine("ingest"),
    )
    _summary(report, out)
    return 0


def run_search(args: argparse.Namespace, out: TextIO) -> int:
    """``rasd search``: print the matching articles, best first (exit code 1 when none match)."""
    from rasd.store.query import search
    from rasd.store.schema import open_store

    db = open_store(args.db, create=False)
    try:
        start = time.perf_counter()
        hits = search(db, args.query, filters=_filters(args), limit=args.limit)
        ms = (time.perf_counter() - start) * 1000
    finally:
        db.close()
    if args.json or args.format == "json":
        out.write(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1) + "\n")
    else:
        for n, h in enumerate(hits, 1):
            kinds = ", ".join(sorted({s or t or "" for t, s in h.events} - {""}))
            out.write(f"{n}. {h.title or '(no title)'}\n   {h.published or '?'} · {h.source or '?'} · {h.url or h.key}")
            out.write(f" · score {h.score:.2f}" + (f" · {kinds}" if kinds else "") + f"\n   {h.snippet}\n\n")
        out.write(f"{len(hits)} articles ({ms:.0f} ms)\n")
    return 0 if hits else 1


def run_export(args: argparse.Namespace, out: TextIO) -> int:
    """``rasd export``: write the stored documents (or merged events) in the format asked."""
    from rasd.errors import ConfigError
    from rasd.store.export import export_parquet, export_store
    from rasd.store.schema import open_store

    target: Path | None = args.export_output
    if args.export_format == "parquet" and target is None:
        raise ConfigError("--format parquet writes a folder of Parquet files; name it with -o DIR")
    db = open_store(args.db, create=False)
    try:
        if args.merged:
            from rasd.store.merge import merge_store

            merge_store(db)  # a store written before the merge existed (schema 1) is merged first
        if args.export_format == "parquet":
            assert target is not None
            export_parquet(db, target, filters=_filters(args), merged=args.merged)
        elif target is not None:
            with target.open("w", encoding="utf-8") as f:
                export_store(db, f, fmt=args.export_format, filters=_filters(args), merged=args.merged)
        else:
            export_store(db, out, fmt=args.export_format, filters=_filters(args), merged=args.merged)
    finally:
        db.close()
    return 0


def run_merge(args: argparse.Namespace, out: TextIO) -> int:
    """``rasd merge``: bring the merge across articles up to date (or rebuild it) and say what it did."""
    from rasd.store.merge import merge_store
    from rasd.store.schema import open_store

    db = open_store(args.db, create=False)
    try:
        start = time.perf_counter()
        c = merge_store(db, rebuild_all=args.rebuild)
        seconds = time.perf_counter() - start
        several = db.execute("SELECT count(*) FROM merged_events WHERE n_reports > 1").fetchone()[0]
    finally:
        db.close()
    out.write(
        f"{c.merged_events} merged events from {c.reports} reports ({several} told by several articles) in "
        f"{seconds:.1f} s: {c.added} reports merged in, {c.removed} taken out (revised articles); "
        f"{c.created} merged events created, {c.changed} changed, {c.deleted} deleted\n"
    )
    return 0


def run_load(args: argparse.Namespace, out: TextIO) -> int:
    """``rasd load``: store the documents of a ``rasd batch`` folder and print the summary."""
    from rasd.store.ingest import load_batch_folder

    report = load_batch_folder(args.folder, db=args.db, progress=None if args.quiet else _ProgressLine("load"))
    _summary(report, out)
    return 0


STORE_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "ingest": run_ingest,
    "search": run_search,
    "export": run_export,
    "load": run_load,
    "merge": run_merge,
}
