"""Background told as news (issue 12, round 14b): constructions that tell a happening as having come before the
news, read by the date step (rasd.events.dates.event_date): the pluperfect (وكانت القوات قد انسحبت) and a verbal noun
named as a point in time (قبيل تحرير عدن، بعد أربعة أشهر على بدء المعارك)."""

from __future__ import annotations

import re
from bisect import bisect_left

from rasd.events.coding.readers import back_words, in_title
from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.model import Candidate, counted
from rasd.events.place_filters import is_country
from rasd.resources.cues import CueFile
from rasd.resources.cues import event_cue_alt as cue_alt
from rasd.resources.cues import event_cue_words as cue_words
from rasd.text.clitics import drop_conjunction
from rasd.text.normalize import normalize

#: (round 14b) The pluperfect: كان/كانت … قد with at most ten words between (the subject, an apposition between
#: commas: وكان التحالف، الذي تقوده السعودية، قد أعلن …; lists.pluperfect_aux); a trigger after قد in its clause, no
#: clause mark between, tells a happening that came before the news (وكانت القوات الإسرائيلية قد قتلت ثلاثة
#: فلسطينيين في مداهمات، وكان المسلحون قد سيطروا على …).
_PLUPERFECT = gated(
    re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("pluperfect_aux") + r")\s+(?:[^\s.!؟?]+\s+){0,14}?قد\s+")
)
#: A relative pronoun right before the auxiliary or its subject (الحاجز الذي كان الجيش قد أقامه): the pluperfect
#: describes a noun (lists.relative_pronouns).
_PLUPERFECT_RELATIVE = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("relative_pronouns") + r")\s+$")
#: The pluperfect of receiving word (وكان مدير الأمن قد تلقى إخطارا، قد تلقت الشرطة بلاغا; lists.pluperfect_notice).
_NOTICE = re.compile(r"(?:" + cue_alt("pluperfect_notice") + r")(?![\u0621-\u064A])")
#: A clause mark: the pluperfect of another clause says nothing of a trigger after it.
_CLAUSE_MARK = re.compile(r"[،,؛;.:!؟?\n]")
#: (Round 35, helper dh1) "قام" and its forms, then up to twelve words of its subject, then the preposition ب fused
#: with the definite verbal noun of the deed ("قامت جماعة الحوثي وأنصار صالح بالقصف العشوائي على منطقة عقاقة"):
#: the deed told by a verb of doing (lists.doing_verbs), read by merge.doers.told_as_deed.
DOING = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("doing_verbs") + r")\s+(?:[^\s.!؟?،,؛;:]+\s+){0,12}?ب$")


