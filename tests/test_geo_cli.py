"""``rasd gazetteer lookup`` and ``rasd gazetteer import`` (with a small dump in GeoNames' format)."""

from __future__ import annotations

import argparse
import io
import json
import zipfile
from pathlib import Path

import pytest

from rasd.errors import ConfigError, InputError
from rasd.geo.cli import add_gazetteer_parser, run_gazetteer
from rasd.geo.gazetteer import build_gazetteer
from rasd.geo.importer import import_geonames
from rasd.geo.recognize import Recognizer


def _run(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="rasd")
    sub = parser.add_subparsers(dest="command")
    add_gazetteer_parser(sub)
    args = parser.parse_args(argv)
    out = io.StringIO()
    return run_gazetteer(args, out), out.getvalue()


def _dump_line(gid: int, name: str, alt: str, lat: str, lon: str, fclass: str, fcode: str, a1: str, pop: int) -> str:
    # the 19 columns of a GeoNames dump (readme.txt of https://download.geonames.org/export/dump/)
    cells = [str(gid), name, name, alt, lat, lon, fclass, fcode, "SY", "", a1, "", "", "", str(pop), "", "300"]
    cells += ["Asia/Damascus", "2024-01-01"]
    return "\t".join(cells)


@pytest.fixture
def dump(tmp_path: Path) -> dict[str, Path]:
    """A made-up two-village country file, alternate names and admin1 codes, in GeoNames' formats."""
    lines = [
        _dump_line(9900001, "Tall Zuhur", "Tall Zuhur,تل الزهور", "35.70000", "36.60000", "P", "PPL", "12", 900),
        _dump_line(9900002, "Khirbat Nada", "Khirbat Nada", "35.80000", "36.70000", "P", "PPL", "12", 0),
        _dump_line(9900003, "Wadi Ruman", "Wadi Ruman", "35.90000", "36.80000", "H", "WAD", "12", 0),
    ]
    files = {"dump": tmp_path / "XY.txt", "alt": tmp_path / "alternateNamesV2.txt", "adm": tmp_path / "admin1.txt"}
    files["dump"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    files["alt"].write_text(
        "1\t9900002\tar\tخربة الندى\t1\t\t\t\t\t\n"
        "2\t9900002\ten\tKhirbet Nada\t\t\t\t\t\t\n"
        "3\t9900001\tar\tتل الزهور القديم\t\t\t\t1\t\t\n",  # historic: left out
        encoding="utf-8",
    )
    files["adm"].write_text("SY.12\tIdlib\tIdlib\t169388\n", encoding="utf-8")
    return files


def test_import_rows(dump: dict[str, Path]) -> None:
    rows = import_geonames(dump["dump"], alternate_names=dump["alt"], admin1_codes=dump["adm"])
    assert [(r["geonameid"], r["names_ar"], r["admin1"], r["feature"]) for r in rows] == [
        ("9900001", "تل الزهور", "Idlib", "PPL"),
        ("9900002", "خربة الندى", "Idlib", "PPL"),
    ]  # the wadi (class H) is not kept; a place without an Arabic name is not either


def test_import_command_extends_the_gazetteer(dump: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "user"
    out_file = folder / "XY.tsv"
    code, out = _run(
        ["gazetteer", "import", str(dump["dump"]), "--alternate-names", str(dump["alt"]), "-o", str(out_file)]
    )
    assert code == 0 and "wrote 2 places" in out
    gaz = build_gazetteer([out_file])
    place = gaz.get("gn:9900002")
    assert place is not None and place.name_ar == "خربة الندى" and place.admin1 == "Idleb"  # SY admin1 name
    (found,) = Recognizer(gaz).find("قصفت الطائرات قرية خربة الندى فجر اليوم")
    assert found.geo["geonames_id"] == 9900002 and found.geo["lat"] == 35.8


def test_import_reads_zip(dump: dict[str, Path], tmp_path: Path) -> None:
    archive = tmp_path / "XY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "not data")
        zf.write(dump["dump"], "XY.txt")
    rows = import_geonames(archive)
    assert [r["geonameid"] for r in rows] == ["9900001"]


def test_import_rejects_a_file_that_is_not_a_dump(dump: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="19"):
        import_geonames(dump["alt"])
    with pytest.raises(InputError, match="no file"):
        import_geonames(dump["dump"].with_name("missing.txt"))


def test_lookup_command() -> None:
    code, out = _run(["gazetteer", "lookup", "بإدلب"])
    assert code == 0
    first, second = out.splitlines()[:2]
    assert "Idlib" in first and "PPLA" in first
    assert "ADM1" in second and "Idleb" in second
    assert out.splitlines()[-1] == "tier: normal"


def test_lookup_json_and_limit() -> None:
    code, out = _run(["gazetteer", "lookup", "الباب", "--json", "--limit", "1"])
    assert code == 0
    (line,) = out.splitlines()
    data = json.loads(line)
    assert data["geonames_id"] == 174018 and data["tier"] == "common" and data["score"] > 0


def test_lookup_unknown_name() -> None:
    code, out = _run(["gazetteer", "lookup", "مكانلايوجد"])
    assert code == 1 and "no place" in out


def test_lookup_bad_limit() -> None:
    with pytest.raises(ConfigError, match="--limit"):
        _run(["gazetteer", "lookup", "حلب", "--limit", "0"])


def test_info_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RASD_GAZETTEER_DIR", str(tmp_path))
    code, out = _run(["gazetteer", "info"])
    assert code == 0 and str(tmp_path) in out and "places:" in out
