"""The seed article (../shared/seed): metadata and the four embedded posts, read the way `rasd extract` reads it.

The gold file's offsets index the decoded Markdown file, and so ``Document.text`` too: Markdown ingest keeps every
character at its offset and blanks the markup. Gold spans are compared with ``Document.text`` directly (a gold
quote that holds markup, with that markup blanked), posts also by author, handle, date, media and hashtags.
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
def gold_posts(gold: dict[str, Any]) -> list[dict[str, Any]]:
    posts: list[dict[str, Any]] = gold["article"]["embedded_posts"]
    return posts


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def raw() -> str:
    return SEED.read_bytes().decode("utf-8-sig")


def blank_markup(s: str) -> str:
    """The gold quotes keep Markdown (``[#tag](#)``, ``**x**``); blank it the way rasd does (same length)."""
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), s)
    return s.replace("**", "  ")


def offset_problems(raw: str, text: str) -> list[str]:
    """Where ``text`` is not ``raw`` with markup blanked: a length change, a moved character, a lost newline."""
    if len(text) != len(raw):
        return [f"length {len(text)} != {len(raw)}"]
    return [
        f"{i}: {was!r} -> {got!r}"
        for i, (got, was) in enumerate(zip(text, raw, strict=True))
        if not (got == was or (got == " " and was != "\n") or (was == "\r" and got in " \n"))
    ]


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
    # prose kept as written: the typo, the bold word with its stars blanked
    assert "وبحسب   الرصد   السوري لحقوق الإنسان" in doc.text


def test_text_keeps_file_offsets(doc: Document, raw: str) -> None:
    """Every character of the decoded file is at its offset in the text, or blanked (markup)."""
    assert len(doc.text) == len(raw)
    assert offset_problems(raw, doc.text) == []


def test_gold_spans_index_the_text(doc: Document, gold: dict[str, Any]) -> None:
    """Gold offsets are offsets of ``Document.text``: every mention without markup reads the same there."""
    checked = 0
    for entity in gold["entities"]:
        for mention in entity.get("mentions", []):
            if any(c in mention["text"] for c in "*[]()#"):
                continue
            assert doc.text[mention["start"] : mention["end"]] == mention["text"], (entity.get("id"), mention)
            checked += 1
    assert checked >= 100  # the seed's gold has well over a hundred mentions; none may be skipped silently
    article = gold["article"]
    spans = {(b.kind, b.start, b.end) for b in doc.blocks}
    title = article["title_span"]
    assert (BlockKind.TITLE, title["start"], title["end"]) in spans
    for section in article["sections"]:
        assert (BlockKind.HEADING, section["start"], section["end"]) in spans
    author = article["author"]["span"]
    assert doc.text[author["start"] : author["end"]] == author["text"]


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
        span = gold["text_span"]
        assert post.start <= span["start"] < span["end"] <= post.end
        assert doc.text[span["start"] : span["end"]] == blank_markup(span["text"])
        body = doc.text[post.start : post.end]
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
