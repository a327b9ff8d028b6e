"""Steps 1-2 of the events stage: the triggers that count, and why a lexicon match is no trigger (its vetoes)."""

from __future__ import annotations

import re
from typing import Any

from rasd.events.coding.classes import _REMOTE_FAMILIES, _STRIKE_CLASSES, ACCIDENT_PRONE, REFINE_TO, VETO_ALL, VETO_WEAK
from rasd.events.coding.readers import (
    _EXPOSED,
    _WORD_AT,
    _sentence_before,
    _the_rest,
    _word_end,
    became_under_before,
    exposed_before,
    in_title,
    lead_register,
    preposition,
)
from rasd.events.context import Context, doc_holds
from rasd.events.lexicon import TriggerEntry, event_lexicon, word_set
from rasd.events.model import Candidate, Mention
from rasd.ingest.text import footer_start
from rasd.resources.cues import event_cue_alt as cue_alt
from rasd.resources.cues import event_cue_words as cue_words
from rasd.text.clitics import drop_conjunction, in_words
from rasd.text.matcher import Match, cached_view, strip_proclitics
from rasd.text.normalize import normalize, normalize_word, normalize_words


# ---------------------------------------------------------------------------------------------------- triggers
def find_triggers(
    ctx: Context, dropped: list[tuple[int, int, str]] | None = None, matches: list[Match[TriggerEntry]] | None = None
) -> list[Candidate]:
    """Step 1-2: the triggers that count, as candidates (not yet coded). ``dropped``, when given, receives
    ``(start, end, reason)`` for every lexicon match a veto or filter drops (a diagnostic); ``matches``, when given,
    are the trigger lexicon's matches of the document's text, found already (round 37, sp1: the events stage finds them
    before it builds the context)."""
    lex = event_lexicon()
    doc = ctx.doc
    out: list[Candidate] = []
    footer = footer_start(doc.text)
    for m in lex.triggers.find_all(cached_view(doc.text)) if matches is None else matches:
        entry = m.value
        if footer is not None and m.start >= footer:
            # "… وعدن. رابط الخبر بصحيفة الوئام: مقتل وإصابة العشرات من الحوثيين في تعز" (round 19, cp2): the headline
            # repeated in a "link to this story" footer is page furniture, no mention of the story's happenings
            if dropped is not None:
                dropped.append((m.start, m.end, "furniture"))
            continue
        sent = ctx.sentence(m.start)
        s0, s1 = sent.start, sent.end
        clause = ctx.clause(m.start)
        reason = _vetoed(ctx, m, (s0, s1), clause)
        if reason is not None:
            if dropped is not None:
                dropped.append((m.start, m.end, reason))
            continue
        cls = lex.classes[entry.cls]
        # "عن سيطرة قوات الأسد"، "لسيطرة المعارضة": a verb form read through the normalized ه (سيطره: "he took
        # it") is the verbal noun when the text writes ة, which no verb ends with
        tense = "noun" if entry.tense in ("past", "present") and doc.text[m.end - 1] == "ة" else entry.tense
        weapon = cls.name in ("shelling", "suicide_bomb", "explosive", "grenade") and tense == "noun"
        sub = entry.subordinate or (weapon and ctx.has("status:instrument", max(clause[0], m.start - 45), m.start))
        # "هجوما استخدم خلاله أسلحة متوسطة فضلا عن قذائف": the weapons of another happening, not one of their own
        out.append(
            Candidate(
                cls=cls,
                start=m.start,
                end=m.end,
                tense=tense,
                weak=entry.weak and not _intensified(ctx, m.start, m.end, cls.name, clause[0]),
                subordinate=sub,
                clause=clause,
                sentence=(s0, s1),
                clauses=[clause],
                mentions=[Mention(m.start, m.end, s0, s1)],
                in_post=doc.post_at(m.start) is not None,
                # للسيطرة على، لتحرير؛ في سبيل تحرير (round 11b): an aim, not a deed
                # (round 21, evr3) not what befell the subject of تعرض: تتعرض القنصلية لإطلاق نار
                purpose=tense == "noun"
                and (("ل" in preposition(m.prefix) and not _exposed_to(ctx, m, clause)) or _for_sake(ctx, m.start)),
                # هجوم آخر، غارة جوية أخرى (not "قتل شاب وأصيب آخر": the other man wounded); a fight or a taking
                # recalled as a time or a cause (منذ تحريرها، أغلق أربعة أشهر بسبب القتال: round 11b) is one too
                # (round 18, rc2) after a verb of striking or attacking, one word between is its object's or subject's
                # "other" ("هاجمت سفينة أخرى"، "قصفت مواقع أخرى": another ship, other positions hit), not a happening
                # told again, unless that word names a happening (استهدفت غارة أخرى); not a verb of damage, whose
                # "other" houses are more of a toll told before (تسبب القصف في تهدم منازل أخرى)
                another=any(
                    ctx.words_between(m.end, p) <= 1
                    and not _the_rest(doc.text, m, p)
                    and not _LAST_OF.match(doc.text, p)
                    and not (
                        tense in ("past", "present") and cls.name in _STRUCK_BY_VERB and _object_other(ctx, m.end, p)
                    )
                    for p in ctx.positions("status:another", m.end, m.end + 12)
                )
                or (cls.name in _BATTLE_CLASSES and _since_or_because(ctx, m.start)),
                cause=ctx.has("status:cause", clause[0], m.start),
                toll=cls.name == "killing",
                reference=ctx.has("status:reference", max(clause[0], m.start - 20), m.start),
                # (round 41, ev13) not one counted by a partitive after a verb of doing (شنت الطائرات عددا من
                # الغارات): so many of them done, told as new, not the happening named before
                definite=tense == "noun"
                and (m.prefix.endswith(("ال", "لل")) or m.key.startswith("ال"))
                and not _COUNTED_OF.search(doc.text, max(clause[0], m.start - 90), ctx.word_start(m.start)),
                blast=_blast(normalize(doc.text[m.start : m.end]), tense),
            )
        )
        if entry.needs_also is not None:
            out[-1].cues.add(HANDED)  # (round 32, sd1) what is handed over and to whom, both told
    return out


#: (Round 41, helper ev13) A verb of happening or doing (event_cues.yaml occurred), at most six words with no منذ,
#: a count word (partitive_counts) and من, ending where the trigger's word starts: "شنت طائرات الأباتشي والـf15 عددا
#: من |الغارات المركزة" (so many strikes done that day; not "شنت منذ ذلك الحين سلسلة من الغارات").
_COUNTED_OF = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + cue_alt("occurred")
    + r")\s+(?:(?!منذ)[^\s.!؟?،,؛;:]+\s+){0,6}?(?:"
    + cue_alt("partitive_counts")
    + r")\s+من\s+$"
)


#: (Round 32, sd1) The cue of a trigger whose two needs lists are met (a handover: the place handed, and to whom).
HANDED = "handed_over"


#: Round 19 (rc3): a past verb of stepping up (كثف، كثفت: event_cues.yaml intensified_past), read before a strike
#: plural with its owner's pronoun in its clause.
_INTENSIFIED = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("intensified_past") + r")(?![\u0621-\u064A])")
_OWNER_SUFFIX = re.compile(r"ات(?:ه|ها|هم|هما)$")
#: How many words may stand between that verb and the strikes (its subject: كثف طيران التحالف العربي غاراته).
INTENSIFIED_REACH = 5
#: How far after the strikes a span of days is read (past a comma: "كثفت غاراتها عليه، الأيام الماضية").
INTENSIFIED_SPAN_AFTER = 40


def _intensified(ctx: Context, start: int, end: int, cls: str, c0: int) -> bool:
    """Round 19 (helper rc3): whether a strike plural with its owner's pronoun, weak as a campaign (واصلت الطائرات
    غاراتها), is the object of a past verb of stepping up in its clause (كثف طيران التحالف غاراته على معسكر اللواء 15،
    كثف التحالف العربي، الجمعة، غاراته على مواقع الميليشيات، كثفت قصفها على منطقة رئيسية): the strikes of that day
    on the target told after it, as the bare plural would be (tune26, tune4, tune5); not with a span of days in its
    clause (كثفت غاراتها عليه، الأيام الماضية)."""
    if cls not in _STRIKE_CLASSES or not _OWNER_SUFFIX.search(normalize(ctx.doc.text[start:end])):
        return False
    verbs = list(_INTENSIFIED.finditer(ctx.doc.text, c0, start))
    if not verbs or ctx.words_between(verbs[-1].end(), start) > INTENSIFIED_REACH:
        return False
    # "التي كثفت غاراتها عليه، الأيام الماضية": stepped up over a span of days, still a campaign
    return not ctx.has("aggregate_cues", c0, min(ctx.sentence(end).end, end + INTENSIFIED_SPAN_AFTER))


#: A noun of a violent happening (غارة، هجوم، اشتباكات: event_cues.yaml happening_nouns) between a verb and "other".
_HAPPENING_BETWEEN = re.compile(r"\s*(?:" + cue_alt("happening_nouns") + r")\s*$")


#: Round 18 (rc2): classes of a deed done to a target (a strike, an attack, a fight), whose verb's "other" after one
#: word is its object's.
_STRUCK_BY_VERB = frozenset({*_STRIKE_CLASSES, "attack", "clash"})

#: Round 25 (helper rc1): the verbal nouns that tell a deed only as the object of a verb of completing or managing
#: (events.yaml: the clearing and destroying entries of round 25), by class.
_GOVERNED_NOUN = {"recapture": "تطهير", "bombardment": "تدمير"}
#: ... that verb (event_cues.yaml done_verbs), its subject (at most eight words, no comma or full stop), then من or في
#: or ب: استكملت المقاومة الشعبية والجيش تطهير، قامت المقاومة بتطهير، نجحت طائرات التحالف في تدمير، تم تطهير.
_GOVERNING = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("done_verbs") + r")(?![\u0621-\u064A])"
    r"(?:\s+[^\s.،,؛]+){0,8}?\s+(?:(?:من|في)\s+)?$"
)


