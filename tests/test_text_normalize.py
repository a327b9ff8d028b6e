"""The normalized view: folding table, offsets back to the source, and its properties."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rasd.text.normalize import normalize, normalize_view


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("أحمد", "احمد"),
        ("إدلب", "ادلب"),
        ("آذار", "اذار"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("حماة", "حماه"),
        ("مَدْرَسَةٌ", "مدرسه"),
        ("حمـــاة", "حماه"),
        ("قتل ٣٠٠ شخص", "قتل 300 شخص"),
        ("۱۲۳", "123"),
        ("٣٫٥", "3.5"),
        ("١٬٥٠٠", "1,500"),
        ("حلب، حماة؛ لماذا؟", "حلب, حماه; لماذا?"),
        ("#ريف_حماة", "#ريف حماه"),
        ("ﻻ", "لا"),
        ("﴿إدلب﴾", "﴿ادلب﴾"),  # ornate parentheses: presentation forms that NFKC keeps (once a RecursionError)
        ("کرد", "كرد"),
        ("ی", "ي"),
        ("U.S. Army", "u.s. army"),
        ("كفر\u200cنبل", "كفرنبل"),
        ("\u200fإدلب\u200e", "ادلب"),
        ("«الله أكبر»", "«الله اكبر»"),
        ("", ""),
    ],
)
def test_normalize_table(source: str, expected: str) -> None:
    assert normalize(source) == expected
    assert normalize_view(source).text == expected


@pytest.mark.parametrize(
    ("source", "needle", "expected_source"),
    [
        ("قصف على حَمَاةَ اليوم", "حماه", "حَمَاةَ"),
        ("وصلوا إلى حمـــاة", "حماه", "حمـــاة"),
        ("في إدلب", "ادلب", "إدلب"),
        ("العدد ٣٠٠ قتيل", "300", "٣٠٠"),
        ("الﻼذقية", "اللاذقيه", "الﻼذقية"),
    ],
)
def test_to_source_maps_a_normalized_span_back(source: str, needle: str, expected_source: str) -> None:
    view = normalize_view(source)
    i = view.text.index(needle)
    s, e = view.to_source(i, i + len(needle))
    assert source[s:e] == expected_source


def test_to_source_rejects_a_span_outside_the_view() -> None:
    view = normalize_view("حلب")
    with pytest.raises(ValueError, match="outside normalized text"):
        view.to_source(0, 10)


def test_to_view_finds_the_first_normalized_offset() -> None:
    view = normalize_view("حَلَب")
    assert view.to_view(0) == 0
    assert view.to_view(2) == 1  # the fatha at 1 is dropped; ل at 2 is normalized offset 1


# ----------------------------------------------------------------------------------------------- properties
# Arabic letters, hamza forms, diacritics, tatweel, zero-width and bidi marks, digits of three scripts, Arabic
# punctuation, presentation forms (including the lam-alef ligature, which expands to two letters) and Latin.
_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهوي")
    + list("أإآٱءؤئىةکیۀ")
    + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", "\u200c", "\u200f", "\ufeff"]
    + list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳٫٬،؛؟")
    + ["ﻻ", "ﺑ", "ﻢ", "ﷲ", "﴾", "﴿", "\ufbb2"]
    + list("AbZz _-.,#\n\u00a0")
)
_texts = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=40)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_normalize_equals_the_view_text(text: str) -> None:
    view = normalize_view(text)
    assert view.text == normalize(text)
    assert len(view.offsets) == len(view.text) + 1
    assert view.offsets[-1] == len(text)
    assert list(view.offsets) == sorted(view.offsets)


@settings(max_examples=400, deadline=None)
@given(_texts, st.data())
def test_to_source_span_normalizes_to_the_normalized_span(text: str, data: st.DataObject) -> None:
    view = normalize_view(text)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    off = view.offsets
    # a span that cuts a ligature (ﻻ → لا) in two cannot map to a source span of exactly its letters
    assume(start in (0, n) or off[start - 1] != off[start])
    assume(end in (0, n) or off[end - 1] != off[end])
    s, e = view.to_source(start, end)
    assert 0 <= s <= e <= len(text)
    assert normalize(text[s:e]) == view.text[start:end]


@settings(max_examples=200, deadline=None)
@given(_texts, st.data())
def test_to_source_span_covers_the_normalized_span_even_inside_a_ligature(text: str, data: st.DataObject) -> None:
    view = normalize_view(text)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = view.to_source(start, end)
    assert view.text[start:end] in normalize(text[s:e])


@given(st.text(alphabet=st.sampled_from(list("ابةأإآىيئؤ،؛؟_ ٠١٢٣ـًٌٍَُِّْٰ\u200f\u200cABCxyz0.\n")), max_size=80))
def test_fast_path_equals_character_walk(text: str) -> None:
    from rasd.text.normalize import normalize_view_slow

    assert normalize_view(text) == normalize_view_slow(text)
    assert normalize(text) == normalize_view_slow(text).text
