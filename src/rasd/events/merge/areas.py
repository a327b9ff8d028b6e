"""Places of two events that are one area: one holds the other (a province and its town), a district and its town, a
neighbourhood and its city, two points a few kilometres apart."""

from __future__ import annotations

import math

from rasd.document import Entity
from rasd.events.model import Candidate
from rasd.events.places import place_key

#: How near a neighbourhood (GeoNames PPLX, a section of a populated place) lies to the city it is a part of.
_SECTION_KM = 8.0


def one_area(a: Entity, b: Entity) -> bool:
    """Whether two places are one area named twice: one holds the other (:func:`covers`: a province and its town, a
    town and "southern X"), a district and a town of it (its admin2 or admin3), a neighbourhood and the city it
    lies in (a section of a populated place within a few kilometres)."""
    if covers(a, b) or covers(b, a):
        return True
    for x, y in ((a, b), (b, a)):
        gx, gy = x.geo or {}, y.geo or {}
        if not gx.get("country_iso3") or gx.get("country_iso3") != gy.get("country_iso3"):
            return False
        fx = str(gx.get("feature") or "")
        if fx in ("ADM2", "ADM3") and gx.get("admin1") == gy.get("admin1"):
            level = "admin2" if fx == "ADM2" else "admin3"
            if gy.get(level) and gy.get(level) == gx.get(level):
                return True
        if fx == "PPLX" and str(gy.get("feature") or "").startswith("PPL") and gy.get("feature") != "PPLX":
            points = [
                v for v in (gx.get("lat"), gx.get("lon"), gy.get("lat"), gy.get("lon")) if isinstance(v, int | float)
            ]
            if len(points) == 4 and _km(*(float(v) for v in points)) <= _SECTION_KM:
                return True
    return False


def two_places(a: Entity, b: Entity) -> bool:
    """Whether two places are two: not the same place (:func:`rasd.events.places.place_key`) and not one area
    (:func:`one_area`)."""
    return place_key(a) != place_key(b) and not one_area(a, b)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def covers(a: Entity | None, b: Entity | None) -> bool:
    """Whether place ``a`` holds place ``b``: the same place; a country or a region of it (no province) over a
    place in that country; a province over a place in it; a town over a part of it (جنوبي الشيخ زويد، شرق الرمادي)."""
    if a is None or b is None:
        return False
    if place_key(a) == place_key(b):
        return True
    ga, gb = a.geo or {}, b.geo or {}
    if not ga.get("country_iso3") or ga.get("country_iso3") != gb.get("country_iso3"):
        return False
    if not ga.get("admin1"):
        # a region of a country (جنوب ليبيا) holds its country's provinces (not another region: شمال، جنوب)
        return bool(gb.get("admin1")) or str(ga.get("feature") or "").startswith("PCL")
    if ga.get("admin1") != gb.get("admin1"):
        return False
    if str(ga.get("feature") or "").startswith("ADM1"):
        return True
    name_a, name_b = a.canonical or "", b.canonical or ""
    return bool(name_a) and name_b != name_a and name_b.endswith(" " + name_a) and not gb.get("place_id")


def _meet(a: Candidate, b: Candidate) -> bool:
    """Whether two events' places are one or one holds the other (either unplaced: they may meet)."""
    if a.place is None or b.place is None:
        return True
    return covers(a.place, b.place) or covers(b.place, a.place)


def _near(a: Candidate, b: Candidate) -> bool:
    """Looser than :func:`_meet` for a toll or a sequel told without a town of its own: one province, not two
    towns."""
    if _meet(a, b):
        return True
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("admin1") or (ga.get("country_iso3"), ga.get("admin1")) != (gb.get("country_iso3"), gb.get("admin1")):
        return False
    return not (a.place_precision == 1 and b.place_precision == 1)


def _close(a: Candidate, b: Candidate) -> bool:
    """Two towns of one province whose points lie within a few kilometres (a town and a quarter of it the gazetteer
    gives as a town: "خور المكسر في وسط عدن"), not two towns apart (بيحان and عسيلان)."""
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("admin1") or (ga.get("country_iso3"), ga.get("admin1")) != (gb.get("country_iso3"), gb.get("admin1")):
        return False
    points = [v for v in (ga.get("lat"), ga.get("lon"), gb.get("lat"), gb.get("lon")) if isinstance(v, int | float)]
    return len(points) == 4 and _km(*(float(v) for v in points)) <= _SECTION_KM
