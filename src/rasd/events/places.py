"""Step 5 (place): the town or area the text ties to an event, one event per town of a list, and the
location object with ACLED's ``geo_precision``."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from rasd.document import Entity
from rasd.events.border_places import across_border
from rasd.events.coding.background import TRIGGER_STARTS
from rasd.events.coding.classes import NEEDS_PLACE
from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.model import Candidate, copy_candidate
from rasd.events.place_filters import (
    _OFFICE as _OFFICE,  # re-exported: tests read it here
)
from rasd.events.place_filters import (
    capital_voice,
    command_place,
    dual_places,
    is_dateline,
    landmark_abroad,
    office_seat,
    places_before,
    reference_point,
    source_seat,
)
from rasd.events.place_filters import (
    clause_places as clause_places,  # re-exported: merge and the events stage import it from here
)
from rasd.events.place_filters import (
    is_country as is_country,  # re-exported: the actors read it here
)
from rasd.events.place_roles import across_item_break, acted_spot, acted_unlisted, held_place, trigger_locative
from rasd.events.unlisted_places import (
    NAMED_SITE,
    division_of_country,
    kind_abroad,
    known_site,
    own_division,
    quoted_in,
    site_place,
    unlisted_entity,
    unlisted_in,
)
from rasd.geo.gazetteer import Gazetteer, Place, load_gazetteer
from rasd.geo.recognize import find_places
from rasd.geo.recognize.words import (
    AREA_ANAPHOR_TIMES,
    AREA_ANAPHORS,
    DESCRIBING_PARTICIPLES,
    EXTENT_WORDS,
    LIST_PART_WORDS,
    ROAD_LINK_WORDS,
    SITE_ANAPHOR_NEAR,
    SITE_ANAPHOR_NOT_AFTER,
    SITE_KINDS_ALT,
    SITE_REFERENCE_WORDS,
    WHERE_WORDS,
)
from rasd.geo.resolve import fallback_geo
from rasd.resources import load_yaml
from rasd.resources.cues import CueFile
from rasd.resources.cues import arg_cue_alt as cue_alt
from rasd.resources.cues import arg_cue_words as cue_words
from rasd.text.normalize import normalize, normalize_word

_APART = CueFile("ar/event_apart_cues.yaml")


# ---------------------------------------------------------------------------------------------------- places
def place_precision(ctx: Context, ent: Entity) -> int:
    if reference_point(ctx, ent):
        return max(2, _own_precision(ctx, ent))  # "على بعد 10 كيلومترات من كوباني": near the place, not in it
    return _own_precision(ctx, ent)


#: Words of nearness or a side before a town (قرب، ضواحي، شرقي، ريف): near the town, precision 2.
_NEARNESS = cue_words("nearness_words")


def _own_precision(ctx: Context, ent: Entity) -> int:
    geo = ent.geo or {}
    prec = int(geo.get("geo_precision") or 3)
    feature = str(geo.get("feature") or "")
    if feature.startswith("PPL") and geo.get("lat") is not None and not geo.get("unresolved"):
        prec = 1
    prev = ctx.previous_word(ent.start)
    if prec == 1 and (prev in _NEARNESS or geo.get("paragraph")):
        prec = 2  # near the town; or (round 18) the scene a paragraph opened with, borrowed by a later sentence
    return prec


def _listed_town(ent: Entity) -> bool:
    """Round 12 (helper eb3): a town the gazetteer holds with its point, told near it or by a side of it (قرب
    الموصل، شرقي حلب): an item of a list of towns like a town told bare (خمس غارات قرب الموصل وثلاث قرب الرمادي)."""
    geo = ent.geo or {}
    return str(geo.get("feature") or "").startswith("PPL") and geo.get("lat") is not None and not geo.get("unresolved")


#: Round 41 (helper ev12): the kinds of a named area below a province that may be an item of a list of scenes
#: (معارك في ريف جسر الشغور بمحافظة إدلب، وسهل الغاب في ريف حماة): a plain, a valley, a region or a mountain.
_LIST_AREA_FEATURES = frozenset({"PLN", "VAL", "REGION", "RGN", "AREA", "MT", "MTS"})


#: What an area that is a later item of a list follows: the conjunction و or a comma (وسهل الغاب، وجنوب لحج); an area
#: right after a place (عمران شمال العاصمة صنعاء) tells where that place lies, and one after a preposition (قصفت في
#: ريف حلب قريتي نبل والزهراء) may be the setting of the list that follows.
_AREA_ITEM_BEFORE = re.compile(r"(?:(?<![\u0621-\u064A])و|[،,]\s*)$")
#: ... or an area that opens a list after its preposition (في ريف جسر الشغور الجنوبي الشرقي بمحافظة إدلب وسهل الغاب):
#: a word of its side at most, and its province told by its kind, before the و of the next item.
_AREA_HEAD_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:و?في|و?على)\s+$")
_AREA_HEAD_AFTER = re.compile(
    r"(?:\s+(?:ال)?(?:" + cue_alt("area_side_words") + r"))*"
    r"(?:\s+(?:ب|في\s+)(?:" + cue_alt("area_seat_kinds") + r")\s*[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)?"
    r"\s*[،,]?\s+و[\u0621-\u064A]"
)


def _listed_area(ctx: Context, ent: Entity) -> bool:
    """Round 41 (helper ev12): an area the gazetteer holds with its point, below a province (سهل الغاب، جنوب لحج),
    joined to a list by و or a comma, or opening one after its preposition: an item of a list of scenes as a town is
    (معارك في ريف جسر الشغور بمحافظة إدلب، وسهل الغاب في ريف حماة: two scenes, two events)."""
    geo = ent.geo or {}
    if geo.get("feature") not in _LIST_AREA_FEATURES or geo.get("lat") is None or geo.get("unresolved"):
        return False
    text = ctx.doc.text
    if _AREA_ITEM_BEFORE.search(text, max(0, ent.start - 8), ent.start) is not None:
        return True
    return (
        _AREA_HEAD_BEFORE.search(text, max(0, ent.start - 8), ent.start) is not None
        and _AREA_HEAD_AFTER.match(text, ent.end, min(len(text), ent.end + 80)) is not None
    )


#: Classes whose scene may be where talks or a meeting sit (an agreement signed in Skhirat, a visit, a meeting).
_AT_VENUE = frozenset({"agreement", "ceasefire", "meeting", "visit", "phone_call"})


#: What joins the towns of a list (و، a comma); a dash or "بين … و" joins the ends of a road or a front.
_LIST_GAP = re.compile(r"^[^-–—]*(?:[،,]|\sو)")
#: Words before a place inside an actor's name that make the place the actor's seat (المقاومة الشعبية في عدن).
_IN = frozenset(cue_words("seat_words"))
#: Words before a place that make it where people went, not where the event happened.
_DESTINATION = frozenset(cue_words("destination_words"))
#: Classes whose place may be a destination (a deployment to the front, a flight to safety, a town entered).
_MOVEMENT = frozenset({"mobilization", "displacement", "withdrawal", "capture", "recapture"})


#: Words of a place's kind that may stand between a preposition and the name (إلى محافظة تعز), normalized.
_KIND_WORDS = frozenset(cue_words("place_kind_words"))


#: A verb of visiting right before a place (وزيرة خارجية كرواتيا التي تزور القاهرة، الوفد الذي زار بغداد): where a
#: guest is, not where what the sentence reports happened (a visit's own place is kept: ``_AT_VENUE``). The noun
#: (في زيارة إلى عدن بعد أن أحكمت القوات سيطرتها عليها) may name the place the next clause is about: not listed.
_VISIT = re.compile(r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("visit_verbs") + r")\s*$")


def visited(ctx: Context, p: Entity) -> bool:
    """Whether a place is one a guest visits (وزيرة خارجية كرواتيا التي تزور القاهرة)."""
    j = ctx.word_start(p.start)
    return bool(_VISIT.search(ctx.doc.text, max(0, j - 30), j))


def is_destination(ctx: Context, p: Entity) -> bool:
    """Whether a place is where people went (إلى تعز، متجهة إلى محافظة تعز), not where the event happened."""
    prev = ctx.previous_word(p.start)
    if prev in _KIND_WORDS:
        text = ctx.doc.text
        j = p.start
        while j > 0 and not text[j - 1].isalpha():
            j -= 1
        while j > 0 and text[j - 1].isalpha():
            j -= 1  # the start of the kind word
        prev = ctx.previous_word(j)
    return prev in _DESTINATION


def is_province(ent: Entity) -> bool:
    """Whether a place is a province (a first-level division: محافظة تعز، ولاية يوبي), not a town."""
    return str((ent.geo or {}).get("feature") or "").startswith("ADM1")


#: A province dual before two names (اشتباكات في محافظتي تعز ولحج، غارات على مواقع في ولايتي بورنو ويوبي), normalized.
_PROVINCE_DUAL = frozenset(w + d for w in ("", "و", "ب", "وب", "ل") for d in cue_words("province_duals"))


#: Round 26 (helper geo11): "بين" before the first of two places, a dual of their kind between (بين محافظتي لحج وعدن،
#: بين مدينتي مارع وجرابلس): one place between the two, not a list.
_BETWEEN = re.compile(
    r"(?<![\u0621-\u064A])و?بين\s+(?:(?:"
    + "|".join(sorted({normalize(w) for w in (*cue_words("province_duals"), *cue_words("dual_heads"))}))
    + r"|منطقتي|مديريتي)\s+)?$"
)


def between(ctx: Context, p: Entity) -> bool:
    """Whether a place is the first of the two that something lies between (بين الرمادي والفلوجة، بين محافظتي لحج
    وعدن): the gap before it, normalized, ends with بين and at most a dual of the places' kind."""
    j = ctx.word_start(p.start)
    return bool(_BETWEEN.search(normalize(ctx.doc.text[max(0, j - 30) : j])))


#: (Round 36, helper lp2) The plural of a province's kind right before a list of province names (المعارك في محافظات
#: الضالع وأبين وشبوة، تظاهرات في ولايات …), normalized, with a fused و / ب / ل (event_apart_cues province_plurals).
_PROVINCE_PLURAL = frozenset(w + d for w in ("", "و", "ب", "وب", "ل") for d in _APART.normalized("province_plurals"))
#: The preposition before such a plural (في محافظات …، على محافظات …), normalized.
_PLURAL_OPENERS = _APART.normalized("province_plural_openers")
#: What joins two names of such a list: و, a comma, or both.
_PLURAL_GAP = frozenset({"و", "،", ",", "، و", ", و", "،و", ",و"})


def _kind_opened(ctx: Context, name: int) -> bool:
    """Whether the word before the kind word that stands before the name at ``name`` is a preposition of place
    (event_apart_cues province_plural_openers: في، على)."""
    text = ctx.doc.text
    words = _A_WORD.findall(text[max(0, ctx.word_start(name) - 40) : ctx.word_start(name)])
    return len(words) >= 2 and normalize(words[-2]) in _PLURAL_OPENERS


def _plural_listed(ctx: Context, after: list[Entity], k: int) -> bool:
    """(Round 36, helper lp2) Whether ``after[k]`` is a province of a list told right after a province's plural
    (في محافظات الضالع وأبين وشبوة وتعز ومأرب): every name back to the first a province, each joined to the one
    before by و or a comma alone, the first right after the plural and no end of what lies "between" them."""
    text = ctx.doc.text
    j = k
    while is_province(after[j]):
        kind = ctx.previous_word(after[j].start)
        if kind in _PROVINCE_PLURAL:
            # في محافظات، بمحافظات: where it happened; not "من محافظات …" (where fighters came from), "بين محافظات …"
            return (kind[:1] == "ب" or kind[:2] == "وب" or _kind_opened(ctx, after[j].start)) and not between(
                ctx, after[j]
            )
        if j == 0 or text[after[j - 1].end : after[j].start].strip() not in _PLURAL_GAP:
            return False
        j -= 1
    return False


def province_pair(ctx: Context, p: Entity, after: list[Entity]) -> bool:
    """Whether a province is one of the two a province dual names (في محافظتي تعز ولحج): each its own event (round
    10). A bare list of province names (في دير الزور والحسكة والرقة) is left as one event: such lists sum up days or
    a campaign as often as they tell one day's fighting. Round 36 (helper lp2): a list told right after a province's
    plural (المعارك في محافظات الضالع وأبين وشبوة وتعز ومأرب) names its provinces as a dual names its two — the released
    gold codes one row per province there (tune40), and a campaign's sum is read as such by the granularity step."""
    if not is_province(p):
        return False
    if ctx.previous_word(p.start) in _PROVINCE_DUAL:
        return not between(ctx, p)  # round 26: "المنطقة الخضراء الواقعة بين محافظتي لحج وعدن": one place
    k = next((i for i, q in enumerate(after) if q is p), 0)
    if k < len(after) and after[k] is p and _plural_listed(ctx, after, k):
        return True
    if k == 0:
        return False
    first = after[k - 1]
    gap = ctx.doc.text[first.end : p.start].strip()
    return (
        is_province(first)
        and ctx.previous_word(first.start) in _PROVINCE_DUAL
        and gap == "و"
        and not between(ctx, first)
    )


#: (Round 34, helper sl1) The dual of a province's or a district's kind (في محافظتي لحج وأبين، في مديريتي رازح
#: وكتاف), normalized: province_duals and district_duals.
_FRONTED_DUALS = frozenset(normalize(w) for w in (*cue_words("province_duals"), *cue_words("district_duals")))
#: The cue of a candidate whose places are a fronted dual's two (the events stage counts them as its clause's own).
FRONTED_DUAL = "fronted_dual"
#: The words that may open a clause before a fronted dual (وفي محافظتي …، أما في مديريتي …): fronted_dual_openers.
_FRONT_OPENERS = frozenset(normalize(w) for w in cue_words("fronted_dual_openers"))


