"""Casualty classes of the third places batch (audit3, issue 11, round 4), on sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.stages.quantities import find_quantities


def figures(text: str) -> list[tuple[str, float | None, str]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        # a unit noun after a verb of outcome: one casualty
        ("هجوم استهدف حافلة ركاب خلف قتيلا في شرق البلاد.", "خلف قتيلا", 1, "killed"),
        ("انفجرت عبوة أوقعت جريحا في صفوف الشرطة.", "أوقعت جريحا", 1, "injured"),
        # a singular noun before a two-word verb
        ("أفاد مصدر أمني أن شخصًا لقي مصرعه بانفجار عبوة ناسفة.", "شخصًا لقي مصرعه", 1, "killed"),
        # time words between the cue and its noun
        ("استشهد فجر اليوم الشاب جراء سقوط مقذوف على منزله.", "الشاب", 1, "killed"),
        # the driver, the culprit (definite, after a cue)
        ("أدى الهجوم على الحافلة إلى مقتل السائق.", "مقتل السائق", 1, "killed"),
        ("تمكنت سلطات الأمن من القبض على الجاني بعد يومين.", "القبض على الجاني", 1, "arrested"),
        # a detainee noun with the accusative alef
        ("بلغ عدد الموقوفين في القضية وعددهم (144) موقوفاً.", "(144) موقوفاً", 144, "arrested"),
    ],
)
def test_found(text: str, span: str, value: float, unit: str) -> None:
    assert (span, value, unit) in figures(text)


def test_one_more_person_joined_to_a_figure() -> None:
    text = "أسفر الهجوم عن مقتل أربعة من مشاة البحرية وضابط من البحرية بالرصاص."
    assert figures(text) == [("أربعة", 4, "killed"), ("ضابط", 1, "killed")]
    # in construct with a definite noun it is a definite person, not one more casualty
    assert ("ضابط", 1, "killed") not in figures("قتل 3 جنود وضابط الشرطة يحقق في الحادث.")
    # a breakdown of a figure already counted ("هم 4 أشقاء وطفلة") adds nobody
    assert ("طفلة", 1, "killed") not in figures("استشهد 5 أطفال هم 4 أشقاء وطفلة قريبتهم.")
    # across a sentence stop nothing is joined
    assert figures("أصيب 3 أشخاص في الهجوم. وضابط المرور قال إن الطريق أغلق.") == [("3 أشخاص", 3, "injured")]


def test_floors_are_no_count() -> None:
    assert figures('سقوط عامل من برج "15 طابقاً" تحت الإنشاء.') == [("15", 15, "other")]


def test_a_dual_told_by_its_pronoun() -> None:
    # مقيمين is a dual or a plural; أحدهما ("one of the two") after it says two
    text = "سقط مقذوف نتجت عنه إصابة مقيمين أحدهما من الجنسية الباكستانية والآخر من الجنسية الهندية."
    assert ("إصابة مقيمين", 2, "injured") in figures(text)
    assert figures("نتجت عنه إصابة مقيمين في الحادث.") == []  # residents, how many not said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر الانفجار عن سقوط قتيل وثلاثة جرحى.", [("سقوط قتيل", 1, "killed"), ("ثلاثة جرحى", 3, "injured")]),
        ("أسفر القصف عن استشهاد طفلين وإصابة والدتهما.", [("طفلين", 2, "killed"), ("إصابة والدتهما", 1, "injured")]),
        ("أدى إطلاق النار إلى مقتل زوجته وإصابة ابنه.", [("مقتل زوجته", 1, "killed"), ("إصابة ابنه", 1, "injured")]),
        # a death that may be natural, before a relative: a condolence, no casualty
        ("تلقى التعازي في وفاة والده.", []),
    ],
)
def test_outcome_nouns_and_relatives(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected
