"""The events stage: ACLED / PLOVER / CAMEO events with their trigger, date, place, actors and casualty figures.

Steps, in order (each step is a function below; the words are data in ``resources/ar/events.yaml``):

1. **Triggers**: every trigger of the lexicon in the text (verbs in all persons and tenses, verbal nouns, plurals,
   phrases; clitic-aware). A trigger with a ``needs`` list counts only when one of its words is in the sentence.
2. **Not events**: a sentence about sport, culture, history (ذكرى) or a figure of speech (حرب الأسعار) gives none;
   economy, speech and crime words veto the weak triggers (هاجم الوزير المعارضة في خطاب); an article whose
   register is sport or culture gives none.
3. **Coding**: a generic trigger (قصف، هجوم، انفجار، مقتل) takes its sub-type from the weapon words of its clause
   (طيران → air strike, قذائف → shelling, كلور → chemical weapon, عبوة → IED, انتحاري → suicide bomb), and from
   its target: civilians → Violence against civilians, armed men → Battles. A capture is "Government regains
   territory" when its actor is a state force, else "Non-state actor overtakes territory". Protests become
   "with intervention", "excessive force" or riots by their cues.
4. **Status** (reported, claimed, alleged, denied, future, hypothetical) from the words before the trigger in its
   clause, and **granularity**: a range of dates or a toll "since" makes an aggregate; a present-tense account with
   no date an ongoing one. Only discrete, reported/claimed/alleged events with an ACLED type become ACLED rows.
5. **Arguments**: place (the clause, then the sentence outside other events' clauses, then the headline and lead),
   one event per town when a clause lists several; date (the clause, the sentence, the paragraph, the embedded
   post, then the reference date with ``time_precision`` 2); actors (the subject after or before the verb, the
   target after على/ضد; civilians from victim words; the reference's convention for unnamed air forces, marked
   uncertain); fatalities, injured, displaced and arrested from the quantities of the clause.
6. **One event per happening**: triggers of one clause that tell one thing are one event; the same sub-type at the
   same place and date elsewhere in the article (headline, lead, a tweet, a quote) is the same event with another
   mention.
7. **Claims**: when the ``claims`` stage ran, each event lists the claims whose content holds one of its
   mentions and each claim its events; the claim's kind sets the event's status (an accusation → alleged, a
   perpetrator's own announcement → claimed, a denial → denied).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document, Entity
from rasd.events.context import Context, build_context
from rasd.events.lexicon import ACLED_SUB_TYPES, EventClass, event_lexicon
from rasd.pipeline import stage
from rasd.settings import Settings
from rasd.text.matcher import cached_view

#: Classes whose sub-type a weapon word decides (means family -> class).
_MEANS_CLASS = {
    "chemical": "chemical",
    "suicide_bomb": "suicide_bomb",
    "drone_strike": "drone_strike",
    "air_strike": "air_strike",
    "explosive": "explosive",
    "grenade": "grenade",
    "shelling": "shelling",
}
#: Which means a generic class may take (a killing may be by any weapon; an explosion is not an air strike).
_REFINE_TO = {
    "bombardment": ("chemical", "drone_strike", "air_strike", "shelling"),
    "attack": ("chemical", "suicide_bomb", "drone_strike", "air_strike", "explosive", "grenade", "shelling"),
    "assault": ("explosive", "grenade"),
    "killing": ("chemical", "suicide_bomb", "drone_strike", "air_strike", "explosive", "grenade", "shelling"),
    "assassination": ("explosive", "drone_strike", "air_strike"),
    "explosive": ("suicide_bomb", "explosive", "grenade", "shelling", "drone_strike", "air_strike"),
}
#: When two triggers of one clause tell one thing, the one earlier in this list names it.
_PRIORITY = (
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
_RANK = {name: i for i, name in enumerate(_PRIORITY)}
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_ER = frozenset({"chemical", "suicide_bomb", "drone_strike", "air_strike", "grenade", "explosive", "shelling"})
#: Classes that need a named place in their clause to be an event (a capture of nothing is a figure of speech).
_NEEDS_PLACE = frozenset({"capture", "recapture", "withdrawal"})
#: Registers that veto every trigger of a sentence / only the weak and figurative ones.
_VETO_ALL = ("not:sports", "not:culture", "not:history")
_VETO_WEAK = ("not:economy", "not:speech", "not:crime")
_ACCIDENT_PRONE = frozenset({"killing", "explosive", "attack", "arrest"})
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: How many words after a verb its subject may stand (VSO), and how far a trigger's arguments may lie.
_SUBJECT_WINDOW = 7
_TARGET_WORDS = frozenset(
    {"علي", "ضد", "بحق", "تجاه", "مواقع", "لمواقع", "معاقل", "استهداف", "استهدف", "ضمن", "مع", "قبضه", "مواجهه", "ايدي"}
)
_COUNTRY_NAMES = {
    "SYR": "Syria",
    "IRQ": "Iraq",
    "YEM": "Yemen",
    "LBY": "Libya",
    "SDN": "Sudan",
    "SSD": "South Sudan",
    "LBN": "Lebanon",
    "PSE": "Palestine",
    "ISR": "Israel",
    "EGY": "Egypt",
    "SAU": "Saudi Arabia",
    "SOM": "Somalia",
    "TUR": "Turkey",
    "IRN": "Iran",
    "JOR": "Jordan",
    "TUN": "Tunisia",
    "DZA": "Algeria",
    "MAR": "Morocco",
    "MLI": "Mali",
    "NER": "Niger",
    "TCD": "Chad",
    "BFA": "Burkina Faso",
    "MRT": "Mauritania",
    "KWT": "Kuwait",
    "BHR": "Bahrain",
    "QAT": "Qatar",
    "ARE": "United Arab Emirates",
    "OMN": "Oman",
    "AFG": "Afghanistan",
    "PAK": "Pakistan",
    "NGA": "Nigeria",
    "DJI": "Djibouti",
    "COM": "Comoros",
}


@dataclass(slots=True)
class Mention:
    """Where the text tells of an event: its trigger and the sentence around it."""

    start: int
    end: int
    sent_start: int
    sent_end: int


@dataclass(slots=True)
class Candidate:
    """An event while it is being read: one trigger (or several merged), with its arguments."""

    cls: EventClass
    start: int
    end: int
    tense: str
    weak: bool
    subordinate: bool
    clause: tuple[int, int]
    sentence: tuple[int, int]
    clauses: list[tuple[int, int]] = field(default_factory=list)  # the clauses of its mentions in its sentence
    place: Entity | None = None
    place_from: str = "none"  # clause | sentence | lead | none
    place_precision: int | None = None
    actor1: dict[str, Any] | None = None
    actor2: dict[str, Any] | None = None
    assoc: list[dict[str, Any]] = field(default_factory=list)
    date: dict[str, Any] | None = None
    status: str = "reported"
    granularity: str = "discrete"
    fatalities: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (mention start, figure)
    injured: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    displaced: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    arrested: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    in_post: bool = False
    purpose: bool = False  # a verbal noun after ل: للسيطرة على، لتحرير (an aim, not a deed)


# ---------------------------------------------------------------------------------------------------- triggers
def _triggers(ctx: Context) -> list[Candidate]:
    """Step 1-2: the triggers that count, as candidates (not yet coded)."""
    lex = event_lexicon()
    doc = ctx.doc
    out: list[Candidate] = []
    for m in lex.triggers.find_all(cached_view(doc.text)):
        entry = m.value
        sent = ctx.sentence(m.start)
        s0, s1 = sent.start, sent.end
        clause = ctx.clause(m.start)
        if entry.needs is not None and not ctx.need_met(entry.needs, *clause):
            continue
        if any(e.start <= m.start and m.end <= e.end for e in ctx.names_in(m.start - 80, m.end)):
            continue  # الجبهة الوطنية للتحرير، حركة تحرير السودان: a word of a name
        if any(ctx.has(v, s0, s1) for v in _VETO_ALL) or ctx.covering("not:metaphor", m.start, m.end):
            continue
        cls = lex.classes[entry.cls]
        if (entry.weak or cls.name in ("attack",)) and any(ctx.has(v, s0, s1) for v in _VETO_WEAK):
            continue
        if cls.name in ("arrest", "killing", "looting") and ctx.has("not:crime", s0, s1):
            continue  # مروج مخدرات، سرقة: crime, not political violence
        if cls.name in _ACCIDENT_PRONE and ctx.has("not:accident", s0, s1):
            continue  # غرق مركب، انفجار أسطوانة غاز: deaths without an attacker
        out.append(
            Candidate(
                cls=cls,
                start=m.start,
                end=m.end,
                tense=entry.tense,
                weak=entry.weak,
                subordinate=entry.subordinate,
                clause=clause,
                sentence=(s0, s1),
                clauses=[clause],
                mentions=[Mention(m.start, m.end, s0, s1)],
                in_post=doc.post_at(m.start) is not None,
                purpose="ل" in _preposition(m.prefix) and entry.tense == "noun",
            )
        )
    return out


def _preposition(prefix: str) -> str:
    """The conjunction and preposition of a normalized proclitic string, without the article (لل → ل)."""
    if prefix.endswith("لل"):
        return prefix[:-1]
    return prefix[:-2] if prefix.endswith("ال") else prefix


def _register_veto(ctx: Context, n_triggers: int) -> bool:
    """Whether the whole article is sport or culture (its war words are figures of speech)."""
    n = len(ctx.doc.text)
    for name in ("not:sports", "not:culture"):
        hits = len(ctx.positions(name, 0, n))
        if hits >= 4 and hits >= 2 * n_triggers:
            return True
    return False


# ---------------------------------------------------------------------------------------------------- coding
def _means(ctx: Context, start: int, end: int, allowed: tuple[str, ...]) -> str | None:
    """The first weapon family of ``allowed`` (in the resource's priority order) cued in ``[start, end)``."""
    for family in event_lexicon().means:
        if family in allowed and ctx.has(f"means:{family}", start, end):
            return family
    return None


def _refine(ctx: Context, cand: Candidate) -> None:
    """Step 3: a generic trigger takes its sub-type from the weapon and target words of its clause."""
    lex = event_lexicon()
    c0, c1 = cand.clause
    name = cand.cls.name
    allowed = _REFINE_TO.get(name)
    if allowed:
        lo, hi = c0, c1
        if name in ("attack", "killing", "assassination"):
            # a weapon word decides a killing's or an attack's sub-type only near it ("قتل … الضابط في القوى
            # الجوية" is not an air strike; "هجوم … استخدم خلاله أسلحة متوسطة فضلا عن قذائف" is a clash)
            lo, hi = max(c0, _back_words(ctx.doc.text, cand.start, 4)), min(c1, cand.end + 40)
        family = _means(ctx, lo, hi, allowed)
        if family is None and name == "bombardment" and ctx.has("means:firearms", lo, hi):
            cand.cls = lex.classes["attack"]  # استهدف مسلحون سيارة بوابل من الرصاص: shooting, not shelling
            name = "attack"
        elif family is not None:
            cand.cls = lex.classes[_MEANS_CLASS[family]]
            cand.cues.add(f"means:{family}")
            return
    if name in ("attack", "killing", "clash") and ctx.has("protesters", c0, c1):
        first = ctx.positions("protesters", c0, c1)[0]
        if (
            first >= cand.end
            and ctx.words_between(cand.end, first) <= 1
            and ctx.previous_word(first)
            not in (
                "علي",
                "ضد",
            )
        ):
            cand.cls = lex.classes["riot"]  # اشتبك محتجون مع قوات الأمن: the protesters fought
        else:
            cand.cls = _with_sub(cand.cls, "Excessive force against protesters", "ASSAULT", "crowd-control", "175")
        return
    if name == "assault":
        armed_target = ctx.has("armed_targets", c0, c1) and not ctx.has("victims", c0, c1)
        if armed_target and ctx.has("means:firearms", c0, c1):
            cand.cls = lex.classes["clash"]
        return
    if name in ("attack", "killing", "assassination"):
        civilians = ctx.has("victims", c0, c1)
        armed = ctx.has("armed_targets", c0, c1) or len(ctx.actors_in(c0, c1)) >= 2
        firearms = ctx.has("means:firearms", c0, c1)
        if armed and not civilians and (name == "attack" or (name == "killing" and firearms)):
            cand.cls = lex.classes["clash"]
        elif name == "attack" and civilians:
            cand.cls = lex.classes["assault"]  # هاجم مسلحون قافلة مساعدات: an attack on civilians
        if civilians:
            cand.cues.add("victims")
    if name == "protest":
        s0, s1 = cand.clause
        if ctx.has("protest_excessive", s0, s1):
            cand.cls = _with_sub(cand.cls, "Excessive force against protesters", "ASSAULT", "crowd-control", "175")
        elif ctx.has("riot_cues", s0, s1):
            cand.cls = lex.classes["riot"]
        elif ctx.has("protest_intervention", s0, s1):
            cand.cls = _with_sub(cand.cls, "Protest with intervention", "PROTEST", "demo", "141")


def _with_sub(cls: EventClass, sub: str, plover: str, mode: str | None, cameo: str) -> EventClass:
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


def _status(ctx: Context, cand: Candidate) -> None:
    """Step 4: status from the words before the trigger in its clause; granularity from dates and tolls."""
    c0, _ = cand.clause
    s0, _ = cand.sentence
    lo = max(c0, _back_words(ctx.doc.text, cand.start, 4))
    breaks = ctx.positions("status:negation_break", lo, cand.start)
    neg_from = breaks[-1] if breaks else lo
    if ctx.has("status:negation", neg_from, cand.start):
        cand.status = "denied"
    elif (
        (cand.purpose and cand.cls.name in ("capture", "recapture"))
        or cand.tense == "future"
        or ctx.has("status:future", max(c0, _back_words(ctx.doc.text, cand.start, 6)), cand.start)
    ):
        cand.status = "future"  # سيقصف، يعتزم، للسيطرة على (an aim)
    elif ctx.has("status:hypothetical", max(s0, _back_words(ctx.doc.text, cand.start, 8)), cand.start):
        cand.status = "hypothetical"
    elif ctx.has("status:claimed", s0, cand.sentence[1]):
        cand.status = "claimed"
    elif ctx.has("status:alleged", s0, cand.start):
        cand.status = "alleged"
    elif cand.cls.name == "chemical" and ctx.has("status:speech", s0, cand.start):
        cand.status = "alleged"  # a chemical attack told by one side: ACLED's alleged use


def _back_words(text: str, offset: int, n: int) -> int:
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


# ---------------------------------------------------------------------------------------------------- places
def _precision(ctx: Context, ent: Entity) -> int:
    geo = ent.geo or {}
    prec = int(geo.get("geo_precision") or 3)
    feature = str(geo.get("feature") or "")
    if feature.startswith("PPL") and geo.get("lat") is not None and not geo.get("unresolved"):
        prec = 1
    prev = ctx.previous_word(ent.start)
    if prec == 1 and prev in (
        "قرب",
        "بالقرب",
        "محيط",
        "اطراف",
        "ضواحي",
        "شرق",
        "غرب",
        "شمال",
        "جنوب",
        "شرقي",
        "غربي",
        "شمالي",
        "جنوبي",
        "ريف",
    ):
        prec = 2
    return prec


def _is_country(ent: Entity) -> bool:
    return str((ent.geo or {}).get("feature") or "").startswith("PCL")


def _clause_places(ctx: Context, start: int, end: int, actor_spans: list[tuple[int, int]]) -> list[Entity]:
    out = []
    for ent in ctx.places_in(start, end):
        if any(a <= ent.start and ent.end <= b for a, b in actor_spans):
            continue
        if _is_country(ent) and not ctx.locative(ent):
            continue  # أعلنت روسيا: a country acting, not the scene
        out.append(ent)
    return out


def _place_candidates(ctx: Context, cand: Candidate, taken: set[tuple[int, int]]) -> list[list[Entity]]:
    """Step 5 (place): the town(s) or area the text ties to this trigger; several towns in a list split it."""
    actor_spans = [(a.start, a.end) for a in ctx.actors]
    places = [p for a, b in cand.clauses for p in _clause_places(ctx, a, b, actor_spans)]
    if places:
        after = [p for p in places if p.start >= cand.end]
        towns = [p for p in after if _precision(ctx, p) == 1]
        groups: list[Entity] = []
        for town in towns:
            if groups and ctx.words_between(groups[-1].end, town.start) > 6:
                break
            if all((g.geo or {}).get("place_id") != (town.geo or {}).get("place_id") for g in groups):
                groups.append(town)
        if len(groups) >= 2 and cand.cls.acled_type is not None:
            return [[t] for t in groups]
        ranked = sorted(places, key=lambda p: (_precision(ctx, p), p.start < cand.end, abs(p.start - cand.end)))
        return [[ranked[0]]]
    if cand.weak:
        return [[]]
    s0, s1 = _extended_sentence(ctx, cand.sentence)
    free = [
        p
        for p in _clause_places(ctx, s0, s1, actor_spans)
        if not any(a <= p.start < b for a, b in taken if (a, b) not in cand.clauses)
    ]
    if free:
        ranked = sorted(free, key=lambda p: (_precision(ctx, p), abs(p.start - cand.start)))
        return [[ranked[0]]]
    return [[]]


def _extended_sentence(ctx: Context, sentence: tuple[int, int]) -> tuple[int, int]:
    """A sentence with the next one of its block when a line break, not a full stop, ended it (a tweet's lines)."""
    s0, s1 = sentence
    if re.search(r"[.!?؟]\s*$", ctx.doc.text[s0:s1]):
        return s0, s1
    i = ctx.sentence_index(s0) + 1
    if i < len(ctx.sentences) and ctx.block(s0) == ctx.block(ctx.sentences[i].start):
        return s0, ctx.sentences[i].end
    return s0, s1


def _lead_place(ctx: Context) -> Entity | None:
    """The place of the headline, else of the lead sentence (the article's focus)."""
    doc = ctx.doc
    title_end = next((b.end for b in doc.blocks if str(b.kind) == "title"), 0)
    spans = [(0, title_end)] if title_end else []
    body = [s for s in ctx.sentences if s.start >= title_end and not doc.post_at(s.start)]
    if body:
        first = next((s for s in body if s.end - s.start > 40), body[0])
        spans.append((first.start, first.end))
    actor_spans = [(a.start, a.end) for a in ctx.actors]
    for a, b in spans:
        places = [p for p in _clause_places(ctx, a, b, actor_spans) if not _is_country(p)]
        if places:
            return sorted(places, key=lambda p: (_precision(ctx, p), p.start))[0]
    return None


def _location_json(ctx: Context, ent: Entity, precision: int) -> dict[str, Any]:
    geo = ent.geo or {}
    return {
        "name": ent.canonical or ctx.doc.text[ent.start : ent.end],
        "name_ar": ctx.doc.text[ent.start : ent.end],
        "lat": geo.get("lat"),
        "lon": geo.get("lon"),
        "country_iso3": geo.get("country_iso3"),
        "admin1": geo.get("admin1"),
        "admin2": geo.get("admin2"),
        "admin3": geo.get("admin3"),
        "geonames_id": geo.get("geonames_id"),
        "geo_precision": precision,
        "entity": ent.id,
    }


# ---------------------------------------------------------------------------------------------------- dates
def _timex_date(doc: Document, start: int, end: int, near: int, *, ranges: bool = True) -> dict[str, Any] | None:
    best = None
    for x in doc.timexes:
        if not (start <= x.start < end) or x.value is None:
            continue
        if x.type == "DURATION" and x.range is not None and ranges:
            return {"value": None, "range": list(x.range), "time_precision": 3, "timex": x.id, "aggregate": True}
        if x.type != "DATE" or not _ISO_DATE.match(x.value):
            continue
        d = abs(x.start - near)
        if best is None or d < best[0]:
            best = (d, x)
    if best is None:
        return None
    x = best[1]
    prec = 1 if len(x.value or "") == 10 else 3
    if x.time_precision:
        prec = max(prec, x.time_precision)
    out: dict[str, Any] = {"value": x.value, "time_precision": prec, "timex": x.id}
    if x.range is not None:
        out["range"] = list(x.range)
    else:
        out["range"] = [x.value, x.value]
    return out


def _date(ctx: Context, cand: Candidate) -> dict[str, Any] | None:
    """Step 5 (date): the clause, the sentence, the paragraph before it, the post, then the reference date."""
    doc = ctx.doc
    for a, b in cand.clauses:
        found = _timex_date(doc, a, b, cand.start)
        if found is not None:
            return found
    found = _timex_date(doc, *cand.sentence, cand.start, ranges=False)
    if found is not None:
        return found
    b0, _ = ctx.block(cand.start)
    found = _timex_date(doc, b0, cand.sentence[0], cand.sentence[0], ranges=False)
    if found is not None and found.get("time_precision") == 1:
        return found  # a day named earlier in the paragraph; a month or year there says nothing of this event
    post = doc.post_at(cand.start)
    if post is not None and post.date:
        return {
            "value": post.date,
            "range": [post.date, post.date],
            "time_precision": 1,
            "timex": None,
            "source": "post",
        }
    ref = doc.article.reference_date or doc.article.published
    if ref:
        return {
            "value": ref,
            "range": [_minus_days(ref, 7), ref],
            "time_precision": 2,
            "timex": None,
            "source": "reference date",
        }
    return None


def _minus_days(iso: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(iso) - dt.timedelta(days=days)).isoformat()
    except ValueError:
        return iso


# ---------------------------------------------------------------------------------------------------- actors
def _actor_json(ctx: Context, ent: Entity, country: str | None) -> dict[str, Any]:
    name = ent.acled or ent.canonical or ctx.doc.text[ent.start : ent.end]
    if "{" in name:
        name = name.replace("{country}", _COUNTRY_NAMES.get(country or "", country or "")).strip()
    out: dict[str, Any] = {
        "name": name,
        "name_ar": ctx.doc.text[ent.start : ent.end],
        "inter": ent.inter,
        "entity": ent.id,
    }
    if ent.actor_id:
        out["actor_id"] = ent.actor_id
    return out


def _actors(ctx: Context, cand: Candidate, country: str | None) -> None:
    """Step 5 (actors): the perpetrator (subject) and target of the trigger, civilians from victim words."""
    c0, c1 = cand.clause
    text = ctx.doc.text
    actors = [a for a in ctx.actors_in(c0, c1) if not (a.start < cand.end and cand.start < a.end)]
    # rescuers, monitors and other civilian bodies (inter 7) tell of violence; they are never its perpetrators
    actors = [a for a in actors if a.inter != 7 or ctx.actor_previous_word(a.start) in _TARGET_WORDS]
    perps: list[tuple[int, Entity]] = []
    targets: list[Entity] = []
    between = False
    for a in actors:
        prev = ctx.actor_previous_word(a.start)
        gap_words = ctx.words_between(cand.end, ctx.word_start(a.start)) if a.start >= cand.end else 99
        if prev in ("بين",):
            between = True
            perps.append((0, a))
        elif prev in ("ل", "لل", "ول") and a.start >= cand.end and gap_words == 0:
            perps.append((0, a))  # غارات للطيران الروسي
        elif prev in ("من", "قبل") and cand.cls.name in ("capture", "recapture"):
            targets.append(a)  # استعادت القاعدة من المسلحين الحوثيين: taken from them
        elif prev in ("من", "قبل") and a.start >= cand.end and gap_words <= 4 and cand.cls.name != "killing":
            perps.append((0, a))  # غارات من الطيران الحربي، من قبل (but قتل 350 من قوات الأسد: the victims)
        elif prev in _TARGET_WORDS or prev in ("ل", "لل", "ول", "ضد", "وضد"):
            targets.append(a)
        elif a.start >= cand.end:
            perps.append((0 if gap_words <= _SUBJECT_WINDOW else 2, a))
        else:
            perps.append((1, a))
    perps.sort(key=lambda pa: (pa[0], abs(pa[1].start - cand.start)))
    seen: set[str] = set()
    ordered: list[Entity] = []
    for _, a in perps:
        key = a.actor_id or a.acled or text[a.start : a.end]
        if key not in seen:
            seen.add(key)
            ordered.append(a)
    if ordered:
        cand.actor1 = _actor_json(ctx, ordered[0], country)
        if cand.cls.name in ("clash", "attack") or between:
            rest = [a for a in ordered[1:] if (a.actor_id or a.acled) != (ordered[0].actor_id or ordered[0].acled)]
            if rest and not targets:
                targets = [rest[0]]
            cand.assoc = [_actor_json(ctx, a, country) for a in rest[1:3]]
    if targets:
        cand.actor2 = _actor_json(ctx, targets[0], country)
    if cand.actor1 is None:
        s0, _ = cand.sentence
        before = [
            a for a in ctx.actors_in(s0, c0) if ctx.actor_previous_word(a.start) not in _TARGET_WORDS and a.inter != 7
        ]
        if before:
            cand.actor1 = _actor_json(ctx, before[-1], country)
            cand.actor1["certainty"] = "inferred"
    if cand.actor1 is None:
        _paragraph_actor(ctx, cand, country)
    if cand.actor1 is None:
        _default_actor(ctx, cand, country)
    remote = cand.cls.acled_type in ("Explosions/Remote violence", "Violence against civilians")
    if cand.actor2 is None and ("victims" in cand.cues or (remote and ctx.has("victims", c0, c1))):
        cand.actor2 = {"name": _generic("Civilians", country), "inter": 7, "entity": None}
    if cand.cls.acled_type in ("Protests", "Riots") and cand.cls.name != "mob_violence":
        # ACLED: the demonstrators are actor1; a force that intervened is actor2
        if cand.actor1 is not None and cand.actor1.get("inter") in (1, 2, 3, 8) and cand.actor2 is None:
            cand.actor2 = cand.actor1 if cand.cls.acled_sub_type != "Peaceful protest" else None
        label = "Protesters" if cand.cls.acled_type == "Protests" else "Rioters"
        cand.actor1 = {"name": _generic(label, country), "inter": 6 if label == "Protesters" else 5, "entity": None}


def _paragraph_actor(ctx: Context, cand: Candidate, country: str | None) -> None:
    """The one armed group the paragraph named before the trigger (هجوم نفذته انتحارية after "بوكو حرام")."""
    if cand.cls.acled_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return
    b0, _ = ctx.block(cand.start)
    groups: dict[str, Entity] = {}
    for a in ctx.actors_in(b0, cand.sentence[0]):
        if a.inter in (2, 3, 4) and ctx.actor_previous_word(a.start) not in _TARGET_WORDS:
            groups[a.actor_id or a.acled or ""] = a
    if len(groups) == 1:
        cand.actor1 = _actor_json(ctx, next(iter(groups.values())), country)
        cand.actor1["certainty"] = "inferred"


def _source_country(ctx: Context, cand: Candidate) -> str | None:
    """A country the clause names as where the attack came from (سقوط مقذوف عسكري من اليمن)."""
    for p in ctx.places_in(*cand.clause):
        if p.start > cand.start and _is_country(p) and ctx.previous_word(p.start) == "من":
            return str((p.geo or {}).get("country_iso3") or "") or None
    return None


def _generic(label: str, country: str | None) -> str:
    """ACLED's name for a generic actor of a country: ``Civilians (Syria)``; the bare label when none is known."""
    name = _COUNTRY_NAMES.get(country or "")
    return f"{label} ({name})" if name else label


def _default_actor(ctx: Context, cand: Candidate, country: str | None) -> None:
    doc = ctx.doc
    post = doc.post_at(cand.start)
    if post is not None and post.author:
        for a in ctx.actors_in(post.start, post.end):
            if doc.text[a.start : a.end].strip() in post.author or post.author.strip() in doc.text[a.start : a.end]:
                cand.actor1 = _actor_json(ctx, a, country)
                cand.actor1["certainty"] = "post author"
                if cand.status == "reported":
                    cand.status = "claimed"
                return
    if cand.cls.name in ("air_strike", "drone_strike") and country:
        date = (cand.date or {}).get("value") or ""
        for rule in event_lexicon().unnamed_air.get(country, []):
            if str(rule["from"]) <= date[:10] <= str(rule["to"]):
                ent = _actor_by_id(str(rule["actor"]))
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
    violent = cand.cls.acled_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    if violent and country and cand.cls.name not in ("air_strike", "drone_strike"):
        # ACLED's name for a perpetrator the reports do not identify (REFERENCE section 6: مسلحون مجهولون)
        cand.actor1 = {
            "name": _generic("Unidentified Armed Group", _source_country(ctx, cand) or country),
            "inter": 3,
            "entity": None,
            "certainty": "unnamed",
        }


def _actor_by_id(actor_id: str) -> dict[str, Any] | None:
    from rasd.resources import load_yaml

    for spec in load_yaml("ar/actors.yaml")["actors"]:
        if spec.get("id") == actor_id:
            return {
                "name": spec.get("acled") or spec.get("canonical"),
                "name_ar": spec.get("canonical_ar"),
                "inter": spec.get("inter"),
                "actor_id": actor_id,
            }
    return None


# ---------------------------------------------------------------------------------------------------- figures
def _figures(ctx: Context, cand: Candidate, shared_sentence: bool) -> None:
    """Step 5 (figures): killed, injured, displaced and arrested counts of the clause (or the sentence)."""
    s0, s1 = cand.sentence
    spans = list(cand.clauses) if shared_sentence else [*cand.clauses, (s0, s1)]
    for unit, target in (
        ("killed", cand.fatalities),
        ("injured", cand.injured),
        ("displaced", cand.displaced),
        ("arrested", cand.arrested),
    ):
        for a, b in spans:
            qs = [q for q in ctx.doc.quantities if a <= q.start < b and q.unit == unit and q.value is not None]
            if qs:
                q = qs[0]
                target.append((cand.start, {"value": int(q.value or 0), "approx": q.approx, "quantity": q.id}))
                break


# ---------------------------------------------------------------------------------------------------- merging
def _same_happening(a: Candidate, b: Candidate) -> bool:
    if a.cls.acled_sub_type is None or a.cls.acled_sub_type != b.cls.acled_sub_type:
        return a.cls.acled_sub_type is None and a.cls.name == b.cls.name and a.sentence == b.sentence
    if a.sentence == b.sentence and a.granularity == b.granularity:
        ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
        towns = a.place_precision == 1 and b.place_precision == 1 and ga.get("place_id") != gb.get("place_id")
        if not towns and (not ga or not gb or ga.get("admin1") == gb.get("admin1")):
            return True  # انفجار عبوة … وفجروها: one sentence, one sub-type, one area (two towns stay two)
    pa = _place_key(a.place)
    pb = _place_key(b.place)
    if pa is None or pb is None or pa != pb:
        return False
    if a.granularity != b.granularity:
        return False
    da, db = (a.date or {}), (b.date or {})
    if da.get("time_precision") == 1 and db.get("time_precision") == 1:
        return bool(da.get("value") == db.get("value"))
    return True


def _place_key(ent: Entity | None) -> str | None:
    """A place's identity for merging: its gazetteer id, else its country, admin1 and name."""
    if ent is None:
        return None
    geo = ent.geo or {}
    if geo.get("place_id"):
        return str(geo["place_id"])
    return f"{geo.get('country_iso3')}|{geo.get('admin1')}|{ent.canonical or ''}"


def _absorb(into: Candidate, other: Candidate) -> None:
    into.mentions.extend(other.mentions)
    if other.place is not None and (into.place is None or (other.place_precision or 3) < (into.place_precision or 3)):
        into.place, into.place_precision, into.place_from = other.place, other.place_precision, other.place_from
    if (other.date or {}).get("time_precision") == 1 and (into.date or {}).get("time_precision") != 1:
        into.date = other.date
    if into.actor1 is None or (into.actor1.get("certainty") and other.actor1 and not other.actor1.get("certainty")):
        into.actor1 = other.actor1 or into.actor1
    into.actor2 = into.actor2 or other.actor2
    into.fatalities.extend(other.fatalities)
    into.injured.extend(other.injured)
    into.displaced.extend(other.displaced)
    into.arrested.extend(other.arrested)
    into.cues |= other.cues
    if into.status == "reported" and other.status in ("claimed", "alleged"):
        into.status = other.status


def _merge_clause(cands: list[Candidate]) -> list[Candidate]:
    """Step 6a: the triggers of one clause that tell one thing become one event."""
    by_clause: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_clause.setdefault(c.clause, []).append(c)
    out: list[Candidate] = []
    for group in by_clause.values():
        strong = [c for c in group if not c.weak and not c.subordinate]
        if not strong:
            strong = [c for c in group if not c.subordinate] or group
        heads: list[Candidate] = []
        for c in sorted(strong, key=lambda c: (_RANK.get(c.cls.name, 99), c.start)):
            head = next((h for h in heads if _compatible(h, c)), None)
            if head is None:
                heads.append(c)
            else:
                head.mentions.extend(c.mentions)
                head.cues |= c.cues
        for c in group:
            if c in strong:
                continue
            fallback = None if c.cls.name == "arrest" else (heads[0] if heads else None)
            head = next((h for h in heads if _compatible(h, c)), fallback)
            if head is not None:
                head.mentions.extend(c.mentions)
            elif c.cls.name == "arrest":
                heads.append(c)  # أوقفت السلطات صحفيين بسبب تغطيتهم للاحتجاجات: an arrest of its own
        out.extend(heads)
    return sorted(out, key=lambda c: c.start)


def _merge_sentence(cands: list[Candidate]) -> list[Candidate]:
    """Step 6b: a weak or subordinate event of a sentence joins that sentence's main event (مجزرة … بعد غارات)."""
    out: list[Candidate] = []
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
        strong = [c for c in group if not c.weak and not c.subordinate and c.cls.acled_type is not None]
        for c in group:
            if c in strong or not strong or c.cls.acled_type is None:
                out.append(c)
                continue
            head = min(strong, key=lambda h: abs(h.start - c.start))
            head.mentions.extend(c.mentions)
            head.cues |= c.cues
            head.clauses.extend(cl for cl in c.clauses if cl not in head.clauses)
    return sorted(out, key=lambda c: c.start)


def _anchored(ctx: Context, c: Candidate) -> bool:
    """Whether a clause names an actor or a day of its own for a trigger told as a noun."""
    doc = ctx.doc
    if any(a.inter in (1, 2, 3, 4, 8) for cl in c.clauses for a in ctx.actors_in(*cl)):
        return True
    return any(x.type == "DATE" and any(a <= x.start < b for a, b in c.clauses) for x in doc.timexes)


def _fold_headline(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Step 6c: an event told only in the headline is the body's event of the same type when the body has one
    ("مقتل 16 في هجومين لبوكو حرام" over the two attacks the article then tells)."""
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is None:
        return cands
    out: list[Candidate] = []
    body = [c for c in cands if not all(title[0] <= m.start < title[1] for m in c.mentions)]
    for c in cands:
        if c in body:
            out.append(c)
            continue
        same = [b for b in body if b.cls.acled_sub_type == c.cls.acled_sub_type] or [
            b for b in body if b.cls.acled_type is not None and b.cls.acled_type == c.cls.acled_type
        ]
        if same:
            same[0].mentions.extend(c.mentions)
        else:
            out.append(c)
    return out


def _compatible(head: Candidate, other: Candidate) -> bool:
    """Whether ``other`` (lower in priority) tells the same thing as ``head`` in one clause."""
    if head.cls.name == other.cls.name or head.cls.acled_sub_type == other.cls.acled_sub_type:
        return True
    if other.cls.name == "arrest":
        return head.cls.name == "protest"  # arrests at a protest are its intervention; otherwise their own event
    if other.cls.refine or other.weak or other.subordinate:
        return head.cls.acled_type is not None or head.cls.name == other.cls.name
    if other.cls.name == "mobilization" and head.cls.acled_type in _VIOLENT:
        return True  # غارات على تعزيزات للحوثيين: the reinforcements are the target
    if head.cls.name in _ER and other.cls.name in _ER:
        return False  # قصف مدفعي وغارات جوية: two events
    return head.cls.name == "capture" and other.cls.name in ("attack", "clash")


# ---------------------------------------------------------------------------------------------------- output
def _event_json(ctx: Context, cand: Candidate, n: int) -> dict[str, Any]:
    doc = ctx.doc
    text = doc.text
    first = cand.mentions[0]
    sub = cand.cls.acled_sub_type
    etype = cand.cls.acled_type
    plover_type, plover_mode, cameo = cand.cls.plover_type, cand.cls.plover_mode, cand.cls.cameo
    if cand.cls.name in ("capture", "recapture"):
        inter = (cand.actor1 or {}).get("inter")
        gov = inter == 1 or (cand.cls.name == "recapture" and inter not in (2, 4))
        sub = "Government regains territory" if gov else "Non-state actor overtakes territory"
        etype = "Battles"
    if (
        sub == "Attack"
        and cand.cls.name not in ("execution", "assassination", "abduction")
        and cand.actor2 is None
        and (cand.actor1 or {}).get("inter") in (1, 2, 3, 8)
        and (ctx.has("armed_targets", *cand.clause))
    ):
        etype, sub = "Battles", "Armed clash"
    location = _location_json(ctx, cand.place, cand.place_precision or 3) if cand.place is not None else None
    country = (location or {}).get("country_iso3") or ctx.focus_country
    fatalities = _lowest(cand.fatalities)
    civilian = (cand.actor2 or {}).get("inter") == 7 and etype in (
        "Explosions/Remote violence",
        "Violence against civilians",
        "Battles",
    )
    disorder = None
    if etype is not None:
        disorder = {
            "Protests": "Demonstrations",
            "Riots": "Demonstrations",
            "Strategic developments": "Strategic developments",
        }.get(etype, "Political violence")
        if sub == "Excessive force against protesters":
            disorder = "Political violence; Demonstrations"
    interaction = None
    i1 = (cand.actor1 or {}).get("inter")
    i2 = (cand.actor2 or {}).get("inter")
    if isinstance(i1, int):
        interaction = int(f"{min(i1, i2)}{max(i1, i2)}") if isinstance(i2, int) else i1 * 10
    confidence = 0.45
    confidence += 0.15 if cand.place is not None and cand.place_from == "clause" else 0.05 if cand.place else 0
    confidence += 0.15 if cand.actor1 and not cand.actor1.get("certainty") else 0.05 if cand.actor1 else 0
    confidence += 0.1 if (cand.date or {}).get("timex") else 0
    confidence += 0.1 if fatalities else 0
    confidence -= 0.1 if cand.weak else 0
    out: dict[str, Any] = {
        "id": f"V{n}",
        "acled_event_type": etype,
        "acled_sub_event_type": sub,
        "disorder_type": disorder,
        "civilian_targeting": "Civilian targeting" if civilian else None,
        "plover_type": plover_type,
        "plover_mode": plover_mode,
        "cameo": cameo,
        "event_class": cand.cls.name,
        "status": cand.status,
        "granularity": cand.granularity,
        "trigger": {"text": text[first.start : first.end], "start": first.start, "end": first.end},
        "evidence": {"text": text[first.sent_start : first.sent_end], "start": first.sent_start, "end": first.sent_end},
        "mentions": [
            {
                "trigger": {"text": text[m.start : m.end], "start": m.start, "end": m.end},
                "evidence": {"text": text[m.sent_start : m.sent_end], "start": m.sent_start, "end": m.sent_end},
            }
            for m in cand.mentions
        ],
        "date": {
            k: v
            for k, v in (cand.date or {"value": None, "range": None, "time_precision": None, "timex": None}).items()
            if k != "aggregate"
        },
        "location": location,
        "country_iso3": country,
        "actor1": cand.actor1,
        "actor2": cand.actor2,
        "assoc_actors": cand.assoc,
        "interaction": interaction,
        "fatalities": fatalities,
        "injured": _lowest(cand.injured),
        "displaced": _lowest(cand.displaced),
        "arrested": _lowest(cand.arrested),
        "historical": _historical(doc, cand.date),
        "acled_row": bool(
            etype is not None
            and cand.granularity == "discrete"
            and cand.status in ("reported", "claimed", "alleged")
            and not _historical(doc, cand.date)
            and location is not None
            and len(str((cand.date or {}).get("value") or "")) != 4  # a year alone: background, not one happening
        ),
        "claims": [],
        "confidence": round(min(0.95, max(0.1, confidence)), 2),
    }
    return out


#: An event dated this many days or more before the article is background, not news (kept, not an ACLED row).
_HISTORICAL_DAYS = 60


def _historical(doc: Document, date: dict[str, Any] | None) -> bool:
    value = str((date or {}).get("value") or "")
    ref = doc.article.reference_date or doc.article.published
    if not value or not ref:
        return False
    try:
        day = dt.date.fromisoformat(
            value if len(value) == 10 else value[:7] + "-28" if len(value) == 7 else value + "-12-31"
        )
        return (dt.date.fromisoformat(ref) - day).days >= _HISTORICAL_DAYS
    except ValueError:
        return False


def _lowest(figures: list[tuple[int, dict[str, Any]]]) -> dict[str, Any] | None:
    """ACLED's rule: the lowest credible figure among the reports (vague words only when nothing else)."""
    if not figures:
        return None
    exact = [f for _, f in figures if f.get("approx") != "vague"]
    pool = exact or [f for _, f in figures]
    return dict(min(pool, key=lambda f: int(f["value"])))


# ---------------------------------------------------------------------------------------------------- claims
def _link_claims(doc: Document, events: list[dict[str, Any]]) -> None:
    """Step 7: events and the claims that tell them point at each other; the claim's kind sets the status."""
    if not doc.claims:
        return
    for ev in events:
        for claim in doc.claims:
            content = claim.get("content") or {}
            a, b = content.get("start"), content.get("end")
            if not isinstance(a, int) or not isinstance(b, int):
                continue
            if not any(a <= m["trigger"]["start"] < b for m in ev["mentions"]):
                continue
            ev["claims"].append(claim["id"])
            claim.setdefault("events", [])
            if ev["id"] not in claim["events"]:
                claim["events"].append(ev["id"])
            kind = claim.get("kind")
            if claim.get("polarity") == "deny" and ev["status"] == "reported":
                ev["status"] = "denied"
            elif kind in ("accuse", "allege") and ev["status"] == "reported":
                ev["status"] = "alleged"
            elif kind == "claim_responsibility" and ev["status"] == "reported":
                ev["status"] = "claimed"
            else:
                speaker = claim.get("speaker") or {}
                actor = ev.get("actor1") or {}
                if (
                    speaker.get("entity")
                    and speaker.get("entity") == actor.get("entity")
                    and ev["status"] == "reported"
                ):
                    ev["status"] = "claimed"
        ev["acled_row"] = bool(ev["acled_row"] and ev["status"] in ("reported", "claimed", "alleged"))


# ---------------------------------------------------------------------------------------------------- stage
def find_events(doc: Document) -> list[dict[str, Any]]:
    """Code the events of ``doc`` (its entities, timexes and quantities must be filled)."""
    ctx = build_context(doc)
    cands = _triggers(ctx)
    if not cands or _register_veto(ctx, len(cands)):
        return []
    for c in cands:
        _refine(ctx, c)
        _status(ctx, c)
    cands = _merge_sentence(_merge_clause(cands))
    taken = {cl for c in cands for cl in c.clauses}
    lead: Entity | None = None
    lead_read = False
    coded: list[Candidate] = []
    per_sentence: dict[tuple[int, int], int] = {}
    for c in cands:
        per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + 1
    for c in cands:
        groups = _place_candidates(ctx, c, taken)
        for group in groups:
            cc = c if len(groups) == 1 else _copy(c)
            if group:
                cc.place = group[0]
                cc.place_precision = _precision(ctx, group[0])
                own = any(a <= group[0].start < b for a, b in c.clauses)
                cc.place_from = "clause" if own else "sentence"
            elif cc.cls.name not in _NEEDS_PLACE:
                if not lead_read:
                    lead, lead_read = _lead_place(ctx), True
                if lead:
                    cc.place = lead
                    cc.place_precision = max(2, _precision(ctx, lead))
                    cc.place_from = "lead"
            if cc.cls.name in _NEEDS_PLACE and (cc.place is None or cc.place_from != "clause"):
                continue
            if cc.cls.name in ("capture", "recapture") and cc.tense == "present":
                continue  # تسيطر عليه: who holds a place, not a change of hands
            if cc.cls.name in ("capture", "recapture") and cc.tense == "noun" and not _anchored(ctx, cc):
                continue  # "تحرير عدن بشارة خير": a past capture named in passing, no actor or date of its own
            coded.append(cc)
    out: list[Candidate] = []
    for c in coded:
        c.date = _date(ctx, c)
        country = (c.place.geo or {}).get("country_iso3") if c.place is not None else ctx.focus_country
        _actors(ctx, c, country)
        _figures(ctx, c, per_sentence.get(c.sentence, 0) > 1)
        _granularity(ctx, c)
        named = c.actor1 is not None and c.actor1.get("certainty") not in ("unnamed", "uncertain")
        hands = ctx.has("perpetrators", *c.clause) or ctx.has("victims", *c.clause)
        if c.weak and c.place_from in ("lead", "none") and not named and not c.fatalities and not hands:
            continue  # "معارك": no place, no actor, no figure of its own
        local = c.place_from == "clause" and (c.place_precision or 3) <= 2
        state = named and (c.actor1 or {}).get("inter") == 1 and c.cls.name == "arrest"
        if (
            c.weak
            and not local
            and not c.fatalities
            and not c.injured
            and not c.arrested
            and not state
            and not ((named or hands) and (c.actor2 or hands))
        ):
            continue  # a weak word alone (استهداف، معارك) with nothing of its own
        if (
            c.cls.name == "killing"
            and not (c.fatalities or named or hands)
            and not (ctx.has("armed_targets", *c.clause))
        ):
            continue  # قتل ثعابين: a killing needs a human victim or a toll
        if c.cls.name == "displacement" and not c.displaced:
            continue
        out.append(c)
    # a killing told with no place of its own (a headline's "مقتل 8") is a summary of the article's other events
    if any(c.cls.name != "killing" and c.cls.acled_type for c in out):
        out = [c for c in out if not (c.cls.name == "killing" and c.place_from in ("lead", "none"))]
    merged: list[Candidate] = []
    for c in out:
        head = next((h for h in merged if _same_happening(h, c)), None)
        if head is None:
            merged.append(c)
        else:
            _absorb(head, c)
    merged = _fold_headline(ctx, merged)
    events = [_event_json(ctx, c, i) for i, c in enumerate(merged, 1)]
    _link_claims(doc, events)
    return events


def _granularity(ctx: Context, c: Candidate) -> None:
    c0, c1 = c.clause
    toll = ctx.has("aggregate_cues", c0, c1) and _strong_aggregate(ctx, c)
    mass = c.cls.name == "displacement" and any(f.get("value", 0) >= 1000 for _, f in c.displaced)
    if (c.date or {}).get("aggregate") or toll or mass:
        c.granularity = "aggregate"
    elif (
        (c.tense == "present" or ctx.has("ongoing_cues", c0, c1))
        and not (c.date or {}).get("timex")
        and not (_in_title(ctx, c.start))
    ):
        c.granularity = "ongoing"


def _strong_aggregate(ctx: Context, c: Candidate) -> bool:
    text = ctx.doc.text[c.clause[0] : c.clause[1]]
    return bool(
        re.search(
            r"منذ (?:بد|بداي|مطلع|انطلاق|ذلك الحين|سنوات|أشهر|عام|سنة|اندلاع)"
            r"|خلال (?:الأسبوع|الشهر|الأشهر|العام|السنوات)|إجمالي|حتى الآن",
            text,
        )
    )


def _in_title(ctx: Context, offset: int) -> bool:
    return any(str(b.kind) == "title" and b.start <= offset < b.end for b in ctx.doc.blocks)


def _copy(c: Candidate) -> Candidate:
    return Candidate(
        cls=c.cls,
        start=c.start,
        end=c.end,
        tense=c.tense,
        weak=c.weak,
        subordinate=c.subordinate,
        clause=c.clause,
        sentence=c.sentence,
        clauses=list(c.clauses),
        status=c.status,
        mentions=list(c.mentions),
        cues=set(c.cues),
        in_post=c.in_post,
        purpose=c.purpose,
    )


@stage(
    "events",
    requires=("text", "sentences", "entities", "timexes", "quantities"),
    provides=("events",),
    order=70,
)
def events_stage(doc: Document, settings: Settings) -> None:
    """Fill ``doc.events`` (see the module docstring)."""
    doc.events = find_events(doc)
