"""Step 5 (date): the event's own expression, then the sentence's, the paragraph's, the post's, then the
reference date; and what is too old to be news."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasd.document import Document
from rasd.events.coding.background import fighting_going_on, joined_frame, pluperfect_at, time_point
from rasd.events.context import Context
from rasd.events.date_spans import part_span
from rasd.events.further import told_further
from rasd.events.gates import gated
from rasd.events.model import Candidate
from rasd.resources.cues import event_cue_alt
from rasd.resources.cues import merge_cue_alt as cue_alt

ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: A TimeML time of a known day: 2021-03-05TNI (night), 2021-03-05T14:00.
_DAY_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")
#: A TimeML value that names at least a year: 2018, 2018-07, 2018-SU (summer), 2018-W30, 2018-Q3.
_PARTIAL_DATE = re.compile(r"^\d{4}(?:$|-)")


# ---------------------------------------------------------------------------------------------------- dates
def timex_date(
    doc: Document,
    start: int,
    end: int,
    near: int,
    *,
    ranges: bool = True,
    trigger: int | None = None,
    weeks: bool = False,
    own: list[tuple[int, int]] | None = None,
    plan: bool = False,
) -> dict[str, Any] | None:
    """The date of the timex of ``[start, end)`` nearest to ``near``; with ``trigger``, a day that dates a report
    of the event (قالت القيادة في بيان اليوم الأحد إن غارات …) rather than the event is passed over, and a day told
    right after a verb of saying yields to an earlier day told after the trigger in its own clauses ``own``
    (:func:`report_then_own_day`); with ``weeks`` (the event's own clause), the article's own week is a coarse date
    (:func:`own_week`); a weekday the time stage put after the article's date is the one before it
    (:func:`named_weekday_back`) unless the event is a ``plan`` (told in the future tense or read as one)."""
    best = None
    ref = doc.article.reference_date or doc.article.published or ""
    back: dict[str, str] = {}
    for x in doc.timexes:
        if not (start <= x.start < end) or x.value is None:
            continue
        if night_second_day(doc, x):
            continue  # "ليل الاثنين الثلاثاء": the night began on Monday
        if trigger is not None and report_day(doc, x, trigger):
            continue
        if trigger is not None and since_after(doc, x, trigger, ref):
            continue
        if trigger is not None and end <= trigger and _long_since(doc, x, ref):
            continue
        if trigger is not None and _in_earlier_relative(doc.text, x, trigger):
            continue  # (round 40, ev10) "… التي سبق واستخدمتها قوات صالح في حرب صيف عام 1994": that deed's year
        earlier = None if plan else named_weekday_back(doc, x, ref)
        if earlier is not None:
            back[str(x.id)] = earlier  # "قالت الوزارة في بيان اليوم الاثنين" in an article dated the Saturday after
        elif ref and x.type == "DATE" and ISO_DATE.match(x.value) and x.value > ref[: len(x.value)]:
            continue  # "احتفالات القناة المقررة غدا": a day still to come dates no reported event
        if x.type == "DURATION" and _night_span(doc, x):
            continue  # (round 27, ft5) "ليل الاثنين - الثلاثاء": one night, not a span of days (its night dates it)
        if x.type == "DURATION" and x.range is not None and ranges:
            return {"value": None, "range": list(x.range), "time_precision": 3, "timex": x.id, "aggregate": True}
        timed = x.type == "TIME" and bool(_DAY_TIME.match(x.value))  # ليلة أمس = 2021-03-09TNI: that day
        if (x.type != "DATE" and not timed) or not _PARTIAL_DATE.match(x.value):
            continue  # PAST_REF, PRESENT_REF: no date at all
        d = abs(x.start - near)
        if best is None or d < best[0]:
            best = (d, x)
    if best is None:
        return None
    x = best[1]
    if trigger is not None:
        x = report_then_own_day(doc, x, trigger, own or [(start, end)]) or x
    value = back.get(str(x.id)) or x.value or ""
    if _DAY_TIME.match(value):
        value = value[:10]
        began = night_began(doc, x) if str(x.id) not in back else None
        if began is not None:
            value = began  # (round 27, ft5) "ليلة الأحد - الاثنين": Sunday's night, not the eve of Sunday
        if str(x.value).endswith("TNI") and past_midnight(doc, x) and (not ref or plus_days(value, 1) <= ref[:10]):
            value = plus_days(value, 1)  # "بعد منتصف ليل أمس": the night's small hours are the next day's
    week = own_week(value, ref) if weeks and not (trigger is not None and said_in(doc, x, trigger)) else None
    if week is not None:
        return {**week, "timex": x.id}  # (round 16b) "في نهاية الأسبوع"، "هذا الأسبوع": the article's own week
    if not ISO_DATE.match(value):
        value = value[:7] if re.match(r"^\d{4}-\d{2}$", value[:7]) else value[:4]  # صيف 2018 = 2018-SU → 2018
    prec = 1 if len(value) == 10 else 3
    if x.time_precision and str(x.id) not in back:
        prec = max(prec, x.time_precision)
    out: dict[str, Any] = {"value": value, "time_precision": prec, "timex": x.id}
    if x.range is not None and str(x.id) not in back:
        out["range"] = list(x.range)
        if part_span(x, value):
            # (round 38, tm1) "الأسبوع الماضي" (a week not the article's own), "مطلع الشهر الجاري" (days 1-10): the
            # value stays the year or the month (the row's reading of them is unchanged: a year alone is background,
            # a past month historical), the range is the week's or the month part's days, ACLED's time_precision 2
            out["time_precision"] = 2
    else:
        out["range"] = [value, value]
    return out


#: (round 17) A weekday named with today or a part of its day (اليوم الاثنين، ليل السبت، مساء الجمعة).
_WEEKDAY = re.compile(
    r"^(?:" + cue_alt("weekday_openers") + r")\s+\(?(?:" + cue_alt("weekday_names") + r")\)?(?![\u0621-\u064A])"
)
_COMING = re.compile(r"^\s*(?:" + cue_alt("coming_words") + r")(?![\u0621-\u064A])")
_COMING_IN = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("coming_words") + r")(?![\u0621-\u064A])")


#: (round 40, ev10) A relative clause recalling an earlier deed of its noun (التي سبق واستخدمتها، الذي كان قد): its
#: opener, sought back from a timex within its clause.
_RELATIVE_EARLIER = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("earlier_relatives") + r")\s+(?:" + cue_alt("earlier_openers") + r")"
)
#: how far back from a timex its relative clause's opener is sought; a comma or a full stop ends the clause
_RELATIVE_REACH = 90


def _in_earlier_relative(text: str, x: Any, trigger: int) -> bool:
    """Whether timex ``x`` is told in a relative clause recalling an earlier deed (:data:`_RELATIVE_EARLIER`) that
    the trigger at ``trigger`` is not in: the date is that deed's (وتسعى المقاومة للسيطرة على الطريق التي سبق
    واستخدمتها قوات صالح في حرب صيف عام 1994 … شهدت مواجهات: 1994 is not the clashes' year)."""
    lo = max(0, x.start - _RELATIVE_REACH)
    window = text[lo : x.start]
    cut = max(window.rfind("،"), window.rfind("."), window.rfind(","))
    if cut >= 0:
        lo, window = lo + cut + 1, window[cut + 1 :]
    if "سبق" not in window and "قد" not in window:
        return False
    mark = None
    for m in _RELATIVE_EARLIER.finditer(window):
        mark = m
    if mark is None:
        return False
    return not (lo + mark.start() <= trigger < x.end)


def named_weekday_back(doc: Document, x: Any, ref: str) -> str | None:
    """(Round 17, helper pe) The day a weekday names when the time stage put it after the article's date: the last
    such weekday on or before it. Some sites' articles are dated days after they were written: "قالت الوزارة في بيان
    اليوم الاثنين إن انفجارا …" in an article dated Saturday is the Monday before, "اليوم الأحد" in one dated Friday
    the Sunday before, and "في ساعات متأخرة ليل السبت", read as the coming Saturday, the one before. Only a weekday
    named after today or a part of its day (اليوم، ليل، مساء، صباح، فجر), less than a week after the date (a bare
    weekday, "يبدأ الفريق حملته السبت", may be a plan's), not a coming one (الأربعاء المقبل) nor told after غدا,
    and not for an event told in the future tense (:func:`timex_date`'s ``plan``: سيزور المبعوث عدن صباح الاثنين):
    a plan's day stays to come. The value keeps the time stage's reading
    of the day (its TimeML time of day); the weekday pins it (``time_precision`` 1)."""
    value = str(x.value or "")
    if not ref or len(ref) < 10 or x.type not in ("DATE", "TIME") or not ISO_DATE.match(value[:10]):
        return None
    if len(value) > 10 and not _DAY_TIME.match(value):
        return None
    days = _days_between(ref[:10], value[:10])
    if not 0 < days < 7:
        return None
    text = doc.text
    named = text[x.start : x.end].strip()
    if not _WEEKDAY.match(named) or _COMING.match(text, x.end) or _COMING_IN.search(named):
        return None
    if re.search(r"غد", text[max(0, x.start - 12) : x.end]):
        return None
    return minus_days(value[:10], 7) + value[10:]


#: (round 16b) A TimeML week (2015-W32) or its weekend (2015-W32-WE).
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")


def own_week(value: str, ref: str) -> dict[str, Any] | None:
    """(Round 16b, helper dt) The coarse date of a week that is the article's own (issue 12: the article's week,
    ``time_precision`` 2): "هذا الأسبوع" (the week of the reference date) and "في نهاية الأسبوع" (its weekend: when the
    weekend of the reference date's week is still to come, the one just past; "نهاية الأسبوع الماضي" on a Tuesday is
    that weekend too) are told as news of days the article does not name — the value is the week's last day up to the
    reference date, the range its days (from the Saturday before the ISO week's Monday: the week of Arabic news begins
    on Saturday or Sunday; Friday to Sunday for a weekend). An earlier week (الأسبوع الماضي، the coders'
    background on tune4, tune8, tune12, tune13) is not the article's own: ``None`` (read as before, its year alone:
    no row). Read only in the event's own clause: a week in another clause of the sentence (قالت واشنطن هذا الأسبوع
    إنها قررت السماح بشن ضربات) dates the saying, not the happening."""
    m = _WEEK.match(value)
    if m is None or not ref or not ISO_DATE.match(ref[:10]) or len(ref[:10]) != 10:
        return None
    try:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    day = dt.date.fromisoformat(ref[:10])
    own = day - dt.timedelta(days=day.weekday())
    first, last = monday, monday + dt.timedelta(days=6)
    if m.group(3):
        first = monday + dt.timedelta(days=4)  # Friday to Sunday: the Arab and the Western weekend
        if first > day:
            first, last = first - dt.timedelta(days=7), last - dt.timedelta(days=7)
        if monday not in (own, own - dt.timedelta(days=7)) or first > day or (day - first).days > 7:
            return None  # the weekend just past (نهاية الأسبوع الماضي on a Tuesday) is the news's; one before it not
    elif monday != own:
        return None
    else:
        first = monday - dt.timedelta(days=2)  # the week of Arabic news begins on Saturday (or Sunday)
    last = min(last, day)
    return {"value": last.isoformat(), "range": [first.isoformat(), last.isoformat()], "time_precision": 2}


#: A verb of saying (قال، أعلن، ذكر …; lists.saying_words) in the normalized text: the day after it may be the report's.
_SAYING = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("saying_words") + r")(?![\u0621-\u064A])")
#: A complementizer (إن، أن، بأن; lists.complementizers) opening what was said.
_THAT = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("complementizers") + r")(?![\u0621-\u064A])")


