"""Round 27 (helper geo12): the event's place and admin1 on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 27: sites,
their surroundings and places located by belonging (helper geo12)"):

* a named site told with its surroundings or outskirts as the scene (في محيط قاعدة العند، عند مشارف القاعدة) is the
  event's place, precision 2, not a landmark beside another scene (``events.unlisted_places.surroundings``,
  ``ar/place_cues.yaml`` ``site_surroundings_words``); nearness, a view or a heading (قرب، المطلة على، باتجاه) stays a
  landmark;
* a site whose province is sourced (``ar/geo.yaml`` ``site_provinces``: العند, Lahij) keeps it in an article about
  another country (a Saudi article on a man of Hail killed at al-Anad);
* a participle of belonging between two names (كرش، التابعة لمحافظة لحج) makes the second locate the first, so a
  name that is also a common word is read as the place (``geo.recognize.reading._is_qualifier_gap``,
  ``place_cues.yaml`` ``belonging_words``);
* the gazetteer holds Damaturu (Yobe; GeoNames 2345521) and Van's spelling فان (a common word too: only with
  context);
* a quarter named with جمعية after its kind word (حي جمعية الزهراء) is no association whose seat the next place is
  (``events.place_filters.office_seat``, ``place_cues.yaml`` ``quarter_kinds``);
* the named site a trigger acts on (استعادت قاعدة العند، في قاعدة العند التي استعادها الثوار) places the row when the
  other places read for it lie in another province (``events.places.object_site``), and the sure site of the
  trigger's sentence places an event whose sentence names no known place, before the paragraph's or the lead's town.
"""

from __future__ import annotations

from typing import Any

