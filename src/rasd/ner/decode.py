"""The fast mode's CRF decoding in numpy, read from the crfsuite model file: the same tags as crfsuite, bit for bit.

python-crfsuite takes each token's attributes as strings and looks every one up by name (~20 per token, ~5 M
lookups per 300 articles), which cost as much as building the feature lists. Here the model's weights are read
from the crfsuite file itself (float64, the values crfsuite uses: ``ner.crfsuite.npz`` holds float32 copies for
the accurate mode) and a word type's attributes are kept as row numbers (:meth:`FeatureExtractor.use_ids
<rasd.ner.features.FeatureExtractor.use_ids>`), so a whole document's label scores are one gather and one sum, and
its sentences are decoded together.

Every operation is crfsuite's own, in its order (``crf1dt_state_score`` and ``crf1dc_viterbi`` of crfsuite 0.12):
a token's score for a label is ``0 + w1 + w2 + …`` over its attributes in the order given (numpy sums the
padded ``(tokens, attributes, labels)`` gather along the attribute axis one row after the other; the padding
adds exact zeros); a step's candidate is ``previous[i] + transition[i][j]``, the first ``i`` with the highest
candidate wins (``argmax`` gives the first), and the step's score is that candidate plus the token's score;
the last token's label is the first highest. ``tests/test_ner_decode.py`` checks the tags against crfsuite's.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from itertools import chain
from pathlib import Path

# isort: off
import rasd.ner._threads  # noqa: F401  (before numpy: one BLAS thread)
import numpy as np

# isort: on

_HEADER = struct.Struct("<4sI4s9I")  # magic, size, type, version, features, labels, attributes, 5 offsets
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_BYTEORDER = 0x62445371  # CQDB's byte-order check value
#: word types whose own-attribute sums are kept (72 bytes each); then the cache starts again
_OWN_LIMIT = 60_000


def _cqdb_strings(data: bytes, offset: int) -> list[bytes]:
    """The strings of the CQDB chunk at ``offset``, by id (its backward array lists each id's record)."""
    magic, _size, _flag, byteorder, bwd_size, bwd_offset = struct.unpack_from("<4s5I", data, offset)
    if magic != b"CQDB" or byteorder != _BYTEORDER:
        raise ValueError("not a CQDB chunk")
    out = []
    for i, rec in enumerate(struct.unpack_from(f"<{bwd_size}I", data, offset + bwd_offset)):
        rid, ksize = struct.unpack_from("<II", data, offset + rec)
        if rid != i or ksize < 1:
            raise ValueError("bad CQDB record")
        start = offset + rec + 8
        out.append(data[start : start + ksize - 1])  # ksize counts the terminating NUL
    return out


class CRFDecoder:
    """A crfsuite CRF model's weights as arrays, and its Viterbi decoding of whole documents.

    Args:
        path: a crfsuite model file (``crf1d``, the format crfsuite writes).

    Raises:
        ValueError: the file is not a crfsuite CRF model this reader knows.
    """

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        magic, size, kind, _version, n_features, n_labels, n_attrs, off_feat, off_labels, off_attrs, *_ = (
            _HEADER.unpack_from(data, 0)
        )
        if magic != b"lCRF" or kind != b"FOMC" or size != len(data):
            raise ValueError(f"{path} is not a crfsuite CRF model")
        chunk, _csize, count = struct.unpack_from("<4sII", data, off_feat)
        if chunk != b"FEAT" or (n_features and count != n_features):
            raise ValueError(f"{path}: bad feature chunk")
        feats = np.frombuffer(data, _FEATURE, count, off_feat + 12)
        #: label names by crfsuite's label id (what its tagger returns)
        self.labels: list[str] = [s.decode("utf-8") for s in _cqdb_strings(data, off_labels)]
        attrs = _cqdb_strings(data, off_attrs)
        if len(self.labels) != n_labels or len(attrs) != n_attrs:
            raise ValueError(f"{path}: label or attribute counts disagree")
        #: attribute (UTF-8 bytes) -> its row of :attr:`weights` (crfsuite's id + 1)
        self.ids: dict[bytes, int] = {a: i for i, a in enumerate(attrs, 1)}
        # a zero row (what the padding gathers), then one row per attribute; float64 as in crfsuite
        self.weights = np.zeros((n_attrs + 1, n_labels), np.float64)
        self.zero_row = 0
        self.transitions = np.zeros((n_labels, n_labels), np.float64)
        state = feats["type"] == 0
        trans = feats["type"] == 1
        if not (state | trans).all():
            raise ValueError(f"{path}: unknown feature type")
        s = feats[state]
        self.weights[s["src"] + 1, s["dst"]] = s["weight"]  # one feature per (attribute, label)
        t = feats[trans]
        self.transitions[t["src"], t["dst"]] = t["weight"]
        self._labels = np.array(self.labels, dtype=object)
        # the weights, then the own-attribute sums of word records (see _own_rows), by their group of rows
        self._n_weights = n_attrs + 1
        self._table = self.weights
        self._rows: dict[str, int] = {}

    def _own_rows(self, words: Sequence[str], own_ids: Callable[[str], tuple[int, ...]]) -> list[int]:
        """Rows of :attr:`_table` holding the sums of each word's own attributes (``0 + w1 + w2 + …``, one row
        after the other, as crfsuite starts a token's score), computed once per word type."""
        rows = self._rows
        if len(rows) > _OWN_LIMIT:  # bounded: start again (the table's first rows, the weights, stay)
            rows.clear()
        new = [w for w in dict.fromkeys(words) if w not in rows]
        if new:
            groups = [own_ids(w) for w in new]
            first = self._n_weights + len(rows)
            need = first + len(new)
            if need > len(self._table):
                grown = np.zeros((max(need, 2 * len(self._table)), self._table.shape[1]), np.float64)
                grown[:first] = self._table[:first]
                self._table = grown
            counts = np.fromiter(map(len, groups), np.intp, len(groups))
            width = max(int(counts.max()), 1)
            index = np.full((len(new), width), self.zero_row, np.intp)
            index[np.arange(width) < counts[:, None]] = np.fromiter(
                chain.from_iterable(groups), np.intp, int(counts.sum())
            )
            self._table[first:need] = self._table[index].sum(axis=1)
            rows.update(zip(new, range(first, need), strict=True))
        return [rows[w] for w in words]

    def decode(
        self,
        sentences: Sequence[Sequence[str]],
        rest: Sequence[tuple[int, ...]],
        own_ids: Callable[[str], tuple[int, ...]],
    ) -> list[list[str]]:
        """The best tags of each sentence of one document.

        Args:
            sentences: the document's sentences (token strings).
            rest: what :meth:`~rasd.ner.features.FeatureExtractor.document_ids` gives for them: seven groups of
                attribute rows per token, token after token.
            own_ids: a word's own attributes' rows (:meth:`~rasd.ner.features.FeatureExtractor.own_ids`).
        """
        lengths = [len(s) for s in sentences]
        n_tok = sum(lengths)
        out: list[list[str]] = [[] for _ in lengths]
        if not n_tok:
            return out
        counts = np.fromiter(map(len, rest), np.intp, len(rest)).reshape(n_tok, 7).sum(axis=1)
        width = int(counts.max()) + 1
        index = np.full((n_tok, width), self.zero_row, np.intp)
        # the sum of the token's own attributes, then the rest in their order
        index[:, 0] = self._own_rows([w for s in sentences for w in s], own_ids)
        flat = np.fromiter(chain.from_iterable(rest), np.intp, int(counts.sum()))
        index[:, 1:][np.arange(width - 1) < counts[:, None]] = flat  # row-major: each token's groups in order
        state = self._table[index].sum(axis=1)  # (tokens, labels): one row after the other
        # sentences longest first: the ones still going at step t are the first k(t) rows; their scores padded
        # into (sentences, steps, labels) by one gather (past a sentence's end: a copy of its first token, unread)
        starts = np.cumsum([0, *lengths[:-1]])
        order = sorted((b for b, n in enumerate(lengths) if n), key=lambda b: -lengths[b])
        lens = np.array([lengths[b] for b in order])
        steps = int(lens[0])
        ahead = np.arange(steps)
        live = ahead[None, :] < lens[:, None]
        going = live.sum(axis=0)
        scores = state[starts[order][:, None] + np.where(live, ahead[None, :], 0)]
        best = scores[:, 0].copy()
        trans = self.transitions
        n_labels = trans.shape[0]
        back = np.empty((len(order), steps, n_labels), np.intp)
        cand = np.empty((len(order), n_labels, n_labels), np.float64)
        for t in range(1, steps):
            k = int(going[t])
            c = cand[:k]
            np.add(best[:k, :, None], trans, out=c)  # (k, from, to): previous[i] + transition[i][j]
            c.argmax(axis=1, out=back[:k, t])
            c.max(axis=1, out=best[:k])
            best[:k] += scores[:k, t]
        label = best.argmax(axis=1)
        path = np.empty((len(order), steps), np.intp)
        rows = np.arange(len(order))
        for t in range(steps - 1, -1, -1):
            k = int(going[t])
            path[:k, t] = label[:k]
            if t:
                label[:k] = back[rows[:k], t, label[:k]]
        names = self._labels
        for r, b in enumerate(order):
            out[b] = names[path[r, : lengths[b]]].tolist()
        return out
