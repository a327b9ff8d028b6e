"""Round 26 (helper geo11): places of rows on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 26: places
of rows on unseen articles (helper geo11)"):

* a list of places told before the event's word (ما يدور حاليا في لحج وتخوم عدن معارك) places the row at its first
  place, as the coders do, not at the nearest, last one (``events.places.list_head``, ``ar/place_cues.yaml``
  ``list_part_words``); the ends of what lies between two places (بين الرمادي والفلوجة) are no list;
* an area word fused to و between two names (سهل الغاب وريف جسر الشغور) makes the second the next item of a list, not
  where the first lies: the first keeps its own reading (``geo.recognize.reading._joined_area``);
* the gazetteer holds al-Jufaina of Marib and the spellings دوغوبيازيد / دوغو بيازيد of Doğubayazıt (Ağrı).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _where(out: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [e["location"].get("admin1") for e in out if e["acled_sub_event_type"] == sub and e.get("location")]


def _read(text: str, name: str) -> dict[str, Any]:
    return next((m.geo or {}) for m in find_places(text) if text[m.start : m.end] == name)


# -------------------------------------------------------------------------------- a list before the event's word
def test_fighting_told_after_a_list_of_two_towns_is_the_first_towns() -> None:
    out = rows(
        "وقال قائد المنطقة العسكرية الرابعة إن ما يدور حاليا في لحج وتخوم عدن معارك كر وفر مع المتمردين الحوثيين.",
        title="قائد عسكري: معارك كر وفر مع الحوثيين",
    )
    assert _where(out, "Armed clash") == ["Lahij"], out


def test_a_strike_told_after_the_dead_of_two_areas_is_the_first_areas() -> None:
    out = rows(
        "وقتل تسعة مقاتلين من المعارضة أمس في سهل الغاب وريف جسر الشغور، وسط قصف مكثف للطيران الحربي على مناطق "
        "الاشتباك.",
        title="معارك عنيفة في سهل الغاب",
    )
    assert _where(out, "Air/drone strike") == ["Hama"], out


def test_fighting_told_after_a_town_and_the_edge_of_another_is_the_first_towns() -> None:
    out = rows(
        "وقال قائد ميداني إن ما يدور حاليا في تعز وأطراف لحج معارك كر وفر مع الحوثيين.",
        title="معارك كر وفر",
    )
    assert _where(out, "Armed clash") == ["Taizz"], out


def test_a_list_after_the_event_word_still_gives_a_row_a_town() -> None:
    out = rows("شنت طائرات التحالف العربي أمس غارات على مواقع للحوثيين في زنجبار وجعار.")
    assert _where(out, "Air/drone strike").count("Abyan") == 2, out


def test_the_town_nearest_the_word_stays_when_no_list_comes_before_it() -> None:
    out = rows(
        "وفي عدن قال مصدر طبي إن ثلاثة مدنيين قتلوا أمس في قصف للحوثيين على مدينة تعز.",
        title="قتلى في قصف على تعز",
    )
    assert "Taizz" in _where(out, "Shelling/artillery/missile attack"), out


# ------------------------------------------------------------------------------------- و before an area word
def test_an_area_word_after_waw_lists_a_second_place() -> None:
    geo = _read("قتل مقاتلون من المعارضة في سهل الغاب وريف جسر الشغور.", "سهل الغاب")
    assert (geo.get("admin1"), geo.get("place_id")) == ("Hama", "s:SY.ghab"), geo


def test_an_area_word_without_waw_still_locates_the_name_before_it() -> None:
    geo = _read("دارت اشتباكات في قرية الصفصافة بريف إدلب.", "الصفصافة")
    assert geo.get("admin1") == "Idleb", geo


# --------------------------------------------------------------------------------------------- gazetteer rows
def test_al_jufaina_is_an_area_of_marib() -> None:
    out = rows(
        "شنت طائرات التحالف صباح أمس أربع غارات جوية على مواقع الحوثيين في منطقة الجفينة جنوب غرب مدينة مأرب.",
        title="غارات على مأرب",
    )
    assert _where(out, "Air/drone strike") == ["Marib"], out


def test_dogubayazit_as_the_news_spell_it_is_in_agri() -> None:
    out = rows(
        "اقتحم انتحاري بجرار مفخخ صباح اليوم مركزا للدرك في محيط مدينة دوغوبيازيد في شرق تركيا، ما أدى إلى مقتل "
        "جنديين.",
        title="هجوم انتحاري على مركز للدرك",
    )
    assert "Agri" in [e["location"].get("admin1") for e in out if e.get("location")], out


# ------------------------------------------------------------------------- a site when the sentence's town is taken
def test_strikes_on_a_named_base_are_its_provinces_when_the_next_clause_names_a_town() -> None:
    out = rows(
        "وقالت مصادر محلية إن 17 حوثيا قتلوا في مواجهات بمدينة تعز. وشن طيران التحالف أمس سلسلة غارات استهدفت "
        "قاعدة العند ومعسكر لبوزة المجاور للقاعدة، كما استهدفت منطقة سناح شمال مدينة الضالع.",
        title="مقتل العشرات من الحوثيين في تعز",
    )
    where = _where(out, "Air/drone strike")
    assert "Lahij" in where and "Taizz" not in where, out


# --------------------------------------------------------------------------- between two provinces is one place
def test_an_area_between_two_provinces_is_one_row() -> None:
    out = rows(
        "وسيطرت المقاومة الشعبية أمس على مواقع للحوثيين في المنطقة الخضراء الواقعة بين محافظتي لحج وعدن.",
        title="المقاومة تتقدم",
    )
    assert len(_where(out, "Government regains territory")) == 1, out


def test_fighting_in_two_provinces_named_by_their_dual_is_still_two_rows() -> None:
    out = rows("واندلعت أمس اشتباكات عنيفة بين المقاومة والحوثيين في محافظتي تعز ولحج.")
    assert sorted(_where(out, "Armed clash")) == ["Lahij", "Taizz"], out
