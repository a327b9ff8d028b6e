"""Round 12c's blind sentence batch 12 (benchmarks/data/events_sentences12.jsonl, helper bs3): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences12.py: batch 11's rule, seed 20261216, pools
attack 30, protest 20, arrest 10, negative 20, the second-to-last hex digit of sha1(url) in d-f) and disjoint from
every other annotated file of benchmarks/data/. Nothing here runs rasd on the batch (the lead scores it:
bench_events_sentences.py --batch12). The checks themselves live in tests/sentence_batch_checks.py."""

from __future__ import annotations

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)


def test_batch12_make_up_as_coded() -> None:
    check_make_up(
        12,
        860,
        {"attack": 30, "protest": 20, "arrest": 10, "negative": 20},
        {"event": 16, "optional": 15, "none": 49},
        {
            "Explosions/Remote violence": 5,
            "Battles": 4,
            "Protests": 3,
            "Violence against civilians": 3,
            "Strategic developments": 1,
        },
        with_alternatives=11,
    )


def test_batch12_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(12, "def")


def test_batch12_draw_rule_and_disjoint_from_every_other_annotated_file() -> None:
    sel = check_draw_rule_and_disjoint(
        12,
        seed=20261216,
        digits="def",
        sizes={"attack": 30, "protest": 20, "arrest": 10, "negative": 20},
        includes=frozenset(
            {
                "events_sentences10.jsonl",
                "events_sentences11.jsonl",
                "events_tune12.jsonl",
                "events_tune13.jsonl",
                "events_dev.jsonl",
            }
        ),
    )
    assert "events_sentences11.jsonl" in sel.SENTENCE_FILES


def test_bench_batch12_flag_reads_its_own_file() -> None:
    check_bench_flag(12)
