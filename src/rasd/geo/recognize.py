"""Toponym recognition: gazetteer names found in Arabic text, read in context, accepted or rejected, resolved.

Steps of :meth:`Recognizer.find`:

1. Match every gazetteer name on the normalized view with the clitic-aware matcher (``بإدلب``, ``والغوطة``,
   ``#كفرنبل``, ``كفرنبيل``/``كفر نبل``).
2. Read each match's context on the view: a hashtag, a preposition (also as a clitic), a descriptor before it
   (``مدينة``، ``بلدة``، ``ريف``، ``محافظة``، ``منطقة``، ``سهل`` …, quotes allowed in between), a direction word before
   it (``شمال``، ``شمالي``) or after it (``الشمالي``), a relational word (``قرب``، ``أطراف``), a word that rules the
   place out (``مجلس الدوما``), a definite noun right after it (``حلب الحليب``), ``العاصمة`` right after it (``الكويت
   العاصمة`` is the capital city), and a bare word that carries on a name after a settlement descriptor (``مخيم نور
   شمس``: a small town of another country than the text's, matched inside it, is dropped in step 4).
3. Link neighbouring matches: coordination (``إدلب وحماة``, ``منبج، الباب``) and qualification (``كفرنبل بريف
   إدلب``, ``X شمال حماة``: the second place contains or locates the first).
4. Accept: ``normal`` names unless a negative word precedes; ``homograph`` names unless a definite noun follows
   or a negative word precedes; ``common`` names (``الباب``، ``تل``، ``المنصورة``) only with a descriptor, a
   direction, a relational word, a hashtag, a qualifier after them, ``ريف`` before them, coordination with an
   accepted place, or a preposition when the same name was recognised with such context elsewhere in the text;
   and a common word or a neighbourhood name (``حي الروضة``) only in a country the text is about, when it names
   one. A name written with an article it does not have (``الجنين`` for جنين, "the fetus") is a common word,
   and so is any word with tanween (``دوماً`` "always"); the clitic ك never precedes a place (``كبيرين``).
   Names of organisations that contain a place (``قوات سوريا الديمقراطية``) are matched whole and dropped.
5. Resolve with :func:`rasd.geo.resolve.choose`: unambiguous places first (they set the article's countries,
   governorates and anchor points), then the rest; a qualified place whose only candidates lie outside the
   qualifier's governorate falls back to the qualifier's area (REFERENCE §7 homonym rule).
6. Build mentions: ``ريف X [direction]`` and ``direction X`` become areas of X (``geo_precision`` 2 near a town,
   3 for a governorate or a country's part) whose span covers the whole phrase; a distance before the direction
   (``على بعد 40 كيلومترًا غرب X``) makes a place near the town X (its point, ``geo_precision`` 2); a country name
   after a settlement descriptor (``قرية مصر``) is not the country; other names keep their own span.
7. Names the gazetteer lacks but the text places (``#المستريحة في ريف حماة الشمالي``, ``قرية الصفصافة بريف
   إدلب``) get the area they are placed in, coarser and marked ``unresolved``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from rasd.errors import ResourceError
from rasd.geo.gazetteer import AREA_FEATURES, TIER_COMMON, TIER_HOMOGRAPH, Gazetteer, Place, load_gazetteer
from rasd.geo.resolve import (
    Choice,
    DocContext,
    ascii_name,
    choose,
    fallback_geo,
    geo_of,
    km,
    region_geo,
    same_admin1,
)
from rasd.resources import load_yaml
from rasd.text.matcher import LexiconMatcher, cached_view, strip_proclitics
from rasd.text.normalize import NormalizedView, normalize

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TANWEEN = re.compile("[\u064b-\u064d]")
_QUOTES = frozenset("«»\"“”'‘’‹›(#")
_WINDOW = 120
#: Characters per wanted token of the first, short look back in ``_tokens_before`` (Arabic news words and their
#: spaces average about 6 characters; a short window that holds too few tokens is widened to ``_WINDOW``).
_SHORT_WINDOW = 8
_MIN_NAME = 3
#: Descriptor types of settlements (an unknown name after one of them may be placed by its qualifier).
_SETTLEMENTS = frozenset({"city", "town", "village", "neighbourhood", "camp"})
#: Descriptor types after which an unknown name may be placed by the known place right after it.
#: "the neighbouring" (normalized) after a settlement descriptor and a name: ``بقرية الطيوري المجاورة``.
_NEIGHBOURING = "المجاوره"
_NEIGHBOURING_RE = re.compile(
    r"(?:^|(?<=[\s«\"(]))(?P<desc>[وفبل]{0,2}(?:قريه|بلده|مدينه|بلدتي|قريتي))\s+(?P<name>ال[^\W\d_]{2,})\s+المجاوره"
)
#: A neighbouring place lies by a town named at most this many characters before it.
_NEIGHBOUR_CHARS = 600
#: Descriptors (normalized stems) whose unknown name is placed in the one country of the text
#: (``_unknown_in_country``): administrative units only; منطقة, قرية or مخيم also name things that are no place
#: (منطقة اليورو، منطقة الجزاء، قرية الطفل الترفيهية) or lie abroad (مخيم الزعتري in an article on Syria).
_COUNTRY_DESCRIPTORS = ("محافظه", "مديريه", "قضاء")
#: Singular neighbourhood descriptors as a word ends (normalized), for ``_unknown_in_town``.
_NEIGHBOURHOOD_ENDS = ("حي", "حاره", "ضاحيه")
_NEIGHBOURHOOD_RE = re.compile(r"(?:^|[\s«\"(وفبل])(?:حي|حاره|ضاحيه) ")
#: Round 11: a mountain (جبل صبر في تعز) and a military site or crossing (قاعدة العند بمحافظة لحج) too.
_NAMED_KINDS = frozenset(
    {"city", "town", "village", "neighbourhood", "camp", "district", "governorate", "mountain", "site"}
)
_PROCLITIC_LETTERS = frozenset("وفبل")
#: Words between a name and the link to the place that locates it (normalized): "التابعة ل"، "الواقعة في"، a comma.
_LINK_WORDS = frozenset({"التابعه", "التابع", "الواقعه", "الواقع", "،", ","})
#: Round 12: relational words that put a name right before them near the place after them (normalized stems):
#: ``قريتي X وY قرب الموصل``، ``بلدة X بالقرب من إدلب``، ``قرية X في محيط حلب``. Not داخل/خارج/حدود/مدخل/وسط (a
#: part or an edge of the place, not a place near it) nor باتجاه/تجاه (a direction of movement).
#: Round 12: kinds of a known place after which names listed with و are places of its province (_unknown_listed_after).
_LISTED_KINDS = frozenset({"city", "town", "village", "neighbourhood", "district"})
#: Round 12: district descriptors (normalized) of ``_unknown_in_one_province`` (always a part of a province).
_DISTRICT_WORDS = ("مديريه",)
#: Round 12: descriptors that are also ordinary words (من ناحية التنفيذ "as for", قضاء الإجازات "spending"),
#: left out of the rules that read a name with no link to the place after it (normalized).
_WORD_TOO = frozenset({"ناحيه", "قضاء", "محور", "ولايه", "اقليم"})
#: Round 12: words before a name placed once that tell the same place again (بقطاع الطوال), not descriptors.
_SECTOR_WORDS = frozenset({"قطاع", "بقطاع", "لقطاع", "وقطاع"})
#: Round 12: kinds of an unlisted place read in the one province its sentence names (_unknown_in_province).
_PROVINCE_ITEM_KINDS = frozenset({"village", "town", "district", "city"})
#: Round 12: definite nouns written after منطقة/مدينة that name no place (war news, disasters, a king's name).
_WAR_NOUNS = frozenset(
    normalize(w)
    for w in (
        "الحدود",
        "العمليات",
        "الاشتباكات",
        "الاشتباك",
        "المواجهات",
        "المعارك",
        "المعركة",
        "القتال",
        "النزاع",
        "الصراع",
        "الحرب",
        "الجبهة",
        "التماس",
        "الأحداث",
        "الحادث",
        "الخطر",
        "الأمن",
        "الهجوم",
        "الغارات",
        "القصف",
        "الانفجار",
        "التفجير",
        "الحظر",
        "العازلة",
        "الجزاء",
        "اليورو",
        "الخليج",
        "السوق",
        "المطار",
        "الساحل",
        "الوسط",
        "السكن",
        "الحرم",
        "الصراعات",
        "النفوذ",
        "السيطرة",
        "الانتشار",
        "الاستهداف",
        "الحريق",
        "الكارثة",
        "الزلزال",
        "الفيضانات",
        "الانهيار",
        "الملك",  # مدينة الملك عبدالله للطاقة: an institution named after a king
        "الأمير",
        "العمل",
        "الاستقطاب",
        "المعارضة",
        "النظام",
        "الوطن",
        "العالم",
    )
)
#: Round 12: quotes around a name after its kind word (منطقة «دافوس»).
_OPEN_QUOTES = frozenset('«"“')
_CLOSE_QUOTES = frozenset('»"”')
#: Round 12: marks that may end a list of places (a full stop, a comma, a colon, a bracket, a quote).
_LIST_ENDS = frozenset('.،,؛:)»"')
#: Round 12: endings of a definite adjective, not a name, after و in a list (المحاصرتين، المجاورة، الشرقيين).
_ADJ_ENDS = ("تين", "تان", "ين", "ون", "يه")
#: Round 12: dual settlement descriptors (normalized), which announce exactly two names (قريتي X وY).
_DUAL_STEMS = frozenset({"قريتي", "قريتا", "بلدتي", "بلدتا", "مدينتي", "مدينتا", "منطقتي", "منطقتا", "حيي"})
_NEAR_WORDS = frozenset({"قرب", "بالقرب", "محيط", "ضواحي", "مشارف", "اطراف", "جوار"})
#: Bare direction nouns that make a compound name with the name before them (ظهران الجنوب), normalized.
_DIRECTION_NOUNS = frozenset({"الجنوب", "الشمال", "الشرق", "الغرب"})
#: Curated areas: a name placed "in" one of them is placed for sure (دوما في الغوطة الشرقية).
_AREAS = frozenset({"REGION", "ZONE", "PLN", "MT", "VAL"})
#: "the capital" written after a name (normalized): "الكويت العاصمة" is Kuwait City, "طرابلس العاصمة" Libya's Tripoli.
_CAPITAL_WORD = "العاصمه"
#: Matcher value of a ``not_places`` phrase (an organisation named after a place): matched, then dropped.
_NOT_PLACE = "\x00not-a-place"
#: Matcher value prefix of a short name written after its descriptor (``\x00short:اب`` for محافظة إب).
_SHORT = "\x00short:"
#: Descriptor kinds that let a short governorate name be matched (محافظة، مدينة، مديرية).
_SHORT_NAME_KINDS = frozenset({"governorate", "city", "district"})
#: Matcher value prefix of a nationality adjective (``\x00adj:LY`` for الليبية); see ``country_adjectives``.
_ADJ = "\x00adj:"
#: Endings that inflect a masculine nationality adjective (normalized: ة is ه): feminine, plurals, duals.
_ADJ_ENDINGS = ("ه", "ون", "ين", "ان", "يات", "تان", "تين")
#: Weight of one nationality adjective in the article's country focus (a place name counts 1).
_ADJ_WEIGHT = 0.5
#: A town smaller than this, of a country the article does not otherwise name, is dropped (``_drop_strays``) when
#: another country has at least ``_STRAY_SUPPORT`` names or nationality adjectives (each adjective 0.5).
_BIG_PLACE = 100_000
_STRAY_SUPPORT = 1.5
#: "X شرق <town>" puts X within this distance of the town (farther homonyms fall back to the town's area);
#: al-Khums lies 120 km east of Tripoli and is written "الخمس شرق طرابلس".
_NEAR_QUALIFIER_KM = 150.0
#: A neighbourhood farther than this from every town the text names is another one of the same name.
_REGION_KM = 150.0


@dataclass(slots=True)  # not frozen: a frozen dataclass costs 3x as much to build, and many are built per text
class _Tok:
    text: str
    start: int  # view offsets
    end: int


@dataclass(frozen=True, slots=True)
class GeoLexicon:
    """The context words of ``resources/ar/geo.yaml``, normalized."""

    descriptors: dict[str, str]
    plural: frozenset[str]
    features: dict[str, frozenset[str]]
    dir_before: dict[str, str]
    dir_after: dict[str, str]
    dir_names: dict[str, str]
    preps: frozenset[str]
    relational: frozenset[str]
    negative: frozenset[str]
    adjectives: frozenset[str]
    neutral: frozenset[str]
    not_places: frozenset[str]
    joinable: frozenset[str]
    adjectives_of: dict[str, str]
    distance_units: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()


def _norm(word: object) -> str:
    return " ".join(normalize(str(word)).split())


@functools.cache
def geo_lexicon() -> GeoLexicon:
    """Load the context-word lists of ``ar/geo.yaml`` (cached).

    Raises:
        ResourceError: the file lacks a section or a section has the wrong shape.
    """
    data = load_yaml("ar/geo.yaml")

    def mapping(key: str) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise ResourceError(f"ar/geo.yaml: section {key!r} must be a mapping")
        return value

    def words(key: str) -> frozenset[str]:
        value = data.get(key)
        if not isinstance(value, list):
            raise ResourceError(f"ar/geo.yaml: section {key!r} must be a list")
        return frozenset(_norm(v) for v in value)

    descriptors = {_norm(w): str(kind) for kind, ws in mapping("descriptors").items() for w in ws}
    return GeoLexicon(
        descriptors=descriptors,
        plural=words("plural_descriptors"),
        features={str(k): frozenset(str(f) for f in v) for k, v in mapping("descriptor_features").items()},
        dir_before={_norm(k): str(v) for k, v in mapping("directions_before").items()},
        dir_after={_norm(k): str(v) for k, v in mapping("directions_after").items()},
        dir_names={str(k): str(v) for k, v in mapping("direction_names").items()},
        preps=words("locative_prepositions"),
        relational=words("relational_words"),
        negative=words("negative_left"),
        adjectives=words("place_adjectives"),
        neutral=words("neutral_after"),
        not_places=words("not_places"),
        joinable=words("joinable_prefixes"),
        adjectives_of=_country_adjectives(mapping("country_adjectives")),
        distance_units=words("distance_units"),
        not_names=words("not_names"),
    )


def _country_adjectives(data: dict[str, Any]) -> dict[str, str]:
    """Every normalized inflected form (no article) of the nationality adjectives → ISO 3166 alpha-2 code.

    The bare masculine form maps to ``"<code>:m"`` (it counts only with the article).
    """
    out: dict[str, str] = {}
    for code, stems in data.items():
        for stem in stems:
            base = _norm(stem)
            out[base] = f"{code}:m"
            for ending in _ADJ_ENDINGS:
                out.setdefault(base + ending, str(code))
    return out


@dataclass(slots=True)
class _Mention:
    """One name match and what its context says (offsets: ``start``/``end`` in the source, ``v*`` in the view)."""

    start: int
    end: int
    key: str
    prefix: str
    vs: int  # view offset where the word (proclitics included) starts
    vname: int  # view offset where the name itself starts
    ve: int  # view offset just after the name
    tier: str
    candidates: list[Place]
    descriptor: str | None = None
    plural: bool = False
    countryside: bool = False
    span_start: int | None = None  # view offset where a ريف/direction phrase starts
    span_end: int | None = None  # view offset where a trailing direction ends
    direction: str | None = None
    direction_after: bool = False
    distance: bool = False  # "على بعد 40 كيلومترا غرب X": near X
    relational: bool = False
    prep: bool = False
    hashtag: bool = False
    negative: bool = False
    noun_after: bool = False
    capital: bool = False  # "العاصمة" right after the name: the capital city of its candidates
    name_continues: bool = False  # "مخيم نور شمس": after a settlement descriptor the name runs on past the match
    name_preceded: bool = False  # "منطقة سون كايا": the match is the last word of a longer name after a descriptor
    compound: bool = False  # a bare direction noun follows: ظهران الجنوب is another place than ظهران
    adjective_position: bool = False
    descriptor_definite: bool = False  # the descriptor has the article (القرى السعودية: an adjective follows it)
    country: str | None = None  # a nationality adjective right after or before the name (طرابلس الليبية)
    coordinated: list[int] = field(default_factory=list)
    qualifier: int | None = None
    qualifier_strong: bool = False
    accepted: bool = False
    evidence: list[str] = field(default_factory=list)
    choice: Choice | None = None

    @property
    def marked(self) -> bool:
        """Written as a place: a descriptor, ريف, a direction, a relational word or a hashtag goes with it."""
        return bool(
            self.descriptor or self.countryside or self.direction or self.relational or self.hashtag or self.country
        )

    @property
    def strong(self) -> bool:
        """Context that makes even a common word a place: :attr:`marked`, or a place qualifier after it."""
        if self.marked:
            return True
        if self.qualifier is None:
            return False
        return self.qualifier_strong or self.tier != TIER_COMMON


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A recognised place: a span of the source text and its resolution.

    Attributes:
        start: source offset of the mention (``ريف``/direction phrases included; conjunctions and prepositions
            excluded, the article kept: ``الكبانة`` in ``بالكبانة``).
        end: source offset just after it.
        type: ``GPE`` (country, governorate, district, settlement) or ``LOC`` (region, area, zone, countryside).
        canonical: English name (ACLED style).
        canonical_ar: Arabic name.
        geo: the SCHEMA ``geo`` object (lat, lon, geonames_id, country_iso3, admin1–3, feature, geo_precision …).
        key: the normalized gazetteer name that matched.
        evidence: why it was accepted (``descriptor:city``, ``prep``, ``coordinated``, ``focus`` …).
        score: the resolver's score of the chosen place.
    """

    start: int
    end: int
    type: str
    canonical: str
    canonical_ar: str
    geo: dict[str, Any]
    key: str
    evidence: tuple[str, ...]
    score: float


