"""The round 14 blind claims set, ``benchmarks/data/claims_check12.jsonl`` (issue 13): annotations only, well formed,
pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every other annotated
file, and exactly the draw of ``benchmarks/select_claims_check12.py``. Nothing here runs rasd on its articles (the
lead holds and scores it)."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check12.jsonl", 25


def test_check12_holds_annotations_only() -> None:
    data.test_records_hold_annotations_only(NAME)
    records = data._records(NAME)
    assert all(r["split"] == "check12" for r in records)
    claims = [c for r in records for c in r["claims"]]
    assert len(claims) == 95  # round 24, the lead's ruling 5 (one saying, one claim): 1 participle claim(s) folded
    for c in claims:
        assert isinstance(c["direct"], bool) and isinstance(c["speaker"]["anonymous"], bool)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check12_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check12_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check12_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    import select_claims_check12 as sel

    assert sel.SEED == 1418 and frozenset("6789a") == sel.HASH_RANGE
    assert sel.SIZES == (("conflict", 15), ("politics", 10))
    assert {"claims_check11.jsonl", "events_tune17.jsonl", "claims_check10.jsonl", "events_dev.jsonl"} <= set(sel.AVOID)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check12_is_the_committed_draw() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    from select_claims_check12 import in_range, select

    drawn = [(row["zip"], row["url"], row["pool"]) for row in select(data.CORPUS)]
    coded = [(r["key"]["zip"], r["key"]["url"], r["pool"]) for r in data._records(NAME)]
    assert sorted(drawn) == sorted(coded)
    assert all(in_range(url) for _, url, _ in coded)