def pluperfect(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger's clause tells it in the pluperfect (وكانت الميليشيات قد قصفت الحي، وكان مسلحون قد هاجموا
    حاجزا): كان … قد before the trigger in its sentence, no clause mark between قد and the trigger, not in a relative
    clause."""
    return pluperfect_at(ctx, cand) is not None


#: (round 16) The pluperfect without قد: وكان/وكانت at the head of its clause, a subject of one to three words (no
#: clause mark, no relative pronoun), then the past-tense trigger itself (وكانت الحركة اعتقلت مؤخرا عشرات من
#: أنصار التنظيم، وكان المسلح هاجم مركزا للتجنيد): told as what came before the news.
_PLUPERFECT_BARE = re.compile(
    r"(?<![\w\u0621-\u064A])(?P<aux>(?:و|ف)(?:"
    + cue_alt("pluperfect_aux")
    + r"))\s+(?P<subject>(?:[^\s.!؟?،,؛;:]+\s+){1,3})$"
)
#: In the subject: a relative pronoun (وكانت القوات التي اعتقلت: a noun described), قد (the pluperfect proper, read
#: above) or a complementizer (وكان المتحدث أن …): no bare pluperfect.
_RELATIVE_WORD = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("relative_pronouns") + r"|قد|أن|ان|إن)(?![\u0621-\u064A])"
)


def pluperfect_at(ctx: Context, cand: Candidate) -> int | None:
    """Where the auxiliary (كان …) of the trigger's pluperfect starts (:func:`pluperfect`), else ``None``. (Round 16)
    A day told before it is its sentence's main verb's (سلمت واشنطن أمس الخميس أرملة قيادي كانت قد سجنت بعد غارة
    على سوريا: yesterday is the handing over, not the strike)."""
    text = ctx.doc.text
    s0 = cand.sentence[0]
    for m in _PLUPERFECT.finditer(text, s0, cand.start):
        if m.end() > cand.start or _CLAUSE_MARK.search(text, m.end(), cand.start):
            continue
        if _PLUPERFECT_RELATIVE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "الحاجز الذي كان الجيش قد أقامه"
        if _NOTICE.match(text, m.end()):
            return None  # "وكان مدير الأمن قد تلقى إخطارا بضبط 45 شخصا": the news itself, as a police report opens it
        # every mention told after the auxiliary in its sentence (وكان مسلحون قد هاجموا حاجزا، ما أسفر عن مقتل
        # جنديين): none told before it as news of the day
        if all(mm.start >= m.end() and mm.start < cand.sentence[1] for mm in cand.mentions):
            return m.start()
        return None
    if cand.tense == "past":
        bare = _PLUPERFECT_BARE.search(text, max(s0, cand.start - 60), cand.start)
        if (
            bare is not None
            and not _RELATIVE_WORD.search(bare.group("subject"))
            and all(bare.start("aux") <= mm.start < cand.sentence[1] for mm in cand.mentions)
        ):
            return bare.start("aux")
    return None


#: (round 14b) A verbal noun after a preposition of time, a span counted from it or the word of its start between
#: (قبيل تحرير عدن، منذ سقوط المدينة، بعد أربعة أشهر على بدء المعارك، بعد اندلاع الحرب): the happening named as a
#: point in time for what the clause tells (lists.time_point_preps, time_point_units, time_point_starts). After بعد
#: alone the happening is most often the news just before ("وتأتي هذه التطورات بعد سيطرة المقاومة على الخط"):
#: بعد needs the span or the start word.
_SPAN = (
    r"(?:(?:نحو|حوالي|قرابة)\s+)?(?:(?:\d+|[\u0621-\u064A]+)\s+)?(?:"
    # (round 17b) the units also written without their hamza (قبل بضعة اشهر من اغتياله، بعد اربعة اسابيع على)
    + cue_alt("time_point_units").replace("أ", "[أا]")
    + r")\s+(?:من|على)\s+"
)
_START = r"(?:" + cue_alt("time_point_starts") + r")\s+"
_TIME_POINT = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:"
    + cue_alt("time_point_preps")
    + r")\s+(?:"
    + _SPAN
    + r")?(?:"
    + _START
    + r")?|و?بعد\s+(?:"
    + _SPAN
    + r"(?:"
    + _START
    + r")?|"
    + _START
    + r"))$"
)
#: The word after the verbal noun: a definite word (تحرير الرمادي، انسحاب القوات) makes it a known happening.
_DEFINITE_NEXT = re.compile(r"\s+ال[\u0621-\u064A]")
#: (round 17b) A name in brackets or quotes right after it (قبل سيطرة (داعش) على المدينة، منذ سيطرة «داعش» عليها):
#: the doer named, a known happening.
_NAMED_NEXT = re.compile(r"\s+[(«\"“][\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){0,3}[)»\"”]")
#: (round 17b, helper bg2) A pronoun joined to the verbal noun (قبل بضعة أشهر من اغتياله، منذ تحريرها): the
#: happening of one already named, a known happening like a definite noun.
_PRONOUN_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)(?![\u0621-\u064A])")
#: The letters of the trigger's word, to its end (a pronoun joined to it).
_WORD_END = re.compile(r"[\u0621-\u064A\u064B-\u0652]*")
#: (round 17b) The span of :data:`_SPAN` found in a head of :data:`_TIME_POINT`.
_SPAN_IN = re.compile(_SPAN)
#: (round 17b) "Since / before" and someone's doing of the happening, its verbal noun after ب (منذ قيام جماعة الحوثي
#: والمخلوع صالح بالسيطرة على عدن، قبل إقدام المسلحين على …; events.yaml word_sets time_point_doing): one to six
#: words of the doer between.
_DOING = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alt("time_point_preps")
    + r")\s+(?:"
    + CueFile("ar/events.yaml", section="word_sets").alt("time_point_doing")
    + r")\s+(?:[^\s.!؟?،,؛;:]+\s+){1,6}ب$"
)


#: (round 19, helper sd) "In the wake of" right before the trigger's word (على إثر القصف، وفي أعقاب الهجوم، عقب
#: الهجوم; event_cues.yaml time_point_wake).
_WAKE = re.compile(r"(?<![\u0621-\u064A])و?(?:(?:على|في)\s+)?(?:" + cue_alt("time_point_wake") + r")\s+$")
#: Classes a wake word does not make a time mark: a capture after عقب is most often the news of the day (اشتباكات
#: عنيفة تجري الآن في مدينة لودر عقب السيطرة على جبل يسوف).
_WAKE_NEWS = frozenset({"capture", "recapture"})


def _wake_point(ctx: Context, cand: Candidate) -> bool:
    """(Round 19, helper sd) Whether a definite noun trigger is a known happening after "in the wake of" (على إثر القصف
    العشوائي لعصابات الحوثي، وفي أعقاب الهجوم الإرهابي الأخير على منتجع القنطاوي): the time mark of another clause.
    Not with a day named after it in its sentence."""
    if cand.tense != "noun" or cand.cls.name in _WAKE_NEWS:
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    if not (cand.definite or text.startswith("ال", w0) or text.startswith("ال", cand.start)):
        return False
    if _WAKE.search(text, max(cand.clause[0], w0 - 20), w0) is None:
        return False
    # a day named later in the sentence may be its own, past a comma the date step stops at (في أعقاب الاعتداء
    # الإرهابي الذي نفذه مستوطنون في قرية دوما قرب نابلس، ليلة الخميس/الجمعة): the date step reads it as told
    return not ctx.day_named(cand.end, cand.sentence[1])


def time_point(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger is a verbal noun right after a preposition of time (:data:`_TIME_POINT`) and names a known
    happening: definite itself (بعد بدء المعارك) or in construct with a definite word or a name (بعد انسحاب القوات،
    قبيل تحرير عدن). An indefinite noun (بعد اشتباكات استمرت لساعات، بعد هجوم للمقاومة) is told as news.

    (Round 17b, helper bg2) A past happening named as a time mark, more forms of it: after a span counted from it the
    noun needs no article (قبل بضعة أشهر من محاولة اغتيال وزير الداخلية), and the span's unit may lack its hamza (قبل
    بضعة اشهر من); a pronoun joined to the noun makes it known (قبل بضعة أشهر من اغتياله، منذ تحريرها), as does a
    name in brackets or quotes right after it (قبل سيطرة (داعش) على المدينة); "since / before" and someone's doing
    of it (منذ قيام الجماعة بالسيطرة على المدينة, :data:`_DOING`). Only the date step reads it: a day written right
    after the trigger still dates it (قبيل تحرير عدن في 17 يوليو).

    (Round 19, helper sd) A definite noun right after "in the wake of" (على إثر القصف العشوائي، وفي أعقاب الهجوم
    الإرهابي الأخير، إثر الضربات الجوية التي شنها الجيش الجمعة: :func:`_wake_point`), not a capture.

    (Round 33, helper bg4) A capture told as the past state of things, in a relative clause or as the object of a
    noun of success, a part played or joy (:func:`past_state`): only a day written right after it dates it."""
    text = ctx.doc.text
    if _wake_point(ctx, cand) and all(m.start == cand.start for m in cand.mentions):
        return True  # (round 19) على إثر القصف، في أعقاب الهجوم الأخير: a known happening as a time mark
    if past_state(ctx, cand):
        return True  # (round 33, bg4) عدن التي حررتها المقاومة، بدور التحالف في تحرير عدن: the state of things
    if joined_frame(ctx, cand) in ("since", "state"):
        return True  # (round 34, bg5) منذ قيام الجماعة بالسيطرة على عدن … واستعادتها: the since-frame's capture joined
    lo = max(cand.clause[0], cand.start - 60)
    spanned = False
    head = _TIME_POINT.search(text, lo, cand.start)
    if head is not None and head.start() >= cand.clause[0]:
        spanned = _SPAN_IN.search(head.group()) is not None
    else:
        head = _DOING.search(text, lo, cand.start)
        if head is None or head.start() < cand.clause[0]:
            return False
    if cand.tense != "noun":
        return False  # "بعد أن سيطرت": a verb, told as news
    if any(m.start != cand.start for m in cand.mentions):
        return False  # "وبعد يومين على الهجوم … تبنت الحركة قتل شرطيين": the row tells more than the point in time
    if cand.definite or text.startswith("ال", cand.start) or spanned:
        return True  # (round 17b) a span of weeks or more counted from it: a past happening, definite or not
    if _DEFINITE_NEXT.match(text, cand.end) or _NAMED_NEXT.match(text, cand.end):
        return True
    w1 = _WORD_END.match(text, cand.start)
    if w1 is not None and w1.end() - cand.start >= 5 and _PRONOUN_SUFFIX.search(text, cand.start, w1.end()):
        return True  # (round 17b) قبل بضعة أشهر من اغتياله، منذ تحريرها
    return any(e.start == cand.end + 1 or (cand.end < e.start <= cand.end + 2) for e in ctx.places)


#: (Round 37, helper ev2) The memo key (``Context.memo``) of the sorted starts of every trigger of the document, set by
#: the events stage before the merge (read by :func:`past_state`).
TRIGGER_STARTS = ("trigger_starts",)
#: (Round 33, helper bg4) The cue file of :func:`past_state`'s lists (event_kind_cues.yaml frame_state_*).
_STATE_CUES = CueFile("ar/event_kind_cues.yaml")
#: (Round 33, helper bg4) A relative pronoun right before a capture verb, or before تم / جرى and its verbal noun, or
#: before a pluperfect of at most three words of subject (عدن التي حررتها المقاومة، بارزاني الذي سيطرت قواته على،
#: اللواء الذي استولت عليه الجماعة، الحوطة التي تم دحر الميليشيا منها، المواقع التي كان الحوثيون قد سيطروا
#: عليها): the taking describes the noun before it.
_RELATIVE_TAKEN = re.compile(
    r"(?<![\u0621-\u064A])(?P<rel>(?:"
    + cue_alt("relative_pronouns")
    + "|"
    + cue_alt("relative_pronoun_spellings")
    + r"))\s+(?:(?:"
    + _STATE_CUES.alt("frame_state_passive")
    + r")\s+|(?:"
    + cue_alt("pluperfect_aux")
    + r")\s+(?:[^\s.!؟?،,؛;:]+\s+){0,3}?قد\s+)?$"
)
#: (Round 33, helper bg4) A noun of success, victory, a part played, help or joy, its doer in at most six words, then
#: في or ب and the capture's noun, a word of completing between (نجاح المقاومة في إحكام قبضتها على عدن، بدور دول
#: التحالف في تحرير عدن، عن سعادته باستكمال تحرير المحافظة، انتصار المقاومة في استعادة عدن، لمساعدة الجيش في
#: تحرير المدينة; event_kind_cues.yaml frame_state_nouns, frame_state_between), or in construct with it, a word of
#: operation between (بعد نجاح عملية تحرير المدينة، احتفالات تحرير عدن).
_PRONOUNS = r"(?:ه|ها|هم|هما|نا)"
#: … the nouns, a pronoun joined to them, their ة written ت before it (سعادته، مشاركتها، مساعدتهم).
_STATE_NOUNS = "|".join(
    re.escape(w[:-1]) + r"(?:ة|ت" + _PRONOUNS + ")" if w.endswith("ة") else re.escape(w) + _PRONOUNS + "?"
    for w in sorted(_STATE_CUES.words("frame_state_nouns"), key=len, reverse=True)
)
_ACHIEVED_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?P<head>[وبل]?(?:ال)?(?:"
    + _STATE_NOUNS
    + r"))(?:(?:\s+[^\s.!؟?،,؛;:]+){0,6}?\s+(?:في\s+|ب)(?:(?:ال)?(?:"
    + _STATE_CUES.alt("frame_state_between")
    + r")\s+)?|\s+(?:(?:ال)?(?:عملية|عمليات)\s+)?)(?:ال)?$"
)


