"""Who speaks: speaker candidates around a marker, title phrases without a name, and the JSON of a speaker.

A speaker is an entity of the entity layer (PER, ORG, a state as GPE) or an unnamed speaker of ``claims.yaml``
(ناشطون، مصادر محلية، شهود عيان). A candidate led by a preposition (في المعارضة، مع نظيره، باسم الجبهة) is no
subject, except after a speaker introducer (بيان صادر عن الوزارة، بيان للجيش); an outlet led by لـ is the channel
of an interview (قال لـ«نون بوست»), not the speaker; a state speaks only right next to its marker (أعلنت روسيا).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from rasd.claims.context import Candidate, DocIndex
from rasd.claims.spans import collapse, quoted_name
from rasd.ner.lexicon import load_lexicon
from rasd.ner.roles import RoleReader
from rasd.resources.cues import CueFile, claim_norm_set, claim_set
from rasd.text.normalize import normalize_word as norm

QUOTES = frozenset('«»“”"')
#: Words of a speaker kept as written (القيادة المشتركة لقوات التحالف الدولي has five).
_WRITTEN_WORDS = 5

Speaker = dict[str, Any]


@functools.cache
def _role_reader() -> RoleReader:
    return RoleReader(load_lexicon())


def role_reader() -> RoleReader:
    """The shared reader of titles (``roles.yaml``)."""
    return _role_reader()


def _qualifies(ix: DocIndex, c: Candidate) -> bool:
    """Whether a candidate can be a subject: not led by a preposition, unless a speaker introducer leads that;
    not a noun written in the accusative (tanween fath: "حيث زار ١١ طبيبًا، وقال" is the object), unless after
    إن / أن / لكن, whose subject it is (إلا أن قياديًا في المعارضة كشف)."""
    if ix.doc.text[c.start : c.end].endswith(("ًا", "اً", "ً")):
        prev = ix.word_before(c.start)
        if prev is None or norm(prev[0]).lstrip("و") not in ("ان", "لكن"):
            return False
    lead = ix.lead(c.start)
    if lead is None:
        return True
    prep, at = lead
    if prep not in ("عن", "ل"):
        return False
    prev = ix.word_before(at)
    if prev is None:
        return False
    word = norm(prev[0])
    intro = ix.lexicon.introducers
    return word in intro or (word[:1] in ("و", "ف") and word[1:] in intro)


def led_outlet(ix: DocIndex, c: Candidate, *, noun: bool = True) -> bool:
    """Whether ``c`` is an outlet led by لـ or إلى: the outlet of an interview (قال لـ«نون بوست»، لوكالة رويترز،
    and, with ``noun``, a name after ل + an outlet noun: وقالت لمحطة «…» التلفزيونية). Before a marker the name
    after لمجلة is its subject ("وسبق لمجلة «فرانس فوتبول» أن كشفت"): ``noun=False`` there."""
    prev = ix.word_before(c.start) if noun else None
    if prev is not None:
        w = norm(prev[0]).lstrip("و")
        if w[:1] == "ل" and w[1:] in ix.lexicon.outlet_nouns:
            return True
        if lam_in_name(ix, c):
            return True  # "في تصريح لوكالة الأنباء السعودية": the tagger's name holds the لـ (round 41, cl74)
    if not c.outlet:
        return False
    lead = ix.lead(c.start)
    return lead is not None and lead[0] in ("ل", "الي")


def lam_in_name(ix: DocIndex, c: Candidate) -> bool:
    """Whether the tagger's name ``c`` opens with لـ + an outlet noun ("لوكالة الأنباء السعودية" after في تصريح):
    the outlet told, its name the words after the لـ (round 41, cl74)."""
    words = ix.doc.text[c.start : c.end].split()
    own = norm(words[0]) if words else ""
    return own[:1] == "ل" and own[1:] in ix.lexicon.outlet_nouns


def search_after(
    ix: DocIndex, start: int, end: int, *, reach: int | None = None
) -> tuple[Candidate | None, Candidate | None]:
    """The subject among the candidates in ``[start, end)`` after a marker ending at ``start``.

    Returns ``(speaker, passing outlet)``. The first candidate that can be a subject wins, except that a person
    further on wins over an organisation or place that is not the marker's first word (قال المحلل … بجامعة تعز،
    صالح اليافعي). An outlet more than two words on is the medium that carried the words, not their speaker (قالت
    خلية الإعلام، في بيان بثه موقع "السومرية نيوز"). ``reach``: the most words the subject may stand from the
    marker (when no introducer bounds the phrase).
    """
    first = -1  # (round 29: the marker's token, read when a candidate is measured from it)
    found: Candidate | None = None
    passing: Candidate | None = None
    last = _name_before(ix, start, end)
    if last is not None and not _in_phrase_after_verb(ix, start, last):
        return last, None
    for c in ix.candidates_in(start, end):
        if led_outlet(ix, c) or not _qualifies(ix, c) or title_object(ix, start, c):
            continue
        if _in_phrase_after_verb(ix, start, c) or _outlet_alias_told(ix, c):
            continue
        if c.type == "ANON" and _after_outlet_noun(ix, c.start):
            continue  # "وكالة أنباء البحرين": part of an outlet's name
        if first < 0:
            first = ix.token_index(start)
        dist = ix.token_index(c.start) - first
        if reach is not None and dist > reach:
            break
        if c.outlet and dist > 2:
            passing = passing or c
            continue
        if c.type == "GPE" and dist != 0:
            continue  # "أعلنت روسيا": a state is the subject only right after its verb
        if found is None:
            found = c
            if c.type == "PER" or (dist == 0 and c.type != "ANON"):
                break
        elif c.type == "PER":
            plural = norm(ix.doc.text[found.start : found.end].split()[0]).endswith(("ون", "ين"))
            if found.type != "ANON" or (
                ix.words_between(found.end, c.start) <= 3 and not punct_between(ix, found.end, c.start) and not plural
            ):
                found = c  # "وقال المسؤول المحلي نهرو عبد الله": the name after the unnamed noun
            break  # (not after a plural: "وطالب المواطنون رئيس الحكومة فلان" names the object)
        elif found.type == "ANON":
            break
    return found, passing


#: Round 17's speaker word lists (helper cl14), ``resources/ar/claim_speaker_cues.yaml``.
_SPEAKER_CUES = CueFile("ar/claim_speaker_cues.yaml")


#: Round 17's words of occasion, compared as written (less short vowels and tatweel): normalized, إثر would be أثر.
_OCCASION_WORDS = _SPEAKER_CUES.set("occasion_words")
_VOWELS = re.compile("[\u064b-\u0652\u0640]")
_PHRASE_ENDS = frozenset("،,;؛:.!?")


def _in_phrase_after_verb(ix: DocIndex, start: int, c: Candidate) -> bool:
    """Whether ``c`` stands inside a phrase after the marker ending at ``start`` that is not its subject (round 17):
    a word of occasion or a clause opener stands between the verb and ``c``, with no punctuation after it (وقال في
    مؤتمر صحافي عقده مع نظيره الكوبي فلان: the speaker goes on; وقال فلان على هامش حفل تقديم اللاعب فلان; بحسب ما
    أفاد التلفزيون، في وقت … بعدما أطلقت … حزب العمال). The subject of a verb of saying stands right after it, after a
    date, an outlet told or a channel phrase (وقال في بيان له المتحدث …), or after a setting phrase its comma closes
    (لكن خلال الجلسة، وجه فلان …); in none of the 22 tune/check files is it named inside such a phrase."""
    inside = False
    for t in ix.doc.tokens[ix.token_index(start) : ix.token_index(c.start)]:
        if t.start < start:
            continue
        word = ix.doc.text[t.start : t.end]
        if t.kind != "word":
            inside = inside and word not in _PHRASE_ENDS
        elif _VOWELS.sub("", word) in _OCCASION_WORDS:
            inside = True
    return inside


def _outlet_alias_told(ix: DocIndex, c: Candidate) -> bool:
    """Whether ``c`` is an outlet's short name in brackets after the outlet told (وقال الوزير لتلفزيون هيئة الإذاعة
    البريطانية (بي.بي.سي) …، لوكالة الأنباء الألمانية (د.ب.أ)): the channel, like the name before it (round 17)."""
    text = ix.doc.text
    before = text[: c.start].rstrip()
    if not before.endswith("("):
        return False
    at = len(before) - 1
    for _ in range(6):
        w = ix.word_before(at)
        if w is None or any(ch in text[w[2] : at] for ch in '،,.:؛;«»"“”'):
            return False
        head = norm(w[0]).lstrip("و")
        if head[:1] == "ل" and head[1:] in ix.lexicon.outlet_nouns:
            return True
        at = w[1]
    return False


#: Honorifics before a title (مع معالي وزير الخارجية، لفخامة الرئيس): skipped when reading the title after them.
_HONORIFICS = claim_norm_set("honorifics")


def title_object(ix: DocIndex, start: int, c: Candidate) -> bool:
    """Whether a person is named inside a title led by a preposition: "عقده مع معالي وزير الخارجية الأستاذ عادل
    الجبير" is the object of مع, not the subject of the verb before it."""
    toks = ix.doc.tokens
    k = ix.token_index(c.start)
    lo = max(ix.token_index(start), k - 7)
    text = ix.doc.text
    placed = False  # a place phrase between: "الممثل الخاص للأمين العام … في العراق يان كوبيش" is the subject
    for i in range(k - 1, lo - 1, -1):
        w = norm(text[toks[i].start : toks[i].end])
        if toks[i].kind != "word":
            return False
        placed = placed or w == "في"
        if w.startswith("لل") and len(w) > 4 and _role_reader().may_start("ال" + w[2:]) and not placed:
            before = norm(text[toks[i - 1].start : toks[i - 1].end]).lstrip("و") if i > 0 else ""
            # "موال للرئيس عبد ربه منصور هادي": the name after a title led by لـ; not after a noun of saying
            return before not in ix.lexicon.introducers  # ("وبحسب تصريحات للوزير فلان": the author)
        if w.startswith("بال") and len(w) > 5 and _role_reader().may_start(w[1:]) and not placed:
            return True  # "والتقى الوزير بالسفير الفرنسي فلان": the person met, the object of بـ (round 7)
        if w in ("مع", "الي", "ل", "لدى", "بين") or (w[:1] == "ل" and w[1:] in _HONORIFICS):
            j = i + 1 if w[:1] != "ل" or len(w) <= 1 else i
            while j < k and norm(text[toks[j].start : toks[j].end]).lstrip("ل") in _HONORIFICS:
                j += 1
            title = title_speaker(ix, toks[j].start, c.end) if j <= k else None
            return title is not None and int(title[0]["end"]) >= c.end
    return False


