"""Speed, round 43 (helper sp20): the same answers by cheaper means. ``text._letters.beyond_bmp`` reads the UTF-16
length of the text instead of searching it for a character beyond the BMP: checked against that search (the
definition, ``_BEYOND_BMP_RE``) on texts of every kind of character; ``events.context.punct_breaks`` finds the clause
breaks of punctuation by ``str.find`` and ``events.context.last_word`` reads the word before an offset back a character
at a time: each checked against the regex scan it replaces. Sentences written for the project."""

from __future__ import annotations

import random

import pytest

from rasd.events.context import _PUNCT_BREAK, _WORD, last_word, punct_breaks
from rasd.text import _letters

EDGES = [
    "",
    "a",
    "قصفت الطائرات مواقع المسلحين شرق المدينة",
    "تغريدة مع رمز 🙂 في آخرها",
    "🙂",
    "\U00010000",
    "\U0010ffff",
    "\uffff\ufeff\u200f",  # the last BMP code points and marks
    "\ud83d",  # a lone high surrogate: one BMP code point, no character beyond it
    "\ude00 وحده",
    "\ud83d\ude00",  # a surrogate pair written as two code points: two BMP code points
    "café ñ " + "ع" * 40,
    "𐀀" + "ق" * 1000,
    "ق" * 1000 + "𝔸",
]


@pytest.mark.parametrize("text", EDGES)
def test_beyond_bmp_is_the_search_it_replaces(text: str) -> None:
    assert _letters.beyond_bmp(text) == (_letters._BEYOND_BMP_RE.search(text) is not None)


def test_beyond_bmp_on_random_texts() -> None:
    rng = random.Random(43)
    pools = [(0x20, 0x7E), (0x600, 0x6FF), (0xD800, 0xDFFF), (0xE000, 0xFFFF), (0x10000, 0x1FFFF), (0xE0000, 0x10FFFF)]
    for _ in range(500):
        chars = []
        for _ in range(rng.randint(0, 12)):
            lo, hi = pools[rng.randrange(len(pools))] if rng.random() < 0.3 else pools[1]
            chars.append(chr(rng.randint(lo, hi)))
        text = "".join(chars)
        assert _letters.beyond_bmp(text) == (_letters._BEYOND_BMP_RE.search(text) is not None), ascii(text)


PUNCT_TEXTS = [
    "",
    "قصفت الطائرات مواقع المسلحين",
    "قتل ثلاثة جنود، وأصيب آخرون؛ وقالت مصادر: إن الهجوم وقع فجرا,\nثم انسحب المهاجمون",
    "،،؛;::\n\n,",
    "بيان: «قتل جندي، وجرح اثنان»; ثم\n\nانتهى،",
]


@pytest.mark.parametrize("text", PUNCT_TEXTS)
def test_punct_breaks_are_the_regex_scan(text: str) -> None:
    assert punct_breaks(text) == [m.start() for m in _PUNCT_BREAK.finditer(text)]


def test_punct_breaks_on_random_texts() -> None:
    rng = random.Random(4343)
    alphabet = "قتلجنود في،,؛;:\n .«»"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert punct_breaks(text) == [m.start() for m in _PUNCT_BREAK.finditer(text)], ascii(text)


WORD_TEXTS = [
    "",
    "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز عسكري",
    "وأصيب 12 آخرون، بينهم ٣ أطفال",
    "الطريق رقم 5_ب «الساحلي»: ",
    "منذ عام 2015م وحتى الآن ",
    "نحو ²٣ كيلومترا—شمالا",
    "قصفت الطائرات 🙂 القرية𝔸",
]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_last_word_is_the_last_regex_word(text: str) -> None:
    for hi in range(len(text) + 1):
        for lo in {0, max(0, hi - 40), max(0, hi - 3)}:
            words = _WORD.findall(text[lo:hi])
            assert last_word(text, lo, hi) == (words[-1] if words else ""), (text, lo, hi)


def test_last_word_on_random_texts() -> None:
    rng = random.Random(4344)
    pool = [*"قتلجنود ال،.:«»_-\n", "٣", "3", "۵", "²", "½", "Ⅻ", "a", "é", "\u064b", "ـ", "🙂", "𝔸", "\ud83d", "٫"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        words = _WORD.findall(text[lo:hi])
        assert last_word(text, lo, hi) == (words[-1] if words else ""), (ascii(text), lo, hi)
