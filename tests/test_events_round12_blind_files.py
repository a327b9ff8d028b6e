"""Round 12's blind events files (benchmarks/data/events_tune12.jsonl, events_tune13.jsonl): annotations only, the shape
they were coded to, the hash range they were drawn from (select_events_tune12.py, its --set tune13: the second-to-last
hex digit of sha1(url) in 0-4), disjoint from every other annotated file of benchmarks/data/, and read by
bench_events' --split tune12 / tune13."""

from __future__ import annotations

import pytest

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)

#: split -> (articles, scored events) as coded
ROUND12 = {"tune12": (26, 25), "tune13": (16, 5)}


@pytest.mark.parametrize("split", sorted(ROUND12))
def test_round12_blind_file_shape_hash_range_and_no_text(split: str) -> None:
    n_articles, n_scored = ROUND12[split]
    check_blind_file(split, "01234", n_articles, n_scored, mentions=False)


@pytest.mark.parametrize("split", sorted(ROUND12))
def test_round12_blind_file_disjoint_from_every_other_annotated_file(split: str) -> None:
    assert_disjoint_from_every_other_file(f"events_{split}.jsonl")


def test_round12_draw_rule_is_the_committed_one() -> None:
    drawn = ("events_tune12.jsonl", "events_tune13.jsonl")
    sel = check_draw_rule("select_events_tune12", drawn, seed=20261224, digits="01234")
    assert sel.SEED13 == 20261225


def test_bench_reads_tune12_and_tune13() -> None:
    check_bench_reads("tune12", "tune13")
