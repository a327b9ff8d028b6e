"""Markdown → units: the block structure of a Markdown article, each block rendered to lines of plain text whose
every character is tracked to its offset in the input (internal to :mod:`rasd.ingest.markdown`).

markdown-it-py (CommonMark + tables) gives the blocks; their inline tokens carry no offsets, so each token is
found in its block's source lines in order (:class:`_Locator`). The rendering keeps the characters of the
article: ``**x**`` → ``x``, ``[t](u)`` → ``t``, ``<u>`` → ``u``, heading ``#`` marks, list markers and block
quote ``>`` dropped, line breaks kept; an escape keeps the escaped character, an entity is decoded for parsing
and stands for its whole reference in the source. Links to media (``pic.twitter.com``, ``t.co``: bare,
autolinked or linked) are taken out of the rendering and kept as the line's media; hashtags stay as they read
(``[#هدنة](#)`` → ``#هدنة``) and are collected with the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from rasd.ingest.tracked import NO_SOURCE, Src, Tracked

__all__ = ["BIDI", "Attribution", "Line", "Unit", "read_units"]

# text_join would merge escapes and entities into the text around them; kept apart, each is found in the source.
_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).disable("text_join")

#: Bidirectional marks (and the BOM), ignored when a line is read for its content.
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
# Media of embedded posts: photos (pic.twitter.com, pic.x.com) and Twitter's shortened links (t.co).
_MEDIA_HOST = re.compile(r"^(?:https?://)?(?:www\.)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+", re.I)
_BARE_MEDIA = re.compile(r"[ \t]?<?(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+>?", re.I)
_HASHTAG_CHAR = r"[\w\u064b-\u065f\u0670\u0640]"
_INLINE_HASHTAG = re.compile(rf"(?<![\w&/#])#({_HASHTAG_CHAR}*[^\W\d_]{_HASHTAG_CHAR}*)")
_SENTENCE_PUNCT = re.compile(r"[.!?؟،,:؛;\"“”«»()]")

_NEWLINE = re.compile("\n")


@dataclass(slots=True)
class Line:
    """One rendered line: its text (markup removed, each character tracked to the base text) and what was taken
    out of it or found in it."""

    t: Tracked
    media: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    hashtag_only: bool = False

    @property
    def text(self) -> str:
        return self.t.text

    @property
    def clean(self) -> str:
        return BIDI.sub("", self.t.text).strip()


@dataclass(slots=True)
class Unit:
    """A block of the Markdown source; ``role`` is decided after every unit is known."""

    kind: str  # heading | paragraph | other
    lines: list[Line]
    level: int = 0
    quote: int | None = None
    list_item: bool = False
    role: str = ""
    attribution: Attribution | None = None

    @property
    def clean(self) -> str:
        return "\n".join(line.clean for line in self.lines if line.clean)

    @property
    def has_text(self) -> bool:
        return any(line.clean for line in self.lines)

    @property
    def hashtag_only(self) -> bool:
        lines = [line for line in self.lines if line.clean]
        return bool(lines) and all(line.hashtag_only for line in lines)


@dataclass(frozen=True, slots=True)
class Attribution:
    author: str | None
    handle: str | None
    date: str | None


def _media_url(url: str) -> str:
    url = url.strip().strip("<>").strip()
    return url if re.match(r"https?://", url, re.I) else "https://" + url


def _is_media(url: str) -> bool:
    return bool(_MEDIA_HOST.match(url.strip().strip("<>")))


def _hashtag_line_tags(text: str) -> list[str] | None:
    """Tags of a line made only of hashtags (``#A#B C#D``: multi-word tags are split at ``#``), else None."""
    t = BIDI.sub("", text).strip()
    if not t.startswith("#") or t.startswith("##"):
        return None
    pieces = [p.strip() for p in t.split("#")[1:]]
    if not pieces or any(not p or _SENTENCE_PUNCT.search(p) for p in pieces):
        return None
    if len(pieces) == 1:  # one tag alone: a single word, else it is a sentence that starts with a hashtag
        return pieces if len(pieces[0].split()) == 1 else None
    if any(len(p.split()) > 4 for p in pieces):
        return None
    return pieces


def _make_line(t: Tracked, media: list[str], links: list[str], link_tags: list[tuple[int, int, str]]) -> Line:
    """Strip the line and find its hashtags (inline ``#word`` plus linked ``[#multi word](#)``)."""
    lead = len(t.text) - len(t.text.lstrip())
    line = Line(t=t.strip(), media=media, links=links)
    stripped = line.text
    tags = _hashtag_line_tags(stripped)
    if tags is not None:
        line.hashtags, line.hashtag_only = tags, True
        return line
    found: list[tuple[int, str]] = [(s - lead, tag) for s, _e, tag in link_tags]
    masked = [(s - lead, e - lead) for s, e, _t in link_tags]
    for m in _INLINE_HASHTAG.finditer(stripped):
        if not any(s <= m.start() < e for s, e in masked):
            found.append((m.start(), m.group(1)))
    line.hashtags = [tag for _pos, tag in sorted(found)]
    return line


class _Locator:
    """Find rendered pieces in a window of the base text, in order (markdown-it's inline tokens have no offsets).

    Each piece is searched from the end of the previous one, so markup skipped between two pieces is never
    matched again. A piece that markdown-it changed (``\\|`` in a table cell becomes ``|``, a tab becomes
    spaces) is aligned character by character; a character that cannot be aligned is kept for parsing but
    stands for nothing in the text.
    """

    def __init__(self, source: str, start: int, end: int) -> None:
        self.source = source
        self.cursor = start
        self.end = end

    def find(self, s: str) -> int:
        """Offset of ``s`` at or after the cursor (the cursor moves past it), else -1."""
        if not s:
            return -1
        pos = self.source.find(s, self.cursor, self.end)
        if pos >= 0:
            self.cursor = pos + len(s)
        return pos

    def locate(self, s: str) -> Tracked:
        """``s`` tracked to where it is found, else aligned character by character (see the class docstring)."""
        pos = self.find(s)
        return Tracked.at(s, pos) if pos >= 0 else self._align(s)

    def _align(self, s: str) -> Tracked:
        # Each character is looked for close to the previous one: within 8 characters (room for an escape or a
        # tab), the first within 64 (room for markup before it); each found character equals the source's.
        ranges: list[Src] = []
        cursor, reach = self.cursor, 64
        for ch in s:
            pos = self.source.find(ch, cursor, min(self.end, cursor + reach))
            if pos < 0:
                ranges.append(NO_SOURCE)
                continue
            ranges.append((pos, pos + 1))
            cursor, reach = pos + 1, 8
        self.cursor = cursor
        return Tracked.from_ranges(s, ranges)

    def skip_target(self, pos: int) -> int:
        """The offset after a link's ``(destination "title")`` or ``[ref]`` starting at ``pos`` (``pos`` if none)."""
        src, end = self.source, self.end
        if pos < end and src[pos] == "(":
            depth, i = 0, pos
            while i < end:
                c = src[i]
                if c == "\\":
                    i += 2
                    continue
                if c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        return i + 1
                i += 1
            return pos
        if pos < end and src[pos] == "[":
            close = src.find("]", pos + 1, end)
            return close + 1 if close >= 0 else pos
        return pos

    def label_end(self, pos: int) -> int:
        """Offset of the ``]`` that closes the ``[`` at ``pos`` (nested brackets counted), else -1."""
        depth, i = 0, pos
        while i < self.end:
            c = self.source[i]
            if c == "\\":
                i += 2
                continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    return i
            i += 1
        return -1


class _InlineRenderer:
    """Render markdown-it inline tokens to tracked plain-text lines, keeping links, media and hashtags aside."""

    def __init__(self, locator: _Locator) -> None:
        self.loc = locator
        self.lines: list[Line] = []
        self._parts: list[Tracked] = []  # the line so far
        self._length = 0
        self._media: list[str] = []
        self._links: list[str] = []
        self._tags: list[tuple[int, int, str]] = []
        self._link: tuple[str, int, bool] | None = None  # href, offset of its label in the line, autolink
        self._auto: tuple[int, int] | None = None  # base-text range of an autolink's URL (inside its <>)
        self._pending: list[Tracked] = []  # text outside links, held until a bare media link can be seen whole

    def _write(self, t: Tracked) -> None:
        if t.text:
            self._parts.append(t)
            self._length += len(t)

    def _line(self) -> Tracked:
        return Tracked.join(self._parts)

    def _tail(self, offset: int) -> str:
        """The line's text from ``offset`` on (a link label: only the last few parts are read)."""
        texts: list[str] = []
        length = self._length
        for part in reversed(self._parts):
            if length <= offset:
                break
            texts.append(part.text)
            length -= len(part)
        return "".join(reversed(texts))[offset - length :]

    def _truncate(self, offset: int) -> None:
        offset = max(0, offset)
        while self._parts and self._length - len(self._parts[-1]) >= offset:
            self._length -= len(self._parts.pop())
        if self._parts and self._length > offset:
            last = self._parts.pop()
            self._length -= len(last)
            self._write(last.cut(0, len(last) - (self._length + len(last) - offset)))

    def _text(self, t: Tracked) -> None:
        if "\n" in t.text:
            first, *more = t.split(_NEWLINE)
            self._text(first)
            for chunk in more:
                self.newline()
                self._text(chunk)
            return
        if self._link is None:
            self._pending.append(t)
        else:
            self._write(t)

    def _flush(self) -> None:
        """Write the pending text; bare media links are taken out of prose (inside a link, link_close decides).

        Text, escapes and entities come as separate tokens, so a link like ``pic.twitter.com/a\\b`` is only seen
        whole here.
        """
        if not self._pending:
            return
        t = Tracked.join(self._pending)
        self._pending = []
        for m in _BARE_MEDIA.finditer(t.text):
            self._media.append(_media_url(m.group(0)))
        self._write(t.remove(_BARE_MEDIA))

    def newline(self) -> None:
        self._flush()
        if self._link is not None and _is_media(self._link[0]):
            self._truncate(self._link[1])  # the first line of a media link's label goes with it
        self.lines.append(_make_line(self._line(), self._media, self._links, self._tags))
        self._parts, self._length, self._media, self._links, self._tags = [], 0, [], [], []
        if self._link is not None:  # a link label broken over two lines goes on at the start of the new one
            self._link = (self._link[0], 0, self._link[2])

    def _close_link(self) -> None:
        if self._link is None:
            return
        href, offset, auto = self._link
        self._link = None
        self._auto = None
        label = self._tail(offset)
        if _is_media(href) or (auto and _is_media(label)) or _is_media(label.strip()):
            self._truncate(offset)
            self._media.append(_media_url(href if _is_media(href) else label))
            # drop the space left before a removed media link ("text pic.twitter.com/x")
            if self._parts and self._parts[-1].text.endswith((" ", "\t")):
                self._truncate(self._length - 1)
            return
        stripped = label.strip()
        if stripped.startswith("#") and (href.startswith("#") or "/hashtag/" in href or not href):
            self._tags.append((offset, self._length, stripped.lstrip("#").strip()))
        elif href and not href.startswith("#"):
            self._links.append(href)

    def _open_link(self, tok: Token) -> None:
        self._flush()
        self._close_link()
        auto = tok.info == "auto"
        self._link = (str(tok.attrs.get("href") or ""), self._length, auto)
        if auto:  # <URL>: the label is the URL between the angle brackets
            lt = self.loc.find("<")
            gt = self.loc.find(">") if lt >= 0 else -1
            if gt >= 0:
                self._auto = (lt + 1, gt)

    def _end_link(self) -> None:
        if self._link is not None and not self._link[2]:  # [label](target): skip "](target)" in the source
            close = self.loc.find("]")
            if close >= 0:
                self.loc.cursor = self.loc.skip_target(close + 1)
        self._close_link()

    def _plain(self, content: str) -> Tracked:
        if self._auto is not None:
            a, b = self._auto
            if self.loc.source[a:b] == content:
                return Tracked.at(content, a)
            return Tracked.covering(content, a, b)
        return self.loc.locate(content)

    def _special(self, tok: Token) -> Tracked:
        """An escape (``\\*``: the backslash blanked) or an entity (``&amp;``: kept as written)."""
        pos = self.loc.find(tok.markup)
        if pos < 0:
            return Tracked.synthetic(tok.content)
        if tok.info == "entity":
            return Tracked.covering(tok.content, pos, pos + len(tok.markup))
        if tok.content == tok.markup:
            return Tracked.at(tok.content, pos)
        return Tracked.at(tok.content, pos + len(tok.markup) - len(tok.content))

    def _code(self, tok: Token) -> Tracked:
        """A code span's content; the backticks and a padding space blanked (newlines inside it kept)."""
        loc = self.loc
        run = re.compile(f"(?<!`){tok.markup or '`'}(?!`)")  # a backtick run of exactly this length
        opening = run.search(loc.source, loc.cursor, loc.end)
        closing = run.search(loc.source, opening.end(), loc.end) if opening else None
        if opening is None or closing is None:
            return loc.locate(tok.content)
        loc.cursor = closing.end()
        start, end = opening.end(), closing.start()
        inner = loc.source[start:end].replace("\n", " ")
        if len(inner) > 1 and inner[0] == inner[-1] == " " and inner.strip(" "):
            start, inner = start + 1, inner[1:-1]  # CommonMark strips one padding space on each side
        if inner == tok.content:
            return Tracked.at(tok.content, start)
        return Tracked.covering(tok.content, opening.end(), end)  # changed by markdown-it: kept as written

    def _image(self, tok: Token) -> None:
        src = str(tok.attrs.get("src") or "")
        if src:
            self._media.append(src)
        bang = self.loc.find("![")
        if bang >= 0:
            close = self.loc.label_end(bang + 1)
            if close >= 0:
                self.loc.cursor = self.loc.skip_target(close + 1)

    def feed(self, tokens: Sequence[Token]) -> None:
        for tok in tokens:
            t = tok.type
            if t == "text":
                self._text(self._plain(tok.content))
                continue
            if t == "text_special":
                self._text(self._special(tok))
                continue
            self._flush()
            if t == "code_inline":
                self._text(self._code(tok))
                self._flush()
            elif t in ("softbreak", "hardbreak"):
                self.newline()
            elif t == "link_open":
                self._open_link(tok)
            elif t == "link_close":
                self._end_link()
            elif t == "image":
                self._image(tok)
            elif t == "html_inline":
                self.loc.find(tok.content)
                if re.match(r"<br\s*/?>", tok.content, re.I):
                    self.newline()
            elif tok.children:
                self.feed(tok.children)

    def finish(self) -> list[Line]:
        self._flush()
        self._close_link()
        self.newline()
        return self.lines


_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|figcaption)\s*>", re.I)
_HTML_DROP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_HREF = re.compile(r"""<a\b[^>]*?href\s*=\s*["']([^"']+)["']""", re.I)


