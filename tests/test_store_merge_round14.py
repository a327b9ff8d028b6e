"""Merge across articles, round 14 (helper mg4): the rules taken from real news (``merge_pairs_real.jsonl``).

* Two *Battles* sub-types that differ (a clash and a territory change, a territory taken and one regained) tell
  one happening only on one and the same day, when each territory report names both sides and the other names no
  side beyond them (:func:`subtypes_agree`).
* A report coarser than a town merges, besides the same ``admin1``, only with the same ``admin2``, the same place
  below the province, or on the same day (:func:`coarse_tie`).
* The real pairs are stored as annotations only, with a fixed split.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from typing import Any

from rasd.store.merge import Report, coarse_tie, compatible, subtypes_agree

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_merge", ROOT / "benchmarks" / "bench_merge.py")
assert _spec is not None and _spec.loader is not None
bench_merge = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_merge", bench_merge)
_spec.loader.exec_module(bench_merge)

YEMEN = "Military Forces of Yemen (2012-)"
HOUTHI = "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"
RESISTANCE = "Popular Resistance"


def _day(d: str) -> dict[str, Any]:
    return {"value": d, "range": [d, d], "time_precision": 1}


def _week(d: str) -> dict[str, Any]:
    """A report dated only by the article's week (no date in its sentence)."""
    return {"value": d, "range": ["2015-07-14", d], "time_precision": 2, "source": "reference date"}


def _report(article: str, **over: Any) -> Report:
    ev: dict[str, Any] = {
        "id": "V1",
        "acled_event_type": "Battles",
        "acled_sub_event_type": "Armed clash",
        "status": "reported",
        "date": _day("2015-07-20"),
        "location": {
            "name": "Sirwah",
            "lat": 15.4667,
            "lon": 45.0167,
            "country_iso3": "YEM",
            "admin1": "Marib",
            "admin2": "Sirwah",
            "geo_precision": 1,
        },
        "actor1": None,
        "actor2": None,
    }
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(ev.get(k), dict):
            ev[k] = {**ev[k], **v}
        else:
            ev[k] = v
    return Report(article, "V1", (hash(article) % 1000, 1), ev, f"{article}.example", None, None, None)


def _named(name: str) -> dict[str, Any]:
    return {"name": name}


def _territory(article: str, sub: str = "Government regains territory", **over: Any) -> Report:
    return _report(article, acled_sub_event_type=sub, **over)


# ------------------------------------------------------------------------------------------------ sub-types
def test_a_clash_and_the_territory_it_changed_merge_when_the_capture_names_both_sides_that_day() -> None:
    # "clashes today in Sirwah" (no side named) and "government forces retook positions in Sirwah today from
    # the Houthis after battles": the capture names who took it from whom, the clash names no one else
    clash = _report("a")
    capture = _territory("b", actor1=_named(YEMEN), actor2=_named(HOUTHI))
    assert subtypes_agree(clash, capture) and compatible(clash, capture)
    told_both = _report("a", actor1=_named(HOUTHI), actor2=_named(YEMEN))
    assert compatible(told_both, capture)  # the same two sides, told the other way round


def test_a_capture_naming_one_side_or_dated_to_a_week_is_no_particular_fight() -> None:
    clash = _report("a", actor1=_named(HOUTHI))
    # "the liberation of the city" with the taker unnamed: one side only
    one_side = _territory("b", actor1={"name": "Unidentified Armed Group (Yemen)"}, actor2=_named(HOUTHI))
    assert not subtypes_agree(clash, one_side) and not compatible(clash, one_side)
    # both sides named, but the capture told as background, dated only by the article's week
    background = _territory("b", actor1=_named(RESISTANCE), actor2=_named(HOUTHI), date=_week("2015-07-21"))
    assert not subtypes_agree(clash, background)
    # both sides named, the same day, but the clash names a third party
    capture = _territory("b", actor1=_named(RESISTANCE), actor2=_named(HOUTHI))
    other = _report("a", actor1=_named("Islamic State (Yemen)"))
    assert not subtypes_agree(other, capture)
    # a clash one day before the capture: the reporting lag is for one happening told twice, not for a fight
    # and an outcome of different days
    assert not subtypes_agree(_report("a", date=_day("2015-07-19")), capture)


