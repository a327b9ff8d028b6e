"""Round 38 (helper ev5): false rows that are no happening of their own — words misread, general statements.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 38: false
rows of background, general statements and mistyped rows (helper ev5)"):

- ``events.yaml``: an unknown destination alone (إلى جهة مجهولة، إلى مكان مجهول) is an abduction only when a verb of
  taking someone stands in its clause (اقتادوه، ساقوا، اختطفوا …); a governor who flees there, prisoners or aircraft
  moved there are no abduction. An execution carried out by an armed group named by its own name or court (جبهة
  النصرة، المحكمة الشرعية، حركة الشباب …) is read, as one by داعش or مسلحون was.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

TITLE = "تطورات ميدانية"


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str(e["acled_sub_event_type"]) for e in out)


def test_fleeing_to_an_unknown_destination_is_no_abduction() -> None:
    out = rows(
        "وأفادت مصادر محلية أمس بفرار محافظ المتمردين في مدينة عتق برفقة عدد من قادة الجماعة إلى جهة مجهولة.",
        title=TITLE,
    )
    assert _subs(out) == []
    # people taken there by a verb of taking stay abducted
    out = rows("وهاجم مسلحون ملثمون فجر اليوم ورشة في بلدة الحويجة وساقوا العمال الخمسة إلى مكان مجهول.", title=TITLE)
    assert _subs(out) == ["Abduction/forced disappearance"]
    out = rows("وأوقف مسلحون مجهولون أمس سيارة الصحفي في مدينة تعز واقتادوه إلى جهة مجهولة.", title=TITLE)
    assert "Abduction/forced disappearance" in _subs(out)


def test_prisoners_moved_to_an_unknown_place_are_no_abduction() -> None:
    out = rows(
        "وأكدت مصادر في المقاومة أن المسلحين نقلوا أمس عشرات الأسرى من سجن مدينة ذمار إلى جهة مجهولة.", title=TITLE
    )
    assert _subs(out) == []


def test_an_execution_by_an_armed_group_named_by_its_name_is_a_row() -> None:
    out = rows(
        "ونفذت جبهة النصرة أمس حكم الإعدام بحق ستة رجال في بلدة سراقب بريف إدلب بتهمة التعامل مع النظام.",
        title=TITLE,
    )
    assert _subs(out) == ["Attack"]
    # a state court's sentence is no happening of the war
    assert rows("وأصدرت محكمة الجنايات في القاهرة أمس حكم الإعدام بحق ستة متهمين في قضية قتل.", title=TITLE) == []


def test_the_continuing_shelling_named_as_a_cause_is_no_row() -> None:
    out = rows(
        "وتشير المعطيات إلى انهيار في معنويات قوات النظام داخل مدينة درعا نتيجة القصف المتواصل لقوات المعارضة.",
        title=TITLE,
    )
    assert _subs(out) == []
    assert rows("وغادر مئات السكان مدينة درعا بسبب القصف المستمر على أحيائها.", title=TITLE) == []
    # a day of its own or a counted toll: the day's shelling stays a row
    out = rows("وقتل خمسة مدنيين أمس في القصف المتواصل على أحياء مدينة درعا.", title=TITLE)
    assert _subs(out) == ["Shelling/artillery/missile attack"]
    out = rows("ونفذ طيران التحالف، أمس، سلسلة من الغارات المتواصلة على مدينة المخا.", title=TITLE)
    assert _subs(out) == ["Air/drone strike"]
    # fighting told as going on in a named place is the report's day's clash (the round 18b ruling)
    out = rows("وأفاد سكان بأن الاشتباكات المستمرة في مدينة تعز طالت الأحياء السكنية.", title=TITLE)
    assert _subs(out) == ["Armed clash"]


def test_a_group_s_hold_on_most_of_a_country_is_no_capture() -> None:
    out = rows(
        "وبسبب الحرب الدائرة وسيطرة جماعة الحوثي على معظم المدن والمحافظات اليمنية توقفت الدراسة في مدارس عدن.",
        title=TITLE,
    )
    assert _subs(out) == []
    # most of a town's quarters taken on a day stays a capture
    out = rows("وأعلنت المقاومة أمس سيطرتها على معظم أحياء مدينة تعز بعد معارك عنيفة.", title=TITLE)
    assert len(out) == 1 and "territory" in str(out[0]["acled_sub_event_type"])
