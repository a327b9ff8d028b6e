"""Round 17 (helper vs): the kind of a row told by forces or settlers entering a place.

Pooled over the tune files, "Violence against civilians" was the least precise ACLED type (16 right of 34 rows at
the round's start). One class of its false rows recurred in four independent files (tune10, tune14, tune17 and the
fourth row-judgment file): a storming (اقتحمت الشرطة المسجد، اقتحم عشرات المستوطنين المسجد بحماية الشرطة، وطئتها
الشرطة واعتدت على المصلين) typed an attack on civilians. ACLED codes neither the entry of a force into a place with
no one hurt, nor the scuffle that follows it as violence against civilians: when a crowd confronts the force
(مواجهات، صدامات، رشق بالحجارة، "ساحة حرب") the happening is a riot (Riots / Violent demonstration); when none is
told and no one is hurt, killed or arrested, entering is no row.

Round 19 (helper sd): a Strategic development told only as the time mark of another clause (بعد وصول تعزيزات،
بعد انسحاب القوات منه: :func:`sd_background`) or detention told as a place, a period or the arrest of one already
named (أماكن احتجاز، أثناء احتجازه، عن اعتقاله: :func:`detention_state`) is no row either.

Round 20 (helper sn): violence named as a kind, not a happening — a verbal noun that is one item of a list of three or
more evils (من قتل وخطف واعتداء، من تفجير وذبح وحرق: :func:`listed_evil`) with no count, day or town of its own, or
one whose object is a class of people or places named as a whole (استهداف المصلين، خطف الأطفال، تفجير دور العبادة:
:func:`generic_victim`) in a text that names no place, no day and no count and not under a verb of doing — is no event
(single sentences given alone, issue 12: negatives of the sentence batches 8, 10, 13, 21, 22 and 23).

:func:`code_kinds` runs in the events stage once the rows of an article are decided and before they are merged (so a
storming retyped a riot joins the riot told with it). Its words are data: ``resources/ar/event_kind_cues.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.lexicon import event_lexicon
from rasd.events.model import Candidate, counted
from rasd.events.rowfilter import body_start
from rasd.resources.cues import EVENT_SENTENCE_CUES, CueFile
from rasd.text.clitics import drop_conjunction
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize, normalize_words

#: The cue file of this module (source, licence and date in its header).
KIND_CUES = CueFile("ar/event_kind_cues.yaml")

_VAC = "Violence against civilians"
_SD = "Strategic developments"
_AR = r"\u0621-\u064A"


def _words(name: str) -> str:
    return "|".join(sorted({re.escape(normalize(w)) for w in KIND_CUES.words(name)}, key=len, reverse=True))


def _whole(name: str) -> re.Pattern[str]:
    """A trigger word of list ``name``, whole, after an optional و/ف, ب/ل and ال (normalized)."""
    return re.compile(r"(?:[وف])?(?:[بل])?(?:ال)?(?:" + _words(name) + r")")


def _inside(*names: str) -> re.Pattern[str]:
    """A word or phrase of the lists ``names`` as words of their own in normalized text (with و/ف, ب/ل, ال before)."""
    alt = "|".join(_words(n) for n in names)
    return re.compile(rf"(?<![{_AR}])(?:[وف])?(?:[بل])?(?:ال)?(?:{alt})(?![{_AR}])")


_STORMING = _whole("storming_words")
_ASSAULT = _whole("assault_words")
_CONFRONTATION = _inside("confrontation_words", "battlefield_phrases")
_ARMED_SIDE = _inside("armed_side_words")


# ---- round 19 (helper sd): Strategic developments told as talk
_AFTER_WORDS = _words("after_words")
_ARRIVAL_NOUNS = _words("arrival_nouns")
_DETENTION_PERIODS = _words("detention_periods")
_DETENTION_PLACES = _words("detention_places")
_DETENTION_NOUNS = _words("detention_nouns")
_ARREST_PRONOUN_NOUNS = _words("arrest_pronoun_nouns")
_ARREST_PRONOUN_PREPS = _words("arrest_pronoun_preps")
_ARREST_PLACE_NOUNS = _words("arrest_place_nouns")
#: "After / upon" (في أعقاب read as أعقاب), and an arrival noun between it and the strategic noun, right before the
#: trigger's word (بعد وصول تعزيزات، بعد انسحاب القوات، عقب تسليم القوة، لدى وصول).
_AFTER_BEFORE = re.compile(
    rf"(?<![{_AR}])[وف]?(?:في\s+)?(?:{_AFTER_WORDS})\s+(?:(?:{_ARRIVAL_NOUNS})(?:ه|ها|هم|هما)?\s+)?$"
)
_ARRIVAL = re.compile(rf"(?:ال)?(?:{_ARRIVAL_NOUNS})(?:ه|ها|هم|هما)?")
_DETENTION_PERIOD = re.compile(rf"(?<![{_AR}])[وف]?(?:{_DETENTION_PERIODS})\s+$")
_DETENTION_PLACE = re.compile(rf"(?<![{_AR}])[وفبل]?(?:ال)?(?:{_DETENTION_PLACES})\s+$")
_DETENTION = re.compile(rf"(?:[وف])?(?:[بل])?(?:ال)?(?:{_DETENTION_NOUNS})")
_ARREST_OF_NAMED = re.compile(rf"(?:[وف])?(?:[بل])?(?:{_ARREST_PRONOUN_NOUNS})")
_NAMED_PREP = re.compile(rf"(?<![{_AR}])[وف]?(?:{_ARREST_PRONOUN_PREPS})\s+$")
_ARREST_AT_PLACE = re.compile(rf"(?:[وف])?(?:[بل])?(?:ال)?(?:{_ARREST_PLACE_NOUNS})")
#: A word: the letters after a word start.
_WORD = re.compile(rf"[{_AR}\u064B-\u0652\u0640]+")


def _spans(c: Candidate) -> list[int]:
    """Where the trigger of ``c`` and of each of its mentions starts."""
    return list(dict.fromkeys([c.start] + [m.start for m in c.mentions]))


def _word_at(ctx: Context, start: int) -> tuple[int, str]:
    """The start of the word holding ``start`` and the word, normalized."""
    w0 = ctx.word_start(start)
    m = _WORD.match(ctx.doc.text, w0)
    return w0, normalize(m.group()) if m else ""


def _after_mark(ctx: Context, c: Candidate, start: int) -> bool:
    """Whether the strategic noun at ``start`` is told after "after / upon" (:data:`_AFTER_BEFORE`), or is itself an
    arrival noun after ب (وبوصول قوات الشرطة له قام الإرهابيون بإطلاق النيران)."""
    text = ctx.doc.text
    w0, word = _word_at(ctx, start)
    if _ARRIVAL.fullmatch(bare[1:] if (bare := drop_conjunction(word, min_rest=2)).startswith("ب") else "") is not None:
        return True
    before = normalize(text[max(c.sentence[0], w0 - 40) : w0])
    return _AFTER_BEFORE.search(before) is not None


def sd_background(ctx: Context, c: Candidate) -> bool:
    """(Round 19, helper sd) Whether a strategic development is told only as the time mark of another clause: a noun
    after "after / upon", directly or through an arrival noun (لا تزال الميليشيات تقصف الأحياء بعد وصول تعزيزات عسكرية
    إليها، دمر التنظيم الملعب بعد انسحاب القوات العراقية منه، عقب تسليم القوة سجينين … أطلق مجهولان النار، وبوصول
    قوات الشرطة له قام الإرهابيون بإطلاق النيران). ACLED codes the happening the clause tells, not the moment it came
    after. Not with a day named right after the noun (فرضوا حصارا على زنجبار بعد وصول تعزيزات عسكرية، الخميس، من لحج:
    the arrival has its own day) nor with a count of people arrested."""
    if c.cls.acled_type != _SD or c.tense != "noun" or c.arrested:
        return False
    if not all(_after_mark(ctx, c, s) for s in _spans(c)):
        return False
    return not ctx.day_named(c.start, min(c.sentence[1], c.end + 40))


def detention_state(ctx: Context, c: Candidate) -> bool:
    """(Round 19, helper sd) Whether an arrest is told only by detention named as a place or a period, not as an act
    of arresting (قامتا بفتح أماكن احتجاز لعشرات الحوثيين، انتقاهم البغدادي أثناء احتجازه في معتقل بوكا، وضع صحفيين في
    مراكز اعتقال): a state of being held, no arrest of a day. A period word reads the detention nouns only (أثناء
    اعتقاله may tell an arrest: shots fired during it). Also the arrest of one already named, a noun with a joined
    pronoun after a preposition of talk or time (الذي تواترت الأنباء عن اعتقاله، منذ اعتقاله، قبل توقيفه), with no day
    named right after it."""
    if c.cls.name != "arrest" or c.tense != "noun":
        return False
    text = ctx.doc.text
    for s in _spans(c):
        w0, word = _word_at(ctx, s)
        before = normalize(text[max(c.sentence[0], w0 - 20) : w0])
        if _ARREST_OF_NAMED.fullmatch(word) is not None and _NAMED_PREP.search(before):
            if ctx.day_named(s, min(c.sentence[1], s + 40)):
                return False  # أعلنت الشرطة عن اعتقاله أمس: the arrest of a day
            continue
        if _DETENTION.fullmatch(word) is not None:
            if not (_DETENTION_PERIOD.search(before) or _DETENTION_PLACE.search(before)):
                return False
        elif _ARREST_AT_PLACE.fullmatch(word) is not None:
            if not _DETENTION_PLACE.search(before):
                return False
        else:
            return False
    return True


def _trigger_words(ctx: Context, c: Candidate) -> list[str]:
    """The normalized trigger words of ``c``: its own and its mentions'."""
    spans = [(c.start, c.end)] + [(m.start, m.end) for m in c.mentions]
    return [normalize(ctx.doc.text[a:b]).strip() for a, b in dict.fromkeys(spans)]


