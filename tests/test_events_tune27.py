"""Round 19's BLIND events file of LONG articles (benchmarks/data/events_tune27.jsonl, helper bt14): annotations only,
the shape it was coded to, the hash range it was drawn from (select_events_tune27.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and the third-from-last in 0-1,
:data:`draws.ROUND19_EVENTS_THIRD`), articles of 3,001-12,000 characters, disjoint from every other annotated file of
benchmarks/data/, the draw re-run giving exactly its articles, and read by bench_events' --split tune27. Nothing here
runs rasd on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_long_article_file,
    check_round19_long_draw_rule,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE27 = (6, 3, 25, 4)
SIZES = {"yemen": 2, "syria": 2, "iraq": 1, "libya": 1, "egypt": 1, "palestine": 1, "saudi_border": 1}
#: what each pool gave (syria, libya, palestine and saudi_border had no article of this length left in the range)
POOLS = {"yemen": 2, "iraq": 1, "egypt": 1, "negative": 2}
CHARS = (3001, 12000)


def test_tune27_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE27
    check_blind_file("tune27", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune27", "01", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune27_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune27.jsonl")


def test_tune27_draw_rule_is_the_committed_one() -> None:
    check_round19_long_draw_rule("tune27", seed=20261927, negatives=2, sizes=SIZES, chars=CHARS)


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune27_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune27"), DATA / "events_tune27.jsonl")


def test_bench_reads_tune27() -> None:
    check_bench_reads("tune27")
