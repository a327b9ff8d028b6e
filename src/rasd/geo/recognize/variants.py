"""Round 36 (helper gz2): a transliterated name written with other letters than the gazetteer's.

News writes a Turkish, Persian or other foreign place name in Arabic letters as each reporter hears it: Şırnak is
شرناق in GeoNames and شرناخ، شيرناك، شرناك in the papers; Doğubayazıt is دوغو بيازيد there and دوجو بايزيد in a wire
story. Such a name, written right after a place kind word (``إقليم شرناخ``، ``محافظة شيرناك``، ``قضاء دوجو بيازيد``),
is matched by its *letter skeleton* — the name without the article, spaces and vowel letters, each letter mapped to
the class of letters news uses for one foreign sound (:data:`_CLASSES`) — against the Arabic names of the places of a
country the text names, where that country's names are transliterations (not ``ar/geo.yaml``
``arabic_name_countries``: an Arabic name is a word, and its skeleton is shared by other words, سكنية ≈ السخنة).
One place (or one province's places, the most populous taken) must match, with four skeleton letters or more; the
name must not be a gazetteer name, a word with the article or tanween, or inside a place already read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from rasd.geo.gazetteer import Gazetteer, Place, name_key
from rasd.resources import load_yaml
from rasd.resources.cues import CueFile

#: Letters news writes for one foreign sound, each mapped to one class letter.
_CLASSES = str.maketrans(
    {
        "ق": "K",
        "ك": "K",
        "خ": "K",
        "غ": "G",
        "ج": "G",
        "ت": "T",
        "ط": "T",
        "د": "T",
        "ث": "S",
        "س": "S",
        "ص": "S",
        "ز": "Z",
        "ذ": "Z",
        "ظ": "Z",
        "ه": "H",
        "ح": "H",
    }
)
#: Vowel letters, hamza carriers, ع, ة and the space: left out of the skeleton.
_DROPPED = str.maketrans("", "", "اويىءأإآئؤعة ")
#: Fewest skeleton letters a name needs (three-letter skeletons match ordinary words: منه، آمنة).
MIN_SKELETON = 4
#: Descriptor types after which a transliterated name is read (a town, a village, a province, a district).
VARIANT_KINDS = frozenset({"city", "town", "village", "governorate", "district"})
#: Countries whose skeletons are kept at once (Turkey's ~300 places with an Arabic name are the largest).
_COUNTRIES_KEPT = 8
#: Countries whose places carry Arabic names that are words (``ar/geo.yaml`` arabic_name_countries).
ARABIC_NAME_COUNTRIES = frozenset(CueFile("ar/geo.yaml", section=None).words("arabic_name_countries"))


@functools.cache
def not_world_names() -> frozenset[str]:
    """The names the build leaves out of the world's places (``scripts/build_gazetteer.py`` item 6): ``ar/geo.yaml``
    world_not_names (جاكسون, ماديسون, فورت) and the given names of ``ar/person_names.yaml``, normalized — a name
    written like one is read as no place here either."""
    words = CueFile("ar/geo.yaml", section=None).words("world_not_names")
    given = load_yaml("ar/person_names.yaml").get("given_names") or ()
    return frozenset(name_key(str(w)) for w in (*words, *given))


def skeleton(key: str) -> str:
    """The letter skeleton of a normalized name (``شيرناك`` → ``شرنK``; ``دوجو بايزيد`` → ``TGبزT``)."""
    if key.startswith("ال"):
        key = key[2:]
    return key.replace(" ال", " ").translate(_DROPPED).translate(_CLASSES)


class VariantIndex:
    """The skeletons of one gazetteer's places by country, built for a country the first time a text asks (at most
    :data:`_COUNTRIES_KEPT` countries kept)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._by_country: dict[str, dict[str, list[Place]]] = {}
        self._pcli: frozenset[str] | None = None
        self._places: dict[str, tuple[Place, ...]] | None = None
        self._after_kind: re.Pattern[str] | None = None

    def after_kind(self, descriptors: Mapping[str, str]) -> re.Pattern[str]:
        """A place kind word of :data:`VARIANT_KINDS` (``descriptors``: normalized word → type; و ف ب ل before it
        allowed, not the article) and the one or two plain words after it, each a group (2, 3), on the normalized
        view; the kind word is group 1."""
        if self._after_kind is None:
            kinds = sorted((w for w, k in descriptors.items() if k in VARIANT_KINDS and " " not in w), key=len)
            alt = "|".join(re.escape(w) for w in reversed(kinds))
            word = r"([\u0621-\u064A]{2,})"
            self._after_kind = re.compile(
                r"(?<![\w\u0640])(?:[وف]?[بل]?)(" + alt + r") " + word + r"(?: " + word + r")?(?![\w\u0640])"
            )
        return self._after_kind

    def _countries(self) -> frozenset[str]:
        """The skeletons of every country's names."""
        if self._pcli is None:
            self._pcli = frozenset(
                skeleton(name_key(n))
                for p in self.gazetteer.places.values()
                if p.feature == "PCLI"
                for n in (p.name_ar, *p.names_ar)
                if n
            )
        return self._pcli

    def _places_of(self) -> dict[str, tuple[Place, ...]]:
        """The places (no country entry) of each country with transliterated names, gathered once."""
        if self._places is None:
            places: dict[str, list[Place]] = {}
            for place in self.gazetteer.places.values():
                if place.country not in ARABIC_NAME_COUNTRIES and place.feature != "PCLI":
                    places.setdefault(place.country, []).append(place)
            self._places = {code: tuple(found) for code, found in places.items()}
        return self._places

    def _country(self, code: str) -> dict[str, list[Place]]:
        found = self._by_country.get(code)
        if found is None:
            found = {}
            if len(self._by_country) >= _COUNTRIES_KEPT:  # bounded (a batch worker's memory): start again
                self._by_country.clear()
            for place in self._places_of().get(code, ()):
                for key in {name_key(n) for n in (place.name_ar, *place.names_ar) if n}:
                    s = skeleton(key)
                    if len(s) >= MIN_SKELETON and place not in found.setdefault(s, []):
                        found[s].append(place)
            self._by_country[code] = found
        return found

    def match(self, key: str, countries: set[str]) -> Place | None:
        """The one place of ``countries`` (ISO2, those with transliterated names) whose skeleton is ``key``'s."""
        s = skeleton(key)
        if key in not_world_names() or len(s) < MIN_SKELETON or s in self._countries():
            return None  # a name the build leaves out (جاكسون); a country spelled otherwise (نيكاراجوا): no town
        hits = [p for c in sorted(countries - ARABIC_NAME_COUNTRIES) for p in self._country(c).get(s, [])]
        if not hits or len({(p.country, p.admin1) for p in hits}) != 1:
            return None
        return max(hits, key=lambda p: (p.feature != "ADM1", p.population))
