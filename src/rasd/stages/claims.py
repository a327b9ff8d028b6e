"""Stage ``claims``: reported speech — who said what, in which role, through which channel, and when.

Steps:

1. Index the document (:class:`rasd.claims.context.DocIndex`): one matching pass of ``resources/ar/claims.yaml``
   gives the markers, content introducers (أن، إن، قوله), clause breaks (إلا أن، فيما), channel cues and unnamed
   speakers (ناشطون، مصادر محلية); they and the entity layer's PER / ORG / GPE entities are the speaker candidates.
2. Drop markers that report nothing: negated (لم ينف) or a withheld name (رفض كشف اسمه), scripture and proverbs
   (قال تعالى، كما يقول المثل), a resumptive marker without ما. The clause-initial markers left (وقال، مضيفا،
   وبحسب، وهو ما أكده) and the clause breaks cut sentences into clauses.
3. For each marker in text order, outside what an earlier claim already covers:

   a. The introducer: the first of a quote (« » “ ” " "), a colon or أن/إن within 25 words, before the next
      clause (a quoted outlet or group name, لـ«نون بوست», is no quote of speech).
   b. The speaker: after the marker (قال الوزير، أعلنت روسيا); a title without a name refers back to the person
      who holds it (ورأى الناطق باسم الجبهة، وقال القيادي); then before the marker in its clause (إلا أن قياديا
      … كشف); for a participle a few words into its sentence, that sentence's subject (وعلق المتحدث قائلا); then
      the speaker of the sentence's last claim (مضيفا، وذكر); then the first possible subject of the sentence
      (لم ينف النقيب … إلا أنه قال); then the subject of the sentence before when no claim stands between (ندد
      الوزير … . وقال في تغريدة: the name is the span); then the article's last speaker (وأضاف، وتابع). A speaker the
      entity layer missed is kept as written when only a few words stand before the introducer. An outlet
      followed by عن passes on the source after it (نقلت وكالة سانا عن مصدر عسكري): the source speaks, the
      outlet is ``reported_via``.
   c. The content: a quote's inside (over several sentences when it stays open), what follows a colon, or the
      reported clause after أن/إن up to the next clause (extended to the end of a quote opened in it); without
      an introducer, the object of an announce / deny / accuse / warn / demand verb up to the next comma; for
      بحسب / وفقا لـ the main clause after or before the phrase; for "وهو ما أكده" the clause before it.
   d. The channel: the cues of the marker's clause in the priority of ``claims.CHANNELS`` (تغريدة → post, مؤتمر
      صحفي, قناة → television, an outlet after لـ → interview, بيان → statement, تقرير → report); an outlet as
      the speaker gives report; otherwise the channel of the same speaker's previous claim, else unspecified.
   e. The date: the nearest resolved DATE timex of the marker's clause outside the content; inside an embedded
      post, the post's date.
   f. A participle of saying right after an assertion (…، مشيرا إلى أن …) continues it: one claim whose content
      runs over both clauses (the convention of the dev set and of the seed's gold), the participle's marker
      listed in ``continuations``.

4. Every embedded post (``doc.posts``) is a direct claim by its author, channel ``post``, dated by the post.
5. Number the claims ``C1``, ``C2`` … in text order. ``events`` is left empty for the events stage to fill.

A claim (all spans satisfy ``text == doc.text[start:end]``)::

    {"id": "C1",
     "speaker": {"name", "name_ar", "role", "org", "entity", "anonymous", "text", "start", "end", "found_by",
                 optional "actor", "country", "inter", "outlet", "handle"},
     "marker": {"text", "start", "end"} | None,   # None for an embedded post
     "content": {"text", "start", "end"}, "direct": bool,
     "channel": "interview|statement|post|report|press conference|television|unspecified",
     "reported_via": str | None, "date": "YYYY-MM-DD" | None,
     "polarity": "assert|deny", "kind": "say|announce|accuse|deny|claim_responsibility|warn|demand|report|allege",
     "events": [], optional "continuations": [{"text", "start", "end"}]}  # participles folded in (step 3f)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rasd.claims.agreement import Form, disagrees, marker_form, plural_verb, speaker_form
from rasd.claims.content import LETTER_RE, Clauses, Content, Intro
from rasd.claims.context import Candidate, DocIndex
from rasd.claims.lexicon import CHANNELS, Cue, MarkerType, load_claim_lexicon
from rasd.claims.spans import collapse, is_opening_quote, quote_close, trim
from rasd.claims.speakers import (
    Speaker,
    anaphor,
    as_written,
    continued,
    interview_outlet,
    name_after_title,
    name_of,
    nested_source,
    phrase,
    punct_between,
    resolve_title,
    role_reader,
    search_after,
    search_before,
    speaker_of,
    title_object,
    title_speaker,
)
from rasd.document import BlockKind, Document, Post
from rasd.ner.lexicon import load_lexicon
from rasd.pipeline import stage
from rasd.resources import load_yaml
from rasd.settings import Settings
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm
from rasd.text.segment import find_urls

Claim = dict[str, Any]

#: Words after a marker where its subject may stand when no introducer closes the speaker phrase (أعلن رئيس
#: الحكومة العراقي حيدر العبادي …).
_SUBJECT_WORDS = 8
_CLAUSE_PUNCT = frozenset("،,;؛.:!?؟")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A title that names an interview: "مستشار رئيس الوزراء لـ«الشرق الأوسط»: …" (لـ, the outlet quoted, a colon).
_TITLE_INTERVIEW = re.compile(r"(?<![\w])لـ?\s*[«\"“]([^»\"”\n]{2,40})[»\"”]\s*:")
#: A paper that polled people (استطلعت «الرياض» آراء …، “الوطن” استطلعت رأي …): the people it quotes after it were
#: interviewed by it (round 9b)
_SURVEY = re.compile(
    r"(?:(?<![\w])و?(?:است|تست|يست)طلعت?\s+[«\"“]([^»\"”\n]{2,30})[»\"”]"
    r"|[«\"“]([^»\"”\n]{2,30})[»\"”]\s+(?:است|تست)طلعت?)"
    r"\s+(?:آراء|اراء|رأي|راي|رؤى)(?![\w])"
)
#: "the same" after a noun (المسؤول العسكري نفسه، الذي …)
_SAME = frozenset(norm(w) for w in ("نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها"))
_HEADS = ("وهو", "وهذا", "وذلك", "هو", "هذا", "ذلك", "وهي", "هي")
#: words before ما that make "ما ذكره فلان" the topic of a clause, not a resumed claim (إن ما ذكره …)
_TOPIC_LEADS = frozenset(norm(w) for w in ("إن", "أن", "بأن", "وإن", "فإن", "لأن"))
#: Actor sectors (``actors.yaml``) whose words are reports: monitors and NGOs.
_REPORTING_SECTORS = frozenset({"NGO"})
#: Claim kinds that are a formal act of a person in office (a statement even when no channel is named).
_ANNOUNCING = frozenset({"announce", "claim_responsibility"})


@dataclass(slots=True)
class _Mark:
    match: Match[Cue]
    clause_start: int  # where the marker's clause begins (the و of وقال, the ما of "وهو ما أكده")
    initial: bool  # the marker opens a clause: no subject before it, and it ends the content of the claim before
    attribution: bool = False  # a verb after "بحسب ما" / "وفق ما": a trailing attribution (step 3c)
    after_ma: bool = False  # a verb right after ما with no attribution head ("فما أُعلن يعني"): needs a named subject
    relative: tuple[int, int] | None = None  # the relative pronoun right before the verb (واشنطن التي تتهم)


#: Past forms of marker verbs that start with ت (the present tense starts with ي or ت).
_PAST_T = frozenset(
    norm(w)
    for w in (
        *("تابع", "تابعت", "تبنى", "تبنت", "تبنوا", "تعهد", "تعهدت", "تعهدوا", "توعد", "توعدت", "توعدوا"),
        *("تحدث", "تحدثت", "تحدثوا", "توقع", "توقعت", "توقعوا"),  # round 7: "فموسكو قد تحدثت عن" is past
    )
)


def _present(word: str) -> bool:
    """Whether a marker verb's form is in the present tense (يدعو، تشير)."""
    w = norm(word)
    return w[:1] == "ي" or (w[:1] == "ت" and w not in _PAST_T)


@dataclass(slots=True)
class _State:
    """What the claims read so far leave for the next ones."""

    clauses: Clauses
    claims: list[Claim] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)  # marker → end of content, per claim
    contents: list[tuple[int, int]] = field(default_factory=list)
    channels: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # speaker key → channel, via
    prepositions: dict[int, Match[Cue]] = field(default_factory=dict)  # clause start → preposition marker there
    uncued: set[int] = field(default_factory=set)  # indexes of claims whose clause named no channel
    via_at: dict[int, str] = field(default_factory=dict)  # marker start → outlet a بحسب before it passed on
    marker_starts: set[int] = field(default_factory=set)  # where every marker (and its prefix) starts

    def covered(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.consumed)

    def speakers(self) -> list[Speaker]:
        return [c["speaker"] for c in self.claims]


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


def _text(ix: DocIndex, c: Candidate) -> str:
    return ix.doc.text[c.start : c.end].strip()


def _speaker_key(sp: Speaker) -> str:
    return str(sp.get("name_ar") or sp.get("name") or sp.get("entity") or (sp.get("role"), sp.get("org")))


# ---------------------------------------------------------------------------------------------- step 2: markers
def _marks(ix: DocIndex) -> list[_Mark]:
    lex = ix.lexicon
    out: list[_Mark] = []
    last = (-1, -1)
    for m in ix.markers:
        if (m.start, m.end) == last:
            continue  # one reading per span (the first group listed)
        last = (m.start, m.end)
        cue = m.value
        prev = ix.word_before(m.prefix_start)
        pw = norm(prev[0]) if prev is not None else ""
        if pw in lex.negators or (pw[:1] in ("و", "ف") and pw[1:] in lex.negators):
            continue
        if cue.type is MarkerType.PARTICIPLE and pw in lex.prepositions:
            continue  # "مع مضيفه": the noun (his host), not the participle مضيفة
        if cue.type is MarkerType.VERB and pw in _QAD and _present(ix.doc.text[m.start : m.end]):
            continue  # "قد يقول قائل"، "موعدها قد يعلن"، "معلومة قد تفيد": قد + present is "may", no speech (round 7)
        if cue.type is MarkerType.VERB and ("ب" in m.prefix or "ك" in m.prefix or "ل" in m.prefix):
            continue  # "بحث الاتحاد فرض عقوبات" (discussed) is no ب + حث: a verb takes no ب / ك; ل + verb is a
            # purpose or result ("…، لتكشف عن غير قصد عن مواعيد الزيارة"), no claim of its own (round 7)
        if cue.type is MarkerType.VERB and pw in lex.verbal_noun_leads and not m.prefix:
            continue  # "تمكن الوزارة من كشف ملابسات …": the verbal noun
        if (
            cue.type is MarkerType.VERB
            and not m.prefix
            and prev is not None
            and prev[0] not in _CLAUSE_PUNCT
            and _present(ix.doc.text[m.start : m.end])
            and not pw.startswith("ال")
            and pw not in lex.not_speakers
            and ix.candidate_at(prev[1]) is None
        ):
            lead = ix.word_before(prev[1])
            if (
                lead is not None
                and norm(lead[0]) in lex.prepositions
                and not any(b.end == prev[2] for b in ix.breaks)  # not "في حين تصر روسيا"
            ):
                continue  # "في نطاق يشير إلى"، "بشكل يؤكد": a verb describing an indefinite noun
        if (
            cue.type is MarkerType.PARTICIPLE
            and m.key in lex.ambiguous_participles
            and not (prev is None or prev[0] in _CLAUSE_PUNCT or "و" in m.prefix)
        ):
            continue  # "لجنة متابعة الأسعار"، "قيودا مشددة": a noun or an adjective
        attribution = False
        fused = prev is not None and cue.type is MarkerType.VERB and lex.fused_heads & {pw, pw[1:]} != set()
        if fused:
            attribution = True  # "حسبما ذكرت إدارة الصحة": head and ما in one word
        elif prev is not None and pw in ("ما", "لما") and cue.type in (MarkerType.VERB, MarkerType.RESUMPTIVE):
            head = ix.word_before(prev[1])
            hw = norm(head[0]) if head is not None else ""
            hw = hw[1:] if hw[:1] == "و" and hw not in lex.attribution_heads else hw
            if hw in lex.attribution_heads or (hw[:1] == "ل" and hw[1:] in lex.attribution_heads):
                attribution = True  # "بحسب ما أعلنت الوزارة"، "وفقا لما ذكرته الوكالة" (the latter: round 12b)
            elif (
                cue.type is MarkerType.VERB
                and hw == "علي"
                and pw == "ما"
                and head is not None
                and _ends_sentence_after(ix, m, head)
            ):
                attribution = True  # "…، على ما ذكرت صحف محلية.": the wire copy's trailing source (round 11)
            elif cue.type is MarkerType.VERB and pw == "ما" and _present(ix.doc.text[m.start : m.end]):
                continue  # "ما يدعو إلى"، "ما يشير إلى": "what calls for", no speech
        elif prev is not None and pw == "كما" and cue.type is MarkerType.VERB and _ends_sentence_after(ix, m, prev):
            attribution = True  # "…، كما أعلنت السلطات مساء الأربعاء.": the source of the clause before (round 11)
        nxt = ix.word_after(m.end)
        if nxt is not None:
            nw = norm(nxt[0])
            nxt2 = ix.word_after(nxt[2])
            if nw in lex.not_after or (nxt2 is not None and f"{nw} {norm(nxt2[0])}" in lex.not_after):
                continue
            if _blessed(ix, nxt):
                continue  # "فقال نوح عليه السلام"، "قال رسول الله صلى الله عليه وسلم": scripture, hadith
            subject = norm(nxt2[0]) if nw in _QUANTIFIERS and nxt2 is not None else nw
            if subject in lex.evidence_subjects:
                continue  # "وتشير تفاصيل الواقعة إلى أن"، "تفيد كل التوقعات بأن": a thing points to a fact (round 10)
        clause_start = m.prefix_start
        if cue.type is MarkerType.RESUMPTIVE:
            if prev is None or pw not in lex.resumptive_heads:
                continue
            clause_start = prev[1]
            head = ix.word_before(prev[1])
            if head is not None and norm(head[0]) in _HEADS:
                clause_start = head[1]
            if head is not None and (norm(head[0]) in _TOPIC_LEADS or head[0] in ("«", '"', "“")):
                continue  # "إن «ما ذكره فلان شهادة أعتز بها»": what he said is the topic, no resumed claim (round 10)
        relative: tuple[int, int] | None = None
        if attribution:
            head = prev if fused else ix.word_before(prev[1]) if prev is not None else None
            clause_start = head[1] if head is not None else clause_start
        elif (
            prev is not None
            and cue.type is MarkerType.VERB
            and (
                pw in lex.relatives or (pw[:1] == "و" and pw[1:] in lex.relatives and cue.kind in ("say", "report"))
            )  # "، والذي قال:" (not "، والتي اتُّهمت بالتجسس": a passive)
            and not (nxt is not None and norm(nxt[0]) in _RESUMPTIVE_PRONOUNS)
        ):  # (not "في الوقت الذي أعلنت فيه الوزارة": a pronoun back to the noun, the subject after it)
            noun = ix.word_before(prev[1])
            if noun is not None and noun[0] in ("،", ","):  # "وفقا للمسؤول العسكري نفسه، الذي يضيف أن"
                noun = ix.word_before(noun[1])
            if noun is not None and (noun[0] not in _CLAUSE_PUNCT or noun[0] in "-–"):
                relative = (noun[1], prev[1])  # "وموسكو التي تنفي": the clause starts at the noun
                clause_start = noun[1]
            if " " in m.key:
                continue  # "المادة السادسة التي جاء فيها أن": what a text provides, nobody's claim
        initial = (
            cue.type is not MarkerType.VERB
            or "و" in m.prefix
            or "ف" in m.prefix
            or prev is None
            or prev[0] in _CLAUSE_PUNCT
            or attribution
            or relative is not None
        )
        after_ma = prev is not None and pw in ("ما", "فما") and cue.type is MarkerType.VERB and not attribution
        out.append(_Mark(m, clause_start, initial, attribution=attribution, relative=relative, after_ma=after_ma))
    return out


