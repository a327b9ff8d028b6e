"""(Round 34, helper nd1) A violent act told in general, not reported as a happening.

Features, analyses, press reviews and columns tell the war in general: a quarter "that was heavily shelled during the
war", the innocents "who are exposed to killing", strikes that backed a force "over the past months", bombings a
city has seen "lately", the areas "outside the regime's control". Such a row has no day of its own: its date is the
article's or a day named in another sentence. On the judged rows of rowjudge7-11 at round 34's HEAD a row with no
day (its date the article's) was true 28 times in 49 (0.57), a row dated by a day in the text 77 in 90 (0.86); the
true ones are reports (sources, witnesses, a statement: a verb of the act with its doer, a place, a count), the false
ones background, duplicates and general narration. This module takes the general narration, read in the words that
govern the trigger in its sentence (``event_genre_cues.yaml``):

* a verb of being subjected to right before the act (تعرضت لقصف، يتعرضون للقتل), after a relative word (التي،
  الذين، ممن) or "as long as" (ما دامت), or any one verb between a relative word and the act (التي دمرها القصف،
  والتي شملت القصف العشوائي، الذين تم اختطافهم): the act describes a place or people (not when the row counts its
  own dead or wounded: "التوتر الذي غذاه مقتل شرطي في دياربكر" tells a killing);
* the noun of control after a holding participle and its preposition or after a noun of continuing (الخارجة عن
  سيطرة النظام، الواقعة تحت سيطرتهم، استمرار سيطرة التنظيم): who holds a place, no change of hands;
* a span of months, years or a war within eight words after the trigger or six before it in its sentence (خلال
  الحرب، طوال الأشهر الماضية، على مدى سنوات، منذ اندلاع الأزمة), or "lately" (في الآونة الأخيرة): a period's total
  or a long-running state (not after a superlative: "أعنف قصف منذ ستة أشهر" compares, it is the day's shelling).
  A habit (يوميا، باستمرار) is coding.status's (helper lg1, round 34).

In an article whose headline reports a month's or a year's total (:func:`period_report`: مقتل 1332 عراقيا خلال
يوليو الماضي), every undated row is one of its tallies.

(Round 35, helper nd2) In an essay's or a column's article (:func:`essay_article`: a headline that asks or exclaims,
"هل الطريق للجنة عبر تفجير مسجد؟"، "طموحهم حزام ناسف!", and no day named anywhere in the text) an undated row is the
writer's retelling (a bombing weeks back told as the column's occasion, a war's attacks in general, a metaphor), unless
a word of reporting comes before the act in its sentence (ما نشرته صحيفة … عن سيطرة المعارضة: a development the
writer reports from a source). Strikes told as the backing of an operation (a verb of support right after the act and
at most two of its words: ضربات التحالف الجوية دعمت الأكراد في هذه العملية) are no happening of their own either,
unless the row counts its own dead or wounded.

Only for a row whose sentence names no day: a day told with the act makes it a happening of that day. The row stays an
event (``acled_row`` false, ``filter_reason`` :data:`GENERAL_REASON`), marked after the merge and the learned row
filter so that no other row changes.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.rowfilter import body_start
from rasd.resources.cues import CueFile

GENRE_CUES = CueFile("ar/event_genre_cues.yaml")

_A = r"[\u0621-\u064A]"
#: A word's edges: no Arabic letter before it or after it.
_B, _E = rf"(?<!{_A})", rf"(?!{_A})"
#: The verb of being subjected to, after a describing word, ending right where the trigger starts (the trigger may
#: carry ل / لل fused to it, or follow إلى): "التي تعرضت ل|قصف"، "الذين يتعرضون لل|قتل"، "ممن تعرضوا لل|اختطاف".
_EXPOSED = re.compile(
    rf"{_B}[وف]?(?:{GENRE_CUES.alt('describing_words')})\s+(?:{GENRE_CUES.alt('exposure_verbs')})"
    r"\s+(?:ل|لل|ال|(?:إلى|الى)\s+(?:ال)?)?$"
)
#: A relative word, one verb (not a preposition or a particle), then the trigger: the act is told in a clause that
#: describes a place or people ("العاصمة التي دمرها ال|قصف"، "الذين تم اختطافهم"، "الذي يفرض سيطرته").
_DESCRIBED = re.compile(
    rf"{_B}[وف]?(?:{GENRE_CUES.alt('relative_words')})\s+(?!(?:{GENRE_CUES.alt('not_verbs')}){_E}){_A}+\s+(?:ل|لل)?$"
)
#: (Of a capture's word) a holding participle and its preposition, or a word of continuing, right before it (الواقعة
#: تحت ال|سيطرة، الخارجة عن سيطرة، خاضعة ل|سيطرتها، استمرار سيطرة): who holds a place, no change of hands.
_HELD = re.compile(
    rf"{_B}(?:(?:{GENRE_CUES.alt('holding_participles')})\s+(?:عن|تحت|ل)\s*|(?:{GENRE_CUES.alt('continuing_words')})\s+)"
    r"(?:ال|لل|ل)?$"
)
#: The noun of control (سيطرة، السيطرة، سيطرتهم) at a trigger's start.
_CONTROL = re.compile(r"(?:ال)?سيطر")
#: A span of months, years or a war, a number between (خلال الحرب، طوال 3 أشهر، على مدى السنوات الماضية).
_PERIOD = re.compile(
    rf"{_B}(?:{GENRE_CUES.alt('period_openers')})\s+(?:[\d٠-٩]+\s+|{_A}+ة\s+)?(?:{GENRE_CUES.alt('period_spans')}){_E}"
)
#: "Since" a beginning or a long span (منذ بدء الحرب، منذ اندلاع الأزمة، منذ سنوات).
_SINCE = re.compile(rf"{_B}منذ\s+(?:[\d٠-٩]+\s+)?(?:{GENRE_CUES.alt('since_spans')}){_E}")
#: "Lately", a span up to now (في الآونة الأخيرة).
_LATELY = re.compile(rf"{_B}(?:{GENRE_CUES.alt('lately_words')}){_E}")
#: A word of a toll or of violence in a headline (period_report).
_TOLL = re.compile(rf"{_B}[وبل]?(?:{GENRE_CUES.alt('period_toll_words')}){_E}")
#: (Round 35, nd2) A word of reporting from a source (نشرته، ذكرت، بحسب، مصادر): in an essay's article, an act told
#: after it in its sentence is a development reported, not the writer's retelling (:func:`told_in_general`).
_REPORTED = re.compile(rf"{_B}[وف]?(?:{GENRE_CUES.alt('report_words')}){_E}")
#: A question or an exclamation mark in a headline: an essay's or a column's title (:func:`essay_article`).
_ASKS = re.compile(r"[؟?!]")
#: (Round 35, nd2) A verb of support after the act and at most two of its words (ضربات التحالف الجوية دعمت).
_SUPPORTS = re.compile(rf"(?:\s+{_A}+){{0,2}}\s+(?:{GENRE_CUES.alt('support_verbs')}){_E}")
#: A timex value that names a day (YYYY-MM-DD…).
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A bare "today" (اليوم، واليوم): in an essay it is "nowadays" ("إن المسؤولية اليوم مسؤولية الأسرة"), no day of news.
_NOWADAYS = re.compile(r"[وفل]?(?:ال)?يوم")
#: A superlative (أعنف، أول): "since" or "during" after it compares, it spans nothing.
_SUPERLATIVE = re.compile(rf"{_B}[وفبل]?(?:{GENRE_CUES.alt('superlatives')}){_E}")
#: Where a window stops: the end of a sentence-like unit, or a clause set against the one before it.
_STOP = re.compile(rf"[.!؟?؛;:\n]|{_B}(?:فيما|بينما|في حين){_E}")
_WORD = re.compile(_A + r"+|[\d٠-٩]+")


def _words_after(text: str, start: int, end: int, n: int) -> int:
    """Where the span of at most ``n`` words after ``start`` ends (before ``end`` or a stop)."""
    stop = _STOP.search(text, start, end)
    limit = stop.start() if stop else end
    words = list(_WORD.finditer(text, start, limit))
    return words[n - 1].end() if len(words) >= n else limit


def _words_before(text: str, start: int, end: int, n: int) -> int:
    """Where the span of at most ``n`` words before ``end`` starts (after ``start`` or the last stop)."""
    stops = list(_STOP.finditer(text, start, end))
    lo = stops[-1].end() if stops else start
    words = list(_WORD.finditer(text, lo, end))
    return words[-n].start() if len(words) >= n else lo


def period_report(ctx: Context) -> bool:
    """Whether the headline reports a whole month's or year's total (a toll or a violence word and a span: مقتل 1332
    عراقيا خلال يوليو الماضي، 2041 قنبلة ألقيت على السوريين خلال شهر تموز): the body's undated rows are the
    period's tallies by province or kind, no happenings of a day (not a superlative's comparison: أعنف هجمات منذ
    بداية العام)."""
    end = body_start(ctx.doc)
    if end <= 0:
        return False
    head = ctx.doc.text[:end]
    return bool(_PERIOD.search(head) and _TOLL.search(head) and not _SUPERLATIVE.search(head))


def essay_article(ctx: Context) -> bool:
    """(Round 35, helper nd2) Whether the article is an essay or a column: its headline asks or exclaims (هل الطريق
    للجنة عبر تفجير مسجد؟، طموحهم حزام ناسف!، يا قدس.. من ينقذك !!) and no day is named anywhere in its text (a news
    brief under a witty headline names its day; a bare "اليوم" is an essay's "nowadays", no day). Its undated rows are
    the writer's retellings (see :func:`told_in_general`)."""
    end = body_start(ctx.doc)
    text = ctx.doc.text
    if end <= 0 or not _ASKS.search(text, 0, end):
        return False
    return not any(
        x.type in ("DATE", "TIME")
        and _A_DAY.match(str(x.value or ""))
        and not _NOWADAYS.fullmatch(text[x.start : x.end])
        for x in ctx.doc.timexes
    )


def told_in_general(ctx: Context, c: Candidate, period: bool = False, essay: bool = False) -> bool:
    """Whether the row of ``c`` tells its act in general (a place described by it, who holds a place, a period's
    total) and its sentence names no day: no happening of a day to code (see the module's docstring). ``period``: the
    article is a period's report (:func:`period_report`), whose undated rows are all tallies. ``essay``: the article
    is an essay or a column (:func:`essay_article`), whose undated rows are retellings unless a word of reporting
    comes before the act in its sentence."""
    if c.cls.acled_type is None:
        return False
    s0, s1 = c.sentence
    if ctx.day_named(s0, s1):
        return False  # "تعرضت المدينة لقصف عنيف صباح اليوم": a day told with it
    if period:
        return True
    text = ctx.doc.text
    if essay and not _REPORTED.search(text, s0, c.start):
        return True  # round 35 (nd2): "آخر صدمات الهجمات الإرهابية على بلادنا كانت تفجير مسجد …" in a column
    w0 = ctx.word_start(c.start)
    back = max(s0, c.start - 40)
    counted = bool(c.fatalities or c.injured)  # "التي غذاها مقتل شرطي": a count of its own, a happening told
    if not counted and (_EXPOSED.search(text, back, c.start) or _DESCRIBED.search(text, back, c.start)):
        return True
    if not counted and _SUPPORTS.match(text, c.end, s1):
        return True  # round 35 (nd2): "ضربات التحالف الجوية دعمت الأكراد في هذه العملية": an operation's backing
    if _CONTROL.match(text, c.start) and _HELD.search(text, back, c.start):
        return True  # "المناطق الخارجة عن سيطرة النظام": who holds them
    after = _words_after(text, c.end, s1, 8)
    before = _words_before(text, c.clause[0], w0, 6)
    around = text[before:after]
    if _SUPERLATIVE.search(around):
        return False  # "أعنف قصف منذ ستة أشهر"، "أول هجوم منذ بداية العام": a comparison
    if _PERIOD.search(text, c.end, after) or _SINCE.search(text, c.end, after) or _LATELY.search(text, c.end, after):
        return True
    # "خلال الأشهر الماضية شنت طائرات التحالف غارات" (a habit, يوميا، باستمرار, is coding.status's: lg1, round 34)
    return bool(_PERIOD.search(text, before, w0))


def dated_mention(ctx: Context, c: Candidate) -> bool:
    """Whether one of the merged row's mentions is told in a sentence that names a day (the lead, round 34: "قتلت
    غارات التحالف 2150 عنصرا خلال ثمانية أشهر. وقتل اليوم الأحد 12 عنصرا في غارة على الرقة" folds the day's strike
    into the period's total): the row tells a happening of that day, and it stays a row."""
    return any(ctx.day_named(m.sent_start, m.sent_end) for m in c.mentions)


#: (Round 34, helper nd1) The reason a row told in general stops being a row (:func:`drop_general_rows`).
GENERAL_REASON = (
    "told in general: no day of its own; a place described, a place's holder, a period's total, an essay's retelling"
    " or an operation's backing"
)


def drop_general_rows(events: list[dict[str, Any]]) -> None:
    """The rows :func:`told_in_general` marked (``filter_reason`` :data:`GENERAL_REASON`, set by the events stage)
    stay events but are no rows. Done after the learned row filter, which reads every row of the article (their
    number and rank): the other rows are scored as they were."""
    for e in events:
        if isinstance(e, dict) and e.get("filter_reason") == GENERAL_REASON:
            e["acled_row"] = False


#: (Round 35, helper pt1) A verb of saying, "that", then one to twelve words with no clause mark: the subject of the
#: report's verb, ending where the trigger starts (قال سكان محليون إن دبابات الميليشيا المتمركزة في المعسكر |تقصف).
_REPORTED_SUBJECT = re.compile(
    rf"{_B}[وف]?(?:{GENRE_CUES.alt('reporting_verbs')}){_E}[^.!؟?؛;:]{{0,60}}?{_B}(?:إن|أن|ان|بأن|بان){_E}"
    r"((?:\s*[^\s.!؟?،,؛;:]+){1,12})\s+$"
)
_SHELLING_VERBS = frozenset(GENRE_CUES.words("present_shelling_verbs"))
_REPORTED_BREAKS = frozenset(GENRE_CUES.words("reported_breaks"))


def reported_shelling(ctx: Context, c: Candidate) -> bool:
    """(Round 35, helper pt1) Whether a present verb of shelling is told as the content of a report, right after its
    subject (وأشار المصدر إلى أن ميليشيات الحوثي المتمركزة في التبة تقصف بشكل عشوائي قرى المديرية، قال سكان إن
    دبابات الانقلابيين تقصف الأحياء): what sources tell going on in the report's days, a shelling of those days, not
    a habit or a general statement. Not when a negation, a relative word, "every", قد or سوف stands between "that"
    and the verb (أكد أن التحالف لا يقصف المدنيين، قال إن الطائرات التي تقصف …)."""
    if c.tense != "present":
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    word = text[w0 : c.end]
    if word[:1] in ("و", "ف") and word[1:] in _SHELLING_VERBS:
        word = word[1:]
    if word not in _SHELLING_VERBS:
        return False
    m = _REPORTED_SUBJECT.search(text, c.sentence[0], w0)
    if m is None:
        return False
    return not (set(m.group(1).split()) & _REPORTED_BREAKS)
