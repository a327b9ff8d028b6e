"""Step 3f and the occasion: whether a claim continues the one before (:func:`_continues`) and the channel a
sentence's occasion gives the claims it holds (:func:`_occasion_channels`)."""

from __future__ import annotations

import re

from rasd.claims.content import LETTER_RE
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import MARKER_PARTICIPLE, MARKER_VERB
from rasd.claims.spans import collapse
from rasd.claims.speakers import Speaker, punct_between
from rasd.resources.cues import CueFile
from rasd.stages.claims.common import Claim, _Mark, _span, _speaker_key, _State
from rasd.stages.claims.cues import (
    _ABOUT_LEAD_VERBS,
    _COMPOUND_ENDS,
    _FOLD_GAP_WORDS,
    _INNA,
    _INTRO_LEADS,
    _NAME_PARTS,
    _POINTERS,
    _SAYING,
    _SET_OFF_LEADS,
    _THAT,
    _WORD,
)
from rasd.text.clitics import drop_conjunction
from rasd.text.normalize import normalize_word as norm

#: Round 14's and 15's speaker word lists, ``resources/ar/claim_speaker_cues.yaml``.
_SPEAKER_CUES = CueFile("ar/claim_speaker_cues.yaml")
#: the word lists the readers below ask for, read once at import (round 42, sp18: each reader called the
#: cue file's memoized reader again, ~25,000 calls per 1,000 articles)
_AGENCY_WORDS = _SPEAKER_CUES.normalized_words("agency_words")
_BROADCASTER_HEADS = _SPEAKER_CUES.normalized_words("broadcaster_heads")


#: The kinds of participle that go on with the claim before them (round 24, the lead's ruling 5: one act of saying
#: is one claim): saying (مضيفا، مشيرا، موضحا), demand (داعيا، مطالبا), warning (محذرا) and accusation (متهما، محملا)
#: — their forms are the participle groups of ``claims.yaml``. A denial (نافيا), an announcement (معلنا) and an
#: allegation (مدعيا) stay claims of their own.
_FOLDED_KINDS = frozenset({"say", "demand", "warn", "accuse"})
#: The kinds a folded participle gives the claim it joins when that claim only says (``say``): the events stage reads
#: an accusation to code the events told in it ``alleged`` (``events.output.link_claims``). The kind is set at the
#: end of :func:`_occasion_channels`, so that the channel a claim of saying passes back is read as before.
_KIND_KEPT = frozenset({"accuse"})
#: the claim's key (dropped before it leaves the stage) that holds the kind of a folded participle of ``_KIND_KEPT``
_FOLDED_KIND = "_folded_kind"


def _continues(ix: DocIndex, st: _State, mk: _Mark, claim: Claim) -> bool:
    """Fold a participle that goes on with the claim right before it into that claim (step 3f); True when folded.

    "وأوضح المتحدث إنه …، مشيرا إلى أنه …" is one statement: the content runs over the participle's clause and
    the participle's marker is kept in ``continuations``. A participle of saying, demand, warning or accusation
    (مشيرا، داعيا، محذرا، متهما: ``_FOLDED_KINDS``) that asserts and follows an assertion with nothing but
    punctuation between — a comma or a full stop — is folded (round 24, the lead's ruling 5; before it, demands,
    warnings and accusations stayed apart). The claim keeps its speaker, channel, polarity and events; an
    accusation folded into a claim that only says makes it an accusation (its events stay ``alleged``). A denial
    (نافيا), a participle after a denial, and a participle after an unreported clause (فجرت قوات الأمن …، مشيرة)
    stay claims of their own; a new subject or marker between ends the fold.
    """
    m = mk.match
    if m.value.type is not MARKER_PARTICIPLE or claim["kind"] not in _FOLDED_KINDS or not st.claims:
        return False
    if claim["polarity"] != "assert":
        return False
    last = st.claims[-1]
    if last["marker"] is None or last["polarity"] != "assert" or claim["speaker"].get("found_by") != "pronoun":
        return False
    text = ix.doc.text
    start, end = int(last["content"]["start"]), int(claim["content"]["end"])
    if end <= start:
        return False
    gap = (int(last["content"]["end"]), m.prefix_start)
    if _said_before(ix, m.prefix_start, gap[0]):
        return False  # "…، وأضاف قائلا: «…»"، "وتابع موضحا أن": a joined verb of saying first (round 27, cl40)
    if LETTER_RE.search(text, *gap) and not (
        ix.sentence_bounds(int(last["marker"]["start"]))[1] >= m.prefix_start  # the same sentence …
        and ix.words_between(*gap) <= _FOLD_GAP_WORDS  # … a few words on ("… القائمة على الاحترام معتبرا أن")
        and not any(gap[0] <= c.start < gap[1] for c in ix.candidates if c.type == "PER")  # no one else named
    ):
        return False
    last["content"] = _span(text, start, end)
    last.setdefault("continuations", []).append(claim["marker"])
    if claim["kind"] in _KIND_KEPT:  # "قال إن …، متهما الميليشيات بقصف …": set when the channels are passed on
        last[_FOLDED_KIND] = claim["kind"]
    here = len(st.claims)
    if here not in st.uncued and here - 1 in st.uncued:  # "وغرد على حسابه قائلا": the participle names the channel
        last["channel"], last["reported_via"] = claim["channel"], claim["reported_via"]
        st.uncued.discard(here - 1)
    st.contents[-1] = (start, end)
    st.consumed[-1] = (st.consumed[-1][0], max(st.consumed[-1][1], end))
    return True


