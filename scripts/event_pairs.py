"""Pairs of ACLED rows of one article, labelled by the released gold: one happening told twice or two happenings
(issue 12, round 40, helper ev8).

For every article of the released events tune files (``bench_events_released.py``'s list: the dev set's tune half
and tune2 … tune50; never the held-out half, never a blind file), the article is run through rasd and every pair of
its ACLED rows is written with the pair's features (what the pipeline has on both rows: types, places, dates,
distance in the text, actors, figures, a subordinate word before a trigger) and a label:

* ``same`` — both rows' triggers (the row's trigger and its mentions') meet the triggers or evidence of one gold
  event and of no other: a duplicate, which should be one row;
* ``apart`` — the two rows meet gold events, none in common: two happenings, which must stay two rows;
* ``unknown`` — one of them meets no gold event, or they share one gold event but meet others too.

It prints the counts of each class by the features that tell them apart and writes the pairs as JSON lines with
``--out FILE`` (outside the project: the lines quote no text, but name the articles). Usage (project root)::

    python scripts/event_pairs.py [--shared ../shared] [--out /tmp/pairs.jsonl] [tuneN ...]
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import bench_events_released as ber  # noqa: E402
import bench_events_rowjudge as brj  # noqa: E402
import numpy as np  # noqa: E402

from rasd.document import Document  # noqa: E402

#: words that tell a happening as the background of the clause after it ("بعد تحرير عدن"، "إثر هجوم")
_AFTER = frozenset({"بعد", "إثر", "اثر", "عقب", "منذ", "أعقاب", "اعقاب", "غداة", "وبعد", "وإثر", "وعقب", "ومنذ"})


@dataclass
class RowView:
    """What the identity pass reads of one row."""

    event: dict[str, Any]
    etype: str
    sub: str
    cls: str
    start: int
    sentence: int
    paragraph: int
    title: bool
    admin1: str | None
    admin2: str | None
    place: str | None
    precision: int
    day: str | None
    day_precision: int
    own_day: bool
    actor1: str | None
    fatalities: int
    after_word: bool


def _paragraph(doc: Document, offset: int) -> int:
    for i, b in enumerate(doc.blocks):
        if b.start <= offset < b.end:
            return i
    return len(doc.blocks)


def _title(doc: Document, offset: int) -> bool:
    return any(str(b.kind) == "title" and b.start <= offset < b.end for b in doc.blocks)


def row_view(doc: Document, e: dict[str, Any]) -> RowView:
    """The identity pass's view of row ``e`` of ``doc``."""
    trig = e.get("trigger") or {}
    start = int(trig.get("start") or 0)
    starts = [s.start for s in doc.sentences]
    sentence = max(0, bisect.bisect_right(starts, start) - 1)
    loc = e.get("location") or {}
    date = e.get("date") or {}
    before = doc.text[max(0, start - 40) : start].split()[-3:]
    actor = e.get("actor1") or {}
    return RowView(
        event=e,
        etype=str(e.get("acled_event_type") or ""),
        sub=str(e.get("acled_sub_event_type") or ""),
        cls=str(e.get("event_class") or ""),
        start=start,
        sentence=sentence,
        paragraph=_paragraph(doc, start),
        title=_title(doc, start),
        admin1=loc.get("admin1"),
        admin2=loc.get("admin2"),
        place=loc.get("name"),
        precision=int(loc.get("geo_precision") or 3),
        day=date.get("value"),
        day_precision=int(date.get("time_precision") or 3),
        own_day=bool(date.get("timex")),
        actor1=actor.get("name") if isinstance(actor, dict) else None,
        fatalities=_figure(e.get("fatalities")),
        after_word=any(w in _AFTER for w in before),
    )


def _figure(value: Any) -> int:
    if isinstance(value, dict):
        value = value.get("value")
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b or len(a) != 10 or len(b) != 10:
        return None
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return None


#: the sub-types that are a part of a battle at its place and day (its shelling, its air cover)
PART_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def pair_features(doc: Document, a: RowView, b: RowView) -> dict[str, Any]:
    """The features of the pair of rows ``a`` (told first) and ``b``."""
    if b.start < a.start:
        a, b = b, a
    gap = _days(a.day, b.day)
    part = (a.etype == "Battles" and b.sub in PART_SUBS) or (b.etype == "Battles" and a.sub in PART_SUBS)
    return {
        "type": a.etype == b.etype,
        "sub": a.sub == b.sub,
        "cls": a.cls == b.cls,
        "part": part,
        "types": f"{a.sub}|{b.sub}",
        "admin1": bool(a.admin1) and a.admin1 == b.admin1,
        "admin2": bool(a.admin2) and a.admin2 == b.admin2,
        "place": bool(a.place) and a.place == b.place,
        "coarse": max(a.precision, b.precision) >= 3,
        "day": a.day == b.day,
        "days": gap,
        "own_days": int(a.own_day) + int(b.own_day),
        "sentences": b.sentence - a.sentence,
        "paragraphs": b.paragraph - a.paragraph,
        "title": a.title or b.title,
        "actor1": bool(a.actor1) and a.actor1 == b.actor1,
        "figures": int(bool(a.fatalities)) + int(bool(b.fatalities)),
        "same_figure": bool(a.fatalities) and a.fatalities == b.fatalities,
        "after": a.after_word or b.after_word,
        "after_b": b.after_word,
        "one_trigger": a.start == b.start,
    }