#: (Round 33, helper bg4) A verb of saying, confirming or informing before the noun of success in its clause (أكدت
#: مصادر ميدانية نجاح المقاومة في السيطرة على مناطق، وأبلغت قيادات في المقاومة الصحيفة نجاحها في السيطرة على
#: المثلث: the news told; event_kind_cues.yaml frame_state_told).
_STATE_TOLD = _STATE_CUES.normalized("frame_state_told")
#: … and the words that end the look-back for it: "that" and words of time (frame_state_told_stops).
_TOLD_STOPS = _STATE_CUES.normalized("frame_state_told_stops")
#: (Round 33, helper bg4) After بعد / عقب / إثر, a noun of announcing in construct with the capture's noun, its doer
#: in at most three words between (بعد إعلان تحرير عدن، عقب إعلان المقاومة الشعبية تحرير المدينة;
#: event_kind_cues.yaml frame_state_announced).
_ANNOUNCED_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?P<head>و?(?:بعد|عقب|إثر|اثر)\s+(?:ال)?(?:"
    + _STATE_CUES.alt("frame_state_announced")
    + r"))(?:\s+[^\s.!؟?،,؛;:]+){0,3}?\s+(?:ال)?$"
)


def _told_before(text: str, start: int, at: int) -> bool:
    """Whether a verb of saying, confirming or informing stands between ``start`` (the clause's start) and ``at``,
    at most 100 characters back (frame_state_told)."""
    words = [drop_conjunction(normalize(w), min_rest=2) for w in _WORD.findall(text, max(start, at - 100), at)]
    for w in reversed(words):
        if w in _TOLD_STOPS:
            return False  # "وقال المحافظ إن الكهرباء عادت بعد نجاح عملية تحرير المدينة": the success is a time mark
        if w in _STATE_TOLD:
            return True
    return False


def past_state(ctx: Context, cand: Candidate) -> bool:
    """(Round 33, helper bg4) Whether a capture is told as the past state of things, not as the news: its verb in a
    relative clause that describes a place or a body (عدن التي حررتها المقاومة، بارزاني الذي سيطرت قواته على مناطق
    عدة، اللواء 180 الذي استولت عليه جماعة الحوثي، :data:`_RELATIVE_TAKEN`), or its verbal noun the object of a noun
    of success, victory, a part played, help or joy (أشاد بدور دول التحالف في تحرير عدن، عن سعادته باستكمال تحرير
    محافظة عدن، نجاح المقاومة في إحكام قبضتها على عدن, :data:`_ACHIEVED_BEFORE`) — with no day named from the frame's
    word to the end of its clause (القريتين التي سيطر عليها التنظيم ليل الأربعاء، نجاح المقاومة أمس في السيطرة على
    الجبل stay news) and no other mention of it. The verbs of succeeding (نجحت القوات في السيطرة) are news: only the
    nouns are read. Fresh articles: the background of a visit, a statement or a feature (Aden's liberation weeks
    before), the bulk of rowjudge 7-10's false captures with no day of their own."""
    if cand.cls.name not in ("capture", "recapture") or cand.tense == "future":
        return False
    text = ctx.doc.text
    c0, c1 = cand.clause
    w0 = ctx.word_start(cand.start)
    lo = max(c0, w0 - 90)
    frame = day_from = None
    rel = _RELATIVE_TAKEN.search(text, lo, w0)
    if rel is not None and cand.tense != "present":
        frame = rel.start("rel")
        # a day named before the relative in its clause may be the described place's own (والتي كان آخرها أمس في
        # قاعدة العند التي استعادها الثوار: yesterday's recapture): the whole clause is read for a day — unless another
        # event's trigger stands before the relative in the clause (round 37, ev2: "قصفت البوارج أمس تجمعات … ومعسكرا
        # قرب الساحل الذي استولى عليه المتمردون": yesterday is the shelling's, the relative's capture has none)
        starts = ctx.memo.get(TRIGGER_STARTS) or ()
        i = bisect_left(starts, c0)
        day_from = frame if i < len(starts) and starts[i] < frame else c0
    elif cand.tense == "noun":
        got = _ACHIEVED_BEFORE.search(text, lo, cand.start)
        if got is None or _told_before(text, c0, got.start("head")):
            got = _ANNOUNCED_BEFORE.search(text, lo, cand.start)
        if got is not None:
            frame = got.start("head")
    if frame is None or frame < c0:
        return False
    # every mention told after the frame's word in its sentence (بارزاني الذي سيطرت قواته على مناطق … انسحبت منها
    # القوات العراقية: the withdrawal is the same description), none told before it as news
    if any(not frame <= m.start < cand.sentence[1] for m in cand.mentions):
        return False
    last = max([c1, cand.end] + [m.end for m in cand.mentions])
    return not ctx.day_named(frame if day_from is None else day_from, last)


#: (Round 34, helper bg5) The frames a capture's verbal noun joined by و takes from the noun before it
#: (event_cues.yaml joined_*, normalized): the since-frame's nouns, an aim's verbal nouns after ل and its frame words,
#: and the words that end the look-back.
_JOINED_SINCE = frozenset(normalize(w) for w in cue_words("joined_since_nouns"))
_JOINED_AIM = frozenset(normalize(w) for w in cue_words("joined_aim_nouns"))
_JOINED_AIM_FRAMES = frozenset(normalize(w) for w in cue_words("joined_aim_frames"))
_JOINED_STOPS = frozenset(normalize(w) for w in cue_words("joined_stops"))
_SINCE_PREPS = frozenset(normalize(w) for w in cue_words("time_point_preps"))
#: How many words back the frame of a joined capture is looked for: an aim is told right before it (لفك الحصار على
#: المدينة وتحريرها), a since-frame may name a list of places between (منذ قيام الجماعة بالسيطرة على مدينة عدن
#: وأحياء التواهي وخور مكسر والمعلا والبريقة واستعادتها).
_JOINED_AIM_WORDS, _JOINED_SINCE_WORDS = 8, 24


def _since_noun(word: str) -> bool:
    """Whether a normalized word is a noun that opens a since-frame (سيطرة، بالسيطرة، قيام), ب and the article off."""
    w = word[1:] if word.startswith("ب") and len(word) > 4 else word
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w in _JOINED_SINCE


