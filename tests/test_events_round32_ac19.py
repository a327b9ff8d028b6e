"""actor1 of true rows on unseen news, second pass: the side the text names as the doer and rasd did not read
(round 32, helper ac19).

- A verb of striking that opens its clause, the side right after it, an object, then the weapon after ب (استهدفت
  المقاومة نقطة للحوثيين بقنبلة يدوية): when the weapon is the trigger, the side is the verb's subject, its doer — not
  what was hit. Traps: no object between (the passive reading: the side was hit), and the side before the verb (SVO:
  the side after it is what was hit).
- A strike noun whose arm is told after ب before its nationality (لقصف بدبابات تركية): that state's forces.
- A state's arm named right before a strike verb, or before the verb that carries a strike noun (طائرات حربية روسية
  شنت غارات): its subject, not a side named past the trigger in the same clause. Trap: a comma between.
- "تحالف الدول العربية" (the Arab states' coalition) and its aircraft: the Saudi-led coalition.
- A side named "of" men after a "when" connector that follows the dead (مقتل ستة جنود حين نصب عناصر من الجماعة كمينا):
  the connector verb's subject, the doer — not the body the dead belonged to. Traps: the dead counted "of" a side with
  no connector (مقتل 28 من عناصر داعش), and the dead told after the connector (حين قتل عشرة من عناصر الجيش).

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

HOUTHIS = "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"
RESISTANCE = "Popular Resistance"
TURKEY = "Military Forces of Turkey (2002-2016)"
RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-2024)"
COALITION = "Operation Restoring Hope"


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_the_side_after_a_verb_of_striking_is_the_doer_of_its_weapon() -> None:
    text = "وقد استهدفت ميليشيات الحوثي منازل المواطنين في حي الروضة بمدينة تعز بخمس قذائف كاتيوشا أمس."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n == HOUTHIS for n in names)


def test_the_resistance_that_threw_a_grenade_is_not_its_target() -> None:
    text = "كما استهدفت المقاومة الشعبية مساء أمس نقطة تفتيش لميليشيات الحوثي بقنبلة يدوية في مدينة الحديدة."
    found = rows(text, published="2015-08-10")
    names = _actor1(found, "Grenade")
    assert names and all(n == RESISTANCE for n in names)
    hit = [(e.get("actor2") or {}).get("name") for e in found if e["acled_sub_event_type"] == "Grenade"]
    assert RESISTANCE not in hit


def test_a_side_with_no_object_before_the_weapon_was_hit() -> None:
    # trap: no object between the side and the weapon (استهدفت الميليشيات أمس بقنبلة: read as passive, the side hit)
    text = "استهدفت الميليشيات الحوثية أمس بقنبلة يدوية في مدينة الحديدة غرب اليمن."
    names = _actor1(rows(text, published="2015-08-10"), "Grenade")
    assert names and HOUTHIS not in names


def test_the_side_after_a_verb_with_its_subject_before_is_what_it_hit() -> None:
    # trap: SVO (المقاومة الشعبية استهدفت مسلحي الحوثي): the side after the verb is its object
    text = "المقاومة الشعبية استهدفت تجمعا لمسلحي الحوثي بقنبلة يدوية في مدينة الحديدة أمس."
    names = _actor1(rows(text, published="2015-08-10"), "Grenade")
    assert names and HOUTHIS not in names


def test_shelling_with_tanks_of_a_nationality_is_that_states() -> None:
    text = "قال ناشطون إن بلدة قرب جرابلس في ريف حلب تعرضت أمس لقصف بدبابات تركية أصاب ثلاثة مقاتلين أكراد."
    names = _actor1(rows(text, published="2015-07-28"), "Shelling/artillery/missile attack")
    assert names and all(n == TURKEY for n in names)


def test_the_arab_states_coalition_is_the_saudi_led_one() -> None:
    text = "وشن طيران تحالف الدول العربية أمس غارات على مواقع للمتمردين الحوثيين في محافظة صعدة شمال اليمن."
    names = _actor1(rows(text, published="2015-08-10"), "Air/drone strike")
    assert names and all(n == COALITION for n in names)


def test_a_states_arm_before_the_verb_carrying_the_strikes_is_their_subject() -> None:
    text = (
        "وقالت مصادر محلية إن طائرات حربية روسية شنت غارات على مواقع المعارضة في ريف إدلب وقتلت قوات النظام عشرة "
        "مسلحين في ريف حماة."
    )
    names = _actor1(rows(text, published="2015-10-05"), "Air/drone strike")
    assert names and all(n == RUSSIA for n in names)


def test_an_arm_told_before_a_comma_is_not_the_next_clauses_subject() -> None:
    # trap: a comma between the arm and the verb (وصلت طائرات روسية إلى القاعدة، وقصفت قوات النظام): not its subject
    text = "وصلت طائرات روسية إلى قاعدة حميميم، وقصفت قوات النظام مواقع المعارضة في ريف إدلب أمس."
    found = rows(text, published="2015-10-05")
    names = [
        (e.get("actor1") or {}).get("name") for e in found if e["acled_event_type"] == "Explosions/Remote violence"
    ]
    assert names and RUSSIA not in names


BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
PKK = "PKK: Kurdistan Workers Party"


def test_men_of_a_group_after_when_are_the_doers_not_the_dead() -> None:
    text = "أعلن الجيش النيجيري أمس مقتل ستة جنود حين نصب عناصر من جماعة بوكو حرام كمينا لدورية في ولاية بورنو."
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == BOKO_HARAM for n in names)


def test_a_death_told_before_when_keeps_the_doer_after_it() -> None:
    text = "أعلن الجيش التركي مقتل جنديين أمس حين فتح عناصر من حزب العمال الكردستاني النار على دورية في ولاية هكاري."
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == PKK for n in names)


def test_the_dead_counted_after_when_are_still_the_dead() -> None:
    # trap: the dead told after the connector (حين قتل عشرة من عناصر الجيش السوري): the army was hit
    text = "اندلعت اشتباكات عنيفة في ريف حماة أمس حين قتل عشرة من عناصر الجيش السوري."
    found = rows(text, published="2015-08-10")
    names = _actor1(found, "Armed clash")
    assert names and SYRIA not in names
