"""Stage ``entities``: actors from the lexicon, people with their roles, and named entities from the CRF model.

Steps:

1. Tag the tokens of each sentence with the shipped CRF model (:mod:`rasd.ner`), with the document's context
   (words that follow a given name or a title anywhere in the article), then the document-level steps of
   :func:`rasd.ner.propagate.postprocess` (name boundaries cleaned, names spread to missed mentions):
   PER/LOC/ORG/MISC spans (``source="model"``). Model guesses are checked against the word lists: a one-word
   nationality adjective is ``NORP`` with its country; a place guess made only of descriptors and ordinary words
   is dropped unless the gazetteer knows it; a person guess that starts with a place descriptor is a place; a
   person guess that starts with its own title starts after it. The byline's author (``ArticleMeta.author``) is a
   PER with role ``author``. A quoted name after an outlet noun, or after لـ following a word of speech, is a news
   outlet (ORG, ``source="pattern"``).
2. Match the actor lexicon (``resources/ar/actors.yaml``) on the normalized text: ORG (or PER) spans with the
   actor's canonical names, ACLED actor name, inter code and country (``source="lexicon"``). Weak aliases
   (``النظام``, ``الهيئة``, ``المعارضة``, ``القاعدة``) count only when the document names an actor of the same
   country by a full alias, or when they stand in quotes («القاعدة»).
3. Read title phrases around names (:mod:`rasd.ner.roles`): an office or honorific before a name, an office after
   it, with the organisation, country or gazetteer place it names; a title before an untagged given name makes a
   PER span (``source="pattern"``), and a model LOC/ORG guess right after a title becomes the person unless the
   gazetteer knows the place (الرئيس هولاند، but أمير قطر). Anonymous speakers ("قيادي في المعارضة رفض كشف
   اسمه") become PER entities with no name and ``anonymous=True``.
4. Merge with clear precedence: lexicon > pattern > model. A span that overlaps an accepted span of higher
   precedence is dropped; a model PER that a pattern completes keeps the pattern's span and role.
5. Link later mentions of a person (the full name again, or the family name alone) to the first full mention:
   they get its ``canonical_ar``, ``role`` and ``org``.
6. Read each actor in its context (:meth:`rasd.ner.lexicon.Lexicon.read_actor`): the ACLED label in force on the
   article's date (ACLED renames state forces with each government); a generic actor (الجيش، الشرطة، قوات الأمن،
   مسلحون مجهولون، المتظاهرون، المدنيون، الدفاع المدني) or a template one (داعش → "Islamic State (X)") takes the
   country named beside it (a nationality adjective, taken into the span: ``الجيش الباكستاني``; or ``في``/``بـ`` and
   a place: ``الدفاع المدني في غزة``), else the article's focus country (:func:`rasd.geo.focus.focus_country` on
   the entities found so far); a generic mention with no country is dropped unless the lexicon gives it a fallback.
7. Number the entities ``T1``, ``T2`` … in text order. LOC entities carry no geocoding here; the ``geo`` stage
   (order 50) resolves them and merges its own places with them; the ``actors`` stage (order 55, below) reads the
   generic actors again with the focus country of the geocoded places.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from rasd.document import BlockKind, Document, Entity, Token
from rasd.geo.focus import adjective_country, focus_country, place_country, world_adjective_country
from rasd.geo.gazetteer import load_gazetteer, name_key
from rasd.geo.recognize import geo_lexicon
from rasd.ner.features import place_names, split_proclitics
from rasd.ner.labels import spans_from_bio
from rasd.ner.lexicon import NOT_A_COUNTRY, Actor, AliasHit, Lexicon, load_lexicon
from rasd.ner.model import load_tagger
from rasd.ner.propagate import led_by_preposition, ordinary, word_types
from rasd.ner.roles import Role, RoleReader
from rasd.pipeline import group_hook, stage
from rasd.settings import Settings
from rasd.text.matcher import Match, cached_view
from rasd.text.normalize import normalize, normalize_view, normalize_words
from rasd.text.segment import letter_names

_PRIORITY = {"lexicon": 0, "pattern": 1, "model": 2}
# a quoted name of one to five words on one line: «الشرق الأوسط», "عنب بلدي", “القدس العربي”
_QUOTED = re.compile(r"[«\"“]([^«»\"“”\n.،,:؛;!؟?]{2,60}?)[»\"”]")
_WORD_KINDS = frozenset({"word", "hashtag"})


#: Entities of this stage carry the actor fields of :class:`~rasd.document.Entity` (actor_id, acled, inter,
#: country, anonymous); the name is kept for readability of the code below.
ActorEntity = Entity


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    type: str
    source: str
    entity: ActorEntity


def _sentence_tokens(doc: Document) -> list[list[Token]]:
    """Tokens grouped by sentence (by line when the document has no sentences)."""
    tokens = sorted(doc.tokens, key=attrgetter("start"))
    if doc.sentences:
        groups: list[list[Token]] = []
        i = 0
        for sent in sorted(doc.sentences, key=lambda s: s.start):
            while i < len(tokens) and tokens[i].start < sent.start:
                i += 1
            group = []
            while i < len(tokens) and tokens[i].end <= sent.end:
                group.append(tokens[i])
                i += 1
            if group:
                groups.append(group)
        return groups
    groups = []
    current: list[Token] = []
    for tok in tokens:
        if current and "\n" in doc.text[current[-1].end : tok.start]:
            groups.append(current)
            current = []
        current.append(tok)
    if current:
        groups.append(current)
    return groups


_MATCHES: dict[str, list[Match[AliasHit]]] = {}


def _actor_matches(text: str, lexicon: Lexicon) -> list[Match[AliasHit]]:
    """The actor lexicon's matches in ``text`` (kept for the few most recent texts: the ``actors`` stage reads
    them again after ``geo``; a text's hash is computed once by Python, so the lookup is cheap)."""
    hit = _MATCHES.get(text)
    if hit is not None:
        return hit
    matches: list[Match[AliasHit]] = lexicon.actor_matcher.find_all(cached_view(text))
    if len(_MATCHES) >= 4:
        _MATCHES.pop(next(iter(_MATCHES)))
    _MATCHES[text] = matches
    return matches


