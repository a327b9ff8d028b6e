"""Steps 1-4 of the events stage: triggers that count, what is not an event, the sub-type from weapon and
target words, status and granularity."""

from __future__ import annotations

import re
from typing import Any

from rasd.events.context import Context
from rasd.events.lexicon import ACLED_SUB_TYPES, EventClass, event_lexicon, word_set
from rasd.events.model import Candidate, Mention
from rasd.text.matcher import cached_view
from rasd.text.normalize import normalize

#: Classes whose sub-type a weapon word decides (means family -> class).
MEANS_CLASS = {
    "chemical": "chemical",
    "suicide_bomb": "suicide_bomb",
    "drone_strike": "drone_strike",
    "air_strike": "air_strike",
    "explosive": "explosive",
    "grenade": "grenade",
    "shelling": "shelling",
}


#: Which means a generic class may take (a killing may be by any weapon; an explosion is not an air strike).
REFINE_TO = {
    "bombardment": ("chemical", "drone_strike", "air_strike", "shelling"),
    "attack": ("chemical", "suicide_bomb", "drone_strike", "air_strike", "explosive", "grenade", "shelling"),
    "assault": ("explosive", "grenade"),
    "killing": ("chemical", "suicide_bomb", "drone_strike", "air_strike", "explosive", "grenade", "shelling"),
    "assassination": ("explosive", "drone_strike", "air_strike"),
    "explosive": ("suicide_bomb", "explosive", "grenade", "shelling", "drone_strike", "air_strike"),
}


#: When two triggers of one clause tell one thing, the one earlier in this list names it.
PRIORITY = (
    "chemical",
    "suicide_bomb",
    "capture",
    "recapture",
    "drone_strike",
    "air_strike",
    "grenade",
    "disrupted_weapons",
    "explosive",
    "shelling",
    "assassination",
    "execution",
    "abduction",
    "sexual_violence",
    "assault",
    "clash",
    "riot",
    "mob_violence",
    "protest",
    "ceasefire",
    "agreement",
    "withdrawal",
    "base",
    "destruction",
    "looting",
    "arrest",
    "mobilization",
    "group_change",
    "bombardment",
    "attack",
    "killing",
    "displacement",
    "phone_call",
    "visit",
    "meeting",
    "strategic_other",
)


RANK = {name: i for i, name in enumerate(PRIORITY)}


VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


ER = frozenset({"chemical", "suicide_bomb", "drone_strike", "air_strike", "grenade", "explosive", "shelling"})


#: Classes that need a named place in their clause to be an event (a capture of nothing is a figure of speech).
NEEDS_PLACE = frozenset({"capture", "recapture", "withdrawal"})


#: Words of a demonstration anywhere in a sentence (a riot there is a demonstration turned violent, not a mob).
_PROTEST_WORD = re.compile(r"احتجاج|مظاهر|تظاهر|مسير|اعتصام|محتج|متظاهر")


#: Registers that veto every trigger of a sentence / only the weak and figurative ones.
VETO_ALL = ("not:sports", "not:culture", "not:history", "not:judicial", "not:ages")  # (ages: round 11)


VETO_WEAK = ("not:economy", "not:speech", "not:crime")


ACCIDENT_PRONE = frozenset(  # السيطرة على حريق؛ إعلان حالة الطوارئ في المطار بعد عطل فني
    {"killing", "explosive", "attack", "arrest", "capture", "recapture", "strategic_other"}
)


# ---------------------------------------------------------------------------------------------------- triggers
def find_triggers(ctx: Context, dropped: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """Step 1-2: the triggers that count, as candidates (not yet coded). ``dropped``, when given, receives
    ``(start, end, reason)`` for every lexicon match a veto or filter drops (a diagnostic)."""
    lex = event_lexicon()
    doc = ctx.doc
    out: list[Candidate] = []
    for m in lex.triggers.find_all(cached_view(doc.text)):
        entry = m.value
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
                weak=entry.weak,
                subordinate=sub,
                clause=clause,
                sentence=(s0, s1),
                clauses=[clause],
                mentions=[Mention(m.start, m.end, s0, s1)],
                in_post=doc.post_at(m.start) is not None,
                # للسيطرة على، لتحرير؛ في سبيل تحرير (round 11b): an aim, not a deed
                purpose=tense == "noun" and ("ل" in preposition(m.prefix) or _for_sake(ctx, m.start)),
                # هجوم آخر، غارة جوية أخرى (not "قتل شاب وأصيب آخر": the other man wounded); a fight or a taking
                # recalled as a time or a cause (منذ تحريرها، أغلق أربعة أشهر بسبب القتال: round 11b) is one too
                another=any(
                    ctx.words_between(m.end, p) <= 1 and not _the_rest(doc.text, m, p)
                    for p in ctx.positions("status:another", m.end, m.end + 12)
                )
                or (cls.name in _BATTLE_CLASSES and _since_or_because(ctx, m.start)),
                cause=ctx.has("status:cause", clause[0], m.start),
                toll=cls.name == "killing",
                reference=ctx.has("status:reference", max(clause[0], m.start - 20), m.start),
                definite=tense == "noun" and (m.prefix.endswith(("ال", "لل")) or m.key.startswith("ال")),
                blast=_blast(normalize(doc.text[m.start : m.end]), tense),
            )
        )
    return out


#: An object pronoun right after a trigger (إبطال مفعولها، تفكيكها، اعترضتها): its antecedent, the weapon the
#: trigger needs, may stand earlier in the sentence ("عثر على عبوة أخرى … وتم التعامل معها وإبطال مفعولها").
_BACK_PRONOUN = re.compile(r"(?:\s*مفعول)?(?:ها|هما|هم|ه)(?![\u0621-\u064A])")


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


#: A definite plural of attacks or strikes (الهجمات، الضربات، العمليات), as its first word.
_SET_NOUN = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال|لل)?(?:هجمات|ضربات|غارات)(?![\u0621-\u064A])")
_SET_NOUN_DEFINITE = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب)?(?:ال|لل)(?:هجمات|ضربات|غارات)(?![\u0621-\u064A])")


def _set_told_before(ctx: Context, cand: Candidate) -> str | None:
    """Round 12b: the kind of "the attacks" (الهجمات) with no weapon of their own, taken from the strikes told just
    before them: the sentence before names air, drone or artillery strikes, or is itself about "the attacks" of that
    set, the strikes one sentence further back (a statement retold one sentence a paragraph). Three sentences back at
    most; a sentence about anything else ends the search."""
    text = ctx.doc.text
    if not _SET_NOUN.fullmatch(normalize(text[cand.start : cand.end].split(" ")[0])):
        return None
    here = ctx.sentence_index(cand.sentence[0])
    for back in range(1, 4):
        if here - back < 0:
            return None
        prev = ctx.sentences[here - back]
        family = means_family(ctx, prev.start, prev.end, _REMOTE_FAMILIES)
        if family is not None:
            return family
        if not _SET_NOUN_DEFINITE.search(normalize(text[prev.start : prev.end])):
            return None
    return None


#: Classes of strikes from afar, whose kind "the strikes" may take from the sentence before them.
_STRIKE_CLASSES = frozenset({"bombardment", "shelling", "air_strike", "drone_strike"})
#: Weapon families told from afar, which a sentence before "the strikes" may name for them.
_REMOTE_FAMILIES = ("drone_strike", "air_strike", "shelling")


def _sentence_before(ctx: Context, s0: int) -> tuple[int, int] | None:
    """The sentence right before the one that starts at ``s0``, when both are in one paragraph (None otherwise)."""
    here = ctx.sentence_index(s0)
    if here == 0 or ctx.sentences[here].start != s0:
        return None
    prev = ctx.sentences[here - 1]
    if ctx.block(prev.start) != ctx.block(s0):
        return None
    return prev.start, prev.end


def _blast(word: str, tense: str) -> bool:
    """A bombing told by its blast or as a bombing noun (انفجار، تفجير سروج), not by a verb of detonating (فجروا)."""
    return "انفجار" in word or (tense == "noun" and "تفجير" in word)


def _after_relative(ctx: Context, start: int) -> bool:
    """Whether a relative pronoun stands in the two words before ``start`` (التي دمرت فيها، الذي دمر)."""
    before = normalize(ctx.doc.text[max(0, start - 30) : ctx.word_start(start)]).split()[-2:]
    return any(w in _RELATIVE_WORDS for w in before)


_RELATIVE_WORDS = frozenset(normalize(w) for w in ("التي", "الذي", "الذين", "اللتي", "اللذين", "اللتين"))


#: What an arrest was for (أوقفت السلطات مدونا بسبب منشورات انتقد فيها الحكومة): its reason, not the register.
_REASON = re.compile(r"(?<![\u0621-\u064A])(?:بسبب|بتهمة|بتهم|على خلفية|لاتهامه|لاتهامها|بدعوى)(?![\u0621-\u064A])")


#: A side's own men lost (فقدت المقاومة أحد قياداتها، خسر التنظيم عشرات من مقاتليه) is a clash told by its cost
#: (events.yaml), unless the sentence tells a death without fighting (مرض، وفاة، حادث سير) (round 11c).
_LOSS_VERB = re.compile(r"(?:و|ف)?(?:[تين]?(?:فقد|خسر))")
_NATURAL_DEATH = re.compile(
    r"(?<![\u0621-\u064A])(?:ب|و|ال|بال)*(?:مرض|المرض|وفاة|توفي|توفيت|رحيل|الرحيل|المنية|حادث|نعت|نعى|نعي|"
    r"أزمة قلبية|جلطة|السرطان|سرطان|عمر يناهز)(?![\u0621-\u064A])"
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


#: Nouns of a right or a law before a protest word (حق التظاهر، حرية التظاهر، قانون التظاهر), normalized.
_RIGHT_TO = frozenset(
    normalize(w)
    for w in ("حق", "بحق", "لحق", "وحق", "حرية", "بحرية", "وحرية", "قانون", "بقانون", "حماية", "لحماية", "بحماية")
)
#: A right or a leave told right before a protest noun with a preposition between, its holder may stand before the
#: preposition (حقه في الإضراب عن الطعام، حق السجناء في الإضراب، المسموح فيه بالاحتجاج): what one may do, not a
#: protest held (round 12b).
_RIGHT_IN = re.compile(
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:حق|حقه|حقها|حقهم|حقهن|حقوق|حقي|حقنا|مسموح|المسموح|السماح|بالسماح)"
    r"\s+(?:(?:فيه|فيها|به|بها)\s+|(?:ال)?[\u0621-\u064A]+\s+(?=في))?(?:في|فيه|فيها)?\s*(?:ب|بال|في|ال)?$"
)
#: "In protest at" after a clash (مواجهات مع الشرطة احتجاجا على …): the clash is how a protest was fought out, a
#: riot, when no armed hand is named in its clause (round 12b).
_NON_STATE_HANDS = re.compile(
    r"(?<![\u0621-\u064A])[وبل]?(?:ال)?(?:مسلح\S*|مقاتل\S*|متشدد\S*|[إا]رهابي\S*|متمرد\S*|عناصر|انتحاري\S*)"
    r"(?![\u0621-\u064A])"
)
_IN_PROTEST = re.compile(r"(?<![\u0621-\u064A])[وف]?احتجاج[اً\u064B\u064C]*\s+(?:على|علي)(?![\u0621-\u064A])")
#: Armed hands in a sentence that tells a killing beside a theft (أقدمت عصابة مسلحة على قتل راع وسرقة مواشيه):
#: political violence or banditry ACLED codes, not a plain crime.
_ARMED_HANDS = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:مسلح|مسلحة|مسلحون|مسلحين|مسلحان|ميليشيا|مليشيا|ميليشيات|مليشيات)(?![\u0621-\u064A])"
    # (round 11) a military hand: the smuggler killed in a raid of special forces is political violence ACLED codes
    r"|(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:قوات(?:\s+\S+)?\s+(?:ال)?خاصة|عملية عسكرية|غارة|غارات|طائرة بدون طيار|"
    r"كوماندوز)(?![\u0621-\u064A])"
)


