"""The fourteenth row-judgment file (benchmarks/data/events_rowjudge14.jsonl, round 36, helper fp15): every discrete
ACLED row rasd gave at round 36's start tree (9b07876) on 30 fresh articles (250-6,000 characters, rowjudge13's
band), judged by hand, and the events it missed, with each article's genre (news report, feature, analysis, column,
review). Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge14`` reads, the counts, the draw rule
(rowjudge13's with its own seed: the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which
round 36's blind tune46 and check35 (second-to-last a-f) cannot meet; copies and near copies of annotated texts left
out; the conflict-headed ``<place>_war`` tier, spent, taken whole and ten clash-headed long articles beside it), the
lengths, disjointness from every annotated file at round 36's start (the files named, never globbed) and, with the
corpus, the committed draw re-run. Nothing here runs rasd."""

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
FILE = DATA / "events_rowjudge14.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

#: the clash-headed place pools (rowjudge8's, taken again), the whole ``_war`` tier, six body articles, negatives
POOLS = {
    "yemen": 3,
    "syria": 3,
    "iraq": 1,
    "libya": 1,
    "egypt": 1,
    "palestine": 1,
    "yemen_war": 5,
    "syria_war": 1,
    "libya_war": 1,
    "egypt_war": 1,
    "palestine_war": 1,
    "yemen_body": 1,
    "syria_body": 2,
    "iraq_body": 1,
    "egypt_body": 2,
    "negative": 5,
}
GENRES = {"news report", "feature", "analysis", "column", "review"}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp15{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter(POOLS)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 79 and sum(1 for r in recs if r["rows"]) == 15
    # every row says whether it is optional; none of this draw's rows is (no undated capture after an "after" word)
    assert all(x["optional"] is False for x in rows)
    assert Counter(x["label"] for x in rows) == Counter({True: 57, False: 22})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"general": 9, "duplicate": 6, "background": 4, "future": 2, "metaphor": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter(
        {
            "second_place": 4,
            "other": 3,
            "clash": 3,
            "air_strike": 2,
            "capture": 1,
            "attack_on_position": 1,
            "arrests": 1,
        }
    )
    assert [r["id"] for r in recs if r["missed"]] == [
        "fp15001",
        "fp15002",
        "fp15005",
        "fp15006",
        "fp15010",
        "fp15011",
        "fp15014",
        "fp15020",
    ]
    assert all(m["sub_event_type"] for r in recs for m in r["missed"])
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 56 and sum(x["place_ok"] for x in true_rows) == 48
    assert sum(x["date_ok"] for x in true_rows) == 55 and sum(x["actor1_ok"] for x in true_rows) == 44
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 46
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 34
    by_pool = Counter((r["pool"], x["label"]) for r in recs for x in r["rows"])
    assert by_pool == Counter(
        {
            ("yemen_war", True): 22,
            ("yemen_war", False): 6,
            ("syria", True): 17,
            ("syria", False): 7,
            ("yemen", True): 11,
            ("yemen", False): 3,
            ("iraq", True): 2,
            ("iraq", False): 3,
            ("libya", True): 3,
            ("libya", False): 1,
            ("libya_war", True): 1,
            ("libya_war", False): 1,
            ("palestine_war", True): 1,
            ("syria_body", False): 1,
        }
    )
    negatives = [r for r in recs if r["pool"] == "negative"]
    assert not any(r["rows"] or r["missed"] for r in negatives)


def test_each_article_has_its_genre_and_the_opinion_genres_give_one_true_row() -> None:
    """fp13 and fp14 found the war tier full of features, analyses and columns: this file records each article's
    genre. 19 news reports give 74 rows (56 true); the 5 analyses give 5 rows, 1 true (a march before an embassy);
    the 5 columns and the feature give none."""
    recs = records()
    assert all(r["genre"] in GENRES for r in recs)
    assert Counter(r["genre"] for r in recs) == Counter({"news report": 19, "analysis": 5, "column": 5, "feature": 1})
    by_genre = Counter((r["genre"], x["label"]) for r in recs for x in r["rows"])
    assert by_genre == Counter(
        {("news report", True): 56, ("news report", False): 18, ("analysis", True): 1, ("analysis", False): 4}
    )


def test_long_articles_are_counted_apart() -> None:
    """The band's long part (3,001-6,000 characters): 20 articles, 78 rows of which 56 true; the short part 1 row,
    true."""
    recs = records()
    long_recs = [r for r in recs if r["content_len"] > 3000]
    assert len(long_recs) == 20
    assert Counter(x["label"] for r in long_recs for x in r["rows"]) == Counter({True: 56, False: 22})
    short = [r for r in recs if r["content_len"] <= 3000]
    assert Counter(x["label"] for r in short for x in r["rows"]) == Counter({True: 1})


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
    assert sorted(marked) == ["fp15020", "fp15022"]
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


def test_disjoint_from_every_annotated_file_at_round_36s_start() -> None:
    """No article is in a file of ``draws.ROUND36_FILES`` (the thirteen earlier row-judgment files among them); the
    files are named, never globbed (round 36's blind files are being written beside them)."""
    from draws import ROUND36_FILES
    from select_events_dev import annotated_keys

    rowjudge = tuple(f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13))
    assert set(rowjudge) <= set(ROUND36_FILES)
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND36_FILES)
    assert not mine & annotated_keys(rowjudge)


