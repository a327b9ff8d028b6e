"""Round 27 (sp7): the number scanner reads only the stretches of a long text around its numbers.

:func:`rasd.text._numbers_scanner.windows` picks the stretches; :func:`rasd.text.numbers.find_numbers` must return
exactly what a scan of the whole text returns. Checked here on generated texts dense with what the scanner reads
around a number (hedges, range openers, vague phrases, brackets, dates, months, ordinals, lone proclitics, line
breaks) and on hand-written news sentences.
"""

from __future__ import annotations

import itertools
import random

import pytest

from rasd.text import _numbers_scanner as scanner
from rasd.text import numbers as numbers_mod
from rasd.text._numbers_lexicon import _lexicon
from rasd.text.matcher import cached_view
from rasd.text.numbers import find_numbers

# Words that start nothing or sit around numbers in news text (written for this test).
_FILLER_TEXT = (
    "قالت المصادر إن القوات تقدمت نحو المدينة بعد اشتباكات عنيفة مع المسلحين في الريف الشمالي "
    "وأعلنت الوزارة عن حصيلة جديدة للضحايا فيما تواصل فرق الإنقاذ البحث تحت الأنقاض "
    "على ما لا كما بين دون عدد أكثر أقل نحو حوالي قرابة ما يزيد عن ما لا يقل عن من إلى حتى أو و ب ال "
    "عام العام الساعة صباحا مساء يوم اليوم مايو يونيو أيار رمضان الأول الثاني الخامس عشر الحادي "
    "في المائة بالمئة على الأقل تقريبا ونيف فأكثر أو أكثر حتى الآن قتيلا جريحا شخصا مدنيين نازح"
)
_FILLER = tuple(_FILLER_TEXT.split())
_NUMBERS_TEXT = (
    "ثلاثة خمسة عشرة خمسة عشر أحد عشر مئة مائتين ألف آلاف مليون مليار ونصف وخمسون وعشرين "
    "عشرات مئات بضعة عدة عدد من أعداد العديد من شخصان جنديين واحد وأحد إحدى الثلاثة الأربع"
)
_NUMBERS = tuple(_NUMBERS_TEXT.split())
_DIGITS = ("12", "1,500", "2.5", "1.500", "450", "2019", "2015", "30", "7", "0933", "4ر19", "2,5", "10-15", "24")
_PUNCT = ("(", ")", "«", "»", "،", ".", "-", "/", ":", "؟", "\n", "\n", '"')


def _text(rnd: random.Random, n_tokens: int) -> str:
    parts: list[str] = []
    for _ in range(n_tokens):
        r = rnd.random()
        if r < 0.03:
            parts.append(rnd.choice(_NUMBERS))
        elif r < 0.05:
            parts.append(rnd.choice(_DIGITS))
        elif r < 0.09:
            parts.append(rnd.choice(_PUNCT))
        elif r < 0.095:
            parts.append(f"{rnd.randint(1, 28)}/{rnd.randint(1, 12)}/{rnd.choice((2014, 2015, 2016))}")
        elif r < 0.1:
            parts.append(f"({rnd.choice(_DIGITS)})")
        else:
            parts.append(rnd.choice(_FILLER))
    sep = (" ", " ", " ", "  ", "")
    return "".join(p + rnd.choice(sep) for p in parts)


def _whole(text: str) -> list[numbers_mod.NumberMatch]:
    """find_numbers with the windows switched off: the scan of the whole text."""
    saved = numbers_mod.windows
    numbers_mod.windows = lambda view, lex: None  # type: ignore[assignment]
    try:
        return find_numbers(text, view=cached_view(text))
    finally:
        numbers_mod.windows = saved


