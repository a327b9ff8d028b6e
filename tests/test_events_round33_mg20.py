"""Two doers' deeds the merge made one (round 33, helper mg20).

The article-wide merges (``stages.events``'s same_happening loop, merge.retold's fold of a happening told twice)
weigh two one-sided acts (a shelling, an air strike, a bombing, an attack) by sub-type, place, day and sentence,
never by who did them: "قصفت قوات النظام … قرى في ريف حماة، وقصفت الفصائل … مواقع للنظام في مدينة حماة" was one
row. Two such acts are now two happenings when each is told by its own past verb with its doer named right after or
right before it (the actor the actors' stage read for it), the two doers two actors of the lexicon that are not one
side on the day (a militia's affiliate period: Yemen's Popular Resistance beside Hadi's army). Kept as before: the
same side named twice, a doer read from elsewhere than the verb's own subject (a target named after the strikes), a
clash (two sides tell one). Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str, title: str | None = _TITLE) -> list[dict[str, Any]]:
    return rows(text, title, "2015-07-22")


def _doers(found: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((e["acled_sub_event_type"], (e.get("actor1") or {}).get("name") or "") for e in found)


def test_regime_and_rebel_shelling_of_one_province_in_one_sentence_are_two_rows() -> None:
    found = _rows(
        "قصفت قوات النظام بالمدفعية الثقيلة قرى في ريف حماة الشمالي صباح الثلاثاء، وقصفت الفصائل المقاتلة بقذائف "
        "الهاون مواقع للنظام في مدينة حماة."
    )
    assert _doers(found) == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)"),
        ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)"),
    ]


def test_the_other_side_shelling_the_same_villages_is_a_row_of_its_own() -> None:
    # merge.retold's fold of a happening told twice: one sub-type, one place
    found = _rows(
        "قصفت قوات النظام بالمدفعية الثقيلة قرى في ريف حماة الشمالي صباح الثلاثاء، وقصفت الفصائل المقاتلة بقذائف "
        "الهاون القرى نفسها."
    )
    assert len(found) == 2
    assert {e["actor1"]["name"] for e in found} == {"Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)"}


def test_a_subject_told_before_its_verb_is_its_own_doer() -> None:
    found = _rows(
        "أفاد ناشطون بأن قوات النظام قصفت بالصواريخ بلدات في ريف إدلب الجنوبي يوم الاثنين. وقصفت الفصائل المعارضة "
        "بالمدفعية معسكرا للنظام في محافظة إدلب في اليوم نفسه."
    )
    assert len(found) == 2
    assert {e["actor1"]["name"] for e in found} == {"Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)"}


def test_houthi_and_resistance_shelling_of_one_district_are_two_rows() -> None:
    found = _rows(
        "هاجمت ميليشيات الحوثي بالمدفعية مواقع المقاومة الشعبية في مديرية صرواح أمس، وقصفت المقاومة الشعبية تجمعات "
        "الحوثيين في المديرية."
    )
    assert len(found) == 2
    assert "Popular Resistance" in {e["actor1"]["name"] for e in found}


def test_the_army_and_its_allied_militia_stay_one_shelling() -> None:
    # the Popular Resistance fought beside Hadi's army in 2015 (actors.yaml affiliate): one side, one row
    found = _rows(
        "قصفت قوات الجيش اليمني بالمدفعية مواقع الحوثيين في مديرية صرواح أمس، وقصفت المقاومة الشعبية تجمعات لهم في "
        "المديرية."
    )
    assert len(found) == 1


def test_one_force_named_twice_stays_one_shelling() -> None:
    found = _rows(
        "قصفت قوات النظام بالمدفعية قرى في ريف حماة الشمالي صباح الثلاثاء، وقصف الجيش السوري بالصواريخ مواقع في "
        "مدينة حماة."
    )
    assert len(found) == 1


def test_a_second_verb_with_no_subject_of_its_own_stays_the_strikes() -> None:
    found = _rows(
        "قصفت قوات النظام بالمدفعية الثقيلة قرى في ريف حماة الشمالي صباح الثلاثاء، وقصفت مواقع للفصائل المقاتلة في "
        "مدينة حماة."
    )
    assert len(found) == 1
    assert found[0]["actor1"]["name"] == "Military Forces of Syria (2000-2024)"


def test_a_target_in_construct_with_the_noun_is_no_doer() -> None:
    # "قصف مواقع الحوثيين": the genitive is the target, no doer of its own beside the Saudi artillery's
    found = _rows(
        "قتل ثلاثة مسلحين في قصف مواقع الحوثيين في مدينة صعدة أمس، وقصفت المدفعية السعودية مخازن سلاح في المدينة."
    )
    assert len(found) == 1
