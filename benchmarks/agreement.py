"""Agreement of two hand codings of the same articles (issues 12 and 13): how far two coders agree.

Both files hold records in the schema of ``benchmarks/data/events_dev.jsonl`` (key, split, negative, events,
claims; offsets in the article's content). The second coding is scored against the first with the matchers and
field checks of ``bench_events.py``, exactly as rasd is scored: the second coder's events play the system's rows
(its aggregates and historical events are kept out of the rows, as rasd's are), its claims the system's claims.
The reverse direction (first against second) is printed too; for events it differs from swapping precision and
recall only through optional events. No article text is read: offsets are compared as they are.

Usage (from the project root)::

    python benchmarks/agreement.py FIRST.jsonl SECOND.jsonl [--split heldout] [--out FILE]

Counts only are printed (per event type, fields, claims); ``--out`` writes them as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import (
    ClaimTally,
    EventTally,
    gold_claim,
    gold_event,
    load_annotations,
)


def as_system_event(e: dict[str, Any]) -> dict[str, Any]:
    """A hand-coded event in the flat form ``bench_events`` gives rasd's rows."""
    g = gold_event(e)
    loc = e.get("location") or {}
    return {
        "event_type": e["event_type"],
        "sub_event_type": e.get("sub_event_type"),
        "spans": g["spans"],
        "trigger_spans": g["trigger_spans"],
        "date": e.get("date"),
        "admin1": e.get("admin1"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "actor1": e.get("actor1"),
        "fatalities": e.get("fatalities") or 0,
        "granularity": "discrete" if g["required"] else "aggregate",
        "status": None,
        "acled_row": True,
    }


def as_system_claim(c: dict[str, Any]) -> dict[str, Any]:
    """A hand-coded claim in the form ``bench_events`` gives rasd's claims (speaker mention, else marker)."""
    g = gold_claim(c)
    return {"speaker": g["speaker"], "content": g["content"], "channel": g["channel"]}


def _key(rec: dict[str, Any]) -> tuple[str, str]:
    return (rec["key"]["zip"], rec["key"]["url"])


def agree(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """Score ``second`` against ``first`` (the reference) on the articles both coded."""
    by_key = {_key(r): r for r in second}
    ev, cl = EventTally(), ClaimTally()
    problems: list[str] = []
    articles = 0
    negatives_disagree = 0
    for ref in first:
        other = by_key.get(_key(ref))
        if other is None:
            problems.append(f"not in the second coding: {_key(ref)}")
            continue
        if other.get("content_sha1") and other["content_sha1"] != ref["content_sha1"]:
            problems.append(f"different text: {_key(ref)}")
            continue
        articles += 1
        negatives_disagree += bool(ref.get("negative")) != bool(other.get("negative"))
        ev.add(
            [gold_event(e) for e in ref.get("events", [])],  # claims files carry no events
            [as_system_event(e) for e in other.get("events", [])],
            negative=bool(ref.get("negative")),
        )
        if ref.get("claims_coded") is not False and other.get("claims_coded") is not False:
            cl.add(
                [gold_claim(c) for c in ref.get("claims", [])], [as_system_claim(c) for c in other.get("claims", [])]
            )
    return {
        "articles": articles,
        "negative_flag_disagreements": negatives_disagree,
        "events": ev.result(),
        "claims": cl.result(),
        "problems": problems,
    }


def _print(name: str, res: dict[str, Any], *, events: bool, claims: bool) -> None:
    print(f"== {name}: {res['articles']} articles; negative flag differs on {res['negative_flag_disagreements']}")
    if events:
        e = res["events"]
        for t, row in e["per_type"].items():
            print(
                f"  {t:28s} ref {row['gold']:3d}  other {row['system']:3d}  both {row['tp']:3d}  "
                f"P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}"
            )
        fields = ", ".join(f"{k} {v['accuracy']:.3f} ({v['right']}/{v['scored']})" for k, v in e["fields"].items())
        print(f"  matched: {fields}")
        print(f"  rows on the reference's negatives: {e['negatives']['events']}")
    if claims:
        c = res["claims"]
        sp = c["speaker"]
        print(
            f"  claims: ref {c['gold']}, other {c['system']}, matched {c['matched']}; "
            f"speaker P {sp['precision']:.3f} R {sp['recall']:.3f} F1 {sp['f1']:.3f}; "
            f"content Jaccard {c['content_jaccard_mean']:.3f}; channel {c['channel_accuracy']:.3f}"
        )
    for p in res["problems"]:
        print("  problem:", p)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path, help="the reference coding (JSONL, events_dev schema)")
    ap.add_argument("second", type=Path, help="the other coding of the same articles")
    ap.add_argument("--split", default="heldout", help="records of this split only (default heldout)")
    ap.add_argument("--events-only", action="store_true", help="score events only")
    ap.add_argument("--claims-only", action="store_true", help="score claims only")
    ap.add_argument("--out", type=Path, help="write the counts as JSON here")
    args = ap.parse_args(argv)
    if args.events_only and args.claims_only:
        ap.error("--events-only and --claims-only exclude each other")
    first = [r for r in load_annotations(args.first) if r.get("split") == args.split]
    second = [r for r in load_annotations(args.second) if r.get("split") == args.split]
    if not first or not second:
        ap.error(f"no records of split {args.split!r} in one of the files")
    keys2 = {_key(r) for r in second}
    first = [r for r in first if _key(r) in keys2]
    out = {"second_against_first": agree(first, second), "first_against_second": agree(second, first)}
    show = {"events": not args.claims_only, "claims": not args.events_only}
    _print("second coding scored against the first", out["second_against_first"], **show)
    _print("first coding scored against the second", out["first_against_second"], **show)
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
