"""A small character-aware BiLSTM tagger, run in numpy, whose tag probabilities are mixed with the CRF's.

The network (trained by ``scripts/train_ner_nn.py`` with PyTorch; no torch at run time) reads, for each token:

* the clitic-stripped stem (an embedding; stems seen fewer than twice in training share the unknown vector),
* the proclitic string (``وب``, ``ال`` …; an embedding),
* the normalized word's characters (first :data:`MAX_CHARS`) through convolutions of width 2, 3 and 4, max-pooled:
  this is what lets it recognise names it has never seen from their spelling (تشوانتشو، فرويد),
* the CRF's word-list cues (given name, title word, name particle, place name) and the document cue ``dn``,

and runs one bidirectional LSTM layer over the sentence, then a linear layer to the nine BIO tags. Everything
that depends on one word type alone (including its product with the LSTM input weights) is computed once and
cached, so tagging is a recurrence of two small matrix products per token and direction.

The weights ship as ``resources/ner/nn.npz`` (float16; vocabularies as string arrays; ``recipe`` must equal
:data:`NN_RECIPE`; ``source``, ``license`` and ``date`` say where it comes from: :data:`PROVENANCE`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

# isort: off
import rasd.ner._threads  # noqa: F401  (before numpy: one BLAS thread)
import numpy as np

# isort: on

from rasd.errors import ResourceError
from rasd.ner.features import FeatureExtractor, split_proclitics
from rasd.text.normalize import normalize_word

#: Name of the network's input recipe; written into ``nn.npz`` by training and checked on load.
NN_RECIPE = "rasd-nn-1"
#: Where the shipped weights (network and exported CRF) come from; written into the ``.npz`` files.
PROVENANCE = {
    "source": "trained by rasd's scripts/train_ner.py and scripts/train_ner_nn.py on NewsFANE Gold 2014 slices 0-8 "
    "(Alotaibi & Lee 2014), Wojood-sample train (Jarrar, Khalilia & Ghanem 2022, SinaLab/ArabicNER, MIT "
    "repository) and, for the network only, AQMAR Arabic Wikipedia NER 1.0 (Mohit et al. 2012); the vocabulary "
    "lists training-corpus word stems",
    "license": "CC BY-SA 3.0 (derived from NewsFANE Gold and AQMAR, both CC BY-SA 3.0)",
}
#: Tags of the network's output layer, in order.
NN_TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
#: Characters of a word the character convolutions read.
MAX_CHARS = 16
#: Convolution widths over characters.
CONV_WIDTHS = (2, 3, 4)
#: Word-list cues fed to the network, in order (see ``FeatureExtractor.cues``), then the document cue.
CUES = ("gn", "tw", "pt", "gz")
# word types whose input pre-activations are kept (4 KB each at hidden 128: at most ~51 MB); then it starts again.
# 12,500 keeps the accurate mode's peak where 10,000 had it (the rows allocated up front, eviction in place)
_CACHE_LIMIT = 12_500
# rows moved at once when the word cache evicts (1 MB at 8H = 1,024 floats)
_MOVE_CHUNK = 256
# columns of the input weights per block in _add_words (128 x 263 floats, 135 KB: fits a core's L2 cache); new-word
# products 21 -> 17 us per word in a micro-benchmark on the development machine
_IN_BLOCK = 128
# up to this many active sentences the recurrent product reads the column-major weights (see NeuralTagger.__init__)
_FEW_ROWS = 2
# zero character slots on each side of a word: the widest convolution's padding
_PAD = max(CONV_WIDTHS) // 2
# the two directions, as an index over the axis of size 2 of the network's (…, 2, …) arrays
_DIRECTIONS = np.array([0, 1], np.intp)


def word_parts(features: FeatureExtractor, word: str) -> tuple[str, str, str, list[float]]:
    """What the network reads of one word: normalized form, proclitics, stem and the word-list cue bits."""
    norm = normalize_word(word).strip() or word  # the same as normalize(), cached per word type
    pro, stem = split_proclitics(norm)
    cues = features.cues(norm, stem)
    return norm, pro, stem, [1.0 if c in cues else 0.0 for c in CUES]


class NeuralTagger:
    """Per-token log-probabilities of :data:`NN_TAGS` from the shipped network.

    Args:
        path: the ``nn.npz`` weights file.
        features: the CRF's feature extractor (for its word-list cues).

    Raises:
        ResourceError: the file is missing, unreadable or written for another recipe.
    """

    def __init__(self, path: Path, features: FeatureExtractor) -> None:
        try:
            with np.load(path, allow_pickle=False) as z:
                data: dict[str, Any] = {k: z[k] for k in z.files}
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot read NER network {str(path)!r}: {exc}; retrain or reinstall it") from exc
        recipe = str(data.get("recipe", ""))
        if recipe != NN_RECIPE:
            raise ResourceError(
                f"NER network {str(path)!r} has recipe {recipe!r}, this rasd needs {NN_RECIPE!r}: "
                "run scripts/train_ner_nn.py"
            )
        self._features = features
        f32 = np.float32
        self._stems = {str(s): i + 2 for i, s in enumerate(data["stems"])}
        self._chars = {str(c): i + 2 for i, c in enumerate(data["chars"])}
        self._procl = {str(p): i + 1 for i, p in enumerate(data["proclitics"])}
        self._word_emb = data["word_emb"].astype(f32)
        self._pro_emb = data["pro_emb"].astype(f32)
        self._char_emb = data["char_emb"].astype(f32)
        # convolution weights as (k * char_dim, filters) matrices over flattened character windows
        self._convs = []
        for k in CONV_WIDTHS:
            w = data[f"conv{k}_w"].astype(f32)  # (filters, char_dim, k)
            self._convs.append(
                (k, w.transpose(2, 1, 0).reshape(k * w.shape[1], w.shape[0]), data[f"conv{k}_b"].astype(f32))
            )
        hdim = data["fw_w_hh"].shape[1]
        self.hidden = hdim
        # PyTorch's gate order is i, f, g, o; reorder to i, f, o, g so one sigmoid covers the first three
        order = np.r_[0 : 2 * hdim, 3 * hdim : 4 * hdim, 2 * hdim : 3 * hdim]
        w_ih = [data[f"{d}_w_ih"].astype(f32)[order] for d in ("fw", "bw")]
        bias = [data[f"{d}_b"].astype(f32)[order] for d in ("fw", "bw")]
        # both directions' input weights side by side: a word's pre-activations are one (2 * 4H) vector
        self._w_in = np.concatenate(w_ih, axis=0).T.copy()  # (input, 8H)
        self._b_in = np.concatenate(bias)
        self._w_hh = np.stack([data[f"{d}_w_hh"].astype(f32)[order].T for d in ("fw", "bw")])  # (2, H, 4H)
        # np.stack keeps the transposes' layout: each direction's matrix is column-major, and OpenBLAS packs such a
        # matrix ~4x slower in every product of 3 or more rows (68 against 16 us at 3-8 sentences, one thread). A
        # row-major copy gives the same bits there (same kernel, same sums) and is used from 3 active sentences on;
        # at 1 and 2 sentences the two layouts take other paths with other last bits (and the same time), so the
        # column-major one is kept there: every product gives the bits it gave before
        self._w_hh_rows = np.ascontiguousarray(self._w_hh)
        # the step's sigmoid is 0.5 * (tanh(0.5 * z) + 1): the halving of z's i, f, o columns is done ahead, in the
        # recurrent weights and as the input pre-activations are laid out. A product of halves is the half of the
        # product, bit for bit (a power of two), so z * 0.5 reads the same numbers, and a step has one pass less
        self._half = np.ones(4 * hdim, np.float32)
        self._half[: 3 * hdim] = 0.5
        self._half2 = np.concatenate([self._half, self._half])  # both directions' input pre-activations
        self._w_hh_half = self._w_hh * self._half  # keeps the column-major layout (the product of 1-2 rows)
        self._w_hh_rows_half = np.ascontiguousarray(self._w_hh_half)
        self._dn = self._w_in[-1].copy()  # the document cue is the last input
        # the same weights as column blocks of _IN_BLOCK (contiguous): one block stays in the CPU's cache while
        # every new word's row is multiplied by it (a row's products are the same numbers as with the whole matrix)
        width = self._w_in.shape[1]
        self._w_in_blocks = [
            (a, min(a + _IN_BLOCK, width), self._w_in[:, a : a + _IN_BLOCK].copy()) for a in range(0, width, _IN_BLOCK)
        ]
        self._out_w = data["out_w"].astype(f32).T.copy()
        self._out_b = data["out_b"].astype(f32)
        # word type -> (row of self._gates, normalized form, stem); the rows hold each type's input pre-activations
        self._index: dict[str, tuple[int, str, str]] = {}
        self._uses: Counter[str] = Counter()  # how often each word type was tagged (what eviction keeps)
        # allocated whole up front: numpy's zeros of this size are pages the system maps on first write, so only the
        # rows in use are resident, and a growing cache never holds two copies (the old one and the doubled one)
        self._gates = np.zeros((_CACHE_LIMIT, self._w_in.shape[1]), np.float32)

    def _char_features(self, words: list[str]) -> np.ndarray:
        """Max-pooled character convolutions of normalized words: (n_words, filters x widths)."""
        # character ids with _PAD zero ids on each side (id 0 is the zero padding vector): every width's padded
        # input is a slice of the one gathered array
        ids = np.zeros((len(words), MAX_CHARS + 2 * _PAD), np.intp)
        chars = self._chars
        for i, norm in enumerate(words):
            row = [chars.get(c, 1) for c in norm[:MAX_CHARS]]
            ids[i, _PAD : _PAD + len(row)] = row
        xp = self._char_emb[ids]  # (n, MAX_CHARS + 2 * _PAD, char_dim)
        n, width, dim = xp.shape
        item = xp.itemsize
        pooled = []
        for k, w, b in self._convs:
            pad = k // 2
            n_out = MAX_CHARS + 2 * pad - k + 1
            # the k rows from position t on, side by side, are k * dim consecutive numbers of xp: the windows are a
            # strided view of it, copied once into the (n, n_out, k * dim) layout the product reads
            win = np.lib.stride_tricks.as_strided(
                xp[:, _PAD - pad :], (n, n_out, k * dim), (width * dim * item, dim * item, item), writeable=False
            ).copy()
            # one (n_out, k*dim) x (k*dim, filters) product per word, all of the same shape: batch-independent
            pooled.append(np.maximum(np.matmul(win, w[None]).max(axis=1) + b, 0.0))
        return np.concatenate(pooled, axis=1)

    def _evict(self, keep: set[str]) -> None:
        """Make room in the bounded word cache: keep this call's words and the most used half, drop the rest.

        Frequent words (في، من، قال) stay cached across documents instead of being recomputed after every reset.
        """
        index = self._index
        budget = max(_CACHE_LIMIT // 2 - len(keep), 0)
        top = [w for w, _ in self._uses.most_common() if w in index and w not in keep][:budget]
        # the kept rows move down in place, in the order they had (row i takes old row rows[i] >= i): no copy of the
        # kept half at once (megabytes of peak memory); a chunk's sources all lie at or past its own rows
        kept = sorted([w for w in index if w in keep] + top, key=lambda w: index[w][0])
        rows = np.array([index[w][0] for w in kept], np.intp)
        gates = self._gates
        for a in range(0, len(rows), _MOVE_CHUNK):
            b = min(a + _MOVE_CHUNK, len(rows))
            gates[a:b] = gates[rows[a:b]]
        self._index = {w: (i, index[w][1], index[w][2]) for i, w in enumerate(kept)}
        self._uses = Counter({w: self._uses[w] // 2 for w in kept})  # older counts weigh less

    def _add_words(self, words: list[str]) -> None:
        """Add the input pre-activations (both directions, bias included, no ``dn``) of new word types.

        Computed as one batch; each row of a matrix product depends only on its own word, so a word's vector is
        the same whatever other words arrive with it, and a document's tags never depend on what was tagged before
        it (``test_a_word_reads_the_same_whatever_came_before`` checks it bit for bit).
        """
        parts = [word_parts(self._features, w) for w in words]
        stems = np.array([self._stems.get(p[2], 1) for p in parts], np.intp)
        procl = np.array([self._procl.get(p[1], 0) for p in parts], np.intp)
        cues = np.array([[*p[3], 0.0] for p in parts], np.float32)
        x = np.concatenate(
            [self._word_emb[stems], self._pro_emb[procl], self._char_features([p[0] for p in parts]), cues], axis=1
        )
        first = len(self._index)
        need = first + len(words)
        if need > self._gates.shape[0]:
            grown = np.zeros((max(need, min(2 * self._gates.shape[0], _CACHE_LIMIT)), self._gates.shape[1]), np.float32)
            grown[:first] = self._gates[:first]
            self._gates = grown
        # a stack of one-row products (not one matrix product): each word's row is computed alone, the same
        # whatever words share the batch (a single gemm rounds rows differently with the batch's size)
        one_row_each = x[:, None, :]
        gates, bias = self._gates, self._b_in
        for a, b, block in self._w_in_blocks:
            gates[first:need, a:b] = np.matmul(one_row_each, block)[:, 0] + bias[a:b]
        for i, (w, p) in enumerate(zip(words, parts, strict=True)):
            self._index[w] = (first + i, p[0], p[2])

    def log_probs(self, sentences: Sequence[Sequence[str]], contexts: Sequence[frozenset[str]]) -> np.ndarray:
        """Log-probabilities over :data:`NN_TAGS`, (n_sentences, longest, 9); rows past a sentence's end are 0.

        Args:
            sentences: the tokens of each sentence; all are run as one batch (the bigger, the faster per token).
            contexts: for each sentence, its document's CRF context (stems that follow a name or title elsewhere in
                the document: the ``dn`` cue).
        """
        index = self._index
        tokens = [t for s in sentences for t in s]
        self._uses.update(tokens)
        new = list(dict.fromkeys(t for t in tokens if t not in index))
        if new:
            if len(index) + len(new) > _CACHE_LIMIT:
                self._evict(set(tokens))
                index = self._index
                new = [t for t in new if t not in index]
            self._add_words(new)
        lengths = [len(s) for s in sentences]
        steps = max(lengths, default=0)
        out = np.zeros((len(sentences), steps, len(NN_TAGS)), np.float32)
        if not steps:
            return out
        rows = [index[t] for t in tokens]
        n_tok = len(rows)
        # one row per token, then one zero row (what the padding of the input grid below reads). The indices are all
        # valid; mode="clip" only spares np.take the buffered copy its default mode makes of `out`
        gates = np.empty((n_tok + 1, self._gates.shape[1]), np.float32)
        np.take(
            self._gates, np.fromiter(map(itemgetter(0), rows), np.intp, n_tok), axis=0, out=gates[:n_tok], mode="clip"
        )
        gates[n_tok] = 0.0
        cued: list[int] = []
        if len(set(map(id, contexts))) == 1:  # one document's sentences: one context for every token
            context = contexts[0]
            if context:
                cued = [i for i, r in enumerate(rows) if r[2] in context or r[1] in context]
        else:
            first = 0
            for sent, context in zip(sentences, contexts, strict=True):
                if context:
                    cued += [
                        first + i
                        for i, r in enumerate(rows[first : first + len(sent)])
                        if r[2] in context or r[1] in context
                    ]
                first += len(sent)
        if cued:
            gates[cued] += self._dn
        hdim = self.hidden
        g4 = 4 * hdim
        batch = len(sentences)
        # the sigmoid's halving of the i, f, o columns, both directions at once: the same products as one direction
        # at a time (the zero row stays zero)
        gates *= self._half2
        # sentences longest first, so that the ones still running at step t are a prefix of the batch
        order = sorted(range(batch), key=lambda b: -lengths[b])
        sorted_lengths = np.array([lengths[b] for b in order], np.intp)
        active = np.searchsorted(-sorted_lengths, -np.arange(steps), side="right")
        # Every step works on contiguous rows (numpy's elementwise passes run ~2x faster over them than over strided
        # views): step t's 2 * active[t] rows, the forward direction's active slots, then the backward one's, at
        # rows 2 * off[t] : 2 * off[t + 1] of the step-major arrays below
        off = np.zeros(steps + 1, np.intp)
        np.cumsum(active, out=off[1:])
        # the input pre-activations, gathered in one pass. Slot s reads token t of its sentence forward, token
        # n - 1 - t backward (each sentence reversed), and the zero row one step past its end (`active` counts a
        # sentence there; that row is never read back)
        starts = np.cumsum([0, *lengths])[:-1][order]
        t_col = np.arange(steps)[:, None]
        inside = t_col < sorted_lengths
        running = t_col <= sorted_lengths  # a prefix of the slots at each step: active[t] of them
        at_step = np.repeat(np.arange(steps), active)
        fw_pos = off[at_step] + np.arange(off[steps])  # 2 * off[t] + slot
        bw_pos = fw_pos + active[at_step]
        src = np.empty(2 * off[steps], np.intp)
        src[fw_pos] = np.where(inside, starts + t_col, n_tok)[running]
        src[bw_pos] = np.where(inside, starts + sorted_lengths - 1 - t_col, n_tok)[running]
        direction = np.zeros(2 * off[steps], np.intp)
        direction[bw_pos] = 1
        xs = gates.reshape(n_tok + 1, 2, g4)[src, direction]
        # the step runs in place, with the same operations on the same operands as z = x + h W;
        # c = f * c + i * tanh(g); h = o * tanh(c), so the same bits. h_rows holds every step's output states in the
        # same row order as xs, then one zero row (what the padding of feats reads)
        h_rows = np.empty((2 * off[steps] + 1, hdim), np.float32)
        h_rows[-1] = 0.0
        h_prev = np.zeros((2, batch, hdim), np.float32)  # the state before step 0
        c = np.zeros((2 * batch, hdim), np.float32)
        c_slots = batch
        z_all = np.empty((2 * batch, g4), np.float32)
        w_few, w_many = self._w_hh_half, self._w_hh_rows_half
        three = 3 * hdim
        matmul, tanh = np.matmul, np.tanh
        for t in range(steps):
            k = active[t]
            if k != c_slots:  # sentences ended: the cell states of the slots still running, contiguous again
                c = c.reshape(2, c_slots, hdim)[:, :k].reshape(2 * k, hdim)
                c_slots = k
            first, last = 2 * off[t], 2 * off[t + 1]
            z = z_all[: 2 * k]
            matmul(h_prev[:, :k], w_many if k > _FEW_ROWS else w_few, out=z.reshape(2, k, g4))
            z += xs[first:last]
            # one tanh over all four gates: i, f, o for sigmoid(x) = 0.5 * (tanh(0.5 * x) + 1) (halved ahead), g for
            # itself. numpy's float32 tanh gives each element the same bits whatever the array around it
            tanh(z, out=z)
            sig = z[:, :three]
            sig += 1.0
            sig *= 0.5
            g = z[:, three:]
            g *= z[:, :hdim]
            c *= z[:, hdim : 2 * hdim]
            c += g
            h = h_rows[first:last]
            tanh(c, out=h)
            h *= z[:, 2 * hdim : three]
            h_prev = h.reshape(2, k, hdim)
        # each sentence's states in its own order: forward after its token p is step p's output, backward step
        # n - 1 - p's; past the end the zero row. Gathered as (batch, steps, 2, H), seen as (batch, steps, 2H)
        slot_of = np.empty(batch, np.intp)
        slot_of[order] = np.arange(batch)
        n_col = np.array(lengths, np.intp)[:, None]
        p_row = np.arange(steps)
        live = p_row < n_col
        back_step = np.clip(n_col - 1 - p_row, 0, None)
        rows_fw = np.where(live, 2 * off[:-1][p_row] + slot_of[:, None], 2 * off[steps])
        rows_bw = np.where(live, 2 * off[back_step] + active[back_step] + slot_of[:, None], 2 * off[steps])
        feats = h_rows[np.stack([rows_fw, rows_bw], axis=2)].reshape(batch, steps, 2 * hdim)
        logits: np.ndarray = feats @ self._out_w + self._out_b
        logits -= logits.max(axis=2, keepdims=True)
        logits -= np.log(np.exp(logits).sum(axis=2, keepdims=True))
        logits[~live] = 0.0
        return logits


# valid BIO transitions over NN_TAGS: I-X only after B-X or I-X, never first
_NEG = -1e9
_TRANS = np.array(
    [[0.0 if not b.startswith("I-") or (a != "O" and a[2:] == b[2:]) else _NEG for b in NN_TAGS] for a in NN_TAGS],
    np.float32,
)
_START = np.array([_NEG if t.startswith("I-") else 0.0 for t in NN_TAGS], np.float32)


# the I- tags' indices in NN_TAGS, each right after its B- tag
_INSIDE = np.array([t.startswith("I-") for t in NN_TAGS])
# a margin this many times the float error bound of a path's sum: the best path is the tokens' own best tags
_SAFETY = 16.0


def _own_best(scores: np.ndarray, lengths: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Each token's best tag, and which sentences the Viterbi pass would give exactly those tags.

    Where the tokens' best tags make a valid BIO sequence, no other valid sequence scores as much (the sum is
    largest term by term), so it is the best path. The pass computes that in float32: each path's sum is rounded
    at each of its n additions, by at most 2^-24 of the largest running sum (bounded by the sum of the tokens'
    largest absolute scores, T). A sentence is read off directly when every token's best tag beats its second by
    more than _SAFETY x 2 n T 2^-24 (then no rounding can reorder two paths, and no tie is left for the pass to
    break), its first tag is no I- tag, and each I-X follows B-X or I-X; the others need the pass.
    """
    batch, steps, _ = scores.shape
    best = scores.argmax(axis=2)
    ordered = np.sort(scores, axis=2)
    margin = ordered[:, :, -1] - ordered[:, :, -2]
    n = np.asarray(lengths, np.intp)
    live = np.arange(steps) < n[:, None]
    total = np.where(live, np.abs(scores).max(axis=2), 0.0).sum(axis=1)
    bound = _SAFETY * 2.0 * n * total * 2.0**-24
    ok = np.where(live, margin, np.inf).min(axis=1, initial=np.inf) > bound
    inside = _INSIDE[best] & live
    follows = np.zeros((batch, steps), bool)  # an I- tag's predecessor is its B- or the same I-
    follows[:, 1:] = (best[:, :-1] == best[:, 1:] - 1) | (best[:, :-1] == best[:, 1:])
    ok &= ~(inside & ~follows).any(axis=1)
    return best, ok


