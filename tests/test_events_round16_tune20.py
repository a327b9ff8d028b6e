"""Round 16's blind events file (benchmarks/data/events_tune20.jsonl, helper bt7): annotations only, the shape it was
coded to, the hash range it was drawn from (select_events_tune20.py: the second-to-last hex digit of sha1(url) in
d-f, beside round 16's sentence batch 20 (a-c)), disjoint from every other annotated file of benchmarks/data/, and read
by bench_events' --split tune20."""

from __future__ import annotations

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)

#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE20 = (26, 7, 16, 14)


def test_tune20_file_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE20
    check_blind_file("tune20", "def", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)


def test_tune20_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune20.jsonl")


def test_tune20_draw_rule_is_the_committed_one() -> None:
    check_draw_rule(
        "select_events_tune20",
        ("events_tune20.jsonl",),
        seed=20261620,
        digits="def",
        negatives=4,
        sizes={"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2},
        includes=frozenset({"events_tune19.jsonl", "claims_check13.jsonl", "events_tune18.jsonl", "events_dev.jsonl"}),
    )


def test_bench_reads_tune20() -> None:
    check_bench_reads("tune19", "tune20")
