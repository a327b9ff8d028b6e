"""Captures read by the events stage (:mod:`rasd.stages.events`): a present-tense capture in the headline that reports
a past act, a capture named as news (announced, just after عقب, a sentence's opening verb) rather than in passing,
the fighting that led to a capture folded into it, and (round 16) armed men entering a place, told by their armed
subject, with the fighting row of its sentence folded into it (or folded into a capture of the same place); and (round
16b) the parts and results of one happening told as rows of their own (captives, a raid, a result after أدى إلى)
folded into it (:func:`fold_parts`)."""

from __future__ import annotations

import re
from typing import Any

from rasd.events.coding import VIOLENT, in_title
from rasd.events.coding.readers import became_under_before, confirmed_object
from rasd.events.context import Context
from rasd.events.merge import absorb, covers
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.events.unlisted_places import unnamed_place
from rasd.resources.cues import arg_cue_alt
from rasd.resources.cues import merge_cue_alt as cue_alt
from rasd.resources.cues import merge_cue_set as cue_set
from rasd.resources.cues import merge_normalized_cues as normalized_cues

#: Words between fighting and the capture it ended in (اشتباكات … أسفرت عن سيطرة قوات الأسد على القريتين).
_RESULT = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("fighting_results") + r")(?![\u0621-\u064A])")


#: The past verb of entering (lists.entry_words), with و ف before it.
_ENTRY = re.compile(r"(?:[وف])?(?:" + cue_alt("entry_words") + r")$")
#: The armed subject of an entry (lists.entry_agents): دخلت القوات، دخل مقاتلو، قوات الجيش دخلت.
_AGENT = re.compile(r"(?:و)?(?:" + cue_alt("entry_agents") + r")$")
#: Words between an entry and its place that make it no place taken (lists.entry_vetoes): حيز، المستشفى، في مواجهات.
_ENTRY_VETO = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("entry_vetoes") + r")(?![\u0621-\u064A])")
_WORD = re.compile(r"[\u0621-\u064A]+")
#: The prepositions of the place entered (lists.entry_prepositions): إلى، باتجاه.
_ENTRY_TO = cue_set("entry_prepositions")


