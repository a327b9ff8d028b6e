"""The CRF's tag marginals computed in numpy from its exported weights (for mixing with the network).

crfsuite gives marginals one ``(label, position)`` call at a time, which cost more than the network itself. The
CRF is linear, so its per-token label scores are sums of per-feature weight vectors; the features of a token are
its own word's features, its neighbours' context features, two bigrams and the document cue
(:meth:`rasd.ner.features.FeatureExtractor.sequence_items`). Each word type's five sums (as the token, and as
the neighbour at -2, -1, +1, +2) are cached, so a sentence's scores are a few array gathers, and the forward-backward
pass runs over a whole document at once.

``scripts/train_ner.py`` writes the weights beside the model (``ner.crfsuite.npz``, :func:`export_weights`):
``labels``, ``attributes`` and ``weights`` (one row per attribute, one column per label), ``transitions``, and the
``source`` and ``license`` of the data behind them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

# isort: off
import rasd.ner._threads  # noqa: F401  (before numpy: one BLAS thread)
import numpy as np

# isort: on

from rasd.errors import ResourceError
from rasd.ner.features import FeatureExtractor, _TupleRecord

WEIGHTS_SUFFIX = ".npz"
_CACHE_LIMIT = 30_000  # word types whose score vectors are kept (~0.5 KB each); then it starts again


def export_weights(model: Path, labels: Sequence[str]) -> Path:
    """Write the state and transition weights of a crfsuite ``model`` to ``<model>.npz``, columns in ``labels``."""
    import pycrfsuite  # type: ignore[import-untyped]

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    info = tagger.info()
    column = {label: j for j, label in enumerate(labels)}
    if set(tagger.labels()) - set(column):
        raise ValueError(f"model {model} has labels {tagger.labels()}, not all in {list(labels)}")
    attributes = sorted({attr for attr, _ in info.state_features})
    row = {attr: i for i, attr in enumerate(attributes)}
    weights = np.zeros((len(attributes), len(labels)), np.float32)
    for (attr, label), w in info.state_features.items():
        if label in column:
            weights[row[attr], column[label]] = w
    transitions = np.zeros((len(labels), len(labels)), np.float32)  # a pair the model has no weight for: 0
    for (a, b), w in info.transitions.items():
        if a in column and b in column:
            transitions[column[a], column[b]] = w
    out = model.with_name(model.name + WEIGHTS_SUFFIX)
    from rasd.ner.neural import PROVENANCE

    arrays: dict[str, Any] = {
        "labels": np.array(list(labels)),
        "attributes": np.array(attributes),
        "weights": weights,
        "transitions": transitions,
        **{k: np.array(v) for k, v in PROVENANCE.items()},
    }
    np.savez_compressed(out, **arrays)
    return out


class CRFScorer:
    """Per-token log-marginals of the CRF over ``labels``, from the exported weights.

    Args:
        path: the ``ner.crfsuite.npz`` file.
        features: the feature extractor the model was trained with (its per-type records are reused).
        labels: the label order wanted (must be the file's).

    Raises:
        ResourceError: the file is missing, unreadable or has other labels.
    """

    def __init__(self, path: Path, features: FeatureExtractor, labels: Sequence[str]) -> None:
        try:
            with np.load(path, allow_pickle=False) as z:
                data: dict[str, Any] = {k: z[k] for k in z.files}
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot read CRF weights {str(path)!r}: {exc}; run scripts/train_ner.py") from exc
        if [str(x) for x in data["labels"]] != list(labels):
            raise ResourceError(f"CRF weights {str(path)!r} have labels {list(data['labels'])}, expected {labels}")
        self._features = features
        weights = data["weights"].astype(np.float32)
        # one zero row after the weights (what each feature group ends with, see _add_types); _weights is a view
        self._weights_z = np.vstack([weights, np.zeros((1, weights.shape[1]), np.float32)])
        self._weights = self._weights_z[:-1]
        self._trans = data["transitions"].astype(np.float32)
        self._exp_trans = np.exp(self._trans - self._trans.max())
        self._row = {str(a).encode("utf-8"): i for i, a in enumerate(data["attributes"])}
        zero = np.zeros(len(labels), np.float32)
        self._zero = zero
        self._zero_row = len(self._weights)
        self._bos = self._vector((b"BOS",))
        self._eos = self._vector((b"EOS",))
        self._dn = self._vector((b"dn",))
        self._bg_before = {k[4:].decode("utf-8"): i for k, i in self._row.items() if k.startswith(b"bg-=")}
        self._bg_after = {k[4:].decode("utf-8"): i for k, i in self._row.items() if k.startswith(b"bg+=")}
        # every form that can start a pair of either table (the key before one of its "|") and every form that can
        # end one: a pair whose first form is not in the first set or second not in the second has no row
        keys = [*self._bg_before, *self._bg_after]
        self._bg_first = {k[:i] for k in keys for i, ch in enumerate(k) if ch == "|"}
        self._bg_second = {k[i + 1 :] for k in keys for i, ch in enumerate(k) if ch == "|"}
        # word type -> (its row of _vectors, normalized form, stem, 1 if the form can start a bigram pair + 2 if it
        # can end one); a row holds the type's 5 score vectors: own, and as the neighbour at -2, -1, +1, +2 of the
        # scored token. Row 0 stays zero (what padding gathers).
        self._types: dict[str, tuple[int, str, str, int]] = {}
        self._vectors = np.zeros((1024, 5, len(labels)), np.float32)
        self._uses: Counter[str] = Counter()

    def _vector(self, attrs: Sequence[bytes]) -> np.ndarray:
        rows = [i for a in attrs if (i := self._row.get(a)) is not None]
        out: np.ndarray = self._weights[rows].sum(axis=0) if rows else np.zeros(self._weights.shape[1], np.float32)
        return out

    def _add_types(self, words: Sequence[str], keep: Collection[str] = ()) -> None:
        """Compute and cache the five score vectors of new word types, all in one sum.

        Each vector is the sum of its attributes' weight rows, added in the order of the record and padded with
        zero rows: the same bits as summing that word's rows alone.
        """
        if len(self._types) + len(words) > _CACHE_LIMIT:  # bounded: keep the most used half (older counts halved)
            types = self._types
            # most_common's order (a stable sort by count, highest first) from one C sort: ~2x faster than its heap
            ranked = sorted(self._uses.items(), key=itemgetter(1), reverse=True)[: _CACHE_LIMIT // 2]
            kept = dict.fromkeys(w for w, _ in ranked if w in types)
            kept.update(dict.fromkeys(w for w in keep if w in types))  # the batch being scored stays
            rows = [types[w][0] for w in kept]
            self._vectors[1 : len(rows) + 1] = self._vectors[rows]
            self._types = {w: (i, *types[w][1:]) for i, w in enumerate(kept, 1)}
            self._uses = Counter({w: self._uses[w] // 2 for w in kept})
        record = self._features.record
        recs = [cast(_TupleRecord, record(w)) for w in words]  # the accurate mode's extractor holds tuples
        groups = [feats for rec in recs for feats in rec[:5]]
        sizes = np.fromiter(map(len, groups), np.intp, len(groups))
        # every attribute's row in one pass, an attribute the model lacks reading the zero row in its place
        attr_rows = np.fromiter(
            map(self._row.get, chain.from_iterable(groups), repeat(self._zero_row)), np.intp, int(sizes.sum())
        )
        # (groups, longest, labels) gathered rows, padded with the zero row, summed along the rows: per group the
        # same additions in the same order as one group at a time (a zero added is exact)
        longest = int(sizes.max())
        index = np.full((longest + 1, len(groups)), self._zero_row, np.intp)
        index[:longest].T[np.arange(longest) < sizes[:, None]] = attr_rows
        # the rows added one place at a time, in order: the additions of a sum over the gathered (groups, longest + 1,
        # labels) rows along axis 1 (numpy reduces that axis row after row), without gathering them all first and
        # without that reduction's small inner loops (~1.8x faster, round 40)
        weights = self._weights_z
        sums = weights[index[0]]  # (5 * len(words), labels)
        for place in index[1:]:
            sums += weights[place]
        types = self._types
        first = len(types) + 1
        need = first + len(words)
        if need > len(self._vectors):
            grown = np.zeros(
                (max(need, min(2 * len(self._vectors), _CACHE_LIMIT + 1)), *self._vectors.shape[1:]), np.float32
            )
            grown[:first] = self._vectors[:first]
            self._vectors = grown
        self._vectors[first:need] = sums.reshape(len(words), 5, -1)
        first_forms, second_forms = self._bg_first, self._bg_second
        for k, (word, rec) in enumerate(zip(words, recs, strict=True), first):
            types[word] = (k, rec[5], rec[6], (rec[5] in first_forms) + 2 * (rec[5] in second_forms))

    def emissions(self, sentences: Sequence[Sequence[str]], contexts: Sequence[frozenset[str]]) -> np.ndarray:
        """Label scores of every token, (n_sentences, longest, labels); 0 past each sentence's end.

        ``contexts`` gives each sentence its document's context (the ``dn`` cue, see ``document_context``).
        The whole batch is summed at once, each token's terms in the same order as one sentence at a time (own
        word, the neighbours at -2, -1, +1, +2, BOS, EOS, the bigrams before and after it, the document cue).
        """
        labels = self._weights.shape[1]
        lengths = [len(s) for s in sentences]
        steps = max(lengths, default=0)
        batch = len(sentences)
        if not steps:
            return np.zeros((batch, 0, labels), np.float32)
        tokens = [t for s in sentences for t in s]
        self._uses.update(tokens)
        types = self._types
        new = [t for t in dict.fromkeys(tokens) if t not in types]
        if new:
            self._add_types(new, keep=set(tokens))
            types = self._types
        recs = [types[t] for t in tokens]
        # each token's row of the type vectors (row 0, zeros, past a sentence's end), gathered into (batch, steps,
        # 5, labels); a mask fills row by row, in the order of ``tokens``
        sizes = np.array(lengths)
        live = np.arange(steps) < sizes[:, None]
        pos = np.zeros((batch, steps), np.intp)
        pos[live] = np.fromiter(map(itemgetter(0), recs), np.intp, len(recs))
        parts = self._vectors[pos]
        e = np.zeros((batch, steps, labels), np.float32)
        e += parts[:, :, 0]
        e[:, 2:] += parts[:, :-2, 1]
        e[:, 1:] += parts[:, :-1, 2]
        e[:, :-1] += parts[:, 1:, 3]
        e[:, :-2] += parts[:, 2:, 4]
        rows = np.arange(batch)
        ends = sizes - 1
        e[:, 0] += self._bos
        e[rows, ends] += self._eos
        # bigrams (a row where the model has the pair) and the document cue, each as one addition per token. The
        # pairs are read over the whole batch at once; flat token k is (sentence at[k], position at_i[k]), and a pair
        # across two sentences is not one. Only the pairs whose forms can start and end a pair are looked up
        at = np.repeat(rows, sizes)
        at_i = np.arange(len(recs)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        sides = np.fromiter(map(itemgetter(3), recs), np.intp, len(recs))
        maybe = np.flatnonzero((sides[:-1] & 1 == 1) & (sides[1:] >= 2) & (at[:-1] == at[1:]))
        norms = list(map(itemgetter(1), recs))
        pairs = [norms[k] + "|" + norms[k + 1] for k in maybe.tolist()]
        for table, shift in ((self._bg_before, 1), (self._bg_after, 0)):
            js = np.fromiter(map(table.get, pairs, repeat(-1)), np.intp, len(pairs))  # -1: no row for the pair
            has = js >= 0
            ks = maybe[has]  # the first token of each pair that has a row
            js = js[has]
            if len(ks):
                flat = ks + shift  # the token the pair's weight goes to
                add = np.zeros_like(e)
                add[at[flat], at_i[flat]] = self._weights[js]
                e += add
        token_contexts = chain.from_iterable(map(repeat, contexts, lengths))
        cued = [k for k, (r, c) in enumerate(zip(recs, token_contexts, strict=True)) if c and (r[1] in c or r[2] in c)]
        if cued:
            add = np.zeros_like(e)
            add[at[cued], at_i[cued]] = self._dn
            e += add
        e[~live] = 0.0
        return e

    def log_marginals(self, sentences: Sequence[Sequence[str]], contexts: Sequence[frozenset[str]]) -> np.ndarray:
        """log P(label at token) under the CRF for every token, (n_sentences, longest, labels); 0 past the end."""
        emit = self.emissions(sentences, contexts)
        batch, steps, labels = emit.shape
        if not steps:
            return emit
        lengths = np.array([len(s) for s in sentences])
        # scaled forward-backward in probability space; each step is normalized to keep it in range. Time-major
        # (steps, batch, labels): each step's rows are contiguous; past a sentence's end emit is 0, so pe is 1
        emit_t = np.ascontiguousarray(emit.transpose(1, 0, 2))
        pe = np.exp(emit_t - emit_t.max(axis=2, keepdims=True))
        # The forward and the backward pass run together, one step of each per iteration (one call of each numpy
        # operation for both). The backward pass is kept end-aligned: its step k is each sentence's token
        # length - 1 - k, so every sentence starts it at k = 0 with beta = 1 and no mask is needed (rows past a
        # sentence's start are not read). Slot [k, 0] holds alpha at token k, [k, 1] beta at token length - 1 - k.
        # Each row sees the operations of the separate passes (alpha times 1 before the product, the backward
        # product times 1 after it: exact), so the marginals have the same bits.
        ks = np.arange(steps)[:, None]
        back = np.where(ks < lengths, lengths - 1 - ks, steps - 1)  # (steps, batch) token of step k; past: pe 1
        rows = np.arange(batch)
        state = np.empty((steps, 2, batch, labels), np.float32)
        before = np.ones_like(state)  # what each step's input is multiplied by before the product
        before[1:, 1] = pe[back[:-1], rows]
        after = np.ones_like(state)  # and its product after it
        after[:, 0] = pe
        trans = np.stack([self._exp_trans, self._exp_trans.T])
        reduce = np.add.reduce
        total = np.empty((2, batch, 1), np.float32)
        np.divide(pe[0], reduce(pe[0], axis=1, keepdims=True, out=total[0]), out=state[0, 0])
        state[0, 1] = 1.0
        x = np.empty((2, batch, labels), np.float32)
        buf = np.empty_like(x)
        multiply, matmul, divide = np.multiply, np.matmul, np.divide
        # one sentence: numpy multiplies a single row by the matrix with gemv, whose bits depend on the matrix's
        # layout; the backward product then keeps the transposed view of the separate pass (two calls)
        tr, tr_t = self._exp_trans, self._exp_trans.T
        for k in range(1, steps):
            multiply(state[k - 1], before[k], out=x)
            if batch > 1:
                matmul(x, trans, out=buf)
            else:
                matmul(x[0], tr, out=buf[0])
                matmul(x[1], tr_t, out=buf[1])
            multiply(buf, after[k], out=buf)
            divide(buf, reduce(buf, axis=2, keepdims=True, out=total), out=state[k])
        beta = state[:, 1][back, rows]  # back to token order (past the end: a row not read)
        marg = state[:, 0] * beta
        marg /= marg.sum(axis=2, keepdims=True)
        out: np.ndarray = np.log(marg + 1e-6).transpose(1, 0, 2).copy()
        out[np.arange(steps) >= lengths[:, None]] = 0.0
        return out
