"""Whole date strings of bylines and embedded posts → ISO dates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ingest.dates import parse_date_string, search_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # English, as Twitter embeds write them
        ("May 19, 2019", "2019-05-19"),
        ("May 19 2019", "2019-05-19"),
        ("19 May 2019", "2019-05-19"),
        ("19th May 2019", "2019-05-19"),
        ("Sept. 5, 2019", "2019-09-05"),
        ("Jul 28, 2021", "2021-07-28"),
        ("Monday, May 20, 2019", "2019-05-20"),
        ("  March 14, 2021 ", "2021-03-14"),
        # Arabic, Egyptian/Gulf month names, Arabic comma, Arabic-Indic digits
        ("20 مايو، 2019", "2019-05-20"),
        ("20 مايو 2019", "2019-05-20"),
        ("٢٠ مايو ٢٠١٩", "2019-05-20"),
        ("20 من مايو 2019", "2019-05-20"),
        ("3 يناير 2020", "2020-01-03"),
        ("1 أغسطس 2018", "2018-08-01"),
        ("1 اغسطس 2018", "2018-08-01"),
        ("15 يونية 2017", "2017-06-15"),
        # Levantine (Syriac) month names, two-word months, double month forms, "م" after the year
        ("٢٠ أيار ٢٠١٩", "2019-05-20"),
        ("29 تموز، 2021", "2021-07-29"),
        ("5 كانون الثاني 2020", "2020-01-05"),
        ("12 تشرين الأول 2019م", "2019-10-12"),
        ("30 نيسان/أبريل 2019", "2019-04-30"),
        ("20 من مايو/أيار 2019", "2019-05-20"),
        ("1 آب (أغسطس) 2014", "2014-08-01"),
        # Maghrebi month names
        ("4 جويلية 2019", "2019-07-04"),
        ("20 ماي 2019", "2019-05-20"),
        # weekday in front, "يوم … الموافق"
        ("الاثنين 20 مايو 2019", "2019-05-20"),
        ("الإثنين، 20 أيار 2019", "2019-05-20"),
        ("يوم الأحد الموافق ١٤ آذار ٢٠٢١", "2021-03-14"),
        # numeric: year first, day first (Arabic sites), two-digit year
        ("2019-05-20", "2019-05-20"),
        ("2019/5/20", "2019-05-20"),
        ("20/05/2019", "2019-05-20"),
        ("20-5-2019", "2019-05-20"),
        ("٢٠/٠٥/٢٠١٩", "2019-05-20"),
        ("20.05.19", "2019-05-20"),
        # a clock time after the date
        ("2019-05-20T10:30:00Z", "2019-05-20"),
        ("20 مايو 2019 - 10:30 ص", "2019-05-20"),
        ("May 19, 2019 09:15 PM", "2019-05-19"),
        # leap day
        ("29 شباط 2020", "2020-02-29"),
    ],
)
def test_parse_date_string(raw: str, expected: str) -> None:
    assert parse_date_string(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "مايو 2019",  # month precision only: not a whole date
        "May 2019",
        "20 مايو",  # no year
        "19 May",
        "31 فبراير 2019",  # no such day
        "29 شباط 2019",  # not a leap year
        "2019-13-01",
        "32/01/2019",
        "15 رمضان 1440",  # Hijri: not converted here
        "20 مايو/حزيران 2019",  # two different months
        "أمس الأحد",  # relative: the temporal stage's job
        "قتل 20 شخصا في مايو 2019",  # a sentence, not a date string
        "كتبه تمام أبو الخير | 20 مايو، 2019",  # a byline: search_date, not parse_date_string
        "20 Maybe 2019",
        "﴿20 مايو 2019﴾x",
    ],
)
def test_parse_date_string_rejects(raw: str) -> None:
    assert parse_date_string(raw) is None


@pytest.mark.parametrize(
    ("raw", "span_text", "value"),
    [
        ("– الدفاع المدني (@May 19, 2019) SyriaCivilDefe", "May 19, 2019", "2019-05-19"),
        ("– مصطفى (@MustafaSejari) May 20, 2019 M.Sejari", "May 20, 2019", "2019-05-20"),
        ("كتبه تمام أبو الخير | 20 مايو، 2019", "20 مايو، 2019", "2019-05-20"),
        ("نشر في: الاثنين ٢٠ أيار ٢٠١٩ - 10:30", "الاثنين ٢٠ أيار ٢٠١٩", "2019-05-20"),
        ("التحديث 2021/03/14 على الموقع", "2021/03/14", "2021-03-14"),
        # the first valid date wins; an impossible one before it is skipped
        ("من 31 فبراير 2019 إلى 2 مارس 2019", "2 مارس 2019", "2019-03-02"),
        # diacritics inside the date stay inside the span
        ("نُشِر في ٢٠ مايُو ٢٠١٩", "٢٠ مايُو ٢٠١٩", "2019-05-20"),
    ],
)
def test_search_date(raw: str, span_text: str, value: str) -> None:
    found = search_date(raw)
    assert found is not None
    assert raw[found.start : found.end] == span_text
    assert found.value == value


@pytest.mark.parametrize("raw", ["", "لا تاريخ هنا", "في 20 مايو الماضي", "(@MustafaSejari) M.Sejari"])
def test_search_date_none(raw: str) -> None:
    assert search_date(raw) is None


_DATE_BITS = [
    "20",
    "٢٠",
    " ",
    "مايو",
    "أيار",
    "May",
    ",",
    "،",
    "2019",
    "٢٠١٩",
    "/",
    "-",
    ".",
    "الاثنين",
    "من",
    "19",
    ":",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_BITS) | st.text(st.characters(exclude_categories=("Cs",))), max_size=12))
def test_never_raises(bits: list[str]) -> None:
    s = "".join(bits)
    value = parse_date_string(s)
    assert value is None or (len(value) == 10 and value[4] == "-")
    found = search_date(s)
    if found is not None:
        assert 0 <= found.start < found.end <= len(s)
        # the span read alone gives the same date
        assert parse_date_string(s[found.start : found.end]) == found.value
