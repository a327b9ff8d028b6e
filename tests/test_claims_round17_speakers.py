"""Round 17 (helper cl14), issue 13: speakers and false claims on fresh articles. Sentences written for these tests."""

from __future__ import annotations

from rasd import extract

from .test_claims import STAGES


def _doc_claims(text: str) -> list[dict]:
    doc = extract(text, fmt="text", published="2019-05-20", stages=STAGES)
    assert not doc.errors, doc.errors
    return list(doc.claims)


def _titled(title: str, body: str) -> list[dict]:
    claims = _doc_claims(title + "\n" + body)
    return claims


def _markers(claims: list[dict]) -> list[str]:
    return [str(c["marker"]["text"]) for c in claims]


# ------------------------------------------------------------- a headline is no claim, whatever the body tells
def test_a_headline_the_body_tells_in_other_words_is_no_claim() -> None:
    # the body tells the same news with a verb that gives no claim: the headline's claim (its speaker "جازان",
    # a place) was kept before round 17
    cs = _titled(
        "صحة جازان تعلن حالة الطوارئ في مستشفياتها",
        "رفعت المديرية العامة للشؤون الصحية بالمنطقة درجة الاستعداد في جميع المستشفيات لاستقبال المصابين.",
    )
    assert cs == []


def test_a_headline_call_is_no_claim_and_the_body_claim_stays() -> None:
    cs = _titled(
        "الأردن يدعو إسرائيل إلى وقف الاعتداءات على المسجد الأقصى",
        "حملت الحكومة الأردنية سلطات الاحتلال مسؤولية التصعيد. وقال وزير الدولة لشؤون الإعلام إن بلاده "
        "ستواصل جهودها الدبلوماسية لحماية المقدسات.",
    )
    assert _markers(cs) == ["حملت", "قال"]  # the body's blame is a claim since round 17 (cl16: حمّل … المسؤولية)
    assert "وزير الدولة" in str(cs[1]["speaker"]["text"])


def test_a_headline_with_nothing_of_it_in_the_body_is_no_claim_either() -> None:
    cs = _titled(
        "المبعوث الأممي يطالب بوقف القصف على الأحياء السكنية",
        "عقد مجلس الأمن جلسة مغلقة مساء أمس لبحث الأوضاع الإنسانية في المدينة، واستمع الأعضاء إلى إحاطة مطولة.",
    )
    assert cs == []


def test_a_headline_copied_in_a_footer_gives_no_claim() -> None:
    title = "الدفاع المدني يعلن خطة الطوارئ لموسم الأمطار"
    cs = _titled(
        title,
        "عقدت اللجنة الرئيسية للدفاع المدني بالمنطقة اجتماعها الدوري أمس لمتابعة الاستعدادات.\nرابط الخبر: " + title,
    )
    assert cs == []


def test_one_line_with_nothing_after_it_keeps_its_claim() -> None:
    # a text of one line: that line is read as the title, and the only text there is
    cs = _doc_claims("أكد المتحدث باسم الشرطة أن الطريق الدولي أعيد فتحه أمام حركة السير صباح اليوم.")
    assert _markers(cs) == ["أكد"]


def test_a_first_line_that_ends_with_a_full_stop_is_a_sentence_and_keeps_its_claim() -> None:
    # a text given without a title: its first line is the lead sentence, not a headline
    cs = _doc_claims("قال قائد الشرطة إن دورية تعرضت لإطلاق نار قرب الحدود.\nوأضاف أن أحدا من أفرادها لم يصب بأذى.")
    assert _markers(cs)[:1] == ["قال"]
    assert "قائد الشرطة" in str(cs[0]["speaker"]["text"])


def test_a_headline_announcement_with_a_body_about_something_else_is_no_claim() -> None:
    cs = _titled(
        "وزارة الصحة تعلن تسجيل 5 إصابات جديدة بالفيروس",
        "رفعت المديرية العامة للشؤون الصحية بالمنطقة درجة الاستعداد في جميع المستشفيات لاستقبال المصابين.",
    )
    assert cs == []


# ---------------------------------------------- a name inside a phrase of occasion after the verb is no subject
def _claims(body: str) -> list[dict]:
    return _titled("خبر عاجل", body)


def _speaker_of(cs: list[dict], marker: str) -> dict:
    return next(c["speaker"] for c in cs if str(c["marker"]["text"]).endswith(marker))


def test_a_counterpart_met_at_a_press_conference_is_not_the_speaker() -> None:
    cs = _claims(
        "أكد وزير الخارجية البريطاني فيليب هاموند أن المحادثات كانت صريحة، وقال في مؤتمر صحافي عقده مع نظيره "
        "الفرنسي لوران فابيوس أمس في باريس، إن البلدين متفقان على مواصلة الضغط."
    )
    sp = _speaker_of(cs, "قال")
    assert "فابيوس" not in str(sp.get("text"))
    assert sp.get("found_by") == "pronoun"


def test_the_subject_before_an_occasion_phrase_speaks_not_the_name_in_it() -> None:
    cs = _claims(
        "جدد رئيس النادي سعد المالكي ثقته بالجهاز الفني. وقال المالكي على هامش حفل تقديم المهاجم البرازيلي "
        "روبرتو سيلفا «الفريق قادر على المنافسة هذا الموسم»."
    )
    assert "سيلفا" not in str(_speaker_of(cs, "قال").get("text"))


