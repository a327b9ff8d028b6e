"""Titles, offices and anonymous speakers read around person names, on the tokens of one sentence.

Patterns (token level; words are compared in normalized form with proclitics stripped):

* before a name: ``[HONORIFIC]* OFFICE [MINISTRY] [MOD]* [NATIONALITY] [MOD]* [(باسم|في|لـ) ORG [MOD]* | ORG
  [MOD]* | PLACE] [HONORIFIC]* NAME`` — "وزير الدفاع التركي خلوصي أكار", "الناطق باسم الجبهة الوطنية للتحرير النقيب ناجي
  المصطفى", "رئيس المجلس الوطني الأسبق برهان غليون", "محافظ حمص طلال البرازي" (MOD: an office modifier,
  السابق → "former", آنذاك; PLACE: a gazetteer place, when the entity stage provides ``place_at``);
* after a name: ``NAME [،] OFFICE [MINISTRY] [NATIONALITY] [(باسم|في|لـ) ORG | ORG]``
  — "ناجي المصطفى الناطق باسم الجبهة الوطنية للتحرير", "مصطفى سيجري رئيس المكتب السياسي للواء المعتصم";
* anonymous speaker: ``NOUN [في ORG] … WITHHOLDING`` in one sentence — "قيادي في المعارضة رفض كشف اسمه" — or an
  inherently anonymous noun such as مصدر عسكري.

The functions take the sentence's token words and the ORG spans already found (lexicon and model), and return
token-index results; :mod:`rasd.stages.entities` turns them into entities.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import cast

from rasd.ner.features import split_proclitics
from rasd.ner.lexicon import Lexicon
from rasd.ner.propagate import led_by_preposition, ordinary, word_types
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize, normalize_word

#: Words that link an office to its organisation ("الناطق باسم", "قيادي في", "رئيس ... لدى").
_LINKS = frozenset({"باسم", "في", "لدى", "عن", "ب"})
_QUOTES = frozenset("\"“”«»'‘’")


@dataclass(frozen=True, slots=True)
class Role:
    """A role read from a title phrase.

    Attributes:
        start, end: token indices of the phrase (end exclusive).
        role: English gloss ("defence minister", "spokesman, captain"), or ``None`` for a bare honorific.
        org_span: token span ``(start, end)`` of the organisation named in the phrase, if any.
        country: country named by a nationality adjective ("Turkey"), if any.
        ends_with_honorific: the phrase's last word is an honorific or rank (a name follows it).
    """

    start: int
    end: int
    role: str | None
    org_span: tuple[int, int] | None
    country: str | None
    ends_with_honorific: bool = False


@functools.lru_cache(maxsize=16384)
def _stems(word: str) -> tuple[str, ...]:
    """The word and its proclitic-stripped readings (cached: news text repeats its words)."""
    return tuple(stem for _, stem in strip_proclitics(word))


#: words whose :meth:`RoleReader.may_start` a reader keeps
_STARTS_LIMIT = 16384

_FIRSTS: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def _first_words(table: dict[str, str]) -> frozenset[str]:
    """First words of a table's keys (cached per table; tables live as long as their reader)."""
    hit = _FIRSTS.get(id(table))
    if hit is None or hit[0] is not table:
        hit = (table, frozenset(k.split(" ", 1)[0] for k in table))
        _FIRSTS[id(table)] = hit
    return hit[1]


def _lookup(
    words: Sequence[str], i: int, table: dict[str, str], *, max_words: int = 4, fused_article: bool = True
) -> tuple[int, str] | None:
    """Longest entry of ``table`` (normalized keys) starting at word ``i`` (proclitics of word ``i`` allowed).

    ``fused_article`` lets ``لل`` + stem read as ل + ال + stem (للوزير → الوزير); it is off for honorifics, where
    that reading collides with nouns (للواء المعتصم is "of the Mu'tasim Brigade", not "to the major general").
    """
    if i >= len(words):
        return None
    stems = _stems(words[i])
    firsts = _first_words(table)
    if not any(st in firsts or (fused_article and "ال" + st in firsts) for st in stems):
        return None
    for n in range(min(max_words, len(words) - i), 0, -1):
        tail = " ".join(words[i + 1 : i + n])
        for stem in stems:
            key = (stem + " " + tail).strip() if n > 1 else stem
            if key in table:
                return i + n, table[key]
            if n == 1 and fused_article and ("ال" + stem) in table:
                return i + 1, table["ال" + stem]
    return None


