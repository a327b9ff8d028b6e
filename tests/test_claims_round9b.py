"""Claims, round 9b of issue 13: classes read on the errors of claims_check4 (round 9's blind set, now a tune set),
as unit rows written for the project (no sentence is taken from an article)."""

from __future__ import annotations

import pytest

from . import test_claims_data as data
from .test_claims_generalize import claims


def _one(sentence: str) -> dict:
    cs = claims(sentence)
    assert len(cs) == 1, cs
    return cs[0]


# ------------------------------------------------------------------------- an outlet in brackets after لـ
@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("وقال سامي الخطيب من نقابة الصيادين لـ(بي.بي.سي) إن البحر كان هائجا منذ الصباح.", "بي.بي.سي"),
        ("وقالت مديرة المدرسة لـ(الوطن) إن الدراسة ستستأنف الأحد المقبل.", "الوطن"),
    ],
)
def test_an_outlet_in_brackets_after_li_is_an_interview(sentence: str, outlet: str) -> None:
    c = _one(sentence)
    assert c["channel"] == "interview"
    assert c["reported_via"] == outlet


# --------------------------------------------------------------- وفقا لـ / طبقا لـ an outlet: a source, no interview
@pytest.mark.parametrize(
    "sentence",
    [
        'ووفقاً لـ "رويترز"، فقد ذكرت شركة "أرامكو" أن الإنتاج سيرتفع في الربع القادم.',
        "وطبقا لـ«فرانس برس» قال مسؤول في الشرطة إن المسلحين فروا.",
        "ووفقا لوكالة رويترز قال مسؤول في الشرطة إن المسلحين فروا.",
    ],
)
def test_according_to_an_outlet_is_no_interview(sentence: str) -> None:
    assert _one(sentence)["channel"] != "interview"


def test_an_outlet_the_speaker_told_stays_an_interview() -> None:
    c = _one("وقال مسؤول في الشرطة لـ«فرانس برس» إن المسلحين فروا.")
    assert c["channel"] == "interview"


# ----------------------------------------------------- الأمين (a title ending in ين) is no plural object
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("قال الأمين العام للأمم المتحدة إن القوات يجب أن تنسحب من المدينة فورا.", "الأمين العام للأمم المتحدة"),
        ("وأكد الأمين العام لجامعة الدول العربية أحمد الصالح أن الحل سياسي.", "أحمد الصالح"),
        ("وقال الأمين العام والمتحدث الرسمي للهيئة الشيخ خالد العمر: إن الحادث مؤلم.", "خالد العمر"),
    ],
)
def test_the_secretary_general_speaks(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


def test_a_definite_plural_after_the_verb_is_still_the_object() -> None:
    assert claims("ودعت المتقدمين إلى مراجعة مكاتبها.") == []


# ---------------------------------------------------------- a paper that polled people interviewed them
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "وقد استطلعت «الرياض» آراء عدد من التجار حول الأسعار. وقال خالد العمري صاحب محل للعطور: الإقبال ضعيف "
            "هذا العام. وأوضح سعد الحربي أن الأسعار ارتفعت كثيرا.",
            "الرياض",
        ),
        (
            "“الوطن” استطلعت رأي عدد من المختصين، حيث ذكر سعد الحربي المدير التنفيذي للشركة: الإقبال ضعيف هذا العام.",
            "الوطن",
        ),
    ],
)
def test_people_a_paper_polled_gave_it_an_interview(text: str, outlet: str) -> None:
    cs = claims(text)
    assert cs
    assert all(c["channel"] == "interview" and c["reported_via"] == outlet for c in cs)


def test_no_poll_no_interview() -> None:
    assert _one("وقال خالد العمري صاحب محل للعطور: الإقبال ضعيف هذا العام.")["channel"] == "unspecified"


# ------------------------------------------- كان + subject + verb: the words after the verb are its object
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وكان وزير الخارجية سامح شكري دعا السبت الحكومة والمعارضة إلى وقف القتال.", "سامح شكري"),
        ("وكان وزير الخارجية سامح شكري قد دعا السبت الحكومة والمعارضة إلى وقف القتال.", "سامح شكري"),
        ("وكان الرئيس الفرنسي دعا السبت الحكومة والمعارضة إلى وقف القتال.", "الرئيس الفرنسي"),
    ],
)
def test_the_subject_after_kana_speaks_not_the_object(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


def test_a_name_that_runs_over_the_verb_is_no_kana_subject() -> None:
    for c in claims("وكانت وزارة الداخلية طالبت المواطنين بالإبلاغ عن أي نشاط مشبوه."):
        assert "طالبت" not in str(c["speaker"].get("text"))


# ------------------------------------------------------ بحسب + two sources joined by و: the first one speaks
@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("قتل عشرة مدنيين في الهجوم، بحسب الحكومة المالية ومصادر عسكرية.", "الحكومة المالية", "قتل عشرة مدنيين"),
        ("وبحسب الشرطة المحلية وشهود عيان فإن المسلحين فروا.", "الشرطة المحلية", "المسلحين فروا"),
    ],
)
def test_the_first_of_two_sources_after_bahasb(sentence: str, speaker: str, content: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content)


def test_one_source_after_bahasb_is_unchanged() -> None:
    assert _one("قتل عشرة مدنيين في الهجوم، بحسب مصادر عسكرية.")["speaker"]["text"] == "مصادر عسكرية"


# ------------------------------------------ a body right after the verb speaks; the named actor is the object
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("واتهمت الحكومة العراقية تنظيم داعش بارتكاب مجزرة.", "الحكومة العراقية"),
        ("واتهمت الحكومة تنظيم داعش بارتكاب مجزرة.", "الحكومة"),
    ],
)
def test_a_body_before_a_named_actor_is_the_subject(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


def test_a_named_actor_right_after_the_verb_still_speaks() -> None:
    assert _one("واتهمت الشرطة التركية حزب العمال الكردستاني بتنفيذ الهجوم.")["speaker"]["text"] == "الشرطة التركية"


# --------------------------------- an unnamed source: masculine nisba modifiers and "في + place" in its span
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وتحدث مصدر دبلوماسي عن وجود مفاوضات سرية بين الطرفين.", "مصدر دبلوماسي"),
        ("وقال مسؤول قضائي إن المتهمين سيمثلون أمام المحكمة.", "مسؤول قضائي"),
        ("وقال مصدر أمني في الأنبار إن المسلحين فروا.", "مصدر أمني في الأنبار"),
    ],
)
def test_unnamed_source_modifiers_and_place(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


def test_a_place_followed_by_more_words_stays_out_of_the_span() -> None:
    c = _one("وقال مصدر أمني في الأنبار حيث وقع الهجوم إن المسلحين فروا.")
    assert c["speaker"]["text"] == "مصدر أمني"


# ------------------------------------------------------------------ the round 9b blind set (claims_check5)
def test_check5_holds_annotations_only() -> None:
    data.test_records_hold_annotations_only("claims_check5.jsonl")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check5_offsets_point_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters("claims_check5.jsonl")


def test_check5_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file("claims_check5.jsonl", 9)
