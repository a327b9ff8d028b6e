"""Step 4 of the events stage: status (denied, future, hypothetical, claimed, alleged), the people a killing befell,
and granularity (one happening, ongoing, aggregate)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from rasd.events.coding.background import (
    ITERATIVE,
    abstract_taken,
    campaign_joined,
    circumstance,
    control_kept,
    country_taken,
    described_kind,
    fighting_going_on,
    named_as_kind,
    present_description,
    summed_so_far,
)
from rasd.events.coding.classes import _REMOTE_FAMILIES
from rasd.events.coding.general_state import country_share_taken, described_detainees, named_going_on
from rasd.events.coding.readers import _WORD_AT, back_words, exposed_before, in_title
from rasd.events.context import Context, doc_holds
from rasd.events.gates import gated
from rasd.events.genre import reported_shelling
from rasd.events.model import Candidate, counted
from rasd.events.place_filters import is_country
from rasd.resources.cues import EVENT_ARG_CUES, EVENT_MERGE_CUES, EVENT_SENTENCE_CUES, CueFile
from rasd.resources.cues import event_cue_alt as cue_alt
from rasd.resources.cues import event_cue_words as cue_words
from rasd.text.clitics import drop_conjunction
from rasd.text.clitics import forms as conjunction_forms
from rasd.text.normalize import normalize, normalize_word, normalize_words

#: Round 12 (helper sw): "without borders" in the name of a body (أطباء بلا حدود، مراسلون بلا حدود) negates nothing.
_WITHOUT_BORDERS = re.compile(r"بلا\s+حدود(?![\u0621-\u064A])")
#: (Round 39, ev7) Words in which a negation cue is only a misreading (كلا الطرفين، 20 كلم، أرجاء، بارجات).
_NEGATION_MISREADS = EVENT_ARG_CUES.normalized("negation_misreads")


def _misread_negation(ctx: Context, p: int) -> bool:
    """(Round 39, ev7) Whether the negation cue at ``p`` is part of a word that does not negate: the matcher strips
    letters of the word itself as proclitics (كلا "both", كلم "km", بارجات "warships") or the normalizer merges a
    spelling (أرجاء "all over" read as إرجاء "postponing")."""
    m = _WORD_AT.match(ctx.doc.text, ctx.word_start(p))
    return m is not None and drop_conjunction(normalize(m.group()), min_rest=2) in _NEGATION_MISREADS


#: A student, not a demand (أفادت أسرة طالب جامعي بأن قوات الأمن اعتقلته): طالب after a noun it completes or before
#: a word of study.
_STUDENT_AFTER = re.compile(r"^\s*(?:" + cue_alt("student_after") + r")")


_STUDENT_BEFORE = frozenset(normalize(w) for w in cue_words("student_before"))


def _student(ctx: Context, p: int) -> bool:
    """Whether the hypothetical cue at ``p`` is the noun طالب (a student), not the verb "demanded"."""
    text = ctx.doc.text
    m = _WORD_AT.match(text, p)
    if m is None or normalize(m.group()) not in ("طالب", "طالبه"):
        return False
    return bool(_STUDENT_AFTER.match(text, m.end())) or ctx.previous_word(ctx.word_start(p)) in _STUDENT_BEFORE


def read_status(ctx: Context, cand: Candidate) -> None:
    """Step 4: status from the words before the trigger in its clause; granularity from dates and tolls."""
    c0, _ = cand.clause
    s0, _ = cand.sentence
    # round 14: "جراء القصف": a status cue before the cause word is its clause's, not the cause's
    floor = _cause_floor(ctx, cand)
    cf, sf = max(c0, floor), max(s0, floor)
    lo = max(cf, back_words(ctx.doc.text, cand.start, 4))
    breaks = ctx.positions("status:negation_break", lo, cand.start)
    neg_from = breaks[-1] if breaks else lo
    negations = ctx.positions("status:negation", neg_from, cand.start)
    if any(
        not _WITHOUT_BORDERS.match(ctx.doc.text, ctx.word_start(p))
        and not _negates_other(ctx, p, cand)
        and not _misread_negation(ctx, p)
        for p in negations
    ) or _dismissed_claim(ctx, cand):
        cand.status = "denied"
    elif (
        (cand.purpose and cand.cls.name in ("capture", "recapture"))
        or cand.tense == "future"
        or (
            not _AFTER_PAST.search(ctx.doc.text, max(cf, cand.start - 40), cand.start)
            and not _raid_carried_out(ctx, cand)
            and ctx.has(
                "status:future",
                _after_that(ctx, max(cf, back_words(ctx.doc.text, cand.start, 12)), cand.start),
                cand.start,
            )
        )
        or _announced_protest(ctx, cand)
        or _called_protest(ctx, cand)
        or (cand.tense == "noun" and ctx.has("status:future_after", cand.end, min(cand.clause[1], cand.end + 40)))
        or (cand.tense == "noun" and _WILL_BE.match(ctx.doc.text, cand.end) is not None)
        or _predicate_future(ctx, cand)
        or _ready_for(ctx, cand)
        or _future_governed(ctx, cand) == "future"
        or _aimed(ctx, cand)
        or _enabled_aim(ctx, cand)
        or _attempted(ctx, cand)
        or _trained(ctx, cand)
        or _matter_of_time(ctx, cand)
        or _a_priority(ctx, cand)
        or _threatened(ctx, cand)
    ):
        cand.status = "future"  # سيقصف، يعتزم، للسيطرة على (an aim)
        # (round 18, ge2) a noun aimed at is an aim like للسيطرة: the fight told for it stays apart from it when the
        # clause merges (تستمر المعارك من أجل السيطرة على القاعدة: the battles are no aim)
        cand.purpose = cand.purpose or (
            cand.tense == "noun" and (_aimed(ctx, cand) or _attempted(ctx, cand) or _trained(ctx, cand))
        )
    elif (
        any(
            not _student(ctx, p)
            and not _led_to(ctx, p)
            and not (
                _protesters_demand(ctx, p)
                and (
                    not ctx.has("protesters", cand.start, cand.end)
                    or _PROTEST_ACT.search(ctx.doc.text, *cand.sentence)
                    or not _STATEMENT.search(ctx.doc.text, *cand.sentence)
                )
            )
            and not _province_word(ctx, p)
            and not _any_of_other(ctx, p, cand)
            for p in ctx.positions("status:hypothetical", max(sf, back_words(ctx.doc.text, cand.start, 8)), cand.start)
        )
        or ctx.has("status:hypothetical_after", cand.end, min(cand.clause[1], cand.end + 25))
        or (_future_governed(ctx, cand) == "hypothetical")
        or _framed(ctx, cand)
    ):
        cand.status = "hypothetical"  # في حال شنت غارات؛ من هجمة أخرى محتملة
    elif ctx.has("status:claimed", s0, cand.sentence[1]) and not _claim_negated(ctx, s0, cand):
        cand.status = "claimed"
    elif ctx.has("status:alleged", s0, cand.start) or (
        cand.tense == "noun" and ctx.has("status:alleged_after", cand.end, min(cand.clause[1], cand.end + 15))
    ):
        cand.status = "alleged"  # (هجمات مفترضة لبوكو حرام: presumed, round 11)
    elif cand.cls.name == "chemical" and ctx.has("status:speech", s0, cand.start):
        cand.status = "alleged"  # a chemical attack told by one side: ACLED's alleged use


#: Round 14 (helper ev8): the reach of a status cue. A negation particle governing "still" (لا يزال الاشتباك مستمرا)
#: or a verb of claiming, knowing, reporting or causing (لم تتبن أي جهة الهجوم، لم يعرف عدد ضحايا القصف، لم يسفر
#: الهجوم عن إصابات) negates that verb: the happening named after it took place.
_STILL = frozenset(normalize(w) for w in cue_words("still_verbs"))
_NEGATED_OTHER = frozenset(normalize(w) for w in cue_words("negated_other_verbs"))
_CAUSE_WORDS = frozenset(normalize(w) for w in cue_words("cause_words"))
_ANY = frozenset(normalize(w) for w in cue_words("any_words"))
_ANY_OTHER = frozenset(normalize(w) for w in cue_words("any_other_nouns"))
_NEXT_WORDS = re.compile(r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _negates_other(ctx: Context, p: int, cand: Candidate) -> bool:
    """Whether the negation at ``p`` governs a verb of its own (still; claiming, knowing, reporting, causing) that
    stands before the trigger, so it does not deny the happening."""
    text = ctx.doc.text
    m = _WORD_AT.match(text, ctx.word_start(p))
    if m is None:
        return False
    particle = normalize(m.group())
    particle = drop_conjunction(particle, min_rest=2)  # ولم، فلا
    if particle not in ("لا", "لم", "لن"):
        return False
    n = _NEXT_WORDS.match(text, m.end())
    if n is None or n.start(1) >= ctx.word_start(cand.start):
        return False  # the trigger is the negated word itself (لم يقصف، لا اشتباكات)
    word = normalize(n.group(1))
    two = f"{word} {normalize(n.group(2))}" if n.group(2) else word
    return word in _STILL or word in _NEGATED_OTHER or two in _NEGATED_OTHER


_CLAIM_VERBS = frozenset(normalize(w) for w in cue_words("negated_claim_verbs"))


def _claim_negated(ctx: Context, s0: int, cand: Candidate) -> bool:
    """Whether the sentence before the trigger says no one claimed it (لم تعلن أي جهة مسؤوليتها عن التفجير، لم يتبن
    أحد الهجوم): told as reported, not claimed."""
    text = ctx.doc.text
    for p in ctx.positions("status:negation", s0, cand.start):
        m = _WORD_AT.match(text, ctx.word_start(p))
        n = _NEXT_WORDS.match(text, m.end()) if m else None
        if n is not None and normalize(n.group(1)) in _CLAIM_VERBS and _negates_other(ctx, p, cand):
            return True
    return False


def _any_of_other(ctx: Context, p: int, cand: Candidate) -> bool:
    """Whether the hypothetical cue at ``p`` is "any" (أي، أية) quantifying a party or a consequence of a happening
    named by a definite noun trigger (لم تتبن أي جهة الهجوم، لم تسجل أي إصابات في القصف): the happening is a known one.
    "Any" keeps its reach over its own noun (أي هجوم), the verb of its noun (أية عمليات تستهدف أمنها) and the rest
    (أي محاولة للتظاهر، أي حوادث عنف خلال المظاهرات)."""
    if cand.tense != "noun" or not cand.definite:
        return False  # أية عمليات تستهدف أمنها، أي هجوم: the happening is the noun "any" reaches (or its verb)
    text = ctx.doc.text
    w0 = ctx.word_start(p)
    m = _WORD_AT.match(text, w0)
    if m is None or normalize(m.group()) not in _ANY:
        return False
    n = _NEXT_WORDS.match(text, m.end())
    if n is None or n.start(1) >= ctx.word_start(cand.start):
        return False
    return normalize(n.group(1)) in _ANY_OTHER


def _cause_floor(ctx: Context, cand: Candidate) -> int:
    """Where status cues may start for a noun trigger right after a word of cause (جراء القصف، إثر هجوم، بسبب
    الاشتباكات، من جراء الغارات): after that word; else 0 (no floor)."""
    if cand.tense != "noun":
        return 0
    w0 = ctx.word_start(cand.start)
    if ctx.previous_word(w0) not in _CAUSE_WORDS:
        return 0
    return w0


#: "and that", opening the next reported clause (قال إن … وأن الشبان رشقوهم).
_AND_THAT = re.compile(r"\sو(?:أن|إن|ان)\s")


def _after_that(ctx: Context, lo: int, start: int) -> int:
    """Where a status cue may stand before ``start``: after the last "وأن" of that span, which opens another reported
    clause ("قال شاهد إن الجنود دخلوا المخيم للقيام بحملة اعتقالات وأن الشبان رشقوهم": the aim of the first is not
    the second's; round 12c)."""
    ends = [m.end() for m in _AND_THAT.finditer(ctx.doc.text, lo, start)]
    return ends[-1] if ends else lo


#: "للقيام بحملة اعتقالات" right after a past raid or entry of forces into a place (round 12c).
_TO_CARRY_OUT = re.compile(r"(?<![\u0621-\u064A])للقيام\s+ب$")


_RAID_PAST = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("raid_past") + r")(?![\u0621-\u064A])")


