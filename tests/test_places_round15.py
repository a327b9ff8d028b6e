"""Round 15 (issue 12, helper pl7): places across the region.

Every sentence here was written for rasd (none copied from a corpus). The rules answer classes found by counting the
place-like mentions the geo layer left without a gazetteer id on 1,682 fresh SaudiNewsNet articles about ten
countries, and the admin1 errors of the tune files (docs/places.md, "Round 15: places across the region"):

* a participle of place after a name (الواقعة، القريبة، المجاورة، المحاذية) describes the place, it is not a noun
  the name is in construct with, so a district named with its descriptor is no longer dropped;
* first-level divisions that had no Arabic name (Egypt's Sharqia, Gharbia, Beheira, New Valley; Iraq's
  Qadisiyyah; Lebanon's Mount Lebanon, Nabatieh, Baalbek-Hermel; Akkar stays its town's), from sourced tables; those
  named by ordinary words need their descriptor;
* an event told at a place named with its kind word and then located by another town (بلدة داريا المحاذية لدمشق،
  بمديرية نهم 40 كيلومترا شرق صنعاء) is at the place so described, not at the town.
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[m.start : m.end], m.geo.get("place_id"), m.geo.get("admin1")) for m in find_places(text)]


def _admin1(out: list[dict[str, Any]], event_type: str) -> list[str | None]:
    return [(e.get("location") or {}).get("admin1") for e in out if e["acled_event_type"] == event_type]


# ------------------------------------------------------------------------------ participles of place after a name
def test_a_district_followed_by_a_participle_of_place_is_read() -> None:
    found = _places("تجددت المعارك أمس في مديرية نهم الواقعة شرق العاصمة صنعاء بين الجيش والحوثيين")
    assert ("نهم", "s:YE.district.nihm", "Sanaa") in found or any(
        name == "نهم" and admin1 == "Sanaa" for name, _, admin1 in found
    )
    found = _places("سقطت قذائف على مديرية دار سعد القريبة من مدينة عدن مساء الثلاثاء")
    assert any(name == "دار سعد" and admin1 == "Aden" for name, _, admin1 in found)
    found = _places("وصلت التعزيزات إلى مديرية أرحب المجاورة للعاصمة")
    assert any(name == "أرحب" and admin1 == "Sanaa" for name, _, admin1 in found)


def test_a_participle_after_an_ordinary_word_makes_no_place() -> None:
    # الباب is a Syrian town and "the door": with no descriptor the participle does not make it a place
    assert _places("جلس الحارس في الباب المجاور للمسجد طوال الليل") == []


# ------------------------------------------------------------------------------------- divisions named in Arabic
def test_egyptian_governorates_with_their_descriptor() -> None:
    assert any(admin1 == "Sharqia" for _, _, admin1 in _places("ألقت الشرطة القبض على ثلاثة متهمين في محافظة الشرقية"))
    assert any(admin1 == "Beheira" for _, _, admin1 in _places("انفجرت عبوة ناسفة بمحافظة البحيرة صباح اليوم"))
    assert any(admin1 == "Gharbia" for _, _, admin1 in _places("تظاهر طلاب في محافظة الغربية أمس"))
    assert any(admin1 == "New Valley" for _, _, admin1 in _places("نقل السجناء من محافظة الوادي الجديد إلى القاهرة"))


def test_a_governorate_named_by_an_ordinary_word_needs_its_descriptor() -> None:
    # the Eastern Province of Saudi Arabia, the sea, the holy places (no governorate is named البحر الأحمر or
    # البقاع: the sea is far commoner than Egypt's and Sudan's Red Sea, and the Bekaa valley spans two governorates)
    assert all(admin1 != "Sharqia" for _, _, admin1 in _places("هطلت أمطار غزيرة على المنطقة الشرقية أمس"))
    assert all(admin1 != "Red Sea" for _, _, admin1 in _places("أبحرت السفينة في البحر الأحمر نحو ميناء جدة"))
    assert _places("يتوافد الحجاج إلى البقاع المقدسة هذا الأسبوع") == []
    assert _places("فاز نادي القادسية على منافسه بهدفين") == []
    assert _places("وقال إن الشرقية والغربية من المدينة شهدتا هدوءا") == []


def test_lebanese_and_iraqi_divisions() -> None:
    assert any(admin1 == "Aakkar" for _, _, admin1 in _places("قتل جندي لبناني في اشتباك مع مسلحين في عكار"))
    assert any(admin1 == "Baalbek-Hermel" for _, _, admin1 in _places("سقطت صواريخ على منطقة بعلبك الهرمل"))
    assert any(admin1 == "Mont-Liban" for _, _, admin1 in _places("أغلق محتجون طرقا في جبل لبنان"))
    assert any(admin1 == "Al Qadissiya" for _, _, admin1 in _places("انفجرت سيارة مفخخة في محافظة القادسية"))


# ------------------------------------------------------------------------------ a place described by another town
def test_an_event_at_a_town_described_as_near_another_town() -> None:
    out = rows("تقدمت فصائل المعارضة في بلدة داريا المحاذية لدمشق وقتلت عشرة من عناصر النظام في معارك عنيفة أمس.")
    assert "Rural Damascus" in _admin1(out, "Battles")
    assert "Damascus" not in _admin1(out, "Battles")


def test_an_event_at_a_governorate_described_by_a_bearing_of_a_city() -> None:
    out = rows("وفي محافظة الشرقية التي تقع شمال شرقي القاهرة قال مصدر أمني إن مسلحين أطلقوا النار على شرطي فقتلوه.")
    assert _admin1(out, "Violence against civilians") + _admin1(out, "Battles") == ["Sharqia"]


def test_the_town_named_to_say_where_a_place_lies_is_not_the_scene_when_alone() -> None:
    # nothing named with its kind before the bearing: the town of the bearing stands
    out = rows("قتل ثلاثة جنود في هجوم على نقطة تفتيش تقع على بعد 20 كيلومترا شمال مدينة حماة أمس.")
    assert all(a == "Hama" for a in _admin1(out, "Battles") + _admin1(out, "Violence against civilians"))