#: Words between a joined verb of saying and the participle after it (وأضاف البيان قائلا).
_SAID_BEFORE_WORDS = 3


def _said_before(ix: DocIndex, at: int, since: int) -> bool:
    """Whether a verb of saying joined by و / ف stands right before the participle at ``at`` (at most
    :data:`_SAID_BEFORE_WORDS` words between, no punctuation), after ``since``: "…، وأضاف قائلا: «…»"، "وتابع موضحا
    أن …"، "وأضاف البيان قائلا" — the verb says again, a claim of its own (check25 codes وأضاف موضحًا so), the participle
    only how; the participle is then no continuation of the claim before (round 27, cl40)."""
    for v in ix.markers:
        if v.prefix_start >= at:
            break
        if (
            v.prefix_start >= since
            and v.value.type is MARKER_VERB
            and ("و" in v.prefix or "ف" in v.prefix)
            and ix.words_between(v.end, at) <= _SAID_BEFORE_WORDS
            and not punct_between(ix, v.end, at)
        ):
            return True
    return False


def joined_verb_marker(ix: DocIndex, claims: list[Claim]) -> None:
    """A pronoun's claim read at a participle of the words themselves (قائلا، قائلة) right after the verb of saying
    it goes with, joined by و / ف ("وأضاف قائلا: «…»"، "واستطردت قائلة «…»"): the marker, and the pronoun's span on it,
    run from that verb (round 34, cl53; the files mark the verb — check13's وأضاف، check29's واستطردت — or the two
    words, check18's "وأردف قائلا"). Nothing else changes: the verb had no introducer of its own."""
    text = ix.doc.text
    for claim in claims:
        mk, sp = claim.get("marker"), claim["speaker"]
        if mk is None or sp.get("found_by") != "pronoun" or sp.get("start") != mk["start"]:
            continue
        if norm(str(mk["text"])) not in _SAYING:
            continue
        verb = None
        for v in ix.markers:
            if v.end > int(mk["start"]):
                break
            verb = v
        if (
            verb is None
            or verb.value.type is not MARKER_VERB
            or not ("و" in verb.prefix or "ف" in verb.prefix)
            or ix.words_between(verb.end, int(mk["start"])) > 0
            or punct_between(ix, verb.end, int(mk["start"]))
        ):
            continue
        span = _span(text, verb.prefix_start, int(mk["end"]))
        claim["marker"] = span
        sp.update(text=span["text"], start=span["start"], end=span["end"])