def _raid_carried_out(ctx: Context, cand: Candidate) -> bool:
    """Forces that entered or stormed a place "to carry out" an arrest campaign (اقتحمت القوات القرية للقيام بحملة
    اعتقالات): the campaign is the raid told, not a plan; the past verb must open the same clause (round 12c)."""
    if cand.cls.name != "arrest":
        return False
    c0 = cand.clause[0]
    text = ctx.doc.text
    if not _TO_CARRY_OUT.search(text, max(c0, cand.start - 12), cand.start):
        return False
    return _RAID_PAST.search(text, c0, cand.start) is not None


#: A noun trigger that is the object of "after" (تعهد النشطاء بالتصعيد بعد موجة من الاحتجاجات): a happening before
#: the plan told around it, so the plan's future does not reach it (round 11).
_AFTER_PAST = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + cue_alt("after_past")
    + "|"
    + cue_alt("after_past_day")
    + r")\s+(?:(?:"
    + cue_alt("after_spans")
    + r")\s+(?:من\s+)?)?(?:ال)?$"
)


#: A form of "announced" before عن (أعلنت النقابة عن تظاهرة أمام البرلمان مساء اليوم): a protest called, not held.
_ANNOUNCED_ABOUT = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("announced") + r")(?![\u0621-\u064A])")


def _announced_protest(ctx: Context, cand: Candidate) -> bool:
    """Whether an indefinite protest noun is what someone announced (أعلنت نقابة الموظفين عن تظاهرة): a protest still
    to come (round 11)."""
    if cand.cls.name != "protest" or cand.tense != "noun" or cand.definite:
        return False
    text = ctx.doc.text
    before = text[max(cand.clause[0], cand.start - 60) : cand.start]
    if not re.search(r"(?<![\u0621-\u064A])عن\s+$", before):
        return False
    return _ANNOUNCED_ABOUT.search(before) is not None


#: Round 15 (helper as17): what a protest noun stands right after when it is the object of a call (إلى التظاهر،
#: للتظاهر، لمظاهرات).
_TO = frozenset(normalize(w) for w in ("إلى", "الى", "ل", "لل"))


def _called_protest(ctx: Context, cand: Candidate) -> bool:
    """Whether a protest word is what a call earlier in its sentence asks for (دعت زوجة زعيم المعارضة المعتقل
    أنصارها إلى التظاهر، أقدمت الميليشيات على الدعوة لمظاهرات في العاصمة، دعت النقابتان إلى تجمع احتجاجي): a
    protest still to come, however long the caller's name (round 15). The call answered (استجابة لدعوة، تلبية
    لدعوة) leaves the protest told."""
    if cand.cls.name != "protest" or ctx.has("protesters", cand.start, cand.end):
        return False  # إلى المحتجين: the people a word is addressed to, not a protest called
    w0 = ctx.word_start(cand.start)
    fused = normalize(ctx.doc.text[w0 : cand.start])  # للتظاهر، لمظاهرات
    if not fused.startswith("ل") and ctx.previous_word(w0) not in _TO:
        return False
    s0 = cand.sentence[0]
    calls = ctx.positions("status:protest_call", s0, cand.start)
    return bool(calls) and not ctx.has("status:call_answered", s0, calls[-1])


#: A future verb right after a noun trigger (المظاهرات ستكون سلمية، المسيرة ستنطلق من الساحة): still to come.
_WILL_BE = re.compile(
    # (round 11) one word may stand between, an adjective or an accusative: أعلى الاحتجاجات صوتا ستأتي
    r"(?:\s+[\u0621-\u064A]+[اى]?)?"
    r"\s+(?:" + cue_alt("will_be") + r")(?![\u0621-\u064A])"
)


#: Round 15 (helper ev11): a future verb that is the predicate of a noun trigger, up to four words after it — the
#: noun's object, its place, an adjective — with no relative pronoun, conjunction or punctuation between (مضيفا أن عملية
#: استعادة قاعدة العند بالكامل ستحسم قريبا); not across "that" or a clause opened by و or ف (في حال شنت غارات فإن
#: الرد سيكون قاسيا: the reply's future, not the strikes').
_PREDICATE_FUTURE = re.compile(
    r"(?:\s+(?!(?:التي|الذي|اللذين|الذين|اللتين|اللواتي|ما|من|بعد|قبل|عقب|إن|أن|ان|لأن|كما|حيث|لكن)(?![\u0621-\u064A]))"
    r"(?![وف])[\u0621-\u064A]+){0,4}"
    r"\s+(?:" + cue_alt("will_be") + "|" + cue_alt("will_end") + r")(?![\u0621-\u064A])"
)
#: the words of cause or time a predicated noun may not stand after (جراء القصف … ستكون: the cause of another thing)
_NOT_SUBJECT = frozenset(normalize(w) for w in cue_words("after_past")) | frozenset(
    normalize(w) for w in ("جراء", "بسبب", "منذ", "خلال", "أثناء", "في", "على", "من", "عن", "إلى")
)


