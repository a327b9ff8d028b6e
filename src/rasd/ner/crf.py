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

The fast mode's tags are the CRF's best path (crfsuite's ``Tagger.tag``), decoded here too (:class:`CRFDecoder`):
the same scores in float64 from the weights of the model file itself, and a Viterbi pass over a document's
sentences at once.
"""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

# isort: off
import rasd.ner._threads  # noqa: F401  (before numpy: one BLAS thread)
import numpy as np

# isort: on

from rasd.errors import ResourceError
from rasd.ner.features import FeatureExtractor

WEIGHTS_SUFFIX = ".npz"
_CACHE_LIMIT = 30_000  # word types whose score vectors are kept (~0.5 KB each); then it starts again
#: Padded token slots per Viterbi batch of the fast mode (bounded memory for a sentence of thousands of tokens).
_DECODE_SLOTS = 8192
# crfsuite's CRF1d model file (crf1d_model.c): a header, then the features (type, source, destination, weight as a
# double; type 0: attribute -> label, 1: label -> label) and the label and attribute names, each a CQDB database
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb_keys(buf: bytes, at: int) -> list[bytes]:
    """The keys of the CQDB database at ``at``, by id (its backward array: each id's record, at an offset)."""
    chunk, _, _, _, size, offset = struct.unpack_from("<4sIIIII", buf, at)
    if chunk != b"CQDB":
        raise ValueError(f"no CQDB database at {at}")
    records = np.frombuffer(buf, "<u4", size, at + offset).astype(np.intp) + at
    view = np.frombuffer(buf, np.uint8)
    lengths = view[records[:, None] + np.arange(4, 8)].astype(np.intp) @ (1 << np.arange(0, 32, 8))  # key + NUL
    return [buf[r + 8 : r + 7 + n] for r, n in zip(records.tolist(), lengths.tolist(), strict=True)]


def read_model(model: Path) -> tuple[list[str], list[bytes], np.ndarray, np.ndarray]:
    """A crfsuite model's labels (in crfsuite's order), attribute names (UTF-8 bytes, by id), state weights
    (attributes, labels) and transitions (labels, labels), as the doubles crfsuite scores with.

    Raises:
        ResourceError: the file is missing or not a crfsuite CRF1d model.
    """
    try:
        buf = model.read_bytes()
        magic, _, kind, _, _, n_labels, n_attrs, at_features, at_labels, at_attrs, _, _ = _HEADER.unpack_from(buf)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        chunk, _, n_features = struct.unpack_from("<4sII", buf, at_features)
        if chunk != b"FEAT":
            raise ValueError("no feature chunk")
        features = np.frombuffer(buf, _FEATURE, n_features, at_features + 12)
        labels = [k.decode("utf-8") for k in _cqdb_keys(buf, at_labels)]
        attributes = _cqdb_keys(buf, at_attrs)
        if len(labels) != n_labels or len(attributes) != n_attrs:
            raise ValueError("label or attribute count differs from the header's")
        state = features[features["type"] == 0]
        trans = features[features["type"] == 1]
        weights = np.zeros((n_attrs, n_labels), np.float64)
        weights[state["src"], state["dst"]] = state["weight"]
        transitions = np.zeros((n_labels, n_labels), np.float64)
        transitions[trans["src"], trans["dst"]] = trans["weight"]
    except (OSError, ValueError, IndexError, struct.error) as exc:
        raise ResourceError(f"cannot read NER model {str(model)!r}: {exc}; retrain or reinstall it") from exc
    return labels, attributes, weights, transitions


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
        self._setup(
            features,
            [str(a).encode("utf-8") for a in data["attributes"]],
            data["weights"].astype(np.float32),
            data["transitions"].astype(np.float32),
        )

    def _setup(
        self, features: FeatureExtractor, attributes: Sequence[bytes], weights: np.ndarray, transitions: np.ndarray
    ) -> None:
        """The tables of the scorer from the model's attributes (UTF-8 bytes, one per weight row), state weights
        (attributes, labels) and transitions (labels, labels); scores are computed in the weights' dtype."""
        self._features = features
        self._dtype = weights.dtype
        # one zero row after the weights (what each feature group ends with, see _add_types); _weights is a view
        self._weights_z = np.vstack([weights, np.zeros((1, weights.shape[1]), self._dtype)])
        self._weights = self._weights_z[:-1]
        self._trans = transitions
        self._exp_trans = np.exp(self._trans - self._trans.max())
        self._row = {a: i for i, a in enumerate(attributes)}
        zero = np.zeros(weights.shape[1], self._dtype)
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
        self._vectors = np.zeros((1024, 5, weights.shape[1]), self._dtype)
        self._uses: Counter[str] = Counter()

    def _vector(self, attrs: Sequence[bytes]) -> np.ndarray:
        rows = [i for a in attrs if (i := self._row.get(a)) is not None]
        out: np.ndarray = self._weights[rows].sum(axis=0) if rows else np.zeros(self._weights.shape[1], self._dtype)
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
        recs = [record(w) for w in words]
        groups = [feats for rec in recs for feats in rec[:5]]
        sizes = np.fromiter(map(len, groups), np.intp, len(groups))
        # every attribute's row in one pass, an attribute the model lacks reading the zero row in its place
        attr_rows = np.fromiter(
            map(self._row.get, chain.from_iterable(groups), repeat(self._zero_row)), np.intp, int(sizes.sum())
        )
        sums = self._group_sums(attr_rows, sizes)  # (5 * len(words), labels)
        types = self._types
        first = len(types) + 1
        need = first + len(words)
        if need > len(self._vectors):
            grown = np.zeros(
                (max(need, min(2 * len(self._vectors), _CACHE_LIMIT + 1)), *self._vectors.shape[1:]), self._dtype
            )
            grown[:first] = self._vectors[:first]
            self._vectors = grown
        self._vectors[first:need] = sums.reshape(len(words), 5, -1)
        first_forms, second_forms = self._bg_first, self._bg_second
        for k, (word, rec) in enumerate(zip(words, recs, strict=True), first):
            types[word] = (k, rec[5], rec[6], (rec[5] in first_forms) + 2 * (rec[5] in second_forms))

    def _group_sums(self, attr_rows: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """The sums of the weight rows of consecutive groups of ``attr_rows`` (group k has ``sizes[k]`` rows)."""
        # (groups, longest, labels) gathered rows, padded with the zero row, summed along the rows: per group the
        # same additions in the same order as one group at a time (a zero added is exact)
        longest = int(sizes.max())
        index = np.full((len(sizes), longest + 1), self._zero_row, np.intp)
        index[:, :longest][np.arange(longest) < sizes[:, None]] = attr_rows
        sums: np.ndarray = self._weights_z[index].sum(axis=1)
        return sums

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
            return np.zeros((batch, 0, labels), self._dtype)
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
        e = np.zeros((batch, steps, labels), self._dtype)
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
                flat = ks + shift  # the token the pair's weight goes to (one pair of a table per token)
                e[at[flat], at_i[flat]] += self._weights[js]
        token_contexts = chain.from_iterable(map(repeat, contexts, lengths))
        cued = [k for k, (r, c) in enumerate(zip(recs, token_contexts, strict=True)) if c and (r[1] in c or r[2] in c)]
        if cued:
            e[at[cued], at_i[cued]] += self._dn
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


class CRFDecoder(CRFScorer):
    """crfsuite's own tags (``Tagger.tag``: the Viterbi path) from the model file, for a batch of sentences at once.

    The model's double weights are read from the file (:func:`read_model`), the label scores of every token are
    :meth:`CRFScorer.emissions` in float64 and the best path is found for all sentences together, step by step, with
    crfsuite's tie rule (the first label in crfsuite's order wins a tie). Only the additions of a token's weights may
    run in another order than crfsuite's, which moves the last bit of a score: the tags of the 651,520 tokens of the
    bench's 1,000 articles are crfsuite's, every one (docs/measurements.md, round 23).

    Args:
        model: the crfsuite model file.
        features: the feature extractor the model was trained with.
    """

    def __init__(self, model: Path, features: FeatureExtractor) -> None:
        labels, attributes, weights, transitions = read_model(model)
        self.labels = labels
        self._setup(features, attributes, weights, transitions)

    def _group_sums(self, attr_rows: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        # the gathered rows without padding, summed group by group with np.add.reduceat (several times faster than
        # the padded sum; other bits than it in float32, which the fast mode does not use); an empty group is zero,
        # and the zero row after the last keeps every group's start inside the rows
        starts = np.zeros(len(sizes), np.intp)
        np.cumsum(sizes[:-1], out=starts[1:])
        sums: np.ndarray = np.add.reduceat(self._weights_z[np.append(attr_rows, self._zero_row)], starts, axis=0)
        sums[sizes == 0] = 0.0
        return sums

    def tag(self, sentences: Sequence[Sequence[str]], contexts: Sequence[frozenset[str]]) -> list[list[str]]:
        """The best label path of each sentence (an empty sentence gets an empty list).

        ``contexts`` gives each sentence its document's context (the ``dn`` cue, see ``document_context``).
        """
        # longest first, so that the sentences still running at each step are a prefix of the batch; batches of at
        # most _DECODE_SLOTS padded slots
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        out: list[list[str]] = [[] for _ in sentences]
        labels = self.labels
        first = 0
        while first < len(order):
            last = first + max(1, _DECODE_SLOTS // len(sentences[order[first]]))
            chosen = order[first:last]
            first = last
            part = [sentences[i] for i in chosen]
            paths = self._viterbi(self.emissions(part, [contexts[i] for i in chosen]), [len(s) for s in part])
            for i, path in zip(chosen, paths, strict=True):
                out[i] = [labels[j] for j in path]
        return out

    def _viterbi(self, emit: np.ndarray, lengths: Sequence[int]) -> list[list[int]]:
        """crfsuite's Viterbi pass (crf1dc_viterbi) over ``emit`` (batch, steps, labels), lengths not increasing.

        At each step a label's score is the best over the previous labels of their score plus the transition (the
        first of equal ones is its predecessor, as in crfsuite), plus the label's state score, over the sentences
        still running (a prefix of the batch); the path ends at the best label of each sentence's last token.
        """
        batch, steps, n = emit.shape
        emit_t = np.ascontiguousarray(emit.transpose(1, 0, 2))  # (steps, batch, labels)
        alive = np.searchsorted(-np.asarray(lengths), -np.arange(steps), side="left").tolist()  # length > step
        best = emit_t[0].copy()  # a sentence's row stops changing after its last token
        back = np.empty((steps, batch, n), np.intp)
        # cand[b, j, i]: the score of previous label i plus the transition i -> j (reduced along the last axis,
        # which numpy does faster than along the middle one)
        cand = np.empty((batch, n, n), self._dtype)
        trans_t = np.ascontiguousarray(self._trans.T)
        add, maximum = np.add, np.maximum.reduce
        for i in range(1, steps):
            k = alive[i]
            c, b = cand[:k], best[:k]
            add(b[:, None, :], trans_t, out=c)
            back[i, :k] = c.argmax(axis=2)
            maximum(c, axis=2, out=b)
            add(b, emit_t[i, :k], out=b)
        rows = np.arange(batch)
        if steps > 1:
            back[np.arange(steps)[:, None] >= np.asarray(lengths)] = np.arange(n)  # past a sentence's end: stay
        path = np.empty((steps, batch), np.intp)
        last = best.argmax(axis=1)
        for i in range(steps - 1, 0, -1):
            path[i] = last
            last = back[i, rows, last]
        path[0] = last
        cols = path.T.tolist()
        return [cols[b][:m] for b, m in enumerate(lengths)]
