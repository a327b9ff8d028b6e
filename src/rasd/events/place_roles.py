"""Step 5 (place), round 28 (helper pl14): which of the places a text ties to one happening is the happening's own.

* **A place found nearer to the happening stands against one borrowed from farther away.** When two mentions of one
  happening are merged (:func:`rasd.events.merge.happening.absorb`), the merged row took the finer of the two places
  whatever role each played: a place borrowed from the headline, lead or dateline (``place_from == "lead"``, its
  precision raised to 2 by the events stage) or from the paragraph beat the province the happening's own clause names
  (precision 3). A condemnation under a Riyadh dateline telling "العمل الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ
  بمنطقة عسير" put the bombing at Riyadh; preachers "بمحافظة ينبع" condemning "التفجير الذي وقع في مسجد قوات
  الطوارئ بمنطقة عسير" put it at Yanbu (so four fresh articles of the round's range). :func:`own_place_stands` and
  :func:`own_place_wins` keep the place found nearer (its own clause, then its sentence or paragraph, then the
  headline or lead) when the two lie in different provinces or countries; a borrowed town inside the same province
  still refines it.
* **The place told with the trigger stands against a frame of another province.** "سيطروا على أربع مناطق في محافظة
  إب … الأمر الذي يضع المقاومة على مقربة من معقل الجماعة في العاصمة صنعاء": the ranking took the finest place of the
  clause, the capital the sentence names as the aim; the locative phrase right after the trigger (في or a fused ب, a
  kind word maybe between: ``place_cues.yaml`` ``trigger_locative_words``) is the happening's place when the ranked
  place lies in another province (:func:`trigger_locative`).
* **A place of another item of a headline is not the event's.** Two dots or an ellipsis join two items of a headline
  into one sentence and one clause ("المقاومة الشعبية تستعيد قاعدة العند.. والقوات الخليجية تؤمن عدن"; a tenth of the
  fresh short articles' titles write them): a place across them from the trigger gives way to one on its side
  (:func:`across_item_break`).
"""

from __future__ import annotations

import re

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.place_filters import is_country, places_before
from rasd.geo.recognize.words import (
    _BELONGING_WORDS,
    HOLDER_AREA_WORDS,
    HOLDER_QUARTER_WORDS,
    TRIGGER_LOCATIVE_WORDS,
)
from rasd.geo.resolve import km
from rasd.resources.cues import arg_cue_words
from rasd.text.normalize import normalize

#: Where a place was found, the nearer to the happening the stronger: its own clause, else another clause of its
#: sentence or the paragraph (``sentence``), else the headline, lead or dateline (``lead``).
_RANK = {"clause": 2, "sentence": 1, "lead": 0}


def _area(p: Entity | None) -> tuple[object, object]:
    geo = (p.geo or {}) if p is not None else {}
    return geo.get("country_iso3"), geo.get("admin1")


def other_area(a: Entity, b: Entity) -> bool:
    """Whether two places lie in different countries, or in different provinces both known."""
    (ca, aa), (cb, ab) = _area(a), _area(b)
    if ca and cb and ca != cb:
        return True
    return bool(aa) and bool(ab) and aa != ab


def own_place_stands(into: Candidate, other: Candidate) -> bool:
    """Whether ``into`` keeps its place when ``other`` (a mention of the same happening) is merged into it: ``into``'s
    place was found nearer to the happening (its own clause before another clause or the paragraph, those before the
    headline or the lead) and the two lie in different countries, or in different provinces, ``into``'s known (a
    province named with the happening is not replaced by the dateline's city or the paragraph's town)."""
    if into.place is None or other.place is None:
        return False
    if _RANK.get(into.place_from, -1) <= _RANK.get(other.place_from, 2):
        return False
    (ci, ai), (co, ao) = _area(into.place), _area(other.place)
    if ci and co and ci != co:
        return True
    return bool(ai) and ai != ao


