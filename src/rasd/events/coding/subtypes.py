"""Step 3 of the events stage: a generic trigger takes its sub-type from the weapon and target words of its clause;
protests, riots, mobs and settlers' attacks told apart."""

from __future__ import annotations

import re

from rasd.events.coding.classes import _REMOTE_FAMILIES, MEANS_CLASS, REFINE_TO
from rasd.events.coding.readers import _THE_OTHER, _WORD_AT, _sentence_before, _word_end, back_words, means_family
from rasd.events.context import Context
from rasd.events.lexicon import ACLED_SUB_TYPES, EventClass, event_lexicon, word_set
from rasd.events.model import Candidate
from rasd.resources.cues import arg_cue_alt
from rasd.resources.cues import event_cue_alt as cue_alt
from rasd.resources.cues import event_cue_words as cue_words
from rasd.text.normalize import normalize

#: Words of a demonstration anywhere in a sentence (a riot there is a demonstration turned violent, not a mob),
#: read from a word's start after its proclitics (round 13b, helper ev7: no longer inside another word).
_PROTEST_WORD = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:[بلك]?ال|لل|[بلك])?[يتن]?(?:" + cue_alt("protest_words") + r")"
)


#: A word for aircraft right before مسير (طائرة مسيرة، الطائرات المسيرة، بطائرتين مسيرتين): a drone, not a march.
_DRONE_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?طائر(?:ة|ه|ات|تين|تان)\s+$")


def protest_word(text: str, start: int, end: int) -> bool:
    """Whether a word of a demonstration (``_PROTEST_WORD``) stands in ``[start, end)``, a drone (طائرة مسيرة) aside
    (round 13b, helper ev7)."""
    for m in _PROTEST_WORD.finditer(text, start, end):
        if "مسير" in m.group(0) and _DRONE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        return True
    return False


#: A definite plural of attacks or strikes (الهجمات، الضربات، العمليات), as its first word.
_SET_NOUN = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال|لل)?(?:" + cue_alt("set_nouns") + r")(?![\u0621-\u064A])"
)


_SET_NOUN_DEFINITE = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب)?(?:ال|لل)(?:" + cue_alt("set_nouns") + r")(?![\u0621-\u064A])"
)


#: Left-over ordnance (round 15b, ty): "من مخلفات الحرب/الاحتلال"، "غير منفجرة"، "لم تنفجر".
_REMNANT = re.compile(
    r"\s*(?<![\u0621-\u064A])(?:من\s+مخلفات|مخلفات\s+(?:ال)?حرب|غير\s+(?:ال)?منفجر(?:ة|ه)?|لم\s+تنفجر)(?![\u0621-\u064A])"
)


def _suicide_told_around(ctx: Context, cand: Candidate) -> str | None:
    """Round 15b (ty): ``suicide_bomb`` for an explosion with no weapon of its own when its story's suicide bombing
    is told by a sentence next to it: "the explosion" (definite) after one of the two sentences before it that names a
    suicide bombing, or an explosion told first and the sentence right after it naming the suicide bomber, unless that
    sentence opens a new item (وفي …، كما …، إلى ذلك)."""
    here = ctx.sentence_index(cand.sentence[0])
    around = [here + 1] + ([here - 1, here - 2] if cand.definite else [])
    for i in around:
        if 0 <= i < len(ctx.sentences) and i != here:
            s = ctx.sentences[i]
            if i > here and _NEW_ITEM.match(ctx.doc.text, s.start, s.end):
                continue
            if means_family(ctx, s.start, s.end, ("suicide_bomb",)):
                return "suicide_bomb"
    return None


#: A generic noun of a terrorist act or a crime with its adjective (العمل الإرهابي، الجريمة الإرهابية البشعة، الحادث
#: الإجرامي الآثم; event_arg_cues.yaml terror_act_nouns, terror_act_adjectives), then up to three words and the
#: relative pronoun before the trigger (الذي استهدف، التي استهدفت).
_TERROR_ACT = re.compile(
    r"(?<![\u0621-\u064A])[وبل]?(?:"
    + arg_cue_alt("terror_act_nouns")
    + r")\s+(?:"
    + arg_cue_alt("terror_act_adjectives")
    + r")(?![\u0621-\u064A])(?:\s+\S+){0,3}?\s+(?:الذي|التي)\s*$"
)
_BOMBING_HEADLINE = re.compile(
    r"(?<![\u0621-\u064A])[وبل]?(?:" + arg_cue_alt("bombing_headline_words") + r")(?![\u0621-\u064A])"
)
_SUICIDE_HEADLINE = re.compile(
    r"(?<![\u0621-\u064A])[وبل]?(?:" + arg_cue_alt("suicide_headline_words") + r")(?![\u0621-\u064A])"
)
#: The classes a generic act of terror is read as (استهدف، هجوم، قتل).
_ACT_NAMES = frozenset({"attack", "bombardment", "killing"})


def _bombing_story_act(ctx: Context, cand: Candidate, c0: int) -> str | None:
    """Round 23 (ac10): ``explosive`` (``suicide_bomb`` when the headline says so) for a targeting whose subject is a
    generic noun of a terrorist act or a crime (العمل الإرهابي الذي استهدف رجال الأمن، الجريمة الإرهابية البشعة التي
    استهدفت) in the body of a story whose headline names a bombing (تفجير مسجد قوات الطوارئ): the bombing told again,
    not an attack or a clash of its own (7 fresh condemnations of the Abha and Qudeih mosque bombings). A "كما أدانت"
    before it says the condemnation is another, not the act (its "also" cue is not read here)."""
    text = ctx.doc.text
    if not _TERROR_ACT.search(text, max(c0, back_words(text, cand.start, 8)), ctx.word_start(cand.start)):
        return None
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is None or title[0] <= cand.start < title[1] or not _BOMBING_HEADLINE.search(text, *title):
        return None
    return "suicide_bomb" if _SUICIDE_HEADLINE.search(text, *title) else "explosive"


#: A sentence that opens a new item of a report (وفي بغداد …، كما قتل …، إلى ذلك، من جهة أخرى).
_NEW_ITEM = re.compile(
    r"\s*(?:[وف]?في|[وف]?فى|كما|إلى\s+ذلك|الى\s+ذلك|من\s+جهة|من\s+ناحية|وعلى\s+صعيد)(?![\u0621-\u064A])"
)


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


