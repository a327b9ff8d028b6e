"""The tenth row-judgment file (benchmarks/data/events_rowjudge10.jsonl, round 32, helper fp11): every discrete ACLED
row rasd gave at round 32's start tree (0bbe288) on 30 fresh articles (250-3,000 characters), judged by hand, and the
events it missed. Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge10`` reads, the counts, the draw
rule (rowjudge9's: the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 32's
blind tune42 (third-from-last c-f) and check31 (second-to-last a-f) cannot meet; copies and near copies of annotated
texts left out; the clash-headed place pools still spent, the body tier), the lengths, disjointness from every
annotated file at round 32's start (the files named, never globbed) and, with the corpus, the committed draw re-run.
Also the bench's ``optional`` rows (round 31's ruling (a)): neither true nor false, counted apart and left out of the
precision. Nothing here runs rasd."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from .test_events_round16_rowjudge3 import check_judged_records
from .test_events_round17_rowjudge4 import CAUSES, CLASSES, FAULTS, MISSED
from .test_events_rowjudge2_file import check_bench_matches_every_judged_row, check_draw_gives

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge10.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

POOLS = {
    "yemen_body": 8,
    "syria_body": 5,
    "iraq_body": 4,
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
    assert [r["id"] for r in recs] == [f"fp11{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter(POOLS)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 7 and sum(1 for r in recs if r["rows"]) == 6
    # every row says whether it is optional; none of this draw's rows is (no undated capture after an "after" word)
    assert all(x["optional"] is False for x in rows)
    assert Counter(x["label"] for x in rows) == Counter({True: 4, False: 3})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"background": 1, "commentary": 1, "history": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter({"second_place": 4, "other": 3, "clash": 2, "capture": 1, "arrests": 1})
    assert sum(1 for r in recs if r["missed"]) == 7
    assert all(m["sub_event_type"] for r in recs for m in r["missed"])
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 3 and sum(x["place_ok"] for x in true_rows) == 4
    assert sum(x["date_ok"] for x in true_rows) == 3 and sum(x["actor1_ok"] for x in true_rows) == 3
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 2
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 2
    # the negatives: two football stories, a travel story and a photo caption gave no row; an opinion column on the
    # Abha mosque bombing gave its one true row, and the caption's farmers' road blockade is a missed protest
    negatives = [r for r in recs if r["pool"] == "negative"]
    assert [r["id"] for r in negatives if r["rows"]] == ["fp11027"]
    assert [r["id"] for r in negatives if r["missed"]] == ["fp11029"]


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
    assert sorted(marked) == ["fp11005", "fp11018", "fp11019"]
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


def test_disjoint_from_every_annotated_file_at_round_32s_start() -> None:
    """No article is in a file of ``draws.ROUND32_FILES`` (the nine earlier row-judgment files among them); the
    files are named, never globbed (round 32's blind files are being written beside them)."""
    from draws import ROUND32_FILES
    from select_events_dev import annotated_keys

    rowjudge = tuple(f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9))
    assert set(rowjudge) <= set(ROUND32_FILES)
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND32_FILES)
    assert not mine & annotated_keys(rowjudge)


def test_draw_rule_is_rowjudge9s_with_its_own_seed_and_round_32s_exclusions() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge9 as ninth
    import select_events_rowjudge10 as tenth
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND32_EVENTS_THIRD, ROUND32_FILES

    assert tenth.SEED == 20322910 and tenth.SEED != ninth.SEED
    assert (tenth.MIN_CHARS, tenth.MAX_CHARS) == (250, 3000) and tenth.SHARE == 0.5
    assert tenth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == tenth.THIRD_DIGITS
    # round 32's blind tune42 takes the third-from-last c-f, check31 the second-to-last a-f: neither meets this draw
    assert not tenth.THIRD_DIGITS & ROUND32_EVENTS_THIRD and not tenth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in tenth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert all(n == 0 for _, _, n in tenth.pools())
    assert tenth.sizes() == {name: 0 for name, _, _ in first.PLACE_POOLS} | POOLS | {"libya_body": 0}
    assert tuple(tenth.EXCLUDED_FILES) == ROUND32_FILES
    assert set(ninth.EXCLUDED_FILES) < set(tenth.EXCLUDED_FILES)


