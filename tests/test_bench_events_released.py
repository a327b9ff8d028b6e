"""``benchmarks/bench_events_released.py`` (round 37): every released events tune file in one process — never the
held-out half nor a blind file the lead has not scored yet."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return importlib.import_module("bench_events_released")


def test_the_released_files_are_the_dev_tune_half_then_the_tune_files_in_order(bench: ModuleType) -> None:
    splits = bench.released_splits()
    assert splits[0] == "tune" and bench.tune_file("tune").name == "events_dev.jsonl"
    numbers = [int(s.removeprefix("tune")) for s in splits[1:]]
    assert numbers == sorted(numbers) and numbers[0] == 2
    assert all(bench.tune_file(s).exists() for s in splits)


def test_a_blind_file_is_not_released(bench: ModuleType) -> None:
    # round 43's blind tune55 will be annotated in benchmarks/data but is not among the released files
    assert "tune54" in bench.released_splits()
    assert "tune55" not in bench.released_splits()


@pytest.mark.parametrize("split", ["heldout", "tune55", "both"])
def test_the_held_out_half_and_blind_files_are_refused_before_anything_runs(
    bench: ModuleType, split: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert bench.main(["--shared", str(tmp_path), split]) == 2
    assert "not a released tune file" in capsys.readouterr().out
