"""JSONL ingest: exactly one document per input line, in order; a broken line gives an error document."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rasd
from rasd.cli import main
from rasd.document import BlockKind, Document
from rasd.ingest import jsonl
from rasd.ingest.jsonl import iso_date, iter_jsonl, read_line
from tests.conftest import EXAMPLES, SHARED, needs_shared


def _docs(data: bytes, **kwargs: Any) -> list[Document]:
    return list(iter_jsonl(io.BytesIO(data), **kwargs))


def _line(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def check_exported_spans(obj: dict[str, Any]) -> list[str]:
    """Every span dict in an exported document lies inside its text and, when it carries text, matches it."""
    text = obj["text"]
    problems: list[str] = []

    def visit(value: Any, where: str) -> None:
        if isinstance(value, dict):
            start, end = value.get("start"), value.get("end")
            if isinstance(start, int) and isinstance(end, int):
                if not 0 <= start <= end <= len(text):
                    problems.append(f"{where}: [{start}, {end}) outside text of length {len(text)}")
                elif "text" in value and value["text"] != text[start:end]:
                    problems.append(f"{where}: text {value['text']!r} != text[{start}:{end}]")
            for key, inner in value.items():
                if key != "text" or where != "":
                    visit(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for i, inner in enumerate(value):
                visit(inner, f"{where}[{i}]")

    visit(obj, "")
    return problems


# ------------------------------------------------------------------------------------------------ good lines
def test_text_line_with_every_field() -> None:
    line = _line(
        {
            "id": "ye-1",
            "title": "مقتل أربعة جنود في هجوم بطائرة مسيرة",
            "text": "قتل أربعة جنود في هجوم على موقع عسكري.\n\nولم تعلق الجماعة.",
            "published": "2024-03-11",
            "url": "https://www.Example.com/news/4471",
            "source": "example.com",
            "author": "فهد العبيدي",
        }
    )
    (doc,) = _docs(line + b"\n")
    a = doc.article
    assert (a.input_id, a.title, a.author, a.published, a.reference_date) == (
        "ye-1",
        "مقتل أربعة جنود في هجوم بطائرة مسيرة",
        "فهد العبيدي",
        "2024-03-11",
        "2024-03-11",
    )
    assert a.url == "https://www.example.com/news/4471"
    assert a.source == "example.com"
    # text = title + blank line + body, the title as the first block
    assert doc.text.startswith("مقتل أربعة جنود في هجوم بطائرة مسيرة\n\nقتل أربعة جنود")
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert doc.errors == []


@pytest.mark.parametrize(
    ("obj", "field", "expected"),
    [
        ({"id": 1003, "text": "خبر"}, "input_id", "1003"),  # an integer id is kept as its digits
        ({"text": "خبر", "date": "2024-01-25"}, "published", "2024-01-25"),  # "date" is an alias
        ({"text": "خبر", "published": "2015-07-21 02:51:32"}, "published", "2015-07-21"),  # a date-time
        ({"text": "خبر", "published": "2023-08-15T23:30:00-05:00"}, "published", "2023-08-15"),  # as written
        ({"text": "خبر", "published": "20 مايو، 2019"}, "published", "2019-05-20"),  # a written date
        ({"text": "خبر", "url": "https://m.alwatan.example/a/1"}, "source", "alwatan.example"),  # from the URL
        ({"text": "خبر", "url": "/https://www.noonpost.com/27838"}, "url", "https://www.noonpost.com/27838"),
        ({"content": "عنوان\n\nنص", "source": "okaz"}, "title", "عنوان"),  # "content" as in SaudiNewsNet
        ({"text": "خبر", "title": None, "published": None}, "published", None),  # nulls are absent fields
        ({"markdown": "# عنوان ماركداون\n\nنص الخبر."}, "title", "عنوان ماركداون"),
        (
            {"html": "<title>اشتباكات عنيفة جنوب طرابلس | مرصد ليبيا</title><article><p>نص الخبر.</p></article>"},
            "title",
            "اشتباكات عنيفة جنوب طرابلس",
        ),
        ({"html": "<h1>عنوان</h1><p>نص</p>", "title": "عنوان من الحقل"}, "title", "عنوان من الحقل"),
    ],
)
def test_fields(obj: dict[str, Any], field: str, expected: str | None) -> None:
    (doc,) = _docs(_line(obj))
    assert doc.errors == []
    assert getattr(doc.article, field) == expected


def test_a_bad_url_is_reported_on_the_article() -> None:
    (doc,) = _docs(_line({"id": "u", "text": "عنوان\n\nنص", "url": "www.example.com/1"}), published="2020-01-01")
    assert doc.text.startswith("عنوان")
    assert doc.article.url is None
    assert [e.message for e in doc.errors] == [
        "line 1: field 'url' is not an absolute http(s) URL: 'www.example.com/1'; ignored"
    ]


def test_published_override_wins() -> None:
    (doc,) = _docs(_line({"text": "خبر", "published": "2019-05-20"}), published="2020-01-01")
    assert doc.article.published == doc.article.reference_date == "2020-01-01"


def test_bom_and_crlf() -> None:
    data = (
        b"\xef\xbb\xbf" + _line({"id": "a", "text": "خبر أول"}) + b"\r\n" + _line({"id": "b", "text": "خبر"}) + b"\r\n"
    )
    docs = _docs(data)
    assert [d.article.input_id for d in docs] == ["a", "b"]
    assert all(d.errors == [] for d in docs)


# ------------------------------------------------------------------------------------------------ broken lines
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"this is not json", "not valid JSON: Expecting value (column 1)"),
        (b'{"id": "t1", "text": "\xd8\xae\xd8\xa8\xd8\xb1', "not valid JSON: Unterminated string"),  # truncated
        (b'{"text": "a",}', "not valid JSON"),
        (b"[" * 100_000, "not valid JSON"),  # nesting deep enough to exhaust the recursion limit
        (b"[1, 2]", "expected a JSON object ({...}), got an array"),
        (b'"just a string"', "got a string"),
        (b"null", "got null"),
        (b"42", "got a number"),
        (b"{}", "no article: give a 'text', 'markdown' or 'html' field (fields present: none)"),
        (b'{"title": "t", "url": "u"}', "fields present: 'title', 'url'"),
        (b'{"text": 5}', "field 'text' must be a string, got a number"),
        (b'{"html": ["<p>x</p>"]}', "field 'html' must be a string, got an array"),
        (b'{"text": "  \\n "}', "field 'text' is empty"),
        (b'{"text": "x", "title": 7}', "field 'title' must be a string, got a number"),
        (b'{"text": "x", "id": [1]}', "field 'id' must be a string or an integer, got an array"),
        (b'{"text": "x", "id": true}', "field 'id' must be a string or an integer, got a boolean"),
        (b'{"text": "x", "published": "yesterday"}', "field 'published' is not a date: 'yesterday'"),
        (b'{"text": "x", "date": "2019-02-30"}', "field 'date' is not a date"),
        (b'{"text": "x", "published": 20190520}', "field 'published' must be a string, got a number"),
        (b'{"text": "a\x00b"}', "contains a NUL byte at byte 12"),
        (b'{"text": "a\\u0000b"}', "field 'text' contains a NUL character"),
        (b'{"text": "\\ud800 x"}', "field 'text' contains a lone surrogate (\\ud800) at position 0"),
        (b'{"text": "x", "title": "\\udfff"}', "field 'title' contains a lone surrogate"),
        (b'{"text": "\xff\xfe"}', "not valid UTF-8: byte 11"),
        (b'{"text": "\xed\xa0\x80"}', "not valid UTF-8"),  # a surrogate encoded as bytes (CESU-8)
        (b"", "empty line"),
        (b" \t ", "empty line"),
    ],
)
def test_broken_line_gives_one_error_document(line: bytes, reason: str) -> None:
    docs = _docs(_line({"id": "before", "text": "قبل"}) + b"\n" + line + b"\n" + _line({"id": "after", "text": "بعد"}))
    assert len(docs) == 3
    before, bad, after = docs
    assert before.errors == [] and after.errors == []
    assert (before.article.input_id, after.article.input_id) == ("before", "after")
    assert bad.text == "" and bad.blocks == []
    assert len(bad.errors) == 1
    assert bad.errors[0].stage == "ingest"
    assert bad.errors[0].message.startswith("line 2: ")
    assert reason in bad.errors[0].message
    bad.to_json().encode("utf-8")  # the message itself is writable as UTF-8


@pytest.mark.parametrize(
    ("line", "input_id"),
    [
        (b'{"id": "sy-17", "text": 5}', "sy-17"),  # a wrong type: the object was read
        (b'{"id": "sy-18", "text": "cut', "sy-18"),  # truncated JSON: the id is still recovered
        (b'{"id": 19, "text": "\\ud800"}', "19"),
        (b'{"id": "\\ud800", "text": "x"}', None),  # an id that is not valid text is not kept
    ],
)
def test_error_document_keeps_the_callers_id(line: bytes, input_id: str | None) -> None:
    (doc,) = _docs(line)
    assert doc.errors
    assert doc.article.input_id == input_id


def test_too_long_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 64)
    long_line = _line({"id": "long", "text": "خبر " * 200})
    data = _line({"text": "قصير"}) + b"\n" + long_line + b"\n" + _line({"text": "بعده"}) + b"\n"
    docs = _docs(data)
    assert len(docs) == 3
    assert docs[0].errors == [] and docs[2].errors == []
    assert "longer than the limit" in docs[1].errors[0].message
    assert docs[1].article.input_id == "long"
    # the same when the lines come as an iterable
    as_lines = list(iter_jsonl(data.splitlines(keepends=True)))
    assert [bool(d.errors) for d in as_lines] == [False, True, False]


def test_huge_line_without_newline_at_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 64)
    docs = _docs(_line({"text": "قصير"}) + b"\n" + b"x" * 1000)
    assert len(docs) == 2
    assert "longer than the limit" in docs[1].errors[0].message


# ------------------------------------------------------------------------------------------------ line counting
@pytest.mark.parametrize(
    ("data", "n_docs", "n_errors"),
    [
        (b"", 0, 0),
        (b"\n", 1, 1),  # one empty line
        (b'{"text": "a"}', 1, 0),  # no newline at the end: still a line
        (b'{"text": "a"}\n', 1, 0),  # the final newline ends the line, it does not start another
        (b'{"text": "a"}\n{"text": "b"}\n', 2, 0),
        (b'{"text": "a"}\n{"text": "b"}', 2, 0),
        (b'{"text": "a"}\n{"text": "b"}\n\n', 3, 1),  # a blank last line is a line
        (b'{"text": "a"}\n\n{"text": "b"}\n', 3, 1),
        (b'{"text": "a"}\r\n\r\n', 2, 1),
    ],
)
def test_one_document_per_line(data: bytes, n_docs: int, n_errors: int) -> None:
    docs = _docs(data)
    assert len(docs) == n_docs
    assert sum(bool(d.errors) for d in docs) == n_errors
    # the same count when the lines come as an iterable of byte strings
    assert len(list(iter_jsonl(io.BytesIO(data).readlines()))) == n_docs


def test_order_is_kept() -> None:
    lines = [_line({"id": f"n{i}", "text": f"خبر رقم {i}"}) if i % 3 else b"{broken" for i in range(30)]
    docs = _docs(b"\n".join(lines) + b"\n")
    assert len(docs) == 30
    for i, doc in enumerate(docs):
        if i % 3:
            assert doc.article.input_id == f"n{i}"
            assert f"خبر رقم {i}" in doc.text
        else:
            assert doc.errors and doc.errors[0].message.startswith(f"line {i + 1}: ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-05-20", "2019-05-20"),
        ("2019-5-2", "2019-05-02"),
        ("2019-05-20T23:59:00+03:00", "2019-05-20"),
        ("  2015-07-21 02:51:32", "2015-07-21"),
        ("20 مايو، 2019", "2019-05-20"),
        ("٢٠ أيار ٢٠١٩", "2019-05-20"),
        ("2019-02-29", None),
        ("قبل يومين", None),
        ("", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


# ------------------------------------------------------------------------------------------------ properties
_good_line = st.builds(
    lambda text, title, i: _line({"id": i, "text": text, "title": title}),
    st.text(min_size=1),
    st.one_of(st.none(), st.text()),
    st.integers(),
)
_json_ish = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["text", "id", "html"]), inner),
    max_leaves=6,
).map(lambda v: json.dumps(v).encode())
_any_line = st.one_of(st.binary(max_size=80), _good_line, _json_ish, st.text(max_size=40).map(str.encode)).map(
    lambda b: b.replace(b"\n", b" ")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_any_line, max_size=8))
def test_random_lines_give_one_valid_document_each(lines: list[bytes]) -> None:
    data = b"".join(line + b"\n" for line in lines)
    docs = _docs(data)
    assert len(docs) == len(lines)
    assert len(list(iter_jsonl(lines))) == len(lines)
    for doc in docs:
        assert doc.validate_spans() == []
        assert bool(doc.errors) or doc.text != ""
        out = json.loads(doc.to_json().encode("utf-8"))  # writable as UTF-8: no lone surrogates anywhere
        assert check_exported_spans(out) == []


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(data: bytes) -> None:
    docs = _docs(data)
    expected = data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
    assert len(docs) == expected


def test_read_line_never_raises_on_a_parser_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(raw: str, *, title: str | None = None) -> Document:
        raise RuntimeError("parser bug")

    monkeypatch.setattr("rasd.ingest.text.parse_text", boom)
    doc = read_line(_line({"id": "x", "text": "خبر"}), number=7)
    assert doc.errors[0].message == "line 7: could not parse the article: RuntimeError: parser bug"
    assert doc.article.input_id == "x"


# ------------------------------------------------------------------------------------------------ pipeline and CLI
def test_example_batch_through_the_pipeline() -> None:
    path = EXAMPLES / "conflict-briefs.jsonl"
    n_lines = len(path.read_bytes().splitlines())
    docs = list(rasd.extract_path(path))
    assert len(docs) == n_lines
    errors = [i for i, d in enumerate(docs) if any(e.stage == "ingest" for e in d.errors)]
    assert len(errors) == 1
    assert docs[errors[0]].article.input_id == "broken-1"
    for doc in docs:
        assert doc.validate_spans() == []
    titles = [d.article.title for d in docs if not d.errors]
    assert any(t and "مأرب" in t for t in titles)
    assert any(t and "ديالى" in t for t in titles)


def test_cli_writes_one_line_per_input_line(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_bytes(
        _line({"id": "a", "title": "غارات على إدلب", "text": "قتل خمسة\u2028مدنيين.", "published": "2019-05-19"})
        + b"\n{not json\n"
        + _line({"id": "c", "text": "عنوان\n\nنص", "published": "not a date"})
        + b"\n"
        + _line({"id": "d", "html": "<article><h1>عنوان</h1><p>نص الخبر.</p></article>"})
        + b"\n"
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--published", "2019-05-20"]) == 0
    rows = [json.loads(line) for line in out.read_bytes().split(b"\n")[:-1]]  # lines end at b"\n" only, not U+2028
    assert len(rows) == 4
    assert [r["article"].get("input_id") for r in rows] == ["a", None, "c", "d"]
    assert [bool(r["errors"]) for r in rows] == [False, True, True, False]
    assert "line 2: not valid JSON" in rows[1]["errors"][0]["message"]
    assert "field 'published' is not a date" in rows[2]["errors"][0]["message"]
    assert rows[0]["article"]["published"] == "2019-05-20"  # --published overrides the line
    for row in rows:
        assert row["schema"] == "rasd/1"
        assert check_exported_spans(row) == []


# ------------------------------------------------------------------------------------------------ real articles
def _saudinewsnet_lines(n: int) -> list[bytes]:
    """``n`` SaudiNewsNet articles as JSONL lines with SCHEMA field names (a fixed sample, seeded)."""
    zips = sorted((SHARED / "data/news/saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(zips[0]) as zf:
        articles = json.loads(zf.read(zf.namelist()[0]))
    random.Random(7).shuffle(articles)
    return [
        _line(
            {
                "id": f"snn-{i}",
                "title": a.get("title") or None,
                "text": a.get("content") or "",
                "url": a.get("url") or None,
                "source": a.get("source") or None,
                "author": a.get("author") or None,
                "published": (a.get("date_extracted") or "")[:10] or None,
            }
        )
        for i, a in enumerate(articles[:n])
    ]


@needs_shared
def test_saudinewsnet_sample_keeps_the_invariants() -> None:
    lines = _saudinewsnet_lines(200)
    broken = {10: b"{oops", 60: b'{"text": "\\ud800"}', 110: b'{"text": "a\x00"}', 160: b"7"}
    for at, line in broken.items():
        lines.insert(at, line)
    docs = _docs(b"\n".join(lines) + b"\n")
    assert len(docs) == len(lines)
    ingest_errors = {i for i, d in enumerate(docs) if any(e.stage == "ingest" for e in d.errors)}
    empty = {i for i, line in enumerate(lines) if i not in broken and not json.loads(line)["text"].strip()}
    assert ingest_errors == set(broken) | empty
    pipeline = rasd.Pipeline()
    for doc in docs:
        pipeline.run(doc)
        assert doc.validate_spans() == []
        assert check_exported_spans(json.loads(doc.to_json())) == []


@pytest.mark.parametrize(
    ("obj", "text"),
    [
        # a Markdown field: offsets are offsets into the field's value, markup blanked
        ({"markdown": "# عنوان\n\n**قصف** على البلدة."}, "  عنوان\n\n  قصف   على البلدة."),
        # a text field without a title: the text is the value itself (a CR before a newline blanked)
        ({"text": "عنوان\r\n\r\nنص الخبر."}, "عنوان \n \nنص الخبر."),
        # with a title the body does not start with, the title and a blank line come first (offsets shift by them)
        ({"text": "  نص الخبر.", "title": "عنوان"}, "عنوان\n\n  نص الخبر."),
    ],
)
def test_article_field_offsets(obj: dict[str, Any], text: str) -> None:
    (doc,) = _docs(_line(obj))
    assert doc.errors == []
    assert doc.text == text
