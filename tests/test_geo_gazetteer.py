"""The gazetteer: packaged data, supplement rules, name index, tiers and lookup."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import (
    TIER_COMMON,
    TIER_HOMOGRAPH,
    TIER_NORMAL,
    Gazetteer,
    Place,
    load_gazetteer,
    name_key,
    prior_score,
)
from rasd.resources import resource_text


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_sizes(gaz: Gazetteer) -> None:
    countries = [p for p in gaz.places.values() if p.feature == "PCLI"]
    syria = [p for p in gaz.places.values() if p.country == "SY"]
    assert len(countries) >= 240
    assert len(syria) >= 300


@pytest.mark.parametrize(
    ("written", "geonames_id"),
    [
        ("كفرنبل", 168661),
        ("كفر نبل", 168661),  # written apart
        ("كفرنبيل", 168661),  # variant spelling (supplement)
        ("بإدلب", 169389),  # proclitic stripped by lookup
        ("ادلب", 169389),  # hamza dropped
        ("حماه", 170017),  # teh marbuta written as heh
        ("ديرالزور", 170794),  # joined form generated from دير الزور
        ("البوكمال", 174448),  # joined form generated from البو كمال
        ("Kafranbel", 168661),  # GeoNames English name
    ],
)
def test_lookup_variants(gaz: Gazetteer, written: str, geonames_id: int) -> None:
    ids = [p.geonames_id for p, _ in gaz.lookup(written)]
    assert geonames_id in ids


@pytest.mark.parametrize(
    ("code", "name", "arabic"),
    [
        ("12", "Idleb", "إدلب"),
        ("10", "Hama", "حماة"),
        ("02", "Lattakia", "اللاذقية"),
        ("09", "Aleppo", "حلب"),
        ("08", "Rural Damascus", "ريف دمشق"),
        ("07", "Deir ez Zor", "دير الزور"),
    ],
)
def test_governorates_use_acled_names(gaz: Gazetteer, code: str, name: str, arabic: str) -> None:
    gov = gaz.admin1_place("SY", code)
    assert gov is not None and gov.feature == "ADM1"
    assert gov.admin1 == name and gov.name_ar == arabic
    assert gov.precision == 3 and gov.lat is not None  # the seat's point, coarse
    assert all(p.admin1 == name for p in gaz.places.values() if p.country == "SY" and p.admin1_code == code)


def test_every_syrian_governorate_is_named(gaz: Gazetteer) -> None:
    codes = {f"{i:02d}" for i in range(1, 15)}
    assert {c for c in codes if gaz.admin1_place("SY", c) is not None} == codes


@pytest.mark.parametrize(
    ("place_id", "admin1", "admin2", "admin3"),
    [
        ("gn:168661", "Idleb", "Al Ma'ra", "Kafr Nobol"),  # Kafr Nabl: enriched from the seed gold
        ("gn:169023", "Idleb", "Jisr-Ash-Shugur", None),  # a district seat gets its district
        ("s:SY.kabani", "Lattakia", "Al-Haffa", "Kinsabba"),  # a village missing from cities500
        ("s:SY.kafr_nabudah", "Hama", "As-Suqaylabiyah", "Qalaat al-Madiq"),
        ("gn:170592", "Rural Damascus", None, None),  # Douma: no district source, so none
    ],
)
def test_admin_levels(gaz: Gazetteer, place_id: str, admin1: str, admin2: str | None, admin3: str | None) -> None:
    place = gaz.get(place_id)
    assert place is not None
    assert (place.admin1, place.admin2, place.admin3) == (admin1, admin2, admin3)


def test_points_are_sourced_never_invented(gaz: Gazetteer) -> None:
    for place in gaz.places.values():
        if place.lat is None:
            assert place.point is None
            continue
        assert place.point is not None
        if place.point != "own":
            # a borrowed point (anchor, district or governorate seat) is never precision 1
            assert place.precision >= 2, place


@pytest.mark.parametrize(
    ("place_id", "point", "precision"),
    [
        ("s:SY.ghab", "admin2 seat", 2),  # al-Ghab plain: no point of its own, district seat
        ("s:SY.euphrates_shield", "admin1 seat", 3),  # no point, no district: governorate seat
        ("s:SY.olive_branch", "anchor gn:174186", 2),  # Afrin stands for the Olive Branch area
        ("s:SY.buffer", None, 3),  # no governorate either: no point at all
        ("gn:163843", None, 3),  # a country has no point
    ],
)
def test_areas_without_a_point(gaz: Gazetteer, place_id: str, point: str | None, precision: int) -> None:
    place = gaz.get(place_id)
    assert place is not None
    assert place.point == point and place.precision == precision


def test_supplement_rows_name_their_source() -> None:
    lines = [ln for ln in resource_text("gazetteer/supplement.tsv").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    src = header.index("source")
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == len(header), line
        assert cells[src].strip(), line


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("الباب", TIER_COMMON),  # the door / al-Bab
        ("المنصورة", TIER_COMMON),
        ("تل", TIER_COMMON),
        ("وان", TIER_COMMON),  # "and that" / Van
        ("صور", TIER_COMMON),  # pictures / Tyre
        ("حلب", TIER_HOMOGRAPH),  # Aleppo / he milked
        ("حماة", TIER_HOMOGRAPH),  # Hama / protectors
        ("إدلب", TIER_NORMAL),
        ("غزة", TIER_NORMAL),  # short, but a city of 400,000
        ("كفرنبل", TIER_NORMAL),
    ],
)
def test_tiers(gaz: Gazetteer, name: str, tier: str) -> None:
    assert gaz.tier(name_key(name)) == tier


def test_ignored_geonames_noise_is_not_indexed(gaz: Gazetteer) -> None:
    assert gaz.candidates(name_key("السجن")) == []  # a GeoNames alternate name of a village, meaning "the prison"
    assert gaz.candidates(name_key("الثورة")) == []  # the former name of al-Tabqa, and "the revolution"


def test_bare_governorate_name_has_both_readings(gaz: Gazetteer) -> None:
    features = {p.feature for p in gaz.candidates(name_key("إدلب"))}
    assert features == {"PPLA", "ADM1"}


def test_prior_prefers_countries_and_big_places() -> None:
    country = Place(id="a", name="A", name_ar="ا", names_ar=("ا",), feature="PCLI", country="AA")
    village = Place(id="b", name="B", name_ar="ب", names_ar=("ب",), feature="PPL", country="AA", population=800)
    city = Place(id="c", name="C", name_ar="ج", names_ar=("ج",), feature="PPL", country="AA", population=900_000)
    assert prior_score(country) > prior_score(city) > prior_score(village)


def test_lookup_unknown_name(gaz: Gazetteer) -> None:
    assert gaz.lookup("مكانلايوجد") == []