def own_place_wins(into: Candidate, other: Candidate) -> bool:
    """Whether ``other``'s place, found nearer to the happening, replaces ``into``'s in another province or country,
    whatever their precisions (the converse of :func:`own_place_stands`)."""
    return own_place_stands(other, into)


_A_WORD = re.compile(r"[\u0621-\u064A]+")
#: Words of a place's kind that may stand between the preposition and the name (في منطقة، بمديرية), normalized.
_KIND = frozenset(normalize(w) for w in arg_cue_words("place_kind_words"))
#: At most this many words between the trigger and its place (مواجهات اندلعت في منطقة، سيطروا على ست مناطق في).
_REACH = 6


def _locative(ctx: Context, p: Entity) -> bool:
    """Whether ``p`` is told after a locative preposition or a fused ب, a kind word maybe between (في منطقة بيت الأحمر،
    بمديرية أرحب، في محافظة إب، بصنعاء)."""
    text = ctx.doc.text
    j = ctx.word_start(p.start)
    if text[j : p.start] in ("ب", "وب", "فب"):
        return True
    words = _A_WORD.findall(text[max(0, j - 40) : j])
    if not words:
        return False
    last = words[-1]
    if normalize(last) in _KIND:
        return len(words) >= 2 and words[-2] in TRIGGER_LOCATIVE_WORDS
    if last[:1] == "ب" and normalize(last[1:]) in _KIND:
        return True
    return last in TRIGGER_LOCATIVE_WORDS


def trigger_locative(ctx: Context, cand: Candidate, places: list[Entity], best: Entity) -> Entity | None:
    """The first place of the locative phrase right after the trigger ("مواجهات اندلعت في منطقة بيت الأحمر بمديرية
    أرحب"، "سيطروا على أربع مناطق في محافظة إب"), when it lies in another province or country than ``best``, the place
    the clause's ranking chose, and its province is known: told after في or a fused ب (a kind word may stand between),
    at most six words after the trigger, no punctuation between. ``places`` are the clause's candidate places, already
    rid of reference points, destinations and the like."""
    text = ctx.doc.text
    for p in sorted((p for p in places if p.start >= cand.end), key=lambda p: p.start):
        gap = text[cand.end : ctx.word_start(p.start)]
        if any(c in gap for c in ".،,:؛\n"):
            return None
        if _locative(ctx, p):
            if len(_A_WORD.findall(gap)) > _REACH or p is best or not (p.geo or {}).get("admin1"):
                return None
            return p if other_area(p, best) else None
    return None


#: Two dots or an ellipsis between two items of a headline (المقاومة تستعيد قاعدة العند.. والقوات تؤمن عدن).
_ITEM_BREAK = re.compile(r"\.\.|…")


def across_item_break(ctx: Context, cand: Candidate, p: Entity) -> bool:
    """Whether place ``p`` is told across two dots or an ellipsis from the trigger, in another item of a headline or a
    line ("المقاومة الشعبية تستعيد قاعدة العند.. والقوات الخليجية تؤمن عدن": Aden is where the Gulf forces secure, not
    where the base was retaken); the sentence reader does not end a sentence there."""
    lo, hi = (cand.end, p.start) if p.start >= cand.end else (p.end, cand.start)
    return bool(_ITEM_BREAK.search(ctx.doc.text, lo, hi)) if hi > lo else False


#: Round 29 (helper pl15): a holder told right after the place it holds — in, inside, or a fused ب, a kind word or an
#: area word maybe between (في مديرية حزم العدين بإب، بلدة الجش بمحافظة القطيف، بلدة داريا بغوطة دمشق).
_HOLDER_PREPS = frozenset({"في", "داخل"})
_HOLDER_KINDS = _KIND | HOLDER_AREA_WORDS
#: The kind word of a city (بمدينة، في مدينة), normalized: what it holds is a part of the city.
_CITY_WORD = normalize("مدينة")
#: Two places of different provinces hold one another only this near (Darayya in Damascus's Ghouta: 8 km).
_HELD_KM = 30.0


