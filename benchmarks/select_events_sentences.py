"""Draw the single sentences of the events sentence set (``data/events_sentences.jsonl``) from SaudiNewsNet.

Issue 12's acceptance measures rasd on single newswire sentences reporting assaults and protests, each given alone
(no title, no date). The project's own sentence tables were written by the people who wrote the rules; this draw is
a blind measure on real sentences. The rule was fixed before any sentence was read; the sentences were coded by hand
before rasd was run on them (first score in ``data/README.md``).

Rule:

* Articles of SaudiNewsNet whose url is in no annotated file of ``benchmarks/data/`` at the draw (``EXCLUDED_FILES``)
  and whose content is at most 6,000 characters.
* Sentences: ``content`` cut after ``.``, ``!``, ``?``, ``؟`` and at line breaks (:func:`sentences`); a sentence is
  kept when it has 40–320 characters (stripped of spaces; the offsets are the stripped span's).
* A sentence goes to the first pool it fits, tried in this order: ``attack`` (``ATTACK`` words: killing, assault,
  stabbing, shooting, bombing, gunmen …) 45, ``protest`` (``PROTEST`` words: demonstration, protest, sit-in,
  strike, march, riot) 25, ``arrest`` (``ARREST`` words: arrest, detention, abduction, kidnapping) 30, each only when
  the sentence has no ``OTHER`` word (sport, economy, culture, history, condemnation, threat, warning, law, future);
  ``negative`` 50: a word of any of the three lists **and** an ``OTHER`` word.
* Each pool is sorted by (zip, url, start), shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261209``;
  sentences are taken in that order, skipping one from an article (by url or title) already taken in any pool.
  Sentences are coded as they are, whatever their pool: an ``attack`` sentence that tells no event is a negative, a
  ``negative`` sentence that reports one is coded with it. Nothing is redrawn.

Usage::

    python benchmarks/select_events_sentences.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import load
from select_places_audit3 import excluded as urls_in

SEED = 20261209
MAX_CONTENT = 6000
MIN_SENT, MAX_SENT = 40, 320
#: every annotated file of ``benchmarks/data/`` when this set was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
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
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)

ATTACK = re.compile(
    r"قتل|اغتيال|اغتال|طعن|اعتداء|اعتدى|اعتدوا|هاجم|هجوم|إطلاق النار|أطلق النار|أطلقوا النار|إطلاق نار|"
    r"بالرصاص|برصاص|مسلح|تفجير|انفجار|انتحاري|عبوة ناسفة|ذبح|لقي حتفه|لقي مصرعه|مصرع|استشهد|ضرب|أحرق|إحراق"
)
PROTEST = re.compile(r"تظاهر|مظاهر|متظاهر|احتجاج|احتج|محتج|اعتصام|اعتصم|معتصم|إضراب|مسيرة|شغب")
ARREST = re.compile(r"اعتقال|اعتقل|القبض|قبض على|احتجاز|احتجز|اختطاف|اختطف|خطف|توقيف|أوقف")
OTHER = re.compile(
    r"مباراة|الدوري|المنتخب|النادي|اللاعب|الفريق|الأسهم|السوق|الأسعار|النفط|اقتصاد|الاستثمار|فيلم|رواية|مسلسل|"
    r"مسرحي|قصيدة|ذكرى|التاريخ|تاريخ|أدان|يدين|استنكر|شجب|ندد|تهديد|هدد|يهدد|حذر|تحذير|قانون|نظام|سوف|سيتم|"
    r"الانتخابات|مكافحة"
)
POOLS: list[tuple[str, re.Pattern[str], int]] = [
    ("attack", ATTACK, 45),
    ("protest", PROTEST, 25),
    ("arrest", ARREST, 30),
]
NEGATIVES = 50
#: batch 2 (drawn after batch 1 was read: its broad substrings gave 35 events in 150): a report verb or noun of a
#: past happening, no ``OTHER`` word, articles of batch 1 skipped
REPORT = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:قتل|قتلت|قتلوا|اغتيل|اغتالت|اغتال|لقي مصرعه|لقوا مصرعهم|لقيت مصرعها|مقتل|مصرع|"
    r"اعتقلت|اعتقل|اعتقلوا|ألقت القبض|القبض على|اختطف|اختطفت|خطف|خطفت|تظاهر|تظاهرت|تظاهرا|تظاهروا|اعتصم|اعتصموا|"
    r"أضرم|أضرموا|هاجم|هاجمت|هاجموا|أطلق النار|أطلقوا النار|طعن|طعنت|اعتدى|اعتدت|اعتدوا|استشهد|انفجرت|انفجار|"
    r"فجر|تفجير|أقدم|أقدمت|تعرض|تعرضت|اقتحم|اقتحمت|اقتحموا|أصيب|أصيبت)(?![\u0621-\u064A])"
)
STRICT = 60
#: batch 3 (drawn after rules were changed on batches 1-2, coded before rasd ran on it): ``REPORT`` sentences that
#: also hold a protest word (pool ``protest3``) or an assault, shooting, abduction or arrest word (``assault3``)
BATCH3: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("protest3", re.compile(r"تظاهر|مظاهر|متظاهر|احتج|محتج|اعتصام|اعتصم|معتصم|إضراب|أضرب|مسيرة|شغب|وقفة"), 30),
    (
        "assault3",
        re.compile(r"اعتدى|اعتدوا|اعتداء|طعن|أطلق النار|أطلقوا النار|مسلح|مجهول|اختطف|خطف|اعتقل|القبض|قتل|مقتل|مصرع"),
        30,
    ),
)
_CUT = re.compile(r"[.!?؟]+|\n+")


def sentences(content: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``content`` (cut after . ! ? ؟ and at line breaks), spaces stripped."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _CUT.finditer(content):
        end = m.end() if m.group().strip() else m.start()
        out.append((start, end))
        start = m.end()
    out.append((start, len(content)))
    spans: list[tuple[int, int]] = []
    for s, e in out:
        piece = content[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if e - trail > s + lead:
            spans.append((s + lead, e - trail))
    return spans


def pool_of(sentence: str) -> str | None:
    """The pool a sentence belongs to (see the module docstring), or ``None``."""
    other = bool(OTHER.search(sentence))
    for name, pattern, _ in POOLS:
        if pattern.search(sentence):
            return "negative" if other else name
    return None


def draw(rows: list[tuple[str, dict[str, Any]]], skip: set[str]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence, pool by pool."""
    sizes = {name: n for name, _, n in POOLS} | {"negative": NEGATIVES}
    pools: dict[str, list[tuple[str, dict[str, Any], int, int]]] = {name: [] for name in sizes}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if a.get("url") in skip or not content or len(content) > MAX_CONTENT:
            continue
        for s, e in sentences(content):
            if MIN_SENT <= e - s <= MAX_SENT and (name := pool_of(content[s:e])) is not None:
                pools[name].append((zip_date, a, s, e))
    return take_pools(pools, sizes, SEED)