def _fronted(text: str, s0: int, name: int) -> bool:
    """Whether the word before the name at ``name`` is a province's or a district's dual that opens its sentence or
    a clause (after a comma or a colon), with في or أما before it or ب fused to it."""
    head = text[s0:name]
    cut = max(head.rfind(x) for x in "،,:؛")
    words = [normalize_word(w) for w in _A_WORD.findall(head[cut + 1 :])]
    if not words:
        return False
    dual, before = words[-1], words[:-1]
    if dual in _FRONTED_DUALS:
        return bool(before) and before[-1] in _FRONT_OPENERS and all(w in _FRONT_OPENERS for w in before)
    bare = dual[2:] if dual[:2] == "وب" else dual[1:] if dual[:1] == "ب" else ""
    return bare in _FRONTED_DUALS and all(w in _FRONT_OPENERS for w in before)


def fronted_dual(ctx: Context, cand: Candidate, groups: list[list[Entity]]) -> list[list[Entity]]:
    """(Round 34, helper sl1) The two places of a province's or a district's dual told before the trigger, at the head
    of its sentence or clause (وفي محافظتي لحج وأبين، قتل 9 من الحوثيين … خلال 24 ساعة من الاشتباكات؛ وفي مديريتي
    رازح وكتاف، شنت طائرات التحالف غارات): each its own event, as a dual after the trigger is (:func:`province_pair`,
    ``listed_items``), when the one place read is one of the two, or no place was read (a weak word's). Not the two
    ends of what lies between (بين محافظتي), not a source's seat (مصادر في محافظتي …), and both names known to the
    gazetteer; else ``groups``."""
    if len(groups) != 1 or len(groups[0]) > 1 or cand.cls.acled_type is None:
        return groups
    p = groups[0][0] if groups[0] else None  # (no place read: a weak word's, وفي محافظتي X وY، قتل … في مواجهات)
    s0 = cand.sentence[0]
    if p is not None and not s0 <= p.start < cand.start:
        return groups
    text = ctx.doc.text
    known = sorted(
        (
            q
            for q in ctx.places_in(s0, cand.start)
            if q.end <= cand.start and (q.geo or {}).get("admin1") and not (q.geo or {}).get("unresolved")
        ),
        key=lambda q: q.start,
    )
    for a, b in itertools.pairwise(known):
        if text[a.end : b.start].strip() != "و":
            continue
        if p is not None and (p.start, p.end) not in ((a.start, a.end), (b.start, b.end)):
            continue
        if not _fronted(text, s0, ctx.word_start(a.start)):
            continue
        if between(ctx, a) or source_seat(ctx, a) or is_country(a) or is_country(b):
            continue
        if is_province(a) != is_province(b):
            continue  # a province's dual names two provinces, a district's two districts
        cand.cues.add(FRONTED_DUAL)
        if p is None:
            return [[a], [b]]
        return [[p if (p.start, p.end) == (a.start, a.end) else a], [p if (p.start, p.end) == (b.start, b.end) else b]]
    return groups


def near_list_item(ctx: Context, p: Entity, after: list[Entity]) -> bool:
    """Round 12b: a province named with a bare و after a town told near it or by a side of it (أهداف قرب حلب والرقة
    ودير الزور، غارات شمالي حماة وإدلب) is one more item of that list, the area near it, not a list of provinces
    summing up a campaign: the word of nearness governs every item. Each item after the first joined by و alone."""
    if not is_province(p):
        return False
    ordered = sorted(after, key=lambda e: e.start)
    k = next((i for i, e in enumerate(ordered) if e is p), None)
    text = ctx.doc.text
    while k is not None and k > 0:
        q = ordered[k - 1]
        if text[q.end : ordered[k].start].strip() != "و":
            return False
        if not is_province(q):
            return _own_precision(ctx, q) == 2 and _listed_town(q) and not reference_point(ctx, q)
        k -= 1
    return False


#: Round 16b (helper vl): words of nearness that govern a whole list of places (غارات قرب حلب والرقة ودير الزور،
#: تركزت حول الحسكة وحلب وكوباني، بالقرب من حلب والحسكة): lists.near_list_words, normalized.
_NEAR_LIST = frozenset(normalize(w) for w in cue_words("near_list_words"))
#: What parts two items of such a list: و, a comma, or a comma and و (nothing else).
_A_WORD = re.compile(r"[\u0621-\u064A]+")
_NEAR_GAP = re.compile(r"^\s*(?:[،,]\s*)?و?\s*$")


def near_list(ctx: Context, places: list[Entity]) -> list[Entity]:
    """Round 16b (helper vl; one trigger over several places, 3 files: tune10, tune17, rowjudge3): the items of a
    list of places after a word of nearness (قرب، بالقرب من، حول، بمحيط) that mixes a town and a province named as
    its capital (ضربات جوية قرب حلب والرقة ودير الزور، تركزت حول الحسكة وحلب وكوباني): the word of nearness governs
    every item, so each is the area near that city, its own event (ACLED's rule: one row a place), the province
    included. A bare list of provinces (في دير الزور والحسكة والرقة) stays one event (round 10: such lists sum up a
    campaign), and so does a list with no word of nearness before it, a list between two places (بين X و Y) and
    a town with its own province (list_places)."""
    text = ctx.doc.text
    ordered = sorted(places, key=lambda e: e.start)
    for k, first in enumerate(ordered):
        before = [normalize_word(w) for w in _A_WORD.findall(text[max(0, first.start - 30) : first.start])]
        prev = before[-2] if len(before) >= 2 and before[-1] == "من" else (before[-1] if before else "")
        if prev not in _NEAR_LIST or is_country(first):
            continue
        run = [first]
        for q in ordered[k + 1 :]:
            gap = text[run[-1].end : q.start]
            if not gap.strip() or not _NEAR_GAP.match(gap) or is_country(q):
                break
            run.append(q)
        towns = [p for p in run if not is_province(p) and _listed_town(p) and _own_precision(ctx, p) <= 2]
        if len(run) >= 2 and towns and any(is_province(p) for p in run):
            return run
    return []


#: ACLED's violent event types (as coding.VIOLENT): a list of unlisted places alone splits only these.
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: The gap between two items of one list of named places: و, a comma, or both, and the next item's kind word
#: (قريتي X وY، مديرية X، ومنطقة Y).
_ITEM_GAP = re.compile(r"^\s*(?:[،,]\s*)?(?:و\s*)?(?:(?:" + cue_alt("list_item_kinds") + r")\s+)?$")


def unlisted_beside_town(ctx: Context, p: Entity, after: list[Entity], violent: bool = True) -> bool:
    """Round 11c: a place the gazetteer lacks (read with its area: قريتي محمبل وجوزف بجبل الزاوية، في محافظة صعدة:
    مديرية حيدان، ومنطقة مران) that is an item of a list of places of its province, next to one the gazetteer holds
    or to another such item, is an item like the town, so each gets its own event rather than the known town (or
    the province) alone; an unlisted place told alone keeps its own ranking. A list of unlisted names only
    (بلدتي اللطامنة والصياد بريف حماة) splits a strike or a fight, not a development (أبطلت مفعول عبوات … في مناطق
    الجورة والجرادات: one defusing)."""
    if not (p.geo or {}).get("unresolved"):
        return False
    text = ctx.doc.text
    ordered = sorted(after, key=lambda e: e.start)
    k = next((i for i, e in enumerate(ordered) if e is p), None)
    if k is None:
        return False
    run = [p]
    for step in (-1, 1):
        i = k
        while 0 <= i + step < len(ordered):
            a, b = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
            q = ordered[i + step]
            if (q.geo or {}).get("admin1") != (p.geo or {}).get("admin1") or is_province(q):
                break
            if not _ITEM_GAP.match(text[a.end : b.start]) or not text[a.end : b.start].strip():
                break
            run.append(q)
            i += step
    if len(run) < 2 or not all((q.geo or {}).get("unresolved") or _own_precision(ctx, q) == 1 for q in run):
        return False
    return violent or any(not (q.geo or {}).get("unresolved") for q in run)


#: A province named at the head of a list, then its colon and the first item's kind word (في محافظة صعدة: مديرية).
_HEAD_GAP = re.compile(r"^\s*:\s*(?:(?:" + cue_alt("list_item_kinds") + "|" + cue_alt("list_item_plurals") + r")\s+)?$")


def head_list(ctx: Context, cand: Candidate, places: list[Entity]) -> list[Entity]:
    """Round 11c: the items of a list whose province is the trigger clause's last place, named at the list's head
    with a colon (شنت الطائرات غارات في محافظة صعدة: مديرية حيدان، ومنطقة مران، وقرية الملاحيظ): the places after
    the colon in that province, each parted from the last by a comma or و and its kind word, one event each."""
    heads = [p for p in places if is_province(p) and p.start >= cand.end]
    if not heads:
        return []
    head = max(heads, key=lambda p: p.start)
    text = ctx.doc.text
    colon = text.find(":", head.end, head.end + 3)
    if colon < 0 or text[head.end : colon].strip():
        return []
    hg = (head.geo or {}).get("admin1")
    out: list[Entity] = []
    last = head.end
    for q in ctx.places_in(colon, cand.sentence[1]):
        gap = text[last : q.start]
        if (q.geo or {}).get("admin1") != hg or is_province(q):
            break
        if not (_HEAD_GAP.match(gap) if not out else (gap.strip() and _ITEM_GAP.match(gap))):
            break
        out.append(q)
        last = q.end
    return out


def list_places(items: list[Entity]) -> list[Entity]:
    """The places of a list that are each a scene (round 10): a province holding another item of the list (زنجبار،
    عاصمة محافظة أبين; في محافظة أبين: زنجبار وجعار) is where that item lies, not a place of its own; the first
    item of a province stays when two provinces of one name are told."""
    out: list[Entity] = []
    for p in items:
        g = p.geo or {}
        if is_province(p) and any(
            q is not p
            and (q.geo or {}).get("admin1") == g.get("admin1")
            and (q.geo or {}).get("country_iso3") == g.get("country_iso3")
            and (not is_province(q) or q in out)
            for q in items
        ):
            continue
        out.append(p)
    return out


#: Round 26 (helper geo11): what parts two items of a list of places told before the event's word: و (after a comma
#: or not) and at most one word of a part or kind of a place (في لحج وتخوم عدن، في سهل الغاب وريف جسر الشغور).
_HEAD_ITEM_GAP = re.compile(r"^\s*(?:[،,]\s*)?و\s*(?:([\u0621-\u064A]+)\s+)?$")


def list_head(ctx: Context, cand: Candidate, places: list[Entity], best: Entity) -> Entity | None:
    """Round 26 (helper geo11): the first item of a list of places that ends with the event's chosen place, when the
    list is told before the event's word (ما يدور حاليا في لحج وتخوم عدن معارك كر وفر؛ مقتل 9 مقاتلين من المعارضة في
    سهل الغاب وريف جسر الشغور، وسط قصف مكثف للطيران الحربي): the row is placed at the first place named, as the
    coders place it (the nearest item, the last, was taken before). Not the ends of what lies between two places
    (بين الرمادي والفلوجة), nor a country."""
    if best.end > cand.start or is_country(best):
        return None
    text = ctx.doc.text
    head = best
    while True:
        before = [q for q in places if q.end <= head.start and q is not head]
        if not before:
            break
        q = max(before, key=lambda e: e.end)
        m = _HEAD_ITEM_GAP.match(text[q.end : head.start])
        if m is None or (m.group(1) and normalize(m.group(1)) not in LIST_PART_WORDS) or is_country(q):
            break
        head = q
    if head is best or between(ctx, head):
        return None
    return head


#: A village or town told by its kind with a name after it (قرية عيشة، في قريتي معرستي وماير، ببلدة …).
_TOWN_BY_KIND = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:" + cue_alt("town_kind_nouns") + r")\s+"
        r"([\u0621-\u064A]{3,})(?![\u0621-\u064A])"
    )
)


#: Words after قرية or بلدة that are no name (a place's setting, a relative, an adjective), normalized.
_NOT_A_NAME = frozenset(normalize(w) for w in cue_words("not_a_name"))


def mark_unlisted_towns(ctx: Context, cand: Candidate) -> None:
    """Round 10: the names of villages or towns the trigger's clause tells by their kind after the trigger and the
    gazetteer lacks (قصفت قوات النظام مناطق في قريتي معرستي وماير بريف حلب), kept as cues (``town:NAME``): the
    event has towns of its own even when it is placed only in its province or countryside, so it is no retelling of
    a strike on another town of that province (:func:`rasd.events.merge.retold`)."""
    text = ctx.doc.text
    for m in _TOWN_BY_KIND.finditer(text, cand.end, cand.clause[1]):
        if ctx.places_in(m.start(1), m.end(1)) or normalize(m.group(1)) in _NOT_A_NAME:
            continue  # a name the gazetteer has (placed as it is), or no name (قرية بريف حلب، بلدة قرب)
        cand.cues.add("town:" + m.group(1))


