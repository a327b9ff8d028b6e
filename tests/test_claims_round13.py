"""Claims, round 13 of issue 13 (helper cl5): channel classes that recur across independent tune and check files.
Sentences written for the project (none taken from an article); each class has its negative."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ----------------------------------------------------------- a news outlet of the press speaking: a report
@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("وقالت بوابة الوفد إن ثلاثة من رجال الشرطة أصيبوا في الانفجار.", "قالت"),
        ("وأفاد موقع “الخليج اليوم”، أن السلطات أغلقت الطريق الساحلي أمس.", "أفاد"),
        ("وذكرت وكالة أنباء الشرق العربي أن الأمطار أغرقت عشرات المنازل في القرية.", "ذكرت"),
        ('وبحسب "شبكة حلب الإخبارية" فإن الاشتباكات تجددت في الحي الشرقي.', "بحسب"),
        ("وقالت شينخوا إن الفيضانات شردت آلاف الأسر في الإقليم.", "قالت"),
        ("وأضافت صحيفة محلية أن المدرسة ستغلق أبوابها حتى نهاية الشهر.", "أضافت"),
    ],
)
def test_press_outlet_speaking_is_a_report(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] == "report"


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        # a ministry's website or a network of pipes is no news outlet: no news word, no quoted name after the noun
        ("وذكر موقع الوزارة أن التسجيل سيبدأ الأحد المقبل.", "ذكر"),
        ("وأكدت شبكة المياه في المدينة أن الضخ سيعود مساء اليوم.", "أكدت"),
    ],
)
def test_agency_or_site_without_news_word_is_no_outlet(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] != "report"


def test_broadcaster_named_so_is_television() -> None:
    c = _claim("وأفادت شبكة “سي.تي.في” التلفزيونية الكندية بأن الأب أدين بتهمة الإهمال.", "أفادت")
    assert c is not None
    assert c["channel"] == "television"


def test_outlet_told_is_still_an_interview() -> None:
    # the outlet after لـ is the paper told, the speaker a person: unchanged
    c = _claim("وقال المتحدث باسم البلدية لصحيفة «المدينة» إن العمل في الجسر سيكتمل قريبا.", "قال")
    assert c is not None
    assert c["channel"] == "interview"


# ----------------------------------------------------------- figures speaking: a report
@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("وتشير الإحصائيات الأولية إلى مقتل أكثر من مئتي مسلح في المعارك.", "تشير"),
        ("وكشفت الإحصاءات الرسمية أن عدد الزوار تضاعف خلال العام الماضي.", "كشفت"),
        ("وتشير التقديرات إلى أن نحو خمسمئة شخص عادوا إلى القرية.", "تشير"),
    ],
)
def test_figures_speaking_are_a_report(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] == "report"


def test_figures_in_the_object_leave_the_body_its_statement() -> None:
    # the figures are what the ministry gives: its statement, not a report of the figures
    c = _claim("وأعلنت وزارة الصحة أن الإحصائيات تظهر تراجع الإصابات.", "أعلنت")
    assert c is not None
    assert c["speaker"]["text"].startswith("وزارة الصحة")
    assert c["channel"] == "statement"


# ----------------------------------------------------------- حديثة "recent" is no interview (حديثه "his talk")
def test_recent_study_is_no_interview() -> None:
    c = _claim("وأكدت دراسة طبية حديثة أن النوم المبكر يحمي القلب.", "أكدت")
    assert c is not None
    assert c["channel"] == "report"


def test_recent_after_attribution_is_no_interview() -> None:
    c = _claim("وارتفع عدد السياح هذا العام، وبحسب دراسة حديثة لمنظمة السياحة العربية، فإن الإنفاق تضاعف.", "بحسب")
    assert c is not None
    assert c["channel"] != "interview"


def test_his_talk_misspelt_stays_a_cue() -> None:
    # "حديثة" after a name (not a feminine word): his talk, misspelt; the interview goes on as before
    c = _claim("وقال الشهري في حديث لـ«عكاظ» إن المسجد سيفتح غدا. وختم الشهري حديثة بقوله: سنعود أقوى.", "ختم")
    assert c is None or c["channel"] == "interview"
