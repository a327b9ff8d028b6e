"""The document model: one plain text, and layers of annotations that are spans into it.

Every annotation stores ``start``/``end`` code-point offsets into :attr:`Document.text` (end exclusive);
the text of a span is always read back from the document, never stored separately, so
``doc.text[span.start:span.end] == span.text`` holds by construction. :meth:`Document.to_json` produces the
public ``rasd/1`` contract described in ``design/SCHEMA.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "rasd/1"


class BlockKind(StrEnum):
    """Kinds of layout blocks an ingester can recognise."""

    TITLE = "title"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    POST = "post"
    HASHTAGS = "hashtags"
    LINK = "link"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end}): need 0 <= start <= end")


@dataclass(frozen=True, slots=True)
class Block:
    """A layout unit of the article (title, byline, heading, paragraph, post, ...)."""

    kind: BlockKind
    start: int
    end: int


@dataclass(slots=True)
class Post:
    """An embedded social-media post; its ``date`` is the reference date for dates inside it."""

    start: int
    end: int
    platform: str = "twitter"
    author: str | None = None
    handle: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    url: str | None = None
    media: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ArticleMeta:
    """Metadata of the article; ``reference_date`` anchors relative dates (defaults to ``published``)."""

    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    language: str = "ar"
    reference_date: str | None = None
    input_id: str | None = None  # the caller's own id (JSONL "id"), kept as given


@dataclass(slots=True)
class Token:
    """A token: a run of letters/digits or a single punctuation mark."""

    start: int
    end: int
    kind: str = "word"  # word | number | punct | symbol | url | hashtag | mention


@dataclass(slots=True)
class Entity:
    """A named entity mention, with optional canonical identity and geocoding."""

    id: str
    type: str
    start: int
    end: int
    canonical: str | None = None
    canonical_ar: str | None = None
    role: str | None = None
    org: str | None = None
    geo: dict[str, Any] | None = None
    source: str | None = None  # which component found it: lexicon | pattern | model | gazetteer
    actor_id: str | None = None  # id in resources/ar/actors.yaml
    acled: str | None = None  # ACLED actor name
    inter: int | None = None  # ACLED inter code
    country: str | None = None  # the actor's country (ISO3) or the country a role names
    anonymous: bool = False  # a speaker the text does not name ("قيادي رفض كشف اسمه")


@dataclass(slots=True)
class Timex:
    """A temporal expression, typed and normalized as TimeML does (``value`` None when unresolved)."""

    id: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None = None
    anchor: str = "published"  # published | post | absolute
    time_precision: int | None = None
    range: tuple[str, str] | None = None


@dataclass(slots=True)
class Quantity:
    """A number with its hedging (``approx``) and what it counts (``unit``)."""

    id: str
    start: int
    end: int
    value: float | None
    min: float | None = None
    max: float | None = None
    approx: str = "exact"
    unit: str = "other"


@dataclass(slots=True)
class ErrorRecord:
    """Something that went wrong for this document; the batch goes on."""

    stage: str
    message: str


def _span_json(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


def _number_json(value: float | None) -> int | float | None:
    if value is not None and float(value).is_integer():
        return int(value)
    return value


@dataclass(slots=True)
class Document:
    """An article: its plain ``text`` and every annotation layer over it."""

    text: str
    article: ArticleMeta = field(default_factory=ArticleMeta)
    blocks: list[Block] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    # Events and claims are produced by later stages; they are kept as JSON-ready dicts whose spans
    # are checked by :meth:`validate_spans` like every other layer.
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable identity: the SHA-1 of the text (also the dedup key)."""
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def span_text(self, start: int, end: int) -> str:
        """Return ``text[start:end]``."""
        return self.text[start:end]

    def add_error(self, stage: str, message: str) -> None:
        """Record a per-document problem without stopping the batch."""
        self.errors.append(ErrorRecord(stage=stage, message=message))

    def post_at(self, offset: int) -> Post | None:
        """Return the embedded post that contains ``offset``, if any."""
        for post in self.posts:
            if post.start <= offset < post.end:
                return post
        return None

    def reference_date_at(self, offset: int) -> str | None:
        """The date relative expressions at ``offset`` are anchored to: the post's date, else the article's."""
        post = self.post_at(offset)
        if post is not None and post.date:
            return post.date
        return self.article.reference_date or self.article.published

    # ----------------------------------------------------------------- validation
    def iter_spans(self) -> list[tuple[str, int, int]]:
        """All ``(layer, start, end)`` triples of the document, dict layers included."""
        out: list[tuple[str, int, int]] = []
        for name in ("blocks", "posts", "sentences", "tokens", "entities", "timexes", "quantities"):
            for item in getattr(self, name):
                out.append((name, item.start, item.end))
        for name in ("events", "claims"):
            for obj in getattr(self, name):
                _collect_dict_spans(name, obj, out)
        return out

    def validate_spans(self) -> list[str]:
        """Describe every span that falls outside the text or is malformed (empty list: all valid)."""
        n = len(self.text)
        problems = []
        for layer, start, end in self.iter_spans():
            if not (0 <= start <= end <= n):
                problems.append(f"{layer}: span [{start}, {end}) outside text of length {n}")
        return problems

    # ----------------------------------------------------------------- JSON
    def to_dict(self) -> dict[str, Any]:
        """The ``rasd/1`` JSON object (see SCHEMA.md)."""
        t = self.text
        a = self.article
        article: dict[str, Any] = {
            "title": a.title,
            "author": a.author,
            "published": a.published,
            "url": a.url,
            "source": a.source,
            "language": a.language,
            "reference_date": a.reference_date or a.published,
        }
        if a.input_id is not None:
            article["input_id"] = a.input_id
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "text": t,
            "article": article,
            "blocks": [{"kind": str(b.kind), "start": b.start, "end": b.end} for b in self.blocks],
            "posts": [
                {
                    "platform": p.platform,
                    "author": p.author,
                    "handle": p.handle,
                    "date": p.date,
                    "url": p.url,
                    "media": list(p.media),
                    "hashtags": list(p.hashtags),
                    "start": p.start,
                    "end": p.end,
                }
                for p in self.posts
            ],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [_entity_json(t, e) for e in self.entities],
            "timexes": [_timex_json(t, x) for x in self.timexes],
            "quantities": [
                {
                    "id": q.id,
                    **_span_json(t, q.start, q.end),
                    "value": _number_json(q.value),
                    "min": _number_json(q.min),
                    "max": _number_json(q.max),
                    "approx": q.approx,
                    "unit": q.unit,
                }
                for q in self.quantities
            ],
            "events": self.events,
            "claims": self.claims,
            "errors": [{"stage": e.stage, "message": e.message} for e in self.errors],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialize :meth:`to_dict` as JSON (Arabic kept as UTF-8, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _entity_json(t: str, e: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e.id, "type": e.type, **_span_json(t, e.start, e.end)}
    for key in ("canonical", "canonical_ar", "role", "org", "geo", "source", "actor_id", "acled", "inter", "country"):
        value = getattr(e, key)
        if value is not None:
            out[key] = value
    if e.anonymous:
        out["anonymous"] = True
    return out


def _timex_json(t: str, x: Timex) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": x.id,
        **_span_json(t, x.start, x.end),
        "type": x.type,
        "value": x.value,
        "anchor": x.anchor,
        "time_precision": x.time_precision,
    }
    if x.range is not None:
        out["range"] = list(x.range)
    return out


def _collect_dict_spans(layer: str, obj: Any, out: list[tuple[str, int, int]]) -> None:
    if isinstance(obj, dict):
        start, end = obj.get("start"), obj.get("end")
        if isinstance(start, int) and isinstance(end, int):
            out.append((layer, start, end))
        for value in obj.values():
            _collect_dict_spans(layer, value, out)
    elif isinstance(obj, list):
        for value in obj:
            _collect_dict_spans(layer, value, out)