def _noun_subject(ctx: Context, cand: Candidate) -> bool:
    """Whether a noun trigger may be its clause's subject: not a verb, not fused to a preposition, not after a word of
    cause or time (جراء القصف، بعد تحرير المدينة: the clause's subject is another)."""
    if cand.tense != "noun":
        return False
    w0 = ctx.word_start(cand.start)
    fused = normalize(ctx.doc.text[w0 : cand.start])
    return fused not in ("ب", "ل", "لل", "بال", "ك", "كال") and ctx.previous_word(w0) not in _NOT_SUBJECT


def _predicate_future(ctx: Context, cand: Candidate) -> bool:
    """Whether a noun trigger is the subject of a future verb a few words after it in its clause (عملية استعادة
    القاعدة بالكامل ستحسم قريبا، الهجوم على المدينة سيبدأ خلال أيام): still to come (round 15, helper ev11). Not a
    noun after a preposition or a word of cause or time (بعد الهجوم ستبدأ القوات، جراء القصف ستكون)."""
    if not _noun_subject(ctx, cand):
        return False
    m = _PREDICATE_FUTURE.match(ctx.doc.text, cand.end)
    return m is not None and m.end() <= cand.clause[1]


#: Round 15 (helper ev11): readiness, thought or use governing a verbal noun after ل (event_cues.yaml
#: purpose_governors).
_READY = frozenset(normalize(w) for w in cue_words("purpose_governors"))
_LAUNCH_FOR = frozenset(normalize(w) for w in cue_words("purpose_launch"))
_WORD_RUN = re.compile(r"[\u0621-\u064A]+")


def _ready_for(ctx: Context, cand: Candidate) -> bool:
    """Whether a verbal noun after ل is what a word of readiness, thought or use before it in its clause is for (على
    أهبة الاستعداد لصد أي محاولة، يفكرون في التسلل … لتوجيه قذائفهم، موقع استخدمه الحوثيون لقصف القرى): an aim, not
    a deed (round 15, helper ev11). Capture nouns after ل are aims already (cand.purpose)."""
    text = ctx.doc.text
    # (لصد: a verb's form read as the past, صد، is the verbal noun after ل)
    # (لتوجيه قذائفهم: a weapon noun that is the object of a verbal noun of launching after ل)
    w0 = ctx.word_start(cand.start)
    fused = normalize(text[w0 : cand.start]) in ("ل", "لل")
    if not cand.purpose and not fused and ctx.previous_word(w0) not in _LAUNCH_FOR:
        return False
    lo = _after_that(ctx, max(cand.clause[0], back_words(text, cand.start, 12)), cand.start)
    words = _WORD_RUN.findall(text, lo, w0)
    return any(normalize_word(w) in _READY or normalize_word(w[1:]) in _READY for w in words if w)


#: Round 15b (helper fu): a future verb (س or سوف before a present form) or قد before a present verb (a possibility).
_FUTURE_FORM = re.compile(
    # (a vowel mark is part of its word: قد تلقَى is قد before a past verb, not before تلق)
    r"(?<![\u0621-\u064A\u064B-\u0652])[وف]?(?:(سوف)\s+[يتنأ][\u0621-\u064A]{2,}|(س)(?:[يت][\u0621-\u064A]{2,}|ن[\u0621-\u064A]{3,})"
    r"|(?<!كان\s)(?<!كانت\s)(قد)\s+(?:ي[\u0621-\u064A]{2,}|ت(?!(?:م|عرض|مكن|سلل|بنى|قدم|ولى|لقى|حول|راجع|وجه|سبب|وفي)(?![\u0621-\u064A]))"
    r"[\u0621-\u064A]{1,}(?<![توا])))(?![\u0621-\u064A\u064B-\u0652])"
)
_S_NOUNS = tuple(normalize(w) for w in cue_words("future_s_nouns"))
_S_WORDS = frozenset(normalize(w) for w in cue_words("future_s_words"))
_REACH_BREAKS = frozenset(normalize(w) for w in cue_words("future_reach_breaks"))
_KNOWN = frozenset(normalize(w) for w in cue_words("future_known"))
_CAPTURE = ("capture", "recapture")


#: Round 42 (helper ev16): how many words back a future verb reaches a verbal noun joined to its chain by و.
_CONJUNCT_REACH = 16


def _conjunct(text: str, w0: int, start: int) -> bool:
    """Whether the trigger word at ``w0`` is a noun joined by a bare و (وتحريرها، وقصف): its conjunction alone."""
    return start == w0 + 1 and text[w0] == "و"


def _future_governed(ctx: Context, cand: Candidate) -> str | None:
    """ "future" or "hypothetical" when a future verb (ستستخدم مقاتلات في شن الضربات، واشنطن ستركز على الغارات) or قد
    before a present verb (قد تشن هجمات، قد يعتقل لدى عودته) governs the trigger from earlier in its clause, up to ten
    words before it (round 15b, helper fu). A noun trigger only, or a present verb right after قد; not across a
    relative pronoun, "that", a word of cause or time past (ستقدم إلى المحكمة بسبب القصف: the shelling happened), nor a
    noun named by a demonstrative (سيكون لهذه الضربات أثر). After بعد only a capture's verbal noun, the planned
    condition (ستتوجه القوات إلى الفلوجة بعد تحرير الرمادي); قد before a past verb is a deed (قد قتل، قد تمكنت)."""
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    if cand.tense == "present":
        return "hypothetical" if ctx.previous_word(w0) in ("قد", "وقد", "فقد") and _qad_present_self(text, w0) else None
    if cand.tense != "noun":
        return None
    prev = ctx.previous_word(w0)
    if prev in _KNOWN:
        return None
    if prev in _AFTER_WORDS and cand.cls.name not in _CAPTURE:
        return None
    # round 42 (ev16): a verbal noun joined by و to what the future verb governs shares its reach (سيتقدم الجيش … نحو
    # مدينة الحديدة وفرض طوق عليها وتحريرها): the conjunct's words count from the chain, up to sixteen words back
    reach = _CONJUNCT_REACH if _conjunct(text, w0, cand.start) else 10
    lo = max(cand.clause[0], back_words(text, cand.start, reach))
    found = None
    for m in _FUTURE_FORM.finditer(text, lo, w0):
        word = drop_conjunction(normalize(m.group()), min_rest=2) if not m.group(3) else ""
        raw = m.group().rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if m.group(2) and (word.startswith(_S_NOUNS) or word in _S_WORDS or raw.endswith(("ة", "ه", "ات", "ى"))):
            continue  # سيارة، ستة، لا سيما: a noun, not a future verb
        if m.group(2) and ctx.previous_word(m.start()) in _NAME_BEFORE:
            continue  # في مدينة سيفاري، بنك سيتي: a verb never follows a preposition or a word that names a place
        found = m
    if found is None:
        return None
    between = normalize_words(_WORD_RUN.findall(text, found.end(), w0))
    if any(w in _REACH_BREAKS or drop_conjunction(w, min_rest=2) in _REACH_BREAKS for w in between):
        return None
    return "hypothetical" if found.group(3) else "future"


#: Round 18 (helper ge2): words of aim, attempt, discussion, decision or order (event_cues.yaml aim_governors).
#: Round 26 (helper md1): and nouns of priority, need, help or preparation (event_sentence_cues.yaml aim_nouns).
_AIM = frozenset(normalize(w) for w in cue_words("aim_governors")) | EVENT_SENTENCE_CUES.normalized("aim_nouns")
_WAY = normalize("سبيل")
_IN = frozenset(normalize(w) for w in ("في", "وفي"))
_FOR_THE_SAKE = normalize("أجل")
_RAID_ENTERED = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("aim_raid_past") + r")(?![\u0621-\u064A])")
_FROM = frozenset(normalize(w) for w in ("من", "ومن"))
#: A timex value that names a day.
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=4096)
def _aim_form(word: str) -> bool:
    """Whether a normalized word, with و/ف and then ب/ل taken off, is a word of aim (:data:`_AIM`), or whole with its
    ب a word of aim's adverb (:data:`_AIM_ADVERBS`); per word type (round 39, sp9: 12,700 questions per 1,000 articles
    for ~4,000 words, each a set made and two intersections)."""
    forms = set(conjunction_forms(word, min_rest=2))
    if forms & _AIM_ADVERBS:
        return True  # (round 34, lg1) بهدف، بغية، تمهيدا: whole, ب kept (هدف alone is a target)
    # (not لل, the article after ل: للبحث عنه is "to search for him", not لبحث "to discuss")
    forms |= {f[1:] for f in list(forms) if f[:1] in ("ب", "ل") and len(f) > 3 and not f.startswith("لل")}
    return bool(forms & _AIM)


def _aim_word(words: list[str], i: int) -> bool:
    """Whether the normalized word ``words[i]`` is a word of aim (:data:`_AIM`), with و/ف and ب/ل taken off, or أجل
    after من (من أجل)."""
    word = words[i]
    if _aim_form(word):
        return True
    if word == _WAY:
        return i > 0 and words[i - 1] in _IN  # في سبيل (round 26: تضحي في سبيل تحرير تعز)
    return word == _FOR_THE_SAKE and i > 0 and words[i - 1] in _FROM


