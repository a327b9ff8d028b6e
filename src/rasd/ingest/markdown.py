"""Markdown articles (the shape news scrapers and the seed article produce) → :class:`~rasd.document.Document`.

**Offsets.** ``Document.text`` has exactly the length of the input string, and every character of the article
is at the same offset as in the input (for a file read by :func:`rasd.ingest.read_path`: code points of the
UTF-8-decoded file, a byte-order mark dropped by the decoder). Markup is *blanked*, not removed: each markup
character becomes a space and newlines stay newlines, so every span points into the user's own file.
``# title`` → ``"  title"``, ``**روسيا**`` → ``"  روسيا  "``, ``[#هدنة](#)`` → ``" #هدنة    "``,
``[text](url)`` → ``" text"`` and blanks (the URL blanked), ``<https://example.org/a>`` → the URL with its
angle brackets blanked; media links (``pic.twitter.com``, ``t.co``: bare, autolinked or linked) are blanked
entirely and kept as media of the post they belong to. The closing ``رابط المقال : [/https://…](https://…)``
line is a link like any other: its label and the link's visible text stay, the brackets and the target URL are
blanked. ``\\r`` becomes a space (a lone ``\\r`` a newline), NUL and a leading byte-order mark a space. HTML
character references (``&amp;``, ``&mdash;``) stay as written in the text and are decoded for parsing only;
a backslash escape keeps the escaped character and blanks the backslash.

Steps, in order:

1. **Base text** (:func:`rasd.ingest.tracked.source_text`): the input with line ends and NULs made harmless,
   same length. markdown-it parses it; nothing below changes its length.
2. **Units** (:func:`rasd.ingest.markdown_units.read_units`): markdown-it-py (CommonMark + tables) gives the
   headings, paragraphs, block quotes, lists, code and raw HTML blocks; their inline content is rendered to
   plain text lines (``**x**`` → ``x``, ``[t](u)`` → ``t``, heading ``#`` marks and list markers dropped, media
   links taken out and kept as media, hashtags kept as they read), each character tracked to its offset.
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
6. **Emit**: the text is the base text with every character that no unit renders blanked; each unit with text
   is a block spanning its first to its last kept character: title, byline, heading, paragraph, post (each
   body paragraph), hashtags (hashtag-only lines, inside a post or not), link (the closing URL line), other
   (attribution lines, tables, code). ``Post.start/end`` spans the body (from its first unit, a leading hashtag
   line included, to its last paragraph) and *excludes* the attribution line, which stays in the text as its
   own ``other`` block so that names in it can be annotated.

Any string gives a document: should a bug surface on odd input, the base text is kept with paragraph blocks
and the problem recorded in ``errors``.
"""

from __future__ import annotations

import re

from rasd.document import ArticleMeta, Block, BlockKind, Document, Post
from rasd.ingest.dates import parse_date_string, search_date
from rasd.ingest.markdown_units import BIDI, Attribution, Line, Unit, read_units
from rasd.ingest.meta import normalize_url, source_from_url
from rasd.ingest.tracked import keep_only, paragraph_spans, source_text, strip_span
from rasd.text.normalize import normalize, normalize_view

__all__ = ["parse_markdown"]

_STATUS_URL = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)", re.I)
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


# ----------------------------------------------------------------------------- attribution lines


def _parse_attribution(line: Line, *, list_item: bool) -> Attribution | None:
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
    return Attribution(author=name, handle=handle, date=date)


def _split_tail(line: Line) -> tuple[Line, Line, Attribution] | None:
    """Split ``tweet text — NAME (@handle) DATE`` written on one line into the text and the attribution."""
    m = _ATTRIBUTION_TAIL.search(line.text)
    if m is None or not line.text[: m.start()].strip():
        return None
    tail = Line(t=line.t.cut(m.start()).strip(), links=list(line.links))
    attribution = _parse_attribution(tail, list_item=False)
    if attribution is None:
        return None
    head_links = [link for link in line.links if not _STATUS_URL.match(link)]
    head = Line(t=line.t.cut(0, m.start()).strip(), media=line.media, links=head_links, hashtags=line.hashtags)
    return head, tail, attribution


