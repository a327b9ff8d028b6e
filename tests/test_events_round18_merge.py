"""One happening, one row in longer articles (round 18, helper mg6; issue 12, item 3).

Two constructions split one happening into two rows in the long-article files (tune22-24) and the row-judging sets:

* a place taken told twice, at a quarter of a city and at the city ("طرد … من حي التواهي في عدن" and "تحرير مدينة
  عدن"), or twice in one sentence by one side ("أحكمت سيطرتها على مدينة زنجبار بطرد مسلحي الحوثي منها");
* a later sentence that tells the happening again at its place named with the other row's place right beside it, a
  landmark or the site in it ("مدينة حيس جنوبي الحديدة" after the strikes told at الحديدة).

Two places taken in one sentence, a place named in a list (a comma between) and a later strike told with "also"
stay two rows. Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _brief(found: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return sorted((e["acled_sub_event_type"], (e.get("location") or {}).get("name")) for e in found)


def test_a_quarter_taken_and_its_city_freed_the_same_day_are_one_capture() -> None:
    text = (
        "أعلنت المقاومة الشعبية اليوم الأربعاء أنها طردت مسلحي الحوثي من حي التواهي في مدينة عدن. وأكد قائد ميداني "
        "أن المقاومة استكملت تحرير مدينة عدن بكاملها اليوم."
    )
    assert _brief(rows(text, published="2015-07-22")) == [("Government regains territory", "At Tawahi")]


def test_a_quarter_and_its_city_each_told_taken_are_one_capture() -> None:
    text = (
        "سيطرت المقاومة الشعبية اليوم الأربعاء على حي التواهي في عدن بعد معارك عنيفة. وقالت مصادر إن المقاومة سيطرت "
        "على مدينة عدن بالكامل اليوم بعد فرار المتمردين."
    )
    assert _brief(rows(text, published="2015-07-22")) == [("Government regains territory", "At Tawahi")]


def test_one_place_taken_by_one_side_twice_in_one_sentence_is_one_capture() -> None:
    text = (
        "أكدت مصادر عسكرية أن القوات الموالية للرئيس هادي أحكمت أمس سيطرتها على مدينة زنجبار بطرد مسلحي الحوثي "
        "منها بعد معارك استمرت أسابيع."
    )
    assert _brief(rows(text, published="2015-08-08")) == [("Government regains territory", "Zinjibar")]


def test_a_hill_and_a_town_taken_in_one_sentence_stay_two() -> None:
    text = (
        "واصلت قوات الجيش الوطني تقدمها في محافظة أبين أمس عقب السيطرة على جبل الحمراء الاستراتيجي وتحرير بلدة "
        "مودية من مسلحي الحوثي."
    )
    assert len(rows(text, published="2015-08-08")) == 2


def test_a_strike_told_again_at_a_town_south_of_the_first_rows_city_is_one_strike() -> None:
    text = (
        "قتل عشرات الحوثيين أمس الجمعة في غارات شنها طيران التحالف على مواقع لهم في مدينة الحديدة غربي اليمن. وقالت "
        "مصادر محلية إن طيران التحالف استهدف بغارتين مبنى يتخذه الحوثيون مقرا في مدينة حيس جنوبي الحديدة."
    )
    assert _brief(rows(text, published="2015-08-08")) == [("Air/drone strike", "Hays")]


def test_the_first_rows_city_named_apart_from_the_town_leaves_two_strikes() -> None:
    text = (
        "قتل عشرات الحوثيين أمس الجمعة في غارات شنها طيران التحالف على مواقع لهم في مدينة الحديدة غربي اليمن. وقالت "
        "مصادر محلية إن طيران التحالف استهدف مبنى للحوثيين في مدينة حيس، فيما نزح سكان من الحديدة."
    )
    assert _brief(rows(text, published="2015-08-08")) == [
        ("Air/drone strike", "Al Hudaydah"),
        ("Air/drone strike", "Hays"),
    ]


def test_a_strike_told_with_also_at_a_town_south_of_the_city_stays_a_strike_of_its_own() -> None:
    text = (
        "قتل عشرات الحوثيين أمس الجمعة في غارات شنها طيران التحالف على مواقع لهم في مدينة الحديدة غربي اليمن. كما "
        "استهدف طيران التحالف بغارتين مبنى يتخذه الحوثيون مقرا في مدينة حيس جنوبي الحديدة."
    )
    assert _brief(rows(text, published="2015-08-08")) == [
        ("Air/drone strike", "Al Hudaydah"),
        ("Air/drone strike", "Hays"),
    ]
