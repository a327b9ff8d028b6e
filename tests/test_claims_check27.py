"""Round 28's blind claims set of SHORT articles, ``benchmarks/data/claims_check27.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint by url, by
url without its query string and by content hash from every other annotated file, and exactly the draw of
``benchmarks/select_claims_check27.py`` (400–3,000 characters, ``sha1(url)[-2]`` a digit 0–9 and ``[-3]`` in c–f:
check22's to check26's region, apart from helpers' fresh samples). Coded with the lead's rulings (5) of round 24 (a
participle that goes on with the same speaker's saying is folded into the claim it follows), (7) of round 25 and (8)
of round 26 (a speaker told inside another's words with its own verb of saying and content is a nested claim of its
own). Lead-held in round 28, a tune set from round 29 on. Nothing here runs rasd on its articles."""

from __future__ import annotations

import importlib
import sys

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check27.jsonl", 13


def test_check27_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check27", 71, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up benchmarks/data/README.md gives
    assert [len(r["claims"]) for r in records] == [6, 3, 11, 6, 7, 3, 4, 3, 4, 5, 4, 6, 9]
    assert sum(c["direct"] for c in claims) == 26
    assert sum(c["speaker"]["anonymous"] for c in claims) == 13
    assert sum(c["speaker"]["mention"] is None for c in claims) == 11
    # two anonymous continuations with no span: the unnamed State Department official's وأكد and وأضاف
    assert [
        (i, c["id"])
        for i, r in enumerate(records)
        for c in r["claims"]
        if c["speaker"]["anonymous"] and c["speaker"]["mention"] is None
    ] == [
        (3, "C3"),
        (3, "C4"),
    ]
    assert sum(c["reported_via"] is not None for c in claims) == 22
    # one denial: Jordan's habitual وينفي
    assert [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if c["polarity"] == "deny"] == [(2, "C10")]
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    assert [channels.count(ch) for ch in kinds] == [28, 21, 16, 0, 2, 0, 4]
    # every claim told to a paper or a station (interview) names it in reported_via; the other reported_via are
    # relays: a Syrian source through the state television, divers through the Australian broadcaster, and the
    # channel that aired the Houthi leader's programme
    assert all(c["reported_via"] for c in claims if c["channel"] == "interview")
    relays = sorted(c["reported_via"] for c in claims if c["reported_via"] and c["channel"] != "interview")
    assert relays == [
        "التلفزيون السوري الرسمي",
        "اليمن اليوم",
        "اليمن اليوم",
        "اليمن اليوم",
        "اليمن اليوم",
        "هيئة الإذاعة الأسترالية",
    ]
    assert all(c.get("note") for c in claims)


def test_check27_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): eight participles of saying, stressing or calling on (مشيرا ×2، مؤكدا، داعياً، مشيرًا ×3، لافتًا) go on
    # with the claim before, inside eight claims' contents; none is a claim of its own
    records = data._records(NAME)
    folded = [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if "ruling 5" in c["note"]]
    assert folded == [(4, "C3"), (4, "C4"), (7, "C3"), (8, "C2"), (11, "C6"), (12, "C1"), (12, "C2"), (12, "C8")]
    # a participle after an uncoded expression of thanks cannot fold: the martyrs' families' مؤكدين
    assert [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if "cannot fold" in c["note"]] == [
        (0, "C4")
    ]


def test_check27_nested_claims() -> None:
    # ruling (8): the army unit's مبينة inside the Jordanian source's وفق clause, Obama's أوضح inside the State
    # Department official's quotation, the safety patrols' report (أكدت فيه) inside al-Madina's sources' words
    records = data._records(NAME)
    nested = [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if c["note"].startswith("nested")]
    assert nested == [(2, "C5"), (3, "C5"), (8, "C4")]
    # each lies inside the content of a claim that is not nested
    for i, cid in nested:
        claims = {c["id"]: c for c in records[i]["claims"]}
        inner = claims[cid]["content"]
        outer = [c["content"] for c in records[i]["claims"] if c["id"] != cid and not c["note"].startswith("nested")]
        assert any(o["start"] <= inner["start"] and inner["end"] <= o["end"] for o in outer), (i, cid)


