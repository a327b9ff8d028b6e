"""Round 24 (issue 12, helper geo8): admin1 across the region.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 24: admin1
across the region (helper geo8)"):

* places the region's 2015 news name as the scene of fighting that the gazetteer lacked: Taiz's mountain جبل صبر (a
  place of Taizz with no point, ``ar/place_cues.yaml`` ``sourced_unlisted``, read by
  ``geo.recognize.unknown._unknown_sourced``; the bare name صبر, "patience", only after في or ب when the text also
  writes جبل صبر), Somalia's Baardheere (``gazetteer/supplement.tsv``: باردهير، باردير، باردهيري, a GeoNames town
  with no Arabic name) and the spelling دينسور of Diinsoor;
* the seat of a civil body's office-holder who condemns a bombing or visits its wounded (مدير تعليم ينبع، رئيس المجلس
  البلدي بمنطقة تبوك، قائد قوة أمن المنشآت بمنطقة المدينة المنورة) is no scene (``events.place_filters.office_seat``,
  ``ar/geo.yaml`` ``seat_office_holders`` / ``seat_office_bodies``); a health director's or a commander's place
  still is.
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _placed(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in out if e.get("location")]


# ------------------------------------------------------------------------------------------- gazetteer gaps
def test_clashes_on_jabal_sabir_are_a_row_of_taizz() -> None:
    out = rows(
        "قتل 12 من مسلحي الحوثي أمس الأحد في اشتباكات عنيفة مع المقاومة الشعبية بجبل صبر، بحسب مصدر في المقاومة.",
        title="قتلى حوثيون في معارك مع المقاومة",
    )
    placed = _placed(out)
    assert placed, out
    assert {e["location"]["admin1"] for e in placed} == {"Taizz"}
    assert {e["location"]["country_iso3"] for e in placed} == {"YEM"}


def test_sabir_named_bare_after_the_mountain_is_the_same_place() -> None:
    out = rows(
        "قالت مصادر في المقاومة إن امرأة من نساء جبل صبر قادت أمس السبت هجوما انتهى بالسيطرة على موقع عسكري "
        "للحوثيين في صبر.",
        title="يمنية تقود هجوما على موقع للحوثيين",
    )
    placed = _placed(out)
    assert placed, out
    assert placed[0]["location"]["admin1"] == "Taizz"


def test_patience_is_no_place() -> None:
    text = "وقال إن الأهالي ينتظرون بفارغ الصبر عودة الأمن إلى قراهم، سائلا الله أن يلهم ذوي الضحايا الصبر والسلوان."
    assert not [p for p in find_places(text) if (p.geo or {}).get("country_iso3") == "YEM"]


def test_baardheere_taken_from_al_shabaab_is_a_row_of_gedo() -> None:
    out = rows(
        "سيطرت القوات الصومالية وقوات الاتحاد الإفريقي أمس الخميس على مدينة باردهير في جنوب الصومال بعد انسحاب "
        "مقاتلي حركة الشباب منها.",
        title="القوات الصومالية تستعيد بلدة من الشباب",
    )
    placed = _placed(out)
    assert placed, out
    loc = placed[0]["location"]
    assert loc["admin1"] == "Gedo"
    assert loc["geo_precision"] == 1


def test_the_other_spelling_of_baardheere_is_the_same_town() -> None:
    places = find_places("وكانت القوات قد استعادت بلدة باردير في جنوب الصومال يوم الأربعاء.")
    assert [p.geo["admin1"] for p in places if p.geo and p.geo.get("admin1")] == ["Gedo"]


def test_diinsoor_as_the_news_spell_it_is_in_bay() -> None:
    out = rows(
        "وقال قائد عسكري صومالي أمس الجمعة: لقد سيطرت قواتنا على دينسور وفر المتمردون بعد معارك قصيرة.",
        title="الجيش الصومالي يسيطر على معقل للشباب",
    )
    placed = _placed(out)
    assert placed, out
    assert placed[0]["location"]["admin1"] == "Bay"


# ------------------------------------------------------------------------------------------ the speaker's seat
def _admin1s(out: list[dict[str, Any]]) -> set[str]:
    return {e["location"]["admin1"] for e in _placed(out)}


def test_an_education_director_condemning_a_bombing_is_no_scene() -> None:
    out = rows(
        "أدان مدير تعليم ينبع التفجير الإرهابي الذي استهدف أمس مسجدا لقوات الأمن بمنطقة عسير وأسفر عن مقتل "
        "عدد من المصلين.",
        title="مدير تعليم ينبع يدين التفجير",
    )
    assert _admin1s(out) == {"Asir"}, out


def test_a_council_chairman_visiting_the_wounded_is_no_scene() -> None:
    out = rows(
        "اطمأن أمين منطقة عسير أمس على رجال الأمن المصابين في الاعتداء على مسجد قوات الطوارئ بمنطقة عسير، يرافقه "
        "رئيس المجلس البلدي بمنطقة تبوك وعدد من أعضاء المجلس.",
        title="أمين عسير يطمئن على مصابي التفجير",
    )
    assert _admin1s(out) == {"Asir"}, out


def test_the_facilities_guard_commander_condemning_from_medina_is_no_scene() -> None:
    out = rows(
        "استنكر قائد قوة أمن المنشآت بمنطقة المدينة المنورة التفجير الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.",
        title="المدينة المنورة: قائد أمن المنشآت يستنكر الاعتداء",
    )
    assert _admin1s(out) == {"Asir"}, out


def test_a_health_director_still_tells_the_scene_of_the_shelling() -> None:
    out = rows(
        "قال مدير صحة عدن إن 12 مدنيا قتلوا أمس الأحد في قصف حوثي بقذائف الهاون على حي سكني.",
        title="مقتل 12 مدنيا في قصف حوثي",
    )
    assert _admin1s(out) == {"Aden"}, out


def test_a_commander_in_a_province_still_tells_the_scene() -> None:
    out = rows(
        "قال قائد المقاومة الشعبية في تعز إن مقاتليه سيطروا أمس السبت على موقع عسكري للحوثيين بعد معارك عنيفة.",
        title="المقاومة تسيطر على موقع للحوثيين",
    )
    assert _admin1s(out) == {"Taizz"}, out