def _name_before(ix: DocIndex, start: int, end: int) -> Candidate | None:
    """A person named last in a long title chain, right before the introducer (وقالت سيدة الأعمال السعودية رئيسة
    لجنة مصممات الأزياء بالغرفة التجارية بجدة أميمة عزوز: إن …): the name, not the first title noun. Only when the
    phrase has no punctuation and the name ends it (``end`` is the introducer)."""
    if ix.words_between(start, end) < 6 or punct_between(ix, start, end - 1):
        return None
    cands = [c for c in ix.candidates_in(start, end) if c.end <= end]
    if not cands or cands[-1].type != "PER" or ix.doc.text[cands[-1].end : end].strip(" \t\u00a0:،,"):
        return None
    person = cands[-1]
    if not _qualifies(ix, person) or title_object(ix, start, person) or led_outlet(ix, person):
        return None
    if _subject_named_before(ix, start, cands, person):
        return None  # "اتهم الرئيس فلان في مقابلة نظيره فلان بأنه": the first name speaks, the last is the object
    return person


def _subject_named_before(ix: DocIndex, start: int, cands: list[Candidate], person: Candidate) -> bool:
    """Whether the verb's subject is a person named before ``person`` (round 33, cl50): the first candidate after
    the verb is a person, right after it or after one title with its adjectives or genitive (الرئيس الأوكراني فلان،
    وزير الخارجية الأمريكي فلان: no second title between, which would make the name its genitive — مدير مكتب
    الرئيس فلان، مستشار الرئيس فلان), and words stand between that person and the last name that do not continue
    the name or its title: not a fused لـ / بـ (للشؤون الخارجية، بمنطقة، بن) nor و (فلان وفلان). The last name is
    then the verb's object (اتهم / أبلغ فلان فلانا بأنه) or a name inside a phrase after the subject (المتحدث
    باسم مؤسسة فلان، في حضور الوزير فلان), not a long title's holder."""
    first = cands[0]
    if first is person or first.type != "PER" or not _qualifies(ix, first) or led_outlet(ix, first):
        return False
    text = ix.doc.text
    before = [norm(w) for w in text[start : first.start].split()]
    if before:
        if not _role_reader().may_start(before[0]) or not before[-1].startswith("ال"):
            return False
        if any(_role_reader().may_start(w) for w in before[1:]):
            return False
    gap = text[first.end : person.start].split()
    if not gap:
        return False
    w = norm(gap[0])
    return not (w[:1] in ("ل", "ب") or (w[:1] == "و" and not _role_reader().may_start(w)))


def _after_outlet_noun(ix: DocIndex, offset: int) -> bool:
    prev = ix.word_before(offset)
    w = norm(prev[0]) if prev is not None else ""
    return w in ix.lexicon.outlet_nouns or (w[:1] == "و" and w[1:] in ix.lexicon.outlet_nouns)


def phrase(ix: DocIndex, start: int, end: int, *, max_words: int, clip: bool = False) -> tuple[int, int, str] | None:
    """A speaker phrase as written from ``start``: ``(start, end, the word that stopped it)`` or None.

    It stops at punctuation, a preposition (في، عن، باسم …, or بال / لل fused to a later word), a word that is no
    speaker (بدوره، أيضا), an introducer, a channel cue, a temporal expression or an outlet led by لـ; it has
    at most ``max_words`` words (None when longer, or cut there with ``clip``; None when empty).
    """
    text = ix.doc.text
    toks = ix.doc.tokens
    lex = ix.lexicon
    i = ix.token_index(start)
    s = e = -1
    words = 0
    stop = ""
    while i < len(toks) and toks[i].start < end:
        t = toks[i]
        w = norm(text[t.start : t.end])
        bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        if words and text[t.start : t.end] == "علي":  # the name Ali inside a name (آية الله علي سيستاني), not على
            w = bare = "علي_"
        if text[t.start : t.start + 1] == "آ" and w not in lex.madda_not_speakers:
            w = bare = w + "_"  # "آن هيدالغو"، "آنا لورا": a name, not أن / أنا (round 19)
        if (
            t.kind != "word"
            or w in lex.prepositions
            or bare in lex.prepositions
            or w in lex.not_speakers
            or bare in lex.not_speakers
            or t.start in ix.stops
            or ix.in_timex(t.start)
            or (words and bare.startswith(("بال", "لل", "كال")) and len(bare) >= 5)
        ):
            stop = w
            break
        c = ix.candidate_at(t.start)
        if c is not None and led_outlet(ix, c):
            stop = w
            break
        if words == max_words:
            if clip:
                break
            return None
        if s < 0:
            s = t.start
        e = t.end
        words += 1
        i += 1
    if s < 0:
        return None
    return s, e, stop