def _aim_noun(word: str) -> bool:
    """Whether a normalized word is ل and the verbal noun of an effort's step (لفك، للانطلاق، لتعزيز)."""
    if not word.startswith("ل") or len(word) < 3:
        return False
    w = word[1:]
    if w.startswith("ل"):
        w = w[1:]  # لل: ل and the article (للانطلاق)
    elif w.startswith("ال"):
        w = w[2:]
    return w in _JOINED_AIM


#: (Round 34, helper bg5) past_state's nouns of success, victory, a part played or help, normalized.
_JOINED_STATE = frozenset(normalize(w) for w in _STATE_CUES.words("frame_state_nouns"))


def _state_noun(word: str) -> bool:
    """Whether a normalized word is one of past_state's nouns (انتصارا، بدور، ومساندة), ب/ل, the article and an
    accusative ا off."""
    w = word[1:] if word[:1] in ("ب", "ل") and len(word) > 4 else word
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w in _JOINED_STATE or (w.endswith("ا") and w[:-1] in _JOINED_STATE)


def joined_frame(ctx: Context, cand: Candidate) -> str | None:
    """(Round 34, helper bg5) Whether a capture's verbal noun joined by و to a noun before it in its clause takes
    that noun's frame: "since" when the noun opens a since-frame (منذ قيام جماعة الحوثي بالسيطرة على مدينة عدن
    وأحياء التواهي … واستعادتها من قبل قوات التحالف: the war's background, rowjudge11's fp12003), "aim" when it is
    ل and the verbal noun of an effort's step or a frame of aim or attempt (في محاولة منهم لفك الحصار على زنجبار
    وتحريرها، للانطلاق واستعادة الدولة: aimed at, no deed; tune43), "state" when it is joined to the object of a noun
    of victory, a part played or help (:func:`past_state`'s nouns: حقق التحالف انتصارا واضحا في اليمن بمؤازرة
    المقاومة وتحرير عدن, rowjudge7's fp8005). ``None`` otherwise: no و right before the noun, a complementizer,
    relative, word of sequence or day between (لفك الحصار ثم سيطرت …), the frame further back than eight words (an
    aim, a state) or 24 (a since-frame), or a mention outside the clause (a since-frame: any other mention)."""
    if cand.cls.name not in ("capture", "recapture") or cand.tense != "noun":
        return None
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    if text[w0 : cand.start] != "و":
        return None
    c0, c1 = cand.clause
    words = [normalize(m.group()) for m in _WORD.finditer(text, max(c0, w0 - 240), w0)]
    for back, word in enumerate(reversed(words), start=1):
        bare = drop_conjunction(word, min_rest=2)
        if bare in _JOINED_STOPS or word in _JOINED_STOPS:
            return None
        if back <= _JOINED_AIM_WORDS and (_aim_noun(bare) or bare in _JOINED_AIM_FRAMES):
            # an aim's clause may hold a mention folded in before it (نعمل على القضاء على الجيوب للانطلاق
            # واستعادة الدولة), none outside it
            return "aim" if all(c0 <= m.start < c1 for m in cand.mentions) else None
        if back <= _JOINED_AIM_WORDS and _state_noun(bare):
            # "حقق التحالف انتصارا واضحا بمؤازرة المقاومة وتحرير عدن": joined to the object of a noun of victory, a
            # part played or help (past_state's nouns), the state of things; not after a verb of saying (أكدت
            # مصادر نجاح المقاومة في …: the success is the news told)
            ok = all(c0 <= m.start < c1 for m in cand.mentions) and not _told_before(text, c0, w0)
            return "state" if ok else None
        if back > 1 and bare in _SINCE_PREPS and _since_noun(words[len(words) - back + 1]):
            return "since" if all(m.start == cand.start for m in cand.mentions) else None
        if back >= _JOINED_SINCE_WORDS:
            return None
    return None


#: (round 16b, helper ev15) Present-tense verbs of waging or carrying out (تشن، تقوم ب، تنفذ، تواصل، تخوض، تمارس), with
#: an object pronoun (التي تشنها).
_CONDUCT = r"(?:" + cue_alt("conduct_verbs") + r")"
#: A relative pronoun, also spelt with a final ى (التى، الذى).
_RELATIVE = (
    r"(?<![\u0621-\u064A])(?:" + cue_alt("relative_pronouns") + "|" + cue_alt("relative_pronoun_spellings") + r")"
)
#: The relative clause opened by a present-tense verb of waging right before the trigger, one word between at most
#: (الولايات المتحدة التي تشن ضربات جوية ضد أهداف التنظيم، التحالف الذي يقوم بقصف مواقعه).
_WAGING_BEFORE = re.compile(_RELATIVE + r"\s+" + _CONDUCT + r"(?![\u0621-\u064A])(?:\s+[^\s.!؟?،,؛;:]+)?\s+[وف]?ب?$")
#: A relative pronoun right before a present-tense trigger (الأشخاص الذين يعتقلون في أرض المعركة).
_RELATIVE_BEFORE = re.compile(_RELATIVE + r"\s+$")
#: A definite trigger described by a present-tense verb of waging or committing, active with its pronoun or passive
#: (الغارات التي تشنها أنقرة على …، العمليات التي يقوم بها التنظيم، أعمال العنف هذه التي ترتكب في مجتمعاتنا).
_WAGED_AFTER = re.compile(
    r"\s+(?:(?:هذه|هذا|هؤلاء)\s+)?"
    + _RELATIVE
    + r"\s+"
    + _CONDUCT
    + r"(?:ها|ه|هم|هما)?(?:\s+(?:بها|به|بهم))?(?![\u0621-\u064A])"
)
#: A timex value that names a day.
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def present_description(ctx: Context, cand: Candidate) -> bool:
    """(Round 16b) Whether the trigger is told in a relative clause in the present tense, as what an actor does (the
    campaign as a description: الولايات المتحدة التي تشن ضربات جوية ضد التنظيم في سوريا، التحالف الذي يقوم بقصف
    أهدافه، الغارات التي تشنها أنقرة ضد الحزب، الأشخاص الذين يعتقلون في أرض المعركة), with no day of its own in the
    clause and no counted toll: a general statement, no happening of a day."""
    if counted(cand):
        return False
    text = ctx.doc.text
    c0, c1 = cand.clause
    w0 = ctx.word_start(cand.start)
    before = text[max(c0, w0 - 60) : w0]
    told = bool(_WAGING_BEFORE.search(before))
    told = told or (cand.tense == "present" and bool(_RELATIVE_BEFORE.search(before)))
    told = told or (cand.definite and _WAGED_AFTER.match(text, cand.end) is not None)
    if not told:
        return False
    return not any(
        x.type == "DATE" and c0 <= x.start < c1 and _A_DAY.match(str(x.value or "")) for x in ctx.doc.timexes
    )