def _actor_candidates(doc: Document, lexicon: Lexicon) -> list[_Candidate]:
    matches = _actor_matches(doc.text, lexicon)
    # an actor of the same country makes a weak alias count; IMG/IGO are not countries (داعش must not make
    # القاعدة الجوية the organisation)
    strong_countries = {m.value.actor.country for m in matches if not m.value.weak} - NOT_A_COUNTRY
    strong_ids = {m.value.actor.id for m in matches if not m.value.weak}
    out: list[_Candidate] = []
    seen: set[tuple[int, int]] = set()
    text = doc.text
    for m in matches:
        actor = m.value.actor
        quoted = m.start > 0 and m.end < len(text) and text[m.start - 1] in '«"“' and text[m.end] in '»"”'
        if (
            m.value.weak
            and not quoted  # «القاعدة» in quotes is the organisation's name
            and actor.id not in strong_ids
            and (actor.country is None or actor.country not in strong_countries)
        ):
            continue
        if (m.start, m.end) in seen:  # one entity per span: the first actor listed for an ambiguous alias wins
            continue
        seen.add((m.start, m.end))
        entity = ActorEntity(
            id="",
            type=actor.type,
            start=m.start,
            end=m.end,
            canonical=actor.canonical,
            canonical_ar=actor.canonical_ar,
            source="lexicon",
            actor_id=actor.id,
            acled=actor.acled,
            inter=actor.inter,
            country=actor.country,
        )
        out.append(_Candidate(m.start, m.end, actor.type, "lexicon", entity))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _org_name(
    span: tuple[int, int], toks: Sequence[Token], by_span: dict[tuple[int, int], _Candidate], text: str
) -> str:
    s, e = toks[span[0]].start, toks[span[1] - 1].end
    cand = by_span.get((s, e))
    if cand is not None and cand.entity.canonical:
        return cand.entity.canonical
    for (cs, ce), c in by_span.items():  # a lexicon match inside the span (proclitics excluded)
        if s <= cs and ce <= e and c.entity.canonical:
            return c.entity.canonical
    return _without_preposition(text[s:e])


def _all_ordinary(words: Sequence[str]) -> bool:
    """Whether every word of a span is an ordinary word of the training corpora (none is ever in a name).

    A span with a number (حرب 1967) is never all ordinary."""
    table = word_types()
    return all(w.isalpha() and ordinary(split_proclitics(w)[1], table) for w in words)


def _extend_after_title(
    after: tuple[tuple[int | None, int | None], _Candidate],
    role: Role,
    words: Sequence[str],
    toks: Sequence[Token],
    reader: RoleReader,
    known: set[tuple[str, ...]],
    out: list[_Candidate],
) -> None:
    """Lengthen a one-word model person right after a title by the family name the title's reading finds.

    "رئيس الوزراء وائل الحلقي" tagged "وائل" alone: the title's name reading gives "وائل الحلقي". One name word
    is added (with the particles before it: "الإمام علي بن أبي طالب"), and only words that can be in a name: not
    led by و/ف or a preposition, not a title (ولي العهد), not an ordinary word of the training corpora. Nothing
    else found there may overlap it. On 400 Syria-war articles this changed 15 names, 14 rightly (the one wrong:
    "الملك عبدالعزيز طيب الله ثراه"); taking the reading's whole name instead was wrong more often than right
    ("محمد بن سلمان ولي", "سلمان بن عبدالعزيز وأخيه").
    """
    (first, last), cand = after
    if first is None or last is None or first != last or cand.source != "model":
        return
    name = reader.name_after(words, role.end, after_honorific=role.ends_with_honorific, known=known)
    if name is None or name[0] != first or name[1] <= last + 1:
        return
    table = word_types()
    particles = reader.lexicon.particles
    stop = last + 1
    for k in range(last + 1, name[1]):
        word = words[k]
        if (
            word[:1] in ("و", "ف")
            or led_by_preposition(word, table)
            or reader.is_title_at(words, k)
            or ordinary(split_proclitics(word)[1], table)
        ):
            break
        stop = k + 1
        if word not in particles:  # one name word, or a particle and what it leads (علي بن أبي طالب)
            break
    while stop > last + 1 and words[stop - 1] in particles:
        stop -= 1  # never end on بن / أبو
    if stop == last + 1:
        return
    end = toks[stop - 1].end
    if any(c is not cand and c.start < end and cand.end <= c.start for c in out):
        return
    cand.end = cand.entity.end = end


def _fused_proclitic(raw: str, norm: str, kind: str) -> int:
    """How many leading characters of a model span's first word are a conjunction or preposition, not the name.

    The tagger tags whole tokens, so "ووليد المعلم" or "بالإسكندرية" come with the clitic; the span should start
    at the name. Only clear cases are cut: و before a given name that is not itself one (ووليد → وليد, but وليد and
    وائل stay); و/ف/ب/ل/ك before the article of a place or organisation (بالإسكندرية، والاتحاد) or before a place
    descriptor (بمخيم خان الشيح); و before a place the place list knows when the whole word is not one (وآيرلندا،
    وتركيا as an organisation; وادي stays). The geo stage trims the places
    it resolves in the same way.
    """
    if len(norm) < 4 or len(raw) < 4 or not raw.startswith(norm[0]):
        return 0
    head, rest = norm[0], norm[1:]
    cut = False
    if kind == "PER":
        given = load_lexicon().given_names
        cut = head == "و" and rest in given and norm not in given
    elif kind in ("LOC", "GPE", "ORG"):
        if head in "وفبلك" and rest.startswith("ال") and len(rest) >= 5 and not rest.startswith("الل"):
            cut = True
        elif head in "وفبلك" and kind != "ORG" and rest in _place_descriptors():
            cut = True  # "بمخيم خان الشيح", "وبلدة …": the place begins at its descriptor
        elif head == "و":
            places = place_names()
            cut = rest in places and norm not in places  # "وآيرلندا", "وتركيا"
    if not cut:
        return 0
    skip = 1
    while skip < len(raw) and ("\u064b" <= raw[skip] <= "\u0652" or raw[skip] == "\u0640"):
        skip += 1  # a vowel mark or tatweel on the clitic stays with it
    return skip


