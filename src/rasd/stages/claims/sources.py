"""Claims that are not read from a marker of the text's own voice: embedded posts (step 4), a claim nested in the
content of another, and a speaker before a colon and a quote."""

from __future__ import annotations

import re
from operator import methodcaller

from rasd.claims.content import LETTER_RE
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import MARKER_VERB
from rasd.claims.spans import quote_close, trim
from rasd.claims.speakers import (
    Speaker,
    as_written,
    role_reader,
    search_before,
    speaker_of,
    title_speaker,
)
from rasd.document import Post
from rasd.stages.claims.after import _honorific, _speaker_after
from rasd.stages.claims.before import _subject_before
from rasd.stages.claims.channels import _channel
from rasd.stages.claims.common import (
    Claim,
    _after_dateline,
    _channel_at,
    _from_candidate,
    _Mark,
    _present,
    _span,
    _speaker_key,
    _State,
    _title_at,
)
from rasd.stages.claims.cues import (
    _ADMISSION_OBJECTS,
    _ADMISSION_VERBS,
    _AS_TOLD,
    _BIDDEN,
    _CLAUSE_OPENERS,
    _CLAUSE_OPENERS_WITH_AN,
    _COLON_QUOTE_WORDS,
    _COLON_RE,
    _COLON_SPEAKER_WORDS,
    _NESTED_HAPPENING_OBJECTS,
    _NESTED_INTROS,
    _NESTED_NEWS_OBJECTS,
    _NESTED_OBJECT_KINDS,
    _NESTED_OBJECT_LEADS,
    _NESTED_PERSON_HEADS,
    _NESTED_SUBJECT_WORDS,
    _NESTED_TELLING,
    _OBJECT_PRONOUNS,
    _QUOTED_KINDS,
    _THEN_REPORT,
)
from rasd.stages.claims.reading import _date, _outlet_noun, _outlet_speaker, _read_claim
from rasd.text.normalize import normalize_word as norm
from rasd.text.segment import find_urls

_QUOTE_OPENERS = ("«", "“", '"')


# ---------------------------------------------------------------------------------------------- posts
def _post_claim(ix: DocIndex, post: Post) -> Claim | None:
    """An embedded post as a direct claim by its author (trailing link and picture lines left out)."""
    text = ix.doc.text
    end = post.end
    while True:
        s, e = trim(text, post.start, end)
        line_start = text.rfind("\n", s, e) + 1 if "\n" in text[s:e] else s
        line = text[line_start:e]
        for us, ue in reversed(find_urls(line)):
            line = line[:us] + line[ue:]
        if line_start > s and not LETTER_RE.search(line):
            end = line_start
            continue
        break
    s, e = trim(text, post.start, end)
    if s >= e:
        return None
    author = (post.author or "").strip()
    speaker: Speaker | None = None
    if author:
        key = norm(" ".join(author.split()))
        found = [c for c in ix.candidates_in(post.end, post.end + 300) if norm(text[c.start : c.end]) == key]
        found = found or [c for c in ix.candidates if norm(text[c.start : c.end]) == key]
        if found:
            speaker = speaker_of(ix, found[0], "post")
            speaker["name_ar"] = author
    if speaker is None:
        speaker = {
            "name": author or None,
            "name_ar": author or None,
            "role": None,
            "org": None,
            "entity": None,
            "anonymous": not author,
            "found_by": "post",
        }
    if post.handle:
        speaker["handle"] = post.handle
    return {
        "id": "",
        "speaker": speaker,
        "marker": None,
        "content": _span(text, s, e),
        "direct": True,
        "channel": "post",
        "reported_via": None,
        "date": post.date,
        "polarity": "assert",
        "kind": "say",
        "events": [],
    }


