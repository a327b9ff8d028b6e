"""The accurate NER mode over a stream tags documents in groups (round 22): the same output as one at a time,
errors per document, the stream's order, one group read ahead at most."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import rasd.stages.entities as entities
from rasd import Pipeline, Settings
from rasd.document import Document
from rasd.ingest import parse_string
from rasd.ner.model import load_tagger
from rasd.stages.segment import segment_document

ARTICLES = [
    "غارات على ريف إدلب\nقصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي صباح الأحد، ما أدى إلى مقتل ثلاثة "
    "مدنيين. وقال مدير الدفاع المدني في المحافظة مصطفى الحاج يوسف إن فرق الإنقاذ انتشلت الجثث من تحت الأنقاض.",
    "وزير الخارجية يستقبل نظيره الأردني\nاستقبل وزير الخارجية الأمير فيصل بن فرحان في الرياض نظيره الأردني أيمن "
    "الصفدي، وبحث الجانبان العلاقات الثنائية. وأكد الصفدي أن الأردن يقف مع المملكة في مواجهة التحديات.",
    "هجوم في كركوك\nقتل جنديان عراقيان وأصيب أربعة آخرون في هجوم شنه مسلحون على نقطة تفتيش جنوب غرب كركوك، بحسب ما "
    "أفاد مصدر في قيادة العمليات المشتركة. وأضاف المصدر أن قوات الأمن بدأت عملية تمشيط في المنطقة.",
    "قصير\nاجتماع.",
    "الأمم المتحدة تحذر\nحذر الأمين العام للأمم المتحدة أنطونيو غوتيريش من تدهور الوضع الإنساني في اليمن، داعيا "
    "الحوثيين والحكومة الشرعية إلى وقف القتال في الحديدة. وقال المبعوث الأممي مارتن غريفيث إن المفاوضات مستمرة.",
]

ACCURATE = Settings(ner="accurate")


def _docs() -> list[Document]:
    return [parse_string(text, fmt="text", published="2019-03-10") for text in ARTICLES]


def test_tag_documents_equals_one_at_a_time() -> None:
    tagger = load_tagger(accurate=True)
    documents = []
    for doc in _docs():
        segment_document(doc)
        documents.append([[doc.text[t.start : t.end] for t in toks] for toks in entities._sentence_tokens(doc)])
    documents.append([])  # a document without sentences
    alone = [tagger.tag_document(d) for d in documents]
    assert any(tag != "O" for doc in alone for sent in doc for tag in sent)
    assert tagger.tag_documents(documents) == alone
    assert tagger.tag_documents(documents[::-1]) == alone[::-1]
    # the fast mode: each document on its own, the same tags
    fast = load_tagger()
    assert fast.tag_documents(documents) == [fast.tag_document(d) for d in documents]


@pytest.mark.parametrize("size", [2, 3, 16])
def test_grouped_stream_equals_run(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    monkeypatch.setattr(entities, "GROUP_ACCURATE", size)
    pipeline = Pipeline(["segment", "entities"], settings=ACCURATE)
    assert pipeline._group()[1] is not None
    alone = [pipeline.run(doc).to_json() for doc in _docs()]
    docs = _docs()
    out = list(pipeline.run_all(iter(docs)))
    assert [id(d) for d in out] == [id(d) for d in docs]  # the stream's order, the same objects
    assert [d.to_json() for d in out] == alone
    assert any(d.entities for d in out)
    assert not entities._PRETAGGED


def test_whole_pipeline_grouped_equals_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "GROUP_ACCURATE", 3)
    pipeline = Pipeline(settings=ACCURATE)
    alone = [pipeline.run(doc).to_json() for doc in _docs()[:4]]
    assert [d.to_json() for d in pipeline.run_all(_docs()[:4])] == alone


def test_no_groups_in_fast_or_strict_mode() -> None:
    assert Pipeline(["segment", "entities"], settings=Settings())._group() == (-1, None)
    assert Pipeline(["segment", "entities"], settings=Settings(ner="accurate", strict=True))._group() == (-1, None)
    assert Pipeline(["segment"], settings=ACCURATE)._group() == (-1, None)
    at, hook = Pipeline(settings=ACCURATE)._group()
    assert hook is not None and Pipeline(settings=ACCURATE).names[at] == "entities"


def test_a_failing_document_keeps_its_error_and_spares_the_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "GROUP_ACCURATE", 16)
    pipeline = Pipeline(["segment", "entities"], settings=ACCURATE)
    alone = [pipeline.run(doc).to_json() for doc in _docs()]
    real = entities.find_entities

    def failing(doc: Document, **kwargs: object) -> list[entities.ActorEntity]:
        if "كركوك" in doc.text:
            raise ValueError("broken document")
        return real(doc, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(entities, "find_entities", failing)
    out = list(pipeline.run_all(_docs()))
    assert [e.stage for e in out[2].errors] == ["entities"] and "broken document" in out[2].errors[0].message
    assert [d.to_json() for i, d in enumerate(out) if i != 2] == [j for i, j in enumerate(alone) if i != 2]
    assert not entities._PRETAGGED


def test_a_document_the_group_cannot_read_is_left_to_the_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline(["segment", "entities"], settings=ACCURATE)
    alone = [pipeline.run(doc).to_json() for doc in _docs()]
    real = entities._sentence_tokens
    calls: list[str] = []

    def once_broken(doc: Document) -> list[list[entities.Token]]:
        calls.append(doc.text[:5])
        if "الصفدي" in doc.text and calls.count(doc.text[:5]) == 1:  # the group's read fails, the stage's works
            raise RuntimeError("unreadable")
        return real(doc)

    monkeypatch.setattr(entities, "_sentence_tokens", once_broken)
    out = [d.to_json() for d in pipeline.run_all(_docs())]
    assert out == alone


def test_a_failing_group_call_leaves_every_document_to_the_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline(["segment", "entities"], settings=ACCURATE)
    alone = [pipeline.run(doc).to_json() for doc in _docs()]
    tagger = load_tagger(accurate=True)

    def broken(documents: object) -> list[list[list[str]]]:
        raise MemoryError("no room for the group")

    monkeypatch.setattr(tagger, "tag_documents", broken)
    out = list(pipeline.run_all(_docs()))
    assert [d.to_json() for d in out] == alone
    assert not any(d.errors for d in out)


def test_one_group_read_ahead_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "GROUP_ACCURATE", 2)
    pipeline = Pipeline(["segment", "entities"], settings=ACCURATE)
    read: list[int] = []

    def stream() -> Iterator[Document]:
        for i, doc in enumerate(_docs()):
            read.append(i)
            yield doc

    seen = []
    for doc in pipeline.run_all(stream()):
        seen.append(len(read))
        assert doc.entities is not None
    assert seen == [2, 2, 4, 4, 5]
    # a consumer that stops in the middle of a group leaves nothing behind
    gen = pipeline.run_all(_docs())
    next(gen)
    assert entities._PRETAGGED
    gen.close()
    assert not entities._PRETAGGED
