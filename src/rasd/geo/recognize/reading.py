"""Steps 1-3 of :meth:`Recognizer.find`: a match and the words around it read (descriptor, direction,
relational word, preposition, definite noun), and neighbouring matches linked."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter

from rasd.geo.gazetteer import TIER_COMMON, Gazetteer
from rasd.geo.recognize.lexicon import GeoLexicon, _Tok
from rasd.geo.recognize.mentions import _Mention
from rasd.geo.recognize.words import (
    _ADJ,
    _ADJ_WEIGHT,
    _AREAS,
    _BELONGING_WORDS,
    _CAPITAL_WORD,
    _DIRECTION_NOUNS,
    _DIRECTION_SECOND,
    _DUAL_STEMS,
    _INSIDE_WORDS,
    _NEAR_WORDS,
    _NOT_PLACE,
    _QUOTES,
    _SETTLEMENTS,
    _SHORT,
    _SHORT_BARE,
    _SHORT_NAME_INITIALS,
    _SHORT_WINDOW,
    _TANWEEN,
    _TOKEN_RE,
    _WINDOW,
    DESCRIBING_PARTICIPLES,
)
from rasd.text.matcher import _STRIPPED, LexiconMatcher, strip_proclitics
from rasd.text.normalize import NormalizedView

#: Words whose :meth:`_Reading._descriptor` is kept (the descriptors and non-descriptors of the context words).
_DESCRIPTORS_LIMIT = 20_000
_UNSEEN: tuple[str, str, int] = ("", "", -1)  # what the cache gives for a word it lacks (compared by identity)
_TEXT_OF = attrgetter("text")


class _Reading:
    """Reading a match and its context words (the base of :class:`Recognizer`)."""

    gazetteer: Gazetteer
    lex: GeoLexicon
    matcher: LexiconMatcher[str]
    _keys: frozenset[str]
    _joinable: frozenset[str]
    #: the first words of the direction phrases written before a name (``lex.dir_before``'s keys)
    _dir_firsts: frozenset[str]
    #: word -> its :meth:`_descriptor` (the lexicon's descriptors are fixed for the life of the recognizer)
    _descriptors: dict[str, tuple[str, str, int] | None]

    # ------------------------------------------------------------------------------------------ 1-2 matching
    def _match(self, view: NormalizedView) -> tuple[list[_Mention], dict[str, float]]:
        """Place-name matches with their context, and the country focus that nationality adjectives give."""
        vtext = view.text
        out: list[_Mention] = []
        focus: dict[str, float] = {}
        for m in self.matcher.find_all(view):
            if m.value == _NOT_PLACE:
                continue
            if m.value.startswith(_ADJ):
                code, _, masc = m.value[len(_ADJ) :].partition(":")
                if not masc or m.prefix.endswith(("ال", "لل")):
                    focus[code] = focus.get(code, 0.0) + _ADJ_WEIGHT
                continue
            key, start, prefix, prefix_start = m.value, m.start, m.prefix, m.prefix_start
            bare = key.startswith(_SHORT_BARE)
            if key.startswith(_SHORT) or bare:
                # "محافظة إب": the name alone is the mention; its descriptor is read as context in _read_before
                key, prefix = key[len(_SHORT_BARE if bare else _SHORT) :], ""
                name_vs = view.to_view(m.end) - len(key)
                start = prefix_start = view.to_source(name_vs, name_vs + len(key))[0]
                if bare and not view.source.startswith(_SHORT_NAME_INITIALS, start):
                    continue  # round 20 (helper geo4): "في أب"، "تموز وآب": the father, August — not إب
            cands = self.gazetteer.candidates(key)
            if not cands:
                continue
            if "ك" in prefix:
                continue  # كبيرين is not ك + بيرين: the comparison clitic almost never precedes a place name
            if _TANWEEN.search(view.source, start, min(m.end + 2, len(view.source))):
                continue  # دوماً "always", نوىً: a word with tanween is not a place name
            vs = view.to_view(prefix_start)
            vname = vs + len(prefix)
            ve = view.to_view(m.end)
            mention = _Mention(
                start=start,
                end=m.end,
                key=key,
                prefix=prefix,
                vs=vs,
                vname=vname,
                ve=ve,
                tier=self.gazetteer.tier(key),
                candidates=cands,
                foreign=self.gazetteer.foreign_only(key),
            )
            if "آ" in view.source[start : m.end] and not any("آ" in n for c in cands for n in c.names_ar):
                # مآرب "aims" is not مأرب: a madda no name of the place is written with makes it a common word
                mention.tier, mention.foreign = TIER_COMMON, False
            if (prefix.endswith("ال") or prefix.endswith("لل")) and not key.startswith("ال"):
                # the article added to a name written without it (الجنين "the fetus" for جنين): needs context
                mention.tier, mention.foreign = TIER_COMMON, False
            mention.hashtag = vs > 0 and vtext[vs - 1] == "#"
            stripped = prefix.removesuffix("ال").lstrip("وف")
            if stripped in ("ب", "ل"):
                mention.prep = True
            self._read_before(mention, vtext)
            self._read_after(mention, vtext)
            out.append(mention)
        return out, focus

    def _adjective_country(self, word: str, m: _Mention) -> str | None:
        """The country of a nationality adjective ``word`` when one of ``m``'s candidates lies in it."""
        for prefix, stem in self._stems(word):
            value = self.lex.adjectives_of.get(stem)
            if value is None or ("ال" not in prefix and value.endswith(":m") and word == stem):
                continue
            code = value.partition(":")[0]
            if any(c.country == code for c in m.candidates):
                return code
        return None

    def _tokens_before(self, vtext: str, pos: int, n: int) -> list[_Tok]:
        lo = max(0, pos - _WINDOW)
        nl = vtext.rfind("\n", lo, pos)
        lo = nl + 1 if nl >= 0 else lo
        # this runs for every match (2.6 s per 1,000 articles when the whole window was tokenized): first a short
        # window; when it holds more than n tokens, its last n are the window's (only its first token may be cut)
        found = list(_TOKEN_RE.finditer(vtext, max(lo, pos - _SHORT_WINDOW * n), pos))
        if len(found) <= n:
            found = list(_TOKEN_RE.finditer(vtext, lo, pos))
        return [_Tok(t.group(), t.start(), t.end()) for t in found[-n:]]

    def _tokens_after(self, vtext: str, pos: int, n: int) -> list[_Tok]:
        hi = min(len(vtext), pos + _WINDOW)
        nl = vtext.find("\n", pos, hi)
        hi = nl if nl >= 0 else hi
        out = []
        for t in _TOKEN_RE.finditer(vtext, pos, hi):
            out.append(_Tok(t.group(), t.start(), t.end()))
            if len(out) >= n:
                break
        return out

    def _stems(self, word: str) -> Sequence[tuple[str, str]]:
        """``strip_proclitics(word)`` to iterate over: (round 40, sp12) the matcher's cached readings themselves when it
        holds them, not a new list of them (~300,000 calls per 1,000 articles, most of them words seen before)."""
        hit = _STRIPPED.get(word)
        return hit if hit is not None else strip_proclitics(word)

    def _descriptor(self, word: str) -> tuple[str, str, int] | None:
        """(type, stem, prefix length) when ``word`` is a descriptor, possibly with proclitics (cached per word:
        ~190,000 calls on ~26,000 words per 1,000 articles)."""
        cache = self._descriptors
        hit = cache.get(word, _UNSEEN)
        if hit is not _UNSEEN:
            return hit
        found = None
        for prefix, stem in self._stems(word):
            kind = self.lex.descriptors.get(stem)
            if kind is not None:
                found = kind, stem, len(prefix)
                break
        if len(cache) >= _DESCRIPTORS_LIMIT:  # bounded (a batch worker's memory): start again
            cache.clear()
        cache[word] = found
        return found

    def _descriptors_at(self, toks: list[_Tok]) -> list[tuple[str, str, int] | None]:
        """:meth:`_descriptor` of every token (round 40, sp12: the readers that walk a whole text read the cached
        ones by one C-level ``map`` and call the method only for the words it has not seen)."""
        words = list(map(_TEXT_OF, toks))
        got = list(map(self._descriptors.get, words, repeat(_UNSEEN)))
        if _UNSEEN not in got:
            return got
        describe = self._descriptor
        return [describe(w) if d is _UNSEEN else d for d, w in zip(got, words, strict=True)]

    def _in(self, word: str, words: frozenset[str]) -> bool:
        return any(stem in words for _, stem in self._stems(word))

    def _read_before(self, m: _Mention, vtext: str) -> None:
        toks = self._tokens_before(vtext, m.vs, 6)
        i = len(toks) - 1
        while i >= 0 and toks[i].text in _QUOTES:
            i -= 1
        if i < 0:
            return
        if i > 0 and (code := self._adjective_country(toks[i].text, m)) and self._descriptor(toks[i - 1].text):
            m.country = code  # العاصمة الليبية طرابلس, مدينة رفح المصرية
            m.evidence.append(f"country:{code}")
            i -= 1
        if self._in(toks[i].text, self.lex.negative):
            m.negative = True
        if toks[i].text == "غير" and m.key.endswith("يه") and not m.prefix:
            m.adjective_position = True  # من جنسيات غير سورية: "non-Syrian", not the country
        if not m.prefix and toks[i].end == m.vs - 1 and toks[i].text in self._joinable:
            m.negative = True  # تل ملح is another place than ملح: the name starts one word earlier
        desc = self._descriptor(toks[i].text)
        if desc is None and toks[i].end == m.vs - 1 and not m.prefix and self._starts_name(toks, i):
            m.name_preceded = True  # "منطقة سون كايا": the match is the last word of a longer, unknown name
        if desc is None and toks[i].end == m.vs - 1 and self._definite_word(toks[i].text):
            # المظاهرات السلمية, الأزمة السورية: a definite name right after a definite noun is its adjective
            # when the name is a common word, or when it looks like a nisba (…ية) and the article was added
            nisba = m.key.endswith(("يه", "ي")) and (m.prefix.endswith("ال") or m.key.startswith("ال"))
            if m.prefix.startswith(("ب", "ل", "ك")):
                nisba = False  # a preposition written on the name (بالإسكندرية) makes it a noun, not an adjective
            if (not m.prefix and m.tier == TIER_COMMON) or nisba:
                m.adjective_position = True
        if desc is not None and m.key.endswith(("يه", "ي")) and m.prefix.endswith("ال") and not m.key.startswith("ال"):
            # "القرى والبلدات السورية": a nisba with an added article after a descriptor is the descriptor's
            # adjective ("Syrian towns"); a place after a descriptor keeps its own form (مدينة حلب, not الحلب)
            m.adjective_position = True
            desc = None
        if (
            desc is not None
            and m.tier == TIER_COMMON
            and toks[i].text[: desc[2]].endswith(("ال", "لل"))
            and desc[1] not in ("عاصمه", "عاصمة")
        ):
            # a definite descriptor is "the area" of the text before, not the name's descriptor: "إلى المنطقة وأن
            # العملية" ("and that") is no Van; a descriptor names a place in construct (منطقة الباب), or العاصمة X
            desc = None
        if desc is not None:
            kind, stem, plen = desc
            m.descriptor = kind
            m.descriptor_definite = toks[i].text[:plen].endswith(("ال", "لل"))
            m.descriptor_article = m.descriptor_definite or stem.startswith("ال")  # العاصمة is listed with it
            m.plural = stem in self.lex.plural
            m.evidence.append(f"descriptor:{kind}")
            if kind == "countryside":
                m.countryside = True
                m.span_start = toks[i].start + plen
            i -= 1
        # a direction word (one or two words) before the name or its descriptor
        for width in (2, 1):
            if i - width + 1 < 0:
                continue
            words = [t.text for t in toks[i - width + 1 : i + 1]]
            # (round 40, sp12) only a reading that is the first word of a direction phrase can start one
            firsts = self._dir_firsts
            first_stems = [(p, st) for p, st in self._stems(words[0]) if st in firsts and "ال" not in p and p != "لل"]
            for prefix, stem in first_stems:
                phrase = " ".join([stem, *words[1:]])
                code = self.lex.dir_before.get(phrase)
                if code is not None:
                    m.direction = code
                    if m.span_start is None:
                        m.span_start = toks[i - width + 1].start + len(prefix)
                    m.evidence.append(f"direction:{code}")
                    i -= width
                    if i >= 1 and self._in(toks[i].text, self.lex.distance_units) and toks[i - 1].text.isdigit():
                        m.distance = True  # 40 كيلومترا غرب X, 150 كم شرق X
                        m.evidence.append("distance")
                        i -= 2
                    break
            if m.direction:
                break
        if i < 0:
            return
        word = toks[i].text
        if self._relational(word) or (self._in(word, self.lex.preps) and i > 0 and self._relational(toks[i - 1].text)):
            m.relational = True
            m.evidence.append("relational")
        elif self._in(word, self.lex.preps):
            m.prep = True
        if not m.negative and desc is not None and self._in(word, self.lex.negative):
            m.negative = True

    def _dual(self, vtext: str, m: _Mention) -> bool:
        """Whether the descriptor before ``m`` is a dual (قريتي، بلدتي), not a plural (قرى، بلدات)."""
        toks = self._tokens_before(vtext, m.vs, 1)
        desc = self._descriptor(toks[-1].text) if toks else None
        return desc is not None and desc[1] in _DUAL_STEMS

    def _near_word(self, word: str) -> bool:
        """A relational word of nearness in construct state (قرب، بالقرب، بمحيط، ضواحي), see ``_NEAR_WORDS``; not
        after و or ف: "قريتي X وY وأطراف بلدة Z" lists the outskirts of Z beside the villages, it does not put them
        near Z."""
        return any(stem in _NEAR_WORDS and not (set(p) & {"و", "ف"}) and "ال" not in p for p, stem in self._stems(word))

    def _relational(self, word: str) -> bool:
        """A relational word in construct state (قرب، بمحيط، أطراف): with the article (الحدود) it is not one."""
        return any(stem in self.lex.relational and "ال" not in p for p, stem in self._stems(word))

    def _definite_word(self, word: str) -> bool:
        """A definite noun or adjective (``السفارة``, ``للهيئة``) that is not a place word or a place name."""
        lex = self.lex
        for prefix, stem in self._stems(word):
            if not (prefix.endswith("ال") or prefix.endswith("لل")) or len(stem) < 2:
                continue
            full = "ال" + stem
            named = [k for k in (full, stem) if k in self._keys and self.gazetteer.tier(k) != TIER_COMMON]
            if named or full in lex.dir_after or stem in lex.descriptors:
                return False
            if full in lex.neutral:
                return False  # an adverb of time (الآن، اليوم) is not a noun a nisba could qualify
            return not (full in lex.relational or full in lex.preps or full in lex.negative)
        return False

    def _read_after(self, m: _Mention, vtext: str) -> None:
        toks = self._tokens_after(vtext, m.ve, 2)
        if not toks:
            return
        two = " ".join(t.text for t in toks[:2]) if len(toks) == 2 else None
        for phrase, last in ((two, 1), (toks[0].text, 0)):
            if phrase and phrase in self.lex.dir_after and vtext[m.ve : toks[0].start] == " ":
                m.direction_after = True
                m.direction = m.direction or self.lex.dir_after[phrase]
                m.span_end = toks[last].end
                m.evidence.append(f"direction_after:{self.lex.dir_after[phrase]}")
                return
        word = toks[0].text
        spaced = vtext[m.ve : toks[0].start] == " "
        if word == _CAPITAL_WORD and spaced and any(c.feature == "PPLC" for c in m.candidates):
            m.capital = True  # "الكويت العاصمة", "تونس العاصمة", "طرابلس العاصمة": the capital city, not the country
            m.evidence.append("capital")
            return
        if not m.hashtag and vtext[m.ve : toks[0].start] == " " and (code := self._adjective_country(word, m)):
            m.country = code  # طرابلس الليبية, الجبيل السعودية
            m.evidence.append(f"country:{code}")
            return
        if spaced and m.key in self.lex.verb_names and not (m.prep or m.marked) and self._object_word(word):
            # "القوات السعودية تدمر 16 آلية", "وتدمر أجيالا": a present-tense verb with its object, not Palmyra
            m.verb_object = True
            return
        if self._continues(m, word) and vtext[m.ve : toks[0].start] == " ":
            m.name_continues = True
        if m.hashtag or vtext[m.ve : toks[0].start] != " " or not word.startswith("ال") or len(word) < 4:
            return  # a hashtag ends where it ends: the next word is not its noun phrase
        if word in _DIRECTION_NOUNS:
            m.compound = True  # "ظهران الجنوب" ("Dhahran of the South"): a compound name, not Dhahran
            return
        if word in self.lex.neutral or word in self.lex.dir_after:
            return
        if word in DESCRIBING_PARTICIPLES and (m.descriptor or m.tier != TIER_COMMON):
            return  # "مديرية أرحب الواقعة شمال صنعاء": a participle of place describes the place, it is not its noun
        if word in self._keys or word in self.lex.descriptors or self._descriptor(word):
            return
        # a place adjective (حمص القديمة) or a nisba (حلب السورية) may follow a place, but after a common word it
        # is the ordinary reading (الثورة السورية, الطبقة السياسية)
        adjective = word in self.lex.adjectives or (len(word) >= 5 and (word.endswith("يه") or word.endswith("ي")))
        if not adjective or m.tier == TIER_COMMON:
            m.noun_after = True

    def _object_word(self, word: str) -> bool:
        """Whether ``word``, right after a verb-like homograph, can be its object: a number, or an indefinite noun
        that is no function word, place name or place word (``16``, ``مواقع``, ``حياته``; not ``بعد``, ``إلا``,
        ``بريف``). A word with the article is the homographs' own rule; one after و may be a coordinated name."""
        if word.isdigit():
            return True
        if not word.isalpha() or len(word) < 3 or word.startswith(("ال", "و", "ف")):
            return False
        lex = self.lex
        if word in lex.not_objects or word in self._keys or word in lex.neutral or word in lex.dir_before:
            return False
        if word in lex.dir_after or word in lex.preps or word in lex.relational or word in lex.negative:
            return False
        if self._descriptor(word):
            return False
        return not any(p and (st in self._keys or st in lex.relational) for p, st in self._stems(word))

    def _starts_name(self, toks: list[_Tok], i: int) -> bool:
        """Whether ``toks[i]``, right before a match, is the first word of a name written after a settlement or
        district descriptor (``منطقة “سون كايا”``): a bare word without the article or a clitic, no place name or
        context word, with the descriptor (quotes allowed in between) before it."""
        word = toks[i].text
        if not word.isalpha() or len(word) < 2 or word.startswith(("ال", "و", "ف", "ب", "ل")):
            return False
        lex = self.lex
        if word in self._keys or word in lex.neutral or word in lex.dir_before or word in lex.joinable:
            return False
        if word in lex.relational or word in lex.preps or word in lex.negative or self._descriptor(word):
            return False
        j = i - 1
        while j >= 0 and toks[j].text in _QUOTES:
            j -= 1
        desc = self._descriptor(toks[j].text) if j >= 0 else None
        if desc is None or "ال" in toks[j].text[: desc[2]] or desc[1] in lex.plural:
            return False  # "البلدان الحارة كدولتنا": a definite or plural descriptor names no one place
        return desc[0] in _SETTLEMENTS or desc[0] == "district"

    def _continues(self, m: _Mention, word: str) -> bool:
        """Whether ``word`` carries on the name of a one-word match written after a settlement descriptor
        (``مخيم نور شمس``: the camp is "Nur Shams", not Iran's Nur): a bare word without the article or a clitic
        that is no place name, context word or number."""
        if m.descriptor not in _SETTLEMENTS or m.plural or " " in m.key:
            return False
        if not word.isalpha() or len(word) < 3 or word.startswith(("ال", "و", "ف", "ب", "ل")):
            return False
        lex = self.lex
        if word in self._keys or word in lex.neutral or word in lex.dir_before or word in lex.dir_after:
            return False
        return not (word in lex.relational or word in lex.preps or word in lex.negative or self._descriptor(word))

    # ------------------------------------------------------------------------------------------ 3 linking
    def _link(self, mentions: list[_Mention], vtext: str) -> None:
        for j in range(1, len(mentions)):
            a, b = mentions[j - 1], mentions[j]
            a_end = a.span_end if a.span_end is not None else a.ve
            b_start = b.vs
            if b_start < a_end:
                continue
            gap = vtext[a_end:b_start]
            if "\n" in gap or len(gap) > 40:
                continue
            toks = [t.group() for t in _TOKEN_RE.finditer(gap)]
            glue = [t for t in toks if t not in (",", "و")]
            has_link = "," in toks or "و" in toks or b.prefix.startswith(("و", "ف")) or self._joined_area(glue)
            descs = [t for t in glue if self._descriptor(t)]
            if has_link and len(descs) == len(glue):
                a.coordinated.append(j)
                b.coordinated.append(j - 1)
                continue
            if glue and self._is_qualifier_gap(toks, b):
                a.qualifier = j
                # strong: the second place is written as an area (ريف, a direction, a descriptor, قرب) or is one
                # (دوما في الغوطة الشرقية); a plain "X في مدينة" is weak (الحراك في دمشق: "the movement in")
                a.qualifier_strong = (
                    b.countryside
                    or b.direction is not None
                    or b.candidates[0].feature in _AREAS
                    or any(self._descriptor(t) or self._in(t, self.lex.relational) for t in glue)
                )
            elif not toks and b.prefix == "ب" and a.descriptor in _SETTLEMENTS:
                a.qualifier = j  # حي الروضة بتعز, قرية X بحماة: "in" written as the clitic ب (weak)

    def _joined_area(self, glue: list[str]) -> bool:
        """Round 26 (helper geo11): whether the words between two names open with an area word fused to the
        conjunction و (سهل الغاب وريف جسر الشغور، حلب وشمال إدلب): the second place is the next item of a list, not
        where the first lies (بريف، شمال without و)."""
        if not glue:
            return False
        desc = self._descriptor(glue[0])
        if desc is not None:
            return glue[0][: desc[2]].startswith("و")
        return any(p.startswith("و") and s in self.lex.dir_before for p, s in self._stems(glue[0]))

    def _is_qualifier_gap(self, toks: list[str], b: _Mention) -> bool:
        """Whether the words between two names put the first inside or next to the second (``بريف``, ``شمال``)."""
        locating = b.countryside or b.direction is not None or b.relational
        for tok in toks:
            if tok == ",":
                continue
            stems = [s for _, s in self._stems(tok)]
            if any(s in _INSIDE_WORDS for s in stems):
                locating = True
                continue
            if tok in _BELONGING_WORDS:
                locating = True  # round 27 (geo12): "كرش، التابعة لمحافظة لحج": the second place holds the first
                continue
            desc = self._descriptor(tok)
            if desc is not None and "ب" in tok[: desc[2]]:
                # round 28 (helper geo13): a descriptor with the clitic ب is "in" as في is (حي المحمدية بمحافظة جدة،
                # قرية X بمديرية Y): the second place holds the first, so a homonym abroad falls back to it
                locating = True
                continue
            if self._descriptor(tok) or any(s in self.lex.dir_before for s in stems) or self._in(tok, self.lex.preps):
                continue
            if any(s in self.lex.relational for s in stems):
                locating = True
                continue
            if tok in _DIRECTION_SECOND:  # second word of a compound direction
                continue
            return False
        return locating
