"""Accuracy gate of the date stage on the Arabic TimeML dev set (../shared/data/time/timeml-dev).

Floors are set just below what was measured (benchmarks/bench_time.py, reference date 2015-12-24 for every
document). First gate: overlap F1 0.856, strict F1 0.771, value accuracy 0.794 (81 of 102 matched). Raised after
the second pass (simultaneity references, seasons and quarters, bare year pairs, adjectives of frequency, story
days anchored on the paragraph's last day): overlap F1 0.897, strict F1 0.774, value accuracy 0.791 (87 of 110
matched: the six new matches with a right value came with two whose gold value is not a valid reading). Raised
after the third pass (a weekday always resolves to that weekday, السنوات اللاحقة = FUTURE_REF, اب without madda
with a year or a marker, the film studio فوكس للقرن العشرين): overlap F1 0.901, strict F1 0.777, value accuracy
0.791 (87 of 110 matched: two values gained, السنوات اللاحقة and أمس الأول الأحد, and two lost whose gold day
is not the weekday written, أمس الجمعة = 2015-12-23 and اليوم الأحد = 2015-12-24). Raise them when the stage
improves; never lower them silently. The remaining value errors are listed by ``python
benchmarks/bench_time.py --errors``; most are disagreements with the annotation (see the stage's report).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "time" / "timeml-dev"

pytestmark = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"../shared not present ({DATA} missing): TimeML gate skipped"
)


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_time", ROOT / "benchmarks" / "bench_time.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_time", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_timeml_dev_floors() -> None:
    bench = _bench()
    score = bench.evaluate(DATA)
    assert score.n_gold == 122
    assert score.overlap()[2] >= 0.90
    assert score.strict()[2] >= 0.775
    assert score.value_accuracy() >= 0.79


def test_every_rasd_span_is_valid() -> None:
    from rasd.stages.timex import find_timexes

    bench = _bench()
    for doc in bench.load(DATA):
        for x in find_timexes(doc.text, bench.REFERENCE_DATE):
            assert 0 <= x.start < x.end <= len(doc.text)