def _aimed(ctx: Context, cand: Candidate) -> bool:
    """(Round 18, helper ge2) Whether a verbal-noun trigger is what a word of aim, attempt, discussion, decision or
    order earlier in its clause governs, up to ten words before it (تحاول الميليشيات استقدام مزيد من التعزيزات إلى شمال
    عدن، آلاف المقاتلين يتأهبون للانضمام إلى إخوتهم، من أجل التوصل إلى هدنة في الزبداني، لبحث القضايا المتعلقة بمواجهة
    التنظيم وتحرير المدن، رحب بقرار تركيا الانضمام إلى الحملة، أعطينا توجيهات لسلسلة ثالثة من الضربات): aimed at,
    discussed or ordered, not told as done. Not across a relative pronoun, "that", a word of cause or time
    (future_reach_breaks), nor with a counted toll or a day named after the word of aim in the clause (تحاول القوات
    اقتحام البلدة منذ فجر اليوم: an attempt of the day)."""
    if cand.tense != "noun":
        return False
    if counted(cand):
        return False
    text = ctx.doc.text
    if cand.cls.name == "arrest" and _RAID_ENTERED.search(text, cand.clause[0], cand.start):
        return False  # اقتحم الجيش منازل في القرية من أجل إجراء اعتقالات: the raid told (round 12c's للقيام ب)
    back = _governor_back(ctx, cand, 10, _aim_word)
    if back is None:
        return False
    runs, words, at = back
    if words[at] == _WAY and at != len(words) - 1:
        return False  # (round 26) في سبيل دينه ووطنه واستشهاده: "the way of" governs the noun right after it only
    if any(w in _REACH_BREAKS or drop_conjunction(w, min_rest=2) in _REACH_BREAKS for w in words[at + 1 :]):
        return False
    return not _day_named_after(ctx, cand, runs[at].start())


def _governor_back(
    ctx: Context, cand: Candidate, reach: int, governs: Callable[[list[str], int], bool]
) -> tuple[list[re.Match[str]], list[str], int] | None:
    """The word runs of the trigger's clause before it (after "that", at most ``reach`` words back), their normalized
    words and the index of the last one ``governs`` takes for a governing word (:func:`_aimed`, :func:`_framed`); None
    when there is none."""
    # (round 37, sp1) the runs and their words read once per trigger, clause and reach: _aimed, _framed, _trained and
    # _attempted each ask for the same ten words before the same trigger (6,800 reads per 1,000 articles, ~2,900
    # distinct); the lists are only read by the callers
    key = ("governor_back", cand.start, cand.clause[0], reach)
    hit = ctx.memo.get(key)
    if hit is None:
        text = ctx.doc.text
        lo = _after_that(ctx, max(cand.clause[0], back_words(text, cand.start, reach)), cand.start)
        runs = list(_WORD_RUN.finditer(text, lo, ctx.word_start(cand.start)))
        hit = ctx.memo[key] = (runs, normalize_words([m.group() for m in runs]))
    runs, words = hit
    at = None
    for i in range(len(words)):
        if governs(words, i):
            at = i
    return None if at is None else (runs, words, at)


def _day_named_after(ctx: Context, cand: Candidate, p: int) -> bool:
    """Whether a day is named from ``p`` (a governing word) to the end of the trigger's clause: an act of that day
    (تحاول القوات اقتحام البلدة منذ فجر اليوم)."""
    c1 = max(cand.clause[1], cand.end)
    return any(
        x.type in ("DATE", "TIME") and p <= x.start < c1 and _A_DAY.match(str(x.value or "")) for x in ctx.doc.timexes
    )


#: (Round 28, helper ac15) "A matter of time" (مسألة وقت، مسألة أيام), normalized, and how far after a noun trigger.
_MATTER_OF_TIME = EVENT_ARG_CUES.normalized("matter_of_time")
MATTER_OF_TIME_CHARS = 60


def _matter_of_time(ctx: Context, cand: Candidate) -> bool:
    """(Round 28, helper ac15) Whether a noun trigger is what its clause says is "a matter of time" (هجوم «داعش» على
    إيلات مسألة وقت، سقوط المعسكر بات مسألة أيام): expected, not told as done."""
    if cand.tense != "noun" or not doc_holds(ctx, "matter_of_time", _MATTER_OF_TIME):
        return False  # (round 39, sp9) none of the phrases anywhere in the document: no window cut and normalized
    after = normalize(ctx.doc.text[cand.end : min(cand.clause[1], cand.end + MATTER_OF_TIME_CHARS)])
    return any(phrase in after for phrase in _MATTER_OF_TIME)


#: (Round 32, helper bg3) Words right after a noun trigger that make it a priority or a goal (event_merge_cues.yaml
#: priority_after, normalized), and how far after the trigger they may stand in its clause.
_PRIORITY = EVENT_MERGE_CUES.normalized("priority_after")
PRIORITY_CHARS = 60


def _a_priority(ctx: Context, cand: Candidate) -> bool:
    """(Round 32, helper bg3) Whether a noun trigger is the subject of a priority or a goal a few words after it in
    its clause (وأعلن أن استعادة السيطرة على العاصمة على رأس أولويات القوات الحكومية، تحرير المدينة هدف رئيسي):
    aimed at, not told as done. Not a noun after a preposition or a word of cause or time (بعد تحرير المدينة من
    أولويات …: the clause's subject is another)."""
    if not doc_holds(ctx, "priority_after", _PRIORITY) or not _noun_subject(ctx, cand):
        return False  # (round 39, sp9) the phrases looked for in the document first, once
    after = normalize(ctx.doc.text[cand.end : min(cand.clause[1], cand.end + PRIORITY_CHARS)])
    return any(phrase in after for phrase in _PRIORITY)


#: (Round 28, helper ac15) Words of claiming falsely, words that call a claim a fabrication, and how many words before
#: the trigger the first may stand.
_DOUBTED = EVENT_ARG_CUES.normalized("doubted_claim_words")
_DISMISSALS = EVENT_ARG_CUES.normalized("dismissal_words")
DOUBT_REACH = 6


@functools.lru_cache(maxsize=8192)
def _bare_forms(word: str) -> frozenset[str]:
    """A normalized word with و / ف and then ب / ل taken off (وبادعاءات → ادعاءات); per word type (round 37, sp1:
    31,000 calls per 1,000 articles for ~6,000 words; the callers only intersect it)."""
    forms = set(conjunction_forms(word, min_rest=2))
    return frozenset(forms | {f[1:] for f in list(forms) if f[:1] in ("ب", "ل") and len(f) > 3})


@functools.lru_cache(maxsize=4096)
def _doubted(word: str) -> bool:
    """Whether a normalized word, its conjunction and ب / ل off, is a word of claiming falsely (:data:`_DOUBTED`); per
    word type (round 29, se1: ~15,000 words per 1,000 articles are read before their triggers, most of them again)."""
    return bool(_bare_forms(word) & _DOUBTED)


def _dismissed_claim(ctx: Context, cand: Candidate) -> bool:
    """(Round 28, helper ac15) Whether the trigger is what one side claims (ادعاءات الحوثي باستهداف مطار عدن بصاروخ،
    مدعين أن الانتهاكات تأتي من القصف الجوي), a word of claiming falsely at most six words before it in its sentence,
    and the sentence calls the claim a fabrication (فبركات، أكاذيب، تزييف): the text rejects it, no happening is
    reported."""
    if not doc_holds(ctx, "dismissal_words", _DISMISSALS) or not doc_holds(ctx, "doubted_claim_words", _DOUBTED):
        return False  # (round 39, sp9) neither list's word (its و/ف and ب/ل off: a piece of it) in the document
    text = ctx.doc.text
    s0, s1 = cand.sentence
    lo = max(s0, back_words(text, cand.start, DOUBT_REACH))
    before = normalize_words([m.group() for m in _WORD_RUN.finditer(text, lo, ctx.word_start(cand.start))])
    if not any(map(_doubted, before)):
        return False
    words = normalize_words([m.group() for m in _WORD_RUN.finditer(text, s0, s1)])
    return any(_bare_forms(w) & _DISMISSALS for w in words)


#: (Round 28, helper ac15) A verb of being able in the subjunctive of purpose (لتتمكن، كي يتمكنوا) and the particles
#: before its bare form; how many words before the trigger it may stand.
_ENABLING = EVENT_ARG_CUES.normalized("enabling_verbs")
_ENABLING_PARTICLES = EVENT_ARG_CUES.normalized("enabling_particles")
ENABLING_REACH = 8


