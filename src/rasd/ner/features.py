"""Token features of the CRF tagger, cached per word type.

Python feature extraction is the bottleneck of CRF tagging (decoding alone runs at ~100K tokens/s), and word
types repeat, so everything that depends on one word is computed once per type and cached:

* the word's own features (normalized form, clitic-stripped stem, affixes, shape, length, proclitic) and its
  word-list cues: given name (``ar/person_names.yaml``), title or office word (``ar/roles.yaml``), name particle,
  place name (``resources/ner/places.txt``, GeoNames cities written by ``scripts/train_ner.py``);
* the same word's context features as seen from a neighbour at offset -2..+2 (prefixed copies).

A token's feature list is then the concatenation of cached tuples, two bigrams and one document cue (``dn``: the
word follows a given name or a title elsewhere in the document). ``FEATURE_SET`` names the recipe; the training
report records it and :func:`rasd.ner.model.load_tagger` refuses a packaged model built with another recipe.
Editing the word lists changes the features: retrain the model afterwards.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from importlib import resources

from rasd.ner.lexicon import load_lexicon
from rasd.text.normalize import normalize

#: Name of the feature recipe; stored in the training report and checked when a model is loaded.
FEATURE_SET = "rasd-ner-2"

# Proclitics that attach to Arabic nouns in running text: conjunctions و ف, prepositions ب ل ك, and the article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_CACHE_LIMIT = 200_000
#: Sentences per pseudo-document when the input has no document boundaries (``rasd tag-ner``, training corpora):
#: about one news article's worth.
DOCUMENT_WINDOW = 25


def _shape(word: str) -> str:
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
def _places() -> frozenset[str]:
    """One-word place names (normalized) shipped in ``resources/ner/places.txt``; empty when absent."""
    path = resources.files("rasd.resources").joinpath("ner/places.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


class FeatureExtractor:
    """Turns token sequences into crfsuite feature lists, caching per word type.

    One instance is kept per process (see :mod:`rasd.ner.model`); its caches grow to a bounded size.
    """

    def __init__(self, *, lexical: bool = True, known: frozenset[str] | None = None) -> None:
        self.lexical = lexical
        #: attributes the model has weights for; others are dropped once per word type (``None``: keep all)
        self.known = known
        self._lexicon = load_lexicon() if lexical else None
        self._own: dict[str, tuple[str, ...]] = {}
        self._ctx: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._norm: dict[str, str] = {}
        self._stems: dict[str, tuple[str, bool, bool]] = {}

    def _normalized(self, word: str) -> str:
        norm = self._norm.get(word)
        if norm is None:
            norm = normalize(word).strip() or word
            if len(self._norm) < _CACHE_LIMIT:
                self._norm[word] = norm
        return norm

    def _cues(self, norm: str, stem: str) -> list[str]:
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
        places = _places()
        if norm in places or stem in places:
            out.append("gz")
        return out

    def own_features(self, word: str) -> tuple[str, ...]:
        """Features of ``word`` itself (cached)."""
        feats = self._own.get(word)
        if feats is not None:
            return feats
        n = self._normalized(word)
        pro, stem = split_proclitics(n)
        out = [
            "bias",
            "w=" + n,
            "s=" + stem,
            "pro=" + pro,
            "sh=" + _shape(word),
            "len=" + str(min(len(stem), 8)),
        ]
        for k in (1, 2, 3):
            if len(n) > k:
                out.append(f"p{k}=" + n[:k])
                out.append(f"x{k}=" + n[-k:])
            if len(stem) > k:
                out.append(f"sx{k}=" + stem[-k:])
        if stem != n:
            out.append(f"sp2={stem[:2]}")

        if word != n:
            out.append("raw=" + word)
        out.extend(self._cues(n, stem))
        feats = self._keep(out)
        if len(self._own) < _CACHE_LIMIT:
            self._own[word] = feats
        return feats

    def _keep(self, feats: list[str]) -> tuple[str, ...]:
        known = self.known
        if known is None:
            return tuple(feats)
        return tuple(f for f in feats if f in known)

    def context_features(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Features that ``word`` contributes to the token at offsets -2, -1, +1, +2 from it (cached)."""
        ctx = self._ctx.get(word)
        if ctx is not None:
            return ctx
        n = self._normalized(word)
        pro, stem = split_proclitics(n)
        # offsets are from the point of view of the token being tagged: its neighbour at -2, -1, +1, +2
        out = []
        for off in ("-2", "-1", "+1", "+2"):
            feats = [f"{off}w=" + n, f"{off}s=" + stem]
            feats.extend(off + c for c in self._cues(n, stem))
            if off in ("-1", "+1"):
                feats.append(f"{off}pro=" + pro)
                feats.append(f"{off}sh=" + _shape(word))
                if len(n) > 2:
                    feats.append(f"{off}x2=" + n[-2:])
            out.append(self._keep(feats))
        ctx = tuple(out)
        if len(self._ctx) < _CACHE_LIMIT:
            self._ctx[word] = ctx
        return ctx

    def _stem_cues(self, word: str) -> tuple[str, bool, bool]:
        """``(stem, is given name or particle, is title word)`` of a word (cached)."""
        hit = self._stems.get(word)
        if hit is None:
            n = self._normalized(word)
            stem = split_proclitics(n)[1]
            cues = self._cues(n, stem)
            hit = (stem, "gn" in cues or "pt" in cues, "tw" in cues)
            if len(self._stems) < _CACHE_LIMIT:
                self._stems[word] = hit
        return hit

    def document_context(self, sentences: Iterable[Sequence[str]]) -> frozenset[str]:
        """Stems that follow a given name, a name particle or a title word somewhere in a document.

        A family name seen once after a first name (مايكل بالاك) marks its bare mentions elsewhere in the same
        document (ويرى بالاك) with the feature ``dn``.
        """
        out: set[str] = set()
        for tokens in sentences:
            prev_cue = False
            for tok in tokens:
                stem, name_cue, title_cue = self._stem_cues(tok)
                if prev_cue and not (name_cue or title_cue):
                    norm = self._normalized(tok)
                    if len(norm) > 2:
                        out.add(norm)
                    if len(stem) > 2:
                        out.add(stem)
                prev_cue = name_cue or title_cue
        return frozenset(out)

    def sequence_features(self, tokens: Sequence[str], context: frozenset[str] = frozenset()) -> list[list[str]]:
        """The feature list of every token of one sentence; ``context`` is :meth:`document_context`."""
        n = len(tokens)
        known = self.known
        own = [self.own_features(t) for t in tokens]
        ctx = [self.context_features(t) for t in tokens]
        norms = [self._normalized(t) for t in tokens]
        out: list[list[str]] = []
        for i in range(n):
            feats = list(own[i])
            if context and (norms[i] in context or self._stem_cues(tokens[i])[0] in context):
                feats.append("dn")
            if i >= 2:
                feats.extend(ctx[i - 2][0])
            if i >= 1:
                feats.extend(ctx[i - 1][1])
                bigram = "bg-=" + norms[i - 1] + "|" + norms[i]
                if known is None or bigram in known:
                    feats.append(bigram)
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats.extend(ctx[i + 1][2])
                bigram = "bg+=" + norms[i] + "|" + norms[i + 1]
                if known is None or bigram in known:
                    feats.append(bigram)
            else:
                feats.append("EOS")
            if i + 2 < n:
                feats.extend(ctx[i + 2][3])
            out.append(feats)
        return out
