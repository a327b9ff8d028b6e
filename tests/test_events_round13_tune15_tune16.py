"""Round 13's blind events files (benchmarks/data/events_tune15.jsonl and events_tune16.jsonl, helper bt3):
annotations only, the shape each was coded to, the hash range they were drawn from (select_events_tune15.py and
_tune16.py: the second-to-last hex digit of sha1(url) in 0-7), disjoint from every other annotated file of
benchmarks/data/, and read by bench_events' --split tune15 / tune16."""

from __future__ import annotations

import pytest

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)

#: split -> articles, negatives, scored events (discrete, not historical) as coded
ROUND13 = {"tune15": (27, 13, 26), "tune16": (18, 5, 16)}


@pytest.mark.parametrize("split", sorted(ROUND13))
def test_round13_file_shape_hash_range_and_no_text(split: str) -> None:
    n_articles, n_negatives, n_scored = ROUND13[split]
    check_blind_file(split, "01234567", n_articles, n_scored, n_negatives=n_negatives)


@pytest.mark.parametrize("split", sorted(ROUND13))
def test_round13_file_disjoint_from_every_other_annotated_file(split: str) -> None:
    assert_disjoint_from_every_other_file(f"events_{split}.jsonl")


def test_tune15_draw_rule_is_the_committed_one() -> None:
    check_draw_rule(
        "select_events_tune15",
        ("events_tune15.jsonl",),
        seed=20261305,
        digits="01234567",
        negatives=4,
        sizes={"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2},
        includes=frozenset(
            {"events_tune12.jsonl", "events_tune13.jsonl", "events_tune14.jsonl", "events_sentences12.jsonl"}
        ),
    )


def test_tune16_draw_rule_is_the_committed_one() -> None:
    check_draw_rule(
        "select_events_tune16",
        ("events_tune16.jsonl",),
        seed=20261306,
        digits="01234567",
        negatives=3,
        sizes={"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1},
        includes=frozenset({"events_tune15.jsonl", "claims_check9.jsonl"}),
    )


def test_bench_reads_tune15_and_tune16() -> None:
    check_bench_reads("tune15", "tune16")