def place_candidates(ctx: Context, cand: Candidate, taken: set[tuple[int, int]]) -> list[list[Entity]]:
    """Step 5 (place): the town(s) or area the text ties to this trigger; several towns in a list split it.
    Round 11: a town read as a homonym of another province is taken as a place of the province the text names
    (:func:`homonym_elsewhere`); a country alone gives way to the province a local group is named after
    (:func:`seat_for_country`)."""
    groups = fronted_dual(ctx, cand, _place_candidates(ctx, cand, taken))
    out = []
    quarter: tuple[Entity, Entity] | None = None  # (a quarter read abroad, its town): the list after it goes too
    for group in groups:
        if len(group) == 1:
            p = group[0]
            if quarter is not None and _listed_after(ctx, quarter[0], p):
                out.append([quarter[1]])  # أحياء حيدان وآل المؤنس والنسيم: the list's unlisted quarters, the town's
                continue
            town = quarter_elsewhere(ctx, p)
            if town is not None:
                quarter = (p, town)
                out.append([town])
                continue
            other = homonym_elsewhere(ctx, p) or landmark_homonym(ctx, p)
            if other is not None:
                cand.cues.add("town:" + ctx.doc.text[p.start : p.end])  # a town of its own, as mark_unlisted_towns
            group = [seat_for_country(ctx, cand, p, taken) or other or p]
            g = group[0].geo or {}
            if g.get("country_iso3") and not g.get("admin1"):
                # round 21 (helper geo5): a row placed only in a country abroad whose divisions the gazetteer lacks
                # (or a part of it) takes the division its own sentence names by kind (في سوق … عاصمة ولاية يوبي)
                group = [division_of_country(ctx, cand, g.get("country_iso3"), own_only=True) or group[0]]
            group = [own_division(group[0]) or group[0]]  # round 22 (geo6): ولاية لوغار جنوب كابول is Logar
            # round 25 (helper geo9): a shell or a strike across a border lands in the province facing the border
            # town (قصفت دبابات تركية مواقع في سوريا … مقتل جندي تركي في كيليس: Aleppo, not Kilis or Syria alone)
            group = [across_border(ctx, cand, group[0]) or group[0]]
            if len(groups) > 1 and (p.geo or {}).get("unresolved"):
                cand.cues.add("town:" + ctx.doc.text[p.start : p.end])  # an unlisted item of a list (round 11c)
        out.append(group)
    return out


#: Round 12: what may stand between a place and the part of its country written after it (مأرب شرق اليمن).
_APPOSITION = re.compile(r"^\s*[،,]?\s*$")


def seat_for_country(ctx: Context, cand: Candidate, p: Entity, taken: set[tuple[int, int]]) -> Entity | None:
    """When the place read is only a country or a part of it, a province or town of that country the trigger's
    sentence names before it, in no other event's clause (ألقت المقاومة في محافظة الضالع وسط اليمن القبض على …: the
    country says where al-Dhale is): the nearest such place. A country alone stays a country (no province is
    guessed). Round 12: a part of a country written right after a place of that country (في مأرب شرق اليمن، بعدن،
    جنوب اليمن) is that place's apposition, wherever it stands (in a local group's name too): that place."""
    g = p.geo or {}
    if not (is_country(p) or (g.get("feature") == "REGION" and not g.get("admin1"))):
        return None  # (a country or a part of one: جنوب اليمن، شمال أفغانستان)
    country = g.get("country_iso3")
    s0, _ = cand.sentence
    text = ctx.doc.text
    told = [
        q
        for q in ctx.places_in(s0, p.start)
        if q.end <= p.start
        and _APPOSITION.match(text[q.end : p.start])
        and not is_country(q)
        and (q.geo or {}).get("admin1")
        and (q.geo or {}).get("country_iso3") == country
        and not is_destination(ctx, q)  # "تعزيزات متجهة إلى محافظة تعز، جنوب غربي اليمن": not where they were hit
        and not reference_point(ctx, q)
    ]
    if g.get("feature") == "REGION":
        told += [
            seat
            for actor in ctx.actors_in(s0, p.start)
            if actor.end <= p.start and _APPOSITION.match(text[actor.end : p.start])
            for seat in [seat_in_name(ctx, actor)]
            if seat is not None and seat.end == actor.end and (seat.geo or {}).get("country_iso3") == country
        ]
    if told and g.get("feature") == "REGION":
        return told[-1]  # "المقاومة الشعبية في مأرب شرق اليمن": the part of the country says where Marib is (round 12)
    found = [
        q
        for q in clause_places(ctx, s0, cand.start)
        if not is_country(q)
        and (q.geo or {}).get("admin1")
        and (q.geo or {}).get("country_iso3") == country
        and not any(a <= q.start < b for a, b in taken if (a, b) not in cand.clauses)
        and not is_destination(ctx, q)
        and not reference_point(ctx, q)
    ]
    return found[-1] if found else None


#: Gazetteer features of a town that may be a homonym of an unlisted place (not a seat or a capital).
_HOMONYM_FEATURES = frozenset({"PPL"})
#: Kind words of a village or a small area before its name, normalized (بلدة العين، منطقة العين، قرية …).
_TOWN_KINDS = frozenset(w + k for w in ("", "و", "ب", "وب", "ل") for k in cue_words("village_kinds"))


def homonym_elsewhere(ctx: Context, ent: Entity) -> Entity | None:
    """A village told by its kind (بلدة، قرية، منطقة) whose name the gazetteer gives to several places and reads in
    province X, when the nearest place of its sentence is a town of another province Y that the article names
    elsewhere too, and the article names no other place of X (اشتباكات في مدينة لودر عقب … تحرير بلدة العين, in an
    article on Lawdar; the gazetteer's العين is a village of Taizz): a place of Y the gazetteer lacks. It keeps its name
    as written and Y's admin1, ``unresolved`` and with no point (the gazetteer has none for it; the province's seat
    would be an invented one); its precision stays 1, the text naming the town itself."""
    g = ent.geo or {}
    if g.get("feature") not in _HOMONYM_FEATURES or g.get("unresolved") or _own_precision(ctx, ent) != 1:
        return None
    if ctx.previous_word(ent.start) not in _TOWN_KINDS:
        return None  # told by its kind (بلدة العين، منطقة العين): a village's name, not a town listed bare
    if len(load_gazetteer().lookup(ctx.doc.text[ent.start : ent.end])) < 2:
        return None  # a name the gazetteer gives to one place only is taken as that place
    country, admin1, pid = g.get("country_iso3"), g.get("admin1"), g.get("place_id")
    if not country or not admin1 or not pid:
        return None
    sent = ctx.sentence(ent.start)
    others = [
        q
        for q in ctx.places_in(sent.start, sent.end)
        if (q.geo or {}).get("place_id") != pid
        and (q.geo or {}).get("country_iso3") == country
        and not is_country(q)
        and (q.geo or {}).get("admin1")
        and not ctx.inside_actor(q.start, q.end)
    ]
    others = [q for q in others if not office_seat(ctx, q)]  # وكيل محافظة أبين: who speaks
    if not others or any((q.geo or {}).get("admin1") == admin1 for q in others):
        return None
    others = [min(others, key=lambda q: abs(q.start - ent.start))]  # the nearest place of the sentence
    y = (others[0].geo or {}).get("admin1")
    if all(is_province(q) for q in others):
        # a province named alone (أما في محافظة أبين، فقد سيطرت القوات على بلدة العين) is left: merge's retold()
        # would fold the town's capture into a province-wide capture of the same day told in the lead
        return None
    if not any(
        (q.geo or {}).get("admin1") == y
        and (q.geo or {}).get("country_iso3") == country
        and not sent.start <= q.start < sent.end
        for q in ctx.places
    ):
        return None  # Y named in this sentence only: which of the two is the homonym, the text does not say
    gaz = load_gazetteer()
    if any(
        (q.geo or {}).get("admin1") == admin1 and (q.geo or {}).get("place_id") != pid
        for q in ctx.places
        if (q.geo or {}).get("country_iso3") == country
    ):
        return None  # the article names another place of X: the town may well be X's
    province = next((p for p in (_province_of(gaz, q) for q in others) if p is not None), None)
    if province is None:
        return None
    # the town itself is told (بلدة العين): precision 1, with no point, never the province's seat as its point
    return _unresolved_in(ctx, ent, province)


#: Round 42 (helper ev15): kind words of a town's quarter before its name, with their clitics (أحياء حيدان، بحي …).
_QUARTER_KINDS = frozenset(c + k for c in ("", "و", "ب", "وب", "ل", "في") for k in cue_words("quarter_kinds"))
#: The quarters of a town told before its name (أحياء وسط مدينة، أحياء مدينة، حي في مدينة), on the normalized text.
_QUARTERS_OF = re.compile(
    r"(?:^|\s)(?:و|ب|وب)?(?:"
    + "|".join(cue_words("quarter_kinds"))
    + r")\s+(?:وسط\s+|في\s+)?(?:و|ب|ل)?(?:"
    + "|".join(cue_words("quarter_town_words"))
    + r")\s*$"
)


def quarter_elsewhere(ctx: Context, ent: Entity) -> Entity | None:
    """Round 42 (helper ev15): a quarter told by its kind (حي، أحياء، حارة) whose name the gazetteer reads as a place
    of another province or country than the town its sentence names before it as the quarters' town (استهدفت القذائف
    أحياء وسط مدينة ظهران الجنوب … وسقطت على أحياء حيدان: the gazetteer's حيدان is a district of Sa'dah across the
    border): a quarter of that town the gazetteer lacks, placed at the town (a quarter lies in its town; ACLED codes
    it at the town). ``None`` when the sentence names no such town, or the town is of the quarter's own province (a
    quarter named after its town, حي X بمدينة Y, is read by the recognizer's far-neighbourhood rule)."""
    g = ent.geo or {}
    if g.get("unresolved") or not g.get("country_iso3") or _own_precision(ctx, ent) != 1:
        return None
    if ctx.previous_word(ent.start) not in _QUARTER_KINDS:
        return None
    sent = ctx.sentence(ent.start)
    text = ctx.doc.text

    def town(q: Entity) -> bool:
        h = q.geo or {}
        return (
            q is not ent
            and str(h.get("feature") or "").startswith("PPL")
            and not h.get("unresolved")
            and bool(h.get("admin1"))
            and (h.get("country_iso3"), h.get("admin1")) != (g.get("country_iso3"), g.get("admin1"))
            and not ctx.inside_actor(q.start, q.end)
        )

    before = [q for q in ctx.places_in(sent.start, ent.start) if q.end <= ent.start]
    if before and town(before[-1]) and _QUARTERS_OF.search(normalize(text[sent.start : before[-1].start])):
        return before[-1]  # أحياء وسط مدينة Y … على أحياء X
    return None


def _listed_after(ctx: Context, quarter: Entity, p: Entity) -> bool:
    """Whether ``p`` is an unlisted item of the list ``quarter`` opens (its sentence, after it, read in the same
    province from it: :func:`unlisted_places.listed_items` gives an unlisted item the first item's province)."""
    g, h = quarter.geo or {}, p.geo or {}
    return (
        bool(h.get("unresolved"))
        and quarter.end <= p.start < ctx.sentence(quarter.start).end
        and (h.get("country_iso3"), h.get("admin1")) == (g.get("country_iso3"), g.get("admin1"))
    )


def _province_of(gaz: Gazetteer, ent: Entity) -> Place | None:
    """The province (ADM1 place) of a placed entity, ``None`` when the gazetteer cannot tell it."""
    geo = ent.geo or {}
    place = gaz.get(str(geo.get("place_id") or geo.get("within") or ""))
    if place is None:
        return None
    return place if place.feature == "ADM1" else gaz.admin1_place(place.country, place.admin1_code)


def _unresolved_in(ctx: Context, ent: Entity, province: Place) -> Entity:
    """``ent`` kept with its name as written, placed in ``province`` only: no point, precision 1."""
    text = ctx.doc.text[ent.start : ent.end]
    geo = fallback_geo(province)
    geo.update(lat=None, lon=None, point=None, admin2=None, geo_precision=1)
    return Entity(
        id=ent.id,
        type=ent.type,
        start=ent.start,
        end=ent.end,
        canonical=text,
        canonical_ar=text,
        geo=geo,
        source=ent.source,
    )


def landmark_homonym(ctx: Context, ent: Entity) -> Entity | None:
    """Round 37 (helper ad1): a landmark told by its kind whose name the gazetteer reads only as a town of a country
    the article names nowhere else (جبل عريش، قلعة القاهرة، متنزه الشيخ زايد in an article on Taiz): a place of the
    province of the other country's place that says where it is (:func:`place_filters.landmark_abroad`), kept with
    its name as written, ``unresolved``, with no point, precision 1 (the text names the landmark itself), as
    :func:`homonym_elsewhere` does for a homonym within one country."""
    where = landmark_abroad(ctx, ent)
    if where is None:
        return None
    province = _province_of(load_gazetteer(), where)
    return None if province is None else _unresolved_in(ctx, ent, province)


def _sentence_town(ctx: Context, cand: Candidate) -> bool:
    """Whether the trigger's sentence (with its continuation) names a place the gazetteer holds, below a country."""
    s0, s1 = extended_sentence(ctx, cand.sentence)
    # round 30 (helper pl16): where a source sits (وكانت مصادر عسكرية في عدن قد أفادت) is no town of the sentence's
    # happenings: "the base" the clause names is read first (غارات مكثفة على المواقع الداخلية للقاعدة)
    return any(
        not (p.geo or {}).get("unresolved") and not is_country(p) and not source_seat(ctx, p)
        for p in ctx.places_in(s0, s1)
    )


