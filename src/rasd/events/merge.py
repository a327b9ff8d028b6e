"""Step 6: one event per happening (clause, sentence, headline and article-wide merging), and the figures
of each event."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from typing import Any

from rasd.document import Entity
from rasd.events.coding import ER, RANK, VIOLENT
from rasd.events.context import Context
from rasd.events.cue_words import cue_alternation, cue_set, normalized_cues
from rasd.events.figures import adds_up, killed_them, reach_tolls, share
from rasd.events.model import Candidate
from rasd.events.places import clause_places, place_key, place_precision

# ---------------------------------------------------------------------------------------------------- merging
#: Statuses of what did not happen (yet): never the same happening as one reported.
_UNREAL = frozenset({"future", "hypothetical", "denied"})


def same_happening(a: Candidate, b: Candidate) -> bool:
    if a.another or b.another:
        return False  # هجوم مماثل: another happening by the text's own word
    if a.sentence != b.sentence and turned(a, b):
        return False  # "من جهة أخرى … بدأت فصائل أخرى بخوض مواجهات في دمت": another matter (round 12b)
    if a.sentence != b.sentence and "separate" in a.cues | b.cues:
        return False  # "وفي هجومين منفصلين … قتل المتمردون جنديين": not the clash the lead told
    if (a.status in _UNREAL) != (b.status in _UNREAL):
        return False  # "المقاومة تستعد للسيطرة على حي التواهي" over the capture the body reports
    if recalled(a) != recalled(b):
        return False  # "وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات" beside the attack of the day
    if (a.cls.acled_sub_type is None or a.cls.acled_sub_type != b.cls.acled_sub_type) and not bombing_pair(a, b):
        return a.cls.acled_sub_type is None and a.cls.name == b.cls.name and a.sentence == b.sentence
    if (a.start, a.end) == (b.start, b.end) and a.place is not None and b.place is not None:
        # one trigger split over a list by its places (قريتي محمبل وجوزف: a village the gazetteer has and one it
        # lacks) is one event per item (round 11c); not over one area told twice, a town and a part of it or its
        # district, a neighbourhood and its city (round 12: ACLED's one event per location)
        return place_key(a.place) == place_key(b.place) or one_area(a.place, b.place)
    if a.sentence == b.sentence and a.granularity == b.granularity:
        ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
        towns = a.place_precision == 1 and b.place_precision == 1 and ga.get("place_id") != gb.get("place_id")
        # "شنت المقاتلات غارات على مواقع في مدينة كرش، كما قصفت تجمعات في منطقة الشريجة": an "also" clause that
        # names a place of its own other than the first one's is the list's next item (round 11b)
        towns = towns or (
            any("also" in c.cues and c.place_from == "clause" for c in (a, b))
            and place_key(a.place) != place_key(b.place)
        )
        if not towns and (not ga or not gb or ga.get("admin1") == gb.get("admin1")):
            return True  # انفجار عبوة … وفجروها: one sentence, one sub-type, one area (two towns stay two)
    pa = place_key(a.place)
    pb = place_key(b.place)
    if pa is not None and pb is not None and pa != pb and retold(a, b):
        return True
    if pa is None or pb is None or pa != pb:
        return False
    if a.granularity != b.granularity:
        return False
    da, db = (a.date or {}), (b.date or {})
    if da.get("time_precision") == 1 and db.get("time_precision") == 1:
        return bool(da.get("value") == db.get("value"))
    return True


_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
#: How near a neighbourhood (GeoNames PPLX, a section of a populated place) lies to the city it is a part of.
_SECTION_KM = 8.0


def turned(a: Candidate, b: Candidate) -> bool:
    """Whether the later of two events is told in a sentence that turns to another matter (من جهة أخرى، على صعيد
    آخر: :data:`_TURN`, marked by :func:`merge_sentence`): not the happening told before it."""
    later = max(a, b, key=lambda c: c.start)
    return f"turn:{later.sentence[0]}" in later.cues


def one_area(a: Entity, b: Entity) -> bool:
    """Whether two places are one area named twice: one holds the other (:func:`covers`: a province and its town, a
    town and "southern X"), a district and a town of it (its admin2 or admin3), a neighbourhood and the city it
    lies in (a section of a populated place within a few kilometres)."""
    if covers(a, b) or covers(b, a):
        return True
    for x, y in ((a, b), (b, a)):
        gx, gy = x.geo or {}, y.geo or {}
        if not gx.get("country_iso3") or gx.get("country_iso3") != gy.get("country_iso3"):
            return False
        fx = str(gx.get("feature") or "")
        if fx in ("ADM2", "ADM3") and gx.get("admin1") == gy.get("admin1"):
            level = "admin2" if fx == "ADM2" else "admin3"
            if gy.get(level) and gy.get(level) == gx.get(level):
                return True
        if fx == "PPLX" and str(gy.get("feature") or "").startswith("PPL") and gy.get("feature") != "PPLX":
            points = [
                v for v in (gx.get("lat"), gx.get("lon"), gy.get("lat"), gy.get("lon")) if isinstance(v, int | float)
            ]
            if len(points) == 4 and _km(*(float(v) for v in points)) <= _SECTION_KM:
                return True
    return False


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def bombing_pair(a: Candidate, b: Candidate) -> bool:
    """Whether one of two events is a bombing told by its blast alone (انفجار استهدف مركزا ثقافيا) and the other the
    suicide bombing the article names (تفجير انتحاري): one happening when place and day agree (checked after)."""
    subs = {a.cls.acled_sub_type, b.cls.acled_sub_type}
    if subs != _BOMBINGS or "means:explosive" in (a.cues | b.cues):
        return False
    blast = a if a.cls.acled_sub_type == "Remote explosive/landmine/IED" else b
    if not blast.blast:
        return False  # "فجروا شاحنتين": a bombing of its own, not the blast of the suicide bombing
    # placed in one province at least (two bombings told for "northern Afghanistan" may be two provinces')
    return all((c.place.geo or {}).get("admin1") if c.place is not None else False for c in (a, b))


def recalled(c: Candidate) -> bool:
    """Whether an event is an earlier happening recalled or background (its date step gave it no day on purpose)."""
    return (c.date or {}).get("note") in ("an earlier event", "background")


def retold(a: Candidate, b: Candidate) -> bool:
    """Whether one of two events of one sub-type is the other told again without a day or a town of its own
    ("… فقتله بالرصاص" after the killing dated and placed in the lead): same admin1, one undated by its text, and
    not two different towns."""
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("admin1") or (ga.get("country_iso3"), ga.get("admin1")) != (gb.get("country_iso3"), gb.get("admin1")):
        return False
    if a.place_precision == 1 and b.place_precision == 1:
        return False
    # (the "also" item placed in its own clause or sentence below its province, or at a name the gazetteer lacks
    # (منطقة الشريجة): "كما شن الطيران غارات … في مدينة عنق" with the town misspelt, placed in the province only,
    # may still be the strike told next at its town; and told after the other: an "also" clash in the city, then the
    # same clash told at a named area, is one)
    also = any(
        "also" in c.cues
        and c.place_from in ("clause", "sentence")
        and ((c.place_precision or 3) <= 2 or (c.place is not None and not (c.place.geo or {}).get("place_id")))
        and c.start > o.start
        for c, o in ((a, b), (b, a))
    )
    own_clause = any("also" in c.cues and c.place_from == "clause" for c in (a, b))
    if also and (a.sentence != b.sentence or own_clause) and a.cls.name not in ("capture", "recapture"):
        # "… بانفجار عبوة ناسفة في منطقة الحسينية" then "كما قتل أحد منتسبي الوزارة بتفجير عبوة لاصقة في قضاء
        # المحمودية": a list of happenings at two places of one province, the second told with "also" at a place of
        # its own (round 11b); in one sentence, when the "also" clause names its place
        return False
    ta, tb = ({x for x in c.cues if x.startswith("town:")} for c in (a, b))
    if ta != tb and all(t or c.place_precision == 1 for c, t in ((a, ta), (b, tb))):
        # "قصفت قوات النظام مناطق في قريتي معرستي وماير بريف حلب" after the shelling of Deir Hafer: villages the
        # gazetteer lacks are towns of their own, not the province's strike told again (round 10); a row placed
        # only in the province with no village of its own may still sum them up
        return False
    if a.granularity != b.granularity:
        return False
    da, db = a.date or {}, b.date or {}
    if da.get("time_precision") == 1 and db.get("time_precision") == 1 and da.get("timex") and db.get("timex"):
        return bool(da.get("value") == db.get("value"))  # one day, one province, one kind: one happening
    return not da.get("timex") or not db.get("timex")


def fold_coarse(cands: list[Candidate]) -> list[Candidate]:
    """An event of one sub-type told only for a country or a region of it ("غارات … في شمال العراق") is the one
    event of that sub-type placed in a province of that country on the same day or the next ("استهدفت المقاتلات
    التركية قرية زركلة … شرق أربيل") told again; with two or more such events it sums them up and stays."""
    out = list(cands)
    for c in cands:
        if (c.place.geo or {}).get("admin1") if c.place else True:
            continue
        fine = [f for f in out if f is not c and coarse_retold(c, f)]
        if len(fine) == 1:
            f = fine[0]
            figures = list(f.fatalities), list(f.injured)
            absorb(f, c)
            # the region-wide account's toll only where the town's has none (its figure may sum other days or sides)
            f.fatalities = figures[0] or f.fatalities
            f.injured = figures[1] or f.injured
            out.remove(c)
    return out


def coarse_retold(a: Candidate, b: Candidate) -> bool:
    """Whether ``a``, placed in a country or a region of it, and ``b``, placed in a province of that country, are
    of one sub-type and granularity and dated to the same day or the next."""
    if a.cls.acled_sub_type is None or a.cls.acled_sub_type != b.cls.acled_sub_type or a.another or b.another:
        return False
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("country_iso3") or ga.get("country_iso3") != gb.get("country_iso3"):
        return False
    if ga.get("admin1") or not gb.get("admin1") or a.granularity != b.granularity:
        return False
    da, db = str((a.date or {}).get("value") or ""), str((b.date or {}).get("value") or "")
    if len(da) != 10 or len(db) != 10:
        return False
    try:
        return abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) <= 1
    except ValueError:
        return False


