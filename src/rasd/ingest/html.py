"""HTML ingest: the article's main text without boilerplate, and its metadata from meta tags and JSON-LD.

**Offsets.** Unlike Markdown and plain text (whose ``Document.text`` keeps every character at its offset in the
input), an HTML page is not its text: ``Document.text`` is the *extracted* text built in step 5, and every span
is an offset into that text, not into the HTML source.

Steps:
    1. Parse with selectolax (lexbor, an HTML5 parser: entities decoded, broken markup repaired).
    2. Read metadata before anything is skipped: title (``og:title``, ``twitter:title``, JSON-LD ``headline``,
       ``<title>``, ``<h1>``; a `` | Site`` suffix is cut), author (``author`` meta, ``article:author``, JSON-LD,
       ``itemprop=author``, ``rel=author``, byline classes; "بقلم:"/"كتبه" cut), publication date
       (``article:published_time``, JSON-LD ``datePublished``, ``date``/``pubdate`` meta, ``<time datetime>``,
       a date in a ``.date``-like element), URL (``rel=canonical``, ``og:url``, JSON-LD; normalized) and
       source (the URL's domain as in SCHEMA.md, else ``og:site_name``).
    3. Drop what is never article text: scripts, styles, frames, media. Page furniture is then skipped (not
       removed) by tag (``nav``, ``footer``, ``aside``, ``menu``, form controls; ``header``/``form`` only
       when they hold no paragraphs), by ARIA role, by hidden flags, and by class/id words (share, social,
       related, comments, cookie, ads, newsletter, ...). The semantic container of step 4 and its ancestors
       are never furniture; when the class words leave no text at all, a second pass ignores them.
    4. Choose the main container: ``itemprop=articleBody``, then common content classes, then the largest
       ``<article>``; failing those (or when they hold under a third of the text the density heuristic finds),
       the element whose paragraphs carry the most text (readability's paragraph-score idea).
    5. Walk the container in document order and write blocks with :class:`TextBuilder`: the title block
       first, then headings (``h1``-``h6``; an ``h1`` repeating the title is skipped), paragraphs, list items
       and quotes. Whitespace is collapsed inside a block, ``<br>`` becomes a newline and ``<br><br>`` a new
       paragraph. Link lists (link density over one half) and "read also" / "related" blocks are dropped.
    6. An embedded tweet (``blockquote.twitter-tweet``) becomes a post block: its text, then the line
       ``— NAME (@handle) DATE``; the :class:`~rasd.document.Post` spans the tweet's text and carries the
       author, handle, date, status URL, hashtags and media links.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from rasd.document import ArticleMeta, Block, BlockKind, Document, Post
from rasd.ingest.builder import TextBuilder
from rasd.ingest.meta import normalize_url, source_from_url
from rasd.resources import load_yaml
from rasd.text.normalize import normalize


# ------------------------------------------------------------------------------------------------ tag tables
def _words(names: str) -> frozenset[str]:
    return frozenset(names.split())


#: Removed with everything inside before any text is read.
_NEVER_TEXT = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video",
               "audio", "picture", "source", "map", "math"]  # fmt: skip
#: Page furniture, skipped with everything inside. ``header`` and ``form`` only when they hold no paragraphs.
_FURNITURE_TAGS = _words("nav footer aside menu dialog button select textarea input figcaption label fieldset")
_JUNK_ROLES = _words("navigation banner contentinfo complementary search dialog alert alertdialog menu")
#: Words in a class or id that mark boilerplate. Matched as whole words of the attribute (split at space,
#: ``-`` and ``_``), so ``share-bar`` and ``post_comments`` match but ``shareholders`` and ``header-title`` do not.
_JUNK_WORDS = _words(
    "nav navbar navigation menu footer sidebar share sharing sharer social socials related comment comments "
    "cookie cookies consent gdpr banner ad ads advert adverts advertisement advertising sponsor sponsored promo "
    "newsletter subscribe subscription breadcrumb breadcrumbs popup modal widget widgets tags taglist outbrain "
    "taboola disqus mostread most-read readmore read-more recommended trending toolbar pagination pager "
    "sr-only visually-hidden author-box authorbox"
)
_WORD_SPLIT = re.compile(r"[\s_-]+")
#: Elements whose text runs on inside the surrounding block; everything else starts a new block.
_INLINE = _words(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd label mark q s samp small span "
    "strike strong sub sup time tt u var wbr"
)
_CELLS = frozenset({"td", "th"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Selectors of the article body in common CMSs (WordPress, Drupal, Arc, Arabic news sites), most specific first.
_CONTENT_SELECTORS = (
    "[itemprop=articleBody]",
    ".article-body, .article__body, .articleBody, .article-content, .article__content, .article-text, "
    ".entry-content, .post-content, .post-body, .story-body, .story-content, .news-content, .news-body, "
    ".content-article, .article_body, .field-name-body, .td-post-content, #article-body, #articleBody, "
    "#article-content, #news-content",
)
#: Starts of "read also" / "related" / "follow us" blocks (resources/ar/boilerplate.yaml), normalized.
_READ_ALSO: tuple[str, ...] = tuple(normalize(str(x)).strip() for x in load_yaml("ar/boilerplate.yaml")["read_also"])
_DATE_SELECTORS = ".date, .post-date, .entry-date, .article-date, .publish-date, .published, .news-date, .time"
_AUTHOR_PREFIX = re.compile(r"^(?:بقلم|كتبه|كتب|كتبت|بواسطة|الكاتب|اعداد|إعداد|by)\s*[:：]?\s*", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|«|»)\s+")
_SPACES = re.compile(r"\s+")
_PARA_BREAK = re.compile(r"\n[^\S\n]*\n")
_TWEET_URL = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)", re.I)
_ATTRIBUTION = re.compile(r"^[—–-]+\s*(?P<name>.*?)\s*\(\s*@(?P<handle>\w+)\s*\)\s*(?P<date>.*)$", re.S)
_HASHTAG = re.compile(r"#(\w+)")

#: A block whose links hold more than this share of its characters is a link list, not text. 0.5 is
#: readability's cut-off for link density and separates the related-links lists of the test pages cleanly.
_LINK_DENSITY_MAX = 0.5
#: The semantic container is trusted when it holds at least this share of the text the density heuristic finds
#: (below it, it is a teaser card or an empty wrapper).
_SEMANTIC_SHARE = 0.3


# ------------------------------------------------------------------------------------------------ entry point
def parse_html(raw: str) -> Document:
    """Parse an HTML article page into a :class:`Document`.

    Args:
        raw: the page as a string.

    Returns:
        The document: title block then the article's headings, paragraphs and embedded posts, with title,
        author, published, url and source filled where the page says them. A page with no article text gives
        at most its title, and an ``errors`` entry saying so.
    """
    tree = LexborHTMLParser(raw)
    article = read_metadata(tree)
    tree.strip_tags(_NEVER_TEXT)
    root = tree.body or tree.root
    builder = TextBuilder()
    if article.title:
        builder.add_block(BlockKind.TITLE, article.title)
    if root is not None:
        # first pass trusts class names; a page whose wrappers carry words such as "sidebar" or "widget" can
        # lose its article to them, so when nothing is left the second pass goes by tags and roles alone
        for use_names in (True, False):
            cleaner = _Cleaner(root, use_names=use_names)
            writer = _Writer(builder, cleaner, article.title)
            for container in _main_container(root, cleaner):
                writer.write(container)
            if any(b.kind is not BlockKind.TITLE for b in builder.blocks):
                break
    doc = builder.build(article)
    if not any(b.kind is not BlockKind.TITLE for b in doc.blocks):
        doc.add_error("ingest", "no article text found in the HTML page (only boilerplate or an empty body)")
    return doc


# ------------------------------------------------------------------------------------------------ metadata
def read_metadata(tree: LexborHTMLParser) -> ArticleMeta:
    """Title, author, date, URL and source of the page from its meta tags, JSON-LD and markup."""
    meta = _meta_tags(tree)
    ld = _json_ld_article(tree)
    site_name = meta.get("og:site_name") or _ld_name(ld.get("publisher"))

    h1 = _node_text(tree.css_first("article h1") or tree.css_first("h1"))
    title_raw = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or _ld_str(ld.get("headline"))
        or _node_text(tree.css_first("title"))
        or h1
    )
    title = clean_title(title_raw, site_name=site_name, h1=h1) if title_raw else None

    url = None
    canonical = tree.css_first("link[rel=canonical]")
    base = meta.get("og:url") or _ld_str(ld.get("url"))
    for candidate in (canonical.attributes.get("href") if canonical else None, base, _ld_page(ld)):
        if candidate:
            url = normalize_url(urljoin(base, candidate) if base else candidate)
            if url:
                break

    return ArticleMeta(
        title=title,
        author=_author(tree, meta, ld),
        published=_published(tree, meta, ld),
        url=url,
        source=source_from_url(url) or site_name,
    )


def clean_title(raw: str, *, site_name: str | None = None, h1: str | None = None) -> str:
    """Cut the site's name off a page title (``"خبر | الموقع"`` → ``"خبر"``).

    The page's ``<h1>`` wins when the title contains it; otherwise a part after the last separator
    (``|``, ``-``, ``–``, ``—``, ``::``) is cut when it is the site's name or, for ``|``, a short tail
    of at most four words; a leading ``Site | `` is cut the same way.
    """
    title = _SPACES.sub(" ", raw).strip()
    if h1 and len(h1) >= 10 and h1 != title and h1 in title:
        return h1
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)
    site = (site_name or "").casefold().strip()

    def is_site(part: str) -> bool:
        p = part.casefold().strip()
        return bool(site) and (p == site or p in site or site in p)

    if is_site(parts[-1]):
        return " ".join(_join(parts[:-1], seps[:-1]).split())
    if is_site(parts[0]):
        return " ".join(_join(parts[1:], seps[1:]).split())
    if seps[-1].strip() == "|" and len(parts[-1].split()) <= 4 and len(parts[0].split()) > len(parts[-1].split()):
        return " ".join(_join(parts[:-1], seps[:-1]).split())
    return title


def _join(parts: list[str], seps: list[str]) -> str:
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """Every ``<meta>`` by lower-cased ``property``/``name``/``itemprop``; the first non-empty value wins."""
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = (attrs.get("content") or "").strip()
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            name = (attrs.get(key) or "").strip().lower()
            if name and name not in out:
                out[name] = content
    return out


_ARTICLE_TYPES = ("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article", "BlogPosting",
                  "OpinionNewsArticle", "LiveBlogPosting", "WebPage")  # fmt: skip


def _json_ld_article(tree: LexborHTMLParser) -> dict[str, Any]:
    """The JSON-LD object describing the article (the most article-like ``@type``), or ``{}``."""
    found: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            try:  # some CMSs escape the JSON as HTML
                data = json.loads(htmllib.unescape(raw))
            except (ValueError, RecursionError):
                continue
        found.extend(_ld_objects(data))

    def rank(obj: dict[str, Any]) -> int:
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        ranks = [_ARTICLE_TYPES.index(t) for t in names if isinstance(t, str) and t in _ARTICLE_TYPES]
        return min(ranks) if ranks else len(_ARTICLE_TYPES)

    found = [obj for obj in found if rank(obj) < len(_ARTICLE_TYPES)]
    return min(found, key=rank) if found else {}


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def _ld_str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str) and value.strip():
        return _SPACES.sub(" ", htmllib.unescape(value)).strip()
    return None


def _ld_name(value: Any) -> str | None:
    """The ``name`` of a JSON-LD person/organization (or list of them, joined with ``،``)."""
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return "، ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return _ld_str(value.get("name"))
    return _ld_str(value)


def _ld_page(ld: dict[str, Any]) -> str | None:
    page = ld.get("mainEntityOfPage")
    if isinstance(page, dict):
        return _ld_str(page.get("@id")) or _ld_str(page.get("url"))
    return _ld_str(page)


def _author(tree: LexborHTMLParser, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    candidates: list[str | None] = [
        meta.get("author"),
        meta.get("article:author"),
        _ld_name(ld.get("author")),
        meta.get("dc.creator"),
        meta.get("sailthru.author"),
        meta.get("parsely-author"),
    ]
    node = tree.css_first("[itemprop=author]")
    if node is not None:
        inner = node.css_first("[itemprop=name]")
        candidates.append((inner or node).attributes.get("content") or _node_text(inner or node))
    for selector in ("a[rel=author]", ".byline, .author-name, .article-author, .author, .writer, .byline-name"):
        candidates.append(_node_text(tree.css_first(selector)))
    for value in candidates:
        name = _clean_author(value)
        if name:
            return name
    return None


def _clean_author(value: str | None) -> str | None:
    if not value:
        return None
    name = _SPACES.sub(" ", value).strip()
    if name.startswith(("http://", "https://", "/")):  # article:author is often a profile URL
        return None
    name = _AUTHOR_PREFIX.sub("", name).strip(" :|-–—،,")
    # a real byline is a few words; anything longer is a paragraph that happened to carry the class
    return name if 0 < len(name) <= 80 and len(name.split()) <= 8 else None


def _published(tree: LexborHTMLParser, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    from rasd.ingest.jsonl import iso_date

    candidates: list[str | None] = [
        meta.get("article:published_time"),
        _ld_str(ld.get("datePublished")),
        meta.get("datepublished"),
        meta.get("og:published_time"),
        meta.get("pubdate"),
        meta.get("publishdate"),
        meta.get("publish-date"),
        meta.get("date"),
        meta.get("dc.date.issued"),
        meta.get("dc.date"),
        meta.get("sailthru.date"),
        meta.get("parsely-pub-date"),
        _ld_str(ld.get("dateCreated")),
    ]
    for selector in ("time[itemprop=datePublished]", "time[pubdate]", "article time[datetime]", "time[datetime]"):
        node = tree.css_first(selector)
        if node is not None:
            candidates.append(node.attributes.get("datetime") or _node_text(node))
    for value in candidates:
        if value:
            date = iso_date(value)
            if date:
                return date
    # last resort: a date written in a byline-like element ("نشر في: الاثنين 20 مايو 2019 - 10:30")
    from rasd.ingest.dates import search_date

    for node in tree.css(_DATE_SELECTORS)[:5]:
        found = search_date((_node_text(node) or "")[:200])
        if found is not None:
            return found.value
    return None


def _node_text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = _SPACES.sub(" ", node.text(deep=True)).strip()
    return text or None


# ------------------------------------------------------------------------------------------------ boilerplate
class _Cleaner:
    """Decides which elements are page furniture; nothing is removed from the tree, walks skip them instead.

    Args:
        root: the page body.
        use_names: also treat class/id words (``share``, ``related``...) as furniture; the fallback pass for
            pages whose wrappers carry such words turns it off.
    """

    def __init__(self, root: LexborNode, *, use_names: bool = True) -> None:
        self.use_names = use_names
        self.semantic = _semantic_candidate(root)
        # the semantic container and its ancestors are never furniture, whatever their class says
        self.protected: set[int] = set()
        node = self.semantic
        while node is not None:
            self.protected.add(node.mem_id)
            node = node.parent

    def is_furniture(self, node: LexborNode) -> bool:
        """Whether ``node`` (with everything inside) is not article text."""
        if node.mem_id in self.protected:
            return False
        tag = node.tag or ""
        if tag in _FURNITURE_TAGS:
            return True
        if tag in ("header", "form"):  # an ASP.NET page may hold its whole body in one <form>
            return not _has_paragraphs(node)
        attrs = node.attributes
        if not attrs:
            return False
        if attrs.get("role") in _JUNK_ROLES or "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        style = attrs.get("style")
        if style and "display:none" in style.replace(" ", "").lower():
            return True
        return self.use_names and _is_junk_name(attrs)

    def walk(self, node: LexborNode) -> Iterator[LexborNode]:
        """Elements under ``node`` (itself included) that are not furniture, skipping furniture subtrees."""
        stack = [node]
        while stack:
            current = stack.pop()
            yield current
            stack.extend(c for c in current.iter() if not self.is_furniture(c))

    def content_len(self, node: LexborNode) -> int:
        """Characters of text under ``node`` outside furniture (whitespace not counted)."""
        total = 0
        for element in self.walk(node):
            for child in element.iter(include_text=True):
                if child.is_text_node:
                    total += len((child.text_content or "").strip())
        return total


def _is_junk_name(attrs: dict[str, str | None]) -> bool:
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if not names.strip():
        return False
    # whole names first ("most-read", "author-box"), then their words ("share-bar" -> "share")
    return any(name in _JUNK_WORDS for name in names.split()) or any(
        word in _JUNK_WORDS for word in _WORD_SPLIT.split(names)
    )


def _has_paragraphs(node: LexborNode) -> bool:
    """Three or more real paragraphs (80+ characters): article text, not page furniture."""
    return sum(1 for p in node.css("p") if len(p.text(deep=True).strip()) >= 80) >= 3


# ------------------------------------------------------------------------------------------------ main container
def _semantic_candidate(root: LexborNode) -> LexborNode | None:
    """The element the markup says is the article body, if any (the largest when several match)."""
    for selector in _CONTENT_SELECTORS:
        nodes = [n for n in root.css(selector) if _text_len(n) > 0]
        if nodes:
            return max(nodes, key=_text_len)
    articles = [n for n in root.css("article") if _paragraph_len(n) > 0]
    return max(articles, key=_paragraph_len) if articles else None


def _main_container(root: LexborNode, cleaner: _Cleaner) -> list[LexborNode]:
    """The elements holding the article, in document order (one, or the densest one and its siblings)."""
    best = _densest(root, cleaner)
    semantic = cleaner.semantic
    if semantic is not None and cleaner.content_len(semantic) >= _SEMANTIC_SHARE * cleaner.content_len(best[0]):
        return [semantic]
    return best


def _densest(root: LexborNode, cleaner: _Cleaner) -> list[LexborNode]:
    """The element whose paragraphs hold the most text, with the siblings that continue it.

    A paragraph scores its length for its parent and half of it for its grandparent; ``<div>``s with text
    written straight into them score for themselves and half for their parent. The best score, after
    discounting links, wins. As in readability, a sibling of the winner joins it when it scores at least a
    fifth as much, or is a long paragraph with few links: an article split in two by an advert stays whole.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}

    def credit(node: LexborNode | None, amount: float) -> None:
        if node is not None and node.tag not in _INLINE:
            scores[node.mem_id] = scores.get(node.mem_id, 0.0) + amount
            nodes[node.mem_id] = node

    for node in cleaner.walk(root):
        tag = node.tag
        if tag == "p" or tag == "pre":
            length = len(_SPACES.sub(" ", node.text(deep=True)).strip())
            if length >= 25:
                parent = node.parent
                credit(parent, length)
                credit(parent.parent if parent is not None else None, length / 2)
        elif tag in ("div", "td", "section", "blockquote", "li", "article", "main"):
            # text written straight into a <div> and broken by <br>, as older Arabic sites do
            direct = sum(len((c.text_content or "").strip()) for c in node.iter(include_text=True) if c.is_text_node)
            if direct >= 40:
                credit(node, direct)
                credit(node.parent, direct / 2)
    if not scores:
        return [root]

    def adjusted(key: int) -> float:
        return scores[key] * (1 - _link_density(nodes[key]))

    top = sorted(scores, key=lambda k: scores[k], reverse=True)[:5]
    best = nodes[max(top, key=adjusted)]
    parent = best.parent
    if parent is None or best is root:
        return [best]
    threshold = 0.2 * adjusted(best.mem_id)

    def continues(node: LexborNode) -> bool:
        if node.mem_id == best.mem_id:
            return True
        if cleaner.is_furniture(node):
            return False
        if node.mem_id in scores:
            return adjusted(node.mem_id) >= threshold
        return node.tag == "p" and _text_len(node) >= 80 and _link_density(node) < 0.25

    return [sibling for sibling in parent.iter() if continues(sibling)]