#: A complementizer, also with its pronoun (إنها، أنه، بأنهم).
_THAT_PRONOUN = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("complementizers") + r")(?:ها|ه|هم|هما|هن|نا)?(?![\u0621-\u064A])"
)


def said_in(doc: Document, x: Any, trigger: int) -> bool:
    """(Round 16b) Whether the timex ``x`` stands in the reporting clause of the trigger's sentence: after a verb of
    saying, before the complementizer that opens what was said, the trigger after it (وقالت واشنطن هذا الأسبوع إنها
    قررت السماح بشن ضربات)."""
    return x.start < trigger and _in_reporting_clause(doc.text, x, trigger, _THAT_PRONOUN)


def _in_reporting_clause(text: str, x: Any, trigger: int, that_re: re.Pattern[str]) -> bool:
    """Whether the timex ``x`` follows a verb of saying (no sentence end between) and a complementizer of ``that_re``
    follows it before ``trigger`` (no sentence end between)."""
    saying = [m for m in _SAYING.finditer(text, max(0, x.start - 80), x.start)]
    if not saying or re.search(r"[.!؟?\n]", text[saying[-1].end() : x.start]):
        return False
    that = that_re.search(text, x.end, trigger)
    return that is not None and not re.search(r"[.!؟?\n]", text[x.end : that.start()])