#: "In protest at" after a clash (مواجهات مع الشرطة احتجاجا على …): the clash is how a protest was fought out, a
#: riot, when no armed hand is named in its clause (round 12b).
_NON_STATE_HANDS = re.compile(
    r"(?<![\u0621-\u064A])[وبل]?(?:ال)?(?:" + cue_alt("non_state_hands") + r")(?![\u0621-\u064A])"
)


_IN_PROTEST = re.compile(r"(?<![\u0621-\u064A])[وف]?احتجاج[اً\u064B\u064C]*\s+(?:على|علي)(?![\u0621-\u064A])")


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
_RAID = re.compile(cue_alt("raid"))


#: Relative pronouns (normalized): what follows qualifies the noun before them.
_RELATIVE = frozenset(normalize(w) for w in cue_words("relative_pronouns"))


#: "في هجومين منفصلين"، "في حادثين منفصلين"، "بانفجار منفصل": happenings the text itself tells apart from the others.
_SEPARATE = re.compile(r"(?<![\u0621-\u064A])منفصل(?:ين|تين|ان|تان|ة|ا)?(?![\u0621-\u064A])")
#: (round 34, sp14) The letters every match of ``_SEPARATE`` holds: a document without them is not searched clause by
#: clause (a substring test over the text is cheaper than the regex over a clause, which tries its look-behind at
#: every character)
_SEPARATE_WORD = "منفصل"


#: A clause opened by "also" (كما قتل شخص …، وكما استهدفت الغارات …), after nothing but a speech lead-in and its
#: quote mark (وأضاف المصدر: "كما …"); not "as" before a speech verb (كما قالت الشرطة) or a comparison (كما هو).
_ALSO = re.compile(
    r"\s*[\"«“]?\s*(?:و?كما\s+(?!(?:" + cue_alt("also_not_before") + r")(?![\u0621-\u064A]))"
    # "وفي حادث آخر قتل شرطي …"، "وفي هجوم آخر …": the next item of a list of the day's happenings
    r"|و?في\s+(?:" + cue_alt("also_incidents") + r")\s+(?:" + cue_alt("also_another") + r")(?![\u0621-\u064A]))"
)


#: A noun of a violent happening (استهدفت غارة أخرى، وقعت اشتباكات مماثلة): "another" after it is the happening's.
_HAPPENING_NOUN = re.compile(r"\s*(?:" + cue_alt("happening_nouns") + r")\s*$")


#: Nothing, or a speech verb, its speaker and a colon (وأضاف المصدر: ، وقال مصدر أمني إن): what may open a sentence
#: before a clause of "also".
_SPEECH_LEAD = re.compile(
    r"\s*(?:[وف]?(?:" + cue_alt("speech_lead") + r")(?:\s+[^\s،,.:؛]+){0,4}?\s*[:،,]?\s*[\"«“]?\s*(?:إن|ان|أن)?\s*)?"
)


#: A clause opened by its dead, then the happening's noun with ب (وقتل ثلاثة آخرون بقصف مماثل …، كما قتل شرطي
#: بتفجير …): the toll of a happening of its own, the list's next item.
_TOLL_BY_SIMILAR = re.compile(
    r"\s*[وف]?(?:" + cue_alt("toll_by_similar") + r")(?![\u0621-\u064A])[^،,.:؛]{0,60}?\s+(?:و?ب|ف?ب)$"
)


#: Round 12: a clause (after its speaker) opened by its dead or wounded, with the count before the verb or after it,
#: then the happening's noun with ب or في (أضاف المصدر أن سبعة آخرين قتلوا وأصيب 25 في تفجير آخر شرقي المدينة): the
#: toll of the list's next item, told the same day as the one before it.
_TOLL_FIRST = re.compile(
    r"\s*(?:[وف]?(?:" + cue_alt("speech_lead") + r")[^،,.:؛]{0,40}?\s"
    r"(?:إن|ان|أن)\s+)?"
    r"(?![وف]?(?:كان|كانت|كانوا)\s)[وف]?(?:[^\s،,.:؛]+\s+){0,3}?[وف]?(?:" + cue_alt("toll_first") + r")"
    r"(?![\u0621-\u064A])[^،,.:؛]{0,60}?\s+(?:و?ب|ف?ب|في\s+)$"
)


#: "Also" right after a definite trigger (واستهدفت الهجمات أيضا أهدافا قرب حلب): more of the set told (round 12b).
_ALSO_AFTER = re.compile(r"\s*(?:أيضا|ايضا|أيضاً|ايضاً)(?![\u0621-\u064A])")


#: A subject right after a verb of striking (كما قصفت قوات النظام، كما استهدف المسلحون): the verb's own hands.
_OWN_SUBJECT = re.compile(r"\s+(?:ال)?(?:" + cue_alt("own_subject") + r")(?![\u0621-\u064A])")


#: Round 18 (rc2): a pronoun joined to a bare attack word (هجومها، هجماتهم، استهدافها): its owner is named before it.
_OWNED = re.compile(r"(?:ها|هم|هما|ه)$")


