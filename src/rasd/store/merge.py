"""Merge across articles: the same happening told by several articles becomes one merged event.

Which events take part: every ACLED row (``acled_row``: a discrete event ACLED would code) of the latest revision
of each article. Each is a *report*; every report belongs to exactly one merged event (alone, if nobody else
told it). Reports keep their own rows in ``events``; the merge lives in ``merged_events`` and ``merged_reports``
(schema version 2), so it can be undone or recomputed at any time (:func:`rebuild`).

Two reports tell the same happening (:func:`compatible`) when all of these hold:

1. **Articles**: they come from two different articles (an article's own events were already told apart by the
   extraction, which reads the whole text).
2. **Type**: the same ACLED sub-event type, or two sub-types that differ only in how much the outlet saw
   (:data:`COMPATIBLE`): within *Battles* (an armed clash reported by one outlet, the territory it changed by
   another) and within *Protests* (a peaceful protest, one with intervention, excessive force). Any other pair
   differs in what happened (ACLED codes one event per date, place, sub-type and actor pair): a protest is
   never a clash, an air strike never a shelling. Two *Battles* sub-types that differ (a clash and a territory
   change, or a territory taken by a non-state actor and one regained by the state) tell one happening only
   when both are dated to one and the same day, each territory report names both sides and the other report
   names no side beyond them (:func:`subtypes_agree`; round 14: on a day of real news the
   clash-and-territory link joined a massacre, a meeting's agenda or a background "liberation" with the
   fighting of the day in the same city, 9 of 19 false pairs on the tune half of the real pairs).
3. **Dates**: their date ranges overlap or are at most :data:`MAX_DAYS_APART` day apart (an outlet writing the
   next morning may anchor "yesterday" one day off). A report without a date never merges.
4. **Places**: both at town precision (``geo_precision`` 1) with points: within :data:`MAX_KM` km (the same place
   written two ways; neighbouring towns, 6 to 9 km apart in the benchmark's provinces, stay apart). Otherwise, at
   the coarser precision of the two: the same country and the same first-level division (``admin1``), and one
   more tie (:func:`coarse_tie`, round 14: a province- or district-level report matched any report in a busy
   province): the same second-level division (``admin2``, both known), or the same place below the province
   (neither at province precision, points within :data:`MAX_KM`: a city and the governorate named after it), or
   the same day (both dated to one and the same day). A report without a place, or with a country alone, never
   merges.
5. **Actors**: none contradicting. An actor the text does not name (``Unidentified …``, or the reference's
   convention for unattributed air strikes) matches any; two named actors in the same role must be equal; in
   *Battles* the sides are compared as a set (who attacked whom is often told both ways).

A report joins a merged event only if it is compatible with *every* report already in it (complete link: no
chains of day-by-day strikes on one town growing into one event); among several such merged events it joins the
closest (fewest days, then fewest km). Reports are taken in the order they were stored, so the result of
incremental merging (each ingest batch, :func:`update`) equals a :func:`rebuild` of the same store.

The merged event (:func:`summarize`) lists every report (article, event, publisher, its date, place and
figures), every figure and every claimant. Its own fields come from the *most specific* report (finest place
precision, then finest date precision, then first stored): sub-type (within a compatible group the most specific
told: a territory change over a clash, excessive force over intervention over a peaceful protest), date, place,
and actors (a named actor over an unnamed one). Fatalities and injured follow ACLED's conservative rule: among
the *credible* figures (reports whose status is ``reported``, figures not marked vague; all figures when none
is), those of the most specific reports, and of them the **lowest**.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

#: Sub-event types that may tell one happening, most specific first within each group.
COMPATIBLE: tuple[tuple[str, ...], ...] = (
    ("Non-state actor overtakes territory", "Government regains territory", "Armed clash"),
    ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
)
#: At most this many days between two reports' date ranges.
MAX_DAYS_APART = 1
#: At most this many km between two town-precision reports.
MAX_KM = 5.0
_GROUP = {sub: group for group in COMPATIBLE for sub in group}
_SYMMETRIC_TYPES = frozenset({"Battles"})
_CLASH = "Armed clash"
_WILDCARD_CERTAINTY = frozenset({"unnamed", "uncertain"})


@dataclass(slots=True)
class Report:
    """One stored event taking part in the merge, with what the rules read from it."""

    article: str
    event: str
    order: tuple[int, int]  # (article rowid, event rowid): the order reports were stored
    ev: dict[str, Any]
    source: str | None
    url: str | None
    title: str | None
    published: str | None
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article, self.event)

    @property
    def sub_type(self) -> str:
        return str(self.ev.get("acled_sub_event_type") or "")

    @property
    def event_type(self) -> str:
        return str(self.ev.get("acled_event_type") or "")

    def range(self) -> tuple[dt.date, dt.date] | None:
        """The report's date range (``None`` without a date)."""
        date = self.ev.get("date") or {}
        rng = [x for x in (date.get("range") or []) if x]
        lo, hi = (rng[0], rng[-1]) if rng else (date.get("value"), date.get("value"))
        try:
            return dt.date.fromisoformat(str(lo)[:10]), dt.date.fromisoformat(str(hi)[:10])
        except ValueError:
            return None

    @property
    def location(self) -> dict[str, Any]:
        loc = self.ev.get("location")
        return loc if isinstance(loc, dict) else {}

    @property
    def geo_precision(self) -> int:
        p = self.location.get("geo_precision")
        return int(p) if isinstance(p, int) else 9

    @property
    def time_precision(self) -> int:
        p = (self.ev.get("date") or {}).get("time_precision")
        return int(p) if isinstance(p, int) else 9

    @property
    def country(self) -> str | None:
        c = self.location.get("country_iso3") or self.ev.get("country_iso3")
        return str(c) if c else None

    def specificity(self) -> tuple[int, int, tuple[int, int]]:
        """Sort key: the most specific report first (place precision, date precision, stored first)."""
        return (self.geo_precision, self.time_precision, self.order)

    def actor(self, role: str) -> str | None:
        """The named actor in ``role`` (``actor1``/``actor2``), ``None`` when absent or not named by the text."""
        a = self.ev.get(role)
        if not isinstance(a, dict) or not a.get("name"):
            return None
        name = str(a["name"])
        if a.get("certainty") in _WILDCARD_CERTAINTY or name.startswith("Unidentified"):
            return None
        return name


