"""Round 12c's blind events file (benchmarks/data/events_tune14.jsonl, helper bt2): annotations only, the shape it was
coded to, the hash range it was drawn from (select_events_tune14.py: the second-to-last hex digit of sha1(url) in
a b c), disjoint from every other annotated file of benchmarks/data/, and read by bench_events' --split tune14."""

from __future__ import annotations

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)

#: articles, negatives, scored events (discrete, not historical) as coded
TUNE14 = (20, 10, 18)


def test_tune14_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored = TUNE14
    check_blind_file("tune14", "abc", n_articles, n_scored, n_negatives=n_negatives, located=True)


def test_tune14_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune14.jsonl")


def test_tune14_draw_rule_is_the_committed_one() -> None:
    check_draw_rule(
        "select_events_tune14",
        ("events_tune14.jsonl",),
        seed=20261226,
        digits="abc",
        negatives=3,
        sizes={"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1},
        includes=frozenset(
            {"events_tune12.jsonl", "events_tune13.jsonl", "events_sentences10.jsonl", "events_sentences11.jsonl"}
        ),
    )


def test_bench_reads_tune14() -> None:
    check_bench_reads("tune14")
