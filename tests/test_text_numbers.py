"""Arabic numbers, vague amounts and hedges (rasd.text.numbers). Every sentence here was written for rasd."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import ConfigError
from rasd.resources import load_yaml
from rasd.text.normalize import normalize, normalize_view
from rasd.text.numbers import (
    Approx,
    NumberMatch,
    find_numbers,
    parse_number,
    parse_number_words,
    parse_ordinal_words,
)

from .conftest import SHARED, needs_shared

A = Approx
N = None

# --- one number per string: value, min, max, approx, kind --------------------------------------------------------

PARSE_TABLE = [
    # digits, separators, digit scripts
    ("12", 12, 12, 12, A.EXACT, "digits"),
    ("1,500", 1500, 1500, 1500, A.EXACT, "digits"),
    ("1.500", 1500, 1500, 1500, A.EXACT, "digits"),  # dot + three digits = thousands separator
    ("1.500.000", 1500000, 1500000, 1500000, A.EXACT, "digits"),
    ("2.5", 2.5, 2.5, 2.5, A.EXACT, "digits"),
    ("0.500", 0.5, 0.5, 0.5, A.EXACT, "digits"),
    ("٣٠٠", 300, 300, 300, A.EXACT, "digits"),
    ("۴۵۰", 450, 450, 450, A.EXACT, "digits"),  # Persian digits
    ("١٬٥٠٠", 1500, 1500, 1500, A.EXACT, "digits"),  # Arabic thousands separator
    ("١٫٥", 1.5, 1.5, 1.5, A.EXACT, "digits"),  # Arabic decimal separator
    ("1٫500", 1.5, 1.5, 1.5, A.EXACT, "digits"),  # ٫ is always decimal, even before three digits
    ("1,200,000", 1200000, 1200000, 1200000, A.EXACT, "digits"),
    ("الـ 500", 500, 500, 500, A.EXACT, "digits"),
    ("الـ500", 500, 500, 500, A.EXACT, "digits"),
    ("بـ450", 450, 450, 450, A.EXACT, "digits"),
    # digits with a scale word
    ("450 ألفًا", 450000, 450000, 450000, A.EXACT, "mixed"),
    ("450 ألف", 450000, 450000, 450000, A.EXACT, "mixed"),
    ("بـ450 ألفًا", 450000, 450000, 450000, A.EXACT, "mixed"),
    ("2.5 مليون", 2500000, 2500000, 2500000, A.EXACT, "mixed"),
    ("2,5 مليون", 2500000, 2500000, 2500000, A.EXACT, "mixed"),  # decimal comma before a scale
    ("4ر19 مليون", 4190000, 4190000, 4190000, A.EXACT, "mixed"),  # ر as decimal mark (agency typesetting)
    ("3ر5", 3.5, 3.5, 3.5, A.EXACT, "digits"),
    ("1.500 مليون", 1500000, 1500000, 1500000, A.EXACT, "mixed"),  # before a scale the dot is decimal
    ("3 آلاف", 3000, 3000, 3000, A.EXACT, "mixed"),
    ("2 مليون", 2000000, 2000000, 2000000, A.EXACT, "mixed"),
    ("مليون و200 ألف", 1200000, 1200000, 1200000, A.EXACT, "mixed"),
    ("٤ مليارات", 4e9, 4e9, 4e9, A.EXACT, "mixed"),
    # number words: units in their gender and case forms
    ("واحد", 1, 1, 1, A.EXACT, "words"),
    ("اثنان", 2, 2, 2, A.EXACT, "words"),
    ("اثنين", 2, 2, 2, A.EXACT, "words"),
    ("اثنتان", 2, 2, 2, A.EXACT, "words"),
    ("ثلاثة", 3, 3, 3, A.EXACT, "words"),
    ("ثلاث", 3, 3, 3, A.EXACT, "words"),
    ("ثمانية", 8, 8, 8, A.EXACT, "words"),
    ("عشرة", 10, 10, 10, A.EXACT, "words"),
    # teens, tens, compounds
    ("أحد عشر", 11, 11, 11, A.EXACT, "words"),
    ("إحدى عشرة", 11, 11, 11, A.EXACT, "words"),
    ("اثنا عشر", 12, 12, 12, A.EXACT, "words"),
    ("اثني عشر", 12, 12, 12, A.EXACT, "words"),
    ("خمسة عشر", 15, 15, 15, A.EXACT, "words"),
    ("عشرون", 20, 20, 20, A.EXACT, "words"),
    ("عشرين", 20, 20, 20, A.EXACT, "words"),
    ("ثلاثة وعشرون", 23, 23, 23, A.EXACT, "words"),
    ("ثلاث وعشرين", 23, 23, 23, A.EXACT, "words"),
    ("مئة وخمسون", 150, 150, 150, A.EXACT, "words"),
    ("مئة و خمسون", 150, 150, 150, A.EXACT, "words"),  # و written apart
    ("مئة وواحد", 101, 101, 101, A.EXACT, "words"),
    ("مئة وخمسة عشر", 115, 115, 115, A.EXACT, "words"),
    ("ثلاثمائة وخمسة وعشرين", 325, 325, 325, A.EXACT, "words"),
    # hundreds in both spellings, joined and apart, duals
    ("مئة", 100, 100, 100, A.EXACT, "words"),
    ("مائة", 100, 100, 100, A.EXACT, "words"),
    ("مئتان", 200, 200, 200, A.EXACT, "words"),
    ("مائتين", 200, 200, 200, A.EXACT, "words"),
    ("ثلاثمئة", 300, 300, 300, A.EXACT, "words"),
    ("ثلاثمائة", 300, 300, 300, A.EXACT, "words"),
    ("ثلاث مئة", 300, 300, 300, A.EXACT, "words"),
    ("خمسمائة", 500, 500, 500, A.EXACT, "words"),
    ("تسعمئة", 900, 900, 900, A.EXACT, "words"),
    # thousands, millions, duals, tanween spellings
    ("ألف", 1000, 1000, 1000, A.EXACT, "words"),
    ("ألفًا", 1000, 1000, 1000, A.EXACT, "words"),
    ("ألفان", 2000, 2000, 2000, A.EXACT, "words"),
    ("ألفين", 2000, 2000, 2000, A.EXACT, "words"),
    ("عشرة آلاف", 10000, 10000, 10000, A.EXACT, "words"),
    ("ثلاثة آلاف وخمسمائة", 3500, 3500, 3500, A.EXACT, "words"),
    ("ألف وخمسمائة", 1500, 1500, 1500, A.EXACT, "words"),
    ("خمسة عشر ألفا", 15000, 15000, 15000, A.EXACT, "words"),
    ("مائة ألف", 100000, 100000, 100000, A.EXACT, "words"),
    ("مئتا ألف", 200000, 200000, 200000, A.EXACT, "words"),
    ("أربعمائة وخمسون ألفا", 450000, 450000, 450000, A.EXACT, "words"),
    ("أربعمائة وخمسون ألفًا", 450000, 450000, 450000, A.EXACT, "words"),
    ("مليون", 1e6, 1e6, 1e6, A.EXACT, "words"),
    ("مليونان", 2e6, 2e6, 2e6, A.EXACT, "words"),
    ("ثلاثة ملايين", 3e6, 3e6, 3e6, A.EXACT, "words"),
    ("مليونان وثلاثمائة ألف", 2.3e6, 2.3e6, 2.3e6, A.EXACT, "words"),
    ("نصف مليون", 5e5, 5e5, 5e5, A.EXACT, "words"),
    ("مليون ونصف", 1.5e6, 1.5e6, 1.5e6, A.EXACT, "words"),
    ("مليون ونصف المليون", 1.5e6, 1.5e6, 1.5e6, A.EXACT, "words"),
    ("الخمسة", 5, 5, 5, A.EXACT, "words"),
    ("شخصان", 2, 2, 2, A.EXACT, "words"),
    ("شخصين", 2, 2, 2, A.EXACT, "words"),
    # vague amounts (ACLED: dozens 12, hundreds 100, "and so on")
    ("عشرات", 12, 10, 99, A.VAGUE, "vague"),
    ("العشرات", 12, 10, 99, A.VAGUE, "vague"),
    ("وعشرات", 12, 10, 99, A.VAGUE, "vague"),
    ("بعشرات", 12, 10, 99, A.VAGUE, "vague"),
    ("مئات", 100, 100, 999, A.VAGUE, "vague"),
    ("المئات", 100, 100, 999, A.VAGUE, "vague"),
    ("لمئات", 100, 100, 999, A.VAGUE, "vague"),
    ("آلاف", 1000, 1000, 9999, A.VAGUE, "vague"),
    ("الآلاف", 1000, 1000, 9999, A.VAGUE, "vague"),
    ("ملايين", 1e6, 1e6, 9999999, A.VAGUE, "vague"),
    ("عشرات الآلاف", 10000, 10000, 99999, A.VAGUE, "vague"),
    ("مئات الآلاف", 100000, 100000, 999999, A.VAGUE, "vague"),
    ("بضعة آلاف", 3000, 3000, 9000, A.VAGUE, "vague"),
    ("بضع مئات", 300, 300, 900, A.VAGUE, "vague"),
    ("عدة آلاف", 3000, 3000, N, A.VAGUE, "vague"),
    ("عدة", 3, 3, N, A.VAGUE, "vague"),
    ("بضعة", 3, 3, 9, A.VAGUE, "vague"),
    ("بضع", 3, 3, 9, A.VAGUE, "vague"),
    ("عدد من", 3, 3, N, A.VAGUE, "vague"),
    ("العديد من", 3, 3, N, A.VAGUE, "vague"),
    # hedges before the number
    ("قارب الـ 500", 500, N, N, A.ABOUT, "digits"),
    ("قرابة 200", 200, N, N, A.ABOUT, "digits"),
    ("نحو 450 ألف", 450000, N, N, A.ABOUT, "mixed"),
    ("بنحو 450 ألف", 450000, N, N, A.ABOUT, "mixed"),
    ("حوالي 30", 30, N, N, A.ABOUT, "digits"),
    ("حوالى 30", 30, N, N, A.ABOUT, "digits"),
    ("زهاء مئتي", 200, N, N, A.ABOUT, "words"),
    ("ما يقارب 40", 40, N, N, A.ABOUT, "digits"),
    ("أكثر من 30", 30, 30, N, A.MORE_THAN, "digits"),
    ("ما يزيد عن 100", 100, 100, N, A.MORE_THAN, "digits"),
    ("ما يزيد على 30 ألف", 30000, 30000, N, A.MORE_THAN, "mixed"),
    ("أقل من 10", 10, N, 10, A.LESS_THAN, "digits"),
    ("ما لا يقل عن 12", 12, 12, N, A.AT_LEAST, "digits"),
    ("على الأقل 7", 7, 7, N, A.AT_LEAST, "digits"),
    ("ما لا يزيد على خمسة", 5, N, 5, A.AT_MOST, "words"),
    ("أكثر من مليون ونصف المليون", 1.5e6, 1.5e6, N, A.MORE_THAN, "words"),
    ("ما يقدر بـ 10 ملايين", 1e7, N, N, A.ABOUT, "mixed"),
    ("تجاوزت 4.5 مليارات", 4.5e9, 4.5e9, N, A.MORE_THAN, "mixed"),
    ("لا تقل عن 3", 3, 3, N, A.AT_LEAST, "digits"),
    ("تصل إلى 50", 50, N, 50, A.AT_MOST, "digits"),
    # hedges after the number, hedge with a vague amount
    ("12 على الأقل", 12, 12, N, A.AT_LEAST, "digits"),
    ("9 حتى اللحظة", 9, 9, N, A.AT_LEAST, "digits"),
    ("9 حتى الآن", 9, 9, N, A.AT_LEAST, "digits"),
    ("عشرون ونيف", 20, 20, N, A.MORE_THAN, "words"),
    ("أكثر من عشرات", 12, 10, N, A.MORE_THAN, "vague"),
    ("ما لا يقل عن عشرات", 12, 10, N, A.AT_LEAST, "vague"),
    # ranges: value = the lower end (ACLED's most conservative estimate)
    ("بين 10 و15", 10, 10, 15, A.ABOUT, "digits"),
    ("بين 10 و 15", 10, 10, 15, A.ABOUT, "digits"),
    ("ما بين 10 إلى 15", 10, 10, 15, A.ABOUT, "digits"),
    ("10 إلى 15", 10, 10, 15, A.ABOUT, "digits"),
    ("10-15", 10, 10, 15, A.ABOUT, "digits"),
    ("10 أو 12", 10, 10, 12, A.ABOUT, "digits"),
    ("بين عشرة وخمسة عشر", 10, 10, 15, A.ABOUT, "words"),
    ("بين 300 و400 ألف", 300000, 300000, 400000, A.ABOUT, "mixed"),
    ("بين 100 و 150 مليار", 1e11, 1e11, 1.5e11, A.ABOUT, "mixed"),
    ("بين 100 مليار و 150 مليار", 1e11, 1e11, 1.5e11, A.ABOUT, "mixed"),
    ("بضعة عشر", 13, 13, 19, A.VAGUE, "vague"),
    ("عشرات ألوف", 10000, 10000, 99999, A.VAGUE, "vague"),
]


def _only(text: str) -> NumberMatch:
    matches = find_numbers(text)
    assert len(matches) == 1, f"{text!r}: expected one number, got {matches}"
    return matches[0]


@pytest.mark.parametrize(("text", "value", "lo", "hi", "approx", "kind"), PARSE_TABLE)
def test_one_number(text: str, value: float, lo: float | None, hi: float | None, approx: Approx, kind: str) -> None:
    m = _only(text)
    assert (m.value, m.min, m.max, m.approx, m.kind) == (value, lo, hi, approx, kind)
    assert parse_number(text) == value
    # the span covers the whole string except leading proclitics (و ب ل before the hedge or number)
    assert text[m.end :] == ""
    assert text[: m.start] in ("", "و", "ب", "ل", "بـ")
    assert m.start <= m.number_start < m.number_end <= m.end


def test_table_is_large_enough() -> None:
    assert len(PARSE_TABLE) >= 60


# --- spans: hedge and number, without the proclitic or the counted noun -----------------------------------------

SPAN_TABLE = [
    ("قارب الـ 500", "قارب الـ 500", "الـ 500"),
    ("أكثر من 30", "أكثر من 30", "30"),
    ("450 ألفًا", "450 ألفًا", "450 ألفًا"),
    ("بـ450 ألفًا", "450 ألفًا", "450 ألفًا"),
    ("بنحو 450 ألف", "نحو 450 ألف", "450 ألف"),
    ("وعشرات", "عشرات", "عشرات"),
    ("لمئات", "مئات", "مئات"),
    ("والعشرات", "العشرات", "العشرات"),
    ("بين 10 و15", "بين 10 و15", "10 و15"),
    ("12 مدنيًا على الأقل", "12 مدنيًا على الأقل", "12"),  # a trailing hedge pulls in the counted noun
    ("9 شهداء مدنيين حتى اللحظة", "9 شهداء مدنيين حتى اللحظة", "9"),
]


@pytest.mark.parametrize(("text", "span", "number"), SPAN_TABLE)
def test_spans(text: str, span: str, number: str) -> None:
    m = _only(text)
    assert text[m.start : m.end] == span
    assert text[m.number_start : m.number_end] == number


def test_spans_are_exact_in_source_with_diacritics_and_tatweel() -> None:
    text = "قُتِلَ ما لا يقلّ عن ١٢ مدنيًّا، ونزح قرابةُ أربعمائةٍ وخمسين ألفًا"
    first, second = find_numbers(text)
    assert text[first.start : first.end] == "ما لا يقلّ عن ١٢"
    assert text[first.number_start : first.number_end] == "١٢"
    assert (first.value, first.approx) == (12, A.AT_LEAST)
    assert text[second.start : second.end] == "قرابةُ أربعمائةٍ وخمسين ألفًا"
    assert (second.value, second.approx) == (450000, A.ABOUT)


# --- running text: casualties and displacement ------------------------------------------------------------------

SENTENCES = [
    (
        "قدّرت الأمم المتحدة عدد النازحين بنحو 450 ألف شخص منذ مطلع الشهر الجاري.",
        [("نحو 450 ألف", 450000, A.ABOUT)],
    ),
    (
        "قتل ما لا يقل عن 12 مدنيًا في قصف مدفعي استهدف سوق البلدة صباح اليوم.",
        [("ما لا يقل عن 12", 12, A.AT_LEAST)],
    ),
    ("أصيب العشرات بجروح متفاوتة جراء الانفجار.", [("العشرات", 12, A.VAGUE)]),
    (
        "وارتفعت حصيلة الغارات إلى 9 قتلى حتى اللحظة بحسب فرق الدفاع المدني.",
        [("9 قتلى حتى اللحظة", 9, A.AT_LEAST)],
    ),
    (
        "وقال المرصد إن حصيلة القتلى منذ بدء الهجوم قاربت الـ 500 قتيل، إضافة لمئات الجرحى.",
        [("قاربت الـ 500", 500, A.ABOUT), ("مئات", 100, A.VAGUE)],
    ),
    (
        "ونزح أكثر من مئتي ألف شخص خلال أسبوعين، بينما تحدثت منظمات إغاثية عن عشرات الآلاف في العراء.",
        [("أكثر من مئتي ألف", 200000, A.MORE_THAN), ("عشرات الآلاف", 10000, A.VAGUE)],
    ),
    (
        "قتل شخصان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة على طريق المطار.",
        [("شخصان", 2, A.EXACT), ("ثلاثة", 3, A.EXACT)],
    ),
    (
        "واستهدفت الطائرات الحربية القرية بأكثر من 30 غارة، فيما سقط بين 10 و15 قتيلا.",
        [("أكثر من 30", 30, A.MORE_THAN), ("بين 10 و15", 10, A.ABOUT)],
    ),
    (
        "وأكدت مصادر طبية مقتل ثلاثة عشر مدنيًا بينهم 4 أطفال.",
        [("ثلاثة عشر", 13, A.EXACT), ("4", 4, A.EXACT)],
    ),
    (
        "وأشار التقرير إلى أن 1,200,000 شخص فقدوا منازلهم، وأن نحو 3 ملايين يحتاجون إلى مساعدة.",
        [("1,200,000", 1200000, A.EXACT), ("نحو 3 ملايين", 3e6, A.ABOUT)],
    ),
    (
        "وأسفرت الغارات عن مقتل زهاء مئتي مدني وجرح المئات.",
        [("زهاء مئتي", 200, A.ABOUT), ("المئات", 100, A.VAGUE)],
    ),
    ("قتل 23 عنصرًا على الأقل في الاشتباكات.", [("23 عنصرًا على الأقل", 23, A.AT_LEAST)]),
    ("وبلغ عدد المعتقلين ثلاثمائة وخمسة وعشرين معتقلا.", [("ثلاثمائة وخمسة وعشرين", 325, A.EXACT)]),
    ("وتجاوز عدد النازحين ٤٥٠٬٠٠٠ شخص.", [("٤٥٠٬٠٠٠", 450000, A.EXACT)]),
    ("نفذت الطائرات عدة غارات على المدينة.", [("عدة", 3, A.VAGUE)]),
    ("وذكرت مصادر محلية أن عددًا من المدنيين أصيبوا.", []),  # عددًا من (accusative) is not in the lexicon
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[tuple[str, float, Approx]]) -> None:
    got = [(text[m.start : m.end], m.value, m.approx) for m in find_numbers(text)]
    assert got == expected


# --- traps: dates, years, times, ordinals, percentages, identifiers ---------------------------------------------

TRAPS = [
    ("وقعت الغارة يوم الأحد 19 من مايو/أيار 2019.", []),
    ("في 20 مايو، 2019 أعلن الجيش", []),
    ("شهد عام 2018 موجة نزوح", []),
    ("منذ العام 2011 والحرب مستمرة", []),
    ("نشر التقرير في 20/5/2019", []),
    ("نشر التقرير في 2019-05-20", []),
    ("صدر القرار في 3 / 6 / 2012", []),
    ("بدأ القصف عند الساعة 10 صباحًا", []),
    ("بدأ القصف الساعة الواحدة فجرا", []),
    ("بدأ القصف في 10:30 مساء", []),
    ("في العام 1440 هـ", []),
    ("الجولة الأولى من المفاوضات", []),
    ("في الحادي عشر من سبتمبر", []),
    ("الخامس والعشرين من مارس", []),
    ("يوم الاثنين الماضي", []),
    ("يوم الأحد", []),
    ("ارتفعت البطالة إلى 30 في المئة", [("30", 30.0)]),
    ("ارتفعت البطالة إلى 30%", [("30", 30.0)]),
    ("ارتفعت البطالة إلى 12 بالمائة", [("12", 12.0)]),
    ("صواريخ S-400 ومقاتلات إف-16", []),
    ("من طرف واحد", [("واحد", 1.0)]),  # a number; what it counts is the caller's question
    ("لست أدري", []),  # ل + ست is not "six"
    ("أحد المدنيين", []),  # أحد alone is "one of", not a count
    ("ألف ليلة", [("ألف", 1000.0)]),
    ("وأحد أكبر المعارض في المنطقة", []),  # و + أحد ("and one of") folds to واحد: the hamza decides
    ("ولد في الثالث من أغسطس (آب) 1988", []),
    ("يبدأ الحفل الساعة 14,30 بتوقيت غرينتش", []),
    ("أقلعت الرحلة رقم 301 صباحا", []),
    ("للتواصل 0933123456", []),
    ("المقال على example.com/27838", []),
    ("(@May 19, 2019)", []),
]


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_traps(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(text[m.start : m.end], m.value) for m in find_numbers(text)] == expected


def test_year_needs_its_context_word() -> None:
    # a bare 4-digit number stays a number: 2019 displaced people is a quantity
    assert [m.value for m in find_numbers("نزح 2019 شخصا")] == [2019]


def test_change_is_not_a_range() -> None:
    text = "ارتفع عدد القتلى من 10 إلى 15 خلال ساعات"
    assert [(m.value, m.approx) for m in find_numbers(text)] == [(10, A.EXACT), (15, A.EXACT)]


def test_separate_numbers_joined_by_wa_stay_separate() -> None:
    text = "قتل 5 و7 جرحى"
    assert [m.value for m in find_numbers(text)] == [5, 7]


def test_newline_breaks_a_number() -> None:
    assert [m.value for m in find_numbers("مئة\nوخمسون")] == [100, 50]


# --- parse_number edge cases --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "قتل", "الأحد", "عام 2019", "10 و 20 قتيلا", "قتل 5", "الأولى"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_bad_call() -> None:
    with pytest.raises(ConfigError):
        parse_number(12)  # type: ignore[arg-type]


def test_find_numbers_rejects_a_foreign_view() -> None:
    with pytest.raises(ConfigError):
        find_numbers("قتل 5", view=normalize_view("قتل 6"))


def test_find_numbers_accepts_its_own_view() -> None:
    text = "قتل ٥ مدنيين"
    assert [m.value for m in find_numbers(text, view=normalize_view(text))] == [5]


# --- parse_number_words and parse_ordinal_words (for the date stage) ---------------------------------------------

WORDS_TABLE = [
    (["ثلاثة", "أيام"], (3.0, 1)),
    (["خمسة", "أشهر"], (5.0, 1)),
    (["خمسة", "عشر", "يومًا"], (15.0, 2)),
    (["يومين"], (2.0, 1)),
    (["أسبوعين", "فقط"], (2.0, 1)),
    (["450", "ألف", "نازح"], (450000.0, 2)),
    (["بـ450", "ألفًا"], (450000.0, 2)),
    (["أربعمائة", "وخمسون", "ألفا"], (450000.0, 3)),
    (["مئة", "و", "خمسون"], (150.0, 3)),
    (["قبل", "خمسة", "أشهر"], None),
    (["عدة", "أيام"], None),  # vague amounts are not read here
    (["أيام"], None),
    ([], None),
]


@pytest.mark.parametrize(("words", "expected"), WORDS_TABLE)
def test_parse_number_words(words: list[str], expected: tuple[float, int] | None) -> None:
    assert parse_number_words(words) == expected


ORDINALS_TABLE = [
    (["الأول"], (1, 1)),
    (["الأولى"], (1, 1)),
    (["الخامس", "من"], (5, 1)),
    (["الحادي", "عشر"], (11, 2)),
    (["الثانية", "عشرة"], (12, 2)),
    (["الخامس", "والعشرين"], (25, 2)),
    (["العشرين"], (20, 1)),
    (["خمسة"], None),
    ([], None),
]


@pytest.mark.parametrize(("words", "expected"), ORDINALS_TABLE)
def test_parse_ordinal_words(words: list[str], expected: tuple[int, int] | None) -> None:
    assert parse_ordinal_words(words) == expected


# --- the resource -------------------------------------------------------------------------------------------------


def test_resource_cites_acled_convention() -> None:
    data = load_yaml("ar/numbers.yaml")
    assert "REFERENCE-acled-plover-cameo.md" in data["meta"]["source"]
    assert "12 for 'dozens'" in data["meta"]["source"]
    assert data["vague"]["عشرات"]["value"] == 12
    assert data["vague"]["مئات"]["value"] == 100


def test_resource_single_words_normalize_to_one_token() -> None:
    data = load_yaml("ar/numbers.yaml")
    for table in ("units", "teen_units", "tens", "hundreds", "scales", "vague", "quantifiers", "ordinals"):
        for key in data[table]:
            assert len(normalize(key).split()) == 1, f"{table}: {key!r}"


def test_resource_approx_values_are_known() -> None:
    data = load_yaml("ar/numbers.yaml")
    for table in ("hedges_before", "hedges_after"):
        for key, value in data[table].items():
            assert Approx(value), f"{table}: {key!r}"


# --- properties -----------------------------------------------------------------------------------------------------

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=10**12),
    sep=st.sampled_from(["", ",", "٬", "."]),
    script=st.sampled_from([_ARABIC_INDIC, _PERSIAN, str.maketrans("", "")]),
)
def test_digits_round_trip(n: int, sep: str, script: dict[int, str]) -> None:
    written = (_grouped(n, sep) if sep else str(n)).translate(script)
    assert parse_number(written) == n
    text = f"قتل {written} شخصًا"
    (m,) = find_numbers(text)
    assert m.value == n
    assert text[m.number_start : m.number_end] == written


_WORDS = ["قتل", "نحو", "أكثر", "من", "مدنيا", "عشرات", "و", "بين", "على", "الأقل", "ألف", "خمسة", "عام", "مايو"]
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.integers(min_value=0, max_value=10**7).map(lambda n: str(n).translate(_ARABIC_INDIC)),
    st.integers(min_value=0, max_value=10**7).map(str),
    st.sampled_from(["،", "-", "%", "\n", "ـ", "ً", "الـ"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_spans_are_inside_the_text_and_ordered(text: str) -> None:
    previous_end = 0
    for m in find_numbers(text):
        assert previous_end <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
        previous_end = m.end
        assert m.min is None or m.value is None or m.min <= m.value
        assert m.max is None or m.value is None or m.value <= m.max


# --- the seed article (read from ../shared at test time, never copied) --------------------------------------------


@needs_shared
def test_seed_casualty_figures_are_found() -> None:
    text = (SHARED / "seed" / "noonpost-2019-05-20.md").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "seed" / "noonpost-2019-05-20.gold.json").read_text(encoding="utf-8"))
    matches = find_numbers(text)
    checked = 0
    for event in gold["events"]:
        for figure in (event.get("casualties") or {}).values():
            evidence = figure.get("evidence") if isinstance(figure, dict) else None
            if not evidence or not figure.get("value"):
                continue
            start = evidence["start"]
            if text[start : evidence["end"]] != evidence["text"]:
                start = text.index(evidence["text"])
            end = start + len(evidence["text"])
            found = [m.value for m in matches if m.start < end and start < m.end]
            assert figure["value"] in found, f"{evidence['text']!r}: found {found}"
            checked += 1
    assert checked >= 3
    values = {m.value for m in matches}
    assert {9, 500, 450000, 30}.issubset(values)
    assert not {2019, 27838} & values, "tweet dates and URL digits must not be read as quantities"


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**6),
    frac=st.text(alphabet="0123456789", min_size=1, max_size=3),
    mark=st.sampled_from(["٫", "."]),
)
def test_decimals_round_trip(whole: int, frac: str, mark: str) -> None:
    if mark == "." and len(frac) == 3 and whole:
        frac += "1"  # a dot before exactly three digits is a thousands separator (tested above)
    written = f"{whole}{mark}{frac}".translate(_ARABIC_INDIC)
    assert parse_number(written) == float(f"{whole}.{frac}")


_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمائة", "خمسمئة", "ستمائة", "سبعمئة", "ثمانمائة", "تسعمئة"]


def _spell_below_1000(n: int) -> str:
    """A plain spelling of 1 ≤ n < 1000, written for this test (masculine, nominative)."""
    parts = [_HUNDREDS[n // 100]] if n >= 100 else []
    r = n % 100
    if 0 < r <= 10:
        parts.append(_UNITS[r])
    elif r == 11:
        parts.append("أحد عشر")
    elif r == 12:
        parts.append("اثنا عشر")
    elif 13 <= r <= 19:
        parts.append(f"{_UNITS[r - 10]} عشر")
    elif r >= 20:
        parts.append(f"{_UNITS[r % 10]} و{_TENS[r // 10]}" if r % 10 else _TENS[r // 10])
    return " و".join(parts)


def _spell(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفان")
    elif 3 <= thousands <= 10:
        parts.append(f"{_spell_below_1000(thousands)} آلاف")
    elif thousands:
        parts.append(f"{_spell_below_1000(thousands)} ألف")
    if rest:
        parts.append(_spell_below_1000(rest))
    return " و".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    written = _spell(n)
    assert parse_number(written) == n, written
    assert parse_number_words(written.split()) == (n, len(written.split()))
