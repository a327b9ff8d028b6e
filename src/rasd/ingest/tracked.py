"""Offset-preserving text for ingest: strings that remember where each character came from in the input.

Markdown and plain-text ingest keep ``Document.text`` the same length as the input: every character of the
article stays at its offset in the input file and markup is *blanked* (replaced by a space, a newline kept as a
newline) rather than removed, so that every span also points into the user's own file.

* :func:`source_text` makes the same-length base text of an input: ``\\r\\n`` → ``" \\n"``, a lone ``\\r`` →
  ``"\\n"``, NUL → space, a leading byte-order mark → space.
* :class:`Tracked` is a rendered string (markup removed, the form the parsers read) whose every character knows
  the half-open range of the base text it stands for (stored as runs, so that long verbatim stretches cost one
  entry); :func:`keep_only` writes the kept ranges back into a blanked copy of the base text.
* :func:`paragraph_spans` cuts a text into paragraphs at blank lines, as spans with their surrounding blanks
  stripped.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

__all__ = ["NO_SOURCE", "Run", "Src", "Tracked", "keep_only", "paragraph_spans", "source_text", "strip_span"]

#: A half-open range ``[start, end)`` of the base text.
Src = tuple[int, int]
#: The range of a character that stands for nothing in the input (a separator the parser added).
NO_SOURCE: Src = (0, 0)

_LINE_END = re.compile(r"\r\n?")
_NOT_NEWLINE = re.compile(r"[^\n]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")


def source_text(raw: str) -> str:
    """The base text of an input: ``raw`` with line ends and control characters made harmless, same length.

    ``\\r\\n`` becomes ``" \\n"`` and a lone ``\\r`` becomes ``"\\n"`` (a line end stays a line end), NUL becomes a
    space and so does a byte-order mark (or several) at the start. Every other character is unchanged at its offset.
    """
    text = _LINE_END.sub(lambda m: " \n" if len(m.group(0)) == 2 else "\n", raw).replace("\x00", " ")
    bom = len(text) - len(text.lstrip("\ufeff"))
    return " " * bom + text[bom:]


def keep_only(base: str, ranges: Iterable[Src]) -> str:
    """``base`` with every character outside ``ranges`` blanked (a space; newlines stay newlines)."""
    runs: list[list[int]] = []  # merged [start, end) runs of kept characters
    items = [r for r in ranges if r[0] < r[1]]
    if any(a[0] > b[0] for a, b in itertools.pairwise(items)):
        items.sort()
    for start, end in items:
        if runs and start <= runs[-1][1]:  # touches or overlaps the last run: extend it
            if end > runs[-1][1]:
                runs[-1][1] = end
        else:
            runs.append([start, end])
    out: list[str] = []
    pos = 0
    for start, end in runs:
        out += (_NOT_NEWLINE.sub(" ", base[pos:start]), base[start:end])
        pos = end
    out.append(_NOT_NEWLINE.sub(" ", base[pos:]))
    return "".join(out)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed so that ``text[start:end]`` has no whitespace at either end (may become empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text[start:end]``: cut at blank lines, surrounding whitespace stripped."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BLANK_LINE.finditer(text, start, stop):
        s, e = strip_span(text, pos, m.start())
        if s < e:
            spans.append((s, e))
        pos = m.end() - 1  # the second newline may open the next blank line
    s, e = strip_span(text, pos, stop)
    if s < e:
        spans.append((s, e))
    return spans


#: A run of a :class:`Tracked` string: ``(offset, start, end, verbatim)``. The characters from ``offset`` to the
#: next run's offset stand for ``base[start:end]``: one by one when ``verbatim``, else as a whole (the first
#: character carries the range; an empty range stands for nothing).
Run = tuple[int, int, int, bool]


@dataclass(frozen=True, slots=True)
class Tracked:
    """A string whose characters carry the base-text ranges they stand for, stored as runs (see :data:`Run`)."""

    text: str
    runs: tuple[Run, ...] = ()

    @classmethod
    def at(cls, text: str, start: int) -> Tracked:
        """``text`` found verbatim at ``start`` of the base text."""
        return cls(text, ((0, start, start + len(text), True),) if text else ())

    @classmethod
    def covering(cls, text: str, start: int, end: int) -> Tracked:
        """``text`` standing for the whole range ``[start, end)`` (an entity, a code span that is not verbatim)."""
        return cls(text, ((0, start, end, False),) if text else ())

    @classmethod
    def synthetic(cls, text: str) -> Tracked:
        """``text`` that is not in the input at all (a separator added by the parser)."""
        return cls.covering(text, 0, 0)

    @classmethod
    def from_ranges(cls, text: str, ranges: Sequence[Src]) -> Tracked:
        """``text`` whose every character stands for one range (``ranges[i]`` for ``text[i]``)."""
        return cls.join(
            Tracked.at(ch, r[0]) if r[1] - r[0] == 1 else Tracked.covering(ch, *r)
            for ch, r in zip(text, ranges, strict=True)
        )

    @classmethod
    def join(cls, parts: Iterable[Tracked], sep: Tracked | None = None) -> Tracked:
        """Concatenate ``parts`` (with ``sep`` between them); verbatim runs that continue each other merge."""
        texts: list[str] = []
        runs: list[Run] = []
        length = 0
        for i, part in enumerate(parts):
            for piece in (sep, part) if sep is not None and i else (part,):
                if piece is None or not piece.text:
                    continue
                for offset, start, end, verbatim in piece.runs:
                    if runs and verbatim and runs[-1][3] and runs[-1][2] == start:
                        runs[-1] = (runs[-1][0], runs[-1][1], end, True)
                    else:
                        runs.append((offset + length, start, end, verbatim))
                texts.append(piece.text)
                length += len(piece.text)
        return cls("".join(texts), tuple(runs))

    def __len__(self) -> int:
        return len(self.text)

    def cut(self, start: int, end: int | None = None) -> Tracked:
        """The characters ``[start:end]`` with their ranges (a cut-off covering run keeps its range only when its
        first character is kept)."""
        n = len(self.text)
        stop = n if end is None else max(0, min(end, n))
        start = max(0, min(start, n))
        if start >= stop:
            return Tracked("")
        runs: list[Run] = []
        i = bisect.bisect_right(self.runs, start, key=lambda r: r[0]) - 1
        for j in range(max(i, 0), len(self.runs)):
            offset, src_start, src_end, verbatim = self.runs[j]
            if offset >= stop:
                break
            run_end = self.runs[j + 1][0] if j + 1 < len(self.runs) else n
            a, b = max(offset, start), min(run_end, stop)
            if a >= b:
                continue
            if verbatim:
                runs.append((a - start, src_start + a - offset, src_start + b - offset, True))
            elif a == offset:
                runs.append((a - start, src_start, src_end, False))
            else:
                runs.append((a - start, 0, 0, False))
        return Tracked(self.text[start:stop], tuple(runs))

    def strip(self) -> Tracked:
        """Whitespace removed at both ends."""
        start = len(self.text) - len(self.text.lstrip())
        return self.cut(start, max(start, len(self.text.rstrip())))

    def remove(self, pattern: re.Pattern[str]) -> Tracked:
        """Every match of ``pattern`` taken out."""
        return Tracked.join(self.split(pattern))

    def split(self, pattern: re.Pattern[str]) -> list[Tracked]:
        """The pieces between the matches of ``pattern`` (like ``re.split`` without groups)."""
        pieces: list[Tracked] = []
        pos = 0
        for m in pattern.finditer(self.text):
            pieces.append(self.cut(pos, m.start()))
            pos = m.end()
        pieces.append(self.cut(pos))
        return pieces

    def unescape_html(self) -> Tracked:
        """HTML character references decoded; a decoded character stands for the whole reference."""
        parts: list[Tracked] = []
        pos = 0
        for m in _ENTITY.finditer(self.text):
            value = html.unescape(m.group(0))
            if value == m.group(0):
                continue
            parts.append(self.cut(pos, m.start()))
            covered = list(self.cut(m.start(), m.end()).kept())
            if covered:
                parts.append(Tracked.covering(value, covered[0][0], covered[-1][1]))
            else:
                parts.append(Tracked.synthetic(value))
            pos = m.end()
        if not parts:
            return self
        parts.append(self.cut(pos))
        return Tracked.join(parts)

    def kept(self) -> Iterator[Src]:
        """The non-empty ranges this string stands for, in order."""
        return ((r[1], r[2]) for r in self.runs if r[1] < r[2])
