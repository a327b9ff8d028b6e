"""A village or town handed over to an armed side (round 35, helper pr1).

Round 32's entry reads a place handed over (سلم، تسليم) as a non-violent transfer of territory when what is handed is
a building, a base, a position, a crossing or «المدينة / البلدة», and to whom is a government or an armed side. A
village or an indefinite town handed over (بتسليم قرية …، سلمت بلدة …) and handed to a brigade or to «the rebels»
(للواء …، إلى الثوار) were not read. Kept as they were: a site handed to a firm or a municipality, a town handed to
nobody armed. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-08-06")


def test_a_village_handed_to_a_brigade_is_a_transfer_of_territory() -> None:
    found = _rows(
        "قال ناشطون إن جبهة النصرة قامت أمس بتسليم قرية تل رفعت في ريف حلب الشمالي للواء المعتصم التابع للمعارضة "
        "بعد اتفاق بين الطرفين."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Non-violent transfer of territory"]


def test_a_town_handed_to_the_rebels_is_a_transfer_of_territory() -> None:
    found = _rows("وسلمت قوات النظام السوري أمس بلدة الزبداني إلى الثوار بموجب اتفاق رعته الأمم المتحدة.")
    assert [e["acled_sub_event_type"] for e in found] == ["Non-violent transfer of territory"]


def test_a_village_handed_to_a_firm_or_a_municipality_is_no_event() -> None:
    assert _rows("وتم أمس تسليم القرية التراثية في مدينة أبها إلى الأمانة بعد انتهاء عقد الشركة المشغلة.") == []
    assert _rows("وقالت الوزارة إن تسليم قرية الحجاج في منى للشركة المنفذة سيتم قبل موسم الحج بأربعة أشهر.") == []
