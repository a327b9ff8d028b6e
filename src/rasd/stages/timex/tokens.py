"""Tokens of one region of the normalized view, with the helpers every date rule uses.

A region is a stretch of the normalized text around candidate words (see :mod:`rasd.stages.timex.engine`).
Its tokens are runs of letters, runs of digits and single punctuation marks; each word token is analysed once
against the lexicon (proclitics stripped only where an expression starts).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any, cast

from rasd.resources import load_yaml
from rasd.stages.timex.lexicon import TimeLexicon, UnitForm
from rasd.text._letters import bmp_pattern
from rasd.text._numbers_scanner import bmp_only

TOKEN_RE = re.compile(r"[^\W\d_]+|[0-9]+|[^\w\s]")
#: (round 29, sq1) the same behind ``(?=\S)`` (a space is turned down by one look-ahead) and with its letters spelled
#: out (``rasd.text._letters``), for a text with no character beyond the BMP: the same matches
_TOKEN_BMP_RE = re.compile(r"(?=\S)(?:" + bmp_pattern(TOKEN_RE.pattern) + ")")
#: (round 38, sp6) the two as one capturing group for ``re.split`` (:class:`Tokens`): the pattern has no anchor and no
#: look-behind, so the tokens of a slice are the matches of ``finditer`` over the same range
_TOKEN_SPLIT_RE = re.compile("(" + TOKEN_RE.pattern + ")")
_TOKEN_SPLIT_BMP_RE = re.compile(r"(?=\S)(" + bmp_pattern(TOKEN_RE.pattern) + ")")
_PRE, _KEY, _CANDIDATE = itemgetter(0), itemgetter(1), itemgetter(2)


def _token_re(text: str) -> re.Pattern[str]:
    # (the regions of a document are all of one text: bmp_only keeps its answer for the last text; round 37, sp2: the
    # quantities stage asks it of the same view)
    return _TOKEN_BMP_RE if bmp_only(text) else TOKEN_RE


_SENTENCE_END = ".!?\n"
#: how far (characters) the tense cues of a date are looked for before and after it, within its sentence: the
#: verb of a news sentence rarely stands further from its date (200 was the earlier future-marker window)
_CUE_BEFORE = 200
_CUE_AFTER = 120
#: a verb after its date stands right after it (يوم 3 مارس سيعرض الفيلم), in the same clause; further on, a cue
#: belongs to another clause (in a SaudiNewsNet check, cues 9-13 words after the date, past a comma, were all
#: another clause's: الذي عقد …، قبل أن … قصف)
_CUE_AFTER_WORDS = 3
_CLAUSE_END = ",;:"
#: words after a date that open another clause, whose verb is not the date's (قالت مصادر في مارس إن X سيطلق …),
#: or lead to the other end of a range (من يوليو إلى سبتمبر منذ 2008)
#: (``clause_openers`` of ``ar/time.yaml``, written normalized: the normalized text is searched)
_CLAUSE_OPENER_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(str(w) for w in load_yaml("ar/time.yaml")["clause_openers"]) + r")(?![^\W\d_])"
)
#: a cue further before the date than this is another clause's (a SaudiNewsNet check: a future verb 20-30 words
#: before a date ten days old sent it a year ahead); the verb that dates a clause stands within a dozen words
_CUE_BEFORE_WORDS = 15
FUTURE = "future"
PAST = "past"

#: ``ref_at(view_offset)`` → (reference date or None, anchor name "published" | "post").
RefFn = Callable[[int], tuple[dt.date | None, str]]


@dataclass(slots=True)
class Found:
    """A recognised expression over tokens ``[i0, i1)`` of a region.

    Attributes:
        i0, i1: token range; the first token's proclitics are left out of the span unless ``keep_prefix``.
        type: TimeML type (DATE, TIME, DURATION, SET).
        value: TimeML value, or None when it cannot be resolved.
        rel: whether the value depends on the reference date (anchor ``published``/``post``).
        precision: ACLED time precision.
        range: ISO (start, end) days when the expression covers a span of days.
        day: the day, for day-level values (used by clock times and ranges).
        ymd: year, month and day as written (year None when inferred), for ranges that share a year.
        parts: the two ends of a range expression.
    """

    i0: int
    i1: int
    type: str
    value: str | None
    rel: bool = False
    precision: int | None = None
    range: tuple[str, str] | None = None
    day: dt.date | None = None
    ymd: tuple[int | None, int, int | None] | None = None
    parts: list[Found] = field(default_factory=list)
    keep_prefix: bool = False


class Tokens:
    """The tokens of one region and lexicon lookups on them."""

    def __init__(self, lex: TimeLexicon, text: str, start: int, end: int, ref_at: RefFn) -> None:
        self.lex = lex
        self.text = text
        self.ref_at = ref_at
        # (round 38, sp6) the matches of ``_token_re(text).finditer(text, start, end)`` by one ``re.split`` of the
        # range and the offsets by accumulating the parts' lengths, as the quantities stage's tokens; then C-level maps
        split = _TOKEN_SPLIT_BMP_RE.split if bmp_only(text) else _TOKEN_SPLIT_RE.split
        parts = split(text[start:end])  # [gap, token, gap, …, gap]
        bounds = list(accumulate(map(len, parts), initial=start))  # [start, start 0, end 0, start 1, end 1, …]
        self.words = words = parts[1::2]
        self.n = n = len(words)
        self.starts = bounds[1::2][:n]
        self.ends = bounds[2::2]
        got = list(map(lex.info_cache.get, words))  # one dict lookup per token (a tuple is never falsy)
        info = lex.token_info
        analysed = (
            cast(list[tuple[int, str, bool]], got)
            if None not in got
            else [a or info(w) for a, w in zip(got, words, strict=True)]
        )
        self.pre = list(map(_PRE, analysed))
        self.keys = list(map(_KEY, analysed))
        #: tokens where some rule may start: a lexicon word, digits, الـ before digits, or a number word
        self.candidate = list(map(_CANDIDATE, analysed))
        self._numbers: dict[int, tuple[float, int] | None] = {}

    # ------------------------------------------------------------------------------------------------ basics
    def word(self, i: int) -> str:
        """The normalized token ``i`` ("" past the end)."""
        return self.words[i] if 0 <= i < self.n else ""

    def adj(self, a: int, b: int) -> bool:
        """Tokens ``a`` and ``b`` exist and only spaces (no line break) separate them."""
        if a < 0 or b >= self.n:
            return False
        gap = self.text[self.ends[a] : self.starts[b]]
        return "\n" not in gap and len(gap) <= 3

    def glued(self, a: int, b: int) -> bool:
        """Tokens ``a`` and ``b`` touch (no space at all): ``2015م``, ``20/5``."""
        return a >= 0 and b < self.n and self.ends[a] == self.starts[b]

    def next_word(self, k: int) -> str:
        """Token ``k`` when it directly follows token ``k - 1`` on the same line, else ""."""
        return self.words[k] if k < self.n and self.adj(k - 1, k) else ""

    def prev_key(self, i: int) -> str:
        """The lexicon key of the token before ``i`` when adjacent, else ""."""
        return self.keys[i - 1] if i > 0 and self.adj(i - 1, i) else ""

    def kinds(self, i: int, *, clitic: bool = True) -> dict[str, Any]:
        """Single-word kinds of token ``i`` (through its proclitics when ``clitic``)."""
        if i >= self.n:
            return {}
        key = self.keys[i] if clitic else self.words[i]
        return self.lex.single.get(key, {})

    def match(self, i: int, kind: str, *, clitic: bool = False) -> tuple[int, Any] | None:
        """The longest lexicon phrase of ``kind`` starting at token ``i``: (token after it, payload)."""
        if i >= self.n:
            return None
        first = self.keys[i] if clitic else self.words[i]
        for entry in self.lex.by_kind.get((first, kind), ()):
            size = len(entry.words)
            if size == 1:
                return i + 1, entry.value  # (round 40, sp12) a one-word entry: nothing more to compare
            if i + size > self.n:
                continue
            if all(self.words[i + k] == entry.words[k] and self.adj(i + k - 1, i + k) for k in range(1, size)):
                return i + size, entry.value
        return None

    def unit(self, i: int, *, clitic: bool = False) -> UnitForm | None:
        """The time-unit form at token ``i``, if any."""
        value = self.kinds(i, clitic=clitic).get("unit")
        return value if isinstance(value, UnitForm) else None

    def is_digits(self, i: int) -> bool:
        """Token ``i`` is a run of ASCII digits."""
        return 0 <= i < self.n and self.words[i][0] in "0123456789"

    def number(self, i: int) -> tuple[float, int] | None:
        """A number at token ``i`` (digits, ``الـ24``, or number words): (value, token after it)."""
        if i >= self.n:
            return None
        if i in self._numbers:
            return self._numbers[i]
        out: tuple[float, int] | None = None
        w = self.words[i]
        if self.is_digits(i):
            if self.after_decimal_point(i):
                out = None  # the 6 of 34.6
            elif not (self.word(i + 1) in {".", ","} and self.glued(i, i + 1) and self.is_digits(i + 2)):
                out = (float(w), i + 1)
            elif self.word(i + 1) == "." and self.glued(i + 1, i + 2) and not self.after_decimal_point(i + 3):
                out = (float(f"{w}.{self.words[i + 2]}"), i + 3)  # 34.6 ساعة
        elif w == "ال" and self.is_digits(i + 1) and self.adj(i, i + 1):
            out = (float(self.words[i + 1]), i + 2)
        elif w.isalpha() and self.lex.number_start(w):
            span = [w]
            k = i + 1
            while k < self.n and len(span) < 6 and self.words[k].isalpha() and self.adj(k - 1, k):
                span.append(self.words[k])
                k += 1
            from rasd.text.numbers import parse_number_words

            parsed = parse_number_words(span)
            if parsed is not None and parsed[0] > 0:
                out = (parsed[0], i + parsed[1])
        self._numbers[i] = out
        return out

    def after_decimal_point(self, i: int) -> bool:
        """Token ``i`` (digits) follows digits and a point or comma with no space: the 6 of 34.6, the 500 of
        1,500."""
        return (
            i >= 2
            and self.is_digits(i)
            and self.words[i - 1] in {".", ","}
            and self.glued(i - 1, i)
            and self.glued(i - 2, i - 1)
            and self.is_digits(i - 2)
        )

    def after_word_in(self, i: int, words: frozenset[str]) -> bool:
        """The word before token ``i`` (adjacent), with or without its proclitics, is one of ``words``
        (``للأمين`` → ``الامين``، ``لخطب`` → ``خطب``)."""
        if i == 0 or not self.adj(i - 1, i):
            return False
        from rasd.text.matcher import strip_proclitics

        for prefix, stem in strip_proclitics(self.words[i - 1]):
            key = "ال" + stem if prefix.endswith(("ال", "لل")) else stem
            if key in words:
                return True
        return False

    def general_adjective(self, i: int) -> bool:
        """Token ``i`` (العام) follows a noun it qualifies as "general" (الأمين العام، للمدير العام)."""
        return self.after_word_in(i, self.lex.general_nouns)

    def ordinal(self, i: int) -> tuple[int, int] | None:
        """An ordinal at token ``i`` (``الخامس``، ``الحادي والعشرين``): (value, token after it)."""
        if i >= self.n or not self.words[i].isalpha():
            return None
        span = [self.words[i]]
        if self.adj(i, i + 1) and self.words[i + 1].isalpha():
            span.append(self.words[i + 1])
        from rasd.text.numbers import parse_ordinal_words

        parsed = parse_ordinal_words(span)
        if parsed is None:
            return None
        return parsed[0], i + parsed[1]

    # ------------------------------------------------------------------------------------------------ context
    def ref(self, i: int) -> tuple[dt.date | None, str]:
        """Reference date and anchor name for an expression starting at token ``i``."""
        return self.ref_at(self.starts[i] if i < self.n else self.ends[-1])

    def tense(self, i: int, i1: int) -> str | None:
        """The tense of the sentence around tokens ``[i, i1)``: ``"future"``, ``"past"`` or None.

        The cue nearest to the expression decides, counted in words, before it (back to the sentence start, at
        most :data:`_CUE_BEFORE` characters and :data:`_CUE_BEFORE_WORDS` words) or after it (at most
        :data:`_CUE_AFTER_WORDS` words on, before a comma, إن/أن/الذي/إلى … or the sentence end) when there is
        none before it, where the verb of a news sentence stands (a name such as فور سيزنز after a date looks
        like a future verb); a tie goes to the future (أرجأت is both a feminine past and a postponement to the
        date). Verb cues come first: ``future_markers`` of ``ar/time.yaml`` and verbs
        with سـ (سيعقد، ستبث); ``past_markers``, ``past_verbs`` and the feminine past (منذ، قتل، اندلعت). Only in a
        sentence with none of them, adverbs decide (غدا، المقبل; أمس، الماضي).
        """
        text = self.text
        pos = self.starts[i]
        end = self.ends[i1 - 1] if i1 > i else self.ends[i]
        lo = max(0, pos - _CUE_BEFORE)
        lo = max(lo, max(text.rfind(c, lo, pos) for c in _SENTENCE_END) + 1)
        hi = min(len(text), end + _CUE_AFTER)
        hi = min([p for c in _SENTENCE_END + _CLAUSE_END if (p := text.find(c, end, hi)) >= 0], default=hi)
        opener = _CLAUSE_OPENER_RE.search(text, end, hi)
        hi = opener.start() if opener is not None else hi
        lex = self.lex
        verbs = ((FUTURE, lex.future_re), (PAST, lex.past_re))
        adverbs = ((FUTURE, lex.future_adverb_re), (PAST, lex.past_adverb_re))
        for cues in (verbs, adverbs):
            before: tuple[int, str] | None = None
            after: tuple[int, str] | None = None
            for kind, cue_re in cues:
                last = None
                for m in cue_re.finditer(text, lo, pos):
                    last = m
                if last is not None:
                    cue = (len(text[last.end() : pos].split()), kind)
                    if cue[0] <= _CUE_BEFORE_WORDS:
                        before = cue if before is None else min(before, cue)
                first = cue_re.search(text, end, hi)
                if first is not None and not (first.group("and") or first.groupdict().get("and2")):
                    # a cue after the date with و/ف opens the next clause (عقد الأول في 3 مارس وسيعقد الثاني …)
                    cue = (len(text[end : first.start()].split()), kind)
                    if cue[0] <= _CUE_AFTER_WORDS:
                        after = cue if after is None else min(after, cue)
            if before is not None or after is not None:
                return (before or after or (0, ""))[1]
        return None

    def source_has(self, source: str, view_offsets: tuple[int, ...], i: int, letters: str) -> bool:
        """Whether the source characters of token ``i`` contain ``letters`` (آب written with madda)."""
        s = view_offsets[self.starts[i]]
        e = view_offsets[self.ends[i] - 1] + 1
        return letters in source[s:e]
