"""Round 37 (helper sp3): the fast tagger gives crfsuite's C tagger the attributes by id (rasd.ner.direct).

The C tagger must tag exactly as pycrfsuite does with the model read by name: the same ids reach the same C code in
the same order. Checked on hand-written news sentences, on random documents of the model's own words, on a sentence
longer than the tagger's first path buffer, and against the coded model (round 29); the model's names are read from
its dictionaries as pycrfsuite reads them; a platform or file where this cannot be done falls back to pycrfsuite.
"""

from __future__ import annotations

import random
import struct

import pycrfsuite  # type: ignore[import-untyped]
import pytest

from rasd.ner import direct as D
from rasd.ner import model as M
from rasd.ner.coded import model_names
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import MODEL_RESOURCE, NERTagger, _known_attributes, _resource_path

SENTENCES = [
    ["أعلن", "المتحدث", "باسم", "الجيش", "العراقي", "العميد", "يحيى", "رسول", "أن", "القوات", "استعادت", "قرية", "."],
    ["وقال", "مراسل", "«", "الجزيرة", "»", "في", "عدن", "إن", "اشتباكات", "عنيفة", "اندلعت", "فجر", "اليوم", "."],
    ["التقى", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "نظيره", "الفرنسي", "جان", "مارك", "إيرولت", "."],
    ["ونقلت", "وكالة", "الأنباء", "الرسمية", "عن", "مصدر", "أمني", "قوله", ":", "قتل", "12", "مسلحا", "."],
    ["ويرى", "الجبير", "أن", "الحل", "السياسي", "ممكن", "."],
    ["a|b", "|", "||", "BOS", "EOS", "dn", "w=قال", "ﻻ", "2017", "\u200f", "x" * 300],
    [],
]


@pytest.fixture(scope="module")
def model_bytes() -> bytes:
    return _resource_path(MODEL_RESOURCE).read_bytes()


@pytest.fixture(scope="module")
def fast() -> NERTagger:
    tagger = NERTagger(network=None)
    assert tagger.use_codes()
    return tagger


