"""(Round 38, helper sp4) A regex behind a literal gate: a window that holds none of the strings every match of the
pattern holds is not searched.

Most of the events rules' patterns open with a look-behind or an optional proclitic (``(?<![ء-ي])(?:و|ف)?(?:…)``),
and for such a pattern the regex engine finds no first character to skip to: it tries the whole pattern at every
character of the window. Each of their matches holds one of a few words of a cue list, which one search for the words
alone (an alternation of literals, whose first characters the engine skips to in C) finds or rules out several times
faster. :func:`gated` reads those words off the pattern itself, so that they follow the cue lists and the pattern as
they change: the result of every call is the pattern's own (the gate only says where no match can be), and a pattern
with no such words is searched as before.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

#: The standard library's regex parser (``re._parser``; its ``sre_parse`` alias warns on import): the pattern's tree.
_PARSER: Any = importlib.import_module("re._parser")
_OPS: Any = importlib.import_module("re._constants")
#: The shortest gate word worth a search of its own (a single letter is in every window).
_MIN_KEY = 2


def _literal_run(items: Iterable[tuple[Any, Any]]) -> str | None:
    """The string of a sequence made only of literal characters (None when anything else is in it)."""
    chars: list[str] = []
    for op, av in items:
        if op is not _OPS.LITERAL:
            return None
        chars.append(chr(av))
    return "".join(chars)


def _item_keys(op: Any, av: Any) -> frozenset[str] | None:
    """Strings one of which the text an item of a pattern matches always holds (None: no such strings known)."""
    if op is _OPS.LITERAL:
        return frozenset(chr(av))
    if op is _OPS.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else required_keys(body)
    if op is _OPS.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            keys = required_keys(alternative)
            if keys is None:
                return None  # an alternative with no word of its own (or an empty one): nothing is required
            found |= keys
        return frozenset(found)
    if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT) and av[0] >= 1:
        return required_keys(av[2])  # matched at least once
    return None  # a class, a look-around (nothing it reads is part of the match), an optional part …


def required_keys(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of a parsed sequence holds: of the sequence's parts that have such strings (a
    run of literal characters, a group, an alternation whose every branch has some, a repeat done at least once), the
    part whose shortest string is longest (then the fewest strings); None when no part has any."""
    parts: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _OPS.LITERAL:
            run.append(chr(av))
            continue
        if run:
            parts.append(frozenset(["".join(run)]))
            run = []
        keys = _item_keys(op, av)
        if keys:
            parts.append(keys)
    if run:
        parts.append(frozenset(["".join(run)]))
    if not parts:
        return None
    return max(parts, key=lambda keys: (min(map(len, keys)), -len(keys)))


def pattern_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings one of which every match of ``pattern`` holds (None: none known, or too short to help)."""
    if pattern.flags & re.IGNORECASE:
        return None
    keys = required_keys(_PARSER.parse(pattern.pattern, pattern.flags))
    if not keys or min(map(len, keys)) < _MIN_KEY:
        return None
    return keys


class Gated:
    """A compiled pattern behind its gate (:func:`gated`): ``search``, ``finditer`` and ``findall`` give exactly what
    the pattern gives, after one search for its words says the window may hold a match (with no words, at once);
    ``match`` and ``fullmatch`` (anchored: no gain) go straight to the pattern."""

    __slots__ = ("_gate", "keys", "regex")

    def __init__(self, regex: re.Pattern[str], keys: Iterable[str] | None) -> None:
        self.regex = regex
        self.keys = None if keys is None else frozenset(keys)
        # the longest first, so that the alternation reads as the words it tests (any order finds a word or none)
        self._gate = (
            None
            if self.keys is None
            else re.compile("|".join(re.escape(k) for k in sorted(self.keys, key=lambda k: (-len(k), k))))
        )

    @property
    def pattern(self) -> str:
        """The pattern's source, as ``re.Pattern.pattern``."""
        return self.regex.pattern

    def holds(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``text[pos:endpos]`` may hold a match (False: the pattern matches nowhere there)."""
        return self._gate is None or self._gate.search(text, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._gate is not None and self._gate.search(text, pos, endpos) is None:
            return None
        return self.regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._gate is not None and self._gate.search(text, pos, endpos) is None:
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._gate is not None and self._gate.search(text, pos, endpos) is None:
            return []
        return self.regex.findall(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)


def gated(regex: re.Pattern[str]) -> Gated:
    """``regex`` behind a gate of the words every match of it holds (:func:`pattern_keys`); with none (or only single
    letters, which a gate would find everywhere) it is searched at once, as before."""
    return Gated(regex, pattern_keys(regex))
