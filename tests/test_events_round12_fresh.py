"""Round 12b (issue 12, helper ev4): what the fresh articles of tune12 and tune13 showed rasd missing or coding
falsely, as general constructions. Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _read(found: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (e["acled_sub_event_type"], (e.get("location") or {}).get("admin1"), (e.get("date") or {}).get("value"))
        for e in found
    )


def test_the_attacks_after_a_statement_of_air_strikes_are_those_strikes() -> None:
    # a statement of strikes retold one sentence at a time: "the attacks" name the strikes, on the strikes' day
    found = rows(
        "أعلنت القيادة المركزية الأمريكية في بيان اليوم الأحد أن طائرات التحالف شنت 14 غارة جوية على مواقع التنظيم "
        "في العراق أمس السبت.\n"
        "وأوضح البيان أن الهجمات تركزت قرب مدينة بيجي. واستهدفت الهجمات أيضا مواقع قتالية قرب الموصل وكركوك.",
        published="2015-08-09",
    )
    assert _read(found) == [
        ("Air/drone strike", "Kirkuk", "2015-08-08"),
        ("Air/drone strike", "Ninewa", "2015-08-08"),
        ("Air/drone strike", "Salah Al Din", "2015-08-08"),
    ]
    # with no strikes told before, "the attacks" keep their own reading (no air strike)
    alone = rows("وقال مسؤول محلي إن الهجمات على نقاط التفتيش قرب الموصل تصاعدت خلال الأسبوع الماضي.")
    assert all(e["acled_sub_event_type"] != "Air/drone strike" for e in alone)
    # a sentence about something else between the strikes and "the attacks" ends the reading back
    apart = rows(
        "شنت طائرات التحالف غارات جوية على مواقع التنظيم قرب الرقة أمس.\n"
        "وفي شأن آخر، افتتح وزير الصحة مستشفى جديدا في مدينة الرياض.\n"
        "وقال الوزير إن الهجمات الإلكترونية على المستشفيات تتزايد."
    )
    assert all(e["trigger"]["text"] != "هجمات" or e["acled_sub_event_type"] != "Air/drone strike" for e in apart)


def test_a_province_listed_after_a_town_told_near_is_one_more_item() -> None:
    found = rows(
        "قال المرصد السوري إن طائرات التحالف شنت أمس الجمعة غارات جوية على مواقع لتنظيم داعش قرب حلب والرقة ودير الزور."
    )
    assert sorted((e.get("location") or {}).get("admin1") for e in found) == ["Aleppo", "Ar Raqqa", "Deir ez Zor"]
    assert all(e["acled_sub_event_type"] == "Air/drone strike" for e in found)