#: quantifiers before a subject (تفيد كل التوقعات بأن)
_QUANTIFIERS = frozenset(norm(w) for w in ("كل", "جميع", "معظم", "أغلب"))

#: particles after which a present verb still has its subject after it (حيث يقول أحد السكان، كما يؤكد الخبراء)
_VERB_FIRST = frozenset(
    norm(w)
    for w in (
        *("حيث", "كما", "فيما", "بينما", "إذ", "اذ", "عندما", "حين", "حينما", "قد", "فقد", "وقد", "لقد", "ثم"),
        *("لكن", "ولكن", "بل", "كذلك", "أيضا", "وهنا", "هنا", "فيما", "ولذلك", "لذلك", "لذا", "وعليه"),
    )
)


#: Words a trailing "كما أعلنت …" / "على ما ذكرت …" may have between its verb and the sentence end (source, date).
_TRAILING_WORDS = 6


def _ends_sentence_after(ix: DocIndex, m: Match[Cue], head: tuple[str, int, int]) -> bool:
    """Whether a marker after كما / على ما (``head``, after a comma) is a trailing attribution: a past verb, a
    short source phrase, then the sentence's end, with no introducer, colon or quote ("…، كما أعلنت السلطات مساء
    الأربعاء."; not "كما أعلن الوزير إطلاق برنامج جديد في المدينة لدعم الشباب", nor "كما أكد أن …")."""
    before = ix.word_before(head[1])
    if before is None or before[0] not in ("،", ","):
        return False
    if _present(ix.doc.text[m.start : m.end]):
        return False
    s1 = ix.sentence_bounds(m.start)[1]
    tail = ix.doc.text[m.end : s1]
    if any(ch in tail for ch in ':«»“”"') or ix.intros_in(m.end, s1):
        return False
    return 0 < len(tail.strip(" \t\u00a0\n.،,").split()) <= _TRAILING_WORDS


def _after_noun(ix: DocIndex, at: int) -> bool:
    """Whether the word before ``at`` is a noun that may end a subject (not a particle, punctuation or a quote)."""
    w = ix.word_before(at)
    if w is None or w[0] in _CLAUSE_PUNCT or not LETTER_RE.search(w[0]):
        return False
    word = norm(w[0])
    return word not in _VERB_FIRST and word.lstrip("وف") not in _VERB_FIRST and word not in ix.lexicon.not_speakers


#: particles that may open a sentence before its subject (إلا أن لجنة الانضباط رفضت، كما أن الوزارة …)
_OPENERS = frozenset(norm(w) for w in ("إلا", "أن", "غير", "لكن", "ولكن", "كما", "فيما", "بينما", "وقد", "قد", "فإن"))


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
    if head.lstrip("و") in _NOT_VERB_OPENERS or head.lstrip("و").startswith("ال") or ix.candidate_at(opener[1]):
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
    if head not in ix.lexicon.body_nouns and head.lstrip("و") not in ix.lexicon.body_nouns:
        return None
    start, stop = w[1], w[2]
    for _ in range(3):
        nxt = ix.word_after(stop)
        if nxt is None or nxt[1] >= end or not norm(nxt[0]).startswith("ال"):
            break
        stop = nxt[2]
    if stop == w[2] and not head.lstrip("و").startswith("ال"):
        return None  # "لجنة" alone names no body
    written = as_written(ix, start, stop)
    if written is None:
        return None
    return anaphor(ix, st.speakers(), int(written["start"]), int(written["end"])) or written


def _named_turn(ix: DocIndex, mk: _Mark) -> int | None:
    """Where a new speaker's turn starts inside a clause: a verb marker that does not open its clause, with a person
    or body right after it and its introducer within four words of that name ("… بسبب ظروفه المادية وعن نظامية
    الزواج قال حسين فواز: إنه …"). The cut goes back to the word with و that opens the phrase before the verb (at
    most four words, no punctuation), else to the verb. None when the marker opens its clause anyway."""
    m = mk.match
    if mk.initial or m.value.type is not MarkerType.VERB or mk.relative is not None or mk.attribution:
        return None
    name = next(iter(ix.candidates_in(m.end, m.end + 80)), None)
    if name is None or name.type not in ("PER", "ORG") or punct_between(ix, m.end, name.start):
        return None
    titles = ix.doc.text[m.end : name.start].split()  # "قال المهندس فلان:": a title may stand before the name
    if len(titles) > 2 or not all(role_reader().may_start(norm(w)) for w in titles):
        return None
    intro = next(iter(ix.intros_in(name.end, name.end + 40)), None)
    after = ix.word_after(name.end)
    inna = intro is not None and ix.doc.text[intro.start] == "إ" and ix.words_between(name.end, intro.start) <= 4
    if after is None or not (after[0] in (":", "«", "“", '"') or inna):
        return None  # (not أن: "أصر الدكتور فلان عليه أن يستمر" is inside the claim around it)
    at = m.prefix_start
    for _ in range(4):
        w = ix.word_before(at)
        if w is None or w[0] in _CLAUSE_PUNCT:
            break
        at = w[1]
        if norm(w[0])[:1] == "و" and len(w[0]) > 2:
            return at
    return m.prefix_start


def _blessed(ix: DocIndex, first: tuple[str, int, int]) -> bool:
    """Whether a blessing (عليه السلام، صلى الله) stands within the first four words from ``first``."""
    words = [norm(first[0])]
    w: tuple[str, int, int] | None = first
    for _ in range(4):
        w = ix.word_after(w[2]) if w is not None else None
        if w is None:
            break
        words.append(norm(w[0]))
    return any(f"{a} {b}" in ix.lexicon.blessings for a, b in itertools.pairwise(words))


# ---------------------------------------------------------------------------------------------- speakers
def _from_candidate(ix: DocIndex, st: _State, c: Candidate) -> Speaker:
    text = ix.doc.text
    anonymous = c.type == "ANON" or (c.entity is not None and c.entity.anonymous)
    if anonymous and norm(text[c.start : c.end]).startswith("ال"):  # المصدر، المصادر: said before
        back = anaphor(ix, st.speakers(), c.start, c.end)
        if back is not None:
            return back
    return speaker_of(ix, c, "mention")


