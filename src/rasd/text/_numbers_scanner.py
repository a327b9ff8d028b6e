"""The scanner of :mod:`rasd.text.numbers` (split from it in round 13, helper dc7, for module size; the code moved
unchanged): the tokenizer of a normalized text, the expression being read (:class:`_Expr`, :class:`_Seg`) and
:class:`_Scanner`, which reads number expressions, vague amounts, ranges and hedges token by token. The public API
(:func:`~rasd.text.numbers.find_numbers` …) stays in :mod:`rasd.text.numbers`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from itertools import accumulate, compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text._letters import beyond_bmp, bmp_pattern
from rasd.text._numbers_lexicon import (
    _ADJACENT_ONLY,
    _CLITIC_ONLY,
    _DASHES,
    _T,
    _Lex,
    _Lexicon,
    _Phrases,
    _Vague,
    _Word,
)
from rasd.text.matcher import _analyze
from rasd.text.normalize import NormalizedView
from rasd.text.segment import find_urls

if TYPE_CHECKING:
    from rasd.text.numbers import Approx

# ---------------------------------------------------------------------------------------------------------------
# What a whole text holds (round 37, sp2): the time and quantities stages read the same normalized view of a document
# (``cached_view``'s), and each asked again whether it holds a character beyond the BMP (four scans of the text) and
# where its URLs are (two); the last text asked about is kept with the answers (a reference, so its identity is its)

_LAST_BMP: list[Any] = [None, True]
_LAST_URLS: list[Any] = [None, ()]


def bmp_only(text: str) -> bool:
    """``not beyond_bmp(text)``, kept for the last text asked about."""
    if _LAST_BMP[0] is not text:
        _LAST_BMP[:] = [text, not beyond_bmp(text)]
    return bool(_LAST_BMP[1])


def urls_in(text: str) -> tuple[tuple[int, int], ...]:
    """``find_urls(text)`` as a tuple, kept for the last text asked about."""
    if _LAST_URLS[0] is not text:
        _LAST_URLS[:] = [text, tuple(find_urls(text))]
    return tuple(_LAST_URLS[1])


# ---------------------------------------------------------------------------------------------------------------
# Tokens

_DIG, _WORD, _PUNCT = 0, 1, 2
_TOKEN_RE = re.compile(
    r"(?P<d>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"  # 1,500  1,500,000.5
    r"|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9])"  # 1.500  1.500.000,5
    r"|[0-9]+(?:\.[0-9]+)?)"  # 450  2.5
    r"|(?P<w>[^\W\d_]+)"
    r"|(?P<p>\S)"
)
#: Dates and clock times written in digits, whose numbers are no counts. Every alternative starts with a digit, written
#: once in front of them all so that the regex engine skips the text to the next digit in C instead of trying the
#: alternatives at every character (10x faster over a news text; the same matches): ``(?<![0-9][0-9])`` after the
#: first digit is ``(?<![0-9])`` before it, and ``[0-9]{0,3}`` after it is ``[0-9]{1,4}`` with it (tried in the same
#: order).
_DATE_RE = re.compile(
    r"[0-9](?:"
    r"(?<![0-9][0-9])[0-9]{0,3} ?([/\-.]) ?[0-9]{1,2} ?\1 ?[0-9]{1,4}(?![0-9])"  # 20/5/2019, 2019-05-20, 3 / 6 / 2012
    r"|(?<![0-9][0-9])[0-9]?:[0-9]{2}(?![0-9])"  # 10:30
    r"|(?<=الساعه [0-9])[0-9]?[,.][0-9]{2}(?![0-9])"  # الساعة 14,30
    r")"
)


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and there are many tokens
class _Tok:
    start: int
    end: int
    text: str
    kind: int


#: :data:`_TOKEN_RE` as one capturing group, for ``re.split``: [gap, token, gap, token, …, gap] in one C-level pass
#: with no match objects (the gaps are whitespace: every other character is some token's)
#: (round 29, sq1) behind ``(?=\S)``: no token starts at a space, and the one look-ahead turns a space down at once
#: where the three alternatives (the first with its own three) would each be entered and fail: the same parts
_TOKEN_SPLIT_RE = re.compile(r"(?=\S)(" + re.sub(r"\(\?P<[dwp]>", "(?:", _TOKEN_RE.pattern) + ")")
#: and with its letters spelled out (``rasd.text._letters``), for a text with no character beyond the BMP
_TOKEN_SPLIT_BMP_RE = re.compile(bmp_pattern(_TOKEN_SPLIT_RE.pattern))
_LETTER_RE = re.compile(r"[^\W\d_]")
#: A token's kind is its first character's: an ASCII digit starts only the ``d`` alternatives, a letter only ``w``
#: (tried before ``p``), anything else is a one-character ``p`` (a non-ASCII digit included). Filled as seen.
_KIND_OF_FIRST: dict[str, int] = {}


def _kind_of_first(ch: str) -> int:
    kind = _DIG if ch in "0123456789" else _WORD if _LETTER_RE.match(ch) else _PUNCT
    if len(_KIND_OF_FIRST) < 10_000:
        _KIND_OF_FIRST[ch] = kind
    return kind


def _tokenize(text: str, offset: int = 0, *, bmp: bool | None = None) -> list[_Tok]:
    """The tokens of ``text``, their offsets moved by ``offset`` (``text`` is then a slice of a longer text that
    starts there); ``bmp``: whether ``text`` has no character beyond the BMP (None: look)."""
    # one re.split, the offsets by accumulating the parts' lengths and the kinds by the first character, then one
    # map builds the tokens: ~25% faster than gathering the fields from match objects (docs/measurements.md,
    # round 18), which was ~20% faster than a comprehension that unpacks each match (round 10)
    if bmp is None:
        bmp = not beyond_bmp(text)
    parts = (_TOKEN_SPLIT_BMP_RE if bmp else _TOKEN_SPLIT_RE).split(text)
    texts = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=offset))  # [offset, start 0, end 0, start 1, end 1, …]
    cached = list(map(_KIND_OF_FIRST.get, map(itemgetter(0), texts)))
    kinds = cast(list[int], cached)
    if None in cached:
        kinds = [k if k is not None else _kind_of_first(t[0]) for k, t in zip(cached, texts, strict=True)]
    return list(map(_Tok, bounds[1::2], bounds[2::2], texts, kinds))


# ---------------------------------------------------------------------------------------------------------------
# Windows (round 27, sp7): the scanner reads only the stretches of a long text around the words a number can be
# built on, with the same matches as over the whole text.
#
# Why the result is the same. Call a token *numeric* when it is digits, a word the lexicon reads as a number
# (``analyse`` is not None), the first word of a vague phrase (عدد من) or a word that starts with واحد (the
# وأحد reading). (1) Every expression the scan builds holds a numeric token at most one token after its first
# token (a digit atom may follow a lone proclitic: ب 450), and the scan only starts at a numeric token or at a
# hedge (≤ 4 words), then a range opener (≤ 2 words), then a bracket or a lone proclitic: at most 7 tokens before
# a numeric one. (2) Looking back from an expression's first token reads at most 6 tokens (``_change_before``;
# ``excluded``: a bracket, the year's month up to 5 back). (3) Looking ahead, every step past a token is gated by
# ``joined`` (no line break, ≤ 3 characters between), and an expression ends at most 3 tokens after its last
# numeric token (a three-word vague phrase), its trailing hedge at most 5 tokens after that (two words, then a
# phrase of up to 3); nothing reads further ahead than 8 tokens past a numeric token. So a window from
# ``_BACK`` words before the first numeric token of a cluster to ``_AHEAD`` words after its last one holds every
# token the scan reads for it, windows further apart than that are independent, and the tokens between them
# start nothing. The windows are cut at word boundaries (a word starts and ends a token of the scanner's own
# tokenizer, so a window's tokens are the whole text's tokens in it) and the scan runs over their tokens in one
# list: across the junction of two windows ``joined`` is false (the words between them lie there), as it is
# across the words left out in the whole text. tests/test_text_numbers_round27_windows.py checks the matches
# against the whole-text scan on generated texts and on the bundled examples.
_BACK = 10  # ≥ 7 (see above), with a margin
_AHEAD = 12  # ≥ 8
#: Below this many characters a text is scanned whole (its windows would cost about what they save; and a short
#: text's word analysis is not in the matchers' memo, which should keep the documents' texts).
_WINDOWED_FROM = 600
_LAST3 = itemgetter(slice(-3, None))


def windows(view: NormalizedView, lex: _Lexicon) -> list[tuple[int, int]] | None:
    """The stretches ``[start, end)`` of ``view.text`` that the scan has to read, in order and apart, or None when
    the whole text is to be read (a short text, or one with a URL, whose words the matchers' analysis blanks)."""
    text = view.text
    if len(text) < _WINDOWED_FROM or urls_in(text):
        return None
    an = _analyze(view)  # the lexicon matchers' words of the text (letter runs and digit runs), memoized
    words, types = an.words, an.types
    analyse = lex.analyse
    listed = list(types)
    # only a word ending in an entry's last three letters, or an entry itself, can read as a number (see
    # ``_Lexicon.tails``): the others are left out in C before ``analyse`` is asked
    maybe = [*compress(listed, map(lex.tails.__contains__, map(_LAST3, listed))), *types.intersection(lex.words)]
    numeric = {w for w in maybe if analyse(w) is not None}
    numeric.update(filter(str.isdecimal, listed))
    numeric.update(types.intersection(lex.quant_phrases.index))
    if "واحد" in text:
        numeric.update(w for w in types if w.startswith("واحد"))
    if not numeric:
        return []
    n = len(words)
    starts, ends = an.starts, an.ends
    out: list[tuple[int, int]] = []
    lo = hi = -1
    for k in compress(range(n), map(numeric.__contains__, words)):
        a, b = k - _BACK, k + _AHEAD
        if a <= hi + 1:
            hi = b
            continue
        if hi >= 0:
            out.append((lo, hi))
        lo, hi = a, b
    out.append((lo, hi))
    return [(starts[a] if a > 0 else 0, ends[b] if b < n - 1 else len(text)) for a, b in out]


@dataclass(slots=True)
class _Expr:
    i0: int  # first token index
    i1: int  # token index after the expression
    nstart: int  # view offsets of the number alone
    nend: int
    value: float
    lo: float | None
    hi: float | None
    kind: str
    scale: float = 0.0  # the last scale word applied (for ranges: بين 300 و400 ألف)
    int_digits: int = 0  # number of digits when the expression is one plain integer token
    is_range: bool = False


@dataclass(slots=True)
class _Seg:
    """State of the exact-number parser."""

    total: float = 0.0
    seg: float | None = None
    stage: str = ""  # "", "H" hundred, "U" unit<10, "HU", "C" closed, "S" after a scale, "F" fraction added
    unit: float = 0.0
    last_scale: float = math.inf
    digits: bool = False
    words: bool = False
    started: bool = False


def _word_set(name: str) -> frozenset[str]:
    """A word set of ``numbers.yaml`` that the scanner compares with normalized words (written normalized there)."""
    try:
        return frozenset(str(w) for w in load_yaml("ar/numbers.yaml")[name])
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"resource 'ar/numbers.yaml' lacks {name} ({exc!r}); reinstall rasd") from exc


