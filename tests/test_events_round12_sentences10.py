"""Round 12's blind sentence batches 10 and 11 (benchmarks/data/events_sentences10.jsonl and 11, helper bs2):
annotations only, the make-up each was coded to, the draw it came from (select_events_sentences10.py: batches 8-9's
rule, seed 20261214; select_events_sentences11.py: half-size pools, seed 20261215; both with the second-to-last hex
digit of sha1(url) in 5-9) and disjoint from every other annotated file of benchmarks/data/. Nothing here runs rasd
on the batches (the lead scores them: bench_events_sentences.py --batch10, --batch11). The checks themselves live in
tests/sentence_batch_checks.py."""

from __future__ import annotations

from tests.sentence_batch_checks import (
    assert_disjoint,
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)

__all__ = ["assert_disjoint"]  # re-exported: older imports of the helper from this module keep working

NAME = "events_sentences10.jsonl"


def test_batch10_make_up_as_coded() -> None:
    check_make_up(
        10,
        680,
        {"attack": 40, "protest": 30, "arrest": 15, "negative": 35},
        {"event": 31, "optional": 24, "none": 65},
        {
            "Explosions/Remote violence": 10,
            "Battles": 9,
            "Violence against civilians": 4,
            "Strategic developments": 4,
            "Protests": 3,
            "Riots": 1,
        },
    )


def test_batch10_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(10, "56789")


def test_batch10_disjoint_from_every_other_annotated_file() -> None:
    check_draw_rule_and_disjoint(
        10,
        seed=20261214,
        digits="56789",
        includes=frozenset({"events_sentences8.jsonl", "events_sentences9.jsonl"}),
        sentence_files=frozenset({"events_sentences.jsonl", "events_sentences8.jsonl", "events_sentences9.jsonl"}),
    )


def test_bench_batch10_flag_reads_its_own_file() -> None:
    check_bench_flag(10)


# ------------------------------------------------------------------------------------------------ batch 11
NAME11 = "events_sentences11.jsonl"


def test_batch11_make_up_as_coded() -> None:
    check_make_up(
        11,
        800,
        {"attack": 20, "protest": 15, "arrest": 5, "negative": 20},
        {"event": 15, "optional": 10, "none": 35},
        {
            "Explosions/Remote violence": 7,
            "Battles": 5,
            "Violence against civilians": 1,
            "Strategic developments": 1,
            "Riots": 1,
        },
    )
    check_offsets_and_hash_range(11, "56789")


def test_batch11_draw_rule_and_disjoint_from_every_other_annotated_file() -> None:
    sel = check_draw_rule_and_disjoint(
        11,
        seed=20261215,
        digits="56789",
        sizes={"attack": 20, "protest": 15, "arrest": 5, "negative": 20},
        includes=frozenset({NAME}),
    )
    assert NAME in sel.SENTENCE_FILES


def test_bench_batch11_flag_reads_its_own_file() -> None:
    check_bench_flag(11)
