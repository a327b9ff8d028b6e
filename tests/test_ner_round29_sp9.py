"""Round 29 (helper sp9): the fast tagger reads a copy of the CRF model whose attributes are renamed to short codes.

The copy must tag exactly as the shipped model read by name: the same ids reach crfsuite in the same order. Checked
on hand-written news sentences, on random sentences of the model's own words, through the marginals (bit for bit),
and on the layout of the rewritten dictionary (crfsuite's own chunk rebuilt byte for byte from its names).
"""

from __future__ import annotations

import random
import struct

import pycrfsuite  # type: ignore[import-untyped]
import pytest

from rasd.ner import coded as C
from rasd.ner import model as M
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import MODEL_RESOURCE, NERTagger, _known_attributes, _resource_path

SENTENCES = [
    ["قال", "وزير", "الداخلية", "اللبناني", "نهاد", "المشنوق", "إن", "القوى", "الأمنية", "أوقفت", "مطلوبين", "."],
    ["وأكد", "الناطق", "باسم", "التحالف", "أن", "الطائرات", "استهدفت", "مواقع", "للحوثيين", "في", "محافظة", "حجة", "."],
    ["التقى", "الأمير", "محمد", "بن", "سلمان", "في", "جدة", "رئيس", "الوزراء", "العراقي", "حيدر", "العبادي"],
    ["«", "رويترز", "»", ":", "انفجار", "سيارة", "مفخخة", "قرب", "مسجد", "في", "بنغازي", "يوقع", "5", "قتلى"],
    ["ويرى", "العبادي", "أن", "المعركة", "ستنتهي", "قريبا"],
    ["a|b", "|", "||", "BOS", "EOS", "dn", "w=قال", "ﻻ", "2016"],
    [],
]


@pytest.fixture(scope="module")
def model_bytes() -> bytes:
    return _resource_path(MODEL_RESOURCE).read_bytes()


@pytest.fixture(scope="module")
def fast() -> NERTagger:
    """The fast tagger on the coded model (round 37 gives crfsuite the ids where it can: the coded copy is its
    fallback, tested here)."""
    tagger = NERTagger(network=None)
    assert tagger.use_codes(direct=False)
    return tagger


