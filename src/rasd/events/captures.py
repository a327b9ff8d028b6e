"""Captures read by the events stage (:mod:`rasd.stages.events`): a present-tense capture in the headline that reports
a past act, a capture named as news (announced, just after عقب, a sentence's opening verb) rather than in passing,
the fighting that led to a capture folded into it, and (round 16) armed men entering a place, told by their armed
subject, with the fighting row of its sentence folded into it (or folded into a capture of the same place)."""

from __future__ import annotations

import re

from rasd.events.coding import in_title
from rasd.events.context import Context
from rasd.events.merge import absorb
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.events.unlisted_places import unnamed_place
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
    armed men entering a place (:func:`fold_into_entry`)."""
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
            after = c.end <= h.start and ctx.previous_word(ctx.word_start(h.start)) == "بعد"
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
    return _ANNOUNCED.search(ctx.doc.text, max(c.sentence[0], c.start - 140), ctx.word_start(c.start)) is not None


#: The second capture of a list after عقب (عقب السيطرة على جبل يسوف وتحرير بلدة العين; lists.capture_nouns).
_AFTER_CAPTURE = re.compile(r"(?<![\u0621-\u064A])و?عقب\s+(?:ال)?(?:" + cue_alt("capture_nouns") + r")[^،,.]*\s+و$")