def _told_outlet_fused(ix: DocIndex, start: int) -> bool:
    """Whether the first word from ``start`` is a ل fused to an outlet the entity layer tagged (لرويترز): the outlet an
    interview was given to, never a speaker."""
    i = ix.token_index(start)
    if i >= len(ix.doc.tokens):
        return False
    t = ix.doc.tokens[i]
    if ix.doc.text[t.start : t.start + 1] != "ل" or ix.candidate_at(t.start) is not None:
        return False
    c = ix.candidate_at(t.start + 1)
    return c is not None and bool(c.outlet)


def search_before(
    ix: DocIndex,
    start: int,
    end: int,
    zones: list[tuple[int, int]],
    *,
    nearest: bool = True,
    keep: Callable[[Candidate], bool] | None = None,
) -> Candidate | None:
    """A candidate in ``[start, end)`` before a marker at ``end``: the nearest (or, ``nearest=False``, the first).

    Candidates inside the content of an earlier claim (``zones``) are what that speaker said, not speakers; one that
    ``keep`` refuses (a marker it does not agree with, round 11) is passed over.
    """
    cands = ix.candidates_in(start, end)
    for c in reversed(cands) if nearest else cands:
        if c.end > end or led_outlet(ix, c, noun=False) or not _qualifies(ix, c) or title_object(ix, start, c):
            continue
        if keep is not None and not keep(c):
            continue
        if any(a <= c.start < b for a, b in zones):
            continue
        if c.type == "GPE" and ix.words_between(c.end, end) > 0:
            continue
        return c
    return None


def interview_outlet(ix: DocIndex, start: int, end: int) -> str | None:
    """The outlet the speaker talked to, named in ``[start, end)`` after لـ or إلى: an outlet entity (لـ«نون بوست»،
    لوكالة رويترز), a short quoted name (لـ«المدينة»، إلى "الوطن"), or an outlet noun and its name (لوكالة الأنباء
    الألمانية). Returns the outlet's name."""
    for c in ix.candidates_in(start, end):
        if led_outlet(ix, c) and not lam_in_name(ix, c) and not _according_to(ix, c.start):
            return name_of(ix, c)  # (a name holding its لـ is read by _told_outlets_in below: round 41, cl74)
    for at, name in _told_outlets_in(ix, start, end):
        if not _according_to(ix, at):
            return name
    return None


#: Words before لـ that make the outlet a source, not the paper the speaker talked to (ووفقا لـ"رويترز"، طبقا
#: لـ«فرانس برس»، استنادا لـ…، نسبة لـ…): round 9b.
_ACCORDING = claim_set("according_to_words")


def _according_to(ix: DocIndex, at: int) -> bool:
    """Whether the لـ that leads the outlet at ``at`` (fused or its own word) follows وفقا، طبقا …"""
    lead = ix.lead(at)
    p = lead[1] if lead is not None else at
    for _ in range(2):  # the ل's own word (لـ) when it stands apart, then the word before it
        before = ix.word_before(p)
        if before is None:
            return False
        w = norm(before[0])
        if w in _ACCORDING or (w[:1] == "و" and w[1:] in _ACCORDING):
            return True
        if w not in ("ل", "لـ"):
            return False
        p = before[1]
    return False


def _told_outlets(ix: DocIndex) -> list[tuple[int, str]]:
    """Outlets named after لـ / إلى in the document that are not entities (see :func:`interview_outlet`), ``(offset,
    name)`` in text order."""
    out: list[tuple[int, str]] = []
    for i in range(len(ix.doc.tokens) - 1):
        name = _told_outlet_at(ix, i)
        if name is not None:
            out.append((ix.doc.tokens[i].start, name))
    return out


def _told_outlets_in(ix: DocIndex, start: int, end: int) -> Iterator[tuple[int, str]]:
    """:func:`_told_outlets` that stand in ``[start, end)``, read token by token and kept on the index (round 21: the
    clauses of the claims asked about hold a tenth of the words a scan of the whole document read)."""
    toks = ix.doc.tokens
    text = ix.doc.text
    starts = ix.token_starts()
    memo = ix.told_at
    for i in range(bisect_left(starts, start), min(bisect_left(starts, end), len(toks) - 1)):
        # (round 29) the tests that open _told_outlet_at, read here without a call: a token that opens with no ل,
        # nor with إ / ا before a quote or a bracket, names no outlet (most tokens; the memo rarely hits)
        # (round 38, sp5: the offsets read from the list the index searches, not from each token)
        first = text[starts[i]]
        if first != "ل" and (first not in "إا" or text[starts[i + 1]] not in _QUOTE_OR_BRACKET):
            continue
        if i in memo:
            name = memo[i]
        else:
            name = memo[i] = _told_outlet_at(ix, i)
        if name is not None:
            yield starts[i], name


#: the marks that may follow إلى (written إ / ا) before an outlet's name (see :func:`_told_outlet_at`)
_QUOTE_OR_BRACKET = QUOTES | {"("}


def _told_outlet_at(ix: DocIndex, i: int) -> str | None:
    """The outlet named after the token ``i`` (not the last) when it is لـ / إلى or ل + an outlet noun, else None."""
    text = ix.doc.text
    toks = ix.doc.tokens
    tok = toks[i]
    first = text[tok.start]
    if first not in "لإا":
        return None
    nxt = text[toks[i + 1].start]
    if first != "ل" and nxt not in QUOTES and nxt != "(":
        return None  # a word in ا / إ counts only as إلى before a quote or a bracket (round 14b: no norm of ال words)
    w = norm(text[tok.start : tok.end])
    if w in ("ل", "الي") and nxt in QUOTES | {"("}:
        # لـ«المدينة»، لـ(إيه.بي.سي): a short quoted or bracketed name (brackets: round 9b)
        shut = QUOTES if nxt in QUOTES else {")"}
        reach = 6 if shut is QUOTES else 9  # (إيه.بي.سي): the dots are tokens
        close = next((k for k in range(i + 2, min(i + reach, len(toks))) if text[toks[k].start] in shut), None)
        if close is not None and close > i + 2:
            return collapse(text[toks[i + 2].start : toks[close - 1].end])
    elif w[:1] == "ل" and (w[1:] in load_lexicon().outlet_nouns or w[1:] in ix.lexicon.outlet_nouns):
        # لوكالة الأنباء الألمانية
        if nxt in QUOTES:  # لصحيفة "زود دويتشه تسايتونج"
            close = next((k for k in range(i + 2, min(i + 7, len(toks))) if text[toks[k].start] in QUOTES), None)
            if close is not None and close > i + 2:
                return collapse(text[toks[i + 2].start : toks[close - 1].end])
            return None
        named = phrase(ix, tok.end, len(text), max_words=3)
        if named is not None and named[0] == toks[i + 1].start:
            return collapse(text[tok.start + 1 : tok.end] + " " + text[named[0] : named[1]])
    if w[:2] == "لل" and len(w) > 3 and i > 0 and toks[i - 1].end == tok.start:
        return _quoted_lam_outlet(ix, i)
    return None