def _place_candidates(ctx: Context, cand: Candidate, taken: set[tuple[int, int]]) -> list[list[Entity]]:
    mark_unlisted_towns(ctx, cand)
    venues = cand.cls.name in _AT_VENUE
    places = [
        p
        for a, b in cand.clauses
        for p in clause_places(ctx, a, b, venues)
        if not in_response(ctx, cand, p) and (venues or not visited(ctx, p))
    ]
    if not places:
        # round 21 (helper geo5): a capital named as its government is the place of its own clause's event when the
        # clause names no other (هجوم انتحاري نسبته أنقرة إلى التنظيم: the attack keeps a place, as before)
        places = [p for p in ctx.places_in(*cand.clause) if capital_voice(ctx, p)][:1]
    if cand.cls.name not in _MOVEMENT:
        places = [p for p in places if not is_destination(ctx, p)]  # تهجير الشبان إلى الشمال
    if places and all(source_seat(ctx, p) for p in places) and (back := seat_anaphor(ctx, cand)) is not None:
        # round 32 (helper pl18): "وقال المسؤول الصحي في عدن … إن مدنيين قتلوا بانفجار ألغام … في المدينة": the town
        # "the city" points back at, not the seat of the one who speaks
        return [[back]]
    # round 28 (helper pl14): a place of another item of a headline (تستعيد قاعدة العند.. والقوات تؤمن عدن)
    places = [p for p in places if not across_item_break(ctx, cand, p)] or places
    places = own_clause_first(ctx, cand, places)
    if places and all(reference_point(ctx, p) for p in places):
        # "الانفجار في البلدة التي تقع على بعد عشرة كيلومترات من كوباني": the town named before, else near the mark
        back = anaphoric_place(ctx, cand, reach=4) or near_focus(ctx, places[0])
        if back is not None:
            return [[back]]
    places = [p for p in places if not reference_point(ctx, p)] or places
    # round 30 (helper pl16): "نصبت المقاومة في مديرية لودر كمينا لقائد محور البيضاء": the command a title names is no
    # scene while the clause names another place
    places = [p for p in places if not command_place(ctx, p)] or places
    # round 18 (helper pl2): a town named as an end of what a road or an area links (في منطقة الكنب التي تربط مدينة
    # تعز بميناء المخاء، على طريق (الفيوم – القاهرة) عند منطقة ميمنة بمركز سنورس) is no scene while the clause names
    # another place
    places = [p for p in places if not road_part(ctx, p)] or places
    if places and cand.cls.acled_type is not None and (finer := country_refined(ctx, cand, places, taken)) is not None:
        # round 32 (helper pl18): "انتزعت قوات الجيش … الموالية للشرعية في اليمن، محافظة الضالع … بالكامل": the place of
        # the country the trigger's clause names, told right after the clause, not the country
        places = [finer]
    if places and cand.cls.acled_type is not None:
        # round 27 (helper geo12): "المقاومة تستعيد قاعدة العند.. والقوات الخليجية تؤمن عدن"، "في قاعدة العند التي
        # استعادها الثوار … وما حدث في عدن": the named site the trigger acts on, not a town of another province
        site = _object_site_apart(ctx, cand, places)
        if site is not None:
            return [[site]]
    if places:
        after = [p for p in places if p.start >= cand.end]
        near = near_list(ctx, after)
        towns = [
            p
            for p in after
            if place_precision(ctx, p) == 1
            or (_own_precision(ctx, p) == 2 and _listed_town(p) and not reference_point(ctx, p))
            or (_listed_area(ctx, p) and not reference_point(ctx, p))
            or province_pair(ctx, p, after)
            or unlisted_beside_town(ctx, p, after, cand.cls.acled_type in _VIOLENT)
            or near_list_item(ctx, p, after)
            or p in near
        ]
        groups: list[Entity] = []
        for town in towns:
            if groups and (
                ctx.words_between(groups[-1].end, town.start) > 6
                or not _LIST_GAP.search(ctx.doc.text[groups[-1].end : town.start])
                or between(ctx, groups[0])
                or road_end(ctx, groups[0])  # round 26 (geo11): "دمرت جسرا يربط لحج وعدن": the bridge's two ends
            ):
                break  # "طريق الميادين - البوكمال"، "بين X و Y": one place between two towns, not two events
            if all(place_key(g) != place_key(town) for g in groups):  # two unlisted names: two places (11c)
                groups.append(town)
        groups = list_places(groups)
        if len(groups) >= 2 and cand.cls.acled_type is not None:
            before_list = [
                p
                for p in places
                if cand.end <= p.start < groups[0].start
                and p not in groups
                and not is_country(p)
                and (p.geo or {}).get("admin1")
                and any((g.geo or {}).get("admin1") != (p.geo or {}).get("admin1") for g in groups)
            ]
            if before_list:
                # round 20 (helper geo4): a place of a province between the trigger and a list of towns, when the list
                # runs into other provinces, is the event's; the list after it tells something else — a comparison
                # ("استعادة السيطرة على محافظة لحج لتصبح المحافظة الثالثة المحررة بعد الضالع وعدن"، "تحرير مدينة ابين
                # بعد تحرير محافظتي لحج وعدن"), an aim ("السيطرة على محافظة مأرب وتعويض خسائرهم في عدن ولحج"، "قاعدة
                # العند في لحج وحماية عدن"). A country, or an area whose towns the list names, before the list is
                # refined by it (الغارات التي جرت في سوريا تركزت حول الحسكة وحلب؛ قصفت المعارضة في ريف حلب قريتي نبل
                # والزهراء).
                return [[before_list[0]]]
            return [[t] for t in groups]
        items = head_list(ctx, cand, places)
        if items and cand.cls.acled_type is not None:
            return [[t] for t in items]
        # a country ranks after a province of the same precision (في محافظة الضالع وسط اليمن: where in Yemen)
        ranked = sorted(
            places,
            key=lambda p: (place_precision(ctx, p), is_country(p), p.start < cand.end, abs(p.start - cand.end)),
        )
        # round 26 (helper geo11): "في لحج وتخوم عدن معارك": a list told before the event's word, its first place
        best = province_meant(ctx, cand, ranked[0]) or list_head(ctx, cand, places, ranked[0]) or ranked[0]
        # round 28 (helper pl14): "سيطروا على أربع مناطق في محافظة إب … الأمر الذي يقرب المقاومة من العاصمة صنعاء": the
        # place told with the trigger, not a frame or an aim of another province (events.place_roles)
        loc = trigger_locative(ctx, cand, places, best)
        if loc is not None and not (cand.weak and place_precision(ctx, loc) > 2):  # (a weak word needs a local place)
            best = loc
        # round 29 (helper pl15): "في قرية X بمحافظة Y"، "في بلدة داريا بغوطة دمشق": the place the ranked one holds,
        # told right before it (events.place_roles.held_place)
        held = held_place(ctx, places, best)
        if held is not None and not (cand.weak and place_precision(ctx, held) > 2):
            best = held
        # round 31 (helper pl17): "قامت المقاومة بتطهير منطقة جبل صبر … واقتربت من مطار تعز": the spot the trigger
        # acts on, named by its kind right after it, not the town or province holding it (events.place_roles)
        spot = acted_spot(ctx, cand, places, best) or (None if cand.weak else acted_unlisted(ctx, cand, best))
        if spot is not None and not (cand.weak and place_precision(ctx, spot) > 2):
            best = spot
        if is_country(best) and cand.cls.acled_type is not None:
            # round 21 (helper geo5): a site the clause names with a province read for it is finer than the country
            # its clause names (سيطرت المقاومة على قاعدة العند الاستراتيجية في اليمن: Lahij, not Yemen)
            site = site_place(ctx, cand)
            sg = (site.geo or {}) if site is not None else {}
            if site is not None and sg.get("admin1") and sg.get("country_iso3") == (best.geo or {}).get("country_iso3"):
                return [[site]]
        if (quoted := quoted_in(ctx, cand, best)) is not None:
            # round 25 (helper geo10): "أكد وكيل محافظة تعز تطهير مديرية (مشرعة)": the named district of the province
            return [[quoted]]
        if is_province(best) and (told := unlisted_in(ctx, cand, best)) is not None and told.start >= cand.end:
            # round 29 (helper pl15): "سيطروا على مواقع الحوثيين في منطقة X بمحافظة Y": the place the happening's
            # clause tells after the trigger by its kind and a name the gazetteer lacks, in the province ranked first
            # (precision 2), not the province
            return [[told]]
        if is_province(best) and cand.cls.acled_type is not None and (site := acted_site(ctx, cand, best)) is not None:
            # round 31 (helper pl17): "أحكمت المقاومة الشعبية في محافظة لحج سيطرتها الكاملة على قاعدة العند الجوية":
            # the named site the trigger acts on after it, in the province its clause names, not the province
            return [[site]]
        return [[named_province(ctx, places, best) or described_place(ctx, places, best) or best]]
    inside = [
        p
        for a, b in cand.clauses
        for p in ctx.places_in(a, b)
        if ctx.inside_actor(p.start, p.end) and ctx.previous_word(p.start) in _IN and not is_country(p)
    ]
    if inside:
        return [[inside[0]]]  # "ألقت المقاومة الشعبية في عدن القبض على …": the local group's town, nothing else named
    seat = actor_seat(ctx, cand)
    if seat is not None:
        return [[seat]]  # the same, when the name finder kept the town inside the group's name
    pair = dual_places(ctx, cand)
    if pair:
        return [[p] for p in pair]  # "سيطرة قوات الأسد على القريتين": the two villages named before, one event each
    # round 27 (helper geo12): "وبالقرب من قاعدة العند التي استعادها الثوار": the site the trigger acts on
    site = object_site(ctx, cand) if cand.cls.acled_type is not None else None
    if site is None and (cand.cls.name in NEEDS_PLACE or not _sentence_town(ctx, cand)):
        site = site_place(ctx, cand)
    if site is None and (cand.cls.name in NEEDS_PLACE or not _sentence_town(ctx, cand)):
        site = site_anaphor(ctx, cand)  # round 24 (mg13): "قصفوا القاعدة": the named base told just before
    if site is not None:
        # round 14b: "استعادت القوات قاعدة العند العسكرية": a site the gazetteer lacks, named in the clause of a
        # capture (which needs a place of its clause) or of a sentence that names no known place of its own (else
        # that place's reading stands, as before)
        geo = site.geo or {}
        lead = lead_place(ctx) if not geo.get("admin1") and geo.get("unresolved") else None
        if lead is not None and (lead.geo or {}).get("country_iso3") == geo.get("country_iso3"):
            geo["admin1"] = (lead.geo or {}).get("admin1")  # no province of its own: the lead's (the article's focus)
        return [[site]]
    back = anaphoric_place(ctx, cand)
    if back is not None:
        return [[back]]
    province = province_anaphor(ctx, cand)
    if province is not None:
        # a place the clause tells by its kind and a name (في منطقة المحلة شرقي المحافظة) is an unlisted place there
        return [[unlisted_in(ctx, cand, province) or province]]
    if cand.weak:
        return [[]]
    where = where_place(ctx, cand)
    if where is not None:
        return [[where]]
    s0, s1 = extended_sentence(ctx, cand.sentence)
    free = [
        p
        for p in clause_places(ctx, s0, s1, venues)
        if not any(a <= p.start < b for a, b in taken if (a, b) not in cand.clauses)
        and (cand.cls.name in _MOVEMENT or not is_destination(ctx, p))
        and not in_response(ctx, cand, p)
        and (venues or not visited(ctx, p))
    ]
    # round 19 (helper geo3): an end of a road or of what extends between two places is no scene here either (وحررت
    # القوات، في الطريق التي تمتد من مثلث العند إلى تعز، مديريتي كرش والمسيمير), while the sentence names another place
    free = [p for p in free if not road_part(ctx, p)] or free
    if free and cand.cls.acled_type is not None:
        # round 27 (helper geo12): "في قاعدة العند التي استعادها الثوار بعد مواجهات عنيفة، وما حدث في عدن": the site
        # the trigger acts on, or the sure site of the trigger's own clause, not a town of another clause elsewhere
        obj = _object_site_apart(ctx, cand, free) or _own_site_apart(ctx, cand, free)
        if obj is not None:
            return [[obj]]
    if free:
        # a reference point of the sentence ranks as its own place here (ما تبعد 60 كلم شمال عدن: near Aden, its
        # precision 2 set by ``place_precision``), not after a town the sentence names for another reason
        ranked = sorted(free, key=lambda p: (_own_precision(ctx, p), is_country(p), abs(p.start - cand.start)))
        near = near_list(ctx, [p for p in free if p.start >= cand.end])
        if ranked[0] in near and cand.cls.acled_type is not None:
            # round 16b (helper vl): "كما استهدفت الهجمات وحدات تكتيكية، بالإضافة إلى أهداف قرب حلب والرقة ودير
            # الزور": the sentence's list after a word of nearness, one event a place
            return [[t] for t in list_places(near)]
        # round 16 (helper pl9): "أما في محافظة لحج، جنوب عدن، فقد شنت طائرات التحالف أربع غارات": the bearing
        # says where the province fronted before it lies, as in the clause's own places (:func:`described_place`)
        if (quoted := quoted_in(ctx, cand, ranked[0])) is not None:
            # round 25 (helper geo10): "تطهير مديرية (مشرعة)" placed only at the province the sentence names
            return [[quoted]]
        held = held_place(ctx, free, ranked[0])  # round 29 (helper pl15): as in the clause's own places
        if held is not None and not (cand.weak and place_precision(ctx, held) > 2):
            return [[held]]
        return [[described_place(ctx, free, ranked[0]) or ranked[0]]]
    if site is None and cand.cls.acled_type is not None:
        # round 26 (helper geo11): "شن التحالف سلسلة غارات استهدفت قاعدة العند ومعسكر لبوزة، كما استهدفت منطقة
        # سناح": the site the clause names, when the sentence's known place is another clause's (the lead's place or
        # another sentence's would stand in for it)
        site = site_place(ctx, cand)
        if site is not None and (site.geo or {}).get("admin1"):
            return [[site]]
    if cand.cls.acled_type is not None and (site := _sentence_site(ctx, cand)) is not None:
        # round 27 (helper geo12): "واستهدف الطيران تجمعات في محيط قاعدة العند …، كما استهدفت تجمعات في مزارع الوهط":
        # the sure site of the sentence's earlier clause, not the paragraph's or the lead's town
        return [[site]]
    # round 18 (helper pl2): the scene the event's paragraph opened with, before the headline's or lead's (a capture
    # needs a place of its own clause: it takes none from the paragraph)
    para = paragraph_place(ctx, cand, taken) if cand.cls.name not in NEEDS_PLACE else None
    if para is None and cand.cls.name not in NEEDS_PLACE:
        # round 33 (helper pl19): "كما سقطت قذائف على بلدتي نبل والزهراء، عقبه قصف … على مناطق في بلدة عندان" under a
        # headline on Daraa: a village the gazetteer lacks lies in the one province the sentence's other clauses are
        # told in, not in the headline's
        other = sentence_province(ctx, cand, taken)
        if other is not None:
            # a village told after the trigger is the row's own (في بلدة عندان), one before it the earlier clause's
            # (هجوما … في منطقة السلامية وأمطروهم بوابل من القذائف: that clause's place, and the merge folds the two)
            own = unlisted_in(ctx, cand, other)
            return [[own if own is not None and own.start >= cand.end else other]]
    if cand.cls.acled_type is not None and cand.cls.name not in NEEDS_PLACE:
        # round 34 (helper pl21): "وقتل انتحاري 32 شخصا في بلدة حدودية تركية" under a headline on Tel Aviv: a place the
        # sentence tells by its kind and a nationality adjective is in that country, not at the paragraph's or the
        # lead's place of another country (the country, precision 3; the row's place stands when the countries agree)
        abroad = kind_abroad(ctx, cand)
        fallback = (para or lead_place(ctx)) if abroad is not None else None
        if abroad is not None and fallback is not None and not _same_country(fallback, abroad):
            return [[abroad]]
    if para is None:
        return [[]]
    return [[unlisted_in(ctx, cand, para) or para]]