def _without_preposition(name: str) -> str:
    """An organisation's name without the preposition fused to it: للمجلس الوطني → المجلس الوطني."""
    first = name.split(" ", 1)[0]
    if name.startswith("لل") and len(first) > 4:
        return "ال" + name[2:]
    if len(first) > 4 and first[0] in "لبكوف" and first[1:3] == "ال":
        return name[1:]
    return name


def _apply_role(ent: ActorEntity, role: Role, org_name: str | None) -> None:
    if role.role and not ent.role:
        ent.role = role.role
    elif role.role and ent.role and role.role not in ent.role:
        ent.role = f"{ent.role}, {role.role}"
    if org_name and not ent.org:
        ent.org = org_name
    elif role.country and not ent.org:
        ent.org = role.country
    if role.country and not ent.country:
        ent.country = role.country


def _trim_to_known(words: Sequence[str], s: int, e: int, known: set[tuple[str, ...]]) -> int:
    """End of a model PER span cut back to a name already known in the document (``المصطفى بوجود`` → المصطفى)."""
    for name in sorted(known, key=len, reverse=True):
        if len(name) < e - s and tuple(words[s : s + len(name)]) == name:
            return s + len(name)
    return e


def _normalize_words(raw: Sequence[str]) -> list[str]:
    """:func:`normalize` of each word (cached per word type: news text repeats its words)."""
    return normalize_words(raw)


def _sentence_candidates(
    doc: Document,
    toks: list[Token],
    raw_words: Sequence[str],
    tags: list[str],
    actors: list[_Candidate],
    reader: RoleReader,
    known: set[tuple[str, ...]],
    normalized: list[str] | None = None,
    starters: frozenset[str] | None = None,
) -> list[_Candidate]:
    """Model spans, role patterns and anonymous speakers of one sentence.

    ``raw_words`` are the source text of ``toks``; ``normalized`` their :func:`normalize_word` when the caller has
    it (the tagger's word records). ``known`` holds the normalized words of the people named so far in the document
    (full names and family names); it bounds names and is extended with this sentence's people. ``starters`` holds
    the normalized words where a title or an anonymous speaker may start (:func:`_starters`), when the caller has
    them for the whole document.
    """
    text = doc.text
    words = normalized if normalized is not None else _normalize_words(raw_words)
    # (round 37) no model span, actor, title, speaker or initial can be in a quarter of the sentences: tested in C
    if (
        starters is not None
        and not actors
        and tags.count("O") == len(tags)
        and starters.isdisjoint(words)
        and letter_names().isdisjoint(words)
    ):
        return []
    # the words where a title or an anonymous speaker may start (most words start nothing: skipped in C)
    may_start = map(starters.__contains__, words) if starters is not None else reader.may_start_each(words)
    out: list[_Candidate] = []
    for s, e, kind in spans_from_bio(tags):
        if kind in ("LOC", "GPE") and _generic_place(words, s, e):
            continue  # "منطقة إستراتيجية", "قرية تسمى", "الريف": no name in it
        if kind == "MISC" and _all_ordinary(words[s:e]):
            continue  # "الأطفال", "المرضى": common nouns the model reads as a group name
        if kind == "PER" and split_proclitics(words[s])[1] in _place_descriptors():
            kind = "LOC"  # "مدينة كوباني" tagged PER: a descriptor makes it a place (the geo stage trims it)
        if kind == "PER":
            e = _trim_to_known(words, s, e, known)
            if reader.may_start(words[s]):  # "محافظ حمص طلال البرازي" tagged whole: the name follows the title
                title = reader.read(words, s, [])
                if title is not None and title.role and title.end < e:
                    s = title.end
            while e - s >= 2 and words[s] in reader.nationalities:
                s += 1  # "الصحافي السوري زيد قطريب": the adjective belongs to the title, not the name
        cs, ce = toks[s].start + _fused_proclitic(raw_words[s], words[s], kind), toks[e - 1].end
        if kind in ("PER", "LOC", "GPE") and e - s == 1 and words[s] in reader.nationalities:
            # "القيادي الجزائري", "الأزمة السورية": a nationality adjective, not a person or a place
            ent = ActorEntity(id="", type="NORP", start=cs, end=ce, source="model")
            ent.country = reader.nationalities[words[s]]
            out.append(_Candidate(cs, ce, "NORP", "model", ent))
            continue
        out.append(_Candidate(cs, ce, kind, "model", ActorEntity(id="", type=kind, start=cs, end=ce, source="model")))
    _spelled_initials(toks, words, out)
    # ORG token spans from the lexicon (matched stem or whole token) and the model, for role phrases
    by_span: dict[tuple[int, int], _Candidate] = {}
    org_tokens: list[tuple[int, int]] = []
    for cand in [*actors, *[c for c in out if c.type == "ORG"]]:
        i = _token_at(toks, cand.start)
        j = _token_at(toks, cand.end - 1)
        if i is None or j is None:
            continue
        by_span.setdefault((cand.start, cand.end), cand)
        org_tokens.append((i, j + 1))
    persons = {(_token_at(toks, c.start), _token_at(toks, c.end - 1)): c for c in out if c.type == "PER"}
    per_by_start = {k[0]: (k, c) for k, c in persons.items() if k[0] is not None}
    per_by_end = {k[1]: (k, c) for k, c in persons.items() if k[1] is not None}
    taken = [False] * len(toks)
    for i in compress(range(len(toks)), may_start):
        if toks[i].kind not in _WORD_KINDS or taken[i]:
            continue
        anon = reader.anonymous_at(words, i, org_tokens)
        if anon is not None and anon[1] not in per_by_start:
            a_s, a_e, gloss, org = anon
            org_name = _org_name(org, toks, by_span, text) if org else None
            cs, ce = toks[a_s].start, toks[a_e - 1].end
            ent = ActorEntity(id="", type="PER", start=cs, end=ce, role=gloss, org=org_name, source="pattern")
            ent.anonymous = True
            out.append(_Candidate(cs, ce, "PER", "pattern", ent))
            for k in range(a_s, a_e):
                taken[k] = True
            continue
        role = reader.read(words, i, org_tokens)
        if role is None:
            continue
        if role.role == "counterpart":  # نظيره الروسي: the role of the person it answers to in this sentence
            earlier = [c.entity.role for c in out if c.type == "PER" and c.end <= toks[i].start and c.entity.role]
            if not earlier or earlier[-1] is None:
                continue
            role = Role(role.start, role.end, earlier[-1].split(", ")[0], role.org_span, role.country, False)
        org_name = _org_name(role.org_span, toks, by_span, text) if role.org_span else None
        after = per_by_start.get(role.end)
        if after is None and (role.role or role.ends_with_honorific):
            after = _person_after_title(out, toks, words, role.end)
            if after is not None:
                per_by_start[role.end] = after
                per_by_end[after[0][1]] = after
        if after is not None:  # TITLE NAME
            _extend_after_title(after, role, words, toks, reader, known, out)
            _apply_role(after[1].entity, role, org_name)
            continue
        before = per_by_end.get(i - 1) or (per_by_end.get(i - 2) if i >= 1 and words[i - 1] in {",", "،"} else None)
        if before is not None and words[i].startswith("و") and reader.is_title_at([words[i][1:]], 0):
            before = None  # "فابيوس ومدير صندوق النقد": the conjunction starts another person
        if before is not None and role.role:  # NAME, OFFICE ...
            _apply_role(before[1].entity, role, org_name)
            continue
        name = reader.name_after(words, role.end, after_honorific=role.ends_with_honorific, known=known)
        if name is not None:  # TITLE + given name the model missed
            cs, ce = toks[name[0]].start, toks[name[1] - 1].end
            ent = ActorEntity(id="", type="PER", start=cs, end=ce, source="pattern")
            _apply_role(ent, role, org_name)
            cand = _Candidate(cs, ce, "PER", "pattern", ent)
            out.append(cand)
            per_by_start[name[0]] = ((name[0], name[1] - 1), cand)
            per_by_end[name[1] - 1] = ((name[0], name[1] - 1), cand)
            for k in range(name[0], name[1]):
                taken[k] = True
    for c in out:
        if c.type == "PER" and not c.entity.anonymous:
            _remember(known, normalize(text[c.start : c.end]))
    return out