def _html_lines(content: Tracked) -> list[Line]:
    """Plain lines of a raw HTML block (a pasted Twitter embed, a figure): tags dropped, entities decoded."""
    lines: list[Line] = []
    for segment in content.remove(_HTML_DROP).split(_HTML_BREAK):
        hrefs = _HTML_HREF.findall(segment.text)
        for raw in segment.remove(_HTML_TAG).split(_NEWLINE):
            text = raw.unescape_html()
            media = [_media_url(m.group(0)) for m in _BARE_MEDIA.finditer(text.text)]
            lines.append(_make_line(text.remove(_BARE_MEDIA), media, [], []))
        if lines:
            lines[-1].media.extend(_media_url(h) for h in hrefs if _is_media(h))
            lines[-1].links.extend(h for h in hrefs if not _is_media(h))
    return lines


class _Source:
    """The base text and where each of its lines starts (markdown-it maps blocks to line numbers)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]

    def offset(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def locator(self, tok: Token) -> _Locator:
        """A locator over the source lines of a block token."""
        if tok.map is None:
            return _Locator(self.text, 0, len(self.text))
        return _Locator(self.text, self.offset(tok.map[0]), self.offset(tok.map[1]))

    def lines(self, tok: Token) -> list[Tracked]:
        """The lines of a block token's content (code, raw HTML), each tracked to the source."""
        loc = self.locator(tok)
        if tok.type == "fence" and tok.map is not None:  # the content starts under the opening fence line
            loc.cursor = self.offset(tok.map[0] + 1)
        return [loc.locate(s) for s in tok.content.split("\n")]


