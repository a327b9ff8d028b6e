"""The thirteenth row-judgment file (benchmarks/data/events_rowjudge13.jsonl, round 35, helper fp14): every discrete
ACLED row rasd gave at round 35's start tree (ce99b8e) on 30 fresh articles (250-6,000 characters, rowjudge12's
band), judged by hand, and the events it missed, with each article's genre (news report, feature, analysis, column,
review). Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge13`` reads, the counts, the draw rule
(rowjudge12's: the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 35's blind
tune45 and check34 (second-to-last a-f) cannot meet; copies and near copies of annotated texts left out; the
conflict-headed ``<place>_war`` pools first), the lengths, disjointness from every annotated file at round 35's start
(the files named, never globbed) and, with the corpus, the committed draw re-run. Nothing here runs rasd."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from .test_events_round16_rowjudge3 import check_judged_records
from .test_events_round17_rowjudge4 import CAUSES, CLASSES, FAULTS, MISSED
from .test_events_rowjudge2_file import check_bench_matches_every_judged_row, check_draw_gives

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge13.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

POOLS = {
    "yemen_war": 8,
    "syria_war": 6,
    "iraq_war": 2,
    "libya_war": 1,
    "egypt_war": 3,
    "palestine_war": 2,
    "syria_body": 1,
    "egypt_body": 2,
    "negative": 5,
}
GENRES = {"news report", "feature", "analysis", "column", "review"}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp14{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter(POOLS)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 18 and sum(1 for r in recs if r["rows"]) == 10
    # every row says whether it is optional; none of this draw's rows is (no undated capture after an "after" word)
    assert all(x["optional"] is False for x in rows)
    assert Counter(x["label"] for x in rows) == Counter({True: 13, False: 5})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"general": 1, "background": 1, "duplicate": 1, "metaphor": 1, "history": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter({"other": 5, "clash": 1})
    assert [r["id"] for r in recs if r["missed"]] == ["fp14001", "fp14003", "fp14005", "fp14006"]
    assert all(m["sub_event_type"] for r in recs for m in r["missed"])
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 11 and sum(x["place_ok"] for x in true_rows) == 9
    assert sum(x["date_ok"] for x in true_rows) == 13 and sum(x["actor1_ok"] for x in true_rows) == 10
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 8
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 7
    by_pool = Counter((r["pool"], x["label"]) for r in recs for x in r["rows"])
    assert by_pool == Counter(
        {
            ("yemen_war", True): 9,
            ("yemen_war", False): 2,
            ("egypt_war", True): 2,
            ("egypt_war", False): 1,
            ("syria_war", True): 1,
            ("libya_war", True): 1,
            ("palestine_war", False): 1,
            ("negative", False): 1,
        }
    )
    negatives = [r for r in recs if r["pool"] == "negative"]
    assert [r["id"] for r in negatives if r["rows"]] == ["fp14029"] and not any(r["missed"] for r in negatives)


def test_each_article_has_its_genre_and_the_columns_rows_are_false() -> None:
    """fp13 found rowjudge12's war tier full of features, analyses and columns: this file records each article's
    genre. 18 news reports give 16 rows (13 true); the 4 columns give 2 rows, both false (a figure of speech, a
    sixth-century raid); features, analyses and reviews give none."""
    recs = records()
    assert all(r["genre"] in GENRES for r in recs)
    assert Counter(r["genre"] for r in recs) == Counter(
        {"news report": 18, "column": 4, "feature": 3, "analysis": 3, "review": 2}
    )
    by_genre = Counter((r["genre"], x["label"]) for r in recs for x in r["rows"])
    assert by_genre == Counter({("news report", True): 13, ("news report", False): 3, ("column", False): 2})


def test_long_articles_are_counted_apart() -> None:
    """The band's long part (3,001-6,000 characters): 17 articles, 8 rows of which 6 true; the short part 10 rows
    of which 7 true."""
    recs = records()
    long_recs = [r for r in recs if r["content_len"] > 3000]
    assert len(long_recs) == 17
    assert Counter(x["label"] for r in long_recs for x in r["rows"]) == Counter({True: 6, False: 2})
    short = [r for r in recs if r["content_len"] <= 3000]
    assert Counter(x["label"] for r in short for x in r["rows"]) == Counter({True: 7, False: 3})


def test_optional_rows_when_present_are_neither_true_nor_false() -> None:
    """The schema's ``optional`` rows (none in this draw): no label, no class, no field judgements, a reason."""
    for rec in records():
        for x in rec["rows"]:
            if x["optional"]:
                assert x["label"] is None and x["class"] is None and x["cause"] is None and x["fault"] is None
                assert all(x[k] is None for k in ("type_ok", "place_ok", "date_ok", "actor1_ok")) and x["why"]


