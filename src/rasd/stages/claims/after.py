"""Step 3b, first reading: the speaker after a marker (قال الوزير، أعلنت روسيا) and the readers it calls."""

from __future__ import annotations

from bisect import bisect_left

from rasd.claims.agreement import body_head
from rasd.claims.context import Candidate, DocIndex
from rasd.claims.spans import collapse, is_opening_quote, quote_close, quoted_name
from rasd.claims.speakers import (
    Speaker,
    anaphor,
    as_written,
    name_after_title,
    name_of,
    nested_source,
    phrase,
    punct_between,
    resolve_title,
    role_reader,
    search_after,
    speaker_of,
    title_object,
    title_speaker,
    written_speaker,
)
from rasd.ner.lexicon import load_lexicon
from rasd.resources.cues import CueFile
from rasd.stages.claims.common import _channel_at, _from_candidate, _generic, _State, _told_at
from rasd.stages.claims.cues import (
    _ABOUT_PRONOUNS,
    _ADDRESSEE_VERBS,
    _ADDRESSING_WORDS,
    _BODY_ADJECTIVE_WORDS,
    _BODY_SEAT_NOUNS,
    _CHANNEL_ISSUED,
    _CHANNEL_ISSUING,
    _CHANNEL_MEDIA,
    _CHANNEL_PREPS,
    _CHANNEL_TAIL,
    _CLAUSE_PUNCT,
    _DEMAND_LEAD_WORDS,
    _DEMONSTRATIVE_SUBJECTS,
    _FAMILY_NAME_ON_VERBS,
    _GROUP_NOUNS,
    _NOT_FAMILY_NAMES,
    _ON_LEADS,
    _ON_OBJECT_VERBS,
    _OWN_WORDS,
    _RELAY_SKIP_WORDS,
    _RESUMPTIVE_PRONOUNS,
    _SUBJECT_WORDS,
    _TONGUE_SOURCE_WORDS,
    _TONGUE_WORDS,
)
from rasd.stages.claims.marks import _shown_subject_end
from rasd.text.clitics import drop_conjunction, in_words
from rasd.text.normalize import normalize_word as norm

#: Round 14's speaker word lists (helper cl8), ``resources/ar/claim_speaker_cues.yaml``.
_SPEAKER_CUES = CueFile("ar/claim_speaker_cues.yaml")
#: the word lists the readers below ask for, read once at import (round 42, sp18: each reader called the
#: cue file's memoized reader again, ~25,000 calls per 1,000 articles)
_B_OBJECT_VERBS = _SPEAKER_CUES.normalized_words("b_object_verbs")
_HOLDER_CHAIN_STOPS = _SPEAKER_CUES.normalized_words("holder_chain_stops")
_HOLDER_CHAIN_WORDS = _SPEAKER_CUES.normalized_words("holder_chain_words")
_HOLDER_PLACE_HEADS = _SPEAKER_CUES.normalized_words("holder_place_heads")
_HOLDER_RANKS = _SPEAKER_CUES.normalized_words("holder_ranks")
_OUTLET_PLURALS = _SPEAKER_CUES.normalized_words("outlet_plurals")
_TOLD_PEOPLE = _SPEAKER_CUES.normalized_words("told_people")


