"""The word sets, patterns and limits the claims stage's readers test. Round 13 moved them here from the one module
``rasd.stages.claims`` (now a package); their Arabic word lists live in ``resources/ar/claim_cues.yaml``."""

from __future__ import annotations

import re

from rasd.resources.cues import claim_alternation, claim_norm_set, claim_set, claim_words
from rasd.text.normalize import normalize_word

_CLAUSE_PUNCT = frozenset("،,;؛.:!?؟")


def literal_gate(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of ``words`` as written: ``gate.search(text, start, end)`` is None exactly when
    ``text[start:end]`` holds none of them (round 41, sp15: one search in C where a ``str.find`` per word was run
    from a generator; a word that holds another of the list is left out, since the shorter one is found wherever
    it stands: رد for ردا، رداً)."""
    kept = [w for w in words if not any(v != w and v in w for v in words)]
    return re.compile("|".join(map(re.escape, dict.fromkeys(kept))))


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


#: A title that names an interview: "مستشار رئيس الوزراء لـ«الشرق الأوسط»: …" (لـ, the outlet quoted, a colon).
_TITLE_INTERVIEW = re.compile(r"(?<![\w])لـ?\s*[«\"“]([^»\"”\n]{2,40})[»\"”]\s*:")


#: A paper that polled people (استطلعت «الرياض» آراء …، “الوطن” استطلعت رأي …): the people it quotes after it were
#: interviewed by it (round 9b)
_SURVEY = re.compile(
    r"(?:(?<![\w])و?(?:است|تست|يست)طلعت?\s+[«\"“]([^»\"”\n]{2,30})[»\"”]"
    r"|[«\"“]([^»\"”\n]{2,30})[»\"”]\s+(?:است|تست)طلعت?)"
    r"\s+(?:" + claim_alternation("opinion_nouns") + r")(?![\w])"
)


#: a group of people named by a quantity (عدد من، مجموعة من): with the paper told after it, a poll (round 39, cl67)
_GROUP_TOLD = re.compile(r"(?<![\w])و?(?:" + claim_alternation("group_quantities") + r")(?![\w])")
#: each group phrase's first word (عدد، مجموعة …): a text holding none of them holds no such group
_GROUP_HEADS = tuple(sorted({w.split()[0] for w in claim_words("group_quantities")}))
#: the speaker's own talk (حديثه، حديثها، حديثهم): an interview cue only with an outlet told after it (round 39, cl67)
_OWN_TALK = claim_norm_set("own_talk_words")
#: a written statement's nouns (بيان، بلاغ): given to an outlet told right after it, still a statement (round 40, cl70)
_ISSUED_STATEMENT = claim_norm_set("issued_statement_nouns")
#: people named by their calling kept as written (الخطباء، المحلل): persons, not a body (round 40, cl70)
_CALLING = claim_norm_set("person_calling_nouns")
#: acts and works as a verb's subject (الهجوم يكشف أن), adverbs of manner after it (أضاف بسرعة), ما before a phrase
#: marker (بما ورد في): no claim (round 40, cl70)
_ACT_SUBJECTS = claim_norm_set("act_subject_nouns")
_MANNER_ADVERBS = claim_norm_set("manner_adverbs")
_WHAT_BEFORE_PHRASE = claim_norm_set("what_before_phrase")

#: "the same" after a noun (المسؤول العسكري نفسه، الذي …)
_SAME = claim_norm_set("same_after_noun")
_RELATIVE_ADJECTIVES = claim_norm_set("relative_adjectives")
_TELLING_OPENINGS = tuple(sorted(claim_norm_set("telling_openings")))


_HEADS = claim_words("resumptive_heads")


#: words before ما that make "ما ذكره فلان" the topic of a clause, not a resumed claim (إن ما ذكره …)
_TOPIC_LEADS = claim_norm_set("topic_leads")


#: Actor sectors (``actors.yaml``) whose words are reports: monitors and NGOs.
_REPORTING_SECTORS = frozenset({"NGO"})


#: Claim kinds that are a formal act of a person in office (a statement even when no channel is named).
_ANNOUNCING = frozenset({"announce", "claim_responsibility"})


#: Past forms of marker verbs that start with ت (the present tense starts with ي or ت).
_PAST_T = claim_norm_set("past_t_verbs")


#: quantifiers before a subject (تفيد كل التوقعات بأن)
_QUANTIFIERS = claim_norm_set("quantifiers")


#: particles after which a present verb still has its subject after it (حيث يقول أحد السكان، كما يؤكد الخبراء)
_VERB_FIRST = claim_norm_set("verb_first_particles")
#: a lone conjunction and the particles of negation before a clause's verb (round 29, cl44)
_VERB_PARTICLES = claim_norm_set("clause_verb_particles")
#: adjectives of a body besides those in ي / ية (الأمانة العامة، اللجنة العليا; round 29, cl44)
_BODY_ADJECTIVE_WORDS = claim_norm_set("body_adjectives")
_BODY_SEAT_NOUNS = claim_norm_set("body_seat_nouns")
#: the noun after على that passes on a source as عن does (نقل التلفزيون على لسان شاهد قوله; round 30, cl45)
_TONGUE_WORDS = claim_norm_set("tongue_words")
#: the most adjectives and dates between an outlet and the عن / على لسان of its source (round 30, cl45)
_RELAY_SKIP_WORDS = 3
#: the most words of an unnamed source after على لسان, up to its قوله (على لسان شخص كان داخل القاعة قوله)
_TONGUE_SOURCE_WORDS = 6


#: Words a trailing "كما أعلنت …" / "على ما ذكرت …" may have between its verb and the sentence end (source, date).
_TRAILING_WORDS = 6


#: particles that may open a sentence before its subject (إلا أن لجنة الانضباط رفضت، كما أن الوزارة …)
_OPENERS = claim_norm_set("subject_openers")
#: round 38 (cl62): particles before a sentence's first verb or subject whose pronoun markers go on with that subject
_PARTICLE_OPENERS = claim_norm_set("particle_openers")
#: a verb of saying right after these opens its own clause (…، فيما أكد المتحدث أن)
_CLAUSE_OPENING_CONJUNCTIONS = claim_norm_set("clause_opening_conjunctions")

#: لكن with the subject's pronoun fused to it before a verb of saying (round 35, cl57; reading._intro_taken)
_BUT_PRONOUNS = claim_norm_set("but_pronouns")


#: modal verbs before a verbal noun of a verdict (يمكن وصف …): no one's speech
_MODALS = claim_norm_set("modals")


_GROUP_NOUNS = claim_norm_set("group_nouns")


#: "وأكد هذا الناطق أن": a demonstrative and a definite noun before an introducer are the subject.
_DEMONSTRATIVE_SUBJECTS = claim_norm_set("demonstrative_subjects")


#: "أوضح ذلك الوزير"، "أعلن هذا المتحدث": the demonstrative object is what was just said.
_DEMONSTRATIVES = claim_norm_set("demonstrative_objects")


#: Words from a sentence's start within which a participle reads the sentence's own subject (وعلق المتحدث باسم
#: الوزارة قائلا: five); further on, the subject is too far to be the speaker.
_OPENING_WORDS = 8


#: a preposition and pronoun after a verb in a relative clause that refer back to its noun (الوقت الذي أعلنت
#: فيه الوزارة): the noun is no subject, the subject follows
_RESUMPTIVE_PRONOUNS = claim_norm_set("resumptive_pronouns")
#: Round 32 (cl47): عن + a pronoun between a verb of saying and its subject ("وقال عنها الناقد فلان: …")
_ABOUT_PRONOUNS = claim_norm_set("about_pronouns")
_CHARGE_VERBS = claim_norm_set("charge_verbs")
_CHARGE_NOUNS = claim_norm_set("charge_nouns")
_ABOUT_NOT_VERBS = claim_norm_set("about_not_verbs")
#: Round 20 (cl24): a noun of time that makes "في … الذي" a conjunction (في الوقت الذي أعلنت الشركة)
_TIME_CONJUNCTION_NOUNS = claim_norm_set("time_conjunction_nouns")
#: Round 20 (cl24): a toll given earlier as the subject after كان (وكانت الحصيلة السابقة أشارت): no claim
_KANA_POINTING = claim_norm_set("kana_pointing_subjects")


#: prepositions that open a setting phrase before a sentence's verb (وفي هذا السياق، ومن جهة أخرى،)
_SETTING_LEADS = claim_norm_set("setting_leads")
_GROUP_QUANTIFIERS = claim_norm_set("group_quantifiers")


#: Particles after which a definite noun is the subject of the verb that follows (فإن المجلس قال، إلا أن الوزير أكد،
#: لكن المنتقدين للحكومة يقولون، وكان الوزير قد أكد).
_SUBJECT_PARTICLES = claim_norm_set("subject_particles")


#: إن as written (with its hamza below: أن folds to the same normalized word)
_INNA = claim_set("inna_as_written")


_BUT = claim_norm_set("but_particles")


#: كان and its forms open a sentence whose subject stands before its verb (وكان الوزير قد أكد أن …).
_KANA = claim_norm_set("kana_forms")


_QAD = claim_norm_set("qad_forms")
#: round 36 (helper cl58): أن / لكي / لن before a present verb of saying; the words of time that keep it (قبل أن)
_SUBJUNCTIVE = claim_norm_set("subjunctive_particles")
_TIME_BEFORE_THAT = claim_norm_set("time_before_that")
#: round 36 (helper cl58): a demonstrative right before a present verb of saying (وهذا يؤكد أن): a fact points
_POINTING_DEMONSTRATIVES = claim_norm_set("pointing_demonstratives")
#: round 36 (helper cl58): نقل with a greeting as its object (ونقل سموه تمنيات …): no relayed account
_CONVEYING_VERBS = claim_norm_set("conveying_verbs")
_GREETING_NOUNS = claim_norm_set("greeting_nouns")


#: أما opens a topic whose subject speaks with the verb after ف (أما الأمين العام فقال إن، round 10b).
_AMMA = claim_norm_set("amma_forms")


#: Asides between a subject and its verb (round 10b): "والرئيس الفرنسي بدوره أعلن"، "ووزير الخارجية من جهته أكد".
_ASIDE_ONE = claim_norm_set("asides_one_word")


_ASIDE_TWO = claim_norm_set("asides_after_min")


#: Words the subject phrase before a verb may have (a title chain, a name, an unnamed noun and its modifiers).
_SUBJECT_BEFORE_WORDS = 6


#: Words a title after كان may run on with before its verb (its place, an untagged name: "في محافظة الأنبار فلان").
_KANA_TITLE_TAIL = 6


#: Words that open a sentence and are no verb (a place or country right after them is no subject).
_NOT_VERB_OPENERS = claim_norm_set("not_verb_openers")


#: Documents and occasions a verb refers back to with فيه / فيها (أصدرت الوزارة بيانا أكدت فيه أن، عقد الوزير
#: مؤتمرا صحافيا قال فيه إن): the verb's subject is whoever issued or held it.
_ISSUED = claim_norm_set("issued_documents")


#: Participles that introduce the words themselves (قائلا): their speaker is the sentence's subject however far.
_SAYING = claim_norm_set("saying_participles")


#: A dateline that opens a paragraph ("عبدالحكيم شار- سبق- الرياض:"، "الرياض - واس:"): its name is no subject.
_DATELINE = re.compile(r"[^:\n«»\"“”]{2,60}?[-–][^:\n«»\"“”]{0,40}:")


#: The speaker's body and the outlet he told, set off by a comma before the object that a verb like كشف takes:
#: "وكشف مصدر مطلع في المعارضة لـ«الصحيفة»، عن اتجاه …" (the content read from after the speaker's name).
_BEFORE_OBJECT = re.compile(
    r"(?:في|من|ب|لدى)\s[^،,.؛:\n«»]{0,60}?\s(?:ل|لـ)\s?[«\"“][^»\"”\n]{2,30}[»\"”]"
    r"\s?[،,]\s*(?:" + claim_alternation("object_introducers") + r")\s"
)


#: An interview relayed by a named outlet: "في تصريحات نقلتها صحيفة «الشرق الأوسط»"، "في حديث نشرته وكالة «…»".
_RELAYED_BY = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + claim_alternation("speech_nouns")
    + r")\s+(?:"
    + claim_alternation("relaying_verbs")
    + r")"
    r"\s+(?:" + claim_alternation("relaying_outlet_kinds") + r")?\s*[«\"“]([^»\"”\n]{2,30})[»\"”]"
)
#: (round 40, sp10) a relaying verb as written: every match of _RELAYED_BY holds one (a clause that holds none is not
#: searched: the pattern's look-behind was tried at every position of the clause)
_RELAYING_VERBS = claim_words("relaying_verbs")
_RELAYING_GATE = literal_gate(_RELAYING_VERBS)


#: Round 27 (ch1): remarks that name no channel — press remarks in the plural (في تصريحات صحفية) and words told by
#: telephone (في تصريح عبر الهاتف، في تصريحات هاتفية): `unspecified` when no outlet is named (the files' convention).
_REMARKS = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:"
    + claim_alternation("remarks_plural_nouns")
    + r")\s+(?:"
    + claim_alternation("remarks_press_adjectives")
    + r")|(?:"
    + claim_alternation("remarks_phone_nouns")
    + r")\s+(?:"
    + claim_alternation("remarks_phone_words")
    + r"))(?![\u0621-\u064A])"
)


#: A phone call with a named outlet: "في اتصال هاتفي مع «الحياة»"، "في اتصال مع صحيفة «عكاظ»" (its interview).
_CALL_WITH = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + claim_alternation("call_nouns")
    + r")\s+(?:"
    + claim_alternation("phone_adjectives", suffix=r"\s+")
    + r")?(?:"
    + claim_alternation("call_links")
    + r")\s+"
    r"(?:" + claim_alternation("call_outlet_kinds", suffix=r"\s+") + r")?[«\"“]([^»\"”\n]{2,30})[»\"”]"
)
#: (round 40, sp10) a call noun as written: every match of _CALL_WITH holds one
_CALL_NOUNS = claim_words("call_nouns")
_CALL_GATE = literal_gate(_CALL_NOUNS)


#: "the conference" alone after في / خلال: "وقال خلال المؤتمر إن"، "وأوضح في المؤتمر أن"
_THE_CONFERENCE = re.compile(r"(?<![\u0621-\u064A])(?:في|خلال)\s+(?:ال)?مؤتمر(?:ه|ها)?(?=\s*(?:[،,:]|إن|أن|ان|على|$))")


#: any conference named: the one "the conference" points back to is the last of these before it
_ANY_CONFERENCE = re.compile(r"(?<![\u0621-\u064A])[وبلف]?(?:ال)?مؤتمر(?:ا|ه|ها)?(?![\u0621-\u064A])")


#: The adjective "recent" (دراسة حديثة، إحصائية حكومية حديثة), which folds with حديثه "his talk" (ة and ه are one
#: letter in the normalized view): no interview cue when written with ة after a feminine word (round 13).
_RECENT = claim_set("recent_adjective")


#: The partners of a joint press conference, named after مع: "خلال مؤتمر صحفي مشترك عقده مع وزير الخارجية فلان"
_WITH = re.compile(r"(?<![\u0621-\u064A])(?:مع|ومع)\s+([^،,.؛:\n«»\"“”]{3,120})")


#: Unnamed sources named again with a pointer, and the outlet they told, opening the content as read: "وأكدت هذه
#: الشخصيات لـ«المدينة» وجود …"، "وقالت المصادر ذاتها لـ«عكاظ» إن".
_POINTED_TOLD = re.compile(
    r"(?:هذه|هؤلاء)\s+[\u0621-\u064A]+(?:\s+(?:"
    + claim_alternation("same_after_pointed")
    + r"))?\s+لـ?\s?[«\"“][^»\"”\n]{2,30}[»\"”]"
)


#: A broadcaster's guest: "ضيف «القناة»"، "ضيفة برنامج «…»" (television, not the paper's interview).
_GUEST = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + claim_alternation("guest_nouns")
    + r")\s+(?:"
    + claim_alternation("guest_show_nouns", suffix=r"\s+")
    + r")?[«\"“]"
)


#: words between a بحسب + outlet and the verb whose claim it passes on (وبحسب «رويترز»، فقد ذكر الوزير)
_THEN = claim_norm_set("then_particles")


#: an active participle in the accusative (معربا، مشيرا، مشيرين): a circumstantial clause, no sentence of its own
_PARTICIPLE_OPENER = re.compile(r"[وف]?م[\u0621-\u064A]{2,6}(?:ا|ين)")


#: A topic phrase opening the clause, set off by a comma before the verb (وحول …، قال; وبشأن …، أوضح).
_TOPIC = re.compile(r"\s*(?:و|ف)?(?:" + claim_alternation("topic_prepositions") + r")(?![\u0621-\u064A])")


_REPLY = re.compile(
    r"(?<![\u0621-\u064A])و?(?:" + claim_alternation("reply_nouns") + r")\s+(?:على|علي)(?![\u0621-\u064A])"
)
#: (round 40, sp10) a reply noun as written: every match of _REPLY holds one
_REPLY_NOUNS = claim_words("reply_nouns")
_REPLY_GATE = literal_gate(_REPLY_NOUNS)


#: words before القناة that make it the Suez Canal's authority, not a television channel (لهيئة القناة، رئيس القناة)
_AUTHORITY = claim_norm_set("canal_authority_words")


#: canals named after القناة / قناة (قناة السويس، قناة بنما): waterways, not television
_CANALS = claim_norm_set("canal_names")


#: An outlet that met or talked with the speaker: "«المدينة» التقت بفلان"، "والتقت «عكاظ» بالمواطن فلان"، "حاورت
#: «الوطن» الوزير" (the outlet in quotes before or after the verb).
_MET = re.compile(
    r"[«\"“]([^»\"”\n]{2,30})[»\"”]\s+(?:قد\s+)?(?:" + claim_alternation("meeting_verbs") + r")(?![\u0621-\u064A])"
    r"|(?<![\u0621-\u064A])و?(?:" + claim_alternation("meeting_verbs") + r")\s+[«\"“]([^»\"”\n]{2,30})[»\"”]"
)
#: the meeting verbs as written: both of _MET's branches hold one of them, so a stretch of text that holds none has no
#: match (round 40, sp10: the pattern's look-behind was tried at every position of the sentence before each speaker)
_MET_VERBS = claim_words("meeting_verbs")
_MET_GATE = literal_gate(_MET_VERBS)


#: A speaker answering an outlet's question: "ردا على استفسار «عكاظ»"، "في رده على سؤال لـ«الوطن»" (an interview).
_ASKED_BY = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + claim_alternation("answer_nouns", prefix="و?")
    + "|"
    + claim_alternation("answer_phrases")
    + r")\s+(?:على|علي)\s+"
    r"(?:" + claim_alternation("question_nouns") + r")\s+(?:لـ?\s?)?[«\"“]([^»\"”\n]{2,30})[»\"”]"
)
#: (round 40, sp10) a question noun as written: every match of _ASKED_BY holds one
_QUESTION_NOUNS = claim_words("question_nouns")
_QUESTION_GATE = literal_gate(_QUESTION_NOUNS)


#: "the same source" as a speaker (وأوضح المصدر نفسه، وأضاف نفس المصدر، ذات المصادر): the source of the claim before
_SAME_SOURCE = re.compile(
    r"^[وف]?(?:(?:نفس|ذات)\s+(?:المصدر|المصادر)|(?:المصدر|المصادر)\s+(?:"
    + claim_alternation("same_after_source")
    + r"))$"
)


#: last words of compound given names (عبد الله، نور الدين), no family name of their own
_COMPOUND_ENDS = claim_norm_set("compound_name_ends")


#: a word of Arabic letters (punctuation left out: "راجح بادي، لـ«الشرق الأوسط»")
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


#: first words of a compound given name, never a person's name alone (عبد الله، أبو بكر)
_NAME_PARTS = claim_norm_set("compound_name_starts")


_QUOTE_MARKS = "«»\"“”″'‘’"


# ---------------------------------------------------------------------------------------------- one marker
#: Prepositions that open a verb's object after a comma that closes its subject ("كشف المتحدث …، عن تفاصيل"), من
#: included (round 14: an earlier list without من, never read since this one overrode it, was removed).
_OBJECT_LEADS = claim_norm_set("object_leads")


_ISSUING = claim_norm_set("issuing_verbs")

#: Round 14: past verbs whose plain object is their content only with a speaker named (توقع الوزير ارتفاع الأسعار),
#: and past verbs whose plain object must open with على (شددت الوزارة على ضرورة …), with those leads.
_NAMED_OBJECT_VERBS = claim_norm_set("named_object_verbs")
_ON_OBJECT_VERBS = claim_norm_set("on_object_verbs")
_ON_LEADS = claim_norm_set("on_object_leads")
_FAMILY_NAME_ON_VERBS = claim_norm_set("family_name_on_verbs")
_NOT_FAMILY_NAMES = claim_norm_set("not_family_names")
#: "as" and "what" before such a verb (كما توقعت، ما توقعه): no object follows
_AS_WHAT = claim_norm_set("as_what_words")
#: words that make توقع the present of وقّع, "signs" (توقع اتفاقية، توقع معه عقدا)
_SIGNING = claim_norm_set("signing_words")
#: indefinite words that may open an expectation's speaker kept as written (توقع تقرير حديث)
_EXPECTING_HEADS = claim_norm_set("expecting_heads")

#: Round 15: a paper that learned from a source (وعلمت «عكاظ» من مصادرها أن): the verbs and the preposition before the
#: source, and a speaker's own words after an attribution head (بحسب قوله، على حد تعبيرها)
_LEARNED_VERBS = claim_norm_set("learned_verbs")
_LEARNED_FROM = claim_norm_set("learned_from")
_OWN_WORDS = claim_norm_set("own_words")
_OWN_WORDING = claim_norm_set("own_wording")
#: Round 15: markers only with an introducer close after them (كرر / جدد / علم … أن), and monitoring verbs (no claim
#: of an outlet's plain object)
_INTRO_ONLY_MARKS = claim_norm_set("intro_only_marks")
#: the most words between such a marker and its introducer (وعلمت الصحيفة من مصادر مطلعة في الوزارة أن)
_INTRO_ONLY_WORDS = 10
_MONITORING_VERBS = claim_norm_set("monitoring_verbs")
_MONITORING_OUTLETS = claim_norm_set("monitoring_outlets")
#: Round 15: verbs of admitting and the facts admitted after بـ (اعترف الجيش بمقتل …، أقرت الوزارة بإغلاق …)
_ADMISSION_VERBS = claim_norm_set("admission_verbs")
_HINT_VERBS = claim_norm_set("hint_verbs")
_ADMISSION_OBJECTS = claim_norm_set("admission_objects")
#: Round 17: participle forms that are as often nouns (متهمين), and the words that make داعيا a prayer
_SET_OFF_NOUNS = claim_norm_set("set_off_nouns")
#: round 35 (cl55): مؤكدا / مشددا read with a plain object (claims.yaml); reading._read_claim
_STRESSING_PARTICIPLES = claim_norm_set("stressing_participles")
#: round 35 (cl55): nouns of a paper that learned a fact with no source named; reading._learned_by_outlet
_LEARNED_OUTLETS = claim_norm_set("learned_outlets")
#: round 35 (cl55): prepositions between a clause's verb and a name that put the name in its object
_CLAUSE_PREPOSITIONS = claim_norm_set("clause_prepositions")
_PRAYER_WORDS = claim_norm_set("prayer_words")
#: Round 28 (cl42): God's names after a participle of calling (داعيا الله، داعياً المولى): a prayer's own clause
_PRAYER_HEADS = claim_norm_set("prayer_heads")
#: Round 41 (cl73): the words after الله that make it God named, not a name holding it (الله عز وجل، الله أن)
_PRAISE_AFTER_GOD = claim_norm_set("praise_after_god")
#: Round 41 (cl73): the words that make a name of الله after them (عبد الله، نصر الله، حزب الله)
_NAMES_WITH_GOD = claim_norm_set("names_with_god")
#: Round 17: the words that open an occasion phrase set off by commas before a plain object (، خلال لقائه …،)
_OCCASION_PREPS = claim_norm_set("occasion_prepositions")
#: Round 17 (cl16): verbs of blaming read only with a word of responsibility in their object (حمّل فلانا المسؤولية;
#: not "حمل على عاتقه"), verbs of promising only with أن / بأن (وعدت المنظمة بأن), وزاد / مضى only with their
#: introducer or بالقول
_BLAME_VERBS = claim_norm_set("blame_verbs")
_BLAME_OBJECTS = claim_norm_set("blame_objects")
_BLAME_NOT = claim_norm_set("blame_not")
_CAUSE_VERBS = claim_norm_set("cause_verbs")
_CAUSE_OBJECTS = claim_norm_set("cause_objects")
_CAUSE_POINTERS = claim_norm_set("cause_pointers")
_CLAIMED_ACTS = claim_norm_set("claimed_acts")
_PRESENT_CAUSE_VERBS = claim_norm_set("present_cause_verbs")
_PROMISE_VERBS = claim_norm_set("promise_verbs")
_PROMISE_NOT_AFTER = claim_norm_set("promise_not_after")
_PROMISE_NOT_BEFORE = claim_norm_set("promise_not_before")
_ADDED_VERBS = claim_norm_set("added_verbs")
_WENT_ON_VERBS = claim_norm_set("went_on_verbs")
_BY_SAYING_WORDS = claim_norm_set("by_saying_words")
_BY_SAYING_NOT = claim_norm_set("by_saying_not_after")
_BY_SAYING_TALK = claim_norm_set("by_saying_talk")
_BY_SAYING_NOT_VERBS = claim_norm_set("by_saying_not_verbs")
_THING_ANTECEDENTS = claim_norm_set("thing_antecedents")
_GOING_ON_VERBS = claim_norm_set("going_on_verbs")
_GOING_ON_WORDS = claim_norm_set("going_on_words")
#: Round 15: verbs of informing, and a paper told named by its noun (أبلغت مصادر مطلعة الصحيفة بأن)
_INFORMING_VERBS = claim_norm_set("informing_verbs")
_TOLD_PAPERS = claim_norm_set("told_papers")
#: Round 15: the repeat verbs (كرر، جدد) and the beginnings of the noun they renew (تأكيده، التأكيد، دعوته)
_REPEAT_VERBS = claim_norm_set("repeat_verbs")
_RENEWED_NOUNS = tuple(claim_words("renewed_nouns"))
#: Round 21 (cl27): a verb of saying followed by the speaker's first-person words with no introducer
_BARE_SPEECH_VERBS = claim_norm_set("bare_speech_verbs")
_BARE_SPEECH_OPENERS = claim_norm_set("bare_speech_openers")
_BARE_SPEECH_NEGATIONS = claim_norm_set("bare_speech_negations")
#: Round 21: the most words between قال and its speaker's bare words (the speaker's phrase)
_BARE_REACH = 7

#: Round 14: the most words a channel phrase set off by a comma before a plain object may hold after its channel
#: noun ("أكد الوزير في تعميم للجان، على ضرورة …"); a longer run to the comma is the object itself, which starts
#: after the channel noun and the words of ``_CHANNEL_TAIL`` or a date (في بيان له أمس، عبر بيان صحافي).
_CHANNEL_PHRASE_WORDS = 6
_CHANNEL_TAIL = claim_norm_set("channel_phrase_tail")
#: Round 42 (cl77): a verb of issuing with its pronoun (في بيان نشرته على موقعها) and the media after على / في / عبر
#: (على موقعها الإلكتروني، على الإنترنت) that a channel phrase before a plain object goes on past.
_CHANNEL_ISSUING = claim_norm_set("channel_issuing")
_CHANNEL_ISSUED = claim_norm_set("channel_issued")
_CHANNEL_MEDIA = claim_norm_set("channel_media")


_OBJECT_PRONOUNS = claim_norm_set("object_pronouns")


_CLOSERS = {"»": "«", "”": "“", '"': '"'}


#: words that point back at a quote right before the verb (بهذه العبارات تحدث فلان، هكذا قال فلان)
_THESE = claim_norm_set("these_pointers")


_THESE_NOUNS = claim_norm_set("these_nouns")


#: تابع is also the adjective "affiliated", then always followed by لـ (موقع تابع لمؤسسة، قوات تابعة للنظام)
_AFFILIATED = claim_norm_set("affiliated_adjectives")


#: أن and its forms with a pronoun, as the last word before a content (ولفت مدير الأمن العام أنه …)
_THAT = claim_norm_set("that_forms")


#: what لفت takes when it means "attracted": attention, eyes, interest (لفت انتباهي أن، لفت الأنظار)
_ATTENTION = claim_words("attention_nouns")


#: The most words a speaker phrase may hold: between a verb like بين and its أن (title, body and name), and after a
#: marker when no introducer closes the phrase (round 14: a first assignment of 8 for the latter, never read since
#: this later one overrode it, was removed).
_SUBJECT_WORDS = 14


#: Words a participle may stand after the end of the claim it goes on with, in the same sentence.
_FOLD_GAP_WORDS = 20


_CHANNEL_PREPS = claim_norm_set("channel_prepositions")


#: words that point back to unnamed sources named before (هذه الشخصيات، المصادر ذاتها، نفس المصادر)
_POINTERS = claim_norm_set("source_pointers")


#: Words an outer claim's content opens with before a nested subject (أن، إن، بأن).
_NESTED_INTROS = claim_norm_set("nested_intros")

#: Marker kinds whose nested verb of saying tells its plain object (round 26, sources._tells_object).
_NESTED_OBJECT_KINDS = frozenset(claim_words("nested_object_kinds"))
#: Leads before a nested verb's object that make it a told content (أكد على، كشف عن; round 26).
_NESTED_OBJECT_LEADS = claim_norm_set("nested_object_leads")
#: Words of news a nested verb's object opens with (أكد الخبر، أكد نبأ، أكدت هذه المعلومات; round 26).
_NESTED_NEWS_OBJECTS = claim_norm_set("nested_news_objects")
#: Nouns of a happening or a figure a nested verb of saying may tell as its plain object (ruling 10; round 27).
_NESTED_HAPPENING_OBJECTS = claim_norm_set("nested_happening_objects")
#: Heads of a nested subject kept as written that name people who can speak (round 39, cl65).
_NESTED_PERSON_HEADS = claim_norm_set("nested_person_heads")

#: Marker kinds whose verb takes no addressee before its introducer (round 19, reading._subject_before_intro).
_NO_ADDRESSEE_KINDS = frozenset(claim_words("no_addressee_kinds"))

#: Leads between a subject and its introducer (أشار فلان إلى أن).
_INTRO_LEADS = claim_norm_set("intro_leads")

#: Marker kinds whose past verb inside another's quotation, with a speaker named there, is a claim (round 28).
_QUOTED_KINDS = frozenset(claim_words("quoted_nested_kinds"))

#: Words before a nested verb of saying that make it an "as … said" clause, whose content may open with
#: :data:`_THEN_REPORT` (كما أوضح الرئيس فإن …; round 32, cl49).
_AS_TOLD = claim_norm_set("as_told_words")
#: The introducer of such a clause's content (فإن), bare or with a pronoun (round 32, cl49).
_THEN_REPORT = claim_norm_set("then_report_words")

#: Plain verbs of telling that :func:`rasd.stages.claims.sources._nested_inside` reads inside a content (round 19).
_NESTED_TELLING = claim_norm_set("nested_telling_verbs")
#: Words before a nested verb of saying that open a clause of time or cause, its speaker after it (حيث أعلنت الوزارة
#: بأن; round 39, cl65), and those that do so before أن (بعد أن قالت السلطات إن).
_CLAUSE_OPENERS = claim_norm_set("nested_clause_openers")
_CLAUSE_OPENERS_WITH_AN = claim_norm_set("nested_clause_openers_with_an")
#: على with a pronoun between such a verb's speaker and its أن: someone bidden (أصر عليه أن), not told (round 39).
_BIDDEN = claim_norm_set("bidden_pronouns")


#: At most this many words between the nested subject's start and its verb.
_NESTED_SUBJECT_WORDS = 6


#: A speaker's phrase before a colon and a quote (round 10b) has at most this many words; the quote at least
#: :data:`_COLON_QUOTE_WORDS`.
_COLON_SPEAKER_WORDS = 10


_COLON_QUOTE_WORDS = 4


_COLON_RE = re.compile(r"[:：]\s*(?=[«\"“])")

#: بيّن written like the preposition بين; the words after which a bare بين is the verb; the first term of the
#: preposition before a وبين (round 17b, cl17; claim_cues.yaml)
_BETWEEN_VERBS = claim_norm_set("between_verbs")
_BETWEEN_OPENERS = claim_norm_set("between_openers")
_BETWEEN_FIRST = claim_norm_set("between_first")
#: the nouns of a fact (الأمر الذي يشير إلى …): a relative's present verb of saying after them speaks for no one (17b)
_FACT_ANTECEDENTS = claim_norm_set("fact_antecedents")
#: the words of a count or a kunya after which a verb form of saying is a noun (700 طالب، أبي طالب; round 19, cl21)
_COUNT_WORDS = claim_norm_set("count_words")
_COUNTED_NOUNS = claim_norm_set("counted_nouns")
_COUNTED_NOUN_LEADS = claim_norm_set("counted_noun_leads")
_COUNTED_NOUN_TAILS = claim_norm_set("counted_noun_tails")
_POINTING_HEADS = claim_norm_set("pointing_heads")
#: condition particles before a verb of saying: a supposition (لو دعا، وإذا طالبت; round 19, cl21)
_CONDITIONALS = claim_norm_set("conditional_words")
#: prepositions of a topic that opens a sentence before a comma and the verb (وعن الفريق، قال; round 19, cl21)
_TOPIC_PREPOSITIONS = claim_norm_set("topic_opening_prepositions")


#: the word before عن that passes on a source between a speaker and the content (وقال نقلا عن …; round 20, cl22)
_PASSING_WORDS = claim_norm_set("passing_words")
#: عن with a pronoun after the outlet of a نقل verb (ونقلت الوكالة عنه القول إن; round 20, cl22)
_SOURCE_PRONOUNS = claim_norm_set("source_pronouns")
#: words after عن that make it no source of a نقل verb (نقل المصابين عن طريق …; round 34, cl53)
_RELAY_NOT_SOURCES = claim_norm_set("relay_not_sources")
#: the most words from an outlet's phrase to the عن of the source it passes on (round 34, cl53): the outlet's name
#: tail, an abbreviation, a date or أيضا ("ونقلت وكالة إيتار تاس الروسية للأنباء عن السفارة"، "(أ.ف.ب) عن")
_RELAY_REACH = 8
#: verbs whose object's عن is left out of the content (وأعلنت الوزارة، عن القبض; round 34, cl53): word openings
_ABOUT_LEAD_VERBS = tuple(claim_norm_set("about_lead_verbs"))
#: a preposition with a pronoun right after a verb with a lead word (تحدث فيها عن; round 20, cl22)
_POINTING_PREPOSITIONS = claim_norm_set("pointing_prepositions")
#: words after a comma before a verb of saying inside a claim's content (…، كما بين أن; round 20, cl22)
_SET_OFF_LEADS = claim_norm_set("set_off_leads")
#: past verbs of demand whose plural addressee opens the object after the subject (ودعت الكلية الراغبين …
#: إلى; round 21, cl25)
_ADDRESSEE_VERBS = claim_norm_set("addressee_verbs")
#: the most words between a demand's plural addressee and its إلى / على / بـ (المهندسين المسجلين في موقع الهيئة إلى)
_DEMAND_LEAD_WORDS = 5
#: participles of addressing right after a verb of saying: the addressee follows, not the speaker (وأضاف مخاطبا
#: رئيس الوزراء «…»; round 23, cl31)
_ADDRESSING_WORDS = claim_norm_set("addressing_words")


#: round 26 (cl38): documents of accusation (لائحة الاتهام، قرار الاتهام) that speak after a leading وفقا لـ / طبقا لـ /
#: بحسب, as normalized word pairs
_ACCUSATION_SECONDS = frozenset(p.split()[1] for p in claim_words("accusation_documents"))  # as written (الاتهام)
_ACCUSATION_DOCUMENTS = frozenset(
    tuple(normalize_word(w) for w in p.split()) for p in claim_words("accusation_documents")
)
#: round 26 (cl38): فقد closing a document of accusation's phrase after a leading وفقا لـ (ووفقا للائحة فقد «…»)
_DOCUMENT_THEN = claim_norm_set("document_then_words")
