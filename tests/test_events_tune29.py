"""Round 20's fresh events file of SHORT articles (benchmarks/data/events_tune29.jsonl, helper ft): annotations only,
the shape it was coded to, the helpers' hash range it was drawn from (select_events_tune29.py: ``draws.in_range3``,
the second-to-last hex digit of sha1(url) a digit 0-9, :data:`draws.DIGITS`, never the blind draws' a-f, and the
third-from-last in 0-9 a b), articles of 250-1,500 characters (the held-out half's kind), disjoint from every other
annotated file of benchmarks/data/, the draw re-run giving exactly its articles, and read by bench_events' --split
tune29. Nothing here runs rasd on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.blind_file_checks import (
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
TUNE29 = (10, 4, 9, 2)
SIZES = {"yemen": 3, "syria": 3, "iraq": 3, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
#: what each pool gave (iraq, libya, palestine and saudi_border had no short article left in the range)
POOLS = {"yemen": 3, "syria": 3, "egypt": 2, "negative": 2}
CHARS = (250, 1500)
DIGITS = "0123456789"
THIRD = "0123456789ab"


def test_tune29_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE29
    check_blind_file("tune29", DIGITS, n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune29", THIRD, POOLS, chars=CHARS, second_digits=DIGITS)


def test_tune29_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune29.jsonl")


def test_tune29_draw_rule_is_the_committed_one() -> None:
    from draws import DIGITS as HELPERS_DIGITS
    from draws import ROUND20_FILES

    includes = frozenset({"events_tune27.jsonl", "claims_check17.jsonl", "events_rowjudge5.jsonl"})
    sel = check_draw_rule(
        "select_events_tune29",
        ("events_tune29.jsonl",),
        seed=20262029,
        digits=DIGITS,
        negatives=2,
        sizes=SIZES,
        includes=includes,
    )
    assert sel.HASH_DIGITS == HELPERS_DIGITS and not sel.HASH_DIGITS & frozenset("abcdef")
    check_long_draw_rule(sel, THIRD, CHARS)
    assert tuple(sel.EXCLUDED_FILES) == ROUND20_FILES


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune29_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune29"), DATA / "events_tune29.jsonl")


def test_bench_reads_tune29() -> None:
    check_bench_reads("tune29")
