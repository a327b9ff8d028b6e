"""The claim record, the reading state and the small readers every step of the claims stage shares (a speaker
from a candidate, an unnamed speaker, the channel cue at an offset, the end of a dateline, a title, the sentence
before, an outlet told after لـ)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from rasd.claims.content import LETTER_RE, Clauses
from rasd.claims.context import Candidate, DocIndex
from rasd.claims.lexicon import Cue
from rasd.claims.spans import collapse, is_opening_quote
from rasd.claims.speakers import (
    Speaker,
    anaphor,
    name_of,
    speaker_of,
    title_speaker,
)
from rasd.stages.claims.cues import _ACCUSATION_DOCUMENTS, _ACCUSATION_SECONDS, _DATELINE, _PAST_T
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm

Claim = dict[str, Any]


@dataclass(slots=True)
class _Mark:
    match: Match[Cue]
    clause_start: int  # where the marker's clause begins (the و of وقال, the ما of "وهو ما أكده")
    initial: bool  # the marker opens a clause: no subject before it, and it ends the content of the claim before
    attribution: bool = False  # a verb after "بحسب ما" / "وفق ما": a trailing attribution (step 3c)
    after_ma: bool = False  # a verb right after ما with no attribution head ("فما أُعلن يعني"): needs a named subject
    relative: tuple[int, int] | None = None  # the relative pronoun right before the verb (واشنطن التي تتهم)
    time_conjunction: bool = False  # "في الوقت الذي" + the verb with no فيه: the subject only after it (round 20)


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
    marker_order: list[int] = field(default_factory=list)  # the same, sorted (round 40, sp10: once, not per claim)
    # claim index → its content's start, for a person's announcement whose channel is the announcement default: no
    # channel told, none carried to the same person's later claims (round 43, cl80)
    announced: dict[int, int] = field(default_factory=dict)

    def carriers(self) -> list[Claim]:
        """The claims read so far whose channel may carry to a later claim of the same speaker: all but a person's
        announcement that named no channel ("أعلن رئيس الوزراء … أن" … "وقال تسيبراس": the first a `statement` by
        the announcement default, the second a person's words with none named). Round 43 (helper cl80)."""
        if not self.announced:
            return self.claims
        return [c for i, c in enumerate(self.claims) if self.announced.get(i) != (c.get("content") or {}).get("start")]

    def covered(self, pos: int) -> bool:
        # a loop, not any() over a generator (round 21: asked ~18,000 times per 1,000 articles)
        for a, b in self.consumed:  # noqa: SIM110
            if a <= pos < b:
                return True
        return False

    def speakers(self) -> list[Speaker]:
        return [c["speaker"] for c in self.claims]


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


def _text(ix: DocIndex, c: Candidate) -> str:
    return ix.doc.text[c.start : c.end].strip()


def _speaker_key(sp: Speaker) -> str:
    return str(sp.get("name_ar") or sp.get("name") or sp.get("entity") or (sp.get("role"), sp.get("org")))


# ---------------------------------------------------------------------------------------------- speakers
def _from_candidate(ix: DocIndex, st: _State, c: Candidate) -> Speaker:
    text = ix.doc.text
    anonymous = c.type == "ANON" or (c.entity is not None and c.entity.anonymous)
    if anonymous and norm(text[c.start : c.end]).startswith("ال"):  # المصدر، المصادر: said before
        back = anaphor(ix, st.speakers(), c.start, c.end)
        if back is not None:
            return back
    return speaker_of(ix, c, "mention")


def _channel_at(ix: DocIndex, offset: int) -> bool:
    return bool(ix.channels_near(offset))  # (the cues whose word starts at ``offset``)


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


def _after_dateline(ix: DocIndex, s0: int) -> int:
    """Where a sentence starts after the dateline that may open it (see :data:`_DATELINE`)."""
    known = ix.datelines.get(s0)
    if known is None:  # (round 21: asked again for most claims of a sentence; once per sentence)
        known = ix.datelines[s0] = _dateline_end(ix, s0)
    return known


#: the most characters a match of :data:`_DATELINE` spans (60 + a dash + 40 + the colon): its colon stands before it
_DATELINE_REACH = 102


def _dateline_end(ix: DocIndex, s0: int) -> int:
    text = ix.doc.text
    p = s0
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    if text.find(":", p, p + _DATELINE_REACH) < 0:
        return s0  # (round 41, sp15: a dateline ends at a colon within its reach; most sentences hold none there)
    found = _DATELINE.match(text, p)
    if found is None or len(text[p : found.end()].split()) > 7:
        return s0
    return found.end()


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


def _accusation_document(ix: DocIndex, at: int) -> int | None:
    """The end of a document of accusation that starts with the word after ``at`` (a fused لـ read off: "للائحة
    الاتهام"، "لقرار الاتهام"; ``accusation_documents``), or of its head noun alone when the text named the document
    before (ووفقا للائحة فقد «…» after "لائحة الاتهام"); None otherwise (round 26, cl38: the indictment speaks, it is no
    rule "in line with" which)."""
    first = ix.word_after(at)
    if first is None:
        return None
    head = norm(first[0])
    heads = {head, head[1:]} if head.startswith("ل") else {head}
    if head.startswith("لل"):
        heads.add("ال" + head[2:])
    second = ix.word_after(first[2])
    if second is not None and any((h, norm(second[0])) in _ACCUSATION_DOCUMENTS for h in heads):
        return second[2]
    named_before = {h[2:] if h.startswith("ال") else h for h in heads}
    if not any(doc[0] in named_before for doc in _ACCUSATION_DOCUMENTS):
        return None
    before = ix.doc.text[: first[1]]
    if not any(second in before for second in _ACCUSATION_SECONDS):
        return None  # no document of accusation named before (a plain look first: most texts name none)
    words = [norm(w) for w in before.split()]
    for one, two in pairwise(words):
        if (one, two) in _ACCUSATION_DOCUMENTS or (one[:1] == "ل" and (one[1:], two) in _ACCUSATION_DOCUMENTS):
            return first[2]  # "وطبقا للائحة الاتهام" named before
    return None


#: the most characters after a verb in which :func:`_told_ahead` looks for the introducer of what it told
_TOLD_AHEAD = 80


def _told_ahead(ix: DocIndex, end: int) -> bool:
    """Whether an introducer (أن / إن / بأن), a colon or an opening quote follows the verb ending at ``end`` before
    the clause ends (a full stop or a comma, at most :data:`_TOLD_AHEAD` characters): the verb tells something."""
    text = ix.doc.text
    stop = min(len(text), end + _TOLD_AHEAD)
    for ch in ".،,؛;\n":
        k = text.find(ch, end, stop)
        if k >= 0:
            stop = k
    if ix.intros_in(end, stop) or ":" in text[end:stop]:
        return True
    return any(
        text[k] in '«"“' and is_opening_quote(text, k) for k in range(end, stop)
    )  # (an opening quote: not the one that closes the quotation the verb stands in)
