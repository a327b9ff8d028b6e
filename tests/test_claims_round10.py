"""Claims, round 10 of issue 13: classes read on the errors of the tune sets (claims_tune2..6, the dev set's tune
half, and claims_check..check4, tune sets from round 10 on), as unit rows written for the project (no sentence is
taken from an article); and the round's blind set, claims_check6 (annotations only)."""

from __future__ import annotations

import pytest

from rasd import extract

from . import test_claims_data as data
from .test_claims import STAGES, read
from .test_claims_generalize import claims


def _one(sentence: str) -> dict:
    cs = claims(sentence)
    assert len(cs) == 1, cs
    return cs[0]


def _titled(title: str, body: str) -> list[dict]:
    doc = extract(title + "\n" + body, fmt="text", published="2019-05-20", stages=STAGES)
    assert not doc.errors, doc.errors
    assert doc.text.startswith(title)
    return list(doc.claims)


# ------------------------------------------------ a name the entity layer cut after the و of its first word
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وذكرت وكالة أنباء الشرق الأوسط أن المحكمة أجلت الجلسة إلى الأحد المقبل.", "وكالة أنباء الشرق الأوسط"),
        ("ونقلت وكالة الأنباء الرسمية عن مصدر أمني قوله إن الطريق أغلق.", "مصدر أمني"),
    ],
)
def test_a_name_starting_with_waw_keeps_it(sentence: str, speaker: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker


def test_a_conjunction_before_a_body_stays_out_of_its_name() -> None:
    c = _one("وقال الجيش ووزارة الدفاع في بيان مشترك إن القوات استعادت السيطرة على الطريق.")
    assert not str(c["speaker"]["text"]).startswith("وو")


# ------------------------------------------------------ a thing that points to a fact says nothing
@pytest.mark.parametrize(
    "sentence",
    [
        "وتشير تفاصيل الواقعة إلى أن السائق فقد السيطرة على الشاحنة قرب الجسر.",
        "وتفيد كل التوقعات بأن المجلس سيصوت على الميزانية في جلسته المقبلة.",
        "وتؤكد الدلائل أن النيران بدأت في المستودع الخلفي.",
        "وتشير المؤشرات الأولية إلى أن نسبة المشاركة تجاوزت النصف.",
    ],
)
def test_evidence_as_the_subject_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


def test_evidence_after_a_claim_does_not_continue_its_speaker() -> None:
    cs = claims("وقالت الشرطة إن الحريق شب ليلا. وتشير تفاصيل الواقعة إلى أن التماسا كهربائيا سببه.")
    assert [c["speaker"]["text"] for c in cs] == ["الشرطة"]


def test_a_person_after_a_quantifier_still_speaks() -> None:
    c = _one("وأكد كل من وزير الخارجية ووزير الدفاع أن الزيارة حققت أهدافها.")
    assert "التوقعات" not in str(c["speaker"]["text"])


# ---------------------------------------------------------- a headline the body tells again is no claim
def test_a_headline_the_body_repeats_is_dropped() -> None:
    cs = _titled(
        "الجيش يعلن مقتل 20 مسلحا في سيناء",
        "قال المتحدث العسكري إن القوات قتلت 20 مسلحا في شمال سيناء خلال الأيام الماضية.",
    )
    assert [c["speaker"]["text"] for c in cs] == ["المتحدث العسكري"]


def test_a_headline_copied_in_a_footer_is_dropped_too() -> None:
    title = "وزارة الصحة تعلن تسجيل 12 إصابة جديدة بالحمى في المحافظة"
    cs = _titled(
        title,
        "قالت وزارة الصحة في بيان إن 12 إصابة جديدة بالحمى سجلت في المحافظة أمس.\nرابط الخبر: " + title,
    )
    assert len(cs) == 1
    assert cs[0]["marker"]["text"].endswith("قالت")


def test_the_body_claims_are_kept() -> None:
    doc = read("قال المتحدث باسم الشرطة إن الطريق أعيد فتحه أمام السيارات.")
    assert len(doc.claims) == 1


# ------------------------------------------------------------------ the round 10 blind set (claims_check6)
def test_check6_holds_annotations_only() -> None:
    data.test_records_hold_annotations_only("claims_check6.jsonl")


@pytest.mark.skipif(not data.CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_check6_offsets_point_at_the_same_characters() -> None:
    data.test_offsets_point_at_the_same_characters("claims_check6.jsonl")


def test_check6_is_disjoint_from_every_other_annotated_file() -> None:
    data.test_round7_sets_are_disjoint_from_every_other_annotated_file("claims_check6.jsonl", 30)


# ------------------------------------------- a title, its body, then the holder's name: one speaker span
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وأوضح المتحدث الرسمي للهيئة ماجد الغامدي في تصريح صحفي أمس، أن الرحلات ستستأنف غدا.", "ماجد الغامدي"),
        ("وقال الناطق باسم مجلس قيادة الحراك الشعبي علي الكندي إن المحتجين انسحبوا من الساحة.", "علي الكندي"),
        ("وأشار القيادي في الجبهة الشعبية بالشمال سالم علي النهدي إلى أن الهدنة صامدة.", "سالم علي النهدي"),
        ("وقال الضابط المسؤول في شرطة الشارقة أحمد السويدي لصحيفة محلية إن السائق فر من المكان.", "أحمد السويدي"),
    ],
)
def test_the_holder_named_after_the_title_and_its_body_is_in_the_span(sentence: str, name: str) -> None:
    c = _one(sentence)
    assert str(c["speaker"]["text"]).endswith(name)