def _starters(sentences: Sequence[Sequence[str]], reader: RoleReader) -> frozenset[str]:
    """The words of a document (normalized) where a title phrase or an anonymous speaker may start
    (:meth:`RoleReader.may_start`): asked once per word type of the document instead of once per token, so that each
    sentence's words are then tested against this small set in C."""
    types = list(set().union(*sentences))
    return frozenset(compress(types, reader.may_start_each(types)))


def _spelled_initials(toks: Sequence[Token], words: Sequence[str], out: list[_Candidate]) -> None:
    """Take a Latin initial spelled in Arabic letters into the person it belongs to (``كيه. شانموجام``، ``ديفيد
    إيه. تومسون``، ``جي. بي. مورغان``), or make that person when the model left the words untagged.

    The initials (one or more letter names, each followed by its dot; ``abbreviations.yaml``'s ``letter_names``)
    must be followed by a word that is no ordinary word and no function word; a model person that ends right
    before them (a first name) or starts right after them is widened over them, a listed given name right before
    them is taken in, else the initials and the word after them are the person.
    """
    letters = letter_names()
    n = len(toks)
    table = word_types()
    stops = load_lexicon().name_stops
    i = 0  # the first word still to look at
    # only the words that are letter names can start initials (found in C: most sentences have none)
    for at in compress(range(n), map(letters.__contains__, words)):
        if at < i:
            continue
        i = at
        if i + 2 >= n or words[i + 1] != ".":
            i += 1
            continue
        j = i
        while j + 3 < n and words[j + 2] in letters and words[j + 3] == ".":
            j += 2
        last = j + 2
        if last >= n:
            break
        name = words[last]
        if toks[last].kind != "word" or name in stops or ordinary(_key_of(name), table) or name in letters:
            i = last
            continue
        start, end = toks[i].start, toks[last].end
        before = next((c for c in out if c.type == "PER" and i and c.end == toks[i - 1].end), None)
        after = next((c for c in out if c.type == "PER" and c.start == toks[last].start), None)
        if after is not None:
            end = after.end
        if before is not None:
            start = before.start
        elif i and load_lexicon().is_given_name(words[i - 1]):
            start = toks[i - 1].start
        for c in (before, after):
            if c is not None:
                out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            i = last + 1
            continue
        ent = ActorEntity(id="", type="PER", start=start, end=end, source="model" if before or after else "pattern")
        out.append(_Candidate(start, end, "PER", ent.source or "pattern", ent))
        i = last + 1