def _day_of(x: Any) -> str | None:
    """The day a timex names (a DATE of a day, or a TIME of a known day: ليلة أمس = 2021-03-09TNI), else None."""
    value = str(x.value or "")
    if x.type == "DATE" and ISO_DATE.match(value) and len(value) == 10:
        return value
    if x.type == "TIME" and _DAY_TIME.match(value):
        return value[:10]
    return None


def report_then_own_day(doc: Document, x: Any, trigger: int, own: list[tuple[int, int]]) -> Any | None:
    """(Round 17, helper pe) The event's own day when the day chosen, ``x``, is the report's: a day told right after
    a verb of saying or a statement (no sentence end between), before the trigger, while the trigger's own clauses
    ``own`` tell an earlier day after the trigger — "أعلن الوزير أمس الأحد اعتقال المتورطين بالتفجير الذي استهدف
    السوق الجمعة" (Friday), "قال المرصد يوم الأربعاء إن الاشتباكات استمرت مساء الثلاثاء" (Tuesday), "في بيان أصدرته
    أمس بمناسبة تحرير القاعدة في عملية أول من أمس". The day said is the report's only when the event's own day is told
    too and comes before it (a later day, غدا الأحد, tells a plan, and a report's day with no other dates the event
    as before: ذكرت مصادر ليل الاثنين أن اشتباكات تدور). ``None`` when ``x`` stays."""
    said = _day_of(x)
    if said is None or x.start >= trigger:
        return None
    text = doc.text
    saying = [m for m in _SAYING.finditer(text, max(0, x.start - 80), x.start)]
    if not saying or re.search(r"[.!؟?\n]", text[saying[-1].end() : x.start]):
        return None
    stop = re.compile(r"[.!؟?\n]")
    best = None
    for y in doc.timexes:
        day = _day_of(y)
        if day is None or y.start <= trigger or not any(a <= y.start < b for a, b in own):
            continue
        if day >= said or night_second_day(doc, y) or stop.search(text, trigger, y.start):
            continue
        if _SINCE.search(text, max(0, y.start - 8), y.start) or _days_between(day, said) > OWN_DAY_DAYS:
            continue  # "منذ 20 يوليو": a period's start, not a day of the event; a day long before the report neither
        if not _own_relative(text, trigger, y.start):
            continue  # "أعلن أمس الأحد اعتقال المتورطين بالتفجير الذي استهدف السوق الجمعة": Friday is the bombing's
        if best is None or y.start < best.start:
            best = y
    return best


#: How many days before the report's day the event's own day may be (a report of news of the week).
OWN_DAY_DAYS = 7
#: "Since" right before a day: the start of a period (منذ 20 يوليو، منذ الأحد).
_SINCE = re.compile(r"(?<![\u0621-\u064A])(?:منذ|مذ)\s+$")


#: (Round 20, helper evr) "Since" as a word (منذ، ومنذ، مذ).
_SINCE_WORD = re.compile(r"(?<![\u0621-\u064A])و?(?:منذ|مذ)(?![\u0621-\u064A])")


def since_after(doc: Document, x: Any, trigger: int, ref: str) -> bool:
    """(Round 20, helper evr) Whether a time told after the trigger in its sentence, with "since" between them,
    measures a span that is not the event's own, so does not date it: "since" in a relative clause after the trigger
    (قصفت الطائرات مواقع في تعز التي تشهد مواجهات منذ شهر مارس: March starts the city's fighting, not the strike),
    or after a word of now (تشهد المدينة الآن مواجهات هي الأعنف منذ سقوط المدينة قبل أربعة أشهر: the fighting is
    the report's). "Since" in the trigger's own clause (يشن التحالف غارات منذ أغسطس 2014، تشهد سيناء العديد من
    الهجمات منذ الإطاحة بمرسي في يوليو 2013) measures the event's own span: that time still dates it (a campaign,
    not the report's news). Only a time before the report's week (a month, a year, a day long before):
    "الاشتباكات المستمرة منذ يوم الأحد" keeps its Sunday."""
    if x.start <= trigger:
        return False
    between = doc.text[trigger : x.start]
    if re.search(r"[.!؟?\n]", between):
        return False
    since = list(_SINCE_WORD.finditer(between))
    if not since:
        return False
    day = _day_of(x)
    if day is not None and ref and _days_between(day, ref[:10]) <= OWN_DAY_DAYS:
        return False
    before = between[: since[-1].start()]
    lead = doc.text[max(0, trigger - NOW_CHARS) : trigger]
    lead = re.split(r"[.!؟?\n،,]", lead)[-1]  # the trigger's own clause only (تشهد المدينة الآن مواجهات)
    return bool(_RELATIVE.search(before) or _NOW.search(lead + " " + before))