@pytest.fixture(scope="module")
def by_name() -> tuple[pycrfsuite.Tagger, FeatureExtractor]:
    """The shipped model opened by file, fed UTF-8 attribute names (the fast tagger before round 29)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(_resource_path(MODEL_RESOURCE)))
    return tagger, FeatureExtractor(known=_known_attributes(_resource_path(MODEL_RESOURCE)))


def _attrs_chunk(data: bytes) -> tuple[int, int, bytes]:
    """The attribute dictionary's offset, its region's end, and its CQDB chunk."""
    fields = struct.unpack_from("<4sI4s9I", data, 0)
    at = fields[9]  # magic, size, type, version, three counts, then off_features, off_labels, off_attrs …
    end = min(o for o in (*fields[7:], len(data)) if o > at)
    size = struct.unpack_from("<I", data, at + 4)[0]
    return at, end, data[at : at + size]


def test_the_fast_tagger_reads_the_coded_model(fast: NERTagger) -> None:
    assert fast._coded is not None and fast._features._codes is not None
    accurate = NERTagger()  # the accurate mode keeps the names (its numpy CRF reads them)
    assert accurate._coded is None and accurate._features._codes is None


def test_hash_is_lookup3_as_the_model_stores_it(model_bytes: bytes) -> None:
    # lookup3's published check values (hashlittle of "" and of "Four score and seven years ago")
    assert C.hashlittle(b"") == 0xDEADBEEF
    assert C.hashlittle(b"", 0xDEADBEEF) == 0xBD5B7DDE
    assert C.hashlittle(b"Four score and seven years ago") == 0x17770551
    assert C.hashlittle(b"Four score and seven years ago", 1) == 0xCD628161
    # every bucket of the shipped dictionary holds hashlittle of its key (NUL included) in table hash % 256
    _at, _end, chunk = _attrs_chunk(model_bytes)
    checked = 0
    for t in range(256):
        off, num = struct.unpack_from("<2I", chunk, 24 + 8 * t)
        for j in range(num):
            hv, rec = struct.unpack_from("<2I", chunk, off + 8 * j)
            if rec:
                ksize = struct.unpack_from("<I", chunk, rec + 4)[0]
                assert C.hashlittle(chunk[rec + 8 : rec + 8 + ksize]) == hv and hv % 256 == t
                checked += 1
    assert checked > 30_000


def test_codes_are_short_distinct_and_hashed_as_lookup3() -> None:
    codes = [C.code(i) for i in range(0, C._MAX, 37)] + [C.code(C._MAX - 1)]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == 3 and all(33 <= b <= 126 for b in c) for c in codes)
    for c in codes[::50]:
        assert C._hash_code(c + b"\0") == C.hashlittle(c + b"\0")


def test_the_dictionary_writer_rebuilds_crfsuites_own_chunk(model_bytes: bytes) -> None:
    _at, _end, chunk = _attrs_chunk(model_bytes)
    names = C.read_names(chunk)
    assert names is not None and len(names) == len(set(names)) > 30_000
    assert frozenset(names) == _known_attributes(_resource_path(MODEL_RESOURCE))
    assert C.write_chunk([n.encode("utf-8") for n in names]) == chunk


def test_the_coded_model_changes_only_the_dictionary(model_bytes: bytes) -> None:
    coded = C.coded_model(model_bytes)
    assert coded is not None
    data, codes = coded
    assert len(data) == len(model_bytes)
    at, end, _chunk = _attrs_chunk(model_bytes)
    assert data[:at] == model_bytes[:at] and data[end:] == model_bytes[end:]
    new = C.read_names(data[at:end])
    names = C.read_names(model_bytes[at:end])
    assert names is not None and new is not None
    assert [codes[n] for n in names] == [c.encode("ascii") for c in new] == [C.code(i) for i in range(len(names))]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: b"xCRF" + d[4:],  # magic
        lambda d: d[:8] + b"XXXX" + d[12:],  # model type
        lambda d: d[:12] + struct.pack("<I", 101) + d[16:],  # version
        lambda d: d[:-1],  # size
        lambda d: b"",
        lambda d: b"lCRF",
    ],
)
def test_a_model_not_laid_out_as_expected_is_not_coded(model_bytes: bytes, damage) -> None:  # type: ignore[no-untyped-def]
    assert C.coded_model(damage(model_bytes)) is None


def test_a_damaged_dictionary_is_not_coded(model_bytes: bytes) -> None:
    at, _end, _chunk = _attrs_chunk(model_bytes)
    assert C.coded_model(model_bytes[:at] + b"XQDB" + model_bytes[at + 4 :]) is None
    # a record whose id is not its place in the backward array
    chunk = bytearray(_attrs_chunk(model_bytes)[2])
    first = struct.unpack_from("<I", chunk, struct.unpack_from("<I", chunk, 20)[0])[0]
    struct.pack_into("<I", chunk, first, 7)
    assert C.read_names(bytes(chunk)) is None


def _tags_by_name(by_name: tuple[pycrfsuite.Tagger, FeatureExtractor], doc: list[list[str]]) -> list[list[str]]:
    tagger, fx = by_name
    context, records = fx.document_records(doc)
    return [tagger.tag(fx.record_items(recs, context)) if recs else [] for recs in records]


def test_news_sentences_get_the_same_tags_and_marginals(
    fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]
) -> None:
    assert fast._crf_window(SENTENCES)[0] == _tags_by_name(by_name, SENTENCES)
    labels = fast._tagger.labels()
    assert sorted(labels) == sorted(by_name[0].labels())
    context = fast.document_context(SENTENCES)
    for sent in SENTENCES:
        if not sent:
            continue
        fast._tagger.set(fast._features.sequence_items(sent, context))
        by_name[0].set(by_name[1].sequence_items(sent, context))
        for i in range(len(sent)):
            assert [fast._tagger.marginal(y, i) for y in labels] == [by_name[0].marginal(y, i) for y in labels]


def test_random_sentences_of_the_models_words_get_the_same_tags(
    fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]
) -> None:
    known = by_name[1].known
    assert known is not None
    words = sorted(f[2:] for f in known if f.startswith("w=") and f[2:])
    rng = random.Random(29)
    for _ in range(40):
        doc = [rng.sample(words, rng.randrange(1, 25)) for _ in range(rng.randrange(1, 6))]
        assert fast._crf_window(doc)[0] == _tags_by_name(by_name, doc)


def test_coded_features_read_back_as_their_names(
    fast: NERTagger, by_name: tuple[pycrfsuite.Tagger, FeatureExtractor]
) -> None:
    mine, theirs = fast._features, by_name[1]
    context = frozenset({"المشنوق", "العبادي"})
    for sent in SENTENCES:
        assert mine.sequence_features(sent, context) == theirs.sequence_features(sent, context)
        for word in sent:
            assert mine.own_features(word) == theirs.own_features(word)
            assert mine.context_features(word) == theirs.context_features(word)
        items = mine.sequence_items(sent, context)
        assert all(len(f) == 3 for item in items for f in item)
    # the plain path (every feature built as a name, then kept when the model knows it) gives the same codes
    plain = FeatureExtractor(known=mine.known, codes=M._Codes(fast.path, C.coded_model(fast.path.read_bytes())[1]))  # type: ignore[index]
    plain._groups = None
    for sent in SENTENCES:
        assert [plain._record(w)[:5] for w in sent] == [mine.record(w)[:5] for w in sent]


def test_an_uncoded_model_is_read_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(M, "coded_model", lambda data: None)
    monkeypatch.setattr(M, "open_direct", lambda data: None)  # round 37: nor through crfsuite's C API
    plain = NERTagger(network=None)
    assert plain.use_codes() is False
    assert plain._coded is None and plain._features._codes is None
    monkeypatch.undo()
    assert plain._crf_window(SENTENCES)[0] == NERTagger(network=None)._crf_window(SENTENCES)[0]


def test_person_tails_skip_the_sentences_without_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.ner import propagate as P

    sentences = [
        ["قال", "هيلاري", "كلينتون", "بحضور", "الوفد"],
        ["وصل", "الوفد", "إلى", "الرياض", "أمس"],
        ["أعلنت", "وزارة", "الداخلية", "السعودية"],
        ["كما", "طالب", "الجبوري", "بالتحقيق"],
    ]
    tags = [
        ["O", "B-PER", "I-PER", "I-PER", "O"],
        ["O", "O", "O", "B-LOC", "O"],
        ["O", "B-ORG", "I-ORG", "I-ORG"],
        ["O", "I-PER", "I-PER", "O"],  # an I- after O opens a person too
    ]
    seen: list[list[str]] = []
    real = P.bio_spans

    def spy(t: list[str]) -> list[tuple[str, int, int]]:
        seen.append(list(t))
        return real(t)

    monkeypatch.setattr(P, "bio_spans", spy)
    out = P.trim_person_tails(sentences, tags)
    assert seen == [tags[0], tags[3]]  # the place and the organisation sentences are not read
    assert out[0] == ["O", "B-PER", "I-PER", "O", "O"] and out[1] == tags[1] and out[2] == tags[2]
    assert out[3] == ["O", "O", "B-PER", "O"]
    # the same tags as reading every sentence, on random tag sequences of the model's labels
    monkeypatch.setattr(P, "bio_spans", real)
    labels = ["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    rng = random.Random(9)
    words = [w for s in sentences for w in s] + ["بن", "سابقا", "للإغاثة", "بوفد"]
    for _ in range(300):
        n = rng.randrange(1, 12)
        sent = [rng.choice(words) for _ in range(n)]
        tag = [rng.choice(labels) for _ in range(n)]
        assert P.trim_person_tails([sent], [tag]) == _reference_trim([sent], [tag])


def _reference_trim(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """trim_person_tails as before round 29 (every sentence's spans read), copied here as the reference."""
    from rasd.ner import propagate as P

    table = P.word_types()
    out = [list(t) for t in tags]
    for sent, sent_tags in zip(sentences, out, strict=True):
        for kind, start, end in P.bio_spans(sent_tags):
            if kind != "PER":
                continue
            if P.led_by_preposition(sent[start], table) and P.ordinary(P._split_preposition(sent[start])[2], table):
                for k in range(start, end):
                    sent_tags[k] = "O"
                continue
            if end - start >= 2 and P.verb_before_name(sent, start):
                sent_tags[start] = "O"
                start += 1
                sent_tags[start] = "B-PER"
            while end - start >= 2 and P._trim_tail(sent[end - 1], table):
                end -= 1
                sent_tags[end] = "O"
            while end - start >= 2 and P._trim_head(sent[start], table):
                sent_tags[start] = "O"
                start += 1
                sent_tags[start] = "B-PER"
    return out


def test_the_fast_tagger_reads_by_name_for_its_first_documents_then_by_code() -> None:
    # (lead, round 29) building the coded copy costs ~0.1 s once: rasd extract of one article (the cold start) reads
    # the model by name, a batch moves to the codes after M.CODED_AFTER documents; the tags are the same either side
    tagger = NERTagger(network=None)
    named = NERTagger(network=None)
    named._by_name_left = 10**9  # never coded
    for i in range(M.CODED_AFTER + 2):
        coded_before = tagger._coded is not None or tagger._direct is not None  # round 37: by id where it can
        assert tagger.tag_document(SENTENCES) == named.tag_document(SENTENCES)
        assert coded_before == (i > M.CODED_AFTER)
    assert (tagger._coded is not None or tagger._direct is not None) and tagger._features._codes is not None
    assert named._coded is None and named._features._codes is None
    assert NERTagger().use_codes() is False  # the accurate mode keeps the names
