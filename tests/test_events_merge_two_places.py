"""``merge.areas.two_places``: the one test "two places, not one area" that the merge rules share (round 28's review:
written out five times before — round-ups, clause places, two acts at places of their own, a clash at another town)."""

from __future__ import annotations

from rasd.document import Entity
from rasd.events.merge.areas import two_places


def _place(name: str, **geo: object) -> Entity:
    return Entity(id=name, type="LOC", start=0, end=1, canonical=name, geo={"country_iso3": "YEM", **geo})


def test_two_towns_are_two_places() -> None:
    taiz = _place("Taiz", admin1="Taizz", feature="PPLA", place_id="1", lat=13.58, lon=44.02)
    aden = _place("Aden", admin1="Adan", feature="PPLA", place_id="2", lat=12.78, lon=45.04)
    assert two_places(taiz, aden) and two_places(aden, taiz)


def test_one_place_named_twice_or_one_area_is_not_two() -> None:
    taiz = _place("Taiz", admin1="Taizz", feature="PPLA", place_id="1", lat=13.58, lon=44.02)
    again = _place("تعز", admin1="Taizz", feature="PPLA", place_id="1", lat=13.58, lon=44.02)
    province = _place("Taizz", admin1="Taizz", feature="ADM1", place_id="p")
    assert not two_places(taiz, again)
    assert not two_places(province, taiz) and not two_places(taiz, province)


def test_places_the_gazetteer_lacks_are_told_apart_by_name() -> None:
    a = _place("قرية الأولى", admin1="Taizz")
    b = _place("قرية الثانية", admin1="Taizz")
    assert two_places(a, b) and not two_places(a, _place("قرية الأولى", admin1="Taizz"))
