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


# One happening, two rows: a suicide bombing told again later in its article, with no toll, day or "another" of its
# own, wherever its sentence places it (the bomber's home town, the dateline) is the bombing told before.


def _suicide(found: list[dict]) -> list[dict]:
    return [e for e in found if e["acled_sub_event_type"] == "Suicide bomb"]


def test_a_suicide_bombing_told_again_at_the_bombers_town_is_one_row() -> None:
    text = (
        "قتل 30 شخصا على الأقل أمس في تفجير انتحاري استهدف تجمعا للشبان في بلدة سروج جنوب تركيا. وقال مصدر أمني "
        "إن المحققين عثروا على بطاقة هوية في مكان التفجير تعود لشاب من مدينة أديامان يعتقد أنه منفذ الهجوم."
    )
    found = rows(text, title="الأمن التركي يحدد هوية منفذ تفجير سروج", published="2015-07-21")
    assert len(found) == 1 and found[0]["acled_sub_event_type"] == "Suicide bomb"


def test_a_suicide_attack_named_in_a_quote_is_the_blast_told() -> None:
    text = (
        "قتل 27 شخصا في انفجار انتحاري ضرب حديقة مركز ثقافي في بلدة سروج اليوم الاثنين. وفي ديار بكر قال مسؤول "
        "تركي طلب عدم نشر اسمه إن الدلائل الأولى تشير إلى أنه هجوم انتحاري نفذه تنظيم داعش."
    )
    assert len(_suicide(rows(text, title="مقتل 27 في انفجار ببلدة تركية", published="2015-07-20"))) == 1


def test_a_second_suicide_bombing_with_its_own_dead_stays_a_row() -> None:
    text = (
        "قتل خمسة جنود أمس في تفجير انتحاري بسيارة مفخخة استهدف حاجزا للجيش في مدينة الرمادي. وفي مدينة بيجي "
        "فجر انتحاري نفسه قرب مركز للشرطة ما أسفر عن مقتل ثلاثة من عناصرها."
    )
    assert len(_suicide(rows(text, title="هجمات انتحارية في العراق", published="2015-07-21"))) == 2
