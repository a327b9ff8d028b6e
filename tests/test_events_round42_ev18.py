"""Round 42, helper ev18: martyr stories on short news — the family's town is never the death's place.

A funeral, burial or condolence story that tells a soldier's death by a word of martyrdom alone and names only the
family's town (تعازي القيادة لذوي الشهيد … بمحافظة …، بدفن جثمانه في مسقط رأسه بمحافظة …، زار أسرة الشهيد في منزلهم
بمحافظة …) gave a row placed at that town and dated the story's week; the released tables code such a death at its
front when the text names it and never at the family's town. With no front told the story gives no place: no row
(``rasd.events.martyr_stories``). A death told with its front (الذي استشهد أمس بمنطقة جازان، جثمان الشهيد من منطقة
نجران), with the man's unit's place (من منسوبي قوات الحرس الوطني بنجران) or by a weapon (مقذوف) keeps its row.

A terrorist attack or a martyrdom told at or against a mosque with no weapon of its own (العمل الإرهابي الذي استهدف
مسجدا، استشهد داخل مسجد قوات الأمن … ضحية العمل الإرهابي) was typed an attack on civilians or a clash; the released
tables code it a bombing (Remote explosive, suicide bomb accepted: tune40, tune49, tune51)
(``rasd.events.martyr_stories.mosque_bombing``). A raid on al-Aqsa, a mosque's imam killed, a shooting at worshippers
stay attacks.

Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _admin1(e: dict[str, Any]) -> str | None:
    loc = e.get("location")
    return e.get("admin1") or (loc.get("admin1") if isinstance(loc, dict) else None)


def test_a_condolence_at_the_family_town_is_no_row() -> None:
    out = rows(
        "نقل أمير المنطقة تعازي القيادة لذوي الشهيد الجندي سعد بن علي القحطاني بمحافظة بيشة. وقال والد الشهيد إن "
        "استشهاد ابنه وسام فخر للأسرة وللقبيلة كلها.",
        title="أمير المنطقة يعزي أسرة الشهيد القحطاني",
    )
    assert out == []


def test_a_burial_at_the_birthplace_is_no_row() -> None:
    out = rows(
        "عبر والد الشهيد الجندي فهد الشمري عن فخره باستشهاد ابنه وهو يؤدي عمله، وقال إن الأسرة ستقوم بدفن جثمانه في "
        "مسقط رأسه بمحافظة حفر الباطن.",
        title="والد الشهيد الشمري: ابني فداء للوطن",
    )
    assert out == []


def test_a_visit_to_the_family_home_is_no_row() -> None:
    out = rows(
        "زار وكيل المحافظة أسرة الشهيد الرقيب عبدالله العنزي في منزلهم بمحافظة رفحاء، ونقل إليهم تعازي القيادة في "
        "استشهاد ابنهم.",
        title="وكيل المحافظة يواسي أسرة الشهيد العنزي",
    )
    assert out == []


def test_a_condolence_that_names_the_front_keeps_its_row() -> None:
    # a guard: the death's own clause names its place (passes before and after the change)
    out = rows(
        "نقل أمير المنطقة تعازي القيادة لأسرة الشهيد سالم بن محمد العتيبي الذي استشهد أمس بمنطقة جازان، وقال إنه نال "
        "شرف الدفاع عن الوطن.",
        title="أمير المنطقة يعزي أسرة الشهيد العتيبي",
    )
    assert [_admin1(e) for e in out] == ["Jazan"]


def test_a_body_carried_from_the_front_keeps_its_row() -> None:
    # a guard: «من منطقة نجران» is where the body comes from, the front
    out = rows(
        "نقلت طائرة عسكرية أمس جثمان الشهيد العريف علي الغامدي من منطقة نجران إلى محافظة الباحة، وكان الغامدي قد "
        "استشهد صباح الجمعة الماضي.",
        title="وصول جثمان الشهيد الغامدي",
    )
    assert [_admin1(e) for e in out] == ["Najran"]


def test_a_condolence_that_names_the_unit_keeps_its_row() -> None:
    # a guard: the place of the man's unit (من منسوبي قوات الحرس الوطني بنجران) is no family town
    out = rows(
        "قدم وزير الحرس الوطني تعزيته لذوي الشهيد الرقيب خالد الدوسري من منسوبي قوات الحرس الوطني بنجران، مؤكدا أن "
        "استشهاده مصدر فخر.",
        title="الوزير يعزي ذوي الشهيد الدوسري",
    )
    assert [_admin1(e) for e in out] == ["Najran"]


def test_a_martyr_of_a_shell_keeps_its_row() -> None:
    # a guard: a death told by its weapon is a shelling whatever town the condolence names (left as it was)
    out = rows(
        "نقل أمير المنطقة تعازي القيادة لذوي الشهيد الجندي سعد القحطاني بمحافظة بيشة، الذي استشهد إثر سقوط مقذوف "
        "عسكري.",
        title="أمير المنطقة يعزي أسرة الشهيد",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Shelling/artillery/missile attack"]


def test_a_terrorist_attack_on_a_mosque_with_no_weapon_is_a_bombing() -> None:
    out = rows(
        "استنكر مجلس الوزراء العمل الإرهابي الذي استهدف مسجدا في مقر قوة الأمن بمحافظة الأحساء أثناء صلاة الجمعة أمس، "
        "وأسفر عن استشهاد عدد من المصلين.",
        title="المجلس يدين الاعتداء على المصلين",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Remote explosive/landmine/IED"]


def test_a_martyr_of_a_mosque_attack_is_a_bombing() -> None:
    out = rows(
        "قال والد الشهيد إن ابنه استشهد داخل مسجد قوات الأمن في الدمام أثناء أداء صلاة الظهر يوم الخميس، ضحية العمل "
        "الإرهابي الآثم.",
        title="والد الشهيد: ابني فداء للوطن",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Remote explosive/landmine/IED"]


def test_settlers_raiding_al_aqsa_stay_an_attack() -> None:
    # a guard (passes before and after the change)
    out = rows(
        "اقتحم مستوطنون متطرفون المسجد الأقصى صباح اليوم واعتدوا على المصلين في اعتداء إرهابي جديد.",
        title="مستوطنون يقتحمون الأقصى",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Attack"]


def test_a_mosque_imam_killed_stays_an_attack() -> None:
    # a guard: the mosque is the imam's, not the scene of a bombing
    out = rows("قتل مسلحون مجهولون إمام مسجد في مدينة الموصل أمس في عمل إرهابي جديد.", title="مقتل إمام مسجد في الموصل")
    assert [e["acled_sub_event_type"] for e in out] == ["Attack"]


def test_a_shooting_at_a_mosque_stays_an_attack() -> None:
    # a guard: bullets told (a weapon of another kind)
    out = rows(
        "أطلق مسلحون النار على المصلين في مسجد بمدينة سيهات أمس في هجوم إرهابي أسفر عن مقتل خمسة.",
        title="هجوم على مصلين في سيهات",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Attack"]
