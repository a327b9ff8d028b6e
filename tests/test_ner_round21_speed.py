"""Round 21 (helper nx4): the accurate mode's cost. New words' input products are matrix products of exactly
``_WORD_CHUNK`` rows (the last one padded with zero rows) instead of a stack of one-row products, and the recurrence
makes its views once per number of running slots. The products give other last bits than round 20's one-row
products (the tags of the bench's 1,000 articles are the same, docs/measurements.md round 21), so what is checked
here is what the project relies on: a word's numbers are the same whatever words share its call or came before,
and equal to the one product they are defined by; the recurrence is checked bit for bit against round 18's code
(``test_ner_round19_speed.py``) and, here, on batches whose number of running sentences changes at every step.

Round 37 (helper nd1): on an AMD EPYC whose OpenBLAS kernel is Haswell's, a row of a 64-row product has other last
bits at rows 0-5 and 6-11 of each 12 and at rows 60-63, so a word's numbers depended on its place in its call; each
word is now its own one-row product (a gemv) again, and the tests below check its place too."""

from __future__ import annotations

import numpy as np
import pytest

import rasd.ner.neural as neural
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import NN_RESOURCE, _resource_path
from rasd.ner.neural import NeuralTagger, word_parts
from tests.test_ner_round19_speed import _round18_log_probs

SENTENCES = [
    ["أكد", "وزير", "الصحة", "توفيق", "الربيعة", "أن", "الوزارة", "رفعت", "جاهزية", "مستشفيات", "المنطقة", "الشرقية"],
    ["وأوضح", "الناطق", "باسم", "التحالف", "العميد", "أحمد", "عسيري", "أن", "المقاتلات", "استهدفت", "مخازن", "أسلحة"],
    ["افتتح", "أمير", "منطقة", "الرياض", "معرض", "الكتاب", "الدولي", "بحضور", "عدد", "من", "السفراء", "."],
    ["وذكرت", "وكالة", "الأنباء", "السعودية", "أن", "الطائرة", "هبطت", "في", "مطار", "الملك", "خالد", "."],
    ["وشارك", "في", "الاجتماع", "ممثلو", "البنك", "الدولي", "وصندوق", "النقد", "العربي", "في", "أبوظبي", "."],
    ["أطلقت", "جماعة", "الحوثي", "صاروخا", "باتجاه", "مدينة", "نجران", "وتم", "اعتراضه", "."],
]
# more words than one chunk, so a call holds full chunks and a padded one
WORDS = list(dict.fromkeys(w for s in SENTENCES for w in s)) + [
    f"{p}{w}"
    for p in ("و", "ب", "ل", "وال", "بال", "فال")
    for w in ("مدرسة", "طريق", "مدينة", "شركة", "جامعة", "سفارة", "ميناء", "محكمة", "قاعدة", "منظمة", "مجلس", "حكومة")
]


@pytest.fixture(scope="module")
def features() -> FeatureExtractor:
    return FeatureExtractor()


def _network(features: FeatureExtractor) -> NeuralTagger:
    return NeuralTagger(_resource_path(NN_RESOURCE), features)


def _row(net: NeuralTagger, word: str) -> np.ndarray:
    row: np.ndarray = net._gates[net._index[word][0]].copy()
    return row


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def test_a_call_holds_full_and_partial_chunks() -> None:
    assert len(WORDS) > 2 * neural._WORD_CHUNK and len(WORDS) % neural._WORD_CHUNK


def test_each_word_is_its_one_row_product(features: FeatureExtractor) -> None:
    net = _network(features)
    net._add_words(WORDS)
    for word in WORDS[:: max(1, len(WORDS) // 40)] + WORDS[-3:]:
        norm, pro, stem, cues = word_parts(features, word)
        x = np.concatenate(
            [
                net._word_emb[net._stems.get(stem, 1)],
                net._pro_emb[net._procl.get(pro, 0)],
                net._char_features([norm])[0],
                np.array([*cues, 0.0], np.float32),
            ]
        )
        expected = x @ net._w_in + net._b_in  # the word's vector times the weights, with no other word
        assert _same_bits(_row(net, word), expected), word
        assert _same_bits((x[None] @ net._w_in)[0] + net._b_in, expected)  # (1, input) rows: the same product


def test_a_word_reads_the_same_in_any_call(features: FeatureExtractor) -> None:
    together = _network(features)
    together._add_words(WORDS)
    alone = _network(features)
    reversed_ = _network(features)
    reversed_._add_words(WORDS[::-1])
    pairs = _network(features)
    for a in range(0, len(WORDS), 2):
        pairs._add_words(WORDS[a : a + 2])
    for word in WORDS:
        alone._add_words([word])
        expected = _row(together, word)
        for other in (alone, reversed_, pairs):
            assert _same_bits(_row(other, word), expected), word


def test_a_word_reads_the_same_at_any_place_of_its_call(features: FeatureExtractor) -> None:
    """Three words at each of 40 places of a call of 73 new words (a full chunk and a partial one, every place of
    a 12-row micro-tile and its tail), beside other words at each place: always the bits each has alone."""
    targets = ["الربيعة", "مستشفيات", "وصندوق"]
    filler = [w for w in WORDS if w not in targets]
    alone = _network(features)
    alone._add_words(targets)
    want = {w: _row(alone, w) for w in targets}
    for place in range(40):
        net = _network(features)
        words = filler[place : place + 70]
        for k, target in enumerate(targets):
            words.insert(min(place + 17 * k, len(words)), target)
        net._add_words(words)
        for target in targets:
            assert _same_bits(_row(net, target), want[target]), (place, target)


def test_log_probs_do_not_depend_on_what_came_before(features: FeatureExtractor) -> None:
    contexts = [frozenset({"عسيري", "الربيعة"})] * len(SENTENCES)
    fresh = _network(features).log_probs(SENTENCES, contexts)
    seasoned = _network(features)
    seasoned.log_probs([WORDS[::-1][:50], WORDS[7:90]], [frozenset(), frozenset()])
    seasoned.log_probs(SENTENCES[3:], contexts[3:])
    assert _same_bits(seasoned.log_probs(SENTENCES, contexts), fresh)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_step_views_give_round_18s_bits(features: FeatureExtractor, seed: int) -> None:
    """Sentences of many lengths (1 to 3 running at the end, a new number of running slots at most steps)."""
    rng = np.random.default_rng(seed)
    pool = [w for s in SENTENCES for w in s]
    sentences = [
        [pool[i] for i in rng.integers(0, len(pool), int(n))] for n in rng.permutation(np.arange(1, 1 + 9 + seed * 5))
    ]
    if seed % 2:
        sentences.append(sentences[-1][:])  # two of the same length
    contexts = [frozenset({"التحالف"}) if i % 3 == 0 else frozenset() for i in range(len(sentences))]
    net = _network(features)
    got = net.log_probs(sentences, contexts)
    assert _same_bits(got, _round18_log_probs(net, sentences, contexts))
