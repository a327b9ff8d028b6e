"""Claims, round 32 (helper cl49): a nested "as … said" clause inside another speaker's quotation. A past verb of
saying right after كما / وكما / فكما (claim_cues.yaml ``as_told_words``) with its speaker named there may open its
content with فإن, bare or with a pronoun (``then_report_words``): «… كما أوضح الرئيس مرات عدة فإن …» is the
president's claim, told inside the speaker's quotation (rulings 8 and 10), as "وكما أوضح الوزير فإن …" is read at
the top level. stages/claims/sources.py ``_as_told_then`` (in ``_inside_read``). docs/claims.md, "Round 32: nested
claims by their verb (helper cl49)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_as_told_with_fa_inna_inside_a_quotation_is_a_claim_of_its_own() -> None:
    text = (
        'وقال المتحدث باسم الوزارة للصحفيين: "نواصل نقل المحتجزين بصورة منظمة. كما أوضح الوزير أحمد الخالدي مرات '
        'عدة فإن الحكومة عازمة على إغلاق المعسكر قبل نهاية العام".'
    )
    found = _by(text, "أوضح")
    assert len(found) == 1
    assert _speaker(found[0]) == "أحمد الخالدي"
    assert _content(found[0]).startswith("الحكومة عازمة")


def test_fa_innahu_with_a_pronoun_after_wa_kama() -> None:
    text = (
        "وأضاف مدير الدفاع المدني: «أنهينا إخلاء السكان من الحي، وكما أكد محافظ المنطقة فإنه لا توجد إصابات "
        "بين المواطنين حتى الآن»."
    )
    found = _by(text, "أكد")
    assert len(found) == 1
    assert "محافظ المنطقة" in _speaker(found[0])
    assert _content(found[0]).startswith("لا توجد إصابات")


def test_the_outer_quotation_keeps_its_own_claim() -> None:
    text = (
        'وقال المتحدث باسم الوزارة للصحفيين: "نواصل نقل المحتجزين بصورة منظمة. كما أوضح الوزير مرات عدة فإن '
        'الحكومة عازمة على إغلاق المعسكر قبل نهاية العام".'
    )
    outer = _by(text, "قال")
    assert len(outer) == 1
    assert "المتحدث" in _speaker(outer[0])


def test_no_claim_without_a_speaker_named_in_the_quotation() -> None:
    text = 'وقال رئيس البلدية في مؤتمر صحفي: "كما أكدنا مرارا فإن المشروع سيكتمل في موعده، ولن نقبل بأي تأخير".'
    assert not _by(text, "أكدنا")
    assert len(claims(text)) == 1


def test_fa_inna_after_a_verb_without_kama_is_not_an_introducer() -> None:
    text = 'وقال رئيس اللجنة: "لقد أعلن الفريق المنافس انسحابه من البطولة، فإن اللجنة ستدرس الموقف في اجتماعها المقبل".'
    assert not _by(text, "أعلن")


def test_a_nested_content_ends_with_the_quotation_when_the_sentence_runs_on() -> None:
    text = (
        'وأضاف مدير التعليم في المنطقة: "وكما أعلن وزير الصحة خالد العمري فإن حملة التطعيم ستشمل كل المدارس" '
        "خلال الفصل الدراسي الأول."
    )
    found = _by(text, "أعلن")
    assert len(found) == 1
    assert _speaker(found[0]) == "خالد العمري"
    assert _content(found[0]).endswith("كل المدارس")