def _title_span(ctx: Context, offset: int) -> tuple[int, int] | None:
    for b in ctx.doc.blocks:
        if str(b.kind) == "title" and b.start <= offset < b.end:
            return b.start, b.end
    return None


def _lead_span(ctx: Context, after: int) -> tuple[int, int] | None:
    """The first sentence of the body after the title ending at ``after``."""
    for s in ctx.sentences:
        if s.start >= after and ctx.doc.text[s.start : s.end].strip():
            return s.start, s.end
    return None


def _confronted(ctx: Context, start: int, end: int) -> bool | None:
    """Whether ``[start, end)`` tells a crowd's confrontation (True), armed sides (None) or neither (False)."""
    text = normalize(ctx.doc.text[start:end])
    # rebels and political militias are armed sides (حزب الله، الحوثيون); settlers and tribes (ACLED's identity
    # militias, inter 4) are the crowd a storming meets or the ones storming
    if _ARMED_SIDE.search(text) or any(a.inter in (2, 3) for a in ctx.actors_in(start, end)):
        return None
    return bool(_CONFRONTATION.search(text))


def storming_kind(ctx: Context, c: Candidate) -> str | None:
    """What a row typed an attack on civilians is when it is told by a storming: ``"riot"`` (a crowd confronts the
    force in its sentence, or, for a headline, in the body's first sentence), ``"none"`` (a storming alone, no one
    killed, hurt or arrested, no other act told with it) or ``None`` (not such a row: leave it)."""
    if c.cls.acled_type != _VAC or c.cls.name not in ("attack", "assault") or c.fatalities:
        return None
    words = _trigger_words(ctx, c)
    storming = [w for w in words if _STORMING.fullmatch(w)]
    assault = [w for w in words if _ASSAULT.fullmatch(w)]
    if not storming and not assault:
        return None
    if len(storming) + len(assault) < len(words):
        return None  # another act told with it (اقتحموا المنزل وأطلقوا النار على …): its own rules read it
    s0, s1 = c.sentence
    told = _confronted(ctx, s0, s1)
    title = _title_span(ctx, c.start)
    if told is False and title is not None:
        lead = _lead_span(ctx, title[1])
        told = _confronted(ctx, *lead) if lead is not None else False
    if told is None:
        return None  # armed hands or fire exchanged: a clash, the attack rules' to read
    if told:
        return "riot"
    if storming and not assault and not c.injured and not c.arrested:
        return "none"
    return None