#: Verbs of fleeing before "to an unknown destination" (فروا إلى جهة مجهولة): the attackers left, no one was taken.
_FLED = frozenset(
    normalize(w)
    for w in (
        "فر",
        "فرا",
        "فروا",
        "فرت",
        "وفر",
        "وفرا",
        "وفروا",
        "وفرت",
        "هرب",
        "هربا",
        "هربوا",
        "وهرب",
        "وهربا",
        "وهربوا",
        "لاذ",
        "لاذا",
        "لاذوا",
        "بالفرار",
        "فرار",
        "توارى",
        "تواروا",
        "وتواروا",
        "وتوارى",
        "ولاذوا",
        "ولاذ",
    )
)


#: A sports venue named right before a sports word (ملعب الرمادي الأولمبي، الاستاد الأولمبي، الصالة الرياضية): the word
#: names the building, a place that may be hit or held, not a sport (round 12b).
_VENUE_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:ملعب|استاد|ستاد|صالة|مجمع|المدينة)(?:\s+[\u0621-\u064A]+)?\s+$"
)


#: "Crimes of" and a list of crime nouns after it (جرائم قتل واختطاف وطرد وعنف جنسي): the items are kinds of crime
#: named, each an item joined by و, with one word of its own at most (round 12b). Not a charge (بتهمة اغتصاب امرأة: the
#: act charged may be a happening) nor one crime (جريمة قتل).
_CRIME_LIST = re.compile(
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:جرائم)\s+[^\s،,.:؛]+(?:\s+[^\sو،,.:؛][^\s،,.:؛]*)?"
    r"(?:\s+و[^\s،,.:؛]+(?:\s+[^\sو،,.:؛][^\s،,.:؛]*)?){0,6}\s+$"
)
_CRIME_HEAD = re.compile(r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:جرائم)\s+$")


#: The object of a capture told as vast tracts (استولى على مساحات واسعة، يسيطر على أجزاء كبيرة من البلاد): what a group
#: holds, told to describe it, not a change of hands on a day (round 12b).
_VAST = re.compile(
    r"(?:\s+(?:على|عليها|من))?\s+(?:مساحات|مساحة|أجزاء|أجزاء|مناطق|أراض|أراضي|اراضي|رقعة)\s+"
    r"(?:واسعة|شاسعة|كبيرة|كثيرة|واسعه|شاسعه|كبيره)(?![\u0621-\u064A])"
)


def _dated(ctx: Context, start: int, end: int) -> bool:
    """Whether a day or a date is told in ``[start, end)``."""
    return any(start <= x.start < end for x in ctx.doc.timexes)


def _crime_kind(ctx: Context, m: Any, c0: int) -> bool:
    """Whether the trigger ``m`` is a kind of crime named after "crimes of" (جرائم قتل) or an item of such a list."""
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
    r"\s*[،,]\s*(?:يوم\s+)?(?:(?:ال)?(?:سبت|أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة)|أمس|اليوم|فجر اليوم|مساء أمس|صباح أمس)"
    r"\s*[،,]"
)


