"""``rasd gazetteer``: look names up with their scores, and import GeoNames dumps to extend coverage.

The lead's ``rasd/cli.py`` wires these in::

    add_gazetteer_parser(subparsers)          # while building the parser
    "gazetteer": run_gazetteer                # in the command table: run_gazetteer(args, out) -> int

Subcommands:

* ``rasd gazetteer lookup NAME [--limit N] [--json]``: candidates for a name with their prior scores, best first;
* ``rasd gazetteer import DUMP [--alternate-names FILE] [--admin1-codes FILE] [-o OUT]``: build an additional
  gazetteer from a GeoNames country dump; it is used from then on (``$RASD_GAZETTEER_DIR``);
* ``rasd gazetteer info``: what is loaded (sizes, user folder, files).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import ConfigError


def add_gazetteer_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``gazetteer`` command and its subcommands to an ``argparse`` subparsers object."""
    gz: argparse.ArgumentParser = subparsers.add_parser(
        "gazetteer", help="look up place names, import GeoNames dumps to extend the gazetteer"
    )
    sub = gz.add_subparsers(dest="gazetteer_command", metavar="SUBCOMMAND")
    sub.required = True

    lookup = sub.add_parser("lookup", help="show the candidates for a place name with their scores")
    lookup.add_argument("name", metavar="NAME", help="a place name as written (Arabic, with or without clitics)")
    lookup.add_argument("--limit", type=int, default=10, metavar="N", help="show at most N candidates (default 10)")
    lookup.add_argument("--json", action="store_true", help="print JSON lines instead of a table")

    imp = sub.add_parser("import", help="build an additional gazetteer from a GeoNames dump (XX.txt or XX.zip)")
    imp.add_argument("dump", type=Path, metavar="DUMP", help="GeoNames country dump, e.g. SY.zip or IQ.txt")
    imp.add_argument("--alternate-names", type=Path, metavar="FILE", help="alternateNamesV2 or alternatenames/XX")
    imp.add_argument("--admin1-codes", type=Path, metavar="FILE", help="admin1CodesASCII.txt (names provinces)")
    imp.add_argument("--feature-classes", default="PAL", metavar="CLASSES", help="GeoNames classes (default PAL)")
    imp.add_argument("--min-population", type=int, default=0, metavar="N", help="drop places smaller than N")
    imp.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="where to write (default: the user gazetteer folder)"
    )

    sub.add_parser("info", help="show the loaded gazetteer: places, names, user folder and files")
    return gz


def run_gazetteer(args: argparse.Namespace, out: TextIO) -> int:
    """Run a ``rasd gazetteer`` subcommand; returns the exit status.

    Raises:
        ConfigError: an argument is out of range.
    """
    command = args.gazetteer_command
    if command == "lookup":
        return _lookup(args, out)
    if command == "import":
        return _import(args, out)
    if command == "info":
        return _info(out)
    raise ConfigError(f"unknown gazetteer subcommand {command!r}; use lookup, import or info")


def _lookup(args: argparse.Namespace, out: TextIO) -> int:
    from rasd.geo.gazetteer import load_gazetteer, name_key, place_summary

    if args.limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {args.limit}")
    gaz = load_gazetteer()
    found = gaz.lookup(args.name, limit=args.limit)
    if not found:
        out.write(f"no place named {args.name!r} in the gazetteer\n")
        return 1
    tier = gaz.tier(name_key(args.name))
    for place, score in found:
        if args.json:
            out.write(json.dumps({**place_summary(place), "score": score, "tier": tier}, ensure_ascii=False) + "\n")
            continue
        point = f"{place.lat:.5f},{place.lon:.5f}" if place.lat is not None and place.lon is not None else "-"
        admin = " / ".join(a for a in (place.admin1, place.admin2, place.admin3) if a) or "-"
        out.write(
            f"{score:6.3f}  {place.id:<20} {place.feature:<6} {place.country}  {place.name} ({place.name_ar})  "
            f"{admin}  {point}  p{place.precision}\n"
        )
    if not args.json:
        out.write(f"tier: {tier}\n")
    return 0


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from rasd.geo.gazetteer import user_gazetteer_dir
    from rasd.geo.importer import import_geonames, write_gazetteer

    if args.min_population < 0:
        raise ConfigError(f"--min-population must be 0 or more, got {args.min_population}")
    rows = import_geonames(
        args.dump,
        alternate_names=args.alternate_names,
        admin1_codes=args.admin1_codes,
        feature_classes=args.feature_classes,
        min_population=args.min_population,
    )
    target: Path = args.output or user_gazetteer_dir() / f"{args.dump.name.split('.')[0]}.tsv"
    n = write_gazetteer(rows, target, source=args.dump.name)
    out.write(f"wrote {n} places with Arabic names to {target}\n")
    if args.output is not None and args.output.parent != user_gazetteer_dir():
        out.write(f"note: rasd reads extra gazetteers from {user_gazetteer_dir()} (set RASD_GAZETTEER_DIR)\n")
    return 0


def _info(out: TextIO) -> int:
    from rasd.geo.gazetteer import load_gazetteer, user_gazetteer_dir

    gaz = load_gazetteer()
    folder = user_gazetteer_dir()
    files = sorted(folder.glob("*.tsv")) if folder.is_dir() else []
    out.write(f"places: {len(gaz)}; names: {sum(1 for _ in gaz.name_keys())}\n")
    out.write(f"user gazetteer folder: {folder} ({len(files)} file(s))\n")
    for path in files:
        out.write(f"  {path.name}\n")
    return 0
