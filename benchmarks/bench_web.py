"""``rasd serve``, measured: how long the API and the pages take over a store of SaudiNewsNet articles.

Builds a store of the first ``-n`` SaudiNewsNet articles with ``rasd ingest`` (or reuses ``--db``), then times each
request in-process through FastAPI's TestClient (the application's own time: routing, SQL, JSON or HTML; no
network): ``--repeat`` times each, median and 95th percentile. The requests are the ones the pages make: the
dashboard's ``/api/events?limit=5000`` and ``/api/stats``, a filtered events list, an event and an article (API and
page), search (API and page) for a few Arabic words, an ACLED CSV export.

Usage (from the project root)::

    python benchmarks/bench_web.py --shared ../shared -n 3000 [--db /tmp/web.db] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_articles

QUERIES = ("الغارات", "قصف", "مقتل", '"وزارة الداخلية"', "الحوثي", "إدلب")


def build_store(shared: Path, n: int, db: Path) -> float:
    """Ingest the first ``n`` SaudiNewsNet articles into ``db``; return the seconds it took."""
    from rasd.store.ingest import ingest_paths

    folder = shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        raise SystemExit(f"no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
    with tempfile.TemporaryDirectory(prefix="rasd-bench-web-") as tmp:
        src = Path(tmp) / "snn.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i, a in enumerate(iter_articles(folder, n)):
                row = {
                    "id": f"snn-{i}",
                    "title": a.get("title") or None,
                    "text": a.get("content") or "",
                    "url": a.get("url") or None,
                    "source": a.get("source") or None,
                    "published": (a.get("date_extracted") or "")[:10] or None,
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        ingest_paths([str(src)], db=db, jobs=os.cpu_count())
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (SaudiNewsNet)")
    parser.add_argument("-n", type=int, default=3000, help="articles to store (default 3000)")
    parser.add_argument("--db", type=Path, help="reuse (or build once into) this store")
    parser.add_argument("--repeat", type=int, default=20, help="timings per request (default 20)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from rasd.web.app import create_app

    tmp = None
    db = args.db
    build_s = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="rasd-bench-web-db-")
        db = Path(tmp.name) / "web.db"
    if not db.exists():
        build_s = build_store(args.shared, args.n, db)
    client = TestClient(create_app(db, tiles_url=""))
    stats = client.get("/api/stats").json()
    some = client.get("/api/events", params={"acled_row": "true", "limit": 1}).json()["items"]
    if not some:
        raise SystemExit("the store has no ACLED event to time the event page with")
    ev = some[0]
    top_type = stats["by_type"][0]["type"]
    requests: list[tuple[str, str, dict[str, Any]]] = [
        ("dashboard page", "/", {}),
        ("dashboard: /api/events?limit=5000", "/api/events", {"limit": 5000}),
        ("dashboard: /api/stats", "/api/stats", {}),
        ("/api/events?type=…&limit=100", "/api/events", {"type": top_type, "limit": 100}),
        ("events page (50 rows)", "/events", {}),
        ("/api/events/{article}/{id}", f"/api/events/{ev['article']}/{ev['id']}", {}),
        ("event page", ev["url"], {}),
        ("/api/articles/{id}", f"/api/articles/{ev['article']}", {}),
        ("article page", f"/articles/{ev['article']}", {}),
        *((f"/api/search?q={q}", "/api/search", {"q": q}) for q in QUERIES),
        *((f"search page q={q}", "/search", {"q": q}) for q in QUERIES[:2]),
        ("/api/export?format=acled-csv", "/api/export", {"format": "acled-csv"}),
    ]
    results = []
    for label, url, params in requests:
        times = []
        status = 0
        n_repeat = 3 if "export" in url else args.repeat
        for _ in range(n_repeat):
            start = time.perf_counter()
            r = client.get(url, params=params)
            times.append((time.perf_counter() - start) * 1000)
            status = r.status_code
        times.sort()
        results.append(
            {
                "request": label,
                "status": status,
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
                "runs": n_repeat,
            }
        )
    report = {
        "store": str(db),
        "articles": stats["totals"]["articles"],
        "events": stats["totals"]["events"],
        "ingest_s": round(build_s, 1) if build_s is not None else None,
        "load_average": os.getloadavg()[0],
        "requests": results,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        head = f"{report['store']}: {report['articles']} articles, {report['events']} events"
        print(f"{head}; load average {report['load_average']:.1f}")
        for r in results:
            print(f"  {r['request']:<40} {r['status']}  median {r['median_ms']:8.1f} ms  p95 {r['p95_ms']:8.1f} ms")
    if tmp is not None:
        tmp.cleanup()
    return 1 if any(r["status"] != 200 for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
