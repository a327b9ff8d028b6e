"""The numpy BiLSTM (rasd.ner.neural) and the CRF + network mix (rasd.ner.model)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from rasd.errors import ResourceError
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import MODEL_RESOURCE, NN_RESOURCE, NERTagger, _resource_path, load_tagger
from rasd.ner.neural import NN_RECIPE, NN_TAGS, NeuralTagger, viterbi

SENTENCES = [
    ["قال", "وزير", "الدفاع", "التركي", "خلوصي", "أكار", "إن", "القوات", "التركية", "دخلت", "إدلب", "."],
    ["وأكد", "المرصد", "السوري", "لحقوق", "الإنسان", "مقتل", "خمسة", "مدنيين", "."],
    ["تشوانتشو"],
    [],
    ["وصل", "سيغموند", "فرويد", "إلى", "فيينا", "عام", "1938", "بعد", "رحلة", "طويلة", "من", "باريس", "."],
]


@pytest.fixture(scope="module")
def network() -> NeuralTagger:
    return NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())


def test_log_probs_are_distributions_and_padding_is_zero(network: NeuralTagger) -> None:
    out = network.log_probs(SENTENCES, [frozenset()] * len(SENTENCES))
    assert out.shape == (len(SENTENCES), max(map(len, SENTENCES)), len(NN_TAGS))
    for row, sent in zip(out, SENTENCES, strict=True):
        n = len(sent)
        assert np.allclose(np.exp(row[:n]).sum(axis=1), 1.0, atol=1e-4)
        assert not row[n:].any()


def test_a_sentence_reads_the_same_alone_or_in_a_batch(network: NeuralTagger) -> None:
    batch = network.log_probs(SENTENCES, [frozenset()] * len(SENTENCES))
    for i, sent in enumerate(SENTENCES):
        alone = network.log_probs([sent], [frozenset()])
        assert np.allclose(alone[0, : len(sent)], batch[i, : len(sent)], atol=1e-5)


def test_the_document_cue_changes_the_reading(network: NeuralTagger) -> None:
    sent = [["ويرى", "بالاك", "أن", "الفريق", "قوي"]]
    plain = network.log_probs(sent, [frozenset()])
    cued = network.log_probs(sent, [frozenset({"بالاك"})])
    assert not np.allclose(plain[0, 1], cued[0, 1])


def test_a_full_cache_starts_again_with_the_same_results(
    network: NeuralTagger, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rasd.ner.neural as neural

    before = [network.log_probs([s], [frozenset()]) for s in SENTENCES]
    fresh = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    monkeypatch.setattr(neural, "_CACHE_LIMIT", 8)
    for _ in range(2):  # the cache fills and starts again several times, across calls
        after = [fresh.log_probs([s], [frozenset()]) for s in SENTENCES]
        for a, b in zip(before, after, strict=True):
            assert np.array_equal(a, b)


def test_a_word_reads_the_same_whatever_came_before() -> None:
    """Word vectors are computed one word at a time: bit-identical results in any order (reproducible batches)."""
    one = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    two = NeuralTagger(_resource_path(NN_RESOURCE), FeatureExtractor())
    two.log_probs(SENTENCES[::-1], [frozenset()] * len(SENTENCES))
    for sent in SENTENCES:
        assert np.array_equal(one.log_probs([sent], [frozenset()]), two.log_probs([sent], [frozenset()]))


def test_a_network_of_another_recipe_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "nn.npz"
    np.savez(bad, recipe=np.array("rasd-nn-0"))
    with pytest.raises(ResourceError, match=NN_RECIPE):
        NeuralTagger(bad, FeatureExtractor())
    with pytest.raises(ResourceError, match="cannot read"):
        NeuralTagger(tmp_path / "missing.npz", FeatureExtractor())


def _valid(tags: list[str]) -> bool:
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            return False
        prev = t
    return True


def test_viterbi_finds_the_best_valid_sequence() -> None:
    rng = np.random.default_rng(7)
    lengths = [4, 1, 3, 0]
    scores = rng.normal(size=(len(lengths), 4, len(NN_TAGS))).astype(np.float32)
    for b, n in enumerate(lengths):
        scores[b, n:] = 0.0
    paths = viterbi(scores, lengths)
    for b, n in enumerate(lengths):
        assert len(paths[b]) == n and _valid(paths[b])
        if not n:
            continue
        index = {t: i for i, t in enumerate(NN_TAGS)}
        best = max(
            (seq for seq in itertools.product(NN_TAGS, repeat=n) if _valid(list(seq))),
            key=lambda seq: sum(scores[b, i, index[t]] for i, t in enumerate(seq)),
        )
        assert paths[b] == list(best)


def test_the_two_modes() -> None:
    fast, accurate = load_tagger(), load_tagger(accurate=True)
    assert fast.network is None and accurate.network is not None
    assert load_tagger(accurate=True) is accurate
    for tagger in (fast, accurate):
        tags = tagger.tag_window(SENTENCES)
        assert [len(t) for t in tags] == [len(s) for s in SENTENCES]
        assert all(_valid(t) for t in tags)
    # one sentence through tag() is the window path on a one-sentence window
    assert accurate.tag(SENTENCES[0]) == accurate.tag_window([SENTENCES[0]])[0]
    # several documents in one batch: each tagged as if alone (its own context and document-level steps)
    docs = [SENTENCES[:2], SENTENCES[2:], [["ويرى", "بالاك", "أن", "الفريق", "قوي"]]]
    for tagger in (fast, accurate):
        assert tagger.tag_documents(docs) == [tagger.tag_document(d) for d in docs]


def test_numpy_crf_marginals_equal_crfsuite() -> None:
    """The exported weights + numpy forward-backward give crfsuite's own marginals, in a batch with padding."""
    tagger = load_tagger(accurate=True)
    by_name = NERTagger(network=None)  # crfsuite through pycrfsuite, the model read by name (no document tagged yet)
    crfsuite = by_name._tagger
    features = by_name._features
    sentences = [*SENTENCES, ["ويرى", "بالاك", "أن", "الفريق", "قوي"]]
    context = frozenset({"بالاك"})
    assert tagger._scorer is not None
    ours = np.exp(tagger._scorer.log_marginals(sentences, [context] * len(sentences)))
    for b, tokens in enumerate(sentences):
        if not tokens:
            continue
        crfsuite.set(features.sequence_items(tokens, context))
        ref = np.array([[crfsuite.marginal(t, i) for t in NN_TAGS] for i in range(len(tokens))])
        assert np.allclose(ours[b, : len(tokens)], ref, atol=1e-4)


