"""The round 19 blind claims set of LONG articles, ``benchmarks/data/claims_check17.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check17.py`` (3,001–12,000 characters,
``sha1(url)[-2]`` in a–f and ``[-3]`` in 2–3). Lead-held: the claims bench refuses ``--errors`` on it. Nothing here
runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check17.jsonl", 6


def test_check17_holds_annotations_only() -> None:
    # round 24, the lead's ruling 5 (one saying, one claim): 2 participle claim(s) folded into the claim before
    # round 42 (cl77): the lead's round-42 ruling (an announced decision or declared stance is a claim)
    # added «منذ ان أعلنت المملكة حربها» (statement)
    records = data.check_long_blind_records(NAME, "check17", 83, (3001, 12000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    assert sorted(r["pool"] for r in records) == ["conflict"] * 5 + ["politics"]
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert sum(c["direct"] for c in claims) == 20
    assert sum(c["speaker"]["anonymous"] for c in claims) == 30
    assert sum(c["speaker"]["mention"] is None for c in claims) == 20
    assert sum(c["reported_via"] is not None for c in claims) == 12
    assert sum(c["polarity"] == "deny" for c in claims) == 1


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check17_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check17_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check17_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 17)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 27)}
    held |= {"events_rowjudge4.jsonl", "events_sentences23.jsonl", "events_dev.jsonl"}
    # round 19's long-article rule: [-2] in a-f and [-3] in 2-3 (events tune27 takes 0-1), none in check16's 0-3 share
    draws, sel = data.check_long_draw_rule(
        "select_claims_check17",
        "check17",
        seed=1917,
        third="23",
        sizes=(("conflict", 5), ("politics", 1)),
        chars=(3001, 12000),
        held=held,
        files="ROUND19_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND19_CLAIMS_THIRD
    records = data._records(NAME)
    assert not any(draws.in_range3(r["key"]["url"], draws.ROUND19_EVENTS_THIRD, sel.HASH_RANGE) for r in records)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check17_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check17")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check17_released_but_round_11s_and_22s_blind_sets_still_refuse_errors() -> None:
    # check17 was released to tuning in round 20 (after its last blind score, round 19's end); check7 and check8
    # never are, and check25 (round 26's blind set) is lead-held
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
    data.check_bench_refuses_errors("check42")