def _speaker_after(
    ix: DocIndex, st: _State, start: int, end: int, *, has_intro: bool
) -> tuple[Speaker | None, int, str | None]:
    """The speaker after a marker ending at ``start``: ``(speaker, end of the speaker phrase, passed on by)``.

    Without an introducer the subject must stand in the words right after the marker, before a preposition,
    a comma or a temporal expression ends them (كشف المتحدث العسكري العميد محمد سمير، عن …)."""
    window = end  # a speaker kept as written must reach the word that ends it (عن، إلى، بـ): past that zone
    pronoun = ix.word_after(start)
    marker_word = ix.word_before(start)
    shown = _shown_subject_end(ix, marker_word, end)
    if shown is not None:  # "وأظهرت بيانات رسمية صدرت أمس ارتفاع …": the document, then what it shows (round 43)
        owner = next((c for c in ix.candidates_in(shown[0], shown[1]) if c.end <= shown[1]), None)
        if owner is not None and owner.start > shown[0] and owner.end == shown[1]:
            return _from_candidate(ix, st, owner), shown[1], None  # "بيانات معهد البترول": the body that owns it
        written = as_written(ix, shown[0], shown[1])
        if written is None or int(written["end"]) != shown[1]:
            written = _generic(ix, shown[0], shown[1])
            written.update(anonymous=False, generic=False, role=None)
        return written, shown[1], None
    relative = ix.word_before(marker_word[1]) if marker_word is not None else None
    if (
        pronoun is not None
        and norm(pronoun[0]) in _RESUMPTIVE_PRONOUNS
        and relative is not None
        and norm(relative[0]) in ix.lexicon.relatives
    ):
        start = pronoun[2]  # "الوقت الذي أعلنت فيه الوزارة": the subject after the pronoun
    elif has_intro and pronoun is not None and norm(pronoun[0]) in _ABOUT_PRONOUNS:
        start = pronoun[2]  # "وقال عنها الناقد فلان: «…»": what he talks about, then the subject (round 32, cl47)
    while (w := ix.word_after(start)) is not None and w[1] < end and ix.in_timex(w[1]):
        start = w[2]  # "كما ذكرت الجمعة مصادر رسمية": the date, then the speaker
    if not has_intro and (w := ix.word_after(start)) is not None and norm(w[0]).startswith("ل"):
        told = _told_at(ix, start, end)  # "كشفت لـ«الوطن» مصادر مطلعة …، عن": the outlet told, then the subject
        if told is not None and told[1] < end:
            start = told[1]
    rel = _relative_in(ix, start, end)
    if rel is not None:  # "وصرح عريقات الذي يقوم بأعمال أمين سر المنظمة": the subject ends before الذي
        end = window = rel
    quoted = _quoted_name(ix, start, window)
    if quoted is not None and not ix.candidates_in(quoted[0], quoted[1]):
        written = as_written(ix, quoted[0], quoted[1])  # "وذكرت «شينخوا» أن": the name in quotes
        if written is not None:
            verb = ix.word_before(start)
            source = (
                nested_source(ix, quoted[1] + 1, end)
                if verb is not None and drop_conjunction(norm(verb[0]), min_rest=2).startswith(("نقل", "ينقل", "تنقل"))
                else None
            )
            if isinstance(source, Candidate):  # "ونقلت «شينخوا» عن مسؤولين قولهم إن": the source speaks (round 12)
                return _from_candidate(ix, st, source), source.end, str(written.get("name_ar") or written["text"])
            return written, quoted[1] + 1, None
    if quoted is None and not has_intro and (quoted_name := _quoted_body(ix, start, window)) is not None:
        # "وأفاد «المرصد السوري» أمس بمقتل …"، "بدوره أكد «المرصد» تحقيق …": a body's name in quotes right after
        # the verb, then its object (round 37, cl60)
        return _from_candidate(ix, st, quoted_name[0]), quoted_name[1], None
    first = ix.word_after(start)
    if first is not None and norm(first[0])[:1] == "ل" and norm(first[0])[1:] in ix.lexicon.outlet_nouns:
        return None, start, None  # "وقالت لمحطة «…» المحلية": the medium; the speaker is the subject before
    if not has_intro and first is not None and _plain_object_first(ix, first):
        return None, start, None  # "وأكد ضرورة محاسبة المسؤولين": the object; no name inside it speaks
    if not has_intro and b_object_first(ix, marker_word, first):
        return None, start, None  # "وتعهدت بشن هجمات"، "وطالب بمحاسبة المسؤولين": the object; the pronoun speaks
    if first is not None and norm(first[0]) in _ADDRESSING_WORDS:
        return None, start, None  # "وأضاف مخاطبا رئيس الوزراء «…»": the one addressed; the verb's pronoun speaks
    group = _group_quoted(ix, first, window)
    if group is not None:  # "وأعلنت جماعة "المرابطون" المتطرفة مسؤوليتها": the group named in quotes (round 11)
        return group, int(group["end"]), None
    if (
        first is not None
        and first[1] < window
        and (w0 := norm(first[0])).startswith("ال")
        and w0.endswith("ين")
        and len(w0) > 5
        and not ix.candidates_in(first[1], first[2] + 1)
        and not role_reader().may_start(w0)  # "قال الأمين العام": a title, not a plural (round 9b)
    ):
        return None, start, None  # "ودعت المتقدمين إلى مراجعة …": a plural in the accusative is the object
    plural = _plural_subject(ix, first, window)
    if plural is None and not has_intro:
        plural = _plural_before_object(ix, first, window)  # "وطالب المواطنون البلدية بسرعة …" (round 21)
    if (
        plural is not None and first is not None
    ):  # "وطالب المواطنون اليمنيون رئيس الحكومة فلان بـ…": the plural right after the verb
        sp = _generic(ix, first[1], plural)  # (nominative: the subject), not the person named in the object
        sp.update(role=None, generic=False)
        return sp, plural, None
    holders = _holders_before_object(ix, first, window) if not has_intro else None
    if holders is not None and first is not None:  # "ونفى مسؤولو الجمارك والشرطة وجود …" (round 25, cl36)
        return written_speaker(ix, first[1], holders), holders, None
    unnamed = _indefinite_subject(ix, first, window)
    if unnamed is not None and first is not None:  # "اتهم آخرون صالح بأنه"، "اتهم نائب فرنسي معارض فلان بالإخفاق"
        sp = _generic(ix, first[1], unnamed)  # the indefinite phrase is the subject, the name the object (round 18b)
        sp.update(role=None, generic=False)
        return sp, unnamed, None
    if has_intro and first is not None and norm(first[0]) in _DEMONSTRATIVE_SUBJECTS:
        nxt = ix.word_after(first[2])  # "وأكد هذا الناطق باسم القوات أن"، "وتؤكد هذه الدول الثلاث أن"
        if nxt is not None and nxt[1] < window and norm(nxt[0]).startswith("ال"):
            start = first[2]
            first = nxt
    if first is not None and first[1] < window and _channel_at(ix, first[1]):
        issuer = ix.word_after(first[2])  # "وأوضح بيان صادر عن مكتب العلاقات العامة أن": the body after عن
        by = ix.word_after(issuer[2]) if issuer is not None else None
        if (
            issuer is not None
            and by is not None
            and by[2] < window
            and norm(issuer[0]) in ix.lexicon.introducers
            and norm(by[0]) == "عن"
        ):
            start = by[2]
            first = ix.word_after(start)
    named = first is not None and any(c.start == first[1] for c in ix.candidates_in(first[1], first[2]))
    if first is not None and first[1] < window and _channel_at(ix, first[1]) and not named:
        # (not when a name starts at the channel noun: "وذكر تلفزيون الصين المركزي" is the broadcaster)
        nxt = ix.word_after(first[2])
        head = drop_conjunction(norm(first[0]), min_rest=2)
        if (
            not head.startswith("ال")
            and nxt is not None
            and nxt[1] < window
            and not ix.in_timex(nxt[1])
            and (
                ix.candidate_at(nxt[1]) is not None
                or norm(nxt[0]).startswith("ال")
                or norm(nxt[0]) in ix.lexicon.body_nouns  # "وجاء في بيان لجنة التحقيقات إن" (round 17)
            )
            and norm(nxt[0]) not in ix.lexicon.prepositions
        ):
            start = first[2]  # "وأشار بيان المنظمة"، "وذكر تقرير المرصد": the author after the channel noun
        elif (
            not head.startswith("ال")
            and nxt is not None
            and nxt[1] < window
            and norm(nxt[0])[:1] == "ل"
            and len(norm(nxt[0])) > 3
            and (
                norm(nxt[0])[1:] in ix.lexicon.body_nouns
                or (norm(nxt[0])[:2] == "لل" and "ال" + norm(nxt[0])[2:] in ix.lexicon.body_nouns)
            )
        ):  # "ذكر بيان لقيادة العمليات المشتركة"، "وذكر بيان للبعثة الأممية": the body after لـ
            body = phrase(ix, nxt[1], window, max_words=5, clip=True)
            if body is not None:
                sp = _generic(ix, nxt[1] + 1, body[1])
                sp.update(anonymous=False, generic=False, role=None)
                return sp, body[1], None
        else:
            tail = first  # "ويفيد تقرير أمني غربي بأن": the modifiers of the unnamed report
            while nxt is not None and nxt[1] < window and norm(nxt[0]) in ix.lexicon.modifiers:
                tail, nxt = nxt, ix.word_after(nxt[2])
            if (
                not head.startswith("ال")
                and head not in ix.lexicon.not_speakers
                and (
                    nxt is None
                    or nxt[1] >= window
                    or ix.in_timex(nxt[1])
                    or nxt[1] in ix.stops
                    or nxt[0] in _CLAUSE_PUNCT
                    or norm(nxt[0]) in ("الي", "عن", "من")
                )
            ):  # "قال تقرير أمس إن"، "أشارت تقارير إلى أنه": a report nobody is named for
                return _generic(ix, first[1], tail[2]), tail[2], None
    cut: int | None = None
    state = _state_object(ix, start, window) if not has_intro else None
    if state is not None:  # "أعلنت مديرية الشؤون الصحية في منطقة عسير حالة الطوارئ": the subject, then the state
        declared = _state_subject(ix, st, start, state)
        if declared is not None:
            return declared, state, None
    if not has_intro:
        cut = _object_opening(ix, start, end)
        if cut is not None:  # "وأعلن وزير الاقتصاد ارتفاع الإيرادات": the subject ends where the object opens
            end = cut
        zone = phrase(ix, start, end, max_words=_SUBJECT_WORDS, clip=True)
        title = title_speaker(ix, start, end)  # "نفى المتحدث باسم التحالف العقيد تركي المالكي استهداف …"
        end = max(zone[1] if zone is not None else start, int(title[0]["end"]) if title is not None else start)
        lead = ix.candidate_at(first[1]) if first is not None else None
        if (
            first is not None
            and lead is not None
            and lead.type == "PER"
            and lead.start == first[1]
            and lead.end <= window
        ):
            end = max(end, lead.end)  # "وأعلن علي الشمري القبض على …": the name Ali, not the preposition على
        anon = ix.candidate_at(first[1]) if first is not None else None
        if anon is not None and anon.type == "ANON":  # "وتحدثت تقارير أخرى عن …": a channel noun, unnamed
            end = max(end, anon.end)
        q = start + len(ix.doc.text[start:window]) - len(ix.doc.text[start:window].lstrip(" \t\u00a0"))
        if end <= q < window and is_opening_quote(ix.doc.text, q):
            close, closed = quote_close(ix.doc.text, q)
            if (
                closed
                and close < window
                and 1 <= len(ix.doc.text[q + 1 : close].split()) <= 5
                and _relative_in_commas(ix, close + 1)
            ):
                end = close + 1  # "اتهمت «وحدات الحماية» الكردية، التي …، تركيا": a quoted name (round 12b)
    cand, passing = search_after(ix, start, end)
    speaker: Speaker | None = None
    phrase_end = start
    if cand is None or cand.type in ("ORG", "GPE"):
        title = title_speaker(ix, start, end)
        short = title_speaker(ix, start, cand.start) if cand is not None else None
        if short is not None and cand is not None and _body_of_title(ix, int(short[0]["end"]), cand):
            title = short
            # "وقال المتحدث الرسمي بوزارة الصحة إن": the body fused to بـ / لـ is the title's, who speaks
            sp = dict(title[0])
            sp.update(
                text=ix.doc.text[int(sp["start"]) : cand.end], end=cand.end, org=sp.get("org") or name_of(ix, cand)
            )
            title = (sp, title[1], title[2])
        if title is not None and (
            cand is None or cand.start < int(title[0]["end"]) or _title_before_object(ix, start, title[0], cand)
        ):
            sp, office, org = title
            body_end = _title_body_tail(ix, int(sp["end"]), window) if not has_intro else None
            if body_end is not None:
                sp = dict(sp)  # "وشدد الأمين العام للمنظمة على …": the body after لـ is the title's (round 14b)
                sp.update(text=ix.doc.text[int(sp["start"]) : body_end], end=body_end)
            phrase_end = int(sp["end"])
            person = next(
                (
                    c
                    for c in ix.candidates_in(int(sp["start"]), phrase_end)
                    if c.type == "PER" and not title_object(ix, start, c)
                ),
                None,
            )
            if person is not None:  # "رئيس الحكومة العراقي حيدر العبادي" beyond the reach
                speaker = speaker_of(ix, person, "mention")
                if not speaker["role"] or speaker["role"] in sp["role"]:
                    speaker["role"] = sp["role"]  # "spokesman, colonel" over the entity's "colonel"
                speaker["org"] = speaker["org"] or sp["org"]
            elif has_intro and (after_body := _holder_after_title(ix, phrase_end, window)) is not None:
                # "وقال المتحدث الرسمي باسم مركز … للإغاثة فلان الفلاني إن": the title's holder named after its
                # body, past the reach of the title reader (round 15)
                h0, h1, person = after_body
                if person is not None:
                    speaker = speaker_of(ix, person, "mention")
                else:
                    written_name = collapse(ix.doc.text[h0:h1])
                    speaker = {"name": None, "name_ar": written_name, "role": None, "org": None, "entity": None}
                    speaker.update(anonymous=False, type="PER", text=ix.doc.text[h0:h1], start=h0, end=h1)
                    speaker["found_by"] = "title"
                speaker["role"] = speaker["role"] or sp["role"]
                speaker["org"] = speaker["org"] or sp["org"]
                phrase_end = h1
            elif not has_intro and (before_object := _holder_before_object(ix, phrase_end, window)) is not None:
                # "وطالب عضو لجنة الأمن والدفاع في البرلمان العراقي النائب فلان الفلاني القوات الأمنية بـ…": the
                # holder named after the title's body, then the plain object (round 18, long articles)
                h0, h1 = before_object
                written_name = collapse(ix.doc.text[h0:h1])
                speaker = {"name": None, "name_ar": written_name, "role": sp["role"], "org": sp["org"], "entity": None}
                speaker.update(anonymous=False, type="PER", text=ix.doc.text[h0:h1], start=h0, end=h1)
                speaker["found_by"] = "title"
                phrase_end = h1
            else:
                found = resolve_title(ix, office, org, start, st.speakers())
                if found is not None:
                    speaker = dict(found)
                    speaker.update(text=sp["text"], start=sp["start"], end=sp["end"], found_by="title")
                else:
                    speaker = sp
            cand = None
    if speaker is None and cand is not None:
        written = _body_before_actor(ix, start, cand)
        if written is not None:  # "واتهمت الحكومة العراقية تنظيم داعش بـ…": the body speaks, the actor is the object
            speaker, phrase_end, cand = written, int(written["end"]), None
    if speaker is None and cand is not None and not has_intro and cand.type == "ORG" and first is not None:
        whole = _body_before_lead(ix, start, window) if cand.start == first[1] else None
        if whole is not None and int(whole["end"]) > cand.end:  # "وأعلنت المؤسسة العامة للتدريب التقني عن …":
            speaker, phrase_end, cand = whole, int(whole["end"]), None  # the tagger's name cut (round 41, cl74)
    if speaker is None and cand is not None:
        speaker = _from_candidate(ix, st, cand)
        phrase_end = cand.end
        holder = name_after_title(ix, cand.start, cand.end, end) if cand.type == "ANON" else None
        if holder is not None and not punct_between(ix, cand.end, holder) and _named(ix, cand.end, holder):
            # "وقال الضابط المسؤول في شرطة المدينة فلان الفلاني"، "القيادي في الجبهة بالشمال فلان": the unnamed
            # noun is the title of the person named after its body (round 10)
            name = ix.doc.text[cand.end : holder].split()
            speaker = dict(speaker)
            speaker.update(
                text=ix.doc.text[cand.start : holder],
                end=holder,
                anonymous=False,
                name_ar=" ".join(name[-3:]),
                type="PER",
            )
            phrase_end = holder
        elif (
            not has_intro
            and cand.type == "ANON"
            and (before_object := _holder_before_object(ix, cand.end, window)) is not None
        ):  # "وأكد المسؤول الإعلامي للجناح العسكري لحزب … فلان الفلاني قصف …": the holder, then the object (round 18)
            h0, h1 = before_object
            speaker = dict(speaker)
            speaker.update(text=ix.doc.text[cand.start : h1], end=h1, anonymous=False, type="PER")
            speaker["name_ar"] = collapse(ix.doc.text[h0:h1])  # (the whole phrase as round 10's holder after a body)
            phrase_end = h1
        if not has_intro and cand.type == "PER" and phrase_end == cand.end:
            app = _apposition_title(ix, cand.end, cut, window)
            if app is not None:  # "وتوقع فلان وزير النفط الكويتي ارتفاع …": the title in apposition (round 14b)
                phrase_end = int(app["end"])
                speaker = dict(speaker)
                speaker["role"] = speaker.get("role") or app.get("role")
                speaker["org"] = speaker.get("org") or app.get("org")
        if (
            not has_intro
            and cut is not None
            and phrase_end < cut
            and len(ix.doc.text[phrase_end:cut].split()) <= 6
            and not any(ch in ix.doc.text[phrase_end:cut] for ch in '،,:؛;«»"“”()')
            and not any(c.type == "PER" for c in ix.candidates_in(phrase_end, cut))
            and _modifier_opens(ix, phrase_end)
        ):  # "وأعلن الجيش اليمني الموالي للحكومة الشرعية سيطرته …": the subject's modifiers, then the object
            phrase_end = cut
        if cand.type == "PER":  # "المتحدث باسم التحالف العقيد تركي المالكي": the title before the name
            title = title_speaker(ix, start, cand.start)
            if title is not None:
                parts = [*str(title[0]["role"]).split(", "), *str(speaker.get("role") or "").split(", ")]
                speaker["role"] = ", ".join(dict.fromkeys(p for p in parts if p))  # "spokesman, colonel"
                speaker["org"] = speaker.get("org") or title[0]["org"]
    first = ix.word_after(start)
    if (
        speaker is None
        and first is not None
        and first[1] < window
        and first[1] in ix.stops
        and drop_conjunction(norm(first[0]), min_rest=2)
        not in ix.lexicon.not_speakers  # "واختتم تصريحاته بالقول": his words
    ):
        speaker = anaphor(ix, st.speakers(), first[1], first[2])  # "وأضاف البيان أن": the statement's author
        if speaker is None and _channel_at(ix, first[1]) and not st.speakers():
            speaker = _generic(ix, first[1], first[2])  # "وقال التقرير إن" with nobody named before: a report
        phrase_end = first[2] if speaker is not None else start
    if speaker is None and first is not None and first[1] < window and norm(first[0]) in ix.lexicon.honorific_pronouns:
        speaker = _honorific(ix, st, first)  # "وأكد سموه وقوف …"، "وبين معاليه أن": the office-holder named before
        phrase_end = first[2]
    if speaker is None:
        speaker = as_written(ix, _past_outlet(ix, start, end), window, before_object=not has_intro)
        if speaker is None:
            speaker = _repeated_family_name(ix, start, window)  # "وقال بالمر إنه": a family name the tagger missed
        if speaker is None and not has_intro:
            speaker = _subject_before_on(ix, start, window)  # "وشدد أبو ثنين على مواصلة …" (round 21)
        if speaker is None and not has_intro:
            speaker = _family_name_before_on(ix, start, window)  # "وشدد المطيري على ضرورة …" (round 34, cl54)
        if speaker is None and not has_intro:
            speaker = _body_before_lead(ix, start, window)  # "وحثت اللجنة على توسيع …" (round 29, cl44)
        if speaker is None and not has_intro:
            speaker = body_in_place(ix, start, window)  # "وأعلنت اللجنة في البرلمان العراقي تأييدها" (round 33)
        if speaker is None and not has_intro:
            speaker = _head_before_object(ix, start, window, cut)  # "وأعلنت الحركة تعيين …" (round 37, cl61)
        if speaker is not None and cut is not None and int(speaker["end"]) > cut:
            # "ودعت الوزارة المواطنين إلى …"، "وأعلنت الشركة ارتفاع أرباحها بنسبة …": the body before the object
            speaker = _body_before_object(ix, start, cut) or speaker  # (not "الوزارة المواطنين"; round 21, cl25)
        if speaker is None and cut is not None:
            speaker = _body_before_object(ix, start, cut)  # "وأعلنت الشرطة اعتقال …" (round 16)
        if speaker is not None and _told_outlet_written(ix, speaker):
            speaker = None  # "واضاف لشبكات التلفزيون الايطالية": the outlets told, no speaker (round 14)
        if speaker is not None and _b_object_written(ix, start, speaker):
            speaker = None  # "وطالب بتجفيف منابع الغلو": the demand's object, no speaker (round 14)
        if speaker is not None:
            phrase_end = int(speaker["end"])
            back = anaphor(ix, st.speakers(), int(speaker["start"]), phrase_end)
            speaker = back or speaker
    if speaker is None:
        return None, start, None
    speaker, b_object = _told_tail_cut(ix, speaker, ix.word_before(start))
    if b_object is not None:  # "وطالب رئيس البلدية بتسريع …": the object, and the content, open there
        phrase_end = b_object
    via = name_of(ix, passing) if passing is not None else None
    verb = ix.word_before(start)
    passes = verb is not None and drop_conjunction(norm(verb[0]), min_rest=2).startswith(("نقل", "ينقل", "تنقل"))
    words = str(speaker.get("text") or "").split()
    head = norm(words[0]) if words else ""
    nouns = ix.lexicon.outlet_nouns
    agency = head in nouns or (head[:1] == "و" and head[1:] in nouns)  # وكالة الأنباء الرسمية
    agency = agency or head.removeprefix("و").removeprefix("ال") in nouns  # "وقالت الوكالة نقلا عن الشرطة" (round 11)
    last = norm(words[-1]) if words else ""
    issued = last in ix.lexicon.introducers  # "وتفيد أحدث الأرقام الصادرة عن هيئة الإحصاءات"
    passes = passes or agency or issued or bool(speaker.get("outlet")) or bool(speaker.get("generic"))
    source = _relay_source(ix, phrase_end, end) if passes else None
    if source is not None:  # "نقلت وكالة سانا عن مصدر عسكري": the source speaks, the outlet passes it on
        via = speaker.get("name") or speaker.get("name_ar") or speaker.get("text")
        if isinstance(source, Candidate):
            speaker = _from_candidate(ix, st, source)
            phrase_end = source.end
        else:
            written = as_written(ix, source[0], source[1] + 1)
            if written is not None:
                speaker, phrase_end = written, int(written["end"])
    return speaker, phrase_end, via