# ---- round 20 (helper sn): a list of evils named as kinds
_EVIL_NOUNS = _words("evil_nouns")
_EVIL = re.compile(rf"(?:[وف])?(?:[بل])?(?:ال)?(?:{_EVIL_NOUNS})")
#: What may stand between two items of a list: spaces and a comma (الاعتداءات، والقتل، والتفجيرات).
_LIST_GAP = re.compile(r"\s*[،,]?\s*")
#: "or" as a word of its own between two items (قتل أو خطف).
_OR = frozenset({"او"})
#: How many items a list of evils has at the least for its trigger to name a kind.
LIST_ITEMS = 3


def _list_len(ctx: Context, c: Candidate) -> int:
    """How many nouns of evil (event_kind_cues.yaml evil_nouns) the list holding the trigger's word has: items
    joined by و (or a word أو), with only a comma or spaces between; 0 when the trigger's word is none."""
    text = ctx.doc.text
    s0, s1 = c.sentence
    words = list(_WORD.finditer(text, s0, s1))
    at = next((k for k, m in enumerate(words) if m.start() <= c.start < m.end()), None)
    if at is None:
        return 0
    norm = normalize_words([m.group() for m in words])

    def item(k: int) -> bool:
        return 0 <= k < len(words) and _EVIL.fullmatch(norm[k]) is not None

    def gap(a: int, b: int) -> bool:
        return _LIST_GAP.fullmatch(text, words[a].end(), words[b].start()) is not None

    def next_item(k: int) -> int | None:
        """The list's item after item ``k``: the next word with و, or the word after أو."""
        j = k + 1
        if j < len(words) and norm[j] in _OR and gap(k, j):
            return j + 1 if item(j + 1) and gap(j, j + 1) else None
        return j if item(j) and norm[j].startswith("و") and gap(k, j) else None

    if not item(at):
        return 0
    first = at
    while True:  # walk back to the list's first item
        back = next((k for k in (first - 1, first - 2) if item(k) and next_item(k) == first), None)
        if back is None:
            break
        first = back
    n, k = 1, first
    while (j := next_item(k)) is not None:
        n, k = n + 1, j
    if n >= LIST_ITEMS:
        return n
    return max(n, _phrase_items(words, norm, at, item, text))


