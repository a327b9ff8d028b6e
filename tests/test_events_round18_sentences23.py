"""Round 18's blind sentence batch 23 (benchmarks/data/events_sentences23.jsonl, helper bs10): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences23.py: batch 22's rule, i.e. batch 13's through
its with_rule, seed 20261823, pools assault 45, protest 40, attack 0, negative 15, round 18's hash rule for this
batch: the second-to-last hex digit of sha1(url) in a-f (draws.ROUND18_LONG_DIGITS) and the third-from-last in a-f)
and disjoint from every other annotated file of benchmarks/data/. The protest pool held only 22 articles in this
range, so the batch has 82 sentences. Nothing here runs rasd on the batch (the lead scores it:
bench_events_sentences.py --batch23)."""

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

NAME = "events_sentences23.jsonl"
SIZES = {"assault": 45, "protest": 40, "attack": 0, "negative": 15}
DRAWN = {"assault": 45, "protest": 22, "negative": 15}  # the protest pool ran out in this hash range
SHARED = DATA.parents[2] / "shared"


def test_batch23_make_up_as_coded() -> None:
    records = check_make_up(
        23,
        1800,
        DRAWN,
        {"event": 16, "optional": 24, "none": 42},
        {
            "Violence against civilians": 9,
            "Battles": 2,
            "Protests": 2,
            "Explosions/Remote violence": 2,
            "Riots": 1,
        },
        with_alternatives=8,
    )
    check_gold_by_pool(
        records,
        {
            "assault": {"event": 11, "optional": 19, "none": 15},
            "protest": {"event": 2, "optional": 3, "none": 17},
            "negative": {"event": 3, "optional": 2, "none": 10},
        },
    )


def test_batch23_ids_unique_spans_inside_the_sentence_bounds_types_valid() -> None:
    check_ids_spans_and_types(NAME, 82)


def test_batch23_offsets_round18_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(23, "abcdef")
    check_third_digits(NAME, "abcdef")


def test_batch23_draw_rule_is_batch22s_with_round18s_hash_rule_and_disjoint() -> None:
    sys.path.insert(0, str(DATA.parent))
    import draws

    sel = check_draw_rule_and_disjoint(
        23,
        seed=20261823,
        digits="abcdef",
        sizes=SIZES,
        includes=frozenset(draws.ROUND18_FILES),
    )
    assert tuple(sorted(draws.ROUND18_FILES)) == sel.EXCLUDED_FILES
    assert frozenset("abcdef") == sel.THIRD_DIGITS and draws.ROUND18_LONG_DIGITS == sel.HASH_DIGITS
    check_rule_swap(sel, sel._batch23_rule)
    # this batch's hash rule: [-2] in a-f and [-3] in a-f, nothing else
    for url in ("http://example.org/a", "http://example.org/b", "http://example.org/c", "http://example.org/d"):
        digest = hashlib.sha1(url.encode()).hexdigest()
        assert sel.in_range(url) == (digest[-2] in "abcdef" and digest[-3] in "abcdef")
        assert sel.in_range(url) == draws.in_range3(url, frozenset("abcdef"), frozenset("abcdef"))
    assert not sel.in_range(None)


@pytest.mark.skipif(not (SHARED / "data" / "news" / "saudinewsnet").is_dir(), reason="../shared not present")
def test_batch23_is_the_committed_draw() -> None:
    check_committed_draw(23, Path(SHARED))


def test_bench_batch23_flag_reads_its_own_file() -> None:
    check_bench_flag(23)
