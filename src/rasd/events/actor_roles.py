"""Step 5 (actors): the role of an actor named near the trigger — a target (على، مواقع، تحت سيطرة، تابع ل), who
tells of the event (قالت، حسبما، مصادر في), who claims it (تبنى، أعلن مسؤوليته), the side whose men were counted dead
(قتل أربعة من عناصر الجيش), the men a vehicle carried, or the force whose fire killed (برصاص، تابعة ل). Split out
of ``rasd.events.actors`` in round 13 (helper dc3), the functions unchanged."""

from __future__ import annotations

import re
from typing import Any

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.model import Candidate
from rasd.ner.lexicon import load_lexicon
from rasd.resources import load_yaml
from rasd.resources.cues import CueFile
from rasd.resources.cues import arg_cue_alt as cue_alt
from rasd.resources.cues import arg_cue_words as cue_words
from rasd.text.normalize import normalize, normalize_word

#: Words right before an actor that make it a target (على، ضد، مواقع، مقر، تجمعات، مستهدفة، لقتال …; the lists of
#: ``event_arg_cues.yaml``: ``target_words``).
TARGET_WORDS = frozenset(cue_words("target_words"))

#: Fire that comes from afar (a shell, a rocket, an air strike): it may come from across a border.
_FROM_AFAR = frozenset({"shelling", "air_strike", "drone_strike", "bombardment"})
_FROM_AFAR_SUB = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
#: "Near" before من (قريبة من الحدود، بالقرب من): a place's neighbourhood, not where fire came from.
_NEAR = frozenset(cue_words("near_words"))


_ARABIC_WORD = re.compile(r"[^\W\d_]+")
#: Words after which a verb opens its clause (كما استهدف، واستهدف، ثم قصفت، بينما قصفت): the noun right after it is its
#: subject. After a relative pronoun or a noun (الهجوم الذي استهدف رجال الأمن، تفجير استهدف دورية) it is the object.
_OPENERS = frozenset(normalize(w) for w in cue_words("clause_openers"))