def _key_of(word: str) -> str:
    """A word's stem without its proclitics, as the training counts key it."""
    return split_proclitics(word)[1]


def _person_after_title(
    out: list[_Candidate], toks: Sequence[Token], words: Sequence[str], i: int
) -> tuple[tuple[int, int], _Candidate] | None:
    """A model LOC/ORG/MISC span at token ``i`` right after a title, retyped as the person it names.

    "الرئيس هولاند" tagged LOC: a name after an office or honorific is a person, unless it is a place of the
    gazetteer (رئيس مصر، أمير قطر) — those stay as they are.
    """
    if i >= len(toks):
        return None
    for cand in out:
        if cand.source != "model" or cand.type == "PER" or cand.start != toks[i].start:
            continue
        j = _token_at(toks, cand.end - 1)
        if j is None or j - i >= 3:
            return None
        gazetteer = load_gazetteer()
        name = " ".join(words[i : j + 1])
        if any(gazetteer.candidates(name_key(n)) for n in {name, split_proclitics(name)[1]}):
            return None
        cand.type = cand.entity.type = "PER"
        return (i, j), cand
    return None


def _remember(known: set[tuple[str, ...]], name: str) -> None:
    """Add a person's full name and family name (names of two words or more) to ``known``."""
    words = tuple(name.split())
    if len(words) >= 2:
        known.add(words)
        known.add(words[-1:])


def _author_candidates(doc: Document) -> list[_Candidate]:
    """The byline's author (``ArticleMeta.author``) as a PER with role ``author``."""
    author = (doc.article.author or "").strip()
    if not author:
        return []
    out = []
    for block in doc.blocks:
        if block.kind != BlockKind.BYLINE:
            continue
        at = doc.text.find(author, block.start, block.end)
        if at >= 0:
            ent = ActorEntity(id="", type="PER", start=at, end=at + len(author), role="author", source="pattern")
            ent.canonical_ar = author
            out.append(_Candidate(at, at + len(author), "PER", "pattern", ent))
    return out


def _token_at(toks: Sequence[Token], offset: int) -> int | None:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(toks) and toks[lo].start <= offset < toks[lo].end:
        return lo
    return None


def _merge(candidates: list[_Candidate]) -> list[ActorEntity]:
    """Accept candidates by precedence (lexicon > pattern > model), then length; drop overlapping ones."""
    ordered = sorted(candidates, key=lambda c: (_PRIORITY[c.source], -(c.end - c.start), c.start))
    if any(c.end <= c.start for c in ordered):
        return _merge_scan(ordered)
    # the accepted spans never overlap, so sorted by start they are sorted by end too: a candidate's clashes are
    # the run from the first accepted span ending after its start, while they start before its end
    accepted: list[_Candidate] = []
    ends: list[int] = []
    for cand in ordered:
        i = j = bisect.bisect_right(ends, cand.start)
        while j < len(accepted) and accepted[j].start < cand.end:
            j += 1
        if i == j:
            accepted.insert(i, cand)
            ends.insert(i, cand.end)
            continue
        # a model PER that carries a role moves its role to the pattern/lexicon PER that replaced it
        if cand.type == "PER" and cand.entity.role:
            for a in accepted[i:j]:
                if a.type == "PER" and not a.entity.role:
                    a.entity.role, a.entity.org = cand.entity.role, cand.entity.org
    return [c.entity for c in accepted]


def _merge_scan(ordered: list[_Candidate]) -> list[ActorEntity]:
    """:func:`_merge` of candidates in precedence order, each against every accepted one (for empty spans)."""
    accepted: list[_Candidate] = []
    for cand in ordered:
        span = (cand.start, cand.end)
        clash = [a for a in accepted if _overlaps(span, (a.start, a.end))]
        if not clash:
            accepted.append(cand)
            continue
        # a model PER that carries a role moves its role to the pattern/lexicon PER that replaced it
        if cand.type == "PER" and cand.entity.role:
            for a in clash:
                if a.type == "PER" and not a.entity.role:
                    a.entity.role, a.entity.org = cand.entity.role, cand.entity.org
    return [c.entity for c in sorted(accepted, key=lambda c: (c.start, c.end))]


_LONG_VOWELS_RE = re.compile("[اوي]")
_MIN_SKELETON_WORD = 5
_MIN_SKELETON = 4


def _skeleton(key: str) -> str | None:
    """A foreign name's spelling without its long vowels after the first letter (هاندرسون and هندرسون → هندرسن;
    كيسنجر and كيسينجر), the key under which two spellings of one name meet in an article; ``None`` for a name
    with a word led by the article (القريني and القروني are two Arabic family names) or one too short to tell."""
    out = []
    for word in key.split():
        if word.startswith("ال") or len(word) < _MIN_SKELETON_WORD:
            return None
        out.append(word[0] + _LONG_VOWELS_RE.sub("", word[1:]))
    joined = " ".join(out)
    return joined if len(joined.replace(" ", "")) >= _MIN_SKELETON else None


