"""Error classes of the third places batch (audit3, issue 11, round 4), on sentences written for rasd: GeoNames
names written with a direction mark, CLDR country names with a second name in brackets, a suburb descriptor, a
definite descriptor that is anaphoric ("the area"), and a governorate named with its descriptor from afar."""

from __future__ import annotations

import pytest

from rasd.geo.importer import arabic_names
from rasd.geo.recognize import find_places


def found(text: str) -> dict[str, dict[str, object]]:
    return {text[p.start : p.end]: p.geo for p in find_places(text)}


def test_direction_marks_are_dropped_but_joiners_keep_a_name_out() -> None:
    assert arabic_names(["حفر الباطن\u200e"]) == ["حفر الباطن"]
    assert arabic_names(["\u202bطريف\u202c"]) == ["طريف"]
    # a Persian spelling with a zero-width non-joiner would fuse into one wrong word: still left out
    assert arabic_names(["مصطفی\u200cبیلی"]) == []


@pytest.mark.parametrize(
    ("text", "name", "iso3", "admin1"),
    [
        # GeoNames writes حفر الباطن with a left-to-right mark: the name was lost before round 4
        ("طعن مجهولون شابا قرب محطة وقود بمحافظة حفر الباطن.", "حفر الباطن", "SAU", "Eastern Province"),
        # a suburb (ضاحية) is a neighbourhood descriptor: the unknown name is placed by the town after it
        ("كشف سكان ضاحية غلشن إقبال بمدينة لاهور هوية لصين.", "غلشن إقبال", "PAK", "Punjab"),
    ],
)
def test_found(text: str, name: str, iso3: str, admin1: str) -> None:
    geo = found(text)[name]
    assert geo["country_iso3"] == iso3 and geo["admin1"] == admin1


def test_cldr_name_with_a_bracket() -> None:
    # CLDR: ميانمار (بورما); both names are the country
    assert found("لقي مئات الأشخاص حتفهم في الهند وميانمار جراء الفيضانات.")["ميانمار"]["country_iso3"] == "MMR"
    assert found("اجتاحت الفيضانات بورما.")["بورما"]["country_iso3"] == "MMR"


def test_definite_descriptor_does_not_name_a_common_word() -> None:
    # "وأن" is "and that" (and Van's GeoNames name, وان); المنطقة refers back to "the area"
    assert found("أرسلت طائرات هليكوبتر إلى المنطقة وأن العملية لا تزال جارية.") == {}
    # a descriptor in construct still names a common word
    assert found("قصفت الطائرات مدينة الباب شرق حلب.")["الباب"]["country_iso3"] == "SYR"


def test_governorate_with_its_descriptor_named_from_afar() -> None:
    text = (
        "أعربت الحكومة العراقية في بغداد والخارجية العراقية عن إدانتها للتفجير الذي استهدف مسجدا بمنطقة عسير، "
        "وقال المتحدث العراقي إن العراق يقف مع ضحايا الإرهاب."
    )
    assert found(text)["عسير"]["country_iso3"] == "SAU"


def test_neighbourhood_in_the_one_town_of_the_text() -> None:
    # a neighbourhood the gazetteer lacks (or has only in another country) lies in the one town the text names
    text = "مكة المكرمة: لقي عامل مصرعه بعد سقوطه من برج في حي الزاهر. وباشر الدفاع المدني البلاغ بحي الزاهر."
    geo = find_places(text)
    placed = [(text[p.start : p.end], p.geo["country_iso3"], p.geo["admin1"], p.geo["geo_precision"]) for p in geo]
    assert placed.count(("الزاهر", "SAU", "Mecca", 2)) == 2
    # two towns: no telling which one holds it
    two = "قصفت الطائرات حي الزاهر بعد معارك في عدن وتعز."
    assert not any(two[p.start : p.end] == "الزاهر" and p.geo["country_iso3"] == "SAU" for p in find_places(two))


def test_suburb_of_a_big_city_is_the_city() -> None:
    text = "سقطت قطعة من الطائرة فوق ضاحية شانغهاي بعد إقلاعها متجهة إلى باريس."
    assert found(text)["شانغهاي"]["country_iso3"] == "CHN"


def test_governorate_missing_from_the_gazetteer_in_the_one_country_of_the_text() -> None:
    text = "نقل جثمان الشهيد من جازان إلى محافظة القنفذة، حيث شيع في مكة المكرمة."
    geo = found(text)["القنفذة"]
    assert geo["country_iso3"] == "SAU" and geo["geo_precision"] == 3 and geo["unresolved"] is True
    assert geo["admin1"] is None  # no division is guessed
    # places of two countries: no telling where it lies
    assert "القنفذة" not in found("نقل جثمان الشهيد من صنعاء إلى محافظة القنفذة، حيث شيع في مكة المكرمة.")
    # an institution after مديرية is no place
    assert "الدفاع" not in found("أعلنت مديرية الدفاع المدني في جازان ومكة المكرمة انتهاء الحريق.")