def test_generated_texts_give_the_whole_texts_matches() -> None:
    rnd = random.Random(27007)
    windowed = 0
    for _ in range(400):
        text = _text(rnd, rnd.randint(120, 900))
        spans = scanner.windows(cached_view(text), _lexicon())
        if spans is not None and sum(b - a for a, b in spans) < len(text):
            windowed += 1
        assert find_numbers(text, view=cached_view(text)) == _whole(text), text
    assert windowed > 200  # the windows left text out in most of them


def test_sparse_generated_texts_give_the_whole_texts_matches() -> None:
    # few numbers, many words that start hedges and ranges (على، ما، بين …) between them: most windows apart
    rnd = random.Random(27008)
    for _ in range(300):
        parts = []
        for _ in range(rnd.randint(150, 600)):
            r = rnd.random()
            parts.append(rnd.choice(_NUMBERS + _DIGITS) if r < 0.015 else rnd.choice(_FILLER))
        text = " ".join(parts)
        assert find_numbers(text, view=cached_view(text)) == _whole(text), text


_NEWS = (
    "أعلنت وزارة الصحة اليوم الثلاثاء ارتفاع حصيلة ضحايا الانفجار الذي وقع في السوق المركزي إلى ما لا يقل عن "
    "27 قتيلا وأكثر من 60 جريحا، بينهم (9) أطفال، فيما قال مسؤول محلي إن فرق الدفاع المدني ما زالت تبحث عن "
    "مفقودين تحت الأنقاض منذ ساعات الصباح الأولى.\n"
    "وأضاف المسؤول أن المستشفيات استقبلت نحو مئتي مصاب خلال الأيام الثلاثة الماضية، وأن ما بين 10 و15 منهم في "
    "حالة حرجة، مشيرا إلى أن أعداد النازحين من الأحياء الشرقية تجاوزت 3.5 مليون شخص منذ عام 2014.\n"
    "وفي سياق متصل ذكرت مصادر أمنية أن قوات الجيش اعتقلت عددا من المشتبه بهم في الخامس عشر من مايو الماضي، "
    "وصادرت أسلحة وذخائر في عملية استمرت قرابة ست ساعات، دون أن تقدم تفاصيل عن هوياتهم أو عن الجهة التي "
    "ينتمون إليها، في حين أكدت الحكومة في بيان لها أنها ستواصل ملاحقة الخلايا المسلحة حتى القضاء عليها."
)


def test_a_news_text_reads_the_same_numbers() -> None:
    spans = scanner.windows(cached_view(_NEWS), _lexicon())
    assert spans is not None and sum(b - a for a, b in spans) < len(_NEWS)  # some of it is left out
    found = find_numbers(_NEWS, view=cached_view(_NEWS))
    assert found == _whole(_NEWS)
    values = [m.value for m in found]
    assert 27.0 in values and 60.0 in values and 9.0 in values and 3_500_000.0 in values


def test_windows_are_ordered_apart_and_cut_at_words() -> None:
    view = cached_view(_NEWS)
    spans = scanner.windows(view, _lexicon())
    assert spans
    for (a, b), (c, _d) in itertools.pairwise(spans):
        assert a < b < c
    for a, b in spans:
        assert a == 0 or not view.text[a - 1].isalpha()
        assert b == len(view.text) or not view.text[b].isalpha()


@pytest.mark.parametrize(
    "text",
    [
        "قتل 5 أشخاص",  # short: read whole
        "زار الوزير الموقع الرسمي www.example.com ونشر 12 صورة " * 30,  # a URL: read whole
    ],
)
def test_short_texts_and_texts_with_a_url_are_read_whole(text: str) -> None:
    assert scanner.windows(cached_view(text), _lexicon()) is None
    assert find_numbers(text, view=cached_view(text)) == _whole(text)


def test_a_long_text_without_numbers_has_no_window() -> None:
    text = "وقالت المصادر إن الاجتماع بحث سبل التعاون بين البلدين في مجالات الطاقة والتعليم والصحة. " * 12
    assert scanner.windows(cached_view(text), _lexicon()) == []
    assert find_numbers(text, view=cached_view(text)) == []
