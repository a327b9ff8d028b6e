"""Claims, round 21 of issue 13 (helper cl25): speakers on short articles — bodies named by a common noun (الشركة،
محكمة، البنك، الكلية، المستشفى) before a plain object, an untagged name before the على of شدد, and a demand's plural
addressee (ودعت الكلية المقبولين … إلى) that ends the subject or follows a pronoun within five words of its إلى.
docs/claims.md, "Round 21: speakers on short articles (helper cl25)". Sentences written for the project (none taken
from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text

from .test_claims_generalize import claims


# ------------------------------------------------------------------ bodies named by a common noun
def test_company_before_its_announced_object() -> None:
    text = "وأعلنت الشركة ارتفاع أرباحها الفصلية بنسبة 12 في المائة مقارنة بالعام الماضي."
    found = by_marker(text, "أعلنت")
    assert [c["speaker"].get("text") for c in found] == ["الشركة"]
    assert found[0]["content"]["text"].startswith("ارتفاع أرباحها")


def test_court_before_its_announced_object() -> None:
    text = "وأعلنت محكمة الاستئناف تأجيل النظر في القضية إلى الشهر المقبل."
    found = by_marker(text, "أعلنت")
    assert [c["speaker"].get("text") for c in found] == ["محكمة الاستئناف"]
    assert found[0]["content"]["text"].startswith("تأجيل النظر")


def test_bank_speaks_in_a_statement() -> None:
    text = "وأعلن البنك تراجع أرباحه خلال الربع الثاني من العام."
    found = by_marker(text, "أعلن")
    assert [c["speaker"].get("text") for c in found] == ["البنك"]
    assert found[0]["channel"] == "statement"


# ------------------------------------------------------------------ an untagged name before على
def test_untagged_name_before_the_object_of_shaddada() -> None:
    text = "وقال المدير إن الحملة مستمرة. وشدد أبو ثنين على مواصلة أعمال التفتيش في المنشآت التجارية."
    found = by_marker(text, "شدد")
    assert [c["speaker"].get("text") for c in found] == ["أبو ثنين"]
    assert found[0]["content"]["text"].startswith("على مواصلة")


def test_tightened_measures_are_no_claim() -> None:
    text = "وقع التفجير قرب السوق. وشددت السلطات الإجراءات الأمنية على مداخل المدينة."
    assert by_marker(text, "شددت") == []


def test_tightened_guard_with_a_definite_object_is_no_claim() -> None:
    text = "وشددت قوات الأمن الحراسة على المقرات الحكومية بعد الهجوم."
    assert by_marker(text, "شددت") == []


# ------------------------------------------------------------------ a demand's plural addressee
def test_addressee_ends_the_body_subject() -> None:
    text = "ودعت الكلية المقبولين في برامج الدراسات العليا إلى استكمال إجراءات التسجيل."
    found = by_marker(text, "دعت")
    assert [c["speaker"].get("text") for c in found] == ["الكلية"]
    assert found[0]["content"]["text"].startswith("المقبولين")


def test_addressee_is_not_part_of_the_speaker() -> None:
    text = "ودعت الوزارة المواطنين إلى الإبلاغ عن أي مخالفات في الأسواق."
    found = by_marker(text, "دعت")
    assert [c["speaker"].get("text") for c in found] == ["الوزارة"]
    assert found[0]["content"]["text"].startswith("المواطنين إلى")


def test_pronoun_demand_with_its_lead_five_words_on() -> None:
    text = (
        "وقال مدير الدفاع المدني إن الفرق سيطرت على الحريق. "
        "ودعا المواطنين المقيمين قرب مجرى الوادي إلى الابتعاد عن مواقع السيول."
    )
    found = by_marker(text, "دعا")
    assert len(found) == 1
    assert speaker_text(found[0]) == "مدير الدفاع المدني"
    assert found[0]["content"]["text"].startswith("المواطنين المقيمين")


def test_pronoun_demand_with_punctuation_before_the_lead_is_not_read() -> None:
    text = "وقال مدير الدفاع المدني إن الفرق سيطرت على الحريق. ودعا المتطوعين المشاركين، في ختام الحملة، إلى حفل عشاء."
    assert all(c["speaker"].get("found_by") != "pronoun" for c in by_marker(text, "دعا"))


def test_addressee_after_a_title_is_not_part_of_the_speaker() -> None:
    text = "وطالب مدير المرور السائقين بالالتزام بالسرعة المحددة على الطرق السريعة."
    found = by_marker(text, "طالب")
    assert [c["speaker"].get("text") for c in found] == ["مدير المرور"]
    assert all("السائقين" not in str(c["speaker"].get("text")) for c in claims(text))


# ------------------------------------------------------------------ a verbal noun right after the verb is its object
def test_importance_after_the_verb_goes_on_with_the_speaker() -> None:
    text = "وقال الأمين إن المشروعات تسير وفق الخطة. وأكد أهمية متابعة المقاولين في جميع المواقع."
    found = by_marker(text, "أكد")
    assert len(found) == 1
    assert speaker_text(found[0]) == "الأمين"
    assert found[0]["content"]["text"].startswith("أهمية متابعة")


def test_no_leniency_after_the_verb_goes_on_with_the_speaker() -> None:
    text = "وقال رئيس البلدية إن الجولات مستمرة. وأكد عدم التهاون مع المحلات المخالفة."
    found = by_marker(text, "أكد")
    assert [speaker_text(c) for c in found] == ["رئيس البلدية"]


def test_a_participle_before_a_verbal_noun_is_not_read_so() -> None:
    text = "امتلأت ساحات السوق بالمزارعين أمس، إذ ضجت جنباتها بأصوات الدلالين، معلنة بدء الموسم في المدينة."
    assert by_marker(text, "معلنة") == []


def test_keenness_after_the_verb_goes_on_with_the_speaker() -> None:
    text = "وقال مدير الجامعة إن الاستعدادات اكتملت. وأكد حرص الجامعة على توفير السكن لجميع الطالبات المستجدات."
    found = by_marker(text, "أكد")
    assert [speaker_text(c) for c in found] == ["مدير الجامعة"]
    assert found[0]["content"]["text"].startswith("حرص الجامعة")


# ------------------------------------------------------------------ an unnamed plural subject before the object
def test_citizens_before_the_object_of_a_demand() -> None:
    text = "تعاني أحياء المدينة من حفر كثيرة. وطالب المواطنون البلدية بسرعة إصلاح الشوارع المتضررة."
    found = by_marker(text, "طالب")
    assert [c["speaker"].get("text") for c in found] == ["المواطنون"]
    assert found[0]["content"]["text"].startswith("البلدية بسرعة")


def test_tweeters_before_the_on_object() -> None:
    text = "انتشر المقطع على نطاق واسع. وشدد المغردون على ضرورة محاسبة المتسببين في الحادثة."
    found = by_marker(text, "شدد")
    assert [c["speaker"].get("text") for c in found] == ["المغردون"]
