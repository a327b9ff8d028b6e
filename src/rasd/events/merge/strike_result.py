"""What a strike destroyed, told by its own verb right after it in one sentence (round 38, helper ev4).

"واستهدفت غارات التحالف قاعدة العند الجوية التي تحاصرها اللجان الشعبية، كما دمرت منصات إطلاق صواريخ وجسرا يربط
لحج وعدن"، "كما استهدفت غارات التحالف تجمعات الانقلابيين في مزارع الوهط، ودمرت أربع منصات لإطلاق صواريخ الكاتيوشا":
the verb of destroying has no subject of its own — the strikes of the clause before are its subject — and tells what
they destroyed. The coding reads it as a bombardment (the means is named in its sentence) and gave it a row of its
own: placed elsewhere in the province by a name in its object (the bridge "between Lahij and Aden") or typed a
shelling by its object (launchers of Katyusha rockets). Two released false rows (tune15, tune44) of round 37's
duplicates (docs/events.md, round 38's ev4 section).

:func:`result_of` finds that strike: an event of the same ACLED type told before the verb in its sentence, the verb
opening its clause (after a comma, its و or كما, or fused with و) with no subject of its own right after it (lists
``strike_result_verbs`` and ``strike_result_subjects`` of ``event_merge_cues.yaml``: "كما دمرت طائرات التحالف مخزنا"
names its own doer and stays a strike of its own), and a place in the same province or none of its own (a depot
destroyed in another province is another strike, another row). Found in no fresh article of round 38's reading
(1,225 SaudiNewsNet articles, 29 with such a verb after a comma or fused with و): the sentence merge joins those
already; the two released rows escaped it by a place or a type of their own.
"""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.resources.cues import EVENT_MERGE_CUES
from rasd.text.normalize import normalize_word

_VERBS = EVENT_MERGE_CUES.normalized_words("strike_result_verbs")
_SUBJECTS = EVENT_MERGE_CUES.normalized_words("strike_result_subjects")
#: The words between the strike's clause and the verb: a comma, then maybe كما.
_OPENER = re.compile(r"\s*[،,]\s*(?:كما\s+)?$")
_WORD = re.compile(r"[\u0621-\u064A]+")


def result_of(ctx: Context, c: Candidate, merged: list[Candidate]) -> Candidate | None:
    """The strike of ``c``'s sentence whose result ``c`` tells (see the module), or ``None``."""
    if c.cls.acled_type != "Explosions/Remote violence" or c.tense != "past":
        return None
    text = ctx.doc.text
    start = ctx.word_start(c.start)
    if normalize_word(text[start : c.end]) not in _VERBS:
        return None
    word = text[start : c.end]
    if not _OPENER.search(text, max(c.sentence[0], start - 12), start) and word[:1] not in ("و", "ف"):
        return None  # (the verb opens a clause of its own: "، كما دمرت"، "، ودمرت"، "… ودمرت")
    nxt = _WORD.search(text, c.end, min(c.sentence[1], c.end + 40))
    if nxt is None or normalize_word(nxt.group()) in _SUBJECTS:
        return None  # "كما دمرت طائرات التحالف مخزنا": its own doer, a strike of its own
    for h in reversed(merged):
        if h.sentence != c.sentence or h.start >= c.start or h.cls.acled_type != c.cls.acled_type:
            continue
        if c.place_from == "clause" and c.place is not None and h.place is not None:
            ga, gb = h.place.geo or {}, c.place.geo or {}
            if not ga.get("admin1") or ga.get("admin1") != gb.get("admin1"):
                return None  # (a place of its own in another province: another strike)
        return h
    return None
