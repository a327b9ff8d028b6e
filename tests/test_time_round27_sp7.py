"""Round 27 (sp7): the time lexicon answers a word that no lexicon stem ends without stripping its proclitics.

``TimeLexicon.may_read`` is false for a word whose last letters end no lexicon first word (nor one without its
article) and no number word; :meth:`analyse`, :meth:`number_start` and :meth:`token_info` must give such words
exactly what the plain definitions (every proclitic reading tried) give.
"""

from __future__ import annotations

import random

from rasd.stages.timex.lexicon import TimeLexicon, time_lexicon
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize

_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "وال", "بال", "لل", "ولل", "فال", "وبال", "كال", "ال")
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى"
# Words of a news sentence (written for this test), none of them a date word.
_NEWS_TEXT = (
    "وقالت المصادر إن المفاوضات بين الوفدين تعثرت بسبب الخلاف على ترتيبات الانسحاب من المدينة "
    "وأضاف المتحدث باسم الحكومة أن اللجنة المشتركة ستجتمع لبحث المقترحات الجديدة"
)
_NEWS_WORDS = _NEWS_TEXT.split()


def _plain_analyse(lex: TimeLexicon, word: str) -> tuple[int, str]:
    if word not in lex.firsts:
        for prefix, stem in strip_proclitics(word)[1:]:
            key = "ال" + stem if prefix.endswith(("ال", "لل")) else stem
            if key in lex.firsts:
                return len(prefix), key
    return 0, word


def _plain_number_start(lex: TimeLexicon, word: str) -> bool:
    return word in lex.number_words or any(stem in lex.number_words for _, stem in strip_proclitics(word)[1:])


def _plain_info(lex: TimeLexicon, word: str) -> tuple[int, str, bool]:
    pre, key = _plain_analyse(lex, word)
    candidate = key in lex.first_kinds or word[0] in "0123456789" or word == "ال" or _plain_number_start(lex, word)
    return pre, key, candidate


def _words(lex: TimeLexicon) -> list[str]:
    rnd = random.Random(2727)
    words = {p + w for w in [*lex.firsts, *lex.number_words] for p in _PREFIXES}
    words.update(_NEWS_WORDS)
    words.update("".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(1, 8))) for _ in range(4000))
    words.update(w[:-1] for w in list(words) if len(w) > 2)  # a letter short of an entry
    return sorted(words)


def test_every_answer_equals_the_plain_definition() -> None:
    lex = time_lexicon()
    for word in _words(lex):
        # the caches are cleared so that each answer is computed, not read back
        lex.info_cache.pop(word, None)
        lex._cache.pop(word, None)
        lex._number_cache.pop(word, None)
        assert lex.token_info(word) == _plain_info(lex, word), word
        assert lex.analyse(word) == _plain_analyse(lex, word), word
        assert lex.number_start(word) == _plain_number_start(lex, word), word


def test_most_news_words_need_no_proclitic_stripping() -> None:
    lex = time_lexicon()
    rejected = [w for w in _NEWS_WORDS if not lex.may_read(w)]
    assert len(rejected) >= len(_NEWS_WORDS) // 2
    assert all(_plain_analyse(lex, w) == (0, w) and not _plain_number_start(lex, w) for w in rejected)


def test_date_words_behind_proclitics_may_read() -> None:
    lex = time_lexicon()
    for word in ("وبالأمس", "للعام", "وخمسين", "بعشرة", "الأحد", "ويوم"):
        assert lex.may_read(normalize(word)), word
