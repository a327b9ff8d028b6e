"""Happenings told with a day of their own that a merge folded into another row (round 35, helper dh1).

``merge.happening``: a fight told a sentence after another, with a day written for it (أمس) and a place of its own
(a site east of another town), is not the first fight told again when the first has a place of its own elsewhere
(:func:`rasd.events.merge.happening.dated_elsewhere`, read by ``retold``); two events of one sentence told each with
a day of its own, two different days, are two happenings (:func:`rasd.events.merge.happening.two_written_days`,
read by ``same_happening``'s one-sentence rule). Kept one: a fight told again with its day at a quarter of the town
the first named; a day told for both; one sentence with one day. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-07-26")


def _places_days(found: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted(
        ((e.get("location") or {}).get("name") or "", (e.get("date") or {}).get("value") or "") for e in found
    )


def test_a_fight_with_its_own_day_at_another_town_of_the_province_is_a_row_of_its_own() -> None:
    found = _rows(
        "قال المتحدث باسم المقاومة الشعبية إن مقاتليها خاضوا مواجهات مع مسلحي الحوثي في مدينة شقرة التابعة "
        "لمحافظة أبين، وأسروا عددا منهم. وأضاف المتحدث أن اشتباكات متقطعة دارت أمس مع الحوثيين في منطقة الكود "
        "الواقعة شرق مدينة زنجبار."
    )
    assert len(found) == 2
    assert {e["acled_sub_event_type"] for e in found} == {"Armed clash"}
    assert "Shuqrah" in {(e.get("location") or {}).get("name") for e in found}


def test_a_fight_told_again_with_its_day_at_a_quarter_of_the_same_town_stays_one_row() -> None:
    found = _rows(
        "قال المتحدث باسم المقاومة الشعبية إن مقاتليها خاضوا مواجهات مع مسلحي الحوثي في مدينة تعز، وأسروا عددا "
        "منهم. وأضاف المتحدث أن اشتباكات متقطعة دارت أمس مع الحوثيين في حي الجحملية وسط مدينة تعز."
    )
    assert len(found) == 1


def test_two_fights_of_one_sentence_each_with_its_own_day_are_two_rows() -> None:
    found = _rows(
        "دارت اشتباكات عنيفة مساء أمس بين قوات النظام والفصائل المقاتلة في مدينة الزبداني، فيما قتل أول أمس أربعة "
        "مقاتلين خلال اشتباكات مع قوات النظام في المدينة."
    )
    assert _places_days(found) == [("Az Zabadani", "2015-07-24"), ("Az Zabadani", "2015-07-25")]


def test_the_fighting_of_the_night_and_the_toll_of_an_earlier_day_told_by_one_sentence_are_two_rows() -> None:
    found = _rows(
        "ألقت مروحيات النظام بعد منتصف ليل السبت الأحد براميل متفجرة على مدينة الزبداني، ترافق مع استمرار "
        "الاشتباكات العنيفة بين قوات النظام والفصائل المقاتلة في المدينة، كما ارتفع إلى ستة عدد المقاتلين الذين "
        "قتلوا يوم الجمعة خلال اشتباكات مع قوات النظام."
    )
    clashes = [e for e in found if e["acled_sub_event_type"] == "Armed clash"]
    assert sorted((e.get("date") or {}).get("value") for e in clashes) == ["2015-07-24", "2015-07-26"]


def test_one_sentence_that_tells_the_fight_and_its_dead_on_one_day_stays_one_row() -> None:
    found = _rows(
        "دارت اشتباكات عنيفة مساء أمس بين قوات النظام والفصائل المقاتلة في مدينة الزبداني، قتل خلالها أمس أربعة "
        "مقاتلين من الفصائل."
    )
    assert len(found) == 1


def test_a_fight_told_with_no_day_of_its_own_after_the_dated_one_stays_one_row() -> None:
    found = _rows(
        "دارت اشتباكات عنيفة مساء أمس بين قوات النظام والفصائل المقاتلة في مدينة الزبداني، واستمرت الاشتباكات "
        "في المدينة حتى ساعات الفجر."
    )
    assert len(found) == 1