#: Round 18 (rc2): ground hands (قوات، مسلحون، الحوثيين، مدفعية …; event_cues.yaml ground_doers), any of which
#: between aircraft and a bare attack word may be the attack's own doer.
_GROUND_DOER = re.compile(r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?(?:" + cue_alt("ground_doers") + r")(?![\u0621-\u064A])")


#: Round 18 (rc2): the aircraft themselves (طائرات، الطيران، مقاتلات، مروحيات; event_cues.yaml air_doers) at a
#: word's start, after و or the article: the doers of a bare attack word, not an air adjective (الجوية).
_AIRCRAFT = re.compile(r"[وف]?(?:ال)?(?:" + cue_alt("air_doers") + r")")


_SPACE = re.compile(r"\s+")


#: How many words may stand between the aircraft and the bare word they did.
_AIR_DOER_WORDS = 9


def _air_doer(ctx: Context, cand: Candidate, c0: int) -> str | None:
    """Round 18 (rc2): the air family of aircraft named as the doer of a bare attack or targeting word (no weapon of
    its own near it): in its clause before it, or anywhere before it in its sentence when the word carries a pronoun
    that names its owner ("واصلت مقاتلات حربية تركية أمس، هجومها"), at most nine words before it, with no ground
    hands between (who may be the doer: "قصفت الطائرات مواقع بينما هاجم المسلحون"). Three files of the tuning data:
    tune17 and tune24 (Libyan warplanes "sank a ship and attacked another"), tune19 (coalition jets "carried out four
    [strikes] that targeted"), tune24 (Turkish jets "continued their attack")."""
    text = ctx.doc.text
    after = _SPACE.match(text, _word_end(text, cand.start))
    if after is not None and _GROUND_DOER.match(text, after.end()):
        return None  # "قبل أن تهاجم قوات الجيش مواقع المسلحين"، "هجوم المسلحين": its own doer right after it
    lo = c0
    if cand.tense == "noun" and _OWNED.search(text[cand.start : cand.end]):  # (ة is no pronoun: ضربة)
        lo = cand.sentence[0]
    joined = text[ctx.word_start(cand.start) : cand.start] in ("و", "ف")  # وهاجمت: the verb before it goes on
    if cand.tense in ("past", "present") and joined and not _OWN_SUBJECT.match(text, _word_end(text, cand.start)):
        lo = cand.sentence[0]  # "طائرات حربية أغرقت، يوم الأحد، سفينة، وهاجمت سفينة أخرى": its subject is theirs
    for family in ("drone_strike", "air_strike"):
        for p in reversed(ctx.positions(f"means:{family}", lo, cand.start)):
            if ctx.words_between(p, cand.start) > _AIR_DOER_WORDS:
                break
            if not _AIRCRAFT.match(text, ctx.word_start(p)):
                continue  # an adjective (قاعدة العند الجوية: the base's name), not the aircraft that struck
            if means_family(ctx, p, _word_end(text, p) + 1, (family,)) is None:
                continue  # a unit's name or a weapon carried (not the aircraft that struck)
            if _GROUND_DOER.search(text, _word_end(text, p), cand.start):
                break
            return family
    return None


#: Round 25 (helper rc1): the coalition named as a doer (event_cues.yaml coalition_doers), at a word's start after و,
#: not another body of that name (coalition_not_after: التحالف الوطني).
_COALITION = re.compile(
    r"(?<![\u0621-\u064A])[و]?(?:" + cue_alt("coalition_doers") + r")(?![\u0621-\u064A])"
    r"(?!\s+(?:" + cue_alt("coalition_not_after") + r")(?![\u0621-\u064A]))"
)
#: ... backed, not doing (بدعم من قوات التحالف، المدعومة جوا من التحالف: event_arg_cues.yaml backing_words), read in the
#: three words before it.
_BACKED = re.compile(
    r"(?<![\u0621-\u064A])(?:" + arg_cue_alt("backing_words") + r")(?![\u0621-\u064A])"
    r"(?:\s+[\u0621-\u064A]+){0,3}\s*$"
)
#: ... or right after the strike word, with at most a day word between (دمرت قوات التحالف، قصف التحالف أمس).
_RIGHT_AFTER = re.compile(r"\s*(?:(?:أمس|اليوم|الليلة|فجر\s+اليوم|مساء\s+أمس)\s+)?$")


#: Round 25 (helper rc1): a destroying word (دمر، دمرت، تدمير), normalized, its conjunction or preposition dropped.
_DESTROY = re.compile(r"^(?:[وف]|في |من )?(?:دمر|يدمر|تدمر|تدمير)")


def cand_key(ctx: Context, cand: Candidate) -> str:
    """The trigger's own words (its text from its start to its end)."""
    return ctx.doc.text[ctx.word_start(cand.start) : cand.end]


def _coalition_doer(ctx: Context, cand: Candidate, c0: int, c1: int) -> bool:
    """Round 25 (helper rc1): whether a strike word with no weapon of its own has the coalition as its doer: named
    before it in its clause, at most nine words back, with no ground hands between (نجحت قوات التحالف في تدمير بعض
    المواقع، التحالف قصف مواقع لعناصر داعش), or right after it as its subject (دمرت قوات التحالف مخزنا للأسلحة، كما
    دمر التحالف أربع منصات); not the coalition backing another side's deed (بدعم من طائرات التحالف). In the corpus's
    wars (Yemen, Iraq, Syria) the coalitions strike from the air: tune34 ×2, tune27, fresh Okaz 784790 and 785332."""
    text = ctx.doc.text
    if cand.tense not in ("past", "present") and not _DESTROY.match(normalize(cand_key(ctx, cand))):
        return False  # "لدى قصف التحالف لمقرات في قريتي …": the verbal noun keeps the weapon its clause names
    for m in _COALITION.finditer(text, c0, c1):
        if _BACKED.search(text, max(c0, m.start() - 60), m.start()):
            continue
        if m.end() <= cand.start:
            if ctx.words_between(m.end(), cand.start) > _AIR_DOER_WORDS:
                continue
            if _GROUND_DOER.search(text, m.end(), ctx.word_start(cand.start)):
                continue
            return True
        if m.start() >= cand.end and _RIGHT_AFTER.match(text[cand.end : m.start()]):
            return True
    return False


def _next_to(ctx: Context, end: int, p: int) -> bool:
    """Whether the "another" word at ``p`` qualifies the trigger ending at ``end``: right after it, or after one
    noun of a happening (كما استهدفت غارة أخرى), not after an object (تهدم منازل أخرى)."""
    n = ctx.words_between(end, p)
    return n == 0 or (n == 1 and bool(_HAPPENING_NOUN.match(ctx.doc.text, end, p)))


def refine(ctx: Context, cand: Candidate) -> None:
    """Step 3: a generic trigger takes its sub-type from the weapon and target words of its clause."""
    lex = event_lexicon()
    c0, c1 = cand.clause
    if _SEPARATE_WORD in ctx.doc.text and _SEPARATE.search(ctx.doc.text, c0, c1):
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
    if name == "shelling" and cand.tense == "noun" and _REMNANT.match(ctx.doc.text, cand.end):
        # round 15b (ty): "انفجار قذيفة من مخلفات الحرب": the shell named is left-over ordnance, not a shelling
        cand.cls = lex.classes["explosive"]
        return
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
        backed = name in ("attack", "assault", "offensive") and _air_backing_only(ctx, lo, hi)
        if family == "air_strike" and backed:
            # round 29 (ac16): "وبدأت القوات الموالية لهادي بدعم من طيران التحالف هجوما واسعا": the aircraft backed the
            # ground forces' attack, they are not its weapon
            family = None
        if (
            name == "bombardment"
            and _DESTROY.match(normalize(cand_key(ctx, cand)))
            and _coalition_doer(ctx, cand, c0, c1)
        ):
            # round 25 (rc1): "كما دمر التحالف أربع منصات لإطلاق صواريخ": the weapons after a verb of destroying are
            # what it destroyed, not its means; the coalition that destroyed them struck from the air (tune27)
            family = "air_strike"
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
        if family is None and name == "explosive" and not cand.another and not cand.cues & {"also", "rest", "separate"}:
            # round 15b (ty): "قتل 25 شخصا في انفجار بشمال أفغانستان. وقال المتحدث: فجر انتحاري المتفجرات التي
            # بحوزته"؛ "تفجير انتحاري أودى بحياة 32 … وأدان أوباما التفجير الذي وقع يوم الاثنين": an explosion with no
            # weapon of its own, told next to the suicide bombing of its story, is that bombing
            family = _suicide_told_around(ctx, cand)
        if family is None and name in _ACT_NAMES and not cand.another and "separate" not in cand.cues:
            # round 23 (ac10): "أدانت دول الخليج … الجريمة الإرهابية البشعة التي استهدفت منسوبي قوات الطوارئ" under
            # "دول الخليج تدين تفجير مسجد عسير": the act of terror told by a generic noun is the headline's bombing
            family = _bombing_story_act(ctx, cand, c0)
        if family == "shelling" and "explosive" in allowed and _REMNANT.search(ctx.doc.text, lo, hi):
            # round 15b (ty): "انفجار صاروخ من مخلفات الاحتلال"، "قذيفة من مخلفات الحرب": left-over ordnance that went
            # off is an explosive remnant (ACLED: remote explosive/landmine), not a shelling of the day
            family = "explosive"
        if family is None and name == "bombardment" and cand.weak:
            # "واصل الثوار استهداف قريتي كفريا والفوعة … شمال إدلب بالمدفعية الثقيلة": the weapon told with ب at the
            # end of the clause, past the target and its place, is the means of the targeting
            family = instrumental_family(ctx, hi, c1, allowed)
        if family is None and name in ("attack", "bombardment") and cand.weak and cand.tense != "future" and not backed:
            # round 18 (rc2): "إن طائرات حربية أغرقت يوم الأحد سفينة وهاجمت سفينة أخرى"، "وكانت مقاتلات التحالف قد
            # نفذت الأحد أربع [غارات] استهدفت مراكز"، "واصلت مقاتلات حربية تركية أمس، هجومها على مواقع التنظيم":
            # aircraft named as the doer before the bare word, no ground force between, are its weapon
            family = _air_doer(ctx, cand, c0)
        if family is None and name == "bombardment" and _coalition_doer(ctx, cand, c0, c1):
            family = "air_strike"  # round 25 (rc1): دمرت قوات التحالف مخزنا للأسلحة، التحالف قصف مواقع لداعش
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
        and protest_word(ctx.doc.text, c0, c1)
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
        elif name == "clash" and protesters_fight_crowd(ctx.doc.text, cand.start, c1):
            # round 15 (as18): اشتباكات بين طلاب محتجين وأنصار الحزب الحاكم: the protesters fought another crowd, a
            # violent demonstration, not force against a peaceful one
            cand.cls = lex.classes["riot"]
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
    if name == "arrest" and _HOSTAGES.match(ctx.doc.text, cand.end):
        cand.cls = lex.classes["abduction"]  # أنهى الجيش أزمة احتجاز عدد من الرهائن: hostage-taking (round 14)
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
    if name == "riot" and _symbolic(ctx, cand.start) and not _settlers_in(ctx, *cand.sentence):
        cand.cls = lex.classes["protest"]  # round 12 (sw): أحرق متظاهرون صورا للرئيس: a symbol burnt, no riot
        return
    settlers = _settlers_in(ctx, *cand.sentence)
    if name == "riot" and settlers and not ctx.has("protesters", *cand.sentence):
        # هاجم مستوطنون ملثمون مدرسة ورشقوا الطلاب بالحجارة: settlers' attack, no demonstration
        cand.cls = lex.classes["assault"]
        return
    if (
        name == "attack"
        and settlers
        and _settlers_in(ctx, c0, c1)
        and not armed_target_in(ctx, c0, c1)
        and not ctx.has("protesters", *cand.sentence)
    ):
        cand.cls = lex.classes["assault"]  # round 12 (sw): هاجمه مستوطنون بالحجارة: settlers' attack on a person
        return
    if (
        name == "riot"
        and _mob(ctx, c0, c1)
        and not ctx.has("protesters", *cand.sentence)
        and not protest_word(ctx.doc.text, *cand.sentence)
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
        if (
            name == "attack"
            and cand.weak
            and not cand.definite
            and (_on_post(ctx, cand, c1) or _repelled(ctx, cand, c0))
        ):
            # round 16 (ev14): "في هجوم شنه مسلحون على حاجز للجيش"، "صدت المقاومة في مأرب عدة هجمات": an
            # attack told with the armed post it struck, or met by a verb that repelled or foiled it, is a happening
            # of its own (typed a clash below: both sides armed), not a bare word. Not "the attack" (الهجوم على
            # نقطة تفتيش الذي تبنته الجماعة): the definite noun names one told before, its own rules read it
            cand.weak = False
            cand.cues.add("attack:post")
        # round 17 (as20): "الشهيد الذي استشهد في قاعدة العند وهو يتصدى لفلول الحوثي"، "وكيل رقيب … الذي استشهد
        # على الحد الجنوبي": the dead told as a soldier at his post or a fighter in a fight is an armed side
        fallen = name == "killing" and _fell_fighting(ctx, cand)
        armed = armed_target_in(ctx, c0, c1) or len(ctx.actors_in(c0, c1)) >= 2 or fallen
        # "8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم": the people before an attack are its hands, and
        # "28 شخصا من عناصر داعش" are fighters: bare "persons" beside armed words are no civilians
        # (the dead told as a fighter: the civilians of his clause are his own words, not the mourners or the
        # worshippers told before them — ودع أهالي القرية الشهيد … الذي استشهد)
        v0 = max(c0, back_words(ctx.doc.text, cand.start, 3)) if fallen else c0
        civilians = civilians_in(ctx, v0, c1, armed) or (name == "attack" and _sequel_victims(ctx, cand, c1, armed))
        firearms = ctx.has("means:firearms", c0, c1)
        fighters = name == "killing" and (
            armed_target_in(ctx, cand.end, c1)  # مقتل 28 من عناصر داعش في عمليات أمنية
            or _fighter_subject(ctx, cand, c0)  # أعلن الجيش أن جنديا قتل (round 15, helper st)
            or fallen
        )
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

        if told("protest_excessive", cut) or fired_on_during(ctx, cand) or _protester_killed(ctx, cand):
            cand.cls = with_sub(cand.cls, "Excessive force against protesters", "ASSAULT", "crowd-control", "175")
        elif any(not _condemned(ctx, cand, p) and not _symbolic(ctx, p) for p in ctx.positions("riot_cues", s0, s1)):
            cand.cls = lex.classes["riot"]
        elif (
            _PROTEST_FOUGHT.search(ctx.doc.text, s0, cut)
            or (reach > s1 and _PROTEST_FOUGHT.search(ctx.doc.text, s1, reach))
            or protesters_fight_crowd(ctx.doc.text, s0, s1)
        ):
            cand.cls = lex.classes["riot"]  # حصلت صدامات بين المتظاهرين والشرطة: the protest fought out (round 14)
        elif told("protest_intervention", cut):
            cand.cls = with_sub(cand.cls, "Protest with intervention", "PROTEST", "demo", "141")


#: Round 16 (ev14): the armed post an attack word struck, after على at most five words on (على نقطة للميليشيا،
#: على مواقع المقاومة، على حاجز عسكري، على مواقعها), not a web site (موقع إلكتروني) nor a gathering (تجمع).
_ON_POST = re.compile(
    r"(?:\s+[^\s.،,؛:]+){0,5}?\s+(?:على|علي)\s+(?:ال)?(?:"
    + cue_alt("attacked_posts")
    + r")(?:ها|هم|هما|ه)?(?![\u0621-\u064A])(?!\s+(?:ال)?(?:"
    + cue_alt("not_posts_after")
    + r"))"
)

#: Round 16 (ev14): a verb that repelled or foiled an attack (صدت، تصدت، أحبطت، أفشلت), a whole word (not لصد).
_REPELLING = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("repelling_verbs") + r")(?![\u0621-\u064A])")
_NOT_REPELLED = frozenset(normalize(w) for w in cue_words("not_repelled_between"))
_PLOT_AFTER = re.compile(
    r"(?:\s+[^\s.،,؛:]+){0,3}?\s+(?:" + cue_alt("foiled_plot_after") + r")(?:ه|ها|هم|ون)?(?![\u0621-\u064A])"
)


def _on_post(ctx: Context, cand: Candidate, c1: int) -> bool:
    """Whether the attack word's clause names the armed post it struck right after it (هجوم شنته المقاومة اليوم على
    نقطة للميليشيا): the post is in the clause, after على, at most five words past the word."""
    text = ctx.doc.text
    if text.find("على", cand.end, c1) < 0 and text.find("علي", cand.end, c1) < 0:
        return False  # (round 34, sp14) a match ending in the clause holds على there: none, no match to try
    m = _ON_POST.match(text, cand.end)
    return m is not None and m.end() <= c1


def _repelled(ctx: Context, cand: Candidate, c0: int) -> bool:
    """Whether a verb that repelled or foiled the attack stands before the attack word in its clause, at most eight
    words back (صدت المقاومة الشعبية في محافظة مأرب عدة هجمات), the word not a plan's or "any" (مخطط هجوم، أي هجوم)
    and not followed by its plotters' intent (هجوما كان يعتزم تنفيذه)."""
    if ctx.previous_word(ctx.word_start(cand.start)) in _NOT_REPELLED:
        return False
    if _PLOT_AFTER.match(ctx.doc.text, cand.end):
        return False  # "أحبطت السلطات هجوما كان يعتزم تنفيذه": a plot foiled, not an attack met
    lo = max(c0, back_words(ctx.doc.text, cand.start, 8))
    return _REPELLING.search(ctx.doc.text, lo, cand.start) is not None


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
    r"[\s،,؛]*(?:[وف](?!(?:" + cue_alt("sequel_not_after") + r")(?![\u0621-\u064A]))(?=[\u0621-\u064A])"
    r"|" + cue_alt("sequel_openers") + r")"
)


