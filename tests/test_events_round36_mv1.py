"""A movement of forces told by its own verb, and an armed group's ultimatum (round 36, helper mv1).

ACLED codes a movement of forces and a change a group imposes as Strategic developments / Change to group/activity.
rasd read a movement only through a noun of reinforcements (تعزيزات، أرتال، نشر قوات); a unit told arriving, deployed
or crossing a border by its own verb (وصلت كتيبة …، نشر مئات الجنود …، عبرت مدرعات … الحدود) and a deadline an armed
group gives (أعطى التنظيم … مهلة، أمهلت المقاومة …) gave no event. Kept out: firefighters or police arriving at a
scene (a bare قوات), a general arriving (a rank, not a unit), a force "expressing" (عبرت … عن), a deadline a club or a
municipality gives, and a deadline named by a relative clause (المهلة التي أعطتها …). Every sentence below was
written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows

_TITLE = "تطورات ميدانية"
_CHANGE = "Change to group/activity"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-08-06")


def _subs(text: str) -> list[str]:
    return [e["acled_sub_event_type"] for e in _rows(text)]


def test_a_battalion_arriving_in_a_town_is_a_movement_of_forces() -> None:
    found = _rows("وصلت كتيبة مدرعة أردنية صباح أمس إلى مدينة المفرق قرب الحدود السورية، بحسب مصدر عسكري.")
    assert [e["acled_sub_event_type"] for e in found] == [_CHANGE]
    assert found[0]["location"]["name"] == "Mafraq"
    assert found[0]["date"]["value"] == "2015-08-05"


def test_the_vanguard_of_an_army_arriving_is_a_movement_of_forces() -> None:
    assert _subs("وصلت طلائع قوات الجيش أمس إلى مدينة لودر في محافظة أبين.") == [_CHANGE]


def test_thousands_of_soldiers_deployed_around_a_town_is_a_movement_of_forces() -> None:
    found = _rows("ونشر آلاف الجنود الأتراك أمس على طول الحدود حول مدينة كلس، وفق مسؤول أمني.")
    assert [e["acled_sub_event_type"] for e in found] == [_CHANGE]
    assert found[0]["location"]["name"] == "Kilis"


def test_armour_crossing_the_border_is_a_movement_of_forces() -> None:
    assert _subs("وعبرت مدرعات تركية الحدود أمس الأحد إلى بلدة جرابلس السورية.") == [_CHANGE]


def test_firefighters_or_a_general_arriving_are_no_movement_of_forces() -> None:
    assert _rows("وعندما وصلت قوات الإطفاء إلى موقع الحريق في حي الروضة بجدة كان الدخان يملأ المكان.") == []
    assert _rows("وصل اللواء أحمد سيف إلى مدينة عدن أمس قادما من الرياض.") == []


def test_forces_expressing_relief_near_a_border_make_no_event() -> None:
    found = events("وعبرت قوات التحالف عن ارتياحها لسير العمليات قرب الحدود مع السعودية أمس.", "2015-08-06")
    assert [e for e in found if e["acled_sub_event_type"] == _CHANGE] == []


def test_an_armed_group_giving_a_deadline_is_a_change_to_group_activity() -> None:
    found = _rows("وقال ناشطون إن تنظيم داعش أعطى أصحاب محلات الهواتف في مدينة الموصل مهلة ثلاثة أيام لإغلاق محلاتهم.")
    assert [e["acled_sub_event_type"] for e in found] == [_CHANGE]
    assert found[0]["location"]["name"] == "Mosul"


def test_an_ultimatum_told_by_its_verb_is_a_change_to_group_activity() -> None:
    found = _rows("وأمهلت المقاومة الشعبية أمس الكتيبة المرابطة في مدينة يريم يومين لإعلان تأييدها للشرعية.")
    assert [e["acled_sub_event_type"] for e in found] == [_CHANGE]
    assert found[0]["date"]["value"] == "2015-08-05"


def test_a_deadline_given_by_a_club_or_a_municipality_is_no_event() -> None:
    assert _rows("ومنح الجهاز الفني اللاعب مهلة يومين للالتحاق بالفريق في مدينة جدة.") == []
    assert _rows("وأمهلت البلدية أصحاب المحلات في مدينة الدمام أسبوعا لإزالة اللوحات المخالفة.") == []


def test_a_deadline_named_by_a_relative_clause_is_no_row() -> None:
    text = "وقالت المصادر إن المهلة التي أعطتها المقاومة للمسلحين في مدينة تعز انتهت أمس دون رد."
    assert _CHANGE not in _subs(text)
