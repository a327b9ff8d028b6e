"""Step 3b, later readings: the speaker before a marker in its clause or sentence (إلا أن قياديا … كشف), the subject
of a participle, and the speaker around a marker that has none after it (:func:`_speaker_around`)."""

from __future__ import annotations

from collections.abc import Callable

from rasd.claims.agreement import Form, disagrees, marker_form, plural_verb, speaker_form
from rasd.claims.content import LETTER_RE
from rasd.claims.context import Candidate, DocIndex, _union
from rasd.claims.lexicon import MARKER_PARTICIPLE, MARKER_VERB, Cue
from rasd.claims.spans import collapse
from rasd.claims.speakers import (
    QUOTES,
    Speaker,
    anaphor,
    as_written,
    continued,
    punct_between,
    role_reader,
    search_before,
    speaker_of,
    title_speaker,
    written_speaker,
)
from rasd.ner.lexicon import load_lexicon
from rasd.stages.claims.after import (
    _OBJECT_NOUNS,
    _SPEAKER_CUES,
    _honorific,
    _speaker_after,
    _verbal_noun,
    b_object_first,
    demand_lead_within,
)
from rasd.stages.claims.common import (
    Claim,
    _after_dateline,
    _channel_at,
    _from_candidate,
    _generic,
    _Mark,
    _present,
    _previous_sentence,
    _State,
    _title_at,
    _told_ahead,
)
from rasd.stages.claims.cues import (
    _AMMA,
    _ASIDE_ONE,
    _ASIDE_TWO,
    _BUT,
    _BUT_PRONOUNS,
    _BY_SAYING_NOT,
    _BY_SAYING_NOT_VERBS,
    _BY_SAYING_TALK,
    _CLAUSE_PUNCT,
    _DEMONSTRATIVE_SUBJECTS,
    _DEMONSTRATIVES,
    _GROUP_NOUNS,
    _GROUP_QUANTIFIERS,
    _INNA,
    _INTRO_LEADS,
    _ISSUED,
    _KANA,
    _KANA_TITLE_TAIL,
    _NOT_VERB_OPENERS,
    _OPENERS,
    _OPENING_WORDS,
    _PARTICIPLE_OPENER,
    _PARTICLE_OPENERS,
    _QAD,
    _RELATIVE_ADJECTIVES,
    _SAME,
    _SAYING,
    _SETTING_LEADS,
    _SUBJECT_BEFORE_WORDS,
    _SUBJECT_PARTICLES,
    _SUBJECT_WORDS,
    _THAT,
    _THING_ANTECEDENTS,
    _TOPIC_PREPOSITIONS,
    _VERB_FIRST,
    _VERB_PARTICLES,
)
from rasd.text.clitics import drop_conjunction
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm

#: the word lists the readers below ask for, read once at import (round 42, sp18: each reader called the
#: cue file's memoized reader again, ~25,000 calls per 1,000 articles)
_KINSHIP_HEADS = _SPEAKER_CUES.normalized_words("kinship_heads")
_OUTLET_PHRASE_WORDS = _SPEAKER_CUES.normalized_words("outlet_phrase_words")
_OUTLET_PLURALS = _SPEAKER_CUES.normalized_words("outlet_plurals")
_OUTLET_PREPOSITIONS = _SPEAKER_CUES.normalized_words("outlet_prepositions")
_PLURAL_SUBJECT_HEADS = _SPEAKER_CUES.normalized_words("plural_subject_heads")
_SUBJECT_BODY_HEADS = _SPEAKER_CUES.normalized_words("subject_body_heads")
_SUBJECT_LAM_VERBS = _SPEAKER_CUES.normalized_words("subject_lam_verbs")


def _feminine_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """The subject of a feminine participle (مشيرة، مؤكدة، معتبرة) in a sentence that opens with a feminine past
    verb (رفضت، أبدت، استنكرت) and has no claim before it (round 10b): "ورفضت لجنة الانضباط رفع الإيقاف عن
    اللاعبين بعد أن تلقت طلبا، مشيرة إلى أنها"، "وأبدت مديرة الإدارة فلانة استعدادها …، مؤكدة أن". Verb and
    participle agree, so the subject after the verb speaks, not the speaker of the sentence before: a name or
    title right after the verb, else a body noun phrase there."""
    if not ix.doc.text[m.start : m.end].endswith("ة"):
        return None
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is None or opener[2] >= m.prefix_start or not opener[0].endswith("ت"):
        return None
    head = norm(opener[0])
    if (
        drop_conjunction(head, min_rest=2) in _NOT_VERB_OPENERS
        or drop_conjunction(head, min_rest=2).startswith("ال")
        or ix.candidate_at(opener[1])
    ):
        return None
    start = opener[2]
    aside = ix.word_after(start)
    if aside is not None and norm(aside[0]) in _ASIDE_ONE:  # "وأبدت بدورها مديرة الإدارة فلانة"
        start = aside[2]
    k = ix.token_index(start) + _OPENING_WORDS
    end = min(m.prefix_start, ix.doc.tokens[k].start) if k < len(ix.doc.tokens) else m.prefix_start
    own, _, _ = _speaker_after(ix, st, start, end, has_intro=True)
    if (
        own is not None
        and own.get("found_by") in ("mention", "title")
        and isinstance(own.get("start"), int)
        and ix.words_between(start, int(own["start"])) == 0
    ):
        return _before_her(ix, own)
    return _body_subject(ix, st, start, m.prefix_start)


def _opening_noun_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """The subject of a sentence's opening verb when it is an unnamed body or a relative, not an entity or a title
    (round 14, helper cl8): "وشكك معهد بحثي أمريكي أمس في تفسير …، قائلا إن"، "وأفادت المجموعة في بيان اليوم عن
    …، مبينة أن"، "وثمن والد الشهيد، العزاء والمواساة وقال:". A participle or a coordinated verb later in that
    sentence is that subject's, not a continuation of a speaker of an earlier sentence. The head right after the
    verb is a body noun (``body_nouns``, ``subject_body_heads``) with up to three definite words or adjectives in ي / ية
    after it, or a kinship noun (``kinship_heads``) with its definite genitive; the verb is the sentence's first word
    (after و) and agrees with the marker (a feminine verb in ت for a feminine marker, a verb not in ت for a masculine
    one). Kept as written, or the earlier speaker it names (المجموعة → مجموعة العمل …)."""
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is not None and drop_conjunction(norm(opener[0]), min_rest=2) == "من":
        aside = ix.word_after(opener[2])  # "من جهتهم أعرب ذوو الشهداء": the aside, then the verb (round 32, cl48)
        if aside is not None and norm(aside[0]) in _ASIDE_TWO:
            opener = ix.word_after(aside[2])
            if opener is not None and opener[0] in ("،", ","):
                opener = ix.word_after(opener[2])
    if opener is None or opener[2] >= m.prefix_start:
        return None
    head = drop_conjunction(norm(opener[0]), min_rest=2)
    if (
        len(head) < 3
        or head in _NOT_VERB_OPENERS
        or head.startswith("ال")
        or head[:1] in ("ب", "ل")
        or ix.candidate_at(opener[1]) is not None
        or role_reader().may_start(head)
    ):
        return None
    form = _marker_form(ix, m)
    # a plural marker after a singular opening verb (أعرب … مؤكدين، وأعرب … وأكدوا): the verb stands before its plural
    # subject, so the plural phrase right after it is that subject, not an object (round 32, cl48)
    plural = form[1] == "p" and not head.endswith(("وا", "ون", "ين", "ان"))
    if form[0] is None or (form[1] not in (None, "s") and not plural) or (form[0] == "f") != head.endswith("ت"):
        return None  # "قالت … مشيرة" with a masculine verb, or a plural participle after a plural verb
    w = ix.word_after(opener[2])
    if w is not None and norm(w[0]) in _ASIDE_ONE:
        w = ix.word_after(w[2])
    if w is None or w[1] >= m.prefix_start or ix.candidate_at(w[1]) is not None:
        return None
    first = norm(w[0])
    bodies = _union(ix.lexicon.body_nouns, _SUBJECT_BODY_HEADS)
    kin = _KINSHIP_HEADS
    stop = w[2]
    if first in bodies:
        for _ in range(3):
            nxt = ix.word_after(stop)
            if nxt is None or nxt[1] >= m.prefix_start:
                break
            word = norm(nxt[0])
            if not (word.startswith("ال") or (word.endswith(("ي", "يه")) and len(word) >= 4)) or word in (
                ix.lexicon.prepositions
            ):
                break
            if ix.in_timex(nxt[1]):
                break
            stop = nxt[2]
        if stop == w[2] and not first.startswith("ال"):
            return None  # "لجنة" alone names no body
        indefinite = not first.startswith("ال") and not w[0].endswith(("ا", "اً", "ًا"))
    elif plural and (first in _PLURAL_SUBJECT_HEADS or _sound_plural(first)):
        # "وأعرب ذوو الشهداء عن شكرهم …، مؤكدين"، "وأعرب المشاركون في الندوة عن …، مطالبين": the plural head, the
        # head in construct's definite genitive, then adjectives in ي / ية or a plural's ون / ين (not a definite
        # object: "ورفض ممثلو الأمن العام التعليق"، "واستنكر المغردون الهجمات")
        genitive = not first.startswith("ال")
        for _ in range(3):
            nxt = ix.word_after(stop)
            if nxt is None or nxt[1] >= m.prefix_start or ix.in_timex(nxt[1]):
                break
            if genitive and (name := _construct_name(ix, nxt, m.prefix_start)) is not None:
                stop, genitive = name, False  # "سكان غزة"، "مسئولو منطقة عسير": a name, or a noun and a name
                continue
            if ix.candidate_at(nxt[1]) is not None:
                break
            word = norm(nxt[0])
            if not word.startswith("ال") or word in ix.lexicon.prepositions:
                break
            if not genitive and not (len(word) > 4 and word.endswith(("ي", "يه", "ون", "ين"))):
                break
            genitive = False
            stop = nxt[2]
        if stop == w[2] and not first.startswith("ال"):
            return None  # "أهالي" alone: the phrase is cut off
        indefinite = True  # (no object test: a singular verb's plural object would leave the marker no subject)
    elif first in kin:
        nxt = ix.word_after(stop)
        if nxt is None or nxt[1] >= m.prefix_start or not norm(nxt[0]).startswith("ال") or ix.in_timex(nxt[1]):
            return None
        stop = nxt[2]
        indefinite = False
    else:
        return None
    if not indefinite:
        # a definite noun or a relative after a verb may be its object ("وافتتح المركز الجديد …، مؤكدا"، "واستقبل
        # والد الشهيد …"): only after a speech verb that gave no claim (وأفادت المجموعة في بيان عن …) or with a
        # comma right after the phrase (وثمن والد الشهيد، العزاء)
        after = ix.word_after(stop)
        spoke = any(opener[1] <= mk.start < opener[2] for mk in ix.markers)
        if not spoke and (after is None or after[0] not in ("،", ",")):
            return None
    written = as_written(ix, w[1], stop)
    if written is None or _disagreeing(ix, m, written, before=True):
        return None
    return anaphor(ix, st.speakers(), int(written["start"]), int(written["end"])) or written


def _construct_name(ix: DocIndex, word: tuple[str, int, int], limit: int) -> int | None:
    """Where the genitive of a head in construct ends when it is a name (سكان غزة) or a bare noun and a name
    (مسئولو منطقة عسير), before ``limit``; None otherwise."""
    name = ix.candidate_at(word[1])
    w = norm(word[0])
    if name is None and not w.startswith("ال") and w not in ix.lexicon.prepositions:
        after = ix.word_after(word[2])
        name = ix.candidate_at(after[1]) if after is not None and after[1] < limit else None
    return name.end if name is not None and name.end <= limit else None


def _sound_plural(word: str) -> bool:
    """A definite masculine sound plural in the nominative (المشاركون، المحتجون، المتظاهرون): a subject's case."""
    return word.startswith("ال") and word.endswith("ون") and len(word) > 6


def _before_her(ix: DocIndex, speaker: Speaker) -> Speaker:
    """A title phrase cut before the first word after its head that ends in ها (her: the object that refers back
    to the subject, "مديرة الإدارة فلانة استعدادها لتقديم العون")."""
    text = ix.doc.text
    a, b = int(speaker["start"]), int(speaker["end"])
    words = [(t.start, t.end) for t in ix.doc.tokens if a <= t.start and t.end <= b]
    for ws, we in words[1:]:
        if norm(text[ws:we]).endswith("ها"):
            end = ix.word_before(ws)
            if end is None or end[2] <= a:
                break
            out = dict(speaker, end=end[2], text=text[a : end[2]])
            if speaker.get("name_ar") == speaker.get("text"):
                out["name_ar"] = out["text"]
            return out
    return speaker


def _body_subject(ix: DocIndex, st: _State, s0: int, end: int) -> Speaker | None:
    """A body that opens its sentence, after at most two particles: a body noun and up to three definite words
    ("إلا أن لجنة الانضباط رفضت"، "وزارة الصحة السعودية أعلنت"), kept as written (or the earlier speaker it names)."""
    w = ix.word_after(s0)
    for _ in range(2):
        if w is None or norm(w[0]) not in _OPENERS:
            break
        w = ix.word_after(w[2])
    if w is None or w[1] >= end:
        return None
    head = norm(w[0])
    if head not in ix.lexicon.body_nouns and drop_conjunction(head, min_rest=2) not in ix.lexicon.body_nouns:
        return None
    start, stop = w[1], w[2]
    for _ in range(3):
        nxt = ix.word_after(stop)
        if nxt is None or nxt[1] >= end or not norm(nxt[0]).startswith("ال"):
            break
        stop = nxt[2]
    if stop == w[2] and not drop_conjunction(head, min_rest=2).startswith("ال"):
        return None  # "لجنة" alone names no body
    written = as_written(ix, start, stop)
    if written is None:
        return None
    return anaphor(ix, st.speakers(), int(written["start"]), int(written["end"])) or written


