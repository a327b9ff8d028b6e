"""Draw and score the events-arguments audit (``data/events_args_audit.jsonl``; issue 12, round 9).

A blind measure of the *argument* fields of the ACLED rows rasd makes on articles no benchmark file holds: actor1,
actor2, admin1, place and date. The rows are drawn by rasd itself (so the audit measures the fields of the rows an
analyst gets, not recall); the arguments were coded by hand from the article before rasd's fields were looked at.

Draw (``draw``; the rule was fixed before any article was read):

* Articles of 250–1,500 characters whose url is in no annotated file of ``benchmarks/data/`` (every ``*.jsonl``
  there except this audit's own file), whose title was not taken before, and whose head (title + first 400
  characters) matches the dev set's ``VIOLENCE`` pattern (so that most of them give a row).
* The candidates are shuffled with ``random.Random(SEED)``; rasd (default pipeline, ``published`` =
  ``date_extracted[:10]``) runs on them in that order. Of each article's ACLED rows (``acled_row`` true,
  discrete) at most ``PER_ARTICLE`` are taken, chosen with ``random.Random(f"{SEED}:{url}")``, until ``ROWS``
  rows are drawn. Only the trigger and its sentence are shown to the coder (``--show``), never the fields.

Gold record per row: ``key`` {zip, url}, ``published``, ``content_sha1``, ``trigger`` {start, end} (offsets
into ``content``; a negative offset is a trigger in the title, counted back from where ``content`` starts in rasd's
text), ``event`` (is it a real ACLED event? false rows are not scored on fields), ``actor1``/``actor1_alt``,
``actor2``/``actor2_alt`` (null = no actor2), ``admin1`` (+ ``admin1_alt``; null = the text ties the event to no
place), ``place`` (+ ``place_alt``; the most specific place the text ties to the event, English gazetteer name),
``date`` (ISO, null when the text gives none), ``note``.

Score (``--score``): rasd is run again; the row whose trigger starts at the gold offsets is compared field by field
(actor names without the period suffix, ``bench_events.same_actor``; admin1 with its spelling variants; place by
normalised name; date exact, scored only where the gold date is known).

Usage::

    python benchmarks/select_events_args_audit.py --show        # the drawn rows, trigger and sentence only
    python benchmarks/select_events_args_audit.py --score       # the per-field score of the audit file
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_events import norm_name, run_article, same_actor, same_admin1, sha12
from select_events_dev import VIOLENCE, load
from select_places_audit3 import excluded

SEED = 20261204
MIN_CHARS, MAX_CHARS = 250, 1500
HEAD_CHARS = 400
ROWS = 40
PER_ARTICLE = 2
DATA = Path(__file__).resolve().parent / "data"
AUDIT = DATA / "events_args_audit.jsonl"
#: every annotated file of ``benchmarks/data`` when this audit was drawn (a later file does not change the draw)
ANNOTATED = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)


def candidates(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """The candidate (zip date, article) pairs in the seeded order."""
    skip = excluded(ANNOTATED)
    out: list[tuple[str, dict[str, Any]]] = []
    titles: set[str] = set()
    for zip_date, a in rows:
        content = a.get("content") or ""
        if a.get("url") in skip or not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        if VIOLENCE.search(head):
            out.append((zip_date, a))
    random.Random(SEED).shuffle(out)
    unique = []
    for zip_date, a in out:
        title = " ".join((a.get("title") or "").split())
        if title not in titles:
            titles.add(title)
            unique.append((zip_date, a))
    return unique


def rows_of(doc: Any) -> list[dict[str, Any]]:
    """The ACLED rows of a document (discrete events with ``acled_row``), in text order."""
    return [
        e
        for e in doc.events
        if isinstance(e, dict) and e.get("acled_row") and (e.get("granularity") or "discrete") == "discrete"
    ]


def draw(shared: Path) -> list[tuple[str, dict[str, Any], str, int, dict[str, Any]]]:
    """The drawn (zip date, article, published, shift, event) rows."""
    import rasd

    pipeline = rasd.Pipeline(settings=rasd.Settings(ner="fast"))
    drawn: list[tuple[str, dict[str, Any], str, int, dict[str, Any]]] = []
    for zip_date, a in candidates(load(shared)):
        published = (a.get("date_extracted") or "")[:10] or zip_date
        doc, shift = run_article(pipeline, a, published)
        events = rows_of(doc)
        picked = random.Random(f"{SEED}:{a['url']}").sample(events, min(PER_ARTICLE, len(events)))
        for e in sorted(picked, key=lambda e: e["trigger"]["start"]):
            if len(drawn) < ROWS:
                drawn.append((zip_date, a, published, shift, e))
        if len(drawn) >= ROWS:
            break
    return drawn


def show(shared: Path) -> None:
    """Print the drawn rows for coding: key, trigger offsets (into ``content``), trigger and its sentence only."""
    for zip_date, a, published, shift, e in draw(shared):
        t, ev = e["trigger"], e.get("evidence") or e["trigger"]
        print(
            json.dumps(
                {
                    "key": {"zip": zip_date, "url": a["url"]},
                    "published": published,
                    "content_sha1": sha12(a.get("content") or ""),
                    "trigger": {"start": t["start"] - shift, "end": t["end"] - shift},
                    "trigger_text": t["text"],
                    "sentence": ev["text"],
                },
                ensure_ascii=False,
            )
        )


def _place_hit(gold: dict[str, Any], loc: dict[str, Any]) -> bool:
    if not gold.get("place"):
        return not loc.get("name")
    names = {norm_name(n) for n in [gold.get("place"), *gold.get("place_alt", [])] if n}
    got = {norm_name(loc.get(k)) for k in ("name", "name_en") if loc.get(k)}
    return bool(names & got)


def score(shared: Path, path: Path = AUDIT) -> dict[str, Any]:
    """Per-field accuracy of rasd's rows against the audit file."""
    from bench_events import load_articles

    import rasd

    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    folder = shared / "data" / "news" / "saudinewsnet"
    articles = load_articles(folder, {(g["key"]["zip"], g["key"]["url"]) for g in gold})
    pipeline = rasd.Pipeline(settings=rasd.Settings(ner="fast"))
    fields: dict[str, list[int]] = {k: [0, 0] for k in ("actor1", "actor2", "admin1", "place", "date")}
    misses: list[str] = []
    cache: dict[tuple[str, str], tuple[Any, int]] = {}
    rows = not_events = lost = 0
    for g in gold:
        key = (g["key"]["zip"], g["key"]["url"])
        if key not in articles:
            lost += 1
            continue
        if key not in cache:
            cache[key] = run_article(pipeline, articles[key], g["published"])
        doc, shift = cache[key]
        rows += 1
        if not g.get("event", True):
            not_events += 1
            continue
        start = g["trigger"]["start"] + shift
        e = next((e for e in doc.events if isinstance(e, dict) and e["trigger"]["start"] == start), None)
        if e is None:
            lost += 1
            misses.append(f"{key[1]} @{g['trigger']['start']}: row gone")
            continue
        loc = e.get("location") or {}
        a1 = (e.get("actor1") or {}).get("name")
        a2 = (e.get("actor2") or {}).get("name") if e.get("actor2") else None
        date = (e.get("date") or {}).get("value") if isinstance(e.get("date"), dict) else e.get("date")
        hits = {
            "actor1": same_actor(a1, [g.get("actor1"), *g.get("actor1_alt", [])]),
            "actor2": (a2 is None)
            if g.get("actor2") is None and not g.get("actor2_alt")
            else same_actor(a2, [g.get("actor2"), *g.get("actor2_alt", [])]),
            "admin1": any(same_admin1(a, loc.get("admin1")) for a in [g["admin1"], *g.get("admin1_alt", [])])
            if g.get("admin1")
            else not loc.get("admin1"),
            "place": _place_hit(g, loc),
            "date": date == g["date"] if g.get("date") else None,
        }
        got = {"actor1": a1, "actor2": a2, "admin1": loc.get("admin1"), "place": loc.get("name"), "date": date}
        for k, hit in hits.items():
            if hit is None:
                continue
            fields[k][0] += int(hit)
            fields[k][1] += 1
            if not hit:
                misses.append(f"{key[1][-40:]} @{g['trigger']['start']} {k}: gold {g.get(k)!r} rasd {got[k]!r}")
    return {
        "rows": rows,
        "not_events": not_events,
        "lost": lost,
        "fields": {
            k: {"right": r, "scored": n, "accuracy": round(r / n, 3) if n else 0.0} for k, (r, n) in fields.items()
        },
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--show", action="store_true", help="print the drawn rows (trigger and sentence only)")
    parser.add_argument("--score", action="store_true", help="score rasd against the audit file")
    parser.add_argument("--data", type=Path, default=AUDIT)
    args = parser.parse_args(argv)
    if not any((args.shared / "data" / "news" / "saudinewsnet").glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    if args.show:
        show(args.shared)
    if args.score:
        res = score(args.shared, args.data)
        print(f"rows {res['rows']}, not events {res['not_events']}, lost {res['lost']}")
        for k, v in res["fields"].items():
            print(f"{k:<8} {v['accuracy']:.3f} ({v['right']}/{v['scored']})")
        for m in res["misses"]:
            print("  MISS", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