def _through_day_aside(ctx: Context, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause, running on through a day set off by commas to the clause after it, where the verb's object stands
    ("وأسرت قوات المقاومة، السبت، العشرات من مسلحي الجماعة": the needs of أسرت are met by its object; round 12c)."""
    aside = _DAY_ASIDE.match(ctx.doc.text, clause[1])
    if aside is None:
        return clause
    return clause[0], ctx.clause(aside.end())[1]


def _vetoed(ctx: Context, m: Any, sentence: tuple[int, int], clause: tuple[int, int]) -> str | None:
    """Why a lexicon match is no trigger (None: it is one)."""
    lex = event_lexicon()
    doc = ctx.doc
    entry = m.value
    s0, s1 = sentence
    back = bool(_BACK_PRONOUN.match(doc.text, m.end, m.end + 12))
    if (
        entry.needs is not None
        and not ctx.need_met(entry.needs, *_through_day_aside(ctx, clause))
        and not (back and ctx.need_met(entry.needs, s0, m.start))
        and not _told_before(ctx, m, s0)
    ):
        return "needs"
    if any(
        e.start <= m.start and m.end <= e.end and e.type != "PER" and not _one_word_slip(doc.text, e, m)
        for e in ctx.names_in(m.start - 80, m.end)
    ):
        return "name"  # الجبهة الوطنية للتحرير، حركة تحرير السودان: a word of a name (a person's "name" round a
        # trigger is the name finder's slip: اختفاءها قسريا)
    # an anniversary vetoes what it recalls (ذكرى مجزرة حماة) and the sentence round it, not what is done on it, told
    # before it in its own clause (اعتقلت السلطات عشرات الناشطين عشية الذكرى الأولى للاحتجاجات)
    history = ctx.has("not:history", s0, m.start) or any(
        not _on_anniversary(ctx, p) for p in ctx.positions("not:history", clause[1], s1)
    )
    sport = any(not _VENUE_BEFORE.search(doc.text, max(s0, p - 30), p) for p in ctx.positions("not:sports", s0, s1))
    others = ("not:history", "not:culture", "not:sports")
    if sport or any(ctx.has(v, s0, s1) for v in VETO_ALL if v not in others) or history:
        return "veto_all"
    if any(not _RALLY_AFTER.match(doc.text, _word_end(doc.text, p)) for p in ctx.positions("not:culture", s0, s1)):
        return "veto_all"
    if len({_bare_word(ctx, p) for p in ctx.positions("not:sports_ambiguous", s0, s1)}) >= 2:
        # النادي … الملعب: sport; one of them alone beside a war word is a place hit or held, told as often as the
        # sentence needs (فرض التنظيم سيطرته على منطقة الملعب … ثم فجر الملعب: round 12b)
        return "veto_all"
    if ctx.covering("not:metaphor", m.start, m.end):
        return "veto_all"
    if _crime_kind(ctx, m, clause[0]):
        return "kind"  # "تنظر المحكمة في جرائم قتل واختطاف وعنف جنسي": kinds of crime named, no happening (round 12b)
    if doc.text[s0 : s0 + 12].lstrip().startswith("سمات "):
        return "tag_line"  # "سمات اشتباكات الشرطة باكستان": a site's tag line, not a sentence
    cls = lex.classes[entry.cls]
    if cls.name in ("capture", "recapture") and _VAST.match(doc.text, m.end) and not _dated(ctx, s0, s1):
        return "vast"  # "التنظيم الذي استولى على مساحات واسعة من سوريا والعراق": a group described, no one capture
    before = normalize(doc.text[max(clause[0], m.start - 60) : m.start]).split()[-7:]
    exposed = any(w in _EXPOSED for w in before)  # تعرض موكب المحافظ لهجوم: was attacked, not an aim
    if entry.weak and entry.tense == "noun" and "ل" in preposition(m.prefix) and not exposed:
        return "aim"  # لقتال داعش، للمعارك: an aim, not a happening
    if (entry.weak or cls.name in ("attack",)) and any(
        ctx.has(v, s0, _reason_cut(ctx, cls.name, m.end, s1)) for v in VETO_WEAK
    ):
        return "veto_weak"
    if cls.name == "protest" and ctx.previous_word(ctx.word_start(m.start)) in _RIGHT_TO:
        return "right"  # "حماية حق التظاهر السلمي": the right to protest, no protest
    if cls.name == "protest" and _RIGHT_IN.search(doc.text, max(s0, m.start - 30), ctx.word_start(m.start)):
        return "right"  # "حقه في الإضراب عن الطعام"، "المسموح فيه بالاحتجاج": a right or a leave, no protest (12b)
    armed_hands = cls.name == "killing" and bool(_ARMED_HANDS.search(doc.text, s0, s1))
    crime_prone = ("arrest", "killing", "looting", "capture")  # استولوا على ما يحملونه من مبالغ: a robbery
    if cls.name in crime_prone and ctx.has("not:crime", s0, s1) and not armed_hands:
        return "crime"  # مروج مخدرات، سرقة: crime, not political violence
    if cls.name in ACCIDENT_PRONE and ctx.has("not:accident", s0, s1):
        return "accident"  # غرق مركب، انفجار أسطوانة غاز: deaths without an attacker
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
        and normalize(m.key).lstrip("وف").startswith(("دمر", "يدمر", "تدمر"))
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
    if cls.name == "capture" and entry.tense != "noun" and _swept_by(ctx, m.start):
        return "swept"  # موجة من الاحتجاجات اجتاحت العاصمة: protests or floods sweep a place, no one takes it
    if _HASHTAG.search(doc.text, max(0, m.start - 40), m.start) or doc.text[m.end : m.end + 1] == "_":
        return "hashtag"  # (#تفجير_مسجد_طوارئ_عسير): a hashtag names a topic, it tells no happening
    if cls.name == "arrest" and _HALT_WORD.match(normalize(m.key).lstrip("وف")) and _halted(ctx, m.end, clause[1]):
        return "halted"  # أوقفت المدينة خططا، أوقفت السلطات صدور صحيفة: stopped a thing, no one arrested
    if cls.name in ("killing", "arrest", "abduction", "assault") and _animal(ctx, m.end, clause[1]):
        return "animal"  # قتل الأسد سيسيل، احتجاز الحوت: an animal, not a person
    if _titled(ctx, m.start, s0):
        return "title"  # مقالي (الضمان الاجتماعي والاحتجاج)، كتابه «حرب الخليج»: a work's title (round 11)
    if cls.name == "capture" and _from_control(ctx, m.start, m.end):
        return "held"  # حرروا الحي من سيطرة التنظيم: the control a place was freed from, no taking (round 11b)
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
    if cls.name == "protest" and _festival(ctx, m.start, m.end, clause[1]):
        return "festival"  # تظاهرة أيام قرطاج السينمائية، ثلاثين سنة من عمر تظاهرة: a festival, not a protest
    if cls.name == "protest" and _banned(ctx, m.start, sentence):
        return "banned"  # أعلنت المحافظة منع هذه التظاهرة: a protest banned before it took place
    weapon = cls.name in ("shelling", "suicide_bomb", "explosive", "grenade") and entry.tense == "noun"
    if weapon and ctx.has("status:carried", max(clause[0], m.start - 45), m.start):
        return "carried"  # "8 أشخاص يحملون أحزمة ناسفة"، "دمرت القوات ثلاث عجلات مفخخة": carried or seized, not used
    return None


#: A detonating verb or noun ending at most two words before a reflexive (فجرت فتاتان نفسيهما، قام بتفجير نفسه).
SELF_BLAST = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:ب)?(?:فجر|فجرت|فجرا|فجرتا|فجروا|فجرن|يفجر|تفجر|يفجرون|تفجير)(?:\s+\S+){0,2}\s+$"
)
_REFLEXIVE = frozenset(normalize(w) for w in ("نفسه", "نفسها", "نفسيهما", "أنفسهم", "أنفسهن"))
#: "Pretending that" right after تظاهر (التظاهر بأن السوريين سيعودون).
_PRETEND_THAT = re.compile(r"\s*ب(?:أن|ان|إن)(?:ه|ها|هم|هما)?(?![\u0621-\u064A])")
#: A hashtag the trigger is a word of (#تفجير_مسجد_طوارئ_عسير): ``#`` then word characters and ``_`` up to it.
_HASHTAG = re.compile(r"#[\w_]*_?$")
#: The verbs and nouns of stopping that an arrest shares (أوقف، يوقف، توقيف، إيقاف), normalized.
_HALT_WORD = re.compile(r"(?:ال)?(?:اوقف|يوقف|توقف|نوقف|ايقاف|توقيف)")


#: The verb تظاهر and its verbal noun (تظاهر، يتظاهرون، التظاهر), normalized: the only protest words that "pretend".
_PRETEND_VERB = re.compile(r"[وف]?(?:ال)?(?:تظاهر|يتظاهر|تتظاهر|يتظاهرون|تظاهروا|تظاهرت|تظاهرا|نتظاهر|اتظاهر)")


#: "Whoever" and a verb, then و right before the trigger verb (على من عادانا واعتدى علينا، كل من قتل وخطف).
#: (the من of "whoever" only after كل/على/ضد or fused: not the partitive من of "ثلاثة من سكانها وقتلوا")
_WHOEVER_AND = re.compile(r"(?<![\u0621-\u064A])(?:(?:كل|على|ضد|بحق)\s+من|ممن|لمن|بمن|عمن)\s+[\u0621-\u064A]+\s+و?$")


#: Words before an anniversary that make it the day of what the sentence told before it (أعمال العنف التي اندلعت
#: …، في ذكرى مقتل …: the violence took place on it, round 11), normalized.
_ON_DAY = frozenset(normalize(w) for w in ("في", "وفي", "عشية", "بمناسبة", "لمناسبة", "خلال", "يوم", "ليلة"))


def _on_anniversary(ctx: Context, p: int) -> bool:
    """Whether the history word at ``p``, in a clause after the trigger's, names the day of what was told before it
    (في ذكرى، عشية الذكرى، بمناسبة الذكرى) rather than recalling a past happening."""
    return ctx.previous_word(ctx.word_start(p)) in _ON_DAY


_OPENERS = '(«"“'
_CLOSERS = ')»"”'


def _titled(ctx: Context, start: int, s0: int) -> bool:
    """Whether the trigger stands inside brackets or quotes opened right after the noun of a work (events.yaml
    ``word_sets.work_nouns``: مقالي (…)، كتاب «…»، بعنوان "…"): the title of an article, book or programme."""
    text = ctx.doc.text
    head = text[max(s0, start - 80) : start]
    opened = max(head.rfind(c) for c in _OPENERS)
    if opened < 0 or any(c in head[opened + 1 :] for c in _CLOSERS):
        return False
    words = [normalize(w) for w in _WORD_AT.findall(head[:opened])][-1:]
    return bool(words) and words[0] in word_set("work_nouns")


#: The classes of Battles triggers (a clash, an attack on an armed side, a taking or a regaining).
_BATTLE_CLASSES = ("clash", "attack", "capture", "recapture")
#: "Since" a fight or a taking, or "since its start" (زيارة هي الأولى منذ تحريرها، منذ اندلاع المعارك): a happening
#: recalled as the time from which something else is counted: an earlier happening, no day, no row (round 11b).
_SINCE = re.compile(r"(?<![\u0621-\u064A])[وف]?منذ\s+(?:(?:بدء|بداية|اندلاع|انطلاق|انتهاء|توقف|تجدد)\s+)?$")
#: A stretch of months or years, then "because of" (بعد إغلاقه أربعة أشهر بسبب القتال، توقف حوالي أربعة أشهر جراء
#: المواجهات): what a war held shut or stopped, the fighting recalled as its cause (round 11b).
_SPAN_BECAUSE = re.compile(
    r"(?<![\u0621-\u064A])(?:أشهر|اشهر|شهور|شهرين|أسابيع|اسابيع|سنوات|سنة|سنتين|أعوام|اعوام|عامين|عاما|أعواما)\s+"
    r"(?:[\u0621-\u064A]+\s+)?(?:بسبب|جراء|نتيجة|بفعل|من جراء)\s+$"
)
#: "For the sake of" right before a verbal noun (تضحي في سبيل تحرير المدينة، يسقط الشهداء في سبيل استعادة الأرض): an
#: aim. Not من أجل: "خاضت اشتباكات من أجل السيطرة على القاعدة" heads the fight told (the row judgments' rj210).
_FOR_SAKE = re.compile(r"(?<![\u0621-\u064A])في\s+سبيل\s+$")


def _for_sake(ctx: Context, start: int) -> bool:
    """Whether the trigger's word stands right after في سبيل (an aim, as للسيطرة is)."""
    w0 = ctx.word_start(start)
    return bool(_FOR_SAKE.search(ctx.doc.text[max(0, w0 - 20) : w0]))


#: The bare construct "control" (سيطرة, no article, no على after it).
_CONTROL = frozenset(normalize(w) for w in ("سيطرة", "وسيطرة"))


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
    return bool(_SINCE.search(head) or _SPAN_BECAUSE.search(head))


def _trained(ctx: Context, start: int) -> bool:
    """Whether the trigger is what is trained for (events.yaml ``word_sets.training_words`` + على right before it:
    التدريب على إطلاق النار، تدريبات على اقتحام المباني، دورة على تفكيك العبوات)."""
    training = word_set("training_words")
    before = [normalize(w) for w in _WORD_AT.findall(ctx.doc.text[max(0, start - 60) : start])]
    before = [w if w in training else w.lstrip("وفبل") for w in before]  # لتدريب، وبالتدريب
    if len(before) >= 2 and before[-1] == normalize("على") and before[-2] in training:
        return True
    # a second skill joined by و (لتدريب على اقتحام المباني وتفكيك العبوات), at most three words after على
    tail = before[-5:]
    joined = ctx.doc.text[start : start + 1] == "و" or ctx.doc.text[max(0, start - 1) : start] == "و"
    return joined and any(tail[i] in training and tail[i + 1] == normalize("على") for i in range(len(tail) - 1))


def _pretended(ctx: Context, end: int) -> bool:
    """Whether the first word with ب among the three after a protest verb is ب + a quality feigned (events.yaml
    ``word_sets.pretended_qualities``: التظاهر بالانفتاح، تظاهر المتهم بالبراءة). Only that word is read: a demand told
    later (تظاهر مئات للمطالبة بالإصلاح) keeps the protest."""
    words = [normalize(w) for w in _WORD_AT.findall(ctx.doc.text[end : end + 40])][:3]
    word = next((w for w in words if w.startswith("ب")), "")
    return word[1:] in word_set("pretended_qualities")


def _swept_by(ctx: Context, start: int) -> bool:
    """Whether the subject right before a verb of overrunning is a wave of protests, a flood or the like (events.yaml
    ``word_sets.sweeping_subjects``)."""
    return ctx.previous_word(ctx.word_start(start)) in word_set("sweeping_subjects")


def _halted(ctx: Context, start: int, end: int) -> bool:
    """Whether a thing stopped (events.yaml ``word_sets.halted_objects``) is one of the four words after an arrest
    verb of stopping."""
    words = [normalize(w) for w in _WORD_AT.findall(ctx.doc.text[start:end])][:4]
    halted = word_set("halted_objects")
    return any(w in halted for w in words)


def _animal(ctx: Context, start: int, end: int) -> bool:
    """Whether the object right after a trigger is an animal (events.yaml ``word_sets.animals``; الأسد only after
    هذا: not the Assads)."""
    words = [normalize(w) for w in _WORD_AT.findall(ctx.doc.text[start : min(end, start + 30)])][:3]
    if words[:2] == [normalize("هذا"), normalize("الأسد")]:
        return True
    animals = word_set("animals")
    if len(words) == 3 and words[1] == normalize("من"):
        return words[2] in animals  # مقتل آلاف من الثور الأميركي
    return bool(words) and words[0] in animals


#: Things "assaulted" (الاعتداء على الأراضي، التعدي على الممتلكات العامة، الاعتداء على الشعاب والأودية): an
#: encroachment or an offence, not violence against people.
_ASSAULT_ON_THING = re.compile(
    r"\s*(?:على|علي)\s+(?:ال)?(?:أراضي|اراضي|أراض|اراض|شعاب|أودية|اودية|ممتلكات العامة|مال العام|أملاك|املاك|"
    r"مرافق|محميات|غطاء النباتي|أشجار|اشجار|حقوق|خصوصية|أنظمة|انظمة|سيادة|مقدسات|رموز|دستور|قوانين|مواقع الأثرية|"
    r"أمن|امن|استقرار|حرمة|كرامة|هيبة|مشاعر|ثوابت|قيم|"
    # (round 11) a right, a freedom, a will or an interest: اعتداء على حق الشعب، على حرية الصحافة
    r"حق|حريات|حرية|إرادة|ارادة|مصالح|استقلال|خصوصيات)(?![\u0621-\u064A])"
)
#: A protest noun with its owner (احتجاجها، احتجاجه، احتجاجهم), normalized: lodged by someone after ``_LODGED``.
_FORMAL_PROTEST = re.compile(r"(?:ال)?احتجاج(?:ه|ها|هم|هما)$")
_LODGED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:قدم|قدمت|قدموا|أبدى|أبدت|ابدى|ابدت|سجل|سجلت|أبلغ|أبلغت|ابلغ|ابلغت|نقل|نقلت|"
    r"أعرب|أعربت|اعرب|اعربت|سلم|سلمت|جدد|جددت)(?![\u0621-\u064A])"
)


def _snatched(ctx: Context, start: int, end: int) -> bool:
    """Whether a thing snatched (events.yaml ``word_sets.snatched_objects``) is one of the three words after an
    abduction verb."""
    words = [normalize(w) for w in _WORD_AT.findall(ctx.doc.text[start:end])][:8]
    snatched, far = word_set("snatched_objects"), word_set("snatched_far")
    return any(w in snatched for w in words[:3]) or any(w in far for w in words)  # (far: round 11)


#: Nouns before the protesters' noun that make it theirs, not their act (مطالب المتظاهرين، ممثلي المحتجين).
_OF_PROTESTERS = frozenset(
    normalize(w)
    for w in ("مطالب", "لمطالب", "بمطالب", "ومطالب", "مطالبات", "مطلب", "ممثلي", "ممثلو", "وفد", "تنسيقية", "لجنة")
)
#: Tools and means before a trigger noun with ل (أدوات للاعتداء، أسلحة للقتل، مواد للتفجير), normalized.
_TOOLS = frozenset(
    normalize(w)
    for w in ("أدوات", "أداة", "وسائل", "وسيلة", "أسلحة", "سلاح", "معدات", "مواد", "آلات", "آلة", "أجهزة", "عدة")
)


