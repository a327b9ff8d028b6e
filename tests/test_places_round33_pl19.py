"""Round 33 (helper pl19): places across the region — the row's province in a round-up, and Yemen's districts.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 33: places
across the region (helper pl19)"):

* a row whose own clause names no place the gazetteer knows, in a later paragraph than the lead's, took the headline's
  or lead's place even when every known place its sentence names lies in one other province of the same country (a
  round-up: "the regime shelled the village of X" after rockets on two towns of Aleppo, under a headline on Daraa):
  now the row lies in that province (``events.places.sentence_province``), at the village its clause names when it
  follows the trigger (an unlisted place of that province), else at the sentence's place.
* Traps: a sentence that names places of two provinces, the same sentence in the lead's paragraph, and a sentence
  whose places lie in another country than the lead's give the village no province of its own (as before).
* Yemen's districts القفر and النادرة (Ibb) and تبن (Lahij), left out as everyday words, and سنحان, the short name of
  Sanaa's Sanhan district, are gazetteer names now (``resources/gazetteer/supplement.tsv``, sourced); a district's
  name is read only with context, so النادرة "the rare" and التبن "straw" stay words. Two news forms the gazetteer
  lacked: Syria's الشدادي (GeoNames has الشدادة) and Saudi Arabia's الدالوة (al-Ahsa).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows

_TITLE = "مروحيات النظام تلقي براميل متفجرة على ريف درعا"
_LEAD = "ألقت مروحيات النظام أمس أربعة براميل متفجرة على بلدة الحراك في ريف درعا الشرقي، ولم ترد أنباء عن ضحايا."


def _admin1(out: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("location") or {}).get("admin1") for e in out if e["acled_sub_event_type"] == sub]


def _place(out: list[dict[str, Any]], sub: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("location") or {}).get("name"), (e.get("location") or {}).get("admin1"))
        for e in out
        if e["acled_sub_event_type"] == sub
    ]


# ---------------------------------------------------------------- a round-up's later front
_ALEPPO = (
    "كما سقطت قذائف صاروخية أطلقتها الفصائل المقاتلة على مناطق في بلدة نبل بريف حلب الشمالي، تبعه قصف من قبل قوات "
    "النظام على مناطق في بلدة كفرداعل، بينما دارت اشتباكات بعد منتصف الليل على أطراف حي الشيخ سعيد جنوب حلب بين "
    "قوات النظام والفصائل المقاتلة، ولم ترد معلومات عن خسائر بشرية."
)


def _village_rows(out: list[dict[str, Any]], name: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("location") or {}).get("name"), (e.get("location") or {}).get("admin1"))
        for e in out
        if name in str((e.get("location") or {}).get("name") or "")
    ]


def test_a_village_the_regime_shelled_in_a_later_paragraph_lies_in_its_sentences_province() -> None:
    out = rows(_LEAD + "\n" + _ALEPPO, title=_TITLE)
    assert _village_rows(out, "كفرداعل") == [("كفرداعل", "Aleppo")], _place(out, "Shelling/artillery/missile attack")
    assert _admin1(out, "Air/drone strike") == ["Dara"], out  # the lead's barrels stay in Daraa


# ---------------------------------------------------------------- traps: nothing borrowed from the sentence
def test_a_sentence_naming_two_provinces_gives_the_village_no_province_of_its_own() -> None:
    two = _ALEPPO.replace("حي الشيخ سعيد جنوب حلب", "مدينة تلبيسة بريف حمص")
    out = rows(_LEAD + "\n" + two, title=_TITLE)
    assert _village_rows(out, "كفرداعل") == [], out


def test_the_same_sentence_in_the_leads_paragraph_gives_the_village_no_province_of_its_own() -> None:
    out = rows(_LEAD + " " + _ALEPPO, title=_TITLE)
    assert _village_rows(out, "كفرداعل") == [], out


def test_a_sentence_of_another_country_than_the_leads_gives_the_village_no_province() -> None:
    text = (
        "فجر انتحاري نفسه في سوق مزدحمة في العاصمة التشادية نجامينا أمس، ما أوقع عشرات القتلى والجرحى.\n"
        "كما سقطت قذائف أطلقها مسلحو الجماعة على مناطق في مدينة مايدوغوري بولاية بورنو النيجيرية، تبعه قصف من قبل "
        "الجيش النيجيري على مناطق في بلدة غوزا، ولم ترد معلومات عن خسائر."
    )
    out = rows(text, title="انتحاري يفجر نفسه في نجامينا")
    assert _village_rows(out, "غوزا") == [], out


# ---------------------------------------------------------------- Yemen's districts
def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.geo.get("admin1")) for m in find_places(text)]


def test_ibb_districts_named_after_their_descriptor_are_found_in_ibb() -> None:
    text = "بسطت المقاومة سيطرتها على مديريتي النادرة والقفر بعد أسبوع من المعارك."
    assert _found(text) == [("النادرة", "Ibb"), ("القفر", "Ibb")], _found(text)


def test_lahij_and_sanaa_districts_by_their_news_names() -> None:
    assert _found("تقدمت القوات نحو مديرية تبن شمال عدن.")[0] == ("تبن", "Lahij")
    assert _found("انفجر مخزن للأسلحة في مديرية سنحان.") == [("سنحان", "Sanaa")]


def test_district_names_that_are_words_stay_words_without_context() -> None:
    assert _found("هذه من الحالات النادرة التي تسجل في المستشفى.") == []
    assert _found("ارتفع سعر التبن والقفر من المراعي بعد الجفاف.") == []


def test_news_forms_of_a_syrian_town_and_a_saudi_village_are_found() -> None:
    assert _found("ألقت المروحيات براميل على بلدة الشدادي جنوب الحسكة.")[0] == ("الشدادي", "Al Hasakeh")
    assert _found("شيع الأهالي ضحايا الهجوم على قرية الدالوة أمس.") == [("الدالوة", "Eastern Province")]


def test_a_yemeni_family_name_that_is_a_syrian_towns_news_form_is_no_place() -> None:
    assert _found("استقبل نائب رئيس مجلس النواب اليمني محمد الشدادي الوفد في مأرب.") == [("مأرب", "Marib")]
