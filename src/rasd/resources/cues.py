"""The cue-word files of ``rasd/resources/ar`` (round 13, helper dc6): one loader for the Arabic word lists the rules
of the events and claims layers read, in place of the four each file had.

A cue file is a YAML resource with a ``meta`` header (source, license, date) and named word lists: under ``lists:``
(``event_cues.yaml``, ``event_merge_cues.yaml``, ``claim_cues.yaml``) or at the top level beside ``meta``
(``event_arg_cues.yaml``). A list is read once per process and given in its order, as a tuple
(:meth:`CueFile.words`), a regex alternation (:meth:`CueFile.alt`: unescaped unless asked, each word between an
optional prefix and suffix), a set as written (:meth:`CueFile.set`) or normalized (:meth:`CueFile.normalized` with
:func:`~rasd.text.normalize.normalize`, :meth:`CueFile.normalized_words` with
:func:`~rasd.text.normalize.normalize_word`). A missing file, a missing list or a list that is not a non-empty list of
non-empty strings raises :class:`~rasd.errors.ResourceError` naming the file and the list.

The rules import the bound readers of their file (``event_cue_alt``, ``merge_cue_set``, ``claim_words`` …) under the
names they call them by.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.normalize import normalize, normalize_word


@functools.cache
def _words(relpath: str, section: str | None, name: str) -> tuple[str, ...]:
    data = load_yaml(relpath)
    lists = data if section is None else data.get(section) or {}
    where = name if section is None else f"{section}.{name}"
    if not isinstance(lists, dict) or name not in lists or (section is None and name == "meta"):
        raise ResourceError(f"{relpath}: there is no cue list {where!r}")
    words = lists[name]
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise ResourceError(f"{relpath}: {where} must be a non-empty list of non-empty strings")
    return tuple(words)


@functools.cache
def _normalized(relpath: str, section: str | None, name: str, by_word: bool) -> frozenset[str]:
    # the normalized sets are asked for inside rules (per marker, per sentence): built once per process
    fold = normalize_word if by_word else normalize
    return frozenset(fold(w) for w in _words(relpath, section, name))


@dataclass(frozen=True, slots=True)
class CueFile:
    """One cue file: ``relpath`` under ``rasd/resources``, its lists under ``section`` (``None``: the top level)."""

    relpath: str
    section: str | None = "lists"

    def words(self, name: str) -> tuple[str, ...]:
        """The words of list ``name``, as written and in their order (read once per process)."""
        return _words(self.relpath, self.section, name)

    def alt(self, name: str, prefix: str = "", suffix: str = "", *, escape: bool = False) -> str:
        """List ``name`` as a regex alternation ``a|b|c``, each word between ``prefix`` and ``suffix``; the words are
        set in unescaped (the lists are written as the patterns read them) unless ``escape`` is true."""
        return "|".join(prefix + (re.escape(w) if escape else w) + suffix for w in self.words(name))

    def set(self, name: str) -> frozenset[str]:
        """The words of list ``name`` as a set, as they are written."""
        return frozenset(self.words(name))

    def normalized(self, name: str) -> frozenset[str]:
        """The words of list ``name`` normalized (:func:`rasd.text.normalize.normalize`), as a set (built once)."""
        return _normalized(self.relpath, self.section, name, False)

    def normalized_words(self, name: str) -> frozenset[str]:
        """The words of list ``name`` normalized word by word (:func:`rasd.text.normalize.normalize_word`), as a set
        (built once)."""
        return _normalized(self.relpath, self.section, name, True)


#: The coding rules and the reading context (rasd.events.coding, rasd.events.context).
EVENT_CUES = CueFile("ar/event_cues.yaml")
#: Merging, figures, dates and the events stage (rasd.events.merge, figures, dates, rasd.stages.events).
EVENT_MERGE_CUES = CueFile("ar/event_merge_cues.yaml")
#: The argument rules: actors and places (rasd.events.actors, actor_roles, places, place_filters).
EVENT_ARG_CUES = CueFile("ar/event_arg_cues.yaml", section=None)
#: The claims stage and the claims layer's speakers and context (rasd.stages.claims, rasd.claims).
CLAIM_CUES = CueFile("ar/claim_cues.yaml")

# The readers each file's rules import, by the names they call them.
event_cue_words = EVENT_CUES.words
event_cue_alt = EVENT_CUES.alt
merge_cue_words = EVENT_MERGE_CUES.words
merge_cue_alt = EVENT_MERGE_CUES.alt
merge_cue_set = EVENT_MERGE_CUES.set
merge_normalized_cues = EVENT_MERGE_CUES.normalized
arg_cue_words = EVENT_ARG_CUES.words
arg_cue_alt = EVENT_ARG_CUES.alt
claim_words = CLAIM_CUES.words
claim_alternation = CLAIM_CUES.alt
claim_set = CLAIM_CUES.set
claim_norm_set = CLAIM_CUES.normalized_words

#: Two happenings of one sentence (rasd.events.merge.clauses.two_kinds). Round 20 (helper mg8).
EVENT_SENTENCE_CUES = CueFile("ar/event_sentence_cues.yaml")
sentence_cue_alt = EVENT_SENTENCE_CUES.alt