#: Words that make a clause after a protest tell another happening (وسقط قتلى في قصف على قرية، واستشهد جندي في
#: هجوم، وفرقت الشرطة تجمعا آخر، في حادث منفصل), not how the protest ended.
#: (Round 13b, helper ev7: read from a word's start after its proclitics, so حادث is not read inside محادثات.)
_SEQUEL_OTHER = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:[بلك]?ال|لل|[بلك])?[يتن]?(?:" + cue_alt("sequel_other") + r")")


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
        if protest_word(text, m.end(), nxt) or _SEQUEL_OTHER.search(text, m.end(), nxt):
            break
        s1 = nxt
    return s1


#: Round 12 (helper sw): the clause after an attack that tells what its doers did to people (هاجم مسلحون قرية،
#: فقتلوا 15 قرويا؛ وخطفوا عددا من النساء).
_SEQUEL_HARM = re.compile(r"[\s،,]*[وف](?:" + cue_alt("sequel_harm") + r")(?![\u0621-\u064A])")


def _sequel_victims(ctx: Context, cand: Candidate, c1: int, armed: bool) -> bool:
    """Whether the clause right after an attack's, opened by its doers' harm (``_SEQUEL_HARM``), names civilians."""
    m = _SEQUEL_HARM.match(ctx.doc.text, c1)
    if m is None or m.end() >= cand.sentence[1]:
        return False
    return civilians_in(ctx, m.end(), min(cand.sentence[1], ctx.clause(m.end())[1]), armed)