def about_lead_out(ix: DocIndex, claims: list[Claim]) -> None:
    """A content that opens with the عن of its verb's object (كشف، أعلن، أفصح، تحدث: ``about_lead_verbs``) opens
    after it (round 34, cl53): "وأعلنت وزارة الداخلية، عن القبض على …"، "وكشفت مصادر عسكرية عن وجود …" — a comma or
    a date between the subject and عن kept the lead in the content, which the files leave out (56 of 60 released
    claims of these verbs)."""
    text = ix.doc.text
    for claim in claims:
        mk, ct = claim.get("marker"), claim.get("content")
        if mk is None or ct is None or not str(mk["text"]).split():
            continue
        verb = drop_conjunction(norm(str(mk["text"]).split()[0]), min_rest=2)
        if not verb.startswith(_ABOUT_LEAD_VERBS):
            continue
        start, end = int(ct["start"]), int(ct["end"])
        w = ix.word_after(start)
        if w is None or w[1] != start or norm(w[0]) != "عن":
            continue
        nxt = ix.word_after(w[2])
        if nxt is not None and nxt[1] < end:
            claim["content"] = _span(text, nxt[1], end)


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
            and not _agency_told(ix, nxt)
        )
        stated = not told and _stated_again(ix, here, nxt)
        if (
            (nxt["channel"] not in ix.lexicon.occasions and not told and not stated)
            or (i + 1) in st.uncued
            or nxt["marker"] is None
        ):
            continue
        if nxt["channel"] == "television" and not _broadcaster(here["speaker"]):
            continue  # "قال الوزير اليوم إن … . وأضاف لإذاعة (…) أن": the broadcast is the later claim's (round 15)
        named = _same_name(here, nxt) or _named_in_phrase(ix, here, nxt)
        if _speaker_key(here["speaker"]) != _speaker_key(nxt["speaker"]) and not named:
            continue
        g0, g1 = int(here["content"]["end"]), int(nxt["marker"]["start"])
        gap = ix.doc.text[g0:g1]
        plain = gap.strip(' \t\u00a0\n.،,؛;»”"') in ("", "و", "ف")
        if stated and not plain:
            continue  # the statement passes back over the sentence end only
        if (
            not plain
            and not _occasion_verb(ix, st, g0, g1)
            and not (named and told and _same_sentence_tail(ix, g0, g1))
        ):
            continue  # words between: maybe another occasion, or another subject (انتقل الحاكم … . وقال)
        here["channel"], here["reported_via"] = nxt["channel"], nxt["reported_via"]
        st.uncued.discard(i)
    for claim in claims:  # a claim of saying that folded an accusation in is an accusation (round 24, ruling 5)
        kind = claim.pop(_FOLDED_KIND, None)
        if kind is not None and claim["kind"] == "say":
            claim["kind"] = kind


#: how a named speaker is found when the next sentence names him (not a pronoun, nor words kept as written)
_NAMED_FOUND = frozenset({"mention", "title"})


def _stated_again(ix: DocIndex, here: Claim, nxt: Claim) -> bool:
    """Whether the next claim is the same named speaker's, right after it, with a statement named in its own
    clause (round 23, the lead's ruling): "قال الوزير فلان إن … . وقال فلان في بيان صحفي إن" — the lede, which
    names no channel, takes the statement (check18/19 code it so; an interview told to an outlet passes back by
    ``told``). The next claim may also be the pronoun going on with the lede's named speaker (round 25, the lead's
    ruling 7: "أكد فلان أن … . وأضاف في بيان صحفي أن": check2 and check23 code the lede a statement) — its
    antecedent is the lede's speaker. Not when the lede's speaker is a pronoun, or either is an anonymous source or
    words kept as written, nor when the next clause opens with a turn opener (من جانبه، بدوره); the caller asks for
    nothing but punctuation between."""
    if nxt["channel"] != "statement" or nxt["kind"] != "say" or nxt["marker"] is None:
        return False
    sp, sp0 = nxt["speaker"], here["speaker"]
    if sp.get("anonymous") or sp0.get("anonymous"):
        return False
    if sp.get("found_by") not in _NAMED_FOUND and not _goes_on_with(ix, here, nxt):
        return False
    if sp0.get("found_by") not in _NAMED_FOUND or not (_speaker_key(sp0) == _speaker_key(sp) or _same_name(here, nxt)):
        return False
    s0 = ix.sentence_bounds(int(nxt["marker"]["start"]))[0]
    words = [norm(w) for w in _WORD.findall(ix.doc.text, s0, int(nxt["marker"]["start"]))][:3]
    opens = {" ".join(words[:n]) for n in (1, 2)} | {" ".join(words[1:3])}
    return not opens & ix.lexicon.turn_openers


