"""Claims, round 18b of issue 13 (helper cl19): a continuation (وأضاف، قالت، معتبرين، وأشاروا) whose form plainly
disagrees with the last speaker goes on with the subject of its own sentence or of the one before (docs/claims.md,
"Round 18b: claims recall and continuations (helper cl19)"). Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

from .test_claims_generalize import claims


def _by_marker(text: str, form: str) -> dict:
    found = [c for c in claims(text) if (c["marker"] or {}).get("text", "").lstrip("و") == form]
    assert len(found) == 1, claims(text)
    return found[0]


def _antecedent(claim: dict) -> str:
    speaker = claim["speaker"] or {}
    ante = speaker.get("antecedent") or {}
    return str(ante.get("text") or speaker.get("text") or "")


def test_a_feminine_verb_goes_on_with_the_country_not_the_official_before() -> None:
    text = (
        "وقال المسؤول الكردي للصحافيين إن الغارات لن تحل النزاع. "
        "وكانت تركيا قد قصفت مواقع الحزب في الجبال خلال الأيام الماضية فيما قالت إن هجماتها رد على مقتل جنودها."
    )
    claim = _by_marker(text, "قالت")
    assert claim["speaker"]["found_by"] == "pronoun"
    assert _antecedent(claim) == "تركيا"


def test_a_plural_participle_goes_on_with_a_group_that_opens_its_sentence() -> None:
    text = (
        "وقال رئيس البلدية محمد العتيبي إن المشروع سينتهي قبل نهاية العام. "
        "وفي المقابل، أبدى عدد من السكان استياءهم من تأخر الأعمال، معتبرين أن الوعود لم تتحقق."
    )
    claim = _by_marker(text, "معتبرين")
    assert _antecedent(claim).startswith("عدد من السكان")


def test_a_plural_verb_goes_on_with_the_group_before_a_name() -> None:
    text = (
        "وقال الوزير خالد الفالح إن الخطط تمضي كما رسمت. "
        "إلى ذلك، اتهم آخرون الفالح بالتقصير في إدارة الأزمة. وأضافوا أن الحلول تأخرت كثيرا."
    )
    claim = _by_marker(text, "أضافوا")
    assert _antecedent(claim) == "آخرون"


def test_a_group_after_kana_speaks_for_its_plural_verb() -> None:
    text = (
        "وقالت وزارة الطاقة في بيان إن الإنتاج ارتفع الشهر الماضي. "
        "وكان بعض المحللين قد توقعوا تراجع الأسعار، مشيرين إلى أن المخزونات كبيرة."
    )
    claim = _by_marker(text, "مشيرين")
    assert "المحللين" in _antecedent(claim)


def test_an_agreeing_continuation_keeps_the_last_speaker() -> None:
    text = (
        "وقال المتحدث باسم الوزارة أحمد الشهري إن الحملة مستمرة. "
        "وكانت السلطات قد أغلقت الطريق أمس. وأضاف أن الدوريات انتشرت في الأحياء."
    )
    claim = _by_marker(text, "أضاف")
    assert "الشهري" in _antecedent(claim)


def test_a_plural_verb_with_no_group_keeps_the_speaker_before() -> None:
    text = "وقال سكان في الحي إن المياه انقطعت منذ أسبوع. وأضافوا أن الشركة لم ترسل أي فريق."
    claim = _by_marker(text, "أضافوا")
    assert "سكان" in _antecedent(claim)


# ------------------------------------------------------------------ an indefinite subject before a named object
def _speaker_of(text: str, form: str) -> str:
    return str((_by_marker(text, form)["speaker"] or {}).get("text") or "")


def test_an_indefinite_group_before_a_named_object_speaks() -> None:
    text = "وفي المقابل، اتهم آخرون الوزير خالد الفالح بالتقصير في إدارة الأزمة."
    assert _speaker_of(text, "اتهم") == "آخرون"


def test_an_unnamed_official_with_a_nisba_before_a_named_object_speaks() -> None:
    text = "واتهم نائب بريطاني معارض وزارة الداخلية بالتهاون في حماية الحدود."
    assert _speaker_of(text, "اتهم") == "نائب بريطاني معارض"


def test_a_title_and_its_holder_keep_the_holder() -> None:
    text = "وطالب عضو مجلس الشورى محمد القحطاني بإعادة النظر في نظام المرور."
    assert "القحطاني" in _speaker_of(text, "طالب")