#: (Round 25, helper pr2) How many words of its own an item of a list of evil phrases may carry after its noun (قصف
#: المدن والأحياء السكنية، وترويع الآمنين، وتدمير كل مقدرات البلاد).
PHRASE_WORDS = 4


def _phrase_items(words: list[re.Match[str]], norm: list[str], at: int, item: Callable[[int], bool], text: str) -> int:
    """(Round 25, helper pr2) How many items the list of evil phrases holding the trigger's word has: nouns of evil
    each with up to :data:`PHRASE_WORDS` words of its own after it (its object), the next one opening with و, only
    spaces and commas between words (من انتهاك للحرمات، وقصف المدن والأحياء السكنية، وترويع الآمنين، وتدمير كل
    مقدرات البلاد). A statement's or a column's list of crimes; a happening's list has its town or day and is kept by
    :func:`listed_evil`'s other checks."""

    def plain(a: int, b: int) -> bool:
        return all(_LIST_GAP.fullmatch(text, words[k].end(), words[k + 1].start()) for k in range(a, b))

    def after(k: int) -> int | None:
        for j in range(k + 1, min(len(words), k + 2 + PHRASE_WORDS)):
            if item(j) and norm[j].startswith("و") and plain(k, j):
                return j
        return None

    starts = [at]
    k = at
    while (j := after(k)) is not None:
        starts.append(j)
        k = j
    k = at
    for _ in range(8):  # back to the list's first phrase
        back = next((b for b in range(k - 1, max(-1, k - 2 - PHRASE_WORDS), -1) if item(b) and after(b) == k), None)
        if back is None:
            break
        starts.append(back)
        k = back
    if re.search(
        r"\d", text[words[min(starts)].start() : words[min(max(starts) + PHRASE_WORDS, len(words) - 1)].end()]
    ):
        return 0  # "تمكنت من قتل قناص وتدمير أربعة منازل مفخخة وتفجير 40 عبوة ناسفة": deeds counted, a report
    return len(starts)


