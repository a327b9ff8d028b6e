"""Round 17's blind sentence batch 22 (benchmarks/data/events_sentences22.jsonl, helper bs9): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences22.py: batch 13's rule through its
with_rule, seed 20261722, pools assault 45, protest 40, attack 0, negative 15, round 17's hash rule: the
second-to-last hex digit of sha1(url) a digit and the third-from-last c or d) and disjoint from every other annotated
file of benchmarks/data/. The protest pool held only 26 sentences in this range, so the batch has 86. Nothing here
runs rasd on the batch (the lead scores it: bench_events_sentences.py --batch22)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_committed_draw,
    check_draw_rule_and_disjoint,
    check_gold_by_pool,
    check_ids_spans_and_types,
    check_make_up,
    check_offsets_and_hash_range,
    check_rule_swap,
    check_third_digits,
)
from tests.test_events_round11_sentences8 import DATA

NAME = "events_sentences22.jsonl"
SIZES = {"assault": 45, "protest": 40, "attack": 0, "negative": 15}
DRAWN = {"assault": 45, "protest": 26, "negative": 15}  # the protest pool ran out in this hash range
SHARED = DATA.parents[2] / "shared"


def test_batch22_make_up_as_coded() -> None:
    records = check_make_up(
        22,
        1700,
        DRAWN,
        {"event": 11, "optional": 23, "none": 52},
        {
            "Violence against civilians": 5,
            "Protests": 3,
            "Explosions/Remote violence": 2,
            "Riots": 1,
        },
        with_alternatives=7,
    )
    check_gold_by_pool(
        records,
        {
            "assault": {"event": 6, "optional": 17, "none": 22},
            "protest": {"event": 3, "optional": 4, "none": 19},
            "negative": {"event": 2, "optional": 2, "none": 11},
        },
    )


def test_batch22_ids_unique_spans_inside_the_sentence_bounds_types_valid() -> None:
    check_ids_spans_and_types(NAME, 86)


def test_batch22_offsets_round17_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(22, "0123456789")
    check_third_digits(NAME, "cd")


def test_batch22_draw_rule_is_batch13s_with_round17s_hash_rule_and_disjoint() -> None:
    sys.path.insert(0, str(DATA.parent))
    import draws

    sel = check_draw_rule_and_disjoint(
        22,
        seed=20261722,
        digits="0123456789",
        sizes=SIZES,
        includes=frozenset(draws.ROUND17_FILES),
    )
    assert tuple(sorted(draws.ROUND17_FILES)) == sel.EXCLUDED_FILES and frozenset("cd") == sel.THIRD_DIGITS
    check_rule_swap(sel, sel._batch22_rule)
    # round 17's hash rule: [-2] a digit and [-3] c or d, nothing else
    assert sel.in_range("http://example.org/a") == draws.in_range3("http://example.org/a", frozenset("cd"))
    assert not sel.in_range(None)


@pytest.mark.skipif(not (SHARED / "data" / "news" / "saudinewsnet").is_dir(), reason="../shared not present")
def test_batch22_is_the_committed_draw() -> None:
    check_committed_draw(22, Path(SHARED))


def test_bench_batch22_flag_reads_its_own_file() -> None:
    check_bench_flag(22)