def absorb(into: Candidate, other: Candidate) -> None:
    into.mentions.extend(other.mentions)
    if bombing_pair(into, other) and other.cls.acled_sub_type == "Suicide bomb":
        into.cls = other.cls  # the blast told first, the suicide bomber named after
    if other.place is not None and (into.place is None or (other.place_precision or 3) < (into.place_precision or 3)):
        into.place, into.place_precision, into.place_from = other.place, other.place_precision, other.place_from
    if not recalled(into) and (
        ((other.date or {}).get("time_precision") == 1 and (into.date or {}).get("time_precision") != 1)
        or told_over_fallback(into.date, other.date)
    ):
        into.date = other.date  # (an event recalled keeps no day: "إذ أدى الهجوم إلى …" names it, not a new one)
    if into.actor1 is None or (into.actor1.get("certainty") and other.actor1 and not other.actor1.get("certainty")):
        into.actor1 = other.actor1 or into.actor1
    into.actor2 = into.actor2 or other.actor2
    into.fatalities.extend(other.fatalities)
    into.injured.extend(other.injured)
    into.displaced.extend(other.displaced)
    into.arrested.extend(other.arrested)
    into.cues |= other.cues
    if into.status == "reported" and other.status in ("claimed", "alleged"):
        into.status = other.status


def told_over_fallback(mine: dict[str, Any] | None, other: dict[str, Any] | None) -> bool:
    """Whether ``other`` is a day the text tells (a timex, even an uncertain one: "اليوم الأحد" in an article
    dated two days later) where ``mine`` is only the reference-date fallback (the headline's "تفجير في بغداد"); a
    year or a month told by a mention ("من مخلفات حرب العام الماضي") does not date the happening."""
    return (
        bool((other or {}).get("timex"))
        and len(str((other or {}).get("value") or "")) == 10
        and (mine or {}).get("source") == "reference date"
    )


def own_place(ctx: Context, c: Candidate) -> Entity | None:
    """The place written right after a trigger (هجوم بمدينة العريش، اشتباك في السويس): at most two words between,
    the first a preposition (في، على، قرب) or a word with the proclitic ب (بمدينة)."""
    for p in ctx.places_in(c.end, min(c.clause[1], c.end + 30)):
        words = ctx.doc.text[c.end : p.start].split()
        if not words or (len(words) <= 2 and (words[0] in _AT or words[0].startswith("ب"))):
            return p
        return None
    return None


#: Prepositions that tie a place to the trigger before them (lists.place_prepositions).
_AT = cue_set("place_prepositions")


