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

Real pairs (round 14): ``benchmarks/data/merge_pairs_real.jsonl`` holds pairs of reports from a store of 3,000
SaudiNewsNet articles (``rasd ingest --jobs 1`` of the first 3,000 of ``benchmarks/corpus.py``), labelled by hand
(``same`` happening or ``different``), as annotations only: article keys, event ids and trigger offsets. ``--real
STORE`` copies that store, recomputes its merge with the current rules (``rasd merge --rebuild``) and scores the
pairs of one split (``--split tune``, the default, or ``heldout``): a pair is *merged* when both reports fall in
one merged event. ``--draw STORE`` prints the draw (the seeds and rules are in the data README).

Usage (from the project root)::

    python benchmarks/bench_merge.py [--data benchmarks/data/merge_pairs.jsonl] [--json]
    python benchmarks/bench_merge.py --real /tmp/store.db [--split tune|heldout] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.store import ingest_paths

DATA = Path(__file__).resolve().parent / "data" / "merge_pairs.jsonl"
REAL = Path(__file__).resolve().parent / "data" / "merge_pairs_real.jsonl"
#: The real pairs' draw: seeds for the joined and the considered-not-joined pairs, and how many of each.
SEED_JOINED, SEED_APART, N_JOINED, N_APART = 1414, 1415, 60, 40


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


# ------------------------------------------------------------------------------------------------ real pairs
def _store_reports(db: Any) -> tuple[list[Any], dict[tuple[str, str], int]]:
    """Every report of a store (latest revisions' ACLED rows, in stored order) and its merged event."""
    from rasd.store.merge import _REPORT_SQL, _Loader

    loader = _Loader(db)
    rows = db.execute(_REPORT_SQL + "WHERE a.latest = 1 AND e.acled_row = 1 ORDER BY a.rowid, e.rowid").fetchall()
    reports = [loader.report(row) for row in rows]
    group = {(a, e): m for a, e, m in db.execute("SELECT article, event, merged FROM merged_reports")}
    return reports, group


def _side(r: Any) -> dict[str, Any]:
    trig = r.ev.get("trigger") or {}
    return {"article": r.article, "event": r.event, "trigger": [trig.get("start"), trig.get("end")]}


def pair_id(a: dict[str, Any], b: dict[str, Any]) -> str:
    return f"{a['article'][:12]}:{a['event']}|{b['article'][:12]}:{b['event']}"


def split_of(pid: str) -> str:
    """The fixed split: tune when the sha1 of the pair id is even, else held out."""
    return "tune" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def draw_real(store: Path) -> list[dict[str, Any]]:
    """The draw of the real pairs from ``store`` as its merge stands (see the data README): N_JOINED pairs of
    reports in one merged event, N_APART pairs of reports the merge considered (compatible sub-types, the same
    country, at most MAX_DAYS_APART apart, two articles) and kept apart."""
    import sqlite_utils

    from rasd.store.merge import MAX_DAYS_APART, days_apart, types_compatible

    db = sqlite_utils.Database(sqlite3.connect(f"file:{store}?mode=ro", uri=True))
    reports, group = _store_reports(db)
    joined, apart = [], []
    for i, a in enumerate(reports):
        for b in reports[i + 1 :]:
            if a.article == b.article:
                continue
            if group.get(a.key) is not None and group.get(a.key) == group.get(b.key):
                joined.append((a, b))
            elif (
                types_compatible(a.sub_type, b.sub_type)
                and a.country
                and a.country == b.country
                and (d := days_apart(a, b)) is not None
                and d <= MAX_DAYS_APART
            ):
                apart.append((a, b))
    out = []
    for stratum, pool, seed, n in (("joined", joined, SEED_JOINED, N_JOINED), ("apart", apart, SEED_APART, N_APART)):
        pool.sort(key=lambda ab: (ab[0].key, ab[1].key))
        for a, b in random.Random(seed).sample(pool, min(n, len(pool))):
            sa, sb = _side(a), _side(b)
            pid = pair_id(sa, sb)
            out.append({"id": pid, "split": split_of(pid), "stratum": stratum, "a": sa, "b": sb})
    return out


