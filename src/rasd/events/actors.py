"""Step 5 (actors): perpetrator and target from the words around the trigger, civilians from victim words,
and ACLED's conventions when the text names no perpetrator."""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left
from typing import Any

from rasd.document import Entity
from rasd.events.actor_roles import (
    _AGENT_OF,
    _ARABIC_WORD,
    _BY_FIRE_OF,
    _FORCE_OF,
    _FROM_AFAR,
    _FROM_AFAR_SUB,
    _LEAVERS,
    _NEAR,
    _OPENERS,
    _PREPS,
    _SPEAKER_BEFORE,
    _THAT,
    TARGET_WORDS,
    _carried,
    _counted_at,
    _expelling,
    _fired_from,
    _impossible_inter,
    _target_word_before,
    _verb_opens_clause,
    _victims_of,
    arrested_side,
    attributed_to,
    backer,
    busy_when_hit,
    claimed_after,
    claimed_by,
    claimed_later,
    counted_object,
    counted_victims,
    exposed_side,
    held_by,
    impossible_perpetrator,
    member_of,
    object_of_preposition,
    own_losses_teller,
    owned_by,
    owned_place,
    reporter,
    responder,
    supported_side,
    taken_from,
    tells_own_losses,
    victim_subject,
)
from rasd.events.actor_roles import (
    _CARRIED as _CARRIED,  # re-exported: tests read it here
)
from rasd.events.actor_sides import ACTOR_CUES, drop_side_hit, targeting_subject
from rasd.events.coding.subtypes import victims_told
from rasd.events.context import _DESCRIPTORS as NAME_DESCRIPTORS
from rasd.events.context import Context
from rasd.events.lexicon import event_lexicon
from rasd.events.model import Candidate
from rasd.events.places import acled_event_places, is_country
from rasd.export import countries, country_name
from rasd.geo.focus import adjective_country, world_adjective_country
from rasd.geo.recognize import geo_lexicon
from rasd.geo.recognize.words import WORLD_COUNTRY_ADJECTIVES
from rasd.ner.lexicon import load_lexicon
from rasd.resources import load_yaml
from rasd.resources.cues import arg_cue_alt as cue_alt
from rasd.resources.cues import arg_cue_words as cue_words
from rasd.text.normalize import normalize, normalize_view, normalize_word, normalize_words

#: The ACLED types of political violence (an attack attributed to a group is one of them).
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")

#: How many words after a verb its subject may stand (VSO), and how far a trigger's arguments may lie.
SUBJECT_WINDOW = 7


# ---------------------------------------------------------------------------------------------------- actors
def actor_json(ctx: Context, ent: Entity, country: str | None, date: str | None = None) -> dict[str, Any]:
    """An actor object for an entity, its ACLED name read for the event's country and date when the lexicon knows
    it (an actor's label changes with governments; "Islamic State (X)" takes the country of the event)."""
    name = ent.acled or ent.canonical or ctx.doc.text[ent.start : ent.end]
    inter = ent.inter
    lexicon = load_lexicon()
    actor = lexicon.by_id.get(ent.actor_id or "")
    if actor is not None and country and actor.country not in (None, country):
        actor = _same_alias_in(ctx, ent, country) or actor  # a Libyan clash's الجيش الوطني is the LNA
        if actor.id != ent.actor_id:
            name, inter = actor.acled or actor.canonical or name, actor.inter
        elif _country_blind(ctx, ent, country):
            own = _own_state_force(actor.sector, country, date)
            if own is not None:  # "قوات الصاعقة" in a row of Egypt: Egypt's commandos, not Haftar's (round 34, ac22)
                return {**own, "name_ar": ctx.doc.text[ent.start : ent.end], "entity": ent.id}
    if actor is not None and not actor.generic:
        antecedent = _antecedent(ctx, ent, actor.country)
        if antecedent is not None:  # "فأطلقت الشرطة النار" after "الشرطة الإسرائيلية" in the headline: that police
            actor = antecedent
            name, inter = actor.acled or actor.canonical or name, actor.inter
        reading = lexicon.read_actor(actor, country=country or ctx.focus_country, date=date, focus=ctx.focus_country)
        if reading is not None and (reading.acled or reading.canonical):
            name = reading.acled or reading.canonical or name
            inter = reading.inter if reading.inter is not None else inter
    if "{" in name:
        name = name.replace("{country}", (country_name(country) or country or "")).strip()
    out: dict[str, Any] = {
        "name": name,
        "name_ar": ctx.doc.text[ent.start : ent.end],
        "inter": inter,
        "entity": ent.id,
    }
    if ent.actor_id:
        out["actor_id"] = actor.id if actor is not None else ent.actor_id
    return as_force(out, country or ctx.focus_country, date)


#: (Round 34, helper ac22) The generic words of a force's or unit's name that any state's forces use (قوات، جهاز،
#: الصاعقة، الخاصة، مكافحة الإرهاب, event_actor_cues.yaml country_blind_words), normalized, article stripped.
_COUNTRY_BLIND_WORDS = ACTOR_CUES.normalized_words("country_blind_words")
#: The sectors of a state's own forces (army, police, intelligence) and the generic actor each is read as.
_STATE_SECTORS = {"MIL": "state-military", "COP": "state-security-forces", "SPY": "state-security-forces"}


def _country_blind(ctx: Context, ent: Entity, country: str | None) -> bool:
    """(Round 34, helper ac22) Whether a mention read as another country's state force names no country of its own:
    every word of it is a generic word of a force's name (قوات الصاعقة، جهاز مكافحة الإرهاب، المخابرات العسكرية), so
    in a row placed in ``country`` it is that country's force, not the foreign one the lexicon lists the alias under
    (Egypt's commandos in Sinai read as Haftar's Libyan National Army). A name with a nationality, a country, a person
    or a number (الجيش الليبي، قوات حفتر، الفرقة 25) is not country-blind."""
    actor = load_lexicon().by_id.get(ent.actor_id or "")
    if actor is None or actor.generic or not country or actor.country in (None, country):
        return False
    if actor.inter != 1 or actor.sector not in _STATE_SECTORS:
        return False
    words = [_bare(normalize_word(w)) for w in ctx.doc.text[ent.start : ent.end].split()]
    return bool(words) and all(w in _COUNTRY_BLIND_WORDS for w in words)


def _bare(word: str) -> str:
    """A word without its conjunction و and its article (والمخابرات → مخابرات)."""
    if word.startswith("و") and (word[1:].startswith("ال") or word[1:] in _COUNTRY_BLIND_WORDS):
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _own_state_force(sector: str | None, country: str, date: str | None) -> dict[str, Any] | None:
    """The generic force of ``country`` for a state force's sector (army: its military; police or intelligence: its
    security forces), read on ``date``."""
    generic = _STATE_SECTORS.get(sector or "")
    return actor_by_id(generic, country=country, date=(date or "")[:10] or None) if generic else None


@functools.cache
def _units() -> dict[str, str]:
    """``unit_of`` of actors.yaml: a state force's unit (its air force, a division) → the force's lexicon id."""
    return {str(sp["id"]): str(sp["unit_of"]) for sp in load_yaml("ar/actors.yaml")["actors"] if sp.get("unit_of")}


def as_force(out: dict[str, Any], country: str | None, date: str | None) -> dict[str, Any]:
    """An actor object of a unit (``unit_of`` in actors.yaml) named by its force's ACLED label, the unit's own label
    kept as ``unit``: the tuning files code the Syrian air force's barrels and the 4th Division's clashes as the
    army's (round 19, helper ac6: 6 rows of tune2, tune22, tune24, none with the unit's label in any file)."""
    parent_id = _units().get(str(out.get("actor_id") or ""))
    if parent_id is None:
        return out
    lexicon = load_lexicon()
    parent = lexicon.by_id.get(parent_id)
    reading = lexicon.read_actor(parent, country=country, date=date) if parent is not None else None
    if reading is None or not reading.acled:
        return out
    return {**out, "name": reading.acled, "unit": out["name"]}


def _generic_of(ctx: Context, ent: Entity) -> Any:
    """The generic actor (the police, the army, the security forces) whose alias is the entity's whole text."""
    surface = ctx.doc.text[ent.start : ent.end]
    for m in load_lexicon().actor_matcher.find_all(normalize_view(surface)):
        if m.start == 0 and m.end >= len(surface.rstrip()) - 1 and m.value.actor.generic:
            return m.value.actor
    return None


def _antecedent(ctx: Context, ent: Entity, own_country: str | None) -> Any:
    """For a bare generic mention (الشرطة، الجيش) read as the article's country: the actor of the nearest earlier
    mention of the same category that names its country (الشرطة الإسرائيلية in the headline), when that country is
    another one. The bare mention points back at it, as ACLED's coders read it; bare mentions in between are the same
    chain and are skipped. ``None`` when there is no such mention, and when the document read the bare mention as
    another country's force already (وقال الجيش في بيان after قال الجيش الأميركي: the US army, not the Syrian
    regime of the headline before it; round 19, helper ac6)."""
    generic = _generic_of(ctx, ent)
    if generic is None:
        return None
    lexicon = load_lexicon()
    members = {i for _, ids in generic.by_country for i in ids}
    for prev in reversed(ctx.actors_in(0, ent.start)):
        if prev.actor_id not in members or _generic_of(ctx, prev) is not None:
            continue  # another category, or a bare mention of the same chain
        if prev.actor_id == ent.actor_id:
            if _named_alias(ctx, prev):
                return None  # the nearest mention that names its country is the one the bare mention was read as
            continue  # the same chain
        actor = lexicon.by_id.get(prev.actor_id or "")
        if actor is None or actor.country == own_country:
            return None
        return actor
    return None


def _named_alias(ctx: Context, ent: Entity) -> bool:
    """Whether a mention's whole text is an alias of its own (not generic) lexicon actor (الجيش الأميركي)."""
    surface = ctx.doc.text[ent.start : ent.end]
    return any(
        m.start == 0 and m.end >= len(surface.rstrip()) - 1 and m.value.actor.id == ent.actor_id
        for m in load_lexicon().actor_matcher.find_all(normalize_view(surface))
        if not m.value.actor.generic
    )


def _same_alias_in(ctx: Context, ent: Entity, country: str) -> Any:
    """The lexicon actor of ``country`` that the entity's whole text is also an alias of (الجيش الوطني is the Syrian
    National Army, Yemen's army and the LNA): the document chose one actor for the words, the event's country
    chooses among those the words name."""
    lexicon = load_lexicon()
    surface = ctx.doc.text[ent.start : ent.end]
    for m in lexicon.actor_matcher.find_all(normalize_view(surface)):
        if m.start == 0 and m.end >= len(surface.rstrip()) - 1 and m.value.actor.country == country:
            return m.value.actor
    return None


def _date_of(ctx: Context, cand: Candidate) -> str | None:
    """The day an actor's ACLED label is read for: the event's, else the article's (reference) date, so that a clause
    told with no day of its own (وكانت قوات الاحتلال قد اقتحمت البلدة) gets its period's label, not today's
    (round 18, helper ac5: "Military Forces of Israel (2022-)" on a 2015 riot)."""
    value = (cand.date or {}).get("value") or ctx.doc.reference_date_at(cand.start)
    return str(value) if value else None