def apart(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """Whether two triggers of one clause each have a place of their own, not the same ("قتل … في هجوم بمدينة
    العريش واشتباك بمدينة السويس"): two happenings."""
    if ctx is None:
        return False
    pa, pb = own_place(ctx, a), own_place(ctx, b)
    return pa is not None and pb is not None and place_key(pa) != place_key(pb)


def merge_clause(cands: list[Candidate], ctx: Context | None = None) -> list[Candidate]:
    """Step 6a: the triggers of one clause that tell one thing become one event (not two triggers that each have
    a place of their own)."""
    by_clause: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_clause.setdefault(c.clause, []).append(c)
    out: list[Candidate] = []
    for group in by_clause.values():
        strong = [c for c in group if not c.weak and not c.subordinate]
        if not strong:
            strong = [c for c in group if not c.subordinate] or group
        heads: list[Candidate] = []
        for c in sorted(strong, key=lambda c: (RANK.get(c.cls.name, 99), c.start)):
            head = next(
                (
                    h
                    for h in heads
                    if compatible(h, c) and h.cause == c.cause and not apart(ctx, h, c) and not unlike_aim(h, c)
                ),
                None,
            )
            if head is None:
                heads.append(c)
            else:
                head.mentions.extend(c.mentions)
                head.cues |= c.cues
        for c in group:
            if c in strong:
                continue
            # a killing beside an arrest only is a happening of its own (قضى شاب تحت التعذيب بعد اعتقاله)
            beside_arrest = c.cls.name == "killing" and any(h.cls.acled_type == "Strategic developments" for h in heads)
            kin = [h for h in heads if h.cause == c.cause]  # the cause of a protest merges only with its own words
            own = c.cls.name == "arrest" or c.another or beside_arrest or (c.cause and not kin)
            own = own or any(apart(ctx, h, c) for h in kin)  # في هجوم بمدينة العريش واشتباك بمدينة السويس
            fallback = None if own else (kin[0] if kin else None)
            head = None if c.another else next((h for h in kin if compatible(h, c) and not apart(ctx, h, c)), fallback)
            if head is not None:
                head.mentions.extend(c.mentions)
            elif own:
                heads.append(c)  # أوقفت السلطات صحفيين بسبب تغطيتهم للاحتجاجات: an arrest of its own
        out.extend(heads)
    return sorted(out, key=lambda c: c.start)


def two_sided(h: Candidate, c: Candidate) -> bool:
    """Whether ``c`` is fighting (اشتباكات، مواجهات) told in a clause of its own beside ``h``, a one-sided attack on
    people (الاعتداءات على الأبرياء مستمرة، مبينة بأن المواجهات تدور في منطقة …): ACLED types a two-sided exchange as
    a battle, so the fighting is not a detail of the attack (round 11)."""
    return (
        c.cls.name == "clash"
        and not (c.toll or c.subordinate)  # (أدى إلى مقتل شرطي: the attack's dead, typed a clash by their arms)
        and h.cls.acled_type == "Violence against civilians"
        and c.clause != h.clause
        and c.clause not in h.clauses
    )


def _clause_admin1(ctx: Context, c: Candidate) -> set[tuple[str, str]]:
    out = set()
    for a, b in c.clauses:
        for p in clause_places(ctx, a, b):
            geo = p.geo or {}
            if geo.get("admin1") and geo.get("country_iso3"):
                out.add((str(geo["country_iso3"]), str(geo["admin1"])))
    return out


def other_province(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, of another clause than ``h``, names a province of its own in its clause and ``h`` names only
    other provinces in its clauses ("أعلنت المعارضة مواصلة تقدمها في سهل الغاب بريف حماة وقتلها عشرات من عناصر
    النظام، وأفادت مصادر أن طائرات حربية شنت غارات ضد تنظيم داعش بريف حلب"): two happenings of two provinces, the
    one not a detail of the other (round 11)."""
    if ctx is None or c.clause in h.clauses or c.weak:
        return False  # (a weak verb, كما استهدفت تعزيزات …, goes on with the head's subject and kind)
    pc, ph = _clause_admin1(ctx, c), _clause_admin1(ctx, h)
    return bool(pc) and bool(ph) and not (pc & ph)


#: A subject told as "other" units (بدأت فصائل أخرى، خاضت وحدات أخرى، مسلحون آخرون): not the head's actor. Not a
#: discourse turn (من جهة أخرى، من ناحية أخرى، مرة أخرى) nor other places or days (مناطق أخرى، أيام أخرى).
#: (lists.other_units, lists.other_adjectives)
_OTHER_SUBJECT = re.compile(
    r"(?<![\u0621-\u064A])(?:و?ال)?(?:"
    + cue_alternation("other_units")
    + r")\s+(?:"
    + cue_alternation("other_adjectives")
    + r")(?![\u0621-\u064A])"
)


#: A sentence that turns to another matter (من جهة أخرى، من ناحية أخرى، على صعيد آخر، في تطور آخر، في سياق منفصل):
#: what it tells is not a happening told before it (not في سياق متصل, which goes on with it). (lists.turn_sides,
#: turn_side_other, turn_level_other, turn_matters, turn_matter_other)
_TURN = re.compile(
    r"\W*(?:و|ف)?(?:من\s+(?:"
    + cue_alternation("turn_sides")
    + r")\s+(?:"
    + cue_alternation("turn_side_other")
    + r")|على\s+صعيد\s+(?:"
    + cue_alternation("turn_level_other")
    + r")|في\s+(?:"
    + cue_alternation("turn_matters")
    + r")\s+"
    + r"(?:"
    + cue_alternation("turn_matter_other")
    + r"))(?![\u0621-\u064A])"
)


#: The relative pronouns before a verb that recalls a happening (الأراضي التي انتزعها الأكراد;
#: lists.recalling_relatives).
_RELATIVE = normalized_cues("recalling_relatives")


def own_front(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, fighting told in a clause of its own after ``h`` (a capture, a strike), is waged by other units
    at a town of its own ("سيطرت المقاومة على معسكر … في قعطبة وفيما تتقدم بدأت فصائل أخرى بخوض مواجهات في وسط
    مدينة دمت"): another front of the day, not a detail of ``h`` (round 12b). The town must be named in ``c``'s clause
    and nowhere in ``h``'s clauses, and the subject "other" units told before ``c``'s trigger in its clause."""
    if ctx is None or c.clause in h.clauses or c.cls.name != "clash":
        return False
    if not _OTHER_SUBJECT.search(ctx.doc.text, c.clause[0], c.start):
        return False
    mine = {
        place_key(p)
        for p in clause_places(ctx, c.start, c.clause[1])
        if place_precision(ctx, p) == 1 and p.start > c.start
    }
    theirs = {place_key(p) for a, b in h.clauses for p in clause_places(ctx, a, b)}
    return bool(mine - theirs)


def merge_sentence(cands: list[Candidate], ctx: Context | None = None) -> list[Candidate]:
    """Step 6b: a weak or subordinate event of a sentence joins that sentence's main event (مجزرة … بعد غارات)."""
    out: list[Candidate] = []
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
        if ctx is not None and _TURN.match(ctx.doc.text, group[0].sentence[0], group[0].sentence[1]):
            for c in group:
                if ctx.previous_word(ctx.word_start(c.start)) in _RELATIVE:
                    continue  # "الأراضي التي انتزعها الأكراد": what a relative clause recalls is told before
                c.cues.add(f"turn:{c.sentence[0]}")  # (read by same_happening: another matter)
        strong = [c for c in group if not c.weak and not c.subordinate and c.cls.acled_type is not None] or [
            c for c in group if not c.subordinate and c.cls.acled_type is not None and not c.cause and not c.another
        ]  # "شنوا هجوما …، ما تسبب بمقتل جنديين": the toll of the attack, even when the attack is a weak word (not
        # "أطلقا النار على أمين شرطة فقتلاه … خلايا شنت هجمات مماثلة": other happenings, by the text's own word)
        for c in group:
            if c in strong or not strong or c.cls.acled_type is None or c.cls.name == "arrest" or c.another or c.cause:
                out.append(c)
                continue
            if any(apart(ctx, h, c) for h in strong):
                out.append(c)  # "في هجوم بمدينة العريش واشتباك بمدينة السويس": each with its own town
                continue
            heads = [
                h
                for h in strong
                if not (c.cls.name == "killing" and h.cls.acled_type == "Strategic developments")
                and not apart(ctx, h, c)
                and not two_sided(h, c)
                and not other_province(ctx, h, c)
                and not own_front(ctx, h, c)
            ]
            if not heads:
                out.append(c)  # a death is never a detail of an arrest (قضى تحت التعذيب بعد اعتقاله)
                continue
            head = min(heads, key=lambda h: abs(h.start - c.start))
            head.mentions.extend(c.mentions)
            head.cues |= c.cues
            head.clauses.extend(cl for cl in c.clauses if cl not in head.clauses)
    return sorted(out, key=lambda c: c.start)


def anchored(ctx: Context, c: Candidate) -> bool:
    """Whether a clause names an actor or a day of its own for a trigger told as a noun."""
    doc = ctx.doc
    if any(a.inter in (1, 2, 3, 4, 8) for cl in c.clauses for a in ctx.actors_in(*cl)):
        return True
    return any(x.type == "DATE" and any(a <= x.start < b for a, b in c.clauses) for x in doc.timexes)


def fold_headline(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Step 6c: an event told only in the headline is the body's event of the same type when the body has one
    ("مقتل 16 في هجومين لبوكو حرام" over the two attacks the article then tells); then step 6d
    (:func:`fold_told_again`), the rows of one happening told twice."""
    return keep_out_background(ctx, fold_told_again(ctx, _fold_headline_only(ctx, cands)))


def _fold_headline_only(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is None:
        return cands
    out: list[Candidate] = []
    body = [c for c in cands if not all(title[0] <= m.start < title[1] for m in c.mentions)]
    for c in cands:
        if c in body:
            out.append(c)
            continue
        same = [b for b in body if b.cls.acled_sub_type == c.cls.acled_sub_type] or [
            b for b in body if b.cls.acled_type is not None and b.cls.acled_type == c.cls.acled_type
        ]
        if not same and (c.cls.name in ("killing", "attack") or f"word:attack@{c.start}" in c.cues or c.weak):
            # "مقتل 8 من داعش و5 عراقيين في الأنبار": a headline toll sums up the violent events the body tells
            same = [b for b in body if b.cls.acled_type in VIOLENT]
        if same:
            same[0].mentions.extend(c.mentions)
        else:
            out.append(c)
    return out


def unlike_aim(a: Candidate, b: Candidate) -> bool:
    """Whether one of two triggers of a clause is an aim (في محاولة لانتزاع السيطرة، المناطق التي تسيطر عليها) and
    the other a deed (كثفت قصفها على منطقة … في محاولة جديدة لانتزاع السيطرة): never one event."""
    return a.purpose != b.purpose


def compatible(head: Candidate, other: Candidate) -> bool:
    """Whether ``other`` (lower in priority) tells the same thing as ``head`` in one clause."""
    if head.cls.name == other.cls.name or head.cls.acled_sub_type == other.cls.acled_sub_type:
        return True
    if other.cls.name == "killing" and head.cls.acled_type == "Strategic developments":
        return False  # a killing is never a detail of an arrest or a deployment
    if other.cls.name == "arrest":
        # arrests at a protest are its intervention (فرقت مظاهرة واعتقلت العشرات؛ اعتقلت عشرات المحتجين خلال مسيرة);
        # an arrest told before a protest that names no protester is its own event (اعتقلت صحفيين أثناء تغطيتهم
        # الاحتجاجات)
        return head.cls.name == "protest" and (head.start < other.start or "protesters" in head.cues | other.cues)
    if other.cls.refine or other.weak or other.subordinate:
        return head.cls.acled_type is not None or head.cls.name == other.cls.name
    if other.cls.name == "mobilization" and head.cls.acled_type in VIOLENT:
        return True  # غارات على تعزيزات للحوثيين: the reinforcements are the target
    if head.cls.name in ER and other.cls.name in ER:
        return False  # قصف مدفعي وغارات جوية: two events
    return head.cls.name == "capture" and other.cls.name in ("attack", "clash")


# ---------------------------------------------------------------------------------------------------- figures
#: What may stand between two counts that add up: و, a comma, spaces.
_AND = re.compile(
    r"\s*(?:" + cue_alternation("at_least") + r")?\s*[،,]?\s*و\s*"
)  # "مقتل 42 حوثيا على الأقل، و9 مقاتلين"


#: ACLED's figure for "several" or "a number of" dead when no report gives a number (the dev set's convention).
ACLED_SEVERAL = 10
#: "A number of", "several", "many": the vague counts that ACLED codes as several (not عشرات, مئات: 12, 100;
#: lists.several_nouns).
_SEVERAL = re.compile(r"(?:و?(?:ب|ل)?ال)?(?:" + cue_alternation("several_nouns") + r")\s+من|(?:و?ال)?عديد\s+")


def read_figures(ctx: Context, cand: Candidate, shared_sentence: bool) -> None:
    """Step 5 (figures): killed, injured, displaced and arrested counts of the clause (or the sentence)."""
    s0, s1 = cand.sentence
    spans = list(cand.clauses) if shared_sentence else [*cand.clauses, (s0, s1)]
    spans = [(a, cause_cut(ctx, cand, a, b)) for a, b in spans]
    for unit, target in (
        ("killed", cand.fatalities),
        ("injured", cand.injured),
        ("displaced", cand.displaced),
        ("arrested", cand.arrested),
    ):
        # an arrest or a protest takes a toll only from its own clause ("تم توقيف قائد المركب … وانتشال 18 جثة")
        own = cand.cls.acled_type in ("Strategic developments", "Protests") and unit in ("killed", "injured")
        for a, b in list(cand.clauses) if own else spans:
            qs = [q for q in ctx.doc.quantities if a <= q.start < b and q.unit == unit and q.value is not None]
            if qs:
                q = qs[0]
                # the list may run on past the clause's comma ("مقتل 42 حوثياً على الأقل، و9 مقاتلين"), either way
                before = [
                    x for x in ctx.doc.quantities if s0 <= x.start < q.start and x.unit == unit and x.value is not None
                ]
                while before and _AND.fullmatch(ctx.doc.text[before[-1].end : q.start]):
                    q = before.pop()
                qs = [
                    x for x in ctx.doc.quantities if q.start <= x.start < s1 and x.unit == unit and x.value is not None
                ]
                total, ids = int(q.value or 0), [q.id]
                for prev, nxt in itertools.pairwise(qs):
                    # "مقتل ضابط ومجند"، "قتل 5 مدنيين و3 جنود": a list of counts adds up ("بينهم 3 أطفال" does not)
                    if not adds_up(ctx.doc.text, prev, nxt):
                        break  # "ضابطا شرطة ومجند ومسلح": 2 + 1 + 1; "الشاب فلان والطفل فلان": 1 + 1
                    total += int(nxt.value or 0)
                    ids.append(nxt.id)
                several = q.approx == "vague" and len(ids) == 1 and bool(_SEVERAL.match(ctx.doc.text, q.start))
                if unit == "killed" and several and total < ACLED_SEVERAL:
                    total = ACLED_SEVERAL  # "استشهاد عدد من رجال الأمن": ACLED codes "several" dead as 10
                figure = {"value": total, "approx": q.approx, "quantity": ids[0]}
                if len(ids) > 1:
                    figure["quantities"] = ids
                target.append((cand.start, figure))
                break
    if not cand.fatalities and cand.cls.acled_type in VIOLENT:
        vague = next((hit for a, b in spans if (hit := _VAGUE_DEAD.search(ctx.doc.text, a, b))), None)
        if vague is not None:
            # "وسط أنباء عن سقوط قتلى"، "خلفت الاشتباكات قتلى وجرحى": dead without a number, ACLED's "several"
            cand.fatalities.append((cand.start, {"value": ACLED_SEVERAL, "approx": "vague"}))
        elif any(_ONE_DEAD.search(ctx.doc.text, m.start, m.end + 4) for m in cand.mentions) and not any(
            q.unit == "killed" and cand.sentence[0] <= q.start < cand.sentence[1] for q in ctx.doc.quantities
        ):
            # "والذي استشهد أمس الأول إثر تعرضه لشظايا قذيفة": the singular verb counts one dead
            cand.fatalities.append((cand.start, {"value": 1, "approx": "exact"}))
    if not cand.fatalities and cand.cls.acled_type in VIOLENT:
        # "لقي أمين شرطة مصرعه"، "فأرداه قتيلا"، "لقيا مصرعهما": the pronoun counts the dead when no number does
        for m in cand.mentions:
            found = _PRONOUN_TOLL.search(ctx.doc.text, m.start, m.end)
            dual = bool(found) and found is not None and found.group(1) == "هما"
            if found is None:
                found = _BODIES.search(ctx.doc.text, m.start, m.end)
                dual = found is not None and found.group(1) != "ة"
            if found:
                cand.fatalities.append((cand.start, {"value": 2 if dual else 1, "approx": "exact"}))
                break
            them = killed_them(ctx.doc.text, m.end, min(m.sent_end, m.end + 120))
            if them is not None:
                cand.fatalities.append((cand.start, {"value": them, "approx": "exact"}))  # "أطلقا النار … فقتلاه"
                break
            if _PLURAL_TOLL.search(ctx.doc.text, m.start, m.end):
                # "لقي ثلاثة لاجئين فلسطينيين مصرعهم": the count between لقي and مصرعهم is of the dead, whatever
                # the quantity layer took the noun for
                counts = [
                    q
                    for q in ctx.doc.quantities
                    if m.start - 60 <= q.start < m.start and q.value is not None and q.unit not in ("injured",)
                ]
                if counts:
                    q = counts[-1]
                    cand.fatalities.append(
                        (cand.start, {"value": int(q.value or 0), "approx": q.approx, "quantity": q.id})
                    )
                    break


#: A killing word ending in a singular or dual pronoun (مصرعه، حتفها، أرداه، قتله، مقتلهما; lists.pronoun_toll_stems).
_PRONOUN_TOLL = re.compile(r"(?:" + cue_alternation("pronoun_toll_stems") + r")(هما|ها|ه)\b")


#: Dead told without a number (indefinite قتلى after a word of falling or leaving: lists.vague_dead_verbs): ACLED's
#: "several".
_VAGUE_DEAD = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alternation("vague_dead_verbs")
    + r")\s+قتلى"
    + r"(?![\u0621-\u064A])(?!\s+(?:من|في)\s)"
)
#: A singular past "was martyred" as the trigger itself (not استشهد بـ "cited"), with no count in its sentence.
_ONE_DEAD = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:استشهد|استشهدت)\s+(?!ب)")


#: A plural "met their death" (لقوا مصرعهم، لقي ثلاثة … حتفهم).
_PLURAL_TOLL = re.compile(r"(?:مصرع|حتف)(?:هم|هن)\b")
#: A body or two (جثة، جثتي شقيقين): the noun counts the dead.
_BODIES = re.compile(r"جث(ة|تي|تين|تان|تا)\b")


def cause_cut(ctx: Context, cand: Candidate, start: int, end: int) -> int:
    """Where the words of ``cand`` end in ``[start, end)``: before what a protest is about (احتجاجا على قتل …)
    unless ``cand`` is that cause itself."""
    if cand.cause:
        return end
    cues = [p for p in ctx.positions("status:cause", start, end) if p > cand.start]
    return cues[0] if cues else end


def lowest_figure(figures: list[tuple[int, dict[str, Any]]]) -> dict[str, Any] | None:
    """ACLED's rule: the lowest credible figure among the reports (vague words only when nothing else)."""
    if not figures:
        return None
    exact = [f for _, f in figures if f.get("approx") != "vague"]
    pool = exact or [f for _, f in figures]
    return dict(min(pool, key=lambda f: int(f["value"])))


#: What may stand between a count of dead and the town it was told for ("5 مدنيين في كفرنبل"، "و3 في بلدة سراقب").
#: (lists.pinned_place_kinds)
_PINNED = re.compile(
    r"\s*(?:[\u0621-\u064A]+\s+){0,2}?(?:في|ب)\s*(?:(?:ال)?(?:" + cue_alternation("pinned_place_kinds") + r")\s+)?"
)


def _pinned_toll(ctx: Context, c: Candidate) -> Any:
    """The count of dead of ``c``'s sentence told right before ``c``'s own place ("و3 في سراقب"), if any."""
    if c.place is None:
        return None
    s0, s1 = c.sentence
    key = place_key(c.place)
    spans = [(e.start, e.end) for e in ctx.doc.entities if s0 <= e.start < s1 and place_key(e) == key]
    for q in ctx.doc.quantities:
        if q.unit != "killed" or q.value is None or not s0 <= q.start < s1:
            continue
        if any(a >= q.end and _PINNED.fullmatch(ctx.doc.text, q.end, a) for a, _ in spans):
            return q
    return None


def share_tolls(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """One toll told once for several rows ("غارات على بلدتي X وY أسفرت عن مقتل 5 مدنيين" gives a row per town) is
    marked as shared, so that an analyst who sums the rows' fatalities sees that the 5 dead were told once: each
    such row records ``toll`` (the number told) and ``told_for`` (how many rows it was told for), and its value is
    its share of the toll when the rows stand at distinct towns (3 and 2), else the whole toll.

    ACLED's fatalities FAQ ("How does ACLED code fatalities?", acleddata.com knowledge base; the copy the search
    tool's ``pages`` corpus holds breaks off mid-sentence) says a summarized toll reported for events across several
    locations is distributed across them. Round 10 measured an even split worse (a toll read short: "ضابطا شرطة
    ومجند ومسلح" read as 2, or rows that are not one list); round 11 reads such tolls whole (4), and splits the
    value evenly (:func:`rasd.events.figures.share`: 7 over two towns 4 and 3, as events_tune4.jsonl codes one pair)
    only over rows at distinct places of a town's rank or finer; rows that share a place (one happening told as two
    rows) or stand for provinces ("بين محافظتي عدن ولحج") keep the whole toll, marked. A count told per town
    ("قتلت 5 مدنيين في X و3 في Y") is each town's own: when a row's own place follows a count of dead in its
    sentence, each row takes the count told for its town instead."""
    cands = reach_tolls(ctx, cands, VIOLENT)
    chosen = [lowest_figure(c.fatalities) for c in cands]
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, fig in enumerate(chosen):
        if fig is None or not fig.get("quantity") or not int(fig.get("value") or 0):
            continue
        q = next((q for q in ctx.doc.quantities if q.id == fig["quantity"]), None)
        if q is None or not cands[i].sentence[0] <= q.start < cands[i].sentence[1]:
            continue  # a toll borrowed from another sentence's event is not one told for this sentence's list
        key = tuple(fig.get("quantities") or [fig["quantity"]])
        groups.setdefault(key, []).append(i)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        own = {i: _pinned_toll(ctx, cands[i]) for i in rows}
        if any(own.values()):
            for i, q in own.items():
                if q is not None:
                    figure = {"value": int(q.value or 0), "approx": q.approx, "quantity": q.id}
                    cands[i].fatalities = [(cands[i].start, figure)]
            continue
        first = chosen[rows[0]]
        assert first is not None
        toll = int(first["value"])
        places = [place_key(cands[i].place) if cands[i].place is not None else None for i in rows]
        towns = all((cands[i].place_precision or 3) <= 2 for i in rows)  # not provinces (بين محافظتي عدن ولحج)
        apart = towns and None not in places and len(set(places)) == len(places)
        for n, i in enumerate(rows):
            fig = dict(chosen[i] or {})
            fig.update({"toll": toll, "told_for": len(rows)})
            if apart:
                fig["value"] = share(toll, len(rows), n)
            cands[i].fatalities = [(cands[i].start, fig)]
    return cands


def fold_riot_clash(cands: list[Candidate]) -> list[Candidate]:
    """A clash that names no armed side against a state force ("قتل شاب برصاص الجيش أثناء مواجهات قرب المدينة"), on the
    day and in the province of a riot the article tells, is that riot's confrontation, not a battle of its own."""
    riots = [c for c in cands if c.cls.acled_type == "Riots" and c.granularity == "discrete"]
    if not riots:
        return cands
    out: list[Candidate] = []
    for c in cands:
        a1, a2 = c.actor1 or {}, c.actor2 or {}
        lone = a1.get("inter") in (1, 8) and (not a2 or a2.get("name") == a1.get("name"))
        if c.cls.name == "clash" and lone and c.granularity == "discrete":
            day = (c.date or {}).get("value")
            area = (c.place.geo or {}).get("admin1") if c.place else None
            riot = next(
                (
                    r
                    for r in riots
                    if day
                    and (r.date or {}).get("value") == day
                    and area
                    and r.place is not None
                    and (r.place.geo or {}).get("admin1") == area
                ),
                None,
            )
            if riot is not None:
                place, precision, source = riot.place, riot.place_precision, riot.place_from
                absorb(riot, c)
                riot.place, riot.place_precision, riot.place_from = place, precision, source
                continue
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------------------- told again
#: The sub-types of a change of territory: a capture and a recapture of one place on one day are one happening
#: whoever the text names as taking it, and so is the fighting told at that place that day.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: Strikes from afar whose blasts are heard (دوي انفجارات) at their target.
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def covers(a: Entity | None, b: Entity | None) -> bool:
    """Whether place ``a`` holds place ``b``: the same place; a country or a region of it (no province) over a
    place in that country; a province over a place in it; a town over a part of it (جنوبي الشيخ زويد، شرق الرمادي)."""
    if a is None or b is None:
        return False
    if place_key(a) == place_key(b):
        return True
    ga, gb = a.geo or {}, b.geo or {}
    if not ga.get("country_iso3") or ga.get("country_iso3") != gb.get("country_iso3"):
        return False
    if not ga.get("admin1"):
        # a region of a country (جنوب ليبيا) holds its country's provinces (not another region: شمال، جنوب)
        return bool(gb.get("admin1")) or str(ga.get("feature") or "").startswith("PCL")
    if ga.get("admin1") != gb.get("admin1"):
        return False
    if str(ga.get("feature") or "").startswith("ADM1"):
        return True
    name_a, name_b = a.canonical or "", b.canonical or ""
    return bool(name_a) and name_b != name_a and name_b.endswith(" " + name_a) and not gb.get("place_id")


def _meet(a: Candidate, b: Candidate) -> bool:
    """Whether two events' places are one or one holds the other (either unplaced: they may meet)."""
    if a.place is None or b.place is None:
        return True
    return covers(a.place, b.place) or covers(b.place, a.place)


def _near(a: Candidate, b: Candidate) -> bool:
    """Looser than :func:`_meet` for a toll or a sequel told without a town of its own: one province, not two
    towns."""
    if _meet(a, b):
        return True
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("admin1") or (ga.get("country_iso3"), ga.get("admin1")) != (gb.get("country_iso3"), gb.get("admin1")):
        return False
    return not (a.place_precision == 1 and b.place_precision == 1)


def _day(c: Candidate) -> dt.date | None:
    d = c.date or {}
    if d.get("time_precision") != 1:
        return None
    try:
        return dt.date.fromisoformat(str(d.get("value") or ""))
    except ValueError:
        return None


def _own_timex(ctx: Context, c: Candidate, span: tuple[int, int]) -> bool:
    tid = (c.date or {}).get("timex")
    return any(x.id == tid and span[0] <= x.start < span[1] for x in ctx.doc.timexes) if tid else False


def _dates_meet(a: Candidate, b: Candidate) -> bool:
    """Whether two events are both dated and their dates agree: one day (within two when either is not exact), or a
    day inside the other's month."""
    va, vb = str((a.date or {}).get("value") or ""), str((b.date or {}).get("value") or "")
    if not va or not vb:
        return False
    if len(va) == len(vb) == 10:
        try:
            days = abs((dt.date.fromisoformat(va) - dt.date.fromisoformat(vb)).days)
        except ValueError:
            return False
        exact = (a.date or {}).get("time_precision") == 1 and (b.date or {}).get("time_precision") == 1
        return days <= (0 if exact else 2)
    return va.startswith(vb) or vb.startswith(va)


def _same_day(a: Candidate, b: Candidate, slack: int = 0) -> bool:
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= slack


def _kin(a: Candidate, b: Candidate) -> bool:
    """What two rows must share to be one happening: both discrete, both real or both not, neither recalled, an
    aim or "another"."""
    if a.another or b.another or a.purpose or b.purpose:
        return False
    if a.sentence != b.sentence and "separate" in a.cues | b.cues:
        return False  # (هجومين منفصلين: told apart by the text)
    if a.granularity != "discrete" or b.granularity != "discrete":
        return False
    if (a.status in _UNREAL) != (b.status in _UNREAL) or recalled(a) or recalled(b):
        return False
    return a.cls.acled_type is not None and b.cls.acled_type is not None


def _generic(c: Candidate) -> bool:
    """A row told by a word that says little of how (a toll مقتل، a weak verb استهدفت، هجوم): the other row of the
    pair names the happening better."""
    return c.toll or c.weak or c.cls.name in ("killing", "attack", "assault")


#: Words of dying that tell a happening by its dead (مقتل، قتلوا، لقي مصرعه، استشهاد; lists.dying_words).
_DYING_WORD = re.compile(r"(?:" + cue_alternation("dying_words") + r")")


def _dying(ctx: Context, c: Candidate) -> bool:
    """Whether an event is told by a word of its dead (its trigger a word of dying)."""
    return c.toll and bool(_DYING_WORD.search(ctx.doc.text, c.start, c.end))


def _figureless(c: Candidate) -> bool:
    return not (c.fatalities or c.injured)


def _same_count(a: Candidate, b: Candidate) -> bool:
    """Whether two rows tell the same count of dead (two or more)."""
    va = {int(f.get("value") or 0) for _, f in a.fatalities if f.get("approx") != "vague"}
    vb = {int(f.get("value") or 0) for _, f in b.fatalities if f.get("approx") != "vague"}
    return any(v >= 2 for v in va & vb)


def told_again(
    ctx: Context,
    a: Candidate,
    b: Candidate,
    title: tuple[int, int] | None,
    copies: dict[tuple[int, int], int],
    out: list[Candidate],
) -> Candidate | None:
    """Whether rows ``a`` and ``b`` (``a`` told first) are one happening told twice, and if so the one that stays
    (the other folds into it). See :func:`fold_told_again`."""
    from rasd.events.output import acled_codes  # (output imports this module)

    if not _kin(a, b):
        return None
    (ta, sa), (tb, sb) = acled_codes(ctx, a), acled_codes(ctx, b)
    if ta is None or tb is None:
        return None
    if (a.start, a.end) == (b.start, b.end):
        # one trigger read as two types (أحرق: an attack or a riot) is left to the typing and the row filter: which
        # reading is right is in the words (قرويون غاضبون أضرموا النار: mob violence; مستوطنون أحرقوا: an attack)
        return None
    gap = ctx.sentence_index(b.start) - ctx.sentence_index(a.start)
    cause = a.cause or b.cause  # (told as what a protest or a condemnation is about: only a headline's own)
    in_title = title is not None and title[0] <= a.start < title[1] and not (title[0] <= b.start < title[1])
    owner = toll_owner(ctx, a, b) if gap and ta in VIOLENT and tb in VIOLENT else None
    if owner is not None and not cause and _same_day(a, b, 1):
        # round 13: one count of dead in the text read by two rows of two sentences ("شن التحالف حوالى 15 غارة على
        # التواهي وضواحي عدن" and, later, "قتل تسعة متمردين في غارة جوية على خور المكسر"): the dead are the row's
        # whose sentence tells them; the other row borrowed them, so it is that happening told again
        return owner
    if in_title and title is not None and lead_count(ctx, a, b, title, sa, sb):
        # round 13: "مقتل 19 من عناصر داعش باشتباكات متفرقة غربي بغداد" over the lead's "19 من عناصر التنظيم قتلوا في
        # اشتباكات متفرقة … في الأنبار": the headline's count told again by the lead, at the lead's place (the
        # headline's row folds into the lead's and is dropped: its place, a direction off a city, is not taken)
        a.place, a.place_precision = None, None
        return b
    if in_title and title is not None:
        # a headline and the body's account of it: one ACLED type (or a toll, a weak verb or a headline alone
        # over the body's row of another violent type), one place or one inside the other, one day unless the
        # headline's day is not its own
        only = all(title[0] <= m.start < title[1] for m in a.mentions)
        if (
            ta in VIOLENT
            and tb in VIOLENT
            and _dying(ctx, b)
            and _figureless(b)
            and a.place is not None
            and covers(a.place, b.place)
            and _dates_meet(a, b)
        ):
            # "مقتل الفضلي بغارة أمريكية في سوريا" over "إن الفضلي قتل هذا الشهر قرب بلدة سرمدا": the headline's
            # strike told again by its dead, with no count of its own, at a place inside the headline's (round 12)
            return a
        ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
        if (
            sa == sb
            and ga.get("admin1")
            and (ga.get("country_iso3"), ga.get("admin1")) == (gb.get("country_iso3"), gb.get("admin1"))
            and b.place_from == "clause"
            and _dates_meet(a, b)
        ):
            # "وطيران التحالف يشن غارات عنيفة في تعز" over the strikes the body places at districts of the province
            # (الدمنة، الحوبان): the headline sums up the body's rows of its sub-type in its province (round 12)
            return b
        # (across types, one place or both placed in a province at least: a headline's attack in Ankara is not the
        # bombing the body tells for Turkey)
        provinces = place_key(a.place) == place_key(b.place) or all(
            (c.place.geo or {}).get("admin1") for c in (a, b) if c.place is not None
        )
        same_kind = ta == tb or (ta in VIOLENT and tb in VIOLENT and (only or a.toll or b.toll) and provinces)
        # "إحباط هجوم على مبنى الحزب في أنقرة" over "أبطل خبراء المتفجرات مفعول عبوة … في أنقرة": a foiled attack is the
        # device made safe, when both name the one town
        foiled = "Disrupted weapons use" in (sa, sb) and {ta, tb} <= VIOLENT | {"Strategic developments"}
        same_kind = same_kind or (
            foiled and only and a.place_from == b.place_from == "clause" and place_key(a.place) == place_key(b.place)
        )
        # (a headline dated by the body or the post may be a few days off; a body row dated only by a month is
        # another happening)
        own = _own_timex(ctx, a, title)
        day_b = len(str((b.date or {}).get("value") or "")) in (0, 10)
        if same_kind and _meet(a, b) and (_dates_meet(a, b) if own else day_b):
            coarse = a.place is not None and not (a.place.geo or {}).get("admin1")
            if coarse and b.place is not None and (b.place.geo or {}).get("admin1"):
                return b  # "اشتباكات قبلية جنوب ليبيا" over the clashes the body places in Sabha
            if copies.get((a.start, a.end), 0) > 1:
                return b  # "مقتل 23 بقصف على بيجي والرمادي": a headline of two places sums up the body's rows
            if a.toll or (only and not _generic(b)):
                return b  # "مقتل 6 إرهابيين في الشيخ زويد" over the air strike that killed them
            return a
        return None
    if gap == 0 and _same_day(a, b):
        for x, y, sx, sy in ((a, b, sa, sb), (b, a, sb, sa)):
            if lead_copy(x, y, sx, sy):
                return x
        if ta == tb == "Protests" and _meet(a, b) and a.place is not None and b.place is not None:
            # "اشتباكات بين الشرطة ومتظاهرين في إسطنبول": the protest and the force used on it, one demonstration
            # (ACLED codes it once, by what the police did)
            return a if _PROTEST_RANK.get(sa or "", 0) >= _PROTEST_RANK.get(sb or "", 0) else b
    # (dead told in a quote with no day of their own take the day of a paragraph before, "اندلعت قبل أربعة أيام":
    # a week apart at most, they are still the fighting's dead)
    loose = _dying(ctx, b) and not _own_timex(ctx, b, b.sentence) and _same_day(a, b, 7)
    if cause or not (_same_day(a, b) or loose):
        return None
    if sa in _TERRITORY and sb in _TERRITORY and _meet(a, b) and _dates_meet(a, b):
        # "أحكمت القوات سيطرتها على زنجبار" and, later, "استعادة … مدينة زنجبار": one place changed hands once that
        # day, whoever the text names as taking it; each must name its own town (a base or a hill the gazetteer
        # lacks is placed by its province or a town of its sentence: two places), in sentences of their own (one
        # sentence's triggers were weighed by merge_clause and merge_sentence: عقب السيطرة على جبل يسوف وتحرير بلدة
        # العين)
        if gap and all(c.place_from == "clause" and _place_rank(c) <= 2 for c in (a, b)):
            return a
        return None
    # "مقتل السوداني يبرز …" after the strike that killed him; "ان ثمانية أفراد من القبيلة قتلوا" after the clashes:
    # the dead of a happening told, in its sentence or the next, or with no figure of their own at its place
    dead_of_a = gap in (0, 1) or (_figureless(b) and b.place is not None and _meet(a, b))
    # "وأشار الجيش إلى أن سبعة جنود قتلوا … أمس" after "الهجوم الجوي … مما أسفر عن مقتل سبعة جنود": the same count of
    # dead told again further on (round 12)
    dead_of_a = dead_of_a or _same_count(a, b)
    # "أفادت المسؤولة المحلية بقرية الطيوري إن ثمانية أفراد من القبيلة قتلوا" far after the clashes: dead told with no
    # day and no place of their own, the one violent row told before them is theirs
    before = [o for o in out if o.start < b.start and o.cls.acled_type in VIOLENT and o.granularity == "discrete"]
    dead_of_a = dead_of_a or (loose and b.place_from != "clause" and before == [a])
    # (the next sentence's dead placed only by the lead: "لاعتقال القتلة" after the killing told at its village)
    near = _near(a, b) or (gap in (0, 1) and b.place_from in ("lead", "none"))
    if _dying(ctx, b) and tb in VIOLENT and ta in VIOLENT and near and a.place is not None and dead_of_a:
        return a
    if _dying(ctx, a) and ta in VIOLENT and tb in VIOLENT and gap in (0, 1) and _near(a, b) and _figureless(a):
        return b  # the dead told first, the strike that killed them after
    if gap == 0 and _meet(a, b):
        if _blast_only(b, tb) and sa in _STRIKES:
            return a  # "وأضافوا أن دوي انفجارات هائلة سمع في المنطقة" after the raids: their blasts
        if _blast_only(a, ta) and sb in _STRIKES:
            return b
    if b.cls.name == "clash" and sa in _BOMBINGS and _figureless(b):
        # "الانفجار أعقبته اشتباكات": the firefight that follows a bombing, told in its sentence or in one that
        # names the bombing again
        told = any(b.sentence[0] <= m.start < b.sentence[1] for m in a.mentions[1:]) or gap == 0
        if told and _near(a, b):
            return a
    for x, y in ((a, b), (b, a)):
        tx = ta if x is a else tb
        sy = sb if y is b else sa
        if x.sentence != y.sentence or not _meet(x, y):
            continue
        if sy == "Disrupted weapons use" and tx in VIOLENT | {"Riots"}:
            return x  # "عثرت القوات على بندقيتين … في المنزل" in the sentence of the raid's firefight
        if y.cls.name == "mobilization" and y.tense == "noun" and tx in VIOLENT | {"Riots"}:
            return x  # "اقتحمت المخيم وسط تعزيزات عسكرية، لتندلع مواجهات": the raid's force, not a deployment
    if {ta, tb} == {"Protests", "Riots"} and _meet(a, b) and a.place is not None and b.place is not None:
        # the protesters who threw stones and "المحتجون" who barricaded inside: one demonstration, a riot
        return a if ta == "Riots" else b
    for x, y in ((a, b), (b, a)):
        if _coarse_over(ctx, x, y, out, title):
            return y  # "التفجير الانتحاري الذي وقع قبل يومين" told for Turkey over the Suruc bombing
    if _coarse_pair(a, b, sa, sb):
        return b if (a.place is not None and not (a.place.geo or {}).get("admin1")) and _place_rank(b) < 3 else a
    return None


def _toll_ids(c: Candidate) -> set[str]:
    """The quantities (the text's numbers) a row's count of dead was read from."""
    out: set[str] = set()
    for _, f in c.fatalities:
        out.update(str(q) for q in (f.get("quantities") or [f.get("quantity")]) if q)
    return out


def toll_owner(ctx: Context, a: Candidate, b: Candidate) -> Candidate | None:
    """Round 13: of two rows told in two sentences that read one count of dead (the same number in the text), the row
    whose own sentence tells that number, when the other's does not (it took the dead from a sentence after or before
    its own), the two places meet (one holds the other, one area, or two points of one province a few kilometres
    apart: "خور المكسر في وسط عدن" and Aden), or either is unplaced: one happening told twice, the dead the owner's.
    None when they share no count, or both or neither tell it in their sentence (a list's rows: :func:`share_tolls`)."""
    shared = _toll_ids(a) & _toll_ids(b)
    if not shared:
        return None
    spots = [q.start for q in ctx.doc.quantities if q.id in shared]
    own = [c for c in (a, b) if any(c.sentence[0] <= s < c.sentence[1] for s in spots)]
    if len(own) != 1:
        return None
    if a.place is not None and b.place is not None and not (_near(a, b) or one_area(a.place, b.place) or _close(a, b)):
        return None
    return own[0]


def _close(a: Candidate, b: Candidate) -> bool:
    """Two towns of one province whose points lie within a few kilometres (a town and a quarter of it the gazetteer
    gives as a town: "خور المكسر في وسط عدن"), not two towns apart (بيحان and عسيلان)."""
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("admin1") or (ga.get("country_iso3"), ga.get("admin1")) != (gb.get("country_iso3"), gb.get("admin1")):
        return False
    points = [v for v in (ga.get("lat"), ga.get("lon"), gb.get("lat"), gb.get("lon")) if isinstance(v, int | float)]
    return len(points) == 4 and _km(*(float(v) for v in points)) <= _SECTION_KM


def _count(c: Candidate) -> int | None:
    """A row's count of dead when it is one exact number of two or more (no vague "قتلى"، no share of a toll)."""
    fig = lowest_figure(c.fatalities)
    if fig is None or fig.get("approx") == "vague" or fig.get("told_for"):
        return None
    value = int(fig.get("value") or 0)
    return value if value >= 2 else None


def lead_count(
    ctx: Context, a: Candidate, b: Candidate, title: tuple[int, int], sa: str | None, sb: str | None
) -> bool:
    """Round 13: whether headline row ``a`` is body row ``b`` told again by its count: one sub-type, the same exact
    count of dead (two or more), ``b`` told in the body's first sentence (the lead, which tells the headline again),
    their dates meeting. The places need not (the headline's "غربي بغداد" over the lead's province)."""
    if sa is None or sa != sb or not _dates_meet(a, b):
        return False
    if ctx.sentence_index(b.start) > ctx.sentence_index(title[1]) + 1:
        return False
    ca, cb = _count(a), _count(b)
    return ca is not None and ca == cb


#: Protests sub-types by what they tell of the force used (the demonstration is coded by the most).
_PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def lead_copy(x: Candidate, y: Candidate, sx: str | None, sy: str | None) -> bool:
    """Whether ``y``, told in ``x``'s sentence with no place of its own (placed by the lead, or not at all), is ``x``
    told again: one sub-type, or a bombing noun beside the blast ("وقع انفجار بحي الكرامة جنوب العريش بعدما قام
    مجهولون بتفجير منزل أمين شرطة"), its lead place in another country than ``x``'s (the speaker's: "نددت الولايات
    المتحدة بالهجوم … بعدما أضرم مستوطنون النار في منزل ذويه") or holding ``x``'s place (round 12)."""
    if x.place_from != "clause" or x.place is None or y.place_from not in ("lead", "none", "sentence"):
        return False
    if x.cls.acled_type == "Explosions/Remote violence" and x.blast and y.blast and y.cls.acled_type in VIOLENT:
        return True  # (the bombing noun takes whatever place its sentence or the lead gave it)
    if sx != sy or y.place_from == "sentence":
        return False
    if y.place is None:
        return True
    gx, gy = x.place.geo or {}, y.place.geo or {}
    return gx.get("country_iso3") != gy.get("country_iso3") or covers(y.place, x.place)


def _bombing_kin(sa: str | None, sb: str | None) -> bool:
    return sa == sb or (sa in _BOMBINGS and sb in _BOMBINGS)


def _coarse_over(ctx: Context, c: Candidate, f: Candidate, out: list[Candidate], title: tuple[int, int] | None) -> bool:
    """Whether ``c``, placed only in a country or a region of it, is ``f`` (placed in a province of that country,
    on the same day or the next, of the same sub-type or both bombings) told again: ``f`` the only such row, or
    ``c`` in the headline or the lead (a total over the rows the body places: "نفذت قوات التحالف 41 ضربة جوية في
    سوريا والعراق" before the strikes near Deir ez-Zor and al-Hasakah)."""
    from rasd.events.output import acled_codes  # (output imports this module)

    gc, gf = (c.place.geo or {}) if c.place else {}, (f.place.geo or {}) if f.place else {}
    if c.place is None or gc.get("admin1") or not gf.get("admin1") or not covers(c.place, f.place):
        return False
    sc = acled_codes(ctx, c)[1]
    if sc is None or c.another or f.another or not _bombing_kin(sc, acled_codes(ctx, f)[1]):
        return False
    if not _same_day(c, f, 1) or _day(c) is None or _day(f) is None:
        return False
    fine = [
        o
        for o in out
        if o is not c
        and _kin(c, o)
        and o.place is not None
        and (o.place.geo or {}).get("admin1")
        and covers(c.place, o.place)
        and _bombing_kin(sc, acled_codes(ctx, o)[1])
        and _same_day(c, o, 1)
    ]
    # round 13: "قصفت طائرات حربية مواقع لجبهة النصرة في شمال سوريا" then, in the next sentence, "وذكر المرصد أن الغارات
    # الجوية قصفت مواقع للجبهة قرب بلدة أعزاز": the strikes named again with the article, now at a place inside the
    # first one's region, are those strikes, whatever other rows of the country the article tells
    after = sorted((o for o in fine if o.start > c.start), key=lambda o: o.start)
    if after and after[0].definite and ctx.sentence_index(after[0].start) == ctx.sentence_index(c.start) + 1:
        return after[0] is f
    if len(fine) == 1:
        return True
    first = ctx.sentence_index(title[1]) + 1 if title else 0
    lead = ctx.sentence_index(c.start) <= first
    return lead and bool(fine) and fine[0] is f


def _blast_only(c: Candidate, etype: str | None) -> bool:
    """An explosion told by its blast alone (انفجارات، دوي انفجار), no device named."""
    return etype == "Explosions/Remote violence" and c.blast and "means:explosive" not in c.cues


def _place_rank(c: Candidate) -> int:
    return c.place_precision or 3 if c.place is not None else 4


def _coarse_pair(a: Candidate, b: Candidate, sa: str | None, sb: str | None) -> bool:
    """Two rows placed only in one country or its regions (شمال سوريا in سوريا), of one sub-type, or of one ACLED
    type with the same two actors named ("قصف قواعد … في شمال العراق" after "غارات … شمالي العراق")."""
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if ga.get("admin1") or gb.get("admin1") or not ga.get("country_iso3"):
        return False
    if not (covers(a.place, b.place) or covers(b.place, a.place)) or _day(a) is None or _day(b) is None:
        return False
    if sa == sb:
        return True
    if a.cls.acled_type != b.cls.acled_type:
        return False
    names = [(x.actor1 or {}).get("name") for x in (a, b)], [(x.actor2 or {}).get("name") for x in (a, b)]
    return all(n[0] and n[0] == n[1] and "Unidentified" not in str(n[0]) for n in names)


def fold_told_again(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Step 6d: rows of one happening told twice become one (issue 12): a headline over the body's row (one type,
    one place or one inside the other); a capture, a recapture and the fighting of one place on one day; the dead
    of a happening told by a toll word (مقتل N) in its sentence or the next; the blasts heard after strikes, the
    firefight after a bombing, weapons found and reinforcements in the sentence of a raid; the protest a riot was;
    two rows told for one country and a region of it, or for a country and its one town. Two strikes on two towns stay
    two (no place holds the other), so do a happening and its denial or plan (:func:`_kin`). The row that stays
    keeps every mention and takes the more specific place, day and actors (:func:`absorb`); a toll or a sequel
    folded in adds no figure where the row has its own."""
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    out = sorted(cands, key=lambda c: c.start)
    copies: dict[tuple[int, int], int] = {}
    for c in out:
        copies[(c.start, c.end)] = copies.get((c.start, c.end), 0) + 1
    changed = True
    while changed:
        changed = False
        for i, j in itertools.combinations(range(len(out)), 2):
            a, b = out[i], out[j]
            head = told_again(ctx, a, b, title, copies, out)
            if head is None:
                continue
            other = b if head is a else a
            figures = list(head.fatalities), list(head.injured)
            cls = head.cls
            absorb(head, other)
            head.cls = cls
            # a happening condemned, once told in its own words too, is the article's own (round 12)
            head.cause = head.cause and other.cause
            if figures[0] or figures[1]:
                head.fatalities, head.injured = figures[0] or head.fatalities, figures[1] or head.injured
            out.remove(other)
            changed = True
            break
    return out


# ------------------------------------------------------------------------------ background kept out of rows (round 12)
#: A stretch of time a toll is counted over: "خلال 10 أشهر"، "على مدى عامين"، "منذ 23 أيلول 2014"، "منذ بدء الضربات".
#: (lists.stretch_openers, stretch_units, since_starts)
_STRETCH = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alternation("stretch_openers")
    + r")\s+(?:\d+\s+|[\u0621-\u064A]+\s+)?"
    + r"(?:"
    + cue_alternation("stretch_units")
    + r")"
    + r"(?![\u0621-\u064A])"
    + r"|(?<![\u0621-\u064A])منذ\s+(?:"
    + cue_alternation("since_starts")
    + r"|\d)"
)


def running_total(ctx: Context, c: Candidate, cands: list[Candidate]) -> bool:
    """Whether row ``c`` is a part of a running total the article told before it: an earlier sentence gives a toll
    counted over a stretch of time ("قتلت طائرات التحالف 3042 من التنظيمين خلال 10 أشهر"، "… منذ 23 أيلول") for
    events of ``c``'s type, and ``c`` gives a toll no larger, with no day in its own sentence and no town
    ("ولفت إلى مقتل 2927 من داعش جراء الضربات … في محافظات حماه وحلب …"، "كما لقي 115 مسلحا حتفهم جراء ضربات … في
    ريف حلب الغربي"), in the total's paragraph: the breakdown of the total, not a happening of its own."""
    if c.granularity != "discrete" or not c.fatalities or (c.place_precision or 3) < 3:
        return False
    toll = max(int(f.get("value") or 0) for _, f in c.fatalities)
    tid = (c.date or {}).get("timex")
    # "قتل 5 في غارة على الرقة اليوم": a day of its own (unless the row is the total itself)
    dated = bool(tid) and any(x.id == tid and c.sentence[0] <= x.start < c.sentence[1] for x in ctx.doc.timexes)
    here = ctx.sentence_index(c.start)
    for o in cands:
        if o.cls.acled_type != c.cls.acled_type:
            continue
        for m in o.mentions:
            i = ctx.sentence_index(m.start)
            if i > here or (i == here and o is not c) or ctx.block(m.start) != ctx.block(c.start):
                continue  # (a breakdown follows its total in its paragraph)
            s = ctx.sentences[i]
            stretch = _STRETCH.search(ctx.doc.text, s.start, s.end)
            if stretch is None:
                continue
            told = [q for q in ctx.doc.quantities if s.start <= q.start < s.end and q.unit == "killed" and q.value]
            top = max(told, key=lambda q: int(q.value or 0), default=None)
            if top is None or int(top.value or 0) < toll:
                continue
            # in the row's own sentence, the total told right after its trigger and before the stretch ("قتلت
            # الطائرات 2150 عنصرا خلال ثمانية أشهر"), not a count of that day beside a running toll ("قتل المتمردون
            # جنديين ليرتفع عدد القتلى منذ 20 يوليو إلى 21")
            if (i < here and not dated) or (i == here and c.start < top.start < stretch.start()):
                return True
    return False


#: Days before the report from which a happening told with its own day is background when the article's own
#: happening is another; from :data:`BACKDROP_DAYS` only when its sentence says so (:data:`_BACKDROP`).
BACKGROUND_DAYS = 10
BACKDROP_DAYS = 5
#: Words that tell what follows as background: "يشار إلى أن"، "يذكر أن"، "ويأتي هذا التفجير بعد أيام من"، "على خلفية"،
#: "العملية التي وقعت في" (lists.backdrop_notes, backdrop_comes, backdrop_spans).
_BACKDROP = re.compile(
    r"(?<![\u0621-\u064A])(?:و?(?:"
    + cue_alternation("backdrop_notes")
    + r")\s+(?:إلى\s+|الى\s+)?(?:أن|ان)|تجدر\s+الإشارة|و?(?:"
    + cue_alternation("backdrop_comes")
    + r")\s"
    + r"|بعد\s+(?:"
    + cue_alternation("backdrop_spans")
    + r")\s+(?:من|على)\s|على\s+خلفية|التي\s+وقعت|الذي\s+وقع)"
)
#: A day that opens a stretch (منذ 20 يوليو): not the day of what the sentence tells.
_SINCE_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:منذ|من)\s+(?:يوم\s+)?$")


def told_day(ctx: Context, c: Candidate) -> dt.date | None:
    """The day a row's text tells (a timex of a full day, not the start of a stretch: منذ 20 يوليو), else None."""
    d = c.date or {}
    if not d.get("timex") or d.get("time_precision") != 1:
        return None
    x = next((x for x in ctx.doc.timexes if x.id == d.get("timex")), None)
    if x is None or _SINCE_BEFORE.search(ctx.doc.text, max(0, x.start - 12), x.start):
        return None
    try:
        return dt.date.fromisoformat(str(d.get("value") or ""))
    except ValueError:
        return None


#: A present-tense relative clause that tells a campaign, not one happening: "الغارات التي تشنها أنقرة ضد الحزب"،
#: "الضربات التي ينفذها التحالف" (after the trigger), "الولايات المتحدة التي تشن ضربات جوية ضد التنظيم" (before it).
#: (lists.campaign_relatives, campaign_relatives_before, campaign_stems)
_CAMPAIGN_AFTER = re.compile(
    r"\s*(?:[\u0621-\u064A]+\s+)?(?:"
    + cue_alternation("campaign_relatives")
    + r")\s+(?:ت|ي)(?:"
    + cue_alternation("campaign_stems")
    + r")(?:ها|ه|هما)(?![\u0621-\u064A])"
)
_CAMPAIGN_BEFORE = re.compile(
    r"(?:"
    + cue_alternation("campaign_relatives_before")
    + r")\s+(?:ت|ي)(?:"
    + cue_alternation("campaign_stems")
    + r")\s+$"
)


#: (round 13) The same clause after an indefinite noun, which takes no relative pronoun in Arabic: "بمساندة ضربات جوية
#: يشنها التحالف"، "هجمات يشنها متشددون".
_CAMPAIGN_INDEFINITE = re.compile(
    r"\s*(?:[\u0621-\u064A]+\s+)?(?:ت|ي)(?:"
    + cue_alternation("campaign_stems")
    + r")(?:ها|ه|هما|هم)(?![\u0621-\u064A])"
)
#: An ordinal or a superlative before the noun singles one happening out ("في أول هجوم كبير يشنه المتمردون منذ …"،
#: "أحدث هجوم يشنه"; lists.singling_words): not a campaign.
_SINGLED_OUT = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alternation("singling_words") + r")\s+$")


def campaign(ctx: Context, c: Candidate) -> bool:
    """Whether a row's trigger is named by a present-tense relative clause of waging it (a campaign described)."""
    text = ctx.doc.text
    if _CAMPAIGN_AFTER.match(text, c.end) or _CAMPAIGN_BEFORE.search(text, max(c.clause[0], c.start - 30), c.start):
        return not (c.fatalities or c.injured)
    if not c.definite and _CAMPAIGN_INDEFINITE.match(text, c.end):
        # round 13: an indefinite noun with a present-tense clause of waging it, no ordinal before it
        return not (c.fatalities or c.injured or _SINGLED_OUT.search(text, max(0, c.start - 12), c.start))
    return False


def keep_out_background(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Step 6e (issue 12, round 12): what the article tells as background is kept out of rows (the event stays in
    the JSON):

    - the breakdown of a running total told before (:func:`running_total`) is a part of that total (aggregate);
    - strikes named by a present-tense relative clause of waging them, with no figure (:func:`campaign`), are a
      campaign described (ongoing);
    - a happening told past the lead with its own day ten days or more before the report, or five when its
      sentence tells it as background ("العملية الانتحارية التي وقعت في 20 تموز في سوروتش" in an article of 6 August,
      "يشار إلى أن المقاومة … سيطرت على قاعدة العند في 3 آب" on the 8th), when the article's own happening is
      another, a row of the report's days (two days before it at most): background, no day of its own (as the date
      step's "background")."""
    ref = ctx.doc.article.reference_date or ctx.doc.article.published or ""
    for c in cands:
        if running_total(ctx, c, cands):
            c.granularity = "aggregate"
        elif c.granularity == "discrete" and campaign(ctx, c):
            c.granularity = "ongoing"  # "لطمأنته بشأن الغارات التي تشنها أنقرة ضد الحزب": the campaign as a subject
    try:
        today = dt.date.fromisoformat(ref[:10]) if ref else None
    except ValueError:
        today = None
    if today is None:
        return cands
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is not None and ctx.sentence(title[0]).end < title[1]:
        title = None  # a first paragraph taken for the title (an article given without one), not a headline
    lead = ctx.sentence_index(title[1]) + 1 if title else 0  # the body's first sentence
    rows = [
        c for c in cands if c.cls.acled_type is not None and c.granularity == "discrete" and c.status not in _UNREAL
    ]

    def recent(c: Candidate) -> bool:
        day = _day(c)
        return day is not None and 0 <= (today - day).days <= 2

    for c in rows:
        day = told_day(ctx, c)
        if day is None or (today - day).days < BACKDROP_DAYS or recalled(c):
            continue
        if (today - day).days < BACKGROUND_DAYS and not _BACKDROP.search(ctx.doc.text, c.sentence[0], c.start):
            continue  # "وتبنت الحركة الأربعاء قتل شرطيين": a claim of five days before is still news
        if any(ctx.sentence_index(m.start) <= lead for m in c.mentions):
            continue  # told in the headline or the lead: the article's own happening
        if not any(o is not c and recent(o) for o in rows):
            continue
        c.date = {"value": None, "range": None, "time_precision": None, "timex": None, "note": "background"}
    return cands
