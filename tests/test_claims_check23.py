"""Round 24's blind claims set of SHORT articles, ``benchmarks/data/claims_check23.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check23.py`` (400–3,000 characters,
``sha1(url)[-2]`` a digit 0–9 and ``[-3]`` in c–f: check22's region, apart from helpers' fresh samples). Coded with the
lead's ruling (5) of round 24: a participle that goes on with the same speaker's saying is folded into the claim it
follows. Lead-held in round 24, a tune set from round 25 on. Nothing here runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check23.jsonl", 13


def test_check23_holds_annotations_only() -> None:
    # round 42 (cl75): the round-41 ruling (a claim of responsibility is a claim) recoded the file: the lede's اعلنت …
    # مسؤوليتها and the 2013 تبنت added, and متوعدة folded into the تبنت before it (ruling 5), now not direct
    # round 42 (cl77): the lead's round-42 ruling (an announced decision or declared stance is a claim)
    # added «ووحدات عسكرية أعلنت مناهضتها للحوثيين» (statement)
    records = data.check_long_blind_records(NAME, "check23", 79, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [2, 4, 12, 8, 3, 7, 5, 5, 3, 5, 7, 5, 13]
    assert sum(c["direct"] for c in claims) == 13
    assert sum(c["speaker"]["anonymous"] for c in claims) == 27
    assert sum(c["speaker"]["mention"] is None for c in claims) == 9
    assert sum(c["reported_via"] is not None for c in claims) == 18
    assert sum(c["polarity"] == "deny" for c in claims) == 2
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "report", "post", "television", "press conference")
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert [channels.count(ch) for ch in kinds] == [30, 24, 7, 4, 6, 6, 2]
    # every claim told to a paper, an agency or a channel (interview, television) names it in reported_via, but TRT
    # speaking in its own account (television by round 40's ruling: C8 and its continuation C9), its own speaker
    told = [c for c in claims if c["channel"] in ("interview", "television")]
    assert [c["id"] for c in told if not c["reported_via"]] == ["C8", "C9"]
    assert all("a broadcaster speaking" in c["note"] for c in told if not c["reported_via"])
    # the two denials are the Taliban's (نفت, and وصفت … بالكاذب): statement
    assert all(c["channel"] == "statement" for c in claims if c["polarity"] == "deny")
    # every anonymous speaker here has a span (no anonymous pronoun continuation)
    assert all(c["speaker"]["mention"] for c in claims if c["speaker"]["anonymous"])
    assert all(c.get("note") for c in claims)


def test_check23_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): a participle of saying or demand after a comma goes on with the claim before (its words inside that
    # claim's content): مضيفا (al-Sharq al-Awsat's security source), مشيرة (Okaz's government sources), داعياً
    # (al-Nujaifi's demand), none a claim of its own; the threat participle (متوعدة), coded apart while تبنت was an
    # act, folds into the تبنت claim before it from round 42 on (cl75: the round-41 ruling on claims of responsibility)
    records = data._records(NAME)
    notes = [c["note"] for r in records for c in r["claims"]]
    assert sum("ruling 5" in n and "folded" in n for n in notes) == 3
    lone = [c for r in records for c in r["claims"] if c["marker"]["end"] - c["marker"]["start"] == len("متوعدة")]
    assert [c for c in lone if "تبنت" in c["note"]] == []
    (refolded,) = [c for r in records for c in r["claims"] if "متوعدة" in c["note"] and "ruling 5" in c["note"]]
    assert refolded["marker"]["end"] - refolded["marker"]["start"] == len("وتبنت")
    assert refolded["content"]["start"] > refolded["marker"]["end"] and refolded["channel"] == "statement"
    assert not refolded["direct"] and refolded["speaker"]["mention"] is not None


def test_check23_mufti_text_is_check21s_and_coded_alike_but_two_calls() -> None:
    # al-Yaum's mufti story is (94.6 % of six-word runs) the text of a check21 article (3alyoum's copy: the draw avoids
    # urls, not texts): four claims each, the same markers, channels, directness and, from the second claim on, the
    # same contents; coded blind here, two calls differ
    mine = data._records(NAME)[1]
    twins = [
        r
        for r in data._records("claims_check21.jsonl")
        if "3alyoum" in r["key"]["url"] and r["claims"][0]["channel"] == "television"
    ]
    assert len(twins) == 1
    old = twins[0]["claims"]
    assert len(old) == len(mine["claims"]) == 4
    for a, b in zip(old, mine["claims"], strict=True):
        assert (a["marker"]["sha1"], a["channel"], a["reported_via"], a["direct"]) == (
            b["marker"]["sha1"],
            b["channel"],
            b["reported_via"],
            b["direct"],
        )
    assert [a["content"]["sha1"] for a in old[1:]] == [b["content"]["sha1"] for b in mine["claims"][1:]]
    # the verdict: check21's content the object and its بـ phrase, here the بـ phrase only (check15/check20)
    assert (
        old[0]["content"]["end"] - old[0]["content"]["start"]
        > mine["claims"][0]["content"]["end"] - mine["claims"][0]["content"]["start"]
    )
    # سماحته spanned here (check20's سموه), no span in check21
    assert [c["speaker"]["mention"] is None for c in old[1:3]] == [True, True]
    assert [c["speaker"]["mention"] is None for c in mine["claims"][1:3]] == [False, False]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check23_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check23_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check23_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 23)} | {f"events_tune{n}.jsonl" for n in range(17, 33)}
    # a second-to-last DIGIT and a third-from-last c-f (check22's region: round 17's blind digits)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check23",
        "check23",
        seed=2023,
        third="cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held,
        files="ROUND24_FILES",
        second="0123456789",
    )
    assert sel.THIRD_DIGITS == draws.ROUND24_CLAIMS2_THIRD == draws.ROUND17_THIRD_DIGITS
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (digit, then 0-9 a b) and from round 24's events draw (a-f second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789ab")) for u in urls)
    assert not any(
        draws.in_range3(u, draws.ROUND24_EVENTS_THIRD | draws.ROUND24_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS)
        for u in urls
    )
    # check22, the set drawn before from the same region, shares no article
    assert not set(urls) & {r["key"]["url"] for r in data._records("claims_check22.jsonl")}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check23_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check23")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check23_is_released_and_check42_lead_held() -> None:
    # check23 (round 24's blind set) is a tune set from round 25 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
