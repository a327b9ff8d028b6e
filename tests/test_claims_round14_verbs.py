"""Claims, round 14 of issue 13 (helper cl7): speech acts whose content is a noun or prepositional complement. The
coding convention was counted on every tune/check claims file (docs/claims.md, "Round 14: speech acts with a
complement"): a past توقع with a plain object and شدد على + a noun are coded as claims wherever they occur, so rasd
reads them; the families the files leave out (request, defend, praise, reject + noun, condemnation, feelings, an
outlet publishing) stay out. Sentences written for the project (none taken from an article); each family has its
near-misses."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ----------------------------------------------- expect: a past توقع with a plain object and a speaker named
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        (
            "وتوقع المتحدث باسم الوزارة تراجع أعداد الإصابات خلال الأسابيع المقبلة.",
            "توقع",
            "المتحدث باسم الوزارة",
            "تراجع",
        ),
        ("غير أن خبراء توقعوا تراجع الطلب على النفط في الربع الأخير.", "توقعوا", "خبراء", "تراجع"),
        ("وتوقعت وزارة المالية ارتفاع الإيرادات في النصف الثاني من العام.", "توقعت", "وزارة المالية", "ارتفاع"),
    ],
)
def test_expect_with_a_plain_object(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert speaker in str(c["speaker"].get("text"))
    assert c["content"]["text"].startswith(content_start)
    assert c["polarity"] == "assert"


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        # the noun "expectation" in a headline: nobody named
        ("توقع هطول أمطار غزيرة على المرتفعات الجنوبية.", "توقع"),
        # "as expected": no object
        ("كما توقعت الجماهير، فاز الفريق بالمباراة.", "توقعت"),
        # a pronoun going on: the plain object needs a speaker named (the form with أن still goes on)
        ("وقال الوزير إن العمل سيتواصل. وتوقع ارتفاع الأسعار.", "توقع"),
        # the present inside another speaker's content stays as before (أن/إن and a speaker named only)
        ("وأضاف الوزير أن الدول المنتجة تتوقع نموا اقتصاديا في العام المقبل.", "تتوقع"),
        # the present of وقّع, "signs"
        ("وزارة الصحة توقع اتفاقية تعاون مع جامعة الملك سعود.", "توقع"),
        ("وكانت الإدارة توقع معه عقدا لمدة عامين.", "توقع"),
        # a verbal noun right after the verb is its object, no speaker kept as written
        ("وتوقع حدوث ضخ كثير من الأموال في الشركات.", "توقع"),
        ("وتوقعت تعافيه من الإصابة بشكل كامل.", "توقعت"),
        # the verbal noun inside a clause
        ("نحن لا نستطيع توقع سقوط الصخور من الفضاء.", "توقع"),
    ],
)
def test_expect_near_misses(sentence: str, marker: str) -> None:
    assert _claim(sentence, marker) is None


def test_expect_by_a_report_kept_as_written() -> None:
    c = _claim("وتوقع تقرير حديث تراجع أسعار النفط خلال العام.", "توقع")
    assert c is not None
    assert str(c["speaker"].get("text")).startswith("تقرير")


def test_expect_with_that_keeps_its_subject() -> None:
    # with أن the subject right after the verb stays the speaker, even one whose gender disagrees (a typo)
    c = _claim("بينما توقع الاقتصادية أن ترتفع الوظائف.", "توقع")
    assert c is not None
    assert c["speaker"].get("text") == "الاقتصادية"


def test_expect_with_that_unchanged() -> None:
    c = _claim("وتوقع المحلل أن ترتفع الأسعار في الشتاء.", "توقع")
    assert c is not None
    assert c["content"]["text"].startswith("ترتفع")


# ----------------------------------------------- stress: شدد على + a noun
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        ("وشددت وزارة الصحة على ضرورة الالتزام بالتعليمات الوقائية.", "شددت", "وزارة الصحة"),
        ("وشدد المتحدث باسم الشرطة على أهمية التعاون مع الدوريات.", "شدد", "المتحدث باسم الشرطة"),
        ("وشدّد الأمين العام على رفض أي تدخل خارجي في شؤون البلاد.", "شدّد", "الأمين العام"),
    ],
)
def test_stress_on_a_noun(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert speaker in str(c["speaker"].get("text"))
    assert c["content"]["text"].startswith("على")


@pytest.mark.parametrize(
    "sentence",
    [
        # "tightened": no على right after the subject
        "وشددت قوات الأمن الإجراءات حول السفارة.",
        "وشددت السلطات الحصار على المدينة منذ أسبوع.",
    ],
)
def test_stress_near_misses(sentence: str) -> None:
    assert _claim(sentence, "شددت") is None


def test_stress_with_that_unchanged() -> None:
    c = _claim("وشدد الوزير في كلمته أن الحكومة ماضية في خططها.", "شدد")
    assert c is not None
    assert c["content"]["text"].startswith("الحكومة")


# ----------------------------------------------- families the files leave out, and the other senses of the verbs
@pytest.mark.parametrize(
    "sentence",
    [
        # request, defend, praise, reject + noun, condemnation, a feeling, an outlet publishing: left out by the files
        "وطلبت الحكومة من المواطنين البقاء في منازلهم.",
        "ودافع وزير الداخلية عن قرار إغلاق الحدود.",
        "وأشاد الوزير بجهود رجال الأمن في المنطقة.",
        "ورفضت الوزارة طلب النقابة زيادة الأجور.",
        "وأدان وزير الخارجية الهجوم على السفارة.",
        "وأعرب الوزير عن أسفه للحادث.",
        "ونشرت صحيفة الغارديان تقريرا عن الهجوم.",
        # the same verbs in a sense that is no speech at all
        "وطلب الرجل الطعام من النادل.",
        "ودافع المدافع عن مرماه ببسالة في الشوط الثاني.",
        "وكرر اللاعب المحاولة في الدقيقة الأخيرة.",
        "ونشرت القوات دوريات في شوارع المدينة.",
    ],
)
def test_left_out_families_and_other_senses(sentence: str) -> None:
    assert claims(sentence) == []


# ----------------------------------------------- a channel phrase before a plain object, and no comma close after it
@pytest.mark.parametrize(
    ("sentence", "marker", "content_start"),
    [
        # a long run to the comma is the object: it starts after the channel noun, its words and a date
        (
            "وتوقع مدير الانتخابات عبر بيان صحافي زيادة نسبة المشاركة في الدورة المقبلة بشكل كبير، نظرا للتسهيلات.",
            "توقع",
            "زيادة",
        ),
        (
            "ودعا الأمين العام للاتحاد سعيد الحربي، في بيان له أمس الجمعة الدول الأعضاء إلى تكثيف جهودها في مكافحة"
            " التهريب، مجددا موقف الاتحاد.",
            "دعا",
            "الدول",
        ),
        # a short channel phrase set off by a comma is passed as before
        ("وأكد الوزير في تعميم للجان، على ضرورة الالتزام بالتعليمات.", "أكد", "على"),
    ],
)
def test_channel_phrase_before_a_plain_object(sentence: str, marker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["content"]["text"].startswith(content_start)
