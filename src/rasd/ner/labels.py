"""Entity labels of rasd's NER and the one table that maps every corpus's types onto them.

rasd tags four types in BIO: ``PER``, ``LOC``, ``ORG``, ``MISC``. Scores (``EVALUATION.md``) are exact-span F1 over
``PER``/``LOC``/``ORG``. Every corpus reader, the training script, the benchmark and ``rasd tag-ner`` use
:data:`TYPE_MAP`; a type that is not in it maps to ``O`` (not an entity).

* **PER**: person; NewsFANE Politician, Athlete, Artist, Scientist, Businessperson, Lawyer, Engineer, Police,
  Religious_PER, Other_PER; Wojood PERS; AQMAR PER.
* **LOC**: location, GPE, country, city, region, facility; NewsFANE Nation, Population-Center,
  State-or-Province, County-or-District, GPE-Cluster, Continent, Water-Body, Land-Region-Natural, Celestial,
  Building-Grounds, Airport, Path, Subarea-Facility, Plant; Wojood GPE, LOC, FAC; AQMAR LOC.
* **ORG**: organisation, government, company, media, armed group; NewsFANE Government, Non-Governmental,
  Commercial, Educational, Media, Sports, Religious_ORG, Medical-Science, Entertainment; Wojood ORG; AQMAR ORG.
* **MISC**: NewsFANE vehicles, weapons and products (Land, Air, Water, Shooting, Projectile, Book, Movie,
  Software, Hardware, Food, Drug); Wojood NORP, EVENT, PRODUCT, LAW, LANGUAGE, WEBSITE; AQMAR MIS0..MIS3.
* **O**: NewsFANE Group (العرب، المسلمين: peoples, not organisations); Wojood OCC, DATE, TIME, CARDINAL,
  ORDINAL, PERCENT, QUANTITY, UNIT, MONEY, CURR.

rasd's own entity types (``GPE``, ``FAC``, ``NORP`` in ``rasd/1``) collapse the same way in :func:`coarse_type`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import ne

#: The four entity types of the NER model, in a fixed order.
ENTITY_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG", "MISC")

#: The types that scores are reported on.
SCORED_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG")

_PER = (
    "PER PERS PERSON Politician Athlete Artist Scientist Businessperson Lawyer Engineer Police Religious_PER Other_PER"
)
_LOC = (
    "LOC GPE FAC LOCATION Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent "
    "Water-Body Land-Region-Natural Celestial Building-Grounds Airport Path Subarea-Facility Plant Address Boundary"
)
_ORG = (
    "ORG ORGANIZATION Government Non-Governmental Commercial Educational Media Sports Religious_ORG "
    "Medical-Science Entertainment"
)
_MISC = (
    "MISC MIS MIS0 MIS1 MIS2 MIS3 NORP EVENT PRODUCT LAW LANGUAGE WEBSITE Land Air Water Shooting Projectile Book "
    "Movie Software Hardware Food Drug Blunt Exploding Nuclear Biological Chemical Sharp"
)

#: Corpus entity type → rasd NER type. Types absent from the table (Group, OCC, DATE, CARDINAL, ...) map to O.
TYPE_MAP: dict[str, str] = {
    **dict.fromkeys(_PER.split(), "PER"),
    **dict.fromkeys(_LOC.split(), "LOC"),
    **dict.fromkeys(_ORG.split(), "ORG"),
    **dict.fromkeys(_MISC.split(), "MISC"),
}


def coarse_type(corpus_type: str) -> str | None:
    """The rasd NER type of a corpus or ``rasd/1`` entity type, or ``None`` when it is not an entity for NER.

    Args:
        corpus_type: a type name such as ``"Politician"``, ``"GPE"`` or ``"PERS"``.

    Returns:
        ``"PER"``, ``"LOC"``, ``"ORG"``, ``"MISC"`` or ``None``.
    """
    return TYPE_MAP.get(corpus_type)


def spans_from_bio(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Exact entity spans ``(start, end, type)`` (token indices, end exclusive) from BIO or IOB1 tags.

    An ``I-X`` that does not continue an ``X`` span starts a new one (the CoNLL convention). Only the tags other
    than ``O`` are visited (found in C: most of a sentence is ``O``); an ``O`` closes the open span."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    last = -2
    for i in compress(range(len(tags)), map(ne, tags, repeat("O"))):
        if start >= 0 and i != last + 1:  # an O between: the span ended after the last tag seen
            spans.append((start, last + 1, kind))
            start = -1
        last = i
        tag = tags[i]
        if tag.startswith("I-") and start >= 0 and tag[2:] == kind:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start = -1
        if tag.startswith(("B-", "I-")):
            start, kind = i, tag[2:]
    if start >= 0:
        spans.append((start, last + 1, kind))
    return spans


def bio_from_spans(n: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO tags for ``n`` tokens from non-overlapping spans ``(start, end, type)``."""
    tags = ["O"] * n
    for start, end, kind in spans:
        tags[start] = f"B-{kind}"
        for i in range(start + 1, end):
            tags[i] = f"I-{kind}"
    return tags
