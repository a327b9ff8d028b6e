"""Round 36's blind claims set of SHORT articles, ``benchmarks/data/claims_check35.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint by url, by
url without its query string, by content hash and by content (no article shares half of its six-word runs with an
annotated text) from every other annotated file, and exactly the draw of ``benchmarks/select_claims_check35.py``
(400–3,000 characters, ``sha1(url)[-2]`` in a–f with ANY ``[-3]``: round 36 splits its blind draws by length, events
tune46 taking a–f with 8, 9, a–f and 3,001–8,000 characters only, so the two cannot meet; apart from helpers' fresh
samples, a digit second to last). Coded with the lead's rulings (5) of round 24 (a participle that goes on with the
same speaker's saying is folded into the claim it follows), (7) of round 25 (the statement named in the very next
sentence is the lede's channel), (8) of round 26 and (10) of round 27 (a speaker told inside another's words with its
own verb of saying and content is a nested claim of its own), (11) and (12) of round 35 (a paper that learned with no
source; a spokesman's words with no statement word ``unspecified``). Lead-held in round 36. Nothing here runs rasd on
its articles."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check35.jsonl", 13
#: round 36's other blind files, written at the same time by other coders: never opened here (tune46's articles,
#: 3,001-8,000 characters, and rowjudge14's fresh samples, a second-to-last digit, cannot meet this file's a-f articles
#: of 400-3,000 characters)
BLIND = ("events_tune46.jsonl", "events_rowjudge14.jsonl")


def _sel() -> ModuleType:
    sys.path.insert(0, str(data.DATA.parent))
    return importlib.import_module("select_claims_check35")


def _others() -> Iterator[Path]:
    """Every other annotated file of ``benchmarks/data/``, the blind ones and the held-out files left unopened."""
    for path in sorted(data.DATA.glob("*.jsonl")):
        if path.name in (NAME, *BLIND) or "heldout" in path.name:
            continue
        yield path


def _where(records: list[dict[str, Any]], test: Any) -> list[tuple[int, str]]:
    return [(i, c["id"]) for i, r in enumerate(records) for c in r["claims"] if test(c)]


def _claim(records: list[dict[str, Any]], i: int, cid: str) -> dict[str, Any]:
    return next(c for c in records[i]["claims"] if c["id"] == cid)


def _inside(span: dict[str, Any], at: int) -> bool:
    return bool(span["start"] <= at < span["end"])


def test_check35_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check35", 86, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up the README section gives
    assert [len(r["claims"]) for r in records] == [5, 4, 13, 5, 3, 4, 4, 6, 9, 5, 4, 15, 9]
    assert sum(c["direct"] for c in claims) == 19
    assert sum(c["speaker"]["anonymous"] for c in claims) == 5
    assert sum(c["speaker"]["mention"] is None for c in claims) == 13
    # every anonymous speaker is spanned (no وعلمت of a paper, ruling 11, occurs here)
    assert not _where(records, lambda c: c["speaker"]["anonymous"] and c["speaker"]["mention"] is None)
    # no denial
    assert all(c["polarity"] == "assert" for c in claims)
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    # round 39: 3 report-as-speaker claims recoded statement -> report by the lead's ruling (data README)
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert [channels.count(ch) for ch in kinds] == [27, 24, 20, 1, 7, 6, 1]
    relays = [c["reported_via"] for c in claims if c["reported_via"]]
    assert len(relays) == 33
    assert relays.count("سكاي نيوز عربية") == 10 and relays.count("وكالة الأناضول للأنباء") == 4
    assert all(c.get("note") for c in claims)
    # ruling 12: the named spokesmen with no word of a statement (the Najran civil defence spokesman's وصرح, the German
    # deputy spokesman's words through dpa) are unspecified
    assert _claim(records, 5, "C2")["channel"] == "unspecified"
    assert {_claim(records, 11, cid)["channel"] for cid in ("C10", "C12", "C13")} == {"unspecified"}


def test_check35_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): the participles after a claim (مشدداً، مشيرا، قائلا إن، مؤكدا، مضيفا، موضحا، داعيا، مشددا) go on with
    # the claim before, inside its content
    records = data._records(NAME)
    folded = [(0, "C4"), (2, "C9"), (2, "C11"), (8, "C1"), (8, "C2"), (8, "C6"), (8, "C7"), (8, "C9")]
    assert _where(records, lambda c: "ruling 5:" in c["note"]) == folded
    for i, cid in folded:
        claim = _claim(records, i, cid)
        assert claim["content"]["end"] > claim["marker"]["end"]
    # ruling (7): the channel named in the very next sentence given to a lede (Aden's governor to Sky News Arabia,
    # Asir's tourism officials to al-Riyadh, the Yemeni transport minister's press conference)
    assert _where(records, lambda c: "ruling 7:" in c["note"]) == [(2, "C1"), (6, "C1"), (8, "C6")]
    assert [_claim(records, i, c)["channel"] for i, c in ((2, "C1"), (6, "C1"), (8, "C6"))] == [
        "interview",
        "interview",
        "press conference",
    ]
    # no participle after an uncoded verb was coded as a claim of its own
    assert not _where(records, lambda c: "cannot fold" in c["note"])


def test_check35_trailing_attributions_follow_their_clause() -> None:
    # a trailing بحسب + an agency, حسبما أعلن + the speaker over the clause before it: the marker and the speaker come
    # after the content (check29's, check33's and check34's)
    records = data._records(NAME)
    trailing = _where(records, lambda c: c["note"].startswith("a trailing"))
    assert trailing == [(8, "C5"), (11, "C5")]
    for i, cid in trailing:
        claim = _claim(records, i, cid)
        assert claim["content"]["end"] < claim["marker"]["start"] < claim["speaker"]["mention"]["start"]
    # a demonstrative object (ذكر ذلك + the speaker): the content is the sentence before the marker
    lede = _claim(records, 0, "C1")
    assert lede["note"].startswith("a demonstrative object")
    assert lede["content"]["end"] < lede["marker"]["start"] < lede["speaker"]["mention"]["start"]


def test_check35_nested_claims_sit_inside_another_claims_content() -> None:
    # rulings (8)/(10): the Aden health office's أعلن inside al-Adni's words, the president's أعلن inside the White
    # House statement, Ban's أكد inside Davutoglu's office's words, Merkel's أكدت inside her deputy spokesman's words
    records = data._records(NAME)
    nested = [(8, "C3"), (9, "C4"), (11, "C7"), (11, "C11")]
    assert _where(records, lambda c: c["note"].startswith("nested")) == nested
    for r_i, r in enumerate(records):
        for inner in r["claims"]:
            holders = [
                o["id"] for o in r["claims"] if o is not inner and _inside(o["content"], inner["marker"]["start"])
            ]
            assert bool(holders) == ((r_i, inner["id"]) in nested), (r_i, inner["id"], holders)


def test_check35_no_copy_under_another_url_or_the_same_text() -> None:
    # check27's exclusions kept: no article's url without its query string, nor its content hash, is another annotated
    # record's (the held-out agreement files and round 36's other blind files left unopened)
    data.check_no_copy_by_url_or_hash(NAME, _sel(), _others())


def test_check35_keeps_check28s_copy_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # the committed rule is check28's: the same runs, run length and share, applied to check35's own region and
    # files; on made-up text, an article is a copy when half or more of its distinct runs lie in ONE annotated text
    sel = _sel()
    check34 = importlib.import_module("select_claims_check34")
    data.check_runs_are_check28s(sel)
    assert sel.runs("أعلنت وزارة الداخلية أن دورية أمنية ضبطت ثلاثة مطلوبين") == {
        ("أعلنت", "وزارة", "الداخلية", "أن", "دورية", "أمنية"),
        ("وزارة", "الداخلية", "أن", "دورية", "أمنية", "ضبطت"),
        ("الداخلية", "أن", "دورية", "أمنية", "ضبطت", "ثلاثة"),
        ("أن", "دورية", "أمنية", "ضبطت", "ثلاثة", "مطلوبين"),
    }
    data.check_copy_rule_on_made_up_text(sel, monkeypatch, "خبر", "تعليق")
    # check35's copy check compares with check35's files (round 36's start: check34, tune45 and rowjudge13 among them)
    assert sel.TEXT_FILES != check34.TEXT_FILES
    assert {"claims_check34.jsonl", "events_tune45.jsonl", "events_rowjudge13.jsonl"} <= set(sel.TEXT_FILES)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: texts not compared")
def test_check35_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    # no article shares half of its six-word runs with the text of any other annotated record (the held-out files, the
    # events dev set and round 36's other blind files not compared here; the draw left out near copies of the dev set's
    # articles too). The highest shares (the README section): Turkey's strikes on IS 41.1 % with an events_rowjudge5
    # text, US support for Turkey 25.6 % with an events_sentences text, Mullah Mansour 24.5 % with an
    # events_sentences20 text, Aden's governor 17.6 % with an events_rowjudge4 text (all events-only files); with a
    # released claims set at most 5.8 % (US support for Turkey and a claims_check20 text)
    sel = _sel()
    best = data.best_run_shares(NAME, sel, _others())
    assert all(share < sel.SHARE for share, _ in best), best
    assert best[3][1] == "events_rowjudge5.jsonl" and 0.41 < best[3][0] < 0.42
    assert best[11][1] == "events_sentences.jsonl" and 0.25 < best[11][0] < 0.26
    assert best[12][1] == "events_sentences20.jsonl" and 0.24 < best[12][0] < 0.25
    assert best[2][1] == "events_rowjudge4.jsonl" and 0.17 < best[2][0] < 0.18
    assert all(share < 0.07 for i, (share, _) in enumerate(best) if i not in (2, 3, 11, 12))


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check35_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check35_is_disjoint_from_every_other_annotated_file() -> None:
    data.check_disjoint_by_url(NAME, SIZE, _others())


def test_check35_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 35)} | {f"events_tune{n}.jsonl" for n in range(17, 46)}
    rowjudge = {f"events_rowjudge{n}.jsonl" for n in range(9, 14)}
    # round 36's claims region: a second-to-last a-f with ANY third-from-last, 400-3,000 characters only
    draws, sel = data.check_long_draw_rule(
        "select_claims_check35",
        "check35",
        seed=2035,
        third="0123456789abcdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held | rowjudge,
        files="ROUND36_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND36_CLAIMS_THIRD
    assert "claims_judged18.jsonl" in sel.TEXT_FILES and set(sel.AVOID) <= set(sel.TEXT_FILES)
    # the length band is below events tune46's (3,001-8,000 characters): the two draws cannot meet
    assert sel.CHARS == (400, 3000) and sel.CHECK35.chars[1] < 3001
    records = data._records(NAME)
    assert all(400 <= r["content_len"] <= 3000 for r in records)
    urls = [r["key"]["url"] for r in records]
    # apart from helpers' fresh samples (a digit second to last)
    assert not any(draws.in_range3(u, frozenset("0123456789abcdef"), draws.DIGITS) for u in urls)
    assert all(draws.in_range3(u, frozenset("0123456789abcdef"), frozenset("abcdef")) for u in urls)
    # no earlier claims check set shares an article
    for n in range(9, 35):
        assert not set(urls) & {r["key"]["url"] for r in data._records(f"claims_check{n}.jsonl")}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check35_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check35")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check35_is_released_and_check42_lead_held() -> None:
    # check35 (round 36's blind set) is a tune set from round 37 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors (it would print the file's claims) before it runs anything
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
