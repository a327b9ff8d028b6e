"""Paths added for speed give what the paths they stand in for give (issue 10, round 12)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rasd import pipeline
from rasd.geo import gazetteer
from rasd.ner.features import FeatureExtractor, _shape
from rasd.ner.model import MODEL_RESOURCE, NERTagger, _known_attributes, _resource_path
from rasd.ner.propagate import postprocess
from rasd.text.matcher import LexiconMatcher, _analyze
from rasd.text.normalize import normalize_view

SENTENCES = [
    ["قال", "وزير", "الخارجية", "مايكل", "بالاك", "إن", "القوات", "دخلت", "مدينة", "حلب", "."],
    ["وأكد", "بالاك", "أمس", "أن", "الوفد", "سيزور", "دمشق", "#ريف_حماة", "و", "2015", "،", "ﻻ"],
    [],
    ["وقالت", "وكالة", "رويترز", "Reuters", "إن", "الانفجار", "وقع", "في", "بغداد"],
]


def test_document_records_give_the_context_and_the_items_of_sequence_items() -> None:
    known = _known_attributes(_resource_path(MODEL_RESOURCE))
    fx = FeatureExtractor(known=known)
    context, records = fx.document_records(SENTENCES)
    assert context == FeatureExtractor(known=known).document_context(SENTENCES)
    assert [len(r) for r in records] == [len(s) for s in SENTENCES]
    for tokens, recs in zip(SENTENCES, records, strict=True):
        assert fx.record_items(recs, context) == fx.sequence_items(tokens, context)
        assert [rec[6] for rec in recs] == [fx.stem(t) for t in tokens]


def test_fast_tag_document_equals_tagging_each_sentence_then_postprocess() -> None:
    tagger = NERTagger(network=None)
    context = tagger.document_context(SENTENCES)
    tags = [tagger.tag(s, context) for s in SENTENCES]
    assert tagger.tag_document(SENTENCES) == postprocess(SENTENCES, tags, tagger._features.stem)
    assert tagger.tag_window(SENTENCES) == tags


def test_shape_fast_path_equals_the_letter_loop() -> None:
    def loop(word: str) -> str:
        kinds = set()
        for ch in word:
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
                kinds.add("a")
            elif ch.isdigit():
                kinds.add("d")
            elif ch.isalpha():
                kinds.add("L" if ch.isupper() else "l")
            else:
                kinds.add("p")
        return "".join(sorted(kinds)) or "_"

    for word in ["قال", "٢٠١٥", "مُحَمَّد", "ـ", "ﻻ", "F16", "Reuters", "2015", "", "،", "#ريف_حماة", "ݣ", "قالx"]:
        assert _shape(word) == loop(word), word


def test_analyses_are_shared_by_views_of_the_same_text() -> None:
    text = "قصفت الطائرات مدينة حلب وريف حماة"
    first, second = normalize_view(text), normalize_view(text)
    assert first is not second
    assert _analyze(first) is _analyze(second)
    matcher = LexiconMatcher([("حلب", 1), ("ريف حماة", 2)])
    assert [(m.start, m.end, m.value) for m in matcher.find_all(second)] == [(20, 23, 1), (25, 33, 2)]


def test_load_gazetteer_reads_the_tsv_files_of_the_user_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "b.tsv").write_text("", encoding="utf-8")
    (tmp_path / "a.tsv").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("RASD_GAZETTEER_DIR", str(tmp_path))
    assert gazetteer._user_dir() == gazetteer.user_gazetteer_dir() == tmp_path
    assert gazetteer._tsv_files(tmp_path) == tuple(sorted(str(p) for p in tmp_path.glob("*.tsv")))
    assert gazetteer._tsv_files(tmp_path / "missing") == ()
    assert gazetteer._tsv_files(tmp_path / "notes.txt") == ()


def test_settle_freezes_after_the_eighth_run(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(pipeline, "_runs", 0)
    monkeypatch.setattr(pipeline, "_next_settle", 8)
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    for _ in range(7):
        pipeline._settle()
    assert calls == []
    pipeline._settle()
    assert calls == ["collect", "freeze"]
    for _ in range(55):
        pipeline._settle()
    assert calls == ["collect", "freeze"] and pipeline._next_settle == 64
    pipeline._settle()
    assert calls == ["collect", "freeze"] * 2 and pipeline._next_settle == 512
