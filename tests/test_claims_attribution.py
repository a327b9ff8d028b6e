"""The claims stage on attribution forms added for issue 13's second tune set: unit rows written for rasd.

Trailing attributions with a verb (بحسب ما أعلنت), sources after a channel noun (بيان المنظمة، بحسب البيان), a
relative clause between speaker and quote, a name after an unnamed noun, a preposition naming the outlet inside
the speaker's phrase, channels of official spokesmen and of interviews named in the title; and the nouns and
adjectives that look like participles (لجنة متابعة، قيودا مشددة) or "what calls for" (ما يدعو), which are no claims.
"""

from __future__ import annotations

from typing import Any

import pytest

from .test_claims import read


def claims(body: str, **kw: Any) -> list[dict[str, Any]]:
    return list(read(body, **kw).claims)


def test_verb_after_bihasab_ma_takes_the_clause_before() -> None:
    (c,) = claims("توفي تسعة أشخاص بسبب موجة الحر في المدينة، بحسب ما أعلنت وزارة الصحة أمس.")
    assert "وزارة الصحة" in c["speaker"]["text"]
    assert c["content"]["text"].startswith("توفي تسعة أشخاص")
    assert c["marker"]["text"] == "أعلنت"


def test_verb_after_wifq_ma_with_an_unnamed_source() -> None:
    (c,) = claims("قتل خمسة مدنيين في غارة على قرية شمال المدينة، وفق ما نقلت مصادر محلية.")
    assert c["speaker"]["anonymous"] and "مصادر محلية" in c["speaker"]["text"]
    assert c["content"]["text"].startswith("قتل خمسة مدنيين")


def test_source_after_a_channel_noun() -> None:
    doc = claims(
        "قالت منظمة العفو الدولية إن القصف استهدف أحياء سكنية. وأشار بيان المنظمة إلى أن عشرة مدنيين قتلوا في الهجوم."
    )
    assert len(doc) == 2
    assert doc[1]["speaker"]["text"] == "المنظمة" and doc[1]["speaker"]["found_by"] == "anaphor"


def test_definite_source_after_bihasab_refers_back() -> None:
    doc = claims(
        "أعلنت الهيئة الوطنية لإدارة الكوارث أن الفيضانات أودت بحياة أربعين شخصا. "
        "وحسب الهيئة، تم تسجيل عشرين حالة وفاة في الإقليم الشمالي."
    )
    assert len(doc) == 2
    assert doc[1]["speaker"]["text"] == "الهيئة" and doc[1]["channel"] == "statement"


def test_relative_clause_ends_the_speaker_phrase() -> None:
    (c,) = claims(
        'وقال سامر الخطيب الذي يشغل منصب أمين سر هيئة التفاوض للصحافيين "لن نقبل بأي اتفاق لا يضمن عودة اللاجئين".'
    )
    assert "سامر الخطيب" in c["speaker"]["text"]
    assert c["channel"] == "press conference"


def test_marker_after_a_relative_pronoun_has_the_noun_before() -> None:
    doc = claims("ودار الخلاف بين واشنطن التي تتهم الحكومة بشن الهجوم، وموسكو التي تنفي وجود أي دليل على ذلك.")
    speakers = [c["speaker"]["text"] for c in doc]
    assert speakers == ["واشنطن", "وموسكو"] or speakers == ["واشنطن", "موسكو"]
    assert [c["polarity"] for c in doc] == ["assert", "deny"]


def test_name_after_an_unnamed_noun_is_the_speaker() -> None:
    (c,) = claims("وقال المسؤول المحلي سعيد الكردي إن الغارات دمرت ثلاثة منازل.")
    assert "سعيد الكردي" in c["speaker"]["text"] and not c["speaker"]["anonymous"]


def test_preposition_inside_the_speaker_phrase_names_the_outlet() -> None:
    (c,) = claims('وقال حسن العلي الناطق باسم وزارة الصحة بحسب "الفرنسية" إن "الحرارة تجاوزت المعدل بخمس درجات".')
    assert "حسن العلي" in c["speaker"]["text"]
    assert c["reported_via"] == "الفرنسية"
    assert c["content"]["text"].startswith("الحرارة تجاوزت")


def test_official_spokesman_speaks_in_a_statement() -> None:
    (c,) = claims("وأوضح المتحدث الرسمي للدفاع المدني بالمنطقة المقدم خالد العمري أن الفرق باشرت البلاغ فورا.")
    assert c["channel"] == "statement"


