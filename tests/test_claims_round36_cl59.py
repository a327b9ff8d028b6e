"""Claims, round 36 (helper cl59): constructions of reported speech rasd did not read at all on unseen news.

1. بيّن (written like the preposition بين) with a long subject before its أن: a title with its body and the
   holder's name past fourteen words, a quoted name inside the phrase, a study with its relative clause, an office
   the role reader does not know (المشرف، وكيل). The marker reader already keeps بين a verb only where it opens its
   clause; the reading now lets its introducer stand up to 24 words away when the phrase is a subject
   (``stages/claims/reading.py`` ``_long_subject_explained``; ``claims.yaml`` ``explaining_subject_heads``).

docs/claims.md, "Round 36: … (helper cl59)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وافتتح أمير المنطقة المعرض السنوي للكتاب صباح أمس بحضور عدد من المسؤولين. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_explained_with_a_long_title_and_a_name() -> None:
    text = _BEFORE + (
        "من جهته، بين مدير عام الإدارة العامة للثقافة والفنون بالمنطقة رئيس اللجنة المنظمة للمعرض الدكتور "
        "سالم بن عبدالله الحارثي، أن عدد دور النشر المشاركة بلغ مئتين وعشرين دارا."
    )
    found = _by(text, "بين")
    assert len(found) == 1
    assert "الحارثي" in _speaker(found[0])
    assert "عدد دور النشر" in _content(found[0])


def test_explained_with_a_quoted_name_in_the_phrase() -> None:
    text = _BEFORE + (
        'من جانبه بين الدكتور فهد المالكي المشرف على البرنامج الوطني لدعم القراءة "اقرأ"، أن البرنامج يستهدف '
        "عشرة آلاف طالب."
    )
    found = _by(text, "بين")
    assert len(found) == 1
    assert "المالكي" in _speaker(found[0])
    assert "البرنامج يستهدف" in _content(found[0])


def test_a_study_explained_with_its_relative_clause() -> None:
    text = "وشملت الدراسة ألف أسرة. " + (
        "وبينت الدراسة التي أعدها فريق من الباحثين في كلية الطب بجامعة الملك سعود خلال العام الماضي أن "
        "نصف الأطفال لا يمارسون الرياضة."
    )
    found = _by(text, "بينت")
    assert len(found) == 1
    assert "الدراسة" in _speaker(found[0])
    assert "نصف الأطفال" in _content(found[0])


def test_an_office_the_role_reader_does_not_know() -> None:
    text = _BEFORE + "وبين المشرف العام على برنامج الزيارات في إدارة المعرض أن أبواب المعرض تفتح مساء كل يوم."
    found = _by(text, "بين")
    assert len(found) == 1
    assert "المشرف" in _speaker(found[0])
    assert "أبواب المعرض" in _content(found[0])


def test_between_two_terms_stays_a_preposition() -> None:
    text = _BEFORE + (
        "وتم تبادل الكتب فيما بين الطلاب المشاركين، ثم انطلقت الجولة في أجنحة المعرض وأكد المنظمون "
        "الأسبوع الماضي أن المعرض سيستمر عشرة أيام."
    )
    assert _by(text, "بين") == []


def test_a_later_verb_keeps_its_own_introducer() -> None:
    text = _BEFORE + (
        "وبين المشرف العام على المعرض الأستاذ خالد السبيعي الذي أكد في كلمته أمام الحضور أن المعرض سيستمر عشرة أيام."
    )
    assert _by(text, "بين") == []


# 2. A quotation of three to five words with a name inside it, right after the speaker and closing its sentence,
#    is speech, not a name in quotes (``claims/content.py`` ``_named_quote``): 'وقال الوزير «سنطرد طالبان من ولاية
#    فارياب».' lost its claim because an entity stood inside the quote.


def test_a_short_quote_with_a_name_inside_is_speech() -> None:
    text = "وتواصلت المعارك في الشمال أمس. وقال قائد الجيش «سنطرد داعش من الموصل قريبا»."
    said = _by(text, "قال")
    assert len(said) == 1
    assert "قائد الجيش" in _speaker(said[0])
    assert "سنطرد داعش من الموصل" in _content(said[0])


def test_a_pronoun_goes_on_with_a_short_quote() -> None:
    text = "وقال وزير الدفاع محمد العلي إن قواته تتقدم في المحافظة. وأضاف «سيعود سكان الرمادي إلى بيوتهم»."
    added = _by(text, "أضاف")
    assert len(added) == 1
    assert "سيعود سكان الرمادي" in _content(added[0])


def test_a_quoted_name_that_goes_on_stays_a_name() -> None:
    text = "وتواصلت المعارك في الريف الغربي أمس. وذكر «مكتب أخبار سوريا» المعارض في تقرير له أن القوات قصفت بلدة عرى."
    for c in claims(text):
        assert "مكتب أخبار سوريا" not in _content(c)


# 3. "أوضح ذلك" + a long title before the name, a date or the paper told before it (``stages/claims/reading.py``
#    ``_title_then_name``, ``_past_told_paper``, ``_today_then_title``): what the sentence before told is the named
#    speaker's claim; a participle after it in the sentence goes on as its own claim.

_TOLD = "وتبدأ الفعاليات الصيفية في الحدائق العامة مساء الخميس المقبل. "


def test_this_explained_by_a_long_title_and_a_name() -> None:
    text = _TOLD + (
        "أوضح ذلك المدير العام لإدارة الحدائق والمتنزهات في أمانة المنطقة رئيس اللجنة المنظمة للفعاليات "
        "المهندس فهد بن سعد القحطاني."
    )
    told = _by(text, "أوضح")
    assert len(told) == 1
    assert "القحطاني" in _speaker(told[0])
    assert "تبدأ الفعاليات الصيفية" in _content(told[0])


def test_this_explained_to_the_paper() -> None:
    text = _TOLD + "أوضح ذلك لـ «الوطن» المتحدث الرسمي باسم الأمانة الدكتور سالم العتيبي."
    told = _by(text, "أوضح")
    assert len(told) == 1
    assert "العتيبي" in _speaker(told[0])
    assert told[0]["channel"] == "interview"


def test_this_explained_today_with_an_abbreviated_title() -> None:
    text = _TOLD + "أوضح ذلك اليوم المشرف على برامج الأمانة د. سالم العتيبي."
    told = _by(text, "أوضح")
    assert len(told) == 1
    assert "العتيبي" in _speaker(told[0])


def test_the_participle_after_this_explained_goes_on() -> None:
    text = _TOLD + "أوضح ذلك رئيس البلدية المهندس ماجد الشهري، مشيراً إلى أن الدخول إلى الحدائق سيكون مجانيا."
    told = _by(text, "أوضح")
    assert len(told) == 1
    assert "الشهري" in _speaker(told[0])
    pointed = _by(text, "مشيراً")
    assert len(pointed) == 1
    assert "الدخول إلى الحدائق" in _content(pointed[0])


def test_this_with_no_title_after_it_is_no_claim() -> None:
    text = _TOLD + "أوضح ذلك في الاجتماع الذي عقد أمس بحضور عدد من المسؤولين في الأمانة."
    assert _by(text, "أوضح") == []


def test_a_quote_far_from_its_verb_stays_a_name() -> None:
    text = (
        "وتوسعت المنظمة في السنوات الأخيرة. فقد اعتبر الرئيس الروسي التعاون في القطاع المصرفي واحدا من "
        "أولويات المنظمة... هل هذه التحولات هي بالفعل «كابوس لخبراء واشنطن»؟"
    )
    for c in claims(text):
        assert "كابوس" not in _content(c)