#: nouns of a work whose title follows in quotes (مسرحية، برنامج، كتاب …): a quoted title opening with لل is no paper
_WORK_NOUNS = claim_norm_set("work_title_nouns")


def _quoted_lam_outlet(ix: DocIndex, i: int) -> str | None:
    """The paper named with its لـ inside the quotation marks, "للرياض"، «للشرق الأوسط» (في تصريح "للرياض"، قال
    «للحياة»): the token ``i`` opens with لل right after an opening mark that follows a space, and the closing mark
    comes after one to three words. The name is the word with its article back (الرياض، الشرق الأوسط). Round 39
    (cl67): check35's «في تصريح "للرياض"» read as a statement."""
    text = ix.doc.text
    toks = ix.doc.tokens
    opening = toks[i - 1]
    if text[opening.start] not in QUOTES or opening.end - opening.start != 1:
        return None
    if opening.start > 0 and not text[opening.start - 1].isspace():
        return None  # (a mark glued to a word before it closes a quotation)
    before = ix.word_before(opening.start)
    word = norm(before[0]) if before is not None else ""
    if word in _WORK_NOUNS or (word[:1] in ("و", "ب") and word[1:] in _WORK_NOUNS):
        return None  # مسرحية «للسعوديين فقط»، برنامج "للأسرة": a title, no paper
    close = next((k for k in range(i + 1, min(i + 4, len(toks))) if text[toks[k].start] in QUOTES), None)
    if close is None:
        return None
    return collapse("ال" + text[toks[i].start + 2 : toks[close - 1].end])


def nested_source(ix: DocIndex, after: int, end: int) -> Candidate | tuple[int, int] | None:
    """The source an outlet passes on: "نقلت وكالة سانا عن مصدر عسكري" → the source after عن / نقلا عن.

    Returns the candidate that starts right after عن, else the words written there (``(start, end)``), else None.
    """
    w = ix.word_after(after)
    while w is not None and (ix.in_timex(w[1]) or w[0] in ("»", "”", '"')):
        w = ix.word_after(w[2])  # "نقلت الوكالة اليوم عن الوزارة"، "ونقلت صحيفة «الحياة» عن مصادر"
    if w is not None and norm(w[0]) == "نقلا":
        w = ix.word_after(w[2])
    if w is None or norm(w[0]).lstrip("و") != "عن" or w[2] >= end:
        return None
    nxt = ix.word_after(w[2])
    if nxt is None or nxt[1] >= end:
        return None
    cand = ix.candidate_at(nxt[1]) or next(iter(ix.candidates_in(nxt[1], nxt[2])), None)
    if cand is not None:
        return cand
    words = phrase(ix, nxt[1], end, max_words=4)
    return (words[0], words[1]) if words is not None else None


def speaker_of(ix: DocIndex, c: Candidate, found_by: str) -> Speaker:
    """The JSON of a speaker candidate (see :mod:`rasd.stages.claims` for the fields)."""
    text = ix.doc.text
    out: Speaker = {"name": None, "name_ar": None, "role": None, "org": None, "entity": None, "anonymous": False}
    e = c.entity
    start, end = c.start, _without_trailing_preposition(ix, c.start, c.end)
    if e is not None:
        out["entity"] = e.id
        out["role"] = e.role
        out["org"] = e.org
        if e.anonymous:
            out["anonymous"] = True
        else:
            name_ar = e.canonical_ar if e.type == "PER" and e.canonical_ar else collapse(text[start:end])
            if e.type == "PER" and e.canonical_ar and e.end != end:
                name_ar = collapse(text[start:end]) if e.canonical_ar == text[e.start : e.end] else name_ar
            out["name_ar"] = name_ar
            out["name"] = e.canonical or name_ar
        out["type"] = e.type
        for key in ("actor_id", "country", "inter"):
            value = getattr(e, key)
            if value is not None:
                out["actor" if key == "actor_id" else key] = value
    else:
        out["anonymous"] = True
        out["role"] = c.gloss
        if c.generic:
            out["generic"] = True  # "ذكر تقرير إخباري": no person or body
        org = _organisation_after(ix, c.end)
        if org is not None:
            out["org"] = org
    if c.outlet:
        out["outlet"] = True
    out.update(text=text[start:end], start=start, end=end, found_by=found_by)
    return out


def _without_trailing_preposition(ix: DocIndex, start: int, end: int) -> int:
    """The end of a mention without a preposition the entity layer took into it ("ناجي مصطفى لـ" → ناجي مصطفى)."""
    text = ix.doc.text
    while end > start:
        cut = text.rfind(" ", start, end)
        if cut <= start or norm(text[cut + 1 : end]) not in ix.lexicon.prepositions:
            break
        end = cut
    return end


def _organisation_after(ix: DocIndex, end: int) -> str | None:
    """The organisation right after an unnamed speaker: "قيادي في الجيش الحر" → Free Syrian Army."""
    w = ix.word_after(end)
    if w is None or norm(w[0]) not in ("في", "من", "ب", "لدى"):
        return None
    nxt = ix.word_after(w[2])
    if nxt is None:
        return None
    c = ix.candidate_at(nxt[1])
    if c is None or c.entity is None or c.type != "ORG":
        return None
    return c.entity.canonical or collapse(ix.doc.text[c.start : c.end])


def name_of(ix: DocIndex, c: Candidate) -> str:
    """A candidate's name for ``reported_via``: the canonical English name when known, else as written."""
    if c.entity is not None and c.entity.canonical:
        return c.entity.canonical
    return collapse(ix.doc.text[c.start : c.end])