def _verb_opens_clause(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger is a finite verb that opens its clause (VSO: the noun after it is its subject)."""
    if cand.tense not in ("past", "present"):
        return False
    c0, _ = cand.clause
    before = ctx.doc.text[max(c0, cand.start - 3) : ctx.word_start(cand.start)].rstrip()
    if before.endswith(("«", '"', "“", ":", "(")):
        return True  # a quotation opens with the verb: «استهدف سلاح الجو التركي مواقع …»
    return ctx.previous_word(cand.start) in _OPENERS or ctx.words_between(c0, cand.start) == 0


#: Prepositions and proclitics that make the noun after a verb its complement, not its subject.
_PREPS = frozenset(cue_words("complement_preps"))

#: How far before an actor a victim verb or a verb of coming may stand (about five words).
_BEFORE_ACTOR = 50


#: The words before a place's holder (تحت سيطرة، الخاضعة لسيطرة، في قبضة), one descriptor word allowed after them
#: (تحت سيطرة تنظيم داعش، في قبضة ميليشيات الحوثي).
_HELD_BY = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و?(?:تحت|في)\s+(?:" + cue_alt("control_nouns") + ")"
        r"|(?:ال)?(?:" + cue_alt("subject_to_adjectives") + r")\s+(?:لسيطرة|لسيطره))"
        r"\s+(?:[\u0621-\u064A]+\s+)?[«\"“]?$"
    )
)
#: "Was / still" before the holder of a place taken (التي كانت لا تزال تحت سيطرة الحوثيين): who held it before.
_FORMER = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("former_words") + r")(?![\u0621-\u064A])")


#: Verbal nouns of leaving or being driven out before an actor (بعد انسحاب قوات الجيش، إثر فرار المسلحين، عقب طرد
#: الحوثيين): in a capture, the side that lost the place.
_LEAVERS = frozenset(normalize(w) for w in cue_words("leaving_nouns"))
#: The side a place was taken from, named after من with a noun of holding and a word for its men (من قبضة مسلحي
#: التنظيم، من المقاتلين الحوثيين), or after a verbal noun of leaving or being driven out with its conjunction (تحرير
#: القاعدة ودحر الميليشيات منها، وفرار الحوثيين) (round 17, helper ac4).
_TAKEN_FROM = re.compile(
    r"(?<![\u0621-\u064A])(?P<word>من|(?:و|ف)?(?:" + cue_alt("leaving_nouns") + r"))"
    r"(?:\s+(?:" + cue_alt("taken_from_holds") + r"))?"
    # up to two words for its men (من أيدي عناصر ميليشيات الانقلابيين; round 22, helper ac9)
    r"(?:\s+(?:" + cue_alt("taken_from_men") + r")){0,2}\s*[«\"“]?$"
)
#: Verbal nouns of taking a place (لاستعادة، تحرير، انتزاع) (round 17, helper ac4).
_TAKING = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("taking_nouns") + r")(?![\u0621-\u064A])")


def taken_from(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """Whether, in a capture, an actor is named as the side the place was taken from or that left it: after the
    trigger, من or a verbal noun of leaving (with its conjunction and a word for the side's men between: سيطرت
    المقاومة على القاعدة وفرار الحوثيين، استعادت القوات الحي من قبضة مسلحي التنظيم); before the trigger, a verbal
    noun of leaving (بعد فرار عناصر التنظيم سيطر الجيش على البلدة), or من after another word of taking in the
    clause (خاضوا معارك لاستعادة الأحياء من المقاتلين الحوثيين بعد يوم من اكتمال سيطرتهم على وسط المدينة): the side
    that lost the place is no taker (round 17, helper ac4)."""
    if cand.cls.name not in ("capture", "recapture"):
        return False
    c0, c1 = cand.clause
    if not c0 <= ent.start < c1:
        return False
    w = ctx.word_start(ent.start)
    m = _TAKEN_FROM.search(ctx.doc.text, max(c0, w - 45), w)
    if m is None:
        return False
    if m.start() >= cand.end:
        return True
    if ent.start >= cand.start:
        return False  # inside the trigger's words
    if m.group("word") != "من":
        return True  # بعد فرار عناصر التنظيم سيطر الجيش
    return _TAKING.search(ctx.doc.text, c0, m.start()) is not None


#: A relative clause with a verb of holding before the holder (المواقع التي كانت تحتلها ميليشيات الحوثي، القرى التي
#: يسيطر عليها التنظيم، البلدة التي تتحصن فيها عناصر داعش): who held the place (round 17, helper ac4).
_HOLDING = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:"
    + cue_alt("holding_relatives")
    + r")\s+(?:(?:"
    + cue_alt("holding_auxiliaries")
    + r")\s+)?"
    # or the auxiliary alone after an indefinite antecedent (نقاط كانت قد تقدمت إليها قوات النظام، منطقة كانت تسيطر
    # عليها قوات …: round 22, helper ac9, tune30 and two fresh in-range articles)
    + r"|(?:"
    + cue_alt("holding_auxiliaries")
    + r")\s+(?:قد\s+)?)(?:لا\s+)?(?:(?:"
    + cue_alt("holding_still")
    + r")\s+)?(?:"
    + cue_alt("holding_verbs")
    + r")(?:ها|ه|هما|هم)?(?:\s+(?:"
    + cue_alt("holding_prepositions")
    + r"))?"
    r"\s+(?:(?:" + cue_alt("taken_from_men") + r")\s+)?[«\"“]?$"
)


def held_by(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """Whether an actor is named as who holds a place (تحت سيطرة X، الخاضعة لسيطرة X، في قبضة X، التي كانت تحتلها
    X): what is hit is theirs, so they are a target, not the one who acts. When a place is taken, only its former
    holder (التي كانت تحت سيطرة X) is: "وباتت المدينة تحت سيطرة المقاومة" names the taker; a relative clause of
    holding names who held it before the taking, unless its verb is the trigger itself (المواقع التي سيطرت عليها
    القوات)."""
    w = ctx.word_start(ent.start)
    rel = _HOLDING.search(ctx.doc.text, max(0, w - 60), w)
    if rel is not None and not (rel.start() < cand.end and cand.start < rel.end()):
        return True
    m = _HELD_BY.search(ctx.doc.text, max(0, ent.start - 40), ent.start)
    if m is None:
        return False
    if cand.cls.name in ("capture", "recapture"):
        return bool(_FORMER.search(ctx.doc.text, max(cand.end, m.start() - 30), m.start()))
    return True


_SPEECH_VERB = "(?:" + cue_alt("speech_verbs") + ")"
#: A speech verb right before a speaker (قالت وزارة الداخلية، أفادت مصادر أمنية), at most two words between.
_SPEAKER_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?" + _SPEECH_VERB + r"(?![\u0621-\u064A])(?:\s+[^\s،,.:؛]+){0,2}?\s*$"
)
#: A source named after the event (حسبما قال مسؤول محلي ومصادر في الشرطة، بحسب الجيش، نقلا عن الشرطة).
_SOURCE_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("source_words") + ""
    # كما only with a speech verb (كما قالت الشرطة): "كما استهدف الثوار" is "also", its subject the one who acted
    r"|كما\s+" + _SPEECH_VERB + r")(?![\u0621-\u064A])"
    r"(?:\s+[^\s،,.:؛]+){0,5}?\s*(?:ل|لل|عن\s*)?$"
)
#: An informant inside a body (مصادر في الشرطة، مصدر في الجيش، المتحدث باسم الجيش، مسؤول في وزارة الداخلية).
_INFORMANT = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ل)?(?:ال)?(?:" + cue_alt("informant_nouns") + ")"
    r"(?:\s+[^\s،,.:؛]+){0,2}?\s+(?:في|من|ب|تابعة\s+ل|التابعة\s+ل)\s*"
    r"(?:" + cue_alt("informant_bodies") + r")?\s*[«\"“]?$"
)
#: A body's spokesman (المتحدث باسم الجيش، الناطق باسم الشرطة): the body speaking.
_SPOKESMAN = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ل)?(?:ال)?(?:" + cue_alt("spokesman_nouns") + r")(?:\s+[^\s،,.:؛]+){0,2}?"
    r"\s+باسم\s*$"
)
#: A complementizer after a speaker, the word after it not pointing back at the speaker (إن قواته، أنه: its own act).
_THAT = re.compile(r"(?<![\u0621-\u064A])(?:إن|أن|ان|بأن|بان)\s+([\u0621-\u064A]+)")


#: What state forces do themselves: a force that tells of one of these may be telling of its own act.
_FORCES_OWN = frozenset(
    {"air_strike", "drone_strike", "shelling", "bombardment", "clash", "capture", "recapture", "arrest"}
    | {"disrupted_weapons", "mobilization", "base"}
)
_FORCES_OWN_SUB = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Arrests", "Disrupted weapons use"}
    | {"Government regains territory", "Armed clash"}
)


#: A word of backing and at most three words before an actor (بدعم من طائرات التحالف، المدعومة جوا وبرا من قوات
#: التحالف، بمساندة ضربات جوية يشنها التحالف): the actor supported the deed (round 19, helper ac6).
_BACKING = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:" + cue_alt("backing_words") + r")(?![\u0621-\u064A])"
        r"(?:\s+[\u0621-\u064A]+){0,3}\s*[«\"“]?$"
    )
)


#: (Round 35, helper ac24) Verbs of supporting with the supported side's pronoun and the participle of being propped
#: up (يساندها، تدعمها، المسنودة، بمؤازرة، بتغطية: event_actor_cues.yaml ``support_words``), normalized, with و.
_SUPPORT = CueFile("ar/event_actor_cues.yaml").normalized_words("support_words")


def _support_word_before(ctx: Context, ent: Entity, floor: int) -> int | None:
    """(Round 35, helper ac24) Where a verb of supporting or the participle of being propped up stands at most three
    words before an actor (المقاومة والجيش يساندها طيران التحالف، القوات التي يدعمها التحالف، المقاومة المسنودة
    بالقوات الموالية): the offset of that word, or ``None``."""
    start = max(floor, ent.start - 50)
    # the support word and at most three words after it; a ب fused to the actor counts as one (المسنودة بالقوات)
    for m in list(_ARABIC_WORD.finditer(ctx.doc.text, start, ent.start))[-4:]:
        word = normalize_word(m.group(0))
        if word in _SUPPORT or (word.startswith("و") and word[1:] in _SUPPORT):
            return m.start()
    return None


#: (Round 35, helper ac24) Verbal nouns of supporting with no ب (في مساندة، لدعم، إسنادا ل: event_actor_cues.yaml
#: ``supported_nouns``), normalized.
_SUPPORTED = CueFile("ar/event_actor_cues.yaml").normalized_words("supported_nouns")


def supported_side(ctx: Context, ent: Entity) -> bool:
    """(Round 35, helper ac24) Whether a side is named as the one supported: a verbal noun of supporting with no ب
    before it, at most three words before the side in its sentence (واستمرت طائرات التحالف في مساندة التقدم الميداني
    للقوات الموالية، لدعم قوات الجيش). The supporter, not it, struck from the air or shelled."""
    start = max(ctx.sentence(ent.start).start, ent.start - 50)
    for m in list(_ARABIC_WORD.finditer(ctx.doc.text, start, ent.start))[-4:]:
        word = normalize_word(m.group(0))
        if word in _SUPPORTED or (word.startswith("و") and word[1:] in _SUPPORTED):
            return True
    return False


def backer(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """Whether an actor is named as the one who backed the deed, not who did it (سيطروا عليها بدعم من طائرات التحالف،
    وحققت قوات هادي المدعومة من قوات التحالف …): a word of backing at most three words before it in the trigger's
    sentence, the trigger not between them (the strikes of مدعومة بغارات مكثفة من التحالف are the coalition's).
    Round 35 (helper ac24): a verb of supporting with the supported side's pronoun or the participle of being propped
    up counts too (المقاومة والجيش يساندها طيران التحالف سيطروا على اللواء 15، بتغطية جوية من طيران التحالف)."""
    floor = max(ctx.sentence(ent.start).start, ent.start - 50)
    m = _BACKING.search(ctx.doc.text, floor, ent.start)
    if m is not None and not (m.start() <= cand.start < ent.start):
        return True
    at = _support_word_before(ctx, ent, ctx.sentence(ent.start).start)
    return at is not None and not (at <= cand.start < ent.start)


def reporter(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """Whether an actor is who tells of the event, not who did it: an informant (مصادر في الشرطة، المتحدث باسم
    الجيش), a source named after it (حسبما قالت الشرطة), or the speaker of a speech verb whose complement holds the
    trigger (قالت وزارة الداخلية إن ضابطين أصيبوا في انفجار). A speaker whose complement points back at it (أعلن
    التنظيم أنه فجر، قال الجيش إن قواته قصفت) keeps its act, and so does a state force telling of what forces do
    (strikes, shelling, clashes, captures, arrests)."""
    text = ctx.doc.text
    lo = max(ctx.sentence(ent.start).start, ent.start - 60)
    if _INFORMANT.search(text, lo, ent.start):
        return True  # "حسبما قال مسؤول محلي ومصادر في الشرطة": someone inside the body, never the body acting
    own = cand.cls.name in _FORCES_OWN or cand.cls.acled_type == "Battles" or cand.cls.acled_sub_type in _FORCES_OWN_SUB
    if ent.inter in (1, 8) and own:
        return False  # "أعلن متحدثون باسم الجيش أن طائرات حربية قصفت سفينة": an army telling of its own strikes
    if _SPOKESMAN.search(text, lo, ent.start) or (ent.start > cand.end and _SOURCE_BEFORE.search(text, lo, ent.start)):
        return True
    if ent.end > cand.start or not _SPEAKER_BEFORE.search(text, lo, ent.start):
        return False
    that = _THAT.search(text, ent.end, cand.start)
    if that is None:
        return False
    head = that.group(1)  # raw: ة is no pronoun (الشرطة), ه is (قواته)
    return not head.endswith(("ه", "ها", "هم", "هما")) or len(head) <= 2


def _own_losses_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of ``own_losses`` (actors.yaml) as two patterns on normalized text: a speech verb right after a
    speaker (الجيش يعلن), and the statement of the speaker's own dead that follows it (مقتل ثلاثة جنود، استشهاد ضابط
    وثلاثة مجندين، مقتل جنديين من عناصره، استشهاد أحد عناصرها)."""
    spec = load_yaml("ar/actors.yaml")["own_losses"]

    def alt(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in spec[key])

    after = re.compile(r"^\s*(?:" + alt("speech_verbs_after") + r")(?![\u0621-\u064A])")
    statement = re.compile(
        r"[\s،,]*(?:(?:امس|اليوم)\s+)?(?:عن\s+)?[«\"“]?(?:" + alt("loss_nouns") + r")[»\"”]?\s+(?:[^\s،,.]+\s+){0,3}?"
        r"(?:(?:ال)?(?:" + alt("men") + r")(?![\u0621-\u064A])"
        r"|(?:من\s+|احد\s+)?(?:" + alt("own_men") + r")(?:ه|ها|هم)(?![\u0621-\u064A]))"
    )
    return after, statement


_OWN_AFTER, _OWN_STATEMENT = _own_losses_regexes()


def own_losses_teller(ctx: Context, ent: Entity) -> bool:
    """(Round 26, helper ac13) Whether an actor is the speaker of a statement that opens with its own dead or wounded
    (أعلن الجيش التركي مقتل ثلاثة جنود أتراك حين فتح عناصر من حزب العمال النار؛ وأعلن الأمن المصري، استشهاد ضابط
    وثلاثة مجندين في تفجير عبوة ناسفة؛ الجيش يعلن مقتل جنديين من عناصره): its men were hit, it did not strike them.
    Men of another side named right after the count (مقتل ثلاثة جنود من قوات صالح) are that side's, not the
    speaker's."""
    return tells_own_losses(ctx, ent.start, ent.end, ent.actor_id)


def tells_own_losses(ctx: Context, start: int, stop: int, actor_id: str | None) -> bool:
    """``own_losses_teller`` for the words at ``start:stop`` (an entity, or a force word and its nationality: الجيش
    اليمني read by ``national_forces``)."""
    text = ctx.doc.text
    end = min(ctx.sentence(start).end, stop + 120)
    rest = normalize(text[stop:end])
    lo = max(ctx.sentence(start).start, start - 60)
    skip = 0
    if not _SPEAKER_BEFORE.search(text, lo, start):
        verb = _OWN_AFTER.match(rest)
        if verb is None:
            return False
        skip = verb.end()
    m = _OWN_STATEMENT.match(rest, skip)
    if m is None:
        return False
    if not re.match(r"\s+(?:من|في\s+صفوف)\s", rest[m.end() :]):
        return True
    # "مقتل ثلاثة جنود من قوات صالح": the men of the side named right after the count (normalized text is no longer
    # than the text, so the offset reaches at least as far)
    reach = min(end, stop + m.end() + 40)
    return not any(o.actor_id != actor_id or actor_id is None for o in ctx.actors_in(stop, reach))


#: The words of ``resources/ar/event_actor_cues.yaml`` read here (round 33, helper ac21: ``fused_hands``).
_HANDS_CUES = CueFile("ar/event_actor_cues.yaml")


#: "By the fire of" before an actor (برصاص جنود الاحتلال، بنيران القوات، بقذائف الحوثيين): the one who fired, whatever
#: victim verb stands before it (one word allowed between: برصاص جنود الجيش).
_BY_FIRE_OF = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("fire_of_words") + r")(?:\s+[\u0621-\u064A]+)?\s+$"
    # "at the hands of" (مقتل العشرات على يد «بوكو حرام»، على أيدي مسلحين), also with ب fused (بأيدي عناصر التنظيم),
    # and the gunmen "of" a side between (على يد مسلحين من تنظيم القاعدة: the group's men did it; round 33, ac21)
    r"|(?<![\u0621-\u064A])(?:على\s+(?:" + cue_alt("hands_nouns") + r")|" + _HANDS_CUES.alt("fused_hands") + r")"
    r"(?:\s+(?:" + cue_alt("agent_nouns") + r")\s+من)?\s*[«\"“]?$"
)


#: Gunmen "of" a group right after a verb of killing (قتل مسلحون من جماعة بوكو حرام عشرات): the killers, where a
#: number before من (قتل 28 من عناصر داعش) counts the dead.
_AGENT_OF = re.compile(r"^\s*(?:" + cue_alt("agent_nouns") + r")\s+من\s+(?:[\u0621-\u064A]+\s+)?[«\"“]?$")
#: Verbs of belonging before an actor (آليات تتبع الحوثيين، مسلحون ينتمون لحزب العمال، عناصر تنتمي إلى التنظيم;
#: round 13, helper fa): like تابعة ل, the actor owns what stands before the verb.
_BELONG_VERB = "(?:" + cue_alt("belonging_verbs") + r")\s+(?:(?:ل|لل)|(?:إلى|الى)\s+)?"
#: A force "belonging to" an actor (طائرات تابعة لقوات حفتر، مسلحون تابعون للتنظيم): the actor's own arm.
_FORCE_OF = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("force_nouns") + ")"
    r"(?:\s+[\u0621-\u064A]+)?"
    # a belonging told as a belief (طائرات حربية يعتقد أنها تابعة للتحالف، يرجح أنها تابعة لـ): still the actor's arm
    r"(?:\s+(?:" + cue_alt("belief_verbs") + r")\s+(?:" + cue_alt("belief_complements") + "))?"
    r"\s+(?:(?:ال)?(?:" + cue_alt("force_belonging") + r")\s+(?:ل|لل)|" + _BELONG_VERB + r")$"
)
#: "Belonging to" an actor after anything (معسكر تدريب تابع لحركة حماس، مقر تابع للجماعة): when no force word stands
#: before it (``_FORCE_OF``), what belongs to the actor is what was hit, and the actor is a target.
_OWNED_BY = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:ال)?(?:" + cue_alt("owned_belonging") + r")\s+(?:ل|لل)|" + _BELONG_VERB + r")$"
)
#: (Round 36, helper ac25) A place, a gathering or a vehicle "belonging to" a side, by تابعة ل or خاصة ب
#: (نقطة خاصة بالمسلحين الحوثيين، أطقم تابعة للمتمردين): what was hit, never a weapon the side fired.
_OWNED_THING = re.compile(
    r"(?<![\u0621-\u064A])(?P<noun>[\u0621-\u064A]+)\s+(?:(?:ال)?(?:" + cue_alt("owned_belonging") + r")\s+(?:ل|لل)"
    r"|(?:" + cue_alt("owned_special") + r")\s+ب)$"
)
_OWNED_PLACES = frozenset(normalize(w) for w in cue_words("owned_places"))


