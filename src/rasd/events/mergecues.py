"""The Arabic word lists of the events layer's merging, figures, dates and stage rules (``resources/ar/
event_merge_cues.yaml``), read once per process: each list in its order, as the alternation of a regex or as a set."""

from __future__ import annotations

import functools

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.normalize import normalize

RESOURCE = "ar/event_merge_cues.yaml"


@functools.cache
def cue_words(name: str) -> tuple[str, ...]:
    """The words of ``lists.<name>`` of the resource, in their order."""
    lists = load_yaml(RESOURCE).get("lists") or {}
    words = lists.get(name)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise ResourceError(f"{RESOURCE}: lists.{name} must be a non-empty list of words")
    return tuple(words)


def cue_alt(name: str, prefix: str = "") -> str:
    """The words of ``lists.<name>`` joined as a regex alternation (``a|b|c``, each after ``prefix``), unescaped:
    the lists hold words and phrases only, no regex syntax."""
    return "|".join(prefix + w for w in cue_words(name))


def cue_set(name: str) -> frozenset[str]:
    """The words of ``lists.<name>`` as a set, as they are written."""
    return frozenset(cue_words(name))


def normalized_cues(name: str) -> frozenset[str]:
    """The words of ``lists.<name>`` normalized (:func:`rasd.text.normalize.normalize`), as a set."""
    return frozenset(normalize(w) for w in cue_words(name))
