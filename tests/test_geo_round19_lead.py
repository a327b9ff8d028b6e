"""Round 19 (lead): Arabic's fixed phrase for tear gas (القنابل المسيلة للدموع) is no place — read as M'Sila
(المسيلة, Algeria) it sent a riot at al-Aqsa to Algeria (tune25) — and al-Aqsa Mosque is a place of its own in
Jerusalem's Old City (supplement.tsv PS.al_aqsa, Jerusalem's point), its event rows filed in the West Bank as ACLED
files East Jerusalem (geo.yaml acled_event_places). Sentences written for rasd."""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize.recognizer import find_places
from tests.event_checks import rows


def _names(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_places(text)]


def test_tear_gas_is_no_place() -> None:
    text = "وأطلقت قوات الاحتلال القنابل المسيلة للدموع وقنابل الصوت على المصلين في باحات المسجد الأقصى بالقدس."
    names = _names(text)
    assert not any("المسيلة" in n for n in names), names
    assert any("القدس" in n for n in names), names
    text2 = "واستخدمت الشرطة قنابل مسيلة للدموع لتفريق المتظاهرين في ساحة التحرير بالقاهرة."
    assert not any("مسيلة" in n for n in _names(text2)), _names(text2)


def test_msila_the_town_is_still_a_place() -> None:
    text = "وقالت السلطات الجزائرية إن الحادث وقع في ولاية المسيلة جنوب شرق العاصمة."
    assert any("المسيلة" in n for n in _names(text)), _names(text)


def test_a_riot_at_al_aqsa_with_no_city_named_is_filed_in_the_west_bank() -> None:
    out = rows(
        "وأصيب عشرات المصلين أمس الأحد في مواجهات مع قوات الاحتلال التي اقتحمت المسجد الأقصى، بعد أن رشق الشبان "
        "عناصرها بالحجارة، وأطلقت القوات القنابل المسيلة للدموع.",
        title="مواجهات في الأقصى",
    )
    located: list[dict[str, Any]] = [e.get("location") or {} for e in out]
    assert located and all(p.get("country_iso3") == "PSE" for p in located), located
    assert all(p.get("admin1") == "West Bank" for p in located), located