def read_actors(ctx: Context, cand: Candidate, country: str | None, inherited: dict[str, Any] | None = None) -> None:
    """Step 5 (actors): the perpetrator (subject) and target of the trigger, civilians from victim words.

    ``inherited`` is the named actor1 of the event told before in the same sentence: a clause with no actor of its
    own (a coordinated verb, كما نفذت …) keeps that subject.
    """
    country = scene_country(cand, country)
    c0, c1 = cand.clause
    text = ctx.doc.text
    named = actors_with_anaphors(ctx, c0, c1, country)
    actors = [a for a in named if not (a.start < cand.end and cand.start < a.end)]
    # "وقالت إن هذه العملية هي رد على الهجوم الانتحاري": the attack a reply answers is not the replier's; no side is
    # inferred for it from the sentences before or the clause it answers from (round 28, helper ac15)
    answered = _answered_at(ctx, cand)
    # the side a trigger's own words name after ل (كمين للمقاومة، هجوم لداعش): whose ambush or attack it was
    # (round 14, helper ac2)
    own = [
        a
        for a in named
        if cand.start < a.start < cand.end and a.source != "anaphor" and ctx.actor_previous_word(a.start) in ("ل", "لل")
    ]
    # rescuers, monitors and other civilian bodies (inter 7) tell of violence; they are never its perpetrators
    actors = [a for a in actors if a.inter != 7 or ctx.actor_previous_word(a.start) in TARGET_WORDS]
    # who tells of the event (قالت وزارة الداخلية إن …، حسبما قالت مصادر في الشرطة) is not who did it
    actors = [a for a in actors if not reporter(ctx, a, cand)]
    claimant = claimed_by(ctx, cand, ctx.actors_in(*cand.sentence))
    if claimant is None and cand.cls.acled_type in ("Explosions/Remote violence", "Violence against civilians"):
        claimant = claimed_after(ctx, cand)  # "… انفجار عبوة ناسفة … . وتبنت الهجوم جماعة «ولاية سيناء»"
    if claimant is None and cand.cls.acled_type in ("Explosions/Remote violence", "Violence against civilians"):
        claimant = claimed_later(ctx, cand)  # (round 41, ev12) "… حركة الشباب التي أعلنت مسؤوليتها عن التفجير"
    attributed = None
    if claimant is None and cand.cls.acled_type in VIOLENT_TYPES:
        # "هجوم انتحاري نسب إلى تنظيم داعش"، "واتهم المسؤولون تنظيم داعش بالوقوف خلف التفجير" (round 18, ac5)
        claimant = attributed = attributed_to(ctx, cand)
    if claimant is not None and claimant not in actors:
        actors = sorted([*actors, claimant], key=lambda e: e.start)  # a claim told past the trigger's clause
    perps: list[tuple[int, Entity]] = []
    targets: list[Entity] = []
    between = False
    between_side: Entity | None = None  # the side named right after بين
    last: tuple[Entity, bool] | None = None  # the actor read before, and whether it was a target
    for a in own:
        perps.append((-1, a))
    # "فجر عناصر داعش أمس جسرا": a trigger that took the head noun of its subject (فجر عناصر) leaves the side named
    # past its end, whose mention began inside it, out of the clause's actors; it is the deed's subject (round 36,
    # helper ac25). Not a killing's (مقتل عناصر داعش: the dead)
    for a in named:
        if (
            cand.cls.acled_type in ("Explosions/Remote violence", "Battles")
            and cand.cls.name != "killing"
            and ctx.word_start(cand.start) < a.start < cand.end < a.end
            and a.source != "anaphor"
            and a.inter not in (None, 7)
        ):
            perps.append((0, a))
    # "القوات الأمنية فرضت سيطرتها على منطقة الصكرة لقطع الطريق أمام مسلحي داعش": the pronoun on the noun names the
    # holder, told before it; a side named after the place is not the noun's subject (round 25, helper ac12)
    holder_pronoun = _holder_pronoun(ctx, cand) or _subject_right_before(ctx, cand, actors)
    for a in actors:
        prev = ctx.actor_previous_word(a.start)
        gap_words = ctx.words_between(cand.end, ctx.word_start(a.start)) if a.start >= cand.end else 99
        conjoined = prev in ("و", "او") and (
            (last is not None and last[1] and ctx.words_between(last[0].end, ctx.word_start(a.start)) <= 1)
            or (a.start > cand.end and _target_word_before(ctx, a, cand.end))
        )
        if a is not claimant and own_losses_teller(ctx, a):
            # "أعلن الجيش التركي مقتل ثلاثة جنود أتراك حين فتح عناصر من حزب العمال النار": the side that tells of its
            # own dead was hit (round 26, helper ac13)
            targets.append(a)
            continue
        if responder(ctx, a, c0):
            continue  # "هرعت طواقم الدفاع المدني وقوات من الشرطة إلى مكان الانفجار": they came after
        if a is not claimant and (
            busy_when_hit(ctx, a, cand) or exposed_side(ctx, a, cand) or arrested_side(ctx, a, cand)
        ):
            # "أثناء قيام جنود الجيش بتمشيط الحد الفاصل" (a bomb's), "تعرضت آلية تابعة للقوات التركية لتفجير لغم"،
            # "اعتقل أحد قياديي بوكو حرام": the side doing its duty, subjected to the act or arrested was hit, it did
            # not act (round 29, helper ac16)
            targets.append(a)
            continue
        if a is not claimant and _answered_side(ctx, a, c0):
            targets.append(a)  # "وردّ الحوثيون على هجمات المقاومة بقصف أحياء": whose attack was answered (round 27)
            continue
        if a is not claimant and backer(ctx, a, cand):
            continue  # "سيطروا عليها بدعم من طائرات التحالف": who backed the deed did not do it (round 19, ac6)
        if a is not claimant and _in_side_relative(ctx, a, cand, named):
            continue  # "أعلن التحالف الذي يقاتل قوات الحوثي وقفا لإطلاق النار": the relative's object (round 24)
        if a is not claimant and cand.cls.acled_type in VIOLENT_TYPES and member_of(ctx, a):
            targets.append(a)  # "اغتيل طلال الأردني القيادي في حركة فتح": his body was hit (round 22, ac9)
        elif a is claimant:
            perps.append((-1, a))  # "الهجوم الذي تبناه تنظيم داعش": who claimed it is actor1 (ACLED)
        elif a.start >= cand.end and prev in ("ل", "لل") and _attack_owner(ctx, cand, a):
            perps.append((0, a))  # "قتل 9 من ميليشيات الحوثي في هجوم للمقاومة الشعبية": whose attack it was
        elif a.start >= cand.end and gap_words <= 1 and _expelling(ctx, cand) and prev not in ("من", "قبل"):
            targets.append(a)  # "طردوا الحوثيين من مدينة لودر": the object of expelling lost the place
        elif a.start >= cand.end and _fired_from(ctx, cand, a):
            perps.append((0, a))  # "قصف عنيف من مواقع قوات الأسد": the shells came from their positions
        elif owned_by(text, c0, a.start):
            # "غارة على معسكر تدريب تابع لحركة حماس"، "استهدفوا نقطة خاصة بالمسلحين الحوثيين" (round 36, ac25): the
            # owner of what was hit
            targets.append(a)
        elif conjoined:
            targets.append(a)  # "في مواجهة مليشيات الحوثي والقوات الموالية …": both faced, neither fought them
        elif _BY_FIRE_OF.search(text, max(c0, a.start - 40), a.start) or _FORCE_OF.search(
            text, max(c0, a.start - 60), a.start
        ):
            perps.append((0, a))  # "قتل فلسطيني برصاص جنود الاحتلال أثناء اقتحامهم": whose fire killed
        elif a.start < cand.start and victim_subject(ctx, a, c0):
            targets.append(a)  # "لقي ضابط من قوات الأمن مصرعه إثر انفجار عبوة": the police are hit, not hitting
        elif counted_victims(ctx, a, c0, cand.start):
            targets.append(a)  # "قتل أربعة من عناصر الجيش إثر انفجار عبوة": the dead are the army's men
        elif _carried(ctx, a, c0):
            targets.append(a)  # "أثناء مرور حافلة تقل مجندي الأمن المركزي": the men the vehicle carried were hit
        elif a.start >= cand.end and _AGENT_OF.search(text[cand.end : a.start]):
            perps.append((0, a))  # "قتل مسلحون من جماعة بوكو حرام عشرات": the group's gunmen killed
        elif taken_from(ctx, a, cand):
            # "سيطرت المقاومة على القاعدة وفرار الحوثيين": who lost the place (round 17, helper ac4), read after the
            # gunmen "of" a side (سيطر مقاتلون من المعارضة: the takers)
            targets.append(a)
        elif a.start >= cand.end and _victims_of(ctx, cand, a):
            targets.append(a)  # "الانفجار أسفر عن استشهاد ضابط وثلاثة جنود من أبطال القوات المسلحة": the hit
        elif a.start >= cand.end and cand.cls.name in ("arrest", "abduction") and cand.tense == "noun":
            targets.append(a)  # "ألقت المقاومة القبض على جنود من القوات الخاصة": the object of the arrest
        elif counted_object(ctx, cand, a, actors):
            targets.append(a)  # "المقاومة الشعبية أسرت 40 من مسلحي جماعة الحوثي": the men it took (round 22, ac9)
        elif a.start >= cand.end and cand.cls.name == "killing" and prev == "من":
            targets.append(a)  # "مقتل 28 من عناصر داعش": the dead
        elif a.start >= cand.end and ctx.has("status:victim_verb", max(c0, ctx.word_start(a.start) - 20), a.start):
            targets.append(a)  # "… التفجير مما نتج عنه استشهاد عدد من رجال الأمن": the dead, not the bombers
        elif held_by(ctx, a, cand):
            targets.append(a)  # "استهداف نقاط المراقبة الخاضعة لسيطرة ميليشيات الحوثي": the holders are hit
        elif prev in ("بين",):
            between = True
            between_side = a
            perps.append((0, a))
        elif (
            prev in ("ل", "لل", "ول") and a.start >= cand.end and (gap_words == 0 or _owner_past_epithets(ctx, cand, a))
        ):
            perps.append((0, a))  # غارات للطيران الروسي، قصف عشوائي للحوثيين (round 31, ac18)
        elif (
            prev == "قبل"
            and cand.cls.name in ("capture", "recapture")
            and a.start >= cand.end
            and gap_words <= 4
            and _BY_AGENT.search(text, c0, a.start)
        ):
            # "تم استكمال السيطرة على محافظة لحج من قبل المقاومة الشعبية": who took it (من قبل, "by"; round 25, ac12)
            perps.append((0, a))
        elif prev in ("من", "قبل") and cand.cls.name in ("capture", "recapture"):
            targets.append(a)  # استعادت القاعدة من المسلحين الحوثيين: taken from them
        elif prev in _LEAVERS and cand.cls.name in ("capture", "recapture") and a.start > cand.end:
            targets.append(a)  # "سيطر التنظيم على المدينة بعد انسحاب قوات الجيش": those who left lost it
        elif prev in ("من", "قبل", "طرف") and a.start >= cand.end and gap_words <= 4 and cand.cls.name != "killing":
            perps.append((0, a))  # غارات من الطيران الحربي، من قبل (but قتل 350 من قوات الأسد: the victims)
        elif a.start >= cand.end and gap_words == 0 and prev not in _PREPS and _verb_opens_clause(ctx, cand):
            perps.append((0, a))  # "استهدف الثوار مساكن الضباط": the noun right after the trigger's verb is its subject
        elif _weapon_verb_subject(ctx, cand, a):
            perps.append((0, a))  # "استهدفت المقاومة نقطة للحوثيين بقنبلة يدوية": the verb's subject (round 32)
        elif (
            prev in TARGET_WORDS
            or prev in ("ل", "لل", "ول", "ضد", "وضد")
            or _seat_of_target(ctx, a, c0)
            or _held_place_genitive(ctx, a)
        ):
            targets.append(a)
        elif a.start >= cand.end and object_of_preposition(ctx, cand, a):
            targets.append(a)  # "غارات على مواقع تمركز المليشيات الحوثية": in what was hit (round 20, helper ac7)
        elif a.start >= cand.end and _planted_blast(ctx, cand) and _state_force(a.actor_id):
            # "انفجرت بها عبوة ناسفة … وتكثف الأجهزة الأمنية جهودها": the bomb is the intransitive blast's subject; a
            # state's force named after it is its target or a responder, never the planter (round 28, helper ac15)
            continue
        elif a.start >= cand.end:
            perps.append((0 if gap_words <= SUBJECT_WINDOW and not holder_pronoun else 2, a))
        elif _faced_before(ctx, a) and any(p.start < a.start and p.source != "anaphor" for _, p in perps):
            # "خاضت المقاومة اشتباكات مع المقاتلين الحوثيين من أجل السيطرة على القاعدة": the side the subject faced
            # before the trigger is not its doer (round 25, helper ac12)
            targets.append(a)
        else:
            perps.append((1, a))
        last = (a, bool(targets) and targets[-1] is a)
    # an air strike by an armed group, a suicide bombing by the army: not who did it (the armed group a strike names
    # is what it struck)
    for _, a in [pa for pa in perps if impossible_perpetrator(cand, pa[1])]:
        if cand.cls.name == "air_strike" and a not in targets:
            targets.append(a)
    perps = [pa for pa in perps if not impossible_perpetrator(cand, pa[1])]
    # an actor the clause names as what was hit is not also the one who struck (تفجير بمسجد قوة الطوارئ أثناء قيام
    # منسوبي قوة الطوارئ بأداء الصلاة): its other mention is the same side (round 14, helper ac2)
    if cand.cls.acled_type not in ("Protests", "Riots"):  # a force there both fires and is stoned: actor2 below
        hit = {t.actor_id for t in targets if t.actor_id}
        perps = [pa for pa in perps if pa[1].actor_id not in hit or pa[1] is claimant]
    # an anaphor (المتمردون، التنظيم) fills a role the clause names no one for; a name outranks it (round 14, ac2)
    # — but not the first of the two sides "between" which a clash was fought (مواجهات مسلحة بين المتمردين وقوات
    # الأمن: the files' coders name the rebels first; round 26, helper ac13), where the order is the text's; a
    # competing authority's forces keep the government's side first (_government_side_first)
    kept = (
        between_side
        if between_side is not None
        and between_side.source == "anaphor"
        and not _competing_authority(between_side.actor_id, _date_of(ctx, cand))
        else None
    )
    perps.sort(key=lambda pa: (pa[1].source == "anaphor" and pa[1] is not kept, pa[0], abs(pa[1].start - cand.start)))
    targets.sort(key=lambda a: a.source == "anaphor")
    seen: set[str] = set()
    ordered: list[Entity] = []
    for _, a in perps:
        key = a.actor_id or a.acled or text[a.start : a.end]
        if key not in seen:
            seen.add(key)
            ordered.append(a)
    if len(ordered) > 1 and _conjoined_after(ctx, ordered[1], ordered[0], cand):
        # "ارتكبت ميليشيات الحوثي وقوات الرئيس المخلوع مجزرة في قصف …": the first of two sides joined by و before the
        # trigger leads (ACLED's actor1; the second is its associate), not the nearer (round 25, helper ac12)
        ordered = [ordered[1], ordered[0], *ordered[2:]]
    if cand.cls.acled_sub_type == "Armed clash":
        if not ordered:
            ordered, targets = _faced_side(ctx, cand, targets)
        elif between or cand.cls.name == "clash":
            ordered, targets = _government_side_first(ordered, targets if between else [], _date_of(ctx, cand), targets)
        if ordered and country and _lone_side_between(ctx, cand, ordered, targets):
            # "اشتباكات عنيفة تدور بين مجموعات من الحوثيين كانت قد فرت إلى البساتين": the Houthis of 2015 the only side
            # named "between" fought the government's side, named before in the paragraph, else its militia (round 31)
            date = _date_of(ctx, cand)
            told = next((t for t in targets if t.country == country and _government_side(t.actor_id, date)), None)
            side = (
                actor_json(ctx, told, country, date)
                if told is not None
                else _government_side_before(ctx, cand, country, date)
                or _government_militia(country, (date or "")[:10])
            )
            if side is not None:
                targets = [ordered[0], *[t for t in targets if t is not told]]
                ordered = []
                cand.actor1 = {**side, "certainty": "inferred", "note": "the side that fought the one named"}
        if ordered and country and _unread_unit_first(ctx, cand, ordered[0], named):
            # "اشتباكات وقعت بين اللواء الرابع وميليشيات الحوثي": the Houthis of 2015 named second "between", after a
            # unit of the army no actor was read for, are not its doer: the state's forces are (round 31, ac18)
            forces = _forces_of(country, (_date_of(ctx, cand) or "")[:10])
            if forces is not None:
                targets = [ordered[0], *targets]
                ordered = []
                cand.actor1 = {**forces, "entity": None, "certainty": "inferred", "note": "the army's unit named first"}
    subject = _country_after_verb(ctx, cand)
    if subject is not None and (not ordered or ordered[0].start > subject.end):
        # "قصفت تركيا أمس مواقع لتنظيم داعش": the country right after the verb is its subject, the state's forces;
        # a side named further on is what they struck (round 25, helper ac12)
        targets = [*ordered, *targets]
        ordered = []
        _country_military(ctx, cand, subject)
    own_state = _strike_nationality(ctx, cand) if cand.actor1 is None else None
    if own_state is not None and not (ordered and _country_of(ordered[0]) == own_state):
        # "ضربة اسرائيلية جوية نفذتها طائرة بلا طيار … حزب الله الذي يقاتل الى جانب القوات الحكومية": the strike's own
        # nationality names its doer, not a side the clause names elsewhere (round 27, helper ac14)
        military = named_state_forces(own_state, _date_of(ctx, cand) or "")
        if military is not None:
            ordered = []
            cand.actor1 = {**military, "name_ar": text[cand.start : cand.end], "entity": None, "certainty": "inferred"}
    group = _group_adjective(ctx, cand) if cand.actor1 is None and not ordered else None
    if group is not None:
        # "مقذوفات حوثية تستهدف قرية الخوجرة": the group's adjective after the noun of fire names its doer, as a
        # nationality names a state's (round 35, helper ac24)
        named_group = actor_by_id(group, country=country, date=(_date_of(ctx, cand) or "")[:10] or None)
        if named_group is not None:
            cand.actor1 = {**named_group, "entity": None}
    own_state = _national_subject_before(ctx, cand) if cand.actor1 is None and ordered else None
    if own_state is not None and ordered[0].start > cand.end and ordered[0] is not claimant:
        # "إن مقاتلات روسية قصفت مواقع للمعارضة وتقدمت قوات النظام …": the state's arm named right before the verb
        # (SVO) is its subject, not a side named past it in the clause (round 32, helper ac19)
        military = named_state_forces(own_state, _date_of(ctx, cand) or "")
        if military is not None:
            ordered = []
            cand.actor1 = {**military, "entity": None, "certainty": "inferred", "note": "the arm named before the verb"}
    if ordered:
        cand.actor1 = actor_json(ctx, ordered[0], country, _date_of(ctx, cand))
        if attributed is not None and ordered[0] is attributed:
            cand.actor1["note"] = "the text attributes the deed to it (no claim of its own)"
        if cand.cls.name in ("clash", "attack") or between:
            rest = [a for a in ordered[1:] if (a.actor_id or a.acled) != (ordered[0].actor_id or ordered[0].acled)]
            if rest and not targets:
                targets = [rest[0]]
            cand.assoc = [actor_json(ctx, a, country, _date_of(ctx, cand)) for a in rest[1:3]]
    camps = _two_camps(ctx, cand) if cand.cls.acled_sub_type == "Armed clash" else None
    fighting: Entity | None = None  # the other camp's side, when the clause read it as no target
    if camps is not None:
        # "اشتباكات بين الجيش الوطني والمقاومة من جهة وميليشيات الحوثي وقوات صالح من جهة أخرى": the sides of one camp
        # are allies, actor1 and its associates; the first of the other camp is actor2 (round 33, helper ac21)
        date = _date_of(ctx, cand)
        camp1, camp2 = camps
        if cand.actor1 is not None and cand.actor1.get("actor_id") in {a.actor_id for a in camp2} - {None}:
            camp1, camp2 = camp2, camp1
        elif cand.actor1 is None or cand.actor1.get("actor_id") not in {a.actor_id for a in camp1} - {None}:
            camp_order, _ = _government_side_first([camp1[0], camp2[0]], [], date, [])
            if camp_order[0] is camp2[0]:
                camp1, camp2 = camp2, camp1
            cand.actor1 = actor_json(ctx, camp1[0], country, date)
        lead_ids = {a.actor_id or a.acled for a in camp1}
        rest = [a for a in camp2 if (a.actor_id or a.acled) not in lead_ids]
        if rest:
            fighting = rest[0] if rest[0] not in targets else None
            targets = [rest[0], *[t for t in targets if t not in camp1 and t is not rest[0]]]
            allies = [a for a in camp1 if (a.actor_id or a.acled) != cand.actor1.get("actor_id")]
            cand.assoc = [actor_json(ctx, a, country, date) for a in allies[:2]]
    if cand.actor1 is not None:  # an anaphor of actor1 itself is not its target (داعش … من عناصر التنظيم)
        targets = [a for a in targets if a.source != "anaphor" or a.actor_id != cand.actor1.get("actor_id")]
    # a camp's side fought, it was not what was hit: later rows may still infer it as their doer
    _note_targets(ctx, [t for t in targets if t is not fighting])
    if targets:
        cand.actor2 = actor_json(ctx, targets[0], country, _date_of(ctx, cand))
    if (
        cand.actor1 is None
        and inherited is not None
        and answered is None
        and not ctx.actors_in(c0, c1)
        and not _impossible_inter(cand, inherited.get("inter"), inherited.get("actor_id"))
        and not (_planted_blast(ctx, cand) and _state_force(inherited.get("actor_id")))
    ):
        # "نفذت 17 ضربة قرب دير الزور، كما نفذت سبع ضربات قرب الحسكة": a coordinated verb keeps its subject
        cand.actor1 = {**inherited, "certainty": "inferred"}
        drop_side_hit(ctx, cand, country)
    if cand.actor1 is None and cand.cls.acled_type in VIOLENT_TYPES:
        # "اُغتيل القيادي …، برصاص مجهولين"، "وقع انفجار … بعدما قام مجهولون بتفجير منزل": unknown gunmen named a few
        # words on in the sentence, past the clause, are the doer; no side of the paragraph is (round 26, helper ac13)
        unknown = _unknown_doers_after(ctx, cand)
        if unknown is not None:
            cand.actor1 = actor_json(ctx, unknown, country, _date_of(ctx, cand))
    if cand.actor1 is None and answered is None:
        s0, _ = cand.sentence
        before = [
            a
            for a in actors_with_anaphors(ctx, s0, c0, country)
            # the subject of a verb of targeting that opens its clause is no side hit (round 36, helper ac25)
            if (ctx.actor_previous_word(a.start) not in TARGET_WORDS or targeting_subject(ctx, a))
            and a.inter != 7
            and not victim_subject(ctx, a, s0)
            and not counted_victims(ctx, a, s0, cand.start)
            and not _counted_conjunct(ctx, a, s0, cand.start)
            and not held_by(ctx, a, cand)
            and not reporter(ctx, a, cand)
            and not impossible_perpetrator(cand, a)
            and not _read_as_target(ctx, a)  # "استهدف تفجيران نقطة تفتيش للجيش والشرطة، بينما انفجرت سيارة"
            # what a preposition of a target took before the clause ("فتحوا النار من سوريا على مركز حدودي للجيش
            # التركي، ما أدى إلى مقتل ضابط صف": the army's post was hit; round 21, helper ac8)
            and not _owned_target_before(ctx, a, s0)
            # "وكان مسلحون قاموا بمهاجمة نقطة خاصة بجماعة الحوثي …، أعقبها اشتباكات": the owner of what was attacked
            # before the clause is no doer of it (round 36, helper ac25)
            and not owned_place(text, s0, a.start)
            and not backer(ctx, a, cand)
            # "واستمرت طائرات التحالف في مساندة التقدم الميداني للقوات الموالية …، حيث شنت أمس غارات": the side
            # supported did not strike or shell (round 35, helper ac24)
            and not (cand.cls.acled_type == "Explosions/Remote violence" and supported_side(ctx, a))
            and not own_losses_teller(ctx, a)
            and not busy_when_hit(ctx, a, cand)  # "أثناء قيام منسوبي قوات الطوارئ بأداء الصلاة، حدث تفجير" (ac16)
            and not exposed_side(ctx, a, cand)
            # a bomb planted or hidden names no state force by the sentence's other acts ("وسط قصف من قبل قوات
            # النظام … فيما انفجرت عبوة ناسفة بدراجة نارية": ACLED's convention, an unidentified group; round 18, ac5)
            and not (_planted_blast(ctx, cand) and _state_force(a.actor_id))
        ]
        if before:
            lead = before[-1]
            if len(before) > 1 and _conjoined_after(ctx, before[-2], before[-1], cand):
                lead = before[-2]  # "ارتكبت ميليشيات الحوثي وقوات صالح مجزرة …، في قصف": the first side named
            cand.actor1 = actor_json(ctx, lead, country, _date_of(ctx, cand))
            cand.actor1["certainty"] = "inferred"
            drop_side_hit(ctx, cand, country)
    if cand.actor1 is None:
        national_forces(ctx, cand)
    if cand.actor1 is None and answered is None:
        paragraph_actor(ctx, cand, country)
        drop_side_hit(ctx, cand, country)
    if cand.actor1 is None:
        paragraph_air_force(ctx, cand, country)
        drop_side_hit(ctx, cand, country)
    if cand.actor1 is None:
        default_actor(ctx, cand, country)
        named_side_of_clash(ctx, cand, country)
        reporting_side_of_clash(ctx, cand, country)
        reporting_side_of_strike(ctx, cand, country)
    if cand.cls.acled_type == "Explosions/Remote violence" and country:
        _barrel_bombs(ctx, cand, country)
    remote = cand.cls.acled_type in ("Explosions/Remote violence", "Violence against civilians")
    # whom an arrest takes, when they are people and not fighters (اعتقلت قوات الاحتلال شابا): civilians
    arrested = cand.cls.acled_sub_type == "Arrests" and ctx.has("victims", cand.end, c1)
    if (
        cand.cls.acled_type not in ("Protests", "Riots")  # the demonstrators become actor1 below
        and cand.actor1 is not None
        and cand.actor2 is not None
        and cand.actor1.get("actor_id")
        and cand.actor2.get("actor_id") == cand.actor1.get("actor_id")
    ):
        # one actor on both sides: actor1 read from the sentence or the paragraph is the side the clause names as hit
        # (a group and its anaphor, هجوم للمقاومة after المقاومة): the target is not known (round 14, helper ac2)
        cand.actor2 = None
    # (round 28, rc5: not the report's source, وقال سكان إن … قتلوا; subtypes.victims_told)
    if cand.actor2 is None and ("victims" in cand.cues or (remote and victims_told(ctx, c0, c1)) or arrested):
        cand.actor2 = {"name": generic_name("Civilians", country), "inter": 7, "entity": None}
    riot_sides(cand, country)


