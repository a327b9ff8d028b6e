"""Round 19 (helper nx): the accurate mode's cost. The recurrence on contiguous step-major rows with one tanh over
the four gates, the input pre-activations gathered in one pass, the character windows as a strided view, and the
Viterbi pass only for the sentences whose own best tags are not already the best valid path: every number and
every tag the same as round 18's code gives (checked here bit for bit against that code, copied below)."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner.features import FeatureExtractor
from rasd.ner.model import NN_RESOURCE, _resource_path
from rasd.ner.neural import _FEW_ROWS, MAX_CHARS, NN_TAGS, NeuralTagger, _own_best, _viterbi, viterbi

SENTENCES = [
    ["أعلن", "التحالف", "بقيادة", "السعودية", "اعتراض", "صاروخ", "باليستي", "أطلقه", "الحوثيون", "نحو", "جازان", "."],
    ["وقال", "العقيد", "الركن", "تركي", "المالكي", "إن", "الصاروخ", "سقط", "في", "منطقة", "غير", "مأهولة", "."],
    ["وصل", "ولي", "العهد", "إلى", "القاهرة", "."],
    [],
    ["استقبل", "خادم", "الحرمين", "الشريفين", "الملك", "سلمان", "بن", "عبدالعزيز", "في", "قصر", "اليمامة", "بالرياض"]
    + ["وفدا", "من", "البرلمان", "الأوروبي", "برئاسة", "مارتن", "شولتز", "وبحث", "معه", "العلاقات", "الثنائية", "."],
    ["تراجع", "مؤشر", "السوق", "."],
    ["وأكدت", "منظمة", "الصحة", "العالمية", "تسجيل", "إصابات", "جديدة", "بفيروس", "كورونا", "في", "الطائف", "."],
    ["قتل", "."],
]


@pytest.fixture(scope="module")
def network() -> NeuralTagger:
    return NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())


def _round18_log_probs(net: NeuralTagger, sentences: list[list[str]], contexts: list[frozenset[str]]) -> np.ndarray:
    """Round 18's log_probs after the word cache is filled: the per-sentence input copies, the step on strided views
    with three tanh calls, the per-sentence state copies."""
    net.log_probs(sentences, contexts)  # fills the word cache
    index = net._index
    tokens = [t for s in sentences for t in s]
    lengths = [len(s) for s in sentences]
    steps = max(lengths)
    rows = [index[t] for t in tokens]
    gates = net._gates[[r[0] for r in rows]]
    cued: list[int] = []
    first = 0
    for sent, context in zip(sentences, contexts, strict=True):
        if context:
            cued += [
                first + i for i, r in enumerate(rows[first : first + len(sent)]) if r[2] in context or r[1] in context
            ]
        first += len(sent)
    if cued:
        gates[cued] += net._dn
    hdim = net.hidden
    g4 = 4 * hdim
    batch = len(sentences)
    order = sorted(range(batch), key=lambda b: -lengths[b])
    active = np.searchsorted(-np.array([lengths[b] for b in order]), -np.arange(steps), side="right")
    xs = np.empty((steps, 2, batch, g4), np.float32)
    offsets = np.cumsum([0, *lengths])
    for slot, b in enumerate(order):
        n = lengths[b]
        if not n:
            xs[0, :, slot:] = 0.0
            break
        mat = gates[offsets[b] : offsets[b] + n]
        np.multiply(mat[:, :g4], net._half, out=xs[:n, 0, slot])
        np.multiply(mat[::-1, g4:], net._half, out=xs[:n, 1, slot])
        if n < steps:
            xs[n, :, slot] = 0.0
    c = np.zeros((2, batch, hdim), np.float32)
    hs = np.empty((steps + 1, 2, batch, hdim), np.float32)
    hs[0] = 0.0
    z_buf = np.empty((2, batch, g4), np.float32)
    three = 3 * hdim
    for t in range(steps):
        k = active[t]
        z = z_buf[:, :k]
        np.matmul(hs[t, :, :k], net._w_hh_rows_half if k > _FEW_ROWS else net._w_hh_half, out=z)
        z += xs[t, :, :k]
        sig = z[..., :three]
        np.tanh(sig, out=sig)
        sig += 1.0
        sig *= 0.5
        g = z[..., three:]
        np.tanh(g, out=g)
        g *= z[..., :hdim]
        ck = c[:, :k]
        ck *= z[..., hdim : 2 * hdim]
        ck += g
        hk = hs[t + 1, :, :k]
        np.tanh(ck, out=hk)
        hk *= z[..., 2 * hdim : three]
    feats = np.zeros((batch, steps, 2 * hdim), np.float32)
    for slot, b in enumerate(order):
        n = lengths[b]
        if not n:
            break
        feats[b, :n, :hdim] = hs[1 : n + 1, 0, slot]
        feats[b, :n, hdim:] = hs[n:0:-1, 1, slot]
    logits: np.ndarray = feats @ net._out_w + net._out_b
    logits -= logits.max(axis=2, keepdims=True)
    logits -= np.log(np.exp(logits).sum(axis=2, keepdims=True))
    for b, n in enumerate(lengths):
        logits[b, n:] = 0.0
    return logits


def _round18_char_features(net: NeuralTagger, words: list[str]) -> np.ndarray:
    """Round 18's character convolutions: each width's padded copy and its windows concatenated slice by slice."""
    ids = np.zeros((len(words), MAX_CHARS), np.intp)
    for i, norm in enumerate(words):
        row = [net._chars.get(c, 1) for c in norm[:MAX_CHARS]]
        ids[i, : len(row)] = row
    x = net._char_emb[ids]
    n, _, dim = x.shape
    pooled = []
    for k, w, b in net._convs:
        pad = k // 2
        xp = np.zeros((n, MAX_CHARS + 2 * pad, dim), np.float32)
        xp[:, pad : pad + MAX_CHARS] = x
        n_out = MAX_CHARS + 2 * pad - k + 1
        win = np.concatenate([xp[:, i : i + n_out] for i in range(k)], axis=2)
        pooled.append(np.maximum(np.matmul(win, w[None]).max(axis=1) + b, 0.0))
    return np.concatenate(pooled, axis=1)


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


@pytest.mark.parametrize("picks", [[0, 1, 2, 3, 4, 5, 6, 7], [4], [2, 5], [0, 6, 7], [1, 3], [4, 0, 1, 2, 5, 6]])
def test_log_probs_are_round_18s_bit_for_bit(network: NeuralTagger, picks: list[int]) -> None:
    """Batches of 1 to 8 sentences (an empty one, one of 24 tokens beside short ones: 1 and 2 active rows at the end,
    the column-major product there) read exactly round 18's numbers, padding included."""
    sentences = [SENTENCES[i] for i in picks]
    if not any(sentences):
        return
    contexts = [frozenset({"المالكي", "سلمان"}) if i % 2 else frozenset() for i in range(len(sentences))]
    new = network.log_probs(sentences, contexts)
    assert _same_bits(new, _round18_log_probs(network, sentences, contexts))


