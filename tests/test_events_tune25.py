"""Round 18's BLIND events file of LONGER articles (benchmarks/data/events_tune25.jsonl, helper bt12): annotations only,
the shape it was coded to, the hash range it was drawn from (select_events_tune25.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, ``draws.ROUND18_LONG_DIGITS``, and the third-from-last in 4-9), articles
of 1,501-4,000 characters, disjoint from every other annotated file of benchmarks/data/, the draw re-run giving exactly
its articles, and read by bench_events' --split tune25. Nothing here runs rasd on its articles (the lead scores it)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_long_article_file,
    check_round18_long_draw_rule,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE25 = (19, 7, 21, 6)
SIZES = {"yemen": 4, "syria": 4, "iraq": 2, "libya": 1, "egypt": 2, "palestine": 2, "saudi_border": 1}
#: what each pool gave (every pool full)
POOLS = {**SIZES, "negative": 3}


def test_tune25_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE25
    check_blind_file("tune25", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune25", "456789", POOLS)


def test_tune25_urls_are_outside_the_helpers_sampling_range() -> None:
    """No article is in the range helpers may sample fresh (a digit second-to-last), nor in round 17's blind range."""
    for r in _records("events_tune25.jsonl"):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        assert digest[-2] not in "0123456789" and digest[-3] not in "cdef"


def test_tune25_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune25.jsonl")


def test_tune25_draw_rule_is_the_committed_one() -> None:
    check_round18_long_draw_rule("tune25", seed=20261825, negatives=3, sizes=SIZES, chars=(1501, 4000))


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune25_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune25"), DATA / "events_tune25.jsonl")


def test_bench_reads_tune25() -> None:
    check_bench_reads("tune25")
