"""Choosing among gazetteer candidates, and the ``geo`` object of a place mention (ACLED admin levels).

How a candidate is scored (the highest wins; numbers are added to :func:`rasd.geo.gazetteer.prior_score`):

* descriptor agreement: ``مدينة``/``بلدة``/``قرية`` want a settlement, ``محافظة`` a governorate, ``سهل``/``جبل``
  an area (+1.0 when the feature fits, -1.0 when a settlement descriptor meets an area, -3.0 a country);
* a bare name that is both a governorate and its seat means the governorate (+0.5), except for a seat of a
  million people or more (Aleppo, Damascus), which is usually meant as the city, and except for the divisions
  built from GeoNames (all countries but Syria), whose bare name is the town (-0.5);
* the article's country focus (+2.5 × the country's share of the places named so far that can lie in one country
  only, and of nationality adjectives): enough for a town of the article's country to beat a foreign capital of
  the same name (طرابلس in an article on Lebanon), not enough to beat the text's own qualifiers;
* a place qualifier written after the name (``X بريف حماة``, ``X شمال إدلب``): same governorate +2.0, another
  governorate -2.0 (REFERENCE §7: never resolve to a homonym that contradicts the text's own region); a qualifier
  in another country -2.0; a country (``طرابلس شمالي لبنان``) +1.5 for its places;
* a nationality adjective written with the name (``طرابلس الليبية``, ``العاصمة الليبية طرابلس``): same country
  +1.5, another -2.0;
* nearness to the places resolved without ambiguity (+0.7 within 50 km, +0.3 within 150 km);
* the governorates the article is about (+0.5 × share).

``geo_precision`` follows ACLED: 1 a particular town; 2 a small part of a region, an area near a town, or a town's
countryside; 3 a governorate, a country region or a large area.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.geo.gazetteer import AREA_FEATURES, Place, prior_score

#: Features a descriptor type prefers (mirrors ``descriptor_features`` in ``ar/geo.yaml``; kept here as the
#: resolver's defaults so that it works on a gazetteer built for tests).
SETTLEMENT_DESCRIPTORS = frozenset({"city", "town", "village", "neighbourhood", "camp"})
_METROPOLIS = 1_000_000
_NEAR_KM = 50.0
_REGION_KM = 150.0
#: Weight of the article's country focus. Calibrated on the homonyms of the Arab League gazetteer (2026-11-25):
#: Tripoli, Libya (capital, 1.3 M people, curated) scores 2.0 above Tripoli, Lebanon on priors alone; 0.8 let
#: the capital win in articles about Lebanon, 2.5 does not, and stays below the 4.0 swing of a qualifier.
_FOCUS = 2.5


@dataclass(slots=True)
class DocContext:
    """What the article as a whole says about where it is (filled as places are recognised)."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[float, float]] = field(default_factory=list)
    #: (round 41, sp14) :meth:`nearest_km` of each point asked: how many anchors it has read and the nearest of them
    _nearest: dict[tuple[float, float], tuple[int, float]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def add(self, place: Place, weight: float = 1.0) -> None:
        """Count a confidently recognised place."""
        self.countries[place.country] = self.countries.get(place.country, 0.0) + weight
        if place.admin1:
            self.admin1[place.admin1] = self.admin1.get(place.admin1, 0.0) + weight
        if place.lat is not None and place.lon is not None and place.precision == 1:
            self.anchors.append((place.lat, place.lon))

    def nearest_km(self, lat: float, lon: float) -> float:
        """``_nearest_km(lat, lon, self.anchors)`` (``self.anchors`` not empty), remembered per point: a document's
        candidates are scored again at each mention of their name (three quarters of the distances were computed
        before). The anchors only grow (:meth:`add`), so a point asked again reads only the anchors added since, from
        where its last walk stopped: the same distances compared in the same order, the same float."""
        anchors = self.anchors
        hit = self._nearest.get((lat, lon))
        if hit is not None and hit[0] == len(anchors):
            return hit[1]
        if hit is not None and hit[0] < len(anchors):
            best = _nearest_km(lat, lon, anchors, start=hit[0], best=hit[1])
        else:
            best = _nearest_km(lat, lon, anchors)
        self._nearest[lat, lon] = (len(anchors), best)
        return best

    def country_share(self, country: str) -> float:
        """The share of recognised places that lie in ``country`` (0 when none are known)."""
        total = max(self.countries.values(), default=0.0)
        return self.countries.get(country, 0.0) / total if total else 0.0

    def admin1_share(self, admin1: str | None) -> float:
        """The share of recognised places in governorate ``admin1``."""
        if not admin1:
            return 0.0
        total = max(self.admin1.values(), default=0.0)
        return self.admin1.get(admin1, 0.0) / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen place of a mention, with its score and the runner-up's."""

    place: Place
    score: float
    margin: float
    scores: tuple[tuple[str, float], ...]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _nearest_km(
    lat1: float, lon1: float, anchors: Sequence[tuple[float, float]], *, start: int = 0, best: float | None = None
) -> float:
    """``min(km(lat1, lon1, a, b) for a, b in anchors)`` with the same operations in the same order (so the same
    bits), the point's own terms computed once and no call per anchor (~80,000 distances per 300 articles).

    ``start`` and ``best``: go on from a walk that stopped before ``anchors[start]`` with ``best`` the nearest so far
    (:meth:`DocContext.nearest_km`)."""
    sin, cos, radians = math.sin, math.cos, math.radians
    p1 = radians(lat1)
    c1 = cos(p1)
    first = best is None
    if best is None:
        best = math.inf
    for lat2, lon2 in itertools.islice(anchors, start, None):
        p2 = radians(lat2)
        dp, dl = p2 - p1, radians(lon2 - lon1)
        a = sin(dp / 2) ** 2 + c1 * cos(p2) * sin(dl / 2) ** 2
        d = 2 * 6371.0 * math.asin(math.sqrt(a if a < 1.0 else 1.0))  # min(1.0, a), NaN included
        if first or d < best:
            best, first = d, False
    return best


def score_candidate(
    place: Place,
    candidates: Sequence[Place],
    *,
    descriptor: str | None,
    preferred: frozenset[str],
    countryside: bool,
    qualifier: Place | None,
    doc: DocContext,
    country: str | None = None,
) -> float:
    """The score of one candidate in context (see the module docstring)."""
    score = prior_score(place)
    if descriptor and place.feature in preferred:
        score += 1.0
    if descriptor in SETTLEMENT_DESCRIPTORS and place.feature in AREA_FEATURES:
        score -= 3.0 if place.feature == "PCLI" else 1.0  # قرية مصر is a village, never the country
    if countryside and place.feature in ("ADM1", "PCLI"):
        score += 0.5
    if not descriptor and not countryside:
        score += _governorate_bonus(place, candidates)
    score += _FOCUS * doc.country_share(place.country)
    score += 0.5 * doc.admin1_share(place.admin1)
    if qualifier is not None and qualifier.country != place.country:
        score -= 2.0
    elif qualifier is not None and (same := same_admin1(place, qualifier)) is not None:
        score += 2.0 if same else -2.0
    elif qualifier is not None and qualifier.feature == "PCLI":
        score += 1.5
    if country is not None:
        score += 1.5 if place.country == country else -2.0
    if doc.anchors and place.lat is not None and place.lon is not None:
        nearest = doc.nearest_km(place.lat, place.lon)
        if nearest < _NEAR_KM:
            score += 0.7
        elif nearest < _REGION_KM:
            score += 0.3
    return score


def same_admin1(a: Place, b: Place) -> bool | None:
    """Whether two places lie in the same first-level division (None when that is not known).

    Names are compared where both are known (Syria's governorates); otherwise the GeoNames admin1 codes of two
    places of one country (the gazetteer has no admin1 names for most countries, but GeoNames gives every
    place its code).
    """
    if a.country != b.country:
        return False
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1
    if a.admin1_code and b.admin1_code and a.feature != "PCLI" and b.feature != "PCLI":
        return a.admin1_code == b.admin1_code
    return None


def _governorate_bonus(place: Place, candidates: Sequence[Place]) -> float:
    """Bare governorate names: prefer the governorate over its seat, unless the seat is a metropolis."""
    if place.feature == "ADM1":
        seat = _seat(place, candidates)
        if seat is not None:
            # curated governorates (Syria's) follow the Syrian usage, where a bare إدلب is the governorate; a built
            # division shares its seat's names only because the seat is named after it (عدن، مأرب), and a bare
            # name there is the town, as ACLED codes it
            return -0.5 if seat.population >= _METROPOLIS or not place.curated else 0.5
    elif place.feature in ("PPLA", "PPLC"):
        gov = next((c for c in candidates if c.feature == "ADM1" and _seat(c, candidates) is place), None)
        if gov is not None and gov.curated and place.population >= _METROPOLIS:
            return 0.5
    return 0.0


def _seat(gov: Place, candidates: Sequence[Place]) -> Place | None:
    for cand in candidates:
        if cand is not gov and cand.feature in ("PPLA", "PPLC") and gov.point == f"anchor {cand.id}":
            return cand
    return None


def choose(
    candidates: Sequence[Place],
    *,
    descriptor: str | None = None,
    preferred: frozenset[str] = frozenset(),
    countryside: bool = False,
    qualifier: Place | None = None,
    country: str | None = None,
    doc: DocContext | None = None,
) -> Choice:
    """Pick the best candidate for a mention.

    Args:
        candidates: places with the mention's name (at least one).
        descriptor: descriptor type written before the name (``city``, ``governorate``, ...), if any.
        preferred: features that descriptor prefers.
        countryside: the name follows ``ريف``.
        qualifier: a place the text puts this one in or near (``X بريف حماة``).
        country: the ISO 3166 alpha-2 code of a nationality adjective written with the name (``رفح المصرية``).
        doc: what the article is about so far.

    Raises:
        ValueError: no candidates were given.
    """
    if not candidates:
        raise ValueError("choose() needs at least one candidate")
    ctx = doc or DocContext()
    scored = sorted(
        (
            (
                score_candidate(
                    p,
                    candidates,
                    descriptor=descriptor,
                    preferred=preferred,
                    countryside=countryside,
                    qualifier=qualifier,
                    doc=ctx,
                    country=country,
                ),
                i,
                p,
            )
            for i, p in enumerate(candidates)
        ),
        key=lambda t: (-t[0], t[1]),
    )
    best_score, _, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else math.inf
    return Choice(best, round(best_score, 3), margin, tuple((p.id, round(s, 3)) for s, _, p in scored))


#: Letters without a combining mark that NFKD leaves as they are (Turkish dotless ı: Diyarbakır → Diyarbakir).
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ǝ": "e"})


def ascii_name(name: str) -> str:
    """A plain ASCII-ish form of a GeoNames name, as ACLED writes locations (``Ḩamāh`` → ``Hamah``,
    ``Diyarbakır`` → ``Diyarbakir``)."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        out.append("'" if ch in "‘’ʻʼ`" else ch)
    return "".join(out).translate(_PLAIN_LETTERS)


def geo_of(place: Place, *, precision: int | None = None, feature: str | None = None) -> dict[str, Any]:
    """The ``geo`` object of an entity resolved to ``place`` (SCHEMA.md, entities[].geo)."""
    return {
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "country_iso3": place.iso3,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "admin3": place.admin3,
        "feature": feature or place.feature,
        "geo_precision": precision if precision is not None else place.precision,
        "place_id": place.id,
        "point": place.point,
    }


def region_geo(base: Place, *, town_precision: int = 2) -> dict[str, Any]:
    """The ``geo`` of an area defined from ``base`` (its countryside, its north, a part of it).

    A governorate's or country's part is ``geo_precision`` 3 with the governorate's point (a country's part has
    no point); a town's countryside or surroundings is 2 with the town's point. Only the admin levels that
    certainly contain the area are kept.
    """
    if base.feature == "PCLI":
        return {
            "lat": None,
            "lon": None,
            "geonames_id": None,
            "country_iso3": base.iso3,
            "admin1": None,
            "admin2": None,
            "admin3": None,
            "feature": "REGION",
            "geo_precision": 3,
            "place_id": None,
            "point": None,
            "within": base.id,
        }
    area = base.feature in AREA_FEATURES
    geo = geo_of(base, precision=3 if area else max(town_precision, base.precision), feature="REGION")
    geo["geonames_id"] = None
    geo["place_id"] = None
    geo["within"] = base.id
    geo["admin3"] = None
    if area:
        geo["admin2"] = base.admin2 if base.feature == "ADM2" else None
    return geo


def fallback_geo(qualifier: Place) -> dict[str, Any]:
    """The ``geo`` of a place that the gazetteer cannot place inside the area the text names: that area, coarser."""
    geo = region_geo(qualifier)
    geo["geo_precision"] = 3 if qualifier.feature in AREA_FEATURES or qualifier.feature == "PCLI" else 2
    geo["feature"] = "PPL"
    geo["unresolved"] = True
    return geo