def take_pools(
    pools: dict[str, list[tuple[str, dict[str, Any], int, int]]],
    sizes: dict[str, int],
    seed: int,
    *,
    untitled_apart: bool = False,
) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """Each pool sorted by (zip, url, start), shuffled with ``random.Random(f"{seed}:{pool}")`` and taken in that order
    up to its size, skipping a sentence of an article (by url or title) already taken in any pool. Batch 1 counts an
    empty title as a title (one untitled article in all); ``untitled_apart`` (batches 8 and 9) does not."""
    chosen: list[tuple[str, str, dict[str, Any], int, int]] = []
    seen: set[str] = set()
    for name, cands in pools.items():
        order = sorted(cands, key=lambda c: (c[0], c[1].get("url") or "", c[2]))
        random.Random(f"{seed}:{name}").shuffle(order)
        taken = 0
        for zip_date, a, s, e in order:
            if taken >= sizes[name]:
                break
            url, title = a.get("url") or "", " ".join((a.get("title") or "").split())
            if url in seen or ((title or not untitled_apart) and title in seen):
                continue
            seen.update((url, title))
            chosen.append((name, zip_date, a, s, e))
            taken += 1
    return chosen


#: batch 4 (drawn after batch 3's rules, coded before rasd ran on it): protests told with their crowd or as an act
#: (``protest4``), assaults, shootings and abductions (``assault4``); no ``REPORT`` word needed
BATCH4: tuple[tuple[str, re.Pattern[str], int], ...] = (
    (
        "protest4",
        re.compile(
            r"(?:تظاهر|احتج|اعتصم|خرج|نظم|شارك|احتشد|تجمع)\S*\s+(?:\S+\s+){0,4}?(?:آلاف|مئات|عشرات|المتظاهر|المحتج|متظاهر|محتج)"
            r"|مظاهرة|تظاهرة|مسيرة احتجاجية|وقفة احتجاجية|اعتصام|إضراب عن|أعمال شغب|المتظاهرين|المحتجين"
        ),
        30,
    ),
    (
        "assault4",
        re.compile(r"اعتدى|اعتداء على|طعن|مجهولون|مسلحون|اختطف|خطف|أطلق النار|أطلقوا النار|تعرض لإطلاق|بالضرب"),
        20,
    ),
)


