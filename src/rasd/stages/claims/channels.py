"""Step 3d: the channel of a claim (:func:`_channel`) — the cues of the marker's clause, an interview outlet, a
conference, a post, the channel inherited from the same speaker — and what tells a report or a statement."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from rasd.claims.context import TELL_VERBS, DocIndex
from rasd.claims.lexicon import CHANNELS, Cue, load_claim_lexicon
from rasd.claims.spans import collapse
from rasd.claims.speakers import (
    Speaker,
    interview_outlet,
    role_reader,
)
from rasd.ner.lexicon import load_lexicon
from rasd.resources import load_yaml
from rasd.resources.cues import CueFile
from rasd.stages.claims.common import _speaker_key, _State, _told_at
from rasd.stages.claims.cues import (
    _ANNOUNCING,
    _ANY_CONFERENCE,
    _ASKED_BY,
    _AUTHORITY,
    _BEFORE_OBJECT,
    _CALL_GATE,
    _CALL_WITH,
    _CALLING,
    _CANALS,
    _CHANNEL_PREPS,
    _COMPOUND_ENDS,
    _GROUP_HEADS,
    _GROUP_TOLD,
    _GUEST,
    _ISSUED_STATEMENT,
    _MET,
    _MET_GATE,
    _NAME_PARTS,
    _OWN_TALK,
    _POINTED_TOLD,
    _QUESTION_GATE,
    _QUOTE_MARKS,
    _RECENT,
    _RELAYED_BY,
    _RELAYING_GATE,
    _REMARKS,
    _REPLY,
    _REPLY_GATE,
    _REPORTING_SECTORS,
    _SAME_SOURCE,
    _SURVEY,
    _THE_CONFERENCE,
    _TITLE_INTERVIEW,
    _TOPIC,
    _TOPIC_LEADS,
    _TOPIC_PREPOSITIONS,
    _WITH,
    _WORD,
)
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm


# ---------------------------------------------------------------------------------------------- channel, date
def _channel(
    ix: DocIndex, st: _State, speaker: Speaker, region: tuple[int, int], *, kind: str, content: tuple[int, int]
) -> tuple[str, str | None]:
    """``(channel, reported_via)`` from the cues of the marker's clause (see step 3d)."""
    a, b = region
    if b == content[0]:  # "أكد الوزير خلال مؤتمر صحفي عقده … على أهمية": the content as read opens there
        b = _leading_occasion_end(ix, b)
    sp0, sp1 = speaker.get("start"), speaker.get("end")
    inside = (sp0, sp1) if isinstance(sp0, int) and isinstance(sp1, int) else (0, 0)
    # a cue inside the speaker's own name is none (هيئة قناة السويس is no television); a cue that is the whole
    # speaker is (وأضاف البيان)
    kinds = {
        c.value.kind
        for c in ix.channels_in(a, b)
        if not (inside[0] <= c.start and c.end < inside[1] - 1 and inside[0] < c.prefix_start)
        and not _quoted_cue(ix, a, c, b)
        and not _authority_named(ix, c)
        and not _recent(ix, c)
        and not _described_report(ix, c, inside[1])
        and not _own_talk(ix, c)
        and not _bare_screen(ix, c)
    }
    outlet = interview_outlet(ix, a, b)
    if outlet is None:
        outlet = _outlet_before_object(ix, content[0]) or _outlet_opening_content(ix, content)
    quoted = ix.quote_in(a, b)  # (each pattern below ends with a name in quotes: none without a quote)
    if outlet is None and quoted and not kinds & {"post", "press conference", "television"}:
        text = ix.doc.text  # (round 40: each pattern searched only in a clause that holds one of its words; round
        # 41: the words' presence found by one search, :func:`literal_gate`)
        relayed = (_RELAYED_BY.search(text, a, b) if _RELAYING_GATE.search(text, a, b) else None) or (
            _CALL_WITH.search(text, a, b) if _CALL_GATE.search(text, a, b) else None
        )
        if relayed is not None:  # "في تصريحات نقلتها صحيفة «الشرق الأوسط»"، "في اتصال هاتفي مع «الحياة»"
            outlet = collapse(relayed.group(1))
    if "press conference" not in kinds and _conference_again(ix, a, b):
        kinds.add("press conference")  # "عقد الوزير مؤتمرا صحفيا … . وقال خلال المؤتمر إن": the same conference
    if outlet is not None and speaker.get("outlet") and norm(outlet) in norm(str(speaker.get("text") or "")):
        outlet = None  # "وسبق لمجلة «فرانس فوتبول» أن كشفت": the magazine reports, nobody interviewed it
    inherited = st.channels.get(_speaker_key(speaker))
    asked = _ASKED_BY.search(ix.doc.text, a, b) if quoted and _QUESTION_GATE.search(ix.doc.text, a, b) else None
    if asked is not None and not kinds & {"post", "press conference", "television"}:
        return "interview", collapse(asked.group(1))  # "ردا على استفسار «عكاظ»": the paper asked him
    met = _met_by_outlet(ix, speaker)
    if met is not None and not kinds & {"post", "press conference"}:
        return "interview", met  # "«المدينة» التقت بمدير عام قناة …، والذي قال:": the paper's interview
    if outlet is not None and kinds == {"statement"} and _statement_told(ix, a, b):
        return "statement", outlet  # "وأوضح الوزير في بيانه لوكالة الأنباء السعودية أن": the statement, relayed
    if outlet is None and kinds and kinds <= {"statement", "interview"} and _remarks_only(ix, a, b):
        return "unspecified", None  # "وقال الوزير في تصريحات صحفية إن"، "في تصريح عبر الهاتف": remarks, no channel
    for ch in CHANNELS:
        if ch == "interview":
            if outlet is not None:
                return "interview", outlet
            if "interview" in kinds and "statement" not in kinds:
                return "interview", inherited[1] if inherited is not None and inherited[0] == "interview" else None
            if "statement" in kinds and inherited is not None and inherited[0] == "interview":
                return inherited  # "واختتم القيادي تصريحه": the interview goes on
            continue
        if ch in kinds:
            return ch, None
    here = len(st.claims)
    fresh = here not in st.uncued
    st.uncued.add(here)  # no cue in the clause: a later cue of the same occasion may name it
    if speaker.get("outlet"):
        return "report", speaker.get("name") or speaker.get("name_ar")
    press = _press(ix, speaker)
    if press is not None:  # "وقالت بوابة الأهرام"، "وأفاد موقع «…»"، "ذكرت شينخوا": the outlet's report (round 13)
        return press, speaker.get("name") or speaker.get("name_ar") or collapse(str(speaker.get("text") or ""))
    if _figures(ix, speaker):  # "وتشير الإحصائيات الأولية إلى"، "بحسب الإحصائيات الرسمية لـ": a report (round 13)
        return "report", None
    if _document(ix, speaker):  # "وقالت نشرة «أوتشا»"، "وذكرت التحقيقات أن"، "وأشار البحث إلى": a report (round 22)
        return "report", None
    told = _told_outlet(ix, speaker, b)
    if speaker.get("role") == "correspondent":  # "وقال مراسل «الشرق الأوسط»": the outlet's own report
        return "report", told
    if told is not None and quoted and _GUEST.search(ix.doc.text, a, b):
        return "television", told  # "فاعتبر ضيف «روتانا خليجية» أن": a broadcaster's guest
    if told is not None:  # "أبلغت مصادر محلية «عكاظ» أن"
        if fresh:  # the outlet told names the channel: the same speaker's lede before may take it (ruling 7)
            st.uncued.discard(here)
        return "interview", told
    if inherited is None:
        inherited = _inherited_by_name(ix, st, speaker) or _source_again(st, speaker)
    if inherited is not None:
        return inherited
    if speaker.get("found_by") == "previous_sentence" and isinstance(sp0, int):
        # "وغرد الوزير على حسابه … . وأضاف أن": the channel the sentence that names the speaker gives
        p0, p1 = ix.sentence_bounds(sp0)
        before = {
            c.value.kind
            for c in ix.channels_in(p0, p1)
            if not _quoted_cue(ix, p0, c) and not _described_report(ix, c, speaker.get("end"))
        }
        if before & {"statement", "interview"}:
            said_to = interview_outlet(ix, p0, p1)
            if said_to is not None:  # "استنكر عدد من الأكاديميين في تصريحات لـ«الرياض» … . مشيرين إلى أن": told
                return "interview", said_to
        for ch in CHANNELS:  # (not an outlet after لـ: "يعمل لحساب الشركة" is no interview)
            if ch != "interview" and ch in before:
                return ch, None
    if str(speaker.get("type") or "") == "PER" and not speaker.get("anonymous"):
        at = sp0 if isinstance(sp0, int) else a
        polled = _survey_outlet(ix, at) or _group_told(ix, at)
        if polled is not None:  # "استطلعت «الرياض» آراء عدد من التجار … وقال فلان": the paper asked him
            return "interview", polled
    if _titled_body(ix, speaker):  # "وقال مدرب برشلونة السابق"، "رئيس بلدية محافظة الخبر": a person (round 22)
        return _default_channel({"type": "PER"}, kind=kind, counts=lambda: False), None
    if _official(ix, speaker, a, b):  # "وأوضح المتحدث الرسمي للدفاع المدني …": the body's statement
        return "statement", None
    if _named_body(ix, speaker):  # "وقالت حكومة نيو ساوث ويلز"، "قال تنظيم «داعش»": a body (round 13b)
        return "statement", None
    turn = _turn_occasion(ix, st, speaker, a)
    if turn is not None:  # "وقال المدرب الأول خلال المؤتمر الصحفي … . من جانبه أكد الآخر أن": the same occasion
        return turn
    if _joint_partner(ix, st, speaker):  # "في مؤتمر صحفي مشترك مع نظيره فلان … . وأشار فلان": the same conference
        return "press conference", None
    if str(speaker.get("type") or "") == "PER" and not speaker.get("anonymous"):
        told = _title_interview(ix)
        if told is not None:  # title "مستشار رئيس الوزراء لـ«الشرق الأوسط»: …": the article is an interview
            return "interview", told or None
    channel = _default_channel(speaker, kind=kind, counts=lambda: _counts(ix, *content))
    if kind in _ANNOUNCING and channel == "statement" and _person_speaking(ix, speaker):
        st.announced[here] = content[0]  # the announcement default: not carried to the person's later claims
    return channel, None


