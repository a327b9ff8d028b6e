"""Step 6e (issue 12, round 12): what the article tells as background is kept out of rows (the breakdown of a
running total, a campaign described, a happening of days before told past the lead)."""

from __future__ import annotations

import datetime as dt
import re

from rasd.events.context import Context
from rasd.events.merge.happening import _UNREAL, recalled
from rasd.events.merge.past_capture import keep_out_past_captures
from rasd.events.merge.retold import _day
from rasd.events.merge.then_past import keep_out_then
from rasd.events.model import Candidate
from rasd.events.pluperfect_day import pluperfect_with_day
from rasd.resources.cues import merge_cue_alt as cue_alt

#: A stretch of time a toll is counted over: "خلال 10 أشهر"، "على مدى عامين"، "منذ 23 أيلول 2014"، "منذ بدء الضربات".
#: (lists.stretch_openers, stretch_units, since_starts)
_STRETCH = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alt("stretch_openers")
    + r")\s+(?:\d+\s+|[\u0621-\u064A]+\s+)?"
    + r"(?:"
    + cue_alt("stretch_units")
    + r")"
    + r"(?![\u0621-\u064A])"
    + r"|(?<![\u0621-\u064A])منذ\s+(?:"
    + cue_alt("since_starts")
    + r"|\d)"
)


def running_total(ctx: Context, c: Candidate, cands: list[Candidate]) -> bool:
    """Whether row ``c`` is a part of a running total the article told before it: an earlier sentence gives a toll
    counted over a stretch of time ("قتلت طائرات التحالف 3042 من التنظيمين خلال 10 أشهر"، "… منذ 23 أيلول") for
    events of ``c``'s type, and ``c`` gives a toll no larger, with no day in its own sentence and no town
    ("ولفت إلى مقتل 2927 من داعش جراء الضربات … في محافظات حماه وحلب …"، "كما لقي 115 مسلحا حتفهم جراء ضربات … في
    ريف حلب الغربي"), in the total's paragraph: the breakdown of the total, not a happening of its own."""
    if c.granularity != "discrete" or not c.fatalities or (c.place_precision or 3) < 3:
        return False
    toll = max(int(f.get("value") or 0) for _, f in c.fatalities)
    tid = (c.date or {}).get("timex")
    # "قتل 5 في غارة على الرقة اليوم": a day of its own (unless the row is the total itself)
    dated = bool(tid) and any(x.id == tid and c.sentence[0] <= x.start < c.sentence[1] for x in ctx.doc.timexes)
    here = ctx.sentence_index(c.start)
    for o in cands:
        if o.cls.acled_type != c.cls.acled_type:
            continue
        for m in o.mentions:
            i = ctx.sentence_index(m.start)
            if i > here or (i == here and o is not c) or ctx.block(m.start) != ctx.block(c.start):
                continue  # (a breakdown follows its total in its paragraph)
            s = ctx.sentences[i]
            stretch = _STRETCH.search(ctx.doc.text, s.start, s.end)
            if stretch is None:
                continue
            told = [q for q in ctx.doc.quantities if s.start <= q.start < s.end and q.unit == "killed" and q.value]
            top = max(told, key=lambda q: int(q.value or 0), default=None)
            if top is None or int(top.value or 0) < toll:
                continue
            # in the row's own sentence, the total told right after its trigger and before the stretch ("قتلت
            # الطائرات 2150 عنصرا خلال ثمانية أشهر"), not a count of that day beside a running toll ("قتل المتمردون
            # جنديين ليرتفع عدد القتلى منذ 20 يوليو إلى 21")
            if (i < here and not dated) or (i == here and c.start < top.start < stretch.start()):
                return True
    return False


#: Days before the report from which a happening told with its own day is background when the article's own
#: happening is another; from :data:`BACKDROP_DAYS` only when its sentence says so (:data:`_BACKDROP`).
BACKGROUND_DAYS = 10
BACKDROP_DAYS = 5
#: Words that tell what follows as background: "يشار إلى أن"، "يذكر أن"، "ويأتي هذا التفجير بعد أيام من"، "على خلفية"،
#: "العملية التي وقعت في" (lists.backdrop_notes, backdrop_comes, backdrop_spans).
_BACKDROP = re.compile(
    r"(?<![\u0621-\u064A])(?:و?(?:"
    + cue_alt("backdrop_notes")
    + r")\s+(?:إلى\s+|الى\s+)?(?:أن|ان)|تجدر\s+الإشارة|و?(?:"
    + cue_alt("backdrop_comes")
    + r")\s"
    + r"|بعد\s+(?:"
    + cue_alt("backdrop_spans")
    + r")\s+(?:من|على)\s|على\s+خلفية|التي\s+وقعت|الذي\s+وقع)"
)
#: A day that opens a stretch (منذ 20 يوليو): not the day of what the sentence tells.
_SINCE_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:منذ|من)\s+(?:يوم\s+)?$")


def told_day(ctx: Context, c: Candidate) -> dt.date | None:
    """The day a row's text tells (a timex of a full day, not the start of a stretch: منذ 20 يوليو), else None."""
    d = c.date or {}
    if not d.get("timex") or d.get("time_precision") != 1:
        return None
    x = next((x for x in ctx.doc.timexes if x.id == d.get("timex")), None)
    if x is None or _SINCE_BEFORE.search(ctx.doc.text, max(0, x.start - 12), x.start):
        return None
    try:
        return dt.date.fromisoformat(str(d.get("value") or ""))
    except ValueError:
        return None


