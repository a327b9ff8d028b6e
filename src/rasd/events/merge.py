"""Step 6: one event per happening (clause, sentence, headline and article-wide merging), and the figures
of each event."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from rasd.document import Entity
from rasd.events.coding import ER, RANK, VIOLENT
from rasd.events.context import Context
from rasd.events.model import Candidate
from rasd.events.places import place_key

# ---------------------------------------------------------------------------------------------------- merging
#: Statuses of what did not happen (yet): never the same happening as one reported.
_UNREAL = frozenset({"future", "hypothetical", "denied"})


def same_happening(a: Candidate, b: Candidate) -> bool:
    if a.another or b.another:
        return False  # هجوم مماثل: another happening by the text's own word
    if (a.status in _UNREAL) != (b.status in _UNREAL):
        return False  # "المقاومة تستعد للسيطرة على حي التواهي" over the capture the body reports
    if recalled(a) != recalled(b):
        return False  # "وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات" beside the attack of the day
    if (a.cls.acled_sub_type is None or a.cls.acled_sub_type != b.cls.acled_sub_type) and not bombing_pair(a, b):
        return a.cls.acled_sub_type is None and a.cls.name == b.cls.name and a.sentence == b.sentence
    if a.sentence == b.sentence and a.granularity == b.granularity:
        ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
        towns = a.place_precision == 1 and b.place_precision == 1 and ga.get("place_id") != gb.get("place_id")
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
    if (
        (other.date or {}).get("time_precision") == 1
        and (into.date or {}).get("time_precision") != 1
        and not recalled(into)
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


def own_place(ctx: Context, c: Candidate) -> Entity | None:
    """The place written right after a trigger (هجوم بمدينة العريش، اشتباك في السويس): at most two words between,
    the first a preposition (في، على، قرب) or a word with the proclitic ب (بمدينة)."""
    for p in ctx.places_in(c.end, min(c.clause[1], c.end + 30)):
        words = ctx.doc.text[c.end : p.start].split()
        if not words or (len(words) <= 2 and (words[0] in _AT or words[0].startswith("ب"))):
            return p
        return None
    return None


#: Prepositions that tie a place to the trigger before them.
_AT = frozenset({"في", "فى", "على", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب"})


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


def merge_sentence(cands: list[Candidate], ctx: Context | None = None) -> list[Candidate]:
    """Step 6b: a weak or subordinate event of a sentence joins that sentence's main event (مجزرة … بعد غارات)."""
    out: list[Candidate] = []
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
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
    ("مقتل 16 في هجومين لبوكو حرام" over the two attacks the article then tells)."""
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
        if not same and (c.cls.name in ("killing", "attack") or c.weak):
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
_AND = re.compile(r"\s*(?:على الأقل|على الاقل)?\s*[،,]?\s*و\s*")  # "مقتل 42 حوثيا على الأقل، و9 مقاتلين"


#: ACLED's figure for "several" or "a number of" dead when no report gives a number (the dev set's convention).
ACLED_SEVERAL = 10
#: "A number of", "several", "many": the vague counts that ACLED codes as several (not عشرات, مئات: 12, 100).
_SEVERAL = re.compile(r"(?:و?(?:ب|ل)?ال)?(?:عدد|عديد|العديد)\s+من|(?:و?ال)?عديد\s+")


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
                    if not _AND.fullmatch(ctx.doc.text[prev.end : nxt.start]):
                        break
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


#: A killing word ending in a singular or dual pronoun (مصرعه، حتفها، أرداه، قتله، مقتلهما).
_PRONOUN_TOLL = re.compile(r"(?:مصرع|حتف|أردا|اردا|أردت|أردو|اردو|قتل|اغتيال|استشهاد|مقتل)(هما|ها|ه)\b")


#: Dead told without a number (indefinite قتلى after a word of falling or leaving): ACLED's "several".
_VAGUE_DEAD = re.compile(
    r"(?<![\u0621-\u064A])(?:سقوط|وقوع|خلفت|خلف|أوقعت|أوقع|اوقعت|اوقع|أسفر عن|أسفرت عن|اسفر عن|اسفرت عن)\s+قتلى"
    r"(?![\u0621-\u064A])(?!\s+(?:من|في)\s)"
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
