"""Stage ``time``: Arabic temporal expressions, typed and normalized as TimeML does (``doc.timexes``).

Steps:

1. Build the normalized view of the text (alef/yeh/teh-marbuta folding, diacritics, Arabic-Indic digits).
2. Find candidate words in one regex pass (month and weekday names from ``ar/months.yaml``; relative days,
   units, parts of the day, reference words … from ``ar/time.yaml``; digits) and cut the text around them
   into small regions.
3. Tokenize each region and try, at each token, the rules that can start with it (dates with month names,
   dates in digits, years, weekdays, relative days, parts of the day and clock times, counted units, relative
   weeks/months/years, frequencies, decades, centuries, seasons, parts of a year, reference words); the
   longest match wins, left to right.
4. Join two dates linked by منذ/من … حتى/إلى or بين … و into a range.
5. Resolve each expression against its reference date: the date of the embedded post that contains it, else
   the article's reference date; map spans back to the source text and number the timexes ``X1``, ``X2`` ….

Resolution rules (documented decisions):

* **Year-less dates** (``30 أبريل``، ``مايو``): with ``الماضي/المنصرم/الفائت`` the latest such date before the
  reference date; with ``المقبل/القادم`` the earliest after it; with ``الجاري/الحالي`` the reference year;
  with a weekday (``الأحد 19 مايو``) the year in which the weekday fits. Otherwise the sentence's tense decides:
  the verb cue nearest before the date, else one just after it (not past و/ف, a comma, إن, إلى …), from
  ``ar/time.yaml`` — future: سوف، من المقرر، يعتزم، موعد, scheduling verbs in the present (تقام، يعرض، تنطلق،
  يبدأ) and any verb with سـ (سيعقد); past: منذ, past verbs (وقع، قتل) and the feminine past (اندلعت، تضاعفت),
  never reporting verbs (قال، أعلنت) nor verbs of plans (قررت، حددت) — then, in a sentence with no verb cue,
  adverbs (غدا، المقبل / أمس، الماضي). Future: the earliest such date from 45 days before the reference date on
  (a crawl date trails the article; the present also tells what goes on); past: the latest on or before it;
  no cue: the year that puts the date nearest the reference date. ``XXXX-05-19`` only without a reference date.
* **Weekdays**: a bare weekday is the most recent such day on or before the reference date (as the TimeML
  annotators did: الثلاثاء → 2015-12-22, الخميس → 2015-12-24 for a Thursday reference); ``الماضي`` strictly
  before, ``المقبل`` strictly after; a future tense (as for dates) picks the next one on or after.
* **Weeks** (round 16): a week's value is TimeML's ISO week (``الأسبوع الماضي`` → ``2015-W31``); its ``range`` is
  the week of Arabic news that holds the day (from Saturday: ``week_calendar`` of ``ar/time.yaml``, CLDR's first
  day by country, Saturday by default); a weekend (``2015-W31-WE``) spans Friday to Sunday. ``نهاية الأسبوع`` with
  no marker in a past clause read Monday to Thursday is the weekend just past. The recent past with no count
  (``قبل أيام``، ``منذ أيام``، ``الأيام الأخيرة``) keeps PAST_REF / PXD with a range of the 7 days up to the
  reference date.
* **Relative day + weekday** (``يوم أمس الأحد``): one span. When they agree, that day. When they disagree
  (a reference date a day or two off: a print edition dated the next morning, a crawl date, a time zone), the
  weekday wins, since a weekday name must resolve to a day that is that weekday: on or before the reference
  date for أمس/أول أمس, on or after it for غدًا/بعد غد, the closest for اليوم; the disagreement is flagged (ACLED
  reference §8) by ``time_precision`` 2 and a ``range`` spanning both readings.
* **Counts**: ``قبل N`` (ago) and ``بعد N`` (later) are DATEs at the unit's granularity (``قبل ثلاثة أيام`` →
  a day, ``قبل عامين`` → a year); ``منذ N`` is a DURATION (``منذ ثماني سنوات`` → ``P8Y``, TimeML's reading of
  "for eight years") whose ``range`` ends at the reference date, so that the "eight years ago" reading is kept
  too; a count after a duration signal (لمدة، طوال، خلال) or alone is a DURATION; followed by على/من (``بعد
  أيام على بدء الحملة``) the count is anchored on an event and is a plain DURATION.
* **Ranges** (``منذ 30 أبريل حتى الأحد 19 مايو``، ``بين 10 و15 مايو``): one DURATION timex over the whole
  range with ``range = (start, end)`` and a value such as ``P19D``, *and* a timex for each end (TimeML
  annotates the two ends; consumers that want the range read the enclosing timex). The first end takes its
  year from the second when it has none of its own. Two bare years are a range after بين … و / من … إلى
  (``بين 2003 و2010``) when the second is at most 60 years on and no noun follows it (``بين 2000 و2050 شخصا``
  counts people).
* **Days of the story** (``اليوم التالي``، ``اليوم السابق``، ``اليوم نفسه``): counted from the closest earlier
  day-level expression in the same paragraph (its anchor is that expression's); without one, or followed by a
  relative clause (``اليوم نفسه الذي …``), or ``ذلك اليوم`` (often cataphoric), the span is kept with no value.
* **Unresolvable** expressions (``اليوم الذي``، ``العام التالي``، ``فصول شتاء``) keep their span with
  ``value`` None; vague past/future ones get ``PAST_REF``/``FUTURE_REF``/``PRESENT_REF`` (``الفترة الماضية``،
  ``السنوات الأخيرة``، ``الأيام القليلة الماضية``; ``السنوات السابقة`` / ``السنوات اللاحقة``, past and future of the
  story's time, as TimeML anchors them; ``الأيام الثلاثة التالية`` is a duration, ``P3D``;
  ``في الوقت نفسه`` and ``في اللحظة`` = the time of the text; ``آنذاك`` = PAST_REF; ``حينئذ`` "then", past or
  future, is not tagged).
* **آب without madda** (``اب``, also "father" and the Yemeni city of Ibb) is August only with a day before it,
  شهر, a second spelling (``أغسطس/اب``), or a year or a marker after it (``اب 2014``، ``اب الماضي``).
* **Seasons and parts of a year**: ``صيف 2016`` → ``2016-SU``، ``شتاء العام الماضي`` → the previous year's
  winter (a season without the article needs a year or a relative year); ``الربع الأول من العام`` → the
  reference year's ``Q1`` (not ``العام المالي``); ``السنوات الأخيرة من القرن الماضي`` → the period's value.
* **Frequencies**: ``يوميًا``، ``كل أسبوع``، ``كل نهاية شهر`` and adjectives (``الشهرية``، ``السنوي``، ``ربع
  السنوية``) are SETs (``P1M``، ``P1Y``، ``P3M``).
* ``time_precision`` (ACLED): 1 for a day or a time, 2 for a week, a weekend or a range of up to 7 days
  (``خلال الساعات الماضية`` → the reference day or the day before), 3 for a month or a range of up to 31 days;
  None for years and coarser, durations, sets and reference values.
* ``anchor``: ``absolute`` when the value does not depend on the reference date (``19 مايو 2019``), ``post``
  when it was resolved against an embedded post's date, else ``published``.
"""

