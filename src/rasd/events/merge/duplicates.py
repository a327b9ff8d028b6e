"""One happening told twice in two sentences, each time with its own count of dead (round 30, helper dp1).

A report often tells its news twice: the lead sums it up ("لقي ستة جنود مصرعهم مساء الأحد في هجوم شنه مسلحون على
نقطة تفتيش في مدينة العريش") and a source's statement gives the detail ("وذكر بيان للجيش أن عبوة ناسفة انفجرت
بمدرعة كانت تقل الجنود …، ما أدى إلى مقتل ستة منهم"); or the headline's strike is told again by the body with its
village. When the two tellings are in two sentences with two words of two classes, or two places of which one is
coarse, no merge step before this one sees one happening, and ACLED's one event per place, day and kind of act gets
two rows.

:func:`fold_told_toll` folds two violent rows into one when

* each tells its own exact count of dead (two or more, not a share of one toll told for several rows), the two
  counts are the same number and each is told in a sentence of its own row (a figure borrowed from a neighbouring
  clause is no telling: "… اللواء 15" or the toll of the paragraph before);
* no sentence tells both (one sentence's two rows are a list's items or its acts, the steps before weigh them);
* their days are at most one day apart (a day written only as "أمس" in one telling and as the weekday's night in
  the other), and no two places apart (one province, or one row placed in a country or region only), nor two places
  of their own (each placed by its own clause finer than a province, and not one area: a blast in one district and
  an ambush in another village of the province are two, even with one count each);
* the later telling is a source's word on the news (a verb or noun of saying before it in its sentence: وأوضح بيان
  للجيش أن …، وأشار المصدر إلى أن …), or the first telling is the headline's;
* neither is a change of territory (a capture's toll is its fighting's, told with it) nor told as another
  happening (هجوم آخر، في حادث منفصل).

The row told by its dead alone (مقتل، لقوا مصرعهم) folds into the row of the act; otherwise the later telling folds
into the first, which keeps its place, day and figures, and its type unless it was told by a bare word of attack or
of dying (هجوم، مقتل) and the other telling names the bomb, the blast or the strike (the type comes from the detail).
Two tolls of one number in two provinces, or days apart, stay two rows (two attacks that each killed two soldiers, a
week apart)."""

from __future__ import annotations

import datetime as dt
import re

from rasd.events.coding import in_title
from rasd.events.context import Context
from rasd.events.lexicon import EventClass
from rasd.events.merge.areas import two_places
from rasd.events.merge.capture_twice import fold_capture_twice
from rasd.events.merge.day_borrowed import fold_day_borrowed
from rasd.events.merge.generic_bomb import fold_generic_bomb
from rasd.events.merge.lead_total import fold_lead_total
from rasd.events.merge.list_detail import fold_list_detail
from rasd.events.merge.retold_noun import fold_retold_noun
from rasd.events.merge.same_toll import fold_pairs, one_place, reported_violence
from rasd.events.merge.tolls import lowest_figure
from rasd.events.model import Candidate
from rasd.resources.cues import CueFile
from rasd.text.matcher import strip_proclitics

#: The words of ``resources/ar/event_duplicate_cues.yaml`` (round 30, helper dp1).
DUPLICATE_CUES = CueFile("ar/event_duplicate_cues.yaml")
#: A word of attack that names no weapon (lists.generic_attack_words), normalized.
_GENERIC = DUPLICATE_CUES.normalized_words("generic_attack_words")
#: A verb or noun of saying (lists.saying_frames), normalized.
_SAYING = DUPLICATE_CUES.normalized_words("saying_frames")
#: A word of the text.
_A_WORD = re.compile(r"[\u0621-\u064A]+")


def _own_count(ctx: Context, c: Candidate) -> tuple[int, str] | None:
    """The row's exact count of dead (two or more) and the quantity that tells it, when that quantity stands in a
    sentence of one of the row's own mentions and is told for this row alone."""
    fig = lowest_figure(c.fatalities)
    if fig is None or fig.get("approx") == "vague" or fig.get("told_for") or fig.get("quantities"):
        return None
    value = int(fig.get("value") or 0)
    qid = fig.get("quantity")
    if value < 2 or not qid:
        return None
    q = next((x for x in ctx.doc.quantities if x.id == qid), None)
    if q is None:
        return None
    own = {ctx.sentence_index(m.start) for m in c.mentions} | {ctx.sentence_index(c.start)}
    return (value, qid) if ctx.sentence_index(q.start) in own else None


def _day(c: Candidate) -> dt.date | None:
    value = (c.date or {}).get("value")
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _days_meet(a: Candidate, b: Candidate) -> bool:
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= 1


