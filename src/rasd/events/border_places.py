"""Step 5 (place), round 25 (helper geo9): fire across a border is placed where it lands.

Turkey's shelling and air strikes of July 2015 on the Islamic State "in Syria" (قصفت دبابات تركية مواقع لتنظيم داعش
في سوريا بعد إطلاق نيران منها أدى إلى مقتل جندي تركي في كيليس؛ غارات لقصف ثلاثة مواقع في المنطقة الحدودية في سوريا
المقابلة لمدينة كيليس) are told in tune15, tune20, tune28, tune29, tune33 and 3 fresh articles: the rows were placed in
Kilis (the shooter's side: the town named for the soldier killed, or as the reference point of the sites) or in Syria
with no province, where the dev set codes "IS positions in Syria facing Kilis": Aleppo. The border town names the
province across from it: the other country's province whose nearest gazetteer place lies within
:data:`BORDER_KM` of the town (Kilis → Aleppo's Azaz side; Suruc → Aleppo's Ayn al-Arab; Akcakale → Raqqa's Tell
Abyad), computed from the gazetteer's sourced points, no table of pairs.
"""

from __future__ import annotations

import functools
import re

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.place_filters import is_country
from rasd.geo.focus import adjective_country
from rasd.geo.gazetteer import Place, load_gazetteer
from rasd.geo.recognize.words import FACING_WORDS
from rasd.geo.resolve import km, region_geo
from rasd.text.normalize import normalize

#: Event classes told as fire that lands somewhere else than where it leaves (shells, air and drone strikes).
_SHOTS = frozenset({"air_strike", "drone_strike", "shelling", "bombardment"})
#: Event classes told as fighting on the border (تبادل لإطلاق النار، صدام مسلح): placed on the side of the soldiers
#: the text names, in its border town.
_CLASHES = frozenset({"clash"})
_WORD = re.compile(r"[\u0621-\u064A]+")
#: How near a town must lie to a place of another country to be a border town facing it (km).
BORDER_KM = 30.0