def _enabled_aim(ctx: Context, cand: Candidate) -> bool:
    """(Round 28, helper ac15) Whether a verbal-noun trigger is what من governs after a verb of being able in the
    subjunctive of purpose earlier in its clause (سوف يسهم في إرسال تعزيزات، لتتمكن المقاومة من التقدم ودحر
    الميليشيات؛ وصلت التعزيزات كي يتمكنوا من تحرير المدينة): what the sentence hopes to make possible, not an act told
    as done (the past تمكنت من is none). Not across a word that ends the verb's reach (future_reach_breaks)."""
    if cand.tense != "noun" or not doc_holds(ctx, "enabling_verbs", _ENABLING):
        return False  # (round 39, sp9) no verb of being able (a piece of the word that holds it) in the document
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    lo = max(cand.clause[0], back_words(text, cand.start, ENABLING_REACH))
    words = normalize_words([m.group() for m in _WORD_RUN.finditer(text, lo, w0)])
    at = None
    for i, word in enumerate(words):
        bare = drop_conjunction(word, min_rest=3)
        fused = bare[:1] == "ل" and bare[1:] in _ENABLING  # لتتمكن
        particle = i > 0 and drop_conjunction(words[i - 1], min_rest=2) in _ENABLING_PARTICLES  # كي يتمكنوا
        if fused or (particle and bare in _ENABLING):
            at = i
    if at is None or "من" not in words[at + 1 :]:
        return False
    return not any(w in _REACH_BREAKS or drop_conjunction(w, min_rest=2) in _REACH_BREAKS for w in words[at + 1 :])


#: Round 26 (helper md1): words of threatening, ordering or recommending (event_sentence_cues.yaml
#: threat_order_words), and how many words may stand between one and the verbal noun after ب it governs.
_THREAT_ORDER = EVENT_SENTENCE_CUES.normalized("threat_order_words")
_THREAT_BREAKS = _REACH_BREAKS | EVENT_SENTENCE_CUES.normalized("threat_reach_breaks")
THREAT_REACH = 6
_BI = frozenset(normalize(w) for w in ("ب", "بال", "وب", "وبال"))


def _threatened(ctx: Context, cand: Candidate) -> bool:
    """(Round 26, helper md1) Whether a verbal-noun trigger after ب is the object of a word of threatening, ordering
    or recommending up to :data:`THREAT_REACH` words before it in its clause (المتمرد يهدد بتفجير منازل الثوار،
    أوصى الحوثي بتفجير منزل كل من …، وصول تهديدات جدية بتفجير الدورة، توعد التنظيم الأهالي بالقتل، أمرت النيابة
    العامة في طرابلس أمس باعتقال …): threatened, ordered or urged, not done. Not across a relative pronoun, "that", a
    word of cause or time (future_reach_breaks), "then", "after", "before" or a verb of doing (threat_reach_breaks:
    هددوا السكان ثم قاموا بتفجير، تهديد خطير بعد قيام المسلحين بتفجير)."""
    if cand.tense != "noun":
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    if normalize(text[w0 : cand.start]) not in _BI:
        return False
    lo = max(cand.clause[0], back_words(text, w0, THREAT_REACH + 1))
    words = normalize_words(_WORD_RUN.findall(text, lo, w0))
    at = None
    for i, w in enumerate(words):
        if w in _THREAT_ORDER or drop_conjunction(w, min_rest=2) in _THREAT_ORDER:
            at = i
    if at is None:
        return False
    return not any(w in _THREAT_BREAKS or drop_conjunction(w, min_rest=2) in _THREAT_BREAKS for w in words[at + 1 :])


#: (Round 33, helper fr1) The frames that govern an event noun without making it an event (event_kind_cues.yaml):
#: an appeal or request, an ability or inability, a prevention; the words between that make the noun a happening
#: told after all; how many words before the trigger the governing word may stand.
_FRAME_CUES = CueFile("ar/event_kind_cues.yaml")
_APPEAL = _FRAME_CUES.normalized("frame_appeal_words")
_ABILITY = _FRAME_CUES.normalized("frame_ability_words")
_PREVENT = _FRAME_CUES.normalized("frame_prevent_words")
_PREVENT_WITHOUT = _FRAME_CUES.normalized("frame_prevent_before_without")
_FRAME_BLOCKERS = _FRAME_CUES.normalized("frame_blockers")
_WITHOUT = normalize("دون")
_PREVENT_LINKS = frozenset(normalize(w) for w in ("من", "دون"))
_OCCUR = _FRAME_CUES.normalized("frame_prevent_occur")
_FRAME_PUNCT = re.compile(r"[.,،:؛!?؟]")
#: (round 37, sp1) the three sets :func:`_frame_word` reads, joined once (not once per word)
_FRAME_WORDS = _APPEAL | _ABILITY | _PREVENT
FRAME_REACH = 10


def _frame_word(words: list[str], i: int) -> bool:
    """Whether the normalized word ``words[i]`` (و/ف and then ب/ل off) is a word of appeal, ability or prevention, or
    دون after حال / يحول / الحيلولة (حالت دون، للحيلولة دون)."""
    forms = _bare_forms(words[i])
    if forms & _FRAME_WORDS:
        return True
    return words[i] == _WITHOUT and i > 0 and bool(_bare_forms(words[i - 1]) & _PREVENT_WITHOUT)


def _uncounted_noun_back(
    ctx: Context, cand: Candidate, is_word: Callable[[list[str], int], bool]
) -> tuple[list[re.Match[str]], list[str], int] | None:
    """:func:`_governor_back` of a verbal-noun trigger with no counted toll (a death or wound counted makes it a
    happening told): the governing word ``is_word`` finds up to :data:`FRAME_REACH` words before it, or None. Shared by
    :func:`_framed` (round 33, fr1) and :func:`_trained` (round 34, lg1)."""
    if cand.tense != "noun":
        return None
    if counted(cand):
        return None
    return _governor_back(ctx, cand, FRAME_REACH, is_word)


def _framed(ctx: Context, cand: Candidate) -> bool:
    """(Round 33, helper fr1) Whether a verbal-noun trigger is what a word of appeal or request, of ability or
    inability, or of prevention earlier in its clause governs, up to :data:`FRAME_REACH` words before it (وناشد شيوخ
    القبائل قوات التحالف بتعزيز الضربات الجوية على معاقل الحوثيين؛ عدم وجود قدرة فعالة للحوثيين على صد هجوم القوات؛
    لمنع قوات النظام من قصف المدينة): asked for, possible or kept from happening, not told as done. Not across a
    relative pronoun, "that", a word of cause or time (future_reach_breaks), nor a noun that makes the trigger a
    happening told — the object of a halt, an inquiry, a reckoning, a reply, its victims (طالب بوقف القصف، دعا إلى
    التحقيق في الهجوم، لمنع تكرار الهجوم) — or a new verb of saying (frame_blockers); not with a counted toll or a day
    named after the governing word, not a protest (its calls are :func:`_called_protest`'s), not طالب the student
    nor دعا after ما (which led to)."""
    if cand.cls.name == "protest":
        return False
    back = _uncounted_noun_back(ctx, cand, _frame_word)
    if back is None:
        return False
    runs, words, at = back
    text, w0, p = ctx.doc.text, ctx.word_start(cand.start), runs[at].start()
    if _student(ctx, p) or _led_to(ctx, p) or _protesters_demand(ctx, p):
        return False
    if _FRAME_PUNCT.search(text, runs[at].end(), w0):
        return False  # بعد مطالبات بإعدامه.. القبض على …: the title's next phrase
    if _bare_forms(words[at]) & _PREVENT or words[at] == _WITHOUT:
        # a prevention reaches the noun right after it, after its من / دون or a word of occurring only (لمنع القوات
        # من قصف المدينة، للحيلولة دون وقوع اشتباكات), not a conjunct after it (ومنع المسلمين من الدخول إليه والتعدي
        # بالضرب على من فيه: the beating done)
        tail = words[at + 1 :]
        occur = bool(tail) and bool(_bare_forms(tail[-1]) & _OCCUR) and (len(tail) == 1 or tail[-2] in _PREVENT_LINKS)
        if tail and tail[-1] not in _PREVENT_LINKS and not occur:
            return False
    for w in words[at + 1 :]:
        bare = drop_conjunction(w, min_rest=2)
        if w in _REACH_BREAKS or bare in _REACH_BREAKS or _bare_forms(w) & _FRAME_BLOCKERS:
            return False
    return not _day_named_after(ctx, cand, p)


