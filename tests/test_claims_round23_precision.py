"""Claims, round 23 of issue 13 (helper cl32): precision and channels on unseen short articles. The lead's ruling on
a statement named in the speaker's next sentence: the lede, which names no channel, takes it only when the next
sentence names the SAME named speaker (not a pronoun, nor a turn opener like من جانبه) with a statement cue of its
own (في بيان، في تصريح صحفي). docs/claims.md, "Round 23: false claims and channels (helper cl32)". Sentences written
for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker


def _channels(text: str, marker: str) -> list[str]:
    return [c["channel"] for c in by_marker(text, marker)]


# ------------------------------------------------------------------ the statement passed back to the lede
def test_same_named_speaker_statement_next_sentence_passes_back() -> None:
    text = (
        "أوضح وزير الزراعة خالد العمري أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "وقال العمري في بيان صحفي أمس إن فرق الوزارة تتابع الوضع في المزارع."
    )
    assert _channels(text, "أوضح") == ["statement"]
    assert _channels(text, "قال") == ["statement"]


def test_press_remarks_of_the_same_name_pass_back() -> None:
    text = (
        "ورأى رئيس اللجنة ماجد العتيبي أن القرار يخدم المواطنين. "
        "وأكد العتيبي في تصريح له اليوم أن المجلس سيناقش المشروع الأسبوع المقبل."
    )
    assert _channels(text, "رأى") == ["statement"]


def test_pronoun_next_sentence_passes_back() -> None:
    # round 25, the lead's ruling (7) replaced round 23's test that the pronoun kept it back: the statement the
    # pronoun going on with the lede's named speaker names in the very next sentence is the lede's channel
    text = (
        "أوضح وزير الزراعة خالد العمري أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "وأضاف في بيان صحفي أن فرق الوزارة تتابع الوضع في المزارع."
    )
    assert _channels(text, "أوضح") == ["statement"]


def test_turn_opener_does_not_pass_back() -> None:
    text = (
        "أوضح وزير الزراعة خالد العمري أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "ومن جانبه قال العمري في بيان صحفي إن فرق الوزارة تتابع الوضع في المزارع."
    )
    assert _channels(text, "أوضح") == ["unspecified"]


def test_sentence_between_does_not_pass_back() -> None:
    text = (
        "أوضح وزير الزراعة خالد العمري أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "وتضررت عشرات المزارع في المنطقة الشرقية خلال الأسبوع الماضي. "
        "وقال العمري في بيان صحفي إن فرق الوزارة تتابع الوضع في المزارع."
    )
    assert _channels(text, "أوضح") == ["unspecified"]


def test_another_speaker_statement_does_not_pass_back() -> None:
    text = (
        "أوضح وزير الزراعة خالد العمري أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "وقال محافظ المنطقة فهد السالم في بيان إن الطرق أعيد فتحها."
    )
    assert _channels(text, "أوضح") == ["unspecified"]


def test_lede_with_its_own_channel_keeps_it() -> None:
    text = (
        "أوضح وزير الزراعة خالد العمري لـ«الوطن» أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "وقال العمري في بيان صحفي إن فرق الوزارة تتابع الوضع في المزارع."
    )
    assert _channels(text, "أوضح") == ["interview"]


# ------------------------------------------------------------------ documents speak in a report
def test_documents_speak_in_a_report() -> None:
    text = "ونشر الموقع مئات البرقيات الدبلوماسية. وتابعت الوثائق أن السفارة راقبت اتصالات عدد من الوزراء."
    assert _channels(text, "تابعت") == ["report"]


def test_leaked_document_speaks_in_a_report() -> None:
    text = "وتكشف الوثيقة المسربة بأن الاتحاد لا ينوي فرض عقوبات جديدة على الشركة."
    assert _channels(text, "تكشف") == ["report"]


def test_some_studies_speak_in_a_report() -> None:
    text = "وأشارت بعض الدراسات إلى أن النوم المتأخر يضعف التركيز لدى الطلاب."
    assert _channels(text, "أشارت") == ["report"]
