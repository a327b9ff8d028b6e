"""Two happenings of one sentence that a merge folded into one row (round 36, helper rw1).

``merge.clauses``: a happening told after a span told back from the one before it (وبعدها بأيام، بعد ذلك بيومين)
or after a span fronted at the head of the sentence before the other one (وقبل ساعات من الغارة) is one of another
time (:func:`rasd.events.merge.clauses.another_time`, read by ``day_apart``); fighting told beside a shelling after a
contrast opener and a verb of its own (فيما شهدت … مواجهات) is a battle of its own
(:func:`rasd.events.merge.clauses.fight_beside`); two fights of one sentence each told with its own verb and its own
sides are two fights (:func:`rasd.events.merge.clauses.own_sides`); two strikes of two sentences each at a front of
another name are two (:func:`rasd.events.merge.clauses.two_fronts`). ``merge.happening``: a round-up's item told at a
town of its own beside an act placed at a name the gazetteer lacks is the next item
(:func:`rasd.events.merge.happening.item_town_apart`). Kept one: the toll of one attack told after it with no span;
one fight told again with the sides told back (بين الطرفين); the fighting of the shelling with no verb of its own;
a strike told again at the same front.
Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-07-26")


def _subs(found: list[dict[str, Any]]) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in found)


def test_an_attack_told_days_after_a_bombing_by_a_span_told_back_is_a_row_of_its_own() -> None:
    found = _rows(
        "وفي منتصف الشهر الحالي، قتل 20 شخصا في هجوم انتحاري بسيارة مفخخة قرب سوق شعبي في مدينة قندهار، وبعدها "
        "بأيام أصيب 12 مصليا بجروح في هجوم استهدف مسجدا في شرق البلاد."
    )
    assert len(found) == 2
    assert "Suicide bomb" in _subs(found)


def test_a_rocket_told_after_a_span_fronted_before_the_strike_is_a_row_of_its_own() -> None:
    found = _rows(
        "شنت طائرات إسرائيلية فجر اليوم غارة على موقع في جنوب قطاع غزة. وقبل ساعات من الغارة قال الجيش الإسرائيلي "
        "إن صاروخا أطلق من قطاع غزة سقط في منطقة مفتوحة قرب مدينة سديروت."
    )
    assert _subs(found) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_toll_of_a_bombing_told_after_it_with_no_span_stays_one_row() -> None:
    found = _rows(
        "قتل 20 شخصا في هجوم انتحاري بسيارة مفخخة قرب سوق شعبي في مدينة قندهار أمس، وأصيب 30 آخرون بجروح في الهجوم."
    )
    assert len(found) == 1


def test_fighting_told_beside_a_shelling_with_its_own_verb_after_a_contrast_opener_is_a_battle() -> None:
    found = _rows(
        "وفي مدينة تعز، شنت مليشيات الحوثي أمس قصفا مدفعيا عنيفا على عدد من الأحياء السكنية فيما شهدت أحياء متفرقة "
        "من المدينة مواجهات مع رجال المقاومة الشعبية."
    )
    assert _subs(found) == ["Armed clash", "Shelling/artillery/missile attack"]


def test_a_shelling_told_with_the_fighting_it_backed_and_no_verb_of_its_own_stays_one_row() -> None:
    found = _rows(
        "وفي مدينة تعز، شنت مليشيات الحوثي أمس قصفا مدفعيا عنيفا على الأحياء السكنية خلال مواجهات مع المقاومة."
    )
    assert len(found) == 1


def test_two_fights_of_one_sentence_each_with_its_own_verb_and_sides_are_two_rows() -> None:
    found = _rows(
        "دارت اشتباكات مساء أمس بين الفصائل المقاتلة من طرف وقوات النظام من طرف آخر في محيط قلعة المدينة بحي "
        "الشيخ مقصود في حلب، كما دارت اشتباكات مساء أمس بين جبهة النصرة من جهة والمسلحين الموالين للنظام من جهة "
        "أخرى في حي الخالدية بحلب."
    )
    assert _subs(found) == ["Armed clash", "Armed clash"]


def test_one_fight_told_again_with_the_sides_told_back_stays_one_row() -> None:
    found = _rows(
        "دارت اشتباكات مساء أمس بين الفصائل المقاتلة وقوات النظام في حي الشيخ مقصود بحلب، كما دارت اشتباكات "
        "متقطعة بين الطرفين في الحي ذاته."
    )
    assert len(found) == 1


def _cand(place: Any, precision: int, cues: set[str]) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(place=place, place_precision=precision, cues=cues)


def _place(name: str, **geo: Any) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(canonical=name, geo={"country_iso3": "SYR", "admin1": "Rural Damascus", **geo})


def test_a_round_up_item_at_a_town_of_its_own_is_apart_from_an_act_at_a_name_the_gazetteer_lacks() -> None:
    from rasd.events.merge.happening import item_town_apart

    darayya = _cand(_place("Darayya", place_id="gn:1"), 1, {"item_town"})
    unread = _cand(_place("القلمون الشرقي", unresolved=True), 3, set())
    assert item_town_apart(darayya, unread)
    assert item_town_apart(unread, darayya)


def test_a_round_up_item_beside_its_own_town_or_its_province_stays_for_the_merge_to_weigh() -> None:
    from rasd.events.merge.happening import item_town_apart

    darayya = _cand(_place("Darayya", place_id="gn:1"), 1, {"item_town"})
    again = _cand(_place("Darayya", place_id="gn:1"), 1, set())
    province = _cand(_place("Rural Damascus", place_id="s:SY.ADM1.08"), 3, set())
    assert not item_town_apart(darayya, again)
    assert not item_town_apart(darayya, province)
    assert not item_town_apart(_cand(darayya.place, 1, set()), _cand(_place("x", unresolved=True), 3, set()))


def test_a_strike_at_a_front_of_another_name_in_the_next_sentence_is_a_row_of_its_own() -> None:
    found = _rows(
        "قتل ثلاثة مسلحين حوثيين أمس في غارات لطيران التحالف على مواقعهم في محافظة مأرب، ودمرت إحدى الغارات دبابة في "
        "جبهة صرواح غرب المحافظة. وفي جبهة الكسارة جنوب غربي المحافظة استهدفت إحدى الغارات تجمعا للحوثيين وقتل خمسة "
        "منهم."
    )
    assert _subs(found) == ["Air/drone strike", "Air/drone strike"]


def test_a_strike_told_again_at_the_same_front_stays_one_row() -> None:
    found = _rows(
        "قتل ثلاثة مسلحين حوثيين أمس في غارات لطيران التحالف على مواقعهم في محافظة مأرب، ودمرت إحدى الغارات دبابة في "
        "جبهة الكسارة غرب المحافظة. وفي جبهة الكسارة ذاتها استهدفت الغارات تجمعا للحوثيين."
    )
    assert len(found) == 1
