"""Claims, round 37 (helper cl61): a verb of saying whose content is a noun phrase opening with a derived verbal noun.

A verb that takes a plain object (أكد، أعلن، نفى، حث …) with no subject after it continues the last speaker when
its object opens with a word of ``object_verbal_nouns`` ("وأكد أهمية …"); any other word right after it was taken for
an unread subject, so "وأكد تضامن حكومة الكويت مع …"، "كما أكدت تصميم الدولة على …"، "وأعلنت استدعاء سفيرها" gave no
claim (check25, check26, check33 code them, the speaker the one named before). Now a derived verbal noun read by its
pattern (after._verbal_noun: تفعيل، تفاعل، افتعال، استفعال، إفعال with its hamza, مفاعلة), indefinite or with its
possessive pronoun, right after a clause-opening one-word verb, is the object: the verb's pronoun speaks
(``stages/claims/before.py`` ``_derived_object_after``). Not a definite word (الثوار، التحالف), a body or group noun
of the pattern (تحالف، تنظيم، ائتلاف: ``derived_not_objects``), a word in ة (امرأة، تسديدة), the plural أفعال (أفكار،
أرقام) nor a verb inside a clause ("ووحدات عسكرية أعلنت مناهضتها"). docs/claims.md, "Round 37: reported speech whose
content is a noun phrase (helper cl61)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import pytest

from tests.test_claims_generalize import claims

_BEFORE = "وقال وزير الخارجية إن الهجوم على المدنيين عمل جبان لا يقره دين. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        ("وأكد تضامن حكومة بلاده مع الدول المتضررة من الإرهاب.", "أكد", "تضامن حكومة بلاده"),
        ("كما أكدت تصميم الحكومة على ملاحقة المسؤولين عن الهجوم.", "أكدت", "تصميم الحكومة"),
        ("وأعلنت استدعاء سفيرها لدى الدولة المجاورة للتشاور.", "أعلنت", "استدعاء سفيرها"),
        ("ثم أعلن تحرير عشرين رهينة في عملية خاصة شمال البلاد.", "أعلن", "تحرير عشرين رهينة"),
        ("وأعلنت موافقتها على إرسال فريق للتحقيق في الحادث.", "أعلنت", "موافقتها على إرسال"),
        ("وأعلن إغلاق المعبر الحدودي حتى إشعار آخر.", "أعلن", "إغلاق المعبر"),
    ],
)
def test_a_derived_verbal_noun_after_the_verb_is_its_object(sentence: str, verb: str, content: str) -> None:
    found = _by(_BEFORE + sentence, verb)
    assert len(found) == 1
    assert found[0]["speaker"]["found_by"] == "pronoun"
    assert found[0]["content"]["text"].startswith(content)


def test_the_pronoun_goes_on_from_the_speaker_before() -> None:
    found = _by(_BEFORE + "وأكد تضامن حكومة بلاده مع الدول المتضررة من الإرهاب.", "أكد")
    assert "وزير الخارجية" in str((found[0]["speaker"].get("antecedent") or {}).get("text") or "")


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("وأعلن التحالف مقتل عشرين مسلحا في الغارات.", "أعلن"),  # a definite body of the pattern: no pronoun
        ("وأكد ائتلاف المعارضة رفضه للاتفاق الجديد.", "أكد"),  # a group noun of the pattern
        ("وكانت الشرطة تبحث عن الجناة، واتهمت امرأة أخرى بالمشاركة في الجريمة.", "اتهمت"),  # ة: a passive
        ("ووحدات عسكرية أعلنت مناهضتها للمسلحين حالت دون سقوط المدينة.", "أعلنت"),  # inside a clause
        ("وفاز الفريق، فيما أعلنت تسديدة المهاجم الهدف الثاني في الدقيقة الأخيرة.", "أعلنت"),  # ة, no pronoun
        ("وأشارت أرقام نشرها الموقع إلى أداء قوي للشركات.", "أشارت"),  # the plural أفعال, a subject
        ("وقال المدرب إن نصف اللاعبين، رغم رواتبهم، يعلنون إفلاسهم بعد الاعتزال.", "يعلنون"),  # the present: a habit
    ],
)
def test_no_pronoun_where_the_word_may_be_the_subject(sentence: str, verb: str) -> None:
    found = _by(_BEFORE + sentence, verb)
    assert all(c["speaker"]["found_by"] != "pronoun" for c in found)


# ---------------------------------------------------------------- a group's head before the plain object (round 37)
@pytest.mark.parametrize(
    ("sentence", "verb", "speaker", "content"),
    [
        ("وأعلنت الحركة تعيين قائد عسكري جديد لها في الشمال.", "أعلنت", "الحركة", "تعيين قائد"),
        ("ونفى قطاع السجون وجود أي إهمال في رعاية النزيل المتوفى.", "نفى", "قطاع السجون", "وجود أي إهمال"),
        ("وأعلن المؤتمر الوطني العام، تمسكه بالحوار مع الأطراف كافة.", "أعلن", "المؤتمر الوطني العام", "تمسكه بالحوار"),
        ("وهدد الفرع المحلي للتنظيم أمس الأربعاء بإعدام الرهائن الثلاثة.", "هدد", "الفرع المحلي للتنظيم", "بإعدام"),
        ("وأقر التنظيم في منتصف الشهر الماضي، بمقتل أحد قادته في غارة.", "أقر", "التنظيم", "بمقتل أحد قادته"),
    ],
)
def test_a_group_head_before_the_plain_object_speaks(sentence: str, verb: str, speaker: str, content: str) -> None:
    found = _by("وتواصل القتال في المنطقة منذ أسابيع. " + sentence, verb)
    assert len(found) == 1
    assert found[0]["speaker"]["text"] == speaker
    assert found[0]["content"]["text"].startswith(content)


def test_a_noun_with_its_pronoun_ends_no_group_subject() -> None:
    text = "وتواصل القتال في المنطقة منذ أسابيع. وأعلنت جماعة مسلحة صغيرة مسؤوليتها الاثنين عن الهجوم على الثكنة."
    found = _by(text, "أعلنت")
    assert all("مسؤوليتها" not in str(c["speaker"].get("text") or "") for c in found)
