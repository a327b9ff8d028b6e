"""Round 20 (helper nx3): the accurate mode's cost. The network's word cache drops the oldest types seen in one call
only before the others (their rows reused in place), the input grid is gathered straight from the cache (the
document cue and the sigmoid's halving applied to the gathered slots), the character ids are looked up for all
words at once, and the Viterbi shortcut reads each token's two best scores from a partition. Every number the same
as before: checked here bit for bit (round 19's character lookup is copied below; ``test_ner_round19_speed.py``
checks ``log_probs`` against round 18's code)."""

from __future__ import annotations

import numpy as np
import pytest

import rasd.ner.neural as neural
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import NN_RESOURCE, _resource_path
from rasd.ner.neural import MAX_CHARS, NeuralTagger, _own_best

SENTENCES = [
    ["أعلنت", "وزارة", "الداخلية", "القبض", "على", "خلية", "إرهابية", "في", "محافظة", "القطيف", "."],
    ["وقال", "المتحدث", "الأمني", "اللواء", "منصور", "التركي", "إن", "الخلية", "كانت", "تخطط", "لهجمات", "."],
    ["وصل", "وزير", "الخارجية", "الأمريكي", "جون", "كيري", "إلى", "جدة", "أمس", "."],
    [],
    ["التقى", "وزير", "الخارجية", "عادل", "الجبير", "نظيره", "الأمريكي", "في", "جدة", "."],
    ["ارتفع", "مؤشر", "السوق", "."],
    ["وأعلنت", "الأمم", "المتحدة", "وصول", "قافلة", "مساعدات", "إلى", "مدينة", "تعز", "المحاصرة", "."],
    ["قتل", "."],
]
CONTEXTS = [frozenset({"التركي"})] * 3 + [frozenset()] * 2 + [frozenset({"الجبير", "كيري"})] * 3


@pytest.fixture(scope="module")
def wide() -> NeuralTagger:
    return NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _round19_char_ids(net: NeuralTagger, words: list[str]) -> np.ndarray:
    """Round 19's character ids: one dictionary lookup per character."""
    pad = max(neural.CONV_WIDTHS) // 2
    ids = np.zeros((len(words), MAX_CHARS + 2 * pad), np.intp)
    for i, norm in enumerate(words):
        row = [net._chars.get(c, 1) for c in norm[:MAX_CHARS]]
        ids[i, pad : pad + len(row)] = row
    return ids


