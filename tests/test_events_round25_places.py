"""Round 25 (helper geo9): places of rows on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 25: places
of rows on unseen articles (helper geo9)"):

* a shell or an air strike across a border lands in the province facing the border town the text names
  (``events.border_places.across_border``): Turkey's shelling of the Islamic State "in Syria" after a soldier was
  killed in Kilis is a row of Aleppo, not of Kilis (the shooter's side) nor of Syria with no province; a clash read
  only in Syria, with Turkish soldiers named, is the one Turkish border town's;
* a state or its capital named as the backer of an armed side (تساندها طهران، الموالية لإيران) is no scene
  (``events.place_filters.backer``, ``ar/place_cues.yaml`` ``backer_words``);
* حربية ("military": طائرات حربية تركية) is no longer indexed as Harbiye, a village of Hatay (``ar/geo.yaml``
  ``ignore_names``);
* a town of 100,000 people or more named after the word of an area or a neighbourhood (منطقة «الفاو»، حي المرقب) is
  dropped as a stray when nothing else supports its country, as a small town is
  (``geo.recognize.recognizer._drop_strays``, ``ar/place_cues.yaml`` ``stray_part_descriptors``).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _where(out: list[dict[str, Any]], sub: str) -> list[tuple[str | None, str | None]]:
    return [
        (e["location"].get("country_iso3"), e["location"].get("admin1"))
        for e in out
        if e["acled_sub_event_type"] == sub and e.get("location")
    ]


# ------------------------------------------------------------------------------------- fire across a border
def test_turkish_shelling_in_syria_after_a_soldier_died_in_kilis_is_aleppos() -> None:
    out = rows(
        "قصفت مدفعية الجيش التركي أمس الخميس مواقع لتنظيم داعش في سوريا ردا على إطلاق نار من هناك أدى إلى مقتل "
        "جندي تركي في كيليس.",
        title="الجيش التركي يرد على مقتل جندي",
    )
    assert _where(out, "Shelling/artillery/missile attack") == [("SYR", "Aleppo")], out


def test_strikes_on_the_syrian_side_facing_kilis_are_aleppos() -> None:
    out = rows(
        "ونفذت مقاتلات تركية فجر اليوم غارات على أربعة مواقع للمتشددين في المنطقة الحدودية في سوريا المقابلة "
        "لمدينة كيليس.",
        title="أول غارات تركية على مواقع داعش",
    )
    assert _where(out, "Air/drone strike") == [("SYR", "Aleppo")], out


def test_shelling_told_in_syria_alone_takes_the_province_facing_the_articles_border_town() -> None:
    out = rows(
        "قصفت دبابات تركية أمس مواقع لتنظيم داعش في سوريا. وكانت رئاسة الأركان التركية قد أعلنت أن جنديا قتل "
        "برصاص أطلق من الجانب الآخر على مخفر حدودي قرب كيليس.",
        title="تركيا ترد بالدبابات",
    )
    assert ("SYR", "Aleppo") in _where(out, "Shelling/artillery/missile attack"), out


def test_a_clash_read_in_syria_with_turkish_soldiers_is_the_border_towns() -> None:
    out = rows(
        "قتل جندي تركي وأصيب اثنان آخران قرب كيليس أمس. وقالت رئاسة الأركان إن مسلحين من الجانب السوري فتحوا "
        "النار على دورية للجيش التركي في سوريا على الحدود بين البلدين.",
        title="مقتل جندي تركي على الحدود",
    )
    placed = _where(out, "Armed clash")
    assert placed and all(p == ("TUR", "Kilis") for p in placed), out


def test_shells_fired_from_syria_that_fall_in_kilis_stay_in_kilis() -> None:
    out = rows(
        "سقطت ثلاث قذائف أطلقت من سوريا على مدينة كيليس التركية أمس، مما أدى إلى إصابة طفلين بجروح.",
        title="قذائف على كيليس",
    )
    assert _where(out, "Shelling/artillery/missile attack") == [("TUR", "Kilis")], out


def test_strikes_in_syria_with_no_border_town_keep_syria_alone() -> None:
    out = rows(
        "شنت طائرات التحالف الدولي أمس عشر غارات على مواقع لتنظيم داعش في سوريا، بحسب بيان للقيادة المركزية الأمريكية.",
        title="غارات للتحالف",
    )
    placed = _where(out, "Air/drone strike")
    assert placed and all(p == ("SYR", None) for p in placed), out


def test_saudi_shelling_of_a_yemeni_town_stays_in_the_town() -> None:
    out = rows(
        "قصفت المدفعية السعودية أمس مواقع للميليشيات الحوثية في مدينة حرض اليمنية الحدودية.",
        title="قصف سعودي على مواقع الحوثيين",
    )
    assert ("YEM", "Hajjah") in _where(out, "Shelling/artillery/missile attack"), out


# ------------------------------------------------------------------------------------------- a state backing
def test_a_capital_backing_militias_is_not_the_scene_of_their_capture() -> None:
    out = rows(
        "وتمكنت القوات العراقية، بدعم من غارات التحالف ومسلحين ينتمون إلى فصائل شيعية تساندها طهران، من استعادة "
        "مدينة بيجي أمس السبت.",
        title="القوات العراقية تستعيد بيجي",
    )
    placed = [e["location"] for e in out if e.get("location")]
    assert placed, out
    assert all(p.get("country_iso3") == "IRQ" for p in placed), out
    assert not [p for p in placed if p.get("admin1") == "Tehran"], out


def test_a_country_an_armed_side_is_loyal_to_is_not_the_scene() -> None:
    out = rows(
        "قتل عشرة من مسلحي الحوثي الموالين لإيران في اشتباكات مع المقاومة الشعبية أمس.",
        title="اشتباكات مع الحوثيين",
    )
    assert not [e for e in out if (e.get("location") or {}).get("country_iso3") == "IRN"], out


def test_a_clash_in_tehran_itself_stays_there() -> None:
    out = rows(
        "قتل شرطيان إيرانيان في اشتباك مسلح مع مجهولين في العاصمة طهران أمس الأحد، بحسب وكالة فارس.",
        title="مقتل شرطيين في طهران",
    )
    assert ("IRN", "Tehran") in _where(out, "Armed clash"), out


# ------------------------------------------------------------------------------------------- حربية is no place
def test_turkish_warplanes_are_no_village_of_hatay() -> None:
    out = rows(
        "قصفت طائرات حربية تركية أمس أهدافا لتنظيم داعش في سوريا، بحسب مسؤولين في أنقرة.",
        title="غارات تركية",
    )
    assert not [e for e in out if (e.get("location") or {}).get("admin1") == "Hatay"], out


# ------------------------------------------------------------------ a big foreign town named as a part of a place
def test_a_big_foreign_town_told_as_an_area_of_a_yemeni_province_is_no_row_abroad() -> None:
    out = rows(
        "وفي محافظة الجوف اليمنية، استعادت المقاومة الشعبية أمس منطقة «الفاو» بعد مواجهات عنيفة مع الحوثيين شرق "
        "مدينة الحزم.",
        title="المقاومة تتقدم في الجوف",
    )
    placed = [e["location"] for e in out if e.get("location")]
    assert placed, out
    assert all(p.get("country_iso3") == "YEM" for p in placed), out


def test_a_riyadh_neighbourhood_named_like_a_libyan_town_is_not_libya() -> None:
    text = "أصيب ثلاثة عمال في حريق اندلع أمس في مستودع بحي المرقب وسط مدينة الرياض، وباشرته فرق الدفاع المدني."
    assert not [p for p in find_places(text) if (p.geo or {}).get("country_iso3") == "LBY"]


def test_a_big_town_named_on_its_own_is_still_read() -> None:
    text = "قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة الفاو جنوب البصرة أمس."
    assert [p for p in find_places(text) if (p.geo or {}).get("admin1") == "Basra"]


# ---------------------------------------------------------------------------------- whence planes and flights came
def test_the_base_the_jets_took_off_from_is_not_the_scene_of_their_strike() -> None:
    out = rows(
        "قال بيان للحكومة التركية إن ثلاث مقاتلات أقلعت فجر اليوم من قاعدة في ديار بكر بجنوب شرق تركيا وقصفت "
        "مقرين لتنظيم داعش في سوريا.",
        title="مقاتلات تركية تقصف داعش",
    )
    assert not [e for e in out if (e.get("location") or {}).get("admin1") == "Diyarbakir"], out


def test_the_city_a_flight_came_from_is_not_where_its_passenger_was_caught() -> None:
    out = rows(
        "ضبطت سلطات الجمارك المصرية أمس أسلحة بيضاء بحوزة راكب كان على متن رحلة قادمة من الرياض.",
        title="ضبط أسلحة بحوزة راكب",
    )
    assert not [e for e in out if (e.get("location") or {}).get("name_ar") == "الرياض"], out


def test_a_march_that_sets_out_from_a_square_is_told_there() -> None:
    out = rows(
        "انطلقت مسيرة حاشدة أمس الجمعة من ساحة الشهداء في مدينة صيدا احتجاجا على انقطاع الكهرباء.",
        title="مسيرة في صيدا",
    )
    placed = [e["location"] for e in out if e.get("location")]
    assert placed and all(p.get("country_iso3") == "LBN" for p in placed), out