#: (Round 34, helper lg1) Frames of long articles' false rows (event_kind_cues.yaml): adverbs of aim read with
#: :data:`_AIM` (بهدف، بغية), nouns of attempt over a taking or an arrest, words of training over a purpose, and the
#: words that break them (a verb of success after an attempt; "during" before a drill).
_AIM_ADVERBS = _FRAME_CUES.normalized("frame_aim_adverbs")
_ATTEMPT = _FRAME_CUES.normalized("frame_attempt_words")
_ATTEMPT_SUCCEEDED = _FRAME_CUES.normalized("frame_attempt_succeeded")
_ATTEMPTED_CLASSES = frozenset({"capture", "recapture", "arrest"})
_TRAINING = _FRAME_CUES.normalized("frame_training_words")
_TRAINING_NOT_AFTER = _FRAME_CUES.normalized("frame_training_not_after")
_ON = frozenset(normalize(w) for w in ("على", "علي"))


def _attempt_word(words: list[str], i: int) -> bool:
    """Whether the normalized word ``words[i]`` (و/ف and then ب/ل off) is a noun of attempt (محاولة، بمحاولة)."""
    return bool(_bare_forms(words[i]) & _ATTEMPT)


def _attempted(ctx: Context, cand: Candidate) -> bool:
    """(Round 34, helper lg1) Whether the verbal noun of a taking or an arrest is what a noun of attempt earlier in its
    clause governs, up to :data:`FRAME_REACH` words before it (في محاولة منهم لفك الحصار على المدينة وتحريرها، عقب
    محاولة للمسلحين تنفيذ حملة اختطافات ومداهمات لمنازل المواطنين): attempted, not done — the fight it came with is
    its own row. An attack is not read (في محاولة لاقتحام البلدة: an attempted assault is fought, and coded). Not
    across a relative pronoun, "that", a word of cause or time (future_reach_breaks) nor a verb of success (بعد
    محاولات عدة تمكنت القوات من السيطرة على: the taking done)."""
    if cand.tense != "noun" or cand.cls.name not in _ATTEMPTED_CLASSES:
        return False
    back = _governor_back(ctx, cand, FRAME_REACH, _attempt_word)
    if back is None:
        return False
    _, words, at = back
    return not any(
        w in _REACH_BREAKS or (bare := drop_conjunction(w, min_rest=2)) in _REACH_BREAKS or bare in _ATTEMPT_SUCCEEDED
        for w in words[at + 1 :]
    )


def _training_word(words: list[str], i: int) -> bool:
    """Whether the normalized word ``words[i]`` (و/ف and then ب/ل off) is a word of training, drill or manoeuvre not
    told after "during" one or two words before it (خلال تدريبات، أثناء مشاركتهم في مناورات: the drill's own
    happening)."""
    if not _bare_forms(words[i]) & _TRAINING:
        return False
    return not any(drop_conjunction(w, min_rest=2) in _TRAINING_NOT_AFTER for w in words[max(0, i - 3) : i])


def _trained(ctx: Context, cand: Candidate) -> bool:
    """(Round 34, helper lg1) Whether a verbal-noun trigger of purpose (after ل or على, or right after the word) is
    what a word of training, drill or manoeuvre earlier in its clause governs, up to :data:`FRAME_REACH` words before
    it (تلقى عدد منهم تدريباتهم للتصدي للهجوم المسلح، تدربوا على صد الهجمات، مناورات تحاكي التصدي لهجوم): what
    they trained for, not a fight. Not with a counted toll (قتل جنديان في تدريبات على الرماية), not across a relative
    pronoun, "that", a word of cause or time (future_reach_breaks)."""
    back = _uncounted_noun_back(ctx, cand, _training_word)
    if back is None:
        return False
    _, words, at = back
    purpose = cand.purpose or at == len(words) - 1 or (bool(words) and words[-1] in _ON)
    if not purpose:
        return False
    return not any(w in _REACH_BREAKS or drop_conjunction(w, min_rest=2) in _REACH_BREAKS for w in words[at + 1 :])


_AFTER_WORDS = frozenset(normalize(w) for w in ("بعد", "وبعد"))
_NAME_BEFORE = frozenset(normalize(w) for w in cue_words("future_s_name_before"))


def _qad_present_self(text: str, w0: int) -> bool:
    """Whether the present verb trigger at ``w0`` is a present form (ي…، تت…) after قد, not a past form (قد تمكنت)."""
    m = _WORD_AT.match(text, w0)
    word = normalize(m.group()) if m else ""
    return word.startswith("ي") or word.startswith("تت") or (word.startswith("ت") and not word.endswith("ت"))


#: A demand made in writing or words (طالب المتظاهرون في بيان): the protesters' statement, not their protest.
_STATEMENT = re.compile(cue_alt("statement"))


#: A protest told as an act (في مسيرة، خلال وقفة، بمظاهرة), not only through its people (طالب المتظاهرون في بيان).
_PROTEST_ACT = re.compile(r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?(?:" + cue_alt("protest_act") + r")(?![\u0621-\u064A])")


def _province_word(ctx: Context, p: int) -> bool:
    """Whether the cue at ``p`` is أية read inside ولاية (a province: و and ل taken for proclitics)."""
    w0 = ctx.word_start(p)
    m = _WORD_AT.match(ctx.doc.text, w0)
    return m is not None and normalize(m.group()).endswith(_WILAYA)


_WILAYA = normalize("ولاية")


def _led_to(ctx: Context, p: int) -> bool:
    """Whether the hypothetical cue at ``p`` is دعا after مما / ما (مما دعا العمال للدخول في إضراب): "which led to",
    not a call."""
    m = _WORD_AT.match(ctx.doc.text, p)
    word = normalize(m.group()) if m else ""
    return drop_conjunction(word, min_rest=2).startswith("دع") and ctx.previous_word(ctx.word_start(p)) in _WHICH


_WHICH = frozenset(normalize(w) for w in cue_words("which"))


def _protesters_demand(ctx: Context, p: int) -> bool:
    """Whether the cue at ``p`` is a demand (طالب، طالبوا) made by protesters named right after it (طالب مئات
    المتظاهرين …): the protest's own demand, told as happening."""
    m = _WORD_AT.match(ctx.doc.text, p)
    if m is None or not drop_conjunction(normalize(m.group()), min_rest=2).startswith("طالب"):
        return False
    return any(ctx.words_between(m.end(), q) <= 2 for q in ctx.positions("protesters", m.end(), m.end() + 40))


#: The resolve construction (أقدم شاب على قتل شقيقه): someone did it, the victim follows.
_RESOLVE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("resolve") + r")(?![\u0621-\u064A])")


#: A killing told in the passive with the wounded and one count (قتل وأصيب سبعة عراقيين، قتل وجرح عشرات).
_KILLED_WOUNDED = re.compile(
    r"\s*و(?:" + cue_alt("killed_wounded") + r")(?:ت|وا|ا)?\s+(?:\S+\s+)?(?:\d+|[\u0621-\u064A]+(?:ة|ين|ون))"
)


def told_victims(ctx: Context, c: Candidate) -> bool:
    """Whether a killing has people it befell though no victim word names them: the resolve construction (أقدم …
    على قتل فلان) or a count of the killed and wounded (قتل وأصيب سبعة عراقيين)."""
    if c.cls.name != "killing":
        return False
    text = ctx.doc.text
    if ctx.previous_word(ctx.word_start(c.start)) == "علي" and _RESOLVE.search(text, c.sentence[0], c.start):
        return True
    before = normalize(text[max(c.clause[0], c.start - 30) : ctx.word_start(c.start)]).split()[-2:]
    if exposed_before(before):
        return True  # تعرضوا لإطلاق نار من الشرطة: those fired at are the subject of تعرض
    return bool(_KILLED_WOUNDED.match(text, c.end))


