"""Round 17c's TUNING events file of LONGER articles (benchmarks/data/events_tune24.jsonl, helper bt11): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune24.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) a digit 0-9 and the third-from-last in 0-9 a b, the helpers' range), articles of
1,501-4,000 characters, disjoint from every other annotated file of benchmarks/data/, the draw re-run giving exactly its
articles, and read by bench_events' --split tune24."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.blind_file_checks import (
    ROUND17C_LATER,
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
    check_long_article_file,
    check_long_draw_rule,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE24 = (18, 8, 32, 10)
SIZES = {"yemen": 4, "syria": 4, "iraq": 2, "libya": 1, "egypt": 2, "palestine": 2, "saudi_border": 1}
#: what each pool gave (every pool full)
POOLS = {**SIZES, "negative": 2}


def test_tune24_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE24
    check_blind_file("tune24", "0123456789", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune24", "0123456789ab", POOLS)


def test_tune24_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune24.jsonl")


def test_tune24_draw_rule_is_the_committed_one() -> None:
    sel = check_draw_rule(
        "select_events_tune24",
        ("events_tune24.jsonl",),
        seed=20261724,
        digits="0123456789",
        negatives=2,
        sizes=SIZES,
        includes=ROUND17C_LATER,
    )
    from draws import ROUND17_FILES, ROUND17_THIRD_DIGITS

    check_long_draw_rule(sel, "0123456789ab")
    assert not sel.THIRD_DIGITS & ROUND17_THIRD_DIGITS
    assert set(sel.EXCLUDED_FILES) == set(ROUND17_FILES) | ROUND17C_LATER


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune24_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune24"), DATA / "events_tune24.jsonl")


def test_bench_reads_tune24() -> None:
    check_bench_reads("tune22", "tune24")
