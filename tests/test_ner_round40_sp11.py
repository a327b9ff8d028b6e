"""Round 40 (helper sp11): the accurate mode's cost. A new word's input product is one gemv per direction, the
recurrence's elementwise passes read the gates gate by gate (contiguous), the character convolutions are max-pooled
one position at a time, and the CRF's type vectors add their attributes' rows one place at a time. Every number the
same as round 39's, checked here bit for bit against round 39's formulas (``test_ner_round19_speed.py`` checks
``log_probs`` against round 18's step and ``test_ner_round21_speed.py`` each word's row against its one-row
product)."""

from __future__ import annotations

from itertools import chain, repeat
from pathlib import Path
from typing import cast

import numpy as np
import pytest

from rasd.ner.crf import WEIGHTS_SUFFIX, CRFScorer
from rasd.ner.features import FeatureExtractor, _TupleRecord
from rasd.ner.model import NN_RESOURCE, NERTagger, _resource_path
from rasd.ner.neural import MAX_CHARS, NN_TAGS, NeuralTagger, word_parts

# news-style sentences written for these tests; the longest has 30 tokens, so a batch of them runs many steps with
# 3 or more active sentences (the row-major product) and its last steps with 1 and 2 (the column-major one)
SENTENCES = [
    ["أعلنت", "قيادة", "الشرطة", "في", "محافظة", "الأنبار", "مقتل", "ثلاثة", "عناصر", "من", "الأمن", "بانفجار", "."],
    ["وقال", "المتحدث", "باسم", "الوزارة", "العميد", "سعد", "معن", "إن", "القوات", "تلاحق", "المسلحين", "."],
    ["وصل", "المبعوث", "الأممي", "إلى", "العاصمة", "اليمنية", "صنعاء", "."],
    ["ارتفعت", "أسعار", "النفط", "."],
    [
        *["وذكرت", "مصادر", "محلية", "أن", "اشتباكات", "عنيفة", "اندلعت", "مساء", "أمس", "بين", "قوات", "الجيش"],
        *["ومسلحين", "قبليين", "في", "مديرية", "نهم", "شرق", "العاصمة", "،", "أسفرت", "عن", "سقوط", "قتلى"],
        *["وجرحى", "من", "الطرفين", "بحسب", "شهود", "."],
    ],
    ["وأكد", "الوزير", "أن", "الحكومة", "ماضية", "في", "خططها", "لإعادة", "الإعمار", "."],
    ["قتل", "."],
    ["واستقبل", "رئيس", "الوزراء", "وفدا", "من", "البنك", "الدولي", "برئاسة", "نائب", "الرئيس", "."],
]


@pytest.fixture(scope="module")
def network() -> NeuralTagger:
    return NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())


@pytest.fixture(scope="module")
def scorer() -> CRFScorer:
    return CRFScorer(_weights_path(), NERTagger(network=None)._features, NN_TAGS)


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def test_each_direction_s_matrix_holds_the_whole_product_s_columns(network: NeuralTagger) -> None:
    w_fw, w_bw = network._w_in_dirs
    assert w_fw.flags.c_contiguous and w_bw.flags.c_contiguous
    assert _same_bits(np.concatenate([w_fw, w_bw], axis=1), network._w_in)
    rng = np.random.default_rng(40)
    x = (rng.normal(size=(96, 1, network._w_in.shape[0])) * rng.choice([0.01, 1.0, 6.0], (96, 1, 1))).astype(np.float32)
    x[:, :, rng.integers(0, x.shape[2], 50)] = 0.0  # zeros, as a word's missing cues and unknown characters give
    whole = np.matmul(x, network._w_in)
    halves = np.concatenate([np.matmul(x, w_fw), np.matmul(x, w_bw)], axis=2)
    assert _same_bits(halves, whole)


def _cached_rows(words: list[str]) -> np.ndarray:
    """The word cache's rows of new words, added in one call to a fresh network."""
    fresh = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    fresh._add_words(words)
    return np.stack([fresh._gates[fresh._index[w][0]] for w in words])


