"""Draw the third, blind places/casualties batch (``audit3``, issue 11, round 4) from SaudiNewsNet.

The draw is fixed *before* any annotation or system run; the articles are coded by hand from their text, then
scored once as they are (the "before" number), and only then used for tuning (``split = "audit3"``).

Rule:

* Every article of ``../shared/data/news/saudinewsnet/*.zip`` whose ``content`` is 300–1,000 characters long, in
  zip order, **except** every article named anywhere in the files of ``benchmarks/data`` present at the draw
  (:data:`ANNOTATED`: any ``url`` value at any depth of a JSON line; matched by url).
* ``head`` = the title + the first 400 characters of ``content``. An article is a candidate when its head matches
  the violence pattern of ``select_events_dev.VIOLENCE`` **and** the casualty pattern of
  ``select_places_audit2.CASUALTY``, and it goes to the first pool of :data:`POOLS` whose place pattern its head
  matches: South/Central Asia, Turkey, Libya, Iraq, Yemen, then Saudi domestic news (governorates, centres,
  neighbourhoods, roads and the Kingdom's regions), so the batch is weighted to the places round 3 missed.
  Libya has a pool but no candidate: its short articles of these three weeks are all in the earlier audits
  (measured before the draw: 0 at 300–1,000 characters, 2 up to 1,500), so its share went to the others.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` and its first ``N`` articles taken (:data:`POOLS`
  gives N; 30 in all), skipping a title already taken.
* An article is annotated as it is, whatever it turns out to be about; none is dropped or redrawn.

Usage::

    python benchmarks/select_places_audit3.py [--shared ../shared] [--text]

``--text`` prints each drawn article's title and content (for the annotator, before rasd is run on them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_events_dev import VIOLENCE, load, take_from_pools, words
from select_places_audit2 import CASUALTY

SEED = 20261204
MIN_CHARS, MAX_CHARS = 300, 1000
HEAD_CHARS = 400
DATA = Path(__file__).resolve().parent / "data"
#: The files of ``benchmarks/data`` at the draw (2026-12-04); listed so that later files do not move the draw.
ANNOTATED = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "search_articles/articles.jsonl",
)

POOLS: list[tuple[str, str, int]] = [
    (
        "asia",
        words(
            "باكستان",
            "باكستاني",
            "باكستانية",
            "أفغانستان",
            "أفغاني",
            "أفغانية",
            "طالبان",
            "كابول",
            "كراتشي",
            "بيشاور",
            "كويتا",
            "قندهار",
            "هلمند",
            "لاهور",
            "إسلام آباد",
            "وزيرستان",
            "الهند",
            "هندي",
            "بنجلاديش",
            "بنغلاديش",
            "طاجيكستان",
            "أوزبكستان",
            "كازاخستان",
            "قرغيزستان",
        ),
        6,
    ),
    ("turkey", words("تركيا", "تركي", "تركية", "أنقرة", "إسطنبول", "اسطنبول", "ديار بكر", "سروج", "الكردستاني"), 4),
    (
        "libya",
        words("ليبيا", "ليبي", "ليبية", "بنغازي", "درنة", "سرت", "مصراتة", "طرابلس", "سبها", "أجدابيا"),
        4,  # no candidate (see the docstring)
    ),
    (
        "iraq",
        words("العراق", "عراقي", "عراقية", "بغداد", "الأنبار", "الرمادي", "الموصل", "الفلوجة", "ديالى", "كركوك"),
        5,
    ),
    ("yemen", words("اليمن", "يمني", "يمنية", "الحوثي", "الحوثيين", "عدن", "تعز", "صنعاء", "مأرب", "لحج", "أبين"), 6),
    (
        "saudi",
        words(
            "محافظة",
            "مركز",
            "حي",
            "طريق",
            "الرياض",
            "جدة",
            "مكة",
            "الطائف",
            "حائل",
            "تبوك",
            "القصيم",
            "بريدة",
            "الأحساء",
            "القطيف",
            "الدمام",
            "جازان",
            "جيزان",
            "نجران",
            "عسير",
            "أبها",
            "خميس مشيط",
            "الباحة",
            "الجوف",
            "عرعر",
            "ينبع",
            "المدينة المنورة",
            "الخرج",
            "شرورة",
            "صامطة",
        ),
        9,
    ),
]


def _urls(value: Any) -> set[str]:
    """Every ``url`` string at any depth of a decoded JSON value."""
    if isinstance(value, dict):
        out = {str(value["url"])} if isinstance(value.get("url"), str) else set()
        for v in value.values():
            out |= _urls(v)
        return out
    if isinstance(value, list):
        return set().union(*(_urls(v) for v in value)) if value else set()
    return set()


def excluded(names: tuple[str, ...] = ANNOTATED) -> set[str]:
    """The urls named in the files ``names`` of ``benchmarks/data`` (default: :data:`ANNOTATED`)."""
    out: set[str] = set()
    for name in names:
        path = DATA / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out |= _urls(json.loads(line))
    return out


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) tuples, pool by pool."""
    skip = excluded()
    compiled = [(name, re.compile(p)) for name, p, _ in POOLS]
    candidates: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name, _, _ in POOLS}
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
    parser.add_argument("--text", action="store_true", help="print each drawn article's title and content")
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
