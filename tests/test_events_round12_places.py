"""Round 12 (issue 12, helper ep3): strikes at villages and areas the gazetteer lacks, told with a place it holds.

Two constructions of the place lists that coalition and local statements use: two villages announced by a dual
kind word right before "near <town>" (قريتي X وY قرب الموصل), and names listed with و right after a village or
district the gazetteer holds (في منطقة X والY ومدينة Z شرقي المدينة). The unlisted names are read as places of the
area the text gives (near the town: ``geo_precision`` 2; the known place's province: 3), ``unresolved``, with no
point of their own; a violent event on the list gets one row per place. Every sentence here was written for rasd
(none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _loc(e: dict[str, Any]) -> dict[str, Any]:
    return e.get("location") or {}


def _unresolved(text: str) -> dict[str, dict[str, Any]]:
    return {p.canonical_ar: p.geo for p in find_places(text) if p.geo.get("unresolved")}


def test_two_villages_of_a_dual_near_a_town_are_two_places_near_it() -> None:
    text = "قتل عدد من مسلحي التنظيم في غارات شنتها طائرات التحالف على مقرات لهم في قريتي حميدات والسلطانية قرب الموصل"
    found = _unresolved(text)
    assert sorted(found) == ["السلطانية", "حميدات"]  # a one-word name ending like a plural is still a name here
    assert all(g["admin1"] == "Ninewa" and g["geo_precision"] == 2 and g["geonames_id"] is None for g in found.values())
    out = rows(text)
    assert sorted(_loc(e).get("name_ar") for e in out) == ["السلطانية", "حميدات"]
    assert all(_loc(e)["admin1"] == "Ninewa" for e in out)


def test_a_village_near_a_town_written_with_bilqurb_min() -> None:
    found = _unresolved("شنت طائرات النظام غارة على بلدة الهبيط بالقرب من خان شيخون أسفرت عن مقتل ثلاثة مدنيين")
    assert list(found) == ["الهبيط"] and found["الهبيط"]["admin1"] == "Idleb"
    assert found["الهبيط"]["geo_precision"] == 2


def test_a_singular_village_before_a_plural_word_is_no_pair() -> None:
    # only a dual kind word announces two names; after a singular one an ending in ات is a plural noun, no name
    assert "مقرات" not in _unresolved("قصفت الطائرات قرية مقرات قرب الموصل")


def test_names_listed_after_a_known_village_are_places_of_its_province() -> None:
    text = "شنت طائرات النظام غارات على بلدة كفرنبل والهبيط وقرية الركايا جنوب إدلب"
    found = _unresolved(text)
    assert "الهبيط" in found and found["الهبيط"]["admin1"] == "Idleb" and found["الهبيط"]["geo_precision"] == 3
    out = rows(text)
    assert sorted(_loc(e).get("name_ar") for e in out) == ["الركايا", "الهبيط", "كفرنبل"]
    assert all(_loc(e)["admin1"] == "Idleb" for e in out)


def test_a_list_ending_at_a_direction_of_the_city() -> None:
    text = "قصفت مقاتلات التحالف مواقع الحوثيين في منطقة الدمنة والأقروض شرقي المدينة"
    found = _unresolved(text)
    assert list(found) == ["الأقروض"] and found["الأقروض"]["admin1"] == "Taizz"
    assert found["الأقروض"]["geo_precision"] == 3 and found["الأقروض"]["lat"] is not None  # the province's seat
    assert sorted(_loc(e).get("name_ar") for e in rows(text)) == ["الأقروض", "الدمنة"]


def test_a_definite_word_after_a_known_place_is_no_listed_place() -> None:
    # not a list of places: the sentence goes on, or a lone definite noun ends it with no direction or kind word
    assert not _unresolved("وأفادت مصادر محلية بأن اشتباكات اندلعت في مدينة حلب والمعارضة تتقدم")
    assert not _unresolved("داهمت الشرطة منازل في حي الشجاعية والشرطة.")
    assert not _unresolved("سقطت قذائف على مدينة حلب والمدينة القديمة")


def test_villages_listed_beside_the_outskirts_of_a_town_are_not_near_it() -> None:
    # "وأطراف بلدة Z": the outskirts of Z are one more item of the list, not where the villages lie
    found = _unresolved("تتواصل المعارك في محيط قريتي حميدات والسلطانية وأطراف بلدة المنصورة في ريف حماة")
    assert all(g.get("admin1") in (None, "Hama") for g in found.values())


def test_a_dual_after_a_known_town_announces_one_more_name_only() -> None:
    text = "سقطت قذائف عدة أطلقتها الفصائل على بلدتي نبل والزهراء والمحاصرتين منذ أشهر"
    found = _unresolved(text)
    assert list(found) == ["الزهراء"] and found["الزهراء"]["admin1"] == "Aleppo"


def test_an_unlisted_area_in_the_one_province_its_sentence_names() -> None:
    text = "وفي محافظة الجوف شنت مقاتلات التحالف غارات على مواقع الحوثيين في منطقة المهاشمة فجر اليوم"
    found = _unresolved(text)
    assert list(found) == ["المهاشمة"] and found["المهاشمة"]["admin1"] == "Al Jawf"
    assert found["المهاشمة"]["geo_precision"] == 3 and found["المهاشمة"]["geonames_id"] is None
    out = rows(text)
    assert len(out) == 1 and _loc(out[0])["admin1"] == "Al Jawf"


def test_an_also_clause_at_an_unlisted_area_of_the_province_gets_its_row() -> None:
    text = "قصفت الطائرات مواقع في مديرية حرض بمحافظة حجة، كما استهدفت منطقة المزرق"
    assert sorted(_loc(e).get("name_ar") for e in rows(text)) == ["المزرق", "حرض"]


def test_no_province_reading_for_war_nouns_phrases_or_two_provinces() -> None:
    assert not _unresolved("وفي محافظة مأرب تتواصل المعارك في منطقة الاشتباكات منذ أيام")
    assert not _unresolved("وفي محافظة مأرب قصفت المدفعية منطقة العمليات العسكرية")
    # two provinces in the sentence: the area may be of either
    assert not _unresolved("وصلت تعزيزات من محافظة مأرب إلى محافظة الجوف واستقرت في منطقة المهاشمة")


def test_a_part_of_the_country_after_a_local_groups_town_says_where_the_town_is() -> None:
    # the town sits inside the group's name; the part of the country written right after it is its apposition
    out = rows("سيطرت المقاومة الشعبية في مأرب شرق اليمن صباح اليوم على ثلاثة مواقع للحوثيين")
    assert len(out) == 1 and _loc(out[0])["admin1"] == "Marib"
    out = rows("أحبطت المقاومة الشعبية في الضالع جنوب اليمن هجوما للحوثيين على مواقعها")
    assert len(out) == 1 and _loc(out[0])["admin1"] == "Ad Dali"


def test_a_destination_before_the_part_of_the_country_is_not_the_scene() -> None:
    out = rows("نصبت المقاومة كمينا لتعزيزات حوثية كانت متجهة إلى محافظة تعز، جنوب غربي اليمن")
    assert all(_loc(e).get("admin1") != "Taizz" for e in out)


def test_a_saudi_governorate_the_gazetteer_lacks_in_the_one_region_of_the_text() -> None:
    text = (
        "استشهد جندي من حرس الحدود بقطاع الخوبة إثر سقوط مقذوف أطلق من داخل الأراضي اليمنية. "
        "وشيع الجندي في محافظة الخوبة بحضور محافظ الخوبة ووكيل إمارة منطقة جازان."
    )
    found = {p.canonical_ar: p for p in find_places(text) if p.geo.get("unresolved")}
    assert "الخوبة" in found and found["الخوبة"].geo["admin1"] == "Jazan" and found["الخوبة"].geo["geo_precision"] == 3
    out = rows(text)
    assert len(out) == 1 and _loc(out[0])["admin1"] == "Jazan"


def test_no_governorate_reading_when_the_text_names_two_provinces() -> None:
    text = "زار أمير منطقة جازان محافظة الخوبة، ثم توجه إلى منطقة نجران."
    assert _unresolved(text).get("الخوبة", {}).get("admin1") is None  # the country only (round 11's rule)


def test_a_quoted_name_in_the_one_province_of_its_sentence() -> None:
    found = _unresolved(
        "دارت اشتباكات عنيفة بين المقاومة والحوثيين في منطقة «عرقوب»، بينما تقدمت قوات الجيش في محافظة أبين"
    )
    assert found.get("عرقوب", {}).get("admin1") == "Abyan"
    # a capital "of" something and the opposition's areas name no place
    assert not _unresolved("بدأ موسم التمور في محافظة القصيم التي تعد عاصمة التمور")
    assert not _unresolved("قصفت الطائرات في محافظة إدلب مناطق المعارضة")


def test_each_item_of_a_list_told_by_its_kind_is_a_place_of_the_area() -> None:
    text = "وشنت مقاتلات التحالف غارات على مواقع الحوثيين في منطقة عرقوب ومنطقة دوفس بمحافظة أبين"
    found = _unresolved(text)
    assert sorted(found) == ["دوفس", "عرقوب"] and all(g["admin1"] == "Abyan" for g in found.values())
    assert sorted(_loc(e).get("name_ar") for e in rows(text)) == ["دوفس", "عرقوب"]
    # an adjective after the first kind word names nothing
    assert "واسعة" not in _unresolved("سيطرت القوات على منطقة واسعة ومنطقة دوفس بمحافظة أبين")
