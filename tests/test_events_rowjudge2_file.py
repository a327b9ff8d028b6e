"""The second row-judgment file (benchmarks/data/events_rowjudge2.jsonl, round 15, helper fp4): annotations only,
the shape ``bench_events_rowjudge.py --set rowjudge2`` reads, its draw rule, and disjoint from every other annotated
SaudiNewsNet file."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILE = DATA / "events_rowjudge2.jsonl"
SHARED = ROOT.parent / "shared"
CLASSES = {
    "figure_of_speech",
    "plan_threat_future",
    "hypothetical_conditional",
    "condemnation_condolence",
    "crime_accident",
    "history_anniversary",
    "retold_old",
    "duplicate",
    "wrong_type_not_acled",
    "other",
}
CAUSES = {
    "duplicate",
    "future",
    "hypothetical",
    "background",
    "negated",
    "reaction",
    "name_misread",
    "word_misread",
}
TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
}
ARABIC = re.compile(r"[\u0600-\u06FF]")

sys.path.insert(0, str(ROOT / "benchmarks"))


def records() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_have_the_judged_shape() -> None:
    recs = records()
    assert len(recs) == 54
    assert len({r["id"] for r in recs}) == len(recs)
    rows = [x for r in recs for x in r["rows"]]
    assert len(rows) == 75
    assert Counter(x["label"] for x in rows) == Counter({True: 47, False: 28})
    for rec in recs:
        assert set(rec) >= {"id", "key", "published", "content_start", "content_len", "content_sha1", "rows"}
        for x in rec["rows"]:
            assert x["event_type"] in TYPES
            assert 0 <= x["trigger_start"] < x["trigger_end"] <= rec["text_len"]
            assert x["evidence_start"] <= x["trigger_start"] and x["trigger_end"] <= x["evidence_end"]
            if x["label"] is True:
                assert x["class"] is None and x["cause"] is None
                assert all(isinstance(x[k], bool) for k in ("type_ok", "place_ok", "date_ok"))
            else:
                assert x["label"] is False and x["class"] in CLASSES and x["cause"] in CAUSES
                assert x["type_ok"] is None and x["place_ok"] is None and x["date_ok"] is None
            assert x["why"] and not ARABIC.search(x["why"])


def test_annotations_only_and_own_hash_range() -> None:
    for rec in records():
        assert not any(k in rec for k in ("text", "content", "title"))
        assert hashlib.sha1(rec["key"]["url"].encode()).hexdigest()[-2] in "0123456789"
        for x in rec["rows"]:
            assert "trigger" not in x


def check_disjoint(file: Path) -> None:
    """No article of the row-judging file ``file`` is in any other annotated file of ``benchmarks/data``."""
    lines = [line for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    mine = {(r["key"]["zip"], r["key"]["url"]) for r in map(json.loads, lines)}
    for path in DATA.glob("*.jsonl"):
        if path == file:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            key = json.loads(line).get("key") if line.strip() else None
            if isinstance(key, dict) and "zip" in key and "url" in key:
                assert (key["zip"], key["url"]) not in mine, path.name


def test_disjoint_from_every_other_annotated_file() -> None:
    check_disjoint(FILE)


def test_draw_rule_is_rowjudges_with_its_own_seed_and_range() -> None:
    import select_events_rowjudge as first
    import select_events_rowjudge2 as second

    assert second.SEED == 20261919 and second.SEED != first.SEED
    assert frozenset("0123456789") == second.HASH_DIGITS
    assert (second.MIN_CHARS, second.MAX_CHARS) == (first.MIN_CHARS, first.MAX_CHARS)
    assert [p[:2] for p in second.pools()] == [p[:2] for p in first.PLACE_POOLS]
    # every annotated file of benchmarks/data/ when it was drawn (a file written later does not change the draw;
    # test_disjoint_from_every_other_annotated_file checks those)
    from draws import ROUND14_FILES

    later = {"claims_check12.jsonl", "events_tune18.jsonl"} | {f"events_sentences{n}.jsonl" for n in range(13, 19)}
    assert set(second.EXCLUDED_FILES) == set(ROUND14_FILES) | later


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_rowjudge2"), FILE)


def check_draw_gives(module: Any, file: Path) -> None:
    """The draw script ``module`` re-run gives exactly the row-judging file's articles, in its order and pools."""
    from select_events_dev import load

    recs = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = module.draw(load(SHARED), module.excluded_keys())
    assert [(z, a["url"]) for _, z, a in drawn] == [(r["key"]["zip"], r["key"]["url"]) for r in recs]
    assert [p for p, _, _ in drawn] == [r["pool"] for r in recs]


def test_bench_reads_the_set() -> None:
    import bench_events_rowjudge as bench

    assert bench.SETS["rowjudge2"] == FILE and bench.SETS["rowjudge"].name == "events_rowjudge.jsonl"
    check_bench_matches_every_judged_row(FILE)


def check_bench_matches_every_judged_row(file: Path) -> None:
    """The bench reads the row-judging file ``file`` and matches each judged row to itself given as a system row."""
    import bench_events_rowjudge as bench

    recs = bench.load_annotations(file)
    for rec in recs:
        judged = rec["rows"]
        system = [
            {k: x[k] for k in ("trigger_start", "trigger_end", "event_type")} | {"location": x["location"]}
            for x in judged
        ]
        pairs, unmatched = bench.match_rows(judged, system)
        assert len(pairs) == len(judged) and not unmatched