def _text_len(node: LexborNode) -> int:
    return len(_SPACES.sub("", node.text(deep=True)))


def _paragraph_len(node: LexborNode) -> int:
    return sum(len(p.text(deep=True).strip()) for p in node.css("p"))


def _link_density(node: LexborNode) -> float:
    total = _text_len(node)
    if total == 0:
        return 0.0
    linked = sum(_text_len(a) for a in node.css("a"))
    return min(1.0, linked / total)


# ------------------------------------------------------------------------------------------------ writing blocks
@dataclass
class _Buffer:
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    chars: int = 0

    def add(self, s: str, *, linked: bool) -> None:
        self.pieces.append(s)
        n = len(s.strip())
        self.chars += n
        if linked:
            self.link_chars += n


class _Writer:
    """Walks the main container in document order, writing one block per paragraph-like element."""

    def __init__(self, builder: TextBuilder, cleaner: _Cleaner, title: str | None) -> None:
        self.builder = builder
        self.cleaner = cleaner
        self.title = _SPACES.sub(" ", title).strip() if title else None
        self.buffer = _Buffer()
        self.kinds: list[BlockKind] = [BlockKind.PARAGRAPH]
        self.links = 0

    def write(self, container: LexborNode) -> None:
        """Write the blocks of ``container``."""
        # an explicit stack rather than recursion: deeply nested pages must not hit the recursion limit
        stack: list[tuple[str, LexborNode | None]] = [("open", container)]
        while stack:
            op, node = stack.pop()
            if op == "close":
                self.flush()
                self.kinds.pop()
                continue
            if op == "unlink":
                self.links -= 1
                continue
            if node is None:
                continue
            if node.is_text_node:
                text = node.text_content
                if text:
                    self.buffer.add(_SPACES.sub(" ", text), linked=self.links > 0)
                continue
            tag = node.tag or "-"
            if tag.startswith("-"):  # comments, doctype
                continue
            if tag == "br":
                self.buffer.add("\n", linked=False)
                continue
            if tag == "blockquote" and _is_tweet(node):
                self.flush()
                self.write_tweet(node)
                continue
            if node is not container and self.cleaner.is_furniture(node):
                if tag not in ("nav", "footer", "aside"):  # a tweet wrapped in a "social-embed" box is text
                    for quote in node.css("blockquote"):
                        if _is_tweet(quote):
                            self.flush()
                            self.write_tweet(quote)
                continue
            children = list(node.iter(include_text=True))
            if tag in _INLINE or tag in _CELLS:
                if tag in _CELLS:
                    self.buffer.add(" ", linked=False)
                if tag == "a":
                    self.links += 1
                    stack.append(("unlink", None))
                stack.extend(("open", c) for c in reversed(children))
                continue
            if node is not container and self.skip_block(node, tag):
                continue
            self.flush()
            self.kinds.append(BlockKind.HEADING if tag in _HEADINGS else self.kinds[-1])
            stack.append(("close", node))
            stack.extend(("open", c) for c in reversed(children))
        self.flush()

    def skip_block(self, node: LexborNode, tag: str) -> bool:
        """Link lists and "read also" headings are not article text."""
        if tag in ("ul", "ol", "div", "section", "table", "dl"):
            return len(node.css("a")) >= 3 and _link_density(node) > _LINK_DENSITY_MAX
        if tag in _HEADINGS:
            return _is_read_also(_SPACES.sub(" ", node.text(deep=True)).strip(), 1.0)
        return False

    def flush(self) -> None:
        """Write what the buffer holds as one block per ``<br><br>``-separated chunk."""
        buf = self.buffer
        self.buffer = _Buffer()
        if not buf.chars:
            return
        density = buf.link_chars / buf.chars
        for chunk in _PARA_BREAK.split("".join(buf.pieces)):
            lines = (_SPACES.sub(" ", line).strip() for line in chunk.split("\n"))
            text = "\n".join(line for line in lines if line)
            if not text:
                continue
            if density > _LINK_DENSITY_MAX and len(text) < 200:
                continue  # a lone link or a line of links (tags, "next article")
            if _is_read_also(text, density):
                continue
            if self.title and " ".join(text.split()) == self.title:
                continue  # the <h1> (or a first paragraph) repeating the title block
            self.builder.add_block(self.kinds[-1], text)

    def write_tweet(self, node: LexborNode) -> None:
        """Write an embedded tweet as a post block and record its :class:`Post`."""
        tweet = read_tweet(node)
        if not tweet.body:
            return
        builder = self.builder
        builder.separate()
        start, end = builder.write(tweet.body)
        block_end = end
        if tweet.attribution:
            _, block_end = builder.write("\n" + tweet.attribution)
        builder.blocks.append(Block(BlockKind.POST, start, block_end))
        builder.posts.append(
            Post(
                start=start,
                end=end,
                author=tweet.author,
                handle=tweet.handle,
                date=tweet.date,
                url=tweet.url,
                media=tweet.media,
                hashtags=tweet.hashtags,
            )
        )


