"""Round 17 (helper vs): the kind of a row told by forces or settlers entering a place.

Pooled over the tune files, "Violence against civilians" was the least precise ACLED type (16 right of 34 rows at
the round's start). One class of its false rows recurred in four independent files (tune10, tune14, tune17 and the
fourth row-judgment file): a storming (اقتحمت الشرطة المسجد، اقتحم عشرات المستوطنين المسجد بحماية الشرطة، وطئتها
الشرطة واعتدت على المصلين) typed an attack on civilians. ACLED codes neither the entry of a force into a place with
no one hurt, nor the scuffle that follows it as violence against civilians: when a crowd confronts the force
(مواجهات، صدامات، رشق بالحجارة، "ساحة حرب") the happening is a riot (Riots / Violent demonstration); when none is
told and no one is hurt, killed or arrested, entering is no row.

Round 19 (helper sd): a Strategic development told only as the time mark of another clause (بعد وصول تعزيزات،
بعد انسحاب القوات منه: :func:`sd_background`) or detention told as a place, a period or the arrest of one already
named (أماكن احتجاز، أثناء احتجازه، عن اعتقاله: :func:`detention_state`) is no row either.

:func:`code_kinds` runs in the events stage once the rows of an article are decided and before they are merged (so a
storming retyped a riot joins the riot told with it). Its words are data: ``resources/ar/event_kind_cues.yaml``.
"""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.lexicon import event_lexicon
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize

#: The cue file of this module (source, licence and date in its header).
KIND_CUES = CueFile("ar/event_kind_cues.yaml")

_VAC = "Violence against civilians"
_SD = "Strategic developments"
_AR = r"\u0621-\u064A"


def _words(name: str) -> str:
    return "|".join(sorted({re.escape(normalize(w)) for w in KIND_CUES.words(name)}, key=len, reverse=True))


def _whole(name: str) -> re.Pattern[str]:
    """A trigger word of list ``name``, whole, after an optional و/ف, ب/ل and ال (normalized)."""
    return re.compile(r"(?:[وف])?(?:[بل])?(?:ال)?(?:" + _words(name) + r")")


def _inside(*names: str) -> re.Pattern[str]:
    """A word or phrase of the lists ``names`` as words of their own in normalized text (with و/ف, ب/ل, ال before)."""
    alt = "|".join(_words(n) for n in names)
    return re.compile(rf"(?<![{_AR}])(?:[وف])?(?:[بل])?(?:ال)?(?:{alt})(?![{_AR}])")


_STORMING = _whole("storming_words")
_ASSAULT = _whole("assault_words")
_CONFRONTATION = _inside("confrontation_words", "battlefield_phrases")
_ARMED_SIDE = _inside("armed_side_words")


# ---- round 19 (helper sd): Strategic developments told as talk
_AFTER_WORDS = _words("after_words")
_ARRIVAL_NOUNS = _words("arrival_nouns")
_DETENTION_PERIODS = _words("detention_periods")
_DETENTION_PLACES = _words("detention_places")
_DETENTION_NOUNS = _words("detention_nouns")
_ARREST_PRONOUN_NOUNS = _words("arrest_pronoun_nouns")
_ARREST_PRONOUN_PREPS = _words("arrest_pronoun_preps")
_ARREST_PLACE_NOUNS = _words("arrest_place_nouns")
#: "After / upon" (في أعقاب read as أعقاب), and an arrival noun between it and the strategic noun, right before the
#: trigger's word (بعد وصول تعزيزات، بعد انسحاب القوات، عقب تسليم القوة، لدى وصول).
_AFTER_BEFORE = re.compile(
    rf"(?<![{_AR}])[وف]?(?:في\s+)?(?:{_AFTER_WORDS})\s+(?:(?:{_ARRIVAL_NOUNS})(?:ه|ها|هم|هما)?\s+)?$"
)
_ARRIVAL = re.compile(rf"(?:ال)?(?:{_ARRIVAL_NOUNS})(?:ه|ها|هم|هما)?")
_DETENTION_PERIOD = re.compile(rf"(?<![{_AR}])[وف]?(?:{_DETENTION_PERIODS})\s+$")
_DETENTION_PLACE = re.compile(rf"(?<![{_AR}])[وفبل]?(?:ال)?(?:{_DETENTION_PLACES})\s+$")
_DETENTION = re.compile(rf"(?:[وف])?(?:[بل])?(?:ال)?(?:{_DETENTION_NOUNS})")
_ARREST_OF_NAMED = re.compile(rf"(?:[وف])?(?:[بل])?(?:{_ARREST_PRONOUN_NOUNS})")
_NAMED_PREP = re.compile(rf"(?<![{_AR}])[وف]?(?:{_ARREST_PRONOUN_PREPS})\s+$")
_ARREST_AT_PLACE = re.compile(rf"(?:[وف])?(?:[بل])?(?:ال)?(?:{_ARREST_PLACE_NOUNS})")
#: A word: the letters after a word start.
_WORD = re.compile(rf"[{_AR}\u064B-\u0652\u0640]+")


