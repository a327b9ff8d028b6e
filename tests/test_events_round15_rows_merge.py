"""Round 15 (issue 12, helper ev11): plans told as deeds, and one happening rowed twice.

Plans. A verbal noun after ل is what a word of readiness, thought or use before it in its clause is for (على أهبة
الاستعداد لصد أي محاولة، يفكرون في التسلل … لتوجيه قذائفهم، موقع استخدمه المسلحون لقصف القرى): an aim, no row. A
noun trigger whose predicate is a future verb a few words after it (عملية استعادة القاعدة بالكامل ستحسم قريبا) is still
to come. Kept rows: the same verbal nouns governed by a verb that takes ل (تعرضت القرية لقصف), a deed told in the
past, a noun after a word of time or cause before the future verb (بعد الهجوم ستبدأ القوات …).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

import pytest

from tests.event_checks import rows


@pytest.mark.parametrize(
    "text",
    [
        # readiness: the repelling is what the forces are ready for
        "وأكد مصدر أمني أن قوات البيشمركة في قضاء مخمور على أهبة الاستعداد لصد أي هجوم قد يشنه المسلحون على مواقعها.",
        "وقال قائد الشرطة في محافظة ديالى إن قواته جاهزة لاقتحام أوكار المسلحين في أطراف المدينة.",
        # thought: the shelling is what the militias think of doing
        "وتستغل الميليشيات الغبار في منطقة جازان، ما يجعلهم يفكرون في التسلل إلى أقرب نقطة من الحدود لتوجيه قذائفهم "
        "نحو القرى الحدودية.",
        # use: a site used for shelling is not a shelling told
        "وفقدت الفصائل في مدينة تعز موقعا استراتيجيا استخدمه المسلحون لقصف الأحياء المجاورة.",
        # a future verb the noun is the subject of
        "وقال قائد ميداني في محافظة لحج إن عملية استعادة قاعدة العند بالكامل ستحسم خلال ساعات.",
    ],
)
def test_aim_or_future_predicate_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb that takes ل: the shelling befell the village
        "وتعرضت قرية البوعيثة في محافظة الأنبار لقصف عنيف أمس أسفر عن مقتل ثلاثة مدنيين.",
        # a shelling done, then readiness for what comes next (the readiness is another clause's)
        "وقصفت المدفعية مواقع المسلحين في منطقة جازان أمس، وأكد المتحدث أن القوات جاهزة للرد على أي اعتداء.",
        # a noun after a word of time before the future verb: the attack happened
        "وقال المتحدث إنه بعد الهجوم على مدينة الرمادي أمس ستبدأ القوات حملة تفتيش واسعة.",
    ],
)
def test_deed_beside_an_aim_is_a_row(text: str) -> None:
    assert rows(text) != []