#: ... not in a time clause before the news (بعد أن، عقب، منذ، إثر; event_cues.yaml time_clause_openers).
_TIME_CLAUSE = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("time_clause_openers") + r")\s*$")


def _is_governed_noun(cls: str, key: str) -> bool:
    """Whether a match is the verbal noun of :data:`_GOVERNED_NOUN` for its class, with or without its article or a
    pronoun (تطهيرها، التطهير)."""
    noun = _GOVERNED_NOUN.get(cls)
    word = drop_conjunction(normalize(key), min_rest=3)
    return noun is not None and (word.startswith(noun) or word.startswith("ال" + noun))


def _governed(ctx: Context, m: Any, s0: int) -> bool:
    """Round 25 (helper rc1): whether the verbal noun at ``m`` is the object of a verb of completing or managing
    (:data:`_GOVERNING`), read from its sentence's start to the noun's word (its ب or من read with the verb)."""
    start = m.prefix_start if hasattr(m, "prefix_start") else ctx.word_start(m.start)
    before = ctx.doc.text[max(s0, start - 120) : start]
    if ctx.doc.text[start : m.start] in ("ب", "وب", "فب"):
        before += " "  # قامت المقاومة بتطهير: the ب of the noun after the verb
    found = _GOVERNING.search(before)
    # "بعد أن تم تطهير محافظتي أبين وزنجبار"، "عقب أن تمكنت القوات من تطهير": a time clause, the past the news follows
    return found is not None and not _TIME_CLAUSE.search(before, 0, found.start())


#: Round 27 (helper rc3): a verb of trying or managing (event_cues.yaml advance_verbs), its subject (at most eight
#: words, no comma or full stop), then من or في, before the noun of advancing: قوات الأسد حاولت قبل يومين التقدم،
#: تمكنت جبهة النصرة والفصائل من التقدم.
_ADVANCE_GOVERNING = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("advance_verbs") + r")(?![\u0621-\u064A])"
    r"(?:\s+[^\s.،,؛]+){0,8}?\s+(?:(?:من|في)\s+)?$"
)
#: ... a word of direction (event_cues.yaml advance_directions) right after the noun, or after the past verb past at
#: most five words of its subject with no comma or full stop (تقدمت قوات المقاومة الشعبية صوب مناطق …).
_ADVANCE_DIRECTION = re.compile(
    r"(?:\s+[^\s.،,؛:]+){0,5}?\s+(?P<to>" + cue_alt("advance_directions") + r")(?![\u0621-\u064A])"
)
#: The words of advancing those entries match (events.yaml, round 27): the noun and the past verb.
_ADVANCE_NOUN = "التقدم"
_ADVANCE_VERBS = frozenset({"تقدمت", "تقدموا"})
#: A word with ب between the verb and its word of direction: what was submitted or offered (تقدمت قوات الأمن بطلب
#: إلى المحكمة، تقدمت به).
_BY_WORD = re.compile(r"(?<![\u0621-\u064A])ب[\u0621-\u064A]")


def _advance(ctx: Context, m: Any, s0: int) -> bool | None:
    """Round 27 (helper rc3): for a match of advancing (events.yaml), whether it tells an advance tried or made
    towards a place: the noun as the object of a verb of trying or managing in its sentence (not in a time clause
    before the news), a word of direction right after it (قوات الأسد حاولت قبل يومين التقدم نحو قرى …، تمكنت
    الفصائل من التقدم في منطقة الصواغية); the past verb with a word of direction past its subject, not in a relative
    clause nor before a word with ب (تقدمت المقاومة صوب منطقتي …، الثوار تقدموا في منطقة عقاقة; not تقدمت بطلب إلى،
    التي تقدمت بها). None for any other match."""
    if m.value.cls != "clash":
        return None
    word = drop_conjunction(normalize(m.key), min_rest=3)
    text = ctx.doc.text
    if word == _ADVANCE_NOUN:
        start = m.prefix_start if hasattr(m, "prefix_start") else ctx.word_start(m.start)
        if text[start : m.start] not in ("", "و", "ف"):
            return False  # للتقدم، بالتقدم: an aim or a means, not the object of the verb
        before = text[max(s0, start - 120) : start]
        found = _ADVANCE_GOVERNING.search(before)
        if found is None or _TIME_CLAUSE.search(before, 0, found.start()):
            return False
        after = _ADVANCE_DIRECTION.match(text, m.end)
        return after is not None and ctx.words_between(m.end, after.end()) <= 1
    if word in _ADVANCE_VERBS:
        after = _ADVANCE_DIRECTION.match(text, m.end)
        if after is None or _BY_WORD.search(text, m.end, after.start("to")):
            return False  # تقدمت قوات الأمن بطلب إلى المحكمة، تقدموا بالشكر: submitted, offered
        return not _after_relative(ctx, m.start)
    return None


#: Round 25 (helper rc1): "آخر" before the noun it heads is "the last of" (تطهير آخر جيوب مليشيا الحوثي، السيطرة على
#: آخر معاقل التنظيم), not "another" after the trigger (هجوم آخر): event_cues.yaml last_of_nouns.
_LAST_OF = re.compile(r"(?:آخر|اخر)\s+(?:ال)?(?:" + cue_alt("last_of_nouns") + r")(?![\u0621-\u064A])")


def _object_other(ctx: Context, end: int, p: int) -> bool:
    """Round 18 (rc2): whether the "other" word at ``p`` stands one word after the verb ending at ``end`` and that
    word is no happening's noun (هاجمت سفينة أخرى، قصفت مواقع أخرى): the other is its object's or its subject's."""
    return ctx.words_between(end, p) == 1 and not _HAPPENING_BETWEEN.match(ctx.doc.text, end, p)


#: An object pronoun right after a trigger (إبطال مفعولها، تفكيكها، اعترضتها): its antecedent, the weapon the
#: trigger needs, may stand earlier in the sentence ("عثر على عبوة أخرى … وتم التعامل معها وإبطال مفعولها").
_BACK_PRONOUN = re.compile(r"(?:\s*مفعول)?(?:ها|هما|هم|ه)(?![\u0621-\u064A])")


def _exposed_to(ctx: Context, m: Any, clause: tuple[int, int]) -> bool:
    """Whether a form of تعرض stands a few words before ``m`` in its clause: what it names befell its subject (its
    subject between, up to six words with the ل: وتعرض خط أنابيب الغاز الواصل من إيران لهجوم). (Round 37, sp1) Read
    once per match: :func:`_vetoed` and then :func:`find_triggers` ask it of the same match."""
    key = ("exposed_to", m.start, clause[0])
    hit = ctx.memo.get(key)
    if hit is None:
        # (round 39, sp9) no form of تعرض anywhere in the document (a word, or the word less its و/ف: a piece of it):
        # no window cut and normalized
        window = ctx.doc.text[max(clause[0], m.start - 70) : m.start] if doc_holds(ctx, "exposed", _EXPOSED) else ""
        hit = ctx.memo[key] = exposed_before(normalize(window).split()[-8:])
    return hit


#: (Round 34, sp14; round 39, sp9: moved to :mod:`rasd.events.context`, where the status rules read it too)
_doc_holds = doc_holds


def _told_before(ctx: Context, m: Any, s0: int) -> bool:
    """Round 12: a definite noun whose needs the sentence just before it meets, in its paragraph, names the kind
    that sentence told ("شنت الطائرات 16 غارة جوية … وجرت الضربات الأخرى قرب كركوك"): "the strikes" are the
    strikes told, as a bare "ضربات" would not be; a strike word of that sentence (غارات) tells the kind as well."""
    if m.value.cls not in _STRIKE_CLASSES or not (m.prefix.endswith(("ال", "لل")) or m.key.startswith("ال")):
        return False
    prev = _sentence_before(ctx, s0)
    if prev is None:
        return False
    if ctx.need_met(m.value.needs, *prev):
        return True
    allowed = REFINE_TO.get(m.value.cls) or ()
    return any(ctx.has(f"means:{f}", *prev) for f in allowed if f in _REMOTE_FAMILIES)


def _blast(word: str, tense: str) -> bool:
    """A bombing told by its blast or as a bombing noun (انفجار، تفجير سروج), not by a verb of detonating (فجروا)."""
    return "انفجار" in word or (tense == "noun" and "تفجير" in word)


def _after_relative(ctx: Context, start: int) -> bool:
    """Whether a relative pronoun stands in the two words before ``start`` (التي دمرت فيها، الذي دمر)."""
    before = normalize(ctx.doc.text[max(0, start - 30) : ctx.word_start(start)]).split()[-2:]
    return any(w in _RELATIVE_WORDS for w in before)


_RELATIVE_WORDS = frozenset(normalize(w) for w in cue_words("relative_words"))


#: What an arrest was for (أوقفت السلطات مدونا بسبب منشورات انتقد فيها الحكومة): its reason, not the register.
_REASON = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("arrest_reasons") + r")(?![\u0621-\u064A])")