#: Round 27 (helper geo12): what may stand between a trigger and the named site it acts on (استعادت قاعدة العند،
#: السيطرة على قاعدة العند، غارات على قاعدة العند), and between a site, its adjectives and a relative before the trigger
#: (قاعدة العند الجوية الاستراتيجية التي استعادها الثوار).
_OBJECT_GAP = re.compile(r"^\s*(?:(?:على|علي)\s+)?$")
_RELATIVE_GAP = re.compile(r"^(?:\s+[\u0621-\u064A]+(?:ية|يه))*\s*[،,]?\s*(?:التي|الذي)\s+$")


def object_site(ctx: Context, cand: Candidate) -> Entity | None:
    """Round 27 (helper geo12): the named site (قاعدة العند، معسكر الصدرين) a trigger acts on — right after it, على
    at most between (تستعيد قاعدة العند، السيطرة على قاعدة العند), or before it as the antecedent of its relative
    clause (في قاعدة العند الجوية التي استعادها الثوار) — read as :func:`site_place` reads it when its province is
    sure (its reading elsewhere, a place locating it, a sourced row); else None."""
    text = ctx.doc.text
    s0, s1 = cand.sentence
    found = None
    m = NAMED_SITE.search(text, cand.end, min(s1, cand.end + 40))
    if m is not None and _OBJECT_GAP.match(text[cand.end : m.start()]):
        found = m
    else:
        before = list(NAMED_SITE.finditer(text, max(s0, cand.start - 80), cand.start))
        if before and _RELATIVE_GAP.match(text[before[-1].end() : cand.start]):
            found = before[-1]
    if found is None:
        return None
    proxy = copy_candidate(cand)
    proxy.clauses, proxy.clause, proxy.start = (
        [(found.start(), found.end())],
        (found.start(), found.end()),
        found.start(),
    )
    site = site_place(ctx, proxy, sure=True, acted_on=True)
    return site if site is not None and (site.geo or {}).get("admin1") else None


#: Round 31 (helper pl17): what may stand right before a named site the trigger acts on, after the trigger (سيطرتها
#: الكاملة على قاعدة العند، غارات على معسكر لبوزة، قتال في قاعدة العند): on, in (a fused ب is the site's own).
_ACTED_SITE_PREPS = frozenset({"على", "علي", "في"})
#: ... at most this many words after the trigger, no punctuation between.
_ACTED_SITE_REACH = 14


def acted_site(ctx: Context, cand: Candidate, province: Entity) -> Entity | None:
    """Round 31 (helper pl17): the named site a trigger acts on, told after it in its own clause after على or في or a
    fused ب (at most fourteen words on, no punctuation between: أحكمت المقاومة في محافظة لحج سيطرتها الكاملة على قاعدة
    العند الجوية), read as :func:`site_place` reads a site the trigger acts on, when it lies in ``province`` (the
    province the clause's ranking chose) or has no province of its own (it then takes that one, precision 2). A
    landmark (باتجاه قاعدة العند) or a site with another province: None, the province stands."""
    text = ctx.doc.text
    end = min(cand.clause[1], cand.sentence[1])
    for m in NAMED_SITE.finditer(text, cand.end, end):
        gap = text[cand.end : m.start()]
        if any(c in gap for c in '.،,:؛()«»"\n') or len(_A_WORD.findall(gap)) > _ACTED_SITE_REACH:
            return None
        words = _A_WORD.findall(gap)
        fused = re.match(r"[وف]?ب", text[m.start() : m.start() + 2]) is not None  # (no site kind starts with ب)
        if not (fused or (words and words[-1] in _ACTED_SITE_PREPS) or not words):
            continue
        proxy = copy_candidate(cand)
        proxy.clauses, proxy.clause, proxy.start = [(m.start(), m.end())], (m.start(), m.end()), m.start()
        site = site_place(ctx, proxy, acted_on=True)
        if site is None:
            continue
        geo = site.geo if site.geo is not None else {}
        pg = province.geo or {}
        if geo.get("country_iso3") not in (None, pg.get("country_iso3")):
            return None
        if not geo.get("admin1"):
            geo["admin1"] = pg.get("admin1")
            site.geo = geo
        return site if geo.get("admin1") == pg.get("admin1") else None
    return None


def _object_site_apart(ctx: Context, cand: Candidate, places: list[Entity]) -> Entity | None:
    """The named site the trigger acts on (:func:`object_site`) when every other place read for the event lies in
    another province (a town of another clause or of a list), else None (the site's own province named: as before)."""
    site = object_site(ctx, cand)
    if site is None:
        return None
    admin1 = (site.geo or {}).get("admin1")
    if any((p.geo or {}).get("admin1") == admin1 or _is_site(p, site) for p in places):
        return None
    return site


def _own_site_apart(ctx: Context, cand: Candidate, places: list[Entity]) -> Entity | None:
    """Round 27 (helper geo12): the site the trigger's own clause names, its province sure (:func:`site_place` with
    ``sure``), when every place of the sentence lies outside the clause and in another province."""
    if any(a <= p.start < b for p in places for a, b in cand.clauses):
        return None
    site = site_place(ctx, cand, sure=True)
    admin1 = (site.geo or {}).get("admin1") if site is not None else None
    if site is None or not admin1 or any((p.geo or {}).get("admin1") == admin1 for p in places):
        return None
    return site


def _sentence_site(ctx: Context, cand: Candidate) -> Entity | None:
    """Round 27 (helper geo12): the first named site of the trigger's sentence whose province is sure
    (:func:`site_place` with ``sure``), for an event whose sentence names no known place."""
    proxy = copy_candidate(cand)
    proxy.clauses, proxy.clause, proxy.start = [cand.sentence], cand.sentence, cand.sentence[0]
    site = site_place(ctx, proxy, sure=True)
    return site if site is not None and (site.geo or {}).get("admin1") else None


def _is_site(p: Entity, site: Entity) -> bool:
    """Whether a place of the clause is the site's own reading (the same span or name)."""
    return p.start == site.start or (p.canonical_ar or "") == (site.canonical_ar or "")


def _area(p: Entity) -> tuple[Any, Any]:
    geo = p.geo or {}
    return geo.get("country_iso3"), None if is_country(p) else geo.get("admin1")


def _within(p: Entity, own: list[Entity]) -> bool:
    """Whether ``p`` lies in the country (for a country or a part of one with no province) or the province of one
    of ``own``."""
    country, admin1 = _area(p)
    for o in own:
        o_country, o_admin1 = _area(o)
        if o_country is not None and o_country == country and (o_admin1 is None or o_admin1 == admin1):
            return True
    return False


def own_clause_first(ctx: Context, cand: Candidate, places: list[Entity]) -> list[Entity]:
    """Round 16 (helper pl9): when the trigger's own clause names a place, a place of a clause the events stage
    joined to it (a cause "عقب هجوم …", "وذلك قبل ما وصفته أنقرة …", a "فيما" or "كما" clause) counts only when it
    lies in that place's country (own place a country or a part of one) or province: "وتشهد مدينة لحج مواجهات …
    عقب هجوم … بإشراف الرئيس من مقر إقامته في الرياض" is at Lahij, "ضربة بطائرة بلا طيار في شمال سوريا وذلك قبل ما
    وصفته أنقرة" in northern Syria, "شنت الحكومة غارات على داعش في شمالي سورية" after "قتل شرطيين في سروج" not at
    Suruc. A joined clause that refines the own place (a town of its province) still ranks by precision."""
    c0, c1 = cand.clause
    own = [p for p in places if c0 <= p.start < c1 and not reference_point(ctx, p)]
    if not own or len(own) == len(places):
        return places
    own_geo = [p for p in own if (p.geo or {}).get("country_iso3")]
    own_geo = [p for p in own_geo if not is_country(p)] or own_geo  # "قاعدة في تركيا … ضربة … في شمال سوريا"
    if not own_geo:
        return places
    return [p for p in places if c0 <= p.start < c1 or _within(p, own_geo)]


def seat_anaphor(ctx: Context, cand: Candidate) -> Entity | None:
    """Round 32 (helper pl18): the town named before that "the city" (المدينة، البلدة …) after the trigger points back
    at, when the trigger's clause names no place but the seat of the source or official who tells it
    (:func:`source_seat`: "وقال المسؤول الصحي في عدن الخضر إن مدنيين قتلوا بانفجار ألغام … في المدينة", the sentence
    before telling the capture of Zinjibar): :func:`anaphoric_place`'s reading, kept when it is no seat itself and
    lies in the seat's country. None when no such word follows the trigger in its clause (a local source's town with
    no other place keeps it: round 30)."""
    c1 = cand.clause[1]
    if not _PLACE_ANAPHOR.search(ctx.doc.text, cand.end, c1):
        return None
    back = anaphoric_place(ctx, cand)
    if back is None or source_seat(ctx, back) or is_country(back):
        return None
    seats = {(p.geo or {}).get("country_iso3") for a, b in cand.clauses for p in ctx.places_in(a, b)}
    return back if (back.geo or {}).get("country_iso3") in seats else None


#: Round 32 (helper pl18): how many words after the end of the trigger's clause a place may start that refines the
#: country the clause names (قتل في ضربة جوية في سوريا بينما كان يتنقل في سيارة قرب بلدة سرمدا: 7).
_REFINE_REACH = 10
#: A count written in figures right before a trigger (20 غارة).
_COUNT_BEFORE = re.compile(r"\d\s*$")


def country_refined(ctx: Context, cand: Candidate, places: list[Entity], taken: set[tuple[int, int]]) -> Entity | None:
    """Round 32 (helper pl18): the place below a country that the trigger's sentence names right after the trigger's
    clause, when that clause names only the country: "انتزعت قوات الجيش والمقاومة الموالية للشرعية في اليمن، محافظة
    الضالع، جنوب البلاد، بالكامل" (the events stage ends the clause at the comma: the capture was placed at Yemen),
    "قتل في ضربة جوية أمريكية في سوريا بينما كان يتنقل في سيارة قرب بلدة سرمدا" (Syria, for Sarmada). The first
    place after the clause's end, at most :data:`_REFINE_REACH` words on, in the same country with a province, and
    no other happening's clause, a destination, a visit or what the event answers (in_response) before it or at it;
    a place of another country or another happening's clause first ends the search (the sentence has gone on to
    something else). None when the clause names a place below a country or places of two countries, or when a count
    comes right before the trigger ("نفذت قوات التحالف 20 غارة جوية … في العراق، تركزت على أهداف قرب الرمادي": the
    country holds the whole set, whose parts the article rows by their places)."""
    if not all(is_country(p) for p in places):
        return None
    if _COUNT_BEFORE.search(ctx.doc.text, max(0, cand.start - 8), cand.start):
        return None
    countries = {(p.geo or {}).get("country_iso3") for p in places}
    if len(countries) != 1 or None in countries:
        return None
    country = next(iter(countries))
    c1 = max(b for _, b in cand.clauses)
    s1 = cand.sentence[1]
    if c1 >= s1 or c1 < cand.end:
        return None
    others = [(a, b) for a, b in taken if (a, b) not in cand.clauses]
    for p in clause_places(ctx, c1, s1):
        if p.start < c1:
            continue
        if ctx.words_between(c1, p.start) > _REFINE_REACH or any(a <= p.start < b for a, b in others):
            return None
        geo = p.geo or {}
        if geo.get("country_iso3") != country:
            return None
        if is_country(p):
            continue
        if not geo.get("admin1") or is_destination(ctx, p) or visited(ctx, p) or in_response(ctx, cand, p):
            return None
        return p
    return None


