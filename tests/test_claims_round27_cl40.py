"""Claims, round 27 (helper cl40): claims missed on unseen articles. (1) A trailing بحسب / وفق whose source goes on
in a relative clause with a verb of saying of its own ("…، بحسب النائب فلان، الذي قال لوكالة …: «…»"): the
attribution covers the clause before it and the relative verb is the source's next claim
(written._relative_speech_after). (2) A short quotation (one to three words) that closes its sentence right after
قال and its speaker, with no colon or إن between ('وقالت فلانة (70 عاما) التي … "…".'): the speaker's words
(content.Clauses._short_closing_quote; claim_cues.yaml ``short_quote_verbs``, ``short_quote_not_after``). (3) A
person, body or title named after أن / إن right before a verb that takes a plain object is its subject, the words
after the verb its object (before._named_before_object). (4) A joined verb of saying right before a participle of
saying ("، وأضاف قائلا: «…»"، "وتابع موضحا أن") makes the participle a claim of its own, not a continuation folded
into the claim before (continuation._said_before); its subject, when written between them, speaks ("وأضاف البيان
قائلا": before._said_subject). docs/claims.md, "Round 27: claims missed on unseen articles (helper cl40)".
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import speaker_text
from tests.test_claims_generalize import claims


def _marked(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if word in (c["marker"] or {}).get("text", "")]


# ------------------------------------------------------------------ a trailing بحسب, then الذي قال
def test_trailing_according_to_then_a_relative_verb_of_saying() -> None:
    text = (
        "وهاجم مسلحون قرية زراعية شمال البلاد فجر الأحد وأحرقوا عشرات المنازل، بحسب النائب سليمان داود، الذي قال "
        "لوكالة الأنباء: «لقد قطعوا الطريق الرئيسي وطاردوا السكان حتى أطراف الغابة»."
    )
    according = _marked(text, "بحسب")
    assert len(according) == 1
    assert "سليمان داود" in speaker_text(according[0])
    assert according[0]["content"]["text"].startswith("وهاجم مسلحون")  # the clause before, not the relative
    assert "الذي قال" not in according[0]["content"]["text"]
    said = _marked(text, "قال")
    assert len(said) == 1
    assert "سليمان داود" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("لقد قطعوا")


def test_trailing_according_to_a_witness_who_went_on() -> None:
    text = (
        "وفي البلدة الحدودية أطلق المهاجمون النار على المارة، بحسب الشاهد عمر يوسف الذي تابع: «ما زلنا نبحث عن "
        "المفقودين بين الأنقاض»."
    )
    according = _marked(text, "بحسب")
    assert len(according) == 1
    assert according[0]["content"]["text"].startswith("وفي البلدة الحدودية")
    went_on = _marked(text, "تابع")
    assert len(went_on) == 1
    assert "عمر يوسف" in speaker_text(went_on[0])
    assert went_on[0]["content"]["text"].startswith("ما زلنا")


def test_according_to_a_statement_with_a_relative_clause_keeps_its_reading() -> None:
    # a relative clause with no verb of saying ends the attribution as before (round 12b)
    text = "وقتل ثلاثة جنود في انفجار عبوة ناسفة، وفقا للبيان العسكري الذي أذيع اليوم."
    according = _marked(text, "وفقا")
    assert len(according) == 1
    assert according[0]["content"]["text"].startswith("وقتل ثلاثة جنود")


# ------------------------------------------------------------------ a short quotation that closes the sentence
def test_short_quotation_after_a_speaker_and_a_relative_clause() -> None:
    text = (
        "وزار الوفد المخيم القديم أمس. وقالت سعاد حمدان (70 عاما) التي عاشت في المخيم طفولتها "
        '"عاملونا كغرباء". وأضافت أن أسرتها فقدت كل ما تملك.'
    )
    said = _marked(text, "قالت")
    assert len(said) == 1
    assert "سعاد حمدان" in speaker_text(said[0])
    assert said[0]["content"]["text"] == "عاملونا كغرباء"


def test_one_word_answer_in_quotes() -> None:
    text = "وعندما سئل عن موعد الزيارة قال المندوب الدائم لدى المنظمة خالد سعيد “قريبا”. ولم يذكر تفاصيل أخرى."
    said = _marked(text, "قال")
    assert len(said) == 1
    assert "خالد سعيد" in speaker_text(said[0])
    assert said[0]["content"]["text"] == "قريبا"


def test_a_quoted_name_after_an_outlet_noun_is_no_speech() -> None:
    text = "وأطلقت الوزارة حملتها الجديدة أمس. وقال الكاتب فهد ناصر في صحيفة «الأيام العربية»."
    assert _marked(text, "قال") == []


def test_a_named_operation_after_announce_is_no_speech() -> None:
    text = "وأعلن الجيش صباح اليوم بدء عملية «درع الساحل»."
    assert all(c["content"]["text"] != "درع الساحل" for c in claims(text))


def test_a_short_quotation_in_the_middle_of_the_sentence_is_no_speech() -> None:
    text = 'وقال الموظف إن "الدوام المرن" سيبدأ الشهر المقبل في جميع الفروع.'
    said = _marked(text, "قال")
    assert len(said) == 1
    assert said[0]["content"]["text"].startswith("الدوام المرن") or said[0]["content"]["text"].startswith('"الدوام')


def test_present_says_with_a_short_quotation_is_left() -> None:
    text = "ومن يقول الحق يكسب “نفسه”."
    assert _marked(text, "يقول") == []


# ------------------------------------------------------------------ a name before an object-taking verb after أن
def test_named_subject_after_that_before_a_demand_with_an_object() -> None:
    text = (
        "وكانت اللجنة قد اجتمعت الأسبوع الماضي. يذكر أن رئيس الهيئة الدكتور سامي العتيبي طالب أمس المسؤولين في "
        "الفروع بتسريع إنجاز المعاملات."
    )
    demanded = _marked(text, "طالب")
    assert len(demanded) == 1
    assert "سامي العتيبي" in speaker_text(demanded[0])  # not the addressee after the verb
    assert demanded[0]["content"]["text"].startswith("المسؤولين في الفروع")


def test_a_title_before_a_call_keeps_its_reading() -> None:
    text = "والجدير بالذكر أن وزير الصحة دعا المواطنين إلى الإسراع في التطعيم قبل بدء الموسم."
    called = _marked(text, "دعا")
    assert len(called) == 1
    assert "وزير الصحة" in speaker_text(called[0])


def test_a_body_told_of_inside_a_continued_claim_is_no_new_speaker() -> None:
    text = "وقال المتحدث إن الوزارة تتابع الملف. وأضاف أن الحكومة طالبت الشركات بتعويض المتضررين."
    demanded = _marked(text, "طالبت")
    assert demanded == []


# ------------------------------------------------------------------ a joined verb of saying before its participle
def test_added_then_saying_after_a_comma_is_a_claim_of_its_own() -> None:
    text = 'وقال مدير المستشفى إن الحالات مستقرة، وأضاف قائلا: "سنفتح قسما جديدا للطوارئ الشهر المقبل".'
    said = _marked(text, "قال")
    assert len(said) == 1
    assert "الحالات مستقرة" in said[0]["content"]["text"]
    assert "جديدا" not in said[0]["content"]["text"]  # not folded into the claim before
    added = _marked(text, "قائلا")
    assert len(added) == 1
    assert added[0]["content"]["text"].startswith("سنفتح قسما")


def test_went_on_explaining_that_is_a_claim_of_its_own() -> None:
    text = "وقال رئيس البلدية إن العمل بدأ في الطريق، وتابع موضحا أن المشروع سينتهي قبل الشتاء."
    assert len(_marked(text, "قال")) == 1
    assert "المشروع سينتهي" not in _marked(text, "قال")[0]["content"]["text"]
    assert len(_marked(text, "موضحا")) == 1


def test_a_participle_after_a_comma_is_still_folded() -> None:
    # ruling 5 (round 24): a participle alone after a comma goes on with the claim before
    text = "وقال رئيس البلدية إن العمل بدأ في الطريق، موضحا أن المشروع سينتهي قبل الشتاء."
    said = _marked(text, "قال")
    assert len(said) == 1
    assert "المشروع سينتهي" in said[0]["content"]["text"]


def test_the_statement_added_saying_speaks() -> None:
    text = (
        "وأعلنت الوزارة فتح باب التسجيل للمتطوعين. وأضاف البيان قائلا: «التسجيل متاح حتى نهاية الشهر في جميع المناطق»."
    )
    added = _marked(text, "قائلا")
    assert len(added) == 1
    assert speaker_text(added[0]) == "البيان"
