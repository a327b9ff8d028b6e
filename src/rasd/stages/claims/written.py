"""Attribution phrases (بحسب، وفقا لـ, step 3c): the speaker after the preposition as written and the claim read around
the phrase (:func:`_read_preposition`)."""

from __future__ import annotations

from rasd.claims.content import LETTER_RE, Content
from rasd.claims.context import Candidate, DocIndex
from rasd.claims.lexicon import Cue
from rasd.claims.spans import collapse, is_opening_quote, quote_close, quoted_name, trim
from rasd.claims.speakers import (
    Speaker,
    anaphor,
    as_written,
    name_of,
    nested_source,
    phrase,
    resolve_title,
    role_reader,
    search_after,
    speaker_of,
    title_object,
    title_speaker,
)
from rasd.resources.cues import CueFile
from rasd.stages.claims.after import _HOLDER_RANKS, _holder_after_title
from rasd.stages.claims.common import (
    _accusation_document,
    _channel_at,
    _from_candidate,
    _generic,
    _Mark,
    _previous_sentence,
    _speaker_key,
    _State,
    _text,
)
from rasd.stages.claims.cues import (
    _ACCUSATION_DOCUMENTS,
    _CHANNEL_ISSUED,
    _DOCUMENT_THEN,
    _ISSUING,
    _NESTED_INTROS,
    _OBJECT_PRONOUNS,
    _PARTICIPLE_OPENER,
    _THEN,
)
from rasd.text.clitics import drop_conjunction
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm

#: Closing quotes after an outlet's name in quotes ("وفق وكالة "مسار برس" أمس").
_CLOSING = frozenset('»”"')
#: فإن closing a leading بحسب's source (round 24)
_SOURCE_THEN = CueFile("ar/claims.yaml", section=None).normalized_words("source_then_words")
#: فقد after a leading source and its comma (:func:`_then_after`), normalized
_THEN_PAST = norm("فقد")
#: dashes that set off an aside after the document (ـ التي حصلت «الوطن» على نسخة منها ـ)
_DASHES = ("ـ", "–", "-", "—")
#: What may follow an attribution phrase when it opens no clause of its own: punctuation, a closing quote or the
#: bracket that ends an attribution set in brackets after a quote ("«…» (حسب البيان)."; round 18).
_NO_CLAUSE = ' \t\u00a0،,.:;؛»”")]'


def _outlet_after(ix: DocIndex, m: Match[Cue]) -> str | None:
    """The outlet a preposition marker names right after it (بحسب "الفرنسية"، وفقا لرويترز), or None."""
    text = ix.doc.text
    c = next(iter(ix.candidates_in(m.end, m.end + 3)), None)
    if c is not None:
        return name_of(ix, c)
    p = m.end
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    if p < len(text) and text[p] in '«“"':
        close = min((k for k in (text.find(q, p + 1, p + 60) for q in '»”"') if k > 0), default=-1)
        if close > p + 1 and 1 <= len(text[p + 1 : close].split()) <= 3:
            return collapse(text[p + 1 : close])
    first = ix.word_after(m.end)
    if first is not None and norm(first[0]).lstrip("ل") in ix.lexicon.outlet_nouns:
        named = phrase(ix, first[1], ix.sentence_bounds(first[1])[1], max_words=4, clip=True)
        if named is not None:  # "بحسب وكالة الأنباء الرسمية"، "وفقا لصحيفة الحياة"
            return collapse(text[named[0] : named[1]])
    return None


