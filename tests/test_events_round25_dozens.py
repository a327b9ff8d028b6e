"""Round 25 (helper ft3): the lead's ruling (6) on "dozens" (عشرات), and executions' counts.

Every sentence here was written for rasd (none copied from a corpus). What the ruling says and what changed
(docs/events.md, "Round 25: ruling (6), dozens (helper ft3)"):

* "عشرات" of DEAD alone (مقتل العشرات، عشرات القتلى، لقي العشرات مصرعهم) is fatalities 12, the quantities stage's
  value of the word (ACLED's "dozens");
* dozens of dead AND wounded told as one count (عشرات القتلى والجرحى، سقوط العشرات بين قتيل وجريح، مقتل وإصابة
  العشرات) is ruling (4)'s unnumbered plural dead, 10 (``events.merge.tolls.dozens_and_wounded``,
  ``events.figures.unnumbered_dead``); an exact count "between killed and wounded" gives none;
* dozens of wounded only is no death;
* a verb of executing reads the count of the executed further on in its sentence (the subject, the place and the day
  between) and in a headline's present (``stages.quantities``, ``far_cues`` of ``quantities.yaml``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd.ingest.jsonl import read_line
from rasd.pipeline import Pipeline
from rasd.stages.quantities import find_quantities


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _rows(pipeline: Pipeline, text: str, published: str = "2015-08-09") -> list[dict[str, Any]]:
    line = {"text": text, "published": published}
    doc = pipeline.run(read_line(json.dumps(line, ensure_ascii=False).encode("utf-8")))
    assert not doc.errors, doc.errors
    return [e for e in doc.events if isinstance(e, dict) and e.get("acled_row", True)]


def _toll(row: dict[str, Any]) -> int | None:
    fat = row.get("fatalities")
    return fat.get("value") if isinstance(fat, dict) else fat


def _tolls(pipeline: Pipeline, text: str) -> list[int | None]:
    rows = _rows(pipeline, text)
    assert rows, text
    return [_toll(r) for r in rows]


# ------------------------------------------------------------------------------------------ dead alone: 12
@pytest.mark.parametrize(
    "text",
    [
        "قتل العشرات من عناصر تنظيم داعش في غارات جوية شنتها طائرات التحالف الدولي على مدينة الرمادي اليوم الأحد.",
        "سقط عشرات القتلى في انفجار سيارة مفخخة استهدف سوقا شعبية في مدينة بعقوبة اليوم الأحد.",
        "لقي العشرات من مسلحي الحوثي مصرعهم في اشتباكات مع المقاومة الشعبية في مدينة تعز اليوم الأحد.",
        "أسفر القصف المدفعي على حي الشيخ عثمان في عدن اليوم الأحد عن مقتل العشرات من المدنيين.",
    ],
)
def test_dozens_of_dead_alone_are_twelve(pipeline: Pipeline, text: str) -> None:
    assert _tolls(pipeline, text) == [12]


# ------------------------------------------------------------------------------- dead and wounded, unsplit: 10
@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات التحالف مواقع الحوثيين في مدينة صعدة اليوم الأحد ما أوقع عشرات القتلى والجرحى في صفوفهم.",
        "سيطرت المقاومة الشعبية اليوم الأحد على مدينة الحوطة، ولفتت المصادر إلى سقوط عشرات القتلى والجرحى من الحوثيين.",
        "سيطرت المقاومة الشعبية اليوم الأحد على مدينة لودر بعد معارك عنيفة مع الحوثيين أسفرت عن مقتل وإصابة العشرات.",
        "سيطرت المقاومة الشعبية اليوم الأحد على مدينة زنجبار وسقط العشرات من الحوثيين بين قتيل وجريح.",
        "استعادت قوات الجيش الوطني اليوم الأحد معسكر لبوزة في محافظة لحج، وسقط خلالها العشرات منهم ما بين قتيل وجريح.",
    ],
)
def test_dozens_of_dead_and_wounded_unsplit_are_ruling_fours_ten(pipeline: Pipeline, text: str) -> None:
    assert _tolls(pipeline, text) == [10]


def test_an_exact_count_between_killed_and_wounded_is_no_toll_of_dead(pipeline: Pipeline) -> None:
    # 25 dead and wounded together: how many died is not told, and the count is not the dead's
    tolls = _tolls(pipeline, "سيطرت المقاومة الشعبية اليوم الأحد على مدينة زنجبار وسقط 25 من الحوثيين بين قتيل وجريح.")
    assert tolls and all(t in (None, 0) for t in tolls)


def test_dozens_of_wounded_only_is_no_death(pipeline: Pipeline) -> None:
    tolls = _tolls(pipeline, "قصفت طائرات التحالف مواقع الحوثيين في مدينة صعدة اليوم الأحد ما أدى إلى إصابة العشرات.")
    assert all(t in (None, 0) for t in tolls)


def test_an_exact_toll_with_dozens_of_wounded_keeps_its_number(pipeline: Pipeline) -> None:
    tolls = _tolls(pipeline, "قتل 14 شخصا وأصيب العشرات في انفجار سيارة مفخخة في سوق مدينة الموصل اليوم الأحد.")
    assert tolls == [14]


# --------------------------------------------------------------------------------------- executions' counts
def _units(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(text[q.start : q.end], q.unit, q.value) for q in find_quantities(text)]


def test_a_verb_of_executing_reads_the_count_past_its_subject_place_and_day() -> None:
    text = "أعدم مسلحو جبهة النصرة في مدينة إدلب اليوم السبت، ثلاثة أشخاص بتهمة التعاون مع النظام."
    assert _units(text) == [("ثلاثة أشخاص", "killed", 3.0)]


def test_a_headline_tells_the_executed_in_the_present() -> None:
    assert _units("تنظيم داعش يعدم 15 شخصا في مدينة الموصل") == [("15 شخصا", "killed", 15.0)]


def test_a_count_after_a_preposition_is_not_the_executed() -> None:
    text = "أعدم التنظيم شابا في ساحة البلدة أمام 50 شخصا من الأهالي."
    assert ("50 شخصا", "people", 50.0) in _units(text)


def test_a_cue_of_another_figure_nearer_the_count_keeps_it() -> None:
    text = "أعدم التنظيم صباح اليوم شابين بعد أن اعتقل في القرية المجاورة 5 أشخاص."
    assert ("5 أشخاص", "arrested", 5.0) in _units(text)


# ------------------------------------------------------------------ "that there are dead" in the next sentence
@pytest.mark.parametrize(
    "text",
    [
        "سيطرت المقاومة الشعبية اليوم الثلاثاء على مدينة الحوطة عاصمة محافظة لحج بعد اشتباكات مع الحوثيين. "
        "ولفتت المصادر إلى أن هناك عشرات القتلى والجرحى من الحوثيين، إلى جانب أسر أعداد كبيرة منهم.",
        "شنت طائرات التحالف اليوم الثلاثاء خمس غارات على المجمع الحكومي في مدينة حرض. "
        "وأوضحت المصادر أن هناك قتلى وجرحى في صفوف المسلحين.",
    ],
)
def test_a_source_telling_that_there_are_dead_in_the_next_sentence_gives_ruling_fours_ten(
    pipeline: Pipeline, text: str
) -> None:
    assert _tolls(pipeline, text) == [10]


def test_there_are_only_wounded_is_no_death(pipeline: Pipeline) -> None:
    text = (
        "شنت طائرات التحالف اليوم الثلاثاء خمس غارات على المجمع الحكومي في مدينة حرض. "
        "وأوضحت المصادر أن هناك جرحى في صفوف المسلحين."
    )
    assert all(t in (None, 0) for t in _tolls(pipeline, text))