#: Words round الحشد that make it the Popular Mobilization Forces (قوات الحشد، مقاتلي الحشد الشعبي), not a crowd.
_PMF_BEFORE = frozenset(normalize(w) for w in cue_words("pmf_before"))


_PMF_AFTER = re.compile(r"\S*\s+(?:ال)?شعبي")


#: Right after a clash word, at most one word between: bare hands, stones, sticks, knives (اشتباكات بالأيدي، اشتبكوا
#: بالحجارة والعصي): a fight without arms, ACLED's mob violence, not an armed clash (round 11b).
_UNARMED_FIGHT = re.compile(r"\s+(?:[\u0621-\u064A]+\s+)?(?:" + cue_alt("unarmed_fight") + r")(?![\u0621-\u064A])")


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


#: Round 14 (helper as14): hostages right after a word of holding (احتجاز عدد من الرهائن، احتجزوا 20 رهينة، محتجزين
#: رهائن): people held as hostages are taken, not arrested, whoever holds them.
_HOSTAGES = re.compile(r"\s+(?:\S+\s+){0,3}?(?:[وبلك]|كـ)?(?:ال)?(?:رهائن|رهينة|رهينتين|رهينتان)(?![\u0621-\u064A])")


#: A fate still unknown after an arrest (لا يزال مصيره مجهولا منذ اعتقاله): a forced disappearance.
_UNKNOWN_FATE = re.compile(
    r"مصير\S*\s+(?:\S+\s+){0,2}?(?:"
    + cue_alt("fate_unknown")
    + r")|مكان احتجاز\S*\s+(?:"
    + cue_alt("place_unknown")
    + r")"
)


