"""The round 17 blind claims set, ``benchmarks/data/claims_check15.jsonl`` (issue 13): annotations only, well formed,
pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every other annotated
file by url and exactly the draw of ``benchmarks/select_claims_check15.py``. Blind in round 17 (the lead scored it,
counts only); released to tuning in round 18 after its last blind score, so the claims bench's ``--errors`` reads it.
Nothing here runs rasd on its articles."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check15.jsonl", 10


def test_check15_holds_annotations_only() -> None:
    records = data.check_blind_records(NAME, "check15", 49)
    claims = [c for r in records for c in r["claims"]]
    for c in claims:
        assert c["reported_via"] is None or isinstance(c["reported_via"], str)
    for r in records:  # ids run C1, C2, … in each article
        assert [c["id"] for c in r["claims"]] == [f"C{i}" for i in range(1, len(r["claims"]) + 1)]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check15_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check15_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check15_draw_rule_is_the_committed_one() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    import draws
    import select_claims_check15 as sel

    assert sel.SEED == 1721 and frozenset("0123456789") == sel.HASH_RANGE and frozenset("f") == sel.THIRD_DIGITS
    assert sel.SIZES == (("conflict", 18), ("politics", 7))
    held = {f"claims_check{n}.jsonl" for n in range(11, 15)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 21)}
    held |= {"events_rowjudge3.jsonl", "events_sentences20.jsonl", "events_sentences21.jsonl", "events_dev.jsonl"}
    assert held <= set(sel.AVOID)
    assert set(draws.ROUND17_FILES) <= set(sel.AVOID) and draws.SEARCH_ARTICLES in sel.AVOID
    # round 17's rule: [-2] a digit and [-3] f
    assert sel.in_range("http://www.alriyadh.com/1070241")
    assert all(draws.in_range3(r["key"]["url"], frozenset("f")) for r in data._records(NAME))


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check15_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check15")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check15_released_but_round_11s_blind_sets_still_refuse_errors() -> None:
    # check15 was released to tuning in round 18 (after its last blind score); check7 and check8 never are
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
