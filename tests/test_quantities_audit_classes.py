"""Casualty phrasing classes the places audit's tune half showed (issue 11 item 6), on sentences written for rasd:
one person arrested with a two-word cue, arrests by ضبط, a toll idiom (راح ضحيتها), leaders and officials as
singular nouns, the missing after a killed figure, and seized weapons that are not people."""

from __future__ import annotations

import pytest

from rasd.stages.quantities import find_quantities


def figures(text: str) -> dict[str, tuple[float | None, str]]:
    return {text[q.start : q.end]: (q.value, q.unit) for q in find_quantities(text)}


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("وألقت الشرطة القبض على شاب يشتبه في تورطه بالهجوم.", "القبض على شاب", 1, "arrested"),
        ("وتمكنت الدورية من إلقاء القبض على مطلوب في الحي.", "القبض على مطلوب", 1, "arrested"),
        ("وتمكنت قوات الأمن من ضبط أربعة أشخاص بحوزتهم أسلحة.", "أربعة أشخاص", 4, "arrested"),
        ("وسقطت قذيفة على الموقع وراح ضحيتها خمسة من الحراس.", "خمسة", 5, "killed"),
        ("وقتل قائد ميداني في الاشتباكات.", "قتل قائد", 1, "killed"),
        ("وأعلنت الجماعة مقتل قيادي بارز في غارة.", "مقتل قيادي", 1, "killed"),
    ],
)
def test_figure(text: str, span: str, value: float, unit: str) -> None:
    assert figures(text).get(span) == (value, unit)


def test_the_missing_are_not_the_killed() -> None:
    found = figures("وقال المصدر إن ثلاثة جنود قتلوا وفقد 12 آخرون في الهجوم.")
    assert found.get("ثلاثة جنود") == (3, "killed")
    assert all(unit != "killed" for text, (_, unit) in found.items() if "12" in text)


@pytest.mark.parametrize("text", ["وتمكنت الشرطة من ضبط 200 قطعة سلاح في المخزن.", "وفجر الخبراء 3 عبوات ناسفة."])
def test_weapons_seized_or_defused_are_not_people(text: str) -> None:
    assert all(unit not in ("arrested", "killed", "injured") for _, unit in figures(text).values())


def test_the_other_one_after_a_cue_is_one_person() -> None:
    found = figures("قتل شرطي وأصيب آخر بالرصاص في هجوم على دورية.")
    assert found.get("قتل شرطي") == (1, "killed")
    assert found.get("أصيب آخر") == (1, "injured")
    assert not figures("وفي وقت آخر أصيب المبنى بأضرار.")


def test_a_singular_coordinated_with_a_number_counts_both() -> None:
    found = figures("وأسفر الهجوم عن مقتل ضابط وثلاثة جنود.")
    assert found.get("مقتل ضابط") == (1, "killed")
    assert found.get("ثلاثة جنود") == (3, "killed")
    assert "مقتل شخص" not in figures("وأسفر الانفجار عن مقتل شخص واحد.")


def test_a_singular_noun_with_a_nisba_before_its_verb() -> None:
    assert figures("وأعلن الجيش أن جنديًا تركيًا قُتل في الاشتباك.").get("جنديًا تركيًا قُتل") == (1, "killed")
