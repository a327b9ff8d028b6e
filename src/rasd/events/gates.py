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


#: The most characters a match may open with before its word, for the gate to try the pattern only there (see
#: :class:`Gated`); a pattern whose word may stand further in is searched over the whole window once its word is found.
MAX_LEAD = 6


class _Part:
    """What a part of a pattern tells the gate: the strings one of which its match holds, and how many characters at
    most stand between the start of the part's match and that string (None: no bound)."""

    __slots__ = ("keys", "lead")

    def __init__(self, keys: frozenset[str], lead: int | None) -> None:
        self.keys = keys
        self.lead = lead

    def rank(self) -> tuple[int, int]:
        """The longer the shortest string, then the fewer the strings, the rarer a window that holds one."""
        return min(map(len, self.keys)), -len(self.keys)

    def after(self, width: int | None) -> _Part:
        """The same part, behind ``width`` characters at most (None: no bound)."""
        return _Part(self.keys, None if width is None or self.lead is None else width + self.lead)


def _max_width(state: Any, items: list[tuple[Any, Any]]) -> int | None:
    """The most characters a sequence of items matches (None: no bound)."""
    if not items:
        return 0
    hi = _PARSER.SubPattern(state, items).getwidth()[1]
    return None if hi >= _OPS.MAXREPEAT else int(hi)


def _item_part(state: Any, op: Any, av: Any) -> _Part | None:
    """What one item of a pattern tells the gate (None: nothing; see :func:`_sequence_part`)."""
    if op is _OPS.LITERAL:
        return _Part(frozenset(chr(av)), 0)
    if op is _OPS.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _sequence_part(state, body)
    if op is _OPS.BRANCH:
        parts = [_sequence_part(state, alternative) for alternative in av[1]]
        if any(part is None for part in parts):
            return None  # an alternative with no word of its own (or an empty one): nothing is required
        leads = [part.lead for part in parts if part is not None]
        return _Part(
            frozenset().union(*(part.keys for part in parts if part is not None)),
            None if None in leads else max(lead for lead in leads if lead is not None),
        )
    if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_part(state, av[2])  # matched at least once, the first time where the repeat starts
    return None  # a class, a look-around (nothing it reads is part of the match), an optional part …


def _sequence_part(state: Any, items: Any) -> _Part | None:
    """Strings one of which every match of a parsed sequence holds, and how far into the match at most: of the
    sequence's parts that have such strings (a run of literal characters, a group, an alternation whose every branch
    has some, a repeat done at least once), the part whose shortest string is longest (then the fewest strings); None
    when no part has any."""
    items = list(items)
    best: _Part | None = None
    i = 0
    while i <= len(items):
        if i < len(items) and items[i][0] is _OPS.LITERAL:
            j = i
            while j < len(items) and items[j][0] is _OPS.LITERAL:
                j += 1
            part: _Part | None = _Part(frozenset(["".join(chr(av) for _, av in items[i:j])]), 0)
        elif i < len(items):
            j = i + 1
            part = _item_part(state, *items[i])
        else:
            break
        if part is not None and (best is None or part.rank() > best.rank()):
            best = part.after(_max_width(state, items[:i]))
        i = j
    return best


def pattern_gate(pattern: re.Pattern[str]) -> tuple[frozenset[str], int | None] | None:
    """The strings one of which every match of ``pattern`` holds, and how many characters at most its match opens
    with before the string (None: no bound); None when it has no such strings, or only single letters."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _PARSER.parse(pattern.pattern, pattern.flags)
    part = _sequence_part(parsed.state, parsed)
    if part is None or min(map(len, part.keys)) < _MIN_KEY:
        return None
    return part.keys, part.lead


def pattern_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings one of which every match of ``pattern`` holds (:func:`pattern_gate`)."""
    gate = pattern_gate(pattern)
    return None if gate is None else gate[0]


class Gated:
    """A compiled pattern behind its gate (:func:`gated`): ``search``, ``finditer`` and ``findall`` give exactly what
    the pattern gives. A window that holds none of the pattern's words is not searched; in one that does, the pattern
    is searched over the window, or, given a ``lead`` (its match opens with at most that many characters before its
    word, :data:`MAX_LEAD` at most), tried only at the places that near a word (``match`` at each, in order, as the
    engine's own search would try them). With no words it is searched at once. ``match`` and ``fullmatch`` (anchored:
    no gain) go straight to the pattern."""

    __slots__ = ("_gate", "keys", "lead", "regex")

    def __init__(self, regex: re.Pattern[str], keys: Iterable[str] | None, lead: int | None = None) -> None:
        self.regex = regex
        self.keys = None if keys is None else frozenset(keys)
        self.lead = lead if lead is not None and lead <= MAX_LEAD else None
        alternation = (
            None if self.keys is None else "|".join(re.escape(k) for k in sorted(self.keys, key=lambda k: (-len(k), k)))
        )
        self._gate = None if alternation is None else re.compile(alternation)

    @property
    def pattern(self) -> str:
        """The pattern's source, as ``re.Pattern.pattern``."""
        return self.regex.pattern

    def holds(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``text[pos:endpos]`` may hold a match (False: the pattern matches nowhere there)."""
        return self._gate is None or self._gate.search(text, pos, endpos) is not None

    def _matches(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches of ``finditer(text, pos, endpos)``, tried only at most ``lead`` characters before a word."""
        assert self._gate is not None and self.lead is not None
        find, match, lead = self._gate.search, self.regex.match, self.lead
        tried = max(pos, 0)  # the first place not tried yet
        word = find(text, tried, endpos)
        while word is not None:
            w = word.start()
            for p in range(max(tried, w - lead), w + 1):
                m = match(text, p, endpos)
                if m is not None:
                    yield m
                    tried = m.end()  # (never empty: a match holds a word)
                    break
            else:
                tried = w + 1
            word = find(text, max(w + 1, tried), endpos)  # the next word, one that overlaps this one included

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._gate is None:
            return self.regex.search(text, pos, endpos)
        if self.lead is not None:
            return next(self._matches(text, pos, endpos), None)
        if self._gate.search(text, pos, endpos) is None:
            return None
        return self.regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._gate is None:
            return self.regex.finditer(text, pos, endpos)
        if self.lead is not None:
            return self._matches(text, pos, endpos)
        if self._gate.search(text, pos, endpos) is None:
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._gate is None:
            return self.regex.findall(text, pos, endpos)
        if self.lead is not None:
            groups = self.regex.groups  # as findall gives them: the match, its one group, or all ('' if unset)
            if groups == 0:
                return [m.group() for m in self._matches(text, pos, endpos)]
            if groups == 1:
                return [m.groups("")[0] for m in self._matches(text, pos, endpos)]
            return [m.groups("") for m in self._matches(text, pos, endpos)]
        if self._gate.search(text, pos, endpos) is None:
            return []
        return self.regex.findall(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)


def gated(regex: re.Pattern[str], *, anchored: bool = False) -> Gated:
    """``regex`` behind a gate of the words every match of it holds (:func:`pattern_gate`); with none (or only single
    letters, which a gate would find everywhere) it is searched at once, as before. ``anchored``: tried only near each
    word found (see :class:`Gated`), for a pattern scanned over long texts whose words are frequent (in the replayed
    calls of 1,000 articles a Python loop over the words cost more than the engine's search for most patterns)."""
    gate = pattern_gate(regex)
    if gate is None:
        return Gated(regex, None, None)
    keys, lead = gate
    return Gated(regex, keys, lead if anchored else None)
