"""Round 32 (helper pl18): a province told past the clause; the town "the city" means, not a speaker's seat.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 32: the
row's province (helper pl18)"):

* when the trigger's clause names only a country (the events stage ends the clause at a comma: "القوات الموالية
  للحكومة في اليمن، محافظة أبين، … بالكامل"; or a "بينما" clause goes on: "في سوريا بينما كان يستقل سيارة قرب مدينة
  منبج"), the first place after the clause's end, at most ten words on, in the same country and below it, is the
  row's place (``events.places.country_refined``), not the country.
* when the trigger's clause names no place but the seat of the source or official who tells it (وقال المسؤول الطبي في
  عدن … إن) and "the city" / "the town" follows the trigger, the town named before is the row's place
  (``events.places.seat_anaphor``), not the speaker's seat.
* Traps: a local source's town with no such word keeps it; a place in another happening's clause (فيما قتل …
  بمدينة حلب), a place of another country (a base the planes return to), a destination, a place far past the
  clause, and a count of strikes right before the trigger (the country holds the set) leave the country as it was.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]], event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("location") or {}).get("name"), (e.get("location") or {}).get("admin1"))
        for e in out
        if e["acled_event_type"] == event_type
    ]


# ---------------------------------------------------------------- the province or town after the country's clause
def test_a_province_taken_told_after_the_country_and_a_comma_is_the_rows_province() -> None:
    out = rows(
        "استعادت قوات الجيش والمقاومة الشعبية الموالية للحكومة في اليمن، محافظة أبين، جنوب البلاد، بالكامل من "
        "المتمردين أمس.",
        published="2015-08-10",
    )
    assert [a for _, a in _places(out, "Battles")] == ["Abyan"], _places(out, "Battles")


def test_a_strike_in_a_country_near_a_town_told_in_a_while_clause_is_placed_at_the_town() -> None:
    out = rows(
        "قتل قيادي بارز في التنظيم بغارة جوية للتحالف في سوريا بينما كان يستقل سيارة قرب مدينة منبج مساء الأحد.",
        published="2015-08-10",
    )
    assert [a for _, a in _places(out, "Explosions/Remote violence")] == ["Aleppo"], out


def test_a_shelling_in_a_country_then_the_town_of_its_quarter_is_placed_in_that_province() -> None:
    out = rows(
        "قصفت القوات التركية مواقع للمسلحين الأكراد في العراق، في جبال قنديل شمال أربيل، ليلة أمس.",
        published="2015-08-10",
    )
    got = [a for _, a in _places(out, "Explosions/Remote violence")]
    assert got and got[0] == "Erbil", out


# ---------------------------------------------------------------- traps: the country stays
def test_a_town_of_another_happening_after_the_clause_is_not_the_strikes_place() -> None:
    out = rows(
        "قصفت طائرات التحالف مواقع للتنظيم في سوريا، فيما قتل خمسة مدنيين في انفجار سيارة مفخخة بمدينة حلب أمس.",
        published="2015-08-10",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes, out
    assert (strikes[0].get("location") or {}).get("admin1") is None, strikes[0].get("location")


def test_a_base_of_another_country_the_planes_return_to_is_not_the_strikes_place() -> None:
    out = rows(
        "شنت مقاتلات التحالف غارات على مواقع الحوثيين في اليمن، قبل أن تعود إلى قاعدتها في خميس مشيط أمس.",
        published="2015-08-10",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes, out
    assert (strikes[0].get("location") or {}).get("country_iso3") in (None, "YEM"), strikes[0].get("location")
    assert (strikes[0].get("location") or {}).get("admin1") is None, strikes[0].get("location")


def test_a_count_of_strikes_in_a_country_keeps_the_country_for_the_whole_set() -> None:
    out = rows(
        "شنت طائرات التحالف 15 غارة جوية على مواقع المسلحين في سوريا أمس، تركزت على أهداف قرب مدينة الرقة.",
        published="2015-08-10",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes, out
    assert (strikes[0].get("location") or {}).get("admin1") is None, strikes[0].get("location")


def test_a_destination_after_the_clause_is_not_the_rows_place() -> None:
    out = rows(
        "قتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش في اليمن، قبل أن يفروا باتجاه محافظة مأرب، وفق مصدر أمني.",
        published="2015-08-10",
    )
    attacks = [e for e in out if e["acled_event_type"] in ("Battles", "Violence against civilians")]
    assert attacks, out
    assert all((e.get("location") or {}).get("admin1") != "Marib" for e in attacks), [
        e.get("location") for e in attacks
    ]


def test_a_place_far_past_the_countrys_clause_is_not_read_for_it() -> None:
    out = rows(
        "قتل عشرون مسلحا في اشتباكات عنيفة مع الجيش في العراق أمس، وهي الأعنف منذ أشهر بحسب ما يقول مراقبون كثيرون "
        "يتابعون الأوضاع الأمنية عن كثب منذ بداية العام في مدينة الموصل.",
        published="2015-08-10",
    )
    clashes = [e for e in out if e["acled_event_type"] == "Battles"]
    assert clashes, out
    assert all((e.get("location") or {}).get("admin1") != "Ninewa" for e in clashes), [
        e.get("location") for e in clashes
    ]


# ---------------------------------------------------------------- the speaker's seat against "the city" told after
def test_mines_in_the_city_told_by_an_official_of_another_city_are_placed_at_the_town_named_before() -> None:
    out = rows(
        "واستعادت القوات الحكومية مدينة الحوطة عاصمة محافظة لحج أمس بعد معارك عنيفة. وقال المسؤول الطبي في عدن محمد "
        "سالم إن ثلاثة مدنيين قتلوا بانفجار لغم أرضي زرعه المسلحون في المدينة.",
        published="2015-08-10",
    )
    blasts = [e for e in out if e["acled_sub_event_type"] == "Remote explosive/landmine/IED"]
    assert blasts, out
    assert [(e.get("location") or {}).get("admin1") for e in blasts] == ["Lahij"], [e.get("location") for e in blasts]


def test_a_strike_on_the_town_told_by_a_source_in_the_capital_is_placed_at_the_town() -> None:
    out = rows(
        "سيطر مقاتلو المعارضة على بلدة الشيخ مسكين أمس. وقال مصدر طبي في دمشق إن خمسة أطفال قتلوا بقصف جوي على البلدة.",
        published="2015-08-10",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes, out
    assert [(e.get("location") or {}).get("admin1") for e in strikes] == ["Dara"], [e.get("location") for e in strikes]


def test_a_local_sources_town_with_no_other_place_keeps_it() -> None:
    out = rows(
        "وقال مصدر أمني في عدن إن مسلحين مجهولين هاجموا نقطة تفتيش وقتلوا جنديين فجر اليوم.", published="2015-08-10"
    )
    assert out, out
    assert all((e.get("location") or {}).get("admin1") == "Aden" for e in out), [e.get("location") for e in out]
