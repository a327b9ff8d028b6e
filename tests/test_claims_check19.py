"""The round 21 blind claims set of SHORT articles, ``benchmarks/data/claims_check19.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check19.py`` (400–3,000 characters,
``sha1(url)[-2]`` in a–f and ``[-3]`` in a, b). Lead-held: the claims bench refuses ``--errors`` on it. Nothing here
runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check19.jsonl", 13


def test_check19_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check19", 75, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    assert sorted(r["pool"] for r in records) == ["conflict"] * 10 + ["politics"] * 3
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [9, 9, 4, 5, 7, 6, 2, 4, 5, 7, 7, 4, 6]
    assert sum(c["direct"] for c in claims) == 14
    assert sum(c["speaker"]["anonymous"] for c in claims) == 26
    assert sum(c["speaker"]["mention"] is None for c in claims) == 17
    assert sum(c["reported_via"] is not None for c in claims) == 21
    assert sum(c["polarity"] == "deny" for c in claims) == 0
    channels = sorted(c["channel"] for c in claims)
    counts = [channels.count(ch) for ch in ("unspecified", "interview", "statement", "report", "press conference")]
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert counts == [23, 20, 16, 14, 2]  # round 22 (cl29): WHO's figure statement -> report (README)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check19_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check19_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check19_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 19)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 30)}
    held |= {"events_rowjudge4.jsonl", "events_rowjudge5.jsonl", "events_sentences24.jsonl", "events_dev.jsonl"}
    # round 21's blind rule: [-2] in a-f and [-3] in a or b (events tune30 takes every other third digit)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check19",
        "check19",
        seed=2019,
        third="ab",
        sizes=(("conflict", 10), ("politics", 3)),
        chars=(400, 3000),
        held=held,
        files="ROUND21_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND21_CLAIMS_THIRD
    assert not draws.ROUND21_CLAIMS_THIRD & draws.ROUND21_EVENTS_THIRD
    records = data._records(NAME)
    assert not any(draws.in_range3(r["key"]["url"], draws.ROUND21_EVENTS_THIRD, sel.HASH_RANGE) for r in records)
    # check18 (round 20) shared the third digits a and b: its articles are avoided by file, none drawn again
    check18 = {r["key"]["url"] for r in data._records("claims_check18.jsonl")}
    assert not check18 & {r["key"]["url"] for r in records}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check19_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check19")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check19_released_but_round_11s_and_22s_blind_sets_still_refuse_errors() -> None:
    # check19 was released to tuning in round 22 (after its last blind score, round 21's end); check7 and check8
    # never are, and check25 (round 26's blind set) is lead-held
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
