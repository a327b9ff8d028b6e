"""The Arabic word lists of the claims stage's rules (``resources/ar/claim_cues.yaml``), read once per process: each
list in its order, as a tuple, a set, a normalized set or the alternation of a regex."""

from __future__ import annotations

import functools

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.normalize import normalize_word

RESOURCE = "ar/claim_cues.yaml"


@functools.cache
def claim_words(name: str) -> tuple[str, ...]:
    """The words of ``lists.<name>`` of the resource, in their order."""
    lists = load_yaml(RESOURCE).get("lists") or {}
    words = lists.get(name)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise ResourceError(f"{RESOURCE}: lists.{name} must be a non-empty list of words")
    return tuple(words)


def claim_set(name: str) -> frozenset[str]:
    """The words of ``lists.<name>`` as a set, as they are written."""
    return frozenset(claim_words(name))


def claim_norm_set(name: str) -> frozenset[str]:
    """The words of ``lists.<name>`` normalized word by word (:func:`rasd.text.normalize.normalize_word`), as a set."""
    return frozenset(normalize_word(w) for w in claim_words(name))


def claim_alternation(name: str, prefix: str = "", suffix: str = "") -> str:
    """The words of ``lists.<name>`` joined as a regex alternation (``a|b|c``, each between ``prefix`` and
    ``suffix``), unescaped: the lists hold words and phrases only, no regex syntax."""
    return "|".join(prefix + w + suffix for w in claim_words(name))