# (round 17, helper ev16) The circumstance of another clause: events.yaml word_sets, read once.
_WORD_SETS = CueFile("ar/events.yaml", section="word_sets")
#: "At a time when" and a present-tense verb (في وقت يحاول فيه العراق استعادة السيطرة، في الوقت الذي تخوض فيه
#: المقاومة مواجهات): a present verb is one that opens with ي or ت and is not a feminine past (تمكنت).
_FRAME_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])و?(?:"
    + _WORD_SETS.alt("circumstance_frames")
    + r")\s+(?:[وف]?[يت][\u0621-\u064A]*[\u0621-\u0629\u062B-\u064A]|[وف]?(?:لا|ما)\s+(?:ي|ت)[\u0621-\u064A]+)"
    + r"(?:\s+(?:فيه|فيها|به|بها))?(?:\s+[^\s.!؟?،,؛;:]+){0,5}?\s+$"
)
#: A relative clause of witnessing right before the trigger, two words between at most (سيناء التي تشهد هجمات، تركيا
#: التي شهدت عدة هجمات دموية، عدن التي شهدت معارك عنيفة).
_WITNESS_BEFORE = re.compile(
    _RELATIVE
    + r"\s+(?:"
    + _WORD_SETS.alt("witness_verbs")
    + r")(?:\s+(?:"
    + _WORD_SETS.alt("witness_between")
    + r")){0,2}\s+$"
)
#: Amid a rise of a kind of violence, right before the trigger (وسط تصاعد هجمات الحزب، في ظل استمرار القصف).
_AMID_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + _WORD_SETS.alt("amid_words")
    + r")\s+(?:"
    + _WORD_SETS.alt("rising_nouns")
    + r")\s+$"
)
#: Said of what recurs, after the trigger (ألقي القبض عليه عدة مرات، اعتدوا عليه مرارا).
ITERATIVE = re.compile(r"(?<![\u0621-\u064A])(?:" + _WORD_SETS.alt("iteratives") + r")(?![\u0621-\u064A])")


def circumstance(ctx: Context, cand: Candidate) -> bool:
    """(Round 17, helper ev16) Whether the trigger is told as the circumstance of another clause, not as a happening
    of its own: in "at a time when" with a present-tense verb (بحث الوزير أمس تطورات الحملة في وقت يحاول فيه العراق
    استعادة السيطرة على الرمادي), in a relative clause of witnessing that describes a place (قتل أربعة جنود في انفجار
    قنبلة شمال سيناء التي تشهد هجمات يشنها متشددون، عدن التي شهدت معارك عنيفة), or amid a rise of a kind of violence
    (وسط تصاعد هجمات الحزب والغارات التركية). Only a trigger whose every mention is told in the frame, with no counted
    toll and no day named between the frame and the end of its clause: a day before the frame is the main clause's
    (أمس above)."""
    if counted(cand):
        return False
    text = ctx.doc.text
    c1 = cand.clause[1]
    w0 = ctx.word_start(cand.start)
    lo = max(cand.sentence[0], w0 - 90)
    head = None
    for pattern in (_FRAME_BEFORE, _WITNESS_BEFORE, _AMID_BEFORE):
        head = pattern.search(text, lo, w0)
        if head is not None and not _CLAUSE_MARK.search(text, head.start(), w0):
            break
        head = None
    if head is None:
        return False
    if any(m.start < head.start() or m.start >= cand.sentence[1] for m in cand.mentions):
        return False  # the row tells more than the frame (قتل ضابط … شمال سيناء التي تشهد هجمات: the killing)
    end = min(max(c1, cand.end), cand.end + 60)
    return not ctx.day_named(head.start(), end)


#: (round 18, helper ge2) Participating in or joining a campaign (event_cues.yaml campaign_joining), then في / إلى and
#: at most one word, right before the trigger (مشاركتها في غارات التحالف، الانضمام إلى الحملة الجوية).
_JOINING_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وبل]?(?:"
    + cue_alt("campaign_joining")
    + r")\s+(?:"
    + cue_alt("campaign_joining_preps")
    + r")\s+(?:[^\s.!؟?،,؛;:]+\s+)?(?:ال)?$"
)


#: (round 20, helper evp) A word of permitting, then at most sixteen words with no mark of a sentence's end (the one
#: permitted, the bases lent, commas between), then ب / في / ل and the verbal noun of launching right before the
#: trigger (سمحت تركيا للولايات المتحدة باستخدام قواعدها الجوية، ولاسيما قاعدة انجرليك، في شن غارات؛ وافقت على
#: السماح للجيش الأمريكي بشن ضربات جوية; event_merge_cues.yaml permission_words, launch_nouns).
_MERGE_CUES = CueFile("ar/event_merge_cues.yaml")
_PERMITTED_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + _MERGE_CUES.alt("permission_words")
    + r")(?![\u0621-\u064A])(?:\s+[^\s.!؟?؛;:]+){0,16}?\s+[وف]?(?:ب|ل|في\s+)(?:"
    + _MERGE_CUES.alt("launch_nouns")
    + r")\s+(?:ال)?$"
)


#: (round 26, sp5) the end of :data:`_PERMITTED_BEFORE` alone (the launching noun right before the trigger): read first,
#: in one fast pass, since without it no permission can be read
_LAUNCH_TAIL = re.compile(r"(?:" + _MERGE_CUES.alt("launch_nouns") + r")\s+(?:ال)?$")


def _permitted(ctx: Context, cand: Candidate) -> bool:
    """(Round 20, helper evp) Whether a noun trigger is the strikes someone is allowed to launch
    (:data:`_PERMITTED_BEFORE`): a permission, no happening of a day, whatever day the permission has."""
    # (no sentence bound: a line break may split the sentence, and the words between take no mark of its end)
    lo = max(0, cand.start - 200)
    if _LAUNCH_TAIL.search(ctx.doc.text, lo, cand.start) is None:
        return False
    return _PERMITTED_BEFORE.search(ctx.doc.text, lo, cand.start) is not None


def campaign_joined(ctx: Context, cand: Candidate) -> bool:
    """(Round 18, helper ge2) Whether a noun trigger is the campaign someone takes part in or joins (أعلن الوزير
    تمديد بلاده مشاركتها في غارات التحالف ضد التنظيم عاما، رحب بقرار تركيا الانضمام إلى الحملة الجوية): the campaign
    as a whole, no happening of a day; not with a counted toll or a day named in its clause.

    (Round 20, helper evp) So are the strikes someone is allowed to launch (سمحت تركيا للولايات المتحدة باستخدام
    قواعدها في شن غارات، وافقت على السماح للجيش الأمريكي بشن ضربات جوية: :func:`_permitted`), a trigger whose every
    mention is so told, whatever day the permission has."""
    if cand.tense != "noun" or counted(cand):
        return False
    if _permitted(ctx, cand) and all(m.start == cand.start for m in cand.mentions):
        return True  # (round 20) السماح للجيش الأمريكي بشن ضربات جوية: a permission
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    if not _JOINING_BEFORE.search(text, max(cand.clause[0], w0 - 40), cand.start):
        return False
    c0, c1 = cand.clause
    return not ctx.day_named(c0, c1)


#: (round 18, helper ge2) What may stand between a capture noun and the country it names: nothing, or "all" / "the
#: whole of" (تحرير كل اليمن، استعادة كامل الأراضي).
_WHOLE_GAP = re.compile(r"\s+(?:(?:كل|كامل)\s+)?$")


#: (round 20, helper evp) A future verb: سوف and a present form, or س joined to one (سينطلق، ستتوجه، سيتيح).
_FUTURE_VERB = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:سوف\s+[يتنأ][\u0621-\u064A]{2,}|س[يت][\u0621-\u064A]{2,})(?![\u0621-\u064A])"
)
_S_NOUNS = tuple(cue_words("future_s_nouns"))
_S_WORDS = frozenset(cue_words("future_s_words"))
_REACH_BREAKS = frozenset(cue_words("future_reach_breaks"))
#: words of "after" before a capture noun whose sentence's verb is still to come (ستتوجه القوات إلى الفلوجة، غرب
#: بغداد، بعد تحرير الرمادي)
_AFTER_CAPTURE = frozenset(cue_words("future_after_capture"))
_WORD = re.compile(r"[\u0621-\u064A]+")


def _future_word(m: re.Match[str]) -> bool:
    word = drop_conjunction(m.group(), min_rest=2)
    return not (word.startswith(_S_NOUNS) or word in _S_WORDS or word.endswith(("ة", "ات")))


