"""The event object of the ``rasd/1`` contract, and step 7: events and claims pointing at each other."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.document import Document
from rasd.events.coding.subtypes import attack_on_armed
from rasd.events.context import Context
from rasd.events.dates import is_historical
from rasd.events.merge import lowest_figure
from rasd.events.merge.tolls import row_toll
from rasd.events.model import Candidate
from rasd.events.places import location_json, place_precision, told_on
from rasd.ner.lexicon import load_lexicon

#: Round 42 (helper ev15): the event types whose headline or lead row takes the place its story tells next
#: (:func:`rasd.events.places.told_on`): violence, not an agreement or a movement told of a whole country.
_TOLD_ON_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


# ---------------------------------------------------------------------------------------------------- output
def acled_codes(ctx: Context, cand: Candidate) -> tuple[str | None, str | None]:
    """The ACLED event type and sub-event type of a coded candidate (a capture by its actor; an attack by armed hands on
    an armed target is a clash)."""
    sub = cand.cls.acled_sub_type
    etype = cand.cls.acled_type
    if cand.cls.name in ("capture", "recapture"):
        inter = (cand.actor1 or {}).get("inter")
        gov = inter == 1 or (cand.cls.name == "recapture" and inter not in (2, 4)) or _affiliate_capture(ctx, cand)
        sub = "Government regains territory" if gov else "Non-state actor overtakes territory"
        etype = "Battles"
    if (
        sub == "Attack"
        and cand.cls.name not in ("execution", "assassination", "abduction")
        and cand.actor2 is None
        and (cand.actor1 or {}).get("inter") in (1, 2, 3, 8)
        and attack_on_armed(ctx, cand)  # (round 15, as16: not the hands of an assault verb told before على)
    ):
        etype, sub = "Battles", "Armed clash"
    return etype, sub


def _side(actor: dict[str, Any] | None, date: str | None) -> tuple[str, ...]:
    """The state forces (lexicon ids) an event's actor fought beside on ``date``: its ``affiliate`` period in
    actors.yaml (``()`` when it has none then)."""
    spec = load_lexicon().by_id.get(str((actor or {}).get("actor_id") or ""))
    return spec.side_on(date) if spec is not None else ()


def _affiliate_capture(ctx: Context, cand: Candidate) -> bool:
    """Whether a capture is a government affiliate's: ACLED's "Government regains territory" is the government's
    forces "or their affiliates" taking ground from a non-state group or competing state forces, and "Non-state actor
    overtakes territory" excludes non-state actors "operating directly on behalf of the government" (REFERENCE
    section on Battles; the codebook). A militia's ``affiliate`` period (actors.yaml) says it fought on a government's
    side then (Yemen's Popular Resistance beside Hadi's army in 2015, the Houthis the competing state forces).

    The codebook records a regaining "only for the re-establishment of government control and not for cases where
    competing non-state actors exchange control": ground one affiliate takes from another affiliate of the same
    government is a non-state actor's taking. Ground taken from the government itself ends the affiliation: that is
    the period's end date (the Southern Resistance after May 2017), not a reading of the sentence — within the period
    the government's own forces named beside the capture fought with the militia (the coders name both as actor1)."""
    actor1 = cand.actor1 or {}
    if actor1.get("inter") in (1, 8):
        return False
    date = str((cand.date or {}).get("value") or ctx.doc.article.published or "")[:10] or None
    side = _side(actor1, date)
    if not side:
        return False
    actor2 = cand.actor2 or {}
    if actor2.get("actor_id") == actor1.get("actor_id"):
        return True  # the taker named again as the loser is no other affiliate
    return not set(_side(actor2, date)) & set(side)


