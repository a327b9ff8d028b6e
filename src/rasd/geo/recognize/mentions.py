"""A name matched in the text (:class:`_Mention`) and a recognised place (:class:`PlaceMention`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasd.geo.gazetteer import TIER_COMMON, Place
from rasd.geo.resolve import Choice


@dataclass(slots=True)
class _Mention:
    """One name match and what its context says (offsets: ``start``/``end`` in the source, ``v*`` in the view)."""

    start: int
    end: int
    key: str
    prefix: str
    vs: int  # view offset where the word (proclitics included) starts
    vname: int  # view offset where the name itself starts
    ve: int  # view offset just after the name
    tier: str
    candidates: list[Place]
    descriptor: str | None = None
    plural: bool = False
    countryside: bool = False
    span_start: int | None = None  # view offset where a ريف/direction phrase starts
    span_end: int | None = None  # view offset where a trailing direction ends
    direction: str | None = None
    direction_after: bool = False
    distance: bool = False  # "على بعد 40 كيلومترا غرب X": near X
    relational: bool = False
    prep: bool = False
    hashtag: bool = False
    negative: bool = False
    noun_after: bool = False
    #: round 25 (helper geo10): a verb-shaped homograph with its object after it (القوات تدمر 16 آلية): no place
    #: unless coordinated with an accepted place (قرب الرقة وتدمر دمرت خلالها …)
    verb_object: bool = False
    capital: bool = False  # "العاصمة" right after the name: the capital city of its candidates
    name_continues: bool = False  # "مخيم نور شمس": after a settlement descriptor the name runs on past the match
    name_preceded: bool = False  # "منطقة سون كايا": the match is the last word of a longer name after a descriptor
    compound: bool = False  # a bare direction noun follows: ظهران الجنوب is another place than ظهران
    adjective_position: bool = False
    #: round 31 (helper ga1): the key only a Persian spelling gives (Gazetteer.foreign_only) and nothing else made it
    #: a common word: read with context or after a preposition written apart, then an ordinary name
    foreign: bool = False
    descriptor_definite: bool = False  # the descriptor has the article (القرى السعودية: an adjective follows it)
    descriptor_article: bool = False  # round 34 (pl21): the descriptor is written with the article (العاصمة)
    country: str | None = None  # a nationality adjective right after or before the name (طرابلس الليبية)
    coordinated: list[int] = field(default_factory=list)
    qualifier: int | None = None
    qualifier_strong: bool = False
    accepted: bool = False
    evidence: list[str] = field(default_factory=list)
    choice: Choice | None = None

    @property
    def marked(self) -> bool:
        """Written as a place: a descriptor, ريف, a direction, a relational word or a hashtag goes with it."""
        return bool(
            self.descriptor or self.countryside or self.direction or self.relational or self.hashtag or self.country
        )

    @property
    def strong(self) -> bool:
        """Context that makes even a common word a place: :attr:`marked`, or a place qualifier after it."""
        if self.marked:
            return True
        if self.qualifier is None:
            return False
        return self.qualifier_strong or self.tier != TIER_COMMON


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A recognised place: a span of the source text and its resolution.

    Attributes:
        start: source offset of the mention (``ريف``/direction phrases included; conjunctions and prepositions
            excluded, the article kept: ``الكبانة`` in ``بالكبانة``).
        end: source offset just after it.
        type: ``GPE`` (country, governorate, district, settlement) or ``LOC`` (region, area, zone, countryside).
        canonical: English name (ACLED style).
        canonical_ar: Arabic name.
        geo: the SCHEMA ``geo`` object (lat, lon, geonames_id, country_iso3, admin1–3, feature, geo_precision …).
        key: the normalized gazetteer name that matched.
        evidence: why it was accepted (``descriptor:city``, ``prep``, ``coordinated``, ``focus`` …).
        score: the resolver's score of the chosen place.
    """

    start: int
    end: int
    type: str
    canonical: str
    canonical_ar: str
    geo: dict[str, Any]
    key: str
    evidence: tuple[str, ...]
    score: float