def test_no_near_copy_and_the_partial_overlaps_are_marked() -> None:
    """The draw left out every article sharing 50 % or more of its six-word runs with one annotated text; those drawn
    that share 25 % or more carry ``near_copy`` (the file and the share)."""
    marked = {r["id"]: r["near_copy"] for r in records() if r["near_copy"]}
    assert sorted(marked) == ["fp14001", "fp14010", "fp14016", "fp14024"]
    assert all(25 <= m["share"] < 50 and m["file"].endswith(".jsonl") for m in marked.values())


def test_annotations_only_articles_of_the_band_and_the_helpers_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        digest = hashlib.sha1(rec["key"]["url"].encode()).hexdigest()
        assert digest[-2] in "0123456789" and digest[-3] in "0123456789ab"
        assert 250 <= rec["content_len"] <= 6000
        assert rec["published"] == rec["key"]["zip"]
        for x in rec["rows"]:
            assert "trigger" not in x


def test_disjoint_from_every_annotated_file_at_round_35s_start() -> None:
    """No article is in a file of ``draws.ROUND35_FILES`` (the twelve earlier row-judgment files among them); the
    files are named, never globbed (round 35's blind files are being written beside them)."""
    from draws import ROUND35_FILES
    from select_events_dev import annotated_keys

    rowjudge = tuple(f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
    assert set(rowjudge) <= set(ROUND35_FILES)
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND35_FILES)
    assert not mine & annotated_keys(rowjudge)


def test_draw_rule_is_rowjudge12s_with_its_own_seed_and_round_35s_exclusions() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge12 as twelfth
    import select_events_rowjudge13 as thirteenth
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND35_FILES

    assert thirteenth.SEED == 20353013 and thirteenth.SEED != twelfth.SEED
    assert (thirteenth.MIN_CHARS, thirteenth.MAX_CHARS) == (250, 6000) and thirteenth.SHARE == twelfth.SHARE == 0.5
    assert thirteenth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == thirteenth.THIRD_DIGITS
    # round 35's blind tune45 and check34 take the second-to-last a-f: neither meets this draw
    assert not thirteenth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in thirteenth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert all(n == 0 for _, _, n in thirteenth.pools())
    zeros = {name: 0 for name, _, _ in first.PLACE_POOLS}
    empty = {f"{name}_war": 0 for name in zeros} | {f"{name}_body": 0 for name in zeros}
    assert thirteenth.sizes() == zeros | empty | POOLS
    # the war tier is taken before the body tier, as rowjudge12's
    assert list(thirteenth.sizes()) == list(twelfth.sizes())
    assert tuple(thirteenth.EXCLUDED_FILES) == ROUND35_FILES
    assert set(twelfth.EXCLUDED_FILES) < set(thirteenth.EXCLUDED_FILES)
    assert "events_rowjudge12.jsonl" in thirteenth.EXCLUDED_FILES


def test_pool_of_and_band_are_rowjudge12s() -> None:
    """The pools are rowjudge11's (a war word in the head without a clash word there, a clash word below:
    ``<place>_war``), the band rowjudge12's (250-6,000 characters)."""
    import select_events_rowjudge12 as twelfth
    import select_events_rowjudge13 as thirteenth
    from select_events_dev import HEAD_CHARS

    filler = " وعقد مجلس المحافظة جلسته لبحث توزيع المياه على الأحياء." * (HEAD_CHARS // 40 + 1)
    war = {
        "title": "محافظ إدلب يتفقد آثار الحصار على الريف",
        "content": "تفقد المحافظ سوق المدينة في إدلب." + filler + " ودارت اشتباكات عند المدخل الشمالي.",
    }
    body = {
        "title": "محافظ إدلب يزور السوق",
        "content": "تفقد المحافظ سوق المدينة في إدلب." + filler + " ودارت اشتباكات عند المدخل الشمالي.",
    }
    for article in (war, body):
        assert thirteenth.pool_of(article) == twelfth.pool_of(article)
    assert thirteenth.pool_of(war) == "syria_war" and thirteenth.pool_of(body) == "syria_body"
    for n in (249, 250, 5000, 6000, 6001):
        assert thirteenth.in_band("ب" * n) == twelfth.in_band("ب" * n) == (250 <= n <= 6000)


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge13"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge13"] == FILE and bench.SETS["rowjudge12"].name == "events_rowjudge12.jsonl"
    check_bench_matches_every_judged_row(FILE)