def read_granularity(ctx: Context, c: Candidate) -> None:
    c0, c1 = c.clause
    toll = ctx.has("aggregate_cues", c0, c1) and strong_aggregate(ctx, c)
    # "بعد سلسلة من الهجمات الدامية التي شهدتها تركيا": a series with no day of its own (not "نفذت اليوم سلسلة من
    # الغارات في مناطق …", one day's strikes)
    dated = any(x.type == "DATE" and c.sentence[0] <= x.start < c.sentence[1] for x in ctx.doc.timexes)
    dated = dated or _series_of_the_day(ctx, c)
    series = _SERIES.search(ctx.doc.text, c.sentence[0], c1)
    toll = toll or (not dated and series is not None and not launched_series(ctx, series.start()))
    mass = c.cls.name == "displacement" and any(f.get("value", 0) >= 1000 for _, f in c.displaced)
    # "قتل 400 ألف من أبناء شعبه": a toll of thousands is a war's, not one happening's
    mass = mass or any((f.get("value") or 0) >= MASS_TOLL for _, f in c.fatalities)
    mass = mass or (c.tense == "noun" and c.definite and _war_toll(ctx, c))
    mass = mass or _counted_in_thousands(ctx, c)  # round 43 (ev21): "ما لا يقل عن 12053 غارة": a campaign's count
    if (c.date or {}).get("aggregate") or toll or mass or summed_so_far(ctx, c):
        c.granularity = "aggregate"  # (round 25, pr2: في الوقت الحالي تم تحرير 12 وحدة إدارية, a sum up to now)
    elif judged_as_kind(ctx, c) or habitual(ctx, c) or campaign_joined(ctx, c) or country_taken(ctx, c):
        c.granularity = "ongoing"
    elif abstract_taken(ctx, c):
        c.granularity = "ongoing"  # round 33 (fr1): استعادت الشركة نمو أرباحها، تحرير محضر: no place taken
    elif named_going_on(ctx, c) or country_share_taken(ctx, c) or described_detainees(ctx, c):
        c.granularity = "ongoing"  # round 38 (ev5): نتيجة القصف المتواصل، سيطرة الجماعة على معظم أنحاء اليمن
    elif control_kept(ctx, c):
        c.granularity = "ongoing"  # round 25 (pr2): تعزيز سيطرتها على الحسكة, a hold kept (no change of hands)
    elif fighting_going_on(ctx, c) or going_on_past_place(ctx, c):
        pass  # round 18b: clashes still going on in a named place, a clash of the report's day (the lead's ruling)
    elif generic_plural(ctx, c) or present_description(ctx, c) or circumstance(ctx, c):
        c.granularity = "ongoing"
    elif named_as_kind(ctx, c) or described_kind(ctx, c):
        c.granularity = "ongoing"  # round 25 (pr2): a kind named in talk (لضحايا قصف نظام بشار), no happening; round
        # 26 (md1): what a relative ما describes (ما يجري على الناس من قتل وذبح)
    elif _ongoing(ctx, c.end, min(c1, c.end + 40)) or (
        ((c.tense == "present" and not reported_shelling(ctx, c)) or _ongoing(ctx, c0, c1))
        and not (c.date or {}).get("timex")
        and not in_title(ctx, c.start)
    ):
        c.granularity = "ongoing"  # الاعتداءات مستمرة، القصف المتواصل: what goes on, whatever day is named


#: (Round 35, helper pt1) A fighting noun's place phrase, then a word of going on (event_cues.yaml
#: fighting_still_after: ما زالت، لا تزال، مستمرة، دائرة …): في or ب, at most eight words with no mark of a clause's end
#: and no relative pronoun (المعارك في محافظات الضالع وأبين وشبوة ما زالت محتدمة، الاشتباكات في محيط المدينة لا تزال
#: مستمرة).
_PLACE_THEN_STILL = re.compile(
    r"\s+(?:في\s+|ب(?!(?:ين|عد|سبب|شكل)(?![\u0621-\u064A])))[^\s.!؟?،,؛;:«»\"()]+(?:\s+[^\s.!؟?،,؛;:«»\"()]+){0,7}?\s+(?:"
    + cue_alt("fighting_still_after")
    + r")(?![\u0621-\u064A])"
)
_RELATIVE_WORDS = frozenset({"التي", "الذي", "اللتين", "اللذين", "الذين", "اللاتي", "اللواتي", "حيث"})


def going_on_past_place(ctx: Context, c: Candidate) -> bool:
    """(Round 35, helper pt1) Whether a fighting noun is told as still going on with its place between the noun and
    the word of going on (أوضح أن المعارك في محافظات الضالع وأبين وشبوة ما زالت محتدمة، الاشتباكات في محيط المدينة لا
    تزال مستمرة): the round 18b ruling (:func:`fighting_going_on`, which reads that word right before the noun or
    right after it past its adjectives) when the place phrase stands between, the place its clause's own and no
    country. A clash of the report's day in that place, not a kind named."""
    if c.cls.name != "clash" or c.tense != "noun":
        return False
    place = c.place
    if place is None or c.place_from != "clause" or is_country(place):
        return False
    text = ctx.doc.text
    m = _PLACE_THEN_STILL.match(text, c.end, min(max(c.clause[1], c.end), c.end + 160))
    if m is None or not (c.end < place.start < m.end()):
        return False
    return not (set(text[c.end : m.end()].split()) & _RELATIVE_WORDS)


#: A timex value that names a day (2015-08-06, 2015-08-06TEV).
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")


def _series_of_the_day(ctx: Context, c: Candidate) -> bool:
    """Round 12: a series told right after the sentence that dates strikes of its kind ("هزت انفجارات مساء أمس مدينة
    تعز عقب غارات شنتها مقاتلات التحالف" then "وقالت مصادر إن سلسلة غارات عنيفة استهدفت مواقع … في منطقة …"): the
    day's strikes told place by place, not a campaign with no day of its own."""
    here = ctx.sentence_index(c.sentence[0])
    if here == 0 or c.cls.name not in _REMOTE_FAMILIES or c.tense != "noun":
        return False
    prev = ctx.sentences[here - 1]
    if not ctx.has(f"means:{c.cls.name}", prev.start, prev.end):
        return False
    return any(
        x.type in ("DATE", "TIME") and prev.start <= x.start < prev.end and _DAY.match(str(x.value or ""))
        for x in ctx.doc.timexes
    )


#: Fewer dead than this can be one happening; a toll this high sums a war or a campaign.
MASS_TOLL = 5000
#: (Round 43, helper ev21) Strikes or shells counted this many or more are a campaign's or a period's sum, never one
#: happening (نفذت مقاتلات النظام ما لا يقل عن 12053 غارة، سقطت أكثر من ألف قذيفة منذ منتصف ليل الأحد; a day's
#: strikes are counted in tens: نفذ طيران التحالف 44 غارة في يوم واحد).
MASS_STRIKES = 1000


def _counted_in_thousands(ctx: Context, c: Candidate) -> bool:
    """(Round 43, helper ev21) Whether the trigger is the noun a count of :data:`MASS_STRIKES` strikes or more
    counts (the quantity reader's ``strikes`` unit, the trigger inside its span)."""
    return any(
        q.start <= c.start < q.end and q.unit == "strikes" and (q.value or 0) >= MASS_STRIKES
        for q in ctx.doc.quantities
    )


#: (Round 41, helper ev13) A toll this high told by a definite noun of the fighting with no time in its sentence sums
#: a war: "وقتل أكثر من 3200 شخص في القتال، بحسب الأمم المتحدة" gave a war's dead to the day's clash in Aden (the
#: released gold codes every toll of 1,000 or more as an aggregate). Not a deed told by its verb (أعدم تنظيم داعش
#: أكثر من 2000 مواطن, rowjudge's true row: the executions of a fortnight the headline names).
WAR_TOLL = 1000


#: What happens often, not once (وكثيرا ما تقع اشتباكات للسيطرة على الدروب، غالبا ما تشهد المنطقة معارك).
#: (Round 13b, helper ev7: a whole word, so عادة is not read inside إعادة or سعادة: لإعادة ما دمرته الحرب.)
_HABITUAL = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("habitual") + r")\s+ما\s+(?:\S+\s+){0,2}$")


#: From time to time, now and then (تخوض اشتباكات مع أفرادها من حين لآخر، بين الحين والآخر): after the trigger.
_NOW_AND_THEN = re.compile(cue_alt("now_and_then"))


def habitual(ctx: Context, c: Candidate) -> bool:
    """Whether a trigger is told as what happens often (كثيرا ما تقع اشتباكات، تقع اشتباكات من حين لآخر): a habit,
    not one happening."""
    if _NOW_AND_THEN.search(ctx.doc.text, c.end, min(c.clause[1], c.end + 60)):
        return True
    if _iterated(ctx, c) or _daily(ctx, c):
        return True
    return bool(_HABITUAL.search(ctx.doc.text, max(c.clause[0], c.start - 40), ctx.word_start(c.start)))


def _iterated(ctx: Context, c: Candidate) -> bool:
    """(Round 17, helper ev16) Said of what recurs, after the trigger in its clause (ألقي القبض عليه عدة مرات، قصفت
    القوات مواقع الجماعة مرات عدة، اعتدى عليه المستوطنون مرارا), with no day named in the clause and no counted toll:
    a habit, not one happening ("قصفت الطائرات البلدة عدة مرات اليوم" is one day's and stays a row)."""
    c0, c1 = c.clause
    if not ITERATIVE.search(ctx.doc.text, c.end, min(max(c1, c.end), c.end + 60)):
        return False
    if counted(c):
        return False
    return not any(
        x.type in ("DATE", "TIME") and c0 <= x.start < c1 and _DAY.match(str(x.value or "")) for x in ctx.doc.timexes
    )


#: (Round 34, helper lg1) Words of "daily", "constantly" (event_kind_cues.yaml frame_daily_words), whole words in
#: normalized text, and how far from the trigger in its clause they are read.
_DAILY = gated(
    re.compile(
        r"(?<![\u0621-\u064A])[وف]?(?:"
        + "|".join(sorted((re.escape(w) for w in _FRAME_CUES.normalized("frame_daily_words")), key=len, reverse=True))
        + r")(?![\u0621-\u064A])"
    )
)
DAILY_CHARS = 60


