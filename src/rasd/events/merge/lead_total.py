"""A lead's total and a summary sentence told again by the body's detail (round 34, helper mg21).

A report often opens with what the day came to and then tells its parts. Two shapes give a row of their own that no
step before this one folds, because the coarse telling has its own place (the city, the province, the country) and its
own words (فيما حققت المقاومة تقدما كبيرا في محافظة إب من خلال السيطرة على ثلاث مديريات):

* **the lead's total** (:func:`lead_total`): a row whose exact count of dead (two or more) is the sum of the counts
  of two or more rows the next sentences tell ("أفادت مصادر بمقتل 24 مدنيا في مدينة بعقوبة" over "عبوة ناسفة انفجرت
  … ما أدى إلى مقتل ستة مدنيين" and "مقتل 18 مدنيا … جراء سقوط قذائف هاون"): ACLED codes the parts, each at its place
  with its toll; the total is no happening of its own. The parts are told after the total, within a few sentences,
  in its province (or one of them placed in a country or region only), at most a day apart from it, each with its own
  exact count told in its own sentence;
* **a summary then its detail** (:func:`summary_detail`): a row placed at a coarse place (a country or a region of
  one, a province, a district, or a city whose quarter the detail names) whose next sentence or the one after tells
  the same kind of act (one sub-type; an air strike and a shelling; a capture and a recapture) on the same day at a
  place inside it ("سقط 13 مسلحا جراء غارات على مواقع متفرقة بمأرب" then "نحو سبع غارات جوية … في جبهتي الجفينة
  والفاو"; "استعادة السيطرة على عدة مناطق جديدة في جنوب اليمن" then "السيطرة على مدينة جعار"). The summary tells
  several places or targets (a noun of lists.summary_plurals of ``event_duplicate_cues.yaml`` in its clauses or
  after its trigger: مواقع، مناطق، عدة نقاط، ثلاث مديريات), names no site of its own the gazetteer lacks (جبهة
  المخدرة placed at its province is no summary), has not already taken a telling between it and the detail, and the
  steps before did not keep the two apart nor do their doers tell two acts (:func:`rasd.events.merge.doers.two_doers`;
  an air strike and a shelling, or a capture and a recapture, need one doer).

The coarse row folds into the first finer row (its mentions join it); the finer rows keep their own place, day, type
and figures. Two rows of one coarse place told before the detail, a detail told before the summary, two kinds of act
(a clash then a capture), or two days stay two rows."""

from __future__ import annotations

import itertools
import math
import re

from rasd.events.context import Context
from rasd.events.merge.areas import covers
from rasd.events.merge.clauses import kept_apart, own_sites
from rasd.events.merge.doers import two_doers
from rasd.events.merge.happening import absorb_keeping
from rasd.events.merge.retold import _day
from rasd.events.merge.same_toll import one_place, reported_violence, row_geo
from rasd.events.merge.tolls import lowest_figure
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.resources.cues import CueFile
from rasd.text.matcher import strip_proclitics

#: A noun of several places or targets (lists.summary_plurals of ``resources/ar/event_duplicate_cues.yaml``).
_PLURALS = CueFile("ar/event_duplicate_cues.yaml").normalized_words("summary_plurals")
#: A word of the text.
_A_WORD = re.compile(r"[\u0621-\u064A]+")

#: Strikes from afar: an air strike and a shelling told of one raid are one kind of act.
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: A capture and a recapture of ground told of one advance are one kind of act.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: How many sentences after the summary its detail may be told (the next sentence or the one after).
_DETAIL_SENTENCES = 2
#: How many sentences after the total its parts may be told.
_PART_SENTENCES = 4
#: How many parts a total may sum.
_MOST_PARTS = 3
#: Where a detail's place comes from: its own clause or its own sentence (not the lead's, nor a paragraph's).
_OWN_PLACE = frozenset({"clause", "sentence"})
#: How near a quarter (GeoNames PPLX) lies to the city that holds it.
_SECTION_KM = 8.0


def _sentences(ctx: Context, c: Candidate) -> list[int]:
    return sorted({ctx.sentence_index(m.start) for m in c.mentions} | {ctx.sentence_index(c.start)})


def _exact_count(ctx: Context, c: Candidate) -> int | None:
    """The row's exact count of dead (two or more), told for it alone in a sentence of its own mentions."""
    fig = lowest_figure(c.fatalities)
    if fig is None or fig.get("approx") == "vague" or fig.get("told_for") or fig.get("quantities"):
        return None
    value = int(fig.get("value") or 0)
    q = next((x for x in ctx.doc.quantities if x.id == fig.get("quantity")), None)
    if value < 2 or q is None or ctx.sentence_index(q.start) not in _sentences(ctx, c):
        return None
    return value


def _two(ctx: Context, a: Candidate, b: Candidate) -> bool:
    """Whether the steps before kept ``a`` and ``b`` two (an ``apart:`` cue of the pair), or their doers tell two
    acts."""
    return kept_apart(a, b) or two_doers(ctx, a, b)


