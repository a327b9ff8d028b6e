"""Round 41, helper ev13: events precision on unseen short articles.

* A toll of a thousand dead or more told by a definite noun of the fighting with no time in its sentence (وقتل أكثر
  من 3200 شخص في القتال، بحسب الأمم المتحدة) is a war's total, no one happening's (``coding.status.WAR_TOLL``; any
  toll of 5,000 was one before): it no longer gives its dead to the day's clash told beside it.
* An arrest for vice or public morals (بتهمة التحريض على الفسق، by the morals police: مباحث الآداب) is an ordinary
  crime of the police's, no row (``coding.kinds.vice_arrest``), with the headline that tells it.

Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _dead(e: dict[str, Any]) -> int | None:
    f = e.get("fatalities")
    return f.get("value") if isinstance(f, dict) else f


def test_an_arrest_for_debauchery_is_no_row() -> None:
    out = rows(
        "ألقت الشرطة في مدينة الإسكندرية أمس القبض على مطربة شعبية بتهمة التحريض على الفسق من خلال أغنية مصورة "
        "نشرتها على الإنترنت."
    )
    assert not [e for e in out if e["acled_sub_event_type"] == "Arrests"]


def test_an_arrest_by_the_morals_police_is_no_row() -> None:
    out = rows("ألقت الإدارة العامة لمباحث الآداب أمس القبض على ممثلة معروفة في منزلها بحي المهندسين بمدينة الجيزة.")
    assert not [e for e in out if e["acled_sub_event_type"] == "Arrests"]


def test_an_arrest_on_a_terror_charge_stays_a_row() -> None:
    # a guard: a charge that names an armed group keeps the arrest (passes before and after the change)
    out = rows("ألقت قوات الأمن أمس القبض على ثلاثة أشخاص في مدينة الإسكندرية بتهمة الانتماء إلى تنظيم داعش الإرهابي.")
    assert [e["acled_sub_event_type"] for e in out] == ["Arrests"]
