"""Step 5 (place): the places of a clause that can be an event's scene, and the tests that set the others aside: a
wire dateline, where talks sit or a speaker speaks from, a country acting, an operation's or a group's name, the
seat of an office, a street named after a town, a reference point of a distance, a homonym of another country's
place, "the two villages" pointing back. Split out of ``rasd.events.places`` in round 13 (helper dc3), the
functions unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.lexicon import event_lexicon
from rasd.events.model import Candidate
from rasd.geo.recognize.words import (
    BACKER_WORDS,
    COMMAND_NOUNS,
    COMMAND_TITLE_WORDS,
    HOSPITAL_WORDS,
    ORIGIN_WORDS,
    PEOPLE_FROM_KINDS,
    PEOPLE_FROM_NOUNS,
    PEOPLE_FROM_STOPS,
    QUARTER_KINDS_ALT,
    SOURCE_SEAT_NOUNS,
    TRANSFER_WORDS,
    TREATMENT_WORDS,
)
from rasd.resources.cues import CueFile
from rasd.resources.cues import arg_cue_alt as cue_alt
from rasd.resources.cues import arg_cue_words as cue_words
from rasd.text.normalize import normalize, normalize_words


def is_country(ent: Entity) -> bool:
    return str((ent.geo or {}).get("feature") or "").startswith("PCL")


def places_before(places: Iterable[Entity], best: Entity) -> Iterator[Entity]:
    """The places of ``places`` told before ``best`` (ending where it starts or earlier), below country level and in
    its country: the candidates for a finer place that ``best`` only locates (places.described_place,
    place_roles.held_place)."""
    iso3 = (best.geo or {}).get("country_iso3")
    for p in places:
        if p is not best and p.end <= best.start and not is_country(p) and (p.geo or {}).get("country_iso3") == iso3:
            yield p


_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


def treatment_place(ctx: Context, ent: Entity) -> bool:
    """Round 20 (helper geo4): whether a place is where the wounded are treated or taken for treatment: up to four
    words after a word of treatment (ومازلا يعالجان في إسرائيل) or after إلى and a hospital word (نقل المصابين إلى
    مستشفى قوى الأمن بالرياض). A hospital without إلى (قصف مستشفى في إدلب) is a target: not read here."""
    words = normalize_words(_ARABIC_WORD.findall(ctx.doc.text[max(0, ent.start - 60) : ent.start]))[-6:]
    for i, w in enumerate(words):
        if len(words) - i > 5:
            continue  # the cue and at most four words between it and the place (its fused ب counts as one)
        if w in TREATMENT_WORDS:
            return True
        if w in TRANSFER_WORDS and i + 1 < len(words) and words[i + 1] in HOSPITAL_WORDS:
            return True
    return False


#: Round 21 (helper geo5): verbs of saying or stance (and a government's nouns) before a capital, and verbs after it,
#: that make it its government speaking (ar/geo.yaml capital_voice_before / _after), normalized.
_GEO_CUES = CueFile("ar/geo.yaml", section=None)
_VOICE_BEFORE = _GEO_CUES.normalized("capital_voice_before")
_VOICE_AFTER = _GEO_CUES.normalized("capital_voice_after")
_NEXT_WORD = re.compile(r"\s+([\u0621-\u064A]+)")


def _voice_word(word: str, words: frozenset[str]) -> bool:
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


def capital_voice(ctx: Context, ent: Entity) -> bool:
    """Round 21 (helper geo5, round 20's geo4 class): whether a capital is named as its government: the subject of a
    verb of saying or stance right before it (وقالت واشنطن إن، شككت دمشق، هجوم نسبته أنقرة إلى التنظيم), a
    government's noun before it (حكومة طرابلس) or a present-tense verb right after it (دمشق تشكك، بغداد ترفض)."""
    return _capital_framed(ctx, ent, _VOICE_BEFORE, _VOICE_AFTER)


def _capital_framed(ctx: Context, ent: Entity, before: frozenset[str], after: frozenset[str]) -> bool:
    """Whether ``ent`` is a capital (PPLC) with a word of ``before`` right before it or of ``after`` right after it
    (a fused و / ف allowed): :func:`capital_voice`'s and :func:`capital_acting`'s test, each with its own words."""
    if (ent.geo or {}).get("feature") != "PPLC":
        return False
    if _voice_word(ctx.previous_word(ent.start), before):
        return True
    nxt = _NEXT_WORD.match(ctx.doc.text, ent.end)
    return nxt is not None and _voice_word(normalize(nxt.group(1)), after)


_ACTS_BEFORE = _GEO_CUES.normalized("capital_acts_before")
_ACTS_AFTER = _GEO_CUES.normalized("capital_acts_after")


def capital_acting(ctx: Context, ent: Entity) -> bool:
    """Round 33 (helper pl20): whether a capital is named as its government acting or as a source, not as a place:
    after a word of attribution (في الغارات الأخيرة بحسب أنقرة), as the subject of a verb of policy or campaign or of
    its noun (واصلت أنقرة قصفها لقواعد الحزب في شمال العراق، انضمام أنقرة للتحالف) or before such a verb (أنقرة
    ستبدأ بمحاربة التنظيم) (ar/geo.yaml capital_acts_before / _after). Unlike :func:`capital_voice` it is no
    fallback place of its clause's event."""
    return _capital_framed(ctx, ent, _ACTS_BEFORE, _ACTS_AFTER)


#: The words between a word of backing and the state it names (الموالية لإيران، المدعومة من روسيا، المتحالفة مع إيران).
_BACKER_LINKS = frozenset({"من", "مع"})


def backer(ctx: Context, ent: Entity) -> bool:
    """Round 25 (helper geo9): whether a state or its capital is named as the backer of an armed side (فصائل شيعية
    تساندها طهران، القوات الحوثية الموالية لإيران، المعارضة المدعومة من تركيا): a word of backing (``place_cues.yaml``
    ``backer_words``) right before it, a ل fused to it or a من / مع between. A country or a capital only."""
    feature = str((ent.geo or {}).get("feature") or "")
    if not (feature.startswith("PCL") or feature == "PPLC"):
        return False
    text = ctx.doc.text
    j = ctx.word_start(ent.start)
    words = normalize_words(_ARABIC_WORD.findall(text[max(0, j - 40) : j]))[-2:]
    if not words:
        return False
    if words[-1] in _BACKER_LINKS:
        words = words[:-1]
    elif text[j : ent.start] not in ("", "ل"):
        return False  # لإيران: the ل of the backed; بإيران, فيها: no backing
    return bool(words) and (words[-1] in BACKER_WORDS or (words[-1][:1] == "و" and words[-1][1:] in BACKER_WORDS))


def origin(ctx: Context, ent: Entity) -> bool:
    """Round 25 (helper geo9): whether a place is where planes took off or a flight came from (مقاتلات أقلعت من قاعدة
    في ديار بكر بجنوب شرق تركيا؛ رحلة مصر للطيران القادمة من الرياض): a word of departure (``place_cues.yaml``
    ``origin_words``) followed within three words by من, among the seven words before it, no comma or full stop
    between."""
    text = ctx.doc.text
    j = ctx.word_start(ent.start)
    before = text[max(0, j - 80) : j]
    cut = max(before.rfind(c) for c in ".،,:؛\n")
    words = normalize_words(_ARABIC_WORD.findall(before[cut + 1 :]))[-7:]
    # من right after the word, or two words on (أقلعت فجر اليوم من قاعدة في ديار بكر)
    return any(w in ORIGIN_WORDS and "من" in words[i + 1 : i + 4] for i, w in enumerate(words[:-1]))


def people_from(ctx: Context, ent: Entity) -> bool:
    """Round 37 (helper ev2): whether a place is where people named before it come from (قتل أكثر من 7 مسلحين حوثيين
    بينهم قياديون حوثيون من محافظتي صعدة وعمران؛ عناصر من أبناء مدينة تعز): a noun of fighters, leaders or people
    (``place_cues.yaml`` ``people_from_nouns``), one word maybe between, then من, at most two kind words
    (``people_from_kinds``: محافظتي، أبناء مدينة) and, for a later name of a dual or list, the names before it (six
    words at most) and its fused و — their home, not the scene of what befell them (المقاتلين الوافدين من مناطق الضالع
    وردفان ويافع: each name of the list). No comma or full stop between; not after a word of driving out, leaving or
    fleeing among the five words before من (``people_from_stops``: بطرد الحوثيين وحلفائهم من محافظة لحج)."""
    text = ctx.doc.text
    j = ctx.word_start(ent.start)
    before = text[max(0, j - 80) : j]
    cut = max(before.rfind(c) for c in ".،,:؛\n")
    words = normalize_words(_ARABIC_WORD.findall(before[cut + 1 :]))[-12:]
    for k in range(len(words) - 1, max(-1, len(words) - 10), -1):
        if words[k] != "من":
            continue
        rest = words[k + 1 :]
        kinds = 0
        while kinds < len(rest) and kinds < 2 and rest[kinds] in PEOPLE_FROM_KINDS:
            kinds += 1
        tail = rest[kinds:]
        if len(tail) > 6:
            return False  # (a list's earlier names, six words at most, before this one's fused و)
        if tail and not text[j : ent.start].startswith("و"):
            return False
        head = words[max(0, k - 2) : k]
        if any(w in PEOPLE_FROM_STOPS for w in words[max(0, k - 5) : k]):
            return False  # بطرد الحوثيين وحلفائهم من محافظة لحج: whence they were driven, the act's own place
        return any(w in PEOPLE_FROM_NOUNS or (w[:1] in "وب" and w[1:] in PEOPLE_FROM_NOUNS) for w in head)
    return False


#: Round 30 (helper pl16): kind words allowed between في and the seat's name (مصادر في محافظة عدن), normalized.
_SEAT_KINDS = frozenset(normalize(w) for w in ("منطقة", "محافظة", "مدينة", "العاصمة", "ولاية"))


def source_seat(ctx: Context, ent: Entity) -> bool:
    """Round 30 (helper pl16): whether a place is where a report's source or a speaking official sits, told right
    after them (مصادر عسكرية في عدن، المسؤول الصحي في عدن، عدد من المسؤولين بمنطقة جازان; ``place_cues.yaml``
    ``source_seat_nouns``): في or a fused ب before it, a kind word maybe between, and the noun at most two words
    before that, no comma or full stop between."""
    key = ("source_seat", ent.start)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = _source_seat(ctx, ent)
    return bool(hit)


def _source_seat(ctx: Context, ent: Entity) -> bool:
    text = ctx.doc.text
    j = ctx.word_start(ent.start)
    fused = text[j : ent.start]
    before = text[max(0, j - 80) : j]
    cut = max(before.rfind(c) for c in ".،,:؛\n!?؟")
    words = normalize_words(_ARABIC_WORD.findall(before[cut + 1 :]))
    if fused not in ("ب", "وب"):
        if fused or not words:
            return False
        if words[-1][:1] == "ب" and words[-1][1:] in _SEAT_KINDS:
            words = words[:-1]  # بمنطقة جازان
        else:
            if words[-1] in _SEAT_KINDS:
                words = words[:-1]  # في منطقة جازان
            if not words or words[-1] != "في":
                return False
            words = words[:-1]
    return any(w in SOURCE_SEAT_NOUNS or (w[:1] in "وفل" and w[1:] in SOURCE_SEAT_NOUNS) for w in words[-3:])


def command_place(ctx: Context, ent: Entity) -> bool:
    """Round 30 (helper pl16): whether a place names a military command right after its commander's title (لقائد محور
    البيضاء، قيادة محور تعز; ``place_cues.yaml`` ``command_title_words``, ``command_nouns``): the command, not the
    scene of what befell its commander."""
    text = ctx.doc.text
    j = ctx.word_start(ent.start)
    if text[j : ent.start]:
        return False
    words = normalize_words(_ARABIC_WORD.findall(text[max(0, j - 40) : j]))[-2:]
    return len(words) == 2 and words[0] in COMMAND_TITLE_WORDS and words[1] in COMMAND_NOUNS


def clause_places(ctx: Context, start: int, end: int, venues: bool = False) -> list[Entity]:
    """The places of ``[start, end)`` that can be an event's scene; ``venues``: keep where talks or a speaker sit."""
    out = []
    for ent in ctx.places_in(start, end):
        key = (id(ent), venues)  # the context holds its places: an id names one of them while it lives
        scene = ctx.scenes.get(key)
        if scene is None:
            scene = ctx.scenes[key] = _can_be_scene(ctx, ent, venues)
        if scene:
            out.append(ent)
    return out


def _can_be_scene(ctx: Context, ent: Entity, venues: bool) -> bool:
    """Whether the place ``ent`` can be an event's scene (:func:`clause_places`' filters)."""
    if ctx.inside_actor(ent.start, ent.end):
        return False
    if in_dateline(ctx, ent):
        return False  # "واس- صنعاء: أكدت المقاومة …": where the wire filed the story
    if not venues and is_venue(ctx, ent):
        return False  # "بينما تتواصل المحادثات في جنيف": where talks sit, not where the fighting is
    if is_country(ent) and not ctx.locative(ent):
        return False  # أعلنت روسيا: a country acting, not the scene
    if capital_acting(ctx, ent):
        return False  # بحسب أنقرة، واصلت أنقرة قصفها، انضمام أنقرة للتحالف: a government acting (round 33)
    if capital_voice(ctx, ent):
        return False  # قالت واشنطن، شككت دمشق، نسبته أنقرة، حكومة طرابلس: a capital as its government (round 21)
    if backer(ctx, ent):
        return False  # فصائل تساندها طهران، القوات الموالية لإيران: a backer, not the scene (round 25)
    if origin(ctx, ent):
        return False  # أقلعت من قاعدة في ديار بكر، الرحلة القادمة من الرياض: whence, not where (round 25)
    if people_from(ctx, ent):
        return False  # قياديون حوثيون من محافظتي صعدة وعمران: their home, not the scene (round 37, ev2)
    if treatment_place(ctx, ent):
        return False  # "ومازلا يعالجان في إسرائيل"، "إلى مستشفى قوى الأمن بالرياض": where the wounded are treated
    if in_operation_name(ctx, ent) or dual_anaphor(ctx, ent):
        return False
    if office_seat(ctx, ent):
        return False  # "أمير منطقة تبوك"، "محافظ القطيف"، "الجمعية الخيرية … في منطقة الرياض": who speaks, from where
    if named_site(ctx, ent) or in_group_name(ctx, ent):
        return False  # "شارع بغداد" in Damascus, "أنصار بيت المقدس": a place's name inside another name
    # "بين منطقتي المهدية والماسورة بمدينة رفح": a Rafah village, not the Tunisian town
    return not foreign_homonym(ctx, ent)


#: A street, a square, a bridge or a roundabout named after a place (شارع بغداد in Damascus, شارعي الثورة وبغداد):
#: the place named is not where the street is.
_SITE_HEAD = r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال)?(?:" + cue_alt("site_nouns") + ")"
_SITE = re.compile(_SITE_HEAD + r"\s+$")
_SITE_LIST = re.compile(_SITE_HEAD + r"\s+[^\s،,.:؛]+\s+$")


