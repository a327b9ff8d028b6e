"""One martyr told twice in a condolence or funeral story (round 42, helper ev14).

Saudi condolence and funeral stories tell a soldier's or a worshipper's death more than once, each time by a word of
martyrdom alone (استشهد، استشهاد، استشهاده): once with the front or the place of the death (its clause or the
lead: «الذي أعلنت القيادة استشهاده أمس في قطاع نجران»), and again in a sentence about the family, the prayer or the
visit, whose town (الطائف) the placing step then gives it («وقال إن الرقيب استشهد دفاعا عن الوطن»). The two tellings
stayed two rows, the second at the family's town. The released tables code such a story's death once, at the front
(tune17, tune28: Najran, undated).

:func:`fold_martyr_retold` folds a row whose every mention is a word of martyrdom, placed only by its sentence, into
another row of the article told the same way, with the same count of dead, placed at another place by its clause or
the lead: the kept row keeps its type, place, day and figures. Counted on 1,200 fresh articles (round 42)."""

from __future__ import annotations

from rasd.events.context import Context
from rasd.events.merge.happening import absorb_keeping
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.resources.cues import EVENT_MERGE_CUES
from rasd.text.normalize import normalize

#: The words of martyrdom a mention may be (lists.martyr_words of event_merge_cues.yaml), normalized, after an
#: optional و/ف/ب/ل.
_MARTYR = EVENT_MERGE_CUES.normalized("martyr_words")


def martyr_only(ctx: Context, c: Candidate) -> bool:
    """Every mention of the row is a word of martyrdom (:data:`_MARTYR`, after an optional و/ف/ب/ل), and it has one."""
    text = ctx.doc.text
    for m in c.mentions:
        w = normalize(text[m.start : m.end])
        if w not in _MARTYR and not (w[:1] in "وفبل" and w[1:] in _MARTYR):
            return False
    return bool(c.mentions)


def _dead(c: Candidate) -> int | None:
    values = {int(f.get("value") or 0) for _, f in c.fatalities}
    return values.pop() if len(values) == 1 else None


def fold_martyr_retold(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a martyr's death told again by a word of martyrdom placed by its sentence's town into its telling at the
    front (its clause's or the lead's place), the same count of dead, another place."""
    told = [c for c in cands if c.place is not None and martyr_only(ctx, c) and _dead(c)]
    if len(told) < 2:
        return cands
    dropped: set[int] = set()
    for c in told:
        if c.place_from != "sentence":
            continue
        keep = next(
            (
                h
                for h in told
                if h is not c
                and id(h) not in dropped
                and h.place_from in ("clause", "lead")
                and _dead(h) == _dead(c)
                and place_key(h.place) != place_key(c.place)
            ),
            None,
        )
        if keep is not None:
            absorb_keeping(keep, c)
            dropped.add(id(c))
    return [c for c in cands if id(c) not in dropped]
