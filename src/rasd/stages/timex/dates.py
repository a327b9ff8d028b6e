"""Rules for calendar dates: day-month-year in words and digits, months, years, Hijri dates, weekdays.

Year-less dates and bare weekdays are resolved against the reference date (see :mod:`rasd.stages.timex`
for the rules); a date whose year is written is ``absolute``.
"""

from __future__ import annotations

import datetime as dt

from rasd.stages.timex import calendar as cal
from rasd.stages.timex.tokens import Found, Tokens
from rasd.text.normalize import normalize as normalize_key

_SEPARATORS = frozenset({"/", "-", "."})
#: the widest span of two bare years read as a range (بين 1990 و2005); wider pairs are taken for counts
_YEAR_PAIR_SPAN = 60
#: a date in a sentence about the future may lie this far before the reference date and keep its year: a crawl
#: date (SaudiNewsNet's date_extracted) trails the day the schedule was written (يقام الحفل يوم 20 يوليو read on
#: the 21st), and the present of scheduling verbs also tells what began weeks ago and goes on (ويبدأ تلقي
#: الطلبات من 1 يوليو، read on 1 August). In a SaudiNewsNet check such dates lay up to 40 days back; a schedule
#: a month and a half old is likelier than one more than ten months ahead
FUTURE_GRACE = dt.timedelta(days=45)


def direction(t: Tokens, k: int) -> tuple[str | None, int]:
    """A past / future / current marker at token ``k`` (``الماضي``، ``المقبل``، ``الجاري``): (kind, token after)."""
    kinds = t.kinds(k, clitic=False)
    if not kinds or not t.adj(k - 1, k):
        return None, k
    for kind in ("past", "future", "current", "anaphoric"):
        if kind in kinds:
            return kind, k + 1
    return None, k


def pick(cands: list[dt.date], ref: dt.date, marker: str | None, tense: str | None, weekday: int | None) -> dt.date:
    """Choose among candidate days (the same day-month in neighbouring years) the one the text means.

    In order: a weekday written with the date picks the year where it fits; ``الماضي/المنصرم`` the latest day
    before the reference date, ``المقبل/القادم`` the earliest after it, ``الجاري`` the reference year; then the
    sentence's ``tense`` (:meth:`rasd.stages.timex.tokens.Tokens.tense`): future, the earliest day from
    :data:`FUTURE_GRACE` before the reference date on; past, the latest on or before it; with no cue, the day
    nearest the reference date (the earlier one on a tie).
    """
    if weekday is not None:
        fitting = [c for c in cands if c.weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda c: abs((c - ref).days))
    if marker == "current":
        same = [c for c in cands if c.year == ref.year]
        if same:
            return same[0]
    if marker == "past":
        before = [c for c in cands if c < ref]
        if before:
            return max(before)
    elif marker == "future":
        after = [c for c in cands if c > ref]
        if after:
            return min(after)
    elif tense == "future":
        after = [c for c in cands if c >= ref - FUTURE_GRACE]
        if after:
            return min(after)
    elif tense == "past":
        before = [c for c in cands if c <= ref]
        if before:
            return max(before)
    return min(cands, key=lambda c: (abs((c - ref).days), c))