def named_site(ctx: Context, ent: Entity) -> bool:
    """Whether a place is the name of a street or a square (شارع بغداد، ساحة عدن، شارعي الثورة وبغداد)."""
    text = ctx.doc.text
    j = ctx.word_start(ent.start)
    before = text[max(0, j - 40) : j]
    if _SITE.search(before):
        return True
    # the second name of "شارعي الثورة وبغداد"
    return text[j : ent.start].startswith("و") and bool(_SITE_LIST.search(before))


#: The head of an armed group's name that a place may end (أنصار بيت المقدس، جند الشام، كتائب …، سرايا …).
_GROUP_HEAD = r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:" + cue_alt("group_heads") + r")\s+"
_GROUP = re.compile(_GROUP_HEAD + r"$")
_SIDE = re.compile(r"(?:ال)?(?:" + cue_alt("side_words") + ")")
#: Words before a place that make it a place again (في بيت المقدس، إلى بيت المقدس).
_PLACE_AGAIN = frozenset(cue_words("place_again_words"))


def in_group_name(ctx: Context, ent: Entity) -> bool:
    """Whether a place is the end of an armed group's name (تنظيم أنصار بيت المقدس), or the same name where the
    article names the group by it elsewhere without a preposition of place (أحد قادة بيت المقدس بسيناء)."""
    text = ctx.doc.text
    if _SIDE.match(text, ent.start):
        return False  # "مواقع التنظيم شرقي الرمادي": a side of a town, never a name
    j = ctx.word_start(ent.start)
    if _GROUP.search(text[max(0, j - 30) : j]):
        return True
    if ctx.previous_word(ent.start) in _PLACE_AGAIN:
        return False
    return _group_named(text, text[ent.start : ent.end])


