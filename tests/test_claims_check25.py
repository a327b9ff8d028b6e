"""Round 26's blind claims set of SHORT articles, ``benchmarks/data/claims_check25.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check25.py`` (400–3,000 characters,
``sha1(url)[-2]`` a digit 0–9 and ``[-3]`` in c–f: check22's to check24's region, apart from helpers' fresh samples).
Coded with the lead's rulings (5) of round 24 (a participle that goes on with the same speaker's saying is folded into
the claim it follows) and (7) of round 25. Lead-held in round 26, a tune set from round 27 on. Nothing here runs rasd
on its articles."""

from __future__ import annotations

import json

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check25.jsonl", 13


def test_check25_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check25", 97, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [11, 3, 12, 7, 5, 6, 8, 6, 2, 11, 18, 4, 4]
    assert sum(c["direct"] for c in claims) == 32
    assert sum(c["speaker"]["anonymous"] for c in claims) == 25
    assert sum(c["speaker"]["mention"] is None for c in claims) == 26
    assert sum(c["reported_via"] is not None for c in claims) == 13
    # no denial in the set
    assert all(c["polarity"] == "assert" for c in claims)
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert [channels.count(ch) for ch in kinds] == [52, 27, 13, 0, 5, 0, 0]
    # every claim told to a paper, an agency or a site (interview) names it in reported_via, and only those do
    assert all(bool(c["reported_via"]) == (c["channel"] == "interview") for c in claims)
    # the al-Ekhbariya correspondent's four claims: the outlet's own account (report), no reported_via
    assert [(c["channel"], c["reported_via"]) for c in records[11]["claims"]] == [("report", None)] * 4
    # the anonymous speakers with no span are the continuations of al-Watan's sources (1) and of the market analysts
    # (5: the analysts who spoke to the paper, then the analyst who asked not to be named)
    assert sum(c["speaker"]["anonymous"] and c["speaker"]["mention"] is None for c in claims) == 6
    assert all(c.get("note") for c in claims)


def test_check25_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): eight participles of saying or stressing (مضيفًا، مؤكدا، مشيرا ×2، مشددة، مضيفا، موضحاً، موضحا) go on
    # with the claim before, inside eight claims' contents; none is a claim of its own
    records = data._records(NAME)
    claims = [c for r in records for c in r["claims"]]
    folded = [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if "ruling 5" in c["note"]]
    assert folded == [(0, "C8"), (2, "C4"), (2, "C9"), (3, "C5"), (8, "C2"), (10, "C7"), (11, "C1"), (12, "C1")]
    # one of them after a FULL STOP: the market adviser's "…". مضيفا أن, folded into his quoted claim (still direct)
    after_stop = [c for c in claims if "FULL STOP" in c["note"]]
    assert [(c["direct"], c["channel"]) for c in after_stop] == [(True, "unspecified")]
    # the participles right after their own marker (وأضاف موضحًا، وأضاف البيان قائلا) are that claim's, not folded
    assert sum("the marker's own participle" in c["note"] for c in claims) == 2


def test_check25_nested_claims() -> None:
    # claims told inside another speaker's words are claims of their own (check7/check14): the passengers inside the
    # driver's quotation, Leon's three inside his mission's statement, the prime minister's directive inside his
    # office's statement, the government's admission and the camp's order inside Rosie's quotations
    records = data._records(NAME)
    nested = [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if c["note"].startswith("nested")]
    assert nested == [(0, "C7"), (6, "C5"), (6, "C6"), (6, "C8"), (7, "C3"), (9, "C9"), (9, "C11")]
    # each lies inside the content of the claim it is told in (the claim before it or, for Leon's, the one before that)
    for i, cid in nested:
        claims = {c["id"]: c for c in records[i]["claims"]}
        inner = claims[cid]["content"]
        outer = [c["content"] for c in records[i]["claims"] if c["id"] != cid and not c["note"].startswith("nested")]
        assert any(o["start"] <= inner["start"] and inner["end"] <= o["end"] for o in outer), (i, cid)


def test_check25_manzanar_text_is_a_sentence_batch_copy() -> None:
    # al-Riyadh's Manzanar story shares 84 % of its six-word runs with 3alyoum's text in events_sentences18.jsonl, a
    # sentence batch of events only (no claims coded there): nothing of its claims was released before
    url = "http://www.3alyoum.com/news/golobal/a/معسكرات-اعتقال-اليابانيين-فصل-أسود-من/"
    rows = [json.loads(line) for line in (data.DATA / "events_sentences18.jsonl").read_text("utf-8").splitlines()]
    twins = [r for r in rows if r["key"]["url"] == url]
    assert twins and all("claims" not in r for r in twins)
    assert "alriyadh.com/1071716" in data._records(NAME)[9]["key"]["url"]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check25_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check25_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check25_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 25)} | {f"events_tune{n}.jsonl" for n in range(17, 36)}
    # a second-to-last DIGIT and a third-from-last c-f (check22's to check24's region: round 17's blind digits)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check25",
        "check25",
        seed=2025,
        third="cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held,
        files="ROUND26_FILES",
        second="0123456789",
    )
    assert sel.THIRD_DIGITS == draws.ROUND26_CLAIMS2_THIRD == draws.ROUND17_THIRD_DIGITS
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (digit, then 0-9 a b) and from round 26's events draw (a-f second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789ab")) for u in urls)
    assert not any(
        draws.in_range3(u, draws.ROUND26_EVENTS_THIRD | draws.ROUND26_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS)
        for u in urls
    )
    # check22, check23 and check24, the sets drawn before from the same region, share no article
    for name in ("claims_check22.jsonl", "claims_check23.jsonl", "claims_check24.jsonl"):
        assert not set(urls) & {r["key"]["url"] for r in data._records(name)}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check25_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check25")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check25_is_released_and_check42_lead_held() -> None:
    # check25 (round 26's blind set) is a tune set from round 27 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
