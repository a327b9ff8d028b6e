"""The twelfth row-judgment file (benchmarks/data/events_rowjudge12.jsonl, round 34, helper fp13): every discrete
ACLED row rasd gave at round 34's start tree (4e14451) on 30 fresh articles (250-6,000 characters: the band widened
from rowjudge11's 250-3,000 so that long articles are drawn too), judged by hand, and the events it missed.
Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge12`` reads, the counts, the draw rule
(rowjudge11's tiers: the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 34's
blind tune44 (third-from-last c-f) and check33 (second-to-last a-f) cannot meet; copies and near copies of annotated
texts left out; the conflict-headed ``<place>_war`` pools first), the lengths, disjointness from every annotated file
at round 34's start (the files named, never globbed) and, with the corpus, the committed draw re-run. Nothing here
runs rasd."""

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
FILE = DATA / "events_rowjudge12.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

POOLS = {
    "yemen_war": 8,
    "syria_war": 6,
    "iraq_war": 3,
    "libya_war": 1,
    "egypt_war": 3,
    "palestine_war": 2,
    "syria_body": 1,
    "egypt_body": 1,
    "negative": 5,
}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp13{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter(POOLS)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 27 and sum(1 for r in recs if r["rows"]) == 14
    # every row says whether it is optional; none of this draw's rows is (no undated capture after an "after" word)
    assert all(x["optional"] is False for x in rows)
    assert Counter(x["label"] for x in rows) == Counter({True: 14, False: 13})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"general": 6, "background": 3, "duplicate": 1, "future": 1, "reaction": 1, "metaphor": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter({"other": 3, "clash": 1, "second_place": 1, "merged": 1})
    assert [r["id"] for r in recs if r["missed"]] == ["fp13002", "fp13004"]
    assert all(m["sub_event_type"] for r in recs for m in r["missed"])
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 11 and sum(x["place_ok"] for x in true_rows) == 10
    assert sum(x["date_ok"] for x in true_rows) == 13 and sum(x["actor1_ok"] for x in true_rows) == 12
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 7
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 5
    # the war tier gave every row but one: the negatives' one row is a columnist's figure of speech, false
    by_pool = Counter((r["pool"], x["label"]) for r in recs for x in r["rows"])
    assert by_pool == Counter(
        {
            ("yemen_war", True): 8,
            ("yemen_war", False): 3,
            ("iraq_war", True): 5,
            ("iraq_war", False): 4,
            ("syria_war", True): 1,
            ("syria_war", False): 3,
            ("libya_war", False): 1,
            ("palestine_war", False): 1,
            ("negative", False): 1,
        }
    )
    negatives = [r for r in recs if r["pool"] == "negative"]
    assert [r["id"] for r in negatives if r["rows"]] == ["fp13025"] and not any(r["missed"] for r in negatives)


def test_long_articles_are_in_the_draw_and_counted_apart() -> None:
    """The band's new part (3,001-6,000 characters): 12 articles, 11 rows of which 4 true; the short part 16 rows
    of which 10 true."""
    recs = records()
    long_recs = [r for r in recs if r["content_len"] > 3000]
    assert len(long_recs) == 12
    assert Counter(x["label"] for r in long_recs for x in r["rows"]) == Counter({True: 4, False: 7})
    short = [r for r in recs if r["content_len"] <= 3000]
    assert Counter(x["label"] for r in short for x in r["rows"]) == Counter({True: 10, False: 6})


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
    assert sorted(marked) == ["fp13016", "fp13018"]
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


def test_disjoint_from_every_annotated_file_at_round_34s_start() -> None:
    """No article is in a file of ``draws.ROUND34_FILES`` (the eleven earlier row-judgment files among them); the
    files are named, never globbed (round 34's blind files are being written beside them)."""
    from draws import ROUND34_FILES
    from select_events_dev import annotated_keys

    rowjudge = tuple(f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
    assert set(rowjudge) <= set(ROUND34_FILES)
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND34_FILES)
    assert not mine & annotated_keys(rowjudge)


def test_draw_rule_is_rowjudge11s_with_its_own_seed_round_34s_exclusions_and_the_wider_band() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge11 as eleventh
    import select_events_rowjudge12 as twelfth
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND34_EVENTS_THIRD, ROUND34_FILES

    assert twelfth.SEED == 20343012 and twelfth.SEED != eleventh.SEED
    assert (twelfth.MIN_CHARS, twelfth.MAX_CHARS) == (250, 6000) and twelfth.SHARE == eleventh.SHARE == 0.5
    assert twelfth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == twelfth.THIRD_DIGITS
    # round 34's blind tune44 takes the third-from-last c-f, check33 the second-to-last a-f: neither meets this draw
    assert not twelfth.THIRD_DIGITS & ROUND34_EVENTS_THIRD and not twelfth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in twelfth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert all(n == 0 for _, _, n in twelfth.pools())
    zeros = {name: 0 for name, _, _ in first.PLACE_POOLS}
    empty = {f"{name}_war": 0 for name in zeros} | {f"{name}_body": 0 for name in zeros}
    assert twelfth.sizes() == zeros | empty | POOLS
    # the war tier is taken before the body tier, as rowjudge11's
    assert list(twelfth.sizes()) == list(eleventh.sizes())
    assert tuple(twelfth.EXCLUDED_FILES) == ROUND34_FILES
    assert set(eleventh.EXCLUDED_FILES) < set(twelfth.EXCLUDED_FILES)
    assert "events_rowjudge11.jsonl" in twelfth.EXCLUDED_FILES


def test_pool_of_is_rowjudge11s_and_the_band_takes_long_articles() -> None:
    """The pools are rowjudge11's (a war word in the head without a clash word there, a clash word below:
    ``<place>_war``); the band now takes an article of 5,000 characters and still leaves out one of 6,001."""
    import select_events_rowjudge11 as eleventh
    import select_events_rowjudge12 as twelfth
    from select_events_dev import HEAD_CHARS

    filler = " وناقش المجلس المحلي خطة إعادة تأهيل المدارس والطرق." * (HEAD_CHARS // 40 + 1)
    war = {
        "title": "محافظ حلب يتفقد آثار الحصار",
        "content": "زار المحافظ مستشفى في حلب." + filler + " واندلعت اشتباكات ليلا.",
    }
    body = {
        "title": "محافظ حلب يزور المستشفى",
        "content": "زار المحافظ مستشفى في حلب." + filler + " واندلعت اشتباكات ليلا.",
    }
    for article in (war, body):
        assert twelfth.pool_of(article) == eleventh.pool_of(article)
    assert twelfth.pool_of(war) == "syria_war" and twelfth.pool_of(body) == "syria_body"
    assert twelfth.in_band("ب" * 5000) and not eleventh.MIN_CHARS <= 5000 <= eleventh.MAX_CHARS
    assert twelfth.in_band("ب" * 250) and not twelfth.in_band("ب" * 249) and not twelfth.in_band("ب" * 6001)


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge12"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge12"] == FILE and bench.SETS["rowjudge11"].name == "events_rowjudge11.jsonl"
    check_bench_matches_every_judged_row(FILE)
