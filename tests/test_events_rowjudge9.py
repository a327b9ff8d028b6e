"""The ninth row-judgment file (benchmarks/data/events_rowjudge9.jsonl, round 31, helper fp10): every discrete ACLED
row rasd gave at round 31's start tree (ca2c88a) on 30 fresh articles (250-3,000 characters), judged by hand, and the
events it missed. Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge9`` reads, the counts, the draw
rule (the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 31's blind tune41
(third-from-last c-f) and check30 (second-to-last a-f) cannot meet; copies and near copies of annotated texts left
out; rowjudge8's clash-headed place pools spent, so a second tier: a pool's place in the head, a clash word in the
body), the lengths, disjointness from every annotated file at round 31's start (the files named, never globbed) and,
with the corpus, the committed draw re-run. Nothing here runs rasd."""

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
FILE = DATA / "events_rowjudge9.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

POOLS = {
    "yemen_body": 7,
    "syria_body": 5,
    "iraq_body": 4,
    "libya_body": 1,
    "egypt_body": 4,
    "palestine_body": 2,
    "saudi_border_body": 2,
    "negative": 5,
}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp10{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter(POOLS)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 26 and sum(1 for r in recs if r["rows"]) == 13
    assert Counter(x["label"] for x in rows) == Counter({True: 14, False: 12})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"background": 6, "duplicate": 3, "general": 1, "negated": 1, "metaphor": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter({"capture": 1, "air_strike": 1})
    assert sum(1 for r in recs if r["missed"]) == 2
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 14 and sum(x["place_ok"] for x in true_rows) == 8
    assert sum(x["date_ok"] for x in true_rows) == 14 and sum(x["actor1_ok"] for x in true_rows) == 12
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 8
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 8
    # the negatives (a language column, sports and cinema stories) gave no row and hide no event
    assert not any(r["rows"] or r["missed"] for r in recs if r["pool"] == "negative")


def test_no_near_copy_and_the_partial_overlaps_are_marked() -> None:
    """The draw left out every article sharing 50 % or more of its six-word runs with one annotated text; those drawn
    that share 25 % or more carry ``near_copy`` (the file and the share)."""
    marked = {r["id"]: r["near_copy"] for r in records() if r["near_copy"]}
    assert sorted(marked) == ["fp10001", "fp10011"]
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


def test_disjoint_from_every_annotated_file_at_round_31s_start() -> None:
    """No article is in a file of ``draws.ROUND31_FILES`` (the eight earlier row-judgment files among them); the
    files are named, never globbed (round 31's blind files are being written beside them)."""
    from draws import ROUND31_FILES
    from select_events_dev import annotated_keys

    rowjudge = tuple(f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8))
    assert set(rowjudge) <= set(ROUND31_FILES)
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND31_FILES)
    assert not mine & annotated_keys(rowjudge)


def test_draw_rule_is_rowjudge8s_with_its_own_seed_round_31s_exclusions_and_a_body_tier() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge8 as eighth
    import select_events_rowjudge9 as ninth
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND31_EVENTS_THIRD, ROUND31_FILES

    assert ninth.SEED == 20312909 and ninth.SEED != eighth.SEED
    assert (ninth.MIN_CHARS, ninth.MAX_CHARS) == (250, 3000) and ninth.SHARE == 0.5
    assert ninth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == ninth.THIRD_DIGITS
    # round 31's blind tune41 takes the third-from-last c-f, check30 the second-to-last a-f: neither meets this draw
    assert not ninth.THIRD_DIGITS & ROUND31_EVENTS_THIRD and not ninth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in ninth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert all(n == 0 for _, _, n in ninth.pools())
    assert ninth.sizes() == {name: 0 for name, _, _ in first.PLACE_POOLS} | POOLS
    assert tuple(ninth.EXCLUDED_FILES) == ROUND31_FILES


def test_pool_of_puts_a_place_headed_article_with_fighting_only_in_its_body_in_the_body_tier() -> None:
    """A clash word in the head with a pool's place is the first tier; the place in the head and a clash word only
    below the head (``HEAD_CHARS``) is ``<place>_body``; a place without any clash word is in no place pool."""
    import select_events_rowjudge9 as ninth
    from select_events_dev import HEAD_CHARS

    filler = " وتابع المسؤول حديثه عن خطط التنمية في المحافظات." * (HEAD_CHARS // 40 + 1)
    headed = {"title": "اشتباكات عنيفة في تعز", "content": "قالت مصادر محلية إن الوضع متوتر." + filler}
    body = {"title": "وزير يمني يعود إلى عدن", "content": "عاد الوزير إلى عدن." + filler + " وتدور اشتباكات في لحج."}
    calm = {"title": "وزير يمني يعود إلى عدن", "content": "عاد الوزير إلى عدن." + filler}
    assert ninth.pool_of(headed) == "yemen"
    assert ninth.pool_of(body) == "yemen_body"
    assert ninth.pool_of(calm) is None


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge9"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge9"] == FILE and bench.SETS["rowjudge8"].name == "events_rowjudge8.jsonl"
    check_bench_matches_every_judged_row(FILE)
