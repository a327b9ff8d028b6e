"""Actor1 on long articles (round 19, helper ac6; issue 12 item 5).

A unit of a state's forces (the Syrian air force, the 4th Armoured Division) is named by its force's ACLED label on
an event, its own label kept as ``unit``: every tuning file codes such rows with the parent force (6 rows of tune2,
tune22, tune24; no file codes a unit's label). Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from rasd.events.actors import as_force
from tests.event_checks import rows


def _violent(text: str, published: str = "2015-08-10") -> list[dict[str, Any]]:
    found = [
        r
        for r in rows(text, published=published)
        if r["acled_event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    ]
    assert found, text
    return found


def test_a_named_air_force_strike_is_the_armys_with_the_unit_kept() -> None:
    row = _violent(
        "ألقى الطيران المروحي التابع للنظام صباح أمس براميل متفجرة على أحياء في مدينة داريا بريف دمشق، ما أدى إلى "
        "مقتل خمسة مدنيين."
    )[0]
    assert row["actor1"]["name"] == "Military Forces of Syria (2000-2024)"
    assert row["actor1"]["unit"] == "Military Forces of Syria (2000-) Syrian Arab Air Force"
    assert row["actor1"]["inter"] == 1


def test_the_unnamed_air_strike_convention_names_the_army() -> None:
    row = _violent("قتل سبعة مدنيين أمس في غارات جوية على بلدة كفرنبل في ريف إدلب الجنوبي.")[0]
    assert row["acled_sub_event_type"] == "Air/drone strike"
    assert row["actor1"]["name"] == "Military Forces of Syria (2000-2024)"
    assert row["actor1"]["unit"].endswith("Syrian Arab Air Force")


def test_a_division_in_a_clash_is_the_army() -> None:
    row = _violent(
        "تواصلت الاشتباكات العنيفة أمس بين الفرقة الرابعة مدرعات وفصائل المعارضة في مدينة الزبداني بريف دمشق، ما "
        "أدى إلى مقتل ثلاثة مقاتلين."
    )[0]
    assert "Military Forces of Syria" in row["actor1"]["name"] + str((row.get("actor2") or {}).get("name"))
    for side in (row["actor1"], row.get("actor2") or {}):
        assert "4th Armored Division" not in str(side.get("name"))


def test_an_actor_with_no_unit_is_left_alone() -> None:
    army = {"name": "Military Forces of Syria (2000-2024)", "inter": 1, "actor_id": "syr-gov-forces"}
    assert as_force(army, "SYR", "2015-08-10") is army
    unnamed = {"name": "Unidentified Armed Group (Syria)", "inter": 3, "entity": None}
    assert as_force(unnamed, "SYR", "2015-08-10") is unnamed


# ---------------------------------------------------------------------------------------------- riot sides
def test_a_raid_confronted_by_residents_has_the_rioters_first() -> None:
    found = [
        r
        for r in rows(
            "جنين - استشهد شاب فلسطيني فجر اليوم برصاص قوات الاحتلال الإسرائيلي خلال مواجهات اندلعت في بلدة يعبد "
            "جنوب غرب جنين، بعد أن اقتحمت قوات الاحتلال البلدة وداهمت عددا من المنازل.",
            published="2015-08-12",
        )
        if r["acled_event_type"] == "Riots"
    ]
    assert found
    row = found[0]
    assert row["actor1"]["name"] == "Rioters (Palestine)"
    assert str((row.get("actor2") or {}).get("name", "")).startswith("Military Forces of Israel")


# ---------------------------------------------------------------------------------------------- a bare mention
def test_a_bare_army_read_as_a_foreign_force_keeps_it() -> None:
    # the headline names the Syrian regime; the bare الجيش of the statement is the US army named right before it
    found = [
        r
        for r in rows(
            "قال الجيش الأميركي أمس إن طائراته نفذت ضربات على مواقع لتنظيم داعش في العراق وسوريا. وقال الجيش في "
            "بيان إن ثلاث غارات شنت قرب مدينة تكريت ودمرت مواقع قتالية للتنظيم.",
            title="واشنطن تتعهد بحماية المعارضة من هجمات داعش والنظام السوري",
        )
        if r["acled_sub_event_type"] == "Air/drone strike"
    ]
    assert found
    for row in found:
        assert str(row["actor1"]["name"]).startswith("Military Forces of the United States"), row["actor1"]


# ---------------------------------------------------------------------------------------------- who backed the deed
def _sides(row: dict[str, Any]) -> set[str]:
    return {str((row.get(k) or {}).get("name") or "") for k in ("actor1", "actor2")}


def test_the_backer_of_a_recapture_is_neither_side() -> None:
    row = _violent(
        "عدن - تمكنت قوات الجيش الوطني المدعومة جوا من طيران التحالف العربي أمس من استعادة السيطرة على مدينة "
        "زنجبار عاصمة محافظة أبين بعد معارك عنيفة مع مسلحي جماعة الحوثي."
    )[0]
    assert row["actor1"]["name"].startswith("Military Forces of Yemen")
    assert not any("Coalition" in s or "Restoring Hope" in s for s in _sides(row))


def test_air_support_is_not_the_side_that_lost_the_town() -> None:
    row = _violent(
        "الحسكة - سيطرت أمس على بلدة تل براك في ريف الحسكة بدعم من طائرات التحالف الدولي بعد معارك استمرت أسبوعا "
        "مع تنظيم داعش. وكانت وحدات حماية الشعب الكردية قد بدأت هجومها على البلدة مطلع الشهر."
    )[0]
    assert row["actor1"]["name"] == "YPG: Peoples Protection Units"
    assert not any("Coalition" in s for s in _sides(row))


def test_strikes_told_as_the_support_keep_their_air_force() -> None:
    strikes = [
        r
        for r in rows(
            "عدن - تقدمت المقاومة الشعبية أمس في أحياء مدينة التواهي مدعومة بغارات مكثفة من طائرات التحالف العربي "
            "على مواقع المتمردين الحوثيين."
        )
        if r["acled_sub_event_type"] == "Air/drone strike"
    ]
    assert strikes
    for row in strikes:
        assert row["actor1"]["name"] in ("Operation Restoring Hope", "Saudi-led Coalition"), row["actor1"]


# ---------------------------------------------------------------------------------------------- the scene's country
def test_a_riot_at_al_aqsa_is_filed_under_palestine() -> None:
    found = [
        r
        for r in rows(
            "اقتحمت الشرطة الإسرائيلية المسجد الأقصى في القدس أمس ورشق الشبان الفلسطينيون عناصرها بالحجارة.",
            published="2015-07-27",
        )
        if r["acled_event_type"] == "Riots"
    ]
    assert found
    assert found[0]["actor1"]["name"] == "Rioters (Palestine)"
    assert found[0]["location"]["country_iso3"] == "PSE"
