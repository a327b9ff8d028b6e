"""The quantities stage: numbers with their hedges and what they count (killed, injured, displaced, …).

Steps, in order:

1. Find every number with its hedge (:func:`rasd.text.numbers.find_numbers`, on the document's normalized view).
2. Read the counted noun right after the number (proclitics stripped): ``9 شهداء`` → killed, ``30 آلية`` →
   vehicles, ``5 مدنيين`` → people. The quantity's span is extended over that noun.
3. When the noun only says "people" (or there is none), look back a few words within the sentence for a cue:
   ``مقتل 5 مدنيين`` → killed, ``موجة النزوح بـ450 ألفًا`` → displaced.
4. Keep numbers that count nothing the event coder needs (``طرف واحد``) with unit ``other``; the event stage
   decides which figures become fatalities.
5. When the ``time`` stage ran before (it does in the default pipeline), drop numbers inside a temporal expression
   (``صيف 2018``, ``منذ ثلاثة أيام``): they are dates and durations, not counts.

Unit words live in ``resources/ar/quantities.yaml``.
"""

from __future__ import annotations

import functools
import re

from rasd.document import Document, Quantity
from rasd.pipeline import stage
from rasd.resources import load_yaml
from rasd.settings import Settings
from rasd.text.matcher import cached_view, strip_proclitics
from rasd.text.normalize import normalize
from rasd.text.numbers import find_numbers

#: How many words before a number a cue may stand ("قتل الطيران الروسي 5 مدنيين" has three in between).
_CUE_WINDOW = 5
#: Units a noun decides on its own; "people"/"fighters" may be refined by a cue before the number.
_WEAK_UNITS = frozenset({"people", "fighters"})
#: A word: letters with their diacritics and tatweel (``\w`` alone would stop at a tanween).
_WORD = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])+")
_STOP = re.compile(r"[.!?؟\n]")


@functools.cache
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(noun → unit, cue → unit), keys normalized."""
    nouns: dict[str, str] = {}
    cues: dict[str, str] = {}
    for unit, spec in load_yaml("ar/quantities.yaml")["units"].items():
        for word in spec.get("nouns", []):
            nouns.setdefault(normalize(str(word)), str(unit))
        for word in spec.get("cues", []):
            cues.setdefault(normalize(str(word)), str(unit))
    return nouns, cues


def _lookup(word: str, table: dict[str, str]) -> str | None:
    for _prefix, stem in strip_proclitics(word):
        unit = table.get(stem)
        if unit is not None:
            return unit
    return None


def classify_unit(text: str, start: int, end: int) -> tuple[str, int]:
    """The unit of the number at ``text[start:end]`` and the end offset of its counted noun (or ``end``)."""
    nouns, cues = _lexicon()
    unit: str | None = None
    new_end = end
    after = _WORD.match(text, end + (len(text[end:]) - len(text[end:].lstrip(" \u00a0"))))
    if after is not None and after.start() - end <= 2:
        unit = _lookup(normalize(after.group(0)), nouns)
        if unit is not None:
            new_end = after.end()
    if unit is None or unit in _WEAK_UNITS:
        window = text[max(0, start - 120) : start]
        stop = max((m.end() for m in _STOP.finditer(window)), default=0)
        for word in reversed(_WORD.findall(window[stop:])[-_CUE_WINDOW:]):
            cue = _lookup(normalize(word), cues)
            if cue is not None and cue not in ("strikes", "vehicles"):
                unit = cue
                break
    return unit or "other", new_end


def find_quantities(text: str) -> list[Quantity]:
    """Every number of ``text`` as a :class:`Quantity` with its unit (ids ``Q1``, ``Q2``, … in text order)."""
    view = cached_view(text)
    out: list[Quantity] = []
    for m in find_numbers(text, view=view):
        unit, noun_end = classify_unit(text, m.number_start, m.number_end)
        end = max(m.end, noun_end)
        out.append(
            Quantity(
                id=f"Q{len(out) + 1}",
                start=m.start,
                end=end,
                value=m.value,
                min=m.min,
                max=m.max,
                approx=str(m.approx),
                unit=unit,
            )
        )
    return out


@stage("quantities", requires=("text",), provides=("quantities",), order=45)
def quantify(doc: Document, settings: Settings) -> None:
    """Fill ``doc.quantities``."""
    quantities = find_quantities(doc.text)
    if doc.timexes:
        spans = [(x.start, x.end) for x in doc.timexes]
        quantities = [q for q in quantities if not any(a <= q.start and q.end <= b for a, b in spans)]
        for i, q in enumerate(quantities, 1):
            q.id = f"Q{i}"
    doc.quantities = quantities