def _spans(c: Candidate) -> list[int]:
    """Where the trigger of ``c`` and of each of its mentions starts."""
    return list(dict.fromkeys([c.start] + [m.start for m in c.mentions]))


def _word_at(ctx: Context, start: int) -> tuple[int, str]:
    """The start of the word holding ``start`` and the word, normalized."""
    w0 = ctx.word_start(start)
    m = _WORD.match(ctx.doc.text, w0)
    return w0, normalize(m.group()) if m else ""


def _after_mark(ctx: Context, c: Candidate, start: int) -> bool:
    """Whether the strategic noun at ``start`` is told after "after / upon" (:data:`_AFTER_BEFORE`), or is itself an
    arrival noun after ب (وبوصول قوات الشرطة له قام الإرهابيون بإطلاق النيران)."""
    text = ctx.doc.text
    w0, word = _word_at(ctx, start)
    if _ARRIVAL.fullmatch(word.lstrip("وف")[1:] if word.lstrip("وف").startswith("ب") else "") is not None:
        return True
    before = normalize(text[max(c.sentence[0], w0 - 40) : w0])
    return _AFTER_BEFORE.search(before) is not None


def sd_background(ctx: Context, c: Candidate) -> bool:
    """(Round 19, helper sd) Whether a strategic development is told only as the time mark of another clause: a noun
    after "after / upon", directly or through an arrival noun (لا تزال الميليشيات تقصف الأحياء بعد وصول تعزيزات عسكرية
    إليها، دمر التنظيم الملعب بعد انسحاب القوات العراقية منه، عقب تسليم القوة سجينين … أطلق مجهولان النار، وبوصول
    قوات الشرطة له قام الإرهابيون بإطلاق النيران). ACLED codes the happening the clause tells, not the moment it came
    after. Not with a day named right after the noun (فرضوا حصارا على زنجبار بعد وصول تعزيزات عسكرية، الخميس، من لحج:
    the arrival has its own day) nor with a count of people arrested."""
    if c.cls.acled_type != _SD or c.tense != "noun" or c.arrested:
        return False
    if not all(_after_mark(ctx, c, s) for s in _spans(c)):
        return False
    return not ctx.day_named(c.start, min(c.sentence[1], c.end + 40))


def detention_state(ctx: Context, c: Candidate) -> bool:
    """(Round 19, helper sd) Whether an arrest is told only by detention named as a place or a period, not as an act
    of arresting (قامتا بفتح أماكن احتجاز لعشرات الحوثيين، انتقاهم البغدادي أثناء احتجازه في معتقل بوكا، وضع صحفيين في
    مراكز اعتقال): a state of being held, no arrest of a day. A period word reads the detention nouns only (أثناء
    اعتقاله may tell an arrest: shots fired during it). Also the arrest of one already named, a noun with a joined
    pronoun after a preposition of talk or time (الذي تواترت الأنباء عن اعتقاله، منذ اعتقاله، قبل توقيفه), with no day
    named right after it."""
    if c.cls.name != "arrest" or c.tense != "noun":
        return False
    text = ctx.doc.text
    for s in _spans(c):
        w0, word = _word_at(ctx, s)
        before = normalize(text[max(c.sentence[0], w0 - 20) : w0])
        if _ARREST_OF_NAMED.fullmatch(word) is not None and _NAMED_PREP.search(before):
            if ctx.day_named(s, min(c.sentence[1], s + 40)):
                return False  # أعلنت الشرطة عن اعتقاله أمس: the arrest of a day
            continue
        if _DETENTION.fullmatch(word) is not None:
            if not (_DETENTION_PERIOD.search(before) or _DETENTION_PLACE.search(before)):
                return False
        elif _ARREST_AT_PLACE.fullmatch(word) is not None:
            if not _DETENTION_PLACE.search(before):
                return False
        else:
            return False
    return True


