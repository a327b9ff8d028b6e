"""Plain-text ingest: first non-empty line is the title, paragraphs split on blank lines, text = the input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import BlockKind, Document
from rasd.ingest import parse_string
from rasd.ingest.text import parse_text, split_paragraphs


def offset_problems(raw: str, text: str) -> list[str]:
    """Where ``text`` is not ``raw``: a length change or a changed character (``\\r`` may become a space or a
    newline; NUL and a leading byte-order mark a space)."""
    if len(text) != len(raw):
        return [f"length {len(text)} != {len(raw)}"]
    return [
        f"{i}: {was!r} -> {got!r}"
        for i, (got, was) in enumerate(zip(text, raw, strict=True))
        if not (got == was or (was == "\r" and got in " \n") or (was in "\x00\ufeff" and got == " "))
    ]


def assert_blocks_stripped(doc: Document) -> None:
    assert doc.validate_spans() == []
    for block in doc.blocks:
        piece = doc.text[block.start : block.end]
        assert piece and piece == piece.strip(), (block, piece)


@pytest.mark.parametrize(
    ("raw", "title", "paragraphs"),
    [
        # title line, blank line, two paragraphs
        (
            "غارات على ريف إدلب\n\nقتل خمسة مدنيين في غارات جوية.\n\nوقال الدفاع المدني إن فرقه انتشلت الجثث.",
            "غارات على ريف إدلب",
            ["قتل خمسة مدنيين في غارات جوية.", "وقال الدفاع المدني إن فرقه انتشلت الجثث."],
        ),
        # CRLF line ends, leading blank lines and spaces, a paragraph right under the title
        (
            "\r\n\r\n  اشتباكات في طرابلس  \r\nاندلعت اشتباكات عنيفة ليل الاثنين.\r\n\r\nوعلقت الرحلات في معيتيقة.\r\n",
            "اشتباكات في طرابلس",
            ["اندلعت اشتباكات عنيفة ليل الاثنين.", "وعلقت الرحلات في معيتيقة."],
        ),
        # lone CR (old Mac files), a whitespace-only "blank" line, a two-line paragraph kept as two lines
        (
            "نزوح من الفاشر\r\rنزحت آلاف الأسر\rباتجاه مخيم زمزم.\r \t \rوحذرت المنظمة من نقص الغذاء.",
            "نزوح من الفاشر",
            ["نزحت آلاف الأسر\nباتجاه مخيم زمزم.", "وحذرت المنظمة من نقص الغذاء."],
        ),
        # title only
        ("\ufeffعنوان وحده", "عنوان وحده", []),
    ],
)
def test_title_and_paragraphs(raw: str, title: str, paragraphs: list[str]) -> None:
    doc = parse_text(raw)
    assert doc.article.title == title
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert texts == [title, *paragraphs]
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * len(paragraphs)
    assert "\r" not in doc.text
    assert offset_problems(raw, doc.text) == []  # every character at its offset in the input
    assert_blocks_stripped(doc)
    assert doc.errors == []


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("عنوان\r\n\r\nنص.\r\n", "عنوان \n \nنص. \n"),  # CRLF: the CR becomes a space before the newline
        ("عنوان\rنص.", "عنوان\nنص."),  # a lone CR ends a line: it becomes a newline
        ("\ufeffعنوان\x00", " عنوان "),  # a BOM and a NUL are blanked, not dropped
        ("\n\n  عنوان  \n\tنص بمسافة بادئة\n", "\n\n  عنوان  \n\tنص بمسافة بادئة\n"),  # nothing else changes
    ],
)
def test_text_is_the_input(raw: str, text: str) -> None:
    doc = parse_text(raw)
    assert doc.text == text
    assert offset_problems(raw, doc.text) == []


@pytest.mark.parametrize(
    ("body", "title", "expected_text"),
    [
        # the title field is written as the first block
        ("قتل جنديان بانفجار عبوة.", "انفجار في ديالى", "انفجار في ديالى\n\nقتل جنديان بانفجار عبوة."),
        # a body that already starts with its title does not repeat it
        (
            "انفجار في ديالى\n\nقتل جنديان بانفجار عبوة.",
            "انفجار في ديالى",
            "انفجار في ديالى\n\nقتل جنديان بانفجار عبوة.",
        ),
        # a title with a line break inside is one line
        ("النص.", "عنوان\nمن سطرين", "عنوان من سطرين\n\nالنص."),
        # an empty title is no title: the first line of the body is, and the text is the body as written
        ("عنوان الخبر\nالنص.", "  ", "عنوان الخبر\nالنص."),
    ],
)
def test_title_given_separately(body: str, title: str, expected_text: str) -> None:
    doc = parse_text(body, title=title)
    assert doc.text == expected_text
    assert doc.blocks[0].kind is BlockKind.TITLE
    assert doc.article.title == doc.text[doc.blocks[0].start : doc.blocks[0].end]
    assert doc.text.endswith(body)  # the body keeps its characters; a prepended title shifts them as one
    assert_blocks_stripped(doc)


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\r\n", "\ufeff"])
def test_empty_text_is_recorded_not_raised(raw: str) -> None:
    doc = parse_text(raw)
    assert len(doc.text) == len(raw) and doc.text.strip() == "" and doc.blocks == []
    assert doc.article.title is None
    assert [e.stage for e in doc.errors] == ["ingest"]
    assert "empty" in doc.errors[0].message


def test_split_paragraphs_keeps_only_non_empty() -> None:
    assert split_paragraphs("أ\n\n\n\nب\n  \nج") == ["أ", "ب", "ج"]


def test_parse_string_text_format_with_published() -> None:
    doc = parse_string("عنوان\n\nنص الخبر.", fmt="text", published="2024-02-18")
    assert doc.article.published == "2024-02-18"
    assert doc.article.reference_date == "2024-02-18"


_TEXT_CHARS = st.sampled_from(list("ابتحدرسلمنوي ةأـَ .!؟«»،0١#@:/\t\n\r\x00\ufeff\u200f"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TEXT_CHARS, max_size=80))
def test_offsets_preserved_for_any_text(raw: str) -> None:
    doc = parse_text(raw)
    assert offset_problems(raw, doc.text) == []
    assert_blocks_stripped(doc)
    assert bool(doc.blocks) != bool(doc.errors)
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)