def test_pool_of_is_rowjudge9s() -> None:
    """A clash word in the head with a pool's place is the first tier; the place in the head and a clash word only
    below the head is ``<place>_body``; a sports story with a war word in its head is a negative."""
    import select_events_rowjudge10 as tenth
    from select_events_dev import HEAD_CHARS

    filler = " وناقش المجلس المحلي خطة إعادة تأهيل المدارس والطرق." * (HEAD_CHARS // 40 + 1)
    headed = {"title": "معارك ضارية في حلب", "content": "أفاد ناشطون بأن القصف لم يتوقف." + filler}
    body = {
        "title": "محافظ حلب يزور المستشفى",
        "content": "زار المحافظ مستشفى في حلب." + filler + " واندلعت اشتباكات ليلا.",
    }
    calm = {"title": "محافظ حلب يزور المستشفى", "content": "زار المحافظ مستشفى في حلب." + filler}
    assert tenth.pool_of(headed) == "syria"
    assert tenth.pool_of(body) == "syria_body"
    assert tenth.pool_of(calm) is None


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge10"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge10"] == FILE and bench.SETS["rowjudge9"].name == "events_rowjudge9.jsonl"
    check_bench_matches_every_judged_row(FILE)


def test_bench_outcome_counts_an_optional_row_apart_whatever_its_label() -> None:
    import bench_events_rowjudge as bench

    assert bench.outcome({"label": None, "optional": True}, True) == "optional_kept"
    assert bench.outcome({"label": None, "optional": True}, False) == "optional_gone"
    assert bench.outcome({"label": True, "optional": True}, True) == "optional_kept"
    # rowjudge1-9's rows carry no ``optional``: true and false as before
    assert bench.outcome({"label": True}, True) == "true_kept" and bench.outcome({"label": True}, False) == "true_lost"
    assert bench.outcome({"label": False, "optional": False}, True) == "false_kept"
    assert bench.outcome({"label": False}, False) == "false_gone"


def test_bench_leaves_optional_rows_out_of_the_precision(monkeypatch: pytest.MonkeyPatch) -> None:
    """One article, four judged rows (true, false, optional kept, optional gone), the pipeline replaced by a fake
    document giving the first three back: precision 1 / 2, the optional rows counted apart, no true row lost."""
    import bench_events_rowjudge as bench

    def judged(start: int, label: bool | None, optional: bool, cls: str | None = None) -> dict[str, Any]:
        return {
            "trigger_start": start,
            "trigger_end": start + 4,
            "event_type": "Battles",
            "location": "Aden",
            "label": label,
            "optional": optional,
            "class": cls,
            "why": "a test row",
        }

    rows = [judged(10, True, False), judged(30, False, False, "retold_old"), judged(50, None, True)]
    rows.append(judged(70, None, True))
    rec = {"id": "t0", "key": {"zip": "2015-08-01", "url": "u"}, "content_sha1": "x", "content_start": 0}
    rec |= {"published": "2015-08-01", "rows": rows, "missed": []}

    def event(start: int) -> dict[str, Any]:
        return {
            "acled_event_type": "Battles",
            "granularity": "discrete",
            "acled_row": True,
            "trigger": {"start": start, "end": start + 4, "text": "test"},
            "location": {"name": "Aden"},
        }

    doc = SimpleNamespace(events=[event(10), event(30), event(50)])
    monkeypatch.setattr(bench, "run_article", lambda pipeline, article, published: (doc, 0))
    res = bench.evaluate([rec], {("2015-08-01", "u"): {"content": "x"}}, pipeline=None)
    assert (res["true_kept"], res["false_kept"], res["optional_kept"], res["optional_gone"]) == (1, 1, 1, 1)
    assert res["true_lost"] == 0 and res["lost"] == [] and res["new_rows"] == 0
    assert res["precision_on_judged"] == 0.5
    assert res["false_kept_by_class"] == {"retold_old": 1}