def owned_by(text: str, lo: int, hi: int) -> bool:
    """Whether the side that starts at ``hi`` is named as the owner of what stands before it in ``text[lo:hi]``
    (معسكر تدريب تابع لحركة حماس، آليات تتبع الحوثيين), not as a force's own (طائرات تابعة للتحالف: ``_FORCE_OF``):
    what belongs to it was hit; also a place or a vehicle "belonging to" it by خاصة ب (``owned_place``, round 36)."""
    if _FORCE_OF.search(text, max(lo, hi - 60), hi):
        return False
    return bool(_OWNED_BY.search(text, max(lo, hi - 40), hi)) or owned_place(text, lo, hi)


def owned_place(text: str, lo: int, hi: int) -> bool:
    """(Round 36, helper ac25) Whether the side that starts at ``hi`` is named as the owner of a place, a gathering or
    a vehicle right before it in ``text[lo:hi]`` (مهاجمة نقطة خاصة بجماعة الحوثي، كمنوا لأطقم تابعة للمتمردين): a side
    so named before the trigger's clause was hit there, and is not inferred as the clause's doer."""
    hit = _OWNED_THING.search(text, max(lo, hi - 40), hi)
    if hit is None:
        return False
    noun = normalize(hit.group("noun"))
    for proclitic in ("و", "ف", "ب", "ل"):
        if noun not in _OWNED_PLACES and noun.startswith(proclitic):
            noun = noun[1:]
    if noun not in _OWNED_PLACES and noun.startswith("ال"):
        noun = noun[2:]
    if noun not in _OWNED_PLACES and noun.endswith("ا"):
        noun = noun[:-1]  # the accusative's alif (مقرا خاصا بالحوثيين)
    return noun in _OWNED_PLACES