def entry(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` is a capture told by the past verb of entering (دخلت، دخل، دخلوا): the round-16 entry of
    events.yaml."""
    return c.cls.name == "capture" and _ENTRY.match(ctx.doc.text[c.start : c.end]) is not None


def entry_told(ctx: Context, c: Candidate) -> bool:
    """Whether an entry is armed men's into a place: its armed subject right after the verb (دخلت القوات العراقية
    مركز المدينة) or among the three words just before it in its clause (قوات الجيش العراقي دخلت البلدة), no
    occupation before it, and no words between it and its place that make it a figure of speech, a building or a
    term entered, a fight joined or a raid (دخلت الاتفاقية حيز التنفيذ، دخل قائد المقاومة المستشفى، دخلت القوات في
    مواجهات، دخلت قوات الاحتلال باحات المسجد)."""
    text = ctx.doc.text
    after = _WORD.findall(text, c.end, min(c.clause[1], c.end + 40))
    before = _WORD.findall(text, max(c.clause[0], c.start - 40), c.start)[-3:]
    if not (after and _AGENT.match(after[0])) and not any(_AGENT.match(w) for w in before):
        return False
    if any(_ENTRY_VETO.fullmatch(w) for w in before):
        return False  # قوات كبيرة من جيش الاحتلال دخلت البلدة: the occupation's raid, told before the verb
    stop = min(c.clause[1], c.end + 60)
    if c.place is not None and c.end <= c.place.start < stop:
        stop = c.place.start
    words = list(_WORD.finditer(text, c.end, stop))[:6]
    to = next((w.start() for w in words if w.group() in _ENTRY_TO), None)
    if to is not None:
        stop = to  # دخلت قوات الأمن إلى جامعة الأنبار في الرمادي: the place entered is named after إلى
    elif len(words) == 6:
        stop = words[5].start()
    return _ENTRY_VETO.search(text, c.end, stop) is None


def fold_into_entry(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """Armed men entering a place (round 16): an entry not told as theirs is dropped (:func:`entry_told`); the
    fighting of its sentence (a clash, an attack), or fighting told elsewhere at its place on its day, is the entry's
    capture (ACLED codes the place taken, with the fighting's dead: "دخل مقاتلو المقاومة حي التواهي وسط اشتباكات مع
    الحوثيين" is one capture; "وهم الآن يخوضون معارك" told again later of the same place and day), and an entry with no
    fighting of its own into a place whose capture is told elsewhere in the article (سيطرت المقاومة على حي التواهي
    … ودخل مقاتلون من المقاومة حي التواهي) is that capture told again."""
    kept = [c for c in out if not entry(ctx, c) or entry_told(ctx, c)]
    gone: set[int] = set()
    for c in kept:
        if not entry(ctx, c) or id(c) in gone:
            continue
        key = place_key(c.place) if c.place is not None and c.place_from == "clause" else None
        day = (c.date or {}).get("value")
        fights = [
            h
            for h in kept
            if id(h) not in gone
            and h is not c
            and h.cls.name in ("clash", "attack")
            and h.granularity == c.granularity
            and h.status == c.status
            and not h.another
            and (
                h.sentence == c.sentence
                or (key is not None and day and place_key(h.place) == key and (h.date or {}).get("value") == day)
            )
        ]
        for h in fights:
            absorb(c, h)
            c.fatalities = c.fatalities or h.fatalities
            c.injured = c.injured or h.injured
            gone.add(id(h))
        if fights:
            continue  # an entry told with its own fighting is a happening of its own, not a capture told again
        same = next(
            (
                o
                for o in kept
                if key is not None
                and o is not c
                and id(o) not in gone
                and o.cls.name in ("capture", "recapture")
                and not entry(ctx, o)
                and o.status == c.status
                and o.place is not None
                and place_key(o.place) == key
            ),
            None,
        )
        if same is not None:
            absorb(same, c)
            gone.add(id(c))
    return [c for c in kept if id(c) not in gone]


def fold_fighting_into_capture(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """Fighting told as the way to a capture of the same sentence is that capture (ACLED codes the place taken,
    with the fighting's dead): "سيطرت القوات على بلدة العين، بعد معارك عنيفة أسفرت عن مقتل …" (the capture after
    the battles) and "اندلعت اشتباكات … أسفرت عن سيطرة قوات الأسد على القريتين" (the battles ended in it); first,
    armed men entering a place (:func:`fold_into_entry`); last, the parts and results of a happening
    (:func:`fold_parts`)."""
    out = fold_into_entry(ctx, out)
    text = ctx.doc.text
    gone: set[int] = set()
    for c in out:
        if c.cls.name not in ("capture", "recapture") or c.status not in ("reported", "claimed"):
            continue
        for h in out:
            if id(h) in gone or h.cls.name != "clash" or h.sentence != c.sentence or h.granularity != c.granularity:
                continue
            if h.status != c.status or h.another:
                continue
            # (round 16b) بعد, and عقب, إثر, في أعقاب (سيطرت على مدينة الحوطة عقب اشتباكات): lists.capture_after_words
            after = c.end <= h.start and ctx.previous_word(ctx.word_start(h.start)) in _AFTER_WORDS
            ended = (
                h.end <= c.start
                and bool(_RESULT.search(text, h.end, c.start))
                and not any(o is not h and o is not c and h.end <= o.start < c.start and o.cls.acled_type for o in out)
            )
            if not (after or ended):
                continue
            absorb(c, h)
            c.fatalities = c.fatalities or h.fatalities
            c.injured = c.injured or h.injured
            gone.add(id(h))
    return fold_parts(ctx, [c for c in out if id(c) not in gone])


#: (round 16b) The word right before fighting that led to a capture told before it (lists.capture_after_words).
_AFTER_WORDS = cue_set("capture_after_words")


#: (round 16b) Fighters taken captive (وأسروا عددا من مقاتلي الحوثيين): lists.captive_words.
_CAPTIVE = cue_set("captive_words")
#: (round 16b) The word right before a raid or an arrest told as the time of a fight (وقعت أثناء مداهمة، خلال دهم):
#: lists.during_words.
_DURING = cue_set("during_words")
#: (round 16b) "The others" taken after a toll (قتل 14 … علاوة على احتجاز 40 آخرين): lists.captive_others.
_OTHERS = cue_set("captive_others")
#: (round 16b) A result verb and its preposition right before the next trigger, at most two words between
#: (الأمر الذي أدى إلى قطع خدمة الإنترنت، ما تسبب بمقتل; lists.result_link_verbs, lists.result_prepositions).
_RESULT_OF = re.compile(
    r"(?<![\u0621-\u064A])(?:[وف]?(?:ما|مما)\s+)?(?:"
    + cue_alt("result_link_verbs")
    + r")\s+(?:(?:"
    + cue_alt("result_prepositions")
    + r")\s+|ب)(?:[^\s.]+\s+){0,2}$"
)
#: (round 16b) A definite noun of an operation (العملية، الغارة): lists.operation_nouns.
_OPERATION = re.compile(r"(?<![\u0621-\u064A])(?:[وف]?)(?:" + cue_alt("operation_nouns") + r")(?![\u0621-\u064A])")
_DYING = re.compile(r"(?:" + cue_alt("dying_words") + r")")
_FIGHTS = ("capture", "recapture", "clash", "attack")


def _fight(c: Candidate) -> bool:
    return c.cls.name in _FIGHTS and c.cls.acled_type == "Battles"


def _day(c: Candidate) -> Any:
    return (c.date or {}).get("value")


def _apart(a: Candidate, b: Candidate) -> bool:
    """Two rows of places of their own, not one (each placed in its own clause, the places not the same), or of two
    days the text tells."""
    own = a.place_from == "clause" and b.place_from == "clause" and a.place is not None and b.place is not None
    if own and place_key(a.place) != place_key(b.place):
        return True
    return bool(_day(a) and _day(b) and _day(a) != _day(b))


def _one_area(a: Candidate, b: Candidate) -> bool:
    return a.place is None or b.place is None or covers(a.place, b.place) or covers(b.place, a.place)


def _take_part(into: Candidate, part: Candidate) -> None:
    """``part`` told as a part or a result of ``into``: its words and figures join ``into``, which keeps its own
    place, day and type."""
    place, precision, place_from, date = into.place, into.place_precision, into.place_from, into.date
    absorb(into, part)
    into.place, into.place_precision, into.place_from, into.date = place, precision, place_from, date


def _result_of(ctx: Context, c: Candidate) -> int | None:
    """Where the result verb told right before ``c`` in its sentence starts (None: no result verb)."""
    start = max(c.sentence[0], c.start - 80)
    m = _RESULT_OF.search(ctx.doc.text, start, c.start)
    return m.start() if m is not None else None


def fold_parts(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """One happening told as several rows, the later a part or a result of the earlier (round 16b, helper mg3):

    * fighters taken captive in a capture or a fight of the same sentence (طردوا مقاتلي الحوثيين من مدينة لودر
      وأسروا عددا منهم), and a raid or arrests told as the time of a fight of its sentence (تصفية 6 إرهابيين بعد
      معركة شرسة وقعت أثناء مداهمة وكر الخلية: a noun after the fight, right after أثناء، خلال، لدى): the fight's,
      not an Arrests row (ACLED codes the battle);
    * "others" held after the dead of a fight, in a sentence with no place of its own (قتل 14 حوثيا علاوة على احتجاز
      40 آخرين): the captives of the fight told last before it on its day;
    * a raid and the arrests it made, two arrest words of one sentence, the later with no place of its own in its
      clause (شرعوا بمداهمة عدد من المنازل …، مشيرة إلى أنهم اعتقلوا العشرات من المواطنين في المنطقتين): one arrest;
    * a result told after a result verb (أدى إلى، أسفر عن، تسبب ب): a strategic development or a killing that
      follows a violent row of its sentence (استهدفت مكتب الاتصالات بقذائف الأمر الذي أدى إلى قطع خدمة الإنترنت), or
      whose result verb has an operation told before as its subject (العملية التي جرت في 11 يوليو أدت إلى مقتل …):
      that row's result.

    Never two rows of places of their own or of two days the text tells (:func:`_apart`)."""
    text = ctx.doc.text
    gone: set[int] = set()
    for c in out:
        if c.another or c.status not in ("reported", "claimed"):
            continue
        before = [
            h
            for h in out
            if h is not c and id(h) not in gone and not h.another and h.status == c.status and h.start < c.start
        ]
        same = [h for h in before if h.sentence == c.sentence and not _apart(h, c)]
        word = text[c.start : c.end]
        head: Candidate | None = None
        if c.cls.name == "clash" and word in _CAPTIVE:
            head = next((h for h in reversed(same) if _fight(h)), None)
        elif c.cls.name in ("arrest", "abduction"):
            if c.cls.name == "arrest":
                around = [h for h in out if h is not c and id(h) not in gone and not h.another and h.status == c.status]
                # a raid or arrests named by a noun after the fight (معركة شرسة وقعت أثناء مداهمة وكر الخلية); not
                # arrests told by their own verb before it (ألقت المقاومة القبض على 125 مسلحا عقب سيطرتها على منطقة:
                # gold codes the arrests apart, tune3)
                fights = [h for h in around if h.sentence == c.sentence and _fight(h) and not _apart(h, c)]
                during = ctx.previous_word(ctx.word_start(c.start)) in _DURING
                fights = [h for h in fights if h.start < c.start and c.tense == "noun" and during]
                head = fights[-1] if fights else None
                if head is None and c.tense == "past" and (c.place_from != "clause" or c.place is None):
                    # a raid and the arrests it made: the later arrest a verb with no place of its own in its clause
                    # (أنهم اعتقلوا العشرات … في المنطقتين); not arrests told with a town of their own (بينما اعتقلت
                    # فتيين من حي رأس العامود), nor a specific arrest after a campaign named (عمليات الملاحقة
                    # والاعتقالات … قاموا باعتقال عدد من الشخصيات)
                    head = next((h for h in reversed(same) if h.cls.name == "arrest"), None)
            if head is None and c.place_from != "clause":
                # (the others held by a militia are typed an abduction: احتجاز 30 آخرين after حوثيا قتلوا)
                after = _WORD.findall(text, c.end, min(c.sentence[1], c.end + 40))[:3]
                dead = _DYING.search(text, c.sentence[0], c.start) is not None
                if dead and any(w in _OTHERS for w in after):
                    head = next((h for h in reversed(before) if _fight(h) and _day(h) == _day(c)), None)
        elif c.cls.acled_type == "Strategic developments" or c.cls.name == "killing" or c.toll:
            verb = _result_of(ctx, c)
            if verb is not None:
                head = next((h for h in reversed(same) if h.cls.acled_type in VIOLENT and h.end <= verb), None)
                if head is None and _OPERATION.search(text, c.sentence[0], verb):
                    told = [h for h in before if h.cls.acled_type in VIOLENT and h.sentence != c.sentence]
                    head = next((h for h in reversed(told) if _one_area(h, c)), None)
        if head is None or id(head) in gone:
            continue
        _take_part(head, c)
        gone.add(id(c))
    return [c for c in out if id(c) not in gone]


#: Relative pronouns before a present-tense verb: a state (المناطق التي يسيطر عليها التنظيم), not a report
#: (lists.state_relatives).
_RELATIVE = normalized_cues("state_relatives")


#: A present-tense capture verb followed by "on it" describes who holds a place (قرية يسيطر عليها داعش).
_HELD = re.compile(r"^\s*(?:" + cue_alt("on_it") + r")(?![\u0621-\u064A])")


def headline_report(ctx: Context, c: Candidate) -> bool:
    """A present-tense verb in the headline that reports a past act (المقاومة تسيطر على جبل منيف), as headlines do:
    its place follows it (not "يستعيد اللحظات الأخيرة"), and no relative pronoun or "on it" makes it a state."""
    if not in_title(ctx, c.start) or ctx.previous_word(ctx.word_start(c.start)) in _RELATIVE:
        return False
    after = ctx.doc.text[c.end : min(c.clause[1], c.end + 30)]
    if _HELD.match(after):
        return False
    placed = c.place is not None and c.place_from == "clause" and 0 <= c.place.start - c.end <= 30
    return placed or unnamed_place(ctx.doc.text, c)


#: What may stand before a sentence's opening verb: quotes, dashes, a colon, the conjunctions و ف.
_OPENING = re.compile(r"^[\s\"«»“”'\-–—:(]*(?:[وف])?$")
#: A definite word (the verb's subject or object): الجيش، القوات.
_DEFINITE_NEXT = re.compile(r"\s+(?:[وفبل]?ال|لل)[\u0621-\u064A]")


def opening_verb(ctx: Context, c: Candidate) -> bool:
    """A bare form that is both a verbal noun and a past verb, opening its sentence before a definite word, is the
    verb (Arabic news opens with the verb: "طرد الجيش مسلحي التنظيم من القرية"), not a capture named in passing."""
    text = ctx.doc.text
    if text[c.end - 1] == "ة":
        return False  # استعادة، السيطرة: a verbal noun only
    start = ctx.word_start(c.start)
    return bool(_OPENING.match(text[c.sentence[0] : start])) and bool(_DEFINITE_NEXT.match(text, c.end))


def just_after(ctx: Context, c: Candidate) -> bool:
    """A capture named right after عقب with its own place (اشتباكات تجري الآن في لودر عقب السيطرة على جبل يسوف وتحرير
    بلدة العين): the capture that came just before what is told, not one named in passing (بعد تحرير عدن)."""
    if not (c.place_from == "clause" or unnamed_place(ctx.doc.text, c)):
        return False
    if any(ctx.previous_word(ctx.word_start(m.start)) in ("عقب", "وعقب") for m in c.mentions):
        return True
    return _AFTER_CAPTURE.search(ctx.doc.text, max(c.clause[0], c.start - 60), c.start) is not None


#: A speaker announcing a capture (أعلن … عن سيطرة قواته على مناطق جنوب غربي الرمادي، كشف عن تحرير;
#: lists.announcing_verbs).
_ANNOUNCED = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:"
    + cue_alt("announcing_verbs")
    + r")(?![\u0621-\u064A])"
    + r"[^.؟!]{0,120}?\sعن\s*$"
)


def announced(ctx: Context, c: Candidate) -> bool:
    """A capture told as a speaker's announcement (أعلن نائب قائد الفرقة … عن سيطرة قواته على مناطق …) with its own
    place: the news of the capture, not one named in passing."""
    if not (c.place_from == "clause" or unnamed_place(ctx.doc.text, c)):
        return False
    if became_under(ctx, c):
        return True  # round 28 (rc5): أن مدينة عدن أصبحت الآن تحت سيطرة المقاومة
    start = ctx.word_start(c.start)
    if _ANNOUNCED.search(ctx.doc.text, max(c.sentence[0], c.start - 140), start) is not None:
        return True
    # round 19 (cap): the capture a force managed (وقد تمكنت هذه القوات والمقاومة، أمس، من السيطرة على «معسكر لبوزة»،
    # تمكن المقاتلون الأكراد من طرد التنظيم من حي): the report's deed, told by the success verb it is the object of
    # (its place told after it, as its object: not "تمكنت خلالها من تحرير طفل مختطف" after the operation's town)
    placed = c.place is not None and c.place_from == "clause" and 0 <= c.place.start - c.end <= 40
    if not (placed or unnamed_place(ctx.doc.text, c)):
        return False
    if _MANAGED.search(ctx.doc.text, max(c.sentence[0], c.start - 100), start) is not None:
        return True
    if c.tense == "noun" and _MANAGED_DIRECT.search(ctx.doc.text, max(c.sentence[0], c.start - 60), start):
        # round 31 (rc3): "استطاعت المقاومة، اليوم، السيطرة على أربع مناطق في محافظة إب", told with a day of its
        # sentence (not "إذ استطاعت المقاومة استعادة عدن وغيرها من المدن": a capture recalled as background)
        return any(
            x.type == "DATE" and _A_DAY.match(str(x.value or "")) and c.sentence[0] <= x.start < c.sentence[1]
            for x in ctx.doc.timexes
        )  # (a day or a month named: not "في القريب العاجل", a FUTURE_REF)
    # round 26 (rc2): the noun the object of a verb of confirming or announcing, its place right after it as well (not
    # "أعلنت جبهة جيش تحرير الشعب الثوري تنفيذ الهجوم على القنصلية في إسطنبول": a word of a name, another's place)
    return c.tense == "noun" and confirmed_object(ctx.doc.text, c.sentence[0], start)


def became_under(ctx: Context, c: Candidate) -> bool:
    """(Round 28, helper rc5) A capture told as a place that has become its taker's: the noun of control after a past
    verb of becoming and تحت ("أعلن نائب الرئيس … أن مدينة عدن الساحلية الجنوبية أصبحت الآن تحت سيطرة المقاومة
    الشعبية بالكامل"، "قال مصدر عسكري إن الحوطة باتت تحت السيطرة"), its place named in its clause (the subject before
    the verb): the news that it changed hands (tune10), not a capture named in passing. Not a place described by a
    relative clause (المناطق التي أصبحت تحت سيطرة التنظيم)."""
    if c.tense != "noun" or c.cls.name not in ("capture", "recapture") or c.place_from != "clause":
        return False
    return became_under_before(ctx, c.clause[0], ctx.word_start(c.start))


#: (round 19, cap) A success verb whose object is the capture (تمكنت القوات، أمس، من السيطرة على; lists.success_verbs).
_MANAGED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("success_verbs") + r")(?![\u0621-\u064A])[^.؟!]{0,80}?\s(?:من|في)\s*$"
)


#: (round 31, rc3) A success verb whose direct object is the capture, up to three words and a comma between them
#: (استطاعت المقاومة، اليوم، السيطرة على; direct_success_verbs of event_arg_cues.yaml).
_MANAGED_DIRECT = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + arg_cue_alt("direct_success_verbs")
    + r")(?![\u0621-\u064A])(?:[\s،,]+[\u0621-\u064A]+){0,3}[\s،,]+$"
)


#: (round 31, rc3) A timex value that names a year, month or day (2015-08-10).
_A_DAY = re.compile(r"\d{4}")


#: The second capture of a list after عقب (عقب السيطرة على جبل يسوف وتحرير بلدة العين; lists.capture_nouns).
_AFTER_CAPTURE = re.compile(r"(?<![\u0621-\u064A])و?عقب\s+(?:ال)?(?:" + cue_alt("capture_nouns") + r")[^،,.]*\s+و$")


def date_recap_items(out: list[Candidate]) -> None:
    """(Round 29, helper cp1) A capture of a list of places told as background (جدير بالذكر أن المقاومة سيطرت على
    مدينة زنجبار عاصمة أبين، إضافة إلى مدينة شقرة الساحلية) that retells a capture the article reports with its day
    (سيطرت على زنجبار … بعد أن): an item of the list no other capture row places is taken in the same stretch and
    takes that capture's day (ACLED codes each place taken: the recap is the only telling of Shuqra); the item told
    again stays background (its row is the dated one). Nothing changes when no item of the list is reported
    elsewhere with a day."""
    caps = ("capture", "recapture")
    for c in out:
        if c.cls.name not in caps or "list_item" not in c.cues or c.place is None:
            continue
        if (c.date or {}).get("note") != "background":
            continue
        items = [s for s in out if s.start == c.start and s.cls.name == c.cls.name and s.place is not None]
        keys = {place_key(s.place) for s in items}
        others = [h for h in out if h.start != c.start and h.cls.name in caps and h.place is not None]
        if any(place_key(h.place) == place_key(c.place) for h in others):
            continue  # the item told again: the dated telling is its row
        news = next(
            (h for h in others if place_key(h.place) in keys and (h.date or {}).get("value") and h.status == c.status),
            None,
        )
        if news is not None:
            c.date = dict(news.date or {})
