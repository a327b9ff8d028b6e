"""The fast NER mode's numpy decoder gives crfsuite's own tags (issue 10, round 23: ``rasd.ner.crf.CRFDecoder``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite  # type: ignore[import-untyped]
import pytest

from rasd.errors import ResourceError
from rasd.ner.crf import CRFDecoder, read_model
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import MODEL_RESOURCE, NERTagger, _known_attributes, _resource_path

# one document of news sentences (with a one-token sentence, an empty one and a long one), written for this test
DOCUMENT = [
    ["قال", "وزير", "الخارجية", "الأردني", "أيمن", "الصفدي", "إن", "عمان", "ترفض", "أي", "تهجير", "للفلسطينيين", "."],
    ["وأضاف", "الصفدي", "خلال", "مؤتمر", "صحفي", "مع", "نظيره", "المصري", "سامح", "شكري", "في", "القاهرة", "،"],
    ["دمشق"],
    [],
    ["وأعلنت", "وزارة", "الصحة", "الفلسطينية", "في", "غزة", "مقتل", "12", "شخصا", "في", "غارة", "إسرائيلية"],
    ["وذكرت", "وكالة", "الأنباء", "السعودية", "(", "واس", ")", "أن", "خادم", "الحرمين", "الشريفين", "الملك"]
    + ["سلمان", "بن", "عبدالعزيز", "استقبل", "في", "قصر", "اليمامة", "بالرياض", "رئيس", "الوزراء", "العراقي"]
    + ["محمد", "شياع", "السوداني", "والوفد", "المرافق", "له", "،", "وجرى", "بحث", "العلاقات", "الثنائية", "."],
    ["شكري", "."],
    ["وقالت", "منظمة", "الصحة", "العالمية", "Reuters", "2024", "#غزة", "ﻻ"],
]


@pytest.fixture(scope="module")
def parts() -> tuple[pycrfsuite.Tagger, FeatureExtractor, CRFDecoder]:
    path = _resource_path(MODEL_RESOURCE)
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(path))
    features = FeatureExtractor(known=_known_attributes(path))
    return crfsuite, features, CRFDecoder(path, features)


def _crfsuite_tags(crfsuite: pycrfsuite.Tagger, features: FeatureExtractor, sentences, context) -> list[list[str]]:
    return [crfsuite.tag(features.sequence_items(s, context)) if s else [] for s in sentences]


def test_read_model_gives_crfsuite_s_labels_attributes_and_weights() -> None:
    path = _resource_path(MODEL_RESOURCE)
    labels, attributes, weights, transitions = read_model(path)
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(path))
    info = crfsuite.info()  # its weights are printed with 6 decimals
    assert labels == crfsuite.labels()
    assert weights.dtype == transitions.dtype == np.float64
    assert weights.shape == (len(attributes), len(labels)) and transitions.shape == (len(labels), len(labels))
    assert {a for a, _ in info.state_features} <= {a.decode("utf-8") for a in attributes}
    row = {a.decode("utf-8"): i for i, a in enumerate(attributes)}
    col = {label: j for j, label in enumerate(labels)}
    for (attr, label), w in list(info.state_features.items())[::97]:
        assert weights[row[attr], col[label]] == pytest.approx(w, abs=1e-6)
    assert len(info.transitions) == np.count_nonzero(transitions)
    for (a, b), w in info.transitions.items():
        assert transitions[col[a], col[b]] == pytest.approx(w, abs=1e-6)


def test_a_file_that_is_no_model_is_a_resource_error(tmp_path: Path) -> None:
    bad = tmp_path / "ner.crfsuite"
    bad.write_bytes(b"lCRF" + bytes(60))
    with pytest.raises(ResourceError, match="cannot read NER model"):
        read_model(bad)
    with pytest.raises(ResourceError, match="cannot read NER model"):
        read_model(tmp_path / "missing.crfsuite")


def test_a_document_s_sentences_get_crfsuite_s_tags(parts) -> None:
    crfsuite, features, decoder = parts
    context = features.document_context(DOCUMENT)
    assert context  # الصفدي and شكري follow a given name: the dn cue is on
    want = _crfsuite_tags(crfsuite, features, DOCUMENT, context)
    got = decoder.tag(DOCUMENT, [context] * len(DOCUMENT))
    assert got == want
    assert [len(t) for t in got] == [len(s) for s in DOCUMENT]
    assert any(t != "O" for tags in got for t in tags)
    # each sentence alone, without the document's context, and in another order
    for sent in DOCUMENT:
        assert decoder.tag([sent], [frozenset()]) == _crfsuite_tags(crfsuite, features, [sent], frozenset())
    reordered = DOCUMENT[::-1]
    assert decoder.tag(reordered, [context] * len(reordered)) == want[::-1]


def test_empty_and_one_token_inputs(parts) -> None:
    crfsuite, features, decoder = parts
    assert decoder.tag([], []) == []
    assert decoder.tag([[], []], [frozenset(), frozenset()]) == [[], []]
    for word in ["دمشق", "،", "قال", "Reuters", "2024"]:
        assert decoder.tag([[word]], [frozenset()]) == [crfsuite.tag(features.sequence_items([word]))]


def test_the_fast_tagger_decodes_with_it() -> None:
    tagger = NERTagger(network=None)
    crfsuite, features = tagger._tagger, tagger._features
    context = tagger.document_context(DOCUMENT)
    assert tagger.tag_window(DOCUMENT) == _crfsuite_tags(crfsuite, features, DOCUMENT, context)
    assert tagger.tag(DOCUMENT[0], context) == crfsuite.tag(features.sequence_items(DOCUMENT[0], context))
    assert tagger.tag([]) == []


def _literal_viterbi(emit: np.ndarray, trans: np.ndarray, length: int) -> list[int]:
    """crf1dc_viterbi (crfsuite's crf1d_context.c) written out loop by loop: a strictly greater score replaces."""
    labels = emit.shape[1]
    prev = [float(x) for x in emit[0]]
    backs = []
    for t in range(1, length):
        cur, back = [], []
        for j in range(labels):
            best, arg = -np.inf, -1
            for i in range(labels):
                score = prev[i] + float(trans[i, j])
                if best < score:
                    best, arg = score, i
            back.append(arg)
            cur.append(best + float(emit[t, j]))
        backs.append(back)
        prev = cur
    last = 0
    for i in range(labels):
        if prev[last] < prev[i]:
            last = i
    path = [last]
    for back in reversed(backs):
        path.append(back[path[-1]])
    return path[::-1]


@pytest.mark.parametrize("seed", range(3))
def test_ties_go_to_the_first_label_as_in_crfsuite(parts, seed: int) -> None:
    """Scores of a few small integers tie all the time; the decoder's paths must be the literal loop's."""
    _, _, decoder = parts
    rng = np.random.default_rng(seed)
    labels = decoder._trans.shape[0]
    saved = decoder._trans
    try:
        decoder._trans = rng.integers(-1, 2, (labels, labels)).astype(np.float64)
        for _ in range(30):
            lengths = sorted(rng.integers(1, 9, int(rng.integers(1, 6))).tolist(), reverse=True)
            emit = np.zeros((len(lengths), lengths[0], labels))
            for b, n in enumerate(lengths):
                emit[b, :n] = rng.integers(0, 3, (n, labels))
            got = decoder._viterbi(emit, lengths)
            want = [_literal_viterbi(emit[b], decoder._trans, n) for b, n in enumerate(lengths)]
            assert got == want
    finally:
        decoder._trans = saved


def test_a_model_trained_here_decodes_as_crfsuite(tmp_path: Path) -> None:
    """Another model file (few labels, other attributes, transitions of both signs) read and decoded alike."""
    trainer = pycrfsuite.Trainer(verbose=False)
    data = [
        (["قال", "الرئيس", "محمد", "مرسي", "في", "القاهرة"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
        (["زار", "الوزير", "عمان", "أمس"], ["O", "O", "B-LOC", "O"]),
        (["التقى", "أحمد", "شفيق", "في", "دبي"], ["O", "B-PER", "I-PER", "O", "B-LOC"]),
    ]
    for words, tags in data:
        trainer.append([[f"w={w}", f"p1={w[:1]}", "bias"] for w in words], tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30})
    model = tmp_path / "tiny.crfsuite"
    trainer.train(str(model))
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(model))
    labels, attributes, weights, _ = read_model(model)
    assert labels == crfsuite.labels() and b"bias" in attributes and weights.any()
    features = FeatureExtractor(known=frozenset(a.decode("utf-8") for a in attributes))
    decoder = CRFDecoder(model, features)
    sentences = [["قال", "محمد", "مرسي", "في", "دبي"], ["عمان"], ["زار", "أحمد", "القاهرة", "أمس", "و", "عمان"]]
    want = [crfsuite.tag(features.sequence_items(s)) for s in sentences]
    assert decoder.tag(sentences, [frozenset()] * 3) == want
