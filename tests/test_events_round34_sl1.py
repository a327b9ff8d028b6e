"""Round 34 (helper sl1): the second places of one sentence.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 34: the
second places of one sentence (helper sl1)"):

- ``places.fronted_dual``: a province's or a district's dual told at the head of its sentence or clause, before the
  trigger (وفي محافظتي لحج وأبين، قتل … في اشتباكات; وفي مديريتي رازح وكتاف، شنت الطائرات غارات), names two places,
  each its own event, as a dual after the trigger already does — when the one place read is one of the two, both are
  known to the gazetteer, and the dual is no "between" (بين محافظتي) and no source's seat (مصادر في محافظتي);
  event_arg_cues ``district_duals``; the events stage counts the two places as its clause's own (a patch to
  ``stages/events.py``: without it the place after the comma is the sentence's, and a weak trigger's second row is
  dropped);
- ``unlisted_places.listed_items``: a list found back from the place read (round 33's far list) whose kind word comes
  right after بين is the two ends of what lies between them (الطريق الرابط بين مدينتي أجدابيا وطبرق), one place.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _admin1(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("admin1")) for e in out)


def test_a_fronted_province_dual_gives_a_row_each() -> None:
    out = rows("وفي محافظتي لحج وأبين، لقي 7 من المسلحين الحوثيين مصرعهم أمس خلال يوم من الاشتباكات مع المقاومة.")
    assert _admin1(out) == ["Abyan", "Lahij"]


def test_a_fronted_province_dual_with_a_verb_of_fighting() -> None:
    out = rows("وفي محافظتي ديالى وصلاح الدين، قتل 12 عنصرا من التنظيم أمس في مواجهات مع القوات الأمنية.")
    assert _admin1(out) == ["Diyala", "Salah Al Din"]


def test_a_fronted_district_dual_gives_a_row_each() -> None:
    out = rows("وفي مديريتي رازح وكتاف، شنت طائرات التحالف مساء الخميس غارات على مواقع المتمردين.")
    names = sorted(str((e.get("location") or {}).get("name")) for e in out)
    assert len(names) == 2
    assert any("Razih" in n for n in names)
    assert any("Kitaf" in n for n in names)


def test_a_fronted_dual_after_amma() -> None:
    out = rows("أما في محافظتي لحج وأبين فقد قتل 4 من مسلحي الحوثي أمس في اشتباكات مع المقاومة الشعبية.")
    assert _admin1(out) == ["Abyan", "Lahij"]


def test_a_sources_seat_dual_is_no_list() -> None:
    out = rows("وقالت مصادر محلية في محافظتي لحج وأبين، إن اشتباكات عنيفة اندلعت أمس بين المقاومة والحوثيين.")
    assert len(out) == 1


def test_a_dual_between_two_provinces_is_one_place() -> None:
    out = rows("وفي المنطقة الواقعة بين محافظتي لحج وأبين، اندلعت اشتباكات عنيفة أمس بين المقاومة والحوثيين.")
    assert len(out) == 1


def test_a_road_between_two_towns_is_one_place() -> None:
    out = rows("وقتل ثلاثة جنود أمس في الهجوم الذي استهدف بوابة أمنية على الطريق الرابط بين مدينتي أجدابيا وطبرق.")
    assert len(out) == 1


def test_a_dual_after_the_trigger_still_gives_a_row_each() -> None:
    out = rows("وشنت طائرات التحالف أمس غارات على مواقع المتمردين في مدينتي الرقة ودير الزور.")
    assert len(out) == 2