#: A present-tense relative clause that tells a campaign, not one happening: "الغارات التي تشنها أنقرة ضد الحزب"،
#: "الضربات التي ينفذها التحالف" (after the trigger), "الولايات المتحدة التي تشن ضربات جوية ضد التنظيم" (before it).
#: (lists.campaign_relatives, campaign_relatives_before, campaign_stems)
_CAMPAIGN_AFTER = re.compile(
    r"\s*(?:[\u0621-\u064A]+\s+)?(?:"
    + cue_alt("campaign_relatives")
    + r")\s+(?:ت|ي)(?:"
    + cue_alt("campaign_stems")
    + r")(?:ها|ه|هما)(?![\u0621-\u064A])"
)
_CAMPAIGN_BEFORE = re.compile(
    r"(?:" + cue_alt("campaign_relatives_before") + r")\s+(?:ت|ي)(?:" + cue_alt("campaign_stems") + r")\s+$"
)


#: (round 13) The same clause after an indefinite noun, which takes no relative pronoun in Arabic: "بمساندة ضربات جوية
#: يشنها التحالف"، "هجمات يشنها متشددون".
_CAMPAIGN_INDEFINITE = re.compile(
    r"\s*(?:[\u0621-\u064A]+\s+)?(?:ت|ي)(?:" + cue_alt("campaign_stems") + r")(?:ها|ه|هما|هم)(?![\u0621-\u064A])"
)
#: An ordinal or a superlative before the noun singles one happening out ("في أول هجوم كبير يشنه المتمردون منذ …"،
#: "أحدث هجوم يشنه"; lists.singling_words): not a campaign.
_SINGLED_OUT = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("singling_words") + r")\s+$")


def campaign(ctx: Context, c: Candidate) -> bool:
    """Whether a row's trigger is named by a present-tense relative clause of waging it (a campaign described)."""
    text = ctx.doc.text
    if _CAMPAIGN_AFTER.match(text, c.end) or _CAMPAIGN_BEFORE.search(text, max(c.clause[0], c.start - 30), c.start):
        return not (c.fatalities or c.injured)
    if not c.definite and _CAMPAIGN_INDEFINITE.match(text, c.end):
        # round 13: an indefinite noun with a present-tense clause of waging it, no ordinal before it
        return not (c.fatalities or c.injured or _SINGLED_OUT.search(text, max(0, c.start - 12), c.start))
    return False


def keep_out_background(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Step 6e (issue 12, round 12): what the article tells as background is kept out of rows (the event stays in
    the JSON):

    - the breakdown of a running total told before (:func:`running_total`) is a part of that total (aggregate);
    - strikes named by a present-tense relative clause of waging them, with no figure (:func:`campaign`), are a
      campaign described (ongoing);
    - a happening told past the lead with its own day ten days or more before the report, or five when its
      sentence tells it as background ("العملية الانتحارية التي وقعت في 20 تموز في سوروتش" in an article of 6 August,
      "يشار إلى أن المقاومة … سيطرت على قاعدة العند في 3 آب" on the 8th), when the article's own happening is
      another, a row of the report's days (two days before it at most): background, no day of its own (as the date
      step's "background");
    - a capture every mention of which is framed as done before the news ("بيان بمناسبة تحرير قاعدة العند"، "التي
      تمت استعادتها مؤخرا"; :func:`rasd.events.merge.past_capture.past_capture`, round 31): background;
    - a happening told only "at that time" (حينذاك، آنذاك) of a time ten days or more before the report
      (:func:`rasd.events.merge.then_past.keep_out_then`, round 32): background."""
    cands = keep_out_past_captures(ctx, cands)
    ref = ctx.doc.article.reference_date or ctx.doc.article.published or ""
    for c in cands:
        if running_total(ctx, c, cands):
            c.granularity = "aggregate"
        elif c.granularity == "discrete" and campaign(ctx, c):
            c.granularity = "ongoing"  # "لطمأنته بشأن الغارات التي تشنها أنقرة ضد الحزب": the campaign as a subject
    try:
        today = dt.date.fromisoformat(ref[:10]) if ref else None
    except ValueError:
        today = None
    if today is None:
        return cands
    cands = keep_out_then(ctx, cands, today, BACKGROUND_DAYS)  # round 32 (bg3): told "at that time", long before
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is not None and ctx.sentence(title[0]).end < title[1]:
        title = None  # a first paragraph taken for the title (an article given without one), not a headline
    lead = ctx.sentence_index(title[1]) + 1 if title else 0  # the body's first sentence
    rows = [
        c for c in cands if c.cls.acled_type is not None and c.granularity == "discrete" and c.status not in _UNREAL
    ]

    def recent(c: Candidate) -> bool:
        day = _day(c)
        return day is not None and 0 <= (today - day).days <= 2

    for c in rows:
        day = told_day(ctx, c)
        if day is None or (today - day).days < BACKDROP_DAYS or recalled(c):
            continue
        if (today - day).days < BACKGROUND_DAYS and not _BACKDROP.search(ctx.doc.text, c.sentence[0], c.start):
            continue  # "وتبنت الحركة الأربعاء قتل شرطيين": a claim of five days before is still news
        if any(ctx.sentence_index(m.start) <= lead for m in c.mentions):
            continue  # told in the headline or the lead: the article's own happening
        if pluperfect_with_day(ctx, c):
            # round 33 (og1): "وكانت القوات قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو": told in the pluperfect
            # with a day of its own, an event of that day (ACLED codes it on its day; tune42, the dev coder's
            # "وفي مطلع الشهر الحالي، قتل 33 شخصا … في هجوم انتحاري")
            continue
        if not any(o is not c and recent(o) for o in rows):
            continue
        c.date = {"value": None, "range": None, "time_precision": None, "timex": None, "note": "background"}
    return cands
