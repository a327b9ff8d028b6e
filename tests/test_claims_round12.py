"""Claims, round 12 of issue 13 (helper cl3): reported speech rasd did not read at all. Sentences written for the
project (none taken from an article); each class has its negative."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ----------------------------------------------------------- a body kept as written, then a date or a comma
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        ("أعلنت السلطات الأردنية اليوم القبض على شبكة لتهريب المخدرات.", "أعلنت", "السلطات الأردنية", "القبض"),
        (
            "وأعلنت خلية الإعلام الأمني العراقية اليوم، مقتل عشرين من عناصر التنظيم في نينوى.",
            "أعلنت",
            "خلية الإعلام الأمني العراقية",
            "مقتل",
        ),
        ("أعلن مجلس النواب الليبي أمس تشكيل لجنة لمتابعة الحوار.", "أعلن", "مجلس النواب الليبي", "تشكيل"),
        (
            "وكشفت هيئة مكافحة الفساد، المختصة بمتابعة المال العام، عن إحالة عشرة موظفين إلى التحقيق.",
            "كشفت",
            "هيئة مكافحة الفساد",
            "إحالة",
        ),
        (
            "وأعلنت خلية الإعلام الأمني في بيان اليوم عن مقتل سبعة من عناصر التنظيم.",
            "أعلنت",
            "خلية الإعلام الأمني",
            "",
        ),
    ],
)
def test_body_as_written_before_a_plain_object(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)
    assert c["channel"] == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت حالة الطوارئ أمس في المدينة بعد الفيضانات.",  # passive: no body named, no speaker
        "أعلنت نتائج الانتخابات البلدية اليوم في العاصمة.",  # the results were announced: no body
    ],
)
def test_no_body_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


# ------------------------------------------------------------- a date after a trailing attribution's source
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("قتل عشرون شخصا في انفجار سيارة مفخخة وسط المدينة، حسب حصيلة أعلنتها وزارة الصحة اليوم.", "وزارة الصحة"),
        ("قتل عشرون شخصا على الأقل في انفجار سيارة مفخخة، بحسب المرصد السوري لحقوق الإنسان أمس الأحد.", "المرصد"),
    ],
)
def test_date_after_trailing_source(sentence: str, speaker: str) -> None:
    (c,) = claims(sentence)
    assert speaker in c["speaker"]["text"]
    assert c["content"]["text"].startswith("قتل عشرون شخصا")


def test_source_then_clause_after_keeps_it() -> None:
    c = _claim("وبحسب المرصد السوري اليوم فإن عشرة مدنيين قتلوا في الغارة.", "بحسب")
    assert c is not None
    assert c["content"]["text"].startswith("عشرة مدنيين")


# ----------------------------------------------- a demand whose object opens right after the verb: the speaker goes on
@pytest.mark.parametrize(
    ("text", "marker", "content_start"),
    [
        ("وقال الوزير في بيان إن الوكالة ركيزة للاستقرار. وطالب بتبرعات عاجلة لتغطية العجز.", "طالب", "بتبرعات"),
        ("وأكد المتحدث أن الهجوم فشل. ودعا المواطنين إلى الإبلاغ عن أي تحركات مشبوهة.", "دعا", "المواطنين"),
        ("وقال رئيس البلدية إن الأمطار ستستمر. وطالب السائقين بالابتعاد عن مجاري السيول.", "طالب", "السائقين"),
    ],
)
def test_demand_object_after_verb_continues(text: str, marker: str, content_start: str) -> None:
    c = _claim(text, marker)
    assert c is not None
    assert c["speaker"]["found_by"] == "pronoun"
    assert c["content"]["text"].startswith(content_start)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("وقال المحقق إن الرجل اعترف. واتهم بالقتل العمد بعد أسبوع.", "اتهم"),  # passive: was charged
        ("وقال المسؤول إن القرية محاصرة. ويهدد بالقتل كل من يحاول الخروج منها.", "يهدد"),  # not a demand
        ("وقال الوزير إن الأزمة تتفاقم. وتطالب بالسيادة على الجزر ثلاث دول.", "تطالب"),  # present: subject after
    ],
)
def test_not_a_demand_continuation(text: str, marker: str) -> None:
    assert _claim(text, marker) is None


# ------------------------------------------------------ an office or a body, a comma, then the plain object
@pytest.mark.parametrize(
    ("sentence", "speaker", "content_start"),
    [
        ("نفى المتحدث الرسمي لوزارة التعليم، ما تم تداوله حول إلغاء الاختبارات.", "المتحدث الرسمي", "ما تم"),
        ("أعلن المتحدث باسم الجيش، مقتل ثلاثة جنود في الهجوم على الحاجز.", "المتحدث باسم الجيش", "مقتل"),
        ("أكدت وزارة الداخلية، القبض على ثلاثة مشتبه بهم في الحادث.", "وزارة الداخلية", "القبض"),
        ("انتقد رئيس مجلس العشائر، سالم الدليمي، الحكومة بشدة لتأخرها في تسليح المتطوعين.", "سالم الدليمي", "الحكومة"),
    ],
)
def test_office_or_body_comma_object(sentence: str, speaker: str, content_start: str) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["text"].startswith(speaker)
    assert c["content"]["text"].startswith(content_start)


def test_name_apposition_is_no_object() -> None:
    # a company's name then its description in commas: no claim whose content is the description
    for c in claims("أعلنت الأهلي كابيتال، المستشار المالي للطرح، بدء الاكتتاب في الأسهم."):
        assert not c["content"]["text"].startswith("المستشار")


# --------------------------------------------------------------------- a channel phrase set off by commas
def test_channel_phrase_in_commas_before_object() -> None:
    c = _claim("ودعا الأمين العام للمنظمة خالد الحسن، في بيان له أمس، الدول الأعضاء إلى تكثيف جهودها.", "دعا")
    assert c is not None
    assert c["speaker"]["text"] == "خالد الحسن"
    assert c["content"]["text"].startswith("الدول الأعضاء")
    assert c["channel"] == "statement"


# --------------------------------------------------------- an outlet in quotes passing on its source's words
@pytest.mark.parametrize(
    ("sentence", "speaker", "via"),
    [
        ("ونقلت «الحياة» عن مصادر أمنية قولها إن الهجوم أحبط قبل تنفيذه.", "مصادر أمنية", "الحياة"),
        ('ونقلت "شينخوا" عن مسؤولين في الإقليم القول إن الضحايا دفنوا تحت الأنقاض.', "مسؤولين", "شينخوا"),
        ("ونقلت الوكالة عن مسؤولين محليين القول إن الطريق أغلق بالكامل.", "مسؤولين", "الوكالة"),
    ],
)
def test_quoted_outlet_passes_source(sentence: str, speaker: str, via: str) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["text"].startswith(speaker)
    assert c["reported_via"] == via


def test_quoted_outlet_alone_still_speaks() -> None:
    (c,) = claims("وذكرت «شينخوا» أن الضحايا دفنوا تحت الأنقاض.")
    assert c["speaker"]["text"] == "شينخوا"


# ------------------------------------------------------------ the speaker's own words are no speaker
@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن العمل مستمر. وختم حديثه بأن الحكومة ستدعم المشروع.",
        'وقال المدرب إن الفريق جاهز. واختتم تصريحاته بالقول "نعد الجماهير بالفوز في المباراة المقبلة".',
    ],
)
def test_own_words_not_speaker(text: str) -> None:
    last = claims(text)[-1]
    assert last["speaker"]["found_by"] == "pronoun"
    assert "حديث" not in last["speaker"]["text"] and "تصريحات" not in last["speaker"]["text"]


# ----------------------------------------------------------------- channels by the kind of speaker as written
@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        ("وقال ناطق باسم فرق الإطفاء إن الحريق أتى على ثلاثة منازل.", "statement"),  # a body's unnamed voice
        ("وقالت متحدثة باسم الشرطة إن السائح أصيب بجروح طفيفة.", "statement"),
        ("وقالت المرأة للشرطة إنها احتجزت ثلاثة أيام في شقة.", "unspecified"),  # one person, no body
        ("وقال الشاهد إن المسلحين فروا في سيارة بيضاء.", "unspecified"),
        ("وقالت السلطات إن الطريق أغلق أمام حركة السير.", "statement"),  # a body as written, as before
    ],
)
def test_default_channel_as_written(sentence: str, channel: str) -> None:
    (c,) = claims(sentence)
    assert c["channel"] == channel


# ------------------------------------------------------------------- an outlet told by its definite noun
@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("وقال مسؤول أمني للصحيفة إن الهجوم أحبط قبل ساعات من تنفيذه.", "الصحيفة"),
        ("وقال متحدث باسم الميناء للإذاعة المحلية إن السفينة غادرت فجرا.", "الإذاعة"),
    ],
)
def test_definite_outlet_told_is_interview(sentence: str, via: str) -> None:
    (c,) = claims(sentence)
    assert c["channel"] == "interview"
    assert c["reported_via"] == via


def test_reporters_stay_press_conference() -> None:
    (c,) = claims("وقال الوزير للصحفيين إن المحادثات مستمرة منذ أسبوع.")
    assert c["channel"] == "press conference"


# ------------------------------------------------- a person's title in commas after his name, then the object
@pytest.mark.parametrize(
    ("sentence", "speaker", "channel"),
    [
        ("أعلن محمد العلي، المسؤول الإعلامي في المجلس، مقتل أحد قادة التنظيم في غارة.", "محمد العلي", "statement"),
        (
            "أعلن سامي الحلبي، المسؤول الإعلامي في مجلس محافظة نينوى، لـ«الشرق الأوسط»، أمس، مقتل أحد قادة التنظيم.",
            "سامي الحلبي",
            "interview",
        ),
    ],
)
def test_title_in_commas_after_name(sentence: str, speaker: str, channel: str) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith("مقتل")
    assert c["channel"] == channel


def test_second_apposition_after_the_holders_name() -> None:
    c = _claim("أعلن قائد الجيش، العميد خالد الراشد، المقرب من الرئاسة، دعمه للاتفاق مع الفصائل.", "أعلن")
    assert c is not None
    assert c["content"]["text"].startswith("دعمه")


def test_object_with_comma_is_not_an_apposition() -> None:
    (c,) = claims("أكدت وزارة الداخلية، القبض على ثلاثة مشتبه بهم، وضبط أسلحة في المنزل.")
    assert c["content"]["text"].startswith("القبض")
