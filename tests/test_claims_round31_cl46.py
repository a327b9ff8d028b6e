"""Claims, round 31 (helper cl46): claims told in a relative clause (الذي / التي / الذين + a verb of saying), the
nested claims of rulings 8 and 10 that a relative pronoun ties to its speaker. (1) The antecedent is the person
named before a title set off by commas ("فلان، المدعي العام لمقاطعة …، الذي قال": check28), the name before
definite adjectives ("تنظيم داعش المتشدد الذي أعلن") and the title before a comma ("محافظ المؤسسة، الذي أشار"),
not the last word before the pronoun. stages/claims/before.py ``_title_holder``, ``_same_or_adjectives``,
``_title_before``; claim_cues.yaml ``relative_adjectives``. (2) The antecedent speaks inside the content of the
claim before it: "وقال الوزير إنه التقى بفلان الذي أكد أن …" gives the inner claim of its own (the outer content
stopped at the relative clause, whose zone held the first name; inside a quotation, when what the inner verb tells
opens with its own introducer). stages/claims/before.py ``_speaker_around``, stages/claims/__init__.py
``_told_relative``. (3) A verb that does not agree with the relative pronoun, or one with a name right after it,
does not take the antecedent as its subject: "الهجوم الذي قالت إنه استهدف" (a pronoun speaks), "والذي كشفت الصحف
أن" (the subject follows), "الأرقام التي أشار إليها فلان" (no claim: nothing told). stages/claims/marks.py
``_relative_agrees``, ``_subject_after``; stages/claims/common.py ``_told_ahead``. docs/claims.md, "Round 31:
nested claims and speakers on unseen articles (helper cl46)". Sentences written for the project (none taken from
an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------------------------- (1) the relative's antecedent
def test_the_person_before_a_title_in_commas_speaks() -> None:
    text = "وأشادت اللجنة بعمل سامي الخطيب، المدير العام لهيئة الموانئ، الذي قال إن التوسعة ستنتهي العام المقبل."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "سامي الخطيب"
    assert found[0]["content"]["text"] == "التوسعة ستنتهي العام المقبل"


def test_the_name_before_a_definite_adjective_speaks() -> None:
    text = "وتستمر الحملة على تنظيم داعش المتشدد الذي أعلن مسؤوليته عن الهجوم على الحاجز."
    found = _by(text, "أعلن")
    assert len(found) == 1
    assert "داعش" in _speaker(found[0])
    assert "المتشدد" not in _speaker(found[0])


def test_the_title_before_a_comma_speaks() -> None:
    text = "وجاء ذلك في تصريح محافظ المؤسسة، الذي أشار إلى أن الاحتياطيات تراجعت خلال الربع الأول."
    found = _by(text, "أشار")
    assert len(found) == 1
    assert _speaker(found[0]) == "محافظ المؤسسة"


def test_an_adjective_of_a_title_leaves_the_body_in_it_silent() -> None:
    # the adjective closes a title; the body inside the title (فيفا) is no speaker
    text = "وحضر الاجتماع نائب رئيس فيفا السابق الذي كشف أن الانتخابات ستؤجل."
    found = _by(text, "كشف")
    assert all(_speaker(c) != "فيفا" for c in found)


# --------------------------------------------------------------------- (2) the nested claim inside the content
def test_a_relative_claim_inside_the_content_before_is_its_own_claim() -> None:
    text = "وقال الوزير إنه التقى بالسفير ماركوس فيبر الذي أكد أن بلاده تدعم الحل السياسي."
    inner = _by(text, "أكد")
    assert len(inner) == 1
    assert "ماركوس فيبر" in _speaker(inner[0])
    assert inner[0]["content"]["text"] == "بلاده تدعم الحل السياسي"
    outer = _by(text, "قال")
    assert len(outer) == 1 and "الوزير" in _speaker(outer[0])


def test_a_relative_claim_inside_a_quotation_with_its_own_introducer() -> None:
    text = 'وقال المدرب: "تحدثت مع عادل الشمري الذي أكد أنه سيعود إلى التدريبات الأسبوع المقبل".'
    inner = _by(text, "أكد")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "عادل الشمري"


def test_no_nested_claim_from_a_relative_with_a_plain_object_in_a_quotation() -> None:
    text = 'وقال المحلل: "على الدول أن تعتمد على قدراتها كما فعلت في عملية الحزم التي كشفت قدراتها الدفاعية".'
    assert _by(text, "كشفت") == []


# --------------------------------------------------- (3) a verb that does not take the antecedent as its subject
def test_a_verb_that_disagrees_with_the_pronoun_speaks_as_a_pronoun() -> None:
    text = "وأعلنت مصادر رسمية مقتل جنديين في الهجوم الذي قالت إنه استهدف قافلة عسكرية."
    found = _by(text, "قالت")
    assert len(found) == 1
    assert "الهجوم" not in _speaker(found[0])
    assert found[0]["content"]["text"] == "استهدف قافلة عسكرية"


def test_the_subject_after_a_disagreeing_verb_speaks() -> None:
    text = "وتحدثت التقارير عن المهاجم الغاني والذي كشفت الصحف الغانية أن ناديه تلقى عرضا للتعاقد معه."
    found = _by(text, "كشفت")
    assert len(found) == 1
    assert "الصحف" in _speaker(found[0])


def test_no_claim_from_a_relative_that_tells_nothing() -> None:
    for text, verb in (
        ("لكن هل الأرقام التي أشار إليها الخبير سلمان الراشد قابلة للتحقيق؟", "أشار"),
        ("وقال المختصون إن الصندوق الذي دعت الهيئة إلى إنشائه سيحمي المودعين.", "دعت"),
    ):
        assert _by(text, verb) == []


def test_a_name_right_after_the_verb_is_its_subject_not_the_antecedent() -> None:
    text = "وقال مصدر إن الشبكة التي أعلنت الكويت أمس الكشف عنها لا صلة لها بالتفجير."
    assert all("الشبكة" not in _speaker(c) for c in claims(text))


def test_an_agreeing_relative_keeps_its_antecedent() -> None:
    # guards: the round's rules leave the ordinary relative claim as it was
    for text, verb, who in (
        ("والتقى الوزير بوفد من التجار الذين قالوا إن الأسعار ارتفعت بشكل كبير.", "قالوا", "التجار"),
        ("وقال الوزير إن بلاده ستتعاون مع الأمم المتحدة التي قالت إن المساعدات ستصل قريبا.", "قالت", "الأمم المتحدة"),
    ):
        found = _by(text, verb)
        assert len(found) == 1
        assert _speaker(found[0]) == who


def test_a_disagreeing_verb_takes_no_word_before_the_pronoun_as_speaker() -> None:
    # التي + a masculine verb: the place before the pronoun (العراق) is what was told of, not who told it
    text = (
        "وتبنى الحزب هجوما بسيارة مفخخة ردا على الغارات الجوية على قواعده في شمال العراق والتي قال انها انهت "
        "الهدنة بين الجانبين."
    )
    assert all(_speaker(c) != "العراق" for c in claims(text))


def test_a_disagreeing_relative_with_nothing_told_is_no_claim_and_cuts_nothing() -> None:
    text = "وتوقع مختصون أن يشمل صندوق حماية الودائع المصرفية الذي دعت الهيئة إلى إنشائه معظم المودعين."
    assert _by(text, "دعت") == []
    outer = _by(text, "توقع")
    assert len(outer) == 1
    assert outer[0]["content"]["text"].endswith("معظم المودعين")
