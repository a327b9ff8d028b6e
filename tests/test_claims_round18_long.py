"""Claims, round 18 of issue 13 (helper cl18): shapes of LONGER news articles (docs/claims.md, "Round 18: claims in
longer articles (helper cl18)") — an attribution in brackets after a quote, a preposition of accordance before a norm
(وفق قرارات …: "in line with", nobody's account). Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _marked(text: str, *forms: str) -> list[dict]:
    out = []
    for c in claims(text):
        word = (c["marker"] or {}).get("text", "")
        if word in forms or (word[:1] in ("و", "ف") and word[1:] in forms):
            out.append(c)
    return out


# ------------------------------------------------------------------ an attribution in brackets after a quote
@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الحزب في بيان على موقعه الإلكتروني «لم يعد للتهدئة أي معنى بعد هذه الغارات» (حسب البيان).",
        "وقال التنظيم في بيان نشره على تويتر «استهدفنا مقرا للميليشيا في قلب المدينة» (بحسب البيان). وقال مصدر "
        "أمني إن القتلى خمسة.",
    ],
)
def test_a_bracketed_attribution_after_a_quote_is_no_claim(sentence: str) -> None:
    found = claims(sentence)
    assert not _marked(sentence, "حسب", "بحسب"), found
    assert all(c["content"]["text"].strip("() ") for c in found), found
    assert any(c["marker"]["text"].endswith("قال") and "«" not in c["content"]["text"] for c in found), found


def test_a_bracketed_attribution_inside_a_sentence_gives_the_clause_before() -> None:
    sentence = "قتل عشرة مدنيين في القصف على البلدة (بحسب المرصد السوري لحقوق الإنسان) فيما أصيب آخرون بجروح."
    found = _marked(sentence, "بحسب")
    assert len(found) == 1, claims(sentence)
    assert found[0]["content"]["text"] == "قتل عشرة مدنيين في القصف على البلدة"


def test_an_outlet_in_quotes_and_a_date_after_it_are_no_content() -> None:
    sentence = (
        'تسلمت فصائل المعارضة مواقع على الحدود الشمالية بعد اجتماع ضم القادة في حلب، وفق وكالة "الأنباء المحلية" أمس.'
    )
    found = _marked(sentence, "وفق")
    assert found, claims(sentence)
    assert all(c["content"]["text"].strip('" ') not in ("أمس", "") for c in found), found


# ------------------------------------------------------------------ وفق / وفقا لـ before a norm: "in line with"
@pytest.mark.parametrize(
    ("sentence", "runs_to"),
    [
        (
            "ودعا الوزير المجتمع الدولي إلى العودة بعملية السلام إلى مسارها وإنهاء الاحتلال وفق قرارات الشرعية "
            "الدولية والمبادرة العربية.",
            "والمبادرة العربية",
        ),
        (
            "وأكد الوزير حرص الدول الأعضاء على وحدة البلاد واستكمال العملية السياسية وفقا للمبادرة الخليجية "
            "وآلياتها التنفيذية.",
            "وآلياتها التنفيذية",
        ),
        (
            "وأوضح المتحدث الرسمي للمركز أن هذه الحملات تنطلق وفقاً للتوجيهات الكريمة من القيادة، وأن المركز "
            "سيواصل جهوده.",
            "للتوجيهات الكريمة من القيادة",
        ),
        (
            "وقال مدير الشركة إن المشروع سينفذ على مراحل طبقا للخطط المعتمدة لدى الوزارة.",
            "للخطط المعتمدة لدى الوزارة",
        ),
    ],
)
def test_accordance_with_a_norm_cuts_no_content(sentence: str, runs_to: str) -> None:
    found = claims(sentence)
    assert not _marked(sentence, "وفق", "وفقا", "وفقاً", "طبقا"), found
    assert len(found) == 1, found
    assert runs_to in found[0]["content"]["text"], found


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب السوق، وفقا لمصادر أمنية.",
        "وتقدمت القوات الحكومية نحو وسط المدينة، وفقا لشهود عيان.",
    ],
)
def test_accordance_with_a_source_still_speaks(sentence: str) -> None:
    assert _marked(sentence, "وفقا"), claims(sentence)


# ------------------------------------------------------------------ the subject between كان and the verb
@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("وكانت حكومة المحافظة أعلنت محاصرة المدينة من ثلاث جهات تمهيدا لاقتحامها.", "حكومة المحافظة", "محاصرة"),
        ("وكانت الحكومة أعلنت إغلاق المعابر الحدودية أمام الشاحنات.", "الحكومة", "إغلاق المعابر"),
        (
            "وكان مسؤول في إقليم كردستان العراق قد طالب أنقرة بوقف غاراتها الجوية على المتمردين.",
            "مسؤول في إقليم كردستان العراق",
            "بوقف غاراتها",
        ),
    ],
)
def test_the_subject_between_kana_and_the_verb_speaks(sentence: str, speaker: str, content: str) -> None:
    found = claims(sentence)
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"] == speaker, found
    assert found[0]["content"]["text"].startswith(content) or content in found[0]["content"]["text"], found


def test_no_subject_read_between_kana_and_the_verb_from_an_indefinite_word() -> None:
    sentence = "وكان رودريغز استبعد اللاعب من قائمة الفريق المسافرة إلى فنلندا."
    assert not any(c["speaker"].get("text") == "رودريغز" for c in claims(sentence)), claims(sentence)


# ------------------------------------------------------------- a title's holder named after its body, then the object
@pytest.mark.parametrize(
    ("sentence", "name", "content"),
    [
        (
            "وطالب عضو لجنة النزاهة في البرلمان العراقي النائب سالم الجبوري الحكومة بكشف نتائج التحقيق.",
            "سالم الجبوري",
            "الحكومة بكشف نتائج التحقيق",
        ),
        (
            "ودعا المبعوث الخاص ورئيس بعثة الأمم المتحدة للدعم في ليبيا ماركو فيرنر إلى الإفراج عن الصحفيين.",
            "ماركو فيرنر",
            "إلى الإفراج عن الصحفيين",
        ),
        (
            "وأكد المسؤول الإعلامي للجناح العسكري لحزب العمال الكردستاني دلشاد كارزان قصف الطائرات لمواقع الحزب.",
            "دلشاد كارزان",
            "قصف الطائرات لمواقع الحزب",
        ),
    ],
)
def test_the_holder_after_a_title_body_speaks_before_a_plain_object(sentence: str, name: str, content: str) -> None:
    found = claims(sentence)
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"].endswith(name), found
    assert found[0]["content"]["text"] == content, found


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد عضو الغرفة التجارية في المدينة المنورة عبدالغني الأنصاري وجود عدة عوامل أدت إلى ارتفاع الأسعار.",
        "وحذرت صحف باكستان من تزايد نشاط التنظيم في أفغانستان.",
        "وطالب الأهالي بسرعة إصلاح البرج وتزويد المنطقة بالعديد من الأبراج.",
    ],
)
def test_no_holder_read_from_a_plain_word_or_an_object(sentence: str) -> None:
    for c in claims(sentence):
        assert "عوامل" not in c["speaker"]["text"] and "تزايد" not in c["speaker"]["text"], c
        assert "إصلاح" not in c["speaker"]["text"], c


# ------------------------------------------------------------------ وسائل إعلامية: media reports, unnamed
@pytest.mark.parametrize(
    "sentence",
    [
        "وكانت وسائل إعلامية تحدثت عن إغلاق المنفذ الحدودي أمام المسافرين.",
        "وذكرت وسائل إعلامية محلية أن الاجتماع سيعقد الأسبوع المقبل.",
    ],
)
def test_media_outlets_speak_in_a_report(sentence: str) -> None:
    found = claims(sentence)
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"].startswith("وسائل إعلامية") and found[0]["channel"] == "report", found


# ------------------------------------------------------------------ مضى + subject + بالقول
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وقال الوزير إن المفاوضات مستمرة. ومضت المصادر بالقول إن الجولة المقبلة ستعقد في جنيف.", "المصادر"),
        ("ومضى رئيس الوزراء إلى القول إن الحكومة ماضية في خططها الاقتصادية.", "رئيس الوزراء"),
    ],
)
def test_going_on_with_its_subject_between_is_a_claim(sentence: str, speaker: str) -> None:
    found = [c for c in claims(sentence) if c["marker"]["text"].lstrip("و") in ("مضى", "مضت")]
    assert len(found) == 1 and found[0]["speaker"]["text"] == speaker, claims(sentence)


def test_going_on_without_its_complement_is_no_claim() -> None:
    assert not claims("ومضى الموكب في طريقه إلى القصر وسط هتافات المواطنين.")


# ------------------------------------------------------------------ وواصل + a colon or a quotation
@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الأمين العام إن المنظمة تواجه أزمة مالية. وواصل: «الإصلاح يجب أن يبدأ من الداخل».",
        'وقال المسؤول إن الحقوق مكفولة للجميع. وواصل "يشعر المواطنون بأن الخدمات تحسنت كثيرا هذا العام".',
    ],
)
def test_went_on_with_a_quote_continues_the_speaker(sentence: str) -> None:
    found = _marked(sentence, "واصل")
    assert len(found) == 1 and found[0]["speaker"]["found_by"] == "pronoun", claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'وواصلت "موهبة" تطوير برامجها لتشمل عددا أكبر من الطلاب.',
        "وواصلت القوات تقدمها نحو وسط المدينة رغم المقاومة.",
    ],
)
def test_went_on_with_an_object_is_no_claim(sentence: str) -> None:
    assert not _marked(sentence, "واصل", "واصلت"), claims(sentence)


# ------------------------------------------------------------------ a happening before الذي says nothing
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وأعلن وزير الداخلية أمس أن الشرطة اعتقلت مشتبها به في التفجير الانتحاري الذي قال إن حصيلة ضحاياه "
            "ارتفعت إلى 20 قتيلا.",
            "وزير الداخلية",
        ),
        ("وأشاد رئيس البلدية سعد القحطاني بالقرار الذي قال إنه سيحد من التعديات على الشواطئ.", "سعد القحطاني"),
    ],
)
def test_a_happening_before_the_relative_pronoun_is_no_speaker(sentence: str, speaker: str) -> None:
    found = [c for c in claims(sentence) if c["marker"]["text"] == "قال"]
    assert len(found) == 1, claims(sentence)
    sp = found[0]["speaker"]
    assert speaker in str(sp.get("text")) or speaker in str((sp.get("antecedent") or {}).get("text")), found


def test_a_body_before_the_relative_pronoun_still_speaks() -> None:
    found = claims("وأعلنت واشنطن التي قالت إن الاتفاق سيوقع غدا عن عقوبات جديدة.")
    assert any(c["speaker"].get("text") == "واشنطن" for c in found), found
