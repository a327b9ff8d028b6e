"""Draw the 2,000 fresh SaudiNewsNet articles of round 15's places census (helper pl7, issue 12).

Not a coded file: the draw on which the geo layer's place-like mentions left without a gazetteer id are counted by
country and cause (docs/places.md, "Round 15: places across the region"). The rule and the seed were fixed, and this
script written, before any drawn article was read.

Rule:

* Every article of ``../shared/data/news/saudinewsnet/*.zip`` whose ``content`` has 250 characters or more, whose
  ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit) is ``0``–``9`` (this round's blind
  draws take ``a``–``f``), and whose url is named nowhere in the annotated files of ``benchmarks/data`` (any ``url``
  at any depth of a JSON line, :data:`EXCLUDED_FILES`: every ``.jsonl`` there when this script was written, the
  held-out agreement files aside, whose articles are the dev set's, left out by ``events_dev.jsonl``).
* An article is a candidate when its title or content matches ``VIOLENCE`` of ``select_events_dev.py``; it goes to
  the first pool of :data:`POOLS` whose place words its ``head`` (the title + the first 400 characters of
  ``content``) names, else to the first pool whose place words its text names (``words``: whole words, proclitics
  and the article allowed).
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` and its first ``n`` articles taken, skipping a title
  already taken (``take_from_pools``); a pool with fewer candidates gives what it has. Nothing is redrawn.
* First written (same commit day) with a 2,500-character cap, a violence word required in the head and 2,000
  articles in fixed pool sizes: only 498 articles qualified (counted, none read), so the head rule and the cap were
  dropped and every pool takes all its candidates (:data:`POOLS` sizes are caps the pools do not reach: 1,717
  candidates in this hash range, 1,682 articles once repeated titles are skipped: the whole of what the 2015 corpus
  holds on these countries' violence in the range).

Usage::

    python benchmarks/select_places_region15.py [--shared ../shared]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_events_dev import HEAD_CHARS, VIOLENCE, print_draw, take_from_pools, words
from select_events_tune10 import in_range
from select_places_audit3 import excluded

SEED = 20261515
HASH_DIGITS = frozenset("0123456789")
MIN_CHARS = 250
DATA = Path(__file__).resolve().parent / "data"
#: every annotated ``.jsonl`` file of ``benchmarks/data/`` when this script was written (round 15)
EXCLUDED_FILES = (
    "claims_check.jsonl",
    "claims_check10.jsonl",
    "claims_check11.jsonl",
    "claims_check12.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "claims_check9.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_args_audit.jsonl",
    "events_dev.jsonl",
    "events_rowjudge.jsonl",
    "events_sentences.jsonl",
    "events_sentences10.jsonl",
    "events_sentences11.jsonl",
    "events_sentences12.jsonl",
    "events_sentences13.jsonl",
    "events_sentences14.jsonl",
    "events_sentences15.jsonl",
    "events_sentences17.jsonl",
    "events_sentences18.jsonl",
    "events_sentences8.jsonl",
    "events_sentences9.jsonl",
    "events_sentences_wire.jsonl",
    "events_tune10.jsonl",
    "events_tune11.jsonl",
    "events_tune12.jsonl",
    "events_tune13.jsonl",
    "events_tune14.jsonl",
    "events_tune15.jsonl",
    "events_tune16.jsonl",
    "events_tune17.jsonl",
    "events_tune18.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_tune7.jsonl",
    "events_tune8.jsonl",
    "events_tune9.jsonl",
    "merge_pairs.jsonl",
    "merge_pairs_real.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
    "search_articles/articles.jsonl",
)

# (pool, place words, how many), tried in order
POOLS: list[tuple[str, str, int]] = [
    ("saudi_border", words("جازان", "جيزان", "نجران", "ظهران الجنوب", "الحد الجنوبي", "الطوال", "الخوبة"), 2000),
    (
        "yemen",
        words("اليمن", "يمني", "يمنية", "الحوثي", "الحوثيين", "عدن", "تعز", "صنعاء", "مأرب", "لحج", "أبين"),
        2000,
    ),
    ("syria", words("سوريا", "سورية", "سوري", "حلب", "إدلب", "ادلب", "حمص", "دمشق", "درعا", "الرقة", "حماة"), 2000),
    (
        "iraq",
        words("العراق", "عراقي", "عراقية", "بغداد", "الأنبار", "الرمادي", "الموصل", "الفلوجة", "ديالى", "كركوك"),
        2000,
    ),
    ("libya", words("ليبيا", "ليبي", "ليبية", "بنغازي", "درنة", "سرت", "مصراتة", "سبها", "أجدابيا"), 2000),
    ("egypt", words("مصر", "مصري", "مصرية", "سيناء", "العريش", "القاهرة", "الإسكندرية", "الجيزة"), 2000),
    (
        "palestine",
        words("غزة", "الضفة", "القدس", "الخليل", "نابلس", "جنين", "فلسطين", "فلسطيني", "فلسطينية", "الاحتلال"),
        2000,
    ),
    ("lebanon", words("لبنان", "لبناني", "لبنانية", "بيروت", "صيدا", "عرسال", "الضاحية الجنوبية"), 2000),
    ("sudan", words("السودان", "سوداني", "سودانية", "الخرطوم", "دارفور", "كردفان", "جنوب السودان"), 2000),
    ("somalia", words("الصومال", "صومالي", "صومالية", "مقديشو"), 2000),
]


def candidates(rows: list[tuple[str, dict[str, Any]]]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each pool's candidates, in zip order."""
    skip = excluded(EXCLUDED_FILES)
    compiled = [(name, re.compile(p)) for name, p, _ in POOLS]
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name, _, _ in POOLS}
    for zip_date, a in rows:
        content = a.get("content") or ""
        url = a.get("url")
        if len(content) < MIN_CHARS or url in skip or not in_range(url, HASH_DIGITS):
            continue
        title = a.get("title") or ""
        text = title + " " + content
        if not VIOLENCE.search(text):
            continue
        head = title + " " + content[:HEAD_CHARS]
        name = next((n for n, p in compiled if p.search(head)), None)
        if name is None:
            name = next((n for n, p in compiled if p.search(text)), None)
        if name is not None:
            out[name].append((zip_date, a))
    return out


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    return take_from_pools(candidates(rows), {name: n for name, _, n in POOLS}, SEED)


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", draw, argv)


if __name__ == "__main__":
    raise SystemExit(main())