#: how far before a name :func:`_group_named` looks for a group head (a head word, a proclitic and the spaces after)
_HEAD_REACH = 60


def _group_named(text: str, name: str) -> bool:
    """Whether ``name`` is written somewhere in ``text`` as a group's name: a group head before it (:data:`_GROUP`,
    read on the full text so that its look-behind sees the word before), no letter after it. Each occurrence found
    by ``str.find`` (round 21, the lead: a pattern compiled per name cost more than the search; the same answers on
    the bench's 1,000 articles)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if not _LETTER_AFTER.match(text, end) and _GROUP.search(text, max(0, i - _HEAD_REACH), i):
            return True
        i = text.find(name, i + 1)
    return False


_LETTER_AFTER = re.compile(r"[\u0621-\u064A]")


#: Words before a place that hold the place named just before it (المهدية بمدينة رفح، التابعة لمحافظة شمال سيناء).
_WITHIN = frozenset(cue_words("within_words"))


def foreign_homonym(ctx: Context, ent: Entity) -> bool:
    """Whether a place read in one country is told inside a place of another (بين منطقتي المهدية والماسورة بمدينة رفح
    التابعة لمحافظة شمال سيناء): past the places listed with it, the next place, a few words on with no full stop or
    comma between, is a town or a province of another country introduced as what holds it (ب، في، بمدينة، التابعة
    لمحافظة), and the article names no other place of the first one: a homonym of a place of the second."""
    country = (ent.geo or {}).get("country_iso3")
    if not country:
        return False
    text = ctx.doc.text
    last = ent
    for p in ctx.places_in(ent.end, ent.end + 80):
        if re.search(r"[.،,؛:!?؟\n]", text[last.end : p.start]) or ctx.words_between(last.end, p.start) > 4:
            return False
        prev = ctx.previous_word(p.start)
        if prev in ("و", "او"):
            last = p  # "المهدية والماسورة": listed with it
            continue
        other = (p.geo or {}).get("country_iso3")
        if not other or other == country or is_country(p) or prev not in _WITHIN:
            return False  # "في مدينة نجران أطلقت من جهة اليمن": two places, not one inside the other
        return not any(q is not ent and (q.geo or {}).get("country_iso3") == country for q in ctx.places)
    return False


#: Round 37 (helper ad1): the kind of a local landmark or area before its name, with a fused proclitic or not.
_LANDMARK_KINDS = frozenset(
    p + normalize(w) for p in ("", "و", "ب", "وب", "ل", "ف") for w in cue_words("landmark_kinds")
)
#: The same for an area's kind that also tells real towns (منطقة أضنة): before a mere town's name only.
_LANDMARK_AREA_KINDS = frozenset(
    p + normalize(w) for p in ("", "و", "ب", "وب", "ل", "ف") for w in cue_words("landmark_area_kinds")
)


#: Gazetteer features of a mere town or quarter: another homonym of them (جبهتي الجفينة والفاو in Marib, al-Faw read in
#: Basra) does not make the article tell of their country.
_MINOR_FEATURES = frozenset({"PPL", "PPLX", "PPLL", "PPLQ", "PPLF"})


def landmark_abroad(ctx: Context, ent: Entity) -> Entity | None:
    """Round 37 (helper ad1): a town or village read in country C that is a local landmark's name in another country:
    told by a landmark's kind (سيطرت المقاومة على جبل عريش، تعرضت الأحياء لقصف من قلعة القاهرة، في منطقة قريبة من
    متنزه الشيخ زايد، سيطرت القوات على منطقة العلم عند المدخل الشرقي لعدن), not a province or a country, in an article
    that names no seat, province or capital of C nor C itself (a village of C, another homonym, may stand) and names
    places below country level of another country (an area's kind, منطقة, only before a mere town's name: منطقة
    أضنة is Adana). Returns the place of the other country that says where the landmark is: the nearest of its
    sentence, else the nearest one before it; None when the name is C's."""
    g = ent.geo or {}
    country = g.get("country_iso3")
    if not country or is_country(ent) or g.get("feature") in ("ADM1", "REGION"):
        return None
    kind = ctx.previous_word(ent.start)
    if kind not in _LANDMARK_KINDS and not (kind in _LANDMARK_AREA_KINDS and g.get("feature") in _MINOR_FEATURES):
        return None  # (منطقة أضنة: a seat told as an area is the town itself)
    text = ctx.doc.text
    name = normalize(text[ent.start : ent.end])
    others = []
    for q in ctx.places:
        qg = q.geo or {}
        if qg.get("country_iso3") == country:
            if q is ent or normalize(text[q.start : q.end]) == name:
                continue  # the landmark's name again (جبل عريش … الجبل)
            if is_country(q) or qg.get("feature") not in _MINOR_FEATURES:
                return None  # C named elsewhere (its capital, a seat, a province or C itself): the name may be C's
        elif qg.get("country_iso3") and qg.get("admin1") and not is_country(q):
            others.append(q)  # (a local group's town too: نقطة تفتيش للمقاومة الشعبية في تعز)
    if not others:
        return None
    sent = ctx.sentence(ent.start)
    own = [q for q in others if sent.start <= q.start < sent.end]
    if own:
        return min(own, key=lambda q: abs(q.start - ent.start))
    before = [q for q in others if q.end <= ent.start]
    return before[-1] if before else None


