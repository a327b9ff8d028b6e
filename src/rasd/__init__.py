"""rasd (رصد): Arabic news to conflict-event data, every output tied to the characters that support it.

Public API::

    import rasd
    doc = rasd.extract("…نص الخبر…", fmt="text", published="2019-05-20")
    print(doc.to_json())
    for doc in rasd.extract_path("articles.jsonl"):
        ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.document import Document
from rasd.errors import ConfigError, InputError, PipelineError, RasdError, ResourceError
from rasd.pipeline import Pipeline, stage
from rasd.settings import Settings

__version__ = "0.1.0"
__all__ = [
    "ConfigError",
    "Document",
    "InputError",
    "Pipeline",
    "PipelineError",
    "RasdError",
    "ResourceError",
    "Settings",
    "__version__",
    "extract",
    "extract_path",
    "stage",
]


def _settings(
    published: str | None, stages: Iterable[str] | None, ner: str = "fast", row_filter: bool = True
) -> Settings:
    return Settings(
        published=published, stages=tuple(stages) if stages is not None else None, ner=ner, row_filter=row_filter
    )


def extract(
    source: str,
    *,
    fmt: str = "text",
    published: str | None = None,
    url: str | None = None,
    stages: Iterable[str] | None = None,
    ner: str = "fast",
    row_filter: bool = True,
) -> Document:
    """Read one article given as a string and run the pipeline on it.

    Args:
        source: the article, as Markdown, HTML or plain text (first line = title).
        fmt: ``"markdown"``, ``"html"`` or ``"text"``.
        published: publication date ``YYYY-MM-DD`` (overrides what the article says).
        url: the article's URL, when the input does not carry it.
        stages: stage names to run (default: all default stages).
        ner: ``"fast"`` (the CRF alone) or ``"accurate"`` (the CRF mixed with the network); see :class:`Settings`.
        row_filter: run the events stage's learned row filter (on by default; ``False`` gives the rules' rows;
            see :class:`Settings`).

    Returns:
        The annotated :class:`Document`.
    """
    from rasd.ingest import parse_string

    settings = _settings(published, stages, ner, row_filter)
    doc = parse_string(source, fmt=fmt, published=settings.published, url=url)
    return Pipeline(settings=settings).run(doc)


def extract_path(
    path: str | Path,
    *,
    fmt: str | None = None,
    published: str | None = None,
    stages: Iterable[str] | None = None,
    ner: str = "fast",
    row_filter: bool = True,
) -> Iterator[Document]:
    """Read a file (``.md``, ``.html``, ``.txt`` or ``.jsonl``) and yield its annotated documents in order.

    ``ner="accurate"`` mixes the network into name tagging; ``row_filter=False`` turns off the events stage's
    learned row filter (on by default; see :class:`rasd.Settings`). The documents run through
    :meth:`rasd.Pipeline.run_all`: in the accurate mode a few are read ahead and name-tagged together, each with the
    output it would have alone.
    """
    from rasd.ingest import read_path

    settings = _settings(published, stages, ner, row_filter)
    pipeline = Pipeline(settings=settings)  # built first: a bad stage list fails before any reading
    yield from pipeline.run_all(read_path(path, fmt=fmt, published=settings.published))
