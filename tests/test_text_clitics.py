"""rasd.text.clitics: one conjunction off a word, never a root letter (round 23, helper rf)."""

from __future__ import annotations

import doctest

import pytest

import rasd.text.clitics as clitics
from rasd.text.clitics import drop_conjunction, forms, in_words
from rasd.text.normalize import normalize_word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وقال", "قال"),
        ("فقال", "قال"),
        ("وطالب", "طالب"),
        ("ووقع", "وقع"),  # و + وقع: one و only, the root's و stays
        ("فوفد", "وفد"),
        ("ووصل", "وصل"),
        ("وفاة", "فاة"),  # (a rule asks forms(): the whole word first)
        ("فوز", "فوز"),  # two letters would be left: nothing taken off
        ("فرض", "فرض"),
        ("وصل", "وصل"),
        ("وقف", "وقف"),
        ("وفد", "وفد"),
        ("وفي", "وفي"),
        ("قال", "قال"),
        ("", ""),
    ],
)
def test_drop_conjunction_takes_one_letter_and_leaves_three(word: str, expected: str) -> None:
    assert drop_conjunction(word) == expected


def test_never_more_than_one_letter() -> None:
    for word in ("وفاة", "فوز", "ووقع", "وفد", "فوفد", "ووزير", "ففوز"):
        assert len(word) - len(drop_conjunction(word)) <= 1
        assert len(word) - len(drop_conjunction(word, min_rest=2)) <= 1
        assert word.endswith(drop_conjunction(word))


def test_short_function_words_with_min_rest_two() -> None:
    assert drop_conjunction("ولم") == "ولم"
    assert drop_conjunction("ولم", min_rest=2) == "لم"
    assert drop_conjunction("فلا", min_rest=2) == "لا"
    assert drop_conjunction("وفي", min_rest=2) == "في"
    assert drop_conjunction("وفد", min_rest=2) == "فد"  # (so min_rest=2 is for lists of two-letter words only)
    assert drop_conjunction("ول", min_rest=2) == "ول"


def test_forms_reads_the_whole_word_first() -> None:
    assert forms("وزير") == ("وزير", "زير")
    assert forms("وزير")[0] == "وزير"
    assert forms("فوز") == ("فوز",)
    assert forms("واكد") == ("واكد", "اكد")
    assert in_words("وزير", {"وزير"})
    assert in_words("ووزير", {"وزير"})
    assert not in_words("فوز", {"وز"})
    assert not in_words("وفاة", {"اة"})
    assert in_words("ولن", {"لن"}, min_rest=2)
    assert not in_words("ولن", {"لن"})


def test_on_normalized_words_of_a_sentence() -> None:
    sentence = "ووقع الانفجار قرب مقر الوزارة، وفرضت السلطات حظر التجول فور وفاة الجرحى، وقال وزير الداخلية"
    words = [normalize_word(w.strip("،")) for w in sentence.split()]
    bare = [drop_conjunction(w) for w in words]
    assert bare[0] == "وقع"  # lstrip("وف") made it قع
    assert "فرضت" in bare  # و + فرضت: the root's ف stays
    assert "فور" in bare  # three letters: nothing off
    assert "قال" in bare
    # وفاة and وزير keep three letters without their و: a word list is asked with forms(), the whole word first
    known = {"وفاه", "وزير", "قال"}
    assert [w for w in words if in_words(w, known)] == ["وفاه", "وقال", "وزير"]


def test_doctests() -> None:
    assert doctest.testmod(clitics).failed == 0
