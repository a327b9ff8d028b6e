"""Arabic numbers and quantity hedges: the basis of casualty and displacement figures.

:func:`find_numbers` reads every number of a running text together with its hedge and returns spans of the
*source* text. Its steps, in order:

1. Build the normalized view (:func:`rasd.text.normalize.normalize_view`: Arabic-Indic and Persian digits become
   ASCII, ٫ ٬ become . , and letters are folded) and cut it into tokens: digit runs with their separators,
   words, and single punctuation marks.
2. Mark the digits inside dates written with separators (``20/5/2019``, ``2019-05-20``) and clock times
   (``10:30``); those are never quantities.
3. Scan the tokens left to right. At each token try, longest first: a hedge written before the number
   (``أكثر من``، ``ما لا يقل عن``، ``بنحو``) or a range opener (``بين``), then a number expression:

   * digits, with thousands separators and an optional scale word (``1,500``، ``450 ألفًا``، ``2.5 مليون``),
     with proclitics and the article (``بـ450``، ``الـ 500``);
   * number words, compounds with و and scale words (``أربعمائة وخمسون ألفا``، ``ثلاث مئة``، ``خمسة عشر``،
     ``مليون ونصف``);
   * vague amounts (``عشرات``، ``مئات الآلاف``، ``بضعة آلاف``، ``عدد من``) coded with ACLED's convention
     (values in ``resources/ar/numbers.yaml``);
   * dual nouns that count two people (``شخصان``).

4. Join a second number into a range (``بين 10 و15``، ``10 إلى 15``، ``10-15``), then look for a hedge written
   after the number, possibly after the counted noun (``12 مدنيًا على الأقل``، ``9 قتلى حتى اللحظة``).
5. Drop what is obviously a date or a time: a year after ``عام`` or a month name, a day before a month name,
   a number after ``الساعة`` or before ``صباحًا``; then map the spans back to the source text.

Decisions worth knowing:

* ``1.500`` (a dot followed by exactly three digits) is read as 1500, as Arabic newsrooms that use the dot as a
  thousands separator mean it; it is 1.5 when a scale word follows (``1.500 مليون``), when the integer part
  is 0, or when the source wrote the Arabic decimal separator ``٫``. ``1,5`` is 1.5 only before a scale word.
* Coding follows ACLED's "most conservative estimate": ``أكثر من 30`` is value 30 (min 30, approx more_than),
  a range ``بين 10 و15`` is value 10 with min 10, max 15 and approx about (the enum has no "range"), a vague
  amount keeps approx vague unless a hedge says more (``أكثر من عشرات`` is more_than with kind vague).
* Ordinals (``الأولى``، ``الحادي عشر``) are not quantities. Cardinals that are not counts in context
  (``طرف واحد``، ``ثلاثة أيام``) are still returned: deciding what a number counts is the caller's job.
* A span covers the hedge and the number words; a trailing hedge written after the counted noun pulls the noun
  into ``start``/``end`` (``number_start``/``number_end`` always cover the number alone, with the article
  ``الـ`` but without the proclitics و ف ب ل ك).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rasd.errors import ConfigError
from rasd.text._numbers_lexicon import _lexicon
from rasd.text._numbers_scanner import _DATE_RE as _DATE_RE
from rasd.text._numbers_scanner import _PUNCT, _WORD, _Expr, _Scanner, windows
from rasd.text._numbers_scanner import PHRASE_ENDS as PHRASE_ENDS
from rasd.text.normalize import NormalizedView, normalize, normalize_view

__all__ = ["Approx", "NumberMatch", "find_numbers", "parse_number", "parse_number_words", "parse_ordinal_words"]


class Approx(StrEnum):
    """How a figure is hedged in the text."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    VAGUE = "vague"


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in a text, with its hedge.

    Attributes:
        start: Start of the span in the source text, hedge included.
        end: End (exclusive) of the span in the source text, trailing hedge included.
        value: The value to code: the number itself, the lower end of a range, or ACLED's convention for a
            vague amount (``عشرات`` → 12).
        min: The lowest value the text allows, when it says (``أكثر من 30`` → 30; ``عشرات`` → 10).
        max: The highest value the text allows, when it says (``أقل من 10`` → 10; ``بين 10 و15`` → 15).
        approx: The hedge.
        number_start: Start of the number alone (no hedge, no proclitic) in the source text.
        number_end: End of the number alone in the source text.
        kind: ``"digits"``, ``"words"``, ``"mixed"`` (digits and a scale word) or ``"vague"``.
    """

    start: int
    end: int
    value: float | None
    min: float | None
    max: float | None
    approx: Approx
    number_start: int
    number_end: int
    kind: str


def _code(e: _Expr, approx: Approx | None) -> tuple[float, float | None, float | None, Approx]:
    """value, min, max and approx of an expression under a hedge (see NumberMatch)."""
    vague = e.kind == "vague"
    plain = not vague and not e.is_range
    if approx is None or approx is Approx.EXACT:
        return e.value, e.lo, e.hi, Approx.VAGUE if vague else Approx.ABOUT if e.is_range else Approx.EXACT
    if approx is Approx.ABOUT:
        return (e.value, None, None, approx) if plain else (e.value, e.lo, e.hi, approx)
    if approx in (Approx.AT_LEAST, Approx.MORE_THAN):
        return e.value, e.lo, None, approx
    return e.value, None, e.hi, approx  # LESS_THAN, AT_MOST


# ---------------------------------------------------------------------------------------------------------------
# Public API


def find_numbers(text: str, *, view: NormalizedView | None = None) -> list[NumberMatch]:
    """Find every number of a running Arabic text, with its hedge.

    Args:
        text: The source text (``Document.text`` or any part of it).
        view: Its normalized view when the caller already has one (must be ``normalize_view(text)``).

    Returns:
        Non-overlapping matches in text order; spans are offsets into ``text``.

    Example:
        >>> [(m.value, m.approx.value) for m in find_numbers("قتل ما لا يقل عن 12 مدنيًا")]
        [(12.0, 'at_least')]
    """
    if view is None:
        view = normalize_view(text)
    elif view.source is not text and view.source != text:
        raise ConfigError("find_numbers: `view` must be normalize_view(text) of the same text; pass view=None")
    lex = _lexicon()
    sc = _Scanner(view, lex, windows(view, lex))  # only the stretches around numbers (round 27: the same matches)
    out: list[NumberMatch] = []
    i, n = 0, len(sc.toks)
    starts = sc.lex.starts
    while i < n:
        tok = sc.toks[i]
        if (tok.kind == _PUNCT and sc.bracketed(i) is None) or (
            tok.kind == _WORD and sc.words[i] is None and tok.text not in starts
        ):
            i += 1  # the common case: a word that can start nothing
            continue
        hedge = sc.hedge_before(i)
        at = hedge[0] if hedge else i
        lead = hedge[2] if hedge else 0  # proclitic before the hedge or opener (بنحو، وبين), left out of the span
        closer = sc.bracketed(at)  # "(14) قتيلًا"، «7» قتلى، نحو (14): the number alone inside the marks
        if closer is not None:
            expr = sc.parse_exact(at + 1)
            if expr is None or expr.i1 != closer or sc.excluded(expr):
                i = max(i + 1, expr.i1 if expr is not None else i + 1)
                continue
            value, lo, hi, ap = _code(expr, hedge[1] if hedge else None)
            trailing = sc.hedge_after(closer + 1)
            end_tok = trailing[0] if trailing is not None else closer + 1
            if trailing is not None and hedge is None:
                value, lo, hi, ap = _code(expr, trailing[1])
            vstart = sc.toks[i].start + lead if hedge else sc.toks[at].start
            s, e = view.to_source(vstart, sc.toks[end_tok - 1].end)
            ns, ne = view.to_source(expr.nstart, expr.nend)
            out.append(NumberMatch(s, e, value, lo, hi, ap, ns, ne, expr.kind))
            i = end_tok
            continue
        opener = sc.opener(at)
        expr = None
        if opener is not None:
            expr = sc.parse_number(opener[0], opener=True)
            if expr is not None and not expr.is_range:
                expr = None
            elif expr is not None and hedge is None:
                lead = opener[1]
        if expr is None:
            opener = None
            expr = sc.parse_number(at, opener=False)
        if expr is None and hedge is not None:
            hedge = None
            expr = sc.parse_number(i, opener=False)
        if expr is None:
            i += 1
            continue
        if sc.excluded(expr):
            i = expr.i1
            continue
        end_tok = expr.i1
        approx = hedge[1] if hedge else None
        trailing = sc.hedge_after(expr.i1)
        if trailing is not None:
            end_tok = trailing[0]
            approx = approx or trailing[1]
        value, lo, hi, ap = _code(expr, approx)
        vstart = sc.toks[i].start + lead if (hedge or opener) else expr.nstart
        vend = max(expr.nend, sc.toks[end_tok - 1].end)
        s, e = view.to_source(vstart, vend)
        ns, ne = view.to_source(expr.nstart, expr.nend)
        out.append(NumberMatch(s, e, value, lo, hi, ap, ns, ne, expr.kind))
        i = end_tok
    return out


_LEADING_RE = re.compile(r"\s*[وفبلك]{0,2}ـ?\s*")
_TRAILING_RE = re.compile(r"\s*[%٪.]?\s*")


def parse_number(s: str) -> float | None:
    """Parse a string that is one number (with an optional hedge): the value to code, or None.

    ``"450 ألفًا"`` → 450000, ``"أربعمائة وخمسون ألفا"`` → 450000, ``"1,500"`` → 1500, ``"٣٠٠"`` → 300,
    ``"2.5 مليون"`` → 2500000, ``"الـ 500"`` → 500, ``"عشرات"`` → 12 (ACLED's coding of a vague amount).

    Args:
        s: The string; text other than the number, its hedge and leading proclitics makes the result None.

    Returns:
        The value, or None when ``s`` is not exactly one number.
    """
    if not isinstance(s, str):
        raise ConfigError(f"parse_number expects a str, got {type(s).__name__}; pass the text of the number")
    matches = find_numbers(s)
    if len(matches) != 1:
        return None
    m = matches[0]
    if not _LEADING_RE.fullmatch(s[: m.start]) or not _TRAILING_RE.fullmatch(s[m.end :]):
        return None
    return m.value


def parse_number_words(words: Sequence[str]) -> tuple[float, int] | None:
    """Read an exact number at the start of a word sequence (for dates: ``ثلاثة أيام``، ``قبل خمسة أشهر``).

    Vague amounts (``عدة``، ``عشرات``) are not read: a date must not be anchored on a convention. A dual time
    noun counts two (``يومين`` → 2).

    Args:
        words: Tokens as written (un-normalized is fine), e.g. ``["خمسة", "عشر", "يوما"]``.

    Returns:
        ``(value, number of words consumed)``, or None when the first word does not start a number.
    """
    if not words:
        return None
    joined = " ".join(words)
    view = normalize_view(joined)
    sc = _Scanner(view, _lexicon())
    if not sc.toks:
        return None
    w = sc.words[0]
    if w is not None and (w.lex.dual_time or w.lex.dual) and sc.toks[0].end == view.to_view(len(words[0])):
        return 2.0, 1
    e = sc.parse_exact(0)
    if e is None:
        return None
    end_src = view.offsets[sc.toks[e.i1 - 1].end - 1]
    consumed, pos = 0, 0
    for word in words:
        if pos > end_src:
            break
        consumed += 1
        pos += len(word) + 1
    return e.value, consumed


def parse_ordinal_words(words: Sequence[str]) -> tuple[int, int] | None:
    """Read an ordinal at the start of a word sequence: ``الخامس`` → 5, ``الحادي عشر`` → 11,
    ``الخامس والعشرين`` → 25.

    Args:
        words: Tokens as written.

    Returns:
        ``(ordinal, number of words consumed)``, or None.
    """
    if not words:
        return None
    lex = _lexicon()
    norm = [normalize(w) for w in words]
    first = lex.words.get(norm[0])
    if first is None or first.ordinal is None:
        tens = lex.analyse(norm[0])
        if tens is not None and tens.article and tens.prefix == 2 and tens.lex.ten is not None:
            return int(tens.lex.ten), 1
        return None
    value = first.ordinal
    if len(norm) > 1:
        if norm[1] in lex.teen_tens and value < 10:
            return value + 10, 2
        nxt = lex.analyse(norm[1])
        if nxt is not None and nxt.conj and nxt.article and nxt.lex.ten is not None and value < 10:
            return value + int(nxt.lex.ten), 2
    return value, 1
