"""The fifth row-judgment file (benchmarks/data/events_rowjudge5.jsonl, round 19, helper rj5): every discrete ACLED
row rasd gave at round 19's start tree on 27 fresh LONG articles (3,001-12,000 characters), judged by hand.
Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge5`` reads, the draw rule (a blind hash range
helpers never sample: ``sha1(url)[-2]`` in a-f, ``[-3]`` in 4-9 or a-f, beside round 19's blind tune27 and check17),
the lengths, disjointness from every other annotated SaudiNewsNet file and, with the corpus, the committed draw
re-run. Nothing here runs rasd."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from .test_events_round16_rowjudge3 import check_judged_records
from .test_events_round17_rowjudge4 import CAUSES, CLASSES, FAULTS, MISSED
from .test_events_rowjudge2_file import (
    check_bench_matches_every_judged_row,
    check_disjoint,
    check_draw_gives,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge5.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 27
    assert [r["id"] for r in recs] == [f"rj5{i:03d}" for i in range(27)]
    assert Counter(r["pool"] for r in recs) == Counter(
        {"yemen": 8, "syria": 7, "iraq": 4, "egypt": 3, "palestine": 1, "negative": 4}
    )
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 78 and sum(1 for r in recs if r["rows"]) == 16
    assert Counter(x["label"] for x in rows) == Counter({True: 39, False: 39})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"duplicate": 13, "general": 10, "background": 6, "future": 6, "history": 3, "negated": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    assert sum(len(r["missed"]) for r in recs) == 16
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 21
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 18


def test_annotations_only_long_articles_and_the_blind_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        digest = hashlib.sha1(rec["key"]["url"].encode()).hexdigest()
        assert digest[-2] in "abcdef" and digest[-3] in "456789abcdef"
        assert 3001 <= rec["content_len"] <= 12000
        assert rec["published"] == rec["key"]["zip"]
        for x in rec["rows"]:
            assert "trigger" not in x


def test_disjoint_from_every_other_annotated_file() -> None:
    check_disjoint(FILE)


def test_draw_rule_is_rowjudge4s_with_its_own_seed_length_and_range() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second
    import select_events_rowjudge3 as third
    import select_events_rowjudge4 as fourth
    import select_events_rowjudge5 as fifth

    assert fifth.SEED == 20261931 and fifth.SEED not in (first.SEED, second.SEED, third.SEED, fourth.SEED)
    assert (fifth.MIN_CHARS, fifth.MAX_CHARS) == (3001, 12000)
    from draws import ROUND18_LONG_DIGITS, ROUND19_CLAIMS_THIRD, ROUND19_EVENTS_THIRD, ROUND19_FILES

    assert fifth.HASH_DIGITS == ROUND18_LONG_DIGITS
    assert frozenset("456789abcdef") == fifth.THIRD_DIGITS
    # round 19's blind tune27 and check17 took the other third-from-last digits of the same range
    assert not fifth.THIRD_DIGITS & (ROUND19_EVENTS_THIRD | ROUND19_CLAIMS_THIRD)
    assert [p[:2] for p in fifth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert {name: n for name, _, n in fifth.pools()} == {
        "yemen": 8,
        "syria": 8,
        "iraq": 5,
        "libya": 3,
        "egypt": 5,
        "palestine": 4,
        "saudi_border": 3,
    }
    assert fifth.NEGATIVES == 4
    assert tuple(fifth.EXCLUDED_FILES) == (*ROUND19_FILES, "events_tune27.jsonl", "claims_check17.jsonl")
    assert {f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4)} <= set(ROUND19_FILES)


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge5"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge5"] == FILE and bench.SETS["rowjudge4"].name == "events_rowjudge4.jsonl"
    check_bench_matches_every_judged_row(FILE)
