"""Claims, round 5 of issue 13: channels named outside the marker's clause (a trailing بحسب + channel noun, an
occasion after a speech verb that gave no claim, a circular), as unit rows written for the project (no sentence is
taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


# ------------------------------------------------------------------------------- a trailing بحسب + channel noun
@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        ("وأكد الرئيس الغاني جون ماهاما أن القوة المشتركة ستنتشر قريبا، بحسب بيان صادر عن الرئاسة.", "statement"),
        ("وأعرب الوزير سامي الحربي عن ثقته بأن المشروع سينجز في موعده، بحسب البرقية.", "statement"),
        ("وقال الباحث كريم الأسعد إن عدد الطيور المهاجرة تراجع، بحسب تقرير نشرته الجامعة.", "report"),
    ],
)
def test_a_trailing_channel_noun_names_the_claims_channel(sentence: str, channel: str) -> None:
    c = next(c for c in claims(sentence) if c["marker"]["text"] != "بحسب")
    assert c["channel"] == channel


def test_a_trailing_channel_noun_keeps_a_named_channel() -> None:
    # the clause named a press conference: a statement quoted after it does not change it
    c = claims("وقال الوزير سامي الحربي في مؤتمر صحفي إن المشروع سينجز في موعده، بحسب بيان الوزارة.")[0]
    assert c["channel"] == "press conference"


def test_a_trailing_outlet_is_no_channel() -> None:
    # "بحسب وكالة …" passes the claim on; it names no statement or report of the speaker
    c = claims("وقال الوزير سامي الحربي إن المشروع سينجز في موعده، بحسب وكالة الأنباء الألمانية.")[0]
    assert c["channel"] not in ("statement", "report")


# ------------------------------------------------------------------------------- the occasion after a verb
def test_an_occasion_after_a_speech_verb_without_claim_is_passed_back() -> None:
    cs = claims(
        "وقال وزير الخارجية الكيني أمينة محمد إن بلاده لن تتراجع عن قرارها. وأضاف في مؤتمر صحفي عقده أمس في"
        " نيروبي، وأوضح فيه أن الحدود ستبقى مغلقة حتى نهاية العام."
    )
    assert len(cs) >= 2
    assert [c["channel"] for c in cs[:2]] == ["press conference", "press conference"]


def test_another_person_named_between_keeps_the_claim_unnamed() -> None:
    cs = claims(
        "وقال وزير الخارجية الكيني أمينة محمد إن بلاده لن تتراجع عن قرارها. وأضاف بعد لقائه الرئيس وليام روتو في"
        " مؤتمر صحفي، وأوضح فيه أن الحدود ستبقى مغلقة حتى نهاية العام."
    )
    assert cs[0]["channel"] != "press conference"


# ------------------------------------------------------------------------------- a circular
def test_a_circular_is_a_statement() -> None:
    c = claims("وأكد وزير التعليم سامي الحربي في تعميم للمدارس أن الدراسة تبدأ الأحد المقبل.")[0]
    assert c["channel"] == "statement"


# ------------------------------------------------------------------------------- an interview named next
def test_a_named_speakers_interview_named_next_is_passed_back() -> None:
    cs = claims(
        "أكد المتحدث باسم وزارة الزراعة ماجد الحربي أن المحصول تضاعف هذا العام. وقال الحربي لـ«الوطن» إن"
        " الأسعار ستنخفض."
    )
    assert [c["channel"] for c in cs] == ["interview", "interview"]
    assert cs[0]["reported_via"] == "الوطن"


def test_unnamed_sources_keep_their_own_channel_before_an_interview() -> None:
    # the dev set's convention: the paper's account first, then what the sources told the agency
    cs = claims("أفادت مصادر محلية أن الطريق أغلق. وقالت المصادر لوكالة الأنباء الألمانية إن القوات انسحبت.")
    assert cs[0]["channel"] != "interview"


# ------------------------------------------------------------------------------- a channel phrase before the object
def test_a_channel_phrase_set_off_by_a_comma_is_no_content() -> None:
    c = claims("وأكد الوزير سامي الحربي في بيان للمدارس، على ضرورة الالتزام بمواعيد الدوام الجديدة.")[0]
    assert c["content"]["text"].startswith("على ضرورة")
    assert c["channel"] == "statement"


def test_a_place_phrase_before_the_object_stays_as_it_was() -> None:
    # not a channel noun after في: the rule leaves the object alone
    c = claims("وأكد الوزير سامي الحربي في الرياض، على ضرورة الالتزام بمواعيد الدوام الجديدة.")[0]
    assert c["channel"] != "statement"


# ------------------------------------------------------------------------------- spokesmen announcing
def test_unnamed_spokesmen_announcing_give_a_statement() -> None:
    c = claims("أعلن متحدثون باسم الجيش أمس، أن طائرات حربية قصفت مستودعا للذخيرة.")[0]
    assert c["channel"] == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال متحدثون باسم الجيش إن الطائرات قصفت مستودعا للذخيرة.",  # saying, not announcing
        "وأعلنت مصادر محلية أن الطائرات قصفت مستودعا للذخيرة.",  # unnamed sources, no spokesmen
    ],
)
def test_other_unnamed_speakers_stay_unspecified(sentence: str) -> None:
    c = claims(sentence)[0]
    assert c["channel"] == "unspecified"
