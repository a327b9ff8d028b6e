"""Round 29's BLIND events file of SHORTER articles (benchmarks/data/events_tune39.jsonl, helper bt25): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune39.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and ANY third-from-last,
:data:`draws.ROUND29_EVENTS_THIRD`: round 29's claims check28 takes a second-to-last digit 0-9), articles of
250-3,000 characters, disjoint from every other annotated file of benchmarks/data/ (also by url without its query
string, by text and by content hash, select_events_tune39.copies_of_excluded and copies_by_hash), the draw re-run
giving exactly its articles, and read by bench_events' --split tune39. Nothing here runs rasd on it."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.blind_file_checks import (
    _check_blind_long_draw_rule,
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_long_article_file,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE39 = (14, 7, 8, 5)
#: decided before the draw from the lead's counts after ROUND29_FILES (third digit a-b: syria 3, iraq 1, egypt 1,
#: palestine 1, yemen 8; 0-9/c-f: yemen 27, the other place pools spent): every syria, iraq, egypt and palestine
#: article is taken, yemen (5) the rest of the 11 pooled places, the negatives keep 4
SIZES = {"yemen": 5, "syria": 3, "iraq": 1, "libya": 0, "egypt": 1, "palestine": 1, "saudi_border": 0}
#: what each pool gave (after the copy exclusions: syria 2, egypt 1, iraq 1, palestine 1, yemen 29, negative 301;
#: syria lost one article to the copy exclusions and gave what it had)
POOLS = {"yemen": 5, "syria": 2, "iraq": 1, "egypt": 1, "palestine": 1, "negative": 4}
CHARS = (250, 3000)
RELEASED = frozenset({"events_tune38.jsonl", "claims_check27.jsonl", "events_rowjudge6.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune39.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune39")


def test_tune39_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE39
    check_blind_file("tune39", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune39", "0123456789abcdef", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune39_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    for r in _records("events_tune39.jsonl"):
        assert r["notes"]
        for e in r["events"]:
            assert e["country_iso3"] and e["note"] and e["location"] and e["location"]["name"]
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            location = e["location"]
            assert (location["lat"] is None) == (location["lon"] is None)
            assert location["lat"] is None or location["geo_precision"] in (1, 2)
            scored = e["granularity"] == "discrete" and not e["historical"]
            assert e["admin1"] or not scored
            if e["date"]:
                assert len(e["date"]) == 10 and e["date"] <= r["published"]
                if scored:
                    assert e["date"][:7] in {r["published"][:7], "2015-07"}


def test_tune39_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune39.jsonl")
    # round 27's lesson: no url of another annotated file equals one of these without its query string either
    bare_url = _select().bare_url
    bare = {bare_url(r["key"]["url"]) for r in _records("events_tune39.jsonl")}
    hashes = {r["content_sha1"] for r in _records("events_tune39.jsonl")}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != "events_tune39.jsonl":
            records = _records(path.name)
            urls = {r["key"]["url"] for r in records if isinstance(r.get("key"), dict)}
            assert not bare & {bare_url(u) for u in urls}, path.name
            # round 29's addition: no annotated record carries the content hash of one of these
            assert not hashes & {r.get("content_sha1") for r in records}, path.name


def test_copies_of_excluded_skip_a_bare_url_twin_and_a_text_twin() -> None:
    """tune38's extra exclusion, kept: an article whose url differs from an excluded one by its query string, or
    whose text equals an excluded article's, is skipped; another is not."""
    copies_of_excluded = _select().copies_of_excluded
    rows = [
        ("2015-07-20", {"url": "http://a.example/n/1", "content": " نص الخبر الأول "}),
        ("2015-07-21", {"url": "http://a.example/n/1?weekly", "content": "نص آخر"}),
        ("2015-07-22", {"url": "http://b.example/x", "content": "نص الخبر الأول"}),
        ("2015-07-22", {"url": "http://c.example/y", "content": "خبر ثالث"}),
    ]
    skip = {("2015-07-20", "http://a.example/n/1")}
    assert copies_of_excluded(rows, skip) == {
        ("2015-07-21", "http://a.example/n/1?weekly"),
        ("2015-07-22", "http://b.example/x"),
    }


def test_copies_by_hash_skip_an_article_whose_content_hash_an_annotated_record_carries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 29's content-hash check: an article whose sha1(content)[:12] is the ``content_sha1`` of a record of an
    excluded file is skipped (even under another url and zip date); only that field of the records is read."""
    sel = _select()
    text = "قالت مصادر محلية إن الاشتباكات تجددت في المدينة"
    rows = [
        ("2015-07-25", {"url": "http://d.example/copy", "content": text}),
        ("2015-07-25", {"url": "http://e.example/other", "content": text + " أمس"}),
    ]
    assert sel.copies_by_hash(rows, {sel.sha12(text)}) == {("2015-07-25", "http://d.example/copy")}
    (tmp_path / "events_x.jsonl").write_text(
        json.dumps({"key": {"zip": "2015-07-20", "url": "http://a.example/n/1"}, "content_sha1": sel.sha12(text)})
        + "\n\n"
        + json.dumps({"key": {"zip": "2015-07-21", "url": "http://a.example/n/2"}})
        + "\n",
        encoding="utf-8",
    )
    with monkeypatch.context() as patch:
        patch.setattr(sel, "DATA", tmp_path)
        assert sel.excluded_hashes(("events_x.jsonl",)) == {sel.sha12(text)}
    # every annotated file's hashes are read, tune38's (released at round 29's start) among them
    tune38 = {r["content_sha1"] for r in _records("events_tune38.jsonl")}
    assert tune38 <= sel.excluded_hashes()


def test_tune39_draw_rule_is_the_committed_one() -> None:
    """tune38's rule with round 29's constants: the seed, the sizes, a-f second-to-last and ANY third-from-last
    (``draws.ROUND29_EVENTS_THIRD``; round 29's claims check28 takes a second-to-last 0-9, so the two cannot meet),
    every annotated file at round 29's start excluded (``draws.ROUND29_FILES``, round 28's released files among
    them)."""
    import draws

    sel = _check_blind_long_draw_rule(
        "tune39",
        "0123456789abcdef",
        RELEASED,
        draws.ROUND29_FILES,
        seed=20292039,
        negatives=4,
        sizes=SIZES,
        chars=CHARS,
    )
    assert sel.THIRD_DIGITS == draws.ROUND29_EVENTS_THIRD
    assert not sel.HASH_DIGITS & frozenset("0123456789")


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune39_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune39"), DATA / "events_tune39.jsonl")


def test_bench_reads_tune39() -> None:
    check_bench_reads("tune39")
