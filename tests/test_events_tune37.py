"""Round 27's BLIND events file of SHORTER articles (benchmarks/data/events_tune37.jsonl, helper bt23): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune37.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and the third-from-last in 0-9 or
c-f, :data:`draws.ROUND27_EVENTS_THIRD`), articles of 250-3,000 characters, disjoint from every other annotated file
of benchmarks/data/, the draw re-run giving exactly its articles, and read by bench_events' --split tune37. Nothing
here runs rasd on it."""

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
TUNE37 = (15, 7, 11, 15)
#: the syria pool is spent (tune36 took its last 3 articles in this range and length); iraq, libya, palestine and
#: saudi_border were empty at tune35's and tune36's draws: they take none, yemen (9) and the negatives (4) take their
#: places
SIZES = {"yemen": 9, "syria": 0, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
#: what each pool gave (every pool that takes any was full: yemen 46, egypt 3, negative 295 after the exclusions)
POOLS = {"yemen": 9, "egypt": 2, "negative": 4}
CHARS = (250, 3000)


def test_tune37_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE37
    check_blind_file("tune37", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune37", "0123456789cdef", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune37_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    for r in _records("events_tune37.jsonl"):
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


def test_tune37_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune37.jsonl")


def test_tune37_draw_rule_is_the_committed_one() -> None:
    check_short_blind_draw_rule(
        "tune37",
        round_no=27,
        released=frozenset({"events_tune36.jsonl", "claims_check25.jsonl"}),
        seed=20272037,
        negatives=4,
        sizes=SIZES,
        chars=CHARS,
    )


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune37_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune37"), DATA / "events_tune37.jsonl")


def test_bench_reads_tune37() -> None:
    check_bench_reads("tune37")