#: (Round 20, helper evr) How far before the trigger a word of now may stand (تشهد مدينة تعز الآن مواجهات).
NOW_CHARS = 30


#: (Round 20, helper evr) A word of now (الآن، حاليا; lists.now_words of event_cues.yaml), not "until now" (قتل
#: أكثر من ألف حتى الآن منذ بدء الغارات في مارس: a tally since March).
_NOW = re.compile(r"(?<![\u0621-\u064A])(?<!حتى )(?:" + event_cue_alt("now_words") + r")(?![\u0621-\u064A])")


def _long_since(doc: Document, x: Any, ref: str) -> bool:
    """(Round 31, helper rc3) Whether ``x`` is a day after "since" more than a week before the report (تحلق طائرات
    التحالف منذ 26 مارس الماضي): a campaign's start, which dates no event a later sentence tells (وأوضح السكان أن
    المقاومة تمكنت من السيطرة على معسكر …). A recent one (تعتقل المخابرات منذ يوم الجمعة خال …) still dates the
    sentences that retell it."""
    day = _day_of(x)
    if day is None or not ref or not _SINCE.search(doc.text, max(0, x.start - 8), x.start):
        return False
    return _days_between(day, ref[:10]) > OWN_DAY_DAYS


def _days_between(earlier: str, later: str) -> int:
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return 10**6


#: A relative pronoun (lists.relative_pronouns of event_cues): the clause after it tells of the noun before it.
_RELATIVE = re.compile(r"(?<![\u0621-\u064A])(?:" + event_cue_alt("relative_pronouns") + r")(?![\u0621-\u064A])")
_WORD = re.compile(r"[\u0621-\u064A\u0640]+")


def _own_relative(text: str, trigger: int, end: int) -> bool:
    """Whether every relative clause between the trigger and ``end`` describes the trigger's own noun: the pronoun
    right after the trigger's word, or after one definite adjective of a definite trigger (التفجير الذي، الهجوم
    الانتحاري الذي), not after another noun (اعتقال المتورطين بالتفجير الذي: the bombing's clause)."""
    first = _WORD.match(text, trigger)
    if first is None:
        return False
    for rel in _RELATIVE.finditer(text, first.end(), end):
        words = _WORD.findall(text, first.end(), rel.start())
        trig_word = first.group().lstrip("وفب")
        if not words:
            continue
        if len(words) == 1 and words[0].startswith("ال") and trig_word.startswith("ال"):
            continue
        return False
    return True


def report_day(doc: Document, x: Any, trigger: int) -> bool:
    """Whether a day stands in the reporting clause of the trigger's sentence: after a verb of saying, before the
    complementizer that opens what was said, the trigger after it (وقالت القيادة في بيان اليوم الأحد إن غارات …)."""
    ref = doc.article.reference_date or doc.article.published or ""
    if x.start >= trigger or not ref or str(x.value or "")[:10] != ref[:10]:
        return False  # a day before the report's (ذكرت مصادر ليل الاثنين أن اشتباكات تدور) dates what it tells too
    return _in_reporting_clause(doc.text, x, trigger, _THAT)


def article_day(doc: Document, before: int) -> dict[str, Any] | None:
    """The one day the article named before ``before``, other than the day of the report, when its lead names it
    (the lead's "يوم السبت" for a strike told in a later paragraph whose sentence is dated only by the statement's
    "اليوم الأحد"); None when it named none or several, or only deep in the text."""
    ref = doc.article.reference_date or doc.article.published or ""
    lead = lead_end(doc)
    if not ref or before > lead + NEWS_CHARS:
        return None  # deep in a long article (an op-ed, a feature): the lead's day is not its events' day
    days = {
        str(x.value)
        for x in doc.timexes
        if x.start < before
        and x.type == "DATE"
        and ISO_DATE.match(str(x.value or ""))
        and len(str(x.value)) == 10
        and str(x.value) < ref[:10]
        and not night_second_day(doc, x)
    }
    if len(days) != 1:
        return None
    value = days.pop()
    if not any(str(x.value) == value and x.start < lead for x in doc.timexes):
        return None  # a day named deep in an op-ed is no day of the news the article reports
    if (dt.date.fromisoformat(ref[:10]) - dt.date.fromisoformat(value)).days > 7:
        return None  # a day long before the report is background, not the day of its news
    return {"value": value, "range": [value, value], "time_precision": 1, "timex": None, "source": "article's day"}


#: The source of an inferred day, :func:`article_day`'s and :func:`one_day`'s: the merge step reads it as a fallback
#: like the reference date (a capture dated so still takes the battles of the day a later sentence names).
_ONE_DAY = "article's day"


