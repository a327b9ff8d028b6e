"""Rules for relative units and periods (round 13, helper dc7: split from :mod:`rasd.stages.timex.grammar` for
module size, the code moved unchanged): ``الأسبوع الماضي`` and relative units, weekends, positions in a period
(``مطلع الشهر``), centuries, decades, seasons, parts of a year and reference words; mixed into
:class:`rasd.stages.timex.grammar.Grammar`."""

from __future__ import annotations

import datetime as dt

from rasd.stages.timex import calendar as cal
from rasd.stages.timex.dates import DateRules, direction
from rasd.stages.timex.tokens import Found, Tokens

_SMALL_UNITS = frozenset({"H", "MIN", "S"})
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _marker(t: Tokens, k: int) -> tuple[str | None, int]:
    """Like :func:`direction`, but الأخير/الأخيرة (after plurals and counts) also mean past."""
    marker, after = direction(t, k)
    if marker is None and t.adj(k - 1, k) and "recent" in t.kinds(k, clitic=False):
        return "past", k + 1
    return marker, after


def _longest(*found: Found | None) -> Found | None:
    best: Found | None = None
    for f in found:
        if f is not None and (best is None or f.i1 > best.i1):
            best = f
    return best


class PeriodRules(DateRules):
    """Rules for relative units and periods over the tokens of one region (mixed into
    :class:`rasd.stages.timex.grammar.Grammar`)."""

    def rule_unit_rel(self, i: int) -> Found | None:
        """``الأسبوع الماضي``، ``الشهر الجاري``، ``هذا العام``، ``العام قبل الماضي``، ``الأيام الماضية``
        (PAST_REF), ``الأيام الثلاثة الماضية``، ``العامين الماضيين`` (DURATION with a range)."""
        t = self.t
        j = i
        this = "this" in t.kinds(i)
        if this:
            if not t.adj(i, i + 1):
                return None
            j = i + 1
        u = t.unit(j, clitic=j == i)
        if u is None or not u.definite:
            return None
        if u.code == "Y" and not this and t.general_adjective(j):
            return None  # الأمين العام السابق: "general", not a year
        k = j + 1
        code = u.code
        ref, _ = t.ref(i)
        if this:
            if u.count != 1 or code not in ("W", "M", "Y", "DE", "CE"):
                return None
            value = cal.value_at(ref, code) if ref is not None else None
            rng = cal.week_span(ref, t.lex.week_first_day) if ref is not None and code == "W" else None
            return Found(i, k, "DATE", value, rel=True, precision=cal.precision_of(value), range=rng)
        if u.count == 1:
            if code in _SMALL_UNITS or code == "D":
                return None
            marker, after = direction(t, k)
            offset = {"past": -1, "future": 1, "current": 0}.get(marker or "")
            two = t.next_word(k)
            if marker is None and two and ("ago" in t.kinds(k, clitic=False) or "later" in t.kinds(k, clitic=False)):
                m2, after2 = direction(t, k + 1)
                if m2 in ("past", "future") and m2 == ("past" if "ago" in t.kinds(k, clitic=False) else "future"):
                    offset, after = (-2 if m2 == "past" else 2), after2
            if marker == "anaphoric":
                return Found(i, after, "DATE", None, rel=True)
            if offset is None:
                return None
            if ref is None:
                return Found(i, after, "DATE", None, rel=True)
            day = cal.shift(ref, offset, code)
            value = cal.value_at(day, code)
            rng = cal.week_span(day, t.lex.week_first_day) if code == "W" else None
            return Found(i, after, "DATE", value, rel=True, precision=cal.precision_of(value), range=rng)
        n: float | None = u.count
        kk = k
        if n is None and t.adj(k - 1, k):
            num = t.number(k)
            if num is not None:
                n, kk = num
            elif t.words[k] in t.lex.few_words:
                kk = k + 1  # الأيام القليلة الماضية: "the past few days", a count left vague
        marker, after = _marker(t, kk)
        if marker == "anaphoric":
            if t.words[after - 1] in t.lex.following_words:
                # السنوات اللاحقة: a vague future from the story's time; الأيام الثلاثة التالية: three days
                if n is None:
                    return Found(i, after, "DATE", "FUTURE_REF", rel=True)
                if n == int(n):
                    return Found(i, after, "DURATION", cal.duration_value(int(n), code))
            return Found(i, after, "DATE", None, rel=True)  # السنوات نفسها: years of the story
        if marker not in ("past", "future"):
            if u.count == 2 and not u.needs_signal:
                return Found(i, k, "DURATION", cal.duration_value(2, code))
            return None
        past = marker == "past"
        if n is None and past and t.next_word(after) == "من" and "recent" in t.kinds(after - 1, clitic=False):
            # السنوات الأخيرة من القرن العشرين، الأيام الأخيرة من الشهر الماضي: the end of that period
            sub = self._period_at(after + 1) if t.adj(after, after + 1) else None
            if sub is not None:
                return Found(i, sub.i1, "DATE", sub.value, rel=sub.rel, precision=cal.precision_of(sub.value))
        if n is None:
            value = "PAST_REF" if past else "FUTURE_REF"
            if code in ("H", "MIN") and ref is not None:
                other = ref + dt.timedelta(days=-1 if past else 1)
                lo, hi = (other, ref) if past else (ref, other)
                return Found(i, after, "DATE", value, rel=True, precision=2, range=(lo.isoformat(), hi.isoformat()))
            if code == "D" and past and ref is not None:
                # (round 16, tx) الأيام الأخيرة، الأيام القليلة الماضية: the days just before the reference date
                return Found(
                    i, after, "DATE", value, rel=True, precision=2, range=cal.past_span(ref, t.lex.recent_days)
                )
            return Found(i, after, "DATE", value, rel=True)
        if n != int(n):
            return None
        dur = cal.duration_value(int(n), code)
        if ref is None:
            return Found(i, after, "DURATION", dur)
        other_day = cal.shift(ref, -int(n) if past else int(n), code)
        rng = (other_day.isoformat(), ref.isoformat()) if past else (ref.isoformat(), other_day.isoformat())
        return Found(i, after, "DURATION", dur, rel=True, range=rng)

    def rule_weekend(self, i: int) -> Found | None:
        """``نهاية الأسبوع الماضي`` → ``2019-W19-WE``."""
        t = self.t
        m = t.match(i, "weekend", clitic=True)
        if m is None:
            return None
        marker, k = direction(t, m[0])
        offset = {"past": -1, "future": 1}.get(marker or "", 0)
        ref, _ = t.ref(i)
        if marker == "anaphoric" or ref is None:
            return Found(i, k, "DATE", None, rel=True)
        if marker is None and ref.weekday() < min(t.lex.weekend_days, default=4) and t.tense(i, k) == "past":
            # (round 16, tx) "قتل ثلاثة في غارات نهاية الأسبوع" read on a Tuesday: the weekend just past, not the
            # coming one (a future or no verb keeps the reference week's weekend)
            offset = -1
        value = cal.iso_week(cal.shift(ref, offset, "W")) + "-WE"
        return Found(i, k, "DATE", value, rel=True, precision=2, range=cal.weekend_span(value, t.lex.weekend_days))

    def rule_position(self, i: int) -> Found | None:
        """``مطلع مايو``، ``منتصف الشهر الجاري``، ``أواخر الستينيات``، ``بداية العام``: the period's value."""
        t = self.t
        m = t.match(i, "position", clitic=True)
        if m is None or not t.adj(i, m[0]):
            return None
        j = m[0]
        sub = _longest(
            self.rule_unit_rel(j),
            self.rule_date(j),
            self.rule_year(j),
            self.rule_decade(j),
            self.rule_century(j),
            self.rule_season(j),
        )
        if sub is None:
            u = t.unit(j)
            if u is None or not u.definite or u.count != 1 or u.code not in ("W", "M", "Y"):
                return None
            ref, _ = t.ref(i)
            value = cal.value_at(ref, u.code) if ref is not None else None
            rng = cal.week_span(ref, t.lex.week_first_day) if ref is not None and u.code == "W" else None
            sub = Found(j, j + 1, "DATE", value, rel=True, range=rng)  # (round 38, tm1) مطلع الأسبوع: its days
        if sub.type != "DATE" or sub.parts or cal.precision_of(sub.value) == 1:
            return None
        part = self._month_part(str(m[1]), sub)
        if part is not None:
            return Found(i, sub.i1, "DATE", sub.value, rel=sub.rel, precision=2, range=part)
        return Found(i, sub.i1, "DATE", sub.value, rel=sub.rel, precision=cal.precision_of(sub.value), range=sub.range)

    def _month_part(self, mod: str, sub: Found) -> tuple[str, str] | None:
        """(Round 38, tm1) The days of a month a position names (مطلع الشهر الجاري → 1–10, منتصف يوليو → 11–20,
        أواخر الشهر الماضي → 21 to the end: ``month_part_days`` of ``ar/time.yaml``), for a month's value only (a
        year, a season or a decade keeps its value alone)."""
        days = self.t.lex.month_part_days.get(mod)
        if days is None or sub.value is None or sub.range is not None:
            return None
        return cal.month_part_span(sub.value, days)

    def _period_at(self, j: int) -> Found | None:
        """A period with a value (month, season, year, decade, century) at token ``j``, not a day or a range."""
        sub = _longest(
            self.rule_unit_rel(j),
            self.rule_date(j),
            self.rule_year(j),
            self.rule_decade(j),
            self.rule_century(j),
            self.rule_season(j),
        )
        if sub is None or sub.type != "DATE" or sub.parts or sub.value is None or sub.value.endswith("_REF"):
            return None
        return None if cal.precision_of(sub.value) == 1 else sub

    # ------------------------------------------------------------------------------------------------ long periods
    def _century_after(self, j: int) -> tuple[int | None, int, bool] | None:
        """``القرن العشرين``، ``القرن الماضي`` at token ``j``: (century number, 20 for the 20th; token after;
        whether it depends on the reference date)."""
        t = self.t
        m = t.match(j, "century", clitic=True)
        if m is None or not t.adj(j, m[0]):
            return None
        k = m[0]
        o = t.ordinal(k)
        if o is not None and 1 <= o[0] <= 30:
            return o[0], o[1], False
        marker, after = direction(t, k)
        offset = {"past": -1, "future": 1, "current": 0}.get(marker or "")
        if marker == "anaphoric":
            return None, after, True
        if offset is None:
            return None
        ref, _ = t.ref(j)
        if ref is None:
            return None, after, True
        return ref.year // 100 + 1 + offset, after, True

    def rule_century(self, i: int) -> Found | None:
        """``القرن التاسع عشر`` → ``18``، ``القرن الماضي`` → the century before the reference year's."""
        t = self.t
        if i > 0 and t.adj(i - 1, i):
            before = t.words[i - 1]
            names = t.lex.century_names
            if before in names or (before[:1] in ("و", "ف") and before[1:] in names):
                return None  # (و)فوكس للقرن العشرين: the film studio's name
        c = self._century_after(i)
        if c is None:
            return None
        number, k, rel = c
        if number is None:
            return Found(i, k, "DATE", None, rel=True)
        return Found(i, k, "DATE", f"{number - 1:02d}", rel=rel)

    def rule_decade(self, i: int) -> Found | None:
        """``الستينيات`` → ``196`` (the century from a following ``من القرن الماضي``, else the latest such decade
        not after the reference year); ``عقد التسعينيات``."""
        t = self.t
        j = i
        if "decade_word" in t.kinds(i) and t.adj(i, i + 1):
            j = i + 1
        m = t.match(j, "decade", clitic=j == i)
        if m is None:
            return self._numbered_decade(i)
        k, digit = m
        if t.next_word(k) == "من" and t.next_word(k + 1) in t.lex.age_words:
            return None  # في العشرينات من العمر: an age
        century = None
        if t.next_word(k) == "من":
            c = self._century_after(k + 1)
            if c is not None and c[0] is not None:
                century = c[0] - 1
        rel = century is None
        if century is None:
            ref, _ = t.ref(i)
            year = ref.year if ref is not None else 1999
            century = year // 100
            if century * 100 + digit * 10 > year:
                century -= 1
        return Found(i, k, "DATE", f"{century:02d}{digit}", rel=rel)

    def _numbered_decade(self, i: int) -> Found | None:
        """``العقد الأول من القرن الماضي`` → ``190``، ``العقد الماضي`` → the decade before the reference year's."""
        t = self.t
        u = t.unit(i, clitic=True)
        if u is None or u.code != "DE" or not u.definite or u.count != 1 or not t.adj(i, i + 1):
            return None
        o = t.ordinal(i + 1)
        if o is not None and 1 <= o[0] <= 10 and t.next_word(o[1]) == "من":
            c = self._century_after(o[1] + 1)
            if c is not None and c[0] is not None:
                return Found(i, o[1], "DATE", f"{c[0] - 1:02d}{o[0] - 1}", rel=c[2])
            return Found(i, o[1], "DATE", None, rel=True)
        return None

    def rule_season(self, i: int) -> Found | None:
        """``الصيف``، ``فصل الشتاء``، ``الصيف الماضي``، ``ربيع 2019`` → ``2019-SU``."""
        t = self.t
        j = i
        if t.keys[i] in t.lex.season_words and t.adj(i, i + 1):
            j = i + 1
        bare = False
        m = t.match(j, "season", clitic=j == i)
        if m is None:
            m = t.match(j, "season_bare", clitic=j == i)
            bare = True
        if m is None:
            return None
        k, code = m
        if t.next_word(k) in t.lex.not_season_after:
            return None
        y = self.year_at(k)
        if y is not None and y[1] != "h":
            return Found(i, y[2], "DATE", f"{y[0]:04d}-{code}")
        ref, _ = t.ref(i)
        if bare:
            # صيف العام الماضي، شتاء هذا العام; فصول شتاء متتالية: a season of no known year
            ry = self.relative_year_at(k)
            if ry is not None:
                value = f"{ref.year + ry[0]:04d}-{code}" if ref is not None else None
                return Found(i, ry[1], "DATE", value, rel=True)
            return Found(i, k, "DATE", None, rel=True) if j > i else None
        marker, after = direction(t, k)
        if marker == "anaphoric" or ref is None:
            return Found(i, after, "DATE", None, rel=True)
        start = _SEASON_START[code]
        year = ref.year
        if marker == "past":
            year = ref.year if (ref.year * 12 + ref.month) - (ref.year * 12 + start) >= 3 else ref.year - 1
        elif marker == "future":
            year = ref.year if start > ref.month else ref.year + 1
        return Found(i, after, "DATE", f"{year:04d}-{code}", rel=True)

    def rule_year_part(self, i: int) -> Found | None:
        """``الربع الأول من العام الجاري`` → ``2019-Q1``، ``النصف الثاني من 2018`` → ``2018-H2``."""
        t = self.t
        m = t.match(i, "year_part", clitic=True)
        if m is None:
            return None
        j, code = m
        o = t.ordinal(j) if t.adj(j - 1, j) else None
        if o is None or not 1 <= o[0] <= (4 if code == "Q" else 2):
            return None
        k = o[1]
        if t.next_word(k) == "من":
            y = self.year_at(k)
            if y is not None and y[1] != "h":
                return Found(i, y[2], "DATE", f"{y[0]:04d}-{code}{o[0]}")
        ry = self.relative_year_at(k)
        if ry is None and t.next_word(k) == "من" and t.adj(k, k + 1):
            # الربع الأول من العام: the year in progress at the reference date
            u = t.unit(k + 1)
            fiscal = t.next_word(k + 2) in t.lex.not_calendar_year
            if (
                u is not None
                and u.code == "Y"
                and u.definite
                and u.count == 1
                and not t.is_digits(k + 2)
                and not fiscal
            ):
                ry = (0, k + 2)
        if ry is None:
            return None
        ref, _ = t.ref(i)
        if ref is None:
            return Found(i, ry[1], "DATE", None, rel=True)
        return Found(i, ry[1], "DATE", f"{ref.year + ry[0]:04d}-{code}{o[0]}", rel=True)

    def rule_reference(self, i: int) -> Found | None:
        """``الآن``، ``حاليًا``، ``مؤخرًا``، ``قريبًا``، ``حتى اللحظة``، ``في الماضي``: TimeML reference values."""
        t = self.t
        m = t.match(i, "ref", clitic=True)
        if m is not None:
            if t.keys[i] in t.lex.spatial_before_min and t.next_word(m[0]) == "من":
                return None  # قريبا من المركز: "near"
            return Found(i, m[0], "DATE", m[1], rel=True)
        m = t.match(i, "ref_after", clitic=True)
        if m is not None and t.pre[i] == 0:
            value, after, bare = m[1]
            prev = t.prev_key(i)
            if prev in bare and t.next_word(m[0]).startswith("ال"):
                return None  # في اللحظة الأخيرة، في اللحظة التي ...
            if prev in after:
                return Found(i, m[0], "DATE", value, rel=True)
        return None