#: A claim of responsibility (تبنى، الذي تبناه، أعلن … مسؤوليته عن): ACLED codes the claimant as the perpetrator.
_CLAIM_VERB = gated(re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("claim_verbs") + r")(?![\u0621-\u064A])"))
#: The word of responsibility after a claimant (أعلن التنظيم مسؤوليته عن الهجوم، وأعلنت الحركة المسؤولية عنه).
_RESPONSIBILITY = re.compile(r"(?<![\u0621-\u064A])(?:ال)?مسؤولي(?:ة|ه|ت)")


def claimed_by(ctx: Context, cand: Candidate, actors: list[Entity]) -> Entity | None:
    """The actor that claims the trigger's deed in its sentence: the subject of تبنى (the noun's relative clause
    الهجوم الذي تبناه تنظيم داعش, or تبنت الجماعة التفجير) or of أعلن … مسؤوليته/المسؤولية عن. ACLED codes the group
    that claims an attack as actor1; the claim's verb must be followed by the actor within two words, and أعلن by
    the word of responsibility within three words after the actor."""
    text = ctx.doc.text
    s0, s1 = cand.sentence
    for m in _CLAIM_VERB.finditer(text, s0, s1):
        adopt = "تبن" in m.group(0)
        for a in actors:
            if a.start < m.end() or ctx.words_between(m.end(), ctx.word_start(a.start)) > 2:
                continue
            if not adopt and not _RESPONSIBILITY.search(text, a.end, min(s1, a.end + 40)):
                break
            return a
    return None


#: The deed a later sentence's claim is about, definite (وتبنت الهجوم، أعلن … مسؤوليته عن التفجير): the one just told.
_CLAIMED_DEED = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?ال(?:" + cue_alt("claimed_deeds") + r")(?![\u0621-\u064A])")
#: A claim told as past before the news (وكان التنظيم قد تبنى الهجوم على …): an earlier attack's.
_EARLIER_CLAIM = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("earlier_words") + r")(?:\s+[^\s]+)?\s*$")


def claimed_after(ctx: Context, cand: Candidate) -> Entity | None:
    """A claim of responsibility in one of the two sentences after the trigger's, of its block, about "the" attack
    (وتبنت الهجوم جماعة «ولاية سيناء»، وأعلن تنظيم داعش مسؤوليته عن التفجير): the armed group that claims it
    (inter 2-4) is actor1. The deed must be named with the article or by the verb's pronoun (تبناه), and a claim
    told as past (كان … قد تبنى) is another attack's."""
    text = ctx.doc.text
    _, b1 = ctx.block(cand.start)
    pos = cand.sentence[1]
    for _ in range(2):
        while pos < b1 and text[pos].isspace():
            pos += 1
        if pos >= b1:
            return None
        sent = ctx.sentence(pos)
        n0, n1 = sent.start, min(sent.end, b1)
        for m in _CLAIM_VERB.finditer(text, n0, n1):
            if _EARLIER_CLAIM.search(text, max(n0, m.start() - 20), m.start()):
                continue
            verb = normalize(m.group(0))
            adopt = "تبن" in verb
            for a in ctx.actors_in(n0, n1):
                if a.start < m.end() or ctx.words_between(m.end(), ctx.word_start(a.start)) > 3:
                    continue
                if a.inter not in (2, 3, 4):
                    break
                deed: bool
                if adopt:
                    deed = verb.endswith(("ه", "ها")) or bool(_CLAIMED_DEED.search(text, m.end(), min(n1, a.end + 30)))
                else:
                    found = _RESPONSIBILITY.search(text, a.end, min(n1, a.end + 40))
                    deed = found is not None and bool(
                        _CLAIMED_DEED.search(text, found.end(), min(n1, found.end() + 20))
                    )
                if deed:
                    return a
                break
        pos = n1
    return None