def one_day(doc: Document) -> dict[str, Any] | None:
    """(round 23, ac10) The one past day a short article names anywhere, the day its story happened, for an event no
    day stands before: a later sentence that goes on with the story ("وفي وقت لاحق أمس، أطلقت الشرطة …", "الذين
    اقتحموا المسجد، أمس"), the retold arrest's "ليل الثلاثاء الأربعاء", the bombing's "أمس الاثنين" in the lead of
    a story whose second bombing is told at its end. None in a long article, or when it names two past days, none,
    or the report's own day too (then the reference date stays); a day in a sentence the pluperfect's auxiliary
    opens is an earlier happening's, and "ليلة السبت" in Saturday's paper may be the report's own day. The day is
    inferred, not told of the event: time precision 2, so that a day told of another mention of a merged row wins."""
    ref = doc.article.reference_date or doc.article.published or ""
    if not ref or len(doc.text) > SHORT_CHARS:
        return None
    days = set()
    for x in doc.timexes:
        value = str(x.value or "")
        timed = x.type == "TIME" and bool(_DAY_TIME.match(value))
        if not (timed or (x.type == "DATE" and len(value) == 10 and ISO_DATE.match(value))):
            continue
        if night_second_day(doc, x) or value[:10] > ref[:10] or _recalled(doc, x.start):
            continue
        if (
            timed
            and value.endswith("TNI")
            and plus_days(value[:10], 1) == ref[:10]
            and _NAMED_DAY.search(doc.text, x.start, x.end)
            and not _joined_night(doc, x)
        ):
            days.add(ref[:10])  # "ليلة السبت" in Saturday's paper: the night may be the report's own day
            continue
        if _days_between(value[:10], ref[:10]) <= 7:
            days.add(value[:10])  # (a day long before the report is background: 5 تموز in a story of the 22nd)
    if len(days) != 1 or ref[:10] in days:
        return None  # two days, or the report's own (اليوم الاثنين … وقتل ضابطان أمس الأحد: another story's day)
    value = days.pop()
    # a day inferred, not told of the event: precision 2 (a day told of another mention of a merged row outranks it)
    return {"value": value, "range": [value, ref[:10]], "time_precision": 2, "timex": None, "source": _ONE_DAY}


_NAMED_DAY = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("weekday_names") + r")(?![\u0621-\u064A])")


#: A sentence opened by the pluperfect's auxiliary (وكان العقيد قتل يوم الخميس الماضي; lists.pluperfect_aux).
_OPENS_RECALL = re.compile(r"\s*[\"«“(]?\s*(?:و|ف)?(?:" + event_cue_alt("pluperfect_aux") + r")(?![\u0621-\u064A])")


def _recalled(doc: Document, at: int) -> bool:
    """Whether ``at`` stands in a sentence the pluperfect's auxiliary opens: an earlier happening recalled, whose
    day is not the story's (the murder "يوم الخميس الماضي" behind the suspect's arrest)."""
    start = max((s.start for s in doc.sentences if s.start <= at), default=0)
    return _OPENS_RECALL.match(doc.text, start) is not None


def _joined_night(doc: Document, x: Any) -> bool:
    """Whether the night ``x`` is named by two weekdays (ليل الثلاثاء الأربعاء): its second day stands right after."""
    return any(0 <= y.start - x.end <= 6 and night_second_day(doc, y) for y in doc.timexes)


#: How long an article may be for :func:`one_day` to read its one day as its story's (a short news item).
SHORT_CHARS = 3000


#: How far after the lead a news story's later paragraphs may still take the lead's day (a short news item).
NEWS_CHARS = 1200
#: How much of the first body block is the lead.
LEAD_CHARS = 400


def lead_end(doc: Document) -> int:
    """Where the article's lead ends: the title and the first ``LEAD_CHARS`` of its first block of body text."""
    body = [b for b in doc.blocks if str(b.kind) != "title" and doc.text[b.start : b.end].strip()]
    return min(body[0].end, body[0].start + LEAD_CHARS) if body else len(doc.text)


#: Two weekdays joined as one night (ليل الاثنين الثلاثاء، ليلة الأحد - الاثنين، ليل السبت على الأحد;
#: lists.night_joiners).
_NIGHT_JOIN = re.compile(r"^\s*(?:[-–/]|" + cue_alt("night_joiners") + r")?\s*$")


def night_second_day(doc: Document, x: Any) -> bool:
    """Whether a day is the second of a night named by two weekdays (ليل الاثنين الثلاثاء): the night's own timex,
    the day before, stands right before it (or two days before: the time stage reads "ليلة الأحد" as the eve of
    Sunday, so "ليلة الأحد - الاثنين" has its night on Saturday; round 27, ft5)."""
    if x.type != "DATE" or not x.value or not ISO_DATE.match(x.value) or len(x.value) != 10:
        return False
    return any(
        y.end <= x.start
        and x.start - y.end <= 6
        and y.type == "TIME"
        and str(y.value or "").endswith("TNI")
        and _NIGHT_JOIN.match(doc.text[y.end : x.start])
        and str(y.value)[:10] in (minus_days(x.value, 1), minus_days(x.value, 2))
        for y in doc.timexes
    )


def night_began(doc: Document, y: Any) -> str | None:
    """(Round 27, helper ft5) The day a night named by two weekdays began, read from its second day: "ليل الاثنين -
    الثلاثاء" and "ليلة الاثنين الثلاثاء" are Monday's night (the time stage reads "ليلة الاثنين" alone as the eve of
    Monday, Sunday's night; tune6's coders date "ليلة الأحد - الاثنين" Sunday, tune30's "ليل الثلاثاء - الأربعاء"
    Tuesday). ``y`` is the night's TIME; None when no second weekday stands right after it."""
    if y.type != "TIME" or not str(y.value or "").endswith("TNI") or not _DAY_TIME.match(str(y.value)):
        return None
    for z in doc.timexes:
        if z.start < y.end or z.start - y.end > 6 or not night_second_day(doc, z):
            continue
        if _NIGHT_JOIN.match(doc.text[y.end : z.start]):
            return minus_days(str(z.value), 1)
    return None


