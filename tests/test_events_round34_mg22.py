"""One happening named again by a bare noun of attack at its town (round 34, helper mg22).

``merge.retold_noun``: a later row told by a bare noun of attack, incident or crime (هجوم، اعتداء، حادث، مجزرة،
جريمة: lists.retelling_nouns of ``event_duplicate_cues.yaml``) that names no weapon, placed by its own clause at the
very town of an earlier violent row, on its day (or with its own day up to a week before: a statement's "في 3
يوليو"), folds into that row. Kept two: a bare attack at another town, an attack with its own
different count of dead, a ground attack after an air raid at the town.
Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-07-22")


def _subs(found: list[dict[str, Any]]) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in found)


_BOMB = (
    "فجر انتحاري نفسه أمس عند مدخل مركز للشرطة في مدينة الفلوجة ما أدى إلى مقتل 12 شخصا وإصابة العشرات. "
    "وأضافت المصادر أن فرق الإسعاف نقلت الجرحى إلى مستشفيات المدينة وسط إجراءات أمنية مشددة. "
    "وأغلقت قوات الأمن الطرق المؤدية إلى مكان التفجير ومنعت الصحفيين من الاقتراب منه. "
)


def test_a_ministrys_statement_naming_the_bombing_again_by_a_bare_noun_is_no_row() -> None:
    found = _rows(_BOMB + "وقالت وزارة الداخلية في بيان إن هجوما إرهابيا وقع أمس في مدينة الفلوجة.")
    assert _subs(found) == ["Suicide bomb"]


def test_an_envoys_statement_with_the_attacks_own_earlier_day_is_no_row() -> None:
    found = _rows(
        "توفيت الشابة سلمى متأثرة بجروحها أمس، بعدما أضرم مستوطنون النار في منزل عائلتها في قرية دوما قبل أيام. "
        "وأضافت المصادر أن العائلة نقلت إلى مستشفى في المدينة وسط حالة من الغضب. "
        "وشارك المئات في تشييع جثمانها في مقبرة البلدة. "
        "وقال المبعوث الأممي في بيان إنه يشعر بحزن عميق لوفاة سلمى التي أصيبت في هجوم متعمد على منزلها في قرية "
        "دوما في 17 يوليو."
    )
    assert _subs(found) == ["Attack"]


def test_a_bare_attack_at_another_town_stays_a_row() -> None:
    found = _rows(_BOMB + "وقالت وزارة الداخلية في بيان إن هجوما إرهابيا وقع أمس في مدينة الرمادي.")
    assert _subs(found) == ["Armed clash", "Suicide bomb"]


def test_an_attack_with_its_own_count_of_dead_stays_a_row() -> None:
    found = _rows(_BOMB + "وقالت الشرطة إن خمسة جنود قتلوا أمس في هجوم على نقطة تفتيش في مدينة الفلوجة.")
    assert len(found) == 2


def test_a_bare_attack_after_an_air_raid_at_the_town_stays_a_row() -> None:
    found = _rows(
        "شنت طائرة حربية أمس غارة على مواقع للمسلحين في مدينة أجدابيا. "
        "وأضافت المصادر أن الغارة دمرت آليات عسكرية. "
        "وقالت مصادر أمنية إن هجوما وقع أمس في مدينة أجدابيا."
    )
    assert _subs(found) == ["Air/drone strike", "Armed clash"]