#: How many words past the trigger unknown gunmen may stand in its sentence and still be its doer.
UNKNOWN_DOER_WINDOW = 14


def _counted_conjunct(ctx: Context, ent: Entity, floor: int, trigger: int) -> bool:
    """(Round 34, helper ac22) Whether a side is joined by و to a side whose men were counted dead before the trigger
    (وكان 15 من المسلحين الحوثيين وقوات صالح قتلوا في مواجهات مع المقاومة): the second side of the count is counted too,
    not the doer of the fight that killed them."""
    text = ctx.doc.text
    for prev in reversed(ctx.actors_in(floor, ent.start)):
        if prev.end > ent.start:
            continue
        if normalize(text[prev.end : ent.start]).strip() not in ("و", "،و", "، و"):
            return False
        return counted_victims(ctx, prev, floor, trigger) or _counted_conjunct(ctx, prev, floor, trigger)
    return False


def _unknown_doers_after(ctx: Context, cand: Candidate) -> Entity | None:
    """(Round 26, helper ac13) Unknown gunmen (an unidentified armed group of the lexicon: مجهولين، مسلحون مجهولون)
    named after the trigger in its sentence, past its clause, at most ``UNKNOWN_DOER_WINDOW`` words on: اُغتيل القيادي
    في حزب المؤتمر …، برصاص مجهولين (tune28); فيما لا يزال مرتكبو عملية الاغتيال مجهولين (tune9); وقع انفجار بحي
    الكرامة بعدما قام مجهولون بتفجير منزل أمين شرطة (tune10)."""
    lexicon = load_lexicon()
    _, s1 = cand.sentence
    for a in ctx.actors_in(cand.end, s1):
        spec = lexicon.by_id.get(a.actor_id or "")
        if spec is None or spec.sector != "UAF" or not spec.generic:
            continue
        if ctx.words_between(cand.end, a.start) > UNKNOWN_DOER_WINDOW or impossible_perpetrator(cand, a):
            return None
        return a
    return None


#: A relative pronoun and its verb right before an actor (التحالف الذي يقاتل قوات الحوثي): round 24, helper ac11.
_SIDE_RELATIVE = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("side_relatives") + r")\s+([\u0621-\u064A]+)\s+$")
_RELATIVE_OBJECT = re.compile(r"(?:" + cue_alt("relative_object_suffixes") + r")$")


def _in_side_relative(ctx: Context, ent: Entity, cand: Candidate, named: list[Entity]) -> bool:
    """(Round 24, helper ac11) Whether ``ent`` is named inside the relative clause of another side told right before
    it and before the trigger (أعلن التحالف العربي الذي يقاتل قوات الحوثي وقفا لإطلاق النار، المقاومة التي تحارب
    الحوثيين): what the relative verb tells of that side, not who did the trigger's deed. Not when the verb carries
    an object pronoun (التحالف الذي تقوده السعودية، الهجوم الذي شنته القوات: the side after it is its subject), nor
    past the trigger."""
    if ent.end > cand.start:
        return False
    text = ctx.doc.text
    m = _SIDE_RELATIVE.search(text, max(cand.clause[0], ent.start - 40), ent.start)
    if m is None or _RELATIVE_OBJECT.search(normalize(m.group(1))):
        return False
    return any(
        b is not ent and b.end <= m.start() and ctx.words_between(b.end, m.start()) <= 1 and b.source != "anaphor"
        for b in named
    )


