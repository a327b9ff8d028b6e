"""Round 15's sentence batch 17 (benchmarks/data/events_sentences17.jsonl, helper as16): annotations only, the make-up
it was coded to (before rasd ran on it), the draw it came from (select_events_sentences17.py: batch 13's rule
imported, seed 20261717, pools assault 45 and negative 15, the second-to-last hex digit of sha1(url) in 0-4) and
disjoint from every other annotated file of benchmarks/data/. Nothing here runs rasd on the batch."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA

NAME = "events_sentences17.jsonl"
SIZES = {"assault": 45, "protest": 0, "attack": 0, "negative": 15}


def test_batch17_make_up_as_coded() -> None:
    check_make_up(
        17,
        1300,
        {pool: n for pool, n in SIZES.items() if n},  # no sentence of the protest or attack pool taken
        {"event": 12, "optional": 22, "none": 26},
        {
            "Violence against civilians": 7,
            "Battles": 2,
            "Explosions/Remote violence": 1,
            "Riots": 1,
            "Protests": 1,
        },
        with_alternatives=6,
    )


def test_batch17_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(17, "01234")


def test_batch17_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    import select_events_sentences15 as batch15

    sel = check_draw_rule_and_disjoint(
        17,
        seed=20261717,
        digits="01234",
        sizes=SIZES,
        includes=frozenset({"events_sentences14.jsonl", "events_sentences13.jsonl", "events_tune18.jsonl"}),
    )
    assert set(sel.EXCLUDED_FILES) == set(batch15.EXCLUDED_FILES)
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
    with sel._batch17_rule():
        assert (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES) == (
            sel.SEED,
            sel.HASH_DIGITS,
            sel.SIZES,
            sel.EXCLUDED_FILES,
        )
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)


def test_bench_batch17_flag_reads_its_own_file() -> None:
    check_bench_flag(17)
