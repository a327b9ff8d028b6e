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
from itertools import islice
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
# word types whose input pre-activations are kept (4 KB each at hidden 128: at most ~57 MB); then the oldest types
# seen in one call only go first. 12,500 kept the accurate mode's peak where 10,000 had it (round 19: the rows
# allocated up front); 14,000 since the inputs are gathered from the cache in one copy (round 20: 8 MB less at the
# peak of a batch)
_CACHE_LIMIT = 14_000
# rows moved at once when the word cache evicts (1 MB at 8H = 1,024 floats)
_MOVE_CHUNK = 256
# new words' input products are computed for this many words at a time (a bound on the buffer; see _add_words)
_WORD_CHUNK = 64
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
        # the same table as sorted code points and their ids (for _char_features' lookup of many words at once)
        known = sorted((ord(c), i) for c, i in self._chars.items() if len(c) == 1 and c != "\0")
        self._char_codes = np.array([c for c, _ in known], np.uint32)
        self._char_ids = np.array([i for _, i in known], np.intp)
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
        # the same columns as one (input, 4H) matrix per direction (0.5 MB each where the whole is 1 MB): a new word's
        # product is one gemv per direction (see _add_words)
        self._w_in_dirs = (self._w_in[:, : 4 * hdim].copy(), self._w_in[:, 4 * hdim :].copy())
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
        self._w_hh_half = self._w_hh * self._half  # keeps the column-major layout (the product of 1-2 rows)
        self._w_hh_rows_half = np.ascontiguousarray(self._w_hh_half)
        self._dn = self._w_in[-1].copy()  # the document cue is the last input
        self._out_w = data["out_w"].astype(f32).T.copy()
        self._out_b = data["out_b"].astype(f32)
        # word type -> (row of self._gates, normalized form, stem); the rows hold each type's input pre-activations
        self._index: dict[str, tuple[int, str, str]] = {}
        # in how many calls each cached word type was seen (what the bulk eviction of _evict keeps)
        self._uses: Counter[str] = Counter()
        # the cached types seen in one call only, oldest first: the first to go when the cache is full (a word of one
        # article rarely comes back; one seen in two calls often does: a segmented cache, docs/measurements.md round 20)
        self._fresh: dict[str, None] = {}
        # allocated whole up front: numpy's zeros of this size are pages the system maps on first write, so only the
        # rows in use are resident, and a growing cache never holds two copies (the old one and the doubled one)
        self._gates = np.zeros((_CACHE_LIMIT, self._w_in.shape[1]), np.float32)
        self._free = list(range(_CACHE_LIMIT - 1, -1, -1))  # the rows of self._gates no word holds, taken from the end

    def _char_features(self, words: list[str]) -> np.ndarray:
        """Max-pooled character convolutions of normalized words: (n_words, filters x widths)."""
        # character ids with _PAD zero ids on each side (id 0 is the zero padding vector): every width's padded
        # input is a slice of the one gathered array
        ids = np.zeros((len(words), MAX_CHARS + 2 * _PAD), np.intp)
        if not words or "\0" in "".join(words):
            chars = self._chars  # a word holding NUL itself (never seen from the tokenizer): one character at a time
            for i, norm in enumerate(words):
                row = [chars.get(c, 1) for c in norm[:MAX_CHARS]]
                ids[i, _PAD : _PAD + len(row)] = row
        else:
            # the first MAX_CHARS code points of every word, NUL-padded, in one array; each looked up among the known
            # characters' (sorted) code points: a known one reads its id, another 1, the padding 0 (the zero id)
            text = "".join([w[:MAX_CHARS].ljust(MAX_CHARS, "\0") for w in words])
            codes = np.frombuffer(text.encode("utf-32-le"), np.uint32).reshape(len(words), MAX_CHARS)
            at = np.minimum(np.searchsorted(self._char_codes, codes), len(self._char_codes) - 1)
            found = np.where(self._char_codes[at] == codes, self._char_ids[at], 1)
            found[codes == 0] = 0
            ids[:, _PAD : _PAD + MAX_CHARS] = found
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
            conv = np.matmul(win, w[None])
            # max-pooled over the positions in their order, one position at a time: the maximum a reduction over
            # axis 1 gives (a pass of its own per word, in small inner loops: ~1.4x slower, round 40)
            top = conv[:, 0].copy()
            for t in range(1, n_out):
                np.maximum(top, conv[:, t], out=top)
            top += b
            pooled.append(np.maximum(top, 0.0, out=top))
        return np.concatenate(pooled, axis=1)

    def _drop_fresh(self, count: int) -> None:
        """Drop the ``count`` oldest word types seen in one call only (fewer if there are fewer); their rows are
        free for new words."""
        fresh, index, uses, free = self._fresh, self._index, self._uses, self._free
        for w in list(islice(fresh, count)):
            del fresh[w]
            del uses[w]
            free.append(index.pop(w)[0])

    def _evict(self, keep: set[str]) -> None:
        """Make room in the bounded word cache: keep this call's words and the most used half, drop the rest.

        Frequent words (في، من، قال) stay cached across documents instead of being recomputed after every reset.
        Used when the cache is full of types seen in two calls or more (:meth:`_drop_fresh` has none left to drop).
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
        self._free = list(range(gates.shape[0] - 1, len(kept) - 1, -1))
        self._uses = Counter({w: self._uses[w] // 2 for w in kept})  # older counts weigh less
        self._fresh = {w: None for w in self._fresh if w in self._index}

    def _add_words(self, words: list[str]) -> None:
        """Add the input pre-activations (both directions, bias included, no ``dn``) of new word types.

        Each word's vector is its own one-row product (a (1, input) x (input, 8H) product, a gemv): no other word
        is in the call that computes it, so it is the same whatever other words arrive with it, and a document's
        tags never depend on what was tagged before it (``test_a_word_reads_the_same_whatever_came_before`` checks
        it bit for bit).
        """
        parts = [word_parts(self._features, w) for w in words]
        stems = np.array([self._stems.get(p[2], 1) for p in parts], np.intp)
        procl = np.array([self._procl.get(p[1], 0) for p in parts], np.intp)
        cues = np.array([[*p[3], 0.0] for p in parts], np.float32)
        x = np.concatenate(
            [self._word_emb[stems], self._pro_emb[procl], self._char_features([p[0] for p in parts]), cues], axis=1
        )
        free = self._free
        if len(free) < len(words):  # more new words than the cache holds (one huge batch): it grows
            size = self._gates.shape[0]
            grown = np.zeros((size + max(size, len(words) - len(free)), self._gates.shape[1]), np.float32)
            grown[:size] = self._gates
            free[:0] = range(grown.shape[0] - 1, size - 1, -1)
            self._gates = grown
        rows = np.array(free[len(free) - len(words) :][::-1], np.intp)  # the last free rows, last first
        del free[len(free) - len(words) :]
        # one product per word: x[a:b, None] is a stack of (1, input) rows, and numpy's matmul runs a stack of
        # vector-matrix products as one BLAS gemv per row, each over that row alone. Until round 37 the rows were
        # products of 64 rows (a gemm, twice as fast), on the assumption that a row of a product of a fixed shape
        # has the same bits at any place in it. OpenBLAS's Haswell sgemm kernel on an AMD EPYC (family 26) breaks
        # it: one thread gives rows 0-5 and 6-11 of each 12 other last bits, and rows 60-63 a third set (two
        # threads, another pattern), so a word's numbers depended on its place among the new words of its call
        # (docs/measurements.md, round 37). A gemv sums each output over the inputs in one order, for any row
        # (round 40) Each direction's columns are their own gemv, over that direction's (input, 4H) matrix: a gemv
        # sums each output over the inputs in the same order whichever columns it computes (every product of the
        # whole matrix's, bit for bit: test_each_word_is_its_one_row_product), and the half matrix stays in the
        # core's second-level cache from one word to the next, where the whole one (1 MB) is read from the shared
        # cache for every word
        gates, matmul, g4 = self._gates, np.matmul, self._w_in_dirs[0].shape[1]
        out = np.empty((2, _WORD_CHUNK, 1, g4), np.float32)
        for a in range(0, len(words), _WORD_CHUNK):
            n = min(_WORD_CHUNK, len(words) - a)
            ins = x[a : a + n, None]
            chunk = out[:, :n]
            for d, w_in in enumerate(self._w_in_dirs):
                matmul(ins, w_in, out=chunk[d])
            chunk += self._b_in.reshape(2, 1, 1, g4)
            gates[rows[a : a + n]] = chunk[:, :, 0].transpose(1, 0, 2).reshape(n, 2 * g4)
        for w, p, row in zip(words, parts, rows.tolist(), strict=True):
            self._index[w] = (row, p[0], p[2])
        self._uses.update(words)
        self._fresh.update(dict.fromkeys(words))

    def log_probs(self, sentences: Sequence[Sequence[str]], contexts: Sequence[frozenset[str]]) -> np.ndarray:
        """Log-probabilities over :data:`NN_TAGS`, (n_sentences, longest, 9); rows past a sentence's end are 0.

        Args:
            sentences: the tokens of each sentence; all are run as one batch (the bigger, the faster per token).
            contexts: for each sentence, its document's CRF context (stems that follow a name or title elsewhere in
                the document: the ``dn`` cue).
        """
        index = self._index
        tokens = [t for s in sentences for t in s]
        seen = dict.fromkeys(tokens)
        new = [t for t in seen if t not in index]
        hits = seen.keys() - new if new else seen.keys()
        self._uses.update(hits)
        fresh = self._fresh
        for w in fresh.keys() & hits:  # seen in a second call: kept over the fresh ones
            del fresh[w]
        if new:
            if len(index) + len(new) > _CACHE_LIMIT:
                self._drop_fresh(len(index) + len(new) - _CACHE_LIMIT)
                if len(self._index) + len(new) > _CACHE_LIMIT:
                    self._evict(set(seen))
                index = self._index
            self._add_words(new)
        lengths = [len(s) for s in sentences]
        steps = max(lengths, default=0)
        out = np.zeros((len(sentences), steps, len(NN_TAGS)), np.float32)
        if not steps:
            return out
        rows = [index[t] for t in tokens]
        n_tok = len(rows)
        # each token's row of the word cache, then row 0 for the padding of the input grid below (zeroed there)
        cache_rows = np.zeros(n_tok + 1, np.intp)
        cache_rows[:n_tok] = np.fromiter(map(itemgetter(0), rows), np.intp, n_tok)
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
        hdim = self.hidden
        g4 = 4 * hdim
        batch = len(sentences)
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
        # gathered straight from the word cache (one copy of each token's numbers, not three); then, in the order the
        # per-token passes had (the same operations on the same numbers): the padding zeroed, the document cue added
        # to the cued tokens' slots, and the sigmoid's halving of the i, f, o columns (the zero rows stay zero)
        xs = self._gates.reshape(-1, 2, g4)[cache_rows[src], direction]
        xs[src == n_tok] = 0.0
        if cued:
            is_cued = np.zeros(n_tok + 1, bool)
            is_cued[cued] = True
            at = np.flatnonzero(is_cued[src])
            xs[at] += self._dn.reshape(2, g4)[direction[at]]
        xs *= self._half
        # the step runs in place, with the same operations on the same operands as z = x + h W;
        # c = f * c + i * tanh(g); h = o * tanh(c), so the same bits. h_rows holds every step's output states in the
        # same row order as xs, then one zero row (what the padding of feats reads)
        h_rows = np.empty((2 * off[steps] + 1, hdim), np.float32)
        h_rows[-1] = 0.0
        h_prev = np.zeros((2, batch, hdim), np.float32)  # the state before step 0
        c = np.zeros((2 * batch, hdim), np.float32)
        c_slots = batch
        z_all = np.empty((2 * batch, g4), np.float32)
        # the gates after the tanh, gate by gate: (4, 2 * k, H) at k running slots, contiguous. numpy's elementwise
        # passes over the (2 * k, H) column slices of z are several times slower than over contiguous rows (each row a
        # loop of its own): one strided copy into this layout and every later pass is contiguous (round 40)
        gates_all = np.empty(4 * 2 * batch * hdim, np.float32)
        w_few, w_many = self._w_hh_half, self._w_hh_rows_half
        matmul, tanh, copyto = np.matmul, np.tanh, np.copyto
        # each step's views of z_all (and the recurrent weights it multiplies by) depend on its number of running
        # slots only: made once per number; the step's numbers as Python ints
        views: dict[int, tuple[np.ndarray, ...]] = {}
        act, offs = active.tolist(), (2 * off).tolist()
        k_prev = batch
        for t in range(steps):
            k = act[t]
            v = views.get(k)
            if v is None:
                z = z_all[: 2 * k]
                by_gate = gates_all[: 4 * 2 * k * hdim].reshape(4, 2 * k, hdim)
                v = views[k] = (
                    z,
                    z.reshape(2, k, g4),
                    w_many if k > _FEW_ROWS else w_few,
                    z.reshape(2 * k, 4, hdim).transpose(1, 0, 2),
                    by_gate,
                    by_gate[:3],
                    by_gate[3],
                    by_gate[0],
                    by_gate[1],
                    by_gate[2],
                )
            z, z3, w_hh, z_by_gate, by_gate, sig, g, gate_i, gate_f, gate_o = v
            if k != c_slots:  # sentences ended: the cell states of the slots still running, contiguous again
                c = c.reshape(2, c_slots, hdim)[:, :k].reshape(2 * k, hdim)
                c_slots = k
            first, last = offs[t], offs[t + 1]
            matmul(h_prev if k == k_prev else h_prev[:, :k], w_hh, out=z3)
            z += xs[first:last]
            # one tanh over all four gates: i, f, o for sigmoid(x) = 0.5 * (tanh(0.5 * x) + 1) (halved ahead), g for
            # itself. numpy's float32 tanh gives each element the same bits whatever the array around it
            tanh(z, out=z)
            copyto(by_gate, z_by_gate)
            sig += 1.0
            sig *= 0.5
            g *= gate_i
            c *= gate_f
            c += g
            h = h_rows[first:last]
            tanh(c, out=h)
            h *= gate_o
            h_prev = h.reshape(2, k, hdim)
            k_prev = k
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
    # the largest and the second largest score of each token: the last two places of a partition at the one before
    # last (the same numbers as a full sort's)
    ordered = np.partition(scores, scores.shape[2] - 2, axis=2)
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
