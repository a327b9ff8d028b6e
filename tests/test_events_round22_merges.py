"""Merges on unseen articles (round 22, helper mg10).

One exact count of dead (three or more) written twice in an article, in two sentences and on one day, tells one
happening twice: the headline and lead's "قتل 12 عنصرا" and a later sentence's operation "وتمكنت من قتل 12 عنصرا",
an attack in the lead and the suicide bomber a spokesman describes, an attack told again by a second source from the
capital ("الهجوم"). The row that stays is the first, or the later one when it names the means (انتحاري) and the first
says little of how (هجوم، مقتل). Two happenings that each say how (a blast and an ambush), two provinces told without
a definite noun, a month beside a day and counts under three stay apart. Every sentence below was written for these
tests.
"""

from __future__ import annotations

from tests.event_checks import rows


def _rows(text: str, title: str) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in rows(text, title, "2015-07-26"))


def test_an_operation_told_again_by_its_count_of_dead_is_one_row() -> None:
    found = _rows(
        "قتل 12 عنصرا من تنظيم داعش اليوم الأحد بعملية أمنية نفذتها القوات العراقية غربي مدينة الرمادي. وقال رئيس "
        "مجلس محافظة الأنبار إن القوات الأمنية شنت عملية عسكرية في منطقة البوفراج شمال الرمادي وتمكنت من قتل 12 "
        "عنصرا من التنظيم.",
        "مقتل 12 من عناصر داعش غرب الرمادي",
    )
    assert len(found) == 1


def test_an_attack_and_the_suicide_bomber_of_one_count_are_one_suicide_bombing() -> None:
    found = _rows(
        "قتل 18 شخصا على الأقل اليوم الأحد في هجوم تبنته حركة طالبان في ولاية قندوز شمال أفغانستان. وقالت وزارة "
        "الداخلية في بيان إن انتحاريا فجر حزامه الناسف وسط سوق مزدحمة في المدينة، ما أسفر عن مقتل 18 مدنيا وجرح "
        "عشرين آخرين.",
        "18 قتيلا في هجوم لطالبان شمال أفغانستان",
    )
    assert found == ["Suicide bomb"]


def test_an_attack_told_again_by_a_source_in_the_capital_is_one_row() -> None:
    found = _rows(
        "قتل تسعة جنود صباح اليوم الأحد في هجوم شنه مسلحون متشددون على معسكر للجيش في منطقة تمبكتو شمال مالي. "
        "وأكد مسؤول عسكري آخر اتصلت به الوكالة في باماكو الهجوم، وقال إن تسعة من رجالنا قتلوا على أيدي المهاجمين.",
        "مقتل تسعة جنود في هجوم على معسكر للجيش في مالي",
    )
    assert len(found) == 1


def test_a_blast_and_an_ambush_of_one_count_each_told_how_stay_two_rows() -> None:
    found = _rows(
        "قتل خمسة من مسلحي الحوثي اليوم الأحد جراء انفجار عبوة ناسفة بسيارتهم في مديرية مودية بمحافظة أبين. وقالت "
        "مصادر محلية إن المقاومة الشعبية نصبت كمينا لمسلحين حوثيين في منطقة الوضيع بأبين مما أدى إلى مقتل خمسة منهم.",
        "مقتل عشرة حوثيين في أبين",
    )
    assert len(found) == 2


def test_one_count_in_two_provinces_without_a_definite_noun_stays_two_rows() -> None:
    found = _rows(
        "قتل ستة جنود عراقيين اليوم الأحد في هجوم شنه مسلحون على نقطة تفتيش في قضاء المقدادية بمحافظة ديالى. وفي "
        "محافظة صلاح الدين قتل ستة مدنيين في هجوم شنه مسلحون مجهولون على سوق شعبي في مدينة بلد.",
        "هجمات في ديالى وصلاح الدين",
    )
    assert len(found) == 2


def test_two_dead_told_twice_are_left_to_the_older_rules() -> None:
    found = _rows(
        "قتل شخصان اليوم الأحد في هجوم شنه مسلحون على نقطة تفتيش للشرطة في مدينة العريش بشمال سيناء. وفي مدينة "
        "رفح قتل شخصان آخران في هجوم على مدرعة للجيش.",
        "قتلى في هجومين بشمال سيناء",
    )
    assert len(found) == 2
