"""Claims, round 15 of issue 13 (helper cl11): where the speaker's phrase ends, and the channel a later claim passes
back. A speaker read as written or by its title ends before the outlet or the people told (قال فلان لوكالة فرانس
برس، لعدد من الصحفيين) and, after a verb that takes its object with ب (طالب، وجه، تعهد …), before that object
(وطالب أمير المنطقة بسرعة …); a later claim's television is passed back only to a broadcaster, and an interview
given to a news agency is not passed back. Sentences written for the project (none taken from an article); each
rule has its negatives."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str, nth: int = 0) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[nth] if len(cs) > nth else None


# ---------------------------------------------------------------- the outlet or the people told end the phrase
@pytest.mark.parametrize(
    ("sentence", "speaker", "told"),
    [
        ("وقال أمين ولي خان لوكالة فرانس برس إن المسلحين هاجموا نقطة التفتيش فجرا.", "أمين ولي خان", "لوكالة"),
        (
            "وقال قائد شرطة الإقليم خان لفرانس برس إن المسلحين هاجموا نقطة التفتيش فجرا.",
            "قائد شرطة الإقليم خان",
            "لفرانس",
        ),
        ("وقال يامادا لعدد من الصحفيين في طوكيو إنه يعتزم الاستقالة من منصبه.", "يامادا", "لعدد"),
    ],
)
def test_outlet_or_people_told_end_the_speaker(sentence: str, speaker: str, told: str) -> None:
    c = _claim(sentence, "قال")
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker
    assert told not in str(c["speaker"]["text"])


def test_outlet_told_stays_the_channel() -> None:
    c = _claim("وقال أمين ولي خان لوكالة فرانس برس إن المسلحين هاجموا نقطة التفتيش فجرا.", "قال")
    assert c is not None
    assert c["channel"] == "interview"
    assert c["reported_via"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body's own name led by لـ after a title is the title's, not an outlet told
        ("وقال الأمين العام لمجلس التعاون جاسم البديوي إن القمة ستعقد في موعدها.", "لمجلس التعاون"),
        # a spokesman's body fused to بـ
        ("وقال المتحدث الرسمي بإدارة المرور العقيد سالم الدوسري إن الحملة مستمرة.", "الدوسري"),
    ],
)
def test_body_after_title_is_kept(sentence: str, speaker: str) -> None:
    c = _claim(sentence, "قال")
    assert c is not None
    assert speaker in str(c["speaker"]["text"])


# ---------------------------------------------------------------- a ب object after the subject's phrase
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content"),
    [
        (
            "وطالب رئيس البلدية بتسريع إنجاز المشاريع المتعثرة في الأحياء الجنوبية.",
            "طالب",
            "رئيس البلدية",
            "بتسريع إنجاز",
        ),
        (
            "وطالب مدير التعليم بمحافظة جدة بتكثيف الرقابة على المدارس الأهلية.",
            "طالب",
            "مدير التعليم بمحافظة جدة",
            "بتكثيف الرقابة",
        ),
        (
            "وطالب المسافرون بضرورة التأكد من مواعيد الرحلات قبل التوجه إلى المطار.",
            "طالب",
            "المسافرون",
            "بضرورة التأكد",
        ),
    ],
)
def test_b_object_after_the_subject_opens_the_content(sentence: str, marker: str, speaker: str, content: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert str(c["speaker"]["text"]).strip() == speaker
    assert str(c["content"]["text"]).startswith(content)


@pytest.mark.parametrize(
    "sentence",
    [
        "ووجه أمير المنطقة بسرعة إنجاز الطريق الدائري، مؤكدا أن المشروع يخدم آلاف السكان.",
        "ووجه مدير الشرطة بتكثيف الدوريات في الأحياء، مشيرا إلى أن البلاغات تراجعت.",
    ],
)
def test_participle_after_a_b_object_takes_the_subject_only(sentence: str) -> None:
    c = next(c for c in claims(sentence) if c["marker"]["text"] in ("مؤكدا", "مشيرا"))
    text = str(c["speaker"]["text"])
    assert text.startswith(("أمير المنطقة", "مدير الشرطة"))
    assert not any(w in text for w in ("بسرعة", "بتكثيف"))


def test_b_object_cut_needs_a_b_verb() -> None:
    # تحدث الرئيس بحرارة: no verb of a ب object, the phrase is left as it was read
    c = _claim("وأكد رئيس الجمعية بحضور الأعضاء أن الميزانية متوازنة.", "أكد")
    assert c is not None
    assert "رئيس الجمعية" in str(c["speaker"]["text"])


def test_name_after_b_verb_is_untouched() -> None:
    c = _claim("وطالب وزير الداخلية عبدالله الفهد بتجفيف منابع الإرهاب.", "طالب")
    assert c is not None
    assert "الفهد" in str(c["speaker"]["text"])
    assert str(c["content"]["text"]).startswith("بتجفيف")


# ---------------------------------------------------------------- channels passed back
def test_television_is_not_passed_back_to_another_speaker() -> None:
    text = (
        "قال وزير الخارجية النرويجي يوهان بيرغ اليوم الثلاثاء إن بلاده سترسل مساعدات إضافية إلى اللاجئين. "
        "وأضاف بيرغ لإذاعة (إن.آر.كي) أن الشحنة الأولى ستصل الأسبوع المقبل."
    )
    first, second = _claim(text, "قال"), _claim(text, "أضاف")
    assert first is not None and second is not None
    assert first["channel"] != "television"
    assert second["channel"] == "television"


def test_statement_aired_is_not_passed_back() -> None:
    text = (
        "أعلن رئيس الوزراء الكندي جون ماكدونالد صباح الأحد أن الحكومة ستخفض الضرائب على الوقود. وقال ماكدونالد في"
        ' بيان أذاعه التلفزيون الرسمي "لن نترك الأسر تتحمل الأعباء وحدها".'
    )
    first = _claim(text, "أعلن")
    assert first is not None
    assert first["channel"] != "television"


def test_press_conference_is_still_passed_back() -> None:
    text = (
        "قال وزير المالية الأردني سامي الخطيب إن العجز سينخفض هذا العام. وأضاف في مؤتمر صحافي عقده في عمّان أن"
        " الإيرادات ارتفعت بنسبة عشرة في المائة."
    )
    first = _claim(text, "قال")
    assert first is not None
    assert first["channel"] == "press conference"


def test_broadcaster_keeps_its_television() -> None:
    text = (
        "وذكرت قناة «الغد» الإخبارية أن اشتباكات اندلعت في ضواحي المدينة. وأضافت القناة في نشرتها المتلفزة أن عشرة"
        " أشخاص أصيبوا."
    )
    first = _claim(text, "ذكرت")
    assert first is not None
    assert first["channel"] == "television"


def test_agency_interview_is_not_passed_back() -> None:
    text = (
        "وأعلن نائب رئيس اللجنة يوسف كريمي أن الاجتماع سيعقد الأسبوع المقبل. وقال كريمي لوكالة الأنباء الألمانية إن"
        " المكان لم يتحدد بعد."
    )
    first, second = _claim(text, "أعلن"), _claim(text, "قال")
    assert first is not None and second is not None
    assert first["channel"] != "interview"
    assert second["channel"] == "interview"


def test_paper_interview_is_still_passed_back() -> None:
    text = "أكد المتحدث باسم الحكومة اليمنية راشد الحمادي أن الهدنة صامدة. وقال الحمادي لـ«عكاظ» إن الحكومة ملتزمة بها."
    first = _claim(text, "أكد")
    assert first is not None
    assert first["channel"] == "interview"
    assert first["reported_via"] == "عكاظ"


# ---------------------------------------------------------------- the holder named after a title's body
@pytest.mark.parametrize(
    ("sentence", "marker", "holder"),
    [
        (
            "وقال الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي لوكالة فرانس برس إن المقاتلين سيطروا على الحي.",
            "قال",
            "علي الأحمدي",
        ),
        (
            "صرح المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ، أن الطائرات نقلت"
            " العالقين.",
            "صرح",
            "رأفت الصباغ",
        ),
        ("وقال المتحدث باسم مدينة الملاهي ياكوب فال إن الظاهرة بدأت الشتاء الماضي.", "قال", "ياكوب فال"),
        (
            "أكد مدير عام الشؤون الصحية بمنطقة القصيم مطلق الخمعلي أن المديرية تركز على تشغيل المشاريع.",
            "أكد",
            "الخمعلي",
        ),
    ],
)
def test_holder_named_after_the_title_body_speaks(sentence: str, marker: str, holder: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert holder in str(c["speaker"]["text"])
    assert c["speaker"]["role"]


@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "not_speaker"),
    [
        # a place after في is no name
        ("أعلن قائد للجيش في جنوب الفلبين أمس الاثنين أن جنديين قتلا في هجوم.", "أعلن", "قائد", "الفلبين"),
        # a date, a channel, another relation: no holder
        ("وقال المتحدث باسم الوزارة أمس الأحد إن الحملة مستمرة.", "قال", "المتحدث باسم الوزارة", "الأحد"),
        ("وقال المتحدث باسم الوزارة على هامش المؤتمر إن الحملة مستمرة.", "قال", "المتحدث باسم الوزارة", "هامش"),
        ("وقال المتحدث باسم الوزارة في بيان إن الحملة مستمرة.", "قال", "المتحدث باسم الوزارة", "بيان"),
    ],
)
def test_no_holder_without_a_name(sentence: str, marker: str, speaker: str, not_speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert speaker in str(c["speaker"]["text"])
    assert not_speaker not in str(c["speaker"]["text"])


def test_no_holder_in_a_place_name() -> None:
    # a place noun (ولاية، مدينة، محافظة) leads a place's name, not the spokesman's
    c = _claim("وقال متحدث باسم مكتب مكافحة الجريمة المحلي في ولاية سكسونيا السفلى إن العمال عثروا على لفافات.", "قال")
    assert c is not None
    assert "سكسونيا" not in str(c["speaker"]["text"])


# ---------------------------------------------------------------- a quoted name after the speaker is no outlet told
@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ('وقال بروفيسور "جون ميلر" عالم الفلك بجامعة "أكسفورد" البريطانية: إن الكوكب قد يحتوي على ماء.', "قال"),
        ('أكدت أسرة "معلمة الجوف" أن بيان الوزارة لم يذكر الحقيقة.', "أكدت"),
        ('وأعلنت شركة اتحاد اتصالات "موبايلي" تسجيل أرباح تشغيلية في الربع الثاني.', "أعلنت"),
        ("وأشار سالم القحطاني «أحد أقارب الأسرة» إلى أن الرحلة تتكرر كل عام.", "أشار"),
    ],
)
def test_own_name_in_quotes_is_no_interview(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] != "interview"


@pytest.mark.parametrize(
    ("sentence", "marker", "channel", "via"),
    [
        ("أبلغت مصادر محلية «عكاظ» أن الاعتداءات مستمرة.", "أبلغت", "interview", "عكاظ"),
        ("وقال الوزير لـ«الرياض» إن المشروع اكتمل.", "قال", "interview", "الرياض"),
        ("فاعتبر ضيف «روتانا خليجية» أن الفنان يتمتع بصوت نقي.", "اعتبر", "television", "روتانا خليجية"),
    ],
)
def test_outlet_told_in_quotes_stays(sentence: str, marker: str, channel: str, via: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] == channel
    assert c["reported_via"] == via