def _tool_before(ctx: Context, start: int) -> bool:
    """Whether the word before the trigger (its و aside) is a tool or means (``_TOOLS``)."""
    word = ctx.previous_word(ctx.word_start(start))
    return word in _TOOLS or (word.startswith("و") and word[1:] in _TOOLS)


#: The words round تظاهرة that make it a festival or a season of events (as in Maghrebi and Levantine usage).
_FESTIVAL_BEFORE = frozenset(
    normalize(w) for w in ("دورة", "الدورة", "دورات", "عمر", "فعاليات", "افتتاح", "ختام", "برنامج", "انطلاق", "انطلاقة")
)


def _festival(ctx: Context, start: int, end: int, clause_end: int) -> bool:
    """Whether the noun تظاهرة at ``[start, end)`` names a festival: a festival word among the three words after it,
    or a season's word before it (دورة، فعاليات، عمر)."""
    if not normalize(ctx.doc.text[start:end]).removeprefix("ال").startswith(normalize("تظاهرة")):
        return False
    after = [normalize(w) for w in _WORD_AT.findall(ctx.doc.text[end:clause_end])][:3]
    festival = word_set("festival_after")
    return any(w in festival for w in after) or ctx.previous_word(ctx.word_start(start)) in _FESTIVAL_BEFORE


#: A ban right before a protest noun (منع هذه التظاهرة، حظر المسيرة، قرار بمنع المظاهرات).
_BAN_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:ب|ل)?(?:منع|حظر|بحظر|بمنع)\s+(?:(?:هذه|تلك|أي|اي)\s+)?(?:ال)?$")


def _banned(ctx: Context, start: int, sentence: tuple[int, int]) -> bool:
    """A protest noun named right after a ban (منع هذه التظاهرة), in a sentence that tells no one broken up or
    held: a ban before the day, not a protest."""
    w0 = ctx.word_start(start)
    if not _BAN_BEFORE.search(ctx.doc.text, max(sentence[0], w0 - 25), w0):
        return False
    return not _BROKEN_UP.search(ctx.doc.text, *sentence)


#: Force or arrests at a protest (فرقت، اعتقلت، الغاز المسيل): a protest that did take place in spite of a ban.
_BROKEN_UP = re.compile(r"فرق|فض|اعتقل|قمع|الغاز المسيل|خراطيم|هراوات|المشاركين|المتظاهرين|المحتجين|متظاهر|محتج")


#: "Was subjected to" (تعرض لهجوم): the ل after it names what happened, not an aim (normalized).
_EXPOSED = frozenset(
    normalize(w)
    for w in (
        "تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون",
        # the verbal noun with its owner (إثر تعرضه لهجوم بالسواطير)
        "تعرضه", "تعرضها", "تعرضهم", "تعرضهما", "لتعرضه", "لتعرضها", "لتعرضهم", "بتعرضه", "بتعرضها",
    )
)  # fmt: skip


def preposition(prefix: str) -> str:
    """The conjunction and preposition of a normalized proclitic string, without the article (لل → ل)."""
    if prefix.endswith("لل"):
        return prefix[:-1]
    return prefix[:-2] if prefix.endswith("ال") else prefix


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


# ---------------------------------------------------------------------------------------------------- coding
def means_family(ctx: Context, start: int, end: int, allowed: tuple[str, ...]) -> str | None:
    """The first weapon family of ``allowed`` (in the resource's priority order) cued in ``[start, end)``."""
    for family in event_lexicon().means:
        if family in allowed and any(
            ctx.previous_word(ctx.word_start(p)) not in _UNIT_WORDS
            and not ctx.has("status:carried", max(0, p - 45), p)
            and not (family == "drone_strike" and _march(ctx, p))
            and not (family == "grenade" and _HOMEMADE.match(ctx.doc.text, p))
            for p in ctx.positions(f"means:{family}", start, end)
        ):
            return family
    return None


#: A "hand-made" bomb (قنبلة يدوية الصنع): an improvised explosive, not a hand grenade.
_HOMEMADE = re.compile(r"\S*\s+يدوية\s+الصنع")


#: The proclitics of an instrument (بالمدفعية، بصواريخ، وبقذائف), normalized.
_INSTRUMENTAL = frozenset({"ب", "بال", "وب", "وبال", "فب", "فبال"})


def instrumental_family(ctx: Context, start: int, end: int, allowed: tuple[str, ...]) -> str | None:
    """The first weapon family of ``allowed`` cued in ``[start, end)`` by a word written with the instrumental ب."""
    text = ctx.doc.text
    for family in event_lexicon().means:
        if family in allowed and any(
            normalize(text[ctx.word_start(p) : p]) in _INSTRUMENTAL and not ctx.has("status:carried", max(0, p - 45), p)
            for p in ctx.positions(f"means:{family}", start, end)
        ):
            return family
    return None


#: Words before or after a bare مسيرة that make it a march, not a drone (خلال مسيرة مناهضة، مسيرة سلمية).
_MARCH_BEFORE = frozenset(
    normalize(w) for w in ("خلال", "في", "شارك", "شاركوا", "نظم", "نظمت", "نظموا", "تفريق", "علي")
)
_MARCH_AFTER = re.compile(
    r"^\s*(?:سلمية|احتجاجية|حاشدة|مناهضة|مؤيدة|شعبية|راجلة|ليلية|تضامنية|جابت|للمطالبة|نظمها|دعت|خرجت|انطلقت|مسيرات)"
)


def _march(ctx: Context, p: int) -> bool:
    """Whether the bare word مسيرة at ``p`` is a march (a demonstration), not an aircraft."""
    text = ctx.doc.text
    w0 = ctx.word_start(p)
    word = text[w0 : p + 8].split(" ")[0]
    if not normalize(word).lstrip("وفبل").removeprefix("ال").startswith("مسير"):
        return False
    end = w0 + len(word)
    return ctx.previous_word(w0) in _MARCH_BEFORE or bool(_MARCH_AFTER.match(text[end : end + 20]))


def _captor(ctx: Context, c0: int, c1: int) -> bool:
    """Non-state hands that hold someone in the clause (احتجزته ميليشيا مسلحة), not armed men held (القبض على 125
    مسلحا: after على or من they are the ones taken)."""
    text = ctx.doc.text
    for p in ctx.positions("captors", c0, c1):
        before = normalize(text[max(c0, p - 30) : p]).split()[-3:]
        if not any(w in ("علي", "من") for w in before):
            return True
    return False


#: A raid (داهم مسلحون مجمعا): armed men who storm a place are attackers, not captors.
_RAID = re.compile(r"داهم|مداهم|دهم")


#: Relative pronouns (normalized): what follows qualifies the noun before them.
_RELATIVE = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))


#: Words before a weapon adjective that make it a unit's name (ضابط في القوى الجوية، الدفاعات الجوية), normalized.
_UNIT_WORDS = frozenset(normalize(w) for w in ["القوى", "القوات", "قوات", "الدفاعات", "الدفاع", "قاعدة", "القاعدة"])


#: "في هجومين منفصلين"، "في حادثين منفصلين"، "بانفجار منفصل": happenings the text itself tells apart from the others.
_SEPARATE = re.compile(r"(?<![\u0621-\u064A])منفصل(?:ين|تين|ان|تان|ة|ا)?(?![\u0621-\u064A])")


#: A clause opened by "also" (كما قتل شخص …، وكما استهدفت الغارات …), after nothing but a speech lead-in and its
#: quote mark (وأضاف المصدر: "كما …"); not "as" before a speech verb (كما قالت الشرطة) or a comparison (كما هو).
_ALSO = re.compile(
    r"\s*[\"«“]?\s*(?:و?كما\s+(?!(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|هو|هي|في|أن|ان)"
    r"(?![\u0621-\u064A]))"
    # "وفي حادث آخر قتل شرطي …"، "وفي هجوم آخر …": the next item of a list of the day's happenings
    r"|و?في\s+(?:حادث|حادثة|هجوم|تفجير|انفجار|اعتداء)\s+(?:آخر|أخرى|اخر|اخرى|ثان|ثاني|ثانية|مماثل|مماثلة)"
    r"(?![\u0621-\u064A]))"
)


#: A noun of a violent happening (استهدفت غارة أخرى، وقعت اشتباكات مماثلة): "another" after it is the happening's.
_HAPPENING_NOUN = re.compile(
    r"\s*(?:غارة|غارات|ضربة|ضربات|هجوم|هجمات|تفجير|انفجار|قصف|اشتباكات|اشتباك|مواجهات|عملية)\s*$"
)


#: Nothing, or a speech verb, its speaker and a colon (وأضاف المصدر: ، وقال مصدر أمني إن): what may open a sentence
#: before a clause of "also".
_SPEECH_LEAD = re.compile(
    r"\s*(?:[وف]?(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أوضح|أوضحت|ذكر|ذكرت|تابع|تابعت|أكد|أكدت)(?:\s+[^\s،,.:؛]+){0,4}?"
    r"\s*[:،,]?\s*[\"«“]?\s*(?:إن|ان|أن)?\s*)?"
)


#: A clause opened by its dead, then the happening's noun with ب (وقتل ثلاثة آخرون بقصف مماثل …، كما قتل شرطي
#: بتفجير …): the toll of a happening of its own, the list's next item.
_TOLL_BY_SIMILAR = re.compile(
    r"\s*[وف]?(?:قتل|قُتل|لقي|أصيب|أُصيب|جرح|جُرح|استشهد)(?![\u0621-\u064A])[^،,.:؛]{0,60}?\s+(?:و?ب|ف?ب)$"
)


#: Round 12: a clause (after its speaker) opened by its dead or wounded, with the count before the verb or after it,
#: then the happening's noun with ب or في (أضاف المصدر أن سبعة آخرين قتلوا وأصيب 25 في تفجير آخر شرقي المدينة): the
#: toll of the list's next item, told the same day as the one before it.
_TOLL_FIRST = re.compile(
    r"\s*(?:[وف]?(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أوضح|أوضحت|ذكر|ذكرت|تابع|تابعت|أكد|أكدت)[^،,.:؛]{0,40}?\s"
    r"(?:إن|ان|أن)\s+)?"
    r"(?![وف]?(?:كان|كانت|كانوا)\s)[وف]?(?:[^\s،,.:؛]+\s+){0,3}?[وف]?(?:قتل|قتلوا|قتلا|قتلت|لقي|لقوا|لقيت|أصيب|أصيبوا|أصيبت|اصيب|اصيبوا|جرح|جرحوا|"
    r"استشهد|استشهدوا)(?![\u0621-\u064A])[^،,.:؛]{0,60}?\s+(?:و?ب|ف?ب|في\s+)$"
)


#: A definite "other" (الأخرى، الآخر، الأخريات), the rest of a set told before it.
_THE_OTHER = re.compile(r"\s*(?:الأخرى|الاخرى|الآخر|الاخر|الأخريات|الآخرين|الاخرين)(?![\u0621-\u064A])")


#: "Also" right after a definite trigger (واستهدفت الهجمات أيضا أهدافا قرب حلب): more of the set told (round 12b).
_ALSO_AFTER = re.compile(r"\s*(?:أيضا|ايضا|أيضاً|ايضاً)(?![\u0621-\u064A])")


