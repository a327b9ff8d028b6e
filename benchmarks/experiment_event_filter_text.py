"""Experiment (issue 12, round 10): a keep/drop filter over rasd's ACLED rows with features from the text around them.

Round 9's filter (``experiment_event_filter.py``) read the event dict alone and did not win on files it had not seen.
This one adds what the dict does not carry: the trigger's normalised form and class, the words (proclitics stripped
with the text core) in a window of ±k tokens around the trigger and in the evidence sentence, cue flags from the
``filter_*`` word lists of ``events.yaml`` (future/plan/threat, conditional, condolence/condemnation, quotation,
history, crime/accident, sport/economy, negation, date words), a future verb (``سي…``/``ست…``) next to the trigger,
a number and a date word in the sentence, the row's position (title, lead, later), plus the dict features of round 9
that mattered. The feature code is ``rasd.events.rowfilter`` (the same code the pipeline runs when wired in).

Two steps, because the rows of an old source tree must be made with that tree but the features with today's:

1. ``collect``: run rasd (whatever ``rasd`` is on ``PYTHONPATH``) on tune files and keep, per article, its text, gold
   and discrete ACLED rows (with their trigger/evidence spans and class) in a pickle. Only the ``tune`` half of
   ``events_dev.jsonl`` is ever read into it. ``collect-sentences`` does the same for ``events_sentences.jsonl``
   (each sentence alone; a row is true when its type is the gold one or an accepted alternative, false on a
   ``none`` sentence, skipped on ``optional``); ``collect-rowjudge`` for ``events_rowjudge.jsonl`` when it exists
   (rows judged true/false by hand; rasd re-run, rows matched to the judged ones by type and trigger span).
2. ``eval``: leave-one-file-out over the ``--mix`` files (each blind file's first-run rows), training on the other
   mix files plus any ``--extra`` caches (today's rows of the tune files, sentences, judged rows — never the left-out
   file's articles). The threshold is chosen by an inner leave-one-file-out over the training files only.

Round 25 (helper rf2): ``FILES`` holds every released tune file to tune34 (never tune35); ``collect-rowjudge
--sets`` reads rowjudge2-5 too (each set its own ``file``); ``eval --join A B`` leaves several files out as one fold
(their today's rows out of training), ``--grid`` narrows the nested grid and ``--inner K`` makes the inner
cross-validation leave out K groups of files instead of one file at a time (``eval-judged`` takes ``--inner`` and
``--only SET``: one judged set the test, the others training); the design matrix is sparse from the start and the
threshold sweep adds up cached per-article counts, so that a nested run over 2,000 rows and 50 files takes minutes;
a headline row with a toll is kept at every threshold, as the committed filter keeps it (``rowfilter.headline_toll``).

Round 28 (helper rf3): ``FILES`` to tune37 (never tune38); ``eval-weights`` scores cached rows with a weights file's
filter as the pipeline runs it (the committed one by default); ``eval --drop`` leaves feature names or prefixes out,
``--first-weight`` weighs the ``--mix`` (first-run) rows in the fit, ``--t-on-first`` chooses settings and threshold
on first-run rows' out-of-fold F1 alone, ``--sweep`` prints the pooled left-out scores at fixed thresholds. The
measure (docs/events.md, "Round 28: the row filter retrained"): 21 blind files left out one at a time, the retrained
filter 0.641 F1 as round 25's data gives.

Usage (from the project root)::

    PYTHONPATH=/tmp/f/old_c0f325f/src python benchmarks/experiment_event_filter_text.py collect \
        --files tune7 --out /tmp/fm/first_tune7.pkl
    python benchmarks/experiment_event_filter_text.py collect --out /tmp/fm/now.pkl
    python benchmarks/experiment_event_filter_text.py collect-sentences --out /tmp/fm/sent.pkl
    python benchmarks/experiment_event_filter_text.py eval --mix /tmp/fm/first_tune3.pkl ... \
        [--extra /tmp/fm/now.pkl /tmp/fm/sent.pkl] [--l2 1] [--window 5] [--min-count 3] [--no-words]
    python benchmarks/experiment_event_filter_text.py eval --mix /tmp/fm/now.pkl   # today's rows, file by file
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # many small fits: BLAS threads only oversubscribe a shared machine

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import experiment_event_filter as ef  # noqa: E402

FILES = dict(ef.FILES)
#: round 12d: every tune file (tune8 … tune14 were blind files when first run; their first-run rows are folded over)
FILES.update({f"tune{n}": getattr(be, f"DATA_TUNE{n}") for n in range(8, 15) if hasattr(be, f"DATA_TUNE{n}")})
#: round 25 (helper rf2): every released tune file up to tune34; round 28 (helper rf3): up to tune37, never tune38
#: (round 28's blind file, lead-held)
FILES.update({f"tune{n}": getattr(be, f"DATA_TUNE{n}") for n in range(15, 38) if hasattr(be, f"DATA_TUNE{n}")})
LEAD_ONLY: dict[str, Path] = {}
SENTENCES = be.ROOT / "benchmarks" / "data" / "events_sentences.jsonl"
#: round 12d: the later sentence batches (8-12, same record form) and the wire set (its sentence is in ``text``)
SENTENCE_FILES = [SENTENCES] + sorted(
    (be.ROOT / "benchmarks" / "data").glob("events_sentences[0-9]*.jsonl"), key=lambda p: int(p.stem[16:])
)
WIRE = be.ROOT / "benchmarks" / "data" / "events_sentences_wire.jsonl"
ROWJUDGE = be.ROOT / "benchmarks" / "data" / "events_rowjudge.jsonl"
#: round 25 (helper rf2): the judged-row sets by name (round 10's, rounds 15, 16, 17 and 19's)
ROWJUDGE_SETS = {"rowjudge": ROWJUDGE} | {
    f"rowjudge{n}": be.ROOT / "benchmarks" / "data" / f"events_rowjudge{n}.jsonl" for n in range(2, 6)
}


# ----------------------------------------------------------------------------------------------- collecting
def _span(obj: Any) -> tuple[int, int] | None:
    if isinstance(obj, dict) and isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
        return (obj["start"], obj["end"])
    return None


def row_info(e: dict[str, Any]) -> dict[str, Any]:
    """What the text features need of one event: trigger and evidence spans, class, sentences of its mentions."""
    mentions = [m for m in e.get("mentions") or [] if isinstance(m, dict)]
    return {
        "trigger": _span(e.get("trigger")),
        "evidence": _span(e.get("evidence")),
        "event_class": e.get("event_class"),
        "mention_sentences": sorted({s for m in mentions if (s := _span(m.get("evidence")))}),
        "location": (e.get("location") or {}).get("name") if isinstance(e.get("location"), dict) else None,
    }


def _told(s: dict[str, Any]) -> bool:
    """A sentence alone has no date, so its events are not ACLED rows: every told ACLED event counts there."""
    return s["event_type"] in be.EVENT_TYPES and s["status"] in ("reported", "claimed", "alleged")


def doc_rows(
    doc: Any, shift: int, sentence: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    events = [e for e in doc.events if isinstance(e, dict)]
    flat = [be.system_event(e) for e in events]
    keep = _told if sentence else ef.is_row
    rows = [(e, s) for e, s in zip(events, flat, strict=True) if keep(s)]
    same = Counter((e.get("evidence") or {}).get("start") for e, _ in rows)
    feats = [
        ef.raw_features(e, len(doc.text), shift, i, len(rows), same[(e.get("evidence") or {}).get("start")])
        for i, (e, _) in enumerate(rows)
    ]
    return [s for _, s in rows], feats, [row_info(e) for e, _ in rows]


def _pipeline(row_filter: bool = False) -> Any:
    """rasd's pipeline, fast names, the row filter on only when asked (round 25: it is on by default; an old tree
    from before round 10 has no such setting and no filter)."""
    import dataclasses

    import rasd

    has = any(f.name == "row_filter" for f in dataclasses.fields(rasd.Settings))
    settings = rasd.Settings(ner="fast", row_filter=row_filter) if has else rasd.Settings(ner="fast")
    return rasd.Pipeline(settings=settings)


def collect(shared: Path, files: list[str], row_filter: bool = False) -> list[dict[str, Any]]:
    folder = shared / "data" / "news" / "saudinewsnet"
    pipeline = _pipeline(row_filter)
    out: list[dict[str, Any]] = []
    for name in files:
        # only the tune half of events_dev.jsonl: the held-out half is dropped as it is read
        records = [r for r in be.load_annotations({**FILES, **LEAD_ONLY}[name]) if r["split"] == name]
        articles = be.load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
        t0 = time.perf_counter()
        for rec in records:
            key = (rec["key"]["zip"], rec["key"]["url"])
            article = articles.get(key)
            if article is None:
                print(f"  missing article in {name}", file=sys.stderr)
                continue
            doc, shift = be.run_article(pipeline, article, rec.get("published"))
            rows, feats, info = doc_rows(doc, shift)
            out.append(
                {
                    "file": name,
                    "key": key,
                    "negative": rec["negative"],
                    "gold": [be.gold_event(g, shift) for g in rec["events"]],
                    "text": doc.text,
                    "shift": shift,
                    "rows": rows,
                    "feats": feats,
                    "info": info,
                }
            )
        print(f"  {name}: {len(records)} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return out


def collect_sentences(shared: Path) -> list[dict[str, Any]]:
    """Each sentence alone through rasd; its rows labelled by the sentence's gold (one pseudo-article each)."""
    from rasd.ingest.jsonl import read_line

    folder = shared / "data" / "news" / "saudinewsnet"
    records = [
        json.loads(x)
        for path in SENTENCE_FILES + ([WIRE] if WIRE.exists() else [])
        for x in path.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    for rec in records:
        if "text" in rec:  # a wire sentence: no article, the sentence itself
            rec.update(batch="_wire", key={"zip": "wire", "url": rec["id"]})
    contents = {
        k: a.get("content") or ""
        for k, a in be.load_articles(
            folder, {(r["key"]["zip"], r["key"]["url"]) for r in records if "text" not in r}
        ).items()
    }
    pipeline = _pipeline()
    out: list[dict[str, Any]] = []
    for rec in records:
        if rec["gold"] == "optional":
            continue
        if "text" in rec:
            sentence = rec["text"]
        else:
            content = contents.get((rec["key"]["zip"], rec["key"]["url"]), "")
            sentence = content[rec["sentence"]["start"] : rec["sentence"]["end"]]
        if not sentence:
            continue
        doc = pipeline.run(read_line(json.dumps({"content": sentence}, ensure_ascii=False).encode("utf-8")))
        rows, feats, info = doc_rows(doc, 0, sentence=True)
        types = {rec["event_type"]} | {a[0] for a in rec["alternatives"]}
        lab = [1 if rec["gold"] == "event" and s["event_type"] in types else 0 for s in rows]
        out.append(
            {
                "file": f"sentences{rec['batch']}",
                "key": (rec["key"]["zip"], rec["key"]["url"]),
                "negative": rec["gold"] == "none",
                "gold": [],
                "text": doc.text,
                "shift": 0,
                "rows": rows,
                "feats": feats,
                "info": info,
                "labels": lab,
            }
        )
    return out


def collect_rowjudge(shared: Path, sets: tuple[str, ...] = ("rowjudge",)) -> list[dict[str, Any]]:
    """Rows judged by hand (``events_rowjudge.jsonl``, rows of rasd 58a417f; ``sets``: also ``rowjudge2`` …
    ``rowjudge5``): rasd re-run (run it with the judged tree on ``PYTHONPATH`` to get every judged row back), each
    row labelled by the judged row with its trigger offsets and event type (then its place name); rows with no judged
    counterpart are skipped (label ``None``). Each set is its own ``file`` (its name)."""

    folder = shared / "data" / "news" / "saudinewsnet"
    records = [
        {**json.loads(x), "_set": name}
        for name in sets
        for x in ROWJUDGE_SETS[name].read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    articles = be.load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
    pipeline = _pipeline()
    out: list[dict[str, Any]] = []
    found = judged = 0
    for rec in records:
        key = (rec["key"]["zip"], rec["key"]["url"])
        article = articles.get(key)
        if article is None:
            continue
        doc, shift = be.run_article(pipeline, article, rec.get("published"))
        rows, feats, info = doc_rows(doc, shift)
        lab: list[int | None] = []
        used: set[int] = set()
        for s, inf in zip(rows, info, strict=True):
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
            lab.append(int(bool(rec["rows"][pick[0]]["label"])) if pick else None)
        found += len(used)
        judged += len(rec["rows"])
        out.append(
            {
                "file": rec["_set"],
                "key": key,
                "negative": False,
                "gold": [],
                "text": doc.text,
                "shift": shift,
                "rows": rows,
                "feats": feats,
                "info": info,
                "labels": lab,
            }
        )
    print(f"  rowjudge: {found} of {judged} judged rows found again", file=sys.stderr)
    return out


# ----------------------------------------------------------------------------------------------- model
def labels(art: dict[str, Any]) -> list[int | None]:
    if "labels" in art:
        return list(art["labels"])
    return ef.labels(art)


#: round 28 (helper rf3): feature names dropped by ``featurize`` (``eval --drop``: names or name prefixes), to
#: measure a feature family by leaving it out
DROP: list[str] = []


def _dropped(x: dict[str, float]) -> dict[str, float]:
    if not DROP:
        return x
    return {k: v for k, v in x.items() if not any(k == d or (d.endswith(("=", ":")) and k.startswith(d)) for d in DROP)}


def featurize(arts: list[dict[str, Any]], window: int, words: bool) -> None:
    from rasd.events.rowfilter import row_features

    for a in arts:
        a.setdefault("xw", {})[window] = a["x"] = [
            _dropped(row_features(a["text"], a["shift"], info, f, window=window, words=words))
            for info, f in zip(a["info"], a["feats"], strict=True)
        ]
        if a["file"].startswith("sentences"):
            # a sentence given alone has no date, title or other rows, and most of its rows are true: a domain
            # flag takes that base rate, so that "no date" does not come to mean "true" (always 0 in articles)
            for x in a["x"]:
                x["b:sentence_alone"] = 1.0


def use_window(arts: list[dict[str, Any]], window: int) -> None:
    for a in arts:
        a["x"] = a["xw"][window]


def dataset(arts: list[dict[str, Any]]) -> tuple[list[dict[str, float]], np.ndarray]:
    xs, ys = [], []
    for a in arts:
        for x, y in zip(a["x"], labels(a), strict=True):
            if y is not None:
                xs.append(x)
                ys.append(y)
    return xs, np.array(ys, dtype=float)


class Vectorizer:
    """Features seen in ≥ ``min_count`` training rows; continuous ones standardised, 0/1 ones kept as they are.

    Round 25: the matrix is sparse (scipy CSR) and only the continuous columns are shifted, so that a fit over
    thousands of rows and word features stays cheap (the dense matrix of round 10 was most of the nested grid's
    time); the values are those of the dense version."""

    def __init__(self, xs: list[dict[str, float]], min_count: int) -> None:
        seen = Counter(k for x in xs for k, v in x.items() if v)
        self.names = sorted(k for k, n in seen.items() if n >= min_count or k.startswith("n:"))
        self.idx = {k: i for i, k in enumerate(self.names)}
        m = self.raw(xs)
        nonbinary = np.zeros(len(self.names), dtype=bool)
        data, cols = m.data, m.indices
        nonbinary[np.unique(cols[(data != 0) & (data != 1)])] = True
        self.mu = np.zeros(len(self.names))
        self.sd = np.ones(len(self.names))
        self.shifted = np.flatnonzero(nonbinary)
        if len(self.shifted):
            dense = m[:, self.shifted].toarray()
            mu, sd = dense.mean(axis=0), dense.std(axis=0)
            self.mu[self.shifted] = mu
            self.sd[self.shifted] = np.where(sd == 0, 1.0, sd)

    def raw(self, xs: list[dict[str, float]]) -> Any:
        from scipy import sparse

        rows, cols, vals = [], [], []
        for r, x in enumerate(xs):
            for k, v in x.items():
                i = self.idx.get(k)
                if i is not None and v:
                    rows.append(r)
                    cols.append(i)
                    vals.append(v)
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(xs), len(self.names)))

    def __call__(self, xs: list[dict[str, float]]) -> Any:
        """The standardised rows (CSR; the continuous columns stored for every row)."""
        from scipy import sparse

        m = self.raw(xs)
        k = len(self.shifted)
        if not k:
            return m
        n, d = m.shape
        dense = (m[:, self.shifted].toarray() - self.mu[self.shifted]) / self.sd[self.shifted]
        keep = np.ones(d)
        keep[self.shifted] = 0.0
        shifted = sparse.csr_matrix(
            (dense.ravel(), (np.repeat(np.arange(n), k), np.tile(self.shifted, n))), shape=(n, d)
        )
        return sparse.csr_matrix(m @ sparse.diags(keep) + shifted)


