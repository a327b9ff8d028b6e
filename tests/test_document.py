"""The document model: span invariant, JSON contract, validation."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.document import (
    SCHEMA_VERSION,
    ArticleMeta,
    Block,
    BlockKind,
    Document,
    Entity,
    Post,
    Quantity,
    Span,
    Timex,
)

TEXT = "قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم أمس الأحد، ما أدى إلى مقتل 9 مدنيين."


def _doc() -> Document:
    doc = Document(
        text=TEXT,
        article=ArticleMeta(title="عنوان", published="2019-05-20", url="https://example.org/1", source="example.org"),
    )
    doc.blocks.append(Block(BlockKind.PARAGRAPH, 0, len(TEXT)))
    s = TEXT.index("كفرنبل")
    doc.entities.append(Entity(id="T1", type="LOC", start=s, end=s + len("كفرنبل"), geo={"lat": 35.6, "lon": 36.5}))
    s = TEXT.index("يوم أمس الأحد")
    doc.timexes.append(Timex(id="X1", start=s, end=s + len("يوم أمس الأحد"), type="DATE", value="2019-05-19"))
    s = TEXT.index("9 مدنيين")
    doc.quantities.append(Quantity(id="Q1", start=s, end=s + 1, value=9.0, min=9.0, unit="killed"))
    return doc


def test_json_contract_fields() -> None:
    out = json.loads(_doc().to_json())
    assert out["schema"] == SCHEMA_VERSION == "rasd/1"
    assert set(out) >= {"schema", "id", "text", "article", "blocks", "posts", "entities", "timexes", "quantities"}
    assert set(out) >= {"events", "claims", "errors"}
    assert out["article"]["reference_date"] == "2019-05-20"  # defaults to published
    assert out["entities"][0]["text"] == "كفرنبل"
    assert out["entities"][0]["geo"] == {"lat": 35.6, "lon": 36.5}
    assert out["timexes"][0]["text"] == "يوم أمس الأحد"
    assert out["quantities"][0]["value"] == 9 and isinstance(out["quantities"][0]["value"], int)
    assert out["blocks"][0] == {"kind": "paragraph", "start": 0, "end": len(TEXT)}


def test_json_keeps_arabic_unescaped() -> None:
    assert "قوات النظام" in _doc().to_json()


def test_id_is_sha1_of_text_and_stable() -> None:
    a, b = _doc(), _doc()
    assert a.id == b.id and len(a.id) == 40
    b.text = b.text + " "
    assert a.id != b.id


def test_reference_date_inside_post_is_the_posts_date() -> None:
    doc = _doc()
    doc.posts.append(Post(start=0, end=10, date="2019-05-18"))
    assert doc.reference_date_at(3) == "2019-05-18"
    assert doc.reference_date_at(20) == "2019-05-20"


def test_validate_spans_reports_bad_spans_in_every_layer() -> None:
    doc = _doc()
    assert doc.validate_spans() == []
    doc.quantities.append(Quantity(id="Q2", start=5, end=len(TEXT) + 3, value=1.0))
    doc.events.append({"id": "V1", "trigger": {"text": "x", "start": -1, "end": 2}})
    problems = doc.validate_spans()
    assert len(problems) == 2
    assert any(p.startswith("quantities") for p in problems) and any(p.startswith("events") for p in problems)


def test_span_rejects_reversed_offsets() -> None:
    with pytest.raises(ValueError, match="start <= end"):
        Span(5, 2)


@given(st.text(min_size=1, max_size=200), st.data())
def test_every_exported_span_reads_back_its_text(text: str, data: st.DataObject) -> None:
    doc = Document(text=text)
    for i in range(data.draw(st.integers(0, 5))):
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        doc.entities.append(Entity(id=f"T{i}", type="LOC", start=a, end=b))
        doc.timexes.append(Timex(id=f"X{i}", start=a, end=b, type="DATE"))
    out = json.loads(doc.to_json())
    for layer in ("entities", "timexes"):
        for item in out[layer]:
            assert out["text"][item["start"] : item["end"]] == item["text"]
    assert doc.validate_spans() == []
