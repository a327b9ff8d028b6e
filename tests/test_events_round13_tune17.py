"""Round 13's third blind events file (benchmarks/data/events_tune17.jsonl, helper bt4): annotations only, the shape
it was coded to, the hash range it was drawn from (select_events_tune17.py: the second-to-last hex digit of
sha1(url) in 8-f, the other half from tune15/tune16), disjoint from every other annotated file of benchmarks/data/,
and read by bench_events' --split tune17."""

from __future__ import annotations

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)

#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE17 = (28, 6, 31, 16)


def test_tune17_file_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE17
    check_blind_file("tune17", "89abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)


def test_tune17_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune17.jsonl")


def test_tune17_draw_rule_is_the_committed_one() -> None:
    check_draw_rule(
        "select_events_tune17",
        ("events_tune17.jsonl",),
        seed=20261307,
        digits="89abcdef",
        negatives=4,
        sizes={"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2},
        includes=frozenset(
            {"events_tune15.jsonl", "events_tune16.jsonl", "claims_check9.jsonl", "claims_check10.jsonl"}
        ),
    )


def test_bench_reads_tune17() -> None:
    check_bench_reads("tune17")