from rasd.events.unlisted_places import surroundings
from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _where(out: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [e["location"].get("admin1") for e in out if e["acled_sub_event_type"] == sub and e.get("location")]


def _names(out: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [e["location"].get("name_ar") for e in out if e["acled_sub_event_type"] == sub and e.get("location")]


# -------------------------------------------------------------------------------- a site's surroundings
def test_strikes_around_a_named_base_are_at_the_base_not_the_lead_town() -> None:
    out = rows(
        "تقدمت المقاومة الشعبية في أحياء مدينة تعز أمس. وفي سياق آخر، استهدفت مقاتلات التحالف تجمعات للمتمردين في "
        "محيط قاعدة العند الجوية، ما أسفر عن مقتل 14 منهم.",
        title="المقاومة تتقدم في تعز",
    )
    assert "Lahij" in _where(out, "Air/drone strike"), out
    assert "Taizz" not in _where(out, "Air/drone strike"), out


def test_fighting_on_the_outskirts_of_a_named_base_is_at_the_base() -> None:
    out = rows(
        "انتشرت قوات المقاومة الشعبية في مدينة عدن. وقال مصدر ميداني إن اشتباكات عنيفة دارت الليلة الماضية على مشارف "
        "قاعدة العند وقتل فيها ستة من الحوثيين.",
        title="المقاومة تنتشر في عدن",
    )
    assert _where(out, "Armed clash") == ["Lahij"], out


def test_a_second_strike_of_the_sentence_takes_its_site_not_the_lead_town() -> None:
    out = rows(
        "تقدمت المقاومة الشعبية في أحياء مدينة تعز أمس. وفي تطور آخر، قصفت مقاتلات التحالف تجمعات للحوثيين في محيط "
        "قاعدة العند الجوية، كما قصفت تجمعات أخرى لهم في مزارع النخيل، وقتل في الغارات 20 مسلحا.",
        title="المقاومة تتقدم في تعز",
    )
    assert _where(out, "Air/drone strike") and "Taizz" not in _where(out, "Air/drone strike"), out


def test_the_surroundings_words_are_told_apart_from_landmarks() -> None:
    assert surroundings(["في", "محيط"])
    assert surroundings(["بمحيط"])
    assert surroundings(["عند", "مشارف"])
    assert surroundings(["علي", "اطراف"])
    assert not surroundings(["بالقرب", "من"])  # nearness: where a village or a position lies (round 14b)
    assert not surroundings(["قرب"])
    assert not surroundings(["المطله", "علي"])  # overlooking: a landmark of another scene
    assert not surroundings(["باتجاه"])  # a heading
    assert not surroundings(["محيط"])  # no locative before it: "the surroundings" as a subject


# -------------------------------------------------------------------------------- a sourced site abroad
def test_a_man_of_hail_killed_at_al_anad_is_a_row_in_lahij() -> None:
    out = rows(
        "قتل الشاب ناصر يوم الخميس في قاعدة العند وهو يقاتل مع المقاومة الشعبية ضد المتمردين الحوثيين، بحسب ما "
        "أفاد به أحد أقاربه.",
        title="شاب من حائل يقتل في اليمن",
    )
    assert "Lahij" in [e["location"].get("admin1") for e in out], out
    assert "Hail" not in [e["location"].get("admin1") for e in out], out


# -------------------------------------------------------------------------------- a place located by belonging
def test_a_common_word_name_located_by_its_province_is_the_place() -> None:
    out = rows("وقصفت طائرات التحالف أمس آليات للمتمردين في كرش، التابعة لمحافظة لحج، ودمرت ثلاثا منها.")
    assert _names(out, "Air/drone strike") == ["كرش"], out


def test_a_village_located_by_belonging_is_read_in_that_province() -> None:
    text = "وتدور المعارك في منطقة العين التابعة لمديرية مودية بمحافظة أبين."
    geo = next((m.geo or {}) for m in find_places(text) if text[m.start : m.end] == "العين")
    assert geo.get("admin1") == "Abyan", geo


def test_a_place_beside_another_province_is_not_located_by_it() -> None:
    text = "وفر المتمردون نحو محافظة إب المحاذية للضالع."
    geo = next((m.geo or {}) for m in find_places(text) if text[m.start : m.end] == "إب")
    assert geo.get("admin1") == "Ibb", geo


def test_a_common_word_name_belonging_to_another_province_stays_no_place() -> None:
    out = rows("وقصفت طائرات التحالف أمس آليات للمتمردين في كرش التابعة لمحافظة تعز.")
    assert "كرش" not in _names(out, "Air/drone strike"), out


# -------------------------------------------------------------------------------- the site a trigger acts on
def test_a_base_retaken_is_the_rows_place_not_the_city_of_the_next_clause() -> None:
    out = rows(
        "واستعادت المقاومة الشعبية أمس قاعدة العند الجوية بعد معارك عنيفة، بينما انتشرت قوات خليجية في مدينة عدن "
        "لتأمينها."
    )
    assert _where(out, "Government regains territory") == ["Lahij"], out


def test_a_base_retaken_in_a_relative_clause_is_the_rows_place() -> None:
    out = rows(
        "وأشاد الرئيس بالانتصارات التي كان آخرها في قاعدة العند الجوية التي استعادها المقاومون أمس بعد معارك "
        "عنيفة، وبما تحقق قبلها في عدن والضالع."
    )
    assert _where(out, "Government regains territory") == ["Lahij"], out


def test_a_base_located_in_its_own_province_keeps_that_province() -> None:
    out = rows("وسيطرت المقاومة الشعبية أمس على قاعدة العند في محافظة لحج بعد معارك عنيفة.")
    assert _where(out, "Government regains territory") == ["Lahij"], out


# -------------------------------------------------------------------------------- a quarter named جمعية
def test_a_clash_in_a_quarter_named_jamiya_is_placed_by_its_bearing() -> None:
    out = rows("ودارت اشتباكات عنيفة بعد منتصف الليل بين الفصائل وقوات النظام في حي جمعية الزهراء شمال غرب حلب.")
    assert _where(out, "Armed clash") == ["Aleppo"], out


# -------------------------------------------------------------------------------- sourced gazetteer rows
def test_a_bombing_in_damaturu_is_in_yobe() -> None:
    out = rows("وقتل 12 شخصا على الأقل في تفجير انتحاري استهدف سوقا مزدحمة في مدينة داماتورو بشمال شرق نيجيريا.")
    assert _where(out, "Suicide bomb") == ["Yobe"], out


def test_van_written_fan_is_read_only_with_context() -> None:
    out = rows("وقتل المسلحون الأكراد جنديا تركيا في هجوم على نقطة عسكرية بإقليم فان قرب الحدود مع إيران.")
    assert [e["location"].get("admin1") for e in out] == ["Van"], out
    assert not [m for m in find_places("وعلى الرغم من المكاسب فان الأسعار تتجه إلى الانخفاض.")]
    assert not [m for m in find_places("وقال المدرب فان غال إن فريقه سيفوز.")]
