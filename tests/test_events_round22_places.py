"""Round 22 (issue 12, helper geo6): places of event rows on unseen short articles.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 22: places
of rows on unseen articles (helper geo6)"):

- a capital outside the region (Kabul, Islamabad, Tirana, Athens …) has its first-level division, as every world
  city of 100,000 people has had since round 4: ``scripts/build_gazetteer.py`` wrote the capitals before it named the
  world's divisions, so their ``admin1`` was empty and every row placed in Kabul had no province;
- a place the gazetteer lacks, read in the area of a known place after it, whose own name is a first-level division
  of its country (``ar/geo.yaml`` ``division_provinces``) is that division, not the area of the place that locates it
  (في ولاية لوغار جنوب كابول: Logar, not Kabul's province) (``events.unlisted_places.own_division``).
"""

from __future__ import annotations

from typing import Any

import pytest

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _located(out: list[dict[str, Any]], sub: str) -> list[dict[str, Any]]:
    return [e.get("location") or {} for e in out if e["acled_sub_event_type"] == sub]


@pytest.mark.parametrize(
    ("text", "name", "iso3", "admin1"),
    [
        ("قتل عشرة أشخاص في انفجار شاحنة مفخخة في حي سكني وسط كابول فجر اليوم.", "كابول", "AFG", "Kabul"),
        ("تظاهر مئات الصحافيين أمام نادي الصحافة في إسلام آباد أمس.", "إسلام آباد", "PAK", "Islamabad"),
        ("اعتقلت الشرطة رجلين في أثينا بعد اشتباكات مع متظاهرين.", "أثينا", "GRC", "Attica"),
    ],
)
def test_a_capital_abroad_has_its_first_level_division(text: str, name: str, iso3: str, admin1: str) -> None:
    geo = {text[p.start : p.end]: p.geo for p in find_places(text)}[name]
    assert geo["country_iso3"] == iso3
    assert geo["admin1"] == admin1


def test_a_bombing_in_kabul_is_a_row_of_kabul_province() -> None:
    out = rows(
        "قتل ثمانية أشخاص على الأقل وأصيب أكثر من مئة آخرين عندما انفجرت شاحنة مفخخة في حي سكني في كابول فجر "
        "اليوم، بحسب ما أعلنت وزارة الداخلية الأفغانية.",
        title="قتلى في انفجار شاحنة مفخخة في كابول",
    )
    places = [e.get("location") or {} for e in out if e["acled_event_type"] == "Explosions/Remote violence"]
    assert places, out
    assert all(p.get("admin1") == "Kabul" and p.get("country_iso3") == "AFG" for p in places), places


def test_a_suicide_attack_south_of_kabul_is_in_kabul_province() -> None:
    out = rows(
        "قتل خمسة من رجال الشرطة اليوم في هجوم انتحاري نفذته حركة طالبان واستهدف حاجزا للشرطة الأفغانية في جنوب كابول.",
        title="هجوم انتحاري جنوب كابول",
    )
    places = _located(out, "Suicide bomb")
    assert places, out
    assert all(p.get("admin1") == "Kabul" for p in places), places


def test_a_province_told_by_its_kind_before_a_bearing_from_kabul_is_that_province() -> None:
    out = rows(
        "قتل عشرة جنود أفغان على الأقل أمس في غارة جوية أميركية على حاجز للجيش في ولاية لوغار جنوب كابول، بحسب ما "
        "أعلن مسؤولون محليون.",
        title="غارة أميركية تقتل جنودا أفغانا",
    )
    places = _located(out, "Air/drone strike")
    assert places, out
    assert all(p.get("admin1") == "Logar" for p in places), places
    assert all(p.get("lat") is None for p in places), places  # no point is invented for the province


def test_a_village_south_of_kabul_keeps_kabul_province() -> None:
    # a name the division table does not hold stays in the area of the place that locates it
    out = rows(
        "قتل ثلاثة مدنيين أمس في انفجار عبوة ناسفة في قرية شاهكار جنوب كابول، وفق الشرطة الأفغانية.",
        title="انفجار عبوة ناسفة قرب كابول",
    )
    places = _located(out, "Remote explosive/landmine/IED")
    assert places, out
    assert all(p.get("admin1") == "Kabul" for p in places), places
