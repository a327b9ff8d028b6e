"""The round 13 blind claims sets, ``benchmarks/data/claims_check9.jsonl`` (and ``claims_check10.jsonl`` once
coded; issue 13): annotations only, well formed, pointing at the same characters of the corpus when ``../shared`` is
present, disjoint from every other annotated file, and exactly the draws of ``benchmarks/select_claims_check9.py``.
Nothing here runs rasd on their articles (the lead holds and scores them)."""

from __future__ import annotations

import sys

import pytest

from . import test_claims_data as data

SETS = [("claims_check9.jsonl", 25)]
SETS += [("claims_check10.jsonl", 15)] if (data.DATA / "claims_check10.jsonl").exists() else []


@pytest.mark.parametrize(("name", "size"), SETS)
def test_round13_sets_hold_annotations_only(name: str, size: int) -> None:
    data.test_records_hold_annotations_only(name)
    assert all(r["split"] == name.removeprefix("claims_").removesuffix(".jsonl") for r in data._records(name))


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
@pytest.mark.parametrize(("name", "size"), SETS)
def test_round13_sets_point_at_the_same_characters(name: str, size: int) -> None:
    data.test_offsets_point_at_the_same_characters(name)


@pytest.mark.parametrize(("name", "size"), SETS)
def test_round13_sets_are_disjoint_from_every_other_annotated_file(name: str, size: int) -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file(name, size)


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: the draws not re-run")
def test_round13_sets_are_the_committed_draws() -> None:
    sys.path.insert(0, str(data.DATA.parent))
    from select_claims_check9 import in_range, select, select10

    for name, draw in (("claims_check9.jsonl", select), ("claims_check10.jsonl", select10)):
        if not (data.DATA / name).exists():
            continue
        drawn = [(row["zip"], row["url"], row["pool"]) for row in draw(data.CORPUS)]
        coded = [(r["key"]["zip"], r["key"]["url"], r["pool"]) for r in data._records(name)]
        assert sorted(drawn) == sorted(coded), name
        assert all(in_range(url) for _, url, _ in coded)