def _read_preposition(
    ix: DocIndex, st: _State, mk: _Mark, region_start: int, bound: int, s0: int, s1: int
) -> tuple[Speaker, Content, str | None] | None:
    """بحسب المرصد / وفقا لـ… / نقلا عن …: the speaker right after, the content the clause after or before."""
    text = ix.doc.text
    m = mk.match
    nxt = ix.word_after(m.end)
    if nxt is None or norm(nxt[0]) in ("ما", "لما"):
        return None  # "بحسب ما أفاد المرصد": the verb after is the marker
    head = norm(nxt[0])
    document = _accusation_document(ix, m.end)
    if document is not None:  # "وطبقا للائحة الاتهام فإن …": the indictment speaks (round 26, cl38)
        read = _document_then(ix, st, m, document, s1)
        if read is None and not text[document:s1].strip(_NO_CLAUSE):  # "…، بحسب القرار الاتهامي.": the clause before
            before = st.clauses.before(st.contents, s0, region_start, mk.clause_start)
            read = (_document_speaker(ix, m, document), before, None) if before is not None else None
        return read
    if head in ix.lexicon.rule_nouns or (head[:1] == "ل" and head[1:] in ix.lexicon.rule_nouns):
        return None  # "طبقا لضوابط المجلس العلمي"، "وفق شروط الوزارة": a body's rules, nobody's account
    start = m.end
    last = st.claims[-1] if st.claims else None
    outlet = _outlet_after(ix, m)
    named = next(iter(ix.candidates_in(m.end, m.end + 3)), None)
    if (
        outlet is not None
        and last is not None
        and not last["reported_via"]
        and not (
            named is not None
            and not named.outlet
            and named.type in ("ANON", "PER")
            and text[named.end : st.clauses.clause_end(named.end, s1)].strip(' \t\u00a0،,.:;؛»”"')
        )
    ):  # (not a person or an unnamed source with a clause of its own after it: "…، وبحسب مصدر عسكري تمكن مواطن
        # من الفرار" is the source's claim, not the claim before passed on; round 11)
        before = st.clauses.before(st.contents, s0, region_start, mk.clause_start)
        if before is not None and (before[0], before[1]) == (last["content"]["start"], last["content"]["end"]):
            last["reported_via"] = outlet  # "قال سلال: «…»، بحسب وكالة الأنباء الجزائرية": passed on
            return None
    _trailing_channel(ix, st, nxt[1], st.clauses.before(st.contents, s0, region_start, mk.clause_start))
    if (_channel_at(ix, nxt[1]) or norm(nxt[0]) in ix.lexicon.introducers) and not norm(nxt[0]).startswith("ال"):
        start = nxt[2]  # "وبحسب بيان وزارة الصحة"، "بحسب كلام الطالبة": the author after the noun
    cand, _ = search_after(ix, start, bound, reach=2)
    if cand is None:
        cand = _fused_source(ix, st, start, bound)  # "…، وفقا لرويترز.": the name after the fused لـ (round 36, cl59)
    guess = (
        cand is not None
        and cand.entity is not None
        and cand.entity.source == "model"
        and " " not in _text(ix, cand)
        and not _colon_after(text, cand.end)  # "وحسب الزبيدي: «…»": a name before a colon (round 12b)
    )
    if (
        guess
        and cand is not None
        and not _trailing_name(text, m.prefix_start, cand.end)
        and not _then_after(ix, cand.end)
    ):
        # "وفقا لمقاييس بلاغية": a one-word guess of the tagger is no source, unless it refers back or closes a
        # trailing attribution (round 23)
        cand, guess = None, False
    via: str | None = None
    speaker: Speaker | None = None
    after_end = start
    first_word = ix.word_after(start)
    if (
        cand is not None
        and first_word is not None
        and first_word[1] < cand.start
        and norm(ix.doc.text[cand.start : cand.end]).startswith("و")
        and not ix.doc.text[first_word[1] : cand.start].strip(" \t\u00a0").endswith(("،", ","))
    ):
        # "بحسب الحكومة المالية ومصادر عسكرية": the first of two sources joined by و, kept as written (round 9b)
        first = as_written(ix, first_word[1], cand.start) if norm(first_word[0]).startswith("ال") else None
        if first is not None and int(first["end"]) <= cand.start:
            speaker, after_end = first, cand.end  # the claim is after (or before) both sources
            cand = None
            first_word = None
    if cand is not None:
        speaker = _from_candidate(ix, st, cand)
        after_end = cand.end
        source = nested_source(ix, after_end, bound)
        if isinstance(source, Candidate):
            via, speaker, after_end = name_of(ix, cand), _from_candidate(ix, st, source), source.end
    elif first_word is not None:
        written = _preposition_written(ix, st, start, bound)
        if written is None:
            return None
        speaker, after_end = written, int(written["end"])
    if speaker is None:
        return None  # "بحسب بيان" ending the text: no source named (round 10: a crash the property test found)
    if speaker.get("outlet") or outlet is not None:
        # "وبحسب «رويترز»، فقد ذكر الوزير أن …": the outlet passes on the claim of the verb after it
        nxt_word = ix.word_after(after_end)
        comma = False
        while nxt_word is not None and nxt_word[0] in ("،", ",", "»", "”", '"'):
            comma = comma or nxt_word[0] in ("،", ",")
            nxt_word = ix.word_after(nxt_word[2])
        if nxt_word is not None and norm(nxt_word[0]) in _THEN:
            verb = ix.word_after(nxt_word[2])
            if verb is not None and verb[1] in st.marker_starts:
                st.via_at[verb[1]] = str(speaker.get("name") or speaker.get("name_ar") or outlet)
                return None
        elif (
            nxt_word is not None
            and nxt_word[1] in st.marker_starts
            and (norm(nxt_word[0])[:1] == "ف" or not (comma or _PARTICIPLE_OPENER.fullmatch(norm(nxt_word[0]))))
        ):
            # "فقال الوزير"، and a verb right after with no particle: "وبحسب «رويترز» قال مكتب الإحصاءات إن"
            # (round 9; not "بحسب فلان، داعيا إلى": a participle after a comma goes on with the source)
            st.via_at[nxt_word[1]] = str(speaker.get("name") or speaker.get("name_ar") or outlet)
            return None
    clauses = st.clauses
    rest_end = clauses.clause_end(after_end, s1)
    while (w := ix.word_after(after_end)) is not None and w[2] <= rest_end and w[0] in _CLOSING:
        after_end = w[2]  # "…، وفق وكالة "مسار برس" أمس.": the outlet's closing quote (round 18)
    while (w := ix.word_after(after_end)) is not None and w[2] <= rest_end and ix.in_timex(w[1]):
        after_end = w[2]  # "…، حسب حصيلة أعلنتها وزارة الصحة اليوم.": the date ends the attribution (round 12)
    w = ix.word_after(after_end)
    if (
        w is not None
        and w[1] < rest_end
        and norm(w[0]) in ix.lexicon.relatives
        and not any(ch in text[w[1] : rest_end] for ch in "،,:")
    ):
        after_end = rest_end  # "…، وفقا للبيان العسكري الذي أذيع اليوم.": a relative clause ends it (round 12b)
    content: Content | None
    aside = _dash_aside(ix, st, m, after_end, s0, s1)
    if aside is not None:  # "والفكرة - حسب المقال - استقاها …": the clause the aside stands in (round 40, cl69)
        content = aside
    elif (
        text[after_end:rest_end].strip(_NO_CLAUSE)
        and not _relative_speech_after(ix, st, after_end)
        and not _source_tail_closes(ix, st, m, after_end, s0, s1)
    ):
        # "وبحسب المرصد، فإن …": the clause after
        if guess and not _then_after(ix, after_end):
            return None  # a one-word guess ends its phrase only after its account ("… بحسب ويكيليكس، فيما …")
        intro = clauses.find_intro(after_end, bound)
        if intro is not None and intro[0] != "word":
            content = clauses.after_intro(intro, s1)
        else:
            start = intro[2] if intro is not None else after_end
            s, e = trim(text, start, clauses.clause_end(start, s1))
            content = (s, e, False) if s < e else None
    else:  # "قتل عشرة مدنيين، بحسب المرصد."
        content = clauses.before(st.contents, s0, region_start, mk.clause_start)
        if (
            content is None
            and not text[s0 : m.prefix_start].strip(" \t\u00a0\n،,.:;؛-–")
            and not text[after_end:s1].strip(' \t\u00a0\n،,.:;؛-–»”"')
        ):
            # "تقدمت القوات باتجاه المدينة. بحسب مصادر عسكرية.": an attribution standing alone after a full stop
            # gives the sentence before (round 11)
            prev = _previous_sentence(ix, s0)
            content = clauses.before(st.contents, prev[0], prev[0], prev[1]) if prev is not None else None
        last = st.claims[-1] if st.claims else None
        if (
            content is not None
            and last is not None
            and (content[0], content[1]) == (last["content"]["start"], last["content"]["end"])
            and (
                _speaker_key(speaker) == _speaker_key(last["speaker"])
                # "وتابع أن الشرطة أوقفت 297 شخصا …، بحسب رئيس الوزراء.": the office names the pronoun's speaker
                # again, no second claim (round 37, cl60)
                or (speaker.get("found_by") == "title" and last["speaker"].get("found_by") == "pronoun")
            )
        ):
            return None  # "وأعرب سليماني عن ثقته بأن …، بحسب البرقية": the same claim, its source named again

    return (speaker, content, via) if content is not None else None


def _dash_aside(ix: DocIndex, st: _State, m: Match[Cue], end: int, s0: int, s1: int) -> Content | None:
    """The content of an attribution set off by two dashes inside its clause ("ونقل السفير – حسب وكالة الأنباء
    الرسمية - للرئيس تهاني القادة"، "لتصل النسبة إلى 45 % -بحسب مصادر فندقية- بعد أن"، "والفكرة - حسب المقال -
    استقاها الباحثون من …"): the whole clause around the aside, from its start before the opening dash to its end
    after the closing one — neither the words before the dash alone nor the words after it (round 40, cl69: check36
    and check37's mid-clause sources). The opening dash right before the head, the closing one at most
    :data:`_ASIDE_TAIL_WORDS` words after the source as read (its words the reader left: "مصادر فندقية-"), no other
    punctuation between; words of the clause on both sides. None otherwise."""
    text = ix.doc.text
    before = text[s0 : m.prefix_start].rstrip(" \t\u00a0")
    if not before or before[-1] not in _DASHES:
        return None
    close = next((k for k in range(end, min(s1, end + 60)) if text[k] in _DASHES or text[k] in _ASIDE_STOPS), -1)
    if close < 0 or text[close] not in _DASHES or ix.words_between(end, close) > _ASIDE_TAIL_WORDS:
        return None
    dash = s0 + len(before) - 1
    c0 = st.clauses.clause_start(s0, dash)
    w = ix.word_after(c0)
    while w is not None and w[2] <= dash:
        if norm(w[0]) in _NESTED_INTROS:  # "يذكر أن القوات - وبحسب قناة «…» - قد أحبطت": after أن
            c0 = w[2]
        w = ix.word_after(w[2])
    c1 = st.clauses.clause_end(close + 1, s1)
    head = text[c0:dash]
    tail = text[close + 1 : c1]
    if not LETTER_RE.search(head) or not LETTER_RE.search(tail):
        return None
    a, b = trim(text, c0, c1)
    while a < b and (text[a] in _DASHES or text[a].isspace()):
        a += 1  # "- لماذا تعثرت المشروعات - حسب تقرير الهيئة - ؟": a dash that opens a line of a list
    return (a, b, False) if a < b else None


#: what may not stand between the source of a dash aside and its closing dash
_ASIDE_STOPS = frozenset('،,.:;؛!?؟\n«»“”"()')
#: the most words of the source the reader left before the closing dash
_ASIDE_TAIL_WORDS = 3


