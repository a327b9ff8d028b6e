"""One document, indexed for the claims stage: its words, sentences, matched cues and speaker candidates.

Built once per document (one matching pass of :mod:`rasd.claims.lexicon`, one sort of the entities); every look-up
the stage makes afterwards is a binary search.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add, attrgetter

from rasd.claims.agreement import formula
from rasd.claims.lexicon import ROLE_ANONYMOUS, ROLE_BREAK, ROLE_CHANNEL, ROLE_INTRO, ROLE_MARKER, ClaimLexicon, Cue
from rasd.document import Document, Entity
from rasd.ner.lexicon import load_lexicon
from rasd.resources.cues import CueFile, claim_norm_set, claim_set
from rasd.text.matcher import Match, cached_view
from rasd.text.normalize import normalize_word as norm

#: Entity types that can speak: people, organisations, and states by their capital or name (أعلنت روسيا).
SPEAKER_TYPES = frozenset({"PER", "ORG", "GPE"})


#: Words after "unnamed speaker في place" that end the speaker's phrase (مصدر في بغداد عن / إن / أن / إلى / :)
_PLACE_ENDS = claim_norm_set("place_phrase_ends")
#: قال and its past forms, and the nouns that name a quotation after them (claims.content: a short quotation that
#: closes its sentence after قال and its speaker is speech; round 27, cl40)
SHORT_QUOTE_VERBS = claim_norm_set("short_quote_verbs")
SHORT_QUOTE_NOT_AFTER = claim_norm_set("short_quote_not_after")
#: verbs of telling whose outlet in quotes may stand right after them, before the subject (claims.content; round 42,
#: cl76: "وأبلغت «عكاظ» مصادر مطلعة أن")
TELL_VERBS = claim_norm_set("tell_verbs")
#: clause breaks of a fronted subordinate part (بينما، فيما، في حين) that open a reported clause (claims.content;
#: round 28, cl43)
FRONTED_BREAKS = claim_norm_set("fronted_breaks")

#: round 32 (cl48): words of the prepositions list that are also a verb of saying (وتابع): they lead no word that
#: is not fused to لـ (claim_speaker_cues.yaml ``verb_prepositions``)
_VERB_PREPOSITIONS = CueFile("ar/claim_speaker_cues.yaml").normalized_words("verb_prepositions")


@dataclass(slots=True)
class Candidate:
    """A possible speaker: an entity, or an unnamed speaker of ``claims.yaml`` (``entity`` None).

    Attributes:
        outlet: a news outlet (a media actor of ``actors.yaml``, or a name the entity layer read as an outlet).
        gloss: English role of an unnamed speaker ("activists", "military source").
        generic: an unnamed speaker that is no person or body ("الأنباء").
    """

    start: int
    end: int
    type: str
    entity: Entity | None = None
    outlet: bool = False
    gloss: str | None = None
    generic: bool = False


@dataclass(slots=True)
class DocIndex:
    """The document with its tokens, sentences, cue matches and speaker candidates, ready for look-ups."""

    doc: Document
    lexicon: ClaimLexicon
    markers: list[Match[Cue]] = field(default_factory=list)
    intros: list[Match[Cue]] = field(default_factory=list)
    breaks: list[Match[Cue]] = field(default_factory=list)
    channels: list[Match[Cue]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    _tok_starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _cand_starts: list[int] = field(default_factory=list)
    _intro_starts: list[int] = field(default_factory=list)
    _channel_starts: list[int] = field(default_factory=list)
    _channel_order: list[int] = field(default_factory=list)
    #: each channel cue's ``start``, in the order of ``channels`` (the matcher's: by start; round 40, sp10)
    _channel_cue_starts: list[int] = field(default_factory=list)
    #: where a word may not continue a speaker phrase: introducers, channel cues, timexes (start offsets)
    stops: set[int] = field(default_factory=set)
    _timex_spans: list[tuple[int, int]] = field(default_factory=list)
    _timex_starts: list[int] = field(default_factory=list)
    #: the outlet named after لـ / إلى at a token (by its index) that is no entity, None when none (filled token by
    #: token as the stage asks, by :func:`rasd.claims.speakers.interview_outlet`)
    told_at: dict[int, str | None] = field(default_factory=dict)
    #: the outlet of an interview named in the title ("" when none; filled on first use by the stage)
    title_outlet: str | None = None
    #: answers of :meth:`word_before` / :meth:`word_after` per offset (round 21: the stage asks ~290,000 times per
    #: 1,000 articles, about half of them for an offset asked before)
    _before_memo: dict[int, tuple[str, int, int] | None] = field(default_factory=dict)
    _after_memo: dict[int, tuple[str, int, int] | None] = field(default_factory=dict)
    #: answers of :meth:`token_index` per offset (round 38, sp5: ~70,000 asks per 1,000 articles, 19,000 offsets)
    _index_memo: dict[int, int] = field(default_factory=dict)
    #: where the text first holds ستطلع (a poll, استطلعت «الرياض»; -1 when nowhere; filled on first use by the stage)
    first_survey: int | None = None
    #: where the first group told a paper ends and the paper's name (عدد من الأكاديميين في تصريحات لـ«الرياض»; (-1,
    #: "") when none; filled on first use by the stage)
    group_told: tuple[int, str] | None = None
    #: where each sentence asked about starts after its dateline (filled on first use by the stage)
    datelines: dict[int, int] = field(default_factory=dict)
    #: speakers' names as normalized words (filled on first use by the stage's channel readers)
    name_words: dict[str, list[str]] = field(default_factory=dict)
    #: where the text holds « " “ (filled on first use by :meth:`quote_in`)
    _quotes: list[int] | None = None
    #: (round 37, sp2) the first GPE / LOC entity of ``doc.entities`` at each start (filled on first use by
    #: :meth:`_place_end`, instead of a scan of every entity per unnamed speaker before في)
    _places_at: dict[int, Entity] | None = None
    #: (round 37, sp2) each person candidate's start and the normalized words of its text, in the candidates' order
    #: (filled on first use by :func:`rasd.claims.speakers._in_earlier_name`, instead of a set per name per call)
    _person_words: list[tuple[int, frozenset[str]]] | None = None

    @classmethod
    def build(cls, doc: Document, lexicon: ClaimLexicon) -> DocIndex:
        """Index ``doc`` (segmented, with entities)."""
        ix = cls(doc, lexicon)
        # (round 42, sp18) a comprehension, not list(map(attrgetter)): its attribute read is specialized for the
        # token's slot, where attrgetter looks the name up on the type for each of ~650 tokens (1.2% of the stage)
        ix._tok_starts = [t.start for t in doc.tokens]
        if ix._tok_starts != sorted(ix._tok_starts):
            doc.tokens.sort(key=lambda t: t.start)
            ix._tok_starts = [t.start for t in doc.tokens]
        ix._sent_starts = [s.start for s in doc.sentences]
        if ix._sent_starts != sorted(ix._sent_starts):
            doc.sentences.sort(key=lambda s: s.start)
            ix._sent_starts = [s.start for s in doc.sentences]
        anonymous: list[Match[Cue]] = []
        for m in lexicon.matcher.find_all(cached_view(doc.text)):
            role = m.value.role
            if role is ROLE_MARKER:
                ix.markers.append(m)
            elif role is ROLE_INTRO:
                if "ل" not in m.prefix and "ك" not in m.prefix and doc.text[m.start : m.start + 1] != "آ":
                    ix.intros.append(m)  # not لأن "because", كأن "as if", nor آن (the name Anne, "في آن واحد")
            elif role is ROLE_BREAK:
                ix.breaks.append(m)
            elif role is ROLE_CHANNEL:
                ix.channels.append(m)
            elif role is ROLE_ANONYMOUS:
                anonymous.append(m)
        names = (  # (round 30: read only when there is an introducer; each name's start once, _name_delta)
            sorted((e.start + _name_delta(doc.text[e.start : e.end]), e.end) for e in doc.entities if e.type == "PER")
            if ix.intros
            else []
        )
        if names and ix.intros:  # "بان كي مون": a name that reads as بأن is no introducer (round 10)
            reach = list(accumulate((b for _, b in names), max))
            ix.intros = [m for m in ix.intros if not _inside_any(names, reach, m.prefix_start)]
            if any(doc.text[m.prefix_start : m.end] in _NAME_PARTICLES for m in ix.intros):
                firsts = {a for a, _ in names}
                after = {w for a, b in names for w in _particle_followers(doc.text[a:b])}
                ix.intros = [m for m in ix.intros if not _name_particle(doc.text, m, firsts, after)]
        marker_ends = {m.end for m in ix.markers}
        ix.intros = [m for m in ix.intros if not _especially_before(doc.text, m.prefix_start, marker_ends)]
        ix._intro_starts = [m.start for m in ix.intros]
        ix._channel_order = sorted(range(len(ix.channels)), key=lambda i: ix.channels[i].prefix_start)
        ix._channel_starts = [ix.channels[i].prefix_start for i in ix._channel_order]
        ix._channel_cue_starts = [m.start for m in ix.channels]
        ix.stops = {m.prefix_start for m in ix.intros} | {m.prefix_start for m in ix.channels}
        ix._timex_spans = sorted((x.start, x.end) for x in doc.timexes)
        ix._timex_starts = [a for a, _ in ix._timex_spans]
        ix.candidates = ix._speaker_candidates(anonymous)
        ix._cand_starts = [c.start for c in ix.candidates]
        return ix

    # ------------------------------------------------------------------------------------------ candidates
    def _waw_initial(self, start: int) -> int:
        """The start of a name whose first word begins with و that the entity layer cut after it, read as a
        conjunction ("وذكرت وكالة أنباء الشرق الأوسط" tagged from كالة): the و goes back into the name (round 10)."""
        text = self.doc.text
        if start < 1 or text[start - 1] != "و":
            return start
        ws = start - 1
        while ws > 0 and text[ws - 1].isalpha():
            ws -= 1
        if start - ws > 2:  # at most a conjunction before the name's و (ووكالة)
            return start
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        return start - 1 if norm("و" + text[start:end]) in self.lexicon.waw_initial_nouns else start

    def _speaker_candidates(self, anonymous: list[Match[Cue]]) -> list[Candidate]:
        ner = load_lexicon()
        out: list[Candidate] = []
        text = self.doc.text
        led_nouns = _union(self.lexicon.body_nouns, self.lexicon.outlet_nouns)
        by_id = ner.by_id
        for ent in self.doc.entities:
            etype = ent.type
            if etype not in SPEAKER_TYPES or ent.role == "author":
                continue
            # the tests that read the name alone, once per (type, name) (round 21: per document; round 30: across
            # documents, :func:`_name_reading`; all are filters, so their order against the place test changes nothing)
            read = _name_reading(etype, text[ent.start : ent.end], led_nouns)
            if read is None:
                continue
            royal, delta = read
            if etype == "PER" and self._in_place_name_at(ent.start, royal):
                continue  # "جسر الملك فهد"، "مستشفى الملك فيصل التخصصي": the king's name is the place's
            outlet = False
            if etype == "ORG":
                actor = by_id.get(ent.actor_id) if ent.actor_id else None
                outlet = (actor is not None and actor.sector == "JRN") or (
                    ent.source == "pattern" and ent.actor_id is None
                )
                if not outlet:  # (round 30: the word before read only when the entity's own tests fail)
                    word = self.word_before(ent.start)
                    outlet = word is not None and _outlet_noun(word[0], ner.outlet_nouns)
            end = self._modifiers_end(ent.end) if ent.anonymous else ent.end  # مصادر عسكرية، مصدر أمني رفيع
            start = ent.start + delta  # (a person's name past a leading introducer, _name_start; else its start)
            if start >= 1 and text[start - 1] == "و":  # (the test _waw_initial opens with)
                start = self._waw_initial(start)
            out.append(Candidate(start, end, etype, ent, outlet))
        if anonymous:
            # (round 30) the entity candidates by start and the running maximum of their ends: an unnamed speaker
            # that none of them overlaps (nor one taken in before it: few, read one by one) clashes with nothing,
            # known without a pass over every candidate; a removed one only makes the test ask more often
            spans = sorted((c.start, c.end) for c in out)
            starts = [a for a, _ in spans]
            reach = list(accumulate((b for _, b in spans), max))
            taken: list[Candidate] = []
        for m in anonymous:
            end = self._modifiers_end(m.end)
            k = bisect_left(starts, end)
            if (k and reach[k - 1] > m.start) or any(c.start < end and m.start < c.end for c in taken):
                clash = [c for c in out if c.start < end and m.start < c.end]
                if any(
                    c.entity is None or c.entity.source != "model" or c.end > end or c.start < m.start for c in clash
                ):
                    continue  # the entity layer has it (with its role and organisation)
                for c in clash:  # "ناشطون" read as a name by the tagger: the unnamed speaker it is
                    out.remove(c)  # (only entities: an unnamed speaker in the clash keeps them all)
            anon = Candidate(m.start, end, "ANON", gloss=m.value.kind, generic=m.value.generic)
            out.append(anon)
            taken.append(anon)
        # by start, the longest first (ties as they came): two stable sorts by C-level keys, the last by start
        out.sort(key=_END, reverse=True)
        out.sort(key=_START)
        return out

    def _in_place_name(self, ent: Entity, name: str | None = None) -> bool:
        """Whether a person's name follows a place or institution noun and a royal title (جسر الملك فهد); ``name``:
        the entity's text when the caller has it."""
        return self._in_place_name_at(
            ent.start, _royal_first(self.doc.text[ent.start : ent.end] if name is None else name)
        )

    def _in_place_name_at(self, at: int, royal: bool) -> bool:
        """:meth:`_in_place_name` of the name at ``at``, ``royal`` when its first word is a royal title (round 30: what
        the name alone says is read once, :func:`_name_reading`)."""
        if not royal:
            before = self.word_before(at)
            if before is None or norm(before[0]) not in _ROYAL:
                return False
            at = before[1]
        place = self.word_before(at)
        if place is None:
            return False
        w = norm(place[0])
        return w in self.lexicon.named_places or (w[:1] in ("و", "ب", "ل", "ف") and w[1:] in self.lexicon.named_places)

    def _modifiers_end(self, end: int) -> int:
        """The end of an unnamed speaker's modifiers after ``end`` (مصدر عسكري رفيع، مصادر طبية وأمنية عراقية)."""
        mods = self.lexicon.modifiers
        for _ in range(4):
            nxt = self.word_after(end)
            w = norm(nxt[0]) if nxt is not None else ""
            bare = w[2:] if w.startswith("ال") else w[3:] if w.startswith("وال") else w
            if nxt is None or not (w in mods or (w[:1] == "و" and w[1:] in mods) or bare in mods):
                break  # مصدر عسكري رفيع، المسؤول العسكري، المصادر المحلية
            end = nxt[2]
        return self._place_end(end)

    def _place_end(self, end: int) -> int:
        """Past "في + a place" after an unnamed speaker when the speaker phrase ends there (مصدر دبلوماسي في بغداد
        عن، مصدر أمني في الأنبار إن: round 9b); else ``end``."""
        fi = self.word_after(end)
        if fi is None or norm(fi[0]) != "في" or "\n" in self.doc.text[end : fi[1]]:
            return end
        at = (self.word_after(fi[2]) or ("", -1))[1]  # (round 29: read once, not for each entity)
        places = self._places_at
        if places is None:  # (round 37, sp2: the first such entity at each start, once per document)
            places = self._places_at = {}
            for e in self.doc.entities:
                if e.type in ("GPE", "LOC"):
                    places.setdefault(e.start, e)
        place = places.get(at)
        if place is None:
            return end
        after = self.word_after(place.end)
        if after is None or norm(after[0]) not in _PLACE_ENDS:
            return end
        return place.end

    def candidates_in(self, start: int, end: int) -> list[Candidate]:
        """Speaker candidates that start in ``[start, end)``, in text order."""
        lo = bisect_left(self._cand_starts, start)
        return self.candidates[lo : bisect_left(self._cand_starts, end, lo)]

    def candidate_at(self, start: int) -> Candidate | None:
        """The candidate that starts at ``start``, if any."""
        k = bisect_left(self._cand_starts, start)
        if k < len(self.candidates) and self.candidates[k].start == start:
            return self.candidates[k]
        return None

    def person_words(self) -> list[tuple[int, frozenset[str]]]:
        """Each person candidate's start and the normalized words of its text, in text order (made on first use)."""
        found = self._person_words
        if found is None:
            text = self.doc.text
            found = self._person_words = [
                (c.start, frozenset(map(norm, text[c.start : c.end].split())))
                for c in self.candidates
                if c.type == "PER"
            ]
        return found

    # ------------------------------------------------------------------------------------------ words
    def token_index(self, offset: int) -> int:
        """Index of the first token that ends after ``offset`` (the token at or after it)."""
        memo = self._index_memo
        found = memo.get(offset)
        if found is None:
            k = bisect_right(self._tok_starts, offset) - 1
            found = memo[offset] = k if k >= 0 and self.doc.tokens[k].end > offset else k + 1
        return found

    def token_starts(self) -> list[int]:
        """The tokens' start offsets, in text order (the list the index searches; not to be modified)."""
        return self._tok_starts

    def word_before(self, offset: int) -> tuple[str, int, int] | None:
        """The token before ``offset`` as ``(text, start, end)``; quotation marks are skipped."""
        memo = self._before_memo
        hit = memo.get(offset, _MISS)
        if hit is not _MISS:
            return hit  # type: ignore[return-value]
        toks = self.doc.tokens
        text = self.doc.text
        k = bisect_left(self._tok_starts, offset) - 1
        while k >= 0:  # (round 29: each token's text sliced once)
            t = toks[k]
            word = text[t.start : t.end]
            if word not in _QUOTE_TOKENS:
                break
            k -= 1
        if k < 0 or "\n" in text[t.end : offset]:
            memo[offset] = None
            return None
        found = memo[offset] = word, t.start, t.end
        return found

    def word_after(self, offset: int) -> tuple[str, int, int] | None:
        """The token that starts at or after ``offset`` on the same line, as ``(text, start, end)``."""
        memo = self._after_memo
        hit = memo.get(offset, _MISS)
        if hit is not _MISS:
            return hit  # type: ignore[return-value]
        toks = self.doc.tokens
        k = bisect_left(self._tok_starts, offset)
        if k < len(toks):  # (round 29: the token's offsets read once)
            t = toks[k]
            s = t.start
            text = self.doc.text
            if "\n" not in text[offset:s]:
                e = t.end
                found = memo[offset] = text[s:e], s, e
                return found
        memo[offset] = None
        return None

    def words_after(self, offset: int, n: int) -> list[tuple[str, int, int]]:
        """The next ``n`` words from ``offset``, fewer at a line break or the text's end: what ``word_after(offset)``
        and then ``word_after`` of each word's end give, in one walk of the token list (round 38, sp5: one search of
        the offsets for the walk, not a call and a search per word)."""
        starts = self._tok_starts
        toks = self.doc.tokens
        text = self.doc.text
        last = len(starts)
        k = bisect_left(starts, offset)
        out: list[tuple[str, int, int]] = []
        while k < last:
            t = toks[k]
            s = t.start
            if s != offset and "\n" in text[offset:s]:
                break
            offset = t.end
            out.append((text[s:offset], s, offset))
            if len(out) == n:
                break
            k += 1
            if s >= offset or (k < last and starts[k] < offset):  # (never for tokens that are neither empty nor
                k = bisect_left(starts, offset)  # overlapping: the next token is the search's answer)
        return out

    def words_between(self, start: int, end: int) -> int:
        """Number of tokens inside ``[start, end)``."""
        return max(0, bisect_left(self._tok_starts, end) - bisect_left(self._tok_starts, start))

    def lead(self, offset: int) -> tuple[str, int] | None:
        """The preposition that leads the word at ``offset``: fused (للجيش → ل) or the word before (في، باسم).

        Returns ``(preposition, start of the preposition's word)``, or None when the word is not led by one (a
        fused و or ف is a conjunction, not a preposition).
        """
        toks = self.doc.tokens
        k = bisect_right(self._tok_starts, offset) - 1
        if k >= 0 and toks[k].start < offset < toks[k].end:
            clitic = norm(self.doc.text[toks[k].start : offset]).lstrip("وف")
            if clitic[:1] in ("ل", "ب", "ك"):
                return clitic[:1], toks[k].start
        before = self.word_before(offset)
        if before is None:
            return None
        word = norm(before[0]).rstrip("ـ")
        preps = self.lexicon.prepositions
        if word in preps:
            return None if word in _VERB_PREPOSITIONS else (word, before[1])
        if word[:1] in ("و", "ف") and word[1:] in preps:
            # "وتابع نابوت، وهو …": the verb (he went on), whose subject follows; تابع (affiliated) takes لـ
            return None if word[1:] in _VERB_PREPOSITIONS else (word[1:], before[1])
        return None

    # ------------------------------------------------------------------------------------------ sentences
    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The sentence that holds ``offset`` (its line when the document has no sentences)."""
        k = bisect_right(self._sent_starts, offset) - 1
        if k >= 0 and self.doc.sentences[k].end > offset:
            s = self.doc.sentences[k]
            return s.start, s.end
        text = self.doc.text
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return start, len(text) if end < 0 else end

    def in_timex(self, offset: int) -> bool:
        """Whether ``offset`` falls inside a temporal expression."""
        k = bisect_right(self._timex_starts, offset) - 1  # (the spans sorted: the last that starts at or before it)
        return k >= 0 and offset < self._timex_spans[k][1]

    def channels_near(self, offset: int) -> list[Match[Cue]]:
        """Channel cues whose word starts at ``offset`` (proclitics included)."""
        k = bisect_left(self._channel_starts, offset)
        out = []
        while k < len(self._channel_starts) and self._channel_starts[k] == offset:
            out.append(self.channels[self._channel_order[k]])
            k += 1
        return out

    def channels_in(self, start: int, end: int) -> list[Match[Cue]]:
        """Channel cues whose stem starts in ``[start, end)``, in the order of ``channels`` (round 40, sp10: the
        matcher gives its matches by start, so two bisections find them, not a test of every cue of the document)."""
        starts = self._channel_cue_starts
        lo = bisect_left(starts, start)
        return self.channels[lo : bisect_left(starts, end, lo)]

    def quote_in(self, start: int, end: int) -> bool:
        """Whether a quotation mark « " or “ stands in ``[start, end)``: the patterns that name an outlet in quotes
        (في تصريحات نقلتها صحيفة «…»، ردا على استفسار «عكاظ») need one, so without it none is searched (round 21)."""
        if self._quotes is None:
            self._quotes = quote_offsets(self.doc.text)
        k = bisect_left(self._quotes, start)
        return k < len(self._quotes) and self._quotes[k] < end

    def intros_in(self, start: int, end: int) -> list[Match[Cue]]:
        """Content introducers that start in ``[start, end)``."""
        lo = bisect_left(self._intro_starts, start)
        hi = bisect_left(self._intro_starts, end)
        return self.intros[lo:hi]


_QUOTE_TOKENS = frozenset("«»“”\"'‘’")
#: what a memo's get gives for an offset not asked before (None is an answer)
_MISS = object()
_START = attrgetter("start")
_END = attrgetter("end")
_QUOTE_MARKS = re.compile('[«"“]')


def quote_offsets(text: str) -> list[int]:
    """Where ``text`` holds « " or “, in order: what ``_QUOTE_MARKS.finditer`` finds (round 30: the three marks made
    one and the text split at it, each step in C; a class of Arabic-range characters costs the regex engine a test
    per character, ~20 µs per article)."""
    parts = text.replace("“", "«").replace('"', "«").split("«")  # (one character for one: the offsets hold)
    if len(parts) == 1:
        return []
    ends = list(accumulate(map(len, parts)))  # each mark stands after the parts before it and the marks between them
    return list(map(add, ends[:-1], range(len(parts) - 1)))


#: introducers written with their hamza that the tagger takes into a person's name after a verb of saying ("وأضاف
#: بأن سعيد العتيبي سيتولى …" tagged PER from بأن; round 22, cl28): as written, so that "بان كي مون" stays a name
_NAME_LEADING_INTROS = claim_set("name_leading_intros")
#: the complement of a rank read into a person's name (العميد ركن فلان): the name starts after it (round 37, cl60)
_RANK_COMPLEMENTS = claim_set("rank_complements")
_RANK_TAILS = claim_set("rank_complement_tails")


@functools.lru_cache(maxsize=16)
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """``a | b``, made once for the lexicon's word sets (round 29: it was made again for every document; round 42,
    sp18: and for every call of three readers of the stage)."""
    return a | b


def _name_start(text: str, ent: Entity) -> int:
    """Where a person's name starts: past a leading introducer written with its hamza (بأن، أن، إن) and the space
    after it, when the tagger's span opens with one and a name follows; else the entity's start (round 22)."""
    head, _, rest = text[ent.start : ent.end].partition(" ")
    if head in _NAME_LEADING_INTROS and rest.strip():
        return ent.end - len(rest.lstrip())
    return ent.start


def _royal_first(name: str) -> bool:
    """Whether a name's first word is a royal or princely title (الملك فهد، الأمير محمد)."""
    words = name.split(None, 1)
    return (norm(words[0]) if words else "") in _ROYAL


