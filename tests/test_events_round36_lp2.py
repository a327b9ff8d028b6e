"""Round 36 (helper lp2): one act told over a list of places.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 36: one
act told over a list of places (helper lp2)"):

- ``places.province_pair``: a list of province names told right after a province's plural (في محافظات الضالع وأبين
  وشبوة، بمحافظات صعدة وحجة), each joined to the one before by و or a comma, names its provinces as a province dual
  names its two — a row per province (the released gold codes one row per province there). The plural must follow a
  preposition of place (في، على) or carry a fused ب (event_apart_cues ``province_plurals``,
  ``province_plural_openers``); a bare list of province names stays one event (round 10), and so does a list after
  من or إلى (where fighters came from, a goal).
- ``unlisted_places.listed_items``: the object of an act told past a comma (وحررت المقاومة أمس، بإسناد من طيران
  التحالف، مديريتي المسيمير وكرش) is read as a list to the end of its own clause when a district's or a province's kind
  stands before it (event_apart_cues ``object_list_kinds``); areas or quarters of one town (منطقتي خور مكسر وكريتر)
  stay one place.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _admin1(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("admin1")) for e in out)


def test_fighting_in_a_plural_of_provinces_gives_a_row_each() -> None:
    out = rows("واندلعت اشتباكات عنيفة يوم الثلاثاء في محافظات تعز ولحج والضالع بين المقاومة الشعبية والحوثيين.")
    assert _admin1(out) == ["Ad Dali", "Lahij", "Taizz"]


def test_fighting_still_raging_in_a_plural_of_provinces() -> None:
    out = rows(
        "وقال قائد المنطقة العسكرية للصحيفة إن المعارك في محافظات الضالع وأبين وشبوة ما زالت محتدمة بين المقاومة "
        "والحوثيين."
    )
    assert _admin1(out) == ["Abyan", "Ad Dali", "Shabwah"]


def test_strikes_on_a_plural_with_a_fused_preposition() -> None:
    out = rows("وقصف طيران التحالف فجر أمس مواقع للمتمردين بمحافظات صعدة وحجة وعمران.")
    assert _admin1(out) == ["Amran", "Hajjah", "Sadah"]


def test_protests_in_a_plural_of_provinces() -> None:
    out = rows("وخرجت أمس مظاهرات في محافظات البصرة وميسان وذي قار للمطالبة بتحسين الخدمات.")
    assert _admin1(out) == ["Basra", "Dhi Qar", "Maysan"]


def test_a_bare_list_of_provinces_stays_one_row() -> None:
    out = rows("وقتل أمس 12 شخصا في اشتباكات بين القوات الحكومية والمسلحين في دير الزور والحسكة والرقة.")
    assert len(out) == 1


def test_fighters_from_a_plural_of_provinces_are_no_list_of_scenes() -> None:
    out = rows("واندلعت اشتباكات عنيفة أمس في مدينة مأرب مع مسلحين حوثيين قادمين من محافظات عمران وصعدة وذمار.")
    assert _admin1(out) == ["Marib"]


def test_a_goal_of_a_plural_of_provinces_is_no_list_of_scenes() -> None:
    out = rows("وأغارت طائرات التحالف أمس على طرق الإمداد إلى محافظات تعز ولحج والضالع.")
    assert len(out) == 1


def test_a_campaign_total_over_a_plural_gives_no_row() -> None:
    out = rows("وقالت المنظمة إن الغارات الجوية في محافظات صعدة وحجة وعمران قتلت أكثر من 400 مدني منذ مارس الماضي.")
    assert out == []


def test_an_object_past_a_comma_lists_two_districts() -> None:
    out = rows("وحررت المقاومة الشعبية أمس، بإسناد من طيران التحالف، مديريتي المسيمير وكرش في محافظة لحج.")
    names = sorted(str((e.get("location") or {}).get("name")) for e in out)
    assert names == ["Al Musaymir", "Kirsh"]


def test_quarters_of_one_town_past_a_comma_stay_one_place() -> None:
    out = rows("وأسرت المقاومة الشعبية أمس 40 مسلحا حوثيا، وكانت تحاصر عشرات آخرين في منطقتي خور مكسر وكريتر بعدن.")
    assert len(out) == 1