#: Prepositions, particles and day words that end a noun phrase after a count, normalized (not علي: the quantities
#: stage reads على folded into the name Ali as part of a name; see :data:`_NOT_CONSTRUCT`).
PHRASE_ENDS = _word_set("phrase_ends")
#: Words that cannot be the second noun of a construct dual (prepositions, particles, time words), normalized.
_NOT_CONSTRUCT = PHRASE_ENDS | _word_set("not_construct")


class _Scanner:
    def __init__(self, view: NormalizedView, lex: _Lexicon, spans: list[tuple[int, int]] | None = None) -> None:
        """``spans``: the stretches of the text to read (:func:`windows`); None reads it whole."""
        self.view = view
        self.text = view.text
        self.lex = lex
        if spans is None:
            self.toks = _tokenize(view.text)
        else:
            self.toks = []
            bmp = bmp_only(self.text)
            for a, b in spans:
                self.toks += _tokenize(self.text[a:b], a, bmp=bmp)
        self.blocked = [False] * len(self.toks)
        spans = [m.span() for m in _DATE_RE.finditer(view.text)]
        if spans:
            # tokens and date spans are both in text order and never overlap among themselves: one walk over both
            j, n_spans = 0, len(spans)
            for k, t in enumerate(self.toks):
                while j < n_spans and spans[j][1] <= t.start:
                    j += 1
                if j == n_spans:
                    break
                self.blocked[k] = spans[j][0] < t.end
        self.words: list[_Word | None] = [lex.analyse(t.text) if t.kind == _WORD else None for t in self.toks]
        for k, t in enumerate(self.toks if "واحد" in view.text else ()):
            # وأحد / وإحدى ("and one of") fold to واحد ("one"): the hamza in the source tells them apart
            if t.text.startswith("واحد") and view.source[view.offsets[t.start + 1]] in "أإ":
                stem = lex.words.get(t.text[1:])  # و + أحد: a number only in a teen (وأحد عشر)
                self.words[k] = _Word(stem, 1, False, True) if stem is not None else None

    # -- helpers -----------------------------------------------------------------------------------------------

    def joined(self, a: int, b: int, *, gap: int = 3) -> bool:
        """Tokens a and b (a < b) follow each other on one line with at most ``gap`` characters between."""
        s, e = self.toks[a].end, self.toks[b].start
        return e - s <= gap and "\n" not in self.text[s:e]

    def construct_dual(self, i: int) -> bool:
        """Whether the dual noun at token i counts two: a full dual (ضابطان، ضابطين) always; a construct dual
        (ضابطا، رجلي) only before the noun it is in construct with (ضابطا شرطة، رجلي أمن), since without it the
        same letters are an accusative singular (قتل مسلحون ضابطًا، يقتل ضابطًا ومجندًا)."""
        if self.toks[i].text.endswith(("ان", "ين")):
            return True
        j = i + 1
        if j >= len(self.toks) or self.toks[j].kind != _WORD or not self.joined(i, j, gap=1):
            return False
        nxt = self.toks[j].text
        return not nxt.startswith("و") and nxt not in _NOT_CONSTRUCT

    def match_phrase(self, i: int, table: _Phrases[_T]) -> tuple[int, _T, int] | None:
        """The longest phrase of ``table`` starting at token i: (token after it, its value, proclitic length)."""
        if i >= len(self.toks):
            return None
        entries = table.index.get(self.toks[i].text)
        if entries is None:
            return None
        for phrase, value, plen in entries:
            if self._continues(i, phrase):
                return i + len(phrase), value, plen
        return None

    def _continues(self, i: int, phrase: tuple[str, ...]) -> bool:
        if i + len(phrase) > len(self.toks):
            return False
        for k in range(1, len(phrase)):
            if self.toks[i + k].text != phrase[k] or not self.joined(i + k - 1, i + k):
                return False
        return True

    def digits_value(self, k: int) -> float:
        """Value of the digit token k (see the module docstring for ``1.500``)."""
        text = self.toks[k].text
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):  # 1.500,5
                return float(text.replace(".", "").replace(",", "."))
            return float(text.replace(",", ""))
        if "," in text:
            return float(text.replace(",", ""))
        if "." in text:
            head, _, tail = text.partition(".")
            src = self.view.source[self.view.offsets[self.toks[k].start + len(head)]]
            thousands = text.count(".") > 1 or (
                len(tail) == 3 and head != "0" and src != "٫" and not self.scale_follows(k)
            )
            return float(text.replace(".", "")) if thousands else float(text)
        return float(text)

    def _split_decimal(self, k: int) -> bool:
        """Digits, a decimal mark and digits written as three glued tokens: ``2,5 مليون`` (a comma, only before
        a scale word) and ``4ر19`` (ر, the decimal mark of some Arabic agencies' typesetting)."""
        toks = self.toks
        if k + 2 >= len(toks) or not toks[k].text.isdigit() or toks[k + 1].text not in (",", "ر"):
            return False
        frac = toks[k + 2]
        glued = toks[k + 1].start == toks[k].end and frac.start == toks[k + 1].end and frac.text.isdigit()
        if not glued:
            return False
        return toks[k + 1].text == "ر" or (len(frac.text) <= 2 and self.scale_follows(k + 2))

    def scale_follows(self, k: int) -> bool:
        if k + 1 >= len(self.toks) or not self.joined(k, k + 1):
            return False
        w = self.words[k + 1]
        return w is not None and w.prefix == 0 and w.lex.scale is not None

    # -- exact numbers -----------------------------------------------------------------------------------------

    def parse_exact(self, i: int) -> _Expr | None:
        """Digits and number words from token i (the first may carry proclitics), or None."""
        st = _Seg()
        toks, n = self.toks, len(self.toks)
        j = i
        nstart = -1
        nend = -1
        first_k = -1
        while j < n:
            saved = replace(st) if st.stage == "S" else None
            step = self._step(st, j)
            if step is None:
                break
            k_start, j_next, atom_start = step
            if saved is not None and st.stage != "F" and self._scale_at_least(j_next, saved.last_scale):
                st = saved  # "100 مليار و150 مليار" is a range, not 100000000150
                break
            if nstart < 0:
                nstart = atom_start
                first_k = k_start
            nend = toks[j_next - 1].end
            j = j_next
        if not st.started:
            return None
        value = st.total + (st.seg or 0.0)
        kind = "mixed" if st.digits and st.words else "digits" if st.digits else "words"
        int_digits = 0
        if kind == "digits" and j - first_k == 1 and toks[first_k].text.isdigit():
            int_digits = len(toks[first_k].text)
        return _Expr(i, j, nstart, nend, value, value, value, kind, _last_scale(st), int_digits)

    def _step(self, st: _Seg, j: int) -> tuple[int, int, int] | None:
        """Consume one atom at token j if the grammar allows it: (atom token, next token, span start)."""
        toks, n = self.toks, len(self.toks)
        tok = toks[j]
        first = not st.started
        if not first and not self.joined(j - 1, j):
            return None
        conj = False
        k = j
        # a proclitic written apart from digits: بـ450، الـ 500، و200
        if tok.kind == _WORD and tok.text in _CLITIC_ONLY and j + 1 < n and toks[j + 1].kind == _DIG:
            if toks[j + 1].start - tok.end > 1 or "\n" in self.text[tok.end : toks[j + 1].start]:
                return None
            if not first and tok.text != "و":
                return None
            start = tok.end - 2 if tok.text.endswith("ال") else toks[j + 1].start
            return self._digits_atom(st, j + 1, conj=tok.text == "و", start=start)
        if tok.kind == _WORD and tok.text == "و" and not first and j + 1 < n and self.joined(j, j + 1, gap=1):
            conj, k = True, j + 1
            tok = toks[k]
            if tok.kind == _WORD and (w := self.words[k]) is not None and w.prefix:
                return None
        if tok.kind == _DIG:
            return self._digits_atom(st, k, conj=conj, start=tok.start)
        if tok.kind != _WORD:
            return None
        w = self.words[k]
        if w is None:
            return None
        if not first and k == j and w.prefix:
            if w.prefix == 1 and w.conj:
                conj = True  # وخمسون
            elif not (w.article and w.prefix == 2 and st.stage == "F"):
                return None  # only مليون ونصف المليون repeats a scale with the article
        start = tok.start + w.prefix - (2 if w.article and self.toks[k].text[: w.prefix].endswith("ال") else 0)
        # two-token atoms: أحد عشر (teen) and نصف مليون (fraction of a scale)
        if w.lex.teen_unit is not None and w.lex.unit is None:
            if k + 1 < n and toks[k + 1].text in self.lex.teen_tens and self.joined(k, k + 1, gap=1):
                if not self._add_word(st, _Lex(unit=w.lex.teen_unit + 10.0), conj=conj, closed=True):
                    return None
                return k, k + 2, start
            return None
        if w.lex.fraction is not None and first:
            nxt = self.words[k + 1] if k + 1 < n else None
            if nxt and nxt.prefix == 0 and nxt.lex.scale and nxt.lex.scale_form == "singular" and self.joined(k, k + 1):
                st.total, st.last_scale = w.lex.fraction * nxt.lex.scale, nxt.lex.scale
                st.stage, st.started, st.words = "S", True, True
                return k, k + 2, start
            return None
        if first and w.article and (w.lex.hundred == 100.0 or (w.lex.scale and w.lex.scale_form != "plural")):
            return None  # في المئة، الألف: "the hundred", not a count
        if not self._add_word(st, w.lex, conj=conj, article=w.article and not first):
            return None
        return k, k + 1, start

    def _digits_atom(self, st: _Seg, k: int, *, conj: bool, start: int) -> tuple[int, int, int] | None:
        if self.blocked[k]:
            return None
        if not st.started and self._split_decimal(k):
            st.seg = float(f"{self.toks[k].text}.{self.toks[k + 2].text}")
            st.stage, st.started, st.digits = "C", True, True
            return k, k + 3, start
        if not self._add_digits(st, k, conj=conj):
            return None
        return k, k + 1, start

    def _scale_at_least(self, k: int, scale: float) -> bool:
        """Token k is a scale word not smaller than ``scale``."""
        if k >= len(self.toks) or not self.joined(k - 1, k):
            return False
        w = self.words[k]
        return w is not None and w.prefix == 0 and w.lex.scale is not None and w.lex.scale >= scale

    def _add_digits(self, st: _Seg, k: int, *, conj: bool) -> bool:
        v = self.digits_value(k)
        if st.started and not (conj and st.seg is None and st.stage == "S"):
            return False
        st.seg, st.stage, st.started, st.digits = v, "C", True, True
        return True

    def _add_word(self, st: _Seg, lex: _Lex, *, conj: bool, closed: bool = False, article: bool = False) -> bool:
        if article and not (lex.scale and st.stage == "F"):
            return False
        if lex.scale is not None and not conj:
            return self._add_scale(st, lex)
        if lex.fraction is not None:
            if conj and st.stage == "S" and math.isfinite(st.last_scale):
                st.total += lex.fraction * st.last_scale
                st.stage, st.words = "F", True
                return True
            return False
        if lex.teen_ten and not conj and st.stage in ("U", "HU") and 1 <= st.unit <= 9:
            assert st.seg is not None
            st.seg += 10.0
            st.stage = "C"
            return True
        if lex.hundred_word and not conj and st.stage == "U" and 1 <= st.unit <= 9:
            st.seg = st.unit * 100.0
            st.stage = "H"
            return True
        new_seg = not st.started or (conj and st.stage == "S")
        if lex.unit is not None:
            if new_seg:
                st.seg, st.unit = lex.unit, lex.unit
                st.stage = "C" if closed or lex.unit >= 10 else "U"
            elif conj and st.stage == "H":
                assert st.seg is not None
                st.seg += lex.unit
                st.unit = lex.unit
                st.stage = "C" if closed or lex.unit >= 10 else "HU"
            else:
                return False
        elif lex.ten is not None:
            if new_seg:
                st.seg = lex.ten
            elif conj and st.stage in ("H", "U", "HU"):
                assert st.seg is not None
                st.seg += lex.ten
            else:
                return False
            st.stage = "C"
        elif lex.hundred is not None:
            if not new_seg:
                return False
            st.seg, st.stage = lex.hundred, "H"
        else:
            return False
        st.started = st.words = True
        return True

    def _add_scale(self, st: _Seg, lex: _Lex) -> bool:
        assert lex.scale is not None
        if st.stage == "F":  # مليون ونصف المليون: the repeated scale word closes the phrase
            return lex.scale == st.last_scale and lex.scale_form == "singular"
        if not st.started:
            if lex.scale_form == "plural":
                return False  # آلاف alone is a vague amount
            st.seg = 2.0 if lex.scale_form == "dual" else 1.0
        elif st.seg is None or lex.scale_form == "dual" or lex.scale >= st.last_scale:
            return False
        assert st.seg is not None
        st.total = round(st.total + st.seg * lex.scale, 6)  # 4.19 × 10⁶ is 4190000, not 4190000.0000000005
        # after a decimal (2.5 مليون) nothing more is added: "2.5 مليون و3" is two numbers
        st.stage = "S" if st.seg == int(st.seg) else "C"
        st.seg, st.last_scale = None, lex.scale
        st.started = st.words = True
        return True

    # -- vague amounts and dual nouns --------------------------------------------------------------------------

    def parse_vague(self, i: int) -> _Expr | None:
        """عشرات، مئات الآلاف، بضعة آلاف، عدد من، شخصان … from token i, or None."""
        toks, n = self.toks, len(self.toks)
        hit = self.match_phrase(i, self.lex.quant_phrases)
        if hit is not None:
            j, q, plen = hit
            return _Expr(i, j, toks[i].start + plen, toks[j - 1].end, q.value, q.min, q.max, "vague")
        w = self.words[i]
        if w is None:
            return None
        start = toks[i].start + w.prefix - (2 if w.article and toks[i].text[: w.prefix].endswith("ال") else 0)
        if w.lex.dual and not w.article:
            if not self.construct_dual(i):
                return None  # "يقتل ضابطًا ومجندًا": an accusative singular written like the construct dual
            return _Expr(i, i + 1, start, toks[i].end, 2.0, 2.0, 2.0, "words")
        found = w.lex.vague or w.lex.quant
        if found is None:
            return None
        spec: _Vague = found
        nxt = self.words[i + 1] if i + 1 < n and self.joined(i, i + 1, gap=1) else None
        if w.lex.quant is not None and spec.max is not None and nxt is not None and not nxt.prefix and nxt.lex.teen_ten:
            top = spec.max + 10  # بضعة عشر: thirteen to nineteen
            return _Expr(i, i + 2, start, toks[i + 1].end, spec.value + 10, spec.min + 10, top, "vague")
        if nxt is not None and (nxt.prefix == 0 or (nxt.article and nxt.prefix == 2)):
            mag: float | None = None
            if nxt.lex.scale and nxt.lex.scale_form == "plural":
                mag = nxt.lex.scale
            elif nxt.lex.vague is not None and w.lex.quant is not None:
                mag = nxt.lex.vague.min
            if mag is not None and not (w.lex.vague is not None and w.lex.vague.before_scale >= mag):
                base = spec.before_scale if w.lex.vague is not None else spec.value
                hi = None if spec.max is None else (spec.max + 1) * mag - 1 if w.lex.vague else spec.max * mag
                return _Expr(i, i + 2, start, toks[i + 1].end, base * mag, spec.min * mag, hi, "vague")
        if w.lex.vague is None and w.lex.quant is not None and w.article:
            return None
        return _Expr(i, i + 1, start, toks[i].end, spec.value, spec.min, spec.max, "vague")

    # -- ranges, hedges, exclusions ----------------------------------------------------------------------------

    def parse_number(self, i: int, *, opener: bool) -> _Expr | None:
        """A number or a range from token i."""
        a = self.parse_exact(i)
        if a is None:
            return self.parse_vague(i)
        b = self._range_end(a, opener=opener)
        return b or a

    def _range_end(self, a: _Expr, *, opener: bool) -> _Expr | None:
        toks, n = self.toks, len(self.toks)
        j = a.i1
        if j >= n or not self.joined(j - 1, j):
            return None
        t = toks[j]
        b_at = j + 1
        if t.kind == _PUNCT and t.text in _DASHES:
            if a.kind != "digits" or b_at >= n or toks[b_at].kind != _DIG or not self.joined(j, b_at, gap=1):
                return None
        elif t.kind == _WORD and t.text in self.lex.range_joiners:
            if t.text == "و" and not opener:
                return None
            if t.text != "و" and not opener and self._change_before(a.i0):
                return None
        elif t.kind == _WORD and opener and t.text.startswith("و") and (self.words[j] or toks[j].text == "و"):
            b_at = j  # و glued to the second number: بين 10 و15، بين عشرة وخمسة عشر
        else:
            return None
        if b_at >= n or (b_at != j and not self.joined(j, b_at)):
            return None
        b = self.parse_exact(b_at)
        if b is None:
            return None
        lo = a.value
        if b.scale and not a.scale and lo * b.scale <= b.value:
            lo *= b.scale  # بين 300 و400 ألف
        if not lo < b.value:
            return None
        kind = a.kind if a.kind == b.kind else "mixed"
        return _Expr(a.i0, b.i1, a.nstart, b.nend, lo, lo, b.value, kind, b.scale, 0, True)

    def _change_before(self, i: int) -> bool:
        """Whether the number at token i follows من and a verb of change (ارتفع من 10 إلى 15: not a range)."""
        if i == 0 or self.toks[i - 1].text != "من":
            return False
        return any(self.toks[k].text in self.lex.change_words for k in range(max(0, i - 6), i - 1))

    def excluded(self, e: _Expr) -> bool:
        """A date, a year, a clock time, or digits glued to Latin letters (S-400): not a quantity."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        if any(self.blocked[e.i0 : e.i1]):
            return True
        prev = e.i0 - 1
        if prev >= 1 and toks[prev].text in _BRACKETS:
            prev -= 1  # عيار (120): the word before the brackets decides
        nxt = e.i1
        prev_w = toks[prev].text if prev >= 0 and self.joined(prev, e.i0, gap=2) else ""
        next_w = toks[nxt].text if nxt < n and self.joined(e.i1 - 1, nxt, gap=2) else ""
        if prev_w and (lex.stem(prev_w, lex.time_before) or lex.stem(prev_w, lex.id_words)):
            return True
        if next_w in lex.time_after and e.value <= 24:
            return True
        if e.kind == "digits":
            first = toks[e.i0] if toks[e.i0].kind == _DIG else toks[e.i0 + 1]
            before = self.text[max(0, first.start - 2) : first.start]
            # identifiers and links: S-400، إف-16، F16، noonpost.com/27838، #123، phone numbers 0933…
            if _ID_BEFORE.search(before) or _ID_AFTER.match(self.text, e.nend):
                return True
            if len(first.text) >= 3 and first.text[0] == "0" and first.text.isdigit():
                return True
        if e.is_range:
            return e.kind == "digits" and _is_year(e.value) and e.hi is not None and _is_year(e.hi)
        if e.int_digits == 4 and _is_year(e.value):
            back = prev  # skip "19 ," of "May 19, 2019" and the "/" of "مايو/أيار 2019"
            while (
                back >= 0
                and e.i0 - back <= 4
                and (
                    toks[back].text in {",", "/", "-", "(", ")"}
                    or (len(toks[back].text) <= 2 and toks[back].kind == _DIG)
                )
            ):
                back -= 1
            if back >= 0 and e.i0 - back <= 5:
                bw = toks[back].text
                if bw in lex.month_last or lex.stem(bw, lex.year_words):
                    return True
        if e.int_digits in (1, 2) and prev_w in lex.month_latin:
            return True  # May 19
        if e.int_digits == 4 and 1000 <= e.value <= 2100 and next_w in lex.year_suffixes:
            return True
        if e.kind in ("digits", "words") and e.value == int(e.value) and 1 <= e.value <= 31 and e.scale == 0:
            k = nxt
            if k < n and toks[k].text in {"من", "/"} and self.joined(k - 1, k):
                k += 1
            if k < n and self.joined(k - 1, k) and toks[k].text in lex.month_first:
                return True
        if e.kind == "words" and prev >= 0:
            w = self.words[e.i0]
            pw = self.words[prev]
            if w is not None and pw is not None and pw.lex.ordinal is not None and (w.article or w.lex.teen_ten):
                return True  # الحادي عشر، الخامس والعشرين
        return False

    def bracketed(self, i: int) -> int | None:
        """When token i opens brackets or quotes around digits alone (``(14)``، ``«7»``): the closing token."""
        toks, n = self.toks, len(self.toks)
        if i + 2 >= n or toks[i].kind != _PUNCT or toks[i + 1].kind != _DIG:
            return None
        close = _BRACKETS.get(toks[i].text)
        if close is None or not self.joined(i, i + 1, gap=1):
            return None
        k = i + 2
        while k < n and toks[k].kind == _DIG and self.joined(k - 1, k, gap=0):
            k += 1  # "1,500" is one token; a glued decimal part is not
        if k < n and toks[k].text in close and self.joined(k - 1, k, gap=1):
            return k
        return None

    def hedge_before(self, i: int) -> tuple[int, Approx, int] | None:
        """A hedge written before a number at token i: (token after it, approx, proclitic length)."""
        hit = self.match_phrase(i, self.lex.hedges_before)
        if hit is not None and hit[0] < len(self.toks) and self.joined(hit[0] - 1, hit[0]):
            return hit
        return None

    def opener(self, i: int) -> tuple[int, int] | None:
        """A range opener (بين) at token i: (token after it, proclitic length)."""
        hit = self.match_phrase(i, self.lex.range_openers)
        if hit is not None and hit[0] < len(self.toks) and self.joined(hit[0] - 1, hit[0]):
            return hit[0], hit[2]
        return None

    def hedge_after(self, j: int) -> tuple[int, Approx] | None:
        """A hedge at token j or after up to two words (the counted noun): (token after it, approx)."""
        toks, n = self.toks, len(self.toks)
        for gap in range(3):
            k = j + gap
            if k >= n or not self.joined(k - 1, k):
                return None
            hit = self.match_phrase(k, self.lex.hedges_after)
            if hit is not None and not (gap and " ".join(t.text for t in toks[k : hit[0]]) in _ADJACENT_ONLY):
                return hit[0], hit[1]
            t = toks[k]
            if t.kind != _WORD or self.words[k] is not None or t.text in _CLITIC_ONLY:
                return None
        return None


#: Opening marks that may enclose a bare number before its noun, and the marks that close them.
_BRACKETS: dict[str, frozenset[str]] = {
    "(": frozenset(")"),
    "[": frozenset("]"),
    "«": frozenset("»"),
    '"': frozenset('"'),
    "“": frozenset("”"),
    "'": frozenset("'"),
}
_ID_BEFORE = re.compile(r"(?:[a-z]-?|[^\W\d_]-|[/=#@_])$")
_ID_AFTER = re.compile(r"[a-z/]")


def _last_scale(st: _Seg) -> float:
    return st.last_scale if math.isfinite(st.last_scale) else 0.0


def _is_year(v: float) -> bool:
    return v == int(v) and 1900 <= v <= 2099
