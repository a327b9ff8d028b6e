"""Round 21's BLIND events file of SHORTER articles (benchmarks/data/events_tune30.jsonl, helper bt16): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune30.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and the third-from-last in 0-9 or
c-f, :data:`draws.ROUND21_EVENTS_THIRD`), articles of 250-3,000 characters, disjoint from every other annotated file
of benchmarks/data/, the draw re-run giving exactly its articles, and read by bench_events' --split tune30. Nothing
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
from tests.test_events_tune_files import DATA

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE30 = (17, 9, 15, 6)
SIZES = {"yemen": 4, "syria": 3, "iraq": 3, "libya": 1, "egypt": 2, "palestine": 1, "saudi_border": 1}
#: what each pool gave (libya had no article of this length left in the range)
POOLS = {"yemen": 4, "syria": 3, "iraq": 3, "egypt": 2, "palestine": 1, "saudi_border": 1, "negative": 3}
CHARS = (250, 3000)


def test_tune30_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE30
    check_blind_file("tune30", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune30", "0123456789cdef", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune30_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune30.jsonl")


def test_tune30_draw_rule_is_the_committed_one() -> None:
    check_short_blind_draw_rule(
        "tune30",
        round_no=21,
        released=frozenset(
            {"events_tune28.jsonl", "claims_check18.jsonl", "events_sentences24.jsonl", "events_tune29.jsonl"}
        ),
        seed=20262030,
        negatives=3,
        sizes=SIZES,
        chars=CHARS,
    )


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune30_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune30"), DATA / "events_tune30.jsonl")


def test_bench_reads_tune30() -> None:
    check_bench_reads("tune30")
