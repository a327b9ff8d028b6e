"""Places, admin1, actors and casualty figures: rasd against the hand audit of SaudiNewsNet (issue 11, item 6).

The annotations (``benchmarks/data/places_audit.jsonl``, offsets and labels only; see ``benchmarks/data/README.md``)
are scored against what the default pipeline puts in ``doc.entities`` (places: entities with ``geo``; actors:
entities with an ACLED name) and ``doc.quantities`` (casualty figures). The article texts come from
``SHARED/data/news/saudinewsnet/*.zip``; without them the benchmark says so and exits 0. Only the article's
``content`` is scored (the title is given to rasd, as in ``bench_events.py``, but not annotated).

Places. A system place *matches* a gold place when their spans overlap. Recall: required gold places matched by a
system place **in the same country** (``geo.country_iso3``), over required gold places. Precision: system places
in the content that match a gold place (required or optional) in the same country, over system places, leaving
out those that only overlap an optional gold place in another country (neither right nor wrong). admin1: over
the required gold places below country level (gold ``admin1`` given) that the system matched in the right
country: *present* = the system gives an admin1, *right* = the same division (spellings folded: case, accents,
``Al``/``Province``/``Governorate``, and the few known spelling pairs of :data:`ADMIN1_SAME`, e.g. Banghazi =
Benghazi); *ACLED spelling* = equal as written. Acceptance (issue 11): recall >= 0.85, precision >= 0.95, admin1
present and right >= 0.90, casualty recall >= 0.85, on the held-out half.

Casualty figures. A required gold figure is found when a system quantity overlaps its span with the same unit and
value (a gold value or unit of ``null`` accepts any). System quantities whose unit is a casualty unit (killed,
injured, displaced, arrested) that overlap no gold figure are false positives (precision, reported).

Actors. System actors are entities with an ``acled`` name. One that overlaps a required gold actor is right when
the names agree (period labels such as ``(2015-2016)`` dropped; a gold name without a country in brackets accepts
any: ``Islamic State`` = ``Islamic State (Libya)``; the gold ``acled_alt`` names are accepted); one overlapping
only an optional gold actor is right when the names agree and otherwise not counted; one overlapping no gold
actor is wrong. Precision = right / counted; recall over required gold actors.

``--errors`` prints the tune half's misses and false positives; it refuses the held-out half (measure it, never
read its errors). ``--split audit2`` scores the second, blind batch (``data/places_audit2.jsonl``: places and
casualty figures, no actors), drawn by ``select_places_audit2.py`` and coded by hand before rasd was run on it;
``--split audit3`` the third (``data/places_audit3.jsonl``, ``select_places_audit3.py``, round 4), ``--split audit4``
the fourth (``data/places_audit4.jsonl``, ``select_places_audit4.py``, round 7), the same way.
Results go to ``benchmarks/results/places.json`` (``--out``).

Usage (from the project root)::

    python benchmarks/bench_places.py [--shared ../shared] [--split tune|heldout|both|audit2|audit3|audit4] [--errors]
        [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import load_annotations, load_articles, run_article, sha12

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "places_audit.jsonl"
#: The second, blind batch (places and casualty figures only; drawn by ``select_places_audit2.py``).
DATA2 = ROOT / "benchmarks" / "data" / "places_audit2.jsonl"
#: The third, blind batch (round 4; drawn by ``select_places_audit3.py``).
DATA3 = ROOT / "benchmarks" / "data" / "places_audit3.jsonl"
#: The fourth, blind batch (round 7; drawn by ``select_places_audit4.py``).
DATA4 = ROOT / "benchmarks" / "data" / "places_audit4.jsonl"
OUT = ROOT / "benchmarks" / "results" / "places.json"
CASUALTY_UNITS = frozenset({"killed", "injured", "displaced", "arrested"})

#: Spellings of one division that fold differently (GeoNames vs ACLED/OCHA); each set is one division.
ADMIN1_SAME: list[set[str]] = [
    {"benghazi", "banghazi"},
    {"sirt", "surt"},
    {"misrata", "misratah"},
    {"dara", "daraa", "dar'a"},
    {"idleb", "idlib"},
    {"lattakia", "latakia"},
    {"raqqa", "raqqah"},
    {"makkah", "mecca"},
    {"madinah", "medina"},
    {"jazan", "jizan"},
    {"eastern", "eastern province", "sharqiyah"},
    {"salah din", "salah ad din", "salah al din", "salahuddin"},
    {"ninewa", "nineveh", "ninawa"},
    {"beirut", "beyrouth"},
    {"faiyum", "fayyum"},
    {"bahah", "baha"},
    {"capital", "manama", "capital governorate"},
    {"kerbala", "karbala"},
    {"qadissiya", "qadisiyah"},
]


def fold_admin(name: str | None) -> str:
    """A division name reduced for comparison (accents, case, articles, 'Province' and the like dropped)."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("'", "").replace("‘", "").replace("-", " ")
    s = re.sub(r"\b(province|governorate|region|district|muhafazat|mintaqat|wilayat)\b", " ", s)
    s = re.sub(r"\b(al|ar|as|ad|an|az|ash|at|el)\b", " ", s)
    s = " ".join(s.split())
    for group in ADMIN1_SAME:
        if s in {" ".join(g.replace("'", "").split()) for g in group}:
            return min(group)
    return s


