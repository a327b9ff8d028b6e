"""The round 11 blind claims sets, ``benchmarks/data/claims_check7.jsonl`` and ``claims_check8.jsonl`` (issue 13):
annotations only, well formed, pointing at the same characters of the corpus when ``../shared`` is present, disjoint
from every other annotated file, and exactly the draws of ``benchmarks/select_claims_check7.py``. Nothing here runs
rasd on their articles."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

SETS = [("claims_check7.jsonl", 30), ("claims_check8.jsonl", 20)]


@pytest.mark.parametrize(("name", "size"), SETS)
def test_round11_sets_hold_annotations_only(name: str, size: int) -> None:
    data.test_records_hold_annotations_only(name)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
@pytest.mark.parametrize(("name", "size"), SETS)
def test_round11_sets_point_at_the_same_characters(name: str, size: int) -> None:
    data.test_offsets_point_at_the_same_characters(name)


@pytest.mark.parametrize(("name", "size"), SETS)
def test_round11_sets_are_disjoint_from_every_other_annotated_file(name: str, size: int) -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(name, size)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draws not re-run")
def test_round11_sets_are_the_committed_draws() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    from select_claims_check7 import in_range, select, select8

    for name, draw in (("claims_check7.jsonl", select), ("claims_check8.jsonl", select8)):
        drawn = [(row["zip"], row["url"], row["pool"]) for row in draw(data.CORPUS)]
        coded = [(r["key"]["zip"], r["key"]["url"], r["pool"]) for r in data._records(name)]
        assert sorted(drawn) == sorted(coded), name
        assert all(in_range(url) for _, url, _ in coded)
