"""Sentence splitting and tokenization of Arabic news text, as spans of the original text.

Both functions work on the *source* text (not the normalized view) and return code-point offsets into it, so
their results can be stored on :class:`rasd.document.Document` directly.

Sentence boundaries, in the order they are decided:

1. Every line break is a hard boundary (ingest separates blocks with a blank line, and Arabic news bodies
   put one paragraph per line; a sentence is never continued across lines).
2. Inside a line, a run of terminators ``. ! ? ؟ ۔`` is a candidate boundary; ``!``/``?``/``؟`` always end the
   sentence (outside URLs), a full stop only when it is not part of a decimal or date (``3.5``, ``20.05.2019``),
   an abbreviation (``resources/ar/abbreviations.yaml``), an initial or dotted acronym (``محمد أ.``, ``د.ب.أ``,
   ``U.S.``), a Latin initial spelled in Arabic letters before a word (``كيه. شانموجام``), a domain (``t.co``)
   or a list number (``1.`` at the start of a line).
3. Ellipses (``..``, ``...``, ``…``) do not end a sentence. In a day of SaudiNewsNet copy (2015-07-21, 2,972
   articles) ``..`` occurs 2,424 times and ``…`` 25 times, nearly always mid-sentence before و/كما/لأن or as
   the elision mark ``(...)``; a missed boundary costs less downstream than a wrong one.
4. Closing quotes and brackets right after the terminator stay with the sentence (``«…».``, ``“…”``, ``"…"``
   with ``"`` taken as closing when an odd number of ``"`` precede it in the sentence); a terminator right
   after an opening quote or bracket never ends a sentence, and no sentence is made of punctuation alone.
5. The Arabic comma ``،`` and semicolon ``؛`` are never boundaries.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from operator import attrgetter

from rasd.document import Token
from rasd.errors import ConfigError
from rasd.resources import load_yaml
from rasd.text.normalize import normalize

# ----------------------------------------------------------------------------------------------- character classes
#: Combining marks that belong inside a word: Arabic harakat and Quranic marks, superscript alef, Latin
#: combining accents, and ZWNJ/ZWJ (used inside Persian-style words).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0300-\u036f\u200c\u200d"
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
#: Characters that end a URL-like token and never belong to it at its end.
_URL_BODY = r"[^\s<>\"'«»“”‘’()\[\]{}]"
_URL_LAST = r"[^\s<>\"'«»“”‘’()\[\]{}.,;:!?،؛؟…]"
#: Top-level domains recognized on bare domains (``pic.twitter.com/x``, ``t.co/x``, ``sana.sy``).
_TLDS = (
    "com|net|org|info|biz|gov|edu|int|mil|co|io|me|ly|gl|tv|fm|news|online|site|"
    "sy|sa|ae|qa|kw|bh|om|ye|iq|jo|lb|ps|eg|ma|dz|tn|sd|tr|ir|uk|fr|de|ru|us|eu"
)
_URL = (
    rf"(?:https?://|www\.){_URL_BODY}*{_URL_LAST}"
    rf"|(?<![\w.@])(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:{_TLDS})(?![\w.-]*\w)(?:/(?:{_URL_BODY}*{_URL_LAST})?)?"
)
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"

#: Arabic letters (tatweel included) with their marks: most tokens, so tried first for speed; no URL, hashtag,
#: mention or number can start with one of them.
_ARABIC_WORD = (
    r"[\u0610-\u061a\u0621-\u063a\u0640-\u065f\u066e\u066f\u0670-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06ef"
    r"\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc\u200c\u200d]+"
)

#: (round 29, sq1) ``(?=\S)`` in front: no token starts at a whitespace character, and the one look-ahead turns such a
#: position down at once, where the alternatives would each be entered and fail (the URL one with its groups and
#: look-behind): the same matches, ``finditer`` over a news text in half the time (0.24 → 0.12 s per 1,000 articles).
_TOKEN_RE = re.compile(
    r"(?=\S)(?:"
    rf"(?P<arabic>{_ARABIC_WORD})"
    rf"|(?P<url>{_URL}|{_EMAIL})"
    rf"|(?P<hashtag>#(?:\w|[{_MARKS}])+)"
    r"|(?P<mention>@\w+)"
    r"|(?P<number>\d+(?:[.,٫٬]\d+)*)"
    r"|(?P<latin>[A-Za-z][A-Za-z0-9]*)"
    rf"|(?P<word>{_LETTER}+)"
    r"|(?P<ellipsis>\.{2,}|…+)"
    r"|(?P<other>\S)"
    r")"
)
#: URLs, bare domains with a known TLD and e-mail addresses (works on source and normalized text alike).
URL_RE = re.compile(rf"{_URL}|{_EMAIL}")
#: Cheap test that a text may hold a URL; most news text does not, and URL_RE is slow to scan. It finds ``https?://``,
#: ``www.``, an ASCII letter or digit before a dot and a letter, or ``@``: the first character of each, written once
#: in front of them all, lets the regex engine skip in C to the next ASCII letter, digit or ``@`` (2x faster over a
#: news text; only whether it matches is read).
_URL_HINT_RE = re.compile(r"[0-9A-Za-z@](?:(?<=@)|(?<=h)ttps?://|(?<=w)ww\.|(?<=[A-Za-z0-9])\.[A-Za-z])")


def find_urls(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the URLs, bare domains (``t.co/x``) and e-mail addresses in ``text[start:end]``."""
    stop = len(text) if end is None else end
    if not _URL_HINT_RE.search(text, start, stop):
        return []
    return [m.span() for m in URL_RE.finditer(text, start, stop)]


