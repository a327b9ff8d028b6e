"""The sixth row-judgment file (benchmarks/data/events_rowjudge6.jsonl, round 28, helper fp7): every discrete ACLED
row rasd gave at round 28's start tree (d8d4e32) on 45 fresh articles (250-3,000 characters), judged by hand.
Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge6`` reads, the counts, the draw rule (the
helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 28's blind tune38 and check27
cannot meet), the lengths, disjointness from every other annotated SaudiNewsNet file and, with the corpus, the
committed draw re-run. Nothing here runs rasd."""

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
FILE = DATA / "events_rowjudge6.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 45
    assert [r["id"] for r in recs] == [f"fp7{i:03d}" for i in range(45)]
    assert Counter(r["pool"] for r in recs) == Counter(
        {"yemen": 24, "syria": 10, "egypt": 6, "palestine": 1, "negative": 4}
    )
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 84 and sum(1 for r in recs if r["rows"]) == 27
    assert Counter(x["label"] for x in rows) == Counter({True: 77, False: 7})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter({"duplicate": 6, "reaction": 1})
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter(
        {"merged": 13, "second_place": 10, "clash": 3, "explosion": 2, "fire": 1, "capture": 1, "air_strike": 1}
    )
    assert sum(len(r["missed"]) for r in recs) == 31
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 75 and sum(x["place_ok"] for x in true_rows) == 55
    assert sum(x["date_ok"] for x in true_rows) == 75 and sum(x["actor1_ok"] for x in true_rows) == 62
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 52
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 39


def test_near_copies_of_annotated_texts_are_marked() -> None:
    """Articles whose six-word runs are largely an annotated text's (the same agency story in another paper) carry
    ``near_copy`` (the file and the share, 25 % or more); the lead may score the set without those of 50 % or more."""
    recs = records()
    marked = {r["id"]: r["near_copy"] for r in recs if r["near_copy"]}
    assert len(marked) == 11 and all(25 <= m["share"] <= 100 and m["file"].endswith(".jsonl") for m in marked.values())
    copies = [r for r in recs if r["near_copy"] and r["near_copy"]["share"] >= 50]
    assert [r["id"] for r in copies] == ["fp7005", "fp7011", "fp7020", "fp7024", "fp7029", "fp7031", "fp7038"]
    rows = [x for r in copies for x in r["rows"]]
    assert len(rows) == 9 and all(x["label"] for x in rows)


def test_annotations_only_short_articles_and_the_helpers_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        digest = hashlib.sha1(rec["key"]["url"].encode()).hexdigest()
        assert digest[-2] in "0123456789" and digest[-3] in "0123456789ab"
        assert 250 <= rec["content_len"] <= 3000
        assert rec["published"] == rec["key"]["zip"]
        for x in rec["rows"]:
            assert "trigger" not in x


def test_disjoint_from_every_other_annotated_file() -> None:
    check_disjoint(FILE)


def test_draw_rule_is_rowjudge4s_with_its_own_seed_and_the_copies_left_out() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second
    import select_events_rowjudge3 as third
    import select_events_rowjudge4 as fourth
    import select_events_rowjudge5 as fifth
    import select_events_rowjudge6 as sixth

    earlier = (first.SEED, second.SEED, third.SEED, fourth.SEED, fifth.SEED)
    assert sixth.SEED == 20282806 and sixth.SEED not in earlier
    assert (sixth.MIN_CHARS, sixth.MAX_CHARS) == (250, 3000)
    from draws import (
        DIGITS,
        ROUND18_LONG_DIGITS,
        ROUND28_CLAIMS2_THIRD,
        ROUND28_FILES,
    )

    assert sixth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == sixth.THIRD_DIGITS
    # round 28's blind tune38 takes a second-to-last a-f, its blind check27 a digit then c-f: neither can meet this draw
    assert not sixth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert not sixth.THIRD_DIGITS & ROUND28_CLAIMS2_THIRD
    assert [p[:2] for p in sixth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert {name: n for name, _, n in sixth.pools()} == {
        "yemen": 24,
        "syria": 10,
        "iraq": 0,
        "libya": 0,
        "egypt": 6,
        "palestine": 1,
        "saudi_border": 0,
    }
    assert sixth.NEGATIVES == 4
    assert tuple(sixth.EXCLUDED_FILES) == ROUND28_FILES
    assert {f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5)} <= set(ROUND28_FILES)


def test_the_draw_also_skips_copies_of_excluded_articles() -> None:
    text = "نص مقال منشور مرتين في صحيفتين"
    rows = [
        ("2015-07-21", {"url": "http://a.example/1", "content": text}),
        ("2015-07-22", {"url": "http://b.example/2", "content": " " + text + " "}),
        ("2015-07-22", {"url": "http://a.example/1?ref=x", "content": "نص آخر"}),
        ("2015-07-23", {"url": "http://c.example/3", "content": "نص ثالث"}),
    ]
    from select_events_tune38 import copies_of_excluded

    skip = {("2015-07-21", "http://a.example/1")}
    assert copies_of_excluded(rows, skip) == {
        ("2015-07-22", "http://b.example/2"),
        ("2015-07-22", "http://a.example/1?ref=x"),
    }


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge6"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge6"] == FILE and bench.SETS["rowjudge5"].name == "events_rowjudge5.jsonl"
    check_bench_matches_every_judged_row(FILE)
