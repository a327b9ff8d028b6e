""":class:`Recognizer` (steps 4-6 of :meth:`Recognizer.find`: accept, resolve, emit) and :func:`find_places`."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from rasd.geo.gazetteer import TIER_COMMON, TIER_HOMOGRAPH, TIER_NORMAL, Gazetteer, Place, load_gazetteer
from rasd.geo.recognize.lexicon import _country_adjectives, geo_lexicon
from rasd.geo.recognize.mentions import PlaceMention, _Mention
from rasd.geo.recognize.unknown_listed import _UnknownListed
from rasd.geo.recognize.words import (
    _ADJ,
    _BIG_PLACE,
    _MIN_NAME,
    _NEAR_QUALIFIER_KM,
    _NOT_PLACE,
    _PART_DESCRIPTORS,
    _REGION_KM,
    _SETTLEMENTS,
    _SHORT,
    _SHORT_BARE,
    _SHORT_NAME_CLITICS,
    _SHORT_NAME_INITIALS,
    _SHORT_NAME_KINDS,
    _SHORT_NAME_WORDS,
    _STRAY_ALLIES,
    _STRAY_SUPPORT,
    _TOLD_TOWN_DESCRIPTORS,
    WORLD_COUNTRY_ADJECTIVES,
)
from rasd.geo.resolve import Choice, DocContext, ascii_name, choose, fallback_geo, geo_of, km, region_geo, same_admin1
from rasd.text.matcher import LexiconMatcher, SharedReadings, cached_view
from rasd.text.normalize import NormalizedView
from rasd.text.readings import DOCUMENT_READINGS, PLACES


@functools.cache
def _world_adjective_forms() -> frozenset[str]:
    """Every normalized inflected form, without the article, of the world nationality adjectives
    (``place_cues.yaml`` ``world_country_adjectives``: هندية، يونانية)."""
    by_code: dict[str, list[str]] = {}
    for item in WORLD_COUNTRY_ADJECTIVES:
        stem, _, code = item.partition("|")
        by_code.setdefault(code, []).append(stem)
    return frozenset(_country_adjectives(by_code))


class Recognizer(_UnknownListed):
    """Finds and resolves place names in text with one gazetteer.

    Args:
        gazetteer: the gazetteer (default: :func:`rasd.geo.gazetteer.load_gazetteer`).
        shared: (round 33) keep the place matcher's word readings in this table (group ``places``; the default
            recognizer's is :data:`rasd.text.readings.DOCUMENT_READINGS`, which the events stage reads after it);
            the matches are the same either way.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, shared: SharedReadings | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.lex = geo_lexicon()
        entries = [(k, k) for k in self.gazetteer.name_keys()]
        entries += [(k, _NOT_PLACE) for k in self.lex.not_places]
        entries += [(k, _ADJ + v) for k, v in self.lex.adjectives_of.items()]
        entries += self._short_entries()
        self.matcher: LexiconMatcher[str] = LexiconMatcher(
            entries, clitics=True, article_optional=True, min_len=_MIN_NAME, shared=shared, group=PLACES
        )
        self._keys = frozenset(self.gazetteer.name_keys())
        self._joinable = self.lex.joinable
        self._dir_firsts = frozenset(k.split(" ", 1)[0] for k in self.lex.dir_before)
        self._descriptors = {}

    def _short_entries(self) -> list[tuple[str, str]]:
        """Matcher entries for the names shorter than the matcher's minimum that name a governorate and its seat
        (إب، قم), written after a governorate or town descriptor (``محافظة إب``، ``مدينة قم``): alone they are words
        or letters (أب "father" once normalized), after the descriptor the place. The match is re-anchored on the
        name in :meth:`_match`, so the descriptor is read as context, as for any name."""
        out: list[tuple[str, str]] = []
        descriptors = [w for w, kind in self.lex.descriptors.items() if kind in _SHORT_NAME_KINDS and " " not in w]
        for key in self.gazetteer.name_keys():
            if len(key.replace(" ", "")) >= _MIN_NAME:
                continue
            places = self.gazetteer.candidates(key)
            if not any(p.feature == "ADM1" for p in places) or not any(p.feature == "PPLA" for p in places):
                continue
            out += [(f"{d} {key}", _SHORT + key) for d in descriptors]
            if any(n.startswith(_SHORT_NAME_INITIALS) for p in places for n in p.names_ar):
                # round 20 (helper geo4): "في إب"، "تعز وإب": with the hamza below as written (reading._match checks
                # it), the name after a preposition or a proclitic is the place (أب "father" and آب "August" lack it)
                out += [(f"{w} {key}", _SHORT_BARE + key) for w in _SHORT_NAME_WORDS]
                out += [(f"{c}{key}", _SHORT_BARE + key) for c in _SHORT_NAME_CLITICS]
        return out

    # ------------------------------------------------------------------------------------------ public API
    def find(self, text: str | NormalizedView) -> list[PlaceMention]:
        """Recognise and resolve the places of ``text`` (see the module docstring for the steps)."""
        view = text if isinstance(text, NormalizedView) else cached_view(text)
        mentions, focus = self._match(view)
        if not mentions:
            return self._unknown_sourced([], view, [])  # round 24: a sourced unlisted place needs no other name
        self._link(mentions, view.text)
        doc = self._accept(mentions, focus)
        self._resolve(mentions, doc)
        self._drop_strays(mentions, focus)
        self._drop_far_neighbourhoods(mentions, doc)
        found_all = [f for f in (self._emit(x, mentions, view) for x in mentions if x.accepted) if f is not None]
        unknown = self._unknown_places(mentions, view) + self._unknown_before_anchor(mentions, view)
        unknown += self._unknown_after_head(mentions, view, unknown)
        unknown += self._unknown_in_town(mentions, view, unknown)
        unknown += self._unknown_in_country(mentions, view, unknown)
        unknown += self._unknown_neighbouring(mentions, view, unknown)
        unknown += self._unknown_listed_after(mentions, view, unknown)
        unknown += self._unknown_in_province(mentions, view, unknown)
        unknown += self._unknown_in_one_province(mentions, view, unknown)
        unknown += self._unknown_sourced(mentions, view, unknown)
        unknown += self._unknown_chained(mentions, view, unknown)
        found_all += unknown + self._repeated_unknown(unknown, view)
        found_all.sort(key=lambda f: (f.start, -f.end))
        out: list[PlaceMention] = []
        for found in found_all:
            if out and found.start < out[-1].end:  # phrases grown over a neighbour: keep the first
                continue
            out.append(found)
        return out

    # ------------------------------------------------------------------------------------------ 4 acceptance
    def _accept(self, mentions: list[_Mention], focus: dict[str, float]) -> DocContext:
        doc = DocContext(countries=dict(focus))
        named: set[str] = set()  # countries of the places named (nationality adjectives left out)
        located: set[str] = set()  # countries named by a place in them (a town, a governorate), not by their name
        named_by: dict[str, set[str]] = {}  # those countries -> the names that named them
        strong_keys: set[str] = set()
        for m in mentions:
            if m.tier == TIER_COMMON:
                ok = m.strong and not ((m.noun_after or m.adjective_position) and not m.descriptor)
                if m.foreign:
                    # a key only a Persian spelling gives (سيرت "she dispatched", كاي in كأي): a place with context,
                    # or after a preposition written apart ("في كيليس"); once read, it is an ordinary name
                    ok = ok or (m.prep and not m.prefix and not m.noun_after)
                    if ok:
                        m.tier = TIER_NORMAL
            elif m.tier == TIER_HOMOGRAPH:
                ok = not m.negative and (m.strong or not m.noun_after) and not m.verb_object
            else:
                ok = not m.negative or m.strong
            if m.negative and not m.descriptor:
                ok = False
            if m.adjective_position and not m.marked:
                ok = False
            if m.compound:
                ok = False
            if m.descriptor_article and m.key.startswith("ال") and m.key[2:] in _world_adjective_forms():
                # round 34 (helper pl21): "في العاصمة الهندية" is the Indian capital, not Iraq's al-Hindiyah: after a
                # definite descriptor a world nationality adjective is that adjective (the region's are matched as
                # adjectives before they can be names)
                ok = False
            if m.noun_after and all(c.feature == "ADM2" for c in m.candidates):
                ok = False  # "حيي المعلا الجديد": a district's name with a definite word after it names something else
            construct = m.plural and not m.descriptor_definite
            if m.descriptor in _SETTLEMENTS and not construct and all(c.feature == "PCLI" for c in m.candidates):
                # قرية مصر, حي الصين: a settlement named after a country is not the country; a plural descriptor
                # is in construct with it (مدن اليمن "the cities of Yemen", قرى سوريا)
                ok = False
            if ok:
                m.accepted = True
                if m.strong:
                    strong_keys.add(m.key)
                if m.tier != TIER_COMMON and len({c.country for c in m.candidates}) == 1:
                    # only a name that can lie in one country says which countries the article is about
                    # (طرابلس, in Libya and Lebanon, says nothing until it is resolved)
                    doc.add(m.candidates[0])
                    named.add(m.candidates[0].country)
                    named_by.setdefault(m.candidates[0].country, set()).add(m.key)
                    if m.candidates[0].feature != "PCLI":
                        located.add(m.candidates[0].country)
        changed = True
        while changed:
            changed = False
            for m in mentions:
                if m.accepted or m.negative or m.noun_after or m.adjective_position:
                    continue
                reason = None
                if any(mentions[k].accepted for k in m.coordinated):
                    reason = "coordinated"
                elif m.prep and m.key in strong_keys:
                    reason = "prep+seen"
                if reason:
                    m.accepted = True
                    m.evidence.append(reason)
                    changed = True
        # a common word, or a neighbourhood name, whose every candidate lies outside the countries the text is
        # about is not that place (حي الروضة in an article on Taiz is not the Syrian village)
        if named:
            for m in mentions:
                weak = m.tier == TIER_COMMON or m.descriptor == "neighbourhood"
                if m.accepted and weak and not m.hashtag and all(c.country not in named for c in m.candidates):
                    m.accepted = False
                # round 34 (helper pl21): a common word with a definite noun after it is the first word of a longer
                # name ("منطقة دير الزغب" in Idlib is not Iran's Bandar-e Deyr, "دير"): the place only where a town or
                # governorate of its country is named too; a country named by its name alone is mostly an actor or
                # a mediator (إيران in a Syrian report), not where the text happens
                construct = m.tier == TIER_COMMON and m.noun_after and not m.hashtag and bool(located)
                if m.accepted and construct and all(c.country not in located for c in m.candidates):
                    m.accepted = False
        for m in mentions:
            # "مخيم نور شمس": a one-word match inside a longer name after a descriptor is not the place when it is
            # a small town outside every country the text names; a big city or a town of the text's countries stays
            # ("مدينة حلب صباح اليوم"), and so does any match when the text names no country (the next word may be
            # a verb: "مدينة المنصورة شهدت")
            # ("منطقة سون كايا": Burkina Faso's Kaya is no part of a Turkish border area, whatever its size)
            if not (m.accepted and (m.name_continues or m.name_preceded) and not m.hashtag) or m.qualifier is not None:
                continue  # a place written after it locates it: the fallback to that area (step 6) handles it
            if any(c.feature in ("PCLI", "ADM1") for c in m.candidates):
                continue
            others = {c for c, keys in named_by.items() if keys - {m.key}}  # named by another name than this one
            small = m.name_preceded or all(c.population < _BIG_PLACE for c in m.candidates)
            if others and small and all(c.country not in others for c in m.candidates):
                m.accepted = False
        # dual and plural descriptors carry over a coordinated list (مدينتي إدلب وحماة, ريفي حلب وإدلب)
        for i, m in enumerate(mentions):
            if m.descriptor and m.plural:
                for k in m.coordinated:
                    if k > i and mentions[k].descriptor is None:
                        other = mentions[k]
                        other.descriptor, other.plural = m.descriptor, True
                        other.countryside = m.countryside
                        other.evidence.append(f"descriptor:{m.descriptor}")
        for m in mentions:
            if m.accepted and m.prep and "prep" not in m.evidence:
                m.evidence.append("prep")
            if m.accepted and m.hashtag:
                m.evidence.append("hashtag")
        return doc

    # ------------------------------------------------------------------------------------------ 5 resolution
    def _resolve(self, mentions: list[_Mention], doc: DocContext) -> None:
        order = sorted(
            (i for i, m in enumerate(mentions) if m.accepted),
            key=lambda i: (mentions[i].qualifier is not None, len(mentions[i].candidates) > 1, i),
        )
        # (round 41, sp14) a name written again with the same context is chosen among the same candidates with the
        # same arguments and the article read as far as before (``doc`` changes only by ``add``): its choice is
        # taken again (4,199 of 11,066 choices over s1000), the memo emptied whenever ``doc`` changes
        chosen: dict[tuple[Any, ...], tuple[Choice, list[Place], Place | None]] = {}
        for i in order:
            m = mentions[i]
            qualifier = None
            country = m.country
            if m.qualifier is not None and mentions[m.qualifier].choice is not None:
                choice = mentions[m.qualifier].choice
                qualifier = choice.place if choice else None
                if qualifier is not None and self._near_only(mentions[m.qualifier]):
                    # "X شرق طرابلس": X lies near that town, not inside its province; only its country counts
                    country, qualifier = country or qualifier.country, None
            candidates = [c for c in m.candidates if c.feature == "PPLC"] if m.capital else m.candidates
            # the places by identity (the memo holds them, so that no identity is taken by another place meanwhile)
            key = (*map(id, candidates), m.descriptor, m.countryside, id(qualifier), country)
            hit = chosen.get(key)
            if hit is None:
                choice = choose(
                    candidates,
                    descriptor=m.descriptor,
                    preferred=self.lex.features.get(m.descriptor or "", frozenset()),
                    countryside=m.countryside,
                    qualifier=qualifier,
                    country=country,
                    doc=doc,
                )
                chosen[key] = (choice, candidates, qualifier)
            else:
                choice = hit[0]
            m.choice = choice
            if len(m.candidates) == 1 and m.choice.place.precision == 1:
                doc.add(m.choice.place, 0.5)
                chosen.clear()

    @staticmethod
    def _drop_strays(mentions: list[_Mention], focus: dict[str, float]) -> None:
        """Drop a small place of a country that nothing else in the article names, when it names another.

        ``أمير منطقة الجوف`` in a Saudi article is the Saudi region, which the gazetteer lacks, not the Libyan town
        of 42,000 people it has: a town under :data:`_BIG_PLACE` people whose country no other name, nationality
        adjective or qualifier of the text supports, while another country has at least
        :data:`_STRAY_SUPPORT` of that support, is left out rather than put on the wrong map.
        """
        keys: dict[str, set[str]] = {}
        for m in mentions:
            if m.accepted and m.choice is not None:
                keys.setdefault(m.choice.place.country, set()).add(m.key)
        # round 42 (helper ev15): the towns written with a town's or governorate's descriptor and named twice or more
        named = Counter(m.key for m in mentions)
        told = {m.key for m in mentions if m.descriptor in _TOLD_TOWN_DESCRIPTORS and named[m.key] > 1}
        for m in mentions:
            if not m.accepted or m.choice is None or m.country or m.qualifier is not None or m.hashtag:
                continue
            country = m.choice.place.country
            # round 23 (helper geo7): an allied country's names and adjectives support the place as its own do
            # (بالضفة الغربية in an article told through the Israeli army: place_cues.stray_support_shared)
            mine = {country} | _STRAY_ALLIES.get(country, frozenset())
            own = sum(len(keys.get(c, set()) - {m.key}) + focus.get(c, 0.0) for c in mine)
            other = max(
                (len(k) + focus.get(c, 0.0) for c, k in keys.items() if c not in mine),
                default=0.0,
            )
            other = max(other, max((w for c, w in focus.items() if c not in mine), default=0.0))
            small = all(c.population < _BIG_PLACE and c.feature != "PPLC" for c in m.candidates)
            if m.descriptor in _PART_DESCRIPTORS and all(c.feature != "PPLC" for c in m.candidates):
                # round 25 (helper geo9): a big town is no area, mountain or neighbourhood of another country's
                # article (جبل عريش in Taiz, أحياء سارة of Dhahran al-Janub, منطقة «الفاو» in Marib): a stray too
                small = True
            if m.descriptor and any(c.feature == "ADM1" for c in m.candidates):
                # a governorate written with its descriptor is named on purpose, even from afar (an Iraqi statement
                # on a bombing "بمنطقة عسير"); a bare one stays a stray (ميسان, a Saudi governorate the gazetteer
                # lacks, is not Iraq's Maysan in an article on Saudi Arabia)
                small = False
            if m.key in told and all(c.feature != "ADM1" for c in m.candidates):
                # round 42 (helper ev15): a town written with its descriptor and named again in the article (مدينة
                # ظهران الجنوب in a story of Houthi shells on it, told with the Saudi reply into Sa'dah) is named on
                # purpose, as a governorate with its descriptor is: no stray. Not a name the gazetteer reads as a
                # province (محافظة ميسان, the Saudi governorate, is not Iraq's Maysan: the rule above keeps only the
                # mention written with its descriptor)
                small = False
            if own == 0 and other >= _STRAY_SUPPORT and small:  # a capital is named from afar (واشنطن، موسكو)
                m.accepted = False

    @staticmethod
    def _drop_far_neighbourhoods(mentions: list[_Mention], doc: DocContext) -> None:
        """Drop a neighbourhood (``حي X``) placed farther than ``_REGION_KM`` from every town the text names.

        A neighbourhood is named in the article about its town: ``حي الروضة`` in an article on Taiz is not the
        al-Rawdah the gazetteer has near Sanaa, 200 km away.
        """
        if not doc.anchors:
            return
        for m in mentions:
            if not m.accepted or m.choice is None or m.descriptor != "neighbourhood" or m.qualifier is not None:
                continue
            place = m.choice.place
            if place.lat is None or place.lon is None or place.population >= _BIG_PLACE:
                continue  # "ضاحية شانغهاي" is a suburb of the city, not a neighbourhood named like it
            others = [(a, b) for a, b in doc.anchors if (a, b) != (place.lat, place.lon)]
            if others and all(km(place.lat, place.lon, a, b) > _REGION_KM for a, b in others):
                m.accepted = False

    @staticmethod
    def _near_only(q: _Mention) -> bool:
        """Whether a qualifier only locates (a direction from a settlement) rather than contains."""
        place = q.choice.place if q.choice else None
        return bool(q.direction and not q.countryside and place is not None and not place.is_area)

    # ------------------------------------------------------------------------------------------ 6 output
    def _emit(self, m: _Mention, mentions: list[_Mention], view: NormalizedView) -> PlaceMention | None:
        if m.choice is None:
            return None
        place = m.choice.place
        start, end = m.start, m.end
        if m.prefix.endswith("ال") and m.vname >= 2:
            start = view.to_source(m.vname - 2, m.vname)[0]  # the article belongs to the name as written
        if m.span_start is not None and m.span_start < m.vname:
            start = view.to_source(m.span_start, m.vname)[0]
        if m.span_end is not None and m.span_end > m.ve:
            end = view.to_source(m.ve, m.span_end)[1]
        evidence = tuple(dict.fromkeys(m.evidence))
        qualifier = mentions[m.qualifier].choice if m.qualifier is not None else None
        direction = self.lex.dir_names.get(m.direction or "", "")
        if m.distance and not place.is_area:
            # "على بعد 40 كيلومترا غرب مأرب": a place near the town, with its point and admin levels (ACLED: 2)
            geo = geo_of(place, precision=max(2, place.precision))
            geo["feature"], geo["place_id"], geo["geonames_id"], geo["within"] = "PPL", None, None, place.id
            return PlaceMention(
                start, end, "GPE", ascii_name(place.name), view.source[start:end], geo, m.key, evidence, m.choice.score
            )
        if m.countryside or (m.direction and (not m.direction_after or place.feature in ("ADM1", "PCLI"))):
            geo = region_geo(place)
            base = ascii_name(place.name)
            canonical = f"{direction} {base}".strip() if not m.countryside else f"{direction} {base} countryside"
            return PlaceMention(
                start, end, "LOC", canonical.strip(), view.source[start:end], geo, m.key, evidence, m.choice.score
            )
        if m.direction_after:
            geo = region_geo(place)
            geo["geo_precision"] = 2 if not place.is_area else 3
            canonical = f"{direction} {ascii_name(place.name)}"
            return PlaceMention(
                start, end, "LOC", canonical, view.source[start:end], geo, m.key, evidence, m.choice.score
            )
        q_mention = mentions[m.qualifier] if m.qualifier is not None else None
        near = q_mention is not None and self._near_only(q_mention)
        # a country, a governorate or a capital is never inside the place written after it ("روسيا في مدينتي إدلب
        # وحماة": Russia acts in Idlib, it is not a homonym located there; "استراتيجية واشنطن في العراق")
        if (
            qualifier is not None
            and (
                place.feature not in ("PCLI", "ADM1", "PPLC")
                # round 28 (helper geo13): a quarter or an area is no capital abroad (بحي الجزيرة بمدينة الرياض is
                # no quarter of Algiers, الجزيرة being one of its names)
                or (place.feature == "PPLC" and m.descriptor in _PART_DESCRIPTORS and not near)
            )
            and (
                qualifier.place.country != place.country
                or (
                    not _seat_or_big(place)
                    and (
                        (not near and same_admin1(qualifier.place, place) is False)
                        or (near and _far(place, qualifier.place))
                    )
                )
            )
        ):
            # REFERENCE §7: a homonym outside the region the text names is not used; fall back to that region
            geo = fallback_geo(qualifier.place)
            return PlaceMention(
                start,
                m.end,
                "GPE",
                view.source[start : m.end],
                view.source[start : m.end],
                geo,
                m.key,
                (*evidence, "fallback:qualifier"),
                m.choice.score,
            )
        geo = geo_of(place)
        kind = "LOC" if place.feature in ("REGION", "ZONE", "PLN", "MT", "VAL") else "GPE"
        return PlaceMention(
            start, m.end, kind, ascii_name(place.name), place.name_ar, geo, m.key, evidence, m.choice.score
        )