#: A side's own men lost (فقدت المقاومة أحد قياداتها، خسر التنظيم عشرات من مقاتليه) is a clash told by its cost
#: (events.yaml), unless the sentence tells a death without fighting (مرض، وفاة، حادث سير) (round 11c).
#: (round 14c, helper as15) a word of holding (احتجاز، احتجزوا، محتجزين) in a sentence of rescue teams: people
#: trapped in wreckage, a flood or a machine, freed by the civil defence, not detained by anyone
_HOLD_WORD = re.compile(r"احتجز|احتجاز|محتجز")
_RESCUE = re.compile(normalize(r"الدفاع المدني|فرق الإنقاذ|فرق الانقاذ|فرق إنقاذ|انتشال|استخراج|الهلال الأحمر"))
_LOSS_VERB = re.compile(r"(?:و|ف)?(?:[تين]?(?:" + cue_alt("loss_verbs") + r"))")


_NATURAL_DEATH = re.compile(
    r"(?<![\u0621-\u064A])(?:ب|و|ال|بال)*(?:" + cue_alt("natural_death") + r")(?![\u0621-\u064A])"
)


#: Weapons from afar: a side's men lost to them were struck, not fought (فقدت عناصرها في غارة، بقذيفة هاون).
_REMOTE_MEANS = ("air_strike", "drone_strike", "explosive", "shelling", "suicide_bomb", "chemical", "grenade")


def _reason_cut(ctx: Context, name: str, start: int, end: int) -> int:
    """Where the words that veto a weak trigger stop being read: for an arrest, at the reason told after it (criticism
    or a post is why a blogger was held, not a speech that uses the word figuratively)."""
    if name != "arrest":
        return end
    m = _REASON.search(ctx.doc.text, start, end)
    return m.start() if m else end


def _one_word_slip(text: str, ent: Any, m: Any) -> bool:
    """A one-word "name" that is the trigger word itself (سار آلاف المحتجين: المحتجين tagged ORG): the name finder's
    slip, not a name holding the trigger."""
    word = text[ent.start : ent.end]
    return " " not in word.strip() and ent.end == m.end and ent.start >= m.start - 3


def _hands_a_thing(ctx: Context, clause: tuple[int, int]) -> bool:
    """(Round 32, sd1) Whether a handover's clause names a person or a thing handed rather than a place (نفسه،
    أسلحتهم، الأسرى، رسالة; events.yaml word_sets.handed_things)."""
    things = word_set("handed_things")
    words = normalize(ctx.doc.text[clause[0] : clause[1]]).split()
    return any(w in things or drop_conjunction(w, min_rest=3) in things for w in words)


#: (Round 32, sd1) The agent of a passive verb (سلما من قبل ميليشيات الحوثي).
_BY_AGENT = re.compile(r"\s+من\s+قبل\s")


def _agent_slip(text: str, ent: Any, m: Any) -> bool:
    """(Round 32, sd1) A name ending with a past verb whose agent follows (مبنيي التلفزيون والمخابرات سلما من قبل
    ميليشيات الحوثي: المخابرات سلما tagged ORG): no name ends with a verb told "by" someone; the name finder's slip."""
    return ent.end == m.end and m.value.tense == "past" and bool(_BY_AGENT.match(text, m.end))


#: Nouns of a right or a law before a protest word (حق التظاهر، حرية التظاهر، قانون التظاهر), normalized.
_RIGHT_TO = frozenset(normalize(w) for w in cue_words("right_to"))


#: A right or a leave told right before a protest noun with a preposition between, its holder may stand before the
#: preposition (حقه في الإضراب عن الطعام، حق السجناء في الإضراب، المسموح فيه بالاحتجاج): what one may do, not a
#: protest held (round 12b).
_RIGHT_IN = re.compile(
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:"
    + cue_alt("right_in")
    + r")\s+(?:(?:فيه|فيها|به|بها)\s+|(?:ال)?[\u0621-\u064A]+\s+(?=في))?(?:في|فيه|فيها)?\s*(?:ب|بال|في|ال)?$"
)


#: Armed hands in a sentence that tells a killing beside a theft (أقدمت عصابة مسلحة على قتل راع وسرقة مواشيه):
#: political violence or banditry ACLED codes, not a plain crime.
_ARMED_HANDS = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:" + cue_alt("armed_hands") + r")(?![\u0621-\u064A])"
    # (round 11) a military hand: the smuggler killed in a raid of special forces is political violence ACLED codes
    r"|(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:" + cue_alt("military_hands") + r")(?![\u0621-\u064A])"
)


#: Verbs of fleeing before "to an unknown destination" (فروا إلى جهة مجهولة): the attackers left, no one was taken.
_FLED = frozenset(normalize(w) for w in cue_words("fled"))


#: A sports venue named right before a sports word (ملعب الرمادي الأولمبي، الاستاد الأولمبي، الصالة الرياضية): the word
#: names the building, a place that may be hit or held, not a sport (round 12b).
_VENUE_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:" + cue_alt("sports_venues") + r")(?:\s+[\u0621-\u064A]+)?\s+$"
)


#: "Crimes of" and a list of crime nouns after it (جرائم قتل واختطاف وطرد وعنف جنسي): the items are kinds of crime
#: named, each an item joined by و, with one word of its own at most (round 12b). Not a charge (بتهمة اغتصاب امرأة: the
#: act charged may be a happening) nor one crime (جريمة قتل).
_CRIME_LIST = re.compile(
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:جرائم)\s+[^\s،,.:؛]+(?:\s+[^\sو،,.:؛][^\s،,.:؛]*)?"
    r"(?:\s+و[^\s،,.:؛]+(?:\s+[^\sو،,.:؛][^\s،,.:؛]*)?){0,6}\s+$"
)


_CRIME_HEAD = re.compile(r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:جرائم)\s+$")
#: (round 34, sp14) The word both patterns above need, normalized (:func:`_doc_holds`).
_CRIMES = (normalize("جرائم"),)


#: The object of a capture told as vast tracts (استولى على مساحات واسعة، يسيطر على أجزاء كبيرة من البلاد): what a group
#: holds, told to describe it, not a change of hands on a day (round 12b).
_VAST = re.compile(
    r"(?:\s+(?:على|عليها|من))?\s+(?:"
    + cue_alt("vast_tracts")
    + r")\s+(?:"
    + cue_alt("vast_adjectives")
    + r")(?![\u0621-\u064A])"
)


def _dated(ctx: Context, start: int, end: int) -> bool:
    """Whether a day or a date is told in ``[start, end)``."""
    return any(start <= x.start < end for x in ctx.doc.timexes)


#: Round 15 (helper as18): words naming an offence charged or punished (وجهت لهم تهمة رشق الحجارة، بتهمة المشاركة في
#: أعمال شغب، يقسم القانون مخالفة رشق الحجارة، من يدان برشق الحجارة), normalized, a proclitic ب or ل stripped.
_CHARGE = frozenset(normalize(w) for w in cue_words("charge_words"))


def _charged(ctx: Context, start: int, c0: int) -> bool:
    """Whether one of the three words before the riot word at ``start`` (in its clause) names a charge or an offence
    (:data:`_CHARGE`), a word between them at most (تهمة المشاركة في أعمال شغب): the act charged, not a riot told."""
    before = normalize(ctx.doc.text[max(c0, start - 45) : ctx.word_start(start)]).split()[-3:]
    bare = [drop_conjunction(w, min_rest=2) for w in before]
    return any(w in _CHARGE or (w[:1] in "بل" and w[1:] in _CHARGE) for w in bare)


def _crime_kind(ctx: Context, m: Any, c0: int) -> bool:
    """Whether the trigger ``m`` is a kind of crime named after "crimes of" (جرائم قتل) or an item of such a list."""
    if not _doc_holds(ctx, "crimes", _CRIMES):
        return False  # (round 34, sp14) both patterns need the word جرائم: none in the document
    start = ctx.word_start(m.start)
    before = normalize(ctx.doc.text[max(c0, start - 90) : start])
    if _CRIME_HEAD.search(before):
        return True
    return normalize(ctx.doc.text[start : m.start + 1]).startswith("و") and bool(_CRIME_LIST.search(before))