def _relay_source(ix: DocIndex, after: int, end: int) -> Candidate | tuple[int, int] | None:
    """The source an outlet passes on (round 30, cl45): :func:`nested_source` (عن right after the outlet, past a date
    or a closing quote), else عن past up to :data:`_RELAY_SKIP_WORDS` adjectives in ي / ية, dates and closing quotes
    left out of the outlet's phrase ("ونقل التلفزيون السوري الرسمي عن مصدر عسكري قوله": check27), else على لسان in
    place of عن ("ونقل تلفزيون «…» أمس على لسان شخص كان داخل القاعة قوله: «…»": check28) — the source the
    candidate there or, unnamed, the words up to its قوله (at most :data:`_TONGUE_SOURCE_WORDS`)."""
    source = nested_source(ix, after, end)
    if source is not None:
        return source
    p = after
    for _ in range(_RELAY_SKIP_WORDS):
        w = ix.word_after(p)
        if w is None or w[1] >= end:
            return None
        word = norm(w[0])
        adjective = word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4
        if not (adjective or ix.in_timex(w[1]) or w[0] in ("»", "”", '"')):
            break
        p = w[2]
    if p > after:
        source = nested_source(ix, p, end)
        if source is not None:
            return source
    on = ix.word_after(p)
    tongue = ix.word_after(on[2]) if on is not None else None
    if on is None or tongue is None or norm(on[0]) != norm("على") or norm(tongue[0]) not in _TONGUE_WORDS:
        return None
    first = ix.word_after(tongue[2])
    if first is None or first[1] >= end:
        return None
    cand = ix.candidate_at(first[1]) or next(iter(ix.candidates_in(first[1], first[2])), None)
    if cand is not None:
        return cand
    last = first
    for _ in range(_TONGUE_SOURCE_WORDS):
        nxt = ix.word_after(last[2])
        if nxt is None or nxt[0] in _CLAUSE_PUNCT or nxt[0] in ("«", "“", '"'):
            return None
        if nxt[1] >= end or norm(nxt[0]) in _OWN_WORDS:
            return first[1], last[2] - 1  # "على لسان شخص كان داخل القاعة قوله": the words before قوله
        last = nxt
    return None


def _repeated_family_name(ix: DocIndex, start: int, window: int) -> Speaker | None:
    """The last word of a person named earlier in the text, repeated alone right after the verb (round 42, cl76):
    "وقال بالمر إنه …"، "وأوضح بالخير أن …" — a family name the entity layer left untagged or typed as a place
    (its look of بـ + article, بالمر، بالخير، بالحاج, makes :func:`as_written` read it as the verb's object).
    The word (four letters or more, no punctuation before it, no person tagged on it) must equal the last word of
    a person of two words or more tagged before it; the speaker is that person, spanned on the word. None
    otherwise."""
    w = ix.word_after(start)
    if w is None or w[1] >= window or ix.doc.text[start : w[1]].strip():
        return None
    word = norm(w[0])
    if len(word) < 4 or not word.isalpha() or word in ix.lexicon.not_speakers:
        return None
    if any(c.type == "PER" for c in ix.candidates_in(w[1], w[2])):
        return None
    for c in reversed(ix.candidates[: bisect_left(ix._cand_starts, w[1])]):
        if c.type != "PER" or c.end > w[1]:
            continue
        words = ix.doc.text[c.start : c.end].split()
        if len(words) >= 2 and norm(words[-1]) == word:
            sp = speaker_of(ix, c, "mention")
            sp.update(text=ix.doc.text[w[1] : w[2]], start=w[1], end=w[2])
            return sp
    return None


def _subject_before_on(ix: DocIndex, start: int, window: int) -> Speaker | None:
    """The subject kept as written between an on-object verb and the على that opens its object (round 21, cl25):
    "وشدد أبو ثنين على مواصلة …"، "وشدد بن محيا على أهمية …" — a name the entity layer left untagged. At most
    ``_ON_SUBJECT_WORDS`` words with no punctuation, no article, no preposition and no date; the verb must be one of
    ``on_object_verbs`` (شدد), whose object opens with على; None otherwise."""
    verb = ix.word_before(start)
    if verb is None or drop_conjunction(norm(verb[0]), min_rest=2) not in _ON_OBJECT_VERBS:
        return None
    w = ix.word_after(start)
    prev_end = start
    for n in range(_ON_SUBJECT_WORDS + 1):
        if w is None or w[1] >= window or ix.doc.text[prev_end : w[1]].strip():
            return None  # punctuation, or past the window
        word = norm(w[0])
        if word in _ON_LEADS:
            return as_written(ix, start, w[1]) if n else None
        if (
            word in ix.lexicon.prepositions
            or word.startswith("ال")  # "وشددت السلطات الإجراءات على …": tightened; a name has no article here
            or ix.in_timex(w[1])
            or not any(ch.isalpha() for ch in w[0])
        ):
            return None
        prev_end = w[2]
        w = ix.word_after(w[2])
    return None


def _family_name_before_on(ix: DocIndex, start: int, window: int) -> Speaker | None:
    """A family name alone, with the article and in ي, right after a masculine past verb of
    ``family_name_on_verbs`` (شدد، أكد، حث) and right before the على that opens its object (round 34, cl54):
    "وشدد المطيري على ضرورة …"، "وأكد العمري على جاهزية …" — a name the entity layer left untagged, which
    :func:`_subject_before_on` refuses for its article ("وشددت السلطات الإجراءات على …", tightened). One word of six
    letters or more (ال, three letters, ي; not يه / ية: a feminine adjective; not ``not_family_names``: الثاني),
    no punctuation on either side, no entity, no date; None otherwise."""
    verb = ix.word_before(start)
    if verb is None or drop_conjunction(norm(verb[0]), min_rest=2) not in _FAMILY_NAME_ON_VERBS:
        return None
    w = ix.word_after(start)
    if w is None or w[1] >= window or ix.doc.text[start : w[1]].strip():
        return None
    word = norm(w[0])
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 6 and word.isalpha()):
        return None
    if (
        word in _NOT_FAMILY_NAMES
        or word in ix.lexicon.not_speakers
        or ix.in_timex(w[1])
        or ix.candidates_in(w[1], w[2])
    ):
        return None
    lead = ix.word_after(w[2])
    if lead is None or lead[1] >= window or ix.doc.text[w[2] : lead[1]].strip() or norm(lead[0]) not in _ON_LEADS:
        return None
    return written_speaker(ix, w[1], w[2])


def _body_before_lead(ix: DocIndex, start: int, window: int) -> Speaker | None:
    """A body named by its noun with the article, kept as written, right after a verb of saying that takes an object,
    and right before the word that leads that object (round 29, cl44): "وحثت اللجنة على توسيع نطاق التحقيق"،
    "وطالبت اللجنة بتوسيع …"، "وشددت الهيئة الملكية على أهمية …"، "ودعت الجمعية إلى …" — a body the entity layer
    left untagged, whose phrase as written gave no speaker; the verb agrees with it (a feminine verb in ت with a noun
    in ة or ات: "وطالبت البنك بتطوير …" is the bank called on). The phrase: a body noun (``body_nouns``) with the
    article, then at most :data:`_BODY_ADJECTIVES` adjectives with the article (in ي / ية: "الهيئة الملكية"،
    "اللجنة القانونية"، or of ``body_adjectives``: العامة، العليا; a definite noun there is the verb's object:
    "وشددت السلطات الإجراءات الأمنية على …", tightened), no punctuation, no person; the lead: على، إلى، عن، من or
    بـ + a word of four letters or more (a verbal noun: بتوسيع، بالإفراج). None otherwise."""
    w = ix.word_after(start)
    verb = ix.word_before(start)
    if w is None or w[1] >= window or verb is None:
        return None
    head = norm(w[0])
    if not head.startswith("ال") or head not in ix.lexicon.body_nouns:
        return None
    feminine = head.endswith(("ة", "ه", "ات"))  # (ة read as ه once normalized)
    if feminine != drop_conjunction(norm(verb[0]), min_rest=2).endswith("ت"):
        return None  # "وطالبت البنك بتطوير …": a noun the verb does not agree with is its object
    last = w
    genitive = False  # "المديرية العامة للدفاع المدني": the field the body serves, fused to لـ (round 41, cl74)
    seat = False
    for _ in range(_BODY_ADJECTIVES + 4):
        nxt = ix.word_after(last[2])
        if nxt is None or nxt[1] >= window or ix.doc.text[last[2] : nxt[1]].strip():
            return None  # punctuation or the window's end before the lead
        word = norm(nxt[0])
        if genitive and not seat and word[:1] == "ب" and word[1:].removeprefix("ال") in _BODY_SEAT_NOUNS:
            seat = True  # "المديرية العامة للشؤون الصحية بمنطقة القصيم عن …": its seat, in its name (round 41)
            last = nxt
            place = ix.word_after(nxt[2])
            if place is None or place[1] >= window or ix.doc.text[nxt[2] : place[1]].strip():
                return None
            last = place  # (the region's name: one word, or two with the article: المدينة المنورة)
            more = ix.word_after(place[2])
            if (
                more is not None
                and more[1] < window
                and not ix.doc.text[place[2] : more[1]].strip()
                and norm(more[0]).startswith("ال")
                and norm(place[0]).startswith("ال")
            ):
                last = more
            continue
        if word in _BODY_LEADS or (word[:1] == "ب" and len(word) >= 5 and not word.startswith("بين")):
            if any(c.type == "PER" for c in ix.candidates_in(w[1], last[2])):
                return None
            return written_speaker(ix, w[1], last[2])
        nisba = word.endswith(("ي", "يه", "يين", "يون")) or word in _BODY_ADJECTIVE_WORDS
        if not genitive and word.startswith("لل") and len(word) >= 5 and not ix.in_timex(nxt[1]):
            genitive = True  # "الهيئة العامة للطيران المدني عن …"
            last = nxt
            continue
        if genitive and word.startswith(("ال", "وال")) and not ix.in_timex(nxt[1]):
            last = nxt  # "للطيران المدني"، "للغذاء والدواء": the field's adjective or a second field
            continue
        if not word.startswith("ال") or not nisba or ix.in_timex(nxt[1]):
            return None  # "وشددت السلطات الإجراءات الأمنية على …": a definite object, no adjective (round 21)
        last = nxt
    return None


def body_in_place(ix: DocIndex, start: int, window: int) -> Speaker | None:
    """A body named by its noun with the article and a place phrase in في inside its name, right after a verb read
    with no introducer, and right before the verb's object (round 33, helper cl52): "واتهمت النيابة العامة في
    بوليفيا فلان بارتكابه …"، "وأعلنت اللجنة القانونية في البرلمان العراقي تأييدها …"، "وأعلنت إدارة التعليم في
    محافظة … عن حاجتها" — the body's phrase as written stops at في, and no speaker was read. The head: a body noun
    (``body_nouns``; with the article also ``feminine_heads``: النيابة، المحكمة), a body noun in construct with a
    definite genitive (إدارة التعليم) or a body the entity layer tags (ORG), with at most :data:`_BODY_ADJECTIVES`
    adjectives (as :func:`_body_before_lead`: the verb agrees with a body noun); the place: an entity of a place or
    a body (GPE, LOC, ORG) right after في, a noun with the article and its adjectives in ي / ية (في البرلمان
    العراقي; not ``place_not_heads``: في الوقت نفسه، في المؤتمر) or a noun before a place's name (في مدينة جدة); then,
    past a date, with no punctuation, the object visibly opens: على / إلى / عن, ب fused to a word of four letters
    or more that no entity covers (بمقتل، بارتكاب), a verbal noun or a noun with its pronoun (:func:`_opens_object`:
    تأييدها، ارتفاع), or a person named and then such a ب word (the one accused: "النيابة … في بوليفيا فلان
    بارتكابه"). The speaker is the whole phrase, its place included (the gold files' span); None otherwise."""
    w = ix.word_after(start)
    verb = ix.word_before(start)
    if w is None or w[1] >= window or verb is None:
        return None
    head = norm(w[0])
    lead = ix.candidate_at(w[1])
    org = lead is not None and lead.type == "ORG" and lead.start == w[1]
    construct = not head.startswith("ال") and head in ix.lexicon.body_nouns and not org
    body = head in ix.lexicon.body_nouns or body_head(head)  # (النيابة، المحكمة: feminine_heads with the article)
    if not construct and (not head.startswith("ال") or (not body and not org)):
        return None
    if body and head.endswith(("ة", "ه", "ات")) != drop_conjunction(norm(verb[0]), min_rest=2).endswith("ت"):
        return None  # "وطالبت البنك في …": a noun the verb does not agree with is its object
    last = w
    if construct:  # "أعلنت إدارة التعليم في محافظة …": a body noun, then its genitive with the article
        gen = ix.word_after(w[2])
        if gen is None or gen[1] >= window or ix.doc.text[w[2] : gen[1]].strip() or not norm(gen[0]).startswith("ال"):
            return None
        if ix.in_timex(gen[1]) or ix.candidates_in(gen[1], gen[2]):
            return None
        last = gen
    if org and lead is not None:
        while last[2] < lead.end and (nxt := ix.word_after(last[2])) is not None and nxt[1] < lead.end:
            last = nxt
    for _ in range(_BODY_ADJECTIVES + 1):
        nxt = ix.word_after(last[2])
        if nxt is None or nxt[1] >= window or ix.doc.text[last[2] : nxt[1]].strip():
            return None
        word = norm(nxt[0])
        if word == "في":
            break
        nisba = word.endswith(("ي", "يه", "يين", "يون")) or word in _BODY_ADJECTIVE_WORDS
        if not word.startswith("ال") or not nisba or ix.in_timex(nxt[1]):
            return None
        last = nxt
    else:
        return None
    prep = nxt
    place = _place_after(ix, prep[2], window)
    if place is None:
        return None
    end_word = place
    obj = _past_place_date(ix, place, window)
    if obj is None or not _object_after_place(ix, obj, ix.word_before(obj[1]) or place, window):
        return None
    if any(c.type == "PER" for c in ix.candidates_in(w[1], end_word[2])):
        return None
    return written_speaker(ix, w[1], end_word[2])