#: Round 42 (helper ev15): how many sentences after the lead :func:`told_on` reads (a headline's: the lead and as
#: many more).
_TOLD_ON_REACH = 2


#: Round 42 (helper ev15): a happening told over several places (في مختلف مواقع العمليات، مواقع متفرقة، أنحاء البلاد),
#: on the normalized text.
_SPREAD_NOUNS = r"(?:ال)?(?:" + "|".join(cue_words("spread_place_nouns")) + r")"
_SPREAD = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:"
    + "|".join(cue_words("spread_quantifiers"))
    + r")\s+"
    + _SPREAD_NOUNS
    + r"(?![\u0621-\u064A])|"
    + _SPREAD_NOUNS
    + r"\s+(?:ال)?(?:"
    + "|".join(cue_words("spread_adjectives"))
    + r")(?![\u0621-\u064A])|انحاء(?![\u0621-\u064A]))"
)


def told_on(ctx: Context, cand: Candidate, places: list[Entity]) -> Entity | None:
    """Round 42 (helper ev15): the province the next sentences give a happening that the headline or the lead sentence
    places only in a country or a part of it (قتل ثلاثة جنود في هجوم انتحاري في شرق تركيا. وذكر الجيش أن مسلحين
    اقتحموا موقعا عسكريا في منطقة X في إقليم أغري؛ مقتل 12 مسلحا بسيناء — قتل 12 مسلحا في حملة … بمدينة الشيخ زويد):
    a short story tells its happening first and where it was next. The first place below the country, of that country
    and with a province, in a happening's clause of the next :data:`_TOLD_ON_REACH` sentences (for a headline: the
    lead and as many after it); not a destination, a visit, a reference point or a command's seat. A place of another
    country first ends the search (the story has moved on). None for a happening told later in the body, placed below a
    country already, or told over several places (في مختلف مواقع العمليات: a total of many places). Read for a violent
    row's location once the rows are merged (:func:`output.event_json`): the row is kept as it is, only its place is
    told on."""
    if not all(is_country(p) or not (p.geo or {}).get("admin1") for p in places):
        return None
    countries = {(p.geo or {}).get("country_iso3") for p in places}
    if len(countries) != 1 or None in countries:
        return None
    country = next(iter(countries))
    doc = ctx.doc
    title_end = next((b.end for b in doc.blocks if str(b.kind) == "title"), 0)
    body = []
    for s in ctx.sentences:
        if s.start >= title_end and not doc.post_at(s.start) and not is_dateline(doc.text[s.start : s.end]):
            body.append(s)
            if len(body) > _TOLD_ON_REACH:
                break  # the lead and the sentences read after it
    if not body:
        return None
    s0, s1 = cand.sentence
    if _SPREAD.search(normalize(doc.text[s0:s1])):
        return None  # "قتل 50 مسلحا في مختلف مواقع العمليات": a total over several places, no one province
    if cand.start < title_end:
        following = body[: 1 + _TOLD_ON_REACH]
    elif body[0].start <= cand.start < body[0].end:
        following = body[1 : 1 + _TOLD_ON_REACH]
    else:
        return None  # a happening told later in the body: its sentence's place, or the lead's
    for s in following:
        if _SPREAD.search(normalize(doc.text[s.start : s.end])):
            return None  # the headline's total told over several places in the lead (في مختلف مواقع العمليات)
        for p in clause_places(ctx, s.start, s.end):
            g = p.geo or {}
            if g.get("country_iso3") != country:
                return None  # another country's place: the story has moved on
            if is_country(p) or not g.get("admin1") or not _happening_clause(ctx, p):
                continue  # a part of the country, or a place outside every happening's clause (who speaks, where)
            if is_destination(ctx, p) or visited(ctx, p) or reference_point(ctx, p) or command_place(ctx, p):
                continue
            return p
    return None


def _happening_clause(ctx: Context, p: Entity) -> bool:
    """Whether the clause of ``p`` holds a trigger of a happening (the events stage's trigger starts)."""
    a, b = ctx.clause(p.start)
    starts = ctx.memo.get(TRIGGER_STARTS) or ()
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


#: Round 14 (helper pl5): a relative of place (حيث) in the words before the trigger.
_WHERE = re.compile(r"(?<![\u0621-\u064A])(?:" + "|".join(sorted(WHERE_WORDS)) + r")(?![\u0621-\u064A])")


def where_place(ctx: Context, cand: Candidate) -> Entity | None:
    """Round 14 (helper pl5): the place named right before a relative of place that opens the trigger's clause, when
    the clause names none (غارات على تجمعات الحوثيين في عقبة ثرة ومكيراس حيث سمع دوي انفجارات عنيفة): "where" points
    back at that place, even when it is the place of another event's clause."""
    text = ctx.doc.text
    s0 = cand.sentence[0]
    lo = ctx.word_start(max(s0, cand.start - 40))
    lo = max(lo, s0)
    found = list(_WHERE.finditer(text, lo, cand.start))
    if not found:
        return None
    at = found[-1].start()
    if ctx.words_between(at, cand.start) > 4:
        return None  # حيث far before the trigger: another clause's relative
    before = [p for p in clause_places(ctx, s0, at) if not is_country(p) and not reference_point(ctx, p)]
    if not before or not re.fullmatch(r"[\s،,]*", text[before[-1].end : at]):
        return None  # only a place right before حيث is what it points at
    if is_destination(ctx, before[-1]):
        return None  # "تعزيزات كانت في طريقها إلى أبين حيث استهدفتها غارة": on the way there, not in it
    return before[-1]


#: "في"/"ب" before the last word(s) of an actor's name: the group's seat (المقاومة الشعبية في عدن).
_SEAT = re.compile(r"\s(?:في|ب)\s*(?=[\u0621-\u064A])")


def actor_seat(ctx: Context, cand: Candidate) -> Entity | None:
    """The town a local group's name ends with (المقاومة الشعبية في عدن، مجلس المقاومة بتعز), read from the name
    when the name finder kept it inside the group's entity (no place entity of its own)."""
    for a, b in cand.clauses:
        for actor in ctx.actors_in(a, b):
            seat = seat_in_name(ctx, actor)
            if seat is not None:
                return seat
    return None


def seat_in_name(ctx: Context, actor: Entity) -> Entity | None:
    """The town an actor's name ends with after في or ب (المقاومة الشعبية في عدن), as a place entity, or None."""
    name = ctx.doc.text[actor.start : actor.end]
    seats = list(_SEAT.finditer(name))
    if not seats:
        return None
    m = seats[-1]
    found = [
        p for p in find_places(name[m.end() :]) if p.start == 0 and p.type == "GPE" and p.geo and p.geo.get("admin1")
    ]
    if not found or str(found[0].geo.get("feature") or "").startswith("PCL"):
        return None
    p = found[0]
    start = actor.start + m.end()
    return Entity(
        id=actor.id,
        type="GPE",
        start=start,
        end=start + p.end,
        canonical=p.canonical,
        canonical_ar=p.canonical_ar,
        geo=dict(p.geo),
        source="gazetteer",
    )


#: "The province" pointing back (بعد معارك على عدة جبهات في المحافظة), not followed by a name.
_PROVINCE_ANAPHOR = gated(re.compile(r"(?<![\u0621-\u064A])(?:و?(?:في\s+|ب|ل)?)(?:ال|لل)محافظة(?![\u0621-\u064A])"))


def province_anaphor(ctx: Context, cand: Candidate, reach: int = 3) -> Entity | None:
    """Round 24 (helper pl3): the province named with its descriptor before a clause that names no place of its own
    but "the province" (فيما قتل 7 مسلحين في جبهة المخدرة شمال غربي المحافظة، بعد تصدي المقاومة لهجوم في مديرية
    صرواح بمحافظة مأرب … وتدور المعارك في عدة جبهات بالمحافظة): the province the clause points back at — the last
    one named in its sentence before it, else in the ``reach`` sentences before — not the headline's or lead's place.
    "المحافظة" with a name after it (المحافظة الجنوبية أبين) points at nothing; nor does a capture told as a noun.
    """
    if cand.cls.name in NEEDS_PLACE and cand.tense == "noun":
        return None  # "للالتحام بالمقاومة وتحرير المحافظة": the province's capture named, mostly as an aim
    text = ctx.doc.text
    hits = [
        m
        for a, b in cand.clauses
        for m in _PROVINCE_ANAPHOR.finditer(text, a, b)
        if not ctx.places_in(m.end(), m.end() + 12)
    ]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    at = first.start()
    word = max(at, text.rfind(" ", at, first.end()) + 1)  # المحافظة itself, not the في before it
    i = ctx.sentence_index(cand.sentence[0])
    lo = ctx.sentences[max(0, i - reach)].start
    named = [
        p
        for p in ctx.places
        if lo <= p.start < at
        and is_province(p)
        and (p.geo or {}).get("admin1")
        and ctx.previous_word(p.start) in _PROVINCE_WORDS
    ]
    if not named:
        return None
    # the clause's own word for the province is where the clause names it (its own place, not one borrowed from
    # another clause: the merge rules read it as the clause's)
    best = named[-1]
    return Entity(
        id=best.id,
        type=best.type,
        start=word,
        end=first.end(),
        canonical=best.canonical,
        canonical_ar=best.canonical_ar,
        geo=dict(best.geo or {}),
        source=best.source,
    )


def province_meant(ctx: Context, cand: Candidate, town: Entity) -> Entity | None:
    """The province a bare town name means when its sentence points back at "the province" and the article named
    the province with its descriptor (في محافظة تعز … سيطرت على مواقع جديدة في تعز، بعد معارك على عدة جبهات في
    المحافظة): the province's own mention, not the city."""
    geo = town.geo or {}
    if _own_precision(ctx, town) != 1 or ctx.previous_word(town.start) in _KIND_WORDS:
        return None
    s0, s1 = cand.sentence
    # round 18 (helper pl2): "the province" after a bearing says where the town lies in it (في قضاء الحويجة جنوبي غرب
    # المحافظة), no pointer at the province as the scene
    back = [
        m
        for m in _PROVINCE_ANAPHOR.finditer(ctx.doc.text, s0, s1)
        if not ctx.places_in(m.end(), m.end() + 12) and not _DIRECTION.match(ctx.previous_word(m.start()))
    ]
    if not back:
        return None  # "المحافظة" with its name after it (المحافظة الجنوبية أبين) is no pointer
    for p in ctx.places:
        g = p.geo or {}
        if (
            p.start < s0
            and str(g.get("feature") or "").startswith("ADM1")
            and g.get("admin1") == geo.get("admin1")
            and g.get("country_iso3") == geo.get("country_iso3")
            and ctx.previous_word(p.start) in ("محافظه", "بمحافظه", "لمحافظه", "ومحافظه")
        ):
            return p
    return None


#: Round 13 (helper fa): the words before a place named only as a bearing, normalized: where from or whither (أكثر
#: من العاصمة صنعاء، باتجاه عدن), what it lies by (التي تقع شمال شرقي القاهرة، الواقعة جنوب X), or a road's end (طريق
#: الفيوم - القاهرة).
_BEARING_BEFORE = frozenset(cue_words("bearing_words"))
_DIRECTION = re.compile(r"^(?:و|ب)?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ا|ى)?$")
#: The province's descriptor right before its name (في محافظة إب، التابع لمحافظة الفيوم، بولاية يوبي), normalized.
_PROVINCE_WORDS = frozenset(
    w + d for w in ("", "و", "ب", "وب", "ل", "ال") for d in cue_words("province_nouns")
) | frozenset(cue_words("province_nouns_with_lam"))


#: Round 14 (helper pl5): one of the two ends a road, a bridge or a line links (الطريق الرابط بين الحديدة ومدينة حرض،
#: جسرا يربط لحج وعدن), on the normalized text before the place: the link word, بين, a kind word, and for the second
#: end the first end's name (one or two words) and و.
_ROAD_KIND = r"(?:" + "|".join(normalize(w) for w in cue_words("anaphor_place_nouns")) + r"|محافظه|محافظتي|مدينتي)"
_ROAD_END = re.compile(
    r"(?:^|\s)(?:" + "|".join(sorted(ROAD_LINK_WORDS)) + r")\s+(?:بين\s+)?(?:" + _ROAD_KIND + r"\s+)?"
    r"(?:[^\s،,.:؛]+\s+(?:[^\s،,.:؛]+\s+)?و\s*(?:" + _ROAD_KIND + r"\s+)?)?$"
)
#: Round 19 (helper geo3): one of the two ends of what extends between them (الطريق التي تمتد من مثلث العند إلى تعز،
#: منطقة تمتد من عفرين إلى أعزاز): the extent word, من, a kind word, and for the second end the first end's name (one
#: to three words) and إلى or حتى.
_EXTENT_END = re.compile(
    r"(?:^|\s)(?:" + "|".join(sorted(EXTENT_WORDS)) + r")\s+من\s+(?:" + _ROAD_KIND + r"\s+)?"
    r"(?:(?:[^\s،,.:؛]+\s+){1,3}(?:الي|حتي)\s+(?:" + _ROAD_KIND + r"\s+)?)?$"
)