def _faced_side(ctx: Context, cand: Candidate, targets: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """(Round 25, helper ac12) A clash whose clause names no doer but two sides read as hit: the side whose men were
    counted dead or hurt and the side faced after the trigger (قتل 13 من ميليشيا الحوثي وصالح في مواجهات مع المقاومة
    الشعبية، مقتل خمسة من عناصر داعش في اشتباكات مع الجيش): the side faced is the one that fought them, ACLED's
    actor1 as the tuning files code it (tune28; ``named_side_of_clash`` otherwise took the dead's side as the only
    one named). Returns the doers and the sides hit."""
    faced = [
        t
        for t in targets
        if t.start >= cand.end
        and t.source != "anaphor"
        and _faced_before(ctx, t)
        and ctx.words_between(cand.end, ctx.word_start(t.start)) <= 3
    ]
    if not faced:
        return [], targets
    side = faced[0]
    others = [t for t in targets if t is not side and (t.actor_id or t.acled) != (side.actor_id or side.acled)]
    if not any(t.start < cand.start for t in others):
        return [], targets
    return [side], others


#: A noun of holding with its holder's pronoun, then على (سيطرتها على، سيطرتهم على), normalized.
_HOLDER_PRONOUN = re.compile(r"^(?:و|ف|ب|ل)?[\u0621-\u064A]{3,}(?:ها|هم|هما)\s+علي(?![\u0621-\u064A])")


def _holder_pronoun(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger is a noun of taking or holding that carries its holder's pronoun before على (فرضت
    سيطرتها على المنطقة، بعد سيطرتهم على الحي): the holder is named before it (10 articles of the tuning files: tune3,
    tune10, tune11, tune19, tune22, tune23, tune26 …)."""
    if cand.cls.name not in ("capture", "recapture") or cand.tense != "noun":
        return False
    return _HOLDER_PRONOUN.match(normalize(ctx.doc.text[cand.start : min(len(ctx.doc.text), cand.end + 6)])) is not None


def _subject_right_before(ctx: Context, cand: Candidate, actors: list[Entity]) -> bool:
    """Whether a noun of taking a place follows its doer with no word between (استكملت المقاومة الشعبية والجيش
    الموالي للشرعية تطهير آخر جيوب الميليشيا، واصلت القوات تحرير …): the verb before it is the doer's, and a side
    named after the noun is what was taken from (round 25, helper ac12)."""
    if cand.cls.name not in ("capture", "recapture") or cand.tense != "noun":
        return False
    return any(
        a.source != "anaphor" and a.end <= cand.start and ctx.words_between(a.end, ctx.word_start(cand.start)) == 0
        for a in actors
    )


#: "By" (من قبل) and at most one word for the men (قوات، عناصر) before an actor: the agent of a passive or verbal noun.
_BY_AGENT = re.compile(r"(?<![\u0621-\u064A])من\s+قبل\s+(?:[\u0621-\u064A]+\s+)?[«\"“]?$")


def _conjoined_after(ctx: Context, first: Entity, second: Entity, cand: Candidate) -> bool:
    """Whether ``second`` is joined by و right after ``first``, both named before the trigger and neither an anaphor
    (ميليشيات الحوثي وقوات صالح شنت …; at most one word, a force word, between و and the name)."""
    if first.source == "anaphor" or second.source == "anaphor" or not first.end <= second.start < cand.start:
        return False
    between = ctx.doc.text[first.end : second.start].strip()
    return between.startswith("و") and len(between.split()) <= 2 and "،" not in between and "," not in between


def _faced_before(ctx: Context, ent: Entity) -> bool:
    """Whether a word of facing (مع، مواجهة) stands right before an actor or before the one word for its men (مع
    المقاتلين الحوثيين، مع مسلحي الحزب)."""
    words = [normalize_word(w) for w in _ARABIC_WORD.findall(ctx.doc.text[max(0, ent.start - 30) : ent.start])[-2:]]
    return ctx.actor_previous_word(ent.start) in _FACED or any(w in _FACED for w in words)


def _government_side(actor_id: str | None, date: str | None) -> bool:
    """Whether a lexicon actor fought on its government's side on ``date``: a state force that has affiliates
    (Hadi's army and police) or a militia in its ``affiliate`` period (actors.yaml: Yemen's Popular and Southern
    Resistance in 2015)."""
    lexicon = load_lexicon()
    spec = lexicon.by_id.get(actor_id or "")
    if spec is None:
        return False
    return bool(spec.side_on(date)) or spec.id in _affiliated_forces() or _units().get(spec.id) in _affiliated_forces()


@functools.cache
def _affiliated_forces() -> frozenset[str]:
    """The state forces some militia of actors.yaml fought beside (the ``side`` of its ``affiliate`` periods)."""
    return frozenset(s for spec in load_lexicon().by_id.values() for period in spec.affiliate for s in period.side)


def _competing_authority(actor_id: str | None, date: str | None) -> bool:
    """Whether a lexicon actor is a competing authority's force on ``date``: a rebel movement (sector REB) that ACLED
    labels a state's forces (inter 1) in a period when it is no government's side (the Houthis of 2015-2017, "Military
    Forces of Yemen (2015-2016) Supreme Revolutionary Committee")."""
    lexicon = load_lexicon()
    spec = lexicon.by_id.get(actor_id or "")
    if spec is None or spec.sector != "REB" or spec.country is None or _government_side(actor_id, date):
        return False  # a state's own army, police, agencies or their units (الفرقة الرابعة) are no competing authority
    reading = lexicon.read_actor(spec, country=spec.country, date=date)
    return reading is not None and reading.inter == 1 and bool(reading.acled)


def _government_side_first(
    ordered: list[Entity], sides: list[Entity], date: str | None, targets: list[Entity]
) -> tuple[list[Entity], list[Entity]]:
    """(Round 25, helper ac12) A clash between a competing authority's forces and the government's side, told with no
    attacker (اشتباكات بين الحوثيين والمقاومة، مواجهات تدور بين مجموعات من الحوثيين و…): the government's side is
    actor1, as the tuning files' coders write it — 81 of the 96 Houthi clashes with the Popular Resistance or Hadi's
    army, the Houthis first only where they attacked (هجوم للحوثيين، تصدت لهجمات الحوثيين: read as the doer by the
    words of the trigger, never swapped here). ACLED gives actor1 and actor2 no direction. ``sides``: the sides
    read as hit that may take actor1 (those of a clash "between" two sides; none where the Houthis' verb had an object,
    قوات الحوثي هاجمت مواقع المقاومة)."""
    first = ordered[0]
    if first.source == "anaphor" or not _competing_authority(first.actor_id, date):
        return ordered, targets
    other = next(
        (
            a
            for a in [*ordered[1:], *sides]
            if a.source != "anaphor"
            and _government_side(a.actor_id, date)
            and load_lexicon().by_id[str(a.actor_id)].country == load_lexicon().by_id[str(first.actor_id)].country
        ),
        None,
    )
    if other is None:
        return ordered, targets
    return [other, *[a for a in ordered[1:] if a is not other]], [first, *[a for a in targets if a is not other]]


def riot_sides(cand: Candidate, country: str | None, *, retyped: bool = False) -> None:
    """ACLED's sides of a demonstration: the demonstrators (Protesters, Rioters of the country) are actor1, and a force
    that intervened in a riot is actor2 (a mob's violence keeps its own actor1).

    ``retyped``: the row was typed a riot after its actors were read (a storming confronted by a crowd, a
    confrontation of residents with an army: ``coding.kinds.code_kinds``, ``coding.readers.retype_confrontation``),
    so the force read as its actor1 goes to actor2 over the civilians read as hit (round 18, helper ac5: tune10,
    tune14, tune24 kept the force or the settlers as actor1 of such riots).
    """
    if cand.cls.acled_type not in ("Protests", "Riots") or cand.cls.name == "mob_violence":
        return
    country = scene_country(cand, country)
    if retyped and (cand.actor1 or {}).get("name", "").startswith(("Rioters", "Protesters")):
        return  # read as a demonstration already
    force = cand.actor1 is not None and cand.actor1.get("inter") in ((1, 2, 3, 4, 8) if retyped else (1, 2, 3, 8))
    open_side = cand.actor2 is None or (retyped and cand.actor2.get("inter") == 7)
    if force and open_side and cand.actor1 is not None:
        cand.actor2 = cand.actor1 if cand.cls.acled_sub_type != "Peaceful protest" else None
    label = "Protesters" if cand.cls.acled_type == "Protests" else "Rioters"
    cand.actor1 = {"name": generic_name(label, country), "inter": 6 if label == "Protesters" else 5, "entity": None}


def scene_country(cand: Candidate, country: str | None) -> str | None:
    """The country an event's generic actors are named for (Rioters, Civilians, Unidentified Armed Group): the
    country ACLED files the row's place under, where that is not the gazetteer's (a riot at al-Aqsa in Jerusalem:
    Rioters (Palestine), as every tuning file codes it — tune10, tune14, tune25; round 19, helper ac6)."""
    if cand.place is None or cand.place.geo is None or country != cand.place.geo.get("country_iso3"):
        return country
    filed = acled_event_places().get(str(cand.place.geo.get("place_id")))
    return filed[0] if filed else country


#: ACLED's sub-event type of a bomb planted, hidden or thrown (not a strike, a shell or a suicide bomber).
_PLANTED = "Remote explosive/landmine/IED"
#: The intransitive verb or noun of a blast (انفجرت عبوة، انفجار عبوة، بانفجار): the bomb went off, no one is its
#: subject (تفجير, the transitive noun, may have one: تمكنت القوات من تفجير 199 عبوة).
_BLAST_WORD = re.compile(r"^(?:و|ف|ب|وب|فب)?(?:ال)?انفجر")


def _planted_blast(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger is a planted bomb's blast told by its intransitive word (انفجرت عبوة ناسفة بدراجة نارية)."""
    word = normalize(ctx.doc.text[cand.start : cand.end])
    return cand.cls.acled_sub_type == _PLANTED and _BLAST_WORD.match(word) is not None


def _state_force(actor_id: Any) -> bool:
    """Whether a lexicon actor is a state's army or police (sector MIL or COP; a movement given a state label for a
    period, the Houthis of 2015, keeps its own sector)."""
    actor = load_lexicon().by_id.get(str(actor_id or ""))
    return actor is not None and actor.sector in ("MIL", "COP")


#: The cue list (kept in the context's cue index) of where the actors read as the hit side of the rows read so far
#: start: a side an earlier clause of the sentence hit is not the perpetrator a later clause with no actor of its own
#: takes from it (round 18, helper ac5).
_READ_TARGETS = "actors:read_target"


def _note_targets(ctx: Context, targets: list[Entity]) -> None:
    """Remember the actors a row read as its targets (:func:`_read_as_target`)."""
    starts = ctx.cues.setdefault(_READ_TARGETS, [])
    for t in targets:
        i = bisect_left(starts, t.start)
        if i == len(starts) or starts[i] != t.start:
            starts.insert(i, t.start)


def _read_as_target(ctx: Context, ent: Entity) -> bool:
    """Whether a row read before read this mention as its target (نقطة تفتيش للجيش والشرطة، أهداف لحزب العمال)."""
    starts = ctx.cues.get(_READ_TARGETS) or []
    i = bisect_left(starts, ent.start)
    return i < len(starts) and starts[i] == ent.start


#: The command or seat of a force (قيادة، مقر) between a word of what was hit and the force (مسجد قيادة قوة الطوارئ).
_SEAT_WORDS = frozenset(normalize(w) for w in cue_words("force_seat_words"))


def _seat_of_target(ctx: Context, ent: Entity, floor: int) -> bool:
    """Whether a force is named after its command or seat that a word of what was hit governs (تفجير مسجد قيادة قوة
    الطوارئ): the force was hit (round 14, helper ac2)."""
    seat = ctx.word_start(ent.start)
    if ctx.previous_word(seat) not in _SEAT_WORDS:
        return False
    j = ctx.doc.text.rfind(" ", floor, seat - 1)
    return j > floor and ctx.previous_word(j + 1) in TARGET_WORDS


#: A bare descriptor of a rebel side (المتمردون، الميليشيات، المتشددين) or a group's head noun alone (التنظيم، الجبهة،
#: الحركة، الحزب، الجماعة), with its proclitics (وخرق المتمردون، تابعة للتنظيم، شنته الجبهة): an anaphor of a group.
_ANAPHOR = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال|(?<=ل)ل)"
    r"(?:(?P<desc>" + cue_alt("anaphor_descriptors") + r")|(?P<head>" + cue_alt("anaphor_heads") + r")"
    r"|(?P<rev>" + cue_alt("revolutionary_descriptors") + r"))"
    r"(?![\u0621-\u064A])"
)
#: Prepositions after which الجبهة is a battle front (على الجبهة، في الجبهة), not the group.
_FRONT_PREPS = frozenset(normalize(w) for w in cue_words("front_preps"))
#: A nisba adjective of the article after an anaphor (الحركة الكردية، الجماعة الإسلامية): it names another group, not
#: the one named before; a word of blame (التنظيم الإرهابي) still points back.
_QUALIFIED = re.compile(
    r"\s+(?!(?:" + cue_alt("anaphor_kept_adjectives") + r")(?![\u0621-\u064A]))"
    r"ال[\u0621-\u064A]+(?:ي|ية|يه|يون|يين)(?![\u0621-\u064A])"
)


def actors_with_anaphors(ctx: Context, start: int, end: int, country: str | None) -> list[Entity]:
    """The actors named in ``[start, end)`` and, read as them, the anaphors of a group there (round 14, helper ac2):
    a rebel descriptor (وخرق المتمردون الهدنة … إذ أطلقوا صواريخ after الحوثيون) stands for the last rebel group
    (sector REB) the article named before it, of the event's country; a head noun (وحدات تكتيكية تابعة للتنظيم،
    شنته الجبهة) for the last actor named before whose name begins with it (تنظيم داعش، جبهة النصرة). An anaphor that is
    part of a name (الميليشيات الحوثية), qualified by an adjective of its own (المتمردين الأكراد), or the front of a
    battle (على الجبهة) is none, and so is one whose antecedent the span names itself; without an antecedent the words
    stay unread."""
    named = ctx.actors_in(start, end)
    text = ctx.doc.text
    found: list[Entity] = []
    for m in _ANAPHOR.finditer(text, start, end):
        word = "desc" if m.group("desc") else "rev" if m.group("rev") else "head"
        w0, w1 = m.start(word), m.end(word)
        if any(a.start < w1 and w0 < a.end for a in ctx.actors_in(max(0, w0 - 60), w1)):
            continue  # part of a name the lexicon read (الميليشيات الحوثية، تنظيم داعش)
        if _QUALIFIED.match(text, w1, min(len(text), w1 + 30)):
            continue
        if word == "head" and m.group("head") == "جبهة" and ctx.previous_word(m.start()) in _FRONT_PREPS:
            continue
        if word == "rev":
            antecedent = _fighters_antecedent(ctx, m.start(), country)
        else:
            antecedent = _antecedent_of(ctx, m.start(), m.group("head") if word == "head" else None, country)
        # (الثوار is read even where the span names its side elsewhere, as the source that reports it: مصادر داخل
        # المقاومة الشعبية أن … القصر الذي كان الثوار استعادوه)
        if antecedent is not None and (word == "rev" or not any(a.actor_id == antecedent.actor_id for a in named)):
            w0 = w0 - 2 if text[w0 - 2 : w0] == "ال" else w0  # the article is part of the mention (المتمردون)
            # (الثوار names its side as a noun phrase does, not as a pronoun-like anaphor: it is read as a name)
            source = "descriptor" if word == "rev" else "anaphor"
            found.append(dataclasses.replace(antecedent, start=w0, end=w1, source=source))
    if not found:
        return named
    return sorted([*named, *found], key=lambda e: e.start)


def _fighters_antecedent(ctx: Context, offset: int, country: str | None) -> Entity | None:
    """(Round 28, helper ac15) The side "the revolutionaries" (الثوار) points back at: the last armed group named before
    ``offset`` of the event's country (or of none) that is a rebel group or a militia (sector REB or PRM) and not a
    competing authority's forces (the Houthis of 2015, whom no Arabic paper calls الثوار): the Syrian opposition,
    Yemen's resistance (قصر المعاشيق الذي كان الثوار استعادوه after المقاومة الشعبية: tune37)."""
    lexicon = load_lexicon()
    for prev in reversed(ctx.actors_in(0, offset)):
        actor = lexicon.by_id.get(prev.actor_id or "")
        if actor is None or actor.generic or actor.country not in (None, country):
            continue
        if actor.sector in ("REB", "PRM") and not _competing_authority(actor.id, ctx.doc.reference_date_at(offset)):
            return prev
    return None


def _antecedent_of(ctx: Context, offset: int, head: str | None, country: str | None) -> Entity | None:
    """The last actor named before ``offset`` that an anaphor points at: for a head noun, one whose name (or the
    lexicon's Arabic name) begins with it; for a rebel descriptor, a rebel group (the lexicon's sector REB) of the
    event's country or of none. One the span names itself is not taken again (``actors_with_anaphors``)."""
    lexicon = load_lexicon()
    key = normalize(head) if head else None
    for prev in reversed(ctx.actors_in(0, offset)):
        actor = lexicon.by_id.get(prev.actor_id or "")
        if actor is None or actor.generic:
            continue
        if key is not None:
            names = (ctx.doc.text[prev.start : prev.end], actor.canonical_ar or "")
            if any(normalize(n).removeprefix("ال").startswith(key) for n in names):
                return prev
            continue
        if actor.country not in (None, country):
            continue
        if actor.sector == "REB":
            return prev
    return None


#: Words after which a nationality adjective names a state's forces (طائرات تركية، جنود إسرائيليون), and a strike
#: named by its nationality (غارة إسرائيلية، غارات روسية، ضربات تركية، قصف إسرائيلي): that state's.
_FORCE_WORDS_TEXT = " ".join(cue_words("force_words"))
_FORCE_WORDS = frozenset(normalize(w) for w in _FORCE_WORDS_TEXT.split(" "))
#: A word after which a nationality adjective names a state's security forces (الأمن التونسي).
_SECURITY_WORDS = frozenset(normalize(w) for w in cue_words("security_words"))


#: (Round 27, helper ac14) A strike noun heading the trigger, and the words between it and its nationality.
_STRIKE_NOUNS = frozenset(normalize(w) for w in cue_words("national_strike_nouns"))
_STRIKE_EPITHETS = frozenset(normalize(w) for w in cue_words("strike_epithets"))
_STRIKE_BRIDGE = frozenset(normalize_word(w) for w in cue_words("strike_nationality_bridge"))
#: (Round 27, helper ac14) The noun of an attack before the side it belongs to after ل.
_ATTACK_OWNER_NOUNS = frozenset(normalize(w) for w in cue_words("attack_owner_nouns"))
#: How many words past the trigger the noun of an attack may stand and still tell the trigger's doer.
ATTACK_OWNER_WINDOW = 10


#: (Round 27, helper ac14) A side inside "a reply to the attack of …" (رد الحوثيون على هجمات المقاومة، ردا على هجوم
#: لداعش), on normalized text: the reply word, at most three words, على, the attack noun, then the side.
_ANSWERED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:{reply})(?:\s+[\u0621-\u064A]+){{0,3}}?\s+علي\s+[بو]?(?:{attack})"
    r"(?:\s+(?:من|قبل))?\s*(?:ل|لل)?[«\"“]?$".format(
        reply="|".join(sorted({normalize(w) for w in cue_words("reply_words")}, key=len, reverse=True)),
        attack="|".join(sorted({normalize(w) for w in cue_words("attack_owner_nouns")}, key=len, reverse=True)),
    )
)


