"""Events missed in short articles (round 20, helper evr; issue 12's recall).

A time told after "since" (منذ) in a relative clause after the trigger, or after a word of now, measures a span that
is not the event's own and does not date it (the report's fighting is not April's fall of the city; a base retaken
today is not March's capture by the men it was taken from). "Since" right before its time in the trigger's own clause
still dates a campaign. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _dated(text: str, published: str = "2015-08-06") -> list[dict[str, Any]]:
    return [e for e in events(text, published) if e["acled_event_type"]]


def test_fighting_measured_from_an_earlier_fall_is_the_reports() -> None:
    found = _dated("وتشهد مدينة تعز الآن مواجهات هي الأعنف منذ سقوط المدينة في أيدي الحوثيين قبل أربعة أشهر.")
    clash = [e for e in found if e["acled_sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["date"]["value"] == "2015-08-06"
    assert clash[0]["acled_row"]


def test_a_strike_on_a_city_whose_fighting_runs_since_march_is_a_row() -> None:
    found = rows(
        "وقصفت طائرات التحالف مواقع الحوثيين في مدينة تعز التي تشهد مواجهات منذ شهر مارس الماضي.", "", "2015-08-06"
    )
    strikes = [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["date"]["value"] == "2015-08-06"


def test_a_campaign_since_a_year_keeps_its_own_start_and_no_row() -> None:
    found = _dated("ويشن التحالف غارات على مواقع التنظيم في مدينة الرقة منذ أغسطس آب 2014.")
    assert found and not any(e["acled_row"] for e in found)
    assert found[0]["date"]["value"].startswith("2014")


def test_a_base_retaken_from_men_who_held_it_since_march_is_the_reports() -> None:
    found = rows(
        "أعلنت وزارة الدفاع أن القوات الحكومية استعادت معسكر الصمود في محافظة لحج من أيدي المتمردين الذين سيطروا "
        "عليه منذ مارس.",
        "",
        "2015-08-04",
    )
    regained = [e for e in found if e["acled_sub_event_type"] == "Government regains territory"]
    assert regained and regained[0]["date"]["value"] == "2015-08-04"


def test_a_tally_until_now_since_march_stays_no_row() -> None:
    found = _dated("وقتل أكثر من ألف مدني في محافظة تعز حتى الآن منذ بدء الغارات في مارس الماضي.")
    assert found and not any(e["acled_row"] for e in found)


def test_a_since_day_of_the_week_still_dates_the_clashes() -> None:
    found = rows("وقتل ثلاثة جنود في الاشتباكات المستمرة في مدينة مأرب منذ يوم الأحد.", "", "2015-08-06")
    assert found and found[0]["date"]["value"] == "2015-08-02"
