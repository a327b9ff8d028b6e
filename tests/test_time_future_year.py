"""The year of a year-less date: the sentence's tense cues, else the year nearest the reference date.

Sentences written for rasd. Most are resolved against 2019-05-20 (a Monday, 15 Ramadan 1440); the rows around
a year boundary and those shaped on SaudiNewsNet (2015) against the dates they give. The rule (``Tokens.tense``
and ``dates.pick``): a marker after the date (الماضي، المقبل) or a weekday that fits one year decides first; then
the verb cue nearest before the date, else just after it (سيعقد، تقام، يعرض، موعد، من المقرر … for the future, with
45 days of grace before the reference date; اندلعت، قتل، منذ … for the past); then adverbs (غدا، المقبل / أمس،
الماضي) when the sentence has no verb cue; with no cue at all, the year that puts the date nearest the reference
date.
"""

from __future__ import annotations

import pytest

from rasd.document import Timex
from rasd.stages.timex import find_timexes

REF = "2019-05-20"


def _find(sentence: str, span: str, ref: str) -> Timex:
    xs = find_timexes(sentence, ref)
    matching = [x for x in xs if sentence[x.start : x.end] == span]
    assert matching, f"{span!r} not found in {sentence!r}; found {[sentence[x.start : x.end] for x in xs]}"
    return matching[0]


CASES = [
    # future cues before the date: a schedule months ahead is next year's, not last year's
    ("ويعرض الفيلم يوم 3 مارس في دور السينما", REF, "يوم 3 مارس", "2020-03-03"),
    ("تنطلق البطولة في 12 يناير بمشاركة ستة منتخبات", REF, "12 يناير", "2020-01-12"),
    ("سيعقد المؤتمر في 5 مارس بالعاصمة", REF, "5 مارس", "2020-03-05"),
    ("من المقرر أن تصل القافلة إلى الحدود في 2 فبراير", REF, "2 فبراير", "2020-02-02"),
    ("يعتزم الاتحاد تنظيم الدورة الجديدة في 10 مارس", REF, "10 مارس", "2020-03-10"),
    ("سوف تفتتح الوزارة المستشفى في 15 مارس", REF, "15 مارس", "2020-03-15"),
    ("موعد المباراة 9 فبراير على ملعب المدينة", REF, "9 فبراير", "2020-02-09"),
    ("قال المتحدث أمس إن الوفد سيصل في 3 أبريل", REF, "3 أبريل", "2020-04-03"),
    # future cues after the date
    ("يوم 3 مارس سيعرض الفيلم في المهرجان", REF, "يوم 3 مارس", "2020-03-03"),
    ("في 20 مارس تقام المباراة النهائية", REF, "20 مارس", "2020-03-20"),
    # past cues: a date a few weeks ahead is last year's when the verb says it happened
    ("اندلعت المواجهات في 12 يونيو بين الطرفين", REF, "12 يونيو", "2018-06-12"),
    ("قتل أربعة مدنيين في غارة يوم 2 يوليو", REF, "يوم 2 يوليو", "2018-07-02"),
    ("تضاعفت أسعار الوقود في 10 أغسطس", REF, "10 أغسطس", "2018-08-10"),
    ("سيطرت القوات على المدينة في 12 يونيو", REF, "12 يونيو", "2018-06-12"),
    ("في 15 سبتمبر سقطت قذيفة على السوق", REF, "15 سبتمبر", "2018-09-15"),
    ("يعيش النازحون في المخيم منذ 4 يونيو", REF, "4 يونيو", "2018-06-04"),
    ("جرت الانتخابات البلدية في سبتمبر", REF, "سبتمبر", "2018-09"),
    # the nearest verb cue wins; a cue after the date with و opens the next clause
    ("عقد الاجتماع الأول في 3 يوليو وسيعقد الثاني في 7 سبتمبر", REF, "3 يوليو", "2018-07-03"),
    ("عقد الاجتماع الأول في 3 يوليو وسيعقد الثاني في 7 سبتمبر", REF, "7 سبتمبر", "2019-09-07"),
    # adverbs count only without a verb cue: أمس dates the postponement, not the session
    ("أجلت اللجنة أمس الاجتماع إلى 3 يوليو", REF, "3 يوليو", "2019-07-03"),
    ("الحفل الختامي في 10 مارس من الموسم المقبل", REF, "10 مارس", "2020-03-10"),
    ("الحصيلة النهائية لمباريات 20 يونيو في الموسم الماضي", REF, "20 يونيو", "2018-06-20"),
    # no cue (a reporting verb is none): the nearest year
    ("أعلنت الوزارة أن البطولة في 12 يونيو", REF, "12 يونيو", "2019-06-12"),
    ("المعرض الدولي للكتاب في 30 ديسمبر", REF, "30 ديسمبر", "2018-12-30"),
    ("المعرض الدولي للكتاب في 12 نوفمبر", REF, "12 نوفمبر", "2019-11-12"),
    ("الانتخابات البلدية في سبتمبر", REF, "سبتمبر", "2019-09"),
    # both sides of a year boundary
    ("الحفل السنوي في 3 يناير", "2018-12-28", "3 يناير", "2019-01-03"),
    ("وقع الانفجار في 3 يناير", "2018-12-28", "3 يناير", "2018-01-03"),
    ("الحفل السنوي في 28 ديسمبر", "2019-01-05", "28 ديسمبر", "2018-12-28"),
    ("ستنطلق المسابقة في 28 ديسمبر", "2019-02-20", "28 ديسمبر", "2019-12-28"),
    # a schedule up to 45 days old keeps its year (a crawl date trails the article; the present also tells what
    # began weeks ago and goes on); older, it is next year's
    ("يقام الحفل يوم 3 يناير", "2019-01-05", "يوم 3 يناير", "2019-01-03"),
    ("يقام الحفل يوم 20 ديسمبر", "2019-01-05", "يوم 20 ديسمبر", "2018-12-20"),
    ("ويبدأ تلقي الطلبات من 1 يوليو", "2015-08-01", "1 يوليو", "2015-07-01"),
    ("يقام الحفل يوم 10 نوفمبر", "2019-01-05", "يوم 10 نوفمبر", "2019-11-10"),
    # a verb before the date wins over a word after it that looks like one (the hotel فور سيزنز)
    ("وجرت فعاليات الحدث في الثالث من يونيو بمنتجع فور سيزنز", "2015-08-11", "الثالث من يونيو", "2015-06-03"),
    # after the date, إن opens another clause
    ("وقالت مصادر قبلية في مارس إن الخاطفين سيطلقون الرهينة", "2015-08-08", "مارس", "2015-03"),
    # Hijri months (15 Ramadan 1440 on the reference date)
    ("تبدأ الدراسة في 8 من ذي القعدة", REF, "8 من ذي القعدة", "2019-07-11"),
    ("بدأت الدراسة في 8 من ذي القعدة", REF, "8 من ذي القعدة", "2018-07-21"),
    # a weekday written with the date picks the year where it fits, whatever the tense
    ("عرض الفيلم يوم الثلاثاء 3 مارس", REF, "يوم الثلاثاء 3 مارس", "2020-03-03"),
    ("سيعرض الفيلم يوم الأحد 3 مارس", REF, "يوم الأحد 3 مارس", "2019-03-03"),
    # markers after the date still come first
    ("سيعقد المؤتمر في 5 أبريل الماضي", REF, "5 أبريل الماضي", "2019-04-05"),
    ("اندلعت المواجهات في 12 يونيو المقبل", REF, "12 يونيو المقبل", "2019-06-12"),
]