def _speaker_after(
    ix: DocIndex, st: _State, start: int, end: int, *, has_intro: bool
) -> tuple[Speaker | None, int, str | None]:
    """The speaker after a marker ending at ``start``: ``(speaker, end of the speaker phrase, passed on by)``.

    Without an introducer the subject must stand in the words right after the marker, before a preposition,
    a comma or a temporal expression ends them (كشف المتحدث العسكري العميد محمد سمير، عن …)."""
    window = end  # a speaker kept as written must reach the word that ends it (عن، إلى، بـ): past that zone
    pronoun = ix.word_after(start)
    marker_word = ix.word_before(start)
    relative = ix.word_before(marker_word[1]) if marker_word is not None else None
    if (
        pronoun is not None
        and norm(pronoun[0]) in _RESUMPTIVE_PRONOUNS
        and relative is not None
        and norm(relative[0]) in ix.lexicon.relatives
    ):
        start = pronoun[2]  # "الوقت الذي أعلنت فيه الوزارة": the subject after the pronoun
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
                if verb is not None and norm(verb[0]).lstrip("وف").startswith(("نقل", "ينقل", "تنقل"))
                else None
            )
            if isinstance(source, Candidate):  # "ونقلت «شينخوا» عن مسؤولين قولهم إن": the source speaks (round 12)
                return _from_candidate(ix, st, source), source.end, str(written.get("name_ar") or written["text"])
            return written, quoted[1] + 1, None
    first = ix.word_after(start)
    if first is not None and norm(first[0])[:1] == "ل" and norm(first[0])[1:] in ix.lexicon.outlet_nouns:
        return None, start, None  # "وقالت لمحطة «…» المحلية": the medium; the speaker is the subject before
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
    if (
        plural is not None and first is not None
    ):  # "وطالب المواطنون اليمنيون رئيس الحكومة فلان بـ…": the plural right after the verb
        sp = _generic(ix, first[1], plural)  # (nominative: the subject), not the person named in the object
        sp.update(role=None, generic=False)
        return sp, plural, None
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
        head = norm(first[0]).lstrip("وف")
        if (
            not head.startswith("ال")
            and nxt is not None
            and nxt[1] < window
            and not ix.in_timex(nxt[1])
            and (ix.candidate_at(nxt[1]) is not None or norm(nxt[0]).startswith("ال"))
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
    if not has_intro:
        zone = phrase(ix, start, end, max_words=_SUBJECT_WORDS, clip=True)
        title = title_speaker(ix, start, end)  # "نفى المتحدث باسم التحالف العقيد تركي المالكي استهداف …"
        end = max(zone[1] if zone is not None else start, int(title[0]["end"]) if title is not None else start)
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
        and norm(first[0]).lstrip("وف") not in ix.lexicon.not_speakers  # "واختتم تصريحاته بالقول": his words
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
        if speaker is not None:
            phrase_end = int(speaker["end"])
            back = anaphor(ix, st.speakers(), int(speaker["start"]), phrase_end)
            speaker = back or speaker
    if speaker is None:
        return None, start, None
    via = name_of(ix, passing) if passing is not None else None
    verb = ix.word_before(start)
    passes = verb is not None and norm(verb[0]).lstrip("وف").startswith(("نقل", "ينقل", "تنقل"))
    words = str(speaker.get("text") or "").split()
    head = norm(words[0]) if words else ""
    nouns = ix.lexicon.outlet_nouns
    agency = head in nouns or (head[:1] == "و" and head[1:] in nouns)  # وكالة الأنباء الرسمية
    agency = agency or head.removeprefix("و").removeprefix("ال") in nouns  # "وقالت الوكالة نقلا عن الشرطة" (round 11)
    last = norm(words[-1]) if words else ""
    issued = last in ix.lexicon.introducers  # "وتفيد أحدث الأرقام الصادرة عن هيئة الإحصاءات"
    passes = passes or agency or issued or bool(speaker.get("outlet")) or bool(speaker.get("generic"))
    source = nested_source(ix, phrase_end, end) if passes else None
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


#: modal verbs before a verbal noun of a verdict (يمكن وصف …): no one's speech
_MODALS = frozenset(norm(w) for w in ("يمكن", "ويمكن", "يمكننا", "نستطيع", "يصعب", "يستحيل"))


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

    head = norm(lead[0]).lstrip("و")
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


def _plural_subject(ix: DocIndex, first: tuple[str, int, int] | None, window: int) -> int | None:
    """The end of an unnamed plural subject right after a verb (المواطنون اليمنيون، المحتجون): definite nouns in
    the nominative plural (-ون) that no entity covers, followed by a person the entity layer found (the object)."""
    if first is None or first[1] >= window or ix.candidates_in(first[1], first[2]):
        return None
    end = -1
    w: tuple[str, int, int] | None = first
    while w is not None and w[1] < window and (n := norm(w[0])).startswith("ال") and n.endswith("ون") and len(n) > 5:
        end = w[2]
        w = ix.word_after(w[2])
    if end < 0 or w is None or not any(c.type == "PER" for c in ix.candidates_in(end, window)):
        return None
    return end


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


_GROUP_NOUNS = frozenset(
    norm(w) for w in ("جماعة", "حركة", "تنظيم", "كتائب", "كتيبة", "لواء", "ألوية", "فصيل", "جبهة", "جيش", "حزب")
)


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


#: "وأكد هذا الناطق أن": a demonstrative and a definite noun before an introducer are the subject.
_DEMONSTRATIVE_SUBJECTS = frozenset(norm(w) for w in ("هذا", "هذه", "هؤلاء"))
#: "أوضح ذلك الوزير"، "أعلن هذا المتحدث": the demonstrative object is what was just said.
_DEMONSTRATIVES = frozenset(norm(w) for w in ("ذلك", "هذا"))


def _demonstrative_after(ix: DocIndex, end: int) -> int | None:
    """Where the speaker may start after a marker whose object is ذلك / هذا (أوضح ذلك رئيس الوزراء), else None."""
    w = ix.word_after(end)
    if w is None or norm(w[0]) not in _DEMONSTRATIVES or ix.in_timex(w[1]):
        return None  # not "هذا الأسبوع"
    nxt = ix.word_after(w[2])
    if nxt is None or nxt[0] in _CLAUSE_PUNCT or ix.intros_in(nxt[1], nxt[1] + 1):
        return None
    if norm(w[0]) == norm("هذا") and norm(nxt[0]).startswith("ال"):
        return None  # "واعتبر هذا الادعاء «فضيحة»": "this claim", the object
    return w[2]


def _relative_in(ix: DocIndex, start: int, end: int) -> int | None:
    """Where the first relative pronoun (الذي، التي) within a speaker's reach after ``start`` begins, if any."""
    lo = ix.token_index(start)
    toks = ix.doc.tokens
    for t in toks[lo : lo + 8]:
        if t.start >= end:
            break
        if t.kind != "word":
            return None
        if norm(ix.doc.text[t.start : t.end]).lstrip("و") in ix.lexicon.relatives:
            return t.start if t.start > start else None
    return None


def _channel_at(ix: DocIndex, offset: int) -> bool:
    return any(c.prefix_start == offset for c in ix.channels_near(offset))


def _generic(ix: DocIndex, start: int, end: int) -> Speaker:
    """A channel noun as its own unnamed speaker ("قال تقرير إن"): no person or body, a report."""
    text = ix.doc.text
    return {
        "name": None,
        "name_ar": collapse(text[start:end]),
        "role": "report",
        "org": None,
        "entity": None,
        "anonymous": True,
        "generic": True,
        "text": text[start:end],
        "start": start,
        "end": end,
        "found_by": "as_written",
    }


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


def _unread_subject(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a word that may be an unread subject follows the marker (واعلن الحلف الاطلسي خطة …)."""
    nxt = ix.word_after(m.end)
    if nxt is None or ix.in_timex(nxt[1]) or nxt[1] in ix.stops:
        return False
    lex = ix.lexicon
    w = norm(nxt[0])
    bare = w[1:] if w[:1] in ("و", "ف") else w
    tok = ix.doc.tokens[ix.token_index(nxt[1])]
    if (
        tok.kind == "word"
        and m.value.kind == "demand"
        and not _present(ix.doc.text[m.start : m.end])
        and ix.candidate_at(nxt[1]) is None
        and _object_form(ix, bare, nxt, claims_with_b=norm(m.key).lstrip("وف").startswith("طالب"))
    ):
        return False  # "وطالب بتبرعات عاجلة"، "ودعا المواطنين إلى الإبلاغ": the object, the speaker goes on (round 12)
    if tok.kind == "word" and m.value.kind == "demand" and not _present(ix.doc.text[m.start : m.end]):
        c = ix.candidate_at(nxt[1])
        end = c.end if c is not None else nxt[2]
        adj = ix.word_after(end)
        while c is None and adj is not None and norm(adj[0]).startswith("ال") and norm(adj[0]) not in ("الي", "علي"):
            end, adj = adj[2], ix.word_after(adj[2])  # "الحكومة الهندية"
        form = speaker_form(ix.doc.text[nxt[1] : end], c.type if c is not None else None)
        if disagrees(_marker_form(ix, m), form, before=False) and _demand_lead(ix, end):
            return False  # "ودعا الهند إلى"، "ودعت الرئيس إلى": a noun that does not agree is the object (round 12b)
    return tok.kind == "word" and not {w, bare} & (lex.prepositions | lex.not_speakers)


def _demand_lead(ix: DocIndex, at: int) -> bool:
    """إلى / على / بـ right after ``at`` or within three words (what a demand asks of its object)."""
    for _ in range(3):
        nxt = ix.word_after(at)
        if nxt is None:
            return False
        w = norm(nxt[0])
        if w in ("الي", "علي") or (w[:1] == "ب" and len(w) >= 4):
            return True
        at = nxt[2]
    return False


def _object_form(ix: DocIndex, bare: str, word: tuple[str, int, int], *, claims_with_b: bool) -> bool:
    """A word right after a past verb of demand that can only be its object: ب + a definite or verbal noun after
    طالب (بالسماح، بضرورة، بتبرعات), or a definite sound plural in the accusative (المواطنين، المتقدمين) before
    إلى / على / بـ within three words (دعا، حث، ناشد، طالب). Not the verbs of accusing or threatening: اُتهم بـ،
    يُهدد بالقتل are passives as often as not."""
    if claims_with_b and bare[:1] == "ب" and len(bare) >= 5 and (bare.startswith("بال") or bare[1:2] in "تضإاو"):
        return True
    if not (bare.startswith("ال") and bare.endswith("ين") and len(bare) > 5) or role_reader().may_start(bare):
        return False
    at = word[2]
    for _ in range(3):
        nxt = ix.word_after(at)
        if nxt is None:
            return False
        w = norm(nxt[0])
        if w in ("الي", "علي") or (w[:1] == "ب" and len(w) >= 4):
            return True
        at = nxt[2]
    return False


#: Words from a sentence's start within which a participle reads the sentence's own subject (وعلق المتحدث باسم
#: الوزارة قائلا: five); further on, the subject is too far to be the speaker.
_OPENING_WORDS = 8
#: a preposition and pronoun after a verb in a relative clause that refer back to its noun (الوقت الذي أعلنت
#: فيه الوزارة): the noun is no subject, the subject follows
_RESUMPTIVE_PRONOUNS = frozenset(norm(w) for w in ("فيه", "فيها", "عنه", "عنها", "منه", "منها", "به", "بها", "عليه"))
#: prepositions that open a setting phrase before a sentence's verb (وفي هذا السياق، ومن جهة أخرى،)
_SETTING_LEADS = frozenset(norm(w) for w in ("في", "من", "على", "إلى"))


def _opening_subject(ix: DocIndex, st: _State, s0: int, end: int, *, near: bool) -> Speaker | None:
    """The subject right after a sentence's first word (its verb), within :data:`_OPENING_WORDS` words: a named
    entity or a title (found by mention or title, never a guess as written). ``near``: ``end`` itself (a
    participle) must stand within that reach."""
    verb = ix.word_after(s0)
    if verb is not None and norm(verb[0]).lstrip("و") in _SETTING_LEADS:
        # "وفي هذا السياق؛ غردت الوزيرة فلانة قائلة": the setting phrase, then the verb
        for t in ix.doc.tokens[ix.token_index(verb[2]) : ix.token_index(verb[2]) + 4]:
            if ix.doc.text[t.start : t.end] in ("،", ",", "؛", ";"):
                verb = ix.word_after(t.end)
                break
    if verb is None or (near and ix.words_between(verb[2], end) > _OPENING_WORDS):
        return None
    k = ix.token_index(verb[2]) + _OPENING_WORDS
    if k < len(ix.doc.tokens):
        end = min(end, ix.doc.tokens[k].start)
    speaker, _, _ = _speaker_after(ix, st, verb[2], end, has_intro=True)
    if speaker is None or speaker.get("found_by") not in ("mention", "title"):
        return None
    return speaker


#: Particles after which a definite noun is the subject of the verb that follows (فإن المجلس قال، إلا أن الوزير أكد،
#: لكن المنتقدين للحكومة يقولون، وكان الوزير قد أكد).
_SUBJECT_PARTICLES = frozenset(norm(w) for w in ("فإن", "لكن", "ولكن"))
#: إن as written (with its hamza below: أن folds to the same normalized word)
_INNA = frozenset(("إن", "وإن"))
_BUT = frozenset(norm(w) for w in ("إلا", "غير", "بيد"))
#: كان and its forms open a sentence whose subject stands before its verb (وكان الوزير قد أكد أن …).
_KANA = frozenset(norm(w) for w in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"))
_QAD = frozenset(norm(w) for w in ("قد", "لقد", "وقد"))
#: أما opens a topic whose subject speaks with the verb after ف (أما الأمين العام فقال إن، round 10b).
_AMMA = frozenset(norm(w) for w in ("أما", "وأما"))
#: Asides between a subject and its verb (round 10b): "والرئيس الفرنسي بدوره أعلن"، "ووزير الخارجية من جهته أكد".
_ASIDE_ONE = frozenset(norm(w) for w in ("بدوره", "بدورها", "بدورهم", "أيضا", "كذلك", "بدوره،"))
_ASIDE_TWO = frozenset(norm(w) for w in ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"))
#: Words the subject phrase before a verb may have (a title chain, a name, an unnamed noun and its modifiers).
_SUBJECT_BEFORE_WORDS = 6


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


def _kana_written(ix: DocIndex, opener: tuple[str, int, int], m: Match[Cue]) -> Speaker | None:
    """The words between كان and قد + the verb as the subject, when no entity names it ("وكان زوج المعلمة قد اتهم
    الجامعة بـ…": كان، a short noun phrase, قد, the verb; round 11). Only with قد, at most four words, no punctuation,
    not led by a preposition or a particle."""
    qad = ix.word_before(m.prefix_start)
    if qad is None or norm(qad[0]) not in _QAD or qad[1] <= opener[2]:
        return None
    words = ix.doc.text[opener[2] : qad[1]].split()
    if not 1 <= len(words) <= 4 or punct_between(ix, opener[2], qad[1]):
        return None
    first = norm(words[0])
    if first in ix.lexicon.prepositions or first in _OPENERS or first in ix.lexicon.not_speakers or first in _QAD:
        return None
    start, last = ix.word_after(opener[2]), ix.word_before(qad[1])
    if start is None or last is None:
        return None
    sp = _generic(ix, start[1], last[2])
    sp.update(anonymous=False, generic=False, role=None)
    return sp


#: Words a title after كان may run on with before its verb (its place, an untagged name: "في محافظة الأنبار فلان").
_KANA_TITLE_TAIL = 6


def _kana_subject(ix: DocIndex, st: _State, m: Match[Cue], s0: int) -> Speaker | None:
    """The subject named between a sentence's opening كان and the verb marker (round 9b): "وكان زعيم الحزب صلاح
    فلان دعا السبت الحكومة إلى …"، "وكانت الوزارة قد طالبت الشركات بـ…" — the words after the verb are its object.
    Only a name or title (mention or title) that ends right before the verb (or its قد)."""
    opener = ix.word_after(_after_dateline(ix, s0))
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
    if rest:
        return None
    return own


#: Words that open a sentence and are no verb (a place or country right after them is no subject).
_NOT_VERB_OPENERS = frozenset(
    norm(w)
    for w in (
        *("في", "من", "على", "إلى", "الى", "عن", "مع", "بعد", "قبل", "منذ", "حيث", "كما", "أما", "لكن", "إن", "أن"),
        *("ثم", "أو", "بين", "خلال", "عند", "داخل", "خارج", "أمام", "وسط", "شمال", "جنوب", "شرق", "غرب", "لدى"),
        *("حول", "نحو", "ضد", "عبر", "دون", "بحسب", "وفق", "وفقا", "حسب", "إثر", "عقب", "رغم", "لأن", "هذا", "هذه"),
    )
)


def _place_subject(ix: DocIndex, st: _State, s0: int, m: Match[Cue]) -> Speaker | None:
    """A country or city named right after the verb that opens the sentence, as the subject of a conjoined speech
    verb later in it with nobody after it (round 10b): "ورفضت أنقرة لعب دور رائد في العملية وقالت إن"، "واستنكرت
    القاهرة الهجوم، وأكدت أن". :func:`search_before` leaves a place with words after it out (a place is mostly
    where, not who); right after a sentence's opening verb, which agrees with it (a feminine past verb ending in
    ت), it is the subject. The marker must be a verb with its و (a second verb of the same subject), and no
    claim may stand earlier in the sentence."""
    if m.value.type is not MarkerType.VERB or not norm(ix.doc.text[m.prefix_start : m.end]).startswith("و"):
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
    if head.lstrip("و") in _NOT_VERB_OPENERS or head in _NOT_VERB_OPENERS or head.lstrip("و").startswith("ال"):
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
    if m.value.type is not MarkerType.VERB or not text[m.prefix_start : m.end].startswith("ف"):
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


def _subject_before(ix: DocIndex, st: _State, at: int) -> Speaker | None:
    """The subject phrase right before a verb marker that does not open its clause, after إن / أن / لكن / كان:
    "فان المجلس قال إن"، "لكن المنتقدين للحكومة يقولون إن"، "وكان الوزير قد أكد أن". The phrase must start with
    a definite noun, an unnamed speaker or a title; it is kept as written (or refers back to an earlier speaker)."""
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
        return None  # a phrase that opens its clause speaks only as a title ("وزير الداخلية أكد أن")
    lead = ix.doc.text[first:end].split()[0]
    if lead.startswith("و") and (norm(lead[1:]).startswith("ال") or lead.startswith("وو")):
        head = norm(lead[1:])  # "ووزير الخارجية من جهته أكد"، "والرئيس الفرنسي بدوره": the conjunction is no part
    else:
        lead = ""
    if not (head.startswith("ال") or anonymous or _title_at(ix, first, end)) or head in lex.not_speakers:
        return None
    written = as_written(ix, first, end)
    if written is None or int(written["start"]) != first:
        return None
    if lead and int(written["end"]) > first + 1:
        written = dict(written, start=first + 1, text=ix.doc.text[first + 1 : int(written["end"])])
        first += 1
    return anaphor(ix, st.speakers(), first, int(written["end"])) or written


#: Documents and occasions a verb refers back to with فيه / فيها (أصدرت الوزارة بيانا أكدت فيه أن، عقد الوزير
#: مؤتمرا صحافيا قال فيه إن): the verb's subject is whoever issued or held it.
_ISSUED = frozenset(
    norm(w)
    for w in (
        *("بيانا", "بيان", "تقريرا", "رسالة", "تعميما", "كلمة", "خطابا", "تغريدة", "منشورا", "مؤتمرا"),
        *("صحافيا", "صحفيا"),
    )
)


def _issuer_of_document(ix: DocIndex, st: _State, mk: _Mark, s0: int) -> Speaker | None:
    """The subject of the sentence when the marker follows a document or occasion and refers back to it with
    فيه / فيها: "وأصدرت الوزارة بيانا أكدت فيه أن"، "وعقد الوزير سامي الحربي مؤتمرا صحافيا قال فيه إن"."""
    m = mk.match
    if m.value.type is not MarkerType.VERB or "و" in m.prefix:
        return None
    after = ix.word_after(m.end)
    before = ix.word_before(m.prefix_start)
    if after is None or norm(after[0]) not in ("فيه", "فيها") or before is None or norm(before[0]) not in _ISSUED:
        return None
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


#: prepositions that lead the object of a verb of saying (كشف عن، أشار إلى، أكد على، حذر من): after the subject's
#: comma they open the object ("كشفت لـ«الوطن» مصادر مطلعة في الوزارة، عن خطة …")
_OBJECT_LEADS = frozenset(norm(w) for w in ("عن", "إلى", "على"))  # not من: "فلان، من سكان خميس مشيط، الجهات"


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
    return first in ix.lexicon.body_nouns or (first[:1] in ("و", "ف") and first[1:] in ix.lexicon.body_nouns)


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
        if found is not None and ix.doc.text[int(found[0]["end"]) : rel_start].strip() == "":
            best = found[0]
    return best


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


def _title_at(ix: DocIndex, start: int, end: int) -> bool:
    return title_speaker(ix, start, end) is not None


def _previous_sentence(ix: DocIndex, s0: int) -> tuple[int, int] | None:
    """The sentence before the one that starts at ``s0`` (over the white space and line breaks between them)."""
    text = ix.doc.text
    q = s0 - 1
    while q >= 0 and text[q].isspace():
        q -= 1
    if q < 0:
        return None
    p0, p1 = ix.sentence_bounds(q)
    return (p0, min(p1, s0)) if p0 < s0 else None


#: Participles that introduce the words themselves (قائلا): their speaker is the sentence's subject however far.
_SAYING = frozenset(norm(w) for w in ("قائلا", "قائلة", "قائلين"))


def _in_zone(c: Candidate, zones: list[tuple[int, int]]) -> bool:
    return any(a <= c.start < b for a, b in zones)


#: A dateline that opens a paragraph ("عبدالحكيم شار- سبق- الرياض:"، "الرياض - واس:"): its name is no subject.
_DATELINE = re.compile(r"[^:\n«»\"“”]{2,60}?[-–][^:\n«»\"“”]{0,40}:")


def _after_dateline(ix: DocIndex, s0: int) -> int:
    """Where a sentence starts after the dateline that may open it (see :data:`_DATELINE`)."""
    text = ix.doc.text
    p = s0
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    found = _DATELINE.match(text, p)
    if found is None or len(text[p : found.end()].split()) > 7:
        return s0
    return found.end()


def _title_holder(ix: DocIndex, rel_start: int) -> Candidate | None:
    """The person whose title ends right before a relative pronoun at ``rel_start``: "الدكتور فلان مدير مستشفى
    برزيلاي الذي أكد"، "السفير فلان رئيس البعثة الأمريكية الذي": a title word after the name, then its
    complement (definite words or a named body), no punctuation, at most six words."""
    persons = [c for c in ix.candidates_in(max(0, rel_start - 160), rel_start) if c.type == "PER"]
    if not persons:
        return None
    person = persons[-1]
    toks = ix.doc.tokens
    between = toks[ix.token_index(person.end) : ix.token_index(rel_start)]
    if not 1 <= len(between) <= 6 or any(t.kind != "word" for t in between):
        return None
    text = ix.doc.text
    words = [norm(text[t.start : t.end]) for t in between]
    if not role_reader().may_start(words[0]):
        return None
    named = ix.candidates_in(person.end, rel_start)
    for t, w in zip(between[1:], words[1:], strict=True):
        if not (w.startswith(("ال", "لل")) or any(c.start <= t.start < c.end for c in named)):
            return None
    return person


def _marker_form(ix: DocIndex, m: Match[Cue]) -> Form:
    if " " in ix.doc.text[m.start : m.end].strip() or m.value.type not in (MarkerType.VERB, MarkerType.PARTICIPLE):
        return (None, None)  # "جاء في بيان الجامعة"، "بحسب": no verb that agrees with the speaker
    return marker_form(ix.doc.text[m.start : m.end], participle=m.value.type is MarkerType.PARTICIPLE)


def _agreeing(ix: DocIndex, m: Match[Cue]) -> Callable[[Candidate], bool]:
    """A filter of candidates before the marker (or a participle's subject): gender and number agree (round 11)."""
    form = _marker_form(ix, m)

    def keep(c: Candidate) -> bool:
        return not disagrees(form, speaker_form(ix.doc.text[c.start : c.end], c.type), before=True)

    return keep


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


def _speaker_around(ix: DocIndex, st: _State, mk: _Mark, s0: int, *, has_intro: bool) -> Speaker | None:
    """The speaker of a marker with none after it (see step 3b of the module docstring)."""
    m = mk.match
    zones = st.contents
    s0 = _after_dateline(ix, s0)
    if mk.relative is not None:  # "واشنطن التي تتهم النظام": the noun before the relative pronoun
        noun_start, rel_start = mk.relative
        holder = _title_holder(ix, rel_start)
        if holder is not None and not any(a <= holder.start < b for a, b in zones):
            return _from_candidate(ix, st, holder)  # "مع الدكتور فلان مدير مستشفى برزيلاي الذي أكد": the person
        c = next(
            (c for c in reversed(ix.candidates_in(max(0, noun_start - 80), rel_start)) if c.end <= rel_start), None
        )
        between = [w for w in ix.doc.text[c.end : rel_start].split() if w.strip("-–،,")] if c is not None else []
        if c is not None and any(norm(w.strip("،,")) not in _SAME for w in between):
            c = None  # the candidate must stand right before the pronoun ("محمد بخاري - الذي توعد")
        if c is not None and not any(a <= c.start < b for a, b in zones):
            return _from_candidate(ix, st, c)
        titled = _title_before(ix, noun_start, rel_start)
        if titled is not None and not any(a <= int(titled["start"]) < b for a, b in zones):
            return anaphor(ix, st.speakers(), int(titled["start"]), int(titled["end"])) or titled
        written = as_written(ix, noun_start, rel_start)
        place = any(e.start <= noun_start + 1 < e.end and e.type in ("LOC", "GPE") for e in ix.doc.entities)
        if written is not None and (place or norm(str(written["text"])).lstrip("و").startswith("ال")):
            return anaphor(ix, st.speakers(), int(written["start"]), int(written["end"])) or written
        return _untagged_name_before(ix, rel_start, zones)
    issuer = _issuer_of_document(ix, st, mk, s0)
    if issuer is not None:  # "وأصدرت الوزارة بيانا أكدت فيه أن": who issued the statement
        return issuer
    topic = _topic_subject(ix, st, s0, m)
    if topic is not None:  # "أما الأمين العام للجامعة فقال إن": the topic after أما
        return topic
    agree = _agreeing(ix, m)
    if m.value.type is MarkerType.VERB and not mk.initial:  # إلا أن قياديا في المعارضة … كشف
        c0 = st.clauses.clause_start(s0, m.prefix_start)
        c = search_before(ix, c0, m.prefix_start, zones, keep=agree)
        if c is not None:
            return _from_candidate(ix, st, _apposition_head(ix, c0, c, zones) or c)
        subject = _subject_before(ix, st, m.prefix_start)
        if subject is not None:  # "فإن المجلس قال إن": a definite subject after إن / أن
            return subject
        noun = ix.word_before(m.prefix_start)
        if (
            noun is not None
            and _present(ix.doc.text[m.start : m.end])
            and norm(noun[0]).startswith("ال")
            and ix.candidate_at(noun[1]) is None
        ):
            return None  # "الحقائق تقول إن"، "الشائعات تتحدث عن": a thing as the subject, no speaker
    if mk.initial and m.value.type is MarkerType.VERB:
        opener = ix.word_after(s0)
        comma = ix.word_before(m.prefix_start)
        if opener is not None and norm(opener[0]) in _KANA and comma is not None and comma[0] in ("،", ","):
            own = _opening_subject(ix, st, s0, comma[1], near=False)  # "وكان وزير الداخلية …، أكد ضرورة …"
            if own is not None:
                return own
    if not has_intro and _unread_subject(ix, m):
        return None
    last = next((claim for claim in reversed(st.claims) if claim["marker"] is not None), None)
    if m.value.type is MarkerType.PARTICIPLE and (last is None or last["marker"]["start"] < s0):
        own = _opening_subject(ix, st, s0, m.prefix_start, near=True)  # "وعلق المتحدث باسم الوزارة قائلا"
        if own is not None:
            return own
    if m.value.type is MarkerType.PARTICIPLE and (last is None or last["marker"]["start"] < s0):
        c = search_before(ix, s0, m.prefix_start, zones, nearest=False, keep=agree)
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
            own = _opening_subject(ix, st, s0, m.prefix_start, near=False)
            if own is not None:
                return own
        if c is None:  # "مدير جوازات جسر الملك فهد العقيد فلان ذهب … مبررا": a title that opens the sentence
            opening = title_speaker(ix, _after_dateline(ix, s0), m.prefix_start)
            if opening is not None and not opening[0].get("anonymous"):
                return opening[0]
            body = _body_subject(ix, st, _after_dateline(ix, s0), m.prefix_start)
            if body is not None:  # "إلا أن لجنة الانضباط رفضت …، مشيرة إلى أنها": the body that opens it
                return body
    if m.value.type is MarkerType.PARTICIPLE and last is not None and last["marker"]["start"] < s0:
        agreeing = _feminine_subject(ix, st, s0, m)
        if agreeing is not None:  # "ورفضت لجنة الانضباط رفع الإيقاف …، مشيرة إلى": not the speaker before
            return agreeing
    if last is not None and (
        last["marker"]["start"] >= s0
        or (m.value.type is MarkerType.PARTICIPLE and last["content"]["end"] >= ix.sentence_bounds(max(0, s0 - 1))[0])
    ):
        return continued(ix, last["speaker"], m.prefix_start, m.end)  # مضيفا، وذكر
    c = search_before(ix, s0, m.prefix_start, zones, nearest=False, keep=agree)  # لم ينف النقيب … إلا أنه قال
    if c is not None:
        return _from_candidate(ix, st, c)
    country = _place_subject(ix, st, s0, m)
    if country is not None:  # "ورفضت أنقرة لعب دور … وقالت إن": the country that opens the sentence
        return country
    prev = _previous_sentence(ix, s0)
    opener = ix.word_after(prev[0]) if prev is not None else None
    if opener is not None and last is not None and _PARTICIPLE_OPENER.fullmatch(norm(opener[0])):
        # "… بقوة وحزم. معربا عن أمله أن لا يعمل الحوثيون … . وحول عودة الحكومة، قال:": a sentence that opens
        # with a participle goes on with the speaker before; nobody after it is the subject
        return continued(ix, last["speaker"], m.prefix_start, m.end)
    if prev is not None and (last is None or last["content"]["end"] < prev[0]):
        p0, p1 = prev  # "وانتقد رئيس البلدية … . وقال": the previous sentence's subject
        own = _opening_subject(ix, st, p0, p1, near=False)
        if own is not None and not _disagreeing(ix, m, own, before=True):
            own["found_by"] = "previous_sentence"  # no claim of theirs to continue: the name is the speaker's span
            return own
        c = search_before(ix, p0, p1, zones, nearest=False, keep=agree)
        if c is not None and c.type != "GPE":
            return continued(ix, speaker_of(ix, c, "mention"), m.prefix_start, m.end)
    if last is not None:
        return continued(ix, last["speaker"], m.prefix_start, m.end)  # وأضاف، وتابع
    return None


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
        for c in ix.channels
        if a <= c.start < b
        and not (inside[0] <= c.start and c.end < inside[1] - 1 and inside[0] < c.prefix_start)
        and not _quoted_cue(ix, a, c, b)
        and not _authority_named(ix, c)
        and not _recent(ix, c)
    }
    outlet = interview_outlet(ix, a, b)
    if outlet is None:
        outlet = _outlet_before_object(ix, content[0])
    if outlet is None and not kinds & {"post", "press conference", "television"}:
        relayed = _RELAYED_BY.search(ix.doc.text, a, b) or _CALL_WITH.search(ix.doc.text, a, b)
        if relayed is not None:  # "في تصريحات نقلتها صحيفة «الشرق الأوسط»"، "في اتصال هاتفي مع «الحياة»"
            outlet = collapse(relayed.group(1))
    if "press conference" not in kinds and _conference_again(ix, a, b):
        kinds.add("press conference")  # "عقد الوزير مؤتمرا صحفيا … . وقال خلال المؤتمر إن": the same conference
    if outlet is not None and speaker.get("outlet") and norm(outlet) in norm(str(speaker.get("text") or "")):
        outlet = None  # "وسبق لمجلة «فرانس فوتبول» أن كشفت": the magazine reports, nobody interviewed it
    inherited = st.channels.get(_speaker_key(speaker))
    asked = _ASKED_BY.search(ix.doc.text, a, b)
    if asked is not None and not kinds & {"post", "press conference", "television"}:
        return "interview", collapse(asked.group(1))  # "ردا على استفسار «عكاظ»": the paper asked him
    met = _met_by_outlet(ix, speaker)
    if met is not None and not kinds & {"post", "press conference"}:
        return "interview", met  # "«المدينة» التقت بمدير عام قناة …، والذي قال:": the paper's interview
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
    st.uncued.add(len(st.claims))  # no cue in the clause: a later cue of the same occasion may name it
    if speaker.get("outlet"):
        return "report", speaker.get("name") or speaker.get("name_ar")
    press = _press(ix, speaker)
    if press is not None:  # "وقالت بوابة الأهرام"، "وأفاد موقع «…»"، "ذكرت شينخوا": the outlet's report (round 13)
        return press, speaker.get("name") or speaker.get("name_ar") or collapse(str(speaker.get("text") or ""))
    if _figures(ix, speaker):  # "وتشير الإحصائيات الأولية إلى"، "بحسب الإحصائيات الرسمية لـ": a report (round 13)
        return "report", None
    told = _told_outlet(ix, speaker, b)
    if speaker.get("role") == "correspondent":  # "وقال مراسل «الشرق الأوسط»": the outlet's own report
        return "report", told
    if told is not None and _GUEST.search(ix.doc.text, a, b):
        return "television", told  # "فاعتبر ضيف «روتانا خليجية» أن": a broadcaster's guest
    if told is not None:  # "أبلغت مصادر محلية «عكاظ» أن"
        return "interview", told
    if inherited is None:
        inherited = _inherited_by_name(ix, st, speaker)
    if inherited is not None:
        return inherited
    if speaker.get("found_by") == "previous_sentence" and isinstance(sp0, int):
        # "وغرد الوزير على حسابه … . وأضاف أن": the channel the sentence that names the speaker gives
        p0, p1 = ix.sentence_bounds(sp0)
        before = {c.value.kind for c in ix.channels if p0 <= c.start < p1 and not _quoted_cue(ix, p0, c)}
        for ch in CHANNELS:  # (not an outlet after لـ: "يعمل لحساب الشركة" is no interview)
            if ch != "interview" and ch in before:
                return ch, None
    if str(speaker.get("type") or "") == "PER" and not speaker.get("anonymous"):
        polled = _survey_outlet(ix, sp0 if isinstance(sp0, int) else a)
        if polled is not None:  # "استطلعت «الرياض» آراء عدد من التجار … وقال فلان": the paper asked him
            return "interview", polled
    if _official(ix, speaker, a, b):  # "وأوضح المتحدث الرسمي للدفاع المدني …": the body's statement
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
    return _default_channel(speaker, kind=kind, counts=lambda: _counts(ix, *content)), None


#: The speaker's body and the outlet he told, set off by a comma before the object that a verb like كشف takes:
#: "وكشف مصدر مطلع في المعارضة لـ«الصحيفة»، عن اتجاه …" (the content read from after the speaker's name).
_BEFORE_OBJECT = re.compile(
    r"(?:في|من|ب|لدى)\s[^،,.؛:\n«»]{0,60}?\s(?:ل|لـ)\s?[«\"“][^»\"”\n]{2,30}[»\"”]"
    r"\s?[،,]\s*(?:عن|أن|إن|بأن)\s"
)


#: An interview relayed by a named outlet: "في تصريحات نقلتها صحيفة «الشرق الأوسط»"، "في حديث نشرته وكالة «…»".
_RELAYED_BY = re.compile(
    r"(?<![\u0621-\u064A])(?:تصريح|تصريحات|حديث|مقابلة|حوار)\s+(?:نقلتها|نقلها|نقلته|نشرتها|نشرته|أوردتها|أوردها)"
    r"\s+(?:صحيفة|جريدة|مجلة|وكالة|موقع)?\s*[«\"“]([^»\"”\n]{2,30})[»\"”]"
)


#: A phone call with a named outlet: "في اتصال هاتفي مع «الحياة»"، "في اتصال مع صحيفة «عكاظ»" (its interview).
_CALL_WITH = re.compile(
    r"(?<![\u0621-\u064A])(?:اتصال|اتصالا|اتصالاً)\s+(?:هاتفي\s+|هاتفيا\s+|هاتفياً\s+)?(?:مع|أجرته|أجرتها)\s+"
    r"(?:صحيفة\s+|جريدة\s+|وكالة\s+|مجلة\s+)?[«\"“]([^»\"”\n]{2,30})[»\"”]"
)
#: "the conference" alone after في / خلال: "وقال خلال المؤتمر إن"، "وأوضح في المؤتمر أن"
_THE_CONFERENCE = re.compile(r"(?<![\u0621-\u064A])(?:في|خلال)\s+(?:ال)?مؤتمر(?:ه|ها)?(?=\s*(?:[،,:]|إن|أن|ان|على|$))")
#: any conference named: the one "the conference" points back to is the last of these before it
_ANY_CONFERENCE = re.compile(r"(?<![\u0621-\u064A])[وبلف]?(?:ال)?مؤتمر(?:ا|ه|ها)?(?![\u0621-\u064A])")


#: The adjective "recent" (دراسة حديثة، إحصائية حكومية حديثة), which folds with حديثه "his talk" (ة and ه are one
#: letter in the normalized view): no interview cue when written with ة after a feminine word (round 13).
_RECENT = frozenset({"حديثة", "الحديثة"})


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


#: The partners of a joint press conference, named after مع: "خلال مؤتمر صحفي مشترك عقده مع وزير الخارجية فلان"
_WITH = re.compile(r"(?<![\u0621-\u064A])(?:مع|ومع)\s+([^،,.؛:\n«»\"“”]{3,120})")


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


#: Unnamed sources named again with a pointer, and the outlet they told, opening the content as read: "وأكدت هذه
#: الشخصيات لـ«المدينة» وجود …"، "وقالت المصادر ذاتها لـ«عكاظ» إن".
_POINTED_TOLD = re.compile(
    r"(?:هذه|هؤلاء)\s+[\u0621-\u064A]+(?:\s+(?:ذاتها|نفسها|ذاتهم|نفسهم))?\s+لـ?\s?[«\"“][^»\"”\n]{2,30}[»\"”]"
)


def _outlet_before_object(ix: DocIndex, cs: int) -> str | None:
    """The outlet named in a phrase that opens the content up to a comma and عن / أن (see :data:`_BEFORE_OBJECT`),
    or after unnamed sources named again with a pointer (:data:`_POINTED_TOLD`)."""
    m = _BEFORE_OBJECT.match(ix.doc.text, cs) or _POINTED_TOLD.match(ix.doc.text, cs)
    if m is None:
        return None
    return interview_outlet(ix, cs, m.end())


#: A broadcaster's guest: "ضيف «القناة»"، "ضيفة برنامج «…»" (television, not the paper's interview).
_GUEST = re.compile(r"(?<![\u0621-\u064A])(?:ضيف|ضيفة|ضيوف)\s+(?:برنامج\s+|قناة\s+|حلقة\s+)?[«\"“]")


#: words between a بحسب + outlet and the verb whose claim it passes on (وبحسب «رويترز»، فقد ذكر الوزير)
_THEN = frozenset(norm(w) for w in ("فقد", "وقد", "فإن"))
#: an active participle in the accusative (معربا، مشيرا، مشيرين): a circumstantial clause, no sentence of its own
_PARTICIPLE_OPENER = re.compile(r"[وف]?م[\u0621-\u064A]{2,6}(?:ا|ين)")


#: A topic phrase opening the clause, set off by a comma before the verb (وحول …، قال; وبشأن …، أوضح).
_TOPIC = re.compile(r"\s*(?:و|ف)?(?:حول|بشأن|بخصوص)(?![\u0621-\u064A])")

_REPLY = re.compile(r"(?<![\u0621-\u064A])و?(?:رد|ردا|رداً|تعليقا|تعليقاً)\s+(?:على|علي)(?![\u0621-\u064A])")


#: words before القناة that make it the Suez Canal's authority, not a television channel (لهيئة القناة، رئيس القناة)
_AUTHORITY = frozenset(norm(w) for w in ("هيئة", "لهيئة", "بهيئة", "وهيئة", "رئيس", "مجرى", "ممر"))
#: canals named after القناة / قناة (قناة السويس، قناة بنما): waterways, not television
_CANALS = frozenset(norm(w) for w in ("السويس", "بنما", "كورنث"))


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
    for r in _REPLY.finditer(text, a, cue.start):
        if not any(ch in text[r.end() : cue.start] for ch in "،,.:؛"):
            return True
    topic = _TOPIC.match(text, a) if b is not None else None
    if topic is not None and b is not None and not any(ch in text[topic.end() : cue.start] for ch in "،,.:؛"):
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


#: An outlet that met or talked with the speaker: "«المدينة» التقت بفلان"، "والتقت «عكاظ» بالمواطن فلان"، "حاورت
#: «الوطن» الوزير" (the outlet in quotes before or after the verb).
_MET = re.compile(
    r"[«\"“]([^»\"”\n]{2,30})[»\"”]\s+(?:قد\s+)?(?:التقت|التقى|حاورت|حاور)(?![\u0621-\u064A])"
    r"|(?<![\u0621-\u064A])و?(?:التقت|التقى|حاورت|حاور)\s+[«\"“]([^»\"”\n]{2,30})[»\"”]"
)


#: A speaker answering an outlet's question: "ردا على استفسار «عكاظ»"، "في رده على سؤال لـ«الوطن»" (an interview).
_ASKED_BY = re.compile(
    r"(?<![\u0621-\u064A])(?:و?ردا|و?رداً|و?ردًا|في رده|في ردها)\s+(?:على|علي)\s+"
    r"(?:استفسار|استفسارات|سؤال|أسئلة|تساؤل|تساؤلات)\s+(?:لـ?\s?)?[«\"“]([^»\"”\n]{2,30})[»\"”]"
)


def _met_by_outlet(ix: DocIndex, speaker: Speaker) -> str | None:
    """The outlet that met the speaker, named in the sentence before his name (see :data:`_MET`)."""
    sp0 = speaker.get("start")
    if not isinstance(sp0, int) or speaker.get("found_by") in ("pronoun", None):
        return None
    s0, _ = ix.sentence_bounds(sp0)
    found = next(reversed(list(_MET.finditer(ix.doc.text, s0, sp0))), None)
    if found is None or ix.words_between(found.end(), sp0) > 8:
        return None
    return collapse(found.group(1) or found.group(2))


#: "the same source" as a speaker (وأوضح المصدر نفسه، وأضاف نفس المصدر، ذات المصادر): the source of the claim before
_SAME_SOURCE = re.compile(r"^[وف]?(?:(?:نفس|ذات)\s+(?:المصدر|المصادر)|(?:المصدر|المصادر)\s+(?:نفسه|ذاته|نفسها|ذاتها))$")
#: last words of compound given names (عبد الله، نور الدين), no family name of their own
_COMPOUND_ENDS = frozenset(norm(w) for w in ("الله", "الدين", "الرحمن", "الرحيم", "العزيز"))
#: a word of Arabic letters (punctuation left out: "راجح بادي، لـ«الشرق الأوسط»")
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
#: first words of a compound given name, never a person's name alone (عبد الله، أبو بكر)
_NAME_PARTS = frozenset(norm(w) for w in ("عبد", "أبو", "ابو", "بن", "ابن", "آل", "أبي", "ابي", "أم", "ام"))


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
    for claim in reversed(st.claims):
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
    if st.claims and st.claims[-1]["channel"] != "unspecified" and _same_source(ix, speaker):
        return str(st.claims[-1]["channel"]), st.claims[-1]["reported_via"]  # (a channel told, not a default)
    name = norm(str(speaker.get("name_ar") or speaker.get("text") or "")).split()
    if not name or speaker.get("anonymous"):
        return None
    person = str(speaker.get("type") or "") in ("PER", "")  # (a name the tagger missed in this sentence: none)
    for claim in reversed(st.claims):
        earlier = norm(str(claim["speaker"].get("name_ar") or "")).split()
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
    if person and st.claims and len(said) in (2, 3) and said[-1] not in _COMPOUND_ENDS:
        last = st.claims[-1]["speaker"]
        earlier = norm(str(last.get("name_ar") or "")).split()
        if len(earlier) > 1 and earlier[-1] == said[-1] and earlier != said and not last.get("anonymous"):
            return str(st.claims[-1]["channel"]), st.claims[-1]["reported_via"]
    if len(name) != 1 or speaker.get("found_by") != "as_written":
        return None
    for claim in reversed(st.claims):
        sp = claim["speaker"]
        if (
            claim["marker"] is None
            or sp.get("found_by") in ("pronoun", "anaphor")
            or not isinstance(sp.get("end"), int)
        ):
            continue
        start = min(int(claim["marker"]["end"]), int(sp.get("start") or 0))
        words = [norm(w) for w in _WORD.findall(ix.doc.text, start, int(claim["content"]["start"]))]  # no "،"
        if name[0] in words[1:]:  # a family name repeated after the full name was given
            return str(claim["channel"]), claim["reported_via"]
    return None


def _official(ix: DocIndex, speaker: Speaker, a: int, b: int) -> bool:
    """Whether a spokesman is introduced by an official or media title in the clause ``[a, b)``."""
    if "spokes" not in str(speaker.get("role") or "") and str(speaker.get("type") or "") != "PER":
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
    found = list(_SURVEY.finditer(ix.doc.text, 0, at))
    return collapse(found[-1].group(1) or found[-1].group(2)) if found else None


def _counts(ix: DocIndex, start: int, end: int) -> bool:
    """Whether ``[start, end)`` gives a figure: a number of the quantities layer, or digits."""
    return any(start <= q.start < end for q in ix.doc.quantities) or any(ch.isdigit() for ch in ix.doc.text[start:end])


def _told_outlet(ix: DocIndex, speaker: Speaker, end: int) -> str | None:
    """An outlet right after the speaker's phrase, before the content: the medium the speaker told (أبلغت مصادر
    محلية «عكاظ» أن …، كشفت مصادر مطلعة لـ“الوئام” …): an outlet entity, or a quoted name of one to three words."""
    if not isinstance(speaker.get("end"), int) or speaker.get("found_by") in ("pronoun", "previous_sentence"):
        return None
    told = _told_at(ix, int(speaker["end"]), end)
    return told[0] if told is not None else None


def _told_at(ix: DocIndex, p: int, end: int) -> tuple[str, int] | None:
    """The outlet named at ``p`` (an outlet entity, or «name» / لـ«name» of one to three words that is no
    prepositional phrase): ``(name, where it ends)``."""
    text = ix.doc.text
    while p < end and text[p] in " \t\u00a0":
        p += 1
    if p < end and text[p] == "(":
        return None  # "وأوضحت وكالة الأنباء الرسمية (سانا) أن": the speaker's own name in parentheses
    c = next(iter(ix.candidates_in(p, p + 2)), None)
    if c is not None and c.outlet:
        return name_of(ix, c), c.end
    w = ix.word_after(p)
    if w is not None and w[1] == p and w[2] <= end:
        word = norm(w[0])
        if word[:2] == "لل" and "ال" + word[2:] in ix.lexicon.outlet_nouns_definite:
            return "ال" + w[0][2:], w[2]  # "وقال مسؤول أمني للصحيفة إن": the paper the article is from (round 12)
    q = p
    if q < end and text[q] == "ل":  # "لـ“الوئام”"
        q += 1
        while q < end and text[q] in "ـ \t\u00a0":
            q += 1
    if q < end and text[q] in '«“"':
        close = min((k for k in (text.find(x, q + 1, end) for x in '»”"') if k > 0), default=-1)
        words = text[q + 1 : close].split() if close > q + 1 else []
        if (
            1 <= len(words) <= 3
            and norm(words[0]) not in ix.lexicon.prepositions  # not «من الأسر المنتجة»
            and LETTER_RE.search(text, q + 1, close)  # not the ":" between «فلان» and «…» (وقال "فلان": "…")
        ):
            return collapse(text[q + 1 : close]), close + 1
    return None


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


_QUOTE_MARKS = "«»\"“”″'‘’"


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
    nouns, named, news, names, broadcast = _press_lexicon()
    head = words[0].removeprefix("و") if words[0].removeprefix("و") in nouns | named else words[0]
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
        bare = tuple(words)
        found = any(bare == n or (len(bare) > len(n) and bare[: len(n)] == n) for n in names)
    if not found:
        return None
    end = speaker.get("end")
    after = ix.doc.text[end : end + 60].split()[:3] if isinstance(end, int) else []
    if any(w in broadcast for w in words[1:]) or any(norm(w.strip(_QUOTE_MARKS)) in broadcast for w in after):
        return "television"
    return "report"


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
    if actor is not None and (actor.sector in _REPORTING_SECTORS or actor.country == "IGO"):
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
    if speaker.get("found_by") == "as_written" and head.startswith("ال") and head.endswith(("ون", "يون")):
        return table("anonymous")  # "وقال المواطنون اليمنيون"، "المحتجون": people in the plural, no body
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


# ---------------------------------------------------------------------------------------------- one marker
#: Prepositions that open a verb's object after a comma that closes its subject ("كشف المتحدث …، عن تفاصيل").
_OBJECT_LEADS = frozenset(norm(w) for w in ("عن", "إلى", "على", "من"))


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
    if m.value.type is MarkerType.PREPOSITION and "ب" in m.prefix:
        at = text.find("ب", m.prefix_start, m.start)  # "بحسب", not "حسب"
        start = at if at >= 0 else start
    return _span(text, start, m.end)


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
    if (
        cand is not None
        and cand.entity is not None
        and cand.entity.source == "model"
        and " " not in _text(ix, cand)
        and not _colon_after(text, cand.end)  # "وحسب الزبيدي: «…»": a name before a colon (round 12b)
    ):
        cand = None  # "وفقا لمقاييس بلاغية": a one-word guess of the tagger is no source, unless it refers back
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
    if text[after_end:rest_end].strip(' \t\u00a0،,.:;؛»”"'):  # "وبحسب المرصد، فإن …": the clause after
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
            and _speaker_key(speaker) == _speaker_key(last["speaker"])
        ):
            return None  # "وأعرب سليماني عن ثقته بأن …، بحسب البرقية": the same claim, its source named again

    return (speaker, content, via) if content is not None else None


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


