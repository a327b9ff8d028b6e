"""Round 31 (helper pl17): the row's place is the named spot the trigger acts on, not the town or province holding it.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 31: the
named spot's place (helper pl17)"):

* the spot a trigger acts on, named by its kind right after it (على maybe between: تطهير منطقة جبل صبر، السيطرة على
  تبة X، قصف معسكر X; ``ar/place_cues.yaml`` ``acted_spot_kinds``), is the row's place when the clause's ranking chose
  a town or the province holding it, in the same province (``events.place_roles.acted_spot`` for a spot the geo layer
  read, ``acted_unlisted`` for a name the gazetteer lacks: precision 2, the province the text gives, no invented
  point); when the ranking chose the province, a later "على" and the kind in the clause count too (بسطت القوات في
  محافظة لحج سيطرتها على قاعدة العند), and a named site the gazetteer lacks is read there
  (``events.places.acted_site``).
* Traps: a spot told in a city right after it keeps the city (ACLED codes a city's parts at the city); a verb of a
  relative clause after the kind word is no name; a town named after the spot (a list of objects, or the spot told
  by the town) keeps the ranking's reading.
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize.words import ACTED_SPOT_KINDS
from rasd.text.normalize import normalize
from tests.event_checks import rows


def _where(out: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [((e.get("location") or {}).get("name_ar"), (e.get("location") or {}).get("admin1")) for e in out]


# ---------------------------------------------------------------- the spot the trigger acts on
def test_clearing_a_mountain_read_by_the_geo_layer_is_placed_at_the_mountain_not_the_town_of_the_next_verb() -> None:
    out = rows(
        "وأوضح المتحدث أن المقاومة الشعبية نجحت أمس في تطهير منطقة جبل صبر من الحوثيين وتقدمت صوب مطار تعز.",
        published="2015-08-04",
    )
    captures = [e for e in out if e["acled_event_type"] == "Battles"]
    assert captures, out
    assert _where(captures) == [("صبر", "Taizz")], _where(captures)


def test_a_named_base_taken_after_the_province_frame_is_placed_at_the_base() -> None:
    out = rows(
        "بسطت قوات الجيش الموالية للحكومة في محافظة لحج أمس سيطرتها التامة على قاعدة العند الجوية بعد معارك "
        "استمرت عدة أيام.",
        published="2015-08-04",
    )
    captures = [e for e in out if e["acled_sub_event_type"] == "Government regains territory"]
    assert captures, out
    assert _where(captures)[0] == ("العند", "Lahij"), _where(captures)


def test_a_hill_the_gazetteer_lacks_keeps_its_name_and_the_province_the_text_gives() -> None:
    out = rows(
        "وفي مدينة تعز شن مقاتلو المقاومة هجوما على مواقع المسلحين وسيطروا على تبة سوفتيل، بعد اشتباكات استمرت ساعات.",
        published="2015-08-04",
    )
    captures = [e for e in out if e["acled_event_type"] == "Battles"]
    assert captures, out
    loc = captures[0].get("location") or {}
    assert (loc.get("name_ar"), loc.get("admin1"), loc.get("geo_precision")) == ("سوفتيل", "Taizz", 2), loc


def test_a_camp_taken_in_a_province_is_placed_at_the_camp() -> None:
    out = rows(
        "سيطرت قوات الجيش الوطني فجر اليوم على معسكر كوفل الإستراتيجي وعلى مواقع أخرى للمتمردين في محافظة مأرب.",
        published="2015-08-04",
    )
    captures = [e for e in out if e["acled_event_type"] == "Battles"]
    assert captures, out
    assert _where(captures)[0] == ("كوفل", "Marib"), _where(captures)


def test_the_spot_kind_list_is_loaded_normalized() -> None:
    for word in ("جبل", "قاعدة", "تبة", "معسكر", "منفذ"):
        assert normalize(word) in ACTED_SPOT_KINDS


# ---------------------------------------------------------------- traps
def test_a_mountain_told_in_its_city_keeps_the_city() -> None:
    out = rows(
        "تمكنت المقاومة الشعبية من السيطرة على جبل يسوف الاستراتيجي في مدينة لودر بعد مواجهات مع الحوثيين.",
        published="2015-08-04",
    )
    captures = [e for e in out if e["acled_event_type"] == "Battles"]
    assert captures, out
    assert _where(captures)[0] == ("لودر", "Abyan"), _where(captures)


def test_a_verb_after_the_kind_word_is_no_name() -> None:
    out = rows(
        "أغارت طائرات التحالف أمس على معسكر تنتشر فيه مليشيات الحوثي غرب مدينة ذمار.",
        published="2015-08-04",
    )
    assert out, out
    assert all((e.get("location") or {}).get("name_ar") != "تنتشر" for e in out), _where(out)
    assert all((e.get("location") or {}).get("admin1") == "Dhamar" for e in out), _where(out)