#: A place named only as a reference point of a distance (على بعد 10 كيلومترات من كوباني، 35 كيلومترا شمال شرقي
#: بغداد، تبعد نحو 20 كم عن صنعاء): the event is near it, not in it.
_REFERENCE = gated(
    re.compile(
        r"(?:(?<![\u0621-\u064A])على\s+(?:بعد|مسافة)|(?<![\u0621-\u064A])(?:ي|ت)بعد)(?:\s+[^\s،,.:؛]+){0,5}?\s+(?:من|عن)\s+"
        r"(?:(?:" + cue_alt("reference_kinds") + r")\s+)?$"
        r"|(?<![\u0621-\u064A])(?:" + cue_alt("distance_units") + r")\s+"
        r"(?:(?:إلى|الى)\s+)?(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)[\u0621-\u064A]{0,2}\s+){0,2}(?:(?:من|عن)\s+)?"
        r"(?:(?:" + cue_alt("reference_kinds") + r")\s+)?$"
    )
)


def reference_point(ctx: Context, ent: Entity) -> bool:
    """Whether a place is named only as where a distance is measured from (على بعد نحو عشرة كيلومترات من بلدة
    كوباني، 35 كيلومترا شمال شرقي بغداد)."""
    key = ("reference_point", ent.start)  # (round 26, sp5) asked ~3 times per place: read once per document
    hit = ctx.memo.get(key)
    if hit is None:
        text = ctx.doc.text
        j = ctx.word_start(ent.start)
        hit = ctx.memo[key] = bool(_REFERENCE.search(text[max(0, j - 70) : j]))
    return hit