def test_interview_named_in_the_title() -> None:
    doc = read(
        "# باحث في شؤون التطرف لـ«الرياض»: السجون تخرج متطرفين\n\n"
        "وقال الباحث سمير الحداد إن السجون باتت تخرج متطرفين أكثر مما تدخلهم.\n",
        fmt="markdown",
    )
    (c,) = doc.claims
    assert c["channel"] == "interview" and c["reported_via"] == "الرياض"


def test_told_a_station_is_the_channel_not_the_speaker() -> None:
    (c,) = claims('كانت سلمى ديفيس تهم بالخروج عندما رأت الأفعى وقالت لمحطة «كي إن إن» المحلية "صرخنا وأغلقنا الباب".')
    assert "سلمى ديفيس" in c["speaker"]["text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد رئيس لجنة متابعة أسعار الوقود التزام اللجنة بالمراجعة الشهرية.",
        "ومن شأن القانون أن يفرض قيودا مشددة على المعايير، ومن الأرجح أن يوقف أي محاولة جديدة.",
        "هل حمل الخطاب الديني ما يدعو إلى رفض الطائفية والتمييز؟",
        "وجاءت النتائج بما يشير إلى تحسن الأداء في الربع الثاني.",
    ],
)
def test_look_alikes_are_no_claims(sentence: str) -> None:
    markers = [c["marker"]["text"] for c in claims(sentence)]
    assert not [m for m in markers if m in ("متابعة", "مشددة", "يدعو", "يشير")]
    assert markers in ([], ["أكد"])  # "وأكد رئيس اللجنة التزام …" is a claim (أكد takes an object)


def test_quoted_agency_name_before_its_introducer_is_the_speaker() -> None:
    (c,) = claims("وذكرت «سبوتنيك» أن أكثر من ألف شخص أجلوا عن منازلهم في الإقليم.")
    assert c["speaker"]["text"] == "سبوتنيك"
    assert c["content"]["text"].startswith("أكثر من ألف")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وتوقع الخبير الاقتصادي فهد الحربي أن ترتفع الأسعار خلال الربع المقبل.", "فهد الحربي"),
        ("واعترف المتحدث باسم الشرطة سالم الكعبي بأن الحادث وقع بسبب خطأ في التنسيق.", "سالم الكعبي"),
        ("وروى أحد الناجين أن المسلحين أطلقوا النار بشكل عشوائي على المصلين.", None),
    ],
)
def test_verbs_of_expectation_admission_and_narration(sentence: str, speaker: str | None) -> None:
    (c,) = claims(sentence)
    if speaker is not None:
        assert speaker in c["speaker"]["text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ويتوقع أن تصل درجات الحرارة إلى خمسين درجة خلال الأسبوع المقبل.",
        "وتوقع الجمهور فوز الفريق بعد أدائه في المباراة الماضية.",
    ],
)
def test_impersonal_and_object_uses_are_no_claims(sentence: str) -> None:
    assert claims(sentence) == []


def test_body_kept_as_written_speaks_in_a_statement() -> None:
    (c,) = claims("وطالبت رئاسة إقليم كردستان من الحزب سحب قواته من أراضيها في أقرب وقت.")
    assert c["speaker"]["text"].startswith("رئاسة إقليم") and c["channel"] == "statement"


def test_trailing_attribution_reads_the_channel_of_its_own_clause() -> None:
    doc = claims("وصدر بيان الحكومة بعد مقتل ستة أشخاص في غارات على قرية زاركلي، وفق ما نقلت مصادر محلية.")
    c = next(c for c in doc if "مصادر محلية" in c["speaker"]["text"])
    assert c["channel"] == "unspecified"


def test_relative_after_a_comma_has_the_noun_before_it() -> None:
    (c,) = claims("وتحدث المسؤول العسكري نفسه، الذي يضيف أن القلق يشغل دولا أوروبية أيضا.")
    assert "المسؤول العسكري" in c["speaker"]["text"] and c["marker"]["text"] == "يضيف"


def test_date_between_marker_and_speaker() -> None:
    doc = claims("أسفر الهجوم عن 13 قتيلا، كما ذكرت الجمعة مصادر رسمية في العاصمة.")
    assert [c["speaker"]["text"] for c in doc] == ["مصادر رسمية"]


def test_statement_of_a_body_after_lam() -> None:
    (c,) = claims("من جانب آخر، ذكر بيان لقيادة العمليات المشتركة أن القوات قتلت خمسة مسلحين قرب المدينة.")
    assert c["speaker"]["text"] == "قيادة العمليات المشتركة" and c["channel"] == "statement"


def test_participle_after_a_verb_that_reports_nothing_has_the_sentence_subject() -> None:
    doc = claims(
        "وقال الوزير علي حسن إن المشروع سيفتح قريبا. "
        "من جهته، هنأ رئيس الحزب سمير الخوري الشعب على افتتاح المشروع الجديد، معتبرا أن التنفيذ كان سريعا."
    )
    assert "سمير الخوري" in doc[-1]["speaker"]["text"]


