"""Round 10 (issue 12, helper ev): one row per place of a list, and Battles typed right. ACLED codes one row per
location: two provinces named by a province dual (اشتباكات في محافظتي تعز ولحج) are two events, each at its province;
a province that only holds the list's town (زنجبار، عاصمة محافظة أبين) is no place of its own. Every sentence here
was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _admin1(found: list[dict[str, Any]]) -> list[str | None]:
    return sorted((e.get("location") or {}).get("admin1") or "" for e in found)


def test_a_province_dual_is_one_event_per_province() -> None:
    clash = rows("اندلعت اشتباكات عنيفة أمس في محافظتي تعز ولحج بين مقاتلي المقاومة الشعبية والحوثيين.")
    assert [e["acled_event_type"] for e in clash] == ["Battles", "Battles"]
    assert _admin1(clash) == ["Lahij", "Taizz"]
    strikes = rows("شنت طائرات التحالف العربي غارات جوية أمس على مواقع الحوثيين في محافظتي صعدة وحجة.")
    assert [e["acled_sub_event_type"] for e in strikes] == ["Air/drone strike", "Air/drone strike"]
    assert _admin1(strikes) == ["Hajjah", "Sadah"]
    # the dual with a preposition joined to it (بمحافظتي) is the same list
    joined = rows("قتل ثلاثة جنود أمس في هجمات لمسلحين على حواجز أمنية بمحافظتي صعدة وحجة.")
    assert len(joined) == 2 and _admin1(joined) == ["Hajjah", "Sadah"]


def test_one_province_named_once_stays_one_event() -> None:
    one = rows("اندلعت اشتباكات عنيفة أمس في محافظة أبين بين المقاومة الشعبية والحوثيين، وسقط قتلى من الجانبين.")
    assert len(one) == 1 and _admin1(one) == ["Abyan"]


def test_a_province_that_holds_the_town_is_no_second_place() -> None:
    town = rows("قتل شرطيان أمس في هجوم مسلح على حاجز أمني بمدينة العريش، عاصمة محافظة شمال سيناء.")
    assert len(town) == 1
    assert (town[0].get("location") or {}).get("geo_precision") == 1
    towns = rows("سيطرت المقاومة الشعبية أمس على مدينتي زنجبار وجعار في محافظة أبين بعد معارك مع الحوثيين.")
    assert len(towns) == 2 and _admin1(towns) == ["Abyan", "Abyan"]
    assert all((e.get("location") or {}).get("geo_precision") == 1 for e in towns)


def test_a_shoulder_fired_rocket_at_an_armed_post_is_a_clash() -> None:
    # an RPG fired by fighters at a checkpoint, a patrol or a police post: the attackers are there, an armed clash
    for text in (
        "هاجم مسلحون مجهولون أمس نقطة تفتيش للشرطة في مدينة العريش بقذائف آر بي جي، ما أدى إلى مقتل شرطيين.",
        "استهدف مسلحون كمينا للشرطة بقذائف الآر بي جي في الشيخ زويد مساء أمس.",
        "هاجم مسلحون دورية للجيش بقاذفات صواريخ محمولة على الكتف قرب مدينة رفح المصرية فجر اليوم.",
    ):
        found = rows(text)
        assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"], text


def test_rockets_and_mortars_from_afar_stay_shelling() -> None:
    # mortars at a camp, an RPG at a bus of passengers, and artillery named: not fire at close range between armed men
    for text in (
        "أطلق مسلحون قذائف هاون أمس على معسكر للجيش في مدينة العريش.",
        "استهدف مسلحون حافلة ركاب بقذيفة آر بي جي في مدينة العريش، ما أدى إلى مقتل ثلاثة مدنيين.",
        "قصفت المدفعية مواقع المسلحين في محيط مدينة تعز أمس.",
    ):
        found = rows(text)
        assert found and all(e["acled_event_type"] == "Explosions/Remote violence" for e in found), text


def test_villages_the_gazetteer_lacks_are_a_place_of_their_own() -> None:
    # shelling of two villages told by their kind (names no gazetteer holds) after a strike on a town of the same
    # province: another event, not the first told again
    text = (
        "قتل خمسة مدنيين أمس في قصف لقوات النظام على بلدة دير حافر بريف حلب الشرقي. "
        "وقصفت قوات النظام مناطق في قريتي كفرزيتونة وعين الحمراء بريف حلب الشمالي، مما أدى إلى أضرار مادية."
    )
    found = rows(text)
    assert [e["acled_sub_event_type"] for e in found] == ["Shelling/artillery/missile attack"] * 2
    # the same strike told again with no town of its own still folds (القصف … في ريف حلب)
    again = rows(
        "قتل خمسة مدنيين أمس في قصف لقوات النظام على بلدة دير حافر بريف حلب الشرقي. "
        "وقال ناشطون إن قوات النظام قصفت ريف حلب الشرقي بالمدفعية الثقيلة."
    )
    assert len(again) == 1
