"""Claims, round 16 of issue 13 (helper cl13): the speaker of a claim whose content is read. A subject that stands
between a sentence's opening كان and قد + the verb speaks even when the verb has its introducer (أن / إن) and a
name stands between them in an adverbial phrase or the object (وكانت الوزارة قد أعلنت بعد إغلاق السفارة …، أن);
a body's name kept as written there may run to eight words when it opens with a body noun (وكان مكتب حقوق الإنسان
في الأمم المتحدة قد دعا). Sentences written for the project (none taken from an article); each rule has its
negatives. A country before قد + the verb with its introducer speaks (وكانت فرنسا قد أعلنت في يونيو أن: no claim
before), and وكان / وكانت right after a comma opens a clause whose subject is read the same way (…، وكانت ساحل العاج
قد أعلنت في يونيو عن …). The author named after a noun of statement and لـ / من, right before the verb of his
clause, speaks (تصريحات من وزير الخارجية قال فيها إن، تقريرا للكاتب فلان، يقول إن، رسالة من المتهم يقول فيها)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str, nth: int = 0) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[nth] if len(cs) > nth else None


# ------------------------------------------------ كان + subject + قد + verb: a name after the verb is not the speaker
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        (
            "وكانت وزارة الخارجية قد أعلنت بعد إغلاق السفارة الإيطالية في ليبيا في فبراير الماضي أن الوضع صعب للغاية.",
            "أعلنت",
            "وزارة الخارجية",
        ),
        ("وكانت الوزارة قد أعلنت بعد إغلاق السفارة الإيطالية أن الوضع صعب للغاية.", "أعلنت", "الوزارة"),
        (
            "وكانت الخارجية الإيطالية قد أعلنت عقب اجتماع مجلس الأمن الدولي أن الوضع صعب للغاية.",
            "أعلنت",
            "الخارجية الإيطالية",
        ),
        (
            "وكانت قوات الأمن قد أعلنت بعد اعتقال زعيم الخلية أبو محمد أن العملية انتهت.",
            "أعلنت",
            "قوات الأمن",
        ),
        (
            "وكان الوزير قد قال للصحفيين في مؤتمر صحفي عقده مع نظيره الأردني أيمن الصفدي إن المحادثات كانت مثمرة.",
            "قال",
            "الوزير",
        ),
    ],
)
def test_kana_subject_before_the_verb_with_its_introducer(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker


@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        # nothing between كان and قد: the subject follows the verb
        ("وكان قد أعلن وزير الداخلية الفرنسي بعد اجتماع الحكومة أن التحقيق مستمر.", "أعلن", "وزير الداخلية الفرنسي"),
        # an adverbial phrase between كان and قد is no subject
        ("وكان في وقت سابق من اليوم قد أعلن الوزير أن التحقيق مستمر.", "أعلن", "الوزير"),
    ],
)
def test_no_kana_subject_the_speaker_after_the_verb(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker


def test_kana_subject_keeps_the_outlet_told() -> None:
    c = _claim("وكانت الوزارة قد أعلنت لوكالة رويترز أن التحقيق مستمر.", "أعلنت")
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == "الوزارة"
    assert c["channel"] == "interview"


# ------------------------------------------------ a body's long name kept as written between كان and قد
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        (
            "وكان مكتب حقوق الإنسان في الأمم المتحدة قد دعا الأربعاء الحكومة إلى إغلاق السجن العسكري.",
            "دعا",
            "مكتب حقوق الإنسان في الأمم المتحدة",
        ),
        (
            "وكانت لجنة حقوق الإنسان في البرلمان الأوروبي قد طالبت الأربعاء تركيا بالإفراج عن الصحفيين.",
            "طالبت",
            "لجنة حقوق الإنسان في البرلمان الأوروبي",
        ),
    ],
)
def test_kana_long_body_name(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker


def test_kana_long_phrase_without_a_body_noun_is_no_speaker() -> None:
    # five words or more that do not open with a body noun are not read as a subject kept as written
    c = _claim("وكان عدد كبير من سكان القرية المجاورة قد طالبوا الأربعاء الحكومة بحمايتهم.", "طالبوا")
    assert c is None or str((c["speaker"] or {}).get("text", "")).strip() != "عدد كبير من سكان القرية المجاورة"


# ------------------------------------------------ a country before قد; وكان / وكانت after a comma
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        ("وكانت فرنسا قد أعلنت في يونيو الماضي أن الشركات ستؤمم.", "أعلنت", "فرنسا"),
        (
            "ويذكر أن عددا من الدول الإفريقية تحاول تأميم أصول الشركات الليبية، وكانت ساحل العاج قد أعلنت في يونيو"
            " الماضي عن تأميم ثلاث شركات.",
            "أعلنت",
            "ساحل العاج",
        ),
        (
            "انسحبت القوات من البلدة، وكان قائد الجيش قد أكد للصحفيين في مؤتمر صحفي مع نظيره الروسي سيرغي لافروف"
            " أن الانسحاب مؤقت.",
            "أكد",
            "قائد الجيش",
        ),
        (
            "وامتنع وزير الدفاع عن تحديد تاريخ الوفاة، وكان مسؤول أفغاني قال في وقت سابق إن الزعيم توفي في كراتشي.",
            "قال",
            "مسؤول أفغاني",
        ),
    ],
)
def test_kana_country_and_after_comma(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker


def test_kana_after_comma_needs_wa_and_no_punctuation() -> None:
    # كان inside a clause that a comma does not open (after a relative) is left to the other readers
    c = _claim("وقال المتحدث إن الوزير الذي كان قد زار المدينة أمس أكد أن الوضع مستقر.", "قال")
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == "المتحدث"


# ------------------------------------------------ a noun of statement + لـ / من + its author + the verb
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        (
            "ونشرت صحيفة بريطانية أمس تقريرا للكاتب جون سميث، يقول إن التنظيم سجن الرجل في زنزانة.",
            "يقول",
            "جون سميث",
        ),
        ("ونشر الموقع رسالة من المتهم يقول فيها إنه بريء من التهم الموجهة إليه.", "يقول", "المتهم"),
        (
            "وجاء ذلك ردا على تصريحات سابقة. وكان الموقع قد نشر تصريحات من وزير الخارجية الأردني أيمن الصفدي قال"
            " فيها إن بلاده مستعدة للتوسط.",
            "قال",
            "أيمن الصفدي",
        ),
    ],
)
def test_author_of_a_statement_noun(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker


def test_author_of_a_statement_noun_title() -> None:
    c = _claim("وتلقى الوزير رسالة من رئيس الوزراء يؤكد فيها أن الاتفاق قائم.", "يؤكد")
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == "رئيس الوزراء"


@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        # no لـ / من after the noun of statement: an adjective, no author
        ("ونشرت الصحيفة تقريرا مطولا يقول إن التنظيم سجن الرجل.", "مطولا"),
        # لـ + the people addressed, not an author
        ("وأصدرت الوزارة بيانا للرأي العام قالت فيه إن التحقيق مستمر.", "للرأي العام"),
    ],
)
def test_author_of_a_statement_noun_negatives(sentence: str, not_speaker: str) -> None:
    for c in claims(sentence):
        assert str((c["speaker"] or {}).get("text", "")).strip() != not_speaker
