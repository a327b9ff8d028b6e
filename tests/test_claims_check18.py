"""The round 20 blind claims set of SHORTER articles, ``benchmarks/data/claims_check18.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check18.py`` (400–3,000 characters,
``sha1(url)[-2]`` in a–f and ``[-3]`` in 8, 9, a, b). Lead-held: the claims bench refuses ``--errors`` on it. Nothing
here runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check18.jsonl", 13


def test_check18_holds_annotations_only() -> None:
    # round 24, the lead's ruling 5 (one saying, one claim): 1 participle claim(s) folded into the claim before
    # round 43, the lead's ruling on object relatives (helper cl81, benchmarks/recode_rulings43.py): Okaz's column's
    # «الضربة … التي أعلنت عنها وزارة الداخلية» (the thing announced as a relative's antecedent) is no claim: 83 -> 82
    records = data.check_long_blind_records(NAME, "check18", 82, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    assert sorted(r["pool"] for r in records) == ["conflict"] * 10 + ["politics"] * 3
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert sum(c["direct"] for c in claims) == 16
    assert sum(c["speaker"]["anonymous"] for c in claims) == 15
    assert sum(c["speaker"]["mention"] is None for c in claims) == 17
    assert sum(c["reported_via"] is not None for c in claims) == 14
    assert sum(c["polarity"] == "deny" for c in claims) == 1
    channels = sorted(c["channel"] for c in claims)
    assert [channels.count(ch) for ch in ("unspecified", "interview", "statement", "report")] == [51, 14, 10, 7]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check18_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check18_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check18_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 18)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 28)}
    held |= {"events_rowjudge4.jsonl", "events_rowjudge5.jsonl", "events_sentences23.jsonl", "events_dev.jsonl"}
    # round 20's blind rule: [-2] in a-f and [-3] in 8-b (events tune28 takes 0-7, sentence batch 24 c-f)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check18",
        "check18",
        seed=2018,
        third="89ab",
        sizes=(("conflict", 10), ("politics", 3)),
        chars=(400, 3000),
        held=held,
        files="ROUND20_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND20_CLAIMS_THIRD
    records = data._records(NAME)
    for third in (draws.ROUND20_EVENTS_THIRD, draws.ROUND20_BATCH_THIRD):
        assert not any(draws.in_range3(r["key"]["url"], third, sel.HASH_RANGE) for r in records)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check18_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check18")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check18_released_but_round_11s_and_22s_blind_sets_still_refuse_errors() -> None:
    # check18 was released to tuning in round 21 (after its last blind score, round 20's end); check7 and check8
    # never are, and check25 (round 26's blind set) is lead-held
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