class DateRules:
    """Date rules over the tokens of one region (mixed into :class:`rasd.stages.timex.grammar.Grammar`)."""

    t: Tokens
    source: str
    offsets: tuple[int, ...]
    found: list[Found]

    # --------------------------------------------------------------------------------------------- pieces
    def month_at(self, j: int, *, clitic: bool) -> tuple[int, int, str] | None:
        """A month name at token ``j``, with a second spelling (``مايو/أيار``، ``أيار (مايو)``): (after, month, cal)."""
        t = self.t
        m = t.match(j, "month", clitic=clitic)
        if m is None:
            return None
        k, (month, calendar_) = m
        w = t.next_word(k)
        if w in ("/", "(", "-", "–"):
            m2 = t.match(k + 1, "month") if t.adj(k, k + 1) else None
            # the same month in another calendar's spelling (not صفر - صفر, a score)
            if m2 is not None and m2[1][0] == month and t.words[k + 1 : m2[0]] != t.words[j:k]:
                k = m2[0]
                if w == "(" and t.next_word(k) == ")":
                    k += 1
        elif w:
            m2 = t.match(k, "month")
            if m2 is not None and m2[1][0] == month and m2[1][1] != "h":
                k = m2[0]
        return k, month, calendar_

    def day_at(self, j: int) -> tuple[int, int] | None:
        """A day of the month at token ``j``: digits 1-31, or an ordinal before من (``الأول من``، ``الخامس
        والعشرين من``)."""
        t = self.t
        if t.is_digits(j):
            w = t.words[j]
            return (int(w), j + 1) if len(w) <= 2 and 1 <= int(w) <= 31 else None
        o = t.ordinal(j)
        if o is not None and 1 <= o[0] <= 31 and t.next_word(o[1]) == "من":
            return o
        if t.keys[j] in t.lex.first_day_words and t.adj(j, j + 1):
            # غرة رمضان، أول أغسطس، غرة شهر ذي القعدة: the first day of the month
            k = j + 2 if t.words[j + 1] in t.lex.month_words else j + 1
            if t.match(k, "month") is not None and (k == j + 1 or t.adj(j + 1, k)):
                return 1, j + 1
        return None

    def year_at(self, j: int) -> tuple[int, str, int] | None:
        """A year written after a month or a year noun: (year, "g" | "h" | "", token after)."""
        t = self.t
        k = j
        if t.word(k) == "," and t.adj(k - 1, k):
            k += 1
        if t.word(k) == "من" and t.adj(k - 1, k):
            k += 1
        if t.word(k) in t.lex.year_nouns and t.adj(k - 1, k):
            k += 1
        if not (t.is_digits(k) and t.adj(k - 1, k)):
            return None
        w = t.words[k]
        if not 3 <= len(w) <= 4 or t.next_word(k + 1) in t.lex.scale_words:
            return None  # يوليو 663 ألف ريال: an amount after a month, not a year
        if t.word(k + 1) in {".", ","} and t.glued(k, k + 1) and t.is_digits(k + 2) and t.glued(k + 1, k + 2):
            return None  # نهاية العام 213.3 مليون ريال: an amount
        year = int(w)
        k += 1
        suffix = ""
        s = t.word(k)
        if s and t.adj(k - 1, k):
            if s in t.lex.hijri_suffixes:
                suffix, k = "h", k + 1
            elif s in t.lex.gregorian_suffixes:
                suffix, k = "g", k + 1
        return year, suffix, k

    def relative_year_at(self, j: int) -> tuple[int, int] | None:
        """``من العام الماضي``، ``من هذا العام``، ``العام الجاري`` after a month: (year offset, token after)."""
        t = self.t
        k = j
        if t.word(k) == "من" and t.adj(k - 1, k):
            k += 1
        if not t.adj(k - 1, k):
            return None
        if "this" in t.kinds(k, clitic=False):
            u = t.unit(k + 1)
            if u is not None and u.code == "Y" and u.definite and u.count == 1 and t.adj(k, k + 1):
                return 0, k + 2
            return None
        u = t.unit(k)
        if u is None or u.code != "Y" or not u.definite or u.count != 1 or t.general_adjective(k):
            return None
        marker, after = direction(t, k + 1)
        offsets = {"past": -1, "future": 1, "current": 0}
        if marker in offsets:
            return offsets[marker], after
        return None

    def _story_year_end(self, j: int) -> int | None:
        """The token after ``(من) العام نفسه / السنة ذاتها / العام التالي`` at token ``j`` (a year of the story)."""
        t = self.t
        k = j + 1 if t.word(j) == "من" and t.adj(j - 1, j) else j
        if not t.adj(k - 1, k):
            return None
        u = t.unit(k)
        if u is None or u.code != "Y" or not u.definite or u.count != 1:
            return None
        marker, after = direction(t, k + 1)
        return after if marker == "anaphoric" else None

    # --------------------------------------------------------------------------------------------- rules
    def rule_date(self, i: int) -> Found | None:
        """Dates with a month name: ``الأحد 19 من مايو/أيار 2019``، ``30 أبريل المنصرم``، ``مايو الماضي``،
        ``15 رمضان 1440هـ``، ``May 19, 2019``, and day lists ``بين 10 و15 مايو``."""
        t = self.t
        j = i
        clitic = True
        if "dayword" in t.kinds(i):
            j, clitic = i + 1, False
        weekday = None
        w = t.match(j, "weekday", clitic=clitic) if j == i or t.adj(j - 1, j) else None
        if w is not None:
            j, weekday = w
            clitic = False
            if t.word(j) == "," and t.adj(j - 1, j):
                j += 1
        e = t.match(j, "equiv") if j > i and t.adj(j - 1, j) else None
        if e is not None:
            j = e[0]
        if j > i and not t.adj(j - 1, j):
            return None
        day = self.day_at(j)
        first_day = None
        if day is not None and j == i and t.is_digits(j) and t.after_word_in(i, t.lex.name_nouns_before_date):
            return None  # شارع 23 يوليو، ثورة 25 يناير: a name
        if day is not None:
            d, k = day
            joiner = t.next_word(k)
            if joiner in t.lex.joiners and (joiner != "-" or t.is_digits(j)):
                second = self.day_at(k + 1) if t.adj(k, k + 1) else None
                if second is not None and second[0] > d:
                    first_day = d
                    d, k = second[0], second[1]
            if t.next_word(k) == "من":
                k += 1
            if t.next_word(k) in t.lex.month_words:
                k += 1
            if not t.adj(k - 1, k):
                return None
            mo = self.month_at(k, clitic=False)
            if mo is None:
                return self._day_of_relative_month(i, k, d) if t.words[k - 1] == "من" else None
            k, month, calendar_ = mo
            found = self._finish(i, k, d, month, calendar_, weekday, context=True)
            if found is None or first_day is None:
                return found
            return self._day_list(i, j, first_day, d, found)
        if weekday is not None or j > i:
            return None
        # month first: (شهر) مايو 2019 / مايو الماضي / May 19, 2019
        k = i
        has_word = t.keys[i] in t.lex.month_words
        if has_word:
            if not t.adj(i, i + 1):
                return None
            k = i + 1
        mo = self.month_at(k, clitic=not has_word)
        if mo is None:
            return None
        after, month, calendar_ = mo
        if calendar_ == "e" and t.is_digits(after) and t.adj(after - 1, after) and len(t.words[after]) <= 2:
            d = int(t.words[after])
            if 1 <= d <= 31 and t.word(after + 1) == "," and self.year_at(after + 1) is not None:
                return self._finish(i, after + 1, d, month, calendar_, None, context=True)
        context = has_word or after - k > 1 or t.prev_key(i) in t.lex.month_context
        ambiguous = None if has_word or after - k > 1 else t.lex.ambiguous_months.get(t.keys[k])
        if (
            ambiguous is not None
            and t.keys[k] == normalize_key("آب")
            and t.source_has(self.source, self.offsets, k, ambiguous)
        ):
            # آب written with madda is "August" wherever a month may stand; written اب/أب/إب ("father", the
            # Yemeni city of Ibb) it stays ambiguous: a date only with a year or a marker after it (اب 2014،
            # اب الماضي), as after a day (15 اب) or شهر (شهر اب), or as the second spelling of أغسطس/اب
            ambiguous = None
        return self._finish(i, after, None, month, calendar_, None, context=context, ambiguous=ambiguous is not None)

    def _finish(
        self,
        i: int,
        k: int,
        d: int | None,
        month: int,
        calendar_: str,
        weekday: int | None,
        *,
        context: bool,
        ambiguous: bool = False,
    ) -> Found | None:
        """Read the year or marker after a month and resolve the date. A month written alone needs
        ``context`` (a preposition or شهر before it), and an ``ambiguous`` name needs a year or a marker."""
        t = self.t
        year: int | None = None
        offset: int | None = None
        marker: str | None = None
        y = self.year_at(k)
        if y is not None:
            year, suffix, k = y
            if suffix == "h":
                calendar_ = "h"
        else:
            ry = self.relative_year_at(k)
            story_year = self._story_year_end(k)
            if ry is not None:
                offset, k = ry
            elif story_year is not None:
                return Found(i, story_year, "DATE", None, rel=True)  # سبتمبر من السنة نفسها: the story's year
            else:
                marker, k = direction(t, k)
                if marker == "anaphoric":
                    return Found(i, k, "DATE", None, rel=True)
        if d is None and year is None and offset is None and marker is None and (not context or ambiguous):
            return None
        ref, _ = t.ref(i)
        if calendar_ == "h":
            return self._hijri(i, k, d, month, year, offset, marker, weekday, ref)
        if year is None and offset is not None and ref is not None:
            year = ref.year + offset
        rel = year is None or offset is not None
        ymd = (None if offset is None and rel else year, month, d)
        if year is not None:
            if d is None:
                return Found(i, k, "DATE", f"{year:04d}-{month:02d}", rel=rel, precision=3, ymd=ymd)
            day = cal.safe_date(year, month, d)
            if day is None:
                return Found(i, k, "DATE", None, rel=rel)
            return Found(i, k, "DATE", day.isoformat(), rel=rel, precision=1, day=day, ymd=ymd)
        if ref is None:
            value = f"XXXX-{month:02d}" + (f"-{d:02d}" if d is not None else "")
            return Found(i, k, "DATE", value, rel=True, ymd=ymd)
        tense = self.t.tense(i, k) if marker is None else None
        if d is None:
            cands = [dt.date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
            month_ref = ref.replace(day=1)
            chosen = pick(cands, month_ref, marker, tense, None)
            return Found(i, k, "DATE", f"{chosen.year:04d}-{month:02d}", rel=True, precision=3, ymd=ymd)
        cands = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := cal.safe_date(y, month, d)) is not None]
        if not cands:
            return Found(i, k, "DATE", None, rel=True)
        chosen = pick(cands, ref, marker, tense, weekday)
        return Found(i, k, "DATE", chosen.isoformat(), rel=True, precision=1, day=chosen, ymd=ymd)

    def _day_of_relative_month(self, i: int, k: int, d: int) -> Found | None:
        """``30 من الشهر الحالي``، ``الخامس من الشهر المقبل``، ``العاشر من هذا الشهر``: a day of a month named
        relative to the reference date (token ``k`` follows من)."""
        t = self.t
        this = "this" in t.kinds(k, clitic=False)
        u = t.unit(k + 1 if this else k)
        if u is None or u.code != "M" or not u.definite or u.count != 1 or (this and not t.adj(k, k + 1)):
            return None
        if this:
            offset, after = 0, k + 2
        else:
            marker, after = direction(t, k + 1)
            offsets = {"past": -1, "future": 1, "current": 0}
            if marker not in offsets:
                return None
            offset = offsets[marker]
        ref, _ = t.ref(i)
        if ref is None:
            return Found(i, after, "DATE", None, rel=True)
        month = cal.add_months(ref.replace(day=1), offset)
        day = cal.safe_date(month.year, month.month, d)
        if day is None:
            return Found(i, after, "DATE", None, rel=True)
        return Found(i, after, "DATE", day.isoformat(), rel=True, precision=1, day=day)

    def _hijri(
        self,
        i: int,
        k: int,
        d: int | None,
        month: int,
        year: int | None,
        offset: int | None,
        marker: str | None,
        weekday: int | None,
        ref: dt.date | None,
    ) -> Found | None:
        """Resolve a Hijri date (Umm al-Qura calendar) to Gregorian days."""
        rel = year is None
        if year is None:
            href = cal.to_hijri(ref) if ref is not None else None
            if href is None:
                return Found(i, k, "DATE", None, rel=True)
            if offset is not None:
                year = href[0] + offset
            else:
                years = [href[0] - 1, href[0], href[0] + 1]
                tense = self.t.tense(i, k) if marker is None else None
                if d is None:
                    firsts = {y: r for y in years if (r := cal.hijri_month_range(y, month)) is not None}
                    if not firsts:
                        return Found(i, k, "DATE", None, rel=True)
                    current = cal.hijri_month_range(href[0], href[1])
                    point = current[0] if current is not None else ref or dt.date.min
                    start = pick([r[0] for r in firsts.values()], point, marker, tense, None)
                    year = next(y for y, r in firsts.items() if r[0] == start)
                else:
                    days = {y: g for y in years if (g := cal.hijri_to_gregorian(y, month, d)) is not None}
                    if not days:
                        return Found(i, k, "DATE", None, rel=True)
                    chosen = pick(list(days.values()), ref or dt.date.min, marker, tense, weekday)
                    year = next(y for y, g in days.items() if g == chosen)
        if d is None:
            r = cal.hijri_month_range(year, month)
            if r is None:
                return Found(i, k, "DATE", None, rel=rel)
            return Found(i, k, "DATE", None, rel=rel, precision=3, range=(r[0].isoformat(), r[1].isoformat()))
        g = cal.hijri_to_gregorian(year, month, d)
        if g is None:
            return Found(i, k, "DATE", None, rel=rel)
        return Found(i, k, "DATE", g.isoformat(), rel=rel, precision=1, day=g)

    def _day_list(self, i: int, j: int, first_day: int, second_day: int, second: Found) -> Found:
        """``بين 10 و15 مايو``، ``من 10 إلى 15 مايو``، ``10-15 مايو`` (a range) or ``يومي 19 و20 مايو`` (two days):
        the first day (digits at token ``j``) takes the month and year of the second. It is counted back from the
        second day, so that a Hijri month (``من 2 إلى 11 شوال``) gives the right Gregorian day too."""
        t = self.t
        day = None
        if second.day is not None:
            day = second.day - dt.timedelta(days=second_day - first_day)
        first = Found(
            i, j + 1, "DATE", day.isoformat() if day else None, rel=second.rel, precision=1 if day else None, day=day
        )
        joiner = t.words[j + 1]
        second_part = Found(j + 2, second.i1, second.type, second.value, second.rel, second.precision, day=second.day)
        opener = t.prev_key(i)
        if joiner == "و" and opener != "بين":
            return Found(i, second.i1, "LIST", None, parts=[first, second_part])
        start = i - 1 if opener in t.lex.range_opener_words else i
        return make_range(start, second.i1, first, second_part)

    def rule_numeric(self, i: int) -> Found | None:
        """Dates in digits: ``20/5/2019``، ``20-05-2019``، ``2019-05-20``، ``5/2019``, with spaces around slashes
        (``25/ 7/ 2015 م``), and Hijri ones (``27/09/1436هـ``، ``10 / 10 / 1436 هـ``، ``1436/10/26``)."""
        t = self.t
        if not t.is_digits(i):
            return None
        a = t.words[i]
        sep = t.word(i + 1)

        def joined(x: int, y: int) -> bool:
            # a slash may stand between spaces (10 / 10 / 1436هـ); a dash or a dot may not (10 - 15 is a range)
            return t.glued(x, y) or (sep == "/" and t.adj(x, y))

        if sep not in _SEPARATORS or not joined(i, i + 1) or not (t.is_digits(i + 2) and joined(i + 1, i + 2)):
            return None
        b = t.words[i + 2]
        k = i + 3
        c = None
        if t.word(k) == sep and joined(k - 1, k) and t.is_digits(k + 1) and joined(k, k + 1):
            c = t.words[k + 1]
            k += 2
        if t.is_digits(k) or (t.word(k) in _SEPARATORS and t.glued(k - 1, k) and t.is_digits(k + 1)):
            return None
        if c is None:
            if len(a) <= 2 and len(b) == 4 and sep == "/" and 1 <= int(a) <= 12 and 1900 <= int(b) <= 2100:
                return Found(i, k, "DATE", f"{int(b):04d}-{int(a):02d}", precision=3)
            return None
        if len(a) == 4:
            y, m, d = int(a), int(b), int(c)
        elif len(c) in (2, 4) and len(a) <= 2 and len(b) <= 2:
            y = int(c) if len(c) == 4 else 2000 + int(c) if int(c) < 50 else 1900 + int(c)
            d, m = int(a), int(b)
            if m > 12 and d <= 12:
                d, m = m, d
        else:
            return None
        suffix = t.word(k) if t.adj(k - 1, k) else ""
        hijri = suffix in t.lex.hijri_suffixes or (1300 <= y <= 1500 and len(str(y)) == 4 and sep == "/")
        if suffix in t.lex.hijri_suffixes or suffix in t.lex.gregorian_suffixes:
            k += 1
        if hijri:
            day = cal.hijri_to_gregorian(y, m, d) if 1300 <= y <= 1500 else None
        elif 1800 <= y <= 2100:
            day = cal.safe_date(y, m, d)
        else:
            return None
        if day is None:
            return None
        return Found(i, k, "DATE", day.isoformat(), precision=1, day=day, ymd=None if hijri else (y, m, d))

    def rule_year(self, i: int) -> Found | None:
        """Years: ``عام 2015``، ``العام 1887``، ``2015م``، ``1440 هـ``، ``(1949)``، ``في 2015``، ``2011-2013``,
        and the second year of ``عامي 2011 و2012``."""
        t = self.t
        lex = t.lex
        if t.keys[i] in lex.year_nouns:
            y = self.year_at(i + 1) if t.adj(i, i + 1) and t.is_digits(i + 1) else None
            if y is None:
                return None
            return self._year(i, y[2], y[0], y[1])
        if not t.is_digits(i) or len(t.words[i]) != 4:
            return None
        year = int(t.words[i])
        k = i + 1
        suffix = ""
        s = t.next_word(k)
        if s in lex.hijri_suffixes:
            suffix, k = "h", k + 1
        elif s in lex.gregorian_suffixes:
            suffix, k = "g", k + 1
        if suffix:
            return self._year(i, k, year, suffix) if 600 <= year <= 2100 else None
        if not 1000 <= year <= 2100:
            return None
        nxt = t.next_word(k)
        if nxt == "-" and t.is_digits(k + 1) and len(t.words[k + 1]) == 4 and t.adj(k, k + 1):
            year2 = int(t.words[k + 1])
            if year < year2 <= 2100 and year >= 1800:
                a = self._year(i, k, year, "")
                b = self._year(k + 1, k + 2, year2, "")
                return make_range(i, k + 2, a, b)
        if nxt and (t.unit(k) is not None or nxt in ("%",)):
            return None
        prev = t.word(i - 1)
        if prev == "(" and nxt == ")":
            return self._year(i, k, year, "")
        if not 1800 <= year <= 2100:
            return None
        if t.prev_key(i) in lex.year_prepositions:
            return self._year(i, k, year, "")
        if self._first_of_year_pair(i, k, year):
            return self._year(i, k, year, "")
        if prev in lex.joiners and self.found:
            last = self.found[-1]
            if last.i1 in (i - 1, i) and last.value is not None and len(last.value) == 4 and t.adj(i - 1, i):
                return self._year(i, k, year, "")
        return None

    def _first_of_year_pair(self, i: int, k: int, year: int) -> bool:
        """``بين 1990 و2005``، ``من 2011 إلى 2014``، ``من 2011 حتى 2014``: the first of two bare years after an
        opener, when the second is a later year at most :data:`_YEAR_PAIR_SPAN` years on and no noun follows it
        (``بين 2000 و2050 شخصا`` counts people)."""
        t = self.t
        opener = t.prev_key(i)
        joiner = t.next_word(k)
        if opener == "بين":
            if joiner != "و":
                return False
        elif opener != "من" or joiner not in t.lex.joiners or joiner in ("و", "-", "–", "—"):
            return False
        j = k + 1
        if not (t.is_digits(j) and len(t.words[j]) == 4 and t.adj(k, j)):
            return False
        year2 = int(t.words[j])
        if not 0 < year2 - year <= _YEAR_PAIR_SPAN or year2 > 2100:
            return False
        after = t.next_word(j + 1)
        return not after or not after.isalpha() or after in t.lex.gregorian_suffixes or after in t.lex.pair_followers

    def _year(self, i: int, k: int, year: int, suffix: str) -> Found:
        if suffix == "h":
            r = cal.hijri_year_range(year)
            rng = (r[0].isoformat(), r[1].isoformat()) if r is not None else None
            return Found(i, k, "DATE", None, range=rng)
        return Found(i, k, "DATE", f"{year:04d}")

    def rule_weekday(self, i: int) -> Found | None:
        """Weekdays: ``الأحد``، ``يوم الخميس الماضي``، ``الجمعة المقبلة`` (the most recent one by default)."""
        t = self.t
        j = i
        if "dayword" in t.kinds(i):
            j = i + 1
            if not t.adj(i, j):
                return None
        w = t.match(j, "weekday", clitic=j == i)
        if w is None:
            return None
        k, weekday = w
        if t.prev_key(i) in ("بين", "كلا") and t.keys[j] in ("الاثنين",):
            return None
        if j == i and t.after_word_in(i, t.lex.weekday_name_before):
            return None  # صلاة الجمعة، خطبة الجمعة: the prayer, not a day
        marker, k = direction(t, k)
        ref, _ = t.ref(i)
        if marker == "anaphoric":
            return Found(i, k, "DATE", None, rel=True)
        if ref is None:
            return Found(i, k, "DATE", f"XXXX-WXX-{weekday + 1}", rel=True)
        if marker == "past":
            day = cal.weekday_on_or_before(ref - dt.timedelta(days=1), weekday)
        elif marker == "future":
            day = cal.weekday_on_or_after(ref + dt.timedelta(days=1), weekday)
        elif marker != "current" and t.tense(i, k) == "future":
            day = cal.weekday_on_or_after(ref, weekday)
        else:
            day = cal.weekday_on_or_before(ref, weekday)
        return Found(i, k, "DATE", day.isoformat(), rel=True, precision=1, day=day)


