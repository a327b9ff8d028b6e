"""The word lists, patterns and limits the recognizer reads around a name (round 13, helper dc5: moved unchanged
from the module ``rasd.geo.recognize``; the word lists themselves are read from ``resources/ar/place_cues.yaml``)."""

from __future__ import annotations

import re

from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize

#: The word lists of the recognizer (read through the shared cue loader, once per process).
PLACE_CUES = CueFile("ar/place_cues.yaml", section=None)


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
    r"(?:^|(?<=[\s«\"(]))(?P<desc>[وفبل]{0,2}(?:"
    + PLACE_CUES.alt("neighbouring_descriptors")
    + r"))\s+(?P<name>ال[^\W\d_]{2,})\s+المجاوره"
)
#: A neighbouring place lies by a town named at most this many characters before it.
_NEIGHBOUR_CHARS = 600
#: Descriptors (normalized stems) whose unknown name is placed in the one country of the text
#: (``_unknown_in_country``): administrative units only; منطقة, قرية or مخيم also name things that are no place
#: (منطقة اليورو، منطقة الجزاء، قرية الطفل الترفيهية) or lie abroad (مخيم الزعتري in an article on Syria).
_COUNTRY_DESCRIPTORS = PLACE_CUES.words("country_descriptors")
#: Singular neighbourhood descriptors as a word ends (normalized), for ``_unknown_in_town``.
_NEIGHBOURHOOD_ENDS = PLACE_CUES.words("neighbourhood_descriptors")
_NEIGHBOURHOOD_RE = re.compile(r"(?:^|[\s«\"(وفبل])(?:" + "|".join(_NEIGHBOURHOOD_ENDS) + ") ")
#: Round 11: a mountain (جبل صبر في تعز) and a military site or crossing (قاعدة العند بمحافظة لحج) too.
_NAMED_KINDS = frozenset(
    {"city", "town", "village", "neighbourhood", "camp", "district", "governorate", "mountain", "site"}
)
_PROCLITIC_LETTERS = frozenset("وفبل")
#: Words between a name and the link to the place that locates it (normalized): "التابعة ل"، "الواقعة في"، a comma.
_LINK_WORDS = PLACE_CUES.set("link_words")
#: Round 12: kinds of a known place after which names listed with و are places of its province (_unknown_listed_after).
_LISTED_KINDS = frozenset({"city", "town", "village", "neighbourhood", "district"})
#: Round 12: district descriptors (normalized) of ``_unknown_in_one_province`` (always a part of a province).
_DISTRICT_WORDS = PLACE_CUES.words("district_words")
#: Round 12: descriptors that are also ordinary words (من ناحية التنفيذ "as for", قضاء الإجازات "spending"),
#: left out of the rules that read a name with no link to the place after it (normalized).
_WORD_TOO = PLACE_CUES.set("word_too")
#: Round 12: words before a name placed once that tell the same place again (بقطاع الطوال), not descriptors.
_SECTOR_WORDS = PLACE_CUES.set("sector_words")
#: Round 12: kinds of an unlisted place read in the one province its sentence names (_unknown_in_province).
_PROVINCE_ITEM_KINDS = frozenset({"village", "town", "district", "city"})
#: Round 12: definite nouns written after منطقة/مدينة that name no place (war news, disasters, a king's name).
_WAR_NOUNS = PLACE_CUES.normalized("war_nouns")
#: Round 12: quotes around a name after its kind word (منطقة «دافوس»).
_OPEN_QUOTES = frozenset('«"“')
_CLOSE_QUOTES = frozenset('»"”')
#: Round 12: marks that may end a list of places (a full stop, a comma, a colon, a bracket, a quote).
_LIST_ENDS = frozenset('.،,؛:)»"')
#: Round 12: endings of a definite adjective, not a name, after و in a list (المحاصرتين، المجاورة، الشرقيين).
_ADJ_ENDS = PLACE_CUES.words("adjective_ends")
#: Round 12: dual settlement descriptors (normalized), which announce exactly two names (قريتي X وY).
_DUAL_STEMS = PLACE_CUES.set("dual_descriptors")
#: Round 12: relational words that put a name right before them near the place after them (normalized stems):
#: ``قريتي X وY قرب الموصل``، ``بلدة X بالقرب من إدلب``، ``قرية X في محيط حلب``. Not داخل/خارج/حدود/مدخل/وسط (a
#: part or an edge of the place, not a place near it) nor باتجاه/تجاه (a direction of movement).
_NEAR_WORDS = PLACE_CUES.set("near_words")
#: Words between two names that put the first inside the second (قرية X في ريف Y، X ضمن Y), as stems
#: (``_is_qualifier_gap``).
_INSIDE_WORDS = PLACE_CUES.words("inside_words")
#: Round 27 (helper geo12): participles of belonging between a name and the place holding it (كرش، التابعة لمحافظة لحج),
#: normalized: they locate the first place as the inside words do.
_BELONGING_WORDS = PLACE_CUES.normalized("belonging_words")
#: The second word of a compound direction between two names (شمال غرب، جنوبي شرقي), read as is (``_is_qualifier_gap``).
_DIRECTION_SECOND = PLACE_CUES.words("compound_direction_second")
#: Bare direction nouns that make a compound name with the name before them (ظهران الجنوب), normalized.
_DIRECTION_NOUNS = PLACE_CUES.set("direction_nouns")
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
#: Round 20 (helper geo4): matcher value prefix of a short name after a preposition or a proclitic (``في إب``،
#: ``وإب``), kept only where the text writes the name with one of :data:`_SHORT_NAME_INITIALS` (the hamza below).
_SHORT_BARE = "\x00short-bare:"
#: ... the prepositions (normalized) and proclitics it may follow, and the letters it must start with as written.
_SHORT_NAME_WORDS = PLACE_CUES.words("short_name_words")
_SHORT_NAME_CLITICS = PLACE_CUES.words("short_name_clitics")
_SHORT_NAME_INITIALS = tuple(PLACE_CUES.words("short_name_initials"))
#: Matcher value prefix of a nationality adjective (``\x00adj:LY`` for الليبية); see ``country_adjectives``.
_ADJ = "\x00adj:"
#: Endings that inflect a masculine nationality adjective (normalized: ة is ه): feminine, plurals, duals.
_ADJ_ENDINGS = PLACE_CUES.words("adjective_endings")
#: Weight of one nationality adjective in the article's country focus (a place name counts 1).
_ADJ_WEIGHT = 0.5
#: A town smaller than this, of a country the article does not otherwise name, is dropped (``_drop_strays``) when
#: another country has at least ``_STRAY_SUPPORT`` names or nationality adjectives (each adjective 0.5).
_BIG_PLACE = 100_000
_STRAY_SUPPORT = 1.5
#: Round 25 (helper geo9): descriptor kinds of a part of a town or a small area (منطقة، جبل، حي، أحياء) that make a
#: big town named after them a stray as a small one is, when nothing else supports its country.
_PART_DESCRIPTORS = PLACE_CUES.set("stray_part_descriptors")
#: Round 42 (helper ev15): descriptor kinds of a town written on purpose (مدينة ظهران الجنوب، محافظة ظهران
#: الجنوب): a town so written and named again in the article is no stray of another country's article.
_TOLD_TOWN_DESCRIPTORS = PLACE_CUES.set("stray_told_town_descriptors")
#: Round 23 (helper geo7): a country's places are supported by another's names and adjectives too (a place of the
#: West Bank in an article told through the Israeli army): place country -> supporting countries (``place_cues``).
_STRAY_ALLIES: dict[str, frozenset[str]] = {}
for _pair in PLACE_CUES.words("stray_support_shared"):
    _own, _ally = _pair.split("|")
    _STRAY_ALLIES[_own] = _STRAY_ALLIES.get(_own, frozenset()) | {_ally}
