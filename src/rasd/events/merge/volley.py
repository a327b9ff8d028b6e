"""Step 6f (round 15b, helper ev12): the lead of a volley beside its parts.

A sentence that sums up a volley of strikes or a round of fighting ("في حين قصف طيران التحالف منازل قادة من
الحوثيين"، "وسط اشتباكات عنيفة مع الحوثيين") often names no place of its own: the place the event stage gives it is
the lead's, or another clause's (the capture or the siege the sentence told first). When the article
then tells the strikes themselves, each in its own clause at its own place ("شنت غارات جوية على مواقع للحوثيين في
مأرب وإب"), the lead is those strikes told once more, not a strike at the other clause's place: it yields to them."""

from __future__ import annotations

import datetime as dt
import re

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.merge.clauses import kept_apart
from rasd.events.merge.happening import coarse_retold
from rasd.events.model import Candidate
from rasd.resources.cues import EVENT_MERGE_CUES

cue_words = EVENT_MERGE_CUES.words

#: Statuses of what did not happen (yet): a lead of those is no summary of strikes that happened.
_UNREAL = frozenset({"future", "hypothetical", "denied"})


def _day(c: Candidate) -> str:
    return str((c.date or {}).get("value") or "")


def _day_before(day: str) -> str:
    """The ISO day before ``day`` ("" when ``day`` is no ISO day)."""
    try:
        return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return ""


def _borrowed(ctx: Context, c: Candidate, clauses: list[tuple[Candidate, tuple[int, int]]]) -> bool:
    """Whether ``c``'s place is not its own: none, the lead's, or a place that lies in the clause of another trigger of
    its sentence (the next clause's capture, the clause before's siege)."""
    if c.place_from in ("lead", "none") or c.place is None:
        return True
    if c.place_from != "sentence":
        return False
    p = c.place.start
    if not (c.sentence[0] <= p < c.sentence[1]):
        return False
    # (the clause of a trigger of another type: "تواصلت الانفجارات في العاصمة صنعاء حيث استهدف الطيران مخازن" is
    # the strike's own scene)
    return any(
        a <= p < b and not any(x[0] <= a and b <= x[1] for x in c.clauses)
        for t, (a, b) in clauses
        if t.cls.acled_type != c.cls.acled_type
    )


def _names_place(ctx: Context, c: Candidate) -> bool:
    """Whether ``c``'s own clauses name a place, one the gazetteer lacks included ("في المسجد الأقصى"، "على وادي
    دوفس في محافظة أبين"): told at a place of its own, whatever place it was given."""
    country = (c.place.geo or {}).get("country_iso3") if c.place is not None else None
    return any(
        e.type in ("GPE", "LOC", "FAC")
        and any(a <= e.start < b for a, b in c.clauses)
        and not (country and _whole_country(e) == country)
        for e in ctx.doc.entities
    )


def _whole_country(e: Entity) -> str | None:
    """The country an entity names as a whole (no province: "تركيا تعتقل 20 مشتبها"، "العراق: مقتل …"), if it does:
    the state that acts, or the headline's frame, not a place of the event's own (round 17, helper mg5)."""
    geo = e.geo or {}
    if geo.get("admin1") or geo.get("geo_precision") != 3:
        return None
    return geo.get("country_iso3") or None


def fold_volley_lead(ctx: Context, merged: list[Candidate], triggers: list[Candidate]) -> list[Candidate]:
    """Drop a strike or fight (``merged``) whose place is another clause's or none, with no toll and no word of
    "another" of its own, when the article tells, in other sentences, events of its sub-type on its day each placed
    in its own clause: the lead of the volley beside its parts. ``triggers`` are every trigger found (their clauses
    tell which clause a place belongs to)."""
    clauses = [(t, cl) for t in triggers for cl in t.clauses]
    out = list(merged)
    for c in merged:
        if c.cls.acled_sub_type is None or c.granularity != "discrete" or c.another or c.toll:
            continue
        if c.fatalities or c.injured or c.status in _UNREAL or len(_day(c)) != 10:
            continue
        if "also" in c.cues:
            continue  # "كما استهدف طيران التحالف أمس مبنى … في المدينة ذاتها": the list's next item, not its lead
        if not _borrowed(ctx, c, clauses) or _names_place(ctx, c):
            continue
        parts = [
            p
            for p in out
            if p is not c
            and p.cls.acled_sub_type == c.cls.acled_sub_type
            and p.granularity == c.granularity
            and p.place_from == "clause"
            and p.place is not None
            and p.sentence != c.sentence
            and _day(p) == _day(c)
            and p.status not in _UNREAL
            and not p.another
            and not kept_apart(p, c)  # (round 25, mg14: told at a site of its own, not the part's: two_sites)
        ]
        if not parts:
            continue
        parts[0].mentions.extend(c.mentions)
        out.remove(c)
    return fold_counted_set(ctx, fold_counted_lead(ctx, out))


#: A count right before the trigger: "25 غارة جوية"، "12 ضربة" (digits, Western or Arabic-Indic).
_COUNT = re.compile(r"(?:\d+|[\u0660-\u0669]+)\s*$")