def test_one_document_context_cues_the_same_tokens_as_per_sentence_contexts(network: NeuralTagger) -> None:
    context = frozenset({"تركي", "المالكي", "سلمان", "القاهرة"})
    sentences = [s for s in SENTENCES if s]
    shared = network.log_probs(sentences, [context] * len(sentences))
    separate = network.log_probs(sentences, [frozenset(context) for _ in sentences])  # equal sets, other objects
    assert _same_bits(shared, separate)
    assert not _same_bits(shared, network.log_probs(sentences, [frozenset()] * len(sentences)))


def test_the_character_windows_are_round_18s(network: NeuralTagger) -> None:
    words = ["و", "الرياض", "بالاتفاقيات", "مستشفىالملكفيصلالتخصصي", "OPEC", "2015", "؟", "عبدالعزيز", "ﻻ"]
    assert _same_bits(network._char_features(words), _round18_char_features(network, words))
    assert _same_bits(network._char_features(words[3:4]), _round18_char_features(network, words)[3:4])


def _random_batch(rng: np.random.Generator, lengths: list[int], kind: str) -> np.ndarray:
    steps = max(lengths)
    if kind == "log-probs":  # what the mix gives: averaged log-distributions
        logits = rng.normal(scale=rng.choice([0.5, 3.0, 8.0]), size=(len(lengths), steps, len(NN_TAGS)))
        scores = (logits - np.log(np.exp(logits).sum(axis=2, keepdims=True))).astype(np.float32)
    elif kind == "ties":  # whole rows equal, and two tags equal at the top
        scores = np.zeros((len(lengths), steps, len(NN_TAGS)), np.float32)
        scores[:, ::2, 3] = -1.0
        scores[:, 1::3, [1, 5]] = 2.0
    else:  # near-ties: the best tag ahead by less than the float error of a long sum
        scores = rng.normal(size=(len(lengths), steps, len(NN_TAGS))).astype(np.float32)
        top = scores.max(axis=2, keepdims=True)
        scores = np.where(rng.random(scores.shape) < 0.2, top - np.float32(1e-6), scores).astype(np.float32)
    for b, n in enumerate(lengths):
        scores[b, n:] = 0.0
    return scores


