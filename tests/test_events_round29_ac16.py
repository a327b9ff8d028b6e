"""actor1 on true rows: the side that acts, as the sentence tells it (round 29, helper ac16).

A rebel movement that ACLED labels a state's forces for a period (Yemen's Houthis in 2015) has no air force: the air
strikes told beside it hit it. A side named doing its duty when a planted or suicide bomb went off (أثناء قيام جنود
الجيش بتمشيط المنطقة) or subjected to the act (تعرضت دورية تابعة للقوات التركية لتفجير لغم) was hit, it did not bomb.
The body the people arrested belong to or are suspected of belonging to (اعتقلت 20 شخصا يشتبه بصلتهم بداعش، اعتُقل أحد
قياديي بوكو حرام) is whom the arrest took, not who arrested. Aircraft that backed a ground attack (هجوم شنته قوات هادي
مدعومة من طيران التحالف) are not its weapon. A shelling with no doer told by a militia's spokesman as striking its
enemy (كشف المتحدث باسم المقاومة عن استهداف نقاط خاضعة لسيطرة الحوثي) is that militia's. Every sentence below was
written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_the_houthis_of_2015_are_not_the_doer_of_air_strikes_on_them() -> None:
    text = (
        "وفي محافظة الجوف سقط عشرات المسلحين الحوثيين جراء غارات مكثفة لطائرات التحالف شنت على مواقعهم "
        "صباح الأربعاء، حيث قتل 11 مسلحا حوثيا على الأقل جراء غارات على مواقع متفرقة في الحزم."
    )
    names = _actor1(rows(text, published="2015-08-06"), "Air/drone strike")
    assert names and "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee" not in names
    assert "Operation Restoring Hope" in names


def test_a_states_air_force_keeps_its_strikes() -> None:
    # trap: a state's own air force (inter 1, sector MIL) is still the doer of its strikes
    text = "شنت طائرات حربية تابعة للنظام السوري غارات على بلدة في ريف إدلب أمس ما أدى إلى مقتل خمسة مدنيين."
    names = _actor1(rows(text, published="2015-08-06"), "Air/drone strike")
    assert names and all(n is not None and n.startswith("Military Forces of Syria") for n in names)


def test_soldiers_sweeping_an_area_when_a_bomb_went_off_did_not_plant_it() -> None:
    text = (
        "انفجرت عبوة ناسفة في مركبة عسكرية جنوب الشيخ زويد أمس، وقالت مصادر أمنية إن العبوة زرعت في طريق "
        "المركبة أثناء قيام جنود الجيش بتمشيط المنطقة الواقعة بين قريتين."
    )
    names = _actor1(rows(text, published="2015-08-04"), "Remote explosive/landmine/IED")
    assert names and all(n == "Unidentified Armed Group (Egypt)" for n in names)


def test_policemen_at_prayer_when_a_bomb_went_off_are_its_target() -> None:
    text = (
        "وقال المتحدث الأمني إنه أثناء قيام عدد من منسوبي قوات الطوارئ الخاصة بأداء صلاة العصر في مسجد "
        "المعسكر بمنطقة جازان، حدث تفجير في جموع المصلين نتج عنه استشهاد تسعة من رجال الأمن."
    )
    found = [e for e in rows(text, published="2015-08-07") if e["acled_event_type"] == "Explosions/Remote violence"]
    names = [(e.get("actor1") or {}).get("name") for e in found]
    assert names and all(n == "Unidentified Armed Group (Saudi Arabia)" for n in names)


def test_a_force_whose_vehicle_was_subjected_to_a_blast_did_not_set_it_off() -> None:
    text = (
        "وفي حادث آخر، تعرضت آلية عسكرية تابعة للقوات المسلحة التركية، لتفجير لغم أرضي عن بعد، أثناء سيرها "
        "على طريق ريفي في ولاية ماردين."
    )
    names = _actor1(rows(text, published="2015-08-02"), "Remote explosive/landmine/IED")
    assert names and all(n == "Unidentified Armed Group (Turkey)" for n in names)


def test_a_group_named_as_the_planter_after_the_exposed_side_stays_the_doer() -> None:
    # trap: the verb of being subjected does not take the planter named after the trigger
    text = (
        "تعرضت دورية عسكرية تابعة للقوات المسلحة التركية لتفجير عبوة ناسفة زرعها مسلحو حزب العمال الكردستاني "
        "في ولاية شرناق أمس."
    )
    names = _actor1(rows(text, published="2015-08-02"), "Remote explosive/landmine/IED")
    assert names and all(n == "PKK: Kurdistan Workers Party" for n in names)


def test_the_group_the_arrested_are_suspected_of_belonging_to_did_not_arrest() -> None:
    text = "الأمن التركي يعتقل 20 شخصاً مشتبهاً بصلتهم بتنظيم داعش في ولاية قونية وسط البلاد"
    names = _actor1(rows(text, published="2015-08-08"), "Arrests")
    assert names and all(n is not None and not n.startswith("Islamic State") for n in names)


def test_a_leader_of_a_group_arrested_is_not_his_groups_arrest() -> None:
    text = (
        "قال متحدث عسكري نيجيري إن الجيش حرر عشرات المحتجزين في ولاية بورنو، مضيفا أنه اعتُقل أيضا أحد قياديي "
        "«بوكو حرام» خلال العملية قرب بلدة باما."
    )
    names = _actor1(rows(text, published="2015-08-03"), "Arrests")
    assert names and all(n is not None and not n.startswith("Boko Haram") for n in names)


def test_a_group_right_after_its_arrest_verb_is_still_the_arrester() -> None:
    # trap: the subject right after the verb (VSO) is who arrested
    text = "اعتقل مسلحو الحوثي عشرات الناشطين في مدينة الحديدة أمس بتهمة التعاون مع المقاومة الشعبية."
    names = _actor1(rows(text, published="2015-08-03"), "Arrests")
    assert names and all(n == "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee" for n in names)


def test_aircraft_that_backed_a_ground_attack_are_not_its_weapon() -> None:
    text = (
        "وسقط معسكر اللواء 35 في محافظة تعز بعد هجوم شنته قوات هادي مدعومة من طيران التحالف العربي، "
        "بحسب مصادر عسكرية مساء الاثنين."
    )
    found = rows(text, published="2015-08-04")
    assert not _actor1(found, "Air/drone strike")


def test_a_militias_spokesman_telling_of_a_strike_on_its_enemy_names_its_side() -> None:
    text = (
        "وكشف المتحدث باسم المقاومة الشعبية في لحج عن استهداف نقاط تفتيش خاضعة لسيطرة ميليشيات الحوثي في محيط "
        "قاعدة العند بصواريخ الكاتيوشا أمس."
    )
    names = _actor1(rows(text, published="2015-07-25"), "Shelling/artillery/missile attack")
    assert names and all(n == "Popular Resistance" for n in names)


def test_a_militias_spokesman_telling_of_shells_on_its_own_posts_does_not_name_it() -> None:
    # trap: the side hit is the reporter's own
    text = "وقال المتحدث باسم المقاومة الشعبية في عدن إن قذائف سقطت على مواقع المقاومة الشعبية في حي كريتر أمس."
    names = _actor1(rows(text, published="2015-07-25"), "Shelling/artillery/missile attack")
    assert names and "Popular Resistance" not in names
