"""The round 18 blind claims set of LONGER articles, ``benchmarks/data/claims_check16.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check16.py`` (1,501–3,000 characters,
``sha1(url)[-2]`` in a–f and ``[-3]`` in 0–3). Lead-held in round 18; released to tuning in round 19 after its last
blind score, so the claims bench's ``--errors`` reads it. Nothing here runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check16.jsonl", 8


def test_check16_holds_annotations_only() -> None:
    # round 24, the lead's ruling 5 (one saying, one claim): 2 participle claim(s) folded into the claim before
    records = data.check_long_blind_records(NAME, "check16", 60, (1501, 3000))
    assert sorted(r["pool"] for r in records) == ["conflict"] * 6 + ["politics"] * 2


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check16_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check16_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check16_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 16)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 25)}
    held |= {"events_rowjudge4.jsonl", "events_sentences22.jsonl", "events_dev.jsonl"}
    # round 18's long-article rule: [-2] in a-f and [-3] in 0-3; every earlier claims draw keeps 400-900 characters
    draws, _ = data.check_long_draw_rule(
        "select_claims_check16",
        "check16",
        seed=1816,
        third="0123",
        sizes=(("conflict", 6), ("politics", 2)),
        chars=(1501, 3000),
        held=held,
        files="ROUND18_FILES",
    )
    assert draws.ClaimsDraw(1, (("conflict", 1),), draws.DIGITS, ()).chars == draws.CLAIMS_CHARS == (400, 900)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check16_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check16")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check16_released_but_round_11s_and_22s_blind_sets_still_refuse_errors() -> None:
    # check16 was released to tuning in round 19 (after its last blind score); check7 and check8 never are, and
    # check25 (round 26's blind set) is lead-held
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
    data.check_bench_refuses_errors("check42")
