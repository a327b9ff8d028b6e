"""Claims, round 25 (helper cl37): the lead's ruling (7) — "أكد فلان أن … . وقال (pronoun) في بيان صحفي إن": the
statement named by the pronoun going on with the lede's named speaker in the VERY NEXT sentence is the lede's
channel when the lede names none (check2 and check23 code it so). A sentence between, another speaker, an agency, a
turn opener, or a lede with a channel of its own stop it. docs/claims.md, "Round 25: ruling (7), a statement named
next (helper cl37)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker


def _channels(text: str, marker: str) -> list[str]:
    return [c["channel"] for c in by_marker(text, marker)]


def test_said_in_a_statement_passes_back() -> None:
    text = (
        "أكد رئيس هيئة الطيران المدني سليمان الحمدان أن حركة المسافرين في المطارات عادت إلى طبيعتها. "
        "وقال في بيان صحفي اليوم إن الهيئة أنهت صيانة أنظمة الملاحة في مطار الملك خالد."
    )
    assert _channels(text, "أكد") == ["statement"]
    assert _channels(text, "قال") == ["statement"]


def test_press_remarks_of_the_pronoun_pass_back() -> None:
    text = (
        "رأى النائب في البرلمان اللبناني سامي الجميل أن الحكومة عاجزة عن معالجة أزمة النفايات. "
        "وأكد في تصريح صحفي أمس أن كتلته ستطالب بجلسة طارئة للمجلس."
    )
    assert _channels(text, "رأى") == ["statement"]


def test_sentence_between_stops_the_pronoun() -> None:
    text = (
        "أكد رئيس هيئة الطيران المدني سليمان الحمدان أن حركة المسافرين في المطارات عادت إلى طبيعتها. "
        "وشهدت المطارات تأخر عشرات الرحلات خلال الأسبوع الماضي بسبب العاصفة الرملية. "
        "وقال في بيان صحفي اليوم إن الهيئة أنهت صيانة أنظمة الملاحة في مطار الملك خالد."
    )
    assert _channels(text, "أكد") == ["unspecified"]


def test_turn_opener_stops_the_pronoun() -> None:
    text = (
        "أكد رئيس هيئة الطيران المدني سليمان الحمدان أن حركة المسافرين في المطارات عادت إلى طبيعتها. "
        "ومن جانبه قال في بيان صحفي إن الهيئة أنهت صيانة أنظمة الملاحة في مطار الملك خالد."
    )
    assert _channels(text, "أكد") == ["unspecified"]


def test_agency_told_stops_the_pronoun() -> None:
    text = (
        "أكد رئيس هيئة الطيران المدني سليمان الحمدان أن حركة المسافرين في المطارات عادت إلى طبيعتها. "
        "وقال في تصريح لوكالة الأنباء السعودية إن الهيئة أنهت صيانة أنظمة الملاحة في مطار الملك خالد."
    )
    assert _channels(text, "أكد") == ["unspecified"]


def test_lede_with_its_own_channel_keeps_it() -> None:
    text = (
        "أكد رئيس هيئة الطيران المدني سليمان الحمدان لـ«عكاظ» أن حركة المسافرين في المطارات عادت إلى طبيعتها. "
        "وقال في بيان صحفي اليوم إن الهيئة أنهت صيانة أنظمة الملاحة في مطار الملك خالد."
    )
    assert _channels(text, "أكد") == ["interview"]


def test_another_speaker_between_stops_the_pronoun() -> None:
    # the pronoun goes on with the mayor who spoke between: the minister's lede keeps no channel
    text = (
        "أوضح وزير الزراعة خالد العمري أن الأمطار لم تلحق أضرارا كبيرة بالمحاصيل. "
        "وأكد رئيس بلدية المحافظة فهد السالم أن الطرق الزراعية أعيد فتحها. "
        "وأضاف في بيان صحفي أن فرق البلدية تواصل أعمال التنظيف."
    )
    assert _channels(text, "أوضح") == ["unspecified"]


def test_agency_that_carried_the_remarks_stops_the_pronoun() -> None:
    text = (
        "أكد مدير عام مكتب الصحة بالمحافظة سالم باعوضة أن المستشفيات استقبلت عشرات الجرحى منذ الصباح. "
        "وأضاف في تصريح نشرته وكالة الأنباء اليمنية سبأ أن الأدوية نفدت من أغلب المراكز الصحية."
    )
    assert _channels(text, "أكد") == ["unspecified"]


def test_a_comma_is_no_next_sentence() -> None:
    # no sentence end between the lede's content and the pronoun's verb: not the ruling's next sentence
    text = (
        "أكد رئيس هيئة الطيران المدني سليمان الحمدان أن حركة المسافرين في المطارات عادت إلى طبيعتها، "
        "وقال في بيان صحفي اليوم إن الهيئة أنهت صيانة أنظمة الملاحة في مطار الملك خالد."
    )
    assert _channels(text, "أكد") == ["unspecified"]
