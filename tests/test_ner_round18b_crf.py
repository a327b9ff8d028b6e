"""Round 18b (helper cr): the CRF marginals of the accurate mode read every attribute row in one pass, the bigrams and
the document cue over the whole batch at once, and run the forward-backward pass time-major; the numbers are the old
ones, bit for bit."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from rasd.ner import crf
from rasd.ner.crf import WEIGHTS_SUFFIX, CRFScorer
from rasd.ner.model import NERTagger
from rasd.ner.neural import NN_TAGS

SENTENCES = [
    [
        "استقبل",
        "خادم",
        "الحرمين",
        "الشريفين",
        "الملك",
        "سلمان",
        "بن",
        "عبدالعزيز",
        "في",
        "جدة",
        "رئيس",
        "وزراء",
        "باكستان",
        ".",
    ],
    ["وأكدت", "وزارة", "الصحة", "في", "بيان", "لها", "أمس", "تسجيل", "حالات", "جديدة", "في", "الرياض", "."],
    ["وصرح", "المتحدث", "باسم", "شرطة", "منطقة", "مكة", "المكرمة", "بأن", "الجهات", "المختصة", "باشرت", "الحادث", "."],
    ["شارك", "المنتخب", "السعودي", "في", "بطولة", "كأس", "الخليج", "."],
    ["انتهى", "."],
    ["وأعلن", "الهلال", "الأحمر", "عن", "نقل", "المصابين", "إلى", "مستشفى", "الملك", "فهد", "في", "الدمام", "."],
]


@pytest.fixture(scope="module")
def tagger() -> NERTagger:
    return NERTagger()


def _scorer(tagger: NERTagger) -> CRFScorer:
    return CRFScorer(tagger.path.with_name(tagger.path.name + WEIGHTS_SUFFIX), tagger._features, NN_TAGS)


def _reference_emissions(sc: CRFScorer, sentence: list[str], context: frozenset[str]) -> np.ndarray:
    """One sentence's label scores, one token at a time, each term added in float32 in the documented order."""
    w = sc._weights
    recs = [sc._features.record(t) for t in sentence]

    def vec(rec: tuple, k: int) -> np.ndarray:
        v = np.zeros(w.shape[1], np.float32)
        for a in rec[k]:
            if a in sc._row:
                v += w[sc._row[a]]
        return v

    n = len(sentence)
    out = np.zeros((n, w.shape[1]), np.float32)
    for i in range(n):
        e = np.zeros(w.shape[1], np.float32)
        e += vec(recs[i], 0)
        for k, d in ((1, -2), (2, -1), (3, 1), (4, 2)):  # the neighbour at i + d seen from i
            if 0 <= i + d < n:
                e += vec(recs[i + d], k)
        if i == 0:
            e += sc._bos
        if i == n - 1:
            e += sc._eos
        if i > 0 and (j := sc._bg_before.get(recs[i - 1][5] + "|" + recs[i][5])) is not None:
            e += w[j]
        if i < n - 1 and (j := sc._bg_after.get(recs[i][5] + "|" + recs[i + 1][5])) is not None:
            e += w[j]
        if context and (recs[i][5] in context or recs[i][6] in context):
            e += sc._dn
        out[i] = e
    return out


def test_emissions_are_the_per_token_sums_bit_for_bit(tagger: NERTagger) -> None:
    sc = _scorer(tagger)
    context = tagger.document_context(SENTENCES)
    contexts = [context, frozenset(), context, context, frozenset(), context]
    e = sc.emissions(SENTENCES, contexts)
    bigrams = cued = 0
    for b, (sent, ctx) in enumerate(zip(SENTENCES, contexts, strict=True)):
        ref = _reference_emissions(sc, sent, ctx)
        np.testing.assert_array_equal(e[b, : len(sent)], ref)
        assert not e[b, len(sent) :].any()
        norms = [sc._features.record(t)[5] for t in sent]
        bigrams += sum(x + "|" + y in sc._bg_before or x + "|" + y in sc._bg_after for x, y in pairwise(norms))
        cued += sum(bool(ctx) and (r[5] in ctx or r[6] in ctx) for r in map(sc._features.record, sent))
    assert bigrams and cued  # the test reads both the bigram rows and the document cue


def test_a_pair_across_two_sentences_is_no_bigram(tagger: NERTagger) -> None:
    sc = _scorer(tagger)
    # a pair the model has a bigram row for, split over two sentences: neither sentence gets its weight
    first, second = SENTENCES[0][:6], SENTENCES[0][6:]
    together = sc.emissions([SENTENCES[0]], [frozenset()])[0]
    apart = sc.emissions([first, second], [frozenset()] * 2)
    np.testing.assert_array_equal(apart[0, : len(first)], _reference_emissions(sc, first, frozenset()))
    np.testing.assert_array_equal(apart[1, : len(second)], _reference_emissions(sc, second, frozenset()))
    assert not np.array_equal(apart[0, len(first) - 1], together[len(first) - 1])  # EOS and the lost neighbours


def test_marginals_match_the_batch_layout_and_sentences_alone(tagger: NERTagger) -> None:
    sc = _scorer(tagger)
    contexts = [frozenset()] * len(SENTENCES)
    batch = sc.log_marginals(SENTENCES, contexts)
    assert batch.flags.c_contiguous and batch.dtype == np.float32
    for b, sent in enumerate(SENTENCES):
        alone = sc.log_marginals([sent], [frozenset()])[0]
        np.testing.assert_allclose(batch[b, : len(sent)], alone, atol=1e-5)
        assert (batch[b, : len(sent)].argmax(axis=1) == alone.argmax(axis=1)).all()
        assert not batch[b, len(sent) :].any()
        probs = np.exp(batch[b, : len(sent)])
        np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)


def test_eviction_keeps_the_same_bits(tagger: NERTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = [frozenset()] * len(SENTENCES)
    want = _scorer(tagger).log_marginals(SENTENCES, contexts)
    monkeypatch.setattr(crf, "_CACHE_LIMIT", 40)  # fewer than the batch's types: the cache starts again
    sc = _scorer(tagger)
    for sent in SENTENCES:
        sc.log_marginals([sent], [frozenset()])
    assert len(sc._types) <= 40 + max(map(len, SENTENCES))
    np.testing.assert_array_equal(sc.log_marginals(SENTENCES, contexts), want)
