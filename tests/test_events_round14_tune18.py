"""Round 14's blind events file (benchmarks/data/events_tune18.jsonl, helper bt5): annotations only, the shape it was
coded to, the hash range it was drawn from (select_events_tune18.py: the second-to-last hex digit of sha1(url) in
0-5, beside claims check12 (6-a) and sentence batch 13 (b-f)), disjoint from every other annotated file of
benchmarks/data/, and read by bench_events' --split tune18."""

from __future__ import annotations

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)

#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE18 = (19, 7, 10, 14)


def test_tune18_file_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE18
    check_blind_file("tune18", "012345", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)


def test_tune18_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune18.jsonl")


def test_tune18_draw_rule_is_the_committed_one() -> None:
    check_draw_rule(
        "select_events_tune18",
        ("events_tune18.jsonl",),
        seed=20261418,
        digits="012345",
        negatives=4,
        sizes={"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2},
        includes=frozenset({"events_tune17.jsonl", "claims_check11.jsonl", "events_tune16.jsonl", "events_dev.jsonl"}),
    )


def test_bench_reads_tune18() -> None:
    check_bench_reads("tune18")