@functools.lru_cache(maxsize=8192)
def _name_reading(etype: str, name: str, led_nouns: frozenset[str]) -> tuple[bool, int] | None:
    """What a speaker entity's type and text alone say (round 30, sc2: once per name across documents, ~40% of the
    names of an article come back in later ones; round 21 read them once per document): None when no speaker
    bears such a name (the filters below); else whether its first word is a royal title (for
    :meth:`DocIndex._in_place_name_at`) and how far past the entity's start a person's name starts
    (:func:`_name_start`; 0 for the other types).
    """
    # (round 42, sp18: the name split and its first word normalized once, for the tests that read them; what
    # _fused_article, _led_body_noun, _rank_only and _royal_first read)
    words = name.split()
    first = norm(words[0]) if words else ""
    person = etype == "PER"
    if (
        # "للمقاومة" read as a journalist, "للمحكمة العليا" as a body: no name starts so
        ((person or etype == "ORG") and len(first) >= 5 and first.startswith(("لل", "بال")))
        # "الناطق الإعلامي لإدارة الجوازات … النقيب فلان", "بقيادة حرس الحدود": a body, no name;
        # "لوكالة الأنباء" read as a person: the outlet told (round 10)
        or (person and first[:1] in ("ل", "ب") and first[1:] in led_nouns)
        # "خادم الحرمين الشريفين - حفظه الله -": a blessing, never a speaker (round 11)
        or formula(words)
        # "العميد ركن فضل حسن" tagged "ركن" + "حسن": the rank's complement alone is no name (round 37, cl60)
        or (person and bool(words) and words[0] in _RANK_COMPLEMENTS and all(w in _RANK_TAILS for w in words[1:]))
        # "وقال عضو المجلس ونائب رئيس لجنة الأمن، فلان،" with "المجلس" tagged a person: a body noun alone is no
        # person's name (round 37, cl60)
        or (person and " " not in name.strip() and norm(name.strip()) in led_nouns)
    ):
        return None
    if not person:
        return False, 0
    return first in _ROYAL, _name_delta(name)