def make_range(i0: int, i1: int, a: Found, b: Found) -> Found:
    """A range expression over tokens ``[i0, i1)`` with ends ``a`` and ``b``."""
    value = None
    precision = None
    rng = None
    da, db = a.day, b.day
    if a.value is not None and b.value is not None:
        rng = (a.value, b.value)
    clock_a, clock_b = _clock_minutes(a.value), _clock_minutes(b.value)
    if clock_a is not None and clock_b is not None and (da is None or db is None or da == db):
        # من السابعة مساءً حتى السادسة صباحًا: hours on one day, or across midnight when the end comes first
        span = (clock_b - clock_a) % (24 * 60)
        value = f"PT{span // 60}H" if span % 60 == 0 else f"PT{span}M"
        precision = 1 if da is not None else None
    elif da is not None and db is not None and db >= da:
        value = f"P{(db - da).days}D"
        precision = cal.range_precision(da, db)
    elif a.value is not None and b.value is not None and len(a.value) == len(b.value) == 4:
        value = f"P{int(b.value) - int(a.value)}Y"
    return Found(i0, i1, "DURATION", value, rel=a.rel or b.rel, precision=precision, range=rng, parts=[a, b])


def _clock_minutes(value: str | None) -> int | None:
    """Minutes after midnight of a clock time value (``2019-05-20T19:30`` → 1170), else None."""
    if value is None or "T" not in value:
        return None
    clock = value.split("T", 1)[1]
    if len(clock) != 5 or clock[2] != ":" or not (clock[:2].isdigit() and clock[3:].isdigit()):
        return None
    return int(clock[:2]) * 60 + int(clock[3:])