def fit(x: np.ndarray, y: np.ndarray, l2: float, sw: np.ndarray | None = None) -> np.ndarray:
    """L2 logistic regression (bias last, not penalised) by L-BFGS (scipy), cheap with thousands of word features;
    ``sw``: a weight per row (round 28; 1 for every row by default)."""
    from scipy import sparse
    from scipy.optimize import minimize

    n, d = x.shape
    # sparse: the word features are mostly zero, and the nested grid of round 12d runs thousands of fits
    xb = sparse.hstack([sparse.csr_matrix(x), sparse.csr_matrix(np.ones((n, 1)))], format="csr")
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    sw = np.ones(n) if sw is None else sw

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xb @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        val = float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(reg * w * w))
        return val, xb.T @ (sw * (p - y)) + reg * w

    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500, "gtol": 1e-6})
    return np.asarray(res.x)


#: round 28 (helper rf3): the weight in the fit of a row of a first run (an article ``mark_first`` marked: rows made
#: on articles the rules had never seen), every other row 1 (``eval --first-weight``, the trainer's)
FIRST_WEIGHT = [1.0]


def mark_first(arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for a in arts:
        a["first"] = True
    return arts


class Model:
    def __init__(self, arts: list[dict[str, Any]], l2: float, min_count: int) -> None:
        xs, y = dataset(arts)
        self.vec = Vectorizer(xs, min_count)
        sw = np.array(
            [FIRST_WEIGHT[0] if a.get("first") else 1.0 for a in arts for y in labels(a) if y is not None], dtype=float
        )
        self.w = fit(self.vec(xs), y, l2, sw)

    def probs(self, arts: list[dict[str, Any]]) -> list[np.ndarray]:
        xs = [x for a in arts for x in a["x"]]
        p = ef.predict(self.w, self.vec(xs)) if xs else np.zeros(0)
        cuts = np.cumsum([len(a["x"]) for a in arts])[:-1]
        return list(np.split(p, cuts)) if arts else []


def _scored(arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles scored with bench_events' matcher (not sentences nor judged rows)."""
    return [a for a in arts if "labels" not in a]


def _label_f1(arts: list[dict[str, Any]], probs: list[np.ndarray], t: float) -> float:
    """F1 of kept rows against the labels (for training data without gold events: sentences, judged rows)."""
    tp = fp = fn = 0
    for a, p in zip(arts, probs, strict=True):
        for y, q in zip(labels(a), p, strict=True):
            if y is None:
                continue
            tp += int(y == 1 and q >= t)
            fp += int(y == 0 and q >= t)
            fn += int(y == 1 and q < t)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


#: round 25: the inner cross-validation leaves out groups of files (every k-th file of the sorted names) instead of
#: one file at a time when set (``eval --inner K``): with 50 scored training files the nested grid is otherwise
#: 50 fits per setting per outer fold
INNER_FOLDS = [0]


def _inner_groups(files: list[str]) -> list[set[str]]:
    k = INNER_FOLDS[0]
    if not k or k >= len(files):
        return [{f} for f in files]
    return [set(files[i::k]) for i in range(k)]


def choose_threshold(train: list[dict[str, Any]], l2: float, min_count: int) -> float:
    """The t that maximises F1 of out-of-fold scores over the training files (inner leave-one-file-out)."""
    files = sorted({a["file"] for a in _scored(train)})
    if len(files) < 2:
        return 0.5
    oof: list[tuple[dict[str, Any], np.ndarray]] = []
    for group in _inner_groups(files):
        keys = {b["key"] for b in train if b["file"] in group}
        inner = [a for a in train if a["file"] not in group and a["key"] not in keys]
        held = [a for a in train if a["file"] in group]
        model = Model(inner, l2, min_count)
        oof += list(zip(held, model.probs(held), strict=True))
    return _best_t(oof)[1]


def _oof(train: list[dict[str, Any]], l2: float, min_count: int) -> list[tuple[dict[str, Any], np.ndarray]]:
    """Out-of-fold scores of the scored training articles (inner leave-one-file-out)."""
    oof: list[tuple[dict[str, Any], np.ndarray]] = []
    for group in _inner_groups(sorted({a["file"] for a in _scored(train)})):
        keys = {b["key"] for b in train if b["file"] in group}
        inner = [a for a in train if a["file"] not in group and a["key"] not in keys]
        held = [a for a in train if a["file"] in group]
        oof += list(zip(held, Model(inner, l2, min_count).probs(held), strict=True))
    return oof


_COUNTS: dict[tuple[int, bytes], tuple[int, int, int]] = {}


def _counts(art: dict[str, Any], keep: np.ndarray) -> tuple[int, int, int]:
    """bench_events' (tp, fp, fn) of one article's kept rows (cached: the counts add up over articles, and a
    threshold sweep asks for the same few masks again and again)."""
    key = (id(art), np.asarray(keep, dtype=bool).tobytes())
    if key not in _COUNTS:
        tally = be.EventTally()
        tally.add(art["gold"], [s for s, k in zip(art["rows"], keep, strict=True) if k], negative=art["negative"])
        a = tally.result()["per_type"]["all"]
        _COUNTS[key] = (a["tp"], a["system"] - a["tp"], a["gold"] - a["tp"])
    return _COUNTS[key]


def _f1(oof: list[tuple[dict[str, Any], np.ndarray]], t: float) -> float:
    tp = fp = fn = 0
    for a, p in oof:
        c = _counts(a, p >= t)
        tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


#: round 28 (helper rf3): choose the threshold on the out-of-fold F1 of first-run rows alone (articles ``mark_first``
#: marked) when set (``eval --t-on-first``, the trainer's): today's rows are rows the rules were tuned on, a lower
#: share of them false than of rows on unseen articles
T_ON_FIRST = [False]


def _best_t(oof: list[tuple[dict[str, Any], np.ndarray]]) -> tuple[float, float]:
    if T_ON_FIRST[0] and any(a.get("first") for a, _ in oof):
        oof = [(a, p) for a, p in oof if a.get("first")]
    best = (-1.0, 0.5)
    for t in np.round(np.arange(0.0, 0.96, 0.05), 2):
        f1 = _f1(oof, t)
        if f1 > best[0] + 1e-9:
            best = (f1, float(t))
    return best


def _keep(arts: list[dict[str, Any]], probs: list[np.ndarray], t: float) -> list[np.ndarray]:
    """Rows kept at threshold ``t``: scored at or over it, or a headline row with a toll (``headline_toll``, which
    the pipeline's filter never drops; round 25)."""
    from rasd.events.rowfilter import headline_toll

    return [
        (p >= t) | np.array([headline_toll(x) for x in a["x"]], dtype=bool) for a, p in zip(arts, probs, strict=True)
    ]


def _fold_row(
    left: str, test: list[dict], train: list[dict], keep: list[bool], t: float, pooled_rules: Any, pooled_filter: Any
) -> dict[str, Any]:
    """Add a left-out file's rows (all, and those the filter keeps) to the pooled scores; its row of the table."""
    for art, k in zip(test, keep, strict=True):
        pooled_rules.add(art["gold"], art["rows"], negative=art["negative"])
        pooled_filter.add(
            art["gold"], [s for s, kk in zip(art["rows"], k, strict=True) if kk], negative=art["negative"]
        )
    dropped = Counter(
        {1: "true", 0: "false", None: "optional"}[y]
        for a, k in zip(test, keep, strict=True)
        for y, kk in zip(labels(a), k, strict=True)
        if not kk
    )
    return {
        "file": left,
        "articles": len(test),
        "rows": sum(len(a["rows"]) for a in test),
        "train_rows": len(dataset(train)[1]),
        "t": t,
        "rules": ef.score(test, None),
        "filter": ef.score(test, keep),
        "dropped": dict(dropped),
    }


def run_nested(
    mix: list[dict[str, Any]],
    extra: list[dict[str, Any]],
    grid: list[tuple[int, float, int]],
    folds: list[str] | None = None,
) -> dict[str, Any]:
    """Leave-one-file-out where each outer fold picks (window, l2, min count) *and* t by inner leave-one-file-out
    F1 over its training files only: the blind file never chooses the settings. ``folds``: only these files are
    left out in turn (all mix files still train the others), so that the folds can run in separate processes."""
    table = []
    pooled_rules, pooled_filter = be.EventTally(), be.EventTally()
    for left in sorted({a["file"] for a in mix}, key=lambda f: list(FILES).index(f) if f in FILES else 99):
        if folds and left not in folds:
            continue
        test = [a for a in mix if a["file"] == left]
        test_keys = {a["key"] for a in test}
        train = [a for a in mix + extra if a["file"] != left and a["key"] not in test_keys]
        best = (-1.0, grid[0], 0.5)
        for window, l2, mc in grid:
            use_window(mix + extra, window)
            f1, t = _best_t(_oof(train, l2, mc))
            if f1 > best[0] + 1e-9:
                best = (f1, (window, l2, mc), t)
        _, (window, l2, mc), t = best
        use_window(mix + extra, window)
        keep = _keep(test, Model(train, l2, mc).probs(test), t)
        row = _fold_row(left, test, train, keep, t, pooled_rules, pooled_filter)
        table.append({**row, "config": f"w{window} l2 {l2} mc{mc} (inner F1 {best[0]:.3f})"})
    return {
        "table": table,
        "pooled_rules": pooled_rules.result()["per_type"]["all"],
        "pooled_filter": pooled_filter.result()["per_type"]["all"],
    }


def run_judged(
    judged: list[dict[str, Any]], train: list[dict[str, Any]], grid: list[tuple[int, float, int]]
) -> dict[str, Any]:
    """Rows judged by hand as the test set: settings and t chosen on ``train`` alone (inner leave-one-file-out),
    the model fit on ``train``; counts of true and false judged rows kept and dropped."""
    keys = {a["key"] for a in judged}
    train = [a for a in train if a["key"] not in keys]
    best = (-1.0, grid[0], 0.5)
    for window, l2, mc in grid:
        use_window(judged + train, window)
        f1, t = _best_t(_oof(train, l2, mc))
        if f1 > best[0] + 1e-9:
            best = (f1, (window, l2, mc), t)
    _, (window, l2, mc), t = best
    use_window(judged + train, window)
    probs = Model(train, l2, mc).probs(judged)
    tally: Counter[str] = Counter()
    for a, p in zip(judged, probs, strict=True):
        for y, q in zip(labels(a), p, strict=True):
            if y is not None:
                tally[("true" if y else "false") + (" kept" if q >= t else " dropped")] += 1
    kept = tally["true kept"] + tally["false kept"]
    rows = kept + tally["true dropped"] + tally["false dropped"]
    return {
        "config": f"w{window} l2 {l2} mc{mc} t {t} (inner F1 {best[0]:.3f})",
        "counts": dict(tally),
        "precision_before": (tally["true kept"] + tally["true dropped"]) / rows if rows else 0.0,
        "precision_after": tally["true kept"] / kept if kept else 0.0,
    }


#: round 28 (helper rf3): each left-out article with its out-of-fold scores (``eval --sweep``)
DUMPED: list[tuple[dict[str, Any], np.ndarray]] = []


def sweep(oof: list[tuple[dict[str, Any], np.ndarray]]) -> None:
    """Pooled P/R/F1 of the left-out rows at every fixed threshold (the headline-toll guard kept): how flat the
    curve is around the thresholds the folds chose (a picture, not a choice: the left-out files would pick it)."""
    from rasd.events.rowfilter import headline_toll

    for t in np.round(np.arange(0.05, 0.61, 0.05), 2):
        tp = fp = fn = 0
        for a, p in oof:
            keep = (p >= t) | np.array([headline_toll(x) for x in a["x"]], dtype=bool)
            c = _counts(a, keep)
            tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
        print(
            f"  t {t:.2f}: kept {tp + fp}, right {tp}, P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} "
            f"F1 {2 * tp / max(2 * tp + fp + fn, 1):.3f}"
        )


def run(mix: list[dict[str, Any]], extra: list[dict[str, Any]], l2: float, min_count: int) -> dict[str, Any]:
    table = []
    pooled_rules, pooled_filter = be.EventTally(), be.EventTally()
    for left in sorted({a["file"] for a in mix}, key=lambda f: list(FILES).index(f) if f in FILES else 99):
        test = [a for a in mix if a["file"] == left]
        test_keys = {a["key"] for a in test}
        train = [a for a in mix + extra if a["file"] != left and a["key"] not in test_keys]
        t = choose_threshold(train, l2, min_count)
        model = Model(train, l2, min_count)
        probs = model.probs(test)
        keep = _keep(test, probs, t)
        table.append(_fold_row(left, test, train, keep, t, pooled_rules, pooled_filter))
        DUMPED.extend((a, p) for a, p in zip(test, probs, strict=True))
    return {
        "table": table,
        "pooled_rules": pooled_rules.result()["per_type"]["all"],
        "pooled_filter": pooled_filter.result()["per_type"]["all"],
    }


def run_weights(mix: list[dict[str, Any]], weights: Path | None) -> dict[str, Any]:
    """Each ``--mix`` file's rows with a weights file's filter (the committed one by default) as the pipeline runs it:
    its window, threshold and headline-toll guard (round 28, helper rf3)."""
    from rasd.events.rowfilter import load_filter

    rf = load_filter()
    if weights is not None:
        import dataclasses

        data = json.loads(weights.read_text(encoding="utf-8"))
        rf = dataclasses.replace(
            rf,
            window=int(data["window"]),
            threshold=float(data["threshold"]),
            bias=float(data["bias"]),
            features={k: (float(v[0]), float(v[1]), float(v[2]) or 1.0) for k, v in data["features"].items()},
            keep_headline_tolls=bool(data.get("keep_headline_tolls", False)),
        )
    featurize(mix, rf.window, rf.words)
    table = []
    pooled_rules, pooled_filter = be.EventTally(), be.EventTally()
    for left in sorted({a["file"] for a in mix}, key=lambda f: list(FILES).index(f) if f in FILES else 99):
        test = [a for a in mix if a["file"] == left]
        probs = [np.array([rf.score(x) for x in a["x"]]) for a in test]
        keep = _keep(test, probs, rf.threshold) if rf.keep_headline_tolls else [p >= rf.threshold for p in probs]
        table.append(_fold_row(left, test, [], keep, rf.threshold, pooled_rules, pooled_filter))
    return {
        "table": table,
        "pooled_rules": pooled_rules.result()["per_type"]["all"],
        "pooled_filter": pooled_filter.result()["per_type"]["all"],
    }


def load(paths: list[Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in paths:
        out += pickle.loads(p.read_bytes())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect", help="run rasd on tune files, keep text, gold and rows")
    c.add_argument("--files", nargs="+", choices=list(FILES) + list(LEAD_ONLY), default=list(FILES))
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--row-filter", action="store_true", help="run rasd with Settings(row_filter=True)")
    sc = sub.add_parser("score", help="bench_events' P/R of the rows in caches, per file and pooled")
    sc.add_argument("caches", nargs="+", type=Path)
    for name in ("collect-sentences", "collect-rowjudge"):
        s = sub.add_parser(name)
        s.add_argument("--out", type=Path, required=True)
        if name == "collect-rowjudge":
            s.add_argument("--sets", nargs="+", choices=list(ROWJUDGE_SETS), default=["rowjudge"])
    for s in sub.choices.values():
        s.add_argument("--shared", type=Path, default=be.ROOT.parent / "shared")
    j = sub.add_parser("eval-judged", help="train on --train caches, test on judged rows (collect-rowjudge)")
    j.add_argument("--judged", type=Path, required=True)
    j.add_argument("--train", nargs="+", type=Path, required=True)
    j.add_argument("--only", nargs="+", default=None, help="keep only these judged sets of the --judged cache")
    wt = sub.add_parser("eval-weights", help="each --mix file's rows with a weights file's filter (no training)")
    wt.add_argument("--mix", nargs="+", type=Path, required=True)
    wt.add_argument("--weights", type=Path, default=None, help="a weights file (default: the committed one)")
    e = sub.add_parser("eval", help="leave-one-file-out over the --mix files")
    e.add_argument("--mix", nargs="+", type=Path, required=True, help="caches whose files are folded over")
    e.add_argument("--only", nargs="+", default=None, help="keep only these files of the --mix caches")
    e.add_argument("--extra", nargs="*", type=Path, default=[], help="caches used for training only")
    e.add_argument("--l2", type=float, default=1.0)
    e.add_argument("--window", type=int, default=5)
    e.add_argument("--min-count", type=int, default=3)
    e.add_argument("--no-words", action="store_true", help="cue flags and dict features only (no word features)")
    e.add_argument("--folds", nargs="+", default=None, help="--nested: leave out only these files (the rest train)")
    e.add_argument("--join", nargs="+", default=None, help="these --mix files are one fold (left out together)")
    e.add_argument("--drop", nargs="+", default=[], help="feature names left out (a name ending ':' or '=': a prefix)")
    e.add_argument("--first-weight", type=float, default=1.0, help="weight in the fit of a --mix (first-run) row")
    e.add_argument("--sweep", action="store_true", help="also the pooled left-out scores at fixed thresholds")
    e.add_argument("--t-on-first", action="store_true", help="thresholds chosen on first-run (--mix) rows alone")
    e.add_argument(
        "--grid",
        default="3,5,8/0.3,1,3,10/2,5",
        help="--nested: windows / L2 penalties / minimum counts tried (comma lists; round 10's full grid by default)",
    )
    for s in (e, j):
        s.add_argument("--inner", type=int, default=0, help="inner folds: K groups of training files (0: one each)")
    e.add_argument(
        "--nested",
        action="store_true",
        help="choose window (3, 5, 8), l2 (0.3, 1, 3, 10) and min count (2, 5) per fold by inner cross-validation",
    )
    args = parser.parse_args(argv)
    if args.cmd == "score":
        for path in args.caches:
            arts = [a for a in load([path]) if "labels" not in a]
            for name in sorted({a["file"] for a in arts}):
                print(f"{path.name} {name:<8} {ef.fmt(ef.score([a for a in arts if a['file'] == name], None))}")
            print(f"{path.name} {'pooled':<8} {ef.fmt(ef.score(arts, None))}")
        return 0
    if not args.cmd.startswith("eval"):
        if not any((args.shared / "data" / "news" / "saudinewsnet").glob("*.zip")):
            print("SKIP: no SaudiNewsNet zips; pass --shared PATH")
            return 0
        if args.cmd == "collect":
            arts = collect(args.shared, args.files, args.row_filter)
        elif args.cmd == "collect-sentences":
            arts = collect_sentences(args.shared)
        else:
            if not all(ROWJUDGE_SETS[name].exists() for name in args.sets):
                print(f"SKIP: no {', '.join(args.sets)}")
                return 0
            arts = collect_rowjudge(args.shared, tuple(args.sets))
        args.out.write_bytes(pickle.dumps(arts))
        n = sum(len(a["rows"]) for a in arts)
        print(f"{len(arts)} articles, {n} rows -> {args.out}")
        return 0
    if args.cmd == "eval-weights":
        _print_table(run_weights(load(args.mix), args.weights))
        return 0
    if args.cmd == "eval-judged":
        args.grid = "3,5,8/0.3,1,3/2" if args.inner else "3,5,8/0.3,1,3,10/2,5"
    ws, l2s, mcs = args.grid.split("/")
    grid = [(int(w), float(l2), int(mc)) for w in ws.split(",") for l2 in l2s.split(",") for mc in mcs.split(",")]
    INNER_FOLDS[0] = args.inner
    if args.cmd == "eval-judged":
        judged, train = load([args.judged]), load(args.train)
        if args.only:
            judged = [a for a in judged if a["file"] in args.only]
            train = [a for a in train if a["file"] not in args.only]
        for w in (3, 5, 8):
            featurize(judged + train, w, True)
        res = run_judged(judged, train, grid)
        print(f"chosen on the training files: {res['config']}")
        print(f"judged rows: {res['counts']}")
        print(f"precision on judged rows {res['precision_before']:.3f} -> {res['precision_after']:.3f}")
        return 0
    DROP[:] = args.drop
    FIRST_WEIGHT[0] = args.first_weight
    T_ON_FIRST[0] = args.t_on_first
    mix = mark_first(load(args.mix))
    if args.only:
        mix = [a for a in mix if a["file"] in args.only]
    if args.join:
        # one fold of several files: the others of the fold train nothing (their articles' keys are left out too)
        joined = "+".join(args.join)
        for a in mix:
            if a["file"] in args.join:
                a["file"] = joined
    extra = load(args.extra)
    if args.join:
        extra = [a for a in extra if a["file"] not in args.join]
    if args.nested:
        for w in sorted({w for w, _, _ in grid}):
            featurize(mix + extra, w, not args.no_words)
        res = run_nested(mix, extra, grid, args.folds)
        print("settings chosen per fold by inner leave-one-file-out")
    else:
        featurize(mix + extra, args.window, not args.no_words)
        res = run(mix, extra, args.l2, args.min_count)
        print(f"l2 {args.l2}, window {args.window}, min count {args.min_count}, words {not args.no_words}")
    _print_table(res)
    if args.sweep and DUMPED:
        sweep(DUMPED)
    return 0


def _print_table(res: dict[str, Any]) -> None:
    print(f"{'left out':<8} {'arts':>4} {'rows':>4} {'train':>5} {'t':>5}  rules | rules + filter | dropped")
    for r in res["table"]:
        print(
            f"{r['file']:<8} {r['articles']:>4} {r['rows']:>4} {r['train_rows']:>5} {r['t']:>5.2f}  "
            f"{ef.fmt(r['rules'])} | {ef.fmt(r['filter'])} | {r['dropped']}"
        )
        if "config" in r:
            print(f"{'':<8} chosen: {r['config']}")
    print(f"pooled   rules {ef.fmt(res['pooled_rules'])}")
    print(f"pooled  filter {ef.fmt(res['pooled_filter'])}")


if __name__ == "__main__":
    raise SystemExit(main())
