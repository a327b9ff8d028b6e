"""Step 6d: the rows of one happening told twice become one (issue 12; :func:`fold_told_again`): a headline over the
body's row, a capture and a recapture of one place, the dead of a happening told by a toll word, and the like."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.date_spans import day_outside_span
from rasd.events.merge.areas import _close, _meet, _near, covers, one_area
from rasd.events.merge.clauses import answered, kept_apart, told_apart
from rasd.events.merge.doers import two_doers
from rasd.events.merge.happening import (
    _BOMBINGS,
    _UNREAL,
    absorb,
    also_elsewhere,
    own_sites_apart,
    recalled,
    turned,
)
from rasd.events.merge.tolls import lowest_figure
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.events.pluperfect_day import pluperfect_own_day
from rasd.resources.cues import merge_cue_alt as cue_alt

#: The sub-types of a change of territory: a capture and a recapture of one place on one day are one happening
#: whoever the text names as taking it, and so is the fighting told at that place that day.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: Strikes from afar whose blasts are heard (دوي انفجارات) at their target.
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


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
    if day_outside_span(a.date or {}, b.date or {}):
        return False  # (round 38, tm1) a day outside the other's week or part of a month
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


#: (round 21, mg9) Classes whose word names the means itself (غارة، قذيفة، هجوم انتحاري، قنبلة يدوية، هجوم كيماوي):
#: a row told by one of them is a happening of that means.
_MEANS_CLASSES = frozenset({"air_strike", "drone_strike", "shelling", "suicide_bomb", "grenade", "chemical"})


def two_means(a: Candidate, b: Candidate, sa: str | None, sb: str | None, out: list[Candidate]) -> bool:
    """Round 21 (mg9): whether headline row ``a`` and body row ``b`` are two happenings by their means: each told by a
    word that names a means of its own (:data:`_MEANS_CLASSES`) of another sub-type ("تركيا تنفذ أولى غاراتها الجوية"
    over the body's "هجوم انتحاري دام … أودى بحياة 32" four days before and its "أطلقت دبابات … عدة قذائف"; "طيران
    التحالف يدك معاقل الانقلابيين" over the coalition's strikes), not a bombing and its blast, and the headline's
    sub-type not told in the body row's sentence by a row of it or a mention the headline's row took in ("شن غارات
    جوية وقصف بالمدفعية" under "قصف جوي ومدفعي": the one strike told with its guns)."""
    if sa is None or sb is None or sa == sb or {sa, sb} <= _BOMBINGS:
        return False
    if a.cls.name not in _MEANS_CLASSES or b.cls.name not in _MEANS_CLASSES:
        return False
    lo, hi = b.sentence
    if any(lo <= m.start < hi for m in a.mentions):
        return False
    return not any(o is not b and o.sentence == b.sentence and o.cls.acled_sub_type == sa for o in out)


def _may_pair(c: Candidate) -> bool:
    """What :func:`_kin` asks of each row of a pair on its own: a row that fails it is no kin of any row."""
    return (
        not (c.another or c.purpose)
        and c.granularity == "discrete"
        and not recalled(c)
        and c.cls.acled_type is not None
    )


def _kin(a: Candidate, b: Candidate) -> bool:
    """What two rows must share to be one happening: both discrete, both real or both not, neither recalled, an
    aim or "another"."""
    if a.another or b.another or a.purpose or b.purpose:
        return False
    if kept_apart(a, b):
        return False  # (في مكان منفصل، ردوا بإطلاق الصواريخ: told apart in their sentence; round 16b)
    if a.sentence != b.sentence and "separate" in a.cues | b.cues:
        return False  # (هجومين منفصلين: told apart by the text)
    if also_elsewhere(a, b):
        return False  # (كما قتل ثلاثة جنود … في قرية آراكوي: the next item, at a village of its own; round 14b)
    if a.granularity != "discrete" or b.granularity != "discrete":
        return False
    if (a.status in _UNREAL) != (b.status in _UNREAL) or recalled(a) or recalled(b):
        return False
    return a.cls.acled_type is not None and b.cls.acled_type is not None


#: (round 19, cap) A kind of site written right before its name (معسكر العند، لقاعدة العند، بمطار عدن):
#: lists.site_kinds, with ب ل و ف before it.
_SITE_KIND = re.compile(r"(?<![\u0621-\u064a])[وف]?[بل]?(" + cue_alt("site_kinds") + r")\s*[«\"(]?\s*$")


def _site_word(ctx: Context, c: Candidate) -> str | None:
    """The kind of site the text writes right before a row's place name (معسكر، قاعدة، مطار), or None."""
    if c.place is None:
        return None
    m = _SITE_KIND.search(ctx.doc.text, max(0, c.place.start - 16), c.place.start)
    return m.group(1) if m else None


def two_sites(ctx: Context, a: Candidate, b: Candidate) -> bool:
    """Round 19 (cap): whether two rows are placed at two sites of one name, each named by its own kind of site ("في
    معسكر العند المجاور لقاعدة العند الجوية": the camp and the air base beside it, which the gazetteer gives one
    point): never one happening by their place, whatever the gazetteer resolves them to."""
    wa, wb = _site_word(ctx, a), _site_word(ctx, b)
    return wa is not None and wb is not None and wa != wb


def _generic(c: Candidate) -> bool:
    """A row told by a word that says little of how (a toll مقتل، a weak verb استهدفت، هجوم): the other row of the
    pair names the happening better."""
    return c.toll or c.weak or c.cls.name in ("killing", "attack", "assault")


#: Words of dying that tell a happening by its dead (مقتل، قتلوا، لقي مصرعه، استشهاد; lists.dying_words).
_DYING_WORD = re.compile(r"(?:" + cue_alt("dying_words") + r")")


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


def count_again(a: Candidate, b: Candidate, sa: str | None, sb: str | None) -> bool:
    """Round 22 (mg10): whether later row ``b`` tells row ``a``'s happening again by its count of dead: the same exact
    count of three or more, read from two numbers of the text (one number read by both is :func:`toll_owner`'s), one
    day, and the places one province, or either unplaced, or ``b`` named by a definite noun (الهجوم: the attack told
    before, "واكد مصدر عسكري آخر … في باماكو الهجوم … نحو عشرة من رجالنا قتلوا" after "قتل عشرة جنود في هجوم … في منطقة
    تمبكتو"). Not two rows of two means ("غارة" and "قذائف" that killed as many), nor a share of a toll. Seen in fresh
    articles of round 22: an operation east of Ramadi (15 dead, told as a clash and as an operation), the Taliban's
    bombing in Kunduz (21 dead, an attack and a suicide bomber), the attack on a camp in Mali (10 dead, told again
    from Bamako); tune8 (an officer and three soldiers killed by a bomb in Sinai, an unplaced clash row of four)."""
    ca, cb = _count(a), _count(b)
    if ca is None or ca != cb or ca < 3 or _toll_ids(a) & _toll_ids(b):
        return False
    if a.cls.name in _MEANS_CLASSES and b.cls.name in _MEANS_CLASSES and sa != sb:
        return False
    if not (_generic(a) or _generic(b) or b.definite):
        return False  # (a blast that killed five in Bayhan and an ambush that killed five in Wadi Khar: each told how)
    if (a.date or {}).get("value") and (b.date or {}).get("value") and not _dates_meet(a, b):
        return False  # (a row dated by a month only beside a day is another happening)
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    if not ga.get("admin1") or not gb.get("admin1"):
        return True
    one = (ga.get("country_iso3"), ga.get("admin1")) == (gb.get("country_iso3"), gb.get("admin1"))
    return one or b.definite


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

    if not _kin(a, b) or two_sites(ctx, a, b):
        return None
    if two_doers(ctx, a, b):
        return None  # round 33 (mg20): "قصفت قوات النظام …، وقصفت الفصائل …": two doers' own deeds
    (ta, sa), (tb, sb) = acled_codes(ctx, a), acled_codes(ctx, b)
    if ta is None or tb is None:
        return None
    if (a.start, a.end) == (b.start, b.end):
        # one trigger read as two types (أحرق: an attack or a riot) is left to the typing and the row filter: which
        # reading is right is in the words (قرويون غاضبون أضرموا النار: mob violence; مستوطنون أحرقوا: an attack)
        return None
    gap = ctx.sentence_index(b.start) - ctx.sentence_index(a.start)
    named_again = b.definite and b.cls.name not in ("capture", "recapture")
    if (
        gap
        and not named_again
        and turned(a, b)
        and not (title is not None and all(title[0] <= m.start < title[1] for m in a.mentions))
    ):
        # round 21 (mg9): "من جهة أخرى قتل مسلحان … في هجوم شنته اليوم المقاومة … بمدينة الحديدة" after the lead's
        # fighting in Taiz and al-Hudaydah: a sentence that turns to another matter tells no row of the body told
        # before it, as same_happening reads it. A headline alone may still sum it up ("سوريا.. معارك عنيفة على جبهتي
        # درعا واللاذقية" over "من جهة أخرى، أعلنت جبهة النصرة … عن بدء معارك بريف اللاذقية"), and a definite noun
        # still names the happening told before ("من جهة أخرى، … بمنع توزيع صور التفجير الانتحاري الذي وقع قبل يومين")
        return None
    if gap == 0 and answered(ctx, a, b):
        return None  # "رد الجيش بقصف مواقع … بعد مقتل جندي": the dead came before the answer (round 14b)
    if gap == 0 and told_apart(ctx, a, b):
        return None  # "… في مكان منفصل"، "ردوا بإطلاق الصواريخ": two happenings by the text's own word (round 16b)
    if own_sites_apart(a, b):
        return None  # round 28 (mg17): two items of a round-up at sites of their own (merge.happening.mark_own_sites)
    cause = a.cause or b.cause  # (told as what a protest or a condemnation is about: only a headline's own)
    in_title = title is not None and title[0] <= a.start < title[1] and not (title[0] <= b.start < title[1])
    owner = toll_owner(ctx, a, b) if gap and ta in VIOLENT and tb in VIOLENT else None
    if owner is not None and not cause and _same_day(a, b, 1):
        # round 13: one count of dead in the text read by two rows of two sentences ("شن التحالف حوالى 15 غارة على
        # التواهي وضواحي عدن" and, later, "قتل تسعة متمردين في غارة جوية على خور المكسر"): the dead are the row's
        # whose sentence tells them; the other row borrowed them, so it is that happening told again
        return owner
    if gap and not cause and ta in VIOLENT and tb in VIOLENT and count_again(a, b, sa, sb):
        # round 22 (mg10): "قتل 15 عنصرًا من تنظيم داعش اليوم بعملية أمنية …" and, a sentence on, "شنت عملية عسكرية …
        # وتمكنت من قتل 15 عنصرًا": one exact count of dead written twice on one day, the happening told again
        return b if _generic(a) and b.cls.name in _MEANS_CLASSES else a
    if in_title and title is not None and lead_count(ctx, a, b, title, sa, sb):
        # round 13: "مقتل 19 من عناصر داعش باشتباكات متفرقة غربي بغداد" over the lead's "19 من عناصر التنظيم قتلوا في
        # اشتباكات متفرقة … في الأنبار": the headline's count told again by the lead, at the lead's place (the
        # headline's row folds into the lead's and is dropped: its place, a direction off a city, is not taken)
        a.place, a.place_precision = None, None
        return b
    if in_title and title is not None and pluperfect_own_day(ctx, a, b):
        # round 33 (og1): "وكانت قد انتزعت السيطرة على عدن … في 17 يوليو" under a headline's capture near Aden: the
        # body's pluperfect with a day of its own, days before the headline's, is another happening
        return None
    if in_title and title is not None:
        # a headline and the body's account of it: one ACLED type (or a toll, a weak verb or a headline alone
        # over the body's row of another violent type), one place or one inside the other, one day unless the
        # headline's day is not its own
        only = all(title[0] <= m.start < title[1] for m in a.mentions)
        if two_means(a, b, sa, sb, out):
            return None
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
    if not cause:
        taken = _taken_with_clash(ctx, a, b, sa, sb)
        if taken is not None:
            return taken
    # (dead told in a quote with no day of their own take the day of a paragraph before, "اندلعت قبل أربعة أيام":
    # a week apart at most, they are still the fighting's dead)
    loose = _dying(ctx, b) and not _own_timex(ctx, b, b.sentence) and _same_day(a, b, 7)
    if cause or not (_same_day(a, b) or loose):
        return None
    if sa in _TERRITORY and sb in _TERRITORY and _dates_meet(a, b) and (_meet(a, b) or _part_of(a, b)):
        # "أحكمت القوات سيطرتها على زنجبار" and, later, "استعادة … مدينة زنجبار": one place changed hands once that
        # day, whoever the text names as taking it; each must name its own town (a base or a hill the gazetteer
        # lacks is placed by its province or a town of its sentence: two places), in sentences of their own (one
        # sentence's triggers were weighed by merge_clause and merge_sentence: عقب السيطرة على جبل يسوف وتحرير بلدة
        # العين). Round 18 (mg6): a neighbourhood and the city it lies in are one place taken ("طرد المقاومة مليشيا
        # الحوثي من حي التواهي آخر معاقلهم في عدن" and "تحرير عدن بكاملها"), and so in one sentence when both rows
        # come out of one sub-type (one side took it: "استعادت … القصر الرئاسي بحي التواهي في عدن وأحكموا سيطرتهم على
        # الحي"، "بعد أن أحكمت القوات سيطرتها عليها بطرد الحوثيين"; a place taken and taken back stays two)
        if gap and all(c.place_from == "clause" and _place_rank(c) <= 2 for c in (a, b)):
            return a
        # (in one sentence the later trigger names no place of its own after it: "عقب السيطرة على جبل يسوف وتحرير
        # بلدة العين" are two places, the hill the gazetteer lacks placed at the town)
        one = all(c.place_from == "clause" and _place_rank(c) == 1 for c in (a, b))
        if not gap and sa == sb and one and not _names_own_place(ctx, b):
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
    if gap and sa == sb and sa not in _TERRITORY:
        # (not for a place taken: "دخول قاعدة العند شمال عدن" beside Aden's capture may be the next place taken)
        named = _named_with(ctx, b, a) or _named_with(ctx, a, b)
        if named is not None:
            # round 18 (mg6): "وكانت قوات الاحتلال قد اقتحمت بلدة برقين غرب مدينة جنين …، ووقعت مواجهات" after the
            # clashes told at برقين; "شن 5 غارات على … معسكر الحمزة بمنطقة ميتم جنوبي مدينة إب" after "قصف … لمعسكر
            # الحمزة في إب": a later sentence tells the happening again at its place named with the other row's place
            # (a landmark or the site in it), so the two rows' places are one spot named two ways
            return named
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


#: (round 19, cap) Words that make fighting after a capture a counter-attack of its own (هجوم مضاد، لاستعادة):
#: lists.counter_attack_words.
_COUNTER = re.compile(r"(?<![\u0621-\u064a])(?:[وفبل]?)(?:" + cue_alt("counter_attack_words") + r")(?![\u0621-\u064a])")


def _one_spot(a: Candidate, b: Candidate) -> bool:
    """Whether two rows are placed at one place: the same gazetteer place (or name), or a city and a quarter of it."""
    if a.place is None or b.place is None:
        return False
    return place_key(a.place) == place_key(b.place) or _part_of(a, b)


def _fallback(c: Candidate) -> bool:
    """Whether a row has no day of its own: dated by the post (the reference date), no timex of its text."""
    d = c.date or {}
    return not d.get("timex") and d.get("source") in ("reference date", "article's day")


def _days_of_one(a: Candidate, b: Candidate) -> bool:
    """Whether two rows' days are one: the same day, or a day apart, or the day of the one inside the week the other's
    post dates it to, where that one has no day of its own in its text (the capture "بعد تمكن المقاومة من استعادة
    مدينة التواهي" dated by the post, its battles "الاثنين الماضي"); never a row dated by a year or a week its text
    tells ("سيطرت على مطار عدن … الأسبوع الماضي")."""
    da, db = _day(a), _day(b)
    if da is not None and db is not None:
        return da == db or (abs((da - db).days) <= 1 and (_fallback(a) or _fallback(b)))
    for x, y in ((a, b), (b, a)):
        dy = _day(y)
        span = (x.date or {}).get("range") or []
        if dy is not None and _fallback(x) and len(span) == 2 and str(span[0]) <= dy.isoformat() <= str(span[1]):
            return True
    return False


def _object_place(ctx: Context, c: Candidate) -> bool:
    """Whether a capture's place is its object, told right after its trigger with no comma between (بسيطرة المقاومة على
    أجزاء من مدينة الحوطة، استعادة مدينة التواهي): not a spot the gazetteer lacks placed at the town of its sentence
    ("من مدينة تعز بعد سيطرتها على نقطة الربيعي")."""
    if c.place is None or c.place_from != "clause" or not 0 <= c.place.start - c.end <= 60:
        return False
    return re.search(r"[،,.؛]", ctx.doc.text[c.end : c.place.start]) is None


def _taken_with_clash(ctx: Context, a: Candidate, b: Candidate, sa: str | None, sb: str | None) -> Candidate | None:
    """Round 19 (cap; the lead's ruling 3): a capture or a recapture and the clashes told with its entry are one
    event, coded as the place taken (ACLED's "Non-state actor overtakes territory" / "Government regains territory",
    with the fighting's mentions and dead): "أفادت مصادر … بسيطرة المقاومة الشعبية على أجزاء من مدينة الحوطة" and
    the next sentence's "إن اشتباكات عنيفة تدور حالياً … عقب دخول الأخيرة إلى الحوطة"; "استعادة مدينة التواهي" and
    "معارك التواهي الاثنين الماضي", told in the capture's sentence or the next. Returns the capture's row, or None:
    not for clashes at another place or on another day, nor for fighting told after the capture as a counter-attack
    (هجوم مضاد، محاولة لاستعادتها)."""
    pair = {sa, sb}
    if len(pair & _TERRITORY) != 1 or "Armed clash" not in pair:
        return None
    taken, clash = (a, b) if sa in _TERRITORY else (b, a)
    if clash.another or clash.cls.acled_type != "Battles" or taken.status != clash.status:
        return None
    if abs(ctx.sentence_index(a.start) - ctx.sentence_index(b.start)) > 1:
        return None  # (told with the entry: in its sentence or the next; a clash told paragraphs away is the day's own)
    if not _one_spot(taken, clash) or not _object_place(ctx, taken) or taken.place is None:
        return None
    # (a clash placed by the capture's sentence names the place again after it, "عقب دخول الأخيرة إلى الحوطة"; else it
    # may be at a spot of its own the gazetteer lacks: "في منطقة وادي الحسيني شمالي المدينة")
    again = _name_spans(ctx, taken.place.start, taken.place.end, (clash.end, clash.sentence[1]))
    if clash.place_from != "clause" and not again:
        return None
    if not _days_of_one(taken, clash):
        return None
    if clash.start > taken.start and _COUNTER.search(ctx.doc.text, *clash.sentence):
        return None  # "شن الحوثيون هجوما مضادا لاستعادة المدينة": fighting of its own after the place was taken
    return taken


def _part_of(a: Candidate, b: Candidate) -> bool:
    """Whether two rows are placed at a city and a quarter of it: a neighbourhood the gazetteer gives as a section
    of it (:func:`one_area`) or as a town of its own a few kilometres from it (:func:`_close`: التواهي and عدن), not
    two villages near each other."""
    if a.place is None or b.place is None:
        return False
    features = [str((c.place.geo or {}).get("feature") or "") for c in (a, b) if c.place is not None]
    city = any(f.startswith(("PPLA", "PPLC")) for f in features)
    # (both gazetteer places: a site the gazetteer lacks told by a direction off the city, "قاعدة العند شمال عدن",
    # takes the city's point and is no quarter of it)
    listed = all((c.place.geo or {}).get("place_id") for c in (a, b) if c.place is not None)
    return (one_area(a.place, b.place) and "PPLX" in features) or (city and listed and _close(a, b))


#: A kind of place with no article, naming a place of its own (بلدة العين، جبل يسوف); lists.own_place_kinds.
_OWN_PLACE_KIND = re.compile(r"(?<![\u0621-\u064a])(?:[وب]?)(?:" + cue_alt("own_place_kinds") + r")(?![\u0621-\u064a])")
#: How far after a capture trigger its object is looked for (سيطرتهم على الحي، بطرد الحوثيين منها).
_OBJECT_CHARS = 30


def _names_own_place(ctx: Context, c: Candidate) -> bool:
    """Whether a trigger's object, in the few words after it up to a comma, names a place: a place the geo layer
    read, or a kind of place without the article (وتحرير بلدة العين، السيطرة على جبل يسوف); "على الحي"، "عليها"
    name the place told before."""
    end = min(c.end + _OBJECT_CHARS, c.clause[1] if c.clause[1] > c.end else c.end + _OBJECT_CHARS)
    window = ctx.doc.text[c.end : end]
    cut = re.search(r"[،,.؛:]", window)
    end = c.end + (cut.start() if cut else len(window))
    if any(e.type in ("GPE", "LOC", "FAC") and c.end <= e.start < end for e in ctx.doc.entities):
        return True
    return bool(_OWN_PLACE_KIND.search(ctx.doc.text, c.end, end))


#: Words that may stand between a place and its landmark or the site in it (قرية برقين غرب مدينة جنين، معسكر الحمزة
#: بمنطقة ميتم جنوبي مدينة إب): kinds of place, directions, "near"; a conjunction or a comma makes a list instead.
_LANDMARK_GLUE = re.compile(r"^(?:\s+(?:" + cue_alt("landmark_glue") + r"))*\s+$")
_ARABIC = "\u0621-\u064a"


def _name_spans(ctx: Context, place_start: int, place_end: int, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Where a place's name (as the text wrote it where it was read) stands in ``span``, with a ب or ل joined to it."""
    text = ctx.doc.text
    name = text[place_start:place_end].strip()
    if len(name) < 2 or text.find(name, span[0], span[1]) < 0:
        return []  # (round 41, sp16: every match holds the name; half the questions name a place the span lacks)
    return [(m.start(), m.end()) for m in _name_pattern(name).finditer(text, span[0], span[1])]


@functools.lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A place's name as a word of its own, with a ب or ل joined to it (compiled once per name: round 41, sp16, 540
    compiles per 1,000 articles, 0.3-0.5% of the events stage)."""
    return re.compile(rf"(?<![{_ARABIC}])(?:[بل]|لل)?{re.escape(name)}(?![{_ARABIC}])")


def _named_with(ctx: Context, x: Candidate, y: Candidate) -> Candidate | None:
    """Round 18 (mg6): whether ``x``'s sentence names ``y``'s place right beside ``x``'s own place, joined only by
    kinds of place and directions ("بلدة برقين غرب مدينة جنين"، "مدينة حيس جنوبي الحديدة"، "معسكر الحمزة بمنطقة
    ميتم"): one spot named with its landmark or its site, so ``x`` tells ``y``'s happening again. Returns the row whose
    place is named first there (the spot; the landmark after it), or None. Not for a later row told as "also" (كما
    قصفت … في معسكر الحمزة: the next item), nor for two rows placed at one place (the other rules' case)."""
    if x.place is None or y.place is None or place_key(x.place) == place_key(y.place):
        return None
    if "also" in max(x, y, key=lambda c: c.start).cues:
        return None
    own = _name_spans(ctx, x.place.start, x.place.end, x.sentence)
    other = _name_spans(ctx, y.place.start, y.place.end, x.sentence)
    text = ctx.doc.text
    for (s1, e1), (s2, e2) in itertools.product(own, other):
        first, (gap_start, gap_end) = (x, (e1, s2)) if e1 <= s2 else (y, (e2, s1))
        # (a word of kind or direction between them: "بمديرية باجل بالحديدة" names the province a town lies in, not
        # the spot of a row told at the city of that name)
        between = text[gap_start:gap_end] if gap_start <= gap_end else ""
        if between.strip() and _LANDMARK_GLUE.match(between):
            return first
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
    their dates meeting. The places need not (the headline's "غربي بغداد" over the lead's province). Round 16b: a
    headline told by its dead (مقتل N) and the lead's violent row of that count need not share a sub-type ("مقتل 18
    من البيشمركة شرق الموصل" over the lead's shelling of Makhmur that killed 18: the headline says how many died,
    the lead how)."""
    if sa is None or sb is None or not _dates_meet(a, b):
        return False
    if sa != sb and not (_dying(ctx, a) and a.cls.acled_type in VIOLENT and b.cls.acled_type in VIOLENT):
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
        # (round 41, sp16) a row that fails :func:`_kin` whatever its pair (another, an aim, not discrete, recalled,
        # no ACLED type) is in no pair :func:`told_again` folds: its pairs are not asked (six in ten of the pairs of
        # 1,000 articles); asked again after each fold, which may change the row that stays
        fit = [i for i, c in enumerate(out) if _may_pair(c)]
        for i, j in itertools.combinations(fit, 2):
            a, b = out[i], out[j]
            head = told_again(ctx, a, b, title, copies, out)
            if head is None:
                continue
            other = b if head is a else a
            figures = list(head.fatalities), list(head.injured)
            cls = head.cls
            # (round 18, mg6: the spot a later sentence names with its landmark keeps its own place, a town or a
            # site placed by its district, over the landmark's: "معسكر الحفاء شرق صنعاء" is no row at Sanaa)
            spot = head is (_named_with(ctx, b, a) or _named_with(ctx, a, b)) and _place_rank(head) <= 2
            spot = spot and not {head.cls.acled_sub_type, other.cls.acled_sub_type} & _TERRITORY
            place = head.place, head.place_precision, head.place_from
            absorb(head, other)
            if spot:
                head.place, head.place_precision, head.place_from = place
            head.cls = cls
            if other.cls.acled_sub_type in _TERRITORY and head.cls.name == "clash" and _one_spot(head, other):
                # round 19 (cap; ruling 3): a capture folded into the clashes of its place is the place taken
                head.cls = other.cls
            # a happening condemned, once told in its own words too, is the article's own (round 12)
            head.cause = head.cause and other.cause
            if figures[0] or figures[1]:
                head.fatalities, head.injured = figures[0] or head.fatalities, figures[1] or head.injured
            out.remove(other)
            changed = True
            break
    return out