def lead_total(ctx: Context, total: Candidate, cands: list[Candidate]) -> list[Candidate] | None:
    """The rows whose counts ``total``'s count sums (the module's docstring), or ``None``."""
    n = _exact_count(ctx, total) if reported_violence(total) else None
    if n is None:
        return None
    at, day = ctx.sentence_index(total.start), _day(total)
    parts = []
    for o in cands:
        if o is total or not reported_violence(o) or _two(ctx, total, o):
            continue
        first = min(_sentences(ctx, o))
        if not at < first <= at + _PART_SENTENCES or not one_place(total, o):
            continue
        od = _day(o)
        if day is None or od is None or abs((od - day).days) > 1:
            continue
        k = _exact_count(ctx, o)
        if k is not None and k < n:
            parts.append((o, k))
    for size in range(2, _MOST_PARTS + 1):
        for group in itertools.combinations(parts, size):
            if sum(k for _, k in group) == n:
                return [o for o, _ in group]
    return None


def _km(ga: dict[str, object], gb: dict[str, object]) -> float | None:
    points = [ga.get("lat"), ga.get("lon"), gb.get("lat"), gb.get("lon")]
    if not all(isinstance(v, int | float) for v in points):
        return None
    lat1, lon1, lat2, lon2 = (float(v) for v in points)  # type: ignore[arg-type]
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def holds(coarse: Candidate, fine: Candidate) -> bool:
    """Whether ``coarse``'s place holds ``fine``'s and is not the same: a country or region over a place of it, a
    province over a place in it (:func:`rasd.events.merge.areas.covers`), a district over a town of it, a city over
    a quarter of it."""
    if coarse.place is None or fine.place is None or place_key(coarse.place) == place_key(fine.place):
        return False
    if covers(coarse.place, fine.place):
        return True
    ga, gb = row_geo(coarse), row_geo(fine)
    if not ga.get("country_iso3") or ga.get("country_iso3") != gb.get("country_iso3"):
        return False
    fa, fb = str(ga.get("feature") or ""), str(gb.get("feature") or "")
    if fa == "REGION" and ga.get("admin1") == gb.get("admin1") and not fb.startswith(("ADM1", "REGION")):
        return True  # a part of a province (ريف حمص الشرقي) over a town of that province
    if fa in ("ADM2", "ADM3") and ga.get("admin1") == gb.get("admin1") and not fb.startswith(("ADM1", "ADM2")):
        level = "admin2" if fa == "ADM2" else "admin3"
        return bool(gb.get(level)) and gb.get(level) == ga.get(level)
    if fa.startswith("PPL") and fa != "PPLX" and fb == "PPLX":
        km = _km(ga, gb)
        return km is not None and km <= _SECTION_KM
    return False


def _kin(a: Candidate, b: Candidate) -> bool:
    """One kind of act: one sub-type; or an air strike and a shelling, a capture and a recapture, by one doer (or
    one of them told with none)."""
    sa, sb = a.cls.acled_sub_type, b.cls.acled_sub_type
    if sa == sb:
        return True
    if not ((sa in _STRIKES and sb in _STRIKES) or (sa in _TERRITORY and sb in _TERRITORY)):
        return False
    da, db = (a.actor1 or {}).get("name"), (b.actor1 or {}).get("name")
    return da is None or db is None or da == db


def sums_up(ctx: Context, c: Candidate, cands: list[Candidate]) -> bool:
    """Whether ``c`` is told with several places or targets (مواقع، مناطق، عدة نقاط، ثلاث مديريات,
    lists.summary_plurals) in its own clauses or after its trigger before the next act its sentence tells: a summary
    of acts at its coarse place (not the targets of another act of its sentence)."""
    text = ctx.doc.text
    spans = list(c.clauses or [c.clause])
    later = [m.start for o in cands if o is not c for m in o.mentions if c.end <= m.start < c.sentence[1]]
    spans.append((c.start, min(later, default=c.sentence[1])))
    words = [w for a, b in spans for w in _A_WORD.findall(text[a:b])]
    return any(stem in _PLURALS for w in words for _, stem in strip_proclitics(w))


def summary_detail(ctx: Context, summary: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The first row that tells ``summary``'s act again at a place inside its place (the module's docstring), or
    ``None``."""
    if not reported_violence(summary) or summary.place is None or _day(summary) is None:
        return None
    if own_sites(ctx, summary):
        return None  # a site of its own the gazetteer lacks (جبهة المخدرة): a coarse place for a fine telling
    if not sums_up(ctx, summary, cands):
        return None  # one thing named at a coarse place (استعادت القاعدة الجوية في محافظة لحج): no summary
    at = ctx.sentence_index(summary.start)
    for o in sorted(cands, key=lambda x: x.start):
        if o is summary or not reported_violence(o) or o.place_from not in _OWN_PLACE or not _kin(summary, o):
            continue
        if _two(ctx, summary, o):
            continue
        first = min(_sentences(ctx, o))
        if not at < first <= at + _DETAIL_SENTENCES or _day(o) != _day(summary):
            continue
        if any(at < n <= first for n in _sentences(ctx, summary)):
            continue  # the summary row already took a telling between (a front's toll): it is that telling's row
        if holds(summary, o):
            return o
    return None


def fold_lead_total(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a lead's total into the first of the rows it sums (:func:`lead_total`), then a summary row into its first
    detail (:func:`summary_detail`); the kept rows keep their place, day, type and figures."""
    out = list(cands)
    for c in list(out):
        if c not in out:
            continue
        parts = lead_total(ctx, c, out)
        keep = parts[0] if parts else summary_detail(ctx, c, out)
        if keep is None:
            continue
        absorb_keeping(keep, c)
        out.remove(c)
    return out
