"""Claims, round 10c of issue 13: the channel told once carries to the same speaker's later claims. Unit rows written
for the project (no sentence is taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _channels(text: str) -> list[tuple[str, str]]:
    """(speaker text, channel) of every claim, in order."""
    return [(str(c["speaker"].get("text")), str(c["channel"])) for c in claims(text)]


# ------------------------------------------------ "the same source" is the source of the claim before
@pytest.mark.parametrize(
    "text",
    [
        "وقال الضابط المسؤول في شرطة الشارقة خالد سعيد المنصوري لصحيفة «الخليج» إن الحادث وقع فجرا. "
        "وأوضح نفس المصدر، أن السائق كان يقود بسرعة كبيرة.",
        "وقال الضابط المسؤول في شرطة الشارقة خالد سعيد المنصوري لصحيفة «الخليج» إن الحادث وقع فجرا. "
        "وأضاف المصدر نفسه أن السائق نقل إلى المستشفى.",
    ],
)
def test_the_same_source_keeps_the_channel(text: str) -> None:
    got = _channels(text)
    assert len(got) == 2
    assert got[0][1] == "interview"
    assert got[1][1] == "interview"


# ------------------------------------------------ a person named again by a part of his name
def test_a_given_name_alone_carries_the_press_conference() -> None:
    text = (
        "وقال سوميوت بومبانموانغ قائد الشرطة للصحافيين اليوم إن العصابة فككت بالكامل. "
        "واتهمت الحكومة التايلاندية عشرين شخصا بالتورط في القضية. "
        "كما أوضح سوميوت أن السلطات الماليزية تعاونت في التحقيق."
    )
    got = _channels(text)
    assert got[0][1] == "press conference"
    assert ("سوميوت", "press conference") in got


def test_a_family_name_carries_the_television_interview() -> None:
    text = (
        "وجاءت تصريحات محمد عبده خلال لقاء تلفزيوني على قناة «روتانا خليجية»، حيث قال إن الأغنية نجحت في وقتها. "
        "وأضاف عبده أن الجيل الجديد يملك أصواتا جميلة."
    )
    got = _channels(text)
    assert got[-1] == ("عبده", "television")


def test_another_person_with_the_same_given_name_does_not_inherit() -> None:
    # "عبدالرحمن الأمير" is not "عبدالرحمن الأسمري": a compound given name and a family name after it
    text = (
        "وقال الناطق الإعلامي لإدارة الجوازات النقيب عبدالرحمن الأسمري في بيان إن الحملة مستمرة. "
        "وتحدث مواطن يمني عن معاناته. وقال عبدالرحمن الأمير إن الزواج تم دون توثيق."
    )
    got = dict(_channels(text))
    assert got.get("عبدالرحمن") != "statement"


def test_a_family_name_after_a_title_and_a_comma_carries_the_interview() -> None:
    # the title's name closed by a comma (راجح شمسان، لـ«…»): the family name is found with the comma left out
    text = (
        "من جهة أخرى، أعلن المتحدث باسم الحكومة اليمنية راجح شمسان، لـ«الشرق الأوسط»، أمس، أن الأدوية وصلت إلى "
        "المستشفيات، مضيفا أن الطرق آمنة. وتقدمت القوات نحو المدينة. وذكر شمسان أيضا أنه جرى رصد المخالفات."
    )
    got = _channels(text)
    assert got[0][1] == "interview"
    assert got[-1] == ("شمسان", "interview")


# ------------------------------------------------ the outlet between the speaker's body and the object of كشف
def test_the_outlet_before_the_object_names_the_interview() -> None:
    text = (
        "وقال الوزير إن الحكومة ماضية في خطتها. وكشف مصدر مطلع في الائتلاف الحاكم لـ«الحياة»، عن اتجاه لإجراء "
        "تعديل وزاري خلال الأسابيع المقبلة. وقال إن المشاورات بدأت فعلا بين الكتل."
    )
    got = _channels(text)
    assert got[1][1] == "interview"
    assert got[2][1] == "interview"


def test_according_to_an_outlet_before_the_object_is_no_interview() -> None:
    text = "وكشف مصدر مطلع في الائتلاف الحاكم وفقا لـ«الحياة»، عن اتجاه لإجراء تعديل وزاري خلال الأسابيع المقبلة."
    assert all(ch != "interview" for _, ch in _channels(text))


# ------------------------------------------------ a canal is no television channel, and "the same source" not one
def test_a_canal_is_no_television() -> None:
    text = (
        "وخلال عام 2014، عبرت قناة السويس نحو 17 ألف سفينة وفق الأرقام الرسمية لهيئة القناة. "
        "وتأتي ناقلات النفط في المقدمة بحسب المصدر ذاته."
    )
    assert all(ch != "television" for _, ch in _channels(text))


# ------------------------------------------------ a broadcaster's guest speaks on television
def test_a_broadcasters_guest_is_television() -> None:
    text = "أما عن الجيل الجديد، فاعتبر ضيف «روتانا» أن الأصوات الشابة تبشر بالخير."
    assert _channels(text) == [("ضيف", "television")]


def test_an_outlet_told_without_a_guest_stays_an_interview() -> None:
    assert _channels("وأكد مصدر مطلع «عكاظ» أن الأصوات الشابة تبشر بالخير.") == [("مصدر مطلع", "interview")]


# ------------------------------------------------ a title in the construct state is the earlier title with its article
def test_a_title_without_its_article_is_the_earlier_title() -> None:
    text = (
        "وأكد المفتي، في بيان له، أن الاعتداء على المساجد جريمة نكراء. "
        "وأضاف مفتي الديار أن الإسلام بريء من هذه الأعمال."
    )
    got = _channels(text)
    assert got[0] == ("المفتي", "statement")
    assert got[-1] == ("مفتي الديار", "statement")
