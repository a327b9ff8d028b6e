"""Casualty-figure classes of the second places batch (audit2, issue 11) and the tune half, on sentences written
for rasd: a cue noun after the figure (تعرض N … للإصابة), a construct dual (رجلي أمن), a two-word cue (القضاء
على N), ranks and definite singular nouns after a cue, إيقاف as an arrest, and numbers that count nothing (a
time phrase, cities, a scale word that only looks definite)."""

from __future__ import annotations

import pytest

from rasd.stages.quantities import find_quantities


def figures(text: str) -> list[tuple[str, float | None, str]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("وتعرض خمسة من أفراد الدورية للإصابة ونقلوا إلى المستشفى.", 5, "injured"),
        ("وأعلنت الوزارة مقتل رجلي شرطة في الهجوم.", 2, "killed"),
        ("وتمكن الجيش من القضاء على 12 مسلحًا في الجبال.", 12, "killed"),
        ("وأسفر الهجوم عن استشهاد عريف في حرس الحدود.", 1, "killed"),
        ("وأدى إطلاق النار إلى مصرع الزوجة وإصابة السائق.", 1, "killed"),
        ("وأسفر القصف عن إصابة الإعلامي بجروح.", 1, "injured"),
        ("وتمكنت الوحدات من إيقاف 4 عناصر في المدينة.", 4, "arrested"),
        ("وقال المصدر إن حصيلة القتلى منذ بدء المواجهات في المدينة بلغت ألفًا.", 1000, "killed"),
        ("وبلغ عدد المعتقلين 60 شخصًا.", 60, "arrested"),  # the link before the head
        ("وقتل شرطيان وجرح ثالث في الهجوم.", 1, "injured"),  # "a third" after a cue
        ("وقال الطبيب إن 5 أشخاص قضوا في الحريق.", 5, "killed"),
    ],
)
def test_casualty_figure(text: str, value: float, unit: str) -> None:
    assert any(v == value and u == unit for _, v, u in figures(text)), figures(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قتل خمسة وأصيب العشرات خلال الساعات الأربع والعشرين الماضية.", "العشرين"),  # a time, not the injured
        ("وأصيب آخرون في عدد من المدن العراقية.", "عدد من"),  # cities
        ("أصيب الأحد ثلاثة أشخاص.", "الأحد"),  # Sunday, not one definite person
        ("وقضت المحكمة بسجن 5 أشخاص.", "5 أشخاص"),  # قضى is "died" only after its subject
        ("وبلغ عدد السكان 5000 نسمة.", "5000"),  # a toll head with a population noun
    ],
)
def test_not_a_casualty(text: str, word: str) -> None:
    assert all(u not in ("killed", "injured", "arrested") for w, _, u in figures(text) if word in w), figures(text)
