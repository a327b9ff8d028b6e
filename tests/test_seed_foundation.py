"""The seed article (../shared/seed): metadata and the four embedded posts, read the way `rasd extract` reads it.

The gold file's offsets index the raw Markdown, not ``Document.text``; posts are compared by their text with the
Markdown markup stripped, and by author, handle, date, media and hashtags.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from rasd.document import BlockKind, Document
from rasd.ingest import read_path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "noonpost-2019-05-20.md"
GOLD = SHARED / "seed" / "noonpost-2019-05-20.gold.json"

pytestmark = pytest.mark.skipif(
    not SEED.is_file(), reason=f"../shared not present ({SEED} missing): seed tests skipped"
)


@pytest.fixture(scope="module")
def doc() -> Document:
    (d,) = list(read_path(SEED))
    return d


@pytest.fixture(scope="module")
def gold_posts() -> list[dict[str, Any]]:
    posts: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))["article"]["embedded_posts"]
    return posts


def strip_markup(s: str) -> str:
    """The gold quotes keep Markdown (``[#tag](#)``, ``**x**``); reduce them to the plain text rasd emits."""
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return s.replace("**", "")


def test_article_metadata(doc: Document) -> None:
    a = doc.article
    assert a.title is not None and "هدنة على المقاس الروسي" in a.title
    assert a.author == "تمام أبو الخير"
    assert a.published == "2019-05-20"
    assert a.reference_date == "2019-05-20"
    assert a.url == "https://www.noonpost.com/27838"
    assert a.source == "noonpost.com"
    assert a.input_id == SEED.name
    assert doc.errors == []


def test_layout(doc: Document) -> None:
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:2] == [BlockKind.TITLE, BlockKind.BYLINE]
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == BlockKind.HEADING] == [
        "غازات سامة.. وهدنة",
        "عودة التاو",
    ]
    assert kinds[-1] == BlockKind.LINK
    for mark in ("**", "](", "[#", "<http", "pic.twitter.com", "\n## ", "\n### "):
        assert mark not in doc.text, mark
    # prose kept as written: the typo, the bold word without its stars
    assert "وبحسب الرصد السوري لحقوق الإنسان" in doc.text


def test_posts_in_document_order(doc: Document) -> None:
    assert [p.date for p in doc.posts] == ["2019-05-19", "2019-05-20", "2019-05-18", "2019-05-19"]


def test_posts_match_gold(doc: Document, gold_posts: list[dict[str, Any]]) -> None:
    assert len(doc.posts) == len(gold_posts) == 4
    for post, gold in zip(doc.posts, gold_posts, strict=True):
        assert post.author == gold["account_name_ar"]
        assert post.handle == gold["handle"]
        assert post.date == gold["posted_date"]
        assert post.platform == gold["platform"]
        assert post.media == gold["media"]
        assert post.hashtags == gold["hashtags"]
        body = doc.text[post.start : post.end]
        assert strip_markup(gold["text_span"]["text"]) in body
        assert "(@" not in body  # the attribution line stays outside the body


def test_every_span_valid(doc: Document) -> None:
    assert doc.validate_spans() == []
    assert doc.blocks and doc.posts
    for item in [*doc.blocks, *doc.posts]:
        assert 0 <= item.start <= item.end <= len(doc.text)
        assert doc.text[item.start : item.end].strip()
    payload = doc.to_dict()
    for post in payload["posts"]:
        assert post["start"] < post["end"]