class RoleReader:
    """Reads title phrases with the word lists of a :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.honorifics = {normalize(k): v or "" for k, v in lexicon.honorifics.items()}
        self.offices = {normalize(k): v for k, v in lexicon.offices.items()}
        self.ministries = {normalize(k): v for k, v in lexicon.ministries.items()}
        self.nationalities = {normalize(k): v for k, v in lexicon.nationalities.items()}
        self.anonymous = {normalize(k): v for k, v in lexicon.anonymous_nouns.items()}
        self.withholding = [tuple(normalize(w).split()) for w in lexicon.withholding]
        #: words that end a name read after a title (function words, verbs of attribution)
        self.stops = lexicon.name_stops
        self._all_firsts = _first_words(self.honorifics) | _first_words(self.offices) | _first_words(self.anonymous)
        #: the stems a phrase may start at: a first word, or one that starts with the article without it (so that
        #: ``st in firsts or "ال" + st in firsts`` is one lookup: ``st in _start_stems``)
        self._start_stems = self._all_firsts | {f[2:] for f in self._all_firsts if f.startswith("ال")}
        # every stem of a word is a suffix of its normalized form: a form longer than three letters whose last
        # three letters end no start stem, and whose last two are no start stem, has no reading among them
        self._stem_ends3 = frozenset(st[-3:] for st in self._start_stems if len(st) >= 3)
        self._stem_twos = frozenset(st for st in self._start_stems if len(st) == 2)
        #: ``place_at(words, j)``: the end of a place name starting at word ``j`` (``j`` when there is none); set by
        #: the entity stage from the gazetteer, so that "محافظ حمص" reads حمص as what the office is of
        self.place_at: Callable[[Sequence[str], int], int] | None = None
        self._starts: dict[str, bool] = {}

    def may_start(self, word: str) -> bool:
        """Whether a title phrase or an anonymous speaker can start at this (normalized) word (cached)."""
        hit = self._starts.get(word)
        if hit is None:
            norm = normalize_word(word)
            if len(norm) > 3 and norm[-3:] not in self._stem_ends3 and norm[-2:] not in self._stem_twos:
                hit = False
            else:
                hit = not self._start_stems.isdisjoint(_stems(word))
            if len(self._starts) < _STARTS_LIMIT:  # was 65,536 (6.7 MB full): batch worker memory, round 13
                self._starts[word] = hit
        return hit

    def may_start_each(self, words: Sequence[str]) -> list[bool]:
        """:meth:`may_start` of every word of a sentence (one dict lookup per word already seen)."""
        hits = list(map(self._starts.get, words))  # (round 38, sp6) a C-level map; the new words then asked in order
        if None not in hits:
            return cast(list[bool], hits)
        may_start = self.may_start
        return [hit if hit is not None else may_start(w) for hit, w in zip(hits, words, strict=True)]

    def is_title_at(self, words: Sequence[str], i: int) -> bool:
        """Whether an honorific or an office starts at word ``i``."""
        return (
            _lookup(words, i, self.honorifics, fused_article=False) is not None
            or _lookup(words, i, self.offices) is not None
        )

    def _read_honorifics(self, words: Sequence[str], j: int, ranks: list[str]) -> int:
        """Skip the honorifics and ranks starting at word ``j``, adding their glosses to ``ranks``; the next index."""
        while j < len(words):
            hit = _lookup(words, j, self.honorifics, fused_article=False)
            if hit is None:
                break
            j, gloss = hit
            if gloss:
                ranks.append(gloss)
        return j

    def _read_modifiers(self, words: Sequence[str], j: int, qualifiers: list[str]) -> int:
        """Skip the office modifiers starting at word ``j`` (السابق، آنذاك), adding their glosses; the next index."""
        modifiers = self.lexicon.office_modifiers
        while j < len(words) and words[j] in modifiers:
            gloss = modifiers[words[j]]
            if gloss:
                qualifiers.append(gloss)
            j += 1
        return j

    def read(self, words: Sequence[str], i: int, orgs: Sequence[tuple[int, int]]) -> Role | None:
        """Read a title phrase starting at word ``i``; ``orgs`` are ORG token spans of the sentence."""
        ranks: list[str] = []
        office: str | None = None
        country: str | None = None
        org: tuple[int, int] | None = None
        j = self._read_honorifics(words, i, ranks)
        last_honorific = j > i
        hit = _lookup(words, j, self.offices)
        if hit is not None:
            last_honorific = False
            j, office = hit
            qualifiers: list[str] = []
            ministry = _lookup(words, j, self.ministries, max_words=2)
            if ministry is not None:
                j, field_ = ministry
                office = f"{field_} {office}" if office == "minister" else f"{office} of {field_}"
            j = self._read_modifiers(words, j, qualifiers)  # الرئيس السابق للمجلس
            nat = _lookup(words, j, self.nationalities, max_words=1)
            if nat is not None:
                j, country = nat
            j = self._read_modifiers(words, j, qualifiers)  # وزيرة الخارجية الأميركية آنذاك
            org_start = j + 1 if j < len(words) and words[j] in _LINKS else j
            while org_start < len(words) and words[org_start] in _QUOTES:
                org_start += 1
            for s, e in orgs:
                if s == org_start:
                    org, j = (s, e), e
                    break
            if org is None and country is None and self.place_at is not None:
                place_end = self.place_at(words, org_start)
                # "محافظ حمص", "سفير لبنان": the place the office is of; but a given name that is also a town
                # starts the person: "الرئيس بشار الأسد" is not the president of Béchar (بشار)
                if place_end > org_start and not self.lexicon.is_given_name(words[org_start]):
                    org, j = (org_start, place_end), place_end
            if org is None and office.endswith("spokesman") and org_start != j:
                j = org_start  # "الناطق باسم" + an organisation the tagger missed: keep the link word
            if org is not None:
                j = self._read_modifiers(words, j, qualifiers)  # رئيس المجلس الوطني الأسبق
            if qualifiers:
                office = " ".join([*dict.fromkeys(qualifiers), office])
            after = self._read_honorifics(words, j, ranks)  # "الناطق باسم الجبهة النقيب ناجي"
            last_honorific = last_honorific or after > j
            j = after
        if j == i:
            return None
        parts = [p for p in (office, *ranks) if p]
        return Role(i, j, ", ".join(parts) if parts else None, org, country, last_honorific)

    def name_after(
        self,
        words: Sequence[str],
        i: int,
        *,
        after_honorific: bool = False,
        known: Collection[tuple[str, ...]] = (),
    ) -> tuple[int, int] | None:
        """A name span starting at word ``i``.

        A name already found in the document (``known``, normalized words) is taken whole. Otherwise, after an
        honorific or rank (النقيب، الشيخ) any word that is not a function word starts a name; after an office
        (وزير الدفاع التركي) the name must start with a given name or a name particle (أبو، بن). The name runs
        for two words (three or four when it holds a particle: أبو محمد الجولاني، عبد الله بن علي); an ordinary
        word (one the NER training corpora almost never tag inside a name) ends it: الأمير بندر مواطن سعودي.
        """
        if i >= len(words):
            return None
        for name in sorted(known, key=len, reverse=True):
            if tuple(words[i : i + len(name)]) == name:
                return i, i + len(name)
        lex = self.lexicon
        first = words[i]
        if first in self.stops or not first.isalpha() or self.is_title_at(words, i):
            return None
        if not (after_honorific or lex.is_given_name(first) or first in lex.particles):
            return None
        table = word_types()
        if not lex.is_given_name(first) and (
            ordinary(split_proclitics(first)[1], table) or led_by_preposition(first, table)
        ):
            return None  # an ordinary word, or "القاضي بتجريم": a participle ("which rules"), not the title "judge"
        j = i + 1
        limit = 2
        while j < len(words) and j - i < limit:
            w = words[j]
            if w in self.stops or not w.isalpha() or self.is_title_at(words, j):
                break
            if words[j - 1] not in lex.particles and ordinary(split_proclitics(w)[1], table):
                break  # an ordinary word ends the name: الأمير بندر مواطن سعودي
            if w in lex.particles or words[j - 1] in lex.particles:
                limit = min(limit + 1, 4)
            j += 1
        return i, j

    def anonymous_at(
        self, words: Sequence[str], i: int, orgs: Sequence[tuple[int, int]]
    ) -> tuple[int, int, str, tuple[int, int] | None] | None:
        """An anonymous speaker at word ``i``: ``(start, end, role, org_span)`` (the noun's span) or ``None``.

        The noun needs a withholding phrase later in the sentence (within 12 words), unless it is inherently
        anonymous (a "source" or "eyewitness").
        """
        hit = _lookup(words, i, self.anonymous, max_words=2)
        if hit is None:
            return None
        end, gloss = hit
        j = end
        while j < len(words) and j - end < 2 and words[j] in self.lexicon.speaker_adjectives:
            j += 1  # "مصدر بارز في الجيش الحر"
        org: tuple[int, int] | None = None
        if j < len(words) and words[j] in _LINKS:
            for s, e in orgs:
                if s == j + 1:
                    org, j = (s, e), e
                    break
        inherent = "source" in gloss or "witness" in gloss
        if not inherent and not self._withheld(words, j, j + 12):
            return None
        return i, end, gloss, org

    def _withheld(self, words: Sequence[str], start: int, stop: int) -> bool:
        for k in range(start, min(stop, len(words))):
            for phrase in self.withholding:
                n = len(phrase)
                if tuple(words[k : k + n]) == phrase:
                    return True
                if (
                    n
                    and words[k] != phrase[0]
                    and phrase[0] in _stems(words[k])
                    and tuple(words[k + 1 : k + n]) == phrase[1:]
                ):
                    return True
        return False
