"""Draw the articles of the seventh events tune file (``data/events_tune7.jsonl``) from SaudiNewsNet.

Issue 12, round 9b: round 9's trigger rules scored P 0.765 R 0.867 on tune6, the file they were tuned on, but the
held-out half moved from P/R 0.724/0.636 to 0.690/0.606, so this file is a fresh blind measure of the round-9 code
(and, run on commit d267427, of the round-8 code), taken *before* any rule is changed for it. The rule was fixed
before any article was read; the articles were coded by hand before rasd was run on them, and the first scores are
recorded in ``docs/events.md`` (section "Round 9b: blind check").

Rule (``select_events_tune6.py``'s, with a new seed, Palestine and Saudi-border pools and no Afghanistan/Somalia):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (``EXCLUDED_FILES``: every events, claims and places file there when it was drawn, tune6 and the args audit
  included), and whose title was not taken before.
* ``head`` = title + the first 400 characters of ``content``. An article is in a positive pool when its head has a
  clash, front, territory, shelling or blast word (``BATTLE``) and a place of the pool's country; pools are tried in
  this order, first match wins: ``yemen`` 3, ``syria`` 3, ``iraq`` 3, ``libya`` 2, ``egypt`` 2, ``palestine`` 2,
  ``saudi_border`` 1.
* Negative pool ``negative`` (4): no positive pool matched, the head matches the dev set's ``VIOLENCE`` or
  ``WAR_WORDS`` and a topic word of a negative pool (sport, economy, culture, politics).
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261213`` (``take_from_pools``); the
  first *n* are taken, skipping a title already taken. Articles are coded as they are, whatever their pool.
  Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune7.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import NEGATIVE_POOLS, VIOLENCE, WAR_WORDS, load, take_from_pools, words

SEED = 20261213
MIN_CHARS, MAX_CHARS = 250, 1500
HEAD_CHARS = 400
DATA = Path(__file__).resolve().parent / "data"

BATTLE = re.compile(
    words(
        "اشتباك",
        "اشتباكات",
        "اشتبك",
        "اشتبكت",
        "معارك",
        "معركة",
        "مواجهات",
        "مواجهة",
        "قتال",
        "تصدت",
        "تصدى",
        "صد",
        "صدت",
        "كمين",
        "تقدم",
        "تقدمت",
        "سيطرت",
        "سيطر",
        "استعادت",
        "استعاد",
        "هجوم",
        "قصف",
        "جبهة",
        "جبهات",
        "تحرير",
        "دحر",
        "طرد",
        "كمين",
        "تسلل",
        "تفجير",
        "انفجار",
        "غارة",
        "غارات",
    )
)
# (pool, place pattern, how many), tried in order
PLACE_POOLS: list[tuple[str, str, int]] = [
    (
        "yemen",
        words("اليمن", "يمني", "يمنية", "الحوثي", "الحوثيين", "عدن", "تعز", "صنعاء", "مأرب", "لحج", "أبين", "الضالع"),
        3,
    ),
    (
        "syria",
        words("سوريا", "سورية", "سوري", "حلب", "إدلب", "ادلب", "حمص", "حماة", "دمشق", "درعا", "الرقة", "الزبداني"),
        3,
    ),
    (
        "iraq",
        words(
            "العراق", "عراقي", "عراقية", "بغداد", "الأنبار", "الرمادي", "الموصل", "الفلوجة", "تكريت", "ديالى", "بيجي"
        ),
        3,
    ),
    ("libya", words("ليبيا", "ليبي", "ليبية", "بنغازي", "درنة", "سرت", "طرابلس"), 2),
    ("egypt", words("سيناء", "العريش", "الشيخ زويد", "مصر", "مصري", "مصرية"), 2),
    (
        "palestine",
        words("غزة", "الضفة", "القدس", "الخليل", "نابلس", "جنين", "فلسطين", "فلسطيني", "فلسطينية", "الاحتلال"),
        2,
    ),
    ("saudi_border", words("جازان", "نجران", "ظهران الجنوب", "الحد الجنوبي", "الحدود الجنوبية"), 1),
]
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "claims_check3.jsonl",
    "events_dev.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_args_audit.jsonl",
    "claims_check4.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    keys: set[tuple[str, str]] = set()
    for name in EXCLUDED_FILES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                key = json.loads(line).get("key")
                if isinstance(key, dict) and "zip" in key and "url" in key:
                    keys.add((key["zip"], key["url"]))
    return keys


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    places = [(name, re.compile(p)) for name, p, _ in PLACE_POOLS]
    topics = [re.compile(p) for _, p, _ in NEGATIVE_POOLS]
    sizes = {name: n for name, _, n in PLACE_POOLS} | {"negative": NEGATIVES}
    pools: dict[str, list[tuple[str, dict]]] = {name: [] for name in sizes}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in skip or not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        name = next((n for n, p in places if p.search(head)), None) if BATTLE.search(head) else None
        if name is None and (VIOLENCE.search(head) or WAR_WORDS.search(head)) and any(t.search(head) for t in topics):
            name = "negative"
        if name is not None:
            pools[name].append((zip_date, a))
    return take_from_pools(pools, sizes, SEED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args(argv)
    rows = load(args.shared)
    if not rows:
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    for name, zip_date, a in draw(rows, excluded_keys()):
        print(json.dumps({"pool": name, "zip": zip_date, "url": a["url"], "title": a.get("title")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