def _goes_on_with(ix: DocIndex, here: Claim, nxt: Claim) -> bool:
    """Whether the next claim's speaker is a pronoun whose antecedent is the lede's speaker as written there (the
    pronoun continues that speaker by the continuation rules: وأضاف، وقال after "أكد الوزير فلان"), in the next
    sentence — a sentence end between the lede's content and the pronoun's verb (not "…، وقالت في البيان" after a
    content that ran on over another body's statement) — and not told to a news agency (وأضاف في تصريح نشرته وكالة
    الأنباء اليمنية: the paper relays the wire)."""
    sp, sp0 = nxt["speaker"], here["speaker"]
    ante = sp.get("antecedent") or {}
    if not (
        sp.get("found_by") == "pronoun"
        and sp0.get("start") is not None
        and ante.get("start") == sp0.get("start")
        and ante.get("end") == sp0.get("end")
    ):
        return False
    gap = ix.doc.text[int(here["content"]["end"]) : int(nxt["marker"]["start"])]
    return _SENTENCE_END.search(gap) is not None and not _agency_told(ix, nxt)


#: a sentence's end between two claims (the pronoun of ruling 7 speaks in the NEXT sentence)
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _broadcaster(speaker: Speaker) -> bool:
    """Whether a speaker is a broadcaster by its head noun (قناة، شبكة، شبكتا، تلفزيون، إذاعة …:
    ``broadcaster_heads``): television passed back from its next claim is its own (round 15, helper cl11). The
    files code the lead claim of anyone else without the later claim's broadcast (check5, check8, check10: a radio
    told, a statement a television aired, a television named as the next speaker) — the dev set's convention of not
    passing a channel back (round 10c), of which the press conference is the exception the files keep."""
    words = norm(collapse(str(speaker.get("text") or ""))).split()
    return bool(words) and words[0].lstrip("و") in _BROADCASTER_HEADS


def _agency_told(ix: DocIndex, nxt: Claim) -> bool:
    """Whether the next claim's interview was told to a news agency (وقال فلان لوكالة فرانس برس، لرويترز:
    ``agency_words`` between its marker and its content): the paper relays the wire, and the claim before it keeps
    its own channel — for a named speaker as for unnamed sources (round 15; check5 codes "وأعلن نائب رئيس المجلس
    فلان أن … . وقال فلان لوكالة فرانس برس" as a statement, then the interview)."""
    if nxt["marker"] is None or nxt["content"] is None:
        return False
    words = norm(collapse(ix.doc.text[int(nxt["marker"]["end"]) : int(nxt["content"]["start"])])).split()
    agencies = _AGENCY_WORDS
    return any(w in agencies or (w[:1] == "ل" and w[1:] in agencies) for w in words)


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