def _rank_only(name: str) -> bool:
    """Whether a person entity's text is a rank's complement alone ("ركن"، "ركن طيار"): no name (round 37, cl60)."""
    words = name.split()
    return bool(words) and words[0] in _RANK_COMPLEMENTS and all(w in _RANK_TAILS for w in words[1:])


@functools.lru_cache(maxsize=8192)
def _name_delta(name: str) -> int:
    """How far into a person entity's text ``name`` its name starts (:func:`_name_start`, which reads the text
    alone), once per name across documents (round 30)."""
    head, _, rest = name.partition(" ")
    if head in _RANK_COMPLEMENTS:  # "ركن فلان"، "ركن طيار فلان" (round 37, cl60)
        head, _, rest = rest.strip().partition(" ")
        if head in _RANK_TAILS:
            head, _, rest = rest.strip().partition(" ")
        return len(name) - len(head) - len(rest) - (1 if rest else 0) if head else 0
    return len(name) - len(rest.lstrip()) if head in _NAME_LEADING_INTROS and rest.strip() else 0


#: the particles of Dutch and German family names written as فان / فون (فان غال، فان در كلاوو): no introducer
_NAME_PARTICLES = frozenset({"فان", "فون"})


def _name_particle(text: str, m: Match[Cue], person_starts: set[int], followers: set[str]) -> bool:
    """Whether an introducer written فان (فون) is a family name's particle: a letter, not punctuation, stands before
    it, and right after it starts a person the tagger found or the word that follows the particle in a person's
    name given in the text ("لويس فان غال" … "وأكد فان غال أن"، "يوهانس فان در كلاوو" … "وقال فان در كلاوو إن").
    "، فان الحكومة" stays an introducer. Round 43 (helper cl80)."""
    if text[m.prefix_start : m.end] not in _NAME_PARTICLES or text[m.end : m.end + 1] != " ":
        return False
    before = text[: m.prefix_start].rstrip()
    if not before or not before[-1].isalpha():
        return False
    if m.end + 1 in person_starts:
        return True
    nxt = text[m.end + 1 : m.end + 40].split(maxsplit=1)
    return bool(nxt) and nxt[0] in followers