def _the_rest(text: str, m: Any, p: int) -> bool:
    """Round 12: a definite trigger with a definite "other" right after it ("وجرت الضربات الأخرى قرب كركوك") names
    the rest of the set its text has told (the other strikes of the same statement), not another happening of
    another day."""
    definite = m.prefix.endswith(("ال", "لل")) or m.key.startswith("ال")
    other = _THE_OTHER.match(text, m.end)
    return definite and other is not None and other.end() > p


#: A subject right after a verb of striking (كما قصفت قوات النظام، كما استهدف المسلحون): the verb's own hands.
_OWN_SUBJECT = re.compile(
    r"\s+(?:ال)?(?:قوات|جيش|مسلح\S*|عناصر|مقاتل\S*|ميليشي\S*|مليشي\S*|مدفعية|حوثي\S*|متمرد\S*|ثوار|مقاومة|"
    r"تنظيم|جماعة|فصائل|وحدات|طائر\S*|مقاتلات|طيران|بوارج|زوارق|دبابات)(?![\u0621-\u064A])"
)


def _next_to(ctx: Context, end: int, p: int) -> bool:
    """Whether the "another" word at ``p`` qualifies the trigger ending at ``end``: right after it, or after one
    noun of a happening (كما استهدفت غارة أخرى), not after an object (تهدم منازل أخرى)."""
    n = ctx.words_between(end, p)
    return n == 0 or (n == 1 and bool(_HAPPENING_NOUN.match(ctx.doc.text, end, p)))


def refine(ctx: Context, cand: Candidate) -> None:
    """Step 3: a generic trigger takes its sub-type from the weapon and target words of its clause."""
    lex = event_lexicon()
    c0, c1 = cand.clause
    if _SEPARATE.search(ctx.doc.text, c0, c1):
        cand.cues.add("separate")  # told apart by the text's own word: no sentence's event told again (round 11)
    if cand.definite and (_THE_OTHER.match(ctx.doc.text, cand.end) or _ALSO_AFTER.match(ctx.doc.text, cand.end)):
        # "وجرت الضربات الأخرى قرب كركوك": the rest of the set, items of their own, not the strikes told (round 12)
        cand.cues |= {"also", "rest"}
    if cand.another and c0 == cand.sentence[0] and _TOLL_FIRST.match(ctx.doc.text, c0, cand.start):
        # "وأضاف المصدر أن سبعة آخرين قتلوا وأصيب 25 في تفجير آخر شرقي المدينة": another happening, told as the
        # next item of the day's report with its own toll, not one recalled (round 12: dated as its sentence)
        cand.cues.add("toll_item")
    if _ALSO.match(ctx.doc.text, c0, cand.start) or _TOLL_BY_SIMILAR.match(ctx.doc.text, c0, cand.start):
        cand.cues.add("also")  # "كما قتل شخص بتفجير في منطقة …": one more item of a list of happenings (round 11b)
        # "كما قتل شخص بتفجير مماثل في منطقة …"، "كما استهدفت غارة أخرى منطقة …": "similar" or "another" right after
        # the trigger, in a list told with "also", is one more happening of the list's day, not an earlier one
        # recalled (not "تهدم منازل أخرى": other houses, the word of the object)
        # (only where "also" opens the sentence or the source's quoted words, not a clause of a sentence about the
        # past: "وكان الشهر الماضي قد شهد …، كما لقي قائد التنظيم مقتله في غارة مماثلة")
        opens = _SPEECH_LEAD.fullmatch(ctx.doc.text, cand.sentence[0], c0) is not None
        if opens and any(_next_to(ctx, cand.end, p) for p in ctx.positions("status:another", cand.end, cand.end + 20)):
            cand.another = False
    name = cand.cls.name
    if direct_fire_on_armed(ctx, cand):
        # "هاجم مسلحون نقطة تفتيش للشرطة بقذائف آر بي جي": a shoulder-fired rocket aimed by fighters at an armed post
        # is fire exchanged at close range, an armed clash in ACLED, not remote shelling (the shell noun too)
        cand.cls = lex.classes["clash"]
        cand.cues.add("means:direct_fire")
        return
    allowed = REFINE_TO.get(name)
    if allowed:
        lo, hi = c0, c1
        if name in ("attack", "killing", "assassination") or (name == "bombardment" and cand.weak):
            # a weapon word decides a killing's or an attack's sub-type only near it ("قتل … الضابط في القوى
            # الجوية" is not an air strike; "هجوم … استخدم خلاله أسلحة متوسطة فضلا عن قذائف" is a clash)
            lo, hi = max(c0, back_words(ctx.doc.text, cand.start, 4)), min(c1, cand.end + 40)
            if name == "bombardment" and ctx.previous_word(ctx.word_start(cand.start)) in _RELATIVE:
                lo = c0  # "غطاء جوي من طائرات التحالف … الذي استهدف مواقع": the noun it qualifies names the weapon
        family = means_family(ctx, lo, hi, allowed)
        also_verb = "also" in cand.cues and cand.sentence[0] < c0 and not _OWN_SUBJECT.match(ctx.doc.text, cand.end)
        if family is None and name == "bombardment" and also_verb:
            # "شنت مقاتلات التحالف غارات على مواقع في كرش، كما قصفت تجمعات في الشريجة": the verb after كما goes on
            # with the aircraft of its sentence when it names no subject of its own (round 11b)
            family = means_family(ctx, cand.sentence[0], c0, ("drone_strike", "air_strike"))
        if family is None and name == "bombardment" and cand.definite:
            # "وجرت الضربات الأخرى قرب كركوك" after a sentence of air strikes: the strikes told (round 12)
            prev = _sentence_before(ctx, cand.sentence[0])
            family = means_family(ctx, *prev, tuple(f for f in allowed if f in _REMOTE_FAMILIES)) if prev else None
        if family is None and name == "attack" and cand.definite and cand.tense == "noun":
            # "نفذ التحالف 19 غارة جوية … وأضاف البيان أن الهجمات تركزت قرب الحسكة. واستهدفت الهجمات أيضا أهدافا قرب
            # حلب": "the attacks", told right after strikes with no weapon of their own, are those strikes (round 12b)
            family = _set_told_before(ctx, cand)
            if family is not None:
                cand.cues.add("set")
        if family is None and name == "bombardment" and cand.weak:
            # "واصل الثوار استهداف قريتي كفريا والفوعة … شمال إدلب بالمدفعية الثقيلة": the weapon told with ب at the
            # end of the clause, past the target and its place, is the means of the targeting
            family = instrumental_family(ctx, hi, c1, allowed)
        if family is None and name == "bombardment" and ctx.has("means:firearms", lo, hi):
            cand.cls = lex.classes["attack"]  # استهدف مسلحون سيارة بوابل من الرصاص: shooting, not shelling
            name = "attack"
        elif family is not None:
            cand.cls = lex.classes[MEANS_CLASS[family]]
            cand.cues.add(f"means:{family}")
            if family in ("air_strike", "drone_strike", "shelling", "chemical", "suicide_bomb"):
                cand.weak = False  # استهدفت طائرة مسيرة اجتماعا: the weapon makes the weak verb an event
            return
        if (
            name == "bombardment"
            and cand.weak
            and _toll_of_targeting(ctx, cand)
            and _air_lead(ctx, cand)
            and not ctx.has("means:firearms", c0, c1)
        ):
            # "المرصد: مقتل 51 من داعش في قصف لطائرات التحالف … مقتل 11 جراء استهداف مبنى": a bare targeting in an
            # article whose headline and lead tell air strikes, with no other weapon in its clause, is one of them
            cand.cls = lex.classes["air_strike"]
            cand.cues.add("means:air_strike")
            cand.weak = False
            return
        if name == "bombardment" and cand.weak:
            # "شنوا هجوما استهدف تجمعا للجيش": a bare "targeted" with no weapon of its own says what another
            # trigger of its clause did; it names the event only when nothing else does, and then as an attack
            # (استهدفوا دورية عسكرية: a clash; استهدف مسلحون حافلة ركاب: an attack), not as a shelling
            cand.subordinate = True
            cand.cls = lex.classes["attack"]
            name = "attack"
    if (
        name in ("attack", "killing")
        and not cand.cause  # احتجاجا على مقتل شاب برصاص الشرطة: what the protest is about, not force against it
        and not ctx.has("protesters", c0, c1)
        and ctx.has("protest_excessive", c0, c1)
        and _PROTEST_WORD.search(ctx.doc.text, c0, c1)
    ):
        # "سقط قتيلان برصاص قوات الأمن خلال مواكب احتجاجية": killed by the state's fire at a protest
        cand.cls = with_sub(cand.cls, "Excessive force against protesters", "ASSAULT", "crowd-control", "175")
        return
    if name in ("attack", "killing", "clash") and ctx.has("protesters", c0, c1):
        first = ctx.positions("protesters", c0, c1)[0]
        if (
            name != "killing"  # قتل متظاهران: the protesters killed, not fighting
            and first >= cand.end
            and ctx.words_between(cand.end, first) <= 1
            and ctx.previous_word(first)
            not in (
                "علي",
                "ضد",
            )
        ):
            cand.cls = lex.classes["riot"]  # اشتبك محتجون مع قوات الأمن: the protesters fought
            cand.weak = False  # هاجم محتجون مركزا للشرطة: the protesters make the weak verb their riot
        elif name == "clash" and first < cand.start and ctx.previous_word(first) not in ("علي", "ضد"):
            cand.cls = lex.classes["riot"]  # أغلق محتجون الطرق واشتبكوا مع قوات الأمن: the protesters fought
        else:
            cand.cls = with_sub(cand.cls, "Excessive force against protesters", "ASSAULT", "crowd-control", "175")
        return
    if (
        name == "clash"
        and _IN_PROTEST.search(ctx.doc.text, cand.end, c1)
        and not ctx.has("captors", c0, c1)
        and not _NON_STATE_HANDS.search(ctx.doc.text, c0, c1)
    ):
        cand.cls = lex.classes["riot"]  # اشتباكات مع القوات احتجاجا على جريمة: a protest fought out (round 12b)
        cand.weak = False
        return
    if name == "clash" and _UNARMED_FIGHT.match(ctx.doc.text, cand.end):
        cand.cls = lex.classes["mob_violence"]  # اشتباكات بالحجارة بين شبان من قريتين: a brawl, no arms (round 11b)
        return
    if name == "destruction" and _mob(ctx, c0, c1) and not _hands(ctx, c0, c1):
        cand.cls = lex.classes["mob_violence"]  # أقدم عشرات الشبان الغاضبين على إحراق منازل: a mob's arson
        return
    if name == "destruction" and ctx.has("victims", c0, c1) and ctx.has("perpetrators", c0, c1):
        cand.cls = lex.classes["assault"]  # أقدم مستوطنون على إحراق منزل عائلة وأفرادها نائمون: an attack on people
        return
    if name == "arrest" and _UNKNOWN_FATE.search(ctx.doc.text, *cand.sentence):
        cand.cls = lex.classes["abduction"]  # لا يزال مصير الناشط مجهولا منذ اعتقاله: taken and not accounted for
        return
    if (
        name == "arrest"
        and _captor(ctx, c0, c1)
        and not _RAID.search(ctx.doc.text, cand.start, cand.end)
        and not ctx.actors_in(c0, c1)
    ):
        # احتجزته ميليشيا مسلحة: held by unnamed armed men (a named group that detains, as the Houthis or Hezbollah,
        # is a de facto authority making arrests)
        cand.cls = lex.classes["abduction"]
        return
    if name == "mob_violence" and (ctx.has("perpetrators", c0, c1) or ctx.actors_in(c0, c1)):
        cand.cls = lex.classes["assault"]  # ضرب أفراد من الأمن الوطني مواطنا حتى الموت: a beating by named hands
        return
    if name in ("assault", "attack") and _mob(ctx, c0, c1) and not _hands(ctx, c0, c1):
        cand.cls = lex.classes["mob_violence"]  # اعتدى حشد من الغاضبين على شاب
        return
    if name == "riot" and _symbolic(ctx, cand.start) and not _SETTLERS.search(ctx.doc.text, *cand.sentence):
        cand.cls = lex.classes["protest"]  # round 12 (sw): أحرق متظاهرون صورا للرئيس: a symbol burnt, no riot
        return
    settlers = _SETTLERS.search(ctx.doc.text, *cand.sentence)
    if name == "riot" and settlers and not ctx.has("protesters", *cand.sentence):
        # هاجم مستوطنون ملثمون مدرسة ورشقوا الطلاب بالحجارة: settlers' attack, no demonstration
        cand.cls = lex.classes["assault"]
        return
    if (
        name == "attack"
        and settlers
        and _SETTLERS.search(ctx.doc.text, c0, c1)
        and not armed_target_in(ctx, c0, c1)
        and not ctx.has("protesters", *cand.sentence)
    ):
        cand.cls = lex.classes["assault"]  # round 12 (sw): هاجمه مستوطنون بالحجارة: settlers' attack on a person
        return
    if (
        name == "riot"
        and _mob(ctx, c0, c1)
        and not ctx.has("protesters", *cand.sentence)
        and not _PROTEST_WORD.search(ctx.doc.text, *cand.sentence)
    ):
        cand.cls = lex.classes["mob_violence"]  # هاجمت مجموعة من الغاضبين منازل وأحرقتها: a mob, not a demonstration
        return
    if ctx.has("protesters", c0, c1):
        cand.cues.add("protesters")
    if name == "assault":
        armed_target = ctx.has("armed_targets", c0, c1) and not ctx.has("victims", c0, c1)
        if armed_target and ctx.has("means:firearms", c0, c1):
            cand.cls = lex.classes["clash"]
        return
    if name in ("attack", "killing", "assassination"):
        armed = armed_target_in(ctx, c0, c1) or len(ctx.actors_in(c0, c1)) >= 2
        # "8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم": the people before an attack are its hands, and
        # "28 شخصا من عناصر داعش" are fighters: bare "persons" beside armed words are no civilians
        civilians = civilians_in(ctx, c0, c1, armed) or (name == "attack" and _sequel_victims(ctx, cand, c1, armed))
        firearms = ctx.has("means:firearms", c0, c1)
        fighters = name == "killing" and armed_target_in(ctx, cand.end, c1)  # مقتل 28 من عناصر داعش في عمليات أمنية
        if armed and not civilians and (name == "attack" or (name == "killing" and (firearms or fighters))):
            cand.cls = lex.classes["clash"]
        elif name == "attack" and civilians:
            cand.cls = lex.classes["assault"]  # هاجم مسلحون قافلة مساعدات: an attack on civilians
        if name == "attack":
            # told as "an attack" whatever it was typed (الهجوم may name a bombing told); its own trigger only
            cand.cues.add(f"word:attack@{cand.start}")
        if civilians:
            cand.cues.add("victims")
    if name == "protest":
        s0, s1 = cand.clause
        # force told after what the protest is about or whom it buries (احتجاجا على مقتل شاب برصاص الشرطة، خلال
        # تشييع شاب قتل برصاص الشرطة) is the cause, not force against this protest
        cut = min([p for p in ctx.positions("status:cause", s0, s1) if p > cand.start] + [s1])
        funeral = _FUNERAL.search(ctx.doc.text, cand.end, cut)
        cut = min(cut, funeral.start() if funeral else s1)
        aim = _PROTEST_AIM.search(ctx.doc.text, cand.end, cut)
        cut = min(cut, aim.start() if aim else cut)  # نظم الصيادون وقفة رفضا لقرار منع الصيد: the ban is the cause
        reach = _protest_reach(ctx, cand, s1)  # round 12: the clauses that tell how it ended

        def told(name: str, upto: int) -> bool:
            return ctx.has(name, s0, upto) or (reach > s1 and ctx.has(name, s1, reach))

        if told("protest_excessive", cut) or fired_on_during(ctx, cand):
            cand.cls = with_sub(cand.cls, "Excessive force against protesters", "ASSAULT", "crowd-control", "175")
        elif any(not _condemned(ctx, cand, p) and not _symbolic(ctx, p) for p in ctx.positions("riot_cues", s0, s1)):
            cand.cls = lex.classes["riot"]
        elif told("protest_intervention", cut):
            cand.cls = with_sub(cand.cls, "Protest with intervention", "PROTEST", "demo", "141")