_ISSUING = frozenset(norm(w) for w in ("كشفت", "كشف", "أعلنت", "أعلن", "أعلنتها", "أصدرت", "أصدرتها", "نشرت", "نشرتها"))


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
    outlet = _outlet_as_written(ix, first, bound)
    if outlet is None and lead is not None and lead[1] < first[1] and is_opening_quote(ix.doc.text, first[1]):
        outlet = _outlet_as_written(ix, lead, bound)  # (the outlet noun already passed as a channel noun)
    if outlet is not None:  # "ووفقا لموقع “دايلي دوت” فإن": an outlet no entity covers, its name in quotes
        return outlet
    one = _one_of_them(ix, first, bound)
    if one is not None:
        return one
    if said and lead is not None and not norm(lead[0]).startswith("ال"):
        owner = _said_by(ix, first, bound)
        if owner is not None:  # "بحسب تصريحات لوالدها"، "وفقا لبيان للجيش اللبناني": whose words they are
            return owner
    fused = lead is not None and lead[1] < first[1] and norm(lead[0]).startswith("لل") and _channel_at(ix, lead[1])
    told = _statement_with_adjectives(ix, lead if fused and lead is not None else first, bound)
    if told is not None:
        return told
    if not head.startswith("ال"):
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
    return back


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