def event_json(ctx: Context, cand: Candidate, n: int) -> dict[str, Any]:
    doc = ctx.doc
    text = doc.text
    first = cand.mentions[0]
    etype, sub = acled_codes(ctx, cand)
    plover_type, plover_mode, cameo = cand.cls.plover_type, cand.cls.plover_mode, cand.cls.cameo
    place, precision = cand.place, cand.place_precision or 3
    if place is not None and etype in _TOLD_ON_TYPES and (later := told_on(ctx, cand, [place])) is not None:
        # round 42 (helper ev15): a headline's or lead's happening placed only in a country or a part of it takes the
        # province its story's next sentences tell (في شرق تركيا … في إقليم أغري)
        place, precision = later, place_precision(ctx, later)
    location = location_json(ctx, place, precision) if place is not None else None
    country = (location or {}).get("country_iso3") or ctx.focus_country
    fatalities = row_toll(ctx, cand)  # round 43 (ev19): its own sentence's reports first
    if sub == "Peaceful protest":
        fatalities = None  # a peaceful protest kills no one: a toll in its sentence is what it is about
    civilian = (cand.actor2 or {}).get("inter") == 7 and etype in (
        "Explosions/Remote violence",
        "Violence against civilians",
        "Battles",
    )
    disorder = None
    if etype is not None:
        disorder = {
            "Protests": "Demonstrations",
            "Riots": "Demonstrations",
            "Strategic developments": "Strategic developments",
        }.get(etype, "Political violence")
        if sub == "Excessive force against protesters":
            disorder = "Political violence; Demonstrations"
    interaction = None
    i1 = (cand.actor1 or {}).get("inter")
    i2 = (cand.actor2 or {}).get("inter")
    if isinstance(i1, int):
        interaction = int(f"{min(i1, i2)}{max(i1, i2)}") if isinstance(i2, int) else i1 * 10
    confidence = 0.45
    confidence += 0.15 if cand.place is not None and cand.place_from == "clause" else 0.05 if cand.place else 0
    confidence += 0.15 if cand.actor1 and not cand.actor1.get("certainty") else 0.05 if cand.actor1 else 0
    confidence += 0.1 if (cand.date or {}).get("timex") else 0
    confidence += 0.1 if fatalities else 0
    confidence -= 0.1 if cand.weak else 0
    out: dict[str, Any] = {
        "id": f"V{n}",
        "acled_event_type": etype,
        "acled_sub_event_type": sub,
        "disorder_type": disorder,
        "civilian_targeting": "Civilian targeting" if civilian else None,
        "plover_type": plover_type,
        "plover_mode": plover_mode,
        "cameo": cameo,
        "event_class": cand.cls.name,
        "status": cand.status,
        "granularity": cand.granularity,
        "trigger": {"text": text[first.start : first.end], "start": first.start, "end": first.end},
        "evidence": {"text": text[first.sent_start : first.sent_end], "start": first.sent_start, "end": first.sent_end},
        "mentions": [
            {
                "trigger": {"text": text[m.start : m.end], "start": m.start, "end": m.end},
                "evidence": {"text": text[m.sent_start : m.sent_end], "start": m.sent_start, "end": m.sent_end},
            }
            for m in cand.mentions
        ],
        "date": {
            k: v
            for k, v in (cand.date or {"value": None, "range": None, "time_precision": None, "timex": None}).items()
            if k != "aggregate"
        },
        "location": location,
        "country_iso3": country,
        "actor1": cand.actor1,
        "actor2": cand.actor2,
        "assoc_actors": cand.assoc,
        "interaction": interaction,
        "fatalities": fatalities,
        "injured": lowest_figure(cand.injured),
        "displaced": lowest_figure(cand.displaced),
        "arrested": lowest_figure(cand.arrested),
        "historical": is_historical(doc, cand.date),
        "acled_row": bool(
            etype is not None
            and cand.granularity == "discrete"
            and cand.status in ("reported", "claimed", "alleged")
            and not is_historical(doc, cand.date)
            and bool((cand.date or {}).get("value"))
            and location is not None
            and len(str((cand.date or {}).get("value") or "")) != 4  # a year alone: background, not one happening
        ),
        "claims": [],
        "confidence": round(min(0.95, max(0.1, confidence)), 2),
    }
    return out


#: Round 21 (helper evp2): a happening told with its own day this many days or more before the report is background
#: retold (the Kuwait mosque bombing "في 26 حزيران/يونيو الماضي" at its trial, the Sousse attack in a tourism story,
#: the Charleston shooting at its indictment) beside a happening of the report's own weeks: kept as an event, no ACLED
#: row (:func:`background_rows`; a lone old happening is the article's story and is left to the date step,
#: :data:`rasd.events.dates.HISTORICAL_DAYS`, 60 days). The tuning files code three such events, all ``historical``.
BACKGROUND_DAYS = 21


def retold_background(doc: Document, date: dict[str, Any] | None) -> bool:
    """Whether ``date`` names a day :data:`BACKGROUND_DAYS` or more before the article's reference date."""
    value = str((date or {}).get("value") or "")
    ref = doc.article.reference_date or doc.article.published
    if len(value) != 10 or not ref:
        return False
    try:
        return (dt.date.fromisoformat(ref[:10]) - dt.date.fromisoformat(value)).days >= BACKGROUND_DAYS
    except ValueError:
        return False


def background_rows(doc: Document, events: list[dict[str, Any]]) -> None:
    """Rows dated :data:`BACKGROUND_DAYS` or more before the report stop being rows when the article tells a row of
    its own weeks beside them (the event stays, with ``acled_row`` false)."""
    old = [e for e in events if e.get("acled_row") and retold_background(doc, e.get("date"))]
    if old and any(e.get("acled_row") and not any(e is o for o in old) for e in events):
        for e in old:
            e["acled_row"] = False


# ---------------------------------------------------------------------------------------------------- claims
def link_claims(doc: Document, events: list[dict[str, Any]]) -> None:
    """Step 7: events and the claims that tell them point at each other; the claim's kind sets the status."""
    if not doc.claims:
        return
    for ev in events:
        for claim in doc.claims:
            content = claim.get("content") or {}
            a, b = content.get("start"), content.get("end")
            if not isinstance(a, int) or not isinstance(b, int):
                continue
            if not any(a <= m["trigger"]["start"] < b for m in ev["mentions"]):
                continue
            ev["claims"].append(claim["id"])
            claim.setdefault("events", [])
            if ev["id"] not in claim["events"]:
                claim["events"].append(ev["id"])
            kind = claim.get("kind")
            if claim.get("polarity") == "deny" and ev["status"] == "reported":
                ev["status"] = "denied"
            elif kind in ("accuse", "allege") and ev["status"] == "reported":
                ev["status"] = "alleged"
            elif kind == "claim_responsibility" and ev["status"] == "reported":
                ev["status"] = "claimed"
            else:
                speaker = claim.get("speaker") or {}
                actor = ev.get("actor1") or {}
                if (
                    speaker.get("entity")
                    and speaker.get("entity") == actor.get("entity")
                    and ev["status"] == "reported"
                ):
                    ev["status"] = "claimed"
        ev["acled_row"] = bool(ev["acled_row"] and ev["status"] in ("reported", "claimed", "alleged"))