def _set_off_within(ix: DocIndex, st: _State, mk: _Mark) -> Claim | None:
    """A verb of saying set off by a comma and كما / إذ inside the last claim's content, read as a claim of its own
    (round 20, cl22): "… وأنها لن تتمكن من بناء مفاعلات نووية، كما بين أن الاتفاق تأسس على …" (check14, twice),
    "…، كما انتقدت والدة الطفلة ما اعتبرته …" (tune5)، "…، كما أطلقوا تحذيرات للمواطنين" (check16), "…، إذ أكد
    المسؤول الأميركي أن واشنطن تعمل …" (a fresh short article): the coded files code each apart. The last claim's
    content then ends before the comma. None (nothing changed) when the marker is no verb, stands elsewhere, or reads
    no claim with its content after it and its speaker a pronoun going on or a name, title or anaphor."""
    from rasd.stages.claims.reading import _read_claim  # (reading imports this module's neighbours)

    m = mk.match
    if m.value.type is not MARKER_VERB or not st.claims or not st.contents:
        return None
    last = st.claims[-1]
    cs, ce = int(last["content"]["start"]), int(last["content"]["end"])
    if not cs < m.prefix_start < ce or st.contents[-1] != (cs, ce):
        return None
    text = ix.doc.text
    lead = ix.word_before(m.prefix_start)
    if _in_open_quote(ix, cs, mk):
        comma = m.prefix_start  # "إن «المؤتمر عازم على … وأضاف أن بعثة …": the quotation never closed (round 22)
    elif lead is None or norm(lead[0]) not in _SET_OFF_LEADS:
        return None
    else:
        comma = lead[1] - 1
        while comma > cs and text[comma] in " \t\u00a0":
            comma -= 1
        if text[comma] not in "،," or comma <= cs:
            return None
    claim = _read_claim(ix, st, mk)
    if claim is None or int(claim["content"]["start"]) < m.end:
        return None
    if claim["speaker"].get("found_by") not in ("pronoun", "mention", "title", "anaphor"):
        return None  # "…، كما طالب الرجال والنساء بأن يتقوا الله": words kept as written may be the object
    end = comma
    while end > cs and text[end - 1] in " \t\u00a0،,":
        end -= 1
    last["content"] = _span(text, cs, end)
    st.contents[-1] = (cs, end)
    for k in range(len(st.consumed) - 1, -1, -1):
        a, b = st.consumed[k]
        if a <= m.prefix_start < b:
            st.consumed[k] = (a, max(end, int(last["speaker"].get("end") or 0)))
            break
    return claim


#: the closing mark of each opening quotation mark (a straight quote closes itself)
_CLOSING = {"«": "»", "“": "”", '"': '"'}
#: a name of one to three words in quotation marks (لـ"الوطن"، صحيفة «عكاظ»): no quotation of speech
_QUOTED_NAME = re.compile(r'"[^"\s]+(?:\s[^"\s]+){0,2}"|«[^«»\s]+(?:\s[^«»\s]+){0,2}»|“[^“”\s]+(?:\s[^“”\s]+){0,2}”')


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _in_open_quote(ix: DocIndex, cs: int, mk: _Mark) -> bool:
    """Whether a verb of saying with its و stands inside a quotation the last claim's content opened and never
    closed, its introducer (أن، إن، بأن; after إلى / على) right after it (round 22, cl28): "وقال فلان إن «المؤتمر
    عازم على المضي بالحوار … وأضاف أن بعثة الأمم المتحدة «ستتصل بنا …" (check19), "«… وأشار إلى أن معدل الضربات
    …" (check17), "«… قيادية، وأكد أن الشكوى حق …" (a fresh short article): the writer's narration goes on past a
    quotation mark left open, and the files code the verb's claim apart. A quotation closed before the verb keeps
    the verb inside the quoted words (nothing read here)."""
    m = mk.match
    if "و" not in m.prefix:
        return False
    text = ix.doc.text
    opener = text[cs : cs + 1] if text[cs : cs + 1] in _CLOSING else text[max(0, cs - 1) : cs]
    if opener not in _CLOSING:
        return False
    inside = text[cs + (text[cs : cs + 1] == opener) : m.prefix_start]
    if _CLOSING[opener] in inside or "\n" in inside:
        return False
    rest = _QUOTED_NAME.sub(_blank, text[m.end : text.find("\n", m.end) % (len(text) + 1)])
    marks = [i for i in (rest.find(opener), rest.find(_CLOSING[opener])) if i >= 0]
    if marks and rest[min(marks)] == _CLOSING[opener] and not _opening_straight(rest, min(marks)):
        return False  # "«الحكومة ستدعم المشروع وأضاف أن التمويل جاهز»": closed after the verb, all quoted
    nxt = ix.word_after(m.end)
    if nxt is not None and norm(nxt[0]) in _INTRO_LEADS:
        nxt = ix.word_after(nxt[2])
    return nxt is not None and (norm(nxt[0]) in _THAT or nxt[0] in _INNA)


def _opening_straight(text: str, at: int) -> bool:
    """Whether the straight quote at ``at`` opens a quotation (a space or nothing before it, a letter after it:
    'أن "أي موظف'), not one that closes (a letter or a stop before it)."""
    return text[at] == '"' and (at == 0 or text[at - 1].isspace()) and text[at + 1 : at + 2].isalpha()