def _particle_followers(name: str) -> Iterator[str]:
    """The words right after فان / فون inside a person's name ("لويس فان غال": غال)."""
    words = name.split()
    for i in range(len(words) - 1):
        if words[i] in _NAME_PARTICLES:
            yield words[i + 1]


def _inside_any(spans: list[tuple[int, int]], reach: list[int], at: int) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (sorted; they may overlap): the spans that start at or before
    ``at``, the furthest of them (``reach``: the running maximum of the ends) reaching past it."""
    k = bisect_right(spans, (at, 1 << 62))
    return k > 0 and at < reach[k - 1]


#: royal and princely titles a place may be named with (جسر الملك فهد، جائزة الأمير محمد)
_ROYAL = claim_norm_set("royal_titles")


def _fused_article(name: str) -> bool:
    """Whether a name's first word is a preposition fused to the article (للمقاومة، بالجيش): a noun, no name."""
    words = name.split(None, 1)
    first = norm(words[0]) if words else ""
    return len(first) >= 5 and first.startswith(("لل", "بال"))


def _led_body_noun(name: str, body_nouns: frozenset[str]) -> bool:
    """Whether a "person" opens with a body noun led by لـ / بـ (لإدارة الجوازات، بقيادة حرس الحدود): the tagger's
    misreading of the body inside a title, never a name (a name may start with ب or ل, not with ب + إدارة)."""
    words = name.split(None, 1)
    first = norm(words[0]) if words else ""
    return first[:1] in ("ل", "ب") and first[1:] in body_nouns


