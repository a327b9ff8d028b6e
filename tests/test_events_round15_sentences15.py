"""Round 15's blind sentence batch 15 (benchmarks/data/events_sentences15.jsonl, helper bs6): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences15.py: batch 13's rule imported, seed
20261515, pools assault 40, protest 35, attack 0, negative 15, the second-to-last hex digit of sha1(url) in a-c) and
disjoint from every other annotated file of benchmarks/data/, batches 13 and 14 included. Nothing here runs rasd on
the batch (the lead scores it: bench_events_sentences.py --batch15)."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA, _records

NAME = "events_sentences15.jsonl"
SIZES = {"assault": 40, "protest": 35, "attack": 0, "negative": 15}


def test_batch15_make_up_as_coded() -> None:
    records = check_make_up(
        15,
        1120,
        {pool: n for pool, n in SIZES.items() if n},  # no sentence of the attack pool taken
        {"event": 18, "optional": 19, "none": 53},
        {
            "Violence against civilians": 9,
            "Explosions/Remote violence": 4,
            "Protests": 3,
            "Battles": 2,
        },
        with_alternatives=9,
    )
    by_pool: dict[str, dict[str, int]] = {}
    for r in records:
        counts = by_pool.setdefault(r["pool"], {"event": 0, "optional": 0, "none": 0})
        counts[r["gold"]] += 1
    assert by_pool == {
        "assault": {"event": 12, "optional": 10, "none": 18},
        "protest": {"event": 5, "optional": 9, "none": 21},
        "negative": {"event": 1, "optional": 0, "none": 14},
    }


def test_batch15_ids_unique_and_spans_inside_the_sentence_bounds() -> None:
    records = _records(NAME)
    assert len({r["id"] for r in records}) == len(records) == 90
    for r in records:
        span = r["sentence"]
        assert 0 <= span["start"] < span["end"] <= r["content_len"], r["id"]


def test_batch15_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(15, "abc")


def test_batch15_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    import select_events_sentences14 as batch14

    sel = check_draw_rule_and_disjoint(
        15,
        seed=20261515,
        digits="abc",
        sizes=SIZES,
        includes=frozenset({"events_sentences13.jsonl", "events_sentences14.jsonl", "events_tune18.jsonl"}),
    )
    assert set(batch14.EXCLUDED_FILES) < set(sel.EXCLUDED_FILES)
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
    with sel._batch15_rule():
        now = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
        assert now == (sel.SEED, sel.HASH_DIGITS, sel.SIZES, sel.EXCLUDED_FILES)
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)


def test_bench_batch15_flag_reads_its_own_file() -> None:
    check_bench_flag(15)
