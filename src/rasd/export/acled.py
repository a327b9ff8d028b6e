"""ACLED's CSV: the 31 columns in ACLED's order, one row per discrete, reported/claimed/alleged event with a type.

Column list and order: REFERENCE-acled-plover-cameo.md section 3.1 (acledR's codebook and column join list).
``event_id_cnty`` never invents an ACLED id: it is rasd's own (``rasd:<document id prefix>:<event id>``).
``notes`` is written in English in ACLED's style from the event's own fields (date, actor, act, place, figures,
source); ``source`` names the publisher and the claimants behind the event.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from rasd.document import Document
from rasd.export import countries

COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: How a note tells the act of each sub-event type (actor first, then this, then the place).
_ACTS = {
    "Armed clash": "clashed{with} in",
    "Government regains territory": "regained control of",
    "Non-state actor overtakes territory": "took control of",
    "Chemical weapon": "used chemical weapons{against} in",
    "Air/drone strike": "carried out air/drone strikes{against} on",
    "Suicide bomb": "carried out a suicide bombing{against} in",
    "Shelling/artillery/missile attack": "shelled or fired missiles{against} at",
    "Remote explosive/landmine/IED": "detonated an explosive device{against} in",
    "Grenade": "threw a grenade{against} in",
    "Sexual violence": "committed sexual violence{against} in",
    "Attack": "attacked{target} in",
    "Abduction/forced disappearance": "abducted{target} in",
    "Peaceful protest": "demonstrated in",
    "Protest with intervention": "demonstrated and were dispersed{by} in",
    "Excessive force against protesters": "used force against protesters in",
    "Violent demonstration": "rioted in",
    "Mob violence": "engaged in mob violence{against} in",
    "Agreement": "announced an agreement{with} concerning",
    "Arrests": "arrested people{target} in",
    "Change to group/activity": "moved or reorganised forces to",
    "Disrupted weapons use": "intercepted or seized weapons{against} in",
    "Headquarters or base established": "established a base or position in",
    "Looting/property destruction": "destroyed or looted property{against} in",
    "Non-violent transfer of territory": "handed over or withdrew from",
    "Other": "was involved in a strategic development in",
}


def event_date(ev: dict[str, Any]) -> tuple[str, int | None]:
    """ACLED's date (ISO) and time precision: a month alone is coded to its middle with precision 3."""
    date = ev.get("date") or {}
    value = date.get("value") or ""
    prec = date.get("time_precision")
    mid = _part_middle(date) if len(value) == 7 and prec == 2 else None
    if mid is not None:
        return mid, 2  # (round 38, tm1) "مطلع أغسطس" (days 1-10): the middle of the part, a part of a month
    if len(value) == 7:
        return value + "-15", 3
    if len(value) == 4:
        return value + "-07-01", 3
    return value, prec