#: An office named by its place (أمير منطقة تبوك، محافظ القطيف، أمين منطقة الرياض، رئيس بلدية صيدا): the office-holder
#: speaks of an event, the place is his seat.
#: (round 43, sp20) behind the gate of its words (rasd.events.gates): a window with none is not searched.
_OFFICE = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف|ل|ب)?(?:ال)?(?:"
        + cue_alt("office_titles")
        + r")\s+(?:منطقة\s+|محافظة\s+|مدينة\s+)?$"
        # round 11: the commander of an operation named after its goal (قائد عملية استعادة قاعدة العند): a title
        r"|(?<![\u0621-\u064A])(?:و|ف|ل|ب)?(?:ال)?قائد\s+(?:عملية|عمليات)(?:\s+[^\s،,.:؛]+){1,2}?\s+"
        r"(?:(?:" + cue_alt("operation_goal_kinds") + r")\s+)?$"
    )
)
#: Round 24 (helper geo8): a civil body's office-holder named by his body and its place (مدير تعليم ينبع، رئيس المجلس
#: البلدي بمنطقة تبوك، قائد قوة أمن المنشآت بمنطقة المدينة المنورة; ar/geo.yaml seat_office_holders /
#: seat_office_bodies): he condemns or visits, the place is his seat, not where the bombing he speaks of was.
#: (round 43, sp20) behind the gate of its words (rasd.events.gates): a window with none is not searched.
_SEAT_OFFICE = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف|ل|ب)?(?:ال)?(?:" + _GEO_CUES.alt("seat_office_holders") + r")\s+(?:عام\s+)?"
        r"(?:" + _GEO_CUES.alt("seat_office_bodies") + r")\s+(?:في\s+|ب|ل)?(?:منطقة\s+|محافظة\s+|مدينة\s+)?$"
    )
)
#: An association's seat after its name (الجمعية الخيرية لتحفيظ القرآن الكريم في منطقة الرياض): at most six words
#: between, no punctuation (a university or a branch office can be the scene itself: دخلت القوات جامعة الأنبار).
_BODY_SEAT = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف|ل|ب)?(?:ال)?(?:جمعية|جمعيه)(?![\u0621-\u064A])"
        r"(?:\s+[^\s،,.:؛]+){0,6}?\s+(?:في\s+|ب)(?:منطقة\s+|محافظة\s+|مدينة\s+)?$"
    )
)


