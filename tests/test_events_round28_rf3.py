"""The row filter's training tools after round 28 (helper rf3): twenty-one blind files' first runs, new eval options.

Round 28 measured whether the learned row filter retrained on the first-run rows of tune3-14, tune28 and tune30-37
plus today's rows generalises better than round 25's weights (docs/events.md, "Round 28: the row filter retrained"):
it does not (leave-one-blind-file-out F1 0.641 either way), so the committed weights stay round 25's; what these tests
hold is the tooling the measure added: the experiment reads the released files to tune37 (never round 28's blind
tune38), the fit takes a weight per row, feature families can be left out, the threshold can be chosen on first-run
rows alone, and the trainer knows each blind file's first-run tree.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from rasd.events.rowfilter import load_filter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import experiment_event_filter_text as ft  # noqa: E402


def _trainer() -> Any:
    spec = importlib.util.spec_from_file_location("train_event_filter", ROOT / "scripts" / "train_event_filter.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_weights_still_load() -> None:
    rf = load_filter()
    assert len(rf.features) > 5000
    assert 0.05 <= rf.threshold <= 0.5
    assert rf.keep_headline_tolls


def test_the_experiment_reads_the_released_files_to_tune37_never_tune38() -> None:
    assert {"tune35", "tune36", "tune37"} <= set(ft.FILES)
    assert "tune38" not in ft.FILES and "tune38" not in ft.LEAD_ONLY


def test_the_trainer_names_each_blind_files_first_run_tree() -> None:
    trainer = _trainer()
    trees = trainer.FIRST_RUN_TREES
    assert len(trees) == 21
    assert trees["tune35"] == "1a6a8b3" and trees["tune36"] == "dd72de6" and trees["tune37"] == "498e876"
    assert trees["tune3"] == "7e30318" and trees["tune33"] == trees["tune34"] == "6d998a9"
    assert "tune38" not in trees


def test_a_row_weighted_zero_trains_nothing_and_a_doubled_row_counts_twice() -> None:
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    y = np.array([1.0, 0.0, 1.0, 0.0, 0.0])
    without_last = ft.fit(x[:4], y[:4], 1.0)
    weighted = ft.fit(x, y, 1.0, np.array([1.0, 1.0, 1.0, 1.0, 0.0]))
    assert np.allclose(without_last, weighted, atol=1e-4)
    doubled = ft.fit(np.vstack([x, x[:1]]), np.append(y, y[0]), 1.0)
    weighted_two = ft.fit(x, y, 1.0, np.array([2.0, 1.0, 1.0, 1.0, 1.0]))
    assert np.allclose(doubled, weighted_two, atol=1e-4)


def test_a_dropped_name_or_prefix_leaves_the_features() -> None:
    x = {"b:in_title": 1.0, "c:status=reported": 1.0, "c:event_class=strike": 1.0, "w:قصف": 1.0, "n:rank": 0.7}
    ft.DROP[:] = ["b:in_title", "c:status=", "w:"]
    try:
        kept = ft._dropped(x)
    finally:
        ft.DROP[:] = []
    assert kept == {"c:event_class=strike": 1.0, "n:rank": 0.7}
    assert ft._dropped(x) == x


def test_the_threshold_can_be_chosen_on_first_run_rows_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # counts of one article's kept rows against its labels (bench_events' matcher is not needed for the choice)
    def counts(art: dict[str, Any], keep: np.ndarray) -> tuple[int, int, int]:
        y = np.array(art["y"], dtype=bool)
        return int((keep & y).sum()), int((keep & ~y).sum()), int((~keep & y).sum())

    monkeypatch.setattr(ft, "_counts", counts)
    # today's rows: true rows scored 0.3 (a threshold over 0.3 loses them); first-run rows: false rows scored 0.4
    today = [({"y": [1, 1, 1, 1, 1, 1, 0]}, np.array([0.3, 0.3, 0.3, 0.3, 0.3, 0.9, 0.1]))]
    first = [({"y": [1, 1, 0, 0, 0], "first": True}, np.array([0.8, 0.9, 0.4, 0.4, 0.4]))]
    ft.T_ON_FIRST[0] = False
    f1_all, t_all = ft._best_t(today + first)
    assert t_all <= 0.3
    ft.T_ON_FIRST[0] = True
    try:
        f1_first, t_first = ft._best_t(today + first)
    finally:
        ft.T_ON_FIRST[0] = False
    assert t_first > 0.4 and f1_first == pytest.approx(1.0)
    assert f1_all < 1.0
