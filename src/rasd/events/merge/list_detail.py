"""A province of a lead's list told again by the body at a place inside it (round 32, helper bg3).

A report of strikes often opens with a list of provinces ("شن طيران التحالف أمس سلسلة غارات جوية على مواقع … في
صنعاء وحجة ومأرب ولحج وتعز وأبين") and then tells each strike at its place ("كما قصف معسكرات … في منطقة الصباحة غربي
صنعاء"، "وشن الطيران غارات على معسكر … في منطقة ذباب … في محافظة تعز"). The places step gives the list one row per
province (:mod:`rasd.events.merge.province_items`); the body's sentence tells the same strikes on the same day at a
place inside one of those provinces, so ACLED's one event per place, day and kind of act gets two rows: the
province's and its place's.

:func:`fold_list_detail` folds the list's row of a province into the first row a later sentence tells, when

* the list's row is one item of a list of provinces: another row shares its words (one trigger, several provinces)
  and each of them is placed at a province or its seat (a governorate is named by its seat: صنعاء، تعز، مأرب);
* the later row is of the same sub-type, or both are strikes from afar (an air strike and a shelling: "كما قصف" with
  the aircraft its subject), told on the same day (both dated to the day), not told as another happening, placed by
  its own clause at another place in the same province;
* neither is the other's sentence (two rows of one sentence are a list's items or its acts, weighed before).

The kept row is the later one (its place, day and figures: the finer telling); it takes the list's type where the list
names air strikes (the means told first), and then its doer. Two rows of one province told by the body stay two:
only the first takes the list's item."""

from __future__ import annotations

from typing import Any

from rasd.events.context import Context
from rasd.events.lexicon import EventClass
from rasd.events.merge.retold import _day
from rasd.events.merge.same_toll import fold_pairs, reported_violence, row_geo
from rasd.events.model import Candidate
from rasd.events.places import place_key

#: Strikes from afar: an air strike and a shelling told of one raid are one kind of act.
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: The gazetteer features that name a province in a list of provinces (the province, its seat, the capital).
_PROVINCE_FEATURES = ("ADM1", "PPLA", "PPLC")


def _province_level(c: Candidate) -> bool:
    feature = str(row_geo(c).get("feature") or "")
    return c.place is not None and bool(row_geo(c).get("admin1")) and feature.startswith(_PROVINCE_FEATURES)


def _plain(c: Candidate) -> bool:
    return reported_violence(c) and c.place is not None and _day(c) is not None


def _kin(a: Candidate, b: Candidate) -> bool:
    sa, sb = a.cls.acled_sub_type, b.cls.acled_sub_type
    return sa == sb or (sa in _STRIKES and sb in _STRIKES)


def list_items(cands: list[Candidate]) -> set[int]:
    """The rows (by ``id``) that are items of a list of provinces: two or more rows of one trigger, each placed at a
    province or its seat, in two provinces or more."""
    groups: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        groups.setdefault((c.start, c.end), []).append(c)
    items: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or not all(_province_level(c) for c in group):
            continue
        if len({(row_geo(c).get("country_iso3"), row_geo(c).get("admin1")) for c in group}) < 2:
            continue
        items |= {id(c) for c in group}
    return items


def detail_of(ctx: Context, item: Candidate, later: Candidate, cands: list[Candidate]) -> bool:
    """Whether ``later`` is the first row after the list that tells ``item``'s strikes (or acts) at a place inside
    its province on its day (the module's docstring)."""
    if not (_plain(item) and _plain(later)) or not _kin(item, later) or later.place_from != "clause":
        return False
    gi, gl = row_geo(item), row_geo(later)
    if not gi.get("admin1") or (gi.get("country_iso3"), gi.get("admin1")) != (gl.get("country_iso3"), gl.get("admin1")):
        return False
    if item.place is None or later.place is None or place_key(item.place) == place_key(later.place):
        return False
    if _day(item) != _day(later):
        return False
    list_at = ctx.sentence_index(item.start)
    own = {ctx.sentence_index(m.start) for m in later.mentions} | {ctx.sentence_index(later.start)}
    if min(own) <= list_at:
        return False
    # the first such row of the province after the list
    for o in cands:
        if o is later or o is item or not _plain(o) or not _kin(item, o) or o.place_from != "clause":
            continue
        go = row_geo(o)
        if (go.get("country_iso3"), go.get("admin1")) != (gi.get("country_iso3"), gi.get("admin1")):
            continue
        if _day(o) == _day(item) and list_at < ctx.sentence_index(o.start) < ctx.sentence_index(later.start):
            return False
    return True


def fold_list_detail(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Fold a list's row of a province into the first later row that tells it at a place inside that province on its
    day (:func:`detail_of`); the later row keeps its place, day and figures and takes the list's type where the list
    names air strikes."""
    items = list_items(cands)
    if not items:
        return cands

    doers: dict[int, tuple[Candidate, dict[str, Any] | None]] = {}

    def choose(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate, EventClass] | None:
        for item, later in ((a, b), (b, a)):
            if id(item) in items and id(later) not in items and detail_of(ctx, item, later, cands):
                if (
                    item.cls.acled_sub_type == "Air/drone strike"
                    and later.cls.acled_sub_type != item.cls.acled_sub_type
                ):
                    # "كما قصف معسكرات …" with the aircraft of the list its subject: the list's strikes and doer
                    doers[id(later)] = (later, item.actor1)
                    return later, item, item.cls
                return later, item, later.cls
        return None

    out = fold_pairs(cands, choose)
    for later, doer in doers.values():
        if doer is not None:
            later.actor1 = doer
    return out