def test_only_an_outlet_passes_a_source_on() -> None:
    (c,) = claims("وأعرب المبعوث خالد الراشد عن ثقته بأن المفاوضات ستنجح في النهاية.")
    assert "خالد الراشد" in c["speaker"]["text"] and c["reported_via"] is None
    (d,) = claims("وذكرت وكالة الأنباء الرسمية عن مصدر عسكري أن الجيش سيطر على التلة.")
    assert "مصدر عسكري" in d["speaker"]["text"]


def test_trailing_source_of_the_same_claim_is_not_a_second_claim() -> None:
    doc = claims("وأعرب المبعوث خالد الراشد عن ثقته بأن المفاوضات ستنجح في النهاية، بحسب البيان.")
    assert len(doc) == 1


def test_definite_subject_after_illa_anna() -> None:
    doc = claims("وقال المتحدث إن القوات تقدمت، إلا أن الوزير أكد أن المعارك مستمرة.")
    assert [c["speaker"]["text"] for c in doc] == ["المتحدث", "الوزير"]


@pytest.mark.parametrize(
    "sentence",
    [
        "فما أُعلن يعني: أن التنظيم ما زال يجند الشباب.",
        "ولا يعني تشابه الأسماء أن الرواية تُشير إلى تلك الأماكن بالضرورة.",
    ],
)
def test_what_was_announced_and_a_subject_that_is_no_speaker(sentence: str) -> None:
    assert claims(sentence) == []


def test_report_named_first_speaks_as_a_report() -> None:
    (c,) = claims("وقال التقرير إن عدد النازحين بلغ عشرين مليونا العام الماضي.")
    assert c["speaker"]["text"] == "التقرير" and c["channel"] == "report"


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ('وقال مراسل "الشرق الأوسط" في دمشق إن الطريق إلى المطار أغلق.', "الشرق الأوسط"),
        ("وأفاد مراسلنا في حلب بأن الطيران الحربي شن عشر غارات على الأحياء الشرقية.", None),
    ],
)
def test_correspondent_reports(sentence: str, via: str | None) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["anonymous"] and c["speaker"]["role"] == "correspondent"
    assert c["channel"] == "report" and c["reported_via"] == via


@pytest.mark.parametrize(
    "sentence",
    [
        "وعرض المهرجان فيلم «قالت الأرض» للمخرج السوري عمر أميرالاي.",
        'وصدرت رواية "قال الراوي" للكاتب اللبناني سمير حداد عن دار الساقي.',
    ],
)
def test_said_in_a_title_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


def test_announcement_by_a_speaker_kept_as_written_is_a_statement() -> None:
    (c,) = claims("أعلن كبير المفاوضين الفلسطينيين صائب عريقات الجمعة أن المستوطنين نفذوا أحد عشر ألف اعتداء.")
    assert "صائب عريقات" in c["speaker"]["text"] and c["channel"] == "statement"


def test_the_name_ali_inside_a_name_is_no_preposition() -> None:
    (c,) = claims("وجاءت الإصلاحات بعدما دعا آية الله علي سيستاني الى اتخاذ خطوات اصلاحية جريئة.")
    assert c["speaker"]["text"] == "آية الله علي سيستاني" and c["kind"] == "demand"


@pytest.mark.parametrize(
    ("article", "speaker", "content"),
    [
        (
            "إلى ذلك، تعهدت الحكومة باجراء الانتخابات في موعدها. أوضح ذلك رئيس الوزراء سامي الخطيب لدى زيارته المحكمة.",
            "سامي الخطيب",
            "إلى ذلك، تعهدت الحكومة",
        ),
        ("وقال الوزير إن القوات تقدمت، وأكد ذلك المتحدث العسكري في بيان.", "المتحدث العسكري", "القوات تقدمت"),
    ],
)
def test_demonstrative_object_takes_what_was_just_said(article: str, speaker: str, content: str) -> None:
    c = claims(article)[-1]
    assert speaker in c["speaker"]["text"] and c["content"]["text"].startswith(content)


@pytest.mark.parametrize(
    "sentence",
    ["وأعلن هذا الأسبوع الجيش سيطرته على البلدة.", "والوزارة إذ تعلن ذلك لتؤكد للعموم حرصها على الأمن."],
)
def test_demonstrative_without_a_speaker_right_after(sentence: str) -> None:
    assert all(c["marker"]["text"] != "تعلن" for c in claims(sentence))
    assert all("الأسبوع" not in c["speaker"]["text"] for c in claims(sentence))
