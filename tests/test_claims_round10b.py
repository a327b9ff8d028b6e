"""Claims, round 10b of issue 13: speakers named before the marker, and direct quotes. Classes read on the errors
of the tune sets (claims_tune2..6, the dev set's tune half, claims_check..check4), as unit rows written for the
project (no sentence is taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _by_marker(sentence: str) -> dict[str, str]:
    """Speaker text by marker text."""
    return {str((c["marker"] or {}).get("text")): str(c["speaker"].get("text")) for c in claims(sentence)}


# ------------------------------------------------ a country that opens the sentence speaks with its second verb
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        (
            "وأعلن وزير الداخلية أن الحدود مغلقة. ورفضت تركيا المشاركة في العملية العسكرية، وقالت إن الحل السياسي "
            "هو الطريق الوحيد.",
            "قالت",
            "تركيا",
        ),
        ("ورفضت تركيا المشاركة في العملية العسكرية وقالت إن الحل السياسي هو الطريق الوحيد.", "قالت", "تركيا"),
        (
            "وأعلن وزير الداخلية أن الحدود مغلقة. واستنكرت القاهرة الهجوم على السفارة وأكدت أنها ستلاحق المنفذين.",
            "أكدت",
            "القاهرة",
        ),
    ],
)
def test_a_place_after_the_opening_verb_is_the_subject_of_the_second(sentence: str, marker: str, speaker: str) -> None:
    assert _by_marker(sentence)[marker] == speaker


@pytest.mark.parametrize(
    ("sentence", "marker", "place"),
    [
        # the place is where, after a preposition: no subject
        ("وقال الوزير إن الحدود مغلقة. وفي القاهرة، تظاهر مئات الطلاب وأكدوا أن مطالبهم مشروعة.", "أكدوا", "القاهرة"),
        # the place after a preposition that follows the verb
        (
            "وقال الوزير إن الحدود مغلقة. ووصل إلى بغداد وفد من الأمم المتحدة وقال إن الزيارة تستمر يومين.",
            "قال",
            "بغداد",
        ),
    ],
)
def test_a_place_that_is_where_is_no_subject(sentence: str, marker: str, place: str) -> None:
    assert _by_marker(sentence).get(marker) != place


# ------------------------------------------------ nested speech passed on by an outlet or a document
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        ("وذكرت وكالة الأنباء الرسمية أن القاضي أحمد سالم قال إن الجلسة تأجلت إلى الشهر المقبل.", "قال", "أحمد سالم"),
        ("وأضافت الوكالة أن الرئيس السابق أبلغ المحكمة أنه لم يتلق العلاج اللازم.", "أبلغ", "الرئيس السابق"),
        ("وأوضح البيان أن الوزير أكد أن العمل في المشروع مستمر.", "أكد", "الوزير"),
        ("ويذكر أن الشرطة أعلنت الأسبوع الماضي القبض على ثلاثة مشتبهين.", "أعلنت", "الشرطة"),
    ],
)
def test_nested_speech_is_the_inner_speakers(sentence: str, marker: str, speaker: str) -> None:
    cs = claims(sentence)
    assert len(cs) == 1, cs
    assert cs[0]["marker"]["text"] == marker
    assert cs[0]["speaker"]["text"] == speaker


def test_nested_speech_keeps_who_passed_it_on() -> None:
    cs = claims("وذكرت وكالة الأنباء الرسمية أن القاضي أحمد سالم قال إن الجلسة تأجلت إلى الشهر المقبل.")
    assert cs[0]["reported_via"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a person's own assertion about what others did stays his
        ("وأكد الوزير أن الحكومة أعلنت حالة الطوارئ في المدينة.", "الوزير"),
        # a present verb after أن is what the thing does, not nested speech
        ("وأكد الوزير أن الحكومة تطالب بحل الأزمة.", "الوزير"),
        ("وأضافت الصحيفة أن الأرقام تشير إلى ارتفاع البطالة.", "الصحيفة"),
    ],
)
def test_no_nested_speech_outside_a_report(sentence: str, speaker: str) -> None:
    cs = claims(sentence)
    assert [c["speaker"]["text"] for c in cs] == [speaker]


# ------------------------------------------------ a name or title, a colon, and a quote
@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "المتحدث باسم وزارة الداخلية اللواء منصور التركي: «القبض على خمسة مطلوبين في الرياض».",
            "منصور التركي",
            "القبض على خمسة مطلوبين في الرياض",
        ),
        (
            'وزير الصحة: "لا إصابات جديدة بالفيروس خلال الأسبوع الماضي".',
            "وزير الصحة",
            "لا إصابات جديدة بالفيروس خلال الأسبوع الماضي",
        ),
        (
            "وفي الرياض التقى الوزير الوفد الأمريكي. أحمد العلي: «العلاقات بين البلدين قوية ومتينة».",
            "أحمد العلي",
            "العلاقات بين البلدين قوية ومتينة",
        ),
    ],
)
def test_a_speaker_a_colon_and_a_quote(sentence: str, speaker: str, content: str) -> None:
    cs = [c for c in claims(sentence) if c["marker"]["text"] == ":"]
    assert len(cs) == 1, cs
    assert cs[0]["speaker"]["text"] == speaker
    assert cs[0]["content"]["text"] == content
    assert cs[0]["direct"] is True


def test_a_colon_claim_is_continued() -> None:
    cs = claims(
        "وزير الخارجية أحمد العلي: «لن نقبل بأي تدخل في شؤوننا الداخلية». وتابع: «المعركة السياسية مستمرة بلا توقف»."
    )
    assert [c["marker"]["text"] for c in cs] == [":", "تابع"]
    assert cs[1]["speaker"]["antecedent"]["text"] == cs[0]["speaker"]["text"]


def test_a_verb_before_the_colon_reads_the_claim_once() -> None:
    cs = claims("وقال وزير الخارجية أحمد العلي: «لن نقبل بأي تدخل في شؤوننا الداخلية».")
    assert [c["marker"]["text"] for c in cs] == ["قال"]


@pytest.mark.parametrize(
    "sentence",
    [
        "قال تعالى: «وإن جنحوا للسلم فاجنح لها».",  # a verse, introduced by a verb
        "الحضور: الأمير فيصل بن سلمان، ووزير التعليم أحمد العيسى، ومدير الجامعة.",  # a list
        "صورة: «الرئيس المصري خلال لقائه الوفد الأمريكي في القاهرة».",  # a caption
        "برنامج الزيارة: «لقاء مع وزير الخارجية ثم جولة في المدينة القديمة».",  # a heading
        "وزير الخارجية أحمد العلي: «نعم».",  # a quote too short to be a statement
    ],
)
def test_no_colon_claim_on_captions_lists_and_verses(sentence: str) -> None:
    assert not [c for c in claims(sentence) if (c["marker"] or {}).get("text") == ":"]


# ------------------------------------------------ a title before its verb: the sentence's topic, or after an aside
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وزير الداخلية أكد أن الأمن مستتب في جميع المحافظات.", "وزير الداخلية"),
        ("ووزير الخارجية من جهته أكد أن المفاوضات مستمرة.", "وزير الخارجية"),
        ("والرئيس الفرنسي بدوره أعلن أن بلاده سترسل قوات إضافية.", "الرئيس الفرنسي"),
        ("في المقابل، رئيس الوزراء نفى أن تكون الحكومة قد تلقت أي طلب.", "رئيس الوزراء"),
        ("أما الأمين العام للجامعة العربية فقال إن القمة ستعقد في موعدها.", "الأمين العام"),
        ("أما الحكومة فأكدت أن الخطة تسير وفق الجدول المحدد.", "الحكومة"),
    ],
)
def test_a_title_before_its_verb_speaks(sentence: str, speaker: str) -> None:
    assert [c["speaker"]["text"] for c in claims(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "أما الحقائق فتقول إن الاقتصاد يتعافى ببطء.",  # a thing as the topic
        "الحقائق تقول إن الاقتصاد يتعافى ببطء.",
        "الأرقام أكدت أن البطالة ارتفعت في العام الماضي.",
    ],
)
def test_a_thing_before_the_verb_is_no_speaker(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_name_that_opens_with_a_noun_is_no_verb_and_place() -> None:
    # "غرفة" is a noun, not a verb agreeing with the city: the place's rule does not read the city as the subject
    cs = claims("وقال المدير إن العمل مستمر. غرفة التجارة في جدة ترفض الاقتراح وتؤكد أن الموعد لم يحدد بعد.")
    assert "جدة" not in [c["speaker"]["text"] for c in cs]


def test_a_thing_in_a_report_is_no_nested_speaker() -> None:
    cs = claims("وأشارت الوكالة إلى أن البيانات كشفت أن الحرارة ارتفعت بشكل غير مسبوق.")
    assert [c["speaker"]["text"] for c in cs] == ["الوكالة"]


# ------------------------------------------------ a feminine participle agrees with the sentence's feminine verb
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وقال الوزير إن الخطة جاهزة. ورفضت لجنة الانضباط رفع الإيقاف عن اللاعبين بعد أن تلقت طلبا من الناديين، "
            "مشيرة إلى أنها تستند إلى اللائحة.",
            "لجنة الانضباط",
        ),
        (
            "وقال الوزير إن الخطة جاهزة. وأبدت بدورها مديرة الإدارة سارة العتيبي استعدادها لتقديم العون، مؤكدة أن "
            "البرامج أثمرت.",
            "مديرة الإدارة سارة العتيبي",
        ),
    ],
)
def test_a_feminine_participle_after_a_feminine_verb(sentence: str, speaker: str) -> None:
    cs = claims(sentence)
    assert [c["speaker"]["text"] for c in cs] == ["الوزير", speaker]


def test_a_feminine_participle_with_no_subject_after_the_verb_goes_on() -> None:
    cs = claims("وقالت الوزيرة إن الخطة جاهزة. وزارت المدارس المتضررة في الجنوب، مؤكدة أن الترميم سيبدأ قريبا.")
    assert cs[1]["speaker"]["found_by"] == "pronoun"
    assert cs[1]["speaker"]["antecedent"]["text"] == "الوزيرة"


def test_a_pronoun_of_respect_as_a_nested_speaker() -> None:
    cs = claims("وأشاد الأمير بالتقرير. وأضاف البيان أن سموه قال في خطابه: نشكركم على جهودكم الكبيرة في خدمة الوطن.")
    assert [(c["speaker"]["text"], c["marker"]["text"]) for c in cs] == [("سموه", "قال")]
    assert cs[0]["content"]["text"].startswith("نشكركم")