def _untagged_name_before(ix: DocIndex, rel_start: int, zones: list[tuple[int, int]]) -> Speaker | None:
    """A person's name the entity layer missed right before a relative pronoun of saying, after his title (round 10):
    "للمخرج اللبناني فلان فلان، الذي قال إن" — two plain words (no article, no preposition, no date) after a
    definite or fused word, with at most a comma before الذي. The span is the two words, a person."""
    text = ix.doc.text
    w2 = ix.word_before(rel_start)
    if w2 is not None and w2[0] in ("،", ","):
        w2 = ix.word_before(w2[1])
    w1 = ix.word_before(w2[1]) if w2 is not None else None
    lead = ix.word_before(w1[1]) if w1 is not None else None
    if w1 is None or w2 is None or lead is None or any(a <= w1[1] < b for a, b in zones):
        return None
    lex = ix.lexicon

    def plain(w: tuple[str, int, int]) -> bool:
        word = norm(w[0])
        return (
            LETTER_RE.search(w[0]) is not None
            and not word.startswith(("ال", "لل", "بال", "وال"))
            and word not in lex.prepositions
            and word not in lex.not_speakers
            and not ix.in_timex(w[1])
            and ix.candidate_at(w[1]) is None
        )

    head = drop_conjunction(norm(lead[0]), min_rest=2)
    if not (plain(w1) and plain(w2)) or not head.startswith(("ال", "لل", "بال")) or head in lex.prepositions:
        return None  # (إلى normalizes to الي: a preposition, no title)
    return {
        "name": None,
        "name_ar": collapse(text[w1[1] : w2[2]]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "type": "PER",
        "text": text[w1[1] : w2[2]],
        "start": w1[1],
        "end": w2[2],
        "found_by": "as_written",
    }


def _unread_subject(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a word that may be an unread subject follows the marker (واعلن الحلف الاطلسي خطة …)."""
    nxt = ix.word_after(m.end)
    if nxt is None or ix.in_timex(nxt[1]) or nxt[1] in ix.stops:
        return False
    lex = ix.lexicon
    w = norm(nxt[0])
    bare = drop_conjunction(w, min_rest=2)
    tok = ix.doc.tokens[ix.token_index(nxt[1])]
    if tok.kind == "word" and m.value.kind == "demand" and bare in lex.addressee_quantifiers:
        return False  # "ودعا جميع المستفيدين إلى"، "وحث الجميع على": whom he calls on, he goes on (round 20, cl24)
    if (
        tok.kind == "word"
        and m.value.kind == "demand"
        and not _present(ix.doc.text[m.start : m.end])
        and ix.candidate_at(nxt[1]) is None
        and _object_form(ix, bare, nxt, claims_with_b=drop_conjunction(norm(m.key), min_rest=2).startswith("طالب"))
    ):
        return False  # "وطالب بتبرعات عاجلة"، "ودعا المواطنين إلى الإبلاغ": the object, the speaker goes on (round 12)
    if tok.kind == "word" and m.value.kind == "demand" and not _present(ix.doc.text[m.start : m.end]):
        c = ix.candidate_at(nxt[1])
        end = c.end if c is not None else nxt[2]
        adj = ix.word_after(end)
        while c is None and adj is not None and norm(adj[0]).startswith("ال") and norm(adj[0]) not in ("الي", "علي"):
            end, adj = adj[2], ix.word_after(adj[2])  # "الحكومة الهندية"
        form = speaker_form(ix.doc.text[nxt[1] : end], c.type if c is not None else None)
        if disagrees(_marker_form(ix, m), form, before=False) and demand_lead_within(
            ix, end, 3, across_punctuation=True
        ):
            return False  # "ودعا الهند إلى"، "ودعت الرئيس إلى": a noun that does not agree is the object (round 12b)
    if m.value.type is MARKER_VERB and m.value.object and b_object_first(ix, ix.word_before(m.end), nxt):
        return False  # "وتعهدت بشن هجمات": the ب object right after the verb, its pronoun speaks (round 33, cl51)
    if tok.kind == "word" and m.value.type is MARKER_VERB and m.value.object and _object_noun(ix, bare, nxt):
        return False  # "وأكد أهمية تضافر الجهود"، "وأكد عدم التهاون": the object, the speaker goes on (round 21)
    return tok.kind == "word" and not {w, bare} & _union(lex.prepositions, lex.not_speakers)


def _object_noun(ix: DocIndex, bare: str, word: tuple[str, int, int]) -> bool:
    """Whether the word right after a verb that takes a plain object is one of claim_speaker_cues.yaml
    ``object_verbal_nouns`` (أهمية، ضرورة، عدم، وقف، القبض …), with or without the article, that no entity covers and
    no given name spells: the verb's object, never its subject ("وأكد أهمية …"، "وأعلن القبض على …"; round 21, cl25)."""
    core = bare[2:] if bare.startswith("ال") else bare
    return (
        core in _OBJECT_NOUNS
        and ix.candidate_at(word[1]) is None
        and core not in load_lexicon().given_names  # نجاح is also a name
    )


#: Round 37 (helper cl61): nouns of a verbal noun's pattern that name a body (تحالف، تنظيم), never a plain object
_DERIVED_NOT_OBJECTS = _SPEAKER_CUES.normalized_words("derived_not_objects")
_OWNED_ENDINGS = ("تهما", "تهم", "تها", "ته", "هما", "هم", "ها", "ه")


def _derived_object_after(ix: DocIndex, mk: _Mark) -> bool:
    """Whether a one-word verb that takes a plain object opens its clause (after و / ف, punctuation or a particle of
    ``verb_first_particles``: كما، ثم، وقد) and the word right after it is a derived verbal noun
    (:func:`_derived_object_first`): then no subject stands after the verb, and its pronoun speaks ("وأكد تضامن حكومة
    الكويت مع …"، "كما أكدت تصميم الدولة على …"، "ثم أعلن تحرير 59 رهينة"; round 37, cl61). Not inside a clause
    ("ووحدات عسكرية أعلنت مناهضتها": the units, not a speaker before) nor for جاء في / ورد فيه."""
    m = mk.match
    if m.value.type is not MARKER_VERB or not m.value.object or mk.relative is not None:
        return False
    if " " in ix.doc.text[m.start : m.end].strip() or _present(ix.doc.text[m.start : m.end]):
        return False  # (the present after a comma tells what people do: "…، يُعلنون إفلاسهم")
    prev = ix.word_before(m.prefix_start)
    opens = (
        "و" in m.prefix
        or "ف" in m.prefix
        or prev is None
        or prev[0] in _CLAUSE_PUNCT
        or prev[1] < ix.sentence_bounds(m.start)[0]
        or norm(prev[0]) in _VERB_FIRST
    )
    nxt = ix.word_after(m.end)
    return (
        opens
        and nxt is not None
        and ix.doc.tokens[ix.token_index(nxt[1])].kind == "word"
        and _derived_object_first(ix, nxt)
    )


def _derived_object_first(ix: DocIndex, word: tuple[str, int, int]) -> bool:
    """Whether the word right after a verb that takes a plain object is a verbal noun of a derived form by its pattern
    (after._verbal_noun: تفعيل تعيين، تفاعل تضامن، افتعال التزام، استفعال استدعاء، إفعال إغلاق), indefinite — the head
    of a construct or with its possessive pronoun (تصميم الدولة، استدعاء سفيرها، موافقتها) — with no entity at it, no
    given name, title, body or group noun spelling it: the verb's object, so no subject stands after the verb and its
    pronoun speaks ("وأكد تضامن حكومة الكويت مع …"، "كما أكدت تصميم الدولة على …"، "ثم أعلن تحرير 59 رهينة"; round 37,
    cl61: check25, check26, check32, check33). A word with the article is read only when the article is the
    pattern's own letters (التزام)."""
    raw = word[0].strip('«»"“”()،,')
    w = drop_conjunction(norm(raw), min_rest=3)
    if not w or w.startswith("ال") or ix.candidate_at(word[1]) is not None:
        return False  # (the article: "وأعلن الثوار"، "وأكد التجار": a definite plural of the pattern, the subject)
    stems = [w]
    bare_raw = raw[1:] if raw[:1] in ("و", "ف") and len(w) < len(norm(raw)) else raw
    for ending in _OWNED_ENDINGS:  # (on the written word: ة is no pronoun, "تسديدة" no "تسديده")
        if bare_raw.endswith(ending) and len(w) - len(ending) >= 4:
            stem = w[: -len(ending)]
            stems.append(stem + "ه" if ending[0] == "ت" else stem)  # موافقتها -> موافقه (ة normalized)
            break
    lex = ix.lexicon
    for stem in stems:
        if stem in load_lexicon().given_names or stem in _DERIVED_NOT_OBJECTS or stem in lex.body_nouns:
            return False
        if stem in _GROUP_NOUNS or role_reader().may_start(stem):
            return False
    # ة is no verbal noun's ending but مفاعلة's (امرأة has إفعال's letters): "واتهمت امرأة أخرى" is a passive
    return any(
        _verbal_noun(stem)
        and (not stem.endswith("ه") or stem[:1] == "م")
        # إفعال and the plural أفعال share their letters (أفكار، أرقام): the hamza below written, or none of it
        and not (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا" and not bare_raw.startswith("إ"))
        for stem in stems
    )


def _object_form(ix: DocIndex, bare: str, word: tuple[str, int, int], *, claims_with_b: bool) -> bool:
    """A word right after a past verb of demand that can only be its object: ب + a definite or verbal noun after
    طالب (بالسماح، بضرورة، بتبرعات), or a definite sound plural in the accusative (المواطنين، المتقدمين) before
    إلى / على / بـ within five words with no punctuation between (دعا، حث، ناشد، طالب; round 21: "ودعا المهندسين
    المسجلين في موقع الهيئة إلى"). Not the verbs of accusing or threatening: اُتهم بـ،
    يُهدد بالقتل are passives as often as not."""
    if claims_with_b and bare[:1] == "ب" and len(bare) >= 5 and (bare.startswith("بال") or bare[1:2] in "تضإاو"):
        return True
    if not (bare.startswith("ال") and bare.endswith("ين") and len(bare) > 5) or role_reader().may_start(bare):
        return False
    return demand_lead_within(ix, word[2])  # round 21: five words, no punctuation (was three, any)


def _past_opening_aside(ix: DocIndex, w: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The word after an aside that opens a sentence before its verb, with or without its comma: "بدوره،" or
    "من جهته" / "من جانبه" ("من جهته قدم مدير العلاقات العامة اعتذاره …، وقال"; round 43, cl79); else ``w``.
    (With its comma, "من جهته،" was passed over as a setting phrase already.)"""
    if w is None:
        return None
    first = drop_conjunction(norm(w[0]), min_rest=2)
    if first == "من":
        aside = ix.word_after(w[2])
        if aside is None or norm(aside[0]).rstrip("،,") not in _ASIDE_TWO:
            return w
        w = aside
    elif norm(w[0]).rstrip("،,") not in _ASIDE_ONE or ix.candidate_at(w[1]) is not None:
        return w
    nxt = ix.word_after(w[2]) if not w[0].endswith(("،", ",")) else None
    after = ix.word_after(nxt[2]) if nxt is not None and nxt[0] in ("،", ",") else nxt
    if nxt is None:
        after = ix.word_after(w[2])
    return after if after is not None else w


#: words of time that open a setting phrase before a sentence's verb, besides ``not_verb_openers`` (أثناء الزيارة،)
_TIME_LEADS = frozenset({"اثناء", "ابان", "فور", "لحظه"})

#: "one of" before a group's noun: a subject of its own (أحد أقارب الضحايا، إحدى الناجيات)
_ONE_OF = frozenset({"احد", "احدي"})


def _opening_verb(ix: DocIndex, s0: int) -> tuple[str, int, int] | None:
    """The word that opens a sentence at ``s0`` as its verb, past an aside (:func:`_past_opening_aside`) or a
    setting phrase closed by a comma within four tokens ("وفي هذا السياق؛ غردت الوزيرة فلانة قائلة")."""
    verb = _past_opening_aside(ix, ix.word_after(s0))
    if verb is not None and drop_conjunction(norm(verb[0]), min_rest=2) in _SETTING_LEADS:
        return _past_setting_comma(ix, verb, ("،", ",", "؛", ";"))
    return verb


def _past_setting_comma(
    ix: DocIndex, lead: tuple[str, int, int], closers: tuple[str, ...]
) -> tuple[str, int, int] | None:
    """The word after the first of ``closers`` within the four tokens after ``lead`` (a setting phrase's first word:
    "وفي هذا السياق؛ غردت"، "وخلال الجولة، تحدث"), or ``lead`` itself when none closes it there (a phrase with
    nothing after its comma gives ``None``)."""
    for t in ix.doc.tokens[ix.token_index(lead[2]) : ix.token_index(lead[2]) + 4]:
        if ix.doc.text[t.start : t.end] in closers:
            return ix.word_after(t.end)
    return lead


def _opening_verb_title(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """The title right after a sentence's opening verb, however far the participle stands after it, when that
    verb gave no claim and no name stands in the clause: "واستقبل محافظ المنطقة الوفد الزائر في مكتبه أمس، مؤكدا
    أن"، "بدوره، قدم مدير العلاقات العامة بالشركة اعتذاره للمسافرين عن التأخير، مشيرا إلى" — the subject of the
    act, not the speaker of an earlier sentence (round 43, cl79). The opener must look like a verb: not a
    preposition or particle, not كان, not a definite noun, a title, a name or a participle."""
    opener = _opening_verb(ix, _after_dateline(ix, s0))
    if opener is not None and drop_conjunction(norm(opener[0]), min_rest=2) in _NOT_VERB_OPENERS | _TIME_LEADS:
        # "وخلال الجولة، تحدث …"، "وأثناء الزيارة، تحدث …": a short setting phrase closed by its comma, then the verb
        opener = _past_setting_comma(ix, opener, ("،", ","))
    if opener is None or opener[2] >= m.prefix_start:
        return None
    head = drop_conjunction(norm(opener[0]), min_rest=2)
    if (
        len(head) < 3
        or head in _NOT_VERB_OPENERS
        or head in _KANA
        or head in ix.lexicon.prepositions
        or head.startswith("ال")
        or head[:1] in ("ب", "ل")
        or _PARTICIPLE_OPENER.fullmatch(head)
        or ix.candidate_at(opener[1]) is not None
        or role_reader().may_start(head)
    ):
        return None
    own = _opening_subject(ix, st, opener[1], m.prefix_start, near=False, placed=True, intro=False)
    if own is None and (first := ix.word_after(opener[2])) is not None and norm(first[0]) in _ONE_OF:
        # "تحدث أحد أقارب الضحايا …، مشيرا": one of a group, kept as written
        k = ix.token_index(opener[2]) + _OPENING_WORDS
        end = min(m.prefix_start, ix.doc.tokens[k].start) if k < len(ix.doc.tokens) else m.prefix_start
        w = ix.word_after(first[2])
        while w is not None and w[1] < end:
            if _PARTICIPLE_OPENER.fullmatch(norm(w[0])):
                end = w[1]  # "أحد أبناء المصابين مخاطبا المدير": the group ends before the participle
                break
            w = ix.word_after(w[2])
        written, _, _ = _speaker_after(ix, st, opener[2], end, has_intro=True)
        if (
            written is not None
            and written.get("found_by") == "as_written"
            and written.get("start") == first[1]
            and len(str(written.get("text", "")).split()) >= 2
        ):
            return None if _disagreeing(ix, m, written, before=True) else written
    if own is None or own.get("found_by") != "title" or own.get("anonymous") or _disagreeing(ix, m, own, before=True):
        return None
    return _title_before_object(ix, own)


def _title_before_object(ix: DocIndex, own: Speaker) -> Speaker:
    """A title phrase read past its end into the verb's object, cut where the object opens: after a definite word,
    a bare indefinite noun ("مدير عام الإدارة العامة لشؤون الزراعة بالمنطقة [رعاية] سمو …") or a بـ object
    ("مدير صحة الجوف [بمبادرة] مسؤولي المدينة"); a name the tagger found is never cut."""
    start, end = own.get("start"), own.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return own
    definite = False
    w = ix.word_after(start)
    kept = 0
    while w is not None and w[2] <= end:
        n = norm(w[0])
        if kept >= 2 and ix.candidate_at(w[1]) is None:
            bare = not n.startswith(("ال", "و", "ل"))
            if (definite and bare and not n.startswith("ب")) or (n.startswith("ب") and not n.startswith("بال")):
                cut = ix.word_before(w[1])
                if cut is None:
                    return own
                return dict(own, text=ix.doc.text[start : cut[2]], end=cut[2])
        definite = definite or "ال" in n[:4]
        kept += 1
        w = ix.word_after(w[2])
    return own


def _opening_subject(
    ix: DocIndex,
    st: _State,
    s0: int,
    end: int,
    *,
    near: bool,
    plural: bool = False,
    placed: bool = False,
    intro: bool = True,
) -> Speaker | None:
    """The subject right after a sentence's first word (its verb), within :data:`_OPENING_WORDS` words: a named
    entity or a title (found by mention or title, never a guess as written). ``near``: ``end`` itself (a
    participle) must stand within that reach. ``plural``: a phrase as written whose first word is plainly plural
    (آخرون، ناشطون) is taken too (round 18b, for a plural marker). ``placed``: a name deep in the clause, in the
    opening verb's object, is no subject (:func:`_deep_in_clause`; round 29, for a participle or a joined verb).
    ``intro``: False for a verb of an act with its plain object after the subject (the object readers of
    :func:`_speaker_after` end the subject there: "وثمن مدير عام الإدارة رعاية …"; round 43)."""
    verb = _opening_verb(ix, s0)
    if verb is None or (near and ix.words_between(verb[2], end) > _OPENING_WORDS):
        return None
    k = ix.token_index(verb[2]) + _OPENING_WORDS
    if k < len(ix.doc.tokens):
        end = min(end, ix.doc.tokens[k].start)
    speaker, _, _ = _speaker_after(ix, st, verb[2], end, has_intro=intro)
    if speaker is None:
        return None
    if speaker.get("found_by") == "as_written" and plural and _antecedent_form(speaker)[1] in ("d", "p"):
        return speaker
    if speaker.get("found_by") not in ("mention", "title"):
        return None
    if (
        placed
        and speaker.get("type") in ("ORG", "GPE")
        and isinstance(speaker.get("start"), int)
        and _deep_in_clause(ix, s0, int(speaker["start"]), participle=True)
    ):
        return None  # a name in the opening verb's object, not its subject (round 29, cl44)
    return speaker


#: Words between a noun of statement and the verb of its author's clause (تقريرا لمسؤول كبير في الاتحاد الأوروبي قال).
_AUTHOR_WORDS = 9

#: Words a body's name kept as written may run to between كان and قد (its place or its parent body after في / لـ).
_KANA_BODY_WORDS = 8


def _kana_written(ix: DocIndex, opener: tuple[str, int, int], m: Match[Cue]) -> Speaker | None:
    """The words between كان and قد + the verb as the subject, when no entity names it ("وكان زوج المعلمة قد اتهم
    الجامعة بـ…": كان، a short noun phrase, قد, the verb; round 11). Only with قد, at most four words, no punctuation,
    not led by a preposition or a particle. Round 18: without قد too when the phrase opens with the article, a body
    noun or an unnamed source and a past verb follows it at once ("وكانت حكومة الأنبار أعلنت محاصرة …"، "وكانت
    الحكومة أعلنت …": the words after the verb are its object); an unnamed source may run as long as a body's name
    ("وكان مسؤول في إقليم كردستان العراق قد طالب تركيا بـ…")."""
    qad = ix.word_before(m.prefix_start)
    bare = qad is None or norm(qad[0]) not in _QAD or qad[1] <= opener[2]
    if bare:
        qad = None
        if _present(ix.doc.text[m.start : m.end]):
            return None  # "وكانت الحكومة تعلن": a habit, not the claim of one day
    end = qad[1] if qad is not None else m.prefix_start
    words = ix.doc.text[opener[2] : end].split()
    if not words or punct_between(ix, opener[2], end):
        return None
    first = norm(words[0])
    head = ix.word_after(opener[2])
    anonymous = head is not None and any(
        c.type == "ANON" and c.start == head[1] for c in ix.candidates_in(head[1], end)
    )
    body = first in ix.lexicon.body_nouns or first in _GROUP_NOUNS  # (a group's name too: round 30, cl45)
    if len(words) > 4 and (len(words) > _KANA_BODY_WORDS or not (body or anonymous)):
        return None  # "وكان مكتب حقوق الإنسان في الأمم المتحدة قد دعا": a body's name runs longer (round 16)
    if first in ix.lexicon.prepositions or first in _OPENERS or first in ix.lexicon.not_speakers or first in _QAD:
        return None
    if bare and not (first.startswith("ال") or body or anonymous):
        return None  # without قد only a definite noun, a body or an unnamed source (not "وكان يوم الجمعة شهد");
        # a group named by its noun is a body ("وكان جيش الفتح قال في بيان": round 30, cl45)
    start, last = ix.word_after(opener[2]), ix.word_before(end)
    if start is None or last is None:
        return None
    sp = _generic(ix, start[1], last[2])
    sp.update(anonymous=anonymous, generic=False, role=None)
    return sp


def _kana_after_comma(ix: DocIndex, s0: int, verb: int) -> tuple[str, int, int] | None:
    """وكان / وكانت right after the last comma before ``verb`` in its sentence, with no punctuation between it and
    the verb: a clause of its own inside the sentence ("…، وكان مسؤول أفغاني قال في وقت سابق إن"، "…، وكانت ساحل
    العاج قد أعلنت في يونيو عن"; round 16)."""
    text = ix.doc.text
    comma = max(text.rfind("،", s0, verb), text.rfind(",", s0, verb))
    if comma < 0:
        return None
    word = ix.word_after(comma + 1)
    if word is None or word[1] >= verb or norm(word[0]) not in ("وكان", "وكانت"):
        return None
    if ix.words_between(comma + 1, word[1]) > 0 or punct_between(ix, word[2], verb):
        return None
    return word


def _kana_subject(ix: DocIndex, st: _State, m: Match[Cue], s0: int) -> Speaker | None:
    """The subject named between a sentence's opening كان and the verb marker (round 9b): "وكان زعيم الحزب صلاح
    فلان دعا السبت الحكومة إلى …"، "وكانت الوزارة قد طالبت الشركات بـ…" — the words after the verb are its object.
    Only a name or title (mention or title) that ends right before the verb (or its قد)."""
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is not None and norm(opener[0]) not in _KANA and opener[1] < m.prefix_start:
        opener = _kana_after_comma(ix, s0, m.prefix_start)
    if opener is None or norm(opener[0]) not in _KANA or opener[1] >= m.prefix_start:
        return None
    own = _opening_subject(ix, st, opener[1], m.prefix_start, near=False)
    if own is None:
        # "وكان رئيس مجلس قضاء الخالدية في محافظة الأنبار علي داوود أعلن مقتل …": a name that ends a title chain
        # too long for the opening reach, right before the verb (or its قد), speaks (round 11)
        person = next(
            (
                c
                for c in reversed(ix.candidates_in(opener[2], m.prefix_start))
                if c.type == "PER" and c.end <= m.prefix_start and not punct_between(ix, opener[2], c.start)
            ),
            None,
        )
        if person is not None and all(norm(w) in _QAD for w in ix.doc.text[person.end : m.prefix_start].split()):
            own = _from_candidate(ix, st, person)
    if own is None:
        own = _kana_written(ix, opener, m)
    if own is None or not isinstance(own.get("end"), int) or int(own["end"]) > m.prefix_start:
        return None
    between = [norm(w) for w in ix.doc.text[int(own["end"]) : m.prefix_start].split()]
    rest = [w for w in between if w not in _QAD]
    if (
        rest
        and own.get("found_by") == "title"
        and len(rest) <= _KANA_TITLE_TAIL
        and not punct_between(ix, int(own["end"]), m.prefix_start)
        and not any(p in st.marker_starts for p in range(int(own["end"]), m.prefix_start))
    ):
        # "وكان رئيس مجلس قضاء الخالدية في محافظة الأنبار علي داوود أعلن": the title chain runs on to the verb
        # (its place and a name the tagger did not read); the subject phrase is all of it (round 11)
        end = m.prefix_start
        while (w := ix.word_before(end)) is not None and norm(w[0]) in _QAD:
            end = w[1]
        last_word = ix.word_before(end)
        end = last_word[2] if last_word is not None else end
        own = dict(own, text=ix.doc.text[int(own["start"]) : end], end=end)
        rest = []
    head = ix.word_after(opener[2])
    if rest and own.get("anonymous") and head is not None and int(own["start"]) == head[1]:
        # "وكان مسؤول في إقليم كردستان العراق قد طالب تركيا بـ…": an unnamed source with its place runs to قد and
        # the verb; the whole phrase speaks, not the object after the verb (round 18)
        written = _kana_written(ix, opener, m)
        return written if written is not None and int(written["start"]) == int(own["start"]) else None
    if rest:
        return None
    return own


def _place_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """A country or city named right after the verb that opens the sentence, as the subject of a conjoined speech
    verb later in it with nobody after it (round 10b): "ورفضت أنقرة لعب دور رائد في العملية وقالت إن"، "واستنكرت
    القاهرة الهجوم، وأكدت أن". :func:`search_before` leaves a place with words after it out (a place is mostly
    where, not who); right after a sentence's opening verb, which agrees with it (a feminine past verb ending in
    ت), it is the subject. The marker must be a verb with its و (a second verb of the same subject), and no
    claim may stand earlier in the sentence."""
    if m.value.type is not MARKER_VERB or not norm(ix.doc.text[m.prefix_start : m.end]).startswith("و"):
        return None
    last = next((claim for claim in reversed(st.claims) if claim["marker"] is not None), None)
    if last is not None and last["marker"]["start"] >= s0:
        return None
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is None or opener[2] >= m.prefix_start:
        return None
    if not opener[0].endswith("ت"):
        return None  # the verb agrees with a country or city (رفضت، استنكرت); "غرفة مكة المكرمة" is a name
    head = norm(opener[0])
    if (
        drop_conjunction(head, min_rest=2) in _NOT_VERB_OPENERS
        or head in _NOT_VERB_OPENERS
        or drop_conjunction(head, min_rest=2).startswith("ال")
    ):
        return None
    if ix.candidate_at(opener[1]) is not None:
        return None
    c = next((c for c in ix.candidates_in(opener[2], m.prefix_start) if c.start > opener[1]), None)
    if c is None or c.type != "GPE" or ix.words_between(opener[2], c.start) > 0 or _in_zone(c, st.contents):
        return None
    return _from_candidate(ix, st, c)


def _topic_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """The topic of a sentence that opens with أما, as the subject of the verb after ف (round 10b): "أما الأمين
    العام للجامعة العربية فقال إن"، "أما فلان وفلان فيقولان:". The phrase between them (at most
    :data:`_SUBJECT_WORDS` words, no punctuation) must be a name (the first one the entity layer found, when it
    starts the phrase), or a title or a body noun as written."""
    text = ix.doc.text
    if m.value.type is not MARKER_VERB or not text[m.prefix_start : m.end].startswith("ف"):
        return None
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is None or norm(opener[0]) not in _AMMA or opener[2] >= m.prefix_start:
        return None
    start, end = opener[2], m.prefix_start
    if ix.words_between(start, end) > _SUBJECT_WORDS or any(ch in text[start:end] for ch in '،,.:؛;«»"“”'):
        return None
    first = ix.word_after(start)
    if first is None or any(a <= first[1] < b for a, b in st.contents):
        return None
    c = next(iter(ix.candidates_in(first[1], end)), None)
    if c is not None and c.start == first[1] and c.type in ("PER", "ORG"):
        return _from_candidate(ix, st, c)
    if not (_title_at(ix, first[1], end) or norm(first[0]) in ix.lexicon.body_nouns):
        return None  # "أما الحقائق فتقول": a thing, no speaker
    written = as_written(ix, first[1], end)
    if written is None or int(written["start"]) != first[1]:
        return None
    return anaphor(ix, st.speakers(), first[1], int(written["end"])) or written


def _subject_before(ix: DocIndex, st: _State, at: int, *, told: Match[Cue] | None = None) -> Speaker | None:
    """The subject phrase right before a verb marker that does not open its clause, after إن / أن / لكن / كان:
    "فان المجلس قال إن"، "لكن المنتقدين للحكومة يقولون إن"، "وكان الوزير قد أكد أن". The phrase must start with
    a definite noun, an unnamed speaker or a title; it is kept as written (or refers back to an earlier speaker).

    ``told``: the marker, a past verb of saying with its introducer right after it; a definite phrase that opens
    its clause is then its subject too (:func:`_opening_definite`: "الشرطة قالت إن"، "الدراسة أوضحت أن"; round 35)."""
    lex = ix.lexicon
    end = at
    w = ix.word_before(end)
    if w is not None and norm(w[0]) in _QAD:  # "وكان الوزير قد أكد"
        end = w[1]
        w = ix.word_before(end)
    if w is not None and norm(w[0]) in _ASIDE_ONE:  # "والرئيس الفرنسي بدوره أعلن"
        end = w[1]
        w = ix.word_before(end)
    elif w is not None and norm(w[0]) in _ASIDE_TWO:  # "ووزير الخارجية من جهته أكد"
        prep = ix.word_before(w[1])
        if prep is not None and norm(prep[0]) == norm("من"):
            end = prep[1]
            w = ix.word_before(end)
    first = end
    words = 0
    topic = False  # "أما الأمين العام فقال"
    while w is not None and w[0] not in _CLAUSE_PUNCT and words < _SUBJECT_BEFORE_WORDS:
        nw = norm(w[0])
        if nw in _AMMA:
            topic = True
            break
        if nw in _SUBJECT_PARTICLES or nw in _KANA or w[0] in _INNA:
            break
        if nw in ("ان", "أن") or norm(w[0]) == norm("أن"):
            but = ix.word_before(w[1])
            if but is not None and norm(but[0]) in _BUT:
                break
            verb = ix.word_after(at)
            if verb is None or _present(verb[0]):
                return None  # "ولا يعني ذلك أن الرواية تشير إلى": a thing's present, no speaker
            break  # "ويذكر أن الشرطة أعلنت"، "وأضافت الوكالة أن القاضي قال إن": the subject of a past verb
        first = w[1]
        words += 1
        w = ix.word_before(w[1])
    if words == 0 or words >= _SUBJECT_BEFORE_WORDS:
        return None
    opens = w is None or w[0] in _CLAUSE_PUNCT or topic
    if opens and ((w is not None and w[0] == ":") or any(a <= first < b for a, b in st.contents)):
        return None
    head = norm(ix.doc.text[first:end].split()[0])
    anonymous = any(c.type == "ANON" and c.start == first for c in ix.candidates_in(first, end))
    if opens and not (anonymous or _title_at(ix, first, end)):
        if told is not None:
            return _opening_definite(ix, st, told, first, end)  # "الشرطة قالت إن" (round 35, cl56)
        return None  # a phrase that opens its clause speaks only as a title ("وزير الداخلية أكد أن")
    lead = ix.doc.text[first:end].split()[0]
    if lead.startswith("و") and (norm(lead[1:]).startswith("ال") or lead.startswith("وو")):
        head = norm(lead[1:])  # "ووزير الخارجية من جهته أكد"، "والرئيس الفرنسي بدوره": the conjunction is no part
    else:
        lead = ""
    if not (head.startswith("ال") or anonymous or _title_at(ix, first, end)) or head in lex.not_speakers:
        return None
    written = as_written(ix, first, end)
    if written is None and told is not None and _channel_at(ix, first) and _intro_next(ix, told):
        written = _document_before(ix, told, first, end)  # "لكن البيان ذكر أن": the statement (round 35, cl56)
    if written is None or int(written["start"]) != first:
        return None
    if lead and int(written["end"]) > first + 1:
        written = dict(written, start=first + 1, text=ix.doc.text[first + 1 : int(written["end"])])
        first += 1
    return anaphor(ix, st.speakers(), first, int(written["end"])) or written


def _document_before(ix: DocIndex, m: Match[Cue], first: int, end: int) -> Speaker | None:
    """A channel noun with the article and up to two definite words after it, right before a past verb of saying
    ("لكن البيان ذكر أن"، "إلا أن التقرير السابق أشار إلى أن"): the document as its own unnamed speaker."""
    if _present(ix.doc.text[m.start : m.end]):
        return None
    lo = ix.token_index(first)
    words = [t for t in ix.doc.tokens[lo : lo + _OPENING_DEFINITE_WORDS + 1] if t.end <= end]
    if not 1 <= len(words) <= _OPENING_DEFINITE_WORDS or any(t.kind != "word" for t in words):
        return None
    if not all(norm(ix.doc.text[t.start : t.end]).startswith("ال") for t in words):
        return None
    written = _generic(ix, first, words[-1].end)
    return None if _disagreeing(ix, m, written, before=True) else written


def _opening_definite(ix: DocIndex, st: _State, m: Match[Cue], first: int, end: int) -> Speaker | None:
    """A definite phrase that opens its clause right before a past verb of saying whose introducer follows it at
    once, as that verb's subject (round 35, helper cl56): "الشرطة قالت إن"، "المتهم قال إن"، "الدراسة أوضحت أن"،
    "فالدراسات الأمريكية أكدت أن"، "الحارثي قال:". Up to :data:`_OPENING_DEFINITE_WORDS` words, each with the
    article (a conjunction on the first), none a date, none a word the lexicon says is no speaker, the first no
    noun of figures or of a document (``figures_nouns``, ``document_nouns``: "الأرقام أكدت أن"); the verb agrees
    with it (gender and number: the subject stands first). A channel noun (التقرير، الدراسة) is its own unnamed
    speaker; an earlier speaker it names is that speaker. Not a present verb: "الحقائق تقول إن" is a thing."""
    if m.value.type is not MARKER_VERB or _present(ix.doc.text[m.start : m.end]):
        return None
    if m.prefix.strip():  # "وقالت" with its own conjunction: a verb that opens its clause (no subject before)
        return None
    if not _intro_next(ix, m):
        return None  # the introducer right after the verb: nothing between is its subject or object
    lo = ix.token_index(first)
    words = [t for t in ix.doc.tokens[lo : lo + _OPENING_DEFINITE_WORDS + 1] if t.end <= end]
    if not 1 <= len(words) <= _OPENING_DEFINITE_WORDS or any(t.kind != "word" for t in words):
        return None
    end = words[-1].end
    lex = ix.lexicon
    for k, t in enumerate(words):
        w = norm(ix.doc.text[t.start : t.end])
        if k == 0:
            if w.startswith(_NOT_JOINED):
                return None  # "والده قال إن" (his father): و is the root's, no conjunction before an article
            w = drop_conjunction(w, min_rest=3)
        if not w.startswith("ال") or len(w) < 4 or w in lex.not_speakers or ix.in_timex(t.start):
            return None
        if w in lex.prepositions or w in lex.relatives:
            return None
        if k == 0 and (w in lex.figures_nouns or w in lex.document_nouns):
            return None  # "الأرقام أكدت أن": figures or a document before the verb are no speaker (round 10b's test)
    head = words[0]
    start = head.start
    lead = norm(ix.doc.text[head.start : head.end])
    joined = lead[:1] in ("و", "ف") and not lead.startswith("ال")  # "فالدراسات الأمريكية أكدت"
    if any(a <= start < b for a, b in st.contents):
        return None
    if _channel_at(ix, start + joined):
        written: Speaker | None = _generic(ix, start, end)  # "التقرير السابق ذكر أن": a report, unnamed
    else:
        written = as_written(ix, start, end)
    if written is None or int(written["start"]) != start or int(written["end"]) != end:
        return None
    if joined:  # the conjunction is no part of the subject
        start += 1
        written = dict(written, start=start, text=ix.doc.text[start:end])
        if written.get("name_ar"):
            written["name_ar"] = collapse(ix.doc.text[start:end])
    if _disagreeing(ix, m, written, before=True):
        return None  # "الحكومة قال إن": the verb does not go with the phrase
    return anaphor(ix, st.speakers(), start, end) or written


#: Words of a definite phrase that opens its clause before a verb of saying (:func:`_opening_definite`).
_OPENING_DEFINITE_WORDS = 3

#: words whose و is the root's, not a conjunction before the article (والد، والدة، والي; claim_speaker_cues.yaml)
_NOT_JOINED = tuple(sorted(_SPEAKER_CUES.normalized_words("not_joined_heads")))

#: the prepositions a verb of saying takes before its introducer ("أشارت إلى أن"، "أكد على أن")
_INTRO_PREPOSITIONS = _SPEAKER_CUES.normalized_words("intro_prepositions")


def _intro_next(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether the marker's introducer (or a colon) is the word right after it, or right after its إلى / على."""
    after = ix.word_after(m.end)
    if after is not None and norm(after[0]) in _INTRO_PREPOSITIONS:
        after = ix.word_after(after[2])
    return after is not None and (after[0] == ":" or bool(ix.intros_in(after[1], after[2])))


def _said_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """The subject of a verb of saying that opens the sentence right before a participle of saying, one to
    :data:`_SAID_SUBJECT_WORDS` words with the article and no punctuation, kept as written: "وأضاف البيان قائلا: «…»"
    (round 27, cl40: check25's UN mission statement; no entity or title covers البيان). Not a word the lexicon says
    is no speaker. An honorific pronoun alone there (سموه، معاليه) is the office-holder it stands for (round 29)."""
    verb = ix.word_after(_after_dateline(ix, s0))
    if verb is None or verb[1] not in st.marker_starts:
        return None
    first = ix.word_after(verb[2])
    if first is None or first[1] >= m.prefix_start or punct_between(ix, verb[2], m.prefix_start):
        return None
    words = ix.doc.text[first[1] : m.prefix_start].split()
    head = norm(words[0]) if words else ""
    if len(words) == 1 and head in ix.lexicon.honorific_pronouns and not any(a <= first[1] < b for a, b in st.contents):
        return _honorific(ix, st, first)  # "وأضاف سموه قائلا": the office-holder named before (round 29, cl44)
    if not 1 <= len(words) <= _SAID_SUBJECT_WORDS or not head.startswith("ال") or head in ix.lexicon.not_speakers:
        return None
    if any(a <= first[1] < b for a, b in st.contents):
        return None
    last = ix.word_before(m.prefix_start)
    if last is None or last[2] <= first[1]:
        return None
    found = anaphor(ix, st.speakers(), first[1], last[2])
    if found is not None:
        return found
    written = _generic(ix, first[1], last[2])  # (a document as written: البيان is a channel word to as_written)
    written.update(anonymous=False, generic=False, role=None)
    return written


#: Words of the subject between a verb of saying and the participle after it (:func:`_said_subject`).
_SAID_SUBJECT_WORDS = 3


def _named_before_object(ix: DocIndex, st: _State, m: Match[Cue], s0: int) -> Speaker | None:
    """The subject of a verb that takes a plain object, named right before it after أن / إن / بأن: "الجدير ذكره أن
    رئيس الوزراء الدكتور فلان طالب أول أمس الوزراء والمسؤولين بالنزول …" — a person or body (or a title) that ends
    at the verb (at most قد between), the introducer right before its phrase (at most :data:`_NAMED_BEFORE_WORDS`
    words, no punctuation, no other marker); the words after the verb are its object, not its subject (round 27,
    cl40: check23's العبادي read as "المسؤولين"). None otherwise, or when the name stands in an earlier claim's
    content."""
    zones = st.contents
    end = m.prefix_start
    w = ix.word_before(end)
    if w is not None and norm(w[0]) in _QAD:
        end = w[1]
    c0 = st.clauses.clause_start(s0, end)
    that = None
    w = ix.word_before(end)
    for _ in range(_NAMED_BEFORE_WORDS + 1):
        if w is None or w[1] < c0 or w[0] in _CLAUSE_PUNCT or w[1] in st.marker_starts:
            return None
        if norm(w[0]) in ("ان", "أن", "بان", "بأن") or w[0] in _INNA:
            that = w
            break
        w = ix.word_before(w[1])
    if that is None or that[2] >= end:
        return None
    c = next((c for c in reversed(ix.candidates_in(that[2], end)) if c.end <= end), None)
    if c is not None and c.type in ("PER", "ORG") and not ix.doc.text[c.end : end].strip(" \t\u00a0"):
        if _in_zone(c, zones) or not _agreeing(ix, m)(c):
            return None
        return _from_candidate(ix, st, _apposition_head(ix, that[2], c, zones) or c)
    title = title_speaker(ix, that[2], end)
    if title is None or not isinstance(title[0].get("end"), int) or ix.doc.text[int(title[0]["end"]) : end].strip():
        return None
    if any(a <= int(title[0]["start"]) < b for a, b in zones) or _disagreeing(ix, m, title[0], before=True):
        return None
    return title[0]


def _joined_subject(ix: DocIndex, st: _State, m: Match[Cue], s0: int, after: Speaker) -> Speaker | None:
    """The subject of the sentence's opening verb for a verb of saying joined to it by و that takes a plain object,
    when the words right after that verb were kept as written and name nobody who can speak (round 38, cl62; the
    lead's ruling of round 37: when the verb already has a speaker before it, the phrase after it is its object):
    "أدانت الحكومة الحادث وأكدت وقوفها إلى جانب …"، "رفض الوزير فلان الاتهامات، ونفى صحتها" — the government,
    the minister, not "وقوفها". The subject is a name or title right after the opening verb (:func:`_opening_subject`)
    or, with a particle before that verb, :func:`_particle_subject`'s; no claim read earlier in the sentence, not in
    an earlier claim's content, agreeing with the marker. None otherwise."""
    if "و" not in m.prefix or after.get("found_by") != "as_written" or not isinstance(after.get("start"), int):
        return None
    if st.claims and st.claims[-1]["marker"] is not None and int(st.claims[-1]["marker"]["start"]) >= s0:
        return None
    if ix.candidates_in(m.end, int(after["end"])) or _speaking_phrase(ix, st, m.end, int(after["end"])) is not None:
        return None  # "…، وأكد مسؤولون في الوزارة": a new subject after the verb
    start = _after_dateline(ix, s0)
    first = ix.word_after(start)
    if first is None or first[1] >= m.prefix_start:
        return None
    own = _opening_subject(ix, st, start, m.prefix_start, near=False, placed=True)
    if own is None:
        own = _particle_subject(ix, st, s0, m)
    if own is None or not isinstance(own.get("end"), int) or int(own["end"]) > m.prefix_start:
        return None
    if any(a <= int(own["start"]) < b for a, b in st.contents) or _disagreeing(ix, m, own, before=True):
        return None
    verb = ix.word_before(int(own["start"]))  # the subject right after the sentence's opening verb
    lead = ix.word_before(verb[1]) if verb is not None else None
    if verb is None or not verb[0][:1].isalpha() or _article(verb[0]) or ix.candidate_at(verb[1]):
        return None
    opens = (
        verb[1] <= first[1]  # the sentence's first word
        or lead is None
        or lead[0] in _CLAUSE_PUNCT  # after a setting phrase and its comma ("من جانبها، أدانت")
        or drop_conjunction(norm(lead[0]), min_rest=2) in _PARTICLE_OPENERS  # "كما أدانت"
    )
    if not opens:
        return None
    between = (int(own["end"]), m.prefix_start)
    if any(between[0] <= k.start < between[1] for k in ix.markers) or _in_relative_clause(ix, between[0], between[1]):
        return None  # "… فلان، الذي بين أن … وتوقع": the joined verb goes with the relative clause
    return own


#: Words of a subject phrase between أن / إن and the verb it is the subject of (:func:`_named_before_object`).
_NAMED_BEFORE_WORDS = 10


def _author_of_document(ix: DocIndex, st: _State, mk: _Mark, s0: int) -> Speaker | None:
    """The author named right before the verb after a noun of statement and لـ / من (round 16): "ردا على تصريحات من
    وزير الخارجية القطري قال فيها إن"، "نفى مصدران تقريرا لمسؤول كبير في الاتحاد الأوروبي قال إن"، "تقريرا للكاتب
    فلان، يقول إن"، "تغريدة للمطلوب فلان تقول:" — an indefinite noun's clause whose verb has its subject before it.
    The verb (no و, not opening its sentence) must have its introducer; the phrase between the noun and the verb
    holds no punctuation but a comma right before the verb, at most :data:`_AUTHOR_WORDS` words."""
    m = mk.match
    if m.value.type is not MARKER_VERB or "و" in m.prefix or "ف" in m.prefix:
        return None
    end = m.prefix_start
    prev = ix.word_before(end)
    if prev is not None and prev[0] in ("،", ","):
        end = prev[1]  # "تقريرا للكاتب فلان، يقول إن": the comma opens the verb's clause
    elif mk.initial:
        return None
    words: list[tuple[str, int, int]] = []
    p = end
    while len(words) <= _AUTHOR_WORDS:
        w = ix.word_before(p)
        if w is not None and w[1] >= s0 and w[0] and all(ch in QUOTES for ch in w[0]) and words:
            p = w[1]  # "تقرير لصحيفة "ذا تايمز" أشار": an outlet's name in quotes (round 17)
            continue
        if w is None or w[1] < s0 or w[0] in _CLAUSE_PUNCT or not LETTER_RE.search(w[0]):
            return None
        if norm(w[0]) in ix.lexicon.introducers and words:
            break
        words.append(w)
        p = w[1]
    else:
        return None
    lead = words[-1]  # the word right after the noun of statement: لـ + the author, or من
    lw = norm(lead[0])
    if lw == "من" and len(words) >= 2:
        a0 = words[-2][1]
    elif lw[:1] == "ل" and len(lw) > 2 and lw not in ix.lexicon.prepositions:
        a0 = lead[1]
    else:
        return None
    person = next((c for c in reversed(ix.candidates_in(a0, end)) if c.type == "PER" and c.end <= end), None)
    if person is not None and ix.words_between(person.end, end) == 0:
        return _from_candidate(ix, st, person)
    title = title_speaker(ix, a0, end)
    if title is not None and int(title[0]["end"]) >= ix.word_before(end)[2]:  # type: ignore[index]
        return title[0]
    c = next(iter(ix.candidates_in(a0, end)), None)
    if c is not None and c.start <= a0 + 1 and c.type in ("PER", "ORG", "ANON") and ix.words_between(c.end, end) == 0:
        return _from_candidate(ix, st, c)
    last_end = ix.word_before(end)[2]  # type: ignore[index]
    text = ix.doc.text
    if lw[1:] in ix.lexicon.outlet_nouns and lw[:1] == "ل" and text[last_end:end].strip() in ("", *QUOTES):
        # "بعد تقرير لصحيفة "ذا تايمز" أشار إلى أن"، "تقريرا لوكالة رويترز قالت فيه": the outlet wrote it (round 17)
        close = last_end + len(text[last_end:end].rstrip())
        return _written_author(ix, st, lead[1] + 1, close, outlet=True)
    if len(words) == 1 and c is None and lw.startswith("لل") and len(lw) > 4:
        # "تغريدة للغامدي تقول:": the one word after لـ is the author, its لـ kept in the span as the files code it
        return _written_author(ix, st, lead[1], lead[2], outlet=False)
    first = norm(words[-2][0]) if lw == "من" else lw
    if c is None and len(words) <= 3 and (first.startswith(("لل", "ال")) or len(words) == 1):
        written = as_written(ix, a0, end)  # "رسالة من المتهم يقول فيها"، "تغريدة للغامدي تقول:": as written
        if written is not None and int(written["end"]) == ix.word_before(end)[2]:  # type: ignore[index]
            return anaphor(ix, st.speakers(), int(written["start"]), int(written["end"])) or written
    return None


def _written_author(ix: DocIndex, st: _State, start: int, end: int, *, outlet: bool) -> Speaker:
    """An author kept as written after a noun of statement and لـ (round 17): an outlet (صحيفة "ذا تايمز") or a
    one-word name (للغامدي), or the speaker named before that it refers back to."""
    text = ix.doc.text
    name = collapse(text[start:end].strip("".join(QUOTES) + " "))
    sp: Speaker = {
        "name": None,
        "name_ar": name.removeprefix("ل") if not outlet and name.startswith("لل") else name,
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "type": "ORG" if outlet else "PER",
        "text": text[start:end],
        "start": start,
        "end": end,
        "found_by": "as_written",
    }
    if outlet:
        sp["outlet"] = name
    return sp if outlet else anaphor(ix, st.speakers(), start, end) or sp


def _issuer_of_document(ix: DocIndex, st: _State, mk: _Mark, s0: int) -> Speaker | None:
    """The subject of the sentence when the marker follows a document or occasion and refers back to it with
    فيه / فيها: "وأصدرت الوزارة بيانا أكدت فيه أن"، "وعقد الوزير سامي الحربي مؤتمرا صحافيا قال فيه إن"."""
    m = mk.match
    if m.value.type is not MARKER_VERB or "و" in m.prefix:
        return None
    after = ix.word_after(m.end)
    before = ix.word_before(m.prefix_start)
    if after is None or norm(after[0]) not in ("فيه", "فيها") or before is None:
        return None
    if norm(before[0]) not in _ISSUED:
        return _issuer_after_document(ix, st, m, s0)
    own = _opening_subject(ix, st, s0, before[1], near=False)
    if own is not None:
        return own
    verb = ix.word_after(s0)
    if verb is None or verb[2] >= before[1]:
        return None
    written = as_written(ix, verb[2], before[1])
    if written is None or not norm(str(written["text"])).startswith("ال"):
        return None
    return anaphor(ix, st.speakers(), int(written["start"]), int(written["end"])) or written


#: Words back from a marker with فيه / فيها to the document and the verb that issued it (كلمة ألقاها …).
_ISSUER_WORDS = 16


def _issuer_after_document(ix: DocIndex, st: _State, m: Match[Cue], s0: int) -> Speaker | None:
    """The subject of the verb that issued a document named before it, for a marker that refers back to that document
    with فيه / فيها (round 38, cl62): "على كلمة ألقاها المرشد فلان بمناسبة العيد قال فيها: «…»"، "في بيان أصدرته
    الوزارة أمس أكدت فيه أن"، "في تغريدة نشرها الوزير قال فيها" — the document noun (``issued_documents``), then a verb
    with the document's pronoun (ألقاها، أصدرته، نشرها) — its object, so the phrase right after it is its subject: a
    name, a title or a phrase kept as written (as :func:`_speaker_after` reads it), outside earlier claims' contents
    and agreeing with the marker; at most :data:`_ISSUER_WORDS` words back, within the sentence. None
    otherwise."""
    w = ix.word_before(m.prefix_start)
    for _ in range(_ISSUER_WORDS):
        if w is None or w[1] < s0 or w[0] in (".", "!", "?", "؟", "؛", ";"):
            return None
        bare = drop_conjunction(norm(w[0]), min_rest=2)
        bare = bare[2:] if bare.startswith("ال") else bare.removeprefix("ب").removeprefix("ل")
        if bare in _ISSUED or bare + "ا" in _ISSUED:
            break
        w = ix.word_before(w[1])
    else:
        return None
    verb = ix.word_after(w[2]) if w is not None else None
    if verb is None or verb[2] >= m.prefix_start or not norm(verb[0]).endswith(("ه", "ها")):
        return None
    if ix.candidate_at(verb[1]) is not None or _article(verb[0]) or len(norm(verb[0])) < 4:
        return None
    # the verb's object is the document's pronoun on it, so the phrase right after it is its subject
    own, _, _ = _speaker_after(ix, st, verb[2], m.prefix_start, has_intro=True)
    if own is None or own.get("found_by") not in ("mention", "title", "as_written", "anaphor"):
        own = _speaking_phrase(ix, st, verb[2], m.prefix_start)
    if own is None or not isinstance(own.get("start"), int) or ix.words_between(verb[2], int(own["start"])) > 0:
        return None
    if any(a <= int(own["start"]) < b for a, b in st.contents) or _disagreeing(ix, m, own, before=True):
        return None
    return own


def _title_before(ix: DocIndex, noun_start: int, rel_start: int) -> Speaker | None:
    """A title that ends right before a relative pronoun ("أمير المنطقة الذي طالب"، "وزير الخارجية الذي قال"): read
    from at most three words back; the title phrase must end where the pronoun starts."""
    start = noun_start
    best: Speaker | None = None
    for _ in range(3):
        w = ix.word_before(start)
        if w is None or w[0] in _CLAUSE_PUNCT:
            break
        start = w[1]
        found = title_speaker(ix, start, rel_start)
        if found is not None and ix.doc.text[int(found[0]["end"]) : rel_start].strip(" \t\n،,") == "":
            best = found[0]
    return best


def _same_or_adjectives(between: list[str]) -> bool:
    """Whether the words between a name and the relative pronoun after it leave the name the antecedent: none,
    "the same" (المسؤول العسكري نفسه، الذي), or up to two definite adjectives after it — in ي / ية (nisba: "صحيفة
    «فلان» الغانية التي أشارت") or of ``relative_adjectives`` ("تنظيم داعش المتشدد الذي أعلن"، "فلان السابق")
    (round 31, cl46)."""
    words = [norm(w.strip("،,")) for w in between]
    if all(w in _SAME for w in words):
        return True
    if len(words) > 2:
        return False
    return all(
        w.startswith("ال") and (w.endswith(("ي", "يه", "يون", "يين")) or w in _RELATIVE_ADJECTIVES) for w in words
    )


def _apposition_head(ix: DocIndex, start: int, c: Candidate, zones: list[tuple[int, int]]) -> Candidate | None:
    """The person a clause opens with when ``c``, the name nearest the verb, is inside his title: "فلان شيخ قبيلة
    آل عريشي يضيف"، "فلان مدير مدرسة الملك فهد يقول" — the person at most two words into the clause, a title word
    right after him, no punctuation up to ``c``."""
    person = next((p for p in ix.candidates_in(start, c.start) if p.type == "PER"), None)
    if person is None or person.end > c.start or _in_zone(person, zones) or ix.words_between(start, person.start) > 2:
        return None
    after = ix.word_after(person.end)
    if after is None or not role_reader().may_start(norm(after[0])) or punct_between(ix, person.end, c.start):
        return None
    return person


def _in_zone(c: Candidate, zones: list[tuple[int, int]]) -> bool:
    return any(a <= c.start < b for a, b in zones)


def _title_holder(ix: DocIndex, rel_start: int) -> Candidate | None:
    """The person whose title ends right before a relative pronoun at ``rel_start``: "الدكتور فلان مدير مستشفى
    برزيلاي الذي أكد"، "السفير فلان رئيس البعثة الأمريكية الذي": a title word after the name, then its
    complement (definite words or a named body), no punctuation, at most six words. Round 31 (cl46): the title
    may stand in commas after the name, as an apposition ("جورج فلان، المدعي العام لمقاطعة أراباهو، الذي قال"،
    "تشونغ، نائب رئيس فيفا السابق الذي كشف") — then its first word may also be a definite noun the role reader
    does not know (المدعي) — and a comma may close it before the pronoun ("فلان مدير الشركة، الذي أكد")."""
    persons = [c for c in ix.candidates_in(max(0, rel_start - 160), rel_start) if c.type == "PER"]
    if not persons:
        return None
    person = persons[-1]
    toks = ix.doc.tokens
    between = toks[ix.token_index(person.end) : ix.token_index(rel_start)]
    if between and between[-1].kind != "word" and ix.doc.text[between[-1].start : between[-1].end] in ("،", ","):
        between = between[:-1]  # "…، الذي": the comma that closes the title
    apposition = (
        bool(between) and between[0].kind != "word" and ix.doc.text[between[0].start : between[0].end] in ("،", ",")
    )
    if apposition:
        between = between[1:]  # "فلان، المدعي العام …": the title in commas after the name
    if not 1 <= len(between) <= 6 or any(t.kind != "word" for t in between):
        return None
    text = ix.doc.text
    words = [norm(text[t.start : t.end]) for t in between]
    if not role_reader().may_start(words[0]) and not (
        apposition and words[0].startswith("ال") and words[0] not in ix.lexicon.prepositions
    ):
        return None
    named = ix.candidates_in(person.end, rel_start)
    for t, w in zip(between[1:], words[1:], strict=True):
        if apposition and w.startswith("ل") and w not in ix.lexicon.prepositions:
            continue  # "المدعي العام لمقاطعة أراباهو": the body of the title, fused to ل, in the commas
        if not (w.startswith(("ال", "لل")) or any(c.start <= t.start < c.end for c in named)) and not (
            apposition and words[-1] == w and words[-2].startswith("ل")
        ):
            return None  # (in commas, the name after لـ may stand last: "لمقاطعة أراباهو")
    return person


def _marker_form(ix: DocIndex, m: Match[Cue]) -> Form:
    if " " in ix.doc.text[m.start : m.end].strip() or m.value.type not in (MARKER_VERB, MARKER_PARTICIPLE):
        return (None, None)  # "جاء في بيان الجامعة"، "بحسب": no verb that agrees with the speaker
    return marker_form(ix.doc.text[m.start : m.end], participle=m.value.type is MARKER_PARTICIPLE)


def _agreeing(ix: DocIndex, m: Match[Cue]) -> Callable[[Candidate], bool]:
    """A filter of candidates before the marker (or a participle's subject): gender and number agree (round 11)."""
    form = _marker_form(ix, m)

    def keep(c: Candidate) -> bool:
        if _outlet_in_phrase(ix, c):
            return False  # "… في موقع التواصل الاجتماعي تويتر، وقال"، "نشرت بصحيفة «مكة» قال": the channel (round 14)
        return not disagrees(form, speaker_form(ix.doc.text[c.start : c.end], c.type), before=True)

    return keep


def _outlet_noun(ix: DocIndex, word: str) -> bool:
    """Whether a normalized word (without و or a fused preposition) is an outlet noun, singular or plural, with or
    without the article (صحيفة، الموقع، شبكات)."""
    bare = word.removeprefix("ال")
    return bare in ix.lexicon.outlet_nouns or word in ix.lexicon.outlet_nouns or bare in _OUTLET_PLURALS


def _outlet_in_phrase(ix: DocIndex, c: Candidate) -> bool:
    """Whether a candidate is an outlet inside a prepositional phrase: the channel the words went through or the
    outlet told, never the subject (round 14, helper cl8). The outlet is a news outlet (``c.outlet``) or a name after
    an outlet noun; the phrase is walked back over its outlet noun and the words of ``outlet_phrase_words`` (موقع
    التواصل الاجتماعي) to the preposition that leads it: a fused ب / ل (بصحيفة «مكة»، لشبكات) or one written apart
    (في، عبر، على). "وسبق لمجلة «…» أن كشفت" keeps its subject (ل after سبق)."""
    outlet = c.outlet
    pos = c.start
    phrase = _OUTLET_PHRASE_WORDS
    preps = _OUTLET_PREPOSITIONS
    for _ in range(6):
        w = ix.word_before(pos)
        if w is None:
            return False
        if w[0] in ("«", "»", '"', "“", "”", "(", "'"):
            pos = w[1]
            continue
        word = drop_conjunction(norm(w[0]), min_rest=2)
        fused = word[1:] if word[:1] in ("ب", "ل") else ""
        if outlet and word in preps:
            before = ix.word_before(w[1])
            return not (word == "ل" and before is not None and norm(before[0]) in _SUBJECT_LAM_VERBS)
        if fused and _outlet_noun(ix, fused):
            before = ix.word_before(w[1])
            return not (before is not None and norm(before[0]) in _SUBJECT_LAM_VERBS)
        if _outlet_noun(ix, word):
            outlet = True
        elif word not in phrase:
            return False
        pos = w[1]
    return False


def _plural_before_other(ix: DocIndex, m: Match[Cue], speaker: Speaker) -> bool:
    """A dual or plural verb before a noun that is not plainly dual or plural: the noun is its object (round 11)."""
    typ = speaker.get("type")
    form = speaker_form(str(speaker.get("text") or ""), typ if isinstance(typ, str) else None)
    return plural_verb(_marker_form(ix, m)) and form[1] not in ("d", "p")


def _disagreeing(ix: DocIndex, m: Match[Cue], speaker: Speaker | None, *, before: bool) -> bool:
    """Whether a speaker plainly disagrees with its marker (دعا الهند، دعت حزب العمال، معتبرين … فلان; round 11)."""
    if speaker is None or not isinstance(speaker.get("text"), str):
        return False
    typ = speaker.get("type")
    return disagrees(
        _marker_form(ix, m), speaker_form(str(speaker["text"]), typ if isinstance(typ, str) else None), before=before
    )


def _deep_in_clause(ix: DocIndex, s0: int, at: int, *, participle: bool = False) -> bool:
    """Whether a candidate speaker at ``at`` stands deep in its clause, past the subject place of the clause's
    opening verb: in its object or in a phrase after it (round 29, cl44) — "وأدان باسمه وباسم جميع أعضاء المجلس
    الأعلى للقضاء هذا العمل، مشيراً"، "وأشادت الحكومة بجهود رجال الأمن، مؤكدة"، "ويستبعد الزيات تأثر قدرات الجيش
    بالحملة، ويؤكد أن": the body told of is no subject of the participle or of the verb joined to the opening one.
    The clause runs from the last punctuation or line break before ``at`` (or the sentence start); particles that
    open it (كما، إلا أن، وكان، قد …) are passed over, and the next word is its verb. The subject place is the
    clause's start (إلا أن الجيش رفض) or right after the verb, past dates, قد, a demonstrative and an aside (بدوره),
    or at the end of a chain of titles, bodies and words of rank that starts there ("وقدم مدير جوازات المنطقة
    العميد فلان شكره"، "شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور فلان"). A clause that opens with a
    preposition (وفي هذا السياق أكد) is not judged; nor, for a joined verb (not ``participle``), the subject right
    after أن. The callers ask it of bodies only: a person deep in a clause is often a subheading run into the next
    sentence's subject."""
    text = ix.doc.text
    start = _after_dateline(ix, s0)
    for ch in ("،", ",", "؛", ";", ":", "\n", ".."):  # (not one full stop: "د. فلان"; the sentence ends there)
        start = max(start, text.rfind(ch, start, at) + len(ch) if text.rfind(ch, start, at) >= 0 else start)
    before = ix.word_before(at)
    if not participle and before is not None and before[1] >= start and norm(before[0]) in _THAT:
        return False  # the subject of a clause after أن, a verb joined in it ("… أن هيئة الطيران تجرأت وأعلنت")
    w = ix.word_after(start)
    while w is not None and w[1] < at:
        n = norm(w[0])
        if n in _VERB_FIRST or n in _OPENERS or n in _KANA or n in _QAD or n in _VERB_PARTICLES or w[0] in QUOTES:
            w = ix.word_after(w[2])
            continue
        break
    if w is None or w[1] >= at:
        return False  # the candidate opens its clause
    first = drop_conjunction(norm(w[0]), min_rest=2)
    if first in ix.lexicon.prepositions or first in _SETTING_LEADS or first in _TOPIC_PREPOSITIONS or first in _AMMA:
        return False  # a setting phrase or a topic (أما الأديب فلان فيقول) opens the clause: not judged
    if not any(ch.isalpha() for ch in w[0]) or first.startswith("ال") or role_reader().may_start(first):
        return False  # a nominal clause ("المحلل … فلان يشكك في الأمر، ويرى"): no verb opens it
    if ix.candidate_at(w[1]) is not None:
        return False
    pos = w[2]
    lead = ix.word_after(pos)
    if lead is not None and lead[1] < at and drop_conjunction(norm(lead[0]), min_rest=2) in ix.lexicon.prepositions:
        told = ix.word_after(lead[2])
        if told is not None and (_channel_at(ix, told[1]) or ix.in_timex(told[1])):
            return False  # a channel or a date after the verb, then its subject ("وأعلنت في بيان الوزارة")
    for _ in range(_SUBJECT_CHAIN):
        nxt = ix.word_after(pos)
        if nxt is None or nxt[1] >= at:
            return False  # the subject place reached
        n = norm(nxt[0])
        skip = n in _QAD or n in _DEMONSTRATIVE_SUBJECTS or n in _ASIDE_ONE or n.removeprefix("ب") in _DEMONSTRATIVES
        if ix.in_timex(nxt[1]) or skip or all(ch in QUOTES for ch in nxt[0]):
            pos = nxt[2]
            continue
        title = title_speaker(ix, nxt[1], at)
        if title is not None and int(title[0]["end"]) > nxt[1]:
            pos = int(title[0]["end"])
            for c in ix.candidates_in(nxt[1], at):  # the title's body runs on ("رئيس المجلس الأعلى للقضاء")
                if c.type != "PER" and c.start < pos < c.end <= at:
                    pos = c.end
            continue
        body = next((c for c in ix.candidates_in(nxt[1], at) if c.start == nxt[1] and c.type != "PER"), None)
        if body is not None:
            pos = body.end
            continue
        bare = drop_conjunction(n, min_rest=2)
        if bare in ix.lexicon.body_nouns or bare.removeprefix("ال") in ix.lexicon.body_nouns:
            pos = nxt[2]  # a body noun and its definite adjectives ("استنكرت الأمانة العامة لمنظمة …")
            while (adj := ix.word_after(pos)) is not None and adj[1] < at and norm(adj[0]).startswith("ال"):
                pos = adj[2]
            continue
        if role_reader().may_start(n) and not n.startswith(("بال", "لل")):
            pos = nxt[2]
            continue
        after = ix.word_after(nxt[2])
        # a noun in apposition right before the name ("برأ اللاعب فلان ساحة …") leaves it in the subject place
        return not (n.startswith("ال") and after is not None and after[1] == at and not punct_between(ix, nxt[2], at))
    return True


def _holds_marker(ix: DocIndex, c: Candidate) -> bool:
    """Whether a verb of saying stands inside a candidate's span (a tagging slip over a lede's first words: "جوجل
    بلس اكتب رأيك أوضحت الشؤون الصحية"): its place in the clause tells nothing (round 29, cl44)."""
    return any(c.start <= mk.start < c.end for mk in ix.markers)


#: the most steps (a title, a body, a word of rank, a date) from the opening verb to its subject
_SUBJECT_CHAIN = 6


def _speaker_around(ix: DocIndex, st: _State, mk: _Mark, s0: int, *, has_intro: bool) -> Speaker | None:
    """The speaker of a marker with none after it (see step 3b of the module docstring)."""
    m = mk.match
    zones = st.contents
    s0 = _after_dateline(ix, s0)
    if mk.relative is not None and not _thing_antecedent(ix, mk.relative[0], mk.relative[1]):
        # "واشنطن التي تتهم النظام": the noun before the relative pronoun (not a happening: round 18)
        noun_start, rel_start = mk.relative
        # round 31 (cl46): the antecedent right before the pronoun speaks even inside the content of the claim
        # before: "وقال الوزير إنه التقى بجون سميث الذي أكد أن …" (rulings 8 and 10: a nested claim of its own)
        text = ix.doc.text
        zones = [(a, b) for a, b in zones if not (b <= noun_start and not text[b:noun_start].strip())]
        if _told_ahead(ix, m.end):  # (inside the content, what the nested verb tells opens with its own
            zones = [(a, b) for a, b in zones if not a <= noun_start < b]  # introducer, a colon or a quote: not
            #   "… كما فعلت في عاصفة الحزم التي كشفت قدراتها" inside a quotation)
        holder = _title_holder(ix, rel_start)
        if holder is not None and not any(a <= holder.start < b for a, b in zones):
            return _from_candidate(ix, st, holder)  # "مع الدكتور فلان مدير مستشفى برزيلاي الذي أكد": the person
        c = next(
            (c for c in reversed(ix.candidates_in(max(0, noun_start - 80), rel_start)) if c.end <= rel_start), None
        )
        between = [w for w in ix.doc.text[c.end : rel_start].split() if w.strip("-–،,")] if c is not None else []
        if c is not None and not _same_or_adjectives(between):
            c = None  # the candidate must stand right before the pronoun ("محمد بخاري - الذي توعد")
        if c is not None and between and not all(norm(w.strip("،,")) in _SAME for w in between):
            head = ix.word_before(c.start)  # "نائب رئيس فيفا السابق الذي": the adjective is the title's, not the body's
            if head is not None and role_reader().may_start(norm(head[0])):
                c = None
        if c is not None and not any(a <= c.start < b for a, b in zones):
            return _from_candidate(ix, st, c)
        titled = _title_before(ix, noun_start, rel_start)
        if titled is not None and not any(a <= int(titled["start"]) < b for a, b in zones):
            return anaphor(ix, st.speakers(), int(titled["start"]), int(titled["end"])) or titled
        written = as_written(ix, noun_start, rel_start)
        place = any(e.start <= noun_start + 1 < e.end and e.type in ("LOC", "GPE") for e in ix.doc.entities)
        if written is not None and (place or drop_conjunction(norm(str(written["text"])), min_rest=2).startswith("ال")):
            back = anaphor(ix, st.speakers(), int(written["start"]), int(written["end"]))
            if back is not None or place or _may_speak(ix, written, rel_start):
                return back or written  # (a speaker named before, "وفق المرصد، الذي أشار"; not a thing: round 28)
        return _untagged_name_before(ix, rel_start, zones)
    author = _author_of_document(ix, st, mk, s0) if has_intro else None
    if author is not None:  # "تقريرا لمسؤول كبير في الاتحاد الأوروبي قال إن": the author named before the verb
        return author
    issuer = _issuer_of_document(ix, st, mk, s0)
    if issuer is not None:  # "وأصدرت الوزارة بيانا أكدت فيه أن": who issued the statement
        return issuer
    topic = _topic_subject(ix, st, s0, m)
    if topic is not None:  # "أما الأمين العام للجامعة فقال إن": the topic after أما
        return topic
    agree = _agreeing(ix, m)

    participle = m.value.type is MARKER_PARTICIPLE

    def subject_place(c: Candidate) -> bool:  # (round 29, cl44: not a body told of deep in the clause)
        if c.type == "PER" or _holds_marker(ix, c):
            return agree(c)
        return agree(c) and not _deep_in_clause(ix, s0, c.start, participle=participle)

    if m.value.type is MARKER_VERB and not mk.initial:  # إلا أن قياديا في المعارضة … كشف
        c0 = st.clauses.clause_start(s0, m.prefix_start)
        joined_verb = "و" in m.prefix  # "ويستبعد الزيات تأثر قدرات الجيش …، ويؤكد أن": the opening verb's subject
        c = search_before(ix, c0, m.prefix_start, zones, keep=subject_place if joined_verb else agree)
        if c is not None:
            return _from_candidate(ix, st, _apposition_head(ix, c0, c, zones) or c)
        noun = ix.word_before(m.prefix_start)
        but = noun is not None and norm(noun[0]) in _BUT_PRONOUNS  # (round 40, cl69)
        subject = None if but else _subject_before(ix, st, m.prefix_start, told=m if has_intro else None)
        if subject is not None:  # "فإن المجلس قال إن": a definite subject after إن / أن (not "أن الأوضاع سيئة
            return subject  # لكنه شدد على أن": the pronoun on لكن is the verb's subject, the speaker before)
        if (
            noun is not None
            and _present(ix.doc.text[m.start : m.end])
            and norm(noun[0]).startswith("ال")
            and ix.candidate_at(noun[1]) is None
        ):
            return None  # "الحقائق تقول إن"، "الشائعات تتحدث عن": a thing as the subject, no speaker
    if mk.initial and m.value.type is MARKER_VERB:
        opener = ix.word_after(s0)
        comma = ix.word_before(m.prefix_start)
        if opener is not None and norm(opener[0]) in _KANA and comma is not None and comma[0] in ("،", ","):
            own = _opening_subject(ix, st, s0, comma[1], near=False)  # "وكان وزير الداخلية …، أكد ضرورة …"
            if own is not None:
                return own
    if not has_intro and _unread_subject(ix, m) and not _derived_object_after(ix, mk):
        return None
    last = next((claim for claim in reversed(st.claims) if claim["marker"] is not None), None)
    if m.value.type is MARKER_PARTICIPLE and (last is None or last["marker"]["start"] < s0):
        own = _opening_subject(ix, st, s0, m.prefix_start, near=True, placed=True)  # "وعلق المتحدث … قائلا"
        if own is not None:
            return own
        own = _said_subject(ix, st, s0, m)
        if own is not None:  # "وأضاف البيان قائلا: «…»": the subject of the verb of saying before it
            return own
    if m.value.type is MARKER_PARTICIPLE and (last is None or last["marker"]["start"] < s0):
        c = search_before(ix, s0, m.prefix_start, zones, nearest=False, keep=agree)
        if (
            c is not None
            and c.type != "PER"
            and not _holds_marker(ix, c)
            and _deep_in_clause(ix, s0, c.start, participle=True)
        ):
            # "أراد قائد المجموعة أن يصف أعمال القوات العسكرية …، مبينا": a body deep in the clause is no subject;
            # a title right after the opening verb is (round 29, cl44)
            own = _opening_subject(ix, st, s0, c.start, near=False)
            if own is not None and own.get("found_by") == "title" and int(own["end"]) <= c.start:
                return own
            c = search_before(ix, s0, m.prefix_start, zones, nearest=False, keep=subject_place)
        if c is not None and _in_relative_clause(ix, s0, c.start):
            # "وأشاد بمقاتلي المقاومة الذين طردوا مسلحي الحوثي، مبينا"، "ورحب بالجهود التي تبذلها وزارة الصحة،
            # مؤكدا": a body inside a relative clause is no subject of the verb before it (round 9, a fresh audit)
            c = None
        if c is not None and c.type == "ORG" and not norm(m.key).endswith(("ه", "ات")):
            # a masculine participle (قائلا، معتبرا) goes with a person: "وأشاد عضو مجلس الهيئة … الدكتور فلان،
            # بقرار الوزير في تغريدة قائلا" is the member, not the council (a body takes قائلة، مشيرة)
            person = next(
                (p for p in ix.candidates_in(c.end, m.prefix_start) if p.type == "PER" and not _in_zone(p, zones)),
                None,
            )
            c = person if person is not None and search_before(ix, person.start, person.end + 1, zones) else c
            if c.type == "ORG":  # "وحمّل وزير الإعلام فلان ميليشيا الحوثي …، مؤكدا": a title after the verb
                own = _opening_subject(ix, st, s0, c.start, near=False)  # is the subject, the body its object
                if own is not None and own.get("found_by") == "title" and int(own["end"]) <= c.start:
                    return own
        if c is not None and c.type in ("PER", "ORG"):  # "هنأ رئيس الحزب سمير جعجع الشعب …، معتبرا أن"
            return _from_candidate(ix, st, c)
        if m.key in _SAYING:  # "ووجه مدير الأمن العام رسالة إلى أعداء … قائلا:": the subject, however far
            own = _opening_subject(ix, st, s0, m.prefix_start, near=False, placed=True)
            if own is not None:
                return own
        if c is None:  # "مدير جوازات جسر الملك فهد العقيد فلان ذهب … مبررا": a title that opens the sentence
            opening = title_speaker(ix, _after_dateline(ix, s0), m.prefix_start)
            if opening is not None and not opening[0].get("anonymous"):
                return opening[0]
            body = _body_subject(ix, st, _after_dateline(ix, s0), m.prefix_start)
            if body is not None:  # "إلا أن لجنة الانضباط رفضت …، مشيرة إلى أنها": the body that opens it
                return body
        titled = _opening_verb_title(ix, st, s0, m)
        if titled is not None:  # "واستقبل محافظ المنطقة الوفد … في مكتبه أمس، مؤكدا": the title, however far
            return titled
    if m.value.type is MARKER_PARTICIPLE and last is not None and last["marker"]["start"] < s0:
        agreeing = _feminine_subject(ix, st, s0, m)
        if agreeing is not None:  # "ورفضت لجنة الانضباط رفع الإيقاف …، مشيرة إلى": not the speaker before
            return agreeing
    if (
        m.value.type is MARKER_PARTICIPLE
        or (m.value.type is MARKER_VERB and ("و" in m.prefix or "ف" in m.prefix or not mk.initial))
    ) and (last is None or last["marker"]["start"] < s0):
        newer = _opening_noun_subject(ix, st, s0, m)
        if newer is not None:  # "وشكك معهد بحثي أمريكي …، قائلا": the newer subject, not the speaker before
            return newer
        opened = _particle_subject(ix, st, s0, m)
        if opened is not None:  # "كما رفضت الشركة التعليق قائلة"، "ولكن القائد رفض …، وأصر" (round 38, cl62)
            return opened
    if last is not None and (
        last["marker"]["start"] >= s0
        or (m.value.type is MARKER_PARTICIPLE and last["content"]["end"] >= ix.sentence_bounds(max(0, s0 - 1))[0])
    ):
        return _continued_agreeing(ix, st, m, last["speaker"], s0)  # مضيفا، وذكر
    topic_end = _topic_end(ix, s0, m.prefix_start)
    joined_or_participle = m.value.type is MARKER_PARTICIPLE or "و" in m.prefix
    keep = subject_place if joined_or_participle else agree
    c = search_before(ix, topic_end or s0, m.prefix_start, zones, nearest=False, keep=keep)  # … إلا أنه قال
    if c is not None:
        return _from_candidate(ix, st, c)
    if (
        m.value.type is MARKER_VERB
        and ("و" in m.prefix or "ف" in m.prefix)
        and (w0 := ix.word_after(s0)) is not None
        and w0[2] <= m.prefix_start
        and not _PARTICIPLE_OPENER.fullmatch(drop_conjunction(norm(w0[0]), min_rest=2))
        and (joined := ix.word_before(m.prefix_start)) is not None
        and (joined[0] in ("،", ",") or joined[0][-1:].isalpha())
    ):
        # "وزار وزير الخارجية المدينة وأكد أن"، "وأدان نائب عن المنطقة الحادثة ووصفها بأنها": a verb joined to
        # the sentence's opening verb has that verb's subject, a title no entity covers (round 24)
        own = _opening_subject(ix, st, s0, m.prefix_start, near=False, placed=True)
        if own is not None and not _disagreeing(ix, m, own, before=True):
            return own
    country = _place_subject(ix, st, s0, m) if topic_end is None else None
    if country is not None:  # "ورفضت أنقرة لعب دور … وقالت إن": the country that opens the sentence
        return country
    prev = _previous_sentence(ix, s0)
    opener = ix.word_after(prev[0]) if prev is not None else None
    if opener is not None and last is not None and _PARTICIPLE_OPENER.fullmatch(norm(opener[0])):
        # "… بقوة وحزم. معربا عن أمله أن لا يعمل الحوثيون … . وحول عودة الحكومة، قال:": a sentence that opens
        # with a participle goes on with the speaker before; nobody after it is the subject
        return continued(ix, last["speaker"], m.prefix_start, m.end)
    if (
        prev is not None
        and (last is None or last["content"]["end"] < prev[0])
        and not _spoke_in(last, prev)  # "ذكر ذلك الدكتور فلان … . وقال إن": he goes on (round 40, cl69)
    ):
        p0, p1 = prev  # "وانتقد رئيس البلدية … . وقال": the previous sentence's subject
        own = _opening_subject(ix, st, p0, p1, near=False)
        if own is None and _opens_sentence(ix, s0, m):
            # "انتقل محافظ الولاية إلى المدينة. وقال"، "استنكر عدد من الدعاة … . مشيرين" (round 38, cl62)
            own = _previous_opening_phrase(ix, st, p0, p1, m) or _previous_opening_name(ix, st, p0, p1)
        if own is not None and not _disagreeing(ix, m, own, before=True):
            own["found_by"] = "previous_sentence"  # no claim of theirs to continue: the name is the speaker's span
            return own
        c = search_before(ix, p0, p1, zones, nearest=False, keep=agree)
        if c is not None and c.type != "GPE":
            return continued(ix, speaker_of(ix, c, "mention"), m.prefix_start, m.end)
    if last is not None:
        return _continued_agreeing(ix, st, m, last["speaker"], s0)  # وأضاف، وتابع
    return _unnamed_pronoun(ix, mk, s0) if has_intro else None


def _spoke_in(last: Claim | None, prev: tuple[int, int]) -> bool:
    """Whether the last claim's marker stands in the sentence before — its content told before it ("… . ذكر ذلك
    الدكتور فلان المدير الطبي. وقال إن"، "… . جاء ذلك في بيان للوزارة. وأضافت"): a pronoun marker that opens the
    next sentence goes on with that speaker (a continuation, as the files code it), not with the sentence's subject
    as a new name (round 40, cl69)."""
    if last is None or not isinstance(last.get("marker"), dict):
        return False
    return prev[0] <= int(last["marker"]["start"]) < prev[1]


def _article(word: str) -> bool:
    """Whether a word as written opens with the article (its و / ف dropped): ال with a bare alif — a verb such as
    ألقى or ألمح, whose hamza the normalized form drops, does not (round 38, cl62)."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    return bare.startswith("ال")


def _particle_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """The subject of a sentence that opens with a particle before its first verb or its subject (``particle_openers``:
    كما، لكن، لم، فيما، بينما، قد، ثم, with or without و / ف), for a pronoun marker later in it: "كما رفضت الشركة
    التعليق قائلة إن"، "ولم يستبعد المتحدث باسم الوزارة …، مشيرا إلى"، "وفيما أدانت الرئاسة القصف، فإنها دعت"، "ولكن
    القائد فلان رفض …، وأصر على أن" — the one that sentence tells of goes on speaking, not a speaker of an earlier
    sentence (round 38, cl62: a fresh audit's continuations tied across a non-speech verb's subject; check6, check16,
    check24, check31). A name or title right after the verb (as :func:`_opening_subject` reads it, not deep in its
    object), or a person or body tagged right after the particle with a verb after it; outside the contents of earlier
    claims and agreeing with the marker. None otherwise."""
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is None or opener[2] >= m.prefix_start:
        return None
    if drop_conjunction(norm(opener[0]), min_rest=2) not in _PARTICLE_OPENERS:
        return None
    w = ix.word_after(opener[2])
    if w is None or w[2] >= m.prefix_start or w[0] in ("،", ",", "؛", ";"):
        return None
    c = ix.candidate_at(w[1])
    own: Speaker | None
    if c is None and not _article(w[0]):  # the verb first: its subject right after it
        own = _opening_subject(ix, st, opener[2], m.prefix_start, near=False, placed=True)
        if own is None:
            own = _speaking_phrase(ix, st, w[2], m.prefix_start)
    else:  # "ولكن القائد فلان رفض": the subject before its verb
        if c is not None and c.type in ("PER", "ORG", "GPE") and c.start == w[1]:
            own, stop = _from_candidate(ix, st, c), c.end
        else:
            own = _speaking_phrase(ix, st, w[1], m.prefix_start)
            stop = int(own["end"]) if own is not None else m.prefix_start
        verb = ix.word_after(stop)
        if (
            verb is None
            or verb[1] >= m.prefix_start
            or not verb[0][:1].isalpha()
            or _article(verb[0])
            or norm(verb[0]) in ix.lexicon.prepositions
            or ix.candidate_at(verb[1]) is not None
        ):
            return None
    if own is None or not isinstance(own.get("start"), int) or int(own["start"]) >= m.prefix_start:
        return None
    if any(a <= int(own["start"]) < b for a, b in st.contents) or _disagreeing(ix, m, own, before=True):
        return None
    return own


def _opens_sentence(ix: DocIndex, s0: int, m: Match[Cue]) -> bool:
    """Whether the marker is its sentence's first word (after a dateline): nothing in its sentence is its subject."""
    first = ix.word_after(_after_dateline(ix, s0))
    return first is not None and first[1] == m.prefix_start


def _previous_opening_phrase(ix: DocIndex, st: _State, p0: int, p1: int, m: Match[Cue]) -> Speaker | None:
    """The subject of the previous sentence's opening verb when no entity or title names it (round 38, cl62): a phrase
    that can speak right after the verb (:func:`_speaking_phrase`: "انتقل حاكم الولاية إلى …"), or, for a plural
    marker, a group led by a word of quantity (:func:`_opening_group`: "استنكر عدد من الأكاديميين …"). The verb is
    the sentence's first word (no particle, preposition or noun opens it); not inside an earlier claim's content."""
    verb = ix.word_after(_after_dateline(ix, p0))
    if verb is None or verb[2] >= p1 or not verb[0][:1].isalpha() or ix.candidate_at(verb[1]) is not None:
        return None
    head = drop_conjunction(norm(verb[0]), min_rest=2)
    if _article(verb[0]) or head in _NOT_VERB_OPENERS or head in _PARTICLE_OPENERS or head in _KANA:
        return None
    own = _opening_group(ix, p0, p1) if plural_verb(_marker_form(ix, m)) else None
    if own is None:
        own = _speaking_phrase(ix, st, verb[2], p1)
    if own is None or any(a <= int(own["start"]) < b for a, b in st.contents):
        return None
    return own


def _previous_opening_name(ix: DocIndex, st: _State, p0: int, p1: int) -> Speaker | None:
    """A person's name that opens the sentence before, set off by a comma (its description after it: "فلانة، التي
    تترأس فريق المترجمين في المكتب، توافق. تقول «…»"، "فلان، البالغ من العمر 23 عاما، عرض أحد الأفلام. قال «…»"):
    the subject of that sentence, whose verb comes after the description — for a marker opening the next sentence
    when no claim stands between (round 40, cl69: check38's feature articles). A tagged person only, its first word
    the sentence's; not inside an earlier claim's content."""
    first = ix.word_after(_after_dateline(ix, p0))
    if first is None or first[2] >= p1:
        return None
    c = ix.candidate_at(first[1])
    if c is None or c.type != "PER" or c.start != first[1] or c.end >= p1:
        return None
    comma = ix.word_after(c.end)
    if comma is None or comma[0] not in ("،", ","):
        return None
    if any(a <= c.start < b for a, b in st.contents):
        return None
    return _from_candidate(ix, st, c)


def _speaking_phrase(ix: DocIndex, st: _State, start: int, limit: int) -> Speaker | None:
    """A noun phrase at ``start`` that names someone who can speak, no entity covering it (round 38, cl62): its head a
    body noun (رئاسة، وزارة، الحكومة), a person or monitor noun, an outlet noun or the start of a title or an unnamed
    source (متحدث، مسؤول) — then its genitive when the head is indefinite (رئاسة الإقليم، متحدث الداخلية) and up to
    two definite adjectives in ي / ية (الأمنية، العسكري) —, kept as written, or the earlier speaker a definite noun
    names (الوزارة → وزارة الداخلية). None when the head is anything else (a thing: "كما رفض التعليق")."""
    first = ix.word_after(start)
    if first is None or first[2] > limit or not first[0][:1].isalpha():
        return None
    head = drop_conjunction(norm(first[0]), min_rest=2)
    bare = head[2:] if head.startswith("ال") else head
    lex = ix.lexicon
    if not (
        bare in lex.body_nouns
        or head in lex.body_nouns
        or bare in lex.person_nouns
        or head in lex.person_nouns
        or bare in lex.monitor_nouns
        or head in lex.monitor_nouns
        or bare in lex.outlet_nouns
        or role_reader().may_start(head)
    ):
        return None
    stop = first[2]
    nxt = ix.word_after(stop)
    if not head.startswith("ال"):
        if (
            nxt is None
            or nxt[2] > limit
            or not nxt[0][:1].isalpha()
            or norm(nxt[0]) in lex.prepositions
            or punct_between(ix, stop, nxt[1])
        ):
            return None  # an indefinite head alone names nobody
        stop = nxt[2]
        nxt = ix.word_after(stop)
    for _ in range(2):
        if nxt is None or nxt[2] > limit or punct_between(ix, stop, nxt[1]):
            break
        word = norm(nxt[0])
        if not (word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 5):
            break
        stop = nxt[2]
        nxt = ix.word_after(stop)
    written = written_speaker(ix, first[1], stop)
    return anaphor(ix, st.speakers(), first[1], stop) or written


def _unnamed_pronoun(ix: DocIndex, mk: _Mark, s0: int) -> Speaker | None:
    """The verb's own pronoun as its speaker, with no antecedent, for a verb of saying that opens its sentence (or
    the clause after a comma) with و and its introducer right after it (after إلى / على), when no claim stands
    before it and no name, title or body before it is its subject (round 22, cl28): "صادقت جهات رقابية أوروبية على
    عقار جديد، وقالت إنه آمن"، "سجلت الصحة أمس إصابتين جديدتين. وبينت أن إجمالي …"، "أعلنت إدارة التعليم عن
    حاجتها لشغل وظائف. وأوضحت أن الشروط …" — the one the sentence before tells of speaks, and the files code the
    claim on the verb's word (no speaker span). None otherwise."""
    m = mk.match
    if m.value.type is not MARKER_VERB or "و" not in m.prefix:
        return None  # (not ف: "فأقترح أن …" in a column is the writer's own first person)
    opener = ix.word_after(s0)
    if opener is None or opener[1] != m.prefix_start:
        comma = ix.word_before(m.prefix_start)
        if comma is None or comma[0] not in ("،", ","):
            return None  # the verb opens its sentence, or the clause after a comma ("…، وقالت إنه آمن")
    nxt = ix.word_after(m.end)
    if nxt is not None and norm(nxt[0]) in _INTRO_LEADS:
        nxt = ix.word_after(nxt[2])
    if nxt is None or not (norm(nxt[0]) in _THAT or nxt[0] in _INNA) or ix.words_between(m.end, nxt[1]) > 1:
        return None
    text = ix.doc.text
    return {
        "name": None,
        "name_ar": None,
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "text": text[m.prefix_start : m.end],
        "start": m.prefix_start,
        "end": m.end,
        "found_by": "pronoun",
    }


def _topic_end(ix: DocIndex, s0: int, verb: int) -> int | None:
    """Where a topic that opens the sentence ends, when a preposition of a topic opens it and a comma closes it
    before the verb ("وعن وضع «حزب الله» بعد الاتفاق، أشار"، "وحول تجنيد «داعش» للشباب، ذكر"): a name inside it is
    what the speaker talks about (round 19, cl21). None when the sentence opens otherwise."""
    opener = ix.word_after(_after_dateline(ix, s0))
    if opener is None or opener[1] >= verb or norm(opener[0]) not in _TOPIC_PREPOSITIONS:
        return None
    text = ix.doc.text
    commas = [i for i in (text.find("،", opener[2], verb), text.find(",", opener[2], verb)) if i >= 0]
    return min(commas) + 1 if commas else None


def _antecedent_form(speaker: Speaker) -> Form:
    """The gender and number of the person a speaker names (a pronoun's or anaphor's antecedent, else its words)."""
    ante = speaker.get("antecedent")
    text = ante.get("text") if isinstance(ante, dict) and speaker.get("found_by") in ("pronoun", "anaphor") else None
    typ = speaker.get("type")
    return speaker_form(str(text or speaker.get("text") or ""), typ if isinstance(typ, str) else None)


def _opening_group(ix: DocIndex, s0: int, end: int) -> Speaker | None:
    """A group led by a word of quantity as the subject right after a sentence's opening verb or كان
    (``group_quantifiers``: "وبالتوازي مع ذلك، أبدى عدد من مالكي العقارات …"، "وكان بعض المحللين أشاروا"، "اتهم
    آخرون صالح"), after a setting phrase and its comma (within its first five words); the span is the quantifier
    and, after من, the noun that follows (round 18b). For a plural marker that goes on with it."""
    verb = ix.word_after(s0)
    if verb is not None:
        for t in ix.doc.tokens[ix.token_index(verb[1]) : ix.token_index(verb[1]) + 5]:
            if ix.doc.text[t.start : t.end] in ("،", ",", "؛", ";"):  # "وبالتوازي مع ذلك، أبدى"، "من جهتهم، عبر"
                verb = ix.word_after(t.end)
                break
    if verb is None or verb[2] >= end or drop_conjunction(norm(verb[0]), min_rest=2) in _SETTING_LEADS:
        return None
    head = ix.word_after(verb[2])
    if head is None or head[2] > end or norm(head[0]) not in _GROUP_QUANTIFIERS:
        return None
    stop = head[2]
    nxt = ix.word_after(stop)
    if nxt is not None and norm(nxt[0]) == "من" and nxt[2] < end:
        noun = ix.word_after(nxt[2])
        stop = noun[2] if noun is not None and noun[2] <= end else stop
    elif nxt is not None and nxt[2] <= end and norm(nxt[0]).startswith("ال") and norm(head[0]) == "بعض":
        stop = nxt[2]  # "بعض المحللين"
    text = ix.doc.text[head[1] : stop]
    return {
        "name": text,
        "name_ar": text,
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "text": text,
        "start": head[1],
        "end": stop,
        "found_by": "as_written",
    }


def _continued_agreeing(ix: DocIndex, st: _State, m: Match[Cue], speaker: Speaker, s0: int) -> Speaker:
    """The last speaker again for a marker whose subject is its own pronoun, unless the marker plainly disagrees
    with him (round 18b): "وكانت تركيا قد هاجمت … فيما قالت إن" is Turkey, not the Kurdish official quoted before;
    "اتهم آخرون صالح بأنه … . وأضافوا" the others, not Saleh. Then the subject of the marker's own sentence, else
    of the sentence before (a name or title right after its opening verb, :func:`_opening_subject`), when it does
    not disagree; else the speaker stays (a pronoun may refer to a document or a group the reader does not name)."""
    form = _marker_form(ix, m)
    if not disagrees(form, _antecedent_form(speaker), before=True):
        return continued(ix, speaker, m.prefix_start, m.end)
    prev = _previous_sentence(ix, s0)
    for p0, p1 in ((s0, m.prefix_start), prev if prev is not None else (s0, s0)):
        if p1 <= p0:
            continue
        found = [_opening_subject(ix, st, p0, p1, near=False, plural=plural_verb(form))]
        if plural_verb(form):
            found.append(_opening_group(ix, p0, p1))  # "اتهم آخرون صالح بأنه …": the group, not the name after it
        for own in found:
            if own is None or any(a <= int(own["start"]) < b for a, b in st.contents):
                continue
            if not disagrees(form, _antecedent_form(own), before=True):
                return continued(ix, own, m.prefix_start, m.end)
    return continued(ix, speaker, m.prefix_start, m.end)


#: relative pronouns said of people only (not الذي / التي, said of things as well)
_PEOPLE_RELATIVES = frozenset(norm(w) for w in ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي", "اللتين", "اللتان"))


def _may_speak(ix: DocIndex, written: Speaker, rel_start: int) -> bool:
    """Whether a definite noun phrase kept as written before a relative pronoun names someone who can speak. A
    relative of people (الذين، اللذين، اللواتي: "بعض النواب الذين يقولون"، "منظري الرأسمالية الذين زعموا") says so
    itself. Before الذي / التي, said of things too, the phrase and up to three words before it (its head in
    construct: "رواد شبكات التواصل"، "مصادر «المدينة» المطلعة") are read: one of them must be a body noun
    (الوزارة، اللجنة), a person or monitor noun (الشاهد، المرصد), an outlet noun, a title or an unnamed source
    (role_reader: المسؤولون، الخبراء), a given name (عادل الجبير), a sound masculine plural of people (المبدعين
    المغاربة) or a tagged person, body or source. A thing is none: "الكتب والقصص التي تتحدث عن"، "المشاكل
    الخطيرة التي تهدد"، "الإصلاحات التي دعت إليها المرجعية" (the speaker after the verb), "الوجوه المبتسمة التي
    تدعو بالدعاء" (round 28, cl42: four of the released sets' false claims; 37 claims of 1,994 fresh articles, about
    30 of them things)."""
    rel = ix.word_after(rel_start)
    if rel is not None and norm(rel[0]).removeprefix("و") in _PEOPLE_RELATIVES:
        return True
    start, end = int(written["start"]), int(written["end"])
    words = str(written.get("text") or "").split()
    at, quotes = start, ("«", "»", '"', "“", "”")
    for _ in range(4):
        prev = ix.word_before(at)
        if prev is not None and prev[0] in quotes:
            at = prev[1]  # a quote mark around an outlet's name ("لمصادر «المدينة» المطلعة")
            continue
        if prev is None or ix.doc.text[prev[2] : at].strip(" " + "".join(quotes)):
            break
        if not any(ch.isalpha() for ch in prev[0]) or norm(prev[0]) in ix.lexicon.prepositions:
            break  # (a preposition opens the phrase: "من إجراء الإصلاحات التي", no body before it counts)
        words.insert(0, prev[0])
        at = prev[1]
        if norm(prev[0]).startswith(("بال", "لل", "وبال", "ولل")):
            break  # a preposition fused to the phrase's first word ("بالحي الفاخر الذي")
    lex = ix.lexicon
    given = load_lexicon().given_names
    roles = role_reader()
    for raw in words:
        w = drop_conjunction(norm(raw.strip('«»"“”')), min_rest=2)
        bare = w[2:] if w.startswith("ال") else w
        if w in lex.body_nouns or bare in lex.body_nouns or w in lex.outlet_nouns or bare in lex.outlet_nouns:
            return True
        if w in lex.person_nouns or w in lex.monitor_nouns:  # "الشاهد الذي قال"، "المرصد الذي أفاد"
            return True
        if w in given or roles.may_start(w) or (bare.endswith(("ون", "ين")) and len(bare) >= 5):
            return True
    return any(c.type in ("ANON", "PER", "ORG") for c in ix.candidates_in(at, end))


def _thing_antecedent(ix: DocIndex, noun_start: int, rel_start: int) -> bool:
    """Whether the noun phrase before a relative pronoun is a happening or a decision (``thing_antecedents``: الهجوم
    الانتحاري الذي قال إن، بالقرار الذي قال إنه): it says nothing, the verb after the pronoun has another subject
    (round 18). The noun right before the pronoun, or one or two words back past adjectives with the article; read
    without و / ب / ل / ف and the article; no tagged name may cover it."""
    word = ix.word_after(noun_start)
    for _ in range(3):
        if word is None or word[1] >= rel_start or ix.candidates_in(word[1], word[2]):
            return False
        w = norm(word[0])
        for prefix in ("وبال", "بال", "وال", "فال", "لل", "ال"):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix) :]
                break
        if w in _THING_ANTECEDENTS:
            return True
        if not norm(word[0]).startswith("ال"):
            return False  # only adjectives with the article stand between the noun and the pronoun
        before = ix.word_before(word[1])
        if before is None or punct_between(ix, before[2], word[1]) or not before[0].isalpha():
            return False
        word = before
    return False


def _in_relative_clause(ix: DocIndex, s0: int, at: int) -> bool:
    """Whether a relative pronoun (الذي، التي، الذين) stands between the sentence start ``s0`` and ``at``, with no
    punctuation after it: ``at`` is then inside that relative clause."""
    toks = ix.doc.tokens
    rels = ix.lexicon.relatives
    for k in range(ix.token_index(s0), ix.token_index(at)):
        t = toks[k]
        if t.kind == "word" and drop_conjunction(norm(ix.doc.text[t.start : t.end]), min_rest=2) in rels:
            return not punct_between(ix, t.end, at)
    return False


def by_saying_speaker(ix: DocIndex, m: Match[Cue], s0: int, speaker: Speaker) -> bool:
    """Whether the speaker read for a "by saying" marker (ورد عليها بالقول: «…»، وأكمل بقوله: …) is the subject of the
    verb it goes with (round 39, cl66). A name, title or body: yes, unless fused to a preposition (بوزارة التعليم،
    لفيفا: an object, not the subject), after a preposition (سخر من فلان بقوله), a word of scripture (سبحانه) or
    before a clause of its own (…، ويكتفي بالقول; …، ثم قدم فلان … بقوله: that clause's subject is unread). A
    speaker going on from before (a pronoun, the previous sentence's subject): only when the verb opens the sentence
    or a clause after a comma and و / ف, and every word between it and the marker is a preposition, the speaker's own
    talk (``by_saying_talk``: وتابع بقوله، وتطرق إلى …، وواصل حديثه بقوله) or a word after a preposition, none of
    them a name or a word that may name a speaker — one may be a subject no reader takes (واكتفى البلوي … بالقول،
    اكتفت متحدثة باسم الجهاز بالقول، تساءل آخرون بالقول): no claim."""
    text = str(speaker.get("text") or "")
    lex = ix.lexicon
    if speaker.get("found_by") not in ("pronoun", "previous_sentence"):
        words = text.split()
        first = norm(words[0]) if words else ""
        if first in _BY_SAYING_NOT:
            return False  # "التي أخبر سبحانه عن … بقوله": scripture
        if first[:1] in ("ب", "ل") and len(first) > 3 and f" {words[0][1:]}" in ix.doc.text:
            return False  # "لفيفا" as well as "فيفا" in the text: the preposition fused to a name, its object
        before = ix.word_before(int(speaker.get("start") or 0))
        if before is not None and norm(before[0]) in lex.prepositions:
            return False  # "سخر من فلان بقوله": the one mocked
        w = ix.word_after(int(speaker.get("end") or 0))
        while w is not None and w[1] < m.prefix_start:  # "ظل فلان …، ويكتفي بالقول": a clause of its own between,
            if w[0] in ("،", ",") and (nxt := ix.word_after(w[2])) is not None and nxt[1] < m.prefix_start:
                if nxt[0][:1] == "و" and drop_conjunction(norm(nxt[0]), min_rest=2) not in _BY_SAYING_NOT_VERBS:
                    return False  # its subject untagged: the name before it is no speaker of it
                if norm(nxt[0]) in _PARTICLE_OPENERS:
                    return False  # (ثم قدم فلان …)
            w = ix.word_after(w[2])
        return True
    s0 = _after_dateline(ix, s0)
    verb = ix.word_after(s0)
    w = verb
    while w is not None and w[2] <= m.prefix_start:  # the last clause opener before the marker
        prev = ix.word_before(w[1])
        if (
            w[1] > s0
            and prev is not None
            and prev[0] in ("،", ",")
            and w[0][:1] in ("و", "ف")
            and drop_conjunction(norm(w[0]), min_rest=2) not in _BY_SAYING_NOT_VERBS
        ):
            verb = w  # (not "، وهو أيضا …": a pronoun opens no clause of its own)
        w = ix.word_after(w[2])
    if verb is None or verb[1] >= m.prefix_start:
        return False
    if drop_conjunction(norm(verb[0]), min_rest=2) in _PARTICLE_OPENERS:
        verb = ix.word_after(verb[2])
        if verb is None or verb[1] >= m.prefix_start:
            return False
    head = drop_conjunction(norm(verb[0]), min_rest=2)
    if (
        _article(verb[0])
        or ix.candidate_at(verb[1]) is not None
        or not verb[0][:1].isalpha()
        or head in lex.prepositions
        or head in _BY_SAYING_NOT_VERBS
        or (head.endswith("ا") and not head.endswith("وا"))  # "وردا على سؤال": a verbal noun, no verb
    ):
        return False
    w = ix.word_after(verb[2])
    after_preposition = False
    while w is not None and w[1] < m.prefix_start:
        word = norm(w[0].strip("،,"))
        if not word:
            w = ix.word_after(w[2])
            continue
        bare = word[2:] if word.startswith("ال") else word
        if (
            ix.candidate_at(w[1]) is not None
            or bare in lex.person_nouns
            or bare in lex.body_nouns
            or role_reader().may_start(word)
        ):
            return False
        if not (word in lex.prepositions or word in _BY_SAYING_TALK or after_preposition):
            return False
        after_preposition = word in lex.prepositions or (after_preposition and w[0][-1:] not in ("،", ","))
        w = ix.word_after(w[2])
    return True