def _trigger_words(ctx: Context, c: Candidate) -> list[str]:
    """The normalized trigger words of ``c``: its own and its mentions'."""
    spans = [(c.start, c.end)] + [(m.start, m.end) for m in c.mentions]
    return [normalize(ctx.doc.text[a:b]).strip() for a, b in dict.fromkeys(spans)]


def _title_span(ctx: Context, offset: int) -> tuple[int, int] | None:
    for b in ctx.doc.blocks:
        if str(b.kind) == "title" and b.start <= offset < b.end:
            return b.start, b.end
    return None


def _lead_span(ctx: Context, after: int) -> tuple[int, int] | None:
    """The first sentence of the body after the title ending at ``after``."""
    for s in ctx.sentences:
        if s.start >= after and ctx.doc.text[s.start : s.end].strip():
            return s.start, s.end
    return None


def _confronted(ctx: Context, start: int, end: int) -> bool | None:
    """Whether ``[start, end)`` tells a crowd's confrontation (True), armed sides (None) or neither (False)."""
    text = normalize(ctx.doc.text[start:end])
    # rebels and political militias are armed sides (حزب الله، الحوثيون); settlers and tribes (ACLED's identity
    # militias, inter 4) are the crowd a storming meets or the ones storming
    if _ARMED_SIDE.search(text) or any(a.inter in (2, 3) for a in ctx.actors_in(start, end)):
        return None
    return bool(_CONFRONTATION.search(text))


def storming_kind(ctx: Context, c: Candidate) -> str | None:
    """What a row typed an attack on civilians is when it is told by a storming: ``"riot"`` (a crowd confronts the
    force in its sentence, or, for a headline, in the body's first sentence), ``"none"`` (a storming alone, no one
    killed, hurt or arrested, no other act told with it) or ``None`` (not such a row: leave it)."""
    if c.cls.acled_type != _VAC or c.cls.name not in ("attack", "assault") or c.fatalities:
        return None
    words = _trigger_words(ctx, c)
    storming = [w for w in words if _STORMING.fullmatch(w)]
    assault = [w for w in words if _ASSAULT.fullmatch(w)]
    if not storming and not assault:
        return None
    if len(storming) + len(assault) < len(words):
        return None  # another act told with it (اقتحموا المنزل وأطلقوا النار على …): its own rules read it
    s0, s1 = c.sentence
    told = _confronted(ctx, s0, s1)
    title = _title_span(ctx, c.start)
    if told is False and title is not None:
        lead = _lead_span(ctx, title[1])
        told = _confronted(ctx, *lead) if lead is not None else False
    if told is None:
        return None  # armed hands or fire exchanged: a clash, the attack rules' to read
    if told:
        return "riot"
    if storming and not assault and not c.injured and not c.arrested:
        return "none"
    return None


def code_kinds(ctx: Context, rows: list[Candidate]) -> list[Candidate]:
    """The rows of an article with a storming typed an attack on civilians read again (:func:`storming_kind`): a riot
    when a crowd confronts the force, no row when the force only entered."""
    out: list[Candidate] = []
    for c in rows:
        if sd_background(ctx, c) or detention_state(ctx, c):
            continue  # round 19 (sd): a strategic development told as another clause's time mark or as a state
        kind = storming_kind(ctx, c)
        if kind == "none":
            continue
        if kind == "riot":
            c.cls = event_lexicon().classes["riot"]
            c.cues.add("kinds:storming_riot")
        out.append(c)
    return out