def _symbolic(ctx: Context, p: int) -> bool:
    """Round 12 (helper sw): whether the burning word at ``p`` burns a symbol (events.yaml ``word_sets.symbols``:
    أحرقوا صورا للرئيس، أحرق المحتجون العلم): a protest's gesture, not a riot; the word right after the verb, or the one
    after its subject (أحرق متظاهرون صورا)."""
    text = ctx.doc.text
    word = normalize(text[ctx.word_start(p) : _word_end(text, p)])
    if not any(k in word for k in ("حرق", "حرقوا", "احرق", "أحرق")):
        return False
    after = [normalize(w) for w in _WORD_AT.findall(text[_word_end(text, p) : _word_end(text, p) + 40])][:2]
    return any(w in word_set("symbols") for w in after)


def _condemned(ctx: Context, cand: Candidate, p: int) -> bool:
    """Round 12 (helper sw): whether the riot word at ``p`` is what the protest condemns, the object of a cause word
    right before it (تظاهروا تنديدا بحرق نسخة من المصحف، احتجاجا على إحراق منزل): not a riot of this protest."""
    s0, s1 = cand.clause
    return any(cand.start < c < p and ctx.words_between(c, p) <= 2 for c in ctx.positions("status:cause", s0, s1))


#: Round 12 (helper sw): what follows a protest's clause in its sentence, opened by "and"/"then", "before", or "which
#: led to" (وأطلقت الشرطة عليهم الغاز، قبل أن يفرقهن عناصر الأمن، ما أسفر عن سقوط قتلى بين المعتصمين): how it ended;
#: not a description opened by a pronoun or كان (وهو رجل قتل برصاصة: who the protest is about).
_PROTEST_SEQUEL = re.compile(
    r"[\s،,؛]*(?:[وف](?!(?:هو|هي|هم|هما|هن|كان|كانت|كانوا)(?![\u0621-\u064A]))(?=[\u0621-\u064A])"
    r"|قبل\s+أن|قبل\s+ان|ما\s+أسفر|مما\s+أسفر|ما\s+أدى|مما\s+أدى)"
)


#: Words that make a clause after a protest tell another happening (وسقط قتلى في قصف على قرية، واستشهد جندي في
#: هجوم، وفرقت الشرطة تجمعا آخر، في حادث منفصل), not how the protest ended.
_SEQUEL_OTHER = re.compile(
    r"قصف|هجوم|غارة|غارات|انفجار|تفجير|اشتباك|معارك|كمين|عبوة|قذيف|صاروخ|حادث|تجمع|منفصل|آخر(?![\u0621-\u064A])|"
    r"أخرى(?![\u0621-\u064A])"
)


def _protest_reach(ctx: Context, cand: Candidate, s1: int) -> int:
    """The end of the text that tells how a protest went: its clause, and the clauses after it in its sentence while
    each opens as a sequel (``_PROTEST_SEQUEL``) and holds no other protest word (a second protest has its own) and
    no word of another happening (``_SEQUEL_OTHER``)."""
    text, end = ctx.doc.text, cand.sentence[1]
    while s1 < end:
        m = _PROTEST_SEQUEL.match(text, s1)
        if m is None:
            break
        nxt = min(end, max(ctx.clause(m.end())[1], m.end() + 1))
        if _PROTEST_WORD.search(text, m.end(), nxt) or _SEQUEL_OTHER.search(text, m.end(), nxt):
            break
        s1 = nxt
    return s1


#: Round 12 (helper sw): the clause after an attack that tells what its doers did to people (هاجم مسلحون قرية،
#: فقتلوا 15 قرويا؛ وخطفوا عددا من النساء).
_SEQUEL_HARM = re.compile(
    r"[\s،,]*[وف](?:قتلوا|قتلا|قتلت|أصابوا|أصابت|جرحوا|خطفوا|اختطفوا|خطفت|اختطفت|أعدموا|ذبحوا)(?![\u0621-\u064A])"
)


def _sequel_victims(ctx: Context, cand: Candidate, c1: int, armed: bool) -> bool:
    """Whether the clause right after an attack's, opened by its doers' harm (``_SEQUEL_HARM``), names civilians."""
    m = _SEQUEL_HARM.match(ctx.doc.text, c1)
    if m is None or m.end() >= cand.sentence[1]:
        return False
    return civilians_in(ctx, m.end(), min(cand.sentence[1], ctx.clause(m.end())[1]), armed)


#: Round 12 (helper sw): a "festival" that is a political rally (مهرجان جماهيري، مهرجانا خطابيا، مهرجان تضامني):
#: a gathering, not culture.
_RALLY_AFTER = re.compile(r"\s+(?:ال)?(?:جماهيري|خطابي|تضامني|احتجاجي|انتخابي)(?:ا|ة|ًا)?(?![\u0621-\u064A])")


#: Round 12 (helper sw): "without borders" in the name of a body (أطباء بلا حدود، مراسلون بلا حدود) negates nothing.
_WITHOUT_BORDERS = re.compile(r"بلا\s+حدود(?![\u0621-\u064A])")


def _word_end(text: str, p: int) -> int:
    """Where the word that starts at ``p`` ends."""
    m = _WORD_AT.match(text, p)
    return m.end() if m else p


#: Words round الحشد that make it the Popular Mobilization Forces (قوات الحشد، مقاتلي الحشد الشعبي), not a crowd.
_PMF_BEFORE = frozenset(normalize(w) for w in ("قوات", "فصائل", "عناصر", "مقاتلي", "مقاتلو", "ألوية", "هيئة"))
_PMF_AFTER = re.compile(r"\S*\s+(?:ال)?شعبي")


#: Right after a clash word, at most one word between: bare hands, stones, sticks, knives (اشتباكات بالأيدي، اشتبكوا
#: بالحجارة والعصي): a fight without arms, ACLED's mob violence, not an armed clash (round 11b).
_UNARMED_FIGHT = re.compile(
    r"\s+(?:[\u0621-\u064A]+\s+)?(?:بالأيدي|بالايدي|بالحجارة|بالعصي|بالهراوات|بالسكاكين|بالأسلحة البيضاء|"
    r"بالاسلحة البيضاء|بالسلاح الأبيض|بالسلاح الابيض)(?![\u0621-\u064A])"
)


