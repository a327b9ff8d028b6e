"""Round 16's speed changes keep what they replaced: the segmenter's tokens built by maps over the matches, the time
stage's regions skipping matches inside the last region."""

from __future__ import annotations

import random

from rasd.document import Token
from rasd.stages.timex import engine as E
from rasd.stages.timex.lexicon import time_lexicon
from rasd.text import segment as S
from rasd.text.normalize import normalize

# pieces of realistic text: Arabic words, numbers in several writings, URLs, tags, punctuation and symbols
_PIECES = [
    "قتل",
    "ثلاثة",
    "مدنيين",
    "في",
    "قصف",
    "على",
    "ريف",
    "إدلب",
    "يوم",
    "الأحد",
    "الماضي",
    "الساعة",
    "مساء",
    "عام",
    "شهر",
    "مايو",
    "أيار",
    "2019",
    "20/5/2019",
    "1,500",
    "٣٠٠",
    "3.5",
    "10:30",
    "F16",
    "Reuters",
    "https://t.co/x1",
    "www.sana.sy",
    "user@example.com",
    "#ريف_حماة",
    "@handle",
    "...",
    "…",
    "،",
    ".",
    "«",
    "»",
    "%",
    "$",
    "+",
    "©",
    "\u0640",
    "ـ",
    "-",
    "(",
    ")",
    "!",
    "؟",
    "€",
    "→",
]
_GAPS = [" ", " ", " ", "", "\n", "  ", "\n\n", "\t"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        k = rng.randint(0, 120)
        out.append("".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(k)))
    return out


def _old_tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """``segment.tokenize`` as it was before round 16 (one match at a time): the reference."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    for m in S._TOKEN_RE.finditer(text, start, stop):
        kind = m.lastgroup
        if kind == "arabic" or kind == "latin":
            kind = "word"
        elif kind == "ellipsis":
            kind = "punct"
        elif kind == "other":
            kind = S._other_kind(m.group())
        out.append(Token(m.start(), m.end(), kind or "symbol"))
    return out


def test_tokenize_is_the_match_by_match_loop() -> None:
    for text in _texts(1500, 16):
        assert S.tokenize(text) == _old_tokenize(text)
        if len(text) > 10:
            a, b = len(text) // 3, 2 * len(text) // 3
            assert S.tokenize(text, start=a, end=b) == _old_tokenize(text, a, b)


def test_tokenize_kinds() -> None:
    kinds = [t.kind for t in S.tokenize("قتل 3 … F16 #حماة @x https://t.co/a « $")]
    assert kinds == ["word", "number", "punct", "word", "hashtag", "mention", "url", "punct", "symbol"]


def _old_regions(lex: object, s: str) -> list[tuple[int, int]]:
    """``engine._regions`` as it was before round 16 (every match padded and snapped): the reference."""
    spans: list[list[int]] = []
    n = len(s)
    for m in lex.trigger_re.finditer(s):  # type: ignore[attr-defined]
        a = m.start() - E._PAD_LEFT
        a = max(s.rfind(" ", 0, a), s.rfind("\n", 0, a)) + 1 if a > 0 else 0
        b = m.end() + E._PAD_RIGHT
        if b < n:
            sp = E._SPACE_RE.search(s, b)
            b = sp.start() if sp else n
        else:
            b = n
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def test_time_regions_are_the_padded_matches_merged() -> None:
    lex = time_lexicon()
    for text in _texts(1500, 17):
        s = normalize(text)
        assert E._regions(lex, s) == _old_regions(lex, s)
