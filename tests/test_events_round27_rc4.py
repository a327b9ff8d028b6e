"""Round 27 (helper rc4): the acts of a round-up, one kind of act at several places told one after another.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 27:
round-ups (helper rc4)"): two or more acts of one sub-type told at places of their own in clauses of their own (two
places that are not one area) are a round-up (``merge.happening.mark_summaries``). The event that would take them all
in as one happening told again — a headline placed only by the lead or in a region ("قوات النظام تقصف بلدات في ريف
إدلب"), or the round-up sentence's own first act at a place the gazetteer lacks (في جرود …) — sums them up; each act
keeps its own row (``round_up_apart``, read by ``same_happening``). One happening told twice stays one row.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_SHELLING = "Shelling/artillery/missile attack"


def _shelling_places(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out if e["acled_sub_event_type"] == _SHELLING)


_ROUND_UP = (
    "قصفت قوات النظام صباح أمس مناطق في جرود جبل الأربعين، ولم ترد معلومات عن إصابات، بينما قصفت قوات النظام "
    "مناطق في بلدة كفرنبل بريف إدلب الجنوبي، دون أنباء عن خسائر بشرية، كذلك جددت قوات النظام قصفها لمناطق في "
    "مدينة معرة النعمان."
)


def test_round_up_under_a_regional_headline_keeps_each_town() -> None:
    out = rows(_ROUND_UP, title="قوات النظام تقصف بلدات في ريف إدلب")
    places = _shelling_places(out)
    assert len(places) == 3, out
    assert "Kafranbel" in places and "Ma'arrat an Nu'man" in places, places


def test_two_towns_of_a_round_up_under_a_regional_headline_are_two_rows() -> None:
    out = rows(
        "قصفت قوات النظام صباح أمس مناطق في بلدة كفرنبل بريف إدلب الجنوبي، دون أنباء عن خسائر بشرية، كذلك جددت "
        "قوات النظام قصفها لمناطق في مدينة معرة النعمان.",
        title="قوات النظام تقصف بلدات في ريف إدلب",
    )
    assert _shelling_places(out) == ["Kafranbel", "Ma'arrat an Nu'man"], out


def test_round_up_under_a_headline_with_no_place() -> None:
    out = rows(
        "قصفت قوات النظام فجر اليوم مناطق في جرود جبل الأربعين، دون أنباء عن إصابات، فيما قضى رجل من مدينة أريحا "
        "إثر انفجار في مستودع للوقود في أريحا، بينما قصفت قوات النظام أحياء في بلدة كفرنبل بريف إدلب، دون أنباء عن "
        "إصابات، كذلك جددت قوات النظام قصفها لمناطق في مدينة معرة النعمان.",
        title="قوات النظام تقصف عدة مدن",
    )
    places = _shelling_places(out)
    assert len(places) == 3, out
    assert "Kafranbel" in places and "Ma'arrat an Nu'man" in places, places


# ------------------------------------------------------------------------------------------------ kept one
def test_one_shelling_told_twice_stays_one_row() -> None:
    out = rows(
        "قصفت قوات النظام صباح أمس مناطق في بلدة كفرنبل بريف إدلب الجنوبي، دون أنباء عن خسائر بشرية. وقال ناشطون "
        "إن القصف استهدف منازل المدنيين في كفرنبل.",
        title="قوات النظام تقصف بلدة في ريف إدلب",
    )
    assert _shelling_places(out) == ["Kafranbel"], out


def test_headline_over_one_body_shelling_stays_one_row() -> None:
    out = rows(
        "قصفت قوات النظام صباح أمس أحياء في مدينة معرة النعمان بقذائف المدفعية، ما أدى إلى مقتل ثلاثة مدنيين.",
        title="قوات النظام تقصف مدنا في ريف إدلب",
    )
    assert _shelling_places(out) == ["Ma'arrat an Nu'man"], out


def test_strikes_on_one_town_and_its_quarter_stay_one_row() -> None:
    out = rows(
        "شنت طائرات التحالف ليل أمس غارات على مواقع الحوثيين في مديرية التواهي بعدن، وأكد سكان أن الغارات طالت "
        "كذلك مواقع في حي التواهي.",
        title="الطيران يقصف مواقع في عدن",
    )
    assert len([e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]) == 1, out


def test_strike_named_again_by_a_definite_noun_is_no_row_of_its_own() -> None:
    out = rows(
        "شنت طائرات التحالف ليل أمس غارات على مواقع الحوثيين في مديرية التواهي، كما قتل ثمانية مسلحين في غارة "
        "جوية على مديرية خور مكسر. وقال سكان إن الغارة أصابت مخزنا للسلاح تابعا للمتمردين عند مدخل عدن الشمالي."
    )
    assert len([e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]) == 2, out