#: (round 20, helper evp) A word of expecting or good tidings before a capture noun in its sentence, at most six words
#: between (commas too), or nearness after it, at most eight words between (event_merge_cues.yaml forecast_*).
_FORECAST_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + _MERGE_CUES.alt("forecast_before")
    + r")(?![\u0621-\u064A])(?:\s+[^\s.!؟?؛;:]+){0,6}?\s+(?:ل|ب)?(?:ال)?$"
)
_FORECAST_AFTER = re.compile(
    r"(?:\s+[^\s.!؟?؛;:]+){0,8}?\s+(?:(?:"
    + _MERGE_CUES.alt("forecast_after")
    + r")|(?:"
    + _MERGE_CUES.alt("forecast_becoming")
    + r")\s+(?:"
    + _MERGE_CUES.alt("forecast_near")
    + r"))(?![\u0621-\u064A])"
)


def capture_to_come(ctx: Context, cand: Candidate) -> bool:
    """(Round 20, helper evp) Whether a capture's verbal noun is told as still to come by a future verb of its
    sentence: its subject or time mark, the verb at most ten words after it with no comma, relative pronoun, "that"
    or word of cause or time between (بعد الانتهاء من تحرير كامل محافظتي لحج وعدن سينطلق الجيش نحو تعز، إن طرد
    التنظيم من المناطق القريبة من حلب سيتيح لهم قتال النظام), or after "after" with the future verb earlier in its
    sentence, commas between (ستتوجه القوات المشتركة إلى الفلوجة، غرب بغداد، بعد تحرير الرمادي); or told as
    expected or near (وتوقع مساعد وزير الدفاع، تحرير قاعدة العند خلال ساعات، عملية تحرير مدينة تعز باتت قريبة،
    بشائر تحرير مدن الأنبار في القريب العاجل: :data:`_FORECAST_BEFORE`, :data:`_FORECAST_AFTER`). An aim or a
    forecast, no territory taken on a day. Not with a counted toll or a mention told elsewhere."""
    if cand.cls.name not in ("capture", "recapture") or cand.tense != "noun":
        return False
    if counted(cand):
        return False
    if any(m.start != cand.start for m in cand.mentions):
        return False
    text = ctx.doc.text
    s0, s1 = cand.sentence
    w0 = ctx.word_start(cand.start)
    if _FORECAST_BEFORE.search(text, max(s0, w0 - 80), w0) is not None:
        return True  # وتوقع مساعد وزير الدفاع، تحرير قاعدة العند خلال ساعات
    after = _FORECAST_AFTER.match(text, cand.end)
    if after is not None and after.end() <= s1:
        between = {drop_conjunction(w, min_rest=2) for w in _WORD.findall(text, cand.end, after.end())}
        if not between & _REACH_BREAKS:
            return True  # عملية تحرير مدينة تعز باتت قريبة، بشائر تحرير مدن الأنبار في القريب العاجل
    words = list(_WORD.finditer(text, cand.end, s1))[:10]
    for w in words:
        if _REACH_BREAKS & {w.group(), drop_conjunction(w.group(), min_rest=2)} or "،" in text[cand.end : w.start()]:
            break
        fut = _FUTURE_VERB.match(text, w.start())
        if fut is not None and _future_word(fut):
            return True
    if ctx.previous_word(ctx.word_start(cand.start)) not in _AFTER_CAPTURE:
        return False
    before = [m for m in _FUTURE_VERB.finditer(text, max(s0, cand.start - 120), cand.start) if _future_word(m)]
    if not before:
        return False
    between = {drop_conjunction(w, min_rest=2) for w in _WORD.findall(text, before[-1].end(), cand.start)}
    return not (between & _REACH_BREAKS)


def country_taken(ctx: Context, cand: Candidate) -> bool:
    """(Round 18, helper ge2) Whether a capture noun names a whole country as what is taken (انبلاج فجر تحرير اليمن
    من العصابات، تحرير فلسطين يمر عبر …، تمهيدا لتحرير كل اليمن، أعلن بوش تحرير الكويت): a war's aim, slogan or end
    named, no territory taken on a day (ACLED's territory events are a town's or an area's)."""
    if capture_to_come(ctx, cand):
        return True  # (round 20, helper evp) بعد الانتهاء من تحرير المحافظتين سينطلق الجيش: still to come
    if cand.cls.name not in ("capture", "recapture") or cand.tense != "noun":
        return False
    text = ctx.doc.text
    for e in ctx.places_in(cand.end, cand.end + 12):
        if is_country(e) and _WHOLE_GAP.fullmatch(text, cand.end, e.start) is not None:
            return True
    return False


#: (Round 33, helper fr1) What no territory is (event_kind_cues.yaml frame_abstract_objects), the words skipped
#: before it, and how many words after a verb trigger its object may stand (after the verb's subject).
_KIND_CUES = CueFile("ar/event_kind_cues.yaml")
_ABSTRACT = _KIND_CUES.normalized("frame_abstract_objects")
_ABSTRACT_SKIP = _KIND_CUES.normalized("frame_abstract_skip")
_ABSTRACT_HEADS = _KIND_CUES.normalized("frame_abstract_heads")
_ON_VERBS = tuple(_KIND_CUES.normalized("frame_abstract_on_verbs"))
_ON = normalize("على")
ABSTRACT_REACH = 8
_OBJECT_WORDS = re.compile(r"[\u0621-\u064A]+|[^\s\u0621-\u064A]")


def _bare_noun(word: str) -> str:
    """A normalized word with و/ف, then ب/ل, then the article taken off (والاستقرار → استقرار)."""
    w = drop_conjunction(word, min_rest=3)
    if w[:1] in ("ب", "ل") and len(w) > 3:
        w = w[1:] if not w.startswith("لل") else w[2:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def abstract_taken(ctx: Context, cand: Candidate) -> bool:
    """(Round 33, helper fr1) Whether a capture or recapture trigger takes no place but a state, a standing, a market,
    a fire, a contest or a document (استعادت الشركة نمو أرباحها، سيطر المرشح الجمهوري على هذه المناظرة، استعادة
    الاستقرار في اليمن، تحرير محضر للراكب، تحرير قطاعات الألبان): no territory changes hands. The object is the
    word right after the trigger, after its على (within six words), or for a verb the first or second word after it
    (a subject of one word between); not after the head of a body (قوات الأمن), no place named before it, no
    punctuation between. A verb of taking whose object follows على (سيطر، استولى) is read after its على only."""
    if cand.cls.name not in ("capture", "recapture"):
        return False
    text = ctx.doc.text
    end = cand.end
    tokens = []
    for m in _OBJECT_WORDS.finditer(text, end, min(cand.clause[1], end + 120)):
        if not "\u0621" <= m.group()[0] <= "\u064a":
            break  # punctuation, a figure or a Latin word ends the reading
        tokens.append(m)
        if len(tokens) >= ABSTRACT_REACH:
            break
    words = [normalize(m.group()) for m in tokens]
    if not words:
        return False
    ends_on = normalize(text[cand.start : cand.end]).split()[-1:] == [_ON]
    if ends_on:
        at = 0
    elif _ON in words[:6]:
        at = words.index(_ON) + 1
    elif cand.tense == "noun":
        at = 0
    elif drop_conjunction(normalize(text[cand.start : cand.end]), min_rest=3).startswith(_ON_VERBS):
        return False  # سيطرت المقاومة … على مدينة شقرة: the object stands after على, past the reach
    else:
        # a verb's object right after it or after a subject of one word (استعادت الشركة نمو أرباحها); further on,
        # the word may be the subject's own (استعادت القوات الموالية للحكومة الشرعية قاعدة العند)
        first = next((i for i, w in enumerate(words[:2]) if _bare_noun(w) in _ABSTRACT), None)
        if first is None:
            return False
        at = first
    while at < len(words) and _bare_noun(words[at]) in _ABSTRACT_SKIP:
        at += 1
    if at >= len(words) or _bare_noun(words[at]) not in _ABSTRACT:
        return False
    if at > 0 and _bare_noun(words[at - 1]) in _ABSTRACT_HEADS:
        return False  # استعادت قوات الأمن الحي: the body's name, not what was taken
    return not ctx.places_in(end, tokens[at].end())


#: (round 18b, helper og) A word of going on right before a fighting noun (ما زالت المعارك، وما زال الاشتباكات، مع
#: استمرار الاشتباكات، تتواصل المواجهات; event_cue_yaml fighting_still_before), then the article.
_STILL_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفب]?(?:" + cue_alt("fighting_still_before") + r")\s+(?:ال)?$")
#: … or right after it, past at most two of its adjectives (مواجهات عنيفة ما زالت تدور، الاشتباكات العنيفة مستمرة،
#: المعارك لا تزال دائرة; event_cues.yaml fighting_still_after) and (round 28, rc5) the side whose fighting it is
#: (معارك المقاومة لا تزال مستمرة، قتال قوات النظام ما زال دائرا; fighting_genitive_sides).
_STILL_AFTER = re.compile(
    r"(?:\s+(?:ال)?(?:" + cue_alt("fighting_genitive_sides") + r")(?:\s+[\u0621-\u064A]+)??)?"
    r"(?:\s+(?:ال)?(?:" + cue_alt("fighting_adjectives") + r")){0,2}\s+(?:" + cue_alt("fighting_still_after") + r")"
    r"(?![\u0621-\u064A])"
)