def _part_middle(date: dict[str, Any]) -> str | None:
    """The middle day (ISO) of a part of a month's range (``2015-08-01``–``2015-08-10`` → ``2015-08-05``), or None."""
    rng = date.get("range") or []
    value = str(date.get("value") or "")
    if len(rng) != 2 or not all(str(r).startswith(value) and len(str(r)) == 10 for r in rng):
        return None
    try:
        lo, hi = dt.date.fromisoformat(str(rng[0])), dt.date.fromisoformat(str(rng[1]))
    except ValueError:
        return None
    return (lo + (hi - lo) // 2).isoformat() if lo <= hi else None


def _name(actor: dict[str, Any] | None) -> str:
    return str((actor or {}).get("name") or "")


def notes(ev: dict[str, Any], source: str) -> str:
    """An English note in ACLED's style, from the event's fields only."""
    date, _ = event_date(ev)
    try:
        when = dt.date.fromisoformat(date).strftime("%-d %B %Y") if date else "an unreported date"
    except ValueError:
        when = date
    loc = ev.get("location") or {}
    place = loc.get("name") or "an unspecified location"
    admin = ", ".join(
        x for x in (loc.get("admin1"), countries().get(ev.get("country_iso3") or "", (0, "", ""))[1]) if x
    )
    actor1 = _name(ev.get("actor1")) or "Unidentified actors"
    actor2 = _name(ev.get("actor2"))
    act = _ACTS.get(ev.get("acled_sub_event_type") or "Other", _ACTS["Other"])
    act = (
        act.replace("{with}", f" with {actor2}" if actor2 else "")
        .replace("{against}", f" against {actor2}" if actor2 else "")
        .replace("{target}", f" ({actor2})" if actor2 else "")
        .replace("{by}", f" by {actor2}" if actor2 else "")
    )
    text = f"On {when}, {actor1} {act} {place}" + (f" ({admin})" if admin else "") + "."
    status = ev.get("status")
    if status in ("alleged", "claimed"):
        text += f" The event is {status}."
    fat = ev.get("fatalities") or {}
    if fat.get("value"):
        hedge = {"at_least": "at least ", "about": "about ", "more_than": "more than ", "vague": "about "}
        text += f" {hedge.get(fat.get('approx') or '', '')}{fat['value']} reported fatalities."
    inj = ev.get("injured") or {}
    if inj.get("value"):
        text += f" {inj['value']} injured."
    if source:
        text += f" [source: {source}]"
    return text


def _source(doc: Document, ev: dict[str, Any]) -> str:
    names: list[str] = []
    by_id = {c.get("id"): c for c in doc.claims}
    for cid in ev.get("claims") or []:
        speaker = (by_id.get(cid) or {}).get("speaker") or {}
        name = speaker.get("name") or speaker.get("org") or speaker.get("name_ar")
        if name and name not in names:
            names.append(str(name))
    publisher = doc.article.source
    if publisher and publisher not in names:
        names.append(publisher)
    return "; ".join(names)


def rows(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """ACLED rows of the documents' events that ACLED would code (``acled_row``)."""
    stamp = int(time.time())
    table = countries()
    for doc in docs:
        for ev in doc.events:
            if not ev.get("acled_row"):
                continue
            date, prec = event_date(ev)
            loc = ev.get("location") or {}
            iso3 = loc.get("country_iso3") or ev.get("country_iso3") or ""
            iso_num, country, region = table.get(iso3, (None, iso3, ""))
            source = _source(doc, ev)
            tags = [ev["status"]] if ev.get("status") in ("alleged", "claimed") else []
            yield {
                "event_id_cnty": f"rasd:{doc.id[:10]}:{ev['id']}",
                "event_date": date,
                "year": date[:4] if date else "",
                "time_precision": prec or "",
                "disorder_type": ev.get("disorder_type") or "",
                "event_type": ev.get("acled_event_type") or "",
                "sub_event_type": ev.get("acled_sub_event_type") or "",
                "actor1": _name(ev.get("actor1")),
                "assoc_actor_1": "; ".join(_name(a) for a in ev.get("assoc_actors") or []),
                "inter1": (ev.get("actor1") or {}).get("inter") or "",
                "actor2": _name(ev.get("actor2")),
                "assoc_actor_2": "",
                "inter2": (ev.get("actor2") or {}).get("inter") or "",
                "interaction": ev.get("interaction") or "",
                "civilian_targeting": ev.get("civilian_targeting") or "",
                "iso": iso_num or "",
                "region": region,
                "country": country,
                "admin1": loc.get("admin1") or "",
                "admin2": loc.get("admin2") or "",
                "admin3": loc.get("admin3") or "",
                "location": loc.get("name") or "",
                "latitude": loc.get("lat") if loc.get("lat") is not None else "",
                "longitude": loc.get("lon") if loc.get("lon") is not None else "",
                "geo_precision": loc.get("geo_precision") or "",
                "source": source,
                "source_scale": "",
                "notes": notes(ev, source),
                "fatalities": (ev.get("fatalities") or {}).get("value") or 0,
                "tags": "; ".join(tags),
                "timestamp": stamp,
            }


def write_csv(docs: Iterable[Document], out: TextIO) -> int:
    """Write the header and one row per ACLED event of ``docs``; return the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows(docs):
        writer.writerow(row)
        n += 1
    return n


def to_csv(docs: Iterable[Document]) -> str:
    """The CSV as a string."""
    buf = io.StringIO()
    write_csv(docs, buf)
    return buf.getvalue()
