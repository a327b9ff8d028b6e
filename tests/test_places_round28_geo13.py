"""Round 28 (helper geo13): places and admin1 across the region, beyond Syria and Yemen.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 28: the
event's place and admin1 across the region (helper geo13)"):

* first-level divisions that ``admin1.tsv`` built with no Arabic name (no seat named like them) have their sourced
  names (``resources/gazetteer/supplement.tsv``): Jordan's Balqa (البلقاء), five Libyan
  shabiyat (الجبل الغربي، الجفارة، الواحات، وادي الحياة، وادي الشاطئ), Sudan's River Nile, al-Jazirah and Northern
  states, South Sudan's ten states (جونقلي، الوحدة، أعالي النيل …); the names that are ordinary words (الوحدة
  "unity", الواحات "the oases", نهر النيل the river) only with context (``ar/geo.yaml`` ``common_words``);
* two towns under the 100,000 people the build keeps outside the region, with GeoNames points: Skhirat (Morocco,
  Rabat-Sale-Kenitra; the UN's Libya talks) and Melilla (Spain); and Cairo's district Heliopolis (مصر الجديدة), with
  Cairo's point (precision 2);
* a descriptor with the clitic ب between two names (حي المحمدية بمحافظة جدة، قرية X بمديرية Y) is "in", as في is:
  the second place holds the first, so a homonym abroad falls back to it (``geo.recognize.reading._is_qualifier_gap``),
  and a quarter or an area so held is no capital abroad either (بحي الجزيرة بمدينة الرياض, not Algiers);
* a place the gazetteer lacks, told by its kind and name with a nationality adjective of a country outside the
  region after it (بولاية كولورادو الأميركية), lies in that country, not in the article's
  (``place_cues.yaml`` ``world_country_adjectives``, ``geo.focus.world_adjective_country``, read by
  ``events.unlisted_places.told_place``).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.focus import adjective_country, world_adjective_country
from rasd.geo.recognize import find_places
from rasd.text.normalize import normalize
from tests.event_checks import rows


def _geo(text: str, name: str) -> dict[str, Any] | None:
    for m in find_places(text):
        if text[m.start : m.end].endswith(name) or m.canonical_ar == name:
            return m.geo
    return None


def _countries(out: list[dict[str, Any]]) -> list[str | None]:
    return [e["location"].get("country_iso3") for e in out if e.get("location")]


# ------------------------------------------------------------------------------------- divisions named in Arabic
def test_south_sudan_states_are_read_after_their_kind_word() -> None:
    text = "تجددت الاشتباكات بين الجيش والمتمردين في ولاية جونقلي، كما فر آلاف المدنيين من ولاية الوحدة شمال البلاد."
    assert (_geo(text, "جونقلي") or {}).get("admin1") == "Jonglei"
    assert (_geo(text, "الوحدة") or {}).get("admin1") == "Unity"


def test_unity_as_a_word_is_no_place() -> None:
    text = "دعا الرئيس اليمني إلى الوحدة الوطنية في مواجهة الحوثيين في صنعاء."
    assert all(m.canonical_ar != "الوحدة" for m in find_places(text))


def test_libyan_shabiyat_have_their_admin1() -> None:
    text = "شنت طائرات غارات على مواقع في الجبل الغربي، فيما اندلعت اشتباكات في منطقة الجفارة جنوب العاصمة طرابلس."
    assert (_geo(text, "الجبل الغربي") or {}).get("admin1") == "Jabal al Gharbi"
    assert (_geo(text, "الجفارة") or {}).get("admin1") == "Al Jafarah"


def test_sudan_states_read_with_their_kind_word() -> None:
    text = "قتل خمسة أشخاص في هجوم على قرية في ولاية الجزيرة وسط السودان، وآخرون في الولاية الشمالية."
    assert (_geo(text, "الجزيرة") or {}).get("admin1") == "Al Jazirah"
    assert (_geo(text, "الولاية الشمالية") or {}).get("admin1") == "Northern"


def test_jordan_balqa_governorate() -> None:
    geo = _geo("أعلنت الأجهزة الأمنية الأردنية القبض على خلية في محافظة البلقاء غرب عمان.", "البلقاء")
    assert geo is not None and geo["admin1"] == "Balqa"


# ----------------------------------------------------------------------------------------- towns of GeoNames
def test_skhirat_is_in_morocco_with_its_region() -> None:
    out = rows(
        "وقعت وفود من أطراف الحوار الليبي بالأحرف الأولى على مسودة الاتفاق السياسي في مدينة الصخيرات المغربية أمس "
        "برعاية الأمم المتحدة.",
        title="توقيع مسودة اتفاق ليبي في المغرب",
    )
    geo = _geo("جولة جديدة من الحوار الليبي في الصخيرات المغربية", "الصخيرات")
    assert geo is not None and geo["country_iso3"] == "MAR" and geo["admin1"] == "Rabat-Sale-Kenitra"
    assert all(e["location"].get("admin1") != "Tripoli" for e in out if e.get("location")), out


def test_melilla_is_a_spanish_city() -> None:
    geo = _geo("اعتقلت الشرطة في إسبانيا رجلا في مدينة مليلية يشتبه في تجنيده شبانا للقتال في سوريا.", "مليلية")
    assert geo is not None and geo["country_iso3"] == "ESP" and geo["admin1"] == "Melilla" and geo["lat"] is not None


def test_heliopolis_is_a_district_of_cairo_not_egypt() -> None:
    text = "أصيب شرطيان في انفجار عبوة ناسفة قرب محطة للحافلات بمصر الجديدة شرقي القاهرة صباح اليوم."
    geo = _geo(text, "مصر الجديدة")
    assert geo is not None and geo["country_iso3"] == "EGY" and geo["admin1"] == "Cairo" and geo["geo_precision"] == 2


# ------------------------------------------------------------------------------ "in" written as ب + a descriptor
def test_a_quarter_held_by_a_governorate_written_with_bi_is_not_a_town_abroad() -> None:
    text = "انقطعت المياه عن منازل حي المحمدية بمحافظة جدة منذ ثلاثة أيام."
    geo = _geo(text, "المحمدية")
    assert geo is not None and geo["country_iso3"] == "SAU" and geo["admin1"] == "Mecca", geo


def test_a_quarter_named_like_a_capital_abroad_is_the_quarter() -> None:
    text = "أطلق مجهول النار على رجل أمن بحي الجزيرة بمدينة الرياض مساء الخميس."
    geo = _geo(text, "الجزيرة")
    assert geo is not None and geo["country_iso3"] == "SAU" and geo["admin1"] == "Riyadh", geo


def test_a_town_held_by_its_own_governorate_keeps_its_point() -> None:
    text = "قصفت الطائرات بلدة كفرنبل بمحافظة إدلب صباح اليوم."
    geo = _geo(text, "كفرنبل")
    assert geo is not None and geo["admin1"] == "Idleb" and geo["geo_precision"] == 1, geo


# ------------------------------------------------------------------------- a foreign nationality after a name
def test_world_nationality_adjectives_need_the_article() -> None:
    assert world_adjective_country(normalize("الأميركية")) == "USA"
    assert world_adjective_country(normalize("الأمريكي")) == "USA"
    assert world_adjective_country(normalize("والنمساوية")) == "AUT"
    assert world_adjective_country(normalize("أمريكي")) is None  # a man's name too
    assert world_adjective_country(normalize("المالية")) is None  # "financial", not Mali
    assert world_adjective_country(normalize("اليمنية")) is None  # the region's own list reads it
    assert adjective_country(normalize("الأميركية")) is None  # no vote for the article's focus country


def test_an_unlisted_town_with_a_foreign_adjective_is_in_that_country() -> None:
    out = rows(
        "أقدم مسلح على قتل أربعة أشخاص في إطلاق نار داخل متجر بولاية أوريغون الأميركية، وفق ما ذكرت الشرطة. وفي شأن "
        "آخر، اعتقلت السلطات التركية عشرة أشخاص في أنقرة.",
        title="مقتل أربعة في إطلاق نار",
    )
    shooting = [e for e in out if e["acled_sub_event_type"] == "Attack"]
    assert shooting and all(e["location"]["country_iso3"] == "USA" for e in shooting), out
    assert "Ankara" in [e["location"].get("admin1") for e in out if e["acled_sub_event_type"] == "Arrests"], out


def test_an_unlisted_town_without_an_adjective_keeps_the_article_country() -> None:
    out = rows(
        "اندلعت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة تعز. وقتل ثلاثة مدنيين بقصف على قرية "
        "الحواشب أمس.",
        title="اشتباكات في تعز",
    )
    assert "USA" not in _countries(out) and "CAN" not in _countries(out), out
