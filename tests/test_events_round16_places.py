"""Round 16 (issue 12, helper pl9): the row's place on fresh news.

Every sentence here was written for rasd (none copied from a corpus). The rule answers the class "a place of
another clause" of the rows judged on fresh news (docs/events.md, "Round 16: the row's place on fresh news"): when
the trigger's own clause names a place, a place named in a clause the events stage joined to it (a cause told after
عقب or بعد, a "وذلك قبل" remark, a speaker's or a leader's seat) is the event's place only when it lies in that
place's country or province; a town of the own place's province still refines it.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]], event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("location") or {}).get("name"), (e.get("location") or {}).get("admin1"))
        for e in out
        if e["acled_event_type"] == event_type
    ]


def test_a_city_subject_of_the_clause_is_not_displaced_by_a_leaders_seat_in_a_cause() -> None:
    out = rows(
        "وتشهد مدينة تعز مواجهات عنيفة بين الطرفين منذ فجر أمس عقب هجوم واسع شنته المقاومة الشعبية بدعم من "
        "التحالف وبإشراف من نائب الرئيس من مقر إقامته في الرياض."
    )
    places = _places(out, "Battles")
    assert places, out
    assert all(admin1 == "Taizz" for _, admin1 in places), places


def test_a_region_of_the_clause_is_not_displaced_by_a_capital_speaking_after_it() -> None:
    out = rows(
        "ونفذت القوات الأمريكية أمس ضربة بطائرة بلا طيار في شمال سوريا وذلك قبل ما وصفته أنقرة بأنه معركة "
        "وشيكة مع التنظيم."
    )
    places = _places(out, "Explosions/Remote violence")
    assert places, out
    assert all(name != "Ankara" for name, _ in places), places


def test_a_town_of_another_country_in_a_clause_before_does_not_place_the_strikes() -> None:
    # a guard (right before the rule too): the killing's town, told in the clause before, is not the strikes' place
    out = rows(
        "وبعد إقدام مسلحين على قتل اثنين من رجال الشرطة في مدينة جيهان، شنت الحكومة التركية غارات جوية على "
        "مواقع للمسلحين في شمال العراق."
    )
    strikes = _places(out, "Explosions/Remote violence")
    assert strikes, out
    assert all(name != "Ceyhan" and admin1 != "Adana" for name, admin1 in strikes), strikes


def test_a_town_of_the_own_province_in_a_joined_clause_still_places_the_event() -> None:
    out = rows("قتل ثلاثة جنود يمنيين أمس في محافظة حضرموت، بعد هجوم شنه مسلحون على نقطة تفتيش عند مدخل مدينة المكلا.")
    places = [p for t in ("Battles", "Violence against civilians") for p in _places(out, t)]
    assert places, out
    assert all(admin1 == "Hadramawt" for _, admin1 in places), places


def test_a_province_fronted_before_a_bearing_of_another_town_places_the_strikes() -> None:
    # the clause names no place of its own: the sentence's places are the province and a bearing that says where the
    # province lies (the round-15 rule for a place described by a bearing, now also where the sentence places it)
    out = rows("وفي محافظة الضالع، شمال عدن، شنت مقاتلات التحالف ثلاث غارات على تجمعات للمسلحين الحوثيين.")
    places = _places(out, "Explosions/Remote violence")
    assert places, out
    assert all(admin1 == "Ad Dali" for _, admin1 in places), places


def test_the_city_means_the_town_fronted_in_its_own_sentence() -> None:
    out = rows(
        "عاد الهدوء الحذر إلى العاصمة صنعاء أمس. وفي تعز، جنوب غرب العاصمة صنعاء، قصف الحوثيون أحياء سكنية في "
        "شرق المدينة بقذائف الدبابات."
    )
    places = _places(out, "Explosions/Remote violence")
    assert places, out
    assert all(admin1 == "Taizz" for _, admin1 in places), places
