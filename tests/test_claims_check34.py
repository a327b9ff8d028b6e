"""Round 35's blind claims set of SHORT articles, ``benchmarks/data/claims_check34.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint by url, by
url without its query string, by content hash and by content (no article shares half of its six-word runs with an
annotated text) from every other annotated file, and exactly the draw of ``benchmarks/select_claims_check34.py``
(400–3,000 characters, ``sha1(url)[-2]`` in a–f and ``[-3]`` in 8, 9, c–f: check29's region of round 30, apart from
helpers' fresh samples, from check30–check33's 0–7 and from round 35's events tune45). Coded with the lead's rulings
(5) of round 24 (a participle that goes on with the same speaker's saying is folded into the claim it follows), (7)
of round 25 (the statement named in the very next sentence is the lede's channel), (8) of round 26 and (10) of round
27 (a speaker told inside another's words with its own verb of saying and content is a nested claim of its own).
Lead-held in round 35. Nothing here runs rasd on its articles."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check34.jsonl", 13
#: round 35's other blind files, written at the same time by other coders: never opened here (tune45's region, a
#: second-to-last a-f with a third-from-last 0-7, and rowjudge13's fresh samples, a second-to-last digit, cannot meet
#: this file's a-f with 8, 9, c-f)
BLIND = ("events_tune45.jsonl", "events_rowjudge13.jsonl")


def _sel() -> ModuleType:
    sys.path.insert(0, str(data.DATA.parent))
    return importlib.import_module("select_claims_check34")


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


def test_check34_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check34", 59, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up the README section gives
    assert [len(r["claims"]) for r in records] == [6, 4, 3, 3, 3, 3, 5, 4, 6, 4, 6, 4, 8]
    assert sum(c["direct"] for c in claims) == 7
    assert sum(c["speaker"]["anonymous"] for c in claims) == 9
    assert sum(c["speaker"]["mention"] is None for c in claims) == 10
    # one anonymous claim with no span: the Pakistani government sources' وبينت (a feminine verb for مصادر)
    anonymous_bare = _where(records, lambda c: c["speaker"]["anonymous"] and c["speaker"]["mention"] is None)
    assert anonymous_bare == [(9, "C3")]
    # no denial
    assert all(c["polarity"] == "assert" for c in claims)
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    # round 39: 8 report-as-speaker claims recoded statement -> report by the lead's ruling (data README)
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert [channels.count(ch) for ch in kinds] == [32, 12, 0, 0, 10, 4, 1]
    # the only relay: Sky News after a trailing بحسب, carried to the scientists' and the study's claims; no interview
    assert [c["reported_via"] for c in claims if c["reported_via"]] == ["سكاي نيوز"] * 3
    assert _where(records, lambda c: c["reported_via"] is not None) == [(4, "C1"), (4, "C2"), (4, "C3")]
    assert all(c.get("note") for c in claims)


def test_check34_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): the participles after a claim (the imam's مؤكدا خلال حديثه, مبينا and مؤكدا; the Pakistani sources'
    # مشيرة) go on with the claim before, inside its content
    records = data._records(NAME)
    folded = [(7, "C1"), (7, "C3"), (7, "C4"), (9, "C3")]
    assert _where(records, lambda c: "ruling 5:" in c["note"]) == folded
    for i, cid in folded:
        claim = _claim(records, i, cid)
        assert claim["content"]["end"] > claim["marker"]["end"]
    # no participle after an uncoded verb was coded as a claim of its own, and no lede took its channel from the
    # next sentence (ruling 7): neither case occurs in this file
    assert not _where(records, lambda c: "cannot fold" in c["note"] or "ruling 7" in c["note"])


def test_check34_trailing_attributions_follow_their_clause() -> None:
    # a trailing وفق / حسبما ذكرت / على ما أفاد over the clause before it: the marker and the speaker come after the
    # content (check29's and check33's)
    records = data._records(NAME)
    trailing = _where(records, lambda c: c["note"].startswith("a trailing"))
    assert trailing == [(10, "C3"), (11, "C1"), (11, "C2")]
    for i, cid in trailing:
        claim = _claim(records, i, cid)
        assert claim["content"]["end"] < claim["marker"]["start"] < claim["speaker"]["mention"]["start"]


def test_check34_has_no_nested_claims() -> None:
    # rulings (8)/(10) find no case here: the former attorney general's قال sits inside the news' ولمحت (not coded),
    # so it is a claim of its own; no claim's content holds another claim's marker
    records = data._records(NAME)
    assert not _where(records, lambda c: c["note"].startswith("nested"))
    for r in records:
        for outer in r["claims"]:
            for inner in r["claims"]:
                if inner is not outer:
                    span = outer["content"]
                    assert not span["start"] <= inner["marker"]["start"] < span["end"], (outer["id"], inner["id"])


def test_check34_no_copy_under_another_url_or_the_same_text() -> None:
    # check27's exclusions kept: no article's url without its query string, nor its content hash, is another annotated
    # record's (the held-out agreement files and round 35's other blind files left unopened)
    data.check_no_copy_by_url_or_hash(NAME, _sel(), _others())


def test_check34_keeps_check28s_copy_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # the committed rule is check28's: the same runs, run length and share, applied to check34's own region and
    # files; on made-up text, an article is a copy when half or more of its distinct runs lie in ONE annotated text
    sel = _sel()
    check33 = importlib.import_module("select_claims_check33")
    data.check_runs_are_check28s(sel)
    assert sel.runs("قال مصدر أمني إن الشرطة أوقفت خمسة مشتبه بهم قرب الميناء") == {
        ("قال", "مصدر", "أمني", "إن", "الشرطة", "أوقفت"),
        ("مصدر", "أمني", "إن", "الشرطة", "أوقفت", "خمسة"),
        ("أمني", "إن", "الشرطة", "أوقفت", "خمسة", "مشتبه"),
        ("إن", "الشرطة", "أوقفت", "خمسة", "مشتبه", "بهم"),
        ("الشرطة", "أوقفت", "خمسة", "مشتبه", "بهم", "قرب"),
        ("أوقفت", "خمسة", "مشتبه", "بهم", "قرب", "الميناء"),
    }
    data.check_copy_rule_on_made_up_text(sel, monkeypatch, "نبأ", "رأي")
    # check34's copy check compares with check34's files (round 35's start: check33, tune44 and rowjudge12 among them)
    assert sel.TEXT_FILES != check33.TEXT_FILES
    assert {"claims_check33.jsonl", "events_tune44.jsonl", "events_rowjudge12.jsonl"} <= set(sel.TEXT_FILES)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: texts not compared")
def test_check34_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    # no article shares half of its six-word runs with the text of any other annotated record (the held-out files, the
    # events dev set and round 35's other blind files not compared here; the draw left out near copies of the dev set's
    # articles too). The highest shares (the README section): the Najran martyr's family visit 26.7 % with a
    # places_audit3 text and 24.1 % with a places_audit2 text (the same visit told by other papers), al-Anad 6.4 %
    # with an events_rowjudge7 text
    sel = _sel()
    best = data.best_run_shares(NAME, sel, _others())
    assert all(share < sel.SHARE for share, _ in best), best
    assert best[1][1] == "places_audit3.jsonl" and 0.26 < best[1][0] < 0.27
    assert best[10][1] == "events_rowjudge7.jsonl" and 0.06 < best[10][0] < 0.07
    assert all(share < 0.05 for i, (share, _) in enumerate(best) if i not in (1, 10))


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check34_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check34_is_disjoint_from_every_other_annotated_file() -> None:
    data.check_disjoint_by_url(NAME, SIZE, _others())


def test_check34_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 34)} | {f"events_tune{n}.jsonl" for n in range(17, 45)}
    rowjudge = {f"events_rowjudge{n}.jsonl" for n in range(9, 13)}
    # check29's region, a second-to-last a-f and a third-from-last 8, 9, c-f (check29's articles excluded by its file)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check34",
        "check34",
        seed=2034,
        third="89cdef",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held | rowjudge,
        files="ROUND35_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND35_CLAIMS_THIRD == draws.ROUND30_CLAIMS_THIRD
    assert "claims_judged18.jsonl" in sel.TEXT_FILES and set(sel.AVOID) <= set(sel.TEXT_FILES)
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples (a digit second to last), from check30-check33's region (a-f, then 0-7) and
    # from round 35's events tune45 (a-f, then 0-7)
    assert not any(draws.in_range3(u, frozenset("0123456789abcdef")) for u in urls)
    assert not any(draws.in_range3(u, draws.ROUND35_EVENTS_THIRD, draws.ROUND18_LONG_DIGITS) for u in urls)
    assert not any(draws.in_range3(u, draws.ROUND34_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS) for u in urls)
    assert all(draws.in_range3(u, frozenset("89cdef"), frozenset("abcdef")) for u in urls)
    # no earlier claims check set shares an article (check29 drew in the same region)
    for n in range(9, 34):
        assert not set(urls) & {r["key"]["url"] for r in data._records(f"claims_check{n}.jsonl")}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check34_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check34")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check34_is_released_and_check42_lead_held() -> None:
    # check34 (round 35's blind set) is a tune set from round 36 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors (it would print the file's claims) before it runs anything
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
