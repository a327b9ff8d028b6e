"""Rules for relative expressions (days, weeks, months, years), counts of units, clock times, parts of the day,
frequencies, decades, centuries, seasons, parts of a year and reference words; and the dispatcher that tries
the rules at each token of a region (leftmost, then longest, match wins). The date rules are in
:mod:`rasd.stages.timex.dates`, the rules for relative units and long periods (weeks, months and years relative to
the reference date, weekends, centuries, decades, seasons, parts of a year, reference words) in
:mod:`rasd.stages.timex.periods`; :class:`Grammar` mixes both in."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from itertools import compress

from rasd.stages.timex import calendar as cal
from rasd.stages.timex.lexicon import TimeLexicon
from rasd.stages.timex.periods import _SMALL_UNITS, PeriodRules, _longest, _marker
from rasd.stages.timex.tokens import Found, Tokens

_SECONDS = {"H": 3600, "MIN": 60, "S": 1}
_SENTENCE_END = ".!?\n"
#: The largest count of a unit with other common senses that news gives as a span of time: عقد is also a
#: contract and قرن a horn, and "40 عقدا" in news is a number of contracts (decades are counted up to ten or so).
_MAX_COUNT = {"DE": 10, "CE": 30}


def _named_weekday(ref: dt.date, offset: int, weekday: int) -> dt.date:
    """The day a weekday names when the relative day before it disagrees (``أمس الجمعة`` on a Monday).

    The weekday is the more reliable fact (a reference date off by a day or two is common: a print edition
    dated the next morning, a crawl date, a time zone), so it wins, taken in the direction the relative word
    points: on or before the reference date for أمس / أول أمس, on or after it for غدًا / بعد غد, the closest
    one for اليوم.
    """
    before = cal.weekday_on_or_before(ref, weekday)
    after = cal.weekday_on_or_after(ref, weekday)
    if offset < 0:
        return before
    if offset > 0:
        return after
    return before if ref - before <= after - ref else after


def _adjust_hour(hour: int, code: str | None) -> int:
    """24-hour clock from a 12-hour reading and a part of the day (الثامنة مساءً = 20)."""
    if code in ("EV", "AF") and hour < 12:
        return hour + 12
    if code == "NI" and 6 <= hour < 12:
        return hour + 12
    if code == "NI" and hour == 12:
        return 0  # الثانية عشرة ليلًا: midnight
    if code == "MI" and 1 <= hour < 6:
        return hour + 12
    return hour


class Grammar(PeriodRules):
    """All rules over the tokens of one region."""

    def __init__(
        self, t: Tokens, source: str, offsets: tuple[int, ...], prior: tuple[int, dt.date, bool] | None = None
    ) -> None:
        """Rules over ``t``; ``prior`` is the last day-level expression of earlier regions (view offset of its
        end, its day, whether it was relative), the antecedent of ``اليوم التالي`` when none is closer."""
        self.t = t
        self.source = source
        self.offsets = offsets
        self.prior = prior
        self.found: list[Found] = []

    # ------------------------------------------------------------------------------------------------ driver
    def parse(self) -> list[Found]:
        """Recognise the expressions of the region, left to right."""
        t = self.t
        i = 0  # the first token not inside an expression found
        # (round 40, sp12) the candidate tokens picked in C, not a Python step over every token of the region
        for k in compress(range(t.n), t.candidate):
            if k < i:
                continue
            f = self.parse_at(k)
            if f is not None:
                self.found.append(f)
                i = f.i1
        return self.found

    def parse_at(self, i: int) -> Found | None:
        """The longest expression starting at token ``i`` (the first rule wins a tie)."""
        t = self.t
        rules = _rules_for(t.lex, t.is_digits(i) or t.words[i] == "ال", t.keys[i])
        if Grammar.rule_count not in rules and t.lex.number_start(t.words[i]) and self._unit_ahead(i):
            rules = (*rules, Grammar.rule_count)  # الثلاثين يوما: an ordinal-looking number before a unit
        if not rules:
            return None
        best: Found | None = None
        for rule in rules:
            try:
                f = rule(self, i)
            except (OverflowError, ValueError):
                # date arithmetic beyond the calendar (years before 1 or after 9999) in a reading that is
                # not this expression's; the other rules still get their chance
                continue
            if f is not None and f.i1 > i and (best is None or f.i1 > best.i1):
                best = f
        return best

    def _unit_ahead(self, i: int) -> bool:
        """A time unit within the next few words (worth trying number words at ``i``)."""
        t = self.t
        for k in range(i + 1, min(t.n, i + 6)):
            if not t.words[k].isalpha():
                return False
            if "unit" in t.kinds(k, clitic=False):
                return True
        return False

    # ------------------------------------------------------------------------------------------------ days
    def rule_relday(self, i: int, *, adverb: bool = True) -> Found | None:
        """``اليوم``، ``أمس``، ``يوم أمس الأحد``، ``أول أمس``، ``غدًا``، ``بعد غد``، ``أمس صباحًا``."""
        t = self.t
        j, clitic = i, True
        if "dayword" in t.kinds(i) and t.adj(i, i + 1):
            j, clitic = i + 1, False
        m = t.match(j, "relday", clitic=clitic)
        if m is None:
            return None
        k, off = m
        if k == j + 1 and (t.keys[j] if clitic else t.words[j]) == "اليوم":
            if j == i and t.pre[i] == 0 and t.prev_key(i) in t.lex.named_day_before:
                return None  # عين اليوم، روسيا اليوم: a news outlet's name
            nxt = t.next_word(k)
            if nxt in t.lex.named_day_after:
                return None
            if nxt in t.lex.story_day_after:
                o = t.ordinal(k)
                return Found(i, o[1] if o is not None else k, "DATE", None, rel=True)
        weekday = None
        if t.adj(k - 1, k):
            w = t.match(k, "weekday")
            if w is None and t.words[k] == "(" and t.adj(k, k + 1):
                # أمس (الجمعة)، اليوم (الأربعاء): the weekday in parentheses, read with the relative day
                w = t.match(k + 1, "weekday")
                w = (w[0] + 1, w[1]) if w is not None and t.word(w[0]) == ")" and t.glued(w[0] - 1, w[0]) else None
            if w is not None:
                k, weekday = w
        code = None
        if adverb and t.adj(k - 1, k):
            p = t.match(k, "pod_adv")
            if p is not None:
                k, code = p
        ref, _ = t.ref(i)
        kind = "TIME" if code else "DATE"
        if ref is None:
            return Found(i, k, kind, None, rel=True)
        day = ref + dt.timedelta(days=off)
        precision, rng = 1, None
        if weekday is not None and day.weekday() != weekday:
            named = _named_weekday(ref, off, weekday)
            lo, hi = sorted((day, named))
            day, precision, rng = named, 2, (lo.isoformat(), hi.isoformat())
        value = day.isoformat() + (f"T{code}" if code else "")
        return Found(i, k, kind, value, rel=True, precision=precision, range=rng, day=day)

    def rule_anaday(self, i: int) -> Found | None:
        """``اليوم التالي``، ``ذلك اليوم``: a day of the story, counted from the closest earlier day-level
        expression of the same paragraph (its antecedent); without one, kept without a value."""
        m = self.t.match(i, "anaday", clitic=True)
        if m is None:
            return None
        k, off = m
        relative_clause = self.t.next_word(k) in self.t.lex.story_day_after
        antecedent = self._antecedent_day(i) if off is not None and not relative_clause else None
        if antecedent is None:
            return Found(i, k, "DATE", None, rel=True)
        day = antecedent[0] + dt.timedelta(days=off)
        return Found(i, k, "DATE", day.isoformat(), rel=antecedent[1], precision=1, day=day)

    def _antecedent_day(self, i: int) -> tuple[dt.date, bool] | None:
        """The day (and whether it is relative) of the closest earlier day-level expression before token ``i``
        in the same paragraph (no line break between them)."""
        t = self.t
        start = t.starts[i]
        for f in reversed(self.found):
            if f.i1 > i or f.day is None:
                continue
            if "\n" in t.text[t.ends[f.i1 - 1] : start]:
                return None
            return f.day, f.rel
        if self.prior is not None and "\n" not in t.text[self.prior[0] : start]:
            return self.prior[1], self.prior[2]
        return None

    def rule_tonight(self, i: int) -> Found | None:
        """``الليلة``، ``الليلة الماضية``، ``ليلة أمس``: TIME with the night code (TNI)."""
        m = self.t.match(i, "tonight", clitic=True)
        if m is None:
            return None
        k, off = m
        ref, _ = self.t.ref(i)
        if ref is None:
            return Found(i, k, "TIME", None, rel=True)
        day = ref + dt.timedelta(days=off)
        return Found(i, k, "TIME", f"{day.isoformat()}TNI", rel=True, precision=1, day=day)

    def _day_after(self, j: int) -> Found | None:
        """A day expression at token ``j`` (for parts of the day and clock times)."""
        t = self.t
        if j >= t.n or not t.adj(j - 1, j):
            return None
        f = _longest(self.rule_relday(j, adverb=False), self.rule_date(j), self.rule_weekday(j), self.rule_anaday(j))
        if f is None or f.type != "DATE" or f.parts or (f.value is not None and f.day is None):
            return None
        return f

    def rule_pod(self, i: int) -> Found | None:
        """``مساء أمس``، ``صباح اليوم``، ``فجر الأحد``، ``ظهر الخميس 16 مايو``: TIME with a part-of-day code."""
        m = self.t.match(i, "pod", clitic=True)
        if m is None:
            return None
        j, code = m
        sub = self._day_after(j)
        if sub is None:
            return None
        if sub.day is None:
            return Found(i, sub.i1, "TIME", None, rel=True)
        value = f"{sub.day.isoformat()}T{code}"
        # a day whose weekday and relative word disagree keeps its week precision and window
        return Found(i, sub.i1, "TIME", value, rel=sub.rel, precision=sub.precision or 1, range=sub.range, day=sub.day)

    def rule_night(self, i: int) -> Found | None:
        """``ليلة الأحد`` is the night before Sunday (Arabic usage); ``ليلة 15 مايو`` the night of the 15th."""
        t = self.t
        m = t.match(i, "night", clitic=True)
        if m is None or not t.adj(i, m[0]):
            return None
        j = m[0]
        date = self.rule_date(j)
        weekday = self.rule_weekday(j)
        sub = _longest(weekday, date)
        if sub is None or sub.day is None:
            return None
        day = sub.day - dt.timedelta(days=1) if sub is weekday else sub.day
        return Found(i, sub.i1, "TIME", f"{day.isoformat()}TNI", rel=sub.rel, precision=1, day=day)

    def rule_clock(self, i: int) -> Found | None:
        """``الساعة العاشرة``، ``الساعة 10:30 صباحًا``، ``الساعة الثامنة والنصف من مساء أمس``، ``10:30 مساءً``."""
        t = self.t
        j = i
        with_word = t.match(i, "clock", clitic=True)
        if with_word is not None:
            j = with_word[0]
            if not t.adj(i, j):
                return None
        hour: int
        minutes = 0
        # an hour word without الساعة (السابعة مساءً، الخامسة من مساء اليوم) needs a part of the day after it
        h = t.match(j, "hour", clitic=not with_word)
        if h is not None:
            k, hour = h
        elif t.is_digits(j) and len(t.words[j]) <= 2:
            hour, k = int(t.words[j]), j + 1
            if t.word(k) == ":" and t.glued(k - 1, k) and t.is_digits(k + 1) and t.glued(k, k + 1):
                minutes, k = int(t.words[k + 1]), k + 2
            elif not with_word:
                return None
        else:
            return None
        w = t.next_word(k)
        if w.startswith("و") and len(w) > 1 and "minute" in t.lex.single.get(w[1:], {}):
            minutes += t.lex.single[w[1:]]["minute"]
            k += 1
        elif w in ("الا", "إلا") and "minute" in t.kinds(k + 1, clitic=False) and hour > 0:
            hour, minutes = hour - 1, 60 - t.kinds(k + 1, clitic=False)["minute"]
            k += 2
        elif w == "و" and t.number(k + 1) is not None:
            n, after = t.number(k + 1) or (0.0, k)
            u = t.unit(after)
            if u is not None and u.code == "MIN" and n < 60:
                minutes, k = int(n), after + 1
        elif w.startswith("و") and t.number(k) is not None:
            # الساعة العاشرة وعشرين دقيقة، التاسعة وخمس وأربعين دقيقة: minutes in words glued to و
            n, after = t.number(k) or (0.0, k)
            u = t.unit(after) if t.adj(after - 1, after) else None
            if u is not None and u.code == "MIN" and n < 60 and n == int(n):
                minutes, k = int(n), after + 1
        code = None
        if t.adj(k - 1, k):
            p = t.match(k, "pod_adv")
            if p is not None:
                k, code = p
        before_pod = h is not None and t.next_word(k) == "من" and self.rule_pod(k + 1) is not None
        if not with_word and code is None and t.next_word(k) != "بتوقيت" and not before_pod:
            return None
        if not (0 <= hour <= 24 and 0 <= minutes < 60):
            return None
        nk = k + 1 if t.next_word(k) == "من" else k
        sub = _longest(self.rule_pod(nk), self._day_after(nk)) if t.adj(nk - 1, nk) else None
        day = None
        rel = True
        if sub is not None and sub.day is not None:
            k, day, rel = sub.i1, sub.day, sub.rel
            if code is None and sub.type == "TIME" and sub.value and "T" in sub.value:
                code = sub.value.split("T", 1)[1]
        hour = _adjust_hour(hour, code)
        if day is None:
            day = self._sentence_day(i)
        if day is None:
            # a clock time with no day of its own tells the day being narrated (قُتل … مساء أمس … وسقطت القذائف
            # قرابة الساعة السادسة مساءً): the last day-level expression before it, else the reference date
            told = self._narrative_day(i)
            if told is not None:
                day, rel = told
        if day is None:
            ref, _ = t.ref(i)
            day = ref
        if day is None:
            return Found(i, k, "TIME", f"XXXX-XX-XXT{hour:02d}:{minutes:02d}", rel=True)
        return Found(i, k, "TIME", f"{day.isoformat()}T{hour:02d}:{minutes:02d}", rel=rel, precision=1, day=day)

    def _narrative_day(self, i: int) -> tuple[dt.date, bool] | None:
        """The day (and whether it is relative) of the closest earlier day-level expression before token ``i``,
        in this region or an earlier one, across paragraphs."""
        for f in reversed(self.found):
            if f.i1 <= i and f.day is not None:
                return f.day, f.rel
        if self.prior is not None:
            return self.prior[1], self.prior[2]
        return None

    def _sentence_day(self, i: int) -> dt.date | None:
        """The day of the closest earlier day-level expression in the same sentence (a clock time's day)."""
        t = self.t
        for f in reversed(self.found):
            if f.i1 > i:
                continue
            gap = t.text[t.ends[f.i1 - 1] : t.starts[i]]
            if any(c in gap for c in _SENTENCE_END):
                return None
            if f.day is not None:
                return f.day
        return None

    # ------------------------------------------------------------------------------------------------ sets
    def rule_set(self, i: int) -> Found | None:
        """``يوميًا``، ``أسبوعيًا``، ``كل أسبوع``، ``كل عامين``، ``كل ثلاثة أشهر``، ``كل يوم جمعة``."""
        t = self.t
        m = t.match(i, "set", clitic=True)
        if m is not None:
            if t.adj(m[0] - 1, m[0]) and t.match(m[0], "month") is not None:
                return None  # شهري يونيو ويوليو: "the two months of"
            return Found(i, m[0], "SET", m[1])
        m = t.match(i, "every", clitic=True)
        if m is None or not t.adj(i, i + 1):
            return None
        j = m[0]
        if "dayword" in t.kinds(j, clitic=False) and t.adj(j, j + 1):
            # كل يوم جمعة: the weekday without its article
            weekday = t.lex.single.get("ال" + t.words[j + 1], {}).get("weekday")
            if weekday is not None:
                return Found(i, j + 2, "SET", f"XXXX-WXX-{weekday + 1}")
        p = t.match(j, "position")
        if p is not None and t.adj(j, p[0]):
            # كل نهاية شهر، كل مطلع عام: once per period
            u = t.unit(p[0])
            if u is not None and u.count == 1 and u.code not in ("H", "MIN", "S") and not u.needs_signal:
                return Found(i, p[0] + 1, "SET", cal.duration_value(1, u.code))
        u = t.unit(j)
        if u is not None and not u.definite and u.count is not None:
            if t.next_word(j + 1) in t.lex.greeting_after_every:
                return None  # كل عام وأنتم بخير: a greeting
            return Found(i, j + 1, "SET", cal.duration_value(u.count, u.code))
        num = t.number(j)
        if num is not None and num[0] == int(num[0]):
            u = t.unit(num[1]) if t.adj(num[1] - 1, num[1]) else None
            if u is not None and not u.definite and u.count != 2:
                return Found(i, num[1] + 1, "SET", cal.duration_value(int(num[0]), u.code))
        return None

    # ------------------------------------------------------------------------------------------------ counts
    def rule_count(self, i: int) -> Found | None:
        """Counted units: ``قبل ثلاثة أيام`` (DATE), ``بعد أسبوعين`` (DATE), ``منذ ثماني سنوات`` (DURATION with a
        range ending at the reference date), ``26 عامًا``، ``لمدة شهر``، ``أقل من عشر سنوات``، ``خلال 24 ساعة
        الماضية`` (DURATION), ``قبل أيام`` (PAST_REF)."""
        t = self.t
        lex = t.lex
        kinds = t.kinds(i)
        mode: str | None = None
        j = span0 = i
        past_signal = False
        for kind in ("ago", "later", "since"):
            if kind in kinds:
                mode, j = kind, i + 1
                break
        else:
            d = t.match(i, "dursig", clitic=True)
            if d is not None:
                mode, j = "dur", d[0]
                span0 = j
                past_signal = t.keys[i] == "اخر"
        if j > i and not t.adj(j - 1, j):
            return None
        hedged = False
        h = t.match(j, "hedge", clitic=j == i)
        if h is not None and t.adj(h[0] - 1, h[0]):
            j, hedged = h[0], True
        first = j == i
        n: float | None
        u = t.unit(j, clitic=first)
        if u is not None and not u.definite:
            k = j + 1
            n = u.count
            # لسنوات، لأيام، ليومين: a preposition glued to a dual or plural unit is a signal ("for")
            # (not for words with other senses: لعقود is also "for contracts")
            glued_prep = (
                first and u.count != 1 and not u.needs_signal and t.pre[j] > 0 and t.words[j][t.pre[j] - 1] in "بل"
            )
            signal = mode is not None or hedged or glued_prep
            if u.count == 1 and u.code == "M" and t.adj(j, k) and t.match(k, "month") is not None:
                return None  # خلال شهر رمضان، في شهر مايو: a month, read by rule_date
            if (
                not signal
                and u.count == 1
                and (not u.needs_signal or u.code in lex.modifier_signal_units)
                and t.next_word(k) in lex.unit_modifiers
            ):
                return Found(j, k, "DURATION", cal.duration_value(1, u.code))
            if not signal and (u.count != 2 or u.needs_signal):
                return None
            if t.keys[j] in lex.year_nouns and t.is_digits(k) and t.adj(j, k):
                return None
            if u.code == "D" and u.count == 1 and t.adj(j, k) and self._day_named_at(k):
                return None  # منذ يوم أمس، منذ يوم الخميس: a day named after يوم, read by the day rules
            nxt = t.next_word(k)
            if u.count is None and nxt.startswith("ال") and not t.kinds(k, clitic=False):
                return None  # سنوات الحرب، أيام العيد: a period named by an event, not a count
        else:
            u = None
            q = t.match(j, "quant", clitic=first)
            if q is not None and t.adj(q[0] - 1, q[0]):
                uq = t.unit(q[0])
                if uq is not None and uq.count is None and not uq.definite:
                    u, k, n = uq, q[0] + 1, None
            if u is None:
                num = t.number(j)
                if num is None:
                    return None
                n, after = num
                uq = t.unit(after) if t.adj(after - 1, after) else None
                if uq is None or uq.definite or uq.count == 2:
                    return None
                if uq.code == "D" and uq.count == 1 and t.adj(after, after + 1) and self._day_named_at(after + 1):
                    return None  # الرحلة 127 يوم 6 يوليو: يوم starts a date, the number is not a count
                u, k = uq, after + 1
        if u.needs_signal and n is not None and n > _MAX_COUNT.get(u.code, math.inf):
            return None  # توقيع أكثر من 40 عقدا: contracts, not four centuries
        if mode in ("ago", "later"):
            kk = k + 1 if t.next_word(k) in lex.unit_modifiers else k  # قبل يوم واحد من العملية
            anchor = t.next_word(kk)
            if anchor in lex.event_anchors and t.next_word(kk + 1) not in lex.not_event_anchor_after:
                mode, span0, k = "dur", i + 1, kk  # بعد أيام على بدء الحملة: counted from an event
        ref, _ = t.ref(i)
        code = u.code
        if mode in ("ago", "later"):
            sign = -1 if mode == "ago" else 1
            if ref is None:
                return Found(span0, k, "DATE", None, rel=True)
            if n is None or code in _SMALL_UNITS:
                value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                days = 1 if n is None else max(1, math.ceil(n * _SECONDS.get(code, 86400) / 86400))
                if code == "D" and n is None and sign < 0:
                    # (round 16, tx) قبل أيام: a few days before the reference date
                    rng = cal.past_span(ref, lex.recent_days)
                    return Found(span0, k, "DATE", value, rel=True, precision=2, range=rng)
                if code not in _SMALL_UNITS:
                    return Found(span0, k, "DATE", value, rel=True)
                other = ref + dt.timedelta(days=sign * days)
                lo, hi = (other, ref) if sign < 0 else (ref, other)
                rng = (lo.isoformat(), hi.isoformat())
                return Found(span0, k, "DATE", value, rel=True, precision=cal.range_precision(lo, hi), range=rng)
            if n != int(n):
                return Found(span0, k, "DATE", None, rel=True)
            try:
                day = cal.shift(ref, sign * int(n), code)
            except (OverflowError, ValueError):
                return Found(span0, k, "DATE", None, rel=True)
            value = cal.value_at(day, code)
            return Found(
                span0, k, "DATE", value, rel=True, precision=cal.precision_of(value), day=day if code == "D" else None
            )
        dur = cal.duration_value(n, code)
        if mode == "since":
            if n is None and code == "D" and ref is not None:
                # (round 16, tx) منذ أيام: "days ago" or "for days", either way the days up to the reference date
                return Found(span0, k, "DURATION", dur, rel=True, range=cal.past_span(ref, lex.recent_days))
            if n is None or ref is None or n != int(n):
                return Found(span0, k, "DURATION", dur)
            try:
                start = cal.shift(ref, -int(n), code)
            except (OverflowError, ValueError):  # "منذ 4000 سنة": before year 1, no calendar range
                return Found(span0, k, "DURATION", dur)
            return Found(span0, k, "DURATION", dur, rel=True, range=(start.isoformat(), ref.isoformat()))
        marker, after = _marker(t, k)
        if marker not in ("past", "future"):
            marker = "past" if past_signal else None
            after = k
        if marker is None or n is None or ref is None or n != int(n):
            return Found(span0, after, "DURATION", dur)
        try:
            if marker == "past":
                rng = (cal.shift(ref, -int(n), code).isoformat(), ref.isoformat())
            else:
                rng = (ref.isoformat(), cal.shift(ref, int(n), code).isoformat())
        except (OverflowError, ValueError):  # a span of time beyond the calendar (before year 1, after 9999)
            return Found(span0, after, "DURATION", dur)
        return Found(span0, after, "DURATION", dur, rel=True, range=rng)

    def _day_named_at(self, k: int) -> bool:
        """Token ``k`` starts the name of a day that يوم may precede: أمس، غد، a weekday, a day and a month."""
        t = self.t
        kinds = t.kinds(k)
        if "relday" in kinds or "weekday" in kinds:
            return True
        return t.is_digits(k) and len(t.words[k]) <= 2 and t.adj(k, k + 1) and t.match(k + 1, "month") is not None


Rule = Callable[[Grammar, int], Found | None]

#: Rules tried at a token, by the kinds of lexicon entries that start there (the first rule wins a tie).
_DISPATCH: dict[str, tuple[Rule, ...]] = {
    "month": (Grammar.rule_date,),
    "ordinal": (Grammar.rule_date,),
    "weekday": (Grammar.rule_date, Grammar.rule_weekday),
    "dayword": (Grammar.rule_date, Grammar.rule_weekday, Grammar.rule_relday),
    "relday": (Grammar.rule_relday,),
    "anaday": (Grammar.rule_anaday,),
    "tonight": (Grammar.rule_tonight,),
    "night": (Grammar.rule_night,),
    "pod": (Grammar.rule_pod,),
    "clock": (Grammar.rule_clock,),
    "hour": (Grammar.rule_clock,),
    "set": (Grammar.rule_set,),
    "every": (Grammar.rule_set,),
    "ago": (Grammar.rule_count,),
    "later": (Grammar.rule_count,),
    "since": (Grammar.rule_count,),
    "dursig": (Grammar.rule_count,),
    "hedge": (Grammar.rule_count,),
    "quant": (Grammar.rule_count,),
    "unit": (Grammar.rule_count, Grammar.rule_unit_rel, Grammar.rule_decade),
    "this": (Grammar.rule_unit_rel, Grammar.rule_reference),
    "weekend": (Grammar.rule_weekend,),
    "position": (Grammar.rule_weekend, Grammar.rule_position),
    "decade": (Grammar.rule_decade,),
    "decade_word": (Grammar.rule_decade,),
    "century": (Grammar.rule_century,),
    "season": (Grammar.rule_season,),
    "season_word": (Grammar.rule_season,),
    "year_part": (Grammar.rule_year_part,),
    "year_noun": (Grammar.rule_year,),
    "ref": (Grammar.rule_reference,),
    "ref_after": (Grammar.rule_reference,),
    "season_bare": (Grammar.rule_season,),
}
_DIGIT_RULES: tuple[Rule, ...] = (
    Grammar.rule_numeric,
    Grammar.rule_date,
    Grammar.rule_year,
    Grammar.rule_count,
    Grammar.rule_clock,
)


def _rules_for(lex: TimeLexicon, digits: bool, key: str) -> tuple[Rule, ...]:
    """The rules :meth:`Grammar.parse_at` tries at a token (before the number-word check that looks ahead), by
    whether it is digits (or ``الـ`` before digits) and by its lexicon key: the digit rules, then the rules of the
    kinds of entries that start with the key, then the date rule for a month word; a rule once, at its first place.
    (Round 40, sp12) kept per lexicon for the keys it holds (a few hundred), not built again for each of the ~50,000
    candidate tokens per 1,000 articles; any other key gets the digit rules or none."""
    if key not in lex.first_kinds and key not in lex.month_words:
        return _DIGIT_RULES if digits else ()
    cache = lex.rules_cache
    hit = cache.get((digits, key))
    if hit is None:
        rules: list[Rule] = list(_DIGIT_RULES) if digits else []
        for kind in lex.first_kinds.get(key, ()):
            for rule in _DISPATCH.get(kind, ()):
                if rule not in rules:
                    rules.append(rule)
        if key in lex.month_words and Grammar.rule_date not in rules:
            rules.append(Grammar.rule_date)
        hit = cache[(digits, key)] = tuple(rules)
    return hit