def _seat_or_big(place: Place) -> bool:
    """A governorate seat or a big town: "مدينة سرت … إلى الغرب من أجدابيا" (400 km west) is still Sirte, only
    written loosely; a village of that name far from the town written after it is a homonym (REFERENCE §7)."""
    return place.feature in ("PPLA", "PPLC") or place.population >= _BIG_PLACE


def _far(place: Place, anchor: Place) -> bool:
    """Whether ``place`` lies too far from ``anchor`` for "X شرق <anchor>" to describe it."""
    if place.lat is None or place.lon is None or anchor.lat is None or anchor.lon is None:
        return False
    return km(place.lat, place.lon, anchor.lat, anchor.lon) > _NEAR_QUALIFIER_KM


_DEFAULT: list[tuple[Gazetteer, Recognizer]] = []


def get_recognizer() -> Recognizer:
    """The recognizer over the default gazetteer, built once per process (again if the gazetteer changes)."""
    gaz = load_gazetteer()
    if not _DEFAULT or _DEFAULT[0][0] is not gaz:
        if _DEFAULT:  # (round 33) the replaced recognizer's matcher leaves the shared table
            DOCUMENT_READINGS.leave(_DEFAULT[0][1].matcher)
        _DEFAULT[:] = [(gaz, Recognizer(gaz, shared=DOCUMENT_READINGS))]
    return _DEFAULT[0][1]


def find_places(text: str, *, recognizer: Recognizer | None = None) -> list[PlaceMention]:
    """Recognise and resolve the places named in ``text``.

    Args:
        text: Arabic text (any length; offsets in the result index into it).
        recognizer: a recognizer over another gazetteer (default: the packaged one).

    Returns:
        The place mentions in text order.
    """
    return (recognizer or get_recognizer()).find(text)