def _holder_gap(gap: str) -> bool:
    """Whether the words between two places put the first inside the second: ب fused to the second or to a kind
    word, في or داخل, a kind or area word maybe between; no punctuation, no و (a list), nothing else."""
    if any(c in gap for c in '.،,:؛()«»"\n'):
        return False
    words = gap.split()
    if words and normalize(words[0]) in _BELONGING_WORDS:
        # "قرية X التابعة لمحافظة Y"، "X الواقعة في مديرية Y": a participle of belonging, then "in" or ل
        words = words[1:]
        if words and (words[0] == "ل" or (words[0][:1] == "ل" and normalize(words[0][1:]) in _HOLDER_KINDS)):
            return len(words) == 1
    if not words:
        return False
    if words == ["ب"]:
        return True  # the second place's own fused ب (قرية X بجازان)
    head, rest = words[0], words[1:]
    if head in _HOLDER_PREPS:
        return not rest or (len(rest) == 1 and normalize(rest[0]) in _HOLDER_KINDS)
    if head[:1] == "ب" and normalize(head[1:]) in _HOLDER_KINDS:
        return not rest or rest == ["ب"]
    return False


def _quarter(ctx: Context, p: Entity) -> bool:
    """Whether ``p`` is told as a quarter of a city (حي الكلاسة، بحي الجمعيات، شارع الثلاثين), its quarter word one or
    two words before it (حي باب توما)."""
    text = ctx.doc.text
    words = _A_WORD.findall(text[max(0, ctx.word_start(p.start) - 30) : ctx.word_start(p.start)])[-2:]
    for word in (normalize(w) for w in words):
        for clitic in ("وب", "ب", "و", "ل", "ف", ""):
            if word.startswith(clitic) and word[len(clitic) :] in HOLDER_QUARTER_WORDS:
                return True
    return False


def _near(a: Entity, b: Entity) -> bool:
    ga, gb = a.geo or {}, b.geo or {}
    if ga.get("unresolved") or None in (ga.get("lat"), ga.get("lon"), gb.get("lat"), gb.get("lon")):
        return False
    return km(float(ga["lat"]), float(ga["lon"]), float(gb["lat"]), float(gb["lon"])) <= _HELD_KM


def held_place(ctx: Context, places: list[Entity], best: Entity) -> Entity | None:
    """The place ``best`` holds, told right before it: "في قرية X بمحافظة Y"، "في منطقة X في ولاية Y"، "في بلدة داريا
    بغوطة دمشق"، "في قاعدة العند الجوية في لحج". The ranking put the event at the holder (a town with a point ranks
    before a village or a site the gazetteer lacks, which carries the holder's area at precision 2); the text names
    the finer place the event was at. The held place lies in the holder's province (or, both with points, within 30 km:
    Darayya by Damascus). A quarter of a city, or an area told in a city (بمدينة), keeps the city (ACLED codes a
    city's quarters at the city); a country, a province or a district is held by nothing here (a district the
    gazetteer holds has no point of its own: its row would be coarser than the town's, precision 3, and fold into
    another town's row of the province). ``places`` are the clause's candidate places, already rid of reference
    points, destinations and the like."""
    bgeo = best.geo or {}
    if is_country(best) or not bgeo.get("admin1"):
        return None
    text = ctx.doc.text
    for p in places_before(places, best):
        pgeo = p.geo or {}
        if (
            best.start - p.end > 40
            or str(pgeo.get("feature") or "").startswith(("ADM1", "ADM2"))
            or not _holder_gap(text[p.end : best.start])
        ):
            continue
        if pgeo.get("admin1") != bgeo.get("admin1") and not _near(p, best):
            continue
        # a quarter of a city, or an area told in a city (بين منطقتي المهدية والماسورة بمدينة رفح), keeps the city
        return None if _quarter(ctx, p) or _CITY_WORD in normalize(text[p.end : best.start]) else p
    return None
