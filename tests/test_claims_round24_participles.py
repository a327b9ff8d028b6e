"""Claims, round 24 of issue 13 (helper cl33): the lead's ruling 5 — one act of saying is one claim. A participle
that goes on with the same speaker's claim, of saying (مضيفا، مشيرا، موضحا), demand (داعيا، مطالبا), warning (محذرا)
or accusation (متهما، محملا), after a comma or after a full stop with no new subject or marker between, is part of
that claim: its words extend the content, its marker is kept in ``continuations``. A denial participle (نافيا), a
participle after a denial and a participle after a clause that reports nothing are not folded. docs/claims.md,
"Round 24: one saying, one claim — the participle ruling (helper cl33)". Sentences written for the project (none
taken from an article)."""

from __future__ import annotations

import pytest

from tests.sentence_checks import alone

from .test_claims_generalize import claims


def _one_claim(text: str) -> dict:
    found = claims(text)
    assert len(found) == 1, [(c["marker"] or {}).get("text") for c in found]
    return found[0]


# ------------------------------------------------------------------ each class folded after a comma
@pytest.mark.parametrize(
    ("text", "participle", "tail"),
    [
        (
            "وقال محافظ البنك المركزي إن التضخم تراجع خلال الربع الثاني، مشيرا إلى أن الأسعار ستستقر بنهاية العام.",
            "مشيرا",
            "ستستقر بنهاية العام",
        ),
        (
            "وأكد وزير الخارجية أن بلاده لن تقبل بأي تدخل في شؤونها الداخلية، داعيا المجتمع الدولي إلى احترام "
            "سيادة الدول.",
            "داعيا",
            "احترام سيادة الدول",
        ),
        (
            "وقال رئيس اللجنة إن المفاوضات وصلت إلى طريق مسدود، مطالبا الأطراف بتقديم تنازلات حقيقية.",
            "مطالبا",
            "بتقديم تنازلات حقيقية",
        ),
        (
            "وأوضح المتحدث باسم الدفاع المدني أن منسوب المياه ارتفع في الأودية، محذرا من الاقتراب من مجاري السيول.",
            "محذرا",
            "من مجاري السيول",
        ),
        (
            "وقال النائب إن المشاريع متعثرة منذ سنوات، متهما وزارة الإسكان بالتقصير في متابعة المقاولين.",
            "متهما",
            "في متابعة المقاولين",
        ),
        (
            "وأكد رئيس الحزب أن الانتخابات شهدت تجاوزات كثيرة، محملا اللجنة العليا المسؤولية الكاملة عما جرى.",
            "محملا",
            "المسؤولية الكاملة عما جرى",
        ),
    ],
)
def test_each_participle_class_after_a_comma_is_part_of_the_claim(text: str, participle: str, tail: str) -> None:
    claim = _one_claim(text)
    assert claim["content"]["text"].endswith(tail)
    assert participle in claim["content"]["text"]
    assert [c["text"] for c in claim["continuations"]] == [participle]
    assert claim["polarity"] == "assert"


# ------------------------------------------------------------------ and after a full stop
@pytest.mark.parametrize(
    ("text", "participle", "tail"),
    [
        (
            "وقال مدير المستشفى إن حالة المصابين مستقرة. موضحا أن الفرق الطبية تتابعهم على مدار الساعة.",
            "موضحا",
            "على مدار الساعة",
        ),
        (
            "وقال وزير الخارجية إن بلاده لا تلمس جدية كافية في المحادثات. داعيا إلى العودة إلى طاولة الحوار دون "
            "شروط مسبقة.",
            "داعيا",
            "دون شروط مسبقة",
        ),
        (
            "وأكد قائد الشرطة أن الأوضاع الأمنية في المدينة تحت السيطرة. محذرا من أن أي محاولة للإخلال بالأمن "
            "ستواجه بحزم.",
            "محذرا",
            "ستواجه بحزم",
        ),
        (
            "وقال المتحدث باسم المعارضة إن جولة المفاوضات انتهت دون نتائج. متهما الحكومة بأنها تعرقل أي تسوية سياسية.",
            "متهما",
            "أي تسوية سياسية",
        ),
    ],
)
def test_each_participle_class_after_a_full_stop_is_part_of_the_claim(text: str, participle: str, tail: str) -> None:
    claim = _one_claim(text)
    assert claim["content"]["text"].endswith(tail)
    assert f". {participle}" in claim["content"]["text"]
    assert [c["text"] for c in claim["continuations"]] == [participle]


