"""The seventh row-judgment file (benchmarks/data/events_rowjudge7.jsonl, round 29, helper fp8): every discrete ACLED
row rasd gave at round 29's start tree (9f96377) on 30 fresh articles (250-3,000 characters), judged by hand.
Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge7`` reads, the counts, the draw rule (the
helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 29's blind tune39 and check28
cannot meet; near copies of annotated texts left out), the lengths, disjointness from every other annotated
SaudiNewsNet file and, with the corpus, the committed draw re-run. Nothing here runs rasd."""

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
FILE = DATA / "events_rowjudge7.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp8{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter({"yemen": 22, "egypt": 3, "syria": 1, "negative": 4})
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 42 and sum(1 for r in recs if r["rows"]) == 20
    assert Counter(x["label"] for x in rows) == Counter({True: 32, False: 10})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"background": 4, "duplicate": 3, "general": 2, "future": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter({"second_place": 7, "capture": 5, "clash": 2, "air_strike": 2, "other": 1})
    assert sum(len(r["missed"]) for r in recs) == 17
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 30 and sum(x["place_ok"] for x in true_rows) == 23
    assert sum(x["date_ok"] for x in true_rows) == 32 and sum(x["actor1_ok"] for x in true_rows) == 26
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 22
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 17


def test_no_near_copy_and_the_partial_overlaps_are_marked() -> None:
    """The draw left out every article sharing 50 % or more of its six-word runs with one annotated text; those drawn
    that share 25 % or more carry ``near_copy`` (the file and the share)."""
    marked = {r["id"]: r["near_copy"] for r in records() if r["near_copy"]}
    assert sorted(marked) == ["fp8000", "fp8004", "fp8008", "fp8012", "fp8018", "fp8024"]
    assert all(25 <= m["share"] < 50 and m["file"].endswith(".jsonl") for m in marked.values())


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


def test_draw_rule_is_rowjudge6s_with_its_own_seed_and_the_near_copies_left_out() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second
    import select_events_rowjudge3 as third
    import select_events_rowjudge4 as fourth
    import select_events_rowjudge5 as fifth
    import select_events_rowjudge6 as sixth
    import select_events_rowjudge7 as seventh

    earlier = (first.SEED, second.SEED, third.SEED, fourth.SEED, fifth.SEED, sixth.SEED)
    assert seventh.SEED == 20292907 and seventh.SEED not in earlier
    assert (seventh.MIN_CHARS, seventh.MAX_CHARS) == (250, 3000) and seventh.SHARE == 0.5
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND29_CLAIMS2_THIRD, ROUND29_FILES

    assert seventh.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == seventh.THIRD_DIGITS
    # round 29's blind tune39 takes a second-to-last a-f, its blind check28 a digit then c-f: neither can meet this draw
    assert not seventh.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert not seventh.THIRD_DIGITS & ROUND29_CLAIMS2_THIRD
    assert [p[:2] for p in seventh.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert {name: n for name, _, n in seventh.pools()} == {
        "yemen": 22,
        "syria": 1,
        "iraq": 0,
        "libya": 0,
        "egypt": 3,
        "palestine": 0,
        "saudi_border": 0,
    }
    assert seventh.NEGATIVES == 4
    assert tuple(seventh.EXCLUDED_FILES) == ROUND29_FILES
    assert {f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6)} <= set(ROUND29_FILES)


def test_near_copies_are_those_of_half_their_six_word_runs_or_more() -> None:
    import select_events_rowjudge7 as seventh

    def url_in_range(start: int) -> str:
        n = start
        while not seventh.in_range3(f"http://b.example/{n}", seventh.THIRD_DIGITS):
            n += 1
        return f"http://b.example/{n}"

    annotated = " ".join(f"كلمة{i}" for i in range(40))
    most = " ".join(f"كلمة{i}" for i in range(30)) + " " + " ".join(f"أخرى{i}" for i in range(10))
    little = " ".join(f"كلمة{i}" for i in range(8)) + " " + " ".join(f"أخرى{i}" for i in range(32))
    fill = " " + "تقرير " * 50
    u_most = url_in_range(0)
    u_little = url_in_range(int(u_most.rsplit("/", 1)[1]) + 1)
    rows = [
        ("2015-07-21", {"url": "http://a.example/1", "content": annotated + fill}),
        ("2015-07-22", {"url": u_most, "content": most + fill}),
        ("2015-07-22", {"url": u_little, "content": little + fill}),
        ("2015-07-22", {"url": u_most + "x", "content": "قصير"}),
    ]
    # most of the article's runs are the annotated text's: a near copy; 8 shared words are not, nor a short text
    assert seventh.near_copies(rows, {("2015-07-21", "http://a.example/1")}) == {("2015-07-22", u_most)}


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge7"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge7"] == FILE and bench.SETS["rowjudge6"].name == "events_rowjudge6.jsonl"
    check_bench_matches_every_judged_row(FILE)
