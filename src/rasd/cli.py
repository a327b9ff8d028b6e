"""The ``rasd`` command line: a thin layer over the library (the only module that prints)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from rasd import __version__
from rasd.batch.cli import add_batch_parser, run_batch_command
from rasd.errors import RasdError
from rasd.geo.cli import add_gazetteer_parser, run_gazetteer
from rasd.ingest import FORMATS
from rasd.ner.cli import add_tag_ner_parser, run_tag_ner
from rasd.settings import NER_MODES, parse_iso_date
from rasd.store.cli import STORE_COMMANDS, add_store_parsers
from rasd.web.cli import add_serve_parser, run_serve


def _published(value: str) -> str:
    try:
        return parse_iso_date(value, what="--published")
    except RasdError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


class _VersionAction(argparse.Action):
    """``--version``: the installed distribution's version, looked up only when asked (keeps start-up fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print rasd's version")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from importlib import metadata

        try:
            version = metadata.version("rasd")
        except metadata.PackageNotFoundError:  # a source tree on sys.path that was never installed
            version = __version__
        print(f"rasd {version}")  # on standard output, as argparse's own version action does
        parser.exit()


def _packaged_examples() -> Path:
    """The example articles shipped inside the package (in a checkout, ``src/rasd/examples`` links ``examples/``)."""
    return Path(__file__).resolve().parent / "examples"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand and flag."""
    parser = argparse.ArgumentParser(
        prog="rasd", description="rasd (رصد): Arabic news articles to conflict-event data (rasd/1 JSON)."
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="read articles and print rasd/1 JSON (JSONL for several documents)")
    ex.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".md, .html, .txt or .jsonl files")
    ex.add_argument("--published", type=_published, metavar="YYYY-MM-DD", help="set/override the publication date")
    ex.add_argument("--input-format", choices=FORMATS, help="read PATHs in this format instead of by suffix")
    ex.add_argument(
        "--format",
        choices=("json", "jsonl", "acled-csv", "geojson"),
        default=None,
        help="output: json (one article, indented) or jsonl (one line per document); default: json for a single "
        "article file, jsonl otherwise; acled-csv: ACLED's 31 columns, one row per codable event; geojson: a "
        "FeatureCollection of the located events",
    )
    ex.add_argument("--indent", type=int, default=None, metavar="N", help="indent JSON output by N spaces")
    ex.add_argument("--stages", metavar="A,B,…", help="run only these stages, in this order")
    ex.add_argument(
        "--ner",
        choices=NER_MODES,
        default="fast",
        help="name tagging: fast (the CRF alone, default) or accurate (mixed with the character-aware network: "
        "a few F1 points more, about half the tagging speed)",
    )
    ex.add_argument(
        "--row-filter",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the learned row filter keeps out ACLED rows it scores as unlikely (kept as events with acled_row "
        "false and filter_score): fewer false rows, a few true ones lost; on by default, --no-row-filter gives "
        "the rules' rows (docs/events.md)",
    )
    ex.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    ex.add_argument("--summary", action="store_true", help="print a readable summary instead of JSON")

    demo = sub.add_parser("demo", help="run extract on the bundled example articles and print summaries")
    demo.add_argument(
        "folder", nargs="?", type=Path, default=None, help="folder of articles (default: the bundled examples)"
    )

    sub.add_parser("stages", help="list the registered pipeline stages with what they require and provide")
    add_batch_parser(sub)
    add_gazetteer_parser(sub)
    add_tag_ner_parser(sub)
    add_store_parsers(sub)
    add_serve_parser(sub)
    return parser


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    from rasd import extract_path
    from rasd.pipeline import relax_gc
    from rasd.summary import summarize

    relax_gc()  # a process that runs the pipeline over many documents (see there)

    stages = [s.strip() for s in args.stages.split(",") if s.strip()] if args.stages else None
    single = len(args.paths) == 1 and (args.input_format or "") != "jsonl" and args.paths[0].suffix != ".jsonl"
    fmt = args.format or ("json" if single else "jsonl")
    opts: dict[str, Any] = {
        "fmt": args.input_format,
        "published": args.published,
        "stages": stages,
        "ner": args.ner,
        "row_filter": args.row_filter,
    }
    docs = (doc for path in args.paths for doc in extract_path(path, **opts))
    if fmt == "acled-csv" and not args.summary:
        from rasd.export.acled import write_csv

        write_csv(docs, out)
        return 0
    if fmt == "geojson" and not args.summary:
        import json

        from rasd.export.geojson import feature_collection

        out.write(json.dumps(feature_collection(docs), ensure_ascii=False, indent=args.indent) + "\n")
        return 0
    for path in args.paths:
        for doc in extract_path(path, **opts):
            if args.summary:
                out.write(f"== {path}\n" + "\n".join(summarize(doc)) + "\n\n")
            elif fmt == "json":
                out.write(doc.to_json(indent=args.indent if args.indent is not None else 1) + "\n")
            else:
                out.write(doc.to_json() + "\n")
    return 0


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from rasd import extract_path
    from rasd.ingest import detect_format
    from rasd.summary import summarize

    folder: Path = args.folder or _packaged_examples()
    if not folder.is_dir():
        raise RasdError(f"no folder {str(folder)!r}; give a folder of articles, or none for the bundled examples")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".md", ".html", ".txt", ".jsonl"))
    if not files:
        raise RasdError(f"no .md/.html/.txt/.jsonl articles in {str(folder)!r}")
    n_docs = n_err = 0
    for path in files:
        detect_format(path)
        for i, doc in enumerate(extract_path(path), 1):
            n_docs += 1
            n_err += bool(doc.errors)
            label = f"{path.name}#{i}" if path.suffix == ".jsonl" else path.name
            out.write(f"== {label}\n" + "\n".join(summarize(doc)) + "\n\n")
    out.write(f"{n_docs} documents from {len(files)} files; {n_err} with recorded errors\n")
    return 0


def _cmd_stages(args: argparse.Namespace, out: TextIO) -> int:
    from rasd.pipeline import Pipeline, registered_stages

    default = Pipeline().names
    for spec in sorted(registered_stages().values(), key=lambda s: (s.order, s.name)):
        mark = "*" if spec.name in default else " "
        out.write(
            f"{mark} {spec.name:<12} requires: {', '.join(sorted(spec.requires)) or '-':<30} "
            f"provides: {', '.join(sorted(spec.provides))}\n"
        )
    return 0


_COMMANDS = {
    "extract": _cmd_extract,
    "demo": _cmd_demo,
    "stages": _cmd_stages,
    "gazetteer": run_gazetteer,
    "tag-ner": run_tag_ner,
    "batch": run_batch_command,
    **STORE_COMMANDS,
    "serve": run_serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rasd`` command."""
    args = build_parser().parse_args(argv)
    out: TextIO = sys.stdout
    opened = None
    try:
        if getattr(args, "output", None) is not None:
            opened = out = args.output.open("w", encoding="utf-8")
        return _COMMANDS[args.command](args, out)
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    finally:
        if opened is not None:
            opened.close()


if __name__ == "__main__":
    sys.exit(main())
