"""The fast mode's numpy decoding of the CRF: crfsuite's own scores and tags, bit for bit."""

from __future__ import annotations

import pycrfsuite  # type: ignore[import-untyped]
import pytest

from rasd.ner.decode import CRFDecoder
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import DECODER_AFTER, MODEL_RESOURCE, NERTagger, _known_attributes, _resource_path

# news sentences written for this test: names, titles, places, organisations, numbers, punctuation, Latin script
SENTENCES = [
    [
        "قال",
        "الرئيس",
        "الفرنسي",
        "فرانسوا",
        "هولاند",
        "إن",
        "بلاده",
        "ستواصل",
        "دعم",
        "الحكومة",
        "العراقية",
        "في",
        "حربها",
        "على",
        "تنظيم",
        "داعش",
        ".",
    ],
    [
        "وأعلنت",
        "وزارة",
        "الداخلية",
        "السعودية",
        "،",
        "يوم",
        "الأحد",
        "،",
        "القبض",
        "على",
        "12",
        "شخصا",
        "في",
        "منطقة",
        "القصيم",
        ".",
    ],
    [
        "التقى",
        "وزير",
        "الخارجية",
        "الأمريكي",
        "جون",
        "كيري",
        "نظيره",
        "الروسي",
        "سيرغي",
        "لافروف",
        "في",
        "جنيف",
        "لبحث",
        "الأزمة",
        "السورية",
    ],
    [
        "وأكد",
        "المتحدث",
        "باسم",
        "التحالف",
        "العميد",
        "أحمد",
        "عسيري",
        "أن",
        "طائرات",
        "التحالف",
        "استهدفت",
        "مواقع",
        "للحوثيين",
        "قرب",
        "صنعاء",
    ],
    [
        "نقلت",
        "وكالة",
        "Reuters",
        "عن",
        "مصادر",
        "في",
        "شركة",
        "أرامكو",
        "أن",
        "الإنتاج",
        "بلغ",
        "١٠",
        "ملايين",
        "برميل",
        "يوميا",
    ],
    ["."],
    ["وقال", "مايكل", "بالاك", ":", "«", "لن", "أعود", "»", "،", "بينما", "ويرى", "بالاك", "أن", "الفريق", "بخير"],
    [],
]


@pytest.fixture(scope="module")
def decoder() -> CRFDecoder:
    return CRFDecoder(_resource_path(MODEL_RESOURCE))


def _extractor(decoder: CRFDecoder) -> FeatureExtractor:
    fx = FeatureExtractor(known=_known_attributes(_resource_path(MODEL_RESOURCE)))
    fx.use_ids(decoder.ids)
    return fx


def test_the_model_file_is_read_whole(decoder: CRFDecoder) -> None:
    crf = pycrfsuite.Tagger()
    crf.open(str(_resource_path(MODEL_RESOURCE)))
    assert sorted(decoder.labels) == sorted(crf.labels())
    info = crf.info()
    assert len(decoder.ids) == len(info.attributes)
    column = {label: j for j, label in enumerate(decoder.labels)}
    # crfsuite's dump prints weights with 6 decimals: the file's own float64 values round to them
    for (attr, label), w in list(info.state_features.items())[:2000]:
        assert decoder.weights[decoder.ids[attr.encode("utf-8")], column[label]] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert decoder.transitions[column[a], column[b]] == pytest.approx(w, abs=1e-6)


def test_tags_are_crfsuites(decoder: CRFDecoder) -> None:
    fx = _extractor(decoder)
    plain = FeatureExtractor(known=_known_attributes(_resource_path(MODEL_RESOURCE)))
    crf = pycrfsuite.Tagger()
    crf.open(str(_resource_path(MODEL_RESOURCE)))
    context = fx.document_context(SENTENCES)
    assert context == plain.document_context(SENTENCES) and context
    got = decoder.decode(SENTENCES, fx.document_ids(SENTENCES, context), fx.own_ids)
    want = [crf.tag(plain.sequence_items(s, context)) if s else [] for s in SENTENCES]
    assert got == want
    assert any(t != "O" for tags in got for t in tags)
    # one sentence at a time: the same tags
    for s, tags in zip(SENTENCES, want, strict=True):
        assert decoder.decode([s], fx.document_ids([s], context), fx.own_ids) == [tags]


def test_the_tagger_switches_to_numpy_after_a_few_documents_with_crfsuites_tags() -> None:
    fast = NERTagger(network=None)
    assert fast._decoder is None
    first = [fast.tag_window(SENTENCES) for _ in range(DECODER_AFTER)]
    assert fast._decoder is None  # the first documents: crfsuite
    assert fast.tag_window(SENTENCES) == first[0]
    assert fast._decoder is not None
    # crfsuite's extractor still gives bytes (a thread that was on its path when another switched stays right)
    items = fast._crf_features.sequence_items(SENTENCES[0])
    assert items and all(isinstance(a, bytes) for item in items for a in item)
    plain = NERTagger(network=None)
    plain._until_decoder = -1  # crfsuite itself, always
    assert fast.tag_window(SENTENCES) == plain.tag_window(SENTENCES)
    assert fast.tag_document(SENTENCES) == plain.tag_document(SENTENCES)
    assert fast.tag(SENTENCES[0]) == plain.tag(SENTENCES[0])
    assert fast.tag([]) == []
    assert fast.tag_documents([SENTENCES, SENTENCES[:3]]) == plain.tag_documents([SENTENCES, SENTENCES[:3]])
    assert plain._decoder is None


def test_scores_are_summed_in_crfsuites_order(decoder: CRFDecoder) -> None:
    # the padded gather summed along the attributes: exactly 0 + w1 + w2 + … in float64, as crfsuite adds them
    import numpy as np

    rng = np.random.default_rng(7)
    rows = [list(rng.integers(0, len(decoder.ids), n)) for n in (1, 3, 17, 40, 64)]
    width = max(map(len, rows))
    index = np.full((len(rows), width), decoder.zero_row)
    for k, r in enumerate(rows):
        index[k, : len(r)] = r
    got = decoder.weights[index].sum(axis=1)
    for k, r in enumerate(rows):
        for j in range(decoder.weights.shape[1]):
            acc = 0.0
            for i in r:
                acc += float(decoder.weights[i, j])
            assert got[k, j] == acc


def test_records_hold_the_rows_of_the_attributes_they_held(decoder: CRFDecoder) -> None:
    fx = _extractor(decoder)
    plain = FeatureExtractor(known=_known_attributes(_resource_path(MODEL_RESOURCE)))
    for word in ["قال", "الرئيس", "وبالمدينة", "هولاند", "2015", "،", "Reuters", "مُحَمَّد"]:
        rows, attrs = fx.record(word), plain.record(word)
        assert rows[5:] == attrs[5:]
        for got, want in zip(rows[:5], attrs[:5], strict=True):
            assert list(got) == [decoder.ids[a] for a in want if a in decoder.ids]


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ValueError):
        CRFDecoder(bad)
