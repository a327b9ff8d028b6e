"""The round 23 blind claims set of SHORT articles, ``benchmarks/data/claims_check21.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check21.py`` (400–3,000 characters,
``sha1(url)[-2]`` in a–f and ``[-3]`` in a, b). Lead-held: the claims bench refuses ``--errors`` on it. Nothing here
runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check21.jsonl", 5


def test_check21_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check21", 27, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # the conflict pool gave only 2 articles (nothing redrawn), politics its 3
    assert sorted(r["pool"] for r in records) == ["conflict"] * 2 + ["politics"] * 3
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [7, 4, 3, 4, 9]
    assert sum(c["direct"] for c in claims) == 5
    assert sum(c["speaker"]["anonymous"] for c in claims) == 7
    assert sum(c["speaker"]["mention"] is None for c in claims) == 4
    assert sum(c["reported_via"] is not None for c in claims) == 11
    assert sum(c["polarity"] == "deny" for c in claims) == 0
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "interview", "post", "television", "statement", "report", "press conference")
    assert [channels.count(ch) for ch in kinds] == [8, 6, 5, 4, 2, 2, 0]
    # every claim told to a paper or a channel (interview, television) names it in reported_via
    assert all(c["reported_via"] for c in claims if c["channel"] in ("interview", "television"))
    assert all(c.get("note") for c in claims)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check21_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check21_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check21_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 21)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 32)}
    held |= {"events_rowjudge4.jsonl", "events_rowjudge5.jsonl", "events_sentences24.jsonl", "events_dev.jsonl"}
    # round 23's blind rule: [-2] in a-f and [-3] in a or b (events tune32 takes every other third digit)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check21",
        "check21",
        seed=2021,
        third="ab",
        sizes=(("conflict", 10), ("politics", 3)),
        chars=(400, 3000),
        held=held,
        files="ROUND23_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND23_CLAIMS_THIRD
    assert not draws.ROUND23_CLAIMS_THIRD & draws.ROUND23_EVENTS_THIRD
    records = data._records(NAME)
    assert not any(draws.in_range3(r["key"]["url"], draws.ROUND23_EVENTS_THIRD, sel.HASH_RANGE) for r in records)
    # check18, check19 and check20 (rounds 20-22) shared the third digits a and b: their articles are avoided by
    # file, none drawn again
    earlier = {r["key"]["url"] for n in (18, 19, 20) for r in data._records(f"claims_check{n}.jsonl")}
    assert not earlier & {r["key"]["url"] for r in records}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check21_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check21")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check21_is_released_and_check42_lead_held() -> None:
    # check21 (round 23's blind set) is a tune set from round 24 on; check42 (round 43's) is lead-held; check7 and
    # check8 never are released
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
