"""Claims, round 20 of issue 13 (helper cl24): the stage's left-overs of cl22 and cl23 — things before a relative
clause say nothing (القضايا التي تهدد), "في الوقت الذي" + a verb has its subject after the verb, a reported ب object
after أفاد / يفيد is no speaker, a demand on جميع / الجميع / كافة goes on with the last speaker, and a thing that
points (المعلومات، الحصيلة) after كان reports no speech. docs/claims.md, "Round 20: the claims stage's left-overs
(helper cl24)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker

from .test_claims_generalize import claims


# ------------------------------------------------------------------ things before a relative clause
def test_issues_that_threaten_say_nothing() -> None:
    text = "وبحث الوزيران خلال اللقاء القضايا التي تهدد أمن المنطقة واستقرارها في ظل التطورات الأخيرة."
    assert by_marker(text, "تهدد") == []


def test_water_that_threatens_says_nothing() -> None:
    text = "وحذر التقرير من أن شح المياه التي تهدد بتقويض الزراعة في البلاد سيزداد خلال العقد المقبل."
    assert all(c["speaker"].get("text") != "المياه" for c in claims(text))


def test_a_body_before_a_relative_clause_still_speaks() -> None:
    text = "وأصدرت الحكومة التي تطالب بإصلاحات واسعة بيانا أمس حول الانتخابات."
    assert [c["speaker"].get("text") for c in by_marker(text, "تطالب")] == ["الحكومة"]


# ------------------------------------------------------------------ في الوقت الذي + a verb
def test_time_conjunction_reads_the_subject_after_the_verb() -> None:
    text = "وتراجعت أسعار النفط أمس، في الوقت الذي أعلنت شركة أرامكو أنها سترفع إنتاجها الشهر المقبل."
    found = by_marker(text, "أعلنت")
    assert len(found) == 1
    assert "أرامكو" in str(found[0]["speaker"].get("text"))
    assert found[0]["content"]["text"].startswith("سترفع")


def test_time_conjunction_ends_the_claim_before() -> None:
    text = "وقال المدير إن العمل في المشروع مستمر، في الوقت الذي تشير المصادر إلى أن المشروع تأخر عامين."
    said = by_marker(text, "قال")
    assert len(said) == 1 and "الوقت" not in said[0]["content"]["text"]
    points = by_marker(text, "تشير")
    assert [c["speaker"].get("text") for c in points] == ["المصادر"]


def test_time_conjunction_with_no_subject_after_is_no_claim() -> None:
    text = (
        "وقال المدير إن العمل مستمر. وفي الوقت الذي رصدت «الصحيفة» قلة عدد المراجعين خلال اليومين الماضيين، "
        "وصل بعض المسافرين إلى المنطقة."
    )
    assert by_marker(text, "رصدت") == []


# ------------------------------------------------------------------ يفيد بـ
def test_a_report_telling_of_a_fire_has_no_speaker_in_its_object() -> None:
    text = "وأوضح المتحدث أن غرفة العمليات تلقت بلاغا يفيد بنشوب حريق في مستودع للأخشاب جنوب المدينة."
    assert all(not str(c["speaker"].get("text") or "").startswith("ب") for c in claims(text))


# ------------------------------------------------------------------ a demand on all
def test_a_demand_on_all_goes_on_with_the_last_speaker() -> None:
    text = "وأكد المتحدث باسم الوزارة أن الشركة ستخضع للتحقيق. ودعا جميع المستفيدين إلى الإبلاغ عن أية مخالفات تواجههم."
    found = by_marker(text, "دعا")
    assert len(found) == 1
    assert found[0]["speaker"].get("text") != "جميع المستفيدين"
    assert found[0]["content"]["text"].startswith("جميع المستفيدين")


def test_urging_everyone_goes_on_with_the_last_speaker() -> None:
    text = "وأكد المتحدث باسم الوزارة أن الشركة ستخضع للتحقيق. وحث الجميع على الالتزام بالتعليمات."
    found = by_marker(text, "حث")
    assert len(found) == 1 and found[0]["speaker"].get("text") != "الجميع"


# ------------------------------------------------------------------ كان + a thing that points
def test_information_after_kana_is_no_claim() -> None:
    text = "وأعلنت الشرطة القبض على المتهم. وكانت المعلومات قد أشارت إلى أن المتهم غادر المدينة."
    assert by_marker(text, "أشارت") == []


def test_an_earlier_toll_after_kana_is_no_claim() -> None:
    text = "وقال المتحدث إن 12 شخصا قتلوا في الهجوم. وكانت الحصيلة السابقة أشارت إلى مقتل أربعة أشخاص."
    assert by_marker(text, "أشارت") == []


def test_a_body_after_kana_still_speaks() -> None:
    text = "وأعلنت الشرطة القبض على المتهم. وكانت الشرطة قد أشارت إلى أن المتهم غادر المدينة."
    assert [c["speaker"].get("text") for c in by_marker(text, "أشارت")] == ["الشرطة"]
