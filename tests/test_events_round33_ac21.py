"""The doer told by "at the hands of" and the two camps of a clash (round 33, helper ac21).

- "At the hands of" (على يد، على أيدي) with a side's gunmen "of" it between (على يد مسلحين من تنظيم القاعدة), and
  "by the hands of" fused to ب (بأيدي عناصر التنظيم): the side after it did the deed, not the men counted dead.
- A clash told "between X (and X') on one side and Y (and Y') on the other" (بين … من جهة و… من جهة أخرى، من جهة
  وبين …): the sides of one camp are allies; actor1 is read from one camp and actor2 is the first side of the other,
  never an ally of actor1. Traps: a clash "between" two sides with no camp words keeps its reading; "من جهة أخرى"
  opening a sentence (another topic) marks no camp.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _sides(found: list[dict[str, Any]], sub: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("actor1") or {}).get("name"), (e.get("actor2") or {}).get("name"))
        for e in found
        if e["acled_sub_event_type"] == sub
    ]


def test_killed_at_the_hands_of_gunmen_of_a_group_is_the_groups_deed() -> None:
    text = "قتل أربعة جنود على يد مسلحين من تنظيم القاعدة في مديرية لودر بمحافظة أبين صباح أمس."
    found = rows(text, published="2015-08-10")
    names = [(e.get("actor1") or {}).get("name") for e in found if e["acled_event_type"] == "Battles"]
    assert names and all(n == "Al-Qaeda" for n in names)


def test_by_the_hands_fused_to_ba_names_the_doer() -> None:
    text = "وقتل سبعة مدنيين بأيدي مسلحين من تنظيم داعش في قرية قرب مدينة الرمادي غرب العراق أمس الأحد."
    found = rows(text, published="2015-08-02")
    names = [
        (e.get("actor1") or {}).get("name") for e in found if e["acled_event_type"] == "Violence against civilians"
    ]
    assert names and all(n == "Islamic State (Iraq)" for n in names)


def test_two_camps_with_the_other_side_marked() -> None:
    text = (
        "واندلعت اشتباكات عنيفة أمس في مديرية صبر بين قوات الجيش الوطني والمقاومة الشعبية من جهة وميليشيات الحوثي "
        "من جهة أخرى."
    )
    sides = _sides(rows(text, published="2015-08-12"), "Armed clash")
    assert sides
    for a1, a2 in sides:
        assert a2 is not None and "Supreme Revolutionary Committee" in a2
        assert a1 is not None and a1 != a2


def test_the_second_camp_opened_by_wa_bayna() -> None:
    text = (
        "وتصاعدت المواجهات بين الجيش الوطني ومقاتلي المقاومة الشعبية من جهة وبين ميليشيات الحوثي وقوات صالح في "
        "عدة أحياء بمدينة تعز."
    )
    sides = _sides(rows(text, published="2015-08-14"), "Armed clash")
    assert sides
    for _, a2 in sides:
        assert a2 is not None and "Supreme Revolutionary Committee" in a2


def test_the_first_camp_after_a_comma_takes_actor1() -> None:
    text = (
        "وشهد محيط قاعدة العند مواجهات عنيفة صباح أمس، بين المقاومة الشعبية الجنوبية، من جهة، والمسلحين الحوثيين "
        "والقوات الموالية لصالح، من جهة أخرى."
    )
    sides = _sides(events(text, "2015-07-28"), "Armed clash")
    assert sides
    for a1, a2 in sides:
        assert a1 is not None and "Resistance" in a1
        assert a2 is not None and "Supreme Revolutionary Committee" in a2


def test_a_clash_between_two_sides_with_no_camp_words_is_as_before() -> None:
    # trap: no camp words; the government's side is actor1, the Houthis actor2 (round 25's reading)
    text = "واندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية وميليشيات الحوثي في مديرية الوازعية غرب تعز."
    sides = _sides(rows(text, published="2015-08-12"), "Armed clash")
    assert sides
    for a1, a2 in sides:
        assert a1 == "Popular Resistance"
        assert a2 is not None and "Supreme Revolutionary Committee" in a2


def test_min_jiha_ukhra_opening_a_sentence_marks_no_camp() -> None:
    # trap: "من جهة أخرى" opens a new topic; the clash's sides are read as before
    text = (
        "من جهة أخرى، تجددت الاشتباكات أمس بين الشرطة والجيش في مدينة دنقلا شمال السودان بعد وفاة جندي متأثرا بجراحه."
    )
    sides = _sides(rows(text, published="2015-07-28"), "Armed clash")
    assert sides
    for a1, a2 in sides:
        assert a1 is not None and a2 is not None and a1 != a2
