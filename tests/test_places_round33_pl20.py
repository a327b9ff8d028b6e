"""Round 33 (helper pl20): a capital named as its government acting or as a source is no scene.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 33: the
country or the capital where the text names a province (helper pl20)"): a capital after a word of attribution (بحسب
أنقرة) or as the subject of a verb of a state's policy or campaign or of its noun (واصلت أنقرة قصفها، انضمام أنقرة
للتحالف، أنقرة ستبدأ) is not the place of the event its clause tells (``events.place_filters.capital_acting``,
``ar/geo.yaml`` ``capital_acts_before`` / ``capital_acts_after``), and unlike round 21's capital_voice it is no
fallback place: the row takes the place the text names for the happening.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [((e.get("location") or {}).get("name"), (e.get("location") or {}).get("admin1")) for e in out]


def test_strikes_in_northern_iraq_counted_by_ankara_are_not_at_ankara() -> None:
    out = rows(
        "ينفذ الطيران التركي غارات مكثفة على مواقع للمتمردين شمال العراق، وقتل ما لا يقل عن مئة مقاتل في الغارات "
        "بحسب أنقرة.",
        title="غارات تركية",
    )
    assert out and all(name != "Ankara" for name, _ in _places(out)), _places(out)


def test_ankara_pursuing_its_shelling_is_no_scene() -> None:
    out = rows("واصلت أنقرة قصفها العنيف لقواعد الحزب في شمال العراق أمس، وقتل عشرة مسلحين.", title="تصعيد في الجنوب")
    assert out and all(name != "Ankara" for name, _ in _places(out)), _places(out)


def test_a_capital_joining_the_coalition_is_no_scene_of_its_strikes() -> None:
    out = rows("وبعد انضمام أنقرة للتحالف قصفت طائرات تركية مواقع للتنظيم في محافظة الرقة أمس.", title="قصف تركي")
    assert _places(out) and all(admin1 == "Ar Raqqa" for _, admin1 in _places(out)), _places(out)


def test_a_capital_struck_is_still_the_scene() -> None:
    out = rows("وشهدت صنعاء أمس غارات جوية مكثفة استهدفت معسكرا شمال المدينة.", title="غارات على العاصمة")
    assert _places(out) and all(admin1 == "Amanat al Asimah" for _, admin1 in _places(out)), _places(out)


def test_a_capital_that_blames_a_group_keeps_its_attack() -> None:
    # round 21's fallback is unchanged: the attack a capital attributes keeps the capital when nothing else is named
    out = rows("وقتل ثلاثة جنود في هجوم انتحاري نسبته أنقرة إلى التنظيم.", title="هجوم انتحاري")
    assert ("Ankara", "Ankara") in _places(out), _places(out)
