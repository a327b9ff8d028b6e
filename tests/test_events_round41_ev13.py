"""Round 41, helper ev13: events precision on unseen short articles.

* A toll of a thousand dead or more told by a definite noun of the fighting with no time in its sentence (وقتل أكثر
  من 3200 شخص في القتال، بحسب الأمم المتحدة) is a war's total, no one happening's (``coding.status.WAR_TOLL``; any
  toll of 5,000 was one before): it no longer gives its dead to the day's clash told beside it.
* An arrest for vice or public morals (بتهمة التحريض على الفسق، by the morals police: مباحث الآداب) is an ordinary
  crime of the police's, no row (``coding.kinds.vice_arrest``), with the headline that tells it.
* A definite plural counted after a verb of doing (شنت المقاتلات عددا من الغارات) is that day's happening, not a kind
  nor "the strikes" told before (``coding.triggers._COUNTED_OF``: not ``definite``).

Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _dead(e: dict[str, Any]) -> int | None:
    f = e.get("fatalities")
    return f.get("value") if isinstance(f, dict) else f


def test_a_war_toll_of_thousands_is_no_clash_toll() -> None:
    out = rows(
        "واندلعت اليوم معارك عنيفة بين قوات الجيش الوطني والمسلحين الحوثيين في حي المعلا بمدينة عدن. وقتل أكثر من "
        "2500 شخص في القتال، بحسب الأمم المتحدة."
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash"]
    assert not _dead(out[0])


def test_a_toll_of_thousands_in_the_fighting_is_a_total() -> None:
    out = events("وقتل أكثر من 1500 شخص في القتال، معظمهم من المدنيين، حسب منظمة الصحة العالمية.")
    assert out and all(e["granularity"] == "aggregate" for e in out)


def test_thousands_executed_told_by_the_verb_stay_a_row() -> None:
    # a guard: a deed told by its verb and its doer keeps its count (passes before and after the change)
    out = rows("أعدم مسلحو التنظيم أكثر من 2000 مواطن في مدينة الموصل.", title="التنظيم يعدم 2000 شخص خلال أسبوعين")
    assert [e["acled_sub_event_type"] for e in out] == ["Attack"]


def test_a_day_toll_of_hundreds_stays_the_happening() -> None:
    # a guard: a toll under a thousand stays the act's (passes before and after the change)
    out = rows("قتل 120 مدنيا اليوم في تفجير سيارة مفخخة استهدف سوقا شعبيا في مدينة الخالص بمحافظة ديالى.")
    assert len(out) == 1
    assert _dead(out[0]) == 120


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


def test_a_number_of_strikes_done_is_a_happening_of_the_day() -> None:
    # "شنت الطائرات عددا من الغارات": the definite plural counted after a verb of doing is no kind and names no
    # strike told before; the artillery's shelling beside it stays a row of its own
    out = rows(
        "قصفت مدفعية الجيش أمس مواقع المسلحين في مديرية حرض بمحافظة حجة، فيما شنت المقاتلات عددا من الغارات "
        "المكثفة على معسكر للمسلحين في مديرية حرض."
    )
    assert sorted(e["acled_sub_event_type"] for e in out) == ["Air/drone strike", "Shelling/artillery/missile attack"]