def _night_span(doc: Document, x: Any) -> bool:
    """Whether a DURATION is a night named by two weekdays (the time stage reads "ليل الاثنين - الثلاثاء" as one day
    long): a night's TIME inside it that :func:`night_began` reads (round 27, ft5)."""
    return any(x.start <= y.start < x.end and night_began(doc, y) is not None for y in doc.timexes)


def event_date(ctx: Context, cand: Candidate) -> dict[str, Any] | None:
    """Step 5 (date): the clause, the sentence, the paragraph before it, the post, then the reference date."""
    doc = ctx.doc
    if cand.another and cand.place_from in _OWN_PLACE and not _similar_now(ctx, cand) and told_further(ctx, cand):
        # (round 37, ev1) "وفي محافظة مأرب شنت طائرات التحالف غارات أخرى": the news's next item, at a place of its
        # own (not "وأضاف المصدر أن غارة أخرى دمرت مدفع هاون", one more strike of the front told before)
        return _further_date(ctx, cand) if not _earlier_deed(ctx, cand) else dict(_EARLIER_DATE)
    if (cand.another and not _similar_now(ctx, cand)) or _earlier_deed(ctx, cand):
        return {"value": None, "range": None, "time_precision": None, "timex": None, "note": "an earlier event"}
    if time_point(ctx, cand):
        # (round 14b) "رست السفينة اليوم في عدن بعد أربعة أشهر على بدء المعارك": the sentence's day is its clause's,
        # the point in time has only a day written right after it (قبيل تحرير عدن في 17 يوليو)
        mark = _MARK.search(doc.text, cand.end, cand.sentence[1])
        found = timex_date(doc, cand.end, mark.start() if mark else cand.sentence[1], cand.start, ranges=False)
        return found or {"value": None, "range": None, "time_precision": None, "timex": None, "note": _EARLIER}
    if joined_frame(ctx, cand) == "aim":
        # (round 34, bg5) "في محاولة منهم لفك الحصار على زنجبار وتحريرها": a capture joined to an aim is aimed at,
        # no deed of a day (no row; the event stays)
        return {"value": None, "range": None, "time_precision": None, "timex": None, "note": "an aim"}
    # (round 16) a pluperfect's own day is told after its auxiliary: one before it is the main verb's (سلمت واشنطن
    # أمس الخميس أرملة قيادي كانت قد سجنت بعد غارة: yesterday is the handing over)
    aux = pluperfect_at(ctx, cand)
    plan = cand.tense == "future" or cand.status == "future"
    # (round 33, og1) "ولا يزال الاقتتال دائرا في الحوطة … بعد تفجره منذ أيام": fighting told still going on at a named
    # place is a clash of the report's day (round 18b's ruling); the span since it broke out is no date of it, nor
    # is a day told earlier in the paragraph (below)
    spans = not fighting_going_on(ctx, cand)
    for a, b in cand.clauses:
        if aux is not None:
            a = max(a, aux)
            if a >= b:
                continue
        found = timex_date(
            doc,
            *_own(ctx, cand, a, b),
            cand.start,
            ranges=spans,
            trigger=cand.start,
            weeks=True,
            own=cand.clauses,
            plan=plan,
        )
        if found is not None:
            return found
    s_from = cand.sentence[0] if aux is None else max(cand.sentence[0], aux)
    found = timex_date(
        doc,
        *_own(ctx, cand, s_from, cand.sentence[1]),
        cand.start,
        ranges=False,
        trigger=cand.start,
        own=cand.clauses,
        plan=plan,
    )
    if found is not None:
        return found
    if aux is not None:
        # (round 14b) "وكانت القوات قد انسحبت من المدينة": an earlier happening with no day of its own in its
        # sentence: not dated to the article
        return {"value": None, "range": None, "time_precision": None, "timex": None, "note": _EARLIER}
    s0, s1 = cand.sentence
    if ctx.has("status:background", s0, min(s1, s0 + 40)):
        # "جدير بالذكر أن … تم إعدامه": background recalled, not news of the day
        return {"value": None, "range": None, "time_precision": None, "timex": None, "note": "background"}
    b0, _ = ctx.block(cand.start)
    link = _LINK_LINE.match(doc.text, s0, min(s1, s0 + 40))  # "رابط الخبر بصحيفة …: <the headline>": no day of its own
    # (a day in a reporting clause earlier in the paragraph, "وقالت القيادة في بيان اليوم الأحد إن غارات …", is the
    # report's, not the day of what the next sentence goes on to tell: the lead's day below dates it)
    # (round 17) a weekday read back from the article's lagging date dates no present-tense statement of the next
    # sentence ("ويقتل العشرات سنويا في حوادث القوارب" after "غرق قارب اليوم الخميس")
    found = (
        None
        if link
        else timex_date(
            doc,
            b0,
            cand.sentence[0],
            cand.sentence[0],
            ranges=False,
            trigger=cand.start,
            plan=plan or cand.tense == "present",
        )
    )
    if found is not None and found.get("time_precision") == 1 and spans:
        # a day named earlier in the paragraph; a month or year there says nothing of this event. (Round 33, og1) Not
        # for fighting told still going on: round 18b's ruling dates it by its sentence's day, else the report's
        # ("وكانت قد انتزعت السيطرة على عدن … في 17 يوليو. ولا يزال الاقتتال دائرا في الحوطة": not the 17th)
        return found
    day = article_day(doc, cand.start) or one_day(doc)
    if day is not None:
        return day
    post = doc.post_at(cand.start)
    if post is not None and post.date:
        return {
            "value": post.date,
            "range": [post.date, post.date],
            "time_precision": 1,
            "timex": None,
            "source": "post",
        }
    ref = doc.article.reference_date or doc.article.published
    if ref:
        return {
            "value": ref,
            "range": [minus_days(ref, 7), ref],
            "time_precision": 2,
            "timex": None,
            "source": "reference date",
        }
    return None


