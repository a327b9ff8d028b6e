"""One trigger, several places: one row a place (round 16b, helper vl; issue 12, recall).

The largest class of gold events rasd finds when their sentence is given alone but loses in the article (helper mg4's
census, docs/events.md "Round 16b: two happenings, two rows") is one trigger over a list of places read as one row,
where the coders code one row a place (ACLED's rule). The shape that recurs in three independent files (tune10,
tune17, rowjudge3) is a coalition's list of strikes near a city and a province named as its capital (غارات قرب مدينة
والرقة ودير الزور، تركزت حول الحسكة و…، بالقرب من … والحسكة): the word of nearness governs every item, the
province included (places.near_list). What stays one row: a bare list of provinces (round 10: such lists sum up a
campaign), two ends of one road (بين X و Y).

Every sentence below was written for this test (none copied from a corpus), each given alone as the sentence bench
gives it.
"""

from __future__ import annotations

import json

from rasd.ingest.jsonl import read_line
from tests.test_events_round14_assaults import _pipeline

AIR = "Air/drone strike"


def rows(sentence: str) -> list[tuple[str | None, str | None]]:
    """(sub-type, province) of every told event of ``sentence`` given alone."""
    doc = _pipeline().run(read_line(json.dumps({"content": sentence}, ensure_ascii=False).encode("utf-8")))
    return [
        (e.get("acled_sub_event_type"), (e.get("location") or {}).get("admin1"))
        for e in doc.events
        if isinstance(e, dict) and e.get("acled_event_type") and e.get("status") in ("reported", "claimed")
    ]


# --------------------------------------------------------------------- a list after a word of nearness
def test_strikes_around_a_province_and_a_town_are_one_row_each() -> None:
    told = rows("وقالت القيادة إن الضربات الجوية تركزت أمس حول الحسكة وتدمر وأصابت وحدات تكتيكية للتنظيم.")
    assert (AIR, "Al Hasakeh") in told
    assert (AIR, "Homs") in told


def test_strikes_near_provinces_told_with_min_are_one_row_each() -> None:
    told = rows(
        "وأضاف البيان أن طائرات التحالف نفذت الليلة الماضية ست ضربات بالقرب من الرقة وتدمر دمرت خلالها آليات للتنظيم."
    )
    assert (AIR, "Ar Raqqa") in told
    assert (AIR, "Homs") in told


def test_targets_near_a_town_and_two_provinces_past_the_clause() -> None:
    told = rows(
        "وقال البيان إن الطائرات دمرت أمس مواقع قتالية قرب مدينة الحسكة، كما استهدفت الغارات أيضا مخازن أسلحة، "
        "إضافة إلى أهداف قرب منبج والرقة ودير الزور."
    )
    provinces = {p for t, p in told if t == AIR}
    assert {"Ar Raqqa", "Deir ez Zor"} <= provinces


# --------------------------------------------------------------------- what stays one row
def test_a_bare_list_of_provinces_stays_one_row() -> None:
    told = rows("وشنت طائرات التحالف أمس غارات على مواقع التنظيم في دير الزور والرقة.")
    assert len([t for t, _ in told if t == AIR]) == 1


def test_a_road_between_two_places_stays_one_row() -> None:
    told = rows("واندلعت اشتباكات عنيفة أمس على الطريق بين منبج والرقة.")
    assert len(told) == 1