#: What a protest is for or against, after its word (رفضا لقرار منع الصيد، للمطالبة بوقف الاعتقالات): its cause.
_PROTEST_AIM = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("protest_aim") + r")(?![\u0621-\u064A])")


_SETTLERS = re.compile(r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال)?(?:" + cue_alt("settlers") + r")(?![\u0621-\u064A])")
#: (round 34, sp14) The settlers' words, when every one is letters only (then the alternation above is these words as
#: written, and a document with none of them has no match); None otherwise
_SETTLER_WORDS: tuple[str, ...] | None = (
    tuple(cue_words("settlers")) if all(re.fullmatch("[\u0621-\u064a]+", w) for w in cue_words("settlers")) else None
)


def _settlers_in(ctx: Context, start: int, end: int) -> bool:
    """Whether ``_SETTLERS`` finds settlers in ``[start, end)`` (round 34, sp14: asked once per span, ``ctx.memo``;
    every candidate of a sentence searched it again before)."""
    key = ("settlers_in", start, end)
    hit = ctx.memo.get(key)
    if hit is None:
        told = ctx.memo.get(("settlers_told",))
        if told is None:  # a match holds one of the words as written: a document with none has no match
            text = ctx.doc.text
            told = ctx.memo[("settlers_told",)] = _SETTLER_WORDS is None or any(w in text for w in _SETTLER_WORDS)
        hit = ctx.memo[key] = bool(told) and _SETTLERS.search(ctx.doc.text, start, end) is not None
    return bool(hit)


#: Round 14 (helper as14): a protest fought out, told by its clashes with the protesters or during the protest
#: (حصلت صدامات بين المتظاهرين والشرطة، صدامات أثناء تظاهر منظمة، مواجهات مع المحتجين) or by its violent turn
#: (اتخذت المظاهرة طابعا عنيفا): a violent demonstration.
_PROTEST_FOUGHT = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:ال)?(?:صدامات|مصادمات|اشتباكات|مواجهات|صدام|اشتباك)(?![\u0621-\u064A])\s+"
    r"(?:(?:عنيفة|عنيف|محدودة)\s+)?(?:(?:بين|مع)\s+(?:ال)?(?:متظاهرين|محتجين|معتصمين|مشاركين)(?![\u0621-\u064A])"
    r"|(?:أثناء|خلال|في)\s+(?:ال)?(?:تظاهر|تظاهرة|مظاهرة|مسيرة|احتجاج|احتجاجات|مظاهرات|تظاهرات|وقفة)(?![\u0621-\u064A]))"
    r"|(?:طابعا|طابعًا|منحى|منحًى)\s+عنيف(?:ا|ًا)(?![\u0621-\u064A])"
)


#: Round 15 (helper as18): protesters one side of a clash whose other side is no force of the state (اشتباكات بين
#: طلاب محتجين وأنصار الحزب الحاكم، صدامات عنيفة في القاهرة بين متظاهرين مؤيدين للرئيس ومعارضين له، اشتبك أنصار
#: الحزب مع المتظاهرين): two crowds fighting, a violent demonstration. بين or مع after the clash word or verb, the
#: protester word a few words on, nothing ending the phrase (a comma, a full stop) between. A clash of the police or
#: the army with protesters is left as it was (tune7 codes the police's clash with mourners as an intervention).
_CLASH_SIDES = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:ال)?(?:صدامات|مصادمات|اشتباكات|مواجهات|صدام|اشتباك|اشتبك|اشتبكت|اشتبكوا|تشتبك|يشتبك)"
    r"(?![\u0621-\u064A])(?:\s+[^\s،,.:؛]+){0,4}?\s+(?:بين|مع)(?:\s+[^\s،,.:؛]+){0,3}?\s+(?:و|ب)?(?:ال)?"
    r"(?:متظاهرين|محتجين|معتصمين|متظاهرون|محتجون)(?![\u0621-\u064A])((?:\s+[^\s،,.:؛]+){0,4})"
)

