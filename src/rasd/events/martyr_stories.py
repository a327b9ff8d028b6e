"""A martyr's death placed at his family's town in a funeral or condolence story (round 42, helper ev18).

Saudi funeral, burial and condolence stories tell a soldier's or a worshipper's death by a word of martyrdom alone
(استشهد، استشهاد، استشهاده) and name one town: the family's, where the body is carried, prayed over and buried or
where the condolence is paid («شيعت جموع غفيرة بمحافظة محايل عسير جثماني الشهيدين»، «تعازي القيادة لذوي الشهيد …
بمحافظة الخرمة»، «وسنقوم بدفن جثمانه في مسقط رأسه في محافظة …»). The placing step then gave the death that town
(its sentence's or the lead's). The released tables code such a death at its front when the text names it (tune13:
the Najran region, not the funeral's Bariq; tune17: the Najran border strip, not al-Khurma; tune18: Jabal al-Dud, not
al-Ardiyat) and never at the funeral's town; a story that names no front gives no place for the death.

:func:`family_town` tells a row whose every mention is a word of martyrdom, placed by its sentence or the lead (not by
its own clause), whose place stands in a phrase of a funeral, a burial, a condolence or a family visit (a word of
martyr_story_cues.yaml ``family_town_words`` between the sentence's start, at most 90 characters back, and the
place's mention): the story tells neither the death's place nor its day, and the row is no row
(:func:`drop_family_town_rows`, after the learned row filter; the event stays). A row told with its front (a clause
place: «استشهد في الحد الجنوبي»، «في قطاع نجران») or by another word (a shell, an exchange of fire) is left alone,
and one martyr told again at the family's town beside his front row is folded first
(:mod:`rasd.events.merge.martyr_retold`). Counted on 1,183 fresh short articles (round 42).

:func:`mosque_bombing` types a terrorist attack or a martyrdom told at or against a mosque with no weapon of its own a
bombing, as the released tables code the Asir mosque attack told through condolences (tune23, tune40, tune51)."""

from __future__ import annotations

import re
from typing import Any

from rasd.events.context import Context
from rasd.events.merge.martyr_retold import martyr_only
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile

_CUES = CueFile("ar/martyr_story_cues.yaml")
#: A word of a funeral, a burial, a condolence or a family visit, at a word's start (after و/ب/ل/ف).
_FAMILY = re.compile(rf"(?<![^\s\W])[وفبل]?(?:{_CUES.alt('family_town_words')})")
#: A word between the phrase's word and the place that ties the place to the man's service, front or death.
_BREAKS = frozenset(_CUES.words("family_town_breaks"))
_WORD = re.compile(r"[^\s\W\d_]+")
#: How far before the place's mention the phrase is looked for (within its sentence).
_WINDOW = 90

#: The reason such a row stops being a row (``filter_reason``).
FAMILY_TOWN_REASON = "a martyr's death placed at his family's town (funeral or condolence): the story gives no front"


def family_town(ctx: Context, c: Candidate) -> bool:
    """The row tells a martyr's death by words of martyrdom alone, placed by its sentence or the lead at a town named
    in a funeral, burial, condolence or family-visit phrase."""
    place = c.place
    if place is None or c.place_from not in ("sentence", "lead") or not martyr_only(ctx, c):
        return False
    start = getattr(place, "start", None)
    if not isinstance(start, int):
        return False
    sent = ctx.sentence(start)
    left = ctx.doc.text[max(sent.start, start - _WINDOW) : start]
    last = None
    for found in _FAMILY.finditer(left):
        last = found  # (the phrase's last word before the place)
    if last is None:
        return False
    # (the words after the phrase's last word, up to the place, each read bare of و/ب/ل/ف)
    between = _WORD.findall(left[last.end() :])
    return not any(w in _BREAKS or (w[:1] in "وبلف" and w[1:] in _BREAKS) for w in between)


#: (Mosque bombings) the classes a row told with no weapon may have, the mosque words, the terror words, the breaks.
_BARE_ATTACKS = frozenset({"attack", "assault", "killing", "clash"})
_MOSQUE = re.compile(rf"(?<![^\s\W])(?:في|داخل|على)?\s*[وبل]?(?:{_CUES.alt('mosque_words')})(?![^\s\W])")
_TERROR = re.compile(rf"(?<![^\s\W])[وبل]?(?:{_CUES.alt('terror_words')})")
_MOSQUE_BREAKS = re.compile(rf"(?<![^\s\W])[وبل]?(?:{_CUES.alt('mosque_breaks')})(?![^\s\W])")
#: How far after a mention the mosque is looked for (within its sentence).
_MOSQUE_WINDOW = 60


def mosque_bombing(ctx: Context, c: Candidate) -> bool:
    """(Round 42, ev18) A terrorist attack or a martyrdom told at or against a mosque with no weapon of its own
    («الحادث الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ»، «استشهد في مسجد قيادة قوات الطوارئ»): the released
    tables code it a bombing (Remote explosive, suicide bomb accepted: tune40, tune49, tune51), never an attack on
    civilians or a clash. Not with a weapon of another kind told (a ``means:`` cue), nor when a person of the mosque
    (إمام، خطيب), a raid (اقتحام), the occupation or its settlers, bullets or a knife stand in the sentence."""
    if c.cls.name not in _BARE_ATTACKS or c.granularity != "discrete":
        return False
    if any(k.startswith("means:") for k in c.cues):
        return False
    text = ctx.doc.text
    for m in c.mentions:
        sent = ctx.sentence(m.start)
        after = text[m.end : min(sent.end, m.end + _MOSQUE_WINDOW)]
        if _MOSQUE.search(after) is None:
            continue
        whole = text[sent.start : sent.end]
        if _TERROR.search(whole) is not None and _MOSQUE_BREAKS.search(whole) is None:
            return True
    return False


def drop_family_town_rows(events: list[Any]) -> None:
    """The rows :func:`family_town` marked (``filter_reason`` :data:`FAMILY_TOWN_REASON`, set by the events stage)
    stay events but are no rows; done after the learned row filter, as the rows told in general are."""
    for e in events:
        if isinstance(e, dict) and e.get("filter_reason") == FAMILY_TOWN_REASON:
            e["acled_row"] = False
