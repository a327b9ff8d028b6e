"""The past verb of blowing up told before its doer (round 35, helper tr1).

فجر is excluded as a bare verb: far more often it is the dawn (فجر اليوم، فجر أمس، فجر ليبيا). Told before a plural
or unnamed doer (فجر عناصر التنظيم، فجر مسلحون مجهولون، فجر مقاتلون أكراد، فجر الثوار) it is the verb, a blast set off
(``resources/ar/events.yaml``, class explosive). Kept as they were: the dawn before a day, and the dawn as a name.
Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية"


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, _TITLE, "2015-08-04")


def test_blowing_up_told_before_the_groups_men_is_a_remote_explosive_row() -> None:
    found = _rows(
        "وقال مصدر أمني إن القوات العراقية واصلت تقدمها نحو وسط مدينة الفلوجة، وفي محاولة لعرقلة تقدمها فجر عناصر "
        "داعش أمس جسرا على نهر الفرات شمالي المدينة."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"]
    assert (found[0].get("location") or {}).get("name") == "Al Fallujah"


def test_blowing_up_by_unnamed_gunmen_is_one_row_with_its_charge() -> None:
    found = _rows("فجر مسلحون مجهولون أمس عبوة ناسفة قرب حاجز للجيش في مدينة العريش بمحافظة شمال سيناء.")
    assert len(found) == 1
    assert found[0]["acled_sub_event_type"] == "Remote explosive/landmine/IED"


def test_the_dawn_before_a_day_or_as_a_name_is_no_blast() -> None:
    assert _rows("وصل وفد الحكومة إلى مدينة جدة فجر أمس للمشاركة في اجتماع وزراء الخارجية.") == []
    assert _rows("أعلنت قوات فجر ليبيا أمس أنها ستشارك في جولة الحوار المقبلة في مدينة جنيف.") == []
