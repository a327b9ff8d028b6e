"""Events from single sentences: rasd against the hand-coded SaudiNewsNet sentence set (issue 12's acceptance).

Each sentence of ``benchmarks/data/events_sentences.jsonl`` (offsets and labels only; see ``data/README.md``) is cut
from its article's ``content`` (read from ``SHARED/data/news/saudinewsnet/*.zip``) and given to rasd **alone**, as
the JSONL line ``{"content": sentence}``: no title, no url, no date. Without the texts the benchmark says so and
exits 0.

A system event counts when it has an ACLED event type and its status is told (``reported``, ``claimed`` or
``alleged``); any granularity. Scores:

* **found**: gold ``event`` sentences with at least one counted system event;
* **type right**: gold ``event`` sentences with a counted event of the gold type, or of the type of an accepted
  alternative;
* **sub-type right**: with a counted event whose (type, sub-type) is the gold one or an accepted alternative;
* **false events**: gold ``none`` sentences with a counted event (and how many events).

``optional`` sentences (an event told only as background, an aggregate, a historical or doubtful one) are run but
not scored. ``--errors`` lists every miss and false event with the sentence (never written to a file). Batches 1–6
were tuned on; batch 7 is a check set drawn at the end of round 9 (``--batch 7`` scores it alone): read its misses
as classes, do not tune rules on its sentences. Batch 8 (round 11, ``data/events_sentences8.jsonl``, drawn by
``select_events_sentences8.py``) is a blind set in a file of its own: ``--batch8`` scores it (or ``--data FILE``);
its coder never ran rasd on it. Batch 9 (round 11, helper sn, ``data/events_sentences9.jsonl``, drawn by
``select_events_sentences9.py`` from the other hash range) was coded blind, scored once, then tuned on: ``--batch9``.
``--wire`` (round 12, helper sw) scores ``data/events_sentences_wire.jsonl``: 204 sentences in the style of Arabic
wire services (many countries and decades) written for the project, their text inline (``text``), coded before rasd
ran on them; it needs no ``../shared`` and also prints the scores per pool (assault, protest, negative) and per
country group.
Batch 10 (round 12, helper bs2, ``data/events_sentences10.jsonl``, drawn by ``select_events_sentences10.py``) is the
lead's blind set of round 12: ``--batch10`` scores it; its coder never ran rasd on it. Batch 11 (round 12, helper bs2,
``data/events_sentences11.jsonl``, 60 sentences drawn by ``select_events_sentences11.py`` after batch 10 was coded) is
a second blind set: ``--batch11`` scores it; its coder never ran rasd on it. Batch 12 (round 12c, helper bs3,
``data/events_sentences12.jsonl``, 80 sentences drawn by ``select_events_sentences12.py`` from the hash range d–f)
is a third blind set: ``--batch12`` scores it; its coder never ran rasd on it. Batch 13 (round 14, helper bs5,
``data/events_sentences13.jsonl``, 90 sentences drawn by ``select_events_sentences13.py`` from the hash range b–f,
leaning on assaults and protests) is a fourth blind set: ``--batch13`` scores it; its coder never ran rasd on it.
Batch 14 (round 14, helper as14, ``data/events_sentences14.jsonl``, 90 sentences drawn by
``select_events_sentences14.py``: batch 13's rule with another seed) is a fifth: ``--batch14`` scores it. Batch 18
(round 15, helper as17, ``data/events_sentences18.jsonl``, 60 sentences drawn by ``select_events_sentences18.py``:
batch 13's rule with protest and negative pools only, hash range 5–9, leaning on protests) is coded before rasd ran on
it: ``--batch18`` scores it.
Batch 15 (round 15, helper bs6, ``data/events_sentences15.jsonl``, 90 sentences drawn by
``select_events_sentences15.py``: batch 13's rule with another seed, the hash range a–c and pools assault 40, protest
35, negative 15) is a sixth: ``--batch15`` scores it; its coder never ran rasd on it.
Batch 17 (round 15, helper as16, ``data/events_sentences17.jsonl``, 60 sentences drawn by
``select_events_sentences17.py``: batch 13's rule, hash range 0–4, pools assault 45 and negative 15) is coded before
rasd ran on it: ``--batch17`` scores it.
Batch 16 (round 15, helper bs7, ``data/events_sentences16.jsonl``, 85 sentences drawn by
``select_events_sentences16.py``: batch 13's rule, hash range d–f, only articles of wire copy, an agency in a dateline
or credit) is coded before rasd ran on it: ``--batch16`` scores it; its coder never ran rasd on it.
Batch 19 (round 15, helper as18, ``data/events_sentences19.jsonl``, 60 sentences drawn by
``select_events_sentences19.py``: batch 13's rule with a new riot pool tried first, hash range 5–9, pools riot 45 and
negative 15, leaning on riots) is coded before rasd ran on it: ``--batch19`` scores it.
Batch 21 (round 16, helper as19, ``data/events_sentences21.jsonl``, 60 sentences drawn by
``select_events_sentences21.py``: batch 13's rule, hash range 0–9, pools assault 25, protest 20 and negative 15) is
coded before rasd ran on it: ``--batch21`` scores it.

Usage (from the project root)::

    python benchmarks/bench_events_sentences.py [--shared ../shared] [--errors]
        [--batch 1..7 | --batch8 | --batch9 | --batch10 | --batch11 | --batch12 | --batch13 | --batch14
         | --batch15 | --batch16 | --batch17 | --batch18 | --batch19]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "events_sentences.jsonl"
OUT = ROOT / "benchmarks" / "results" / "events_sentences.json"
DATA8 = ROOT / "benchmarks" / "data" / "events_sentences8.jsonl"
OUT8 = ROOT / "benchmarks" / "results" / "events_sentences8.json"
DATA9 = ROOT / "benchmarks" / "data" / "events_sentences9.jsonl"
OUT9 = ROOT / "benchmarks" / "results" / "events_sentences9.json"
DATAW = ROOT / "benchmarks" / "data" / "events_sentences_wire.jsonl"
OUTW = ROOT / "benchmarks" / "results" / "events_sentences_wire.json"
DATA10 = ROOT / "benchmarks" / "data" / "events_sentences10.jsonl"
OUT10 = ROOT / "benchmarks" / "results" / "events_sentences10.json"
DATA11 = ROOT / "benchmarks" / "data" / "events_sentences11.jsonl"
OUT11 = ROOT / "benchmarks" / "results" / "events_sentences11.json"
DATA12 = ROOT / "benchmarks" / "data" / "events_sentences12.jsonl"
OUT12 = ROOT / "benchmarks" / "results" / "events_sentences12.json"
DATA13 = ROOT / "benchmarks" / "data" / "events_sentences13.jsonl"
OUT13 = ROOT / "benchmarks" / "results" / "events_sentences13.json"
DATA14 = ROOT / "benchmarks" / "data" / "events_sentences14.jsonl"
OUT14 = ROOT / "benchmarks" / "results" / "events_sentences14.json"
DATA17 = ROOT / "benchmarks" / "data" / "events_sentences17.jsonl"
OUT17 = ROOT / "benchmarks" / "results" / "events_sentences17.json"
DATA18 = ROOT / "benchmarks" / "data" / "events_sentences18.jsonl"
OUT18 = ROOT / "benchmarks" / "results" / "events_sentences18.json"
DATA19 = ROOT / "benchmarks" / "data" / "events_sentences19.jsonl"
OUT19 = ROOT / "benchmarks" / "results" / "events_sentences19.json"
DATA15 = ROOT / "benchmarks" / "data" / "events_sentences15.jsonl"
OUT15 = ROOT / "benchmarks" / "results" / "events_sentences15.json"
DATA16 = ROOT / "benchmarks" / "data" / "events_sentences16.jsonl"
OUT16 = ROOT / "benchmarks" / "results" / "events_sentences16.json"
DATA21 = ROOT / "benchmarks" / "data" / "events_sentences21.jsonl"
OUT21 = ROOT / "benchmarks" / "results" / "events_sentences21.json"
DATA20 = ROOT / "benchmarks" / "data" / "events_sentences20.jsonl"
OUT20 = ROOT / "benchmarks" / "results" / "events_sentences20.json"
DATA22 = ROOT / "benchmarks" / "data" / "events_sentences22.jsonl"
OUT22 = ROOT / "benchmarks" / "results" / "events_sentences22.json"
DATA23 = ROOT / "benchmarks" / "data" / "events_sentences23.jsonl"
OUT23 = ROOT / "benchmarks" / "results" / "events_sentences23.json"
DATA24 = ROOT / "benchmarks" / "data" / "events_sentences24.jsonl"
OUT24 = ROOT / "benchmarks" / "results" / "events_sentences24.json"
#: the numbered batch files, each scored alone by its ``--batchN`` flag: N -> (annotations, results)
BATCH_FILES: dict[int, tuple[Path, Path]] = {
    8: (DATA8, OUT8),
    9: (DATA9, OUT9),
    10: (DATA10, OUT10),
    11: (DATA11, OUT11),
    12: (DATA12, OUT12),
    13: (DATA13, OUT13),
    14: (DATA14, OUT14),
    15: (DATA15, OUT15),
    16: (DATA16, OUT16),
    17: (DATA17, OUT17),
    18: (DATA18, OUT18),
    19: (DATA19, OUT19),
    20: (DATA20, OUT20),
    21: (DATA21, OUT21),
    22: (DATA22, OUT22),
    23: (DATA23, OUT23),
    24: (DATA24, OUT24),
}
TOLD = ("reported", "claimed", "alleged")


def sha12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_contents(folder: Path, keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_events import load_articles

    return {k: a.get("content") or "" for k, a in load_articles(folder, keys).items()}


def told_events(pipeline: Any, sentence: str) -> list[tuple[str, str | None]]:
    """(ACLED type, sub-type) of every told event rasd finds in ``sentence`` given alone."""
    from rasd.ingest.jsonl import read_line

    doc = pipeline.run(read_line(json.dumps({"content": sentence}, ensure_ascii=False).encode("utf-8")))
    return [
        (e["acled_event_type"], e.get("acled_sub_event_type"))
        for e in doc.events
        if isinstance(e, dict) and e.get("acled_event_type") and e.get("status") in TOLD
    ]


def score(records: list[dict[str, Any]], systems: list[list[tuple[str, str | None]]]) -> dict[str, Any]:
    """The scores of the module docstring, from each record's gold and its system events."""
    n = found = typed = subtyped = neg = neg_hit = neg_events = optional = 0
    for rec, sys_events in zip(records, systems, strict=True):
        if rec["gold"] == "optional":
            optional += 1
        elif rec["gold"] == "none":
            neg += 1
            neg_hit += bool(sys_events)
            neg_events += len(sys_events)
        else:
            n += 1
            accepted = {(rec["event_type"], rec["sub_event_type"])} | {tuple(a) for a in rec["alternatives"]}
            found += bool(sys_events)
            typed += any(t in {a[0] for a in accepted} for t, _ in sys_events)
            subtyped += any(e in accepted for e in sys_events)

    def r(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {
        "events": n,
        "found": found,
        "found_rate": r(found, n),
        "type_right": typed,
        "type_accuracy": r(typed, n),
        "sub_type_right": subtyped,
        "sub_type_accuracy": r(subtyped, n),
        "negatives": neg,
        "negatives_with_events": neg_hit,
        "false_events": neg_events,
        "optional": optional,
    }


def breakdown(
    records: list[dict[str, Any]], systems: list[list[tuple[str, str | None]]], field: str
) -> dict[str, dict[str, Any]]:
    """``score`` of the records of each value of ``field`` (the wire file's ``pool`` and ``group``)."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({str(r.get(field)) for r in records}):
        pairs = [(r, s) for r, s in zip(records, systems, strict=True) if str(r.get(field)) == name]
        out[name] = score([r for r, _ in pairs], [s for _, s in pairs])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--batch", type=int, choices=(1, 2, 3, 4, 5, 6, 7), default=None, help="score one batch only")
    for number, (path, _) in BATCH_FILES.items():
        parser.add_argument(f"--batch{number}", action="store_true", help=f"score batch {number} (data/{path.name})")
    parser.add_argument(
        "--wire", action="store_true", help="score the written wire-style sentences (data/events_sentences_wire.jsonl)"
    )
    parser.add_argument("--errors", action="store_true", help="print every miss and false event with its sentence")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    chosen = [number for number in BATCH_FILES if getattr(args, f"batch{number}")]
    if len(chosen) + bool(args.batch) + bool(args.wire) > 1:
        parser.error("--batch N, --batch8 .. --batch19 and --wire each score their own file: give one of them")
    if chosen:
        args.data = BATCH_FILES[chosen[0]][0]
    elif args.wire:
        args.data = DATAW
    if args.out is None:
        outs = {path.resolve(): out for path, out in BATCH_FILES.values()} | {DATAW.resolve(): OUTW}
        args.out = outs.get(args.data.resolve(), OUT)
    records = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    inline = all("text" in r for r in records)
    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not inline and not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
        return 0
    import rasd

    if args.batch:
        records = [r for r in records if r["batch"] == args.batch]
    contents = {} if inline else load_contents(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
    pipeline = rasd.Pipeline()
    systems: list[list[tuple[str, str | None]]] = []
    problems: list[str] = []
    t0 = time.perf_counter()
    for rec in records:
        if inline:
            sentence = rec["text"]
        else:
            content = contents.get((rec["key"]["zip"], rec["key"]["url"]), "")
            span = rec["sentence"]
            sentence = content[span["start"] : span["end"]]
            if sha12(sentence) != span["sha1"]:
                problems.append(f"{rec['id']}: sentence changed or missing")
        sys_events = told_events(pipeline, sentence) if sentence else []
        systems.append(sys_events)
        if args.errors:
            accepted = {(rec["event_type"], rec["sub_event_type"])} | {tuple(a) for a in rec["alternatives"]}
            wrong = (rec["gold"] == "none" and sys_events) or (
                rec["gold"] == "event" and not any(e in accepted for e in sys_events)
            )
            if wrong:
                gold = "none" if rec["gold"] == "none" else f"{rec['event_type']} / {rec['sub_event_type']}"
                print(f"\n{rec['id']} gold {gold}; system {sys_events or 'nothing'}\n  {sentence}")
    res = score(records, systems)
    res["seconds"] = round(time.perf_counter() - t0, 1)
    res["problems"] = problems
    for p in problems:
        print("  PROBLEM", p)
    print(
        f"\nsentences {len(records)}: events {res['events']}, found {res['found']} ({res['found_rate']:.3f}), "
        f"type right {res['type_right']} ({res['type_accuracy']:.3f}), sub-type right {res['sub_type_right']} "
        f"({res['sub_type_accuracy']:.3f}); negatives {res['negatives']}: {res['negatives_with_events']} with "
        f"events ({res['false_events']} events); optional {res['optional']} not scored; {res['seconds']} s"
    )
    if inline:
        res["by_pool"] = breakdown(records, systems, "pool")
        res["by_group"] = breakdown(records, systems, "group")
        for field in ("by_pool", "by_group"):
            for name, sub in res[field].items():
                print(
                    f"  {name:>13}: found {sub['found']}/{sub['events']}, type {sub['type_right']}, sub-type "
                    f"{sub['sub_type_right']}; negatives with events {sub['negatives_with_events']}/{sub['negatives']}"
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
