"""Round 19b (helper nx2): the CRF marginals run the forward and the backward pass together (one numpy call of each
operation per step for both, the backward pass end-aligned), and the bigram rows are looked up only for pairs whose
forms can start and end one; the marginals are round 18b's, bit for bit."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from rasd.ner.crf import WEIGHTS_SUFFIX, CRFScorer
from rasd.ner.model import NERTagger
from rasd.ner.neural import NN_TAGS

SENTENCES = [
    [
        "أعلنت",
        "وزارة",
        "الداخلية",
        "في",
        "بيان",
        "لها",
        "اليوم",
        "القبض",
        "على",
        "خلية",
        "إرهابية",
        "في",
        "القطيف",
        ".",
    ],
    ["وقال", "المتحدث", "الأمني", "اللواء", "منصور", "التركي", "إن", "التحقيقات", "مستمرة", "."],
    [],
    ["وصل", "الرئيس", "اليمني", "عبدربه", "منصور", "هادي", "إلى", "الرياض", "مساء", "أمس", "."],
    ["شكرا", "."],
    ["واستقبل", "أمير", "منطقة", "تبوك", "الأمير", "فهد", "بن", "سلطان", "مدير", "جامعة", "تبوك", "في", "مكتبه", "."],
]


def _old_log_marginals(emit: np.ndarray, lengths: np.ndarray, exp_trans: np.ndarray) -> np.ndarray:
    """Round 18b's forward-backward pass (src/rasd/ner/crf.py before round 19b), copied as it was."""
    steps = emit.shape[1]
    if not steps:
        return emit
    emit_t = np.ascontiguousarray(emit.transpose(1, 0, 2))
    pe = np.exp(emit_t - emit_t.max(axis=2, keepdims=True))
    tr, tr_t = exp_trans, exp_trans.T
    alpha = np.empty_like(pe)
    a = pe[0]
    total = np.empty((len(a), 1), np.float32)
    reduce = np.add.reduce
    np.divide(a, reduce(a, axis=1, keepdims=True, out=total), out=alpha[0])
    buf = np.empty_like(a)
    for t in range(1, steps):
        np.matmul(alpha[t - 1], tr, out=buf)
        buf *= pe[t]
        np.divide(buf, reduce(buf, axis=1, keepdims=True, out=total), out=alpha[t])
    beta = np.ones_like(pe)
    live = (np.arange(1, steps + 1)[:, None] < lengths[None, :])[:, :, None]  # the next token exists
    prod = np.empty_like(a)
    for t in range(steps - 2, -1, -1):
        np.multiply(pe[t + 1], beta[t + 1], out=prod)
        np.matmul(prod, tr_t, out=buf)
        buf /= reduce(buf, axis=1, keepdims=True, out=total)
        np.copyto(beta[t], buf, where=live[t])
    marg = alpha * beta
    marg /= marg.sum(axis=2, keepdims=True)
    out: np.ndarray = np.log(marg + 1e-6).transpose(1, 0, 2).copy()
    out[np.arange(steps) >= lengths[:, None]] = 0.0
    return out


@pytest.fixture(scope="module")
def scorer() -> CRFScorer:
    tagger = NERTagger()
    return CRFScorer(tagger.path.with_name(tagger.path.name + WEIGHTS_SUFFIX), tagger._features, NN_TAGS)


def _same_as_before(sc: CRFScorer, sentences: list[list[str]], contexts: list[frozenset[str]]) -> np.ndarray:
    got = sc.log_marginals(sentences, contexts)
    emit = sc.emissions(sentences, contexts)
    want = _old_log_marginals(emit, np.array([len(s) for s in sentences]), sc._exp_trans)
    assert got.dtype == want.dtype and got.shape == want.shape and got.flags.c_contiguous
    assert got.tobytes() == want.tobytes()
    return got


def test_marginals_of_news_sentences_keep_their_bits(scorer: CRFScorer) -> None:
    tagger = NERTagger(network=None)
    context = tagger.document_context(SENTENCES)
    contexts = [context] * len(SENTENCES)
    got = _same_as_before(scorer, SENTENCES, contexts)
    for b, sent in enumerate(SENTENCES):
        assert not got[b, len(sent) :].any()
        if sent:
            np.testing.assert_allclose(np.exp(got[b, : len(sent)]).sum(axis=1), 1.0, atol=1e-4)
    # one sentence alone (numpy's one-row product), two, the empty one with another, and sorted longest last
    for part in ([SENTENCES[0]], [SENTENCES[4]], SENTENCES[:2], SENTENCES[2:4], sorted(SENTENCES, key=len)):
        _same_as_before(scorer, part, [context] * len(part))
    assert scorer.log_marginals([[], []], [frozenset()] * 2).shape == (2, 0, len(NN_TAGS))


@pytest.mark.parametrize("seed", range(4))
def test_marginals_of_random_scores_keep_their_bits(
    scorer: CRFScorer, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    for trial in range(40):
        batch, steps = int(rng.integers(1, 70)), int(rng.integers(1, 60))
        lengths = rng.integers(0, steps + 1, batch)
        lengths[rng.integers(batch)] = steps
        if trial % 2:
            lengths.sort()
        scale = (0.5, 4.0, 40.0, 300.0)[trial % 4]  # flat to peaked distributions, far from and near underflow
        emit = (rng.standard_normal((batch, steps, len(NN_TAGS))) * scale).astype(np.float32)
        emit[np.arange(steps) >= lengths[:, None]] = 0.0
        monkeypatch.setattr(scorer, "emissions", lambda s, c, e=emit: e.copy())
        sentences = [["x"] * int(n) for n in lengths]
        got = scorer.log_marginals(sentences, [frozenset()] * batch)
        assert got.tobytes() == _old_log_marginals(emit.copy(), lengths, scorer._exp_trans).tobytes()


def test_every_bigram_pair_is_among_the_pairs_looked_up(scorer: CRFScorer) -> None:
    # the forms that can start or end a pair come from every "|" of every key (a form may hold a "|" itself)
    for key in [*scorer._bg_before, *scorer._bg_after]:
        for i, ch in enumerate(key):
            if ch == "|":
                assert key[:i] in scorer._bg_first and key[i + 1 :] in scorer._bg_second
    scorer.emissions(SENTENCES, [frozenset()] * len(SENTENCES))
    found = 0
    for sent in SENTENCES:
        for x, y in pairwise(sent):
            (_, nx, _, sx), (_, ny, _, sy) = scorer._types[x], scorer._types[y]
            if nx + "|" + ny in scorer._bg_before or nx + "|" + ny in scorer._bg_after:
                found += 1
                assert sx & 1 and sy >= 2  # a pair with a row is always a candidate
    assert found  # the sentences have pairs the model weighs
