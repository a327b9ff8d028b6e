"""Round 19 (helper cp2): territory held is no territory taken — a capture noun with its owner's pronoun after a noun
of an area (مناطق سيطرتهم), a capture verb of a relative clause told with months or years back (الذي سيطر على مساحات
واسعة السنة الماضية) and an operation named (عملية تحرير عدن) tell who holds a place or a campaign, while the day's
captures, a relative one with its day, and an operation told as completed stay rows. Every sentence below was written
for these tests."""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _taken(text: str, title: str | None = None) -> list[dict[str, Any]]:
    return [r for r in rows(text, title) if r["acled_sub_event_type"] in _TAKEN]


def _words(found: list[dict[str, Any]]) -> set[str]:
    return {m["trigger"]["text"] for r in found for m in r.get("mentions", [])}


# ------------------------------------------------------------------------------------------- territory held
def test_the_areas_a_group_holds_are_no_capture() -> None:
    found = rows(
        "اعتقل مسلحو التنظيم عشرين شابا من قرية الدبسي يوم الجمعة، واقتادوهم إلى مناطق سيطرتهم في ريف الرقة الغربي."
    )
    assert not [r for r in found if r["acled_sub_event_type"] in _TAKEN], found


def test_the_areas_under_a_groups_control_are_no_capture() -> None:
    found = _taken(
        "وطالب المجلس التحالف الدولي بزيادة غاراته على المناطق الخاضعة لسيطرته في محافظة صلاح الدين، أمس الاثنين."
    )
    assert found == [], found


def test_a_group_described_by_what_it_took_last_year_takes_nothing_today() -> None:
    found = _taken(
        "ورجح مسؤولون أن يكون التفجير من تنفيذ التنظيم الذي سيطر على مساحات واسعة في العراق وسوريا السنة الماضية."
    )
    assert found == [], found


def test_areas_held_for_more_than_a_year_past_a_comma_are_no_capture() -> None:
    found = _taken(
        "ويسعى التنظيم إلى فرض أحكامه على السكان في مناطق واسعة سيطر عليها، منذ أكثر من سنة، في شمال العراق."
    )
    assert found == [], found


def test_a_capture_of_the_day_stays_a_row() -> None:
    found = _taken("سيطرت قوات المعارضة السورية أمس الأحد على بلدة أريحا في ريف إدلب بعد اشتباكات عنيفة.")
    assert len(found) == 1, found


def test_a_relative_capture_with_its_day_stays_a_row() -> None:
    found = _taken(
        "واتهمت منظمة حقوقية المقاتلين الأكراد بارتكاب انتهاكات في بلدة صرين التي سيطروا عليها في 27 يوليو "
        "بعد معارك مع التنظيم."
    )
    assert len(found) == 1, found


def test_an_operation_to_free_a_city_is_no_capture() -> None:
    found = _taken("وقال العميد الذي أشرف على عملية تحرير عدن إن قواته باتت على مشارف مدينة تعز، أمس الأحد.")
    assert found == [], found
    found = _taken("وأكد مسؤول أن القوات حققت تقدما في تنفيذ عملية تحرير محافظة الأنبار خلال اليومين الماضيين.")
    assert found == [], found


def test_an_operation_told_as_completed_is_the_capture() -> None:
    found = _taken("وقال مصدر إن المقاومة أكملت أمس عملية تحرير مدينة الحوطة بعد معارك عنيفة مع الحوثيين.")
    assert len(found) == 1, found