#: A place that ends an association's name (جمعية تحفيظ الرياض، جمعية البر بجدة is the seat form above): at most three
#: words between, no punctuation.
_BODY_NAME = gated(re.compile(r"(?<![\u0621-\u064A])(?:و|ف|ل|ب)?(?:ال)?(?:جمعية|جمعيه)(?:\s+[^\s،,.:؛]+){1,3}?\s+$"))


def office_seat(ctx: Context, ent: Entity) -> bool:
    """Whether a place is the seat of an office or a body named just before it (أمير منطقة تبوك، محافظ القطيف،
    الجمعية الخيرية … في منطقة الرياض): where a condemnation or a visit comes from, not the scene."""
    text = ctx.doc.text
    j = ent.start
    while j > 0 and text[j - 1].isalpha() and j > ent.start - 2 and text[j - 1] in "بل":
        j -= 1  # a fused proclitic (بعسير)
    before = text[max(0, j - 90) : j]
    if _OFFICE.search(before) or _SEAT_OFFICE.search(before):
        return True
    m = _BODY_SEAT.search(before) or _BODY_NAME.search(before)
    if m is not None and _QUARTER.search(before, 0, m.start()):
        return False  # round 27 (geo12): "في محيط مسجد … بحي جمعية الزهراء شمال غرب حلب": a quarter's name
    return m is not None and not event_lexicon().triggers.find_all(before[m.start() :])


