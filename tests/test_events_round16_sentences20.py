"""Round 16's blind sentence batch 20 (benchmarks/data/events_sentences20.jsonl, helper bs8): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences20.py: batch 13's rule through its
with_rule, seed 20261620, pools assault 40, protest 35, attack 0, negative 15, the second-to-last hex digit of
sha1(url) in a-c) and disjoint from every other annotated file of benchmarks/data/, batches 1-19 included. Nothing
here runs rasd on the batch (the lead scores it: bench_events_sentences.py --batch20)."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA, _records

NAME = "events_sentences20.jsonl"
SIZES = {"assault": 40, "protest": 35, "attack": 0, "negative": 15}


def test_batch20_make_up_as_coded() -> None:
    records = check_make_up(
        20,
        1500,
        {pool: n for pool, n in SIZES.items() if n},  # no sentence of the attack pool taken
        {"event": 6, "optional": 25, "none": 59},
        {
            "Explosions/Remote violence": 3,
            "Violence against civilians": 1,
            "Protests": 1,
            "Battles": 1,
        },
        with_alternatives=5,
    )
    by_pool: dict[str, dict[str, int]] = {}
    for r in records:
        counts = by_pool.setdefault(r["pool"], {"event": 0, "optional": 0, "none": 0})
        counts[r["gold"]] += 1
    assert by_pool == {
        "assault": {"event": 3, "optional": 13, "none": 24},
        "protest": {"event": 0, "optional": 10, "none": 25},
        "negative": {"event": 3, "optional": 2, "none": 10},
    }


def test_batch20_ids_unique_and_spans_inside_the_sentence_bounds() -> None:
    records = _records(NAME)
    assert len({r["id"] for r in records}) == len(records) == 90
    for r in records:
        span = r["sentence"]
        assert 0 <= span["start"] < span["end"] <= r["content_len"], r["id"]


def test_batch20_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(20, "abc")


def test_batch20_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    import select_events_sentences19 as batch19

    sel = check_draw_rule_and_disjoint(
        20,
        seed=20261620,
        digits="abc",
        sizes=SIZES,
        includes=frozenset(
            {
                *(f"events_sentences{n}.jsonl" for n in range(13, 20)),
                "events_tune19.jsonl",
                "claims_check13.jsonl",
            }
        ),
    )
    assert set(batch19.EXCLUDED_FILES) < set(sel.EXCLUDED_FILES)
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
    with sel._batch20_rule():
        now = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
        assert now == (sel.SEED, sel.HASH_DIGITS, sel.SIZES, sel.EXCLUDED_FILES)
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)


def test_bench_batch20_flag_reads_its_own_file() -> None:
    check_bench_flag(20)