_OBJECT_PRONOUNS = frozenset(norm(w) for w in ("له", "لها", "لهم", "لهما", "لنا", "لي", "لك"))


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
    p = first[2]
    while p < bound and text[p] in " \t\u00a0":
        p += 1
    if p >= bound or not is_opening_quote(text, p):
        return None
    close, closed = quote_close(text, p)
    if not closed or close >= bound or not 1 <= len(text[p + 1 : close].split()) <= 4:
        return None
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
    return {
        "name": None,
        "name_ar": collapse(text[p + 1 : close]),
        "role": None,
        "org": None,
        "entity": None,
        "anonymous": False,
        "outlet": True,
        "type": "ORG",
        "text": text[s:end],
        "start": s,
        "end": end,
        "found_by": "as_written",
    }


_CLOSERS = {"»": "«", "”": "“", '"': '"'}


#: words that point back at a quote right before the verb (بهذه العبارات تحدث فلان، هكذا قال فلان)
_THESE = frozenset(norm(w) for w in ("هكذا", "بهذا", "بهذه", "بذلك"))
_THESE_NOUNS = frozenset(norm(w) for w in ("العبارات", "الكلمات", "العبارة", "الكلمة"))


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


#: تابع is also the adjective "affiliated", then always followed by لـ (موقع تابع لمؤسسة، قوات تابعة للنظام)
_AFFILIATED = frozenset(norm(w) for w in ("تابع", "تابعة", "تابعين"))


