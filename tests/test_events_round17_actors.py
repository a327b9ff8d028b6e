"""Actor1 of captures (round 17, helper ac4; issue 12): who took the place, not who lost it.

On the tune files (tune6, tune12, tune15, tune19, and round 17's judged rows rowjudge4, twice) rasd gave a capture to
the side that lost the place: the side named after من past a word for its men (من المقاتلين الحوثيين), after a
verbal noun of leaving with its conjunction (وفرار الحوثيين، ودحر الميليشيات منها), or in a relative clause of
holding (المواقع التي كانت تحتلها الميليشيات). Those sides are targets now; and a regaining whose taker is not named
is the state's forces of the period (ACLED's "Government regains territory": government forces or affiliates regain a
location), not the loser and not an unidentified group. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows as _rows

CAPTURES = ("Government regains territory", "Non-state actor overtakes territory")


def _name(actor: dict[str, Any] | None) -> str:
    return str(actor.get("name") or "") if actor else ""


def _captures(text: str, published: str = "2015-08-04") -> list[dict[str, Any]]:
    found = [r for r in _rows(text, published=published) if r["acled_sub_event_type"] in CAPTURES]
    assert found, text
    return found


def test_the_side_that_fled_after_the_capture_is_not_its_taker() -> None:
    row = _captures("عدن - المقاومة الشعبية تسيطر على قاعدة العند الجوية وفرار الحوثيين منها")[0]
    assert _name(row["actor1"]) == "Popular Resistance"
    assert "Supreme Revolutionary Committee" in _name(row["actor2"])


def test_the_men_a_place_was_retaken_from_are_the_losers() -> None:
    row = _captures(
        "وأفاد سكان أن رجال المقاومة الشعبية خاضوا أمس معارك لاستعادة الأحياء الشرقية من مدينة تعز من المقاتلين "
        "الحوثيين بعد يوم من اكتمال سيطرتهم على وسط المدينة."
    )[-1]
    assert _name(row["actor1"]) == "Popular Resistance"
    assert "Supreme Revolutionary Committee" in _name(row["actor2"])


def test_the_former_holder_in_a_relative_clause_is_a_target() -> None:
    found = _captures(
        "وتقدمت قوات الشرعية أمس في محافظة لحج بعد أن سيطرت على جميع المواقع التي كانت تحتلها ميليشيات الحوثي "
        "وصالح في مديرية الحوطة."
    )
    for row in found:
        assert _name(row["actor1"]).startswith("Military Forces of Yemen (2012-)")
        assert "Supreme Revolutionary Committee" in _name(row["actor2"])


def test_the_side_driven_out_by_a_coordinated_noun_is_no_taker() -> None:
    row = _captures(
        "وقال بيان للجيش اليمني إن قواته أنجزت أمس تحرير قاعدة العند العسكرية ودحر الميليشيات الانقلابية منها."
    )[0]
    assert "Supreme Revolutionary Committee" not in _name(row["actor1"])
    assert _name(row["actor1"]).startswith("Military Forces of Yemen (2012-)")


def test_a_regaining_with_no_taker_named_is_the_states_forces() -> None:
    row = _captures("وعاد رئيس الوزراء اليمني إلى مدينة عدن أمس بعد تحريرها من قبضة الميليشيات الحوثية.")[0]
    assert row["acled_sub_event_type"] == "Government regains territory"
    assert _name(row["actor1"]).startswith("Military Forces of Yemen (2012-)")
    assert row["actor1"]["inter"] == 1
    assert "Supreme Revolutionary Committee" in _name(row["actor2"])


def test_the_taker_named_before_the_trigger_stays_the_taker() -> None:
    # the taker named before the trigger; the side after من قبضة مسلحي is the loser
    row = _captures("ونجحت قوات الجيش العراقي أمس في استعادة قرية البوعيثة من قبضة مسلحي تنظيم داعش جنوب بغداد.")[0]
    assert "Iraq" in _name(row["actor1"]) and row["actor1"]["inter"] == 1
    assert _name(row["actor2"]).startswith("Islamic State")


def test_a_holder_named_for_a_struck_place_is_the_target() -> None:
    found = [
        r
        for r in _rows(
            "دمشق - قصفت قوات النظام السوري أمس بالمدفعية الثقيلة البلدات التي يسيطر عليها مقاتلو جيش الفتح في ريف "
            "إدلب الجنوبي.",
            published="2015-08-04",
        )
        if r["acled_sub_event_type"] == "Shelling/artillery/missile attack"
    ]
    assert found
    assert _name(found[0]["actor1"]).startswith("Military Forces of Syria")