class Recognizer:
    """Finds and resolves place names in text with one gazetteer.

    Args:
        gazetteer: the gazetteer (default: :func:`rasd.geo.gazetteer.load_gazetteer`).
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.lex = geo_lexicon()
        entries = [(k, k) for k in self.gazetteer.name_keys()]
        entries += [(k, _NOT_PLACE) for k in self.lex.not_places]
        entries += [(k, _ADJ + v) for k, v in self.lex.adjectives_of.items()]
        entries += self._short_entries()
        self.matcher: LexiconMatcher[str] = LexiconMatcher(
            entries, clitics=True, article_optional=True, min_len=_MIN_NAME
        )
        self._keys = frozenset(self.gazetteer.name_keys())
        self._joinable = self.lex.joinable

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
        return out

    # ------------------------------------------------------------------------------------------ public API
    def find(self, text: str | NormalizedView) -> list[PlaceMention]:
        """Recognise and resolve the places of ``text`` (see the module docstring for the steps)."""
        view = text if isinstance(text, NormalizedView) else cached_view(text)
        mentions, focus = self._match(view)
        if not mentions:
            return []
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
        unknown += self._unknown_chained(mentions, view, unknown)
        found_all += unknown + self._repeated_unknown(unknown, view)
        found_all.sort(key=lambda f: (f.start, -f.end))
        out: list[PlaceMention] = []
        for found in found_all:
            if out and found.start < out[-1].end:  # phrases grown over a neighbour: keep the first
                continue
            out.append(found)
        return out

    # ------------------------------------------------------------------------------------------ 7 unknown names
    def _unknown_places(self, mentions: list[_Mention], view: NormalizedView) -> list[PlaceMention]:
        """Names the gazetteer lacks, placed in the area the text gives right after them.

        ``#المستريحة في ريف حماة الشمالي`` or ``قرية الصفصافة بريف إدلب``: a hashtag, or a settlement descriptor
        followed by a name written with the article (or a two-word name such as ``تل X``), then ``في``/``ب`` and a
        recognised countryside, direction or governorate. The place gets that area's ``geo`` (coarser precision,
        ``unresolved``), never a point of its own.
        """
        out: list[PlaceMention] = []
        vtext = view.text
        for b in mentions:
            if not b.accepted or b.choice is None:
                continue
            if not (b.countryside or (b.direction and not b.direction_after) or b.descriptor == "governorate"):
                continue
            start = b.span_start if b.span_start is not None else b.vs
            toks = self._tokens_before(vtext, start, 5)
            # drop the glue: a ب/و/ف left of the ريف word, and في
            while toks and (toks[-1].end == start and toks[-1].text in ("ب", "وب", "في")):
                toks.pop()
            if toks and toks[-1].text == "في":
                toks.pop()
            if not toks or toks[-1].end > start or not _TOKEN_RE.fullmatch(toks[-1].text):
                continue
            name_toks = [toks[-1]]
            if len(toks) >= 2 and self._in(toks[-2].text, self._joinable):
                name_toks.insert(0, toks[-2])
            first = name_toks[0]
            before = toks[-len(name_toks) - 1] if len(toks) > len(name_toks) else None
            pair = self._dual_before_area(toks, name_toks)
            if pair:
                # "قريتي الصمدانية والحميدية بريف القنيطرة": two names after a plural settlement descriptor (11c)
                for group in pair:
                    if " ".join(t.text for t in group) in self._keys or self._not_a_name(group):
                        continue
                    if any(m.accepted and m.vs < group[-1].end and group[0].start < m.ve for m in mentions):
                        continue
                    s, e = view.to_source(group[0].start, group[-1].end)
                    pair_ev = ("unknown-name", "descriptor:plural", "area")
                    geo = fallback_geo(b.choice.place)
                    out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], geo, "", pair_ev, 0.0))
                continue
            hashtag = first.start > 0 and vtext[first.start - 1] == "#"
            desc = self._descriptor(before.text) if before is not None else None
            named = len(name_toks) == 2 or first.text.startswith("ال")
            if not (hashtag or (desc is not None and desc[0] in _SETTLEMENTS and named)):
                continue
            written = " ".join(t.text for t in name_toks)
            if written in self._keys or self._descriptor(first.text) or not first.text.isalpha():
                continue
            if any(m.accepted and m.vs < name_toks[-1].end and first.start < m.ve for m in mentions):
                continue
            s, e = view.to_source(first.start, name_toks[-1].end)
            geo = fallback_geo(b.choice.place)
            evidence = ("unknown-name", "hashtag" if hashtag else f"descriptor:{desc[0] if desc else ''}")
            out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], geo, "", evidence, 0.0))
        return out

    def _dual_before_area(self, toks: list[_Tok], name_toks: list[_Tok]) -> list[list[_Tok]]:
        """The two names of ``<plural settlement descriptor> الX والY`` right before an area (قريتي الصمدانية
        والحميدية بريف القنيطرة), or nothing: each name written with the article, the second after و."""
        if len(name_toks) != 1 or len(toks) < 3 or not name_toks[0].text.startswith("وال"):
            return []
        second, first, head = name_toks[0], toks[-2], toks[-3]
        if not first.text.startswith("ال") or len(first.text) < 4 or len(second.text) < 5:
            return []
        desc = self._descriptor(head.text)
        if desc is None or desc[0] not in _SETTLEMENTS or desc[1] not in self.lex.plural:
            return []
        if "ال" in head.text[: desc[2]]:
            return []  # "القريتين": the definite dual points back, it names nothing
        return [[first], [_Tok(second.text[1:], second.start + 1, second.end)]]

    def _unknown_before_anchor(self, mentions: list[_Mention], view: NormalizedView) -> list[PlaceMention]:
        """Names the gazetteer lacks, written as ``<descriptor> <name> <link> <known place>``.

        ``منطقة الجفينة جنوب غرب مأرب``، ``مناطق البوشجل والملاحمة في محافظة الأنبار``، ``محافظة الحجرة بمنطقة
        الباحة``، ``بمنطقة الساحل الشرقي في مدينة درنة``، ``حيي دار سعد وكريتر``: a settlement, district,
        neighbourhood, camp or governorate descriptor without the article, one to three words (several names
        joined by و after a plural descriptor), then a link to a recognised place: في، من (before a division),
        ب or ل on its descriptor or on the name, a direction before it (جنوب غرب), التابعة ل، or و after a
        plural descriptor (the names are listed together). The name gets the known place's area (a town: near
        it, ``geo_precision`` 2; a division: 3), marked ``unresolved``; an indefinite one-word name that looks
        like an adjective (a nisba ending in ي/ية, or a word of ``not_names`` in ``geo.yaml``) is no name.
        """
        out: list[PlaceMention] = []
        vtext = view.text
        for b in mentions:
            if not b.accepted or b.choice is None or b.countryside:
                continue  # ريف X places the name before it in _unknown_places
            place = b.choice.place
            start = b.span_start if b.span_start is not None else b.vs
            toks = self._tokens_before(vtext, start, 10)
            if not toks or toks[-1].end > start:
                continue
            prefix = b.prefix
            if toks[-1].end == start and set(toks[-1].text) <= _PROCLITIC_LETTERS:
                prefix += toks.pop().text  # a phrase's span starts after its proclitics (بجنوب)
            if not toks:
                continue  # nothing before the proclitic: no descriptor, no name
            i = len(toks) - 1
            link = "ب" in prefix or "ل" in prefix or (b.span_start is not None and b.direction is not None)
            joined = "و" in prefix and not link
            anchor_desc = self._descriptor(toks[i].text)
            if anchor_desc is not None and anchor_desc[0] != "countryside" and vtext[toks[i].end : start].strip() == "":
                prefix = toks[i].text[: anchor_desc[2]]
                if "ال" in prefix:
                    continue  # "في المنطقة الشرقية": an adjective phrase, not a name's link
                link = link or "ب" in prefix or "ل" in prefix
                joined = joined or ("و" in prefix and not link)
                i -= 1
            if i >= 1 and f"{toks[i - 1].text} {toks[i].text}" in self.lex.dir_before:
                i -= 2
                link = True
            elif i >= 0 and toks[i].text in self.lex.dir_before:
                i -= 1
                link = True
            if i >= 1 and toks[i].text == "من" and b.relational and self._near_word(toks[i - 1].text):
                i -= 1  # "بلدة X بالقرب من إدلب" (round 12): the near word below
            elif i >= 0 and toks[i].text in ("في", "من"):
                if toks[i].text == "من" and anchor_desc is None and place.feature not in AREA_FEATURES:
                    continue
                i -= 1
                link = True
            if b.relational and not link and i >= 0 and self._near_word(toks[i].text):
                i -= 1  # "قريتي X وY قرب الموصل": near the place (round 12)
                link = True
                if i >= 0 and toks[i].text == "في":
                    i -= 1  # "قرية X في محيط حلب"
            while link and i >= 1 and toks[i].text in _LINK_WORDS:
                i -= 1  # "X التابعة لحائل", "X الواقعة شمال Y", "X، في Y"
            if not (link or joined) or i < 1:
                continue
            # the descriptor: one to three words before the link
            j = next((q for q in range(i - 1, max(-1, i - 4), -1) if self._descriptor(toks[q].text)), None)
            if j is None:
                continue
            kind, stem, plen = self._descriptor(toks[j].text) or ("", "", 0)
            dprefix = toks[j].text[:plen]
            if kind not in _NAMED_KINDS or "ال" in dprefix or dprefix.endswith("لل") or stem.startswith("ال"):
                continue  # "العاصمة الاقتصادية لسورية": a definite descriptor takes an adjective, not a name
            ds, de = view.to_source(toks[j].start, toks[j].end)
            if "إحياء" in view.source[ds:de]:
                continue  # "لإحياء العملية السياسية" (reviving), not أحياء (neighbourhoods): one form normalized
            plural = stem in self.lex.plural
            if joined and not plural:
                continue
            if place.feature == "PCLI" and kind not in _SETTLEMENTS:
                continue
            name_toks = toks[j + 1 : i + 1]
            if any(not _TOKEN_RE.fullmatch(t.text) or not t.text.isalpha() for t in name_toks):
                continue
            groups: list[list[_Tok]] = [[]]
            for t in name_toks:
                if groups[-1] and t.text.startswith("و") and (t.text.startswith("وال") or (plural and len(t.text) > 3)):
                    if not plural:
                        if not any(x.accepted and x.vs == t.start for x in mentions):
                            groups = []  # "منطقة X والY" after a singular descriptor: not one name
                        # else "منطقة رأس عيسى والصليف، شمالي مدينة الحديدة": X is listed with a known place
                        break
                    groups.append([_Tok(t.text[1:], t.start + 1, t.end)])
                else:
                    groups[-1].append(t)
            geo = fallback_geo(place)
            pair = len(groups) == 2 and stem in _DUAL_STEMS
            for group in groups:
                if not group or self._not_a_name(group, pair):
                    continue
                gs, ge = view.to_source(group[0].start, group[-1].end)
                if _TANWEEN.search(view.source[gs:ge]):
                    continue  # "آزال هجومًا مباغتًا": tanween marks an ordinary word
                written = " ".join(t.text for t in group)
                if written in self._keys:
                    continue
                if any(m.accepted and m.vs < group[-1].end and group[0].start < m.ve for m in mentions):
                    continue
                s, e = view.to_source(group[0].start, group[-1].end)
                evidence = ("unknown-name", f"descriptor:{kind}", "anchor")
                out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], dict(geo), "", evidence, 0.0))
        return out

    def _unknown_after_head(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 11c: a list whose province is named once at its head, then a colon, then its items each told by
        its kind (``في محافظة صعدة: مديرية X، ومنطقة Y، وقرية Z``): the names the gazetteer lacks are places of
        that province (``geo_precision`` 3, ``unresolved``). An item is a descriptor of a named kind without the
        article and one to three words of name, items parted by a comma or و; the list ends at the first word that
        is neither (a full stop, a verb, a longer phrase). Items the gazetteer holds stay as they are."""
        out: list[PlaceMention] = []
        vtext = view.text
        taken = [(p.start, p.end) for p in placed]
        for b in mentions:
            if not b.accepted or b.choice is None:
                continue
            place = b.choice.place
            if place.feature not in ("ADM1", "ADM2") and b.descriptor != "governorate":
                continue
            toks = self._tokens_after(vtext, b.ve, 40)
            if not toks or toks[0].text != ":":
                continue
            geo = fallback_geo(place)
            k = 1
            while k < len(toks):
                if toks[k].text in ("،", ","):
                    k += 1
                    continue
                desc = self._descriptor(toks[k].text)
                if desc is None or desc[0] not in _NAMED_KINDS:
                    break
                dprefix = toks[k].text[: desc[2]]
                if "ال" in dprefix or dprefix.strip("و") or desc[1].startswith("ال"):
                    break  # "وبالمنطقة": a definite or linked word, not the next item
                k += 1
                group: list[_Tok] = []
                while k < len(toks) and _TOKEN_RE.fullmatch(toks[k].text) and toks[k].text.isalpha():
                    if group and toks[k].text.startswith("و") and self._descriptor(toks[k].text[1:]):
                        break  # "ومنطقة": the next item
                    group.append(toks[k])
                    k += 1
                if not group or len(group) > 3:
                    break  # no name, or a phrase that runs on: the list is over
                if self._not_a_name(group) or " ".join(t.text for t in group) in self._keys:
                    continue
                if any(m.accepted and m.vs < group[-1].end and group[0].start < m.ve for m in mentions):
                    continue  # an item the gazetteer holds
                s, e = view.to_source(group[0].start, group[-1].end)
                if _TANWEEN.search(view.source[s:e]) or any(a < e and s < z for a, z in taken):
                    continue
                evidence = ("unknown-name", f"descriptor:{desc[0]}", "head")
                out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], dict(geo), "", evidence, 0.0))
        return out

    def _unknown_in_town(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A neighbourhood the gazetteer lacks, in the one town the text names: ``مكة المكرمة: … سقط عامل في حي
        الزاهر`` is al-Zahir of Mecca (near the town, ``geo_precision`` 2, ``unresolved``).

        Only a singular neighbourhood descriptor without the article (حي، حارة، ضاحية) and a name written with the
        article (or a two-word name such as ``أبو X``), when every settlement the text names is one and the same
        town (countries and divisions aside); a neighbourhood lies in a town, so no other is left.
        """
        towns = {
            m.choice.place.id: m.choice.place
            for m in mentions
            if m.accepted and m.choice is not None and m.choice.place.feature not in AREA_FEATURES
        }
        if len(towns) != 1:
            return []
        town = next(iter(towns.values()))
        vtext = view.text
        if not _NEIGHBOURHOOD_RE.search(vtext):
            return []  # most texts: one regex pass instead of a descriptor test per word
        toks = [_Tok(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(vtext)]
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for i, tok in enumerate(toks[:-1]):
            if not tok.text.endswith(_NEIGHBOURHOOD_ENDS):
                continue
            desc = self._descriptor(tok.text)
            if desc is None or desc[0] != "neighbourhood" or desc[1] in self.lex.plural or "ال" in tok.text[: desc[2]]:
                continue
            group = [toks[i + 1]]
            if self._in(group[0].text, self._joinable) and i + 2 < len(toks):
                group.append(toks[i + 2])
            first = group[0]
            if vtext[tok.end : first.start] != " " or any(not t.text.isalpha() for t in group):
                continue
            if len(group) == 1 and not first.text.startswith("ال"):
                continue
            if self._not_a_name(group):
                continue  # a gazetteer name is kept: its candidates were turned down (a Yemeni الزاهر in Mecca)
            gs, ge = view.to_source(first.start, group[-1].end)
            if _TANWEEN.search(view.source[gs:ge]):
                continue
            if any(a < group[-1].end and first.start < b for a, b in taken) or any(
                m.accepted and m.vs < group[-1].end and first.start < m.ve for m in mentions
            ):
                continue
            evidence = ("unknown-name", "descriptor:neighbourhood", "one town")
            written = view.source[gs:ge]
            out.append(PlaceMention(gs, ge, "GPE", written, written, fallback_geo(town), "", evidence, 0.0))
        return out

    def _unknown_in_country(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A governorate or district the gazetteer lacks, written with its descriptor (محافظة، مديرية، قضاء) and a
        name with the article (``محافظة الخرمة``، ``مديرية الشمايتين``), in a text whose places all lie in one
        country: that country (``geo_precision`` 3, ``unresolved``; no admin1 is guessed)."""
        accepted = [m for m in mentions if m.accepted and m.choice is not None]
        countries = {m.choice.place.country for m in accepted if m.choice is not None}
        if len(countries) != 1 or len({m.key for m in accepted}) < 2:
            return []  # one place alone may be a wrong reading: two names of one country say where the text is
        code = next(iter(countries))
        country = next((p for p in self.gazetteer.candidates_by_country(code) if p.feature == "PCLI"), None)
        if country is None:
            return []
        vtext = view.text
        if not any(d in vtext for d in _COUNTRY_DESCRIPTORS):
            return []
        toks = [_Tok(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(vtext)]
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for i, tok in enumerate(toks[:-1]):
            if not tok.text.endswith(_COUNTRY_DESCRIPTORS):
                continue
            desc = self._descriptor(tok.text)
            if desc is None or desc[1] not in _COUNTRY_DESCRIPTORS:
                continue
            if "ال" in tok.text[: desc[2]] or tok.text[: desc[2]].endswith("لل"):
                continue  # "المنطقة الشرقية": a definite descriptor takes an adjective
            first = toks[i + 1]
            if vtext[tok.end : first.start] != " " or not first.text.isalpha() or not first.text.startswith("ال"):
                continue
            group = [first]
            if self._not_a_name(group):
                continue
            gs, ge = view.to_source(first.start, first.end)
            if _TANWEEN.search(view.source[gs:ge]):
                continue
            if any(a < first.end and first.start < b for a, b in taken) or any(
                m.vs < first.end and first.start < m.ve for m in mentions
            ):
                continue  # placed, or a gazetteer name the recognizer turned down: left alone
            evidence = ("unknown-name", f"descriptor:{desc[0]}", "one country")
            written = view.source[gs:ge]
            out.append(PlaceMention(gs, ge, "GPE", written, written, fallback_geo(country), "", evidence, 0.0))
        return out

    def _unknown_neighbouring(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A village or town the gazetteer lacks, written as the neighbour of a town the text named before it
        (``… مدينة سبها … بقرية الطيوري المجاورة``): near that town (``geo_precision`` 2, ``unresolved``)."""
        vtext = view.text
        if _NEIGHBOURING not in vtext:
            return []  # most texts: one substring test
        towns = sorted(
            # a town written as a bearing ("700 كيلومتر جنوبي طرابلس") locates another place, not this story's town
            (
                m
                for m in mentions
                if m.accepted and m.choice is not None and not m.choice.place.is_area and not m.direction
            ),
            key=lambda m: m.ve,
        )
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for hit in _NEIGHBOURING_RE.finditer(vtext):
            ns, ne = hit.span("name")
            if self._descriptor(hit.group("desc")) is None or self._not_a_name([_Tok(hit.group("name"), ns, ne)]):
                continue
            if hit.group("name") in self._keys or any(a < ne and ns < b for a, b in taken):
                continue
            if any(m.vs < ne and ns < m.ve for m in mentions):
                continue  # a gazetteer name the recognizer read or turned down
            before = [m for m in towns if m.ve <= ns and ns - m.ve <= _NEIGHBOUR_CHARS]
            if not before or before[-1].choice is None:
                continue
            gs, ge = view.to_source(ns, ne)
            if _TANWEEN.search(view.source[gs:ge]):
                continue
            written = view.source[gs:ge]
            geo = fallback_geo(before[-1].choice.place)
            evidence = ("unknown-name", "neighbouring")
            out.append(PlaceMention(gs, ge, "GPE", written, written, geo, "", evidence, 0.0))
        return out

    def _unknown_listed_after(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: names the gazetteer lacks listed with و right after a village, town or district it holds, told
        by its kind (``في منطقة الدمنة والحوبان ومدينة الصالح شرقي المدينة``): places of that place's province
        (``geo_precision`` 3, ``unresolved``; no point of their own). An item is a definite one-word name after و,
        or a settlement descriptor without the article and a one- or two-word name (ومدينة الصالح، وقرية تل X);
        the list ends at anything else and counts only when it ends at a punctuation mark, a direction or a link
        (شرقي المدينة، في، قرب) and holds an item told by its kind or ends at a direction or link: "في مدينة حلب
        والشرطة." lists no place."""
        out: list[PlaceMention] = []
        vtext = view.text
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        for b in mentions:
            if not b.accepted or b.choice is None or b.descriptor not in _LISTED_KINDS or b.descriptor_definite:
                continue
            place = b.choice.place
            if place.is_area or place.feature == "PCLI":
                continue
            province = self.gazetteer.admin1_place(place.country, place.admin1_code)
            if province is None:
                continue
            toks = self._tokens_after(vtext, b.ve, 16)
            # a dual (بلدتي نبل والزهراء) announces one more name only: what follows is no item (والمحاصرتين)
            most = 1 if b.plural and self._dual(vtext, b) else 4
            items: list[list[_Tok]] = []
            kinds = 0
            k = 0
            end_ok = anchored = False
            while k < len(toks):
                t = toks[k]
                if t.text in ("،", ",") and k + 1 < len(toks) and toks[k + 1].text.startswith("و"):
                    k += 1
                    continue
                if not t.text.startswith("و") or len(t.text) < 2 or not t.text.isalpha():
                    anchored = t.text in self.lex.dir_before or t.text in ("في", "من") or self._near_word(t.text)
                    end_ok = (t.text in _LIST_ENDS or anchored) and k > 0
                    break
                rest = _Tok(t.text[1:], t.start + 1, t.end)
                desc = self._descriptor(rest.text)
                if desc is not None:
                    if desc[0] not in _LISTED_KINDS or desc[2] or desc[1] in self.lex.plural or k + 1 >= len(toks):
                        break
                    group = [toks[k + 1]]
                    if self._in(group[0].text, self._joinable) and k + 2 < len(toks):
                        group.append(toks[k + 2])
                    kinds += 1
                else:
                    if not rest.text.startswith("ال") or len(rest.text) < 4 or rest.text.endswith(_ADJ_ENDS):
                        break  # "والمحاصرتين", "والمجاورة": an adjective of the list, no name
                    group = [rest]
                if any(not g.text.isalpha() for g in group):
                    break
                items.append(group)
                k += 1 + (len(group) if desc is not None else 0)
                if len(items) >= most:
                    end_ok = anchored = most == 1  # the dual told the second name's kind
                    break
            else:
                end_ok = bool(items)
            if not items or not end_ok or not (kinds or anchored):
                continue
            geo = fallback_geo(province)
            for group in items:
                evidence = ("unknown-name", f"descriptor:{b.descriptor}", "listed")
                if (new := self._unlisted(group, mentions, taken, view, geo, evidence, plain=False)) is not None:
                    out.append(new)
        return out

    def _unknown_in_province(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: a village, town or district the gazetteer lacks, told by its kind (منطقة، قرية، بلدة، مديرية،
        ناحية، قضاء، عزلة; no article) and a name with the article (or a two-word name such as ``تل X``), in a
        sentence whose places all lie in the one province it names (``وفي محافظة مأرب شنت المقاتلات غارات على
        منطقة الجدعان``): a place of that province (``geo_precision`` 3, the province's seat, ``unresolved``).
        Several names after a plural kind word (مناطق الX والY) are each a place; a name in quotes needs no article
        (منطقة «دافوس»); the province may be named after the name too. Not when the sentence names a
        place of another province, nor for a name that runs on into a definite word (منطقة العمليات العسكرية)
        or is a common noun of war news (منطقة الاشتباكات، منطقة الحدود)."""
        vtext = view.text
        provinces = [m for m in mentions if m.accepted and m.choice is not None and m.choice.place.feature == "ADM1"]
        if not provinces:
            return []
        accepted = [m for m in mentions if m.accepted and m.choice is not None]
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        toks = [_Tok(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(vtext)]
        out: list[PlaceMention] = []
        for i, tok in enumerate(toks[:-1]):
            desc = self._descriptor(tok.text)
            if desc is None or desc[0] not in _PROVINCE_ITEM_KINDS or desc[1] in _WORD_TOO:
                continue
            dprefix = tok.text[: desc[2]]
            if "ال" in dprefix or dprefix.endswith("لل") or desc[1].startswith("ال") or desc[1] == "عاصمه":
                continue  # "المنطقة الشرقية", "العاصمة المقدسة": an adjective; "عاصمة التمور": capital of
            plural = desc[1] in self.lex.plural
            groups: list[list[_Tok]] = []
            k = i + 1
            if k + 2 < len(toks) and toks[k].text in _OPEN_QUOTES:
                # a name in quotes needs no article: "فقدت المقاومة أحد قياداتها في منطقة «دافوس»"
                close = next((q for q in range(k + 2, min(k + 5, len(toks))) if toks[q].text in _CLOSE_QUOTES), None)
                if close is not None and all(x.text.isalpha() for x in toks[k + 1 : close]):
                    groups.append(toks[k + 1 : close])
                    k = close + 1
            while k < len(toks) and (not groups or plural):
                t = toks[k]
                word = t.text if not groups else (t.text[1:] if t.text.startswith("و") else "")
                if not word.isalpha():
                    break
                wt = _Tok(word, t.end - len(word), t.end)
                if word.startswith("ال") and len(word) >= 4:
                    groups.append([wt])
                    k += 1
                elif self._in(word, self._joinable) and k + 1 < len(toks) and toks[k + 1].text.isalpha():
                    groups.append([wt, toks[k + 1]])
                    k += 2
                else:
                    break
            if not groups or (
                k < len(toks) and toks[k].text.startswith("ال") and not self._is_place_at(mentions, toks[k])
            ):
                continue  # "منطقة العمليات العسكرية": a phrase runs on, no name
            lo = max(vtext.rfind(c, 0, tok.start) for c in ".؟!\n")
            hi = min((x for x in (vtext.find(c, tok.end) for c in ".؟!\n") if x >= 0), default=len(vtext))
            around = [m for m in accepted if lo < m.vs < hi]
            heads = {m.choice.place.id: m.choice.place for m in provinces if lo < m.vs < hi and m.choice}
            if len(heads) != 1:
                continue
            province = next(iter(heads.values()))
            if any(
                m.choice is not None
                and m.choice.place.id != province.id
                and not (m.choice.place.feature == "PCLI" and m.choice.place.country == province.country)
                and (m.choice.place.country != province.country or m.choice.place.admin1 != province.admin1)
                for m in around
            ):
                continue  # a place of another province (or country) in the sentence: whose is the name?
            geo = fallback_geo(province)
            for group in groups:
                evidence = ("unknown-name", f"descriptor:{desc[0]}", "province")
                if (new := self._unlisted(group, mentions, taken, view, geo, evidence)) is not None:
                    out.append(new)
        return out

    def _unknown_in_one_province(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: a district the gazetteer lacks (مديرية، قضاء، ناحية X) or a Saudi governorate (محافظة X, a
        part of a region: محافظة الطوال بمنطقة جازان), written with its descriptor and a name with the article, in
        a text whose towns and provinces all lie in one province (countries aside): a place of that province
        (``geo_precision`` 3, the province's seat, ``unresolved``), as ``_unknown_in_country`` does for a country."""
        accepted = [m for m in mentions if m.accepted and m.choice is not None and m.choice.place.feature != "PCLI"]
        units = {(m.choice.place.country, m.choice.place.admin1_code) for m in accepted if m.choice is not None}
        if len(units) != 1:
            return []
        country, code = next(iter(units))
        province = self.gazetteer.admin1_place(country, code)
        if province is None or not any(
            m.choice is not None and (m.choice.place.feature == "ADM1" or m.descriptor in ("district", "governorate"))
            for m in accepted
        ):
            return []  # the province is named as one (منطقة جازان), not only through a town of it
        vtext = view.text
        kinds = _DISTRICT_WORDS + (("محافظه",) if country == "SA" else ())
        if not any(d in vtext for d in kinds):
            return []
        toks = [_Tok(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(vtext)]
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for i, tok in enumerate(toks[:-1]):
            desc = self._descriptor(tok.text)
            if (
                desc is None
                or desc[1] not in kinds
                or "ال" in tok.text[: desc[2]]
                or tok.text[: desc[2]].endswith("لل")
            ):
                continue
            first = toks[i + 1]
            if vtext[tok.end : first.start] != " " or not first.text.isalpha() or not first.text.startswith("ال"):
                continue
            if i + 2 < len(toks) and (
                (toks[i + 2].text.startswith("ال") and not self._is_place_at(mentions, toks[i + 2]))
                or toks[i + 2].text in ("علي", "عن")
            ):
                continue  # a phrase runs on; "محافظة الأسر على …" (keeping), a verbal noun and its object
            evidence = ("unknown-name", f"descriptor:{desc[0]}", "one province")
            if (new := self._unlisted([first], mentions, taken, view, fallback_geo(province), evidence)) is not None:
                out.append(new)
        return out

    def _unknown_chained(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: the items before an unlisted place in a list of places each told by its kind (``في منطقة عرقوب
        ومنطقة دوفس بمحافظة أبين``، ``منطقة X وقرية Y ومديرية الZ``): a name of one or two words between a singular
        kind word without the article and the next item's ``و`` + kind word is a place of the same area as the item
        after it (its ``geo``, ``unresolved``)."""
        vtext = view.text
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        queue = sorted(placed, key=lambda u: -u.start)
        while queue:
            u = queue.pop(0)
            vs = view.to_view(u.start)
            toks = self._tokens_before(vtext, vs, 5)
            if len(toks) < 3 or not self._chain_kind(toks[-1].text, True):
                continue
            j = next((q for q in (len(toks) - 3, len(toks) - 4) if q >= 0 and self._chain_kind(toks[q].text)), None)
            if j is None:
                continue
            group = toks[j + 1 : -1]
            if any(not t.text.isalpha() for t in group) or vtext[toks[-1].end : vs].strip():
                continue
            desc = self._descriptor(toks[j].text) or ("", "", 0)
            evidence = ("unknown-name", f"descriptor:{desc[0]}", "chained")
            if (new := self._unlisted(group, mentions, taken, view, u.geo, evidence)) is None:
                continue
            out.append(new)
            taken.append((group[0].start, group[-1].end))
            queue.insert(0, new)
        return out

    def _chain_kind(self, word: str, joined: bool = False) -> bool:
        """A singular kind word of a list item without the article (منطقة، وقرية، بمديرية); ``joined``: with و."""
        desc = self._descriptor(word)
        if desc is None or desc[0] not in _LISTED_KINDS or desc[1] in self.lex.plural or desc[1] in _WORD_TOO:
            return False
        prefix = word[: desc[2]]
        if "ال" in prefix or desc[1].startswith("ال"):
            return False
        return prefix.startswith("و") if joined else True

    @staticmethod
    def _is_place_at(mentions: list[_Mention], tok: _Tok) -> bool:
        return any(m.accepted and m.vs <= tok.start < m.ve for m in mentions)

    def _repeated_unknown(self, unknown: list[PlaceMention], view: NormalizedView) -> list[PlaceMention]:
        """Other mentions of a name placed once by its context (7 above), written after في or with ب:
        ``مواجهات في منطقة الجفينة جنوب غرب مأرب … وقصف الطيران مواقعهم في الجفينة`` is the same place."""
        out: list[PlaceMention] = []
        if not unknown:
            return out
        vtext = view.text
        seen: set[str] = set()
        taken = {(view.to_view(u.start), view.to_view(u.end)) for u in unknown}
        for u in unknown:
            vs, ve = view.to_view(u.start), view.to_view(u.end)
            name = vtext[vs:ve]
            names = [name]
            words = name.split()
            if len(words) == 2 and words[1].startswith("ال") and words[1].endswith(("يه", "ي")):
                names.append(words[0])  # "قاعدة العند الجوية" … "قاعدة العند": the name without its adjective
            for name in names:
                if name in seen or len(name) < 4:
                    continue
                seen.add(name)
                out += self._repeats(name, vs, u, view, taken)
        return out

    def _repeats(
        self, name: str, vs: int, u: PlaceMention, view: NormalizedView, taken: set[tuple[int, int]]
    ) -> list[PlaceMention]:
        """The other mentions of ``name``: after في or with ب, or (round 11) after a descriptor of a named kind
        without the article (``… قاعدة العند الجوية بمحافظة لحج … سيطروا على قاعدة العند``)."""
        out: list[PlaceMention] = []
        vtext = view.text
        for m in re.finditer(rf"({re.escape(name)})(?![\w])", vtext):
            if m.start(1) == vs or any(a <= m.start(1) < b for a, b in taken):
                continue
            before = " " + vtext[max(0, m.start(1) - 12) : m.start(1)]
            if not re.search(r"(?:\sفي |\sب|\sوب|\sوفي )$", before) and (
                before[-1:].isalnum() or not self._named_kind_before(vtext, m.start(1))
            ):
                continue
            taken.add((m.start(1), m.end(1)))
            s, e = view.to_source(m.start(1), m.end(1))
            written = view.source[s:e]
            evidence = ("unknown-name", "repeated")
            out.append(PlaceMention(s, e, u.type, written, written, dict(u.geo), "", evidence, 0.0))
        return out

    def _named_kind_before(self, vtext: str, pos: int) -> bool:
        """Whether the word right before ``pos`` (a space or an opening quote between) is a descriptor of a named
        kind without the article (قاعدة، لقاعدة، منطقة; not القاعدة)."""
        toks = self._tokens_before(vtext, pos, 1)
        if not toks or vtext[toks[-1].end : pos].strip(' «“"') != "":
            return False
        if toks[-1].text in _SECTOR_WORDS:
            return True  # "بقطاع الطوال" after "محافظة الطوال" (round 12)
        desc = self._descriptor(toks[-1].text)
        if desc is None or desc[1] in self.lex.plural:
            return False  # a plural (قرى، مناطق) lists kinds of things as often as places
        return desc[0] in _NAMED_KINDS and "ال" not in toks[-1].text[: desc[2]]

    def _unlisted(
        self,
        group: list[_Tok],
        mentions: list[_Mention],
        taken: list[tuple[int, int]],
        view: NormalizedView,
        geo: dict[str, Any],
        evidence: tuple[str, ...],
        *,
        plain: bool = True,
    ) -> PlaceMention | None:
        """The mention of a name the gazetteer lacks that a round-12 rule places at ``geo`` (its area), or None when
        the gazetteer or another rule holds the words, when they describe rather than name (:meth:`_not_a_name`;
        with ``plain``, also one word that is an adjective or a war noun), or when tanween marks them indefinite."""
        gs, ge = group[0].start, group[-1].end
        if any(m.vs < ge and gs < m.ve for m in mentions) or any(a < ge and gs < z for a, z in taken):
            return None
        first = group[0].text
        if plain and len(group) == 1 and (first.endswith(_ADJ_ENDS) or first in _WAR_NOUNS):
            return None
        if self._not_a_name(group) or " ".join(g.text for g in group) in self._keys:
            return None
        s, e = view.to_source(gs, ge)
        if _TANWEEN.search(view.source[s:e]):
            return None
        return PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], dict(geo), "", evidence, 0.0)

    def _not_a_name(self, group: list[_Tok], pair: bool = False) -> bool:
        """Words after a descriptor that describe it rather than name it (منطقة عسكرية، مناطق واسعة).

        ``pair``: the group is one of the two names a dual descriptor announces (قريتي دويزات والحود, round 12),
        so a one-word name ending like a plural (ات، ين) is still a name."""
        first = group[0].text
        if any(self._descriptor(t.text) or t.text in self.lex.preps or t.text in self.lex.not_names for t in group):
            return True
        if any(t.text[:1] in "بلك" and len(t.text) >= 4 for t in group[1:]):
            return True  # "جنوبية كحضرموت", "ميمنة بمركز سنورس": a clitic starts another phrase
        if first.startswith("لل"):
            return True  # "معسكر للجيش المالي": ل with the article starts a phrase, never a name
        if first in self.lex.dir_before or first in self.lex.dir_after:
            return True  # a direction is no name (الساحل الشرقي is: a direction after the name's first word)
        if first.startswith("ال"):
            return len(first) < 4
        if first.endswith(("يه", "ي")):
            return True  # an indefinite nisba adjective (منطقة عسكرية، محافظات جنوبية)
        if pair:
            return len(group) == 1 and (len(first) < 3 or first.endswith(("ها", "هم", "هن", "نا")))
        return len(group) == 1 and (len(first) < 3 or first.endswith(("ين", "ات", "ها", "هم", "هن", "نا")))

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
            if key.startswith(_SHORT):
                # "محافظة إب": the name alone is the mention; its descriptor is read as context in _read_before
                key, prefix = key[len(_SHORT) :], ""
                name_vs = view.to_view(m.end) - len(key)
                start = prefix_start = view.to_source(name_vs, name_vs + len(key))[0]
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
            )
            if "آ" in view.source[start : m.end] and not any("آ" in n for c in cands for n in c.names_ar):
                # مآرب "aims" is not مأرب: a madda no name of the place is written with makes it a common word
                mention.tier = TIER_COMMON
            if (prefix.endswith("ال") or prefix.endswith("لل")) and not key.startswith("ال"):
                # the article added to a name written without it (الجنين "the fetus" for جنين): needs context
                mention.tier = TIER_COMMON
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

    def _stems(self, word: str) -> list[tuple[str, str]]:
        return strip_proclitics(word)

    def _descriptor(self, word: str) -> tuple[str, str, int] | None:
        """(type, stem, prefix length) when ``word`` is a descriptor, possibly with proclitics."""
        for prefix, stem in self._stems(word):
            kind = self.lex.descriptors.get(stem)
            if kind is not None:
                return kind, stem, len(prefix)
        return None

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
            first_stems = [(p, st) for p, st in self._stems(words[0]) if "ال" not in p and p != "لل"]
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
        if self._continues(m, word) and vtext[m.ve : toks[0].start] == " ":
            m.name_continues = True
        if m.hashtag or vtext[m.ve : toks[0].start] != " " or not word.startswith("ال") or len(word) < 4:
            return  # a hashtag ends where it ends: the next word is not its noun phrase
        if word in _DIRECTION_NOUNS:
            m.compound = True  # "ظهران الجنوب" ("Dhahran of the South"): a compound name, not Dhahran
            return
        if word in self.lex.neutral or word in self.lex.dir_after:
            return
        if word in self._keys or word in self.lex.descriptors or self._descriptor(word):
            return
        # a place adjective (حمص القديمة) or a nisba (حلب السورية) may follow a place, but after a common word it
        # is the ordinary reading (الثورة السورية, الطبقة السياسية)
        adjective = word in self.lex.adjectives or (len(word) >= 5 and (word.endswith("يه") or word.endswith("ي")))
        if not adjective or m.tier == TIER_COMMON:
            m.noun_after = True

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
            has_link = "," in toks or "و" in toks or b.prefix.startswith(("و", "ف"))
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

    def _is_qualifier_gap(self, toks: list[str], b: _Mention) -> bool:
        """Whether the words between two names put the first inside or next to the second (``بريف``, ``شمال``)."""
        locating = b.countryside or b.direction is not None or b.relational
        for tok in toks:
            if tok == ",":
                continue
            stems = [s for _, s in self._stems(tok)]
            if any(s in ("في", "ضمن", "داخل") for s in stems):
                locating = True
                continue
            if self._descriptor(tok) or any(s in self.lex.dir_before for s in stems) or self._in(tok, self.lex.preps):
                continue
            if any(s in self.lex.relational for s in stems):
                locating = True
                continue
            if tok in ("غرب", "غربي", "شرق", "شرقي"):  # second word of a compound direction
                continue
            return False
        return locating

    # ------------------------------------------------------------------------------------------ 4 acceptance
    def _accept(self, mentions: list[_Mention], focus: dict[str, float]) -> DocContext:
        doc = DocContext(countries=dict(focus))
        named: set[str] = set()  # countries of the places named (nationality adjectives left out)
        named_by: dict[str, set[str]] = {}  # those countries -> the names that named them
        strong_keys: set[str] = set()
        for m in mentions:
            if m.tier == TIER_COMMON:
                ok = m.strong and not ((m.noun_after or m.adjective_position) and not m.descriptor)
            elif m.tier == TIER_HOMOGRAPH:
                ok = not m.negative and (m.strong or not m.noun_after)
            else:
                ok = not m.negative or m.strong
            if m.negative and not m.descriptor:
                ok = False
            if m.adjective_position and not m.marked:
                ok = False
            if m.compound:
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
            m.choice = choose(
                candidates,
                descriptor=m.descriptor,
                preferred=self.lex.features.get(m.descriptor or "", frozenset()),
                countryside=m.countryside,
                qualifier=qualifier,
                country=country,
                doc=doc,
            )
            if len(m.candidates) == 1 and m.choice.place.precision == 1:
                doc.add(m.choice.place, 0.5)

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
        for m in mentions:
            if not m.accepted or m.choice is None or m.country or m.qualifier is not None or m.hashtag:
                continue
            country = m.choice.place.country
            own = len(keys.get(country, set()) - {m.key}) + focus.get(country, 0.0)
            other = max(
                (len(k) + focus.get(c, 0.0) for c, k in keys.items() if c != country),
                default=0.0,
            )
            other = max(other, max((w for c, w in focus.items() if c != country), default=0.0))
            small = all(c.population < _BIG_PLACE and c.feature != "PPLC" for c in m.candidates)
            if m.descriptor and any(c.feature == "ADM1" for c in m.candidates):
                # a governorate written with its descriptor is named on purpose, even from afar (an Iraqi statement
                # on a bombing "بمنطقة عسير"); a bare one stays a stray (ميسان, a Saudi governorate the gazetteer
                # lacks, is not Iraq's Maysan in an article on Saudi Arabia)
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
            and place.feature not in ("PCLI", "ADM1", "PPLC")
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
        _DEFAULT[:] = [(gaz, Recognizer(gaz))]
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
