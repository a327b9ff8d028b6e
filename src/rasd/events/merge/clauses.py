"""Steps 6a and 6b: the triggers of one clause that tell one thing become one event (:func:`merge_clause`), and a
weak or subordinate event of a sentence joins that sentence's main event (:func:`merge_sentence`)."""

from __future__ import annotations

import re

from rasd.document import Entity
from rasd.events.coding import ER, RANK, VIOLENT
from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.merge.areas import two_places
from rasd.events.model import Candidate
from rasd.events.place_filters import is_country
from rasd.events.places import clause_places, place_key, place_precision
from rasd.resources.cues import EVENT_MERGE_CUES, CueFile, sentence_cue_alt
from rasd.resources.cues import merge_cue_alt as cue_alt
from rasd.resources.cues import merge_cue_set as cue_set
from rasd.resources.cues import merge_normalized_cues as normalized_cues
from rasd.text.normalize import normalize

#: The cue file of happenings told apart (round 19's days; round 25's sites).
_APART = CueFile("ar/event_apart_cues.yaml")


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
    if pa is not None and pb is not None and place_key(pa) != place_key(pb):
        return True
    return two_objects(ctx, a, b)


#: The object of a trigger told right after it: a preposition (in the trigger, السيطرة على، or right after it), at
#: most two kinds of place or site (مديريتي، موقع سد; lists.object_kinds of event_apart_cues.yaml) and the name.
#: Round 26 (helper mg15).
_OBJECT = re.compile(
    r"\s*(?:(?:على|في|إلى|الى)\s+|ب)?((?:(?:و|ف)?(?:"
    + _APART.alt("object_kinds")
    + r")\s+){0,2})[«\"“(]?([\u0621-\u064A]{3,})(?![\u0621-\u064A])"
)
#: A pronoun of the place told before, at most one word after an object's name (موقع الضباط فيها; lists.
#: object_inside_words).
_INSIDE = re.compile(r"(?:\s+[\u0621-\u064A]+)?\s+(?:" + _APART.alt("object_inside_words") + r")(?![\u0621-\u064A])")
#: A preposition the trigger ends with (السيطرة على، سيطرتها الكاملة على).
_ENDS_AT = re.compile(r"(?<![\u0621-\u064A])(?:على|في)\s*$")


def object_site(ctx: Context, c: Candidate) -> Entity | str | None:
    """What a violent trigger's object names right after it (السيطرة الكاملة على مديريتي مشرعة وحدنان، السيطرة على
    موقع سد الفجرة، قصف على مطار صنعاء): the gazetteer's place that starts at the name, else the name of a site told
    by its kind (normalized, without the article); ``None`` when no preposition ties the object to the trigger (the
    trigger ending with it or the word right after it) nor a kind right after it (تحرير مديرية الوضيع), or neither a
    kind nor a place of the gazetteer is told."""
    if c.cls.acled_type not in VIOLENT:
        return None
    text = ctx.doc.text
    m = _OBJECT.match(text, c.end, min(len(text), c.end + 60))
    if m is None or m.start(2) >= c.sentence[1]:
        return None
    tied = bool(m.group(1)) or bool(_ENDS_AT.search(text, c.start, c.end)) or m.group(0).lstrip()[:1] == "ب"
    tied = tied or bool(re.match(r"\s*(?:على|في|إلى|الى)\s", m.group(0)))  # (a kind right after it: تحرير مديرية)
    if not tied or text[c.end : m.start(2)].count("،") or normalize(m.group(2)) in _NOT_SITE_NAME:
        return None
    if _INSIDE.match(text, m.end(2)):
        return None  # "السيطرة على حي الضباط فيها": a part of the place told before, its location
    for p in ctx.places_in(m.start(1) if m.group(1) else m.start(2), m.end(2)):
        if _listed(p):
            return p
    if not m.group(1) or m.group(2).startswith("لل"):
        return None  # (no kind: a word that is no place; "على معسكر للجيش": its owner)
    return _site_name(m.group(2))


def two_objects(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """Whether two violent triggers of one ACLED sub-type in one sentence each have an object of their own right after
    them (:func:`object_site`), and the two are different places ("أكدت مصادر … السيطرة الكاملة على مديريتي مشرعة
    وحدنان بجبل صبر والتوجه لمحاصرة موقع العروس بعد السيطرة على موقع سد الفجرة"): two acts at two locations, two
    rows in ACLED's coding (one row per location and day). One place told twice (السيطرة على مديرية … السيطرة على
    المديرية نفسها), or a village and its district or town (:func:`one_area`), stay one. Round 26 (helper mg15)."""
    pair = _in_order(ctx, a, b)
    if ctx is None or pair is None or a.cls.acled_sub_type != b.cls.acled_sub_type or a.cls.acled_sub_type is None:
        return False  # (a capture and the fighting told with it are one event: ruling 3)
    oa, ob = object_site(ctx, a), object_site(ctx, b)
    if oa is None or ob is None:
        return False
    if isinstance(oa, Entity) and isinstance(ob, Entity):
        return two_places(oa, ob)
    text = ctx.doc.text
    name_a = oa if isinstance(oa, str) else _site_name(text[oa.start : oa.end].split()[0])
    name_b = ob if isinstance(ob, str) else _site_name(text[ob.start : ob.end].split()[0])
    return name_a != name_b


#: A word of sequence and a death right after it (بعد مقتل، عقب استشهاد، في أعقاب اغتيال; lists.sequence_markers,
#: lists.sequence_deaths).
_SEQUENCE = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alt("sequence_markers")
    + r")\s+(?:"
    + cue_alt("sequence_deaths")
    + r")(?![\u0621-\u064A])"
)


def answered(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """Whether two violent triggers of one sentence tell two happenings, a deed and a death told after it by a word
    of sequence ("رد الجيش التركي بقصف مواقع التنظيم بعد مقتل جندي في إطلاق نار منها"، "قصفت الدبابات مواقع التنظيم
    عقب مقتل جنديين بنيران أطلقت من الجانب الآخر"): the death came first (it cannot be the deed's toll), with the
    fire that caused it told after it. The first must be a deed (a strike, a shelling, an attack, a clash), not a
    death (قتل خمسة بعد انفجار عبوة: the blast's toll), nor a capture (سيطرت القوات على البلدة بعد مقتل قائدها), nor
    a definite noun (الاشتباكات بدأت بعد مقتل …: the fighting told before, and what set it off); the death is told
    within 40 characters before the second. Round 14b (helper ev9)."""
    if ctx is None:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.toll or first.cls.name in ("killing", "capture", "recapture") or first.cause or second.cause:
        return False
    if first.definite:
        return False  # "الاشتباكات بدأت بعد مقتل أحد أفراد القبيلة": the fighting told before, and what set it off
    if first.cls.acled_type not in VIOLENT or second.cls.acled_type not in VIOLENT:
        return False
    return _SEQUENCE.search(ctx.doc.text, max(first.end, second.start - 40), second.end) is not None


def _in_order(ctx: Context | None, a: Candidate, b: Candidate) -> tuple[Candidate, Candidate] | None:
    """Two triggers of one sentence in text order, when the second starts after the first ends (the words between
    them can tell them apart); ``None`` otherwise or without a context."""
    if ctx is None or a.sentence != b.sentence:
        return None
    first, second = (a, b) if a.start < b.start else (b, a)
    return None if second.start <= first.end else (first, second)


#: A day or more between two happenings of one sentence: the day after or the eve of (غداة، عشية), or after / before
#: a span of days (بعد ستة أيام من، بعد يومين على، قبل أسبوع من; lists.day_marks, day_span_sides, day_span_counts,
#: day_span_units, day_span_links). Round 18b (helper mg7).
_DAY_SPAN = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:(?:"
    + cue_alt("day_marks")
    + r")|(?:"
    + cue_alt("day_span_sides")
    + r")\s+(?:(?:"
    + cue_alt("day_span_counts")
    + r")\s+)?(?:"
    + cue_alt("day_span_units")
    + r")\s+(?:"
    + cue_alt("day_span_links")
    + r"))(?![\u0621-\u064A])"
)


#: A verb of coming at most four words before a day mark (ويأتي الهجوم غداة، ويأتي تبادل إطلاق النار هذا بعد ثلاثة أيام
#: من، التي أتت غداة; lists.day_coming_verbs): "X comes a day after Y". Round 18b (helper mg7).
_COMING = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:" + cue_alt("day_coming_verbs") + r")(?![\u0621-\u064A])(?:\s+\S+){0,4}\s*$"
)


