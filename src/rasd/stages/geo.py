"""Stage ``geo``: place names recognised, geocoded to ACLED admin levels, and stored as entities.

Steps:

1. Recognise and resolve the places of ``doc.text`` with :func:`rasd.geo.recognize.find_places` (gazetteer
   matching with clitics, descriptors, directions, common-word traps, country focus, nearby places).
2. Merge with the entities already on the document (an entities stage may have run before): a ``LOC``/``GPE``/
   ``FAC`` entity that overlaps a recognised place gets its ``geo`` (and canonical names when it has none, and
   type ``GPE`` when the model said ``LOC`` of a town, district, governorate or country); a place inside a
   person or organisation name (``جامعة دمشق``) is left to that entity; a model's guess that starts inside a
   place and runs past it (``زويد شرق العريش`` as PER) yields to the place; a model's place with no ``geo``
   written as a place recognised elsewhere in the text takes that place's ``geo``.
3. Add the other places as new entities (``source = "gazetteer"``), ids continuing the document's ``T`` numbers,
   and keep ``doc.entities`` in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter

from rasd.document import Document, Entity
from rasd.geo.recognize import PlaceMention, Recognizer, find_places
from rasd.pipeline import stage
from rasd.settings import Settings
from rasd.text.normalize import normalize

#: Entity types a place may be merged into.
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
_ID_RE = re.compile(r"T(\d+)\Z")
#: Letters a model's span may carry before a place name (و، ف، ب، ل، ك).
_PROCLITICS = frozenset("وفبلك")
#: One definite nisba adjective after a place inside a model's entity (بنغازي البحري، بغداد الدولي).
_TANWEEN = re.compile("[\u064b-\u064d]")
_NISBA_TAIL = re.compile(r" ال[\u0621-\u064A]{2,}(?:ي|ية)")


_ID_OF = attrgetter("id")
_START_OF = attrgetter("start")
_END_OF = attrgetter("end")


def _next_id(doc: Document) -> int:
    # (round 29, sq1) "T" + str.isdecimal() is ``_ID_RE`` (``\d`` is a Unicode decimal digit), without a match per id
    numbers = [int(i[1:]) for i in map(_ID_OF, doc.entities) if i[:1] == "T" and i[1:].isdecimal()]
    return max(numbers, default=0) + 1


def _bounds(existing: list[Entity]) -> tuple[list[int], list[int]]:
    """The starts of ``existing`` (sorted by start) and the greatest end among its first k + 1 entities, for each k:
    the entities that may overlap ``[s, e)`` are ``existing[bisect_right(ends, s) : bisect_left(starts, e)]`` (before
    that range every end is at most ``s``, from its end on every start is at least ``e``)."""
    return list(map(_START_OF, existing)), list(accumulate(map(_END_OF, existing), max))


def locate_places(doc: Document, *, recognizer: Recognizer | None = None) -> list[Entity]:
    """Add the places of ``doc`` to ``doc.entities`` (see the module docstring).

    Args:
        doc: the document (its ``text`` is read; ``entities`` is updated in place).
        recognizer: a recognizer over another gazetteer (default: the packaged one).

    Returns:
        The entities that carry a place (new or merged), in text order.
    """
    mentions = find_places(doc.text, recognizer=recognizer)
    if not mentions:
        return []
    placed: list[Entity] = []
    new: list[Entity] = []
    next_id = _next_id(doc)
    existing = sorted(doc.entities, key=lambda e: (e.start, e.end))
    # (round 29, sq1) only the stretch of ``existing`` that can overlap the mention is read (see ``_bounds``), until
    # an entity's span is moved below: from then on the whole list, as before
    bounds: tuple[list[int], list[int]] | None = _bounds(existing)
    for mention in mentions:
        if bounds is None:
            window = existing
        else:
            window = existing[bisect_right(bounds[1], mention.start) : bisect_left(bounds[0], mention.end)]
        overlapping = [e for e in window if e.start < mention.end and mention.start < e.end]
        if overlapping and all(
            (
                e.source == "model"
                and e.type not in PLACE_TYPES
                and (e.type == "MISC" or _covers(mention, e, doc.text) or _crosses(mention, e))
            )
            or _title_in_place(doc, mention, e, mentions)
            for e in overlapping
        ):
            # a statistical guess yields to a gazetteer-grounded place: any MISC ("ضحايا القصف على مدينة #طفس"),
            # or a PER/ORG guess that the place name covers whole ("الشمال السوري" tagged ORG)
            dropped = {id(e) for e in overlapping}
            doc.entities = [e for e in doc.entities if id(e) not in dropped]
            existing = [e for e in existing if id(e) not in dropped]
            bounds = _bounds(existing) if bounds is not None else None
            overlapping = []
        tails = [e for e in overlapping if _direction_tail(mention, e, doc.text)]
        if tails and len(tails) == len(overlapping):
            # round 34 (helper pl21): "معاقل تأوي عناصر «بيت المقدس» جنوب رفح" tagged ORG whole: a bearing and a place
            # at the end of a model's guess are where the group is, not part of its name; the guess ends before them
            for e in tails:
                e.end = len(doc.text[: mention.start].rstrip())
            bounds = None
            overlapping = []
        if overlapping:
            target = next((e for e in overlapping if e.type in PLACE_TYPES), None)
            if target is None:
                continue  # part of a person or organisation name
            if target.geo is None:
                _fill(target, mention)
                if target.type == "LOC" and mention.type == "GPE":
                    # one type for one kind of place: a town, governorate or country is a GPE whichever source
                    # found it (the NER corpora's LOC lumps GPEs with natural regions)
                    target.type = "GPE"
                if target.source == "model":
                    # the gazetteer knows where the name is; the model's span may hold a descriptor or a
                    # preposition ("لمدينة طفس")
                    target.start, target.end = mention.start, mention.end
                    bounds = None
            placed.append(target)
            continue
        entity = Entity(
            id=f"T{next_id}",
            type=mention.type,
            start=mention.start,
            end=mention.end,
            canonical=mention.canonical,
            canonical_ar=mention.canonical_ar,
            geo=dict(mention.geo),
            source="gazetteer",
        )
        next_id += 1
        new.append(entity)
        placed.append(entity)
    if new:
        doc.entities = sorted([*doc.entities, *new], key=lambda e: (e.start, -e.end))
    placed += _same_name(doc, placed)
    return sorted(placed, key=lambda e: (e.start, e.end))


def _same_name(doc: Document, placed: list[Entity]) -> list[Entity]:
    """A model's place entity with no ``geo`` that is written as a place recognised elsewhere in the text takes
    that place's ``geo`` ("ولا يخفي المغرب" after "اعتداءات في المغرب": a common word only with context, but the
    model saw a place and the text names that place). Not for a name shaped like a nisba adjective (سورية in
    "جنسيات غير سورية"): the recognizer reads that one."""
    by_name: dict[str, Entity] = {}
    for e in placed:
        by_name.setdefault(normalize(doc.text[e.start : e.end]), e)
    out: list[Entity] = []
    for e in doc.entities:
        if e.geo is not None or e.source != "model" or e.type not in ("LOC", "GPE"):
            continue
        raw = doc.text[e.start : e.end]
        if _TANWEEN.search(raw):
            continue  # "طلبًا تركيًا": an adjective or an accusative noun, not the country
        written = normalize(raw)
        if written.endswith(("يه", "ي")):
            continue  # a nisba-shaped name (سورية) may be the adjective the recognizer ruled out (غير سورية)
        source = by_name.get(written)
        if source is None and written[:1] in _PROCLITICS:
            source = by_name.get(written[1:])
        if source is None or source.geo is None:
            continue
        e.geo = dict(source.geo)
        e.canonical = e.canonical or source.canonical
        e.canonical_ar = e.canonical_ar or source.canonical_ar
        out.append(e)
    return out


def _covers(mention: PlaceMention, entity: Entity, text: str) -> bool:
    """Whether the place name is all of the model's entity that names something: proclitics before it aside
    (``وكريتر`` tagged PER), or one nisba adjective after it (``بنغازي البحري`` tagged ORG for the port)."""
    if entity.start < mention.start:
        head = text[entity.start : mention.start]
        if len(head) > 2 or any(c not in _PROCLITICS for c in head):
            return False
    if entity.end <= mention.end:
        return True
    return bool(_NISBA_TAIL.fullmatch(text[mention.end : entity.end]))


def _direction_tail(mention: PlaceMention, entity: Entity, text: str) -> bool:
    """Round 34 (helper pl21): whether a model's organisation or person guess ends with a place told by a bearing
    (``تأوي عناصر «بيت المقدس» جنوب رفح`` tagged ORG): the place phrase opens with its direction word and closes the
    guess, which starts before it with more than proclitics."""
    return (
        entity.source == "model"
        and entity.type not in PLACE_TYPES
        and entity.start < mention.start
        and entity.end == mention.end
        and any(ev.startswith("direction:") for ev in mention.evidence)
        and bool(text[entity.start : mention.start].strip(" وفبلك"))
    )


def _crosses(mention: PlaceMention, entity: Entity) -> bool:
    """Whether the model's entity starts inside the place and runs past it ("جنوب الشيخ زويد شرق العريش" with
    ``زويد شرق العريش`` tagged PER): a name cut in two is a wrong guess, never a name that holds the place."""
    return mention.start < entity.start < mention.end < entity.end


def _title_in_place(doc: Document, mention: PlaceMention, entity: Entity, mentions: list[PlaceMention]) -> bool:
    """Whether a person read by the title pattern is the rest of a place name that opens with that title ("حي
    الشيخ مقصود"، "في الشيخ زويد": the pattern reads الشيخ + a name): the place, which the gazetteer knows whole, wins.
    Round 24 (helper pl3). The pattern may run on into a time of day or the next place of a list told after the place
    (بمحيط مدينة الشيخ زويد صباح أمس: "زويد صباح"؛ جنوب الشيخ زويد ورفح: "زويد ورفح"); a name that runs past the
    place otherwise (الشيخ سعد بن محمد) stays the person's."""
    if entity.source != "pattern" or entity.type != "PER" or not mention.start < entity.start < mention.end:
        return False
    if entity.end <= mention.end:
        return True
    spans = [(t.start, t.end) for t in doc.timexes] + [(m.start, m.end) for m in mentions if m is not mention]
    return any(a <= mention.end + 2 and entity.end <= b for a, b in spans)


def _fill(entity: Entity, mention: PlaceMention) -> None:
    entity.geo = dict(mention.geo)
    if entity.canonical is None:
        entity.canonical = mention.canonical
    if entity.canonical_ar is None:
        entity.canonical_ar = mention.canonical_ar


@stage("geo", requires=("text",), provides=("entities", "places"), order=50)
def geo(doc: Document, settings: Settings) -> None:
    """Pipeline stage: see the module docstring."""
    locate_places(doc)