def passes_on(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a claim's speaker passes on the words of others it tells (:func:`_nested_claim`) rather than speaking
    for itself (:func:`_nested_own`): its span known, and an outlet (a news agency, a paper, الوكالة) or a document
    (البيان، التقرير). Read once per claim for both (round 43, sp21: each of them read it, ~12,000 outlet tests per
    1,000 articles where 6,000 give the answers)."""
    if not isinstance(speaker.get("start"), int):
        return False
    return _outlet_speaker(ix, speaker) or _channel_at(ix, int(speaker["start"])) or _outlet_noun(ix, speaker)


def _nested_claim(
    ix: DocIndex, st: _State, marks: list[_Mark], outer: Claim, *, passing: bool | None = None
) -> Claim | None:
    """Nested speech (round 10b): an outer claim whose content, after أن / إن, opens with a subject and a speech
    verb of its own, "وأضافت الوكالة أن الرئيس السابق أبلغ المحكمة أنه …"، "وأفاد البيان أن سموه قال في كلمته:
    …"، "وذكرت الصحيفة أن القاضي فلان قال إن …": the claim is the inner speaker's (the coding rule of the tune
    files), the outer speaker only passes it on (``reported_via``). The outer speaker must be an outlet (a news
    agency, a paper, الوكالة) or a document (البيان، التقرير), the inner verb a past one. The subject (the inner
    verb's own reading, else a name right before the verb or a definite phrase) must stand wholly between the
    content's start and the verb, with no punctuation between."""
    if not (passes_on(ix, outer["speaker"]) if passing is None else passing):
        return None  # "وأكد الوزير أن الحكومة تطالب": a speaker's own assertion about others stays his
    content = outer["content"]
    a = int(content["start"])
    intro = ix.word_before(a)
    if intro is None or norm(intro[0]) not in _NESTED_INTROS:
        return None
    mk = _inner_mark(ix, marks, a, int(content["end"]), punctuation='،,.:؛«»"“”', adjacent=True)
    if mk is None:
        return None
    inner = _read_claim(ix, st, mk)
    if inner is None:
        return None
    sp = _inner_speaker(ix, st, inner, a, mk.match.prefix_start)
    if sp is None:
        return None  # "أن الرئيس السابق أبلغ المحكمة": the verb's reading took its object
    if sp.get("found_by") not in ("mention", "title", "as_written", "anaphor"):
        return None
    head = norm(str(sp.get("text") or "").split()[0]) if str(sp.get("text") or "").split() else ""
    if sp.get("found_by") == "as_written" and not (
        _title_at(ix, int(sp["start"]), int(sp["end"]))
        or head in ix.lexicon.body_nouns
        or head in ix.lexicon.honorific_pronouns
    ):
        return None  # "وأشارت الوكالة إلى أن البيانات كشفت أن": a thing, the agency's own report
    if not inner["reported_via"]:
        outer_sp = outer["speaker"]
        inner["reported_via"] = str(outer_sp.get("name") or outer_sp.get("name_ar") or outer_sp.get("text"))
    return inner


def _inner_mark(
    ix: DocIndex, marks: list[_Mark], a: int, end: int, *, punctuation: str, adjacent: bool
) -> _Mark | None:
    """The speech verb of a report nested in a claim's content that starts at ``a`` (and ends at ``end``): the first
    marker after ``a``, within :data:`_NESTED_SUBJECT_WORDS` words, a past verb that opens no sentence and is in no
    relative clause, with none of ``punctuation`` between; ``adjacent=False`` also wants a word between (its
    subject). None otherwise."""
    text = ix.doc.text
    mk = next((mk for mk in marks if mk.match.prefix_start > a), None)
    if mk is None:
        return None
    m = mk.match
    if m.prefix_start >= end or ix.words_between(a, m.prefix_start) > _NESTED_SUBJECT_WORDS:
        return None
    if (
        m.value.type is not MARKER_VERB
        or mk.initial
        or mk.relative is not None
        or _present(text[m.start : m.end])
        or (not adjacent and ix.words_between(a, m.prefix_start) == 0)
    ):
        return None
    if any(ch in text[a : m.prefix_start] for ch in punctuation):
        return None
    return mk


def _inner_speaker(ix: DocIndex, st: _State, inner: Claim, a: int, verb: int) -> Speaker | None:
    """The nested claim's speaker: its own reading when it stands wholly in ``[a, verb)``, else the subject there
    (:func:`_nested_subject`, written onto ``inner``); None when there is none."""
    sp: Speaker = inner["speaker"]
    if not isinstance(sp.get("start"), int) or not a <= int(sp["start"]) < int(sp["end"]) <= verb:
        subject = _nested_subject(ix, st, a, verb)
        if subject is None:
            return None
        inner["speaker"] = sp = subject
    return sp


def _opens_report(word: str) -> bool:
    """أن / إن / بأن, bare or with a pronoun (إنه، أنها، بأنهم), normalized."""
    core = word[1:] if word[:1] in ("ب", "و") and len(word) > 2 else word
    return core[:2] == "ان" and core[2:] in ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني")


def _nested_own(
    ix: DocIndex, st: _State, marks: list[_Mark], outer: Claim, *, passing: bool | None = None
) -> Claim | None:
    """A report nested in a person's or a body's claim (round 16): "وأضاف المسؤول أن سكان القرية قالوا إنه …"،
    "وأضاف فلان أن عائلة عمر قالت إن …"، "وأضاف في بيان أن مصادر محلية موثوقة أكدت أن …". The files since check7
    code two claims — the outer speaker's, whose content holds the report, and the inner speaker's own (check7's
    rule). Read like :func:`_nested_claim` (the content opens, after أن / إن, with a subject and a past verb of
    saying, no punctuation between), but the outer claim stays; an outlet's or a document's nested speech is
    :func:`_nested_claim`'s. Round 26 (ruling 8: a speaker told inside another's words, with its own verb of saying
    and its own content, is a claim of its own): the subject is a phrase headed by a person or body
    (:func:`_headed_subject`: "بأن مصدرا باكستانيا رفيعا أكد"، "أن الحكومة الأفغانية أكدت"), else the verb's own
    speaker noun, title or named entity (:func:`_nested_speaker`), never a thing told of (أن الهجوم أكد، أن التحقيقات
    أكدت); the inner verb has its own introducer (أن / إن / a colon) or is a verb of saying that tells its plain
    object (:func:`_tells_object`: "أن مصادر رسمية أكدت لها هذه المعلومات"; not أعلنت حالة الطوارئ). None otherwise."""
    if passes_on(ix, outer["speaker"]) if passing is None else passing:
        return None
    content = outer["content"]
    a = int(content["start"])
    intro = ix.word_before(a)
    if intro is None or norm(intro[0]) not in _NESTED_INTROS:
        return None
    text = ix.doc.text
    while a < int(content["end"]) and text[a] in ' «"“':
        a += 1  # 'أن "سكان القرية قالوا': an opening quote mark before the subject
    mk = _inner_mark(ix, marks, a, int(content["end"]), punctuation='،,.:؛«»"“”()', adjacent=False)
    if mk is None:
        return None
    m = mk.match
    channels, uncued = dict(st.channels), set(st.uncued)
    inner = _read_claim(ix, st, mk)
    st.channels, st.uncued = channels, uncued  # a second reading leaves the state as the outer claim left it
    if inner is None:
        return None
    c0 = int(inner["content"]["start"])
    told = ix.word_before(c0)
    if c0 < m.end or told is None or norm(told[0])[:1] == "و":
        return None  # "أن الهند اقترحت … عقد اجتماع …، وأن باكستان …": وأن joins the outer content, not the verb's
    plain = not (_opens_report(norm(told[0])) or told[0] == ":")
    admitted = plain and _admits(ix, mk, c0)  # "أن المتهمين اعترفوا بتورطهم" (round 39, cl65)
    if plain and not admitted:
        if not _tells_object(ix, mk, c0):
            return None  # "أن الحكومة أعلنت حالة الطوارئ"، "أن مصادر أكدت دعمها": the outer speaker's account
        told_to = ix.word_after(c0)  # "أكدت لها هذه المعلومات": the one told is no part of what was told
        rest = ix.word_after(told_to[2]) if told_to is not None and norm(told_to[0]) in _OBJECT_PRONOUNS else None
        if rest is not None and rest[1] < int(inner["content"]["end"]):
            inner["content"] = _span(text, rest[1], int(inner["content"]["end"]))
    c1, b = int(inner["content"]["end"]), int(content["end"])
    if c1 > b and ix.doc.text[b:c1].strip(' ”»"'):
        return None
    sp = _headed_subject(ix, st, a, m.prefix_start)  # "بأن مصدرا باكستانيا رفيعا أكد"
    if sp is not None:
        inner["speaker"] = sp
    else:
        sp = _inner_speaker(ix, st, inner, a, m.prefix_start)
        body = plain and _body_as_written(ix, sp)  # ruling 10's body; with an introducer, round 16's reading stays
        person = (not plain or admitted) and _person_as_written(sp)  # "أن الشهود أكدوا أن" (round 39, cl65)
        if sp is None or not (_nested_speaker(sp) or body or person) or not _opens_subject(ix, a, sp):
            return None  # "أن الهجوم أكد أن"، "أن عملية تحرير مدينة عدن كشفت": a thing talked of, no speaker
    if not inner["reported_via"]:  # the outer clause's channel (وأضاف في بيان أن …) is the outer speaker's
        channels, uncued = dict(st.channels), set(st.uncued)
        st.uncued = set()
        channel, _via = _channel(
            ix, st, sp, (a, c0), kind=str(inner["kind"]), content=(c0, int(inner["content"]["end"]))
        )
        if st.uncued and channel == "statement":
            channel = "unspecified"  # no cue in its clause: a body's words told by another, not its statement
        st.channels, st.uncued = channels, uncued
        inner["channel"] = channel
    return inner


def _tells_object(ix: DocIndex, mk: _Mark, c0: int) -> bool:
    """Whether a nested verb of saying with no introducer of its own tells what follows it (round 26): a verb that
    takes an object as its content (claims.yaml ``object: true``) of a kind in ``nested_object_kinds`` (say, deny:
    أكد، كشف، نفى; not announce: أعلنت حالة الطوارئ is an act), whose object is plainly told — after the one told
    (``object_pronouns``: "أن مصادر رسمية أكدت لها هذه المعلومات"), after a lead (``nested_object_leads``: "أن
    الرئيس أكد على أهمية"، "أن تقارير الجهات الرقابية كشفت عن وجود"), or a word of news (``nested_news_objects``:
    "بأن مصدرا رفيعا أكد نبأ وفاته"، "أن الحكومة أكدت الخبر"). Round 27 (the lead's ruling 10, which re-rules round
    16's reading): a plain object that tells a happening or a figure (:func:`_tells_happening`: "وأضاف المسؤول أن
    مصادر محلية أكدت مقتل ثلاثة مدنيين") is told too — the caller has the subject a speaker."""
    if not (mk.match.value.object and mk.match.value.kind in _NESTED_OBJECT_KINDS):
        return False
    text = ix.doc.text
    lead = ix.word_before(c0)
    if lead is not None and lead[1] >= mk.match.end and norm(lead[0]) in _NESTED_OBJECT_LEADS | _NESTED_NEWS_OBJECTS:
        return True  # "أكد على أهمية"، "أكد نبأ وفاة": the reading's content opens after the lead or the word of news
    first = ix.word_after(c0)
    if first is None:
        return False
    word = norm(first[0])
    if word in _OBJECT_PRONOUNS or word in _NESTED_OBJECT_LEADS or word in _NESTED_NEWS_OBJECTS:
        return True
    if _tells_happening(word):
        return True
    second = ix.word_after(first[2])  # "هذه المعلومات"، "صحة التصريح"
    return second is not None and norm(second[0]) in _NESTED_NEWS_OBJECTS and not text[first[2] : second[1]].strip()


def _tells_happening(word: str) -> bool:
    """Whether a nested verb's plain object opens (``word``, normalized) with a noun of a happening or a figure
    (claim_cues ``nested_happening_objects``: مقتل، إصابة، اعتقال، وقوع، عدد …), bare or with a pronoun (مقتله،
    وفاتها، اعتقالهم) (round 27, ruling 10)."""
    if word in _NESTED_HAPPENING_OBJECTS:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            base = word[: -len(suffix)]
            if base in _NESTED_HAPPENING_OBJECTS or (
                base.endswith("ت") and base[:-1] + "ه" in _NESTED_HAPPENING_OBJECTS
            ):
                return True
    return False


def _nested_speaker(sp: Speaker) -> bool:
    """Whether a nested verb's subject is a speaker of its own (round 26, ruling 8): a speaker noun of
    claim_speaker_cues (مصادر رسمية، مسؤولا في البلدية) or a title, or a named person or body (الحكومة الأفغانية،
    الرئيس السيسي) — not a thing told of (أن الهجوم أكد، أن البيانات كشفت). A phrase as written with no entity
    (عائلة عمر، المتهم، الفريق الدولي من الخبراء) is none."""
    found = sp.get("found_by")
    if found in ("mention", "title"):
        return True
    return bool(sp.get("entity")) and found not in ("pronoun", "anaphor")


def _body_as_written(ix: DocIndex, sp: Speaker | None) -> bool:
    """Whether a nested verb's subject kept as written is a body named by its common noun (claims.yaml
    ``body_nouns``: "أن الشرطة أكدت اعتقال"، "أن الحكومة نفت وقوع"; round 27, ruling 10's "a body"). Read only for
    a plain object: with an introducer of its own, "وأكد الوزير أن الحكومة أعلنت أن …" stays the minister's account
    (round 16, tests/test_claims_round19_long.py)."""
    if sp is None:
        return False
    words = str(sp.get("text") or "").split()
    return sp.get("found_by") == "as_written" and bool(words) and norm(words[0]) in ix.lexicon.body_nouns


def _admits(ix: DocIndex, mk: _Mark, c0: int) -> bool:
    """Whether a nested verb of admitting (claim_cues ``admission_verbs``: اعترف، أقر) tells a fact admitted, its
    content opening with بـ + an ``admission_objects`` noun ("أن المتهمين اعترفوا بتورطهم"، "أن المقبوض عليهم أقروا
    بارتكاب"), as the top-level reading takes it (round 15; round 39, cl65)."""
    if norm(mk.match.key) not in _ADMISSION_VERBS:
        return False
    first = ix.word_after(c0)
    word = norm(first[0]) if first is not None else ""
    return word[:1] == "ب" and word[1:] in _ADMISSION_OBJECTS


def _person_as_written(sp: Speaker | None) -> bool:
    """Whether a nested verb's subject kept as written names people who can speak by their part in the news
    (claim_cues ``nested_person_heads``: "أن الشهود أكدوا أن"، "أن المقبوض عليهم أقروا بأنهم"، "أن المتهمين اعترفا
    بأن"; round 39, cl65): its first word such a head. Read only with the inner verb's own introducer (ruling 8: its
    own verb of saying and its own content), where a thing told of (أن التحقيقات كشفت أن) has no such head."""
    if sp is None or sp.get("found_by") != "as_written":
        return False
    words = str(sp.get("text") or "").split()
    return bool(words) and norm(words[0]) in _NESTED_PERSON_HEADS


def _headed_subject(ix: DocIndex, st: _State, a: int, verb: int) -> Speaker | None:
    """A nested verb's subject phrase (:func:`_inside_subject`) that opens with a person or body, its head a speaker
    noun or a name followed by its qualifiers ("بأن مصدرا باكستانيا رفيعا أكد"، "أن الحكومة الأفغانية أكدت"): that
    person or body (round 26). None otherwise."""
    phrase = _inside_subject(ix, st, a, verb)
    if phrase is None or not isinstance(phrase.get("start"), int):
        return None
    c = search_before(ix, int(phrase["start"]), verb, st.contents, nearest=False)
    if c is None or c.start != int(phrase["start"]) or c.type not in ("PER", "ORG", "ANON"):
        return None
    return _from_candidate(ix, st, c)


def _opens_subject(ix: DocIndex, a: int, sp: Speaker) -> bool:
    """Whether a nested speaker opens the subject phrase that starts at ``a`` (round 26): its first word, or a body
    right after one word ("أن مسؤولين بوزارة الدفاع أكدوا"، "أن أوساط المخابرات الأمريكية أكدت"); not a name deep
    in the phrase ("أن عملية تحرير مدينة عدن كشفت": the city is no speaker)."""
    start = sp.get("start")
    if not isinstance(start, int) or start < a:
        return False
    between = ix.words_between(a, start)
    return between == 0 or (between == 1 and sp.get("type") == "ORG")


def _nested_subject(ix: DocIndex, st: _State, a: int, verb: int) -> Speaker | None:
    """The subject of a nested verb, in ``[a, verb)`` right after أن: a named person or body right before the verb,
    or a definite phrase (:func:`_subject_before`), or a pronoun of respect alone (أن سموه قال)."""
    first = ix.word_after(a)
    if (
        first is not None
        and first[2] <= verb
        and ix.words_between(first[2], verb) == 0
        and norm(first[0]) in ix.lexicon.honorific_pronouns
    ):
        return _honorific(ix, st, first)
    c = search_before(ix, a, verb, st.contents)
    if c is not None and c.type in ("PER", "ORG") and ix.words_between(c.end, verb) == 0:
        return _from_candidate(ix, st, c)
    return _subject_before(ix, st, verb)


def _colon_quotes(ix: DocIndex) -> list[tuple[int, int, int]]:
    """``(phrase start, colon, quote)`` for every colon right before an opening quote whose phrase (from the start
    of its sentence or line) holds no marker: the candidates of :func:`_colon_claim`."""
    text = ix.doc.text
    out: list[tuple[int, int, int]] = []
    for m in _colon_matches(text):
        colon, q = m.start(), m.end()
        s0 = max(ix.sentence_bounds(colon)[0], text.rfind("\n", 0, colon) + 1)
        out.append((_after_dateline(ix, s0), colon, q))
    return out


def _colon_matches(text: str) -> list[re.Match[str]]:
    """What ``_COLON_RE.finditer(text)`` finds, in order (round 41, sp15): every match opens at a colon and holds no
    other (a colon, then spaces), so the matches are those of ``_COLON_RE.match`` at each colon ``str.find`` gives —
    ~2.5 colons per article, where the pattern's class of two colons was tried at every position of the text
    (~25 us per article)."""
    out = []
    for colon in _COLONS:
        at = text.find(colon)
        while at >= 0:
            m = _COLON_RE.match(text, at)
            if m is not None:
                out.append(m)
            at = text.find(colon, at + 1)
    if len(out) > 1:
        out.sort(key=_MATCH_START)
    return out


#: the colons ``_COLON_RE`` opens with
_COLONS = (":", "：")
_MATCH_START = methodcaller("start")


def _colon_claim(ix: DocIndex, st: _State, start: int, colon: int, q: int) -> Claim | None:
    """A speaker's name or title, a colon, and a quote, with no verb of saying (round 10b): "المتحدث باسم وزارة
    الداخلية اللواء فلان: «…»"، "وزير الصحة: "…"" — a direct claim whose marker is the colon. The phrase before
    the colon must be the speaker as a whole (a named person or body, or a title, found by mention or title; the
    word و may lead it), with no marker of its own (a verb before the colon has read the claim already: قال فلان:
    «…»), and the quote must hold four words or more. A caption or a list (صورة: …، الحضور: …، المصدر: …) has
    no speaker before its colon or no quote after it; "قال تعالى:" is a verb's."""
    text = ix.doc.text
    if st.covered(colon) or any(a <= colon < b for a, b in st.contents) or colon <= start:
        return None
    if any(start <= p < colon for p in st.marker_starts):
        return None
    if ix.words_between(start, colon) > _COLON_SPEAKER_WORDS:
        return None
    close, _ = quote_close(text, q)
    cs, ce = trim(text, q + 1, close)
    if cs >= ce or len(text[cs:ce].split()) < _COLON_QUOTE_WORDS:
        return None
    first = ix.word_after(start)
    lead = first[2] if first is not None and norm(first[0]) == "و" else start
    speaker, _, _ = _speaker_after(ix, st, lead, colon, has_intro=True)
    if speaker is None or speaker.get("found_by") not in ("mention", "title"):
        return None
    sp_start, sp_end = speaker.get("start"), speaker.get("end")
    if not isinstance(sp_start, int) or not isinstance(sp_end, int) or sp_end > colon:
        return None
    if ix.words_between(sp_end, colon) > 0 or any(ch in text[lead:sp_start] for ch in "،,.؛;"):
        return None
    if ix.words_between(lead, sp_start) > 0 and title_speaker(ix, lead, sp_start) is None:
        return None  # the whole phrase is the speaker: his title, then his name ("الرئيس اليمني فلان:")
    region = (start, cs)
    channel, reported_via = _channel(ix, st, speaker, region, kind="say", content=(cs, ce))
    st.channels[_speaker_key(speaker)] = (channel, reported_via)
    return {
        "id": "",
        "speaker": speaker,
        "marker": _span(text, colon, colon + 1),
        "content": _span(text, cs, ce),
        "direct": True,
        "channel": channel,
        "reported_via": reported_via,
        "date": _date(ix, st, region, colon, None),
        "polarity": "assert",
        "kind": "say",
        "events": [],
    }


def _nested_inside(ix: DocIndex, st: _State, mk: _Mark) -> Claim | None:
    """A report told inside the content of an unnamed speaker's claim read before (round 19): a past plain verb of
    telling (``nested_telling_verbs``: قال، أفاد، أبلغ) in the middle of the outer content, with its own speaker
    there and its own introducer: "ذكر محققون أن أمًا اتهمت … بعد أن قالت السلطات إن …"، "وأكدت مصادر … في الوقت
    الذي أفاد فيه قائد عسكري ميداني، أن …"، "ذكرت بعض التقارير … أبلغ جوردون ديريك … رويترز انه …". The files since
    check7 code it as a claim of its own beside the outer one (check7's rule; check9, check12, check14).
    The outer speaker must be unnamed (:func:`_unnamed_outer`): a named speaker's "أكد الوزير أن الحكومة أعلنت أن"
    is his own account (round 16), and a verb other than plain telling inside it (أكدت، اقترحت، نقلوا، جاء في) is
    left too — the files code those unevenly and reading them cost more than it gave. The marker opens no clause
    and is in no relative clause; the inner speaker (the subject before the verb, else the name after it) is no
    pronoun and stands wholly inside the outer content; the inner content is opened by أن / إن / a colon, by no
    later verb, and ends within the outer content. The state is left as the outer claim left it. Round 28 (ruling
    8): inside the quotation of a direct claim (:func:`_in_quotation`) any outer speaker will do, and a past verb of
    saying, reporting, announcing or denying (claim_cues ``quoted_nested_kinds``) — opening the quotation or a
    clause in it too — is read when its speaker is named there (:func:`_quoted_speaker`): "وأضاف البيان قائلا:
    «أكد ليون أنه …»"، 'وقالت الوزارة في بيان "أكد المتحدث الرسمي … على رفض …"'، «مصادر أكدت لنا أن». None
    otherwise."""
    text = ix.doc.text
    m = mk.match
    if m.value.type is not MARKER_VERB or mk.relative is not None or mk.after_ma:
        return None
    if _present(text[m.start : m.end]):
        return None
    outer = next(
        (c for c in st.claims if int(c["content"]["start"]) <= m.prefix_start < int(c["content"]["end"])), None
    )
    if outer is None:
        return None
    quoted = _in_quotation(ix, outer, m.prefix_start) and m.value.kind in _QUOTED_KINDS
    told = quoted or not (
        mk.initial
        or int(outer["content"]["start"]) == m.prefix_start
        or norm(m.key) not in _NESTED_TELLING
        or not _unnamed_outer(outer)
    )  # (inside a quotation a verb opening a clause may name its speaker after it: «وأكد ليون أن»)
    opened = not told and _opened_telling(ix, mk, outer)
    if not told and not opened:
        return None
    a, b = int(outer["content"]["start"]), int(outer["content"]["end"])
    channels, uncued, claims, contents = dict(st.channels), set(st.uncued), len(st.claims), list(st.contents)
    st.contents = [r for r in contents if r != (a, b)]  # the outer content is open to the inner reading
    try:
        return _inside_read(ix, st, mk, outer, a, b, quoted=quoted, opened=opened)
    finally:
        st.channels, st.uncued, st.contents = channels, uncued, contents
        del st.claims[claims:]


def _opened_telling(ix: DocIndex, mk: _Mark, outer: Claim) -> bool:
    """Whether a past verb of saying, reporting, announcing or denying inside a claim's content opens a clause of time
    or cause (claim_cues ``nested_clause_openers``: حيث، إذ، عندما، حينما، بعدما; or بعد / منذ + أن) with its speaker
    after it ("… حيث أعلنت الوزارة بأن …"، "بعد أن قالت السلطات إن …"، "حيث بينت الشرطة أن …"; round 39, cl65):
    ruling 8's speaker told inside another's words with its own verb and content, whoever the outer speaker is.
    The verb is no clause's first marker and does not open the outer content."""
    m = mk.match
    if m.value.kind not in _QUOTED_KINDS or int(outer["content"]["start"]) == m.prefix_start:
        return False
    before = ix.word_before(m.prefix_start)
    if before is None:
        return False
    word = norm(before[0])
    if word in _CLAUSE_OPENERS:
        return True
    if word != "ان":
        return False
    lead = ix.word_before(before[1])
    return lead is not None and norm(lead[0]) in _CLAUSE_OPENERS_WITH_AN


def _told_after_opener(ix: DocIndex, verb_end: int, sp: Speaker, c0: int) -> bool:
    """Whether a verb after a clause opener (:func:`_opened_telling`) has its speaker right after it and its content
    opened in the same clause (round 39, cl65): no preposition between the verb and the speaker ("بعدما أكد على
    تناوله الإبر … دون علم طبيب": the subject a pronoun, the name deep in the object), no sentence end between the
    speaker and the content, and no one bidden (على with a pronoun: "عندما أصر المشرف عليه أن يواصل" a demand)."""
    text = ix.doc.text
    s0, s1 = int(sp["start"]), int(sp["end"])
    if any(norm(w) in ix.lexicon.prepositions for w in text[verb_end:s0].split()):
        return False
    if any(ch in text[s1:c0] for ch in ".؛;؟?!"):
        return False
    return not any(norm(w) in _BIDDEN for w in text[s1:c0].split())


def _may_speak_as_written(ix: DocIndex, sp: Speaker) -> bool:
    """Whether a speaker kept as written may speak after a clause opener (:func:`_opened_telling`): a definite head must
    be a body, person, monitor or outlet noun or a person head (الحكومة الفرنسية، الشرطة، الشهود), not a thing
    (الفكر التسويقي); an indefinite one (كثيرون، آخرون ممن …، خفر السواحل) may stand (round 39, cl65)."""
    words = str(sp.get("text") or "").split()
    if not words:
        return False
    head = norm(words[0])
    if len(words) == 1 and head.endswith(("ها", "هم", "هما", "هن")):
        return False  # "حيث أكدوا جميعهم"، "حيث ذكرت إحداها": a word with its pronoun names nobody
    if words[0].endswith(("ًا", "اً")):
        return False  # "حيث كشفت انقسامًا": an accusative, the verb's object, not its subject
    if not head.startswith("ال"):
        return True
    lex = ix.lexicon
    return (
        head in lex.body_nouns
        or head[2:] in lex.body_nouns
        or head in lex.person_nouns
        or head in lex.monitor_nouns
        or head[2:] in lex.monitor_nouns
        or head in lex.outlet_nouns
        or head[2:] in lex.outlet_nouns
        or head in _NESTED_PERSON_HEADS
        or role_reader().may_start(head)
    )


def _inside_read(
    ix: DocIndex,
    st: _State,
    mk: _Mark,
    outer: Claim,
    a: int,
    b: int,
    *,
    quoted: bool = False,
    opened: bool = False,
) -> Claim | None:
    """:func:`_nested_inside`'s reading of the inner claim in the outer content ``[a, b)``; ``quoted``: the verb
    stands inside the outer claim's quotation (round 28), where a verb of saying that tells its plain object
    (:func:`_tells_object`: «أكد المتحدث … على رفض») has content of its own too, and the speaker must be named."""
    m = mk.match
    inner = _read_claim(ix, st, mk)
    if inner is None:
        return None
    c0, c1 = int(inner["content"]["start"]), int(inner["content"]["end"])
    told = ix.word_before(c0)
    if (
        c0 < m.end
        or (c1 > b and not quoted and ix.doc.text[b:c1].strip(' ”»"'))
        or told is None
        or not (
            _opens_report(norm(told[0]))
            or told[0] == ":"
            or _as_told_then(ix, mk, norm(told[0]))
            or (quoted and not m.value.object_lead and norm(told[0])[:1] != "و" and _tells_object(ix, mk, c0))
        )
    ):
        return None  # "أن الحكومة أعلنت حالة الطوارئ": a plain object, the outer speaker's account
    if any(m.end <= p < c0 for p in st.marker_starts):
        return None  # "أن أمًا اتهمت … بعد أن قالت السلطات إن": the introducer is the next verb's
    if quoted and c1 > b:  # «أكد ليون أنه …»: the inner words end with the quotation, its closing mark left out
        # (and what the reading ran on past it is the outer speaker's: «… فإن الإدارة عازمة على إغلاق مركز» غوانتانامو)
        s, e = trim(ix.doc.text, c0, b)
        if s >= e:
            return None
        inner["content"] = _span(ix.doc.text, s, e)
    sp = inner["speaker"]
    before = None if opened else _inside_subject(ix, st, a, m.prefix_start)  # (opened: the speaker follows the verb)
    if quoted and before is not None and not _nested_speaker(before):
        before = _headed_subject(ix, st, a, m.prefix_start) or before  # «مصادر موثوقة أكدت لنا أن»: the sources
    if before is not None:  # "أن عائلة عمر قالت إن"، "“الفريق الدولي من الخبراء أكد … ان"
        inner["speaker"] = sp = before
    elif not (isinstance(sp.get("start"), int) and m.end <= int(sp["start"]) < int(sp["end"]) <= c0):
        return None  # no subject before the verb and none between it and the introducer ("بعد أن قالت السلطات إن")
    if sp.get("found_by") not in ("mention", "title", "as_written", "anaphor") or not isinstance(sp.get("start"), int):
        return None
    if opened and sp.get("found_by") == "as_written" and not _may_speak_as_written(ix, sp):
        return None  # "عندما بين الفكر التسويقي أن": a thing, no speaker; "حيث أكدوا جميعهم": nobody named
    if opened and not _told_after_opener(ix, m.end, sp, c0):
        return None
    if not a <= int(sp["start"]) < int(sp["end"]) <= c0:
        return None  # a speaker outside the outer content: not a report nested in it
    if _speaker_key(sp) == _speaker_key(outer["speaker"]):
        return None
    if quoted and not _quoted_speaker(ix, m.end, sp, after=before is None):
        return None  # «… لكنهم اعترفوا بأنهم»، «فقال لي: …»: no speaker named inside the quotation
    if (
        quoted
        and before is not None
        and (ix.words_between(int(sp["end"]), m.prefix_start) > 1 or ix.words_between(m.end, c0) > 2)
    ):
        return None  # «حلمت أن رونالدو أفضل مني أخبرته أن»، «مارتينو تابع هذا اللقاء … حيث إنه»: no subject, no told
    if not inner["reported_via"]:  # the outer clause's channel (قال فلان في بيان "…") is the outer speaker's
        region = (min(int(sp["start"]), m.prefix_start), c0)
        channel, _via = _channel(ix, st, sp, region, kind=str(inner["kind"]), content=(c0, c1))
        inner["channel"] = channel
    return inner


def _as_told_then(ix: DocIndex, mk: _Mark, told: str) -> bool:
    """Whether a nested verb of saying stands in an "as … said" clause (claim_cues ``as_told_words``: كما، وكما،
    فكما right before it) whose content opens with ``told`` (normalized) = فإن (``then_report_words``), bare or with
    a pronoun: «… كما أوضح الرئيس (باراك أوباما) مرات عدة فإن هذه الإدارة عازمة …» (round 32, cl49; check27), as
    "وكما أوضح الوزير فإن …" is read at the top level."""
    before = ix.word_before(mk.match.prefix_start)
    if before is None or norm(before[0]) not in _AS_TOLD:
        return False
    return told[:3] in _THEN_REPORT and _opens_report(told[1:])


def _quoted_speaker(ix: DocIndex, verb_end: int, sp: Speaker, *, after: bool) -> bool:
    """Whether a verb's speaker inside another's quotation is named (round 28): a person or body, a speaker noun
    or a title (:func:`_nested_speaker`); one read after the verb stands at most two words after it (a title
    before a name: «أكد المستشار أحمد أبو زيد») and is no pronoun of the one told («فقال لي:»), not a name deep
    in an object («ورأى في المشروع الخيري لشركة التطوير بأنه»: the verb's subject is a pronoun)."""
    if not _nested_speaker(sp):
        return False
    if not after:
        return True
    words = str(sp.get("text") or "").split()
    if not words or norm(words[0]) in _OBJECT_PRONOUNS:
        return False
    return ix.words_between(verb_end, int(sp["start"])) <= 2


def _in_quotation(ix: DocIndex, outer: Claim, at: int) -> bool:
    """Whether ``at`` stands inside a quotation that the direct claim ``outer`` quotes: an opening mark (« “ ")
    at most two characters before its content or inside it before ``at``, whose closing mark comes after ``at``
    (round 28: "وأضاف البيان قائلا: «أكد ليون أنه …»"، 'وقالت الوزارة في بيان "أكد المتحدث الرسمي … على رفض')."""
    if not outer.get("direct"):
        return False
    text = ix.doc.text
    start = max(0, int(outer["content"]["start"]) - 2)
    opening = max(text.rfind(q, start, at) for q in _QUOTE_OPENERS)
    return opening >= 0 and quote_close(text, opening)[0] > at


def _inside_subject(ix: DocIndex, st: _State, a: int, verb: int) -> Speaker | None:
    """The subject right before a verb nested in a content that starts at ``a``: the words between the last
    introducer or opening quote before the verb (أن، إن، بأن, « “ ") — or the content's start — and the verb, one to
    :data:`_NESTED_SUBJECT_WORDS` words with no punctuation: a person or body found there, else the phrase as
    written when it opens with a noun (no preposition, particle or verb of the lexicon). None when no word stands
    there ("بعد أن قالت السلطات إن": the subject follows the verb)."""
    text = ix.doc.text
    start = a
    w = ix.word_after(a)
    while w is not None and w[2] <= verb:
        if _opens_report(norm(w[0])) or w[0] in ("«", '"', "“"):
            start = w[2]
        w = ix.word_after(w[2])
    while start < verb and text[start] in ' «"“':
        start += 1
    if start >= verb or ix.words_between(start, verb) >= _NESTED_SUBJECT_WORDS:
        return None
    if any(ch in text[start:verb] for ch in "،,.:؛»”()") or any(start <= p < verb for p in st.marker_starts):
        return None
    found = _nested_subject(ix, st, start, verb)
    if found is not None and isinstance(found.get("start"), int) and start <= int(found["start"]):
        return found
    return as_written(ix, start, verb)


def _unnamed_outer(outer: Claim) -> bool:
    """Whether an outer claim's speaker is unnamed (مصادر، محققون، بعض التقارير): anonymous, a report, or an
    indefinite plural kept as written (محققون، مسؤولون: no article, no entity, a sound plural ending). Its report of
    another's words is passed on, where a named person's or body's (أكد الوزير أن الحكومة أعلنت أن، ذكرت صحة المدينة
    أن الفريق الاستشاري أفاد بأن) is its own account."""
    sp = outer["speaker"]
    if sp.get("anonymous") or outer.get("channel") == "report":
        return True
    words = str(sp.get("text") or "").split()
    if sp.get("found_by") != "as_written" or len(words) != 1 or sp.get("entity"):
        return False
    word = norm(words[0])
    return not word.startswith("ال") and word.endswith(("ون", "ين"))
