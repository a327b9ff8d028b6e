"""Throughput of the Arabic text core: normalization, tokenization, sentence splitting and lexicon matching.

Usage::

    .venv/bin/python benchmarks/bench_text.py [--articles N] [--entries N] [--repeat N]

Text: article bodies from ``../shared/data/news/saudinewsnet`` (JSON files inside daily zips) when present,
otherwise the files in ``examples/`` repeated. Lexicon: Arabic and Latin names from
``../shared/data/gazetteer/geonames-cities500-mena`` when present, topped up to ``--entries`` with one- to
three-word phrases drawn from the text itself (so many entries really occur), otherwise phrases only.

Every number is measured in the same run: tokens/s of :func:`rasd.text.segment.tokenize` beside a plain
``str.split()`` baseline on the same text, and MB/s (UTF-8 bytes of the source text) of the matcher, both on a
fresh string (normalization included) and on a prepared :class:`NormalizedView`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus import article_bodies

from rasd.text.matcher import LexiconMatcher
from rasd.text.normalize import normalize, normalize_view
from rasd.text.segment import split_sentences, tokenize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "data" / "news" / "saudinewsnet"
GEONAMES = SHARED / "data" / "gazetteer" / "geonames-cities500-mena" / "cities500_mena.jsonl"


def load_texts(limit: int) -> tuple[list[str], str]:
    """Article bodies (at most ``limit``) and a description of where they came from."""
    texts: list[str] = []
    if NEWS.is_dir():
        texts = article_bodies(NEWS, limit)
        return texts, f"saudinewsnet ({len(texts)} articles)"
    examples = sorted(p for p in (ROOT / "examples").glob("*") if p.is_file())
    base = [p.read_text(encoding="utf-8", errors="replace") for p in examples]
    if not base:
        sys.exit("no text to measure: neither ../shared/data/news/saudinewsnet nor examples/ is present")
    while len(texts) < limit:
        texts.extend(base)
    print("note: ../shared/data/news/saudinewsnet not present, measuring on examples/ repeated", file=sys.stderr)
    return texts[:limit], f"examples/ repeated ({len(texts[:limit])} files)"


def build_lexicon(texts: list[str], size: int, seed: int = 7) -> list[tuple[str, int]]:
    """``size`` entries: gazetteer names first, then phrases sampled from the texts."""
    names: list[str] = []
    if GEONAMES.is_file():
        with GEONAMES.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                names.append(row["name"])
                names.extend(row.get("alternatenames") or [])
    seen: set[str] = set()
    entries: list[tuple[str, int]] = []
    for name in names:
        if name not in seen and len(entries) < size:
            seen.add(name)
            entries.append((name, len(entries)))
    rng = random.Random(seed)
    words = [w for t in texts[:2000] for w in t.split() if w.isalpha()]
    while len(entries) < size and words:
        k = rng.choice((1, 2, 2, 3))
        i = rng.randrange(max(1, len(words) - k))
        phrase = " ".join(words[i : i + k])
        if phrase not in seen:
            seen.add(phrase)
            entries.append((phrase, len(entries)))
    return entries


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    """The fastest of ``repeat`` runs of ``fn`` (seconds) and its last result."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500, help="articles to measure on (default 1500)")
    parser.add_argument("--entries", type=int, default=50_000, help="lexicon size (default 50000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args()

    texts, origin = load_texts(args.articles)
    n_chars = sum(map(len, texts))
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    mb = n_bytes / 1e6
    print(f"text: {origin}, {n_chars:,} characters, {mb:.2f} MB UTF-8")

    t_split, n_split = best_of(args.repeat, lambda: sum(len(t.split()) for t in texts))
    t_tok, n_tok = best_of(args.repeat, lambda: sum(len(tokenize(t)) for t in texts))
    print(f"str.split baseline : {n_split / t_split:>12,.0f} tokens/s ({n_split:,} tokens)")
    print(f"tokenize           : {n_tok / t_tok:>12,.0f} tokens/s ({n_tok:,} tokens)")
    print(f"  ratio tokenize/str.split (tokens/s): {(n_tok / t_tok) / (n_split / t_split):.3f}")
    print(f"  time ratio tokenize/str.split: {t_tok / t_split:.1f}x")

    t_sent, n_sent = best_of(args.repeat, lambda: sum(len(split_sentences(t)) for t in texts))
    print(f"split_sentences    : {mb / t_sent:>12.2f} MB/s ({n_sent:,} sentences)")
    t_norm, _ = best_of(args.repeat, lambda: [normalize(t) for t in texts])
    t_view, views = best_of(args.repeat, lambda: [normalize_view(t) for t in texts])
    print(f"normalize          : {mb / t_norm:>12.2f} MB/s")
    print(f"normalize_view     : {mb / t_view:>12.2f} MB/s")

    entries = build_lexicon(texts, args.entries)
    t0 = time.perf_counter()
    matcher = LexiconMatcher(entries)
    t_build = time.perf_counter() - t0
    print(f"lexicon            : {len(matcher):,} entries indexed in {t_build:.2f} s ({len(matcher.skipped)} skipped)")
    # cold: a fresh matcher cache and fresh strings (normalization included)
    cold = LexiconMatcher(entries)
    fresh = ["".join(t) for t in texts]  # distinct objects, so no memoized view is reused
    t0 = time.perf_counter()
    n_match = sum(len(cold.find_all(t)) for t in fresh)
    t_cold = time.perf_counter() - t0
    t_views, n_match_v = best_of(args.repeat, lambda: sum(len(matcher.find_all(v)) for v in views))
    print(f"matcher, str input (view built, cold cache): {mb / t_cold:>8.2f} MB/s ({n_match:,} matches)")
    print(f"matcher, prepared view (warm cache)        : {mb / t_views:>8.2f} MB/s ({n_match_v:,} matches)")


if __name__ == "__main__":
    main()
