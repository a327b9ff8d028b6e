"""Places: gazetteer load time and toponym recognition throughput (one core).

Usage::

    .venv/bin/python benchmarks/bench_geo.py [--articles N] [--repeat N]

* Load: a fresh Python process imports rasd and builds the gazetteer (packaged GeoNames file + supplement, name
  index) and the recognizer (gazetteer + clitic matcher); the best of ``--repeat`` runs is reported, cold
  imports included (the cost a CLI call or a new batch worker pays once).
* Recognition: :func:`rasd.geo.recognize.find_places` over article bodies from
  ``../shared/data/news/saudinewsnet`` when present (otherwise ``examples/`` repeated), in one process; MB/s
  counts UTF-8 bytes of the source text and includes normalization. The number of place mentions found is
  printed too, so that a speed-up that finds nothing is visible, with the countries they resolve to (on the
  Saudi corpus Saudi Arabia must come first: a sanity check of the country focus over the Arab League
  gazetteer).
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import time
from pathlib import Path

from corpus import article_bodies

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"

_LOAD_SNIPPET = """
import time
t0 = time.perf_counter()
from rasd.geo.gazetteer import build_gazetteer
t1 = time.perf_counter()
g = build_gazetteer()
t2 = time.perf_counter()
from rasd.geo.recognize import Recognizer
r = Recognizer(g)
t3 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f} {(t3 - t2) * 1000:.1f} {len(g)} {len(r.matcher)}")
"""


def load_texts(limit: int) -> tuple[list[str], str]:
    """Article bodies (at most ``limit``) and where they came from."""
    texts: list[str] = []
    if NEWS.is_dir():
        texts = article_bodies(NEWS, limit)
        return texts, f"saudinewsnet ({len(texts)} articles)"
    base = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "examples").glob("*.md"))]
    if not base:
        sys.exit("no text to measure: neither ../shared/data/news/saudinewsnet nor examples/*.md is present")
    while len(texts) < limit:
        texts.extend(base)
    return texts[:limit], f"examples/*.md repeated ({limit} texts)"


def measure_load(repeat: int) -> None:
    """Best-of-``repeat`` load times in fresh processes."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_SNIPPET], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()
        runs.append((float(out[0]), float(out[1]), float(out[2]), int(out[3]), int(out[4])))
    imp, gaz, rec, n_places, n_names = min(runs, key=lambda r: r[1] + r[2])
    print(f"gazetteer: {n_places} places, {n_names} indexed names")
    print(f"load (best of {repeat}, fresh process): import {imp:.0f} ms, gazetteer {gaz:.0f} ms, matcher {rec:.0f} ms")
    print(f"  gazetteer + recognizer ready: {gaz + rec:.0f} ms (target <= 200 ms)")


def measure_recognition(texts: list[str], label: str) -> None:
    """Recognition throughput on ``texts`` in this process (after a warm-up)."""
    from rasd.geo.recognize import find_places, get_recognizer

    get_recognizer()
    find_places(texts[0])
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    found = 0
    countries: collections.Counter[str] = collections.Counter()
    for text in texts:
        mentions = find_places(text)
        found += len(mentions)
        countries.update(str(m.geo.get("country_iso3")) for m in mentions)
    dt = time.perf_counter() - t0
    print(f"recognition on {label}: {size / 1e6:.1f} MB in {dt:.2f} s = {size / 1e6 / dt:.2f} MB/s per core")
    print(f"  {found} place mentions ({found / len(texts):.1f} per article) (target >= 1 MB/s)")
    print("  countries: " + ", ".join(f"{c} {n}" for c, n in countries.most_common(8)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000, help="articles to run recognition on")
    parser.add_argument("--repeat", type=int, default=5, help="fresh-process load measurements")
    args = parser.parse_args()
    measure_load(args.repeat)
    texts, label = load_texts(args.articles)
    measure_recognition(texts, label)


if __name__ == "__main__":
    main()
