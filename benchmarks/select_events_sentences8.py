"""Draw batch 8 of the events sentence set (``data/events_sentences8.jsonl``) from SaudiNewsNet.

Issue 12, round 11: a fresh blind batch of real single sentences, each given to rasd alone (no title, no date), to
measure the start and end code of the round. The rule and the seed were fixed (and this script committed) before any
drawn sentence was read; the sentences were coded by hand, and the coder never ran rasd on them.

Rule (batch 1's, ``select_events_sentences.py``: its :func:`sentences`, :func:`pool_of`, ``MAX_CONTENT``,
``MIN_SENT``/``MAX_SENT``), with a new seed, new sizes and a hash range:

* Articles of SaudiNewsNet whose url is in no annotated file of ``benchmarks/data/`` at the draw (``EXCLUDED_FILES``:
  every ``*.jsonl`` there, ``events_sentences.jsonl`` with batches 1–7 and round 11's ``events_tune10``/``tune11``
  included), whose title is not the title of a batch 1–7 article, whose content is at most 6,000 characters, and
  whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (second-to-last hex digit) is in ``HASH_DIGITS`` (0–7).
* Sentences cut as in batch 1 (40–320 characters); a sentence goes to the first pool it fits, batch 1's
  :func:`pool_of`: ``attack`` 40, ``protest`` 30, ``arrest`` 15 (each with no ``OTHER`` word), ``negative`` 35 (a word
  of the three lists and an ``OTHER`` word): 120 sentences.
* Each pool is sorted by (zip, url, start), shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261231``;
  sentences are taken in that order, one per article (a url or a title taken once across the pools). Sentences are
  coded as they are, whatever their pool. Nothing is redrawn.

Usage::

    python benchmarks/select_events_sentences8.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_events_dev import load
from select_events_sentences import MAX_CONTENT, MAX_SENT, MIN_SENT, pool_of, sentences, take_pools
from select_places_audit3 import excluded as urls_in

SEED = 20261231
HASH_DIGITS = frozenset("01234567")
SIZES = {"attack": 40, "protest": 30, "arrest": 15, "negative": 35}
#: every annotated file of ``benchmarks/data/`` when this batch was drawn (a later file does not change the draw)
EXCLUDED_FILES = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_args_audit.jsonl",
    "events_dev.jsonl",
    "events_rowjudge.jsonl",
    "events_sentences.jsonl",
    "events_tune10.jsonl",
    "events_tune11.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_tune7.jsonl",
    "events_tune8.jsonl",
    "events_tune9.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)
SENTENCE_FILE = "events_sentences.jsonl"


def in_range(url: str | None, digits: frozenset[str] = HASH_DIGITS) -> bool:
    """Whether the second-to-last hex digit of the url's SHA-1 is one of ``digits``."""
    return bool(url) and hashlib.sha1(str(url).encode()).hexdigest()[-2] in digits


def draw(
    rows: list[tuple[str, dict[str, Any]]],
    *,
    seed: int = SEED,
    digits: frozenset[str] = HASH_DIGITS,
    excluded_files: tuple[str, ...] = EXCLUDED_FILES,
    sentence_files: tuple[str, ...] = (SENTENCE_FILE,),
    sizes: dict[str, int] | None = None,
    pool_of: Callable[[str], str | None] = pool_of,
) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence, pool by pool; the defaults are batch 8's
    (batches 9 and 10 pass their own seed, digits and files; batch 11 its own sizes too; batches 13 and 14 their own
    ``pool_of`` too, and all their excluded files as ``sentence_files``, whose titles are left out)."""
    sizes = SIZES if sizes is None else sizes
    skip = urls_in(excluded_files)
    earlier = urls_in(sentence_files)
    old_titles = {" ".join((a.get("title") or "").split()) for _, a in rows if a.get("url") in earlier}
    old_titles.discard("")
    pools: dict[str, list[tuple[str, dict[str, Any], int, int]]] = {name: [] for name in sizes}
    for zip_date, a in rows:
        content = a.get("content") or ""
        url = a.get("url")
        if url in skip or not in_range(url, digits) or not content or len(content) > MAX_CONTENT:
            continue
        if " ".join((a.get("title") or "").split()) in old_titles:
            continue
        for s, e in sentences(content):
            if MIN_SENT <= e - s <= MAX_SENT and (name := pool_of(content[s:e])) is not None:
                pools[name].append((zip_date, a, s, e))
    return take_pools(pools, sizes, seed, untitled_apart=True)


def main(argv: list[str] | None = None, *, doc: str | None = __doc__, **params: Any) -> int:
    """Print the draw as JSON lines; ``params`` go to :func:`draw` (batch 9 passes its own)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--text", action="store_true", help="also print each sentence (for coding; never commit it)")
    args = parser.parse_args(argv)
    rows = load(args.shared)
    if not rows:
        print(f"SKIP: no SaudiNewsNet zips under {args.shared}")
        return 0
    for name, zip_date, a, s, e in draw(rows, **params):
        row = {"pool": name, "zip": zip_date, "url": a["url"], "start": s, "end": e}
        if args.text:
            row["sentence"] = a["content"][s:e]
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