def _km(a: Report, b: Report) -> float | None:
    la, lb = a.location, b.location
    if None in (la.get("lat"), la.get("lon"), lb.get("lat"), lb.get("lon")):
        return None
    p1, p2 = math.radians(float(la["lat"])), math.radians(float(lb["lat"]))
    dp, dl = p2 - p1, math.radians(float(lb["lon"]) - float(la["lon"]))
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def types_compatible(a: str, b: str) -> bool:
    """Rule 2: the same sub-event type, or two of one :data:`COMPATIBLE` group."""
    return bool(a) and (a == b or (a in _GROUP and _GROUP[a] is _GROUP.get(b)))


def days_apart(a: Report, b: Report) -> int | None:
    """Days between the two date ranges (0 when they overlap), ``None`` when either has no date."""
    ra, rb = a.range(), b.range()
    if ra is None or rb is None:
        return None
    return max(0, (max(ra[0], rb[0]) - min(ra[1], rb[1])).days)


def places_close(a: Report, b: Report) -> float | None:
    """Rule 4: the distance to rank by (km; 0 for a match at the coarser precision), ``None`` when too far."""
    if a.country and b.country and a.country != b.country:
        return None
    km = _km(a, b)
    if a.geo_precision == 1 and b.geo_precision == 1 and km is not None:
        return km if km <= MAX_KM else None
    a1, b1 = a.location.get("admin1"), b.location.get("admin1")
    if not a1 or not b1 or not a.country or not b.country or str(a1).lower() != str(b1).lower():
        return None
    if not coarse_tie(a, b, km):
        return None
    return 0.0 if km is None else km


def _one_day(r: Report) -> dt.date | None:
    """The report's day when it is dated to one day (``time_precision`` 1 and a one-day range), else ``None``."""
    rng = r.range()
    if r.time_precision != 1 or rng is None or rng[0] != rng[1]:
        return None
    return rng[0]