def _link_people(doc: Document, entities: list[ActorEntity]) -> None:
    """Give later mentions of a person the first full mention's name, role and org.

    A later mention may spell a foreign family name with or without a long vowel (هاندرسون … هندرسون,
    كارداشيان … كاردشيان): its one word is also looked up by :func:`_skeleton` of the family names.
    """
    full: dict[str, ActorEntity] = {}
    family: dict[str, ActorEntity] = {}
    spelled: dict[str, ActorEntity] = {}
    for ent in entities:
        if ent.type != "PER" or ent.anonymous:
            continue
        key = normalize(doc.text[ent.start : ent.end])
        words = key.split()
        first = full.get(key) or (family.get(key) if len(words) == 1 else None)
        if first is None and len(words) == 1 and (skel := _skeleton(key)) is not None:
            first = spelled.get(skel)
        if first is not None and first is not ent:
            ent.canonical_ar = first.canonical_ar
            if first.role and (not ent.role or ent.role in first.role):
                ent.role = first.role
            ent.org = ent.org or first.org
            continue
        if len(words) >= 2:
            ent.canonical_ar = doc.text[ent.start : ent.end]
            full.setdefault(key, ent)
            family.setdefault(words[-1], ent)
            if (skel := _skeleton(words[-1])) is not None:
                spelled.setdefault(skel, ent)


