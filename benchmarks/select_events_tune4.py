"""Draw the articles of the fourth events tune file (``data/events_tune4.jsonl``) from SaudiNewsNet.

Issue 12, tuning round 4: round 3 raised the tune files while the held-out half stayed where it was, so this file
is a blind measure of the round-3 code, taken *before* any rule is changed for it. The rule was fixed before any
article was read; the articles were coded by hand before rasd was run on them, and the first score is recorded in
``docs/events.md``.

Rule (the dev set's patterns, ``select_events_dev.py``, with these changes):

* Only articles of 250–1,500 characters whose (zip date, url) is in no annotated file of ``benchmarks/data/``
  (every ``*.jsonl`` there whose records carry a ``key``), and whose title was not taken before.
* ``head`` = title + the first 400 characters of ``content``. Positive pools need a place of one of the dev set's
  positive pools (Saudi border included) in the head and are tried in this order, first match wins, weighted
  towards the classes the held-out half misses:

  - ``strike`` 9: an air, drone, shelling or bombing word (``STRIKE``) **and** a casualty word (``CASUALTY``);
  - ``capture`` 8: a capture, regaining or withdrawal word (``CAPTURE``) **and** an armed actor word (``ARMED``);
  - ``battle`` 8: a clash or fighting word (``BATTLE``).

* Negative pool ``negative`` (5): no positive pool matched, the head matches the dev set's ``VIOLENCE`` or
  ``WAR_WORDS`` and a topic word of a negative pool (sport, economy, culture, politics).
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261205``; the first *n* are taken,
  skipping a title already taken. Articles are coded as they are, whatever their pool (a positive-pool article
  without an event is a negative; a negative-pool article with an event is coded with it). Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune4.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import NEGATIVE_POOLS, POSITIVE_POOLS, VIOLENCE, WAR_WORDS, load, take_from_pools, words

SEED = 20261205
MIN_CHARS, MAX_CHARS = 250, 1500
HEAD_CHARS = 400
DATA = Path(__file__).resolve().parent / "data"

STRIKE = re.compile(
    words(
        "غارة",
        "غارات",
        "قصف",
        "قصفت",
        "طائرة",
        "طائرات",
        "طيران",
        "قذائف",
        "قذيفة",
        "صاروخ",
        "صواريخ",
        "تفجير",
        "انفجار",
    )
)
CASUALTY = re.compile(
    words("مقتل", "قتل", "قتلى", "قتيل", "مصرع", "استشهاد", "شهداء", "شهيد", "جرحى", "إصابة", "مصابين", "جريح")
)
CAPTURE = re.compile(
    words(
        "سيطرت",
        "سيطر",
        "تسيطر",
        "يسيطر",
        "السيطرة",
        "استعادت",
        "استعاد",
        "استعادة",
        "حررت",
        "تحرير",
        "انسحبت",
        "انسحب",
        "انسحاب",
        "تقدمت",
    )
)
ARMED = re.compile(
    words(
        "قوات",
        "القوات",
        "الجيش",
        "جيش",
        "مسلحي",
        "مسلحو",
        "داعش",
        "الحوثي",
        "الحوثيين",
        "المقاومة",
        "ميليشيا",
        "مليشيات",
    )
)
BATTLE = re.compile(
    words("اشتباك", "اشتباكات", "اشتبك", "اشتبكت", "معارك", "معركة", "مواجهات", "قتال", "المعارك", "تصدت", "كمين")
)
SIZES = {"strike": 9, "capture": 8, "battle": 8, "negative": 5}


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of an annotated file in ``benchmarks/data/``."""
    keys: set[tuple[str, str]] = set()
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                key = r.get("key") if isinstance(r, dict) else None
                if isinstance(key, dict) and "zip" in key and "url" in key:
                    keys.add((key["zip"], key["url"]))
    return keys


def pool_of(head: str, places: list[re.Pattern[str]], topics: list[re.Pattern[str]]) -> str | None:
    """The pool of an article's head (``None``: in no pool)."""
    if any(p.search(head) for p in places):
        if STRIKE.search(head) and CASUALTY.search(head):
            return "strike"
        if CAPTURE.search(head) and ARMED.search(head):
            return "capture"
        if BATTLE.search(head):
            return "battle"
        return None
    if (VIOLENCE.search(head) or WAR_WORDS.search(head)) and any(t.search(head) for t in topics):
        return "negative"
    return None


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    places = [re.compile(p) for _, p, _ in POSITIVE_POOLS]
    topics = [re.compile(p) for _, p, _ in NEGATIVE_POOLS]
    pools: dict[str, list[tuple[str, dict]]] = {name: [] for name in SIZES}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in skip or not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        name = pool_of((a.get("title") or "") + " " + content[:HEAD_CHARS], places, topics)
        if name is not None:
            pools[name].append((zip_date, a))
    return take_from_pools(pools, SIZES, SEED)


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
