"""Round 33 (helper lp1): the later places of one sentence's list.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 33: the
later places of one sentence's list (helper lp1)"), in ``unlisted_places.listed_items``:

- a district's or a quarter's kind joins a later item to a list of places after a violent trigger (… في منطقة X
  ومديرية Y ومديرية Z; event_arg_cues list_later_item_kinds: مديرية، ناحية، قضاء، حارة) when the gazetteer knows
  the item's name; one it lacks ends the list there (ومديرية الأمن العام: an office, no place);
- a second preposition phrase goes on with the list of a strike, shelling or fight (… في مديرية X شمال صنعاء وفي
  مديريتي Y وZ; list_phrase_joiners), past a phrase locating the item before it (a direction and a known place:
  list_locator_directions): each known place is one event (the lead's ruling (a) of round 31); its items are
  known places only;
- past the first words after the trigger, the list the place read stands in is found from the first known place told
  after its kind word (… من بينها مواقع في منطقة X بمديرية Y شمال العاصمة صنعاء وفي مديريتي Z وW), its items known
  places only.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _names(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out if e["acled_sub_event_type"] == sub)


def test_a_later_district_item_of_a_shelling_list_is_a_row() -> None:
    out = rows("وقصفت مدفعية المتمردين مساء الأربعاء منازل المواطنين في منطقة الملاحيط ومديرية رازح.")
    names = _names(out, "Shelling/artillery/missile attack")
    assert len(names) == 2
    assert any("Razih" in n for n in names)


def test_two_later_district_items_of_a_strike_list_are_rows() -> None:
    out = rows(
        "وقصف الطيران الحربي فجر الأحد مواقع المتمردين في منطقة الملاحيط ومديرية رازح ومديرية باقم بمحافظة صعدة."
    )
    names = _names(out, "Air/drone strike")
    assert any("Razih" in n for n in names)
    assert len(names) == 3


def test_a_district_the_gazetteer_lacks_ends_the_list() -> None:
    out = rows("واندلعت اشتباكات عنيفة الثلاثاء بين الجيش والمسلحين في منطقة الملاحيط ومديرية الأمن العام.")
    assert len(out) == 1


def test_a_second_preposition_phrase_goes_on_with_the_list() -> None:
    out = rows(
        "واستهدفت غارات التحالف أمس مواقع للمتمردين في مديرية أرحب شمال صنعاء وفي مديريتي رازح وكتاف بمحافظة صعدة."
    )
    names = _names(out, "Air/drone strike")
    assert len(names) == 3
    assert any("Arhab" in n for n in names)
    assert any("Razih" in n for n in names)


def test_a_second_phrase_after_a_place_with_its_direction() -> None:
    out = rows("واستهدفت غارات التحالف أمس مواقع للمتمردين في منطقة بني حشيش شمال صنعاء وفي مديريتي رازح وكتاف.")
    names = _names(out, "Air/drone strike")
    assert len(names) == 3


def test_a_dual_list_alone_is_read_as_before() -> None:
    out = rows("واستهدفت غارات التحالف أمس مواقع للمتمردين في مديريتي رازح وكتاف بمحافظة صعدة.")
    assert len(_names(out, "Air/drone strike")) == 2


def test_the_list_of_the_place_read_far_past_the_trigger() -> None:
    out = rows(
        "إلى ذلك استهدفت غارات التحالف مواقع ومعسكرات للمليشيات والقوات المتحالفة معها في عدد من المحافظات اليمنية "
        "من بينها مواقع في منطقة بيت بوس بمديرية أرحب شمال العاصمة صنعاء وفي مديريتي رازح وكتاف بمحافظة صعدة."
    )
    names = _names(out, "Air/drone strike")
    assert len(names) == 3
    assert any("Arhab" in n for n in names)


def test_a_dual_list_far_past_the_trigger_gives_each_district() -> None:
    out = rows(
        "إلى ذلك استهدفت غارات التحالف مواقع ومعسكرات للمليشيات والقوات المتحالفة معها في عدد من المحافظات اليمنية "
        "من بينها مواقع في جبل بيت بوس جنوب العاصمة وفي مديريتي رازح وكتاف ومناطق أخرى بمحافظة صعدة."
    )
    names = _names(out, "Air/drone strike")
    assert any("Razih" in n for n in names)
    assert any("Kitaf" in n for n in names)