#: batch 5 (drawn after batch 4's rules, coded before rasd ran on it): batch 4's patterns, other pools and sizes
BATCH5: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("protest5", BATCH4[0][1], 20),
    ("assault5", BATCH4[1][1], 20),
)


#: batch 6 (drawn after batch 5's rules, coded before rasd ran on it): batch 4's patterns, other pools
BATCH6: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("protest6", BATCH4[0][1], 20),
    ("assault6", BATCH4[1][1], 20),
)


#: batch 7 (drawn at the end of round 9, coded before rasd ran on it, not tuned on): batch 4's patterns, other pools
BATCH7: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("protest7", BATCH4[0][1], 20),
    ("assault7", BATCH4[1][1], 20),
)


def draw_batch2(
    rows: list[tuple[str, dict[str, Any]]],
    skip: set[str],
    taken: list[tuple[str, str, dict[str, Any], int, int]],
    pools: tuple[tuple[str, re.Pattern[str], int], ...] = (("report", re.compile(""), 60),),
) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """Batch 2: ``STRICT`` sentences with a ``REPORT`` word and no ``OTHER`` word (pool ``report``), from articles
    in neither ``skip`` nor batch 1 (by url or title), shuffled with ``random.Random(f"{SEED}:report")``. With
    ``pools`` (batch 3, :data:`BATCH3`): per pool, the sentences that also match its pattern, pool by pool; batch 4's
    pools (:data:`BATCH4`, names ending in 4) and batches 5 and 6's (:data:`BATCH5`, :data:`BATCH6`) need their
    pattern only."""
    out: list[tuple[str, str, dict[str, Any], int, int]] = []
    for name, pattern, n in pools:
        out += _draw_report(rows, skip, taken + out, name, pattern, n)
    return out


def _draw_report(
    rows: list[tuple[str, dict[str, Any]]],
    skip: set[str],
    taken: list[tuple[str, str, dict[str, Any], int, int]],
    pool: str,
    pattern: re.Pattern[str],
    size: int,
) -> list[tuple[str, str, dict[str, Any], int, int]]:
    seen = {a.get("url") or "" for _, _, a, _, _ in taken} | {
        " ".join((a.get("title") or "").split()) for _, _, a, _, _ in taken
    }
    cands: list[tuple[str, dict[str, Any], int, int]] = []
    for zip_date, a in rows:
        content = a.get("content") or ""
        if a.get("url") in skip or not content or len(content) > MAX_CONTENT:
            continue
        for s, e in sentences(content):
            text = content[s:e]
            ok = (pool[-1] in "4567" or REPORT.search(text)) and pattern.search(text) and not OTHER.search(text)
            if MIN_SENT <= e - s <= MAX_SENT and ok:
                cands.append((zip_date, a, s, e))
    cands.sort(key=lambda c: (c[0], c[1].get("url") or "", c[2]))
    random.Random(f"{SEED}:{pool}").shuffle(cands)
    chosen: list[tuple[str, str, dict[str, Any], int, int]] = []
    for zip_date, a, s, e in cands:
        if len(chosen) >= size:
            break
        url, title = a.get("url") or "", " ".join((a.get("title") or "").split())
        if url in seen or title in seen:
            continue
        seen.update((url, title))
        chosen.append((pool, zip_date, a, s, e))
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--text", action="store_true", help="also print each sentence (for coding; never commit it)")
    args = parser.parse_args(argv)
    rows = load(args.shared)
    if not rows:
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    skip = urls_in(EXCLUDED_FILES)
    batch1 = draw(rows, skip)
    batch2 = draw_batch2(rows, skip, batch1, (("report", re.compile(""), STRICT),))
    batch3 = draw_batch2(rows, skip, batch1 + batch2, BATCH3)
    batch4 = draw_batch2(rows, skip, batch1 + batch2 + batch3, BATCH4)
    batch5 = draw_batch2(rows, skip, batch1 + batch2 + batch3 + batch4, BATCH5)
    batch6 = draw_batch2(rows, skip, batch1 + batch2 + batch3 + batch4 + batch5, BATCH6)
    batch7 = draw_batch2(rows, skip, batch1 + batch2 + batch3 + batch4 + batch5 + batch6, BATCH7)
    for name, zip_date, a, s, e in batch1 + batch2 + batch3 + batch4 + batch5 + batch6 + batch7:
        row = {"pool": name, "zip": zip_date, "url": a["url"], "start": s, "end": e}
        if args.text:
            row["sentence"] = a["content"][s:e]
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
