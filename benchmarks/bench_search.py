"""Arabic search, measured: precision and recall of ``rasd search`` on labelled queries.

``benchmarks/data/search_queries.yaml`` lists queries (inflected forms, clitics, alef / ya / ta marbuta / hamza
spellings, diacritics, tatweel, Arabic-Indic digits, phrases, several words, filters) with every article each must
find and near-misses it must not find; any other article found counts against precision. The collection is the
bundled examples plus ``benchmarks/data/search_articles/articles.jsonl`` (short articles written for rasd), stored
with ``rasd ingest`` in a fresh store. An article is named by its JSONL id, else its file name without suffix.

Scores are micro-averaged over the queries: precision = right hits / hits, recall = right hits / articles to find.
Every miss and every wrong hit is printed with its query.

Usage (from the project root)::

    python benchmarks/bench_search.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rasd.store import Filters, ingest_paths, open_store, search

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
QUERIES = DATA / "search_queries.yaml"
ARTICLES = DATA / "search_articles"
EXAMPLES = ROOT / "examples"


@dataclass
class Result:
    """One query: what it found, what it missed, what it found wrongly."""

    query: str
    filters: dict[str, str]
    must: set[str]
    found: set[str]
    must_not_found: set[str] = field(default_factory=set)

    @property
    def right(self) -> set[str]:
        return self.found & self.must

    @property
    def missed(self) -> set[str]:
        return self.must - self.found

    @property
    def wrong(self) -> set[str]:
        return self.found - self.must


def load_queries(path: Path = QUERIES) -> list[dict[str, Any]]:
    queries = list(yaml.safe_load(path.read_text(encoding="utf-8"))["queries"])
    for q in queries:
        q["must"] = [str(x) for x in q.get("must") or []]
        q["must_not"] = [str(x) for x in q.get("must_not") or []]
        if set(q["must"]) & set(q["must_not"]):
            raise SystemExit(f"{path}: query {q['q']!r} lists an article in both must and must_not")
    return queries


def inputs() -> list[Path]:
    """The collection's files: the examples and the articles written for the benchmark."""
    files = [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".md", ".html", ".jsonl")]
    return files + sorted(ARTICLES.glob("*.jsonl"))


def build_store(db: Path) -> dict[str, str]:
    """Ingest the collection into ``db``; return each stored key's article name."""
    ingest_paths(inputs(), db=db, jobs=1)
    store = open_store(db)
    names = {}
    for key, input_id, origin in store.execute("SELECT key, input_id, origin FROM articles WHERE latest = 1"):
        name = str(input_id) if input_id is not None else Path(str(origin)).name
        names[key] = name.removesuffix(".md").removesuffix(".html")
    store.close()
    return names


def evaluate(queries: list[dict[str, Any]], db: Path, names: dict[str, str]) -> tuple[list[Result], dict[str, Any]]:
    """Run every query against the store; return the results and the scores."""
    store = open_store(db)
    results: list[Result] = []
    latencies: list[float] = []
    try:
        for q in queries:
            filters = {k: str(v) for k, v in (q.get("filters") or {}).items()}
            start = time.perf_counter()
            hits = search(store, str(q["q"]), filters=Filters(**filters), limit=1000)
            latencies.append(time.perf_counter() - start)
            found = {names[h.key] for h in hits}
            results.append(Result(str(q["q"]), filters, set(q["must"]), found, found & set(q["must_not"])))
    finally:
        store.close()
    n_found = sum(len(r.found) for r in results)
    n_must = sum(len(r.must) for r in results)
    n_right = sum(len(r.right) for r in results)
    precision = n_right / n_found if n_found else 1.0
    recall = n_right / n_must if n_must else 1.0
    latencies.sort()
    scores = {
        "queries": len(results),
        "articles": len(names),
        "hits": n_found,
        "to_find": n_must,
        "right": n_right,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "queries_exact": sum(not r.missed and not r.wrong for r in results),
        "must_not_found": sum(len(r.must_not_found) for r in results),
        "median_ms": round(1000 * latencies[len(latencies) // 2], 2) if latencies else 0.0,
    }
    return results, scores


def run(queries: list[dict[str, Any]] | None = None) -> tuple[list[Result], dict[str, Any]]:
    """Build a fresh store of the collection and evaluate the queries (default: the labelled set)."""
    with tempfile.TemporaryDirectory(prefix="rasd-search-") as tmp:
        db = Path(tmp) / "search.db"
        names = build_store(db)
        return evaluate(queries if queries is not None else load_queries(), db, names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    results, scores = run()
    if args.json:
        print(json.dumps(scores))
        return 0
    for r in results:
        if r.missed or r.wrong:
            flt = f" {r.filters}" if r.filters else ""
            parts = []
            if r.missed:
                parts.append(f"missed {sorted(r.missed)}")
            if r.wrong:
                parts.append(f"found wrongly {sorted(r.wrong)}" + (" (a must-not)" if r.must_not_found else ""))
            print(f"{r.query}{flt}: {'; '.join(parts)}")
    print(
        f"{scores['queries']} queries over {scores['articles']} articles: precision {scores['precision']:.3f} "
        f"recall {scores['recall']:.3f} F1 {scores['f1']:.3f} ({scores['right']} right of {scores['hits']} hits, "
        f"{scores['to_find']} to find; {scores['queries_exact']} queries exact; {scores['must_not_found']} "
        f"must-not found; median {scores['median_ms']} ms a query)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