def test_a_territory_taken_and_one_regained_need_the_same_two_sides() -> None:
    taken = _territory("a", "Non-state actor overtakes territory", actor1=_named(RESISTANCE), actor2=_named(HOUTHI))
    regained = _territory("b", actor1=_named(RESISTANCE), actor2=_named(HOUTHI))
    assert subtypes_agree(taken, regained)
    freed = _territory("b", actor1={"name": "Unidentified Armed Group (Yemen)"}, actor2=_named(HOUTHI))
    assert not subtypes_agree(taken, freed)


def test_the_same_sub_type_and_the_protest_group_are_unchanged() -> None:
    week = _report("a", date=_week("2015-07-21"))
    assert subtypes_agree(week, _report("b"))  # the same sub-type: rules 3-5 decide
    protest = {"acled_event_type": "Protests", "acled_sub_event_type": "Peaceful protest"}
    dispersed = {"acled_event_type": "Protests", "acled_sub_event_type": "Protest with intervention"}
    a = _report("a", **protest, date=_week("2015-07-21"))
    b = _report("b", **dispersed)
    assert subtypes_agree(a, b) and compatible(a, b)


# ------------------------------------------------------------------------------------------------ places
ADEN_CITY = {"name": "Aden", "lat": 12.7796, "lon": 45.0385, "admin1": "Aden", "admin2": "Craiter", "geo_precision": 1}
DAR_SAD = {"name": "Dar Sad District", "lat": 12.91, "lon": 44.98, "admin1": "Aden", "admin2": "Dar Sad"}


def _shelling(article: str, **over: Any) -> Report:
    base = {
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Shelling/artillery/missile attack",
    }
    return _report(article, **{**base, **over})


def test_a_district_report_merges_with_a_town_of_its_province_only_on_the_same_day_or_in_its_district() -> None:
    town = _shelling("a", location=ADEN_CITY, date=_day("2015-07-19"))
    district = _shelling("b", location={**DAR_SAD, "geo_precision": 3}, date=_day("2015-07-19"))
    assert compatible(town, district)  # the same day: the shelling of the district, told at two precisions
    next_day = _shelling("b", location={**DAR_SAD, "geo_precision": 3}, date=_day("2015-07-20"))
    assert not compatible(town, next_day)  # another day in a busy province: no tie
    week = _shelling("b", location={**DAR_SAD, "geo_precision": 3}, date=_week("2015-07-21"))
    assert not compatible(town, week)  # a week-dated report no longer matches every day of the province
    in_district = _shelling(
        "b", location={**DAR_SAD, "admin2": "Craiter", "geo_precision": 2}, date=_week("2015-07-21")
    )
    assert compatible(town, in_district)  # the same second-level division


def test_a_city_and_the_governorate_named_after_it_are_one_place_but_a_province_is_not() -> None:
    jeddah = {
        "name": "Jeddah",
        "lat": 21.5169,
        "lon": 39.2192,
        "country_iso3": "SAU",
        "admin1": "Mecca",
        "admin2": None,
    }
    arrests = {"acled_event_type": "Strategic developments", "acled_sub_event_type": "Arrests"}
    city = _report("a", **arrests, location={**jeddah, "geo_precision": 1}, date=_day("2015-07-20"))
    governorate = _report("b", **arrests, location={**jeddah, "geo_precision": 2}, date=_week("2015-07-21"))
    assert coarse_tie(city, governorate, 0.0) and compatible(city, governorate)
    province = _report("b", **arrests, location={**jeddah, "geo_precision": 3}, date=_week("2015-07-21"))
    assert not coarse_tie(city, province, 0.0) and not compatible(city, province)


# ------------------------------------------------------------------------------------------------ the real pairs
def test_the_real_pairs_are_annotations_with_a_fixed_split() -> None:
    rows = [json.loads(x) for x in bench_merge.REAL.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) == 100 and len({r["id"] for r in rows}) == 100
    assert {r["label"] for r in rows} == {"same", "different"}
    assert sum(r["stratum"] == "joined" for r in rows) == 60 and sum(r["stratum"] == "apart" for r in rows) == 40
    for r in rows:
        assert set(r) == {"id", "split", "stratum", "a", "b", "label", "note"}
        for side in (r["a"], r["b"]):
            assert set(side) == {"article", "event", "trigger"} and len(side["article"]) == 40
        assert r["id"] == bench_merge.pair_id(r["a"], r["b"])
        even = int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 2 == 0
        assert r["split"] == ("tune" if even else "heldout") == bench_merge.split_of(r["id"])
        assert r["note"].isascii()  # a short English note, no article text
