"""The fourth row-judgment file (benchmarks/data/events_rowjudge4.jsonl, round 17, helper fp6): annotations only,
the shape ``bench_events_rowjudge.py --set rowjudge4`` reads, its draw rule (round 17's helpers' hash range), and
disjoint from every other annotated SaudiNewsNet file."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from .test_events_round16_rowjudge3 import check_judged_records
from .test_events_rowjudge2_file import (
    check_bench_matches_every_judged_row,
    check_disjoint,
    check_draw_gives,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge4.jsonl"
SHARED = ROOT.parent / "shared"
CLASSES = {
    "retold_old",
    "other",
    "duplicate",
    "condemnation_condolence",
    "plan_threat_future",
    "history_anniversary",
    "figure_of_speech",
}
CAUSES = {"duplicate", "future", "hypothetical", "background", "negated", "reaction", "name_misread", "word_misread"}
#: the class of a false row (round 16's list, the lead's classes of round 17)
FAULTS = {
    "metaphor",
    "sports",
    "economy",
    "politics",
    "future",
    "history",
    "background",
    "general",
    "commentary",
    "duplicate",
    "reaction",
    "negated",
    "misread",
}
MISSED = {
    "capture",
    "clash",
    "air_strike",
    "attack_on_position",
    "explosion",
    "killing",
    "arrests",
    "fire",
    "second_place",
    "merged",
    "other",
}
sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 47
    assert [r["id"] for r in recs] == [f"fp4{i:03d}" for i in range(47)]
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 70
    assert Counter(x["label"] for x in rows) == Counter({True: 37, False: 33})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {
            "background": 8,
            "duplicate": 7,
            "general": 6,
            "future": 3,
            "economy": 3,
            "reaction": 2,
            "history": 2,
            "negated": 1,
            "metaphor": 1,
        }
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    assert sum(len(r["missed"]) for r in recs) == 16
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 21


def test_annotations_only_and_round17_helpers_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        digest = hashlib.sha1(rec["key"]["url"].encode()).hexdigest()
        assert digest[-2] in "0123456789" and digest[-3] in "0123456789ab"
        assert 250 <= rec["content_len"] <= 3000
        for x in rec["rows"]:
            assert "trigger" not in x


def test_disjoint_from_every_other_annotated_file() -> None:
    check_disjoint(FILE)


def test_draw_rule_is_rowjudge3s_with_its_own_seed_length_and_range() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second
    import select_events_rowjudge3 as third
    import select_events_rowjudge4 as fourth

    assert fourth.SEED == 20261730 and fourth.SEED not in (first.SEED, second.SEED, third.SEED)
    assert (fourth.MIN_CHARS, fourth.MAX_CHARS) == (250, 3000)
    assert frozenset("0123456789") == fourth.HASH_DIGITS
    assert frozenset("0123456789ab") == fourth.THIRD_DIGITS
    from draws import ROUND17_FILES, ROUND17_THIRD_DIGITS

    assert not fourth.THIRD_DIGITS & ROUND17_THIRD_DIGITS
    assert [p[:2] for p in fourth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert {"events_rowjudge.jsonl", "events_rowjudge2.jsonl", "events_rowjudge3.jsonl"} <= set(ROUND17_FILES)
    later = {"events_tune21.jsonl", "events_sentences22.jsonl", "claims_check15.jsonl"}
    assert set(fourth.EXCLUDED_FILES) == set(ROUND17_FILES) | later


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge4"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge4"] == FILE and bench.SETS["rowjudge3"].name == "events_rowjudge3.jsonl"
    check_bench_matches_every_judged_row(FILE)