def viterbi(scores: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
    """The best tag sequence over valid BIO transitions for each sentence of a batch.

    Args:
        scores: (n_sentences, longest, 9) scores over ``NN_TAGS``; rows past a sentence's end must be 0 (any tag
            may follow the end at no cost, so they do not change the best path).
        lengths: each sentence's number of tokens.
    """
    batch, steps, _ = scores.shape
    if not steps:
        return [[] for _ in range(batch)]
    own, direct = _own_best(scores, lengths)
    out: list[list[str]] = [[NN_TAGS[j] for j in own[b, :n]] if direct[b] else [] for b, n in enumerate(lengths)]
    rest = np.flatnonzero(~direct).tolist()
    if len(rest):
        rest_lengths = [lengths[b] for b in rest]
        longest = max(rest_lengths)
        for b, tags in zip(rest, _viterbi(scores[rest, :longest], rest_lengths), strict=True):
            out[b] = tags
    return out


def _viterbi(scores: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
    """The Viterbi pass of :func:`viterbi` (every sentence of the batch through the whole recurrence)."""
    batch, steps, _ = scores.shape
    if not steps:
        return [[] for _ in range(batch)]
    best = _START + scores[:, 0]
    back = np.zeros((batch, steps, len(NN_TAGS)), np.intp)
    cand = np.empty((batch, len(NN_TAGS), len(NN_TAGS)), best.dtype)
    for i in range(1, steps):  # in preallocated buffers: the same operations on the same operands
        np.add(best[:, :, None], _TRANS, out=cand)
        cand.argmax(axis=1, out=back[:, i])
        cand.max(axis=1, out=best)
        best += scores[:, i]
    k = best.argmax(axis=1)
    path = np.empty((batch, steps), np.intp)
    rows = np.arange(batch)
    for i in range(steps - 1, -1, -1):
        path[:, i] = k
        k = back[rows, i, k]
    return [[NN_TAGS[j] for j in path[b, :n]] for b, n in enumerate(lengths)]