def test_the_claim_a_demand_joins_keeps_its_channel_and_speaker() -> None:
    claim = _one_claim(
        "وقال المتحدث باسم وزارة الداخلية في بيان إن القوات أحبطت محاولة تهريب كمية من المخدرات، مطالبا المواطنين "
        "بالإبلاغ عن أي نشاط مريب."
    )
    assert claim["channel"] == "statement"
    assert claim["speaker"]["text"].startswith("المتحدث باسم وزارة الداخلية")
    assert claim["content"]["text"].endswith("عن أي نشاط مريب")


# ------------------------------------------------------------------ what stays a claim of its own
def test_a_denial_participle_after_an_assertion_stays_its_own_claim() -> None:
    text = "وأوضح رئيس البلدية أن أعمال الصيانة ستنتهي الشهر المقبل، نافيا وجود أي تأخير في تنفيذ المشروع."
    first, denial = claims(text)
    assert denial["marker"]["text"] == "نافيا" and denial["polarity"] == "deny"
    assert "نافيا" not in first["content"]["text"]
    assert "continuations" not in first


def test_an_accusation_after_a_denial_stays_its_own_claim() -> None:
    text = "ونفى المتحدث باسم الجيش أن تكون قواته قصفت الأحياء السكنية، متهما المسلحين بإطلاق القذائف على المدنيين."
    denial, accusation = claims(text)
    assert denial["polarity"] == "deny" and accusation["marker"]["text"] == "متهما"
    assert accusation["polarity"] == "assert"
    assert "متهما" not in denial["content"]["text"]


def test_a_new_subject_ends_the_fold() -> None:
    # the warning goes on with the opposition leader, the second speaker: the first claim keeps its own content
    text = (
        "وأكد المتحدث باسم الجيش أن القوات تقدمت في الريف الشمالي، في حين قال قائد المعارضة إن مقاتليه صدوا "
        "الهجوم، محذرا من تصعيد جديد."
    )
    first, second = claims(text)
    assert first["content"]["text"].endswith("في الريف الشمالي")
    assert second["speaker"]["text"] == "قائد المعارضة"
    assert second["content"]["text"].endswith("محذرا من تصعيد جديد")


def test_a_new_sentence_with_its_own_speaker_takes_the_participle() -> None:
    text = (
        "وأكد المتحدث أن القوات تقدمت في الريف الشمالي. وأعلن الجيش سيطرته على البلدة، محذرا السكان من "
        "الاقتراب من المواقع العسكرية."
    )
    first, second = claims(text)
    assert first["content"]["text"].endswith("في الريف الشمالي")
    assert "continuations" not in first
    assert [c["text"] for c in second["continuations"]] == ["محذرا"]


def test_a_participle_after_a_clause_that_reports_nothing_is_no_claim() -> None:
    # the security forces detonated the bombs: no one said anything, and the participle is folded into nothing
    assert claims("وفجرت قوات الأمن عبوتين ناسفتين على الطريق الدولي، مشيرة إلى أن المسلحين زرعوهما ليلا.") == []


def test_a_participle_after_a_clause_that_reports_nothing_does_not_extend_the_claim_before() -> None:
    text = (
        "وأكد المتحدث أن القوات تقدمت في الريف الشمالي. وشهدت المدينة اشتباكات عنيفة طوال الليل، محذرا من تصعيد جديد."
    )
    first = claims(text)[0]
    assert first["content"]["text"].endswith("في الريف الشمالي")
    assert "continuations" not in first


# ------------------------------------------------------------------ the events stage still reads the accusation
def test_an_event_in_a_folded_accusation_stays_alleged() -> None:
    text = (
        "وقال رئيس المجلس المحلي إن المدينة تعيش أوضاعا إنسانية صعبة، متهما قوات النظام بقصف سوق شعبي في "
        "مدينة إدلب بالبراميل المتفجرة أمس ما أسفر عن مقتل عشرة مدنيين."
    )
    claim = _one_claim(text)
    assert claim["kind"] == "accuse"  # a claim of saying that folds an accusation in is an accusation
    strikes = [e for e in alone(text) if e["acled_event_type"]]
    assert strikes and all(e["status"] == "alleged" for e in strikes)
    assert all(e["claims"] == [claim["id"]] for e in strikes)


def test_a_folded_warning_leaves_the_claim_a_claim_of_saying() -> None:
    claim = _one_claim(
        "وأوضح المتحدث باسم الدفاع المدني أن منسوب المياه ارتفع في الأودية، محذرا من الاقتراب من مجاري السيول."
    )
    assert claim["kind"] == "say"
    assert "_folded_kind" not in claim
