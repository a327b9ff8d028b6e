"""Issue 11, round 8 (places the gazetteer held in no form): GeoNames cities500 towns of Saudi Arabia, Sudan, Egypt
and Iraq that GeoNames gives no Arabic name, named from public tables that pair English and Arabic names (joined on
the English name and country; point and id stay GeoNames'), and Saudi towns cities500 lacks (a table's two-decimal
point, precision 2). Sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import load_gazetteer
from rasd.geo.recognize import find_places


def found(text: str) -> dict[str, dict[str, object]]:
    return {text[p.start : p.end]: p.geo for p in find_places(text)}


@pytest.mark.parametrize(
    ("text", "name", "iso3", "admin1", "precision"),
    [
        ("سقطت مقذوفات أطلقت من داخل الأراضي اليمنية على محافظة صامطة دون إصابات.", "صامطة", "SAU", "Jazan", 1),
        ("نقل المصابون إلى مستشفى أبو عريش العام في منطقة جازان.", "أبو عريش", "SAU", "Jazan", 1),
        ("أحبط حرس الحدود محاولة تهريب في قطاع شرورة بمنطقة نجران.", "شرورة", "SAU", "Najran", 2),
        ("افتتح أمير المنطقة مشروعات جديدة في محافظة رفحاء.", "رفحاء", "SAU", "Northern Borders", 2),
        ("أغلقت السلطات منفذ الخفجي مؤقتا أمام حركة الشاحنات.", "الخفجي", "SAU", "Eastern Province", 1),
        ("وصل المنتخب إلى محافظة بيشة لخوض المباراة.", "بيشة", "SAU", "Asir", 1),
        ("شهدت محافظة الدوادمي أمطارا غزيرة مساء أمس.", "الدوادمي", "SAU", "Riyadh", 1),
        ("تواصل قوات الدعم السريع حصار مدينة الدلنج في جنوب كردفان.", "الدلنج", "SDN", "South Kordofan", 1),
        ("فر آلاف المدنيين من مليط وكبكابية إلى الفاشر.", "كبكابية", "SDN", "North Darfur", 1),
        ("اشتبك الجيش مع قوات الدعم السريع قرب بابنوسة في غرب كردفان.", "بابنوسة", "SDN", "West Kordofan State", 1),
        ("انقطعت الكهرباء عن مدينة كوم أمبو شمال أسوان.", "كوم أمبو", "EGY", "Aswan", 1),
        ("تجددت الاشتباكات في مدينة الأصابعة جنوب غريان.", "الأصابعة", "LBY", "Jabal al Gharbi", 1),
        ("فجر انتحاري نفسه في مسجد ببلدة القديح في محافظة القطيف.", "القديح", "SAU", "Eastern Province", 2),
        ("سقطت مقذوفات أطلقت من الأراضي اليمنية على محافظة ظهران الجنوب.", "ظهران الجنوب", "SAU", "Asir", 2),
        ("افتتح المحافظ مهرجان التمور في الأحساء أمس.", "الأحساء", "SAU", "Eastern Province", 2),
        ("انفجرت سيارة مفخخة قرب سوق في مدينة الكاظمية شمال بغداد.", "الكاظمية", "IRQ", "Baghdad", 2),
        ("استعادت القوات العراقية السيطرة على ناحية جلولاء في محافظة ديالى.", "جلولاء", "IRQ", "Diyala", 2),
        ("سيطر المسلحون على قضاء عانة غرب الأنبار.", "عانة", "IRQ", "Al Anbar", 1),
        ("قتل جنديان في هجوم لمسلحين أكراد في ولاية شرناق جنوب شرقي تركيا.", "شرناق", "TUR", "Sirnak", 1),
        ("أصيب سبعة أشخاص في هجوم على مركز للشرطة في حي سلطان بيلي بإسطنبول.", "سلطان بيلي", "TUR", "Istanbul", 1),
        ("قتل مدنيون في غارة على سوق المحابشة.", "المحابشة", "YEM", "Hajjah", 3),
        ("قتل ثلاثة جنود في هجوم على حاجز قرب قضاء الدجيل جنوب سامراء.", "الدجيل", "IRQ", "Salah Al Din", 1),
    ],
)
def test_named_from_sourced_tables(text: str, name: str, iso3: str, admin1: str, precision: int) -> None:
    geo = found(text)[name]
    assert geo["country_iso3"] == iso3
    assert geo["admin1"] == admin1
    assert geo["geo_precision"] == precision


def test_every_round8_row_names_its_source_and_keeps_the_geonames_point() -> None:
    gaz = load_gazetteer()
    for pid, gid in (("s:SA.samtah", 102451), ("s:SD.dilling", 376450), ("s:EG.kom_ombo", 353802)):
        place = gaz.get(pid)
        assert place is not None and place.geonames_id == gid and place.lat is not None
        assert "code index id" in place.source
    sharurah = gaz.get("s:SA.sharurah")
    # a table's two-decimal point, no GeoNames id
    assert sharurah is not None and sharurah.geonames_id is None and sharurah.precision == 2
    assert "code index id" in sharurah.source


def test_a_short_name_alone_needs_context() -> None:
    # ثول and تلس are short: the common tier, a town only after a descriptor or preposition
    gaz = load_gazetteer()
    assert gaz.tier("ثول") == "common"
    assert "ثول" in found("افتتحت الجامعة مركزا بحثيا جديدا في ثول شمال جدة.")
