"""Round 18 (helper nn): the accurate mode's recurrence reads row-major recurrent weights from 3 active sentences on,
and the sigmoid's halving is done ahead in the weights and the input pre-activations; the numbers are the old ones."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner.features import FeatureExtractor
from rasd.ner.model import NN_RESOURCE, _resource_path
from rasd.ner.neural import _FEW_ROWS, NeuralTagger

SENTENCES = [
    ["أعلنت", "وزارة", "الداخلية", "السعودية", "القبض", "على", "ثلاثة", "مطلوبين", "في", "محافظة", "القطيف", "."],
    ["وقال", "المتحدث", "الأمني", "اللواء", "منصور", "التركي", "إن", "التحقيقات", "مستمرة", "."],
    ["التقى", "وزير", "الخارجية", "عادل", "الجبير", "نظيره", "الأمريكي", "جون", "كيري", "في", "باريس", "."],
    ["وأضاف", "أن", "الاجتماع", "بحث", "الأوضاع", "في", "اليمن", "وسوريا", "."],
    ["وشارك", "في", "المؤتمر", "ممثلون", "عن", "منظمة", "الصحة", "العالمية", "."],
    ["قتل", "جنديان", "."],
    ["وصل", "أمير", "منطقة", "الرياض", "فيصل", "بن", "بندر", "إلى", "مقر", "الحفل", "مساء", "أمس", "."],
]


@pytest.fixture(scope="module")
def network() -> NeuralTagger:
    return NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())


def _old_log_probs(net: NeuralTagger, sentences: list[list[str]]) -> np.ndarray:
    """The step as round 17 ran it: the column-major weights for every product, z halved inside the step."""
    net.log_probs(sentences, [frozenset()] * len(sentences))  # fills the word cache
    hdim, g4 = net.hidden, 4 * net.hidden
    lengths = [len(s) for s in sentences]
    steps, batch = max(lengths), len(sentences)
    order = sorted(range(batch), key=lambda b: -lengths[b])
    active = np.searchsorted(-np.array([lengths[b] for b in order]), -np.arange(steps), side="right")
    xs = np.zeros((steps, 2, batch, g4), np.float32)
    for slot, b in enumerate(order):
        mat = net._gates[[net._index[t][0] for t in sentences[b]]]
        xs[: lengths[b], 0, slot] = mat[:, :g4]
        xs[: lengths[b], 1, slot] = mat[::-1, g4:]
    c = np.zeros((2, batch, hdim), np.float32)
    hs = np.zeros((steps + 1, 2, batch, hdim), np.float32)
    for t in range(steps):
        k = active[t]
        z = np.matmul(hs[t, :, :k], net._w_hh) + xs[t, :, :k]
        sig = 0.5 * (np.tanh(z[..., : 3 * hdim] * np.float32(0.5)) + np.float32(1.0))
        c[:, :k] = sig[..., hdim : 2 * hdim] * c[:, :k] + np.tanh(z[..., 3 * hdim :]) * sig[..., :hdim]
        hs[t + 1, :, :k] = np.tanh(c[:, :k]) * sig[..., 2 * hdim :]
    feats = np.zeros((batch, steps, 2 * hdim), np.float32)
    for slot, b in enumerate(order):
        n = lengths[b]
        feats[b, :n, :hdim] = hs[1 : n + 1, 0, slot]
        feats[b, :n, hdim:] = hs[n:0:-1, 1, slot]
    logits: np.ndarray = feats @ net._out_w + net._out_b
    logits -= logits.max(axis=2, keepdims=True)
    logits -= np.log(np.exp(logits).sum(axis=2, keepdims=True))
    for b, n in enumerate(lengths):
        logits[b, n:] = 0.0
    return logits


def test_the_halved_weights_are_exact_halves(network: NeuralTagger) -> None:
    hdim = network.hidden
    assert np.array_equal(network._w_hh_half[..., : 3 * hdim] * 2, network._w_hh[..., : 3 * hdim])
    assert np.array_equal(network._w_hh_half[..., 3 * hdim :], network._w_hh[..., 3 * hdim :])
    assert np.array_equal(network._w_hh_rows_half, network._w_hh_half)
    assert network._w_hh_rows_half.flags["C_CONTIGUOUS"]  # the layout OpenBLAS packs fast
    assert network._w_hh_half.strides == network._w_hh.strides  # the layout of the 1-2 row products is kept


def test_a_sentence_alone_reads_the_same_bits_as_the_old_step(network: NeuralTagger) -> None:
    """One active sentence takes the column-major product, as before: halving ahead is exact (a power of two)."""
    for sent in SENTENCES:
        assert _FEW_ROWS >= 1
        new = network.log_probs([sent], [frozenset()])
        assert np.array_equal(new, _old_log_probs(network, [sent]))


def test_a_batch_reads_the_old_numbers(network: NeuralTagger) -> None:
    """Several active sentences take the row-major product: the same numbers (on the development machine the same
    bits: OpenBLAS sums the same way for both layouts from 3 rows on; checked on 1,000 articles in the docs)."""
    new = network.log_probs(SENTENCES, [frozenset()] * len(SENTENCES))
    old = _old_log_probs(network, SENTENCES)
    assert np.allclose(new, old, rtol=0.0, atol=1e-6)
    assert (new.argmax(axis=2) == old.argmax(axis=2)).all()