@functools.cache
def _towns_by_country() -> dict[str, tuple[Place, ...]]:
    """The gazetteer's populated places with a point of their own and a province, by ISO3 country."""
    out: dict[str, list[Place]] = {}
    for p in load_gazetteer().places.values():
        if not (p.feature.startswith("PPL") and p.lat is not None and p.lon is not None and p.admin1 and p.iso3):
            continue
        if not str(p.point or "").endswith("seat"):  # a town with no point of its own stands at its seat's
            out.setdefault(p.iso3, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def facing_province(place_id: str, country: str) -> Place | None:
    """The province of ``country`` (ISO3) across the border from the gazetteer town ``place_id``: the province of
    ``country``'s place nearest the town, when it lies within :data:`BORDER_KM` (else the town faces no part of
    ``country``)."""
    gaz = load_gazetteer()
    town = gaz.get(place_id)
    if town is None or town.lat is None or town.lon is None or town.iso3 == country:
        return None
    best: tuple[float, Place] | None = None
    for q in _towns_by_country().get(country, ()):
        if abs(q.lat - town.lat) > 0.5 or abs(q.lon - town.lon) > 0.6:  # type: ignore[operator]
            continue
        d = km(town.lat, town.lon, q.lat, q.lon)  # type: ignore[arg-type]
        if d <= BORDER_KM and (best is None or d < best[0]):
            best = (d, q)
    if best is None:
        return None
    near = best[1]
    return gaz.admin1_place(near.country, near.admin1_code)


def _town(ent: Entity) -> bool:
    g = ent.geo or {}
    return (
        str(g.get("feature") or "").startswith("PPL")
        and bool(g.get("place_id"))
        and g.get("lat") is not None
        and not g.get("unresolved")
    )


def _in_before(ctx: Context, ent: Entity) -> bool:
    """Whether a place is told as where something is (في سوريا، بسوريا), not whence (من سوريا)."""
    return ctx.previous_word(ent.start) in ("في", "ب", "وفي", "وب")


def _names_country(ctx: Context, start: int, end: int, iso3: str) -> bool:
    """Whether ``[start, end)`` names the country ``iso3`` (its name, or a nationality adjective: دبابات تركية)."""
    for p in ctx.places_in(start, end):
        if is_country(p) and (p.geo or {}).get("country_iso3") == iso3:
            return True
    return any(adjective_country(w) == iso3 for w in _WORD.findall(normalize(ctx.doc.text[start:end])))


def _facing(ctx: Context, ent: Entity, town: Entity, province: Place) -> Entity:
    geo = region_geo(province)
    text = ctx.doc.text
    return Entity(
        id=ent.id,
        type=ent.type,
        start=ent.start,
        end=ent.end,
        canonical=f"{province.name} (facing {town.canonical or text[town.start : town.end]})",
        canonical_ar=text[ent.start : ent.end],
        geo=geo,
        source=ent.source,
    )


def _facing_word_before(ctx: Context, ent: Entity) -> bool:
    """Whether a word of facing stands among the two words before a town (المقابلة لمدينة كيليس، قبالة بلدة كلس)."""
    text = ctx.doc.text
    words = _WORD.findall(normalize(text[max(0, ent.start - 40) : ent.start]))[-2:]
    return any(w in FACING_WORDS or (w[:1] in "وب" and w[1:] in FACING_WORDS) for w in words)


def across_border(ctx: Context, cand: Candidate, p: Entity) -> Entity | None:
    """The province across the border where a shot of ``cand`` lands, for the place ``p`` read for it:

    - ``p`` a town of country D when the trigger's sentence tells the target "in" country C after the trigger
      (قصفت دبابات تركية مواقع لتنظيم داعش في سوريا بعد إطلاق نيران … مقتل جندي تركي في كيليس; غارات لقصف مواقع في
      المنطقة الحدودية في سوريا المقابلة لمدينة كيليس), or with a word of facing before it and the border named
      (الغارات وقعت في منطقة عبر الحدود قبالة بلدة كلس التركية): C's province facing the town;
    - ``p`` country C alone (or a part of it with no province) when country D is named in the trigger's sentence or
      the one before (مقاتلات تركية، الجيش التركي، قصفت تركيا) and the article names border towns of D that all face
      one province of C (the soldier killed in Kilis a paragraph later): that province.

    A clash read only in country C (قتل جندي تركي … في تبادل لإطلاق النار عبر الحدود التركية - السورية؛ فتح متطرفون في
    سوريا النار على موقع متقدم للجيش التركي), with country D's soldiers named in its sentence and one border town of D
    facing C in the article (the soldier killed near Kilis, told in another sentence), is that town's: the dev set codes
    such clashes where D's post is."""
    g = p.geo or {}
    if cand.cls.name in _CLASHES:
        return _clash_side(ctx, cand, p)
    if cand.cls.name not in _SHOTS:
        return None
    text = ctx.doc.text
    s0, s1 = cand.sentence
    if _town(p):
        d = g.get("country_iso3")
        own = [
            q
            for q in ctx.places_in(cand.end, s1)
            if is_country(q) and (q.geo or {}).get("country_iso3") not in (None, d) and _in_before(ctx, q)
        ]
        if own and own[0].start < p.start:
            prov = facing_province(str(g["place_id"]), str((own[0].geo or {}).get("country_iso3")))
            return _facing(ctx, p, p, prov) if prov is not None else None
        if _facing_word_before(ctx, p) and "حدود" in normalize(text[s0:s1]):
            # the country across is the one whose place lies nearest the town (a typo may hide its name)
            for country in _neighbours(str(g["place_id"])):
                prov = facing_province(str(g["place_id"]), country)
                if prov is not None:
                    return _facing(ctx, p, p, prov)
        return None
    if not (is_country(p) or (g.get("feature") == "REGION" and not g.get("admin1"))) or not _in_before(ctx, p):
        return None  # (قذائف من داخل اليمن: whence the shells came, not where they fell)
    c = g.get("country_iso3")
    if not c:
        return None
    before = ctx.sentence(max(0, s0 - 2))
    lo = before.start if before.end <= s0 else s0
    provinces: dict[str, tuple[Entity, Place]] = {}
    for q in sorted(ctx.places, key=lambda q: abs(q.start - cand.start)):  # the town nearest the trigger names it
        qg = q.geo or {}
        d = qg.get("country_iso3")
        if not _town(q) or d in (None, c) or ctx.inside_actor(q.start, q.end):
            continue
        prov = facing_province(str(qg["place_id"]), str(c))
        if prov is None or not _names_country(ctx, lo, s1, str(d)):
            continue
        provinces.setdefault(prov.id, (q, prov))
    if len(provinces) != 1:
        return None  # no border town, or towns facing several provinces: the text does not say which
    town, prov = next(iter(provinces.values()))
    return _facing(ctx, p, town, prov)


def _clash_side(ctx: Context, cand: Candidate, p: Entity) -> Entity | None:
    g = p.geo or {}
    if not (is_country(p) or (g.get("feature") == "REGION" and not g.get("admin1"))) or not _in_before(ctx, p):
        return None
    c = g.get("country_iso3")
    if not c:
        return None
    s0, s1 = cand.sentence
    towns: dict[str, Entity] = {}
    for q in ctx.places:
        qg = q.geo or {}
        d = qg.get("country_iso3")
        if not _town(q) or d in (None, c) or ctx.inside_actor(q.start, q.end):
            continue
        if facing_province(str(qg["place_id"]), str(c)) is None:
            continue
        towns.setdefault(str(qg["place_id"]), q)
    if len(towns) != 1:
        return None  # no border town, or several: which post the text does not say
    town = next(iter(towns.values()))
    if not _names_country(ctx, s0, s1, str((town.geo or {}).get("country_iso3"))):
        return None  # the soldiers of the town's country are not named with the clash
    text = ctx.doc.text
    return Entity(
        id=p.id,
        type=p.type,
        start=p.start,
        end=p.end,
        canonical=town.canonical or text[town.start : town.end],
        canonical_ar=text[town.start : town.end],
        geo=dict(town.geo or {}),
        source=p.source,
    )


@functools.cache
def _neighbours(place_id: str) -> tuple[str, ...]:
    """The other countries with a gazetteer place within :data:`BORDER_KM` of a town, nearest first."""
    town = load_gazetteer().get(place_id)
    if town is None or town.lat is None or town.lon is None:
        return ()
    found: list[tuple[float, str]] = []
    for country, places in _towns_by_country().items():
        if country == town.iso3:
            continue
        ds = [
            km(town.lat, town.lon, q.lat, q.lon)  # type: ignore[arg-type]
            for q in places
            if abs(q.lat - town.lat) <= 0.5 and abs(q.lon - town.lon) <= 0.6  # type: ignore[operator]
        ]
        if ds and min(ds) <= BORDER_KM:
            found.append((min(ds), country))
    return tuple(c for _, c in sorted(found))