def _bare_word(ctx: Context, p: int) -> str:
    """The word at ``p`` normalized, without its article or a one-letter proclitic (بالملعب، الملعب، ملعب: ملعب)."""
    start = ctx.word_start(p)
    word = normalize(ctx.doc.text[start : start + 30].split(maxsplit=1)[0] if ctx.doc.text[start:].strip() else "")
    for pre in ("وبال", "فبال", "بال", "وال", "فال", "لل", "ال", "و", "ب", "ف"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return word[len(pre) :]
    return word


#: A day set off by commas between a verb's subject and its object (وأسرت قوات المقاومة، السبت، العشرات من …).
_DAY_ASIDE = re.compile(
    r"\s*[،,]\s*(?:يوم\s+)?(?:(?:ال)?(?:" + cue_alt("weekdays") + r")|" + cue_alt("day_words") + r")\s*[،,]"
)


def _through_day_aside(ctx: Context, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause, running on through a day set off by commas to the clause after it, where the verb's object stands
    ("وأسرت قوات المقاومة، السبت، العشرات من مسلحي الجماعة": the needs of أسرت are met by its object; round 12c)."""
    aside = _DAY_ASIDE.match(ctx.doc.text, clause[1])
    if aside is None:
        return clause
    return clause[0], ctx.clause(aside.end())[1]


def _became_under(ctx: Context, m: Any, c0: int) -> bool:
    """(Round 28, helper rc5) A capture's noun of control in "تحت سيطرة" (a holder named, vetoed as a state) after a
    past verb of becoming (أن مدينة عدن أصبحت الآن تحت سيطرة المقاومة الشعبية): a change of hands told as news; the
    events stage keeps it as a capture with its place in its clause (captures.became_under)."""
    if m.value.cls not in ("capture", "recapture"):
        return False
    start = ctx.word_start(m.start)
    if not became_under_before(ctx, c0, start):
        return False
    # a town or a district before it (مدينة عدن، مدخل مدينة دار سعد), not a province told as won (إن محافظة أبين …
    # باتت تحت سيطرة الجيش: a summary of its towns' captures)
    return any(_finer_than_province(e) for e in ctx.places_in(c0, start))


def _finer_than_province(ent: Any) -> bool:
    """Whether a place is a town, a district or finer: a populated place, a second- or third-order division, or a
    gazetteer precision of 1 or 2 (not a province or a country)."""
    geo = ent.geo or {}
    feature = str(geo.get("feature") or "")
    return feature.startswith(("PPL", "ADM2", "ADM3", "ADM4")) or int(geo.get("geo_precision") or 3) <= 2


def _sentence_vetoed(ctx: Context, s0: int, s1: int) -> bool:
    """The vetoes of :func:`_vetoed` that read the sentence ``[s0, s1)`` alone (sport, the registers of ``VETO_ALL``
    but history, culture, two words of sport), asked once per sentence (round 34, sp14: ``ctx.memo``; every trigger of
    the sentence asked them again before)."""
    key = ("sentence_vetoed", s0, s1)
    hit = ctx.memo.get(key)
    if hit is None:
        text = ctx.doc.text
        sport = any(not _VENUE_BEFORE.search(text, max(s0, p - 30), p) for p in ctx.positions("not:sports", s0, s1))
        others = ("not:history", "not:culture", "not:sports")
        hit = ctx.memo[key] = (
            sport
            or any(ctx.has(v, s0, s1) for v in VETO_ALL if v not in others)
            or any(not _RALLY_AFTER.match(text, _word_end(text, p)) for p in ctx.positions("not:culture", s0, s1))
            # النادي … الملعب: sport; one of them alone beside a war word is a place hit or held, told as often as the
            # sentence needs (فرض التنظيم سيطرته على منطقة الملعب … ثم فجر الملعب: round 12b)
            or len({_bare_word(ctx, p) for p in ctx.positions("not:sports_ambiguous", s0, s1)}) >= 2
        )
    return bool(hit)


#: (Round 34, helper bg5) «عاصفة الحزم» (Operation Decisive Storm) is no storm: the accident word set's عاصفة
#: before الحزم vetoes nothing.
_OPERATION_STORM = re.compile(r"(?:ال)?عاصفة\s*[»\"”']?\s*ال?حزم")


def _vetoed(ctx: Context, m: Any, sentence: tuple[int, int], clause: tuple[int, int]) -> str | None:
    """Why a lexicon match is no trigger (None: it is one)."""
    lex = event_lexicon()
    doc = ctx.doc
    entry = m.value
    s0, s1 = sentence
    if (
        entry.needs is not None
        and not ctx.need_met(entry.needs, *_through_day_aside(ctx, clause))
        # (round 37, sp1) the object pronoun looked for only when the clause misses what the trigger needs
        and not (_BACK_PRONOUN.match(doc.text, m.end, m.end + 12) and ctx.need_met(entry.needs, s0, m.start))
        and not _told_before(ctx, m, s0)
    ):
        return "needs"
    if entry.needs_also is not None and not ctx.need_met(entry.needs_also, *_through_day_aside(ctx, clause)):
        return "needs"  # (round 32, sd1) a handover with no one it is handed to (سلم الجائزة، سلم رسالة)
    if entry.needs_also is not None and entry.cls == "withdrawal" and _hands_a_thing(ctx, clause):
        return "thing"  # (round 32, sd1) سلم المطلوب نفسه، سلم المسلحون أسلحتهم: a person or a thing handed, no place
    if any(
        e.start <= m.start
        and m.end <= e.end
        and e.type != "PER"
        and not _one_word_slip(doc.text, e, m)
        and not _agent_slip(doc.text, e, m)
        for e in ctx.names_in(m.start - 80, m.end)
    ):
        return "name"  # الجبهة الوطنية للتحرير، حركة تحرير السودان: a word of a name (a person's "name" round a
        # trigger is the name finder's slip: اختفاءها قسريا)
    # an anniversary vetoes what it recalls (ذكرى مجزرة حماة) and the sentence round it, not what is done on it, told
    # before it in its own clause (اعتقلت السلطات عشرات الناشطين عشية الذكرى الأولى للاحتجاجات)
    history = ctx.has("not:history", s0, m.start) or any(
        not _on_anniversary(ctx, p) for p in ctx.positions("not:history", clause[1], s1)
    )
    if history or _sentence_vetoed(ctx, s0, s1):
        return "veto_all"
    if ctx.covering("not:metaphor", m.start, m.end) and not _became_under(ctx, m, clause[0]):
        return "veto_all"
    if _crime_kind(ctx, m, clause[0]):
        return "kind"  # "تنظر المحكمة في جرائم قتل واختطاف وعنف جنسي": kinds of crime named, no happening (round 12b)
    if doc.text[s0 : s0 + 12].lstrip().startswith("سمات "):
        return "tag_line"  # "سمات اشتباكات الشرطة باكستان": a site's tag line, not a sentence
    cls = lex.classes[entry.cls]
    if _is_governed_noun(cls.name, m.key) and not _governed(ctx, m, s0):
        return "ungoverned"  # round 25 (rc1): عقب تطهير مدينة عدن، كما حصل في تدمير غزة: no deed told as done
    if _advance(ctx, m, s0) is False:
        return "undirected"  # round 27 (rc3): تقدمت بطلب، من أجل التقدم: no advance towards a place told
    if cls.name in ("riot", "mob_violence") and _charged(ctx, m.start, clause[0]):
        return "charge"  # بتهمة رشق الحجارة، مخالفة رشق الحجارة: the act charged or punished, no riot told (round 15)
    if cls.name in ("capture", "recapture") and _VAST.match(doc.text, m.end) and not _dated(ctx, s0, s1):
        return "vast"  # "التنظيم الذي استولى على مساحات واسعة من سوريا والعراق": a group described, no one capture
    exposed = _exposed_to(ctx, m, clause)  # تعرض موكب المحافظ لهجوم: was attacked, not an aim
    if entry.weak and entry.tense == "noun" and "ل" in preposition(m.prefix) and not exposed:
        return "aim"  # لقتال داعش، للمعارك: an aim, not a happening
    if (entry.weak or cls.name in ("attack",)) and any(
        ctx.has(v, s0, _reason_cut(ctx, cls.name, m.end, s1)) for v in VETO_WEAK
    ):
        return "veto_weak"
    if cls.name == "protest" and normalize(doc.text[ctx.word_start(m.start) : m.end]) in _NEEDED:
        return "needed"  # لما احتجنا جلب العمالة: "we needed" (احتاج), not "we protested" (round 16)
    if cls.name == "protest" and ctx.previous_word(ctx.word_start(m.start)) in _RIGHT_TO:
        return "right"  # "حماية حق التظاهر السلمي": the right to protest, no protest
    if cls.name == "protest" and _RIGHT_IN.search(doc.text, max(s0, m.start - 30), ctx.word_start(m.start)):
        return "right"  # "حقه في الإضراب عن الطعام"، "المسموح فيه بالاحتجاج": a right or a leave, no protest (12b)
    crime_prone = ("arrest", "killing", "looting", "capture")  # استولوا على ما يحملونه من مبالغ: a robbery
    # (round 34, sp14) the armed hands are searched for (the sentence, past a look-behind at every character) only
    # where a crime cue would veto a killing
    if (
        cls.name in crime_prone
        and ctx.has("not:crime", s0, s1)
        and not (cls.name == "killing" and _ARMED_HANDS.search(doc.text, s0, s1))
    ):
        return "crime"  # مروج مخدرات، سرقة: crime, not political violence
    if cls.name in ACCIDENT_PRONE and any(
        not _OPERATION_STORM.match(doc.text, p) for p in ctx.positions("not:accident", s0, s1)
    ):
        return "accident"  # غرق مركب، انفجار أسطوانة غاز: deaths without an attacker
    if (
        cls.name == "arrest"
        and _HOLD_WORD.search(normalize(doc.text[m.start : m.end + 4]))
        and _RESCUE.search(normalize(doc.text[s0:s1]))
    ):
        return "trapped"  # (round 14c) فرق الدفاع المدني … استخراج السائق بعد احتجازه: trapped, not detained
    if cls.name in ACCIDENT_PRONE and ctx.has("not:mistake", *clause):
        return "accident"  # تعرضت الطفلة بالخطأ لإطلاق نار: a shot by mistake, in its own clause (round 12b)
    if cls.name == "clash" and _LOSS_VERB.match(normalize(doc.text[m.start : m.end])):
        if _NATURAL_DEATH.search(doc.text, s0, s1):
            return "natural_death"  # فقد الحزب أحد قياداته بعد صراع مع المرض: a death, no fight (round 11c)
        if any(ctx.has(f"means:{f}", m.end, clause[1]) for f in _REMOTE_MEANS):
            return "remote_loss"  # فقدت الميليشيات عناصرها في غارة جوية: the strike's toll, no clash (round 11c)
    if entry.weak and in_title(ctx, m.start) and lead_register(ctx, cls.name):
        return "title_register"  # "سيجارة توقف عربيا بمطار القاهرة": a headline whose lead the crime veto reads
    killer = ctx.has("not:killer", max(clause[0], m.start - 25), m.start)
    if cls.name in ("killing", "assassination") and entry.tense != "noun" and killer:
        return "no_killer"  # الموت عطشا يغتال عائلة: death by thirst, no attacker
    if (
        cls.name == "bombardment"
        and drop_conjunction(normalize(m.key), min_rest=2).startswith(("دمر", "يدمر", "تدمر"))
        and _after_relative(ctx, m.start)
    ):
        return "relative"  # "غزة، التي دمرت فيها المقاتلات 18 ألف بيت": what a place went through, told of it
    if cls.name == "abduction" and ctx.previous_word(ctx.word_start(m.start)) in _FLED:
        return "fled"  # "فأردياه قتيلا وفرا إلى جهة مجهولة": the attackers fled, no one was taken
    if cls.name == "recapture" and ctx.has("not:freed", m.end, min(clause[1], m.end + 20)):
        return "freed"  # حرروا موقوفا، تحرير الرهائن: a person freed, not a place regained
    if cls.name == "disrupted_weapons" and m.prefix.endswith("ال") and normalize(m.key).endswith("ابطال"):
        return "heroes"  # الأبطال: "the heroes", which the normalized view spells as إبطال (defusing)
    if cls.name == "protest" and ctx.has("not:pretend", m.end, min(clause[1], m.end + 30)):
        return "pretend"  # تظاهر المتهم بالجنون: pretended, not demonstrated
    if (
        cls.name == "suicide_bomb"
        and normalize(m.key) in _REFLEXIVE
        and not SELF_BLAST.search(doc.text, max(s0, m.start - 40), m.start)
    ):
        return "self"  # في الوقت نفسه، الرئيس نفسه: the reflexive is a bombing only as the object of detonating
    if cls.name == "protest" and _PRETEND_THAT.match(doc.text, m.end):
        return "pretend"  # التظاهر بأن السوريين سيعودون: pretending that, not a demonstration
    if cls.name == "protest" and _PRETEND_VERB.fullmatch(normalize(m.key)) and _pretended(ctx, m.end):
        return "pretend"  # يسعى إلى التظاهر بالانفتاح: a quality feigned, not a demonstration (round 11)
    if cls.name == "capture" and entry.tense != "noun" and _swept_by(ctx, m.start, m.end):
        return "swept"  # موجة من الاحتجاجات اجتاحت العاصمة: protests or floods sweep a place, no one takes it
    if _HASHTAG.search(doc.text, max(0, m.start - 40), m.start) or doc.text[m.end : m.end + 1] == "_":
        return "hashtag"  # (#تفجير_مسجد_طوارئ_عسير): a hashtag names a topic, it tells no happening
    if (
        cls.name == "arrest"
        and _HALT_WORD.match(drop_conjunction(normalize(m.key), min_rest=2))
        and _halted(ctx, m.end, clause[1])
    ):
        return "halted"  # أوقفت المدينة خططا، أوقفت السلطات صدور صحيفة: stopped a thing, no one arrested
    if (
        cls.name == "killing"
        and _CITE_VERB.fullmatch(drop_conjunction(normalize(m.key)))
        and _cited(ctx, m.end, clause[1])
    ):
        return "cited"  # round 42 (ev14): استشهد الرئيس في كلمته بمقولة الأديب: he cited, no one martyred
    if cls.name in ("killing", "arrest", "abduction", "assault") and _animal(ctx, m.end, clause[1]):
        return "animal"  # قتل الأسد سيسيل، احتجاز الحوت: an animal, not a person
    if _titled(ctx, m.start, s0):
        return "title"  # مقالي (الضمان الاجتماعي والاحتجاج)، كتابه «حرب الخليج»: a work's title (round 11)
    if cls.name == "capture" and _from_control(ctx, m.start, m.end):
        return "held"  # حرروا الحي من سيطرة التنظيم: the control a place was freed from, no taking (round 11b)
    if cls.name in ("capture", "recapture") and entry.tense == "noun" and _operation(ctx, m):
        return "operation"  # أشرف على عملية تحرير عدن: the campaign named, not a place taken (round 19, cp2)
    if cls.name in ("capture", "recapture") and (_held_area(ctx, m) or _held_since(ctx, m, clause[1], s1)):
        return "held"  # مناطق سيطرتهم؛ داعش الذي سيطر على مساحات واسعة السنة الماضية: who holds it (round 19, cp2)
    if _ALMANAC.match(doc.text, s0, m.start) and _almanac_past(ctx, s0):
        return "almanac"  # "1956 - حرب الجزائر: هجوم …": an entry of "this day in history" (round 11b)
    if _trained(ctx, m.start):
        return "training"  # تلقى الجنود تدريبات على إطلاق النار: a skill practised, no one fired on (round 11)
    if cls.name == "assault" and _ASSAULT_ON_THING.match(doc.text, m.end):
        return "thing"  # الاعتداء على الأراضي الحكومية والشعاب: an encroachment, not an attack on people
    if (
        cls.name == "protest"
        and _FORMAL_PROTEST.match(normalize(m.key))
        and _LODGED.search(doc.text, max(s0, m.start - 80), m.start)
    ):
        return "formal"  # قدمت الهيئة احتجاجها على إعلانات: a complaint lodged, not a demonstration
    if cls.name == "abduction" and _snatched(ctx, m.end, clause[1]):
        return "snatched"  # خطف الأنظار، خطف فوزا متأخرا، يخطف أبصارنا: a figure of speech, no one taken
    if cls.name == "explosive" and _sparked(ctx, m.end, clause[1], entry.tense in ("past", "present")):
        return "sparked"  # round 43 (ev22): يفجرون صدامات، فجر أزمة، تفجير الأوضاع: set off, no charge blown up
    if cls.name == "protest" and ctx.previous_word(ctx.word_start(m.start)) in _OF_PROTESTERS:
        return "their_demands"  # لمناقشة مطالب المتظاهرين: what the protesters want, not a protest told
    if entry.tense == "noun" and "ل" in preposition(m.prefix) and _tool_before(ctx, m.start):
        return "tool"  # أدوات للاعتداء على الأشخاص، أسلحة للقتل: what a tool is for, not a happening
    verb = entry.tense in ("past", "present") and doc.text[m.end - 1] != "ة"  # سيطرة is the noun, not سيطره
    if verb and ctx.previous_word(ctx.word_start(m.start)) in ("من", "ممن", "لمن"):
        return "whoever"  # محاسبة من قتل المتظاهرين، نصرنا على من اعتدى علينا: whoever did it, no one act told
    joined = doc.text[ctx.word_start(m.start)] == "و" or doc.text[m.start - 1 : m.start] == "و"
    if verb and joined and _WHOEVER_AND.search(doc.text, max(s0, m.start - 30), m.start):
        return "whoever"  # نصرنا على من عادانا واعتدى علينا: a second verb of the same "whoever" (round 11)
    # a verb never takes the article, nor does a word read as verb + ه (الفرقة "the band", not فرقه "he dispersed
    # it"; a bare السيطرة with no على after it, which the noun forms of the capture class do not hold)
    if entry.tense in ("past", "present") and m.prefix.endswith(("ال", "لل")):
        return "article"  # الفرقة read as فرقه ("he dispersed it"): a verb never takes the article
    if _non_human(ctx, m, s0, entry.tense in ("past", "present") and doc.text[m.end - 1] != "ة"):
        return "non_human"  # قتلت الملاريا 584 ألفا، الإعصار الذي هدم آلاف المنازل: no hand (round 16b)
    if cls.name == "protest" and _festival(ctx, m.start, m.end, clause[1]):
        return "festival"  # تظاهرة أيام قرطاج السينمائية، ثلاثين سنة من عمر تظاهرة: a festival, not a protest
    if cls.name == "protest" and _banned(ctx, m.start, sentence):
        return "banned"  # أعلنت المحافظة منع هذه التظاهرة: a protest banned before it took place
    weapon = cls.name in ("shelling", "suicide_bomb", "explosive", "grenade") and entry.tense == "noun"
    if (
        weapon
        and ctx.has("status:carried", max(clause[0], m.start - 45), m.start)
        and not _blast_as_cause(doc.text, m.start, m.end)
    ):
        return "carried"  # "8 أشخاص يحملون أحزمة ناسفة"، "دمرت القوات ثلاث عجلات مفخخة": carried or seized, not used
    if cls.name == "ceasefire" and _TRUCE_ONSET.search(normalize(doc.text[max(s0, m.start - 40) : m.start])):
        return "onset"  # تصدت لهجمات بعد سريان الهدنة، قبل بدء سريان الهدنة: the truce as a time mark (round 22)
    return None


#: (Round 43, helper ev21) The blast nouns (event_cues blast_nouns), with ب or after a word of cause or setting
#: (blast_cause_words): "دمرت خمس سيارات … في انفجار عبوات ناسفة"، "بانفجار عبوة".
_BLAST_NOUNS = frozenset(normalize(w) for w in cue_words("blast_nouns"))
_BLAST_CAUSE = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("blast_cause_words") + r")\s+$")


def _blast_as_cause(text: str, start: int, end: int) -> bool:
    """(Round 43, helper ev21) Whether the trigger at ``start:end`` is a blast noun told as what destroyed or killed
    (في انفجار، جراء انفجار، بانفجار): the act itself, which no verb of destroying or seizing before it can have
    carried or seized (the weapons veto reads such a verb as the bomb's seizure: دمرت القوات ثلاث عجلات مفخخة)."""
    if normalize(text[start:end]) not in _BLAST_NOUNS:
        return False
    if start > 0 and text[start - 1] == "ب":
        return True
    return bool(_BLAST_CAUSE.search(text, max(0, start - 12), start))


def _normalized_alt(name: str) -> str:
    """The words of cue list ``name`` normalized, as a regex alternation (longest first)."""
    return "|".join(sorted({re.escape(normalize(w)) for w in cue_words(name)}, key=len, reverse=True))


#: (Round 22, helper evr4) A word of time and the onset of a truce right before the truce noun (بعد سريان الهدنة،
#: قبل بدء سريان الهدنة، عشية سريان الهدنة، مع بدء سريان وقف إطلاق النار; event_cues.yaml truce_time_words,
#: truce_onset_nouns), normalized: the truce is when the clause's happening took place, not an agreement of the day.
_TRUCE_ONSET = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + _normalized_alt("truce_time_words")
    + r")\s+(?:(?:"
    + _normalized_alt("truce_onset_nouns")
    + r")\s+){1,2}(?:ال)?$"
)


#: A detonating verb or noun ending at most two words before a reflexive (فجرت فتاتان نفسيهما، قام بتفجير نفسه).
SELF_BLAST = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:ب)?(?:" + cue_alt("self_blast") + r")(?:\s+\S+){0,2}\s+$")


_REFLEXIVE = frozenset(normalize(w) for w in cue_words("reflexive"))


#: "Pretending that" right after تظاهر (التظاهر بأن السوريين سيعودون).
_PRETEND_THAT = re.compile(r"\s*ب(?:أن|ان|إن)(?:ه|ها|هم|هما)?(?![\u0621-\u064A])")


#: A hashtag the trigger is a word of (#تفجير_مسجد_طوارئ_عسير): ``#`` then word characters and ``_`` up to it.
_HASHTAG = re.compile(r"#[\w_]*_?$")


#: The verbs and nouns of stopping that an arrest shares (أوقف، يوقف، توقيف، إيقاف), normalized.
_HALT_WORD = re.compile(r"(?:ال)?(?:" + cue_alt("halt_words") + r")")


#: The verb تظاهر and its verbal noun (تظاهر، يتظاهرون، التظاهر), normalized: the only protest words that "pretend".
_PRETEND_VERB = re.compile(r"[وف]?(?:ال)?(?:" + cue_alt("pretend_verbs") + r")")


#: "Whoever" and a verb, then و right before the trigger verb (على من عادانا واعتدى علينا، كل من قتل وخطف).
#: (the من of "whoever" only after كل/على/ضد or fused: not the partitive من of "ثلاثة من سكانها وقتلوا")
_WHOEVER_AND = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:"
    + cue_alt("whoever_heads")
    + r")\s+من|"
    + cue_alt("whoever_fused")
    + r")\s+[\u0621-\u064A]+\s+و?$"
)