def listed_evil(ctx: Context, c: Candidate) -> bool:
    """(Round 20, helper sn) Whether a verbal noun is one of a list of three or more evils (من قتل وخطف واعتداء على
    المنشآت، من تفجير وذبح وحرق، جرائم الكراهية مثل الاعتداءات والقتل والتفجيرات، تقوم بالقتل والترويع والخطف والسحل)
    told with no count, no day and no town of its own: violence named as a kind (an op-ed's, a sermon's, a song's),
    not a happening. The sentence batches 13, 21, 22 (two articles) and 23: five negative sentences of five articles
    each given an event by one item of such a list."""
    if c.tense != "noun" or c.arrested:
        return False
    if counted(c):
        return False
    if c.place_from == "clause" and (c.place_precision or 3) <= 2:
        return False
    if ctx.day_named(*c.sentence):
        return False
    return _list_len(ctx, c) >= LIST_ITEMS


#: (Round 20, helper sn) A class of people or places named as a whole (event_kind_cues.yaml generic_victims), right
#: after a trigger or after على/ضد: its normalized words, each after an optional و/ب/ل and ال.
_GENERIC_VICTIMS = tuple(
    tuple(normalize(w) for w in phrase.split()) for phrase in sorted(set(KIND_CUES.words("generic_victims")))
)
_ON = frozenset({"علي", "ضد"})
#: Prepositions that put a verbal noun under a verb of doing (أقدم على قتل، عمد إلى خطف، نجحوا في خطف).
_GOVERNING = frozenset(normalize(w) for w in KIND_CUES.words("governing_prepositions"))


def _bare(word: str) -> str:
    """A normalized word without و, ب/ل and ال before it (والمصلين → مصلين)."""
    word = drop_conjunction(word, min_rest=4)
    if word[:1] in ("ب", "ل") and len(word) > 4:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


_GENERIC_BARE = frozenset(tuple(_bare(w) for w in phrase) for phrase in _GENERIC_VICTIMS)


def _governed(ctx: Context, c: Candidate) -> bool:
    """Whether the trigger's verbal noun, or the head of the list of evils it is joined to by و (لضرب وقتل النساء),
    stands after ب/ل or a preposition (:data:`_GOVERNING`): the object of a verb of doing."""
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    first = _WORD.match(text, w0)
    word = normalize(first.group()) if first else ""
    for _ in range(6):  # back to the list's head (ضرب وقتل وخطف)
        if not word.startswith("و"):
            break
        prev = list(_WORD.finditer(text, max(c.sentence[0], w0 - 30), w0))
        if not prev or _LIST_GAP.fullmatch(text, prev[-1].end(), w0) is None:
            break
        head = normalize(prev[-1].group())
        if _EVIL.fullmatch(head) is None:
            break
        w0, word = prev[-1].start(), head
    bare = drop_conjunction(word, min_rest=4)
    return bare[:1] in ("ب", "ل") or ctx.previous_word(w0) in _GOVERNING