#: Round 24 (helper geo8): unlisted places whose first-level division is sourced (``place_cues`` sourced_unlisted):
#: (descriptor, name, ISO2 country, admin1), normalized.
_SOURCED_UNLISTED: tuple[tuple[str, str, str, str], ...] = tuple(
    (_full.split(" ", 1)[0], _full.split(" ", 1)[1], _code, _admin1)
    for _full, _code, _admin1 in (e.split("|") for e in PLACE_CUES.words("sourced_unlisted"))
)
#: Round 35 (helper gz1): the sourced province of a site the gazetteer lacks (``ar/geo.yaml`` site_provinces, "name|
#: ISO3|admin1": العند of Lahij), by its normalized name: a site told by a bearing from a town of another province
#: (قاعدة العند شمال عدن) lies in its own province, not in the town's (``unknown._unknown_before_anchor``).
SITE_PROVINCES: dict[str, tuple[str, str]] = {
    normalize(_name): (_iso3, _admin1)
    for _name, _iso3, _admin1 in (e.split("|") for e in CueFile("ar/geo.yaml", section=None).words("site_provinces"))
}
#: "X شرق <town>" puts X within this distance of the town (farther homonyms fall back to the town's area);
#: al-Khums lies 120 km east of Tripoli and is written "الخمس شرق طرابلس".
_NEAR_QUALIFIER_KM = 150.0
#: A neighbourhood farther than this from every town the text names is another one of the same name.
_REGION_KM = 150.0
#: Round 14 (helper pl5): words that make the places after them a road's, a bridge's or a line's two ends (الطريق
#: الرابط بين الحديدة ومدينة حرض), normalized; read by ``rasd.events.places`` (a road's end is a bearing).
ROAD_LINK_WORDS = PLACE_CUES.set("road_link_words")
#: Round 19 (helper geo3): words that make the places after them the ends of what extends between them (الطريق التي
#: تمتد من مثلث العند إلى تعز), normalized; read by ``rasd.events.places`` (such an end is a bearing, as a road's is).
EXTENT_WORDS = PLACE_CUES.set("extent_words")
#: Round 26 (helper geo11): words of a part or a kind of a place that may stand between the و of a list of places and
#: its next item (في لحج وتخوم عدن، في حلب وشمال إدلب), normalized; read by ``rasd.events.places.list_head``.
LIST_PART_WORDS = PLACE_CUES.normalized_words("list_part_words")
#: Round 20 (helper geo4): words of treatment (يعالجان في إسرائيل) and of a transfer to a hospital (إلى مستشفى …
#: بالرياض) before a place that make it where the wounded are treated, not a scene (``place_filters.treatment_place``).
TREATMENT_WORDS = PLACE_CUES.normalized_words("treatment_words")
TRANSFER_WORDS = PLACE_CUES.normalized_words("transfer_words")
HOSPITAL_WORDS = PLACE_CUES.normalized_words("hospital_words")
#: Round 14 (helper pl5): a relative of place opening a clause (… ومكيراس حيث سمع دوي انفجارات), normalized; read by
#: ``rasd.events.places`` (the clause's event is at the place right before it).
WHERE_WORDS = PLACE_CUES.set("where_words")
#: Round 14 (helper pl5): "the area" after في/ب pointing back at the town of the sentence before, and the definite
#: times that may follow it (في المنطقة الليلة الماضية), normalized; read by ``rasd.events.places``.
AREA_ANAPHORS = PLACE_CUES.set("area_anaphors")
AREA_ANAPHOR_TIMES = PLACE_CUES.set("area_anaphor_times")
#: Round 14b (helper pl6): kinds of military or transport sites told with a definite name the gazetteer often lacks
#: (قاعدة العند، معسكر العند), as a regex alternation, written plainly; read by ``rasd.events.unlisted_places``.
SITE_KINDS_ALT = PLACE_CUES.alt("site_kinds")
#: Round 14b (helper pl6): definite words after a site kind that name no place (قاعدة البيانات، معسكر اللواء),
#: normalized, with the war nouns; read by ``rasd.events.unlisted_places``.
SITE_NOT_NAMES = PLACE_CUES.normalized("site_not_names") | _WAR_NOUNS
#: Round 14b (helper pl6): words before a site kind that make it a landmark near the scene (المطلة على، قرب),
#: normalized; read by ``rasd.events.unlisted_places``.
SITE_REFERENCE_WORDS = PLACE_CUES.normalized("site_reference_words")
#: Round 27 (helper geo12): of those, the words of a site's surroundings or outskirts (في محيط قاعدة العند، على أطراف
#: المطار), normalized; read by ``rasd.events.unlisted_places`` (told locatively: the event is in that area).
SITE_SURROUNDINGS_WORDS = PLACE_CUES.normalized("site_surroundings_words")
#: Round 27 (helper geo12): kind words of a quarter whose name may begin with جمعية (حي جمعية الزهراء), as a regex
#: alternation, written plainly; read by ``rasd.events.place_filters.office_seat``.
QUARTER_KINDS_ALT = PLACE_CUES.alt("quarter_kinds")
#: Round 24 (helper mg13): words before a site kind's definite noun standing alone that make it a group's name (تنظيم
#: القاعدة), and words of nearness before it (بمحاذاة), normalized; read by ``rasd.events.places.site_anaphor``.
SITE_ANAPHOR_NOT_AFTER = PLACE_CUES.normalized("site_anaphor_not_after")
SITE_ANAPHOR_NEAR = PLACE_CUES.normalized("site_anaphor_near")
#: Round 25 (helper geo9): words of facing before a border town (المقابلة لمدينة كيليس، قبالة بلدة كلس), normalized;
#: read by ``rasd.events.border_places``.
FACING_WORDS = PLACE_CUES.normalized("facing_words")
#: Round 25 (helper geo9): words of backing right before a state or its capital (فصائل تساندها طهران، القوات الموالية
#: لإيران، المدعومة من روسيا), normalized; read by ``rasd.events.place_filters.backer``.
BACKER_WORDS = PLACE_CUES.normalized("backer_words")
#: Round 25 (helper geo9): words of departure before من and a place (أقلعت من، القادمة من), normalized; read by
#: ``rasd.events.place_filters.origin``.
ORIGIN_WORDS = PLACE_CUES.normalized("origin_words")
#: Round 28 (helper pl14): prepositions of the locative phrase right after a trigger (في، داخل), as written; read by
#: ``rasd.events.place_roles.trigger_locative``.
TRIGGER_LOCATIVE_WORDS = PLACE_CUES.set("trigger_locative_words")
#: Round 25 (helper geo10): kind words before a name in parentheses or quotes (مديرية (جبل المداوم)), as a regex
#: alternation, written plainly; read by ``rasd.events.unlisted_places.quoted_in``.
QUOTED_NAME_KINDS_ALT = PLACE_CUES.alt("quoted_name_kinds")
#: Round 14b (helper pl6): kind words of a place item of a list beside the events layer's (عقبة ثرة ومكيراس),
#: normalized; read by ``rasd.events.unlisted_places``.
EXTRA_ITEM_KINDS = PLACE_CUES.normalized("extra_item_kinds")
#: Round 15 (helper pl7): participles of place after a name that describe it (أرحب الواقعة شمال صنعاء), normalized:
#: no noun after the name (``_Reading._read_after``) when the name has its descriptor or is no ordinary word.
DESCRIBING_PARTICIPLES = PLACE_CUES.normalized("describing_participles")
#: Round 28 (helper geo13): nationality adjectives of countries outside ``ar/geo.yaml``'s ``country_adjectives``
#: ("stem|ISO2", written plainly); read by ``rasd.geo.focus.world_adjective_country`` for a place the gazetteer lacks
#: with its country's adjective after it (بولاية كولورادو الأميركية), never as a focus vote.
WORLD_COUNTRY_ADJECTIVES = PLACE_CUES.words("world_country_adjectives")
#: Round 29 (helper pl15): area words that may stand between a place and the place holding it (بلدة داريا بغوطة
#: دمشق), and the kind words of a city's quarter (حي الكلاسة في حلب: the city stands), normalized; read by
#: ``rasd.events.place_roles.held_place``.
HOLDER_AREA_WORDS = PLACE_CUES.normalized("holder_area_words")
HOLDER_QUARTER_WORDS = PLACE_CUES.normalized("holder_quarter_words")
#: Round 30 (helper pl16): nouns of a report's source or a speaking official before the place where it sits (مصادر
#: عسكرية في عدن، المسؤولين بمنطقة جازان), normalized; read by ``rasd.events.place_filters.source_seat``.
SOURCE_SEAT_NOUNS = PLACE_CUES.normalized("source_seat_nouns")
#: (Round 37, helper ev2) People named by where they come from: the noun before من and its place
#: (قياديون حوثيون من محافظتي صعدة وعمران): rasd.events.place_filters.people_from.
PEOPLE_FROM_NOUNS = PLACE_CUES.normalized("people_from_nouns")
PEOPLE_FROM_KINDS = PLACE_CUES.normalized("people_from_kinds")
PEOPLE_FROM_STOPS = PLACE_CUES.normalized("people_from_stops")
#: Round 30 (helper pl16): a commander's title and a command named after its area (قائد محور البيضاء), normalized;
#: read by ``rasd.events.place_filters.command_place``.
COMMAND_TITLE_WORDS = PLACE_CUES.normalized("command_title_words")
COMMAND_NOUNS = PLACE_CUES.normalized("command_nouns")
#: Round 31 (helper pl17): kind words of a named spot a trigger acts on (تطهير منطقة جبل صبر، السيطرة على قاعدة
#: العند), normalized; read by ``rasd.events.place_roles.acted_spot``.
ACTED_SPOT_KINDS = PLACE_CUES.normalized("acted_spot_kinds")
ACTED_SPOT_KINDS_ALT = PLACE_CUES.alt("acted_spot_kinds")