def day_apart(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """Whether a mark of a day or more, said by a verb of coming, stands between two triggers of one sentence ("ووقع
    الانفجار … ويأتي بعد ستة أيام من تفجير انتحاري قتل ثلاثة رجال شرطة"، "هذه التفجيرات التي أتت غداة مقتل 23 شخصا
    … في تفجير سيارتين مفخختين"): "X comes a day after Y", Y a happening of another day, never one with X. Both told
    after the mark (غداة هجوم انتحاري قتل فيه …) stay one, and so does a bare mark ("وأعلنوا مقتل أربعة مدنيين بعد
    أسبوع من أعنف قتال": a stretch of war, not a happening of its own). Round 18b (helper mg7)."""
    return _day_mark(ctx, a, b) is not None or another_time(ctx, a, b)


def _day_mark(ctx: Context | None, a: Candidate, b: Candidate) -> re.Match[str] | None:
    """The mark of :func:`day_apart` between two triggers of one sentence, if any."""
    pair = _in_order(ctx, a, b)
    if ctx is None or pair is None:
        return None
    first, second = pair
    text = ctx.doc.text
    mark = _DAY_SPAN.search(text, first.end, second.start)
    if mark is None or not _COMING.search(text, max(first.sentence[0], mark.start() - 80), mark.start()):
        return None
    return mark


#: (round 36, rw1) A span told back from the happening before it by a pronoun or ذلك (وبعدها بأيام، بعد ذلك بيومين،
#: وقبلها بساعات; lists.span_back_sides, span_back_counts, span_back_units).
_SPAN_BACK = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:"
    + cue_alt("span_back_sides")
    + r")\s+ب(?:(?:"
    + cue_alt("span_back_counts")
    + r")\s+)?(?:"
    + cue_alt("span_back_units")
    + r")(?![\u0621-\u064A])"
)
#: (round 36, rw1) A span before a happening, fronted at the head of its sentence up to that happening's word (وقبل
#: ساعات من الغارة; lists.front_before_sides, span_back_counts, span_back_units, front_before_links).
_FRONT_BEFORE = re.compile(
    r"\W*(?:و|ف)?(?:"
    + cue_alt("front_before_sides")
    + r")\s+(?:(?:"
    + cue_alt("span_back_counts")
    + r")\s+)?(?:"
    + cue_alt("span_back_units")
    + r")\s+(?:"
    + cue_alt("front_before_links")
    + r")\s*"
)