def _find(reports: list[Any], side: dict[str, Any]) -> Any:
    """The report of ``side`` in a store: the same article and trigger offsets, else the same event id."""
    same = [r for r in reports if r.article == side["article"]]
    for r in same:
        trig = r.ev.get("trigger") or {}
        if [trig.get("start"), trig.get("end")] == side["trigger"]:
            return r
    return next((r for r in same if r.event == side["event"]), None)


def evaluate_real(store: Path, pairs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Recompute the merge of a copy of ``store`` with the current rules and score ``pairs`` (label ``same`` is
    the positive). A report no longer in the store (the extraction moved) counts as not merged."""
    import shutil

    import sqlite_utils

    from rasd.store.merge import rebuild

    with tempfile.TemporaryDirectory(prefix="rasd-merge-real-") as tmp:
        copy = Path(tmp) / "store.db"
        src = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        db = sqlite_utils.Database(dst)
        start = time.perf_counter()
        counts = rebuild(db)
        seconds = time.perf_counter() - start
        reports, group = _store_reports(db)
        dst.close()
        shutil.rmtree(tmp, ignore_errors=True)
    by_article: dict[str, list[Any]] = {}
    for r in reports:
        by_article.setdefault(r.article, []).append(r)
    outcomes = []
    for p in pairs:
        a = _find(by_article.get(p["a"]["article"], []), p["a"])
        b = _find(by_article.get(p["b"]["article"], []), p["b"])
        merged = a is not None and b is not None and group.get(a.key) == group.get(b.key)
        outcomes.append({**p, "merged": merged, "found": a is not None and b is not None})
    tp = sum(o["merged"] and o["label"] == "same" for o in outcomes)
    fp = sum(o["merged"] and o["label"] != "same" for o in outcomes)
    fn = sum(not o["merged"] and o["label"] == "same" for o in outcomes)
    tn = sum(not o["merged"] and o["label"] != "same" for o in outcomes)
    scores = {
        "pairs": len(outcomes),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
        "not_found": sum(not o["found"] for o in outcomes),
        "merged_events": counts.merged_events,
        "merge_seconds": round(seconds, 2),
    }
    return outcomes, scores


def real_main(args: argparse.Namespace) -> int:
    if args.draw:
        for p in draw_real(args.draw):
            print(json.dumps(p, ensure_ascii=False))
        return 0
    pairs = [json.loads(x) for x in args.data_real.read_text(encoding="utf-8").splitlines() if x.strip()]
    pairs = [p for p in pairs if p["split"] == args.split]
    outcomes, scores = evaluate_real(args.real, pairs)
    if args.json:
        print(json.dumps(scores))
        return 0
    if args.split == "tune":  # the held-out half's errors are not printed (measured once, counts only)
        for o in outcomes:
            if o["merged"] != (o["label"] == "same"):
                what = "merged, but two happenings" if o["merged"] else "not merged, but one happening"
                print(f"MISS {o['id']} ({o.get('class', '')}): {what}: {o.get('note', '')}")
    print(
        f"{scores['pairs']} {args.split} pairs: precision {scores['precision']:.3f} recall {scores['recall']:.3f} "
        f"(tp {scores['tp']} fp {scores['fp']} fn {scores['fn']} tn {scores['tn']}; {scores['not_found']} reports "
        f"not found); merge --rebuild {scores['merge_seconds']} s, {scores['merged_events']} merged events"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled pairs (JSONL)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--real", type=Path, help="score the real pairs on this store (a copy is re-merged)")
    parser.add_argument("--data-real", type=Path, default=REAL, help="the labelled real pairs (JSONL)")
    parser.add_argument("--split", choices=("tune", "heldout"), default="tune", help="the real pairs' half")
    parser.add_argument("--draw", type=Path, help="print the real pairs' draw from this store")
    args = parser.parse_args(argv)
    if args.real or args.draw:
        return real_main(args)
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
