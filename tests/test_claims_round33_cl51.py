"""Claims, round 33 (helper cl51): a known verb whose object stands right after it, with its pronoun as the
subject. (1) A past verb that takes its object with ب (claim_speaker_cues.yaml ``b_object_pronoun_verbs``: طالب،
تعهد، ندد، أوصى) followed at once by ب fused to a word no entity covers (not an adverbial of
``b_object_not_leads``: بدوره، بين، بشأن …) has no subject after it: the speaker is the verb's pronoun, told
before, and no name inside the object speaks ("وتعهدت بشن هجمات"، "لكنه تعهد بمواصلة التمرد"، "وطالب بمحاسبة
المسؤولين"; ``stages/claims/after.py`` ``b_object_first``, read by ``_speaker_after`` and ``before._unread_subject``).
(2) A verb read with no introducer whose next word is one of ``object_verbal_nouns`` (ضرورة، أهمية، عدم …) has no
subject after it either: a name inside that object is not who spoke ("وأكد ضرورة محاسبة المسؤولين";
``after._plain_object_first``). docs/claims.md, "Round 33: claims missed on unseen articles (helper cl51)".
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------------ (1) the ب object right after the verb
def test_a_promise_with_its_object_right_after_the_verb() -> None:
    text = (
        "قال وزير الصحة خالد المالكي إن المستشفى الجديد سيفتح أبوابه الشهر المقبل. "
        "وتعهد بتوفير الأطباء والممرضين في جميع أقسامه."
    )
    found = _by(text, "تعهد")
    assert len(found) == 1
    assert found[0]["speaker"].get("found_by") in (
        "pronoun",
        "previous_sentence",
        "anaphor",
    )
    assert (
        "المالكي" in str(found[0]["speaker"].get("name") or found[0]["speaker"].get("text") or "")
        or found[0]["speaker"].get("found_by") == "pronoun"
    )


def test_a_demand_object_holds_no_speaker() -> None:
    text = (
        "قال رئيس البلدية سامي العتيبي إن الحريق أتى على ثلاثة مستودعات. وطالب بمحاسبة المسؤولين عن تأخر فرق الإطفاء."
    )
    found = _by(text, "طالب")
    assert len(found) == 1
    assert "المسؤولين" not in _speaker(found[0])


def test_the_promise_content_opens_at_its_object() -> None:
    text = (
        "قال قائد الجيش محمد الفاتح إن قواته استعادت السيطرة على البلدة. "
        "وتعهدت القوات بملاحقة المسلحين. وتعهد بمواصلة العمليات حتى تطهير المنطقة."
    )
    found = [c for c in _by(text, "تعهد") if "المسلحين" not in str((c.get("content") or {}).get("text") or "")]
    assert found
    assert str(found[-1]["content"].get("text") or "").startswith("بمواصلة")


# --------------------------------------------------------------------------- (2) a plain object noun first
def test_a_name_inside_a_plain_object_is_no_speaker() -> None:
    text = (
        "قال مدير التعليم فهد الزهراني إن العام الدراسي يبدأ الأحد. وأكد ضرورة التزام المعلمين بالدوام من اليوم الأول."
    )
    found = _by(text, "أكد")
    assert len(found) == 1
    assert "المعلمين" not in _speaker(found[0])


# ----------------------------------------------------------------------------------------------- guards
def test_a_named_subject_before_the_object_still_speaks() -> None:
    text = "وطالب وزير الداخلية بتشديد الرقابة على المنافذ الحدودية."
    found = _by(text, "طالب")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("وزير الداخلية")


def test_in_turn_is_no_object() -> None:
    text = "وطالب بدوره رئيس الغرفة التجارية بتسهيل إجراءات الاستيراد."
    found = _by(text, "طالب")
    assert all("بدوره" not in _speaker(c) for c in found)


def test_a_threat_keeps_the_subject_before_it() -> None:
    text = "وكان المعارض قد هدد بالقتل مرات عدة خلال الأشهر الماضية."
    found = _by(text, "هدد")
    assert len(found) == 1
    assert _speaker(found[0]) == "المعارض"


def test_the_noun_pledge_is_no_verb() -> None:
    text = "ويشترط النظام وجود تعهد بعدم بيع الأرض قبل مضي خمس سنوات على تملكها."
    assert not _by(text, "تعهد")


def test_a_body_whose_name_opens_with_b_is_the_subject() -> None:
    text = "وطالبت بعثة الأمم المتحدة بوقف القتال في المدينة فورا."
    found = _by(text, "طالبت")
    assert len(found) == 1
    assert found[0]["speaker"].get("found_by") != "pronoun"


def test_a_health_directorate_is_no_plain_object() -> None:
    text = "أعلنت صحة جازان عن انتهاء حالة الطوارئ في مستشفياتها بعد خروج آخر المصابين."
    found = _by(text, "أعلنت")
    assert len(found) == 1
    assert "صحة" in _speaker(found[0])