def test_draw_rule_is_rowjudge13s_with_its_own_seed_and_round_36s_exclusions() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge13 as thirteenth
    import select_events_rowjudge14 as fourteenth
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND36_FILES

    assert fourteenth.SEED == 20363014 and fourteenth.SEED != thirteenth.SEED
    assert (fourteenth.MIN_CHARS, fourteenth.MAX_CHARS) == (250, 6000) and fourteenth.SHARE == thirteenth.SHARE == 0.5
    assert fourteenth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == fourteenth.THIRD_DIGITS
    # round 36's blind tune46 and check35 take the second-to-last a-f: neither meets this draw
    assert not fourteenth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in fourteenth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    zeros = {name: 0 for name, _, _ in first.PLACE_POOLS}
    empty = {f"{name}_war": 0 for name in zeros} | {f"{name}_body": 0 for name in zeros}
    assert fourteenth.sizes() == zeros | empty | POOLS
    assert sum(fourteenth.sizes().values()) == 30
    # the pools are taken in rowjudge13's order (clash-headed, war, body, negative)
    assert list(fourteenth.sizes()) == list(thirteenth.sizes())
    assert tuple(fourteenth.EXCLUDED_FILES) == ROUND36_FILES
    assert set(thirteenth.EXCLUDED_FILES) < set(fourteenth.EXCLUDED_FILES)
    assert "events_rowjudge13.jsonl" in fourteenth.EXCLUDED_FILES


def test_pool_of_and_band_are_rowjudge13s() -> None:
    """The pools are rowjudge11's (a war word in the head without a clash word there, a clash word below:
    ``<place>_war``), the band rowjudge12's and rowjudge13's (250-6,000 characters)."""
    import select_events_rowjudge13 as thirteenth
    import select_events_rowjudge14 as fourteenth
    from select_events_dev import HEAD_CHARS

    filler = " وناقش المجلس البلدي خطة رصف الطرق في الأحياء الشرقية." * (HEAD_CHARS // 40 + 1)
    war = {
        "title": "قائد شرطة تعز يتحدث عن آثار الحرب على الأسواق",
        "content": "زار قائد الشرطة أسواق المدينة في تعز." + filler + " واندلعت اشتباكات قرب الجسر.",
    }
    body = {
        "title": "قائد شرطة تعز يزور الأسواق",
        "content": "زار قائد الشرطة أسواق المدينة في تعز." + filler + " واندلعت اشتباكات قرب الجسر.",
    }
    for article in (war, body):
        assert fourteenth.pool_of(article) == thirteenth.pool_of(article)
    assert fourteenth.pool_of(war) == "yemen_war" and fourteenth.pool_of(body) == "yemen_body"
    for n in (249, 250, 5000, 6000, 6001):
        assert fourteenth.in_band("ب" * n) == thirteenth.in_band("ب" * n) == (250 <= n <= 6000)


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge14"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge14"] == FILE and bench.SETS["rowjudge13"].name == "events_rowjudge13.jsonl"
    check_bench_matches_every_judged_row(FILE)