def _person_speaking(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a speaker with no channel named is a person, whose words `_default_channel` gives no channel: a title
    with no type, or a person the tagger found whose name holds two words or more (a given and a family name: not a
    company's one-word name, "خدمة الدردشة سكايب") and stands in no brackets (an alias of the body before it: "إدارة
    … للغابات (كال فاير)"). Never unnamed or generic. Round 43 (helper cl80)."""
    if speaker.get("anonymous") or speaker.get("generic"):
        return False
    typ = str(speaker.get("type") or "")
    if speaker.get("found_by") == "title" and not typ:
        return True
    if typ != "PER" or len(str(speaker.get("name_ar") or speaker.get("text") or "").split()) < 2:
        return False
    at = speaker.get("start")
    return not (isinstance(at, int) and ix.doc.text[max(0, at - 2) : at].strip().endswith("("))


def _holds_any(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` (round 40, sp10: the literal test before a pattern whose
    every match holds one; ``str.find`` in C, where the pattern's look-behind was tried at every position). Round 41
    (sp15): the stage asks the gates of :func:`rasd.stages.claims.cues.literal_gate` instead, one search each; this
    reading of the word lists stays their reference (tests)."""
    return any(text.find(w, start, end) >= 0 for w in words)


#: ``claims.yaml``'s word lists (speaker_phrase_prepositions, source_nouns, person_title_heads, named_body_heads,
#: report_speaker_heads …), read through the shared cue-file reader: normalized word by word, built once per process
_CLAIMS_YAML = CueFile("ar/claims.yaml", section=None)
#: the bare screen noun among the television cues, and the prepositions that make it a broadcast (على / عبر شاشة)
_SCREEN = norm("شاشة")
_SCREEN_PREPS = frozenset(norm(w) for w in ("على", "عبر", "علي"))
_SPEAKER_CUES = CueFile("ar/claim_speaker_cues.yaml")
#: the word lists the readers below ask for, read once at import (round 42, sp18: each reader called the
#: cue file's memoized reader again, ~25,000 calls per 1,000 articles)
_AGENCY_WORDS = _SPEAKER_CUES.normalized_words("agency_words")
_FINDING_QUANTIFIERS = _CLAIMS_YAML.normalized_words("finding_quantifiers")
_NAMED_BODY_HEADS = _CLAIMS_YAML.normalized_words("named_body_heads")
_PERSON_TITLE_HEADS = _CLAIMS_YAML.normalized_words("person_title_heads")
_CLAIMS_PREPOSITIONS = _CLAIMS_YAML.normalized_words("prepositions")
_REPORT_SPEAKER_HEADS = _CLAIMS_YAML.normalized_words("report_speaker_heads")
_SOURCE_NOUNS = _CLAIMS_YAML.normalized_words("source_nouns")
_SPEAKER_PHRASE_PREPOSITIONS = _CLAIMS_YAML.normalized_words("speaker_phrase_prepositions")


def _own_talk(ix: DocIndex, cue: Match[Cue]) -> bool:
    """Whether an interview cue is the speaker's own talk with no outlet told after it (وقال في حديثه إن، مؤكدا خلال
    حديثه، واختتم حديثه بقوله، موجها حديثه للأمير، خلال حديثه للاعبين): the files code such words `unspecified` — an
    interview only with the outlet named (check34's imam, check36's preacher, tune3). Not when an outlet follows
    within a few words (في حديثه لـ«عكاظ»، خلال حديثهم ل"الرياض"): told, the cue stays."""
    if cue.value.kind != "interview" or norm(ix.doc.text[cue.start : cue.end]).lstrip("وفب") not in _OWN_TALK:
        return False
    return interview_outlet(ix, cue.end, min(cue.end + 50, len(ix.doc.text))) is None


def _bare_screen(ix: DocIndex, cue: Match[Cue]) -> bool:
    """Whether a television cue is the bare noun شاشة (a screen) with no على / عبر before it and no broadcaster
    after it: "صورة لشاشة الكمبيوتر"، "شاشة الهاتف" name no broadcast, "على شاشة قناة …" does (round 41, cl73: a
    police claim read as television from a computer screen in the clause before it)."""
    if norm(ix.doc.text[cue.start : cue.end]) != _SCREEN:
        return False
    before = ix.word_before(cue.prefix_start)
    if before is not None and norm(before[0]).lstrip("و") in _SCREEN_PREPS:
        return False
    after = ix.word_after(cue.end)
    return after is None or not any(
        c.value.kind == "television" and c.start == after[1] for c in ix.channels_in(after[1], after[2])
    )


def _statement_told(ix: DocIndex, a: int, b: int) -> bool:
    """Whether a written statement's noun of the clause ``[a, b)`` (``issued_statement_nouns``: بيان، بلاغ) has the
    outlet told right after it (في بيانه لوكالة الأنباء السعودية، في بيان صحفي لـ«واس»): the speaker's statement
    given to the outlet — a statement with the outlet as its relay, not an interview (round 40, cl70: check38's
    cabinet sessions; the lead's round-39 ruling keeps statement for a بيان). The outlet within the next 30
    characters of the noun."""
    text = ix.doc.text
    for c in ix.channels:
        if not (a <= c.start < b) or c.value.kind != "statement":
            continue
        if norm(text[c.start : c.end]) not in _ISSUED_STATEMENT:
            continue
        if interview_outlet(ix, c.end, min(b, c.end + 30)) is not None:
            return True
    return False


def _remarks_only(ix: DocIndex, a: int, b: int) -> bool:
    """Whether every statement or interview cue of the clause ``[a, b)`` stands in remarks that name no channel
    (``_REMARKS``: press remarks in the plural, "وقال مغازي في تصريحات صحفية إن"; words told by telephone, "في تصريح
    عبر الهاتف من …"): the files code them `unspecified` when no outlet is named (round 27, helper ch1; the singular
    "في تصريح صحفي", a spokesman's press release, stays a statement)."""
    spans = [(m.start(), m.end()) for m in _REMARKS.finditer(ix.doc.text, a, b)]
    if not spans:
        return False
    cues = [c for c in ix.channels_in(a, b) if c.value.kind in ("statement", "interview")]
    return all(any(s0 <= c.start < s1 for s0, s1 in spans) for c in cues)


def _described_report(ix: DocIndex, cue: Match[Cue], speaker_end: object) -> bool:
    """Whether a report cue stands in a relative clause that describes the speaker, after his name and before the
    content ("وقال الدكتور فلان الذي قاد فريق الدراسة إنه"، "وأضاف بيكون الذي لم يشارك في الدراسة أنه"، "وقال المدير
    العام للمنظمة التي جمعت معلومات للتقرير إن"): the study he led or the report his body wrote is what he is known
    by, not the channel he speaks in — he speaks as a person (round 22, helper cl29: check19's study story, two
    speakers, and fresh in-range articles of al-Jazirah and al-Eqtisadiah)."""
    if cue.value.kind != "report" or not isinstance(speaker_end, int) or cue.prefix_start < speaker_end:
        return False
    text = ix.doc.text
    if any(ch in text[speaker_end : cue.prefix_start] for ch in ".:؛"):
        return False
    pos = speaker_end
    while (w := ix.word_after(pos)) is not None and w[1] < cue.prefix_start:
        if norm(w[0]) in ix.lexicon.relatives:
            return True
        pos = w[2]
    return False


def _recent(ix: DocIndex, cue: Match[Cue]) -> bool:
    """Whether an interview cue is the adjective حديثة "recent" as written, agreeing with the word before it (a
    feminine noun or adjective, or a plural in ات: "وبحسب دراسة طبية حديثة لمنظمة …"، "سيارات حديثة"); "وختم
    حديثة بقوله" (his talk, misspelt) stays a cue."""
    if cue.value.kind != "interview":
        return False
    word = ix.doc.text[cue.start : cue.end].strip()
    if not word or word.split()[0] not in _RECENT:
        return False
    before = ix.word_before(cue.start)
    return before is not None and before[0].rstrip("ًٌٍَُِّْ").endswith(("ة", "ات"))


def _conference_again(ix: DocIndex, a: int, b: int) -> bool:
    """Whether the clause ``[a, b)`` names "the conference" alone (:data:`_THE_CONFERENCE`) and the last conference
    named before it in the article is a press conference (عقد الوزير مؤتمرا صحفيا; not مؤتمر المانحين)."""
    text = ix.doc.text
    if text.find("مؤتمر", a, b) < 0:  # (the pattern holds the word)
        return False
    here = _THE_CONFERENCE.search(text, a, b)
    if here is None:
        return False
    before = [m for m in _ANY_CONFERENCE.finditer(text, 0, here.start())]
    if not before:
        return False
    last = before[-1]
    return any(c.value.kind == "press conference" and c.prefix_start <= last.start() + 1 < c.end for c in ix.channels)


def _leading_occasion_end(ix: DocIndex, cs: int) -> int:
    """Where a channel phrase that opens the content as read ends (في / خلال / عبر + a channel noun right after the
    marker's speaker: "أكد الوزير خلال مؤتمر صحفي عقده مع نظيره على أهمية"), so that its cue is the clause's; ``cs``
    when the content opens with none."""
    prep = ix.word_after(cs)
    if prep is None or norm(prep[0]) not in _CHANNEL_PREPS:
        return cs
    noun = ix.word_after(prep[2])
    if noun is None:
        return cs
    cue = next((c for c in ix.channels if c.prefix_start == noun[1] or c.start == noun[1]), None)
    if cue is None:
        return cs
    told = _told_at(ix, cue.end, cue.end + 60)  # "في تصريحات لـ«عكاظ» على ضرورة": the outlet it was told to
    return told[1] if told is not None else cue.end


def _joint_partner(ix: DocIndex, st: _State, speaker: Speaker) -> bool:
    """Whether the speaker (no channel told) was named as the partner of an earlier claim's press conference (the
    words after مع, up to eight words on from the cue, up to punctuation): his family name, or his title as a whole."""
    if speaker.get("anonymous") or speaker.get("found_by") in ("pronoun", "previous_sentence", None):
        return False
    said = norm(collapse(str(speaker.get("text") or ""))).split()
    if not said:
        return False
    text = ix.doc.text
    for claim in st.claims:
        if claim["channel"] != "press conference" or claim["marker"] is None:
            continue
        if _speaker_key(claim["speaker"]) == _speaker_key(speaker):
            continue
        m0 = int(claim["marker"]["start"])
        s0, s1 = ix.sentence_bounds(m0)
        for c in ix.channels:
            if not (s0 <= c.start < s1) or c.value.kind != "press conference":
                continue
            found = _WITH.search(text, c.end, min(s1, c.end + 80))
            if found is None or ix.words_between(c.end, found.start()) > 8:
                continue
            partner = norm(collapse(found.group(1))).split()
            if len(said) == 1 and len(said[0]) > 2 and said[0] in partner[-6:]:
                return True  # "مع نظيره المصري سامح شكري … . وقال شكري"
            person = str(speaker.get("type") or "") == "PER"
            if len(said) > 1 and person and said[-1] not in _COMPOUND_ENDS and said[-1] in partner:
                return True  # "مع وزير الخارجية عادل بن أحمد الجبير … . أشار وزير الخارجية عادل الجبير"
            if len(said) > 1 and not person and f" {' '.join(said)} " in f" {' '.join(partner)} ":
                return True  # "مع وزير الخارجية المصري سامح شكري … . وبدوره أشار وزير الخارجية المصري"
    return False


def _outlet_before_object(ix: DocIndex, cs: int) -> str | None:
    """The outlet named in a phrase that opens the content up to a comma and عن / أن (see :data:`_BEFORE_OBJECT`),
    or after unnamed sources named again with a pointer (:data:`_POINTED_TOLD`)."""
    m = _BEFORE_OBJECT.match(ix.doc.text, cs) or _POINTED_TOLD.match(ix.doc.text, cs)
    if m is None:
        return None
    return interview_outlet(ix, cs, m.end())


def _outlet_opening_content(ix: DocIndex, content: tuple[int, int]) -> str | None:
    """The outlet told in a phrase of the speaker that the content as read opens with: a prepositional phrase and
    لـ«…» within its first ten words, before any punctuation ("أكدت مصادر ميدانية | في الجيش الوطني بمحافظة الضالع
    لـ«عكاظ» إلقاء القبض على …"، "أكد عدد | من المختصين في قطاع السفر بالأحساء لـ«اليوم» على ارتفاع …": the speaker's
    phrase went into a plain object's content, its outlet with it). Round 22 (helper cl29): check19's al-Dhale story,
    fresh in-range articles of al-Yaum and al-Watan."""
    cs, ce = content
    first = ix.word_after(cs)
    preps = _SPEAKER_PHRASE_PREPOSITIONS
    if first is None or ix.doc.text[cs : first[1]].strip() or norm(first[0]) not in preps:
        return None
    if not ix.quote_in(cs, min(ce, cs + 160)):  # (ten words: an outlet in quotes, or none)
        return None
    end, pos, n = first[2], first[2], 1
    while n < 10 and (w := ix.word_after(pos)) is not None and w[1] < ce:
        if any(ch in ix.doc.text[pos : w[1]] for ch in "،,.:؛") or w[0] in ("،", ",", ".", ":", "؛"):
            break
        end, pos, n = w[2], w[2], n + 1
    if not ix.quote_in(cs, end):
        return None
    outlet = interview_outlet(ix, cs, min(end + 1, ce))
    at = ix.doc.text.find(outlet, cs, end + 1) if outlet else -1
    if outlet is None or at < 0:
        return None
    lead = ix.doc.text[max(cs, at - 8) : at].rstrip(' «"“(\u00a0')
    if lead.endswith(("ل", "لـ")):
        return outlet
    # إلى «…» after a demand is its object ("دعا فلان … إلى «مضاعفة الجهود»"): the outlet only after a channel noun
    # ("وكشف الشعيبي | في تصريحات إلى \"الوطن\" عن")
    return outlet if any(cs <= c.start < at and c.value.kind == "interview" for c in ix.channels) else None


def _authority_named(ix: DocIndex, cue: Match[Cue]) -> bool:
    """Whether a television cue is a canal: named by its authority (وفق الأرقام الرسمية لهيئة القناة) or by its
    name (قناة السويس)."""
    if cue.value.kind != "television":
        return False
    prev, nxt = ix.word_before(cue.prefix_start), ix.word_after(cue.end)
    if nxt is not None and norm(nxt[0]) in _CANALS:
        return True  # عبرت قناة السويس
    return prev is not None and norm(prev[0]) in _AUTHORITY


def _quoted_cue(ix: DocIndex, a: int, cue: Match[Cue], b: int | None = None) -> bool:
    """Whether a channel cue in a clause starting at ``a`` is not the claim's: inside a phrase that answers another
    speaker's words (وردا على دعوة فلان عبر قناة «…»، أكد …: that call's channel), a share widget's list of
    platforms (شارك من خلال تويتر فيسبوك), or, when the clause's end ``b`` is given, a topic phrase opening the clause
    and set off by a comma before the verb (وحول تغير القناة …، قال)."""
    text = ix.doc.text
    replies = _REPLY.finditer(text, a, cue.start) if _REPLY_GATE.search(text, a, cue.start) else ()
    for r in replies:  # (round 40: searched only where a reply noun stands)
        if not any(ch in text[r.end() : cue.start] for ch in "،,.:؛"):
            return True
    topic_end = _topic_end(ix, a) if b is not None else None
    if topic_end is not None and b is not None and not any(ch in text[topic_end : cue.start] for ch in "،,.:؛"):
        comma = next((k for k in range(cue.end, b) if text[k] in "،,"), -1)
        verb = ix.word_after(comma + 1) if comma >= 0 else None
        if verb is not None and verb[1] < b and norm(verb[0]) not in _TOPIC_LEADS and norm(verb[0]) != "علي":
            return True  # "وحول تغير القناة منذ تعيينه مديرا لها، قال": the topic asked about, not the channel
    if cue.value.kind == "post":
        nxt = ix.word_after(cue.end)
        prev = ix.word_before(cue.prefix_start)
        posts = {c.prefix_start for c in ix.channels if c.value.kind == "post"}
        if (nxt is not None and nxt[1] in posts) or (prev is not None and prev[1] in posts):
            return True  # two platform names side by side, no verb or و between: a widget
    return False


def _topic_end(ix: DocIndex, a: int) -> int | None:
    """Where the preposition of a topic phrase opening the clause at ``a`` ends (:data:`_TOPIC`: وحول، وبشأن; or one of
    ``topic_opening_prepositions``: "وعن تصريحات وزير الدفاع حول …، قال المقداد" — round 22, cl29), or None; not
    عن طريق (by way of: "وعن طريق حسابه في تويتر، قال" names the channel)."""
    topic = _TOPIC.match(ix.doc.text, a)
    if topic is not None:
        return topic.end()
    first = ix.word_after(a)
    if first is None or ix.doc.text[a : first[1]].strip() or norm(first[0]) not in _TOPIC_PREPOSITIONS:
        return None
    nxt = ix.word_after(first[2])
    if nxt is None or norm(nxt[0]) == norm("طريق"):
        return None
    return first[2]


def _turn_occasion(ix: DocIndex, st: _State, speaker: Speaker, a: int) -> tuple[str, str | None] | None:
    """The occasion (press conference, television) of the claim right before, when this clause opens another
    speaker's turn at it (``turn_openers``: من جانبه، بدوره) within its first three words."""
    if not st.claims:
        return None
    last = st.claims[-1]
    if last["channel"] not in ix.lexicon.occasions or _speaker_key(last["speaker"]) == _speaker_key(speaker):
        return None
    words: list[str] = []
    pos = a
    while len(words) < 3 and (w := ix.word_after(pos)) is not None:
        if w[0] not in ("،", ","):
            words.append(norm(w[0]))
        pos = w[2]
    opens = {" ".join(words[:n]) for n in (1, 2)} | {" ".join(words[1:3])}
    if not opens & ix.lexicon.turn_openers:
        return None
    return str(last["channel"]), last["reported_via"]


def _met_by_outlet(ix: DocIndex, speaker: Speaker) -> str | None:
    """The outlet that met the speaker, named in the sentence before his name (see :data:`_MET`)."""
    sp0 = speaker.get("start")
    if not isinstance(sp0, int) or speaker.get("found_by") in ("pronoun", None):
        return None
    s0, _ = ix.sentence_bounds(sp0)
    if not ix.quote_in(s0, sp0):  # (both of _MET's branches name the outlet in quotes)
        return None
    text = ix.doc.text
    if not _MET_GATE.search(text, s0, sp0):  # (and hold a meeting verb; round 40; one search, round 41)
        return None
    found = next(reversed(list(_MET.finditer(ix.doc.text, s0, sp0))), None)
    if found is None or ix.words_between(found.end(), sp0) > 8:
        return None
    return collapse(found.group(1) or found.group(2))


def _name_goes_on(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a definite word follows the mention (وقال عبدالرحمن الأمير: a family name the tagger left out)."""
    sp1 = speaker.get("end")
    nxt = ix.word_after(sp1) if isinstance(sp1, int) else None
    return nxt is not None and norm(nxt[0]).startswith("ال")


def _same_source(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether the speaker is "the same source" (see :data:`_SAME_SOURCE`), the word نفس / ذات before the mention or
    نفسه / ذاته after it included."""
    sp0, sp1 = speaker.get("start"), speaker.get("end")
    if not isinstance(sp0, int) or not isinstance(sp1, int):
        return False
    words = norm(collapse(ix.doc.text[sp0:sp1])).split()
    prev, nxt = ix.word_before(sp0), ix.word_after(sp1)
    if prev is not None:
        words.insert(0, norm(prev[0]))
    if nxt is not None:
        words.append(norm(nxt[0]))
    text = " ".join(words)
    return any(_SAME_SOURCE.match(" ".join(text.split()[i : i + 2])) for i in range(len(words) - 1))


def _same_title(st: _State, speaker: Speaker, said: list[str]) -> tuple[str, str | None] | None:
    """A title in the construct state kept as written (وأضاف مفتي مصر، وقال متحدث الخارجية الباكستانية) is the earlier
    title speaker named with its article (المفتي، المتحدث باسم الخارجية الباكستانية فلان) when it names nothing
    else or shares a word of its body; that speaker's channel, when told."""
    if speaker.get("found_by") != "as_written" or not said or said[0].startswith("ال") or len(said[0]) < 3:
        return None
    for claim in reversed(st.carriers()):
        sp = claim["speaker"]
        if sp.get("found_by") not in ("title", "mention", "as_written") or sp is speaker:
            continue
        earlier = norm(collapse(str(sp.get("text") or ""))).split()
        if not earlier or earlier[0] != "ال" + said[0] or claim["channel"] == "unspecified":
            continue
        if len(earlier) == 1 or set(said[1:]) & set(earlier[1:]):
            return str(claim["channel"]), claim["reported_via"]
    return None


def _inherited_by_name(ix: DocIndex, st: _State, speaker: Speaker) -> tuple[str, str | None] | None:
    """The channel of an earlier claim whose speaker's name ends with this one's (كفاح محمود … وتابع محمود), or
    whose speaker phrase holds it (الناطق باسم المجلس علي الأحمدي … وأكد الأحمدي); "the same source" (وأوضح المصدر
    نفسه) is the source of the claim right before; a name of one word that is the first word of an earlier speaker's
    full name (سوميوت بومبانموانغ … وأضاف سوميوت), or the family name of the claim right before (سليم الجبوري … .
    وأضاف [طالب] الجبوري: a verb the tagger took into the name), is that speaker's (round 10c: the channel told once
    carries to the same speaker's later claims)."""
    said = norm(collapse(str(speaker.get("text") or ""))).split()
    claims = st.carriers()  # (not a person's announcement with no channel named: round 43)
    if claims and claims[-1]["channel"] != "unspecified" and _same_source(ix, speaker):
        return str(claims[-1]["channel"]), claims[-1]["reported_via"]  # (a channel told, not a default)
    name = norm(str(speaker.get("name_ar") or speaker.get("text") or "")).split()
    if not name or speaker.get("anonymous"):
        return None
    person = str(speaker.get("type") or "") in ("PER", "")  # (a name the tagger missed in this sentence: none)
    known = ix.name_words
    for claim in reversed(claims):
        spoken = str(claim["speaker"].get("name_ar") or "")
        earlier = known.get(spoken) or _name_words(ix, spoken)  # (round 29: the memo read here, without a call)
        if len(earlier) > len(name) and earlier[-len(name) :] == name:
            return str(claim["channel"]), claim["reported_via"]
        if (  # the mention is the family name, the tagger's name of the person longer (لمحمد عبده … وأضاف عبده)
            person
            and len(said) == 1
            and len(earlier) > 1
            and str(claim["speaker"].get("type") or "") == "PER"
            and earlier[-1] == said[0]
        ):
            return str(claim["channel"]), claim["reported_via"]
        if (  # the full name after a shorter one (عادل الطريفي … . وأفاد الدكتور عادل بن زيد الطريفي): round 40, cl70
            person
            and len(name) > len(earlier) > 1
            and earlier[0] == name[0]
            and earlier[-1] == name[-1]
            and str(claim["speaker"].get("type") or "") == "PER"
        ):
            return str(claim["channel"]), claim["reported_via"]
        if (
            person
            and len(said) == 1
            and len(earlier) > 1
            and earlier[0] == said[0]
            and said[0] not in _NAME_PARTS
            and not said[0].startswith(("عبد", "ابو"))
            and str(claim["speaker"].get("type") or "") == "PER"
            and not _name_goes_on(ix, speaker)
        ):
            return str(claim["channel"]), claim["reported_via"]
    title = _same_title(st, speaker, said)
    if title is not None:
        return title
    if person and claims and len(said) in (2, 3) and said[-1] not in _COMPOUND_ENDS:
        last = claims[-1]["speaker"]
        earlier = _name_words(ix, str(last.get("name_ar") or ""))
        if len(earlier) > 1 and earlier[-1] == said[-1] and earlier != said and not last.get("anonymous"):
            return str(claims[-1]["channel"]), claims[-1]["reported_via"]
    if person and speaker.get("found_by") == "mention" and len(said) == 1:
        return _cut_name_channel(ix, st, said[0])
    if speaker.get("found_by") != "as_written" or not (len(name) == 1 or _family_pair(name)):
        return None
    for claim in reversed(claims):
        sp = claim["speaker"]
        if (
            claim["marker"] is None
            or sp.get("found_by") in ("pronoun", "anaphor")
            or not isinstance(sp.get("end"), int)
        ):
            continue
        start = min(int(claim["marker"]["end"]), int(sp.get("start") or 0))
        words = [norm(w) for w in _WORD.findall(ix.doc.text, start, int(claim["content"]["start"]))]  # no "،"
        if name[0] in words[1:] and (len(name) == 1 or _pair_in(words, name)):
            # a family name repeated after the full name was given (round 41, cl73: of two words too, where the
            # tagger's name stopped short of it — "محمد رضا [نعمت زاده] لصحيفة …" … "وقال نعمت زاده")
            return str(claim["channel"]), claim["reported_via"]
    return None


#: the most words the tagger may leave between a person's name it cut short and the family name (بن علي الغامدي)
_CUT_NAME_WORDS = 3


def _cut_name_channel(ix: DocIndex, st: _State, family: str) -> tuple[str, str | None] | None:
    """The channel of an earlier claim whose person the tagger cut short before the family name, when a later claim
    names that person by the family name alone, tagged (round 42, cl76): "كشف لـ«الوطن» الناطق … العقيد دكتور سالم
    بن علي الغامدي، أن" (the speaker "دكتور سالم") … "وأكد الغامدي أن" keeps the interview. The family name must
    follow the earlier speaker's span within :data:`_CUT_NAME_WORDS` words, no punctuation between, before the
    content: not a name elsewhere in the phrase (أعلن رئيس الاتحاد دعم … بلاتيني is no claim of بلاتيني's)."""
    text = ix.doc.text
    for claim in reversed(st.carriers()):
        sp = claim["speaker"]
        if sp.get("type") != "PER" or sp.get("found_by") != "mention" or not isinstance(sp.get("end"), int):
            continue
        at, stop = int(sp["end"]), int(claim["content"]["start"])
        for _ in range(_CUT_NAME_WORDS):
            w = ix.word_after(at)
            if w is None or w[1] >= stop or text[at : w[1]].strip() or not w[0].isalpha():
                break
            if norm(w[0]) == family:
                return str(claim["channel"]), claim["reported_via"]
            at = w[2]
    return None


def _pair_in(words: list[str], pair: list[str]) -> bool:
    """Whether the two words of ``pair`` stand together in ``words`` after its first word."""
    return any(words[i] == pair[0] and words[i + 1] == pair[1] for i in range(1, len(words) - 1))


def _family_pair(name: list[str]) -> bool:
    """Whether a speaker of two words kept as written may be a family name of two words (نعمت زاده، عبد الرزاق):
    neither word with the article, a title, a body or a source noun (not "المصدر الأمني"، "وزارة الداخلية"،
    "مصادر أمنية"). Round 41 (helper cl73)."""
    if len(name) != 2 or any(w.startswith("ال") or w.startswith("وال") for w in name):
        return False
    lex = load_claim_lexicon()
    return not any(
        w in lex.body_nouns
        or w in lex.person_nouns
        or w in lex.spokesman_nouns
        or w in _SOURCE_NOUNS
        or role_reader().may_start(w)
        for w in name
    )


def _source_head(speaker: Speaker) -> str | None:
    """The source noun leading an unnamed speaker (مصدر، المصادر …) without و / ال, or None."""
    if not speaker.get("anonymous"):
        return None
    words = norm(collapse(str(speaker.get("text") or ""))).split()
    head = words[0].removeprefix("و") if words else ""
    head = head.removeprefix("ال")
    return head if head in _SOURCE_NOUNS else None


def _source_again(st: _State, speaker: Speaker) -> tuple[str, str | None] | None:
    """The interview of the last unnamed source before, when this speaker is an unnamed source named again with the
    article (المصدر، المصادر، المصدر الغربي) and no channel of its own: "أكدت مصادر ميدانية … لـ«عكاظ» … . وأوضح المصدر
    أن" — the same sources, told to the same paper (round 10c's carried interview, across the tagger's two entities;
    every such pair of the tune and check files is coded so: round 22, helper cl29)."""
    if speaker.get("found_by") not in ("mention", "anaphor", "as_written") or _source_head(speaker) is None:
        return None
    words = norm(collapse(str(speaker.get("text") or ""))).split()
    if not words or not words[0].removeprefix("و").startswith("ال"):
        return None
    for claim in reversed(st.claims):
        if _source_head(claim["speaker"]) is None:
            continue
        if claim["channel"] == "interview" and claim["reported_via"]:
            return "interview", claim["reported_via"]
        return None
    return None


def _name_words(ix: DocIndex, name: str) -> list[str]:
    """The normalized words of a speaker's name, kept on the index (round 21: each claim's name was normalized again
    for every later claim). The list is shared: read it, never change it."""
    words = ix.name_words.get(name)
    if words is None:
        words = ix.name_words[name] = norm(name).split()
    return words


def _titled_body(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a body or state the entity layer tagged as the speaker is the complement of a person's title right
    before it (``person_title_heads``: "وقال مدرب برشلونة السابق"، "وأوضح أمين رابطة العالم الإسلامي"، "رأى وكيل وزارة
    المياه"، "عصام الملا رئيس بلدية محافظة الخبر"): the person holding the title speaks, with a person's channel (round
    22, helper cl29: check18's former undersecretary; 20 such claims in 1,500 fresh in-range articles, coaches, heads
    of bodies, deputies, a league's secretary)."""
    if speaker.get("found_by") != "mention" or str(speaker.get("type") or "") not in ("ORG", "GPE"):
        return False
    start = speaker.get("start")
    if not isinstance(start, int) or "spokes" in str(speaker.get("role") or ""):
        return False  # (a spokesman's title names the body's statement: see _official)
    before = ix.word_before(start)
    if before is None or ix.doc.text[before[2] : start].strip(' \t\u00a0«"“('):
        return False
    word = norm(before[0].strip(_QUOTE_MARKS))
    titles = _PERSON_TITLE_HEADS
    return word in titles or (word[:1] == "و" and word[1:] in titles)


def _official(ix: DocIndex, speaker: Speaker, a: int, b: int) -> bool:
    """Whether a spokesman is introduced by an official or media title in the clause ``[a, b)``."""
    titled = speaker.get("found_by") == "title" and not speaker.get("name")  # "مدير الإعلام والمتحدث الرسمي بـ…"
    if "spokes" not in str(speaker.get("role") or "") and str(speaker.get("type") or "") != "PER" and not titled:
        return False
    clause = norm(ix.doc.text[a:b])
    return any(t in clause for t in ix.lexicon.official_titles)


def _title_interview(ix: DocIndex) -> str | None:
    """The outlet of an interview named in the article's title ("… لـ«الشرق الأوسط»: …"), "" when unnamed."""
    if ix.title_outlet is None:
        ix.title_outlet = ""
        blocks = ix.doc.blocks
        if blocks and str(blocks[0].kind) == "title":
            t0, t1 = blocks[0].start, blocks[0].end
            found = _TITLE_INTERVIEW.search(ix.doc.text, t0, t1)
            if found is not None:
                ix.title_outlet = collapse(found.group(1))
    return ix.title_outlet or None


def _survey_outlet(ix: DocIndex, at: int) -> str | None:
    """The paper that polled the people it quotes, named before ``at`` (:data:`_SURVEY`), or None."""
    first = ix.first_survey
    if first is None:  # where the text first holds ستطلع (round 21: one scan per document, not one per claim)
        first = ix.first_survey = ix.doc.text.find("ستطلع")
    if first < 0 or first + 5 > at:  # both of _SURVEY's branches hold استطلع / تستطلع / يستطلع (round 14b:
        return None  # one C scan instead of the regex over the text before every named person's claim; round 38,
        # sp5: ستطلع, not طلع, which "مصدر مطلع"، "اطلع" and "تطلع" hold too)
    found = list(_SURVEY.finditer(ix.doc.text, 0, at))
    return collapse(found[-1].group(1) or found[-1].group(2)) if found else None


def _group_told(ix: DocIndex, at: int) -> str | None:
    """The paper a group named by a quantity told in one sentence that ends before ``at`` ("استنكر عدد من
    الأكاديميين والدعاة في تصريحات لـ«الرياض» …"، "أكد مجموعة من التجار لـ«عكاظ» أن"): the paper polled them, and
    a person named after it with no channel of his own told it too (round 39, cl67: check36's academics). One scan
    per document, kept on the index."""
    found = ix.group_told
    if found is None:
        found = ix.group_told = (-1, "")
        text = ix.doc.text
        preps = _CLAIMS_PREPOSITIONS
        agencies = _AGENCY_WORDS
        # (round 40: _group_phrases finds the phrases' first words itself; a text with none gives no match, so the
        # test of every first word in the text that stood before it is gone)
        for m in _group_phrases(text):
            before = ix.word_before(m.start())
            if before is not None and norm(before[0]) in preps:
                continue  # "يدافع عن عدد من القيادات": the group is no subject
            earlier = ix.word_before(before[1]) if before is not None else None
            if earlier is not None and norm(earlier[0]) in ix.lexicon.relatives:
                continue  # "اللواء فلان الذي رعى عددا من الاحتفالات لـ«الوطن»": the outlet is the person's
            s1 = ix.sentence_bounds(m.start())[1]
            outlet = interview_outlet(ix, m.end(), _group_reach(text, m.end(), s1))
            if outlet is not None and not any(w in agencies for w in norm(outlet).split()):
                found = ix.group_told = (s1, outlet)
                break
    return found[1] if 0 <= found[0] <= at else None


def _group_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_GROUP_TOLD.finditer(text)``, tried only where a group phrase's first word stands (round 40,
    sp10). The pattern opens with a look-behind, so the regex engine tried it at every position of the text (~37 ms
    per 1,000 articles); every match starts at a first word of ``_GROUP_HEADS`` (found by ``str.find``), or at the
    و right before one, and two such starts never fall in one match (each ends with من before a non-word)."""
    starts: set[int] = set()
    for head in _GROUP_HEADS:
        at = text.find(head)
        while at >= 0:
            starts.add(at)
            at = text.find(head, at + 1)
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        # a و right before the first word: the match, if any, starts there (the look-behind fails at the word)
        m = _GROUP_TOLD.match(text, at - 1 if at - 1 >= end and text[at - 1 : at] == "و" else at)
        if m is not None:
            yield m
            end = m.end()


def _group_reach(text: str, start: int, end: int, words: int = 10) -> int:
    """Where the group's own phrase may end: its sentence's end, the first comma, or ``words`` words on — the
    paper told stands right after the group ("عدد من المختصين في قطاع السفر لـ«اليوم»"), not after a clause that
    names someone else ("عدد من النواب، لكن مصدرا … أفاد لـ«…»")."""
    comma = min((k for k in (text.find("،", start, end), text.find(",", start, end)) if k >= 0), default=end)
    at, n = start, 0
    while n < words:
        nxt = text.find(" ", at + 1, comma)
        if nxt < 0:
            return comma
        at, n = nxt, n + 1
    return at


def _counts(ix: DocIndex, start: int, end: int) -> bool:
    """Whether ``[start, end)`` gives a figure: a number of the quantities layer, or digits."""
    return any(start <= q.start < end for q in ix.doc.quantities) or any(ch.isdigit() for ch in ix.doc.text[start:end])


def _told_outlet(ix: DocIndex, speaker: Speaker, end: int) -> str | None:
    """An outlet right after the speaker's phrase, before the content: the medium the speaker told (أبلغت مصادر
    محلية «عكاظ» أن …، كشفت مصادر مطلعة لـ“الوئام” …): an outlet entity, or a quoted name of one to three words."""
    if not isinstance(speaker.get("end"), int) or speaker.get("found_by") in ("pronoun", "previous_sentence"):
        return None
    told = _told_at(ix, int(speaker["end"]), end)
    if told is not None and _own_name_quoted(ix, speaker, told[1]):
        return None
    return told[0] if told is not None else _told_before(ix, speaker)


def _told_before(ix: DocIndex, speaker: Speaker) -> str | None:
    """The outlet told named in quotes between a verb of telling (claim_cues.yaml ``tell_verbs``) and the speaker
    right after it: "وأبلغت «عكاظ» مصادر مطلعة أن"، 'أبلغ "الاقتصادية" مسؤول … أن' (round 42, cl76): one to three
    words, only spaces around them."""
    start = speaker.get("start")
    if not isinstance(start, int):
        return None
    text = ix.doc.text
    head = text[max(0, start - 60) : start].rstrip(" \t\u00a0")
    if not head or head[-1] not in '»"”':
        return None
    opening = max(head.rfind(q, 0, len(head) - 1) for q in '«"“')
    inner = head[opening + 1 : -1]
    if opening < 0 or not 1 <= len(inner.split()) <= 3 or any(ch in inner for ch in '«»"“”،,.'):
        return None
    at = start - 60 + opening if start >= 60 else opening
    verb = ix.word_before(at)
    if verb is None or text[verb[2] : at].strip(" \t\u00a0") or norm(verb[0]).lstrip("وف") not in TELL_VERBS:
        return None
    return collapse(inner)


def _own_name_quoted(ix: DocIndex, speaker: Speaker, close: int) -> bool:
    """Whether the words quoted right after a speaker that is no unnamed source, with no لـ before them, are the
    speaker's own name, nickname, brand or description rather than the outlet told: وقال بروفيسور "فلان" عالم الفلك،
    أكدت أسرة "معلمة تبوك"، أعلنت شركة اتحاد اتصالات "موبايلي"، وأشار فلان «أحد أقارب الأسرة» — unless the quoted
    name is an outlet the entity layer or ``press_outlets`` knows ("أبلغت مصادر محلية «عكاظ»" and any unnamed
    source keep their interview). Round 15 (helper cl11): tune5, check6 and 16 such claims in 1,400 fresh articles."""
    if speaker.get("anonymous"):
        return False
    text = ix.doc.text
    at = int(speaker["end"])
    if any(norm(w).lstrip("و") in ("ضيف", "ضيفه") for w in str(speaker.get("text") or "").split()):
        return False  # "فاعتبر ضيف «روتانا خليجية» أن": a broadcaster's guest (round 10c)
    head = text[at:close].lstrip(" \t\u00a0")
    if not head or head[0] not in '«"“':
        return False  # (لـ«…»: told)
    inner = head[1:].rstrip('»"” ')
    if any(c.outlet for c in ix.candidates_in(at, close)):
        return False
    words = tuple(norm(w) for w in inner.split())
    nouns, named_nouns, news, names, broadcast = _press_lexicon()
    if words in names or any(w in nouns or w in named_nouns or w in news or w in broadcast for w in words):
        return False
    return not any(w in ix.lexicon.outlet_nouns or w.removeprefix("ال") in ix.lexicon.outlet_nouns for w in words)


@functools.cache
def _press_lexicon() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]
]:
    """``press_outlets`` of ``claims.yaml``: (nouns that make an outlet, nouns that need a news word or a quoted name,
    the news words, outlet names as word tuples, words that call it a broadcaster), normalized."""
    data = load_yaml("ar/claims.yaml").get("press_outlets") or {}

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key) or []]

    return (
        frozenset(norm(w) for w in words("nouns")),
        frozenset(norm(w) for w in words("named_nouns")),
        frozenset(norm(w) for w in words("news_words")),
        tuple(tuple(norm(x) for x in w.split()) for w in words("names")),
        frozenset(norm(w) for w in words("broadcast_words")),
    )


@functools.cache
def _press_heads() -> frozenset[str]:
    """The nouns that lead a press outlet, both kinds (``nouns`` and ``named_nouns`` of ``press_outlets``; round 21:
    the union was built again for every speaker)."""
    nouns, named, _, _, _ = _press_lexicon()
    return nouns | named


@functools.cache
def _press_names() -> tuple[tuple[int, ...], frozenset[tuple[str, ...]]]:
    """The lengths (in words) of the outlet names of ``press_outlets`` and the names as a set (round 21: one look-up
    per length instead of a comparison with each name)."""
    names = _press_lexicon()[3]
    return tuple(sorted({len(n) for n in names})), frozenset(names)


@functools.cache
def _media_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``media_heads``, ``media_body_words`` and ``media_not`` of ``press_outlets`` in ``claims.yaml``, normalized."""
    data = load_yaml("ar/claims.yaml").get("press_outlets") or {}
    return tuple(
        frozenset(norm(str(w)) for w in data.get(k) or []) for k in ("media_heads", "media_body_words", "media_not")
    )  # type: ignore[return-value]


def _press(ix: DocIndex, speaker: Speaker) -> str | None:
    """``report`` when a speaker is a news outlet of the press that is not an outlet entity (round 13): led by صحيفة /
    جريدة / مجلة / بوابة (بوابة الأهرام); led by موقع / شبكة / وكالة with a news word in it (وكالة أنباء الصين
    الجديدة، شبكة تعز الإخبارية) or, for موقع / شبكة, a quoted name right after the noun (موقع “فرانس 24”); or one of
    the outlet names of ``press_outlets`` (شينخوا، سكاي نيوز) as the whole speaker. Such an outlet speaking files a
    report (the convention: all 34 claims of the 14 tune and check sets whose speaker is a paper, a news agency or a
    news site are coded ``report``; broadcasters, قناة / تلفزيون, stay television by their cue). ``television``
    for such an outlet called a broadcaster right after its name (شبكة “إيه.بي.سي” التلفزيونية: the files code a
    broadcaster speaking ``television``); else None."""
    if speaker.get("found_by") in ("pronoun", "previous_sentence") or speaker.get("anonymous"):
        return None
    text = str(speaker.get("text") or "")
    words = [w for w in (norm(x.strip(_QUOTE_MARKS)) for x in text.split()) if w]
    if not words:
        return None
    nouns, named, news, _, broadcast = _press_lexicon()
    media = _media_lexicon()
    lead = words[0].removeprefix("و") if words[0].removeprefix("و") in media[0] else words[0]
    if lead in media[0] and not any(w in media[2] for w in words[1:]):
        # "حسب ما أفاد الإعلام السويدي"، "أكدت مواقع إلكترونية"، "وأشارت المواقع إلى": the media report (round 13b)
        if lead != norm("الإعلام"):
            return "report"
        if (
            len(words) > 1
            and words[1].startswith("ال")
            and words[1] not in media[1]
            and words[1].endswith(("ي", "يه", "ية"))
        ):
            return "report"
    head = words[0].removeprefix("و") if words[0].removeprefix("و") in _press_heads() else words[0]
    found = False
    if head in nouns:
        found = True
    elif head in named:
        end = speaker.get("end")
        if any(w in news for w in words[1:]):
            found = True
        elif head == norm("وكالة"):
            found = False  # وكالة ناسا، وكالة التعاون الأمني: no news agency without أنباء
        elif len(words) == 1 and isinstance(end, int):  # the quoted name right after the noun (موقع “فرانس 24”)
            found = ix.doc.text[end : end + 3].lstrip()[:1] in '«"“'
        else:
            found = len(text.split()) > 1 and text.split()[1][:1] in '«"“'
    else:
        bare = tuple(words)  # one of the names, alone or opening the speaker
        lengths, known = _press_names()
        found = any(bare[:k] in known for k in lengths if k <= len(bare))
    if not found:
        return None
    end = speaker.get("end")
    after = ix.doc.text[end : end + 60].split()[:3] if isinstance(end, int) else []
    if any(w in broadcast for w in words[1:]) or any(norm(w.strip(_QUOTE_MARKS)) in broadcast for w in after):
        return "television"
    return "report"


def _named_body(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a named speaker with no title is a body whose name opens with a body noun (``named_body_heads``:
    حكومة، مجموعة، شركة، تنظيم …) — the noun leading the speaker as written (قال تنظيم «داعش» إنه), or right before
    a name the entity layer tagged without it (وقالت حكومة | نيو ساوث ويلز، ذكرت مجموعة (| بيرسون بي ال سي) البريطانية):
    the body speaks, a statement when no channel is named (round 13b; the round-10 convention)."""
    if speaker.get("found_by") not in ("mention", "as_written") or speaker.get("anonymous") or speaker.get("role"):
        return False
    if speaker.get("outlet") or speaker.get("generic") or speaker.get("actor"):
        return False  # an actor of the lexicon has its sector's default (a monitor's figures: a report)
    heads = _NAMED_BODY_HEADS
    words = str(speaker.get("text") or "").split()
    if not words:
        return False
    first = norm(words[0].strip(_QUOTE_MARKS))
    if first in heads or (first[:1] == "و" and first[1:] in heads):
        return True
    start = speaker.get("start")
    if speaker.get("found_by") != "mention" or not isinstance(start, int):
        return False
    before = ix.doc.text[max(0, start - 40) : start].rstrip().rstrip('(«"“').split()
    return bool(before) and norm(before[-1].strip(_QUOTE_MARKS + "(")) in heads


def _figures(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a speaker is led by a noun of figures (``figures_nouns``: الإحصائيات، الإحصاءات، الأرقام): the
    figures speak in a report, as a statistic named in the clause does (round 13)."""
    if speaker.get("found_by") in ("pronoun", "previous_sentence"):
        return False
    words = str(speaker.get("text") or "").split()
    if not words:
        return False
    head = norm(words[0].strip(_QUOTE_MARKS))
    figures = ix.lexicon.figures_nouns
    return head in figures or (head[:1] in ("و", "ك") and head[1:] in figures)


def _document(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a speaker is a written finding (``report_speaker_heads``: الدراسات، البحث، التحقيقات، النشرة،
    النتائج …) — the noun leading the speaker as written (وذكرت التحقيقات أن، وأشار البحث إلى), or right before the
    body the entity layer tagged (وقالت نشرة «أوتشا»، وطبقا لنشرة «أوتشا»): it speaks in a report, as a study named
    in the clause does (round 22, helper cl29: check19's bulletin and investigations; fresh in-range articles)."""
    if speaker.get("found_by") in ("pronoun", "previous_sentence") or speaker.get("anonymous"):
        return False
    heads = _REPORT_SPEAKER_HEADS
    words = str(speaker.get("text") or "").split()
    if len(words) > 1 and norm(words[0]) in _FINDING_QUANTIFIERS:
        words = words[1:]  # "وأشارت بعض الأبحاث إلى"، "وتقول إحدى الدراسات إن" (round 23)
    if words and _document_word(words[0], heads):
        return True
    start = speaker.get("start")
    if speaker.get("found_by") != "mention" or not isinstance(start, int):
        return False
    before = ix.word_before(start)
    if before is None or any(ch in ix.doc.text[before[2] : start] for ch in "،,.:؛"):
        return False
    return _document_word(before[0], heads)


def _document_word(raw: str, heads: frozenset[str]) -> bool:
    """Whether ``raw`` is one of ``heads``, with و / ل / ب before it; a word written with ه where the head has ة
    is none (نشره "he published it" is no نشرة)."""
    raw = raw.strip(_QUOTE_MARKS + "(")
    word = norm(raw)
    if word in heads and not (raw.endswith("ه") and word.endswith("ه")):
        return True
    stem = word[1:]
    return word[:1] in ("و", "ل", "ب") and stem in heads and not (raw.endswith("ه") and stem.endswith("ه"))


def _default_channel(speaker: Speaker, *, kind: str, counts: Callable[[], bool]) -> str:
    """The channel of a claim whose clause names none: the kind of speaker, looked up in ``default_channels`` of
    ``claims.yaml`` (the coding convention of issue 13's tune sets; see the table there)."""
    table = load_claim_lexicon().default_channel
    if speaker.get("generic"):
        return table("generic")
    if speaker.get("anonymous"):
        if kind == "announce" and "spokes" in str(speaker.get("role") or ""):
            return table("announcement")  # "أعلن متحدثون باسم الجيش أن": the body's spokesmen announce
        return table("anonymous")
    actor = load_lexicon().by_id.get(str(speaker.get("actor") or ""))
    monitor = actor is not None and (actor.sector in _REPORTING_SECTORS or actor.country == "IGO")
    if monitor and kind in _ANNOUNCING:
        # "أعلن المرصد السوري لحقوق الإنسان أن …"، "أعلن حلف شمال الأطلسي أن جنديا … قتلوا": an announcement, figures
        # or none (the lead's round-40 ruling; check24's and check41's observatory; round 43, cl80)
        return table("announcement")
    if monitor:
        return table("monitor_with_figures") if kind == "report" or counts() else table("monitor")
    written = str(speaker.get("text") or speaker.get("name_ar") or "")
    head = norm(written.split()[0]).lstrip("و") if written.split() else ""
    if actor is None and head in load_claim_lexicon().monitor_nouns:
        # "أفادت منظمة غربية تتابع الحوادث الأمنية بأن …": a monitor kept as written
        return table("monitor_with_figures") if kind == "report" or counts() else table("monitor")
    if speaker.get("entity") is None and head.startswith("ال") and head[2:] in load_claim_lexicon().outlet_nouns:
        return table("generic")  # "وتحدثت الصحيفة عن"، "وذكرت الوكالة أن": an outlet's own report (round 7)
    if kind in _ANNOUNCING:  # "أعلن كبير المفاوضين صائب عريقات": an announcement, named or kept as written
        return table("announcement")
    if speaker.get("found_by") == "as_written" and head.startswith("ال") and head.endswith(("ون", "يون", "يين")):
        return table("anonymous")  # "وقال المواطنون اليمنيون"، "المحتجون"، "إلا أن الاقتصاديين": people, no body
    if speaker.get("found_by") == "as_written" and head in _CALLING:
        return table("person")  # "وأضاف الخطباء أن"، "وقال المحلل المالي إن": persons by their calling (round 40)
    if speaker.get("entity") is None and head in load_claim_lexicon().person_nouns:
        return table("person")  # "وقالت المرأة للشرطة إن": one person, not a body (round 12)
    if speaker.get("entity") is None and head in load_claim_lexicon().spokesman_nouns:
        return table("body")  # "وقال ناطق باسم فرق الإطفاء إن": the body's voice (round 12)
    if str(speaker.get("type") or "") == "PER" or (speaker.get("found_by") == "title" and not speaker.get("type")):
        return table("person")
    if actor is not None or speaker.get("role"):
        return table("body")
    entity = speaker.get("entity")
    if entity is not None and str(speaker.get("type", "")) in ("ORG", "GPE"):
        return table("body")
    if speaker.get("entity") is None and norm(written).startswith("ال"):
        return table("body")  # الحكومة، السلطات، الشرطة المصرية: a body the entity layer does not list
    bodies = load_claim_lexicon().body_nouns
    if speaker.get("entity") is None and (head in bodies or (head[:1] == "و" and head[1:] in bodies)):
        return table("body")  # رئاسة إقليم كردستان، نادي الأسير: a body's name kept as written
    return table("other")
