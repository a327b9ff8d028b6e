"""Happenings folded into another row (round 18b, helper mg7; issue 12, recall).

A mark of a day or more between two happenings of one sentence (غداة، عشية، بعد ستة أيام من، بعد يومين على) tells
the one after it as a happening of another day: it is never merged with the one told before the mark, and what the
text tells after the mark (its places, its dead) is not the earlier-told one's. Two happenings both told after the
mark stay one. Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _brief(found: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return sorted((e["acled_sub_event_type"], (e.get("location") or {}).get("name")) for e in found)


def _triggers(found: list[dict[str, Any]], text: str) -> list[str]:
    return sorted(text[e["trigger"]["start"] : e["trigger"]["end"]] for e in found)


def test_a_bombing_days_after_another_is_not_the_days_blast() -> None:
    text = (
        "قال مسؤولون إن انفجارا وقع في سوق شعبي في مدينة داماتورو بشمال شرق نيجيريا اليوم الأحد مما أسفر عن مقتل "
        "تسعة أشخاص. ووقع الانفجار قرابة الساعة العاشرة صباحا ويأتي بعد خمسة أيام من تفجير انتحاري قتل أربعة من "
        "رجال الشرطة عند حاجز على مدخل المدينة."
    )
    found = rows(text, published="2015-07-26")
    # (changed in round 19, helper st2, by the lead's ruling (1): a happening retold with its own day, here "five
    # days before" the day's blast, is an event with that day: two rows, where round 18b asserted one)
    assert len(found) == 2
    day = [e for e in found if (e.get("date") or {}).get("value") == "2015-07-26"]
    earlier = [e for e in found if (e.get("date") or {}).get("value") == "2015-07-21"]
    assert len(day) == 1 and len(earlier) == 1
    # the day's blast is one row with its own dead (nine, not the four of the bombing five days before) ...
    assert (day[0].get("fatalities") or {}).get("value") == 9
    told = [text[m["trigger"]["start"] : m["trigger"]["end"]] for m in day[0]["mentions"]]
    assert "تفجير انتحاري" not in told
    # ... and the earlier bombing an event of its own, dated five days before, with its four dead
    assert text[earlier[0]["trigger"]["start"] : earlier[0]["trigger"]["end"]] == "تفجير انتحاري"
    assert (earlier[0].get("fatalities") or {}).get("value") == 4
    assert "تفجير انتحاري" in _triggers(events(text, published="2015-07-26"), text)


def test_the_day_after_mark_keeps_the_other_days_bombing_apart_from_the_days_bombings() -> None:
    text = (
        "قتل 18 شخصا على الأقل أمس الأربعاء في تفجيرات انتحارية استهدفت سوقا وحسينية في جنوب بغداد. وجاءت هذه "
        "التفجيرات غداة مقتل 15 شخصا في تفجير سيارة مفخخة في شرق العاصمة."
    )
    found = rows(text, published="2015-07-23")
    assert any(text[e["trigger"]["start"] : e["trigger"]["end"]] == "تفجير" for e in found)
    assert len(found) == 2


def test_an_attack_said_to_come_the_day_after_strikes_abroad_takes_no_place_from_them() -> None:
    text = (
        "قتل جنديان تركيان اليوم الأحد في انفجار سيارة مفخخة لدى مرور قافلة عسكرية في محافظة دياربكر جنوب شرق "
        "تركيا. ويأتي هذا الهجوم غداة قيام الجيش التركي بقصف قواعد لمتمردي حزب العمال الكردستاني في شمال العراق."
    )
    found = rows(text, published="2015-07-26")
    # the car bomb and the shelling of the day before; "هذا الهجوم" is the car bomb, no third row at the PKK's bases
    assert len(found) == 2
    assert "الهجوم" not in _triggers(found, text)


def test_two_happenings_both_told_after_the_mark_stay_one() -> None:
    text = (
        "شددت السلطات الإجراءات الأمنية في العاصمة اليوم غداة هجوم انتحاري قتل فيه سبعة من عناصر الشرطة أمام مركز "
        "أمني في وسط المدينة."
    )
    found = rows(text, published="2015-07-23")
    assert len(found) <= 1