#: Words before an anniversary that make it the day of what the sentence told before it (أعمال العنف التي اندلعت
#: …، في ذكرى مقتل …: the violence took place on it, round 11), normalized.
_ON_DAY = frozenset(normalize(w) for w in cue_words("on_day"))


def _on_anniversary(ctx: Context, p: int) -> bool:
    """Whether the history word at ``p``, in a clause after the trigger's, names the day of what was told before it
    (في ذكرى، عشية الذكرى، بمناسبة الذكرى) rather than recalling a past happening."""
    return ctx.previous_word(ctx.word_start(p)) in _ON_DAY


_OPENERS = '(«"“'


_CLOSERS = ')»"”'
_OPENER_CHAR = re.compile("[" + re.escape(_OPENERS) + "]")


def _titled(ctx: Context, start: int, s0: int) -> bool:
    """Whether the trigger stands inside brackets or quotes opened right after the noun of a work (events.yaml
    ``word_sets.work_nouns``: مقالي (…)، كتاب «…»، بعنوان "…"): the title of an article, book or programme."""
    text = ctx.doc.text
    head = text[max(s0, start - 80) : start]
    if _OPENER_CHAR.search(head) is None:
        return False  # (round 34, sp14) no bracket or quote opened before it: one search, not one rfind per opener
    opened = max(head.rfind(c) for c in _OPENERS)
    if opened < 0 or any(c in head[opened + 1 :] for c in _CLOSERS):
        return False
    words = normalize_words(_WORD_AT.findall(head[:opened])[-1:])
    return bool(words) and words[0] in word_set("work_nouns")


