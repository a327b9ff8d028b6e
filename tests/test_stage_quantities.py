"""The quantities stage: what each number counts, written-for-the-project sentences."""

from __future__ import annotations

import pytest

import rasd
from rasd.stages.quantities import find_quantities

CASES = [
    # (sentence, the figure's text, value, approx, unit)
    ("ارتفعت حصيلة القصف إلى 9 شهداء حتى اللحظة.", "9 شهداء حتى اللحظة", 9, "at_least", "killed"),
    ("قُتل 12 مدنيًا على الأقل في القصف.", "12 مدنيًا على الأقل", 12, "at_least", "killed"),
    ("أدى القصف إلى مقتل خمسة مدنيين بينهم طفلان.", "خمسة مدنيين", 5, "exact", "killed"),
    ("وأصيب أكثر من عشرين آخرين بجروح.", "أكثر من عشرين", 20, "more_than", "injured"),
    ("سقط 7 جرحى في الهجوم.", "7 جرحى", 7, "exact", "injured"),
    ("شن الطيران الحربي 10 غارات على البلدة.", "10 غارات", 10, "exact", "strikes"),
    ("قدرت الأمم المتحدة موجة النزوح بـ450 ألفًا منذ بدء الحملة.", "450 ألفًا", 450000, "exact", "displaced"),
    ("نزحت نحو 600 عائلة من الأحياء الشرقية.", "نحو 600 عائلة", 600, "about", "displaced"),
    ("اعتقلت القوات الأمنية 15 شابًا في المدينة.", "15", 15, "exact", "arrested"),
    ("وصل 3000 لاجئ إلى الحدود.", "3000 لاجئ", 3000, "exact", "displaced"),
    ("دمر المقاتلون أكثر من 30 آلية عسكرية.", "أكثر من 30 آلية", 30, "more_than", "vehicles"),
    ("انضم 200 مقاتل إلى الجبهة.", "200 مقاتل", 200, "exact", "fighters"),
    ("لقي عشرات المدنيين حتفهم.", "عشرات المدنيين", 12, "vague", "killed"),
    ("قتل الجيش 40 مسلحًا في الاشتباكات.", "40 مسلحًا", 40, "exact", "killed"),
    ("جاء الإعلان من طرف واحد.", "واحد", 1, "exact", "other"),
    ("استمرت المعارك ثلاثة أيام.", "ثلاثة", 3, "exact", "other"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "approx", "unit"), CASES)
def test_unit_table(sentence: str, span: str, value: float, approx: str, unit: str) -> None:
    found = {sentence[q.start : q.end]: q for q in find_quantities(sentence)}
    assert span in found, f"{span!r} not among {list(found)}"
    q = found[span]
    assert (q.value, q.approx, q.unit) == (value, approx, unit)


def test_cue_does_not_cross_a_sentence_boundary() -> None:
    text = "قتل جندي في الهجوم. ووصل 50 شخصًا إلى المخيم."
    (people,) = [q for q in find_quantities(text) if q.value == 50]
    assert people.unit == "people"


def test_stage_fills_quantities_with_valid_spans() -> None:
    doc = rasd.extract("عنوان\n\nقتل 5 مدنيين وأصيب 8 آخرون بقصف على البلدة.", fmt="text")
    assert [(q.value, q.unit) for q in doc.quantities] == [(5, "killed"), (8, "injured")]
    assert [q.id for q in doc.quantities] == ["Q1", "Q2"]
    assert doc.validate_spans() == []


def test_numbers_inside_dates_and_durations_are_not_counts() -> None:
    doc = rasd.extract("عنوان\n\nقتل 4 مدنيين منذ ثلاثة أيام، في أعنف تصعيد منذ صيف 2018.", fmt="text")
    assert [(doc.text[q.start : q.end], q.unit) for q in doc.quantities] == [("4 مدنيين", "killed")]