#: A force of the state as a side of the clash (بين الشرطة ومتظاهرين، مع قوات الأمن، وجنود الاحتلال).
_STATE_SIDE = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:شرطة|قوات|قوة|أمن|أمنية|جيش|جنود|جندي|عسكر|درك|احتلال|مكافحة|"
    r"عناصر|رجال|أجهزة|السلطات|سلطات)(?![\u0621-\u064A])"
)


def protesters_fight_crowd(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells protesters as a side of a clash whose other side is no state force
    (:data:`_CLASH_SIDES`, :data:`_STATE_SIDE`)."""
    return any(not _STATE_SIDE.search(text, m.start(), m.end()) for m in _CLASH_SIDES.finditer(text, start, end))


_FUNERAL = re.compile(r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:" + cue_alt("funeral") + r")(?![\u0621-\u064A])")


_DURING = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("during") + r")(?![\u0621-\u064A])")


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
_AGENT_WORDS = frozenset(normalize(w) for w in cue_words("agent_words"))


#: Victim words that say only "person(s)" (normalized): civilians only when no armed word says otherwise.
_PERSONS = frozenset(normalize(w) for w in cue_words("persons"))


#: Round 17 (as20): "party" before a victim word makes it the party's name (حزب العمال، لحزب العمال), normalized.
_PARTY = frozenset(normalize(w) for w in cue_words("party_words"))


#: Round 28 (rc5): a verb of telling or "according to" before a victim word makes them the source (قال سكان،
#: بحسب شهود), normalized (event_cues.yaml source_before).
_SOURCE_BEFORE = frozenset(normalize(w) for w in cue_words("source_before"))


def _source_word(word: str | None) -> bool:
    """Whether ``word`` (a previous word, normalized) is a verb of telling or "according to", with و / ف before it."""
    if not word:
        return False
    return word in _SOURCE_BEFORE or (word[:1] in ("و", "ف") and word[1:] in _SOURCE_BEFORE)


def victims_told(ctx: Context, start: int, end: int) -> bool:
    """(Round 28, helper rc5) Whether a victim word in ``[start, end)`` names people the happening befell, not the
    report's source (أشار سكان محليون … إلى أن، وقال شهود عيان، بحسب سكان: a verb of telling or "according to" before
    it)."""
    return any(not _source_word(ctx.previous_word(ctx.word_start(p))) for p in ctx.positions("victims", start, end))


def civilians_in(ctx: Context, start: int, end: int, armed: bool) -> bool:
    """Whether victim words in ``[start, end)`` name civilians."""
    for p in ctx.positions("victims", start, end):
        word = _WORD_AT.match(ctx.doc.text, p)
        if any(a.start <= p < a.end and a.inter != 7 for a in ctx.actors_in(max(0, p - 80), p + 1)):
            continue  # "حزب العمال الكردستاني": a word of a group's name, no workers (round 12b)
        if ctx.previous_word(ctx.word_start(p)) in _PARTY:
            continue  # round 17 (as20): "بهجوم لحزب العمال": a party's name told short (the PKK), no workers
        if _source_word(ctx.previous_word(ctx.word_start(p))):
            continue  # round 28 (rc5): "أشار سكان محليون … إلى أن العشرات من مسلحي التمرد قتلوا": the source
        if not armed or word is None or normalize(word.group(0)) not in _PERSONS:
            return True
    return False


#: A shoulder-fired rocket (آر بي جي، قذائف الـ"بي 7"، قاذف صواريخ محمول): a weapon fired from close range.
_DIRECT_FIRE = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:" + cue_alt("direct_fire") + r")(?![\u0621-\u064A])", re.IGNORECASE
)


#: A post or men of the police or the army told by a noun the armed-target list lacks (كمين للشرطة، ارتكاز أمني).
_ARMED_POST = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:"
    + cue_alt("armed_post")
    + r")\s+(?:لل|ل|ال)?(?:"
    + cue_alt("armed_post_owners")
    + r")(?![\u0621-\u064A])"
)


#: Classes a shoulder-fired rocket makes a clash: an attack, a bare targeting, a killing, the shell noun itself.
_DIRECT_FIRE_CLASSES = frozenset({"attack", "bombardment", "killing", "shelling"})


def direct_fire_on_armed(ctx: Context, cand: Candidate) -> bool:
    """Whether a trigger refined by a shelling word is a shoulder-fired rocket (آر بي جي) of fighters at an armed
    target of its clause (نقطة تفتيش، دورية، حاجز، جنود), with no civilians struck and no aircraft named (mortars
    fired in the same assault are part of it): the attackers are there, so ACLED codes an armed clash (round 10)."""
    c0, c1 = cand.clause
    # from the trigger word's start, so that the shell noun itself after ب is read (بقذيفة صاروخية; round 13b)
    w0 = ctx.word_start(cand.start)
    if cand.cls.name not in _DIRECT_FIRE_CLASSES or not _DIRECT_FIRE.search(ctx.doc.text, w0, c1):
        return False
    armed = armed_target_in(ctx, c0, c1) or bool(_ARMED_POST.search(ctx.doc.text, c0, c1))
    if not armed or civilians_in(ctx, c0, c1, True):
        return False
    return not any(ctx.has(f"means:{f}", c0, c1) for f in ("air_strike", "drone_strike", "chemical"))


#: The preposition of an assault verb's victim (اعتدى … على), a whole word.
_VICTIM_ON = re.compile(r"(?<![\u0621-\u064A])(?:على|علي)(?![\u0621-\u064A])")


def attack_on_armed(ctx: Context, cand: Candidate) -> bool:
    """Whether an armed word of the attack's clause can name whom it hit (``output.acled_codes`` makes an attack with
    no named victim and such a word an armed clash). Round 15 (helper as16): an assault verb told before its subject
    (اعتدى عناصر الشرطة بالضرب على شاب، اعتدى أفراد من القوات العمومية على مهاجرين) has its hands between the verb
    and its على: those armed words are the attackers, not the victims."""
    c0, c1 = cand.clause
    positions = ctx.positions("armed_targets", c0, c1)
    if cand.cls.name != "assault" or cand.tense not in ("past", "present") or not positions:
        return bool(positions)
    on = _VICTIM_ON.search(ctx.doc.text, cand.end, c1)
    if on is None or ctx.words_between(cand.end, on.start()) > 6:
        return True
    return any(not cand.end <= p < on.start() for p in positions)


def _fighter_subject(ctx: Context, cand: Candidate, c0: int) -> bool:
    """Round 15 (helper st): whether the killing verb's subject, told before it, is a fighter, a soldier or an officer
    in the accusative after إن/أن (أعلن الجيش أن جنديا قتل، قالت الوكالة إن ضابطا من قواتها استشهد): an armed word
    ending in ا at most four words before the verb (a quotation mark may count as one), no victim word between."""
    lo = max(c0, back_words(ctx.doc.text, cand.start, 4))  # (قتل is read as the noun too: any tense)
    if ctx.has("victims", lo, cand.start):
        return False
    for p in ctx.positions("armed_targets", lo, cand.start):
        word = _WORD_AT.match(ctx.doc.text, p)
        if word is not None and normalize(word.group(0)).endswith("ا") and ctx.previous_word(p) in _THAT:
            return True
    return False


#: إن / أن before a subject in the accusative (normalized).
_THAT = frozenset(normalize(w) for w in ("إن", "أن", "ان", "بأن", "وإن", "وأن"))


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


#: Deaths caused by a targeting (مقتل 11 من التنظيم جراء استهداف، قتل 29 منهم في استهداف): the toll before it.
_TOLL_OF = re.compile(
    r"(?:" + cue_alt("toll_of") + r")[^،.؛\n]{0,50}(?<![\u0621-\u064A])(?:" + cue_alt("toll_of_cause") + r")\s+$"
)  # (round 13b: the cause a whole word, not the end of إضافي or تأثر)


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


#: A protester, the subject of a passive killing verb right after it (إن متظاهرا قتل وأصيب آخران خلال مظاهرة): lethal
#: force against the protest, its agent left out (event_cues.yaml ``killed_protesters``, ``killed_passive``; round 16).
_PROTESTER_KILLED = re.compile(
    r"(?<![\u0621-\u064A])[\"«“]?(?:و|ف)?(?:"
    + cue_alt("killed_protesters")
    + r")\s+(?:و|ف)?(?:"
    + cue_alt("killed_passive")
    + r")(?![\u0621-\u064A])"
)


def _protester_killed(ctx: Context, cand: Candidate) -> bool:
    """Whether the protest's sentence tells a protester killed, subject first and no agent (``_PROTESTER_KILLED``)."""
    return bool(_PROTESTER_KILLED.search(ctx.doc.text, *cand.sentence))