def title_speaker(ix: DocIndex, start: int, end: int) -> tuple[Speaker, str, str | None] | None:
    """A title phrase without a name right at ``start``: "الناطق باسم الجبهة"، "وزير الخارجية الروسي"، "القيادي".

    Returns ``(speaker, office, organisation)`` with the phrase as the speaker's span, or None.
    """
    toks = ix.doc.tokens
    text = ix.doc.text
    i0 = ix.token_index(start)
    if i0 >= len(toks) or toks[i0].start >= end:
        return None
    reader = _role_reader()
    first = norm(text[toks[i0].start : toks[i0].end])
    if not reader.may_start(first):
        return None
    stop = i0
    starts = ix.token_starts()  # (round 38, sp5: the offsets from the index's list, not from each token)
    while stop < len(toks) and stop - i0 < 12 and starts[stop] < end:
        stop += 1
    words = [norm(text[t.start : t.end]) for t in toks[i0:stop]]
    orgs: list[tuple[int, int]] = []
    for c in ix.candidates_in(toks[i0].start, toks[stop - 1].end):
        if c.type == "ORG":
            # an organisation may run on past the window ("المتحدث باسم التحالف الذي تقوده السعودية أن" with the window
            # ending before الذي): only its words inside the window belong to the title
            orgs.append((ix.token_index(c.start) - i0, min(ix.token_index(c.end - 1) - i0 + 1, len(words))))
    role = reader.read(words, 0, orgs)
    if role is None or not role.role or role.role == "counterpart":
        return None
    s, e = toks[i0].start, toks[i0 + role.end - 1].end
    if words[role.end - 1] == "باسم":  # "المتحدث باسم الشرطة إن": the body the reader left out is the title's
        j = i0 + role.end
        while (
            j < stop
            and j - (i0 + role.end) < 3
            and toks[j].kind == "word"
            and (w := norm(text[toks[j].start : toks[j].end])).startswith("ال")
            and not reader.may_start(w)
            and toks[j].start not in ix.stops
        ):
            e = toks[j].end
            j += 1
    # the person named after the title (المتحدث باسم التحالف العقيد تركي المالكي), or a name the entity layer
    # missed (قائد الشرطة المحلية سيف)
    k = ix.token_index(e)
    person = next((c for c in ix.candidates_in(e, end) if c.type == "PER"), None)
    after = _name_after_title(ix, s, e, end)
    if (
        person is not None
        and ix.token_index(person.start) - k <= 4
        and not punct_between(ix, e, person.start)
        and not title_object(ix, s, person)  # "قائد عسكري موال للرئيس عبد ربه منصور هادي"
    ):
        e = person.end
    elif after is not None:
        e = after
    else:
        named = phrase(ix, s, end, max_words=8)
        added = text[e : named[1]].split() if named is not None else []
        if (
            first.startswith("ال")
            and added
            and all(norm(w).startswith("ال") for w in added)
            and not _title_adjective(norm(added[0]))  # "المدير العام"، "الممثل الأممي": the title's own adjective
        ):
            named = None  # "ودعا الوزير الدول الأعضاء إلى": a definite title is whole; definite nouns after it
        if added and _possessed(added[0]):
            named = None  # "وأكد الوزير حرصه على …"، "وجدد الرئيس دعمه": a noun with its pronoun is the object
        if named is not None and named[1] > e:  # are its object (round 7)
            e = named[1]
            after = _name_after_title(ix, s, e, end)  # "وزيرة حقوق الإنسان سابقا فلانة": past the whole title
            e = after if after is not None else e
    if e == toks[i0 + role.end - 1].end:
        e = _ranked_name(ix, e, end) or e  # "مدير جوازات جسر الملك فهد العقيد فلان الفلاني ذهب": the holder
    org: str | None = None
    if role.org_span is not None:
        at = toks[i0 + role.org_span[0]].start
        oc = ix.candidate_at(at) or next(iter(ix.candidates_in(at, e)), None)
        org = name_of(ix, oc) if oc is not None else collapse(text[at : toks[i0 + role.org_span[1] - 1].end])
    elif role.country:
        org = role.country
    office = role.role.split(", ")[0]
    speaker: Speaker = {
        "name": None,
        "name_ar": None,
        "role": role.role,
        "org": org,
        "entity": None,
        # "المسؤول"، "القيادي" with no name: an office that is also an unnamed-speaker noun
        "anonymous": e == toks[i0 + role.end - 1].end and first.removeprefix("ال") in reader.anonymous,
        "text": text[s:e],
        "start": s,
        "end": e,
        "found_by": "title",
    }
    return speaker, office, org


def _possessed(raw: str) -> bool:
    """Whether a word as written is a noun with an attached pronoun (حرصه، دعمها، استعدادهم), which no name is:
    ending in ه (not ة), ها, هم or هما, and not a name of God (عبدالله) (round 9)."""
    w = raw.strip('«»"“”()،,')
    if w.startswith(("ال", "وال")) or w.endswith(("الله", "لله")):
        return False
    return (len(w) >= 4 and w.endswith("ه")) or (len(w) >= 5 and w.endswith(("ها", "هم", "هما")))


#: adjectives a title takes (المدير العام، الأمين المساعد): never its object
_TITLE_ADJECTIVES = claim_norm_set("title_adjectives")


def _title_adjective(word: str) -> bool:
    """Whether a definite word after a title is its adjective: a nisba (الأممي، التنفيذية) or a listed one."""
    return word in _TITLE_ADJECTIVES or word.endswith(("ي", "يه", "ية"))


#: honorifics that name places too (جسر الملك فهد، جائزة الأمير محمد): no rank that a holder's name follows
_PLACE_TITLES = claim_norm_set("place_titles")


def _ranked_name(ix: DocIndex, e: int, end: int) -> int | None:
    """The end of a name the entity layer missed, right after a rank or honorific that stands in the title's
    complement (at most eight words on, no punctuation): "مدير جوازات جسر الملك فهد العقيد مرعي القحطاني" — two or
    three plain words (no article, no preposition) after العقيد."""
    toks = ix.doc.tokens
    text = ix.doc.text
    reader = _role_reader()
    k = ix.token_index(e)
    for j in range(k, min(k + 8, len(toks))):
        if toks[j].start >= end or toks[j].kind != "word":
            return None
        w = norm(text[toks[j].start : toks[j].end])
        if w in reader.honorifics and w not in _PLACE_TITLES:
            name_end: int | None = None
            family = False  # a family name with the article ends the name (مرعي القحطاني، سعد بن علي الحربي)
            for n in range(j + 1, min(j + 5, len(toks))):
                t = toks[n]
                word = norm(text[t.start : t.end])
                if t.start >= end or t.kind != "word" or word in ix.lexicon.prepositions or family:
                    break
                if word in ix.lexicon.not_speakers or t.start in ix.stops or (n == j + 1 and word.startswith("ال")):
                    break
                family = word.startswith("ال")
                name_end = t.end if n > j + 1 else None
            return name_end
    return None


