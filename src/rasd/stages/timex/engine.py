"""The date engine: candidate regions, the grammar over each, ranges, and :class:`~rasd.document.Timex` objects."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import compress

from rasd.document import Post, Timex
from rasd.errors import ConfigError
from rasd.stages.timex import calendar as cal
from rasd.stages.timex.dates import make_range
from rasd.stages.timex.grammar import Grammar
from rasd.stages.timex.lexicon import TimeLexicon, time_lexicon
from rasd.stages.timex.tokens import Found, Tokens
from rasd.text._numbers_scanner import urls_in
from rasd.text.matcher import _analyze, cached_view
from rasd.text.normalize import NormalizedView

#: Characters of context kept before and after a candidate word. The longest left context a rule reads before its
#: anchor word is a signal, a hedge and a number in words (قبل ما لا يقل عن خمسة وتسعين عامًا: 34 characters
#: before عامًا); to the right, rules read at most two words past the last candidate word of an expression
#: (مايو من العام الماضي has العام as a candidate; الماضي، 2015م، الأخيرتين follow a candidate directly).
_PAD_LEFT = 60
_PAD_RIGHT = 30
_SPACE_RE = re.compile(r"\s")
_DASHES = frozenset({"-", "–", "—"})

PostLike = Post | tuple[int, int, str | None]


def fast_view(text: str) -> NormalizedView:
    """The normalized view of ``text`` (shared with the other stages through the matcher's cache)."""
    return cached_view(text)


def as_date(value: str | dt.date | None, *, what: str = "reference_date") -> dt.date | None:
    """A reference date given as ``YYYY-MM-DD``, a date, a datetime or None.

    Raises:
        ConfigError: the string is not an ISO date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ConfigError(f"{what} must be a date as YYYY-MM-DD (for example 2019-05-20), got {value!r}") from exc


def _post_dates(posts: Iterable[PostLike]) -> list[tuple[int, int, dt.date]]:
    out = []
    for p in posts:
        start, end, date = (p.start, p.end, p.date) if isinstance(p, Post) else p
        try:
            day = as_date(date)
        except ConfigError:
            day = None  # a post whose date cannot be read falls back on the article's date
        if day is not None:
            out.append((start, end, day))
    return out


def _trigger_spans(lex: TimeLexicon, view: NormalizedView) -> list[tuple[int, int]] | None:
    """The spans of ``lex.trigger_re``'s matches in ``s`` read off the words the lexicon matchers' cache holds for
    it (round 22, sp3: the regex pass was a sixth of the stage), or None when they cannot be: a text with a URL (the
    matchers blank it), or digits other than ASCII ones, or no trigger word set.

    The regex matches a trigger word between word boundaries, or a run of ASCII digits. Every trigger is letters
    only, so a trigger match is a maximal run of word characters (letters, decimal digits, ``_``) that is a trigger:
    a run of letters (one of the cached words) with no digit or ``_`` glued to it. Trigger matches hold no digit, so
    the digit matches are the maximal runs of ASCII digits: the cached digit words when they are all ASCII."""
    s = view.text
    words_set = lex.trigger_words
    if words_set is None or urls_in(s):  # (the view's URLs, kept for the scan of numbers: round 37, sp2)
        return None
    an = _analyze(view)
    words, starts, ends = an.words, an.starts, an.ends
    out: list[tuple[int, int]] = []
    n = len(s)
    for k in compress(range(len(words)), map(words_set.__contains__, words)):
        a, b = starts[k], ends[k]
        if (a > 0 and (s[a - 1] == "_" or s[a - 1].isdecimal())) or (b < n and (s[b] == "_" or s[b].isdecimal())):
            continue  # glued to a digit or _: not a whole word
        out.append((a, b))
    digits = [k for k in compress(range(len(words)), map(str.isdecimal, words))]
    for k in digits:
        if not words[k].isascii():
            return None  # ٣ is a digit the regex's [0-9] does not read
        out.append((starts[k], ends[k]))
    if digits:
        out.sort()
    return out


def _regions(lex: TimeLexicon, s: str, view: NormalizedView | None = None) -> list[tuple[int, int]]:
    """Stretches of the normalized text ``s`` around candidate words, snapped to spaces and merged (the candidate
    words read off the matchers' words of ``view`` when it is given: ``s`` must be ``view.text``)."""
    spans: list[list[int]] = []
    n = len(s)
    last_end = -1  # the end of the last span: a match whose padded end is not past it lies inside it
    found = _trigger_spans(lex, view) if view is not None else None
    for m_start, m_end in found if found is not None else (m.span() for m in lex.trigger_re.finditer(s)):
        if m_end + _PAD_RIGHT <= last_end:
            # its region would end at or before the last span's end (a space at or before it, found from a point
            # not past it) and start before it: merged, the span unchanged; most numbers and words of a date
            continue
        a = m_start - _PAD_LEFT
        a = max(s.rfind(" ", 0, a), s.rfind("\n", 0, a)) + 1 if a > 0 else 0
        b = m_end + _PAD_RIGHT
        if b < n:
            sp = _SPACE_RE.search(s, b)
            b = sp.start() if sp else n
        else:
            b = n
        if spans and a <= spans[-1][1]:
            spans[-1][1] = last_end = max(spans[-1][1], b)
        else:
            spans.append([a, b])
            last_end = b
    return [(a, b) for a, b in spans]


def _fix_year(a: Found, b: Found) -> None:
    """The first end of ``من 30 أبريل حتى 19 مايو 2019`` takes its year from the second; so does a year-less
    first end that its own cues put after a year-less second one (``يستمر من يونيو حتى سبتمبر`` read in July:
    June 2016 by the future verb, September 2015: June 2015)."""
    if a.ymd is None or b.ymd is None or a.ymd[0] is not None:
        return
    year = b.ymd[0]
    if year is None:
        if a.value is None or b.value is None or len(a.value) != len(b.value) or a.value <= b.value:
            return
        year = int(b.value[:4])
    _, month, day = a.ymd
    if (month, day or 0) > (b.ymd[1], b.ymd[2] or 0):
        year -= 1
    if day is None:
        a.value = f"{year:04d}-{month:02d}"
        return
    d = cal.safe_date(year, month, day)
    if d is not None:
        a.value, a.day, a.rel = d.isoformat(), d, b.rel


def _as_range(t: Tokens, a: Found, b: Found) -> Found | None:
    """``منذ X حتى Y``، ``من X إلى Y``، ``بين X و Y``، ``X - Y`` as one range over two found expressions."""
    if a.parts or b.parts or a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME"):
        return None
    if a.value is None or b.value is None or a.value.endswith("_REF") or b.value.endswith("_REF"):
        return None
    if b.i0 != a.i1 + 1 or not (t.adj(a.i1 - 1, a.i1) and t.adj(a.i1, b.i0)):
        return None
    lex = t.lex
    joiner = t.words[a.i1]
    if joiner not in lex.joiners:
        return None
    o = a.i0 - 1
    if o > 0 and t.keys[o] in lex.year_prepositions and t.keys[o] not in lex.range_opener_words and t.adj(o, a.i0):
        o -= 1  # بين عامي 2011 و2013
    opener = t.keys[o] if o >= 0 and t.adj(o, o + 1) else ""
    if opener == "بين" and o > 0 and t.words[o - 1] == "ما" and t.adj(o - 1, o):
        o -= 1
    if joiner == "و":
        if opener != "بين":
            return None
    elif joiner not in _DASHES and opener not in lex.range_opener_words:
        return None
    start = o if opener in lex.range_opener_words else a.i0
    _fix_year(a, b)
    return make_range(start, b.i1, a, b)


def _join_ranges(t: Tokens, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    k = 0
    while k < len(found):
        if k + 1 < len(found):
            r = _as_range(t, found[k], found[k + 1])
            if r is not None:
                out.append(r)
                k += 2
                continue
        out.append(found[k])
        k += 1
    return out


def find_timexes(
    text: str,
    reference_date: str | dt.date | None = None,
    *,
    posts: Iterable[PostLike] = (),
    view: NormalizedView | None = None,
) -> list[Timex]:
    """Find and normalize the temporal expressions of an Arabic text.

    Args:
        text: the source text.
        reference_date: the date relative expressions are anchored to (the article's publication date); None
            leaves relative expressions without a value (their spans are kept).
        posts: embedded posts (:class:`~rasd.document.Post` or ``(start, end, "YYYY-MM-DD")``): inside one, its
            date is the reference date and the anchor is ``post``.
        view: ``normalize_view(text)`` when the caller already has it.

    Returns:
        Timexes sorted by position, with ids ``X1``, ``X2`` …; a range (``منذ X حتى Y``) is one DURATION timex
        with ``range`` set, followed by a timex for each of its ends.

    Raises:
        ConfigError: ``reference_date`` is not a date.

    Example:
        >>> [(x.value, x.time_precision) for x in find_timexes("قُتل ثلاثة مدنيين يوم أمس الأحد", "2019-05-20")]
        [('2019-05-19', 1)]
    """
    ref = as_date(reference_date)
    if view is None:
        view = fast_view(text)
    post_days = _post_dates(posts)
    offsets = view.offsets

    def ref_at(view_offset: int) -> tuple[dt.date | None, str]:
        src = offsets[view_offset] if view_offset < len(offsets) else len(text)
        for start, end, day in post_days:
            if start <= src < end:
                return day, "post"
        return ref, "published"

    lex = time_lexicon()
    out: list[Timex] = []
    s = view.text
    prior: tuple[int, dt.date, bool] | None = None  # the last day-level expression (antecedent of اليوم التالي)
    for a, b in _regions(lex, s, view):
        t = Tokens(lex, s, a, b, ref_at)
        if t.n == 0:
            continue
        found = Grammar(t, text, offsets, prior).parse()
        for f in reversed(found):
            if f.day is not None:
                prior = (t.ends[f.i1 - 1], f.day, f.rel)
                break
        for f in _join_ranges(t, found):
            _emit(t, f, view, out)
    out.sort(key=lambda x: (x.start, -x.end))
    for k, x in enumerate(out, 1):
        x.id = f"X{k}"
    return out


def _emit(t: Tokens, f: Found, view: NormalizedView, out: list[Timex]) -> None:
    if f.type != "LIST":
        skip = 0 if f.keep_prefix else t.pre[f.i0]
        if skip and t.words[f.i0][:skip].endswith("لل"):
            skip -= 2  # للعام: the article is fused with ل, keep both with the word
        vs = t.starts[f.i0] + skip
        ve = t.ends[f.i1 - 1]
        if ve > vs:
            s, e = view.to_source(vs, ve)
            anchor = t.ref_at(vs)[1] if f.rel else "absolute"
            precision = f.precision
            if precision is None and f.type in ("DATE", "TIME"):
                precision = cal.precision_of(f.value)
            out.append(Timex("", s, e, f.type, f.value, anchor, precision, f.range))
    for part in f.parts:
        _emit(t, part, view, out)
