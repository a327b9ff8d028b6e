"""Draw a fresh hand audit of rasd's claims (issue 13, round 12, helper cl3): 50 random claims of 150 random
SaudiNewsNet articles outside every annotated file, to be judged by hand (right = reported speech and the right
person or body, as in the earlier audits of ``docs/claims.md``).

Rule, fixed before any article was read:

* Every article of ``../shared/data/news/saudinewsnet/*.zip`` whose ``content`` is 300–3,000 characters long, in
  zip order, whose url's SHA-1 has its second-to-last hex digit in ``a b c d e f`` (round 12: several helpers draw
  at once, each from its own digits), and whose (zip, url) and url are in no annotated file of ``benchmarks/data/``
  (every ``*.jsonl`` there, the dev set's both halves included: their keys only are read).
* ``random.Random(SEED)`` samples 150 of them (sorted by zip and url first); rasd (``--ner fast``) runs on each;
  the same generator then samples 50 of all their claims, printed in (zip, url) order with the words around the
  marker.

The pool depends on the annotated files present when it runs: round 12's draw (150 articles, 398 claims) was made
with the files of commit d8d83f4 plus the helpers' files then in the tree, judged 43/50 (see docs/claims.md,
"Round 12: claims (helper cl3)").

Usage::

    python benchmarks/select_claims_audit2.py [--shared ../shared] > audit.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path
from typing import Any

from bench_events import run_article
from select_events_dev import DATA, annotated_keys, load

SEED = 1212
N_ARTICLES, N_CLAIMS = 150, 50
MIN_CHARS, MAX_CHARS = 300, 3000
DIGITS = frozenset("abcdef")


def in_range(url: str | None) -> bool:
    """Whether the second-to-last hex digit of the url's SHA-1 is one of :data:`DIGITS`."""
    return bool(url) and hashlib.sha1(str(url).encode()).hexdigest()[-2] in DIGITS


def pool(shared: Path) -> list[tuple[str, dict[str, Any]]]:
    keys = annotated_keys(sorted(p.name for p in DATA.glob("*.jsonl")))
    urls = {u for _, u in keys}
    out = [
        (z, a)
        for z, a in load(shared)
        if MIN_CHARS <= len(a.get("content") or "") <= MAX_CHARS
        and in_range(a.get("url"))
        and (z, a.get("url")) not in keys
        and a.get("url") not in urls
    ]
    out.sort(key=lambda x: (x[0], x[1].get("url") or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args(argv)
    import rasd

    rng = random.Random(SEED)
    chosen = rng.sample(pool(args.shared), N_ARTICLES)
    pipeline = rasd.Pipeline(settings=rasd.Settings(ner="fast"))
    found: list[tuple[str, str, dict[str, Any]]] = []
    for zip_date, a in chosen:
        doc, _ = run_article(pipeline, a, (a.get("date_extracted") or "")[:10] or None)
        for c in doc.claims:
            if isinstance(c, dict):
                at = (c.get("marker") or c["content"])["start"]
                c["context"] = " ".join(doc.text[max(0, at - 160) : at + 100].split())
                found.append((zip_date, a["url"], c))
    print(f"{len(chosen)} articles, {len(found)} claims; {N_CLAIMS} drawn with random.Random({SEED})")
    drawn = sorted(rng.sample(found, min(N_CLAIMS, len(found))), key=lambda x: x[:2])
    for i, (zip_date, url, c) in enumerate(drawn):
        sp = c["speaker"]
        row = {
            "n": i + 1,
            "zip": zip_date,
            "url": url,
            "speaker": sp.get("text"),
            "found_by": sp.get("found_by"),
            "marker": (c.get("marker") or {}).get("text"),
            "channel": c["channel"],
            "via": c.get("reported_via"),
            "content": " ".join(c["content"]["text"].split())[:160],
            "context": c["context"],
        }
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