@pytest.mark.parametrize("kind", ["log-probs", "ties", "near-ties"])
def test_viterbi_gives_the_full_pass_tags(kind: str) -> None:
    rng = np.random.default_rng(19)
    for _ in range(150):
        lengths = [int(n) for n in rng.integers(0, 40, size=int(rng.integers(1, 12)))]
        if not max(lengths):
            continue
        scores = _random_batch(rng, lengths, kind)
        assert viterbi(scores, lengths) == _viterbi(scores, lengths)


def test_own_best_is_read_off_only_for_a_clear_valid_sequence() -> None:
    tag = {t: i for i, t in enumerate(NN_TAGS)}

    def sentence(tags: list[str], margin: float, level: float) -> np.ndarray:
        rows = np.full((len(tags), len(NN_TAGS)), level - margin, np.float32)
        rows[np.arange(len(tags)), [tag[t] for t in tags]] = level
        return rows

    cases = {
        "clear": (["B-PER", "I-PER", "O", "B-LOC"], 4.0, -0.5, True),
        "I- first": (["I-PER", "O"], 4.0, -0.5, False),
        "I- after another type": (["B-PER", "I-LOC", "O"], 4.0, -0.5, False),
        "I- after O": (["O", "I-ORG"], 4.0, -0.5, False),
        "tie": (["O", "B-ORG", "I-ORG"], 0.0, -0.5, False),
        "tiny margin, tiny sums": (["O", "B-ORG", "I-ORG"], 1e-6, -1e-3, True),
        "margin below the float error of the sums": (["O", "B-ORG", "I-ORG"], 1e-3, -1000.0, False),
    }
    lengths = [len(case[0]) for case in cases.values()] + [0]
    scores = np.zeros((len(lengths), max(lengths), len(NN_TAGS)), np.float32)
    for b, (tags, margin, level, _) in enumerate(cases.values()):
        scores[b, : len(tags)] = sentence(tags, margin, level)
    own, direct = _own_best(scores, lengths)
    assert [bool(d) for d in direct] == [case[3] for case in cases.values()] + [True]
    assert [NN_TAGS[j] for j in own[0, :4]] == cases["clear"][0]
    assert viterbi(scores, lengths) == _viterbi(scores, lengths)
    assert viterbi(scores, lengths)[-1] == []


def test_eviction_moves_each_kept_row_with_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept rows move down in place, a few at a time: each kept word's row still holds its own vector."""
    import rasd.ner.neural as neural

    net = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    words = [s for s in SENTENCES if s]
    net.log_probs(words, [frozenset()] * len(words))
    before = {w: net._gates[row].copy() for w, (row, _, _) in net._index.items()}
    monkeypatch.setattr(neural, "_CACHE_LIMIT", 40)
    monkeypatch.setattr(neural, "_MOVE_CHUNK", 3)
    net._uses.update(["المالكي"] * 5 + ["الرياض"] * 3)  # often used: kept besides this call's words
    net._evict(set(SENTENCES[2]))
    assert len(net._index) <= 20 and {"المالكي", *SENTENCES[2]} <= set(net._index)
    assert sorted(row for row, _, _ in net._index.values()) == list(range(len(net._index)))
    for w, (row, _, _) in net._index.items():
        assert _same_bits(net._gates[row], before[w])
