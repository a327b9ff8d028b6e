"""An event while it is being read: its trigger(s), clauses and arguments (:class:`Candidate`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasd.document import Entity
from rasd.events.lexicon import EventClass


@dataclass(slots=True)
class Mention:
    """Where the text tells of an event: its trigger and the sentence around it."""

    start: int
    end: int
    sent_start: int
    sent_end: int


@dataclass(slots=True)
class Candidate:
    """An event while it is being read: one trigger (or several merged), with its arguments."""

    cls: EventClass
    start: int
    end: int
    tense: str
    weak: bool
    subordinate: bool
    clause: tuple[int, int]
    sentence: tuple[int, int]
    clauses: list[tuple[int, int]] = field(default_factory=list)  # the clauses of its mentions in its sentence
    place: Entity | None = None
    place_from: str = "none"  # clause | sentence | lead | none
    place_precision: int | None = None
    actor1: dict[str, Any] | None = None
    actor2: dict[str, Any] | None = None
    assoc: list[dict[str, Any]] = field(default_factory=list)
    date: dict[str, Any] | None = None
    status: str = "reported"
    granularity: str = "discrete"
    fatalities: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (mention start, figure)
    injured: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    displaced: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    arrested: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    in_post: bool = False
    another: bool = False  # هجوم مماثل، غارة أخرى: told as another happening than the one at hand
    definite: bool = False  # a noun with the article (القصف، الهجوم): may name an event told before
    purpose: bool = False  # a verbal noun after ل: للسيطرة على، لتحرير (an aim, not a deed)
    toll: bool = False  # told by a word of dying (مقتل، لقي مصرعه), whatever class the words around it gave it
    cause: bool = False  # احتجاجا على قتل …: what a protest is about, another happening with its own date
    reference: bool = False  # منفذ الهجوم، ضحايا التفجير: the happening told before, named through its people
    blast: bool = False  # told by the blast or a bombing noun (انفجار، تفجير), not a verb: may be a suicide bomb's


def copy_candidate(c: Candidate) -> Candidate:
    return Candidate(
        cls=c.cls,
        start=c.start,
        end=c.end,
        tense=c.tense,
        weak=c.weak,
        subordinate=c.subordinate,
        clause=c.clause,
        sentence=c.sentence,
        clauses=list(c.clauses),
        status=c.status,
        mentions=list(c.mentions),
        cues=set(c.cues),
        in_post=c.in_post,
        purpose=c.purpose,
        definite=c.definite,
        another=c.another,
        cause=c.cause,
        reference=c.reference,
        toll=c.toll,
        blast=c.blast,
    )


def counted(c: Candidate) -> bool:
    """Whether ``c`` counts its dead or wounded with a figure, not only a vague word ("قتل 3" counts, "قتل الآلاف"
    does not): a happening told, which the frames of aims, habits, background and kinds leave alone (round 34, lead:
    one test for the many frames that wrote it out)."""
    return any(f.get("approx") != "vague" for _, f in c.fatalities + c.injured)