def coarse_tie(a: Report, b: Report, km: float | None) -> bool:
    """Rule 4 at a coarser precision than two towns: besides the same ``admin1``, the same ``admin2`` (both
    known), or the same place below the province (neither at ``geo_precision`` 3, points within :data:`MAX_KM`:
    a city and the governorate named after it), or the same day (both dated to one and the same day). Without
    it a province or district report matched any report of a busy province in the same week."""
    a2, b2 = a.location.get("admin2"), b.location.get("admin2")
    if a2 and b2 and str(a2).lower() == str(b2).lower():
        return True
    if km is not None and km <= MAX_KM and max(a.geo_precision, b.geo_precision) <= 2:
        return True
    day = _one_day(a)
    return day is not None and day == _one_day(b)


def _sides(r: Report) -> frozenset[str]:
    return frozenset(x for x in (r.actor("actor1"), r.actor("actor2")) if x)


def subtypes_agree(a: Report, b: Report) -> bool:
    """Rule 2 beyond the type: two *Battles* sub-types that differ (a clash and a territory change, a territory
    taken and one regained) tell one happening only when both are dated to one and the same day, each territory
    report names both sides (who took the place from whom) and the other report names no side beyond them. A
    territory report naming one side or none, or dated to a week, cannot be tied to one particular fight (a city's
    week of fighting matched any capture in it). The same sub-type, or two protest sub-types, always agree."""
    if a.sub_type == b.sub_type or a.event_type not in _SYMMETRIC_TYPES or b.event_type not in _SYMMETRIC_TYPES:
        return True
    day = _one_day(a)
    if day is None or day != _one_day(b):
        return False
    for r, other in ((a, b), (b, a)):
        if r.sub_type != _CLASH and (len(_sides(r)) != 2 or not _sides(other) <= _sides(r)):
            return False
    return True


def actors_compatible(a: Report, b: Report) -> bool:
    """Rule 5: no two named actors contradict."""
    if a.event_type in _SYMMETRIC_TYPES and b.event_type in _SYMMETRIC_TYPES:
        sa = {x for x in (a.actor("actor1"), a.actor("actor2")) if x}
        sb = {x for x in (b.actor("actor1"), b.actor("actor2")) if x}
        return sa <= sb or sb <= sa
    for role in ("actor1", "actor2"):
        x, y = a.actor(role), b.actor(role)
        if x and y and x != y:
            return False
    return True


def distance(a: Report, b: Report) -> tuple[int, float] | None:
    """``(days, km)`` between two reports when they tell the same happening (rules 1-5), else ``None``."""
    if a.article == b.article or not types_compatible(a.sub_type, b.sub_type) or not subtypes_agree(a, b):
        return None
    days = days_apart(a, b)
    if days is None or days > MAX_DAYS_APART:
        return None
    km = places_close(a, b)
    if km is None or not actors_compatible(a, b):
        return None
    return days, km


def compatible(a: Report, b: Report) -> bool:
    """Whether two reports tell the same happening (see the module docstring)."""
    return distance(a, b) is not None


# ------------------------------------------------------------------------------------------------ summary
def _figure(r: Report, kind: str) -> dict[str, Any] | None:
    f = r.ev.get(kind)
    if isinstance(f, dict) and isinstance(f.get("value"), int | float):
        return f
    return None


def conservative(reports: list[Report], kind: str) -> tuple[dict[str, Any], Report] | None:
    """ACLED's conservative figure of ``kind`` (``fatalities``, ``injured``) and the report it comes from."""
    told = [(r, f) for r in reports if (f := _figure(r, kind)) is not None]
    if not told:
        return None
    credible = [(r, f) for r, f in told if r.ev.get("status") == "reported" and f.get("approx") != "vague"] or told
    best = min(r.specificity()[:2] for r, _ in credible)
    tier = [(r, f) for r, f in credible if r.specificity()[:2] == best]
    r, f = min(tier, key=lambda rf: (rf[1]["value"], rf[0].order))
    return f, r


def _claimants(r: Report) -> list[dict[str, Any]]:
    wanted = set(r.ev.get("claims") or [])
    out = []
    for c in r.claims:
        if c.get("id") not in wanted:
            continue
        sp = c.get("speaker") or {}
        out.append(
            {
                "article": r.article,
                "claim": c.get("id"),
                "name": sp.get("name"),
                "name_ar": sp.get("name_ar") or sp.get("text"),
                "role": sp.get("role"),
                "org": sp.get("org"),
                "channel": c.get("channel"),
            }
        )
    return out


