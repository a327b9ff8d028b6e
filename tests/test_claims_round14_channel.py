"""Claims, round 14b of issue 13 (helper cl9): the named spokesman's channel as the tune/check files code it in
their majority, and the speaker phrase before a plain object (docs/claims.md, "Round 14b: channel convention and
plain-object speakers"). Sentences written for the project (none taken from an article); each rule has its
near-misses."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ------------------------------------------------- the named spokesman: the convention counted on the 16 files
@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        # an official or media spokesman named, no channel word: statement (14 of 23 first claims, 8 files)
        ("وأوضح المتحدث الإعلامي لشرطة المنطقة العقيد فهد الشهري أن الجناة أوقفوا بعد ساعات.", "statement"),
        ("وقال المتحدث الرسمي لوزارة الصحة خالد المرغلاني إن الحالات تراجعت هذا الأسبوع.", "statement"),
        # a spokesman "باسم" only, named, no channel word: unspecified (10 of 13, 7 files)
        ("وقال خالد المرغلاني المتحدث باسم وزارة الصحة إن الحالات تراجعت هذا الأسبوع.", "unspecified"),
        # a channel word decides whatever the title (16 of 17 first claims)
        ("وقال المتحدث باسم الجيش العقيد أحمد سالم في بيان إن القوات تقدمت نحو المدينة.", "statement"),
        ("وقال المتحدث باسم الجيش العقيد أحمد سالم لوكالة رويترز إن القوات تقدمت نحو المدينة.", "interview"),
    ],
)
def test_the_named_spokesman_follows_the_files_majority(sentence: str, channel: str) -> None:
    cs = claims(sentence)
    assert len(cs) == 1
    assert str(cs[0]["channel"]).startswith(channel)


# ------------------------------------------------- a title before a plain object ends where the object opens
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        # an indefinite verbal noun after a definite word opens the object (افتعال، تفعيل، إفعال …)
        ("وأعلن وزير الاقتصاد ارتفاع الإيرادات غير النفطية بنسبة عشرة في المئة.", "أعلن", "وزير الاقتصاد", "ارتفاع"),
        ("وأكد وزير الصحة انخفاض أعداد الإصابات خلال الأسبوع الماضي.", "أكد", "وزير الصحة", "انخفاض"),
        ("وأعلن مدير تعليم المنطقة تأجيل الدراسة أسبوعا بسبب الأمطار.", "أعلن", "مدير تعليم المنطقة", "تأجيل"),
        ("وأعلن رئيس مجلس إدارة الشركة إطلاق منتج جديد في السوق المحلية.", "أعلن", "رئيس مجلس إدارة الشركة", "إطلاق"),
        # a definite verbal noun of the list (القبض) and a noun with its pronoun (استقالته)
        ("وأعلن وزير الداخلية القبض على خلية إرهابية في العاصمة.", "أعلن", "وزير الداخلية", "القبض"),
        ("وأعلن رئيس تحرير الصحيفة استقالته من منصبه بعد عشرين عاما.", "أعلن", "رئيس تحرير الصحيفة", "استقالته"),
    ],
)
def test_a_title_before_a_plain_object(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        # a verbal noun after an indefinite noun is the title's genitive (رئيس تحرير)
        ("وقال رئيس تحرير الصحيفة إن العدد سيصدر غدا كالمعتاد.", "قال", "رئيس تحرير الصحيفة"),
        # a title of the pattern before a name (الأستاذ) and a given name of the pattern (ابتسام) are no object
        ("دعا مدير عام فرع الوزارة بالمنطقة الأستاذ سعد المطيري، المواطنين إلى استخدام البوابة.", "دعا", "سعد المطيري"),
        ("وأعلنت وزيرة الشؤون الاجتماعية ابتسام الحربي إطلاق برنامج جديد للأسر.", "أعلنت", "ابتسام الحربي"),
    ],
)
def test_no_object_inside_a_title_or_a_name(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker


# ------------------------------------------------- a name, its title in apposition, a plain object
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        ("وتوقع محمد الصباح وزير النفط الكويتي ارتفاع أسعار النفط خلال العام المقبل.", "توقع", "محمد الصباح", "ارتفاع"),
        ("وأكد محمد الخالدي مدير الدفاع المدني وفاة ثلاثة أشخاص في الحادث.", "أكد", "محمد الخالدي", "وفاة"),
        # the name Ali first after the verb is no preposition على
        ("وتوقع علي العمير وزير النفط الكويتي ارتفاع أسعار النفط خلال العام المقبل.", "توقع", "علي العمير", "ارتفاع"),
    ],
)
def test_a_title_in_apposition_before_a_plain_object(
    sentence: str, marker: str, speaker: str, content_start: str
) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


def test_an_apposition_with_an_introducer_is_unchanged() -> None:
    c = _claim("وقال علي العمير وزير النفط الكويتي إن الأسعار سترتفع في الربع المقبل.", "قال")
    assert c is not None
    assert c["speaker"]["text"] == "علي العمير"
    assert c["content"]["text"].startswith("الأسعار")


# ------------------------------------------------- a title's body led by لـ before the object's lead
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        ("وشدد الأمين العام للمنظمة على ضرورة حماية المدنيين في مناطق النزاع.", "شدد", "الأمين العام للمنظمة", "على"),
        ("وكشف المدير التنفيذي للشركة عن خطة جديدة للتوسع في المنطقة.", "كشف", "المدير التنفيذي للشركة", "خطة"),
    ],
)
def test_a_titles_body_before_the_objects_lead(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


def test_a_titles_body_before_a_clause_is_no_tail() -> None:
    # "للمنظمة" then a verb, not an object's lead: no claim is made of the title alone
    cs = claims("وزار الأمين العام للمنظمة المخيمات أمس.")
    assert not cs


# ------------------------------------------------- the subject's modifiers between its name and the object
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        ("وأعلن الجيش اليمني الموالي للحكومة الشرعية سيطرته على المدينة.", "أعلن", "الجيش اليمني", "سيطرته"),
        ("وأعلنت وزارة التجارة والصناعة بدء تطبيق النظام الجديد.", "أعلنت", "وزارة التجارة", "بدء"),
    ],
)
def test_the_subjects_modifiers_go_with_it(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


def test_a_definite_noun_after_the_name_stays_the_object() -> None:
    # الأخوة is دعا's object; the plural الأشقاء agrees with it as an adjective, أبناء is no object's start
    c = _claim("ودعا محمد السعد الأخوة الأشقاء أبناء الجمهورية اليمنية إلى سرعة التسجيل.", "دعا")
    assert c is not None
    assert c["speaker"]["text"] == "محمد السعد"
    assert c["content"]["text"].startswith("الأخوة")
