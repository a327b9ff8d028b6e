"""Event coding: readers shared by the trigger, refinement and status steps (weapon families, words before and
after a trigger, the headline and the lead)."""

from __future__ import annotations

import functools
import re
from typing import Any

from rasd.events.coding.classes import ACCIDENT_PRONE
from rasd.events.context import Context
from rasd.events.lexicon import event_lexicon
from rasd.resources.cues import event_cue_alt as cue_alt
from rasd.resources.cues import event_cue_words as cue_words
from rasd.text.clitics import in_words
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize


def _sentence_before(ctx: Context, s0: int) -> tuple[int, int] | None:
    """The sentence right before the one that starts at ``s0``, when both are in one paragraph (None otherwise)."""
    here = ctx.sentence_index(s0)
    if here == 0 or ctx.sentences[here].start != s0:
        return None
    prev = ctx.sentences[here - 1]
    if ctx.block(prev.start) != ctx.block(s0):
        return None
    return prev.start, prev.end


#: "Was subjected to" (تعرض لهجوم): the ل after it names what happened, not an aim (normalized).
_EXPOSED = frozenset(normalize(w) for w in cue_words("exposed"))


def exposed_before(words: list[str]) -> bool:
    """Whether one of ``words`` (normalized) is a form of تعرض, "was subjected to", also with its conjunction (وتعرض
    خط الأنابيب لهجوم، فتعرضت الدورية لإطلاق نار: round 21, helper evr3): the ل after it names what befell the
    subject, not an aim."""
    return any(in_words(w, _EXPOSED, min_rest=2) for w in words)


def preposition(prefix: str) -> str:
    """The conjunction and preposition of a normalized proclitic string, without the article (لل → ل)."""
    if prefix.endswith("لل"):
        return prefix[:-1]
    return prefix[:-2] if prefix.endswith("ال") else prefix


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


#: Words before or after a bare مسيرة that make it a march, not a drone (خلال مسيرة مناهضة، مسيرة سلمية).
_MARCH_BEFORE = frozenset(normalize(w) for w in cue_words("march_before"))


_MARCH_AFTER = re.compile(r"^\s*(?:" + cue_alt("march_after") + r")")


def _march(ctx: Context, p: int) -> bool:
    """Whether the bare word مسيرة at ``p`` is a march (a demonstration), not an aircraft."""
    text = ctx.doc.text
    w0 = ctx.word_start(p)
    word = text[w0 : p + 8].split(" ")[0]
    if not any(stem.startswith("مسير") for _, stem in strip_proclitics(word)):  # مسيرة، والمسيرة، بمسيرة
        return False
    end = w0 + len(word)
    return ctx.previous_word(w0) in _MARCH_BEFORE or bool(_MARCH_AFTER.match(text[end : end + 20]))


#: Words before a weapon adjective that make it a unit's name (ضابط في القوى الجوية، الدفاعات الجوية), normalized.
_UNIT_WORDS = frozenset(normalize(w) for w in cue_words("unit_words"))


#: A definite "other" (الأخرى، الآخر، الأخريات), the rest of a set told before it.
_THE_OTHER = re.compile(r"\s*(?:" + cue_alt("the_other") + r")(?![\u0621-\u064A])")


def _the_rest(text: str, m: Any, p: int) -> bool:
    """Round 12: a definite trigger with a definite "other" right after it ("وجرت الضربات الأخرى قرب كركوك") names
    the rest of the set its text has told (the other strikes of the same statement), not another happening of
    another day."""
    definite = m.prefix.endswith(("ال", "لل")) or m.key.startswith("ال")
    other = _THE_OTHER.match(text, m.end)
    return definite and other is not None and other.end() > p


def _word_end(text: str, p: int) -> int:
    """Where the word that starts at ``p`` ends."""
    m = _WORD_AT.match(text, p)
    return m.end() if m else p


_WORD_AT = re.compile(r"[^\W\d_]+")


#: (round 26, sp5) :func:`back_words`' answers for one text (the last one asked about), by (offset, n): each is asked
#: about ~3 times per document (12,600 calls per 300 articles)
_BACK_TEXT: list[str] = [""]
_BACK: dict[tuple[int, int], int] = {}


