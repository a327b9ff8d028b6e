"""Round 39 (helper sp8): the fast tagger's records hold each feature group as one block of crfsuite attributes.

crfsuite's C tagger (``rasd.ner.direct``) reads a token's attributes as one array, so the fast mode's records hold
their five groups as the attributes' bytes joined, and a sentence's items are one join of seven blocks per token
(``FeatureExtractor.record_blocks``) instead of lists of ~20 attributes joined again by the tagger. The blocks must
be exactly the tuples joined, in the same order; the tags the same. The contexts of the words the model knows
nothing of (most new words) are shared between records; the record cache's bound stays below a dict table step.
"""

from __future__ import annotations

import random
import sys

import pytest

from rasd.ner import direct as D
from rasd.ner import features as F
from rasd.ner import model as M
from rasd.ner.coded import model_names
from rasd.ner.features import FeatureExtractor
from rasd.ner.model import NERTagger

SENTENCES = [
    ["أكد", "المتحدث", "باسم", "وزارة", "الداخلية", "اللواء", "منصور", "التركي", "أن", "الأجهزة", "أحبطت", "."],
    ["وأضاف", "التركي", "في", "تصريح", "لوكالة", "الأنباء", "إن", "المتهمين", "أوقفوا", "بالدمام", "|", "أمس"],
    ["التقى", "ولي", "العهد", "الأمير", "محمد", "بن", "سلمان", "نظيره", "الفرنسي", "في", "باريس", "2017", "."],
    [],
    ["«", "الحياة", "»", "a|b", "||", "ﻻ", "\u200f", "x" * 300, "كتبسيزون", "وكتبسيزون", "بالكتبسيزون"],
]


@pytest.fixture(scope="module")
def taggers() -> tuple[NERTagger, FeatureExtractor]:
    """The fast tagger (blocks) and an extractor of the same codes holding tuples (the layout before round 39)."""
    fast = NERTagger(network=None)
    assert fast.use_codes() and fast._direct is not None
    names = model_names(fast.path.read_bytes())
    assert names is not None
    codes = M._Codes(fast.path, D.attribute_bytes(names[1]), direct=True)
    return fast, FeatureExtractor(known=fast._features.known, codes=codes)


def _model_words(fx: FeatureExtractor) -> list[str]:
    assert fx.known is not None
    return sorted({f[2:] for f in fx.known if f.startswith("w=") and f[2:]})


def _bigram_words(fx: FeatureExtractor) -> list[str]:
    assert fx.known is not None
    return sorted({w for f in fx.known if f.startswith(("bg-=", "bg+=")) for w in f[4:].split("|") if w})


def test_the_fast_tagger_holds_blocks(taggers: tuple[NERTagger, FeatureExtractor]) -> None:
    fast, tuples = taggers
    rec = fast._features.record("المتحدث")
    assert all(isinstance(g, bytes) and len(g) % D.ATTRIBUTE_SIZE == 0 for g in rec[:5])
    assert all(isinstance(g, tuple) for g in tuples.record("المتحدث")[:5])
    assert NERTagger()._features._block is None  # the accurate mode keeps tuples of names (its numpy CRF reads them)


def test_block_records_are_the_tuple_records_joined(taggers: tuple[NERTagger, FeatureExtractor]) -> None:
    fast, tuples = taggers
    rng = random.Random(39)
    words = [w for s in SENTENCES for w in s] + rng.sample(_model_words(tuples), 300)
    words += ["و" + w for w in rng.sample(_model_words(tuples), 50)] + ["بال" + w for w in words[:40]]
    for word in words:
        block, plain = fast._features.record(word), tuples.record(word)
        assert block[:5] == tuple(b"".join(tuples._attributes(g)) for g in plain[:5]), word
        assert block[5:] == plain[5:]
        assert fast._features.own_features(word) == tuples.own_features(word)
        assert fast._features.context_features(word) == tuples.context_features(word)