def fighting_going_on(ctx: Context, cand: Candidate) -> bool:
    """(Round 18b, helper og) Whether a clash noun is told as still going on at the time of the report in a named
    place below the country (وما زالت الاشتباكات العنيفة مستمرة … في مدينة الزبداني، مواجهات عنيفة ما زالت تدور في
    أماكن متفرقة من المدينة، ترافق مع استمرار الاشتباكات العنيفة … في محيط المدينة): the lead's ruling codes it as an
    armed clash of the report's day (ACLED codes ongoing clashes on each day a source reports them), so the
    granularity step keeps it discrete. Not a war or a country's fighting (no place, or the place a country)."""
    if cand.cls.name != "clash" or cand.tense != "noun":
        return False
    place = cand.place
    if place is None or cand.place_from not in ("clause", "sentence") or is_country(place):
        return False
    return told_going_on(ctx, cand)


def told_going_on(ctx: Context, cand: Candidate) -> bool:
    """Whether a fighting noun is told as still going on (ما زالت الاشتباكات، المعارك لا تزال دائرة، معارك المقاومة لا
    تزال مستمرة، المواجهات تدور): :func:`fighting_going_on`'s wording, its place left aside."""
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    if _STILL_BEFORE.search(text, max(cand.clause[0], w0 - 30), cand.start):
        return True
    return _STILL_AFTER.match(text, cand.end) is not None


def told_taking_place(ctx: Context, cand: Candidate) -> bool:
    """(Round 30, helper rc2) Whether a fighting noun is told as going on (:func:`told_going_on`) or as taking place,
    a verb of occurring at most three words before it in its clause (دارت اشتباكات، اندلعت مواجهات، تشهد المنطقة
    معارك; event_sentence_cues.yaml kind_occurring_verbs): the fight told, not named as a kind or a memory (معركة
    … في منطقة ثارو at an exhibition of antiquities)."""
    if told_going_on(ctx, cand):
        return True
    w0 = ctx.word_start(cand.start)
    words = list(_WORD.finditer(ctx.doc.text, max(cand.clause[0], w0 - 40), w0))[-3:]
    return any(_OCCURRING_BEFORE.fullmatch(m.group()) for m in words)


# ---- round 25 (helper pr2): talk, opinion and summaries are not happenings
#: (Round 25, helper pr2) The cue file of the rules below (event_sentence_cues.yaml, round 25's lists).
_TALK_CUES = CueFile("ar/event_sentence_cues.yaml")
#: A past verb of launching or doing before a noun in its clause (شنت الطائرات غارات، نفذ التحالف ضربات، وتم إبطال): the
#: noun is the object of a deed told, not a kind named.
_LAUNCH_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?ب?(?:" + _TALK_CUES.alt("kind_deed_verbs") + r")(?![\u0621-\u064A])"
)

#: A verb of occurring or coming before the noun in its clause, its subject (ويأتي تبادل إطلاق النار، وقعت اشتباكات).
_OCCURRING_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + _TALK_CUES.alt("kind_occurring_verbs") + r")(?![\u0621-\u064A])"
)
#: A word of cause right before the noun (نتيجة للقصف، جراء القصف، بسبب الغارات، إثر الهجوم).
_CAUSE_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + _TALK_CUES.alt("kind_cause_words") + r")\s+(?:ل|لل)?$")
#: A result told after the noun in its sentence (ما أسفر عن، مما أدى إلى).
_RESULT_AFTER = re.compile(
    r"(?<![\u0621-\u064A])[وف]?م?ما\s+(?:" + _TALK_CUES.alt("kind_hit_verbs") + r")(?![\u0621-\u064A])"
)
#: A past verb of hitting or causing within three words after the noun, its subject (قصفا مكثفا استهدف معسكر).
_HIT_AFTER = re.compile(
    r"(?:\s+[^\s.!؟?،,؛;:]+){0,2}?\s+[وف]?(?:" + _TALK_CUES.alt("kind_hit_verbs") + r")(?![\u0621-\u064A])"
)


def named_as_kind(ctx: Context, cand: Candidate) -> bool:
    """(Round 25, helper pr2) Whether a verbal noun of violence is named as a kind in talk, not told as a happening:
    a noun of the body with no place in its clause or sentence (its place is only the lead's or none), no day named
    in its sentence, no counted toll, no one arrested and no verb of launching or doing right before it (لضحايا قصف
    نظام بشار، تقوم بعمليات اغتيال واختطاف لهم، بعد حملات القصف العشوائي الوحشية، وتقدم ضربات جوية للتحالف العربي
    …، السياسة تنطوي على قدر أكبر من التدخل والنشاط والاشتباك): a columnist's argument, a minister's policy words or
    a war told in general. Rows of opinion pieces, policy talk and wars told in general in the blind tune34 (a
    minister's policy words), tune28 (a columnist's list of crimes), tune (the war told in general), tune6 (a
    minister's words on the border), tune7 and tune8."""
    if cand.tense != "noun" or cand.arrested or any(k.startswith("means:") for k in cand.cues):
        return False  # (a weapon told with it: "عن قصف مواقع المسلحين في قاعدة الجهاد بصواريخ الكاتيوشا")
    if cand.status in ("alleged", "claimed"):
        return False  # an accusation or a claim names a deed: "واتهمت السلطة المحلية جماعة الحوثي بالوقوف وراء القصف"
    if cand.place_from not in ("lead", "none") and not (cand.place_from == "sentence" and cand.place_precision == 3):
        return False  # a place in its clause, or a town in its sentence: a happening's (a country alone is not)
    if counted(cand):
        return False
    if in_title(ctx, cand.start) or ctx.day_named(*cand.sentence):
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    # "وأطلقت دبابات من كتيبة المدرعات الخامسة عدة قذائف"، "وتم التعامل معها وإبطال مفعولها"، "قامت مقاتلات تركية
    # بشن غارات": the noun is the object of a deed told; "ويأتي تبادل إطلاق النار بعد ثلاثة أيام"، "كما تدور
    # اشتباكات عنيفة"، "شهد الأسبوع الماضي اقتحام المستوطنين للمسجد": the subject of a verb of occurring
    # (the trigger's own words too: "المقاومة تصدت لهجوم في اتجاه شرعب")
    if _LAUNCH_BEFORE.search(text, cand.clause[0], cand.end) or _OCCURRING_BEFORE.search(text, cand.clause[0], w0):
        return False
    if _CAUSE_BEFORE.search(text, max(cand.clause[0], w0 - 20), w0):
        return False  # "يعيش الجميع تحت السلالم نتيجة للقصف العنيف من مليشيات الحوثي": the cause of a result told
    # "إن قصفا مكثفا استهدف معسكر الصدرين": the noun is the subject of a past verb of hitting told after it; "…،
    # ما أسفر عن سقوط عشرات القتلى": its result told in its sentence
    if _RESULT_AFTER.search(text, cand.end, max(cand.end, cand.sentence[1])):
        return False
    return _HIT_AFTER.match(text, cand.end, max(cand.end, cand.clause[1])) is None


