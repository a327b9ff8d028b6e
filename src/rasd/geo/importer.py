"""Import a GeoNames dump (``XX.txt``/``XX.zip`` or ``allCountries``) as an additional rasd gazetteer.

Steps of :func:`import_geonames`:

1. Read the dump (tab-separated, 19 columns, https://download.geonames.org/export/dump/readme.txt), plain or
   zipped, keeping the feature classes asked for (default: populated places ``P``, administrative areas ``A``,
   regions ``L``).
2. Collect Arabic names: Arabic-script names of the dump's ``alternatenames`` column, and, when an alternate
   names file is given (``alternateNamesV2.txt`` or a per-country ``alternatenames/XX.txt``), its names with
   language ``ar`` (historic names left out).
3. Name the first-level divisions when ``admin1CodesASCII.txt`` is given.
4. Keep the places that have an Arabic name and write them in the format of ``resources/gazetteer/geonames.tsv``;
   :func:`rasd.geo.gazetteer.load_gazetteer` reads every such file from the user gazetteer folder.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import InputError
from rasd.geo.gazetteer import PLACE_COLUMNS
from rasd.text.normalize import normalize

#: Letters of the Arabic script that Arabic itself does not use (Persian, Urdu, Kurdish, ...).
_FOREIGN_LETTERS = frozenset("پچژگڤڭںٹڈڑھۃےۓۆۇۈۋێەڵڕ")
_ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | {"ک", "ی"}
#: Invisible direction marks that GeoNames names sometimes carry (``حفر الباطن\u200e``): removed before the name is
#: checked, so that such a name is not lost. The zero-width (non-)joiners are kept: a name written with them is a
#: Persian spelling (مصطفی\u200cبیلی) that would fuse into one wrong word without them.
_CONTROLS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF])
_DUMP_COLUMNS = 19


def is_arabic_name(name: str) -> bool:
    """True when ``name`` is written in Arabic letters (plus marks and spaces) with no one-letter word."""
    letters = 0
    for ch in name:
        if ch in _FOREIGN_LETTERS:
            return False
        if ch in _ARABIC_LETTERS:
            letters += 1
        elif ch == " " or ch == "\u0640" or unicodedata.category(ch) == "Mn":
            continue
        else:
            return False
    if letters < 2:
        return False
    return all(len(normalize(word)) > 1 for word in name.split())


def _name_rank(name: str) -> tuple[int, int, int, int, str]:
    """Arabic before Persian letter forms, fewer words, richer orthography (ة أ إ آ ى), longer."""
    persian = int("ک" in name or "ی" in name)
    rich = -sum(name.count(c) for c in "ةأإآى")
    return (persian, len(name.split()), rich, -len(name), name)


def arabic_names(names: Iterable[str]) -> list[str]:
    """The Arabic names among ``names``, one per normalized form, the most standard spelling first."""
    seen: dict[str, str] = {}
    for raw in names:
        name = " ".join(raw.translate(_CONTROLS).split())
        if not is_arabic_name(name):
            continue
        key = normalize(name)
        if key not in seen or ("ک" in seen[key] or "ی" in seen[key]):
            seen[key] = name
    return sorted(seen.values(), key=_name_rank)


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    """Open a GeoNames text file, or the first ``.txt`` member of a zip (readme files skipped)."""
    if not path.is_file():
        raise InputError(f"no file {str(path)!r}; download a dump from https://download.geonames.org/export/dump/")
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise InputError(f"{str(path)!r} holds no .txt file")
            with zf.open(members[0]) as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
                yield fh
    else:
        with path.open(encoding="utf-8") as fh:
            yield fh


@dataclass(slots=True)
class _Row:
    geonameid: int
    name: str
    feature: str
    country: str
    admin1_code: str
    lat: str
    lon: str
    population: int
    names: list[str]


def read_dump(path: Path, *, feature_classes: str = "PAL") -> dict[int, _Row]:
    """Parse a GeoNames dump, keeping rows of ``feature_classes``.

    Raises:
        InputError: the file is missing or a line does not have GeoNames' 19 columns.
    """
    rows: dict[int, _Row] = {}
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) < _DUMP_COLUMNS:
                raise InputError(
                    f"{path}:{lineno}: {len(cells)} columns, a GeoNames dump line has {_DUMP_COLUMNS}; "
                    "pass a country file such as SY.txt (not alternate names or admin codes)"
                )
            if cells[6] not in feature_classes:
                continue
            try:
                gid = int(cells[0])
                population = int(cells[14] or 0)
                float(cells[4]), float(cells[5])
            except ValueError as exc:
                raise InputError(f"{path}:{lineno}: bad number in a GeoNames line ({exc})") from exc
            alt = [n for n in cells[3].split(",") if n]
            rows[gid] = _Row(gid, cells[1], cells[7] or "PPL", cells[8], cells[10], cells[4], cells[5], population, alt)
    return rows


def read_alternate_names(path: Path, wanted: set[int]) -> dict[int, list[str]]:
    """Arabic (``ar``) names per geonameid from a GeoNames alternate names file; historic names are skipped."""
    out: dict[int, list[str]] = {}
    with _open_text(path) as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 4 or cells[2] != "ar":
                continue
            try:
                gid = int(cells[1])
            except ValueError:
                continue
            if gid not in wanted or (len(cells) > 7 and cells[7] == "1"):
                continue
            out.setdefault(gid, []).append(cells[3])
    return out


def read_admin1_codes(path: Path) -> dict[str, str]:
    """``{"SY.12": "Idlib"}`` from GeoNames' ``admin1CodesASCII.txt``."""
    out: dict[str, str] = {}
    with _open_text(path) as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 2 and "." in cells[0]:
                out[cells[0]] = cells[1]
    return out


