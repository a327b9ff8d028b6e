"""Round 15's speed changes keep what they replaced: a matcher's and the role reader's suffix test before a word's
readings rejects only words with none, and ``normalize_words`` is ``normalize_word`` of each word."""

from __future__ import annotations

import random

import pytest

from rasd.ner.lexicon import load_lexicon
from rasd.ner.roles import RoleReader, _stems
from rasd.text import matcher as M
from rasd.text.matcher import LexiconMatcher
from rasd.text.normalize import normalize_word, normalize_words

_ENTRIES = [
    "دمشق",
    "الرقة",
    "حماة",
    "اللاذقية",
    "ريف دمشق",
    "الجيش الحر",
    "قوات سوريا الديمقراطية",
    "عن",
    "يد",
    "الشام",
    "لبنان",
    "ليبيا",
    "وحدة",
    "إدلب",
]
_PREFIXES = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "وب", "ول", "وك", "فب", "كال", "ولل"]
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ"


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def _old_readings(m: LexiconMatcher[str], word: str) -> tuple[tuple[str, int, object], ...]:
    """``LexiconMatcher._readings`` as it was before round 15 (no suffix test): the reference."""
    root = m._root
    out: list[tuple[str, int, object]] = []
    direct = root.get(word)
    if direct is not None:
        out.append(("", 0, direct))
    if not m.clitics or word in m._keep_whole:
        return tuple(out)
    for prefix, has_article in M._PREFIXES.get(word[:1], ()):
        if len(word) - len(prefix) < M._MIN_STEM or not word.startswith(prefix):
            continue
        stem = word[len(prefix) :]
        node = root.get(stem)
        if node is not None and (not has_article or (m.article_optional and not node.article)):
            out.append((prefix, int(has_article), node))
        if has_article or (prefix[-1] == "ل" and stem[0] == "ل"):
            node = root.get(M._ARTICLE + stem)
            if node is not None:
                out.append((prefix, 0, node))
    return tuple(out)


def _words(keys: list[str], seed: int, n: int = 6000) -> list[str]:
    """Normalized words built from the keys' words behind proclitics, cut or lengthened, and random letters."""
    rng = random.Random(seed)
    parts = [w for k in keys for w in normalize_word(k).split()]
    out = set(parts)
    while len(out) < n:
        base = rng.choice(parts) if rng.random() < 0.8 else "".join(rng.choices(_LETTERS, k=rng.randint(1, 7)))
        word = rng.choice(_PREFIXES) + base
        r = rng.random()
        if r < 0.2:
            word = word[rng.randint(0, len(word) - 1) :]
        elif r < 0.4:
            word += "".join(rng.choices(_LETTERS, k=rng.randint(1, 2)))
        out.add(normalize_word(word))
    return sorted(w for w in out if w)


@pytest.mark.parametrize(
    "options",
    [{}, {"clitics": False}, {"article_optional": False}, {"keep_whole": ["وحدة", "عن"]}, {"min_len": 1}],
)
def test_readings_with_the_suffix_test_are_the_old_readings(options: dict[str, object]) -> None:
    m = LexiconMatcher([(e, e) for e in _ENTRIES], **options)  # type: ignore[arg-type]
    words = _words(_ENTRIES, 15)
    assert sum(1 for w in words if _old_readings(m, w)) > 10  # the sample reads many words, not only misses
    rejected = 0
    for w in words:
        assert m._readings(w) == _old_readings(m, w), w
        rejected += len(w) > 3 and w[-3:] not in m._ends3 and w[-2:] not in m._twos
    assert rejected > 1000  # and the test itself skips many


def test_matches_over_a_text_are_unchanged_by_the_suffix_test() -> None:
    m = LexiconMatcher([(e, e) for e in _ENTRIES])
    text = (
        "قصفت قوات النظام ريف دمشق وبالرقة واللاذقية، وقالت قوات سوريا الديمقراطية إن الجيش الحر انسحب "
        "من بلدات في ريف إدلب وحماة، فيما وصل وفد من لبنان وليبيا إلى الشام للبحث في وحدة الصف."
    )
    got = [(x.start, x.end, x.key, x.prefix) for x in m.find_all(text)]
    m._ends3 = _Everything()  # type: ignore[assignment]  # the suffix test off: every word read as before
    m._cache.clear()
    assert [(x.start, x.end, x.key, x.prefix) for x in m.find_all(text)] == got
    assert {g[2] for g in got} >= {"ريف دمشق", "الرقه", "اللاذقيه", "قوات سوريا الديمقراطيه", "الجيش الحر", "لبنان"}


def test_may_start_with_the_suffix_test_is_the_plain_definition() -> None:
    reader = RoleReader(load_lexicon())
    firsts = reader._all_firsts
    words = _words(sorted(firsts), 151)
    assert any(reader.may_start(w) for w in words)
    for w in words:
        plain = any(st in firsts or "ال" + st in firsts for st in _stems(w))
        assert reader.may_start(w) is plain, w
        assert RoleReader(reader.lexicon).may_start_each([w]) == [plain]


def test_normalize_words_is_normalize_word_of_each() -> None:
    words = ["الأمْن", "إدلب", "", "ﻻ", "مدينةٌ", "قال", "الأمْن", "ABC", "٣٠٠", "ـــحماة"]
    assert normalize_words(words) == [normalize_word(w) for w in words]
    assert normalize_words(iter(words)) == [normalize_word(w) for w in words]
    assert normalize_words([]) == []
