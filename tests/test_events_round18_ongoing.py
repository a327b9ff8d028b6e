"""Fighting told as still going on, and "earlier" words that govern the report (round 18b, helper og).

* The lead's ruling (round 18): fighting in a named place told as going on at the time of the report (ما زالت
  الاشتباكات مستمرة في مدينة …، مع استمرار الاشتباكات في …، مواجهات عنيفة لا تزال تدور في …) is an armed clash of
  the report's day, one row per place; not a war or a country's fighting with no place below the country, and a
  mention of the row when the same fighting in the same place already has one.
* An "earlier" mark that governs a report (وسبق وأن ذكرت مصادر أن …، وقالت الوحدات في وقت سابق إن …) says the report
  came earlier, not that the happening reported is recalled with no day: the happening keeps its row and the day told
  with it. A bare "earlier" on the deed still leaves it without a day.
* "The day after" (غداة) a happening's noun puts it before the main clause, outside a plan's future (ووعدت الحكومة
  بتشديد الإجراءات غداة هجوم انتحاري): the attack took place.

Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _clashes(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in found if e["acled_sub_event_type"] == "Armed clash"]


def test_clashes_still_going_on_in_a_city_are_a_clash_of_the_report_day() -> None:
    found = rows(
        "وقال مصدر عسكري إن الاشتباكات العنيفة ما زالت مستمرة بين قوات الجيش ومسلحي التنظيم في مدينة الرمادي.",
        published="2015-07-20",
    )
    clash = _clashes(found)
    assert len(clash) == 1, found
    assert clash[0]["date"]["value"] == "2015-07-20"
    assert clash[0]["location"]["name"] == "Ramadi"


def test_the_going_on_of_clashes_as_a_noun_before_them() -> None:
    found = rows(
        "وأفاد ناشطون باستمرار الاشتباكات بين الفصائل المعارضة وقوات النظام في بلدة جسر الشغور بريف إدلب.",
        published="2015-07-20",
    )
    assert len(_clashes(found)) == 1, found


def test_clashes_still_raging_after_their_adjective() -> None:
    found = rows("وأضاف المتحدث أن مواجهات عنيفة لا تزال تدور في أحياء متفرقة من مدينة تعز.", published="2015-07-20")
    assert len(_clashes(found)) == 1, found


def test_fighting_going_on_in_a_whole_country_is_no_row() -> None:
    assert not rows("وقال الوزير إن المعارك ما زالت مستمرة في سوريا.", published="2015-07-20")
    assert not rows("وقال المصدر إن الاشتباكات ما زالت مستمرة.", published="2015-07-20")


def test_fighting_still_going_on_where_it_broke_out_is_a_mention_of_its_row() -> None:
    found = rows(
        "اندلعت اشتباكات عنيفة صباح أمس بين قوات النظام ومسلحي المعارضة في مدينة الزبداني. "
        "وما زالت الاشتباكات مستمرة في المدينة.",
        published="2015-07-20",
    )
    clash = _clashes(found)
    assert len(clash) == 1, found
    assert len(clash[0]["mentions"]) == 2


def test_an_earlier_report_keeps_the_day_of_what_it_reported() -> None:
    found = rows(
        "وسبق وأن ذكرت مصادر عسكرية أن طائرات التحالف قصفت أمس الأحد مواقع للمسلحين في مدينة صعدة.",
        published="2015-07-20",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Air/drone strike"], found
    assert found[0]["date"]["value"] == "2015-07-19"


def test_said_earlier_that_governs_the_saying() -> None:
    found = rows(
        "وقالت الوحدات الكردية في وقت سابق إن الجيش التركي قصف مواقع تابعة لها قرب بلدة جرابلس.",
        published="2015-07-20",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Shelling/artillery/missile attack"], found


def test_a_deed_told_earlier_with_no_report_has_no_day() -> None:
    found = events("وشنت طائرات التحالف في وقت سابق غارات على مواقع للمسلحين في مدينة صعدة.", published="2015-07-20")
    assert found, found
    assert not [e for e in found if e["acled_row"]], found


def test_the_day_after_an_attack_puts_it_outside_the_promise() -> None:
    found = rows(
        "ووعدت الحكومة بتشديد الإجراءات الأمنية غداة هجوم انتحاري استهدف مسجدا في مدينة القطيف.",
        published="2015-07-20",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Suicide bomb"], found


def test_a_promised_offensive_is_still_a_plan() -> None:
    assert not rows("وقالت الحكومة إنها ستشن هجوما على مواقع المسلحين في مدينة درنة.", published="2015-07-20")


def test_what_was_said_long_before_with_no_day_stays_earlier() -> None:
    found = events(
        "وسبق أن صرح وزير الدفاع أيام الحكومة السابقة أن مسلحين هاجموا مركزا للشرطة في مدينة البصرة.",
        published="2015-07-20",
    )
    assert found, found
    assert not [e for e in found if e["acled_row"]], found