#: (Round 28, helper ac15) The reply word and على right before a trigger (هي رد على الهجوم، ردا على هجمات), normalized.
_ANSWERED_TRIGGER = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:{reply})(?:\s+[\u0621-\u064A]+){{0,2}}?\s+علي\s+[بو]?$".format(
        reply="|".join(sorted({normalize(w) for w in cue_words("reply_words")}, key=len, reverse=True))
    )
)


def _answered_at(ctx: Context, cand: Candidate) -> int | None:
    """(Round 28, helper ac15) The trigger's word start when the trigger is the attack a reply answers (وقالت إن هذه
    العملية هي رد على الهجوم الانتحاري الذي استهدف سوروج، ردت القوات على الهجوم بقصف): the replier, told in the
    sentences before, did not do the attack it answers, so no actor is inferred for it from them (the clause's own
    named sides are read as before); ``None`` otherwise."""
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    lo = max(cand.sentence[0], w0 - 40)
    return w0 if _ANSWERED_TRIGGER.search(normalize(text[lo:w0])) else None


def _answered_side(ctx: Context, ent: Entity, floor: int) -> bool:
    """(Round 27, helper ac14) Whether an actor is the side whose attack a reply answers (وردّ الحوثيون على هجمات
    المقاومة بقصف أحياء في تعز، قصفت تركيا مواقع ردا على هجوم لداعش): not the doer of the act that answers it."""
    start = ctx.word_start(ent.start)
    return bool(_ANSWERED.search(normalize(ctx.doc.text[max(floor, start - 80) : ent.start])))


def _headed_by(word: str, nouns: frozenset[str]) -> bool:
    """Whether a normalized word is one of ``nouns``, bare or after one proclitic (بهجوم، وغارات)."""
    return word in nouns or (word[:1] in ("و", "ب", "ف", "ل") and word[1:] in nouns)


def _strike_nationality(ctx: Context, cand: Candidate) -> str | None:
    """(Round 27, helper ac14) The ISO3 of the nationality adjective that follows the strike noun heading the trigger
    (ضربة اسرائيلية جوية، غارات جوية روسية، قصف مدفعي تركي), epithets (جوية، مدفعي) or the aircraft and a word of
    likelihood (لطائرة بدون طيار يرجح أنها) between, six words at most; ``None`` when the trigger is no strike noun or
    another word (قصف مواقع تركية: the positions) or a break stands first."""
    text = ctx.doc.text
    head = _ARABIC_WORD.search(text, cand.start, cand.end)
    if head is None or not _headed_by(normalize_word(head.group()), _STRIKE_NOUNS):
        return None
    end = head.end()
    for _ in range(7):
        word = _ARABIC_WORD.search(text, end, min(len(text), end + 30))
        if word is None or text[end : word.start()].strip():
            return None
        form = normalize_word(word.group())
        iso3 = _nationalities().get(form)
        if iso3 is not None:
            return None if ctx.actors_in(word.start(), word.end()) else iso3
        # (round 28, helper ac15) the aircraft and a word of likelihood between (غارة لطائرة بدون طيار يرجح أنها
        # أمريكية): still the strike's nationality
        # (round 32, helper ac19) the arm the fire came from, after ب (لقصف بدبابات تركية، غارات بطائرات روسية):
        # still the strike's nationality
        if form not in _STRIKE_EPITHETS and form not in _STRIKE_BRIDGE and not _weapon_arm(form):
            return None
        end = word.end()
    return None


#: (Round 35, helper ac24) Nouns of fire or attack an armed group's adjective may follow, and the adjectives with the
#: group each names (event_actor_cues.yaml group_fire_nouns, group_adjectives), normalized.
_GROUP_FIRE_NOUNS = ACTOR_CUES.normalized_words("group_fire_nouns")
_GROUP_ADJECTIVES = {
    normalize_word(word): actor_id
    for word, _, actor_id in (item.partition("|") for item in ACTOR_CUES.words("group_adjectives"))
}


#: (Round 36, helper ac25) Nouns of a strike the bare coalition may follow as its owner, and the coalition's bare forms
#: with the id they name (event_actor_cues.yaml coalition_fire_nouns, coalition_names), normalized.
_COALITION_FIRE_NOUNS = ACTOR_CUES.normalized_words("coalition_fire_nouns")
_COALITION_NAMES = {
    normalize_word(word): actor_id
    for word, _, actor_id in (item.partition("|") for item in ACTOR_CUES.words("coalition_names"))
}


def _group_adjective(ctx: Context, cand: Candidate) -> str | None:
    """(Round 35, helper ac24) The actors.yaml id of the armed group whose adjective follows the noun of fire heading
    the trigger (مقذوفات حوثية تستهدف قرية، قذيفة حوثية سقطت، القصف الحوثي على الأحياء), strike epithets (عشوائي،
    مدفعي، عنيف) between at most; ``None`` otherwise (قذائف على مواقع حوثية: the positions are the group's).
    (Round 36, helper ac25) Also the bare coalition after a noun of a strike with the owner's ل (غارات للتحالف، غارة
    جوية للتحالف: ``_COALITION_FIRE_NOUNS``, ``_COALITION_NAMES``): the coalition whose strike it was, read for the
    row's country by the generic ``coalition`` entry (the Saudi-led one in Yemen, the anti-IS one in Iraq and Syria)."""
    return _owner_after_fire(ctx, cand, _GROUP_FIRE_NOUNS, _GROUP_ADJECTIVES) or _owner_after_fire(
        ctx, cand, _COALITION_FIRE_NOUNS, _COALITION_NAMES
    )


def _owner_after_fire(ctx: Context, cand: Candidate, nouns: frozenset[str], names: dict[str, str]) -> str | None:
    """The actors.yaml id ``names`` gives the word that follows the noun of ``nouns`` heading the trigger, strike
    epithets between at most (three words); ``None`` otherwise."""
    text = ctx.doc.text
    head = _ARABIC_WORD.search(text, cand.start, cand.end)
    if head is None:
        return None
    word = normalize_word(head.group())
    for proclitic in ("و", "ب", "ف", "ل"):
        if word.startswith(proclitic) and word not in nouns:
            word = word[1:]
            break
    if word not in nouns and not (word.startswith("ال") and word[2:] in nouns):
        return None
    end = head.end()
    for _ in range(3):
        nxt = _ARABIC_WORD.search(text, end, min(len(text), end + 30))
        if nxt is None or text[end : nxt.start()].strip():
            return None
        form = normalize_word(nxt.group())
        if form in names:
            return names[form]
        if form not in _STRIKE_EPITHETS and form not in _WANTON:
            return None
        end = nxt.end()
    return None


def _national_subject_before(ctx: Context, cand: Candidate) -> str | None:
    """(Round 32, helper ac19) The ISO3 of a state's arm named right before a finite strike, shelling or clash verb, or
    before the verb that carries a strike noun (SVO: مقاتلات تركية إف-16 قصفت، طائرات حربية روسية شنت غارات): a force
    word, at most one epithet, its nationality, and nothing but a model's name (إف-16) between it and the verb;
    ``None`` otherwise."""
    if cand.cls.name not in _STATE_ACTS and cand.cls.acled_sub_type not in _FROM_AFAR_SUB:
        return None
    text = ctx.doc.text
    c0 = cand.clause[0]
    start = ctx.word_start(cand.start)
    if cand.tense not in ("past", "present"):
        # a strike noun right after the verb that carries it (طائرات حربية روسية شنت غارات): the verb's subject
        verb = list(_ARABIC_WORD.finditer(text, max(c0, start - 20), start))[-1:]
        if not verb or text[verb[0].end() : start].strip() or normalize_word(verb[0].group()) not in _CARRY_VERBS:
            return None
        start = verb[0].start()
    gap = text[max(c0, start - 60) : start]
    model = re.search(r"(?:\s+[اإ]ف)?[\s\-]*\d+\s*$", gap)  # "إف-16", "اف 16": the aircraft's model
    if model is not None:
        gap = gap[: model.start()]
    if re.search(r"[.،,:؛;]", gap) or (gap and not gap[-1:].isspace() and model is None):
        return None
    words = _ARABIC_WORD.findall(gap)[-3:]
    if len(words) < 2:
        return None
    iso3 = _nationalities().get(normalize_word(words[-1]))
    if iso3 is None:
        return None
    force = [normalize_word(w) for w in words[:-1]][-2:]
    if force[-1] in _FORCE_WORDS or (len(force) == 2 and force[0] in _FORCE_WORDS and force[1] not in _FORCE_WORDS):
        return iso3
    return None


def _weapon_arm(form: str) -> bool:
    """(Round 32, helper ac19) Whether a normalized word is a force word after the ب of the means (بدبابات، بالمدفعية،
    بطائرات): the arm a strike was made with, before its nationality."""
    return form.startswith("ب") and form[1:] in _FORCE_WORDS and form[1:] not in ("غاره", "غارات", "قصف", "القصف")


def _country_of(ent: Entity) -> str | None:
    """The country of an entity's lexicon actor (``None`` for a generic or unknown one)."""
    actor = load_lexicon().by_id.get(ent.actor_id or "")
    return actor.country if actor is not None else None


#: (Round 31, helper ac18) Epithets of blind or wanton fire (event_actor_cues.yaml indiscriminate_epithets).
_WANTON = ACTOR_CUES.normalized_words("indiscriminate_epithets")


#: (Round 31, helper ac18) Words that tell an air strike in or right after its trigger (غارات جوية، قصف جوي).
_AIR_MARKS = ACTOR_CUES.normalized_words("air_strike_marks")