def _name_after_title(ix: DocIndex, s: int, e: int, end: int) -> int | None:
    """The end of the holder's name after a title ``[s, e)`` that the phrase reader could not carry to it: a
    preposition or a comma between ("المتحدث باسم الحكومة اليمنية راجح بادي أن"، "السفير اليمني لدى لبنان، علي
    الديلمي، أن"), or a long chain ("وزير الشؤون البلدية … رئيس اللجنة العامة للانتخابات البلدية المهندس فلان،
    على"). The name is a person the entity layer found (at most 8 words on, no punctuation between, not the
    object of a preposition), or up to four words right after the title or its first comma that start with a
    given name or, not definite, reach the introducer. It must end the subject phrase (the introducer, a comma,
    a colon or a preposition follows); None otherwise."""
    toks = ix.doc.tokens
    text = ix.doc.text
    lex = ix.lexicon
    k = ix.token_index(e)
    if k + 1 < len(toks) and norm(text[toks[k].start : toks[k].end]) in ("في", "لدي"):
        place = ix.candidate_at(toks[k + 1].start)
        if place is not None and place.type in ("GPE", "LOC", "ORG"):
            # "وزيرة حقوق الإنسان في اليمن فلانة": the title's country; "عضو لجنة الأمن والدفاع في البرلمان
            # العراقي النائب فلان": its body (round 9)
            k = ix.token_index(place.end)
    while k < len(toks) and toks[k].kind == "word" and norm(text[toks[k].start : toks[k].end]) in _FORMER:
        k += 1  # "وزيرة حقوق الإنسان سابقا فلانة"
    k0 = k
    k = _past_body_chain(ix, k, end)
    chained = k > k0
    if k < len(toks) and toks[k].kind == "word" and _possessed(text[toks[k].start : toks[k].end]):
        return None  # "وأكد الوزير حرصه على": the object, no name
    starts = [k]
    for j in range(k, min(k + 6, len(toks))):
        if toks[j].start >= end:
            break
        if text[toks[j].start : toks[j].end] in ("،", ","):
            starts.append(j + 1)
            break
        if toks[j].kind != "word":
            break

    def closes(name_end: int) -> bool:
        nxt = ix.word_after(name_end)
        if nxt is None or nxt[1] >= end or nxt[0] in ("،", ",", ":") or norm(nxt[0]) in lex.prepositions:
            return True
        w = norm(nxt[0])  # "فلان لصحيفة …"، "فلان في تصريح": the outlet told, a channel (round 10)
        return chained and (nxt[1] in ix.stops or (w[:1] == "ل" and w[1:] in lex.outlet_nouns))

    def outlet_word(c: Candidate) -> bool:
        w = norm(text[c.start : c.end].split()[0])
        return w[:1] == "ل" and (w[1:] in lex.outlet_nouns or w[1:].startswith("ال"))

    for c in ix.candidates_in(e, end):
        if c.type != "PER" or outlet_word(c):
            continue
        chain = [norm(text[t.start : t.end]) for t in toks[k : ix.token_index(c.start)]]
        if (
            len(chain) <= 12
            and not punct_between(ix, e, c.start)
            and all(w.startswith(("ال", "لل", "وال")) or w in _FORMER or _role_reader().may_start(w) for w in chain)
            and not title_object(ix, s, c)
            and closes(c.end)
        ):
            return c.end
        break
    for j in starts:
        if j >= len(toks) or toks[j].start >= end or toks[j].kind != "word":
            continue
        at = toks[j].start
        person = ix.candidate_at(at)
        if person is not None:
            if person.type == "PER" and not outlet_word(person) and closes(person.end):
                return person.end
            family = ix.word_after(person.end) if person.type == "PER" and chained else None
            if (
                family is not None
                and family[1] < end
                and norm(family[0]).startswith("ال")
                and family[1] not in ix.stops
                and not punct_between(ix, person.end, family[1])
                and closes(family[2])
            ):
                return family[2]  # "… بالشمال سالم علي | النهدي إلى": a family name the entity layer cut off
            continue
        if chained and j == k and any(c.type == "PER" and c.start < at < c.end for c in ix.candidates_in(0, at + 1)):
            continue
        ali = text[toks[j].start : toks[j].end] == "علي" and j + 1 < len(toks)  # the name Ali, not على
        found = phrase(ix, toks[j + 1].start if ali else at, end, max_words=3 if ali else 4)
        if found is None:
            continue
        words = [norm(text[t.start : t.end]) for t in toks[j + ali : ix.token_index(found[1])]]
        if not words:
            continue
        if (ali or _given_name(words[0])) and closes(found[1]):
            return found[1]  # a given name leads a name, whatever its family name (الخطيب، الحربي)
        nxt = ix.word_after(found[1])
        at_intro = nxt is None or nxt[1] >= end
        plain = [not (w.startswith(("ال", "لل", "بال")) or _role_reader().may_start(w)) for w in words]
        if (at_intro or (nxt is not None and nxt[0] in ("،", ","))) and all(plain):
            return found[1]  # "المتحدث باسم الحكومة راجح بادي أن"، "… راجح بادي، لـ«…» أن"
        if at_intro and len(words) >= 3 and not plain[0] and _role_reader().may_start(words[0]) and plain[1]:
            return found[1]  # "… في البرلمان العراقي النائب حامد المطلك إن": a rank, then the name (round 9)
        led = words[0][:1] in ("ل", "ب") and (words[0][1:] in lex.outlet_nouns or words[0][1:] in lex.body_nouns)
        if (
            j == k
            and 2 <= len(words) <= 3
            and plain[0]
            and not led  # "مسؤول في وزارة الداخلية لوكالة الأنباء إن": the outlet told, no name
            and (chained or (at_intro and not plain[-1]))
            and closes(found[1])
        ):
            # "المتحدث الرسمي للهيئة فلان الفلاني في تصريح"، "الناطقة باسم المنظمة فلانة الفلانية إن": after the
            # title's body, or reaching the introducer, two or three words opening with one that has no article are
            # the holder's name (round 10)
            return found[1]
        if j != k and plain[0] and nxt is not None and nxt[0] in ("،", ","):
            return found[1]  # a name in commas after its title: "المتحدث باسم الحكومة، راجح بادي، لـ«…»"
    return None


def name_after_title(ix: DocIndex, s: int, e: int, end: int) -> int | None:
    """The end of the holder's name after a title or an unnamed noun ``[s, e)`` (see :func:`_name_after_title`)."""
    return _name_after_title(ix, s, e, end)


def _past_body_chain(ix: DocIndex, k: int, end: int) -> int:
    """The token after the body a title names before its holder (round 10): "للهيئة" in "المتحدث الرسمي للهيئة فلان
    الفلاني", "مجلس قيادة الحراك الشعبي" after "الناطق باسم", "المسؤول في شرطة المدينة" in "الضابط المسؤول في شرطة
    المدينة فلان". Definite words, body nouns, prepositions that lead a body (في، لدى، ب), prepositions fused to a
    noun (لل، بال, or ل / ب before a body noun) and places or bodies the entity layer found, at most seven words, none a
    title's first word; the chain must hold a body (a body noun, a fused or leading preposition, a place): ``k``
    itself otherwise ("ودعا الوزير الدول الأعضاء إلى": definite words alone are the object)."""
    toks = ix.doc.tokens
    text = ix.doc.text
    lex = ix.lexicon
    bodies = lex.body_nouns
    reader = _role_reader()

    def fused(w: str) -> bool:
        return (w.startswith(("لل", "بال")) and len(w) >= 5) or (w[:1] in ("ل", "ب") and w[1:] in bodies)

    j = k
    body = False
    while j < len(toks) and j - k < 7 and toks[j].start < end and toks[j].kind == "word":
        t = toks[j]
        w = norm(text[t.start : t.end])
        if t.start in ix.stops or ix.in_timex(t.start) or (j > k and reader.may_start(w)):
            break
        place = ix.candidate_at(t.start)
        if j > k and place is not None and place.type in ("GPE", "LOC", "ORG"):
            j, body = ix.token_index(place.end), True
            continue
        if w in _CHAIN_PREPOSITIONS and j + 1 < len(toks):
            nxt = norm(text[toks[j + 1].start : toks[j + 1].end])
            if not (nxt.startswith("ال") or nxt in bodies):
                break
            j, body = j + 1, True
            continue
        if w in lex.prepositions or w in lex.not_speakers:
            break
        if w.startswith("لل") and reader.may_start("ال" + w[2:]):
            break  # "موال للرئيس فلان": a title led by لـ, whose holder is no subject
        if fused(w) or w in bodies:
            j, body = j + 1, True
            continue
        if w.startswith("ال"):
            body = body or (j == k and _title_adjective(w))  # "مجلس قيادة الحراك | الشعبي فلان": the body's adjective
            j += 1
            continue
        break
    return j if body else k