def back_words(text: str, offset: int, n: int) -> int:
    """The offset ``n`` words before ``offset`` (words are runs of non-space characters)."""
    if text is not _BACK_TEXT[0]:
        _BACK.clear()
        _BACK_TEXT[0] = text
    hit = _BACK.get((offset, n))
    if hit is None:
        hit = _BACK[offset, n] = _back_words(text, offset, n)
    return hit


def _back_words(text: str, offset: int, n: int) -> int:
    """(Round 30, se2) :func:`_back_words_loop` as one match over the window read backwards: ``n`` times the
    whitespace before the position (``\\s`` is ``str.isspace``), then the characters back to the last space or line
    break; where the window's start is reached, the position is that start (the tests compare both on random texts)."""
    floor = max(0, offset - 20 * n)
    m = _back_pattern(n).match(text[floor:offset][::-1])
    return offset - m.end()  # type: ignore[union-attr]


@functools.cache
def _back_pattern(n: int) -> re.Pattern[str]:
    return re.compile(r"(?:\s*[^ \n]*){" + str(n) + "}")


def _back_words_loop(text: str, offset: int, n: int) -> int:
    """:func:`back_words` one word at a time (round 26's reading, kept as the reference of :func:`_back_words`)."""
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


#: Round 16b (helper ev15): a confrontation word (مواجهات، صدامات، مصادمات، مناوشات), not told as armed (مسلحة).
_CONFRONTATION = re.compile(
    r"[وف]?(?:ب|ل)?(?:ال)?(?:"
    + cue_alt("confrontation_words")
    + r")(?:\s+(?:"
    + cue_alt("confrontation_qualifiers")
    + r"))?$"
)
_ARMED_AFTER = re.compile(r"\s+(?:ال)?مسلح[ةه]?(?![\u0621-\u064A])")

#: The forces of an occupation as a side (الجيش الإسرائيلي، قوات الاحتلال، جنود الاحتلال، شرطة الاحتلال).
_OCCUPATION = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:" + cue_alt("occupation_words") + r")(?![\u0621-\u064A])"
)

#: A crowd as the other side, after مع or بين (up to three words after the confrontation word: مساء الجمعة بين),
#: the crowd word at most three words on (مع السكان، مع شبان البلدة، بين الأهالي وقوات …).
_CROWD_SIDE = re.compile(
    r"(?:\s+[^\s،,.:؛]+){0,3}?\s+(?:مع|بين)(?:\s+[^\s،,.:؛]+){0,2}?\s+(?:و|ب)?(?:ال)?"
    r"(?:" + cue_alt("crowd_side_words") + r")(?![\u0621-\u064A])"
)

#: Armed hands on the crowd's side (مسلحون، مقاتلون، مقاومون، كتائب، سرايا، عناصر، متشددون) or fire exchanged: two
#: armed sides, a clash.
_ARMED_HANDS = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ب|ل)?(?:ال)?(?:" + cue_alt("armed_hand_words") + r")(?![\u0621-\u064A])"
)


def confrontation_riot(ctx: Context, cand: Any) -> bool:
    """Round 16b (helper ev15): whether a clash told by a confrontation word is a riot, not a battle. ACLED's Battles
    need two organised armed groups; confrontations of residents or young men with an army (stones, tear gas) are
    a violent demonstration. The word is مواجهات/صدامات/مصادمات/مناوشات (not "مسلحة"), its sentence names the forces
    of an occupation (قتلت قوات الاحتلال شابا خلال مواجهات في البلدة) or a crowd as the other side after مع or بين
    (خلال مواجهات مع السكان), and names no armed hands on the other side (مسلحون، مقاومون، كتائب، عناصر) and no
    fire exchanged: "مواجهات بين الجيش ومسلحين" stays a clash."""
    return cand.cls.name == "clash" and _confrontation_at(ctx, cand.start, cand.end, *cand.sentence)


def _confrontation_at(ctx: Context, start: int, end: int, s0: int, s1: int) -> bool:
    """Whether the word at ``[start, end)`` of the sentence ``[s0, s1)`` is a confrontation of a crowd with an army
    (:func:`confrontation_riot`); a rebel or militia group named in the sentence (حزب الله، حماس، الحوثيون) makes
    armed sides."""
    text = ctx.doc.text
    if not _CONFRONTATION.fullmatch(text[start:end]) or _ARMED_AFTER.match(text, end):
        return False
    if _ARMED_HANDS.search(text, s0, s1) or any(a.inter in (2, 3, 4) for a in ctx.actors_in(s0, s1)):
        return False
    return bool(_OCCUPATION.search(text, s0, s1) or _CROWD_SIDE.match(text, end))