def _speech_before(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a word of speech (قال، تصريح، حديث …) is among the ten words before ``at`` (``قال مصدر معارض بارز
    في الجبهة الجنوبية لـ«…»``)."""
    for word in text[max(0, at - 140) : at].split()[-11:-1]:
        norm = normalize(word).strip()
        if norm in lexicon.speech_words or (norm[:1] in ("و", "ف", "ل", "ب") and norm[1:] in lexicon.speech_words):
            return True
    return False


def _outlet_candidates(doc: Document, lexicon: Lexicon) -> list[_Candidate]:
    """News outlets named in quotes after an outlet noun or after لـ that follows a word of speech: صحيفة «القدس
    العربي»، قال لـ«الشرق الأوسط» (but not مفاتيح لـ«الهلال النفطي»).

    Without this the model and the gazetteer read the outlet's name as the place it is named after.
    """
    text = doc.text
    out: list[_Candidate] = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        if not inner or len(inner.split()) > 5:
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        last = before.split()[-1] if before.split() else ""
        attached = bool(before) and not before[-1].isspace()
        noun = normalize(last).strip()
        if not (
            (attached and last.rstrip("ـ") in ("ل", "ول", "فل") and _speech_before(text, m.start(), lexicon))
            or noun in lexicon.outlet_nouns
            or (noun[:1] in ("و", "ل", "ب", "ف") and noun[1:] in lexicon.outlet_nouns)  # لصحيفة «…»
        ):
            continue
        start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        end = start + len(inner)
        ent = ActorEntity(id="", type="ORG", start=start, end=end, source="pattern")
        out.append(_Candidate(start, end, "ORG", "pattern", ent))
    return out


@functools.cache
def _place_descriptors() -> frozenset[str]:
    """Descriptor words of settlements and areas (مدينة، بلدة، قرية، محافظة، مخيم …, from ``ar/geo.yaml``)."""
    keep = ("city", "town", "village", "governorate", "district", "neighbourhood", "camp")
    return frozenset(w for w, kind in geo_lexicon().descriptors.items() if kind in keep)


def _generic_place(words: Sequence[str], s: int, e: int) -> bool:
    """Whether a model place span holds no name: every word a descriptor or an ordinary word, and the span is not
    a gazetteer name (so الباب the town, an ordinary word too, stays for the geo stage to judge)."""
    table = word_types()
    descriptors = geo_lexicon().descriptors
    for k in range(s, e):
        stem = split_proclitics(words[k])[1]
        if stem not in descriptors and not ordinary(stem, table):
            return False
    return _gazetteer_place_at(words, s) == s and _gazetteer_place_at([split_proclitics(words[s])[1]], 0) == 0


def _gazetteer_place_at(words: Sequence[str], j: int) -> int:
    """The end of a gazetteer place name of one or two words starting at word ``j`` (``j`` when there is none)."""
    gazetteer = load_gazetteer()
    for n in (2, 1):
        if j + n <= len(words) and gazetteer.candidates(name_key(" ".join(words[j : j + n]))):
            return j + n
    return j


@functools.cache
def _role_reader() -> RoleReader:
    reader = RoleReader(load_lexicon())
    reader.place_at = _gazetteer_place_at
    return reader


def _actors_within(actors: list[_Candidate], starts: list[int], start: int, end: int) -> list[_Candidate]:
    """The actors that lie inside ``[start, end)``, in their order, given ``starts``, their starts in text order (the
    lexicon's matches are): found by bisection instead of a walk over every actor of the document per sentence."""
    out = []
    for k in range(bisect.bisect_left(starts, start), len(actors)):
        a = actors[k]
        if a.start >= end:  # an actor starting at or after the end cannot end inside
            break
        if a.end <= end:
            out.append(a)
    return out


def find_entities(
    doc: Document, *, accurate: bool = False, pretagged: tuple[list[list[str]], list[list[str]]] | None = None
) -> list[ActorEntity]:
    """All entities of a segmented document (``doc.tokens`` and ``doc.sentences`` filled), in text order.

    Args:
        accurate: tag names with the CRF + network mix (the ``accurate`` NER mode) instead of the CRF alone.
        doc: the document; it is not modified.
        pretagged: the sentences' words and the tagger's ``tag_document`` tags for them, computed beforehand (the
            pipeline's groups, :func:`_tag_group`); used only when the words are the document's own.

    Returns:
        Entities with ids ``T1`` … (see the module docstring for how they are found and merged).
    """
    lexicon = load_lexicon()
    reader = _role_reader()
    tagger = load_tagger(accurate=accurate)
    actors = _actor_candidates(doc, lexicon)
    candidates: list[_Candidate] = [*actors, *_author_candidates(doc), *_outlet_candidates(doc, lexicon)]
    text = doc.text
    known: set[tuple[str, ...]] = set()
    for c in candidates:
        if c.type == "PER":
            _remember(known, normalize(text[c.start : c.end]))
    groups = _sentence_tokens(doc)
    words = [[text[t.start : t.end] for t in toks] for toks in groups]
    starts = [a.start for a in actors]
    ordered = starts == sorted(starts)
    if pretagged is not None and pretagged[0] == words:
        tagged = pretagged[1]
        normalized = [_normalize_words(sent_words) for sent_words in words]
    else:  # the tagger gives the words' normalized forms too, from the word records it reads
        tagged, normalized = tagger.tag_document_words(words)
    starters = _starters(normalized, reader)
    for toks, sent_words, norm, tags in zip(groups, words, normalized, tagged, strict=True):
        if ordered:
            sent_actors = _actors_within(actors, starts, toks[0].start, toks[-1].end)
        else:  # never seen: the lexicon's matches come in text order
            sent_actors = [a for a in actors if toks[0].start <= a.start and a.end <= toks[-1].end]
        candidates.extend(_sentence_candidates(doc, toks, sent_words, tags, sent_actors, reader, known, norm, starters))
    entities = _merge(candidates)
    _link_people(doc, entities)
    contextual = any(e.source == "lexicon" and e.actor_id in _contextual_ids() for e in entities)
    entities = read_actors(doc, entities, focus=focus_country(doc, entities=entities) if contextual else None)
    for n, ent in enumerate(entities, 1):
        ent.id = f"T{n}"
    return entities


#: Words between a generic actor and the place that says its country ("الدفاع المدني في غزة", "قوات الأمن
#: بمحافظة الأنبار"): في and at most one descriptor, or بـ fused to a descriptor (a bare بـ + word is too often
#: not a place: "القوات المسلحة بخالص التعازي").
_DESCRIPTOR = "(?:محافظة|مدينة|ولاية|قطاع|إقليم|منطقة|بلدة|مديرية|قضاء|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|ريف|وسط)"
_PLACE_AFTER = re.compile(rf"[»\"”']?\s+(?:في\s+(?:{_DESCRIPTOR}\s+)?|ب{_DESCRIPTOR}\s+)(\S+)(?:\s+(\S+))?")
_PUNCT_STRIP = '،,.:؛;!؟?»«"”“()'


def _country_beside(text: str, end: int) -> tuple[str, int] | None:
    """The country named right after an actor ending at ``end``: a nationality adjective (the span grows over it:
    ``الشرطة العراقية``) or a place after في/بـ (``الدفاع المدني في غزة``; the span stays). Returns the ISO3 code
    and the new end."""
    m = re.match(r"\s+(\S+)(?:\s+(\S+))?", text[end : end + 60])
    if m is not None:
        # the adjective right after, or after one word that qualifies the body ("سلاح الجو الملكي السعودي")
        first = m.group(1)
        words = [(first, m.end(1))]
        if m.group(2) and first == first.rstrip(_PUNCT_STRIP) and first[:1] not in "وف":
            words.append((m.group(2), m.end(2)))
        for raw, stop in words:
            if raw[:1] in "وف":
                break
            word = raw.rstrip(_PUNCT_STRIP)
            iso3 = _adjective_iso3(normalize(word))
            if iso3 is not None:
                return iso3, end + stop - (len(raw) - len(word))
    m = _PLACE_AFTER.match(text, end)
    if m is not None:
        gazetteer = load_gazetteer()
        one = m.group(1).rstrip(_PUNCT_STRIP)
        names = [f"{one} {m.group(2).rstrip(_PUNCT_STRIP)}"] if m.group(2) and one == m.group(1) else []
        for name in [*names, one]:
            found = place_country(normalize(name), gazetteer=gazetteer)
            if found is not None:
                return found[0], end
    return None


@functools.lru_cache(maxsize=20_000)
def _adjective_iso3(word: str) -> str | None:
    """A nationality adjective's country: the geo lexicon's (Arab League and neighbours), else the nationality
    list of ``roles.yaml`` (الروسي، الأمريكية) through ACLED's country names."""
    iso3 = adjective_country(word)
    if iso3 is not None:
        return iso3
    name = _nationality_names().get(word)
    if name:
        return _iso3_by_name().get(name)
    # (round 33, helper ac20) a country outside the region's, with the article (الشرطة الإيطالية، الجيش الهندي), when
    # actors.yaml's countries names it (a generic actor of another country has no ACLED name)
    iso3 = world_adjective_country(word)
    return iso3 if iso3 in load_lexicon().countries else None


@functools.cache
def _nationality_names() -> dict[str, str]:
    return {normalize(k): v for k, v in load_lexicon().nationalities.items()}


@functools.cache
def _iso3_by_name() -> dict[str, str]:
    out = {c.name: c.iso3 for c in load_lexicon().countries.values()}
    out.update({"Saudi": "SAU", "United States": "USA", "United Kingdom": "GBR"})
    return out


def _article_date(doc: Document) -> str | None:
    return doc.article.reference_date or doc.article.published


def read_actors(
    doc: Document, entities: list[ActorEntity], *, focus: str | None, again: bool = False
) -> list[ActorEntity]:
    """Step 6: every lexicon actor read in its context (ACLED label on the article's date; a generic or template
    actor's country from beside it or ``focus``). Generic mentions with no country and no fallback are dropped;
    when reading ``again`` (the ``actors`` stage) nothing is dropped and a country already read stays when
    ``focus`` is ``None``."""
    lexicon = load_lexicon()
    date = _article_date(doc)
    out: list[ActorEntity] = []
    drop: set[int] = set()
    for ent in entities:
        if ent.source != "lexicon" or ent.actor_id is None:
            out.append(ent)
            continue
        actor, alias_end = _matched_actor(doc, ent, lexicon)
        country: str | None = None
        contextual = actor.generic or (actor.acled is not None and "{country}" in actor.acled)
        if contextual and (actor.generic or actor.country in NOT_A_COUNTRY or actor.country is None):
            beside = _country_beside(doc.text, alias_end)
            if beside is not None:
                country, new_end = beside
                if new_end > ent.end:
                    drop.update(id(o) for o in entities if o is not ent and o.start < new_end and ent.end <= o.start)
                    ent.end = new_end
            else:
                country = focus if focus is not None or not again else ent.country
        reading = lexicon.read_actor(actor, country=country, date=date, focus=focus)
        if reading is None:
            if again:
                out.append(ent)
            continue
        ent.actor_id = reading.actor.id
        ent.canonical, ent.canonical_ar = reading.canonical, reading.canonical_ar
        ent.acled, ent.inter, ent.country = reading.acled, reading.inter, reading.country
        out.append(ent)
    return [e for e in out if id(e) not in drop]


def _matched_actor(doc: Document, ent: ActorEntity, lexicon: Lexicon) -> tuple[Actor, int]:
    """The lexicon actor whose alias starts the entity's text (a generic one before it was read in context) and
    the source offset where the alias ends (an adjective read as its country may follow inside the span)."""
    actor = lexicon.by_id[ent.actor_id or ""]
    if actor.id not in _contextual_ids():
        return actor, ent.end  # an actor no context changes: no need to read its alias again
    surface = doc.text[ent.start : ent.end]
    starts = [m for m in lexicon.actor_matcher.find_all(normalize_view(surface)) if m.start == 0]
    # an alias several actors share (a weak الجيش الوطني): the one the entity was found as, else the first listed
    if starts:
        m = min(starts, key=lambda m: m.value.actor.id != actor.id)
        return m.value.actor, ent.start + m.end
    return actor, ent.end


@functools.cache
def _contextual_ids() -> frozenset[str]:
    """Actors a mention may be read as in context: generic ones, what they become, and template ones."""
    out: set[str] = set()
    for actor in load_lexicon().actors:
        if actor.generic:
            out.add(actor.id)
            out.update(i for _, group in actor.by_country for i in group)
            if actor.fallback:
                out.add(actor.fallback)
        elif actor.acled is not None and "{country}" in actor.acled:
            out.add(actor.id)
    return frozenset(out)


def _generic_mentions(doc: Document, lexicon: Lexicon) -> list[ActorEntity]:
    """Generic actors no entity covers (the entities stage drops those it finds no country for)."""
    taken = sorted((e.start, e.end) for e in doc.entities)
    out: list[ActorEntity] = []
    for m in _actor_matches(doc.text, lexicon):
        actor = m.value.actor
        if not actor.generic or any(s < m.end and m.start < e for s, e in taken):
            continue
        ent = ActorEntity(id="", type=actor.type, start=m.start, end=m.end, source="lexicon", actor_id=actor.id)
        out.append(ent)
    return out


@stage("actors", requires=("entities",), provides=("actors",), order=55)
def actors_stage(doc: Document, settings: Settings) -> None:
    """Read the lexicon actors again once places are geocoded: the focus country of the geocoded places
    (:func:`rasd.geo.focus.focus_country`) decides the country of generic and template actors (step 6), and a
    generic actor the entities stage had no country for is added when the places give one."""
    lexicon = load_lexicon()
    focus = focus_country(doc)
    entities = read_actors(doc, doc.entities, focus=focus, again=True)
    if focus is not None:
        new = read_actors(doc, _generic_mentions(doc, lexicon), focus=focus)
        if new:
            n = max((int(e.id[1:]) for e in entities if e.id[1:].isdigit() and e.id[:1] == "T"), default=0)
            for ent in new:
                n += 1
                ent.id = f"T{n}"
            entities = sorted([*entities, *new], key=lambda e: (e.start, -e.end))
    doc.entities = entities


#: Documents per group in the accurate NER mode over a stream (:meth:`rasd.Pipeline.run_all`): the network and the
#: CRF's marginals run over a group's sentences in one batch (docs/measurements.md, round 22). The fast mode tags
#: one document at a time (crfsuite has no batch to share).
GROUP_ACCURATE = 16

#: A group's tags, by ``id(doc)``, waiting for the entities stage: (the document, its sentences' words, the tags).
_PRETAGGED: dict[int, tuple[Document, list[list[str]], list[list[str]]]] = {}


def _group_size(settings: Settings) -> int:
    return GROUP_ACCURATE if settings.ner == "accurate" else 1


@group_hook("entities", size=_group_size)
def _tag_group(docs: Sequence[Document], settings: Settings) -> Callable[[], None]:
    """Tag the sentences of a group of documents in one call of the tagger (``NERTagger.tag_documents``: each
    document with its own context and document-level steps), for the entities stage to take. A document whose words
    cannot be read is left out (the stage runs on it alone and records its own error); if the group's call fails,
    every document is left to the stage."""
    tagger = load_tagger(accurate=settings.ner == "accurate")
    chosen: list[Document] = []
    words: list[list[list[str]]] = []
    for doc in docs:
        try:
            text = doc.text
            words.append([[text[t.start : t.end] for t in toks] for toks in _sentence_tokens(doc)])
        except Exception:  # left to the stage
            continue
        chosen.append(doc)
    keys = [id(doc) for doc in chosen]

    def done() -> None:
        for key in keys:
            _PRETAGGED.pop(key, None)

    for doc, doc_words, tags in zip(chosen, words, tagger.tag_documents(words), strict=True):
        _PRETAGGED[id(doc)] = (doc, doc_words, tags)
    return done


@stage("entities", requires=("text", "tokens"), provides=("entities",), order=30)
def entities_stage(doc: Document, settings: Settings) -> None:
    """Pipeline stage: see the module docstring."""
    held = _PRETAGGED.pop(id(doc), None)
    pretagged = (held[1], held[2]) if held is not None and held[0] is doc else None
    doc.entities = list(find_entities(doc, accurate=settings.ner == "accurate", pretagged=pretagged))
