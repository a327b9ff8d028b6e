"""Round 15's sentence batch 18 (benchmarks/data/events_sentences18.jsonl, helper as17): annotations only, the
make-up it was coded to (by hand, before rasd ran on it), the draw it came from (select_events_sentences18.py: batch
13's rule imported, seed 20261818, pools protest 45 and negative 15 (assault and attack 0), the second-to-last hex
digit of sha1(url) in 5-9) and disjoint from every other annotated file of benchmarks/data/. Nothing here runs rasd
on the batch."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA

SIZES = {"assault": 0, "protest": 45, "attack": 0, "negative": 15}


def test_batch18_make_up_as_coded() -> None:
    check_make_up(
        18,
        1360,
        {"protest": 45, "negative": 15},
        {"event": 5, "optional": 14, "none": 41},
        {"Protests": 3, "Battles": 1, "Explosions/Remote violence": 1},
        with_alternatives=1,
    )


def test_batch18_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(18, "56789")


def test_batch18_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    import select_events_sentences15 as batch15

    sel = check_draw_rule_and_disjoint(18, seed=20261818, digits="56789", sizes=SIZES)
    assert set(batch15.EXCLUDED_FILES) <= set(sel.EXCLUDED_FILES)
    assert {"events_sentences14.jsonl", "events_sentences_wire.jsonl", "events_dev.jsonl"} <= set(sel.EXCLUDED_FILES)
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
    with sel._batch18_rule():
        assert (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES) == (sel.SEED, sel.HASH_DIGITS, sel.SIZES)
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)


def test_bench_batch18_flag_reads_its_own_file() -> None:
    check_bench_flag(18)