#: The classes of Battles triggers (a clash, an attack on an armed side, a taking or a regaining).
_BATTLE_CLASSES = ("clash", "attack", "capture", "recapture")


#: "Since" a fight or a taking, or "since its start" (زيارة هي الأولى منذ تحريرها، منذ اندلاع المعارك): a happening
#: recalled as the time from which something else is counted: an earlier happening, no day, no row (round 11b).
_SINCE = re.compile(r"(?<![\u0621-\u064A])[وف]?منذ\s+(?:(?:" + cue_alt("since_start") + r")\s+)?$")


#: A stretch of months or years, then "because of" (بعد إغلاقه أربعة أشهر بسبب القتال، توقف حوالي أربعة أشهر جراء
#: المواجهات): what a war held shut or stopped, the fighting recalled as its cause (round 11b).
_SPAN_BECAUSE = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alt("span_words")
    + r")\s+(?:[\u0621-\u064A]+\s+)?(?:"
    + cue_alt("because_words")
    + r")\s+$"
)


#: "For the sake of" right before a verbal noun (تضحي في سبيل تحرير المدينة، يسقط الشهداء في سبيل استعادة الأرض): an
#: aim. Not من أجل: "خاضت اشتباكات من أجل السيطرة على القاعدة" heads the fight told (the row judgments' rj210).
_FOR_SAKE = re.compile(r"(?<![\u0621-\u064A])في\s+سبيل\s+$")


def _for_sake(ctx: Context, start: int) -> bool:
    """Whether the trigger's word stands right after في سبيل (an aim, as للسيطرة is)."""
    w0 = ctx.word_start(start)
    return bool(_FOR_SAKE.search(ctx.doc.text[max(0, w0 - 20) : w0]))


#: The bare construct "control" (سيطرة, no article, no على after it).
_CONTROL = frozenset(normalize(w) for w in cue_words("control"))


def _from_control(ctx: Context, start: int, end: int) -> bool:
    """Whether a capture noun is "the control of" someone after من (تحرير أحياء المدينة من سيطرة داعش، هربوا من
    سيطرة الميليشيات): the state a place or people left, not a taking; "تمكنت من السيطرة على" (with the article and
    على) is a taking and is not read so."""
    text = ctx.doc.text
    w0 = ctx.word_start(start)
    word = text[w0:end]
    if normalize(word) not in _CONTROL or ctx.previous_word(w0) != "من":
        return False
    return _ON.match(text, end) is None


_ON = re.compile(r"\s+على(?![\u0621-\u064A])")

#: Round 19 (cp2): nouns of an area held and the words of being held between them and the capture noun
#: (event_cues.yaml held_area_nouns, held_between), normalized.
_HELD_AREA = frozenset(normalize(w) for w in cue_words("held_area_nouns"))
_HELD_BETWEEN = frozenset(normalize(w) for w in cue_words("held_between"))
#: A capture noun with its owner's pronoun (سيطرتهم، سيطرته، لسيطرتها).
_OWNED_CONTROL = re.compile(r"(?:ل|و)?(?:سيطرت|قبضت)(?:ه|ها|هم|هما)$")
#: A time back from the report in a relative capture's clause (event_cues.yaml held_since).
_HELD_SINCE = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("held_since") + r")(?![\u0621-\u064A])")
#: How far after a relative capture verb its time back is read when its clause ends before (a comma).
HELD_SINCE_REACH = 60
#: The pronoun of a place named before, right after a capture verb (سيطرت عليها، استولى عليه).
_ON_IT = re.compile(r"\s+(?:عليها|عليه|عليهم|عليهما)(?![\u0621-\u064A])")


#: Round 19 (cp2): the words of an operation before a capture noun, and the words of its end before those
#: (event_cues.yaml operation_words, operation_ended), normalized.
_OPERATION = frozenset(normalize(w) for w in cue_words("operation_words"))
_OPERATION_ENDED = frozenset(normalize(w) for w in cue_words("operation_ended"))


def _operation(ctx: Context, m: Any) -> bool:
    """Whether a capture noun is the object of a word of an operation (عملية تحرير عدن، عمليات التحرير الفعلية): the
    campaign named, going on or to come, not a place taken that day; not with a word of its end in the three words
    before it (إكمال عملية تحرير المحافظة، أكملت المقاومة أمس عملية تحرير) (round 19, cp2)."""
    words = normalize(ctx.doc.text[max(0, m.start - 60) : ctx.word_start(m.start)]).split()[-4:]
    if not words:
        return False
    last = words[-1]
    for pre in ("وب", "ول", "و", "ب", "ل"):
        if last.startswith(pre) and last[len(pre) :] in _OPERATION | {"ال" + w for w in _OPERATION}:
            last = last[len(pre) :]
            break
    if last.startswith("ال"):
        last = last[2:]
    if last not in _OPERATION:
        return False
    return not any(w.removeprefix("و") in _OPERATION_ENDED for w in words[:-1])


def _held_area(ctx: Context, m: Any) -> bool:
    """Whether a capture noun with its owner's pronoun names who holds an area (مناطق سيطرتهم، المناطق الخاضعة
    لسيطرته، الأراضي الواقعة تحت سيطرتها): a state, not a taking (round 19, cp2)."""
    text = ctx.doc.text
    w0 = ctx.word_start(m.start)
    end = w0
    while end < len(text) and "\u0621" <= text[end] <= "\u064a":
        end += 1
    if not _OWNED_CONTROL.fullmatch(normalize(text[w0:end])):
        return False
    words = normalize(text[max(0, w0 - 40) : w0]).split()[-3:]
    while words and words[-1] in _HELD_BETWEEN:
        words.pop()
    return bool(words) and words[-1] in _HELD_AREA


