"""actor1 of true rows on unseen news: the Houthis of 2015 as a side of the paragraph, the side whose blind fire it
was, and the second side of a clash (round 31, helper ac18).

- The paragraph's one armed group (``paragraph_actor``) left out the Houthis of 2015, whom ACLED labels a state's
  forces: beside them the Popular Resistance was "the one group" and took unclaimed bombs and shelling. They count
  now for an act told by a noun or a blast's intransitive verb (not for air strikes, nor a verb whose subject points
  back at a side).
- A strike noun, its epithets of blind fire and the side after ل (قصف عشوائي للحوثيين): whose fire it was.
- A clash told "with" the Houthis only, or "between" an army unit no actor is read for and the Houthis: the
  government's side, not the Houthis named second.
- Yemen's "لجان المقاومة الشعبية" is the Popular Resistance, not Gaza's committees, beside a Yemeni actor.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

HOUTHIS = "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"
RESISTANCE = "Popular Resistance"
YEMEN_ARMY = "Military Forces of Yemen (2012-)"


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_an_unclaimed_bomb_beside_both_sides_is_not_the_resistances() -> None:
    text = (
        "سيطرت المقاومة الشعبية على حي الجحملية، فيما قصفت ميليشيات الحوثي أحياء سكنية في تعز أمس. "
        "وفي مدينة إب انفجرت عبوة ناسفة قرب سوق شعبي ما أدى إلى مقتل أربعة مدنيين وإصابة عشرة آخرين."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Remote explosive/landmine/IED")
    assert names and RESISTANCE not in names


def test_mines_in_a_paragraph_that_names_the_houthis_alone_are_theirs() -> None:
    text = (
        "انسحبت المقاومة الشعبية من بعض المواقع أمس.\n"
        "وقال مسؤول محلي إن ميليشيات الحوثي زرعت الألغام في أحياء المدينة قبل انسحابها منها. "
        "وذكر أن سبعة مدنيين قتلوا جراء انفجار ألغام في زنجبار أمس."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Remote explosive/landmine/IED")
    assert names and all(n == HOUTHIS for n in names)


def test_a_side_whose_men_shelled_keeps_its_shelling() -> None:
    # trap: a verb whose subject points back at the resistance (أفرادها قصفوا) keeps the paragraph's inference
    text = (
        "أعلنت المقاومة الشعبية سيطرتها على مواقع جديدة للحوثيين قرب قاعدة العند. "
        "وذكر المركز الإعلامي للمقاومة أن أفرادها قصفوا القاعدة بالصواريخ."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n != HOUTHIS for n in names)


def test_blind_shelling_of_a_side_after_lam_is_its_doer() -> None:
    text = "قتل خمسة مدنيين أمس في قصف عشوائي للحوثيين وقوات صالح على الأحياء السكنية في مدينة تعز."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n == HOUTHIS for n in names)


def test_positions_of_a_side_after_lam_are_what_was_shelled() -> None:
    # trap: the side after "مواقع" is the target, not the shooter
    text = "قتل عشرة مسلحين أمس في قصف عنيف لمواقع الحوثيين في مدينة تعز."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert HOUTHIS not in names


def test_a_clash_with_the_houthis_is_the_armys_named_before() -> None:
    text = (
        "شدد الجيش الوطني اليمني الحصار على قاعدة العند الجوية في محافظة لحج. "
        "وقالت مصادر ميدانية إن مواجهات عنيفة تشهدها مدينة الحوطة مع ميليشيات الحوثي."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == YEMEN_ARMY for n in names)


def test_a_clash_between_an_army_brigade_and_the_houthis_is_the_armys() -> None:
    text = "كشفت مصادر محلية عن اشتباكات عنيفة وقعت أمس في ذمار بين اللواء الثالث وميليشيات الحوثي."
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == YEMEN_ARMY for n in names)


def test_a_clash_between_tribesmen_and_the_houthis_is_not_the_armys() -> None:
    # trap: the first side is no unit of the army
    text = "كشفت مصادر محلية عن اشتباكات عنيفة وقعت أمس في ذمار بين مسلحين قبليين وميليشيات الحوثي."
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert YEMEN_ARMY not in names


def test_yemens_popular_resistance_committees() -> None:
    text = (
        "قتل أربعة حوثيين أمس في هجوم للجان المقاومة الشعبية المؤيدة للرئيس عبد ربه منصور هادي على نقطة "
        "للمتمردين في محافظة البيضاء."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == RESISTANCE for n in names)


def test_gazas_popular_resistance_committees_stay_theirs() -> None:
    # trap: no Yemeni actor named, the committees are Gaza's
    text = "أعلنت لجان المقاومة الشعبية في قطاع غزة أن عناصرها أطلقوا قذائف هاون على موقع عسكري شرق خان يونس أمس."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n == "Al Nasser Salah al Deen Brigades" for n in names)


def test_a_clash_between_houthi_groups_alone_is_the_resistances() -> None:
    text = (
        "وقال المركز الإعلامي للمقاومة الشعبية في لحج إن اشتباكات عنيفة تدور منذ الصباح بين مجموعات من الحوثيين "
        "لجأت إلى المزارع شمالي مدينة الحوطة، وأسفرت عن مقتل 12 متمردا."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == RESISTANCE for n in names)


def test_a_clash_between_the_houthis_and_salehs_men_stays_theirs() -> None:
    # trap: a second side that is no government's is named "between"; the Houthis keep the clash
    text = "اندلعت اشتباكات عنيفة أمس في صنعاء بين ميليشيات الحوثي وقوات صالح بعد خلاف على نقطة تفتيش."
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert RESISTANCE not in names and YEMEN_ARMY not in names