def summarize(reports: list[Report]) -> dict[str, Any]:
    """The merged event of ``reports`` (see the module docstring): its ``event`` (an ``rasd/1`` event built from
    the most specific report, with the merged fields), ``reports``, ``figures``, ``claimants`` and ``sources``."""
    reports = sorted(reports, key=lambda r: r.order)
    by_spec = sorted(reports, key=Report.specificity)
    top = by_spec[0]
    group = _GROUP.get(top.sub_type)
    sub = top.sub_type
    if group:
        told = {r.sub_type for r in reports}
        sub = next(s for s in group if s in told)
    typed = next(r for r in by_spec if r.sub_type == sub)
    dated = min(reports, key=lambda r: (r.time_precision, r.range() or (dt.date.max, dt.date.max), r.order))
    event = {k: v for k, v in top.ev.items() if k not in ("mentions", "trigger", "evidence", "claims", "id")}
    event.update(
        acled_event_type=typed.event_type,
        acled_sub_event_type=sub,
        date=dated.ev.get("date"),
        location=top.ev.get("location"),
        status="reported" if any(r.ev.get("status") == "reported" for r in reports) else top.ev.get("status"),
    )
    for role in ("actor1", "actor2"):
        named = next((r for r in by_spec if r.actor(role)), None)
        event[role] = (named or top).ev.get(role)
    figures: list[dict[str, Any]] = []
    for kind in ("fatalities", "injured"):
        chosen = conservative(reports, kind)
        event[kind] = None
        if chosen is not None:
            f, r = chosen
            event[kind] = {**f, "report": {"article": r.article, "event": r.event}}
        for r in reports:
            f2 = _figure(r, kind)
            if f2 is not None:
                figures.append(
                    {
                        "kind": kind,
                        "value": f2["value"],
                        "approx": f2.get("approx"),
                        "article": r.article,
                        "event": r.event,
                        "source": r.source,
                    }
                )
    sources: list[str] = []
    for r in reports:
        if r.source and r.source not in sources:
            sources.append(r.source)
    claimants = [c for r in reports for c in _claimants(r)]
    return {
        "event": event,
        "reports": [
            {
                "article": r.article,
                "event": r.event,
                "source": r.source,
                "url": r.url,
                "title": r.title,
                "published": r.published,
                "acled_sub_event_type": r.sub_type,
                "date": (r.ev.get("date") or {}).get("value"),
                "place": r.location.get("name"),
                "place_ar": r.location.get("name_ar"),
                "fatalities": (_figure(r, "fatalities") or {}).get("value"),
                "injured": (_figure(r, "injured") or {}).get("value"),
                "status": r.ev.get("status"),
            }
            for r in reports
        ],
        "figures": figures,
        "claimants": claimants,
        "sources": sources,
    }


# ------------------------------------------------------------------------------------------------ storage
_REPORT_SQL = (
    "SELECT a.rowid, e.rowid, e.article, e.id, e.json, a.source, a.url, a.title, a.published "
    "FROM events e JOIN articles a ON a.key = e.article "
)