def road_end(ctx: Context, p: Entity) -> bool:
    """Whether a place is named as one of the two ends of a road, a bridge or a line (الطريق الدولي الرابط بين
    الحديدة ومدينة حرض، دمرت جسرا يربط لحج وعدن), or, round 19, of what extends between two places (الطريق التي
    تمتد من مثلث العند إلى تعز): the road lies between them, the event at neither."""
    text = ctx.doc.text
    before = normalize(text[max(0, ctx.word_start(p.start) - 60) : p.start])
    return bool(_ROAD_END.search(before) or _EXTENT_END.search(before))


#: Round 18 (helper pl2): the word of a road named by its ends (طريق الفيوم - القاهرة), normalized.
_ROAD_WORDS = frozenset(cue_words("road_words"))


def road_part(ctx: Context, p: Entity) -> bool:
    """Round 18 (helper pl2): whether a place is named as an end of a road (طريق (الفيوم – القاهرة): either name) or of
    what a road, a bridge or an area links (:func:`road_end`), not as a scene."""
    text = ctx.doc.text
    j = ctx.word_start(p.start)
    if text[max(0, j - 3) : j].strip() in ("-", "–", "—"):
        return True
    return ctx.previous_word(p.start) in _ROAD_WORDS or road_end(ctx, p)


def _bearing_only(ctx: Context, p: Entity) -> bool:
    """Whether a place is named only as a bearing: after "from", "toward", "lies (north of)", a direction word or a
    road's name, or as the second end of a road (الفيوم - القاهرة), its kind word (العاصمة، مدينة) skipped; round 14:
    or as one of the ends a road links (الطريق الرابط بين الحديدة ومدينة حرض)."""
    text = ctx.doc.text
    j = ctx.word_start(p.start)
    if text[max(0, j - 3) : j].strip() in ("-", "–", "—"):
        return True  # "طريق (الفيوم - القاهرة)": a road's other end
    if road_end(ctx, p):
        return True
    before = ctx.previous_word(p.start)
    if before in _KIND_WORDS:
        before = ctx.previous_word(ctx.word_start(j - 1) if j > 0 else 0)
    words = text[p.start : p.end].split()
    head = normalize(words[0]) if words else ""  # "شمال شرقي القاهرة": a bearing read into the place's name
    return before in _BEARING_BEFORE or bool(_DIRECTION.match(before)) or bool(_DIRECTION.match(head))


def named_province(ctx: Context, places: list[Entity], best: Entity) -> Entity | None:
    """The province the trigger's clauses name with its descriptor (في محافظة إب، التابع لمحافظة الفيوم، وفي
    محافظة الشرقية) when the place ranked first lies in another province and is named only as a bearing (أكثر من
    العاصمة صنعاء، التي تقع شمال شرقي القاهرة، طريق الفيوم - القاهرة): a town named to say where the province
    lies or what the advance nears is not where the event was (round 13, helper fa; tune5, tune12, tune14)."""
    admin1 = (best.geo or {}).get("admin1")
    if is_province(best) or is_country(best) or not admin1 or not _bearing_only(ctx, best):
        return None
    for p in places:
        geo = p.geo or {}
        if (
            p is not best
            and is_province(p)
            and geo.get("admin1")
            and geo.get("admin1") != admin1
            and geo.get("country_iso3") == (best.geo or {}).get("country_iso3")
            and ctx.previous_word(p.start) in _PROVINCE_WORDS
            and not _bearing_only(ctx, p)
        ):
            return p
    return None


#: Round 15 (helper pl7): a place's kind word right before it, with its proclitics (بمديرية أرحب، في بلدة داريا).
_KIND_BEFORE = frozenset(w + k for w in ("", "و", "ب", "وب", "ل", "ال") for k in _KIND_WORDS)
#: Round 15 (helper pl7): at most this many words between a place and the place that locates it.
_DESCRIBED_GAP = 6


#: Round 16 (helper pl9): a bearing set off by a comma or a bracket right after a place, a word of distance or a
#: kind word at most between (وفي مأرب، شمال شرقي العاصمة صنعاء، …): it says where that place lies.
_APPOSED = re.compile(r"\s*[،,(]\s*(?:[^\s،,.:؛()]+\s+){1,3}$")


def described_place(ctx: Context, places: list[Entity], best: Entity) -> Entity | None:
    """A place named with its kind word and then located by the place ranked first, which is a bearing of it or the
    object of a participle of place (بمديرية أرحب 20كم شمال صنعاء، في بلدة داريا المحاذية لدمشق، ناحية X الواقعة
    جنوب Y): the event is at the place so described, not at the town named to say where it lies (round 15, helper
    pl7; tune, tune8, and tune5 with a province). Only below country level, in the same country, in another
    province, and at most six words apart."""
    geo = best.geo or {}
    admin1 = geo.get("admin1")
    if is_province(best) or is_country(best) or not admin1:
        return None
    text = ctx.doc.text
    for p in places_before(places, best):
        pgeo = p.geo or {}
        if (
            not pgeo.get("admin1")
            or pgeo.get("admin1") == admin1
            or (ctx.previous_word(p.start) not in _KIND_BEFORE and not _APPOSED.match(text, p.end, best.start))
        ):
            continue
        gap = normalize(text[p.end : best.start]).split()
        if len(gap) > _DESCRIBED_GAP:
            continue
        if _bearing_only(ctx, best) or any(w in DESCRIBING_PARTICIPLES for w in gap):
            return p
    return None


#: "In response to" (ردا على، انتقاما ل): what follows is the happening answered, with its own place.
_RESPONSE = re.compile(r"(?<![\u0621-\u064A])(?:رد[اًً]{1,2}|انتقام[اًً]{1,2}|ثأر[اًً]{1,2})(?![\u0621-\u064A])")


def in_response(ctx: Context, cand: Candidate, p: Entity) -> bool:
    """Whether a place after the trigger belongs to what the event answers ("أمطرت الفصائل البلدات بالقذائف، ردا
    على تعرض بلدة الزبداني لهجوم"), not to the event."""
    return p.start > cand.end and bool(_RESPONSE.search(ctx.doc.text, cand.end, p.start))


def extended_sentence(ctx: Context, sentence: tuple[int, int]) -> tuple[int, int]:
    """A sentence with the next one of its block when a line break, not a full stop, ended it (a tweet's lines)."""
    s0, s1 = sentence
    if re.search(r"[.!?؟]\s*$", ctx.doc.text[s0:s1]):
        return s0, s1
    i = ctx.sentence_index(s0) + 1
    if i < len(ctx.sentences) and ctx.block(s0) == ctx.block(ctx.sentences[i].start):
        return s0, ctx.sentences[i].end
    return s0, s1


def paragraph_place(ctx: Context, cand: Candidate, taken: set[tuple[int, int]]) -> Entity | None:
    """Round 18 (helper pl2): the scene a later paragraph of the body opens with, for an event told in a later
    sentence of it whose clause and sentence name no known place ("أما على صعيد مأرب، فقد دارت اشتباكات … . كما
    وقعت اشتباكات مماثلة في منطقة المخدرة"؛ "إلى ذلك شن طيران التحالف غارات … في محافظة الضالع. … وقال المصدر إن
    قصفا مكثفا استهدف معسكر الصدرين بمريس"): nearer than the headline or lead's place, which tell another part of
    a long article. The paragraph is a line of the body after the lead's; its opening sentence's places are read as
    the lead's are (the most specific, then the first). None in the lead's paragraph (the lead stands) or when the
    opening sentence names no place below a country."""
    text = ctx.doc.text
    s0 = cand.sentence[0]
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    p0 = text.rfind("\n", 0, s0) + 1
    if p0 <= title_end or not text[title_end:p0].strip():
        return None  # the title or the lead's paragraph (no body line before this one)
    opening = next((s for s in ctx.sentences if s.start >= p0), None)
    if opening is None or opening.start >= s0:
        return None  # the trigger's sentence opens its paragraph
    places = [
        p
        for p in clause_places(ctx, opening.start, opening.end)
        if not is_country(p) and not is_destination(ctx, p) and not visited(ctx, p) and not reference_point(ctx, p)
    ]
    # an opening sentence that tells a happening: its places (أما على صعيد مأرب، فقد دارت اشتباكات), a capital only in
    # a happening's clause (بعد اطلاق انقرة حربا: the capital names who acts)
    told = [(a, b) for a, b in taken if opening.start <= a < opening.end]
    places = [
        p for p in places if told and ((p.geo or {}).get("feature") != "PPLC" or any(a <= p.start < b for a, b in told))
    ]
    if not places:
        return None
    # round 40 (ev9): "وفي محافظة مأرب، شرق صنعاء، شنت طائرات التحالف غارات": a place told by its bearing from another
    # (شرق صنعاء) locates the place named beside it and is not the paragraph's scene when another place is named
    scenes = [p for p in places if not _bearing_only(ctx, p)]
    return _area_place(ctx, scenes or places)


def _same_country(a: Entity, b: Entity) -> bool:
    return (a.geo or {}).get("country_iso3") == (b.geo or {}).get("country_iso3")


def _area_place(ctx: Context, places: list[Entity]) -> Entity:
    """The most specific of ``places`` (then the first) standing for the area an event is told in, not a point:
    precision 2 at the most (``paragraph``, as the lead's place)."""
    best = sorted(places, key=lambda p: (place_precision(ctx, p), p.start))[0]
    return Entity(
        id=best.id,
        type=best.type,
        start=best.start,
        end=best.end,
        canonical=best.canonical,
        canonical_ar=best.canonical_ar,
        geo=dict(best.geo or {}, paragraph=True),
        source=best.source,
    )


def sentence_province(ctx: Context, cand: Candidate, taken: set[tuple[int, int]]) -> Entity | None:
    """Round 33 (helper pl19): the province of the places the trigger's sentence names in its other clauses, for an
    event whose own clause names no known place (a village the gazetteer lacks: "كما سقطت عشرات القذائف على بلدتي نبل
    والزهراء، عقبه قصف من قوات النظام على مناطق في بلدة عندان"), when they all lie in one province of one country and
    the headline's or lead's place (what the row took before) lies in another: a news round-up tells each front in
    its own sentence, and the lead names only the first. The sentence's most specific place stands for the area
    (precision 2 at the most, as :func:`paragraph_place`'s). None in the lead's paragraph (a row there retells the
    lead's happening: "ويأتي تبادل إطلاق النار بعد أيام على هجوم في سروج"), when the sentence names no such place or
    places of two provinces, when the article names no lead place (the row had none), and when the sentence's
    province is the lead's or lies in another country."""
    text = ctx.doc.text
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    p0 = text.rfind("\n", 0, cand.sentence[0]) + 1
    if p0 <= title_end or not text[title_end:p0].strip():
        return None  # the title or the lead's paragraph: the lead's place is the scene it tells
    s0, s1 = extended_sentence(ctx, cand.sentence)
    places = [
        p
        for p in clause_places(ctx, s0, s1)
        if not is_country(p)
        and not is_destination(ctx, p)
        and not visited(ctx, p)
        and (p.geo or {}).get("admin1")
        and not (p.geo or {}).get("unresolved")
        # a capital only in a happening's clause (نظام الأسد الذي تديره طهران: the capital names who rules)
        and ((p.geo or {}).get("feature") != "PPLC" or any(a <= p.start < b for a, b in taken))
    ]
    provinces = {((p.geo or {}).get("country_iso3"), (p.geo or {}).get("admin1")) for p in places}
    if len(provinces) != 1:
        return None
    lead = lead_place(ctx)
    if lead is None:
        return None  # the row had no place (no row): nothing is borrowed from the lead here
    lead_geo = lead.geo or {}
    ((country, admin1),) = provinces
    if country != lead_geo.get("country_iso3") or admin1 == lead_geo.get("admin1"):
        return None  # another country's place (نظام الأسد الذي تديره طهران in a Saudi column), or the lead's province
    return _area_place(ctx, places)  # told in the place's area, not at the place, as the paragraph's scene


def lead_place(ctx: Context) -> Entity | None:
    """The place of the headline, else of the lead sentence (the article's focus)."""
    doc = ctx.doc
    title_end = next((b.end for b in doc.blocks if str(b.kind) == "title"), 0)
    spans = [(0, title_end)] if title_end and not is_dateline(doc.text[:title_end]) else []
    # the body's first sentence of more than 40 characters, else its first (round 30, se2: read up to it, not every
    # sentence of the article)
    first = fallback = None
    for s in ctx.sentences:
        if s.start >= title_end and not doc.post_at(s.start) and not is_dateline(doc.text[s.start : s.end]):
            if fallback is None:
                fallback = s
            if s.end - s.start > 40:
                first = s
                break
    if first is None:
        first = fallback
    if first is not None:
        spans.append((first.start, first.end))
    for a, b in spans:
        places = [
            p
            for p in clause_places(ctx, a, b)
            if not is_country(p) and not is_destination(ctx, p) and not visited(ctx, p) and not reference_point(ctx, p)
        ]
        if places:
            return sorted(places, key=lambda p: (place_precision(ctx, p), p.start))[0]
    return None