def test_check27_no_copy_under_another_url_or_the_same_text() -> None:
    # round 27's lesson (check26's ?weekly copy): no article's url without its query string, nor its content hash, is
    # another annotated record's (the held-out agreement files left unread)
    sys.path.insert(0, str(data.DATA.parent))
    sel = importlib.import_module("select_claims_check27")

    mine = data._records(NAME)
    bare = {sel.bare_url(r["key"]["url"]) for r in mine}
    hashes = {r["content_sha1"] for r in mine}
    for path in data.DATA.glob("*.jsonl"):
        if path.name == NAME or "heldout" in path.name:
            continue
        rows = [r for r in data._records(path.name) if isinstance(r.get("key"), dict)]
        assert not bare & {sel.bare_url(r["key"]["url"]) for r in rows}, path.name
        assert not hashes & {r.get("content_sha1") for r in rows}, path.name


def test_check27_bare_url_also_strips_query_string_ids() -> None:
    # the committed rule strips every query string: a url whose article id IS its query (al-Watan's
    # News_Detail.aspx?ArticleID=…, SPA's details.php?id=…) takes the bare url of every article of its section, so
    # al-Watan's articles in the region were all avoided (benchmarks/data/README.md: 4 of 29 conflict, 27 of 241
    # politics); no article of this set is al-Watan's
    sys.path.insert(0, str(data.DATA.parent))
    sel = importlib.import_module("select_claims_check27")

    assert sel.bare_url("http://www.al-madina.com/node/623122/?weekly") == "http://www.al-madina.com/node/623122"
    watan = "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230087&CategoryID=1"
    assert sel.bare_url(watan) == "http://www.alwatan.com.sa/Politics/News_Detail.aspx"
    assert not any("alwatan.com.sa" in r["key"]["url"] for r in data._records(NAME))


def test_check27_shares_texts_with_released_claims_sets() -> None:
    # near copies under other urls (six-word runs, benchmarks/data/README.md): the Guantanamo story of check11
    # (al-Riyadh), the Tunisian cell of claims_tune2 (al-Yaum), the Tasmanian shark of check4 and check6 (al-Yaum)
    # — different texts (neither url nor content hash equal), coded again here
    records = data._records(NAME)
    others = {
        name: {r["key"]["url"]: r["content_sha1"] for r in data._records(name)}
        for name in ("claims_check11.jsonl", "claims_tune2.jsonl", "claims_check4.jsonl", "claims_check6.jsonl")
    }
    twins = {
        3: ("claims_check11.jsonl", "http://www.alriyadh.com/1071440"),
        5: ("claims_tune2.jsonl", "http://www.alyaum.com/article/4082139"),
        9: ("claims_check4.jsonl", "http://www.alyaum.com/article/4080194"),
    }
    for i, (name, url) in twins.items():
        assert url in others[name] and others[name][url] != records[i]["content_sha1"]
    assert "http://www.alyaum.com/article/4080123" in others["claims_check6.jsonl"]


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check27_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check27_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, SIZE)


def test_check27_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 27)} | {f"events_tune{n}.jsonl" for n in range(17, 38)}
    # a second-to-last DIGIT and a third-from-last c-f (check22's to check26's region: round 17's blind digits)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check27",
        "check27",
        seed=2027,
        third="cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held,
        files="ROUND28_FILES",
        second="0123456789",
    )
    assert sel.THIRD_DIGITS == draws.ROUND28_CLAIMS2_THIRD == draws.ROUND17_THIRD_DIGITS
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (digit, then 0-9 a b) and from round 28's events draw (a-f second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789ab")) for u in urls)
    assert not any(
        draws.in_range3(u, draws.ROUND28_EVENTS_THIRD | draws.ROUND28_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS)
        for u in urls
    )
    # check22 to check26, the sets drawn before from the same region, share no article
    for n in range(22, 27):
        assert not set(urls) & {r["key"]["url"] for r in data._records(f"claims_check{n}.jsonl")}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check27_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check27")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check27_is_released_and_check42_lead_held() -> None:
    # check27 (round 28's blind set) is a tune set from round 29 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
