"""The date engine's building blocks: the fast normalized view, calendar helpers, robustness on odd input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.timex import calendar as cal
from rasd.stages.timex import find_timexes
from rasd.stages.timex.engine import fast_view
from rasd.text.normalize import normalize_view

# Arabic letters with hamza forms, alef maqsura and teh marbuta, harakat, tatweel, Arabic-Indic digits,
# Arabic punctuation, presentation forms, bidi controls, Latin, spaces and line breaks.
ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآٱىةءئؤ")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
    + list("٠١٢٣٤٥٦٧٨٩۰۵0123456789،؛؟٫٬_ \n./-:()")
    + list("\ufefb\ufe8d\ufef5\u200f\u200e\u200c\ufeffAbZzکی")
)


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=60))
def test_fast_view_equals_normalize_view(text: str) -> None:
    assert fast_view(text) == normalize_view(text)


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_odd_text_never_raises_and_spans_are_valid(text: str) -> None:
    for x in find_timexes(text, "2019-05-20"):
        assert 0 <= x.start < x.end <= len(text)


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [
        (3, "D", "P3D"),
        (2, "H", "PT2H"),
        (None, "Y", "PXY"),
        (1.5, "Y", "P1.5Y"),
        (30, "MIN", "PT30M"),
        (2, "DE", "P2DE"),
    ],
)
def test_duration_value(n: float | None, unit: str, value: str) -> None:
    assert cal.duration_value(n, unit) == value


@pytest.mark.parametrize(
    ("day", "unit", "value"),
    [
        (dt.date(2019, 5, 20), "D", "2019-05-20"),
        (dt.date(2019, 5, 20), "W", "2019-W21"),
        (dt.date(2019, 12, 30), "W", "2020-W01"),
        (dt.date(2019, 5, 20), "M", "2019-05"),
        (dt.date(2019, 5, 20), "DE", "201"),
        (dt.date(2019, 5, 20), "CE", "20"),
    ],
)
def test_value_at(day: dt.date, unit: str, value: str) -> None:
    assert cal.value_at(day, unit) == value


def test_add_months_clips_the_day() -> None:
    assert cal.add_months(dt.date(2019, 3, 31), -1) == dt.date(2019, 2, 28)


def test_hijri_outside_the_supported_range_has_no_value() -> None:
    (x,) = find_timexes("في 15 رمضان 1200هـ", "2019-05-20")
    assert x.value is None