_PERIOD = re.compile(r"\s*\([^)]*\d[^)]*\)")
_COUNTRY = re.compile(r"\s*\([^)]*\)")


def actor_names_agree(system: str, gold: list[str]) -> bool:
    """Whether the system's ACLED name is one of the gold names (period labels dropped; see the docstring)."""
    s = " ".join(_PERIOD.sub("", system).split())
    for g in gold:
        g2 = " ".join(_PERIOD.sub("", g).split())
        if s == g2:
            return True
        if "(" not in g2 and " ".join(_COUNTRY.sub("", s).split()) == g2:
            return True
    return False


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Tally:
    """Counts for one split."""

    def __init__(self) -> None:
        self.c: dict[str, int] = {}
        self.errors: list[str] = []

    def add(self, key: str, n: int = 1) -> None:
        self.c[key] = self.c.get(key, 0) + n

    def get(self, key: str) -> int:
        return self.c.get(key, 0)


def ratio(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def score_article(rec: dict[str, Any], doc: Any, shift: int, t: Tally) -> None:
    """Add one article's counts to ``t`` (and its errors, for the tune half)."""
    text = doc.text
    n = len(text)
    label = f"[{rec['pool']} {rec['key']['url'][-40:]}]"

    def gspan(x: dict[str, Any]) -> tuple[int, int]:
        return x["mention"]["start"] + shift, x["mention"]["end"] + shift

    # ---- places
    gold_places = [(gspan(p), p) for p in rec["places"]]
    sys_places = [e for e in doc.entities if e.geo and e.start >= shift and e.end <= n]
    for span, p in gold_places:
        if p["optional"]:
            continue
        t.add("places_gold")
        hits = [e for e in sys_places if overlaps((e.start, e.end), span)]
        right = [e for e in hits if e.geo.get("country_iso3") == p["country_iso3"]]
        if hits:
            t.add("places_found_any_country")
        if not right:
            what = f"{hits[0].geo.get('country_iso3')} {hits[0].geo.get('canonical') or ''}" if hits else "not found"
            t.errors.append(f"{label} place miss {text[span[0] : span[1]]!r} ({p['country_iso3']}): {what}")
            continue
        t.add("places_found")
        if p["admin1"]:
            t.add("admin1_gold")
            adm = right[0].geo.get("admin1")
            if adm:
                t.add("admin1_present")
            if adm and fold_admin(adm) == fold_admin(p["admin1"]):
                t.add("admin1_right")
                if adm == p["admin1"]:
                    t.add("admin1_acled_spelling")
            else:
                t.errors.append(f"{label} admin1 {text[span[0] : span[1]]!r}: {adm!r} (gold {p['admin1']!r})")
    for e in sys_places:
        hits = [p for span, p in gold_places if overlaps((e.start, e.end), span)]
        same = [p for p in hits if p["country_iso3"] == e.geo.get("country_iso3")]
        if hits and not same and all(p["optional"] for p in hits):
            continue
        t.add("places_system")
        if same:
            t.add("places_system_right")
        else:
            why = f"gold {hits[0]['country_iso3']}" if hits else "no gold place"
            t.errors.append(
                f"{label} place FP {text[e.start : e.end]!r} -> {e.geo.get('country_iso3')} "
                f"{e.geo.get('admin1') or ''} ({why})"
            )

    # ---- casualties
    gold_cas = [(gspan(c), c) for c in rec["casualties"]]
    quants = [q for q in doc.quantities if q.start >= shift]
    for span, c in gold_cas:
        if c["optional"]:
            continue
        t.add("casualties_gold")
        ok = [
            q
            for q in quants
            if overlaps((q.start, q.end), span)
            and (c["unit"] is None or q.unit == c["unit"])
            and (c["value"] is None or (q.value is not None and abs(q.value - c["value"]) < 1e-6))
        ]
        if ok:
            t.add("casualties_found")
        else:
            near = [
                f"{q.value:g} {q.unit}" if q.value is not None else f"? {q.unit}"
                for q in quants
                if overlaps((q.start, q.end), span)
            ]
            t.errors.append(
                f"{label} casualty miss {text[span[0] : span[1]]!r} = {c['value']} {c['unit']}: {near or 'nothing'}"
            )
    for q in quants:
        if q.unit not in CASUALTY_UNITS:
            continue
        t.add("casualties_system")
        if any(overlaps((q.start, q.end), span) for span, _ in gold_cas):
            t.add("casualties_system_right")
        else:
            t.errors.append(f"{label} casualty FP {text[q.start : q.end]!r} = {q.value} {q.unit}")

    # ---- actors
    gold_act = [(gspan(a), a) for a in rec["actors"]]
    sys_act = [e for e in doc.entities if e.acled and e.start >= shift and e.end <= n]
    for span, a in gold_act:
        if a["optional"]:
            continue
        t.add("actors_gold")
        if any(
            overlaps((e.start, e.end), span) and actor_names_agree(e.acled, [a["acled"], *a["acled_alt"]])
            for e in sys_act
        ):
            t.add("actors_found")
        else:
            t.errors.append(f"{label} actor miss {text[span[0] : span[1]]!r} ({a['acled']})")
    for e in sys_act:
        hits = [a for span, a in gold_act if overlaps((e.start, e.end), span)]
        agree = [a for a in hits if actor_names_agree(e.acled, [a["acled"], *a["acled_alt"]])]
        if hits and not agree and all(a["optional"] for a in hits):
            continue
        t.add("actors_system")
        if agree:
            t.add("actors_system_right")
        else:
            why = f"gold {hits[0]['acled']}" if hits else "no gold actor"
            t.errors.append(f"{label} actor FP {text[e.start : e.end]!r} -> {e.acled} ({why})")


def summary(t: Tally) -> dict[str, Any]:
    g = t.get
    return {
        "places": {
            "gold": g("places_gold"),
            "system": g("places_system"),
            "recall": ratio(g("places_found"), g("places_gold")),
            "recall_any_country": ratio(g("places_found_any_country"), g("places_gold")),
            "precision": ratio(g("places_system_right"), g("places_system")),
        },
        "admin1": {
            "gold_below_country_found": g("admin1_gold"),
            "present": ratio(g("admin1_present"), g("admin1_gold")),
            "present_and_right": ratio(g("admin1_right"), g("admin1_gold")),
            "acled_spelling": ratio(g("admin1_acled_spelling"), g("admin1_gold")),
        },
        "casualties": {
            "gold": g("casualties_gold"),
            "recall": ratio(g("casualties_found"), g("casualties_gold")),
            "system": g("casualties_system"),
            "precision": ratio(g("casualties_system_right"), g("casualties_system")),
        },
        "actors": {
            "gold": g("actors_gold"),
            "system": g("actors_system"),
            # a file without actor annotations (audit2) says nothing about actor precision
            "precision": ratio(g("actors_system_right"), g("actors_system")) if g("actors_gold") else None,
            "recall": ratio(g("actors_found"), g("actors_gold")),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--data", type=Path, default=None, help="annotations (default: by --split)")
    parser.add_argument("--split", choices=("tune", "heldout", "both", "audit2", "audit3", "audit4"), default="tune")
    parser.add_argument("--errors", action="store_true", help="print the errors (tune, audit2, audit3, audit4)")
    parser.add_argument("--out", type=Path, default=OUT, help="JSON results file")
    args = parser.parse_args(argv)
    if args.errors and args.split not in ("tune", "audit2", "audit3", "audit4"):
        parser.error("--errors is for the tune half and the audits only: the held-out half's errors are never read")
    if args.data is None:
        args.data = {"audit2": DATA2, "audit3": DATA3, "audit4": DATA4}.get(args.split, DATA)

    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
        return 0
    import rasd

    records = load_annotations(args.data)
    splits = ("tune", "heldout") if args.split == "both" else (args.split,)
    records = [r for r in records if r["split"] in splits]
    articles = load_articles(folder, {(r["key"]["zip"], r["key"]["url"]) for r in records})
    pipeline = rasd.Pipeline(settings=rasd.Settings(ner="fast"))
    tallies = {s: Tally() for s in splits}
    problems: list[str] = []
    t0 = time.perf_counter()
    for rec in records:
        key = (rec["key"]["zip"], rec["key"]["url"])
        article = articles.get(key)
        if article is None:
            problems.append(f"missing article {key}")
            continue
        if sha12(article.get("content") or "") != rec["content_sha1"]:
            problems.append(f"content changed for {key}")
            continue
        doc, shift = run_article(pipeline, article, rec.get("published"))
        score_article(rec, doc, shift, tallies[rec["split"]])
    results: dict[str, Any] = {
        "articles": len(records),
        "seconds": round(time.perf_counter() - t0, 2),
        "problems": problems,
    }
    for split, t in tallies.items():
        results[split] = {"articles": sum(1 for r in records if r["split"] == split), **summary(t)}
    print(json.dumps(results, indent=1, ensure_ascii=False))
    if args.errors:
        print("\n".join(tallies[args.split].errors))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
