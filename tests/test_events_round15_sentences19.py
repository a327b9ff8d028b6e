"""Round 15's sentence batch 19 (benchmarks/data/events_sentences19.jsonl, helper as18): annotations only, the
make-up it was coded to (by hand, before rasd ran on it), the draw it came from (select_events_sentences19.py: batch
13's rule imported, seed 20262020, a new riot pool tried before batch 13's pools, sizes riot 45 and negative 15, the
second-to-last hex digit of sha1(url) in 5-9) and disjoint from every other annotated file of benchmarks/data/.
Nothing here runs rasd on the batch."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA

SIZES = {"riot": 45, "assault": 0, "protest": 0, "attack": 0, "negative": 15}


def test_batch19_make_up_as_coded() -> None:
    check_make_up(
        19,
        1420,
        {"riot": 45, "negative": 15},
        {"event": 9, "optional": 13, "none": 38},
        {
            "Battles": 2,
            "Protests": 2,
            "Riots": 2,
            "Explosions/Remote violence": 2,
            "Strategic developments": 1,
        },
        with_alternatives=9,
    )


def test_batch19_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(19, "56789")


def test_batch19_draw_rule_is_batch13s_with_a_riot_pool_first_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    import select_events_sentences15 as batch15

    sel = check_draw_rule_and_disjoint(19, seed=20262020, digits="56789", sizes=SIZES)
    assert set(batch15.EXCLUDED_FILES) <= set(sel.EXCLUDED_FILES)
    assert {f"events_sentences{n}.jsonl" for n in (15, 16, 17, 18)} <= set(sel.EXCLUDED_FILES)
    assert [name for name, _ in sel._POOLS] == ["riot", "assault", "protest", "attack"]
    # the riot pool is tried first: a sentence of protesters burning (an assault word) is a riot sentence
    assert sel.pool_of("أضرم محتجون غاضبون النار في مبنى البلدية ورشقوا الشرطة بالحجارة") == "riot"
    assert sel.pool_of("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع") == "riot"
    assert sel.pool_of("افتتح الوزير المعرض الدولي للكتاب") is None
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
    with sel._batch19_rule():
        assert (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES) == (sel.SEED, sel.HASH_DIGITS, sel.SIZES)
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)


def test_bench_batch19_flag_reads_its_own_file() -> None:
    check_bench_flag(19)