#: Round 27 (helper geo12): a quarter's kind word right before جمعية (حي جمعية الزهراء، بحي الجمعية): its name.
_QUARTER = re.compile(r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?(?:" + QUARTER_KINDS_ALT + r")\s+[وفبل]?$")


#: An operation's name in quotes before a place (معركة "الثأر للزبداني"، عملية «تحرير الرمادي»): the place names
#: what the operation is for or about, not where the act told with it happens.
_OPERATION = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال)?(?:" + cue_alt("operation_nouns") + r")\s*[«“\"][^»”\"]{0,40}$"
)
#: A definite dual of a kind of place (القريتين، البلدتين، المدينتين): the two places named just before, never a town
#: of that name unless a kind word comes before it (مدينة القريتين).
_DUAL = re.compile(r"^(?:و|ف|ب|ل)?(?:ال|لل)(?:" + cue_alt("dual_anaphors") + ")$")


def in_operation_name(ctx: Context, ent: Entity) -> bool:
    """Whether a place stands inside an operation's quoted name (ضمن المرحلة الثانية من معركة “الثأر للزبداني”)."""
    return bool(_OPERATION.search(ctx.doc.text, max(0, ent.start - 60), ent.start))


_DUAL_WORD = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال|لل)(?:" + cue_alt("dual_town_nouns") + r")(?![\u0621-\u064A])"
)
_DUAL_HEAD = frozenset(cue_words("dual_heads"))
#: A kind word before a dual that makes it a town's name (مدينة القريتين), normalized.
_DUAL_NAME_KINDS = cue_words("dual_name_kinds")


def dual_places(ctx: Context, cand: Candidate) -> list[Entity]:
    """The two places a definite dual in the trigger's clause points back at ("اشتباكات … في قريتي تل أعور والفريكة
    … أسفرت عن سيطرة قوات الأسد على القريتين"): the last "قريتي X وY" of this or the sentence before."""
    if not _DUAL_WORD.search(ctx.doc.text, cand.end, cand.clause[1]):
        return []
    i = ctx.sentence_index(cand.sentence[0])
    lo = ctx.sentences[i - 1].start if i > 0 else cand.sentence[0]
    places = ctx.places_in(lo, cand.start)
    for k in range(len(places) - 2, -1, -1):
        first, second = places[k], places[k + 1]
        gap = ctx.doc.text[first.end : second.start].strip()
        if ctx.previous_word(first.start) in _DUAL_HEAD and gap in ("و", ""):
            return [first, second]
    return []


def dual_anaphor(ctx: Context, ent: Entity) -> bool:
    """Whether a place is "the two villages" pointing back (أسفرت عن سيطرة قوات الأسد على القريتين)."""
    if not _DUAL.match(ctx.doc.text[ctx.word_start(ent.start) : ent.end]):
        return False
    return ctx.previous_word(ctx.word_start(ent.start)) not in _DUAL_NAME_KINDS