_TERMINATORS = ".!?؟۔…"
_TERM_RE = re.compile(r"[.!?؟۔…]+")
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
_ALNUM_RE = re.compile(r"[^\W_]")
_WORD_BEFORE_RE = re.compile(r"[^\s«“\"'(\[{]+\Z")
#: (round 29, sq1) :data:`_WORD_BEFORE_RE` tried only where a word starts, and without backtracking: it finds the same
#: word unless that word runs on before the start of the stretch searched (or before a stretch that starts at a
#: letter), where it finds nothing and :func:`_word_before` asks the plain pattern
_WORD_START_BEFORE_RE = re.compile(r"(?<![^\s«“\"'(\[{])[^\s«“\"'(\[{]++\Z")
_NUMBER_BEFORE_RE = re.compile(r"\d[\d.,٫٬]*\s*\Z")
_INITIALISM_RE = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_LEADING_DIGITS_RE = re.compile(r"(\d*)(.*)", re.S)
_LETTERS_AFTER_RE = re.compile(r"[^\W\d_]+")
_SPACE_WORD_RE = re.compile(r"\s+[\u0621-\u064a]")
_OPENERS = frozenset("«“‘([{‹")
_CLOSERS = frozenset("»”’)]}›")
#: Arabic letters proper (not digits or punctuation of the Arabic block).
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")


@functools.cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """The normalized ``no_split`` and ``after_number`` abbreviation sets (without their final dot)."""
    data = load_yaml("ar/abbreviations.yaml")
    no_split = frozenset(normalize(str(a)).strip(".") for a in data.get("no_split") or ())
    after_number = frozenset(normalize(str(a)).strip(".") for a in data.get("after_number") or ())
    return no_split, after_number


@functools.cache
def letter_names() -> frozenset[str]:
    """The normalized Arabic spellings of Latin letters (``abbreviations.yaml``'s ``letter_names``: كيه، جي، إس)."""
    data = load_yaml("ar/abbreviations.yaml")
    return frozenset(normalize(str(a)).strip(".") for a in data.get("letter_names") or ())


def _spelled_initial(text: str, ls: int, wm: re.Match[str], word: str, nxt: str) -> bool:
    """Whether ``word`` before a full stop is a Latin initial spelled in Arabic letters (``كيه. شانموجام``،
    ``ديفيد إيه. تومسون``، ``إف. سي. إيه``): a letter's name, a space and an Arabic word after the dot, and no
    undotted letter name right before it (``بي بي سي.`` and ``سي إن إن.`` are acronyms that may end a sentence)."""
    letters = letter_names()
    if word not in letters or not nxt.isspace() or not _SPACE_WORD_RE.match(text, wm.end() + 1):
        return False
    before = _WORD_BEFORE_RE.search(text, max(ls, wm.start() - 12), wm.start() - 1) if wm.start() - 1 > ls else None
    return before is None or normalize(before.group()) not in letters


def _check_range(text: str, start: int, end: int | None) -> int:
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ConfigError(f"range [{start}, {end}) is outside the text of length {len(text)}; pass 0 <= start <= end")
    return stop


# ----------------------------------------------------------------------------------------------- tokens
#: A token's kind by the name of the group of :data:`_TOKEN_RE` that matched it (``other`` is a punctuation mark or a
#: symbol by its Unicode category: :func:`_other_kind`).
_OTHER = "other"
_TOKEN_KINDS: dict[str | None, str] = {
    "arabic": "word",
    "url": "url",
    "hashtag": "hashtag",
    "mention": "mention",
    "number": "number",
    "latin": "word",
    "word": "word",
    "ellipsis": "punct",
    "other": _OTHER,
    None: "symbol",
}
_LASTGROUP = attrgetter("lastgroup")


def _other_kind(ch: str) -> str:
    return "punct" if unicodedata.category(ch).startswith("P") else "symbol"


