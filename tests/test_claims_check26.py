"""Round 27's blind claims set of SHORT articles, ``benchmarks/data/claims_check26.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint by url from
every other annotated file and exactly the draw of ``benchmarks/select_claims_check26.py`` (400–3,000 characters,
``sha1(url)[-2]`` a digit 0–9 and ``[-3]`` in c–f: check22's to check25's region, apart from helpers' fresh samples).
Coded with the lead's rulings (5) of round 24 (a participle that goes on with the same speaker's saying is folded into
the claim it follows), (7) of round 25 and (8) of round 26 (a speaker told inside another's words with its own verb of
saying and content is a nested claim of its own). Lead-held in round 27, a tune set from round 28 on. Nothing here
runs rasd on its articles."""

from __future__ import annotations

import json

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check26.jsonl", 13


def test_check26_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check26", 90, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up benchmarks/data/README.md gives
    assert [len(r["claims"]) for r in records] == [4, 3, 3, 9, 3, 6, 12, 10, 5, 13, 10, 7, 5]
    assert sum(c["direct"] for c in claims) == 25
    assert sum(c["speaker"]["anonymous"] for c in claims) == 6
    assert sum(c["speaker"]["mention"] is None for c in claims) == 20
    # every anonymous speaker has a span in this set (no anonymous continuation)
    assert not any(c["speaker"]["anonymous"] and c["speaker"]["mention"] is None for c in claims)
    assert sum(c["reported_via"] is not None for c in claims) == 15
    # two denials: the Yemeni adviser's نفى and, nested in Seoul police's words, the arrested man's
    assert [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if c["polarity"] == "deny"] == [
        (9, "C9"),
        (11, "C6"),
    ]
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    assert [channels.count(ch) for ch in kinds] == [40, 22, 10, 14, 4, 0, 0]
    # every claim told to a paper (interview) names it in reported_via; the other reported_via are relays: a firm's
    # statement carried by the Korean agency, sources through Sky News, a speech through Geo TV
    assert all(c["reported_via"] for c in claims if c["channel"] == "interview")
    relays = sorted(c["reported_via"] for c in claims if c["reported_via"] and c["channel"] != "interview")
    assert relays == ["جيو", "جيو", "سكاي نيوز", "وكالة الأنباء الكورية", "وكالة الأنباء الكورية"]
    # the tweets under the hashtag: ten claims, all post and direct
    assert [(c["channel"], c["direct"]) for c in records[10]["claims"]] == [("post", True)] * 10
    assert all(c.get("note") for c in claims)


def test_check26_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): ten participles of saying, demanding or stressing (مؤكدا ×3، مشيرا ×5، مناشدا، منوها) go on with the
    # claim before, inside nine claims' contents; none is a claim of its own
    records = data._records(NAME)
    claims = [c for r in records for c in r["claims"]]
    folded = [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if "ruling 5" in c["note"]]
    assert folded == [
        (2, "C1"),
        (6, "C4"),
        (7, "C2"),
        (7, "C3"),
        (7, "C10"),
        (8, "C3"),
        (9, "C5"),
        (11, "C2"),
        (11, "C5"),
    ]
    # two of them after a FULL STOP, both in the Yemeni adviser's expectation (وتوقع … . منوها … . مؤكدا …)
    after_stop = [c for c in claims if "FULL STOP" in c["note"]]
    assert [(c["marker"]["start"], c["channel"]) for c in after_stop] == [
        (records[11]["claims"][4]["marker"]["start"], "interview")
    ]
    # participles after a condemnation (شجب/أدان/دان/استنكر, not coded) cannot fold: three claims of their own
    assert [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if "cannot fold" in c["note"]] == [
        (0, "C3"),
        (7, "C5"),
        (7, "C6"),
    ]


def test_check26_nested_claims() -> None:
    # ruling (8): claims told inside another speaker's words are claims of their own: the minister's directive and
    # request and the families' saying inside the National Guard commander's words, the policeman's and the
    # attacker's words inside a witness's quotation, the arrested man's denial inside Seoul police's words
    records = data._records(NAME)
    nested = [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if c["note"].startswith("nested")]
    assert nested == [(5, "C3"), (5, "C4"), (5, "C6"), (6, "C9"), (6, "C10"), (6, "C11"), (9, "C9")]
    # each lies inside the content of a claim that is not nested
    for i, cid in nested:
        claims = {c["id"]: c for c in records[i]["claims"]}
        inner = claims[cid]["content"]
        outer = [c["content"] for c in records[i]["claims"] if c["id"] != cid and not c["note"].startswith("nested")]
        assert any(o["start"] <= inner["start"] and inner["end"] <= o["end"] for o in outer), (i, cid)


def test_check26_croatian_hostage_text_is_a_sentence_batch_copy() -> None:
    # al-Madina's story of the Croatian hostage is the same text (same node, same content hash) as a record of
    # events_sentences12.jsonl under a "?weekly" url, which the url-only exclusion of the draw did not match; that
    # batch codes events only (no claims): nothing of its claims was released before
    rows = [json.loads(line) for line in (data.DATA / "events_sentences12.jsonl").read_text("utf-8").splitlines()]
    twins = [r for r in rows if "al-madina.com/node/623122/" in r["key"]["url"]]
    mine = data._records(NAME)[8]
    assert twins and all("claims" not in r for r in twins)
    assert {r["content_sha1"] for r in twins} == {mine["content_sha1"]}
    assert all(r["key"]["url"] != mine["key"]["url"] for r in twins)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check26_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check26_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check26_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 26)} | {f"events_tune{n}.jsonl" for n in range(17, 37)}
    # a second-to-last DIGIT and a third-from-last c-f (check22's to check25's region: round 17's blind digits)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check26",
        "check26",
        seed=2026,
        third="cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held,
        files="ROUND27_FILES",
        second="0123456789",
    )
    assert sel.THIRD_DIGITS == draws.ROUND27_CLAIMS2_THIRD == draws.ROUND17_THIRD_DIGITS
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (digit, then 0-9 a b) and from round 27's events draw (a-f second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789ab")) for u in urls)
    assert not any(
        draws.in_range3(u, draws.ROUND27_EVENTS_THIRD | draws.ROUND27_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS)
        for u in urls
    )
    # check22 to check25, the sets drawn before from the same region, share no article
    for name in ("claims_check22.jsonl", "claims_check23.jsonl", "claims_check24.jsonl", "claims_check25.jsonl"):
        assert not set(urls) & {r["key"]["url"] for r in data._records(name)}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check26_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check26")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check26_is_released_and_check42_lead_held() -> None:
    # check26 (round 27's blind set) is a tune set from round 28 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
