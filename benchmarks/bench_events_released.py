"""Every released events tune file scored in one process (issue 12): the figure each round's notes call "released ALL".

``bench_events.py --split tuneN`` scores one file and loads the pipeline each time; this script loads it once and
scores the dev set's tune half and every tune file after it that is released to tuning, in about 25 seconds for the
~900 events. It prints one line per file (rows, right rows, gold events, rows on negatives) and the pooled precision,
recall and field accuracies; with ``--out DIR`` it writes the pooled and per-file counts and a catalogue of what went
wrong — ``MISS`` (a required gold event no row matched), ``FALSE`` (a row matched to no gold event) and ``FIELD`` (a
matched row with a wrong field) — as JSON lines, the list a helper works from.

It never scores the held-out half (``--split heldout`` of ``bench_events.py`` is the lead's) and refuses a file that
is still blind: a tune file is released when ``draws`` names it among the annotated files of the latest round
(:data:`draws.ROUND43_FILES` and later), i.e. after the lead has taken its first score.

Usage (from the project root)::

    python benchmarks/bench_events_released.py [--shared ../shared] [--out DIR outside the project] [tuneN ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be
import draws

ROOT = Path(__file__).resolve().parents[1]
#: the annotated files at the latest round's start: a tune file among them has had its first (blind) score
RELEASED_FILES = draws.ROUND43_FILES


def released_splits() -> list[str]:
    """The dev set's tune half and every tune file named in :data:`RELEASED_FILES`, in order."""
    names = set(RELEASED_FILES)
    return ["tune", *(s for s in be.TUNE_SPLITS if f"events_{s}.jsonl" in names)]


def tune_file(split: str) -> Path:
    """The annotation file of ``split`` (``tune`` is the dev set's tune half)."""
    return be.DATA if split == "tune" else be.DATA.parent / f"events_{split}.jsonl"


def run_split(split: str, pipeline: Any, folder: Path) -> Iterator[tuple[dict[str, Any], Any, int]]:
    """Each annotated article of released file ``split`` run through ``pipeline``: (record, document, offset shift);
    an article missing from the corpus is skipped."""
    records = [r for r in be.load_annotations(tune_file(split)) if r["split"] == split]
    articles = be.load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
    for rec in records:
        article = articles.get((rec["key"]["zip"], rec["key"]["url"]))
        if article is not None:
            doc, shift = be.run_article(pipeline, article, rec.get("published"))
            yield rec, doc, shift


def score(
    split: str, pipeline: Any, folder: Path, catalogue: list[dict[str, Any]], fields: dict[str, list[int]]
) -> dict[str, int]:
    """Score one released file; append its catalogue items and field hits; return its counts."""
    tally = be.EventTally()
    for rec, doc, shift in run_split(split, pipeline, folder):
        gold = [be.gold_event(e, shift) for e in rec["events"]]
        system = [be.system_event(e) for e in doc.events if isinstance(e, dict)]
        tally.add(gold, system, negative=rec["negative"])
        rows = [
            s
            for s in system
            if s["event_type"] in be.EVENT_TYPES and s["granularity"] == "discrete" and s.get("acled_row", True)
        ]
        pairs = be.match_events(gold, rows)
        url = rec["key"]["url"]
        matched_gold = {g for g, _ in pairs}
        matched_rows = {s for _, s in pairs}
        for gi, g in enumerate(gold):
            if g["required"] and gi not in matched_gold:
                words = [doc.text[a:b] for a, b in g["trigger_spans"]][:2]
                catalogue.append(
                    {
                        "split": split,
                        "url": url,
                        "kind": "MISS",
                        "gold": g["id"],
                        "type": g["event_type"],
                        "trigger": words,
                    }
                )
        for si, s in enumerate(rows):
            if si not in matched_rows:
                words = [doc.text[a:b] for a, b in s["trigger_spans"]][:2]
                catalogue.append(
                    {"split": split, "url": url, "kind": "FALSE", "type": s["event_type"], "trigger": words}
                )
        for gi, si in pairs:
            if not gold[gi]["required"]:
                continue
            hits = be.field_hits(gold[gi], rows[si])
            for name, hit in hits.items():
                if hit is not None:
                    right_scored = fields.setdefault(name, [0, 0])
                    right_scored[0] += int(hit)
                    right_scored[1] += 1
            wrong = [name for name, hit in hits.items() if hit is False]
            if wrong:
                catalogue.append({"split": split, "url": url, "kind": "FIELD", "gold": gold[gi]["id"], "wrong": wrong})
    result = tally.result()
    pooled = result["per_type"]["all"]
    return {
        "rows": pooled["system"],
        "right": pooled["tp"],
        "gold": pooled["gold"],
        "negative_rows": result["negatives"]["events"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for summary.json and catalogue.jsonl (outside the project: the catalogue quotes the articles)",
    )
    parser.add_argument("splits", nargs="*", help="released files to score (default: all of them)")
    args = parser.parse_args(argv)
    released = released_splits()
    refused = [s for s in args.splits if s not in released]
    if refused:
        print(f"not a released tune file: {', '.join(refused)} (held-out and blind files are scored by the lead only)")
        return 2
    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not folder.is_dir():
        print(f"SKIP: no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
        return 0
    import rasd

    pipeline = rasd.Pipeline(settings=rasd.Settings())
    catalogue: list[dict[str, Any]] = []
    fields: dict[str, list[int]] = {}
    per_file: dict[str, dict[str, int]] = {}
    for split in args.splits or released:
        counts = score(split, pipeline, folder, catalogue, fields)
        per_file[split] = counts
        line = f"{split:8} rows {counts['rows']:4} right {counts['right']:4} gold {counts['gold']:4}"
        print(f"{line} on negatives {counts['negative_rows']}")
    rows, right, gold = (sum(c[k] for c in per_file.values()) for k in ("rows", "right", "gold"))
    print(f"ALL rows {rows} right {right} gold {gold}  P {be.ratio(right, rows):.3f} R {be.ratio(right, gold):.3f}")
    print("fields", ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(fields.items())))
    if args.out is None:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {"files": per_file, "rows": rows, "right": right, "gold": gold, "fields": fields}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    lines = (json.dumps(item, ensure_ascii=False) + "\n" for item in catalogue)
    (args.out / "catalogue.jsonl").write_text("".join(lines), encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