def _mob(ctx: Context, start: int, end: int) -> bool:
    """A crowd word in ``[start, end)`` that is a crowd, not the Popular Mobilization Forces."""
    text = ctx.doc.text
    for p in ctx.positions("mob", start, end):
        w0 = ctx.word_start(p)
        if "حشد" in text[w0 : p + 5] and (ctx.previous_word(w0) in _PMF_BEFORE or _PMF_AFTER.match(text, p)):
            continue  # قتل أربعة من قوات الحشد في هجوم شنه مسلحو التنظيم
        return True
    return False


def _hands(ctx: Context, start: int, end: int) -> bool:
    """An armed or unnamed hand in ``[start, end)`` that is not the target after على (اعتدت حشود غاضبة على مشتبه به:
    the suspect is whom the mob beat)."""
    return any(ctx.previous_word(p) != "علي" for p in ctx.positions("perpetrators", start, end))


#: A fate still unknown after an arrest (لا يزال مصيره مجهولا منذ اعتقاله): a forced disappearance.
_UNKNOWN_FATE = re.compile(
    r"مصير\S*\s+(?:\S+\s+){0,2}?(?:مجهول|مجهولا|غامض|غامضا)|مكان احتجاز\S*\s+(?:مجهول|غير معروف)"
)


#: What a protest is for or against, after its word (رفضا لقرار منع الصيد، للمطالبة بوقف الاعتقالات): its cause.
_PROTEST_AIM = re.compile(
    r"(?<![\u0621-\u064A])(?:رفضا|رفضاً|احتجاجا|احتجاجاً|تنديدا|تنديداً|للمطالبة|مطالبين|للتنديد)(?![\u0621-\u064A])"
)
_SETTLERS = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال)?(?:مستوطن|مستوطنون|مستوطنين|مستوطنان)(?![\u0621-\u064A])"
)
_FUNERAL = re.compile(r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:تشييع|جنازة|جنازات|مراسم دفن)(?![\u0621-\u064A])")
_DURING = re.compile(r"(?<![\u0621-\u064A])(?:خلال|أثناء|اثناء|إبان)(?![\u0621-\u064A])")


def fired_on_during(ctx: Context, cand: Candidate) -> bool:
    """Whether the sentence tells force against people before the protest word and ties it to the protest with
    "during" (استشهد شاب برصاص قوات الاحتلال خلال مواجهات اندلعت عقب مسيرة سلمية), not a protest against a killing
    (تظاهروا احتجاجا على مقتل شاب برصاص الشرطة, where the killing is the cause)."""
    s0 = cand.sentence[0]
    cues = ctx.positions("protest_excessive", s0, cand.start)
    if not cues:
        return False
    between = (cues[0], cand.start)
    return bool(_DURING.search(ctx.doc.text, *between)) and not ctx.has("status:cause", s0, cand.start)


#: Words before an armed word that make it the hand, not the target (برصاص جنود، على يد عناصر، من قبل مسلحين).
_AGENT_WORDS = frozenset(
    normalize(w)
    for w in (
        [
            "برصاص",
            "رصاص",
            "بنيران",
            "نيران",
            "يد",
            "أيدي",
            "قبل",
            "طرف",
            "بقذائف",
            "قذائف",
            "شنه",
            "شنها",
            "نفذه",
            "نفذها",
        ]
    )
)


#: Victim words that say only "person(s)" (normalized): civilians only when no armed word says otherwise.
_PERSONS = frozenset(normalize(w) for w in ["أشخاص", "أشخاصا", "شخص", "شخصا", "شخصين", "شخصان"])


def civilians_in(ctx: Context, start: int, end: int, armed: bool) -> bool:
    """Whether victim words in ``[start, end)`` name civilians."""
    for p in ctx.positions("victims", start, end):
        word = _WORD_AT.match(ctx.doc.text, p)
        if any(a.start <= p < a.end and a.inter != 7 for a in ctx.actors_in(max(0, p - 80), p + 1)):
            continue  # "حزب العمال الكردستاني": a word of a group's name, no workers (round 12b)
        if not armed or word is None or normalize(word.group(0)) not in _PERSONS:
            return True
    return False


_WORD_AT = re.compile(r"[^\W\d_]+")
#: A student, not a demand (أفادت أسرة طالب جامعي بأن قوات الأمن اعتقلته): طالب after a noun it completes or before
#: a word of study.
_STUDENT_AFTER = re.compile(
    r"^\s*(?:جامعي|جامعية|الجامعي|الجامعة|ب?كلية|بالجامعة|بجامعة|في جامعة|في الجامعة|في كلية|ثانوي)"
)
_STUDENT_BEFORE = frozenset(
    normalize(w) for w in ("أسرة", "عائلة", "والد", "والدة", "ذوو", "ذوي", "أهل", "مقتل", "اعتقال")
)


def _student(ctx: Context, p: int) -> bool:
    """Whether the hypothetical cue at ``p`` is the noun طالب (a student), not the verb "demanded"."""
    text = ctx.doc.text
    m = _WORD_AT.match(text, p)
    if m is None or normalize(m.group()) not in ("طالب", "طالبه"):
        return False
    return bool(_STUDENT_AFTER.match(text, m.end())) or ctx.previous_word(ctx.word_start(p)) in _STUDENT_BEFORE


#: A shoulder-fired rocket (آر بي جي، قذائف الـ"بي 7"، قاذف صواريخ محمول): a weapon fired from close range.
_DIRECT_FIRE = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:[اأآإ]ر\.?\s?بي\.?\s?جي|RPG|بي\s?(?:7|٧|سفن)"
    r"|قاذف(?:ة|ات)?\s+(?:ال)?(?:صواريخ|قذائف)|قواذف)(?![\u0621-\u064A])",
    re.IGNORECASE,
)
#: A post or men of the police or the army told by a noun the armed-target list lacks (كمين للشرطة، ارتكاز أمني).
_ARMED_POST = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:كمين|كمينا|ارتكاز|ارتكازا|تمركز|تمركزا|قسم|مركز|مديرية)\s+"
    r"(?:لل|ل|ال)?(?:شرطة|جيش|أمن|امن|أمني|امني|عسكري|للشرطة)(?![\u0621-\u064A])"
)
#: Classes a shoulder-fired rocket makes a clash: an attack, a bare targeting, a killing, the shell noun itself.
_DIRECT_FIRE_CLASSES = frozenset({"attack", "bombardment", "killing", "shelling"})


def direct_fire_on_armed(ctx: Context, cand: Candidate) -> bool:
    """Whether a trigger refined by a shelling word is a shoulder-fired rocket (آر بي جي) of fighters at an armed
    target of its clause (نقطة تفتيش، دورية، حاجز، جنود), with no civilians struck and no aircraft named (mortars
    fired in the same assault are part of it): the attackers are there, so ACLED codes an armed clash (round 10)."""
    c0, c1 = cand.clause
    if cand.cls.name not in _DIRECT_FIRE_CLASSES or not _DIRECT_FIRE.search(ctx.doc.text, cand.start, c1):
        return False
    armed = armed_target_in(ctx, c0, c1) or bool(_ARMED_POST.search(ctx.doc.text, c0, c1))
    if not armed or civilians_in(ctx, c0, c1, True):
        return False
    return not any(ctx.has(f"means:{f}", c0, c1) for f in ("air_strike", "drone_strike", "chemical"))


def armed_target_in(ctx: Context, start: int, end: int) -> bool:
    """Whether an armed word in ``[start, end)`` names a target, not the hand (برصاص جنود الاحتلال: the hand)."""
    return any(ctx.previous_word(p) not in _AGENT_WORDS for p in ctx.positions("armed_targets", start, end))


def with_sub(cls: EventClass, sub: str, plover: str, mode: str | None, cameo: str) -> EventClass:
    return EventClass(
        name=cls.name,
        acled_type=ACLED_SUB_TYPES[sub],
        acled_sub_type=sub,
        plover_type=plover,
        plover_mode=mode,
        cameo=cameo,
        refine=cls.refine,
        weak=cls.weak,
        subordinate=cls.subordinate,
    )


def read_status(ctx: Context, cand: Candidate) -> None:
    """Step 4: status from the words before the trigger in its clause; granularity from dates and tolls."""
    c0, _ = cand.clause
    s0, _ = cand.sentence
    lo = max(c0, back_words(ctx.doc.text, cand.start, 4))
    breaks = ctx.positions("status:negation_break", lo, cand.start)
    neg_from = breaks[-1] if breaks else lo
    negations = ctx.positions("status:negation", neg_from, cand.start)
    if any(not _WITHOUT_BORDERS.match(ctx.doc.text, ctx.word_start(p)) for p in negations):
        cand.status = "denied"
    elif (
        (cand.purpose and cand.cls.name in ("capture", "recapture"))
        or cand.tense == "future"
        or (
            not _AFTER_PAST.search(ctx.doc.text, max(c0, cand.start - 40), cand.start)
            and not _raid_carried_out(ctx, cand)
            and ctx.has(
                "status:future",
                _after_that(ctx, max(c0, back_words(ctx.doc.text, cand.start, 12)), cand.start),
                cand.start,
            )
        )
        or _announced_protest(ctx, cand)
        or (cand.tense == "noun" and ctx.has("status:future_after", cand.end, min(cand.clause[1], cand.end + 40)))
        or (cand.tense == "noun" and _WILL_BE.match(ctx.doc.text, cand.end) is not None)
    ):
        cand.status = "future"  # سيقصف، يعتزم، للسيطرة على (an aim)
    elif any(
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
        for p in ctx.positions("status:hypothetical", max(s0, back_words(ctx.doc.text, cand.start, 8)), cand.start)
    ) or ctx.has("status:hypothetical_after", cand.end, min(cand.clause[1], cand.end + 25)):
        cand.status = "hypothetical"  # في حال شنت غارات؛ من هجمة أخرى محتملة
    elif ctx.has("status:claimed", s0, cand.sentence[1]):
        cand.status = "claimed"
    elif ctx.has("status:alleged", s0, cand.start) or (
        cand.tense == "noun" and ctx.has("status:alleged_after", cand.end, min(cand.clause[1], cand.end + 15))
    ):
        cand.status = "alleged"  # (هجمات مفترضة لبوكو حرام: presumed, round 11)
    elif cand.cls.name == "chemical" and ctx.has("status:speech", s0, cand.start):
        cand.status = "alleged"  # a chemical attack told by one side: ACLED's alleged use


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
_RAID_PAST = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:دخلت|اقتحمت|توغلت|داهمت|دهمت|اقتحموا|دخلوا|توغلوا|داهموا|دهموا|اجتاحت)(?![\u0621-\u064A])"
)


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
    r"(?<![\u0621-\u064A])[وف]?(?:بعد|عقب|إثر|اثر|أعقاب)\s+(?:(?:موجة|سلسلة|أيام|ساعات|أسابيع|أسبوع|يوم|يومين|"
    r"ليلة|جولة|شهر|أشهر|موجات)\s+(?:من\s+)?)?(?:ال)?$"
)
#: A form of "announced" before عن (أعلنت النقابة عن تظاهرة أمام البرلمان مساء اليوم): a protest called, not held.
_ANNOUNCED_ABOUT = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:أعلن|أعلنت|أعلنوا|يعلن|تعلن|اعلن|اعلنت)(?![\u0621-\u064A])")


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


