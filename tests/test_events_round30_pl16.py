"""Round 30 (helper pl16): the row's province when its own clause names no place but "the base".

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 30: the
row's province (helper pl16)"):

* where a report's source or a speaking official sits, told right after them (مصادر عسكرية في عدن، المسؤول الصحي في
  عدن، المسؤولين بمنطقة جازان; ``ar/place_cues.yaml`` ``source_seat_nouns``), is not the town of the sentence's
  happenings: "the base" the trigger's clause names is read first (``events.place_filters.source_seat``, read by
  ``events.places._sentence_town``). Traps: a source's seat in the trigger's own sentence with no other place, and an
  official who is the victim, keep the town.
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize.words import COMMAND_NOUNS, COMMAND_TITLE_WORDS, SOURCE_SEAT_NOUNS
from rasd.text.normalize import normalize
from tests.event_checks import rows


def _where(out: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [((e.get("location") or {}).get("name_ar"), (e.get("location") or {}).get("admin1")) for e in out]


# ---------------------------------------------------------------- a source's seat is not the scene
def test_strikes_on_the_base_the_clause_names_are_not_placed_at_the_sources_city() -> None:
    out = rows(
        "وتقدمت قوات اللواء الثالث من الجهة الشمالية لقاعدة العند واقتحمت أول موقع تابع للقاعدة، كما يشن طيران "
        "التحالف في هذه الأثناء غارات مكثفة على المواقع الداخلية للقاعدة، وكانت مصادر عسكرية في عدن قد أفادت أن "
        "لواء معززا بالدبابات تحرك نحو القاعدة.",
        published="2015-08-03",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes, out
    assert all((e.get("location") or {}).get("admin1") == "Lahij" for e in strikes), _where(strikes)


def test_the_source_noun_list_is_loaded_normalized() -> None:
    for word in ("مصادر", "المسؤول", "المسؤولين", "مراسلنا"):
        assert normalize(word) in SOURCE_SEAT_NOUNS


# ---------------------------------------------------------------- traps
def test_a_local_source_in_the_towns_own_clause_keeps_the_town() -> None:
    out = rows(
        "وقال مصدر محلي في تعز إن قصفا مدفعيا استهدف أحياء سكنية في المدينة أمس مما أدى إلى مقتل امرأتين.",
        published="2015-08-03",
    )
    assert [a for _, a in _where(out)] == ["Taizz"], out


def test_an_official_killed_in_a_town_is_killed_there() -> None:
    out = rows("اغتال مسلحون مجهولون مسؤولا محليا في عدن مساء أمس بإطلاق النار على سيارته.", published="2015-08-03")
    assert [a for _, a in _where(out)] == ["Aden"], out


# ---------------------------------------------------------------- sourced rows: Western Ghouta, Eastern Ghariyah
def test_a_town_of_the_western_ghouta_is_in_rural_damascus_not_a_namesake_abroad() -> None:
    out = rows(
        "جددت قوات النظام قصفها لمناطق في بلدة الطيبة بالغوطة الغربية صباح اليوم دون أنباء عن إصابات.",
        published="2015-08-05",
    )
    assert [a for _, a in _where(out)] == ["Rural Damascus"], out


def test_eastern_ghariyah_is_the_daraa_town_not_a_part_of_a_suwayda_village() -> None:
    out = rows("قصفت قوات النظام بلدة الغارية الشرقية بريف درعا بقذائف الهاون مساء أمس.", published="2015-08-05")
    assert _where(out) == [("الغارية الشرقية", "Dara")], out


# ---------------------------------------------------------------- a command named after its area
def test_an_ambush_on_an_axis_commander_is_placed_where_the_clause_says_not_at_his_command() -> None:
    out = rows(
        "وفي مديرية لودر نصبت المقاومة الشعبية كمينا محكما لقائد محور البيضاء التابع للحوثيين مما أدى إلى مقتل "
        "ثلاثة من مرافقيه.",
        published="2015-08-05",
    )
    assert out, out
    assert all((e.get("location") or {}).get("admin1") == "Abyan" for e in out), _where(out)


def test_a_commander_killed_with_no_other_place_keeps_his_commands_place() -> None:
    out = rows(
        "قتل قائد محور تعز التابع للحوثيين وثلاثة من مرافقيه في غارة جوية لطيران التحالف.", published="2015-08-05"
    )
    assert [a for _, a in _where(out)] == ["Taizz"], out


def test_the_command_lists_are_loaded_normalized() -> None:
    assert normalize("لقائد") in COMMAND_TITLE_WORDS and normalize("محور") in COMMAND_NOUNS