#: Round 41 (helper ev12): a claim told in a relative clause right after the group (حركة الشباب التي أعلنت مسؤوليتها
#: عن التفجير، التنظيم الذي أعلن المسؤولية عن الهجوم، الجماعة التي تبنت العملية), about a deed with the article (a
#: deed of a construct, عملية الخطف، تفجير الطوارئ, may be another's; group 1 the deed).
_RELATIVE_CLAIM = re.compile(
    r"(?<![\u0621-\u064A])(?:التي|الذي|والتي|والذي)\s+(?:(?:"
    + cue_alt("claim_verbs")
    + r")\s+(?:ال)?مس[ؤئ]ولي(?:ة|ه|ت)"
    r"[\u0621-\u064A]*\s+عن|تبن(?:ت|ى))\s+ال(" + cue_alt("claimed_deeds") + r")(?![\u0621-\u064A])"
)
#: The deeds of a claim that name a blast (التفجير، الانفجار): an explosion's only; the others (الهجوم، العملية)
#: any attack's.
_BLAST_DEEDS = frozenset(normalize(w) for w in cue_words("claimed_blast_deeds"))
#: How far into the article the event's own words must be told for a claim later in it to be read as its own: the
#: headline, the lead and the sentence after (the article's subject, which "the bombing" of a later claim names).
_LEAD_SENTENCES = 3


def claimed_later(ctx: Context, cand: Candidate) -> Entity | None:
    """Round 41 (helper ev12): the armed group a later sentence of the article names as the claimant of "the" attack
    in a relative clause right after its name (وشنت حركة الشباب التي أعلنت مسؤوليتها عن التفجير هجمات متكررة), for an
    event told in the headline or the lead: the article's own attack, which the definite deed points back at. ACLED
    codes the claimant as actor1. Only the group named right before التي/الذي (an armed group, inter 2-4), no claim
    told as past (كان قد تبنى: an earlier attack's), a blast's claim (التفجير) for an explosion only, and no other
    armed group named from the event's sentence to the claim (whose deed the claim might be)."""
    if ctx.sentence_index(cand.start) >= _LEAD_SENTENCES:
        return None
    text = ctx.doc.text
    if "مسؤولي" not in text and "مسئولي" not in text and "تبن" not in text:
        return None
    for m in _RELATIVE_CLAIM.finditer(text, cand.sentence[1]):
        if _EARLIER_CLAIM.search(text, max(0, m.start() - 20), m.start()):
            continue
        if normalize(m.group(1)) in _BLAST_DEEDS and cand.cls.acled_type != "Explosions/Remote violence":
            continue  # "the bombing" is no shooting's or abduction's
        before = [a for a in ctx.actors_in(max(0, m.start() - 80), m.start()) if a.end <= m.start()]
        if not before:
            continue
        a = before[-1]
        if text[a.end : m.start()].strip(' »"”') or a.inter not in (2, 3, 4):
            continue
        if any(o.inter in (2, 3, 4) and o.canonical != a.canonical for o in ctx.actors_in(cand.sentence[0], a.start)):
            return None  # another armed group told between the event and the claim: the claim may be its deed's
        return a
    return None


#: A verb of attributing and its preposition right before a group (الهجوم الذي نسب إلى تنظيم داعش; round 18, ac5).
_ATTRIBUTED = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("attribution_verbs") + r")\s+(?:" + cue_alt("attribution_preps") + r")"
    r"\s*(?:" + cue_alt("attributed_group_kinds") + r")?\s*[«\"“]?\s*$"
)
#: A verb of accusing (واتهم المسؤولون الأتراك تنظيم داعش بالوقوف خلف التفجير).
_ACCUSE_VERB = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("accusation_verbs") + r")(?![\u0621-\u064A])")
#: What the accused is said to have done, right after the group (بالوقوف خلف، بالوقوف وراءه، بالمسؤولية عن).
_ACCUSED_OF = re.compile(
    r"\s*[»\"”]?\s*[،,]?\s*(?:" + cue_alt("accused_of") + r")(?P<pronoun>ه|ها|هما|هم)?(?![\u0621-\u064A])"
)


def attributed_to(ctx: Context, cand: Candidate) -> Entity | None:
    """The armed group (inter 2-4) the text tells the trigger's deed was someone's, with no claim of the group's own
    (round 18, helper ac5): the attack's relative clause of attributing right after the trigger (الهجوم الانتحاري
    الدموي الذي نسب إلى تنظيم داعش، هجوم انتحاري نسب إلى تنظيم داعش), or an accusation in the trigger's sentence or
    the next one of its block with the deed after it, the definite deed or its pronoun (واتهم المسؤولون الأتراك تنظيم
    داعش بالوقوف خلف التفجير، بالوقوف وراءه). ACLED codes the perpetrator the source names; the event keeps a note
    that the text attributes it."""
    text = ctx.doc.text
    _, b1 = ctx.block(cand.start)
    s0, s1 = cand.sentence
    spans = [(s0, s1)]
    pos = s1
    while pos < b1 and text[pos].isspace():
        pos += 1
    if pos < b1:
        nxt = ctx.sentence(pos)
        spans.append((nxt.start, min(nxt.end, b1)))
    for k, (n0, n1) in enumerate(spans):
        for a in ctx.actors_in(n0, n1):
            if a.inter not in (2, 3, 4):
                continue
            before = text[max(n0, a.start - 40) : a.start]
            m = _ATTRIBUTED.search(before)
            if m is not None and k == 0 and a.start > cand.end:
                verb = max(n0, a.start - 40) + m.start()
                if ctx.words_between(cand.end, verb) <= 4:
                    return a  # the trigger's own relative clause: هجوم انتحاري نسب إلى تنظيم داعش
                continue
            accuse = [v for v in _ACCUSE_VERB.finditer(text, max(n0, a.start - 60), a.start)]
            if not accuse or ctx.words_between(accuse[-1].end(), ctx.word_start(a.start)) > 3:
                continue
            of = _ACCUSED_OF.match(text, a.end, n1)
            if of is None:
                continue
            deed = _CLAIMED_DEED.match(text, of.end() + (text[of.end() : of.end() + 1] == " "), n1)
            if of.group("pronoun") or deed is not None:
                return a
    return None


#: What an actor cannot have done: an air strike needs an air force (a state or a foreign state: inter 1 or 8), and a
#: suicide bombing is never a state force's deed.
def impossible_perpetrator(cand: Candidate, ent: Entity) -> bool:
    """Whether ``ent`` cannot be the perpetrator of the candidate's kind of event (ACLED: air strikes are the acts of
    states' air forces; suicide bombings are the acts of non-state groups)."""
    return _impossible_inter(cand, ent.inter, ent.actor_id)


