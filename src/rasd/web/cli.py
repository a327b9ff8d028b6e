"""``rasd serve``: the command-line side of :func:`rasd.web.app.create_app` (uvicorn on loopback by default).

``rasd/cli.py`` wires it in::

    add_serve_parser(subparsers)              # while building the parser
    "serve": run_serve                        # in the command table: run_serve(args, out) -> int
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import ConfigError

#: What to install when the web packages are missing.
INSTALL_HINT = (
    "rasd serve needs fastapi, uvicorn and jinja2 (rasd's runtime dependencies): reinstall rasd with its "
    "dependencies (`make demo`, or `pip install --require-hashes -r requirements/runtime.lock`, or "
    "`pip install fastapi uvicorn jinja2`)"
)


def add_serve_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``serve`` command to an ``argparse`` subparsers object."""
    serve: argparse.ArgumentParser = subparsers.add_parser(
        "serve", help="serve the JSON API and the Arabic web app over the store (127.0.0.1:8000)"
    )
    serve.add_argument("--db", type=Path, metavar="PATH", help="the store (default: $RASD_DB, else ./rasd.db)")
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    serve.add_argument("--port", type=int, default=8000, metavar="N", help="port to listen on (default 8000)")
    serve.add_argument(
        "--tiles-url",
        metavar="URL",
        help="a map tile server, e.g. https://tile.example/{z}/{x}/{y}.png (default: $RASD_TILES_URL; none: the map "
        "draws only the bundled country boundaries, offline)",
    )
    return serve


def run_serve(args: argparse.Namespace, out: TextIO) -> int:
    """Start the server and block until it is stopped (Ctrl-C)."""
    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
        import uvicorn
    except ImportError as exc:
        raise ConfigError(f"{INSTALL_HINT} ({exc})") from exc
    from rasd.store.schema import db_path
    from rasd.web.app import create_app

    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port must be between 0 and 65535, not {args.port}")
    path = db_path(args.db)
    app = create_app(path, tiles_url=args.tiles_url)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    out.write(f"rasd serve: {path} at http://{shown}:{args.port}/ (API /api, docs /docs); Ctrl-C stops\n")
    out.flush()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"rasd serve: listening on {args.host}: other machines can reach the archive", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0
