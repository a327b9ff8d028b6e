"""The context words of ``resources/ar/geo.yaml`` (:class:`GeoLexicon`), normalized and read once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from rasd.errors import ResourceError
from rasd.geo.recognize.words import _ADJ_ENDINGS, _TOKEN_RE
from rasd.resources import load_yaml
from rasd.text._letters import beyond_bmp, bmp_pattern
from rasd.text.normalize import normalize


@dataclass(slots=True)  # not frozen: a frozen dataclass costs 3x as much to build, and many are built per text
class _Tok:
    text: str
    start: int  # view offsets
    end: int


#: (round 29, sq1) ``words._TOKEN_RE`` as one capturing group for ``re.split``, and the same behind ``(?=\S)`` with its
#: letters spelled out (``rasd.text._letters``) for a text with no character beyond the BMP
_TOKEN_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")
_TOKEN_SPLIT_BMP_RE = re.compile(r"(?=\S)(" + bmp_pattern(_TOKEN_RE.pattern) + ")")


#: (round 40, sp12) the last text :func:`text_tokens` read and its tokens: the recognizer's readers of unknown names
#: (four of them) each ask for the tokens of the same document's view. One entry, replaced whole and read once per
#: call, so that a thread reading it never pairs one text with another's tokens.
_LAST_TOKENS: list[tuple[str, list[_Tok]]] = [("", [])]


def text_tokens(vtext: str) -> list[_Tok]:
    """``[_Tok(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(vtext)]`` (a new list each time; the tokens
    themselves are the same objects for the same text asked for again, and are read, never changed): one ``re.split``,
    the offsets by accumulating the parts' lengths, one ``map`` that builds the tokens (as the number scanner's
    tokenizer): 0.36 → 0.25 s over the bench's 1,000 texts."""
    last_text, last_toks = _LAST_TOKENS[0]
    if last_text == vtext:
        return list(last_toks)
    parts = (_TOKEN_SPLIT_RE if beyond_bmp(vtext) else _TOKEN_SPLIT_BMP_RE).split(vtext)  # [gap, token, gap, …, gap]
    bounds = list(accumulate(map(len, parts)))  # [start 0, end 0, start 1, end 1, …]
    texts = parts[1::2]
    toks = list(map(_Tok, texts, bounds[0::2][: len(texts)], bounds[1::2]))
    _LAST_TOKENS[:] = [(vtext, toks)]
    return list(toks)


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
    #: homographs that are present-tense verbs (تدمر), and the words after a place that are no verb's object
    verb_names: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()


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
        verb_names=words("verb_homographs"),
        not_objects=words("not_objects"),
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
