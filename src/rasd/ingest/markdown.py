"""Markdown articles (the shape news scrapers and the seed article produce) → :class:`~rasd.document.Document`.

Steps, in order:

1. **Clean the input**: drop a BOM, turn CRLF/CR into LF.
2. **Block structure** with markdown-it-py (CommonMark + tables): headings, paragraphs, block quotes, lists,
   code and raw HTML blocks become *units*; their inline content is rendered to plain text here, not by
   markdown-it, so that the output keeps the characters of the article: ``**x**`` → ``x``, ``[t](u)`` → ``t``,
   ``<u>`` → ``u``, heading ``#`` marks and list markers dropped, line breaks kept as ``\\n``. Links to media
   (``pic.twitter.com``, ``t.co``, bare or linked) are removed from the text and kept as media of the post
   they belong to. Hashtags stay as they read (``[#هدنة](#)`` → ``#هدنة``).
3. **Attribution lines** of embedded posts are found (and split off the paragraph that holds them):
   ``– NAME (@handle) DATE``, the garbled ``— NAME (@DATE) handle``, ``(@DATE) (handle)``, ``(@DATE) handle)``
   and the Twitter-embed ``— NAME (@handle) [DATE](status URL)``.
4. **Article metadata**: the title is the first ``#`` heading (else a heading that opens the article); the byline
   (``كتبه NAME | 20 مايو، 2019``, ``بقلم``, ``كتب:``, ``إعداد``, a date-only line) is looked for among the
   short units before the first prose paragraph; the article URL comes from the last short line labelled
   ``رابط المقال`` / ``المصدر:`` / ``Source:`` and is normalized; ``source`` is its domain.
5. **Post bodies**, walking back from each attribution line (see :func:`_post_body`): the unit just before it is
   the body; earlier units join while they look like the same tweet (hashtag-only lines always; short paragraphs
   that carry a hashtag, media or mention, or that end mid-sentence); a heading, the byline, another post or a
   prose paragraph ends the walk. Inside a block quote the whole quote before the attribution is the body.
6. **Emit** every unit with :class:`~rasd.ingest.builder.TextBuilder` (blocks separated by a blank line):
   title, byline, heading, paragraph, post (each body paragraph), hashtags (hashtag-only lines, inside a post
   or not), link (the closing URL line), other (attribution lines, tables, code). ``Post.start/end`` spans the
   body (from its first unit, a leading hashtag line included, to its last paragraph) and *excludes* the
   attribution line, which stays in the text as its own ``other`` block so that names in it can be annotated.

Any string gives a document: should a bug surface on odd input, the raw text is kept as paragraphs and the
problem recorded in ``errors``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from rasd.document import ArticleMeta, BlockKind, Document, Post
from rasd.ingest.builder import TextBuilder
from rasd.ingest.dates import parse_date_string, search_date
from rasd.ingest.meta import normalize_url, source_from_url
from rasd.text.normalize import normalize, normalize_view

__all__ = ["parse_markdown"]

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
# Media of embedded posts: photos (pic.twitter.com, pic.x.com) and Twitter's shortened links (t.co).
_MEDIA_HOST = re.compile(r"^(?:https?://)?(?:www\.)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+", re.I)
_BARE_MEDIA = re.compile(r"[ \t]?<?(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+>?", re.I)
_STATUS_URL = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)", re.I)
_HASHTAG_CHAR = r"[\w\u064b-\u065f\u0670\u0640]"
_INLINE_HASHTAG = re.compile(rf"(?<![\w&/#])#({_HASHTAG_CHAR}*[^\W\d_]{_HASHTAG_CHAR}*)")
_SENTENCE_PUNCT = re.compile(r"[.!?؟،,:؛;\"“”«»()]")
# A unit that ends like a finished sentence (or a lead-in colon); used to tell prose from a tweet's first line.
_TERMINAL = ".!?؟…:\"”»)'۔"

# Attribution line of an embedded post: a dash, the account name, a parenthesised "@handle" or "@DATE", the rest.
_DASH = "[-–—―‒]+"
_ATTRIBUTION = re.compile(
    rf"^\s*{_DASH}\s*(?P<name>[^()\n]{{1,80}}?)\s*\((?P<inner>[^()\n]{{1,60}})\)\s*(?P<rest>.{{0,160}})$"
)
_ATTRIBUTION_NO_DASH = re.compile(
    r"^\s*(?P<name>[^()\n\-–—]{1,80}?)\s*\((?P<inner>@[^()\n]{1,60})\)\s*(?P<rest>.{0,160})$"
)
# The same at the end of a line of tweet text ("… pic.twitter.com/x — NAME (@handle) May 19, 2019").
_ATTRIBUTION_TAIL = re.compile(r"\s[–—―]\s*[^()\n–—―]{1,80}?\s*\(@[^()\n]{1,60}\)[^\n()]{0,80}\)?[^\n()]{0,80}$")
_HANDLE = re.compile(r"[A-Za-z0-9_]{1,30}")
_HANDLE_IN = re.compile(r"(?<![\w.])@?([A-Za-z0-9_]{2,30})(?![\w.])")

# Byline markers ("written by", "by", "prepared by", "report:"), matched on the normalized view.
_BYLINE_MARKER = re.compile(
    r"^(?:كتبه|كتبته|كتبت|كتب|بقلم|اعداد|تحرير|تقرير|بواسطه|by)(?:\s*[:：\-–—]\s*|\s+)(?P<name>.+)$", re.I
)
_DATE_LABEL = re.compile(
    r"^(?:نشر(?:\s+في)?|تاريخ\s+النشر|بتاريخ|اخر\s+تحديث|تم\s+النشر|published(?:\s+on)?|updated(?:\s+on)?|date)$",
    re.I,
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[صم]|[ap]\.?m\.?|صباح\S*|مساء\S*|ظهر\S*)(?!\w))?", re.I)
_BYLINE_SPLIT = re.compile(r"[|｜•·]|\s[-–—]\s")
_LINK_LABEL = re.compile(
    r"^(?:رابط\s+(?:المقال|الخبر|التقرير|الماده|المصدر)|الرابط|رابط|المصدر(?:\s+الاصلي)?|مصدر\s+الخبر|"
    r"المقال\s+الاصلي|اقرا\s+المقال\s+الاصلي|source|original\s+article|url|link)\s*[:：]",
    re.I,
)

_PROSE_LEN = 200  # a paragraph longer than this is prose: it ends the byline zone
_TWEET_LEN = 280  # Twitter's limit; a paragraph joining a post body must fit in it
_BODY_MAX = 420  # a multi-paragraph post body stays below this (280 + room for links and hashtag lines)


# ----------------------------------------------------------------------------- units


@dataclass(slots=True)
class _Line:
    """One rendered line: its text (markup removed) and what was taken out of it or found in it."""

    text: str
    media: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    hashtag_only: bool = False

    @property
    def clean(self) -> str:
        return _BIDI.sub("", self.text).strip()


@dataclass(slots=True)
class _Unit:
    """A block of the Markdown source; ``role`` is decided after every unit is known."""

    kind: str  # heading | paragraph | other
    lines: list[_Line]
    level: int = 0
    quote: int | None = None
    list_item: bool = False
    role: str = ""
    attribution: _Attribution | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.clean)

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
class _Attribution:
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
    t = _BIDI.sub("", text).strip()
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


def _make_line(text: str, media: list[str], links: list[str], link_tags: list[tuple[int, int, str]]) -> _Line:
    """Strip the line and find its hashtags (inline ``#word`` plus linked ``[#multi word](#)``)."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    line = _Line(text=stripped, media=media, links=links)
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


class _InlineRenderer:
    """Render markdown-it inline tokens to plain text lines, keeping links, media and hashtags aside."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self._parts: list[str] = []
        self._length = 0
        self._media: list[str] = []
        self._links: list[str] = []
        self._tags: list[tuple[int, int, str]] = []
        self._link: tuple[str, int, int, bool] | None = None  # href, part index, offset, autolink

    def _write(self, s: str) -> None:
        if s:
            self._parts.append(s)
            self._length += len(s)

    def _text(self, s: str) -> None:
        if "\n" in s:
            first, *more = s.split("\n")
            self._text(first)
            for chunk in more:
                self.newline()
                self._text(chunk)
            return
        if self._link is None:  # bare media links are taken out of prose (inside a link, link_close decides)
            for m in _BARE_MEDIA.finditer(s):
                self._media.append(_media_url(m.group(0)))
            s = _BARE_MEDIA.sub("", s)
        self._write(s)

    def newline(self) -> None:
        if self._link is not None and _is_media(self._link[0]):
            del self._parts[self._link[1] :]  # the first line of a media link's label goes with it
        text = "".join(self._parts)
        self.lines.append(_make_line(text, self._media, self._links, self._tags))
        self._parts, self._length, self._media, self._links, self._tags = [], 0, [], [], []
        if self._link is not None:  # a link label broken over two lines goes on at the start of the new one
            self._link = (self._link[0], 0, 0, self._link[3])

    def _close_link(self) -> None:
        if self._link is None:
            return
        href, index, offset, auto = self._link
        self._link = None
        label = "".join(self._parts[index:])
        if _is_media(href) or (auto and _is_media(label)) or _is_media(label.strip()):
            del self._parts[index:]
            self._length = offset
            self._media.append(_media_url(href if _is_media(href) else label))
            # drop the space left before a removed media link ("text pic.twitter.com/x")
            if self._parts and self._parts[-1].endswith((" ", "\t")):
                self._parts[-1] = self._parts[-1][:-1]
                self._length -= 1
            return
        stripped = label.strip()
        if stripped.startswith("#") and (href.startswith("#") or "/hashtag/" in href or not href):
            self._tags.append((offset, self._length, stripped.lstrip("#").strip()))
        elif href and not href.startswith("#"):
            self._links.append(href)

    def feed(self, tokens: Sequence[Token]) -> None:
        for tok in tokens:
            t = tok.type
            if t in ("text", "text_special", "code_inline"):
                self._text(tok.content)
            elif t in ("softbreak", "hardbreak"):
                self.newline()
            elif t == "link_open":
                self._close_link()
                self._link = (str(tok.attrs.get("href") or ""), len(self._parts), self._length, tok.info == "auto")
            elif t == "link_close":
                self._close_link()
            elif t == "image":
                src = str(tok.attrs.get("src") or "")
                if src:
                    self._media.append(src)
            elif t == "html_inline":
                if re.match(r"<br\s*/?>", tok.content, re.I):
                    self.newline()
            elif tok.children:
                self.feed(tok.children)

    def finish(self) -> list[_Line]:
        self._close_link()
        self.newline()
        return self.lines


def _render_inline(tokens: Sequence[Token] | None) -> list[_Line]:
    renderer = _InlineRenderer()
    renderer.feed(tokens or [])
    return renderer.finish()


_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|figcaption)\s*>", re.I)
_HTML_DROP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_HREF = re.compile(r"""<a\b[^>]*?href\s*=\s*["']([^"']+)["']""", re.I)


def _html_lines(content: str) -> list[_Line]:
    """Plain lines of a raw HTML block (a pasted Twitter embed, a figure): tags dropped, entities decoded."""
    lines: list[_Line] = []
    for segment in _HTML_BREAK.split(_HTML_DROP.sub("", content)):
        hrefs = _HTML_HREF.findall(segment)
        for raw in _HTML_TAG.sub("", segment).split("\n"):
            text = html.unescape(raw)
            media = [_media_url(m.group(0)) for m in _BARE_MEDIA.finditer(text)]
            text = _BARE_MEDIA.sub("", text)
            lines.append(_make_line(text, media, [], []))
        if lines:
            lines[-1].media.extend(_media_url(h) for h in hrefs if _is_media(h))
            lines[-1].links.extend(h for h in hrefs if not _is_media(h))
    return lines


def _units(raw: str) -> list[_Unit]:
    """The units of a Markdown source, in order."""
    units: list[_Unit] = []
    quotes: list[int] = []
    n_quotes = 0
    list_depth = 0
    level = 0
    table: list[_Line] | None = None
    row: list[_Line] = []
    for tok in _MD.parse(raw):
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
        elif t == "tr_close" and table is not None:
            cells = [line for line in row if line.clean]
            joined = " | ".join(line.text for line in cells)
            table.append(_Line(text=joined, media=[m for c in cells for m in c.media], links=[]))
        elif t == "table_close" and table is not None:
            units.append(_Unit("other", table, quote=quote))
            table = None
        elif t == "inline":
            lines = _render_inline(tok.children)
            if table is not None:
                row.extend(lines)
            else:
                kind = "heading" if level else "paragraph"
                units.append(_Unit(kind, lines, level=level, quote=quote, list_item=list_depth > 0))
        elif t in ("code_block", "fence"):
            units.append(_Unit("other", [_make_line(s, [], [], []) for s in tok.content.split("\n")], quote=quote))
        elif t == "html_block":
            lines = _html_lines(tok.content)
            if "<blockquote" in tok.content.lower():
                n_quotes += 1
                quote = n_quotes
            units.append(_Unit("paragraph", lines, quote=quote))
    return units


# ----------------------------------------------------------------------------- attribution lines


def _parse_attribution(line: _Line, *, list_item: bool) -> _Attribution | None:
    """Read ``– NAME (@handle) DATE`` and its garbled variants; None when the line is not one."""
    text = line.clean
    if len(text) > 240:
        return None
    m = _ATTRIBUTION.match(text) or (_ATTRIBUTION_NO_DASH.match(text) if list_item else None)
    if m is None:
        return None
    name = " ".join(m["name"].split()).strip(" :،,")
    if not name or len(name.split()) > 10:
        return None
    inner = m["inner"].strip()
    has_at = inner.startswith("@")
    inner = inner.lstrip("@").strip()
    rest = m["rest"]
    handle: str | None = None
    date: str | None = None
    if _HANDLE.fullmatch(inner) and not inner.isdigit():
        handle = inner
        found = search_date(rest)
        date = found.value if found else None
        if not has_at and date is None:
            return None
    else:
        date = parse_date_string(inner)
        if date is None:
            return None
        m_handle = _HANDLE_IN.search(rest)  # "(@May 19, 2019) SyriaCivilDefe" / "(handle)" / "handle)"
        handle = m_handle.group(1) if m_handle else None
    for link in line.links:
        status = _STATUS_URL.match(link)
        if status and handle is None:
            handle = status.group(1)
    return _Attribution(author=name, handle=handle, date=date)


def _split_tail(line: _Line) -> tuple[_Line, _Line, _Attribution] | None:
    """Split ``tweet text — NAME (@handle) DATE`` written on one line into the text and the attribution."""
    m = _ATTRIBUTION_TAIL.search(line.text)
    if m is None or not line.text[: m.start()].strip():
        return None
    tail = _Line(text=line.text[m.start() :].strip(), links=list(line.links))
    attribution = _parse_attribution(tail, list_item=False)
    if attribution is None:
        return None
    head_links = [link for link in line.links if not _STATUS_URL.match(link)]
    head = _Line(text=line.text[: m.start()].strip(), media=line.media, links=head_links, hashtags=line.hashtags)
    return head, tail, attribution


def _split_attributions(units: list[_Unit]) -> list[_Unit]:
    """Give every attribution line a unit of its own (it may end the paragraph of the tweet it signs)."""
    out: list[_Unit] = []
    for unit in units:
        if unit.kind != "paragraph":
            out.append(unit)
            continue
        current: list[_Line] = []
        for line in unit.lines:
            attribution = _parse_attribution(line, list_item=unit.list_item) if line.clean else None
            if attribution is None and line.clean:
                split = _split_tail(line)
                if split is not None:
                    current.append(split[0])
                    line, attribution = split[1], split[2]
            if attribution is None:
                current.append(line)
                continue
            if current:
                out.append(_Unit("paragraph", current, quote=unit.quote, list_item=unit.list_item))
                current = []
            out.append(_Unit("paragraph", [line], quote=unit.quote, list_item=unit.list_item, attribution=attribution))
        if current:
            out.append(_Unit("paragraph", current, quote=unit.quote, list_item=unit.list_item))
    return out


# ----------------------------------------------------------------------------- metadata


def _is_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 6 and len(s) <= 60 and not re.search(r"\d|[.!?؟:؛]", s)


def _parse_byline(text: str) -> tuple[str | None, str | None] | None:
    """``(author, published)`` of a byline unit's clean text, or None when it is not a byline."""
    author: str | None = None
    date: str | None = None
    for line in text.split("\n"):
        if len(line) > 150:
            return None
        rest = line
        found = search_date(line)
        if found is not None:
            date = date or found.value
            rest = line[: found.start] + " | " + line[found.end :]
        rest = _CLOCK.sub(" | ", rest)
        known = found is not None
        unknown: list[str] = []
        for part in _BYLINE_SPLIT.split(rest):
            part = part.strip(" \t,،.:：-–—")
            if not part:
                continue
            view = normalize_view(part)
            m = _BYLINE_MARKER.match(view.text)
            if m is not None:
                name_start, name_end = view.to_source(m.start("name"), m.end("name"))
                name = _BIDI.sub("", part[name_start:name_end]).strip(" ,،:：")
                if not _is_name(name):
                    return None
                author = author or " ".join(name.split())
                known = True
            elif _DATE_LABEL.match(" ".join(normalize(part).split())):
                continue
            else:
                unknown.append(part)
        if not known or any(len(p.split()) > 3 or re.search(r"\d", p) for p in unknown):
            return None
    if author is None and date is None:
        return None
    return author, date


def _link_url(unit: _Unit) -> str | None:
    """The article URL of a closing ``رابط المقال : URL`` / ``المصدر: URL`` unit, else None."""
    clean = unit.clean
    if unit.kind != "paragraph" or unit.attribution or len(clean) > 300 or not _LINK_LABEL.match(normalize(clean)):
        return None
    for line in unit.lines:
        for href in line.links:
            url = normalize_url(href)
            if url:
                return url
    return normalize_url(clean)


# ----------------------------------------------------------------------------- posts


def _signals(unit: _Unit) -> bool:
    """Whether a unit carries what tweets carry and prose does not: hashtags, media, mentions, links."""
    return any(line.hashtags or line.media or line.links for line in unit.lines) or bool(
        re.search(r"(?<![\w.])@[A-Za-z0-9_]{2,}", unit.clean)
    )


def _post_body(units: list[_Unit], at: int) -> list[int]:
    """Indices of the units that make the body of the post whose attribution is ``units[at]``.

    Walk back from the attribution: media-only units and hashtag-only lines join; the first text unit is the
    body; an earlier paragraph joins only while it looks like the same tweet (short, the total within
    ``_BODY_MAX``, and it has a hashtag/media/mention/link or ends mid-sentence, like a tweet split by a
    blank line). Inside a block quote, earlier units of the same quote join up to ``_BODY_MAX``.
    """
    quote = units[at].quote
    body: list[int] = []
    total = 0
    j = at - 1
    while j >= 0:
        unit = units[j]
        if unit.role or unit.attribution is not None or (unit.kind == "heading" and not unit.hashtag_only):
            break
        if unit.kind == "other":
            break
        if not unit.has_text or unit.hashtag_only:
            body.append(j)
            j -= 1
            continue
        size = len(unit.clean)
        has_text_body = total > 0
        if quote is not None and unit.quote == quote:
            if has_text_body and total + size > _BODY_MAX:
                break
        elif has_text_body:
            looks_like_tweet = _signals(unit) or not unit.clean.endswith(tuple(_TERMINAL))
            if size > _TWEET_LEN or total + size > _BODY_MAX or not looks_like_tweet:
                break
        body.append(j)
        total += size
        j -= 1
    return sorted(body)


def _dedup(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# ----------------------------------------------------------------------------- assembly

_ROLE_KIND = {
    "title": BlockKind.TITLE,
    "byline": BlockKind.BYLINE,
    "heading": BlockKind.HEADING,
    "paragraph": BlockKind.PARAGRAPH,
    "post": BlockKind.POST,
    "hashtags": BlockKind.HASHTAGS,
    "link": BlockKind.LINK,
    "attribution": BlockKind.OTHER,
    "other": BlockKind.OTHER,
}


def _assign_metadata(units: list[_Unit], meta: ArticleMeta) -> None:
    """Find title, byline and closing URL line; set their roles and the article metadata."""
    title_at: int | None = None
    for i, unit in enumerate(units):
        if unit.kind == "paragraph" and len(unit.clean) > _PROSE_LEN:
            break
        if unit.kind == "heading" and unit.level == 1 and unit.has_text and not unit.hashtag_only:
            title_at = i
            break
    if title_at is None:
        first = next((i for i, u in enumerate(units) if u.has_text), None)
        if first is not None and units[first].kind == "heading" and not units[first].hashtag_only:
            title_at = first
    if title_at is not None:
        units[title_at].role = "title"
        meta.title = " ".join(units[title_at].clean.split())

    seen = 0
    for unit in units:
        if unit.role or not unit.has_text:
            continue
        seen += 1
        if seen > 6 or (unit.kind == "paragraph" and len(unit.clean) > _PROSE_LEN) or unit.attribution:
            break
        if unit.kind == "other":
            continue
        byline = _parse_byline(unit.clean)
        if byline is None:
            continue
        unit.role = "byline"
        meta.author = meta.author or byline[0]
        meta.published = meta.published or byline[1]

    for unit in reversed(units):
        if unit.role:
            continue
        url = _link_url(unit)
        if url is not None:
            unit.role = "link"
            meta.url = url
            meta.source = source_from_url(url)
            break


def _assign_posts(units: list[_Unit]) -> list[tuple[list[int], int]]:
    """Set roles of attribution lines and post bodies; return ``(body unit indices, attribution index)``."""
    posts: list[tuple[list[int], int]] = []
    for i, unit in enumerate(units):
        if unit.attribution is None or unit.role:
            continue
        body = _post_body(units, i)
        for j in body:
            units[j].role = "hashtags" if units[j].hashtag_only else "post"
        unit.role = "attribution"
        posts.append((body, i))
    for unit in units:
        if not unit.role:
            if unit.kind == "heading":
                unit.role = "hashtags" if unit.hashtag_only else "heading"
            elif unit.kind == "other":
                unit.role = "other"
            else:
                unit.role = "hashtags" if unit.hashtag_only else "paragraph"
    return posts


def _build(raw: str) -> Document:
    units = _split_attributions(_units(raw))
    meta = ArticleMeta()
    _assign_metadata(units, meta)
    post_units = _assign_posts(units)

    builder = TextBuilder()
    spans: list[tuple[int, int] | None] = []
    for unit in units:
        if unit.has_text:
            spans.append(builder.add_block(_ROLE_KIND[unit.role], unit.text))
        else:
            spans.append(None)

    for body, at in post_units:
        attribution = units[at].attribution
        assert attribution is not None
        body_spans = [s for s in (spans[j] for j in body) if s is not None]
        anchor = spans[at]
        if body_spans:
            start, end = body_spans[0][0], body_spans[-1][1]
        else:
            start = end = anchor[0] if anchor is not None else builder.length
        lines = [line for j in [*body, at] for line in units[j].lines]
        links = [link for line in lines for link in line.links]
        status = next((m for m in map(_STATUS_URL.match, links) if m), None)
        builder.posts.append(
            Post(
                start=start,
                end=end,
                author=attribution.author,
                handle=attribution.handle or (status.group(1) if status else None),
                date=attribution.date,
                url=status.group(0) if status else None,
                media=_dedup([m for line in lines for m in line.media]),
                hashtags=_dedup([t for j in body for line in units[j].lines for t in line.hashtags]),
            )
        )
    if meta.reference_date is None:
        meta.reference_date = meta.published
    return builder.build(meta)


def _fallback(raw: str, exc: Exception) -> Document:
    """The raw text as paragraphs, with the parser's failure recorded (never lose an article)."""
    builder = TextBuilder()
    for chunk in re.split(r"\n\s*\n", raw):
        builder.add_block(BlockKind.PARAGRAPH, chunk)
    doc = builder.build(ArticleMeta())
    doc.add_error("ingest", f"markdown parser failed ({type(exc).__name__}: {exc}); kept the raw text")
    return doc


def parse_markdown(raw: str) -> Document:
    """Parse a Markdown news article into a :class:`~rasd.document.Document` (ingest only, no stages).

    Args:
        raw: the article as Markdown (``# title``, a byline, paragraphs, embedded posts, a closing URL line).

    Returns:
        The document: plain text with markup removed, blocks, embedded posts and article metadata (title,
        author, published, url, source; ``reference_date`` = published). Never raises on odd input.
    """
    if not isinstance(raw, str):
        raw = str(raw)
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    try:
        return _build(text)
    except Exception as exc:  # odd input must not lose the article; the failure is recorded on it
        return _fallback(text, exc)