def generic_victim(ctx: Context, c: Candidate) -> bool:
    """(Round 20, helper sn) Whether a verbal noun of violence has for object a class of people or places named as a
    whole (استهداف بيوت الله وقتل المصلين أصبح دين الجماعات الإرهابية، استهداف رجال الأمن وتفجير دور العبادة لا يمت
    للإسلام بصلة، أعمالها قتل المصلين في المساجد، تبرير خطف الأطفال، الاعتداء على رجال الصحافة) in a text that names
    no place at all, with no count and no day: violence named as a kind (a sermon's, an op-ed's), not a happening.
    The sentence batches 8, 10, 21, 22 and 23 (two): six negative sentences of six articles."""
    if c.tense != "noun" or c.arrested or c.place_from != "none":
        return False
    if counted(c):
        return False
    if ctx.day_named(*c.sentence):
        return False
    if _governed(ctx, c):
        return False  # "استخدموا الهراوات لضرب وقتل النساء"، "قام مسلحون بخطف الأطفال": a deed told by its verb
    words = [normalize(m.group()) for m in _WORD.finditer(ctx.doc.text, c.end, c.clause[1])][:4]
    if words and words[0] in _ON:
        words = words[1:]
    bare = tuple(_bare(w) for w in words)
    # a class named as a whole is definite (المصلين، رجال الأمن، بيوت الله): "على نساء"، "ضرب رجال أمن" name some
    # women, some security men — a happening's (the lead, round 20: two sentences of the project's tables)
    return any(bare[: len(p)] == p and _definite(words[len(p) - 1]) for p in _GENERIC_BARE)


def _definite(word: str) -> bool:
    """Whether a word carries the article, after its proclitics (والمصلين، للمصلين، بالمساجد، الله)."""
    return any(prefix.endswith(("ال", "لل")) for prefix, _ in strip_proclitics(word))


#: (Round 25, helper pr2) The words that open a column's footer of the writer's other columns (مقالات أخرى للكاتب).
_FOOTER = gated(re.compile("|".join(re.escape(w) for w in KIND_CUES.words("other_columns_footer"))))


def in_footer(ctx: Context, c: Candidate) -> bool:
    """(Round 25, helper pr2) Whether the trigger stands in a column's footer that lists the titles of the writer's
    other columns (مقالات أخرى للكاتبماذا يعني انتصار عدن؟كشف الأكاذيب…من وراء تفجيرات سيناء؟): another article's
    title, not this one's news. 193 in-range articles of the corpus end with the footer, 8 with a word of violence in it
    (a fresh in-range al-Jazirah column of round 25 gave a bombing row from one)."""
    return _FOOTER.search(ctx.doc.text, 0, c.start) is not None


#: (Round 34, helper lg1) The operation a movement of forces serves, told after it in its sentence (from a word's
#: start, an ending may follow).
_OPERATION_AIMS = _words("frame_operation_aims")
_OPERATION_AIM = re.compile(rf"(?<![{_AR}])(?:[وف])?(?:{_OPERATION_AIMS})")


def movement_for_operation(ctx: Context, c: Candidate) -> bool:
    """(Round 34, helper lg1) Whether a movement of forces (تعزيزات، أرتال: the class ``mobilization``) is told with
    the operation it serves after it in its sentence (أعلنت الجمعة عن وصول أرتال عسكرية إلى مدينتي زنجبار وجعار، في
    إطار عملية لتحرير المنطقة؛ تعزيزات عسكرية عبرت الحدود لدعم العمليات؛ وصلت تعزيزات إلى المنطقة وتجري الاستعدادات
    لاقتحامها): the preparation of a fight, not a change to the group — the tune files code no such movement."""
    if c.cls.name != "mobilization":
        return False
    return _OPERATION_AIM.search(normalize(ctx.doc.text[c.end : c.sentence[1]])) is not None


