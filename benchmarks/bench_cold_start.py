"""Cold start: how long ``rasd extract`` takes on one article as a fresh process (target: under 1 second).

Runs ``rasd extract examples/<first .md article>`` as a subprocess (one untimed warm-up so that the files are in
the page cache, then ``--runs`` timed runs, default 5) and prints the median and the minimum; for reference it
times ``python -c "import rasd"`` the same way. Uses the ``rasd`` script installed beside this Python when there
is one (what a user runs), else ``python -m rasd.cli``. Exit status 1 when the median is over ``--target``.

Bytecode: an installed rasd runs from compiled ``.pyc`` files (pip compiles them at install), but a source checkout
run with ``PYTHONDONTWRITEBYTECODE=1`` (as on the development machine) compiles every module again on each start
(~0.15-0.3 s). The timed commands therefore run with a bytecode cache in a temporary folder
(``PYTHONPYCACHEPREFIX``, filled by the warm-up run), so the figure is the one a user gets; ``--no-bytecode-cache``
measures the other case.

Usage (from the project root)::

    python benchmarks/bench_cold_start.py [--runs 5] [--target 1.0] [ARTICLE]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rasd_command() -> list[str]:
    """The command that starts rasd: the installed script beside this Python, else ``python -m rasd.cli``."""
    script = Path(sys.executable).with_name("rasd")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "rasd.cli"]


def default_article() -> Path:
    """The first Markdown example article (an HTML one when there is no Markdown example)."""
    for pattern in ("*.md", "*.html", "*.txt"):
        found = sorted((ROOT / "examples").glob(pattern))
        if found:
            return found[0]
    raise SystemExit(f"no example article in {ROOT / 'examples'}; pass one as ARTICLE")


#: Folder of the bytecode cache the timed commands use (see the module docstring); made on first use.
_PYCACHE: list[str] = []


def bytecode_env(cache: bool = True) -> dict[str, str]:
    """The environment of a timed command: with a bytecode cache in a temporary folder, or with none."""
    env = dict(os.environ)
    if not cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
        return env
    if not _PYCACHE:
        _PYCACHE.append(tempfile.mkdtemp(prefix="rasd-pycache-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE[0]
    return env


def time_runs(cmd: list[str], runs: int, *, bytecode_cache: bool = True) -> list[float]:
    """Wall-clock seconds of ``runs`` runs of ``cmd`` after one untimed warm-up; a failing run stops everything."""
    times: list[float] = []
    env = bytecode_env(bytecode_cache)
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT, env=env)
        elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
        if i:
            times.append(elapsed)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time rasd extract on one article as a fresh process")
    parser.add_argument("article", nargs="?", type=Path, help="article to extract (default: first example)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    parser.add_argument("--target", type=float, default=1.0, help="seconds the median must stay under (default 1)")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="compile every module on each start (a source checkout)"
    )
    args = parser.parse_args(argv)

    article: Path = args.article or default_article()
    python = sys.version.split()[0]
    print(f"machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs, Python {python}")
    cache = not args.no_bytecode_cache
    print(f"bytecode cache: {'yes (a temporary PYTHONPYCACHEPREFIX)' if cache else 'no (PYTHONDONTWRITEBYTECODE=1)'}")
    print(f"load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = [
        ("rasd extract " + str(article.relative_to(ROOT) if article.is_relative_to(ROOT) else article),
         [*rasd_command(), "extract", str(article)]),
        ('python -c "import rasd"', [sys.executable, "-c", "import rasd"]),
        ('python -c "pass"', [sys.executable, "-c", "pass"]),
    ]  # fmt: skip
    results: dict[str, list[float]] = {}
    print(f"\n{'command':<52}{'median s':>10}{'min s':>8}   ({args.runs} runs after a warm-up)")
    for label, cmd in rows:
        times = time_runs(cmd, args.runs, bytecode_cache=cache)
        results[label] = times
        print(f"{label:<52}{statistics.median(times):>10.3f}{min(times):>8.3f}")
    median = statistics.median(results[rows[0][0]])
    verdict = "OK" if median < args.target else "OVER TARGET"
    print(f"\n{verdict}: rasd extract median {median:.3f} s (target < {args.target:g} s)")
    return 0 if median < args.target else 1


if __name__ == "__main__":
    sys.exit(main())
