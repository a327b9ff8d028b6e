"""rasd's named-entity recognition: a CRF model trained in the repo (and, in the ``accurate`` mode, a
character-aware BiLSTM mixed with it, :mod:`rasd.ner.neural`), plus the word lists they and the stage use.

Public API:

* :func:`tag_tokens` — BIO tags (PER/LOC/ORG/MISC) for one tokenized sentence, with the shipped CRF;
* :func:`load_tagger` — the process-wide :class:`NERTagger` of each mode (``load_tagger(accurate=True)`` for the
  mix; loaded lazily, once);
* :func:`load_lexicon` — the actor lexicon, titles/roles and name lists;
* :mod:`rasd.ner.labels` — the corpus-type → rasd-type table used by every score;
* :mod:`rasd.ner.cli` — ``rasd tag-ner``.
"""

from rasd.ner.labels import ENTITY_TYPES, SCORED_TYPES, TYPE_MAP, bio_from_spans, spans_from_bio
from rasd.ner.lexicon import Actor, Lexicon, load_lexicon
from rasd.ner.model import NERTagger, load_tagger, tag_tokens

__all__ = [
    "ENTITY_TYPES",
    "SCORED_TYPES",
    "TYPE_MAP",
    "Actor",
    "Lexicon",
    "NERTagger",
    "bio_from_spans",
    "load_lexicon",
    "load_tagger",
    "spans_from_bio",
    "tag_tokens",
]