def _outlet_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is an outlet noun, alone or after و / ل / ب (وكالة، لصحيفة، وبحسب قناة)."""
    w = norm(word)
    if w in nouns:
        return True
    return (w[:2] in ("ول", "فل") and w[2:] in nouns) or (w[:1] in ("ل", "و", "ب") and w[1:] in nouns)


#: adverbs of "especially" whose أن opens a reason, no introducer (round 19, cl21; claim_cues.yaml)
_ESPECIALLY = claim_norm_set("especially_words")
_ESPECIALLY_SET_OFF = claim_norm_set("especially_set_off")


def _especially_before(text: str, at: int, marker_ends: set[int]) -> bool:
    """Whether the word before an introducer at ``at`` is an adverb of "especially" ("…، خاصة أن المرحلة …"،
    "خصوصا أن الفريق …"، "لاسيما وأن …"): the أن opens a reason. خاصة counts only after a comma or right after a
    marker ("كما قال خاصة أن"), not after the noun it describes ("من مصادر خاصة أن")."""
    lo = max(0, at - 40)
    window = text[lo:at].rstrip()  # the last run of non-spaces of the 40 characters before (as r"(\S+)\s*$")
    if not window:
        return False
    last = window.rsplit(None, 1)[-1]
    start = lo + len(window) - len(last)
    word = norm(last.strip("،,"))
    if word in _ESPECIALLY:
        return True
    if word not in _ESPECIALLY_SET_OFF:
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    return (
        before.endswith(("،", ","))
        or last.startswith(("،", ","))
        or (len(text[:start].rstrip(" \t\u00a0")) in marker_ends)
    )
