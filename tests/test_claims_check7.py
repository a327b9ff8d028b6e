"""The round 11 blind claims set, ``benchmarks/data/claims_check7.jsonl`` (issue 13): annotations only, well formed,
pointing at the same characters of the corpus when ``../shared`` is present, disjoint from every other annotated file,
and exactly the draw of ``benchmarks/select_claims_check7.py``. Nothing here runs rasd on its articles."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

NAME = "claims_check7.jsonl"


def test_check7_holds_annotations_only() -> None:
    data.test_records_hold_annotations_only(NAME)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check7_offsets_point_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters(NAME)


def test_check7_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(NAME, 30)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draw not re-run")
def test_check7_is_the_committed_draw() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    from select_claims_check7 import in_range, select

    drawn = [(row["zip"], row["url"], row["pool"]) for row in select(data.CORPUS)]
    coded = [(r["key"]["zip"], r["key"]["url"], r["pool"]) for r in data._records(NAME)]
    assert sorted(drawn) == sorted(coded)
    assert all(in_range(url) for _, url, _ in coded)
