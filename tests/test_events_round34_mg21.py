"""A lead's total and a summary sentence told again by the body's detail (round 34, helper mg21).

``merge.lead_total``: a row whose exact count of dead is the sum of the counts of two or more rows the next sentences
tell (the lead's total of the body's incidents) folds into them; a row at a coarse place (a country or a region, a
province, a district, a city over its quarter) whose next sentence or the one after tells the same kind of act on the
same day at a place inside it folds into that detail. The parts and the details keep their own place, day and toll.
Kept two: a total that is no sum of the parts, a detail told on another day, a clash then a capture (two kinds of
act), two doers. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-07-22")


def _tolls(found: list[dict[str, Any]]) -> list[tuple[str, int | None]]:
    return sorted((e["acled_sub_event_type"], (e.get("fatalities") or {}).get("value")) for e in found)


_PARTS = (
    " وقالت المصادر إن سيارة مفخخة انفجرت قرب سوق شعبي وسط الرمادي ما أدى إلى مقتل تسعة مدنيين وإصابة 20 آخرين."
    " كما قتل ستة مدنيين وأصيب عشرة آخرون جراء سقوط قذائف هاون على منازل في حي الضباط بالرمادي."
)


def test_a_leads_total_of_the_bodys_two_incidents_is_no_row_of_its_own() -> None:
    found = _rows("أفادت مصادر أمنية عراقية أمس بمقتل 15 مدنيا وإصابة 30 آخرين في مدينة الرمادي." + _PARTS)
    assert _tolls(found) == [("Remote explosive/landmine/IED", 9), ("Shelling/artillery/missile attack", 6)]


def test_a_lead_toll_that_is_no_sum_of_the_parts_stays_a_row() -> None:
    found = _rows("أفادت مصادر أمنية عراقية أمس بمقتل 20 مدنيا وإصابة 30 آخرين في مدينة الرمادي." + _PARTS)
    assert _tolls(found) == [
        ("Attack", 20),
        ("Remote explosive/landmine/IED", 9),
        ("Shelling/artillery/missile attack", 6),
    ]


def test_a_provinces_advance_told_then_its_town_taken_is_one_row() -> None:
    found = _rows(
        "وحققت المقاومة الشعبية أمس تقدما كبيرا في محافظة لحج من خلال السيطرة على مواقع جديدة. وتمكنت المقاومة "
        "أمس من السيطرة على مدينة الحوطة بعد معارك مع الحوثيين."
    )
    assert len(found) == 1
    assert found[0]["acled_sub_event_type"] == "Government regains territory"


def test_a_detail_told_on_another_day_stays_a_row_of_its_own() -> None:
    found = _rows(
        "شنت مقاتلات التحالف العربي أمس غارات مكثفة على مواقع للحوثيين في محافظة مأرب. وقالت مصادر محلية إن غارات "
        "استهدفت يوم الأربعاء الماضي تجمعات للمسلحين وآليات عسكرية في مديرية صرواح غرب المحافظة."
    )
    assert len(found) == 2


def test_two_doers_strikes_in_a_province_and_a_district_of_it_stay_two() -> None:
    found = _rows(
        "قصف الحوثيون أمس بالمدفعية أحياء سكنية في محافظة تعز. وشنت مقاتلات التحالف أمس غارات على مواقع الحوثيين "
        "في مديرية صالة بمدينة تعز."
    )
    assert sorted(e["acled_sub_event_type"] for e in found) == ["Air/drone strike", "Shelling/artillery/missile attack"]