def _gold_hits(row: dict[str, Any], gold: list[dict[str, Any]]) -> set[str]:
    """The gold events whose triggers (else evidence) the row's trigger spans meet, whatever their type."""
    spans = row["trigger_spans"]
    hits = {g["id"] for g in gold if be.overlaps(g["trigger_spans"], spans)}
    return hits or {g["id"] for g in gold if be.overlaps(g["spans"], spans)}


def label(a: set[str], b: set[str], ma: str | None = None, mb: str | None = None) -> str:
    """``same``, ``apart`` or ``unknown`` for two rows meeting gold events ``a`` and ``b``, matched to ``ma``, ``mb``
    by the benchmark's one-to-one matcher (two matched rows are two gold events; an unmatched row meeting only the
    gold event its partner matched is that event's duplicate)."""
    if ma and mb:
        return "apart"
    if (ma and not mb and b == {ma}) or (mb and not ma and a == {mb}):
        return "same"
    if not a or not b:
        return "unknown"
    if a == b and len(a) == 1:
        return "same"
    if not a & b:
        return "apart"
    return "unknown"


def article_pairs(doc: Any, gold: list[dict[str, Any]], show: bool = False) -> list[dict[str, Any]]:
    """Every pair of the article's ACLED rows, with features and the gold's label."""
    rows = [e for e in doc.events if isinstance(e, dict) and e.get("acled_row")]
    views = [row_view(doc, e) for e in rows]
    flat = [be.system_event(e) for e in rows]
    hits = [_gold_hits(s, gold) for s in flat]
    found = [s for s in flat if s["event_type"] in be.EVENT_TYPES and s["granularity"] == "discrete" and s["acled_row"]]
    index = {id(s): k for k, s in enumerate(flat)}
    matched: dict[int, str] = {index[id(found[si])]: gold[gi]["id"] for gi, si in be.match_events(gold, found)}
    out = []
    for i, j in itertools.combinations(range(len(rows)), 2):
        x = pair_features(doc, views[i], views[j])
        rows_ij = [views[i], views[j]]
        where = [
            {"start": v.start, "trigger": (v.event.get("trigger") or {}).get("text"), "place": v.place, "day": v.day}
            for v in rows_ij
        ]
        out.append(
            {
                "i": i,
                "j": j,
                "label": label(hits[i], hits[j], matched.get(i), matched.get(j)),
                "gold": [sorted(hits[i]), sorted(hits[j])],
                **x,
            }
            | {"matched": [matched.get(i), matched.get(j)]}
            | ({"rows": where} if show else {})
        )
    return out