def _told_from_the_air(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger or the word right after it tells an air strike (ثمة غارات جوية، قصف جوي على): typed one
    only later, it is never the Houthis' of 2015 whom the paragraph names (round 31, helper ac18)."""
    words = _ARABIC_WORD.findall(ctx.doc.text, cand.start, min(len(ctx.doc.text), cand.end + 12))
    return any(normalize_word(w) in _AIR_MARKS for w in words[:3])


def _owner_past_epithets(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """(Round 31, helper ac18) Whether only epithets of the strike (عشوائي، عنيف، مكثف: at most two) stand between a
    strike or shelling noun trigger and the side after ل (أسفر قصف عشوائي للحوثيين وقوات صالح عن سقوط ضحايا): whose
    fire it was, as with no word between (غارات للطيران الروسي)."""
    if cand.tense != "noun" or cand.cls.acled_type != "Explosions/Remote violence":
        return False
    text = ctx.doc.text
    if re.search(r"[.،,:؛;]", text[cand.end : ent.start]):
        return False
    words = [normalize_word(w) for w in _ARABIC_WORD.findall(text, cand.end, ctx.word_start(ent.start))]
    return 0 < len(words) <= 2 and all(w in _WANTON or w in _STRIKE_EPITHETS for w in words)


#: (Round 32, helper ac19) Verbs of striking that name their weapon after ب (event_actor_cues.yaml weapon_verbs), and
#: the words of time that are no object between their subject and the weapon (not_object_words).
_WEAPON_VERBS = ACTOR_CUES.normalized_words("weapon_verbs")
_NOT_OBJECT = ACTOR_CUES.normalized_words("not_object_words")
#: (Round 32, helper ac19) Counts a weapon may be told with (بخمس قذائف، بعشرات الصواريخ; weapon_counts).
_WEAPON_COUNTS = ACTOR_CUES.normalized_words("weapon_counts")
#: (Round 32, helper ac19) Verbs that carry a strike noun after them (شنت غارات، نفذت ضربات; carrying_verbs).
_CARRY_VERBS = ACTOR_CUES.normalized_words("carrying_verbs")


def _weapon_verb_subject(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """(Round 32, helper ac19) Whether a side named before a weapon trigger is the subject of the verb of striking
    that opens its clause (VSO: استهدفت المقاومة نقطة للمسلحين الحوثيين بقنبلة يدوية، كما قصفت الميليشيات الحوثية
    أمس حيا سكنيا بخمس قذائف هاون): the verb, the side right after it, an object, then the weapon after ب (on the
    trigger's word or on a count right before it: بخمس قذائف). The side did it — it is not what was hit, as the side
    after استهدف is where the verb is the trigger's noun (استهداف مواقع الحوثيين). With no object between (استهدفت
    الميليشيات أمس بقذائف: the passive reading, the side hit) or another verb before the verb in its clause (SVO: the
    side after it is the object), it is not."""
    if cand.cls.acled_type != "Explosions/Remote violence" or ent.start >= cand.start:
        return False
    text = ctx.doc.text
    c0 = cand.clause[0]
    side = ctx.word_start(ent.start)
    if ctx.previous_word(ent.start) != ctx.actor_previous_word(ent.start):
        return False  # a descriptor between the verb and the side (استهدفت عناصر الجيش): not read here
    before = _ARABIC_WORD.findall(text, max(c0, side - 40), side)
    if not before:
        return False
    form = normalize_word(before[-1])
    form = form[1:] if form[:1] in ("و", "ف") and form[1:] in _WEAPON_VERBS else form
    if form not in _WEAPON_VERBS:
        return False
    opener = [normalize_word(w) for w in _ARABIC_WORD.findall(text, c0, side)][:-1]  # the verb left out
    if any(w not in _OPENERS for w in opener) or re.search(r"[.،,:؛;]", text[side : cand.start]):
        return False  # "المقاومة استهدفت الحوثيين بقنبلة": SVO, the side after the verb is what it hit
    words = _ARABIC_WORD.findall(text, ent.end, ctx.word_start(cand.start))
    trigger_word = _ARABIC_WORD.search(text, ctx.word_start(cand.start), cand.end)
    if trigger_word is not None and trigger_word.group().startswith("ب") and trigger_word.start() < cand.end:
        objects = words
    elif words and words[-1].startswith("ب") and (words[-1] == "ب" or normalize_word(words[-1][1:]) in _WEAPON_COUNTS):
        objects = words[:-1]  # "بخمس قذائف هاون": the weapon's count carries the ب
    else:
        return False
    return any(normalize_word(w) not in _NOT_OBJECT for w in objects)


def _attack_owner(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """(Round 27, helper ac14) Whether the side after ل belongs to the noun of an attack told after the trigger (قتل 9
    من ميليشيات الحوثي في هجوم للمقاومة الشعبية، مقتل 3 جنود أتراك بهجوم لحزب العمال): whose attack it was, not what
    was hit (غارات على مواقع للحوثيين: the ل follows the positions)."""
    text = ctx.doc.text
    words = _ARABIC_WORD.findall(text, cand.end, ctx.word_start(ent.start))
    if ctx.previous_word(ent.start) != ctx.actor_previous_word(ent.start):
        words = words[:-1]  # a descriptor with its ل (هجوم لتنظيم «داعش»)
    if len(words) > ATTACK_OWNER_WINDOW:
        return False
    # "جراء القصف المكثف لطيران التحالف": at most two epithets between the noun and its side (round 28, helper ac15)
    for _ in range(2):
        if words and normalize_word(words[-1]) in _STRIKE_EPITHETS:
            words = words[:-1]
    if not words or not _headed_by(normalize_word(words[-1]), _ATTACK_OWNER_NOUNS):
        return False
    return not re.search(r"[.،,:؛;]", text[cand.end : ent.start])


#: (Round 27, helper ac14) Barrel bombs (بالبراميل المتفجرة، إلقاء براميل متفجرة).
_BARRELS = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:ب(?:ال)?(?:{w})(?![\u0621-\u064A])|(?:{w})\s+(?:ال)?متفجر)".format(
        w=cue_alt("barrel_words")
    )
)


def _barrel_bombs(ctx: Context, cand: Candidate, country: str) -> None:
    """(Round 27, helper ac14) A strike or shelling whose clause drops barrel bombs (قصف الطيران المروحي بالبراميل
    المتفجرة) is the state's: its forces of the period are actor1 unless they are already (another air force the
    paragraph named, an unidentified group, or none)."""
    if not _BARRELS.search(ctx.doc.text, *cand.clause):
        return
    current = load_lexicon().by_id.get(str((cand.actor1 or {}).get("actor_id") or ""))
    if current is not None and current.country == country and current.sector == "MIL":
        return
    military = state_military(country, (_date_of(ctx, cand) or "")[:10])
    if military is not None:
        cand.actor1 = {**military, "entity": None, "certainty": "inferred", "note": "barrel bombs: the state's"}


def national_forces(ctx: Context, cand: Candidate) -> None:
    """A nationality after a force word is that state's military (شنت طائرات تركية غارة، جنود إسرائيليون)."""
    c0, c1 = cand.clause
    text = ctx.doc.text
    # (round 39, sp9) a force word is a whole run of letters of the clause: none there, no pair read
    pairs = _WORD_PAIR.finditer(text, c0, c1) if not _FORCES.isdisjoint(_clause_words(ctx, c0, c1)) else ()
    for m in pairs:
        force, adjective = normalize_word(m.group(1)), normalize_word(m.group(2))
        if force not in _FORCE_WORDS and force not in _SECURITY_WORDS:
            continue
        iso3 = _nationalities().get(adjective)
        epithet = None
        if (
            iso3 is None
            and m.group(3)
            and adjective not in _FORCE_WORDS
            and adjective not in _SECURITY_WORDS
            and not ctx.actors_in(m.start(), m.end(3))
        ):
            # one epithet between the force word and its nationality (قصفت طائرات حربية تركية أهدافا لتنظيم داعش;
            # round 25, helper ac12) — not a named actor read already (سقوط قتلى في صفوف قوات النظام السوري: the hit)
            iso3 = _nationalities().get(normalize(m.group(3)))
            epithet = adjective
        date = _date_of(ctx, cand) or ""
        if tells_own_losses(ctx, m.start(), m.end(2), None):
            continue  # "أعلن الجيش اليمني مقتل جنديين من عناصره في هجوم": its men were hit (round 26, helper ac13)
        if _counted_at(ctx, m.start(), m.end(2), c0, cand.start):
            continue  # "ليرتفع عدد قتلى أفراد قوات الأمن التركية": the dead, not the shooters (round 13, helper fa)
        if force in _SECURITY_WORDS:
            # "ألقى الأمن التونسي القبض على …": the country's security forces (its police unless the lexicon says);
            # not of a world adjective (round 33, helper ac20: قوات الأمن الباكستانية in Waziristan are the army in the
            # tuning files' coding, and actors.yaml sources no police / army split outside the region)
            regional = iso3 is not None and iso3 == _nationalities(world=False).get(normalize_word(m.group(2)))
            military = actor_by_id("state-security-forces", country=iso3, date=date[:10] or None) if regional else None
        elif iso3 and not _state_forces().get(iso3) and _tells_of_it(ctx, m.start(), m.end(2), cand):
            continue  # "قال الجيش النيجيري إن هجوما انتحاريا …": a state's army telling of the deed, not its doer
        elif iso3 and not _state_forces().get(iso3) and epithet is not None and not _force_epithet(epithet):
            continue  # "قصف للمناطق الباكستانية": the word between is what was hit, not an epithet of the force
        else:
            military = named_state_forces(iso3, date) if iso3 else None
        if military is not None:
            cand.actor1 = {**military, "name_ar": text[m.start() : m.end(2)], "entity": None, "certainty": "inferred"}
            return
    country_subject(ctx, cand)


#: Acts a state does with its forces: a country named as their subject (شنت إسرائيل غارة، تركيا تقصف) is its military.
_STATE_ACTS = frozenset({"air_strike", "drone_strike", "shelling", "bombardment", "clash"})
#: Words before a country's name that make it a place or an object, not a subject (في، على، من، إلى، ضد …).
_NOT_SUBJECT = frozenset(normalize(w) for w in cue_words("not_subject_words"))


def country_subject(ctx: Context, cand: Candidate) -> None:
    """A country named as the subject of a strike or shelling (إسرائيل شنت غارة جوية، قصفت تركيا مواقع): ACLED
    codes the state's military forces of the period; the country stands right before the verb that carries the
    trigger (at most two words, the verb and a day, between it and the trigger) and after no preposition."""
    if cand.cls.name not in _STATE_ACTS and cand.cls.acled_sub_type not in _FROM_AFAR_SUB:
        return
    c0, _ = cand.clause
    text = ctx.doc.text
    subject = _country_after_verb(ctx, cand)
    if subject is not None:
        _country_military(ctx, cand, subject)
        return
    for p in reversed(ctx.places_in(max(c0, cand.start - 60), cand.start)):
        if not is_country(p) or p.end > cand.start or ctx.words_between(p.end, cand.start) > 2:
            continue
        if text[ctx.word_start(p.start) : p.start]:
            continue  # a proclitic fused to the name (بإسرائيل، لتركيا): a place or an object
        if ctx.previous_word(p.start) in _NOT_SUBJECT:
            continue
        _country_military(ctx, cand, p)
        return


def _country_after_verb(ctx: Context, cand: Candidate) -> Any:
    """(Round 25, helper ac12) The country named right after a strike or shelling verb that opens its clause (VSO:
    قصفت تركيا أمس الخميس مواقع لتنظيم داعش، شنت إسرائيل غارة): the verb's subject, ACLED's state forces."""
    if cand.cls.name not in _STATE_ACTS and cand.cls.acled_sub_type not in _FROM_AFAR_SUB:
        return None
    if not _verb_opens_clause(ctx, cand):
        return None
    text = ctx.doc.text
    for p in ctx.places_in(cand.end, min(cand.clause[1], cand.end + 30)):
        if p.start < cand.end:
            continue
        if is_country(p) and ctx.words_between(cand.end, p.start) == 0 and not text[ctx.word_start(p.start) : p.start]:
            return p
        return None
    return None


def _country_military(ctx: Context, cand: Candidate, place: Any) -> None:
    """The military of the country ``place`` names, of the event's period, as actor1."""
    iso3 = str((place.geo or {}).get("country_iso3") or "")
    date = _date_of(ctx, cand) or ""
    military = state_military(iso3, date) if iso3 else None
    if military is not None:
        text = ctx.doc.text
        cand.actor1 = {**military, "name_ar": text[place.start : place.end], "entity": None, "certainty": "inferred"}


_WORD_PAIR = re.compile(r"([^\W\d_]+)(?=\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?)")
#: (Round 39, sp9) The runs of letters ``_WORD_PAIR``'s first word is one of, and the words :func:`national_forces`
#: reads as a force.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_FORCES = _FORCE_WORDS | _SECURITY_WORDS


def _clause_words(ctx: Context, c0: int, c1: int) -> frozenset[str]:
    """The normalized runs of letters of ``[c0, c1)``, once per clause (``ctx.memo``): a match of ``_WORD_PAIR`` there
    opens at a run's start (a run not followed by a space and a word fails at every one of its letters) and its first
    word is the whole run, so a clause whose runs hold no force word gives :func:`national_forces` no pair to read."""
    key = ("clause_words", c0, c1)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = frozenset(normalize_words(_LETTER_RUN.findall(ctx.doc.text, c0, c1)))
    return hit


@functools.cache
def _nationalities(world: bool = True) -> dict[str, str]:
    """Nationality adjectives (roles.yaml) in the forms that follow a plural noun → ISO3: تركية، إسرائيليون; then
    (round 33, helper ac20) the world's adjectives of ``place_cues.yaml`` (``world_country_adjectives``: الهندية،
    الأوكرانية، الإسبانية) and the region's of ``ar/geo.yaml`` (البحرينية، العمانية) for the countries whose ACLED name
    actors.yaml's ``countries`` holds, so that a state's forces named by them (القوات الهندية، القوات البحرينية) are
    that state's; ``world=False``: roles.yaml's only."""
    by_name = {name: iso3 for iso3, (_, name, _) in countries().items()}
    out: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for adjective, country in load_yaml("ar/roles.yaml")["nationalities"].items():
        iso3 = by_name.get(str(country))
        if iso3 is not None:
            stem = normalize(str(adjective))
            stems.append((stem[2:] if stem.startswith("ال") else stem, iso3))
    named = load_lexicon().countries if world else {}
    for item in WORLD_COUNTRY_ADJECTIVES if world else ():
        stem = normalize(item.partition("|")[0])  # a stem with no article (ألماني → الماني is kept whole)
        iso3 = world_adjective_country("ال" + stem)
        if iso3 is not None and iso3 in named:
            stems.append((stem, iso3))
    for stem, iso3 in stems:
        stem = stem[:-1] if stem.endswith("ه") else stem  # the feminine: تركيه → تركي
        for form in (stem, stem + "ه", stem + "ون", stem + "ين"):
            out.setdefault(form, iso3)
            out.setdefault("ال" + form, iso3)
    for form in geo_lexicon().adjectives_of if world else ():
        # the region's, in every inflection of ar/geo.yaml's country_adjectives (البحرينية، العمانيون)
        iso3 = adjective_country("ال" + form)
        if iso3 is not None and iso3 in named:
            out.setdefault(form, iso3)
            out.setdefault("ال" + form, iso3)
    return out


def named_state_forces(iso3: str, date: str) -> dict[str, Any] | None:
    """(Round 33, helper ac20) The forces of a state the text names by its nationality or its name (القوات التونسية،
    مقاتلات إماراتية، القوات الهندية): its military of the period (:func:`state_military`), else — a state with no
    military of its own in actors.yaml — the generic army read in that country ("Military Forces of Tunisia"), as
    الجيش التونسي is read; ``None`` for a country actors.yaml's ``countries`` does not name."""
    if _state_forces().get(iso3):
        return state_military(iso3, date)  # its own military, none where the period's label is unsourced
    if iso3 not in load_lexicon().countries:
        return None
    return actor_by_id("state-military", country=iso3, date=date[:10] or None)


@functools.cache
def _state_forces() -> dict[str, list[dict[str, Any]]]:
    """The lexicon's national militaries by country (the army's own entry first)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for spec in load_yaml("ar/actors.yaml")["actors"]:
        if spec.get("sector") == "MIL" and spec.get("country") and spec.get("acled") and spec.get("inter") in (1, 8):
            out.setdefault(str(spec["country"]), []).append(spec)
    for specs in out.values():
        specs.sort(key=lambda sp: not str(sp.get("id", "")).endswith(("-forces", "-military", "-army")))
    return out


_FORCE_EPITHETS = ACTOR_CUES.normalized_words("force_epithets")
#: A complementizer standing alone (إن 400 من الانفصاليين: a number may follow it).
_THAT_WORD = re.compile(r"(?<![\u0621-\u064A])(?:إن|أن|ان|بأن|بان)(?![\u0621-\u064A])")


def _force_epithet(word: str) -> bool:
    """Whether a normalized word is an epithet of a force or of its fire (حربية، خاصة، جوية، مدفعية)."""
    return word in _FORCE_EPITHETS or word in _STRIKE_EPITHETS


def _tells_of_it(ctx: Context, start: int, end: int, cand: Candidate) -> bool:
    """(Round 33, helper ac20) Whether the force named at ``start``–``end`` tells of the deed: a complementizer (إن، أن)
    follows it, at most three words between, and the trigger stands past it (قال الجيش النيجيري وقوة المهام المشتركة إن
    هجوما انتحاريا …، وأوضح الجيش الأوكراني إن 400 من الانفصاليين هاجموا …)."""
    text = ctx.doc.text
    if end > cand.start:
        return False
    that = _THAT_WORD.search(text, end, cand.start)
    return that is not None and ctx.words_between(end, that.start()) <= 3


def state_military(iso3: str, date: str) -> dict[str, Any] | None:
    """A country's military on a date, with the ACLED label of that period (None when it could not be sourced)."""
    for spec in _state_forces().get(iso3, []):
        label = spec.get("acled")
        for period in spec.get("earlier") or []:
            if date and date < str(period.get("until")):
                label = period.get("acled")
                break
        if not label or "{" in str(label):
            continue
        return {"name": label, "inter": spec.get("inter"), "actor_id": spec.get("id")}
    return None


def paragraph_actor(ctx: Context, cand: Candidate, country: str | None) -> None:
    """The one armed group the paragraph named before the trigger (هجوم نفذته انتحارية after "بوكو حرام")."""
    if cand.cls.acled_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return
    if cand.cls.name == "shelling":
        # a shell or rocket whose clause names no shooter: the paragraph's one armed group is as often the side hit or
        # held responsible (يحمل حماس مسؤولية أي هجوم ينطلق من القطاع؛ the Popular Resistance beside the Houthis'
        # shells on Taizz, whose 2015 label is a state force's and so not among the groups) — ACLED's unidentified
        # group (round 26, helper ac13: 7 of the 9 tuning articles with such an inference gave the wrong side)
        return
    b0, _ = ctx.block(cand.start)
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), (0, 0))
    groups: dict[str, Entity] = {}
    owners: set[str] = set()
    date = _date_of(ctx, cand)
    # an act told by a noun or a blast's intransitive verb (قتل أربعة مدنيين في قصف عشوائي، انفجرت قنبلة أسفل حافلة),
    # not an air strike (never the Houthis') nor a verb whose own subject points back at a side (أفرادها قصفوا)
    untold = (
        cand.cls.acled_type != "Battles"
        and cand.cls.acled_sub_type != "Air/drone strike"
        and cand.cls.name not in ("air_strike", "drone_strike")
        and (cand.tense == "noun" or _planted_blast(ctx, cand))
        and not _told_from_the_air(ctx, cand)
    )
    # the paragraph before the trigger, else the headline ("مقتل 16 في هجومين جديدين لـ«بوكو حرام»")
    for span in ((b0, cand.sentence[0]), title):
        for a in ctx.actors_in(*span):
            if cand.clause[0] <= a.start < cand.clause[1]:
                continue  # read in the trigger's own clause already (a target there: مواقع لمجلس شورى ثوار بنغازي)
            if (
                # a competing authority's forces (the Houthis of 2015, labelled a state's forces) are an armed group
                # of the paragraph too: beside them the resistance is not the paragraph's one group (round 31, ac18)
                (a.inter in (2, 3, 4) or (untold and _competing_authority(a.actor_id, date)))
                and ctx.actor_previous_word(a.start) not in TARGET_WORDS
                and not held_by(ctx, a, cand)
                and not impossible_perpetrator(cand, a)
                and not backer(ctx, a, cand)
                # the body of a man killed (اغتيال طلال الأردني القيادي بحركة فتح) is his side, not the gunmen of an
                # ambush told after it (round 22, ac9); a bare killing verb (إن القيادي قتل) still reads it, as the
                # headline's man told again (tests/test_events_round12_rows.py)
                and not (cand.cls.name != "killing" and member_of(ctx, a))
            ):
                if cand.cls.acled_sub_type != "Armed clash" and _owner_of_held_place(ctx, a):
                    # the owner of a place held or hit (السيطرة على معقل جديد لحركة الشباب) is no doer of another
                    # sentence's act, and leaves the paragraph's doer untold; a clash's side may be one (the side whose
                    # positions were shelled fired back: round 34, helper ac22)
                    owners.add(a.actor_id or a.acled or "")
                else:
                    groups[a.actor_id or a.acled or ""] = a
        if groups or owners:
            break
    if len(groups) == 1 and owners <= set(groups):
        group = next(iter(groups.values()))
        cand.actor1 = actor_json(ctx, group, country, date)
        cand.actor1["certainty"] = "inferred"


