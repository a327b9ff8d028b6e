"""Arabic search precision and recall on the labelled queries of ``benchmarks/data/search_queries.yaml`` (over the
examples and short articles written for rasd), with floors under the numbers in docs/store.md."""

from __future__ import annotations

import importlib.util
import sys

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_search", ROOT / "benchmarks" / "bench_search.py")
assert _spec is not None and _spec.loader is not None
bench_search = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_search", bench_search)
_spec.loader.exec_module(bench_search)


def test_the_query_set_is_big_enough_and_consistent() -> None:
    queries = bench_search.load_queries()
    assert len(queries) >= 40
    assert sum(bool(q.get("filters")) for q in queries) >= 5
    assert sum('"' in str(q["q"]) for q in queries) >= 4  # phrases
    assert sum(bool(q["must_not"]) for q in queries) >= 10  # near-misses


def test_search_precision_and_recall_on_the_labelled_queries() -> None:
    results, scores = bench_search.run()
    wrong = {r.query: sorted(r.wrong) for r in results if r.wrong}
    missed = {r.query: sorted(r.missed) for r in results if r.missed}
    assert scores["must_not_found"] == 0, wrong
    assert scores["precision"] >= 0.97, wrong
    assert scores["recall"] >= 0.92, missed
