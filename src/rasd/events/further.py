"""(Round 37, helper ev1) "Another" strike or clash told as one more item of the day's news, not one recalled.

A trigger with "another" or "similar" right after it (غارة أخرى، اشتباكات مماثلة, ``Candidate.another``) is kept
apart from the events told before it by the merge (another happening), and :func:`rasd.events.dates.event_date`
gives it no date ("an earlier event": هجوم مماثل وقع قبل ثلاثة أشهر), so it gives no row. In war reports, though,
"another" is very often the next item of the same news: "وفي محافظة مأرب شنت طائرات التحالف غارات أخرى"، "فيما
استهدفت غارة أخرى مدفع هاون"، "وقال المصدر إن اشتباكات مماثلة دارت بين الطرفين شرق المنطقة": more strikes and
clashes of the day, at places of their own. Round 30 (rc2) read a present verb of occurring before it as such an item
(:func:`rasd.events.dates._similar_now`); this reads a past verb of launching, hitting or occurring right before the
trigger (its subject between) or a past verb of occurring or of a toll right after the "another" word. Not when a word
of time (بعد، قبل، منذ، إثر …) stands shortly before the trigger in its clause ("بعد أسبوعين فقط من هجوم مشابه نفذه
مسلح" tells an earlier happening), nor with a past period after it ("شنت هجمات مماثلة في الشهور الماضية"). The event
is then dated as its sentence dates it (its clause's day, the paragraph's, the article's; a day a week or more before
the report leaves it undated, :func:`rasd.events.dates._further_date`), only when its clause or sentence names its
place, and a pluperfect keeps its own reading (:func:`rasd.events.dates.pluperfect_at`). Counted in round 37: no
released tune file's row changes; on 800 fresh war articles 5 rows are added (docs/events.md).
"""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.resources.cues import merge_cue_alt as cue_alt

_AR = r"\u0621-\u064A"
#: A past verb of launching, hitting or occurring, then at most two words, up to the trigger (a fused و or ف).
_VERB_BEFORE = re.compile(
    rf"(?<![{_AR}])[وف]?(?:" + cue_alt("further_verbs_before") + r")(?:\s+[^\s.،,؛:«»\"()]+){0,2}?\s+$"
)
#: "Another" or "similar" (with its case ending), at most one word, then a past verb of occurring or of a toll.
_VERB_AFTER = re.compile(
    r"\s*(?:[^\s.،,؛:]+\s+)?(?:آخر|أخرى|اخر|اخرى|مماثل|مماثلة|مماثلا|مشابه|مشابهة|مشابها)"
    r"(?:\s+[^\s.،,؛:]+)?\s+[وف]?(?:" + cue_alt("further_verbs_after") + rf")(?![{_AR}])"
)
#: A word of time before the trigger that makes "another" an earlier happening.
_TIME_WORD = re.compile(rf"(?<![{_AR}])[وفب]?(?:ال)?(?:" + cue_alt("further_time_words") + rf")(?![{_AR}])")
#: A word of a past period after the trigger ("في الشهور الماضية"، "خلال الأعوام السابقة").
_PAST_AFTER = re.compile(rf"(?<![{_AR}])(?:" + cue_alt("further_past_after") + rf")(?![{_AR}])")
#: How far back from the trigger a word of time is read, and how far on one of a past period (characters, within
#: the clause).
_TIME_REACH = 60
_PAST_REACH = 40


def told_further(ctx: Context, cand: Candidate) -> bool:
    """Whether ``cand``, told as "another" or "similar", is one more happening of the news told: a past verb of
    launching, hitting or occurring right before it, or one of occurring or of a toll right after its "another"; and
    no word of time shortly before it nor of a past period after it in its clause. (Not a past verb that heads the
    candidate itself, "بينما استهدفت غارة أخرى مدفع هاون … في جبهة الجفينة": more often one more strike of the front
    just told, which ACLED codes as that front's row, than a happening of its own.)"""
    if not cand.another or "toll_item" in cand.cues:
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(cand.start)
    c0 = cand.clause[0]
    if _TIME_WORD.search(text, max(c0, w0 - _TIME_REACH), w0):
        return False
    if _PAST_AFTER.search(text, cand.end, min(cand.clause[1], cand.end + _PAST_REACH)):
        return False
    if _VERB_BEFORE.search(text, max(c0, w0 - 50), w0):
        return True
    return _VERB_AFTER.match(text, cand.end, min(len(text), cand.end + 50)) is not None


def fold_further_into_kin(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """A trigger told as "another" item of the news (:func:`told_further`) whose own clause holds an event of the
    same ACLED type not told as "another" names that event ("استهدف هجوم آخر بسيارة مفخخة حاجزا أمنيا": the car
    bomb is the other attack; "غارة أخرى دمرت مدفع هاون" beside "الغارة" of its clause): its mentions join it, so
    that one happening gives one row. The merge of a clause keeps an "another" word apart from its clause's words
    (``merge.clauses.merge_clause``), which left such a word with no row as long as it had no date."""
    if not any(c.another for c in cands):
        return cands
    out: list[Candidate] = []
    for c in cands:
        kin = None
        if c.another and c.cls.acled_type is not None:
            kin = next(
                (
                    h
                    for h in cands
                    if h is not c
                    and not h.another
                    and h.cls.acled_type == c.cls.acled_type
                    and h.clause[0] < c.clause[1]
                    and c.clause[0] < h.clause[1]
                ),
                None,
            )
        if kin is not None and told_further(ctx, c):
            kin.mentions.extend(c.mentions)
            continue
        out.append(c)
    return out