def _held_since(ctx: Context, m: Any, clause_end: int, sentence_end: int) -> bool:
    """Whether a capture verb of a relative clause (a relative pronoun in the two words before it, or the pronoun of
    the place right after it: مناطق واسعة سيطرت عليها) has a time back from the report of months or years in its
    clause (السنة الماضية، منذ أكثر من سنة، منذ العام الماضي): what a group or a place is, told of it, not a taking
    of the report's days (round 19, cp2)."""
    text = ctx.doc.text
    if m.value.tense not in ("past", "present") or text[m.end - 1] == "ة":
        return False
    if not (_after_relative(ctx, m.start) or _ON_IT.match(text, m.end)):
        return False
    # past the comma of a time told aside (سيطرت عليها، منذ أكثر من سنة، في العراق), never past the sentence
    return _HELD_SINCE.search(text, m.end, min(sentence_end, max(clause_end, m.end + HELD_SINCE_REACH))) is not None


#: A sentence opened by a year and a dash (1956 - حرب الجزائر: …): an almanac's entry.
_ALMANAC = re.compile(r"\s*[\"«“]?\s*(1[0-9]{3}|20[0-9]{2})\s*[-–—]\s")


def _almanac_past(ctx: Context, s0: int) -> bool:
    """Whether the year opening the sentence is two years or more before the article's reference date."""
    found = _ALMANAC.match(ctx.doc.text, s0)
    ref = ctx.doc.article.reference_date or ctx.doc.article.published or ""
    return bool(found and ref[:4].isdigit() and int(found.group(1)) <= int(ref[:4]) - 2)


def _since_or_because(ctx: Context, start: int) -> bool:
    """Whether a Battles trigger is recalled as a time or a cause: right after منذ (or منذ بدء، منذ اندلاع), or a
    fight told as the cause of a stretch of months or years. (Not after بعد: "يعود إلى عدن بعد تحريرها" is coded as
    the liberation itself on the tune file, and "عقب سيطرتها على المنطقة" tells a taking of the day.)"""
    text = ctx.doc.text
    w0 = ctx.word_start(start)
    head = text[max(0, w0 - 60) : w0]
    # (round 34, sp14) منذ, which every match of _SINCE holds, looked for before the regex
    return bool(("منذ" in head and _SINCE.search(head)) or _SPAN_BECAUSE.search(head))


#: احتجنا and its fused forms: "we needed", read as a protest verb + نا (event_cues.yaml ``needed_words``), normalized.
_NEEDED = frozenset(normalize(w) for w in cue_words("needed_words"))


def _trained(ctx: Context, start: int) -> bool:
    """Whether the trigger is what is trained for (events.yaml ``word_sets.training_words`` + على right before it:
    التدريب على إطلاق النار، تدريبات على اقتحام المباني، دورة على تفكيك العبوات)."""
    window = ctx.doc.text[max(0, start - 60) : start]
    on = _ON_WORD
    if on not in normalize(window):
        return False  # (round 29, se1) no word before it reads على: a word's normalized form is a piece of the window's
    training = word_set("training_words")
    found = _WORD_AT.findall(window)[-5:]
    joined = ctx.doc.text[start : start + 1] == "و" or ctx.doc.text[max(0, start - 1) : start] == "و"
    if not joined and (not found or _training_reading(normalize_word(found[-1]), training) != on):
        return False  # (round 37, sp1) not joined: only على as the last word can make it one; the others not read
    before = [_training_reading(w, training) for w in normalize_words(found)]
    if len(before) >= 2 and before[-1] == on and before[-2] in training:
        return True
    # a second skill joined by و (لتدريب على اقتحام المباني وتفكيك العبوات), at most three words after على
    tail = before[-5:]
    return joined and any(tail[i] in training and tail[i + 1] == on for i in range(len(tail) - 1))


def _training_reading(w: str, training: frozenset[str]) -> str:
    """لتدريب، وبالتدريب، وعلى: the reading of a normalized word (its proclitics off) that is a training word or على
    (:func:`_trained`), else the word."""
    if w[:1] not in "وفبلا":
        return w
    return next((r for _, r in strip_proclitics(w) if r in training or r == _ON_WORD), w)


#: على, normalized (:func:`_trained`)
_ON_WORD = normalize("على")


def _pretended(ctx: Context, end: int) -> bool:
    """Whether the first word with ب among the three after a protest verb is ب + a quality feigned (events.yaml
    ``word_sets.pretended_qualities``: التظاهر بالانفتاح، تظاهر المتهم بالبراءة). Only that word is read: a demand told
    later (تظاهر مئات للمطالبة بالإصلاح) keeps the protest."""
    words = normalize_words(_WORD_AT.findall(ctx.doc.text[end : end + 40])[:3])
    word = next((w for w in words if w.startswith("ب")), "")
    return word[1:] in word_set("pretended_qualities")


#: (Round 32, lead) How many words of its clause before a verb of overrunning its subject may stand: the noun with
#: its adjectives or its relative (موجة حر شديدة اجتاحت، أمطارا غزيرة ورياحا قوية اجتاحت، مرض حمى الضنك الذي اجتاح).
SWEEP_LOOKBACK = 4
_CLAUSE_MARKS = re.compile(r"[،,.:؛;!?«»\"()\n]")


def _swept_by(ctx: Context, start: int, end: int) -> bool:
    """Whether the subject of a verb of overrunning is a wave of protests, a flood, a disease or the like (events.yaml
    ``word_sets.sweeping_subjects``): among the :data:`SWEEP_LOOKBACK` words of its clause before it, back to a
    preposition or connector (``sweep_lookback_stops``, which also takes the noun right after it out: بعد العاصفة
    اجتاحت القوات), or the word right after it (اجتاحت السيول المدينة). الحر after الجيش / السوري is the Free Syrian
    Army (``free_army_heads``), not the heat."""
    sweeping = word_set("sweeping_subjects")
    text = ctx.doc.text
    w0 = ctx.word_start(start)
    window = text[max(0, w0 - 80) : w0]
    marks = list(_CLAUSE_MARKS.finditer(window))
    if marks:
        window = window[marks[-1].end() :]
    words = normalize_words(_WORD_AT.findall(window))
    stops = word_set("sweep_lookback_stops")
    heads = word_set("free_army_heads")
    for i in range(len(words) - 1, max(-1, len(words) - 1 - SWEEP_LOOKBACK), -1):
        word = drop_conjunction(words[i], min_rest=3)
        if word in stops:
            break
        if word in sweeping:
            before = drop_conjunction(words[i - 1], min_rest=3) if i > 0 else ""
            if before in stops:
                break  # the noun of a prepositional phrase (بعد العاصفة اجتاحت القوات …), not the subject
            if not (word == "الحر" and before in heads):
                return True
    after = normalize_words(_WORD_AT.findall(text[end : end + 30])[:1])
    return bool(after) and after[0] in sweeping


def _halted(ctx: Context, start: int, end: int) -> bool:
    """Whether a thing stopped (events.yaml ``word_sets.halted_objects``) is one of the four words after an arrest
    verb of stopping."""
    words = normalize_words(_WORD_AT.findall(ctx.doc.text[start:end])[:8])
    halted, own = word_set("halted_objects"), word_set("halted_own_objects")
    # (round 42, ev14) an activity with its doer's pronoun may stand past the subject and a time (أوقفت شركة
    # الطيران الوطنية صباح اليوم الأحد رحلاتها): up to eight words
    return any(w in halted or w in own for w in words[:4]) or any(w in own for w in words[4:])


#: (Round 42, helper ev14) The verb of martyrdom that also means "to cite" (استشهد، يستشهد, normalized).
_CITE_VERB = re.compile(normalize("استشهد") + "|" + normalize("يستشهد"))


def _cited(ctx: Context, start: int, end: int) -> bool:
    """Whether a thing cited (events.yaml ``word_sets.cited_things``) follows ب within the five words after استشهد
    (استشهد الرئيس في كلمته بمقولة الأديب، واستشهد على ذلك بحالة أسرة): he cited, no one was martyred."""
    cited = word_set("cited_things")
    for w in normalize_words(_WORD_AT.findall(ctx.doc.text[start:end])[:5]):
        if w.startswith("ب") and (w[1:] in cited or (w.startswith("بال") and w[3:] in cited)):
            return True
    return False


def _animal(ctx: Context, start: int, end: int) -> bool:
    """Whether the object right after a trigger is an animal (events.yaml ``word_sets.animals``; الأسد only after
    هذا: not the Assads)."""
    words = normalize_words(_WORD_AT.findall(ctx.doc.text[start : min(end, start + 30)])[:3])
    if words[:2] == [normalize("هذا"), normalize("الأسد")]:
        return True
    animals = word_set("animals")
    if len(words) == 3 and words[1] == normalize("من"):
        return words[2] in animals  # مقتل آلاف من الثور الأميركي
    return bool(words) and words[0] in animals


#: Things "assaulted" (الاعتداء على الأراضي، التعدي على الممتلكات العامة، الاعتداء على الشعاب والأودية): an
#: encroachment or an offence, not violence against people. Round 15 (helper as16): a judging adjective may stand
#: before على (اعتداء سافرا على حرمة بيت الله), a demonstrative after it (اعتداء على هذه الأرض), and the item may
#: take a pronoun (اعتداء على وطني، على جوارها).
_ASSAULT_ON_THING = re.compile(
    r"(?:\s+(?:ال)?(?:سافر|سافرا|صارخ|صارخا|واضح|واضحا))?"
    r"\s*(?:على|علي)\s+(?:(?:هذه|هذا|تلك|ذلك)\s+)?(?:ال)?(?:"
    + cue_alt("assaulted_things")
    + r")(?:ي|نا|ه|ها|هم|كم)?(?![\u0621-\u064A])"
)


#: A protest noun with its owner (احتجاجها، احتجاجه، احتجاجهم), normalized: lodged by someone after ``_LODGED``.
_FORMAL_PROTEST = re.compile(r"(?:ال)?احتجاج(?:ه|ها|هم|هما)$")