def _place_after(ix: DocIndex, at: int, window: int) -> tuple[str, int, int] | None:
    """The last word of the place phrase after في at ``at`` (:func:`body_in_place`): an entity of a place or a body
    starting there, or a noun with the article and at most two adjectives with the article in ي / ية."""
    w = ix.word_after(at)
    if w is None or w[1] >= window or ix.in_timex(w[1]):
        return None
    cand = ix.candidate_at(w[1])
    if cand is not None and cand.start == w[1] and cand.type in ("GPE", "LOC", "ORG") and cand.end <= window:
        last = w
        while (nxt := ix.word_after(last[2])) is not None and nxt[1] < cand.end:
            last = nxt
        return last
    if cand is None and not norm(w[0]).startswith("ال") and not _channel_at(ix, w[1]):
        nxt = ix.word_after(w[2])  # "في مدينة جدة"، "في ولاية تكساس": a noun, then the place it names
        if nxt is None or ix.doc.text[w[2] : nxt[1]].strip():
            return None
        named = ix.candidate_at(nxt[1])
        if named is not None and named.start == nxt[1] and named.type in ("GPE", "LOC") and named.end <= window:
            last = nxt
            while (after := ix.word_after(last[2])) is not None and after[1] < named.end:
                last = after
            return last
        return None
    if cand is not None or not norm(w[0]).startswith("ال") or norm(w[0]) in _PLACE_NOT_HEADS or _channel_at(ix, w[1]):
        return None
    last = w
    for _ in range(2):
        nxt = ix.word_after(last[2])
        if nxt is None or nxt[1] >= window or ix.doc.text[last[2] : nxt[1]].strip():
            break
        word = norm(nxt[0])
        if not (word.startswith("ال") and word.endswith(("ي", "يه"))) or ix.candidates_in(nxt[1], nxt[2]):
            break
        last = nxt
    return last


def _object_after_place(ix: DocIndex, obj: tuple[str, int, int], prev: tuple[str, int, int], window: int) -> bool:
    """Whether ``obj``, right after a body's place phrase ending with ``prev``, opens the verb's object (see
    :func:`body_in_place`)."""
    word = norm(obj[0])
    if word in _PLACE_OBJECT_LEADS:
        return True
    if _b_object_word(ix, obj):
        return True
    cand = ix.candidate_at(obj[1])
    if cand is not None and cand.type == "PER" and cand.start == obj[1]:
        nxt = ix.word_after(cand.end)
        return (
            nxt is not None
            and nxt[1] < window
            and not ix.doc.text[cand.end : nxt[1]].strip()
            and _b_object_word(ix, nxt)
        )
    return _opens_object(ix, obj, prev)


def _b_object_word(ix: DocIndex, w: tuple[str, int, int]) -> bool:
    """ب fused to a word of four letters or more, no adverbial, no entity and no place (بمقتل، بارتكابه، بالإفراج;
    not بمحافظة الضالع، بمدينة جدة: a body or place noun, or a word before a place's name, is a place phrase)."""
    word = norm(w[0])
    if (
        word[:1] != "ب"
        or len(word) < 5
        or word in _B_OBJECT_NOT_LEADS
        or word in ix.lexicon.prepositions
        or ix.candidates_in(w[1], w[2])
        or word[1:].removeprefix("ال") in ix.lexicon.body_nouns
        or body_head(word[1:])
    ):
        return False
    nxt = ix.word_after(w[2])
    if nxt is None:
        return True
    named = ix.candidate_at(nxt[1])
    return named is None or named.start != nxt[1] or named.type not in ("GPE", "LOC")


def past_place_phrase(ix: DocIndex, p: int, s1: int) -> int:
    """Past a place phrase in في between a verb's subject (ending at ``p``) and its plain object, when the object
    visibly opens right after it (:func:`body_in_place`'s place and object): "ودعت الشرطة في مدينة جدة إلى …"،
    "وأعلنت وزارة الصحة في الكويت ارتفاع …" — the object opens after the place (round 33, helper cl52); ``p``
    itself otherwise."""
    prep = ix.word_after(p)
    if prep is None or prep[1] >= s1 or norm(prep[0]) != "في" or ix.doc.text[p : prep[1]].strip():
        return p
    place = _place_after(ix, prep[2], s1)
    if place is None:
        return p
    obj = _past_place_date(ix, place, s1)
    if obj is None or not _object_after_place(ix, obj, ix.word_before(obj[1]) or place, s1):
        return p
    return obj[1]


def _past_place_date(ix: DocIndex, place: tuple[str, int, int], window: int) -> tuple[str, int, int] | None:
    """The word after a place phrase ending with ``place``, past a date right after it ("في بروكسل اليوم عن"); None
    when punctuation stands before it or it lies past ``window``."""
    prev_end = place[2]
    obj = ix.word_after(prev_end)
    while obj is not None and obj[1] < window and not ix.doc.text[prev_end : obj[1]].strip() and ix.in_timex(obj[1]):
        prev_end = obj[2]
        obj = ix.word_after(prev_end)
    if obj is None or obj[1] >= window or ix.doc.text[prev_end : obj[1]].strip():
        return None
    return obj


#: what a body's object opens with after a place phrase in :func:`body_in_place` (أعربت … عن، دعت … إلى)
_PLACE_OBJECT_LEADS = frozenset(norm(w) for w in ("على", "إلى", "الى", "عن"))
#: definite nouns after في that are no place of a body but a time or a manner (في الوقت، في الأثناء)
_PLACE_NOT_HEADS = _SPEAKER_CUES.normalized_words("place_not_heads")


#: the most words with the article after a body noun in :func:`_body_before_lead` (الهيئة الملكية للجبيل: no)
_BODY_ADJECTIVES = 2
#: the words that lead a verb's object after its subject (على ضرورة، إلى الإفراج، عن قلقها، من خطورة)
_BODY_LEADS = frozenset(norm(w) for w in ("على", "إلى", "الى", "عن", "من"))

#: the most words of a subject kept as written before the على of an on-object verb (أبو ثنين، بن محيا)
_ON_SUBJECT_WORDS = 3


def _named(ix: DocIndex, start: int, end: int) -> bool:
    """Whether ``[start, end)`` ends in a person's name: a person the entity layer found, or a given name in it."""
    person = next((c for c in ix.candidates_in(start, end) if c.type == "PER" and c.end == end), None)
    if person is not None:
        return not title_object(ix, start, person)
    given = load_lexicon().given_names
    return any(norm(w) in given for w in ix.doc.text[start:end].split())


def _title_before_object(ix: DocIndex, start: int, title: Speaker, cand: Candidate) -> bool:
    """Whether a title opens the words after the verb and an organisation comes only after more words (a name the
    tagger missed): "وحمّل وزير الإعلام فلان الفلاني ميليشيا الحوثي مسؤولية …" — the title's holder is the
    subject, the organisation the object (round 9)."""
    first = ix.word_after(start)
    t0, t1 = int(title["start"]), int(title["end"])
    if first is None or first[1] != t0 or cand.start <= t1:
        return False
    between = ix.doc.text[t1 : cand.start]
    return (
        bool(between.strip())
        and not any(ch in between for ch in '،,:؛;«»"“”()')
        and ix.words_between(t1, cand.start) <= 3
    )


def _body_of_title(ix: DocIndex, title_end: int, cand: Candidate) -> bool:
    """Whether an organisation starts right after a title with a fused بـ / لـ before a body noun (المتحدث الأمني
    بوزارة الداخلية، مدير الإعلام لشرطة المنطقة): the title's body, not the subject (round 9)."""
    if cand.start < title_end or ix.doc.text[title_end : cand.start].strip():
        return False
    first = ix.word_after(cand.start)
    if first is None:
        return False
    w = norm(first[0])
    nouns = ix.lexicon.body_nouns
    return len(w) > 3 and w[0] in ("ب", "ل") and (w[1:] in nouns or (w[:2] == "لل" and "ال" + w[2:] in nouns))


def _plural_run(ix: DocIndex, first: tuple[str, int, int], window: int) -> tuple[int, tuple[str, int, int] | None]:
    """The end of the definite nominative plurals (-ون: المواطنون اليمنيون) from ``first`` on, before ``window``
    (-1 when there is none), and the word after them (shared by the two plural-subject readers). An outlet noun in
    -ون is one channel, no plural (round 30, cl45: "ونقل التلفزيون السوري الرسمي عن مصدر عسكري قوله")."""
    end = -1
    w: tuple[str, int, int] | None = first
    while (
        w is not None
        and w[1] < window
        and (n := norm(w[0])).startswith("ال")
        and n.endswith("ون")
        and len(n) > 5
        and n[2:] not in ix.lexicon.outlet_nouns
    ):
        end = w[2]
        w = ix.word_after(w[2])
    return end, w


def _plural_subject(ix: DocIndex, first: tuple[str, int, int] | None, window: int) -> int | None:
    """The end of an unnamed plural subject right after a verb (المواطنون اليمنيون، المحتجون): definite nouns in
    the nominative plural (-ون) that no entity covers, followed by a person the entity layer found (the object)."""
    if first is None or first[1] >= window or ix.candidates_in(first[1], first[2]):
        return None
    end, w = _plural_run(ix, first, window)
    if end < 0 or w is None or not any(c.type == "PER" for c in ix.candidates_in(end, window)):
        return None
    return end


def _plural_before_object(ix: DocIndex, first: tuple[str, int, int] | None, window: int) -> int | None:
    """The end of an unnamed plural subject in the nominative (-ون: المواطنون، المغردون، الأهلاويون) right after a
    verb with no introducer, when the object or its lead follows at once with no punctuation: a definite word
    (البلدية), ب / على / إلى / في + a word (بسرعة، على ضرورة) — "وطالب المواطنون البلدية بسرعة التدخل"، "وشدد
    المغردون على ضرورة …" (round 21, cl25). No entity may cover the plural; its adjectives in -ون go with it."""
    if first is None or first[1] >= window or ix.candidates_in(first[1], first[2]):
        return None
    end, w = _plural_run(ix, first, window)
    if end < 0 or w is None or w[1] >= window or ix.doc.text[end : w[1]].strip():
        return None
    n = norm(w[0])
    if n in ("علي", "الي", "في") or n.startswith(("ال", "بال")) or (n[:1] == "ب" and len(n) >= 4):
        return end
    return None


#: Plural office-holders heading a construct (مسؤولو الجمارك، مديرو التعليم، أعضاء المجلس; round 25, helper cl36)
_HOLDER_HEADS = _SPEAKER_CUES.normalized_words("plural_holder_heads")

#: Words a plural office-holders' phrase may run to after its head (مسؤولو هيئة الأرصاد الجوية المحليون)
_HOLDER_WORDS = 8


def _holders_before_object(ix: DocIndex, first: tuple[str, int, int] | None, window: int) -> int | None:
    """The end of a subject of plural office-holders in construct right after a verb with no introducer — a head of
    ``plural_holder_heads``, its genitive up to the first definite word or name, then that word's definite adjectives
    or a definite noun joined by و — when a word of the plain object follows at once: "ونفى مسؤولو الجمارك والشرطة
    وجود …"، "أكد مديرو التعليم جاهزية المدارس"، "وأكد أعضاء مجلس شباب منطقة عسير وقوفهم" (round 25, helper cl36:
    after a definite genitive an indefinite word is no adjective of it, so it opens the object). None when no
    definite word closes the construct, or a preposition, a relative, a date or punctuation comes first."""
    if first is None or first[1] >= window or norm(first[0]) not in _HOLDER_HEADS:
        return None
    prev, end, closed = first, -1, False
    for _ in range(_HOLDER_WORDS):
        w = ix.word_after(prev[2])
        if w is None or w[1] >= window or ix.doc.text[prev[2] : w[1]].strip() or not any(c.isalpha() for c in w[0]):
            return None  # punctuation, or the sentence ends, before any object
        n = norm(w[0])
        if n in ix.lexicon.prepositions or n in ix.lexicon.relatives or w[1] in ix.stops or ix.in_timex(w[1]):
            return None
        named = next((c for c in ix.candidates_in(w[1], w[2]) if c.type != "ANON" and c.start == w[1]), None)
        definite = n.startswith(("ال", "وال")) or named is not None
        if closed and not definite:
            break  # "مديرو التعليم جاهزية": the object
        closed = closed or definite
        if named is not None and named.end > w[2]:
            last = ix.word_before(named.end)
            w = last if last is not None and last[1] >= w[1] else w
        prev, end = w, w[2]
    return end if closed and end > 0 else None


def _indefinite_subject(ix: DocIndex, first: tuple[str, int, int] | None, window: int) -> int | None:
    """The end of an unnamed indefinite subject right after a verb whose object, a name, takes its ب-complement
    at once (round 18b): "اتهم آخرون صالح بأنه"، "اتهم نائب فرنسي معارض ديفيد كاميرون بالإخفاق"، "اتهم متضررو هزات
    العيص وزارة المالية بالمماطلة" — the name is the object, not the subject. The phrase is one to three words, the
    first without the article and no title (a title word only before a nisba adjective: نائب فرنسي), none a date,
    a preposition, punctuation or a person or body the entity layer found; a person, body or state opens the object
    (after its title at most: آخرون الوزير فلان; not the genitive of a body noun: مفتشو فرع وزارة العمل) and a
    ب-complement follows it (بأنه، بالإخفاق; not بمنطقة): "طالب عضو مجلس الشورى فلان
    بإعادة النظر" keeps the holder of the title."""
    if first is None or first[1] >= window:
        return None
    head = norm(first[0])
    if head.startswith(("ال", "وال")) or len(head) < 3 or head in ix.lexicon.prepositions:
        return None
    end = -1
    w: tuple[str, int, int] | None = first
    words: list[str] = []
    while w is not None and w[1] < window and len(words) < 3:
        c = ix.candidate_at(w[1])
        if c is not None and c.start == w[1]:
            break
        n = norm(w[0])
        if ix.in_timex(w[1]) or w[0] in _CLAUSE_PUNCT or not w[0][:1].isalpha() or n in ix.lexicon.prepositions:
            return None
        if words and n.startswith("ال") and role_reader().may_start(n):
            break  # "اتهم آخرون الوزير فلان بـ…": the object's title
        words.append(n)
        end = w[2]
        w = ix.word_after(w[2])
    if end < 0 or w is None or w[1] >= window:
        return None
    obj = next((c for c in ix.candidates_in(w[1], window) if c.type in ("PER", "ORG", "GPE")), None)
    if obj is None or ix.words_between(w[1], obj.start) > 3 or ix.candidate_at(w[1]) not in (None, obj):
        return None
    if any(c.type in ("PER", "ORG") for c in ix.candidates_in(first[1], end)):
        return None
    if role_reader().may_start(head) and not (
        len(words) > 1 and words[1].endswith(("ي", "ية")) and not words[1].startswith("ال")
    ):
        return None  # "عضو مجلس الشورى فلان": a title and its holder
    if words[-1] in ix.lexicon.body_nouns:
        return None  # "رصد مفتشو فرع وزارة العمل": the body is the genitive of the subject's last noun
    nxt = ix.word_after(obj.end)
    if nxt is None or not (n := norm(nxt[0])).startswith(_B_COMPLEMENT) or len(n) < 4 or ix.candidate_at(nxt[1]):
        return None  # (not "بمنطقة مكة": a place)
    return end


