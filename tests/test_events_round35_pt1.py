"""Fighting told as still going on with its place between the noun and the word of going on (round 35, helper pt1).

Round 18b's ruling codes clashes still going on in a named place as an armed clash of the report's day; it read the
word of going on right before the fighting noun or right after it past its adjectives (ما زالت الاشتباكات، المعارك
العنيفة مستمرة). Told with the place phrase between (المعارك في محافظة الضالع ما زالت محتدمة) the noun was read as a
kind of violence (a definite plural, no row). ``coding/status.going_on_past_place`` reads that order too. Kept as they
were: a fight at a country's scale, and a word of going on that belongs to a relative clause of the place. Every
sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-08-04")


def test_fighting_in_a_province_told_still_fierce_is_a_clash_row() -> None:
    found = _rows(
        "وقال قائد ميداني إن المعارك في محافظة الضالع ما زالت محتدمة بين رجال المقاومة الشعبية وميليشيات الحوثي."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]
    assert (found[0].get("location") or {}).get("name") == "Ad Dali"


def test_clashes_in_a_town_told_still_going_on_is_a_clash_row() -> None:
    found = _rows("وقال شهود عيان إن الاشتباكات في مدينة تعز لا تزال مستمرة بين المقاومة الشعبية ومسلحي جماعة الحوثي.")
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]
    assert (found[0].get("location") or {}).get("name") == "Taiz"


def test_fighting_of_a_whole_country_told_going_on_is_no_row() -> None:
    assert _rows("وقال المبعوث الأممي إن المعارك في اليمن ما زالت مستمرة منذ أشهر دون أفق لحل سياسي.") == []


# ---- a present verb of shelling told as the content of a report (genre.reported_shelling)


def test_a_present_shelling_told_by_residents_is_a_shelling_row() -> None:
    found = _rows(
        "وقال سكان محليون إن دبابات الميليشيات المتمركزة غرب مدينة تعز تقصف بشكل عشوائي القرى المجاورة، ما أدى إلى "
        "تهدم عدد من المنازل."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Shelling/artillery/missile attack"]
    assert (found[0].get("location") or {}).get("admin1") == "Taizz"


def test_a_present_shelling_denied_or_described_is_no_row() -> None:
    assert _rows("وأكد المتحدث باسم التحالف أن طائراته لا تقصف الأحياء السكنية في مدينة تعز.") == []
    assert _rows("وقال المحلل إن الطائرات التي تقصف مواقع التنظيم في مدينة الرقة تنطلق من قواعد بعيدة.") == []
