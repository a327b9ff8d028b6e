"""Whole date strings of bylines and embedded posts → ISO ``YYYY-MM-DD``.

This is deliberately small: it reads a *complete* calendar date (day, month and year) written the ways Arabic
news sites and Twitter embeds write them, and nothing relative ("أمس", "الأحد الماضي"); resolving dates inside
the prose is the temporal stage's job. Forms read (after :func:`rasd.text.normalize.normalize`, so Arabic-Indic
digits, hamza/alef forms and the Arabic comma need no separate handling):

* day month year: ``20 مايو، 2019``, ``٢٠ أيار ٢٠١٩``, ``20 من مايو/أيار 2019``, ``20 تشرين الأول 2019م``,
  ``19 May 2019``, ``19th May 2019``;
* month day year: ``May 19, 2019``, ``Sept. 5 2019``;
* numeric: ``2019-05-20`` / ``2019/05/20`` (year first), ``20/05/2019`` / ``20-5-2019`` / ``20.05.19``
  (day first, as Arabic sites write them), ISO date-times ``2019-05-20T10:30:00Z``;
* an optional weekday before (``الاثنين 20 مايو 2019``, ``Monday, May 20, 2019``, ``يوم الاثنين الموافق …``)
  and an optional clock time after (``- 10:30 ص``, ``10:30 GMT``).

Month names come from ``resources/ar/months.yaml`` (Gregorian transliterated and Levantine names, English
names); Hijri dates are recognised as dates by nobody here and return ``None`` (converting them needs a
calendar library; the temporal stage may add it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from rasd.resources import load_yaml
from rasd.text.normalize import normalize, normalize_view

__all__ = ["DateMatch", "parse_date_string", "search_date"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a string: ``s[start:end]`` is the date expression, ``value`` its ISO form."""

    start: int
    end: int
    value: str


# English weekday names are not in months.yaml (which is Arabic-first); seven words of a closed class.
_EN_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# Clock time after a date, e.g. "- 10:30 ص", "10:30 pm GMT", "T10:30:00Z", "10:30 +03:00".
_TIME = (
    r"(?:\s*(?:[-–|,@]|في|الساعه)?\s*(?:t)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:\s*(?:ص|م|صباحا|مساء|ظهرا|am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*(?:gmt|utc|z|بتوقيت\s+\S+))?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)"
)


def _alternation(names: list[str]) -> str:
    """A regex alternation of normalized names, longest first, spaces matching any run of spaces."""
    keys = sorted(set(names), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in key.split()) for key in keys)


@dataclass(frozen=True, slots=True)
class _Grammar:
    months: dict[str, int]
    patterns: tuple[re.Pattern[str], ...]
    whole: tuple[re.Pattern[str], ...]


@functools.cache
def _grammar() -> _Grammar:
    data = load_yaml("ar/months.yaml")
    months: dict[str, int] = {}
    for section in ("gregorian", "english"):
        for name, number in (data.get(section) or {}).items():
            months[" ".join(normalize(str(name)).split())] = int(number)
    weekdays = [normalize(str(w)) for w in (data.get("weekdays") or {})]
    month = _alternation(list(months))
    weekday = rf"(?:(?:يوم\s+)?(?:{_alternation(weekdays)}|{_EN_WEEKDAY})\s*,?\s*(?:الموافق\s*)?)"
    # "(?![^\W\d_])": a month name must not run on into more letters (ماي vs مايو is handled by longest-first).
    m1 = rf"(?P<m1>{month})\.?(?![^\W\d_])"
    m2 = rf"(?:\s*[/\\(-]\s*(?P<m2>{month})\.?(?![^\W\d_])\s*\)?)?"
    day = r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>\d{4})(?!\d)(?:\s*(?:م|ميلاديه|ميلادي)(?![^\W\d_]))?"
    bodies = (
        rf"{day}\s*(?:من\s+)?{m1}{m2}\s*,?\s*(?:(?:عام|سنه)\s+)?{year}",
        rf"{m1}{m2}\s*{day}\s*,?\s*{year}",
        r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)",
        r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d.]\d)",
    )
    patterns = tuple(re.compile(rf"(?<![^\W\d_]){weekday}?(?:{body})") for body in bodies)
    whole = tuple(re.compile(rf"\s*{weekday}?(?:{body}){_TIME}?\s*[.,]?\s*") for body in bodies)
    return _Grammar(months=months, patterns=patterns, whole=whole)


def _month_number(name: str | None, grammar: _Grammar) -> int | None:
    if name is None:
        return None
    return grammar.months.get(" ".join(name.split()))


def _iso_from(match: re.Match[str], grammar: _Grammar) -> str | None:
    """The ISO date of a match, or ``None`` when the parts do not make a real calendar date."""
    groups = match.groupdict()
    if groups.get("m") is not None:
        month: int | None = int(groups["m"])
    else:
        month = _month_number(groups.get("m1"), grammar)
        other = _month_number(groups.get("m2"), grammar)
        if other is not None and other != month:
            return None  # "مايو/حزيران": two different months, not a date we can trust
    year_text = groups["y"]
    year = int(year_text)
    if len(year_text) == 2:
        # two-digit years only occur in numeric day-first dates of recent news: 19 -> 2019, 98 -> 1998
        year += 2000 if year < 50 else 1900
    if month is None:
        return None
    try:
        return dt.date(year, month, int(groups["d"])).isoformat()
    except ValueError:
        return None


def parse_date_string(s: str) -> str | None:
    """Read a whole string as one calendar date.

    Args:
        s: the date as written, e.g. ``"May 19, 2019"``, ``"20 مايو، 2019"``, ``"٢٠ أيار ٢٠١٩"``,
            ``"20/05/2019"`` (day first), ``"2019-05-20"``, ``"الاثنين 20 مايو 2019"``.

    Returns:
        The ISO date ``YYYY-MM-DD``, or ``None`` when ``s`` is not exactly one complete, valid date (a bare
        month, a date without a year, extra words, 31 February, a Hijri date).
    """
    if not isinstance(s, str) or not s.strip() or len(s) > 200:
        return None
    grammar = _grammar()
    text = normalize(s)
    for pattern in grammar.whole:
        m = pattern.fullmatch(text)
        if m is not None:
            value = _iso_from(m, grammar)
            if value is not None:
                return value
    return None


def search_date(s: str) -> DateMatch | None:
    """Find the first complete calendar date inside ``s`` (a byline, an embed's attribution line).

    Args:
        s: any string.

    Returns:
        The leftmost date (the longest one where several start at the same place) with its span in ``s``
        (the span covers a weekday written before it), or ``None``.
    """
    if not isinstance(s, str) or not s:
        return None
    grammar = _grammar()
    view = normalize_view(s)
    best: tuple[int, int, str] | None = None
    for pattern in grammar.patterns:
        for m in pattern.finditer(view.text):
            value = _iso_from(m, grammar)
            if value is None:
                continue
            start, end = m.span()
            if best is None or start < best[0] or (start == best[0] and end > best[1]):
                best = (start, end, value)
            break
    if best is None:
        return None
    start, end = view.to_source(best[0], best[1])
    return DateMatch(start=start, end=end, value=best[2])