#: أن and its forms with a pronoun, as the last word before a content (ولفت مدير الأمن العام أنه …)
_THAT = frozenset(norm(w) for w in ("أن", "أنه", "أنها", "أنهم", "أنهما", "بأن", "بأنه", "بأنها", "بأنهم"))
#: what لفت takes when it means "attracted": attention, eyes, interest (لفت انتباهي أن، لفت الأنظار)
_ATTENTION = ("انتباه", "الانتباه", "نظر", "انظار", "الانظار", "اهتمام", "الاهتمام")


def _subject_then_that(between: list[str]) -> bool:
    """Whether the words between لفت (which otherwise needs إلى) and its content are a subject phrase then
    أن (ولفت مساعد مدير الأمن العام للشؤون الأمنية أنه …: round 9, a recall scan), not "attracted the attention"
    (لفت انتباهي خلال ستة أشهر أن)."""
    if not 2 <= len(between) <= 12 or norm(between[-1]) not in _THAT:
        return False
    if any(w in ("،", ",", ":", "؛") for w in between):
        return False
    return not norm(between[0]).startswith(_ATTENTION)


def _in_relative_clause(ix: DocIndex, s0: int, at: int) -> bool:
    """Whether a relative pronoun (الذي، التي، الذين) stands between the sentence start ``s0`` and ``at``, with no
    punctuation after it: ``at`` is then inside that relative clause."""
    toks = ix.doc.tokens
    rels = ix.lexicon.relatives
    for k in range(ix.token_index(s0), ix.token_index(at)):
        t = toks[k]
        if t.kind == "word" and norm(ix.doc.text[t.start : t.end]).lstrip("و") in rels:
            return not punct_between(ix, t.end, at)
    return False


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


#: The most words a speaker phrase may hold between a verb like بين and its أن (title, body and name).
_SUBJECT_WORDS = 14


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


