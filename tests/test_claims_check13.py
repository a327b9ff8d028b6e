"""The round 15 blind claims set, ``benchmarks/data/claims_check13.jsonl`` (issue 13): annotations only, well formed,
pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every other annotated
file, and exactly the draw of ``benchmarks/select_claims_check13.py``. Nothing here runs rasd on its articles (the
lead holds and scores it)."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check13.jsonl", 16


def test_check13_holds_annotations_only() -> None:
    data.check_blind_records(NAME, "check13", 65)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check13_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check13_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check13_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    import select_claims_check13 as sel

    assert sel.SEED == 1519 and frozenset("def") == sel.HASH_RANGE
    assert sel.SIZES == (("conflict", 15), ("politics", 10))
    held = {"claims_check11.jsonl", "claims_check12.jsonl", "events_tune17.jsonl", "events_tune18.jsonl"}
    assert held | {"events_sentences15.jsonl", "events_sentences16.jsonl", "events_dev.jsonl"} <= set(sel.AVOID)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check13_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check13")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check13_released_but_round_11s_blind_sets_still_refuse_errors() -> None:
    # check13 was released to tuning in round 17 (after its last blind score); check7 and check8 never are
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
