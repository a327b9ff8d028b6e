"""Draw the articles of the third events tune file (``data/events_tune3.jsonl``) from SaudiNewsNet.

Issue 12, tuning round 3: the held-out half did not move while the tune files rose, so this file measures how the
rules generalize *before* they are changed for it. The rule was fixed before any article was read; the articles
were coded by hand before rasd was run on them, and the first score is recorded in ``docs/events.md``.

Rule (the dev set's patterns, ``select_events_dev.py``, with these changes):

* Only articles of 250–1,500 characters whose (zip date, url) is in none of ``data/events_dev.jsonl``,
  ``data/events_tune2.jsonl``, ``data/claims_tune2.jsonl``, ``data/claims_check.jsonl``,
  ``data/places_audit.jsonl``.
* ``head`` = title + the first 400 characters of ``content``. Positive pools need a place of one of the dev set's
  positive pools (Saudi border included) in the head and are tried in this order, first match wins, weighted
  towards the weak types: ``battle`` (``BATTLE``: clashes, fighting, confrontations, repelling, ambush) 9,
  ``territory`` (``TERRITORY``: control, advance, regaining, liberating, withdrawal) 6, ``strategic``
  (``STRATEGIC``: truce, ceasefire, reinforcements, arrests, defusing, foiling, seizure) 5.
* Negative pool ``negative`` (5): no positive pool matched, the head matches the dev set's ``VIOLENCE`` or
  ``WAR_WORDS`` and a topic word of a negative pool (sport, economy, culture, politics).
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261204``; the first *n* are taken,
  skipping a title already taken. Articles are coded as they are, whatever their pool (a positive-pool article
  without an event is a negative; a negative-pool article with an event is coded with it). Nothing is redrawn.

Usage::

    python benchmarks/select_events_tune3.py [--shared ../shared]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import (
    NEGATIVE_POOLS,
    POSITIVE_POOLS,
    VIOLENCE,
    WAR_WORDS,
    annotated_keys,
    print_draw,
    take_from_pools,
    words,
)

SEED = 20261204
MIN_CHARS, MAX_CHARS = 250, 1500
HEAD_CHARS = 400
EXCLUDE = ("events_dev.jsonl", "events_tune2.jsonl", "claims_tune2.jsonl", "claims_check.jsonl", "places_audit.jsonl")

BATTLE = re.compile(
    words(
        "اشتباك",
        "اشتباكات",
        "اشتبك",
        "اشتبكت",
        "معارك",
        "معركة",
        "مواجهات",
        "تصدت",
        "تصدى",
        "صد",
        "صدت",
        "كمين",
        "قتال",
        "المعارك",
    )
)
TERRITORY = re.compile(
    words(
        "سيطرة",
        "سيطرت",
        "سيطر",
        "تسيطر",
        "يسيطر",
        "تقدم",
        "تقدمت",
        "استعادة",
        "استعادت",
        "استعاد",
        "تحرير",
        "حررت",
        "انسحاب",
        "انسحبت",
        "اقتحام",
        "اقتحمت",
    )
)
STRATEGIC = re.compile(
    words(
        "هدنة",
        "الهدنة",
        "وقف إطلاق النار",
        "تعزيزات",
        "اعتقال",
        "اعتقلت",
        "القبض",
        "تفكيك",
        "إبطال",
        "أبطلت",
        "إحباط",
        "أحبطت",
        "ضبط",
        "ضبطت",
    )
)
SIZES = {"battle": 9, "territory": 6, "strategic": 5, "negative": 5}


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDE``."""
    return annotated_keys(EXCLUDE)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool."""
    places = [re.compile(p) for _, p, _ in POSITIVE_POOLS]
    topics = [re.compile(p) for _, p, _ in NEGATIVE_POOLS]
    positive = (("battle", BATTLE), ("territory", TERRITORY), ("strategic", STRATEGIC))
    pools: dict[str, list[tuple[str, dict]]] = {name: [] for name in SIZES}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if (zip_date, a.get("url")) in skip or not MIN_CHARS <= len(content) <= MAX_CHARS:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        name = None
        if any(p.search(head) for p in places):
            name = next((n for n, p in positive if p.search(head)), None)
        if name is None and (VIOLENCE.search(head) or WAR_WORDS.search(head)) and any(t.search(head) for t in topics):
            name = "negative"
        if name is not None:
            pools[name].append((zip_date, a))
    return take_from_pools(pools, SIZES, SEED)


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
