"""The third row-judgment file (benchmarks/data/events_rowjudge3.jsonl, round 16, helper fp5): annotations only,
the shape ``bench_events_rowjudge.py --set rowjudge3`` reads, its draw rule, and disjoint from every other annotated
SaudiNewsNet file."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from .test_events_rowjudge2_file import (
    ARABIC,
    TYPES,
    check_bench_matches_every_judged_row,
    check_disjoint,
    check_draw_gives,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge3.jsonl"
SHARED = ROOT.parent / "shared"
CLASSES = {"retold_old", "other", "duplicate", "condemnation_condolence", "plan_threat_future", "history_anniversary"}
CAUSES = {"duplicate", "future", "hypothetical", "background", "negated", "reaction", "name_misread", "word_misread"}
#: the round-16 class of a false row (the lead's list: no event of one kind, a duplicate, a reaction)
FAULTS = {
    "metaphor",
    "sports",
    "economy",
    "politics",
    "future",
    "history",
    "background",
    "general",
    "duplicate",
    "reaction",
    "negated",
    "misread",
}
MISSED = {"capture", "attack_on_position", "explosion", "fire", "second_place", "merged"}
sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 38
    assert len({r["id"] for r in recs}) == len(recs)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 46
    assert Counter(x["label"] for x in rows) == Counter({True: 31, False: 15})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"duplicate": 5, "general": 4, "background": 3, "reaction": 3}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    assert sum(len(r["missed"]) for r in recs) == 14


def check_judged_records(
    recs: list[dict], classes: set[str], causes: set[str], faults: set[str], missed: set[str]
) -> None:
    """Every judged row and missed event of a row-judgment file (rowjudge3's shape, kept by rowjudge4) is well formed:
    spans inside the text, a true row with its four field judgements and no fault, a false row with its class, cause
    and fault from the given lists, English reasons only."""
    for rec in recs:
        assert set(rec) >= {"id", "key", "published", "content_start", "content_len", "content_sha1", "rows", "missed"}
        for x in rec["rows"]:
            assert x["event_type"] in TYPES
            assert 0 <= x["trigger_start"] < x["trigger_end"] <= rec["text_len"]
            assert x["evidence_start"] <= x["trigger_start"] and x["trigger_end"] <= x["evidence_end"]
            oks = ("type_ok", "place_ok", "date_ok", "actor1_ok")
            if x["label"] is True:
                assert x["class"] is None and x["cause"] is None and x["fault"] is None
                assert all(isinstance(x[k], bool) for k in oks)
            else:
                assert x["label"] is False and x["class"] in classes and x["cause"] in causes
                assert x["fault"] in faults
                assert all(x[k] is None for k in oks)
            assert x["why"] and not ARABIC.search(x["why"])
        for m in rec["missed"]:
            assert 0 <= m["start"] < m["end"] <= rec["text_len"]
            assert m["event_type"] in TYPES and m["kind"] in missed
            assert m["why"] and not ARABIC.search(m["why"])


def test_annotations_only_and_own_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        assert hashlib.sha1(rec["key"]["url"].encode()).hexdigest()[-2] in "0123456789"
        for x in rec["rows"]:
            assert "trigger" not in x


def test_disjoint_from_every_other_annotated_file() -> None:
    check_disjoint(FILE)


def test_draw_rule_is_rowjudge2s_with_its_own_seed() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second
    import select_events_rowjudge3 as third

    assert third.SEED == 20261620 and third.SEED not in (first.SEED, second.SEED)
    assert frozenset("0123456789") == third.HASH_DIGITS
    assert (third.MIN_CHARS, third.MAX_CHARS) == (first.MIN_CHARS, first.MAX_CHARS)
    assert [p[:2] for p in third.pools()] == [p[:2] for p in first.PLACE_POOLS]
    from draws import ROUND15_FILES

    assert {"events_rowjudge.jsonl", "events_rowjudge2.jsonl"} <= set(ROUND15_FILES)
    assert set(third.EXCLUDED_FILES) == set(ROUND15_FILES) | {"claims_check13.jsonl", "events_tune19.jsonl"}


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge3"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge3"] == FILE and bench.SETS["rowjudge2"].name == "events_rowjudge2.jsonl"
    check_bench_matches_every_judged_row(FILE)
