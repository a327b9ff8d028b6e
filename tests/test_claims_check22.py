"""Round 23's second blind claims set of SHORT articles, ``benchmarks/data/claims_check22.jsonl`` (issue 13):
annotations only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint
from every other annotated file by url and exactly the draw of ``benchmarks/select_claims_check22.py`` (400–3,000
characters, ``sha1(url)[-2]`` a digit 0–9 and ``[-3]`` in c–f: round 17's blind digits, apart from check21's a–f / a–b
region and from helpers' fresh samples). Lead-held: the claims bench refuses ``--errors`` on it. Nothing here runs
rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check22.jsonl", 13


def test_check22_holds_annotations_only() -> None:
    # round 24, the lead's ruling 5 (one saying, one claim): 3 participle claim(s) folded into the claim before
    # round 42 (cl75): the round-41 ruling (a claim of responsibility is a claim) recoded the file: the PKK's
    # بتبنيه added
    records = data.check_long_blind_records(NAME, "check22", 73, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [4, 9, 4, 11, 8, 4, 7, 3, 6, 5, 3, 4, 5]
    assert sum(c["direct"] for c in claims) == 16
    assert sum(c["speaker"]["anonymous"] for c in claims) == 19
    assert sum(c["speaker"]["mention"] is None for c in claims) == 8
    assert sum(c["reported_via"] is not None for c in claims) == 22
    assert sum(c["polarity"] == "deny" for c in claims) == 2
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "television", "report", "post", "press conference")
    assert [channels.count(ch) for ch in kinds] == [28, 20, 18, 4, 2, 1, 0]
    # every claim told to a paper, an agency or a channel (interview, television) names it in reported_via
    assert all(c["reported_via"] for c in claims if c["channel"] in ("interview", "television"))
    # a denial is a body's (AMISOM's, told twice): statement
    assert all(c["channel"] == "statement" for c in claims if c["polarity"] == "deny")
    assert all(c.get("note") for c in claims)


def test_check22_morocco_text_is_check12s_and_coded_alike_but_two_later_calls() -> None:
    # al-Madina's Morocco cell story is the same text as a check12 article (the url without '?weekly': the draw avoids
    # urls, not texts): the same four claims, markers and contents; two calls follow check16/check20's later rules
    mine = data._records(NAME)[2]
    twins = [r for r in data._records("claims_check12.jsonl") if r["content_sha1"] == mine["content_sha1"]]
    assert len(twins) == 1 and twins[0]["key"]["url"] != mine["key"]["url"]
    old = twins[0]["claims"]

    def spans(claims: list[dict[str, object]], field: str) -> list[tuple[int, int]]:
        return [(c[field]["start"], c[field]["end"]) for c in claims]  # type: ignore[index]

    assert spans(mine["claims"], "marker") == spans(old, "marker")
    assert spans(mine["claims"], "content") == spans(old, "content")
    assert [c["channel"] for c in mine["claims"]] == [c["channel"] for c in old] == ["statement"] * 4
    # بحسب بيان: the statement spanned as a document here (check20), no span in check12
    assert old[1]["speaker"]["mention"] is None and mine["claims"][1]["speaker"]["mention"] is not None
    # ': إن' + a third-person clause: not direct here (check16/check20), direct in check12
    assert old[2]["direct"] and not mine["claims"][2]["direct"]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check22_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check22_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check22_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 21)} | {f"events_tune{n}.jsonl" for n in range(17, 32)}
    # a second-to-last DIGIT and a third-from-last c-f (round 17's blind digits, never sampled by helpers)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check22",
        "check22",
        seed=2022,
        third="cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held,
        files="ROUND23_FILES",
        second="0123456789",
    )
    assert sel.THIRD_DIGITS == draws.ROUND23_CLAIMS2_THIRD == draws.ROUND17_THIRD_DIGITS
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (digit, then 0-9 a b) and from round 23's first blind draws (a-f second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789ab")) for u in urls)
    assert not any(
        draws.in_range3(u, draws.ROUND23_CLAIMS_THIRD | draws.ROUND23_EVENTS_THIRD, draws.ROUND18_LONG_DIGITS)
        for u in urls
    )
    # check21, round 23's first blind claims set, shares no article
    assert not set(urls) & {r["key"]["url"] for r in data._records("claims_check21.jsonl")}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check22_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check22")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check22_is_released_and_check42_lead_held() -> None:
    # check22 and check21 (round 23's blind sets) are tune sets from round 24 on; check42 (round 43's) is lead-held,
    # check7 and check8 never are released
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