#: "It had before" with its subject between (وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات، سبق لها أن): an earlier happening
#: recalled (the cue list's سبق أن has no word between).
_PREVIOUSLY = gated(re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?سبق\s+ل[\u0621-\u064A]+\s+(?:أن|ان|و)(?![\u0621-\u064A])"))


def _further_date(ctx: Context, cand: Candidate) -> dict[str, Any] | None:
    """(Round 37, helper ev1) The date of a happening told as "another" item of the news
    (:func:`rasd.events.further.told_further`): as its sentence dates it, were it not "another" (``another`` stays
    set for the merge); a day weeks before the report (:data:`FURTHER_DAYS`) makes it the earlier happening it names
    ("وفي 26 يونيو وقع هجوم آخر أسفر عن مقتل 38 سائحا" in a report of late July), no date."""
    cand.another = False
    try:
        found = event_date(ctx, cand)
    finally:
        cand.another = True
    value = str((found or {}).get("value") or "")
    ref = str(ctx.doc.article.reference_date or ctx.doc.article.published or "")[:10]
    if ISO_DATE.match(value[:10]) and ISO_DATE.match(ref) and value[:10] <= minus_days(ref, FURTHER_DAYS):
        return dict(_EARLIER_DATE)
    return found


#: (Round 37, helper ev1) A day this many days or more before the report is no "further item" of its news.
FURTHER_DAYS = 7
#: ... which is told at a place its own clause or sentence names.
_OWN_PLACE = ("clause", "sentence")
_EARLIER_DATE: dict[str, Any] = {
    "value": None,
    "range": None,
    "time_precision": None,
    "timex": None,
    "note": "an earlier event",
}


#: (round 18b, helper og) A timex value that names a day (2015-08-06, 2015-08-06TAF).
_A_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: (round 18b, helper og) "That" after a verb of saying: the reported content starts there.
_THAT_WORD = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("that_words") + r")(?![\u0621-\u064A])")


def _earlier_deed(ctx: Context, cand: Candidate) -> bool:
    """Whether an "earlier" mark in the trigger's clause before it (في وقت سابق، سبق وأن، سبق للجماعة أن) tells the
    happening as recalled from before. (Round 18b, helper og) Not when the mark governs a report and the trigger is
    told in what was reported: a verb of saying then "that" between the mark and the trigger (وسبق وأن ذكرت مصادر أن
    ثلاثة صواريخ أطلقت أمس), or the saying right before the mark and "that" after it (وقالت الوحدات في وقت سابق إن
    الجيش قصف، أفادت، في وقت سابق، أن): the report is the earlier thing, the deed keeps the day told with it. "Had
    before" (سبق أن، سبق وأن، سبق لـ … أن) may reach back years: only with a day told in what was reported."""
    doc = ctx.doc
    c0 = cand.clause[0]
    marks = [
        (p, e)
        for p, e in zip(ctx.cues.get("status:earlier", []), ctx.cue_ends.get("status:earlier", []), strict=True)
        if c0 <= p < cand.start
    ]
    marks += [(m.start(), m.end()) for m in _PREVIOUSLY.finditer(doc.text, c0, cand.start)]
    marks = [(p, e) for p, e in marks if not _earlier_today(ctx, cand, p, e)]
    return any(not _governs_report(ctx, cand, p, e) for p, e in marks)


#: (Round 30, helper rc2) The "earlier" of the day's news (event_merge_cues.yaml earlier_today: في وقت سابق), and how
#: many words may stand between it and the trigger it tells (its day: "في وقت سابق يوم الجمعة في هجوم").
_EARLIER_TODAY = re.compile(r"(?:" + cue_alt("earlier_today") + r")\s*$")
_EARLIER_TODAY_REACH = 4
#: ... opening its clause (what may stand before it: quotes, a dash, و or ف) or with its day right after it (يوم
#: الجمعة، من مساء أمس: a day or time starting at most this many characters on).
_CLAUSE_OPENING = re.compile(r"[\s\"«»“”'\-–—:،,(]*(?:[وف])?")
_EARLIER_DAY_GAP = 5
#: ... not after a pluperfect's auxiliary in its sentence (وكان، وكانت … قد; event_cues pluperfect_aux).
_PLUPERFECT_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + event_cue_alt("pluperfect_aux") + r")(?![\u0621-\u064A])"
)


#: (Round 30, helper rc2) A present verb of occurring or going on (event_merge_cues.yaml present_occurring_verbs)
#: right before a trigger, at most two words between (وتدور اشتباكات عنيفة مماثلة، تجري مواجهات مماثلة).
_PRESENT_OCCURRING = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("present_occurring_verbs") + r")(?:\s+[^\s.،,؛]+){0,2}?\s+$"
)


def _similar_now(ctx: Context, cand: Candidate) -> bool:
    """(Round 30, helper rc2) Whether a happening told as "another" or "similar" (اشتباكات مماثلة) is told going on
    now by a present verb of occurring right before it in its clause ("وتدور اشتباكات عنيفة مماثلة في الجبهة الشمالية
    بمجزر"): one more front of the news told, dated as its sentence dates it, not one recalled from before (it stays
    a happening of its own: ``another`` is kept for the merge)."""
    w0 = ctx.word_start(cand.start)
    return _PRESENT_OCCURRING.search(ctx.doc.text, max(cand.clause[0], w0 - 40), w0) is not None


