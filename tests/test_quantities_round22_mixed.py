"""Dead and wounded counted together (round 22, lead): "بين قتيل وجريح" after a figure, "قتل وجرح" before it — the
figure is unit people, never a death toll. Sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.stages.quantities import find_quantities


def units(text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أدى القصف إلى سقوط 25 شخصا بين قتيل وجريح في مدينة دوما.", 25),
        ("قالت مصادر طبية إن أكثر من 40 مدنيا سقطوا بين قتيل وجريح جراء الغارات.", 40),
        ("راح ضحية التفجير نحو 80 ما بين قتيل وجريح.", 80),
        ("أسفر الهجوم عن سقوط 12 عنصرا من الشرطة بين قتيل ومصاب.", 12),
        ("سقط 30 شخصا بين شهيد وجريح في قصف مدفعي على الحي.", 30),
        ("قتل وجرح 12 مدنيا في قصف مدفعي استهدف حي الروضة.", 12),
    ],
)
def test_dead_and_wounded_together_are_people(text: str, value: float) -> None:
    assert units(text) == [(value, "people")]


def test_apart_they_keep_their_units() -> None:
    # the pair belongs to the figure right before it, not to a figure before another noun
    assert units("قتل 5 جنود وأصيب 7 آخرون في الهجوم.") == [(5, "killed"), (7, "injured")]
    assert (25, "killed") in units("أدى القصف إلى سقوط 25 قتيلا في مدينة دوما.")
    # "بين" with another pair is no count of casualties
    assert (25, "killed") in units("قتل 25 شخصا بين مدنيين وعسكريين في الهجوم.")