def read_units(base: str) -> list[Unit]:
    """The units of a Markdown source, in order."""
    source = _Source(base)
    units: list[Unit] = []
    quotes: list[int] = []
    n_quotes = 0
    list_depth = 0
    level = 0
    table: list[Line] | None = None
    row: list[Line] = []
    row_locator: _Locator | None = None  # the cells of a row are found one after the other on its line
    for tok in _MD.parse(base):
        t = tok.type
        quote = quotes[-1] if quotes else None
        if t == "blockquote_open":
            n_quotes += 1
            quotes.append(n_quotes)
        elif t == "blockquote_close" and quotes:
            quotes.pop()
        elif t == "list_item_open":
            list_depth += 1
        elif t == "list_item_close":
            list_depth = max(0, list_depth - 1)
        elif t == "heading_open":
            level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "heading_close":
            level = 0
        elif t == "table_open":
            table = []
        elif t == "tr_open":
            row = []
            row_locator = source.locator(tok)
        elif t == "tr_close" and table is not None:
            cells = [line for line in row if line.clean]
            joined = Tracked.join((line.t for line in cells), Tracked.synthetic(" | "))
            table.append(Line(t=joined, media=[m for c in cells for m in c.media], links=[]))
        elif t == "table_close" and table is not None:
            units.append(Unit("other", table, quote=quote))
            table = None
        elif t == "inline":
            in_row = table is not None and row_locator is not None
            renderer = _InlineRenderer(row_locator if in_row and row_locator else source.locator(tok))
            renderer.feed(tok.children or [])
            lines = renderer.finish()
            if table is not None:
                row.extend(lines)
            else:
                kind = "heading" if level else "paragraph"
                units.append(Unit(kind, lines, level=level, quote=quote, list_item=list_depth > 0))
        elif t in ("code_block", "fence"):
            units.append(Unit("other", [_make_line(s, [], [], []) for s in source.lines(tok)], quote=quote))
        elif t == "html_block":
            lines = _html_lines(Tracked.join(source.lines(tok), Tracked.synthetic("\n")))
            if "<blockquote" in tok.content.lower():
                n_quotes += 1
                quote = n_quotes
            units.append(Unit("paragraph", lines, quote=quote))
    return units
