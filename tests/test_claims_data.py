"""The claims tune and check sets (``benchmarks/data/claims_tune2.jsonl``, ``claims_tune3.jsonl``,
``claims_check.jsonl``): annotations only, well formed, and, when ``../shared`` is present, still pointing at the
same characters of the corpus."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import SHARED

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FILES = (
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
)
CHANNELS = {"interview", "statement", "post", "report", "press conference", "television", "unspecified"}
CORPUS = SHARED / "data" / "news" / "saudinewsnet"


def _records(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(claim: dict[str, Any]) -> list[dict[str, Any]]:
    out = [claim["marker"], claim["content"]]
    if claim["speaker"]["mention"] is not None:
        out.append(claim["speaker"]["mention"])
    return out


@pytest.mark.parametrize("name", FILES)
def test_records_hold_annotations_only(name: str) -> None:
    records = _records(name)
    assert records
    urls = [r["key"]["url"] for r in records]
    assert len(set(urls)) == len(urls)
    for r in records:
        assert set(r) >= {"key", "split", "published", "content_len", "content_sha1", "claims"}
        assert '"text":' not in json.dumps(r, ensure_ascii=False)  # offsets and labels, never the article's words
        for c in r["claims"]:
            assert c["channel"] in CHANNELS and c["polarity"] in ("assert", "deny")
            for span in _spans(c):
                assert 0 <= span["start"] < span["end"] <= r["content_len"] and len(span["sha1"]) == 12


def test_sets_are_disjoint_from_each_other_and_from_the_dev_set() -> None:
    dev = {json.loads(line)["key"]["url"] for line in (DATA / "events_dev.jsonl").read_text("utf-8").splitlines()}
    tune2 = {r["key"]["url"] for r in _records("claims_tune2.jsonl")}
    check = {r["key"]["url"] for r in _records("claims_check.jsonl")}
    assert not (dev & tune2) and not (dev & check) and not (tune2 & check)
    tune3 = {r["key"]["url"] for r in _records("claims_tune3.jsonl")}
    check2 = {r["key"]["url"] for r in _records("claims_check2.jsonl")}
    tune4 = {r["key"]["url"] for r in _records("claims_tune4.jsonl")}
    others = {
        json.loads(line)["key"]["url"]
        for name in ("events_tune2.jsonl", "places_audit.jsonl")
        for line in (DATA / name).read_text("utf-8").splitlines()
        if line.strip()
    }
    assert not tune3 & (dev | tune2 | check | others)
    assert not check2 & (dev | tune2 | tune3 | check | others)
    assert not tune4 & (dev | tune2 | tune3 | check | check2 | others)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"../shared not present ({CORPUS} missing): offsets not checked")
@pytest.mark.parametrize("name", FILES)
def test_offsets_point_at_the_same_characters(name: str) -> None:
    sys.path.insert(0, str(DATA.parent))
    from bench_events import load_articles

    records = _records(name)
    articles = load_articles(CORPUS, {(r["key"]["zip"], r["key"]["url"]) for r in records})
    for r in records:
        text = articles[(r["key"]["zip"], r["key"]["url"])]["content"]
        assert hashlib.sha1(text.encode()).hexdigest()[:12] == r["content_sha1"]
        for c in r["claims"]:
            for span in _spans(c):
                assert hashlib.sha1(text[span["start"] : span["end"]].encode()).hexdigest()[:12] == span["sha1"]


@pytest.mark.parametrize(("name", "size"), [("claims_tune6.jsonl", 16), ("claims_check3.jsonl", 8)])
def test_round7_sets_are_disjoint_from_every_other_annotated_file(name: str, size: int) -> None:
    mine = {r["key"]["url"] for r in _records(name)}
    assert len(mine) == size
    for path in DATA.glob("*.jsonl"):
        if path.name == name:
            continue
        urls = {r["key"]["url"] for r in _records(path.name) if isinstance(r.get("key"), dict)}
        assert not mine & urls, path.name


# ---------------------------------------------------------------------------------------------------- blind check files
# The blind check files of rounds 15 on (check13, check14, …) are checked the same way; each file's test module names
# its own figures (claims, draw rule) and calls these.
def check_blind_records(name: str, split: str, claims: int) -> list[dict[str, Any]]:
    """A blind check file: annotations only, every record of its split, ``claims`` claims, direct and anonymous
    coded as booleans; returns the records."""
    test_records_hold_annotations_only(name)
    records = _records(name)
    assert all(r["split"] == split for r in records)
    coded = [c for r in records for c in r["claims"]]
    assert len(coded) == claims
    for c in coded:
        assert isinstance(c["direct"], bool) and isinstance(c["speaker"]["anonymous"], bool)
    return records


def check_long_blind_records(name: str, split: str, claims: int, chars: tuple[int, int]) -> list[dict[str, Any]]:
    """A blind check file of long articles (check16 on): check_blind_records, and every claim's ``reported_via`` a
    string or None, no claim linked to events, ids running C1, C2, … in each article and every article of ``chars``
    characters; returns the records."""
    records = check_blind_records(name, split, claims)
    for c in (c for r in records for c in r["claims"]):
        assert c["reported_via"] is None or isinstance(c["reported_via"], str)
        assert c["events"] == []
    for r in records:
        assert [c["id"] for c in r["claims"]] == [f"C{i}" for i in range(1, len(r["claims"]) + 1)]
        assert chars[0] <= r["content_len"] <= chars[1]
    return records


def check_long_draw_rule(
    module: str,
    split: str,
    *,
    seed: int,
    third: str,
    sizes: tuple[tuple[str, int], ...],
    chars: tuple[int, int],
    held: set[str],
    files: str,
    second: str = "abcdef",
) -> tuple[ModuleType, ModuleType]:
    """A long-article claims draw (check16 on): ``benchmarks/{module}.py`` holds ``seed``, its second-to-last sha1 hex
    digits ``second`` (round 18's long range a-f, ``draws.ROUND18_LONG_DIGITS``, unless given: check22 takes a digit,
    ``draws.DIGITS``; check39 round 40's blind ``9``, ``draws.ROUND40_BLIND_SECOND``), third-from-last in ``third``,
    pool ``sizes``, articles of ``chars`` characters (its ``ClaimsDraw``'s length too), and avoids ``held``, every
    file of ``draws.{files}`` and the search articles, and every record of ``{split}``'s file lies in its range;
    returns the ``draws`` module and the script's."""
    sys.path.insert(0, str(DATA.parent))
    import draws

    sel = importlib.import_module(module)
    ranges = {
        "abcdef": draws.ROUND18_LONG_DIGITS,
        "0123456789": draws.DIGITS,
        "9": draws.ROUND40_BLIND_SECOND,
        "8": draws.ROUND41_BLIND_SECOND,
    }
    assert seed == sel.SEED and frozenset(second) == sel.HASH_RANGE == ranges[second]
    assert frozenset(third) == sel.THIRD_DIGITS
    assert sizes == sel.SIZES
    assert chars == sel.CHARS and getattr(sel, split.upper()).chars == sel.CHARS
    assert held <= set(sel.AVOID)
    assert set(getattr(draws, files)) <= set(sel.AVOID) and draws.SEARCH_ARTICLES in sel.AVOID
    records = _records(f"claims_{split}.jsonl")
    assert all(draws.in_range3(r["key"]["url"], sel.THIRD_DIGITS, sel.HASH_RANGE) for r in records)
    return draws, sel


def check_committed_draw(name: str, module: str) -> None:
    """Re-running the committed draw script gives exactly the file's articles, each in the script's hash range."""
    sys.path.insert(0, str(DATA.parent))
    sel = __import__(module)
    drawn = [(row["zip"], row["url"], row["pool"]) for row in sel.select(CORPUS)]
    coded = [(r["key"]["zip"], r["key"]["url"], r["pool"]) for r in _records(name)]
    assert sorted(drawn) == sorted(coded)
    assert all(sel.in_range(url) for _, url, _ in coded)


def check_bench_refuses_errors(split: str) -> None:
    """The claims bench refuses ``--errors`` on a lead-held blind file (it would print the file's claims)."""
    sys.path.insert(0, str(DATA.parent))
    from bench_claims import main

    assert main(["score", "--set", split, "--errors"]) == 2


def check_no_copy_by_url_or_hash(name: str, sel: ModuleType, others: Iterable[Path]) -> None:
    """check27's exclusions: no article's url without its query string, nor its content hash, is another annotated
    record's (``others``: the files the caller may open)."""
    mine = _records(name)
    bare = {sel.bare_url(r["key"]["url"]) for r in mine}
    hashes = {r["content_sha1"] for r in mine}
    for path in others:
        rows = [r for r in _records(path.name) if isinstance(r.get("key"), dict)]
        assert not bare & {sel.bare_url(r["key"]["url"]) for r in rows}, path.name
        assert not hashes & {r.get("content_sha1") for r in rows}, path.name


def check_disjoint_by_url(name: str, size: int, others: Iterable[Path]) -> None:
    """``name`` holds ``size`` articles, none of whose urls is another annotated record's (``others``: the files the
    caller may open)."""
    mine = {r["key"]["url"] for r in _records(name)}
    assert len(mine) == size
    for path in others:
        urls = {r["key"]["url"] for r in _records(path.name) if isinstance(r.get("key"), dict)}
        assert not mine & urls, path.name


def check_runs_are_check28s(sel: ModuleType) -> None:
    """A draw's copy check is check28's: the same six-word runs and the same share."""
    check28 = importlib.import_module("select_claims_check28")
    assert (sel.RUN, sel.SHARE) == (6, 0.5) and sel.runs is check28.runs


def check_copy_rule_on_made_up_text(sel: ModuleType, monkeypatch: pytest.MonkeyPatch, words: str, other: str) -> None:
    """check28's copy rule on made-up text: an article is a copy when half or more of its distinct six-word runs lie
    in ONE annotated text (``words`` and ``other``: two word stems, numbered 0-59)."""
    mine = [f"{words}{i}" for i in range(60)]
    theirs = [f"{other}{i}" for i in range(60)]
    annotated = " ".join(mine)
    copy = " ".join(mine[:35] + theirs[:25])  # 30 of its 55 runs in the annotated text: a copy
    kept = " ".join(mine[:25] + theirs[:35])  # 20 of 55: kept
    corpus = [("z", {"url": "A", "content": annotated}), ("z", {"url": "B", "content": copy})]
    corpus.append(("z", {"url": "C", "content": kept}))
    monkeypatch.setattr(sel, "text_urls", lambda: {"A"})
    monkeypatch.setattr(sel, "in_range", lambda url: True)
    monkeypatch.setattr(sel, "CHARS", (0, 10**6))
    assert sel.near_copy_urls(corpus) == {"B"}


def no_two_share_a_run(name: str, sel: ModuleType) -> bool:
    """Whether no two articles of ``name`` share a six-word run (``sel.runs`` of their corpus texts)."""
    texts = {a.get("url"): a.get("content") or "" for _, a in sel._corpus(CORPUS)}
    mine = [sel.runs(texts[r["key"]["url"]]) for r in _records(name)]
    return not any(mine[i] & mine[j] for i in range(len(mine)) for j in range(i + 1, len(mine)))


def counted_pool_lengths(sel: ModuleType) -> tuple[list[int], list[int]]:
    """The lengths of the conflict and of the politics articles a draw script's committed exclusions leave in its
    region (check28's ``copy_checked_draw`` with every article of each pool: the count taken before a draw)."""
    check28 = importlib.import_module("select_claims_check28")
    rows = check28.copy_checked_draw(
        CORPUS,
        sel.SEED,
        (("conflict", 100), ("politics", 100)),
        sel.avoided_urls(),
        sel.CHARS,
        sel.in_range,
        lambda c: sel.copied_urls(c) | sel.near_copy_urls(c),
    )
    return [r["len"] for r in rows if r["pool"] == "conflict"], [r["len"] for r in rows if r["pool"] == "politics"]


def best_run_shares(name: str, sel: ModuleType, others: Iterable[Path]) -> list[tuple[float, str]]:
    """For each article of ``name`` (in file order), the highest share of its distinct six-word runs found in the
    text of one record of ``others`` (the events dev set skipped), with that file's name."""
    texts = {a.get("url"): a.get("content") or "" for _, a in sel._corpus(CORPUS)}
    mine = [sel.runs(texts[r["key"]["url"]]) for r in _records(name)]
    best = [(0.0, "")] * len(mine)
    for path in others:
        if path.name == "events_dev.jsonl":
            continue
        for r in _records(path.name):
            key = r.get("key") if isinstance(r.get("key"), dict) else r.get("article")
            if not isinstance(key, dict) or key.get("url") not in texts:
                continue
            theirs = sel.runs(texts[key["url"]])
            for i, runs in enumerate(mine):
                share = len(runs & theirs) / len(runs)
                if share > best[i][0]:
                    best[i] = (share, path.name)
    return best