def _is_read_also(text: str, link_density: float) -> bool:
    if len(text) >= 80 and link_density <= 0.3:
        return False
    folded = normalize(text[:40]).strip(" :-–—|»«")
    return any(folded.startswith(marker) for marker in _READ_ALSO)


# ------------------------------------------------------------------------------------------------ tweets
def _is_tweet(node: LexborNode) -> bool:
    classes = (node.attributes.get("class") or "").split()
    return "twitter-tweet" in classes or "twitter-video" in classes


@dataclass
class Tweet:
    """What an embedded tweet says about itself."""

    body: str
    attribution: str | None = None
    author: str | None = None
    handle: str | None = None
    date: str | None = None
    url: str | None = None
    media: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)


def read_tweet(node: LexborNode) -> Tweet:
    """Read a ``blockquote.twitter-tweet`` as Twitter's embed code writes it.

    The embed is ``<p>TEXT</p>&mdash; NAME (@handle) <a href=".../status/ID">DATE</a>``: the paragraph is the
    tweet's text, the last line names the author and the linked date, the link is the tweet's URL.
    """
    body_node = node.css_first("p")
    body = _inline_text(body_node) if body_node is not None else ""
    full = _inline_text(node)
    rest = full[len(body) :].strip() if body and full.startswith(body) else ""
    if not body:  # no <p>: the text is everything before the attribution line
        body, _, rest = full.rpartition("\n")
        body, rest = body.strip(), rest.strip()
        if not body:
            body, rest = rest, ""
    tweet = Tweet(body=body, attribution=rest or None)

    links = node.css("a")
    for a in reversed(links):
        m = _TWEET_URL.search(a.attributes.get("href") or "")
        if m:
            tweet.url = f"https://twitter.com/{m[1]}/status/{m[2]}"
            tweet.handle = m[1]
            tweet.date = _tweet_date(_node_text(a))
            break
    m = _ATTRIBUTION.match(rest)
    if m:
        tweet.author = m["name"].strip() or None
        tweet.handle = m["handle"]
        if tweet.date is None:
            tweet.date = _tweet_date(m["date"])
    elif rest and tweet.date is None:
        tweet.date = _tweet_date(rest)
    for a in body_node.css("a") if body_node is not None else []:
        text = _node_text(a) or ""
        href = a.attributes.get("href") or ""
        if text.startswith("pic.twitter.com/"):
            tweet.media.append("https://" + text)
        elif href.startswith("https://t.co/") and not text.startswith("#"):
            tweet.media.append(href)
    tweet.media = list(dict.fromkeys(tweet.media))
    tweet.hashtags = list(dict.fromkeys(_HASHTAG.findall(body)))
    return tweet


def _tweet_date(value: str | None) -> str | None:
    """The date of a tweet from its link text (``May 19, 2019``) or from its attribution line."""
    if not value:
        return None
    from rasd.ingest.dates import parse_date_string, search_date

    date = parse_date_string(value)
    if date is None:
        found = search_date(value)
        date = found.value if found is not None else None
    return date


def _inline_text(node: LexborNode) -> str:
    """The text of ``node`` with whitespace collapsed and ``<br>``/block ends as newlines."""
    pieces: list[str] = []
    for child in node.traverse(include_text=True):
        if child.is_text_node:
            pieces.append(_SPACES.sub(" ", child.text_content or ""))
        elif child.tag == "br" or (child.tag == "p" and pieces):
            pieces.append("\n")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)
