"""Round 14's blind sentence batch 14 (benchmarks/data/events_sentences14.jsonl, helper as14): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences14.py: batch 13's rule imported, seed 20261414,
pools assault 35, protest 30, attack 10, negative 15, the second-to-last hex digit of sha1(url) in b-f) and disjoint
from every other annotated file of benchmarks/data/, batch 13 included. Nothing here runs rasd on the batch."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA
from tests.test_events_round14_sentences13 import SIZES

NAME = "events_sentences14.jsonl"


def test_batch14_make_up_as_coded() -> None:
    check_make_up(
        14,
        1030,
        SIZES,  # batch 13's pools and sizes
        {"event": 13, "optional": 30, "none": 47},
        {
            "Explosions/Remote violence": 5,
            "Violence against civilians": 4,
            "Protests": 2,
            "Battles": 2,
        },
        with_alternatives=9,
    )


def test_batch14_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(14, "bcdef")


def test_batch14_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13

    sel = check_draw_rule_and_disjoint(
        14,
        seed=20261414,
        digits="bcdef",
        sizes=batch13.SIZES,
        includes=frozenset({"events_sentences13.jsonl", "events_tune18.jsonl", "claims_check12.jsonl"}),
    )
    assert set(batch13.EXCLUDED_FILES) < set(sel.EXCLUDED_FILES)
    before = (batch13.SEED, batch13.EXCLUDED_FILES)
    with sel._batch14_rule():
        assert (batch13.SEED, batch13.EXCLUDED_FILES) == (sel.SEED, sel.EXCLUDED_FILES)
    assert before == (batch13.SEED, batch13.EXCLUDED_FILES)


def test_bench_batch14_flag_reads_its_own_file() -> None:
    check_bench_flag(14)