def retype_confrontation(ctx: Context, cand: Any) -> None:
    """Step 3b (round 16b): a confrontation of a crowd with an army (:func:`confrontation_riot`) typed a riot; so is
    an attack on civilians one of whose mentions is such a confrontation (قتل شابا خلال مواجهات مع الجيش الذي اقتحم
    البلدة: the storming and the confrontation one riot)."""
    told = confrontation_riot(ctx, cand)
    if not told and cand.cls.acled_type == "Violence against civilians" and cand.cls.name != "abduction":
        told = any(_confrontation_at(ctx, m.start, m.end, m.sent_start, m.sent_end) for m in cand.mentions)
    if told:
        cand.cls = event_lexicon().classes["riot"]
        cand.cues.add("confrontation_riot")


#: Round 26 (helper rc2): a verb of confirming or announcing whose object, past its subject (at most ten words, no
#: comma or full stop), is the word at the end (event_cues.yaml confirming_verbs).
_CONFIRMED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + cue_alt("confirming_verbs")
    + r")(?![\u0621-\u064A])((?:\s+[^\s.،,؛؟!]+){0,10}?)\s*$"
)
#: Words between that verb and its object that make it no object of it (event_cues.yaml confirm_not_between).
_CONFIRM_NOT = frozenset(normalize(w) for w in cue_words("confirm_not_between"))
#: Words of the pluperfect before that verb in its sentence (event_cues.yaml confirm_pluperfect).
_CONFIRM_PAST = frozenset(normalize(w) for w in cue_words("confirm_pluperfect"))


def confirmed_object(text: str, s0: int, start: int) -> bool:
    """Round 26 (helper rc2): whether the word at ``start`` is the object of a verb of confirming or announcing told
    before it in its sentence (from ``s0``), past the verb's subject (أكدت مصادر في قيادة الجيش الوطني في محافظة تعز
    لـ «عكاظ» السيطرة الكاملة على مديريتي مشرعة وحدنان): with no أن, aim, campaign or "recently" between, and no
    pluperfect before the verb (وكانت حكومة اليمن أعلنت تحرير عدن: told again, not the news)."""
    found = _CONFIRMED.search(text, max(s0, start - 140), start)
    if found is None:
        return False
    between = [w.strip('«»"“”()') for w in normalize(found.group(1)).split()]
    if any(w in _CONFIRM_NOT or w.removeprefix("و") in _CONFIRM_NOT for w in between):
        return False
    return not any(w in _CONFIRM_PAST for w in normalize(text[s0 : found.start()]).split()[-4:])


#: (Round 28, helper rc5) A past verb of becoming (event_cues.yaml became_verbs), at most two words after it (الآن،
#: بالفعل), then تحت right before a noun of control: أصبحت الآن تحت سيطرة المقاومة، باتت تحت السيطرة.
_BECAME_UNDER = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("became_verbs") + r")(?![\u0621-\u064A])"
    r"(?:\s+[^\s.!؟?،,؛;:]+){0,2}?\s+تحت\s+(?:ال)?$"
)
#: Relative pronouns (event_cues.yaml relative_words): a place described by the verb of becoming.
_RELATIVE_WORDS = frozenset(cue_words("relative_words"))


def became_under_before(ctx: Context, c0: int, start: int) -> bool:
    """(Round 28, helper rc5) Whether the word at ``start`` (a noun of control) follows a past verb of becoming and
    تحت in its clause (from ``c0``): "أن مدينة عدن الساحلية الجنوبية أصبحت الآن تحت سيطرة المقاومة الشعبية
    بالكامل", a place that has changed hands, told as news. Not after a relative pronoun (المناطق التي أصبحت تحت
    سيطرة التنظيم: places described)."""
    head = _BECAME_UNDER.search(ctx.doc.text, max(c0, start - 40), start)
    if head is None:
        return False
    return ctx.previous_word(ctx.word_start(head.start() + 1)) not in _RELATIVE_WORDS
