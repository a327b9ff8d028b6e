"""Round 11b (issue 12, helper el): one row per named place of a list of strikes and bombings. ACLED codes one event
per location and day: a security source's list of bombings across a city's districts, each told with "also" (كما)
at a place of its own, is one row per place, each with its own toll. Every sentence here was written for rasd (none
copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(found: list[dict[str, Any]]) -> list[tuple[str, str | None, int | None]]:
    return sorted(
        (
            str((e.get("location") or {}).get("name") or ""),
            (e.get("location") or {}).get("admin1"),
            (e.get("fatalities") or {}).get("value"),
        )
        for e in found
    )


def test_a_bombing_told_with_also_at_another_place_of_the_province_is_its_own_row() -> None:
    # the first district is one the gazetteer lacks (placed in the province), the second a district it holds: two
    # happenings of one list, not the first told again; each keeps its own dead
    found = rows(
        "قتل شخصان وأصيب خمسة آخرون اليوم بانفجار عبوة ناسفة قرب سوق شعبي في منطقة البلديات شرقي بغداد. "
        "كما قتل جندي وأصيب آخر بتفجير عبوة لاصقة أسفل سيارته في قضاء أبو غريب غربي بغداد."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"] * 2
    assert [p[1] for p in _places(found)] == ["Baghdad", "Baghdad"]
    assert sorted(p[2] or 0 for p in _places(found)) == [1, 2]
    found = rows(
        "انفجرت عبوة ناسفة صباح اليوم قرب مرآب للسيارات في حي الأمين جنوب شرقي بغداد، ما أدى إلى مقتل شخصين. "
        "كما قتل شرطي بتفجير عبوة لاصقة في قضاء المحمودية جنوبي بغداد."
    )
    assert len(found) == 2 and sorted(p[2] or 0 for p in _places(found)) == [1, 2]


def test_a_similar_bombing_told_with_also_is_one_more_of_the_day() -> None:
    # "بتفجير مماثل" inside a list told with كما (after the source's speech and its quote mark): a bombing of the
    # list's day at its own place, not an earlier one recalled
    found = rows(
        "قتل شخصان اليوم بانفجار عبوة ناسفة في حي الأمين جنوب شرقي بغداد. "
        'وأضاف المصدر: "كما قتل مدني وأصيب ثلاثة بتفجير مماثل في قضاء المحمودية جنوبي بغداد".'
    )
    assert len(found) == 2
    assert all((e.get("date") or {}).get("value") for e in found)


def test_also_with_no_place_of_its_own_or_the_same_blast_stays_one_row() -> None:
    # the same blast's damage told with كما, and a similar bombing recalled from last week (no كما): one row
    for text in (
        "قتل شخصان اليوم بانفجار عبوة ناسفة في حي الأمين جنوب شرقي بغداد. كما أسفر الانفجار عن احتراق ثلاث سيارات.",
        "قتل شخصان اليوم بانفجار عبوة ناسفة في حي الأمين جنوب شرقي بغداد. "
        "وكانت منطقة أبو غريب غربي بغداد شهدت الأسبوع الماضي تفجيرا مماثلا.",
        # كما before a speech verb is "as", no item of a list
        "قتل شخصان اليوم بانفجار عبوة ناسفة في حي الأمين جنوب شرقي بغداد، كما قالت الشرطة.",
    ):
        assert len(rows(text)) == 1, text


def test_other_houses_or_a_similar_strike_of_the_past_is_no_new_item() -> None:
    # "أخرى" after the object (منازل أخرى) is no other happening; "مماثلة" inside a sentence about last month
    # (وكان الشهر الماضي قد شهد …، كما …) stays a recalled strike: one row each, the strike of the day
    for text in (
        "قتل أربعة مدنيين اليوم بقصف بالبراميل المتفجرة على بلدة الحارة في ريف درعا الشمالي. "
        "كما تسبب القصف في اشتعال النيران بمنازل مدنيين وتهدم منازل أخرى.",
        "قتلت غارة لطائرة بدون طيار اليوم ثلاثة عناصر من القاعدة في مديرية المحفد بمحافظة أبين. "
        "وكان الشهر الماضي قد شهد تزايدا في عدد قتلى التنظيم، كما لقي قائده مقتله في غارة مماثلة.",
    ):
        found = rows(text)
        assert [e["acled_event_type"] for e in found] == ["Explosions/Remote violence"], text


def test_an_also_clash_told_again_at_a_named_area_stays_one() -> None:
    # the "also" item is the clash in the city; the next sentence tells the same clash at an area of it: one row
    found = rows(
        "اندلعت اشتباكات عنيفة صباح اليوم بين الحوثيين والمقاومة الشعبية في مدينة مأرب. "
        "كما اندلعت مواجهات عنيفة في مدينة مأرب. "
        "وقالت مصادر محلية إن المواجهات اندلعت في منطقة الجفينة جنوب غرب مأرب وأسفرت عن مقتل عشرة."
    )
    assert len(found) == 1


def test_in_another_incident_opens_the_next_item_of_the_list() -> None:
    # "وفي حادث آخر" / "وفي هجوم آخر": the day's next happening, at its own place, with its own dead
    found = rows(
        "وأفاد مصدر أمني بمقتل شخصين بانفجار عبوة ناسفة في حي الأمين جنوب شرقي بغداد. "
        "وفي حادث آخر قتل شرطي بتفجير عبوة لاصقة في منطقة البلديات شرقي بغداد."
    )
    assert len(found) == 2 and sorted(p[2] or 0 for p in _places(found)) == [1, 2]
    # an incident of last year stays recalled
    found = rows(
        "قتل جنديان اليوم بانفجار عبوة ناسفة في حي الأمين جنوب شرقي بغداد. "
        "وفي حادث آخر وقع العام الماضي قتل شرطي بتفجير عبوة في منطقة البلديات شرقي بغداد."
    )
    assert len(found) == 1


def test_a_strike_verb_after_also_goes_on_with_the_aircraft_and_its_own_place() -> None:
    # "كما قصفت" with no subject of its own: the coalition's aircraft of the sentence, at the place its clause names
    found = rows(
        "شنت مقاتلات التحالف اليوم غارات على مواقع الحوثيين في مدينة كرش بمحافظة لحج، "
        "كما قصفت تجمعات لهم في منطقة الشريجة بمحافظة لحج."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Air/drone strike"] * 2
    # with a subject of its own (قوات الجيش) the verb keeps its own kind
    found = rows(
        "شنت مقاتلات التحالف اليوم غارات على مواقع الحوثيين في مدينة زنجبار، "
        "كما قصفت قوات الجيش تجمعات لهم في مدينة جعار."
    )
    assert sorted(e["acled_sub_event_type"] for e in found) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    # the same place told again in the also clause (في المدينة): one row
    found = rows(
        "شنت مقاتلات التحالف اليوم غارات على مواقع الحوثيين في مدينة كرش بمحافظة لحج، كما قصفت تجمعات لهم في المدينة."
    )
    assert len(found) == 1


def test_a_clause_opened_by_its_dead_then_a_similar_strike_is_the_next_item() -> None:
    # "وقتل ثلاثة آخرون بقصف مماثل على مدينة جعار": its own dead, its own town, the day's list
    found = rows("قتل خمسة مدنيين اليوم بقصف على مدينة زنجبار. وقتل ثلاثة آخرون بقصف مماثل على مدينة جعار.")
    assert len(found) == 2 and sorted(p[2] or 0 for p in _places(found)) == [3, 5]
    # a similar shelling told as the past (شهدت … الأسبوع الماضي، بعد أيام من قصف مماثل): no row of its own
    for text in (
        "قتل خمسة مدنيين اليوم بقصف على مدينة زنجبار. وكانت مدينة جعار شهدت قصفا مماثلا الأسبوع الماضي.",
        "قتل خمسة مدنيين اليوم بقصف على مدينة زنجبار، بعد أيام من قصف مماثل على مدينة جعار أسفر عن مقتل ثلاثة.",
    ):
        assert len(rows(text)) == 1, text
