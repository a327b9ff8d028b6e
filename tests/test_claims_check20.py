"""The round 22 blind claims set of SHORT articles, ``benchmarks/data/claims_check20.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check20.py`` (400–3,000 characters,
``sha1(url)[-2]`` in a–f and ``[-3]`` in a, b). Lead-held: the claims bench refuses ``--errors`` on it. Nothing here
runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check20.jsonl", 13


def test_check20_holds_annotations_only() -> None:
    # round 24, the lead's ruling 5 (one saying, one claim): 2 participle claim(s) folded into the claim before
    # round 42 (cl75): the round-41 ruling (a claim of responsibility is a claim) recoded the file: IS's
    # background تبنى added (al-Madina's Tunisia story), and the Asir story's قائلاً folded into the تبنى before
    # it (ruling 5), now not direct
    # round 42 (cl77): the lead's round-42 ruling (an announced decision or declared stance is a claim)
    # added «واعلنت السلطات التونسية حالة الطوارئ» (statement)
    records = data.check_long_blind_records(NAME, "check20", 81, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    assert sorted(r["pool"] for r in records) == ["conflict"] * 10 + ["politics"] * 3
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [10, 4, 9, 4, 6, 10, 5, 7, 6, 5, 4, 5, 6]
    assert sum(c["direct"] for c in claims) == 26
    assert sum(c["speaker"]["anonymous"] for c in claims) == 9
    assert sum(c["speaker"]["mention"] is None for c in claims) == 15
    assert sum(c["reported_via"] is not None for c in claims) == 20
    assert sum(c["polarity"] == "deny" for c in claims) == 0
    channels = sorted(c["channel"] for c in claims)
    counts = [channels.count(ch) for ch in ("unspecified", "interview", "statement", "report", "press conference")]
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert counts == [39, 18, 17, 7, 0]
    # every claim told to a paper, an outlet or an agency (interview) names it in reported_via
    assert all(c["reported_via"] for c in claims if c["channel"] == "interview")


def test_check20_copies_one_wire_story_twice_and_codes_it_the_same_way() -> None:
    # al-Jazirah's and al-Iqtisadiah's copies of one AFP wire (the White House on Turkey): the same five claims
    records = data._records(NAME)
    copies = [r for r in records if r["key"]["url"].endswith(("du7.htm", "article_976284.html"))]
    assert len(copies) == 2
    labels = [
        [(c["direct"], c["channel"], c["speaker"]["anonymous"], c["speaker"]["mention"] is None) for c in r["claims"]]
        for r in copies
    ]
    assert labels[0] == labels[1]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check20_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check20_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check20_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 20)}
    held |= {f"events_tune{n}.jsonl" for n in range(17, 31)}
    held |= {"events_rowjudge4.jsonl", "events_rowjudge5.jsonl", "events_sentences24.jsonl", "events_dev.jsonl"}
    # round 22's blind rule: [-2] in a-f and [-3] in a or b (events tune31 takes every other third digit)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check20",
        "check20",
        seed=2020,
        third="ab",
        sizes=(("conflict", 10), ("politics", 3)),
        chars=(400, 3000),
        held=held,
        files="ROUND22_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND22_CLAIMS_THIRD
    assert not draws.ROUND22_CLAIMS_THIRD & draws.ROUND22_EVENTS_THIRD
    records = data._records(NAME)
    assert not any(draws.in_range3(r["key"]["url"], draws.ROUND22_EVENTS_THIRD, sel.HASH_RANGE) for r in records)
    # check18 and check19 (rounds 20 and 21) shared the third digits a and b: their articles are avoided by file,
    # none drawn again
    earlier = {r["key"]["url"] for n in (18, 19) for r in data._records(f"claims_check{n}.jsonl")}
    assert not earlier & {r["key"]["url"] for r in records}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check20_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check20")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check20_is_released_and_check42_lead_held() -> None:
    # check20 (round 22's blind set) is a tune set from round 23 on; check42 (round 43's) is lead-held, and check7
    # and check8 never are released
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
    data.check_bench_refuses_errors("check8")
