"""The shipped CRF model: loaded lazily, once per process, and used to tag token sequences.

The model file is ``rasd/resources/ner/ner.crfsuite``, written by ``scripts/train_ner.py`` together with
``report.json`` (data, split, features, scores). Decoding runs in crfsuite's C++ code; features come from
:class:`rasd.ner.features.FeatureExtractor`, which caches them per word type.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import ResourceError
from rasd.ner.features import FEATURE_SET, FeatureExtractor
from rasd.ner.propagate import postprocess

MODEL_RESOURCE = "ner/ner.crfsuite"
REPORT_RESOURCE = "ner/report.json"


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


class NERTagger:
    """A CRF tagger over PER/LOC/ORG/MISC in BIO.

    Args:
        path: a crfsuite model file; by default the one shipped in the package.

    Raises:
        ResourceError: the model file is missing or unreadable, or python-crfsuite is not installed.
    """

    def __init__(self, path: Path | None = None) -> None:
        try:
            import pycrfsuite  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - python-crfsuite is a dependency
            raise ResourceError("rasd's NER needs python-crfsuite: pip install python-crfsuite") from exc
        self.path = path or _resource_path(MODEL_RESOURCE)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot open NER model {str(self.path)!r}: {exc}; retrain or reinstall it") from exc
        self._features = FeatureExtractor(known=_known_attributes(self.path))

    def tag(self, tokens: Sequence[str], context: frozenset[str] = frozenset()) -> list[str]:
        """BIO tags for one sentence of tokens (an empty sentence gives an empty list).

        Args:
            tokens: the sentence's words and punctuation.
            context: the document context of :meth:`document_context` (names seen elsewhere in the document).
        """
        if not tokens:
            return []
        tags: list[str] = self._tagger.tag(self._features.sequence_items(tokens, context))
        return tags

    def document_context(self, sentences: Iterable[Sequence[str]]) -> frozenset[str]:
        """What the tagger remembers of a whole document (see ``FeatureExtractor.document_context``)."""
        return self._features.document_context(sentences)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of one document.

        Each sentence is tagged with the document's context (:meth:`document_context`), then person names lose
        a trailing ordinary word and the names found are spread to the mentions the model missed
        (:func:`rasd.ner.propagate.postprocess`).
        """
        context = self.document_context(sentences)
        return postprocess(sentences, [self.tag(s, context) for s in sentences])


@functools.cache
def load_tagger() -> NERTagger:
    """The shipped tagger, loaded on first use and kept for the life of the process.

    Raises:
        ResourceError: the model is missing, or was trained with another feature recipe than this rasd's.
    """
    model_report()
    return NERTagger()


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