@pytest.fixture(scope="module")
def by_name() -> tuple[pycrfsuite.Tagger, FeatureExtractor]:
    """The shipped model opened by file, fed UTF-8 attribute names (the fast tagger before round 29)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(_resource_path(MODEL_RESOURCE)))
    return tagger, FeatureExtractor(known=_known_attributes(_resource_path(MODEL_RESOURCE)))


def _tags_by_name(by_name: tuple[pycrfsuite.Tagger, FeatureExtractor], doc: list[list[str]]) -> list[list[str]]:
    tagger, fx = by_name
    context, records = fx.document_records(doc)
    return [tagger.tag(fx.record_items(recs, context)) if recs else [] for recs in records]


def test_the_fast_tagger_gives_crfsuite_the_ids(fast: NERTagger) -> None:
    assert fast._direct is not None and fast._tagger is None and fast._coded is None
    assert fast._features._codes is not None
    items = fast._features.sequence_items(SENTENCES[0])
    assert all(len(f) == 16 for item in items for f in item)
    accurate = NERTagger()  # the accurate mode keeps the names (its numpy CRF reads them) and never switches
    assert accurate.use_codes() is False
    assert accurate._direct is None and accurate._features._codes is None


def test_the_names_are_read_as_pycrfsuite_reads_them(model_bytes: bytes) -> None:
    names = model_names(model_bytes)
    assert names is not None
    labels, attributes = names
    tagger = pycrfsuite.Tagger()
    tagger.open(str(_resource_path(MODEL_RESOURCE)))
    assert labels == tagger.labels()  # pycrfsuite lists them by id
    assert frozenset(attributes) == _known_attributes(_resource_path(MODEL_RESOURCE))
    assert len(attributes) == len(set(attributes)) > 30_000


def test_an_attribute_is_crfsuites_structure() -> None:
    got = D.attribute_bytes(["bias", "w=قال", "-1s=جيش"])
    for aid, name in enumerate(["bias", "w=قال", "-1s=جيش"]):
        assert got[name] == bytes(D._Attribute(aid, 1.0))
        assert struct.unpack("<id", got[name][:4] + got[name][8:]) == (aid, 1.0)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: b"xCRF" + d[4:],  # magic
        lambda d: d[:8] + b"XXXX" + d[12:],  # model type
        lambda d: d[:12] + struct.pack("<I", 101) + d[16:],  # version
        lambda d: d[:-1],  # size
        lambda d: d[:20] + struct.pack("<I", 5) + d[24:],  # the header's label count is not the dictionary's
        lambda d: d[:24] + struct.pack("<I", 5) + d[28:],  # nor its attribute count
        lambda d: b"",
        lambda d: b"lCRF",
    ],
)
def test_a_model_not_laid_out_as_expected_is_not_read(model_bytes: bytes, damage) -> None:  # type: ignore[no-untyped-def]
    assert model_names(damage(model_bytes)) is None
    assert D.open_direct(damage(model_bytes)) is None


def test_news_sentences_get_the_same_tags(fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]) -> None:
    assert fast._crf_window(SENTENCES)[0] == _tags_by_name(by_name, SENTENCES)
    for sent in SENTENCES:  # one sentence without the document's context
        assert fast.tag(sent) == (by_name[0].tag(by_name[1].sequence_items(sent)) if sent else [])


def test_random_documents_of_the_models_words_get_the_same_tags(
    fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]
) -> None:
    known = by_name[1].known
    assert known is not None
    words = sorted(f[2:] for f in known if f.startswith("w=") and f[2:])
    rng = random.Random(37)
    for _ in range(60):
        doc = [rng.sample(words, rng.randrange(1, 30)) for _ in range(rng.randrange(1, 6))]
        assert fast._crf_window(doc)[0] == _tags_by_name(by_name, doc)


def test_a_long_sentence_grows_the_path(fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]) -> None:
    long = [w for sent in SENTENCES[:5] for w in sent] * 12  # over 600 tokens: more than the first path buffer
    assert len(long) > 256
    doc = [long, SENTENCES[0], long[:300]]
    assert fast._crf_window(doc)[0] == _tags_by_name(by_name, doc)


def test_the_coded_model_tags_the_same(fast: NERTagger) -> None:
    coded = NERTagger(network=None)
    assert coded.use_codes(direct=False) and coded._coded is not None and coded._direct is None
    docs = [SENTENCES, SENTENCES[2:4], [["ويرى", "الجبير", "أن", "الحل", "ممكن"]]]
    assert [fast.tag_document(d) for d in docs] == [coded.tag_document(d) for d in docs]


def test_ids_read_back_as_their_names(fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]) -> None:
    mine, theirs = fast._features, by_name[1]
    context = frozenset({"الجبير", "رسول"})
    for sent in SENTENCES:
        assert mine.sequence_features(sent, context) == theirs.sequence_features(sent, context)
        for word in sent:
            assert mine.own_features(word) == theirs.own_features(word)
            assert mine.context_features(word) == theirs.context_features(word)
    # the plain path (every feature built as a name, then kept when the model knows it) gives the same bytes
    names = model_names(fast.path.read_bytes())
    assert names is not None
    # (round 39) the fast tagger's records hold blocks (``block``): so does the plain path built like it
    codes = M._Codes(fast.path, D.attribute_bytes(names[1]), direct=True)
    plain = FeatureExtractor(known=mine.known, codes=codes, block=D.ATTRIBUTE_SIZE)
    plain._groups = None
    for sent in SENTENCES:
        assert [plain._record(w)[:5] for w in sent] == [mine.record(w)[:5] for w in sent]


def test_without_crfsuites_c_api_the_coded_model_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "_create", lambda: None)
    tagger = NERTagger(network=None)
    assert tagger.use_codes() and tagger._direct is None and tagger._coded is not None
    monkeypatch.undo()
    assert tagger._crf_window(SENTENCES)[0] == NERTagger(network=None)._crf_window(SENTENCES)[0]


def test_the_fast_mode_switches_after_its_first_documents() -> None:
    tagger = NERTagger(network=None)
    docs = [SENTENCES[:2], SENTENCES[2:4], SENTENCES[4:], SENTENCES[:3], SENTENCES]
    tags = [tagger.tag_document(d) for d in docs]
    assert tagger._direct is not None and tagger._tagger is None
    reference = NERTagger(network=None)  # read by name throughout
    reference._by_name_left = -1
    assert tags == [reference.tag_document(d) for d in docs]
    assert reference._direct is None and reference._tagger is not None


def _context_by_walk(fx: FeatureExtractor, sentences: list[list[str]]) -> frozenset[str]:
    """The document context as round 36 read it: a walk over every token, remembering whether the last was a cue."""
    out: set[str] = set()
    for sent in sentences:
        prev_cue = False
        for rec in map(fx.record, sent):
            cue = rec[7] or rec[8]
            if prev_cue and not cue:
                out.update(w for w in (rec[5], rec[6]) if len(w) > 2)
            prev_cue = cue
    return frozenset(out)


def test_the_document_context_is_the_words_after_a_cue(fast: NERTagger) -> None:
    fx = fast._features
    doc = [
        ["قال", "الرئيس", "ميشال", "عون", "إن", "الوزير", "جبران", "باسيل", "زار", "أبو", "ظبي", "."],
        ["وقال", "عون", "للصحافيين", ":", "محمد", "بن", "سلمان", "ومحمد", "علي", "الحوثي"],
        ["الشيخ"],
        [],
    ]
    context = fx.document_context(doc)
    assert context == _context_by_walk(fx, doc) and {"سلمان", "ظبي"} <= context
    cues = sorted(w for w in ("محمد", "علي", "الرئيس", "الوزير", "بن", "أبو", "الشيخ", "عبد") if any(fx.record(w)[7:9]))
    plain = ["قال", "إن", "المدينة", "سقطت", "بيد", "القوات", "جنوب", "البلاد", "، ", "x", "12"]
    assert len(cues) >= 5
    rng = random.Random(371)
    for _ in range(200):
        sents = [
            [rng.choice(cues if rng.random() < 0.4 else plain) for _ in range(rng.randrange(0, 12))] for _ in range(3)
        ]
        assert fx.document_context(sents) == _context_by_walk(fx, sents)


def test_a_sentence_with_nothing_to_read_is_passed_over_as_read_in_full() -> None:
    from rasd.document import Document
    from rasd.ner.lexicon import load_lexicon
    from rasd.stages.entities import _actor_candidates, _role_reader, _sentence_candidates, _sentence_tokens, _starters
    from rasd.stages.segment import segment_document
    from rasd.text.normalize import normalize_words

    doc = Document(text="x")
    doc.text = (
        "وصلت الأمطار إلى المدينة مساء أمس. وقال مصدر أمني رفض الكشف عن اسمه إن الطريق أغلق. "
        "وأعلن وزير الداخلية أحمد الخالد أن جي. بي. مورغان افتتح فرعا. ولم تسجل أي إصابات في الحادث. "
        "واستقبل الرئيس وفدا من الحزب الديمقراطي."
    )
    segment_document(doc)
    reader = _role_reader()
    groups = _sentence_tokens(doc)
    words = [[doc.text[t.start : t.end] for t in toks] for toks in groups]
    normalized = [normalize_words(sent) for sent in words]
    starters = _starters(normalized, reader)
    actors = _actor_candidates(doc, load_lexicon())
    rng = random.Random(37)
    passed_over = 0
    for _ in range(30):
        for toks, raw, norm in zip(groups, words, normalized, strict=True):
            tags = [rng.choice(["O"] * 8 + ["B-PER", "I-PER", "B-LOC", "B-ORG"]) for _ in toks]
            if rng.random() < 0.5:
                tags = ["O"] * len(toks)
            sent_actors = [a for a in actors if toks[0].start <= a.start and a.end <= toks[-1].end]
            fast_known: set[tuple[str, ...]] = set()
            full_known: set[tuple[str, ...]] = set()
            got = _sentence_candidates(doc, toks, raw, tags, sent_actors, reader, fast_known, norm, starters)
            want = _sentence_candidates(doc, toks, raw, tags, sent_actors, reader, full_known, norm, None)
            assert [(c.start, c.end, c.type, c.source, c.entity) for c in got] == [
                (c.start, c.end, c.type, c.source, c.entity) for c in want
            ]
            assert fast_known == full_known
            passed_over += not got and not sent_actors and set(tags) == {"O"} and starters.isdisjoint(norm)
    assert passed_over >= 30  # the two sentences with nothing to read, each time their tags are all O