def test_character_ids_for_all_words_at_once(wide: NeuralTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    words = [w for s in SENTENCES for w in s] + ["", "Reuters", "كوفيد-19", "😀بيان", "الاستراتيجيةالعسكريةالجديدة"]
    seen: list[np.ndarray] = []
    emb = wide._char_emb

    def record(ids: np.ndarray) -> np.ndarray:
        seen.append(np.asarray(ids).copy())
        out: np.ndarray = emb[ids]
        return out

    class Table:
        def __getitem__(self, ids: np.ndarray) -> np.ndarray:
            return record(ids)

    monkeypatch.setattr(wide, "_char_emb", Table())
    try:
        wide._char_features(words)
        wide._char_features(["بيان\0رسمي", "قال"])  # a word holding NUL: the lookup one character at a time
    finally:
        monkeypatch.setattr(wide, "_char_emb", emb)
    assert np.array_equal(seen[0], _round19_char_ids(wide, words))
    assert np.array_equal(seen[1], _round19_char_ids(wide, ["بيان\0رسمي", "قال"]))
    assert (seen[0][words.index("😀بيان"), 2] == 1) and (seen[0][words.index("")] == 0).all()  # unknown; padding


def test_a_small_cache_gives_the_same_bits_call_after_call(wide: NeuralTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache overflows on most calls (fresh types dropped, rows reused, once a bulk eviction); every output is
    the wide cache's, and every cached word's row holds that word's own numbers."""
    want = [wide.log_probs(SENTENCES[i : i + 3], CONTEXTS[i : i + 3]) for i in range(len(SENTENCES))]
    monkeypatch.setattr(neural, "_CACHE_LIMIT", 24)
    small = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    for _ in range(2):
        for i in range(len(SENTENCES)):
            assert _same_bits(small.log_probs(SENTENCES[i : i + 3], CONTEXTS[i : i + 3]), want[i])
            rows = [row for row, _, _ in small._index.values()]
            assert len(set(rows)) == len(rows) and not set(rows) & set(small._free)
            assert set(small._fresh) <= set(small._index) and set(small._uses) == set(small._index)
            for w, (row, _, _) in small._index.items():
                assert _same_bits(small._gates[row], wide._gates[wide._index[w][0]])


def test_types_seen_in_two_calls_outlive_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neural, "_CACHE_LIMIT", 20)
    net = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    net.log_probs([SENTENCES[0]], [frozenset()])  # 11 fresh types
    net.log_probs([["قال", "وزير", "الداخلية", "."]], [frozenset()])  # الداخلية and "." seen again: kept
    assert "الداخلية" not in net._fresh and "أعلنت" in net._fresh
    net.log_probs([SENTENCES[6]], [frozenset()])  # 10 new types: the oldest fresh ones make room
    assert len(net._index) <= 20
    assert {"الداخلية", ".", *SENTENCES[6]} <= set(net._index)
    assert "أعلنت" not in net._index  # the oldest type seen once went first


def test_a_call_larger_than_the_cache_grows_it(wide: NeuralTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = [s for s in SENTENCES if s]
    want = wide.log_probs(batch, [frozenset()] * len(batch))
    net = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    monkeypatch.setattr(neural, "_CACHE_LIMIT", 5)
    net._gates = net._gates[:5].copy()  # as if allocated at this size
    net._free = list(range(4, -1, -1))
    assert _same_bits(net.log_probs(batch, [frozenset()] * len(batch)), want)
    assert net._gates.shape[0] >= len({w for s in batch for w in s})
    assert _same_bits(net.log_probs(batch[:2], [frozenset()] * 2), wide.log_probs(batch[:2], [frozenset()] * 2))


def _round19_own_best(scores: np.ndarray, lengths: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Round 19's _own_best (the two best scores from a full sort)."""
    batch, steps, _ = scores.shape
    best = scores.argmax(axis=2)
    ordered = np.sort(scores, axis=2)
    margin = ordered[:, :, -1] - ordered[:, :, -2]
    n = np.asarray(lengths, np.intp)
    live = np.arange(steps) < n[:, None]
    total = np.where(live, np.abs(scores).max(axis=2), 0.0).sum(axis=1)
    bound = neural._SAFETY * 2.0 * n * total * 2.0**-24
    ok = np.where(live, margin, np.inf).min(axis=1, initial=np.inf) > bound
    inside = neural._INSIDE[best] & live
    follows = np.zeros((batch, steps), bool)
    follows[:, 1:] = (best[:, :-1] == best[:, 1:] - 1) | (best[:, :-1] == best[:, 1:])
    ok &= ~(inside & ~follows).any(axis=1)
    return best, ok


def test_the_two_best_scores_from_a_partition() -> None:
    rng = np.random.default_rng(20)
    for _ in range(300):
        batch, steps = int(rng.integers(1, 6)), int(rng.integers(1, 9))
        scores = rng.normal(0, 3, (batch, steps, 9)).astype(np.float32)
        scores[rng.random((batch, steps, 9)) < 0.2] = np.float32(1.5)  # ties, among the best too
        lengths = [int(rng.integers(0, steps + 1)) for _ in range(batch)]
        for b, n in enumerate(lengths):
            scores[b, n:] = 0.0
        best, ok = _own_best(scores, lengths)
        want_best, want_ok = _round19_own_best(scores, lengths)
        assert np.array_equal(best, want_best) and np.array_equal(ok, want_ok)
