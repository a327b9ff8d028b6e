"""Casualty figures as reporters write them: brackets and quotes, toll verbs, verbs after the noun, one or two
persons with no numeral, displacement in its forms, survivors, unit numbers and years (sentences written for
rasd)."""

from __future__ import annotations

import pytest

import rasd
from rasd.document import Quantity
from rasd.stages.quantities import find_quantities


def figures(text: str) -> dict[str, Quantity]:
    found = find_quantities(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
    return {text[q.start : q.end]: q for q in found}


CASES = [
    # (sentence, the figure's text, value, approx, unit)
    # a number in brackets or quotes before its noun
    ("وأسفر القصف عن سقوط (14) قتيلًا في السوق الشعبي.", "(14) قتيلًا", 14, "exact", "killed"),
    ("وأعلنت مصادر طبية وصول «7» قتلى إلى المستشفى.", "«7» قتلى", 7, "exact", "killed"),
    ('وأحصى المسعفون نحو "20" جريحًا بين المدنيين.', 'نحو "20" جريحًا', 20, "about", "injured"),
    # a toll verb that carries the unit
    ("وارتفعت حصيلة الضحايا إلى 6 مدنيين بينهم طفلان.", "6 مدنيين", 6, "exact", "killed"),
    (
        "وارتفعت حصيلة قتلى الاشتباكات التي اندلعت منذ يومين في أطراف المدينة الجنوبية إلى 13 شخصًا.",
        "13 شخصًا",
        13,
        "exact",
        "killed",
    ),
    ("وبلغ عدد النازحين من القرى الحدودية 40 ألف شخص.", "40 ألف شخص", 40000, "exact", "displaced"),
    ("وارتفع عدد الجرحى في المدينة إلى 25 شخصًا.", "25 شخصًا", 25, "exact", "injured"),
    # a verb after the counted noun
    ("وقال المسعفون إن 12 شخصًا قتلوا في الانفجار.", "12 شخصًا", 12, "exact", "killed"),
    ("وذكر المصدر أن عشرة جنود قُتلوا وأن خمسة آخرين أصيبوا.", "عشرة جنود", 10, "exact", "fighters_killed"),
    ("وذكر المصدر أن عشرة جنود قُتلوا وأن خمسة آخرين أصيبوا.", "خمسة", 5, "exact", "injured"),
    ("وقالت المنظمة إن 250 ألفًا نزحوا من المدينة منذ أبريل.", "250 ألفًا", 250000, "exact", "displaced"),
    # one or two persons with no numeral
    ("قُتل شاب برصاص قناص في حي الشيخ مقصود.", "قُتل شاب", 1, "exact", "killed"),
    ("وأصيب طفلان بجروح في القصف.", "طفلان", 2, "exact", "injured"),
    ("وأسفر الهجوم عن مقتل جنديين وإصابة ثلاثة آخرين.", "جنديين", 2, "exact", "killed"),
    ("وأسفر الهجوم عن مقتل جنديين وإصابة ثلاثة آخرين.", "ثلاثة", 3, "exact", "injured"),
    ("ولقيت امرأة مصرعها إثر سقوط قذيفة على منزلها.", "لقيت امرأة", 1, "exact", "killed"),
    ("وأعلنت الشرطة أن شخصًا قُتل في إطلاق نار قرب السوق.", "شخصًا قُتل", 1, "exact", "killed"),
    ("وقتل شرطيان في هجوم على حاجز للتفتيش.", "شرطيان", 2, "exact", "killed"),
    ("وأسفر الانفجار عن مقتل 7 وإصابة 19 آخرين.", "7", 7, "exact", "killed"),
    # displacement in its forms
    ("ونزحت 300 عائلة من الأحياء الشرقية.", "300 عائلة", 300, "exact", "displaced"),
    ("وتسببت المعارك في تشريد 2000 شخص من قراهم.", "2000 شخص", 2000, "exact", "displaced"),
    ("وأدى القصف إلى تهجير مئات العائلات.", "مئات العائلات", 100, "vague", "displaced"),
    ("وفرّ 500 شخص من القرية باتجاه الحدود.", "500 شخص", 500, "exact", "displaced"),
    ("ووصل 1200 نازح إلى المخيم خلال الأسبوع.", "1200 نازح", 1200, "exact", "displaced"),
    # a partitive noun and a number written after its noun
    ("وأعلن الجيش مقتل ستة من عناصر الأمن في الكمين.", "ستة من عناصر", 6, "exact", "killed"),
    ("وشيع الأهالي جثامين الشهداء الخمسة في موكب مهيب.", "الشهداء الخمسة", 5, "exact", "killed"),
    # killed and injured together
    ("وأعلنت الوزارة مقتل وإصابة 60 شخصًا في الانفجار.", "60 شخصًا", 60, "exact", "people"),
    # survivors are not injured
    ("وانتشلت فرق الإنقاذ 5 ناجين من تحت الأنقاض بعد أن أصيب 8 أشخاص.", "5 ناجين", 5, "exact", "people"),
    ("وانتشلت فرق الإنقاذ 5 ناجين من تحت الأنقاض بعد أن أصيب 8 أشخاص.", "8 أشخاص", 8, "exact", "injured"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "approx", "unit"), CASES)
def test_figures_as_written(sentence: str, span: str, value: float, approx: str, unit: str) -> None:
    found = figures(sentence)
    assert span in found, f"{span!r} not among {list(found)}"
    q = found[span]
    expected = "killed" if unit == "fighters_killed" else unit
    assert (q.value, q.approx, q.unit) == (value, approx, expected)


def test_one_person_counted_once() -> None:
    text = "وقتل مدني واحد في القصف."
    found = [q for q in find_quantities(text) if q.unit == "killed"]
    assert [q.value for q in found] == [1]


def test_share_of_a_population_is_a_vague_displaced_figure() -> None:
    text = "ونزح ثلث سكان البلدة بعد القصف العنيف."
    (q,) = [q for q in find_quantities(text) if q.unit == "displaced"]
    assert text[q.start : q.end] == "ثلث سكان البلدة"
    assert (q.value, q.approx) == (None, "vague")
    assert find_quantities("وقال إن ثلث سكان البلدة من الشباب.") == []


def test_coordinated_figure_takes_the_unit_of_the_one_before() -> None:
    text = "قتل أربعة جنود من قوات حرس الحدود في الهجوم على النقطة وثلاثة مدنيين."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(4, "killed"), (3, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون مقر الفرقة 17 ومواقع اللواء 105 قرب المدينة.",
        "وقصفت الميليشيات الأحياء بمدافع الهاون عيار (120).",
        "وتقدمت الكتيبة 102 مشاة نحو المرتفعات.",
        "وكان قد اعتقل في 2011 خلال الاحتجاجات.",
        "ووقعت حوادث مماثلة في (2014).",
    ],
)
def test_unit_numbers_calibres_and_years_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وسقط قتلى وجرحى في الاشتباكات.",  # no figure
        "وقال الناطق إن الشاب الذي قتل أمس كان طالبًا.",  # a definite noun: a person already counted
        "ووقعت ثلاثة حوادث أمنية في المدينة بعد أن أصيب جنود.",  # incidents are not the injured
    ],
)
def test_no_casualty_figure(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit in ("killed", "injured")] == []


def test_stage_output_has_valid_spans() -> None:
    doc = rasd.extract("عنوان\n\nقُتل شاب وأصيب طفلان، ونزح ثلث سكان القرية بعد سقوط «5» قذائف.", fmt="text")
    assert doc.validate_spans() == []
    units = sorted((q.unit, q.value) for q in doc.quantities)
    assert ("killed", 1) in units and ("injured", 2) in units and ("displaced", None) in [(u, v) for u, v in units]
    assert [q.id for q in doc.quantities] == [f"Q{i}" for i in range(1, len(doc.quantities) + 1)]
