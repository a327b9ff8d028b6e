"""Round 25 (helper ac12): actor1 on unseen articles.

Classes read on the matched rows of round 24's released blind files (tune33, tune34), the blind files of rounds 20-23
(tune28-tune32), the fitted short pool and fresh in-range articles:

- A clash whose clause names the side whose men died and the side faced after the trigger (قتل 13 من ميليشيا الحوثي
  في مواجهات مع المقاومة): the side faced fought them and is actor1; the dead's side was promoted instead.
- A clash "between" a competing authority's forces (the Houthis of 2015, labelled Yemen's forces of their council) and
  the government's side (Hadi's army, the Popular Resistance): the government's side is actor1, as the coders write
  81 of 96 such clashes. A Houthi attack (هاجمت قوات الحوثي مواقع المقاومة) keeps the Houthis; a state's own unit is
  no competing authority (الفرقة الرابعة in Syria).
- The side faced before the trigger (خاضت المقاومة اشتباكات مع الحوثيين من أجل السيطرة على …) is not the doer.
- Two sides joined by و before the trigger (ميليشيات الحوثي وقوات المخلوع صالح): the first leads.
- A country right after a strike verb (قصفت تركيا مواقع …) and a nationality after an epithet of the force word
  (طائرات حربية تركية): that state's military.
- The agent of a capture after من قبل (تمت استعادة المدينة من قبل المقاومة) and the holder named before a noun with its
  pronoun (فرضت القوات سيطرتها على …): not the side named after the place.
- The Houthis' militia in the plural and as the militia of "the Houthi rebellion" (ميليشيات الحوثيين، ميليشيات التمرد
  الحوثي), and Hadi's army "loyal to legitimacy" (الجيش الوطني الموالي للشرعية) right before a noun of taking: the
  side named after the noun is what was taken from; the dead "in the ranks of" a force (قتيلا في صفوف القوات التركية)
  are that force's.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows

HOUTHI_2015 = "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"
HADI_2015 = "Military Forces of Yemen (2012-)"
RESISTANCE = "Popular Resistance"
TURKEY_2015 = "Military Forces of Turkey (2002-2016)"


def _rows(text: str, kind: str, published: str = "2015-08-10") -> list[dict[str, Any]]:
    return [e for e in rows(text, None, published) if e["acled_sub_event_type"] == kind]


def _actor1(text: str, kind: str, published: str = "2015-08-10") -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in _rows(text, kind, published)]


def test_side_faced_after_the_dead_is_actor1() -> None:
    text = "ولقي 11 مسلحا من ميليشيا الحوثي مصرعهم في مواجهات مع المقاومة الشعبية في مديرية الوازعية غرب تعز أمس الأحد."
    found = _rows(text, "Armed clash")
    assert [(e.get("actor1") or {}).get("name") for e in found] == [RESISTANCE]
    assert (found[0].get("actor2") or {}).get("name") == HOUTHI_2015


def test_side_faced_after_the_dead_outside_yemen() -> None:
    text = "وقتل ثمانية من عناصر تنظيم داعش في اشتباكات مع البيشمركة الكردية قرب قضاء مخمور جنوب أربيل أمس الجمعة."
    names = _actor1(text, "Armed clash", "2015-08-08")
    assert len(names) == 1 and "Peshmerga" in str(names[0])


def test_clash_between_houthis_and_resistance_puts_the_government_side_first() -> None:
    text = "وتدور منذ صباح اليوم اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية في منطقة الضباب غرب مدينة تعز."
    assert _actor1(text, "Armed clash") == [RESISTANCE]


def test_houthi_attack_on_resistance_keeps_the_houthis() -> None:
    text = "وهاجمت ميليشيات الحوثي فجر اليوم مواقع المقاومة الشعبية في جبل صبر جنوب مدينة تعز."
    assert _actor1(text, "Armed clash") == [HOUTHI_2015]


def test_state_unit_is_no_competing_authority() -> None:
    text = (
        "واستمرت الاشتباكات العنيفة حتى ساعات الفجر بين الفرقة الرابعة وقوات الدفاع الوطني من جهة ومقاتلي المعارضة "
        "من جهة أخرى في حي جوبر شرق دمشق."
    )
    names = _actor1(text, "Armed clash")
    assert names and names[0] == "Military Forces of Syria (2000-2024)"


def test_side_faced_before_a_capture_is_not_its_doer() -> None:
    text = (
        "وقال سكان إن قوات المقاومة خاضت معارك مع المقاتلين الحوثيين من أجل السيطرة على معسكر لبوزة في محافظة لحج "
        "اليوم الأحد."
    )
    assert _actor1(text, "Government regains territory") == [RESISTANCE]


def test_first_of_two_joined_sides_leads() -> None:
    text = (
        "وارتكبت ميليشيات الحوثي وقوات المخلوع صالح مجزرة جديدة أمس، إذ قتل 20 مدنيا في قصف عشوائي بقذائف الهاون "
        "على حي كريتر في مدينة عدن."
    )
    assert _actor1(text, "Shelling/artillery/missile attack") == [HOUTHI_2015]


def test_country_right_after_the_strike_verb() -> None:
    text = "قصفت تركيا فجر اليوم الجمعة مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق."
    assert _actor1(text, "Shelling/artillery/missile attack", "2015-07-24") == [TURKEY_2015]


def test_nationality_after_an_epithet_of_the_aircraft() -> None:
    text = "وقصفت طائرات حربية تركية أهدافا لتنظيم داعش قرب بلدة جرابلس السورية أمس الخميس."
    assert _actor1(text, "Air/drone strike", "2015-07-24") == [TURKEY_2015]


def test_agent_of_a_capture_after_min_qibal() -> None:
    text = "وأعلن قائد ميداني أنه تم استكمال السيطرة على مدينة الحوطة من قبل المقاومة الشعبية أمس الاثنين."
    assert _actor1(text, "Government regains territory") == [RESISTANCE]


def test_backer_after_min_qibal_far_from_the_capture_is_not_its_doer() -> None:
    text = (
        "وقال مصدر إن المقاومة الشعبية نجحت في دخول مديرية التواهي وتتقدم نحو القصر الرئاسي مستفيدة من دعم جوي "
        "مكثف من قبل التحالف العربي."
    )
    names = _actor1(text, "Government regains territory")
    assert names == [RESISTANCE]


def test_holder_named_before_the_pronoun_of_control() -> None:
    text = (
        "وقال مسؤول محلي إن القوات الأمنية بمشاركة أبناء العشائر فرضت سيطرتها على منطقة البوعيثة جنوب الرمادي لقطع "
        "الطريق أمام مسلحي داعش من التقدم نحو المدينة."
    )
    names = _actor1(text, "Government regains territory", "2015-08-05")
    assert len(names) == 1 and names[0] != "Islamic State (Iraq)"
    assert not _rows(text, "Non-state actor overtakes territory", "2015-08-05")


def test_houthi_rebellion_militia_is_the_houthis() -> None:
    text = "وأقدمت ميليشيات التمرد الحوثي على قصف منازل المواطنين في مدينة الضالع بقذائف الهاون أمس الأربعاء."
    assert _actor1(text, "Shelling/artillery/missile attack") == [HOUTHI_2015]


def test_houthi_plural_militia_is_the_houthis() -> None:
    text = "وسيطرت المقاومة الشعبية على معسكر العبر أمس بعد مواجهات عنيفة قتل خلالها قيادي بارز في ميليشيات الحوثيين."
    found = _rows(text, "Government regains territory")
    assert [(e.get("actor1") or {}).get("name") for e in found] == [RESISTANCE]
    assert (found[0].get("actor2") or {}).get("name") == HOUTHI_2015


def test_army_loyal_to_legitimacy_right_before_a_noun_of_taking() -> None:
    text = "واستكمل الجيش الوطني الموالي للشرعية تحرير آخر جيوب مسلحي الحوثي في مدينة الحوطة أمس."
    found = [e for e in events(text, "2015-08-10") if e["acled_sub_event_type"] == "Government regains territory"]
    assert [(e.get("actor1") or {}).get("name") for e in found] == [HADI_2015]


def test_named_force_read_as_hit_is_no_nationality_doer() -> None:
    text = "وأدى القصف المدفعي على بلدة كفرنبل أمس إلى سقوط قتلى في صفوف قوات النظام السوري."
    names = _actor1(text, "Shelling/artillery/missile attack", "2015-08-05")
    assert names and names[0] != "Military Forces of Syria (2000-2024)"


def test_dead_in_the_ranks_of_a_force_are_hit() -> None:
    text = (
        "وأكد المتمردون الأكراد أن الهجوم بالسيارة المفخخة على ثكنة عسكرية في ولاية آغري خلف أكثر من 50 قتيلا في "
        "صفوف القوات التركية."
    )
    found = [e for e in rows(text, None, "2015-08-04") if e["acled_event_type"] == "Explosions/Remote violence"]
    assert [(e.get("actor1") or {}).get("name") for e in found] == ["PKK: Kurdistan Workers Party"]
    assert (found[0].get("actor2") or {}).get("name") == TURKEY_2015