class _Loader:
    """Reads reports (with their article's claims), each once per run."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.cache: dict[tuple[str, str], Report] = {}
        self.claims: dict[str, list[dict[str, Any]]] = {}
        self.groups: dict[int, list[Report]] = {}

    def report(self, row: Iterable[Any]) -> Report:
        arow, erow, article, event, text, source, url, title, published = row
        key = (article, event)
        found = self.cache.get(key)
        if found is not None:
            return found
        ev = json.loads(text)
        r = Report(article, event, (arow, erow), ev, source, url, title, published)
        if ev.get("claims"):
            if article not in self.claims:
                self.claims[article] = [
                    json.loads(t) for (t,) in self.db.execute("SELECT json FROM claims WHERE article = ?", [article])
                ]
            r.claims = self.claims[article]
        self.cache[key] = r
        return r

    def members(self, merged: int) -> list[Report]:
        """The reports of a merged event (read once per run; :meth:`join` keeps the list up to date)."""
        found = self.groups.get(merged)
        if found is None:
            rows = self.db.execute(
                _REPORT_SQL + "JOIN merged_reports m ON m.article = e.article AND m.event = e.id WHERE m.merged = ?",
                [merged],
            )
            found = self.groups[merged] = [self.report(row) for row in rows]
        return found

    def join(self, merged: int, report: Report) -> None:
        """Record that ``report`` now belongs to ``merged``."""
        self.groups.setdefault(merged, []).append(report)


@dataclass(slots=True)
class MergeCounts:
    """What :func:`update` did: reports merged in, reports taken out (their article was revised), merged events
    created, changed and deleted, and the totals after it."""

    added: int = 0
    removed: int = 0
    created: int = 0
    changed: int = 0
    deleted: int = 0
    merged_events: int = 0
    reports: int = 0


def _candidates(db: sqlite_utils.Database, r: Report) -> list[int]:
    rng = r.range()
    if rng is None or not r.sub_type:
        return []
    group = _GROUP.get(r.sub_type, (r.sub_type,))
    lo = (rng[0] - dt.timedelta(days=MAX_DAYS_APART)).isoformat()
    hi = (rng[1] + dt.timedelta(days=MAX_DAYS_APART)).isoformat()
    marks = ",".join("?" * len(group))
    conds = [
        f"e.acled_sub_event_type IN ({marks})",
        "coalesce(e.date_start, e.date) <= ?",
        "substr(coalesce(e.date_end, e.date), 1, 10) >= ?",
    ]
    params: list[Any] = [*group, hi, lo]
    # Necessary for rule 4 with at least one member (so no candidate is lost): the same country, and the same
    # admin1 or a point within MAX_KM (a box around this report's point).
    if r.country:
        conds.append("(e.country_iso3 = ? OR e.country_iso3 IS NULL)")
        params.append(r.country)
    near: list[str] = []
    if r.location.get("admin1"):
        near.append("lower(e.admin1) = lower(?)")
        params.append(str(r.location["admin1"]))
    lat, lon = r.location.get("lat"), r.location.get("lon")
    if r.geo_precision == 1 and lat is not None and lon is not None:
        dlat = MAX_KM / 110.0
        dlon = MAX_KM / (111.32 * max(0.01, math.cos(math.radians(float(lat)))))
        near.append("(e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)")
        params += [float(lat) - dlat, float(lat) + dlat, float(lon) - dlon, float(lon) + dlon]
    if not near:
        return []  # no admin1 and no town point: rule 4 never holds
    conds.append(f"({' OR '.join(near)})")
    sql = (
        "SELECT DISTINCT m.merged FROM events e JOIN merged_reports m ON m.article = e.article AND m.event = e.id "
        f"WHERE {' AND '.join(conds)} ORDER BY m.merged"
    )
    return [row[0] for row in db.execute(sql, params)]


def _write(db: sqlite_utils.Database, merged: int | None, members: list[Report], now: str) -> int:
    """Insert (``merged`` None) or replace a merged event's row; return its id."""
    s = summarize(members)
    ev = s["event"]
    loc = ev.get("location") or {}
    date = ev.get("date") or {}
    rng = date.get("range") or [None, None]
    row = {
        "acled_event_type": ev.get("acled_event_type"),
        "acled_sub_event_type": ev.get("acled_sub_event_type"),
        "date": date.get("value"),
        "date_start": rng[0] if rng else None,
        "date_end": rng[-1] if rng else None,
        "time_precision": date.get("time_precision"),
        "place": loc.get("name"),
        "place_ar": loc.get("name_ar"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "geo_precision": loc.get("geo_precision"),
        "admin1": loc.get("admin1"),
        "country_iso3": loc.get("country_iso3") or ev.get("country_iso3"),
        "actor1": (ev.get("actor1") or {}).get("name"),
        "actor2": (ev.get("actor2") or {}).get("name"),
        "fatalities": (ev.get("fatalities") or {}).get("value"),
        "injured": (ev.get("injured") or {}).get("value"),
        "n_reports": len(members),
        "sources": "; ".join(s["sources"]),
        "json": json.dumps(s, ensure_ascii=False, separators=(",", ":")),
    }
    cols = list(row)
    if merged is None:
        row["first_seen"] = now
        cols.append("first_seen")
        cur = db.conn.execute(
            f"INSERT INTO merged_events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        return int(cur.lastrowid or 0)
    sets = ", ".join(f"{c} = ?" for c in cols)
    db.conn.execute(f"UPDATE merged_events SET {sets} WHERE id = ?", [*(row[c] for c in cols), merged])
    return merged


def update(db: sqlite_utils.Database) -> MergeCounts:
    """Bring the merge up to date, in the caller's transaction (``rasd ingest`` calls it in each batch's): take
    out the reports of articles that are no longer the latest revision (or no longer stored), then merge every
    report not merged yet, in the order they were stored (see the module docstring)."""
    counts = MergeCounts()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    loader = _Loader(db)
    stale = db.execute(
        "SELECT m.article, m.event, m.merged FROM merged_reports m LEFT JOIN articles a ON a.key = m.article "
        "LEFT JOIN events e ON e.article = m.article AND e.id = m.event "
        "WHERE a.key IS NULL OR a.latest = 0 OR e.id IS NULL OR e.acled_row != 1"
    ).fetchall()
    touched: set[int] = set()
    for article, event, merged in stale:
        db.conn.execute("DELETE FROM merged_reports WHERE article = ? AND event = ?", [article, event])
        touched.add(merged)
        counts.removed += 1
    for merged in sorted(touched):
        members = loader.members(merged)
        if members:
            _write(db, merged, members, now)
            counts.changed += 1
        else:
            db.conn.execute("DELETE FROM merged_events WHERE id = ?", [merged])
            counts.deleted += 1
    pending = db.execute(
        _REPORT_SQL + "WHERE a.latest = 1 AND e.acled_row = 1 AND NOT EXISTS (SELECT 1 FROM merged_reports m "
        "WHERE m.article = e.article AND m.event = e.id) ORDER BY a.rowid, e.rowid"
    ).fetchall()
    for row in pending:
        r = loader.report(row)
        best: tuple[tuple[int, float, int], int, list[Report]] | None = None
        for merged in _candidates(db, r):
            members = loader.members(merged)
            dists = [distance(r, m) for m in members]
            if not members or any(d is None for d in dists):
                continue
            score = (min(d[0] for d in dists if d), min(d[1] for d in dists if d), merged)
            if best is None or score < best[0]:
                best = (score, merged, members)
        if best is None:
            merged_id = _write(db, None, [r], now)
            counts.created += 1
        else:
            merged_id = _write(db, best[1], [*best[2], r], now)
            counts.changed += 1
        loader.join(merged_id, r)
        db.conn.execute("INSERT INTO merged_reports (article, event, merged) VALUES (?, ?, ?)", [*r.key, merged_id])
        counts.added += 1
    counts.merged_events = db.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    counts.reports = db.execute("SELECT count(*) FROM merged_reports").fetchone()[0]
    return counts


def rebuild(db: sqlite_utils.Database) -> MergeCounts:
    """Forget the merge and compute it again from the stored events, in one transaction."""
    with db.atomic():
        db.conn.execute("DELETE FROM merged_reports")
        db.conn.execute("DELETE FROM merged_events")
        return update(db)


def merge_store(db: sqlite_utils.Database, *, rebuild_all: bool = False) -> MergeCounts:
    """``rasd merge``: bring the merge up to date (or rebuild it) in one transaction."""
    if rebuild_all:
        return rebuild(db)
    with db.atomic():
        return update(db)


def iter_merged(db: sqlite_utils.Database, *, filters: Any = None) -> Iterable[dict[str, Any]]:
    """The merged events (their stored JSON with ``id`` added), in the order they were created. ``filters`` (a
    :class:`rasd.store.query.Filters`) keeps the merged events with at least one report in an article that
    passes them."""
    from rasd.store.query import Filters

    conds, params = (filters or Filters()).where()
    sql = (
        "SELECT g.id, g.json FROM merged_events g WHERE EXISTS (SELECT 1 FROM merged_reports m JOIN articles a "
        f"ON a.key = m.article WHERE m.merged = g.id AND {' AND '.join(conds)}) ORDER BY g.id"
    )
    for merged, text in db.execute(sql, params):
        yield {"id": merged, **json.loads(text)}