@pytest.mark.parametrize(("sentence", "ref", "span", "value"), CASES)
def test_year_of_a_yearless_date(sentence: str, ref: str, span: str, value: str) -> None:
    x = _find(sentence, span, ref)
    assert (x.type, x.value, x.anchor) == ("DATE", value, "published")


def test_table_covers_the_rule() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("ستقام المسابقة في شهر شوال", "2019-06"),  # Shawwal 1440, the coming one
        ("أقيمت المسابقة في شهر شوال", "2018-06"),  # Shawwal 1439
    ],
)
def test_hijri_month_takes_the_tense(sentence: str, start: str) -> None:
    x = _find(sentence, "شهر شوال", REF)
    assert x.range is not None and x.range[0].startswith(start)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("الخميس سيصل الوفد إلى العاصمة", "الخميس", "2019-05-23"),  # a future verb after a bare weekday
        ("الخميس وصل الوفد إلى العاصمة", "الخميس", "2019-05-16"),
        ("وصل الوفد الخميس", "الخميس", "2019-05-16"),
    ],
)
def test_bare_weekday_takes_a_future_cue(sentence: str, span: str, value: str) -> None:
    assert _find(sentence, span, REF).value == value


@pytest.mark.parametrize(
    ("sentence", "ref", "ends"),
    [
        # the future verb would put June next year; the range ends this September, so it starts this June
        ("يستمر موسم الأمطار من يونيو حتى سبتمبر", "2015-07-31", ("2015-06", "2015-09")),
        ("ارتفع الفائض في الفترة من يناير حتى يوليو الماضيين", "2015-08-09", ("2015-01", "2015-07")),
        ("تقام البطولة من 28 ديسمبر حتى 5 يناير", "2018-12-10", ("2018-12-28", "2019-01-05")),
        ("تقام البطولة من ديسمبر الماضي حتى مارس المقبل", REF, ("2018-12", "2020-03")),
    ],
)
def test_a_range_keeps_its_ends_in_order(sentence: str, ref: str, ends: tuple[str, str]) -> None:
    xs = [x for x in find_timexes(sentence, ref) if x.type == "DATE"]
    assert tuple(x.value for x in xs[-2:]) == ends


def test_without_reference_date_the_year_stays_open() -> None:
    x = _find("سيعقد المؤتمر في 5 أبريل", "5 أبريل", "")
    assert x.value == "XXXX-04-05"