def _daily(ctx: Context, c: Candidate) -> bool:
    """(Round 34, helper lg1) Whether a trigger is told as what is done daily or constantly, the word in its clause at
    most :data:`DAILY_CHARS` characters before or after it (يشن الجيش يوميا غارات جوية كثيفة على مواقع الحزب، تقصف
    الميليشيات الأحياء بشكل يومي), with no day named in the clause and no counted toll: a campaign, not one happening
    ("قصفت الطائرات المدينة بشكل متواصل أمس" is one day's and stays a row)."""
    c0, c1 = c.clause
    text = ctx.doc.text
    lo, hi = max(c0, c.start - DAILY_CHARS), min(max(c1, c.end), c.end + DAILY_CHARS)
    if not _DAILY.search(normalize(text[lo:hi])):
        return False
    if counted(c):
        return False
    return not any(
        x.type in ("DATE", "TIME") and c0 <= x.start < c1 and _DAY.match(str(x.value or "")) for x in ctx.doc.timexes
    )


_BETWEEN = re.compile(r"\s+بين\s")


#: Broken plurals of trigger nouns (sound feminine plurals in ات are read from the ending).
_BROKEN_PLURALS = frozenset(cue_words("broken_plurals"))


#: Definite verbal nouns that name a kind of violence as a whole (أعمال القتال في اليمن تتسبب في …), like a plural.
_GENERIC = frozenset({"قتال"})


#: Verbs that tell a plural as having happened (اندلعت الاشتباكات، تواصلت الاحتجاجات), normalized.
_OCCURRED = frozenset(normalize(w) for w in cue_words("occurred"))


def _war_toll(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` counts :data:`WAR_TOLL` dead or more and no time expression (a day, a span, a period) is told
    in its sentence (وقتل أكثر من 3200 شخص في القتال، بحسب الأمم المتحدة)."""
    if not any((f.get("value") or 0) >= WAR_TOLL for _, f in c.fatalities):
        return False
    s0, s1 = c.sentence
    return not any(s0 <= x.start < s1 for x in ctx.doc.timexes)


def generic_plural(ctx: Context, c: Candidate) -> bool:
    """A definite plural told with nothing of its own (الهجمات على المنشآت الطبية، استخدم الأسلحة الكيميائية
    والبراميل المتفجرة ضد شعبه): a kind of violence, not one happening."""
    if not c.definite or counted(c):
        return False  # "قتل الآلاف": a vague multitude is no count of one happening
    word = normalize(ctx.doc.text[c.start : c.end].split(" ")[0])
    word = word[2:] if word.startswith("ال") else word
    if not (word.endswith("ات") or word in _BROKEN_PLURALS or word in _GENERIC):
        return False
    if c.place_from == "clause" and (c.place_precision or 3) <= 2:
        return False
    if c.place_from == "clause" and "list_item" in c.cues:
        return False  # "استهدفت الهجمات أهدافا قرب حلب والرقة ودير الزور": an item of a list of places (round 12b)
    if ctx.previous_word(ctx.word_start(c.start)) in _OCCURRED:
        return False  # "تواصلت الاحتجاجات لليوم الثالث": told as happening, not as a kind
    if _BETWEEN.match(ctx.doc.text, c.end) and word not in _GENERIC:
        return False  # "أسفرت المواجهات بين الجيش ومسلحي القبائل عن سقوط قتلى": its two sides named
    doc = ctx.doc
    # a day named before "that" (تقرير أصدرته المنظمة أوائل الشهر الجاري أكد أن أعمال القتال …) dates the saying
    said = [m.end() for m in _THAT.finditer(doc.text, c.clause[0], c.start)]
    return not any(
        x.type == "DATE"
        and re.match(r"\d{4}", x.value or "")
        and any(a <= x.start < b for a, b in c.clauses)
        and not (said and x.start < said[-1])
        for x in doc.timexes
    )


def judged_as_kind(ctx: Context, c: Candidate) -> bool:
    """A verbal noun that a sentence judges (إن استهداف الأحياء السكنية جريمة، قصف المدنيين انتهاك للقانون): the act as
    a kind, said about the happening the article tells, not one of its own. Only a noun with no figure of its own and
    no day named in its clause, with the judgement a few words after it in the same clause; not "the bombing" with a
    place of its own (إردوغان: التفجير في سوروتش عمل إرهابي judges the one bombing the article tells)."""
    if c.tense != "noun" or c.definite or c.place_from == "clause":
        return False
    if counted(c):
        return False
    if not ctx.has("evaluation_cues", c.end, min(c.clause[1], c.end + 60)):
        return False
    return not any(x.type == "DATE" and c.clause[0] <= x.start < c.clause[1] for x in ctx.doc.timexes)


#: "That" after a verb of saying: what follows is the content of the saying.
_THAT = re.compile(r"(?<![\u0621-\u064A])(?:أن|إن|ان)(?![\u0621-\u064A])")


def _ongoing(ctx: Context, start: int, end: int) -> bool:
    """An ongoing cue in ``[start, end)`` that is a verb, not a definite noun (مواقع التواصل الاجتماعي)."""
    text = ctx.doc.text
    return any(text[max(0, p - 2) : p] != "ال" for p in ctx.positions("ongoing_cues", start, end))


#: Months or weeks of a kind of violence (أربعة أشهر من المعارك): the trigger itself names a period.
_PERIOD_OF = re.compile(r"(?:" + cue_alt("period_spans") + r") من (?:ال)?(?:" + cue_alt("period_violence") + r")")


#: A series of acts (سلسلة من الهجمات، سلسلة غارات).
_SERIES = re.compile(r"سلسل[ةه] (?:من )?(?:ال)?(?:" + cue_alt("series") + r")")
#: (Round 19, helper rc3) A past verb of launching (شن، نفذت), read before a series in its clause.
_LAUNCHED = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("series_launch_past") + r")(?![\u0621-\u064A])")
_LATELY = re.compile(cue_alt("series_lately"))
#: How many words may stand between that verb and the series (its subject: شن التحالف العربي الذي تقوده المملكة).
LAUNCH_REACH = 8


def launched_series(ctx: Context, at: int) -> bool:
    """(Round 19, helper rc3) Whether the series at ``at`` is the object of a past verb of launching in its clause,
    at most :data:`LAUNCH_REACH` words before it (شن التحالف العربي سلسلة غارات استهدفت قاعدة العند ومعسكر لبوزة، كما
    استهدفت منطقة سناح; شن طيران التحالف الدولي الذي تقوده المملكة سلسلة غارات على مواقع للحوثيين في محافظة الضالع):
    the strikes done, each at the place its clause names, on the report's day when the sentence names none — not a
    series with no day of its own told as background (بعد سلسلة من الهجمات الدامية التي شهدتها تركيا، نفذوا في الآونة
    الأخيرة سلسلة من التفجيرات). tune24, tune23, tune13, tune12, tune4: the launching verb with its series."""
    text = ctx.doc.text
    c0 = ctx.clause(at)[0]
    verbs = list(_LAUNCHED.finditer(text, c0, at))
    if not verbs:
        return False
    last = verbs[-1]
    if ctx.words_between(last.end(), at) > LAUNCH_REACH:
        return False
    # "نفذوا في الآونة الأخيرة سلسلة من التفجيرات": a span of late between them is a summary of many days
    return not ctx.has("aggregate_cues", last.end(), at) and not _LATELY.search(text, last.end(), at)


#: A span the sentence sums over (منذ بداية الحرب، خلال الأسبوع الماضي، حصيلة … حتى الآن, الأيام الأخيرة): a toll or a
#: count of that span is an aggregate (read by :func:`strong_aggregate`).
_AGGREGATE_SPAN = (
    r"(?:منذ|على) (?:" + cue_alt("aggregate_since") + r")"
    r"|خلال (?:" + cue_alt("aggregate_during") + r")"
    r"|خلال (?:" + cue_alt("aggregate_during_definite") + r")|إجمالي|(?:حصيلة|عدد)[^،.]{0,40}حتى ال[آا]ن"
    r"|حتى ال[آا]ن\s+(?:" + cue_alt("aggregate_about") + r")?\s*\d"
    r"|خلال (?:" + cue_alt("aggregate_during_spans") + r")"
    r"|(?:" + cue_alt("aggregate_recent") + r") (?:ال[أا]خيرة?|الماضية)"
)


def strong_aggregate(ctx: Context, c: Candidate) -> bool:
    text = ctx.doc.text[c.sentence[0] : c.clause[1]]  # "ومنذ بداية السنة، تواجه الحركة انشقاق …"
    offset = c.start - c.sentence[0]
    if any(m.start() <= offset < m.end() for m in _PERIOD_OF.finditer(text)):
        return True
    return bool(re.search(_AGGREGATE_SPAN, text))
