"""Round 20 (helper cl22's rule, applied by the lead): a state declared by a body (أعلنت مديرية الشؤون الصحية في منطقة
عسير حالة الطوارئ) is a claim of that body, as the coded check10 and check12 have it; round 16's test that left this
sentence unread described a limit of the reader then, not a convention, and now expects the claim."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker


def test_a_directorate_named_with_its_region_declares_an_emergency() -> None:
    text = "وأعلنت مديرية الشؤون الصحية في منطقة جازان حالة الطوارئ لاستقبال المصابين في الحادث."
    declared = by_marker(text, "أعلنت")
    assert len(declared) == 1
    assert declared[0]["speaker"]["text"] == "مديرية الشؤون الصحية في منطقة جازان"
    assert declared[0]["content"]["text"].startswith("حالة الطوارئ")
    assert declared[0]["channel"] == "statement"


def test_hospitals_declare_an_alert_and_the_date_is_not_the_subject() -> None:
    text = "وأعلنت مستشفيات المدينة أمس حالة الاستنفار لاستقبال المتبرعين بالدم."
    declared = by_marker(text, "أعلنت")
    assert len(declared) == 1
    assert declared[0]["speaker"]["text"] == "مستشفيات المدينة"
    assert declared[0]["content"]["text"].startswith("حالة الاستنفار")


def test_a_quoted_state_after_authorities_in_several_regions() -> None:
    text = "واعلنت السلطات في الولايات الثلاث الأكثر تضررا حالة «كارثة وطنية» بعد الفيضانات."
    declared = by_marker(text, "اعلنت")
    assert len(declared) == 1
    assert declared[0]["speaker"]["text"] == "السلطات في الولايات الثلاث الأكثر تضررا"


def test_a_state_with_nobody_before_it_has_no_speaker() -> None:
    assert by_marker("وأعلنت حالة الطوارئ في المدينة بعد الفيضانات.", "أعلنت") == []