def judged_pairs(doc: Any, judged: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of today's rows that both match a judged row (by trigger and type, ``bench_events_rowjudge``'s matching):
    ``apart`` when both were judged true, ``rj_duplicate`` when one is true and the other judged a duplicate (of some
    row of the article: a weaker label than the gold's)."""
    rows = [e for e in doc.events if brj.is_row(e)]
    pairs, _ = brj.match_rows(judged, brj.system_rows(doc))
    verdict = {si: judged[ji] for ji, si in pairs}
    views = [row_view(doc, e) for e in rows]
    out = []
    for i, j in itertools.combinations(range(len(rows)), 2):
        a, b = verdict.get(i), verdict.get(j)
        if a is None or b is None or a.get("optional") or b.get("optional"):
            continue
        if a["label"] and b["label"]:
            name = "apart"
        elif a["label"] != b["label"] and "duplicate" in (a.get("class"), b.get("class")):
            name = "rj_duplicate"
        else:
            continue
        drop = j if not b["label"] else i
        out.append({"i": i, "j": j, "label": name, "false": drop, **pair_features(doc, views[i], views[j])})
    return out


#: the pair features the leave-files-out model reads (booleans, and the distance in sentences scaled to 0-1)
def vector(p: dict[str, Any]) -> list[float]:
    days = p["days"]
    values = [
        p["type"], p["sub"], p["cls"], p["part"], p["admin1"], p["admin2"], p["place"], p["coarse"], p["day"],
        days is not None and days <= 1, p["title"], p["actor1"], p["after"], p["after_b"], p["one_trigger"],
        p["sentences"] == 0, p["sentences"] == 1, min(p["sentences"], 20) / 20, p["paragraphs"] == 0,
        p["figures"] == 2, p["figures"] == 0, p["own_days"] == 2, p["own_days"] == 0, p["same_figure"],
    ]  # fmt: skip
    return [1.0, *(float(v) for v in values)]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent (L2 on every weight but the bias)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        z = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (z - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= rate * grad
    return w


def leave_files_out(pairs: list[dict[str, Any]], folds: int = 5) -> np.ndarray:
    """Each labelled pair's P(same) from a model fitted on the other folds' files (files dealt round-robin)."""
    files = sorted({p["split"] for p in pairs})
    fold = np.array([files.index(p["split"]) % folds for p in pairs])
    x = np.array([vector(p) for p in pairs])
    y = np.array([p["label"] == "same" for p in pairs], dtype=float)
    out = np.zeros(len(pairs))
    for k in range(folds):
        test = fold == k
        out[test] = 1 / (1 + np.exp(-x[test] @ fit(x[~test], y[~test])))
    return out


def report(pairs: list[dict[str, Any]]) -> None:
    """The counts by feature, the best conjunctions of up to three features, and the leave-files-out model's folds."""
    known = [p for p in pairs if p["label"] in ("same", "apart")]
    same = [p for p in known if p["label"] == "same"]
    print(f"labelled pairs: same {len(same)}, apart {len(known) - len(same)}")
    tests = {k: (lambda p, k=k: bool(p[k])) for k in ("type", "sub", "part", "admin1", "admin2", "place", "day")}
    tests |= {k: (lambda p, k=k: bool(p[k])) for k in ("title", "actor1", "after", "one_trigger", "same_figure")}
    tests |= {
        "one_sentence": lambda p: p["sentences"] == 0,
        "next_sentence": lambda p: p["sentences"] == 1,
        "one_paragraph": lambda p: p["paragraphs"] == 0,
        "both_figures": lambda p: p["figures"] == 2,
        "both_own_days": lambda p: p["own_days"] == 2,
        "no_own_day": lambda p: p["own_days"] < 2,
        "coarse": lambda p: bool(p["coarse"]),
    }
    table = {name: [t(p) for p in known] for name, t in tests.items()}
    labels = [p["label"] == "same" for p in known]
    for name, hits in table.items():
        s = sum(h and lab for h, lab in zip(hits, labels, strict=True))
        a = sum(h and not lab for h, lab in zip(hits, labels, strict=True))
        print(f"  {name:16} same {s:3}  apart {a:4}")
    best = []
    for k in (1, 2, 3):
        for combo in itertools.combinations(table, k):
            both = [all(table[n][i] for n in combo) for i in range(len(known))]
            s = sum(b and lab for b, lab in zip(both, labels, strict=True))
            best.append((s - (sum(both) - s), s, sum(both) - s, combo))
    print("best conjunctions (same - apart, same, apart):", sorted(best, reverse=True)[:5])
    score = leave_files_out(known)
    for t in (0.2, 0.3, 0.4, 0.5):
        chosen = [lab for sc, lab in zip(score, labels, strict=True) if sc >= t]
        print(f"  leave-files-out P(same) >= {t}: {len(chosen)} folds, {sum(chosen)} same")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", action="store_true", help="write each row's trigger, place and day too")
    parser.add_argument("--rowjudge", action="store_true", help="the judged-row sets rowjudge … rowjudge14 instead")
    parser.add_argument("splits", nargs="*")
    args = parser.parse_args(argv)
    released = ber.released_splits()
    if any(s not in released for s in args.splits):
        print("only released tune files")
        return 2
    import rasd

    pipeline = rasd.Pipeline(settings=rasd.Settings())
    folder = args.shared / "data" / "news" / "saudinewsnet"
    pairs: list[dict[str, Any]] = []
    for name, path in brj.SETS.items() if args.rowjudge else []:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        articles = be.load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
        for rec in records:
            article = articles.get((rec["key"]["zip"], rec["key"]["url"]))
            if article is not None:
                doc, _ = be.run_article(pipeline, article, rec.get("published"))
                pairs += [{"set": name, "url": rec["key"]["url"], **p} for p in judged_pairs(doc, rec["rows"])]
    for split in [] if args.rowjudge else args.splits or released:
        for rec, doc, shift in ber.run_split(split, pipeline, folder):
            gold = [be.gold_event(e, shift) for e in rec["events"]]
            for p in article_pairs(doc, gold, args.show):
                pairs.append({"split": split, "url": rec["key"]["url"], **p})
    counts = Counter(p["label"] for p in pairs)
    print("pairs", dict(counts))
    if not args.rowjudge:
        report(pairs)
    if args.out:
        args.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
