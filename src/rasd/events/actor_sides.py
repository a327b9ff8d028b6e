"""actor1 against the sentence's own account of who was hit (round 30, helper ac17).

A row whose clause names no doer takes one by inference (:func:`rasd.events.actors.read_actors`): the subject of the
clause before (a coordinated verb), a side named earlier in the sentence, the paragraph's one armed group, the
paragraph's air force. On the released files the side so taken was often the one the trigger's own sentence tells as
hit — its men counted dead under the act (عدد آخر من عناصر التنظيم قتلوا لدى قصف …؛ تمكنت قوات عسكرية من قتل أربعة
من عناصر داعش في اشتباكات) or named after a word of a target (قصف استهدف مواقع للتنظيم). :func:`drop_side_hit`
undoes such an inference, so that the row takes what the text names otherwise or ACLED's defaults.
"""

from __future__ import annotations

import re

from rasd.document import Entity
from rasd.events.actor_roles import TARGET_WORDS, counted_victims, victim_subject
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize_word

#: The words of ``resources/ar/event_actor_cues.yaml`` (round 30, helper ac17).
ACTOR_CUES = CueFile("ar/event_actor_cues.yaml")
#: Target words that tell no side hit (مع، مواجهة، ضمن، في أيدي، في قبضة), normalized word by word.
_NOT_HIT = ACTOR_CUES.normalized_words("not_hit_words")
#: An Arabic word.
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
#: Words of blame or responsibility (ألقي باللوم فيه على، المسؤولية على), normalized word by word.
_BLAME = ACTOR_CUES.normalized_words("blame_words")
#: How many words before a side a word of blame still makes it the side blamed.
_BLAME_WINDOW = 4
#: The kinds of act whose side hit is told apart from its doer here (with armed clashes): not captures or arrests,
#: whose sides have rules of their own (taken_from, held_by, arrested_side).
_HIT_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})


#: (Round 36, helper ac25) Finite verbs of targeting and the words that may open their clause (event_actor_cues.yaml
#: targeting_verbs, targeting_openers), normalized.
_TARGETING_VERBS = ACTOR_CUES.normalized_words("targeting_verbs")
_TARGETING_OPENERS = ACTOR_CUES.normalized_words("targeting_openers")


def targeting_subject(ctx: Context, a: Entity) -> bool:
    """(Round 36, helper ac25) Whether side ``a`` stands right after a finite verb of targeting (استهدف، استهدفت) that
    opens its clause — at a sentence's or a quotation's start, after a comma or a colon, or after an opener (و، كما،
    حيث …) — so that the side is the verb's subject (VSO: «استهدفت المقاومة أيضا دورية للمسلحين الحوثيين»), not the
    side hit. A verb after its subject or after قد (وكانت الطائرات قد استهدفت الحوثيين) keeps the side its object."""
    text = ctx.doc.text
    words = list(_WORD.finditer(text, max(0, a.start - 40), a.start))[-2:]
    if not words or text[words[-1].end() : a.start].strip(" «\"'"):
        return False
    if normalize_word(words[-1].group()) in _TARGETING_VERBS:
        verb = words[-1].start()
    elif (  # a descriptor between (استهدفت قوات «المقاومة»): the verb is the word the context reads before the side
        len(words) == 2
        and not text[words[0].end() : words[1].start()].strip()
        and normalize_word(words[0].group()) in _TARGETING_VERBS
        and ctx.actor_previous_word(a.start) == normalize_word(words[0].group())
    ):
        verb = words[0].start()
    else:
        return False
    if verb > 0 and text[verb - 1].isalpha():
        return False  # a proclitic fused to the verb (فاستهدف …) is read as its own word: no such form here
    gap = text[max(0, verb - 40) : verb]
    tail = gap.rstrip()
    if not tail or "\n" in gap[len(tail) :] or tail.endswith(("«", '"', "“", ":", "(", "،", ",", ".", "؛")):
        return True
    opener = _WORD.findall(tail)[-1:]
    return bool(opener) and tail.endswith(opener[0]) and normalize_word(opener[0]) in _TARGETING_OPENERS


def _named_as_hit(ctx: Context, a: Entity) -> bool:
    """Whether side ``a`` stands right after a word of a target that tells a side hit (مواقع، على، استهدف …), not
    after one blaming it (ألقي باللوم فيه على تنظيم داعش: the side blamed), nor as the subject of a verb of targeting
    that opens its clause (``targeting_subject``, round 36)."""
    word = ctx.actor_previous_word(a.start)
    if word not in TARGET_WORDS or word in _NOT_HIT or targeting_subject(ctx, a):
        return False
    before = _WORD.findall(ctx.doc.text[max(0, a.start - 60) : a.start])[-_BLAME_WINDOW - 1 :]
    return not any(normalize_word(w) in _BLAME for w in before)


def drop_side_hit(ctx: Context, cand: Candidate, country: str | None) -> None:
    """An actor1 inferred from outside the trigger's clause (``certainty`` "inferred", a named side) is dropped when
    the trigger's own sentence names that same side as hit: before the trigger, its men counted dead or wounded
    (:func:`~rasd.events.actor_roles.counted_victims`, :func:`~rasd.events.actor_roles.victim_subject`) or the side
    after a word of a target; after the trigger, only after a word of a target (a count of dead told after a clash
    covers both its sides: القتلى 18 عنصراً من جبهة النصرة و…). Armed clashes, explosions and violence against
    civilians only."""
    from rasd.events.actors import actors_with_anaphors  # (actors imports this module)

    actor = cand.actor1
    if actor is None or actor.get("certainty") != "inferred" or not actor.get("actor_id"):
        return
    if cand.cls.acled_sub_type != "Armed clash" and cand.cls.acled_type not in _HIT_TYPES:
        return
    s0, s1 = cand.sentence
    # read before and after the trigger apart: an anaphor (عناصر التنظيم) is read only where its span does not name
    # the side itself too
    for a in actors_with_anaphors(ctx, s0, cand.start, country):
        if a.actor_id == actor.get("actor_id") and (
            counted_victims(ctx, a, s0, cand.start) or victim_subject(ctx, a, s0) or _named_as_hit(ctx, a)
        ):
            cand.actor1 = None
            return
    for a in actors_with_anaphors(ctx, cand.end, s1, country):
        if a.actor_id == actor.get("actor_id") and _named_as_hit(ctx, a):
            cand.actor1 = None
            return
