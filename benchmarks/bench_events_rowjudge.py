"""Hand judgments of rasd's discrete ACLED rows (issue 12, round 10): how the current code fares on them.

``benchmarks/data/events_rowjudge.jsonl`` holds, for 110 SaudiNewsNet articles (``select_events_rowjudge.py``),
every discrete ACLED row the code of one commit gave, each judged by hand ``true`` (a coder would code it) or
``false`` with a class (figure of speech, plan, condemnation, retold, duplicate, …); see ``benchmarks/data/README.md``.
The rows were judged *after* rasd ran: the file is training and check data for a row filter, not a blind gold set.

This script runs the pipeline on the same articles (as ``bench_events.py`` runs them: a JSONL line with title,
content, url and the record's ``published``; offsets are in ``doc.text``: the title with its runs of white space made
one space, two newlines, then ``content`` verbatim from the record's ``content_start``) and matches today's rows
to the judged ones by trigger offsets and event type (then the place name where one trigger gave several rows). It
reports:

* judged rows still produced, split into true and false (by class) — the false rows kept are what a filter or a rule
  still has to drop, the true rows lost are what a change cost;
* rows produced now that were never judged (new triggers, or a type changed) — to judge before trusting the counts;
* ``precision on judged rows`` = true kept / (true kept + false kept), new rows left out;
* ``optional`` rows (round 32, ``events_rowjudge10.jsonl`` on): a judged row marked ``"optional": true`` is neither
  true nor false (round 31's ruling (a): a capture named after an "after" word, ba'da, 'aqiba or fi a'qab, with no day
  of its own, which the dev set codes as an undated row); it is counted apart, kept or gone, and left out of the
  precision.

Usage (from the project root)::

    python benchmarks/bench_events_rowjudge.py [--shared ../shared]
        [--set rowjudge|rowjudge2|rowjudge3|rowjudge4|rowjudge5|rowjudge6|rowjudge7|rowjudge8|rowjudge9|rowjudge10
             |rowjudge11|rowjudge12|rowjudge13|rowjudge14]
        [--data FILE]
        [--new] [--lost]

``--new`` lists the unjudged rows (and the judged missed events an unjudged row of their type now covers: candidates
to read, counted from round 30 on), ``--lost`` the true rows no longer produced. Without the corpus it says so and
exits 0. Results are written as JSON to ``benchmarks/results/events_rowjudge.json`` (``--out``; with
``--set rowjudge2``, round 15's judged rows of 54 fresh articles, ``events_rowjudge2.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_events import EVENT_TYPES, load_annotations, load_articles, run_article, sha12

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "events_rowjudge.jsonl"
#: the judged-row files by name (``--set``): round 10's, round 15's (``events_rowjudge2.jsonl``, helper fp4) and
#: round 16's (``events_rowjudge3.jsonl``, helper fp5)
SETS = {
    "rowjudge": DATA,
    "rowjudge2": ROOT / "benchmarks" / "data" / "events_rowjudge2.jsonl",
    # round 16 (helper fp5): every row of 38 fresh articles at 83e2876, judged by hand
    "rowjudge3": ROOT / "benchmarks" / "data" / "events_rowjudge3.jsonl",
    # round 17 (helper fp6): every row of 47 fresh articles at efd485b, judged by hand
    "rowjudge4": ROOT / "benchmarks" / "data" / "events_rowjudge4.jsonl",
    # round 19 (helper rj5): every row of 27 fresh LONG articles (3,001-12,000 chars) at round 19's start, judged
    "rowjudge5": ROOT / "benchmarks" / "data" / "events_rowjudge5.jsonl",
    # round 28 (helper fp7): every row of 45 fresh articles (250-3,000 chars) at round 28's start (d8d4e32), judged
    "rowjudge6": ROOT / "benchmarks" / "data" / "events_rowjudge6.jsonl",
    # round 29 (helper fp8): every row of 30 fresh articles (250-3,000 chars) at round 29's start (9f96377), judged;
    # near copies of annotated texts (50 % of six-word runs) left out by the draw
    "rowjudge7": ROOT / "benchmarks" / "data" / "events_rowjudge7.jsonl",
    # round 30 (helper fp9): every row of 30 fresh articles (250-3,000 chars) at round 30's start (5b9707c), judged,
    # with the events rasd missed; the same draw rule as rowjudge7's
    "rowjudge8": ROOT / "benchmarks" / "data" / "events_rowjudge8.jsonl",
    # round 31 (helper fp10): every row of 30 fresh articles (250-3,000 chars) at round 31's start (ca2c88a), judged,
    # with the events rasd missed; the clash-headed place pools spent, a place in the head and a clash word in the body
    "rowjudge9": ROOT / "benchmarks" / "data" / "events_rowjudge9.jsonl",
    # round 32 (helper fp11): every row of 30 fresh articles (250-3,000 chars) at round 32's start (0bbe288), judged,
    # with the events rasd missed; rowjudge9's tiers, and ``optional`` rows (neither true nor false) in the schema
    "rowjudge10": ROOT / "benchmarks" / "data" / "events_rowjudge10.jsonl",
    # round 33 (helper fp12): every row of 30 fresh articles (250-3,000 chars) at round 33's start (18bf56e), judged,
    # with the events rasd missed; rowjudge10's body tier split, its conflict-headed articles (``<place>_war``) first
    "rowjudge11": ROOT / "benchmarks" / "data" / "events_rowjudge11.jsonl",
    # round 34 (helper fp13): every row of 30 fresh articles (250-6,000 chars, the band widened to take long articles)
    # at round 34's start (4e14451), judged, with the events rasd missed; rowjudge11's tiers
    "rowjudge12": ROOT / "benchmarks" / "data" / "events_rowjudge12.jsonl",
    # round 35 (helper fp14): every row of 30 fresh articles (250-6,000 chars) at round 35's start (ce99b8e), judged,
    # with the events rasd missed; rowjudge12's rule with its own seed, each article's genre recorded
    "rowjudge13": ROOT / "benchmarks" / "data" / "events_rowjudge13.jsonl",
    # round 36 (helper fp15): every row of 30 fresh articles (250-6,000 chars) at round 36's start (9b07876), judged,
    # with the events rasd missed and each article's genre; the war tier spent, ten clash-headed long articles taken
    "rowjudge14": ROOT / "benchmarks" / "data" / "events_rowjudge14.jsonl",
}
OUT = ROOT / "benchmarks" / "results" / "events_rowjudge.json"


def is_row(e: Any) -> bool:
    """A discrete ACLED row: one of the six ACLED event types, granularity discrete, ``acled_row`` true."""
    return (
        isinstance(e, dict)
        and e.get("acled_event_type") in EVENT_TYPES
        and (e.get("granularity") or "discrete") == "discrete"
        and bool(e.get("acled_row", True))
    )


def row_key(start: int, end: int, event_type: str | None) -> tuple[int, int, str | None]:
    return (start, end, event_type)


def system_rows(doc: Any) -> list[dict[str, Any]]:
    """Today's rows of one document in the judged rows' flat form."""
    out: list[dict[str, Any]] = []
    for e in doc.events:
        if not is_row(e):
            continue
        trigger = e.get("trigger") or {}
        loc = e.get("location") if isinstance(e.get("location"), dict) else {}
        evidence = e.get("evidence") if isinstance(e.get("evidence"), dict) else {}
        out.append(
            {
                "trigger_start": trigger.get("start"),
                "trigger_end": trigger.get("end"),
                "trigger": trigger.get("text"),
                "event_type": e.get("acled_event_type"),
                "sub_event_type": e.get("acled_sub_event_type"),
                "location": loc.get("name"),
                "evidence_start": evidence.get("start"),
                "evidence_end": evidence.get("end"),
            }
        )
    return out


def missed_covered(missed: dict[str, Any], new_rows: list[dict[str, Any]], used: set[int]) -> int | None:
    """The index of the first unjudged row of ``new_rows`` (an article's, none of ``used``) that may be the judged
    file's ``missed`` event (round 30): a row of its event type whose trigger or evidence span covers the missed
    event's span (its word or its place); ``None`` when there is none. A candidate to read, not a judgment: a row over
    the right sentence may still name another place. The caller adds the index to ``used`` (one row, one event)."""
    for i, r in enumerate(new_rows):
        if i in used or r["event_type"] != missed["event_type"] or r["trigger_start"] is None:
            continue
        ev_start, ev_end = r.get("evidence_start"), r.get("evidence_end")
        start = r["trigger_start"] if ev_start is None else min(r["trigger_start"], ev_start)
        end = r["trigger_end"] if ev_end is None else max(r["trigger_end"], ev_end)
        if start <= missed["start"] and missed["end"] <= end:
            return i
    return None


def match_rows(judged: list[dict[str, Any]], system: list[dict[str, Any]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Pairs (judged index, system index) with the same trigger offsets and event type — the same place name first
    where one trigger gave several rows, then in order — and the unmatched system indexes."""
    by_key: dict[tuple[int, int, str | None], list[int]] = defaultdict(list)
    for i, s in enumerate(system):
        by_key[row_key(s["trigger_start"], s["trigger_end"], s["event_type"])].append(i)
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    waiting: list[int] = []
    for j, g in enumerate(judged):  # same key and same place
        key = row_key(g["trigger_start"], g["trigger_end"], g["event_type"])
        same_place = [i for i in by_key.get(key, []) if i not in used and system[i]["location"] == g.get("location")]
        hit = same_place[0] if same_place else None
        if hit is None:
            waiting.append(j)
        else:
            pairs.append((j, hit))
            used.add(hit)
    for j in waiting:  # same key, another place (the gazetteer or the placing changed)
        g = judged[j]
        key = row_key(g["trigger_start"], g["trigger_end"], g["event_type"])
        hit = next((i for i in by_key.get(key, []) if i not in used), None)
        if hit is not None:
            pairs.append((j, hit))
            used.add(hit)
    return pairs, [i for i in range(len(system)) if i not in used]


def outcome(judged: dict[str, Any], kept: bool) -> str:
    """What one judged row counts as: ``optional_kept`` / ``optional_gone`` for a row marked ``"optional": true``
    (neither true nor false, whatever its label: left out of the precision), else ``true_kept`` / ``true_lost`` for a
    true row and ``false_kept`` / ``false_gone`` for a false one."""
    if judged.get("optional"):
        return "optional_kept" if kept else "optional_gone"
    if judged["label"]:
        return "true_kept" if kept else "true_lost"
    return "false_kept" if kept else "false_gone"


def evaluate(
    records: list[dict[str, Any]], articles: dict[tuple[str, str], dict[str, Any]], pipeline: Any
) -> dict[str, Any]:
    t0 = time.perf_counter()
    counts: Counter[str] = Counter()
    false_kept: Counter[str] = Counter()
    false_gone: Counter[str] = Counter()
    new_rows: list[dict[str, Any]] = []
    lost_true: list[dict[str, Any]] = []
    missed_hits: list[dict[str, Any]] = []
    problems: list[str] = []
    for rec in records:
        key = (rec["key"]["zip"], rec["key"]["url"])
        article = articles.get(key)
        if article is None:
            problems.append(f"missing article {key}")
            continue
        if sha12(article.get("content") or "") != rec["content_sha1"]:
            problems.append(f"content changed for {key}: offsets not checked against it")
        doc, shift = run_article(pipeline, article, rec.get("published"))
        if shift != rec["content_start"]:
            problems.append(f"{rec['id']}: content starts at {shift}, judged at {rec['content_start']}")
        judged = rec["rows"]
        system = system_rows(doc)
        pairs, unmatched = match_rows(judged, system)
        matched = {j for j, _ in pairs}
        counts["articles"] += 1
        counts["judged"] += len(judged)
        counts["produced"] += len(system)
        for j, g in enumerate(judged):
            kept = j in matched
            what = outcome(g, kept)
            counts[what] += 1
            if what == "true_lost":
                lost_true.append({"id": rec["id"], **{k: g[k] for k in ("trigger_start", "event_type", "why")}})
            elif what.startswith("false_"):
                (false_kept if kept else false_gone)[g["class"]] += 1
        for i in unmatched:
            counts["new"] += 1
            new_rows.append({"id": rec["id"], **system[i]})
        used: set[int] = set()
        for m in rec.get("missed") or []:
            counts["missed"] += 1
            hit = missed_covered(m, [system[i] for i in unmatched], used)
            if hit is not None:
                used.add(hit)
                counts["missed_covered"] += 1
                missed_hits.append({"id": rec["id"], **{k: m.get(k) for k in ("start", "event_type", "kind", "why")}})
    kept_t, kept_f = counts["true_kept"], counts["false_kept"]
    return {
        "articles": counts["articles"],
        "judged_rows": counts["judged"],
        "rows_now": counts["produced"],
        "true_kept": kept_t,
        "true_lost": counts["true_lost"],
        "false_kept": kept_f,
        "false_gone": counts["false_gone"],
        "false_kept_by_class": dict(false_kept.most_common()),
        "false_gone_by_class": dict(false_gone.most_common()),
        "optional_kept": counts["optional_kept"],
        "optional_gone": counts["optional_gone"],
        "new_rows": counts["new"],
        "missed_events": counts["missed"],
        "missed_covered_by_new_rows": counts["missed_covered"],
        "precision_on_judged": round(kept_t / (kept_t + kept_f), 3) if kept_t + kept_f else None,
        "seconds": round(time.perf_counter() - t0, 2),
        "problems": problems,
        "new": new_rows,
        "lost": lost_true,
        "missed_covered": missed_hits,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("--data", type=Path, default=None, help="the row judgments (JSONL; overrides --set)")
    parser.add_argument("--set", choices=sorted(SETS), default="rowjudge", help="which judged-row file to run")
    parser.add_argument("--ner", choices=("fast", "accurate"), default="fast")
    parser.add_argument("--new", action="store_true", help="list the rows never judged")
    parser.add_argument("--lost", action="store_true", help="list the true rows no longer produced")
    parser.add_argument("--out", type=Path, default=None, help="JSON results file")
    args = parser.parse_args(argv)
    if args.data is None:
        args.data = SETS[args.set]
    if args.out is None:
        args.out = OUT if args.set == "rowjudge" else OUT.with_name(f"events_{args.set}.json")

    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
        return 0
    import rasd

    records = load_annotations(args.data)
    articles = load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
    res = evaluate(records, articles, rasd.Pipeline(settings=rasd.Settings(ner=args.ner)))
    judged_t = res["true_kept"] + res["true_lost"]
    judged_f = res["false_kept"] + res["false_gone"]
    judged_o = res["optional_kept"] + res["optional_gone"]
    print(f"row judgments: {res['articles']} articles, {res['judged_rows']} judged rows", end=" ")
    print(f"({judged_t} true, {judged_f} false" + (f", {judged_o} optional)" if judged_o else ")"))
    print(f"rasd ran on them in {res['seconds']} s; rows now {res['rows_now']}")
    for problem in res["problems"]:
        print("  PROBLEM", problem)
    print(f"true rows kept  {res['true_kept']:>4} of {judged_t} (lost {res['true_lost']})")
    print(f"false rows kept {res['false_kept']:>4} of {judged_f} (gone {res['false_gone']})")
    for cls, n in res["false_kept_by_class"].items():
        print(f"    kept  {cls:<26} {n:>4}")
    for cls, n in res["false_gone_by_class"].items():
        print(f"    gone  {cls:<26} {n:>4}")
    if judged_o:
        kept_o, gone_o = res["optional_kept"], res["optional_gone"]
        print(f"optional rows kept {kept_o:>4} of {judged_o} (gone {gone_o}; left out of the precision)")
    print(f"new rows never judged {res['new_rows']:>4}")
    print(f"precision on judged rows {res['precision_on_judged']}")
    if res["missed_events"]:
        covered = res["missed_covered_by_new_rows"]
        print(f"missed events (judged) {res['missed_events']:>4}, a new row of their type over them {covered}")
    if args.new:
        for r in res["new"]:
            where = f"[{r['trigger_start']}:{r['trigger_end']}] {r['trigger']}"
            print(f"  NEW  {r['id']} {where} {r['event_type']} / {r['sub_event_type']} | {r['location']}")
    if args.lost:
        for r in res["lost"]:
            print(f"  LOST {r['id']} @{r['trigger_start']} {r['event_type']}: {r['why']}")
    if args.new:
        for r in res["missed_covered"]:
            print(f"  MISSED, NOW COVERED? {r['id']} @{r['start']} {r['event_type']} ({r['kind']}): {r['why']}")
    # the JSON keeps offsets, not the corpus's words (the trigger text is printed above only)
    res["new"] = [{k: v for k, v in r.items() if k != "trigger"} for r in res["new"]]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