def _split_attributions(units: list[Unit]) -> list[Unit]:
    """Give every attribution line a unit of its own (it may end the paragraph of the tweet it signs)."""
    out: list[Unit] = []
    for unit in units:
        if unit.kind != "paragraph":
            out.append(unit)
            continue
        current: list[Line] = []
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
                out.append(Unit("paragraph", current, quote=unit.quote, list_item=unit.list_item))
                current = []
            out.append(Unit("paragraph", [line], quote=unit.quote, list_item=unit.list_item, attribution=attribution))
        if current:
            out.append(Unit("paragraph", current, quote=unit.quote, list_item=unit.list_item))
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
                name = BIDI.sub("", part[name_start:name_end]).strip(" ,،:：")
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


def _link_url(unit: Unit) -> str | None:
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


def _signals(unit: Unit) -> bool:
    """Whether a unit carries what tweets carry and prose does not: hashtags, media, mentions, links."""
    return any(line.hashtags or line.media or line.links for line in unit.lines) or bool(
        re.search(r"(?<![\w.])@[A-Za-z0-9_]{2,}", unit.clean)
    )


def _post_body(units: list[Unit], at: int) -> list[int]:
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


def _assign_metadata(units: list[Unit], meta: ArticleMeta) -> None:
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


def _assign_posts(units: list[Unit]) -> list[tuple[list[int], int]]:
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


def _build(base: str) -> Document:
    units = _split_attributions(read_units(base))
    meta = ArticleMeta()
    _assign_metadata(units, meta)
    post_units = _assign_posts(units)

    # the text: the base text with everything no unit renders blanked; a unit spans its first to last kept char
    kept: list[tuple[int, int]] = []
    raw_spans: list[tuple[int, int] | None] = []
    for unit in units:
        ranges = [r for line in unit.lines if line.clean for r in line.t.kept()]  # one per run, in order
        kept.extend(ranges)
        raw_spans.append((min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else None)
    text = keep_only(base, kept)
    blocks: list[Block] = []
    spans: list[tuple[int, int] | None] = []
    for unit, raw_span in zip(units, raw_spans, strict=True):
        span = strip_span(text, *raw_span) if raw_span is not None else None
        if span is None or span[0] >= span[1]:
            spans.append(None)
            continue
        spans.append(span)
        blocks.append(Block(_ROLE_KIND[unit.role], span[0], span[1]))

    posts: list[Post] = []
    for body, at in post_units:
        attribution = units[at].attribution
        assert attribution is not None
        body_spans = [s for s in (spans[j] for j in body) if s is not None]
        anchor = spans[at]
        if body_spans:
            start, end = body_spans[0][0], body_spans[-1][1]
        else:
            start = end = anchor[0] if anchor is not None else 0
        lines = [line for j in [*body, at] for line in units[j].lines]
        links = [link for line in lines for link in line.links]
        status = next((m for m in map(_STATUS_URL.match, links) if m), None)
        posts.append(
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
    return Document(text=text, article=meta, blocks=blocks, posts=posts)


def _fallback(base: str, exc: Exception) -> Document:
    """The base text with paragraph blocks, the parser's failure recorded (never lose an article)."""
    blocks = [Block(BlockKind.PARAGRAPH, s, e) for s, e in paragraph_spans(base)]
    doc = Document(text=base, article=ArticleMeta(), blocks=blocks)
    doc.add_error("ingest", f"markdown parser failed ({type(exc).__name__}: {exc}); kept the raw text")
    return doc


def parse_markdown(raw: str) -> Document:
    """Parse a Markdown news article into a :class:`~rasd.document.Document` (ingest only, no stages).

    Args:
        raw: the article as Markdown (``# title``, a byline, paragraphs, embedded posts, a closing URL line).

    Returns:
        The document: its text is ``raw`` with the markup blanked (same length, every character of the article
        at its offset in ``raw``; see the module docstring), with blocks, embedded posts and article metadata
        (title, author, published, url, source; ``reference_date`` = published). Never raises on odd input.
    """
    if not isinstance(raw, str):
        raw = str(raw)
    base = source_text(raw)
    try:
        return _build(base)
    except Exception as exc:  # odd input must not lose the article; the failure is recorded on it
        return _fallback(base, exc)