def another_time(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """Whether two triggers of one sentence are told at two times by a span between them told back from the first
    ("قتل 33 شخصا في هجوم انتحاري …، وبعدها بأيام أصيب 25 مدنيا بجروح في هجوم استهدف مسجدا"؛ "بعد ذلك بيومين",
    "وقبلها بساعات": :data:`_SPAN_BACK`), or by a span before the first fronted at the head of the sentence, the second
    told in the sentence's own clause ("وقبل ساعات من الغارة قال الجيش إن صاروخا أطلق من القطاع": :data:`_FRONT_BEFORE`;
    not a word of the first's relative clause, "قبل يومين من الهجوم الذي قتل فيه …"): the happening told after it is
    one of another time, never a detail of the one before (the verb of coming of :func:`day_apart` is not needed: the
    pronoun or the fronted span names the other happening itself). Round 36 (helper rw1): rl1's "event of another day
    told in the sentence" (tune's Khost mosque attack "وبعدها بايام", tune7's rocket "وقبل ساعات من الغارة")."""
    pair = _in_order(ctx, a, b)
    if ctx is None or pair is None:
        return False
    first, second = pair
    text = ctx.doc.text
    if _SPAN_BACK.search(text, first.end, second.start) is not None:
        return True
    if _FRONT_BEFORE.fullmatch(text, first.sentence[0], ctx.word_start(first.start)) is None:
        return False
    return not any(normalize(w) in _RELATIVE for w in text[first.end : second.start].split())


#: Words of dying (مقتل، قتل، قتلى، مصرع، استشهاد; lists.dying_words).
_DYING = re.compile(r"(?:" + cue_alt("dying_words") + r")")


def _own_dead(ctx: Context, c: Candidate) -> bool:
    """Whether a word of dying was merged into ``c`` in its clause (تمكنت خلالها من قتل 11 مسلحا)."""
    return any(_DYING.match(ctx.doc.text, m.start, m.end) for m in c.mentions[1:])


def two_tolls(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether two events of one sentence each tell dead of their own in clauses of their own ("شنت قوة من البيشمركة
    عملية عسكرية على قرى … تمكنت خلالها من قتل 11 مسلحا، وأشاروا إلى مقتل 10 مدنيين في انفجار عبوتين ناسفتين"):
    two happenings, the weaker not a detail of the other. Round 14b (helper ev9)."""
    if ctx is None or c.clause in h.clauses or h.clause in c.clauses:
        return False
    return _own_dead(ctx, h) and _own_dead(ctx, c)


#: A word the text uses to set a second happening apart from the one told before it in its sentence: a separate
#: place or incident (في مكان منفصل، في حادث آخر، في هجوم منفصل): lists.separate_nouns, lists.separate_words.
#: Round 16b (helper mg4).
_SEPARATE = re.compile(
    r"(?<![\u0621-\u064A])(?:في|ب)\s*(?:"
    + cue_alt("separate_nouns")
    + r")\s+(?:"
    + cue_alt("separate_words")
    + r")(?![\u0621-\u064A])"
)

#: A verb of reply with the act it answered by (ردوا بإطلاق الصواريخ، ردت القوات بقصف مواقعهم، في المقابل): the second
#: act is the other side's answer, a happening of its own. Not the noun ردا على, which names what came before (جاء
#: ردا على مجزرة: the cause, an earlier happening), nor a word that only begins with رد (فردا). Round 16b (helper mg4).
_REPLY = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:"
    + cue_alt("reply_verbs")
    + r")\s+(?:\S+\s+){0,4}?ب(?:"
    + cue_alt("reply_acts")
    + r")|(?<![\u0621-\u064A])(?:و|ف)?في\s+المقابل(?![\u0621-\u064A])"
)


def told_apart(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether two triggers of one sentence are two happenings by the text's own word between them: a separate place
    or incident ("وقامت بمهاجمة وكر … وتمكنت من قتل 15، فيما تمكنت قوات عسكرية في مكان منفصل من قتل أربعة … في
    اشتباكات"), or a reply by acts of another kind ("قصف سلاح الجو مناطق في الزبداني وإن مقاتلي المعارضة ردوا بإطلاق
    الصواريخ على قريتين قرب إدلب": an air strike and the rockets that answered it). A reply of the same kind is
    left to the other steps (هاجم مسلحون حاجزا وردت القوات بإطلاق النار: one clash). Round 16b (helper mg4)."""
    pair = _in_order(ctx, h, c)
    if ctx is None or pair is None:
        return False
    first, second = pair
    text = ctx.doc.text
    if _SEPARATE.search(text, first.end, second.start):
        return True
    if first.cls.acled_sub_type is None or second.cls.acled_sub_type is None:
        return False
    if first.cls.acled_sub_type == second.cls.acled_sub_type:
        return False
    return _REPLY.search(text, first.end, second.start) is not None


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
                    if compatible(h, c)
                    and h.cause == c.cause
                    and not apart(ctx, h, c)
                    and not unlike_aim(h, c)
                    and not answered(ctx, h, c)
                    and not told_apart(ctx, h, c)
                    and not day_apart(ctx, h, c)
                    and not contrast_front(ctx, h, c)
                    and not recalled_capture(ctx, h, c)
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
            # رد الجيش بقصف … بعد مقتل جندي في إطلاق نار منها: what came first, with its own words after the marker
            own = own or (bool(kin) and all(answered(ctx, h, c) for h in kin))
            own = own or (bool(kin) and all(told_apart(ctx, h, c) for h in kin))  # ردوا بإطلاق الصواريخ
            own = own or (bool(kin) and all(day_apart(ctx, h, c) for h in kin))  # غداة مقتل …: another day
            own = own or (bool(kin) and all(fought_for(h, c) for h in kin))  # تخوض معارك … من أجل السيطرة على
            own = own or (bool(kin) and all(contrast_front(ctx, h, c) for h in kin))  # فيما قتل 7 في جبهة المخدرة
            fallback = None if own else (kin[0] if kin else None)
            head = (
                None
                if c.another
                else next(
                    (
                        h
                        for h in kin
                        if compatible(h, c)
                        and not apart(ctx, h, c)
                        and not answered(ctx, h, c)
                        and not told_apart(ctx, h, c)
                        and not day_apart(ctx, h, c)
                        and not fought_for(h, c)
                        and not contrast_front(ctx, h, c)
                    ),
                    fallback,
                )
            )
            if head is not None:
                head.mentions.extend(c.mentions)
            elif own:
                heads.append(c)  # أوقفت السلطات صحفيين بسبب تغطيتهم للاحتجاجات: an arrest of its own
        _cut_at_day_mark(ctx, heads)
        out.extend(heads)
    return sorted(out, key=lambda c: c.start)


def recalled_capture(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """(Round 37, helper ev2) Whether one of two triggers of a clause is a capture's verb right after a relative
    pronoun (recalling_relatives) and the other stands before that pronoun: "قصفت البارجات تجمعات للحوثيين ومعسكرا
    في الساحل الذي استولت عليه جماعة الحوثي" — the capture describes the camp, told as its past state, not the
    shelling's happening; the two stay apart (the relative clause's capture is then read by
    ``coding.background.past_state``, the shelling keeps its own type and row). Before, the capture (ranked first)
    took the shelling in and gave a capture row at the shelling's place (rowjudge14's judged false row of a
    relative clause)."""
    if ctx is None:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if second.cls.name not in ("capture", "recapture") or second.tense != "past" or first.cls.name == second.cls.name:
        return False
    return ctx.previous_word(ctx.word_start(second.start)) in _RELATIVE


def _cut_at_day_mark(ctx: Context | None, heads: list[Candidate]) -> None:
    """End the clause of an event told before a mark of a day or more at that mark, when another event of the clause
    stands after it (:func:`day_apart`): "ويأتي هذا الهجوم غداة قيام الجيش بقصف قواعد … في شمال العراق" — the places
    after the mark are the other day's happening's, not the attack's the text told before (which then names no place
    of its own and is the one told before). Round 18b (helper mg7)."""
    if ctx is None:
        return
    for h in heads:
        later = [c for c in heads if c.start > h.end and day_apart(ctx, h, c)]
        if not later:
            continue
        mark = _day_mark(ctx, h, min(later, key=lambda c: c.start))
        if mark is None or not h.clause[0] < mark.start() < h.clause[1]:
            continue
        cut = (h.clause[0], mark.start())
        h.clauses = [cut if cl == h.clause else cl for cl in h.clauses]
        h.clause = cut


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
    + cue_alt("other_units")
    + r")\s+(?:"
    + cue_alt("other_adjectives")
    + r")(?![\u0621-\u064A])"
)


#: A sentence that turns to another matter (من جهة أخرى، من ناحية أخرى، على صعيد آخر، في تطور آخر، في سياق منفصل):
#: what it tells is not a happening told before it (not في سياق متصل, which goes on with it). (lists.turn_sides,
#: turn_side_other, turn_level_other, turn_matters, turn_matter_other)
_TURN = re.compile(
    r"\W*(?:و|ف)?(?:من\s+(?:"
    + cue_alt("turn_sides")
    + r")\s+(?:"
    + cue_alt("turn_side_other")
    + r")|على\s+صعيد\s+(?:"
    + cue_alt("turn_level_other")
    + r")|في\s+(?:"
    + cue_alt("turn_matters")
    + r")\s+"
    + r"(?:"
    + cue_alt("turn_matter_other")
    + r"))(?![\u0621-\u064A])"
)


#: (Round 42, ev17) a turn of matter (وفي حادث منفصل، في عملية أخرى): the start of :data:`_TURN`'s third branch
_MATTER_TURN = re.compile(r"\W*(?:و|ف)?في\s")
#: (Round 42, ev17) the cue of an event told in a sentence that turns to another side or level of the news (من جهة
#: أخرى، على صعيد آخر), not to another incident (في حادث منفصل، في عملية أخرى): :func:`merge.happening.turned`
TOPIC_TURN = "turn:topic"
#: (Round 42, ev17) the cue of an event told in the headline or the lead sentence (the article's summary)
LEAD_TOLD = "told:lead"
#: (Round 42, ev17) the longest headline :func:`_lead_end` takes for one (a longer "title" is a text's first line)
_HEADLINE_CHARS = 200


def _lead_end(ctx: Context) -> int:
    """Where the lead sentence (the first sentence after the title) starts: a sentence starting at or before it is
    the headline's or the lead's. A "title" block longer than a headline (a text with no title, whose first line
    the reader took for one) is no title: the lead is then the text's first sentence."""
    key = ("lead_end",)
    if key not in ctx.memo:
        ends = [b.end for b in ctx.doc.blocks if str(b.kind) == "title" and b.end - b.start <= _HEADLINE_CHARS]
        end = max(ends) if ends else 0
        text = ctx.doc.text
        while end < len(text) and text[end].isspace():
            end += 1
        ctx.memo[key] = ctx.sentence(end).start if end < len(text) else end
    return int(ctx.memo[key])


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


#: A verb of waging right after a noun, with the noun's pronoun: the noun's own doer follows (هجوم شنته الجبهة على
#: مقاتلين; lists.waging_relatives of event_sentence_cues.yaml).
_WAGED = re.compile(r"\s*(?:" + sentence_cue_alt("waging_relatives") + r")(?![\u0621-\u064A])")

#: A clause set against the one before it (، بينما قتل 9 …، فيما سقط قتلى …; lists.contrast_openers).
_CONTRAST = re.compile(r"[\s،,]*(?:و)?(?:" + sentence_cue_alt("contrast_openers") + r")(?![\u0621-\u064A])")
#: (Round 41, ev11) A word of dying, then the fight it fell in within its clause (قتل ثمانية … في مواجهات مع، لقي
#: خمسة مصرعهم خلال اشتباكات): lists.toll_fight_deaths, toll_fight_preps, toll_fight_nouns.
_TOLL_FIGHT = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + cue_alt("toll_fight_deaths")
    + r")(?![\u0621-\u064A])[^،,.]{0,80}?(?<![\u0621-\u064A])(?:و)?(?:"
    + cue_alt("toll_fight_preps")
    + r")\s+(?:ال)?(?:"
    + cue_alt("toll_fight_nouns")
    + r")(?![\u0621-\u064A])"
)


def two_kinds(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, fighting or an attack (ACLED Battles) told by a word of its own in a clause of its own, is
    another happening than ``h``, a strike or a shelling (ACLED Explosions/Remote violence) of its sentence: its
    clause names a place of its own and a doer or target of its own (an armed group, a force), or a verb of waging
    names its doer right after it ("قتل تسعة متمردين في غارة جوية على خور المكسر بينما تستمر المعارك بين القوات
    الموالية لحكومة هادي والحوثيين حول حيي دار سعد وكريتر"، "قصفت طائرات حربية مواقع لتنظيم داعش في مدينة الرقة،
    بعد هجوم شنه التنظيم على مقاتلين أكراد في بلدة عين عيسى"). Dead told as the strike's toll stay the strike's (ما
    أدى إلى مقتل 28 من مسلحي التنظيم) unless their clause is set against the strike's (قصفت طائرات التحالف مواقع
    الحوثيين …، بينما قتل 9 من الميليشيات في هجوم للمقاومة … في المخدرة غربي مأرب), and so does a word of the
    strike's own clause, one a verb of the strike's governs (استهدف), and one with no place of its own (بعد هجوم
    شنته الجبهة على مقاتلين في المنطقة: told again, with its place, later). Round 20 (helper mg8)."""
    if ctx is None or c.cls.acled_type != "Battles" or h.cls.acled_type != "Explosions/Remote violence":
        return False
    if (c.subordinate and not c.toll) or c.purpose or c.cause or c.another or c.clause == h.clause:
        return False
    if c.start < h.end and h.start < c.end:
        return False
    text = ctx.doc.text
    own_fight = c.cls.name == "clash" and (c.clause[1] <= h.clause[0] or h.clause[1] <= c.clause[0])
    if own_fight and _TOLL_FIGHT.search(text, c.clause[0], c.clause[1]):
        # round 41 (ev11): "قتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية، وشن طيران التحالف سبع غارات …": dead
        # told by a fight of their own in a clause of their own are that fight's, not the toll of the strike or the
        # shelling told in another clause of the sentence — a battle of its own when its clause names its sides
        return any(a.inter in (1, 2, 3, 4, 8) for a in ctx.actors_in(*c.clause))
    if c.toll and not (c.start > h.end and _CONTRAST.match(text, c.clause[0])):
        return False
    if not clause_places(ctx, *c.clause):
        return False  # "بعد هجوم شنته الجبهة على مقاتلين في المنطقة": no place of its own, told again after
    if _WAGED.match(text, c.end):
        return True
    return any(a.inter in (1, 2, 3, 4, 8) for a in ctx.actors_in(*c.clause))


#: A contrast opener anywhere between two triggers of a sentence (فيما، بينما، في حين; lists.contrast_openers of
#: event_sentence_cues.yaml), with a conjunction before it.
_CONTRAST_AT = re.compile(
    r"(?<![\u0621-\u064A])(?:و)?(?:" + sentence_cue_alt("contrast_openers") + r")(?![\u0621-\u064A])"
)


def _towns(ctx: Context, start: int, end: int) -> list[Entity]:
    """The places a stretch of text names finer than a province: the gazetteer's towns and districts (precision 1 or
    2)."""
    return [p for p in clause_places(ctx, start, end) if place_precision(ctx, p) <= 2]


def contrast_front(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, a violent event of ``h``'s ACLED type told after ``h`` in its sentence, stands in a clause set
    against ``h``'s by a
    contrast opener (فيما، بينما، في حين) right before its word (one word between at most: فيما تستمر المواجهات، فيما
    قتل) that names a town or district of its own, while the part of the sentence
    before the opener names another one ("أحكمت المقاومة سيطرتها على زنجبار …، فيما تستمر المواجهات في مديرية
    لودر"، "ألقى الطيران المروحي براميل على بلدة اللطامنة …، في حين ألقى … براميل على قرية الزكاة"): another front of
    the day, not a detail of ``h`` (other_province parts two provinces only). A place of ``c``'s side that is one
    area with a place of ``h``'s (a town and its district or quarter) is the same front; a side that names no place
    of the gazetteer finer than a province tells nothing (جبهة المخدرة: the front's row would take the lead's
    place). Round 24 (helper mg12)."""
    pair = _in_order(ctx, h, c)
    if ctx is None or pair is None or pair[0] is not h:
        return False
    if h.cls.acled_type not in VIOLENT or c.cls.acled_type != h.cls.acled_type or c.cause or c.purpose:
        return False  # (fighting beside a strike is two_kinds' to weigh: its actors or a verb of waging)
    marks = list(_CONTRAST_AT.finditer(ctx.doc.text, h.end, c.start))
    if not marks:
        return False
    mark = marks[-1]
    if len(ctx.doc.text[mark.end() : ctx.word_start(c.start)].split()) > 1:
        return False  # "وفيما تتقدم خاضت مواجهات في مدينة دمت": the advancing force's own fighting (round 12b)
    after, before = (mark.end(), max(c.clause[1], c.end)), (h.sentence[0], mark.start())
    mine, theirs = _towns(ctx, *after), _towns(ctx, *before)
    if mine and theirs:
        return all(two_places(p, q) for p in mine for q in theirs)
    # (round 26) a front or site the gazetteer lacks, told by its kind on both sides (في جبهات الجدعان …، فيما قتل 7
    # مسلحين في جبهة المخدرة): two fronts when neither side names the other's
    my_sites, their_sites = _sites_in(ctx, *after), _sites_in(ctx, *before)
    if not (mine or my_sites) or not (theirs or their_sites) or not (my_sites or their_sites):
        return False  # (a front the gazetteer lacks may be placed by the lead or another clause: no place to tell)
    return not (my_sites & _words_in(ctx, *before)) and not (their_sites & _words_in(ctx, *after))


#: (round 35, sl2) A word that opens a clause of one more deed after a comma: a coordinator (، كما استهدف؛ ، وكذا
#: تنفيذ هجوم؛ lists.coordinated_openers, one word between at most), a contrast opener (، في وقت سيطرت؛ ، فيما قصفت;
#: lists.contrast_openers) or a bare و fused to the trigger's word or standing alone before it (، واستهداف نقطة).
_FRONT_OPENER = re.compile(
    r"[،,]\s*(?:(?:"
    + cue_alt("coordinated_openers")
    + "|"
    + sentence_cue_alt("contrast_openers")
    + r")\s+(?:[\u0621-\u064A]+\s+)?|و\s*)$"
)
#: (round 35, sl2) A word of origin or heading right before a place (قادمة من محافظة حجة، باتجاه تعز): no scene of the
#: deed (lists.coordinated_not_scene).
_NOT_SCENE = cue_set("coordinated_not_scene")


def _scenes(ctx: Context, start: int, end: int) -> list[Entity]:
    """The places of the gazetteer a stretch of text names as a scene: not a country, not after a word of origin or
    heading (:data:`_NOT_SCENE`)."""
    return [
        p
        for p in clause_places(ctx, start, end)
        if not is_country(p) and ctx.previous_word(ctx.word_start(p.start)) not in _NOT_SCENE
    ]


def coordinated_front(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether two violent deeds of one sentence, each in a clause of its own, stand on the two sides of a comma and a
    word that opens the later one's clause (:data:`_FRONT_OPENER`: ، كما …؛ ، وكذا تنفيذ …؛ ، واستهداف …؛ ، في وقت …)
    and each deed's own clauses name a scene of the gazetteer, the later one's all of other areas than the earlier
    one's ("تمكنت المقاومة من اقتحام موقع … في جبل صبر المطل على مدينة تعز، في وقت سيطرت على منطقة … لمدينة عدن"؛
    "شن مسلحون هجوما على نقطة في مدينة الرمادي، واستهداف دورية في مدينة سامراء"): two fronts of the day — ACLED's one
    event per place and day — not a detail of the other, in whichever order the weak and the strong word stand
    (contrast_front weighs a contrast clause told after the head; other_province a strong verb's clause). When the
    earlier deed names no place of the gazetteer, a site told by its kind there (مطار خلخلة) that the later clause does
    not name is its scene, as contrast_front reads it. A scene that is one area with a place of the other side (a town
    and its district or province) is the same front; a place after a word of origin or heading (قادمة من، باتجاه) is
    no scene; a place past a comma outside the deed's clauses (، غربي محافظة مأرب) is not read. Round 35 (helper
    sl2)."""
    pair = _in_order(ctx, h, c)
    if ctx is None or pair is None or c.clause in h.clauses or h.clause in c.clauses:
        return False
    if h.cls.acled_type not in VIOLENT or c.cls.acled_type not in VIOLENT:
        return False
    if c.cause or c.purpose or c.toll or h.cause:
        return False
    first, second = pair
    text = ctx.doc.text
    w0 = ctx.word_start(second.start)
    mark = _FRONT_OPENER.search(text, max(first.end, w0 - 40), w0 + (1 if text[w0 : w0 + 1] == "و" else 0))
    if mark is None:
        return False
    # each side's scenes are told in its own deed's clauses (not a place past a comma the deed's place reader leaves)
    mine = [p for a, b in second.clauses for p in _scenes(ctx, max(a, mark.end()), b)]
    theirs = [p for a, b in first.clauses for p in _scenes(ctx, a, min(b, mark.start()))]
    if mine and not theirs:
        # the earlier deed tells its scene by a site's kind the gazetteer lacks (مطار خلخلة، جبهة المخدرة), the later
        # one names a place of the gazetteer and not that site: two fronts (as contrast_front weighs them)
        sites = {x for a, b in first.clauses for x in _sites_in(ctx, a, min(b, mark.start()))}
        return bool(sites) and not any(sites & _words_in(ctx, max(a, mark.end()), b) for a, b in second.clauses)
    return bool(mine) and bool(theirs) and all(two_places(p, q) for p in mine for q in theirs)


#: (round 36, rw1) A verb of a fight taking place (شهدت، دارت، اندلعت; lists.fight_place_verbs), normalized.
_FIGHT_PLACE = frozenset(normalize(w) for w in cue_set("fight_place_verbs"))


def _placed_fight(ctx: Context, c: Candidate, start: int) -> bool:
    """Whether the words from ``start`` to a fight's word are a verb of a fight taking place, at most one word after
    ``start`` (a contrast opener's end: فيما شهدت، بينما اندلعت، كما دارت), and at most six words between that verb
    and the fight's word, with no comma (شهدت مناطق مختلفة في المدينة مواجهات)."""
    stretch = ctx.doc.text[start : ctx.word_start(c.start)]
    if "،" in stretch or "," in stretch:
        return False
    words = [normalize(w) for w in stretch.split()]
    at = next((i for i, w in enumerate(words[:2]) if w in _FIGHT_PLACE or w[1:] in _FIGHT_PLACE), None)
    return at is not None and len(words) - at - 1 <= 6


def fight_beside(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, fighting (اشتباكات، مواجهات), is told after ``h``, a violent deed of another ACLED type (a
    strike, a shelling), in a clause set against ``h``'s by a contrast opener and a verb of a fight taking place of
    its own ("شنت الميليشيات قصفا عنيفا على عدد من الأحياء السكنية فيما شهدت مناطق مختلفة في المدينة مواجهات مع
    المقاومة"، "بينما اندلعت اشتباكات بين …"): a battle of its own beside the shelling — ACLED's two events, a two-sided
    fight and a one-sided strike — not the strike's word. Not the toll or the aim of ``h`` (a cause, a purpose, a
    toll), not fighting told right after the opener with no verb (فيما المواجهات مستمرة: the going-on of the same
    war, weighed by contrast_front when the types agree). Round 36 (helper rw1): rl1's other-type folds of
    merge_sentence (tune43's Taiz)."""
    if ctx is None or c.cls.name != "clash" or c.cls.acled_type == h.cls.acled_type:
        return False
    if h.cls.acled_type not in VIOLENT or h.start > c.start or c.cause or c.purpose or c.toll or c.subordinate:
        return False
    marks = list(_CONTRAST_AT.finditer(ctx.doc.text, h.end, c.start))
    return bool(marks) and _placed_fight(ctx, c, marks[-1].end())


#: (round 36, rw1) The sides of a fight told right after its word (اشتباكات … بين غرفتي أنصار الشريعة …): بين and the
#: first two words after it, within the fight's clause and no comma between (lists.side_between).
_SIDES = re.compile(
    r"[^،,.]{0,60}?(?<![\u0621-\u064A])(?:"
    + cue_alt("side_between")
    + r")\s+([\u0621-\u064A]+)(?:\s+([\u0621-\u064A]+))?"
)
#: (round 36, rw1) A coordinator or a contrast opener (كما، وكذلك، فيما، بينما; lists.coordinated_openers,
#: contrast_openers).
_OPENER_AT = re.compile(
    r"(?<![\u0621-\u064A])(?:و)?(?:"
    + cue_alt("coordinated_openers")
    + "|"
    + sentence_cue_alt("contrast_openers")
    + r")(?![\u0621-\u064A])"
)
#: The sides told before (بين الطرفين; lists.sides_told_before), normalized.
_SIDES_BEFORE = frozenset(normalize(w) for w in cue_set("sides_told_before"))


def _sides(ctx: Context, c: Candidate, end: int) -> tuple[str, ...] | None:
    """The first words of the sides told right after a fight's word (before ``end``), normalized; ``None`` when none
    or the sides told before (بين الطرفين)."""
    m = _SIDES.match(ctx.doc.text, c.end, max(c.end, min(end, c.clause[1])))
    if m is None or normalize(m.group(1)) in _SIDES_BEFORE:
        return None
    return tuple(normalize(w) for w in m.groups() if w)


def own_sides(ctx: Context | None, a: Candidate, b: Candidate) -> bool:
    """Whether two fights of one sentence (ACLED battles told by a word of fighting), the later one told in a clause of
    its own by a verb of a fight taking place after a coordinator or a contrast opener (كما دارت اشتباكات، فيما
    اندلعت مواجهات: :func:`_placed_fight`), each name their own sides right after their word and the sides differ
    ("دارت اشتباكات … بين غرفتي أنصار الشريعة وفتح حلب من طرف، وقوات النظام … من طرف آخر، في محيط مسجد …، كما دارت
    اشتباكات … بين الكتائب المقاتلة والكتائب الإسلامية من جهة، وقوات النظام … من جهة أخرى، في حي السبع بحرات"): two
    fights of the day, each with its own actors — ACLED's one event per actors, place and day — though the
    gazetteer places both in one city. Not the sides told back (بين الطرفين), nor a fight with no verb of its own (وسط
    مواجهات بين …: the same fight told by other words). Round 36 (helper rw1): rl1's "a second front or side of the
    same type in the same town, told with its own verb or its own sides" (tune36's two Aleppo fronts)."""
    pair = _in_order(ctx, a, b)
    if ctx is None or pair is None:
        return False
    first, second = pair
    if first.cls.name != "clash" or second.cls.name != "clash" or second.clause == first.clause:
        return False
    if first.cls.acled_type != "Battles" or second.cls.acled_type != "Battles":
        return False
    text = ctx.doc.text
    marks = list(_OPENER_AT.finditer(text, first.end, second.start))
    if not marks or not _placed_fight(ctx, second, marks[-1].end()):
        return False
    mine, theirs = _sides(ctx, first, second.start), _sides(ctx, second, len(text))
    return mine is not None and theirs is not None and mine != theirs


#: The deaths and wounds a contrast opener may bring as the toll of the deed before it (، فيما قتل ثلاثة مدنيين): not
#: a deed of their own for :func:`set_against`.
_TOLL_CLASSES = frozenset({"killing"})
#: (round 32, mg19) A force, group or weapon told back by its kind as a verb's subject (في حين استهدف التنظيم):
#: lists.contrast_doer_words, normalized.
_DOER_WORDS = EVENT_MERGE_CUES.normalized_words("contrast_doer_words")
_NEXT_WORD = re.compile(r"[\s\u0640]*([\u0621-\u064A]+)")


def named_subject(ctx: Context, c: Candidate) -> bool:
    """Whether the word right after ``c``'s verb names its doer: the start of an actor the actors' stage read
    (استهدفت الفصائل المتطرفة، قصفت قوات النظام) or a definite word of a force, group or weapon told back by its kind
    (lists.contrast_doer_words: استهدف التنظيم). Not an object (استهدفت بعض المواقع), an adverb (استهدف أيضا) nor an
    indefinite unit (استهدف عناصر تنظيم داعش: its place may be the clause's only one, which the deed before borrows).
    Round 32 (helper mg19)."""
    text = ctx.doc.text
    m = _NEXT_WORD.match(text, c.end, min(len(text), c.clause[1], c.end + 40))
    if m is None:
        return False
    if normalize(m.group(1)) in _DOER_WORDS:
        return True
    return any(a.start == m.start(1) for a in ctx.actors_in(m.start(1), m.end(1)))


def set_against(ctx: Context | None, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, a violent deed told by a past verb with its doer named right after it (:func:`named_subject`),
    opens a clause of its own set against ``h``'s by a contrast opener right before its verb (فيما، بينما، في حين،
    في وقت: "قتلوا خلال اشتباكات مع الفصائل في الزبداني، في حين استهدف التنظيم تمركزاً لقوات النظام عند أطراف
    القلمون"، "وسط استمرار قصف قوات النظام على المناطق ذاتها، بينما استهدفت الفصائل تمركزات لقوات النظام"): "while
    X did Y", with X named again, tells another doer's happening, not a detail of ``h`` — whether or not the gazetteer
    knows its place (where it does not, :func:`contrast_front` cannot weigh the two places). Not a death or wound after
    the opener (، فيما قتل ثلاثة: the toll of the deed before), a noun or a present (فيما تستمر المواجهات: the
    fighting going on, which :func:`contrast_front` weighs by its places), an aim, a cause or a toll, a verb whose
    subject is left out (فيما استهدف أيضا منازل القادة: the strikes' own targets; فيما استهدفت بعض المواقع: the
    passive), nor a verb one word or more after the opener (وفيما تتقدم خاضت مواجهات). Round 32 (helper mg19)."""
    if ctx is None or c.start <= h.end or c.clause == h.clause or c.tense != "past":
        return False
    if c.cls.acled_type not in VIOLENT or c.cls.name in _TOLL_CLASSES or c.purpose or c.cause or c.toll:
        return False
    text = ctx.doc.text
    marks = list(_CONTRAST_AT.finditer(text, max(h.end, c.clause[0] - 3), c.start))
    if not marks or text[marks[-1].end() : ctx.word_start(c.start)].strip():
        return False
    return named_subject(ctx, c)


def _sites_in(ctx: Context, start: int, end: int) -> set[str]:
    """The names of the sites a stretch of text tells by their kind (:data:`_SITE`), as :func:`_site_name` writes
    them (not an owner after ل, nor a word that is no name)."""
    text = ctx.doc.text
    return {
        _site_name(m.group(1))
        for m in _SITE.finditer(text, start, end)
        if normalize(m.group(1)) not in _NOT_SITE_NAME and not m.group(1).startswith("لل")
    }


def _words_outside(ctx: Context, c: Candidate) -> set[str]:
    """The words of ``c``'s sentence outside its clauses (its site named again elsewhere in the sentence: "اندلعت
    اشتباكات في جبهة الحجوف …، وكذلك في قرية العطرية ومنطقة مسيطر، عقب صد المقاومة لمحاولة تسلل … من منطقة مسيطر":
    one happening told across its clauses)."""
    a, b = c.sentence
    out: set[str] = set()
    for start, end in sorted(c.clauses):
        out |= _words_in(ctx, a, max(a, start))
        a = max(a, end)
    return out | _words_in(ctx, a, b)


def _words_in(ctx: Context, start: int, end: int) -> set[str]:
    return {_site_name(w) for w in re.findall(r"[\u0621-\u064A]+", ctx.doc.text[start:end])}


def merge_sentence(cands: list[Candidate], ctx: Context | None = None) -> list[Candidate]:
    """Step 6b: a weak or subordinate event of a sentence joins that sentence's main event (مجزرة … بعد غارات)."""
    out: list[Candidate] = []
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
        turn = _TURN.match(ctx.doc.text, group[0].sentence[0], group[0].sentence[1]) if ctx is not None else None
        if ctx is not None and turn is not None:
            # (round 42, ev17) a turn of side or level (من جهة أخرى، على صعيد آخر), not of matter (في حادث منفصل)
            topic = _MATTER_TURN.match(turn.group(0)) is None
            for c in group:
                if ctx.previous_word(ctx.word_start(c.start)) in _RELATIVE:
                    continue  # "الأراضي التي انتزعها الأكراد": what a relative clause recalls is told before
                c.cues.add(f"turn:{c.sentence[0]}")  # (read by same_happening: another matter)
                if topic:
                    c.cues.add(TOPIC_TURN)
        if ctx is not None and group[0].sentence[0] <= _lead_end(ctx):
            for c in group:
                c.cues.add(LEAD_TOLD)  # (round 42, ev17: the headline's or the lead's telling, read by turned)
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
            if all(answered(ctx, h, c) for h in strong):
                out.append(c)  # "بعد مقتل جندي في إطلاق نار": the death before the deed, with its own fire
                continue
            if any(set_against(ctx, h, c) for h in strong):
                out.append(c)  # "في حين استهدف التنظيم تمركزاً لقوات النظام": another doer's deed (round 32, mg19)
                continue
            heads = [
                h
                for h in strong
                if not (c.cls.name == "killing" and h.cls.acled_type == "Strategic developments")
                and not apart(ctx, h, c)
                and not two_sided(h, c)
                and not other_province(ctx, h, c)
                and not own_front(ctx, h, c)
                and not answered(ctx, h, c)
                and not two_tolls(ctx, h, c)
                and not told_apart(ctx, h, c)
                and not day_apart(ctx, h, c)
                and not two_kinds(ctx, h, c)
                and not fought_for(h, c)
                and not contrast_front(ctx, h, c)
                and not coordinated_front(ctx, h, c)
                and not fight_beside(ctx, h, c)
            ]
            for h in strong:
                if (
                    two_kinds(ctx, h, c)
                    or contrast_front(ctx, h, c)
                    or coordinated_front(ctx, h, c)
                    or fight_beside(ctx, h, c)
                ):
                    # (kept two by the later steps too)
                    h.cues.add(f"apart:{c.start}")
                    c.cues.add(f"apart:{h.start}")
            if not heads:
                out.append(c)  # a death is never a detail of an arrest (قضى تحت التعذيب بعد اعتقاله)
                continue
            head = min(heads, key=lambda h: abs(h.start - c.start))
            head.mentions.extend(c.mentions)
            head.cues |= c.cues
            head.clauses.extend(cl for cl in c.clauses if cl not in head.clauses)
    out = fold_capture_means(ctx, out)
    mark_many_places(ctx, out)
    mark_apart(ctx, out)
    return sorted(out, key=lambda c: c.start)


#: (round 27, mg16) A complementizer fused with the pronoun of a doer told before it (مشيرا إلى أنهم استهدفوا):
#: lists.doer_pronoun_complementizers, normalized word by word.
_DOER_THAT = EVENT_MERGE_CUES.normalized_words("doer_pronoun_complementizers")
#: (round 27, mg16) The violent words a capturing force's own fire or assault may be told by: shelling, and the
#: Battles words (an assault, a clash) that ruling (3) makes one with the capture told with them.
_MEANS = frozenset({"shelling", "clash", "attack"})
_NOT_DONE = frozenset({"future", "hypothetical", "denied"})


def capture_means(ctx: Context, h: Candidate, c: Candidate) -> bool:
    """Whether ``c``, a ground strike or an assault, is told in ``h``'s sentence as the deed of the force that made
    the capture ``h``, by one of two constructions:

    - the capture's verb joined to ``c``'s clause by و with no subject of its own ("نفذت المقاومة هجوماً مباغتاً على
      مواقع للمسلحين في منطقة الفاو، وسيطرت على ثلاثة منها"): one doer, the assault and the place it took;
    - ``c``'s verb after a complementizer fused with a pronoun, told after the capture ("تمكنت الفصائل من بسط
      سيطرتها على التلة، مشيراً إلى أنهم استهدفوا قوات النظام المنتشرة في محيطها بالصواريخ"): the capturers'
      fire during the capture.

    ACLED codes the place taken, not the fighting or fire that took it (the lead's ruling (3)): one row, the capture.
    Not a capture only aimed at, reported as not done, or another happening by the text's word; not when another
    violent word of another kind stands between the two, nor when ``c``'s clause names a town or district of the
    gazetteer that the capture's clauses do not (the assault elsewhere, the capture here). Round 27 (helper mg16)."""
    if h.cls.name not in ("capture", "recapture") or c.cls.name not in _MEANS or h.sentence != c.sentence:
        return False
    if h.purpose or c.purpose or h.another or c.another or h.cause or c.cause:
        return False
    if h.status in _NOT_DONE or c.status in _NOT_DONE or c.granularity != h.granularity:
        return False
    text = ctx.doc.text
    if c.end <= h.start:
        # the capture's verb is و + a past verb right after c's clause, its preposition next (no subject of its own)
        joined = h.tense == "past" and ctx.previous_word(h.start) == "و" and h.start - c.clause[1] <= 3
        between = (c.end, h.start)
    else:
        joined = c.tense == "past" and ctx.previous_word(ctx.word_start(c.start)) in _DOER_THAT
        between = (h.end, c.start)
    if not joined:
        return False
    if _CONTRAST_AT.search(text, *between):
        return False  # فيما، بينما: another front
    mine = _towns(ctx, *c.clause)
    if mine:
        theirs = [p for a, b in h.clauses for p in _towns(ctx, a, b)]
        if all(two_places(p, q) for p in mine for q in theirs):
            return False
    return True


def fold_capture_means(ctx: Context | None, cands: list[Candidate]) -> list[Candidate]:
    """Fold the strikes and assaults told as a capture's means (:func:`capture_means`) into the capture: they
    give it their mentions and clauses (its place may be told in theirs), not their means. Round 27 (helper mg16)."""
    if ctx is None:
        return cands
    gone: set[int] = set()
    for c in cands:
        if c.cls.name not in _MEANS:
            continue
        kin = [h for h in cands if h is not c and id(h) not in gone and capture_means(ctx, h, c)]
        if not kin:
            continue
        lo, hi = min(c.start, min(h.start for h in kin)), max(c.start, max(h.start for h in kin))
        if any(
            o is not c
            and o not in kin
            and lo < o.start < hi
            and o.cls.acled_type in VIOLENT
            and o.cls.name not in ("capture", "recapture")
            for o in cands
        ):
            continue  # another violent word between them: not the capture's own deed
        head = min(kin, key=lambda h: abs(h.start - c.start))
        head.mentions.extend(c.mentions)
        # the positions assaulted are the ones taken (وسيطرت على ثلاثة منها): the capture may be placed by them
        head.clauses.extend(cl for cl in c.clauses if cl not in head.clauses)
        gone.add(id(c))
    return [c for c in cands if id(c) not in gone]


def mark_apart(ctx: Context | None, cands: list[Candidate]) -> None:
    """Mark the events of one sentence the text tells apart (:func:`told_apart`, and since round 18b
    :func:`day_apart`) with an ``apart:`` cue naming the other's trigger, so that no later step of the article makes
    them one happening again (round 16b, helper mg4); since round 25, also two events of two sentences told at two
    sites of their own (:func:`two_sites`)."""
    if ctx is None:
        return
    sites = {id(c): own_sites(ctx, c) for c in cands}
    # (round 41, sp16) two rows of two sentences are told apart only by two sites or two fronts of their own, each
    # row naming one (:func:`two_sites`, :func:`two_fronts`): a row with neither is paired only with the rows of its
    # own sentence (15,400 pairs per 1,000 articles asked before, growing with the square of a long article's rows)
    far = [
        not c.another and (bool(sites[id(c)]) or (c.cls.acled_type in VIOLENT and bool(_fronts(ctx, c)))) for c in cands
    ]
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for j, c in enumerate(cands):
        by_sentence.setdefault(c.sentence, []).append(j)
    marked = [j for j, f in enumerate(far) if f]
    for i, x in enumerate(cands):
        later = [j for j in by_sentence[x.sentence] if j > i]
        if far[i]:
            later = sorted({*later, *(j for j in marked if j > i)})
        for y in (cands[j] for j in later):
            if x.sentence == y.sentence:
                split = told_apart(ctx, x, y) or day_apart(ctx, x, y)
                split = split or contrast_front(ctx, x, y) or contrast_front(ctx, y, x)
                # (round 36, rw1) a fight beside a strike, or two fights each with its own sides
                split = split or fight_beside(ctx, x, y) or fight_beside(ctx, y, x) or own_sides(ctx, x, y)
                # (round 26) two objects of their own, one a site the gazetteer lacks or told by its kind (two towns
                # right after their words, في هجوم بمدينة العريش واشتباك بمدينة السويس, are the merge steps' to part)
                split = split or (two_objects(ctx, x, y) and not (own_place(ctx, x) and own_place(ctx, y)))
                # (round 26) two clauses of one sentence, each at a site of its own (… في محيط قاعدة العند، كما
                # استهدفت تجمعات للمليشيات في مزارع الوهط): as two sentences are
                split = split or (
                    x.clause not in y.clauses
                    and y.clause not in x.clauses
                    and two_sites(ctx, x, y, sites[id(x)], sites[id(y)])
                    and not (sites[id(x)] & _words_outside(ctx, x))
                    and not (sites[id(y)] & _words_outside(ctx, y))
                )
            else:
                split = two_sites(ctx, x, y, sites[id(x)], sites[id(y)]) or two_fronts(ctx, x, y)
            if split:
                x.cues.add(f"apart:{y.start}")
                y.cues.add(f"apart:{x.start}")


#: A site told by its kind and a name after it (منطقة وادي الحسيني، قاعدة العند، مزارع الوهط، جبهة المخدرة، معسكر
#: الحمزة; lists.site_kinds of event_apart_cues.yaml), the name one word (a second kind word is passed over: منطقة
#: وادي الحسيني names الحسيني). Round 25 (helper mg14).
_SITE = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ل)?(?:"
        + _APART.alt("site_kinds")
        + r")\s+(?:(?:"
        + _APART.alt("site_kinds")
        + r")\s+)?[«\"“]?([\u0621-\u064A]{3,})(?![\u0621-\u064A])"
    )
)

#: Words after a site's kind that are no name (setting, adjective, relative, direction; lists.site_not_names),
#: normalized.
_NOT_SITE_NAME = frozenset(normalize(w) for w in _APART.set("site_not_names"))


def _site_name(word: str) -> str:
    w = normalize(word)
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _listed(p: Entity) -> bool:
    """Whether a place mention is one the gazetteer resolved (not a name read as a place and left unresolved)."""
    geo = p.geo or {}
    return bool(geo.get("admin1") or geo.get("place_id")) and not geo.get("unresolved")


def own_sites(ctx: Context, c: Candidate) -> frozenset[str]:
    """The names of the sites ``c``'s own clause tells by their kind (:data:`_SITE`), normalized without the article;
    for a violent event only. Not a name the gazetteer has (في منطقة تمبكتو شمال البلاد, then "تعرض معسكر
    غورما-راروس لهجوم": one attack told by its region and by its camp; the places the gazetteer names are weighed by
    the place steps), nor an owner after the proclitic ل (على معسكر للجيش المالي)."""
    if c.cls.acled_type not in VIOLENT:
        return frozenset()
    text = ctx.doc.text
    out = set()
    for m in _SITE.finditer(text, c.clause[0], c.clause[1]):
        if normalize(m.group(1)) in _NOT_SITE_NAME:
            continue
        if m.group(1).startswith("لل") or any(_listed(p) for p in ctx.places_in(m.start(1), m.end(1))):
            continue  # "على معسكر للجيش": its owner; "في منطقة تمبكتو": a place the gazetteer names (weighed by place)
        out.add(_site_name(m.group(1)))
    return frozenset(out)


def two_sites(ctx: Context, x: Candidate, y: Candidate, sx: frozenset[str], sy: frozenset[str]) -> bool:
    """Whether two violent events of one ACLED type, told in two sentences, each name a site of their own in their own
    clause by its kind and name (:func:`own_sites`), and neither's site is named in the other's clauses ("اشتباكات
    عنيفة تدور بين مجموعات من الحوثيين … في منطقة وادي الحسيني" then "وبالقرب من قاعدة العند … دارت مواجهات عنيفة"):
    two fronts or targets, never one happening, though both rows may be placed in one province or by the lead
    (sites the gazetteer lacks). Round 25 (helper mg14)."""
    if not sx or not sy or sx & sy or x.cls.acled_type != y.cls.acled_type or x.another or y.another:
        return False
    return not (sx & _clause_words(ctx, y)) and not (sy & _clause_words(ctx, x))


#: (round 36, rw1) A front told by its kind and its name (في جبهة الجفينة; lists.front_kinds of event_merge_cues).
_FRONT = gated(
    re.compile(
        r"(?<![\u0621-\u064A«\"“])(?:و|ف)?(?:ب|ل)?(?:" + cue_alt("front_kinds") + r")\s+[«\"“]?([\u0621-\u064A]{3,})"
    )
)


def _fronts(ctx: Context, c: Candidate) -> set[str]:
    """The names of the fronts ``c``'s own clause tells by their kind (:data:`_FRONT`), as :func:`_site_name` writes
    them; not a word that is no name (جبهة واسعة), nor a group's name (جبهة النصرة: an actor the actors' stage read, or
    a name in quotation marks, «جبهة النصرة»). (Round 37, sp1) Read once per clause (ctx.memo: :func:`two_fronts` asks
    it of every pair of rows, 11,000 times per 1,000 articles); the set is only read."""
    key = ("fronts", c.clause)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = {
            _site_name(m.group(1))
            for m in _FRONT.finditer(ctx.doc.text, c.clause[0], c.clause[1])
            if normalize(m.group(1)) not in _NOT_SITE_NAME and not ctx.actors_in(m.start(), m.end())
        }
    return hit


def two_fronts(ctx: Context, x: Candidate, y: Candidate) -> bool:
    """Whether two violent events of one ACLED type, told in two sentences, each name a front of their own in their own
    clause by its kind and name, and neither names the other's front ("قتلوا على متن دبابة دمرتها إحدى غارات الطيران
    في جبهة الجفينة" then "وفي جبهة البلق جنوب غربي المحافظة استهدفت إحدى الغارات تجمعا للحوثيين"): two fronts, two
    events, whether or not the gazetteer knows the names (:func:`two_sites` reads only the names it lacks, since a
    region and a camp in it may tell one attack; a front named is a front). Round 36 (helper rw1): tune45's al-Balaq
    strike folded into the al-Jufaina strikes."""
    if x.cls.acled_type not in VIOLENT or x.cls.acled_type != y.cls.acled_type or x.another or y.another:
        return False
    fx, fy = _fronts(ctx, x), _fronts(ctx, y)
    if not fx or not fy or fx & fy:
        return False
    return not (fx & _clause_words(ctx, y)) and not (fy & _clause_words(ctx, x))


def _clause_words(ctx: Context, c: Candidate) -> set[str]:
    """The words of ``c``'s clauses (those it took in included), as :func:`_site_name` writes them."""
    text = ctx.doc.text
    return {_site_name(w) for a, b in c.clauses for w in re.findall(r"[\u0621-\u064A]+", text[a:b])}


def kept_apart(a: Candidate, b: Candidate) -> bool:
    """Whether :func:`mark_apart` marked two events (or what they took in) as two happenings of one sentence."""
    starts_a = {m.start for m in a.mentions} | {a.start}
    starts_b = {m.start for m in b.mentions} | {b.start}
    return any(f"apart:{s}" in a.cues for s in starts_b) or any(f"apart:{s}" in b.cues for s in starts_a)


def anchored(ctx: Context, c: Candidate) -> bool:
    """Whether a clause names an actor or a day of its own for a trigger told as a noun."""
    doc = ctx.doc
    if any(a.inter in (1, 2, 3, 4, 8) for cl in c.clauses for a in ctx.actors_in(*cl)):
        return True
    return any(x.type == "DATE" and any(a <= x.start < b for a, b in c.clauses) for x in doc.timexes)


def unlike_aim(a: Candidate, b: Candidate) -> bool:
    """Whether one of two triggers of a clause is an aim (في محاولة لانتزاع السيطرة، المناطق التي تسيطر عليها) and
    the other a deed (كثفت قصفها على منطقة … في محاولة جديدة لانتزاع السيطرة): never one event."""
    return a.purpose != b.purpose


def fought_for(h: Candidate, c: Candidate) -> bool:
    """Whether ``c`` is fighting told as done or going on (معارك، اشتباكات، مواجهات: not an aim itself) beside
    ``h``, a capture only aimed at in its sentence ("تخوض الفصائل معارك مستمرة مع قوات النظام من أجل السيطرة على
    بلدتي الفوعة وكفرية"، "المواجهات ما زالت دائرة … في زنجبار، حيث تحاول المقاومة السيطرة عليها"): the fight is a
    happening of its own (a clash at the place, ruling 2), never folded into the aim, which the status step leaves as
    no row. Round 23 (helper mg11); :func:`unlike_aim` kept the two apart only when both were strong words of one
    clause, and a weak fighting word (معارك مستمرة، المواجهات) went into the aim."""
    return (
        h.purpose
        and not c.purpose
        and h.cls.name in ("capture", "recapture")
        and c.cls.name == "clash"
        and f"word:attack@{c.start}" not in c.cues  # (هاجمت الكتل البرلمانية القوى السياسية؛ يشن هجوما لانتزاع: an
        # attack word beside the aim is the offensive it names, or no fighting at all, not fighting told as going on)
        and c.status not in ("future", "hypothetical", "denied")
    )


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


#: (round 27, mg16) A capture's object told as many places of an area at once (سيطرة المقاومة على كافة مديرياتها،
#: تحرير القوات لمدن وبلدات محافظة لحج، تحرير 12 وحدة إدارية تابعة لمحافظة نينوى): its preposition, then at most a
#: word of all and a count, then a plural kind of place (lists.many_place_quantifiers, lists.many_place_kinds); the
#: capturers may be named between the capture's word and its object (at most six words).
_MANY_PLACES = re.compile(
    r"^(?:\s+[^\s.،,]+){0,6}?\s+(?:على\s+|ل)(?:(?:"
    + cue_alt("many_place_quantifiers")
    + r")\s+)?(?:[\d\u0660-\u0669]+\s+)?(?:"
    + cue_alt("many_place_kinds")
    + r")(?![\u0621-\u064A])"
)


def mark_many_places(ctx: Context | None, cands: list[Candidate]) -> None:
    """Mark a capture whose object is many places of an area at once ("بعد سيطرة المقاومة والجيش الوطني على كافة
    مديرياتها"، "أظهر تحرير قوات الجيش والمقاومة لمدن وبلدات محافظة لحج") with the cue ``many_places``: the sum of
    the captures the article tells at their towns, not a place taken of its own (read by
    :func:`rasd.events.merge.happening.retold`). Round 27 (helper mg16)."""
    if ctx is None:
        return
    text = ctx.doc.text
    for c in cands:
        if c.cls.name not in ("capture", "recapture"):
            continue
        end = max(b for _, b in c.clauses) if c.clauses else c.sentence[1]
        if _MANY_PLACES.match(text[c.end : min(end, c.end + 120)]):
            c.cues.add("many_places")
