"""Round 42 (helper sp17): ``FeatureExtractor._record_known`` reads its word lists and affix look-ups made once.

The record of a word must stay what the plain path (attribute strings built, then filtered by the model) gives, for
every branch the grouped path takes: each cue (given name, title word, title word after its article, particle, place
name), short stems, a stem that is the whole word, words the model does not know, shapes other than Arabic letters
and an extractor without the lexicon. The strings a record holds stay interned (one object per word type across the
caches: batch worker memory).
"""

from __future__ import annotations

import sys

import pytest

from rasd.ner.features import FeatureExtractor, place_names
from rasd.ner.lexicon import load_lexicon
from rasd.ner.model import MODEL_RESOURCE, _known_attributes, _resource_path

WORDS = [
    "محمد", "ومحمد", "بن", "وزير", "الوزير", "للوزير", "والرئيس", "دمشق", "بدمشق", "وبحلب", "كتبسيزون",
    "وكتبسيزون", "بالكتبسيزون", "لم", "ولم", "بها", "أبو", "إسطنبول", "Trump", "COVID-19", "٢٠٢٤", "قالَ", "ـ",
]  # fmt: skip


def _known() -> frozenset[str]:
    known = _known_attributes(_resource_path(MODEL_RESOURCE))
    assert known is not None
    return known


def _plain(fx: FeatureExtractor) -> FeatureExtractor:
    fx._groups = None
    return fx


@pytest.mark.parametrize("lexical", [True, False])
def test_records_are_the_plain_path_s(lexical: bool) -> None:
    known = _known()
    grouped = FeatureExtractor(known=known, lexical=lexical)
    plain = _plain(FeatureExtractor(known=known, lexical=lexical))
    assert grouped._groups is not None
    for word in WORDS:
        assert grouped.record(word) == plain.record(word), word


def test_every_cue_is_read_as_the_cues_method_reads_it() -> None:
    fx = FeatureExtractor(known=_known())
    lex = load_lexicon()
    given = sorted(lex.given_names)[:3]
    titles = sorted(t for t in lex.title_words if t.startswith("ال") and len(t) > 4)[:2]
    words = [*given, *("و" + g for g in given), *titles, *(t[2:] for t in titles), *sorted(lex.particles)[:2]]
    words += sorted(place_names())[:3]
    plain = _plain(FeatureExtractor(known=_known()))
    for word in words:
        rec = fx.record(word)
        assert rec == plain.record(word), word
        cues = fx.cues(rec[5], rec[6])
        assert rec[7] == ("gn" in cues or "pt" in cues) and rec[8] == ("tw" in cues), word
    assert any(fx.record(g)[7] for g in given)  # a given name is flagged (the test reads real cues)


def test_the_reads_are_the_lexicon_s_lists_or_none() -> None:
    fx = FeatureExtractor(known=_known())
    fx.record("قال")
    assert fx._reads is not None
    lex = load_lexicon()
    assert fx._reads[0] == (lex.given_names, lex.title_words, lex.particles, place_names())
    bare = FeatureExtractor(known=_known(), lexical=False)
    bare.record("قال")
    assert bare._reads is not None and not any(bare._reads[0])


def test_record_strings_are_interned() -> None:
    fx = FeatureExtractor(known=_known())
    for word in ["وبالمدينة", "المدينة", "قالَ", "Trump"]:
        rec = fx.record("".join(list(word)))  # a fresh string object
        for s in (rec[5], rec[6], rec[9]):
            assert sys.intern(s) is s, (word, s)
        key = next(k for k in fx._records if k == word)
        assert sys.intern(key) is key
