"""The article's focus country: the country its places lie in (one function for every stage that needs it).

:func:`focus_country` decides, in order:

1. When places are geocoded (the ``geo`` stage ran: entities carry ``geo``), each place mention votes for its
   ``country_iso3``: a town, district, governorate or area counts 1; a country named as a place counts 0.5, because
   reports name other countries as actors and sponsors ("أعلنت السعودية", "بدعم من إيران") far more often than the
   country they happen in; a mention in the title counts twice.
2. Before that (the ``entities`` stage, which runs before ``geo``): the place names of the given entities (LOC/GPE/
   FAC spans) are looked up in the gazetteer, and a name whose every candidate lies in one country votes as above; a
   nationality adjective (``اليمنية``, NORP entities) counts 0.5, as it does in the recognizer's own focus; an actor
   of the lexicon with a country of its own (``الحوثيون`` → Yemen) counts 0.25 (the name tagger misses places
   that the gazetteer finds later, and the actors an article names mostly belong to its country).
3. The country with the most votes; a tie goes to the one named first. ``None`` when nothing votes.

Checked by hand on the 40 SaudiNewsNet articles of the actors audit (docs/entities.md; July-August 2015): with
geocoded places 38 of 40 get the country a reader would name (the two misses: an Egyptian cleric's statement on a
bombing in Saudi Arabia, and a Saudi article that names no place); before ``geo``, from the entities alone, 29 of
40 - which is why the ``actors`` stage reads generic actors again after ``geo``.

:func:`adjective_country` and :func:`place_country` give the country of one nationality adjective or place name
(the "country named beside" a generic actor: ``الشرطة العراقية``, ``الدفاع المدني في غزة``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from rasd.document import BlockKind, Document, Entity
from rasd.geo.gazetteer import Gazetteer, load_gazetteer, name_key
from rasd.geo.recognize import geo_lexicon
from rasd.geo.recognize.lexicon import _country_adjectives
from rasd.geo.recognize.words import WORLD_COUNTRY_ADJECTIVES
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize

#: Weight of a country named as a place, and of a nationality adjective (a town or governorate counts 1).
_COUNTRY_WEIGHT = 0.5
_ADJECTIVE_WEIGHT = 0.5
_ACTOR_WEIGHT = 0.25
#: Weight multiplier of a mention in the title.
_TITLE_FACTOR = 2.0
_PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})


@functools.cache
def _iso3_by_iso2() -> dict[str, str]:
    """ISO 3166 alpha-2 → alpha-3 from the gazetteer's countries."""
    return {p.country: p.iso3 for p in load_gazetteer().places.values() if p.feature == "PCLI" and p.iso3}


@functools.cache
def _known_iso3() -> frozenset[str]:
    return frozenset(_iso3_by_iso2().values())


def adjective_country(word: str) -> str | None:
    """The ISO3 country of a nationality adjective in any inflection (``اليمنية``, ``العراقيين``, ``وليبي``), or
    ``None``. A bare masculine form without the article (``تركي``, also a given name) is not read."""
    return _adjective_in(word, geo_lexicon().adjectives_of)


@functools.cache
def _world_adjectives() -> dict[str, str]:
    by_code: dict[str, list[str]] = {}
    for item in WORLD_COUNTRY_ADJECTIVES:
        stem, _, code = item.partition("|")
        by_code.setdefault(code, []).append(stem)
    return _country_adjectives(by_code)


def world_adjective_country(word: str) -> str | None:
    """Round 28 (helper geo13): the ISO3 country of a nationality adjective of a country outside the region's
    (``place_cues.yaml`` ``world_country_adjectives``: ``الأميركية``, ``النمساوية``), with the article only; ``None``
    otherwise. Not a vote for the focus country: it says where a place the gazetteer lacks lies (بولاية كولورادو
    الأميركية)."""
    for prefix, stem in strip_proclitics(word):
        value = _world_adjectives().get(stem) if prefix.endswith("ال") else None
        if value is not None:
            return _iso3_by_iso2().get(value.split(":")[0])
    return None


def _adjective_in(word: str, adjectives: dict[str, str]) -> str | None:
    for prefix, stem in strip_proclitics(word):
        value = adjectives.get(stem)
        if value is None:
            continue
        if value.endswith(":m") and not prefix.endswith("ال"):
            continue
        return _iso3_by_iso2().get(value.split(":")[0])
    return None


def place_country(name: str, *, gazetteer: Gazetteer | None = None) -> tuple[str, bool] | None:
    """The one country a gazetteer name lies in, and whether the name is the country itself (``اليمن``), or
    ``None`` when the name is unknown or lies in several countries (``طرابلس``). Proclitics are tried off.

    Args:
        name: the name, normalized.
        gazetteer: the gazetteer to look in (default: :func:`rasd.geo.gazetteer.load_gazetteer`).
    """
    gazetteer = gazetteer or load_gazetteer()
    for _prefix, stem in strip_proclitics(name.split(" ", 1)[0]):
        rest = name.split(" ", 1)[1:]
        key = name_key(" ".join([stem, *rest]))
        candidates = gazetteer.candidates(key) or gazetteer.candidates(name_key("ال" + key))
        if not candidates:
            continue
        countries = {p.iso3 for p in candidates}
        if len(countries) != 1 or None in countries:
            return None
        iso3 = next(iter(countries))
        assert iso3 is not None
        return iso3, all(p.feature == "PCLI" for p in candidates)
    return None


def _title_span(doc: Document) -> tuple[int, int] | None:
    for block in doc.blocks:
        if block.kind == BlockKind.TITLE:
            return block.start, block.end
    return None


def focus_country(doc: Document, *, entities: Sequence[Entity] | None = None) -> str | None:
    """The ISO3 code of the country the article is about (see the module docstring), or ``None``.

    Args:
        doc: the document; its ``entities`` are read when ``entities`` is not given.
        entities: the entities to read instead (the ``entities`` stage passes the ones it is building).
    """
    ents = doc.entities if entities is None else entities
    title = _title_span(doc)
    votes: dict[str, float] = {}
    first: dict[str, int] = {}

    def vote(iso3: str | None, weight: float, at: int) -> None:
        if not iso3:
            return
        if title is not None and title[0] <= at < title[1]:
            weight *= _TITLE_FACTOR
        votes[iso3] = votes.get(iso3, 0.0) + weight
        first.setdefault(iso3, at)

    placed = [e for e in ents if e.geo and e.geo.get("country_iso3")]
    if placed:
        for e in placed:
            assert e.geo is not None
            weight = _COUNTRY_WEIGHT if e.geo.get("feature") == "PCLI" else 1.0
            vote(str(e.geo["country_iso3"]), weight, e.start)
    else:
        gazetteer = load_gazetteer()
        for e in ents:
            surface = doc.text[e.start : e.end]
            if e.type in _PLACE_TYPES:
                found = place_country(normalize(surface), gazetteer=gazetteer)
                if found is not None:
                    vote(found[0], _COUNTRY_WEIGHT if found[1] else 1.0, e.start)
            elif e.type == "NORP":
                vote(adjective_country(normalize(surface)), _ADJECTIVE_WEIGHT, e.start)
            elif e.actor_id is not None and e.country in _known_iso3():
                vote(e.country, _ACTOR_WEIGHT, e.start)
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], -first[c]))
