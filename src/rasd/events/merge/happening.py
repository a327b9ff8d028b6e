"""Step 6 (one event per happening): whether two events are one happening (:func:`same_happening`), and how the one
that stays takes in the other (:func:`absorb`); a region-wide account folded into its province's event, a clash
folded into the riot it was."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasd.events.coding.readers import in_title
from rasd.events.context import Context
from rasd.events.date_spans import day_outside_span
from rasd.events.merge.areas import _close, two_places
from rasd.events.merge.clauses import LEAD_TOLD, TOPIC_TURN, kept_apart
from rasd.events.merge.districts_apart import districts_apart
from rasd.events.model import Candidate
from rasd.events.place_roles import own_place_stands, own_place_wins
from rasd.events.places import place_key
from rasd.resources.cues import EVENT_MERGE_CUES

#: Statuses of what did not happen (yet): never the same happening as one reported.
_UNREAL = frozenset({"future", "hypothetical", "denied"})


#: (Round 30, helper rc2) The cue of a fighting noun whose own clause tells its scene by a kind word and a name the
#: gazetteer lacks (``unlisted_places.fighting_site``: "المواجهات تدور حاليا في منطقة حذران"، "اشتباكات متقطعة دارت
#: … في منطقة (الشيخ عبد الله)"): a front of its own, never a retelling of a fight told in another sentence at
#: another place.
FIGHT_SITE = "fight_site"


def same_happening(a: Candidate, b: Candidate) -> bool:
    if a.another or b.another:
        return False  # هجوم مماثل: another happening by the text's own word
    if kept_apart(a, b):
        return False  # "… في مكان منفصل"، "ردوا بإطلاق الصواريخ": two happenings of one sentence (round 16b, mg4)
    if a.sentence != b.sentence and turned(a, b):
        return False  # "من جهة أخرى … بدأت فصائل أخرى بخوض مواجهات في دمت": another matter (round 12b)
    if a.sentence != b.sentence and "separate" in a.cues | b.cues:
        return False  # "وفي هجومين منفصلين … قتل المتمردون جنديين": not the clash the lead told
    if round_up_apart(a, b):
        return False  # "قصفت قوات النظام مناطق في بلدة بيت جن …، كذلك جددت … قصفها لمناطق في مدينة الزبداني" (round 27)
    if (a.status in _UNREAL) != (b.status in _UNREAL):
        return False  # "المقاومة تستعد للسيطرة على حي التواهي" over the capture the body reports
    if recalled(a) != recalled(b):
        return False  # "وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات" beside the attack of the day
    if (a.cls.acled_sub_type is None or a.cls.acled_sub_type != b.cls.acled_sub_type) and not bombing_pair(a, b):
        return a.cls.acled_sub_type is None and a.cls.name == b.cls.name and a.sentence == b.sentence
    if also_elsewhere(a, b):
        return False  # "كما قتل ثلاثة جنود في هجوم … في قرية آراكوي": the next item, at a village of its own
    if (a.start, a.end) == (b.start, b.end) and a.place is not None and b.place is not None:
        # one trigger split over a list by its places (قريتي محمبل وجوزف: a village the gazetteer has and one it
        # lacks) is one event per item (round 11c); not over one area told twice, a town and a part of it or its
        # district, a neighbourhood and its city (round 12: ACLED's one event per location)
        return not two_places(a.place, b.place)
    if own_sites_apart(a, b):
        # (round 28, mg17) "… في مدينة الزبداني …، ايضا دارت … اشتباكات … في بساتين مخيم خان الشيح": the round-up's
        # next item at a site of its own the gazetteer lacks (:func:`mark_own_sites`), whatever town both took
        return False
    if a.sentence == b.sentence and item_town_apart(a, b):
        return False  # (round 36, rw1) "…، أيضاً مقتل مقاتل … في محيط مدينة داريا": the round-up's next item
    if a.sentence == b.sentence and a.granularity == b.granularity:
        ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
        towns = a.place_precision == 1 and b.place_precision == 1 and ga.get("place_id") != gb.get("place_id")
        # "شنت المقاتلات غارات على مواقع في مدينة كرش، كما قصفت تجمعات في منطقة الشريجة": an "also" clause that
        # names a place of its own other than the first one's is the list's next item (round 11b)
        towns = towns or (
            any("also" in c.cues and c.place_from == "clause" for c in (a, b))
            and place_key(a.place) != place_key(b.place)
        )
        if not towns and (not ga or not gb or ga.get("admin1") == gb.get("admin1")) and not two_written_days(a, b):
            return True  # انفجار عبوة … وفجروها: one sentence, one sub-type, one area (two towns stay two)
    pa = place_key(a.place)
    pb = place_key(b.place)
    if pa != pb and a.sentence != b.sentence and FIGHT_SITE in a.cues | b.cues:
        return False  # round 30 (rc2): a fight told at a place of its own the gazetteer lacks (:data:`FIGHT_SITE`)
    if pa is not None and pb is not None and pa != pb and retold(a, b):
        return True
    if pa is None or pb is None or pa != pb:
        return False
    if a.granularity != b.granularity:
        return False
    da, db = (a.date or {}), (b.date or {})
    if da.get("time_precision") == 1 and db.get("time_precision") == 1:
        return bool(da.get("value") == db.get("value"))
    return not day_outside_span(da, db)  # (round 38, tm1) a day outside the other's week or part of a month


_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})

#: Changes of territory (a capture told over several places is read by merge.retold).
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: The cue :func:`mark_summaries` gives an event that sums up the acts told after it at places of their own.
_SUMS_UP = frozenset({"sums_up"})
#: The cue it gives each act it sums up.
_ITEM = "round_up_item"


def mark_summaries(ctx: Context, cands: list[Candidate]) -> None:
    """Mark a round-up (round 27, rc4): two or more events of one sub-type told at places of their own in clauses of
    their own, two different places and not one area ("قصفت قوات النظام مناطق في بلدة بيت جن …، كذلك جددت قوات
    النظام قصفها لمناطق في مدينة الزبداني"), which :func:`retold` would make one with an event that names no town of
    its own — a headline placed by the lead or only in a region ("قوات النظام تقصف عدة مدن"، "… تقصف بلدات في ريف
    إدلب"), or an act of the body told by its past verb and placed by the lead, at a place the gazetteer lacks
    ("قصفت قوات النظام مناطق في جرود القلمون" before them, in a clause of its own; "أصابت مستودعا للذخائر … في الرباط"
    after the night's strikes at two quarters of the city). That event is marked as summing them up (``sums_up``) and
    each of them as an item (``round_up_item``): one row per place and day, as ACLED codes (:func:`round_up_apart`).
    Not a noun of the body ("تفجير سيارة مفخخة" named again), a capture (merge.retold reads a city taken quarter by
    quarter), nor one word over a list of places. As :func:`fold_coarse` leaves a region-wide account beside two or
    more events of its provinces."""
    for h in cands:
        if h.place is None or h.cls.acled_sub_type is None or h.status in _UNREAL:
            continue
        headline = in_title(ctx, h.start)
        # (a headline placed only in a region or province, "قوات النظام تقصف بلدات في ريف إدلب", sums up as well)
        if h.place_from != "lead" and not (headline and (h.place_precision or 3) >= 2):
            continue
        if not headline and h.tense != "past":
            continue  # (in the body, an act told by its past verb: not "الغارة"، "تفجير سيارة مفخخة" named again)
        if h.cls.acled_sub_type in _TERRITORY:
            continue  # (places taken over a city's quarters are the capture's own steps: merge.retold)
        items = [
            f
            for f in cands
            if f is not h
            and f.place is not None
            and f.place_from == "clause"
            and f.cls.acled_sub_type == h.cls.acled_sub_type
            and f.granularity == h.granularity
            and f.status not in _UNREAL
            and not f.another
            and not in_title(ctx, f.start)  # (acts of the body: "مقاومة مأرب تصد هجمات … في «جفينة» و«صرواح»")
            and place_key(f.place) != place_key(h.place)
            and (headline or f.sentence != h.sentence or (f.start > h.end and h.clause not in f.clauses))
            and retold(h, f)
        ]
        if any(
            x.start != y.start  # (not one word over a list of places: عدة هجمات … في جبهتي الجفينة وصرواح)
            # (under a headline, two acts of one sentence: "قصف مدفعي استهدف أحياء … في مديرية صالة" and, a paragraph
            # on, "سقطت قذائف على حي الجحملية" are one shelling told twice under "مقتل ثلاثة مدنيين بقصف مدفعي …")
            and (x.sentence == y.sentence or not headline)
            and x.clause not in y.clauses
            and y.clause not in x.clauses
            and two_places(x.place, y.place)
            for i, x in enumerate(items)
            for y in items[i + 1 :]
            if x.place is not None and y.place is not None
        ):
            h.cues |= _SUMS_UP
            for f in items:
                f.cues.add(_ITEM)


def round_up_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two events are two acts of a round-up (:func:`mark_summaries`): its summary and an event of another
    sentence or one of its items, or two items at two places that are not one area."""
    if _SUMS_UP & (a.cues | b.cues):
        return a.sentence != b.sentence or _ITEM in a.cues | b.cues
    if _ITEM in a.cues and _ITEM in b.cues and a.place is not None and b.place is not None:
        return two_places(a.place, b.place)
    return False


#: A word that opens a clause as the next item of a round-up (كما، كذلك، ايضا، بينما; lists.round_up_openers).
_OPENER = re.compile(r"\s*[،,]?\s*[وف]?(?:" + EVENT_MERGE_CUES.alt("round_up_openers") + r")(?![\u0621-\u064A])")
#: A kind of place or site and the two words after it (في بساتين مخيم خان الشيح; lists.own_site_kinds).
_OWN_SITE = re.compile(
    r"(?<![\u0621-\u064A])[وفب]?(?:ب|ل)?(?:ال)?(?:"
    + EVENT_MERGE_CUES.alt("own_site_kinds")
    + r")\s+([\u0621-\u064A]{2,}(?:\s+[\u0621-\u064A]{2,})?)"
)
#: The next item's opener after a comma (where an item's words end).
_NEXT_ITEM = re.compile(r"[،,]\s*[وف]?(?:" + EVENT_MERGE_CUES.alt("round_up_openers") + r")(?![\u0621-\u064A])")
#: How far after its trigger an item's own site is looked for.
_ITEM_CHARS = 250
#: The cue :func:`mark_own_sites` gives an item (and the site's name after the colon).
_OWN = "own_site:"


def mark_own_sites(ctx: Context, cands: list[Candidate]) -> None:
    """Mark the items of a round-up sentence told at a site of their own (round 28, helper mg17): an event whose clause
    opens with a word of the list's next item (كذلك، ايضا، بينما …: lists.round_up_openers) and names, after its
    trigger, a kind of place with a name the gazetteer lacks ("ايضا دارت بعد منتصف ليل امس اشتباكات … في بساتين مخيم
    خان الشيح بالغوطة الغربية"، "بينما دارت فجر امس اشتباكات … في محيط محطة تشرين الحرارية"), placed only by a town
    of its sentence or the lead. It is no retelling of the act told at that town in the same sentence (round-ups of
    the Syrian Observatory: rowjudge6's Zabadani row held the clashes of three such sites). Not a quarter (حي: a part
    of the town told before) and not one whose clause names a place of the gazetteer."""
    text = ctx.doc.text
    starts = [x.start for x in cands]
    for c in cands:
        word = text[ctx.word_start(c.start) : c.end]
        if c.place_from not in ("sentence", "lead") or c.cls.acled_sub_type is None or c.definite or "ال" in word[:4]:
            continue  # ("كما شمل القصف منطقة …"، "وخلال الاشتباكات التي دارت …": the act told, named again)
        c0 = c.clause[0]
        if c0 <= c.sentence[0] or not _OPENER.match(text, c0, c.start):
            continue
        # (its place may come after the sides' commas: "… من طرف، والفصائل … من طرف اخر، في بساتين مخيم …"): up to
        # the next item's opener, the next act told after it ("… عددا من الأحياء، واندلعت اشتباكات في … منطقة
        # الضباب") or the sentence's end
        nxt = _NEXT_ITEM.search(text, c.end, c.sentence[1])
        end = min([nxt.start() if nxt else c.sentence[1], c.end + _ITEM_CHARS] + [x for x in starts if x > c.end])
        for m in _OWN_SITE.finditer(text, c.end, end):
            if not ctx.places_in(m.start(1), m.end(1)):
                c.cues.add(_OWN + m.group(1))
                break


#: The cue :func:`mark_item_towns` gives a round-up item told at a town of its own.
_ITEM_TOWN = "item_town"


def mark_item_towns(ctx: Context, cands: list[Candidate]) -> None:
    """Mark the items of a round-up sentence told at a town of their own (round 36, helper rw1): an event whose clause
    opens with a word of the list's next item (كما، كذلك، ايضا، بينما …: lists.round_up_openers) and whose own clause
    places it at a town or village of the gazetteer ("…، كذلك دارت اشتباكات … في القلمون الشرقي …، أيضاً مقتل مقاتل
    من المعارضة خلال اشتباكات … في محيط مدينة داريا بالغوطة الغربية"): read by :func:`item_town_apart`."""
    text = ctx.doc.text
    for c in cands:
        if c.place is None or c.place_from != "clause" or c.place_precision != 1:
            continue
        c0 = c.clause[0]
        if c0 > c.sentence[0] and _OPENER.match(text, c0, c.start):
            c.cues.add(_ITEM_TOWN)


def item_town_apart(a: Candidate, b: Candidate) -> bool:
    """Whether one of two events of one sentence is a round-up's item told at a town of its own
    (:func:`mark_item_towns`) and the other is placed at a name the gazetteer lacks (read as a place, unresolved: "في
    القلمون الشرقي") or at a town or site that is not one area with it: the round-up's next item, not the other act
    told again (the Syrian Observatory's round-ups: rowjudge6's clash around Darayya took the eastern Qalamoun's).
    Not an item beside a province or region the gazetteer knows (the sum of the items told at its towns)."""
    for item, other in ((a, b), (b, a)):
        if _ITEM_TOWN not in item.cues or item.place is None or other.place is None:
            continue
        if place_key(item.place) == place_key(other.place):
            continue
        geo = other.place.geo or {}
        if geo.get("unresolved") or ((other.place_precision or 3) <= 2 and two_places(item.place, other.place)):
            return True
    return False


def own_site_named(ctx: Context, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``'s clause names, after its trigger, a kind of site with a name the gazetteer lacks that ``h``'s
    sentence does not name (round 28, helper mg17): "وكانت المقاومة … قد أحكمت سيطرتها أمس الأول الأربعاء على منطقة
    المحلة" is not the capture of al-Houta told the day after, though recalled in the pluperfect."""
    text = ctx.doc.text
    for m in _OWN_SITE.finditer(text, c.end, c.clause[1]):
        if not ctx.places_in(m.start(1), m.end(1)):
            return text.find(m.group(1), h.sentence[0], h.sentence[1]) < 0
    return False


def _own_sites(c: Candidate) -> set[str]:
    return {x for x in c.cues if x.startswith(_OWN)}


def own_sites_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two events of one sentence are two items of a round-up at sites of their own (:func:`mark_own_sites`)."""
    return a.sentence == b.sentence and _own_sites(a) != _own_sites(b)


def _towns(c: Candidate) -> set[str]:
    """The villages or towns the gazetteer lacks that an event's clause names by their kind (``town:`` cues)."""
    return {x for x in c.cues if x.startswith("town:")}


def also_elsewhere(a: Candidate, b: Candidate) -> bool:
    """Whether the later of two events is told with "also" (كما) at a village or town of its own that the gazetteer
    lacks and the other does not name ("وقتل جندي في هجوم شنه مسلحون في بلدة …، كما قتل ثلاثة جنود في هجوم شنه
    مسلحون في قرية آراكوي التابعة لقضاء شرناق"): the next item of a list of happenings, whatever place the first one
    took (both may be placed only by their district or province). Round 14b (helper ev9)."""
    return any("also" in c.cues and _towns(c) - _towns(o) and c.start > o.start for c, o in ((a, b), (b, a)))


#: (Round 42, ev17) the sub-type a lead's summary and a later detail after a turn share (:func:`turned`)
_AIR = "Air/drone strike"


def turned(a: Candidate, b: Candidate) -> bool:
    """Whether the later of two events is told in a sentence that turns to another matter (من جهة أخرى، على صعيد
    آخر: :data:`_TURN`, marked by :func:`merge_sentence`): not the happening told before it."""
    later, earlier = (a, b) if a.start >= b.start else (b, a)
    if f"turn:{later.sentence[0]}" not in later.cues:
        return False
    # (round 42, ev17) a turn of side or level leaves the thread of the paragraph before, not the headline's or the
    # lead's summary of the report's air strikes: "… كما استهدفت مقاتلات التحالف أمس بعدة ضربات مواقعهم في محافظة إب"
    # then "وعلى صعيد آخر، قصفت طائرات التحالف أمس معسكرا … في محافظة إب ودمرت مخازن ذخيرة فيه" is the lead's strike
    # told in detail (the place and day checks of same_happening still apply). Not for other kinds: "من جهة أخرى قتل
    # مسلحان … في هجوم" after a lead of battles, or a guard wounded by a shell after the lead's guard killed by one,
    # are incidents of their own (tune8, tune18: a rule for every kind lost four right rows to fold two).
    retold_lead = TOPIC_TURN in later.cues and LEAD_TOLD in earlier.cues and LEAD_TOLD not in later.cues
    return not (retold_lead and all(c.cls.acled_sub_type == _AIR for c in (a, b)))


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
    if districts_apart(a, b):
        return False  # (round 37, ev1) "سيطرت على مديرية حزم العدين" … "سيطرت على مديرية النادرة": two districts
    if two_own_places(a, b):
        return False  # (round 28, mg17) "استهدفت … في كرش" and "استهدف … في محيط قاعدة العند": two places of their own
    if dated_elsewhere(a, b):
        return False  # (round 35, dh1) "أسرت … في منطقة شقرة" and "اشتباكات دارت، أمس، … في منطقة … شرق زنجبار"
    if a.sentence != b.sentence and all(c.cls.name in ("capture", "recapture") for c in (a, b)):
        coarse = [
            c
            for c in (a, b)
            if c.place_from == "clause"
            and (c.place_precision or 3) >= 3
            and "list_item" not in c.cues
            and "many_places" not in c.cues  # (round 27, mg16: "على كافة مديرياتها": the sum of the towns taken)
        ]
        if coarse and any(c.place_precision == 1 for c in (a, b)):
            # round 19 (cap): a capture whose own clause names only its province ("بعد سيطرة المقاومة على الخط الدولي
            # الرابط بين محافظة أبين وحضرموت ووصولها إلى مثلث الكود") took a place of its own the gazetteer lacks,
            # not the town taken that another sentence names (زنجبار); not an item of a list of provinces, which names
            # where the forces came from ("سيطرت قوات المقاومة في محافظتي الضالع وعدن على «مثلث العند»")
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


def _written_day(c: Candidate) -> bool:
    """Whether an event's date is a day written in its text (a timex of day precision), not the report's date."""
    d = c.date or {}
    return bool(d.get("timex")) and d.get("time_precision") == 1


def two_written_days(a: Candidate, b: Candidate) -> bool:
    """Whether two events of one sentence are each told with a day of their own written for them (two timexes of day
    precision) and the two days differ (round 35, helper dh1): "ألقى الطيران المروحي بعد منتصف ليل السبت- الأحد
    عدة براميل …، ترافق مع استمرار الاشتباكات …، كما ارتفع إلى 5 عدد القتلى الذين قضوا أول أمس … قتلوا خلال
    اشتباكات" — the fighting of Sunday night and the fighting of the day before are two happenings, though one
    sentence tells both (ACLED: one event per day). Not one timex read for both (a fight told over several days
    with one span keeps one day)."""
    da, db = a.date or {}, b.date or {}
    if not (_written_day(a) and _written_day(b)) or da.get("timex") == db.get("timex"):
        return False
    return bool(da.get("value")) and bool(db.get("value")) and da.get("value") != db.get("value")


def dated_elsewhere(a: Candidate, b: Candidate) -> bool:
    """Whether one of two events of two sentences is told with a day written for it at a place of its own, and the
    other, told before it with no day of its own, at another place of its own (round 35, helper dh1): "إن المقاومة
    أسرت 14 متمردًا في منطقة شقرة" and, a sentence on, "كما أكد المصدر أن اشتباكات متقطعة دارت، أمس، مع الحوثيين
    في منطقة (الشيخ عبد الله)، الواقعة شرق زنجبار" are two fights of one province, not the first told again with
    its day (:func:`retold` folds an undated event into a dated one of its province). Each place told in the
    event's own clause or sentence and finer than a province (a town, a site, a part of a town), the two not one
    area and more than a few kilometres apart; not captures (a city taken quarter by quarter is one capture told
    over its places: merge.retold). The lead's ruling of round 35: a happening told with a day of its own inside
    the article's window is a row."""
    if a.sentence == b.sentence or a.place is None or b.place is None:
        return False
    first, later = sorted((a, b), key=lambda c: c.start)
    if _written_day(first) or not _written_day(later):
        # (both dated: their days decide; neither: two_own_places; a day told first, then a telling with none: the
        # one told again, "فجّروا … مقرا في بلدة الشجرة" then "دوي انفجار عنيف في بلدة الشجرة")
        return False
    if any(c.place_from not in ("clause", "sentence") or (c.place_precision or 3) > 2 for c in (a, b)):
        return False
    if any(c.cls.name in ("capture", "recapture") for c in (a, b)):
        return False
    # (two points more than a few kilometres apart: a part of a town the gazetteer lacks takes its town's point,
    # "منطقة الشعب في شمال شرقي بغداد" is Baghdad's "تفجيرات دامية في بغداد")
    return two_places(a.place, b.place) and _located(a) and _located(b) and not _close(a, b)


def _located(c: Candidate) -> bool:
    geo = (c.place.geo or {}) if c.place is not None else {}
    return all(isinstance(geo.get(k), int | float) for k in ("lat", "lon"))


def two_own_places(a: Candidate, b: Candidate) -> bool:
    """Whether two events of two sentences each have a place of their own (told in their clause or sentence, finer
    than a province: a town, a site or a part of a town) that is not one area (round 28, helper mg17): "استهدفت
    مقاتلات التحالف … في مدينة كرش" and, a sentence on, "واستهدف طيران التحالف تجمعات الميليشيات في محيط قاعدة
    العند" are two strikes, neither told again without a place of its own (:func:`retold`). Both told by their past
    verbs (a noun may name the happening again at another of its places: "استعادة قاعدة العند" and "استعادة … لحج"),
    and no capture (a city taken quarter by quarter is merge.retold's)."""
    if a.sentence == b.sentence or a.place is None or b.place is None:
        return False
    if any(c.place_from not in ("clause", "sentence") or (c.place_precision or 3) > 2 for c in (a, b)):
        return False
    if any(c.tense != "past" or c.cls.name in ("capture", "recapture") for c in (a, b)):
        return False  # (acts told by their past verbs: a noun, "استعادة قاعدة العند", may name the happening again)
    return two_places(a.place, b.place)


def fold_coarse(cands: list[Candidate]) -> list[Candidate]:
    """An event of one sub-type told only for a country or a region of it ("غارات … في شمال العراق") is the one
    event of that sub-type placed in a province of that country on the same day or the next ("استهدفت المقاتلات
    التركية قرية زركلة … شرق أربيل") told again; with two or more such events it sums them up and stays."""
    out = list(cands)
    for c in cands:
        if (c.place.geo or {}).get("admin1") if c.place else True:
            continue
        if _own_sites(c):
            continue  # (round 32, mg19) a round-up's item at a site of its own (في محيط مطار كويرس): no region
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


def absorb_keeping(into: Candidate, other: Candidate) -> None:
    """:func:`absorb` ``other``'s mentions into ``into``, which keeps its own type, place, day and figures (round 34:
    a lead's total or a retelling folded into the row that tells the happening — mg21's lead_total, mg22's
    retold_noun)."""
    kept = (into.cls, into.place, into.place_precision, into.place_from, into.date, list(into.fatalities))
    absorb(into, other)
    into.cls, into.place, into.place_precision, into.place_from, into.date, into.fatalities = kept


def absorb(into: Candidate, other: Candidate) -> None:
    into.mentions.extend(other.mentions)
    if bombing_pair(into, other) and other.cls.acled_sub_type == "Suicide bomb":
        into.cls = other.cls  # the blast told first, the suicide bomber named after
    finer = (other.place_precision or 3) < (into.place_precision or 3)
    # round 28 (helper pl14): a place found farther from the happening (the headline's, the lead's, the paragraph's)
    # does not replace one its own clause names in another province, and gives way to it (rasd.events.place_roles)
    if other.place is not None and (
        into.place is None or (finer and not own_place_stands(into, other)) or own_place_wins(into, other)
    ):
        into.place, into.place_precision, into.place_from = other.place, other.place_precision, other.place_from
    if not recalled(into) and (
        ((other.date or {}).get("time_precision") == 1 and (into.date or {}).get("time_precision") != 1)
        or told_over_fallback(into.date, other.date)
    ):
        into.date = other.date  # (an event recalled keeps no day: "إذ أدى الهجوم إلى …" names it, not a new one)
    if into.actor1 is None or (
        into.actor1.get("certainty")
        and other.actor1
        and not other.actor1.get("certainty")
        # round 29 (ac16): a mention of another kind of act (the army's shelling folded into a car bomb's row, a
        # clash with the police after a suicide bombing) names its own doer, not the bomb's whose doer the text
        # does not tell (the unidentified group of ACLED's convention)
        and not (into.actor1.get("certainty") == "unnamed" and _other_kind(into, other))
    ):
        into.actor1 = other.actor1 or into.actor1
    into.actor2 = into.actor2 or other.actor2
    into.fatalities.extend(other.fatalities)
    into.injured.extend(other.injured)
    into.displaced.extend(other.displaced)
    into.arrested.extend(other.arrested)
    into.cues |= other.cues
    if into.status == "reported" and other.status in ("claimed", "alleged"):
        into.status = other.status


#: The sub-types of a planted, thrown or suicide bomb: their doer is not named by a mention of another kind.
_BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _other_kind(into: Candidate, other: Candidate) -> bool:
    """(Round 29, helper ac16) Whether ``other`` tells another kind of act than a bomb row ``into``: its named doer
    does not replace the bomb's unnamed one (انفجار سيارة مفخخة … وكانت القوات التركية شنت سلسلة من القصف المدفعي)."""
    return into.cls.acled_sub_type in _BOMBS and other.cls.acled_sub_type not in _BOMBS


def told_over_fallback(mine: dict[str, Any] | None, other: dict[str, Any] | None) -> bool:
    """Whether ``other`` is a day the text tells (a timex, even an uncertain one: "اليوم الأحد" in an article
    dated two days later) where ``mine`` is only the reference-date fallback (the headline's "تفجير في بغداد"); a
    year or a month told by a mention ("من مخلفات حرب العام الماضي") does not date the happening."""
    return (
        bool((other or {}).get("timex"))
        and len(str((other or {}).get("value") or "")) == 10
        and (mine or {}).get("source") == "reference date"
    )


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


_SUICIDE = "Suicide bomb"


def fold_suicide_retold(cands: list[Candidate]) -> list[Candidate]:
    """A suicide bombing told again later in an article that has already told one of the same day (the site of the
    bombing where the bomber's papers were found, "the first signs point to a suicide attack", "he blew himself up in
    the cultural centre"), with no toll of its own and no word of another, also or separate, is the bombing told
    before, wherever its own sentence places it (the bomber's home town, the dateline, a border): one row. The bombing
    told again by a definite blast or bombing noun (في مكان التفجير) is so too, whatever sub-type its own words gave
    it. Not over a bombing recalled from before (هجوما انتحاريا على السفارة في العام 2013), nor a second bombing told
    with its own dead or wounded, on another day, or as another (هجوم انتحاري آخر، كما فجر انتحاري نفسه). Round 15
    (helper ev11): such second rows were duplicates in three independent articles (rowjudge2 rk2017, rk2019; tune10).
    """
    out = list(cands)
    for c in cands:
        # (or the blast named by a definite noun, typed a bomb of its own: في مكان التفجير، الانفجار)
        blast = c.cls.acled_sub_type in _BOMBINGS and c.blast and c.definite and "means:explosive" not in c.cues
        if (c.cls.acled_sub_type != _SUICIDE and not blast) or c.granularity != "discrete" or c.status in _UNREAL:
            continue
        if c.another or c.fatalities or c.injured or "separate" in c.cues or ("also" in c.cues and not c.definite):
            continue  # (a definite noun in an "also" clause names the bombing told: كما وجدوا … في مكان التفجير)
        first = next(
            (
                h
                for h in out
                if h is not c
                and h.start < c.start
                and h.cls.acled_sub_type == _SUICIDE
                and h.granularity == "discrete"
                and h.status not in _UNREAL
                and not recalled(h)  # (not a bombing of years before: هجوما انتحاريا على السفارة في العام 2013)
                # (round 20, helper evp: or told again with no place of its own in its clause, the day its
                # sentence gives being the report's: "محو صور تتعلق بهجوم انتحاري" after the bombing of Monday)
                and ((h.date or {}).get("value") == (c.date or {}).get("value") or c.place_from != "clause")
                and h.place is not None
                and (h.place.geo or {}).get("admin1")
            ),
            None,
        )
        if first is None:
            continue
        absorb(first, c)
        out.remove(c)
    return out
