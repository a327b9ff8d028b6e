"""actor1 on unseen articles (round 26, helper ac13).

A side that announces its own dead (أعلن الجيش التركي مقتل ثلاثة جنود أتراك؛ وأعلن الأمن المصري استشهاد ضابط وثلاثة
مجندين في تفجير عبوة ناسفة) tells of a loss it suffered: it is not who struck. A force that announces the enemy's
dead keeps its act. The first of two sides "between" which a clash was fought keeps its place when the text names it
by an anaphor (بين المتمردين وقوات الأمن). A shell or rocket whose clause names no shooter takes no armed group from the
paragraph. Unknown gunmen named a few words past the clause (اغتيل قيادي …، برصاص مجهولين) are the doer. Every sentence
below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_a_police_force_that_announces_its_own_dead_did_not_plant_the_bomb() -> None:
    text = (
        "أعلنت الشرطة المصرية، استشهاد ضابط ومجندين اثنين، مساء أمس، في انفجار عبوة ناسفة استهدفت دوريتهم بمدينة "
        "العريش في شمال سيناء."
    )
    names = _actor1(rows(text, published="2015-08-05"), "Remote explosive/landmine/IED")
    assert names
    assert all(n and not n.startswith("Police Forces of Egypt") for n in names)


def test_an_army_that_announces_the_dead_of_its_own_men_in_a_headline_is_the_side_hit() -> None:
    found = rows("الجيش اليمني يعلن مقتل جنديين من عناصره في هجوم على نقطة تفتيش بمحافظة أبين", published="2015-08-05")
    clashes = [e for e in found if e["acled_event_type"] == "Battles"]
    assert clashes
    assert all(
        not ((e.get("actor1") or {}).get("name") or "").startswith("Military Forces of Yemen (2012-)") for e in clashes
    )
    assert any(
        ((e.get("actor2") or {}).get("name") or "").startswith("Military Forces of Yemen (2012-)") for e in clashes
    )


def test_an_army_that_announces_the_enemys_dead_keeps_its_strike() -> None:
    text = "أعلن الجيش المصري مقتل عشرة عناصر تكفيرية في غارات جوية على مواقعهم جنوب الشيخ زويد أمس."
    names = _actor1(rows(text, published="2015-08-05"), "Air/drone strike")
    assert names and all(n and n.startswith("Military Forces of Egypt") for n in names)


def test_soldiers_of_another_side_counted_after_the_announcement_are_that_sides() -> None:
    # the Yemeni army tells of the dead of Saleh's forces: its own shelling
    text = "أعلن الجيش اليمني مقتل ثلاثة جنود من قوات صالح في قصف مدفعي لمواقعهم في مأرب أمس."
    names = _actor1(rows(text, published="2015-08-05"), "Shelling/artillery/missile attack")
    assert names and all(n and n.startswith("Military Forces of Yemen (2012-)") for n in names)


def test_the_rebels_named_first_between_the_two_sides_of_a_clash_are_actor1() -> None:
    text = (
        "وشن متمردو حزب العمال الكردستاني هجمات على مواقع للجيش في جنوب شرق تركيا. ودارت اشتباكات عنيفة بين "
        "المتمردين وقوات الأمن التركية ليل أمس في ولاية هكاري."
    )
    names = _actor1(rows(text, published="2015-08-05"), "Armed clash")
    assert names and names[0] == "PKK: Kurdistan Workers Party"


def test_yemens_government_side_still_leads_a_clash_between_it_and_the_houthis() -> None:
    text = (
        "ودارت اشتباكات عنيفة بين المتمردين الحوثيين والمقاومة الشعبية أمس في مدينة لودر بمحافظة أبين. وقتل خمسة "
        "من المتمردين."
    )
    names = _actor1(rows(text, published="2015-08-05"), "Armed clash")
    assert names and names[0] == "Popular Resistance"


def test_an_unclaimed_rocket_is_not_the_group_israel_holds_responsible() -> None:
    text = (
        "وقال الجيش الإسرائيلي الذي يحمل حركة حماس مسؤولية أي هجوم ينطلق من قطاع غزة إن طائراته قصفت موقعا في خان "
        "يونس. وسقط صاروخ أطلق من قطاع غزة أمس في منطقة مفتوحة قرب كيسوفيم جنوب إسرائيل دون وقوع إصابات."
    )
    names = _actor1(rows(text, published="2015-08-08"), "Shelling/artillery/missile attack")
    assert names and all(n and "Hamas" not in n for n in names)


def test_shells_on_a_city_are_not_the_resistance_named_in_the_paragraph() -> None:
    text = (
        "وتقدمت المقاومة الشعبية في أحياء المدينة القديمة بتعز أمس. وسقطت قذيفة هاون على تجمع للنساء والأطفال في "
        "حي الجمهوري ما أدى إلى مقتل ثلاثة مدنيين."
    )
    names = _actor1(rows(text, published="2015-07-23"), "Shelling/artillery/missile attack")
    assert names and all(n != "Popular Resistance" for n in names)


def test_a_shelling_whose_clause_names_its_shooter_keeps_it() -> None:
    text = "وقصفت المقاومة الشعبية بصواريخ الكاتيوشا مواقع الحوثيين في محيط قاعدة العند بمحافظة لحج أمس."
    names = _actor1(rows(text, published="2015-07-23"), "Shelling/artillery/missile attack")
    assert names and all(n == "Popular Resistance" for n in names)


def test_unknown_gunmen_named_past_the_clause_are_the_assassins() -> None:
    text = (
        "وقتل خمسة من مسلحي الحوثي برصاص المقاومة الشعبية قرب مطار عدن أمس. وعلى صعيد آخر، اغتيل قيادي بارز في "
        "حزب التجمع اليمني للإصلاح، برصاص مجهولين أمام منزله في مدينة إب."
    )
    found = [e for e in rows(text, published="2015-07-19") if (e.get("location") or {}).get("admin1") == "Ibb"]
    killings = [e for e in found if e["acled_sub_event_type"] == "Attack" and e.get("actor2")]
    assert killings
    assert all((e.get("actor1") or {}).get("name") == "Unidentified Armed Group (Yemen)" for e in killings)


def test_a_killing_whose_clause_names_its_doer_keeps_it_beside_unknown_gunmen_of_another_act() -> None:
    text = (
        "قتل مسلحون من المقاومة الشعبية قياديا حوثيا أمس في مدينة إب، فيما أطلق مجهولون النار على دورية للحوثيين في "
        "مديرية السياني دون وقوع إصابات."
    )
    names = _actor1(rows(text, published="2015-07-19"), "Attack")
    assert names and all(n == "Popular Resistance" for n in names)