def _impossible_inter(cand: Candidate, inter: Any, actor_id: Any = None) -> bool:
    if cand.cls.name == "air_strike":
        # a rebel movement ACLED labels a state's forces for a period (the Houthis of 2015: "Military Forces of Yemen
        # (2015-2016) Supreme Revolutionary Committee", inter 1) has no air force: the strikes told beside it hit it
        # (round 29, helper ac16: every air strike of the released files is a state's or a coalition's). Not a
        # bombardment word typed a strike by an air word of its clause (مليشيا الحوثي تقوم بقصف منازل … يصعب على
        # طيران التحالف): the movement's own shelling
        return inter in (2, 3, 4, 5, 6) or (_rebel_movement(actor_id) and not cand.cues & _BOMBARDMENT_TYPED)
    if cand.cls.acled_sub_type == "Suicide bomb":
        return inter in (1, 8)
    return False


#: The cue a bombardment word (قصف، استهداف) typed an air strike by the means its clause names carries (subtypes).
_BOMBARDMENT_TYPED = frozenset({"means:air_strike"})


def _rebel_movement(actor_id: Any) -> bool:
    """Whether a lexicon actor is a rebel movement (PLOVER sector REB), whatever ACLED's label of the period."""
    if not actor_id:
        return False
    spec = load_lexicon().by_id.get(str(actor_id))
    return spec is not None and spec.sector == "REB"


#: Verbs and nouns of driving out (طرد، طردوا، دحر، إخراج): their object is the side that lost the place.
_EXPEL = re.compile(r"^(?:و|ف)?(?:" + cue_alt("expel_words") + ")")


