"""The shipped NER model: loaded lazily, once per process, and used to tag token sequences.

Two models vote. The CRF (``rasd/resources/ner/ner.crfsuite``, written by ``scripts/train_ner.py`` with
``report.json``: data, split, features, scores) gives per-token tag marginals; its features come from
:class:`rasd.ner.features.FeatureExtractor`, cached per word type. A character-aware BiLSTM
(``resources/ner/nn.npz``, written by ``scripts/train_ner_nn.py``, run in numpy by :mod:`rasd.ner.neural`) gives
per-token tag probabilities. Their log-probabilities are averaged (:data:`MIX`) and decoded with a Viterbi pass
over valid BIO transitions. Chosen on the dev sets: the mix beats either model alone on NewsFANE, Wojood and AQMAR
(numbers in ``report.json`` → ``network``). The network runs only on the sentences where the CRF is unsure of some
token (:data:`CASCADE`); the others are decoded from the CRF's marginals alone. From its fourth document on
(:data:`CODED_AFTER`: one article's cold start reads the model by name) the fast mode gives crfsuite's C tagger the
attributes by id (:mod:`rasd.ner.direct`), or, where that cannot be done, reads a copy of the CRF whose attributes are
renamed to three-byte codes (:mod:`rasd.ner.coded`): the same tags either way, for less time per token.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasd.errors import ResourceError
from rasd.ner.coded import coded_model, model_names
from rasd.ner.direct import ATTRIBUTE_SIZE, DirectTagger, attribute_bytes, open_direct
from rasd.ner.features import FEATURE_SET, FeatureExtractor, _Record
from rasd.ner.propagate import postprocess

if TYPE_CHECKING:
    from rasd.ner.crf import CRFScorer
    from rasd.ner.neural import NeuralTagger

MODEL_RESOURCE = "ner/ner.crfsuite"
NN_RESOURCE = "ner/nn.npz"
REPORT_RESOURCE = "ner/report.json"
#: Weight of the CRF's log-marginals in the mix (the network gets the rest).
MIX = 0.5
#: A sentence in which the CRF gives every token a marginal of at least this is decoded from the CRF's marginals
#: alone, without the network (a cascade: the network runs where the CRF is unsure). On the 7,985 sentences of 300
#: SaudiNewsNet articles, 30% of the sentences (19% of the tokens) are that sure, and the mixed path differed from
#: the CRF's own in 1 of them; Wojood val (dev) F1 unchanged at 0.99, 0.98 and 0.95 (docs/measurements.md, round 7).
CASCADE = 0.98
# sentences, and padded token slots, per network batch in the accurate mode
_BATCH = 64
_SLOTS = 4096
_SHIPPED = Path("<shipped>")
# a word record's stem (propagate's matching key) and its normalize_word (see rasd.ner.features._Record)
_STEM = itemgetter(6)
_NORMALIZED = itemgetter(9)


def _resource_path(relpath: str) -> Path:
    path = Path(str(resources.files("rasd.resources").joinpath(relpath)))
    if not path.is_file():
        raise ResourceError(
            f"NER model file {relpath!r} is missing from the rasd package; reinstall rasd or retrain it with "
            "`python scripts/train_ner.py --shared ../shared`"
        )
    return path


ATTRIBUTES_SUFFIX = ".attributes"


def _known_attributes(model: Path) -> frozenset[str] | None:
    """The attributes a model has weights for, from the list the training script writes beside it.

    Feeding crfsuite only these (filtered once per word type) roughly halves tagging time; without the list every
    attribute is passed and crfsuite ignores the unknown ones, with the same tags.
    """
    path = model.with_name(model.name + ATTRIBUTES_SUFFIX)
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except OSError:
        return None


#: the documents the fast tagger reads by name before it moves to the coded model (:meth:`NERTagger.use_codes`)
CODED_AFTER = 3


class _Codes:
    """The attribute name -> the bytes the tagger is given for it: the coded model's code
    (:func:`rasd.ner.coded.coded_model`), or the attribute's record for crfsuite's C tagger
    (:func:`rasd.ner.direct.attribute_bytes`, with ``direct``). The mapping computed with the model the first time it
    is asked for (the feature groups are built from it), read from the model file again after that (only the plain
    feature path and a feature's name ask again), so that it is not kept (~1.3 MB)."""

    def __init__(self, path: Path, first: dict[str, bytes], *, direct: bool = False) -> None:
        self._path = path
        self._first: dict[str, bytes] | None = first
        self._direct = direct

    def __call__(self) -> dict[str, bytes]:
        first, self._first = self._first, None
        if first is not None:
            return first
        data = self._path.read_bytes()
        if self._direct:
            names = model_names(data)
            if names is not None:
                return attribute_bytes(names[1])
        else:
            coded = coded_model(data)
            if coded is not None:
                return coded[1]
        raise ResourceError(f"NER model {str(self._path)!r} changed on disk; restart")  # pragma: no cover


class NERTagger:
    """A tagger over PER/LOC/ORG/MISC in BIO: the CRF, mixed with the network when there is one.

    Args:
        path: a crfsuite model file; by default the one shipped in the package.
        network: the network's ``nn.npz``; by default the shipped one when ``path`` is the shipped CRF; ``None``
            tags with the CRF alone.

    Raises:
        ResourceError: a model file is missing or unreadable, or python-crfsuite is not installed.
    """

    def __init__(self, path: Path | None = None, network: Path | None = _SHIPPED) -> None:
        try:
            import pycrfsuite  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - python-crfsuite is a dependency
            raise ResourceError("rasd's NER needs python-crfsuite: pip install python-crfsuite") from exc
        self.path = path or _resource_path(MODEL_RESOURCE)
        if network == _SHIPPED:
            network = _resource_path(NN_RESOURCE) if path is None else None
        known = _known_attributes(self.path)
        #: pycrfsuite's tagger; None once the fast mode tags through crfsuite's C tagger (``_direct``)
        self._tagger: Any = pycrfsuite.Tagger()
        #: the model renamed to codes (rasd.ner.coded), held for crfsuite, which reads it in place; None: by name
        self._coded: bytes | None = None
        #: crfsuite's C tagger given the attributes by id (rasd.ner.direct); None: through pycrfsuite
        self._direct: DirectTagger | None = None
        #: the fast mode (crfsuite alone, a list of known attributes) moves to the coded model after
        #: :data:`CODED_AFTER` documents (:meth:`use_codes`); the documents tagged by name so far
        self._by_name_left = CODED_AFTER if network is None and known is not None else -1
        try:
            self._tagger.open(str(self.path))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot open NER model {str(self.path)!r}: {exc}; retrain or reinstall it") from exc
        self._features = FeatureExtractor(known=known)
        #: tags one sentence given its items (``FeatureExtractor.record_items``)
        self._tag_items: Callable[[list[list[bytes]]], list[str]] = self._tagger.tag
        # the network and the numpy CRF (and numpy itself) are loaded only for the accurate mode
        self.network: NeuralTagger | None = None
        self._scorer: CRFScorer | None = None
        if network is not None:
            from rasd.ner.crf import WEIGHTS_SUFFIX, CRFScorer
            from rasd.ner.neural import NN_TAGS, NeuralTagger

            weights = self.path.with_name(self.path.name + WEIGHTS_SUFFIX)
            if not weights.is_file():
                raise ResourceError(f"CRF weights {str(weights)!r} are missing; run scripts/train_ner.py")
            self.network = NeuralTagger(network, self._features)
            self._scorer = CRFScorer(weights, self._features, NN_TAGS)

    def use_codes(self, direct: bool = True) -> bool:
        """Tag from now on with crfsuite's C tagger given the attributes by id (:mod:`rasd.ner.direct`), or where
        that cannot be done (or not ``direct``) with the coded copy of the model (:mod:`rasd.ner.coded`): the same
        tags, for less time in crfsuite, when this is the fast mode and the model file is laid out as expected;
        whether one of them is used.

        Either costs some time once (the coded copy ~0.1 s), which a single article (``rasd extract``'s cold
        start) would not win back: the fast tagger therefore reads the model by name for its first
        :data:`CODED_AFTER` documents and calls this before the next one.

        Raises:
            ResourceError: the model file cannot be read.
        """
        if self._coded is not None or self._direct is not None:
            return True
        if self._by_name_left < 0:
            return False
        self._by_name_left = -1
        known = self._features.known
        try:
            data = self.path.read_bytes()
            opened = open_direct(data) if direct else None
            if opened is not None:
                self._direct, attributes = opened
                self._tagger = None  # pycrfsuite's copy of the model is not needed any more
                self._tag_items = self._direct.tag
                # (round 39) the records hold each feature group as one block of attributes (record_blocks)
                codes = _Codes(self.path, attributes, direct=True)
                self._features = FeatureExtractor(known=known, codes=codes, block=ATTRIBUTE_SIZE)
                return True
            coded = coded_model(data)
            if coded is None:
                return False
            tagger = type(self._tagger)()  # a new pycrfsuite.Tagger
            tagger.open_inmemory(coded[0])
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot open NER model {str(self.path)!r}: {exc}; retrain or reinstall it") from exc
        self._tagger, self._coded = tagger, coded[0]
        self._tag_items = tagger.tag
        self._features = FeatureExtractor(known=known, codes=_Codes(self.path, coded[1]))
        return True

    def tag(self, tokens: Sequence[str], context: frozenset[str] = frozenset()) -> list[str]:
        """BIO tags for one sentence of tokens (an empty sentence gives an empty list).

        Args:
            tokens: the sentence's words and punctuation.
            context: the document context of :meth:`document_context` (names seen elsewhere in the document).
        """
        if not tokens:
            return []
        if self.network is not None:
            return self._mixed([tokens], [context])[0]
        return self._tag_items(self._features.sequence_items(tokens, context))

    def _mixed(self, sentences: Sequence[Sequence[str]], contexts: Sequence[frozenset[str]]) -> list[list[str]]:
        import numpy as np

        from rasd.ner.neural import viterbi

        assert self.network is not None and self._scorer is not None
        # batches of sentences of similar length (little padding), at most _BATCH sentences and _SLOTS padded token
        # slots (bounded memory even for a sentence of thousands of tokens). The batch is built from the sentences
        # given: one document's (tag_document) or a group's (tag_documents, the pipeline's stream). Other batch
        # shapes move the last bits of some sentences' scores (1,851 of the bench's 21,253 sentences in groups of
        # 16), and no tag: every document of the bench's 1,000 articles has the tags it has alone (docs/measurements.md,
        # round 22)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        batches: list[list[int]] = [[]]
        for i in order:
            if batches[-1] and (len(batches[-1]) >= _BATCH or (len(batches[-1]) + 1) * len(sentences[i]) > _SLOTS):
                batches.append([])
            batches[-1].append(i)
        tags: list[list[str]] = [[] for _ in sentences]
        for chosen in batches:
            part = [sentences[i] for i in chosen]
            ctx = [contexts[i] for i in chosen]
            scores = self._scorer.log_marginals(part, ctx)
            # the network only for the sentences where the CRF is unsure of some token (past the end, exp(0) = 1)
            unsure = np.flatnonzero((np.exp(scores).max(axis=2) < CASCADE).any(axis=1))
            if len(unsure):
                mixed = self.network.log_probs([part[b] for b in unsure], [ctx[b] for b in unsure])
                mixed *= 1.0 - MIX
                mixed += MIX * scores[unsure, : mixed.shape[1]]
                scores[unsure, : mixed.shape[1]] = mixed  # the rest of those rows is past their end: 0 in both
            for i, t in zip(chosen, viterbi(scores, [len(s) for s in part]), strict=True):
                tags[i] = t
        return tags

    def document_context(self, sentences: Iterable[Sequence[str]]) -> frozenset[str]:
        """What the tagger remembers of a whole document (see ``FeatureExtractor.document_context``)."""
        return self._features.document_context(sentences)

    def tag_window(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The models' tags for each sentence of one document, before the document-level steps."""
        return self.tag_windows([sentences])[0]

    def tag_windows(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]:
        """:meth:`tag_window` for several documents; the network runs them as one batch (faster per token)."""
        if self.network is None:
            return [self._crf_window(doc)[0] for doc in documents]
        contexts = [self.document_context(doc) for doc in documents]
        flat = [s for doc in documents for s in doc]
        flat_ctx = [ctx for doc, ctx in zip(documents, contexts, strict=True) for _ in doc]
        tags = self._mixed(flat, flat_ctx)
        out = []
        first = 0
        for doc in documents:
            out.append(tags[first : first + len(doc)])
            first += len(doc)
        return out

    def _crf_window(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[_Record]]]:
        """The CRF's tags for each sentence of one document (what :meth:`tag` gives each with the document's
        context), and the sentences' word records, looked up once for the context, the features and the keys."""
        if self._by_name_left >= 0:
            if self._by_name_left == 0:
                self.use_codes()
            else:
                self._by_name_left -= 1
        context, records = self._features.document_records(sentences)
        if self._direct is not None:  # a block per token (round 39)
            blocks, tag_blocks = self._features.record_blocks, self._direct.tag_blocks
            return [tag_blocks(blocks(recs, context)) if recs else [] for recs in records], records
        items, tag = self._features.record_items, self._tag_items
        return [tag(items(recs, context)) if recs else [] for recs in records], records

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of one document.

        Each sentence is tagged with the document's context (:meth:`document_context`), then person names lose
        a trailing ordinary word and the names found are spread to the mentions the model missed
        (:func:`rasd.ner.propagate.postprocess`).
        """
        return self.tag_document_words(sentences)[0]

    def tag_document_words(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[str]]]:
        """:meth:`tag_document`'s tags, and :func:`rasd.text.normalize.normalize_word` of every token of each
        sentence, read from the word records the tagger looked up (the entity stage needs both)."""
        if self.network is None:
            tags, records = self._crf_window(sentences)
        else:  # tag_window's steps for one document, keeping the word records its context is read from
            context, records = self._features.document_records(sentences)
            tags = self._mixed(sentences, [context] * len(sentences))
        tagged = postprocess(sentences, tags, key_lists=[list(map(_STEM, recs)) for recs in records])
        return tagged, [list(map(_NORMALIZED, recs)) for recs in records]

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]:
        """:meth:`tag_document` for several documents at once: each document keeps its own context and
        document-level steps, and in the accurate mode the network and the CRF's marginals run over all their
        sentences in one batch (the pipeline's groups of documents: fewer, fuller steps of the recurrence)."""
        if self.network is None:
            return [self.tag_document(doc) for doc in documents]
        flat: list[Sequence[str]] = []
        flat_ctx: list[frozenset[str]] = []
        all_records = []
        for doc in documents:
            context, records = self._features.document_records(doc)
            all_records.append(records)
            flat.extend(doc)
            flat_ctx.extend([context] * len(doc))
        tags = self._mixed(flat, flat_ctx)
        out = []
        first = 0
        for doc, records in zip(documents, all_records, strict=True):
            keys = [list(map(_STEM, recs)) for recs in records]
            out.append(postprocess(doc, tags[first : first + len(doc)], key_lists=keys))
            first += len(doc)
        return out


@functools.cache
def load_tagger(accurate: bool = False) -> NERTagger:
    """The shipped tagger, loaded on first use and kept for the life of the process.

    Args:
        accurate: mix the network into the CRF (the ``accurate`` NER mode) instead of the CRF alone.

    Raises:
        ResourceError: the model is missing, or was trained with another feature recipe than this rasd's.
    """
    model_report()
    return NERTagger() if accurate else NERTagger(network=None)


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """Tag one tokenized sentence with the shipped model.

    Example:
        >>> tag_tokens(["قال", "الرئيس", "بشار", "الأسد"])  # doctest: +SKIP
        ['O', 'O', 'B-PER', 'I-PER']

    Args:
        tokens: the words and punctuation of one sentence.

    Returns:
        One BIO tag per token over ``PER``, ``LOC``, ``ORG``, ``MISC``.
    """
    return load_tagger().tag(tokens)


def model_report() -> dict[str, Any]:
    """The training report shipped beside the model (data, split, features, scores)."""
    path = _resource_path(REPORT_RESOURCE)
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if report.get("feature_set") != FEATURE_SET:
        raise ResourceError(
            f"NER model was trained with features {report.get('feature_set')!r} but this rasd extracts "
            f"{FEATURE_SET!r}; retrain it with scripts/train_ner.py"
        )
    return report
