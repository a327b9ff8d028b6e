"""Experiment (issue 12, round 13, helper mg3): a learned "same happening" decision over an article's rows, then groups.

Round 12d found that the false rows left on fresh files are mostly one happening told twice (duplicates, retold
events), a property of the article's *set* of rows that no single-row filter sees. This experiment scores every pair
of an article's ACLED rows with a logistic model ("are these two rows one happening?"), groups the rows whose pairs
score over a threshold (average link), and keeps one row per group: the earliest body row (a headline row gives way
to the body, as in ``merge.fold_told_again``), with every mention (spans and trigger spans) of the rows folded into it
and its empty fields (date, place, actor, toll) filled from them.

Data: the pickles of ``experiment_event_filter_text.py collect`` (first-run rows of tune3-tune14 replayed by helper rk;
today's rows of the fifteen tune files; the rows of older trees on all fifteen tune files, which keep more of the
duplicates that first runs show; only the tune half of ``events_dev.jsonl`` is ever in them) and of its
``collect-rowjudge`` run with 58a417f (the rows of ``events_rowjudge.jsonl``, each with its judged class).

Pair labels (bench_events' matcher): a row the matcher pairs with a gold event stands for that event; another row
stands for the gold events it would match (same ACLED type) at its best ``_pair_score`` when that is a trigger or
evidence overlap, else, of any type, for those whose triggers its trigger spans overlap (a happening retold under
another type). Two rows are **same** when what they stand for meets, **different** when both stand for something and
it does not meet; a pair with a row that stands for nothing is left out of training. Judged rows: two true rows are
different; a duplicate and the true row are the same when the article has one true row; the rest is left out.

Features of a pair (``pair_features``): same type / sub-type / class, type pair, dates (same, one day apart, one
missing, days apart), places (same admin1, same name, one missing, km apart, precisions), same actor, tolls (both,
same, one), trigger forms (same stem, character-trigram overlap), the words and numbers their sentences share,
distance in sentences and paragraphs, shared sentences, which of the two is in the headline or the lead paragraph,
statuses, the number of rows of the article, rows of either type between them.

Evaluation (``eval``): nested leave-one-blind-file-out over the ``--mix`` files (each blind file's first-run rows):
the left-out file's rows are the test; training pairs come from the other mix files and the ``--extra`` pickles (the
left-out file's articles dropped by key); L2 and the threshold are chosen by an inner leave-one-file-out on the
training files only (pooled F1 after grouping). Per file and pooled P/R/F1 of rules only vs rules + grouping, and an
``oracle`` line: every row whose identity another row of its article already holds dropped (the ceiling of grouping).

Judged rows (``eval-judged``): trained on the first runs and the other pickles, L2 and t chosen there, tested on the
judged rows of 58a417f: the groups formed, by the judged classes of their rows, and precision on the judged rows.
``--same-type`` lets only rows of one ACLED type be grouped.

Usage (from the project root)::

    PYTHONPATH=/tmp/rk/old_7e30318/src python benchmarks/experiment_event_filter_text.py collect \
        --out /tmp/mg3/tree_7e30318.pkl           # likewise c0f325f, 58a417f, e3da782
    PYTHONPATH=/tmp/mg3/t58/src python benchmarks/experiment_event_filter_text.py collect-rowjudge \
        --out /tmp/mg3/rj58.pkl
    python benchmarks/experiment_event_grouping.py oracle --mix /tmp/mg3/first_*.pkl
    python benchmarks/experiment_event_grouping.py eval --mix /tmp/mg3/first_*.pkl \
        --extra /tmp/mg3/now.pkl /tmp/mg3/tree_*.pkl --judged /tmp/mg3/rj58.pkl [--same-type]
    python benchmarks/experiment_event_grouping.py eval-judged --mix /tmp/mg3/first_*.pkl \
        --extra /tmp/mg3/now.pkl /tmp/mg3/tree_*.pkl --judged /tmp/mg3/rj58.pkl [--same-type]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
from experiment_event_filter_text import Vectorizer  # noqa: E402  (the row filter's: same features, same scaling)

#: ``--same-type``: only rows of one ACLED type may be grouped (the kept row's type is then never a question)
SAME_TYPE_ONLY = False
ORDER = ["tune", "tune2"] + [f"tune{n}" for n in range(3, 15)]


# ----------------------------------------------------------------------------------------------- labels
def identities(gold: list[dict[str, Any]], rows: list[dict[str, Any]]) -> list[frozenset[int]]:
    """The gold events each row stands for. A row the matcher pairs stands for its gold event. Another row stands
    for the gold events it would match at its best ``_pair_score`` when that is a trigger or evidence overlap (a
    date and province alone say too little); else, of any type, those whose triggers its trigger spans overlap (a
    happening retold under another type); else for none (left out of the pair labels)."""
    out: list[frozenset[int]] = [frozenset()] * len(rows)
    matched = dict((si, gi) for gi, si in be.match_events(gold, rows))
    for si, row in enumerate(rows):
        if si in matched:
            out[si] = frozenset({matched[si]})
            continue
        scores = {gi: be._pair_score(g, row) for gi, g in enumerate(gold)}
        best = max(scores.values(), default=0.0)
        if best >= 2:
            out[si] = frozenset(gi for gi, s in scores.items() if s == best)
            continue
        trig = row["trigger_spans"] or row["spans"]
        out[si] = frozenset(gi for gi, g in enumerate(gold) if be.overlaps(g["trigger_spans"], trig))
    return out


def pair_label(a: frozenset[int], b: frozenset[int]) -> int | None:
    if not a or not b:
        return None
    return int(bool(a & b))


def judged_label(judged: list[str | None], i: int, j: int) -> int | None:
    """Pairs of judged rows (``events_rowjudge.jsonl``: ``true``, ``duplicate`` or another false class per row): two
    true rows are two happenings; a duplicate is one happening with a true row of its article, known only when the
    article has one true row (then any two of its true and duplicate rows are the same); the rest is not known."""
    a, b = judged[i], judged[j]
    if a == b == "true":
        return 0
    if {a, b} <= {"true", "duplicate"} and judged.count("true") == 1:
        return 1
    return None


def attach_judgments(arts: list[dict[str, Any]]) -> None:
    """Each row of a ``collect-rowjudge`` pickle (rasd 58a417f's rows) gets its judged class, matched as that
    collector matches (event type and trigger offsets, then the place name)."""
    path = be.ROOT / "benchmarks" / "data" / "events_rowjudge.jsonl"
    records = {
        (r["key"]["zip"], r["key"]["url"]): r
        for r in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    }
    for a in arts:
        rec = records[tuple(a["key"])]
        used: set[int] = set()
        judged: list[str | None] = []
        for s, inf in zip(a["rows"], a["info"], strict=True):
            cands = [
                k
                for k, j in enumerate(rec["rows"])
                if k not in used
                and j["event_type"] == s["event_type"]
                and inf["trigger"] == (j["trigger_start"], j["trigger_end"])
            ]
            named = [k for k in cands if rec["rows"][k].get("location") == inf.get("location")]
            pick = (named or cands)[:1]
            used.update(pick)
            j = rec["rows"][pick[0]] if pick else None
            judged.append(None if j is None else "true" if j["label"] else j["class"])
        a["judged"] = judged


# ----------------------------------------------------------------------------------------------- features
def _stem(word: str) -> str:
    from rasd.events.rowfilter import stem

    return stem(word)


def _grams(s: str) -> set[str]:
    s = f" {s} "
    return {s[i : i + 3] for i in range(len(s) - 2)}


def _days(a: str | None, b: str | None) -> float | None:
    import datetime as dt

    try:
        return abs((dt.date.fromisoformat(str(a)[:10]) - dt.date.fromisoformat(str(b)[:10])).days)
    except (TypeError, ValueError):
        return None


def _content_words(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Stems of the words of 4+ letters (and the numbers) of a row's sentences."""
    from rasd.text.normalize import normalize

    out: set[str] = set()
    for s, e in spans:
        for w in normalize(text[s:e]).split():
            w = w.strip(".,،:؛\"'()«»“”-")
            if w.isdigit() or len(w) >= 4:
                out.add(w if w.isdigit() else _stem(w))
    return out


def article_context(art: dict[str, Any]) -> dict[str, Any]:
    """Sentence and paragraph starts of the article (for distances) and each row's position facts."""
    from rasd.text.normalize import normalize
    from rasd.text.segment import split_sentences

    text, shift = art["text"], art["shift"]
    sents = [s for s, _ in split_sentences(text)]
    paras = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    body_paras = [p for p in paras if p >= shift and text[p:].strip()]
    lead_para = body_paras[0] if body_paras else shift

    def index(starts: list[int], pos: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    rows = []
    for info, feats in zip(art["info"], art["feats"], strict=True):
        trig = info.get("trigger") or info.get("evidence") or (shift, shift)
        pos = trig[0]
        para = index(paras, pos)
        word = normalize(text[trig[0] : trig[1]]).split()
        rows.append(
            {
                "pos": pos,
                "sent": index(sents, pos),
                "para": para,
                "title": bool(feats["num"].get("in_title")) or pos < shift,
                "lead": paras[para] == lead_para if para >= 0 else False,
                "stem": _stem(word[0]) if word else "",
                "grams": _grams(" ".join(word)),
                "sentences": {s for s in info.get("mention_sentences") or []},
                "words": _content_words(text, info.get("mention_sentences") or [info.get("evidence") or trig]),
                "class": info.get("event_class") or feats["cat"].get("event_class"),
                "place": info.get("location"),
                "geo": feats["num"].get("geo_precision", 4.0),
                "time": feats["num"].get("time_precision", 4.0),
            }
        )
    return {"rows": rows, "n": len(rows)}


def pair_features(art: dict[str, Any], ctx: dict[str, Any], i: int, j: int) -> dict[str, float]:
    """Features of rows ``i`` < ``j`` (in text order of their triggers) of one article."""
    ra, rb = art["rows"][i], art["rows"][j]
    ca, cb = ctx["rows"][i], ctx["rows"][j]
    if cb["pos"] < ca["pos"]:
        ra, rb, ca, cb = rb, ra, cb, ca
    x: dict[str, float] = {}

    def flag(name: str, on: bool) -> None:
        if on:
            x[name] = 1.0

    same_type = ra["event_type"] == rb["event_type"]
    flag("same_type", same_type)
    flag("same_sub", ra["sub_event_type"] == rb["sub_event_type"])
    flag("same_class", ca["class"] == cb["class"])
    flag("types:" + "|".join(sorted((str(ra["event_type"])[:12], str(rb["event_type"])[:12]))), True)
    flag("both_violent", all(r["event_type"] in be.EVENT_TYPES[:3] for r in (ra, rb)))
    # dates
    days = _days(ra["date"], rb["date"])
    flag("date_same", days == 0)
    flag("date_one_missing", bool(ra["date"]) != bool(rb["date"]))
    flag("date_1day", days == 1)
    if days is not None:
        x["n:days"] = math.log1p(days)
    # places
    flag("admin1_same", bool(ra["admin1"]) and be.same_admin1(ra["admin1"], rb["admin1"]))
    flag("admin1_one_missing", bool(ra["admin1"]) != bool(rb["admin1"]))
    flag("admin1_differ", bool(ra["admin1"] and rb["admin1"]) and not be.same_admin1(ra["admin1"], rb["admin1"]))
    flag("place_same", bool(ca["place"]) and ca["place"] == cb["place"])
    located = all(isinstance(r.get(k), int | float) for r in (ra, rb) for k in ("lat", "lon"))
    if located:
        d = be.km(ra["lat"], ra["lon"], rb["lat"], rb["lon"])
        x["n:km"] = math.log1p(d)
        flag("km_10", d <= 10)
    x["n:geo_min"] = min(ca["geo"], cb["geo"])
    x["n:geo_max"] = max(ca["geo"], cb["geo"])
    flag("geo_equal", ca["geo"] == cb["geo"])
    flag("time_coarse", max(ca["time"], cb["time"]) > 1)
    # actors and tolls
    flag("actor_same", bool(ra["actor1"]) and be.norm_name(ra["actor1"]) == be.norm_name(rb["actor1"]))
    flag("actor_one_missing", bool(ra["actor1"]) != bool(rb["actor1"]))
    fa, fb = ra["fatalities"], rb["fatalities"]
    flag("toll_both", bool(fa) and bool(fb))
    flag("toll_same", bool(fa) and fa == fb)
    flag("toll_one", bool(fa) != bool(fb))
    # triggers
    flag("stem_same", bool(ca["stem"]) and ca["stem"] == cb["stem"])
    union = ca["grams"] | cb["grams"]
    x["n:grams"] = len(ca["grams"] & cb["grams"]) / len(union) if union else 0.0
    # distance and position
    ds = abs(cb["sent"] - ca["sent"])
    dp = abs(cb["para"] - ca["para"])
    flag("sent_same", ds == 0)
    flag("sent_next", ds == 1)
    x["n:sent_dist"] = math.log1p(ds)
    x["n:para_dist"] = math.log1p(dp)
    flag("share_sentence", bool(ca["sentences"] & cb["sentences"]))
    wa, wb = ca["words"], cb["words"]
    x["n:words"] = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
    flag("number_shared", any(w.isdigit() for w in wa & wb))
    flag("first_title", ca["title"])
    flag("both_title", ca["title"] and cb["title"])
    flag("title_lead", ca["title"] and cb["lead"])
    flag("first_lead", ca["lead"] and not ca["title"])
    flag("status_same", ra["status"] == rb["status"])
    flag("status_unsure", any(r["status"] not in ("reported", None) for r in (ra, rb)))
    x["n:rows"] = math.log1p(ctx["n"])
    between = sum(
        1
        for k, c in enumerate(ctx["rows"])
        if ca["pos"] < c["pos"] < cb["pos"] and art["rows"][k]["event_type"] in (ra["event_type"], rb["event_type"])
    )
    x["n:between"] = math.log1p(between)
    return x


def prepare(arts: list[dict[str, Any]]) -> None:
    """Pairs, features and labels of every article (stored on the article dicts)."""
    for a in arts:
        if "pairs" in a:
            continue
        ctx = article_context(a)
        a["pairs"] = [(i, j) for i in range(len(a["rows"])) for j in range(i + 1, len(a["rows"]))]
        a["px"] = [pair_features(a, ctx, i, j) for i, j in a["pairs"]]
        if "judged" in a:
            a["ids"] = [frozenset()] * len(a["rows"])
            a["py"] = [judged_label(a["judged"], i, j) for i, j in a["pairs"]]
        else:
            ids = a["ids"] = identities(a["gold"], a["rows"])
            a["py"] = [pair_label(ids[i], ids[j]) for i, j in a["pairs"]]
        a["title"] = [c["title"] for c in ctx["rows"]]
        a["pos"] = [c["pos"] for c in ctx["rows"]]


# ----------------------------------------------------------------------------------------------- model
def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2 logistic regression, bias last and not penalised (L-BFGS)."""
    from scipy.optimize import minimize

    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xb @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(reg * w * w)), xb.T @ (p - y) + reg * w

    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return np.asarray(res.x)


class Model:
    def __init__(self, arts: list[dict[str, Any]], l2: float) -> None:
        xs = [x for a in arts for x, y in zip(a["px"], a["py"], strict=True) if y is not None]
        ys = np.array([y for a in arts for y in a["py"] if y is not None], dtype=float)
        self.vec = Vectorizer(xs, min_count=3)
        self.w = fit(self.vec(xs), ys, l2)

    def probs(self, art: dict[str, Any]) -> list[float]:
        if not art["px"]:
            return []
        z = self.vec(art["px"]) @ self.w[:-1] + self.w[-1]
        p = 1.0 / (1.0 + np.exp(-z))
        if SAME_TYPE_ONLY:
            p = p * np.array([x.get("same_type", 0.0) for x in art["px"]])
        return list(p)

    def weights(self) -> dict[str, float]:
        """The weights on the raw feature scale (what a run-time scorer without numpy would use)."""
        w = self.w[:-1] / self.vec.sd
        bias = float(self.w[-1] - np.sum(w * self.vec.mu))
        return {"__bias__": bias, **{k: float(v) for k, v in zip(self.vec.names, w, strict=True)}}


# ----------------------------------------------------------------------------------------------- grouping
def groups(n: int, pairs: list[tuple[int, int]], probs: list[float], t: float) -> list[list[int]]:
    """Average-link grouping: join the two groups whose mean pair score is highest while it is ≥ ``t``."""
    p = {pr: q for pr, q in zip(pairs, probs, strict=True)}
    clusters = [[i] for i in range(n)]
    while len(clusters) > 1:
        best = (-1.0, 0, 0)
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                qs = [p[(min(i, j), max(i, j))] for i in clusters[a] for j in clusters[b]]
                m = sum(qs) / len(qs)
                if m > best[0]:
                    best = (m, a, b)
        if best[0] < t:
            break
        _, a, b = best
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
    return clusters


def survivor(art: dict[str, Any], members: list[int]) -> int:
    """The row that stays: the earliest body row (a headline row gives way to the body), else the earliest."""
    return min(members, key=lambda k: (art["title"][k], art["pos"][k]))


def merged_rows(art: dict[str, Any], probs: list[float], t: float) -> list[dict[str, Any]]:
    out = []
    for members in groups(len(art["rows"]), art["pairs"], probs, t):
        keep = survivor(art, members)
        row = dict(art["rows"][keep])
        row["spans"] = list(row["spans"])
        row["trigger_spans"] = list(row["trigger_spans"])
        for k in members:
            if k == keep:
                continue
            other = art["rows"][k]
            row["spans"] += other["spans"]
            row["trigger_spans"] += other["trigger_spans"]
            for field in ("date", "admin1", "lat", "lon", "actor1", "fatalities"):
                if row.get(field) in (None, "") and other.get(field) not in (None, ""):
                    row[field] = other[field]
        out.append(row)
    return out


def score(arts: list[dict[str, Any]], probs: list[list[float]] | None, t: float = 1.1) -> dict[str, Any]:
    tally = be.EventTally()
    for i, a in enumerate(arts):
        rows = a["rows"] if probs is None else merged_rows(a, probs[i], t)
        tally.add(a["gold"], rows, negative=a["negative"])
    return tally.result()["per_type"]["all"]


def oracle_rows(a: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row whose gold identity is already held by a matched row of the article dropped (grouping's ceiling)."""
    matched = {si for _, si in be.match_events(a["gold"], a["rows"])}
    held = set().union(*(a["ids"][si] for si in matched)) if matched else set()
    return [r for k, r in enumerate(a["rows"]) if k in matched or not (a["ids"][k] & held)]


# ----------------------------------------------------------------------------------------------- nested evaluation
THRESHOLDS = [round(x, 2) for x in np.arange(0.3, 0.96, 0.05)]


def _scored_files(arts: list[dict[str, Any]]) -> list[str]:
    """Files scored with gold events (judged rows only train)."""
    return sorted({a["file"] for a in arts if "judged" not in a}, key=lambda f: ORDER.index(f) if f in ORDER else 99)


def inner_choice(train: list[dict[str, Any]], grid: list[float]) -> tuple[float, float, float]:
    """(F1, l2, t) best by an inner leave-one-file-out over the training files (pooled F1 after grouping)."""
    best = (-1.0, grid[0], 0.5)
    for l2 in grid:
        oof: list[tuple[dict[str, Any], list[float]]] = []
        for f in _scored_files(train):
            keys = {b["key"] for b in train if b["file"] == f}
            inner = [a for a in train if a["file"] != f and a["key"] not in keys]
            held = [a for a in train if a["file"] == f]
            model = Model(inner, l2)
            oof += [(a, model.probs(a)) for a in held]
        for t in THRESHOLDS:
            f1 = score([a for a, _ in oof], [p for _, p in oof], t)["f1"]
            if f1 > best[0] + 1e-9:
                best = (f1, l2, t)
    return best


def run_nested(mix: list[dict[str, Any]], extra: list[dict[str, Any]], grid: list[float]) -> dict[str, Any]:
    table = []
    pooled = {"rules": be.EventTally(), "grouping": be.EventTally(), "oracle": be.EventTally()}
    for left in _scored_files(mix):
        test = [a for a in mix if a["file"] == left]
        keys = {a["key"] for a in test}
        train = [a for a in mix + extra if a["file"] != left and a["key"] not in keys]
        f1, l2, t = inner_choice(train, grid)
        model = Model(train, l2)
        probs = [model.probs(a) for a in test]
        merged = 0
        folds: Counter[str] = Counter()
        for a, p in zip(test, probs, strict=True):
            for members in groups(len(a["rows"]), a["pairs"], p, t):
                keep = survivor(a, members)
                for k in members:
                    if k != keep:
                        y = a["py"][a["pairs"].index((min(k, keep), max(k, keep)))]
                        folds[{1: "same", 0: "different", None: "unlabelled"}[y]] += 1
            rows = merged_rows(a, p, t)
            merged += len(a["rows"]) - len(rows)
            pooled["rules"].add(a["gold"], a["rows"], negative=a["negative"])
            pooled["grouping"].add(a["gold"], rows, negative=a["negative"])
            pooled["oracle"].add(a["gold"], oracle_rows(a), negative=a["negative"])
        row = {
            "file": left,
            "l2": l2,
            "t": t,
            "inner_f1": round(f1, 3),
            "rows_folded": merged,
            "folds": dict(folds),
            "rules": score(test, None),
            "grouping": score(test, probs, t),
        }
        table.append(row)
        print(
            _line(left, row["rules"], row["grouping"]) + f"  l2 {l2} t {t} folded {merged} {dict(folds)}",
            file=sys.stderr,
        )
    return {"table": table, **{k: v.result()["per_type"]["all"] for k, v in pooled.items()}}


def run_judged(judged: list[dict[str, Any]], train: list[dict[str, Any]], grid: list[float]) -> dict[str, Any]:
    """Judged rows as the test: L2 and t chosen on ``train`` alone (inner leave-one-file-out), the model fit on it;
    the rows folded away, by their judged class, and precision on the judged rows before and after."""
    keys = {a["key"] for a in judged}
    train = [a for a in train if a["key"] not in keys]
    f1, l2, t = inner_choice(train, grid)
    model = Model(train, l2)
    gone: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    merged: Counter[str] = Counter()
    right_after = rows_after = 0
    for a in judged:
        for members in groups(len(a["rows"]), a["pairs"], model.probs(a), t):
            classes = [a["judged"][k] for k in members]
            if any(c is not None for c in classes):
                rows_after += 1
                right_after += "true" in classes
            stay = survivor(a, members)
            for k in members:
                (kept if k == stay else gone)[str(a["judged"][k])] += 1
            if len(members) > 1:
                merged[" + ".join(sorted(str(a["judged"][k]) for k in members))] += 1
    total = kept + gone
    before = total["true"] / sum(v for c, v in total.items() if c != "None")
    # a group's row is right when any of its rows was judged true (the happening is kept, whichever row stays)
    return {
        "l2": l2,
        "t": t,
        "inner_f1": f1,
        "gone": dict(gone),
        "groups": dict(merged),
        "precision": (round(before, 3), round(right_after / rows_after, 3) if rows_after else 0.0),
        "true_happenings": (total["true"], right_after),
    }


def _prf(r: dict[str, Any]) -> str:
    return f"{r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.3f} (tp {r['tp']}, sys {r['system']})"


def _line(name: str, a: dict[str, Any], b: dict[str, Any]) -> str:
    return f"{name:8s} rules {_prf(a)}   grouping {_prf(b)}"


def pair_counts(arts: list[dict[str, Any]]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for a in arts:
        for y in a["py"]:
            c[{1: "same", 0: "different", None: "unlabelled"}[y]] += 1
    return dict(c)


def load(paths: list[Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in paths:
        out += pickle.loads(p.read_bytes())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("eval", help="nested leave-one-blind-file-out")
    e.add_argument("--mix", nargs="+", type=Path, required=True)
    e.add_argument("--extra", nargs="*", type=Path, default=[])
    e.add_argument("--judged", nargs="*", type=Path, default=[], help="collect-rowjudge pickles (58a417f rows)")
    e.add_argument("--l2", nargs="+", type=float, default=[0.3, 1.0, 3.0, 10.0])
    e.add_argument("--out", type=Path)
    e.add_argument("--same-type", action="store_true", help="group only rows of one ACLED type")
    j = sub.add_parser("eval-judged", help="train on --mix and --extra, test on the judged rows (--judged)")
    j.add_argument("--mix", nargs="+", type=Path, required=True)
    j.add_argument("--extra", nargs="*", type=Path, default=[])
    j.add_argument("--judged", nargs="+", type=Path, required=True)
    j.add_argument("--l2", nargs="+", type=float, default=[0.3, 1.0, 3.0, 10.0])
    j.add_argument("--same-type", action="store_true", help="group only rows of one ACLED type")
    o = sub.add_parser("oracle", help="rules vs perfect grouping, and the pair counts")
    o.add_argument("--mix", nargs="+", type=Path, required=True)
    args = ap.parse_args(argv)
    mix = load(args.mix)
    prepare(mix)
    if args.cmd == "oracle":
        tally = be.EventTally()
        for a in mix:
            tally.add(a["gold"], oracle_rows(a), negative=a["negative"])
        print(_line("oracle", score(mix, None), tally.result()["per_type"]["all"]))
        print(json.dumps(pair_counts(mix)))
        return 0
    global SAME_TYPE_ONLY
    SAME_TYPE_ONLY = args.same_type
    extra = load(args.extra)
    if args.cmd == "eval-judged":
        test = load(args.judged)
        attach_judgments(test)
        prepare(test)
        prepare(extra)
        res = run_judged(test, mix + extra, args.l2)
        print(json.dumps(res))
        return 0
    judged = load(args.judged)
    attach_judgments(judged)
    extra += judged
    prepare(extra)
    print(json.dumps({"mix pairs": pair_counts(mix), "extra pairs": pair_counts(extra)}), file=sys.stderr)
    res = run_nested(mix, extra, args.l2)
    print(_line("pooled", res["rules"], res["grouping"]))
    print(f"oracle   {_prf(res['oracle'])}")
    print("folded (absorbed row vs the row kept):", dict(sum((Counter(r["folds"]) for r in res["table"]), Counter())))
    if args.out:
        args.out.write_text(json.dumps(res, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
