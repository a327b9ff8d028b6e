"""Draw the fourth, blind places/casualties batch (``audit4``, issue 11, round 7) from SaudiNewsNet.

The draw is fixed *before* any annotation or system run; the articles are coded by hand from their text, then
scored once as they are (the "first score"), and only then used for tuning (``split = "audit4"``).

Rule (audit3's, with a new seed, longer articles and pools weighted to the held-out half's misses of 2026-12-04:
Libya, Yemen, Saudi Arabia, Turkey, Iraq, Afghanistan/Pakistan, Egypt, France):

* Every article of ``../shared/data/news/saudinewsnet/*.zip`` whose ``content`` is 300–1,500 characters long (Libya
  has no short article left at 300–1,000: see ``select_places_audit3.py``), in zip order, **except** every article
  named anywhere in the files of ``benchmarks/data`` present at the draw (:data:`ANNOTATED`: any ``url`` value at
  any depth of a JSON line; matched by url).
* ``head`` = the title + the first 400 characters of ``content``. An article is a candidate when its head matches
  the violence pattern of ``select_events_dev.VIOLENCE`` **and** the casualty pattern of
  ``select_places_audit2.CASUALTY``, and it goes to the first pool of :data:`POOLS` whose place pattern its head
  matches. Libya had two candidates (counted before the draw), so both are taken and Yemen and Saudi Arabia got
  one more each.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` and its first ``N`` articles taken (:data:`POOLS`
  gives N; 25 in all), skipping a title already taken (``take_from_pools``).
* An article is annotated as it is, whatever it turns out to be about; none is dropped or redrawn.

Usage::

    python benchmarks/select_places_audit4.py [--shared ../shared] [--text]

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
from select_places_audit3 import excluded as audit3_excluded

SEED = 20261207
MIN_CHARS, MAX_CHARS = 300, 1500
HEAD_CHARS = 400
DATA = Path(__file__).resolve().parent / "data"
#: The files of ``benchmarks/data`` at the draw (2026-12-04, afternoon); listed so that later files do not move it.
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
    "places_audit3.jsonl",
    "search_articles/articles.jsonl",
)

POOLS: list[tuple[str, str, int]] = [
    ("libya", words("ليبيا", "ليبي", "ليبية", "بنغازي", "درنة", "سرت", "مصراتة", "طرابلس", "سبها", "أجدابيا"), 2),
    ("turkey", words("تركيا", "تركي", "تركية", "أنقرة", "إسطنبول", "اسطنبول", "ديار بكر", "سروج", "الكردستاني"), 3),
    (
        "asia",
        words("باكستان", "باكستاني", "أفغانستان", "أفغاني", "أفغانية", "طالبان", "كابول", "كراتشي", "بيشاور", "هلمند"),
        2,
    ),
    ("europe", words("فرنسا", "فرنسي", "فرنسية", "باريس", "ألمانيا", "بريطانيا", "لندن", "بلجيكا", "إيطاليا"), 2),
    ("gulf", words("البحرين", "بحريني", "بحرينية", "الكويت", "كويتي", "قطر", "عمان", "الإمارات"), 2),
    ("egypt", words("مصر", "مصري", "مصرية", "سيناء", "العريش", "القاهرة", "الإسكندرية", "الجيزة"), 3),
    (
        "iraq",
        words("العراق", "عراقي", "عراقية", "بغداد", "الأنبار", "الرمادي", "الموصل", "الفلوجة", "ديالى", "كركوك"),
        3,
    ),
    ("yemen", words("اليمن", "يمني", "يمنية", "الحوثي", "الحوثيين", "عدن", "تعز", "صنعاء", "مأرب", "لحج", "أبين"), 5),
    (
        "saudi",
        words("محافظة", "مركز", "حي", "الرياض", "جدة", "مكة", "الطائف", "حائل", "نجران", "جازان", "عسير", "القطيف"),
        3,
    ),
]


def excluded() -> set[str]:
    """The urls named in the files of :data:`ANNOTATED`."""
    return audit3_excluded(ANNOTATED)


def candidates(rows: list[tuple[str, dict[str, Any]]]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The candidate articles of each pool, in zip order."""
    skip = excluded()
    compiled = [(name, re.compile(p)) for name, p, _ in POOLS]
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name, _, _ in POOLS}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if not MIN_CHARS <= len(content) <= MAX_CHARS or a.get("url") in skip:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        if not (VIOLENCE.search(head) and CASUALTY.search(head)):
            continue
        name = next((n for n, p in compiled if p.search(head)), None)
        if name is not None:
            out[name].append((zip_date, a))
    return out


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) tuples, pool by pool."""
    return take_from_pools(candidates(rows), {name: n for name, _, n in POOLS}, SEED)


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