def test_exported_weights_match_the_model(tmp_path: Path) -> None:
    import shutil

    from rasd.ner.crf import WEIGHTS_SUFFIX, export_weights

    model = tmp_path / "ner.crfsuite"
    shutil.copy(_resource_path(MODEL_RESOURCE), model)
    fresh = export_weights(model, NN_TAGS)
    shipped = _resource_path(MODEL_RESOURCE + WEIGHTS_SUFFIX)
    with np.load(fresh) as a, np.load(shipped) as b:
        assert sorted(a.files) == sorted(b.files)
        for key in a.files:
            assert np.array_equal(a[key], b[key]), f"{key}: the shipped weights are not this model's; re-export"


def test_the_mode_is_a_setting_with_a_clear_error() -> None:
    from rasd.errors import ConfigError
    from rasd.settings import Settings

    assert Settings().ner == "fast"
    assert Settings(ner="accurate").ner == "accurate"
    with pytest.raises(ConfigError, match="--ner"):
        Settings(ner="best")


def test_extract_and_tag_ner_in_both_modes(tmp_path: Path) -> None:
    import argparse
    import io

    import rasd
    from rasd.ner.cli import add_tag_ner_parser, run_tag_ner

    text = "وزير الدفاع التركي يزور دمشق\n\nقال وزير الدفاع التركي خلوصي أكار إن قوات بلاده ستبقى في إدلب."
    for mode in ("fast", "accurate"):
        doc = rasd.extract(text, ner=mode)
        assert not doc.errors
        assert any(e.type == "PER" and "أكار" in doc.text[e.start : e.end] for e in doc.entities), mode
    path = tmp_path / "in.conll"
    path.write_text("قصفت\nقوات\nالنظام\nحلب\n\nوصل\nفرويد\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_tag_ner_parser(parser.add_subparsers())
    for mode in ("fast", "accurate"):
        out = io.StringIO()
        assert run_tag_ner(parser.parse_args(["tag-ner", str(path), "--ner", mode]), out) == 0
        assert len(out.getvalue().split("\n")) == len(path.read_text(encoding="utf-8").split("\n"))
    with pytest.raises(SystemExit):
        parser.parse_args(["tag-ner", str(path), "--ner", "best"])


def test_crf_marginals_the_same_when_the_type_cache_evicts_mid_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch whose new words overflow the CRF's bounded type cache keeps its own words (no KeyError) and scores
    them bit for bit as with a cache that never evicts."""
    import rasd.ner.crf as crf
    from rasd.ner.crf import WEIGHTS_SUFFIX, CRFScorer

    model = _resource_path(MODEL_RESOURCE)
    weights = model.with_name(model.name + WEIGHTS_SUFFIX)
    sentences = [s for s in SENTENCES if s] * 2
    contexts = [frozenset({"بالاك"})] * len(sentences)
    wide = CRFScorer(weights, FeatureExtractor(), NN_TAGS).log_marginals(sentences, contexts)
    monkeypatch.setattr(crf, "_CACHE_LIMIT", 6)
    small = CRFScorer(weights, FeatureExtractor(), NN_TAGS)
    # fill the cache: قال (a word of the batch below) seen once, five other words five times each, so that
    # the most used half kept when the batch's new words overflow the cache would not hold قال
    first = [["قال"], *[["في", "من", "على", "إلى", "عن"]] * 5]
    small.log_marginals(first, [frozenset()] * len(first))
    got = small.log_marginals(sentences, contexts)
    assert np.array_equal(got, wide)
    assert len(small._types) < len({t for s in sentences for t in s}) + 6


def test_the_in_place_recurrence_is_the_textbook_lstm(network: NeuralTagger) -> None:
    """log_probs (gates reordered, both directions in one product, a batch run in place) gives what a plain
    float64 BiLSTM over each sentence alone gives from the same input pre-activations and the weights file."""
    contexts = [frozenset({"بالاك"})] * len(SENTENCES)
    got = network.log_probs(SENTENCES, contexts)
    hdim = network.hidden
    with np.load(_resource_path(NN_RESOURCE)) as z:
        w_hh = {d: z[f"{d}_w_hh"].astype(np.float64) for d in ("fw", "bw")}  # PyTorch order i, f, g, o
        out_w, out_b = z["out_w"].astype(np.float64), z["out_b"].astype(np.float64)
    # the cached input pre-activations are in the order i, f, o, g per direction: back to PyTorch's i, f, g, o
    torch_order = np.r_[0 : 2 * hdim, 3 * hdim : 4 * hdim, 2 * hdim : 3 * hdim]

    def run(xs: np.ndarray, w: np.ndarray) -> np.ndarray:
        h, c, out = np.zeros(hdim), np.zeros(hdim), []
        for x in xs:
            i, f, g, o = np.split(x + w @ h, 4)
            c = (1 / (1 + np.exp(-f))) * c + (1 / (1 + np.exp(-i))) * np.tanh(g)
            h = (1 / (1 + np.exp(-o))) * np.tanh(c)
            out.append(h)
        return np.array(out)

    for b, sent in enumerate(SENTENCES):
        if not sent:
            continue
        rows = [network._index[t] for t in sent]
        gates = network._gates[[r[0] for r in rows]].astype(np.float64)
        gates[[i for i, r in enumerate(rows) if r[1] in contexts[b] or r[2] in contexts[b]]] += network._dn
        fw = run(gates[:, : 4 * hdim][:, torch_order], w_hh["fw"])
        bw = run(gates[::-1, 4 * hdim :][:, torch_order], w_hh["bw"])[::-1]
        logits = np.concatenate([fw, bw], axis=1) @ out_w.T + out_b
        ref = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        assert np.allclose(got[b, : len(sent)], ref, atol=1e-4)


def test_the_network_runs_only_where_the_crf_is_unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cascade: a sentence whose every token the CRF is sure of (marginal >= CASCADE) is decoded from the CRF's
    marginals alone; the network runs on the others only."""
    from rasd.ner.model import CASCADE

    tagger = load_tagger(accurate=True)
    assert tagger.network is not None and tagger._scorer is not None
    sure, unsure = ["وقال", "في", "بيان", "إن", "الوضع", "مستقر", "."], SENTENCES[0]
    sentences = [sure, unsure]
    context = tagger.document_context(sentences)
    best = np.exp(tagger._scorer.log_marginals(sentences, [context] * 2)).max(axis=2)
    assert (best[0, : len(sure)] >= CASCADE).all() and not (best[1, : len(unsure)] >= CASCADE).all()
    seen: list[list[list[str]]] = []
    network_log_probs = tagger.network.log_probs

    def spy(batch: list[list[str]], contexts: list[frozenset[str]]) -> np.ndarray:
        seen.append([list(s) for s in batch])
        return network_log_probs(batch, contexts)

    monkeypatch.setattr(tagger.network, "log_probs", spy)
    tags = tagger.tag_window(sentences)
    assert seen == [[unsure]]
    assert tags[0] == viterbi(tagger._scorer.log_marginals([sure], [context]), [len(sure)])[0]
    assert tags[1] == tagger.tag_window([unsure, sure])[0]  # the same whichever order the sentences come in
