"""Draw the articles of the places/actors/casualties audit (issue 11 item 6) from SaudiNewsNet, and split them.

The draw and the split are fixed *before* any annotation, system run or tuning, so the set is not picked for being
easy and the held-out half is never looked at through the system's errors. Run it to see the draw; the hand
annotations live in ``data/places_audit.jsonl`` (see ``data/README.md``).

Rule:

* Every article of ``../shared/data/news/saudinewsnet/*.zip`` whose ``content`` is 300–1,500 characters long (the
  cap keeps hand annotation of *every* place mention honest within the time given), in zip order, **except** the
  articles of the events dev set (``data/events_dev.jsonl``, matched by url).
* ``head`` = the title + the first 400 characters of ``content``. An article is in a country pool when its head
  matches the violence pattern of ``select_events_dev.VIOLENCE`` and the pool's place pattern; pools are tried in
  the order of ``POOLS`` (yemen, iraq, libya, egypt, sudan, syria) and an article goes to the first that matches.
  Saudi-border stories (Jazan, Najran) are left out: the audit is about the six countries.
* Each pool is shuffled with ``random.Random(f"{SEED}:{pool}")`` and the first ``N_PER_POOL`` articles are taken,
  skipping a title already taken (the same story from a second newspaper counts once).
* Split, fixed with the draw: inside each pool the drawn articles are sorted by (zip, url), shuffled with
  ``random.Random(f"{SEED}:split:{pool}")``; the first half (rounded up) is ``tune``, the rest ``heldout``.
* An article is annotated as it is, whatever it turns out to be about; none is dropped or redrawn.

Usage::

    python benchmarks/select_places_audit.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_events_dev import VIOLENCE, load, words

SEED = 20151111
MIN_CHARS, MAX_CHARS = 300, 1500
HEAD_CHARS = 400
N_PER_POOL = 10
EVENTS_DEV = Path(__file__).resolve().parent / "data" / "events_dev.jsonl"

POOLS: list[tuple[str, str]] = [
    (
        "yemen",
        words("اليمن", "يمن", "يمني", "يمنية", "الحوثي", "حوثي", "الحوثيين", "حوثيين", "عدن", "تعز", "صنعاء", "مأرب"),
    ),
    (
        "iraq",
        words(
            "العراق", "عراق", "عراقي", "عراقية", "بغداد", "الأنبار", "أنبار", "الرمادي", "الموصل", "الفلوجة", "تكريت"
        ),
    ),
    ("libya", words("ليبيا", "ليبي", "ليبية", "بنغازي", "درنة", "سرت", "طرابلس الليبية")),
    ("egypt", words("مصر", "مصري", "مصرية", "سيناء", "العريش", "الشيخ زويد", "القاهرة")),
    ("sudan", words("السودان", "سودان", "سوداني", "سودانية", "دارفور", "الخرطوم", "كردفان", "جوبا")),
    ("syria", words("سوريا", "سورية", "سوري", "حلب", "إدلب", "ادلب", "حمص", "دمشق", "درعا", "الرقة", "رقة")),
]


def excluded() -> set[str]:
    """The urls of the events dev set's articles."""
    if not EVENTS_DEV.exists():
        return set()
    return {json.loads(line)["key"]["url"] for line in EVENTS_DEV.read_text(encoding="utf-8").splitlines() if line}


def draw(rows: list[tuple[str, dict]]) -> list[tuple[str, str, str, dict]]:
    """The drawn (pool, split, zip date, article) tuples, pool by pool."""
    skip = excluded()
    compiled = [(name, re.compile(p)) for name, p in POOLS]
    candidates: dict[str, list[tuple[str, dict]]] = {name: [] for name, _ in POOLS}
    for zip_date, a in rows:
        content = a.get("content") or ""
        if not MIN_CHARS <= len(content) <= MAX_CHARS or a.get("url") in skip:
            continue
        head = (a.get("title") or "") + " " + content[:HEAD_CHARS]
        if not VIOLENCE.search(head):
            continue
        name = next((n for n, p in compiled if p.search(head)), None)
        if name is not None:
            candidates[name].append((zip_date, a))
    out: list[tuple[str, str, str, dict]] = []
    titles: set[str] = set()
    for name, _ in POOLS:
        order = list(candidates[name])
        random.Random(f"{SEED}:{name}").shuffle(order)
        taken: list[tuple[str, dict]] = []
        for zip_date, a in order:
            if len(taken) >= N_PER_POOL:
                break
            title = " ".join((a.get("title") or "").split())
            if title in titles:
                continue
            titles.add(title)
            taken.append((zip_date, a))
        taken.sort(key=lambda t: (t[0], t[1]["url"]))
        random.Random(f"{SEED}:split:{name}").shuffle(taken)
        half = (len(taken) + 1) // 2
        out.extend((name, "tune" if i < half else "heldout", z, a) for i, (z, a) in enumerate(taken))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args(argv)
    rows = load(args.shared)
    if not rows:
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    for name, split, zip_date, a in draw(rows):
        print(
            json.dumps(
                {"pool": name, "split": split, "zip": zip_date, "url": a["url"], "title": a.get("title")},
                ensure_ascii=False,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
