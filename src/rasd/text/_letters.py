"""(Round 29, sq1) ``[^\\W\\d_]`` ("a letter": a word character that is no decimal digit and no ``_``) spelled out as
the code points of the Basic Multilingual Plane it holds, for the regexes that split whole texts into words.

``[^\\W\\d_]`` makes the regex engine ask the Unicode database two questions per character (``\\w``? ``\\d``?); a set of
ranges is one table look-up. The set is read off the same database at import (``str.isalnum() and not
str.isdecimal()`` is what ``[^\\W\\d_]`` tests: ``\\w`` is an alphanumeric character or ``_``, ``\\d`` a decimal digit),
so a pattern with it matches exactly what the original does on any text whose characters all lie in the BMP (every
news text so far); a text with a character beyond it (an emoji, a historic script) is split with the original pattern
(:func:`beyond_bmp`). ``re.split`` over the bench's 1,000 normalized texts: 0.18 → 0.14 s (the quantities stage's
tokens), 0.22 → 0.15 s (the number scanner's, with its look-ahead).
"""

from __future__ import annotations

import re

#: The original class, as the patterns write it.
LETTER = r"[^\W\d_]"
_BEYOND_BMP_RE = re.compile("[\U00010000-\U0010ffff]")


def _bmp_letters() -> str:
    """The BMP code points that ``[^\\W\\d_]`` matches, as the body of a character set (``\\uXXXX`` escapes, ranges)."""
    parts: list[str] = []
    start = -1
    for code in range(0x10001):
        inside = code < 0x10000 and chr(code).isalnum() and not chr(code).isdecimal()
        if inside and start < 0:
            start = code
        elif not inside and start >= 0:
            last = code - 1
            parts.append(f"\\u{start:04x}" if last == start else f"\\u{start:04x}-\\u{last:04x}")
            start = -1
    return "".join(parts)


#: ``[^\W\d_]`` for a text of BMP characters.
BMP_LETTER = "[" + _bmp_letters() + "]"


def bmp_pattern(pattern: str) -> str:
    """``pattern`` with every ``[^\\W\\d_]`` written as :data:`BMP_LETTER` (the same matches on a BMP text)."""
    if LETTER not in pattern:
        raise ValueError(f"no {LETTER} in {pattern!r}")
    return pattern.replace(LETTER, BMP_LETTER)


def beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character beyond the BMP (then the original pattern is the one to use).

    (Round 43, sp20) Read off the length of the text in UTF-16, where such a character takes two code units and any
    other one (a lone surrogate too, written as it is) one: a copy of the text in C, not the regex engine's test of
    every character against :data:`_BEYOND_BMP_RE` (the same answers; 31 → 6 ms over the bench's 1,000 texts, ~3,300
    characters each; the events stage asks it once per document, the matcher once per text it analyses)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
