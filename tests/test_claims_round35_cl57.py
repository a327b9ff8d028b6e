"""Claims, round 35 (helper cl57): a verb of saying right after لكن with the subject's pronoun fused to it (لكنه،
لكنها، لكنهم …) opens a clause of its own, and the introducer after it is that verb's. rasd let the verb before لكن
take it: "ونفت الحكومة التدخل … لكنها قالت إن …" was read as the denial's claim, its speaker phrase run over the
object and لكنها قالت ("الوزير القرار لكنه قال"), and the later verb's claim was lost. Now the earlier verb keeps
its plain object, up to لكن, and the later verb speaks (``stages/claims/reading.py`` ``_intro_taken``;
``claim_cues.yaml`` ``but_pronouns``). docs/claims.md, "Round 35: … (helper cl57)". Sentences written for the
project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وعقد مجلس الوزراء اجتماعه الأسبوعي أمس برئاسة رئيس الوزراء. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_the_said_after_but_keeps_its_introducer() -> None:
    text = _BEFORE + "وانتقد وزير المالية خالد العمري القرار الأخير لكنه قال إن الحكومة ستلتزم بتنفيذه كاملا."
    said = _by(text, "قال")
    assert len(said) == 1
    assert "الحكومة ستلتزم" in _content(said[0])
    for c in _by(text, "انتقد"):
        assert "لكنه" not in _speaker(c)
        assert "الحكومة ستلتزم" not in _content(c)


def test_a_denial_keeps_its_object_before_but() -> None:
    text = _BEFORE + "ونفى المتحدث باسم الجيش المسؤولية عن القصف لكنه أكد أن التحقيق في الحادث ما زال جاريا."
    stressed = _by(text, "أكد")
    assert len(stressed) == 1
    assert "التحقيق في الحادث" in _content(stressed[0])
    for c in _by(text, "نفى"):
        assert "التحقيق في الحادث" not in _content(c)


def test_a_present_denial_then_but_she_says() -> None:
    text = _BEFORE + "وتنفي طهران إرسال أسلحة إلى المتمردين لكنها تقول إن من حقها دعم حلفائها في المنطقة."
    says = _by(text, "تقول")
    assert len(says) == 1
    assert "من حقها دعم حلفائها" in _content(says[0])
    for c in _by(text, "تنفي"):
        assert "من حقها" not in _content(c)


def test_a_plural_pronoun_after_but() -> None:
    text = _BEFORE + "ونفى مسؤولو الميناء وجود أضرار في الأرصفة ولكنهم أشاروا إلى أن الرافعات توقفت عن العمل."
    pointed = _by(text, "أشاروا")
    assert len(pointed) == 1
    assert "الرافعات توقفت" in _content(pointed[0])
    for c in _by(text, "نفى"):
        assert "الرافعات" not in _content(c)


def test_a_claim_then_but_he_said_stays_two_claims() -> None:
    # guard: both verbs have their own introducer, as before
    text = _BEFORE + "وقال الرئيس إن بلاده لن تتدخل في النزاع لكنه أكد أن الحدود ستبقى مغلقة."
    said, stressed = _by(text, "قال"), _by(text, "أكد")
    assert len(said) == 1 and len(stressed) == 1
    assert _speaker(said[0]) == "الرئيس"
    assert "بلاده لن تتدخل" in _content(said[0])
    assert "الحدود ستبقى مغلقة" in _content(stressed[0])


def test_but_with_a_named_subject_after_it() -> None:
    # guard: لكن alone before a named subject is no pronoun; the verb after it reads its subject as before
    text = _BEFORE + "وقالت الوزارة إن المستشفيات جاهزة لكن مدير الصحة قال إن النقص في الأدوية مستمر."
    said = [c for c in _by(text, "قال") if "النقص في الأدوية" in _content(c)]
    assert len(said) == 1
    assert "مدير الصحة" in _speaker(said[0])
