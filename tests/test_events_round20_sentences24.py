"""Round 20's blind sentence batch 24 (benchmarks/data/events_sentences24.jsonl, helper bs11): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences24.py: batch 23's rule, i.e. batch 22's
sentence_rule over batch 13's through its with_rule, seed 20262024, pools assault 45, protest 40, attack 0, negative 15,
round 20's hash rule for this batch: the second-to-last hex digit of sha1(url) in a-f (draws.ROUND18_LONG_DIGITS) and
the third-from-last in c-f (draws.ROUND20_BATCH_THIRD), articles of at most 12,000 characters because the pools at
6,000 were thin) and disjoint from every other annotated file of benchmarks/data/. The pools held 29 assault, 9
protest and 15 negative sentences of distinct articles, so the batch has 53. Nothing here runs rasd on the batch (the
lead scores it: bench_events_sentences.py --batch24)."""

from __future__ import annotations

import hashlib
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

NAME = "events_sentences24.jsonl"
SIZES = {"assault": 45, "protest": 40, "attack": 0, "negative": 15}
DRAWN = {"assault": 29, "protest": 9, "negative": 15}  # the pools ran out in this hash range
SHARED = DATA.parents[2] / "shared"


def test_batch24_make_up_as_coded() -> None:
    records = check_make_up(
        24,
        1900,
        DRAWN,
        {"event": 7, "optional": 12, "none": 34},
        {"Violence against civilians": 4, "Battles": 2, "Protests": 1},
        with_alternatives=6,
    )
    check_gold_by_pool(
        records,
        {
            "assault": {"event": 4, "optional": 7, "none": 18},
            "protest": {"event": 1, "optional": 4, "none": 4},
            "negative": {"event": 2, "optional": 1, "none": 12},
        },
    )


def test_batch24_ids_unique_spans_inside_the_sentence_bounds_types_valid() -> None:
    check_ids_spans_and_types(NAME, 53)


def test_batch24_offsets_round20_hash_range_widened_length_and_no_text() -> None:
    records = check_offsets_and_hash_range(24, "abcdef", max_content=12000)  # batch 1's 6,000 widened to 12,000
    # the widening was used: articles over 6,000 characters are in (18 of 53)
    assert sum(r["content_len"] > 6000 for r in records) == 18
    check_third_digits(NAME, "cdef")


def test_batch24_draw_rule_is_batch23s_with_round20s_hash_rule_and_disjoint() -> None:
    sys.path.insert(0, str(DATA.parent))
    import draws
    import select_events_sentences8 as batch8

    sel = check_draw_rule_and_disjoint(
        24,
        seed=20262024,
        digits="abcdef",
        sizes=SIZES,
        includes=frozenset(draws.ROUND20_FILES),
    )
    assert tuple(sorted(draws.ROUND20_FILES)) == sel.EXCLUDED_FILES
    assert draws.ROUND20_BATCH_THIRD == sel.THIRD_DIGITS == frozenset("cdef")
    assert draws.ROUND18_LONG_DIGITS == sel.HASH_DIGITS
    # round 20's other blind draws take the other third digits of the same a-f range
    assert not sel.THIRD_DIGITS & (draws.ROUND20_EVENTS_THIRD | draws.ROUND20_CLAIMS_THIRD)
    check_rule_swap(sel, sel._batch24_rule)
    # the widened article length holds only while the draw runs
    before = batch8.MAX_CONTENT
    assert before == 6000 and sel.MAX_CONTENT == 12000
    with sel._batch24_rule():
        assert batch8.MAX_CONTENT == 12000
    assert before == batch8.MAX_CONTENT
    # this batch's hash rule: [-2] in a-f and [-3] in c-f, nothing else
    for k in range(64):
        url = f"http://example.org/{k}"
        digest = hashlib.sha1(url.encode()).hexdigest()
        assert sel.in_range(url) == (digest[-2] in "abcdef" and digest[-3] in "cdef")
    assert not sel.in_range(None)


@pytest.mark.skipif(not (SHARED / "data" / "news" / "saudinewsnet").is_dir(), reason="../shared not present")
def test_batch24_is_the_committed_draw() -> None:
    check_committed_draw(24, Path(SHARED))


def test_bench_batch24_flag_reads_its_own_file() -> None:
    check_bench_flag(24)
