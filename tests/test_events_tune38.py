"""Round 28's BLIND events file of SHORTER articles (benchmarks/data/events_tune38.jsonl, helper bt24): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune38.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and the third-from-last in 0-9 or
c-f, :data:`draws.ROUND28_EVENTS_THIRD`), articles of 250-3,000 characters, disjoint from every other annotated file
of benchmarks/data/ (also by url without its query string and by text, select_events_tune38.copies_of_excluded), the
draw re-run giving exactly its articles, and read by bench_events' --split tune38. Nothing
here runs rasd on it."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_long_article_file,
    check_short_blind_draw_rule,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE38 = (15, 5, 8, 8)
#: the syria, iraq, libya, palestine and saudi_border pools are spent or empty in this range and length (tune36 took
#: syria's last 3; the others were empty at tune35's to tune37's draws): they take none; egypt takes its last 1 and
#: yemen (10) the rest of the 11 pooled places; the negatives keep 4
SIZES = {"yemen": 10, "syria": 0, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
#: what each pool gave (after the exclusions: yemen 32, egypt 1, negative 268; every pool that takes any was full)
POOLS = {"yemen": 10, "egypt": 1, "negative": 4}
CHARS = (250, 3000)


def _select() -> ModuleType:
    """benchmarks/select_events_tune38.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune38")


def test_tune38_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE38
    check_blind_file("tune38", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune38", "0123456789cdef", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune38_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    for r in _records("events_tune38.jsonl"):
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


def test_tune38_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune38.jsonl")
    # round 27's lesson: no url of another annotated file equals one of these without its query string either
    bare_url = _select().bare_url
    bare = {bare_url(r["key"]["url"]) for r in _records("events_tune38.jsonl")}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != "events_tune38.jsonl":
            urls = {r["key"]["url"] for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not bare & {bare_url(u) for u in urls}, path.name


def test_copies_of_excluded_skip_a_bare_url_twin_and_a_text_twin() -> None:
    """The draw's extra exclusion: an article whose url differs from an excluded one by its query string, or whose
    text equals an excluded article's, is skipped; another is not."""
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


def test_tune38_draw_rule_is_the_committed_one() -> None:
    check_short_blind_draw_rule(
        "tune38",
        round_no=28,
        released=frozenset({"events_tune37.jsonl", "claims_check26.jsonl"}),
        seed=20282038,
        negatives=4,
        sizes=SIZES,
        chars=CHARS,
    )


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune38_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune38"), DATA / "events_tune38.jsonl")


def test_bench_reads_tune38() -> None:
    check_bench_reads("tune38")
