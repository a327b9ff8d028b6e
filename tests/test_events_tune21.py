"""Round 17's blind events file (benchmarks/data/events_tune21.jsonl, helper bt8): annotations only, the shape it was
coded to, the hash range it was drawn from (select_events_tune21.py: round 17's rule, ``draws.in_range3``: the
second-to-last hex digit of sha1(url) a digit 0-9 and the third-from-last ``e``), disjoint from every other annotated
file of benchmarks/data/, the draw re-run giving exactly its articles, and read by bench_events' --split tune21."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.blind_file_checks import (
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_draw_rule,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE21 = (7, 4, 2, 1)
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}


def test_tune21_file_shape_hash_range_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE21
    check_blind_file("tune21", "0123456789", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    digests = [hashlib.sha1(r["key"]["url"].encode()).hexdigest() for r in _records("events_tune21.jsonl")]
    assert all(d[-3] == "e" for d in digests)


def test_tune21_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune21.jsonl")


def test_tune21_draw_rule_is_the_committed_one() -> None:
    sel = check_draw_rule(
        "select_events_tune21",
        ("events_tune21.jsonl",),
        seed=20261721,
        digits="0123456789",
        negatives=4,
        sizes=SIZES,
        includes=frozenset({"events_tune20.jsonl", "events_sentences21.jsonl", "claims_check14.jsonl"}),
    )
    from draws import ROUND17_FILES

    assert frozenset("e") == sel.THIRD_DIGITS and sel.RULE.third_digits == frozenset("e")
    assert sel.EXCLUDED_FILES == ROUND17_FILES
    assert {"events_dev.jsonl", "events_tune19.jsonl", "events_rowjudge3.jsonl"} <= set(sel.EXCLUDED_FILES)


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune21_draw_gives_the_files_articles() -> None:
    check_draw_gives(__import__("select_events_tune21"), DATA / "events_tune21.jsonl")


def test_bench_reads_tune21() -> None:
    check_bench_reads("tune20", "tune21")