#: A place where talks, a conference or a meeting sit, or where a speaker or an embassy speaks from (محادثات السلام
#: في جنيف، مؤتمر صحفي عقده في القاهرة، قال من عمّان، في تصريح من الرياض، سفارة اليمن في واشنطن): the words right
#: before the place (at most four words, no comma or full stop between).
_VENUE = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل|ك)?(?:ال)?"
        r"(?:" + cue_alt("venue_nouns") + ")"
        r"(?![\u0621-\u064A])(?:\s+[^\s،,.:؛]+){0,4}?\s+(?:(?:في|ب)\s*|من\s+)?$"
        r"|(?<![\u0621-\u064A])(?:و|ف)?(?:(?:ان|ت|ي|الم)?(?:" + cue_alt("convene_stems") + ")"
        "|" + cue_alt("host_verbs") + ")"
        r"\s+(?:في|ب)\s*$"
        r"|(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("venue_speech_verbs") + r")\s+من\s+$"
        r"|(?<![\u0621-\u064A])(?:و|ف)?(?:في|ب)\s*(?:"
        + cue_alt("statement_nouns")
        + r")(?:\s+[^\s،,.:؛]+){0,3}?\s+من\s+$"
    )
)
#: An embassy or consulate in a place: where its staff speak from, unless the trigger right before it hits it (هجوم
#: على السفارة الأمريكية في صنعاء).
_EMBASSY = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:" + cue_alt("embassy_nouns") + r")(?![\u0621-\u064A])"
        r"(?:\s+[^\s،,.:؛]+){0,3}?\s+(?:في|ب)\s*$"
    )
)
#: The embassy as the trigger's target or a protest's site (هجوم على السفارة، تظاهروا أمام السفارة): the scene.
#: Round 14 (helper pl5): a whole word, after at most a conjunction and a preposition (وعلى، بمحيط), never the end of
#: another word (مقرب، أعلى، عقرب).
_EMBASSY_SCENE = r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:" + cue_alt("embassy_scene_words") + r")\s*$"
#: Words of a place's kind allowed between the venue's preposition and the name (في مدينة جنيف، في العاصمة السويسرية).
_VENUE_KIND = gated(re.compile(r"\s*(?:مدينة|العاصمة(?:\s+[^\s،,.:؛]+)?)\s*$"))


def is_venue(ctx: Context, ent: Entity) -> bool:
    """Whether a place is where talks, a conference or a meeting sit, or where a speaker or an embassy speaks from."""
    text = ctx.doc.text
    a = max(0, ent.start - 90)
    before = text[a : ent.start]
    kind = _VENUE_KIND.search(before)
    if kind:
        before = before[: kind.start()] + " "
    v = _VENUE.search(before)
    if v is not None:
        # "عقب اجتماع القادة اندلعت اشتباكات في حلب": a happening told between the meeting and the place is its own
        between = before[v.start() + len(v.group(0).split()[0]) :]
        return not event_lexicon().triggers.find_all(between)
    m = _EMBASSY.search(before)
    if m is None:
        return False
    # the embassy as the trigger's target or a protest's site (هجوم على السفارة، تظاهروا أمام السفارة): the scene
    head = text[max(0, a + m.start() - 30) : a + m.start()]
    if re.search(_EMBASSY_SCENE, head):
        return False
    return not event_lexicon().triggers.find_all(head)


def _agency_pattern(name: str) -> str:
    """An agency's name as a pattern. An abbreviation written letter by letter (أ ف ب، د ب أ) is also matched in the
    spellings the corpus has: with dots, with or without spaces, with any alef (أ.ف.ب، أ. ف. ب، أف ب، ا ف ب)."""
    letters = name.split()
    if len(letters) < 2 or any(len(x) != 1 for x in letters):
        return re.escape(name)
    return r"\s*\.?\s*".join("[اأإآ]" if c in "اأإآ" else re.escape(c) for c in letters) + r"\.?"


#: The agencies with the unvowelled spelling of AFP (ا ف ب), before or after a dateline's place; round 14 (helper
#: pl5): every spelling of an abbreviation (أ.ف.ب، أ. ف. ب), and the same list for a dateline sentence
#: (``is_dateline`` read only the first list: "القاهرة - ا ف ب" was taken for a lead with a place).
_AGENCIES = "|".join(
    dict.fromkeys(_agency_pattern(w) for w in cue_words("wire_agencies") + cue_words("wire_agencies_extra"))
)
#: A wire dateline ("بيروت 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"): where the story was filed, not where it
#: happened.
_DATELINE = re.compile(r"الموافق|(?:^|\s)(?:" + _AGENCIES + r")\s*[-–]?\s*$")
_AGENCY_BEFORE = re.compile(r"(?:" + _AGENCIES + r")\s*[-–]\s*$")


def in_dateline(ctx: Context, ent: Entity) -> bool:
    """A place written as a wire dateline at the head of a sentence (واس- صنعاء:، صنعاء - رويترز:)."""
    text = ctx.doc.text
    sent = ctx.sentence(ent.start)
    if ent.start - sent.start > 30:
        return False
    after = text[ent.end : ent.end + 16]
    return bool(_AGENCY_BEFORE.search(text[sent.start : ent.start]) and re.match(r"\s*:", after)) or bool(
        re.match(r"\s*[-–]\s*(?:" + _AGENCIES + r")\s*:", after)
    )


def is_dateline(sentence: str) -> bool:
    return len(sentence.split()) <= 14 and bool(_DATELINE.search(sentence.strip()))
