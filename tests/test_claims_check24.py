"""Round 25's blind claims set of SHORT articles, ``benchmarks/data/claims_check24.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every
other annotated file by url and exactly the draw of ``benchmarks/select_claims_check24.py`` (400–3,000 characters,
``sha1(url)[-2]`` a digit 0–9 and ``[-3]`` in c–f: check22's and check23's region, apart from helpers' fresh samples).
Coded with the lead's ruling (5) of round 24: a participle that goes on with the same speaker's saying is folded into
the claim it follows. Lead-held in round 25, a tune set from round 26 on. Nothing here runs rasd on its articles."""

from __future__ import annotations

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check24.jsonl", 13


def test_check24_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check24", 94, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up docs/claims.md and benchmarks/data/README.md give
    assert [len(r["claims"]) for r in records] == [10, 3, 12, 12, 6, 10, 9, 7, 5, 3, 5, 6, 6]
    assert sum(c["direct"] for c in claims) == 15
    assert sum(c["speaker"]["anonymous"] for c in claims) == 23
    assert sum(c["speaker"]["mention"] is None for c in claims) == 23
    assert sum(c["reported_via"] is not None for c in claims) == 26
    assert sum(c["polarity"] == "deny" for c in claims) == 1
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert [channels.count(ch) for ch in kinds] == [34, 32, 21, 4, 2, 0, 1]
    # the US energy envoy's six claims, remarks at a meeting with Egyptian journalists: unspecified (check12's
    # للصحفيين, check20's and check22's تصريحات صحفية)
    assert {c["channel"] for c in records[12]["claims"]} == {"unspecified"}
    # every claim told to a paper, an agency or a channel (interview) names it in reported_via
    assert all(c["reported_via"] for c in claims if c["channel"] == "interview")
    # the one denial is the Houthi spokesman's نفى on his Facebook page: post
    assert [c["channel"] for c in claims if c["polarity"] == "deny"] == ["post"]
    # the anonymous speakers with no span are the continuations of the judicial source and of al-Anad's source
    assert sum(c["speaker"]["anonymous"] and c["speaker"]["mention"] is None for c in claims) == 3
    assert all(c.get("note") for c in claims)


def test_check24_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): twelve participles of saying, warning or confirming after a comma (مؤكدة، محذراً، لافتاً، مؤكداً،
    # منوهاً، مبيناً، مشيراً، مضيفا) go on with the claim before, inside nine claims' contents; none is a claim of its own
    records = data._records(NAME)
    claims = [c for r in records for c in r["claims"]]
    folded = [c for c in claims if "ruling 5" in c["note"] and "folded" in c["note"]]
    assert len(folded) == 9
    # the Libyan MP's four claims in a row, each a finite verb after a comma, two of them holding two participles
    libya = records[5]["claims"]
    assert [("folded" in c["note"]) for c in libya[:5]] == [True, False, False, True, True]
    # the only participles coded as claims of their own (قائلين، قائلة) follow a refusal to comment (an act)
    lone = [c for c in claims if "after رفض" in c["note"] or "after كما رفضت" in c["note"]]
    assert [(c["channel"], c["reported_via"]) for c in lone] == [("interview", "رويترز"), ("statement", None)]


def test_check24_morocco_text_is_check10s_and_coded_alike() -> None:
    # al-Riyadh's Moroccan cell story is (96.7 % of six-word runs) the text of a check10 article (3alyoum's copy: the
    # draw avoids urls, not texts); coded blind here, its three claims agree with check10's on every speaker, marker,
    # channel, directness and reported_via, and on two of three contents (the third differs by its quote marks only)
    mine = data._records(NAME)[1]
    twins = [r for r in data._records("claims_check10.jsonl") if "3alyoum.com/news/a/" in r["key"]["url"]]
    assert len(twins) == 1
    old = twins[0]["claims"]
    assert len(old) == len(mine["claims"]) == 3
    for a, b in zip(old, mine["claims"], strict=True):
        assert (a["marker"]["sha1"], a["channel"], a["reported_via"], a["direct"], a["speaker"]["anonymous"]) == (
            b["marker"]["sha1"],
            b["channel"],
            b["reported_via"],
            b["direct"],
            b["speaker"]["anonymous"],
        )
        assert (a["speaker"]["mention"] or {}).get("sha1") == (b["speaker"]["mention"] or {}).get("sha1")
    assert [a["content"]["sha1"] == b["content"]["sha1"] for a, b in zip(old, mine["claims"], strict=True)] == [
        True,
        False,
        True,
    ]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check24_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check24_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check24_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 24)} | {f"events_tune{n}.jsonl" for n in range(17, 35)}
    # a second-to-last DIGIT and a third-from-last c-f (check22's and check23's region: round 17's blind digits)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check24",
        "check24",
        seed=2024,
        third="cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held,
        files="ROUND25_FILES",
        second="0123456789",
    )
    assert sel.THIRD_DIGITS == draws.ROUND25_CLAIMS2_THIRD == draws.ROUND17_THIRD_DIGITS
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (digit, then 0-9 a b) and from round 25's events draw (a-f second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789ab")) for u in urls)
    assert not any(
        draws.in_range3(u, draws.ROUND25_EVENTS_THIRD | draws.ROUND25_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS)
        for u in urls
    )
    # check22 and check23, the sets drawn before from the same region, share no article
    for name in ("claims_check22.jsonl", "claims_check23.jsonl"):
        assert not set(urls) & {r["key"]["url"] for r in data._records(name)}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check24_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check24")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check24_is_released_and_check42_lead_held() -> None:
    # check24 (round 25's blind set) is a tune set from round 26 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
