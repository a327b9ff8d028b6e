"""Claims, round 21 (helper cl27): speech with no introducer. "وقال مرزوق نحن نرحب …"، "وقال لم نتلق …": قال / قالت,
its speaker, then at once (a comma or a short channel phrase allowed) a first-person clause (لقد، نحن، إننا, or
لم / لن / لا + a verb in ن) is the speaker's words, ``direct`` false (claim_cues.yaml ``bare_speech_*``).
The object readings (قال الله تعالى، words between the speaker and the speech, أضاف / أكد + an object) stay no
claim. docs/claims.md, "Round 21: speech with no introducer (helper cl27)". Sentences written for the project (none
taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker


def _said(text: str, marker: str) -> list[tuple[str, str, bool]]:
    return [(c["speaker"]["text"], c["content"]["text"], c["direct"]) for c in by_marker(text, marker)]


# ------------------------------------------------------------------ read: the speaker's first-person words
def test_a_named_speaker_then_we() -> None:
    text = "وزار وفد أوروبي المنتجعات الساحلية أمس. وقال مرزوق نحن نرحب بكل من يريد دعم السياحة في البلاد."
    assert _said(text, "قال") == [("مرزوق", "نحن نرحب بكل من يريد دعم السياحة في البلاد", False)]


def test_a_titled_speaker_then_we_are() -> None:
    text = "قال وزير الخارجية القطري نحن مطالبون بإيجاد حل سياسي للأزمة."
    assert _said(text, "قال") == [("وزير الخارجية القطري", "نحن مطالبون بإيجاد حل سياسي للأزمة", False)]


def test_a_comma_then_laqad() -> None:
    text = "وقال المتحدث باسم الشرطة، لقد أوقفنا ثلاثة مشتبهين في الحادث."
    assert _said(text, "قال") == [("المتحدث باسم الشرطة", "لقد أوقفنا ثلاثة مشتبهين في الحادث", False)]


def test_a_pronoun_speaker_then_a_negated_first_person_verb() -> None:
    text = (
        "وأكد رئيس نادي القادسية محمد العتيبي تمسك الإدارة بجميع لاعبي الفريق. "
        "وقال لم نتلق أي خطاب رسمي من النادي الآخر."
    )
    said = by_marker(text, "قال")
    assert len(said) == 1
    assert said[0]["speaker"]["found_by"] == "pronoun"
    assert said[0]["content"]["text"] == "لم نتلق أي خطاب رسمي من النادي الآخر"
    assert said[0]["direct"] is False


def test_a_short_channel_phrase_between() -> None:
    text = "وقالت الشركة في بيانها نحن ملتزمون بتعويض جميع المتضررين."
    said = by_marker(text, "قالت")
    assert [(c["speaker"]["text"], c["content"]["text"]) for c in said] == [
        ("الشركة", "نحن ملتزمون بتعويض جميع المتضررين")
    ]
    assert said[0]["channel"] == "statement"


# ------------------------------------------------------------------ not read: no first-person clause, or an object
def test_god_said_is_no_claim() -> None:
    assert _said("قال الله تعالى في كتابه الكريم ما يدل على ذلك.", "قال") == []


def test_an_addressee_and_a_place_between_are_no_claim() -> None:
    assert _said("وقال لي الموظف هناك لا نستطيع مساعدتك.", "قال") == []


def test_an_order_to_others_is_no_claim() -> None:
    assert _said("وقال لهم لا تنسوا الصلاة.", "قال") == []


def test_a_third_person_clause_stays_no_claim() -> None:
    text = "وقال المسند منذ ستة وأربعين عاما لم تسجل أي أمطار في أغسطس على المدينة."
    assert _said(text, "قال") == []


def test_added_with_an_object_is_no_claim() -> None:
    text = "وأضافت الوزارة أسماء لم نكن نعرفها إلى قائمة المقبولين في الوظائف."
    assert by_marker(text, "أضافت") == []


def test_the_introducer_reading_is_unchanged() -> None:
    text = "وقالت الوزارة إن الحادث وقع عند الفجر."
    assert _said(text, "قالت") == [("الوزارة", "الحادث وقع عند الفجر", False)]