_LODGED = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("lodged") + r")(?![\u0621-\u064A])")


def _snatched(ctx: Context, start: int, end: int) -> bool:
    """Whether a thing snatched (events.yaml ``word_sets.snatched_objects``) is one of the three words after an
    abduction verb."""
    words = normalize_words(_WORD_AT.findall(ctx.doc.text[start:end])[:8])
    snatched, far = word_set("snatched_objects"), word_set("snatched_far")
    return any(w in snatched for w in words[:3]) or any(w in far for w in words)  # (far: round 11)


def _sparked(ctx: Context, start: int, end: int, verb: bool) -> bool:
    """(Round 43, helper ev22) Whether the word right after a detonating word of the explosive class, or the word after
    a verb's one-word subject, is a thing it "sets off" that no charge is (events.yaml ``word_sets.sparked_objects``:
    يفجرون صدامات مع المصلين، فجر أزمة، تفجير الأوضاع، فجرت التصريحات جدلا، تفجر الغضب): a figure of speech, no
    bombing. Not past a preposition or a word of time (``sparked_not_subjects``: انفجرت عبوة خلال مواجهات: a blast
    during clashes), not past a noun's complement (قاموا بالتفجير لإحداث الفتنة: a bombing for a purpose), nor
    further on in the clause (فجر مسلحون عبوة أثارت الغضب: another verb's object)."""
    text = ctx.doc.text
    words = _WORD_AT.findall(text, start, min(end, start + 50))
    if words and start < len(text) and text[start].isalpha():
        words = words[1:]  # the trigger's own ending (يفجر|ون) is no word after it
    words = normalize_words(words[:2])
    sparked = word_set("sparked_objects")
    if words and words[0] in sparked:
        return True
    return verb and len(words) == 2 and words[1] in sparked and words[0] not in word_set("sparked_not_subjects")


#: Nouns before the protesters' noun that make it theirs, not their act (مطالب المتظاهرين، ممثلي المحتجين).
_OF_PROTESTERS = frozenset(normalize(w) for w in cue_words("of_protesters"))


#: Tools and means before a trigger noun with ل (أدوات للاعتداء، أسلحة للقتل، مواد للتفجير), normalized.
_TOOLS = frozenset(normalize(w) for w in cue_words("tools"))


def _tool_before(ctx: Context, start: int) -> bool:
    """Whether the word before the trigger (its و aside) is a tool or means (``_TOOLS``)."""
    word = ctx.previous_word(ctx.word_start(start))
    return in_words(word, _TOOLS, min_rest=2)


#: The words round تظاهرة that make it a festival or a season of events (as in Maghrebi and Levantine usage).
_FESTIVAL_BEFORE = frozenset(normalize(w) for w in cue_words("festival_before"))


def _festival(ctx: Context, start: int, end: int, clause_end: int) -> bool:
    """Whether the noun تظاهرة at ``[start, end)`` names a festival: a festival word among the three words after it,
    or a season's word before it (دورة، فعاليات، عمر)."""
    word = normalize(ctx.doc.text[start:end]).removeprefix("ال")
    if not word.startswith((normalize("تظاهرة"), normalize("تظاهرات"))):
        return False  # (round 17: the plural too, إحدى التظاهرات الأساسية)
    after = normalize_words(_WORD_AT.findall(ctx.doc.text[end:clause_end])[:3])
    festival = word_set("festival_after") | _FESTIVAL_AFTER_MORE
    if any(w in festival for w in after) or ctx.previous_word(ctx.word_start(start)) in _FESTIVAL_BEFORE:
        return True
    # round 17 (as20): "يعد المؤتمر … إحدى التظاهرات الأساسية"، "على هامش الملتقى … التظاهرة التي شهدتها نواكشوط"،
    # "من أهم خصائص التظاهرة، ويشهد المنتدى": تظاهرة in a sentence of a conference, a forum or a festival, with no sign
    # of a demonstration (protesters, slogans, a demand, a protest against), is that gathering
    sentence = ctx.sentence(start)
    s0, s1 = sentence.start, sentence.end
    return (
        _CULTURAL_GATHERING.search(ctx.doc.text, s0, s1) is not None
        and _PROTEST_SIGN.search(ctx.doc.text, s0, s1) is None
        and not ctx.has("protesters", s0, s1)
    )


#: Round 17 (as20): more words after تظاهرة that make it a season of events (تظاهرة فكرية), normalized.
_FESTIVAL_AFTER_MORE = frozenset(normalize(w) for w in cue_words("festival_after_more"))
#: … a gathering of culture or science named in its sentence (المؤتمر، الملتقى، المنتدى، الندوة، المعرض).
_CULTURAL_GATHERING = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ب|ل|ك)?(?:ال|لل)?(?:" + cue_alt("cultural_gatherings") + r")(?![\u0621-\u064A])"
)
#: … and the signs of a demonstration that keep it one (احتجاجا، تنديدا، للمطالبة، شعارات، أمام مقر).
_PROTEST_SIGN = re.compile(r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال|لل)?(?:" + cue_alt("protest_signs") + r")")


#: A ban right before a protest noun (منع هذه التظاهرة، حظر المسيرة، قرار بمنع المظاهرات).
_BAN_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])(?:ب|ل)?(?:"
    + cue_alt("ban_words")
    + r")\s+(?:(?:"
    + cue_alt("ban_determiners")
    + r")\s+)?(?:ال)?$"
)


def _banned(ctx: Context, start: int, sentence: tuple[int, int]) -> bool:
    """A protest noun named right after a ban (منع هذه التظاهرة), in a sentence that tells no one broken up or
    held: a ban before the day, not a protest."""
    w0 = ctx.word_start(start)
    if not _BAN_BEFORE.search(ctx.doc.text, max(sentence[0], w0 - 25), w0):
        return False
    return not _BROKEN_UP.search(ctx.doc.text, *sentence)


#: Force or arrests at a protest (فرقت، اعتقلت، الغاز المسيل): a protest that did take place in spite of a ban; read
#: from a word's start after its proclitics (round 13b, helper ev7: فض is no longer read inside رفض or أفضل).
_BROKEN_UP = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:[بل]?ال|لل|[بل])?[يتن]?(?:" + cue_alt("broken_up") + r")")


def register_veto(ctx: Context, n_triggers: int) -> bool:
    """Whether the whole article is sport or culture (its war words are figures of speech)."""
    n = len(ctx.doc.text)
    for name in ("not:sports", "not:culture"):
        hits = len(ctx.positions(name, 0, n))
        if name == "not:sports":
            hits += len({ctx.word_start(p) for p in ctx.positions("not:sports_ambiguous", 0, n)})
        if hits >= 4 and hits >= 2 * n_triggers:
            return True
    return False


#: Round 12 (helper sw): a "festival" that is a political rally (مهرجان جماهيري، مهرجانا خطابيا، مهرجان تضامني):
#: a gathering, not culture.
_RALLY_AFTER = re.compile(r"\s+(?:ال)?(?:" + cue_alt("rally_after") + r")(?:ا|ة|ًا)?(?![\u0621-\u064A])")


#: Round 16b (helper ng): a disease, a storm, a flood, an earthquake or a study (event_cues.yaml ``non_human_agents``)
#: and the relative pronouns that join a verb to it (``non_human_links``), normalized.
_NON_HUMAN = frozenset(normalize(w) for w in cue_words("non_human_agents"))
_NON_HUMAN_LINKS = frozenset(normalize(w) for w in cue_words("non_human_links"))


def _non_human(ctx: Context, m: Any, s0: int, verb: bool) -> bool:
    """Whether the subject of a trigger verb is no hand: a non-human agent as the first word after it (قتلت الملاريا،
    استهدفت الدراسة), or among the twelve words before it in its sentence when the verb is joined to that subject by و
    or a relative pronoun (وتصيب الملاريا الملايين سنويا وقتلت، الفيروس الذي يهاجم، الإعصار الذي هدم); before a joined
    verb, the agent word counts only as the subject of a verb told before it (a present verb, a feminine past verb) or
    at the sentence's start, not as a noun's complement (مرضى الإيدز، لعلاج الكوليرا، من العاصفة). ``verb``: the
    lexicon reads the trigger as a verb; a word right after a relative pronoun is one whatever the lexicon says
    (هدم)."""
    text = ctx.doc.text
    w0 = ctx.word_start(m.start)
    linked = ctx.previous_word(w0) in _NON_HUMAN_LINKS
    if not (verb or linked):
        return False
    after = _WORD_AT.findall(text[m.end : m.end + 30])
    if verb and after and normalize(after[0]) in _NON_HUMAN:
        return True
    joined = text[w0] == "و" or text[m.start - 1 : m.start] == "و"
    if not (linked or (verb and joined)):
        return False
    words = normalize_words(_WORD_AT.findall(text[max(s0, w0 - 120) : w0]))
    before, opening = words[-12:], len(words) <= 12 and w0 - 120 <= s0  # opening: the window starts the sentence
    for i, w in enumerate(before):
        if w.removeprefix("و") not in _NON_HUMAN:
            continue
        if any(x in _NON_HUMAN_LINKS for x in before[i + 1 : i + 3]):
            return True  # الإعصار الذي …، الفيروس، والتي …: the relative's antecedent
        head = before[i - 1].removeprefix("و").removeprefix("ف") if i else ""
        if (not head and opening) or head.startswith(("ي", "ت")) or (head.endswith("ت") and not head.endswith("ات")):
            return True  # وتصيب الملاريا …، ضربت العاصفة … وقتلت: the subject of a verb before the trigger
    return False