# ---- round 41 (helper ev13): an arrest for vice or public morals
_CHARGE = _inside("charge_words")
_VICE = _inside("vice_words")
_MORALS_POLICE = _inside("morals_police")
#: The words of armed or political violence whose presence in the sentence keeps an arrest political (event
#: sentence cues, political_words: a terror cell, an armed group, protesters, the occupation).
_POLITICAL_ALT = "|".join(
    sorted({re.escape(normalize(w)) for w in EVENT_SENTENCE_CUES.words("political_words")}, key=len, reverse=True)
)
_POLITICAL = re.compile(rf"(?<![{_AR}])(?:[وف])?(?:[بل])?(?:ال)?(?:{_POLITICAL_ALT})(?![{_AR}])")


def vice_arrest(ctx: Context, c: Candidate) -> bool:
    """(Round 41, helper ev13) Whether an arrest is one for vice or public morals: its sentence gives the charge, a
    word of charge with a vice word at most sixty characters after it (القبض على الراقصة … بتهم التحريض على الفسق
    ونشر الرذيلة), or the morals police make it (ألقت الإدارة العامة لمباحث الآداب القبض على …), and the sentence
    names no armed group, terror or protest (political_words). An ordinary crime of the police's: no row. On ev11's
    and ev13's unseen short articles two arrests of entertainers in Egypt were rows, each false."""
    if c.cls.name != "arrest" or c.cls.acled_type is None:
        return False
    s0, s1 = c.sentence
    sentence = normalize(ctx.doc.text[s0:s1])
    if _POLITICAL.search(sentence):
        return False
    if _MORALS_POLICE.search(normalize(ctx.doc.text[c.clause[0] : c.start])):
        return True
    return any(_VICE.search(sentence, m.end(), m.end() + 60) for m in _CHARGE.finditer(sentence))


def headline_arrest(ctx: Context, c: Candidate) -> bool:
    """Whether ``c`` is an arrest told in the headline with no political word in it (القبض على الراقصة …): the
    headline of the body's arrest, which goes with it when the body's is for vice (:func:`vice_arrest`)."""
    if c.cls.name != "arrest" or c.start >= body_start(ctx.doc):
        return False
    return not _POLITICAL.search(normalize(ctx.doc.text[c.sentence[0] : c.sentence[1]]))


def code_kinds(ctx: Context, rows: list[Candidate]) -> list[Candidate]:
    """The rows of an article with a storming typed an attack on civilians read again (:func:`storming_kind`): a riot
    when a crowd confronts the force, no row when the force only entered; a strategic development told as talk
    (round 19) and violence named as a kind (round 20: :func:`listed_evil`, :func:`generic_victim`) dropped."""
    out: list[Candidate] = []
    start = body_start(ctx.doc)
    vice = any(c.start >= start and vice_arrest(ctx, c) for c in rows if c.cls.name == "arrest")
    for c in rows:
        if vice and headline_arrest(ctx, c):
            continue  # round 41 (ev13): the headline of the body's arrest for vice
        if sd_background(ctx, c) or detention_state(ctx, c):
            continue  # round 19 (sd): a strategic development told as another clause's time mark or as a state
        if listed_evil(ctx, c) or generic_victim(ctx, c):
            continue  # round 20 (sn): violence named as a kind (من قتل وخطف واعتداء، قتل المصلين)
        if in_footer(ctx, c):
            continue  # round 25 (pr2): a title of the writer's other columns (مقالات أخرى للكاتب …)
        if movement_for_operation(ctx, c):
            continue  # round 34 (lg1): reinforcements told with the operation they serve (في إطار عملية لتحرير)
        if vice_arrest(ctx, c):
            continue  # round 41 (ev13): an arrest for vice or public morals (بتهم التحريض على الفسق، مباحث الآداب)
        kind = storming_kind(ctx, c)
        if kind == "none":
            continue
        if kind == "riot":
            c.cls = event_lexicon().classes["riot"]
            c.cues.add("kinds:storming_riot")
        out.append(c)
    return out