def test_a_name_after_a_meeting_word_is_the_person_met() -> None:
    cs = _claims(
        "قال وزير الدفاع الألماني كارل شميت للصحفيين بعد لقائه برئيس الوزراء العراقي حيدر العبادي إن بلاده "
        "ستواصل تدريب القوات الكردية."
    )
    assert "شميت" in str(_speaker_of(cs, "قال").get("text"))


def test_a_name_in_a_clause_after_a_comma_is_not_the_speaker_of_a_trailing_report() -> None:
    cs = _claims(
        "أطلق مسلحون النار على مركز للشرطة صباح اليوم، بحسب ما أفاد التلفزيون، في وقت تشهد البلاد توترا بعدما "
        "أعلن الجيش حملة على مسلحي جبهة التحرير الوطني."
    )
    sp = _speaker_of(cs, "أفاد")
    assert "جبهة" not in str(sp.get("text"))
    assert "التلفزيون" in str(sp.get("text"))


def test_a_name_right_after_the_verb_still_speaks_and_a_channel_phrase_may_come_first() -> None:
    cs = _claims(
        "وقال علي الشمري مع بداية الجلسة إن المشروع سينتهي قريبا. وقال في بيان له المتحدث باسم الجيش العقيد "
        "أحمد المسماري إن القوات تقدمت."
    )
    assert "علي الشمري" in str(cs[0]["speaker"].get("text"))
    assert "المسماري" in str(cs[1]["speaker"].get("text"))


def test_an_imam_is_no_preposition() -> None:
    cs = _claims("وقال إمام وخطيب المسجد الحرام الشيخ صالح بن حميد إن الأمن نعمة عظيمة.")
    assert "صالح بن حميد" in str(cs[0]["speaker"].get("text"))


# ------------------------------------------ an outlet's short name in brackets after the outlet told: the channel
def test_an_outlets_acronym_in_brackets_after_the_outlet_told_is_no_speaker() -> None:
    cs = _claims(
        "تحدث وزير الداخلية توماس كلاين عن أزمة اللاجئين. وقال الوزير لتلفزيون هيئة الإذاعة البريطانية (بي.بي.سي) "
        '"علينا أن نجد حلا أوروبيا مشتركا".'
    )
    sp = _speaker_of(cs, "قال")
    assert "بي.بي.سي" not in str(sp.get("text"))
    assert "الوزير" in str(sp.get("text")) or "كلاين" in str(sp.get("name_ar") or sp.get("name"))


def test_an_agency_named_with_its_acronym_as_the_subject_still_speaks() -> None:
    cs = _claims("وذكرت وكالة الأنباء الألمانية (د.ب.أ) أن الاجتماع انتهى دون اتفاق.")
    assert "وكالة الأنباء الألمانية" in str(cs[0]["speaker"].get("text"))


def test_a_setting_phrase_closed_by_a_comma_leaves_the_previous_sentences_subject() -> None:
    cs = _claims(
        "دافع الوزير عن الاتفاق أمام اللجنة. لكن خلال الجلسة، وجه الوزير آشتون كارتر رسائل طمأنة للحلفاء. "
        "وقال إن إيران تظل تمثل تحديا أمنيا."
    )
    assert "كارتر" in str(_speaker_of(cs, "قال").get("text"))


# --------------------------------------------------- the author named after a noun of statement or report
def test_a_body_after_the_statement_of_came_in_speaks() -> None:
    cs = _claims("لقي 12 شخصا حتفهم في انهيار مبنى. وجاء في بيان لجنة التحقيقات إن المبنى شيد دون ترخيص.")
    assert str(cs[0]["speaker"]["text"]).startswith("لجنة التحقيقات")


def test_a_report_noun_then_a_body_speaks_but_a_preposition_after_the_noun_does_not_lead_a_speaker() -> None:
    cs = _claims("وذكر تقرير هيئة الرقابة أن المخالفات تضاعفت خلال العام الماضي.")
    assert str(cs[0]["speaker"]["text"]).startswith("هيئة الرقابة")


def test_a_paper_in_quotes_after_a_report_noun_is_the_author() -> None:
    cs = _claims('وتصاعدت التكهنات في الأيام الأخيرة بعد تقرير لصحيفة "ذا غارديان" أشار إلى أن الوزير يستعد للاستقالة.')
    sp = cs[0]["speaker"]
    assert str(sp["text"]) == 'صحيفة "ذا غارديان"'
    assert cs[0]["channel"] == "report"


def test_a_paper_in_angle_quotes_with_fihi_is_the_author() -> None:
    cs = _claims("وجاء ذلك بعد تقرير لصحيفة «لوموند» قالت فيه إن الحكومة تدرس سحب قواتها.")
    assert "لوموند" in str(_speaker_of(cs, "قالت")["text"])


def test_a_one_word_author_after_a_tweet_noun_speaks() -> None:
    cs = _claims("أعلنت الوزارة القبض على المطلوب. ونشر الحساب تغريدة للشمري تقول: «سأنتقم ممن أبلغ عني».")
    assert str(_speaker_of(cs, "تقول")["text"]) == "للشمري"
