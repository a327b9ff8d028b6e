"""The CRF feature records: the grouped lookup of the model's known attributes gives what the plain path gives."""

from __future__ import annotations

import pytest

from rasd.ner.features import FeatureExtractor
from rasd.ner.model import MODEL_RESOURCE, _known_attributes, _resource_path

WORDS = [
    "قال", "الرئيس", "وبالمدينة", "للاذقية", "بشار", "الأسد", "مايكل", "بالاك", "في", "،", ".", "«", "2015", "١٢",
    "Reuters", "ABC", "x=y", "=", "==", "w=", "pro", "و", "ال", "ولد", "فتح", "هولاند", "الجزائري", "مُحَمَّد", "ﻻ",
]  # fmt: skip


def _plain(fx: FeatureExtractor) -> FeatureExtractor:
    """The same extractor with the grouped lookup switched off (attribute strings built, then filtered)."""
    fx._groups = None
    return fx


@pytest.mark.parametrize("word", WORDS)
def test_grouped_record_equals_the_plain_one_with_the_shipped_model(word: str) -> None:
    known = _known_attributes(_resource_path(MODEL_RESOURCE))
    assert known is not None
    grouped = FeatureExtractor(known=known)
    assert grouped._groups is not None
    assert grouped.record(word) == _plain(FeatureExtractor(known=known)).record(word)


def test_grouped_record_keeps_odd_attributes_and_their_order() -> None:
    # every kind the extractor writes, values with "=" in them, an empty proclitic, offsets a record never gives
    own_order = ["bias", "w=وبالمدينه", "s=مدينه", "pro=وبال", "sh=a", "len=5", "p1=و", "x1=ه", "sx1=ه", "p2=وب"]
    own_order += ["x2=نه", "sx2=نه", "p3=وبا", "x3=ينه", "sx3=ينه", "sp2=مد", "raw=وبالمدينة"]
    ctx = ["-2w=وبالمدينه", "-1s=مدينه", "+1pro=وبال", "+1sh=a", "-1x2=نه", "+2s=مدينه", "-2pro=وبال"]
    known = frozenset([*own_order, *ctx, "w==", "-2w==", "pro=", "gn", "-1gn", "bg-=a|b", "BOS", "EOS", "dn"])
    grouped, plain = FeatureExtractor(known=known), _plain(FeatureExtractor(known=known))
    for word in ["وبالمدينة", "=", "مدينة", "محمد", ""]:
        assert grouped.record(word) == plain.record(word), word
    rec = grouped.record("وبالمدينة")
    assert [f.decode("utf-8") for f in rec[0]] == own_order
    assert [f.decode("utf-8") for f in rec[1]] == ["-2w=وبالمدينه"]  # -2pro= is never a feature
    assert [f.decode("utf-8") for f in rec[3]] == ["+1pro=وبال", "+1sh=a"]
    assert grouped.record("=")[0][:2] == (b"bias", b"w==")


def test_attributes_no_record_writes_are_left_out() -> None:
    # "gn=" or "-1len=" are never features of a word: known or not, a record does not hold them
    known = frozenset(["gn", "gn=", "-1len=3", "len=3", "w=قال", "-1w=قال", "bias="])
    grouped, plain = FeatureExtractor(known=known), _plain(FeatureExtractor(known=known))
    for word in ["قال", "محمد"]:
        assert grouped.record(word) == plain.record(word)
    assert grouped.record("قال")[0] == (b"w=\xd9\x82\xd8\xa7\xd9\x84", b"len=3")


@pytest.mark.parametrize("word", WORDS)
def test_record_stem_is_the_propagation_key(word: str) -> None:
    # the tagger hands propagate() its cached stems instead of computing the keys again: they must agree
    from rasd.ner.propagate import _key

    assert FeatureExtractor(known=frozenset(["bias"])).stem(word) == _key(word)


def test_postprocess_with_the_records_stems_equals_the_default() -> None:
    from rasd.ner.propagate import postprocess

    sentences = [["قال", "مايكل", "بالاك", "إن"], ["وقال", "مايكل", "بالاك", "أمس"], ["لبالاك", "رأي"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O"], ["O", "O"]]
    fx = FeatureExtractor(known=frozenset(["bias"]))
    assert postprocess(sentences, tags, fx.stem) == postprocess(sentences, tags)
    assert postprocess(sentences, tags)[1][1:3] == ["B-PER", "I-PER"]  # the name spread to its second mention