#: (Round 25, helper pr2) A noun of holding or strengthening right before a capture's word (تعزيز سيطرتها على
#: الحسكة، لتعزيز سيطرة الرئيس على المنطقة الحدودية، بتعزيز قبضتهم).
_HOLD_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وبل]?(?:" + _TALK_CUES.alt("control_hold_nouns") + r")\s+$")


def control_kept(ctx: Context, cand: Candidate) -> bool:
    """(Round 25, helper pr2) Whether a capture's word is the object of a noun of holding or strengthening (ساعدت
    الضربات وحدات حماية الشعب على تعزيز سيطرتها على الحسكة، ضرورية لتعزيز سيطرة الرئيس السوري على المنطقة
    الحدودية، تسمح لها بتعزيز سيطرتها الفعلية): the hold of who already holds the place, no change of hands (the
    blind tune33, and two articles of the fresh in-range draw)."""
    if cand.cls.name not in ("capture", "recapture"):
        return False
    w0 = ctx.word_start(cand.start)
    return _HOLD_BEFORE.search(ctx.doc.text, max(cand.clause[0], w0 - 20), w0) is not None


#: (Round 25, helper pr2) A span up to now (حتى الآن، حتى اللحظة، في الوقت الحالي) before the trigger in its clause.
_SO_FAR = re.compile(r"(?<![\u0621-\u064A])(?:" + _TALK_CUES.alt("so_far_spans") + r")(?![\u0621-\u064A])")
#: The present week or month (هذا الأسبوع، هذا الشهر) after a plural trigger in its clause.
_THIS_SPAN = re.compile(r"(?<![\u0621-\u064A])(?:" + _TALK_CUES.alt("this_span") + r")(?![\u0621-\u064A])")
#: A number right before the trigger (15 غارة، ثلاث غارات) or right after it as its object (تحرير 12 وحدة إدارية).
_COUNT_BEFORE = re.compile(r"(?:\d+|(?:" + _TALK_CUES.alt("count_words") + r"))\s+$")
_COUNT_AFTER = re.compile(r"\s+(?:\d+|(?:" + _TALK_CUES.alt("count_words") + r"))(?![\u0621-\u064A])")
_PLURAL_END = re.compile(r"(?:ات|معارك)$")


def summed_so_far(ctx: Context, cand: Candidate) -> bool:
    """(Round 25, helper pr2) Whether a trigger counts what a span has summed, not one happening: a counted trigger
    with a span up to now before it in its clause (وذكر المحافظ أنه في الوقت الحالي تم تحرير 12 وحدة إدارية، لم تسجل
    حتى الآن سوى ثلاث غارات على مواقع التنظيم), or a plural trigger told with the present week or month in its clause
    and no day and no counted toll of its own (ضربات التحالف التي نفذت هذا الأسبوع ساعدت …). The blind tune33 (two
    articles), rowjudge5 and a fresh in-range article: the count is an aggregate (granularity), its places the rows of
    their own days."""
    text = ctx.doc.text
    c0, c1 = cand.clause
    w0 = ctx.word_start(cand.start)
    if ctx.day_named(c0, c1):
        return False
    numbered = _COUNT_BEFORE.search(text, max(c0, w0 - 12), w0) is not None
    numbered = numbered or _COUNT_AFTER.match(text, cand.end) is not None
    if numbered and _SO_FAR.search(text, max(c0, back_words(text, w0, 8)), w0):
        return True
    word = text[w0 : cand.end].split(" ")[0]
    if not (_PLURAL_END.search(word) and cand.tense == "noun"):
        return False
    if counted(cand):
        return False  # "قتل 13 مدنيا في غارات جوية على بلدة الحراك … هذا الأسبوع": the day's toll told
    return _THIS_SPAN.search(text, cand.end, min(max(c1, cand.end), cand.end + 60)) is not None


# ---- round 26 (helper md1): what a relative "ما" describes is a kind, not a happening
#: (Round 26, helper md1) A relative ما (مما، بما، عما) opening a clause of one to five words, then من: what
#: follows من names what the clause describes (ما يجري على الناس من قتل، مما يشاهدونه من مواجهات، بعد ما سببته
#: عصابات التمرد من اعتداء). Not "about, more than" (ما يقرب من، ما يزيد على) nor a verb of enabling or preventing
#: (مما مكن القوات من السيطرة على: a deed) — event_sentence_cues.yaml described_not_after.
_WHAT_OF = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + _TALK_CUES.alt("described_what") + r")\s+(?P<clause>(?:[^\s.!؟?،,؛;:]+\s+){1,5}?)"
    r"من\s+(?P<items>(?:[^\s.!؟?،,؛;:]+\s+){0,8})$"
)
_NOT_DESCRIBED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + _TALK_CUES.alt("described_not_after") + r")(?![\u0621-\u064A])"
)


def described_kind(ctx: Context, cand: Candidate) -> bool:
    """(Round 26, helper md1) Whether a verbal noun is what a relative ما-clause before it describes, after من, alone or
    as a later item of a list joined by و (ولا يهمهم ما يجري على الناس من قتل وذبح وتهجير وتجريف للبساتين، أطفال
    يعانون جراء ما يشاهدونه من مواجهات عنيفة في الميدان، بعد ما سببته عصابات التمرد من اعتداء على المدنيين في
    البلاد): violence told as the kind of what goes on or what someone caused, not one happening — with no day named
    in its sentence and no counted toll (مما شهدته المدينة من قصف عنيف أمس الأحد stays a happening). The blind
    tune28 (a mufti's words) and tune34 (children watching the fighting), a fresh al-Watan article on al-Dali and a
    fresh okaz article (وما أسفر عنه من قتل للأبرياء)."""
    if cand.tense != "noun" or cand.arrested or in_title(ctx, cand.start):
        return False
    if counted(cand):
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    fused = text[w0 : cand.start]
    if not fused.startswith("و") and not text.endswith("من ", 0, w0) and not text.endswith("من", 0, w0):
        return False  # right after من, or a later item of its list (وتجريف)
    m = _WHAT_OF.search(text, max(cand.clause[0], w0 - 120), w0)
    if m is None or _NOT_DESCRIBED.search(m.group("clause")):
        return False
    items = m.group("items")
    if items and not fused.startswith("و"):
        return False  # words between من and a trigger with no و: not a list's item
    if re.search(r"\d", items):
        return False
    return not ctx.day_named(*cand.sentence)