#: (Round 34, helper ac22) Nouns of a place a side holds (معقل، مواقع، مقر، معسكر: event_actor_cues.yaml
#: held_place_words), normalized.
_HELD_PLACES = ACTOR_CUES.normalized_words("held_place_words")


def _held_place_genitive(ctx: Context, ent: Entity) -> bool:
    """(Round 35, helper ac24) Whether a side is named as the genitive owner right after a noun of a place held (a
    camp, a stronghold, positions, a headquarters: event_actor_cues.yaml held_place_words), the noun with و or ف and
    ب or ل before it at most (اقتحام مواقع الحوثيين ومعسكرات قوات صالح … وسيطرت عليها، غارات على معاقل التنظيم):
    the side that held the place, hit or taken, not the doer. A proclitic fused to the side's own name (لقوات) is
    the owner's ل, read elsewhere."""
    text = ctx.doc.text
    if ent.start == 0 or text[ent.start - 1].isalpha():
        return False
    words = list(_ARABIC_WORD.finditer(text, max(0, ent.start - 30), ent.start))
    if not words or text[words[-1].end() : ent.start].strip(" «\"'") != "":
        return False
    word = normalize_word(words[-1].group(0))
    for proclitic in ("و", "ف"):
        if word.startswith(proclitic) and word not in _HELD_PLACES:
            word = word[1:]
            break
    if word[:1] in ("ب", "ل") and word not in _HELD_PLACES:
        word = word[1:]
    return word in _HELD_PLACES


def _owner_of_held_place(ctx: Context, ent: Entity) -> bool:
    """(Round 34, helper ac22) Whether a side is named as the owner of a place held or hit: the owner's ل on its name
    or on the descriptor before it, right after a noun of such a place or after it and one adjective (السيطرة على معقل
    جديد لحركة الشباب، غارات على مواقع لتنظيم «داعش»). The headline's or the paragraph's owner of a stronghold taken is
    the side that lost it, not the doer of the next sentence's capture (a Somali town taken "by our forces" was given to
    al-Shabaab)."""
    text = ctx.doc.text
    j = ent.start
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if j < ent.start:  # a proclitic fused to the name: لحركة، للتنظيم
        if normalize_word(text[j : ent.start]) not in ("ل", "ول", "لل", "ولل"):
            return False
    else:  # the owner's ل on a descriptor before the name: لتنظيم «داعش»
        words = list(_ARABIC_WORD.finditer(text, max(0, j - 40), j))
        if not words or text[words[-1].end() : j].strip(" «\"'") != "":
            return False
        word = normalize_word(words[-1].group(0))
        if not (word[:1] == "ل" and word[1:] in NAME_DESCRIPTORS):
            return False
        j = words[-1].start()
    before = [normalize_word(m.group(0)) for m in _ARABIC_WORD.finditer(text, max(0, j - 50), j)][-2:]
    return bool(before) and (before[-1] in _HELD_PLACES or (len(before) == 2 and before[0] in _HELD_PLACES))


#: Words that name an air force (طائرات التحالف، سلاح الجو، الطيران الحربي، المقاتلات، المروحيات).
_AIR_WORDS = re.compile(cue_alt("air_words"))


def paragraph_air_force(ctx: Context, cand: Candidate, country: str | None) -> None:
    """The one air force the paragraph, else the headline, else the lead named before an air strike that names none
    (استهداف مبنى … after "قصف طائرات التحالف الدولي" in the headline): the strikes of one campaign. The text names
    the perpetrator, so the convention for unnamed strikes (``default_actor``) does not apply."""
    if cand.cls.name not in ("air_strike", "drone_strike"):
        return
    lexicon = load_lexicon()
    b0, _ = ctx.block(cand.start)
    blocks = [b for b in ctx.doc.blocks if b.end > b.start]
    title = next(((b.start, b.end) for b in blocks if str(b.kind) == "title"), (0, 0))
    lead = next(((b.start, b.end) for b in blocks if str(b.kind) != "title"), (0, 0))
    for span in ((b0, cand.sentence[0]), title, lead):
        forces: dict[str, Entity] = {}
        speakers: dict[str, Entity] = {}
        for a in ctx.actors_in(*span):
            actor = lexicon.by_id.get(a.actor_id or "")
            if a.inter not in (1, 8) or actor is None or actor.sector != "MIL":
                continue
            ground = a.inter == 1 or _country_blind(ctx, a, country)  # a country-blind name is the row country's own
            if ground and not _AIR_WORDS.search(ctx.doc.text, a.start, a.end):
                continue  # a country's own army named by its ground forces (جنود، الجيش) may have no air force
            if (
                ctx.actor_previous_word(a.start) in TARGET_WORDS
                or held_by(ctx, a, cand)
                or victim_subject(ctx, a, span[0])
            ):
                continue
            if _speaks_of_strikes(ctx, a):
                speakers[a.actor_id or ""] = a  # "قال الجيش الأمريكي إن الولايات المتحدة ودول التحالف نفذت 20 غارة"
                continue
            forces[a.actor_id or ""] = a
        if not forces and len(speakers) == 1:
            forces = speakers  # "قال الجيش الأمريكي إن طائراته نفذت …": the one force named tells of its own strikes
        if len(forces) == 1:
            cand.actor1 = actor_json(ctx, next(iter(forces.values())), country, _date_of(ctx, cand))
            cand.actor1["certainty"] = "inferred"
            return
        if forces:
            return  # two air forces named: the text does not say which struck


def _speaks_of_strikes(ctx: Context, ent: Entity) -> bool:
    """Whether a force is the speaker of a speech verb with a complement (قال الجيش الأمريكي اليوم إن …): it tells
    of the strikes; a force named inside its words is the one that struck."""
    text = ctx.doc.text
    lo = max(ctx.sentence(ent.start).start, ent.start - 60)
    if not _SPEAKER_BEFORE.search(text, lo, ent.start):
        return False
    that = _THAT.search(text, ent.end, min(len(text), ent.end + 40))
    return that is not None and ctx.words_between(ent.end, that.start()) <= 3


#: "From" a country's side or territory, its name or adjective after (من داخل الأراضي اليمنية، من جهة اليمن، من الجانب
#: السوري، من داخل الحدود اليمنية، من الأراضي السورية): where fire came from across a border.
_FROM_SIDE = re.compile(
    r"(?<![\u0621-\u064A])من\s+(?:(?:" + cue_alt("side_of_words") + r")\s+)?"
    r"(?:(?:ال)?(?:" + cue_alt("territory_words") + r")\s+)?"
    r"([\u0621-\u064A]+)"
)


def source_country(ctx: Context, cand: Candidate) -> str | None:
    """A country the clause names as where the attack came from (سقوط مقذوف عسكري من اليمن، من داخل الأراضي
    اليمنية، من جهة اليمن، من الجانب السوري)."""
    for p in ctx.places_in(*cand.clause):
        if p.start > cand.start and is_country(p) and ctx.previous_word(p.start) == "من":
            return str((p.geo or {}).get("country_iso3") or "") or None
    if cand.cls.name not in _FROM_AFAR and cand.cls.acled_sub_type not in _FROM_AFAR_SUB:
        return None  # a bomb or a raid comes from no side across a border
    _, c1 = cand.clause
    for m in _FROM_SIDE.finditer(ctx.doc.text, cand.end, c1):
        if m.group(0).split()[1:] == [m.group(1)]:
            continue  # "من اليمن" alone: the country entity above; "من الحوثيين": not a side
        if ctx.previous_word(m.start()) in _NEAR:
            continue  # "في بلدة قريبة من الحدود السورية": where, not whence
        iso3 = _nationalities().get(normalize(m.group(1)))
        if iso3 is None:  # من جهة اليمن: the country's name
            iso3 = next(
                (str(p.geo["country_iso3"]) for p in ctx.places_in(m.start(1), m.end(1)) if is_country(p) and p.geo),
                None,
            )
        if iso3:
            return iso3
    return None


#: A launch verb and "from" (صاروخ أطلق من قطاع غزة، أطلقه مسلحون من جنوب لبنان، قذائف انطلقت من داخل): where fire left.
_LAUNCHED_FROM = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("launch_verbs") + r")[\u0621-\u064A]{0,3}"
    r"(?:\s+[\u0621-\u064A]+){0,2}?\s+من\s+(?:داخل\s+)?"
)


def launched_from(ctx: Context, cand: Candidate, scene: str | None) -> str | None:
    """The country of the place a rocket or shell was launched from, in the trigger's sentence (صاروخ أطلقه مسلحون
    من قطاع غزة انفجر جنوب إسرائيل), when it is not the scene's country: ACLED's unidentified group is of the side
    the fire came from. Any place counts, not only a country's name (a territory, a town across the border)."""
    if cand.cls.acled_type != "Explosions/Remote violence":
        return None  # the launch verb tells that it was fired, whatever word (انفجر) told the blast
    s0, s1 = cand.sentence
    for m in _LAUNCHED_FROM.finditer(ctx.doc.text, s0, s1):
        place = next((p for p in ctx.places_in(m.end(), min(s1, m.end() + 4))), None)
        iso3 = str(((place.geo or {}) if place is not None else {}).get("country_iso3") or "")
        if iso3 and iso3 != scene:
            return iso3
    return None


def _admin_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.casefold())


@functools.cache
def _cross_border_fire() -> tuple[tuple[str, frozenset[str], str, str], ...]:
    """``unnamed_cross_border_fire`` of actors.yaml: (country hit, its border provinces, country fired from, since)."""
    out = []
    for rule in load_yaml("ar/actors.yaml").get("unnamed_cross_border_fire") or []:
        provinces = frozenset(_admin_key(str(a)) for a in rule.get("admin1") or [])
        out.append((str(rule["country"]), provinces, str(rule["from"]), str(rule.get("since") or "")))
    return tuple(out)


def across_border(cand: Candidate, country: str | None) -> str | None:
    """The country unnamed fire came from when it fell on a border province of a country shelled from across a
    border at war (a shell on a village of Jazan or Najran in 2015: from Yemen), by ``unnamed_cross_border_fire``
    of actors.yaml; only for fire from afar (shelling, rockets), never for a bomb or a raid (round 13, helper fa)."""
    if cand.cls.name not in _FROM_AFAR and cand.cls.acled_sub_type not in _FROM_AFAR_SUB:
        return None
    if cand.place is None or not country:
        return None
    admin1 = _admin_key(str((cand.place.geo or {}).get("admin1") or ""))
    date = str((cand.date or {}).get("value") or "")[:10]
    for hit, provinces, origin, since in _cross_border_fire():
        if hit == country and admin1 in provinces and (not date or not since or date >= since):
            return origin
    return None


def generic_name(label: str, country: str | None) -> str:
    """ACLED's name for a generic actor of a country: ``Civilians (Syria)``; the bare label when none is known."""
    name = country_name(country)
    return f"{label} ({name})" if name else label


def default_actor(ctx: Context, cand: Candidate, country: str | None) -> None:
    doc = ctx.doc
    post = doc.post_at(cand.start)
    if post is not None and post.author:
        for a in ctx.actors_in(post.start, post.end):
            if doc.text[a.start : a.end].strip() in post.author or post.author.strip() in doc.text[a.start : a.end]:
                cand.actor1 = actor_json(ctx, a, country, _date_of(ctx, cand))
                cand.actor1["certainty"] = "post author"
                if cand.status == "reported":
                    cand.status = "claimed"
                return
    if cand.cls.name in ("air_strike", "drone_strike") and country:
        date = (cand.date or {}).get("value") or ""
        for rule in event_lexicon().unnamed_air.get(country, []):
            if str(rule["from"]) <= date[:10] <= str(rule["to"]):
                ent = actor_by_id(str(rule["actor"]), country=country, date=date[:10] or None)
                if ent is not None:
                    cand.actor1 = {
                        **ent,
                        "entity": None,
                        "certainty": "uncertain",
                        "note": "the text names no perpetrator; the reference's convention for " + country,
                    }
                    if rule.get("alternative"):
                        cand.actor1["alternative"] = rule["alternative"]
                return
    if country and cand.cls.acled_sub_type in ("Arrests", "Disrupted weapons use"):
        # an arrest or a bomb made safe with no one named: the country's security forces (the state acts; ACLED
        # names no unidentified arrester)
        date = (_date_of(ctx, cand) or "")[:10] or None
        ent = actor_by_id("state-security-forces", country=country, date=date)
        if ent is not None:
            cand.actor1 = {**ent, "entity": None, "certainty": "unnamed", "note": "the text names no one: the state"}
            return
    if cand.cls.name == "recapture" and country:
        # a place regained (تحرير قاعدة العند ودحر الميليشيات منها) with no taker named: ACLED's "Government regains
        # territory" is the regaining of government forces or their affiliates (REFERENCE section 3), so the state's
        # forces of the period, not an unidentified group (round 17, helper ac4)
        military = state_military(country, (_date_of(ctx, cand) or "")[:10])
        if military is not None:
            cand.actor1 = {**military, "entity": None, "certainty": "unnamed", "note": "regained: the state's forces"}
            return
    violent = cand.cls.acled_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    if violent and country and cand.cls.name not in ("air_strike", "drone_strike"):
        # ACLED's name for a perpetrator the reports do not identify (REFERENCE section 6: مسلحون مجهولون)
        cand.actor1 = {
            "name": generic_name(
                "Unidentified Armed Group",
                source_country(ctx, cand)
                or launched_from(ctx, cand, country)
                or across_border(cand, country)
                or country,
            ),
            "inter": 3,
            "entity": None,
            "certainty": "unnamed",
        }


#: The words before a side faced in a clash (اشتباك مع المسلحين، أثناء مواجهة الميليشيات), normalized as
#: ``actor_previous_word`` gives them: target words that name no target (event_arg_cues.yaml faced_words).
_FACED = frozenset(cue_words("faced_words"))


def _owned_target_before(ctx: Context, ent: Entity, floor: int) -> bool:
    """Whether an actor named before the trigger's clause is the owner of what a preposition of a target took (على
    مركز حدودي للجيش التركي، ضد مواقع لتنظيم داعش): ل fused to it, a target word among the four words before."""
    return ctx.actor_previous_word(ent.start) in ("ل", "لل") and _target_word_before(ctx, ent, floor)


