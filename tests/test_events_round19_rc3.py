"""Events missed in long articles (round 19, helper rc3; issue 12's recall).

A series of strikes that a named force is told to have launched (شن التحالف سلسلة غارات استهدفت …) is the strikes
done, at the places its clause names, on the report's day when the sentence names none: not an aggregate with no day
of its own. A series told as background (بعد سلسلة من الهجمات التي شهدتها البلاد), a series "of late" (نفذوا في
الآونة الأخيرة سلسلة من التفجيرات) and a series still to be launched (لشن سلسلة غارات) stay out of the rows.

A strike plural with its owner's pronoun (غاراته، غاراتها) is weak, a campaign more often than one strike (واصلت
الطائرات غاراتها); after a past verb of stepping up in its clause (كثف طيران التحالف غاراته على معسكر …) it is the
day's strikes on the target told, unless a span of days goes with it (كثفت غاراتها عليه، الأيام الماضية).

Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _air(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]


def test_a_launched_series_with_its_targets_is_the_days_strikes() -> None:
    found = rows(
        "وأفادت مصادر محلية بأن طيران التحالف العربي شن سلسلة غارات استهدفت معسكر العمري في مديرية ذباب غرب تعز.",
        published="2015-07-22",
    )
    air = _air(found)
    assert air, found
    assert air[0]["location"]["admin1"] == "Taizz"
    assert air[0]["granularity"] == "discrete"


def test_the_second_target_of_a_launched_series_is_a_row_of_its_own_place() -> None:
    found = rows(
        "وذكرت المصادر أن التحالف شن سلسلة غارات استهدفت مواقع للحوثيين في مدينة صعدة، كما استهدفت مواقع أخرى "
        "في مديرية حرض بمحافظة حجة.",
        published="2015-07-22",
    )
    places = {e["location"]["admin1"] for e in _air(found)}
    assert {"Sadah", "Hajjah"} <= places, found


def test_a_series_told_as_background_stays_an_aggregate() -> None:
    found = events(
        "وتأتي العملية بعد سلسلة من الهجمات الدامية التي شهدتها مدن البلاد وأسفرت عن سقوط عشرات الضحايا.",
        published="2015-07-22",
    )
    assert not [e for e in found if e["acled_row"]], found


def test_a_series_of_late_stays_an_aggregate() -> None:
    found = events(
        "وكان مسلحو التنظيم قد نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات أخرى.",
        published="2015-07-22",
    )
    assert not [e for e in found if e["acled_row"]], found


def test_a_series_to_be_launched_is_no_row() -> None:
    found = events(
        "وأقلعت المقاتلات من قاعدة إنجرليك لشن سلسلة غارات على مواقع التنظيم في ريف حلب.",
        published="2015-07-22",
    )
    assert not [e for e in found if e["acled_row"]], found


def test_strikes_stepped_up_on_a_camp_are_the_days_strikes() -> None:
    found = rows(
        "في حين كثف طيران التحالف غاراته على معسكر اللواء الثالث، وهو من أهم الألوية التابعة للحوثيين في محافظة أبين.",
        published="2015-08-07",
    )
    air = _air(found)
    assert air, found
    assert air[0]["location"]["admin1"] == "Abyan"


def test_strikes_stepped_up_before_an_entry_are_a_row_and_over_past_days_are_not() -> None:
    told = (
        "وأفاد مصدر ميداني بأن المقاومة دخلت معسكر الصدرين بعد أن كثفت مقاتلات التحالف غاراتها عليه، "
        "{}في محافظة الضالع."
    )
    assert _air(rows(told.format(""), published="2015-08-07"))
    # over a span of days: a campaign, as before
    assert not _air(rows(told.format("خلال الأيام الماضية، "), published="2015-08-07"))
