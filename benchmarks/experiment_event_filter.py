"""Experiment (issue 12, round 9): can a learned keep/drop filter over rasd's ACLED rows beat the rules on unseen sets?

Not wired into the pipeline. Runs rasd on every *tune* file (the ``tune`` half of ``events_dev.jsonl`` only, and
``events_tune2..7.jsonl``), turns each discrete ACLED row into an example (label 1: matched to a required gold event;
0: unmatched; rows matched to an optional gold event are skipped) with features taken from the event dict alone,
and evaluates an L2 logistic regression (numpy, standardised features) leave-one-file-out: for each left-out file,
rules-only P/R (as ``bench_events.py`` scores it) against rules + filter (rows with score < t dropped, t chosen on
the training files to maximise their F1). Matching is redone after filtering, with bench_events' matcher.

The rows of the current rules on the tune files are in-sample for those rules (each file was tuned on), so the
script also takes an older source tree: ``--files`` and ``--folds`` restrict the files and the left-out folds, so
that the blind situation of round 9 is replayed with the code as it was when tune6 / tune7 were first scored
(train on the files that code had been tuned on, test on the one it had not seen)::

    git archive c0f325f src | tar -x -C /tmp/old7   # tune7 added, before round 9b's rules
    PYTHONPATH=/tmp/old7/src python benchmarks/experiment_event_filter.py --folds tune7

Usage (from the project root)::

    python benchmarks/experiment_event_filter.py [--shared ../shared] [--cache /tmp/rows.pkl] [--l2 1.0]
        [--files tune tune2 ...] [--folds tune7] [--mix tune3=/tmp/rows3.pkl tune4=/tmp/rows4.pkl ...]

``--mix`` folds over rows taken each from its own cache: with each blind file's first-run rows, the filter is
trained on rows of code that had not been tuned on them (the false rows of fresh news) and tested on another such file.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be

FILES: dict[str, Path] = {
    "tune": be.DATA,
    "tune2": be.DATA_TUNE2,
    "tune3": be.DATA_TUNE3,
    "tune4": be.DATA_TUNE4,
    "tune5": be.DATA_TUNE5,
    "tune6": be.DATA_TUNE6,
    "tune7": be.DATA_TUNE7,
}
CATEGORICAL = ("acled_event_type", "event_class", "status", "actor1_certainty", "plover_mode", "sub_event_type")


# ----------------------------------------------------------------------------------------------- data
def is_row(s: dict[str, Any]) -> bool:
    """A row bench_events scores: ACLED type, discrete, an ACLED row."""
    return s["event_type"] in be.EVENT_TYPES and s["granularity"] == "discrete" and bool(s.get("acled_row", True))


def raw_features(e: dict[str, Any], doc_len: int, shift: int, rank: int, n_rows: int, same_sent: int) -> dict:
    """Features of one row from its event dict (and its place among the article's rows)."""
    trig = e.get("trigger") if isinstance(e.get("trigger"), dict) else {}
    ev = e.get("evidence") if isinstance(e.get("evidence"), dict) else {}
    loc = e.get("location") if isinstance(e.get("location"), dict) else {}
    date = e.get("date") if isinstance(e.get("date"), dict) else {}
    a1 = e.get("actor1") if isinstance(e.get("actor1"), dict) else {}
    a2 = e.get("actor2") if isinstance(e.get("actor2"), dict) else None
    mentions = e.get("mentions") or []
    start = trig.get("start", ev.get("start", shift)) or 0
    body = max(doc_len - shift, 1)
    sents = {(m.get("evidence") or {}).get("start") for m in mentions if isinstance(m, dict)}
    in_title = start < shift or any(
        ((m.get("trigger") or {}).get("start") or shift) < shift for m in mentions if isinstance(m, dict)
    )
    num = {
        "confidence": float(e.get("confidence") or 0.0),
        "geo_precision": float(loc.get("geo_precision") or 4),
        "time_precision": float(date.get("time_precision") or 4),
        "has_location": float(bool(loc.get("admin1"))),
        "has_date": float(bool(date.get("value"))),
        "has_fatalities": float(bool(e.get("fatalities"))),
        "has_injured": float(bool(e.get("injured"))),
        "has_arrested": float(bool(e.get("arrested"))),
        "actor1_entity": float(a1.get("entity") is not None),
        "actor2": float(a2 is not None),
        "civilian_targeting": float(bool(e.get("civilian_targeting"))),
        "n_mentions": math.log1p(len(mentions)),
        "n_sentences": math.log1p(len(sents)),
        "in_title": float(in_title),
        "rel_position": max(0.0, (start - shift) / body),
        "first_row": float(rank == 0),
        "rank": math.log1p(rank),
        "n_rows": math.log1p(n_rows),
        "rows_same_sentence": math.log1p(same_sent - 1),
        "has_claims": float(bool(e.get("claims"))),
        "evidence_len": math.log1p(len(ev.get("text") or "")),
        "trigger_len": math.log1p(len(trig.get("text") or "")),
    }
    cat = {
        "acled_event_type": e.get("acled_event_type"),
        "event_class": e.get("event_class"),
        "status": e.get("status"),
        "actor1_certainty": a1.get("certainty") or ("named" if a1 else "none"),
        "plover_mode": e.get("plover_mode"),
        "sub_event_type": e.get("acled_sub_event_type"),
    }
    return {"num": num, "cat": {k: str(v) for k, v in cat.items()}}


def collect(shared: Path, files: list[str]) -> list[dict[str, Any]]:
    """One record per article: its file, gold events, system rows (flat) and their raw features."""
    import rasd

    folder = shared / "data" / "news" / "saudinewsnet"
    pipeline = rasd.Pipeline(settings=rasd.Settings(ner="fast"))
    out: list[dict[str, Any]] = []
    for name in files:
        path = FILES[name]
        # only the tune half of events_dev.jsonl (its held-out half is never read into the experiment)
        records = [r for r in be.load_annotations(path) if r["split"] == name]
        articles = be.load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
        t0 = time.perf_counter()
        for rec in records:
            article = articles.get((rec["key"]["zip"], rec["key"]["url"]))
            if article is None:
                print(f"  missing article in {name}", file=sys.stderr)
                continue
            doc, shift = be.run_article(pipeline, article, rec.get("published"))
            events = [e for e in doc.events if isinstance(e, dict)]
            flat = [be.system_event(e) for e in events]
            rows = [(e, s) for e, s in zip(events, flat, strict=True) if is_row(s)]
            sent_count = Counter((e.get("evidence") or {}).get("start") for e, _ in rows)
            feats = [
                raw_features(e, len(doc.text), shift, i, len(rows), sent_count[(e.get("evidence") or {}).get("start")])
                for i, (e, _) in enumerate(rows)
            ]
            out.append(
                {
                    "file": name,
                    "negative": rec["negative"],
                    "gold": [be.gold_event(g, shift) for g in rec["events"]],
                    "rows": [s for _, s in rows],
                    "feats": feats,
                }
            )
        print(f"  {name}: {len(records)} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return out


def labels(art: dict[str, Any]) -> list[int | None]:
    """Per row: 1 matched to required gold, 0 unmatched, None matched to optional gold (skipped)."""
    lab: list[int | None] = [0] * len(art["rows"])
    for gi, si in be.match_events(art["gold"], art["rows"]):
        lab[si] = 1 if art["gold"][gi]["required"] else None
    return lab


# ----------------------------------------------------------------------------------------------- model
class Encoder:
    """Numeric features plus one-hot categories seen (≥ 2 times) in the training rows; standardised on them."""

    def __init__(self, feats: list[dict[str, Any]]) -> None:
        self.num = sorted(feats[0]["num"])
        seen = Counter((k, v) for f in feats for k, v in f["cat"].items())
        self.cat = sorted(kv for kv, n in seen.items() if n >= 2)
        x = self.raw(feats)
        self.mu = x.mean(axis=0)
        self.sd = x.std(axis=0)
        self.sd[self.sd == 0] = 1.0

    def names(self) -> list[str]:
        return self.num + [f"{k}={v}" for k, v in self.cat]

    def raw(self, feats: list[dict[str, Any]]) -> np.ndarray:
        idx = {kv: i for i, kv in enumerate(self.cat)}
        x = np.zeros((len(feats), len(self.num) + len(self.cat)))
        for r, f in enumerate(feats):
            x[r, : len(self.num)] = [f["num"][k] for k in self.num]
            for kv in f["cat"].items():
                if kv in idx:
                    x[r, len(self.num) + idx[kv]] = 1.0
        return x

    def __call__(self, feats: list[dict[str, Any]]) -> np.ndarray:
        return (self.raw(feats) - self.mu) / self.sd


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2 logistic regression by Newton's method; returns weights with the bias last (bias not penalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb.T * (p * (1 - p))) @ xb + np.diag(reg) + 1e-6 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w[:-1] + w[-1])))


# ----------------------------------------------------------------------------------------------- scoring
def score(arts: list[dict[str, Any]], keep: list[np.ndarray] | None) -> dict[str, Any]:
    """bench_events' P/R/F1 over these articles, on all rows or only the kept ones (matching redone)."""
    tally = be.EventTally()
    for i, art in enumerate(arts):
        rows = art["rows"] if keep is None else [s for s, k in zip(art["rows"], keep[i], strict=True) if k]
        tally.add(art["gold"], rows, negative=art["negative"])
    return tally.result()["per_type"]["all"]


def scores_for(arts: list[dict[str, Any]], enc: Encoder, w: np.ndarray) -> list[np.ndarray]:
    return [predict(w, enc(a["feats"])) if a["feats"] else np.zeros(0) for a in arts]


def best_threshold(arts: list[dict[str, Any]], probs: list[np.ndarray]) -> float:
    """The t in 0, 0.05 … 0.95 that maximises F1 on these (training) articles; ties go to the lower t."""
    best = (-1.0, 0.0)
    for t in np.round(np.arange(0.0, 1.0, 0.05), 2):
        f1 = score(arts, [p >= t for p in probs])["f1"]
        if f1 > best[0] + 1e-9:
            best = (f1, float(t))
    return best[1]


def dataset(arts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], np.ndarray]:
    feats, ys = [], []
    for a in arts:
        for f, y in zip(a["feats"], labels(a), strict=True):
            if y is not None:
                feats.append(f)
                ys.append(y)
    return feats, np.array(ys, dtype=float)


def run(arts: list[dict[str, Any]], l2: float, folds: list[str]) -> dict[str, Any]:
    names = folds
    table = []
    pooled_rules, pooled_filter = be.EventTally(), be.EventTally()
    for left in names:
        train = [a for a in arts if a["file"] != left]
        test = [a for a in arts if a["file"] == left]
        feats, y = dataset(train)
        enc = Encoder(feats)
        w = fit(enc(feats), y, l2)
        t = best_threshold(train, scores_for(train, enc, w))
        keep = [p >= t for p in scores_for(test, enc, w)]
        for i, art in enumerate(test):
            pooled_rules.add(art["gold"], art["rows"], negative=art["negative"])
            pooled_filter.add(
                art["gold"], [s for s, k in zip(art["rows"], keep[i], strict=True) if k], negative=art["negative"]
            )
        _, ty = dataset(test)
        table.append(
            {
                "file": left,
                "articles": len(test),
                "rows": sum(len(a["rows"]) for a in test),
                "pos": int(ty.sum()),
                "neg": int(len(ty) - ty.sum()),
                "t": t,
                "train_rules": score(train, None),
                "train_filter": score(train, [p >= t for p in scores_for(train, enc, w)]),
                "rules": score(test, None),
                "filter": score(test, keep),
                "dropped": int(sum(int((~k).sum()) for k in keep)),
                "dropped_rows": [
                    (f["cat"]["acled_event_type"], f["cat"]["event_class"], y)
                    for a, k in zip(test, keep, strict=True)
                    for f, y, kept in zip(a["feats"], labels(a), k, strict=True)
                    if not kept
                ],
            }
        )
    feats, y = dataset(arts)
    enc = Encoder(feats)
    w = fit(enc(feats), y, l2)
    weights = sorted(zip(enc.names(), w[:-1], strict=True), key=lambda kv: -abs(kv[1]))
    return {
        "table": table,
        "pooled_rules": pooled_rules.result()["per_type"]["all"],
        "pooled_filter": pooled_filter.result()["per_type"]["all"],
        "weights_all": weights,
        "bias_all": float(w[-1]),
        "rows": len(y),
        "pos": int(y.sum()),
    }


def fmt(s: dict[str, Any]) -> str:
    counts = f"tp {s['tp']}, sys {s['system']}, gold {s['gold']}"
    return f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} ({counts})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=be.ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the pipeline's rows (read or written)")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the standardised weights")
    parser.add_argument("--files", nargs="+", choices=list(FILES), default=list(FILES), help="the tune files used")
    parser.add_argument(
        "--folds", nargs="+", choices=list(FILES), default=None, help="the files left out in turn (default: all)"
    )
    parser.add_argument(
        "--mix",
        nargs="+",
        metavar="FILE=CACHE",
        default=None,
        help="take each FILE's rows from its own cache (e.g. each blind file's first-run rows) and fold over them",
    )
    args = parser.parse_args(argv)
    if args.mix:
        arts = []
        for item in args.mix:
            name, cache = item.split("=", 1)
            arts += [a for a in pickle.loads(Path(cache).read_bytes()) if a["file"] == name]
        args.files = [item.split("=", 1)[0] for item in args.mix]
    elif args.cache and args.cache.exists():
        arts = pickle.loads(args.cache.read_bytes())
    else:
        if not any((args.shared / "data" / "news" / "saudinewsnet").glob("*.zip")):
            print("SKIP: no SaudiNewsNet zips; pass --shared PATH")
            return 0
        arts = collect(args.shared, args.files)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(arts))
    arts = [a for a in arts if a["file"] in args.files]
    res = run(arts, args.l2, args.folds or args.files)
    print(f"examples {res['rows']} rows ({res['pos']} kept by the gold, {res['rows'] - res['pos']} not); l2 {args.l2}")
    print(f"{'left out':<8} {'arts':>4} {'rows':>4} {'+':>3} {'-':>3} {'t':>5} {'drop':>4}  rules | rules + filter")
    for r in res["table"]:
        print(
            f"{r['file']:<8} {r['articles']:>4} {r['rows']:>4} {r['pos']:>3} {r['neg']:>3} {r['t']:>5.2f} "
            f"{r['dropped']:>4}  {fmt(r['rules'])} | {fmt(r['filter'])}"
        )
        print(f"{'':<8} train: {fmt(r['train_rules'])} | {fmt(r['train_filter'])}")
        for etype, eclass, y in r["dropped_rows"]:
            print(f"{'':<8} dropped: {etype} / {eclass} (gold label {y})")
    print(f"pooled   rules {fmt(res['pooled_rules'])}")
    print(f"pooled  filter {fmt(res['pooled_filter'])}")
    print(f"weights (all files, standardised; bias {res['bias_all']:+.2f}):")
    for name, wt in res["weights_all"][:20]:
        print(f"  {wt:+.2f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