def test_the_outlet_told_after_an_unnamed_official_is_no_name() -> None:
    c = _one("وقال مسؤول في وزارة النقل لوكالة الأنباء إن الطريق سيغلق أسبوعا.")
    assert c["speaker"]["text"] == "مسؤول"
    assert c["channel"] == "interview"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وقال ضابط في الشرطة برتبة مقدم إن الدورية تعرضت لإطلاق نار.", "ضابط"),
        ("وقال مسؤول في وزارة الخارجية طلب عدم نشر اسمه إن المحادثات متعثرة.", "مسؤول"),
    ],
)
def test_an_unnamed_official_stays_unnamed_without_a_name_after_him(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


def test_a_named_official_after_his_body_speaks_as_a_person() -> None:
    c = _one("وأشار القيادي في الجبهة الشعبية بالشمال سالم علي النهدي إلى أن الهدنة صامدة.")
    assert c["channel"] == "unspecified"


# ------------------------------------------------ a verdict on an object: وصف / اعتبر … بأنه
@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("ووصف وزير الداخلية الاعتداء بأنه عمل إجرامي جبان.", "وزير الداخلية", "الاعتداء بأنه عمل إجرامي جبان"),
        ("ووصفت الحكومة المفاوضات بأنها فرصة أخيرة للسلام.", "الحكومة", "المفاوضات بأنها فرصة أخيرة للسلام"),
        ("واعتبر رئيس المجلس القرار بأنه مخالف للنظام.", "رئيس المجلس", "القرار بأنه مخالف للنظام"),
    ],
)
def test_a_verdict_has_its_object_in_the_content(sentence: str, speaker: str, content: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"] == content


def test_a_verdict_with_nobody_after_the_verb_continues_the_speaker() -> None:
    cs = claims("وقال النائب إن الحكومة فشلت في إدارة الأزمة. فيما وصف الوزراء بأنهم عاجزون عن أي حل.")
    assert len(cs) == 2
    assert cs[1]["content"]["text"].startswith("الوزراء بأنهم")
    assert cs[1]["speaker"]["found_by"] == "pronoun"


@pytest.mark.parametrize(
    "sentence",
    [
        "وتضمن التقرير مخالفات وصفت بأنها جسيمة في عقود الصيانة.",  # the passive
        "ويمكن وصف هذه المرحلة بأنها الأصعب في تاريخ النادي.",  # a verbal noun after a modal
    ],
)
def test_a_verdict_without_a_speaker_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


def test_considered_that_without_an_object_keeps_its_content() -> None:
    c = _one("واعتبرت وزارة الخارجية بأن التصريحات تدخل سافر في الشؤون الداخلية.")
    assert c["speaker"]["text"] == "وزارة الخارجية"
    assert c["content"]["text"].startswith("التصريحات")


# ------------------------------------------------------ a name that reads as an introducer (بان = بأن)
def test_a_name_read_as_bi_anna_is_no_introducer() -> None:
    c = _one("ودعا الأمين العام للأمم المتحدة بان كي مون الدول المانحة إلى زيادة تبرعاتها.")
    assert "كي مون" in str(c["speaker"]["text"])
    assert "كي مون" not in c["content"]["text"]


# ------------------------------------- a collective body right after the verb, before a named actor
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("واتهمت المعارضة السورية حزب الله اللبناني بقصف القرى الحدودية.", "المعارضة السورية"),
        ("واتهمت السلطات العراقية تنظيم داعش بتفجير السيارة المفخخة.", "السلطات العراقية"),
    ],
)
def test_a_collective_body_before_a_named_actor_is_the_subject(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


# ------------------------------------------------ "what X said" as a topic; a legal text's provisions
@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المدرب إن «ما ذكره رئيس النادي شهادة أعتز بها» في حديثه بعد المباراة.",
        "ويرى مراقبون أن الأمر مختلف، إذ إن ما ذكره المدرب لا يعبر عن الحقيقة.",
    ],
)
def test_what_someone_said_as_a_topic_is_no_resumed_claim(sentence: str) -> None:
    c = _one(sentence)
    assert "ما ذكره" in c["content"]["text"]


def test_a_resumed_claim_after_its_head_stays() -> None:
    cs = claims("وقال الوزير إن الإيرادات تراجعت، وهو ما أكده المتحدث باسم الوزارة.")
    assert len(cs) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "كما بينت المادة الخامسة أن اللجنة تراجع الطلبات خلال شهر.",
        "وأوضحت الفقرة الثانية أن الترخيص يجدد كل عامين.",
    ],
)
def test_a_legal_provision_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


# ---------------------------------- a name the tagger missed before "، الذي قال", after the person's title
def test_an_untagged_name_before_a_relative_of_saying_speaks() -> None:
    c = _one("وجاء الرد سريعا من المخرج اللبناني سامر قبلان، الذي قال إن الفيلم سيعرض في الخريف.")
    assert c["speaker"]["text"] == "سامر قبلان"
    assert c["channel"] == "unspecified"


def test_two_words_after_a_preposition_are_no_untagged_name() -> None:
    cs = claims("وأشار التقرير إلى دراسات هارفارد التي أفادت أن النوم المبكر مفيد للطلاب.")
    assert all(c["speaker"]["text"] != "دراسات هارفارد" for c in cs)
