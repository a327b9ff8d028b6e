"""Claims, round 22 (helper cl30): markers the released sets missed. وجد / وجدت أن with a study or its researchers
right after it (claims.yaml ``finding_verbs``, ``finding_subjects``), لمح إلى أن beside ألمح, and an adverb of time
right after the verb (بعدها، قبلها) that is no speaker (claims.yaml ``not_speakers``). docs/claims.md, "Round 22:
markers the released sets miss (helper cl30)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import claims, speaker_text


def by_marker(text: str, form: str) -> list[dict]:
    """The claims of ``text`` whose marker is ``form``, with or without one و (وجد itself opens with و)."""
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") in (form, "و" + form)]


def _said(text: str, marker: str) -> list[tuple[str, str]]:
    return [(speaker_text(c), c["content"]["text"]) for c in by_marker(text, marker)]


# ------------------------------------------------------------------ a study's finding
def test_the_study_found_that() -> None:
    text = "ووجدت الدراسة أن الأطفال الذين ينامون مبكرا يحققون نتائج أفضل في المدرسة."
    assert _said(text, "وجدت") == [("الدراسة", "الأطفال الذين ينامون مبكرا يحققون نتائج أفضل في المدرسة")]


def test_the_researchers_found_that() -> None:
    text = "ووجد الباحثون أن تناول الخضروات يوميا يقلل خطر الإصابة بأمراض القلب."
    assert _said(text, "وجد") == [("الباحثون", "تناول الخضروات يوميا يقلل خطر الإصابة بأمراض القلب")]


def test_one_of_the_studies_found_that() -> None:
    text = "وقد وجدت إحدى الدراسات الحديثة أن المشي نصف ساعة يحسن المزاج."
    said = by_marker(text, "وجدت")
    assert len(said) == 1
    assert said[0]["content"]["text"] == "المشي نصف ساعة يحسن المزاج"


def test_found_on_the_spot_is_no_claim() -> None:
    text = "وعند وصول الفرقة إلى الموقع وجد أن الحادث عبارة عن حريق في مستودع."
    assert by_marker(text, "وجد") == []


def test_found_a_thing_ends_no_content() -> None:
    text = "وأوضح المتحدث أن الدورية أوقفت المتهم ووجد بحوزته مبلغ مالي كبير."
    said = by_marker(text, "أوضح")
    assert said[0]["content"]["text"] == "الدورية أوقفت المتهم ووجد بحوزته مبلغ مالي كبير"
    assert by_marker(text, "وجد") == []


def test_found_himself_is_no_claim() -> None:
    text = "ووجد اللاعب نفسه أمام خيارين بعد أن رفض النادي تجديد عقده."
    assert by_marker(text, "وجد") == []


# ------------------------------------------------------------------ لمح إلى أن
def test_hinted_that() -> None:
    text = "ولمح وزير المالية إلى أن الحكومة قد ترفع أسعار الوقود العام المقبل."
    assert _said(text, "لمح") == [("وزير المالية", "الحكومة قد ترفع أسعار الوقود العام المقبل")]


def test_caught_sight_of_is_no_claim() -> None:
    text = "ولمحت الشرطة سيارة مسرعة قرب الجسر فأوقفتها."
    assert by_marker(text, "لمحت") == []


# ------------------------------------------------------------------ بعدها / قبلها after the verb
def test_after_it_is_no_speaker() -> None:
    text = "وأكد رئيس النادي، أن المدرب وقع العقد في مايو، إلا أنه أعلن بعدها بأسبوعين أنه سيغادر الفريق."
    said = by_marker(text, "أعلن")
    assert len(said) == 1
    assert said[0]["speaker"]["found_by"] == "pronoun"
    assert said[0]["content"]["text"] == "سيغادر الفريق"


def test_before_it_is_no_speaker() -> None:
    text = "وكان قائد الشرطة قد صرح قبلها بأن الحصيلة قد ترتفع خلال الساعات المقبلة."
    said = by_marker(text, "صرح")
    assert len(said) == 1
    assert speaker_text(said[0]) == "قائد الشرطة"


# ------------------------------------------------------------------ أعاد … التأكيد على أن
def test_reaffirmed_that() -> None:
    text = "وأعادت شركة النفط الوطنية التأكيد على أنها ستبقي إنتاجها دون تغيير هذا العام."
    said = by_marker(text, "أعادت")
    assert len(said) == 1
    assert said[0]["content"]["text"] == "ستبقي إنتاجها دون تغيير هذا العام"
    assert "التأكيد" not in speaker_text(said[0])


def test_reaffirmed_goes_on_with_the_last_speaker() -> None:
    text = "وقال وزير التجارة إن الصادرات ارتفعت. وأعاد التأكيد على أن دعم المصانع المحلية ضروري."
    said = by_marker(text, "أعاد")
    assert len(said) == 1
    assert speaker_text(said[0]) == "وزير التجارة"


def test_renewed_emphasis_is_no_speaker() -> None:
    text = "وقال رئيس الائتلاف إن الحل السياسي ممكن. وجدد التأكيد على أن الائتلاف ملتزم بمبادئ الثورة."
    said = by_marker(text, "جدد")
    assert len(said) == 1
    assert speaker_text(said[0]) == "رئيس الائتلاف"


def test_reopened_is_no_claim() -> None:
    text = "وأعادت البلدية فتح الطريق أمام حركة السير بعد أن أكدت أن الأعمال انتهت."
    assert by_marker(text, "أعادت") == []