def _earlier_today(ctx: Context, cand: Candidate, p: int, e: int) -> bool:
    """(Round 30, helper rc2) Whether the earlier mark at ``[p, e)`` is "في وقت سابق" right before the trigger (at
    most four words between: "وفي وقت سابق قصفت ميليشيات الحوثي الأحياء السكنية في تعز"، "كما قتل 15 شخصا في وقت
    سابق يوم الجمعة في هجوم بشاحنة مفخخة"): earlier in the news told, dated as the sentence dates it, not a happening
    recalled from before ("سبق أن"، "سابقا", the mark of another verb: "وفي وقت سابق من مساء أمس تفقد … المسجد
    الذي … بعد عملية تفجير … الخميس الماضي", or a pluperfect's: "وكانت القوات … قد شنت في وقت سابق من نهار أمس
    هجوما")."""
    if not _EARLIER_TODAY.search(ctx.doc.text, p, e):
        return False
    if _PLUPERFECT_BEFORE.search(ctx.doc.text, cand.sentence[0], p):
        return False  # "وكانت القوات … قد شنت في وقت سابق من نهار أمس هجوما": a pluperfect recall of the news' past
    if ctx.words_between(e, ctx.word_start(cand.start)) > _EARLIER_TODAY_REACH:
        return False
    # the news' "earlier" opens its clause ("وفي وقت سابق، قصفت …") or names its day ("في وقت سابق يوم الجمعة"); a
    # bare one inside the clause ("وشنت طائرات التحالف في وقت سابق غارات") may reach back any time (round 18b)
    opens = _CLAUSE_OPENING.fullmatch(ctx.doc.text, min(cand.clause[0], p), p) is not None
    return opens or any(x.type in ("DATE", "TIME") and e <= x.start <= e + _EARLIER_DAY_GAP for x in ctx.doc.timexes)


def _governs_report(ctx: Context, cand: Candidate, p: int, e: int) -> bool:
    """Whether the earlier mark at ``[p, e)`` dates a saying whose "that" clause holds the trigger
    (:func:`_earlier_deed`)."""
    text = ctx.doc.text
    that = [m.start() for m in _THAT_WORD.finditer(text, e, cand.start)]
    if not that:
        return False
    if text[p:e].lstrip("وف").startswith("سبق") and not any(
        x.type in ("DATE", "TIME") and that[0] <= x.start < cand.sentence[1] and _A_DAY_VALUE.match(str(x.value or ""))
        for x in ctx.doc.timexes
    ):
        return False  # وسبق أن صرح الوزير أيام حكومة علاوي أن عملاء اعتقلوا: as old as the saying, no day of its own
    if ctx.has("status:speech", e, that[0]):
        return True  # وسبق وأن ذكرت مصادر أن …
    said = ctx.positions("status:speech", max(cand.sentence[0], p - 60), p)
    return bool(said) and ctx.words_between(said[-1], p) <= 4 and ctx.words_between(e, that[0]) <= 1


#: (round 14b) The date note of a happening told as having come before the news.
_EARLIER = "an earlier event"
#: (round 14b) The clause mark that ends the words after a point in time: a day written before it is the point's own.
_MARK = re.compile(r"[،,؛;.:!؟?\n]")


#: A site's link line that repeats the headline at the end of the article (رابط الخبر بصحيفة الوئام: …).
_LINK_LINE = re.compile(r"\s*رابط الخبر")


def _own(ctx: Context, cand: Candidate, start: int, end: int) -> tuple[int, int]:
    """The part of ``[start, end)`` that tells ``cand``: a cause's words from its cue on, other events' up to the
    cause's cue (اعتصم ألف شخص احتجاجا على قتل العقيد ليل السادس من أغسطس: that night dates the killing)."""
    if cand.cause:
        cues = [p for p in ctx.positions("status:cause", start, cand.start + 1)]
        return (cues[-1] if cues else start), end
    cues = [p for p in ctx.positions("status:cause", start, end) if p > cand.start]
    return start, (cues[0] if cues else end)


#: Past a night's midnight (بعد منتصف ليل أمس، بعد منتصف الليلة الماضية، عقب منتصف ليل الخميس): the timex of the night
#: starts at منتصف, the word before it says "after".
_PAST_MIDNIGHT = re.compile(r"منتصف\s+(?:" + cue_alt("night_words") + r")(?![\u0621-\u064A])")
_AFTER = re.compile(r"(?<![\u0621-\u064A])(?:بعد|عقب)\s+$")


def past_midnight(doc: Document, x: Any) -> bool:
    """Whether a night's timex is told past its midnight ("بعد منتصف ليل أمس"): its small hours, the next day."""
    return bool(_PAST_MIDNIGHT.match(doc.text, x.start) and _AFTER.search(doc.text, max(0, x.start - 8), x.start))


def plus_days(iso: str, days: int) -> str:
    return minus_days(iso, -days)


def minus_days(iso: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(iso) - dt.timedelta(days=days)).isoformat()
    except ValueError:
        return iso


#: An event dated this many days or more before the article is background, not news (kept, not an ACLED row).
HISTORICAL_DAYS = 60


def is_historical(doc: Document, date: dict[str, Any] | None) -> bool:
    value = str((date or {}).get("value") or "")
    ref = doc.article.reference_date or doc.article.published
    if not value or not ref:
        return False
    if len(value) == 7 and value < ref[:7]:
        return True  # "منذ سيطرتها على عدن الشهر الماضي"، "في منتصف يوليو": a past month named as background
    try:
        day = dt.date.fromisoformat(
            value if len(value) == 10 else value[:7] + "-28" if len(value) == 7 else value + "-12-31"
        )
        return (dt.date.fromisoformat(ref) - day).days >= HISTORICAL_DAYS
    except ValueError:
        return False
