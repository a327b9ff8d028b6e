"""Claims, round 38 (helper cl62): long conflict articles — who a pronoun speaker goes on with, and a joined verb's
object.

1. A sentence that opens with a particle before its verb or its subject (كما، لم، فيما، لكن …: ``particle_openers``):
   a pronoun marker later in it (قائلة، مشيرا، فإنها دعت) goes on with that sentence's subject, not with a speaker of
   an earlier sentence (``stages/claims/before.py`` ``_particle_subject``).
2. A marker that opens its sentence after a sentence whose opening verb's subject is a phrase that can speak, or a
   group (عدد من …) for a plural marker: that subject, not the last speaker before it
   (``_previous_opening_phrase``).
3. A verb of saying joined by و to the sentence's opening verb, whose words after it name nobody who can speak: the
   opening verb's subject speaks and the words are its object (the lead's ruling of round 37;
   ``_joined_subject``).
4. A marker that refers back with فيه / فيها to a document named before it with the verb that issued it ("كلمة
   ألقاها المرشد … قال فيها"، "رسالة وجهها المحافظ … طالب فيها"): that verb's subject (``_issuer_after_document``).

docs/claims.md, "Round 38: … (helper cl62)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وقال المتحدث باسم الجيش إن القوات صدت هجوما على مواقعها شمال المدينة. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _antecedent(claim: dict) -> str:
    return str((claim["speaker"].get("antecedent") or {}).get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_participle_after_a_particle_goes_with_the_sentence_subject() -> None:
    text = _BEFORE + "كما رفضت الشركة الأمريكية التعليق قائلة إن التحقيق لا يزال جاريا."
    found = _by(text, "قائلة")
    assert len(found) == 1
    assert _speaker(found[0]) == "الشركة الأمريكية"
    assert "المتحدث" not in _antecedent(found[0])
    # "التعليق" names nobody: the pronoun of رفض goes on with the spokesman
    thing = _BEFORE + "كما رفض التعليق على الهجوم، مشيرا إلى أن التحقيق جار."
    went_on = _by(thing, "مشيرا")
    assert len(went_on) == 1
    assert went_on[0]["speaker"].get("found_by") == "pronoun"
    assert "المتحدث" in _antecedent(went_on[0])


def test_negated_opening_verb_keeps_its_subject() -> None:
    text = _BEFORE + "ولم يستبعد متحدث الداخلية خلال لقاء سابق مع الصحيفة وقوع هجمات جديدة، مشيرا إلى أن الخلايا نشطة."
    found = _by(text, "مشيرا")
    assert len(found) == 1
    assert _speaker(found[0]) == "متحدث الداخلية"


def test_verb_after_fa_inna_goes_with_the_body_that_condemned() -> None:
    text = _BEFORE + "وفيما أدانت رئاسة الإقليم القصف، فإنها دعت الحزب إلى إبعاد القتال عن القرى الحدودية."
    found = _by(text, "دعت")
    assert len(found) == 1
    assert _speaker(found[0]) == "رئاسة الإقليم"


def test_plural_participle_after_a_group_of_the_sentence_before() -> None:
    text = (
        "استنكر عدد من الأكاديميين والدعاة في تصريحات للصحيفة الهجوم على مسجد قوات الأمن الخاصة.\n"
        "مشيرين بأن ما حدث لا يقبله عقل ولا دين."
    )
    found = _by(text, "مشيرين")
    assert len(found) == 1
    assert "عدد من الأكاديميين" in _speaker(found[0])


def test_verb_opening_its_sentence_after_a_body_of_the_sentence_before() -> None:
    text = (
        "وقال شهود إن المسلح بدأ بإطلاق النار. وصلت لجنة التحقيق إثر الحادث إلى المدينة. وقالت في بيان إن الأدلة جمعت."
    )
    found = [c for c in claims(text) if "الأدلة جمعت" in _content(c)]
    assert len(found) == 1
    assert _speaker(found[0]) == "لجنة التحقيق"
    # a verb with the subject of its own sentence before it is not read from the sentence before
    own = "أعلن الجيش السيطرة على التلال. وذكر قائد الكتيبة تفاصيل العملية في تغريدة، وقال إن قواته تقدمت."
    said = [c for c in claims(own) if "قواته تقدمت" in _content(c)]
    assert all(_speaker(c) != "الجيش" for c in said)


def test_joined_verb_object_is_no_speaker() -> None:
    text = _BEFORE + "من جانبها، أدانت السعودية الحادث الإرهابي وأكدت وقوفها إلى جانب البحرين في محاربة الإرهاب."
    found = _by(text, "أكدت")
    assert len(found) == 1
    assert _speaker(found[0]) == "السعودية"
    assert _content(found[0]).startswith("وقوفها")
    # a joined verb with its own subject after it keeps that subject
    own = _BEFORE + "أدان الوزير الهجوم، وأكد مسؤولون في الوزارة ضرورة ملاحقة الجناة."
    said = _by(own, "أكد")
    assert len(said) == 1
    assert "مسؤولون" in _speaker(said[0])


def test_issuer_of_a_document_named_before_its_marker() -> None:
    # the verb after the document holds it as its pronoun (ألقاها، وجهها): the phrase after that verb is its subject
    text = "واحتجت الوزارة على كلمة ألقاها المرشد الإيراني في طهران قال فيها إن بلاده لن تتخلى عن حلفائها."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("المرشد الإيراني")
    letter = _BEFORE + "واحتج الأهالي على رسالة وجهها محافظ المدينة إلى الوزارة طالب فيها بنقل السكان إلى مخيم."
    asked = _by(letter, "طالب")
    assert len(asked) == 1
    assert _speaker(asked[0]) == "محافظ المدينة"
