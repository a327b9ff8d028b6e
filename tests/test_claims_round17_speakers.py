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
    assert _markers(cs) == ["قال"]
    assert "وزير الدولة" in str(cs[0]["speaker"]["text"])


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