def _expelling(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger is a verb or verbal noun of driving someone out (طرد الحوثيين من، دحروا المسلحين)."""
    if cand.cls.name not in ("capture", "recapture"):
        return False
    return bool(_EXPEL.match(ctx.doc.text[cand.start : cand.end].strip()))


#: Where fire came from: a force's positions (من مواقع قوات الأسد، انطلاقا من مناطق سيطرة الحوثيين).
_FROM_POSITIONS = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("fire_source_words") + r")\s+(?:(?:" + cue_alt("position_nouns") + ")"
    r"|مناطق\s+(?:سيطرة|سيطره|تسيطر\s+عليها)|(?:ال)?(?:مناطق|الأراضي|الاراضي)\s+(?:الخاضعة|الخاضعه)\s+(?:لسيطرة|لسيطره))"
    r"\s*$"
)


def _fired_from(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """Whether fire (a shell, a rocket, an air strike) is told as coming from the actor's positions (قصف من مواقع
    قوات الأسد): the actor fired it, though مواقع before an actor is otherwise a target."""
    if cand.cls.name not in _FROM_AFAR and cand.cls.acled_sub_type not in _FROM_AFAR_SUB:
        return False
    m = _FROM_POSITIONS.search(ctx.doc.text, max(cand.end, ent.start - 40), ent.start)
    return m is not None and ctx.previous_word(m.start()) not in _NEAR  # قريبة من مواقع: where, not whence


def responder(ctx: Context, ent: Entity, floor: int) -> bool:
    """Whether an actor is one of those who came to the scene (a verb of coming shortly before it)."""
    return ctx.has("status:responder", max(floor, ent.start - _BEFORE_ACTOR), ent.start)


#: The prepositions whose object is what a deed hit (غارات على مواقع تمركز المليشيات الحوثية، هجوم ضد مقرات
#: للتنظيم; ``event_arg_cues.yaml``: ``object_prepositions``), normalized.
_OBJECT_PREPS = frozenset(normalize(w) for w in cue_words("object_prepositions"))


def object_of_preposition(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """Whether an actor named after the trigger stands in the object of على / ضد two or three words after the
    preposition (غارات على مواقع تمركز المليشيات الحوثية، قصف على معسكر اللواء 35 الموالي لصالح): the side hit,
    not the one that struck, where the word right before the actor is not itself a target word (round 20, helper
    ac7). على that is no preposition of a target (على يد، على الأقل، على الأرجح، يطلقون على أنفسهم اسم …) does not
    count."""
    words = _ARABIC_WORD.findall(ctx.doc.text[cand.end : ent.start])
    if len(words) > 6:
        return False
    near = [normalize_word(w) for w in words[-4:-1]]
    return any(w in _OBJECT_PREPS for w in near) and not any(w in _NOT_OBJECT for w in near)


#: Words after على that make it no preposition of a target (على يد، على متن، على الأقل، على خلفية، ردا على …).
_NOT_OBJECT = frozenset(normalize(w) for w in cue_words("not_object_after_preposition"))


def _target_word_before(ctx: Context, ent: Entity, floor: int) -> bool:
    """Whether a target word (على، ضد، مواجهة …) stands among the four words before a conjoined actor."""
    words = _ARABIC_WORD.findall(ctx.doc.text[max(floor, ent.start - 50) : ent.start])[-5:-1]
    return any(normalize_word(w) in TARGET_WORDS for w in words)


#: A relative verb of doing right before an actor (عمليات نفذتها المقاومة، غارات شنتها مقاتلات التحالف): its doer.
_DOING_RELATIVES = frozenset(normalize(w) for w in cue_words("doing_relatives"))


def victim_subject(ctx: Context, ent: Entity, floor: int) -> bool:
    """Whether an actor named before a trigger is the victim of a verb of dying or being hurt shortly before it
    (لقي ضابط شرطة ومجند من قوات الأمن مصرعهما؛ مقتل جنديين من الجيش). The subject of a relative verb of doing is
    none (لقي 13 حوثيا مصرعهم في عمليات نفذتها المقاومة: the resistance did it; round 18, helper ac5)."""
    if ctx.actor_previous_word(ent.start) in _DOING_RELATIVES:
        return False
    if _in_when_clause(ctx, max(floor, ent.start - _BEFORE_ACTOR), ent.start):
        return False  # "مقتل ستة جنود حين نصب عناصر من الجماعة كمينا": the connector's subject (round 32, ac19)
    return ctx.has("status:victim_verb", max(floor, ent.start - _BEFORE_ACTOR), ent.start)


#: Words of dying or being hurt (normalized): a killing verb read either way (قتل: killed / was killed), its verbal
#: noun, the dead and the wounded.
_DEATH_WORD = re.compile(r"^(?:و|ف)?(?:ب|ل)?(?:" + cue_alt("death_words") + ")$")  # بمقتل، لمقتل: round 27, ac14
#: The partitive right before an actor, normalized (أربعة من عناصر الجيش، عدد من أفراد الشرطة، 28 من قوات الأسد).
_COUNTED_OF = re.compile(
    r"(?<![\u0621-\u064A])من\s+(?:(?:ال)?(?:" + cue_alt("counted_men") + r")\s+){0,2}"
    r"[«\"“]?$"
)
#: The dead or wounded noun right before an actor, normalized (عدد قتلى أفراد قوات الأمن، جرحى الجيش).
_DEAD_OF = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("dead_nouns") + r")\s+(?:(?:ال)?(?:" + cue_alt("dead_men") + r")\s+){0,2}"
    r"[«\"“]?$"
)
#: Counts before a partitive (عدد من، عددا آخر من، العشرات من، أربعة من), normalized.
_QUANTITY = frozenset(cue_words("quantity_words"))
#: Words that make the men before من the killers (مسلحون من جماعة …) or the fire theirs (برصاص عناصر من الجيش).
_AGENT_WORDS = frozenset(cue_words("agent_words"))
#: (Round 28, helper ac15) The noun of a count between its number and the partitive (17 فرداً من …، 12 عنصراً من …).
_COUNTED_UNITS = frozenset(cue_words("counted_unit_nouns"))


def counted_victims(ctx: Context, ent: Entity, floor: int, trigger: int) -> bool:
    """Whether an actor named before the trigger is the body whose men were counted dead or wounded: a partitive
    after a word of dying (قتل أربعة من عناصر القوات المسلحة إثر انفجار، تمكنت القوات من قتل 15 من عناصر داعش في
    اشتباكات), a partitive whose men died after it (عدد آخر من عناصر التنظيم قتلوا لدى قصف التحالف), or the dead
    noun right before it (ليرتفع عدد قتلى أفراد قوات الأمن). Gunmen or fire "of" the actor (مسلحون من جماعة …،
    برصاص عناصر من الجيش) name the killers, not the dead (round 13, helper fa)."""
    return _counted_at(ctx, ent.start, ent.end, floor, trigger)


def _counted_at(ctx: Context, start: int, end: int, floor: int, trigger: int) -> bool:
    """``counted_victims`` for the words at ``start:end`` (an entity, or a force word and its nationality)."""
    text = ctx.doc.text
    window = normalize(text[max(floor, start - 60) : start])
    if _DEAD_OF.search(window):
        return True
    m = _COUNTED_OF.search(window)
    if m is None:
        return False
    before = window[: m.start()]
    words = _ARABIC_WORD.findall(before)[-4:]
    if any(w in _AGENT_WORDS for w in words):
        return False
    if any(_DEATH_WORD.match(w) for w in words):
        return True
    if words and words[-1] in _COUNTED_UNITS:
        # "17 فرداً من المتمردين الحوثيين قتلوا": the count's noun between the number and من (round 28, helper ac15)
        before = before.rstrip()[: -len(words[-1])]
        words = words[:-1]
    if not words or not (words[-1] in _QUANTITY or words[-1].isdigit() or before.rstrip()[-1:].isdigit()):
        return False  # "المقربة من حزب العمال … أنها قتلت": a relation, not a count of the dead
    after = _ARABIC_WORD.findall(normalize(text[end : max(end, min(trigger, end + 40))]))[:3]
    return any(_DEATH_WORD.match(w) for w in after)


#: "Of" an actor's men after the dead or wounded (من أبطال القوات المسلحة، من عناصر الشرطة، من صفوف الجيش).
_PARTITIVE_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:من|بين)\s+(?:(?:ال)?(?:" + cue_alt("partitive_men") + ")"
    r"\s+)?"
    # "in the ranks of" (خلف أكثر من 50 قتيلا في صفوف القوات التركية; round 25, helper ac12)
    r"|في\s+(?:ال)?(?:" + cue_alt("partitive_men") + r")\s+)[«\"“]?$"
)


#: A vehicle carrying an actor's men (حافلة تقل مجندي الأمن، سيارة تقل عناصر من الشرطة، مدرعة تقل جنودا من الجيش),
#: normalized text: who rode in what was hit.
_CARRIED = re.compile(
    # not تحمل (تحمل الحكومة الجماعة المسؤولية: the one blamed), not لا تقل عن (no fewer than)
    r"(?<![\u0621-\u064A])(?<!لا )(?:" + cue_alt("carrying_verbs") + ")"
    r"(?:\s+[\u0621-\u064A]+){0,2}?(?:\s+(?:من|ل|لل))?\s*[«\"“]?$"
)


def _carried(ctx: Context, ent: Entity, floor: int) -> bool:
    """Whether an actor names the men a vehicle carried (حافلة تقل مجندي الأمن المركزي، سيارة تقل عناصر من
    الشرطة): at most two words between the verb of carrying and the actor."""
    window = ctx.doc.text[max(floor, ent.start - 40) : ent.start]
    return bool(_CARRIED.search(normalize(window).rstrip() + " ")) if window.strip() else False


_KILLING_WORD = re.compile(r"^(?:و|ف)?(?:" + cue_alt("killing_words") + ")")


#: (Round 32, helper ac19) Words that open a "when" clause (event_actor_cues.yaml when_connectors: حين، عندما، بعدما).
_WHEN = CueFile("ar/event_actor_cues.yaml").normalized_words("when_connectors")


def _in_when_clause(ctx: Context, start: int, end: int) -> bool:
    """(Round 32, helper ac19) Whether a "when" connector stands between the last word of dying of ``start:end`` (or
    ``start`` where there is none) and ``end``, where an actor is named: "مقتل ثلاثة جنود حين فتح عناصر من الحزب
    النار" — the men after the connector's verb are its subject, the doers, not the dead of the words before it."""
    words = [normalize_word(w) for w in _ARABIC_WORD.findall(ctx.doc.text, start, end)]
    last = max((i for i, w in enumerate(words) if _DEATH_WORD.match(w)), default=-1)
    return any(w in _WHEN for w in words[last + 1 :])