def test_a_word_s_row_is_its_whole_one_row_product(network: NeuralTagger) -> None:
    words = list(dict.fromkeys(t for s in SENTENCES for t in s))
    for word, row in zip(words, _cached_rows(words), strict=True):
        norm, pro, stem, cues = word_parts(network._features, word)
        x = np.concatenate(
            [
                network._word_emb[network._stems.get(stem, 1)],
                network._pro_emb[network._procl.get(pro, 0)],
                network._char_features([norm])[0],
                np.array([*cues, 0.0], np.float32),
            ]
        )
        assert _same_bits(row, (x[None] @ network._w_in)[0] + network._b_in), word


def _round39_char_features(network: NeuralTagger, words: list[str]) -> np.ndarray:
    """Round 39's pooling: each width's products reduced along the positions by one ``max(axis=1)``."""
    pad_all = max(k for k, _, _ in network._convs) // 2
    ids = np.zeros((len(words), MAX_CHARS + 2 * pad_all), np.intp)
    for i, norm in enumerate(words):
        row = [network._chars.get(c, 1) for c in norm[:MAX_CHARS]]
        ids[i, pad_all : pad_all + len(row)] = row
    xp = network._char_emb[ids]
    pooled = []
    for k, w, b in network._convs:
        pad = k // 2
        n_out = MAX_CHARS + 2 * pad - k + 1
        start = pad_all - pad
        win = np.concatenate([xp[:, start + i : start + i + n_out] for i in range(k)], axis=2)
        pooled.append(np.maximum(np.matmul(win, w[None]).max(axis=1) + b, 0.0))
    return np.concatenate(pooled, axis=1)


def test_the_pooling_one_position_at_a_time_is_the_reduction_s(network: NeuralTagger) -> None:
    words = ["و", "الأنبار", "بالمفاوضات", "مستشفىالملكفيصلالتخصصي", "UNICEF", "2016", "،", "عبدالرحمن", "ﻻ"]
    assert _same_bits(network._char_features(words), _round39_char_features(network, words))
    assert _same_bits(network._char_features(words[2:3]), _round39_char_features(network, words)[2:3])


def test_a_long_batch_reads_the_same_alone_and_with_others(network: NeuralTagger) -> None:
    """The gate-by-gate passes at every number of running sentences: each sentence's numbers in a batch of all of
    them are those of the same batch order run again, and a sentence alone reads a distribution."""
    contexts = [frozenset({"معن"})] * len(SENTENCES)
    first = network.log_probs(SENTENCES, contexts)
    again = network.log_probs(SENTENCES, contexts)
    assert _same_bits(first, again)
    for b, sent in enumerate(SENTENCES):
        np.testing.assert_allclose(np.exp(first[b, : len(sent)]).sum(axis=1), 1.0, atol=1e-4)
        assert not first[b, len(sent) :].any()


def _round39_type_sums(scorer: CRFScorer, words: list[str]) -> np.ndarray:
    """Round 39's type vectors: every attribute's row gathered into (groups, longest + 1, labels), summed on axis 1."""
    recs = [cast(_TupleRecord, scorer._features.record(w)) for w in words]
    groups = [feats for rec in recs for feats in rec[:5]]
    sizes = np.fromiter(map(len, groups), np.intp, len(groups))
    attr_rows = np.fromiter(
        map(scorer._row.get, chain.from_iterable(groups), repeat(scorer._zero_row)), np.intp, int(sizes.sum())
    )
    longest = int(sizes.max())
    index = np.full((len(groups), longest + 1), scorer._zero_row, np.intp)
    index[:, :longest][np.arange(longest) < sizes[:, None]] = attr_rows
    sums: np.ndarray = scorer._weights_z[index].sum(axis=1).reshape(len(words), 5, -1)
    return sums


def test_the_type_vectors_are_round_39s(scorer: CRFScorer) -> None:
    words = list(dict.fromkeys(t for s in SENTENCES for t in s))
    scorer.emissions(SENTENCES, [frozenset()] * len(SENTENCES))
    want = _round39_type_sums(scorer, words)
    got = np.stack([scorer._vectors[scorer._types[w][0]] for w in words])
    assert _same_bits(got, want)
    # one word alone: its sums do not depend on the longest group of the call
    alone = CRFScorer(_weights_path(), scorer._features, NN_TAGS)
    alone.emissions([["الأنبار"]], [frozenset()])
    assert _same_bits(alone._vectors[alone._types["الأنبار"][0]], want[words.index("الأنبار")])


def _weights_path() -> Path:
    tagger = NERTagger(network=None)
    return tagger.path.with_name(tagger.path.name + WEIGHTS_SUFFIX)