def _outlet_speaker(ix: DocIndex, speaker: Speaker) -> bool:
    """Whether a speaker is a news outlet (an outlet entity, or a phrase led by صحيفة / قناة / وكالة …)."""
    if speaker.get("outlet"):
        return True
    words = str(speaker.get("text") or "").split()
    if words and norm(words[0]).lstrip("و") in ix.lexicon.outlet_nouns:
        return True
    before = ix.word_before(int(speaker["start"])) if isinstance(speaker.get("start"), int) else None
    return before is not None and norm(before[0]).lstrip("و") in ix.lexicon.outlet_nouns  # قناة «العربية»


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


def _read_claim(ix: DocIndex, st: _State, mk: _Mark) -> Claim | None:
    text = ix.doc.text
    m = mk.match
    cue = m.value
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
    if cue.type is MarkerType.PREPOSITION:
        read = _read_preposition(ix, st, mk, region_start, bound, s0, s1)
        if read is None:
            return None
        speaker, content, via = read
    else:
        intro = clauses.find_intro(m.end, bound, word_only=cue.word_intro)
        if _affiliated(ix, m) or _all_adjective(ix, m):
            return None  # "موقع تابع لمؤسسة كارنيغي"، "للعالم أجمع، وهي أن": adjectives, no verbs of saying
        if cue.intro_within and _preposition_look_alike(ix, m):
            return None  # "الشعور العام بين المستثمرين هو أن": بين after a definite noun is the preposition
        if (
            intro is not None
            and cue.intro_within
            and ix.words_between(m.end, intro[1]) > cue.intro_within
            and not _subject_then_intro(ix, m.end, intro[1])
        ):
            intro = None  # "بين البلدين … أن": the preposition, not the verb (بين المري أن)
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
        if demonstrative is not None and cue.type is MarkerType.VERB:  # "أوضح ذلك رئيس الوزراء …"
            speaker, _, via = _speaker_after(ix, st, demonstrative, bound, has_intro=True)
            first = ix.word_after(demonstrative)
            if (
                speaker is None
                or speaker.get("found_by") not in ("mention", "title", "as_written")
                or first is None
                or norm(first[0])[:1] == "ل"
                or not isinstance(speaker.get("start"), int)
                or ix.words_between(first[1], int(speaker["start"])) > 6
                or punct_between(ix, first[1], int(speaker["start"]))
            ):
                return None  # the speaker must follow ذلك at once ("تعلن ذلك لتؤكد …" has none)
            content = clauses.before(st.contents, s0, region_start, mk.clause_start)  # the clause before
            if content is None:  # the sentence starts with the marker: what the sentence before said
                prev = _previous_sentence(ix, s0)
                content = clauses.before(st.contents, prev[0], prev[0], prev[1]) if prev is not None else None
            intro = None
        elif mk.attribution:  # "بحسب ما أعلنت الوزارة": the content is the clause before, or what follows
            # the speaker phrase runs to a preposition or the end ("حسبما ذكرت إدارة الصحة في المدينة")
            speaker, after_end, via = _speaker_after(ix, st, m.end, bound, has_intro=True)
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
        elif intro is None and cue.type is MarkerType.VERB and (quoted := _quote_before(ix, st, m.prefix_start)):
            # "«لن نسمح بعودة المسلحين»، قال قائد الشرطة فلان.": the quote before, the speaker after the verb
            speaker, _, via = _speaker_after(ix, st, m.end, bound, has_intro=True)
            if speaker is None or speaker.get("found_by") not in ("mention", "title", "as_written", "anaphor"):
                return None
            content = quoted
            trailing = True
        elif intro is None and not cue.object and cue.type is not MarkerType.RESUMPTIVE:
            return None
        window_end = intro[1] if intro is not None else bound
        after_end = m.end
        if mk.attribution or (mk.relative is not None and intro is None) or demonstrative is not None or trailing:
            pass  # "واشنطن التي تتهم النظام …": the noun after is the object, the antecedent speaks
        elif cue.type is not MarkerType.PARTICIPLE:
            speaker, after_end, via = _speaker_after(ix, st, m.end, window_end, has_intro=intro is not None)
            if (
                via is None
                and cue.object
                and speaker is not None
                and speaker.get("found_by") in ("mention", "title", "as_written", "anaphor")
                and isinstance(speaker.get("start"), int)
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
            if intro is None and not mk.initial:
                own = _kana_subject(ix, st, m, s0)
                if own is not None:  # "وكان زعيم الحزب فلان دعا الحكومة إلى": the subject before, then the object
                    speaker, after_end, via = own, m.end, None
        if speaker is None and cue.type is not MarkerType.RESUMPTIVE and not mk.attribution and demonstrative is None:
            speaker = _speaker_around(ix, st, mk, s0, has_intro=intro is not None)
        if mk.attribution or demonstrative is not None or trailing:
            pass
        elif intro is not None:
            content = clauses.after_intro(intro, s1)
        elif cue.type is MarkerType.RESUMPTIVE:  # "…، وهو ما أكده الوزير"
            content = clauses.before(st.contents, s0, region_start, mk.clause_start)
        elif speaker is not None:
            after_end = _past_date(ix, after_end)  # "أعلنت روسيا أمس الأحد وقف …": the date is the claim's
            told = _told_at(ix, after_end, bound) if speaker.get("found_by") not in ("pronoun", None) else None
            if told is not None:  # "كشفت مصادر مطلعة لـ«الوئام» حقيقة …": the outlet told, then the object
                after_end = told[1]
            after_end = _past_channel_phrase(ix, after_end, s1)
            after_end = _past_title_comma(ix, speaker, m.end, after_end, s1)
            after_end = _past_relative_comma(ix, speaker, after_end, s1)
            if cue.object_lead:  # "تحدثت الوكالة عن مقتل …": the object after عن
                lead = ix.word_after(after_end)
                after_end = lead[2] if lead is not None and norm(lead[0]) in cue.object_lead else -1
            content = clauses.object_after(after_end, s1) if after_end >= 0 else None
    if speaker is None or content is None:
        return None
    if intro is not None and intro[0] == "word" and norm(text[intro[1] : intro[2]]).startswith("ب"):
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
    if cue.named and (speaker.get("found_by") in ("pronoun", "previous_sentence", None) or mk.relative is not None):
        return None  # "يُتوقع أن"، "هيلاري كلينتون التي يُتوقع أن تكون": impersonal, nobody named after the verb
    between = text[m.end : content[0]].split()
    if (
        not trailing
        and cue.object_lead
        and not any(norm(w.strip('«“"')) in cue.object_lead for w in between[-2:])
        and not (0 < len(between) <= 3 and norm(between[-1]) in ("ان", "بان"))
        and not (norm(m.key).startswith("لفت") and _subject_then_that(between))  # not تحدث (also "happen")
        and not (0 < len(between) <= 8 and norm(between[-1]).startswith("بان"))  # "وتحدث فلان … بأنه"
    ):  # "تحدث بلغة انتصار …": تحدث reports only what it is about (عن مقتل، عن أن); "ولفت أن" is a claim
        return None
    if mk.after_ma and speaker.get("found_by") not in ("mention", "title", "anaphor"):
        return None  # "فما أُعلن يعني": "what was announced", no speaker named

    cs, ce, direct = content
    # the marker's clause: up to the content, or, for a trailing attribution, from the marker to the sentence end
    region = (region_start, cs) if cs > m.start else (min(mk.clause_start, m.prefix_start), s1)
    kind = cue.kind
    if kind == "claim_responsibility" and any(norm(w) in ix.lexicon.adopted for w in text[cs:ce].split()[:4]):
        return None  # تبنى مجلس الأمن قرارا: adopted, not claimed
    if kind == "announce" and cs > m.end:
        head = text[m.end : min(ce, cs + 40)]
        if any(norm(w) in ix.lexicon.responsibility for w in head.split()):
            kind = "claim_responsibility"  # أعلن التنظيم مسؤوليته عن …
    post = ix.doc.post_at(m.start)
    if post is not None:
        channel, reported_via = "post", None
    else:
        channel, reported_via = _channel(ix, st, speaker, region, kind=kind, content=(cs, ce))
    if via is not None:
        reported_via = via
    elif via_outlet is not None:
        reported_via = via_outlet
    elif m.start in st.via_at or m.prefix_start in st.via_at:
        reported_via = st.via_at.get(m.start) or st.via_at.get(m.prefix_start)
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


#: Words a participle may stand after the end of the claim it goes on with, in the same sentence.
_FOLD_GAP_WORDS = 20


def _continues(ix: DocIndex, st: _State, mk: _Mark, claim: Claim) -> bool:
    """Fold a participle that goes on with the claim right before it into that claim (step 3f); True when folded.

    "وأوضح المتحدث إنه …، مشيرا إلى أنه …" is one statement: the content runs over the participle's clause and
    the participle's marker is kept in ``continuations``. Only a participle of saying (مشيرا، مضيفا، مبينة) that
    follows an assertion with nothing but punctuation between is folded; a denial, warning or demand (نافيا،
    محذرا، مطالبا) and a participle after an unreported clause (فجرت قوات الأمن …، مشيرة) stay claims of their own.
    """
    m = mk.match
    if m.value.type is not MarkerType.PARTICIPLE or claim["kind"] != "say" or not st.claims:
        return False
    last = st.claims[-1]
    if last["marker"] is None or last["polarity"] != "assert" or claim["speaker"].get("found_by") != "pronoun":
        return False
    text = ix.doc.text
    start, end = int(last["content"]["start"]), int(claim["content"]["end"])
    if end <= start:
        return False
    gap = (int(last["content"]["end"]), m.prefix_start)
    if LETTER_RE.search(text, *gap) and not (
        ix.sentence_bounds(int(last["marker"]["start"]))[1] >= m.prefix_start  # the same sentence …
        and ix.words_between(*gap) <= _FOLD_GAP_WORDS  # … a few words on ("… القائمة على الاحترام معتبرا أن")
        and not any(gap[0] <= c.start < gap[1] for c in ix.candidates if c.type == "PER")  # no one else named
    ):
        return False
    last["content"] = _span(text, start, end)
    last.setdefault("continuations", []).append(claim["marker"])
    here = len(st.claims)
    if here not in st.uncued and here - 1 in st.uncued:  # "وغرد على حسابه قائلا": the participle names the channel
        last["channel"], last["reported_via"] = claim["channel"], claim["reported_via"]
        st.uncued.discard(here - 1)
    st.contents[-1] = (start, end)
    st.consumed[-1] = (st.consumed[-1][0], max(st.consumed[-1][1], end))
    return True


def _occasion_channels(ix: DocIndex, st: _State) -> None:
    """A speaker's claim with no channel named takes the occasion (``occasions`` of ``claims.yaml``) his next claim
    names, with nothing but punctuation between: "قال الوزير إن … . وأضاف في مؤتمر صحافي أن …" are both the press
    conference."""
    claims = st.claims
    for i in sorted(st.uncued, reverse=True):
        if i + 1 >= len(claims):
            continue
        here, nxt = claims[i], claims[i + 1]
        told = (
            nxt["channel"] == "interview"
            and bool(nxt["reported_via"])
            and nxt["kind"] == "say"  # not "ودعا فلان الراغبين إلى العودة لموقع الجائزة"
            and (not here["speaker"].get("anonymous") or _paper_told_again(ix, here, nxt))
        )
        if (nxt["channel"] not in ix.lexicon.occasions and not told) or (i + 1) in st.uncued or nxt["marker"] is None:
            continue
        named = _same_name(here, nxt) or _named_in_phrase(ix, here, nxt)
        if _speaker_key(here["speaker"]) != _speaker_key(nxt["speaker"]) and not named:
            continue
        g0, g1 = int(here["content"]["end"]), int(nxt["marker"]["start"])
        gap = ix.doc.text[g0:g1]
        if (
            gap.strip(' \t\u00a0\n.،,؛;»”"') not in ("", "و", "ف")
            and not _occasion_verb(ix, st, g0, g1)
            and not (named and told and _same_sentence_tail(ix, g0, g1))
        ):
            continue  # words between: maybe another occasion, or another subject (انتقل الحاكم … . وقال)
        here["channel"], here["reported_via"] = nxt["channel"], nxt["reported_via"]
        st.uncued.discard(i)


_CHANNEL_PREPS = frozenset(norm(w) for w in ("في", "خلال", "عبر"))


def _past_channel_phrase(ix: DocIndex, p: int, s1: int) -> int:
    """Past a channel phrase set off by a comma before a plain object ("أكد الوزير في تعميم للجان، على ضرورة …"):
    the object starts after the comma; ``p`` itself otherwise."""
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
    return comma + 1


#: words that point back to unnamed sources named before (هذه الشخصيات، المصادر ذاتها، نفس المصادر)
_POINTERS = frozenset(norm(w) for w in ("هذه", "هؤلاء", "ذات", "نفس", "نفسها", "ذاتها", "نفسه", "ذاته"))


def _paper_told_again(ix: DocIndex, here: Claim, nxt: Claim) -> bool:
    """Whether unnamed sources (شخصيات سياسية، مصادر مطلعة) named again by their noun with the article (وأكدت هذه
    الشخصيات لـ«المدينة»، وقالت المصادر لـ«عكاظ») told a paper named in quotes in the next claim: the first claim was
    told to that paper too. An agency (لوكالة الأنباء الألمانية: the paper relays the wire) is not passed back."""
    same = _speaker_key(here["speaker"]) == _speaker_key(nxt["speaker"])
    if not (here["speaker"].get("anonymous") and (nxt["speaker"].get("anonymous") or same)) or nxt["marker"] is None:
        return False
    via = str(nxt["reported_via"] or "")
    m0, c0 = int(nxt["marker"]["start"]), int(nxt["content"]["start"])
    phrase = ix.doc.text[m0 : c0 + 60]
    phrase = phrase.replace("«  ", "«").replace("« ", "«")
    if norm(via).startswith("وكاله") or not any(f"{q}{via}" in phrase for q in '«"“'):
        return False
    if same:
        return True
    first = norm(collapse(str(here["speaker"].get("text") or ""))).split()
    again = [w for w in norm(collapse(str(nxt["speaker"].get("text") or ""))).split() if w not in _POINTERS]
    return bool(first and again) and again[0] in (first[0], "ال" + first[0])


def _named_in_phrase(ix: DocIndex, here: Claim, nxt: Claim) -> bool:
    """Whether the later claim's speaker, one word, is a name told in the earlier claim's speaker phrase up to its
    content (وقالت مندوبة الولايات المتحدة لدى الأمم المتحدة سمانثا باور إن …، وقالت باور للصحفيين: the tagger
    kept only the title)."""
    if here["marker"] is None or nxt["speaker"].get("anonymous") or here["speaker"].get("anonymous"):
        return False
    name = norm(collapse(str(nxt["speaker"].get("text") or ""))).split()
    if len(name) != 1 or len(name[0]) < 3 or name[0] in _NAME_PARTS or name[0] in _COMPOUND_ENDS:
        return False
    sp = here["speaker"]
    start = min(int(here["marker"]["start"]), int(sp.get("start") or here["marker"]["start"]))
    words = [norm(w) for w in _WORD.findall(ix.doc.text, start, int(here["content"]["start"]))]
    return name[0] in words[1:]


def _same_sentence_tail(ix: DocIndex, g0: int, g1: int) -> bool:
    """Whether the words between two claims of one named speaker are only the tail of the first claim's sentence
    (… اليمنية، وذلك استنادا لعاملين رئيسيين . وقال الربيعة لـ«…»): one sentence end, at the gap's end, nobody
    named, no channel cue."""
    text = ix.doc.text
    ends = [k for k in range(g0, g1) if text[k] in ".\n"]
    if not ends or text[ends[0] : g1].strip(' \t\u00a0\n.،,؛;»”"') not in ("", "و", "ف"):
        return False
    if any(c.type in ("PER", "ORG") for c in ix.candidates_in(g0, g1)):
        return False
    return not any(g0 <= c.start < g1 for c in ix.channels)


def _same_name(here: Claim, nxt: Claim) -> bool:
    """Whether the later claim's speaker is the earlier one's by family name (المتحدث باسم الحكومة راجح بادي … وقال
    بادي)."""
    name = norm(str(nxt["speaker"].get("name_ar") or nxt["speaker"].get("text") or "")).split()
    earlier = norm(str(here["speaker"].get("name_ar") or here["speaker"].get("text") or "")).split()
    return bool(name) and len(earlier) > len(name) and earlier[-len(name) :] == name


def _occasion_verb(ix: DocIndex, st: _State, g0: int, g1: int) -> bool:
    """Whether the words between two claims of one speaker are only a speech verb that gave no claim of its own and
    the occasion of the next ("… . وأضاف في مؤتمر صحافي عقده أمس في أنقرة، وأوضح فيه أن"): no one else named."""
    first = ix.word_after(g0)
    while first is not None and first[1] < g1 and first[0] in '.،,؛;»”"':
        first = ix.word_after(first[2])
    if first is None or first[1] >= g1 or first[1] not in st.marker_starts:
        return False
    if any(c.type in ("PER", "ORG") for c in ix.candidates_in(first[2], g1)):
        return False
    return any(first[2] <= c.start < g1 and c.value.kind in ix.lexicon.occasions for c in ix.channels)


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


#: Words an outer claim's content opens with before a nested subject (أن، إن، بأن).
_NESTED_INTROS = frozenset(norm(w) for w in ("أن", "إن", "بأن", "وأن"))
#: At most this many words between the nested subject's start and its verb.
_NESTED_SUBJECT_WORDS = 6


def _nested_claim(ix: DocIndex, st: _State, marks: list[_Mark], outer: Claim) -> Claim | None:
    """Nested speech (round 10b): an outer claim whose content, after أن / إن, opens with a subject and a speech
    verb of its own, "وأضافت الوكالة أن الرئيس السابق أبلغ المحكمة أنه …"، "وأفاد البيان أن سموه قال في كلمته:
    …"، "وذكرت الصحيفة أن القاضي فلان قال إن …": the claim is the inner speaker's (the coding rule of the tune
    files), the outer speaker only passes it on (``reported_via``). The outer speaker must be an outlet (a news
    agency, a paper, الوكالة) or a document (البيان، التقرير), the inner verb a past one. The subject (the inner
    verb's own reading, else a name right before the verb or a definite phrase) must stand wholly between the
    content's start and the verb, with no punctuation between."""
    speaker = outer["speaker"]
    if not isinstance(speaker.get("start"), int):
        return None
    if not (_outlet_speaker(ix, speaker) or _channel_at(ix, int(speaker["start"])) or _outlet_noun(ix, speaker)):
        return None  # "وأكد الوزير أن الحكومة تطالب": a speaker's own assertion about others stays his
    content = outer["content"]
    a = int(content["start"])
    intro = ix.word_before(a)
    if intro is None or norm(intro[0]) not in _NESTED_INTROS:
        return None
    text = ix.doc.text
    for mk in marks:
        m = mk.match
        if m.prefix_start <= a:
            continue
        if m.prefix_start >= int(content["end"]) or ix.words_between(a, m.prefix_start) > _NESTED_SUBJECT_WORDS:
            break
        if (
            m.value.type is not MarkerType.VERB
            or mk.initial
            or mk.relative is not None
            or _present(text[m.start : m.end])
        ):
            return None
        if any(ch in text[a : m.prefix_start] for ch in '،,.:؛«»"“”'):
            return None
        inner = _read_claim(ix, st, mk)
        if inner is None:
            return None
        sp = inner["speaker"]
        if not isinstance(sp.get("start"), int) or not a <= int(sp["start"]) < int(sp["end"]) <= m.prefix_start:
            subject = _nested_subject(ix, st, a, m.prefix_start)
            if subject is None:
                return None  # "أن الرئيس السابق أبلغ المحكمة": the verb's reading took its object
            inner["speaker"] = sp = subject
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
    return None


def _outlet_noun(ix: DocIndex, speaker: Speaker) -> bool:
    """A speaker led by an outlet noun (وكالة الأنباء الرسمية), or that noun alone and definite (الوكالة، الصحيفة):
    the outlet named before. The noun's own و is kept (وكالة)."""
    words = str(speaker.get("text") or "").split()
    if not words:
        return False
    head = norm(words[0])
    nouns = ix.lexicon.outlet_nouns
    return head in nouns or head.removeprefix("و") in nouns or head.removeprefix("ال") in nouns


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


#: A speaker's phrase before a colon and a quote (round 10b) has at most this many words; the quote at least
#: :data:`_COLON_QUOTE_WORDS`.
_COLON_SPEAKER_WORDS = 10
_COLON_QUOTE_WORDS = 4
_COLON_RE = re.compile(r"[:：]\s*(?=[«\"“])")


def _colon_quotes(ix: DocIndex) -> list[tuple[int, int, int]]:
    """``(phrase start, colon, quote)`` for every colon right before an opening quote whose phrase (from the start
    of its sentence or line) holds no marker: the candidates of :func:`_colon_claim`."""
    text = ix.doc.text
    out: list[tuple[int, int, int]] = []
    for m in _COLON_RE.finditer(text):
        colon, q = m.start(), m.end()
        s0 = max(ix.sentence_bounds(colon)[0], text.rfind("\n", 0, colon) + 1)
        out.append((_after_dateline(ix, s0), colon, q))
    return out


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


# ---------------------------------------------------------------------------------------------- the stage
def find_claims(doc: Document) -> list[Claim]:
    """The claims of a document with sentences, tokens, entities and timexes (see the module docstring).

    Args:
        doc: the document; it is not modified (its tokens and sentences are sorted in place if they were not).

    Returns:
        Claims numbered ``C1`` … in text order.
    """
    ix = DocIndex.build(doc, load_claim_lexicon())
    marks = _marks(ix)
    turns = {c for mk in marks if (c := _named_turn(ix, mk)) is not None}
    cuts = {mk.clause_start for mk in marks if mk.initial} | turns
    st = _State(Clauses(ix, sorted(cuts)))
    st.prepositions = {mk.clause_start: mk.match for mk in marks if mk.match.value.type is MarkerType.PREPOSITION}
    st.marker_starts = {mk.match.start for mk in marks} | {mk.match.prefix_start for mk in marks}
    colons = _colon_quotes(ix)
    for mk in [*marks, None]:
        while colons and (mk is None or colons[0][1] < mk.match.prefix_start):
            colon_claim = _colon_claim(ix, st, *colons.pop(0))
            if colon_claim is not None:
                st.claims.append(colon_claim)
                c = colon_claim["content"]
                st.contents.append((c["start"], c["end"]))
                st.consumed.append((int(colon_claim["marker"]["start"]), c["end"]))
        if mk is None:
            break
        if st.covered(mk.match.start):
            continue
        claim = _read_claim(ix, st, mk)
        if claim is None:
            continue
        claim = _nested_claim(ix, st, marks, claim) or claim
        if _continues(ix, st, mk, claim):
            st.uncued.discard(len(st.claims))
            continue
        st.claims.append(claim)
        c = claim["content"]
        st.contents.append((c["start"], c["end"]))
        st.consumed.append((mk.match.start, max(c["end"], int(claim["speaker"].get("end") or 0))))
    _occasion_channels(ix, st)
    claims = _without_headline_echoes(ix, st.claims)
    for post in doc.posts:
        pc = _post_claim(ix, post)
        if pc is not None:
            claims.append(pc)
    claims.sort(key=lambda c: (c["marker"] or c["content"])["start"])
    for n, claim in enumerate(claims, 1):
        claim["id"] = f"C{n}"
    return claims


def _headline_spans(ix: DocIndex) -> list[tuple[int, int]]:
    """The title blocks, and each later copy of a title's text (a footer "رابط الخبر: <title>")."""
    text = ix.doc.text
    out: list[tuple[int, int]] = []
    for b in ix.doc.blocks:
        if b.kind is not BlockKind.TITLE:
            continue
        out.append((b.start, b.end))
        title = text[b.start : b.end].strip()
        at = text.find(title, b.end) if len(title) >= 20 else -1
        while at >= 0:
            out.append((at, at + len(title)))
            at = text.find(title, at + len(title))
    return out


def _content_words(text: str) -> set[str]:
    """The figures and the longer words of a content, without و and the article or ب / ل (بسيناء → سيناء)."""
    out: set[str] = set()
    for w in re.findall(r"[\u0621-\u064A\w]+", text):
        w = norm(w).removeprefix("و")
        w = w[2:] if w.startswith("ال") else w[1:] if w[:1] in ("ب", "ل") and len(w) > 4 else w
        if w.isdigit() or len(w) >= 3:
            out.add(w)
    return out


def _without_headline_echoes(ix: DocIndex, claims: list[Claim]) -> list[Claim]:
    """The claims less those of a headline (a title block, or its copy in a footer) that the body tells again: a
    claim of the body by the same speaker, or one whose content shares two words with it ("الجيش يعلن مقتل 20
    مسلحا" over "قال المتحدث العسكري إن القوات قتلت 20 مسلحا …"). Headlines are coded nowhere: the body's
    claim is the one with its channel and its full content (round 10). A headline nothing in the body repeats stays."""
    heads = _headline_spans(ix)
    if not heads:
        return list(claims)

    def in_head(c: Claim) -> bool:
        at = int((c["marker"] or c["content"])["start"])
        return any(a <= at < b for a, b in heads)

    body = [c for c in claims if not in_head(c)]
    keys = {_speaker_key(c["speaker"]) for c in body}
    words = [_content_words(str(c["content"]["text"])) for c in body]
    out: list[Claim] = []
    for c in claims:
        if in_head(c) and (
            _speaker_key(c["speaker"]) in keys
            or any(len(_content_words(str(c["content"]["text"])) & w) >= 2 for w in words)
        ):
            continue
        out.append(c)
    return out


@stage("claims", requires=("text", "sentences", "entities", "timexes"), provides=("claims",), order=60)
def claims_stage(doc: Document, settings: Settings) -> None:
    """Pipeline stage: see the module docstring."""
    doc.claims = find_claims(doc)
