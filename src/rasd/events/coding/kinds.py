"""Round 17 (helper vs): the kind of a row told by forces or settlers entering a place.

Pooled over the tune files, "Violence against civilians" was the least precise ACLED type (16 right of 34 rows at
the round's start). One class of its false rows recurred in four independent files (tune10, tune14, tune17 and the
fourth row-judgment file): a storming (اقتحمت الشرطة المسجد، اقتحم عشرات المستوطنين المسجد بحماية الشرطة، وطئتها
الشرطة واعتدت على المصلين) typed an attack on civilians. ACLED codes neither the entry of a force into a place with
no one hurt, nor the scuffle that follows it as violence against civilians: when a crowd confronts the force
(مواجهات، صدامات، رشق بالحجارة، "ساحة حرب") the happening is a riot (Riots / Violent demonstration); when none is
told and no one is hurt, killed or arrested, entering is no row.

:func:`code_kinds` runs in the events stage once the rows of an article are decided and before they are merged (so a
storming retyped a riot joins the riot told with it). Its words are data: ``resources/ar/event_kind_cues.yaml``.
"""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.lexicon import event_lexicon
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize

#: The cue file of this module (source, licence and date in its header).
KIND_CUES = CueFile("ar/event_kind_cues.yaml")

_VAC = "Violence against civilians"
_AR = r"\u0621-\u064A"


def _words(name: str) -> str:
    return "|".join(sorted({re.escape(normalize(w)) for w in KIND_CUES.words(name)}, key=len, reverse=True))


def _whole(name: str) -> re.Pattern[str]:
    """A trigger word of list ``name``, whole, after an optional و/ف, ب/ل and ال (normalized)."""
    return re.compile(r"(?:[وف])?(?:[بل])?(?:ال)?(?:" + _words(name) + r")")


def _inside(*names: str) -> re.Pattern[str]:
    """A word or phrase of the lists ``names`` as words of their own in normalized text (with و/ف, ب/ل, ال before)."""
    alt = "|".join(_words(n) for n in names)
    return re.compile(rf"(?<![{_AR}])(?:[وف])?(?:[بل])?(?:ال)?(?:{alt})(?![{_AR}])")


_STORMING = _whole("storming_words")
_ASSAULT = _whole("assault_words")
_CONFRONTATION = _inside("confrontation_words", "battlefield_phrases")
_ARMED_SIDE = _inside("armed_side_words")


def _trigger_words(ctx: Context, c: Candidate) -> list[str]:
    """The normalized trigger words of ``c``: its own and its mentions'."""
    spans = [(c.start, c.end)] + [(m.start, m.end) for m in c.mentions]
    return [normalize(ctx.doc.text[a:b]).strip() for a, b in dict.fromkeys(spans)]


def _title_span(ctx: Context, offset: int) -> tuple[int, int] | None:
    for b in ctx.doc.blocks:
        if str(b.kind) == "title" and b.start <= offset < b.end:
            return b.start, b.end
    return None


def _lead_span(ctx: Context, after: int) -> tuple[int, int] | None:
    """The first sentence of the body after the title ending at ``after``."""
    for s in ctx.sentences:
        if s.start >= after and ctx.doc.text[s.start : s.end].strip():
            return s.start, s.end
    return None


def _confronted(ctx: Context, start: int, end: int) -> bool | None:
    """Whether ``[start, end)`` tells a crowd's confrontation (True), armed sides (None) or neither (False)."""
    text = normalize(ctx.doc.text[start:end])
    # rebels and political militias are armed sides (حزب الله، الحوثيون); settlers and tribes (ACLED's identity
    # militias, inter 4) are the crowd a storming meets or the ones storming
    if _ARMED_SIDE.search(text) or any(a.inter in (2, 3) for a in ctx.actors_in(start, end)):
        return None
    return bool(_CONFRONTATION.search(text))


def storming_kind(ctx: Context, c: Candidate) -> str | None:
    """What a row typed an attack on civilians is when it is told by a storming: ``"riot"`` (a crowd confronts the
    force in its sentence, or, for a headline, in the body's first sentence), ``"none"`` (a storming alone, no one
    killed, hurt or arrested, no other act told with it) or ``None`` (not such a row: leave it)."""
    if c.cls.acled_type != _VAC or c.cls.name not in ("attack", "assault") or c.fatalities:
        return None
    words = _trigger_words(ctx, c)
    storming = [w for w in words if _STORMING.fullmatch(w)]
    assault = [w for w in words if _ASSAULT.fullmatch(w)]
    if not storming and not assault:
        return None
    if len(storming) + len(assault) < len(words):
        return None  # another act told with it (اقتحموا المنزل وأطلقوا النار على …): its own rules read it
    s0, s1 = c.sentence
    told = _confronted(ctx, s0, s1)
    title = _title_span(ctx, c.start)
    if told is False and title is not None:
        lead = _lead_span(ctx, title[1])
        told = _confronted(ctx, *lead) if lead is not None else False
    if told is None:
        return None  # armed hands or fire exchanged: a clash, the attack rules' to read
    if told:
        return "riot"
    if storming and not assault and not c.injured and not c.arrested:
        return "none"
    return None


def code_kinds(ctx: Context, rows: list[Candidate]) -> list[Candidate]:
    """The rows of an article with a storming typed an attack on civilians read again (:func:`storming_kind`): a riot
    when a crowd confronts the force, no row when the force only entered."""
    out: list[Candidate] = []
    for c in rows:
        kind = storming_kind(ctx, c)
        if kind == "none":
            continue
        if kind == "riot":
            c.cls = event_lexicon().classes["riot"]
            c.cues.add("kinds:storming_riot")
        out.append(c)
    return out