def fronted_scene(ctx: Context, cand: Candidate) -> Entity | None:
    """Round 40 (helper ev9): the place a sentence opens with before a comma ("وفي محافظة الضالع جنوبي اليمن، قتل
    خمسة … وأصيب ثلاثة آخرون فجرا في استهداف عربتين لهم"), for a row whose own clause names no place and that would
    borrow the headline's or lead's: a news round-up sets each front's scene at the head of its sentence, and every
    clause after the comma is told there. Read only when the sentence's first words are في (و، ف before it), one kind
    word at most (محافظة، مدينة …) and the place, and the comma closes that opening clause before the trigger; None
    otherwise."""
    s0 = cand.sentence[0]
    text = ctx.doc.text
    comma = text.find("،", s0, cand.start)
    if comma < 0:
        return None
    places = [p for p in clause_places(ctx, s0, comma) if not is_destination(ctx, p)]
    if not places:
        return None
    first = places[0]
    words = [normalize(w) for w in text[s0 : first.start].split()]
    if not words or words[0] not in ("في", "وفي", "ففي") or len(words) > 2:
        return None
    if len(words) == 2 and words[1] not in _KIND_WORDS:
        return None
    return _area_place(ctx, [first])  # the scene of the sentence's clauses, an area as the paragraph's (precision 2)


def foreign_scene(ctx: Context, cand: Candidate, lead: Entity, starts: Sequence[int]) -> Entity | None:
    """Round 40 (helper ev9): the place in another country that the event's sentence names, for a row that would
    borrow the headline's or lead's place (``lead``) because its own clause names none: "تصعيد العنف في تركيا" over
    "ومع ذلك، قالت الحكومة التركية إنها لم تقصف أي مناطق في شمال العراق، مضيفة أنها قصفت مركزا لوجيستيا للحزب" —
    the strike is in northern Iraq, not at the lead's Turkish province. Read only when every scene place of the
    sentence (a country only after a locative, as :func:`clause_places` keeps it) lies outside the lead's country, and
    no other trigger stands between the event's trigger and the place (``starts``: every trigger's start): "تبنى
    الحزب هجوما بسيارة مفخخة ردا على الغارات الجوية على قواعده في شمال العراق" tells the raids' place, not the car
    bomb's. The nearest such place is taken; None when there is none."""
    country = (lead.geo or {}).get("country_iso3")
    if not country:
        return None
    s0, s1 = cand.sentence
    places = [
        p
        for p in clause_places(ctx, s0, s1)
        if (p.geo or {}).get("country_iso3") and not is_destination(ctx, p) and not visited(ctx, p)
    ]
    name = normalize(lead.canonical_ar or ctx.doc.text[lead.start : lead.end])
    if not places or any(
        (p.geo or {}).get("country_iso3") == country
        or normalize(p.canonical_ar or ctx.doc.text[p.start : p.end]) == name
        for p in places
    ):
        return None  # (the lead's town named again, resolved in another country: «في جيب مليلية في المغرب»)
    best: Entity | None = None
    gap = 0
    for p in places:
        a, b = (cand.end, p.start) if p.start >= cand.end else (p.end, cand.start)
        if any(a <= s < b and s != cand.start for s in starts):
            continue  # another trigger between: the place is that one's
        if best is None or b - a < gap:
            best, gap = p, b - a
    return best


#: A definite "the town / the city" that points back at a place named before (المناطق المحيطة بالبلدة).
_PLACE_ANAPHOR = re.compile(
    r"(?<![\u0621-\u064A])(?:و?(?:ب|ل|ك)?ال)(?:" + cue_alt("anaphor_place_nouns") + r")(?![\u0621-\u064A])"
)


#: Round 14 (helper pl5): "the area" after في or ب and the word after it (normalized text).
_AREA_ANAPHOR = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:في\s+|ب)(?:" + "|".join(sorted(AREA_ANAPHORS)) + r")(?![\u0621-\u064A])"
        r"\s*([\u0621-\u064A]*)"
    )
)


def area_anaphor(text: str) -> bool:
    """Whether a clause says only "in the area" (شنت الجبهة هجوما في المنطقة الليلة الماضية): no name or adjective
    after المنطقة (المنطقة الشرقية، المنطقة العازلة), a time allowed."""
    return any(
        not m.group(1).startswith("ال") or m.group(1) in AREA_ANAPHOR_TIMES
        for m in _AREA_ANAPHOR.finditer(normalize(text))
    )


#: Round 24 (helper mg13): a site kind's definite noun standing alone (القاعدة، بالمعسكر، للمطار); the words before it
#: that make it a group's name (تنظيم القاعدة) are ``words.SITE_ANAPHOR_NOT_AFTER``.
_SITE_ANAPHOR = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:بال|لل|ال)(" + SITE_KINDS_ALT + r")(?![\u0621-\u064A])")
#: Words of nearness among the two before it (place_cues.site_reference_words and site_anaphor_near), normalized.
_SITE_ANAPHOR_NEAR = SITE_ANAPHOR_NEAR | SITE_REFERENCE_WORDS


def site_anaphor(ctx: Context, cand: Candidate, reach: int = 2) -> Entity | None:
    """Round 24 (helper mg13): the named site a clause's "the base", six words at most after its trigger, tells
    again (قصفوا القاعدة بالصواريخ؛ بسط سيطرتها الكاملة على القاعدة الجوية؛ غارات على المواقع الداخلية للقاعدة): the
    last site of the same kind named with its name (قاعدة العند) earlier in the clause's sentence or in the ``reach``
    sentences before, read as :func:`site_place` reads it, else by its sourced province (al-Anad: Lahij), not the
    Aden a relative clause or the lead names. None when the noun is a group's name (تنظيم القاعدة، القاعدة في جزيرة
    العرب) or no such site is told."""
    text = ctx.doc.text
    c0, c1 = cand.clause
    for m in _SITE_ANAPHOR.finditer(text, max(c0, cand.end), c1):
        if len(_A_WORD.findall(text, cand.end, m.start())) > 6:
            break  # the base the trigger's object names (قصفوا القاعدة؛ غارات على المواقع الداخلية للقاعدة), no other
        before = [normalize_word(w) for w in _A_WORD.findall(text[max(0, m.start() - 30) : m.start()])[-2:]]
        if any(
            w in SITE_ANAPHOR_NOT_AFTER or (w[:1] in "وفبل" and w[1:] in SITE_ANAPHOR_NOT_AFTER) for w in before[-1:]
        ):
            continue
        if any(w in _SITE_ANAPHOR_NEAR for w in before):
            break  # "الطريق المار بمحاذاة القاعدة"، "قرب القاعدة": a landmark beside the scene (site_place's rule)
        if normalize(text[m.end() : m.end() + 12]).strip().startswith(("في جزيره", "ببلاد", "في بلاد")):
            continue
        kind = normalize(m.group(1))
        i = ctx.sentence_index(cand.sentence[0])
        spans = [(cand.sentence[0], m.start(), cand.sentence)]
        spans += [
            (ctx.sentences[k].start, ctx.sentences[k].end, (ctx.sentences[k].start, ctx.sentences[k].end))
            for k in range(i - 1, max(-1, i - 1 - reach), -1)
        ]
        for a, b, sentence in spans:
            if b <= a:
                continue
            proxy = copy_candidate(cand)
            proxy.clauses, proxy.clause, proxy.sentence, proxy.start = [(a, b)], (a, b), sentence, a
            site = site_place(ctx, proxy) or _sourced_site(ctx, a, b)
            if site is None or kind not in normalize(text[max(0, site.start - 10) : site.start]):
                continue
            return dataclasses.replace(site, start=m.start(), end=m.end(), geo=dict(site.geo or {}))
        return None
    return None


def _sourced_site(ctx: Context, a: int, b: int) -> Entity | None:
    """The last site of ``a``..``b`` whose province is sourced (``geo.yaml`` ``site_provinces``: العند, Lahij), also
    when told as a landmark (في محيط قاعدة العند، قرب قاعدة العند): the base "the base" names next."""
    for m in reversed(list(NAMED_SITE.finditer(ctx.doc.text, a, b))):
        row = known_site(m.group(1))  # round 27 (geo12): the row's country, whatever the article's
        if row is not None:
            return unlisted_entity(
                m, {"country_iso3": row[0], "admin1": row[1], "unresolved": True, "geo_precision": 2}
            )
    return None


def anaphoric_place(ctx: Context, cand: Candidate, reach: int = 1) -> Entity | None:
    """The town named in the sentence before (or the last of ``reach`` sentences before that names one) when the
    clause says only "the town" (بالبلدة، المدينة); round 14: or "in the area" (في المنطقة)."""
    c0, c1 = cand.clause
    if not _PLACE_ANAPHOR.search(ctx.doc.text, c0, c1):
        if not area_anaphor(ctx.doc.text[c0:c1]):
            return None
        if any(not is_country(p) for p in clause_places(ctx, cand.sentence[0], c0)):
            return None  # "انفجار بحي الكرامة جنوب العريش بعدما فجر مجهولون منزلا بالمنطقة": the area just named
    else:
        # round 16 (helper pl9): "وفي مأرب، شمال شرقي العاصمة صنعاء، هاجم الحوثيون … جنوبي غرب المدينة": the town
        # fronted in the clause's own sentence is the nearest one "the city" can mean
        own = [
            p
            for p in clause_places(ctx, cand.sentence[0], c0)
            if place_precision(ctx, p) == 1 and not reference_point(ctx, p) and not _bearing_only(ctx, p)
        ]
        if own:
            return own[-1]
    i = ctx.sentence_index(cand.sentence[0])
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        prev = ctx.sentences[k]
        places = clause_places(ctx, prev.start, prev.end)
        towns = [p for p in places if place_precision(ctx, p) == 1]
        if towns:
            return towns[-1]
        # round 14 (helper pl5): the town named only in a bearing of the sentence before (اشتباكات في جبل الوحش شمال
        # شرق مدينة تعز … قصف الأحياء السكنية في المدينة): "the city" is that town, not the headline's place
        towns = [p for p in places if _TOWN_IN_BEARING.match(ctx.doc.text, p.start, p.end)]
        if towns:
            return towns[-1]
    return None


#: Round 14 (helper pl5): a bearing phrase read as one place that ends with a town told by its kind (شمال شرق مدينة
#: تعز، جنوب بلدة X).
_TOWN_IN_BEARING = re.compile(
    r"(?:ب|في\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)[\u0621-\u064A]{0,2}(?:\s+(?:ال)?(?:شمال|جنوب|شرق|غرب)[\u0621-\u064A]{0,2})?"
    r"\s+(?:" + cue_alt("anaphor_place_nouns") + r")\s+[\u0621-\u064A]"
)


def near_focus(ctx: Context, mark: Entity) -> Entity | None:
    """The headline or lead's place when the clause names only a distance from ``mark`` (في سوق ببلدة … 35 كيلومترا
    شمال شرقي بغداد, headline: تفجير ديالى): a province of the same country, or a place of it within 150 km of the
    mark."""
    focus = lead_place(ctx)
    if focus is None or focus.start == mark.start:
        return None
    a, b = focus.geo or {}, mark.geo or {}
    if a.get("country_iso3") != b.get("country_iso3") or a.get("place_id") == b.get("place_id"):
        return None
    if a.get("lat") is None:
        # a province with no point of its own (تفجير ديالى): the distance is told to place the event in it
        return focus if str(a.get("feature") or "").startswith("ADM1") and a.get("admin1") else None
    if b.get("lat") is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return focus if 2 * 6371 * math.asin(math.sqrt(h)) <= 150 else None


@functools.cache
def acled_event_places() -> dict[str, tuple[str, str]]:
    """Round 19 (helper geo3): gazetteer ids whose event rows ACLED files under another country and first-level
    division (``ar/geo.yaml`` ``acled_event_places``: Jerusalem → Palestine, West Bank), as (country_iso3, admin1)."""
    data = load_yaml("ar/geo.yaml").get("acled_event_places") or {}
    return {str(k): (str(v["country_iso3"]), str(v["admin1"])) for k, v in data.items()}


def location_json(ctx: Context, ent: Entity, precision: int) -> dict[str, Any]:
    geo = ent.geo or {}
    if str(geo.get("point") or "").endswith("seat"):
        # round 20 (helper geo4): a town the gazetteer holds with no point of its own stands at its governorate's or
        # district's seat (supplement rows with no coordinate: الطوال، الحرث، العارضة of Jazan; سرمدا): it ranks as a
        # town among the event's places, but the row's point is the seat's, so its precision is the gazetteer's
        precision = max(precision, int(geo.get("geo_precision") or 3))
    country, admin1 = acled_event_places().get(str(geo.get("place_id")), (geo.get("country_iso3"), geo.get("admin1")))
    return {
        "name": ent.canonical or ctx.doc.text[ent.start : ent.end],
        "name_ar": ctx.doc.text[ent.start : ent.end],
        "lat": geo.get("lat"),
        "lon": geo.get("lon"),
        "country_iso3": country,
        "admin1": admin1,
        "admin2": geo.get("admin2"),
        "admin3": geo.get("admin3"),
        "geonames_id": geo.get("geonames_id"),
        "geo_precision": precision,
        "entity": ent.id,
    }


def place_key(ent: Entity | None) -> str | None:
    """A place's identity for merging: its gazetteer id, else its country, admin1 and name."""
    if ent is None:
        return None
    geo = ent.geo or {}
    if geo.get("place_id"):
        return str(geo["place_id"])
    return f"{geo.get('country_iso3')}|{geo.get('admin1')}|{ent.canonical or ''}"
