"""One row per province of a list of places under one act (round 29, helper mg18).

ACLED codes one event per location and day. An act whose words name places in two or more provinces of one country,
one after the other as the items of a list ("شنت طائرات التحالف … غارات … في مناطق كتاف ورحبان … من محافظة صعده،
ومديرية «ميدي» بمحافظة حجة، ومعسكر قوات الأمن الخاصة … في محافظة إب ومديرية «الحزم» بمحافظة الجوف") did not happen
at one place: each province of the list is a row of its own. The places step (:mod:`rasd.events.places`) splits a
list of towns; a list whose items are sites, districts or provinces it reads as one place, the first."""

from __future__ import annotations

import re

from rasd.document import Entity
from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.place_filters import clause_places, is_country, reference_point
from rasd.events.places import is_destination, road_part
from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize, normalize_word

_APART = CueFile("ar/event_apart_cues.yaml")
#: The word after و that opens the next item (a kind of place, a preposition of place; lists.province_item_openers).
_OPENERS = _APART.normalized("province_item_openers")
#: Words that end the list between two of its places (lists.province_item_stops).
_STOPS = _APART.normalized("province_item_stops")
#: A road right before بين: the list's next item is the road's first end (lists.province_item_roads).
_ROADS = _APART.normalized("province_item_roads")
_BETWEEN = normalize("بين")
_WORD = re.compile(r"[\u0621-\u064A]+")
#: Marks that end a list: a full stop, a semicolon, a colon, a question mark, a line.
_BREAK = re.compile(r"[.؛:؟!\n]")
#: At most this many words between one item's place and the next's.
_GAP_WORDS = 10


def _area(p: Entity) -> tuple[object, object]:
    g = p.geo or {}
    return g.get("country_iso3"), g.get("admin1")


def _opens_item(word: str, q_word: str) -> bool:
    """Whether ``word`` (normalized, first of the gap) opens the next item: و and a kind or a preposition of place
    (ومديرية، وفي، وبمحافظة، وعلى), or و fused to the place itself (وحجة)."""
    if not word.startswith("و") or len(word) < 3:
        return False
    rest = word[1:]
    if rest in _OPENERS or rest == q_word:
        return True
    return rest[:1] == "ب" and (rest[1:] in _OPENERS or rest[1:] == q_word)


def _stopped(words: list[str], road: bool = False) -> bool:
    """Whether a word of a goal, a side, a boundary or a time stands among ``words`` (normalized; و or ف before it
    taken off); with ``road``, not بين right after a road's word (وعلى الطريق بين الحويجة ومخمور)."""
    for i, w in enumerate(words):
        if road and w == _BETWEEN and i > 0 and words[i - 1] in _ROADS:
            continue
        if w in _STOPS or (w[:1] in "وف" and w[1:] in _STOPS):
            return True
    return False


def _joined(ctx: Context, start: int, q: Entity) -> bool:
    """Whether the text from ``start`` (the end of the list's last place) to the place ``q`` joins ``q`` to the
    list as its next item."""
    text = ctx.doc.text
    gap = text[start : q.start]
    if _BREAK.search(gap) or ("(" in gap and ")" not in gap):
        return False
    words = [normalize_word(w) for w in _WORD.findall(gap)]
    q_words = _WORD.findall(text[q.start : q.end])
    q_word = normalize(q_words[0]) if q_words else ""
    if not words:
        return False  # a place right after another (صنعاء اليمن), or the same name told twice
    if len(words) > _GAP_WORDS or not _opens_item(words[0], q_word):
        return False
    return not _stopped(words, road=True)


def _told_elsewhere(
    ctx: Context, c: Candidate, area: tuple[object, object], limit: int, found: list[Candidate]
) -> bool:
    """Whether another sentence of the article, or a clause of ``c``'s own after its list (from ``limit``), tells an
    act of ``c``'s sub-type with a place of ``area`` (a country and a province)
    (the lead's "قصف طيران التحالف … مواقع … بالعاصمة صنعاء ومدينة مأرب" and the body's "كما شنت مقاتلات التحالف
    أربع غارات … في جبهة الجفينة جنوب غرب مأرب"): that telling gives the province its row."""
    sub = c.cls.acled_sub_type
    for o in found:
        if o.cls.acled_sub_type != sub:
            continue
        if o.sentence != c.sentence:
            span = o.sentence
        elif o.start >= limit:
            span = o.clause  # "… جراء قصف جوي على حي بمدينة حلب وقرية بريف إدلب، حيث … قصف … في قرية كفرموس"
        else:
            continue
        if any(_area(p) == area for p in ctx.places_in(*span)):
            return True
    return False


def province_items(
    ctx: Context, c: Candidate, groups: list[list[Entity]], limit: int, found: list[Candidate]
) -> list[list[Entity]]:
    """The places of other provinces listed with the one place an act was given, each a row of its own (see the
    module's docstring). The list is read over the places of the scene (:func:`clause_places`) after the trigger up
    to ``limit`` (the next trigger of another event, or the end of the sentence): its first place is the first one
    in the act's country with no word of a goal, a side, a boundary or a time (lists.province_item_stops) between
    the trigger and it; each place of another province after it is joined to the list by و and a kind or a
    preposition of place (lists.province_item_openers), with no such stop word, full stop or semicolon between and
    at most ten words; a place of a province already listed adds nothing (a district and its province are one item),
    a country or a region after a place is its apposition. A reference point, a destination or a road's end ends
    the list. The place read for the act must be one of the list's: it keeps its province's row; each other
    province takes its first place. Else ``groups`` as they were."""
    if len(groups) != 1 or len(groups[0]) != 1 or c.cls.acled_type not in VIOLENT:
        return groups
    base = groups[0][0]
    country, admin1 = _area(base)
    if not country or not admin1 or is_country(base) or not c.end <= base.start < limit:
        return groups
    text = ctx.doc.text
    chain: list[Entity] = []
    seen: set[object] = set()
    last = c.end
    for q in clause_places(ctx, c.end, limit):
        if q.start < last:
            continue
        qc, qa = _area(q)
        if qc != country or not qa or is_country(q):
            if qc and qc != country:
                break  # a place of another country: not this act's list
            if chain:
                last = q.end  # a country or a region after a place (في محافظة إب وسط اليمن): its apposition
            continue
        gap = [normalize_word(w) for w in _WORD.findall(text[last : q.start])]
        off = reference_point(ctx, q) or is_destination(ctx, q) or road_part(ctx, q) or ctx.inside_actor(q.start, q.end)
        if not chain:
            if _stopped(gap[-_GAP_WORDS:]):
                return groups  # "على الطرق المؤدية إلى حلب وحماة": the list is a goal or a side
            if off:
                if q is base:
                    return groups
                continue
            chain, seen, last = [q], {qa}, q.end
            continue
        if qa in seen:
            if _stopped(gap) or _BREAK.search(text, last, q.start):
                break  # "القريتين الواصلة بين ريف حمص …": the list ended before it
            chain.append(q)  # another place of a province already listed (مناطق كتاف ورحبان … من محافظة صعده)
            last = q.end
            continue
        if not _joined(ctx, last, q) or off:
            break
        chain.append(q)
        seen.add(qa)
        last = q.end
    if base not in chain or len(seen) < 2:
        return groups
    firsts: dict[object, Entity] = {}
    for q in chain:
        firsts.setdefault(_area(q)[1], q)
    firsts[admin1] = base
    out = [[q] for a, q in firsts.items() if a == admin1 or not _told_elsewhere(ctx, c, (country, a), limit, found)]
    return out if len(out) > 1 else groups
