"""The round 13 wave-2 blind claims set, ``benchmarks/data/claims_check11.jsonl`` (issue 13): annotations only, well
formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every other
annotated file, and exactly the draw of ``benchmarks/select_claims_check11.py``. Nothing here runs rasd on its
articles (the lead holds and scores it)."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check11.jsonl", 25


def test_check11_holds_annotations_only() -> None:
    data.test_records_hold_annotations_only(NAME)
    assert all(r["split"] == "check11" for r in data._records(NAME))


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check11_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check11_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check11_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    import select_claims_check11 as sel

    assert sel.SEED == 1317 and frozenset("01234567") == sel.HASH_RANGE
    assert sel.SIZES == (("conflict", 15), ("politics", 10))
    assert {"claims_check9.jsonl", "claims_check10.jsonl", "events_tune15.jsonl", "events_tune16.jsonl"} <= set(
        sel.AVOID
    )


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check11_is_the_committed_draw() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    from select_claims_check11 import in_range, select

    drawn = [(row["zip"], row["url"], row["pool"]) for row in select(data.CORPUS)]
    coded = [(r["key"]["zip"], r["key"]["url"], r["pool"]) for r in data._records(NAME)]
    assert sorted(drawn) == sorted(coded)
    assert all(in_range(url) for _, url, _ in coded)
