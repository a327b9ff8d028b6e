"""Round 24's SECOND blind events file of SHORTER articles (benchmarks/data/events_tune34.jsonl, helper bt20):
annotations only, the shape it was coded to, the hash range it was drawn from (select_events_tune34.py:
``draws.in_range3``, the second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and the
third-from-last in 0-9 or c-f, :data:`draws.ROUND24_EVENTS_THIRD`), articles of 250-3,000 characters, disjoint from
every other annotated file of benchmarks/data/ (tune33, round 24's first blind file, among them), the draw re-run
giving exactly its articles, and read by bench_events' --split tune34. Nothing here runs rasd on it."""

from __future__ import annotations

from pathlib import Path

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
TUNE34 = (15, 7, 19, 7)
#: libya, palestine and saudi_border take none (their pools were empty in this range and length at tune31's draw)
SIZES = {"yemen": 6, "syria": 3, "iraq": 1, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
#: what each pool gave (all full; the iraq pool held exactly one article after the exclusions)
POOLS = {"yemen": 6, "syria": 3, "iraq": 1, "egypt": 2, "negative": 3}
CHARS = (250, 3000)
#: the files released at round 24's start and tune33, all excluded by the draw
RELEASED = frozenset({"events_tune32.jsonl", "claims_check21.jsonl", "claims_check22.jsonl", "events_tune33.jsonl"})


def test_tune34_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE34
    check_blind_file("tune34", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune34", "0123456789cdef", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune34_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event but one has an admin1 (Turkey's first strike on IS 'in Syria', whose text names no
    place, as tune32's Turkish clash 'near the Syrian border')."""
    no_admin1 = []
    for r in _records("events_tune34.jsonl"):
        assert r["notes"]
        for e in r["events"]:
            assert e["country_iso3"] and e["note"] and e["location"] and e["location"]["name"]
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            location = e["location"]
            assert (location["lat"] is None) == (location["lon"] is None)
            assert location["lat"] is None or location["geo_precision"] in (1, 2)
            scored = e["granularity"] == "discrete" and not e["historical"]
            if scored and not e["admin1"]:
                no_admin1.append((e["country_iso3"], e["sub_event_type"], e["date"]))
            if e["date"]:
                assert len(e["date"]) == 10 and e["date"] <= r["published"]
                if scored:
                    assert e["date"][:7] in {r["published"][:7], "2015-07"}
    assert no_admin1 == [("SYR", "Air/drone strike", "2015-07-24")]


def test_tune34_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune34.jsonl")


def test_tune34_draw_rule_is_the_committed_one() -> None:
    check_short_blind_draw_rule(
        "tune34",
        round_no=24,
        released=RELEASED,
        seed=20262034,
        negatives=3,
        sizes=SIZES,
        chars=CHARS,
        files="ROUND24_EVENTS2_FILES",
    )


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune34_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune34"), DATA / "events_tune34.jsonl")


def test_bench_reads_tune34() -> None:
    check_bench_reads("tune34")
