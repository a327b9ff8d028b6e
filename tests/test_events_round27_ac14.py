"""actor1 on unseen articles (round 27, helper ac14).

A strike whose own noun carries its nationality (ضربة إسرائيلية جوية، غارات جوية روسية) is that state's, whatever other
side the clause names (a relative clause's ally, the men hit). The side named after ل behind the noun of an attack told
with a killing or a clash (قتل تسعة من المسلحين في هجوم للمقاومة الشعبية) is whose attack it was. Barrel bombs are the
state's (قصف الطيران المروحي بالبراميل المتفجرة). The fighters "opposed to the Houthis" are not the Houthis. A clash
that counts one side's dead and names no other (مقتل 23 من عناصر داعش في اشتباكات) is the state's forces' against
them — the government side's militia against a competing authority (the Houthis of 2015). The side whose attack a
reply answers (وردّ الحوثيون على هجمات المقاومة بقصف) did not do the reply. Every sentence below was written for this
test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_a_strike_named_by_its_nationality_is_that_states_not_an_ally_in_a_relative_clause() -> None:
    text = (
        "قالت قناة محلية إن ضربة إسرائيلية جوية استهدفت سيارة قرب القنيطرة أمس وقتلت عنصرين من حزب الله الذي "
        "يقاتل إلى جانب القوات الحكومية السورية."
    )
    names = _actor1(rows(text, published="2015-07-29"), "Air/drone strike")
    assert names and all(n and n.startswith("Military Forces of Israel") for n in names)


def test_a_strike_with_an_epithet_before_its_nationality_is_that_states() -> None:
    text = (
        "وأعلنت وحدات حماية الشعب الكردية التي تقاتل إلى جانب التحالف الدولي مقتل ثلاثة من مقاتليها في غارات جوية "
        "تركية على قرية قرب مدينة جرابلس أمس."
    )
    names = _actor1(rows(text, published="2015-07-29"), "Air/drone strike")
    assert names and all(n and n.startswith("Military Forces of Turkey") for n in names)


def test_positions_of_a_nationality_are_what_was_struck_not_who_struck() -> None:
    # trap: "مواقع تركية" are the positions hit; the shelling is the PKK's
    text = "وأصيب جنديان في قصف مواقع تركية قرب بلدة شمدينلي في ولاية هكاري أمس من قبل مسلحي حزب العمال الكردستاني."
    names = _actor1(rows(text, published="2015-07-29"), "Shelling/artillery/missile attack")
    assert names and all(n == "PKK: Kurdistan Workers Party" for n in names)


def test_the_side_after_the_noun_of_an_attack_is_whose_attack_it_was() -> None:
    # the killing clause names its dead and, after ل behind "هجوم", its doer; the strike of the clause before is not
    text = (
        "وشنت طائرات التحالف غارات على مواقع الحوثيين في صرواح، بينما قتل سبعة من ميليشيات الحوثي وقوات صالح في "
        "هجوم للمقاومة الشعبية والجيش الموالي للشرعية في منطقة المخدرة غربي مأرب أمس."
    )
    names = _actor1(rows(text, published="2015-07-29"), "Armed clash")
    assert names and names[0] == "Popular Resistance"


def test_the_owner_of_positions_after_a_strike_is_still_what_was_hit() -> None:
    # trap: ل after "مواقع", not after the noun of an attack
    text = "وشنت طائرات التحالف العربي غارات على مواقع للحوثيين في صرواح غربي مأرب أمس."
    names = _actor1(rows(text, published="2015-07-29"), "Air/drone strike")
    assert names and all(n and "Houthi" not in n and "Supreme Revolutionary" not in n for n in names)


def test_barrel_bombs_are_the_states_not_another_air_force_of_the_paragraph() -> None:
    text = (
        "وشنت طائرات التحالف الدولي غارات على مواقع لتنظيم داعش في ريف الحسكة. وفي ريف حلب، قصف الطيران المروحي "
        "بالبراميل المتفجرة صباح أمس بلدة تل رفعت ما أدى إلى مقتل خمسة مدنيين."
    )
    found = rows(text, published="2015-07-29")
    barrels = [e for e in found if "تل رفعت" in str((e.get("location") or {}).get("name_ar") or "")]
    barrels = barrels or [e for e in found if "البراميل" in str(e.get("evidence") or e.get("trigger") or "")]
    names = [(e.get("actor1") or {}).get("name") for e in barrels]
    assert names and all(n and n.startswith("Military Forces of Syria") for n in names)


def test_fighters_opposed_to_the_houthis_are_not_the_houthis() -> None:
    text = "وسيطر مقاتلون مناهضون للحوثيين على مديرية دمت في محافظة الضالع أمس بعد معارك عنيفة."
    found = rows(text, published="2015-08-10")
    names = [(e.get("actor1") or {}).get("name") for e in found if e["acled_event_type"] == "Battles"]
    assert names and names[0] == "Popular Resistance"


def test_a_clash_that_counts_one_sides_dead_is_the_states_against_them() -> None:
    found = rows("مقتل 23 من عناصر داعش في اشتباكات متفرقة شمال مدينة تكريت", published="2015-08-05")
    names = _actor1(found, "Armed clash")
    assert names and (names[0] == "Iraqi security forces" or names[0].startswith("Military Forces of Iraq"))


def test_a_clash_that_counts_the_houthis_dead_in_2015_is_the_popular_resistances() -> None:
    text = "وأفادت مصادر محلية بمقتل 15 من عناصر ميليشيا الحوثي في مواجهات عنيفة شهدتها مدينة الضالع أمس."
    names = _actor1(rows(text, published="2015-08-05"), "Armed clash")
    assert names and names[0] == "Popular Resistance"


def test_a_side_faced_in_a_clash_is_still_its_one_named_side() -> None:
    # trap: the Houthis faced (مواجهة مع), not counted dead, keep actor1 (round 21's named side of a clash)
    text = "واستشهد جندي سعودي على الحدود بمنطقة جازان أثناء مواجهة مع الميليشيات الحوثية التي حاولت التسلل أمس."
    names = _actor1(rows(text, published="2015-08-05"), "Armed clash")
    assert names and names[0] == "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"


def test_the_side_whose_attack_a_reply_answers_did_not_do_the_reply() -> None:
    text = "وردّ الحوثيون على هجمات المقاومة الشعبية بقصف أحياء سكنية في مدينة تعز أمس."
    names = _actor1(rows(text, published="2015-08-05"), "Shelling/artillery/missile attack")
    assert names and all(n == "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee" for n in names)


def test_a_reply_told_after_the_act_keeps_the_acts_doer() -> None:
    # trap: the answered side (للتنظيم) stands past the shelling's own subject
    text = "وقصفت المدفعية التركية مواقع لتنظيم داعش قرب بلدة جرابلس أمس ردا على هجوم للتنظيم على مركز حدودي."
    names = _actor1(rows(text, published="2015-08-05"), "Shelling/artillery/missile attack")
    assert names and all(n and n.startswith("Military Forces of Turkey") for n in names)


def test_the_international_coalition_the_kingdom_leads_is_the_saudi_led_one() -> None:
    text = "وشن طيران التحالف الدولي الذي تقوده المملكة سلسلة غارات على مواقع للحوثيين في محافظة الضالع أمس."
    names = _actor1(rows(text, published="2015-07-29"), "Air/drone strike")
    assert names and all(n == "Operation Restoring Hope" for n in names)
