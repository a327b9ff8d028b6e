"""Round 27 (sp7): the quantities stage's table look-ups skip a word that no key of the table ends.

Every proclitic reading of a normalized word is a suffix of it, so a word whose last three letters end no key of
three letters or more, and whose last two or last letter is no shorter key, has no reading in the table:
``_lookup`` answers None without reading its proclitics, and answers every word as the plain definition does.
"""

from __future__ import annotations

import random

import pytest

import rasd.stages.quantities as quantities
from rasd.text.normalize import normalize

_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "وال", "بال", "لل", "ال")
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
# Words of a news sentence (written for this test).
_NEWS_TEXT = (
    "وأفادت مصادر طبية بأن المستشفى الميداني استقبل جرحى ومصابين بعد الغارة التي استهدفت سوقا شعبيا "
    "كما نزحت عائلات كثيرة من القرى المجاورة خوفا من تجدد القصف على الأحياء السكنية"
)


def _tables() -> list[dict[str, str] | frozenset[str]]:
    lex = quantities._lexicon()
    return [lex.nouns, lex.fixed, lex.cues, lex.toll_links, lex.toll_heads, lex.other_cues, lex.far_cues]


def _plain(word: str, table: dict[str, str] | frozenset[str], conj: bool) -> str | None:
    for prefix, stem in quantities._readings(word):
        if not conj and prefix[:1] == "و":
            continue
        if stem in table:
            return table[stem] if isinstance(table, dict) else stem
    return None


def _words() -> list[str]:
    rnd = random.Random(2771)
    words = {normalize(w) for w in _NEWS_TEXT.split()}
    for table in _tables():
        words.update(p + k for k in table for p in _PREFIXES)
    words.update("".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(1, 7))) for _ in range(3000))
    words.update(w[:-1] for w in list(words) if len(w) > 2)
    return sorted(words)


def test_lookup_equals_the_plain_definition() -> None:
    for table in _tables():
        for word in _words():
            for conj in (True, False):
                assert quantities._lookup(word, table, conj=conj) == _plain(word, table, conj), word


def test_a_word_no_key_ends_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = quantities._lexicon()
    word = normalize("المجاورة")  # ends in no casualty cue
    assert _plain(word, lex.cues, True) is None

    def refuse(_word: str) -> tuple[tuple[str, str], ...]:
        raise AssertionError("the proclitics of a word no key ends were read")

    monkeypatch.setattr(quantities, "_readings", refuse)
    assert quantities._lookup(word, lex.cues) is None


def test_cue_words_behind_proclitics_still_read() -> None:
    lex = quantities._lexicon()
    cue = next(iter(lex.cues))
    assert quantities._lookup("و" + cue, lex.cues) == lex.cues[cue]
