"""The eleventh row-judgment file (benchmarks/data/events_rowjudge11.jsonl, round 33, helper fp12): every discrete
ACLED row rasd gave at round 33's start tree (18bf56e) on 30 fresh articles (250-3,000 characters), judged by hand,
and the events it missed. Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge11`` reads, the counts,
the draw rule (rowjudge10's: the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which
round 33's blind tune43 (third-from-last c-f) and check32 (second-to-last a-f) cannot meet; copies and near copies of
annotated texts left out; the clash-headed place pools still spent; new, the body tier split and weighted towards its
conflict-headed articles, ``<place>_war``), the lengths, disjointness from every annotated file at round 33's start
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
FILE = DATA / "events_rowjudge11.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

POOLS = {
    "yemen_war": 8,
    "syria_war": 6,
    "iraq_war": 3,
    "egypt_war": 3,
    "palestine_war": 1,
    "saudi_border_war": 2,
    "syria_body": 1,
    "egypt_body": 1,
    "negative": 5,
}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp12{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter(POOLS)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 33 and sum(1 for r in recs if r["rows"]) == 13
    # every row says whether it is optional; none of this draw's rows is (no undated capture after an "after" word)
    assert all(x["optional"] is False for x in rows)
    assert Counter(x["label"] for x in rows) == Counter({True: 26, False: 7})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"duplicate": 3, "politics": 1, "background": 1, "general": 1, "misread": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter(
        {"second_place": 5, "capture": 3, "air_strike": 1, "attack_on_position": 1, "other": 1, "arrests": 1}
    )
    assert sum(1 for r in recs if r["missed"]) == 8
    assert all(m["sub_event_type"] for r in recs for m in r["missed"])
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 24 and sum(x["place_ok"] for x in true_rows) == 18
    assert sum(x["date_ok"] for x in true_rows) == 25 and sum(x["actor1_ok"] for x in true_rows) == 22
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 17
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 16
    # the conflict-headed tier gave every row but one: the negatives' one row is an attack on an Indian police station
    by_pool = Counter(r["pool"] for r in recs for _ in r["rows"])
    assert by_pool == Counter({"yemen_war": 20, "syria_war": 6, "iraq_war": 4, "egypt_war": 2, "negative": 1})
    negatives = [r for r in recs if r["pool"] == "negative"]
    assert [r["id"] for r in negatives if r["rows"]] == ["fp12028"] and not any(r["missed"] for r in negatives)


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
    assert sorted(marked) == ["fp12010", "fp12022"]
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


def test_disjoint_from_every_annotated_file_at_round_33s_start() -> None:
    """No article is in a file of ``draws.ROUND33_FILES`` (the ten earlier row-judgment files among them); the
    files are named, never globbed (round 33's blind files are being written beside them)."""
    from draws import ROUND33_FILES
    from select_events_dev import annotated_keys

    rowjudge = tuple(f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10))
    assert set(rowjudge) <= set(ROUND33_FILES)
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND33_FILES)
    assert not mine & annotated_keys(rowjudge)


def test_draw_rule_is_rowjudge10s_with_its_own_seed_round_33s_exclusions_and_the_war_tier() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge10 as tenth
    import select_events_rowjudge11 as eleventh
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND33_EVENTS_THIRD, ROUND33_FILES

    assert eleventh.SEED == 20333011 and eleventh.SEED != tenth.SEED
    assert (eleventh.MIN_CHARS, eleventh.MAX_CHARS) == (250, 3000) and eleventh.SHARE == 0.5
    assert eleventh.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == eleventh.THIRD_DIGITS
    # round 33's blind tune43 takes the third-from-last c-f, check32 the second-to-last a-f: neither meets this draw
    assert not eleventh.THIRD_DIGITS & ROUND33_EVENTS_THIRD and not eleventh.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in eleventh.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert all(n == 0 for _, _, n in eleventh.pools())
    zeros = {name: 0 for name, _, _ in first.PLACE_POOLS}
    empty = {f"{name}_war": 0 for name in zeros} | {f"{name}_body": 0 for name in zeros}
    assert eleventh.sizes() == zeros | empty | POOLS
    # the war tier is taken before the body tier
    names = list(eleventh.sizes())
    assert names.index("saudi_border_war") < names.index("yemen_body") < names.index("negative")
    assert tuple(eleventh.EXCLUDED_FILES) == ROUND33_FILES
    assert set(tenth.EXCLUDED_FILES) < set(eleventh.EXCLUDED_FILES)


def test_pool_of_splits_rowjudge10s_body_tier_by_a_war_word_in_the_head() -> None:
    """A clash word in the head with a pool's place is the first tier; the place in the head with a violence or war
    word there (no clash word) and a clash word below is ``<place>_war``; without the war word ``<place>_body``."""
    import select_events_rowjudge11 as eleventh
    from select_events_dev import HEAD_CHARS

    filler = " وناقش المجلس المحلي خطة إعادة تأهيل المدارس والطرق." * (HEAD_CHARS // 40 + 1)
    headed = {"title": "معارك ضارية في حلب", "content": "أفاد ناشطون بأن القصف لم يتوقف." + filler}
    war = {
        "title": "محافظ حلب يتفقد آثار الحصار",
        "content": "زار المحافظ مستشفى في حلب." + filler + " واندلعت اشتباكات ليلا.",
    }
    body = {
        "title": "محافظ حلب يزور المستشفى",
        "content": "زار المحافظ مستشفى في حلب." + filler + " واندلعت اشتباكات ليلا.",
    }
    calm = {"title": "محافظ حلب يزور المستشفى", "content": "زار المحافظ مستشفى في حلب." + filler}
    assert eleventh.pool_of(headed) == "syria"
    assert eleventh.pool_of(war) == "syria_war"
    assert eleventh.pool_of(body) == "syria_body"
    assert eleventh.pool_of(calm) is None


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge11"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge11"] == FILE and bench.SETS["rowjudge10"].name == "events_rowjudge10.jsonl"
    check_bench_matches_every_judged_row(FILE)
