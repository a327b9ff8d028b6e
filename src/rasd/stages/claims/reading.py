"""Step 3: one claim from a marker (:func:`_read_claim`): introducer, speaker, content, channel and date, with the
readers that bound a speaker phrase (a title's comma, a relative clause, a date) and the content."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from rasd.claims.agreement import disagrees, marker_form, speaker_form
from rasd.claims.content import LETTER_RE, Content, Intro
from rasd.claims.context import Candidate, DocIndex
from rasd.claims.lexicon import MARKER_PARTICIPLE, MARKER_PREPOSITION, MARKER_RESUMPTIVE, MARKER_VERB, Cue
from rasd.claims.spans import collapse, is_opening_quote, quote_close, trim
from rasd.claims.speakers import (
    Speaker,
    as_written,
    continued,
    nested_source,
    phrase,
    punct_between,
    role_reader,
    search_before,
    title_speaker,
)
from rasd.document import Post
from rasd.resources.cues import CueFile
from rasd.stages.claims.after import (
    _form_v,
    _speaker_after,
    _verbal_noun,
    object_past_channel,
    past_head_break,
    past_place_phrase,
)
from rasd.stages.claims.before import (
    _body_subject,
    _disagreeing,
    _joined_subject,
    _kana_subject,
    _named_before_object,
    _opening_subject,
    _plural_before_other,
    _speaker_around,
    by_saying_speaker,
)
from rasd.stages.claims.channels import _channel
from rasd.stages.claims.common import (
    Claim,
    _after_dateline,
    _channel_at,
    _from_candidate,
    _Mark,
    _present,
    _previous_sentence,
    _span,
    _speaker_key,
    _State,
    _told_at,
)
from rasd.stages.claims.cues import (
    _ACT_SUBJECTS,
    _ADMISSION_OBJECTS,
    _ADMISSION_VERBS,
    _AFFILIATED,
    _AS_WHAT,
    _ATTENTION,
    _BARE_REACH,
    _BARE_SPEECH_NEGATIONS,
    _BARE_SPEECH_OPENERS,
    _BARE_SPEECH_VERBS,
    _BETWEEN_VERBS,
    _BLAME_VERBS,
    _BUT_PRONOUNS,
    _BY_SAYING_WORDS,
    _CAUSE_VERBS,
    _CHANNEL_PHRASE_WORDS,
    _CHANNEL_PREPS,
    _CHANNEL_TAIL,
    _CLAUSE_PREPOSITIONS,
    _CLAUSE_PUNCT,
    _CLOSERS,
    _DATE_RE,
    _DEMONSTRATIVES,
    _EXPECTING_HEADS,
    _GROUP_HEADS,
    _HINT_VERBS,
    _INFORMING_VERBS,
    _INTRO_LEADS,
    _LEARNED_FROM,
    _LEARNED_OUTLETS,
    _LEARNED_VERBS,
    _MANNER_ADVERBS,
    _MODALS,
    _MONITORING_OUTLETS,
    _MONITORING_VERBS,
    _NAMED_OBJECT_VERBS,
    _NAMES_WITH_GOD,
    _NO_ADDRESSEE_KINDS,
    _OBJECT_LEADS,
    _OCCASION_PREPS,
    _ON_LEADS,
    _ON_OBJECT_VERBS,
    _OWN_WORDS,
    _PASSING_WORDS,
    _POINTING_PREPOSITIONS,
    _PRAISE_AFTER_GOD,
    _PRAYER_HEADS,
    _PRAYER_WORDS,
    _QUOTE_MARKS,
    _RELAY_NOT_SOURCES,
    _RELAY_REACH,
    _RENEWED_NOUNS,
    _REPEAT_VERBS,
    _SET_OFF_NOUNS,
    _SIGNING,
    _SOURCE_PRONOUNS,
    _STRESSING_PARTICIPLES,
    _SUBJECT_WORDS,
    _THAT,
    _THESE,
    _THESE_NOUNS,
    _TOLD_PAPERS,
    _VERB_FIRST,
    _WHAT_BEFORE_PHRASE,
    _WORD,
)
from rasd.stages.claims.marks import (
    _PRONOUN_VERDICTS,
    _SHOWING_VERBS,
    _VERDICT_ADJECTIVE_VERBS,
    _act_at,
    _blame_at,
    _cause_at,
    _owned_at,
    verdict_phrase,
    verdict_phrase_at,
)
from rasd.stages.claims.written import (
    _fused_anaphor_source,
    _leading_then_source,
    _outlet_after,
    _read_preposition,
)
from rasd.text.clitics import drop_conjunction, in_words
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm


def _after_noun(ix: DocIndex, at: int) -> bool:
    """Whether the word before ``at`` is a noun that may end a subject (not a particle, punctuation or a quote)."""
    w = ix.word_before(at)
    if w is None or w[0] in _CLAUSE_PUNCT or not LETTER_RE.search(w[0]):
        return False
    word = norm(w[0])
    return (
        word not in _VERB_FIRST
        and drop_conjunction(word, min_rest=2) not in _VERB_FIRST
        and word not in ix.lexicon.not_speakers
    )


def _verdict_object(ix: DocIndex, m: Match[Cue], speaker: Speaker, intro: int) -> tuple[Speaker | None, int] | None:
    """The speaker and the start of the object of a verdict verb (وصف، اعتبر: ``verdict_verbs``) before بأن at
    ``intro``: the words between the speaker's phrase and بأن, or, when the phrase ran up to بأن, its last word
    ("ووصف وزير الخارجية الاتفاق بأنه": the minister speaks, "الاتفاق بأنه …" is the content); None when the verb is
    no verdict verb or no object stands before بأن. The speaker is None when the one definite word kept as written
    after the verb is the object ("فيما وصف المسؤولين بأنهم": the speaker is the one before); the object -1 when
    there is no claim (وُصفت بأنها with no object: the passive; يمكن وصف: a verbal noun after a modal)."""
    if norm(m.key) not in ix.lexicon.verdict_verbs:
        return None
    text = ix.doc.text
    if norm(m.key).startswith("وصف") and (
        ix.words_between(m.end, intro) == 0 or norm((ix.word_before(m.prefix_start) or ("", 0, 0))[0]) in _MODALS
    ):
        return None, -1  # "ملاحظات وُصفت بأنها": the passive, nobody's claim; "ويمكن وصف البيئة بأنها": no speech
    start, end = speaker.get("start"), speaker.get("end")
    after = isinstance(start, int) and isinstance(end, int) and m.end <= start < intro
    sp_end = int(end) if after and isinstance(end, int) and end <= intro else m.end
    first = ix.word_after(sp_end)
    if first is not None and first[1] < intro and not punct_between(ix, sp_end, first[1]):
        return speaker, first[1]
    if not after or not isinstance(start, int):
        return None
    if (
        norm(m.key).startswith("وصف")
        and speaker.get("entity") is not None
        and ix.words_between(m.end, start) == 0
        and int(end or 0) >= intro - 1
    ):
        # وصف always has its object before بأن: a name right after it that runs up to بأن is that object
        # ("وذهب الرئيس إلى حد وصف الاتفاق بأنه": the one before speaks)
        return None, start
    last = ix.word_before(intro)
    if last is None or not norm(last[0]).startswith("ال") or speaker.get("entity") is not None:
        return None
    if last[1] <= start:
        return (None, last[1]) if speaker.get("found_by") == "as_written" else None
    cut = dict(speaker)
    cut_end = len(text[: last[1]].rstrip())
    cut.update(text=text[start:cut_end], end=cut_end)
    if cut.get("name_ar"):
        cut["name_ar"] = collapse(text[start:cut_end])
    return cut, last[1]


def _verdict_adjective(ix: DocIndex, start: int, bound: int, *, words: int = 8) -> int | None:
    """Where the بـ phrase of a verdict with no بأن starts ("ووصف المفتي الحادثة بالعمل الإجرامي": بالعمل), the first
    word opening with بال among the ``words`` words after ``start``, before ``bound`` and before clause punctuation,
    a comma right before it allowed ("وصف النائب القانون، بالكارثة"); not a place or a name (بالسعودية: an entity
    starts in it) nor a word of ``verdict_adjective_not``; else None (round 24, helper cl35)."""
    w = ix.word_after(start)
    for _ in range(words):
        if w is None or w[1] >= bound:
            return None
        if w[0] in _CLAUSE_PUNCT:
            nxt = ix.word_after(w[2])
            if w[0] in "،," and nxt is not None and nxt[1] < bound and verdict_phrase(ix, nxt):
                return nxt[1]
            return None
        if verdict_phrase(ix, w):
            return w[1]
        w = ix.word_after(w[2])
    return None


def _adjective_verdict(
    ix: DocIndex, m: Match[Cue], speaker: Speaker, content: Content, s1: int
) -> tuple[Speaker, Content] | None:
    """The speaker and content of a verdict of وصف with a بـ phrase and no بأن (``verdict_adjective_verbs``): the
    speaker named after the verb, one to six words of object, then the بـ phrase; the content is the object and that
    phrase (check21: "وصف مفتي عام المملكة … حادثة التفجير … بالعمل الإجرامي"; the coded sets' convention). A title
    read over the object gives it back ("وصف وزير الخارجية الإيراني المفاوضات بالصعبة"), a definite noun kept as
    written keeps its adjectives only before an indefinite object ("فيما وصفت الصحافة المحلية مشوار الفريق
    بالتاريخي"، "ووصف المدرب مغادرة اللاعب بالصدمة"; a person in the object stays there: "ووصف مسعود مغادرة حاجي
    المفاجئة بالصدمة"); an indefinite word kept as written is the passive ("وُصفت حالة 15 مصابا بالحرجة"): None
    (round 24, helper cl35)."""
    text = ix.doc.text
    sp_start, sp_end = speaker.get("start"), speaker.get("end")
    if (
        speaker.get("found_by") not in ("mention", "title", "as_written")
        or not isinstance(sp_start, int)
        or not isinstance(sp_end, int)
        or sp_start < m.end
    ):
        return None
    head, nxt, last = ix.word_after(sp_start), ix.word_after(sp_end), ix.word_before(sp_end)
    if head is None or last is None:
        return None
    if (
        speaker.get("found_by") == "title"
        and (nxt is None or nxt[1] >= content[0] - 1)
        and last[1] > sp_start
        and norm(last[0]).startswith("ال")
    ):
        sp_end = len(text[: last[1]].rstrip())
        speaker = {**speaker, "text": text[sp_start:sp_end], "end": sp_end}
    if speaker.get("found_by") == "as_written":
        if not norm(head[0]).startswith("ال"):
            return None
        end = head[2]
        w = ix.word_after(end)
        while w is not None and w[2] < sp_end and norm(w[0]).startswith("ال"):
            w = ix.word_after(w[2])
        if w is not None and w[1] < content[0] and not norm(w[0]).startswith("ال") and w[0] not in _CLAUSE_PUNCT:
            prev = ix.word_before(w[1])
            end = prev[2] if prev is not None and prev[2] < sp_end else end  # the definite run before the object
        if end < sp_end:
            speaker = {**speaker, "text": text[sp_start:end], "name_ar": text[sp_start:end], "end": end}
            sp_end = end
    first = ix.word_after(sp_end)
    adjective = _verdict_adjective(ix, sp_end, s1)
    if (
        first is None
        or adjective is None
        or first[1] >= adjective
        or ix.words_between(first[1], adjective) > 6
        or punct_between(ix, sp_end, first[1])
        or adjective >= content[1]
    ):
        return None
    return speaker, (first[1], content[1], content[2])


def _hint_lead(ix: DocIndex, end: int, s1: int) -> tuple[str, int, int] | None:
    """The إلى after a verb of hinting (claim_cues ``hint_verbs``) with no أن, within twelve words and no clause
    punctuation but the commas around a date ("ولمحت السلطات البحرينية، أمس، إلى تورط إيران"), when a verbal noun
    opens what it leads (تورط، عدم، وجود; not a topic: "ألمح بوتين إلى الأزمة"); None otherwise (round 25, cl36)."""
    w = ix.word_after(end)
    dated = False
    for _ in range(12):
        if w is None or w[1] >= s1:
            return None
        if w[0] in _CLAUSE_PUNCT:
            nxt = ix.word_after(w[2])
            if w[0] not in "،," or nxt is None or not (dated or ix.in_timex(nxt[1])):
                return None  # (only "، أمس،": a date set off by commas)
            dated = False
        elif ix.in_timex(w[1]):
            dated = True
        elif norm(w[0]) in ("الي", "إلى"):
            obj = ix.word_after(w[2])
            core = norm(obj[0]).removeprefix("ال") if obj is not None else ""
            if obj is None or ix.candidate_at(obj[1]) is not None or not (_verbal_noun(core) or _form_v(core)):
                return None
            return w
        else:
            dated = False
        w = ix.word_after(w[2])
    return None


def _sentence_speaker(ix: DocIndex, st: _State, mk: _Mark, speaker: Speaker, s0: int) -> Speaker | None:
    """The speaker of a joined verdict ("ورفض روحاني المزاعم ووصفها بالتصور الخاطئ"): the subject of the verb that
    opens its sentence (a name or a title right after it, :func:`_opening_subject`), or the speaker read, named in
    this sentence, of a claim earlier in it with no relative between ("وقال نابوت إن … ووصفه بـ«الرجل الاستثنائي»";
    not "نقلت الصحيفة أن … في الوقت الذي امتدح اللاعب ووصفه بالمميز": the praiser); None for anyone else,
    as a name deep in the sentence after a verbal noun ("من شتم إيران ووصفها"، "بعد انتخاب روحاني ووصفه": no verb
    of theirs; round 25, helper cl36)."""
    m = mk.match
    own = _opening_subject(ix, st, s0, m.prefix_start, near=False)
    if own is not None:  # agreeing with the verb less its object (not "يذكر أن زواوي كُرّم … ووصفته")
        verb = ix.doc.text[m.start : m.end]
        for suffix in ("هما", "هم", "ها", "ه"):
            if verb.endswith(suffix):
                verb = verb[: -len(suffix)] + ("ا" if verb[: -len(suffix)].endswith("و") else "")
                break
        typ = own.get("type")
        form = speaker_form(str(own.get("text") or ""), typ if isinstance(typ, str) else None)
        if disagrees(marker_form(verb, participle=False), form, before=True):
            return None
        at = int(own.get("start") or s0)
        lead = re.split("[،,؛;]", ix.doc.text[s0:at])[-1].split()
        titled = len(lead) > 1 and role_reader().may_start(norm(lead[1]))  # "ورفض وزير الخارجية فلان"
        if (len(lead) > 2 and not titled) or ix.intros_in(s0, at):
            return None  # right after the opening verb (not "وتفاءل كثيرون بعد انتخاب فلان ووصفه"، "يذكر أن فلانا")
        return own
    last = next((c for c in reversed(st.claims) if c["marker"] is not None), None)
    named = last["speaker"].get("start") if last is not None else None
    if (
        last is not None
        and int(last["marker"]["start"]) >= s0
        and isinstance(named, int)
        and named >= s0
        and last["speaker"].get("found_by") in ("mention", "title", "as_written", "anaphor")
        and speaker.get("found_by") == "pronoun"
        and not any(norm(w) in ix.lexicon.relatives for w in ix.doc.text[int(last["marker"]["end"]) : m.start].split())
    ):
        return speaker
    return None


def _demonstrative_after(ix: DocIndex, end: int) -> int | None:
    """Where the speaker may start after a marker whose object is ذلك / هذا (أوضح ذلك رئيس الوزراء), else None."""
    w = ix.word_after(end)
    if w is None or norm(w[0]) not in _DEMONSTRATIVES:
        return None
    if ix.in_timex(w[1]) and not _today_then_title(ix, w[2]):
        return None  # not "هذا الأسبوع"
    nxt = ix.word_after(w[2])
    if nxt is None or nxt[0] in _CLAUSE_PUNCT or ix.intros_in(nxt[1], nxt[1] + 1):
        return None
    if norm(w[0]) == norm("هذا") and norm(nxt[0]).startswith("ال"):
        return None  # "واعتبر هذا الادعاء «فضيحة»": "this claim", the object
    return w[2]


#: the most words of a title before the name that speaks after "أوضح ذلك" (round 36, cl59): "أوضح ذلك المدير العام
#: للمكتب التنفيذي لمجلس وزراء الصحة لدول مجلس التعاون رئيس اللجنة العلمية للمؤتمر الأستاذ الدكتور فلان"
_DEMONSTRATIVE_TITLE_WORDS = 18
#: an abbreviated title inside the phrase ("د."، "م."، "أ."): one or two letters and a dot
_ABBREVIATION_RE = re.compile(r"(?<!\S)[^\W\d_]{1,2}\.")


def _today_then_title(ix: DocIndex, end: int) -> bool:
    """Whether "ذلك اليوم" / "ذلك أمس" after a verb is "this, today" with a title opening the speaker's phrase after
    it ("أوضح ذلك اليوم مدير عام فرع الوزارة فلان"), not "that day" (round 36, cl59)."""
    day = ix.word_after(end)
    if day is None or norm(day[0]) not in ("اليوم", "امس"):
        return False
    title = ix.word_after(day[2])
    return title is not None and (role_reader().may_start(norm(title[0])) or norm(title[0]) in _EXPLAINING_HEADS)


def _past_told_paper(ix: DocIndex, at: int, bound: int) -> int:
    """Past a date and the paper told, between "أوضح ذلك" and its speaker ("أوضح ذلك اليوم مدير عام …"، "أوضح ذلك
    لـ «عكاظ» المتحدث الإعلامي …"، 'أوضح ذلك لـ"الوطن" عضو اللجنة …'): where the speaker's phrase starts (round 36,
    cl59). The clause's channel cue (an outlet after لـ: an interview) stays where it is."""
    text = ix.doc.text
    w = ix.word_after(at)
    if w is not None and w[1] < bound and norm(w[0]) in ("اليوم", "امس"):
        at = w[2]
        w = ix.word_after(at)
    if w is None or w[1] >= bound or norm(w[0])[:1] != "ل" or not (w[0] in ("ل", "لـ") or w[0][1:2] in '"«“'):
        return at
    q = w[1] + (len(w[0]) if w[0] in ("ل", "لـ") else 1)
    q += len(text[q:bound]) - len(text[q:bound].lstrip(" \t\u00a0"))
    if q >= bound or not is_opening_quote(text, q):
        return at
    close, closed = quote_close(text, q)
    if not closed or close >= bound or len(text[q + 1 : close].split()) > 4:
        return at
    return close + 1


def _title_then_name(ix: DocIndex, first: tuple[str, int, int], name_start: int) -> bool:
    """Whether the words from ``first`` to a speaker named further on are his title (round 36, cl59): "أوضح ذلك
    رئيس مجلس إدارة النادي المشرف العام على الملتقى الدكتور فلان"، "أوضح ذلك المشرف على عمادة القبول والتسجيل د.
    فلان" — a title opens them (or an office of ``explaining_subject_heads``), at most
    :data:`_DEMONSTRATIVE_TITLE_WORDS` words, and nothing but an abbreviated title's dot, a comma and quote marks
    around the name stand between."""
    w = norm(first[0])
    if not (role_reader().may_start(w) or w in _EXPLAINING_HEADS):
        return False
    if ix.words_between(first[1], name_start) > _DEMONSTRATIVE_TITLE_WORDS:
        return False
    between = _ABBREVIATION_RE.sub(" ", ix.doc.text[first[1] : name_start]).rstrip(' \t\u00a0،,"«“')
    return not any(ch in between for ch in '.،,:;؛!?؟«»"“”()\n')


def _past_title_comma(ix: DocIndex, speaker: Speaker, marker_end: int, at: int, s1: int, *, inner: bool = False) -> int:
    """Past the comma that ends a subject given with its title before the name ("دعا مدير عام فرع الوزارة
    الأستاذ فلان، المواطنين إلى"، "طالب رئيس النادي الأمير فلان، مفوضي النادي بـ"): the object follows. Not after
    a name without a title (أعلنت الأهلي كابيتال، المستشار المالي …: an apposition), nor before a preposition or a
    date (وأشار فلان، خلال الحفل، إلى)."""
    text = ix.doc.text
    p = at
    org = ix.word_after(at)
    if speaker.get("anonymous") and org is not None and norm(org[0]) in ("في", "من", "داخل"):
        body = next(iter(ix.candidates_in(org[2], org[2] + 2)), None)  # "مصادر مطلعة في وزارة الحج،": theirs
        if body is not None and body.type in ("ORG", "GPE"):
            p = body.end
    while p < s1 and text[p] in " \t\u00a0":
        p += 1
    sp0 = speaker.get("start")
    if p >= s1 or text[p] not in "،," or not isinstance(sp0, int):
        return at
    nxt = ix.word_after(p + 1)
    if (
        not inner
        and ix.words_between(marker_end, sp0) < 1
        and not _body_or_office(ix, speaker)
        and not (speaker.get("type") == "PER" and nxt is not None and role_reader().may_start(norm(nxt[0])))
    ):  # (a person's title in commas right after his name: "أعلن فلان، المسؤول الإعلامي في المجلس، مقتل …")
        return at
    if nxt is None or ix.in_timex(nxt[1]) or nxt[1] in ix.stops:
        return at
    if norm(nxt[0]) in _CHANNEL_PREPS and (past := _past_channel_phrase(ix, p + 1, s1)) > p + 1:
        return past  # "ودعا الأمين العام فلان، في بيان له أمس، الدول الأعضاء إلى": the channel in commas (round 12)
    told = _told_at(ix, p + 1, s1) if inner else None
    if told is not None:  # "أعلن فلان، المسؤول …، لـ«الشرق الأوسط»، أمس، مقتل …": the paper told, a date (round 12)
        q = told[1]
        while (w := ix.word_after(q)) is not None and (w[0] in ("،", ",") or ix.in_timex(w[1])):
            q = w[2]
        return q
    if norm(nxt[0]) in ix.lexicon.prepositions and norm(nxt[0]) not in _OBJECT_LEADS:
        return at  # "وأشار فلان، خلال الحفل، إلى": a setting, the object comes later
    after = ix.word_after(nxt[2])
    heads = [ix.candidate_at(nxt[1]), ix.candidate_at(after[1]) if after is not None else None]
    person = next((c for c in heads if c is not None and c.type == "PER"), None)  # (الفنان فلان: after one word)
    second = min((k for k in (text.find("،", p + 1, s1), text.find(",", p + 1, s1)) if k >= 0), default=-1)
    if (
        role_reader().may_start(norm(nxt[0]))
        or (person is not None and speaker.get("found_by") == "title")
        or (inner and norm(nxt[0]).startswith("ال") and 0 < ix.words_between(p + 1, second) <= 6)
    ):  # "الأمير فلان، أمير منطقة نجران، بإحداث": his title in commas; "انتقد رئيس المجلس، (الفنان) فلان، الحكومة":
        # his name; "أعلن قائد الجيش، فلان، المقرب من المرشد، دعمه": a second apposition (round 12)
        if second < 0 or ix.words_between(p + 1, second) > 10:
            return at
        return _past_title_comma(ix, speaker, marker_end, second, s1, inner=True) if second > p else at
    return nxt[2] if norm(nxt[0]) == "عن" else p + 1  # "كشف عن خطة": what is revealed, after عن


def _body_or_office(ix: DocIndex, speaker: Speaker) -> bool:
    """A speaker named by its office (نفى المتحدث الرسمي لوزارة التعليم،) or a body whose name opens with a body noun
    (أكدت وزارة الداخلية،): a comma after it ends the subject, the object follows (round 12). A name alone is not:
    "أعلنت الأهلي كابيتال، المستشار المالي" is an apposition."""
    if speaker.get("found_by") == "title":
        return True
    words = str(speaker.get("text") or "").split()
    first = norm(words[0]) if words else ""
    return in_words(first, ix.lexicon.body_nouns, min_rest=2)


def _date(ix: DocIndex, st: _State, region: tuple[int, int], marker: int, post: Post | None) -> str | None:
    if post is not None and post.date:
        return post.date
    best: tuple[int, str] | None = None
    for x in ix.doc.timexes:
        if not (region[0] <= x.start and x.end <= region[1]) or x.type != "DATE" or not x.value:
            continue
        if not _DATE_RE.match(x.value) or any(a <= x.start < b for a, b in st.contents):
            continue
        d = abs(x.start - marker)
        if best is None or d < best[0]:
            best = (d, x.value)
    return best[1] if best else None


def _past_date(ix: DocIndex, pos: int) -> int:
    """Where the object starts after a date between the speaker and it: "أعلنت روسيا أمس الأحد وقف …" and, in
    commas or parentheses, "أعلنت الوزارة، اليوم (الخميس)، عن ضبط …"."""
    dated = False
    while (nxt := ix.word_after(pos)) is not None:
        if ix.in_timex(nxt[1]):
            pos, dated = nxt[2], True
        elif nxt[0] in ("(", ")") and (dated or ((w := ix.word_after(nxt[2])) is not None and ix.in_timex(w[1]))):
            pos = nxt[2]
        elif nxt[0] in ("،", ","):
            w = ix.word_after(nxt[2])
            if w is not None and not ix.in_timex(w[1]) and (dated or norm(w[0]) in _OBJECT_LEADS):
                return nxt[2]  # "…، اليوم (الخميس)، عن"، "كشف المتحدث العميد فلان، عن تفاصيل …"
            if w is not None and not dated and norm(w[0]).startswith("ال"):
                # "كشف الدكتور فلان، المشرف العام على المركز، عن تنسيق": a title in commas, then the object
                close = next(
                    (
                        c
                        for c in ix.doc.tokens[ix.token_index(w[1]) : ix.token_index(w[1]) + 14]
                        if ix.doc.text[c.start : c.end] in ("،", ",", ".", ":")
                    ),
                    None,
                )
                if close is not None and ix.doc.text[close.start] in "،,":
                    lead = ix.word_after(close.end)
                    if lead is not None and norm(lead[0]) in _OBJECT_LEADS and "\n" not in ix.doc.text[pos : lead[1]]:
                        return close.end
            if w is None or not ix.in_timex(w[1]):
                return pos
            pos = nxt[2]
        else:
            return pos
    return pos


def _marker_span(ix: DocIndex, m: Match[Cue]) -> dict[str, Any]:
    text = ix.doc.text
    start = m.start
    if m.value.type is MARKER_PREPOSITION and "ب" in m.prefix:
        at = text.find("ب", m.prefix_start, m.start)  # "بحسب", not "حسب"
        start = at if at >= 0 else start
    return _span(text, start, m.end)


def _past_unnamed_comma(ix: DocIndex, speaker: Speaker, at: int, s1: int) -> int:
    """Past the comma that ends an unnamed subject (sources, officials, a report: ``anonymous``) with up to two
    indefinite adjectives in ي / ية after it, when the object opens after the comma with a lead (عن، إلى، على) or
    an indefinite verbal noun ("أكدت مصادر عسكرية، تدمير …"، "كشف تقرير دولي، عن تراجع …"، "كشفت إحصائية رسمية،
    ارتفاعا في …": round 32, cl47). An unnamed subject takes no apposition there; a verb or a name after the comma
    ("أكدت مصادر، طلبت عدم ذكر اسمها، …") is not read as the object."""
    if not speaker.get("anonymous") or speaker.get("found_by") not in ("mention", "as_written"):
        return at
    if not isinstance(speaker.get("end"), int) or int(speaker["end"]) + 2 < at:
        return at  # the object's start already moved past the speaker's phrase (a date, a channel, a title)
    p = at
    for _ in range(3):
        w = ix.word_after(p)
        if w is None or w[1] >= s1:
            return at
        if w[0] in ("،", ","):
            break
        nw = norm(w[0])
        if nw.startswith("ال") or not nw.endswith(("ي", "يه", "يون", "يين")) or ix.candidate_at(w[1]) is not None:
            return at
        p = w[2]
    else:
        return at
    nxt = ix.word_after(w[2])
    if nxt is None or nxt[1] >= s1 or ix.candidate_at(nxt[1]) is not None or ix.in_timex(nxt[1]):
        return at
    head = norm(nxt[0])
    if head in _OBJECT_LEADS:
        return w[2]
    core = head[:-1] if head.endswith("ا") and len(head) >= 5 else head
    if not head.startswith("ال") and _verbal_noun(core) and not role_reader().may_start(head):
        return w[2]
    return at


def _past_relative_comma(ix: DocIndex, speaker: Speaker, end: int, s1: int) -> int:
    """Past a relative clause in commas right after the speaker of a verb with a plain object, and up to two
    adjectives before it ("اتهمت «وحدات الحماية» الكردية، التي تقاتل …، تركيا بـ"، "وانتقد حزب العمال، الذي يقود
    المعارضة، الحكومة"): the object starts after the second comma (round 12b). Not past a clause with no closing
    comma, nor more than twenty words."""
    if speaker.get("found_by") not in ("mention", "as_written", "title") or not isinstance(speaker.get("end"), int):
        return end
    if int(speaker["end"]) + 2 < end:
        return end  # the speaker's phrase already ended further back (a date, a channel, a title in commas)
    text = ix.doc.text
    p = end
    while p < s1 and text[p] in ' \t\u00a0»”"':
        p += 1  # the closing quote of a quoted name
    quoted = "»" in text[end:p] or "”" in text[end:p] or '"' in text[end:p]
    for _ in range(2 if quoted else 0):  # adjectives only after a quoted name ("«وحدات الحماية» الكردية")
        w = ix.word_after(p)
        if w is None or not norm(w[0]).startswith("ال") or norm(w[0]) in ix.lexicon.relatives:
            break
        if norm(w[0]) in ix.lexicon.prepositions or ix.intros_in(w[1], w[1] + 1):
            break
        p = w[2]
    comma = ix.word_after(p)
    rel = ix.word_after(comma[2]) if comma is not None and comma[0] in ("،", ",") else None
    if rel is None and comma is not None and text[: comma[1]].rstrip(" \t\u00a0").endswith(("،", ",")):
        rel = comma  # the speaker's phrase already took the comma ("وأعلن الجيش، الذي …")
    if rel is None or norm(rel[0]) not in ix.lexicon.relatives:
        return end
    q = rel[2]
    for _ in range(20):
        w = ix.word_after(q)
        if w is None or w[1] >= s1:
            return end
        if w[0] in ("،", ","):
            nxt = ix.word_after(w[2])
            if nxt is None or nxt[1] >= s1:
                return end
            head = norm(nxt[0])
            if head in ix.lexicon.prepositions or head in ("ايضا", "كذلك") or (head[:1] == "ب" and len(head) >= 4):
                return end  # "واتهم فلان، الذي …، أيضا بالفساد": a passive, no object after the clause
            return w[2]
        if w[0] in (".", "؛", ";", ":") or ix.intros_in(w[1], w[1] + 1):
            return end
        q = w[2]
    return end


def _these_words(ix: DocIndex, at: int) -> int | None:
    """Where "بهذه العبارات" / "هكذا" starts when it stands right before a marker at ``at`` after a closing quote."""
    w = ix.word_before(at)
    if w is None:
        return None
    if norm(w[0]) in _THESE_NOUNS:
        w = ix.word_before(w[1])
        if w is None or norm(w[0]) not in ("بهذه", "بهذا"):
            return None
    elif norm(w[0]) not in _THESE:
        return None
    q = w[1] - 1
    while q >= 0 and ix.doc.text[q] in " \t\u00a0":
        q -= 1
    return w[1] if q >= 0 and ix.doc.text[q] in _CLOSERS else None


def _quote_before(ix: DocIndex, st: _State, at: int) -> Content | None:
    """A closed quote right before a marker verb, a comma between (« … »، قال فلان), that no claim holds: the
    content of the speaker named after the verb. The quote must open its sentence or follow a colon or a comma."""
    text = ix.doc.text
    comma = ix.word_before(at)
    these = _these_words(ix, at)
    if these is not None:  # "«…» بهذه العبارات تحدث فلان"، "«…» هكذا قال فلان": the quote before, no comma
        comma = ("،", these, these)
    if comma is None or comma[0] not in ("،", ","):
        return None
    close = comma[1] - 1
    while close >= 0 and text[close] in " \t\u00a0":
        close -= 1
    if close < 0 or text[close] not in _CLOSERS:
        return None
    s0 = ix.sentence_bounds(close)[0]
    opening = text.rfind(_CLOSERS[text[close]], max(0, s0 - 1), close)
    if opening < 0 or any(a <= opening < b or a < close <= b for a, b in st.contents):
        return None
    lead = text[s0:opening].strip(" \t\u00a0\n")
    if lead and lead[-1] not in ":،,":
        return None
    cs, ce = trim(text, opening + 1, close)
    return (cs, ce, True) if cs < ce else None


def _subject_then_that(between: list[str]) -> bool:
    """Whether the words between لفت (which otherwise needs إلى) and its content are a subject phrase then
    أن (ولفت مساعد مدير الأمن العام للشؤون الأمنية أنه …: round 9, a recall scan), not "attracted the attention"
    (لفت انتباهي خلال ستة أشهر أن)."""
    if not 2 <= len(between) <= 12 or norm(between[-1]) not in _THAT:
        return False
    if any(w in ("،", ",", ":", "؛") for w in between):
        return False
    return not norm(between[0]).startswith(_ATTENTION)


def _all_adjective(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a bare أجمع is the adjective "all" (للعالم أجمع، …): punctuation or the line's end right after it."""
    if m.prefix_start != m.start or norm(ix.doc.text[m.start : m.end]) != norm("أجمع"):
        return False
    nxt = ix.word_after(m.end)
    return nxt is None or not any(ch.isalpha() for ch in nxt[0])


def _affiliated(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a bare تابع (no و / ف) stands right before a word led by لـ: the adjective (round 9, a fresh audit)."""
    if m.prefix_start != m.start or norm(ix.doc.text[m.start : m.end]) not in _AFFILIATED:
        return False
    nxt = ix.word_after(m.end)
    return nxt is not None and norm(nxt[0])[:1] == "ل" and len(nxt[0]) > 2


def _preposition_look_alike(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a marker that is also a preposition (بين) stands bare right after a definite word, as the
    preposition does ("الفجوة الكبيرة بين …"); the verb opens its clause (وبين، حيث بين، بدوره، بين)."""
    if m.prefix_start != m.start:
        return False
    before = ix.word_before(m.prefix_start)
    if before is None or punct_between(ix, before[2], m.prefix_start):
        return False
    return norm(before[0]).startswith("ال") and len(before[0]) >= 4


def _subject_then_intro(ix: DocIndex, end: int, intro_start: int) -> bool:
    """Whether a long subject stands between a verb like بين and its introducer: a title or a named person or
    body starts right after the verb (بين المشرف العام على برامج القرية فلان أن، وبين مدير التعليم بالمحافظة
    الأستاذ فلان أن) and nothing but a comma cuts it (round 9)."""
    first = ix.word_after(end)
    if first is None or ix.words_between(end, intro_start) > _SUBJECT_WORDS:
        return False
    text = ix.doc.text
    if any(ch in text[end:intro_start] for ch in '.؟?!:«»"“”()؛;'):
        return False
    c = ix.candidate_at(first[1])
    if role_reader().may_start(norm(first[0])) or (c is not None and c.type in ("PER", "ORG")):
        return True
    # "… المهندس فلان أن": a named person closes the phrase, right before the introducer (a comma allowed)
    return any(
        p.type == "PER" and not text[p.end : intro_start].strip(" ،,") for p in ix.candidates_in(end, intro_start)
    )


#: the most words between بيّن and its introducer when a long subject stands between (round 36, cl59): a title
#: with its body and the holder's name ("وبين المشرف العام على وكالة التنمية في إمارة المنطقة أن"), or a study
#: with its relative clause ("وبيّنت الدراسة التي أجريت في مراكز أبحاث كلية … بجامعة … أن")
_LONG_SUBJECT_WORDS = 24
#: a quoted name inside the subject's phrase ("البرنامج الوطني للحرف "بارع"، أن"، "موقع «الجزيرة.نت»"): at most
#: this many words between its marks
_QUOTED_NAME_WORDS = 4
_QUOTED_NAME_RE = re.compile(r'«[^«»]{1,60}»|"[^"]{1,60}"|“[^“”]{1,60}”')
_CLAIMS_CUES = CueFile("ar/claims.yaml", section=None)
_REPORT_HEADS = _CLAIMS_CUES.normalized_words("report_speaker_heads")
_EXPLAINING_HEADS = _CLAIMS_CUES.normalized_words("explaining_subject_heads")
_THAT_AFTER_SUBJECT = _CLAIMS_CUES.normalized_words("that_after_subject_verbs")
_BELIEF_VERBS = _CLAIMS_CUES.normalized_words("belief_verbs")
_BELIEF_OPENERS = _CLAIMS_CUES.normalized_words("belief_openers")
_GENERAL_BELIEVERS = _CLAIMS_CUES.normalized_words("general_believers")
_OPENING_MARKS = frozenset(".،,:؛;!?؟\n*•-–")
_GROUP_HEAD_WORDS = frozenset(norm(w) for w in _GROUP_HEADS)
_RELATIVES = frozenset(norm(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللتين"))


def _long_subject_explained(ix: DocIndex, st: _State, m: Match[Cue], intro_start: int) -> bool:
    """Whether بيّن (written like the preposition بين) has a long subject between it and its introducer (round 36,
    cl59): past :func:`_subject_then_intro`'s fourteen words, or with a quoted name in it. The marker reader keeps
    بين a verb only where it opens its clause (:func:`rasd.stages.claims.marks._between_preposition`); here the
    phrase must open with a title, a named person or body, a study or a document, or a definite noun with a
    person named later in the phrase (بين مدير عام الهيئة … المهندس فلان، أن؛ من جانبه بين الدكتور فلان المشرف
    العام على البرنامج الوطني … "بارع"، أن؛ وبينت الدراسة، التي نشرها موقع «الجزيرة.نت»، أن), hold no other verb
    of saying and no sentence's end, its only quote marks must close a short name, and a comma may stand only right
    before the introducer or around a relative clause (the preposition's "فيما بين اللاعبين، ثم انطلق …"). The
    introducer is no وأن (the next clause's)."""
    text = ix.doc.text
    verb = norm(text[m.start : m.end])
    if not any(verb in (v, v + "ت", v + "وا") for v in _BETWEEN_VERBS):
        return False
    first = ix.word_after(m.end)
    if first is None or not first[1] < intro_start or ix.words_between(m.end, intro_start) > _LONG_SUBJECT_WORDS:
        return False
    if text[intro_start : intro_start + 1] in ("و", "ف"):
        return False  # "…، وعدم وجود أي إصابات وأن الوفاة": the next clause's أن
    between = text[m.end : intro_start]
    if any(len(q.group().split()) > _QUOTED_NAME_WORDS for q in _QUOTED_NAME_RE.finditer(between)):
        return False
    plain = _QUOTED_NAME_RE.sub(" ", between)
    if any(ch in plain for ch in '.؟?!:«»"“”()؛;\n'):
        return False
    parts = [p.split() for p in re.split(r"[،,]", plain.rstrip(" ،,"))]
    if any(not p or norm(p[0]) not in _RELATIVES for p in parts[1:]):
        return False  # a comma only before the introducer or before a relative clause (الدراسة، التي نشرها …)
    if any(m.end < s < intro_start for s in st.marker_starts):
        return False  # "بين مدير الإدارة الذي أكد أن": the introducer is the later verb's
    w = norm(first[0])
    c = ix.candidate_at(first[1])
    return (
        role_reader().may_start(w)
        or (c is not None and c.type in ("PER", "ORG"))
        or w in _REPORT_HEADS
        or _channel_at(ix, first[1])
        or w in _EXPLAINING_HEADS
        or (w.startswith("ال") and any(p.type == "PER" for p in ix.candidates_in(first[2], intro_start)))
    )


def _outlet_speaker(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a speaker is a news outlet (an outlet entity, or a phrase led by صحيفة / قناة / وكالة …)."""
    if speaker.get("outlet"):
        return True
    words = str(speaker.get("text") or "").split()
    if words and drop_conjunction(norm(words[0]), min_rest=2) in ix.lexicon.outlet_nouns:
        return True
    before = ix.word_before(int(speaker["start"])) if isinstance(speaker.get("start"), int) else None
    return (
        before is not None and drop_conjunction(norm(before[0]), min_rest=2) in ix.lexicon.outlet_nouns
    )  # قناة «العربية»


def _subject_before_insert(ix: DocIndex, st: _State, m: Match[Cue], s0: int) -> Speaker | None:
    """The subject of a marker verb that an inserted attribution cuts from its introducer: "وأشارت مصادر، حسبما
    أوردت صحيفة «عكاظ»، إلى أن"، "وذكرت مصادر، وفق ما أوردته قناة «العربية»، أن" — the verb stands at most
    six words before the attribution's head (حسبما، بحسب ما، وفق ما), its subject between them."""
    head = ix.word_before(m.prefix_start)
    if head is not None and norm(head[0]) == "ما":
        head = ix.word_before(head[1])
    if head is None:
        return None
    cut = head[1]
    before = ix.word_before(cut)
    if before is not None and before[0] in ("،", ","):
        cut = before[1]
    k = ix.token_index(cut) - 1
    toks = ix.doc.tokens
    for _ in range(6):
        if k < 0 or toks[k].start < s0:
            return None
        if toks[k].start in st.marker_starts and toks[k].kind == "word":
            subject, _, _ = _speaker_after(ix, st, toks[k].end, cut, has_intro=True)
            if subject is not None and subject.get("found_by") in ("mention", "title", "as_written"):
                return subject
            return None
        k -= 1
    return None


def _object_read(ix: DocIndex, mk: _Mark, speaker: Speaker, content: Content) -> bool:
    """Whether a verb's plain object (no أن/إن, colon or quote) may be its content, for the verbs round 14 read so
    (issue 13, the coding convention counted on the tune/check files): a past توقع only with a speaker named after
    it or before it as the subject (توقع وزير النفط ارتفاع الأسعار; not a pronoun going on, a relative clause nor
    nobody: "توقع هطول أمطار" is also the noun); a past شدد only when its object opens with على (شددت الوزارة على
    ضرورة …; not "شددت السلطات الإجراءات", tightened). Every other verb: True (its reading is unchanged)."""
    m = mk.match
    if content[0] < m.end:
        return True  # the clause before (أوضح ذلك …، بحسب ما …): not a plain object
    key = norm(ix.doc.text[m.start : m.end])
    if key in _NAMED_OBJECT_VERBS:
        prev = ix.word_before(m.prefix_start)
        if prev is not None and norm(prev[0]) in _AS_WHAT:
            return False  # "كما توقعت ولم أتوهم"، "وهو ما توقعه": as expected, no object
        if speaker.get("found_by") not in ("mention", "title", "as_written", "anaphor") or mk.relative is not None:
            return False
        if not mk.initial and int(speaker.get("start") or 0) >= m.end:
            return False  # "لا نستطيع توقع سقوط صخور": the verbal noun inside a clause, its "speaker" the object
        nxt = ix.word_after(m.end)
        first = ix.doc.text[content[0] : content[1]].split()[:1]
        if (nxt is not None and norm(nxt[0]) in _SIGNING) or (first and norm(first[0]) in _SIGNING):
            return False  # "الوزارة توقع اتفاقية"، "توقع معه عقدا": the present of وقّع (signs)
        if speaker.get("found_by") == "as_written" and not _may_expect(ix, str(speaker.get("text") or "")):
            return False  # "وتوقع حدوث ضخ كثير من الأموال": a verbal noun kept as the speaker, the object
    if key in _ON_OBJECT_VERBS:
        first = ix.doc.text[content[0] : content[1]].split()[:1]
        return bool(first) and norm(first[0]) in _ON_LEADS
    if key in _ADMISSION_VERBS:  # round 15: "واعترف الجيش بمقتل …"; not "اعترف بدولة"، "أقر الميزانية"
        words = [norm(w) for w in ix.doc.text[content[0] : content[1]].split()[:4]]
        if words and words[0] in _CHANNEL_PREPS:  # "واعترفت الحكومة في بيان بوجود نقص": past the channel phrase
            return any(w[:1] == "ب" and w[1:] in _ADMISSION_OBJECTS for w in words[1:])
        return bool(words) and words[0][:1] == "ب" and words[0][1:] in _ADMISSION_OBJECTS
    return True


def _blamer_named(ix: DocIndex, speaker: Speaker, blamed: int) -> int | None:
    """Where a blaming verb's subject phrase ends when it ran on into the one blamed: after a person named in it with
    more words after (the name closes the subject), else before a body or country tagged after at least two words of
    its own ("وحمل وزير الإعلام [فلان] ميليشيا الحوثي مسؤولية": the militia is blamed); None otherwise (round 17,
    cl16)."""
    sp0, sp1 = speaker.get("start"), speaker.get("end")
    if not isinstance(sp0, int) or not isinstance(sp1, int) or speaker.get("found_by") not in ("title", "as_written"):
        return None
    cands = ix.candidates_in(sp0, sp1)
    person = next((c for c in cands if c.type == "PER" and c.end < sp1), None)
    if person is not None:
        return person.end if ix.doc.text[person.end : min(sp1, blamed)].strip(" ،,") else None
    # "وحملت الحكومة اليمنية جماعة الحوثي مسؤولية": a body or a country after the subject's own words is the one blamed
    other = next((c for c in cands if c.type in ("ORG", "GPE") and c.start > sp0), None)
    if other is not None and len(ix.doc.text[sp0 : other.start].split()) >= 2:
        return other.start
    return None


def _complement_read(ix: DocIndex, m: Match[Cue], content: Content) -> bool:
    """Whether the content read for a verb of blaming runs past its word of responsibility (round 17, cl16: حملت
    الحكومة الميليشيات مسؤولية …; the marker itself is kept only with that word close after it:
    marks._complement_close). Every other marker: True."""
    if norm(ix.doc.text[m.start : m.end]) in _BLAME_VERBS:
        return content[1] > (_blame_at(ix, m.end) or len(ix.doc.text))
    return True


def _subject_before_intro(ix: DocIndex, kind: str, speaker: Speaker, intro: Intro | None) -> bool:
    """Whether the words after a verb that takes no addressee (أكد، أشار، لفت، كشف، ذكر، أعلن، نفى: not دعا، طالب،
    حذر، اتهم) are its subject however their form reads, because the introducer follows them at once or after إلى /
    على: "وأشار البحرة إلى أن"، "ولفت الربيعة إلى أن"، "وأكد العواملة أن" — a family name in ة is no feminine noun
    (round 19: the agreement reading of round 11 took it for the object and continued the last speaker)."""
    if intro is None or kind not in _NO_ADDRESSEE_KINDS or not isinstance(speaker.get("end"), int):
        return False
    if norm(ix.doc.text[intro[1] : intro[2]]).startswith("ب"):
        return False  # "وأكد الثقة بأن …"، "أكد ثقته بأن": the object, then what it is about
    end = int(speaker["end"])
    nxt = ix.word_after(end)
    if nxt is not None and norm(nxt[0]) in _INTRO_LEADS and nxt[2] <= intro[1]:
        end = nxt[2]
    return ix.words_between(end, intro[1]) == 0


def _may_expect(ix: DocIndex, written: str) -> bool:
    """Whether a speaker kept as written may be the subject of an expectation: its first word (و/ف stripped) is
    definite, a sound masculine plural (محللون، اقتصاديين), a body, person, monitor or outlet noun, a title, or one
    of the report and source nouns of ``expecting_heads`` (تقرير حديث); not a verbal noun (حدوث، جذب) nor a word with
    a pronoun (تعافيه), which open the object."""
    words = written.split()
    if not words:
        return False
    w = norm(words[0])
    w = drop_conjunction(w)
    lex = ix.lexicon
    return (
        w.startswith("ال")
        or w.endswith(("ون", "ين"))
        or w in _EXPECTING_HEADS
        or w in lex.body_nouns
        or w in lex.person_nouns
        or w in lex.monitor_nouns
        or w in lex.outlet_nouns
        or w in lex.honorific_pronouns
        or role_reader().may_start(w)
    )


def _round14_verb(ix: DocIndex, m: Match[Cue]) -> bool:
    """A verb whose plain object round 14 reads (توقع، شدد): with أن/إن it reads as before the round."""
    key = norm(ix.doc.text[m.start : m.end])
    return key in _NAMED_OBJECT_VERBS or key in _ON_OBJECT_VERBS


def _before_admitted(ix: DocIndex, speaker: Speaker, after_end: int) -> tuple[Speaker | None, int]:
    """A subject kept as written that ran on into the fact admitted ("واعترف الجيش بمقتل ثلاثة": "الجيش بمقتل
    ثلاثة"): cut before بـ + a noun of ``admission_objects`` (round 15); the speaker (None when the phrase opens with
    the fact: "واعترف بوجود تقصير", a pronoun going on) and the end of its phrase."""
    sp0, sp1 = speaker.get("start"), speaker.get("end")
    if speaker.get("found_by") != "as_written" or not isinstance(sp0, int) or not isinstance(sp1, int):
        return speaker, after_end
    w = ix.word_after(sp0)
    while w is not None and w[1] < sp1:
        word = norm(w[0])
        if word[:1] == "ب" and word[1:] in _ADMISSION_OBJECTS:  # at the first word: nobody named, a pronoun goes on
            return (as_written(ix, sp0, w[1]) if w[1] > sp0 else None), w[1]
        w = ix.word_after(w[2])
    return speaker, after_end


#: the quotes a told paper's name stands in, opening and closing (“” also written ”…” in some papers)
_TOLD_QUOTES = (("«", "»"), ("“", "”"), ('"', '"'), ("”", "”"))


def _paper_told(ix: DocIndex, speaker: Speaker, marker_end: int, intro: int) -> str | None:
    """The paper an informing verb's speaker told, between the speaker's phrase and the introducer: a name in quotes
    («الحياة», returned) or a paper's noun (الصحيفة: "" returned); None when neither stands there (round 15)."""
    sp1 = speaker.get("end")
    start = sp1 if isinstance(sp1, int) and marker_end <= sp1 <= intro else marker_end
    between = ix.doc.text[start:intro]
    for opening, closing in _TOLD_QUOTES:  # «الحياة»، “رويترز”، "الوطن" (round 43: the other quotes too)
        if opening in between and closing in between.split(opening, 1)[1]:
            name = collapse(between.split(opening, 1)[1].split(closing, 1)[0])
            if 0 < len(name.split()) <= 3:
                return name
    if any(norm(w) in _TOLD_PAPERS for w in between.split()):
        return ""
    return None


def _sentence_ends_after(ix: DocIndex, end: int) -> bool:
    """Whether the sentence (or the text) ends right after ``end``: only a full stop, ! or ؟ there."""
    rest = ix.doc.text[end : end + 4].lstrip(' \t\u00a0»”")')
    return not rest or rest[0] in ".!?؟\n"


def _before_renewed(ix: DocIndex, speaker: Speaker) -> Speaker | None:
    """A repeat verb's subject kept as written or by title that ran on into the noun it renews ("الرئيس اليمني،
    تأكيداته"، "الإدارة الهلالية تأكيدها"، "العمرة التأكيد"): cut before that noun (and a comma before it); None when
    the phrase opens with it (nobody named: a pronoun goes on) (round 15)."""
    sp0, sp1 = speaker.get("start"), speaker.get("end")
    if speaker.get("found_by") not in ("as_written", "title") or not isinstance(sp0, int) or not isinstance(sp1, int):
        return speaker
    w = ix.word_after(sp0)
    while w is not None and w[1] < sp1:
        if w[1] > sp0 and norm(w[0]).startswith(_RENEWED_NOUNS):
            end = len(ix.doc.text[: w[1]].rstrip(" \t\u00a0،,"))
            cut = dict(speaker)
            cut.update(text=ix.doc.text[sp0:end], end=end)
            if cut.get("name_ar") == speaker.get("text"):
                cut["name_ar"] = cut["text"]
            return cut
        w = ix.word_after(w[2])
    return speaker


def _learned_from(ix: DocIndex, st: _State, start: int, intro: int) -> tuple[Speaker, str | None] | None:
    """The source a paper learned from, before the introducer at ``intro`` ("وعلمت «عكاظ» من مصادرها الخاصة أن"،
    "علمت الصحيفة من مصادر مطلعة أن"): the source after من speaks and the paper before it (when named) passes it on;
    None when no source follows من (round 15)."""
    w = ix.word_after(start)
    while w is not None and w[1] < intro and norm(w[0]) not in _LEARNED_FROM:
        w = ix.word_after(w[2])
    if w is None or w[1] >= intro:
        return None
    outlet = collapse(ix.doc.text[start : w[1]]).strip(" \t،,")
    if outlet[:1] in '«“"(' and outlet[-1:] in '»”")' and len(outlet) > 2:
        outlet = outlet[1:-1].strip()  # «الرياض» → الرياض; "وكالة «فرانس برس»" kept whole
    nxt = ix.word_after(w[2])
    if nxt is None or nxt[1] >= intro:
        return None
    cand = ix.candidate_at(nxt[1]) or next(iter(ix.candidates_in(nxt[1], nxt[2])), None)
    if cand is not None and cand.start < intro and cand.type in ("PER", "ORG", "ANON"):
        speaker: Speaker = _from_candidate(ix, st, cand)
    else:
        written = as_written(ix, nxt[1], intro)
        if written is None or not norm(str(written.get("text") or "").split()[0]).startswith(("مصدر", "مصادر", "ال")):
            return None
        speaker = written
    return speaker, (outlet or None)


def _learned_by_outlet(ix: DocIndex, mk: _Mark, intro: int) -> tuple[Speaker, str] | None:
    """A paper that learned a fact and names no source ("وعلمت «المدينة» أن …"، "علمت الصحيفة أن …"): its unnamed
    sources speak, anonymous and with no span (the claim on the verb's word), the paper passing the words on
    (check33's وعلمت «المدينة» أن, as check19/check20 code وعلمت «عكاظ»). Only the paper's quoted name or the noun
    of a paper (``learned_outlets``) stands between the verb and أن; "عندما علمت أن" stays no claim. Round 35
    (helper cl55)."""
    m = mk.match
    between = collapse(ix.doc.text[m.end : intro]).strip(" \t،,")
    if not between:
        return None
    if between[:1] in '«“"' and between[-1:] in '»”"' and len(between) > 2:
        outlet = between[1:-1].strip()
        if not outlet or len(outlet.split()) > 3 or any(ch in outlet for ch in '«»“”".،,:'):
            return None
    elif norm(between) in _LEARNED_OUTLETS:
        outlet = between
    else:
        return None
    speaker: Speaker = {
        "name": None,
        "name_ar": None,
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": True,
        "text": ix.doc.text[m.prefix_start : m.end],
        "start": m.prefix_start,
        "end": m.end,
        "found_by": "pronoun",
    }
    return speaker, outlet


def _own_words_read(
    ix: DocIndex, st: _State, mk: _Mark, region_start: int, s0: int
) -> tuple[Speaker, Content] | bool | None:
    """A trailing attribution to the speaker's own words ("…، بحسب قوله"، "على حد تعبيرها"): the speaker named before
    it in the sentence, else the last speaker going on; the content is the clause before. False when it reads
    nothing: that clause is already a claim's content (the files code "…»، حسب قوله" inside the claim before) or no
    speaker stands before; None when the words after the head are no speaker's own (round 15)."""
    m = mk.match
    nxt = ix.word_after(m.end)
    own = nxt is not None and norm(nxt[0]) in _OWN_WORDS
    if not own:
        return False if norm(m.key) == "علي حد" else None  # "على حد سواء": alike, no attribution
    assert nxt is not None
    if not _sentence_ends_after(ix, nxt[2]):
        return False  # "وحسب قوله سيعرض المنتج …"، "إن المستشفى ــ على حد قوله ــ لم …": not a trailing attribution
    content = st.clauses.before(st.contents, s0, region_start, mk.clause_start)
    if content is None or any(a < content[1] and content[0] < b for a, b in st.contents):
        return False  # the clause before is a claim's content already
    if any(s0 <= p < m.prefix_start for p in st.marker_starts):
        return False  # a marker of the same sentence (قال …، مؤكدا …، على حد تعبيره): the files fold it in its claim
    zones = list(st.contents)
    c = search_before(ix, s0, content[1], zones, nearest=False)
    if c is not None and c.type in ("PER", "ORG", "ANON") and ix.words_between(s0, c.start) <= 3:
        return _from_candidate(ix, st, c), content  # the subject that opens the sentence, not a name in its object
    subject = _opening_subject(ix, st, s0, content[1], near=False) or _body_subject(ix, st, s0, content[1])
    opener = ix.word_after(s0)
    if subject is None and opener is not None and drop_conjunction(norm(opener[0]), min_rest=2) in ("كان", "كانت"):
        subject = _body_subject(ix, st, opener[2], content[1])  # "وكانت الوزارة قد رفعت …، بحسب قولها"
    if subject is not None:  # "وكانت الوزارة قد رفعت الرسوم …، بحسب قولها": the body that opens the sentence
        return subject, content
    last = next((claim for claim in reversed(st.claims) if claim["marker"] is not None), None)
    if last is not None and int(last["content"]["end"]) >= ix.sentence_bounds(max(0, s0 - 1))[0]:
        return continued(ix, last["speaker"], m.prefix_start, nxt[2]), content  # the speaker of the sentence before
    return False


def _bare_content(
    ix: DocIndex, st: _State, speaker: Speaker | None, after_end: int, at: int, s1: int
) -> Content | None:
    """The speaker's words from ``at`` to the clause's end, when only a comma stands between the speaker and them."""
    text = ix.doc.text
    if speaker is None:
        return None
    after_end = _past_date(ix, after_end)
    prep = ix.word_after(after_end)
    noun = ix.word_after(prep[2]) if prep is not None and norm(prep[0]) in _CHANNEL_PREPS else None
    if noun is not None and noun[1] < at and _channel_at(ix, noun[1]) and ix.words_between(after_end, at) <= 4:
        after_end = at  # "وقالت الشركة في بيانها نحن …": a short channel phrase between the speaker and the words
    if text[after_end:at].strip(" \t،,") != "":
        return None
    s, e = trim(text, at, st.clauses.clause_end(at, s1))  # to the next marker ("…، موضحا أن") or the end
    return (s, e, False) if s < e else None


def _bare_opener(ix: DocIndex, start: int, bound: int) -> int | None:
    """Where the speaker's own words start after قال with no introducer (round 21, cl27): within
    :data:`_BARE_REACH` words, a word that opens a first-person clause, لقد / نحن / إننا, or لم / لن / لا + a verb in
    ن ("وقال لم نتلق أي خطاب"، "وقال مرزوق نحن نرحب"); None when none, or a stop or a quote comes first."""
    text = ix.doc.text
    p = start
    for _ in range(_BARE_REACH):
        w = ix.word_after(p)
        if w is None or w[1] >= bound or any(ch in text[p : w[1]] for ch in '.:«"“؟!'):
            return None
        word = norm(w[0])
        if word in _BARE_SPEECH_OPENERS:
            return w[1]
        if word in _BARE_SPEECH_NEGATIONS:
            nxt = ix.word_after(w[2])
            if nxt is not None and nxt[1] < bound and norm(nxt[0]).startswith("ن") and len(nxt[0]) >= 4:
                return w[1]
        p = w[2]
    return None


def _intro_taken(ix: DocIndex, st: _State, start: int, intro: int) -> int | None:
    """Where لكن stands when a verb of saying between ``start`` (a marker's end) and the introducer at ``intro``
    stands right after لكن with the subject's pronoun on it (``but_pronouns``: "ونفت الحكومة التدخل في شؤون جارتها
    لكنها قالت إن …"، "وتنفي إيران التدخل لكنها تقول إن …"): that verb opens a clause of its own and the
    introducer is its own; the verb before لكن said nothing with it — its plain object ends at لكن (round 35, cl57);
    None when none does."""
    order = st.marker_order  # (round 40, sp10: the starts inside (start, intro) by bisection, not a sort per claim)
    for p in order[bisect_right(order, start) : bisect_left(order, intro)]:
        if _after_but_pronoun(ix, p):
            w = ix.word_before(p)
            return w[1] if w is not None else None
    return None


def _after_but_pronoun(ix: DocIndex, at: int) -> bool:
    """Whether the word right before ``at`` is لكن with the subject's pronoun on it (``but_pronouns``)."""
    w = ix.word_before(at)
    return w is not None and norm(w[0]) in _BUT_PRONOUNS


#: words before a present-tense verdict verb that make it a passive with no subject of its own: a relative
#: pronoun or كان (والتي كان يُعتقد أنها، الذي يعتبر أن; round 41, cl74)
_PASSIVE_LEADS = frozenset(
    norm(w) for w in ("الذي", "التي", "الذين", "والذي", "والتي", "والذين", "كان", "كانت", "وكان", "وكانت", "ما")
)


def _that_after_subject(text: str, marker_end: int, speaker: dict[str, Any], intro: Intro | None) -> bool:
    """Whether the introducer of a present-tense verdict verb (``that_after_subject_verbs``: يعتبر، تعتبر) follows
    its subject at once, or the verb itself when the subject stands before it (ويعتبر المحللون أن، البعض يعتبر أن):
    only commas, dashes and quotation marks between (round 40, cl71)."""
    if intro is None or intro[0] != "word":
        return False
    start, end = speaker.get("start"), speaker.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    if start >= marker_end:  # the subject after the verb: at once (a title or two before a name)
        lead = text[marker_end:start].split()
        first = norm(text[start:end].split()[0]) if text[start:end].split() else ""
        written = speaker.get("found_by") == "as_written"
        if len(lead) > (0 if written else 2) or (written and not first.startswith(("ال", "بعض"))):
            return False  # "يعتبر سلوكا سكانيا سائدا يضاف إليه أن"، "يعتبر الأمر معقدا بالنسبة لشركة … أن"
    elif any(norm(w) in _PASSIVE_LEADS for w in text[end:marker_end].split()[-3:]):
        return False  # "بلدة … والتي كان يُعتقد أنها"، "الذي يعتبر أن": a passive after a relative (round 41, cl74)
    after = max(marker_end, end)
    return after <= intro[1] and not text[after : intro[1]].strip(' \n\t،,-–«»“”"')


def _belief_opens(text: str, m: Match[Cue], speaker: dict[str, Any]) -> bool:
    """Whether a present belief verb (``belief_verbs``: يعتقد، تعتقد) opens its clause with a subject of its own
    after it that is not the public at large (ويعتقد المحللون أن، ونتيجة لهذا، يعتقد فلان أن; not "كان البعض يعتقد
    أن"، "هل يعتقد الناس"، "سياسة تعتقد إيران أنها"، "يعتقد البعض أن"; round 41, cl74)."""
    start = speaker.get("start")
    if not isinstance(start, int) or start < m.end:
        return False
    first = text[start : int(speaker.get("end") or start)].split()
    if not first or norm(first[0]) in _GENERAL_BELIEVERS:
        return False
    if text[m.prefix_start : m.start].strip():  # "ويعتقد"، "فيعتقد": joined to what goes before
        return True
    before = text[: m.prefix_start].rstrip(" \t\u00a0")
    if not before or before[-1] in _OPENING_MARKS:
        return True
    words = before[-40:].split()
    return bool(words) and norm(words[-1]) in _BELIEF_OPENERS


def _read_claim(ix: DocIndex, st: _State, mk: _Mark) -> Claim | None:
    text = ix.doc.text
    m = mk.match
    cue = m.value
    key = norm(m.key)  # (the marker's key, read once: round 21)
    clauses = st.clauses
    s0, s1 = ix.sentence_bounds(m.start)
    bound = min(clauses.next_cut(m.end), s1)
    region_start = s0
    for _, b in st.consumed:
        if s0 <= b <= m.prefix_start:
            region_start = max(region_start, b)
    speaker: Speaker | None = None
    via: str | None = None
    via_outlet: str | None = None
    content: Content | None = None
    trailing = False  # the content is a quote before the marker
    passed_from: tuple[int, int] | None = None  # where the source after نقلا عن inside the speaker phrase stands
    intro: Intro | None = None
    bare = False  # a verb of saying, then the speaker's first-person words with no introducer (round 21)
    bare_at = -1
    adjective_verdict = False  # a verdict of وصف with a بـ phrase and no بأن (round 24, cl35)
    long_subject = False  # بيّن with a long subject before its introducer (round 36, cl59)
    pronoun_verdict = False  # the same with a pronoun object, joined to its subject's act before (round 25, cl36)
    owned_first = False  # أعلن with its word of responsibility right after it: the verb's pronoun speaks (round 42)
    if cue.type is MARKER_PREPOSITION:
        own_read = _own_words_read(ix, st, mk, region_start, s0)
        if own_read is not None:  # "…، بحسب قوله": the speaker named before, the clause before (round 15)
            if own_read is False or own_read is True:
                return None
            speaker, content = own_read
        else:
            read = _read_preposition(ix, st, mk, region_start, bound, s0, s1)
            if read is None:  # "وبحسب البيت الأبيض فإن"، "وحسب الباحثة فإن" (round 24, cl35)
                read = _leading_then_source(ix, st, mk, s0, s1)
            if read is None:  # "ووفقا للمصدر فقد …"، "…، وفقا للمصادر نفسها." (round 38, cl63)
                read = _fused_anaphor_source(ix, st, mk, s0, s1)
            if read is None:
                return None
            speaker, content, via = read
    else:
        intro = clauses.find_intro(m.end, bound, word_only=cue.word_intro)
        if (
            intro is not None
            and cue.object_lead
            and mk.initial
            and not _present(text[m.start : m.end])
            and _lead_before_intro(ix, m.end, intro[1], cue.object_lead)
        ):
            intro = None  # "وتحدثت مصادر أخرى عن معارك …، وأن …": the object after عن, the later أن inside it
        if intro is not None and (taken := _intro_taken(ix, st, m.end, intro[1])) is not None:
            # "ونفت الحكومة التدخل لكنها قالت إن": the introducer is the verb's after لكنها, the words before it this
            intro, bound = None, taken  # verb's subject and object (round 35, cl57)
        if key in _BLAME_VERBS:
            intro = None  # "وحمّل فلان الأسرة المسؤولية قاصدا بذلك «…»": the object is the blame, not a quote after
        if cue.kind == "claim_responsibility" and _act_at(ix, m.end) is not None:
            intro = (
                None  # "وتبنت الجماعة الهجوم متوعدة «…»": the act is the object, the quote another verb's (round 42)
            )
        if (
            key in _CAUSE_VERBS
            and intro is not None
            and (
                (
                    (cause_at := _cause_at(ix, m.end)) is not None
                    and cause_at < intro[1]
                    and ix.words_between(m.end, cause_at) > 0  # not "وأرجع ذلك إلى أن": the speaker goes on
                )
                or ix.words_between(m.end, intro[1]) > 6
            )
        ):
            intro = None  # "وأرجع المحللون أسباب التراجع إلى … أن": the cause is the object (round 40, cl71)
        if _affiliated(ix, m) or _all_adjective(ix, m):
            return None  # "موقع تابع لمؤسسة كارنيغي"، "للعالم أجمع، وهي أن": adjectives, no verbs of saying
        if cue.intro_within and _preposition_look_alike(ix, m):
            return None  # "الشعور العام بين المستثمرين هو أن": بين after a definite noun is the preposition
        if (
            intro is not None
            and cue.intro_within
            and ix.words_between(m.end, intro[1]) > cue.intro_within
            and not _subject_then_intro(ix, m.end, intro[1])
            and not (long_subject := _long_subject_explained(ix, st, m, intro[1]))
        ):
            intro = None  # "بين البلدين … أن": the preposition, not the verb (بين المري أن)
        if intro is None and mk.initial and key in _VERDICT_ADJECTIVE_VERBS:
            adjective = _verdict_adjective(ix, m.end, bound, words=16)
            if adjective is not None:  # "ووصف المفتي الحادثة بالعمل الإجرامي": the بـ phrase (round 24, cl35)
                intro, adjective_verdict = ("word", adjective, adjective + 1), True
        if intro is None and key in _HINT_VERBS and mk.relative is None and (lead := _hint_lead(ix, m.end, s1)):
            intro = ("word", lead[1], lead[2])  # "ولمحت السلطات، أمس، إلى تورط إيران" (round 25, cl36)
        if key in _PRONOUN_VERDICTS and "و" in m.prefix and (phrase := verdict_phrase_at(ix, m.end)) is not None:
            # "ووصفها بالتصور الخاطئ": the بـ phrase right after the verb is the verdict, not a later أن (round 25)
            intro, pronoun_verdict = ("word", phrase, phrase), True
        if intro is None and bound < s1 and bound in st.prepositions:
            # "وقال حسام … بحسب "الفرنسية" إن": a preposition inside the speaker's phrase names the outlet
            later = clauses.find_intro(m.end, min(clauses.next_cut(bound), s1), word_only=cue.word_intro)
            if later is not None:
                prep = st.prepositions[bound]
                if norm(ix.doc.text[prep.start : prep.end]).startswith("نقل"):
                    # "وأفاد مراسل الجزيرة نقلا عن شهود عيان أن": the source after نقلا عن speaks, the one
                    # before passes it on
                    passed_from = (prep.end, later[1])
                else:
                    via_outlet = _outlet_after(ix, prep)
                intro = later
                bound = min(clauses.next_cut(bound), s1)
        demonstrative = _demonstrative_after(ix, m.end) if intro is None else None
        if demonstrative is not None and cue.type is MARKER_VERB:  # "أوضح ذلك رئيس الوزراء …"
            demonstrative = _past_told_paper(ix, demonstrative, bound)  # "أوضح ذلك لـ «عكاظ» المتحدث …" (round 36)
            speaker, _, via = _speaker_after(ix, st, demonstrative, bound, has_intro=True)
            first = ix.word_after(demonstrative)
            if (
                speaker is None
                or speaker.get("found_by") not in ("mention", "title", "as_written")
                or first is None
                or norm(first[0])[:1] == "ل"
                or not isinstance(speaker.get("start"), int)
                or (
                    (
                        ix.words_between(first[1], int(speaker["start"])) > 6
                        or punct_between(ix, first[1], int(speaker["start"]))
                    )
                    and not _title_then_name(ix, first, int(speaker["start"]))
                )
            ):
                return None  # the speaker must follow ذلك at once ("تعلن ذلك لتؤكد …" has none)
            content = clauses.before(st.contents, s0, region_start, mk.clause_start)  # the clause before
            if content is None:  # the sentence starts with the marker: what the sentence before said
                prev = _previous_sentence(ix, s0)
                content = clauses.before(st.contents, prev[0], prev[0], prev[1]) if prev is not None else None
            intro = None
        elif mk.attribution:  # "بحسب ما أعلنت الوزارة": the content is the clause before, or what follows
            # the speaker phrase runs to a preposition or the end ("حسبما ذكرت إدارة الصحة في المدينة")
            if key in _LEARNED_VERBS:  # "وحسب ما علمت «عكاظ» من مصادرها فإن …": the sources (round 15)
                first_intro = clauses.find_intro(m.end, bound, word_only=True)
                learned = _learned_from(ix, st, m.end, first_intro[1]) if first_intro is not None else None
                if learned is None:
                    return None
                speaker, via = learned
                after_end = int(speaker.get("end") or m.end)
            else:
                # the speaker stands before the next verb of saying ("…، حسبما ذكرت السلطات المحلية أمس، إذ قال فلان
                # «…»": the authorities, not the man quoted after them; round 32, cl47)
                before_next = _before_next_marker(ix, m.end, bound)
                speaker, after_end, via = _speaker_after(ix, st, m.end, before_next, has_intro=True)
            if speaker is None:
                return None
            intro = clauses.find_intro(after_end, bound)
            if intro is not None and ix.words_between(after_end, intro[1]) <= 3:
                content = clauses.after_intro(intro, s1)
                inserted = _subject_before_insert(ix, st, m, s0) if _outlet_speaker(ix, speaker) else None
                if inserted is not None:  # "وأشارت مصادر، حسبما أوردت صحيفة «عكاظ»، إلى أن …": the sources
                    via = str(speaker.get("name") or speaker.get("name_ar") or speaker.get("text"))
                    speaker = inserted  # speak, the outlet between passes it on (round 9)
            else:
                content = clauses.before(st.contents, s0, region_start, mk.clause_start)
                last = st.claims[-1] if st.claims else None
                if (
                    content is not None
                    and last is not None
                    and not last["reported_via"]
                    and (_outlet_speaker(ix, speaker) or _outlet_noun(ix, speaker))
                    and content[0] <= int(last["content"]["end"])
                    and int(last["content"]["end"]) >= content[1] - 2
                    and int(last["content"]["start"]) < content[1]
                ):
                    # "لكنه قال إن …، وفقا لما ذكرته وكالة الأنباء المركزية.": the outlet passes on the claim
                    last["reported_via"] = str(speaker.get("name") or speaker.get("name_ar") or speaker.get("text"))
                    return None  # right before, as after بحسب + an outlet (round 12b)
            intro = None
        elif intro is None and cue.type is MARKER_VERB and (quoted := _quote_before(ix, st, m.prefix_start)):
            # "«لن نسمح بعودة المسلحين»، قال قائد الشرطة فلان.": the quote before, the speaker after the verb
            speaker, _, via = _speaker_after(ix, st, m.end, bound, has_intro=True)
            if speaker is None or speaker.get("found_by") not in ("mention", "title", "as_written", "anaphor"):
                return None
            content = quoted
            trailing = True
        elif intro is None and not cue.object and cue.type is not MARKER_RESUMPTIVE:
            if key not in _BARE_SPEECH_VERBS or mk.relative is not None:
                return None
            opener = _bare_opener(ix, m.end, bound)
            if opener is None:
                return None
            bare_at = opener
            bare = True  # "وقال مرزوق نحن نرحب …": the speaker's words follow with no introducer (round 21)
        window_end = clauses.speaker_end(intro) if intro is not None else bare_at if bare else bound
        after_end = m.end
        if mk.attribution or (mk.relative is not None and intro is None) or demonstrative is not None or trailing:
            pass  # "واشنطن التي تتهم النظام …": the noun after is the object, the antecedent speaks
        elif intro is not None and key in _LEARNED_VERBS:
            learned = _learned_from(ix, st, m.end, intro[1]) or _learned_by_outlet(ix, mk, intro[1])
            if learned is None:
                return None  # "عندما علمت أن": nobody told it (round 15)
            speaker, via = learned
        elif cue.type is not MARKER_PARTICIPLE:
            speaker, after_end, via = _speaker_after(ix, st, m.end, window_end, has_intro=intro is not None or bare)
            if (
                speaker is not None
                and speaker.get("found_by") == "as_written"
                and _after_but_pronoun(ix, m.prefix_start)
            ):
                # "لكنه أضاف بسرعة «…»": the pronoun on لكن is the subject, the words after the verb are no speaker
                # (round 40, cl69)
                speaker, after_end, via = None, m.end, None
            if intro is None and speaker is not None and key in _ADMISSION_VERBS:
                speaker, after_end = _before_admitted(ix, speaker, after_end)
            if intro is None and key in _BLAME_VERBS and (blamed := _blame_at(ix, m.end)) is not None:
                if speaker is None or int(speaker.get("end") or 0) > blamed:
                    # "وحمل المتحدث باسم الوزارة الشركة المنفذة المسؤولية": the subject ends before the responsibility
                    speaker, after_end, via = _speaker_after(ix, st, m.end, blamed, has_intro=True)
                    after_end = after_end if speaker is not None else m.end
                named = _blamer_named(ix, speaker, blamed) if speaker is not None else None
                if named is not None:  # "وحمل وزير الإعلام فلان ميليشيا الحوثي مسؤولية": the name ends the subject
                    speaker, after_end, via = _speaker_after(ix, st, m.end, named, has_intro=True)
                    after_end = after_end if speaker is not None else m.end
            if (
                intro is None
                and cue.kind == "announce"
                and (owned := _owned_at(ix, m.end)) is not None
                and (speaker is None or int(speaker.get("end") or 0) > owned)
            ):
                # "وأعلنت جماعة مسلحة مسؤوليتها عن الهجوم"، "أعلنت جماعة يسارية مسؤوليتها أمس عن …": the subject ends
                # before the word of responsibility, the content opens at it (round 42, cl75)
                own, _, own_via = _speaker_after(ix, st, m.end, owned, has_intro=True)
                if own is not None:
                    speaker, after_end, via = own, owned, own_via
                elif ix.words_between(m.end, owned) == 0:
                    # "وأعلنت مسؤوليتها عن الهجوم": the object at once, no subject after the verb
                    speaker, after_end, via, owned_first = None, m.end, None, True
            if (
                intro is None
                and cue.kind == "claim_responsibility"
                and (act := _act_at(ix, m.end)) is not None
                and (speaker is None or int(speaker.get("end") or 0) > act)
            ):
                # "وتبنى التنظيم العملية"، "وتبنت الجماعة الهجوم متوعدة …": the subject ends before the act, the
                # content opens at it (round 42, cl75)
                own, _, own_via = _speaker_after(ix, st, m.end, act, has_intro=True)
                if own is not None:
                    speaker, after_end, via = own, act, own_via
            if intro is None and key in _CAUSE_VERBS and (cause := _cause_at(ix, m.end)) is not None:
                if speaker is None or int(speaker.get("end") or 0) > cause:
                    # "وأرجع المحللون أسباب التراجع إلى …": the subject ends before the noun of cause (round 40)
                    speaker, after_end, via = _speaker_after(ix, st, m.end, cause, has_intro=True)
                    after_end = after_end if speaker is not None else m.end
                if (
                    speaker is not None
                    and speaker.get("found_by") == "as_written"
                    and isinstance(speaker.get("start"), int)
                    and isinstance(speaker.get("end"), int)
                    and (
                        norm(str(speaker.get("text") or "")) in _GROUP_HEAD_WORDS
                        or text[int(speaker["end"]) : int(speaker["end"]) + 4] == " من "
                    )
                ):  # "وأرجع عدد من شركات التأمين سبب …"، "وعزا كثير من المعلقين سبب …": the phrase to the cause
                    end = len(text[:cause].rstrip(" \t\u00a0،,"))
                    speaker = {**speaker, "text": text[int(speaker["start"]) : end], "end": end}
                if speaker is not None:
                    after_end = cause  # the content opens at the noun of cause ("فرق التحقيق في الموقع سبب الحادث")
            if intro is not None and speaker is not None and key in _REPEAT_VERBS:
                speaker = _before_renewed(ix, speaker)  # "وجدد الرئيس اليمني، تأكيداته بأن" (round 15)
            if (
                via is None
                and cue.object
                and not (intro is not None and _round14_verb(ix, m))  # their reading with أن is as before
                and speaker is not None
                and speaker.get("found_by") in ("mention", "title", "as_written", "anaphor")
                and isinstance(speaker.get("start"), int)
                and not _subject_before_intro(ix, cue.kind, speaker, intro)
                and (
                    (ix.words_between(m.end, int(speaker["start"])) == 0 and _disagreeing(ix, m, speaker, before=False))
                    or _plural_before_other(ix, m, speaker)
                )
            ):  # "ودعا الهند إلى"، "فإنها دعت حزب العمال": the words right after a verb that takes an object and
                speaker, after_end = None, m.end  # does not agree with them are its object (not "وقال الشرطة")
            if (
                speaker is not None
                and intro is None
                and speaker.get("found_by") == "as_written"
                and not mk.initial
                and _present(text[m.start : m.end])
                and _after_noun(ix, m.prefix_start)
            ):  # "السعودية للخدمات الأرضية تعلن استقالة عضوين": the subject stands before, the words after are
                speaker, after_end = None, m.end  # the object (round 7, a fresh audit)
            if not mk.initial:
                own = _kana_subject(ix, st, m, s0)
                if own is not None and intro is None:  # "وكان زعيم الحزب فلان دعا الحكومة إلى": the subject
                    speaker, after_end, via = own, m.end, None  # before, then the object
                elif own is not None and (speaker is None or speaker.get("found_by") != "pronoun"):
                    # "وكانت الخارجية قد أعلنت بعد إغلاق السفارة الإيطالية … أن": the subject stands between كان
                    # and the verb; a name after the verb is in its object or an adverbial phrase (round 16)
                    speaker = own
                elif (
                    own is None
                    and intro is None
                    and cue.object
                    and speaker is not None
                    and speaker.get("found_by") in ("mention", "as_written")
                    and (subject_first := _named_before_object(ix, st, m, s0)) is not None
                ):
                    # "أن رئيس الوزراء فلان طالب الوزراء بالنزول …": the name before the verb is its subject, the
                    # words after it its object (round 27, cl40)
                    speaker, after_end, via = subject_first, m.end, None
            if (
                intro is None
                and cue.object
                and speaker is not None
                and speaker.get("found_by") == "as_written"
                and (joined := _joined_subject(ix, st, m, s0, speaker)) is not None
            ):
                # "أدانت الحكومة الحادث وأكدت وقوفها إلى جانب …": the opening verb's subject speaks, the words
                # after the joined verb are its object (round 38, cl62)
                speaker, after_end, via = joined, m.end, None
        if speaker is None and mk.time_conjunction:
            return None  # "في الوقت الذي رصدت «عكاظ» …": no subject after the verb, no one's claim (round 20)
        if speaker is None and cue.type is not MARKER_RESUMPTIVE and not mk.attribution and demonstrative is None:
            # a participle set off by a comma takes its object after it, never a subject (round 17: "…، داعيا
            # الجهات المختصة إلى"، "…، مطالبا بتعديلها"): the words after it are not an unread subject
            set_off = intro is None and _set_off_participle(ix, st, mk, s0)
            speaker = _speaker_around(ix, st, mk, s0, has_intro=intro is not None or set_off or bare or owned_first)
            if speaker is None and intro is None and not set_off and _set_off_after_clause(ix, st, mk, s0):
                # "وأدان الشيخ فلان الجريمة …، مؤكدا وقوف …": the subject of the clause before, sought as with أن,
                # and kept only when it is that clause's subject (round 35, cl55)
                found = _speaker_around(ix, st, mk, s0, has_intro=True)
                speaker = found if found is not None and _clause_subject(ix, st, m, s0, found) else None
            elif speaker is not None and intro is None and not set_off and key in _STRESSING_PARTICIPLES:
                # "…، مشددا على …" with no claim before it in its sentence: only the clause's subject speaks, not
                # a speaker going on from an earlier sentence (round 35, cl55)
                speaker = speaker if _clause_subject(ix, st, m, s0, speaker) else None
            if bare and ix.words_between(m.end, bare_at) > 0:
                speaker = None  # "وقال لي الموظف هناك لا …": words between the verb and the speech, unread
        if speaker is not None and key in _BY_SAYING_WORDS:
            if speaker.get("found_by") not in ("pronoun", "previous_sentence"):
                # "وخاطب وزير الداخلية أهالي الضحايا بقوله": the opening verb's subject, not its object (round 39)
                verb = ix.word_after(_after_dateline(ix, s0))
                subject = ix.word_after(verb[2]) if verb is not None else None
                titled = title_speaker(ix, subject[1], m.prefix_start) if subject is not None else None
                if (
                    titled is not None
                    and speaker.get("type") != "PER"  # (a name after the title is its holder: "عضو المكتب فلان")
                    and int(titled[0]["start"]) < int(speaker.get("start") or 0)
                ):
                    speaker = titled[0]
            if not by_saying_speaker(ix, m, s0, speaker):
                return None  # "واكتفى البلوي … بالقول": a subject no reader takes, not the speaker before (round 39)
        if mk.attribution or demonstrative is not None or trailing:
            pass
        elif intro is not None:
            content = clauses.after_intro(intro, s1)
        elif cue.type is MARKER_RESUMPTIVE:  # "…، وهو ما أكده الوزير"
            content = clauses.before(st.contents, s0, region_start, mk.clause_start)
        elif bare:
            content = _bare_content(ix, st, speaker, after_end, bare_at, s1)
        elif speaker is not None:
            after_end = _past_date(ix, after_end)  # "أعلنت روسيا أمس الأحد وقف …": the date is the claim's
            told = _told_at(ix, after_end, bound) if speaker.get("found_by") not in ("pronoun", None) else None
            if told is not None:  # "كشفت مصادر مطلعة لـ«الوئام» حقيقة …": the outlet told, then the object
                after_end = told[1]
            after_end = _past_channel_phrase(ix, after_end, s1)
            after_end = _past_occasion_phrase(ix, after_end, s1)
            after_end = _past_title_comma(ix, speaker, m.end, after_end, s1)
            after_end = _past_relative_comma(ix, speaker, after_end, s1)
            after_end = _past_unnamed_comma(ix, speaker, after_end, s1)
            after_end = past_head_break(ix, speaker, after_end, s1)  # "أعلن المؤتمر …، تمسكه" (round 37, cl61)
            after_end = past_place_phrase(ix, after_end, s1)  # "ودعت الشرطة في مدينة جدة إلى …" (round 33)
            if cue.object_lead:  # "تحدثت الوكالة عن مقتل …": the object after عن
                lead = ix.word_after(after_end)
                if lead is not None and norm(lead[0]) in cue.object_lead:
                    after_end = lead[2]
                else:  # "وتحدث مسؤول في الاستخبارات، طلب عدم ذكر اسمه، عن 20 قتيلا" (round 20, cl22)
                    after_end = _lead_ahead(ix, st, m, after_end, s1, cue.object_lead)
            content = clauses.object_after(after_end, s1) if after_end >= 0 else None
    if speaker is None or content is None:
        return None
    if long_subject and speaker.get("found_by") in ("pronoun", "previous_sentence", None):
        return None  # "وبين تقرير سابق نشرته «…» أن": the long subject went unread, no one else's claim
    if pronoun_verdict:
        found = _sentence_speaker(ix, st, mk, speaker, s0)
        if found is None:
            return None  # "من شتم إيران ووصفها بالمجوسية": a verbal noun, no verb of the sentence's subject (round 25)
        speaker = found
    if (
        intro is None
        and not trailing
        and not bare
        and (cue.type is MARKER_VERB or key in _ON_OBJECT_VERBS)  # "، مشددا على …" (round 35)
        and not _object_read(ix, mk, speaker, content)
    ):
        return None
    if not trailing and not _complement_read(ix, m, content):
        return None  # round 17: حمّل only with a content that holds المسؤولية
    if norm(m.key) in _PRONOUN_VERDICTS and is_opening_quote(text, content[0]):
        close, closed = quote_close(text, content[0])
        if closed and content[0] + 1 < close < content[1]:
            content = (content[0], close + 1, content[2])  # "وصفه بأنه «معركة …» سمحت تركيا": the quote (round 24)
    if adjective_verdict:  # "ووصف المفتي الحادثة بالعمل الإجرامي" (round 24, cl35)
        read_verdict = _adjective_verdict(ix, m, speaker, content, s1)
        if read_verdict is None:
            return None
        speaker, content = read_verdict
    elif intro is not None and intro[0] == "word" and norm(text[intro[1] : intro[2]]).startswith("ب"):
        verdict = _verdict_object(ix, m, speaker, intro[1])
        if verdict is not None:  # "ووصف الوزير الاتفاق بأنه …": the object opens the content (round 10)
            found, obj = verdict
            if obj < 0:
                return None
            if found is None:  # "فيما وصف المسؤولين بأنهم": the one word after the verb is the object
                found = _speaker_around(ix, st, mk, s0, has_intro=True)
                if found is None:
                    return None
            speaker = found
            content = (obj, content[1], content[2])
    if (
        passed_from is not None
        and speaker.get("found_by") in ("mention", "title", "as_written")
        and not int(speaker.get("start") or 0) >= passed_from[0]  # the source already speaks (its outlet in via)
    ):
        source = next(
            (c for c in ix.candidates_in(passed_from[0], passed_from[1]) if c.type in ("PER", "ORG", "ANON")), None
        )
        if source is not None and ix.words_between(passed_from[0], source.start) <= 1:
            prep_start = ix.word_before(passed_from[0])
            written = text[int(speaker.get("start") or 0) : prep_start[1] if prep_start is not None else 0].split()
            while written and (norm(written[-1]).startswith("نقل") or written[-1] in ("،", ",")):
                written.pop()
            via = " ".join(written) or str(speaker.get("name") or speaker.get("text") or "") or None
            speaker = _from_candidate(ix, st, source)  # via: "مراسل الجزيرة", the whole phrase before نقلا عن
    passed = _passed_on(ix, st, m, speaker, content[0])
    if passed is not None:  # "وقال نقلا عن دائرة صحة الأنبار إن"، "ونقلت الوكالة عنه القول إن" (round 20, cl22)
        speaker, via = passed
    if (
        intro is None
        and not trailing
        and key in _MONITORING_VERBS
        and (speaker.get("outlet") or norm((str(speaker.get("text") or "").split() or [""])[0]) in _MONITORING_OUTLETS)
    ):
        return None  # "ورصدت صحيفة الإندبندنت أوجه الشبه …": the paper's own account, uncoded in the files (round 15)
    if cue.named and (speaker.get("found_by") in ("pronoun", "previous_sentence", None) or mk.relative is not None):
        return None  # "يُتوقع أن"، "هيلاري كلينتون التي يُتوقع أن تكون": impersonal, nobody named after the verb
    if key in _THAT_AFTER_SUBJECT and not _that_after_subject(text, m.end, speaker, intro):
        return None  # "يعتبر أكبر من أن"، "ويعتبر هذا اللقب 14 … بعد أن": a passive's predicate (round 40, cl71)
    if key in _BELIEF_VERBS and not _belief_opens(text, m, speaker):
        return None  # "كان البعض يعتقد أن"، "هل يعتقد الناس"، "عندما تعتقد الأسواق" (round 41, cl74)
    # (a quotation mark opening the content is no word: "ولفت إلى أن «…»" ends with أن; round 37, cl60)
    between = [w for w in text[m.end : content[0]].split() if w.strip('«»“”"')]
    if (
        not trailing
        and cue.object_lead
        and not any(norm(w.strip('«“"')) in cue.object_lead for w in between[-2:])
        and not (0 < len(between) <= 3 and norm(between[-1]) in ("ان", "بان"))
        and not (key.startswith("نوه") and intro is not None)  # نوه + أن: noted (only نوه بـ praises)
        and not (key.startswith("افصح") and intro is not None)  # أفصح + أن as before its عن (round 30, cl45)
        and not (key.startswith(("لفت", "نوه")) and _subject_then_that(between))  # not تحدث ("happen")
        and not (0 < len(between) <= 8 and norm(between[-1]).startswith("بان"))  # "وتحدث فلان … بأنه"
    ):  # "تحدث بلغة انتصار …": تحدث reports only what it is about (عن مقتل، عن أن); "ولفت أن" is a claim
        return None
    if mk.after_ma and speaker.get("found_by") not in ("mention", "title", "anaphor"):
        return None  # "فما أُعلن يعني": "what was announced", no speaker named
    if intro is None and not mk.attribution and " " in m.key and _what_before(ix, m):
        return None  # "أحاط المجلس علما بما ورد في التقرير": what the text holds, nobody's claim (round 40, cl70)
    if cue.type is MARKER_VERB and _no_speaker_written(ix, m, speaker):
        return None  # "إذ إن الهجوم يكشف أن"، "لكنه أضاف بسرعة «…»": no speaker (round 40, cl70)

    cs, ce, direct = content
    # the marker's clause: up to the content, or, for a trailing attribution, from the marker to the sentence end
    region = (
        (region_start, cs) if cs > m.start else (min(mk.clause_start, m.prefix_start), _trailing_end(ix, speaker, s1))
    )
    kind = cue.kind
    if kind == "demand" and _prayer(ix, m, speaker, cs, ce):
        return None  # "ودعا سموه المولى عز وجل أن يتغمد الفقيد برحمته": a prayer, no call of the news (round 41)
    if kind == "claim_responsibility" and any(norm(w) in ix.lexicon.adopted for w in text[cs:ce].split()[:4]):
        return None  # تبنى مجلس الأمن قرارا: adopted, not claimed
    if (
        kind == "claim_responsibility"
        and cs > m.end
        and any(norm(w) in ix.lexicon.adopted for w in text[m.end : cs].split()[:6])
    ):
        return None  # "ويتبنى الحزب موقفا متشددا من …": the stance taken into the subject's phrase (round 15)
    if kind == "announce" and cs > m.end:
        said_by = speaker.get("end")
        # the words after the speaker phrase, not inside it ("وأعلن رئيس لجنة المسؤولية الاجتماعية عن إطلاق …": a
        # body's name; round 42, cl75)
        head_start = said_by if isinstance(said_by, int) and m.end < said_by <= cs else m.end
        head = text[head_start : min(ce, cs + 40)]
        if any(norm(w) in ix.lexicon.responsibility for w in head.split()):
            kind = "claim_responsibility"  # أعلن التنظيم مسؤوليته عن …
    post = ix.doc.post_at(m.start)
    if post is not None:
        channel, reported_via = "post", None
    else:
        channel, reported_via = _channel(ix, st, speaker, region, kind=kind, content=(cs, ce))
    if cue.type is MARKER_VERB and key in _SHOWING_VERBS and channel in ("unspecified", "statement", "interview"):
        channel = "report"  # "وأظهرت بيانات الوزارة أن"، "أظهر مسح لرويترز أن": the finding of a document, its
        # owner after لـ the outlet that ran it, not one interviewed (round 43, cl79)
    if cue.type is MARKER_VERB and key in _LEARNED_VERBS and channel in ("unspecified", "statement"):
        channel = "interview"  # the source told the paper (as أبلغت مصادر «عكاظ» أن; tune2's coding)
    if channel == "unspecified" and intro is not None and key in _INFORMING_VERBS:
        paper = _paper_told(ix, speaker, m.end, intro[1])
        # "وأبلغ مسؤولون في الوزارة «الحياة» أن": the paper told, an interview (round 15); the outlet the speaker
        # reader took as the relay is the one told ("وأبلغ سكان القرية “رويترز” أن": round 43, cl80)
        if paper is not None and (via is None or paper):
            channel, via = "interview", via or paper or None
    if via is not None:
        reported_via = via
    elif via_outlet is not None:
        reported_via = via_outlet
    elif m.start in st.via_at or m.prefix_start in st.via_at:
        reported_via = st.via_at.get(m.start) or st.via_at.get(m.prefix_start)
    if st.announced.get(len(st.claims)) != cs:  # (a person's announcement with no channel named carries none)
        st.channels[_speaker_key(speaker)] = (channel, reported_via)
    return {
        "id": "",
        "speaker": speaker,
        "marker": _marker_span(ix, m),
        "content": _span(text, cs, ce),
        "direct": direct,
        "channel": channel,
        "reported_via": reported_via,
        "date": _date(ix, st, region, m.start, post),
        "polarity": cue.polarity,
        "kind": kind,
        "events": [],
    }


def _what_before(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether ما (بما، مما …: ``what_before_phrase``) stands right before a phrase marker (ورد في، جاء في): "بما ورد
    في التقرير" is what the text holds, a claim only with an introducer after it (ومما ورد في مذكراتها أن)."""
    if not norm(m.key).startswith(("ورد", "جاء")):
        return False  # (not "بين ما أشار إليه فلان": a phrase of another verb)
    prev = ix.word_before(m.prefix_start)
    return prev is not None and norm(prev[0]) in _WHAT_BEFORE_PHRASE


def _prayer(ix: DocIndex, m: Match[Cue], speaker: Speaker, cs: int, ce: int) -> bool:
    """Whether a call of the دعا family (دعا، دعت، دعوا، يدعو، داعيا …) is a prayer: God named between the verb and
    the content — المولى, الله with a word of praise after it ("ودعا سموه المولى عز وجل أن"، "ودعت القيادة الله
    سبحانه أن"), or الله after the speaker's phrase right before أن or the content ("دعا رئيس الهيئة الله أن يحفظ")
    — or a prayer word (``prayer_words``) among the content's first words ("داعيا للفقيد أن يسكنه المولى"، "ودعوا
    لهم بالمغفرة"، "أن يتقبل الله"). The files code no prayer (their notes: "a prayer (دعا المولى أن يحمي) not
    coded"); 17 calls of 4,500 fresh articles were such prayers (round 41, cl73: condolence and Eid copy). A name
    holding الله (نصر الله، عبد الله: ``names_with_god``) is no God named."""
    if not norm(m.key).lstrip("وف").startswith(("دع", "داع", "يدع", "تدع")):
        return False
    sp_end = speaker.get("end")
    after_speaker = int(sp_end) if isinstance(sp_end, int) and sp_end > m.end else m.end
    words = [(norm(w.group()), w.start()) for w in _WORD.finditer(ix.doc.text, m.end, cs)]
    for i, (w, at) in enumerate(words):
        nxt = words[i + 1][0] if i + 1 < len(words) else None
        if w in _PRAYER_HEADS and w != "الله":
            return True  # المولى
        prev = words[i - 1][0] if i else None
        if w == "الله" and (
            nxt in _PRAISE_AFTER_GOD or (nxt == "ان" and (at >= after_speaker or prev not in _NAMES_WITH_GOD))
        ):
            return True
    head = [norm(w) for w in _WORD.findall(ix.doc.text, cs, min(ce, cs + 60))][:4]
    if len(head) > 1 and head[1] == "الله":
        # "أن يتقبل الله": God the subject of a verb in the singular; not "أن يتقوا الله" (fear God: a call on them)
        return head[0][:1] in ("ي", "ت") and not head[0].endswith(("وا", "ون"))
    return any(w in _PRAYER_WORDS and w != "الله" for w in head)


def _no_speaker_written(ix: DocIndex, m: Match[Cue], speaker: Speaker) -> bool:
    """Whether a speaker kept as written is none: an act or a work as the verb's subject (``act_subject_nouns``:
    "إذ إن الهجوم على السفارة يكشف أن"، "ويكشف الفيلم عن": the verb in its sense of showing), or an adverb of
    manner right after the verb (``manner_adverbs``: "لكنه أضاف بسرعة «…»": the verb's pronoun speaks, not the
    adverb). Round 40 (cl70): check38's false claims; every such claim of the released sets is false."""
    if speaker.get("found_by") != "as_written":
        return False
    words = str(speaker.get("text") or "").split()
    if not words:
        return False
    head = norm(words[0].strip('«»“”"'))
    if head in _ACT_SUBJECTS or (head[:1] == "و" and head[1:] in _ACT_SUBJECTS):
        return True
    start = speaker.get("start")
    manner = head in _MANNER_ADVERBS or (head[:1] == "و" and head[1:] in _MANNER_ADVERBS)  # "وبقناعة" (round 41)
    return manner and isinstance(start, int) and not ix.doc.text[m.end : start].strip()


def _passed_on(ix: DocIndex, st: _State, m: Match[Cue], speaker: Speaker, cs: int) -> tuple[Speaker, str] | None:
    """The source a speaker passes on between the speaker's phrase (or the verb, for a pronoun) and the content, and
    who passes it on (round 20, cl22; the convention of check4/check6: "قالت الصحيفة نقلا عن مسؤولين" is the officials'
    claim, the paper ``reported_via``): نقلا عن + a source after any speaker — "وقال نقلا عن دائرة صحة محافظة الأنبار
    إن" (a pronoun going on), "وأوضح التقرير نقلا عن أحد موظفي الطوارئ قوله" (an anaphor) —, or عنه / عنها after the
    outlet of a نقل verb: "ونقلت وكالة أنباء «الأناضول» عنه القول إن" is the person the last claim named. None when
    nothing is passed on there."""
    if cs <= m.end:
        return None
    found_by = speaker.get("found_by")
    sp_end = speaker.get("end")
    named = found_by in ("mention", "title", "as_written", "anaphor") and isinstance(sp_end, int) and sp_end >= m.end
    after = int(sp_end) if named and isinstance(sp_end, int) else m.end
    w = ix.word_after(after)
    while w is not None and w[1] < cs and (ix.in_timex(w[1]) or w[0] in ("»", "”", '"')):
        w = ix.word_after(w[2])
    if w is None or w[1] >= cs:
        return None
    ante = speaker.get("antecedent") if found_by == "pronoun" else None
    outer = speaker.get("name") or speaker.get("name_ar") or speaker.get("text")
    if isinstance(ante, dict) and not named:
        outer = speaker.get("name") or speaker.get("name_ar") or ante.get("text")
    n = norm(w[0])
    if n in _PASSING_WORDS:
        source = nested_source(ix, after, cs)
        if source is None:
            return None
        if isinstance(source, tuple):
            written = as_written(ix, source[0], source[1] + 1)
            if written is None or int(written["end"]) > cs:
                return None
            return written, str(outer or "")
        if source.end > cs:
            return None
        return _from_candidate(ix, st, source), str(outer or "")
    verb = drop_conjunction(norm(ix.doc.text[m.start : m.end]), min_rest=2)
    narrated = verb in _NARRATING  # "روى مسلم في صحيحه عن ابن سيرين أنه قال" (round 38, cl63; check36)
    if not (verb.startswith(("نقل", "ينقل", "تنقل")) or narrated) or found_by not in (
        "mention",
        "title",
        "as_written",
        "anaphor",
    ):
        return None
    if named and (found_by != "anaphor" or _outlet_phrase(ix, speaker)):
        for _ in range(3):  # "ونقلت وكالة أنباء «الأناضول» التركية عنه": the outlet's quoted name and adjective first
            if w is None or w[1] >= cs or norm(w[0]) in _SOURCE_PRONOUNS or _set_off_between(ix, after, w[1]):
                break
            w = ix.word_after(w[2])
        name = str(speaker.get("text") or "").split()
        swallowed = len(name) > 1 and norm(name[-1]) in _SOURCE_PRONOUNS  # "ونقلت وكالة فارس عنه": the name took عنه
        if swallowed or (
            w is not None and w[1] < cs and norm(w[0]) in _SOURCE_PRONOUNS and not _set_off_between(ix, after, w[1])
        ):
            # an outlet's noun read as an anaphor may carry the last speaker's name ("ونقل التلفزيون عنه"): not its own
            own = _speaker_key(speaker) if found_by != "anaphor" and not swallowed else None
            last = next((c["speaker"] for c in reversed(st.claims) if _speaker_key(c["speaker"]) != own), None)
            if last is None:
                return None
            return continued(ix, last, m.start, m.end), str(outer or "")  # the pronoun's span on the verb
    relayed = _relayed_source(ix, st, after, cs, written=not narrated)
    return (relayed, str(outer or "")) if relayed is not None else None


#: verbs of narration whose subject passes on the source after عن, as a نقل verb's outlet does (روى فلان عن فلان
#: أنه قال), normalized: the narrator ``reported_via`` (check36's Muslim and Ibn Batta; round 38, cl63)
_NARRATING = frozenset(("روي", "روت", "رووا"))
#: what follows a narrator's source no entity covers: "عن ابن سيرين أنه قال"، "عن فلان قال", normalized
_NARRATED_SAID = frozenset(("انه", "انها", "قال", "قالت", "قوله", "قولها"))


def _outlet_phrase(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether an anaphor speaker is an outlet named by its noun (round 34, cl53): "ونقل التلفزيون عنه قوله"،
    "ونقلت الوكالة عنه" — the medium relays the person the pronoun names, as a named outlet does."""
    words = str(speaker.get("text") or "").split()
    return bool(words) and norm(words[0]).removeprefix("و") in ix.lexicon.outlet_nouns_definite


def _relayed_source(ix: DocIndex, st: _State, after: int, cs: int, *, written: bool = True) -> Speaker | None:
    """The source after عن that a نقل verb's outlet passes on, a few words past the outlet's phrase ending at
    ``after`` (round 34, cl53; the files' convention "نقل X عن Y: Y speaks, X passes on"): the tail of the outlet's
    name, an abbreviation, a quoted name, a date, أيضا or a comma may stand between — "ونقلت وكالة إيتار تاس الروسية
    للأنباء عن السفارة قولها"، "ونقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن مصدر عسكري أن"، "ونقلت صحيفة «مكة»، عن
    مسؤولين أن". Within :data:`_RELAY_REACH` words, before the content and no sentence's end between; not عن طريق
    / عن كثب (:data:`_RELAY_NOT_SOURCES`). None when no source stands there."""
    w = ix.word_after(after)
    seen = 0
    while w is not None and w[1] < cs and seen < _RELAY_REACH:
        n = norm(w[0])
        if n in _OWN_WORDS or n in _SOURCE_PRONOUNS:
            return None
        if n == "عن":
            nxt = ix.word_after(w[2])
            if nxt is None or nxt[1] >= cs or norm(nxt[0]) in _RELAY_NOT_SOURCES:
                return None
            if _SENTENCE_END.search(ix.doc.text, after, w[1]):
                return None
            document = _relayed_document(ix, st, w, nxt, cs)
            if document is not None:  # "ونقلت وكالة رويترز عن بيان البيت الأبيض أن" (round 38, cl63)
                return document
            source = nested_source(ix, w[1], cs) or _source_named(ix, nxt, cs)
            if isinstance(source, tuple):
                as_is = as_written(ix, source[0], source[1] + 1)
                if as_is is None or int(as_is["end"]) > cs:
                    return None
                said = ix.word_after(int(as_is["end"]))
                if not written and (said is None or norm(said[0]) not in _NARRATED_SAID):
                    return None  # a narrator's source says something: "روى الشاهد عن لحظات الهجوم أن" is a topic
                return as_is
            if source is not None and source.end <= cs and (written or source.type in ("PER", "ORG", "ANON")):
                return _from_candidate(ix, st, source)
            return None
        if LETTER_RE.search(w[0]):
            seen += 1
        w = ix.word_after(w[2])
    return None


def _relayed_document(
    ix: DocIndex, st: _State, about: tuple[str, int, int], first: tuple[str, int, int], cs: int
) -> Speaker | None:
    """The statement or report after عن that a نقل verb's outlet passes on (round 38, cl63; check35's "نقلت وكالة
    رويترز عن بيان البيت الأبيض أن": the statement speaks, the agency ``reported_via``; fresh "عن بيان صدر عن مقر
    وزارة الخارجية"، "عن مذكرة بحثية لبنك …"): a channel noun at the word after عن, read as the subject of a verb of
    saying reads it (the noun, its author). None when no channel noun stands there or the phrase runs past the
    content's start."""
    if not _channel_at(ix, first[1]):
        return None
    speaker, _, _ = _speaker_after(ix, st, about[2], cs, has_intro=True)
    if speaker is None or speaker.get("found_by") not in ("mention", "as_written", "title"):
        return None
    s, e = speaker.get("start"), speaker.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or e > cs or ix.words_between(first[1], s) > 3:
        return None
    return speaker


def _source_named(ix: DocIndex, first: tuple[str, int, int], cs: int) -> Candidate | tuple[int, int] | None:
    """The source after عن when :func:`nested_source` finds none at its first word: a person named within three
    words ("عن المهندس فلان الفلاني مدير عام المطار أنه": the name after the title), else the first words up
    to the phrase's stop, cut at four (round 34, cl53)."""
    cand = next(
        (c for c in ix.candidates_in(first[1], cs) if c.type == "PER" and ix.words_between(first[1], c.start) <= 3),
        None,
    )
    if cand is not None and not punct_between(ix, first[1], cand.start):
        return cand
    words = phrase(ix, first[1], cs, max_words=4, clip=True)
    return (words[0], words[1]) if words is not None else None


#: a sentence's end between an outlet and a later عن (not the dots of an abbreviation: أ.ف.ب)
_SENTENCE_END = re.compile(r"[.!?؟:؛](?=\s)|\n")


_LEAD_BEFORE_INTRO = 6  # words from the verb to its object's lead: the speaker's phrase (تحدثت مصادر أخرى عن)


def _lead_before_intro(ix: DocIndex, start: int, intro: int, leads: frozenset[str] | tuple[str, ...]) -> bool:
    """True when a word that leads the verb's object (تحدث … عن) stands between the verb's end ``start`` and a later
    introducer ``intro`` (round 26, cl38), within :data:`_LEAD_BEFORE_INTRO` words and with words between it and the
    introducer: "وتحدثت مصادر أخرى عن معارك محدودة …، وأن المقاومة تسعى"، "وتحدث هذا الأخير عن وجود «ثلاثة …»" —
    the object is the content, the أن or the quote inside it. "تحدث عن أن" keeps its introducer."""
    w = ix.word_after(start)
    if w is not None and norm(w[0]) in _DEMONSTRATIVES:
        return False  # "وتحدث هذا الأخير عن …": a subject the speaker readers do not take (a pronoun would speak)
    seen = 0
    while w is not None and w[2] <= intro and seen < _LEAD_BEFORE_INTRO:
        if norm(w[0]) in leads:
            return ix.words_between(w[2], intro) > 0
        if w[0] in _CLAUSE_PUNCT:
            return False
        seen += 1
        w = ix.word_after(w[2])
    return False


def _lead_ahead(
    ix: DocIndex, st: _State, m: Match[Cue], at: int, s1: int, leads: frozenset[str] | tuple[str, ...]
) -> int:
    """The end of the word that leads a verb's object (تحدث … عن) when words stand between the speaker's phrase and
    it (round 20, cl22): an occasion, a place, an aside set off by commas — "وتحدث مسؤول في الاستخبارات، طلب عدم
    ذكر اسمه، عن 20 قتيلاً" (check10)، "بعدما تحدثت وكالة الأناضول للأنباء عن مقتل" (tune2)، "تحدث الوزير خلال
    مؤتمر صحفي عن اللقاء". At most :data:`_LEAD_REACH` words, never past another marker, an introducer, a person
    named (a subject the speaker's phrase missed: "كما تحدث من جانب الأشقاء فلان"), an adverbial participle in ا
    (معبرا عن، مشيرا إلى: its own object) or the sentence's end; not after a relative (الأعطال التي تحدث في
    أجهزتهم: "occur") nor with a pronoun's preposition first (محاضرة … تحدث فيها عن: the lecture's topic); -1 when
    no lead stands there."""
    before = ix.word_before(m.prefix_start)
    if before is not None and norm(before[0]) in ix.lexicon.relatives:
        return -1
    w = ix.word_after(at)
    if w is not None and norm(w[0]) in _POINTING_PREPOSITIONS:
        return -1
    seen = 0
    while w is not None and w[1] < s1 and seen < _LEAD_REACH:
        if w[1] in st.marker_starts or ix.intros_in(w[1], w[2]):
            return -1
        n = norm(w[0])
        if n in leads:
            return w[2]
        if len(n) >= 5 and n[0] == "م" and n.endswith("ا"):
            return -1
        if any(c.type == "PER" for c in ix.candidates_in(w[1], w[2])):
            return -1
        if any(ch.isalpha() for ch in w[0]):
            seen += 1
        w = ix.word_after(w[2])
    return -1


#: the most words between a speaker's phrase and the word that leads the object (:func:`_lead_ahead`)
_LEAD_REACH = 10


def _set_off_between(ix: DocIndex, start: int, end: int) -> bool:
    """Whether punctuation other than a quotation mark stands in ``[start, end)`` (a quoted name does not end a
    phrase: وكالة أنباء «الأناضول» التركية)."""
    toks = ix.doc.tokens[ix.token_index(start) : ix.token_index(end)]
    return any(t.kind != "word" and ix.doc.text[t.start : t.end] not in _QUOTE_MARKS for t in toks)


def _object_participle(ix: DocIndex, mk: _Mark) -> bool:
    """Whether the marker is a participle that takes a plain object (داعيا، مطالبا، مؤكدا …), not a set-off noun and
    not a prayer ("داعيا للمصابين بالشفاء العاجل"): the opening test of :func:`_set_off_participle` and
    :func:`_set_off_after_clause`."""
    cue = mk.match.value
    if cue.type is not MARKER_PARTICIPLE or not cue.object or norm(mk.match.key) in _SET_OFF_NOUNS:
        return False
    words = [norm(w) for w in ix.doc.text[mk.match.end : mk.match.end + 60].split()[:4]]
    return not (norm(mk.match.key).startswith("داعي") and any(w in _PRAYER_WORDS for w in words))


def _set_off_participle(ix: DocIndex, st: _State, mk: _Mark, s0: int) -> bool:
    """Whether a participle that takes a plain object (داعيا، مطالبا، متهما، محذرا …) stands right after a comma
    that ends a claim of its own sentence ("قال الوزير إن …، داعيا الأطراف إلى الحوار"، "…»، مطالبا بتعديلها"): the
    speaker goes on, and the noun after the participle is its object, not an unread subject (round 17, helper
    cl15). After a clause that is no claim ("ورفع المحافظ التهاني للملك فلان …، معلنا انطلاق") nothing changes: a
    name inside that clause's object would be taken."""
    if not _object_participle(ix, mk):
        return False
    last = next((c for c in reversed(st.claims) if c["marker"] is not None), None)
    if last is None or int(last["marker"]["start"]) < s0 or int(last["content"]["end"]) > mk.match.prefix_start:
        return False
    before = ix.doc.text[: mk.match.prefix_start].rstrip(" \t\u00a0")
    before = before.rstrip('»”"')  # "…»، داعيا" and "…"، مطالبا": a quote closed before the comma
    return before.endswith(("،", ","))


def _set_off_after_clause(ix: DocIndex, st: _State, mk: _Mark, s0: int) -> bool:
    """Whether a participle that takes a plain object stands right after a comma that ends a clause of its own
    sentence which holds no claim ("وأدان الوزير الهجوم على المسجد، مؤكدا وقوف الدولة إلى جانب أسر الضحايا"، "وعبر
    والد الطالب عن حزنه، مشددا على أهمية …"): the words after it are its object, and its speaker is sought as for
    the same participle with أن (the subject of the verb before it; check31 and check33 code these, rulings 5 and
    the participle after an uncoded verb). Round 35 (helper cl55)."""
    if not _object_participle(ix, mk):
        return False
    last = next((c for c in reversed(st.claims) if c["marker"] is not None), None)
    if last is not None and int(last["marker"]["start"]) >= s0:
        return False  # a claim of this sentence before it: _set_off_participle's (or a new subject between)
    before = ix.doc.text[s0 : mk.match.prefix_start].rstrip(" \t\u00a0")
    return before.endswith(("،", ",")) and len(before.split()) >= 3


def _clause_subject(ix: DocIndex, st: _State, m: Match[Cue], s0: int, speaker: Speaker) -> bool:
    """Whether the speaker found for a participle set off after a clause with no claim (:func:`_set_off_after_clause`)
    is the subject of that clause's opening verb, a name or a title right after it ("وأدان الشيخ فلان الجريمة …،
    مؤكدا"): not a speaker going on from an earlier sentence ("كما أكدت تصميم الدولة …، مشددة على": the claim
    before was missed), nor a name in the clause's object ("رفع فيها التهاني لخادم الحرمين الملك سلمان …، معلنا"،
    "وتقدم سموه بالشكر إلى عائلة الجودر …، داعيا"). Round 35 (helper cl55)."""
    if speaker.get("found_by") not in ("mention", "title", "as_written"):
        return False
    s0 = _after_dateline(ix, s0)
    own = _opening_subject(ix, st, s0, m.prefix_start, near=False, placed=True)
    if own is None or not isinstance(own.get("start"), int) or not isinstance(speaker.get("start"), int):
        return False
    if any(norm(w) in _CLAUSE_PREPOSITIONS for w in ix.doc.text[s0 : int(own["start"])].split()):
        return False  # "وتقدم سموه بالشكر إلى عائلة الجودر": a name after a preposition is in the object
    if not (int(own["start"]) < int(speaker["end"]) and int(speaker["start"]) < int(own["end"])):
        return False
    verb = ix.word_after(s0)
    first = ix.word_after(verb[2]) if verb is not None else None
    name = ix.doc.text[int(speaker["start"]) : int(speaker["end"])].split()
    if not name or norm(name[0]) in _CLAUSE_PREPOSITIONS:
        return False  # a preposition tagged as a name
    if first is None or first[1] >= int(speaker["start"]):
        return True  # the subject right after the verb: "وأدان وزير الداخلية …"، "واستنكرت منظمة العفو الدولية …"
    if speaker.get("type") != "PER" or norm(name[0]).startswith("ال"):
        return False  # "ورفع المحافظ التهاني …": a word tagged after the subject is in the object
    before = ix.word_before(int(speaker["start"]))
    # a person after a title or an honorific ("وأدان الشيخ فلان"), not after لـ ("التهاني للأمير فلان")
    return before is None or not norm(before[0]).startswith("لل")


def _past_channel_phrase(ix: DocIndex, p: int, s1: int) -> int:
    """Past a channel phrase set off by a comma before a plain object ("أكد الوزير في تعميم للجان، على ضرورة …"):
    the object starts after the comma; ``p`` itself otherwise. An object that opens right after the channel phrase
    starts there, a comma or none after it ("وأعلنت الوزارة في بيان إغلاق المعبر": round 42, cl77)."""
    opens = object_past_channel(ix, p, s1)
    if opens is not None:
        return opens
    prep = ix.word_after(p)
    if prep is None or norm(prep[0]) not in _CHANNEL_PREPS:
        return p
    noun = ix.word_after(prep[2])
    if noun is None or not _channel_at(ix, noun[1]):
        return p
    text = ix.doc.text
    comma = next((k for k in range(noun[2], min(s1, noun[2] + 120)) if text[k] in "،,"), -1)
    if comma < 0 or any(ch in text[noun[2] : comma] for ch in '.:«“"') or not LETTER_RE.search(text, comma, s1):
        return p
    if ix.words_between(noun[2], comma) > _CHANNEL_PHRASE_WORDS:
        # round 14: a long run to the comma is the object itself ("وتوقع فلان عبر بيان صحافي زيادة نسبة المشاركة
        # …، نظرا"، "في بيان له أمس الجمعة فرقة العمل … إلى …، مجددا"): the object starts after the channel noun,
        # its own words (له، صحافي) and a date
        q = noun[2]
        while (
            (w := ix.word_after(q)) is not None and w[1] < comma and (norm(w[0]) in _CHANNEL_TAIL or ix.in_timex(w[1]))
        ):
            q = w[2]
        return q
    return comma + 1


def _past_occasion_phrase(ix: DocIndex, p: int, s1: int) -> int:
    """Past an occasion phrase set off by two commas between the speaker and a plain object ("وأكد الوزير، خلال
    لقائه بالصحفيين اليوم، استمرار الدعم"، "ودعا فلان، في خطاب ألقاه أمس، إلى وحدة الصف"): the object starts after
    the second comma (round 17, helper cl15; a channel phrase alone is :func:`_past_channel_phrase`'s). ``p``
    itself when no comma, or no occasion word (claim_cues.yaml occasion_prepositions) after it, a channel noun
    after that word (في بيان، خلال مؤتمر: the channel phrase rule), or no second comma
    within the sentence and twenty words, or a quote, a colon or an introducer (أن، إن) before it."""
    text = ix.doc.text
    k = p
    while k < s1 and text[k] in " \t\u00a0":
        k += 1
    if k >= s1 or text[k] not in "،,":
        return p
    prep = ix.word_after(k + 1)
    if prep is None or prep[1] >= s1 or norm(prep[0]) not in _OCCASION_PREPS:
        return p
    noun = ix.word_after(prep[2])
    if noun is not None and _channel_at(ix, noun[1]):
        return p  # "، في بيان له أمس الجمعة فرقة العمل …": a channel phrase, round 14's reading
    comma = next((j for j in range(prep[2], min(s1, prep[2] + 200)) if text[j] in "،,"), -1)
    if comma < 0 or any(ch in text[prep[2] : comma] for ch in '.:«“"') or ix.words_between(prep[2], comma) > 20:
        return p
    if any(norm(w) in _THAT for w in text[prep[2] : comma].split()):
        return p
    nxt = ix.word_after(comma + 1)
    if nxt is None or nxt[1] >= s1 or norm(nxt[0]) in _THAT:
        return p
    return comma + 1


def _outlet_noun(ix: DocIndex, speaker: Speaker) -> bool:
    """A speaker led by an outlet noun (وكالة الأنباء الرسمية), or that noun alone and definite (الوكالة، الصحيفة):
    the outlet named before. The noun's own و is kept (وكالة)."""
    words = str(speaker.get("text") or "").split()
    if not words:
        return False
    head = norm(words[0])
    nouns = ix.lexicon.outlet_nouns
    return head in nouns or head.removeprefix("و") in nouns or head.removeprefix("ال") in nouns


def _before_next_marker(ix: DocIndex, end: int, bound: int) -> int:
    """Where the next verb of saying after ``end`` starts, within ``bound`` (its prefix included; round 32)."""
    for other in ix.markers:
        if other.start > end and other.value.type is MARKER_VERB:
            return min(bound, other.prefix_start)
    return bound


def _trailing_end(ix: DocIndex, speaker: Speaker, end: int) -> int:
    """The end of a trailing attribution's clause: the sentence end, or the first comma after the speaker's phrase
    that opens another clause — a word with و (، وتحدث مسؤول …، وهي حصيلة) or a relative (، الذي / والتي …): a
    channel cue there belongs to that other act ("بحسب ما صرح رئيس الشرطة فلان، وتحدث مسؤول … وهي حصيلة أكدها
    مصدران": no report; round 13b)."""
    sp1 = speaker.get("end")
    if speaker.get("found_by") in ("pronoun", "previous_sentence") or not isinstance(sp1, int) or sp1 >= end:
        return end
    text = ix.doc.text
    at = text.find("،", sp1, end)
    while at != -1:
        nxt = text[at + 1 : end].split()[:1]
        if nxt and (nxt[0].startswith("و") or norm(nxt[0]) in ix.lexicon.relatives):
            return at
        at = text.find("،", at + 1, end)
    return end