def import_geonames(
    dump: Path,
    *,
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    feature_classes: str = "PAL",
    min_population: int = 0,
) -> list[dict[str, str]]:
    """The rows of a rasd gazetteer file built from a GeoNames dump (see the module docstring).

    Args:
        dump: ``XX.txt``, ``XX.zip`` or ``allCountries.zip``.
        alternate_names: ``alternateNamesV2.txt``/``.zip`` or ``alternatenames/XX.txt``/``.zip``.
        admin1_codes: ``admin1CodesASCII.txt``.
        feature_classes: GeoNames feature classes to keep (``P`` places, ``A`` admin areas, ``L`` regions …).
        min_population: drop populated places (class ``P``) smaller than this.

    Raises:
        InputError: a file is missing or is not in GeoNames' format.
    """
    rows = read_dump(dump, feature_classes=feature_classes)
    extra = read_alternate_names(alternate_names, set(rows)) if alternate_names else {}
    admin1 = read_admin1_codes(admin1_codes) if admin1_codes else {}
    out: list[dict[str, str]] = []
    for gid in sorted(rows):
        row = rows[gid]
        if row.feature.startswith("PPL") and row.population < min_population:
            continue
        names = arabic_names([*extra.get(gid, []), *row.names])
        if not names:
            continue
        out.append(
            {
                "geonameid": str(gid),
                "feature": row.feature,
                "country": row.country,
                "iso3": "",
                "admin1_code": row.admin1_code,
                "admin1": admin1.get(f"{row.country}.{row.admin1_code}", ""),
                "lat": row.lat,
                "lon": row.lon,
                "population": str(row.population),
                "name": row.name,
                "names_ar": "|".join(names),
            }
        )
    return out


def write_gazetteer(rows: Iterable[dict[str, str]], path: Path, *, source: str) -> int:
    """Write ``rows`` as a rasd gazetteer file (header comments, then the columns); returns the row count."""
    lines = [
        f"# rasd gazetteer imported from {source}",
        "# source: GeoNames (https://www.geonames.org); license: CC BY 4.0 (credit: GeoNames)",
        f"# date: {dt.date.today().isoformat()}",
        "\t".join(PLACE_COLUMNS),
    ]
    n = 0
    for row in rows:
        cells = [row.get(c, "").replace("\t", " ").replace("\n", " ") for c in PLACE_COLUMNS]
        lines.append("\t".join(cells))
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n
