"""Round 11c (issue 12): a place the gazetteer lacks, listed beside one it holds under one kind word (قريتي X وY،
مديريتي X وY) and read with the area the text names, is an item of the list like the known one: the strike on both
gives one event per place, the unlisted one at its area, not one row at the known town alone. Every sentence here
was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.test_events_places_round11 import _rows


def _loc(e: dict[str, Any]) -> dict[str, Any]:
    return e.get("location") or {}


def test_an_unlisted_village_listed_beside_a_known_one_gets_its_own_row() -> None:
    rows = _rows("قصفت قوات النظام صباح اليوم قريتي محمبل وجوزف بجبل الزاوية في ريف إدلب بالصواريخ")
    names = sorted(_loc(e).get("name_ar") for e in rows)
    assert names == ["جوزف", "محمبل"]
    unlisted = next(e for e in rows if _loc(e).get("name_ar") == "جوزف")
    assert _loc(unlisted)["admin1"] == "Idleb" and _loc(unlisted)["geo_precision"] == 3
    assert _loc(unlisted)["geonames_id"] is None


def test_two_known_districts_stay_two_rows_and_a_lone_unlisted_place_one() -> None:
    rows = _rows("شنت مقاتلات التحالف غارات على مديريتي حيدان وساقين بمحافظة صعدة")
    assert sorted(_loc(e).get("name_ar") for e in rows) == ["حيدان", "ساقين"]
    rows = _rows("قتل خمسة أشخاص في انفجار سيارة مفخخة في ناحية العظيم شمال محافظة ديالى")
    assert len(rows) == 1 and _loc(rows[0])["admin1"] == "Diyala" and _loc(rows[0])["geo_precision"] == 3


def test_a_village_of_another_province_is_no_item_of_the_list() -> None:
    # the unlisted name is read in the known town's province only when the text puts it there
    rows = _rows("قصفت الطائرات مدينة حلب وقرية الزهراوية في ريف حماة")
    assert all(_loc(e).get("admin1") in ("Aleppo", "Hama") for e in rows)


def test_a_list_headed_by_its_province_gives_each_item_its_row() -> None:
    from rasd.geo.recognize import find_places

    text = "شنت طائرات التحالف غارات في محافظة صعدة: مديرية حيدان، ومنطقة مران، وقرية الملاحيظ"
    unlisted = [p for p in find_places(text) if p.geo.get("unresolved")]
    assert sorted(p.canonical_ar for p in unlisted) == ["الملاحيظ", "مران"]
    assert all(p.geo["admin1"] == "Sadah" for p in unlisted)
    rows = _rows(text)
    assert sorted(_loc(e).get("name_ar") for e in rows) == ["الملاحيظ", "حيدان", "مران"]
    assert all(_loc(e)["admin1"] == "Sadah" for e in rows)
    # the list ends where the prose goes on; a definite word after the colon is no item
    places = find_places("قال محافظ صعدة: المنطقة الشمالية تتعرض لقصف مستمر منذ أيام")
    assert not any(p.geo.get("unresolved") for p in places)


def test_an_unlisted_district_alone_stays_one_row_at_its_province() -> None:
    rows = _rows("شنت طائرات التحالف غارات على مديرية الظاهر بمحافظة صعدة فجر اليوم")
    assert len(rows) == 1 and _loc(rows[0])["admin1"] == "Sadah"


def test_two_unlisted_villages_before_a_countryside_are_two_places_and_two_strikes() -> None:
    from rasd.geo.recognize import find_places

    text = "قصفت قوات النظام بالمدفعية الثقيلة بلدتي اللطامنة والصياد بريف حماة الشمالي فجر اليوم"
    unlisted = sorted(p.canonical_ar for p in find_places(text) if p.geo.get("unresolved"))
    assert unlisted == ["الصياد", "اللطامنة"]
    rows = _rows(text)
    assert sorted(_loc(e).get("name_ar") for e in rows) == ["الصياد", "اللطامنة"]
    assert all(_loc(e)["admin1"] == "Hama" and _loc(e)["geo_precision"] == 3 for e in rows)
    # after the definite dual (it points back) the next word is no second village
    found = find_places("سيطرت القوات على القريتين والمزارع بريف حماة")
    assert not any(p.canonical_ar == "المزارع" for p in found)


def test_a_defusing_in_two_unlisted_areas_stays_one_row() -> None:
    rows = _rows(
        "أبطلت قوات الأمن مفعول أربع عبوات ناسفة زرعت على جانبي الطريق في مناطق الزهور والمطلة بجنوب الشيخ زويد"
    )
    assert len(rows) <= 1