#: prepositions that lead a title's body (المسؤول في شرطة المدينة، المدير لدى الهيئة)
_CHAIN_PREPOSITIONS = claim_norm_set("chain_prepositions")


#: words that qualify a title as a former one (وزيرة حقوق الإنسان سابقا فلانة)
_FORMER = claim_norm_set("former_words")


def _given_name(word: str) -> bool:
    return word in load_lexicon().given_names or (word[:3] == "عبد" and word[3:].startswith("ال"))


def punct_between(ix: DocIndex, start: int, end: int) -> bool:
    """Whether a token that is no word (punctuation) stands in ``[start, end)``."""
    # a loop, not any() over a generator (round 21: ~20,000 calls per 1,000 articles, most over a few tokens); the
    # two token indexes as :meth:`DocIndex.token_index` reads them, without its calls (round 29)
    toks = ix.doc.tokens
    starts = ix.token_starts()
    i = bisect_right(starts, start) - 1
    if i < 0 or toks[i].end <= start:
        i += 1
    j = bisect_right(starts, end, i) - 1
    if j < 0 or toks[j].end <= end:
        j += 1
    for t in toks[i:j]:  # noqa: SIM110
        if t.kind != "word":
            return True
    return False


def resolve_title(ix: DocIndex, office: str, org: str | None, before: int, prior: list[Speaker]) -> Speaker | None:
    """The person a title without a name refers back to: an earlier speaker or person with that office (and org).

    "ورأى الناطق باسم الجبهة" after "النقيب ناجي المصطفى الناطق باسم الجبهة" is al-Mustafa; "وقال القيادي" after
    "قيادي في المعارضة رفض كشف اسمه" is that commander.
    """

    def fits(role: str | None, their_org: str | None) -> bool:
        return bool(role) and office in (role or "") and (org is None or their_org is None or their_org == org)

    for sp in reversed(prior):
        if fits(sp.get("role"), sp.get("org")):
            return sp
    for c in reversed(ix.candidates_in(0, before)):
        e = c.entity
        if e is not None and e.type == "PER" and fits(e.role, e.org):
            return speaker_of(ix, c, "title")
    return None


def _quoted_before_colon(ix: DocIndex, start: int, end: int) -> Speaker | None:
    """A name of one to three words in quotes right after the marker, then a colon ('وقالت "شينخوا": إن …'، 'وقال
    "الشقيق": أخي …'، 'وقالت «سبورت»: «…»'): the subject as written, without its quotes (round 19, cl21)."""
    text = ix.doc.text
    quoted = quoted_name(text, start, end, 3)
    if quoted is None:
        return None
    q, close = quoted
    inner = text[q + 1 : close].strip()
    if text[close + 1 : close + 4].lstrip(" \t\u00a0")[:1] not in (":", "："):
        return None
    s = text.index(inner, q + 1)
    return {
        "name": None,
        "name_ar": collapse(inner),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "text": inner,
        "start": s,
        "end": s + len(inner),
        "found_by": "as_written",
    }


def as_written(ix: DocIndex, start: int, end: int, *, before_object: bool = False) -> Speaker | None:
    """The words right after a marker as its speaker, when no entity covers them (وقال أبو أحمد إن، وقالت خلية
    الإعلام الحربي، في بيان، إن).

    ``before_object``: there is no introducer, so the phrase must end where an object of the verb visibly starts
    (كشف منظمو المهرجان عن …، أفاد ناشطون بمقتل …); otherwise subject and object cannot be told apart.
    """
    if _told_outlet_fused(ix, start):
        return None  # "وقال لرويترز إن"، "وأضاف لرويترز:": the outlet told, fused to its ل (round 20)
    found = phrase(ix, start, end, max_words=_WRITTEN_WORDS, clip=not before_object)
    if found is None:
        return _quoted_before_colon(ix, start, end)
    s, e, stop = found
    if ix.token_index(s) != ix.token_index(start):
        return None
    first = norm(ix.doc.text[s : ix.doc.tokens[ix.token_index(s)].end])
    if len(first) >= 5 and first.lstrip("وف").startswith(("بال", "لل")):
        return None  # "وطالبوا بالإفراج عن …": the object, no speaker
    raw = ix.doc.text[s : ix.doc.tokens[ix.token_index(s)].end].lstrip("وف")
    if len(raw) >= 4 and raw.startswith(("بإ", "بأ")):
        return None  # "طالب … بإشراك شباب المنطقة": ب + a verbal noun, the object (no name starts so; round 7)
    if _object_first(ix, s):
        past = _after_resumptive(ix, s, end)
        if past is not None:  # "لما طالب به المواطنون": the relative clause's subject after its resumptive pronoun
            return as_written(ix, past, end, before_object=before_object)
        return None  # "وأكد حدوث التفجير"، "وأكدت ثقتها بأن"، "طالب بها": the verb's object, no speaker (round 36)
    if _demand_addressee(ix, start, first):
        return None  # "ودعت جميع مواطنيها إلى"، "وحث الجميع على": whom the demand is made of (round 20)
    if before_object:
        if not (stop in ("عن", "الي", "من") or (stop[:1] == "ب" and len(stop) >= 4) or _body_then_break(ix, s, e)):
            return None
    elif stop == ",":  # "وقالت خلية الإعلام الحربي، في بيان …": a comma, then what a speaker phrase allows
        comma = ix.word_after(e)
        after = ix.word_after(comma[2]) if comma is not None else None
        if after is None:
            return None
        if after[1] >= end:  # "وتابع عاشور، أن": the comma, then the introducer
            pass
        else:
            w = norm(after[0])
            lex = ix.lexicon
            if not (
                w in lex.prepositions
                or w[1:] in lex.prepositions
                or w in lex.relatives  # "وجاء في بيان صادر عن المتنزه، الذي يعد …، أنه": its relative clause (round 36)
                or after[1] in ix.stops
                or ix.in_timex(after[1])
                or _role_reader().may_start(w)  # "فايز حمادة، نائب رئيس اللجنة": the name, then its title
            ):
                return None
    return written_speaker(ix, s, e)


#: Round 36 (helper cl58): the first word of a verb's plain object — a verbal noun (``object_verbal_nouns``: حدوث،
#: أهمية) or a noun of stance (``stance_nouns``: ثقة، نية), bare, with the article or with a possessive pronoun — and a
#: preposition with its pronoun (``pronoun_prepositions``: بها، عليه، فيها).
_OBJECT_FIRST = _SPEAKER_CUES.normalized_words("object_verbal_nouns") | _SPEAKER_CUES.normalized_words("stance_nouns")
_OBJECT_NOT_FIRST = _SPEAKER_CUES.normalized_words("plain_object_not_first")
_PRONOUN_PREPOSITIONS = _SPEAKER_CUES.normalized_words("pronoun_prepositions")
#: possessive pronouns a noun may end in, the longest first (normalized)
_POSSESSIVES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه")


