"""Claims, round 7 of issue 13: general causes read on the blind set claims_tune6 and the held-out classes (speaker
span when a title, a name and a body are all there; markers in forms not covered; channels), as unit rows written
for the project (no sentence is taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _speaker(sentence: str, marker: str | None = None) -> str:
    cs = [c for c in claims(sentence) if marker is None or (c["marker"] or {}).get("text") == marker]
    assert cs, f"no claim in {sentence!r}"
    return str(cs[0]["speaker"].get("text"))


# ------------------------------------------------------------------------------- the holder of a long title
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body led by لـ / بـ inside the title is no person, whatever the tagger says
        ("وأكد الناطق الإعلامي لإدارة المرور بمنطقة حائل النقيب ماجد الشمري أن الطريق أعيد فتحه.", "ماجد الشمري"),
        ("وأوضح المتحدث الإعلامي بقيادة الدفاع المدني بمنطقة تبوك العقيد سعد الحربي، أن الحريق أخمد.", "سعد الحربي"),
        # the person a clause opens with, before his title, speaks — not a name inside the title
        ("سعيد الغامدي مدير مدرسة الملك فهد يقول من جانبه: إن الطلاب بحاجة إلى دعم أكبر.", "سعيد الغامدي"),
        ("نايف القحطاني شيخ قبيلة آل مطير يضيف من جانبه: إن الأهالي ينتظرون المشروع منذ سنوات.", "نايف القحطاني"),
    ],
)
def test_the_holder_of_a_title_speaks(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_a_definite_title_keeps_its_adjective() -> None:
    c = claims("وقال مصدر إن اللقاحات متوفرة. ولفت المدير العام إلى أن الحملة مستمرة حتى نهاية الشهر.")
    assert any(str(x["speaker"].get("text")).startswith("المدير العام") for x in c)


def test_a_definite_title_does_not_swallow_the_object() -> None:
    # "ودعا الوزير الدول الأعضاء إلى": the minister speaks, the states are the object of his call
    c = claims("ودعا الوزير الدول الأعضاء إلى تكثيف التعاون في مكافحة التهريب.")[0]
    assert c["speaker"]["text"] == "الوزير"
    assert c["content"]["text"].startswith("الدول الأعضاء")


# ------------------------------------------------------------------------------- markers in forms not covered
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        ("وألمح الوزير سامي الحربي إلى أن الوزارة تدرس رفع الرسوم.", "ألمح", "سامي الحربي"),
        ("وأبلغه المدير خالد العنزي أن القرار نهائي.", "أبلغه", "خالد العنزي"),
        ("وأخبرنا مدير المستشفى الدكتور فهد السالم أن الحالات مستقرة.", "أخبرنا", "فهد السالم"),
        ("وحث وزير الخارجية الماليزي حنيف عثمان الدول المجاورة على ضبط النفس.", "حث", "حنيف عثمان"),
    ],
)
def test_markers_of_round7(sentence: str, marker: str, speaker: str) -> None:
    c = next(c for c in claims(sentence) if c["marker"]["text"].endswith(marker))
    assert c["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "وبحث الاتحاد الأوروبي فرض عقوبات على أطراف النزاع.",  # بحث (discussed), not ب + حث
        "وعثر في منزله على كتب تحث على العنف.",  # a thing that urges: no speaker
    ],
)
def test_look_alikes_are_no_claims(sentence: str) -> None:
    assert claims(sentence) == []


# ------------------------------------------------------------------------------- channels
@pytest.mark.parametrize(
    ("sentence", "speaker", "channel"),
    [
        # a document issued, then a verb that refers back to it with فيه
        ("وأصدرت الوزارة بيانا أكدت فيه أن الحادث قيد التحقيق.", "الوزارة", "statement"),
        # an outlet's own account is a report, not an interview with itself
        ("وسبق لمجلة «لو موند» الفرنسية أن كشفت عن اتفاق بين الناديين.", "لو موند", "report"),
        ("وتحدثت الصحيفة عن العرض الذي قدمه النادي للاعب.", "الصحيفة", "report"),
        # the paper met the speaker: its interview, whatever the speaker's own title names
        ("«الوطن» التقت بمدير إذاعة جدة خالد المالكي، والذي قال: الإذاعة تصل إلى كل بيت.", "خالد المالكي", "interview"),
        ("والتقت «عكاظ» بالمواطن سعيد الزهراني الذي قال إن المياه مقطوعة منذ أسبوع.", "سعيد الزهراني", "interview"),
        # answering the paper's question: its interview
        (
            "وأوضح المتحدث باسم الشرطة العقيد خالد الزهراني، ردا على استفسار «الوطن»، أن التحقيق جار.",
            "خالد الزهراني",
            "interview",
        ),
        # a body's spokesman named with its pronoun is its official spokesman
        ("وقالت الهيئة على لسان متحدثها الرسمي فيصل العمري إن العمل مستمر.", "فيصل العمري", "statement"),
    ],
)
def test_channels_of_round7(sentence: str, speaker: str, channel: str) -> None:
    c = next(c for c in claims(sentence) if speaker in str(c["speaker"].get("text")))
    assert c["channel"] == channel


def test_a_continuation_keeps_the_issued_statement() -> None:
    cs = claims("وأصدرت الوزارة بيانا أكدت فيه أن الحادث قيد التحقيق. وأضافت أن المتهمين أوقفوا.")
    assert [c["channel"] for c in cs] == ["statement", "statement"]


# ---------------------------------------------------------------- بحسب + a noun of saying; the object met
@pytest.mark.parametrize(
    ("sentence", "speaker", "channel"),
    [
        ("وبحسب تصريحات للوزير سامي الحربي فإن المشروع سينتهي قبل نهاية العام.", "سامي الحربي", "statement"),
        ("وبحسب كلام الطالبة فإن رغبتها الأولى تغيرت في النظام.", "الطالبة", "unspecified"),
    ],
)
def test_the_author_after_a_noun_of_saying(sentence: str, speaker: str, channel: str) -> None:
    c = claims(sentence)[0]
    assert (c["speaker"]["text"], c["channel"]) == (speaker, channel)


def test_the_person_met_is_no_speaker_of_the_next_sentence() -> None:
    # "والتقى الوزير بالسفير فلان. وأضاف": the minister goes on, not the ambassador he met
    cs = claims(
        "وقال الوزير سامي الحربي إن المشروع سينتهي قريبا. والتقى الوزير بالسفير الفرنسي فرانسوا دوبوا. وأضاف أن"
        " العلاقات بين البلدين متينة."
    )
    assert len(cs) == 2
    assert "دوبوا" not in str(cs[1]["speaker"].get("text"))


# ---------------------------------------------------------------- a new named speaker inside a reported clause
def test_a_named_turn_ends_the_content_before_it() -> None:
    cs = claims(
        "وقال المواطن عبدالله السبيعي إن الناس يضطرون للسفر بسبب ظروفهم وعن حلول المشكلة قال المهندس فهد"
        " الدوسري: إن الأفضل أن تفتح الوزارة فرعا في المحافظة."
    )
    assert [c["speaker"]["text"] for c in cs] == ["عبدالله السبيعي", "فهد الدوسري"]
    assert "الدوسري" not in cs[0]["content"]["text"]


def test_a_subordinate_clause_with_a_name_is_no_turn() -> None:
    # "أصر الدكتور فلان عليه أن": what the speaker tells, inside his claim (أن, no colon or إن)
    cs = claims("وأشار الطالب إلى أن المفاجأة كانت عندما أصر الدكتور خالد الحمد عليه أن يستمر في الكتابة رغم مرضه.")
    assert len(cs) == 1


# ---------------------------------------------------------------- a name inside a place's name; a rank's holder
@pytest.mark.parametrize(
    "sentence",
    [
        "مدير مستشفى الملك فيصل الدكتور نايف الحربي زار الأقسام أمس مؤكدا أن الخدمات ستتحسن.",
        "مدير جوازات منفذ الملك فهد العقيد سالم العتيبي ذهب مع المحرر إلى الصالة مبررا ما حصل أن الخطأ فني.",
    ],
)
def test_a_kings_name_inside_a_place_does_not_speak(sentence: str) -> None:
    c = claims(sentence)[0]
    text = str(c["speaker"]["text"])
    assert not text.endswith(("فيصل", "فهد"))
    assert "الحربي" in text or "العتيبي" in text


# ---------------------------------------------------------------- the object after a titled subject and a comma
def test_the_object_follows_a_titled_subject_and_its_comma() -> None:
    c = claims("دعا مدير عام فرع وزارة العمل بمنطقة تبوك الأستاذ سعد المطيري، المواطنين إلى استخدام البوابة.")[0]
    assert c["speaker"]["text"] == "سعد المطيري"
    assert c["content"]["text"].startswith("المواطنين")


def test_an_apposition_after_a_name_is_no_object() -> None:
    # "أعلنت الشركة فلان كابيتال، المستشار المالي للطرح": no title before the name, the comma opens an apposition
    cs = claims("أعلنت شركة الرياض المالية، المستشار المالي للطرح، انتهاء الاكتتاب في الأسهم.")
    assert all(not c["content"]["text"].startswith("المستشار") for c in cs)


# ---------------------------------------------------------------- the outlet told before the subject; بأنه; a statistic
def test_the_outlet_told_before_the_subject() -> None:
    c = claims("كشفت لـ«الوطن» مصادر مطلعة في وزارة العمل، عن خطة جديدة لتوطين وظائف المبيعات.")[0]
    assert (c["speaker"]["text"], c["channel"], c["reported_via"]) == ("مصادر مطلعة", "interview", "الوطن")
    assert c["content"]["text"].startswith("خطة جديدة")


def test_spoke_with_bianna_reports_its_clause() -> None:
    c = claims("وتحدث المواطن سالم الغامدي بأنه انتظر الموعد ثلاثة أشهر دون جدوى.")[0]
    assert c["speaker"]["text"] == "سالم الغامدي"
    assert c["content"]["text"].startswith("انتظر")


def test_a_statistic_is_a_report() -> None:
    c = claims("وبحسب إحصاء عام 2014، فإن عدد الزوار بلغ مليوني زائر.")[0]
    assert c["channel"] == "report" and c["speaker"]["anonymous"]


# ---------------------------------------------------------------- found on a fresh audit (seed 2618)
def test_adopting_a_budget_is_no_claim_of_responsibility() -> None:
    assert claims("وتبنت الحكومة في نهاية يوليو ميزانية معدلة لعام 2015.") == []


def test_the_colon_between_a_quoted_name_and_its_quote_is_no_outlet() -> None:
    cs = claims(
        'أكد المتحدث الرسمي باسم تعليم الطائف، سالم العمري، أن الرسوم معتمدة. وقال "العمري": "الإدارة لم تستقبل'
        ' أي شكوى بخصوص الرسوم".'
    )
    assert all(c["reported_via"] != ":" for c in cs)


# ---------------------------------------------------------------- ل + verb; a quote pointed back at
@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت سلطة الطيران المدني أن المجال الجوي سيغلق ساعة، لتكشف عن غير قصد عن مواعيد الزيارة.",
        "أجرت الهيئة العامة للغذاء مسحا ميدانيا لرصد المركبات العطرية في الأغذية.",
    ],
)
def test_a_verb_with_lam_is_no_claim_of_its_own(sentence: str) -> None:
    assert all(not c["marker"]["text"].startswith("ل") for c in claims(sentence))
    assert all("لتكشف" not in c["speaker"].get("text", "") for c in claims(sentence))


def test_a_quote_pointed_back_at_by_these_words() -> None:
    c = claims("«البلاد لمن يدافع عنها» بهذه العبارات تحدث الرئيس سامي الحربي في خطاب أمام أنصاره.")[0]
    assert c["speaker"]["text"] == "سامي الحربي" and c["direct"]
    assert c["content"]["text"] == "البلاد لمن يدافع عنها"


# ---------------------------------------------------------------- a headline: subject, present verb, object
@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        ("بريطانيا تتهم رجلا بالتخطيط لمهاجمة جنود", "رجلا"),
        ("الشركة الوطنية للنقل تعلن استقالة عضوين من مجلس الإدارة", "استقالة عضوين"),
    ],
)
def test_the_words_after_a_headline_verb_are_its_object(sentence: str, not_speaker: str) -> None:
    assert all(c["speaker"].get("text") != not_speaker for c in claims(sentence))


def test_a_present_verb_after_haythu_keeps_its_subject_after_it() -> None:
    c = claims("وتعاني القرية من انقطاع المياه، حيث يقول أحد السكان إن الصهاريج لا تكفي.")[0]
    assert "السكان" in c["speaker"]["text"]


# ---------------------------------------------------------------- a body that opens the sentence; what is no speaker
def test_a_participle_after_a_body_that_reports_nothing() -> None:
    c = claims("إلا أن لجنة الاستئناف رفضت الطلب بعد دراسته، مشيرة إلى أنها تستند إلى المادة الرابعة.")[0]
    assert c["speaker"]["text"] == "لجنة الاستئناف"


@pytest.mark.parametrize(
    "sentence",
    [
        "وأصر على أن تقطع رأس امرأة تعمل في الحسبة، والتي اتهمت بالتجسس لصالح النظام.",  # a passive after والتي
        "وقالت إن الحالة جلدية حسب تشخيص الأطباء وحسب بيانات الملف الطبي للمولودة.",  # a file is no speaker
    ],
)
def test_no_speaker_in_these(sentence: str) -> None:
    texts = [str(c["speaker"].get("text")) for c in claims(sentence)]
    assert "الحسبة" not in texts and "الملف الطبي" not in texts


# ---------------------------------------------------------------- قد + present; a title in commas after the name
@pytest.mark.parametrize(
    "sentence",
    [
        "قد يقول قائل إن هذه البيانات الرسمية لا تكفي.",
        "وأضافت أن موعد الزيارة قد يعلن خلال الأسبوع الحالي.",
    ],
)
def test_qad_with_a_present_verb_is_may(sentence: str) -> None:
    assert all(c["marker"]["text"] not in ("يقول", "يعلن") for c in claims(sentence))


def test_qad_with_a_past_verb_still_reports() -> None:
    c = claims("وقد تحدثت وزارة الخارجية الروسية عن تحالف إقليمي لمحاربة التنظيم.")
    assert c and c[0]["marker"]["text"] == "تحدثت"


def test_a_title_in_commas_after_the_name_is_no_object() -> None:
    c = claims("دعا صاحب السمو الأمير فيصل بن سلطان، أمير منطقة تبوك، بإحداث برامج تحفز الشباب على التطوع.")[0]
    assert c["content"]["text"].startswith("بإحداث")


# ---------------------------------------------------------------- found on a second fresh audit (seed 2619)
def test_a_verbal_noun_with_ba_is_no_speaker() -> None:
    cs = claims("وطالب بإشراك شباب المنطقة في الفعاليات.")
    assert all(not str(c["speaker"].get("text")).startswith("بإ") for c in cs)


def test_a_title_right_before_a_relative_pronoun_speaks() -> None:
    c = claims("وبتوجيه من أمير المنطقة الذي طالب بإشراك شباب المنطقة في الفعاليات الصيفية.")[0]
    assert c["speaker"]["text"] == "أمير المنطقة"