def named_side_of_clash(ctx: Context, cand: Candidate, country: str | None = None) -> None:
    """An armed clash whose only named side was read as the side faced or hit (استشهد الجندي أثناء المواجهة مع
    الميليشيات الحوثية، قتل عناصر من قوات النظام بعد استهداف مقاتلي جيش الإسلام، اشتباكات بين الطوارق …) and whose
    actor1 is ACLED's unidentified group by default: when that side is a named armed group, not a state's army or
    police (the police a band of unknown gunmen attacked keep their place as actor2), it is the one side the text
    names as fighting, and ACLED's actor1 (round 21, helper ac8: tune5, tune15, tune17, tune20 and tune28 code it so;
    the unidentified default was right on none of them). Not a side named as what was aimed at or hit (شنت فصائل
    هجوما على مقاتلين تلقوا تدريبا لقتال تنظيم داعش، على مواقع للتنظيم): only a side faced (مع، مواجهة) or named with
    no target word before it."""
    if cand.cls.acled_sub_type != "Armed clash" or cand.actor1 is None or cand.actor2 is None:
        return
    if not _unnamed_default(cand.actor1):
        return
    other = cand.actor2
    if not other.get("actor_id") or other.get("inter") == 7 or _state_force(other.get("actor_id")):
        return
    ent = next((e for e in ctx.doc.entities if e.id == other.get("entity")), None)
    prev = ctx.actor_previous_word(ent.start) if ent is not None else None
    if ent is None or (prev in TARGET_WORDS and prev not in _FACED):
        return
    date = _date_of(ctx, cand)
    if country and _counted_dead(ctx, cand, ent):
        # "مقتل 19 من عناصر داعش باشتباكات متفرقة غربي بغداد": the side whose dead the clash counts did not fight
        # itself; the text's one other side is the state's forces of the country (round 27, helper ac14: tune14, where
        # the coders write Iraq's army; tune20 accepts it) — or, against a competing authority's forces (the Houthis of
        # 2015), the militia on the government's side (مقتل وإصابة 60 عنصراً من الحوثيين بمواجهات في تعز: tune18,
        # tune24, coded the Popular Resistance)
        if _competing_authority(other.get("actor_id"), date):
            military = _government_militia(country, (date or "")[:10])
        else:
            military = _forces_of(country, (date or "")[:10])
        if military is not None:
            cand.actor1 = {**military, "entity": None, "certainty": "inferred", "note": "the side that killed them"}
            return
    if country and _competing_authority(other.get("actor_id"), date) and prev in _FACED:
        # "مواجهات عنيفة تشهدها مدينة لحج مع ميليشيات الحوثي": a fight told "with" a competing authority's forces (the
        # Houthis of 2015) is the government side's against them (ac12's convention, _government_side_first): the
        # government's side the paragraph names before, else its militia (round 31, helper ac18)
        side = _government_side_before(ctx, cand, country, date) or _government_militia(country, (date or "")[:10])
        if side is not None:
            cand.actor1 = {**side, "certainty": "inferred", "note": "the side that fought the one named"}
            return
    cand.actor1 = {**other, "certainty": "inferred", "note": "the only side the text names in the clash"}
    cand.actor2 = None


#: (Round 33, helper ac21) "Between" a few words after a clash's noun (اشتباكات عنيفة، بين؛ مواجهات دارت أمس بين).
_CAMPS_BETWEEN = re.compile(r"^[^.؛\n]{0,40}?(?<![\u0621-\u064A])بين\s")
#: "On one side" after the first camp (من جهة، من ناحية، من طرف) with no word of the other after it, then و (or وبين).
_CAMP_ONE = re.compile(
    r"(?<![\u0621-\u064A])من\s+(?:ال)?(?:"
    + ACTOR_CUES.alt("camp_words")
    + r")(?!\s+(?:ال)?(?:"
    + ACTOR_CUES.alt("other_camp_words")
    + r")(?![\u0621-\u064A]))\s*[،,]?\s*و(?:بين\s+)?"
)
#: "On the other side" closing the second camp (من جهة أخرى، من ناحية ثانية، من الطرف الآخر).
_CAMP_OTHER = re.compile(
    r"(?<![\u0621-\u064A])من\s+(?:ال)?(?:"
    + ACTOR_CUES.alt("camp_words")
    + r")\s+(?:ال)?(?:"
    + ACTOR_CUES.alt("other_camp_words")
    + r")(?![\u0621-\u064A])"
)


def _two_camps(ctx: Context, cand: Candidate) -> tuple[list[Entity], list[Entity]] | None:
    """(Round 33, helper ac21) The two camps of a clash told "between X (and X') on one side and Y (and Y') (on the
    other)" right after its noun (مواجهات عنيفة بين المقاومة الشعبية، من جهة، والميليشيات الحوثية والقوات الموالية
    لصالح، من جهة أخرى؛ المواجهات بين الجيش ومقاتلي المقاومة من جهة وبين ميليشيات الحوثي): the actors of each camp in
    the text's order, or None where the text marks no camps or one camp names no actor. The second camp runs to its
    "on the other side", else to the next comma or the sentence's end (at most 120 characters)."""
    text = ctx.doc.text
    _, s1 = cand.sentence
    m = _CAMPS_BETWEEN.match(text[cand.end : s1])
    if m is None:
        return None
    b = cand.end + m.end()
    one = _CAMP_ONE.search(text, b, min(s1, b + 160))
    if one is None or "بين" in text[b : one.start()] or "،" in text[b : one.start()].strip(" ،"):
        return None
    lead = [a for a in ctx.actors_in(b, one.start()) if a.source != "anaphor" or a.actor_id]
    stop = min(s1, one.end() + 120)
    other = _CAMP_OTHER.search(text, one.end(), stop)
    if other is not None:
        stop = other.start()
    else:
        comma = text.find("،", one.end(), stop)
        stop = comma if comma >= 0 else stop
    second = [a for a in ctx.actors_in(one.end(), stop) if a.source != "anaphor" or a.actor_id]
    if not lead or not second:
        return None
    return lead, second


#: (Round 31, helper ac18) The head of an army unit or force named first "between" (اللواء، الكتيبة، قوات).
_UNIT_HEADS = ACTOR_CUES.normalized_words("state_unit_heads")
#: "Between" and the words of the first side up to the و of the second, within one clause.
_BETWEEN_FIRST = re.compile(r"(?<![\u0621-\u064A])بين\s+((?:[\u0621-\u064A]+\s+){1,8})و$")


def _unread_unit_first(ctx: Context, cand: Candidate, ent: Entity, named: list[Entity]) -> bool:
    """(Round 31, helper ac18) Whether ``ent``, a competing authority's forces (the Houthis of 2015), is the second
    side of a clash "between" (بين … و) whose first side is an army unit or force no actor was read for (اللواء الرابع،
    القوات الموالية لحكومة هادي اللاجئ في السعودية): at most eight words, the first a unit's head."""
    if cand.cls.name != "clash" or ent.source == "anaphor" or ent.start < cand.end:
        return False
    if not _competing_authority(ent.actor_id, _date_of(ctx, cand)):
        return False
    text = ctx.doc.text
    m = _BETWEEN_FIRST.search(text, max(cand.clause[0], ent.start - 90), ent.start)
    if m is None or any(m.start() <= a.start < ent.start for a in named if a is not ent):
        return False
    return normalize_word(m.group(1).split()[0]) in _UNIT_HEADS


#: "Between" and at most three words (مجموعات من، عناصر من) right before a side, in normalized or raw text.
_BETWEEN_NEAR = re.compile(r"(?<![\u0621-\u064A])بين\s+(?:[\u0621-\u064A]+\s+){0,3}$")


def _lone_side_between(ctx: Context, cand: Candidate, ordered: list[Entity], targets: list[Entity]) -> bool:
    """(Round 31, helper ac18) Whether a clash's doer is a competing authority's forces (the Houthis of 2015) named
    after بين (at most three words between: بين مجموعات من الحوثيين) past the trigger as the only side of its clause
    but the government's: ac12's government side first has no other side to put first."""
    first = ordered[0]
    if cand.cls.name != "clash" or first.source == "anaphor" or first.start < cand.end:
        return False
    if ctx.actor_previous_word(first.start) in ("و", "او"):
        return False  # the second side "between" (بين مقاتلي القبائل وميليشيات الانقلابيين): its first is unread
    if _BETWEEN_NEAR.search(ctx.doc.text, max(cand.end, first.start - 40), first.start) is None:
        return False
    if not _competing_authority(first.actor_id, _date_of(ctx, cand)):
        return False
    key = first.actor_id or first.acled
    date = _date_of(ctx, cand)
    return all((a.actor_id or a.acled) == key for a in ordered) and all(
        (a.actor_id or a.acled) == key or _government_side(a.actor_id, date) for a in targets
    )


def _government_side_before(ctx: Context, cand: Candidate, country: str, date: str | None) -> dict[str, Any] | None:
    """(Round 31, helper ac18) The last side of the government (its forces or an affiliated militia, of ``country``)
    named before the trigger in its paragraph and not as a target (نجح الجيش الوطني اليمني بتشديد الحصار …)."""
    b0, _ = ctx.block(cand.start)
    found = None
    for a in ctx.actors_in(b0, cand.start):
        if a.country != country or not _government_side(a.actor_id, date):
            continue
        if ctx.actor_previous_word(a.start) in TARGET_WORDS:
            continue
        found = a
    return actor_json(ctx, found, country, date) if found is not None else None


def _unnamed_default(actor: dict[str, Any] | None) -> bool:
    """Whether ``actor`` is ACLED's unidentified group put in by default (no side named for the role)."""
    return (
        actor is not None
        and actor.get("certainty") == "unnamed"
        and str(actor.get("name", "")).startswith("Unidentified")
    )


def _rebel_reporter(ctx: Context, cand: Candidate, country: str | None, hit: str | None = None) -> Entity | None:
    """The first rebel group or militia (sector REB / PRM, of ``country`` or none) named before ``cand`` in its
    sentence whose sources, spokesman or media centre report it (:func:`reporter`), other than the side ``hit``;
    ``None`` when there is none (reporting_side_of_clash, reporting_side_of_strike)."""
    lexicon = load_lexicon()
    for a in ctx.actors_in(cand.sentence[0], cand.start):
        spec = lexicon.by_id.get(a.actor_id or "")
        if spec is None or spec.sector not in ("REB", "PRM") or spec.country not in (None, country):
            continue
        if hit is not None and a.actor_id == hit:
            continue
        if reporter(ctx, a, cand):
            return a
    return None


def reporting_side_of_clash(ctx: Context, cand: Candidate, country: str | None) -> None:
    """(Round 28, helper ac15) An armed clash that names no side and whose actor1 is the unidentified default, told by
    sources of a rebel group or militia before it in its sentence (مصادر بفصائل تعارض الحوثيين تحدثت عن اشتباكات في
    محافظتي مأرب وتعز، قال المركز الإعلامي للمقاومة إن اشتباكات دارت …): the reporting side fought it (tune32 codes
    the resistance or Hadi's army). Not a state's force, which tells of others' clashes as often as of its own."""
    if cand.cls.acled_sub_type != "Armed clash" or cand.actor1 is None or cand.actor2 is not None:
        return
    if not _unnamed_default(cand.actor1):
        return
    a = _rebel_reporter(ctx, cand, country)
    if a is not None:
        cand.actor1 = actor_json(ctx, a, country, _date_of(ctx, cand))
        cand.actor1.update(certainty="inferred", note="the side whose sources report the clash")


def reporting_side_of_strike(ctx: Context, cand: Candidate, country: str | None) -> None:
    """(Round 29, helper ac16) A shelling, rocket or bomb attack that names no doer, whose actor1 is the unidentified
    default and whose target is another armed side, told by the spokesman, media centre or sources of a rebel group or
    militia before it in its sentence (كشف المتحدث باسم المقاومة عن استهداف نقاط المراقبة الخاضعة لسيطرة ميليشيات
    الحوثي بصواريخ الكاتيوشا؛ وذكر المركز الإعلامي للمقاومة أن القصف طال تجمعا للحوثيين): the reporting side struck its
    enemy (tune5 codes the resistance). Not where the side hit is the reporter's own (قصف استهدف مواقع المقاومة) or
    civilians, not a state's force, not air strikes (ACLED's convention for unnamed strikes)."""
    if cand.cls.acled_type != "Explosions/Remote violence" or cand.cls.name in ("air_strike", "drone_strike"):
        return
    if cand.actor1 is None or cand.actor2 is None:
        return
    if not _unnamed_default(cand.actor1):
        return
    hit = cand.actor2.get("actor_id")
    if not hit or cand.actor2.get("inter") not in (1, 2, 3, 4):
        return
    # not the side hit: "قال المتحدث باسم المقاومة إن قصفا استهدف مواقع المقاومة" (its own side was hit)
    a = _rebel_reporter(ctx, cand, country, hit=hit)
    if a is not None:
        cand.actor1 = actor_json(ctx, a, country, _date_of(ctx, cand))
        cand.actor1.update(certainty="inferred", note="the side whose spokesman reports the strike on its enemy")


def _forces_of(country: str, date: str) -> dict[str, Any] | None:
    """A country's military on a date: its ACLED label of the period, else the lexicon's own name for it where the
    period's label could not be sourced (Iraq before 2022: "Iraqi security forces")."""
    military = state_military(country, date)
    if military is not None:
        return military
    specs = _state_forces().get(country) or []
    return actor_by_id(str(specs[0]["id"]), country=country, date=date or None) if specs else None


def _government_militia(country: str, date: str) -> dict[str, Any] | None:
    """The first militia of actors.yaml that fought on the country's government side on ``date`` (its ``affiliate``
    period: Yemen's Popular Resistance in 2015)."""
    for spec in load_lexicon().by_id.values():
        if spec.country == country and spec.sector == "PRM" and spec.side_on(date or None):
            return actor_by_id(spec.id, country=country, date=date or None)
    return None


def _counted_dead(ctx: Context, cand: Candidate, ent: Entity) -> bool:
    """(Round 27, helper ac14) Whether a side of a clash is the body whose men it counts dead (مقتل 19 من عناصر داعش
    باشتباكات، تمكنت قوات عسكرية من قتل أربعة من عناصر داعش في اشتباكات، اشتباكات أسفرت عن مقتل عشرة من المسلحين),
    not a side faced (أثناء مواجهة المليشيات)."""
    if ent.start < cand.start:
        return counted_victims(ctx, ent, cand.sentence[0], cand.start)
    return _victims_of(ctx, cand, ent)


def actor_by_id(actor_id: str, *, country: str | None, date: str | None) -> dict[str, Any] | None:
    """A lexicon actor read on ``date`` (its ACLED label of that period) as an event's actor object."""
    lexicon = load_lexicon()
    actor = lexicon.by_id.get(actor_id)
    reading = lexicon.read_actor(actor, country=country, date=date) if actor is not None else None
    if reading is None:
        return None
    out = {
        "name": reading.acled or reading.canonical,
        "name_ar": reading.canonical_ar,
        "inter": reading.inter,
        "actor_id": actor_id,
    }
    return as_force(out, country, date)