def _relative_speech_after(ix: DocIndex, st: _State, end: int) -> bool:
    """Whether the source named after a trailing بحسب / وفق goes on in a relative clause whose verb is a marker of
    its own ("…، بحسب النائب فلان، الذي قال لوكالة الصحافة الفرنسية: «…»"، "…، بحسب الشاهد فلان الذي تابع: «…»"):
    the attribution covers the clause before, and the relative verb's claim is the source's next one (round 27,
    cl40: check25 codes both)."""
    w = ix.word_after(end)
    if w is not None and w[0] in ("،", ","):
        w = ix.word_after(w[2])
    if w is None or norm(w[0]) not in ix.lexicon.relatives:
        return False
    verb = ix.word_after(w[2])
    return verb is not None and verb[1] in st.marker_starts


def _trailing_channel(ix: DocIndex, st: _State, at: int, before: Content | None) -> None:
    """A channel noun after a trailing بحسب names the channel of the claim right before it ("قال الرئيس إن …، بحسب
    بيان صادر عن الرئاسة": a statement), when that claim's own clause named none (never an interview)."""
    here = len(st.claims) - 1
    if here not in st.uncued or before is None:
        return
    last = st.claims[here]
    if (before[0], before[1]) != (last["content"]["start"], last["content"]["end"]):
        return
    kind = next((c.value.kind for c in ix.channels_near(at) if c.value.kind != "interview"), None)
    if kind is None:
        return
    last["channel"] = kind
    st.uncued.discard(here)
    st.channels[_speaker_key(last["speaker"])] = (kind, last["reported_via"])


def _document_issuer(ix: DocIndex, end: int, bound: int) -> Candidate | None:
    """The body that issued a document, named in a relative clause right after it: "المعطيات التي كشفت عنها وزارة
    الداخلية" (not one that only saw it: "الخطة التي اطلعت عليها «الشرق الأوسط»")."""
    rel = ix.word_after(end)
    verb = ix.word_after(rel[2]) if rel is not None and norm(rel[0]) in ix.lexicon.relatives else None
    if verb is None or norm(verb[0]) not in _ISSUING:
        return None
    after = ix.word_after(verb[2])
    start = after[2] if after is not None and norm(after[0]) in ("عنها", "عنه") else verb[2]
    c = next(iter(ix.candidates_in(start, min(bound, start + 60))), None)
    if c is None or c.type not in ("ORG", "PER") or ix.words_between(start, c.start) > 0:
        return None
    return c


def _preposition_written(ix: DocIndex, st: _State, start: int, bound: int) -> Speaker | None:
    """The source of بحسب / وفقا لـ that no entity covers: a definite noun that refers back to an earlier speaker
    (وحسب الهيئة، وبحسب البيان). Any other noun is no source ("وبحسب الخطة الموضوعة فإن")."""
    first = ix.word_after(start)
    if first is None or first[1] >= bound:
        return None
    head = norm(first[0])
    documents = ix.lexicon.document_nouns
    lead = ix.word_before(first[1])
    if head in documents or (lead is not None and lead[1] < first[1] and norm(lead[0]) in documents):
        # "وبحسب القرار فإن"، "وبحسب الخطة العسكرية التي اطلعت عليها الصحيفة"، "وبحسب إحصائية «يونامي» فإن": a
        # document speaks for nobody named: unnamed, kept as written
        at = lead[1] if head not in documents and lead is not None else first[1]
        found = phrase(ix, at, bound, max_words=3, clip=True)
        word = ix.word_after(at)
        end = found[1] if found is not None else word[2] if word is not None else first[2]
        text = ix.doc.text
        q = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip())
        quoted = None
        s_end = ix.sentence_bounds(at)[1]
        if q < s_end and is_opening_quote(text, q):
            close, closed = quote_close(text, q)
            if closed and close < s_end and len(text[q:close].split()) <= 4:
                quoted, end = (q, close), close + 1  # "إحصائية «يونامي»": whose figures they are
        rel = ix.word_after(end)
        sourced = rel is not None and norm(rel[0]) in ix.lexicon.relatives  # "الخطة التي اطلعت عليها الصحيفة"
        if not (
            sourced or quoted is not None or norm(ix.doc.text[at : at + 12].split()[0]) in ix.lexicon.figures_nouns
        ):
            return None  # "وبحسب الخطة الموضوعة فإن": a plan, nobody's account
        issuer = _document_issuer(ix, end, bound)
        if issuer is not None:  # "وحسب المعطيات التي كشفت عنها وزارة الداخلية": the body that issued it
            return speaker_of(ix, issuer, "mention")
        sp = _generic(ix, at, end)
        sp.update(role=None, generic=False)  # its channel: the clause's cue (إحصائية: a report), else unspecified
        return sp
    said = lead is not None and (_channel_at(ix, lead[1]) or norm(lead[0]) in ix.lexicon.introducers)
    outlet = _outlet_as_written(ix, first, bound) or _quoted_source(ix, start, bound)
    if outlet is None and lead is not None and lead[1] < first[1] and is_opening_quote(ix.doc.text, first[1]):
        outlet = _outlet_as_written(ix, lead, bound)  # (the outlet noun already passed as a channel noun)
    if outlet is not None:  # "ووفقا لموقع “دايلي دوت” فإن": an outlet no entity covers, its name in quotes
        return outlet
    one = _one_of_them(ix, first, bound) or _one_of_them_closing(ix, first, bound)
    if one is not None:
        return one
    titled = _title_source(ix, st, first, bound)
    if titled is not None:  # "…، حسب الناطق الرسمي باسم المجلس فلان."، "بحسب مدير المستشفى" (round 37, cl60)
        return titled
    fused_body = _fused_body(ix, st, first, bound)
    if fused_body is not None:  # "ووفقا لهيئة الطيران المدني الصينية فإن"، "وفقا لوكالة الأنباء الفرنسية." (round 36)
        return fused_body
    if said and lead is not None and not norm(lead[0]).startswith("ال"):
        owner = _said_by(ix, first, bound)
        if owner is not None:  # "بحسب تصريحات لوالدها"، "وفقا لبيان للجيش اللبناني": whose words they are
            return owner
    fused = lead is not None and lead[1] < first[1] and norm(lead[0]).startswith("لل") and _channel_at(ix, lead[1])
    told = _statement_with_adjectives(ix, lead if fused and lead is not None else first, bound)
    if told is not None:
        return told
    by = ix.word_after(first[2]) if said and head in _CHANNEL_ISSUED else None
    body_at = ix.word_after(by[2]) if by is not None and by[1] < bound and norm(by[0]) in ("عن", "من") else None
    if (
        by is not None
        and body_at is not None
        and body_at[1] < bound
        and not ix.doc.text[first[2] : by[1]].strip()
        and not ix.doc.text[by[2] : body_at[1]].strip()
    ):
        issued = as_written(ix, body_at[1], bound)
        end = int(issued["end"]) if issued is not None else -1
        rest = ix.doc.text[end : end + 3].lstrip(" \t\u00a0")
        last = st.claims[-1] if st.claims else None
        gap = ix.doc.text[int(last["content"]["end"]) : first[1]] if last is not None and last.get("content") else "."
        # "أكد فلان أن …، بحسب بيان صادر عن الرئاسة": right after another's claim the statement passes it on
        passed = len(gap.split()) <= 4 and not any(ch in gap for ch in ".!?؟")
        if issued is not None and not passed and (rest[:1] in ("،", ",", ".", ":", "") or ix.intros_in(end, end + 6)):
            return issued  # "وبحسب بيان صادر عن الجيش، فإن": the body that issued it (round 42, cl78)
    if not head.startswith("ال"):
        if not said and _then_after(ix, first[2]):
            back = _named_before(ix, st, first)
            if back is not None:  # "أكد أوباما أن … . وبحسب أوباما، فإن": a speaker named before (round 24)
                return back
        if said and head in ix.lexicon.body_nouns:
            return as_written(ix, first[1], bound)  # "وبحسب بيان رئاسة الإقليم فإن": the body after the noun
        return None
    back = anaphor(ix, st.speakers(), first[1], first[2])
    spoken = said and lead is not None and not _channel_at(ix, lead[1])  # كلام، رواية، شهادة: words said
    if back is None and spoken and head not in ix.lexicon.not_speakers:
        back = as_written(ix, first[1], bound)  # "وبحسب كلام الطالبة فإن": whoever said them, as written
        if back is not None:  # (not after a channel noun: "وحسب بيانات الملف الطبي" names a document)
            back["type"] = "PER"  # a person's words, no statement
    if back is None and said and head in ix.lexicon.body_nouns:
        back = as_written(ix, first[1], bound)  # "غير صحيح حسب تقرير اللجنة": a body's report
    if back is None and not said and _agent_noun(ix, head):
        told = as_written(ix, first[1], bound)
        closing = (  # (round 41, cl74) after a comma, closing its sentence: "…، بحسب الشرطة."
            told is not None
            and lead is not None
            and ix.doc.text[: lead[1]].rstrip(" \t\u00a0")[-1:] in ("،", ",")
            and _ends_sentence(ix.doc.text, int(told["end"]))
        )
        if told is not None and (_then_after(ix, int(told["end"])) or closing):
            back = told  # "وحسب الباحثة فإن"، "وبحسب الصحيفة البريطانية، فإن": a person or body, then فإن (round 24)
    return back