#: A future verb right after a noun trigger (المظاهرات ستكون سلمية، المسيرة ستنطلق من الساحة): still to come.
_WILL_BE = re.compile(
    # (round 11) one word may stand between, an adjective or an accusative: أعلى الاحتجاجات صوتا ستأتي
    r"(?:\s+[\u0621-\u064A]+[اى]?)?"
    r"\s+(?:ستكون|سيكون|ستنطلق|سينطلق|ستقام|سيقام|ستجري|سيجري|ستنظم|سينظم|ستخرج|سيخرج|ستبدأ|سيبدأ|ستأتي|سيأتي|"
    r"ستتواصل|سيتواصل|ستستمر|سيستمر|ستعم|سيعم|ستتجدد|سيتجدد)(?![\u0621-\u064A])"
)


#: A demand made in writing or words (طالب المتظاهرون في بيان): the protesters' statement, not their protest.
_STATEMENT = re.compile(r"بيان|تصريح|رسالة|مؤتمر صحفي|مؤتمر صحافي|مذكرة|عريضة|تغريدة|حساب")
#: A protest told as an act (في مسيرة، خلال وقفة، بمظاهرة), not only through its people (طالب المتظاهرون في بيان).
_PROTEST_ACT = re.compile(
    r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?(?:مسيرة|مسيرات|مظاهرة|مظاهرات|تظاهرة|تظاهرات|وقفة|وقفات|اعتصام|اعتصامات)"
    r"(?![\u0621-\u064A])"
)


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
    return word.lstrip("و").startswith("دع") and ctx.previous_word(ctx.word_start(p)) in _WHICH


_WHICH = frozenset(normalize(w) for w in ("مما", "ما", "وهو ما", "الأمر الذي", "ومما"))


def _protesters_demand(ctx: Context, p: int) -> bool:
    """Whether the cue at ``p`` is a demand (طالب، طالبوا) made by protesters named right after it (طالب مئات
    المتظاهرين …): the protest's own demand, told as happening."""
    m = _WORD_AT.match(ctx.doc.text, p)
    if m is None or not normalize(m.group()).lstrip("و").startswith("طالب"):
        return False
    return any(ctx.words_between(m.end(), q) <= 2 for q in ctx.positions("protesters", m.end(), m.end() + 40))


#: The resolve construction (أقدم شاب على قتل شقيقه): someone did it, the victim follows.
_RESOLVE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:أقدم|أقدمت|أقدموا|أقدما|اقدم|اقدمت|اقدموا)(?![\u0621-\u064A])")
#: A killing told in the passive with the wounded and one count (قتل وأصيب سبعة عراقيين، قتل وجرح عشرات).
_KILLED_WOUNDED = re.compile(
    r"\s*و(?:أصيب|اصيب|جرح|إصابة|اصابة)(?:ت|وا|ا)?\s+(?:\S+\s+)?(?:\d+|[\u0621-\u064A]+(?:ة|ين|ون))"
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
    if any(w in _EXPOSED for w in before):
        return True  # تعرضوا لإطلاق نار من الشرطة: those fired at are the subject of تعرض
    return bool(_KILLED_WOUNDED.match(text, c.end))


def back_words(text: str, offset: int, n: int) -> int:
    """The offset ``n`` words before ``offset`` (words are runs of non-space characters)."""
    pos = offset
    floor = max(0, offset - 20 * n)
    for _ in range(n):
        while pos > floor and text[pos - 1].isspace():
            pos -= 1
        if pos <= floor:
            return floor
        cut = max(text.rfind(" ", floor, pos), text.rfind("\n", floor, pos))
        pos = cut + 1 if cut >= 0 else floor
    return pos


def read_granularity(ctx: Context, c: Candidate) -> None:
    c0, c1 = c.clause
    toll = ctx.has("aggregate_cues", c0, c1) and strong_aggregate(ctx, c)
    # "بعد سلسلة من الهجمات الدامية التي شهدتها تركيا": a series with no day of its own (not "نفذت اليوم سلسلة من
    # الغارات في مناطق …", one day's strikes)
    dated = any(x.type == "DATE" and c.sentence[0] <= x.start < c.sentence[1] for x in ctx.doc.timexes)
    dated = dated or _series_of_the_day(ctx, c)
    toll = toll or (not dated and bool(_SERIES.search(ctx.doc.text, c.sentence[0], c1)))
    mass = c.cls.name == "displacement" and any(f.get("value", 0) >= 1000 for _, f in c.displaced)
    # "قتل 400 ألف من أبناء شعبه": a toll of thousands is a war's, not one happening's
    mass = mass or any((f.get("value") or 0) >= MASS_TOLL for _, f in c.fatalities)
    if (c.date or {}).get("aggregate") or toll or mass:
        c.granularity = "aggregate"
    elif generic_plural(ctx, c) or judged_as_kind(ctx, c) or habitual(ctx, c):
        c.granularity = "ongoing"
    elif _ongoing(ctx, c.end, min(c1, c.end + 40)) or (
        (c.tense == "present" or _ongoing(ctx, c0, c1))
        and not (c.date or {}).get("timex")
        and not in_title(ctx, c.start)
    ):
        c.granularity = "ongoing"  # الاعتداءات مستمرة، القصف المتواصل: what goes on, whatever day is named


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


#: What happens often, not once (وكثيرا ما تقع اشتباكات للسيطرة على الدروب، غالبا ما تشهد المنطقة معارك).
_HABITUAL = re.compile(r"(?:كثيرا|غالبا|عادة|دائما|طالما)\s+ما\s+(?:\S+\s+){0,2}$")


#: From time to time, now and then (تخوض اشتباكات مع أفرادها من حين لآخر، بين الحين والآخر): after the trigger.
_NOW_AND_THEN = re.compile(r"من حين (?:ل|إلى |الى )[آا]خر|بين الحين وال[آا]خر|بين حين و[آا]خر|بين فترة و[أا]خرى")


def habitual(ctx: Context, c: Candidate) -> bool:
    """Whether a trigger is told as what happens often (كثيرا ما تقع اشتباكات، تقع اشتباكات من حين لآخر): a habit,
    not one happening."""
    if _NOW_AND_THEN.search(ctx.doc.text, c.end, min(c.clause[1], c.end + 60)):
        return True
    return bool(_HABITUAL.search(ctx.doc.text, max(c.clause[0], c.start - 40), ctx.word_start(c.start)))


_BETWEEN = re.compile(r"\s+بين\s")


#: Broken plurals of trigger nouns (sound feminine plurals in ات are read from the ending).
_BROKEN_PLURALS = frozenset({"معارك", "مجازر", "براميل", "الغام", "صواريخ", "قذائف", "اسلحه", "مواجهات"})
#: Definite verbal nouns that name a kind of violence as a whole (أعمال القتال في اليمن تتسبب في …), like a plural.
_GENERIC = frozenset({"قتال"})


#: Verbs that tell a plural as having happened (اندلعت الاشتباكات، تواصلت الاحتجاجات), normalized.
_OCCURRED = frozenset(
    normalize(w)
    for w in [
        "اندلعت", "تجددت", "تواصلت", "استمرت", "دارت", "وقعت", "جرت", "شهدت", "خرجت", "نظمت", "شنت", "نفذت",
        "تصاعدت", "توسعت", "عمت", "تجدد", "تواصل", "اندلاع",
    ]
)  # fmt: skip


def generic_plural(ctx: Context, c: Candidate) -> bool:
    """A definite plural told with nothing of its own (الهجمات على المنشآت الطبية، استخدم الأسلحة الكيميائية
    والبراميل المتفجرة ضد شعبه): a kind of violence, not one happening."""
    counted = [f for _, f in c.fatalities + c.injured if f.get("approx") != "vague"]
    if not c.definite or counted:
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
    if [f for _, f in c.fatalities + c.injured if f.get("approx") != "vague"]:
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
_PERIOD_OF = re.compile(r"(?:[أا]شهر|[أا]سابيع|سنوات|[أا]عوام) من (?:ال)?(?:معارك|قتال|اشتباكات|حرب|قصف|غارات|مواجهات)")


#: A series of acts (سلسلة من الهجمات، سلسلة غارات).
_SERIES = re.compile(r"سلسل[ةه] (?:من )?(?:ال)?(?:هجمات|غارات|تفجيرات|عمليات|اعتداءات|ضربات|هجمات)")


def strong_aggregate(ctx: Context, c: Candidate) -> bool:
    text = ctx.doc.text[c.sentence[0] : c.clause[1]]  # "ومنذ بداية السنة، تواجه الحركة انشقاق …"
    offset = c.start - c.sentence[0]
    if any(m.start() <= offset < m.end() for m in _PERIOD_OF.finditer(text)):
        return True
    return bool(
        re.search(
            r"(?:منذ|على) (?:بد|بداي|مطلع|انطلاق|ذلك الحين|سنوات|أشهر|عام|سنة|اندلاع)"
            r"|خلال (?:شهر|رمضان|الأيام|الأسابيع|الحرب|الحملة|الفترة)"
            r"|خلال (?:الأسبوع|الشهر|الأشهر|العام|السنوات)|إجمالي|(?:حصيلة|عدد)[^،.]{0,40}حتى ال[آا]ن"
            r"|حتى ال[آا]ن\s+(?:[أا]كثر من|نحو|قرابة|حوالي)?\s*\d"
            r"|خلال (?:[أا]سبوع|[أا]سبوعين|[أا]يام|يومين)|(?:ال[أا]سبوع|ال[أا]يام|ال[أا]سابيع) (?:ال[أا]خيرة?|الماضية)",
            text,
        )
    )


#: Deaths caused by a targeting (مقتل 11 من التنظيم جراء استهداف، قتل 29 منهم في استهداف): the toll before it.
_TOLL_OF = re.compile(r"(?:مقتل|قتل|مصرع|سقوط|إصابة|اصابة)[^،.؛\n]{0,50}(?:جراء|إثر|اثر|نتيجة|في)\s+$")


def _toll_of_targeting(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` is the verbal noun استهداف told as the cause of deaths in its clause."""
    text = ctx.doc.text
    if not normalize(text[c.start : c.end]).startswith("استهداف"):
        return False
    return bool(_TOLL_OF.search(text, max(c.clause[0], c.start - 80), c.start))


def _air_lead(ctx: Context, c: Candidate) -> bool:
    """Whether a trigger after the lead stands in an article whose headline and first sentence both name air means
    (قصف لطائرات التحالف، غارات جوية): the article tells a campaign of air strikes."""
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    lead = next((x for x in ctx.sentences if x.start >= title_end), None)
    if not title_end or lead is None or c.start < lead.end:
        return False
    return ctx.has("means:air_strike", 0, title_end) and ctx.has("means:air_strike", lead.start, lead.end)


def lead_register(ctx: Context, name: str) -> bool:
    """Whether the first sentence after the headline is crime or an accident for a trigger of class ``name``."""
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    lead = next((x for x in ctx.sentences if x.start >= title_end), None)
    if not title_end or lead is None:
        return False
    crime = name in ("arrest", "killing", "looting") and ctx.has("not:crime", lead.start, lead.end)
    return crime or (name in ACCIDENT_PRONE and ctx.has("not:accident", lead.start, lead.end))


def in_title(ctx: Context, offset: int) -> bool:
    return any(str(b.kind) == "title" and b.start <= offset < b.end for b in ctx.doc.blocks)
