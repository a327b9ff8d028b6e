"""Round 32's blind claims set of SHORT articles, ``benchmarks/data/claims_check31.jsonl`` (issue 13): annotations
only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint by url, by
url without its query string, by content hash and by content (no article shares half of its six-word runs with an
annotated text) from every other annotated file, and exactly the draw of ``benchmarks/select_claims_check31.py``
(400–3,000 characters, ``sha1(url)[-2]`` in a–f and ``[-3]`` in 0–7: check30's region, apart from helpers' fresh
samples and from round 32's events tune42). Coded with the lead's rulings (5) of round 24 (a participle that goes on
with the same speaker's saying is folded into the claim it follows), (7) of round 25 (the statement named in the very
next sentence is the lede's channel), (8) of round 26 and (10) of round 27 (a speaker told inside another's words with
its own verb of saying and content is a nested claim of its own). Lead-held in round 32, a tune set from round 33 on.
Nothing here runs rasd on its articles."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from . import test_claims_data as data

NAME, SIZE = "claims_check31.jsonl", 13
#: round 32's other blind files, written at the same time by other coders: never opened here (tune42's region, a
#: second-to-last digit with a third-from-last c-f, and rowjudge10's fresh samples, a second-to-last digit, cannot
#: meet this file's a-f)
BLIND = ("events_tune42.jsonl", "events_rowjudge10.jsonl")


def _sel() -> ModuleType:
    sys.path.insert(0, str(data.DATA.parent))
    return importlib.import_module("select_claims_check31")


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


def test_check31_holds_annotations_only() -> None:
    records = data.check_long_blind_records(NAME, "check31", 77, (400, 3000))
    claims = [c for r in records for c in r["claims"]]
    for r in records:
        assert r["published"] == r["key"]["zip"]
    # both pools were full: conflict 12, politics 1
    assert sorted(r["pool"] for r in records) == ["conflict"] * 12 + ["politics"]
    # the make-up the README section gives
    assert [len(r["claims"]) for r in records] == [2, 7, 5, 7, 8, 6, 4, 10, 3, 4, 8, 6, 7]
    assert sum(c["direct"] for c in claims) == 21
    assert sum(c["speaker"]["anonymous"] for c in claims) == 17
    assert sum(c["speaker"]["mention"] is None for c in claims) == 13
    # two anonymous continuations with no span: the Sinai source's وأشار and the Gaza witnesses' وأضافوا
    assert _where(records, lambda c: c["speaker"]["anonymous"] and c["speaker"]["mention"] is None) == [
        (2, "C5"),
        (6, "C3"),
    ]
    assert sum(c["reported_via"] is not None for c in claims) == 20
    # two denials: Rwanda's نفت أن and Davutoglu's رفض … أن
    assert _where(records, lambda c: c["polarity"] == "deny") == [(3, "C4"), (7, "C1")]
    channels = sorted(c["channel"] for c in claims)
    kinds = ("unspecified", "statement", "interview", "post", "report", "press conference", "television")
    # round 40: channels recoded by the lead's ruling on the round-10 convention (data README)
    assert [channels.count(ch) for ch in kinds] == [32, 24, 14, 0, 2, 0, 5]
    # every claim told to a paper, an agency's correspondent or a radio interview (interview) names it in
    # reported_via; the others are the Turkish media's relay of the bomber's mother (ونقلت … عن) and the Iranian
    # television's of the oil minister (ونقل التلفزيون عنه), carried to the continuations after them
    assert all(c["reported_via"] for c in claims if c["channel"] == "interview")
    told = sorted(c["reported_via"] for c in claims if c["channel"] == "interview")
    radio, paper, agency = "إذاعة فرنسا الدولية", "الشرق الأوسط", "وكالة الأناضول للأنباء"
    assert told == [radio] * 6 + ["الاقتصادية"] * 2 + [paper] * 3 + [agency] * 3
    relays = [c["reported_via"] for c in claims if c["reported_via"] and c["channel"] != "interview"]
    assert relays == ["وسائل إعلام تركية"] * 3 + ["التلفزيون"] * 3
    assert all(c.get("note") for c in claims)


def test_check31_folds_participles_of_the_same_speaker() -> None:
    # ruling (5): the participles after a claim (مشيرا، مؤكدا، مبيناً، مشيراً، مرجحا، مشيرًا، مؤكدا; Poroshenko's
    # مشيرا with no comma) go on with the claim before, inside its content; the spokesman's مشيراً after an uncoded
    # negated verb (ولم يستبعد … تخطيط) cannot fold and is a claim of its own, the span on the name before
    records = data._records(NAME)
    folded = [(1, "C3"), (1, "C4"), (1, "C5"), (1, "C6"), (3, "C6"), (7, "C4"), (9, "C1"), (11, "C1")]
    assert _where(records, lambda c: "ruling 5:" in c["note"]) == folded
    assert _where(records, lambda c: "cannot fold" in c["note"]) == [(1, "C5")]
    assert _claim(records, 1, "C5")["speaker"]["mention"] is not None
    for i, cid in folded:
        claim = _claim(records, i, cid)
        assert claim["content"]["end"] > claim["marker"]["end"]


def test_check31_ruling_7_statement_named_next() -> None:
    # ruling (7): Walton's وقال … إنّ «…» names no channel; his كما أضاف في بيان in the very next sentence does, and
    # is the lede's channel too
    records = data._records(NAME)
    assert _where(records, lambda c: c["note"].startswith("ruling 7:")) == [(4, "C2")]
    lede, next_ = _claim(records, 4, "C2"), _claim(records, 4, "C3")
    assert lede["channel"] == next_["channel"] == "statement"
    assert next_["speaker"]["mention"] is None


def test_check31_nested_claims() -> None:
    # rulings (8)/(10): the witnesses' تحدثوا عن inside the British police's quotation; the sons' وإنما قالا إنهما
    # inside their mother's quotation
    records = data._records(NAME)
    nested = _where(records, lambda c: c["note"].startswith("nested"))
    assert nested == [(4, "C8"), (7, "C9")]
    for i, cid in nested:
        inner = _claim(records, i, cid)["content"]
        outer = [c["content"] for c in records[i]["claims"] if c["id"] != cid and not c["note"].startswith("nested")]
        assert any(o["start"] <= inner["start"] and inner["end"] <= o["end"] for o in outer), (i, cid)


def test_check31_no_copy_under_another_url_or_the_same_text() -> None:
    # check27's exclusions kept: no article's url without its query string, nor its content hash, is another annotated
    # record's (the held-out agreement files and round 32's other blind files left unopened)
    sel = _sel()
    mine = data._records(NAME)
    bare = {sel.bare_url(r["key"]["url"]) for r in mine}
    hashes = {r["content_sha1"] for r in mine}
    for path in _others():
        rows = [r for r in data._records(path.name) if isinstance(r.get("key"), dict)]
        assert not bare & {sel.bare_url(r["key"]["url"]) for r in rows}, path.name
        assert not hashes & {r.get("content_sha1") for r in rows}, path.name


def test_check31_keeps_check28s_copy_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # the committed rule is check28's: the same runs, run length and share, applied to check31's own region and
    # files; on made-up text, an article is a copy when half or more of its distinct runs lie in ONE annotated text
    sel = _sel()
    check30 = importlib.import_module("select_claims_check30")
    data.check_runs_are_check28s(sel)
    assert sel.runs("أفاد مصدر أمني بأن مسلحين هاجموا نقطة تفتيش شرق المدينة") == {
        ("أفاد", "مصدر", "أمني", "بأن", "مسلحين", "هاجموا"),
        ("مصدر", "أمني", "بأن", "مسلحين", "هاجموا", "نقطة"),
        ("أمني", "بأن", "مسلحين", "هاجموا", "نقطة", "تفتيش"),
        ("بأن", "مسلحين", "هاجموا", "نقطة", "تفتيش", "شرق"),
        ("مسلحين", "هاجموا", "نقطة", "تفتيش", "شرق", "المدينة"),
    }
    words = [f"خبر{i}" for i in range(90)]
    other = [f"تعليق{i}" for i in range(90)]
    annotated = " ".join(words)
    copy = " ".join(words[:50] + other[:40])  # 45 of its 85 runs in the annotated text: a copy
    kept = " ".join(words[:40] + other[:50])  # 35 of 85: kept
    corpus = [("z", {"url": "A", "content": annotated}), ("z", {"url": "B", "content": copy})]
    corpus.append(("z", {"url": "C", "content": kept}))
    monkeypatch.setattr(sel, "text_urls", lambda: {"A"})
    monkeypatch.setattr(sel, "in_range", lambda url: True)
    monkeypatch.setattr(sel, "CHARS", (0, 10**6))
    assert sel.near_copy_urls(corpus) == {"B"}
    # check31's copy check compares with check31's files (round 32's start: check30, tune41 and rowjudge9 among them)
    assert sel.TEXT_FILES != check30.TEXT_FILES
    assert {"claims_check30.jsonl", "events_tune41.jsonl", "events_rowjudge9.jsonl"} <= set(sel.TEXT_FILES)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: texts not compared")
def test_check31_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    # no article shares half of its six-word runs with the text of any other annotated record (the held-out files, the
    # events dev set and round 32's other blind files not compared here; the draw left out near copies of the dev set's
    # articles too). The highest shares (the README section): al-Azhar's statement 41.2 % with a claims_tune2 text
    # (the same statement in another paper), the Sinai sources 25.6 % with an events_sentences24 text, the Suruc
    # bomber 21.8 % with an events_rowjudge2 text, the Gaza car bombs 15.3 % with a claims_check text
    sel = _sel()
    texts = {a.get("url"): a.get("content") or "" for _, a in sel._corpus(data.CORPUS)}
    mine = [sel.runs(texts[r["key"]["url"]]) for r in data._records(NAME)]
    best = [(0.0, "")] * len(mine)
    for path in _others():
        if path.name == "events_dev.jsonl":
            continue
        for r in data._records(path.name):
            key = r.get("key") if isinstance(r.get("key"), dict) else r.get("article")
            if not isinstance(key, dict) or key.get("url") not in texts:
                continue
            theirs = sel.runs(texts[key["url"]])
            for i, runs in enumerate(mine):
                share = len(runs & theirs) / len(runs)
                if share > best[i][0]:
                    best[i] = (share, path.name)
    assert all(share < sel.SHARE for share, _ in best), best
    assert best[8][1] == "claims_tune2.jsonl" and 0.41 < best[8][0] < 0.42
    assert best[2][1] == "events_sentences24.jsonl" and 0.25 < best[2][0] < 0.26
    assert best[7][1] == "events_rowjudge2.jsonl" and 0.21 < best[7][0] < 0.22
    assert best[6][1] == "claims_check.jsonl" and 0.15 < best[6][0] < 0.16
    assert all(share < 0.03 for i, (share, _) in enumerate(best) if i not in (2, 6, 7, 8))


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check31_points_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check31_is_disjoint_from_every_other_annotated_file() -> None:
    data.check_disjoint_by_url(NAME, SIZE, _others())


def test_check31_draw_rule_is_the_committed_one() -> None:
    held = {f"claims_check{n}.jsonl" for n in range(11, 31)} | {f"events_tune{n}.jsonl" for n in range(17, 42)}
    # check30's region, a second-to-last a-f and a third-from-last 0-7 (check30's articles excluded by their file)
    draws, sel = data.check_long_draw_rule(
        "select_claims_check31",
        "check31",
        seed=2031,
        third="01234567",
        sizes=(("conflict", 12), ("politics", 1)),
        chars=(400, 3000),
        held=held | {"events_rowjudge8.jsonl", "events_rowjudge9.jsonl"},
        files="ROUND32_FILES",
    )
    assert sel.THIRD_DIGITS == draws.ROUND32_CLAIMS_THIRD == draws.ROUND31_CLAIMS_THIRD
    assert "claims_judged18.jsonl" in sel.TEXT_FILES and set(sel.AVOID) <= set(sel.TEXT_FILES)
    urls = [r["key"]["url"] for r in data._records(NAME)]
    # apart from helpers' fresh samples and round 32's events tune42 (a digit second to last), from check29's region
    # (a-f, then 8, 9, c-f)
    assert not any(draws.in_range3(u, frozenset("0123456789abcdef")) for u in urls)
    assert not any(draws.in_range3(u, draws.ROUND32_EVENTS_THIRD) for u in urls)
    assert not any(draws.in_range3(u, draws.ROUND30_CLAIMS_THIRD, draws.ROUND18_LONG_DIGITS) for u in urls)
    # no earlier claims check set shares an article (check30 drew in the same region)
    for n in range(9, 31):
        assert not set(urls) & {r["key"]["url"] for r in data._records(f"claims_check{n}.jsonl")}


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check31_is_the_committed_draw() -> None:
    data.check_committed_draw(NAME, "select_claims_check31")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the bench skips before its refusal")
def test_check31_is_released_and_check42_lead_held() -> None:
    # check31 (round 32's blind set) is a tune set from round 33 on; check42 (round 43's) is lead-held, as check7 and
    # check8 always are: the bench refuses --errors (it would print the file's claims) before it runs anything
    data.check_bench_refuses_errors("check42")
    data.check_bench_refuses_errors("check7")