def tokenize(text: str, *, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets are offsets of ``text``.

    Kinds: ``word`` (letters with their diacritics and tatweel; a Latin word may contain digits: ``F16``),
    ``number`` (digits with their separators: ``1,500``, ``3.5``, ``٣٠٠``, ``20.05.2019``), ``url`` (whole,
    trailing punctuation excluded; bare domains such as ``t.co/x`` and e-mail addresses too), ``hashtag``
    (``#ريف_حماة``), ``mention`` (``@handle``), ``punct`` (one punctuation mark; an ellipsis ``...``/``…`` is one
    token) and ``symbol`` (any other single character). Whitespace is never part of a token.

    Args:
        text: the text.
        start: first offset to tokenize.
        end: offset to stop at (default: the end of ``text``).

    Returns:
        The tokens in text order.

    Raises:
        ConfigError: ``start``/``end`` are outside the text.
    """
    stop = _check_range(text, start, end)
    # the fields gathered by C-level maps over the matches, then one map builds the tokens (as the numbers
    # tokenizer does since round 10); only the rare single "other" characters are looked at one by one
    ms = list(_TOKEN_RE.finditer(text, start, stop))
    kinds = list(map(_TOKEN_KINDS.__getitem__, map(_LASTGROUP, ms)))
    if _OTHER in kinds:
        kinds = [_other_kind(m.group()) if k is _OTHER else k for k, m in zip(kinds, ms, strict=True)]
    return list(map(Token, map(re.Match.start, ms), map(re.Match.end, ms), kinds))


# ----------------------------------------------------------------------------------------------- sentences
def split_sentences(text: str, *, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences, as ``(start, end)`` offsets of ``text``.

    Each span is stripped of surrounding whitespace and is never empty; see the module docstring for the rules
    (line breaks, terminators, abbreviations, numbers, URLs, quotes, ellipses).

    Args:
        text: the text.
        start: first offset to split.
        end: offset to stop at (default: the end of ``text``).

    Returns:
        Sentence spans in text order, non-overlapping.

    Raises:
        ConfigError: ``start``/``end`` are outside the text.
    """
    stop = _check_range(text, start, end)
    out: list[tuple[int, int]] = []
    for line in _LINE_RE.finditer(text, start, stop):
        _split_line(text, line.start(), line.end(), out)
    return out


def _emit(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append((a, b))


def _split_line(text: str, ls: int, le: int, out: list[tuple[int, int]]) -> None:
    if not _TERM_RE.search(text, ls, le):
        _emit(text, ls, le, out)
        return
    urls = find_urls(text, ls, le)
    sent = ls
    for m in _TERM_RE.finditer(text, ls, le):
        ts, te = m.span()
        if ts < sent or any(us <= ts < ue for us, ue in urls):
            continue
        if not _is_boundary(text, ls, le, sent, ts, te):
            continue
        j = te
        while j < le:
            ch = text[j]
            if ch in _CLOSERS or ch in _TERMINATORS or (ch == '"' and text.count('"', sent, j) % 2 == 1):
                j += 1
            else:
                break
        _emit(text, sent, j, out)
        sent = j
    if out and out[-1][0] >= ls and not _ALNUM_RE.search(text, sent, le):
        _emit(text, out.pop()[0], le, out)  # trailing punctuation joins the line's last sentence
    else:
        _emit(text, sent, le, out)


def _is_boundary(text: str, ls: int, le: int, sent: int, ts: int, te: int) -> bool:
    """Whether the terminator run ``text[ts:te]`` ends the sentence that began at ``sent``."""
    if not _ALNUM_RE.search(text, sent, ts):
        return False  # nothing but punctuation so far
    prev = text[ts - 1]
    if prev in _OPENERS or (prev == '"' and text.count('"', sent, ts) % 2 == 1):
        return False  # «... / (...) / "...
    run = text[ts:te]
    if "!" in run or "?" in run or "؟" in run:
        return True
    if len(run) > 1 or run == "…":
        return False  # an ellipsis
    nxt = text[te] if te < le else ""
    if prev.isdigit() and nxt.isdigit():
        return False  # 3.5 / 20.05.2019
    lo = max(ls, ts - 40)
    wm = _WORD_START_BEFORE_RE.search(text, lo, ts) or _WORD_BEFORE_RE.search(text, lo, ts)
    if wm is None:
        return True
    word = normalize(wm.group())
    no_split, after_number = _abbreviations()
    digits, rest = _LEADING_DIGITS_RE.match(word).groups()  # type: ignore[union-attr]
    if rest in after_number and (digits or _NUMBER_BEFORE_RE.search(text, max(ls, wm.start() - 30), wm.start())):
        return True  # 2019 م. / 300 ق.م.
    if word in no_split or _INITIALISM_RE.fullmatch(word):
        return False
    if _spelled_initial(text, ls, wm, word, nxt):
        return False
    if word.isdigit() and not _ALNUM_RE.search(text, sent, wm.start()):
        return False  # "1." list number at the start of a line
    if nxt and not nxt.isspace():
        return _glued_boundary(text, le, prev, nxt, word, te)
    return True


def _glued_boundary(text: str, le: int, prev: str, nxt: str, word: str, te: int) -> bool:
    """A full stop with no space after it: a boundary only between Arabic words (``الهجوم.وقال``)."""
    if nxt in _CLOSERS or nxt in _OPENERS or nxt == '"':
        return True
    if prev in _CLOSERS:
        return bool(_ARABIC_LETTER_RE.match(nxt))
    if not (_ARABIC_LETTER_RE.match(prev) and _ARABIC_LETTER_RE.match(nxt)):
        return False  # t.co, ان.بي.سي-like acronyms with Latin, numbers
    after = _LETTERS_AFTER_RE.match(text, te, le)
    if after is None or len(word) < 3 or after.end() - te < 3:
        return False
    return not (after.end() < le and text[after.end()] == ".")  # ان.بي.سي: a dotted acronym