#: how a ب-complement after a verb's named object opens: بأن / بأنه، ب + a definite verbal noun (بالإخفاق)، بإ…
_B_COMPLEMENT = _SPEAKER_CUES.words("b_complement_starts")


def _honorific(ix: DocIndex, st: _State, word: tuple[str, int, int]) -> Speaker:
    """An honorific pronoun as the speaker (سموه، معاليه، فضيلته): the person who spoke in the claim right before
    when that claim is in this sentence or the one before, else the words as written (the office-holder it stands
    for is often named in a clause no claim covers); the span is the pronoun's."""
    text = ix.doc.text
    last = st.claims[-1] if st.claims else None
    person = None
    if last is not None and int(last["content"]["end"]) >= _previous_start(ix, word[1]):
        sp = last["speaker"]
        person = sp if sp.get("type") == "PER" and sp.get("name_ar") else None
    if person is not None:
        out = dict(person)
        if "start" in person and "antecedent" not in person:
            out["antecedent"] = {"text": person["text"], "start": person["start"], "end": person["end"]}
        out.update(text=word[0], start=word[1], end=word[2], found_by="anaphor")
        return out
    return {
        "name": None,
        "name_ar": collapse(text[word[1] : word[2]]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "type": "PER",
        "text": word[0],
        "start": word[1],
        "end": word[2],
        "found_by": "as_written",
    }


def _previous_start(ix: DocIndex, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts (that sentence's own start when it is the first)."""
    s0 = ix.sentence_bounds(pos)[0]
    return ix.sentence_bounds(s0 - 1)[0] if s0 > 0 else s0


def _quoted_name(ix: DocIndex, start: int, end: int) -> tuple[int, int] | None:
    """A name of one to three words in quotes right after ``start`` and right before an introducer: ``(inner start,
    inner end)`` of «شينخوا» in "وذكرت «شينخوا» أن"."""
    text = ix.doc.text
    p = start
    while p < end and text[p] in " \t\u00a0":
        p += 1
    if p >= end or text[p] not in '«“"':
        return None
    close = min((k for k in (text.find(q, p + 1, min(end, p + 50)) for q in '»”"') if k > 0), default=-1)
    if close < 0 or not 1 <= len(text[p + 1 : close].split()) <= 3:
        return None
    after = ix.word_after(close + 1)
    if after is None:
        return None
    if norm(after[0]) == "عن" and ix.candidates_in(after[2], after[2] + 2):
        return p + 1, close  # "ونقلت «شينخوا» عن مسؤولين": the outlet, then its source (round 12)
    if norm(after[0]) in ("الي", "إلى") and after[1] - close <= 3 and ix.intros_in(after[2], after[2] + 4):
        return p + 1, close  # "وأشارت «نور للطاقة» إلى أن": the name, إلى, then the introducer (round 12b)
    if _relative_in_commas(ix, close + 1):
        return p + 1, close  # "اتهمت «وحدات الحماية» الكردية، التي تقاتل …، تركيا": the name, a relative clause
    if not ix.intros_in(after[1], after[1] + 1):
        return None
    return p + 1, close


def _quoted_body(ix: DocIndex, start: int, window: int) -> tuple[Candidate, int] | None:
    """A body's name of one to five words in quotes right after the marker ending at ``start``, an ORG entity from
    its first word to its closing mark (the mark may close its last word), and the end of the closing mark:
    "وأفاد «المرصد السوري لحقوق الإنسان» أمس، بمقتل"، "بدوره أكد «المرصد السوري» تحقيق" (round 37, cl60; a
    fresh audit of long conflict articles). A PER or a place in quotes is no speaker here ("ونفى «أبو محمد»" is
    rare, "اتهم «إسرائيل»" names the accused), nor is a name followed by بـ / إلى with an accusing, demanding or
    calling verb: the quoted name is then the object ("واتهم «حزب الله» بالوقوف وراء")."""
    found = quoted_name(ix.doc.text, start, window, 5)
    if found is None:
        return None
    p, close = found
    first = ix.word_after(p + 1)
    if first is None:
        return None
    body = next(
        (c for c in ix.candidates_in(p + 1, close) if c.type == "ORG" and c.start == first[1] and c.end >= close - 1),
        None,
    )
    if body is None:
        return None
    verb = ix.word_before(start)
    after = ix.word_after(close + 1)
    if (
        verb is not None
        and after is not None
        and drop_conjunction(norm(verb[0]), min_rest=2).lstrip("يت") in _QUOTED_OBJECT_VERBS
        and norm(after[0])[:1] in ("ب", "ا", "إ")
    ):
        return None
    return body, close + 1


#: verbs whose object is a body named right after them, then بـ / إلى (اتهم «حزب الله» بـ، دعا «داعش» إلى)
_QUOTED_OBJECT_VERBS = frozenset(("اتهم", "اتهمت", "طالب", "طالبت", "دعا", "دعت", "حذر", "حذرت", "حمل", "حملت", "هم"))


#: Nouns of an armed or political group whose name follows in quotes (جماعة "المرابطون"، حركة «أحرار الشام»).
def _relative_in_commas(ix: DocIndex, at: int) -> bool:
    """Whether up to two adjectives with the article, a comma and a relative pronoun follow ``at``."""
    p = at
    for _ in range(2):
        w = ix.word_after(p)
        if w is None or not norm(w[0]).startswith("ال") or norm(w[0]) in ix.lexicon.relatives:
            break
        if norm(w[0]) in ix.lexicon.prepositions:
            return False
        p = w[2]
    comma = ix.word_after(p)
    rel = ix.word_after(comma[2]) if comma is not None and comma[0] in ("،", ",") else None
    return rel is not None and norm(rel[0]) in ix.lexicon.relatives


def _group_quoted(ix: DocIndex, first: tuple[str, int, int] | None, window: int) -> Speaker | None:
    """A group noun right after the marker and its name in quotes, one to four words, with up to two adjectives
    with the article after it ("وأعلنت جماعة "المرابطون" المتطرفة مسؤوليتها عن الهجوم"): the speaker as written."""
    if first is None or first[1] >= window:
        return None
    head = norm(first[0])
    if head not in _GROUP_NOUNS and head not in ix.lexicon.body_nouns:
        return None
    text = ix.doc.text
    p = first[2]
    while p < window and text[p] in " \t\u00a0":
        p += 1
    if p >= window or text[p] not in '«“"':
        return None
    close = min((k for k in (text.find(q, p + 1, min(window, p + 50)) for q in '»”"') if k > 0), default=-1)
    if close < 0 or not 1 <= len(text[p + 1 : close].split()) <= 4:
        return None
    end = close + 1
    for _ in range(2):
        w = ix.word_after(end)
        if w is None or w[1] >= window or not norm(w[0]).startswith("ال") or not w[0].endswith(("ة", "ي")):
            break
        end = w[2]
    sp = _generic(ix, first[1], end)
    sp.update(anonymous=False, generic=False, role=None, name_ar=collapse(text[p + 1 : close]))
    return sp


def _relative_in(ix: DocIndex, start: int, end: int) -> int | None:
    """Where the first relative pronoun (الذي، التي) within a speaker's reach after ``start`` begins, if any."""
    lo = ix.token_index(start)
    toks = ix.doc.tokens
    for k, t in enumerate(toks[lo : lo + 8], start=lo):
        if t.start >= end:
            break
        if t.kind != "word":
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if (
                ix.doc.text[t.start : t.end] in ("،", ",")
                and nxt is not None
                and nxt.kind == "word"
                and norm(ix.doc.text[nxt.start : nxt.end]) in ix.lexicon.relatives
                and t.start > start
            ):
                return t.start  # "أعلنت منظومة …، التي تضم حزب …، أن": the subject ends at the comma (round 41, cl74)
            return None
        if drop_conjunction(norm(ix.doc.text[t.start : t.end]), min_rest=2) in ix.lexicon.relatives:
            return t.start if t.start > start else None
    return None


def _past_outlet(ix: DocIndex, start: int, end: int) -> int:
    """Where the speaker may start after an outlet the marker addresses first ("وأوضح لـ"الاقتصادية" فايز حمادة")."""
    text = ix.doc.text
    first = ix.word_after(start)
    if first is None or first[1] >= end or norm(first[0]) != "ل":
        return start
    p = first[2]
    while p < end and text[p] in " \t\u00a0":
        p += 1
    if p < end and text[p] in '«“"':
        close = min((k for k in (text.find(q, p + 1, end) for q in '»”"') if k > 0), default=-1)
        return close + 1 if close > 0 else start
    c = ix.candidate_at(p)
    return c.end if c is not None and c.outlet else start


def _body_before_actor(ix: DocIndex, start: int, cand: Candidate) -> Speaker | None:
    """A body noun right after the verb (الحكومة، الوزارة، اللجنة …, ``body_nouns`` of claims.yaml) with at most
    one word after it, before a named actor: the body is the verb's subject, the actor its object (round 9b:
    "واتهمت الحكومة العراقية تنظيم داعش بارتكاب …")."""
    lead = ix.word_after(start)
    if (
        lead is None
        or lead[1] >= cand.start
        or not norm(lead[0]).startswith("ال")
        or norm(lead[0]) not in ix.lexicon.body_nouns
        or ix.candidate_at(lead[1]) is not None
        or ix.words_between(lead[2], cand.start) > 1
        or any(ch in ix.doc.text[lead[1] : cand.start] for ch in "،,.:؛")
    ):
        return None
    written = as_written(ix, lead[1], cand.start)
    if written is None or int(written["end"]) > cand.start:
        return None
    return written


def _told_outlet_written(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a speaker kept as written opens with ل or ب fused to an outlet noun, singular or plural (لشبكات
    التلفزيون، بصحيفة): the outlet told or the channel, not who spoke (round 14, helper cl8)."""
    words = str(speaker.get("text") or "").split()
    if not words:
        return False
    first = drop_conjunction(norm(words[0]), min_rest=2)
    if first[:1] not in ("ل", "ب"):
        return False
    bare = first[1:].removeprefix("ال")
    return bare in ix.lexicon.outlet_nouns or bare in _OUTLET_PLURALS


def b_object_first(ix: DocIndex, verb: tuple[str, int, int] | None, first: tuple[str, int, int] | None) -> bool:
    """Whether the word right after a past verb that takes its object with ب (``b_object_pronoun_verbs``: طالب،
    تعهد، ندد، أوصى) is that object: ب fused to a word of two letters or more that no entity covers and that is no
    adverbial (``b_object_not_leads``: بدوره، بين، بشأن …). Then the verb's pronoun is its subject and no name inside
    the object speaks ("وتعهدت بشن هجمات"، "لكنه تعهد بمواصلة التمرد"، "وطالب بمحاسبة المسؤولين عن الحادث";
    round 33, helper cl51)."""
    if verb is None or first is None:
        return False
    v = drop_conjunction(norm(verb[0]), min_rest=2)
    if v not in _B_OBJECT_PRONOUN_VERBS:
        return False
    if v == norm(verb[0]):  # no و / ف: a verb only after a word that opens one (كما تعهد، لكنها طالبت)
        before = ix.word_before(verb[1])
        if before is None or norm(before[0]) not in _B_OBJECT_VERB_OPENERS:
            return False  # "وجود تعهد بعدم …": the noun "a pledge"
    w = norm(first[0])
    if w[:1] != "ب" or len(w) < 3 or w in _B_OBJECT_NOT_LEADS or w in ix.lexicon.prepositions:
        return False
    if w.removeprefix("ال") in ix.lexicon.body_nouns or w in ix.lexicon.outlet_nouns:
        return False  # "وطالبت بعثة الأمم المتحدة …": a body whose name opens with ب, the subject
    return not ix.candidates_in(first[1], first[2])


def _plain_object_first(ix: DocIndex, first: tuple[str, int, int]) -> bool:
    """Whether the word right after a verb read with no introducer is one of ``object_verbal_nouns`` (أهمية، ضرورة،
    عدم، وقف …) that no entity covers and no given name spells: the verb's plain object, so no subject stands after
    the verb and a name inside the object does not speak ("وأكد ضرورة محاسبة المسؤولين عن الحادث"; round 33, cl51;
    the same words before.py's ``_object_noun`` reads as the object when it looks for the speaker before)."""
    bare = drop_conjunction(norm(first[0]), min_rest=2)
    core = bare[2:] if bare.startswith("ال") else bare
    return (
        core in _OBJECT_NOUNS
        and core not in _PLAIN_OBJECT_NOT_FIRST
        and not ix.candidates_in(first[1], first[2])
        and core not in load_lexicon().given_names
    )


_B_OBJECT_PRONOUN_VERBS = _SPEAKER_CUES.normalized_words("b_object_pronoun_verbs")
_B_OBJECT_NOT_LEADS = _SPEAKER_CUES.normalized_words("b_object_not_leads")
_B_OBJECT_VERB_OPENERS = _SPEAKER_CUES.normalized_words("b_object_verb_openers")
_PLAIN_OBJECT_NOT_FIRST = _SPEAKER_CUES.normalized_words("plain_object_not_first")


def _b_object_written(ix: DocIndex, start: int, speaker: Speaker) -> bool:
    """Whether a speaker kept as written right after a verb that takes its object with ب (طالب، تعهد، وعد، هدد …:
    ``b_object_verbs``) opens with ب and a word of four letters or more (بتجفيف، باحترام، بمفاوضات): the verb's
    object, a verbal noun, not who spoke (round 14, helper cl8). "بال…" and "بإ…" were refused before."""
    verb = ix.word_before(start)
    words = str(speaker.get("text") or "").split()
    if verb is None or not words or drop_conjunction(norm(verb[0]), min_rest=2) not in _B_OBJECT_VERBS:
        return False
    first = norm(words[0])
    return first[:1] == "ب" and len(first) >= 5


# ------------------------------------------------------------------ round 14b (helper cl9): a plain object's start
_OBJECT_NOUNS = _SPEAKER_CUES.normalized_words("object_verbal_nouns")
_MEASURE_NOUNS = _SPEAKER_CUES.normalized_words("measure_verbal_nouns")
_NOT_FORM_V = _SPEAKER_CUES.normalized_words("not_form_v")
_TITLE_OBJECT_LEADS = _SPEAKER_CUES.normalized_words("title_object_leads")


_STATE_VERBS = _SPEAKER_CUES.normalized_words("state_verbs")
_STATE_HEADS = _SPEAKER_CUES.normalized_words("state_heads")
_STATE_NOUNS = _SPEAKER_CUES.normalized_words("state_nouns")


def _state_object(ix: DocIndex, start: int, window: int) -> int | None:
    """Where a declared state opens the object of a verb of announcing that ends at ``start`` (round 20, cl22):
    حالة + a state noun (``state_nouns``: الطوارئ، استنفار، «كارثة وطنية») after at least one word and at most
    :data:`_STATE_REACH` words, none set off by punctuation but a quote mark — "أعلنت مديرية الشؤون الصحية في منطقة
    عسير حالة الطوارئ"، "أعلنت مستشفيات المنطقة حالة استنفار" (check10, check12: coded with the body as speaker).
    None otherwise."""
    verb = ix.word_before(start)
    if verb is None or drop_conjunction(norm(verb[0]), min_rest=2) not in _STATE_VERBS:
        return None
    w = ix.word_after(start)
    seen = 0
    last: tuple[str, int, int] | None = None
    while w is not None and w[1] < window and seen <= _STATE_REACH:
        if ix.doc.text[w[1] : w[2]] in ("،", ",", ":", ".", "؛", ";"):
            return None
        if seen and norm(w[0]) in _STATE_HEADS:
            nxt = ix.word_after(w[2])
            if nxt is not None and nxt[0] in ("«", '"', "“"):  # حالة «كارثة وطنية»
                nxt = ix.word_after(nxt[2])
            if nxt is not None and nxt[1] < window and norm(nxt[0]) in _STATE_NOUNS:
                if seen > 1 and last is not None and not norm(last[0]).startswith("ال") and _verbal_noun(norm(last[0])):
                    return None  # "وأعلن الجيش رفع حالة الطوارئ": the measure on the state opens the object (cl78)
                return w[1]
            return None
        seen += 1
        last, w = w, ix.word_after(w[2])
    return None


#: the most words the subject of a declared state may hold (مديرية الشؤون الصحية في منطقة عسير: six)
_STATE_REACH = 10


def _state_subject(ix: DocIndex, st: _State, start: int, state: int) -> Speaker | None:
    """The subject of a declared state (:func:`_state_object`): a person the entity layer names in the words
    before it (أعلن حاكم كاليفورنيا فلان حالة الطوارئ), else those words as written, less a date at their end
    (أعلنت سلطات مطار القاهرة أمس حالة الطوارئ)."""
    words: list[tuple[str, int, int]] = []
    w = ix.word_after(start)
    while w is not None and w[1] < state:
        words.append(w)
        w = ix.word_after(w[2])
    while words and ix.in_timex(words[-1][1]):
        words.pop()
    if not words:
        return None
    s, e = words[0][1], words[-1][2]
    person = next((c for c in ix.candidates_in(s, e) if c.type == "PER" and c.end <= e), None)
    if person is not None:
        return _from_candidate(ix, st, person)
    return written_speaker(ix, s, e)


def _verbal_noun(w: str) -> bool:
    """Whether a normalized word (no article) is a verbal noun: one of ``object_verbal_nouns`` (وفاة، سقوط، القبض)
    or a derived form by its pattern — افتعال / انفعال (ارتفاع، انخفاض)، استفعال (استمرار)، إفعال (إغلاق)،
    تفعيل (تطوير)، تفاعل (تراجع)، مفاعلة (مشاركة) — or a فَعْل noun of a measure (``measure_verbal_nouns``: حظر، فرض،
    رفع، قطع; round 42, cl78)."""
    n = len(w)
    if w in _OBJECT_NOUNS or w in _MEASURE_NOUNS:
        return True
    if w.endswith(("ي", "يه")):
        return False  # an adjective in ي / ية (التركية، الاقتصادي), not a verbal noun of the pattern
    return (
        False
        or (n == 6 and w[0] == "ا" and w[4] == "ا")
        or (n == 7 and w.startswith("است") and w[5] == "ا")
        or (n == 5 and w[0] == "ا" and w[3] == "ا")
        or (n == 5 and w[0] == "ت" and (w[3] == "ي" or w[2] == "ا"))
        or (n == 6 and w[0] == "م" and w[2] == "ا" and w[5] == "ه")
    )


def _form_v(w: str) -> bool:
    """Whether a normalized word (no article) has the pattern of the fifth form's verbal noun, تفعّل: four letters
    after ت (تمسك، تأثر، تدخل، تقدم; round 22, cl28), read only with a pronoun after it or right after a title."""
    return len(w) == 4 and w[0] == "ت" and w not in _NOT_FORM_V


def _opens_object(ix: DocIndex, word: tuple[str, int, int], prev: tuple[str, int, int]) -> bool:
    """Whether ``word`` opens a verb's plain object after the subject's phrase ending with ``prev``: a verbal noun
    (indefinite, or definite: القبض، الاستمرار) that no entity covers and no given name spells, right after a word
    that closes a title or a name — a definite word (الاقتصاد، الكويتي، للمنظمة) or the end of an entity. An
    indefinite noun right after a definite one cannot be its genitive, and a title takes no verbal noun as its
    adjective: "وأعلن وزير الاقتصاد ارتفاع …" (the minister, then the object); "رئيس تحرير الصحيفة" keeps تحرير
    (after an indefinite noun, the title's genitive)."""
    w = norm(word[0])
    if not w or ix.candidate_at(word[1]) is not None or w.startswith("عبد"):
        return False  # a name starts there (ابتسام الحربي، عبدربه)
    nxt = ix.word_after(word[2])
    after = ix.candidate_at(nxt[1]) if nxt is not None and not ix.doc.text[word[2] : nxt[1]].strip() else None
    if after is not None and after.type == "PER":
        return False  # a first name the tagger left out before the rest of the name
    core = w[2:] if w.startswith("ال") else w
    raw = word[0].strip('«»"“”()،,')
    owned = (
        len(raw) >= 5
        and not raw.startswith(("ال", "وال", "ب", "ل", "ك", "و", "ف"))
        and (
            raw.endswith(("ته", "تها", "تهم", "تهما", "ها", "هم", "هما"))
            # round 22 (cl28): a verbal noun with ه (أعلن النادي تعاقده، أعلن المؤتمر تمسكه): its stem must be one
            or (raw.endswith("ه") and (_verbal_noun(norm(raw[:-1])) or _form_v(norm(raw[:-1]))))
        )
    )  # "وأعلن رئيس تحرير الصحيفة استقالته": a noun with its pronoun (not "بمنطقه", ة written ه)
    if core != w and len(core) == 5 and core[0] == "ا" and core[3] == "ا" and core not in _OBJECT_NOUNS:
        return False  # "الأخوة الأشقاء": a definite plural of أفعال / أفعلاء agrees as an adjective
    if core in load_lexicon().given_names or not (_verbal_noun(core) or owned):
        return False
    if role_reader().may_start(w) or role_reader().may_start(core):
        return False  # "الأستاذ سعد المطيري": a title before a name, of the pattern too
    p = norm(prev[0])
    closed = p.startswith(("ال", "لل", "بال", "وال")) or any(
        c.end == prev[2] and c.type != "ANON" for c in ix.candidates_in(prev[1], prev[2])
    )  # (not an unnamed noun: "مسؤول إعلام" is a construct)
    return closed and not ix.doc.text[prev[2] : word[1]].strip()


def _body_before_object(ix: DocIndex, start: int, cut: int) -> Speaker | None:
    """A body named as written (its first word a body noun: السلطات، الشرطة، الوزارة، هيئة …) right before the
    plain object that :func:`_object_opening` found, with nothing between to end it: "وأعلنت الشرطة اعتقال ثمانية
    أشخاص"، "أعلنت السلطات المغربية اعتقال …"، "أعلنت هيئة شؤون الإعلام إيقاف صدور …" (round 16: check7, check12;
    round 12's reading wanted a date, a comma or a channel phrase before the object). At most four words, no name
    inside; None otherwise."""
    found = as_written(ix, start, cut)
    if found is None or int(found["end"]) > cut or ix.doc.text[int(found["end"]) : cut].strip():
        return None
    words = str(found["text"]).split()
    first = norm(words[0]) if words else ""
    bare = drop_conjunction(first)
    if bare not in ix.lexicon.body_nouns or len(words) > 4:
        return None
    if any(c.type == "PER" for c in ix.candidates_in(int(found["start"]), int(found["end"]))):
        return None
    return found


def _object_opening(ix: DocIndex, start: int, end: int) -> int | None:
    """The start of a plain object in the words after a verb (``[start, end)``, no introducer), where the
    subject's phrase must end: the first word past the first that ``_opens_object``; None when punctuation, a
    preposition, a stop or a date comes first (round 14b)."""
    prev = ix.word_after(start)
    if prev is None or prev[1] >= end:
        return None
    verb = ix.word_before(start)
    demand = verb is not None and drop_conjunction(norm(verb[0]), min_rest=2) in _ADDRESSEE_VERBS
    for _ in range(_SUBJECT_WORDS):
        w = ix.word_after(prev[2])
        if w is None or w[1] >= end or ix.doc.text[prev[2] : w[1]].strip() or not any(ch.isalpha() for ch in w[0]):
            return None  # punctuation ends the subject's phrase
        n = norm(w[0])
        if n in ix.lexicon.prepositions or n in ix.lexicon.relatives or n in ("ممن", "مما", "من", "ما"):
            return None  # a preposition or a relative ends the subject's phrase ("المواطنين ممن …")
        if w[1] in ix.stops or ix.in_timex(w[1]):
            return None
        if _opens_object(ix, w, prev) or (demand and _addressee_opens(ix, w, prev)):
            return w[1]
        prev = w
    return None


def _addressee_opens(ix: DocIndex, word: tuple[str, int, int], prev: tuple[str, int, int]) -> bool:
    """Whether ``word`` is a demand's addressee opening its object after the subject's phrase ending with ``prev``
    (round 21, cl25): a definite sound plural in the accusative (الراغبين، المواطنين، المهندسين) that no entity
    covers and no title spells, right after a definite word or an entity's end, with إلى / على / بـ within
    ``_DEMAND_LEAD_WORDS`` words after it: "ودعت الكلية الراغبين في التقدم إلى إرسال …"، "ودعت الوزارة المواطنين
    إلى …" (the body speaks, the plural is whom it calls on). Only after claim_cues.yaml addressee_verbs."""
    w = norm(word[0])
    if not (w.startswith("ال") and w.endswith("ين") and len(w) > 5) or ix.candidate_at(word[1]) is not None:
        return False
    if role_reader().may_start(w) or ix.doc.text[prev[2] : word[1]].strip():
        return False
    p = norm(prev[0])
    closed = p.startswith(("ال", "لل", "بال", "وال")) or any(
        c.end == prev[2] and c.type != "ANON" for c in ix.candidates_in(prev[1], prev[2])
    )
    return closed and demand_lead_within(ix, word[2])


def demand_lead_within(
    ix: DocIndex, at: int, words: int = _DEMAND_LEAD_WORDS, *, across_punctuation: bool = False
) -> bool:
    """إلى / على / بـ within ``words`` words after ``at`` (what a demand asks of its addressee or object:
    "المهندسين المسجلين في موقع الهيئة إلى تقديم …"), with no punctuation between unless ``across_punctuation``."""
    for _ in range(words):
        nxt = ix.word_after(at)
        if nxt is None or (not across_punctuation and ix.doc.text[at : nxt[1]].strip()):
            return False
        w = norm(nxt[0])
        if w in ("الي", "علي") or (w[:1] == "ب" and len(w) >= 4):
            return True
        at = nxt[2]
    return False


def _title_body_tail(ix: DocIndex, title_end: int, limit: int) -> int | None:
    """The end of a title's body phrase led by لـ / بـ (الأمين العام للمنظمة، المدير التنفيذي للشركة الوطنية)
    when a plain object's lead (على، عن، إلى) or a verbal noun follows it: "وشدد الأمين العام للمنظمة على …" —
    the body is the title's, not the content's (round 14b). None otherwise."""
    w = ix.word_after(title_end)
    if w is None or w[1] >= limit or ix.doc.text[title_end : w[1]].strip() or ix.candidates_in(w[1], w[2]):
        return None
    n0 = norm(w[0])
    nouns = ix.lexicon.body_nouns
    if not ((len(n0) >= 5 and n0.startswith("لل")) or (len(n0) > 3 and n0[0] in ("ب", "ل") and n0[1:] in nouns)):
        return None
    last = w
    for _ in range(4):
        nxt = ix.word_after(last[2])
        if nxt is None or nxt[1] >= limit or ix.doc.text[last[2] : nxt[1]].strip():
            return None
        n = norm(nxt[0])
        if (n in _TITLE_OBJECT_LEADS and not ix.candidates_in(nxt[1], nxt[2])) or _opens_object(ix, nxt, last):
            return last[2]
        if not n.startswith("ال") or nxt[1] in ix.stops or ix.in_timex(nxt[1]):
            return None
        last = nxt
    return None


def _apposition_title(ix: DocIndex, name_end: int, cut: int | None, limit: int) -> Speaker | None:
    """A title in apposition right after a name (وتوقع فلان وزير النفط الكويتي ارتفاع …): when the
    object is known to start right after it (``cut``, or a lead على / عن / إلى), the title is the speaker's, not
    the content's (round 14b)."""
    title = title_speaker(ix, name_end, cut if cut is not None else limit)
    if title is None or ix.doc.text[name_end : int(title[0]["start"])].strip():
        return None
    e = int(title[0]["end"])
    if any(c.type == "PER" for c in ix.candidates_in(int(title[0]["start"]), e)):
        return None
    if cut is not None:
        return title[0] if not ix.doc.text[e:cut].strip() else None
    nxt = ix.word_after(e)
    if (
        nxt is not None
        and nxt[1] < limit
        and not ix.doc.text[e : nxt[1]].strip()
        and norm(nxt[0]) in _TITLE_OBJECT_LEADS
    ):
        return title[0]
    return None


def _modifier_opens(ix: DocIndex, at: int) -> bool:
    """Whether the word after ``at`` (the end of a subject's entity) goes on with it rather than opening an object:
    an adjective in ي / ية (الاجتماعية، and the family names the tagger left out: السبيعي), a participle in م
    (الموالي، متصدر), an ordinal or title noun (ثالث الدوري، عضو), a word joined by و (والصناعة) or led by a fused
    لـ / بـ (لحقوق الإنسان). A plain definite noun (ودعا فلان الأخوة …) may be the object: no (round 14b)."""
    w = ix.word_after(at)
    if w is None:
        return False
    n = norm(w[0])
    core = n[2:] if n.startswith("ال") else n
    return (
        core.endswith(("ي", "يه"))
        or core.startswith("م")
        or n[:1] in ("و", "ل", "ب")
        or role_reader().may_start(n)
        or core in ("ثالث", "ثاني", "اول", "رابع", "خامس")
    )


# ------------------------------------------------------------------ round 15 (helper cl11): the speaker phrase's end
def _told_tail_cut(ix: DocIndex, speaker: Speaker, verb: tuple[str, int, int] | None) -> tuple[Speaker, int | None]:
    """A speaker read as written or by its title whose phrase runs on past its last word into what follows it:
    the outlet or the people told (قال مجاهد لوكالة فرانس برس، وقال قائد الشرطة فلان لفرانس برس، قال تاناكا لعدد
    من المقربين) or, after a verb that takes its object with ب (``b_object_verbs``), that object (وطالب القاضي
    بتفعيل نظام …، طالب المسافرون بضرورة التأكد): the phrase ends before that word (round 15, helper cl11). The
    outlet told stays the channel's (the phrase's end is unchanged); the ب object opens the content: ``(speaker,
    where the object opens or None)``."""
    if speaker.get("found_by") not in ("as_written", "title"):
        return speaker, None
    s, e = speaker.get("start"), speaker.get("end")
    if not isinstance(s, int) or not isinstance(e, int):
        return speaker, None
    verbs = _B_OBJECT_VERBS
    v = norm(verb[0]) if verb is not None else ""
    b_verb = in_words(v, verbs, min_rest=2)  # (not lstrip: ووجه is و + وجه)
    told_words = _TOLD_PEOPLE
    prev = ix.word_after(s)
    cut: int | None = None
    b_object = False
    while prev is not None and (w := ix.word_after(prev[2])) is not None and w[1] < e:
        n = norm(w[0])
        bare = n[1:].removeprefix("ال")
        if (
            n[:1] == "ل"
            and len(n) > 3
            and (
                bare in ix.lexicon.outlet_nouns
                or n in told_words
                or any(c.outlet for c in ix.candidates_in(w[1], w[2]))
            )
        ):
            cut = w[1]  # "لوكالة فرانس برس"، "لفرانس برس"، "لعدد من": told, not who spoke
            break
        if (
            b_verb
            and n[:1] == "ب"
            and len(n) >= 5
            and bare not in ix.lexicon.body_nouns
            and (_verbal_noun(bare) or bare in _OBJECT_NOUNS)
            and not ix.candidates_in(w[1], w[2])
            and not ix.doc.text[prev[2] : w[1]].strip()
            and (
                norm(prev[0]).startswith(("ال", "لل", "بال", "وال"))
                or any(c.end == prev[2] and c.type != "ANON" for c in ix.candidates_in(prev[1], prev[2]))
            )
        ):
            cut, b_object = w[1], True  # "وطالب القاضي بتفعيل …": the demand's object after a closed word
            break
        prev = w
    if cut is None:
        return speaker, None
    text = ix.doc.text[s:cut].rstrip(" \t\u00a0،,")
    if not text.strip():
        return speaker, None
    out = dict(speaker)
    old = collapse(str(speaker.get("text") or ""))
    out.update(text=text, end=s + len(text))
    if out.get("name_ar") and collapse(str(out["name_ar"])) == old:
        out["name_ar"] = collapse(text)
    return out, cut if b_object else None


#: the introducer's forms that may stand where a subject's window ends (أن، إن، بأن + a pronoun)
_INTRODUCING = frozenset(
    norm(p + w + s) for p in ("", "ب", "ل") for w in ("أن", "إن") for s in ("", "ه", "ها", "هم", "هما", "ني", "نا")
)


#: the most words of a title's body between the title and its holder's name before a plain object (round 18)
_BODY_BEFORE_HOLDER = 8
#: words that go on a name (فلان بن فلان، أبو فلان), never its end
_NAME_LINKS = _SPEAKER_CUES.set("name_links")


def _holder_before_object(ix: DocIndex, title_end: int, window: int) -> tuple[int, int] | None:
    """The holder's name after a title's body when a plain object follows it and no introducer (round 18: "وطالب عضو
    لجنة الأمن والدفاع في البرلمان العراقي النائب حامد المطلك القوات الأمنية بتفعيل …"، "ودعا المبعوث الخاص ورئيس
    بعثة الأمم المتحدة للدعم في ليبيا برناردينو ليون إلى …"، "وأكد المسؤول الإعلامي للجناح العسكري لحزب العمال
    الكردستاني بختيار دوغان قصف …": tune22 ×2, tune23). The body must open with a preposition (في، باسم) or a fused
    لـ / بـ and hold no punctuation, date or stop; the name is the two words right before the object's first word,
    the first without the article (or لل / بال …), a body or a title, the second no preposition, and the object opens
    with a lead
    (إلى، على، عن), a ب + verbal noun, a verbal noun, or a definite noun right after a family name in ال (حامد
    المطلك القوات). ``(start, end)`` of the name, or None."""
    text = ix.doc.text
    lex = ix.lexicon
    stops = _HOLDER_CHAIN_STOPS
    leads = _HOLDER_CHAIN_WORDS
    words: list[tuple[str, int, int]] = []
    p = title_end
    while len(words) < _BODY_BEFORE_HOLDER + 3:
        w = ix.word_after(p)
        if w is None or w[1] >= window or text[p : w[1]].strip() or not w[0].isalpha():
            break
        if ix.in_timex(w[1]) or w[1] in ix.stops:
            break
        words.append(w)
        p = w[2]
    if len(words) < 4:
        return None

    def chain_word(w: tuple[str, int, int]) -> bool:
        """A word of a title's body: a preposition, the article, a fused لـ / بـ before a body or the article, a
        place or body the tagger found, a body noun or a title word (النائب)."""
        n = norm(w[0])
        return bool(
            n in lex.prepositions
            or n in leads
            or n.startswith(("ال", "لل", "بال"))
            or (n[:1] in ("ل", "ب") and n[1:] in lex.body_nouns)
            or n in lex.body_nouns
            or role_reader().may_start(n)
            or any(c.type in ("ORG", "GPE", "LOC") for c in ix.candidates_in(w[1], w[2]))
        )

    first = norm(words[0][0])
    if not (first in lex.prepositions or first in leads or first[:1] == "ل"):
        return None  # the body goes on with في / باسم / لدى or a fused لـ (للدعم، لحزب), not a plain word
    for j in range(3, len(words)):
        obj, last, name = words[j], words[j - 1], words[j - 2]
        o, l1, n0 = norm(obj[0]), norm(last[0]), norm(name[0])
        body = words[: j - 2]
        if not chain_word(body[-1]) or any(norm(b[0]) in stops or norm(b[0]) in _TITLE_OBJECT_LEADS for b in body):
            return None  # a plain word passed (a name with no object after it), or another relation (مع، من …)
        if (
            n0.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
            or (n0[:1] in ("ل", "ب") and n0[1:] in lex.body_nouns)
            or n0 in lex.prepositions
            or n0 in lex.body_nouns
            or n0 in stops
            or role_reader().may_start(n0)
            or l1 in lex.prepositions
            or l1 in _NAME_LINKS
            or role_reader().may_start(l1)
            or any(c.type in ("ORG", "GPE") for c in ix.candidates_in(name[1], last[2]))
        ):
            continue
        core = o[2:] if o.startswith("ال") else o
        opens = (
            o in _TITLE_OBJECT_LEADS
            or (o[:1] == "ب" and len(o) >= 5 and o not in _NAME_LINKS)
            or (not o.startswith("ال") and _verbal_noun(o))
            or (o.startswith("ال") and l1.startswith("ال") and not core.endswith(("ي", "يه")))
        )
        if opens:
            return name[1], last[2]
    return None


def _holder_after_title(ix: DocIndex, title_end: int, window: int) -> tuple[int, int, Candidate | None] | None:
    """The person named after a title's body when the title reader stopped short of him (وقال الناطق باسم مجلس
    قيادة المقاومة الشعبية فلان إن، صرح المتحدث الرسمي باسم مركز … للإغاثة فلان، أنه، وقال المتحدث باسم مدينة
    الملاهي فلان إن): ``(start, end, entity or None)``. The words between are the body's (no punctuation but one
    comma right before the name or its rank, at most ten words, no date, no preposition of another relation: مع،
    عن، إلى، خلال …, no title word of another person unless a body noun leads it: وقال المتحدث باسم الرئيس فلان
    speaks for that person, مركز الملك سلمان is a body). The name is a person the entity layer found, or up to
    four words the tagger left out — led by a given name, or two to four words none of them definite — and it
    ends the subject's phrase: the introducer, a comma, a colon, an outlet told or في follows (round 15)."""
    text = ix.doc.text
    lex = ix.lexicon
    ranks = _HOLDER_RANKS
    leads = _HOLDER_CHAIN_WORDS
    stops = _HOLDER_CHAIN_STOPS
    given = load_lexicon().given_names

    def closes(at: int) -> bool:
        after = ix.word_after(at)
        if after is None:
            return True
        if after[1] >= window:  # the window must end at the introducer or punctuation, not inside a name
            return not after[0].isalpha() or norm(after[0]) in _INTRODUCING
        a = norm(after[0])
        told = a[:1] == "ل" and (
            a[1:] in lex.outlet_nouns or any(c.outlet for c in ix.candidates_in(after[1], after[2]))
        )
        return (
            after[0] in ("،", ",", ":")
            or told
            or ix.in_timex(after[1])
            or a == "في"
            or text[at : after[1]].strip() != ""
        )

    def name_word(w: tuple[str, int, int]) -> bool:
        return w[0].strip('«»"“”()،,') == "علي" or norm(w[0]) in given  # علي (ya) is the name, على the preposition

    def plain(w: tuple[str, int, int]) -> bool:
        return w[0].isalpha() and not ix.candidates_in(w[1], w[2])  # no quote, no place or body inside

    def untagged(w: tuple[str, int, int]) -> int | None:
        n = norm(w[0])
        first_given = name_word(w) or (n.startswith("عبد") and len(n) > 4)
        if not first_given and (
            not plain(w)
            or n.startswith(("ال", "لل", "بال"))
            or n[:1] in ("ل", "ب", "ك")
            or n.endswith("ه")
            or n in lex.body_nouns
            or n in lex.prepositions
            or n in stops
            or role_reader().may_start(n)
        ):
            return None  # (not "دائمة العضوية"، "للشئون الصحية"، "لطرده": an adjective, a body, an object)
        if not w[0].isalpha():
            return None
        last = w
        for k in range(4):
            if (k >= 1 or first_given) and closes(last[2]):
                return last[2]
            nxt = ix.word_after(last[2])
            if nxt is None or nxt[1] >= window or text[last[2] : nxt[1]].strip() or not nxt[0].isalpha():
                return None
            m = norm(nxt[0])
            if m in lex.prepositions or m in stops or (not first_given and not plain(nxt)):
                return None
            if not first_given and m.startswith("ال") and (k > 0 or m.endswith("يه") or not closes(nxt[2])):
                return None  # (a family name in ال closes the name: رأفت الصباغ، مطلق الخمعلي)
            last = nxt
        return None

    p = title_end
    words = 0
    comma = False
    prev_body = after_preposition = after_place = False
    places = _HOLDER_PLACE_HEADS
    while words <= 10:
        w = ix.word_after(p)
        if w is None or w[1] >= window or ix.in_timex(w[1]) or w[1] in ix.stops:
            return None
        if w[0] in ("،", ","):
            if comma:
                return None
            comma, p = True, w[2]
            continue
        if not any(ch.isalpha() for ch in w[0]) or text[p : w[1]].strip():
            return None  # other punctuation ends the subject's phrase
        n = norm(w[0])
        c = next((c for c in ix.candidates_in(w[1], w[2]) if c.start == w[1]), None)
        if c is not None and c.type == "PER" and not c.outlet and words > 0:
            if c.end <= window and closes(c.end):
                return c.start, c.end, c
            if not prev_body:
                return None
        if words > 0 and not after_preposition and not after_place and (e := untagged(w)) is not None:
            return w[1], e, None  # (not right after في / باسم / ولاية: "في جنوب الفلبين"، "ولاية سكسونيا السفلى")
        if comma and n not in ranks:
            return None  # a comma only right before the name or its rank
        if n in stops or (n in lex.prepositions and n not in leads and not name_word(w)):
            return None  # "في حديثه مع …"، "عن"، "إلى": another relation
        if role_reader().may_start(n) and n not in leads and n not in ranks and not prev_body:
            return None  # "المتحدث باسم الرئيس فلان": the body is a person, his name no holder
        if c is not None and c.type in ("ORG", "GPE", "LOC") and c.end <= window:
            p, words, prev_body, after_preposition, after_place = c.end, words + 1, True, False, False
            continue
        prev_body = n in lex.body_nouns or (n[:1] in ("ل", "ب") and n[1:] in lex.body_nouns)
        after_preposition = n in lex.prepositions or n in leads
        after_place = n.removeprefix("ال") in places or (n[:1] in ("ب", "ل") and n[1:].removeprefix("ال") in places)
        p, words = w[2], words + 1
    return None


# ---------------------------------------------------------- round 37 (helper cl61): a group's head, then the object
_OBJECT_SUBJECT_HEADS = _SPEAKER_CUES.normalized_words("object_subject_heads")
_HEAD_SUBJECT_WORDS = 6


def _head_before_object(ix: DocIndex, start: int, window: int, cut: int | None) -> Speaker | None:
    """The subject of a verb with a plain object and no introducer when its first word is the head of a movement,
    group, party, congress or branch (``object_subject_heads``: الحركة، المؤتمر، الفرع، قطاع) that neither an entity
    nor ``body_nouns`` reads: its phrase (at most six words, no person tagged, no punctuation inside) ends where the
    object opens — the object :func:`_object_opening` found ("وأعلنت الحركة تعيين نائبين"، "نفى قطاع السجون وجود …"),
    or a date, a comma or a place phrase then a verbal noun, a noun with its pronoun or a بـ / عن object ("أعلن المؤتمر
    الوطني العام، تمسكه …"، "هدد الفرع المصري للتنظيم أمس بإعدام …"، "وأقر التنظيم في منتصف الشهر، بمقتل …"). Round
    37 (helper cl61: tune, check19, check26, check28, check35); None otherwise."""
    first = ix.word_after(start)
    if first is None or first[1] >= window or ix.candidates_in(first[1], first[2]):
        return None
    head = drop_conjunction(norm(first[0]), min_rest=2)
    if (head[2:] if head.startswith("ال") else head) not in _OBJECT_SUBJECT_HEADS:
        return None
    found = _break_then_object(ix, first, window) if cut is None else None
    end = cut if cut is not None else found[0] if found is not None else None
    if end is None:
        return None
    last = ix.word_before(end)
    if last is None or last[2] <= first[1]:
        return None
    text = ix.doc.text[first[1] : last[2]]
    if len(text.split()) > _HEAD_SUBJECT_WORDS or any(ch in text for ch in '،,:؛;«»"“”()'):
        return None
    if any(c.type == "PER" for c in ix.candidates_in(first[1], last[2])):
        return None
    return written_speaker(ix, first[1], last[2])


def _break_then_object(ix: DocIndex, first: tuple[str, int, int], window: int) -> tuple[int, int] | None:
    """Where a subject's phrase opened by ``first`` ends at a date, a comma or a place phrase (في + up to four words and
    a comma) that a plain object follows — a verbal noun, a noun with its pronoun (تمسكه، سيطرتهم) or a بـ / عن object
    (بإعدام، عن تحطم) —, and where that object opens; None otherwise."""
    w = first
    for _ in range(_HEAD_SUBJECT_WORDS):
        nxt = ix.word_after(w[2])
        if nxt is None or nxt[1] >= window:
            return None
        brk = nxt[1]
        at: tuple[str, int, int] | None = nxt
        if ix.in_timex(nxt[1]):
            while at is not None and at[1] < window and ix.in_timex(at[1]):
                at = ix.word_after(at[2])
            if at is not None and at[0] in ("،", ","):
                at = ix.word_after(at[2])
        elif nxt[0] in ("،", ","):
            at = ix.word_after(nxt[2])
        elif norm(nxt[0]) in _CHANNEL_PREPS and (past := _past_channel_words(ix, nxt, window)) is not None:
            at = ix.word_after(past)  # "وأعلنت الحركة في بيان إغلاق …"، "عبر حسابها على تويتر": the channel, then the
            if at is not None and at[0] in ("،", ","):  # object (round 42, cl77)
                at = ix.word_after(at[2])
        elif norm(nxt[0]) == "في":
            k = 0
            while at is not None and at[0] not in ("،", ",") and k < 5:
                at, k = ix.word_after(at[2]), k + 1
            if at is None or at[0] not in ("،", ","):
                return None
            at = ix.word_after(at[2])
        elif ix.doc.text[w[2] : nxt[1]].strip() or norm(nxt[0]) in ix.lexicon.prepositions:
            return None  # punctuation or a preposition ends the phrase with no object after it
        elif nxt[0].strip('«»"“”()').endswith(("ته", "تها", "تهم", "ها", "هم")):
            return None  # "اعلنت مجموعة يسارية متطرفة مسؤوليتها الاثنين عن": a noun with its pronoun, the object
        else:
            w = nxt
            continue
        if at is None or at[1] >= window:
            return None
        return (brk, at[1]) if _object_word(ix, at) else None
    return None


def _object_word(ix: DocIndex, at: tuple[str, int, int]) -> bool:
    """Whether ``at`` opens a plain object after a break in the subject's phrase: عن, a بـ object, or a verbal noun
    or a noun with its pronoun (تمسكه، سيطرتهم، مسؤوليتها) that no entity covers."""
    word = norm(at[0])
    core = word[2:] if word.startswith("ال") else word
    raw = at[0].strip('«»"“”()،,')
    owned = raw.endswith(("ته", "تها", "تهم", "ها", "هم")) or (
        raw.endswith("ه") and (_verbal_noun(norm(raw[:-1])) or _form_v(norm(raw[:-1])))
    )
    return (
        word == "عن"
        or _b_object_word(ix, at)
        or (ix.candidate_at(at[1]) is None and ((_verbal_noun(core) and not core.endswith("ه")) or owned))
    )


def _past_channel_words(ix: DocIndex, prep: tuple[str, int, int], window: int) -> int | None:
    """The end of a channel phrase opened by the preposition ``prep`` (في، خلال، عبر: ``channel_prepositions``) — a
    channel noun (a channel cue: بيان، بيانها، تصريح صحفي، حسابها، تغريدة), its own words (``channel_phrase_tail``:
    له، صحافي، مشترك، أمس), dates, definite adjectives in ي / ية (الرسمي، الإلكتروني), a verb of issuing with its
    pronoun (``channel_issuing``: نشرته، أصدرته) and a medium after على / في / عبر (``channel_media`` or a channel
    cue: على موقعها الإلكتروني، على تويتر) — within ``window``; None when no channel noun follows ``prep`` (round 42,
    cl77)."""
    noun = ix.word_after(prep[2])
    cues = ix.channels_near(noun[1]) if noun is not None and noun[1] < window else []
    if noun is None or not cues:
        return None
    end = max(noun[2], *(c.end for c in cues))
    while (w := ix.word_after(end)) is not None and w[1] < window and not ix.doc.text[end : w[1]].strip():
        word = norm(w[0])
        adjective = word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4
        if word in _CHANNEL_TAIL or word in _CHANNEL_ISSUING or ix.in_timex(w[1]) or adjective:
            end = w[2]
            continue
        if word in _CHANNEL_ISSUED:  # "في بيان صادر عن مكتب رئيس الوزراء"، "صادر عنها" (round 42, cl78)
            end = _past_issuer(ix, w[2], window)
            continue
        medium = ix.word_after(w[2]) if word in ("علي", *_CHANNEL_PREPS) else None
        if medium is None or medium[1] >= window or ix.doc.text[w[2] : medium[1]].strip():
            break
        if not (norm(medium[0]) in _CHANNEL_MEDIA or ix.channels_near(medium[1])):
            break
        end = medium[2]  # "عبر حسابها على تويتر"، "في بيان نشرته على موقعها على الإنترنت"
        if not medium[0].endswith(("ه", "ها", "هم")):
            end = _past_medium_name(ix, end, window)  # "على موقع التواصل الاجتماعي «تويتر»"
    return end


#: the prepositions of an issuer after a channel issued (صادر عن، صادر من) and their pronoun forms (صادر عنها)
_ISSUER_PREPS = frozenset(("عن", "من"))
_ISSUER_PRONOUNS = frozenset(norm(p + s) for p in ("عن", "من") for s in ("ه", "ها", "هم", "هما"))


def _past_issuer(ix: DocIndex, end: int, window: int) -> int:
    """Past عن / من and the issuer after a channel issued (``channel_issued``: صادر، الصادر، صدر …): its pronoun (عنها)
    or a construct chain of at most five words — an entity the tagger found whole, a definite word, or an indefinite
    word after an indefinite one (مكتب رئيس الوزراء، وزارة الداخلية، القيادة العامة للجيش); an indefinite word after a
    definite one opens the object (… الوزراء فرض حظر التجول). ``end`` when no issuer follows (round 42, cl78)."""
    text = ix.doc.text
    by = ix.word_after(end)
    if by is None or by[1] >= window or text[end : by[1]].strip():
        return end
    b = norm(by[0])
    if b in _ISSUER_PRONOUNS:
        return by[2]
    if b not in _ISSUER_PREPS:
        return end
    q, definite, k = by[2], False, 0
    while k < 5 and (w := ix.word_after(q)) is not None and w[1] < window and not text[q : w[1]].strip():
        word = norm(w[0])
        if not w[0].isalpha() or ix.in_timex(w[1]) or word in _INTRODUCING or word in ix.lexicon.prepositions:
            break
        whole = next((c for c in ix.candidates_in(w[1], w[1] + 1) if c.start == w[1] and c.type != "ANON"), None)
        if whole is not None and whole.end <= window:
            q, definite, k = whole.end, True, k + 1
            continue
        art = word.startswith(("ال", "لل"))
        if k and definite and not art:
            break
        q, definite, k = w[2], art, k + 1
    return q if k else end


def _past_medium_name(ix: DocIndex, end: int, window: int) -> int:
    """Past a medium's genitive and adjectives (at most three definite words: موقع التواصل الاجتماعي) and a name in
    quotes of at most three words after them (“تويتر”); ``end`` when none follows."""
    text = ix.doc.text
    for _ in range(3):
        w = ix.word_after(end)
        if w is None or w[1] >= window or text[end : w[1]].strip() or not norm(w[0]).startswith("ال"):
            break
        end = w[2]
    q = end + len(text[end:window]) - len(text[end:window].lstrip(" \t\u00a0"))
    if q < window and is_opening_quote(text, q):
        close, closed = quote_close(text, q)
        if closed and close < window and 1 <= len(text[q + 1 : close].split()) <= 3:
            end = close + 1
    return end


def object_past_channel(ix: DocIndex, at: int, window: int) -> int | None:
    """Where a plain object opens right after a channel phrase that starts at the word after ``at`` ("وأعلنت الوزارة
    في بيان إغلاق المعبر"، "وأعلن الجيش عبر حسابه على تويتر فرض حظر …": :func:`_past_channel_words`, a comma allowed
    after it, then :func:`_object_word`); None otherwise (round 42, cl77)."""
    prep = ix.word_after(at)
    if prep is None or prep[1] >= window or ix.doc.text[at : prep[1]].strip() or norm(prep[0]) not in _CHANNEL_PREPS:
        return None
    past = _past_channel_words(ix, prep, window)
    obj = ix.word_after(past) if past is not None else None
    if obj is not None and obj[0] in ("،", ","):
        obj = ix.word_after(obj[2])
    return obj[1] if obj is not None and obj[1] < window and _object_word(ix, obj) else None


def past_head_break(ix: DocIndex, speaker: Speaker, at: int, window: int) -> int:
    """Past the comma or the place phrase and comma that end a subject :func:`_head_before_object` read ("أعلن المؤتمر
    الوطني العام، تمسكه …"، "وأقر التنظيم في منتصف الشهر، بمقتل …"): where the object opens; ``at`` otherwise."""
    s0, s1 = speaker.get("start"), speaker.get("end")
    if speaker.get("found_by") != "as_written" or not isinstance(s0, int) or not isinstance(s1, int) or s1 != at:
        return at
    head = ix.word_after(s0 - 1) if s0 > 0 else None
    if head is None or drop_conjunction(norm(head[0]), min_rest=2).removeprefix("ال") not in _OBJECT_SUBJECT_HEADS:
        return at
    last = ix.word_before(s1)
    found = _break_then_object(ix, last, window) if last is not None else None
    if found is None or found[0] < at or ix.doc.text[at : found[0]].strip():
        return at  # (the break must follow the subject at once: "التنظيم في منتصف الشهر، بمقتل")
    nxt = ix.word_after(at)
    return found[1] if nxt is not None and (nxt[0] in ("،", ",") or norm(nxt[0]) in _CHANNEL_PREPS) else at
