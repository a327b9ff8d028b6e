"""actor1 on true rows: a country-blind alias, the owner of a place held, the second side of a count (round 34, ac22).

- A mention read as another country's state force whose words are all generic words of a force's name (قوات الصاعقة:
  commandos; جهاز مكافحة الإرهاب) names no country: in a row placed in another country it is that country's forces
  (Egypt's commandos in Sinai), not the foreign force actors.yaml lists the alias under (Haftar's army). An alias with
  a name, a nationality or a number (قوات حفتر، الجيش الليبي) keeps its actor.
- A side named as the owner of a stronghold or positions (معقل جديد لحركة الشباب، مواقع لتنظيم داعش) in the headline or
  the paragraph is not the doer of another sentence's capture or strike; a clash's side may still be.
- A side joined by و to a side whose men were counted dead (15 من المسلحين الحوثيين وقوات صالح قتلوا) is counted too,
  not the doer of the fight that killed them.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _actor1(found: list[dict[str, Any]], sub: str | None = None) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if sub is None or e["acled_sub_event_type"] == sub]


def test_commandos_in_sinai_are_egypts_forces_not_haftars() -> None:
    text = "وقتلت قوات الصاعقة خمسة مسلحين في اشتباك قرب مدينة الشيخ زويد بشمال سيناء أمس."
    names = _actor1(rows(text, published="2015-08-01"), "Armed clash")
    assert names and all(n and n.startswith("Military Forces of Egypt") for n in names)


def test_commandos_named_in_an_earlier_sentence_give_no_libyan_air_strike_in_egypt() -> None:
    text = (
        "أعلن الجيش المصري رفع حالة التأهب في مدن القناة بمشاركة قوات الصاعقة والعمليات الخاصة. "
        "إلى ذلك شنت مروحيات الأباتشي غارة جوية على معاقل جماعة أنصار بيت المقدس جنوب مدينة رفح أمس."
    )
    names = _actor1(rows(text, published="2015-08-01"), "Air/drone strike")
    assert names and "Libyan National Army (Haftar)" not in names


def test_commandos_in_a_libyan_town_stay_haftars_army() -> None:
    # trap: the row's place is in the alias's own country
    text = "وقتلت قوات الصاعقة خمسة مسلحين في اشتباك قرب مدينة درنة الليبية أمس."
    names = _actor1(rows(text, published="2015-08-01"), "Armed clash")
    assert names and all(n == "Libyan National Army (Haftar)" for n in names)


def test_haftars_forces_named_by_his_name_are_not_country_blind() -> None:
    # trap: a person's name in the alias names its side wherever the row lies
    text = "واشتبكت قوات حفتر مع مسلحين قرب مدينة السلوم المصرية أمس."
    names = _actor1(rows(text, published="2015-08-01"), "Armed clash")
    assert names and all(n == "Libyan National Army (Haftar)" for n in names)


def test_the_owner_of_a_stronghold_in_the_lead_is_not_the_taker_of_a_town() -> None:
    text = (
        "الجيش الصومالي ينتزع معقلا جديدا من المتمردين\n\n"
        "أعلن قائد الجيش الصومالي أمس الجمعة أن القوات الحكومية سيطرت على معقل آخر لحركة الشباب في جنوب البلاد "
        "بعد معارك استمرت يومين.\n"
        "وقال قائد القوات البرية أمام الصحافيين: «لقد سيطرت قواتنا على بلدة دينسور وفر المسلحون بعد هزيمتهم»."
    )
    found = [e for e in rows(text, published="2015-08-01") if e["acled_event_type"] == "Battles"]
    assert found and all((e.get("actor1") or {}).get("name") != "Al Shabaab" for e in found)


def test_a_group_whose_attack_the_headline_tells_is_still_the_paragraphs_doer() -> None:
    # trap: لـ after an attack noun names whose attack it was, not the owner of a place
    text = (
        "هجوم جديد لحركة الشباب في الصومال\n\n"
        "أعلنت حركة الشباب في بيان أمس أنها تقف وراء عمليات في جنوب البلاد.\n"
        "وقتل سبعة جنود في هجوم على قاعدة عسكرية قرب بلدة أفمدو صباح السبت."
    )
    names = _actor1(rows(text, published="2015-08-01"))
    assert "Al Shabaab" in names


def test_the_second_side_of_a_count_of_the_dead_is_not_the_clashs_doer() -> None:
    text = (
        "وكان 20 من المسلحين الحوثيين وقوات صالح، قتلوا في مواجهات مع المقاومة الشعبية في عدد من أحياء مدينة تعز "
        "يوم الجمعة."
    )
    names = _actor1(rows(text, published="2015-08-09"), "Armed clash")
    assert names and all(n is None or "Republican Guard" not in n for n in names)


def test_two_sides_that_attacked_together_are_not_counted() -> None:
    # trap: the conjoined sides are the subject of the attack, no count of dead before them
    text = "وشنت ميليشيات الحوثي وقوات صالح هجوما على مواقع المقاومة الشعبية في مدينة تعز أمس الجمعة."
    names = _actor1(rows(text, published="2015-08-08"), "Armed clash")
    assert names and all(n and "Military Forces of Yemen (2015-2016)" in n for n in names)