#: Round 17 (as20): what the dead was doing, or where, that makes him a fighter: a clause of fighting or of duty
#: (وهو يتصدى، أثناء قيامهم بمهام عملهم، للدفاع عن حدود الوطن) or a front (على الحد الجنوبي، جبهات القتال), at most
#: twelve words after the killing verb (event_cues.yaml ``fallen_fighting``); or a soldier's rank at most twelve
#: words before it or three after it (وكيل رقيب … الذي استشهد، قتل رقيب شرطة، شهيد الواجب: ``fallen_ranks``).
_FALLEN_FIGHTING = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("fallen_fighting") + r")(?![\u0621-\u064A])")
_FALLEN_RANK = re.compile(r"(?<![\u0621-\u064A])(?:و|ل|ب|ك)?(?:" + cue_alt("fallen_ranks") + r")(?![\u0621-\u064A])")


_FALLEN_RESULT = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ما|مما)?\s?(?:" + cue_alt("fallen_result_before") + r")(?![\u0621-\u064A])"
)
_TWELVE_WORDS = re.compile(r"(?:\s*\S+){0,12}")
_THREE_WORDS = re.compile(r"(?:\s*\S+){0,3}")


def _fell_fighting(ctx: Context, cand: Candidate) -> bool:
    """Whether a killing verb's sentence tells its dead as a soldier or a fighter the armed words do not name: a
    clause of fighting, of duty or a front after it, or a soldier's rank before it (``_FALLEN_FIGHTING``,
    ``_FALLEN_RANK``) — with no weapon of a remote attack told after the verb (استشهد … جراء سقوط قذيفة is a
    shelling; "طائرة إخلاء تحمل جثمان شهيد الواجب … الذي استشهد" is not an air strike), and no result verb among the
    six words before it (ونتج عن ذلك استشهاد العريف: the toll of the attack told before)."""
    s0, s1 = cand.sentence
    text = ctx.doc.text
    if any(ctx.has(f"means:{f}", cand.start, s1) for f in REFINE_TO["killing"]):
        return False  # (told after the verb: how he died; a plane before it may be the one that carried him home)
    if _FALLEN_RESULT.search(text, max(s0, back_words(text, cand.start, 6)), cand.start):
        return False  # "ونتج عن ذلك استشهاد العريف": the toll of the event told before (a shelling), not a fight
    reach = _TWELVE_WORDS.match(text, cand.end, s1)
    after = _FALLEN_FIGHTING.search(text, cand.end, reach.end() if reach else s1)
    before = _FALLEN_RANK.search(text, max(s0, back_words(text, cand.start, 12)), cand.start)
    right_after = _THREE_WORDS.match(text, cand.end, s1)  # قتل رقيب شرطة، استشهاد العريف: the rank as the subject
    rank = before or _FALLEN_RANK.search(text, cand.end, right_after.end() if right_after else cand.end)
    return after is not None or rank is not None


#: (Round 29, helper ac16) A word of backing (بدعم، بإسناد، بغطاء، مدعومة) at most three words before an air word.
_BACKING_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:" + arg_cue_alt("backing_words") + r")(?:\s+\S+){0,2}\s+\S*$")


def _air_backing_only(ctx: Context, lo: int, hi: int) -> bool:
    """(Round 29, helper ac16) Whether every air word cued in ``[lo, hi)`` stands right after a word of backing (بدعم
    من طيران التحالف، مدعومة من طيران وسلاح التحالف، بغطاء جوي): the aircraft backed the doers of a ground attack."""
    text = ctx.doc.text
    places = ctx.positions("means:air_strike", lo, hi)
    return bool(places) and all(
        _BACKING_BEFORE.search(text, max(0, ctx.word_start(p) - 50), ctx.word_start(p) + 1) is not None for p in places
    )