def fold_counted_lead(ctx: Context, merged: list[Candidate]) -> list[Candidate]:
    """Drop an event told only for a country (no province) that counts its strikes or shellings ("نفذت طائرات التحالف
    25 غارة جوية على مواقع لتنظيم داعش في سوريا" then "ثلاث غارات … قرب مدينة دير الزور، كما دمرت أربع غارات … قرب
    مدينة الحسكة") when the article then tells two or more events of its sub-type, each placed in a province of that
    country, on its day: the volley's counted lead beside its parts, not a strike of its own. A lead with dead or
    wounded of its own, told as "another", not a report, or with a part on another day stays (round 17, helper mg5:
    ``fold_coarse`` keeps a country-wide account of two or more events as their summary; a counted volley's lead is
    none)."""
    out = list(merged)
    text = ctx.doc.text
    for c in merged:
        if c.granularity != "discrete" or c.fatalities or c.injured or c.toll or c.another or c.status in _UNREAL:
            continue
        if (c.place.geo or {}).get("admin1") if c.place else True:
            continue
        if not _COUNT.search(text, max(0, c.start - 8), c.start):
            continue
        # (round 27, mg16) or on the day before the lead's: a statement of the day counting the strikes of the day
        # before ("قالت قوة المهام في بيان اليوم الجمعة إن التحالف نفذ 15 غارة …" then "ستا من هذه الغارات التي نفذت
        # أمس الخميس كانت قرب الحسكة وحلب …"): its count is theirs, dated by the statement
        days = {_day(c), _day_before(_day(c))}
        parts = [p for p in out if p is not c and p.start > c.start and coarse_retold(c, p) and _day(p) in days]
        parts = [p for p in parts if p.status not in _UNREAL and not p.another]
        if len(parts) < 2:
            continue
        parts[0].mentions.extend(c.mentions)
        out.remove(c)
    return out


#: (round 27, mg16) A count word right before a plural of attacks or bombings (في ثلاث هجمات، بثلاثة تفجيرات):
#: lists.set_count_words, each with its number; a dual (هجومين، تفجيرين، انفجارين) counts two.
_SET_COUNTS = {w: i + 2 for name in ("set_count_words", "set_count_words_masc") for i, w in enumerate(cue_words(name))}
_SET_WORDS = frozenset(cue_words("set_count_nouns"))
_DUALS = frozenset(cue_words("set_dual_nouns"))
_VIOLENT_SET = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _set_count(ctx: Context, c: Candidate) -> int:
    """How many happenings ``c``'s trigger counts (ثلاث هجمات: 3; هجومين: 2), 0 when it counts none."""
    word = ctx.doc.text[c.start : c.end].split()[0] if c.end > c.start else ""
    word = word[1:] if word[:1] in ("ب", "و") and word[1:] in _DUALS | _SET_WORDS else word
    if word in _DUALS:
        return 2
    if word not in _SET_WORDS:
        return 0
    before = ctx.doc.text[max(0, c.start - 12) : c.start].split()
    if not before:
        return 0
    prev = before[-1]
    prev = prev[1:] if prev[:1] in ("ب", "و", "ف") and prev[1:] in _SET_COUNTS else prev
    if prev.isdigit():
        return int(prev) if 2 <= int(prev) <= 10 else 0
    return _SET_COUNTS.get(prev, 0)


def fold_counted_set(ctx: Context, merged: list[Candidate]) -> list[Candidate]:
    """Drop a row that counts the attacks or bombings of a day in a province ("قتل 21 شخصا مساء أمس في ثلاث هجمات
    استهدفت مناطق في بغداد" then "واستهدف تفجيران انتحاريان … نقطة تفتيش … بينما انفجرت سيارة مفخخة في سوق …") when
    the text right after it (its sentence's rest and the next two sentences) tells two or more of them, at most as
    many as it counts, each a violent row of that province on its day: their sum, not a happening of its own (ACLED
    codes each attack; the sum's toll is theirs together, not one's). Not a set told as "another", not one whose parts
    lie on another day or in another province. Round 27 (helper mg16)."""
    out = list(merged)
    for c in merged:
        if c.cls.acled_type not in _VIOLENT_SET or c.granularity != "discrete" or c.another or c.status in _UNREAL:
            continue
        admin1 = (c.place.geo or {}).get("admin1") if c.place is not None else None
        n = _set_count(ctx, c) if admin1 and len(_day(c)) == 10 else 0
        if n < 2:
            continue
        last = ctx.sentence_index(c.start) + 2
        parts = [
            p
            for p in out
            if p is not c
            # (told right after it: its word, or a mention a row took in from there, "واستهدف تفجيران انتحاريان")
            and any(m.start > c.end and ctx.sentence_index(m.start) <= last for m in p.mentions)
            and p.cls.acled_type in _VIOLENT_SET
            and p.granularity == "discrete"
            and not p.another
            and p.status not in _UNREAL
            and p.place is not None
            and (p.place.geo or {}).get("admin1") == admin1
            and _day(p) == _day(c)
        ]
        if not 2 <= len(parts) <= n:
            continue
        parts[0].mentions.extend(c.mentions)
        out.remove(c)
    return out
