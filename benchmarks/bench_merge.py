"""Merge across articles, measured: precision and recall on pairs of short articles written for rasd.

``benchmarks/data/merge_pairs.jsonl`` holds pairs of articles (two outlets), each labelled ``merge`` (one
happening told twice: different tolls, wording, places at two precisions, a day apart…) or ``separate`` (two
happenings: the same town on other days, neighbouring towns the same day, other sub-types, a protest and a
clash, a tally and one strike in it, a threat and a strike…). The labels were written with the articles, before
the merge existed.

Each pair goes through ``rasd ingest`` into a fresh store (so pairs never meet), end to end: extraction, then the
merge. The pair is *merged* when one merged event lists reports from both articles. Precision and recall count
the ``merge`` pairs as positives. Every miss is printed with what the extraction gave each article, so a miss of
the extraction (no event, another sub-type) is told from a miss of the merge rules.

Usage (from the project root)::

    python benchmarks/bench_merge.py [--data benchmarks/data/merge_pairs.jsonl] [--json]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.store import ingest_paths

DATA = Path(__file__).resolve().parent / "data" / "merge_pairs.jsonl"


@dataclass
class Outcome:
    """One pair: its label, whether rasd merged it, and what each article's ACLED rows were."""

    id: str
    label: str
    case: str
    merged: bool
    rows: dict[str, list[str]]

    @property
    def correct(self) -> bool:
        return self.merged == (self.label == "merge")


def load_pairs(path: Path = DATA) -> list[dict[str, Any]]:
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for p in pairs:
        if p["label"] not in ("merge", "separate"):
            raise SystemExit(f"{path}: pair {p['id']} has label {p['label']!r} (merge or separate)")
    return pairs


def run_pair(pair: dict[str, Any], tmp: Path) -> Outcome:
    src = tmp / f"{pair['id']}.jsonl"
    src.write_text("\n".join(json.dumps(pair[x], ensure_ascii=False) for x in ("a", "b")) + "\n", encoding="utf-8")
    db = tmp / f"{pair['id']}.db"
    ingest_paths([src], db=db, jobs=1)
    conn = sqlite3.connect(db)
    keys = {r[0]: r[1] for r in conn.execute("SELECT input_id, key FROM articles")}
    a, b = keys[pair["a"]["id"]], keys[pair["b"]["id"]]
    merged = bool(
        conn.execute(
            "SELECT 1 FROM merged_reports x JOIN merged_reports y ON x.merged = y.merged "
            "WHERE x.article = ? AND y.article = ?",
            [a, b],
        ).fetchone()
    )
    rows: dict[str, list[str]] = {}
    for side, key in (("a", a), ("b", b)):
        rows[side] = [
            f"{sub} {date} {place} {fat if fat is not None else '-'}"
            for sub, date, place, fat in conn.execute(
                "SELECT acled_sub_event_type, date, place, fatalities FROM events WHERE article = ? AND acled_row = 1",
                [key],
            )
        ]
    conn.close()
    return Outcome(pair["id"], pair["label"], pair["case"], merged, rows)


def evaluate(pairs: list[dict[str, Any]]) -> tuple[list[Outcome], dict[str, float]]:
    """Run every pair; return the outcomes and the scores (precision, recall, F1, accuracy, counts)."""
    with tempfile.TemporaryDirectory(prefix="rasd-merge-") as tmp:
        outcomes = [run_pair(p, Path(tmp)) for p in pairs]
    tp = sum(o.merged and o.label == "merge" for o in outcomes)
    fp = sum(o.merged and o.label == "separate" for o in outcomes)
    fn = sum(not o.merged and o.label == "merge" for o in outcomes)
    tn = sum(not o.merged and o.label == "separate" for o in outcomes)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = {
        "pairs": len(outcomes),
        "merge_pairs": tp + fn,
        "separate_pairs": fp + tn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "accuracy": round((tp + tn) / len(outcomes), 3) if outcomes else 0.0,
    }
    return outcomes, scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled pairs (JSONL)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    pairs = load_pairs(args.data)
    start = time.perf_counter()
    outcomes, scores = evaluate(pairs)
    seconds = time.perf_counter() - start
    if args.json:
        print(json.dumps({**scores, "seconds": round(seconds, 1)}))
        return 0
    for o in outcomes:
        if not o.correct:
            what = "merged, but two happenings" if o.merged else "not merged, but one happening"
            print(f"MISS {o.id} ({o.case}): {what}")
            for side in ("a", "b"):
                print(f"     {side}: {'; '.join(o.rows[side]) or 'no ACLED row'}")
    print(
        f"{scores['pairs']} pairs ({scores['merge_pairs']} merge, {scores['separate_pairs']} separate) in "
        f"{seconds:.1f} s: precision {scores['precision']:.3f} recall {scores['recall']:.3f} F1 {scores['f1']:.3f} "
        f"(tp {scores['tp']} fp {scores['fp']} fn {scores['fn']} tn {scores['tn']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