def _object_first(ix: DocIndex, s: int) -> bool:
    """Whether the word at ``s`` opens a verb's object, never its subject: a preposition with its pronoun (بها، عليه)
    or, no entity covering it and no given name spelling it, a verbal noun or a noun of stance with or without the
    article or a possessive pronoun ("وأكد حدوث التفجير"، "وأكد أهمية …"، "وأكدت ثقتها بأن"، "ونقل مشاعركم
    الصادقة"): the verb's subject is its own pronoun (round 36, helper cl58: check34, 12 of 2,900 fresh articles)."""
    tok = ix.doc.tokens[ix.token_index(s)]
    word = norm(ix.doc.text[tok.start : tok.end])
    forms = (word, word[1:]) if word[:1] in ("و", "ف") and len(word) > 3 else (word,)  # وقوع، وجود: و of the root
    if any(w in _PRONOUN_PREPOSITIONS for w in forms):
        return True
    if ix.candidates_in(tok.start, tok.end):
        return False
    return any(_object_word(ix, s, w) for w in forms)


def _object_word(ix: DocIndex, s: int, w: str) -> bool:
    """Whether the normalized word ``w`` (no conjunction) is a verbal noun or a noun of stance, bare, with the article
    or with a possessive pronoun, and no given name nor a word of a person's name tagged before ``s``."""
    core = w[2:] if w.startswith("ال") else w
    if not _object_form(w, core):  # (round 38, sp5: the word's forms first; the names are read only for one of them)
        return False
    return not (core in load_lexicon().given_names or core in _OBJECT_NOT_FIRST or _in_earlier_name(ix, s, w))


def _object_form(w: str, core: str) -> bool:
    """Whether ``w`` (``core``: less its article) is a verbal noun or a noun of stance (``_OBJECT_FIRST``), bare, with
    the article or with a possessive pronoun: the test of :func:`_object_word` that reads the word alone."""
    if core in _OBJECT_FIRST:
        return True
    for ending in _POSSESSIVES:
        stem = w[: -len(ending)]
        if w.endswith(ending) and len(stem) >= 3:
            return stem in _OBJECT_FIRST or (stem[-1] == "ت" and stem[:-1] + "ه" in _OBJECT_FIRST)
    return False


def _in_earlier_name(ix: DocIndex, s: int, w: str) -> bool:
    """Whether the normalized word ``w`` is a word of a person's name tagged before ``s`` ("محافظ الحائط عودة بن
    سليمان العودة … ولفت العودة إلى أن": the family name, not the verbal noun)."""
    for start, words in ix.person_words():  # (round 37, sp2: each name's words normalized once per document)
        if start >= s:
            break
        if w in words:
            return True
    return False


def _after_resumptive(ix: DocIndex, s: int, end: int) -> int | None:
    """Where the subject starts after a preposition with its pronoun that resumes a relative before the verb ("لما
    طالب به المواطنون"، "التي أشار إليها الوزير"), or None (round 36, helper cl58)."""
    tok = ix.doc.tokens[ix.token_index(s)]
    w = norm(ix.doc.text[tok.start : tok.end])
    verb = ix.word_before(s)
    rel = ix.word_before(verb[1]) if verb is not None else None
    if w not in _PRONOUN_PREPOSITIONS or rel is None:
        return None
    r = norm(rel[0])
    r = r[1:] if r[:1] in ("و", "ف") and r[1:] in ix.lexicon.relatives else r
    if r not in ix.lexicon.relatives and r not in ("ما", "لما", "مما", "بما", "كما"):
        return None
    nxt = ix.word_after(tok.end)
    if nxt is None or nxt[1] >= end or not norm(nxt[0]).startswith("ال"):
        return None
    return nxt[1]


def written_speaker(ix: DocIndex, s: int, e: int) -> Speaker:
    """A speaker kept as written: the words ``s``..``e`` of the text, with no name, role or entity."""
    text = ix.doc.text
    return {
        "name": None,
        "name_ar": collapse(text[s:e]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "text": text[s:e],
        "start": s,
        "end": e,
        "found_by": "as_written",
    }


def _demand_addressee(ix: DocIndex, start: int, first: str) -> bool:
    """Whether a phrase kept as written right after a verb of demand (طالب، دعا، حث، ناشد) opens with a quantifier of
    its addressee (جميع، الجميع، كافة: ``addressee_quantifiers``): the one called on, not who calls."""
    verb = ix.word_before(start)
    lex = ix.lexicon
    return (
        verb is not None
        and norm(verb[0]).lstrip("وف") in lex.demand_verbs
        and first.lstrip("وف") in lex.addressee_quantifiers
    )


def anaphor(ix: DocIndex, prior: list[Speaker], start: int, end: int) -> Speaker | None:
    """An earlier speaker a definite noun refers back to: المصدر → "مصدر قبلي"، المرصد → "المرصد السوري"، الوزارة →
    "وزارة الداخلية"; البيان / التقرير → the last speaker (his statement "added"). The span is the noun's."""
    text = ix.doc.text
    words = text[start:end].split()
    if len(words) != 1:
        return None
    word = norm(words[0]).lstrip("وف")
    if not word.startswith("ال") or len(word) < 5:
        return None
    stem = word[2:]
    found: Speaker | None = None
    for sp in reversed(prior):
        if any(stem in norm(str(sp.get(k) or "")) for k in ("text", "name_ar")):
            found = sp
            break
    if found is None and prior and any(c.start <= start < c.end for c in ix.channels):
        found = prior[-1]
    if found is None:
        return None
    out = dict(found)
    if "start" in found and "antecedent" not in found:
        out["antecedent"] = {"text": found["text"], "start": found["start"], "end": found["end"]}
    out.update(text=text[start:end], start=start, end=end, found_by="anaphor")
    return out


def continued(ix: DocIndex, sp: Speaker, start: int, end: int) -> Speaker:
    """The last speaker again, for a marker whose subject is its own pronoun (وأضاف، مضيفا، إلا أنه قال).

    The speaker's span is the marker's word (the pronoun is in the verb); the earlier mention is ``antecedent``.
    """
    out = dict(sp)
    if "start" in sp and "antecedent" not in sp:
        out["antecedent"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
    out.update(text=ix.doc.text[start:end], start=start, end=end, found_by="pronoun")
    return out


def _body_then_break(ix: DocIndex, s: int, e: int) -> bool:
    """A body named as written (its first word a body noun: السلطات، خلية الإعلام، هيئة …) whose phrase ends where
    the object visibly starts: at a date (أعلنت السلطات المغربية اليوم القبض على …), a comma (أكدت المقاومة
    الشعبية، سقوط قتلى) or a channel phrase (أعلنت خلية الإعلام الأمني في بيان اليوم مقتل …). Issue 13, round 12:
    the subject of a verb with a plain object, told apart from the object by what ends it."""
    text = ix.doc.text
    first = norm(text[s : ix.doc.tokens[ix.token_index(s)].end])
    bare = first[1:] if first[:1] in ("و", "ف") and len(first) > 3 else first
    if bare not in ix.lexicon.body_nouns:
        return False
    nxt = ix.word_after(e)
    if nxt is None:
        return False
    if ix.in_timex(nxt[1]) or nxt[0] in ("،", ","):
        return True
    if norm(nxt[0]) in ("في", "خلال", "عبر"):
        cue = ix.word_after(nxt[2])
        return cue is not None and any(c.prefix_start == cue[1] for c in ix.channels_near(cue[1]))
    return False
