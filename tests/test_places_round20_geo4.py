"""Round 20 (issue 12, helper geo4): places of events in short articles across the region.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 20: places
of events in short articles (helper geo4)"):

- Jazan's border governorates the 2015 news name as the scene of cross-border shelling (الطوال، الحرث، العارضة،
  العيدابي) are sourced ``supplement.tsv`` rows with no coordinate: an event there is in Jazan, at the governorate's
  seat with precision 3 (not a town's point and precision 1); the three that are ordinary words ("long",
  "tillage", a goal's crossbar) are places only with context (``ar/geo.yaml`` ``common_words``);
- Ibb's two-letter name (إب: أب "father" and آب "August" once normalized) is the place after a preposition or a
  proclitic (في إب، تعز وإب، بإب) when written with the hamza below, not only after a descriptor (محافظة إب)
  (``ar/place_cues.yaml`` ``short_name_*``; tune15, 33 SaudiNewsNet articles write وإب);
- where the wounded are treated or taken for treatment (ومازلا يعالجان في إسرائيل، إلى مستشفى قوى الأمن بالرياض) is no
  scene of what wounded them (``place_cues.yaml`` ``treatment_words``, ``transfer_words``, ``hospital_words``;
  ``place_filters.treatment_place``), while a hospital struck keeps its town;
- a place of a province between the trigger and a list of towns is the event's place; the list after it tells a
  comparison or an aim (المحافظة الثالثة المحررة بعد الضالع وعدن، في لحج وحماية عدن), while a country before a list
  is refined by it (``events.places._place_candidates``).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize.recognizer import find_places
from tests.event_checks import rows


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_places(text)]


def _shelling(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e.get("location") or {} for e in out if e["acled_event_type"] == "Explosions/Remote violence"]


def test_shells_on_a_border_governorate_of_jazan_are_placed_in_jazan() -> None:
    out = rows(
        "سقطت أمس عدة قذائف أطلقتها ميليشيات الحوثي من داخل الأراضي اليمنية على قرى محافظة العارضة، دون أن تسفر عن "
        "إصابات، بحسب المتحدث باسم الدفاع المدني بمنطقة جازان.",
        title="قذائف حوثية على العارضة",
    )
    places = _shelling(out)
    assert places, out
    assert places[0]["name_ar"] == "العارضة" and places[0]["admin1"] == "Jazan", places
    assert places[0]["country_iso3"] == "SAU", places


def test_a_border_governorate_without_a_point_of_its_own_is_not_a_town_point() -> None:
    # the row has no coordinate: the place stands at Jazan's seat, so the event's precision is the governorate's
    out = rows(
        "أحبطت القوات السعودية فجر اليوم هجوما شنته ميليشيات الحوثي على منفذ الطوال الحدودي ودمرت عددا من آلياتها.",
        title="إحباط هجوم على منفذ الطوال",
    )
    located = [e.get("location") or {} for e in out if (e.get("location") or {}).get("name_ar") == "الطوال"]
    assert located, out
    assert all(p["admin1"] == "Jazan" and p["geo_precision"] == 3 for p in located), located


def test_al_harth_and_al_aydabi_are_governorates_of_jazan() -> None:
    text = "أصيب مقيمان بشظايا مقذوف عسكري سقط على محافظة الحرث، كما سقطت قذيفة في محافظة العيدابي."
    found = {text[m.start : m.end]: m.geo for m in find_places(text)}
    assert found.get("الحرث", {}).get("admin1") == "Jazan", found
    assert found.get("العيدابي", {}).get("admin1") == "Jazan", found


def test_the_ordinary_words_are_no_places_without_context() -> None:
    for text, word in (
        ("قضى الأهالي الساعات الطوال في انتظار عودة أبنائهم من الجبهة.", "الطوال"),
        ("حذر الخطيب من الفساد الذي يهلك الحرث والنسل.", "الحرث"),
        ("ارتطمت الكرة بالعارضة في الدقيقة العاشرة قبل أن يسجل المهاجم هدف الفوز.", "العارضة"),
    ):
        assert word not in _names(text), (text, _names(text))


def test_ibb_is_read_after_a_preposition_or_a_conjunction_when_written_with_its_hamza() -> None:
    text = "شنت طائرات التحالف غارات على مواقع للحوثيين في تعز وإب، كما قتل مسلحان في إب وسط اليمن."
    found = [(text[m.start : m.end], (m.geo or {}).get("admin1")) for m in find_places(text)]
    assert found.count(("إب", "Ibb")) == 2, found
    out = rows(
        "شنت طائرات التحالف العربي أمس غارات جوية على مواقع للحوثيين في مأرب وإب.",
        title="غارات للتحالف",
    )
    assert {p.get("admin1") for p in _shelling(out)} >= {"Marib", "Ibb"}, out


def test_father_and_august_are_not_ibb() -> None:
    for text in (
        "نشأ الطفل في أب وأم من اليمن قبل أن ينتقل إلى الرياض.",
        "شهدت الفترة بين تموز وآب معارك عنيفة في ريف حلب.",
        "في آب الماضي قتل ثلاثة مدنيين في قصف على حمص.",
    ):
        assert not [m for m in find_places(text) if (m.geo or {}).get("admin1") == "Ibb"], text


def test_where_the_wounded_are_treated_is_not_the_scene() -> None:
    out = rows(
        "أصيب شاب فلسطيني وشقيقه بجروح خطيرة في اعتداء نفذه مستوطنون على منزلهما في قرية قريوت قرب نابلس، وما زالا "
        "يعالجان في إسرائيل. وفي حادث آخر، أصيب أربعة جنود في انفجار عبوة ناسفة، ونقلوا إلى مستشفى قوى الأمن "
        "بالرياض.",
        title="اعتداء للمستوطنين",
    )
    places = [p for e in out for p in [e.get("location") or {}]]
    assert all(p.get("country_iso3") != "ISR" and p.get("admin1") != "Riyadh" for p in places), places


def test_a_hospital_struck_keeps_its_town() -> None:
    out = rows("قتل ثلاثة مدنيين في غارة جوية على مستشفى ميداني في مدينة حلب أمس.", title="غارة على مستشفى")
    assert [p for p in _shelling(out) if p.get("admin1") == "Aleppo"], out


def _battle_places(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e.get("location") or {} for e in out if e["acled_event_type"] == "Battles"]


def test_a_list_after_the_capture_s_own_province_is_not_its_place() -> None:
    out = rows(
        "تمكنت القوات الحكومية والمقاومة الشعبية أمس من استعادة السيطرة على محافظة أبين لتصبح المحافظة الرابعة "
        "المحررة بعد الضالع وعدن ولحج.",
        title="تحرير أبين",
    )
    captures = _battle_places(out)
    assert captures and {p.get("admin1") for p in captures} == {"Abyan"}, captures


def test_a_list_after_a_country_still_gives_one_row_a_town() -> None:
    out = rows(
        "قال التحالف الدولي إن الغارات الجوية التي شنها أمس في سوريا تركزت حول الحسكة وحلب.",
        title="غارات التحالف",
    )
    assert {p.get("admin1") for p in _shelling(out)} >= {"Al Hasakeh", "Aleppo"}, out
