"""Round 29 (helper mg18): one row per place — the later places of a list under one act.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 29: one
row per place (helper mg18)"):

- an act whose words list places of two or more provinces of one country, each joined to the list by و and a kind or
  a preposition of place, is one row per province (``merge.province_items``, called by the events stage after the
  places step): not a list that is a goal, a side, a boundary or a relative clause's (إلى، بين، التي …), and not a
  province that another sentence (or a clause after the list) tells the act at, which gives it its row; a road
  "between" two towns is one more item, at its first end;
- a site named after a known town (معسكر الصليف) is an item of a list of places after a trigger
  (``unlisted_places.listed_items``, lists.site_item_kinds); a camp the gazetteer lacks beside a base stays one
  location with it.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"


def _admin1s(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("location") or {}).get("admin1")) for e in out if e["acled_sub_event_type"] == sub)


def _places(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out if e["acled_sub_event_type"] == sub)


# ------------------------------------------------------------------------------ a list of places in several provinces
def test_strikes_on_districts_of_three_provinces_are_three_rows() -> None:
    out = rows(
        "شنت مقاتلات التحالف مساء الأحد غارات على مواقع للمتمردين في مديرية باقم بمحافظة صعدة، ومديرية حرض بمحافظة "
        "حجة، ومديرية الحزم بمحافظة الجوف."
    )
    assert _admin1s(out, _AIR) == ["Al Jawf", "Hajjah", "Sadah"]


def test_shelling_of_two_provinces_is_two_rows() -> None:
    out = rows(
        "قصفت ميليشيات الحوثي أمس بقذائف الهاون أحياء سكنية في محافظة تعز ومناطق في محافظة الضالع، دون أنباء عن إصابات."
    )
    assert _admin1s(out, _SHELL) == ["Ad Dali", "Taizz"]


def test_a_convoy_bound_from_one_province_to_another_is_one_row() -> None:
    out = rows("وأغارت الطائرات الحربية صباح اليوم على رتل عسكري للمتمردين كان متجها من محافظة ذمار إلى محافظة إب.")
    assert len([e for e in out if e["acled_sub_event_type"] == _AIR]) == 1


def test_provinces_of_a_relative_clause_are_no_items() -> None:
    out = rows("وقصفت القوات مواقع الحوثيين في محافظة لحج التي تربطها طرق رئيسية بمحافظتي تعز وإب.")
    assert _admin1s(out, _SHELL) == ["Lahij"]


def test_a_province_the_body_tells_again_keeps_one_row() -> None:
    out = rows(
        "قصفت طائرات التحالف أمس الأربعاء مواقع للمتمردين في العاصمة صنعاء ومدينة مأرب.\n"
        "وقال سكان إن الغارات على صنعاء استهدفت معسكرا في جنوب المدينة.\n"
        "وفي مأرب شنت المقاتلات أربع غارات على مواقع في مديرية صرواح غرب المدينة."
    )
    assert _admin1s(out, _AIR).count("Marib") == 1


# ------------------------------------------------------------------------------------- a site named after its town
def test_a_camp_named_after_a_town_is_an_item_of_the_list() -> None:
    out = rows("قصفت البوارج الحربية أمس مواقع للمتمردين في منطقة الكثيب ومعسكر الصليف شمال مدينة الحديدة.")
    assert _places(out, _SHELL) == ["As Salif", "الكثيب"]


def test_a_camp_the_gazetteer_lacks_beside_a_base_is_one_location() -> None:
    out = rows("استهدفت طائرات التحالف أمس تجمعات للمتمردين في قاعدة العند ومعسكر لبوزة المجاور لها.")
    assert len([e for e in out if e["acled_sub_event_type"] == _AIR]) == 1


# ---------------------------------------------------------------------------------------- a road between two places
def test_a_road_between_two_towns_is_one_more_item_of_the_list() -> None:
    out = rows(
        "وشن طيران التحالف الدولي فجر اليوم غارتين على تجمعات لمسلحي التنظيم غربي قضاء مخمور وعلى الطريق بين الحويجة "
        "وكركوك، ما أدى إلى مقتل خمسة منهم."
    )
    assert _admin1s(out, _AIR) == ["Erbil", "Kirkuk"]


def test_a_clash_on_a_road_between_two_provinces_is_one_row() -> None:
    out = rows("واندلعت اشتباكات عنيفة أمس بين القوات العراقية ومسلحي التنظيم على الطريق بين الحويجة وقضاء مخمور.")
    assert len([e for e in out if e["acled_sub_event_type"] == "Armed clash"]) == 1