def _title_source(ix: DocIndex, st: _State, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """An office closing its sentence after حسب / بحسب / وفقا لـ / وفق / طبقا لـ, no entity within the first two
    words (round 37, cl60; a fresh audit of long conflict articles: "سيطرت المقاومة على التواهي، حسب الناطق الرسمي
    باسم مجلس قيادة المقاومة علي الأحمدي." gave no claim): the person named in the title or after its body
    (``after._holder_after_title``: "المتحدث باسم الرئيس فلان" speaks for that person, not as him), else the
    body after باسم as written, else the earlier holder of the office, else the title as written ("وقتل ثلاثة
    جنود، بحسب مدير المستشفى."). A title that opens its clause is read as before ("وبحسب المتحدث، فإن")."""
    lead = ix.word_before(first[1])
    if lead is None or not {norm(lead[0]), drop_conjunction(norm(lead[0]), min_rest=2)} & _TITLE_SOURCE_LEADS:
        return None
    title = title_speaker(ix, first[1], bound)
    if title is None or int(title[0]["start"]) != first[1]:
        return None
    sp, office, org = title
    t1 = int(sp["end"])
    text = ix.doc.text
    s1 = ix.sentence_bounds(first[1])[1]
    stop = next((k for k in range(t1, min(s1 + 1, len(text))) if text[k] in ".\n!؟?"), None)
    if stop is None:
        return None  # (the sentence goes on: no trailing attribution)
    person = next(
        (
            c
            for c in ix.candidates_in(first[1], t1)
            if c.type == "PER" and not title_object(ix, first[1], c) and not _represented(ix, first[1], c.start)
        ),
        None,
    )
    if person is not None:
        found = speaker_of(ix, person, "mention")
        end = person.end
    elif (held := _holder_after_title(ix, t1, stop)) is not None:
        h0, h1, named = held
        if named is not None:
            found = speaker_of(ix, named, "mention")
        else:
            found = {"name": None, "name_ar": collapse(text[h0:h1]), "role": None, "org": None, "entity": None}
            found.update(anonymous=False, type="PER", text=text[h0:h1], start=h0, end=h1, found_by="title")
        end = h1
    else:
        found, end = dict(sp), t1
        words = sp["text"].split()
        if words and norm(words[-1]) == "باسم":  # "الناطق باسم مجلس قيادة المقاومة." with no entity read in it
            w = ix.word_after(t1)
            for _ in range(8):
                if w is None or w[1] >= stop or not w[0][:1].isalpha():
                    break
                end, w = w[2], ix.word_after(w[2])
            if end == t1:
                return None
            found.update(text=text[int(sp["start"]) : end], end=end)
        elif (held_before := resolve_title(ix, office, org, first[1], st.speakers())) is not None:
            found = dict(held_before)
            found.update(text=sp["text"], start=sp["start"], end=sp["end"], found_by="title")
    if text[end:stop].strip(' \t\u00a0»”")'):
        return None  # the attribution must close its sentence
    found["role"] = found.get("role") or sp["role"]
    found["org"] = found.get("org") or sp["org"]
    return found


def _represented(ix: DocIndex, start: int, at: int) -> bool:
    """Whether the person named at ``at`` inside a title from ``start`` is the one the office speaks for: باسم
    stands between and no rank or honorific right before him ("متحدث باسم الرئيس الأفغاني فلان")."""
    if "باسم" not in ix.doc.text[start:at]:
        return False
    before = ix.word_before(at)
    return before is None or norm(before[0]) not in _HOLDER_RANKS


#: the prepositions after which a trailing office names the source (حسب، بحسب، وفقا لـ، وفق، طبقا لـ), normalized
_TITLE_SOURCE_LEADS = frozenset(("حسب", "بحسب", "وفقا", "وفق", "طبقا"))


def _fused_source(ix: DocIndex, st: _State, start: int, bound: int) -> Candidate | None:
    """A person, body, outlet or unnamed source the entity layer tagged inside the word after وفقا / طبقا, past the
    لـ fused to it ("…، وفقا لرويترز."، "وطبقا للمصادر الأميركية، فإن …"): the search for a source after the marker
    starts at a word and missed it (round 36, helper cl59: check30's American sources; fresh in-range articles)."""
    first = ix.word_after(start)
    if first is None or first[1] >= bound or norm(first[0])[:1] != "ل" or not _after_lam_preposition(ix, first):
        return None
    at = (first[1] + 1, first[1] + 2) if norm(first[0])[:2] == "لل" else (first[1] + 1,)
    cand = next(
        (
            c
            for c in ix.candidates_in(first[1] + 1, first[2])
            if c.start in at and c.end <= bound and c.type in ("PER", "ORG", "ANON")
        ),
        None,
    )
    return cand if cand is not None and _fused_ends(ix, st, first, cand.end, bound) else None


#: the prepositions that take لـ before their source (وفقا لـ، طبقا لـ), normalized without و / ف
_LAM_PREPOSITIONS = frozenset(norm(w) for w in ("وفقا", "طبقا", "وفقاً", "طبقاً", "وفقًا", "طبقًا"))


def _after_lam_preposition(ix: DocIndex, first: tuple[str, int, int]) -> bool:
    """Whether the word before ``first`` is وفقا / طبقا (with و / ف or without), whose source takes لـ."""
    marker = ix.word_before(first[1])
    if marker is None:
        return False
    w = norm(marker[0])
    return w in _LAM_PREPOSITIONS or (w[:1] in ("و", "ف") and w[1:] in _LAM_PREPOSITIONS)


def _fused_ends(ix: DocIndex, st: _State, first: tuple[str, int, int], end: int, bound: int) -> bool:
    """Whether a source read after a fused لـ (:func:`_fused_source`, :func:`_fused_body`) ends its phrase — the
    sentence's end, a comma or فإن / فقد after it ("ووفقا لوكالة أنباء الأناضول التركية فقد أوضحت مصادر …" is
    not "وكالة أنباء الأناضول" alone), with no verb of saying in the clause it leads ("ووفقا لموقع المؤسسة، كان
    الشريف تحدث … قائلا:": the site passes on his words) — and is no credit line standing after a full stop
    ("…2009.وفقا لوكالة رويترز." inside each wire paragraph: the copy's source, not a claim)."""
    text = ix.doc.text
    after = text[end:bound].lstrip(" \t\u00a0")
    if not (after[:1] in (".", "،", ",", "") or _then_after(ix, end)):
        return False
    if after[:1] not in (".", "") and any(end < m < ix.sentence_bounds(end)[1] for m in st.marker_starts):
        return False
    marker = ix.word_before(first[1])
    before = text[: marker[1]].rstrip(' \t\u00a0\nو»”"') if marker is not None else ""
    return not (before.endswith(".") and after[:1] in (".", ""))


#: the most words of an outlet's or body's name read as written after a fused لـ (لهيئة الطيران المدني الصينية)
_FUSED_BODY_WORDS = 5


def _fused_body(ix: DocIndex, st: _State, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """An outlet or body noun with لـ fused to it after وفقا / طبقا, then the rest of its name, that no entity
    covers ("ووفقا لهيئة الطيران المدني الصينية فإن …"، "…، وفقا لوكالة الأنباء الفرنسية."): the body or outlet as
    written, from the noun (the لـ left out), when its name ends the sentence or runs to a comma or فإن (round 36,
    helper cl59: check34's civil aviation authority; fresh in-range articles). Not a thing (وفقا لخطة …)."""
    word = norm(first[0])
    if word[:1] != "ل" or word[:2] == "لل" or not _after_lam_preposition(ix, first):
        return None
    head = word[1:]
    outlet = head in ix.lexicon.outlet_nouns
    if not (outlet or head in ix.lexicon.body_nouns):
        return None
    text = ix.doc.text
    end = first[2]
    quoted = quoted_name(text, end, bound, 4)
    if quoted is not None:
        end = quoted[1] + 1  # "لمؤسسة «ترقق العظام الوطنية»": its name in quotes
    for _ in range(_FUSED_BODY_WORDS):  # "لهيئة الطيران المدني الصينية": the definite words of its name
        w = ix.word_after(end)
        if w is None or w[1] >= bound or text[end : w[1]].strip() or not norm(w[0]).startswith("ال"):
            break
        if norm(w[0]) in ix.lexicon.prepositions or ix.intros_in(w[1], w[1] + 1):
            break
        end = w[2]
    if end == first[2]:
        return None  # a body noun alone (وفقا لوزارة …) or an indefinite name: not read here
    if not _fused_ends(ix, st, first, end, bound):
        return None  # its name must end the phrase ("وفقا لهيئة X فإن"، "…، وفقا لوكالة X.")
    return {
        "name": None,
        "name_ar": collapse(text[first[1] + 1 : end]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "outlet": outlet,
        "type": "ORG",
        "text": text[first[1] + 1 : end],
        "start": first[1] + 1,
        "end": end,
        "found_by": "as_written",
    }


def _statement_with_adjectives(ix: DocIndex, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """A definite channel noun after بحسب / وفقا لـ whose adjectives say whose it is, then a comma, a relative, an
    introducer or the sentence end ("وفقا للبيان العسكري الأمريكي الذي أذيع اليوم"، "وبحسب التقرير الأممي، فإن"):
    the statement kept as written, not an earlier speaker it would refer back to (round 12b). A body named in a
    relative clause after it issued it (البيان الذي أصدرته وزارة الدفاع): that body."""
    text = ix.doc.text
    raw = norm(first[0])
    if raw.startswith("لل") and len(raw) > 4:
        s = first[1] + 2 if text[first[1] : first[1] + 2] == "لل" else first[1] + 1
    elif raw.startswith("ال"):
        s = first[1]
    else:
        return None
    if not _channel_at(ix, first[1]) and not _channel_at(ix, s):
        return None
    lex = ix.lexicon
    end = first[2]
    n = 0
    while n < 3:
        w = ix.word_after(end)
        if w is None or w[1] >= bound or w[1] - end > 1:
            break
        word = norm(w[0])
        if (
            not word.startswith("ال")
            or word in lex.prepositions
            or word in lex.relatives
            or word in lex.not_speakers
            or ix.intros_in(w[1], w[1] + 1)
            or ix.in_timex(w[1])
        ):
            break
        end, n = w[2], n + 1
    if n == 0:
        return None
    nxt = ix.word_after(end)
    rest = text[end : end + 3].lstrip(" \t\u00a0")
    if nxt is not None and norm(nxt[0]) in lex.relatives:
        issuer = _document_issuer(ix, end, bound)
        if issuer is not None:
            return speaker_of(ix, issuer, "mention")
    elif not (rest[:1] in ("،", ",", ".", "") or (nxt is not None and ix.intros_in(nxt[1], nxt[1] + 1))):
        return None
    sp = _generic(ix, s, end)
    sp.update(role=None, generic=False)
    return sp


def _said_by(ix: DocIndex, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """The owner of an indefinite channel noun after بحسب / وفقا لـ, told by لـ (بحسب تصريحات لوالدها، وفقا لبيان
    للجيش اللبناني، حسب حديث لوزير الصحة): the words after لـ as written, up to four, to the clause's end
    (round 12b). Not a pronoun (وفقا لبيان لها) nor a date (بحسب تقرير لعام 2014)."""
    text = ix.doc.text
    word = norm(first[0])
    if word[:1] != "ل" or len(word) < 4 or word in _OBJECT_PRONOUNS:
        return None
    raw = text[first[1] : first[2]]
    s = first[1] + (2 if raw.startswith("لل") else 1)
    bare = ("ال" + word[2:]) if word.startswith("لل") else word[1:]
    if bare in ix.lexicon.prepositions or bare in ix.lexicon.not_speakers or ix.in_timex(first[1]):
        return None
    if bare in ("عام", "العام", "سنة", "السنة", "شهر", "الشهر") or any(ch.isdigit() for ch in bare):
        return None
    found = phrase(ix, first[1], bound, max_words=4)
    if found is None:
        return None
    end = found[1]
    rest = text[end : end + 3].lstrip(" \t\u00a0")
    if rest[:1] not in ("،", ",", ".", ":", "") and not ix.intros_in(end, end + 6):
        return None
    sp: Speaker = {
        "name": None,
        "name_ar": collapse(text[s:end]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "text": text[s:end],
        "start": s,
        "end": end,
        "found_by": "as_written",
    }
    if bare.removeprefix("ال") not in ix.lexicon.body_nouns and bare not in ix.lexicon.body_nouns:
        sp["type"] = "PER"  # "تصريحات لوالدها": a person's words, no body's statement
    return sp


def _trailing_name(text: str, head: int, end: int) -> bool:
    """Whether a one-word name after بحسب / وفق ends its phrase: the sentence ends after it ("…، بحسب ويكيليكس."،
    "…، وفق لابورد.") or a comma does with the account before it ("… في 2006 بحسب ويكيليكس، فيما …"): a source
    named after its account (round 23: check20 ×2, 5 fresh short and longer articles: لابورد، كيودو، زيدان،
    كاساسيكا), not a tagger's guess inside a phrase ("وفقا لمقاييس بلاغية")."""
    after = text[end : end + 2].lstrip(" \t\u00a0")[:1]
    return after in (".", "") or (after in ("،", ",") and text[max(0, head - 8) : head].rstrip()[-1:] not in (".", ""))


def _named_before(ix: DocIndex, st: _State, first: tuple[str, int, int]) -> Speaker | None:
    """An earlier speaker whose name holds the one word ``first`` ("أكد أوباما أن … . وبحسب أوباما، فإن"), the span
    the word's (round 24, helper cl34)."""
    word = norm(first[0])
    if len(word) < 4:
        return None
    for sp in reversed(st.speakers()):
        if any(word in norm(str(sp.get(k) or "")).split() for k in ("text", "name_ar")):
            out = dict(sp)
            if "start" in sp and "antecedent" not in sp:
                out["antecedent"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
            out.update(text=first[0], start=first[1], end=first[2], found_by="anaphor")
            return out
    return None


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the sentence ends at ``end``, past spaces and closing quotes: a source named after its account
    (round 41, cl74: "…، بحسب الشرطة."، "…، حسب الصحيفة.")."""
    after = text[end : end + 4].lstrip(' \t\u00a0»”"')[:1]
    return after in (".", "", "\n", "!", "؟", "?")


def _agent_noun(ix: DocIndex, head: str) -> bool:
    """Whether a definite noun after بحسب names someone who speaks: a title (الباحثة، الوزير), a body or an outlet
    noun (المركز، الصحيفة), not a thing (المعلومات، التوقعات, not in these lists)."""
    bare = head[2:] if head.startswith("ال") else head
    lex = ix.lexicon
    if head in lex.not_speakers or head in lex.document_nouns or head in lex.figures_nouns:
        return False
    return bare in lex.body_nouns or bare in lex.outlet_nouns or role_reader().may_start(head)


def _leading_then_source(
    ix: DocIndex, st: _State, mk: _Mark, s0: int, s1: int
) -> tuple[Speaker, Content, str | None] | None:
    """A leading بحسب / حسب whose source, closed by فإن (``source_then_words``), the reading above leaves: the last
    person the tagger found in it ("وبحسب مدير المشروع، المهندس فلان، فإن"، "ووفقا للناطق … الرائد فلان فإن"), or
    a body that heads it ("ووفقا لتقديرات هيئة الاتصالات، فإن"), else one to three words opening with a title or body
    noun ("وحسب الباحثة فإن"); the content is the clause after فإن,
    none when a marker stands in it (the claim is that marker's) or a quote or a colon in the source (round 24,
    helper cl35)."""
    m = mk.match
    text = ix.doc.text
    if text[s0 : m.prefix_start].strip(" \t\u00a0\n"):
        return None  # not leading: the trailing readings are _read_preposition's
    words: list[tuple[str, int, int]] = []
    w = ix.word_after(m.end)
    while w is not None and len(words) < 9 and norm(w[0]) not in _SOURCE_THEN:
        if w[0] in '.:;؛!?؟«»"“”()' or w[1] in st.marker_starts:
            return None
        words.append(w)
        w = ix.word_after(w[2])
    named = [x for x in words if x[0] not in ("،", ",")]
    if w is None or not named or norm(w[0]) not in _SOURCE_THEN:
        return None
    span_end = named[-1][2]
    found = [c for c in ix.candidates_in(m.end, span_end) if c.type in ("PER", "ORG") and c.end <= span_end]
    people = [c for c in found if c.type == "PER"]
    bodies = [c for c in found if len(named) < 2 or c.start < named[1][2]]  # the body heads the source
    speaker: Speaker | None
    if people:  # "ووفقا للناطق الإعلامي لشرطة منطقة القصيم الرائد فلان فإن": the person, not the body in the title
        speaker = _from_candidate(ix, st, people[-1])
    elif bodies and not role_reader().may_start(norm(named[0][0])):
        speaker = _from_candidate(ix, st, bodies[0])  # not "وحسب فلانة من جامعة كذا" nor "بيان للدول … في الاتحاد"
    elif len(named) <= 3 and norm(named[0][0]).startswith("ال") and _agent_noun(ix, norm(named[0][0])):
        speaker = as_written(ix, named[0][1], span_end)
    else:
        return None
    s, e = trim(text, w[2], st.clauses.clause_end(w[2], s1))
    if speaker is None or s >= e or any(s <= p < e for p in st.marker_starts):
        return None
    return speaker, (s, e, False), None


def _document_then(ix: DocIndex, st: _State, m: Match[Cue], end: int, s1: int) -> tuple[Speaker, Content, None] | None:
    """A leading وفقا لـ / طبقا لـ / بحسب + a document of accusation ending at ``end`` (:func:`_accusation_document`),
    an aside set off by dashes or none (ـ التي حصلت «الوطن» على نسخة منها ـ), then فإن / فقد: the document speaks,
    kept as written (a fused لـ read off), the content the clause after the particle (round 26, cl38; check24)."""
    text = ix.doc.text
    at = end
    rest = text[at:s1].lstrip(" \t\u00a0")
    if rest[:1] in _DASHES:
        close = min((rest.find(d, 1) for d in _DASHES if rest.find(d, 1) > 0), default=-1)
        if close < 0:
            return None
        at = at + (len(text[at:s1]) - len(rest)) + close + 1
    w = ix.word_after(at)
    if w is not None and w[0] in ("،", ","):
        w = ix.word_after(w[2])
    if w is None or w[1] >= s1 or not (norm(w[0]) in _SOURCE_THEN or norm(w[0]) in _DOCUMENT_THEN):
        return None
    s, e = trim(text, w[2], st.clauses.clause_end(w[2], s1))
    direct = False
    q = w[2] + len(text[w[2] : w[2] + 3]) - len(text[w[2] : w[2] + 3].lstrip())
    if is_opening_quote(text, q):
        close, closed = quote_close(text, q)
        if not closed or close > s1:
            return None
        s, e, direct = q + 1, close, True  # ووفقا للائحة فقد «…»: the quotation, up to a verb of saying in it
        inner = min((p for p in st.marker_starts if s < p < e), default=e)
        if inner < e:  # "…، طالب المدعي العام بالحكم": that verb's claim is its own, read after this one
            s, e = trim(text, s, inner)[:2]
            direct = False
    elif s >= e or any(s <= p < e for p in st.marker_starts):
        return None  # a verb of saying in the clause: the claim is that verb's
    if s >= e:
        return None
    return _document_speaker(ix, m, end), (s, e, direct), None


def _document_speaker(ix: DocIndex, m: Match[Cue], end: int) -> Speaker:
    """The document of accusation after the preposition ``m``, up to ``end``, as written (a fused لـ read off): not
    anonymous, the prosecution's statement (check24 codes it a statement, as check6's للبيان)."""
    first = ix.word_after(m.end)
    start = first[1] if first is not None else m.end
    if (
        first is not None
        and norm(first[0]).startswith("ل")
        and not any(norm(first[0]) == doc[0] for doc in _ACCUSATION_DOCUMENTS)
    ):
        start += 1  # "للائحة الاتهام": the noun without its fused لـ
    speaker = as_written(ix, start, end)
    if speaker is None or int(speaker["end"]) != end:
        speaker = _generic(ix, start, end)
    written = collapse(ix.doc.text[start:end])
    speaker.update(start=start, end=end, text=written, name_ar=written)  # the span without the fused لـ
    speaker.update(role="indictment", generic=False, anonymous=False)  # a document the prosecution issued
    return speaker


def _then_after(ix: DocIndex, end: int) -> bool:
    """Whether فإن (``source_then_words``) follows ``end``, a comma between or not: it closes a leading بحسب's source
    ("وبحسب قهوجي، فان"، "وبحسب أوباما، فإن"; round 24, helper cl34), or فقد after a comma ("وبحسب ظريف، فقد كان"،
    "وبحسب "رويترز"، فقد قتل"; round 42, cl76: the particle that opens a past clause after a leading source, where
    فإن opens a nominal one)."""
    w = ix.word_after(end)
    comma = w is not None and w[0] in ("،", ",")
    if w is not None and comma:
        w = ix.word_after(w[2])
    return w is not None and (norm(w[0]) in _SOURCE_THEN or (comma and norm(w[0]) == _THEN_PAST))


def _quoted_source(ix: DocIndex, start: int, bound: int) -> Speaker | None:
    """A name of one to three words in quotes right after بحسب, then فإن ("وبحسب «تسنيم»، فإن"، "وبحسب "الفرنسية"،
    فإن"; check21, 5 fresh articles): the source as written, an outlet (round 24, helper cl34)."""
    text = ix.doc.text
    quoted = quoted_name(text, start, bound, 3)
    if quoted is None or not _then_after(ix, quoted[1] + 1):
        return None
    p, close = quoted
    head = norm(text[p + 1 : close].split()[0])
    lex = ix.lexicon
    if head in lex.document_nouns | lex.rule_nouns | lex.not_speakers | lex.figures_nouns:
        return None  # "وبحسب «الخطة الموضوعة»، فإن": a plan, nobody's account
    return _quoted_outlet(text, p, close, p + 1, close)


def _quoted_outlet(text: str, p: int, close: int, start: int, end: int) -> Speaker:
    """An outlet as written: named by the words between the quotes at ``p`` and ``close``, its span ``start``..``end``
    (the quoted name alone, or with the outlet noun and adjectives around it)."""
    return {
        "name": None,
        "name_ar": collapse(text[p + 1 : close]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "outlet": True,
        "type": "ORG",
        "text": text[start:end],
        "start": start,
        "end": end,
        "found_by": "as_written",
    }


def _colon_after(text: str, end: int) -> bool:
    """Whether a colon stands right after ``end`` (spaces between)."""
    rest = text[end : end + 4].lstrip(" \t\u00a0")
    return rest.startswith(":")


def _one_of_them(ix: DocIndex, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """One of a group named by a definite plural (وبحسب أحد الشهود: «…»، وبحسب أحد المعلقين فإن), up to two words
    after أحد and then a colon or an introducer, kept as written: a person (round 12b)."""
    if norm(first[0]) not in ("احد", "إحدى", "احدي"):
        return None
    text = ix.doc.text
    end = first[2]
    for k in range(3):
        w = ix.word_after(end)
        if w is None or w[1] >= bound:
            return None
        if k and (_colon_after(text, end) or ix.intros_in(w[1], w[1] + 1)):
            break
        if not norm(w[0]).startswith("ال") or norm(w[0]) in ix.lexicon.prepositions:
            return None
        end = w[2]
    else:
        if not _colon_after(text, end):
            return None
    return {
        "name": None,
        "name_ar": collapse(text[first[1] : end]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": True,
        "type": "PER",
        "text": text[first[1] : end],
        "start": first[1],
        "end": end,
        "found_by": "as_written",
    }


def _outlet_as_written(ix: DocIndex, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """An outlet noun after بحسب / وفقا لـ and its name in quotes, one to four words, that the search for a source
    after the marker left ("ووفقا لموقع “دايلي دوت” فإن"، "بحسب صحيفة «الأنباء» الكويتية"): the outlet as written
    (round 12b)."""
    text = ix.doc.text
    word = norm(first[0])
    lam = word[:1] == "ل" and word[1:] in ix.lexicon.outlet_nouns
    if not (lam or word in ix.lexicon.outlet_nouns):
        return None
    quoted = quoted_name(text, first[2], bound, 4)
    if quoted is None:
        return None
    p, close = quoted
    s = first[1] + 1 if lam else first[1]
    end = close + 1
    for _ in range(2):  # "لصحيفة «الغارديان» البريطانية"، "لموقع «X» الألماني الشهير": its adjectives
        adj = ix.word_after(end)
        if adj is None or adj[1] >= bound or adj[1] - end > 2 or not norm(adj[0]).startswith("ال"):
            break
        if (
            norm(adj[0]) in ix.lexicon.prepositions
            or ix.intros_in(adj[1], adj[1] + 1)
            or ix.candidate_at(adj[1]) is not None
        ):
            break
        end = adj[2]
    return _quoted_outlet(text, p, close, s, end)


def _fused_anaphor_source(
    ix: DocIndex, st: _State, mk: _Mark, s0: int, s1: int
) -> tuple[Speaker, Content, str | None] | None:
    """وفقا / طبقا + a definite noun with its لـ fused (للمصدر، للمصادر، للبيان، للمرصد) that names a speaker of
    the text again (round 38, cl63; check36's "ووفقًا للبيان تم حل هيئة الأركان", fresh "ووفقا للمصدر فقد اقتادت
    الميليشيات …"): no entity covers the fused word, so the readings above found no source. The noun refers back as
    :func:`anaphor` reads المصدر / البيان; its span is the noun without لل (how check36 codes للبيان). Leading its
    sentence, the content is the clause after (past فإن / فقد); closing it ("…، وفقا للمصدر نفسه."), the clause
    before. None when no earlier speaker has that noun (a channel noun: the last speaker) or a verb of saying stands
    in the clause after (that verb's claim)."""
    m = mk.match
    text = ix.doc.text
    first = ix.word_after(m.end)
    if first is None or first[1] >= s1 or not _after_lam_preposition(ix, first):
        return None
    head = norm(first[0])
    if head[:2] != "لل" or len(head) < 5:
        return None
    stem = head[2:]
    lex = ix.lexicon
    if "ال" + stem in lex.rule_nouns | lex.document_nouns | lex.not_speakers | lex.figures_nouns:
        return None  # "وفقا للقانون"، "وفقا للخطة": no one's account
    prior = st.speakers()
    found = next(
        (sp for sp in reversed(prior) if any(stem in norm(str(sp.get(k) or "")) for k in ("text", "name_ar"))), None
    )
    if found is None and not (prior and _channel_at(ix, first[1])):
        return None
    end = first[2]
    w = ix.word_after(end)
    while w is not None and w[1] < s1 and norm(w[0]) in _SAME_AFTER:
        end, w = w[2], ix.word_after(w[2])  # "وفقا للمصدر نفسه"
    if found is None:  # "ووفقا للبيان": the statement named before speaks, kept as written (check36)
        speaker = _generic(ix, first[1] + 2, end)
        speaker.update(role=None, generic=False, anonymous=False)
    else:
        speaker = dict(found)
        if "start" in found and "antecedent" not in found:
            speaker["antecedent"] = {"text": found["text"], "start": found["start"], "end": found["end"]}
        speaker.update(text=text[first[1] + 2 : end], start=first[1] + 2, end=end, found_by="anaphor")
    leading = not text[s0 : m.prefix_start].strip(" \t\u00a0\n")
    if not text[end:s1].strip(_NO_CLAUSE):  # "…، وفقا للمصدر نفسه.": the clause before
        if leading:
            return None
        before = st.clauses.before(st.contents, s0, s0, mk.clause_start)
        return (speaker, before, None) if before is not None else None
    if not leading:
        return None  # an attribution inside its clause: left as it was
    ahead, k = w, 0
    while ahead is not None and ahead[1] < s1 and k < 4:  # "وطبقا للموقع الشهير، بلغت"، "ووفقا للأهالي بالقرية فإنه"
        if ahead[0] in ("،", ",", ":") or norm(ahead[0]) in _SOURCE_THEN or norm(ahead[0]) == "فقد":
            w = ix.word_after(ahead[2])  # the clause opens after the source's last words
            break
        ahead, k = ix.word_after(ahead[2]), k + 1
    while w is not None and w[1] < s1 and (w[0] in ("،", ",") or norm(w[0]) in _SOURCE_THEN or norm(w[0]) == "فقد"):
        w = ix.word_after(w[2])
    if w is None or w[1] >= s1:
        return None
    s, e = trim(text, w[1], st.clauses.clause_end(w[1], s1))
    if s >= e or any(s <= p < e for p in st.marker_starts):
        return None
    return speaker, (s, e, False), None


#: "the same" after a fused source (وفقا للمصدر نفسه، طبقا للمصادر ذاتها), normalized
_SAME_AFTER = frozenset(norm(w) for w in ("نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"))


def _source_tail_closes(ix: DocIndex, st: _State, m: Match[Cue], end: int, s0: int, s1: int) -> bool:
    """Whether the words left after a trailing بحسب / حسب / وفق's source, up to the next comma or the sentence's end,
    are still the source's phrase — an adjective or a body the source reader left ("…، بحسب مصادر قبلية."، "…، حسب
    مصدر ميداني في المقاومة، مشيرا إلى"، "…، بحسب مراسل لوكالة الصحافة الفرنسية، وكان الوزير …"; round 38, cl63: a
    fresh audit of long conflict articles, where they became the content) — so the claim is the clause before. Only
    for an attribution with no و / ف on it and words before it, at most :data:`_TAIL_WORDS` words and no
    introducer, verb of saying or quotation left, and no فإن after the comma; with no comma before the attribution,
    only when the words left close the sentence."""
    text = ix.doc.text
    if "و" in m.prefix or "ف" in m.prefix:
        return False
    before = text[s0 : m.prefix_start].rstrip(" \t\u00a0")
    if not before:
        return False
    comma = before[-1] in "،,"  # (with none, the leftover words must close the sentence: "… بحسب مصدر في المقاومة .")
    w = ix.word_after(end)
    while w is not None and w[1] < s1 and norm(w[0]) in _SAME_AFTER:
        end, w = w[2], ix.word_after(w[2])  # "…، حسب المصادر نفسها، من «…»": no words of the source left
    stop = next((k for k in range(end, s1) if text[k] in _TAIL_STOPS and not _inside_number(text, k)), s1)
    if ix.words_between(end, stop) > _TAIL_WORDS or ix.intros_in(end, stop):
        return False
    if any(end <= p < stop for p in st.marker_starts):
        return False
    if not comma and stop < s1 and text[stop] != ".":
        return False
    if stop < s1 and text[stop] in "،,":
        w = ix.word_after(stop + 1)
        if w is None or norm(w[0]) in _SOURCE_THEN or ix.intros_in(w[1], w[2]):
            return False  # "…، بحسب المصدر، فإن …": the source leads the clause after
        if not (
            _new_clause(ix, w)
            or norm(w[0]) in ix.lexicon.relatives
            or w[1] in st.marker_starts
            or _PARTICIPLE_OPENER.fullmatch(norm(w[0]))
            or _apposition_to_end(ix, st, w[1], s1)
        ):
            return False  # "ومن هنا، وفق تود، يمكن فهم …": an aside inside its clause, which goes on after it
    return stop >= s1 or text[stop] in "،,."


def _inside_number(text: str, k: int) -> bool:
    """Whether the point or comma at ``k`` stands between two digits ("1.1 مليون"، "3,500")."""
    return 0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit()


#: the most words a trailing source's phrase may leave before its comma or full stop (:func:`_source_tail_closes`)
_TAIL_WORDS = 6
#: what ends a trailing source's leftover words
_TAIL_STOPS = frozenset('،,.:;؛!?؟\n«“"')  # (not a bracket: "…، بحسب بيان لوزارة الدفاع (البنتاغون).")


def _new_clause(ix: DocIndex, w: tuple[str, int, int]) -> bool:
    """Whether the word after an attribution's closing comma opens a clause of its own (و + a word, حيث، فيما،
    بينما، كما، لكن، إلا أن): the attribution closed the clause before it ("فالإنسان لا يوجد، حسب سارتر، إلا إذا
    …" goes on)."""
    n = norm(w[0])
    if n == "الا":
        nxt = ix.word_after(w[2])
        return nxt is not None and norm(nxt[0]) in ("ان", "انه", "انها")
    return (n[:1] == "و" and len(n) >= 3) or n in _CLAUSE_OPENERS


def _apposition_to_end(ix: DocIndex, st: _State, start: int, s1: int) -> bool:
    """Whether the words from ``start`` to the sentence's end are a short description of the source before them
    ("…، بحسب مختبرات «سايبر ماتريكس»، أكبر هيئة بحثية بأوروبا."، "…، حسب فلان، النائب الأول لرئيس مجلس إدارة
    شركة «بيغ فريم»."): at most :data:`_APPOSITION_WORDS` words, no comma, colon, introducer or verb of saying."""
    text = ix.doc.text
    first = ix.word_after(start)
    if first is None or norm(first[0]) in ix.lexicon.prepositions | _PARTICLES or first[0][:1].isdigit():
        return False  # "…، حسب المصادر نفسها، من قطع طريق …"، "…، حسب سارتر، إلا إذا …": the clause goes on
    if any(ch in text[start:s1] for ch in _APPOSITION_STOPS):
        return False
    if ix.words_between(start, s1) > _APPOSITION_WORDS or ix.intros_in(start, s1):
        return False
    return not any(start <= p < s1 for p in st.marker_starts)


#: the most words of a source's description closing its sentence (:func:`_apposition_to_end`)
_APPOSITION_WORDS = 12
#: particles that go on with the clause after an aside, never open a description of the source, normalized
_PARTICLES = frozenset(norm(w) for w in ("إلا", "إذا", "إن", "أن", "لا", "لم", "لن", "قد", "ما", "ثم", "أو", "أي"))
#: what no such description holds
_APPOSITION_STOPS = frozenset("،,:")


#: words that open a new clause after an attribution's comma (:func:`_new_clause`), normalized
_CLAUSE_OPENERS = frozenset(norm(w) for w in ("حيث", "فيما", "بينما", "كما", "لكن", "لكنه", "ثم", "إذ"))


def _one_of_them_closing(ix: DocIndex, first: tuple[str, int, int], bound: int) -> Speaker | None:
    """One of a group named by a definite plural closing its sentence after a trailing بحسب / حسب / وفقا لـ (round
    38, cl63; fresh "…، وفقا لأحد المغردين."، "…، بحسب أحد الناشطين."): :func:`_one_of_them` reads it only before
    a colon or an introducer. أحد / إحدى (a fused لـ after وفقا / طبقا read off), one or two definite words, then
    the sentence's end; kept as written, an unnamed person."""
    head = norm(first[0])
    fused = head[:1] == "ل" and _after_lam_preposition(ix, first)
    if (head[1:] if fused else head) not in _ONE_OF:
        return None
    text = ix.doc.text
    end = first[2]
    for _ in range(2):
        w = ix.word_after(end)
        if w is None or w[1] >= bound or not norm(w[0]).startswith("ال") or norm(w[0]) in ix.lexicon.prepositions:
            break
        end = w[2]
    s1 = ix.sentence_bounds(first[1])[1]
    if end == first[2] or text[end:s1].strip(_NO_CLAUSE):
        return None
    start = first[1] + 1 if fused else first[1]
    return {
        "name": None,
        "name_ar": collapse(text[start:end]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": True,
        "type": "PER",
        "text": text[start:end],
        "start": start,
        "end": end,
        "found_by": "as_written",
    }


#: "one of" before a group (أحد الشهود، إحدى الناشطات), normalized
_ONE_OF = frozenset(("احد", "احدي", "إحدى"))
