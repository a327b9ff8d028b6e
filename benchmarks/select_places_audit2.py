"""Draw the second, blind places/casualties batch (``audit2``, issue 11) from SaudiNewsNet.

The draw is fixed *before* any annotation or system run; the articles are coded by hand from their text, then
scored once as they are (the "before" number), and only then used for tuning (``split = "audit2"``).

Rule:

* Every article of ``../shared/data/news/saudinewsnet/*.zip`` whose ``content`` is 300–1,200 characters long, in
  zip order, **except** the articles of every annotated file of ``benchmarks/data`` (the places audit, the events
  dev and tune2 sets, the claims tune2 and check sets; matched by url).
* ``head`` = the title + the first 400 characters of ``content``. An article is a candidate when its head
  matches the violence pattern of ``select_events_dev.VIOLENCE`` **and** :data:`CASUALTY` (a casualty word:
  killed, injured, arrested, displaced), and it goes to the first pool of :data:`POOLS` whose place pattern its
  head matches. The pools are the region *outside Syria* (Saudi governorates, Yemen, Iraq, Libya, the Maghreb,
  Egypt, Palestine, Lebanon, Sudan and Somalia), so the batch is weighted to places other than Syria's and to
  casualty figures.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` and its first ``N`` articles taken (:data:`POOLS`
  gives N; 30 in all), skipping a title already taken.
* An article is annotated as it is, whatever it turns out to be about; none is dropped or redrawn.

Usage::

    python benchmarks/select_places_audit2.py [--shared ../shared] [--text]

``--text`` prints each drawn article's title and content (for the annotator, before rasd is run on them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_events_dev import VIOLENCE, load, take_from_pools, words

SEED = 20261203
MIN_CHARS, MAX_CHARS = 300, 1200
HEAD_CHARS = 400
DATA = Path(__file__).resolve().parent / "data"
ANNOTATED = (
    "places_audit.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "claims_tune2.jsonl",
    "claims_check.jsonl",
)

CASUALTY = re.compile(
    r"قتل|قتيل|مقتل|مصرع|استشهد|استشهاد|شهيد|شهداء|جرح|جريح|إصاب|اصاب|أصيب|اصيب|اعتقال|اعتقل|القبض|نزوح|نازح|تشريد"
)

POOLS: list[tuple[str, str, int]] = [
    (
        "saudi",
        words(
            "جازان", "جيزان", "نجران", "عسير", "ظهران الجنوب", "الحد الجنوبي", "القطيف", "الأحساء", "الدمام", "القصيم"
        ),
        4,
    ),
    ("yemen", words("اليمن", "يمني", "يمنية", "الحوثي", "الحوثيين", "عدن", "تعز", "صنعاء", "مأرب", "لحج", "أبين"), 4),
    (
        "iraq",
        words("العراق", "عراقي", "عراقية", "بغداد", "الأنبار", "الرمادي", "الموصل", "الفلوجة", "ديالى", "كركوك"),
        4,
    ),
    ("libya", words("ليبيا", "ليبي", "ليبية", "بنغازي", "درنة", "سرت", "مصراتة"), 3),
    ("maghreb", words("تونس", "تونسي", "تونسية", "الجزائر", "جزائري", "جزائرية", "المغرب", "مغربي", "القصرين"), 3),
    ("egypt", words("مصر", "مصري", "مصرية", "سيناء", "العريش", "الشيخ زويد", "القاهرة", "الإسكندرية"), 3),
    ("palestine", words("غزة", "الضفة", "فلسطين", "فلسطيني", "فلسطينية", "القدس", "الخليل", "نابلس", "جنين", "رفح"), 3),
    ("lebanon", words("لبنان", "لبناني", "لبنانية", "بيروت", "عرسال", "طرابلس", "صيدا"), 3),
    ("sudan_somalia", words("السودان", "سوداني", "دارفور", "الخرطوم", "الصومال", "صومالي", "مقديشو", "الشباب"), 3),
]


def excluded() -> set[str]:
    """The urls of every annotated article of ``benchmarks/data``."""
    out: set[str] = set()
    for name in ANNOTATED:
        path = DATA / name
        if path.exists():
            out |= {json.loads(line)["key"]["url"] for line in path.read_text(encoding="utf-8").splitlines() if line}
    return out


def draw(rows: list[tuple[str, dict]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) tuples, pool by pool."""
    skip = excluded()
    compiled = [(name, re.compile(p)) for name, p, _ in POOLS]
    candidates: dict[str, list[tuple[str, dict]]] = {name: [] for name, _, _ in POOLS}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if not MIN_CHARS <= len(content) <= MAX_CHARS or a.get("url") in skip:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        if not (VIOLENCE.search(head) and CASUALTY.search(head)):
            continue
        name = next((n for n, p in compiled if p.search(head)), None)
        if name is not None:
            candidates[name].append((zip_date, a))
    return take_from_pools(candidates, {name: n for name, _, n in POOLS}, SEED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--text", action="store_true", help="print each article's title and content")
    args = parser.parse_args(argv)
    rows = load(args.shared)
    if not rows:
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    for i, (name, zip_date, a) in enumerate(draw(rows)):
        head = {"n": i, "pool": name, "zip": zip_date, "url": a["url"], "title": a.get("title")}
        print(json.dumps(head, ensure_ascii=False))
        if args.text:
            print(a.get("content") or "", end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