from __future__ import annotations

from rasd.document import Document
from rasd.errors import ConfigError
from rasd.pipeline import stage
from rasd.settings import Settings
from rasd.stages.timex import as_date, find_timexes
from rasd.text.segment import find_urls

__all__ = ["find_timexes", "resolve_times", "time_stage"]


def resolve_times(doc: Document, *, reference_date: str | None = None) -> None:
    """Fill ``doc.timexes`` (replacing what was there).

    Args:
        doc: the document; posts with a date anchor the expressions inside them.
        reference_date: overrides the article's reference date (``YYYY-MM-DD``).
    """
    ref_text = reference_date or doc.article.reference_date or doc.article.published
    try:
        ref = as_date(ref_text, what="the article's reference date")
    except ConfigError as exc:
        doc.add_error("time", f"{exc}; relative dates were left unresolved")
        ref = None
    timexes = find_timexes(doc.text, ref, posts=doc.posts)
    # (round 40, sp12) the URLs looked for only when there is an expression they could hold
    urls = find_urls(doc.text) if timexes else []
    if urls:  # a date written in a URL path (/2021/07/29/) is not an expression of the article
        timexes = [x for x in timexes if not any(a < x.end and x.start < b for a, b in urls)]
        for i, x in enumerate(timexes, 1):
            x.id = f"X{i}"
    doc.timexes = timexes


@stage("time", requires=("text",), provides=("timexes",), order=40)
def time_stage(doc: Document, settings: Settings) -> None:
    """Pipeline stage: see the module docstring."""
    resolve_times(doc, reference_date=settings.published)
