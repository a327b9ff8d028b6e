"""Token features of the CRF tagger, cached per word type.

Python feature extraction is the bottleneck of CRF tagging (decoding alone runs at ~100K tokens/s), and word
types repeat, so everything that depends on one word is computed once per type and cached:

* the word's own features (normalized form, clitic-stripped stem, affixes, shape, length, proclitic) and its
  word-list cues: given name (``ar/person_names.yaml``), title or office word (``ar/roles.yaml``), name particle,
  place name (``resources/ner/places.txt``, GeoNames cities written by ``scripts/train_ner.py``);
* the same word's context features as seen from a neighbour at offset -2..+2 (prefixed copies).

A token's feature list is then the concatenation of cached tuples, two bigrams and one document cue (``dn``: the
word follows a given name or a title elsewhere in the document). The tagger reads them as UTF-8 bytes
(:meth:`FeatureExtractor.sequence_items`; each known attribute encoded once, or given as its code when the model's
attributes were renamed: :mod:`rasd.ner.coded`), which crfsuite takes without re-encoding;
:meth:`FeatureExtractor.sequence_features` gives the same lists as ``str`` (training).
``FEATURE_SET`` names the recipe; the training report records it and :func:`rasd.ner.model.load_tagger` refuses
a packaged model built with another recipe. Editing the word lists changes the features: retrain the model afterwards.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from sys import intern
from typing import cast

from rasd.ner.lexicon import load_lexicon
from rasd.text.cache import shrink_to_most_used
from rasd.text.normalize import normalize_word

#: Name of the feature recipe; stored in the training report and checked when a model is loaded.
FEATURE_SET = "rasd-ner-2"

# Proclitics that attach to Arabic nouns in running text: conjunctions و ف, prepositions ب ل ك, and the article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
#: Word types whose records are kept (~0.5 KB each); when full the most used :data:`_CACHE_KEEP` share stays (see
#: ``_evict``). 43,000 for a batch worker's memory: under 43,690, the most a dict of 2**16 slots holds before its
#: table doubles (round 39, sp8: 50,000 took 2**17 slots; docs/measurements.md#memory).
_CACHE_LIMIT = 43_000
#: The share of :data:`_CACHE_LIMIT` an eviction keeps (round 39: 65% of 43,000 recomputes about as many records as
#: half of 50,000 did; the kept dict stays in 2**16 slots).
_CACHE_KEEP = 0.65
#: Once the record cache is half full, the words of one document in this many are counted for its evictions.
_USES_SAMPLE = 4
#: Sentences per pseudo-document when the input has no document boundaries (``rasd tag-ner``, training corpora):
#: about one news article's worth.
DOCUMENT_WINDOW = 25


_ARABIC_ONLY = re.compile("[\u0600-\u06ff\u0750-\u077f]+")
#: (round 42) :func:`_shape`'s first test, read without its call: a word of Arabic letters only (most words)
_ARABIC_ONLY_FULL = _ARABIC_ONLY.fullmatch


def _shape(word: str) -> str:
    if _ARABIC_ONLY.fullmatch(word):  # most words: one C-level test instead of a loop over the letters
        return "a"
    kinds = set()
    for ch in word:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
            kinds.add("a")
        elif ch.isdigit():
            kinds.add("d")
        elif ch.isalpha():
            kinds.add("L" if ch.isupper() else "l")
        else:
            kinds.add("p")
    return "".join(sorted(kinds)) or "_"


def split_proclitics(norm: str) -> tuple[str, str]:
    """Split a normalized word into ``(proclitics, stem)``: و/ف, then ب/ل/ك, then the article ال (لل → ل+ال).

    Only splits when at least two letters of stem remain, so short words such as ولد or بلد stay whole in the
    stem feature too (the full word is always a feature of its own).

    Args:
        norm: a word already passed through :func:`rasd.text.normalize.normalize`.

    Returns:
        The proclitic letters (``""`` when none) and the rest.
    """
    pro = ""
    rest = norm
    if len(rest) > 3 and rest[0] in _CONJ:
        pro, rest = rest[0], rest[1:]
    if len(rest) > 4 and rest.startswith("لل"):
        return pro + "لال", rest[2:]
    if len(rest) > 3 and rest[0] in _PREP and rest[1:3] == "ال":
        pro, rest = pro + rest[0], rest[1:]
    if len(rest) > 3 and rest.startswith("ال"):
        return pro + "ال", rest[2:]
    if len(rest) > 3 and rest[0] in _PREP:
        return pro + rest[0], rest[1:]
    return pro, rest


@functools.cache
def place_names() -> frozenset[str]:
    """One-word place names (normalized) shipped in ``resources/ner/places.txt``; empty when absent."""
    path = resources.files("rasd.resources").joinpath("ner/places.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# One word type's cached record: its own features, the features it gives its neighbours at offsets -2, -1, +1, +2
# (all as UTF-8 bytes, what crfsuite reads without re-encoding), its normalized form, its stem, and whether it is a
# given name or particle, or a title word (for :meth:`FeatureExtractor.document_context`), and the word's
# :func:`normalize_word` as it is (the normalized form above is that stripped, or the word when it would be empty; the
# entity stage reads the words' normalized forms from here instead of looking each word up again).
# With ``block`` (crfsuite's C tagger, :mod:`rasd.ner.direct`) each of the five feature groups is one ``bytes``, its
# attributes' records joined (:data:`_Group`): a token's item is then a join of seven blocks, not of ~20 attributes.
_Group = tuple[bytes, ...] | bytes
_Tail = tuple[str, str, bool, bool, str]
_Tuple = tuple[bytes, ...]
_TupleRecord = tuple[_Tuple, _Tuple, _Tuple, _Tuple, _Tuple, *_Tail]
_BlockRecord = tuple[bytes, bytes, bytes, bytes, bytes, *_Tail]
_Record = _TupleRecord | _BlockRecord
_NONE: tuple[bytes, ...] = ()
_BOS = (b"BOS",)
_EOS = (b"EOS",)
_DN = (b"dn",)
_P = {k: f"p{k}=" for k in (1, 2, 3)}
_X = {k: f"x{k}=" for k in (1, 2, 3)}
_SX = {k: f"sx{k}=" for k in (1, 2, 3)}


_Five = tuple[bytes | None, bytes | None, bytes | None, bytes | None, bytes | None]
_NONE5: _Five = (None, None, None, None, None)
_OFFSETS = ("", "-2", "-1", "+1", "+2")  # a group's slots: the token's own feature, then as neighbour -2 … +2
_LENGTHS = tuple(str(k) for k in range(9))  # the ``len=`` values: a stem's length, at most 8

_OWN = operator.itemgetter(0)
_NORM = operator.itemgetter(5)
_NAME_CUE = operator.itemgetter(7)  # a given name or a name particle
_TITLE_CUE = operator.itemgetter(8)
#: a padding record: no features at any neighbour offset (the sentence's edges)
_PAD_RECORD: tuple[tuple[bytes, ...], ...] = (_NONE, _NONE, _NONE, _NONE, _NONE)
_PADS = (_PAD_RECORD, _PAD_RECORD)
_NO_PAIR: tuple[tuple[bytes, ...], tuple[bytes, ...]] = (_NONE, _NONE)
# the same for records and pairs held as blocks
_PAD_BLOCKS = (b"", b"", b"", b"", b"")
_BLOCK_PADS = (_PAD_BLOCKS, _PAD_BLOCKS)
_NO_BLOCK_PAIR = (b"", b"")
#: the bare contexts (:meth:`FeatureExtractor._record_known`) kept at most; then it starts again
_BARE_LIMIT = 8_192


def _pair_table(
    before: dict[str, tuple[bytes, ...]], after: dict[str, tuple[bytes, ...]]
) -> dict[str, dict[str, tuple[tuple[bytes, ...], tuple[bytes, ...]]]]:
    """The bigram features by first word, then second: ``table[a][b]`` = (``before["a|b"]``, ``after["a|b"]``).

    A key with several ``|`` (a word may be ``|``) is entered under each of its splits, so ``table[a][b]`` exists
    exactly when ``a + "|" + b`` is a key of ``before`` or ``after``."""
    table: dict[str, dict[str, tuple[tuple[bytes, ...], tuple[bytes, ...]]]] = {}
    for key in {*before, *after}:
        at = key.find("|")
        while at >= 0:
            pair = (before.get(key, _NONE), after.get(key, _NONE))
            table.setdefault(key[:at], {})[key[at + 1 :]] = pair
            at = key.find("|", at + 1)
    return table


class _Groups:
    """The model's known attributes (UTF-8 bytes) by what a word record looks them up with.

    ``word["قال"]`` is the 5-tuple of ``w=قال``, ``-2w=قال``, ``-1w=قال``, ``+1w=قال``, ``+2w=قال`` (None where the
    model has no weight for one); likewise ``stem`` (``s=``), ``pro``, ``shape`` (``sh=``), ``x2`` (own and ±1 only)
    and ``cue`` (``gn``, ``-2gn`` …); the rest are one attribute per value.
    """

    __slots__ = (
        "bias", "cue", "length", "p1", "p2", "p3", "pro", "raw", "shape", "sp2", "stem", "sx1", "sx2", "sx3", "word",
        "x1", "x2", "x3",
    )  # fmt: skip

    def __init__(self) -> None:
        self.word: dict[str, _Five] = {}
        self.stem: dict[str, _Five] = {}
        self.pro: dict[str, _Five] = {}
        self.shape: dict[str, _Five] = {}
        self.x2: dict[str, _Five] = {}
        self.cue: dict[str, _Five] = {}
        self.bias: bytes | None = None
        self.length: dict[str, bytes] = {}
        self.p1: dict[str, bytes] = {}
        self.p2: dict[str, bytes] = {}
        self.p3: dict[str, bytes] = {}
        self.x1: dict[str, bytes] = {}
        self.x3: dict[str, bytes] = {}
        self.sx1: dict[str, bytes] = {}
        self.sx2: dict[str, bytes] = {}
        self.sx3: dict[str, bytes] = {}
        self.sp2: dict[str, bytes] = {}
        self.raw: dict[str, bytes] = {}

    @classmethod
    def build(cls, known: dict[str, bytes]) -> _Groups:
        """The groups of ``known`` (each attribute -> its UTF-8 bytes, which the groups share)."""
        g = cls()
        fives = {"w": g.word, "s": g.stem, "pro": g.pro, "sh": g.shape, "x2": g.x2}
        singles = {
            "len": g.length, "p1": g.p1, "p2": g.p2, "p3": g.p3, "x1": g.x1, "x3": g.x3, "sx1": g.sx1,
            "sx2": g.sx2, "sx3": g.sx3, "sp2": g.sp2, "raw": g.raw,
        }  # fmt: skip
        slots: dict[str, list[bytes | None]] = {}
        for f, b in known.items():
            if f == "bias":
                g.bias = b
                continue
            kind, eq, value = f.partition("=")  # no kind has a "=" in it; a value may ("w==")
            off = kind[:2] if kind[:1] in "+-" else ""
            base = kind[len(off) :]
            if not eq and base in ("gn", "tw", "pt", "gz"):
                slots.setdefault("cue\0" + base, [None] * 5)[_OFFSETS.index(off)] = b
            elif eq and base in fives:
                slots.setdefault(base + "\0" + value, [None] * 5)[_OFFSETS.index(off)] = b
            elif eq and not off and kind in singles:
                singles[kind][value] = b
            # anything else (bigrams, BOS, EOS, dn) is added per sentence, not per word
        for key, five in slots.items():
            base, _, value = key.partition("\0")
            (g.cue if base == "cue" else fives[base])[value] = (five[0], five[1], five[2], five[3], five[4])
        for c in ("gn", "tw", "pt", "gz"):
            g.cue.setdefault(c, _NONE5)
        return g


class FeatureExtractor:
    """Turns token sequences into crfsuite feature lists, caching per word type.

    One instance is kept per process (see :mod:`rasd.ner.model`); its caches grow to a bounded size.
    """

    def __init__(
        self,
        *,
        lexical: bool = True,
        known: frozenset[str] | None = None,
        codes: Callable[[], Mapping[str, bytes]] | None = None,
        block: int | None = None,
    ) -> None:
        self.lexical = lexical
        #: attributes the model has weights for; others are dropped once per word type (``None``: keep all)
        self.known = known
        #: with ``known``: gives each attribute's code in a model whose attributes were renamed
        #: (:func:`rasd.ner.coded.coded_model`); the features are then those codes, not the UTF-8 names (an attribute
        #: without a code is dropped: that model has no weight for it). Called when the groups are built and again
        #: only if the plain path or a feature's name is asked for (the mapping is not kept: ~1.3 MB)
        self._codes = codes if known is not None else None
        #: a code -> its attribute's name (built on first use, see :meth:`_name`)
        self._names: dict[bytes, str] | None = None
        #: with ``codes``: every code is this many bytes and the records hold each feature group as one block, the
        #: codes joined (crfsuite's C tagger, :mod:`rasd.ner.direct`, reads a token's attributes as one array), and
        #: :meth:`record_blocks` gives a sentence's items as one block per token; None: tuples of codes or names
        self._block = block if self._codes is not None else None
        #: a group of features as the records hold it, from an iterable of their bytes: a block or a tuple
        self._group: Callable[[Iterable[bytes]], _Group] = b"".join if self._block else tuple
        #: the context groups of a word neither it nor its stem known to the model, by its proclitic's, shape's and
        #: last two letters' attribute groups (most new words; the same few hundred groups, shared)
        self._bare: dict[tuple[_Five, _Five, _Five], list[_Group]] = {}
        self._lexicon = load_lexicon() if lexical else None
        self._records: dict[str, _Record] = {}
        #: how often each word type was seen by :meth:`document_context` since the last eviction (in a sample of the
        #: documents: see :meth:`document_records`)
        self._uses: Counter[str] = Counter()
        self._documents = 0
        # known attribute -> its UTF-8 bytes or code (one shared object per attribute); only the plain path of _record
        # reads it, so it is dropped once the groups hold the same bytes (built again if that path is taken)
        known_bytes = None if known is None else self._known_codes()
        #: the sentence's edges and the document cue as features: their codes when the model is renamed
        edges: list[tuple[bytes, ...]] = [_BOS, _EOS, _DN]
        if self._codes is not None and known_bytes is not None:
            edges = [(b,) if (b := known_bytes.get(f)) is not None else _NONE for f in ("BOS", "EOS", "dn")]
        self._dn = edges[2]
        self._pair_bos: tuple[tuple[bytes, ...], tuple[bytes, ...]] = (edges[0], _NONE)
        self._pair_eos: tuple[tuple[bytes, ...], tuple[bytes, ...]] = (_NONE, edges[1])
        #: the same as blocks (with ``block``): ``dn``, the pairs at the edges, and :attr:`_pairs` (see __init__'s end)
        self._dn_block = b"".join(edges[2])
        self._bos_block = (b"".join(edges[0]), b"")
        self._eos_block = (b"", b"".join(edges[1]))
        self._block_pairs: dict[str, dict[str, tuple[bytes, bytes]]] = {}
        #: the bigrams the model knows by their first word, then their second: ``_pairs[a][b]`` is (the ``bg-`` feature
        #: of ``a|b``, its ``bg+`` feature) as bytes, each () when the model has none (see :func:`_pair_table`);
        #: None: every pair is a feature (no attribute list)
        self._pairs: dict[str, dict[str, tuple[tuple[bytes, ...], tuple[bytes, ...]]]] | None = None
        #: known attributes grouped by the value they are looked up by (see :meth:`_record_known`); None: not built
        self._groups: _Groups | None = None
        #: the word lists and look-ups :meth:`_record_known` reads (:meth:`_known_reads`; None: not made yet)
        self._reads: tuple[tuple[frozenset[str], ...], tuple[Callable[[str], bytes | None], ...]] | None = None
        if known_bytes is not None:
            before: dict[str, tuple[bytes, ...]] = {f[4:]: (b,) for f, b in known_bytes.items() if f.startswith("bg-=")}
            after: dict[str, tuple[bytes, ...]] = {f[4:]: (b,) for f, b in known_bytes.items() if f.startswith("bg+=")}
            pairs = _pair_table(before, after)
            if self._block:  # only the blocks are kept (record_items reads its attributes from them)
                self._block_pairs = {
                    a: {b: (b"".join(p[0]), b"".join(p[1])) for b, p in row.items()} for a, row in pairs.items()
                }
            else:
                self._pairs = pairs
            self._groups = _Groups.build(known_bytes)
            known_bytes = None
        self._known_bytes: dict[str, bytes] | None = known_bytes

    def cues(self, norm: str, stem: str) -> list[str]:
        """Word-list cues of one word: given name, title or office word, name particle."""
        lex = self._lexicon
        if lex is None:
            return []
        out = []
        if norm in lex.given_names or stem in lex.given_names:
            out.append("gn")
        if norm in lex.title_words or stem in lex.title_words or ("ال" + stem) in lex.title_words:
            out.append("tw")
        if norm in lex.particles:
            out.append("pt")
        places = place_names()
        if norm in places or stem in places:
            out.append("gz")
        return out

    def _keep(self, feats: list[str]) -> _Group:
        known = self._known_bytes
        if known is None:
            if self.known is None:
                return tuple([f.encode("utf-8") for f in feats])
            known = self._known_bytes = self._known_codes()
        get = known.get
        return self._group([b for f in feats if (b := get(f)) is not None])

    def _known_codes(self) -> dict[str, bytes]:
        """Each known attribute -> the bytes crfsuite is given for it: its UTF-8 name, or its code."""
        assert self.known is not None
        if self._codes is None:
            return {f: f.encode("utf-8") for f in self.known}
        codes = self._codes()
        return {f: b for f in self.known if (b := codes.get(f)) is not None}

    def _name(self, feature: bytes) -> str:
        """The attribute name of a feature as a record holds it (its UTF-8 bytes, or its code)."""
        if self._codes is None:
            return feature.decode("utf-8")
        if self._names is None:
            self._names = {b: f for f, b in self._codes().items()}
        return self._names[feature]

    def _record(self, word: str) -> _Record:
        """The cached record of one word type (computed on first sight)."""
        rec = self._records.get(word)
        if rec is not None:
            return rec
        if self._groups is not None:
            return self._record_known(word)
        normalized = normalize_word(word)
        n = normalized.strip() or word
        pro, stem = split_proclitics(n)
        cues = self.cues(n, stem)
        shape = _shape(word)
        own = ["bias", "w=" + n, "s=" + stem, "pro=" + pro, "sh=" + shape, "len=" + str(min(len(stem), 8))]
        ln, ls = len(n), len(stem)
        for k in (1, 2, 3):
            if ln > k:
                own.append(_P[k] + n[:k])
                own.append(_X[k] + n[-k:])
            if ls > k:
                own.append(_SX[k] + stem[-k:])
        if stem != n:
            own.append("sp2=" + stem[:2])
        if word != n:
            own.append("raw=" + word)
        own.extend(cues)
        # offsets are from the point of view of the token being tagged: its neighbour at -2, -1, +1, +2
        x2 = n[-2:] if ln > 2 else None
        keep = self._keep
        ctx = []
        for off in ("-2", "-1", "+1", "+2"):
            feats = [off + "w=" + n, off + "s=" + stem]
            if cues:
                feats.extend([off + c for c in cues])
            if off == "-1" or off == "+1":
                feats.append(off + "pro=" + pro)
                feats.append(off + "sh=" + shape)
                if x2 is not None:
                    feats.append(off + "x2=" + x2)
            ctx.append(keep(feats))
        return self._remember(word, keep(own), ctx, n, stem, cues, normalized)

    def _record_known(self, word: str) -> _Record:
        """:meth:`_record` when the model's attributes are known: the same features in the same order, found with
        one lookup per value (the word, its stem, proclitic, shape, last two letters, each cue) that gives the
        attribute as the token's own feature and as each neighbour's at once; most values of a rare word have none.

        (Round 42, sp17) The word lists of :meth:`cues` and the groups' look-ups are read from :meth:`_known_reads`
        (made once), the shape of an all-Arabic word is tested here, and the record is built here rather than by
        :meth:`_remember`: the same record, ~90,000 of them per 1,000 articles."""
        g = self._groups
        assert g is not None
        reads = self._reads or self._known_reads()
        normalized = normalize_word(word)
        n = normalized.strip() or word
        pro, stem = split_proclitics(n)
        gn, tw, pt, gz = reads[0]
        cues = []  # :meth:`cues`, the same list
        if n in gn or stem in gn:
            cues.append("gn")
        if n in tw or stem in tw or ("ال" + stem) in tw:
            cues.append("tw")
        if n in pt:
            cues.append("pt")
        if n in gz or stem in gz:
            cues.append("gz")
        shape = "a" if _ARABIC_ONLY_FULL(word) else _shape(word)
        ln, ls = len(n), len(stem)
        w5 = g.word.get(n, _NONE5)
        s5 = g.stem.get(stem, _NONE5)
        pro5 = g.pro.get(pro, _NONE5)
        sh5 = g.shape.get(shape, _NONE5)
        x5 = g.x2.get(n[-2:], _NONE5) if ln > 2 else _NONE5
        p1, x1, sx1, p2, sx2, p3, x3, sx3 = reads[1]
        length = g.length.get(_LENGTHS[min(ls, 8)])
        if ls > 3:  # most words (then ln > 3 too): every affix, in the order of the branches below
            # the stem is the word's end (split_proclitics cuts from the front): its last letters are the word's
            end1, end2, end3 = n[-1:], n[-2:], n[-3:]
            own = [
                g.bias, w5[0], s5[0], pro5[0], sh5[0], length, p1(n[:1]), x1(end1), sx1(end1), p2(n[:2]), x5[0],
                sx2(end2), p3(n[:3]), x3(end3), sx3(end3),
            ]  # fmt: skip
        else:
            own = [g.bias, w5[0], s5[0], pro5[0], sh5[0], length]
            if ln > 1:
                own.append(p1(n[:1]))
                own.append(x1(n[-1:]))
            if ls > 1:
                own.append(sx1(stem[-1:]))
            if ln > 2:
                own.append(p2(n[:2]))
                own.append(x5[0])
            if ls > 2:
                own.append(sx2(stem[-2:]))
            if ln > 3:
                own.append(p3(n[:3]))
                own.append(x3(n[-3:]))
        if stem != n:
            own.append(g.sp2.get(stem[:2]))
        if word != n:
            own.append(g.raw.get(word))
        # offsets are from the point of view of the token being tagged: its neighbour at -2, -1, +1, +2 (index 1-4)
        group = self._group  # a tuple of the features, or their block
        ctx: list[_Group]
        if cues:
            c5 = [g.cue[c] for c in cues]
            own.extend([c[0] for c in c5])
            ctx = []
            for j in (1, 2, 3, 4):
                feats = [w5[j], s5[j], *[c[j] for c in c5]]
                if j == 2 or j == 3:
                    feats += (pro5[j], sh5[j], x5[j])
                ctx.append(group(filter(None, feats)))
        elif w5 is _NONE5 and s5 is _NONE5:  # most new words: neither the word nor its stem is known to the model
            # (round 39) the same groups for every word of the same proclitic, shape and ending: made once, shared
            # by the records (their memory) and kept while there are few (the model bounds them)
            key = (pro5, sh5, x5)
            bare = self._bare.get(key)
            if bare is None:
                if len(self._bare) >= _BARE_LIMIT:
                    self._bare.clear()
                bare = self._bare[key] = [
                    group(()),
                    group(filter(None, (pro5[2], sh5[2], x5[2]))),
                    group(filter(None, (pro5[3], sh5[3], x5[3]))),
                    group(()),
                ]
            ctx = bare
        else:  # most words: no cue, the same tuples built without the loop
            ctx = [
                group(filter(None, (w5[1], s5[1]))),
                group(filter(None, (w5[2], s5[2], pro5[2], sh5[2], x5[2]))),
                group(filter(None, (w5[3], s5[3], pro5[3], sh5[3], x5[3]))),
                group(filter(None, (w5[4], s5[4]))),
            ]
        # what :meth:`_remember` makes and caches (strings interned: one object per word type across the caches)
        if cues:
            name_cue, title_cue = "gn" in cues or "pt" in cues, "tw" in cues
        else:
            name_cue = title_cue = False
        # normalize_word's forms are interned already (its cache's values), and so is a stem that is the whole word
        n = n if n is normalized else intern(n)
        rec: _Record = (
            group(filter(None, own)), ctx[0], ctx[1], ctx[2], ctx[3], n, n if stem == n else intern(stem),
            name_cue, title_cue, normalized,
        )  # type: ignore[assignment]  # fmt: skip
        if len(self._records) >= _CACHE_LIMIT:
            self._evict()
        self._records[intern(word)] = rec
        return rec

    def _known_reads(self) -> tuple[tuple[frozenset[str], ...], tuple[Callable[[str], bytes | None], ...]]:
        """What :meth:`_record_known` reads for every word, made once: the word lists of :meth:`cues` (given names,
        title words, particles, place names; empty without the lexicon) and the ``get`` of the affix groups."""
        g = self._groups
        assert g is not None
        lex = self._lexicon
        empty: frozenset[str] = frozenset()
        lists = (
            (lex.given_names, lex.title_words, lex.particles, place_names())
            if lex is not None
            else (empty, empty, empty, empty)
        )
        gets = (g.p1.get, g.x1.get, g.sx1.get, g.p2.get, g.sx2.get, g.p3.get, g.x3.get, g.sx3.get)
        self._reads = (lists, gets)
        return self._reads

    def _remember(
        self,
        word: str,
        own: _Group,
        ctx: Sequence[_Group],
        n: str,
        stem: str,
        cues: Sequence[str],
        normalized: str,
    ) -> _Record:
        """Cache and return the record of ``word`` (both paths above build the same shape)."""
        # (round 31, mem1) the strings interned: one object per word type across the caches (batch worker memory)
        rec = cast(
            _Record,
            (
                own,
                ctx[0],
                ctx[1],
                ctx[2],
                ctx[3],
                intern(n),
                intern(stem),
                "gn" in cues or "pt" in cues,
                "tw" in cues,
                intern(normalized),
            ),
        )  # the five groups all tuples or all blocks (``block``)
        if len(self._records) >= _CACHE_LIMIT:
            self._evict()
        self._records[intern(word)] = rec
        return rec

    def _evict(self) -> None:
        """Make room in the record cache: keep the most used :data:`_CACHE_KEEP` share (by document counts, older
        counts halved).

        Frequent words (في، من، قال، punctuation) stay cached; rare ones are computed again when they come back.
        """
        uses = self._uses
        shrink_to_most_used(self._records, uses, int(_CACHE_LIMIT * _CACHE_KEEP))
        self._uses = Counter({w: c // 2 for w in self._records if (c := uses.get(w, 0)) > 1})

    def record(self, word: str) -> _Record:
        """The cached record of one word type: its own features, the features it gives its neighbours at
        -2, -1, +1, +2 (UTF-8 bytes, only attributes the model knows), its normalized form and stem, and whether
        it is a given name or particle, and a title word."""
        return self._records.get(word) or self._record(word)

    def stem(self, word: str) -> str:
        """The word's normalized form without proclitics (from its cached record): ``propagate``'s matching key."""
        return (self._records.get(word) or self._record(word))[6]

    def _attributes(self, group: _Group) -> tuple[bytes, ...]:
        """The features of a record's group one by one (a block cut into its codes)."""
        if isinstance(group, tuple):
            return group
        width = self._block or 1
        return tuple([group[k : k + width] for k in range(0, len(group), width)])

    def own_features(self, word: str) -> tuple[str, ...]:
        """Features of ``word`` itself."""
        return tuple(map(self._name, self._attributes(self._record(word)[0])))

    def context_features(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Features that ``word`` contributes to the token at offsets -2, -1, +1, +2 from it."""
        rec = self._record(word)
        return tuple(tuple(map(self._name, self._attributes(feats))) for feats in (rec[1], rec[2], rec[3], rec[4]))

    def document_context(self, sentences: Iterable[Sequence[str]]) -> frozenset[str]:
        """Stems that follow a given name, a name particle or a title word somewhere in a document.

        A family name seen once after a first name (مايكل بالاك) marks its bare mentions elsewhere in the same
        document (ويرى بالاك) with the feature ``dn``.
        """
        return self.document_records(sentences)[0]

    def document_records(self, sentences: Iterable[Sequence[str]]) -> tuple[frozenset[str], list[list[_Record]]]:
        """:meth:`document_context` and the record of every token of each sentence, read in the same pass (the
        tagger builds the sentences' features and the name keys from them without looking the words up again)."""
        out: set[str] = set()
        records = self._records
        uses = self._uses
        all_recs: list[list[_Record]] = []
        # counted only once the cache is half full (the counts choose what an eviction keeps; until then none runs),
        # and then one document in _USES_SAMPLE: a sample ranks the frequent words as the whole does, for a quarter of
        # the counting (docs/measurements.md, round 18)
        self._documents += 1
        count = len(records) >= _CACHE_LIMIT // 2 and self._documents % _USES_SAMPLE == 0
        for tokens in sentences:
            if count:
                uses.update(tokens)
            # (round 38, sp6) the cached records by a C-level map; the few new words then computed in order
            got = list(map(records.get, tokens))
            recs = (
                cast(list[_Record], got)
                if None not in got
                else [r or self._record(tok) for r, tok in zip(got, tokens, strict=True)]
            )
            all_recs.append(recs)
            # (round 37) the words right after a cue word (a given name, particle or title) that are none themselves:
            # cue words are few, so the flags are read in C and only those words visited
            cues = list(map(operator.or_, map(_NAME_CUE, recs), map(_TITLE_CUE, recs)))
            ends = map(operator.gt, cues, itertools.islice(cues, 1, None))  # a cue word, then none
            for rec in itertools.compress(itertools.islice(recs, 1, None), ends):
                norm, stem = rec[5], rec[6]
                if len(norm) > 2:
                    out.add(norm)
                if len(stem) > 2:
                    out.add(stem)
        return frozenset(out), all_recs

    def sequence_items(self, tokens: Sequence[str], context: frozenset[str] = frozenset()) -> list[list[bytes]]:
        """The feature list of every token of one sentence as UTF-8 bytes (what crfsuite reads fastest).

        The same features, in the same order, as :meth:`sequence_features`.
        """
        if not tokens:
            return []
        records = self._records
        return self.record_items([records.get(t) or self._record(t) for t in tokens], context)

    def record_items(self, recs: Sequence[_Record], context: frozenset[str] = frozenset()) -> list[list[bytes]]:
        """:meth:`sequence_items` of a sentence given by its tokens' records (:meth:`document_records`).

        Each token's item is its own features, ``dn``, the features of its neighbours at -2 and -1, the bigram with
        the word before (``BOS`` first), the neighbour at +1, the bigram with the word after (``EOS`` last) and the
        neighbour at +2. The neighbours are read from the records shifted by padding records (no column lists), and
        a bigram is looked up by its first word, then its second (no ``a|b`` string built per token: most words
        start no bigram the model knows)."""
        n = len(recs)
        if not n:
            return []
        if self._block:  # the records hold blocks: each token's block cut into its attributes
            return [list(self._attributes(b)) for b in self.record_blocks(recs, context)]
        pairs = self._pairs
        if pairs is None:
            return self._record_items_all_pairs(recs, context)
        get = pairs.get
        # bg[k] is the pair (bg- of token k, bg+ of token k - 1): bg[0] opens with BOS, bg[n] closes with EOS
        bg = [self._pair_bos]
        bg += [
            _NO_PAIR if (row := get(a)) is None else row.get(b, _NO_PAIR)
            for a, b in itertools.pairwise(map(_NORM, recs))
        ]
        bg.append(self._pair_eos)
        # the token's own features, then dn when the document's context has its word
        dn = self._dn
        recs = cast(Sequence[_TupleRecord], recs)  # without ``block``
        owns: Iterable[tuple[bytes, ...]] = (
            [r[0] + dn if r[5] in context or r[6] in context else r[0] for r in recs] if context else map(_OWN, recs)
        )
        return [
            [*o, *a[1], *b[2], *bb[0], *c[3], *ba[1], *e[4]]
            for o, a, b, bb, c, ba, e in zip(
                owns,
                itertools.chain(_PADS, recs),  # the word two before
                itertools.chain(_PADS[:1], recs),  # the word before
                bg,
                itertools.chain(itertools.islice(recs, 1, None), _PADS),  # the word after
                itertools.islice(bg, 1, None),
                itertools.chain(itertools.islice(recs, 2, None), _PADS),  # the word two after
                strict=False,
            )
        ]

    def record_blocks(self, recs: Sequence[_Record], context: frozenset[str] = frozenset()) -> list[bytes]:
        """:meth:`record_items` as one block per token (the extractor's ``block``: each item's codes joined, what
        crfsuite's C tagger reads): the same attributes in the same order, joined from the seven blocks of the
        records and pairs instead of ~20 attributes (round 39)."""
        assert self._block, "record_blocks needs an extractor whose records hold blocks"
        recs = cast(Sequence[_BlockRecord], recs)
        get = self._block_pairs.get
        no_pair = _NO_BLOCK_PAIR
        # bg[k] is the pair (bg- of token k, bg+ of token k - 1): bg[0] opens with BOS, bg[n] closes with EOS
        bg = [self._bos_block]
        bg += [
            no_pair if (row := get(a)) is None else row.get(b, no_pair) for a, b in itertools.pairwise(map(_NORM, recs))
        ]
        bg.append(self._eos_block)
        dn = self._dn_block
        owns = [r[0] + dn if r[5] in context or r[6] in context else r[0] for r in recs] if context else map(_OWN, recs)
        join = b"".join
        return [
            join((o, a[1], b[2], bb[0], c[3], ba[1], e[4]))
            for o, a, b, bb, c, ba, e in zip(
                owns,
                itertools.chain(_BLOCK_PADS, recs),  # the word two before
                itertools.chain(_BLOCK_PADS[:1], recs),  # the word before
                bg,
                itertools.chain(itertools.islice(recs, 1, None), _BLOCK_PADS),  # the word after
                itertools.islice(bg, 1, None),
                itertools.chain(itertools.islice(recs, 2, None), _BLOCK_PADS),  # the word two after
                strict=False,
            )
        ]

    def _record_items_all_pairs(self, recs: Sequence[_Record], context: frozenset[str]) -> list[list[bytes]]:
        """:meth:`record_items` without the model's attribute list: every bigram is a feature (training)."""
        n = len(recs)
        norms = [r[5] for r in recs]
        dns = [_DN if r[5] in context or r[6] in context else _NONE for r in recs] if context else [_NONE] * n
        pairs = [a + "|" + b for a, b in itertools.pairwise(norms)]
        bg_before: list[tuple[bytes, ...]] = [_BOS]
        bg_before += [(("bg-=" + p).encode("utf-8"),) for p in pairs]
        bg_after: list[tuple[bytes, ...]] = [(("bg+=" + p).encode("utf-8"),) for p in pairs]
        bg_after.append(_EOS)
        pad = [_NONE, _NONE]
        m2 = pad + [r[1] for r in recs[:-2]]
        m1 = pad[:1] + [r[2] for r in recs[:-1]]
        p1 = [r[3] for r in recs[1:]] + pad[:1]
        p2 = [r[4] for r in recs[2:]] + pad
        return [
            [*r[0], *d, *a, *b, *bb, *c, *ba, *e]
            for r, d, a, b, bb, c, ba, e in zip(recs, dns, m2, m1, bg_before, p1, bg_after, p2, strict=False)
        ]

    def sequence_features(self, tokens: Sequence[str], context: frozenset[str] = frozenset()) -> list[list[str]]:
        """The feature list of every token of one sentence; ``context`` is :meth:`document_context`."""
        name = self._name
        return [[name(f) for f in item] for item in self.sequence_items(tokens, context)]