def _victims_of(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """Whether an actor named after the trigger is the body its dead or wounded belong to: a verb or noun of dying
    or being hurt between the trigger and the actor (أسفر عن استشهاد ضابط، مقتل جنديين), or the trigger itself a word
    of killing (وقتلها عشرات من عناصر النظام), and the actor named as the whole they were part of (من أبطال القوات
    المسلحة، من عناصر الشرطة). Gunmen "of" a group before it (قتل مسلحون من جماعة …) are read first, as its arm."""
    if _in_when_clause(ctx, cand.end, ent.start):
        return False  # "مقتل ثلاثة جنود حين فتح عناصر من الحزب النار": the connector's subject (round 32, ac19)
    return bool(
        _PARTITIVE_BEFORE.search(ctx.doc.text, max(cand.end, ent.start - 30), ent.start)
        and (
            ctx.has("status:victim_verb", cand.end, ent.start)
            # a word of dying of the arguments' list (يودي بحياة 15 من منسوبي …; round 14, helper ac2)
            or any(
                _DEATH_WORD.match(normalize_word(w)) for w in _ARABIC_WORD.findall(ctx.doc.text[cand.end : ent.start])
            )
            # the trigger itself a word of killing (وقتلها عشرات من عناصر النظام، قتلوا جنديين من الجيش)
            or _KILLING_WORD.match(normalize(ctx.doc.text[cand.start : cand.end])) is not None
        )
    )


#: A count and a partitive between a verb and an actor, normalized (أسرت 40 من مسلحي جماعة الحوثي، اعتقلت عددا من
#: عناصر التنظيم): the men the verb took or hit, counted.
_COUNT_OF = re.compile(
    r"^\s*(?:\d+|(?:" + cue_alt("quantity_words") + r"))(?:\s+(?:" + cue_alt("quantity_words") + r"))?"
    r"\s+من\s+(?:(?:ال)?(?:" + cue_alt("counted_men") + r")\s+){0,2}[«\"“]?$"
)


def counted_object(ctx: Context, cand: Candidate, ent: Entity, actors: list[Entity]) -> bool:
    """Whether an actor named after a finite verb whose subject stands right before it (SVO: المقاومة الشعبية أسرت)
    is counted as its object (أسرت 40 من مسلحي جماعة الحوثي، قتلت 15 من عناصر داعش): the men taken or hit, not
    the verb's doer. After a verb that opens its clause (VSO: هاجم عدد من مسلحي داعش) the count is the subject
    (round 22, helper ac9: tune30's Abyan resistance read as the Houthis it captured). The trigger's tense is not
    asked: أسرت is read as a noun too."""
    if ent.start < cand.end:
        return False
    if not _COUNT_OF.search(normalize(ctx.doc.text[cand.end : ctx.word_start(ent.start)])):
        return False
    c0, _ = cand.clause
    return any(
        c0 <= b.start and b.end <= cand.start and ctx.words_between(b.end, ctx.word_start(cand.start)) == 0
        for b in actors
        if b is not ent
    )


#: A member's noun before a body, with في / ب / من or the bare genitive between (القيادي في حركة فتح، القيادي بحركة
#: فتح، عضو حزب المؤتمر الشعبي): the body a man belongs to (round 22, helper ac9).
_MEMBER_OF = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("member_nouns") + r")(?:\s+(?:" + cue_alt("member_epithets") + r"))?"
    r"\s+(?:(?:في|من)\s+|ب|ب?ال)?[«\"“]?$"
)


def member_of(ctx: Context, ent: Entity) -> bool:
    """Whether an actor is named as the body a man belongs to (اغتيل طلال الأردني القيادي في حركة فتح، مقتل عضو حزب
    المؤتمر): in a killing or an attack, the side of the man hit, not who hit him (round 22, helper ac9)."""
    w = ctx.word_start(ent.start)
    return _MEMBER_OF.search(ctx.doc.text, max(0, w - 40), ent.start) is not None


#: (Round 29, helper ac16) A word of "while" and a verbal noun of being or doing, then at most three words, right
#: before a side (أثناء قيام جنود الجيش بتمشيط، أثناء قيام مجموعة من منسوبي قوات الطوارئ بأداء الصلاة), normalized.
_BUSY_WHILE = re.compile(
    r"(?<![\u0621-\u064A])(?:" + "|".join(normalize(w) for w in cue_words("busy_while_words")) + r")\s+"
    r"(?:" + "|".join(normalize(w) for w in cue_words("busy_doing_nouns")) + r")[\u0621-\u064A]{0,3}"
    r"(?:\s+[\u0621-\u064A]+){0,3}\s+[«\"“]?$"
)
#: The bomb's sub-types whose doer planted, hid, threw or carried it: a side named doing its duty there was its target.
_PLANTED_OR_CARRIED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def busy_when_hit(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """(Round 29, helper ac16) Whether a side of a planted, thrown or suicide bomb's sentence is named as the subject
    of what it was doing when the bomb went off (العبوة تم زرعها في إحدى المركبات أثناء قيام جنود الجيش بتمشيط الحد
    الفاصل؛ أثناء قيام مجموعة من منسوبي قوات الطوارئ بأداء الصلاة … حدث تفجير): it was hit, it did not bomb."""
    if cand.cls.acled_sub_type not in _PLANTED_OR_CARRIED:
        return False
    s0, _ = cand.sentence
    window = normalize(ctx.doc.text[max(s0, ent.start - 60) : ent.start])
    return _BUSY_WHILE.search(window) is not None


#: A verb of being subjected to or surprised by (تعرضت، فوجئت), normalized, with its proclitics.
_EXPOSED_VERB = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|وقد|وقد\s+|قد\s+)?(?:"
    + "|".join(normalize(w) for w in cue_words("exposed_verbs"))
    + r")(?![\u0621-\u064A])"
)


def exposed_side(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """(Round 29, helper ac16) Whether a side is named between a verb of being subjected to or surprised by and the
    trigger it governs with ل or ب (تعرضت آلية عسكرية تابعة للقوات المسلحة التركية لتفجير لغم؛ فوجئت القوات بإطلاق
    نيران عشوائية تجاهها): the side was hit. The trigger must follow the side at most eight words on, in its clause,
    and start with ل or ب (a comma may stand between: تعرضت آلية تابعة للقوات التركية، لتفجير لغم)."""
    if not (ent.end <= cand.start and cand.cls.acled_type in ("Battles", "Explosions/Remote violence")):
        return False
    word = normalize(ctx.doc.text[cand.start : cand.end])
    before_trigger = normalize(ctx.doc.text[max(cand.sentence[0], cand.start - 2) : cand.start])
    if not (word.startswith(("ل", "ب")) or before_trigger.endswith(("ل", "ب"))):
        return False
    if ctx.words_between(ent.end, ctx.word_start(cand.start)) > 8:
        return False
    window = normalize(ctx.doc.text[max(cand.sentence[0], ent.start - 50) : ent.start])
    verbs = list(_EXPOSED_VERB.finditer(window))
    if not verbs:
        return False
    # the side right after the verb, or after the thing of its that was hit (آلية عسكرية تابعة ل، دورية لل)
    return len(_ARABIC_WORD.findall(window[verbs[-1].end() :])) <= 4


#: (Round 29, helper ac16) The words naming the body the people arrested are suspected of belonging to, normalized.
_SUSPECTED_LINK = frozenset(normalize(w) for w in cue_words("suspected_link_words"))


def arrested_side(ctx: Context, ent: Entity, cand: Candidate) -> bool:
    """(Round 29, helper ac16) Whether a body named after an arrest is the one the people taken belong to or are
    suspected of belonging to (اعتُقل أيضا أحد قياديي «بوكو حرام»؛ اعتقلت 17 شخصا مشتبها بصلتهم بداعش؛ اعتقلت امرأتان
    تنتميان لخلية … باسم تنظيم داعش): whom the arrest took, not who arrested. A side right after the verb (اعتقل مسلحو
    الحوثي ناشطين) is still its subject."""
    if cand.cls.name != "arrest" or ent.start < cand.end:
        return False
    if member_of(ctx, ent):
        return True
    found = _ARABIC_WORD.findall(ctx.doc.text[max(cand.end, ent.start - 40) : ent.start])
    words = [normalize_word(w) for w in found][-3:]
    return any(w in _SUSPECTED_LINK for w in words)