def _own_places_apart(a: Candidate, b: Candidate) -> bool:
    """Two places of their own: each row placed by its own clause finer than a province (a town, a district, a site),
    and the two not one area ("… عبوة ناسفة بسيارتهم في مديرية مودية" and "… كمينا … في منطقة الوضيع": two acts of
    one count in one province are two)."""
    if a.place is None or b.place is None or a.place_from != "clause" or b.place_from != "clause":
        return False
    if (a.place_precision or 3) > 2 or (b.place_precision or 3) > 2:
        return False
    return two_places(a.place, b.place)


def _territory(c: Candidate) -> bool:
    return "territory" in (c.cls.acled_sub_type or "")


def _eligible(c: Candidate) -> bool:
    return reported_violence(c) and not _territory(c) and not any(q.startswith("apart:") for q in c.cues)


def _sentences(ctx: Context, c: Candidate) -> set[int]:
    return {ctx.sentence_index(m.start) for m in c.mentions} | {ctx.sentence_index(c.start)}


def _says(ctx: Context, start: int, end: int, words: frozenset[str]) -> bool:
    return any(stem in words for w in _A_WORD.findall(ctx.doc.text[start:end]) for _, stem in strip_proclitics(w))


def _reported(ctx: Context, first: Candidate, second: Candidate) -> bool:
    """Whether the later telling is a source's word on the news told before (a verb or noun of saying before it in
    its sentence), or the first telling is the headline's."""
    if in_title(ctx, first.start) and not in_title(ctx, second.start):
        return True
    return _says(ctx, second.sentence[0], second.start, _SAYING)


def told_twice(ctx: Context, a: Candidate, b: Candidate) -> bool:
    """Whether rows ``a`` and ``b`` are one happening told in two sentences by one count of dead (the module's
    docstring)."""
    if not (_eligible(a) and _eligible(b)):
        return False
    ca, cb = _own_count(ctx, a), _own_count(ctx, b)
    if ca is None or cb is None or ca[0] != cb[0] or ca[1] == cb[1]:
        return False
    if _sentences(ctx, a) & _sentences(ctx, b):
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    if not (_days_meet(a, b) and one_place(a, b)) or _own_places_apart(a, b):
        return False
    return _reported(ctx, first, second)


def _dead_only(c: Candidate) -> bool:
    """A row told by its dead alone (مقتل، لقوا مصرعهم), not by the act that killed them."""
    return c.toll or c.cls.name == "killing"


def _generic(ctx: Context, c: Candidate) -> bool:
    """A row told by a word of attack or of dying, which says nothing of the weapon (هجوم، مقتل)."""
    if c.cls.name in ("attack", "killing"):
        return True
    words = _A_WORD.findall(ctx.doc.text[c.start : c.end])
    return bool(words) and any(stem in _GENERIC for _, stem in strip_proclitics(words[0]))


def fold_told_toll(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold the second telling of one happening into the first (:func:`told_twice`); a row told by its dead alone
    folds into the row of the act. The kept row keeps its type, place, day and figures. Then (round 31, helper bg2)
    one capture told twice folds into its first telling (:func:`rasd.events.merge.capture_twice.fold_capture_twice`:
    the last merge step, as this one); then (round 32, helper bg3) a province of a lead's list told again by the body
    at a place inside it folds into that telling (:func:`rasd.events.merge.list_detail.fold_list_detail`), and an
    attack named by a bare word at a region folds into the bomb its sentence tells
    (:func:`rasd.events.merge.generic_bomb.fold_generic_bomb`); then (round 34, helper mg21) a lead's total folds
    into the rows whose tolls it sums, and a summary row at a coarse place into the detail the next sentences tell
    inside it (:func:`rasd.events.merge.lead_total.fold_lead_total`); last (round 34, helper mg22) a row a statement
    or a later paragraph names again by a bare noun of attack at the first row's town folds into it
    (:func:`rasd.events.merge.retold_noun.fold_retold_noun`); then (round 43, helper ev20) a row dated by another
    happening's day folds into the row of its sub-type and place told a day off with a day of its own
    (:func:`rasd.events.merge.day_borrowed.fold_day_borrowed`)."""

    def choose(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate, EventClass] | None:
        if not told_twice(ctx, a, b):
            return None
        first, second = (a, b) if a.start <= b.start else (b, a)
        keep, drop = (second, first) if _dead_only(first) and not _dead_only(second) else (first, second)
        cls = drop.cls if _generic(ctx, keep) and drop.cls.acled_type == "Explosions/Remote violence" else keep.cls
        return keep, drop, cls

    folded = fold_generic_bomb(ctx, fold_list_detail(ctx, fold_capture_twice(ctx, fold_pairs(cands, choose))))
    return fold_day_borrowed(ctx, fold_retold_noun(ctx, fold_lead_total(ctx, folded)))