def test_record_blocks_are_the_items_joined(taggers: tuple[NERTagger, FeatureExtractor]) -> None:
    fast, tuples = taggers
    rng = random.Random(391)
    pool = _bigram_words(tuples)
    docs = [SENTENCES] + [[rng.choices(pool, k=rng.randrange(1, 25)) for _ in range(3)] for _ in range(60)]
    for doc in docs:
        context, recs_b = fast._features.document_records(doc)
        assert context == tuples.document_context(doc)
        for sent, recs in zip(doc, recs_b, strict=True):
            plain = [tuples.record(w) for w in sent]
            for ctx in (context, frozenset(), frozenset(sent)):
                items = tuples.record_items(plain, ctx)
                blocks = fast._features.record_blocks(recs, ctx)
                assert blocks == [b"".join(item) for item in items]
                assert fast._features.record_items(recs, ctx) == items  # the blocks cut into their attributes
                if sent:
                    assert fast._direct is not None
                    assert fast._direct.tag_blocks(blocks) == fast._direct.tag(items)


def test_the_fast_tagger_tags_as_before(taggers: tuple[NERTagger, FeatureExtractor]) -> None:
    fast, tuples = taggers
    assert fast._direct is not None
    context, records = tuples.document_records(SENTENCES)
    before = [fast._direct.tag(tuples.record_items(recs, context)) if recs else [] for recs in records]
    assert fast._crf_window(SENTENCES)[0] == before
    by_name = NERTagger(network=None)
    by_name._by_name_left = -1  # read by name throughout (pycrfsuite)
    assert fast.tag_document(SENTENCES) == by_name.tag_document(SENTENCES)


def test_bare_contexts_are_shared_and_the_same(
    taggers: tuple[NERTagger, FeatureExtractor], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, tuples = taggers
    # new words of one proclitic, shape and ending, unknown to the model as words or stems
    words = ["وشمردوفتان", "وقرطمسفتان", "وزنكلوبتان"]
    recs = [fast._features.record(w) for w in words]
    assert all(r[2] is recs[0][2] and r[3] is recs[0][3] for r in recs)  # one shared object each
    for w, r in zip(words, recs, strict=True):
        assert r[1:5] == tuple(b"".join(tuples._attributes(g)) for g in tuples.record(w)[1:5])
    # a full table of bare contexts starts again: the records stay the same
    monkeypatch.setattr(F, "_BARE_LIMIT", 2)
    fresh = FeatureExtractor(known=tuples.known, codes=fast._features._codes, block=D.ATTRIBUTE_SIZE)
    many = [f"بالكوت{a}{b}" for a in "سشصضطظ" for b in "قفغعهن"]
    for w in many:
        assert fresh.record(w) == fast._features._record_known(w)
        assert len(fresh._bare) <= 2
    assert len({(r[2], r[3]) for r in map(fresh.record, many)}) > 2  # more contexts than the table held


def _table_bytes(n: int) -> int:
    """The size of a plain dict of ``n`` new string keys, grown one insertion at a time (as the caches grow)."""
    d: dict[str, int] = {}
    for i in range(n):
        d[f"w{i}"] = i
    return sys.getsizeof(d)


def test_the_record_cache_full_stays_in_the_smaller_table(taggers: tuple[NERTagger, FeatureExtractor]) -> None:
    fx = FeatureExtractor(known=taggers[1].known)
    limit = F._CACHE_LIMIT
    for i in range(limit):
        fx.record(f"كلمة{i}")
    assert len(fx._records) == limit
    # a full cache is no larger than a dict one entry short of the next table step (43,690 entries in 2**16 slots)
    assert sys.getsizeof(fx._records) <= _table_bytes(43_690) < _table_bytes(43_691)
    fx._uses.update(f"كلمة{i}" for i in range(0, limit, 3))
    fx.record("كلمة_أخرى")  # one more word: an eviction keeps the most used share
    kept = int(limit * F._CACHE_KEEP)
    assert len(fx._records) == kept + 1 and "كلمة_أخرى" in fx._records
    assert all(f"كلمة{i}" in fx._records for i in range(0, limit, 3))  # the used words stay
    assert sys.getsizeof(fx._records) < _table_bytes(43_691)
