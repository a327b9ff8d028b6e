"""The eighth row-judgment file (benchmarks/data/events_rowjudge8.jsonl, round 30, helper fp9): every discrete ACLED
row rasd gave at round 30's start tree (5b9707c) on 30 fresh articles (250-3,000 characters), judged by hand, and the
events it missed. Annotations only: the shape ``bench_events_rowjudge.py --set rowjudge8`` reads, the counts, the draw
rule (the helpers' fresh hash range ``sha1(url)[-2]`` a digit, ``[-3]`` in 0-9 a b, which round 30's blind tune40
and check29 cannot meet; copies and near copies of annotated texts left out), the lengths, disjointness from every
annotated file at round 30's start and, with the corpus, the committed draw re-run; the bench's count of missed events
an unjudged row now covers. Nothing here runs rasd."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from .test_events_round16_rowjudge3 import check_judged_records
from .test_events_round17_rowjudge4 import CAUSES, CLASSES, FAULTS, MISSED
from .test_events_rowjudge2_file import check_bench_matches_every_judged_row, check_draw_gives

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge8.jsonl"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 30
    assert [r["id"] for r in recs] == [f"fp9{i:03d}" for i in range(30)]
    assert Counter(r["pool"] for r in recs) == Counter({"yemen": 13, "egypt": 1, "negative": 16})
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 42 and sum(1 for r in recs if r["rows"]) == 11
    assert Counter(x["label"] for x in rows) == Counter({True: 29, False: 13})
    assert Counter(x["fault"] for x in rows if not x["label"]) == Counter(
        {"duplicate": 7, "background": 5, "misread": 1}
    )
    check_judged_records(recs, CLASSES, CAUSES, FAULTS, MISSED)
    missed = Counter(m["kind"] for r in recs for m in r["missed"])
    assert missed == Counter({"second_place": 6, "capture": 2, "clash": 2, "explosion": 1})
    assert sum(len(r["missed"]) for r in recs) == 11 and sum(1 for r in recs if r["missed"]) == 7
    true_rows = [x for x in rows if x["label"]]
    assert sum(x["type_ok"] for x in true_rows) == 28 and sum(x["place_ok"] for x in true_rows) == 22
    assert sum(x["date_ok"] for x in true_rows) == 28 and sum(x["actor1_ok"] for x in true_rows) == 21
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] for x in true_rows) == 20
    assert sum(x["type_ok"] and x["place_ok"] and x["date_ok"] and x["actor1_ok"] for x in true_rows) == 15
    # the negatives (16 sports, culture and politics articles) gave no row and hide no event
    assert not any(r["rows"] or r["missed"] for r in recs if r["pool"] == "negative")


def test_no_near_copy_and_the_partial_overlaps_are_marked() -> None:
    """The draw left out every article sharing 50 % or more of its six-word runs with one annotated text; those drawn
    that share 25 % or more carry ``near_copy`` (the file and the share)."""
    marked = {r["id"]: r["near_copy"] for r in records() if r["near_copy"]}
    assert sorted(marked) == ["fp9001", "fp9004", "fp9016"]
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


def test_disjoint_from_every_annotated_file_at_round_30s_start() -> None:
    """No article is in a file of ``draws.ROUND30_FILES`` (the seven earlier row-judgment files among them); the
    files are named, never globbed (round 30's blind files are being written beside them)."""
    from draws import ROUND30_FILES
    from select_events_dev import annotated_keys

    mine = {(r["key"]["zip"], r["key"]["url"]) for r in records()}
    assert not mine & annotated_keys(ROUND30_FILES)


def test_draw_rule_is_rowjudge7s_with_its_own_seed_and_round_30s_exclusions() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second
    import select_events_rowjudge3 as third
    import select_events_rowjudge4 as fourth
    import select_events_rowjudge5 as fifth
    import select_events_rowjudge6 as sixth
    import select_events_rowjudge7 as seventh
    import select_events_rowjudge8 as eighth

    earlier = (first.SEED, second.SEED, third.SEED, fourth.SEED, fifth.SEED, sixth.SEED, seventh.SEED)
    assert eighth.SEED == 20302908 and eighth.SEED not in earlier
    assert (eighth.MIN_CHARS, eighth.MAX_CHARS) == (250, 3000) and eighth.SHARE == 0.5
    from draws import DIGITS, ROUND18_LONG_DIGITS, ROUND30_FILES

    assert eighth.HASH_DIGITS == DIGITS and frozenset("0123456789ab") == eighth.THIRD_DIGITS
    # round 30's blind tune40 and check29 take a second-to-last a-f: neither can meet this draw
    assert not eighth.HASH_DIGITS & ROUND18_LONG_DIGITS
    assert [p[:2] for p in eighth.pools()] == [p[:2] for p in first.PLACE_POOLS]
    assert {name: n for name, _, n in eighth.pools()} == {
        "yemen": 13,
        "syria": 0,
        "iraq": 0,
        "libya": 0,
        "egypt": 1,
        "palestine": 0,
        "saudi_border": 0,
    }
    assert eighth.NEGATIVES == 16
    assert tuple(eighth.EXCLUDED_FILES) == ROUND30_FILES
    assert {f"events_rowjudge{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7)} <= set(ROUND30_FILES)


def test_near_copies_are_rowjudge7s() -> None:
    import select_events_rowjudge8 as eighth
    from draws import in_range3

    def url_in_range(start: int) -> str:
        n = start
        while not in_range3(f"http://c.example/{n}", eighth.THIRD_DIGITS):
            n += 1
        return f"http://c.example/{n}"

    annotated = " ".join(f"خبر{i}" for i in range(40))
    most = " ".join(f"خبر{i}" for i in range(32)) + " " + " ".join(f"غيره{i}" for i in range(8))
    fill = " " + "بيان " * 50
    u_most = url_in_range(0)
    rows = [
        ("2015-08-01", {"url": "http://a.example/9", "content": annotated + fill}),
        ("2015-08-02", {"url": u_most, "content": most + fill}),
    ]
    assert eighth.near_copies(rows, {("2015-08-01", "http://a.example/9")}) == {("2015-08-02", u_most)}


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge8"), FILE)


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge8"] == FILE and bench.SETS["rowjudge7"].name == "events_rowjudge7.jsonl"
    check_bench_matches_every_judged_row(FILE)


def test_bench_counts_a_missed_event_an_unjudged_row_now_covers_once() -> None:
    """A missed event is a candidate found when an unjudged row of its type spans it (trigger or evidence); one row
    covers one missed event; a row of another type, or one over another sentence, covers none."""
    import bench_events_rowjudge as bench

    missed = [
        {"start": 120, "end": 128, "event_type": "Battles"},
        {"start": 140, "end": 150, "event_type": "Battles"},
        {"start": 400, "end": 410, "event_type": "Battles"},
    ]

    def row(t0: int, t1: int, e0: int | None, e1: int | None, kind: str = "Battles") -> dict:
        return {"trigger_start": t0, "trigger_end": t1, "evidence_start": e0, "evidence_end": e1, "event_type": kind}

    new = [row(100, 106, 90, 200), row(100, 106, 90, 200, "Explosions/Remote violence"), row(300, 305, None, None)]
    used: set[int] = set()
    hits = []
    for m in missed:
        hit = bench.missed_covered(m, new, used)
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    assert hits == [0, None, None]
    # a trigger over the missed word itself counts without an evidence span
    assert bench.missed_covered(missed[2], [row(398, 412, None, None)], set()) == 0
